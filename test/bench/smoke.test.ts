/**
 * The benchmark harness cannot rot: its smoke version (petstore, sdkgen only, one run, ×2 growth, a few
 * hundred requests) runs end to end and its JSON has every measurement. No timing is asserted.
 *
 * The end-to-end run is CI's (.ci/run: `SDKGEN_BENCH_SMOKE=full npx vitest run test/bench/smoke.test.ts`), not
 * `npm test`'s: it generates, builds and serves an SDK for ~15 s of the five minutes. bench/lib's own checks run always.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';

interface Measured {
  spec: string;
  tool: string;
  operations: number;
  error: string | null;
  wallMs: number;
  cpuMs: number | null;
  rssMb: number | null;
  runs: unknown[];
  stages?: Record<string, number>;
  output?: { files: number; bytes: number };
  tsc?: { wallMs: number; errors: number };
  consumerTsc?: { wallMs: number; errors: number };
  bundle?: { gzip: number; minified: number; call: string };
  bundleResourceOnly?: { gzip: number };
}

interface Report {
  meta: { rss: string };
  results: Measured[];
  scaling: Array<Measured & { times: number }>;
  requests: Record<'sequential' | 'concurrent', { rawPerSec: number; sdkPerSec: number; overhead: number }> & {
    error?: string;
  };
  targets: Array<{ name: string; met: boolean | null }>;
  regeneration: {
    error?: string;
    schema: { name: string; refs: number };
    scenarios: Record<
      'check' | 'unchanged' | 'endpoint' | 'schema',
      { written: number; reused: number; files: number }
    >;
  };
}

const bench = (file: string) =>
  import(path.join(ROOT, 'bench/lib', file)) as Promise<Record<string, (...args: never[]) => unknown>>;

/** Set by CI (.ci/run): without it, the harness's end-to-end run is skipped. */
const FULL = process.env.SDKGEN_BENCH_SMOKE === 'full';

describe.skipIf(!FULL)('npm run bench -- --smoke', () => {
  let report: Report;
  let stdout: string;

  beforeAll(() => {
    const dir = tempDir('bench-smoke');
    const out = path.join(dir, 'smoke.json');
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bench/run.mjs'), '--smoke', '--no-build', '--out', out, '--cache', path.join(dir, 'cache')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    stdout = run.stdout;
    report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  });

  it('measures a generation: time, CPU, peak RSS, stages, output', () => {
    const r = report.results.find((x) => x.spec === 'petstore' && x.tool === 'sdkgen')!;
    expect(r.error).toBeNull();
    expect(r.runs).toHaveLength(1);
    expect(r.wallMs).toBeGreaterThan(0);
    if (report.meta.rss !== 'none') expect(r.rssMb).toBeGreaterThan(20);
    expect(Object.keys(r.stages ?? {})).toEqual(expect.arrayContaining(['load', 'ir', 'emit', 'format', 'write']));
    expect(r.output!.files).toBeGreaterThan(20);
    expect(r.output!.bytes).toBeGreaterThan(10_000);
  });

  it('type-checks the output, as sources and as a consumer sees it, and bundles a one-call program both ways', () => {
    const r = report.results.find((x) => x.spec === 'petstore' && x.tool === 'sdkgen')!;
    expect(r.tsc!.wallMs).toBeGreaterThan(0);
    expect(r.tsc!.errors).toBe(0);
    // A one-call program against the declaration files the SDK's build emits.
    expect(r.consumerTsc!.wallMs).toBeGreaterThan(0);
    expect(r.consumerTsc!.errors).toBe(0);
    expect(r.bundle!.call).toMatch(/^client\.store\.inventory\.\w+\(\)$/);
    expect(r.bundle!.gzip).toBeGreaterThan(500);
    expect(r.bundleResourceOnly!.gzip).toBeGreaterThan(500);
  });

  it('generates the ×2 copy of the spec, and the spec itself again beside it for the growth exponent', () => {
    const x2 = report.scaling.find((x) => x.times === 2 && x.tool === 'sdkgen')!;
    const x1 = report.results.find((x) => x.spec === 'petstore' && x.tool === 'sdkgen')!;
    expect(x2.error).toBeNull();
    expect(x2.operations).toBe(2 * x1.operations);
    expect(x2.output!.files).toBeGreaterThan(x1.output!.files);
    const again = report.scaling.find((x) => x.times === 1 && x.tool === 'sdkgen')!;
    expect(again.error).toBeNull();
    expect(again.operations).toBe(x1.operations);
    expect(again.output!.files).toBe(x1.output!.files);
  });

  it('runs the regeneration scenario: check and generate with nothing changed write nothing, a spec change writes only what it changes', () => {
    const { error, schema, scenarios } = report.regeneration;
    expect(error).toBeUndefined();
    expect(schema.refs).toBeGreaterThan(1);
    expect(scenarios.check).toMatchObject({ written: 0, reused: scenarios.check.files });
    // Generate with nothing changed answers from the inputs key: every file verified, none written.
    expect(scenarios.unchanged).toMatchObject({
      written: 0,
      reused: scenarios.check.files,
      files: scenarios.check.files,
    });
    for (const changed of [scenarios.endpoint, scenarios.schema]) {
      expect(changed.written).toBeGreaterThan(0);
      expect(changed.reused).toBeGreaterThan(changed.written);
      expect(changed.reused + changed.written).toBeLessThanOrEqual(changed.files);
    }
  });

  it('measures requests against fetch, sequential and concurrent', () => {
    expect(report.requests.error).toBeUndefined();
    for (const mode of ['sequential', 'concurrent'] as const) {
      expect(report.requests[mode].rawPerSec).toBeGreaterThan(0);
      expect(report.requests[mode].sdkPerSec).toBeGreaterThan(0);
    }
  });

  it('prints the table and the targets', () => {
    expect(stdout).toContain('| spec | tool | wall s |');
    expect(stdout).toMatch(/\| petstore \(0\.\d\d MB, \d+ ops\) \| sdkgen \|/);
    expect(stdout).toContain('Targets:');
    const names = report.targets.map((t) => t.name);
    expect(names).toContain('sdkgen: petstore wall');
    expect(names).toContainEqual(
      expect.stringMatching(
        /^sdkgen: petstore one-call bundle \(Core \+ resource, client\.store\.inventory\.\w+\(\)\)$/,
      ),
    );
  });

  it("runs the move scenario: migrate exits 0 on a history of generations the bench built, the owners' module kept", async () => {
    const { moveScenario } = await bench('move.mjs');
    const dir = tempDir('bench-move-');
    const rows = (await (moveScenario as (o: object) => Promise<Array<{ error: string | null; runs: unknown[] }>>)({
      bin: path.join(ROOT, 'bin/sdkgen.js'),
      dir,
      generations: [4],
      runs: 1,
    })) as Array<{ error: string | null; runs: unknown[] }>;
    expect(rows).toMatchObject([{ generations: 4, error: null }]);
    expect(rows[0].runs).toHaveLength(1);
    const log = spawnSync('git', ['log', '--format=%an', 'main'], {
      cwd: path.join(dir, 'built-4/repo'),
      encoding: 'utf8',
    });
    const authors = log.stdout.trim().split('\n');
    // Four generations by Stainless's bot, the owners' edit after the fourth (the merges are the bench's).
    expect(authors.filter((a) => a === 'stainless-app[bot]')).toHaveLength(4);
    expect(authors.filter((a) => a === 'Alice Ng')).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'move-4/src/lib/helper-3.ts'), 'utf8')).toContain('helper3');
  });
});

describe('bench/lib', () => {
  it('scaleSpec: N renamed copies, every reference resolving inside its own copy', async () => {
    const { scaleSpec } = await bench('specs.mjs');
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': { get: { operationId: 'getA', responses: { 200: { $ref: '#/components/responses/Ok' } } } },
      },
      components: {
        schemas: {
          A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
          B: {
            oneOf: [{ $ref: '#/components/schemas/A' }],
            discriminator: { propertyName: 'k', mapping: { a: '#/components/schemas/A' } },
          },
        },
        responses: {
          Ok: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } },
        },
        securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'k' } },
      },
      security: [{ key: [] }],
    };
    const scaled = (scaleSpec as (d: unknown, n: number) => typeof doc)(doc, 3) as unknown as {
      paths: Record<string, { get: { operationId: string; responses: Record<string, { $ref: string }> } }>;
      components: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(scaled.paths)).toEqual(['/a', '/x2/a', '/x3/a']);
    expect(scaled.paths['/x3/a'].get.operationId).toBe('getA-x3');
    expect(scaled.paths['/x2/a'].get.responses[200].$ref).toBe('#/components/responses/OkX2');
    expect(Object.keys(scaled.components.schemas)).toEqual(['A', 'B', 'AX2', 'BX2', 'AX3', 'BX3']);
    expect(Object.keys(scaled.components.securitySchemes)).toEqual(['key']);
    expect(JSON.stringify(scaled.components.schemas.BX3)).toBe(
      JSON.stringify({
        oneOf: [{ $ref: '#/components/schemas/AX3' }],
        discriminator: { propertyName: 'k', mapping: { a: '#/components/schemas/AX3' } },
      }),
    );
    // The original is untouched.
    expect(doc.components.schemas.A.properties.b.$ref).toBe('#/components/schemas/B');
  });

  it('scaleSpec on Swagger 2.0 (the synthetic swagger2 spec): every reusable part renamed, $refs into paths too', async () => {
    const { scaleSpec, syntheticSwagger2 } = await bench('specs.mjs');
    const doc = (syntheticSwagger2 as (n: number) => Record<string, unknown>)(2);
    doc.parameters = { Page: { name: 'page', in: 'query', type: 'integer' } };
    doc.responses = { Missing: { description: 'missing', schema: { $ref: '#/definitions/M0' } } };
    const paths = doc.paths as Record<string, { post: { parameters: unknown[]; responses: Record<string, unknown> } }>;
    paths['/r1/{id}'].post.parameters.push({ $ref: '#/parameters/Page' });
    paths['/r1/{id}'].post.responses['404'] = { $ref: '#/responses/Missing' };
    const scaled = (scaleSpec as (d: unknown, n: number) => Record<string, Record<string, unknown>>)(doc, 2);
    expect(Object.keys(scaled.definitions)).toEqual(['M0', 'M1', 'M0X2', 'M1X2']);
    expect(Object.keys(scaled.parameters)).toEqual(['Page', 'PageX2']);
    expect(Object.keys(scaled.responses)).toEqual(['Missing', 'MissingX2']);
    expect(Object.keys(scaled.securityDefinitions)).toEqual(['key']);
    expect(Object.keys(scaled.paths)).toEqual([
      '/status',
      '/r0/{id}',
      '/r1/{id}',
      '/x2/status',
      '/x2/r0/{id}',
      '/x2/r1/{id}',
    ]);
    const refs: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref') refs.push(value as string);
          else collect(value);
        }
    };
    collect(scaled);
    const resolve = (ref: string) =>
      ref
        .slice(2)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((at, token) => (at as Record<string, unknown> | undefined)?.[token], scaled);
    expect(refs.filter((ref) => resolve(ref) === undefined)).toEqual([]);
    // Copy 2's references stay inside copy 2.
    const copy = JSON.stringify(scaled.paths['/x2/r1/{id}']) + JSON.stringify(scaled.definitions.M1X2);
    expect(copy).toContain('"#/paths/~1x2~1r1~1{id}/post/parameters/2/schema"');
    expect(copy).toContain('"#/parameters/PageX2"');
    expect(copy).toContain('"#/responses/MissingX2"');
    expect(copy).not.toMatch(/"#\/definitions\/M\d"/);
  });

  it('growthExponent: 1 for linear cost, 2 for quadratic', async () => {
    const { growthExponent } = await bench('measure.mjs');
    const f = growthExponent as (p: Array<[number, number]>) => number;
    expect(
      f([
        [1, 3],
        [2, 6],
        [4, 12],
      ]),
    ).toBeCloseTo(1, 5);
    expect(
      f([
        [1, 3],
        [2, 12],
        [4, 48],
      ]),
    ).toBeCloseTo(2, 5);
  });

  it('measure: exit code, and peak RSS of the child when the machine can tell', async () => {
    const { measure, rssMethod } = await bench('measure.mjs');
    const run = measure as (
      cmd: string,
      args: string[],
    ) => Promise<{ code: number; wallMs: number; rssMb: number | null }>;
    const ok = await run(process.execPath, ['-e', 'globalThis.keep = Buffer.alloc(64 * 1024 * 1024, 1)']);
    expect(ok.code).toBe(0);
    if ((rssMethod as () => string)() !== 'none') expect(ok.rssMb).toBeGreaterThan(64);
    const failed = await run(process.execPath, ['-e', 'process.exit(3)']);
    expect(failed.code).toBe(3);
  });
});
