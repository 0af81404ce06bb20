// The TypeScript package's mock server for `npm test` (scripts/mock-server.mjs, the global setup) in each form
// (emit/mock-server.ts): Prism by default; Steady, with the version and flags recorded from the repository, where
// `sdkgen migrate` found its Stainless scripts ran Steady. The Steady setup runs here with a stand-in for npm that
// serves the health check on the port it is given and says what it was given.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import type { MockServer } from '../generator/emit/mock-server';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';

const STEADY: MockServer = {
  kind: 'steady',
  version: '0.22.2',
  validatorFlags: ['--validator-query-array-format=repeat', '--validator-form-object-format=dots'],
};

async function generated(out: string, mockServer: MockServer): Promise<Map<string, string>> {
  const spec = path.join(out, 'mock-source.yaml');
  mkdirSync(out, { recursive: true });
  copyFileSync(path.join(ROOT, 'test/python/fixtures/petstore.yaml'), spec);
  const result = await generate({ spec, format: false, mockServer });
  const files = new Map(result.files.map((f) => [f.path, f.contents]));
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), text);
  }
  return files;
}

const NPM_STAND_IN = `#!/usr/bin/env node
import fs from 'node:fs';
import http from 'node:http';
const args = process.argv.slice(2);
fs.appendFileSync(process.env.CALLS, args.join(' ') + '\\n');
if (args.includes('--version')) process.exit(0);
const port = Number(args[args.indexOf('-p') + 1]);
http
  .createServer((req, res) => res.writeHead(req.url === '/_x-steady/health' ? 200 : 404).end())
  .listen(port, '127.0.0.1');
`;

describe("the TypeScript package's mock server", () => {
  const dir = tempDir('ts-mock-server');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is Prism where no other is asked for', async () => {
    const files = await generated(path.join(dir, 'prism'), null);
    expect(files.get('scripts/mock-server.mjs')).toContain('@stoplight/prism-cli');
    const pkg = JSON.parse(files.get('package.json')!);
    expect(pkg.scripts.mock).toMatch(/^prism mock /);
    expect(pkg.devDependencies['@stoplight/prism-cli']).toBeDefined();
    expect(pkg.overrides['@stoplight/prism-http']).toBeDefined();
  });

  it("is the repository's Steady, started and health-checked by npm test's global setup", async () => {
    const out = path.join(dir, 'steady');
    const files = await generated(out, STEADY);
    const setupText = files.get('scripts/mock-server.mjs')!;
    expect(setupText).not.toContain('prism');
    expect(JSON.parse(files.get('package.json')!).scripts.mock).toBe(
      'npm exec --package=@stdy/cli@0.22.2 -- steady --host 127.0.0.1 -p 4010 ' +
        '--validator-query-array-format=repeat --validator-form-object-format=dots mock/mock-source.yaml',
    );
    expect(files.get('CONTRIBUTING.md')).toContain('(Steady, serving');
    // Prism's packages are no devDependency of the Steady form (npm exec fetches Steady); the rest are kept.
    const pkg = JSON.parse(files.get('package.json')!);
    expect(Object.keys(pkg.devDependencies).sort()).toEqual(['typescript', 'vitest']);
    expect(files.get('package.json')).not.toContain('@stoplight/');

    const bin = path.join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(bin, 'npm'), NPM_STAND_IN);
    chmodSync(path.join(bin, 'npm'), 0o755);
    const calls = path.join(dir, 'calls');
    const saved = {
      PATH: process.env.PATH,
      CALLS: process.env.CALLS,
      TEST_API_BASE_URL: process.env.TEST_API_BASE_URL,
    };
    Object.assign(process.env, { PATH: `${bin}:${process.env.PATH}`, CALLS: calls });
    delete process.env.TEST_API_BASE_URL;
    try {
      const setup = (await import(pathToFileURL(path.join(out, 'scripts/mock-server.mjs')).href)) as {
        default: () => Promise<(() => void) | undefined>;
      };
      const stop = await setup.default();
      const url = process.env.TEST_API_BASE_URL!;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${url}/_x-steady/health`)).status).toBe(200);
      stop?.();
      const lines = readFileSync(calls, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('exec --package=@stdy/cli@0.22.2 -- steady --version');
      expect(lines[1]).toBe(
        `exec --package=@stdy/cli@0.22.2 -- steady --host 127.0.0.1 -p ${new URL(url).port} ` +
          `--validator-query-array-format=repeat --validator-form-object-format=dots ${path.join(out, 'mock/mock-source.yaml')}`,
      );
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
