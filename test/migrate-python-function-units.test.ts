/**
 * The owners' edits of one function of Stainless's go into sdkgen's function together or not at all, where carrying
 * only some of them leaves it reading a name nothing binds (a local the owners' rewrite took out, still read by
 * sdkgen's lines around the hunk that found its place): such a function stays sdkgen's, every hunk of it reported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editsAsHunks } from '../generator/migrate/reapply/hunks';
import { dropDoneByPythonRuntime } from '../generator/migrate/python/already-done/runtime-behaviours';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { intoOwnersMethods } from '../generator/migrate/python/reapply/owners-methods';
import { intoTomlValues } from '../generator/migrate/python/project/toml-values';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

const BASE = lines(
  'import json',
  'from typing import Mapping',
  '',
  'from ._utils import is_list',
  '',
  '',
  'class Client:',
  '    def _form(self, data: Mapping[object, object]) -> dict[str, object]:',
  '        pairs = self.encoder.pairs(',
  '            data,',
  '            style="brackets",',
  '        )',
  '        out: dict[str, object] = {}',
  '        for key, value in pairs:',
  '            seen = out.get(key)',
  '',
  '            if not seen:',
  '                out[key] = value',
  '                continue',
  '',
  '            # a key given twice is a list of values',
  '            if is_list(seen):',
  '                seen.append(value)',
  '            else:',
  '                out[key] = [seen, value]',
  '',
  '        return out',
  '',
  '    def close(self) -> None:',
  '        self.open = False',
);

// The owners' rewrite: every value on its own, JSON for lists and mappings.
const EDITED = lines(
  'import json',
  'from typing import Mapping',
  '',
  'from ._utils import is_list',
  '',
  '',
  'class Client:',
  '    def _form(self, data: Mapping[object, object]) -> dict[str, object]:',
  '        out: dict[str, object] = {}',
  '        for key, value in data.items():',
  '            if not isinstance(key, str):',
  '                continue',
  '',
  '            name = str(key)',
  '',
  '            if isinstance(value, (list, dict)):',
  '                out[name] = json.dumps(value)',
  '            elif value is not None:',
  '                out[name] = str(value)',
  '',
  '        return out',
  '',
  '    def close(self) -> None:',
  '        self.open = False',
);

// sdkgen's module: the same function in its own words (no comment block, one line for the encoder's call).
const TARGET = lines(
  'import json',
  'from typing import Dict, Mapping',
  '',
  '',
  'class Client:',
  '    def _form(self, data: Mapping[object, object]) -> Dict[str, object]:',
  '        pairs = self.encoder.pairs(data, style="brackets")',
  '        out: Dict[str, object] = {}',
  '        for key, value in pairs:',
  '            seen = out.get(key)',
  '            if seen is None:',
  '                out[key] = value',
  '            elif isinstance(seen, list):',
  '                seen.append(value)',
  '            else:',
  '                out[key] = [seen, value]',
  '        return out',
  '',
  '    def close(self) -> None:',
  '        self.open = False',
);

const functionText = (text: string, name: string) => {
  const all = text.split('\n');
  const start = all.findIndex((l) => l.includes(`def ${name}(`));
  let end = start + 1;
  while (end < all.length && (all[end].trim() === '' || /^ {8}/.test(all[end]))) end++;
  return all.slice(start, end).join('\n').trimEnd();
};

describe("the owners' edits of one function carried whole or not at all", () => {
  it("keeps sdkgen's function, and reports every hunk of it, where only some would place", () => {
    const result = reapplyPythonEdits(BASE, EDITED, TARGET, {});
    // No half-edited function: sdkgen's, word for word, which reads only names it binds.
    expect(functionText(result.text, '_form')).toBe(functionText(TARGET, '_form'));
    // Every hunk of the function is there for a person, none twice.
    const reported = result.rejected.join('\n');
    expect(reported).toContain('+        for key, value in data.items():');
    expect(reported).toContain('+                out[name] = json.dumps(value)');
    expect(new Set(result.rejected).size).toBe(result.rejected.length);
    expect(result.applied).toBe(0);
  });

  it("then takes the owners' whole function in place of sdkgen's, `dict[…]` and `Dict[…]` being one type", () => {
    const whole = intoOwnersMethods(BASE, EDITED, reapplyPythonEdits(BASE, EDITED, TARGET, {}));
    expect(functionText(whole.text, '_form')).toBe(functionText(EDITED, '_form'));
    expect(whole.rejected).toEqual([]);
    // (sdkgen's other method stays as it was.)
    expect(whole.text).toContain('    def close(self) -> None:\n        self.open = False');
  });

  it('carries a function whose every hunk places, as before', () => {
    const target = TARGET.replace('    def _form(', '    def _other(self) -> None:\n        pass\n\n    def _form(');
    const edited = EDITED.replace('self.open = False', 'self.open = None');
    const base = BASE.replace('self.open = False', 'self.open = False');
    const result = reapplyPythonEdits(base, edited, target, {});
    expect(result.text).toContain('        self.open = None');
  });

  it("leaves a partly carried function alone where it reads nothing unbound (the rest may be sdkgen's already)", () => {
    // Two edits of one function: a renamed log message places; a changed default finds sdkgen's line otherwise.
    const base = lines(
      'def send(data: object, retries: int = 2) -> object:',
      '    log("sending")',
      '    result = post(data)',
      '    if retries > 0:',
      '        return retry(result, retries)',
      '    return result',
    );
    const edited = base.replace('log("sending")', 'log("sending request")').replace('retries > 0', 'retries > 1');
    const target = base.replace('    if retries > 0:\n', '    if retries and retries > 0:\n');
    const result = reapplyPythonEdits(base, edited, target, {});
    expect(result.text).toContain('log("sending request")');
    expect(result.rejected).toHaveLength(1);
  });
});

describe('an import the owners took out that sdkgen’s code still reads', () => {
  it('is no edit for a person: the import stays, counted as done', () => {
    const base = lines(
      'from ._utils import is_dict, is_list',
      '',
      '',
      'def pack(value: object) -> object:',
      '    if is_list(value):',
      '        return list(value)',
      '    return value',
    );
    // The owners' rewrite no longer reads `is_list`, so they took it out of the import.
    const edited = lines(
      'from ._utils import is_dict',
      '',
      '',
      'def pack(value: object) -> object:',
      '    return value',
    );
    // sdkgen's module imports them in a list of its own: the owners' hunk finds no place there.
    const target = lines(
      'from ._utils import (',
      '    flatten,',
      '    is_dict,',
      '    is_list,',
      ')',
      '',
      '',
      'def pack(value: object) -> object:',
      '    return [value] if is_dict(value) else value',
      '',
      '',
      'def pages(value: object) -> bool:',
      '    return is_list(value)',
    );
    const result = reapplyPythonEdits(base, edited, target, {});
    expect(result.text).toContain('    is_list,\n)');
    expect(result.rejected.some((hunk) => hunk.includes('-from ._utils import is_dict, is_list'))).toBe(false);
    expect(result.alreadyThere).toBeGreaterThan(0);
  });

  it('stays for a person where nothing of sdkgen’s reads it either', () => {
    const base = lines('from ._utils import is_dict, is_list', '', '', 'X = 1');
    const edited = lines('from ._utils import is_dict', '', '', 'X = 1');
    const target = lines(
      'from ._utils import (',
      '    flatten,',
      '    is_dict,',
      '    is_list,',
      ')',
      '',
      '',
      'Y = flatten(is_dict)',
    );
    const result = reapplyPythonEdits(base, edited, target, {});
    expect(result.rejected.some((hunk) => hunk.includes('-from ._utils import is_dict, is_list'))).toBe(true);
  });
});

describe("a patch to Stainless's `construct` that sdkgen's runtime makes needless", () => {
  it("is listed as done by sdkgen's runtime, with a test that exists; another edit of that line is not", () => {
    const stainless = lines(
      'class BaseModel(pydantic.BaseModel):',
      '    @classmethod',
      '    def construct(cls, **values: object) -> object:',
      '        fields_values: dict[str, object] = {}',
      '        for name, field in cls.model_fields.items():',
      '            key = field.alias or name',
      '            if key in values:',
      '                fields_values[name] = _construct_field(value=values[key], field=field, key=key)',
      '        return fields_values',
    );
    const owners = stainless.replace('value=values[key]', 'value=values.pop(key)');
    const hunks = editsAsHunks(stainless, owners);
    const done: Array<{ path: string; does: string; test: string }> = [];
    expect(dropDoneByPythonRuntime([{ path: 'src/acme/_models.py', hunks }], done, 'acme')).toEqual([]);
    expect(done).toHaveLength(1);
    const [file, name] = done[0].test.split(' › ');
    expect(readFileSync(path.join(__dirname, '..', file), 'utf8')).toContain(`def ${name}(`);
    const other = editsAsHunks(stainless, stainless.replace('value=values[key]', 'value=values.get(key)'));
    expect(dropDoneByPythonRuntime([{ path: 'src/acme/_models.py', hunks: other }], [], 'acme')).toHaveLength(1);
  });
});

describe('an item of a pyproject.toml list the owners commented out', () => {
  const stainless = lines(
    '[tool.ruff.lint]',
    'select = [',
    '  # isort',
    '  "I",',
    '  # misuse of typing.TYPE_CHECKING',
    '  "TC004",',
    '  # import rules',
    '  "TID251",',
    ']',
  );
  const sdkgen = lines('[tool.ruff.lint]', 'select = ["I", "B", "TC004", "TID251"]', 'ignore = ["B006"]');

  it("is taken out of sdkgen's list, nothing left for a person", () => {
    const owners = stainless.replace('  "TC004",', '  # "TC004", # fails lint');
    const carried = intoTomlValues(stainless, { text: sdkgen, applied: 0, rejected: editsAsHunks(stainless, owners) });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain('select = ["I", "B", "TID251"]');
    expect(carried.text).toContain('ignore = ["B006"]');
  });

  it('and an item taken out outright likewise', () => {
    const owners = stainless.replace('  "TC004",\n', '');
    const carried = intoTomlValues(stainless, { text: sdkgen, applied: 0, rejected: editsAsHunks(stainless, owners) });
    expect(carried.text).toContain('select = ["I", "B", "TID251"]');
  });
});
