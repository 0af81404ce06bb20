/**
 * Code samples of a spec (every TypeScript/JavaScript source `codeSampleSources` reads) type-checked against the SDK
 * generated from it: each sample a module of its own, its package imports pointed at the generated src/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { GenerateResult } from '../../generator/generate';
import { codeSampleSources } from '../../generator/normalize/code-samples';
import { ROOT } from './paths';
import { runTsc, STRICT_OPTIONS, writeFiles } from './sdk';

export interface Sample {
  /** "GET /domains" (and "#2" for a second sample of one operation). */
  operation: string;
  file: string;
  source: string;
}

export function samplesOf(specFile: string): Sample[] {
  const text = readFileSync(specFile, 'utf8');
  const doc = (specFile.endsWith('.json') ? JSON.parse(text) : yaml.load(text)) as {
    paths?: Record<string, Record<string, unknown>>;
  };
  const out: Sample[] = [];
  for (const [p, item] of Object.entries(doc.paths ?? {})) {
    for (const [verb, op] of Object.entries(item ?? {})) {
      if (!op || typeof op !== 'object' || !/^(get|put|post|delete|options|head|patch)$/.test(verb)) continue;
      codeSampleSources(op as Record<string, unknown>).forEach((source, i) => {
        const operation = `${verb.toUpperCase()} ${p}${i > 0 ? ` #${i + 1}` : ''}`;
        out.push({
          operation,
          file: `sample-${String(out.length).padStart(3, '0')}-${verb}${p.replace(/[^A-Za-z0-9]+/g, '_')}.ts`,
          source,
        });
      });
    }
  }
  return out;
}

const IMPORT = /(from\s+|import\s*\(\s*|require\s*\(\s*)(['"])([^'"]+)\2/g;

/** npm package name of a bare import specifier ("@acme/sdk/resources/x" → "@acme/sdk"); null for relative and node: ones. */
function packageOf(specifier: string): string | null {
  if (/^(\.|\/|node:)/.test(specifier)) return null;
  return specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
}

/** The packages a sample imports. */
export function importedPackages(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => packageOf(m[3])).filter((p): p is string => p !== null);
}

/** Imports of the sample's package (and its subpaths) point at the generated sources. */
export function pointAtSources(source: string, src: string): string {
  return source.replace(IMPORT, (whole, lead: string, quote: string, specifier: string) => {
    const pkg = packageOf(specifier);
    if (pkg === null) return whole;
    const subpath = specifier.slice(pkg.length + 1);
    return `${lead}${quote}${subpath ? `${path.join(src, subpath)}.js` : path.join(src, 'index.js')}${quote}`;
  });
}

/** Writes the SDK's src/ and every sample of `spec` under `dir`, type-checks them; the tsc errors of each sample file. */
export function typeCheckSamples(
  spec: string,
  result: GenerateResult,
  dir: string,
): { samples: Sample[]; errors: Map<string, string[]> } {
  writeFiles(
    path.join(dir, 'sdk'),
    result.files.filter((f) => f.path.startsWith('src/')),
  );
  const samples = samplesOf(spec);
  for (const sample of samples) {
    writeFileSync(
      path.join(dir, sample.file),
      `${pointAtSources(sample.source, path.join(dir, 'sdk/src'))}\n\nexport {};\n`,
    );
  }
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...STRICT_OPTIONS,
        types: ['node'],
        typeRoots: [path.join(ROOT, 'node_modules/@types')],
        verbatimModuleSyntax: false,
      },
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
  return { samples, errors };
}
