/**
 * The CLI's habits, as users of openapi-typescript and hey-api expect them: help per command and subcommand,
 * one-line errors with a hint for a mistyped flag, -V, JSON on stdout for CI (results and fatal errors), a dry
 * run, configs found without --config (and said so), specs from stdin and from an http(s) URL.
 */
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, SpecError } from '../generator/api/index';
import { ROOT } from './helpers/paths';
import { buildSdkgen } from './helpers/build';
import { tempDir } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';
import { PET_SCHEMA, splitPetSpec } from './helpers/pet-spec';

const BIN = path.join(ROOT, 'bin/sdkgen.js');

/** Through the warm sdkgen (helpers/sdkgen-cli.ts); a process of its own when the command reads standard input. */
function sdkgen(args: string[], options: { cwd?: string; input?: string } = {}) {
  if (options.input === undefined) return runSdkgen(args, { cwd: options.cwd });
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    input: options.input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like sdkgen(), without blocking this process (the URL tests' server runs in it). */
function sdkgenAsync(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const SPEC = splitPetSpec('Mini API', 'schemas/pet.yaml');
const PET = PET_SCHEMA;

let dir: string;
beforeAll(() => {
  buildSdkgen();
  dir = tempDir('cli-habits');
  mkdirSync(path.join(dir, 'schemas'));
  writeFileSync(path.join(dir, 'mini.yaml'), SPEC);
  writeFileSync(path.join(dir, 'schemas/pet.yaml'), PET);
});

describe('help and messages', () => {
  it('sdkgen help <command> prints the help of that command, as --help does', () => {
    const help = sdkgen(['help', 'generate']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--dry-run/);
    expect(help.stdout).toBe(sdkgen(['generate', '--help']).stdout);
    expect(sdkgen(['help', 'nope']).code).toBe(2);
  });

  it('each templates subcommand has its own help', () => {
    const list = sdkgen(['help', 'templates', 'list']);
    const eject = sdkgen(['templates', 'eject', '--help']);
    expect(list.code).toBe(0);
    expect(eject.code).toBe(0);
    expect(list.stdout).toMatch(/--json/);
    expect(list.stdout).not.toMatch(/--to /);
    expect(eject.stdout).toMatch(/--to /);
    expect(eject.stdout).not.toMatch(/--json/);
    const top = sdkgen(['help', 'templates']);
    expect(top.stdout).toMatch(/list\s+List the template layers/);
    expect(top.stdout).toMatch(/eject\s+Copy built-in templates/);
  });

  it('an unknown flag gets one line and a hint, not parseArgs text', () => {
    const typo = sdkgen(['generate', 'x.yaml', '--outptu', 'o']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('sdkgen generate: unknown option --outptu\n  hint: did you mean --output?\n');
    const other = sdkgen(['templates', 'eject', 'a', '--json']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^sdkgen templates eject: unknown option --json\n {2}hint: .*\n$/);
    const missing = sdkgen(['generate', 'x.yaml', '-o']);
    expect(missing.stderr).toBe(
      'sdkgen generate: option --output needs a value\n  hint: run `sdkgen help generate` for its options\n',
    );
  });

  it('-V and --version print the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['-V', '--version']) expect(sdkgen([flag]).stdout).toBe(`sdkgen ${version}\n`);
  });

  it('a duplicate operationId warns once, with both pointers', () => {
    const spec =
      `${SPEC}  /dogs/{petId}:\n    get:\n      operationId: getPet\n` +
      '      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]\n' +
      "      responses: { '200': { description: ok } }\n";
    writeFileSync(path.join(dir, 'dup.yaml'), spec);
    const result = sdkgen(['generate', 'dup.yaml', '-o', 'out-dup', '--dry-run'], { cwd: dir });
    expect(result.code).toBe(0);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(lines).toEqual([
      'warning: dup.yaml #/paths/~1dogs~1{petId}/get/operationId: operationId "getPet" is also used at #/paths/~1pets~1{petId}/get/operationId',
    ]);
  });

  it('many warnings are grouped by code, each group naming where its first one is (config line included)', () => {
    // 22 keys sdkgen does not know, each a warning at its line, in a config whose file name holds a terminal escape.
    const unknown = Array.from({ length: 22 }, (_, i) => `      option_${i}: true`);
    const config = ['targets:', '  typescript:', "    package_name: 'mini'", '    options:', ...unknown];
    const name = 'many\u001b[31m.stainless.yml';
    writeFileSync(path.join(dir, name), `${config.join('\n')}\n`);
    const result = sdkgen(['generate', 'mini.yaml', '-c', name, '-o', 'out-many', '--dry-run'], { cwd: dir });
    expect(result.code).toBe(0);
    const group = result.stderr.split('\n').find((l) => l.startsWith('warning stainless-config-ignored ×22:'));
    expect(group).toMatch(/option_0: .*\(first at many\\u001b\[31m\.stainless\.yml:5\)$/);
    expect(result.stderr).not.toContain('\u001b');
  });
});

describe('machine-readable output', () => {
  it('--diagnostics json: a fatal error is JSON on stdout (with file and pointer), the text on stderr', () => {
    writeFileSync(path.join(dir, 'dangling.yaml'), SPEC.replace("'schemas/pet.yaml'", "'#/components/schemas/Nope'"));
    const result = sdkgen(['generate', 'dangling.yaml', '-o', 'out-dangling', '--diagnostics', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.ok).toBe(false);
    expect(json.error).toMatchObject({
      name: 'SpecError',
      file: 'dangling.yaml',
      pointer: '#/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref',
    });
    expect(result.stderr).toContain('#/components/schemas/Nope');
    expect(existsSync(path.join(dir, 'out-dangling'))).toBe(false);
  });

  it('--diagnostics json: a usage error is JSON on stdout too, and success is the result as JSON', () => {
    const usage = sdkgen(['generate', 'mini.yaml', '--config', 'missing.yaml', '--diagnostics', 'json'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({ ok: false, error: { name: 'UsageError', file: 'missing.yaml' } });
    const early = sdkgen(['generate', 'mini.yaml', '--formatter', 'black', '--diagnostics', 'json'], { cwd: dir });
    expect(early.code).toBe(2);
    expect(JSON.parse(early.stdout)).toMatchObject({
      ok: false,
      error: { name: 'UsageError', message: expect.stringContaining('--formatter must be') },
    });
    const ok = sdkgen(['generate', 'mini.yaml', '-o', 'out-json', '--diagnostics', 'json'], { cwd: dir });
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.stdout);
    expect(json).toMatchObject({
      ok: true,
      clientName: 'Mini',
      dryRun: false,
      counts: { resources: 1, methods: 1, types: 1 },
    });
    expect(json.files.created).toContain('src/client.ts');
    expect(JSON.parse(ok.stderr)).toEqual([]);
  });

  it('check --format json', () => {
    expect(sdkgen(['generate', 'mini.yaml', '-o', 'out-check'], { cwd: dir }).code).toBe(0);
    const fresh = sdkgen(['check', '-o', 'out-check', '--format', 'json'], { cwd: dir });
    expect(fresh.code).toBe(0);
    expect(JSON.parse(fresh.stdout)).toMatchObject({
      upToDate: true,
      directories: [{ dir: 'out-check', upToDate: true, files: [] }],
    });
    // The folder given alone is the output directory (it holds a manifest), as `-o` gives it.
    const alone = sdkgen(['check', 'out-check', '--format', 'json'], { cwd: dir });
    expect({ code: alone.code, stdout: alone.stdout }).toEqual({ code: 0, stdout: fresh.stdout });
    // A hand edit is kept on regeneration: up to date, listed as customized.
    writeFileSync(path.join(dir, 'out-check/src/client.ts'), '// edited\n');
    const customized = sdkgen(['check', '-o', 'out-check', '--format', 'json'], { cwd: dir });
    expect(customized.code).toBe(0);
    expect(JSON.parse(customized.stdout).directories[0]).toMatchObject({ files: [], customized: ['src/client.ts'] });
    // The same text as an older generation wrote it (its hash in the manifest) is stale.
    const manifestPath = path.join(dir, 'out-check/.sdkgen/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.files['src/client.ts'] = createHash('sha256').update('// edited\n').digest('hex');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const stale = sdkgen(['check', '-o', 'out-check', '--format', 'json'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(JSON.parse(stale.stdout).directories[0].files).toContainEqual({ path: 'src/client.ts', status: 'changed' });
  });
});

describe('generate options', () => {
  it('--dry-run lists what would be created, changed and deleted, and writes nothing', () => {
    const fresh = sdkgen(['generate', 'mini.yaml', '-o', 'out-dry', '--dry-run'], { cwd: dir });
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(
      /^Dry run: Mini SDK in out-dry .*: \d+ files would be created, 0 changed, 0 deleted, 0 unchanged; nothing written\n/,
    );
    expect(fresh.stdout).toContain('  create  src/resources/pets.ts\n');
    expect(existsSync(path.join(dir, 'out-dry'))).toBe(false);
    expect(sdkgen(['generate', 'mini.yaml', '-o', 'out-dry'], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'renamed.yaml'), SPEC.replace('/pets/{petId}', '/animals/{petId}'));
    const before = readdirSync(path.join(dir, 'out-dry/src/resources')).sort();
    const plan = sdkgen(['generate', 'renamed.yaml', '-o', 'out-dry', '--dry-run'], { cwd: dir });
    expect(plan.stdout).toContain('  create  src/resources/animals.ts\n');
    expect(plan.stdout).toContain('  delete  src/resources/pets.ts\n');
    expect(plan.stdout).toMatch(/ {2}change {2}src\/client\.ts\n/);
    expect(readdirSync(path.join(dir, 'out-dry/src/resources')).sort()).toEqual(before);
  });

  it('finds a config in the working directory and says which; --config wins; --no-config uses none', () => {
    const cwd = tempDir('cli-config');
    mkdirSync(path.join(cwd, 'api/schemas'), { recursive: true });
    writeFileSync(path.join(cwd, 'api/openapi.yaml'), SPEC);
    writeFileSync(path.join(cwd, 'api/schemas/pet.yaml'), PET);
    writeFileSync(path.join(cwd, 'sdkgen.config.mjs'), "export default { client: { name: 'Found' } };\n");
    writeFileSync(path.join(cwd, 'given.yaml'), 'client:\n  name: Given\n');
    const found = sdkgen(['generate', 'api/openapi.yaml', '--dry-run'], { cwd });
    expect(found.code, found.stderr).toBe(0);
    expect(found.stderr).toContain('sdkgen generate: using config sdkgen.config.mjs (found;');
    expect(found.stdout).toMatch(/^Dry run: Found SDK in generated\/found /);
    const given = sdkgen(['generate', 'api/openapi.yaml', '--dry-run', '--config', 'given.yaml'], { cwd });
    expect(given.stdout).toMatch(/^Dry run: Given SDK/);
    expect(given.stderr).not.toContain('using config');
    const none = sdkgen(['generate', 'api/openapi.yaml', '--dry-run', '--no-config'], { cwd });
    expect(none.stdout).toMatch(/^Dry run: Mini SDK/);
  });

  it('reads the spec from stdin with -, its relative $refs against the working directory', () => {
    const result = sdkgen(['generate', '-', '-o', 'out-stdin'], { cwd: dir, input: SPEC });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'out-stdin/src/resources/pets.ts'), 'utf8')).toContain('retrieve(petId: string');
    // No temporary copy is left behind, and errors name <stdin>.
    expect(readdirSync(dir).filter((f) => f.startsWith('.sdkgen-stdin'))).toEqual([]);
    const bad = sdkgen(['generate', '-', '-o', 'out-stdin-bad'], { cwd: dir, input: 'openapi: 3.1.0\ninfo: [1,\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: <stdin>:\d+:\d+: malformed YAML/);
    expect(sdkgen(['generate', '-'], { cwd: dir, input: '' }).stderr).toContain('standard input is empty');
  });
});

describe('a spec from an http(s) URL', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const routes: Record<string, () => void> = {
        '/v1/openapi.yaml': () => res.end(SPEC),
        '/v1/schemas/pet.yaml': () => res.end(PET),
        '/moved.yaml': () => res.writeHead(302, { location: '/v1/openapi.yaml' }).end(),
        '/to-file.yaml': () => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
        '/elsewhere.yaml': () => res.end(SPEC.replace("'schemas/pet.yaml'", "'//example.com/pet.yaml'")),
        '/big.yaml': () => res.end(`${SPEC}# ${'x'.repeat(10_000)}\n`),
        '/missing-ref.yaml': () => res.end(SPEC.replace("'schemas/pet.yaml'", "'schemas/gone.yaml'")),
        '/slow.yaml': () => {
          res.writeHead(200);
          res.write('openapi: 3.1.0\n'); // and never ends
        },
      };
      const route = routes[req.url ?? ''];
      if (route) route();
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('downloads the spec and the files it $refs (resolved against the URL); errors name the URL', async () => {
    const cwd = tempDir('cli-url');
    const result = await sdkgenAsync(['generate', `${base}/v1/openapi.yaml`, '-o', 'out'], cwd);
    expect(result.code, result.stderr).toBe(0);
    expect(requests).toContain('/v1/schemas/pet.yaml');
    expect(readFileSync(path.join(cwd, 'out/src/resources/pets.ts'), 'utf8')).toContain('retrieve(petId: string');
    expect(JSON.parse(readFileSync(path.join(cwd, 'out/.sdkgen/manifest.json'), 'utf8')).inputs.spec).toBe(
      `${base}/v1/openapi.yaml`,
    );
    const missing = await sdkgenAsync(['generate', `${base}/missing-ref.yaml`, '-o', 'out-missing'], cwd);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `${base}/missing-ref.yaml #/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref`,
    );
    expect(missing.stderr).toContain('HTTP 404');
  });

  it('follows a same-server redirect; refuses one to file:, and a $ref to another server', async () => {
    const moved = await generate({ spec: `${base}/moved.yaml`, cwd: tempDir('cli-url'), dryRun: true });
    expect(moved.clientName).toBe('Mini');
    const toFile = (await generate({ spec: `${base}/to-file.yaml`, dryRun: true }).catch(
      (e: unknown) => e,
    )) as SpecError;
    expect(toFile).toBeInstanceOf(SpecError);
    expect([toFile.code, toFile.message]).toEqual([
      'redirect-refused',
      'redirected to file: URL; only http(s) redirects are followed',
    ]);
    const elsewhere = (await generate({ spec: `${base}/elsewhere.yaml`, dryRun: true }).catch(
      (e: unknown) => e,
    )) as SpecError;
    expect(elsewhere.code).toBe('remote-ref-elsewhere');
    expect(elsewhere.pointer).toBe('#/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref');
  });

  it('has a size limit and a timeout', async () => {
    const big = (await generate({ spec: `${base}/big.yaml`, dryRun: true, fetch: { maxBytes: 2_000 } }).catch(
      (e: unknown) => e,
    )) as SpecError;
    expect([big.code, big.file]).toEqual(['file-too-large', `${base}/big.yaml`]);
    const slow = (await generate({ spec: `${base}/slow.yaml`, dryRun: true, fetch: { timeoutMs: 300 } }).catch(
      (e: unknown) => e,
    )) as SpecError;
    expect(slow.code).toBe('fetch-timeout');
  });
});
