/**
 * Whether a resource module's `from <types package> import <params modules>` statement is one name a line, as
 * Stainless's comes out though it fits in 120 columns (knock's `from ...types import (\n    schedule_list_params, …`).
 *
 * Found from the resource modules of the Stainless SDKs with a config to read (the pairs of bench/stainless-distance):
 * Stainless's generator imports into that statement too the params forms of the resource's own models (the config's
 * `resources.<r>.models`, listed under its "Types:" in api.md) that the module uses, `ScheduleRepeatRuleParam`, and
 * imports each again from its own module; Ruff drops the first, after its isort has wrapped the statement one name a
 * line where it was longer than 120 columns, and the trailing comma keeps it so. 439 of 445 such statements follow
 * this, against 437 for "one line when it fits"; the multipart modules of imagekit and letta stay unexplained.
 * So do the params modules of the resource's methods that the module never names (a method whose body is whole, an
 * array or a map, sends it as it is): honcho's `peer_remove_params` kept `from ....types.workspaces.sessions import (`
 * one name a line at 116 columns, as apollo's `organization_bulk_enrich_params` did at 108. Over 1,853 statements of 26
 * Stainless SDKs (six generations each), counting these drops 9 of the 46 statements "one line when it fits" gets
 * wrong and adds none.
 */
import { relativeImport } from '../types/py-type-index';
import type { PyResource } from '../types/model';

const LINE_LENGTH = 120;

/**
 * `from`/`names`: the statement as printed (relative module, names); `imported`: every name the module imports, with
 * the module it comes from (package-relative: `types/schedule_repeat_rule_param`).
 */
export function typesImportWrapped(
  resource: PyResource,
  from: string,
  names: readonly string[],
  imported: ReadonlyMap<string, string>,
): boolean {
  if (!names.every((name) => /^[a-z_][a-z0-9_]*_params$/.test(name))) return false;
  const inStatement = (module: string) =>
    relativeImport(resource.module, module.replace(/[^/]+$/, '__init__')).replace(/\.__init__$/, '') === from;
  const ownModels = new Set(resource.listedTypes.map((type) => type.name));
  const ownParams = [...imported]
    .filter(
      ([name, module]) =>
        name.endsWith('Param') && ownModels.has(name.slice(0, -'Param'.length)) && inStatement(module),
    )
    .map(([name]) => name);
  // The params modules of the methods that never name theirs (a whole body: `body=maybe_transform(items, …)`).
  const unusedModules = resource.methods
    .map((method) => method.paramsType?.module)
    .filter((module): module is string => module !== undefined && inStatement(module))
    .map((module) => module.split('/').pop()!)
    .filter((name, i, all) => !names.includes(name) && all.indexOf(name) === i);
  const dropped = [...ownParams, ...unusedModules];
  return dropped.length > 0 && `from ${from} import ${[...dropped, ...names].join(', ')}`.length > LINE_LENGTH;
}
