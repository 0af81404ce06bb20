/**
 * The trial harness's hunks.txt lists each owners' hunk check 4 found missing line by line. One a later pass credits
 * (carried in another way: an import migrate left out as unread, another form of the same meaning, …) is listed under a
 * heading of its own saying why, not among the missing, so that hunks.txt's missing hunks are check 4's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { withSameMeaning } from '../bench/migrate-trials/lib/python-forms.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { rescoreHunks } from '../bench/migrate-trials/lib/python-rescore.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { importsUnread } from '../bench/migrate-trials/lib/python-runs-same.mjs';

const entry = (file: string, header: string, why: string) => `### ${file} ${header} — ${why}\n${header}\n+x = 1\n\n`;

describe("hunks.txt of a Python trial's check 4", () => {
  it('lists the hunks a later pass credits under their own heading, the rest as missing', () => {
    const unread = { file: 'src/acme/things.py', header: '@@ -3,0 +4 @@', why: '1/1 added lines missing' };
    const lost = { file: 'src/acme/_types.py', header: '@@ -60 +60 @@', why: '1/1 added lines missing' };
    const c4 = {
      status: 'fail',
      reason: "2/9 owners' hunks not carried (2 lost, 0 partly; 0 of them present in another form): x",
      details: { lost: [unread, lost], partial: [], notes: [''] },
      report:
        entry(unread.file, unread.header, unread.why) +
        entry('src/acme/_files.py', '@@ -1 +1 @@', "already done in sdkgen's file, per migrate's report") +
        entry(lost.file, lost.header, lost.why),
    };
    const groups = [{ key: 'importsUnread', misses: [unread], note: (l: unknown[]) => `${l.length} unread imports` }];
    const result = rescoreHunks(c4, { hunks: new Array(9) }, groups);
    const [missing, ...sections] = result.report.split(/^## /m);
    const credited = sections.find((s: string) => s.startsWith('Credited by check 4: '));
    const byLine = sections.find((s: string) => s.startsWith('Credited by check 4 line by line'));
    expect(missing).toContain(`### ${lost.file} ${lost.header} — 1/1 added lines missing`);
    expect(missing).not.toContain(unread.file);
    expect(credited).toMatch(/^Credited by check 4: 1 unread imports\n/);
    expect(missing).not.toContain('_files.py');
    expect(byLine).toContain("### src/acme/_files.py @@ -1 +1 @@ — already done in sdkgen's file");
    expect(credited).toContain(`### ${unread.file} ${unread.header} — 1/1 added lines missing`);
    // (Credited twice over, by a second pass: listed once.)
    const again = rescoreHunks(result, { hunks: new Array(9) }, []);
    expect(again.report).toBe(result.report);
  });
});

describe("check 4's reading of an added import migrate left out as read by nothing", () => {
  const file = 'src/acme/resources/things.py';
  const now = 'from ..types import a_params\n\n\ndef f(filters: object) -> object:\n    return a_params.A\n';
  it('reads a parenthesised list, an import by the package name, and one carried with its names read only', () => {
    expect(
      importsUnread([], ['from ..types.custom import (\n', '    Filter,\n', '    RankBy,\n', ')\n'], now, file),
    ).toBe(true);
    expect(importsUnread([], ['from acme.types.custom import Filter\n'], now, file)).toBe(true);
    // (Another package's import is no own module's.)
    expect(importsUnread([], ['from other.custom import Filter\n'], now, file)).toBe(false);
    // Carried with the names read only: those read are imported there.
    expect(importsUnread([], ['from ..types import a_params, b_params\n'], now, file)).toBe(true);
    expect(importsUnread([], ['from ..types import a_params, b_params\n'], now.replace(/^from.*\n/, ''), file)).toBe(
      false,
    );
    // A re-export stays: not credited where it is not there.
    expect(importsUnread([], ['from ..types.custom import Filter as Filter\n'], now, file)).toBe(false);
    // An import line they extended (`a_params` was Stainless's).
    expect(
      importsUnread(['from ..types import a_params\n'], ['from ..types import a_params, b_params\n'], now, file),
    ).toBe(true);
    expect(importsUnread(['x = 1\n'], ['from ..types.custom import Filter\n'], now, file)).toBe(false);
  });
});

describe("check 4's claim of a Python hunk by an edit migrate reports as done by sdkgen's runtime", () => {
  it("leaves the item to the file's code hunk partly missing, not to a hunk of its imports alone", () => {
    // julep's tests/utils.py: a stream branch in `assert_matches_type` (done by sdkgen's helper) and its import, which
    // migrate leaves out as unread; the one runtime item is the branch's.
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-claim-'));
    fs.mkdirSync(path.join(repo, 'tests'));
    fs.writeFileSync(path.join(repo, 'tests/utils.py'), 'def assert_matches_type(value, type_):\n    return value\n');
    const hunkOf = (header: string, lines: string[]) => ({
      file: 'tests/utils.py',
      header,
      removed: [],
      added: lines.map((text, i) => ({ line: i + 1, text: `${text}\n` })),
      text: `${header}\n${lines.map((l) => `+${l}`).join('\n')}\n`,
    });
    const imports = hunkOf('@@ -22,0 +23 @@', [
      'from acme._streaming import Stream, AsyncStream, is_stream_class_type',
    ]);
    const code = hunkOf('@@ -102,0 +104,3 @@', [
      '    elif is_stream_class_type(type_):',
      '        assert isinstance(value, (Stream, AsyncStream))',
      '        return value',
    ]);
    const runtime = [{ path: 'tests/utils.py', does: 'passes a stream', test: 't › x', testFound: true }];
    const owners = { hunks: [imports, code], ownersDeleted: [] };
    const byLine = checkHunks(repo, owners, 'HEAD', runtime);
    // (The code's hunk is partly there by chance, `return value`: Python's later pass gives it the item.)
    const result = withSameMeaning(byLine, repo, 'HEAD', owners, runtime);
    fs.rmSync(repo, { recursive: true, force: true });
    // Both carried: the code's hunk with the runtime item, the import's as one whose names nothing reads there.
    expect(result.details.partial).toEqual([]);
    expect(result.details.lost).toEqual([]);
    expect(result.reason).toContain("tests/utils.py: done by sdkgen's runtime");
  });
});
