/**
 * Every option on, on every spec we hold: validation (`validation: true`) and TanStack Query (`tanstackQuery: true`)
 * for our fixtures (test/fixtures), the fast subset of the shared corpus (the edge cases and the small public specs,
 * as test/corpus/corpus.test.ts picks them) and the real Stainless configs with their specs (../shared/stainless-configs
 * and ../shared/stainless-compat, the legacy call shape among them). Turning an option on must never break a build:
 * each SDK's src/ type-checks under tsc --strict, all of them in two programs (one per module syntax, as the corpus
 * test does in one), with the factories' `@tanstack/query-core` types from our node_modules and nothing else. And the
 * validators of the corpus's specs give Ajv's verdicts (test/helpers/validator-agreement.ts, as bench/validation.mjs).
 *
 * Generation is by the warm CLI (test/helpers/sdkgen-cli.ts). A spec that does not generate with the options on
 * fails the test unless it does not generate without them either (a broken spec: its error is the spec's).
 * It takes minutes, so `npm test` skips it: `npm run test:options` runs it (and CI, from .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, sharedPath, TSC, TSC_NODE_FLAGS } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';
import type { SpecAgreement } from './helpers/validator-agreement';

const CORPUS = sharedPath('corpus');
const enabled = process.env.SDKGEN_OPTIONS_SWEEP === '1';
const GENERATION_TIMEOUT_MS = 120_000;
const OPTIONS = 'validation: true\ntanstackQuery: true\n';

interface Input {
  /** `<set>/<name>`, for messages. */
  name: string;
  spec: string;
  /** The Stainless config, when the input has one. */
  stainless: string | null;
}

/** The corpus's fast subset, as test/corpus/corpus.test.ts selects it. */
function corpusInputs(set: 'public' | 'edge-cases'): Input[] {
  const manifest = path.join(CORPUS, set, 'manifest.json');
  if (!existsSync(manifest)) return [];
  const specs = (JSON.parse(readFileSync(manifest, 'utf8')) as { specs: Array<{ file: string; stratum: string }> })
    .specs;
  return specs
    .filter((s) => set !== 'public' || s.stratum === 'small')
    .map((s) => s.file)
    .sort()
    .map((file) => ({ name: `${set}/${file}`, spec: path.join(CORPUS, set, file), stainless: null }));
}

/** Every folder of `root` holding a Stainless config and an OpenAPI document. */
function stainlessInputs(root: string): Input[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => {
      const files = readdirSync(path.join(root, name));
      const config = files.find((f) => /^stainless\.ya?ml$/.test(f));
      const spec = files.find((f) => /^openapi\.(ya?ml|json)$/.test(f));
      return config && spec
        ? [
            {
              name: `${path.basename(root)}/${name}`,
              spec: path.join(root, name, spec),
              stainless: path.join(root, name, config),
            },
          ]
        : [];
    });
}

/** Our own edge cases: test/fixtures, a spec per feature (a folder's `openapi.yaml` for those split across files). */
function fixtureInputs(): Input[] {
  const root = path.join(ROOT, 'test/fixtures');
  return readdirSync(root, { withFileTypes: true })
    .map((d) => (d.isDirectory() ? path.join(d.name, 'openapi.yaml') : d.name))
    .filter((file) => /\.ya?ml$/.test(file) && existsSync(path.join(root, file)))
    .sort()
    .map((file) => ({ name: `fixtures/${file}`, spec: path.join(root, file), stainless: null }));
}

const inputs = enabled
  ? [
      ...fixtureInputs(),
      ...corpusInputs('edge-cases'),
      ...corpusInputs('public'),
      ...stainlessInputs(sharedPath('stainless-configs')),
      ...stainlessInputs(sharedPath('stainless-compat')),
    ]
  : [];

describe.skipIf(!enabled)('validation and TanStack Query on, every spec (npm run test:options)', () => {
  let outDir: string;
  let work: string;
  const folders: string[] = [];
  /** Inputs that generate without the options but not with them. */
  const broken: string[] = [];
  /** Inputs that generate with neither: their spec's own error. */
  const specErrors: string[] = [];

  beforeAll(() => {
    outDir = tempDir('options-sweep');
    // Outside the repository: tsc must not resolve packages from our node_modules but the one it is given.
    work = path.join(os.tmpdir(), `sdkgen-options-sweep-${path.basename(outDir)}`);
    inputs.forEach((input, index) => {
      const out = path.join(work, String(index).padStart(3, '0'));
      const configDir = path.join(work, 'configs', String(index));
      mkdirSync(configDir, { recursive: true });
      const config = (options: string) => {
        const file = path.join(configDir, options ? 'on.sdkgen.yaml' : 'off.sdkgen.yaml');
        const stainless = input.stainless ? `stainless: ${JSON.stringify(input.stainless)}\n` : '';
        writeFileSync(file, `${stainless}${options}`);
        return file;
      };
      const generate = (options: string, to: string) =>
        runSdkgen(['generate', input.spec, '-o', to, '--config', config(options), '--quiet', '--formatter', 'none'], {
          timeout: GENERATION_TIMEOUT_MS,
        });
      const on = generate(OPTIONS, out);
      if (on.code === 0 && existsSync(path.join(out, 'src/index.ts'))) {
        folders.push(out);
        return;
      }
      const off = generate('', `${out}-off`);
      const first = (text: string) => text.trim().split('\n')[0];
      if (off.code === 0) broken.push(`${input.name}: exit ${on.code ?? on.signal}: ${first(on.stderr)}`);
      else specErrors.push(`${input.name}: ${first(off.stderr)}`);
    });
  }, 1_800_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('every spec that generates without the options generates with them', () => {
    expect(broken).toEqual([]);
    // Sanity: the corpus and the configs were found, and most generate.
    expect(inputs.length).toBeGreaterThan(60);
    expect(folders.length).toBeGreaterThan(inputs.length * 0.8);
    if (specErrors.length > 0)
      console.log(`options sweep: ${specErrors.length} specs do not generate at all:\n${specErrors.join('\n')}`);
  });

  it("every SDK's src/ type-checks clean with both options on (tsc --strict, one program per module syntax)", () => {
    expect(folders.length).toBeGreaterThan(0);
    const label = new Map(inputs.map((input, index) => [path.join(work, String(index).padStart(3, '0')), input.name]));
    const errors: string[] = [];
    // Each SDK under its own module syntax: one made from a Stainless config imports types without `type`.
    const loose = (folder: string) =>
      JSON.parse(readFileSync(path.join(folder, 'tsconfig.json'), 'utf8')).compilerOptions?.verbatimModuleSyntax ===
      false;
    for (const verbatimModuleSyntax of [true, false]) {
      const group = folders.filter((folder) => loose(folder) !== verbatimModuleSyntax);
      if (group.length === 0) continue;
      const project = path.join(work, `tsconfig.options-${verbatimModuleSyntax}.json`);
      writeFileSync(
        project,
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            strict: true,
            noUncheckedIndexedAccess: true,
            noImplicitOverride: true,
            isolatedModules: true,
            skipLibCheck: true,
            noEmit: true,
            types: [],
            verbatimModuleSyntax,
            paths: { '@tanstack/query-core': [path.join(ROOT, 'node_modules/@tanstack/query-core')] },
          },
          include: group.map((folder) => path.join(folder, 'src/**/*.ts')),
        }),
      );
      const result = spawnSync(
        process.execPath,
        ['--max-old-space-size=4096', ...TSC_NODE_FLAGS, TSC, '-p', project, '--pretty', 'false'],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => /error TS\d+/.test(line));
      for (const line of lines) {
        const folder = group.find((f) => line.startsWith(`${f}/`));
        errors.push(folder ? `${label.get(folder)}: ${line.slice(folder.length + 1)}` : line);
      }
      if (lines.length === 0) expect(result.status, result.stdout).toBe(0);
    }
    expect(errors.slice(0, 60)).toEqual([]);
    // Sanity: the SDKs have their TanStack and validator modules.
    expect(folders.every((folder) => existsSync(path.join(folder, 'src/tanstack.ts')))).toBe(true);
    expect(folders.filter((folder) => existsSync(path.join(folder, 'src/schemas'))).length).toBeGreaterThan(
      folders.length / 2,
    );
    // Every corpus SDK under tsc: a quarter of an hour idle, over half an hour at a load of twenty.
  }, 3_600_000);
});

/**
 * Disagreements with Ajv allowed on the corpus's fast subset (ours, nothing forgiven, against Ajv 2020, as
 * bench/validation.mjs compares them): none today. Raise it only with a reason, for a deliberate difference.
 */
const AJV_DISAGREEMENTS_CEILING = 0;

describe.skipIf(!enabled)('validators against Ajv, every spec of the corpus fast subset (npm run test:options)', () => {
  const results: SpecAgreement[] = [];
  const failures: string[] = [];
  let disagreements: (result: SpecAgreement) => Array<{ schema: string; kind: string; at: string }> = () => [];

  beforeAll(async () => {
    // Loaded here: `npm test` skips this file, and need not load Ajv for it.
    const helpers = await import('./helpers/validator-agreement');
    const agreement = helpers.agreement;
    disagreements = helpers.disagreements;
    const dir = tempDir('options-sweep-ajv');
    for (const input of [...corpusInputs('edge-cases'), ...corpusInputs('public')]) {
      try {
        results.push(await agreement(input.spec, path.join(dir, input.name.replace(/[^\w.-]+/g, '_'))));
      } catch (error) {
        failures.push(`${input.name}: ${String(error).split('\n')[0]}`);
      }
    }
  }, 1_800_000);

  it('the same verdicts as Ajv', () => {
    expect(failures).toEqual([]);
    const verdicts = results.reduce((sum, r) => sum + r.verdicts.length, 0);
    const differing = results.flatMap((r) => disagreements(r).map((v) => `${r.spec} ${v.schema} ${v.kind} ${v.at}`));
    console.log(
      `options sweep: ${differing.length} disagreements with Ajv in ${verdicts} verdicts, ${results.length} specs\n` +
        differing.slice(0, 200).join('\n'),
    );
    expect(verdicts).toBeGreaterThan(1000);
    expect(differing.length).toBeLessThanOrEqual(AJV_DISAGREEMENTS_CEILING);
  });
});
