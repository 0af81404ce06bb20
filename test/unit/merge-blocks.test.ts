/**
 * write/merge-blocks.ts: two whole pieces of code at one point of the base, one by each side, which git leaves as a
 * conflict though either order parses. Merged where one order is the unambiguous one (a run of lines an insertion
 * continues; else one statement before a block or group), a conflict otherwise; in TypeScript and Python text. Each
 * case is merged both ways round: the answer does not depend on which side is which.
 */
import { describe, expect, it } from 'vitest';
import { isCode, mergeThreeWay } from '../../generator/write/merge';
import { edit, file, mergeBothWays } from '../helpers/merge-cases';

const CODE = { code: true };

describe('two whole pieces of code at one point: Python', () => {
  // A resource module: a class with one method, then the module's end.
  const module = file(
    'class Sessions(SyncAPIResource):',
    '    def list(self) -> SessionList:',
    '        return self._get("/sessions")',
    '',
    'sessions = Sessions',
  );
  // (Its blank line after it, not before: a blank line first could be read one line later, merge-insertions.ts.)
  const method = ['    def mine(self) -> str:', '        """Owners’ helper."""', '        return "x"', ''];
  const statement = ['    retrieve = list'];

  it('puts the generator’s statement first and the owners’ method after it', () => {
    const owners = edit(module, 3, 3, method);
    const regenerated = edit(module, 3, 3, statement);
    // Without the rule (and in a file that is not code): a conflict.
    expect(mergeThreeWay(module, owners, regenerated).conflicts).toBe(1);
    const merged = mergeBothWays(module, owners, regenerated, CODE);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(module, 3, 3, [...statement, ...method]));
  });

  it('keeps a decorated method whole, after a statement', () => {
    const decorated = ['    @property', '    def mine(self) -> str:', '        return "x"'];
    const merged = mergeBothWays(module, edit(module, 3, 3, decorated), edit(module, 3, 3, statement), CODE);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(module, 3, 3, [...statement, ...decorated]));
  });

  it('keeps the conflict for two methods, two statements, or pieces that are not whole', () => {
    const other = ['    def theirs(self) -> int:', '        return 1', ''];
    const at = (rows: string[]) => edit(module, 3, 3, rows);
    expect(mergeBothWays(module, at(method), at(other), CODE).conflicts).toBe(1);
    expect(mergeBothWays(module, at(['    a = 1']), at(statement), CODE).conflicts).toBe(1);
    // A call left open, a last line that is a comment, a line that goes on.
    for (const broken of [['    x = f(', '        1,'], ['    x = 1', '    # about what follows'], ['    x = 1 + \\']])
      expect(mergeBothWays(module, at(broken), at(method), CODE).conflicts).toBe(1);
    // At another indent than the generator’s.
    expect(mergeBothWays(module, at(['retrieve = Sessions.list']), at(method), CODE).conflicts).toBe(1);
  });

  it('keeps the conflict inside a bracket of the base: items of a list are not statements', () => {
    const listed = file('__all__ = [', '    "Sessions",', ']');
    const merged = mergeBothWays(
      listed,
      edit(listed, 2, 2, ['    "Mine"']),
      edit(listed, 2, 2, ['    "Probes"']),
      CODE,
    );
    expect(merged.conflicts).toBe(1);
    const items = edit(listed, 2, 2, ['    "Probes"']);
    expect(mergeBothWays(listed, edit(listed, 2, 2, ['    "a",', '    "b"']), items, CODE).conflicts).toBe(1);
  });

  it('puts last a statement that continues the run of lines after the point', () => {
    // Imports: the generator's new one runs on into the imports after it; the owners' function stands apart.
    const imports = file('import os', '', 'from .a import A', 'from .b import B');
    const owners = edit(imports, 2, 2, ['', 'def helper() -> None:', '    pass']);
    const regenerated = edit(imports, 2, 2, ['from ._c import C']);
    expect(mergeThreeWay(imports, owners, regenerated).conflicts).toBe(1);
    const merged = mergeBothWays(imports, owners, regenerated, CODE);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(owners, 5, 5, ['from ._c import C']));
  });
});

describe('two whole pieces of code at one point: TypeScript', () => {
  const client = file('export class Client {', '  constructor() {}', '', '  sessions = new Sessions(this);', '}');
  const method = ['', '  mine(): string {', "    return 'x';", '  }'];
  const statement = ['  probes = new Probes(this);'];

  it('puts the generator’s statement first and the owners’ method after it, inside a class', () => {
    const merged = mergeBothWays(client, edit(client, 4, 4, method), edit(client, 4, 4, statement), CODE);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(client, 4, 4, [...statement, ...method]));
  });

  it('puts the owners’ method before the generator’s statement that runs on into the lines after the point', () => {
    const owners = edit(client, 3, 3, ['', '  mine(): string {', "    return 'x';", '  }']);
    const merged = mergeBothWays(client, owners, edit(client, 3, 3, statement), CODE);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(owners, 7, 7, statement));
  });

  it('keeps the conflict inside an object literal, or a call’s arguments', () => {
    const literal = file('export const options = {', '  a: 1,', '};');
    const inLiteral = mergeBothWays(literal, edit(literal, 2, 2, ['  b: 2,']), edit(literal, 2, 2, ['  c: 3,']), CODE);
    expect(inLiteral.conflicts).toBe(1);
    const call = file('register(', '  one,', ');');
    const fn = ['  function two() {', '    return 2;', '  }'];
    expect(mergeBothWays(call, edit(call, 2, 2, fn), edit(call, 2, 2, ['  three']), CODE).conflicts).toBe(1);
  });

  it('reads strings and comments: brackets in them do not count', () => {
    const owners = edit(client, 4, 4, ['', "  mine(): string { // returns '}'", "    return '{';", '  }']);
    const merged = mergeBothWays(client, owners, edit(client, 4, 4, statement), CODE);
    expect(merged.conflicts).toBe(0);
    const open = edit(client, 4, 4, ['  mine = `{', '  `']);
    // (A template literal across lines is whole too; with one statement each, it stays a conflict.)
    expect(mergeBothWays(client, open, edit(client, 4, 4, statement), CODE).conflicts).toBe(1);
  });
});

describe('isCode: the files write.ts merges as code', () => {
  it.each([
    ['src/acme/resources/pets.py', true],
    ['src/acme/_client.pyi', true],
    ['src/resources/pets.ts', true],
    ['scripts/build.mjs', true],
    ['README.md', false],
    ['pyproject.toml', false],
    ['.github/workflows/ci.yml', false],
  ])('%s: %s', (file, code) => {
    expect(isCode(file)).toBe(code);
  });
});
