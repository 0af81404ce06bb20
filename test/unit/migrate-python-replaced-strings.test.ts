/**
 * An owners' replacement of lines Stainless wrote at one depth, where sdkgen writes the same lines at another, moves to
 * sdkgen's depth (reapply/reindent.ts): its code lines only. A line that begins inside a triple-quoted string is the
 * string's text, its indentation part of the value: it keeps its bytes, and tells nothing of the depth.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../../generator/migrate/python/reapply/balanced-hunks';
import { indentProblem } from '../../generator/migrate/python/soundness/sound-module';

const text = (...lines: string[]) => [...lines, ''].join('\n');

describe("an owners' replacement holding a multi-line string, carried at sdkgen's depth", () => {
  it("moves the statement's code lines out, the string's lines as they are", () => {
    const stainless = text(
      'from typing import TYPE_CHECKING',
      '',
      'if TYPE_CHECKING:',
      '    QUERY = """',
      'SELECT *',
      'FROM files',
      '"""',
      '',
    );
    const owners = stainless.replace('    QUERY = """\nSELECT *', '    QUERY: str = """\nSELECT id');
    const sdkgen = text('QUERY = """', 'SELECT *', 'FROM files', '"""', '');
    const carried = reapplyPythonEdits(stainless, owners, sdkgen, { code: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(text('QUERY: str = """', 'SELECT id', 'FROM files', '"""', ''));
    expect(indentProblem(carried.text)).toBeNull();
  });

  it('moves the code lines in, never the lines of the string they hold', () => {
    const stainless = text('def query():', '    sql = """', '  SELECT *', '"""', '    return run(sql)', '');
    const owners = stainless.replace('    sql = """\n  SELECT *', '    sql = f"""\n  SELECT {COLUMNS}');
    // sdkgen's function runs the query in a `with`: its lines one block deeper, the string's text the same.
    const sdkgen = text(
      'def query():',
      '    with span():',
      '        sql = """',
      '  SELECT *',
      '"""',
      '        return run(sql)',
      '',
    );
    const carried = reapplyPythonEdits(stainless, owners, sdkgen, { code: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(
      text(
        'def query():',
        '    with span():',
        '        sql = f"""',
        '  SELECT {COLUMNS}',
        '"""',
        '        return run(sql)',
        '',
      ),
    );
  });

  it("keeps the bytes of a string's lines where sdkgen's text of the string is indented otherwise", () => {
    // (A method's docstring, which sdkgen writes in a function at the module's level: the owners' text as they wrote it.)
    const stainless = text(
      'class A:',
      '    def f(self):',
      '        """One',
      '        two words"""',
      '        return 1',
      '',
    );
    const owners = stainless.replace('        two words"""', '        two words, three"""');
    const sdkgen = text('def f(self):', '    """One', '    two words"""', '    return 1', '');
    const carried = reapplyPythonEdits(stainless, owners, sdkgen, { code: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(text('def f(self):', '    """One', '        two words, three"""', '    return 1', ''));
  });
});
