// The Python package's mock scripts in each mock server's form (emit/mock-server.ts): Prism by default; Steady, with
// the version and flags recorded from the repository, where `sdkgen migrate` found its Stainless scripts ran Steady.
// The scripts run here with stand-ins for npm and curl on PATH, which say what they were given.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import type { MockServer } from '../../generator/emit/mock-server';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';

const STEADY: MockServer = {
  kind: 'steady',
  version: '0.22.1',
  validatorFlags: ['--validator-query-array-format=comma', '--validator-query-object-format=brackets'],
};

async function generated(dir: string, mockServer: MockServer): Promise<Map<string, string>> {
  const spec = path.join(dir, 'petstore.yaml');
  copyFileSync(path.join(ROOT, 'test/python/fixtures/petstore.yaml'), spec);
  const result = await generate({ spec, target: 'python', format: false, mockServer });
  return new Map(result.files.map((f) => [f.path, f.contents]));
}

describe("the Python package's mock server scripts", () => {
  const dir = tempDir('python-mock-server');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('run Prism where no other is asked for', async () => {
    const files = await generated(dir, null);
    expect(files.get('scripts/mock')).toContain('@stoplight/prism-cli');
    expect(files.get('scripts/test')).toContain('cat .prism.pid');
    expect(files.get('.gitignore')).toMatch(/^\.prism\.log$/m);
  });

  it("run the repository's Steady, waiting on its health check, and scripts/test starts it", async () => {
    const files = await generated(dir, STEADY);
    const mock = files.get('scripts/mock')!;
    expect(mock).not.toContain('prism');
    expect(mock).toContain('/_x-steady/health');
    expect(files.get('scripts/test')).toContain('cat .stdy.pid');
    expect(files.get('.gitignore')).toMatch(/^\.stdy\.log$/m);
    expect(files.get('.gitignore')).toMatch(/^\.stdy\.pid$/m);

    const sdk = path.join(dir, 'sdk');
    for (const [file, text] of files) {
      mkdirSync(path.dirname(path.join(sdk, file)), { recursive: true });
      writeFileSync(path.join(sdk, file), text);
      // (As the writer leaves scripts/ executable.)
      if (file.startsWith('scripts/')) chmodSync(path.join(sdk, file), 0o755);
    }
    const bin = path.join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    mkdirSync(path.join(sdk, '.venv/bin'), { recursive: true });
    const standIn = (file: string, body: string) => {
      writeFileSync(file, `#!/usr/bin/env bash\n${body}\n`);
      chmodSync(file, 0o755);
    };
    // npm: says its arguments; the server's run lives on (a sleep) until scripts/test ends it.
    standIn(
      path.join(bin, 'npm'),
      `echo "npm $*" >> "${dir}/calls"\n[ "$*" = "\${*%--version}" ] && exec sleep 30\nexit 0`,
    );
    standIn(path.join(bin, 'curl'), `echo "curl $*" >> "${dir}/calls"`);
    standIn(path.join(sdk, '.venv/bin/python'), `echo "python $* at $TEST_API_BASE_URL" >> "${dir}/calls"`);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, TEST_API_BASE_URL: '', OPENAPI_SPEC: '' };
    const run = spawnSync('bash', ['scripts/test', '-q'], { cwd: sdk, env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const calls = readFileSync(path.join(dir, 'calls'), 'utf8').split('\n');
    expect(calls).toContain('npm exec --package=@stdy/cli@0.22.1 -- steady --version');
    expect(calls).toContain(
      'npm exec --package=@stdy/cli@0.22.1 -- steady --host 127.0.0.1 -p 4010 ' +
        '--validator-query-array-format=comma --validator-query-object-format=brackets mock/petstore.yaml',
    );
    expect(calls).toContain('curl --silent --fail http://127.0.0.1:4010/_x-steady/health');
    expect(calls).toContain('python -m pytest -q at http://127.0.0.1:4010');
  });
});
