/**
 * A type alias the owners deleted from Stainless's params module (their field typed otherwise), where sdkgen's module
 * defines the alias in other words (migrate/python/reapply/deleted-definitions.ts): sdkgen's definition goes too, with its
 * name in `__all__`, when nothing else uses it; else the hunk stays for a person.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const path = 'src/acme/types/job_params.py';
const HEAD =
  'from __future__ import annotations\n\nfrom typing import Union\nfrom typing_extensions import TypeAlias, TypedDict\n\nfrom .model_param import ModelParam\n\n';
const stainless = [
  HEAD,
  '__all__ = [\n    "JobParams",\n    "OptionsModel",\n    "Options",\n]\n\n\n',
  'class JobParams(TypedDict, total=False):\n    options: Options\n\n\n',
  'OptionsModel: TypeAlias = Union[ModelParam, str]\n\n\n',
  'class Options(TypedDict, total=False):\n    model: OptionsModel\n',
].join('');
const owners = stainless
  .replace(
    '__all__ = [\n    "JobParams",\n    "OptionsModel",\n    "Options",\n]',
    '__all__ = ["JobParams", "Options"]',
  )
  .replace('OptionsModel: TypeAlias = Union[ModelParam, str]\n\n\n', '')
  .replace('    model: OptionsModel\n', '    model: ModelParam\n');
/** sdkgen's module: the alias over a class of its own, the list laid out otherwise. */
const sdkgen = [
  HEAD,
  '__all__ = [\n    "JobParams",\n    "Options",\n    "OptionsModel",\n    "OptionsModelObject",\n]\n\n\n',
  'class JobParams(TypedDict, total=False):\n    options: Options\n\n\n',
  'class OptionsModelObject(TypedDict, total=False):\n    name: str\n\n\n',
  'OptionsModel: TypeAlias = Union[OptionsModelObject, str]\n\n\n',
  'class Options(TypedDict, total=False):\n    model: OptionsModel\n',
].join('');

function migrate(edited: string) {
  return planPythonMigration({
    current: [{ path, blob: 'owners', text: edited }],
    base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
    rendered: [{ path, contents: sdkgen }],
    importName: 'acme',
  });
}

describe("a definition the owners deleted from Stainless's module", () => {
  it("goes from sdkgen's module too, with its name in __all__, once nothing uses it", () => {
    const plan = migrate(owners);
    expect(plan.needsHand).toEqual([]);
    const text = plan.writes.find((f) => f.path === path)!.contents;
    expect(text).not.toContain('OptionsModel: TypeAlias');
    expect(text).not.toContain('"OptionsModel",');
    expect(text).toContain('    "OptionsModelObject",\n');
    expect(text).toContain('    model: ModelParam\n');
    // Two blank lines between the definitions left on either side of it.
    expect(text).toContain('    name: str\n\n\nclass Options(TypedDict, total=False):');
  });

  it('stays for a person where the owners still use the name', () => {
    const plan = migrate(owners.replace('    model: ModelParam\n', '    model: OptionsModel  # still ours\n'));
    expect(plan.needsHand.map((n) => n.path)).toContain(path);
    expect(plan.writes.find((f) => f.path === path)!.contents).toContain('OptionsModel: TypeAlias');
  });
});
