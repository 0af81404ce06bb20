/**
 * The multipart methods of the TypeScript SDKs of corpus specs made without a Stainless config (OpenAPI's default
 * parts, `toFormData`'s `nested: 'json'`) against Prism mocking each spec: object parts the spec styles (`deepObject`,
 * `form`, `spaceDelimited`, `pipeDelimited`: oas30-parameters-style, an OpenAPI 3.0 spec, so the styles are ignored
 * and the parts sent OpenAPI's default way: 3.0.3's Encoding Object), files and arrays of files (oas30-file-uploads,
 * mist). The Python SDKs' run: test/python/multipart-corpus-prism-r28.test.ts.
 * Each SDK's generated tests of the resources that have a multipart method run (the others are removed first); every
 * one passes but the cases Prism fails however the parts are written (PRISM_FAILS, PRISM_HANGS). mist with
 * SDKGEN_SLOW_TESTS=full (`npm run test:slow`). An error when the corpus is not beside the
 * checkout (../shared/corpus; test/helpers/paths.ts, sharedPath).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { generatedTestFiles, runGeneratedTests } from './helpers/generated-tests';
import { sharedPath } from './helpers/paths';
import { startPrismInProcess, type MockServer } from './helpers/prism-in-process';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const CORPUS = sharedPath('corpus');
/** The specs; mist (a large spec: a minute of Prism and tests) with SDKGEN_SLOW_TESTS=full alone. */
const ALL_SPECS = [
  'edge-cases/readme-oas-examples__oas30-parameters-style__1.0.0.json',
  'edge-cases/readme-oas-examples__oas30-file-uploads__1.0.0.json',
  'public/mist.com__Mist-API__0.37.7.json',
];
const SPECS = ALL_SPECS.filter((spec) => SLOW_FULL || spec.startsWith('edge-cases/'));
const available = ALL_SPECS.every((spec) => existsSync(path.join(CORPUS, spec)));

/**
 * The tests of a multipart method, `resource <path> > <method>: …` (each standalone function whose body is multipart
 * names its method: "The standalone function of `client.<path>.<method>`"), and the test files holding them; every
 * other test file is removed.
 */
function keepMultipartTests(dir: string): { prefixes: string[]; files: string[] } {
  const funcs = path.join(dir, 'src/funcs');
  const prefixes: string[] = [];
  for (const file of readdirSync(funcs)) {
    const text = readFileSync(path.join(funcs, file), 'utf8');
    if (!text.includes("bodyEncoding: 'multipart'")) continue;
    const named = /The standalone function of\s+\*?\s*`client\.([\w.]+)\.(\w+)`/.exec(text);
    if (named) prefixes.push(`resource ${named[1]} > ${named[2]}: `);
  }
  const files: string[] = [];
  for (const file of generatedTestFiles(dir)) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const describes = [...text.matchAll(/describe\('(resource [\w.]+)'/g)].map((m) => m[1]!);
    if (prefixes.some((prefix) => describes.some((d) => prefix.startsWith(`${d} > `)))) files.push(file);
    else rmSync(path.join(dir, file));
  }
  return { prefixes, files };
}

/**
 * The multipart tests Prism fails however the parts are written, by spec: test name → why. Prism reads a multipart
 * body as one string per part name (a repeated part's last value) and deserializes a part only where its `encoding`
 * gives a style: a part without one (an array, an object: OpenAPI's repeated parts and JSON parts) is checked as
 * that string, never valid. Stainless's bracketed keys (`array[]`, `object[foo]`) pass only because Prism then sees
 * no such property at all.
 */
const PRISM_FAILS: Record<string, Record<string, string>> = {
  'edge-cases/readme-oas-examples__oas30-parameters-style__1.0.0.json': {
    'resource anything.formData > create: required and optional params':
      'no encoding: the array and the object parts are read as strings (`must be array`, `must be object`)',
  },
  'edge-cases/readme-oas-examples__oas30-file-uploads__1.0.0.json': {
    'resource anything.multipartFormdata > update: required and optional params':
      'an array of files is repeated parts, read as one string (`filename must be array`)',
  },
  'public/mist.com__Mist-API__0.37.7.json': {
    ...Object.fromEntries(
      [
        'api.v1.installer.orgs.devices > create',
        'api.v1.orgs.wlans.portalImage > create',
        'api.v1.sites.devices > create',
        'api.v1.sites.maps.image > create',
        'api.v1.sites.wlans > portalImage',
      ].flatMap((method) =>
        ['only required params', 'required and optional params'].map((which) => [
          `resource ${method}: ${which}`,
          "the spec's `image_upload` requires a property `file {}` it does not declare: no body is valid (400)",
        ]),
      ),
    ),
    ...Object.fromEntries(
      [
        'api.v1.installer.orgs.sites.maps.import > create',
        'api.v1.orgs.maps.import > create',
        'api.v1.sites.maps > replace',
        'api.v1.sites.maps.import > create',
      ].map((method) => [
        `resource ${method}: required and optional params`,
        "the object part `json` (a JSON part, OpenAPI's default) is read as a string (`json must be object`, 400)",
      ]),
    ),
  },
};

/**
 * Test files Prism cannot answer at all (it throws and never responds, the request hangs): removed before the run.
 * oas30-parameters-style's delimited bodies style an object property `spaceDelimited`/`pipeDelimited`, which Prism's
 * deserializer refuses for every request (`delimited style is only applicable to array parameter`).
 */
const PRISM_HANGS: Record<string, string[]> = {
  'edge-cases/readme-oas-examples__oas30-parameters-style__1.0.0.json': [
    'tests/api-resources/anything/form-data/space-delimited.test.ts',
    'tests/api-resources/anything/form-data/pipe-delimited.test.ts',
  ],
};

describe.skipIf(!available)('multipart bodies of corpus SDKs against Prism (TypeScript, no Stainless config)', () => {
  let prism: MockServer | null = null;
  afterAll(async () => {
    await prism?.stop();
  });

  it.each(SPECS)(
    '%s',
    async (name) => {
      const spec = path.join(CORPUS, name);
      const dir = tempDir('multipart-corpus-prism');
      writeFiles(dir, (await generate({ spec })).files);
      const { prefixes, files } = keepMultipartTests(dir);
      expect(files.length).toBeGreaterThan(0);
      for (const file of PRISM_HANGS[name] ?? []) {
        expect(files).toContain(file);
        rmSync(path.join(dir, file));
      }
      prism = await startPrismInProcess(spec);
      // (A large SDK's multipart tests take minutes on a loaded machine: stopped only well inside the test's 300 s.)
      const run = await runGeneratedTests(dir, prism.url, 240_000);
      await prism.stop();
      prism = null;
      const multipart = (test: string) => prefixes.some((prefix) => test.startsWith(prefix));
      const failed = run.failed.filter((f) => multipart(f.name));
      expect(failed.map((f) => f.name).sort(), run.text).toEqual(Object.keys(PRISM_FAILS[name] ?? {}).sort());
      expect(run.passed.filter(multipart).length).toBeGreaterThan(0);
    },
    300_000,
  );
});
