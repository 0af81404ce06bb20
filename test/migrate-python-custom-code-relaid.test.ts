/**
 * Custom code Stainless's bot keeps on main (runwayml/sdk-python: an `uploads` resource the `generated` branch never
 * had), re-laid by a later bot commit of main that has no twin on `generated` (its "speedup initial import", a month
 * after the twin): the client's lines that commit wrote for the custom resource (`from .resources.uploads import
 * UploadsResource`, `return UploadsResource(self)`) were read as Stainless's output of main alone, so sdkgen's client
 * "stood in" for them and `client.uploads` was gone after the move. A line naming a module the checkout has and the
 * pristine output of its time lacks (by its dotted path, or a class or function it declares) is the owners' code;
 * the bot's other lines of main alone stay Stainless's.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python-renamed-bot-custom-files.test.ts samples Python migrate (docs/contributing.md, "What `npm
// test` samples").
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutCustomCodeCarried } from '../generator/migrate/python/owners/custom-code-carried';
import type { GenerationChanges } from '../generator/migrate/repository/generations';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const BOT = 'stainless-app[bot] <142633134+stainless-app[bot]@users.noreply.github.com>';

function commit(repo: string, files: Record<string, string>, message: string, when: number): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  const date = `@${when} +0000`;
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@y', 'commit', '-qm', message, '--author', BOT], {
    cwd: repo,
    env,
  });
}

const CLIENT = 'class Acme:\n    def tasks(self) -> TasksResource:\n        return TasksResource(self)\n';
const RELAID = [
  'from .resources.uploads import UploadsResource',
  'return UploadsResource(self)',
  'def uploads(self) -> UploadsResource:',
  'timeout: float = 60',
];

describe.runIf(SLOW_FULL)("a bot commit of main alone, re-laying the client around the owners' custom resource", () => {
  it("leaves the lines naming the custom module the owners', the others Stainless's", () => {
    const repo = tempDir('custom-code-relaid');
    execFileSync('git', ['init', '-q', '-b', 'generated', repo]);
    const t0 = 1_760_000_000;
    commit(
      repo,
      { 'src/acme/_client.py': CLIENT, 'src/acme/resources/tasks.py': 'class TasksResource: ...\n' },
      'codegen',
      t0,
    );
    execFileSync('git', ['checkout', '-q', '-b', 'main'], { cwd: repo });
    commit(
      repo,
      {
        'src/acme/resources/uploads.py':
          'class UploadsResource:\n    pass\n\n\nclass AsyncUploadsResource:\n    pass\n',
        'src/acme/_client.py': `${CLIENT}${RELAID.map((line) => `    ${line}\n`).join('')}`,
      },
      'chore: speedup initial import',
      t0 + 86_400,
    );
    execFileSync('git', ['checkout', '-q', 'generated'], { cwd: repo });
    commit(repo, { 'src/acme/_version.py': '__version__ = "1.0.1"\n' }, 'chore: release', t0 + 2 * 86_400);
    execFileSync('git', ['checkout', '-q', 'main'], { cwd: repo });

    const changes: GenerationChanges = new Map([
      ['src/acme/_client.py', { added: new Set<string>(), removed: new Set<string>(), botOnly: new Set(RELAID) }],
    ]);
    const out = withoutCustomCodeCarried(repo, changes, 'acme').get('src/acme/_client.py');
    expect([...(out?.botOnly ?? [])]).toEqual(['timeout: float = 60']);
  });

  it('reads the custom module by its dotted path in a package of a dotted name (`cerebras.cloud.sdk`)', () => {
    const repo = tempDir('custom-code-relaid-nested');
    execFileSync('git', ['init', '-q', '-b', 'generated', repo]);
    const t0 = 1_760_000_000;
    const client = 'src/cerebras/cloud/sdk/_client.py';
    const relaid = ['from .resources.uploads import up', 'timeout: float = 60'];
    commit(repo, { [client]: CLIENT, 'src/cerebras/cloud/__init__.py': '' }, 'codegen', t0);
    execFileSync('git', ['checkout', '-q', '-b', 'main'], { cwd: repo });
    commit(
      repo,
      {
        'src/cerebras/cloud/sdk/resources/uploads.py': 'def up(): ...\n',
        [client]: `${CLIENT}${relaid.map((line) => `    ${line}\n`).join('')}`,
      },
      'chore: speedup initial import',
      t0 + 86_400,
    );
    execFileSync('git', ['checkout', '-q', 'generated'], { cwd: repo });
    commit(
      repo,
      { 'src/cerebras/cloud/sdk/_version.py': '__version__ = "1.0.1"\n' },
      'chore: release',
      t0 + 2 * 86_400,
    );
    execFileSync('git', ['checkout', '-q', 'main'], { cwd: repo });

    const changes: GenerationChanges = new Map([
      [client, { added: new Set<string>(), removed: new Set<string>(), botOnly: new Set(relaid) }],
    ]);
    const out = withoutCustomCodeCarried(repo, changes, 'cerebras.cloud.sdk').get(client);
    expect([...(out?.botOnly ?? [])]).toEqual(['timeout: float = 60']);
  });
});
