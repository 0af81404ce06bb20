/**
 * Failure kinds found by migrating Stainless TypeScript repositories no trial had tried (issue 89,
 * bench/migrate-trials/repos.json: tolstoy-ts, retell-ts, hono-todo-ts, steel-ts, julep-ts), each as the smallest
 * repository that shows it.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-owners-edits.test.ts samples the owners' edits carried by migrate (docs/contributing.md, "What
// `npm test` samples").
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
import { generationsSince, madeBy } from '../generator/migrate/repository/generations';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, PERSON, commit, pets, stats, write } from './helpers/stainless-history';
import type { DerivedConfigInput } from '../generator/migrate/derived-config/input-types';
import { SLOW_FULL } from './helpers/slow-tests';

const API_MD = `# Things

Types:

- <code><a href="./src/resources/things.ts">Thing</a></code>

Methods:

- <code title="get /things/{id}">client.things.<a href="./src/resources/things.ts">retrieve</a>(id) -> Thing</code>
`;

const file = (path: string, text: string) => ({ path, blob: null, text });

describe.runIf(SLOW_FULL)('the config migrate writes from a repository (--from-repo)', () => {
  it("turns the mock tests off where Stainless's 2025 generator skipped every test as tests disabled", () => {
    // Stainless's words for `settings.disable_mock_tests: true` since 2025 (tolstoy-ts): each generated test is
    // `test.skip` under this comment. Missing it, sdkgen's tests ran against the mock and failed on the spec's examples.
    const tests = (comment: string) =>
      [
        "describe('resource things', () => {",
        `  // ${comment}`,
        "  test.skip('retrieve', async () => {});",
        `  // ${comment}`,
        "  test.skip('list', async () => {});",
        '});',
        '',
      ].join('\n');
    const read = (comment: string) =>
      derivedConfigInput([file('api.md', API_MD), file('tests/api-resources/things.test.ts', tests(comment))], null)
        ?.mockTestsDisabled;
    expect(read('skipped: tests are disabled for the time being')).toBe(true);
    // That generator writes a method's own reason to skip its test in the comment's place (tolstoy-ts's redirects).
    const files = (...bodies: string[]) =>
      derivedConfigInput(
        [
          file('api.md', API_MD),
          ...bodies.map((body, i) =>
            file(`tests/api-resources/things${i}.test.ts`, `describe('resource things', () => {\n${body}});\n`),
          ),
        ],
        null,
      )?.mockTestsDisabled;
    const off = "  // skipped: tests are disabled for the time being\n  test.skip('retrieve', async () => {});\n";
    const redirects = "  // Prism doesn't properly handle redirects\n  test.skip('login', async () => {});\n";
    expect(files(off, redirects)).toBe(true);
    expect(files(redirects)).toBe(false);
    expect(files(off, "  test('login', async () => {});\n")).toBe(false);
    // Another reason (a method's own) is not the switch.
    expect(read('skipped: the mock server does not support this')).toBe(false);
    const input = derivedConfigInput(
      [
        file('api.md', API_MD),
        file('tests/api-resources/things.test.ts', tests('skipped: tests are disabled for the time being')),
      ],
      null,
    )!;
    const config = yaml.load(deriveStainlessConfig(input).text) as { settings?: Record<string, unknown> };
    expect(config.settings?.disable_mock_tests).toBe(true);
  });

  it("gives a method the reason Stainless skipped its tests for, where others' run", () => {
    // retell-ts: `voice.clone`'s tests skipped ("// Mock server tests are disabled"), the others run. Without the
    // method's `skip_test_reason`, sdkgen's tests of it ran against the mock server and failed.
    const apiMd = `# Voice

Methods:

- <code title="post /clone-voice">client.voice.<a href="./src/resources/voice.ts">clone</a>({ ...params }) -> unknown</code>
- <code title="get /list-voices">client.voice.<a href="./src/resources/voice.ts">list</a>() -> unknown</code>
`;
    const tests = [
      "describe('resource voice', () => {",
      '  // Mock server tests are disabled',
      "  test.skip('clone: only required params', async () => {});",
      '  // Mock server tests are disabled',
      "  test.skip('clone: required and optional params', async () => {});",
      "  test('list', async () => {});",
      '});',
      '',
    ].join('\n');
    const input = derivedConfigInput([file('api.md', apiMd), file('tests/api-resources/voice.test.ts', tests)], null)!;
    expect(input.mockTestsDisabled).toBe(false);
    const config = yaml.load(deriveStainlessConfig(input).text) as {
      resources: Record<string, { methods: Record<string, unknown> }>;
    };
    expect(config.resources.voice.methods).toEqual({
      clone: { endpoint: 'post /clone-voice', skip_test_reason: 'Mock server tests are disabled' },
      list: 'get /list-voices',
    });
  });

  it('names a model by the schema its methods return, where neither its name nor its shape finds one', () => {
    // retell-ts: Stainless's `CallResponse` (a union) and `PhoneCallResponse`, `WebCallResponse`, `LlmResponse`
    // (allOf in the spec, so no shape to compare) are the spec's `V2…` and `RetellLLMResponse` schemas, which the
    // operations of the methods returning them answer with.
    const apiMd = `# Call

Types:

- <code><a href="./src/resources/call.ts">CallResponse</a></code>
- <code><a href="./src/resources/call.ts">PhoneCallResponse</a></code>

Methods:

- <code title="get /v2/get-call/{call_id}">client.call.<a href="./src/resources/call.ts">retrieve</a>(callID) -> CallResponse</code>
- <code title="patch /v2/update-call/{call_id}">client.call.<a href="./src/resources/call.ts">update</a>(callID, { ...params }) -> CallResponse</code>
- <code title="post /v2/create-phone-call">client.call.<a href="./src/resources/call.ts">createPhoneCall</a>({ ...params }) -> PhoneCallResponse</code>
- <code title="post /v2/register-phone-call">client.call.<a href="./src/resources/call.ts">registerPhoneCall</a>({ ...params }) -> PhoneCallResponse</code>

# Llm

Types:

- <code><a href="./src/resources/llm.ts">LlmResponse</a></code>

Methods:

- <code title="get /get-retell-llm/{llm_id}">client.llm.<a href="./src/resources/llm.ts">retrieve</a>(llmID) -> LlmResponse</code>
- <code title="get /get-other-llm/{llm_id}">client.llm.<a href="./src/resources/llm.ts">other</a>(llmID) -> LlmResponse</code>
`;
    const input = (responseSchemas: Array<[string, string]>): DerivedConfigInput => ({
      apiMd,
      pagination: null,
      client: null,
      clientClass: 'Retell',
      packageName: 'retell-sdk',
      legacy: false,
      treeShaking: false,
      mcpServer: null,
      schemas: ['V2CallResponse', 'V2PhoneCallResponse', 'V2WebCallResponse', 'RetellLLMResponse', 'OtherLLM'].map(
        (key) => ({ key, name: key, shape: null }),
      ),
      typeShapes: new Map(),
      paginated: new Set(),
      queryParams: new Map(),
      responseSchemas: new Map(responseSchemas),
      webhookUnwraps: [],
      unwrapFields: [],
      clientOptions: [],
      securitySchemes: [],
      streamRules: [],
      clientDefaults: { timeoutMs: null, maxRetries: null, idempotencyHeader: null },
    });
    const modelsOf = (responseSchemas: Array<[string, string]>) => {
      const config = yaml.load(deriveStainlessConfig(input(responseSchemas)).text) as {
        resources: Record<string, { models?: Record<string, string> }>;
      };
      return { call: config.resources.call?.models ?? {}, llm: config.resources.llm?.models ?? {} };
    };
    const models = modelsOf([
      ['get /v2/get-call/{call_id}', 'V2CallResponse'],
      ['patch /v2/update-call/{call_id}', 'V2CallResponse'],
      ['post /v2/create-phone-call', 'V2PhoneCallResponse'],
      ['post /v2/register-phone-call', 'V2PhoneCallResponse'],
      // Two methods returning one type, answered with two schemas: it is neither.
      ['get /get-retell-llm/{llm_id}', 'RetellLLMResponse'],
      ['get /get-other-llm/{llm_id}', 'OtherLLM'],
    ]);
    expect(models.call).toEqual({
      call_response: '#/components/schemas/V2CallResponse',
      phone_call_response: '#/components/schemas/V2PhoneCallResponse',
    });
    expect(models.llm).toEqual({});

    // An envelope the SDK unwraps (`{ data: … }`, `unwrap_response_fields: [data]`) is not the type it returns.
    const unwrapped = input([['post /v2/create-phone-call', 'PhoneCallEnvelope']]);
    unwrapped.unwrapFields = ['data'];
    unwrapped.schemas.push({
      key: 'PhoneCallEnvelope',
      name: 'PhoneCallEnvelope',
      shape: { kind: 'object', members: ['data'] },
    });
    const config = yaml.load(deriveStainlessConfig(unwrapped).text) as {
      resources: Record<string, { models?: Record<string, string> }>;
    };
    expect(config.resources.call?.models?.phone_call_response).toBeUndefined();
  });
});

describe.runIf(SLOW_FULL)(
  "owners' edits to a module of Stainless's runtime that sdkgen answers with another module",
  () => {
    // retell-ts: the owners changed Stainless's `addFormValue` (src/internal/uploads.ts) to send arrays and objects
    // without files as JSON. sdkgen writes at that path a module of re-exports from its own runtime. Carrying the
    // function brought its helpers and imports with it (`./builtin-types`' FilePropertyBag, `./shims`'
    // ReadableStreamFrom, which sdkgen's modules there do not export, and a second `isAsyncIterable`): tsc failed.
    const stainless = [
      "import type { FilePropertyBag } from './builtin-types';",
      "import { ReadableStreamFrom } from './shims';",
      '',
      'export const isAsyncIterable = (value: any): value is AsyncIterable<any> =>',
      "  value != null && typeof value === 'object' && typeof value[Symbol.asyncIterator] === 'function';",
      '',
      'const addFormValue = async (form: FormData, key: string, value: unknown): Promise<void> => {',
      '  if (value === undefined) return;',
      '  if (isAsyncIterable(value)) {',
      "    form.append(key, 'stream');",
      '  } else if (Array.isArray(value)) {',
      "    await Promise.all(value.map((entry) => addFormValue(form, key + '[]', entry)));",
      "  } else if (typeof value === 'object') {",
      '    await Promise.all(',
      '      Object.entries(value as object).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)),',
      '    );',
      '  } else {',
      '    form.append(key, String(value));',
      '  }',
      '};',
      '',
      'export const createForm = async (body: Record<string, unknown>): Promise<FormData> => {',
      '  const form = new FormData();',
      '  await Promise.all(Object.entries(body).map(([key, value]) => addFormValue(form, key, value)));',
      '  return form;',
      '};',
      '',
    ].join('\n');
    const edited = stainless
      .replace(
        "    await Promise.all(value.map((entry) => addFormValue(form, key + '[]', entry)));",
        '    form.append(key, JSON.stringify(value));',
      )
      .replace(
        [
          '    await Promise.all(',
          '      Object.entries(value as object).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)),',
          '    );',
        ].join('\n'),
        '    form.append(key, JSON.stringify(value));',
      );
    const sdkgen = [
      '// File generated by sdkgen from Acme. Your edits are merged when it is regenerated.',
      '',
      "export { type Uploadable } from '../core/uploads.js';",
      "export { isAsyncIterable } from './utils.js';",
      "export { multipartFormRequestOptions } from './stainless-utils.js';",
      '',
    ].join('\n');

    it("leaves sdkgen's module as it is and the hunks for a person", () => {
      const carried = reapplyEdits(stainless, edited, sdkgen, { code: true, declarations: true });
      expect(carried.text).toBe(sdkgen);
      expect(carried.applied).toBe(0);
      expect(carried.rejected.length).toBeGreaterThan(0);
    });

    it('places them where they declare no name that module re-exports', () => {
      // letta-node: the owners' `X-Letta-Source` header in Stainless's `getPlatformProperties`
      // (src/internal/detect-platform.ts), which sdkgen answers with re-exports of other names: carried as before.
      const platform = [
        'const getPlatformProperties = () => {',
        "  return { 'X-Stainless-Lang': 'js' };",
        '};',
        '',
        'export const getPlatformHeaders = () => getPlatformProperties();',
        '',
      ].join('\n');
      const withHeader = platform.replace(
        "  return { 'X-Stainless-Lang': 'js' };",
        "  return { 'X-Stainless-Lang': 'js', 'X-Letta-Source': 'letta-sdk-node' };",
      );
      const alias = "// File generated by sdkgen.\n\nexport { isRunningInBrowser } from './stainless-utils.js';\n";
      const carried = reapplyEdits(platform, withHeader, alias, { code: true, declarations: true });
      expect(carried.text).toContain("'X-Letta-Source': 'letta-sdk-node'");
      expect(carried.text).toContain("export { isRunningInBrowser } from './stainless-utils.js';");
    });

    it("still places them by declaration in sdkgen's module of the same code", () => {
      // The module sdkgen writes has Stainless's functions (its own words for them): the owners' edit lands there.
      const sameModule = stainless.replace("import { ReadableStreamFrom } from './shims';\n", '');
      const carried = reapplyEdits(stainless, edited, sameModule, { code: true, declarations: true });
      expect(carried.text).toContain('    form.append(key, JSON.stringify(value));');
    });
  },
);

describe.runIf(SLOW_FULL)("Stainless's output the generated branch dropped and main kept", () => {
  // steel-ts: `getRequestClient`, in Stainless's first generation, was removed from Stainless's client on the
  // `generated` branch in December; main's generations kept it. Against the July base, main's copy adds it back:
  // migrate took that for the owners' edit, could not place it, and exited 1.
  const METHOD = ['  getRequestClient() {', '    return { fetch: this.fetch };', '  }'];
  const NOTE = '  // kept by hand';

  it("is Stainless's, unless a person's commit added it", () => {
    const repo = tempDir('newtrials-stale-output-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets(`${METHOD.join('\n')}\n${NOTE}\n`) });
    commit(repo, BOT, 'initial commit', '2024-07-31T00:00:00Z');
    git(repo, 'checkout', '-q', '-b', 'generated');
    write(repo, { 'src/resources/pets.ts': pets() });
    commit(repo, BOT, 'chore(internal): remove unnecessary getRequestClient function', '2024-12-10T00:00:00Z');
    write(repo, { '.stats.yml': stats(1, 'bbbb') });
    const base = commit(repo, BOT, 'feat(api): update', '2025-07-02T00:00:00Z');
    git(repo, 'checkout', '-q', 'main');
    // Main's own generation drops the note; a person puts it back.
    write(repo, { 'src/resources/pets.ts': pets(`${METHOD.join('\n')}\n`) });
    commit(repo, BOT, 'fix(client): normalize method', '2025-01-07T00:00:00Z');
    write(repo, { 'src/resources/pets.ts': pets(`${METHOD.join('\n')}\n${NOTE}\n`) });
    commit(repo, PERSON, 'keep the note', '2025-02-01T00:00:00Z');

    const changes = generationsSince(repo, base).get('src/resources/pets.ts')!;
    expect(madeBy(changes, [], METHOD)).toBe(true);
    expect(madeBy(changes, [], [NOTE])).toBe(false);
    // Nor where the hunk removes lines too.
    expect(madeBy(changes, ['  list() {'], METHOD)).toBe(false);
  });
});
