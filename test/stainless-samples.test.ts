/**
 * Specs that document a Stainless SDK (../shared/stainless-compat/samples/*): generated from the spec alone (no
 * config), every TypeScript/JavaScript code sample they carry must type-check against our SDK under tsc --strict,
 * each sample a module of its own, its package import pointed at the generated src/. A sample may fail only when it
 * is listed below by operation, with the reason.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { codeSampleSources } from '../generator/ir/code-samples';
import { ROOT, SHARED } from './helpers/paths';
import { runTsc, STRICT_OPTIONS, tempDir, writeFiles } from './helpers/sdk';

const SAMPLES = path.join(SHARED, 'stainless-compat', 'samples');

/** Samples that cannot compile against any SDK true to the spec: spec file → "VERB /path" → why. */
const KNOWN_EXCEPTIONS: Record<string, Record<string, string>> = {
  'nuntly.openapi.yml': {
    'POST /inboxes/{inboxId}/messages': 'the sample passes `to` a string; the schema says `type: array` of strings',
    'POST /messages/{messageId}/forward': 'the sample passes `to` a string; the schema says `type: array` of strings',
  },
};

interface Sample {
  /** "GET /domains" (and "#2" for a second sample of one operation). */
  operation: string;
  file: string;
  source: string;
}

function samplesOf(specFile: string): Sample[] {
  const text = readFileSync(specFile, 'utf8');
  const doc = (specFile.endsWith('.json') ? JSON.parse(text) : yaml.load(text)) as { paths?: Record<string, Record<string, unknown>> };
  const out: Sample[] = [];
  for (const [p, item] of Object.entries(doc.paths ?? {})) {
    for (const [verb, op] of Object.entries(item ?? {})) {
      if (!op || typeof op !== 'object' || !/^(get|put|post|delete|options|head|patch)$/.test(verb)) continue;
      codeSampleSources(op as Record<string, unknown>).forEach((source, i) => {
        const operation = `${verb.toUpperCase()} ${p}${i > 0 ? ` #${i + 1}` : ''}`;
        out.push({ operation, file: `sample-${String(out.length).padStart(3, '0')}-${verb}${p.replace(/[^A-Za-z0-9]+/g, '_')}.ts`, source });
      });
    }
  }
  return out;
}

const IMPORT = /(from\s+|import\s*\(\s*|require\s*\(\s*)(['"])([^'"]+)\2/g;

/** npm package name of a bare import specifier ("@acme/sdk/resources/x" → "@acme/sdk"); null for relative and node: ones. */
function packageOf(specifier: string): string | null {
  if (/^(\.|\/|node:)/.test(specifier)) return null;
  return specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

/** The packages a sample imports. */
function importedPackages(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => packageOf(m[3])).filter((p): p is string => p !== null);
}

/** Imports of the sample's package (and its subpaths) point at the generated sources. */
function pointAtSources(source: string, src: string): string {
  return source.replace(IMPORT, (whole, lead: string, quote: string, specifier: string) => {
    const pkg = packageOf(specifier);
    if (pkg === null) return whole;
    const subpath = specifier.slice(pkg.length + 1);
    return `${lead}${quote}${subpath ? `${path.join(src, subpath)}.js` : path.join(src, 'index.js')}${quote}`;
  });
}

const specs = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((f) => /\.(ya?ml|json)$/.test(f)).sort() : [];

describe.skipIf(specs.length === 0)('Stainless-documented specs: every code sample compiles (no config)', () => {
  for (const name of specs) {
    it(name, async () => {
      const spec = path.join(SAMPLES, name);
      const result = await generate({ spec, format: false });
      const dir = tempDir(`samples-${name.replace(/\W+/g, '-')}`);
      writeFiles(path.join(dir, 'sdk'), result.files.filter((f) => f.path.startsWith('src/')));
      const samples = samplesOf(spec);
      expect(samples.length).toBeGreaterThan(0);
      for (const sample of samples) {
        writeFileSync(path.join(dir, sample.file), `${pointAtSources(sample.source, path.join(dir, 'sdk/src'))}\n\nexport {};\n`);
      }
      writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { ...STRICT_OPTIONS, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')], verbatimModuleSyntax: false },
          files: samples.map((s) => s.file),
        }),
      );
      const { output } = runTsc(path.join(dir, 'tsconfig.json'));
      const errors = new Map<string, string[]>();
      for (const line of output.split('\n')) {
        const file = /(?:^|\/)(sample-[^(/]+\.ts)\(/.exec(line)?.[1];
        if (file) errors.set(file, [...(errors.get(file) ?? []), line]);
        else if (line.trim() !== '') errors.set('(other)', [...(errors.get('(other)') ?? []), line]);
      }
      const failing = samples.filter((s) => errors.has(s.file));
      const known = KNOWN_EXCEPTIONS[name] ?? {};
      console.log(`${name}: ${samples.length - failing.length}/${samples.length} samples compile` + (failing.length > 0 ? `; failing: ${failing.map((s) => s.operation).join(', ')}` : ''));
      expect(errors.get('(other)') ?? [], 'tsc errors outside the samples').toEqual([]);
      const unexpected = failing.filter((s) => !(s.operation in known)).map((s) => `${s.operation}:\n${errors.get(s.file)!.join('\n')}`);
      expect(unexpected, 'samples that should compile').toEqual([]);
      // The package the samples import is the package generated.
      expect([...new Set(samples.flatMap((s) => importedPackages(s.source)))]).toEqual([result.api.packageName]);
      // A listed exception that compiles now is stale: the list stays true.
      expect(Object.keys(known).filter((op) => !failing.some((s) => s.operation === op))).toEqual([]);
    });
  }
});

if (specs.length === 0) {
  describe('Stainless-documented specs', () => {
    it.skip(`skipped: ${SAMPLES} is absent or holds no spec`, () => {});
  });
}
