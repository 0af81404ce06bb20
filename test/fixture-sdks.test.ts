/**
 * The SDK of every fixture spec (test/fixtures), tested the way its users would: its src/ and generated tests/
 * type-checked together under tsc --strict, then the generated tests run for real (bundled with esbuild, under
 * Node) against Prism mocking that fixture's spec. Prism validates every request (parameters, bodies, security)
 * and answers from the spec's examples, so a wrong request or an unreadable response fails a test.
 *
 * A generated test that fails here is either a bug in sdkgen (fix it) or a request Prism cannot handle: those are
 * listed one by one in PRISM_LIMITATIONS with the reason, so a new failure or an unexpected pass shows up.
 *
 * `npm test` generates one fixture (see `cases`) and checks its tests are there; the type-check and the run against
 * Prism are SDKGEN_SLOW_TESTS=full's (CI's), for every fixture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { fixtures } from './helpers/fixtures';
import { generatedTestFiles, runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { startPrismInProcess, type MockServer } from './helpers/prism-in-process';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL, sweep } from './helpers/slow-tests';

interface KnownFailure {
  /** The generated test's full name, as the harness prints it. */
  test: string;
  /** Its error, from the start of the line. */
  error: RegExp;
}

/** Generated tests that fail because of Prism, not the SDK: by fixture, in run order, each with the reason. */
const PRISM_LIMITATIONS: Record<string, KnownFailure[]> = {
  // Prism reads every multipart part as a string and ignores `encoding.<part>.contentType`: the JSON part `meta`
  // ("must be object") and the one-file array `attachments` ("must be array", a single part) cannot validate,
  // although the request is what OpenAPI describes.
  multipart: [
    {
      test: 'resource documents > create: only required params',
      error: /^UnprocessableEntityError: 422 .*"Request body property meta must be object"/,
    },
    {
      test: 'resource documents > create: required and optional params',
      error:
        /^UnprocessableEntityError: 422 .*"Request body property attachments must be array".*"Request body property meta must be object"/,
    },
  ],
  // Prism validates an OpenAPI 3.1 schema as JSON Schema draft-07 unless it has a `$schema`: `prefixItems` is
  // unknown there and `items` applies to every element, so the tuple [latitude, longitude] "must be string".
  'openapi-31': [
    {
      test: 'resource meetups > create: only required params',
      error:
        /^UnprocessableEntityError: 422 .*"Request body property location\.0 must be string".*location\.1 must be string/,
    },
    {
      test: 'resource meetups > create: required and optional params',
      error:
        /^UnprocessableEntityError: 422 .*"Request body property location\.0 must be string".*location\.1 must be string/,
    },
  ],
  // Prism drops readOnly properties from `required` for requests, but not inside a recursive $ref: it asks for the
  // `id` of a child category, which OpenAPI says a request leaves out.
  'read-write-only': [
    {
      test: 'resource categories > create: required and optional params',
      error: /^UnprocessableEntityError: 422 .*children\.0 must have required property 'id'/,
    },
  ],
  // Prism cannot mock an event stream whose events are objects: it answers 500 "Cannot serialise complex objects
  // as text" (the stream of plain-text events, logs.tail, is mocked).
  sse: [
    {
      test: 'resource completions > create: only required params',
      error: /^InternalServerError: 500 .*NO_COMPLEX_OBJECT_TEXT/,
    },
    {
      test: 'resource completions > create: required and optional params',
      error: /^InternalServerError: 500 .*NO_COMPLEX_OBJECT_TEXT/,
    },
  ],
};

/**
 * `npm test` generates one fixture, server-sent events, and leaves its type-check and its run against Prism (with
 * PRISM_LIMITATIONS' matching) to SDKGEN_SLOW_TESTS=full: the flagship has a server-sent event method, and its SDK and
 * generated tests are type-checked under tsc --strict without ambient types by smithery.test.ts and run against Prism
 * (generated/smithery/tests, the prism project) in `npm test`, which were this file's two costly checks again (most
 * of its CPU).
 * The others are SDKGEN_SLOW_TESTS=full's (CI's): the multipart fixture (8 s against Prism, 12 s type-checked with the
 * others), for which funcs.test.ts type-checks a multipart method and runtime/uploads.test.ts sends multipart
 * requests in `npm test`; and pagination (a third of this file's CPU in `npm test`: generated, type-checked, run),
 * whose page classes runtime/pagination.test.ts drives against 127.0.0.1 and whose SDK doc-examples.test.ts
 * type-checks with its examples, while the flagship's generated tests (generated/smithery/tests, paginated lists among
 * them) run against Prism in `npm test`.
 */
const cases = sweep('fixture-sdks', fixtures(), (c) => c.name, ['sse']);
const root = tempDir('fixture-sdks');

/** How many tests (and skipped tests) the SDK's generated test files declare. */
function declaredTests(dir: string): { tests: number; skipped: number } {
  const sources = generatedTestFiles(dir).map((file) => readFileSync(path.join(dir, file), 'utf8'));
  const count = (pattern: RegExp) => sources.reduce((sum, source) => sum + (source.match(pattern)?.length ?? 0), 0);
  return { tests: count(/^\s*it(\.skip)?\(/gm), skipped: count(/^\s*it\.skip\(/gm) };
}

beforeAll(async () => {
  for (const { name, spec } of cases) writeFiles(path.join(root, name), (await generate({ spec })).files);
});

describe('fixture SDKs', () => {
  it('every fixture generates tests, and every known Prism limitation names a fixture', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const { name } of cases)
      expect({ name, tests: declaredTests(path.join(root, name)).tests > 0 }).toEqual({ name, tests: true });
    const names = new Set(fixtures().map((c) => c.name));
    expect(Object.keys(PRISM_LIMITATIONS).filter((name) => !names.has(name))).toEqual([]);
  });

  it.runIf(SLOW_FULL)(
    'type-check with their generated tests under tsc --strict (no ambient types)',
    () => {
      const include = cases.flatMap(({ name }) => [`${name}/src/**/*.ts`, `${name}/tests/**/*.ts`]);
      const { status, output } = typeCheckStrict(root, include);
      expect(output).toBe('');
      expect(status).toBe(0);
      // One tsc program over every fixture's SDK (SDKGEN_SLOW_TESTS=full): minutes on a loaded 2-core machine.
    },
    600_000,
  );
});

describe.runIf(SLOW_FULL).each(cases)('fixture $name', ({ name, spec }) => {
  let prism: MockServer | null = null;
  afterAll(async () => {
    await prism?.stop();
    prism = null;
  });

  it('its generated tests pass against Prism mocking the spec (but for the known Prism limitations)', async () => {
    const dir = path.join(root, name);
    prism = await startPrismInProcess(spec);
    const run = await runGeneratedTests(dir, prism.url);
    await prism.stop();
    prism = null;

    const expected = PRISM_LIMITATIONS[name] ?? [];
    expect(
      run.failed.map((f) => f.name),
      run.text,
    ).toEqual(expected.map((f) => f.test));
    run.failed.forEach((failure, i) => expect(failure.error).toMatch(expected[i]!.error));
    // Every declared test ran (none lost to a crash of the run).
    const declared = declaredTests(dir);
    expect(run.summary).toBe(
      `${declared.tests - declared.skipped - expected.length} passed, ${expected.length} failed, ${declared.skipped} skipped`,
    );
  });
});
