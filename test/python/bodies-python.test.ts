/**
 * Python SDK requests that are not plain JSON (issue 91), from test/python/fixtures/bodies.yaml: a form-urlencoded
 * body, a binary body, a text body and response, a vendor JSON response, and a shared type named by a Python keyword
 * (`Import`). The SDK always generates (Ruff refused `from .import import Import`); with SDKGEN_PYTHON_TESTS=full
 * its own generated tests run against Prism mocking the fixture, which answers 415 to a body of the wrong media type
 * and 406 to an Accept the operation cannot answer.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { FULL_ONLY_NOTICE, generatePython, PYTHON_FULL, runPytest, startPrism, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = path.join(ROOT, 'test/python/fixtures/bodies.yaml');
const PACKAGE = 'src/bodies_sdk';

describe('Python request bodies and Accept headers by media type', () => {
  let out: string;

  beforeAll(() => {
    out = path.join(tempDir('python-bodies'), 'sdk');
    generatePython(SPEC, out);
  });

  afterAll(() => {
    if (out) rmSync(path.dirname(out), { recursive: true, force: true });
  });

  it('names the module of a type called by a keyword with a trailing underscore', () => {
    expect(existsSync(path.join(out, PACKAGE, 'types/shared/import_.py'))).toBe(true);
  });

  if (!PYTHON_FULL) console.log(`python bodies: the generated tests against Prism ${FULL_ONLY_NOTICE}`);

  it.skipIf(!PYTHON_FULL)(
    'passes its generated tests against Prism',
    async () => {
      venvPython();
      const prism = await startPrism(SPEC);
      try {
        const { cases } = await runPytest({
          cwd: out,
          junit: path.join(out, 'junit.xml'),
          // As corpus-python.test.ts: the SDK's pytest settings but its addopts, no aiohttp.
          args: ['-o', 'addopts=', '-q', '-k', 'not aiohttp', '--timeout', '60', 'tests'],
          env: { PYTHONPATH: [path.join(out, 'src'), out].join(path.delimiter), TEST_API_BASE_URL: prism.url },
          timeout: 3 * 60 * 1000,
        });
        const failed = cases.filter((c) => c.outcome === 'failed').map((c) => `${c.id}: ${c.message.slice(0, 300)}`);
        expect(failed).toEqual([]);
        // Every method's cases ran: form, binary and text bodies, the vendor and text responses, the keyword type.
        for (const file of ['tokens', 'blobs', 'notes', 'reports', 'repos', 'imports'])
          expect(
            cases.some((c) => c.outcome === 'passed' && c.id.includes(`test_${file}.py`)),
            file,
          ).toBe(true);
      } finally {
        prism.stop();
      }
    },
    4 * 60 * 1000,
  );
});
