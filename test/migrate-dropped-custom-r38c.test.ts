/**
 * Lines the base's branch once had and dropped, which main kept (generations.ts, `staleOutput`), are Stainless's
 * stale output, unless the commit that added them also added files of the owners': then the branch was still main's
 * own history, carrying their code, and dropped it when it became the generator's alone (anthropic-python's
 * `boto3-stubs` dev dependency, added with their lib/bedrock/ by a commit authored as Stainless's bot).
 */
import { describe, expect, it } from 'vitest';
import { generationsSince, madeBy } from '../generator/migrate/repository/generations';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, pets, stats, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const METHOD = ['  getRequestClient() {', '    return { fetch: this.fetch };', '  }'];
const BEDROCK = 'export class Bedrock {}\n';

/** A branch split from main after `extra` came in with the method; the `generated` branch then drops the method and `extra`. */
function history(extra: Record<string, string>, lines = METHOD): { repo: string; base: string } {
  const repo = tempDir('dropped-custom-');
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets() });
  commit(repo, BOT, 'initial commit', '2024-01-01T00:00:00Z');
  write(repo, { 'src/resources/pets.ts': pets(`${lines.join('\n')}\n`), ...extra });
  commit(repo, BOT, 'feat(bedrock): include bedrock SDK', '2024-01-31T00:00:00Z');
  git(repo, 'checkout', '-q', '-b', 'generated');
  git(repo, 'rm', '-q', '-r', '--ignore-unmatch', 'src/lib');
  write(repo, { 'src/resources/pets.ts': pets() });
  commit(repo, BOT, 'chore(internal): remove some code', '2024-05-16T00:00:00Z');
  write(repo, { '.stats.yml': stats(1, 'bbbb') });
  const base = commit(repo, BOT, 'feat(api): update', '2025-07-02T00:00:00Z');
  git(repo, 'checkout', '-q', 'main');
  return { repo, base };
}

describe.runIf(SLOW_FULL)(
  'lines the base’s branch dropped, added by a commit that also added the owners’ files',
  () => {
    it("are the owners', not Stainless's stale output", () => {
      const { repo, base } = history({ 'src/lib/bedrock.ts': BEDROCK });
      const changes = generationsSince(repo, base).get('src/resources/pets.ts');
      expect(changes === undefined || !madeBy(changes, [], METHOD)).toBe(true);
    });

    it("are Stainless's stale output when the commit's new files have Stainless's header", () => {
      const { repo, base } = history({
        'src/lib/bedrock.ts': `// File generated from our OpenAPI spec by Stainless.\n${BEDROCK}`,
      });
      expect(madeBy(generationsSince(repo, base).get('src/resources/pets.ts')!, [], METHOD)).toBe(true);
    });

    it("stay the owners' when a later bot commit of main only gives one a trailing comma", () => {
      const { repo, base } = history({ 'src/lib/bedrock.ts': BEDROCK }, ['  tags = [', "    'bedrock'", '  ];']);
      write(repo, {
        'src/resources/pets.ts': pets(['  tags = [', "    'bedrock',", "    'rich',", '  ];', ''].join('\n')),
      });
      commit(repo, BOT, 'chore(internal): add rich', '2024-07-01T00:00:00Z');
      const changes = generationsSince(repo, base).get('src/resources/pets.ts');
      expect(changes === undefined || !madeBy(changes, [], ["    'bedrock',"])).toBe(true);
    });
  },
);
