/**
 * The trial harness (bench/migrate-trials, check 4) counts an owners' hunk that migrate's report lists as done by
 * sdkgen as carried: wholly missing anywhere, and partly missing in a TypeScript module of src/ (groq's overloads of
 * `chat.completions.create`, which sdkgen's module streams itself: some of their lines are sdkgen's too).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';

const added = [
  '  create(body: ChatCompletionCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ChatCompletion>;',
  '  create(',
  '    body: ChatCompletionCreateParamsStreaming,',
  '    options?: RequestOptions,',
  '  ): APIPromise<Stream<ChatCompletionChunk>>;',
];
const hunk = {
  header: '@@ -24,2 +25,5 @@',
  removed: ['  create(body: CompletionCreateParams, options?: RequestOptions): APIPromise<ChatCompletion> {'],
  added: added.map((text) => ({ text })),
  text: `@@ -24,2 +25,5 @@\n${added.map((l) => `+${l}\n`).join('')}`,
};
const sdkgens = [
  'export class Completions extends APIResource {',
  '  create(params: CompletionCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ChatCompletion>;',
  '  create(',
  '    params: CompletionCreateParamsStreaming,',
  '    options?: RequestOptions,',
  '  ): APIPromise<Stream<ChatCompletionChunk>>;',
  '}',
  '',
].join('\n');

const done = (file: string) => [
  { path: file, does: '`create` streams', test: 'test/x.test.ts › overloads', testFound: true },
];

describe("check 4's hunks migrate lists as done by sdkgen", () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-done-partly-'));
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('counts one partly missing in a TypeScript module of src/ as carried', () => {
    const file = 'src/resources/chat/completions.ts';
    fs.mkdirSync(path.join(repo, 'src/resources/chat'), { recursive: true });
    fs.writeFileSync(path.join(repo, file), sdkgens);
    const owners = { hunks: [{ file, ...hunk }], ownersDeleted: [] };
    const counted = checkHunks(repo, owners, 'HEAD', done(file));
    expect(counted.status).toBe('pass');
    expect(counted.details.done).toHaveLength(1);
    // Not listed by migrate: partly missing, not carried.
    expect(checkHunks(repo, owners, 'HEAD', []).status).toBe('fail');
  });

  it('does not count one partly missing elsewhere (a test, a Python module)', () => {
    const file = 'tests/chat.test.ts';
    fs.mkdirSync(path.join(repo, 'tests'), { recursive: true });
    fs.writeFileSync(path.join(repo, file), sdkgens);
    const owners = { hunks: [{ file, ...hunk }], ownersDeleted: [] };
    expect(checkHunks(repo, owners, 'HEAD', done(file)).status).toBe('fail');
  });
});
