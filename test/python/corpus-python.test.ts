/**
 * The fast subset of the shared robustness corpus (the edge cases and the small public specs, as
 * test/corpus/corpus.test.ts), generated with `--target python`: every spec generates; every SDK (src/ and tests/)
 * is clean under pyright at the level the generated pyproject declares (strict), in one run over all of them (each
 * SDK an execution environment of its own, the shared libraries analysed once); and every SDK but one Prism refuses
 * passes the [strict] half of its own generated tests against Prism mocking its spec, but the cases listed with
 * their reason (several Prism servers at once, the largest specs first).
 * An error when the corpus is not beside the checkout (../shared/corpus); skipped in `npm test` (SDKGEN_PYTHON_TESTS=full
 * runs it: it is the slowest Python check).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, sharedPath } from '../helpers/paths';
import {
  describeErrors,
  FULL_ONLY_NOTICE,
  generatePython,
  PYTHON_FULL,
  runProcess,
  runPyright,
  runTestsAgainstPrism,
  tomlTable,
  venvPython,
  type PytestCase,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const CORPUS = sharedPath('corpus');
const RUNTIME = path.join(ROOT, 'templates/python/runtime');
const available = existsSync(path.join(CORPUS, 'run-corpus.mjs'));
const SETS = ['public', 'edge-cases'] as const;

interface ManifestSpec {
  file: string;
  stratum: string;
}

/** The fast subset of `set`: every edge case, the small public specs. */
const fastSubset = (set: string) =>
  (JSON.parse(readFileSync(path.join(CORPUS, set, 'manifest.json'), 'utf8')) as { specs: ManifestSpec[] }).specs
    .filter((s) => set !== 'public' || s.stratum === 'small')
    .map((s) => s.file)
    .sort();

if (!PYTHON_FULL) console.log(`corpus-python: ${FULL_ONLY_NOTICE}`);

/**
 * Specs whose SDK's tests do not run against Prism, for Prism's own reason: `set/name` → the reason. Every other
 * spec of the fast subset runs its generated tests against Prism mocking it.
 */
const EDGE = 'edge-cases/readme-oas-examples__';

const PRISM_REFUSES: Record<string, string> = {
  'edge-cases/readme-oas-examples__oas31-webhooks__1.0.0': 'only webhooks, no operation: Prism will not start',
};

/**
 * Cases left out of a spec's run (pytest `--deselect`, node id prefixes) because Prism cannot answer them: it throws
 * on the request and its process exits, or it never ends its answer. They are not run, so they cannot be checked.
 */
const PRISM_DESELECTED: Record<string, { cases: string[]; reason: string }> = {
  [`${EDGE}oas30-circular-paths__1.0.0`]: {
    cases: [
      'tests/api_resources/test_anything.py::TestAnything::test_',
      'tests/api_resources/test_anything.py::TestAsyncAnything::test_',
    ].flatMap((c) =>
      ['method_update', 'raw_response_update', 'streaming_response_update'].map((m) => `${c}${m}[strict]`),
    ),
    reason:
      "Prism's simple-style deserializer throws on the recursive path param's value (`value.split is not a function`) and exits",
  },
  [`${EDGE}oas30-parameters-style__1.0.0`]: {
    cases: [
      'form_data/test_pipe_delimited.py',
      'form_data/test_space_delimited.py',
      'headers/test_simple.py',
      'path/test_label.py',
      'path/test_matrix.py',
      'path/test_simple.py',
      'query/test_pipe_delimited.py',
      'query/test_space_delimited.py',
      'test_headers.py',
      'test_path.py',
    ].map((module) => `tests/api_resources/anything/${module}`),
    reason:
      "Prism's style deserializers throw on these requests (`delimited style is only applicable to array parameter`, a header or path object) and it exits",
  },
  [`${EDGE}oas30-http-status-codes__1.0.0`]: {
    cases: ['100', '101', '102', '103'].map((code) => `tests/api_resources/status/test__${code}.py`),
    reason: 'Prism answers the 1xx status as the final answer: the connection never completes',
  },
};

/**
 * Cases that cannot pass against Prism (`cases`: a part of the case ids), for their spec's own reason, Prism's, or
 * a gap of the SDK named as such. Nothing else may fail; and a listed case that passes fails the test, so that the
 * list only shrinks.
 */
const ONE_OF_OVERLAP =
  'Prism checks `oneOf` without the discriminator and the variants overlap (a body valid for one is valid for another): no body is valid, 422';
const ONLY_401 = 'the operation answers only 401';
const PRISM_KNOWN_FAILURES: Record<string, Array<{ cases: string; reason: string }>> = {
  [`${EDGE}oas30-parameters-style__1.0.0`]: [
    'test_deep_object.py::TestDeepObject',
    'test_deep_object.py::TestAsyncDeepObject',
    'test_form.py::TestForm',
    'test_form.py::TestAsyncForm',
  ]
    .flatMap((suite) => (suite.startsWith('test_form') ? ['create', 'update'] : ['create']).map((m) => [suite, m]))
    .map(([suite, m]) => ({
      cases: `tests/api_resources/anything/form_data/${suite}::test_method_${m}_with_all_params`,
      reason:
        "OpenAPI 3.0 ignores a multipart part's `style` (3.0.3's Encoding Object), so the object part is OpenAPI's " +
        'default part, its JSON text; Prism checks it for reserved characters anyway (its commas): 422',
    }))
    .concat(
      ['TestFormData', 'TestAsyncFormData'].map((suite) => ({
        cases: `tests/api_resources/anything/test_form_data.py::${suite}::test_method_create_with_all_params`,
        reason:
          "no `encoding`: Prism reads the array's repeated parts and the object's JSON part (OpenAPI's default parts) as " +
          'strings (`must be array`, `must be object`), 422, as for TypeScript (test/multipart-corpus-prism.test.ts)',
      })),
    ),
  [`${EDGE}oas30-file-uploads__1.0.0`]: ['TestMultipartFormdata', 'TestAsyncMultipartFormdata'].map((suite) => ({
    cases: `tests/api_resources/anything/test_multipart_formdata.py::${suite}::test_method_update_with_all_params`,
    reason:
      'an array of files is repeated parts, which Prism reads as one string (`filename must be array`), as for TypeScript',
  })),
  [`${EDGE}oas30-circular-request-bodies__1.0.0`]: [
    {
      cases: 'tests/api_resources/test_direct.py::',
      reason: '`TreeNode` requires `parent`, a `TreeNode`: no finite body is valid, and Prism answers 422',
    },
    {
      cases: 'tests/api_resources/test_indirect.py::',
      reason:
        'Prism mocks the recursive `Person` response with `{}` where it stops, without the required `name`: the response is invalid',
    },
    {
      cases: 'tests/api_resources/test_multiple.py::',
      reason:
        'Prism mocks the recursive `LinkedNode` response with `{}` where it stops, without the required `id`: the response is invalid',
    },
  ],
  [`${EDGE}oas30-http-status-codes__1.0.0`]: ['3', '4', '5'].map((digit) => ({
    cases: `tests/api_resources/status/test__${digit}`,
    reason: `each operation answers only its own status, here a ${digit}xx: the SDK raises it (a 3xx with no \`Location\` to follow too, as Stainless's)`,
  })),
  [`${EDGE}oas31-train-travel__1.0.0`]: [
    {
      cases: 'test_bookings.py::Test',
      reason:
        "the spec's example of the `uuid` `trip_id` (`4f4e4e1-…`, seven digits first) is no UUID: the all-params case sends it as Stainless's tests do, and Prism answers 400",
    },
  ],
  [`${EDGE}oas30-circular-paths__1.0.0`]: [
    {
      cases: 'Anything::test_method_update_with_all_params[',
      reason:
        'the header param `content` is an array of objects, which the simple style cannot write: no value is valid to Prism, 422',
    },
  ],
  [`${EDGE}oas30-discriminators__1.0.0`]: [
    'discriminator_with_mapping',
    'discriminator_with_no_mapping',
    'embedded_discriminator',
    'improper_discriminator_placement',
    'mapping_of_schema_names',
    'mapping_with_duplicate_schemas',
    'nested_one_of_object_with_nested_one_of',
    'oneof_allof_top_level_disc',
    'potentially_undefined_form_data',
  ].map((name) => ({ cases: `tests/api_resources/test_${name}.py::`, reason: ONE_OF_OVERLAP })),
  [`${EDGE}oas30-polymorphism__1.0.0`]: [
    'anything/test_nested_one_of_object_ref',
    'anything/test_nested_one_of_object_with_nested_one_of',
    'anything/test_nested_one_of_ref',
    'anything/test_one_of_object',
    'anything/test_one_of_object_ref',
    'test_one_of_complex',
    'test_one_of_with_type',
    'test_pets',
  ].map((name) => ({ cases: `tests/api_resources/${name}.py::`, reason: ONE_OF_OVERLAP })),
  [`${EDGE}oas30-schema-enums__1.0.0`]: [
    {
      cases: 'tests/api_resources/anything/test_strings.py::',
      reason:
        "the PUT (`update`) body's `required` names `enum (with example) *required`, a key it has no property of (the params, as Stainless types them, are its properties): Prism answers 422",
    },
  ],
  [`${EDGE}oas30-schema-types__1.0.0`]: [
    {
      cases: 'tests/api_resources/anything/quirks/test_polymorphism.py::',
      reason:
        'the body schema is `allOf` a string and an integer (an `incompatible` property too): no value is valid, 422',
    },
  ],
  [`${EDGE}oas31-schema-types__1.0.0`]: [
    {
      cases: 'tests/api_resources/anything/',
      reason:
        'the operations declare no response (OpenAPI 3.1 allows it): Prism answers 500 `NO_RESPONSE_RESPONSE_DEFINED`; `quirks` bodies are also `allOf` string and integer (422)',
    },
  ],
  [`${EDGE}oas30-security__1.0.0`]: [{ cases: 'tests/api_resources/status/test__401.py::', reason: ONLY_401 }],
  [`${EDGE}oas31-security__1.0.0`]: [{ cases: 'tests/api_resources/status/test__401.py::', reason: ONLY_401 }],
  [`${EDGE}oas30-security-multiple__1.0.0`]: [
    ...['test_and_or', 'test_many_and_or', 'test_or_'].map((name) => ({
      cases: `tests/api_resources/anything/${name}.py::`,
      reason: ONLY_401,
    })),
    {
      cases: 'tests/api_resources/anything/test_and_.py::',
      reason: `${ONLY_401}; and its one requirement is Basic and OAuth 2 together, two values of one Authorization header`,
    },
  ],
  [`${EDGE}swagger2-petstore__1.0.0`]: [
    {
      cases: 'tests/api_resources/test_pet.py::',
      reason: 'operations answering only 400/405 (`Invalid input`); Prism answers 400 to the others',
    },
    {
      cases: 'tests/api_resources/store/test_order.py::',
      reason: 'Prism answers the declared 400 (`Invalid Order`): not investigated further',
    },
    {
      cases: 'tests/api_resources/test_user.py::',
      reason: 'Prism answers 400/415 (no `consumes` on the operation): not investigated further',
    },
    {
      cases: 'tests/api_resources/user/test_create_with_',
      reason: 'the operation declares no `consumes`: Prism answers 415 to any body',
    },
  ],
  [`${EDGE}swagger2-schema-circular__1.0`]: [
    {
      cases: 'tests/api_resources/test_post_resource.py::',
      reason: 'the operation declares no `consumes`: Prism answers 415 to any body',
    },
  ],
  'public/bbci.co.uk__BBC-iPlayer-Business-Layer__1.0': [
    ...[
      'categories/test_highlights',
      'channels/test_broadcasts',
      'channels/test_highlights',
      'groups/popular/test_episodes',
      'groups/test_episodes',
      'home/test_highlights',
      'test_episodes',
    ].map((name) => ({
      cases: `tests/api_resources/${name}.py::`,
      reason: '`mixin` is an array whose `enum` (`live`, `promotions`) is on the array itself: no array is valid, 422',
    })),
    {
      cases: 'tests/api_resources/user/test_purchases.py::',
      reason:
        "the operation's OAuth 2 scheme is not a client option of the SDK (no credential sent): Prism answers 401",
    },
  ],
  'public/haloapi.com__profile__1.0': [
    {
      cases: 'tests/api_resources/h5/test_profiles.py::',
      reason:
        "emblem and spartan answer only 302, and Prism sends no `Location` to follow: the SDK raises the 3xx, as Stainless's does",
    },
  ],
  'public/cowin.gov.cin__cowincert__1.0.0': [
    { cases: 'tests/api_resources/pdf/test_certificate.py::', reason: 'the operation answers only 400' },
  ],
  'public/fire.com__Fire-Financial-Services-Business-API__1.0': [
    { cases: 'tests/api_resources/v1/batches/test_banktransfers.py::', reason: ONE_OF_OVERLAP },
    {
      cases: 'tests/api_resources/v1/batches/test_approvals.py::',
      reason: 'the example Prism answers has `mobileNumber` a number where the schema says string',
    },
    {
      cases: 'tests/api_resources/v1/test_payments.py::',
      reason: 'the example Prism answers has `merchantCustomerIdentification` a number where the schema says string',
    },
  ],
  'public/rentcast.io__RentCast-API__1.0': [
    {
      cases: 'tests/api_resources/',
      reason:
        'the examples are strings holding JSON (`"{\\"rent\\":…}"`): Prism answers a JSON string where the schema says object or array',
    },
  ],
  'public/visualcrossing.com__weather__4.6': [
    {
      cases: 'tests/api_resources/visual_crossing_web_services/rest/',
      reason:
        'the path example `London,UK` holds a comma: Prism splits a simple-style path value at commas even for a string schema, 422',
    },
  ],
};

/** Every spec of the fast subset but those Prism refuses (`set/name`), the largest first (they take longest). */
const PYTEST_SPECS = available
  ? SETS.flatMap((set) =>
      fastSubset(set).map((file) => ({
        spec: `${set}/${file.replace(/\.(json|ya?ml)$/, '')}`,
        size: statSync(path.join(CORPUS, set, file)).size,
      })),
    )
      .filter(({ spec }) => !Object.hasOwn(PRISM_REFUSES, spec))
      .sort((a, b) => b.size - a.size)
      .map(({ spec }) => spec)
  : [];

/** At most this many Prism + pytest pairs at once (beside the pyright and mypy runs). */
const PYTEST_CONCURRENCY = 3;

describe.skipIf(!available || !PYTHON_FULL)('corpus in Python, fast subset (edge cases + small public specs)', () => {
  let root: string;
  const failures: string[] = [];
  const outputs: string[] = [];

  beforeAll(() => {
    root = tempDir('corpus-python');
    venvPython();
    for (const set of SETS) {
      for (const spec of fastSubset(set)) {
        const out = path.join(root, set, spec.replace(/\.(json|ya?ml)$/, ''));
        try {
          generatePython(path.join(CORPUS, set, spec), out);
          outputs.push(out);
        } catch (error) {
          failures.push(`${set}/${spec}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
        }
      }
    }
    // PYTEST_CONCURRENCY workers take the specs in turn; each spec's run is a promise its test awaits.
    const queue = PYTEST_SPECS.filter((spec) => outputs.includes(path.join(root, spec)));
    type Run = ReturnType<typeof runPytestAgainstPrism>;
    const settle = new Map<string, (run: Run) => void>();
    for (const spec of queue)
      pytestRuns.set(
        spec,
        new Promise<Run>((resolve) => settle.set(spec, resolve)).then((run) => run),
      );
    const worker = async () => {
      for (let spec = queue.shift(); spec !== undefined; spec = queue.shift()) {
        const run = runPytestAgainstPrism(spec);
        settle.get(spec)!(run);
        await run.catch(() => {});
      }
    };
    for (let i = 0; i < PYTEST_CONCURRENCY; i++) void worker();
    for (const run of pytestRuns.values()) run.catch(() => {});
  }, 1_200_000);

  /** Each PYTEST_SPECS spec's pytest run against Prism, started once generation is done. */
  const pytestRuns = new Map<string, ReturnType<typeof runPytestAgainstPrism>>();

  const runPytestAgainstPrism = async (
    spec: string,
  ): Promise<{ cases: PytestCase[]; seconds: number; prismExited: string | null }> => {
    const [set, name] = spec.split('/');
    const file = fastSubset(set).find((f) => f.replace(/\.(json|ya?ml)$/, '') === name);
    if (!file) throw new Error(`${spec} is not in the corpus's fast subset`);
    return runTestsAgainstPrism({
      spec: path.join(CORPUS, set, file),
      sdk: path.join(root, spec),
      deselect: PRISM_DESELECTED[spec]?.cases,
    });
  };

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('every spec generates', () => {
    expect(failures).toEqual([]);
    expect(outputs.length).toBe(fastSubset('public').length + fastSubset('edge-cases').length);
  });

  it("is clean under mypy (src/, the SDKs' own [tool.mypy]; a run per batch of distinct import names)", async () => {
    const python = venvPython();
    // Every SDK declares the same [tool.mypy] but the path of its own `_files.py` in `exclude`: one pattern for all.
    const declared = tomlTable(readFileSync(path.join(outputs[0], 'pyproject.toml'), 'utf8'), 'tool.mypy');
    const settings = { ...declared, exclude: ['/_files\\.py$', 'tests/.*'] };
    const config = path.join(root, 'mypy.toml');
    writeFileSync(
      config,
      `[tool.mypy]\n${Object.entries(settings)
        .map(([key, value]) => `${key} = ${JSON.stringify(value)}`)
        .join('\n')}\n`,
    );
    // Two SDKs may share an import name (a spec in OpenAPI 3.0 and 3.1): each batch holds a name once.
    const batches: Array<Array<{ out: string; name: string }>> = [];
    for (const out of outputs) {
      const name = readdirSync(path.join(out, 'src')).find((entry) => !entry.startsWith('.'))!;
      const batch = batches.find((b) => !b.some((p) => p.name === name));
      if (batch) batch.push({ out, name });
      else batches.push([{ out, name }]);
    }
    const failures: string[] = [];
    for (const [i, batch] of batches.entries()) {
      const result = await runProcess(
        python,
        ['-m', 'mypy', '--config-file', config, '--cache-dir', path.join(root, `mypy-cache-${i}`)].concat(
          batch.map((p) => `-p${p.name}`),
        ),
        {
          cwd: root,
          env: { ...process.env, MYPYPATH: batch.map((p) => path.join(p.out, 'src')).join(path.delimiter) },
          // Beside the large corpus' pyright run a batch took over 8 minutes on a loaded 2-core machine.
          timeout: 25 * 60 * 1000,
        },
      );
      console.log(
        `corpus-python: mypy ${batch.length} SDKs, ${result.seconds.toFixed(0)} s: ${result.stdout.trim().split('\n').pop()}`,
      );
      if (!/^Success: no issues found/m.test(result.stdout) || result.code !== 0)
        failures.push(
          ...`${result.stdout}${result.stderr}`
            .split('\n')
            .filter((line) => /error:/.test(line))
            .slice(0, 20),
        );
      if (result.code !== 0 && failures.length === 0) failures.push(`mypy exited ${result.code}: ${result.stderr}`);
    }
    expect(failures).toEqual([]);
    expect(batches.flat().length).toBe(outputs.length);
  }, 3_000_000);

  it('is clean under pyright at the level the SDKs declare (strict; src/ and tests/; one run)', async () => {
    expect(outputs.length).toBeGreaterThan(0);
    const config = path.join(root, 'pyrightconfig.json');
    const relative = outputs.map((out) => path.relative(root, out));
    // Every SDK declares the same [tool.pyright] (strict): the first one's settings hold for all.
    const declared = tomlTable(readFileSync(path.join(outputs[0], 'pyproject.toml'), 'utf8'), 'tool.pyright');
    // The runtime, the same in every SDK, is checked strict on its own (test/python/runtime.test.ts): left out of
    // the files checked here (pyright still reads what the generated code uses of it), it was two thirds of the time.
    const runtime = readdirSync(RUNTIME).filter((entry) => entry !== '__pycache__' && entry !== 'py.typed');
    writeFileSync(
      config,
      JSON.stringify({
        ...declared,
        include: relative.flatMap((dir) => [`${dir}/src`, `${dir}/tests`]),
        exclude: runtime.map((entry) => `**/src/*/${entry}`),
        executionEnvironments: relative.map((dir) => ({
          root: dir,
          extraPaths: [path.join(root, dir, 'src'), path.join(root, dir)],
        })),
      }),
    );
    const run = await runPyright(config);
    const errors = run.diagnostics.filter((d) => d.severity === 'error');
    console.log(
      `corpus-python: ${outputs.length} SDKs, pyright (${String(declared.typeCheckingMode)}) ${run.filesAnalyzed} files, ${errors.length} errors, ${run.seconds.toFixed(0)} s`,
    );
    expect(declared.typeCheckingMode).toBe('strict');
    expect(describeErrors(errors, root)).toEqual([]);
    // Sanity: the environments matched real packages (a few files per SDK at least).
    expect(run.filesAnalyzed).toBeGreaterThan(outputs.length * 3);
  }, 900_000);

  it('lists known failures and deselected cases of specs that run', () => {
    const listed = [...Object.keys(PRISM_KNOWN_FAILURES), ...Object.keys(PRISM_DESELECTED)];
    expect(listed.filter((spec) => !PYTEST_SPECS.includes(spec))).toEqual([]);
    expect(PYTEST_SPECS.length + Object.keys(PRISM_REFUSES).length).toBe(outputs.length);
  });

  it.each(PYTEST_SPECS.map((spec) => [spec]))(
    "%s passes its generated tests against Prism, but the cases listed for the spec's own reasons",
    async (spec) => {
      const out = path.join(root, spec);
      expect(outputs).toContain(out);
      const { cases, seconds, prismExited } = await pytestRuns.get(spec)!;
      expect(prismExited, 'Prism exited during the run: deselect the cases it throws on').toBeNull();
      const known = PRISM_KNOWN_FAILURES[spec] ?? [];
      const reasonOf = (id: string) => known.find((k) => id.includes(k.cases))?.reason;
      const failed = cases.filter((c) => c.outcome === 'failed');
      const passed = cases.filter((c) => c.outcome === 'passed');
      console.log(
        `corpus-python: ${spec}: pytest ${passed.length}/${cases.length} passed (${failed.filter((c) => reasonOf(c.id)).length} known failures), ${seconds.toFixed(0)} s`,
      );
      expect(failed.filter((c) => !reasonOf(c.id)).map((c) => `${c.id}: ${c.message.split('\n')[0]}`)).toEqual([]);
      // A known failure that passes is no longer known: the list shrinks with the fixes.
      for (const entry of known)
        expect(
          cases.some((c) => c.id.includes(entry.cases) && c.outcome === 'failed'),
          `${entry.cases} passes now: take it off the list`,
        ).toBe(true);
      expect(cases.length).toBeGreaterThan(0);
    },
    600_000,
  );
});
