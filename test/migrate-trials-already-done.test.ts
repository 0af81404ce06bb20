/**
 * The trial harness (bench/migrate-trials) counts an owners' hunk migrate reports as already done as carried when the
 * migrated file has its result, judged by the harness itself: a JSON repair of an escape Stainless wrote invalid, a
 * value set however laid out, a rename whose lines sdkgen's file has with `type ` added; in Python, a name imported from
 * another of the package's modules and a function sdkgen's module defines alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { alreadyDoneByReport, hasResult } from '../bench/migrate-trials/lib/already-done.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';

const hunk = (removed: string[], added: string[]) => ({
  header: '@@ -1 +1 @@',
  removed,
  added: added.map((text) => ({ text })),
  text: `@@ -1 +1 @@\n${removed.map((l) => `-${l}\n`).join('')}${added.map((l) => `+${l}\n`).join('')}`,
});

const report = [
  "Hand edits whose result sdkgen's file has already (the lines they add are there, those they remove are not; in JSON, the values they set, or the valid JSON they repaired) (2):",
  '  packages/mcp-server/manifest.json (1 hunk)',
  '  src/resources/index.ts (2 hunks, at lines 4 and 9)',
  '  src/resources/files.ts (3 hunks, 1 of them at line 12)',
  "Changed on main by Stainless's later generations (…) (1):",
  '  api.md (4 hunks)',
].join('\n');

const repair = hunk(
  ['      "description": "Only required if you\\\'re using webhooks.\\n",'],
  ['      "description": "Only required if you are using webhooks.\\n",'],
);
const manifest = JSON.stringify({ name: 'acme-mcp', user_config: { api_key: { description: 'Your key' } } }, null, 2);

describe("the trial harness's already-done hunks", () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-already-'));
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  it("reads migrate's report", () => {
    expect(alreadyDoneByReport(report)).toEqual([
      { path: 'packages/mcp-server/manifest.json', hunks: 1 },
      // (Where migrate says it found them, after the count.)
      { path: 'src/resources/index.ts', hunks: 2 },
      { path: 'src/resources/files.ts', hunks: 3 },
    ]);
  });

  it('judges the result itself', () => {
    expect(hasResult('m.json', repair, manifest)).toBe(true);
    expect(hasResult('m.json', repair, manifest.slice(1))).toBe(false);
    const set = hunk(['  "strict": false,'], ['  "strict": true,']);
    expect(hasResult('t.json', set, '{"compilerOptions":{"strict":true}}')).toBe(true);
    expect(hasResult('t.json', set, '{"compilerOptions":{"strict":false}}')).toBe(false);
    const rename = hunk(["export { Partial } from './shared';"], ["export { PartialResource } from './shared';"]);
    expect(hasResult('i.ts', rename, "export { type PartialResource } from './shared';\n")).toBe(true);
    expect(hasResult('i.ts', rename, "export { Partial } from './shared';\n")).toBe(false);
  });

  it('reads a Python import of a name the module binds from another of its modules, and a function it has', () => {
    // braintrust's owners fixed Stainless's self-import; sdkgen's params module imports the name from its own place.
    const fix = hunk(['from ..types import function_create_params'], ['from ..types.shared import CodeBundle']);
    const params = [
      'from .shared_params.code_bundle import CodeBundle',
      '__all__ = ["FunctionData"]',
      'FunctionData: TypeAlias = Union[CodeBundle, FunctionDataInline]',
    ].join('\n');
    // (The package as migrated: `types/shared/` re-exports the model `CodeBundle`, `types/shared_params/` the params
    // of that name, which sdkgen's params module imports: braintrust's fix names the model, another definition.)
    const modules: Record<string, string> = {
      'src/acme/types/__init__.py': '',
      'src/acme/types/shared/__init__.py': 'from .code_bundle import CodeBundle as CodeBundle\n',
      'src/acme/types/shared/code_bundle.py': 'class CodeBundle(BaseModel):\n    bundle_id: str\n',
      'src/acme/types/shared_params/__init__.py': 'from .code_bundle import CodeBundle as CodeBundle\n',
      'src/acme/types/shared_params/code_bundle.py': 'class CodeBundle(TypedDict, total=False):\n    bundle_id: str\n',
    };
    const context = { migrated: (path: string) => modules[path] ?? null };
    const file = 'src/acme/types/function_create_params.py';
    expect(hasResult(file, fix, params, context)).toBe(false);
    const sameDefinition = hunk(
      ['from ..types import function_create_params'],
      ['from ..types.shared_params import CodeBundle'],
    );
    expect(hasResult(file, sameDefinition, params, context)).toBe(true);
    // Not when where either binds is not known, nothing there reads it, it comes from no module of the package, or
    // from the module they named.
    expect(hasResult(file, sameDefinition, params)).toBe(false);
    expect(hasResult(file, sameDefinition, params.replace('Union[CodeBundle, ', 'Union['), context)).toBe(false);
    expect(hasResult(file, sameDefinition, params.replace('.shared_params.code_bundle', 'acme.bundles'), context)).toBe(
      false,
    );
    expect(hasResult(file, fix, `${params}\nfrom ..types import function_create_params`, context)).toBe(false);
    expect(hasResult('t/p.ts', fix, params)).toBe(false);

    // writer's `_compat.py` functions, which sdkgen's module defines for pydantic 2 alone.
    const theirs = [
      'def model_parse_json(model: type[_ModelT], data: str | bytes) -> _ModelT:',
      '    if PYDANTIC_V1:',
      '        return model.parse_raw(data)  # pyright: ignore[reportDeprecated]',
      '    return model.model_validate_json(data)',
      '',
      '',
      'def model_json_schema(model: type[_ModelT]) -> dict[str, Any]:',
      '    if not PYDANTIC_V1:',
      '        return model.model_json_schema()',
      '    else:',
      '        return model.schema()',
      '',
    ];
    const compat = [
      'PYDANTIC_V1 = False',
      '',
      'def model_parse_json(model: Type[_ModelT], data: Union[str, bytes]) -> _ModelT:',
      '    return model.model_validate_json(data)',
      '',
      'def model_json_schema(',
      '    model: Type[pydantic.BaseModel],',
      ') -> Dict[str, Any]:',
      '    """The JSON Schema pydantic gives the model."""',
      '    return model.model_json_schema()',
      '',
    ].join('\n');
    const added = hunk([], theirs);
    expect(hasResult('s/_compat.py', added, compat)).toBe(true);
    // pydantic 1's branch is read away only where it never runs; the parameters and the statements must be the same.
    expect(hasResult('s/_compat.py', added, compat.replace('PYDANTIC_V1 = False', 'PYDANTIC_V1 = V1'))).toBe(false);
    expect(hasResult('s/_compat.py', added, compat.replace('data: Union', 'raw: Union'))).toBe(false);
    expect(hasResult('s/_compat.py', added, compat.replace('model.model_json_schema()', 'schema_of(model)'))).toBe(
      false,
    );
  });

  it('reads a name added to a typing import that the module imports from typing_extensions', () => {
    // groq's owners added `overload` to Stainless's `from typing import …`; sdkgen's module has it from typing_extensions.
    const added = hunk(['from typing import Dict, Union'], ['from typing import Dict, Union, overload']);
    const ours = 'from typing import Dict, Union\nfrom typing_extensions import (\n    Literal,\n    overload,\n)\n';
    expect(hasResult('s/completions.py', added, ours)).toBe(true);
    // Not where a name is imported from elsewhere, or not at all.
    expect(hasResult('s/completions.py', added, ours.replace('typing_extensions', 'acme.typing'))).toBe(false);
    expect(hasResult('s/completions.py', added, ours.replace('    overload,\n', ''))).toBe(false);
  });

  it("reads a typing name their line kept from Stainless's, which the migrated module reads nowhere, as sdkgen's", () => {
    // anthropic's owners took `Union`, `Optional` out of Stainless's `from typing import List, …` and kept `List`;
    // sdkgen's module types the header `SequenceNotStr`, reading no `List`.
    const added = hunk(['from typing import List, Union, Iterable, Optional'], ['from typing import List, Iterable']);
    const ours = 'from typing import Iterable\n\nclass P:\n    a: Iterable[str]\n    b: SequenceNotStr[str]\n';
    expect(hasResult('s/batch_create_params.py', added, ours)).toBe(true);
    // Not a name they brought in, nor one the module reads without importing it.
    const brought = hunk(['from typing import Union, Iterable'], ['from typing import List, Iterable']);
    expect(hasResult('s/batch_create_params.py', brought, ours)).toBe(false);
    expect(hasResult('s/batch_create_params.py', added, `${ours}    c: List[str]\n`)).toBe(false);
  });

  it('reads a statement the migrated module has at another indent or wrapped otherwise, its comment aside', () => {
    const added = hunk(['    value = compute(a, b)'], ['    value = compute(a, b, c)  # c too']);
    expect(
      hasResult(
        's/_utils.py',
        added,
        'def f():\n    if x:\n        value = compute(\n            a,\n            b,\n            c,\n        )\n',
      ),
    ).toBe(true);
    expect(hasResult('s/_utils.py', added, 'def f():\n    value = compute(\n        a,\n        b,\n    )\n')).toBe(
      false,
    );
  });

  it("reads a branch's definition of a name the migrated module defines once as the owners' other branch does", () => {
    // llama-cloud's owners added `str` to both of Stainless's `FileContent`s (`if TYPE_CHECKING:` / `else:`); sdkgen's
    // `_types.py` defines it once, as their `if TYPE_CHECKING:` branch does.
    const atRef = [
      'if TYPE_CHECKING:',
      '    FileContent = Union[IO[bytes], bytes, PathLike[str], str]',
      'else:',
      '    FileContent = Union[IO[bytes], bytes, PathLike, str]  # PathLike is not subscriptable in Python 3.8.',
      '',
    ].join('\n');
    const elseTwin = hunk(
      ['    FileContent = Union[IO[bytes], bytes, PathLike]  # PathLike is not subscriptable in Python 3.8.'],
      ['    FileContent = Union[IO[bytes], bytes, PathLike, str]  # PathLike is not subscriptable in Python 3.8.'],
    );
    const ours = 'FileContent = Union[IO[bytes], bytes, PathLike[str], str]\n';
    expect(hasResult('s/_types.py', elseTwin, ours, { atRef })).toBe(true);
    // Not where the migrated module's one definition is neither branch's, nor where it defines the name twice.
    expect(hasResult('s/_types.py', elseTwin, ours.replace(', str]', ']'), { atRef })).toBe(false);
    expect(hasResult('s/_types.py', elseTwin, `${ours}${ours.replace(', str]', ']')}`, { atRef })).toBe(false);
    // Nor without the ref's branches (a name the ref defines once).
    expect(hasResult('s/_types.py', elseTwin, ours, { atRef: ours })).toBe(false);
  });

  it("reads a parameter's annotation widened where the migrated function takes the parameter as `object` or `Any`", () => {
    // stagehand's owners widened Stainless's `strip_not_given` overload to take `omit` values; sdkgen's one
    // `strip_not_given` takes `obj: object`, and drops both.
    const widened = hunk(
      ['def strip_not_given(obj: Mapping[_K, _V | NotGiven]) -> dict[_K, _V]: ...'],
      ['def strip_not_given(obj: Mapping[_K, _V | NotGiven | Omit]) -> dict[_K, _V]: ...'],
    );
    const ours = (annotation: string) =>
      `def strip_not_given(obj: ${annotation}) -> Any:\n    return {k: v for k, v in obj.items() if not isinstance(v, (NotGiven, Omit))}\n`;
    for (const annotation of ['object', 'Any', 'Optional[object]', 'Union[str, Any]'])
      expect(hasResult('s/_utils/_utils.py', widened, ours(annotation))).toBe(true);
    // Not where the migrated function takes it narrower, or under another name; nor a narrowing.
    expect(hasResult('s/_utils/_utils.py', widened, ours('Mapping[str, object]'))).toBe(false);
    expect(hasResult('s/_utils/_utils.py', widened, ours('object').replace('(obj:', '(value:'))).toBe(false);
    const narrowed = hunk(
      widened.added.map((a) => a.text),
      widened.removed,
    );
    // (A narrowing is done only where the migrated parameter is no wider: migrate-trials-narrowing.test.ts.)
    const named = `_Unset = NotGiven | Omit\n${ours('object')}`;
    expect(hasResult('s/_utils/_utils.py', narrowed, named)).toBe(false);
    expect(hasResult('s/_utils/_utils.py', widened, named)).toBe(true);
    // Nor where the return type changed too.
    const returns = hunk(widened.removed, [widened.added[0]!.text.replace('-> dict[_K, _V]', '-> Any')]);
    expect(hasResult('s/_utils/_utils.py', returns, ours('object'))).toBe(false);
  });

  it('counts such a hunk as carried in check 4, up to the number the report gives', () => {
    fs.mkdirSync(path.join(repo, 'packages/mcp-server'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'packages/mcp-server/manifest.json'), manifest);
    const owners = { hunks: [{ file: 'packages/mcp-server/manifest.json', ...repair }], ownersDeleted: [] };
    const counted = checkHunks(repo, owners, 'HEAD', [], alreadyDoneByReport(report));
    expect(counted.status).toBe('pass');
    expect(counted.details.already).toHaveLength(1);
    expect(checkHunks(repo, owners, 'HEAD', [], []).status).toBe('fail');
    const twice = { ...owners, hunks: [owners.hunks[0], owners.hunks[0]] };
    expect(checkHunks(repo, twice, 'HEAD', [], alreadyDoneByReport(report)).status).toBe('fail');
  });
});
