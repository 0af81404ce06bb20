/**
 * The multipart methods of the Python SDKs of corpus specs made without a Stainless config (OpenAPI's defaults,
 * `MULTIPART_FORM` "json", as the TypeScript SDKs of test/multipart-corpus-prism.test.ts send them) against Prism
 * mocking each spec: the generated test modules of the resources that have a multipart method run, and every case
 * passes but those Prism fails however the parts are written (PRISM_FAILS). oas30-parameters-style is OpenAPI 3.0:
 * its parts' `style`s are ignored (3.0.3's Encoding Object gives them to form-urlencoded bodies alone), so its styled
 * bodies are sent OpenAPI's default way. With SDKGEN_PYTHON_TESTS=full; an error when the corpus is not beside
 * the checkout (../shared/corpus; test/helpers/paths.ts, sharedPath).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../helpers/paths';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, listFiles, PYTHON_FULL, runTestsAgainstPrism } from '../helpers/python';
import { tempDir, writeFiles } from '../helpers/sdk';

const CORPUS = sharedPath('corpus');
const SPECS = [
  'edge-cases/readme-oas-examples__oas30-parameters-style__1.0.0.json',
  'edge-cases/readme-oas-examples__oas30-file-uploads__1.0.0.json',
  'edge-cases/readme-oas-examples__oas30-schema-circular__1.0.0.json',
];
const available = SPECS.every((spec) => existsSync(path.join(CORPUS, spec)));
if (!PYTHON_FULL) console.log(`multipart-corpus-prism-r28: ${FULL_ONLY_NOTICE}`);

/**
 * The cases Prism fails however the parts are written, by spec: a part of the case id → why. Prism reads a multipart
 * body as one string per part name (a repeated part's last value) and deserializes a part only where its `encoding`
 * gives a style; and it applies its reserved-character check (`,`, `[`, `]`… refused unless `allowReserved`) to
 * every part its `encoding` names, whatever the media type, so a JSON part of an array or of an object of two
 * properties is refused (422).
 */
const IGNORED_STYLE_JSON =
  "OpenAPI 3.0 ignores a multipart part's `style` (3.0.3's Encoding Object), so the object `object` is OpenAPI's " +
  'default part, its JSON text (`{"foo":…,"bar":…}`); Prism checks it for reserved characters anyway: 422';
const PRISM_FAILS: Record<string, Record<string, string>> = {
  'edge-cases/readme-oas-examples__oas30-parameters-style__1.0.0.json': {
    'test_deep_object.py::TestDeepObject::test_method_create_with_all_params': IGNORED_STYLE_JSON,
    'test_deep_object.py::TestAsyncDeepObject::test_method_create_with_all_params': IGNORED_STYLE_JSON,
    'test_form.py::TestForm::test_method_create_with_all_params': IGNORED_STYLE_JSON,
    'test_form.py::TestAsyncForm::test_method_create_with_all_params': IGNORED_STYLE_JSON,
    // (`update` sends `object` with `style: form, explode: true`: ignored in 3.0 too, so one JSON part as well.)
    'test_form.py::TestForm::test_method_update_with_all_params': IGNORED_STYLE_JSON,
    'test_form.py::TestAsyncForm::test_method_update_with_all_params': IGNORED_STYLE_JSON,
  },
  'edge-cases/readme-oas-examples__oas30-file-uploads__1.0.0.json': Object.fromEntries(
    ['TestMultipartFormdata', 'TestAsyncMultipartFormdata'].map((suite) => [
      `test_multipart_formdata.py::${suite}::test_method_update_with_all_params`,
      'an array of files is repeated parts, which Prism reads as one string (`filename must be array`), as for TypeScript',
    ]),
  ),
};

/**
 * Test modules Prism cannot answer (it throws and exits): the delimited bodies style an object property
 * `spaceDelimited`/`pipeDelimited`, which Prism's deserializer refuses for every request.
 */
const PRISM_DESELECTED: Record<string, string[]> = {
  'edge-cases/readme-oas-examples__oas30-parameters-style__1.0.0.json': [
    'tests/api_resources/anything/form_data/test_pipe_delimited.py',
    'tests/api_resources/anything/form_data/test_space_delimited.py',
  ],
};

/** The generated test modules of the SDK's resource modules that send a multipart body. */
function multipartTestModules(sdk: string): string[] {
  const src = path.join(sdk, 'src');
  const modules = listFiles(src, /\.py$/).filter(
    (file) =>
      file.includes(`${path.sep}resources${path.sep}`) &&
      readFileSync(path.join(src, file), 'utf8').includes('multipart/form-data'),
  );
  return modules
    .map((file) => {
      const inResources = file.split(`${path.sep}resources${path.sep}`)[1]!;
      const parts = inResources.replace(/\.py$/, '').split(path.sep);
      // A package's own module (`resources/anything/__init__.py`, `anything.py`) is the resource itself.
      const last = parts.pop()!;
      const name = last === '__init__' ? parts.pop()! : last;
      return path.join('tests', 'api_resources', ...parts, `test_${name}.py`);
    })
    .filter((test) => existsSync(path.join(sdk, test)))
    .sort();
}

describe.skipIf(!available || !PYTHON_FULL)(
  'multipart bodies of corpus SDKs against Prism (Python, no Stainless config)',
  () => {
    const dirs: string[] = [];
    afterAll(() => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });

    it.each(SPECS)(
      '%s',
      async (name) => {
        const spec = path.join(CORPUS, name);
        const dir = tempDir('multipart-corpus-prism-py');
        dirs.push(dir);
        const sdk = path.join(dir, 'sdk');
        writeFiles(sdk, (await generate({ spec, target: 'python' })).files);
        const tests = multipartTestModules(sdk);
        expect(tests.length).toBeGreaterThan(0);
        const deselected = PRISM_DESELECTED[name] ?? [];
        for (const module of deselected) expect(tests).toContain(module);
        const { cases, prismExited } = await runTestsAgainstPrism({
          spec,
          sdk,
          tests: tests.filter((test) => !deselected.includes(test)),
        });
        expect(prismExited).toBeNull();
        const known = Object.keys(PRISM_FAILS[name] ?? {});
        const failed = cases.filter((c) => c.outcome === 'failed');
        const unknown = failed.filter((c) => !known.some((k) => c.id.includes(k)));
        expect(unknown.map((c) => `${c.id}: ${c.message.split('\n')[0]}`)).toEqual([]);
        // A listed case that passes is no longer a known failure: the list only shrinks.
        for (const k of known)
          expect(
            failed.some((c) => c.id.includes(k)),
            `${k} passes now`,
          ).toBe(true);
        expect(cases.filter((c) => c.outcome === 'passed').length).toBeGreaterThan(0);
      },
      600_000,
    );
  },
);
