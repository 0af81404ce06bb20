/**
 * The trial harness's check 8 (no Stainless file left) on a module of Stainless's that migrate keeps because the
 * owners' code imports it (cartesia's WebSocket clients, which sdkgen writes nothing in place of): a note in migrate's
 * words where its report lists the module so; the same module, not listed, still fails the check.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../bench/migrate-trials/lib/owners.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkStainlessLeft } from '../bench/migrate-trials/lib/checks.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { reportSection } from '../bench/migrate-trials/lib/report-sections.mjs';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, HEADER, PERSON, pets, stats, write } from './helpers/stainless-history';

const WS_MODULE = 'src/resources/stt/ws.ts';
const OWNERS_CODE = 'src/lib/listen.ts';

function history(): { repo: string; ref: string } {
  const repo = tempDir('harness-kept-imported-');
  git(repo, 'init', '-q', '-b', 'main');
  const generation = {
    '.stats.yml': stats(1, 'aaaa'),
    'src/resources/pets.ts': pets(),
    [WS_MODULE]: `${HEADER}export class STTWebSocket {}\n`,
  };
  git(repo, 'checkout', '-q', '--orphan', 'generated');
  write(repo, generation);
  commit(repo, BOT, 'feat(api): pets', '2026-02-17T00:00:00Z');
  git(repo, 'update-ref', 'refs/remotes/origin/generated', 'HEAD');
  git(repo, 'checkout', '-q', '--orphan', 'main');
  git(repo, 'rm', '-rq', '--cached', '.');
  write(repo, generation);
  commit(repo, BOT, 'feat(api): pets', '2026-02-17T00:00:00Z');
  write(repo, { [OWNERS_CODE]: `import { STTWebSocket } from '../resources/stt/ws';\n\nvoid STTWebSocket;\n` });
  const ref = commit(repo, PERSON, 'feat: listen', '2026-02-18T00:00:00Z');
  // The migration: Stainless's pets module replaced by sdkgen's, its WebSocket module kept for the owners' import.
  write(repo, {
    'src/resources/pets.ts': 'export class Pets {}\n',
    '.sdkgen/manifest.json': JSON.stringify({ files: { 'src/resources/pets.ts': {} } }),
  });
  commit(repo, PERSON, 'sdkgen migrate', '2026-02-20T00:00:00Z');
  return { repo, ref };
}

const REPORT = [
  "Stainless's modules your code imports, kept (sdkgen writes none in their place) (1):",
  `  ${WS_MODULE}`,
  'Hand edits carried over to the new files (0):',
  '',
].join('\n');

describe('trial harness: a module of Stainless’s the owners’ code imports', () => {
  it('is a note in migrate’s words where its report lists it as kept; else it is left', () => {
    const { repo, ref } = history();
    const owners = analyseOwners(repo, ref);
    const listed = reportSection(REPORT, "Stainless's modules your code imports, kept") as string[];
    expect(listed).toEqual([WS_MODULE]);

    const kept = checkStainlessLeft(repo, owners, listed);
    expect(kept.status).toBe('pass');
    expect(kept.reason).toContain(
      `Stainless's modules the owners' code imports, kept (sdkgen writes none in their place), as migrate's report ` +
        `lists them: ${WS_MODULE}`,
    );

    const unlisted = checkStainlessLeft(repo, owners);
    expect(unlisted.status).toBe('fail');
    expect(unlisted.reason).toContain(`with header: ${WS_MODULE}`);
  });
});
