/**
 * The trial harness's owners' files (lib/owners.mjs) on a file a person added that a later generation rewrote whole,
 * without its banner (openai-node's src/pagination.ts, src/error.ts, …: added by people's commits, then each made a
 * deprecated re-export `export * from './core/pagination'` by Stainless's "move misc public files to new `core/`
 * directory"): every line at the ref is Stainless's, so it is Stainless's output, not the owners' file check 2 holds
 * byte for byte. A file of the owners' that a generation edited a line of stays theirs, as does one it only reformatted.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full), as the harness's other tests.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../bench/migrate-trials/lib/owners.mjs';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, OWNERS_LINE, PERSON, pets, stats, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const REWRITTEN = 'src/pagination.ts';
const OWNERS = 'src/lib/helpers.ts';
const REFORMATTED = 'tests/api-resources/response.json';

describe.runIf(SLOW_FULL)('trial harness: a file a generation rewrote whole', () => {
  it('is Stainless’s; a file of the owners’ a generation edited a line of stays theirs, as does one it reformatted', () => {
    const repo = tempDir('harness-rewritten-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets() });
    commit(repo, BOT, 'feat(api): pets', '2026-02-17T00:00:00Z');
    write(repo, {
      [REWRITTEN]: 'export class Page<T> {\n  constructor(readonly items: T[]) {}\n}\n',
      [OWNERS]: "export function helper() {\n  return 'a';\n}\n\nexport const other = 1;\n",
      'src/resources/pets.ts': pets(OWNERS_LINE),
      [REFORMATTED]: '{"data":[1,2],"model":"m"}',
    });
    commit(repo, PERSON, 'v4.0.0-beta.2', '2026-02-18T00:00:00Z');
    write(repo, {
      [REWRITTEN]: "/** @deprecated Import from ./core/pagination instead */\nexport * from './core/pagination';\n",
      [OWNERS]: "export function helper() {\n  return 'b';\n}\n\nexport const other = 1;\n",
      [REFORMATTED]: '{\n  "data": [1, 2],\n  "model": "m"\n}\n',
      'src/core/pagination.ts': 'export class Page<T> {\n  constructor(readonly items: T[]) {}\n}\n',
      '.stats.yml': stats(1, 'bbbb'),
    });
    const ref = commit(
      repo,
      BOT,
      'chore(client): move misc public files to new `core/` directory',
      '2026-02-19T00:00:00Z',
    );

    const owners = analyseOwners(repo, ref);
    expect(owners.ownersFiles).not.toContain(REWRITTEN);
    expect(owners.botAddedFiles).toContain(REWRITTEN);
    expect(owners.rewrittenByStainless).toEqual([REWRITTEN]);
    expect(owners.ownersFiles).toContain(OWNERS);
    // (Spread over lines by the generation's formatter, every line blamed on it: still the text the person wrote.)
    expect(owners.ownersFiles).toContain(REFORMATTED);
  });

  it('counts a package.json item of Stainless’s that a person moved as Stainless’s', () => {
    const repo = tempDir('harness-moved-item-');
    git(repo, 'init', '-q', '-b', 'main');
    const pkg = (deps: string[]) =>
      `{\n  "name": "petstore",\n  "devDependencies": {\n${deps.map((d) => `    ${d}`).join(',\n')}\n  }\n}\n`;
    const [eslint, iconv, fastCheck, jest] = [
      '"eslint": "^8.49.0"',
      '"iconv-lite": "^0.6.3"',
      '"fast-check": "^3.22.0"',
      '"jest": "^29.4.0"',
    ];
    write(repo, {
      '.stats.yml': stats(1, 'aaaa'),
      'src/resources/pets.ts': pets(),
      'package.json': pkg([eslint, iconv, fastCheck, jest]),
    });
    commit(repo, BOT, 'feat(api): pets', '2026-02-17T00:00:00Z');
    // (Sorted: iconv-lite after fast-check.)
    write(repo, { 'package.json': pkg([eslint, fastCheck, iconv, jest, '"segfault-handler": "^1.3.0"']) });
    commit(repo, PERSON, 'chore(internal): better ecosystem test debugging', '2026-02-18T00:00:00Z');
    write(repo, { '.stats.yml': stats(1, 'bbbb') });
    const ref = commit(repo, BOT, 'feat(api): update', '2026-02-19T00:00:00Z');

    const lines: Array<{ text: string; stainless: boolean }> = analyseOwners(repo, ref).packageJsonLines;
    expect(lines.find((l) => l.text.startsWith('"iconv-lite"'))?.stainless).toBe(true);
    expect(lines.find((l) => l.text.startsWith('"segfault-handler"'))?.stainless).toBe(false);
  });
});
