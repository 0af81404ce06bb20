/**
 * A Stainless config's `openapi.code_samples` (a docs platform: `mintlify`, `{ bump.sh: true }`…): the SDK repository
 * gets `openapi.documented.json`, the spec as the SDK was generated from it with each operation's code sample in
 * `x-codeSamples`, which the docs site reads (what Stainless published at the spec URL of `.stats.yml`). Every sample
 * is a whole program that compiles under tsc --strict against the SDK; the spec is otherwise the one the SDK's mock
 * serves; the file stays out of the npm package.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/smithery.test.ts samples a spec's code samples compiled (docs/contributing.md, "What `npm test`
// samples").
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { writeExamplePrograms } from './helpers/doc-examples';
import { sharedPath } from './helpers/paths';
import { runTsc, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const PROJECT = sharedPath('stainless-compat/onebusaway');

type Operation = { 'x-codeSamples'?: Array<{ lang: string; source: string }> };
type Spec = { paths: Record<string, Record<string, Operation>> };

let dir = '';
let sdk = '';
let documented: Spec;
let warnings: string[] = [];

async function generateWith(codeSamples: string, out: string) {
  const config = path.join(dir, `stainless-${path.basename(out)}.yml`);
  writeFileSync(config, `${readFileSync(path.join(PROJECT, 'stainless.yml'), 'utf8')}\nopenapi:\n${codeSamples}\n`);
  const result = await generate({ spec: path.join(PROJECT, 'openapi.yml'), config, format: false });
  writeFiles(out, result.files);
  return result;
}

beforeAll(async () => {
  // Inside the repository, so that the samples' tsc finds Node's types.
  dir = tempDir('code-samples');
  sdk = path.join(dir, 'sdk');
  const result = await generateWith('  code_samples: mintlify', sdk);
  warnings = result.diagnostics.warnings.map((w) => w.message);
  documented = JSON.parse(readFileSync(path.join(sdk, 'openapi.documented.json'), 'utf8')) as Spec;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const operations = (spec: Spec) =>
  Object.entries(spec.paths).flatMap(([route, item]) =>
    Object.entries(item)
      .filter(([verb]) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(verb))
      .map(([verb, op]) => ({ where: `${verb.toUpperCase()} ${route}`, op })),
  );

describe.runIf(SLOW_FULL)("openapi.code_samples: the documented spec's x-codeSamples", () => {
  it('gives every operation one JavaScript sample: a program calling its method', () => {
    const all = operations(documented);
    expect(all.length).toBeGreaterThan(20);
    for (const { where, op } of all) {
      expect(op['x-codeSamples'], where).toHaveLength(1);
      const [sample] = op['x-codeSamples']!;
      expect(sample.lang).toBe('JavaScript');
      expect(sample.source, where).toMatch(/^import OnebusawaySDK from 'onebusaway-sdk';\n/m);
      expect(sample.source, where).toContain("const client = new OnebusawaySDK({ apiKey: process.env['");
      expect(sample.source, where).toMatch(/await client\.\w+/);
    }
    const stop = documented.paths['/api/where/stop/{stopID}.json'].get['x-codeSamples']![0].source;
    expect(stop).toContain("client.stop.retrieve('");
  });

  it('every sample compiles under tsc --strict against the SDK', () => {
    const docs = operations(documented).map(({ where, op }) => ({
      origin: where,
      code: op['x-codeSamples']![0].source,
    }));
    const { project } = writeExamplePrograms(sdk, { readme: [], jsdoc: [], docs });
    const { status, output } = runTsc(project);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('is otherwise the spec the SDK was generated from; the npm package leaves it out', () => {
    const plain = JSON.parse(readFileSync(path.join(sdk, 'mock/openapi.yml'), 'utf8')) as Spec;
    const stripped = structuredClone(documented);
    for (const { op } of operations(stripped)) delete op['x-codeSamples'];
    expect(stripped).toEqual(plain);
    expect(operations(plain).some(({ op }) => op['x-codeSamples'])).toBe(false);
    const pkg = JSON.parse(readFileSync(path.join(sdk, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).not.toContain('openapi.documented.json');
  });

  it("grid's config as its owners wrote it (code_samples: mintlify): every operation's sample compiles", async () => {
    const grid = sharedPath('stainless-compat/grid');
    const out = path.join(dir, 'grid');
    const result = await generate({
      spec: path.join(grid, 'openapi.yaml'),
      config: path.join(grid, 'stainless.yml'),
      format: false,
    });
    writeFiles(out, result.files);
    const spec = JSON.parse(readFileSync(path.join(out, 'openapi.documented.json'), 'utf8')) as Spec;
    const all = operations(spec);
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter(({ op }) => op['x-codeSamples']?.length !== 1).map(({ where }) => where)).toEqual([]);
    const docs = all.map(({ where, op }) => ({ origin: where, code: op['x-codeSamples']![0].source }));
    const { status, output } = runTsc(writeExamplePrograms(out, { readme: [], jsdoc: [], docs }).project);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 60_000);

  it('takes the mapping form; ReadMe (x-readme) is a warning; no platform writes no documented spec', async () => {
    expect(warnings.filter((w) => w.includes('code_samples'))).toEqual([]);
    const mapping = await generateWith('  code_samples:\n    bump.sh: true\n    readme: true', path.join(dir, 'm'));
    expect(mapping.files.some((f) => f.path === 'openapi.documented.json')).toBe(true);
    expect(mapping.diagnostics.warnings.map((w) => w.message)).toContain(
      "openapi.code_samples.readme: ReadMe's x-readme code samples are not written by sdkgen; the documented spec has x-codeSamples",
    );
    const none = await generateWith('  code_samples:\n    bump.sh: false', path.join(dir, 'n'));
    expect(none.files.some((f) => f.path === 'openapi.documented.json')).toBe(false);
  });
});
