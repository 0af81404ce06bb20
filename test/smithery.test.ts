/**
 * The flagship: the committed generated/smithery is the snapshot of the Smithery spec. Regenerating in
 * memory must give it byte for byte (and a second time the same, with SDKGEN_SLOW_TESTS=full); it must compile under
 * --strict; every x-codeSamples call in the spec must type-check against it.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../generator/generate';
import { manifestInputs, manifestText, type Manifest } from '../generator/write/manifest';
import { ROOT } from './helpers/paths';
import { runTsc, STRICT_OPTIONS, tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = path.join(ROOT, 'specs/smithery.openapi.yml');
const CONFIG = path.join(ROOT, 'specs/smithery.sdkgen.yaml');
const OUT = path.join(ROOT, 'generated/smithery');

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

let result: GenerateResult;

beforeAll(async () => {
  result = await generate({ spec: SPEC, config: CONFIG });
});

type TscResult = { status: number | null; output: string };
let checked: { sdk: TscResult; files: string[]; samples: TscResult } | null = null;

/**
 * On first use: the committed SDK under its own tsconfig (through a tsconfig in a temporary folder that extends it, so
 * that nothing is written into generated/), and every JavaScript or TypeScript x-codeSamples call of the spec, each a
 * module importing the generated source in place of the package name: only the samples are checked in that program
 * (the SDK, checked in full by the first, is read for the types they use).
 */
function typeChecks(): { sdk: TscResult; files: string[]; samples: TscResult } {
  if (checked) return checked;
  const spec = yaml.load(readFileSync(SPEC, 'utf8')) as {
    paths: Record<string, Record<string, { 'x-codeSamples'?: Array<{ lang: string; source: string }> }>>;
  };
  const dir = tempDir('code-samples');
  const files: string[] = [];
  for (const [p, item] of Object.entries(spec.paths)) {
    for (const [verb, op] of Object.entries(item)) {
      for (const sample of op['x-codeSamples'] ?? []) {
        if (!/^(javascript|typescript)$/i.test(sample.lang)) continue;
        const name = `${verb}${p.replace(/[^A-Za-z0-9]+/g, '_')}.ts`;
        // The sample imports the published package name; point it at the generated source.
        const source = sample.source.replace(/from '@smithery\/api'/g, `from '${path.join(OUT, 'src/index.js')}'`);
        writeFileSync(path.join(dir, name), `${source}\n\nexport {};\n`);
        files.push(name);
      }
    }
  }
  const samples = path.join(dir, 'tsconfig.json');
  writeFileSync(
    samples,
    JSON.stringify({
      compilerOptions: {
        ...STRICT_OPTIONS,
        types: ['node'],
        typeRoots: [path.join(ROOT, 'node_modules/@types')],
        allowSyntheticDefaultImports: true,
        esModuleInterop: true,
        verbatimModuleSyntax: false,
      },
      files,
    }),
  );
  const sdk = path.join(tempDir('smithery-tsc'), 'tsconfig.json');
  writeFileSync(sdk, JSON.stringify({ extends: path.join(OUT, 'tsconfig.json') }));
  checked = {
    sdk: runTsc(sdk),
    files,
    samples: runTsc(samples, { only: files.map((file) => path.join(dir, file)) }),
  };
  return checked;
}

describe('generated/smithery', () => {
  it('is up to date: regenerating gives the committed files byte for byte', () => {
    const committed = listFiles(OUT).filter((f) => f !== '.sdkgen/manifest.json' && !f.startsWith('tests/'));
    const expected = result.files.map((f) => f.path).filter((f) => !f.startsWith('tests/'));
    expect(committed).toEqual(expected);
    for (const file of result.files) {
      expect(readFileSync(path.join(OUT, file.path), 'utf8'), file.path).toBe(file.contents);
    }
    // The inputs key and the units' keys aside (their ids compared): they change with sdkgen's code, whatever the
    // output (write/inputs-key.ts, typescript/plan-units.ts).
    const withoutCodeKeys = ({ inputsKey: _key, sources: _sources, units, ...rest }: Manifest) => ({
      ...rest,
      unitIds: Object.keys(units ?? {}),
    });
    const written = JSON.parse(readFileSync(path.join(OUT, '.sdkgen/manifest.json'), 'utf8')) as Manifest;
    const fresh = JSON.parse(
      manifestText(result.files, manifestInputs(OUT, { spec: SPEC, config: CONFIG }), undefined, result.formatKey),
    ) as Manifest;
    expect(withoutCodeKeys(written)).toEqual(withoutCodeKeys(fresh));
  });

  // A second generation in the same process (nothing one run leaves behind changes the next), with
  // SDKGEN_SLOW_TESTS=full (CI's); in `npm test`, the check above compares this process's run with the one that wrote
  // the committed files.
  it.runIf(SLOW_FULL)('is deterministic: a second run gives identical output', async () => {
    const again = await generate({ spec: SPEC, config: CONFIG });
    expect(again.files).toEqual(result.files);
  });

  it('has the call shapes the spec documents and no warnings', () => {
    expect(result.diagnostics.list).toEqual([]);
    const servers = result.api.resources.find((r) => r.property === 'servers')!;
    const releases = servers.subresources.find((r) => r.property === 'releases')!;
    const get = releases.methods.find((m) => m.name === 'get')!;
    expect(get.positional.map((p) => p.wireName)).toEqual(['id']);
    expect(get.params?.fields.map((f) => [f.key, f.in, f.required])).toEqual([['qualifiedName', 'path', true]]);
    expect(get.params?.typeName).toBe('ReleaseGetParams');
    expect(result.api.clientName).toBe('Smithery');
    expect(result.api.packageName).toBe('@smithery/api');
    expect(result.api.auth).toMatchObject([
      { kind: 'bearer', option: 'apiKey', envVar: 'SMITHERY_API_KEY', required: true },
    ]);
  });

  it('compiles with tsc --strict', () => {
    const { status, output } = typeChecks().sdk;
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('type-checks every x-codeSamples call in the spec against the generated package', () => {
    const { files, samples } = typeChecks();
    expect(files).toHaveLength(38);
    expect(samples.output).toBe('');
    expect(samples.status).toBe(0);
  });
});
