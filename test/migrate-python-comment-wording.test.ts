/**
 * A parameter the owners added to a method of Stainless's just above the comment Stainless writes before
 * `extra_headers` (mixedbread-ai/mixedbread-python: `multipart_upload` on `files.create`), where sdkgen's module has
 * that comment in its own words: the edit's only context after it was Stainless's comment, found nowhere in sdkgen's
 * module, and the line before it stands in the sync and the async method alike, so the edit was left for a person.
 * Stainless's comment blocks that sdkgen words otherwise (or leaves out) are now read in sdkgen's words first; a
 * comment the owners edited stays theirs.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { inSdkgenWords } from '../generator/migrate/python/already-done/comment-wording';

const THEIRS = [
  '        # Stainless: more arguments for the request.',
  '        # Stainless: they win over the client.',
];
const OURS = ['        # sdkgen: beyond the ones this method takes, sent with this request.'];

const method = (kind: 'sync' | 'async', comment: string[], added: string[]) =>
  [
    `    ${kind === 'async' ? 'async ' : ''}def create(`,
    '        self,',
    '        *,',
    '        file: FileTypes,',
    ...added,
    ...comment,
    '        extra_headers: Headers | None = None,',
    '    ) -> FileObject:',
    `        return ${kind === 'async' ? 'await ' : ''}self._post("/files", body={"file": file})`,
    '',
  ].join('\n');

const module = (comment: string[], added: string[] = []) =>
  [
    'class FilesResource(SyncAPIResource):',
    method('sync', comment, added),
    '',
    'class AsyncFilesResource(AsyncAPIResource):',
    method('async', comment, added),
  ].join('\n');

const PARAM = ['        multipart_upload: bool | None = None,'];

describe("Stainless's comments read in sdkgen's words before the owners' edits are carried", () => {
  it("carries a parameter whose context is Stainless's comment into both methods", () => {
    const out = reapplyPythonEdits(module(THEIRS), module(THEIRS, PARAM), module(OURS), {});
    expect(out.rejected).toEqual([]);
    expect(out.text).toBe(module(OURS, PARAM));
  });

  it('keeps a comment the owners edited as theirs', () => {
    const edited = module(THEIRS).replace('they win over the client.', 'they win over the client (ours).');
    const worded = inSdkgenWords(module(THEIRS), edited, module(OURS));
    expect(worded.base).toBe(module(OURS));
    // (The sync method's comment, which they edited, stays theirs; the async one's, unchanged, is read in sdkgen's.)
    const [sync, async] = worded.edited.split('class AsyncFilesResource');
    expect(sync).toContain('they win over the client (ours).');
    expect(sync).not.toContain('sdkgen:');
    expect(async).toContain(OURS[0]);
  });

  it('reads a comment sdkgen leaves out as left out, and leaves code alone', () => {
    const note = ['        # Stainless: a note sdkgen does not write.'];
    const worded = inSdkgenWords(module(note), module(note, PARAM), module([]));
    expect(worded.edited).toBe(module([], PARAM));
    const code = inSdkgenWords('x = 1\n', 'x = 1\ny = 2\n', 'x = 3\n');
    expect(code).toEqual({ base: 'x = 1\n', edited: 'x = 1\ny = 2\n' });
  });
});
