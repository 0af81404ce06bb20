/**
 * Every form of every key: each real Stainless config (../shared/stainless-configs and ../shared/stainless-compat)
 * with one value at a time replaced by a value of another form (null, a string, a number, a list, a mapping) is
 * read, planned and generated from without a crash: what sdkgen cannot use is a warning, and only a spec that is
 * itself broken stops generation (with its file and pointer). The real configs give the key paths; the forms are
 * the ones a hand-written config gets wrong.
 *
 * `npm test` reads each key pattern in the first config that has it, in one form (the forms taken in turn), and
 * generates from one mutation per small config (one SDK type-checked); SDKGEN_SLOW_TESTS=full, which CI runs, reads
 * every pattern of every config in every form and generates from four per config (three SDKs type-checked).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { Diagnostics, SpecError, UsageError } from '../generator/diagnostics';
import { generate } from '../generator/generate';
import { parseStainlessConfig } from '../generator/stainless/config';
import { planStainless } from '../generator/stainless/plan';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL, SLOW_ONLY_NOTICE } from './helpers/slow-tests';
import { sharedPath } from './helpers/paths';

const shared = sharedPath();

/** Values of the forms a key can wrongly take. */
const FORMS: unknown[] = [null, 'x', 1, [], {}, ['x'], { x: 1 }];

/**
 * Mutations generated from per config with a spec (SDKGEN_FORM_SAMPLES raises it for a longer search): four with
 * SDKGEN_SLOW_TESTS=full, one in `npm test`.
 */
const SAMPLES = Number(process.env.SDKGEN_FORM_SAMPLES ?? (SLOW_FULL ? 4 : 1));

/**
 * How many of the SDKs generated from mutated configs are type-checked (tsc --strict over src/): three with
 * SDKGEN_SLOW_TESTS=full, one in `npm test`.
 */
const TYPE_CHECKED = SLOW_FULL ? 3 : 1;

/**
 * Specs up to this size take part in the generation round (the large ones add time, not forms): up to 400 kB with
 * SDKGEN_SLOW_TESTS=full, up to 50 kB in `npm test` (eight specs: a sixth of the bytes of the seventeen up to 150 kB,
 * the earlier default).
 */
const SMALL_SPEC = SLOW_FULL ? 400_000 : 50_000;

interface Project {
  name: string;
  config: string;
  text: string;
  raw: unknown;
  spec: string | null;
}

function projects(): Project[] {
  const found: Project[] = [];
  for (const root of ['stainless-configs', 'stainless-compat']) {
    const dir = path.join(shared, root);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const files = readdirSync(path.join(dir, entry.name));
      const config = files.find((f) => /^stainless\.ya?ml$/.test(f));
      if (!config) continue;
      const spec = files.find((f) => /^openapi\.(ya?ml|json)$/.test(f));
      const text = readFileSync(path.join(dir, entry.name, config), 'utf8');
      found.push({
        name: `${root}/${entry.name}`,
        config: path.join(dir, entry.name, config),
        text,
        raw: deepFreeze(YAML.parse(text) as unknown),
        spec: spec ? path.join(dir, entry.name, spec) : null,
      });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

type KeyPath = Array<string | number>;

/** Every key path of a parsed config, parents before children. */
function keyPaths(value: unknown, at: KeyPath = []): KeyPath[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...at, i], ...keyPaths(item, [...at, i])]);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [[...at, key], ...keyPaths(item, [...at, key])]);
}

/** Keys whose children are names the owners chose (resources, methods, models, options…): one stands for all. */
const NAMED_CHILDREN = new Set([
  'resources',
  'subresources',
  'methods',
  'models',
  'opts',
  'environments',
  'custom_casings',
  'example_requests',
  'security_schemes',
]);

/**
 * The first key path of each pattern (`resources.*.methods.*.endpoint`, list items as `[]`), but for the patterns
 * already in `seen` (which it adds to: pass one set to several configs to take each pattern once among them).
 */
function onePerPattern(paths: KeyPath[], seen = new Set<string>()): KeyPath[] {
  return paths.filter((at) => {
    const pattern = at
      .map((key, i) => (typeof key === 'number' ? '[]' : i > 0 && NAMED_CHILDREN.has(String(at[i - 1])) ? '*' : key))
      .join('.');
    if (seen.has(pattern)) return false;
    seen.add(pattern);
    return true;
  });
}

type Node = Record<string | number, unknown>;

/** A shallow copy of a mapping or a list. */
const shallow = (node: unknown): Node =>
  (Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Node) }) as Node;

/**
 * `raw` with the value at `at` replaced by `form`: the mappings and lists on the way to it are copies, the rest is
 * `raw`'s own (a deep copy of the whole config per case was a fifth of the first test's CPU). `raw` is frozen
 * (deepFreeze), so a reader that changed what it was given would throw, not pass it on to the next case.
 */
function withForm(raw: unknown, at: KeyPath, form: unknown): unknown {
  const copy = shallow(raw);
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] = shallow(node[key]);
  node[at[at.length - 1]!] = structuredClone(form);
  return copy;
}

/** `value`, every mapping and list in it frozen. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** A small deterministic generator, so a failure names a case that comes back on the next run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const all = projects();

describe.skipIf(all.length === 0)('Stainless configs with a key in another form', () => {
  it('are read and planned: anything sdkgen cannot use is a warning, never a crash', () => {
    let cases = 0;
    const crashes: string[] = [];
    // In `npm test`, a pattern is read in the first config that has it, in one form, the next pattern in the next
    // form: every pattern of the set once, every form about as often.
    const seen = SLOW_FULL ? undefined : new Set<string>();
    if (!SLOW_FULL) console.log(`stainless-config-forms: each key pattern in one config and form; ${SLOW_ONLY_NOTICE}`);
    let turn = 0;
    for (const project of all) {
      for (const at of onePerPattern(keyPaths(project.raw), seen)) {
        for (const form of SLOW_FULL ? FORMS : [FORMS[turn++ % FORMS.length]]) {
          cases++;
          try {
            const config = parseStainlessConfig(
              withForm(project.raw, at, form),
              project.config,
              project.text,
              new Diagnostics(),
            );
            planStainless(config);
          } catch (error) {
            if (!(error instanceof UsageError))
              crashes.push(`${project.name}: ${at.join('.')} = ${JSON.stringify(form)}: ${String(error)}`);
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(SLOW_FULL ? 2_000 : 250);
    expect(crashes).toEqual([]);
    // Thousands of configs planned: minutes on a loaded 2-core machine.
  }, 600_000);

  it(
    'generate an SDK that compiles, or stop on the spec with its pointer (a seeded sample of the mutations)',
    async () => {
      const dir = tempDir('stainless-config-forms');
      const generating = all.filter((p) => p.spec !== null && statSync(p.spec).size <= SMALL_SPEC);
      expect(generating.length).toBeGreaterThan(5);
      const random = seeded(20261126);
      const crashes: string[] = [];
      let generated = 0;
      for (const project of generating) {
        const paths = onePerPattern(keyPaths(project.raw));
        for (let i = 0; i < SAMPLES; i++) {
          const at = paths[Math.floor(random() * paths.length)]!;
          const form = FORMS[Math.floor(random() * FORMS.length)];
          const config = path.join(dir, `${project.name.replace(/\W/g, '_')}-${i}.yml`);
          writeFileSync(config, YAML.stringify(withForm(project.raw, at, form)));
          try {
            const { files } = await generate({
              spec: project.spec!,
              config,
              format: false,
              funcs: false,
              referenceDocs: false,
            });
            // The first few are type-checked too: a config in another form must not give code that does not compile.
            if (generated < TYPE_CHECKED) {
              const sdk = path.join(dir, `sdk-${generated}`);
              writeFiles(sdk, files);
              const { output } = typeCheckStrict(sdk, ['src/**/*.ts']);
              if (output !== '') crashes.push(`${project.name}: ${at.join('.')} = ${JSON.stringify(form)}: ${output}`);
            }
            generated++;
          } catch (error) {
            if (error instanceof SpecError) expect(error.diagnostic.pointer).toMatch(/^#/);
            else if (!(error instanceof UsageError))
              crashes.push(`${project.name}: ${at.join('.')} = ${JSON.stringify(form)}: ${String(error)}`);
          }
        }
      }
      expect(crashes).toEqual([]);
      expect(generated).toBeGreaterThan(0);
    },
    Math.max(600_000, SAMPLES * 10_000),
  );
});
