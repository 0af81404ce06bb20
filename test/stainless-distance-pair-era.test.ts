/**
 * scripts/stainless-distance.mjs with --era writes each pair in its generation's forms. A pair whose SDK is a folder
 * with no history (the stainless-compat projects) has no commit day to take the era from, so the pair names it
 * (`"era"`, as the Python script reads it): a folder of endpoint tests written in 2025-12's forms is then at no
 * distance, and is not without the pair's era (the newest forms break objects of three entries onto lines).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-era.test.ts samples a Stainless SDK's era (docs/contributing.md, "What `npm test` samples").
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSdkgen } from './helpers/build';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['width', 'height', 'depth'],
                properties: {
                  width: { type: 'integer' },
                  height: { type: 'integer' },
                  depth: { type: 'integer' },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  things:
    methods:
      create: post /things
`;

const ERA = '2025-12-24';

interface Measured {
  era?: string;
  changed: number;
}

let root: string;
afterAll(() => rmSync(root, { recursive: true, force: true }));

function cli(args: string[]): string {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

/** The distance of the tests area, for a pair with or without `era`. */
function measure(era: string | undefined): Measured {
  const pair = {
    name: 'acme',
    sdk: 'expected',
    config: 'stainless.yml',
    spec: 'openapi.json',
    ...(era ? { era } : {}),
  };
  const pairs = path.join(root, `pairs-${era ?? 'none'}.json`);
  writeFileSync(pairs, JSON.stringify([pair]));
  const out = cli(['scripts/stainless-distance.mjs', '--pairs', pairs, '--era', '--area', 'tests', '--json']);
  const [project] = (JSON.parse(out) as { projects: Measured[] }).projects;
  return project;
}

beforeAll(() => {
  buildSdkgen();
  root = tempDir('stainless-distance-pair-era');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  // The "Stainless" side: the endpoint tests as written in the pair's era.
  const written = path.join(root, 'written');
  const args = ['generate', path.join(root, 'openapi.json'), '--config', path.join(root, 'stainless.yml')];
  cli(['bin/sdkgen.js', ...args, '-o', written, '--quiet', '--stainless-era', ERA]);
  mkdirSync(path.join(root, 'expected'));
  cpSync(path.join(written, 'tests'), path.join(root, 'expected', 'tests'), { recursive: true });
}, 120_000);

describe.runIf(SLOW_FULL)('stainless-distance.mjs --era on a folder pair', () => {
  it("writes the pair's own era and is then at no distance from tests of that era", () => {
    const measured = measure(ERA);
    expect(measured.era).toBe(ERA);
    expect(measured.changed).toBe(0);
  }, 120_000);

  it("without the pair's era, writes the newest forms (which differ here)", () => {
    const measured = measure(undefined);
    expect(measured.era).toBeUndefined();
    expect(measured.changed).toBeGreaterThan(0);
  }, 120_000);
});
