/**
 * The generated tests of the resources (`tests/api-resources/…`): each method called against the mock of the API
 * with only its required params, and with every param when it has optional ones.
 */
import { testSkipOf } from '../test-skips';
import type { Method, Resource } from '../../ir/types';
import type { CallbackTestsSkip } from '../../stainless/era';
import { extend } from '../../extend';
import { isHttpUrl } from '../../ir/client';
import type { MockTestsSwitch, PlanContext } from './plan-context';
import { linesStream, resourceReceiver } from './plan-request';
import { commentSafe, quoteString, templateLiteralText } from './print-doc';

/** How a test file written skipped names the key that turned its tests off. */
const MOCK_TESTS_SWITCHES: Record<MockTestsSwitch, string> = {
  stainless: "the Stainless config's settings.disable_mock_tests",
  config: "the sdkgen config's mockTests: false",
};
import type { ClientTestView, ResourceTestView, RuntimeTestView } from './views';

/**
 * The test module of a resource's methods: `tests/api-resources/<its module below resources/>.test.ts`; of a
 * `standalone_api` resource with no nested ones, beside its folder, as Stainless's (`classifications/universal.test.ts`).
 */
export function resourceTestFile(resource: Resource): string {
  const flat = resource.standaloneApi && resource.subresources.length === 0;
  const module = flat ? resource.module.slice(0, resource.module.lastIndexOf('/')) : resource.module;
  return `tests/api-resources/${module.replace(/^resources\//, '')}.test.ts`;
}

/** The tests of a resource's methods, in the test module at `file`. */
export function resourceTestView(
  plan: PlanContext,
  resource: Resource,
  file: string,
  fillingOptions: ResourceTestView['fillingOptions'],
): ResourceTestView {
  const depth = file.split('/').length - 1;
  const tests: ResourceTestView['tests'] = [];
  const disabled =
    plan.mockTestsOffBy === null ? '' : `Mock server tests are disabled (${MOCK_TESTS_SWITCHES[plan.mockTestsOffBy]})`;
  for (const m of resource.methods) {
    const skipComment = skipCommentOf(m, disabled, null, plan.mockAnswersJsonLines);
    const lines = linesStream(plan.api, m) !== null;
    const required = plan.examples.testCallArgs(m);
    const all = plan.examples.testCallArgs(m, { all: true });
    const shapes = [{ label: 'only required params', built: required }];
    if (JSON.stringify(all) !== JSON.stringify(required))
      shapes.push({ label: 'required and optional params', built: all });
    for (const { label, built } of shapes) {
      tests.push({
        name: `${m.name}: ${label}`,
        call: 'args' in built ? `${resourceReceiver(resource)}.${m.name}(${built.args})` : '',
        // One line of comment text (the reason may quote a parameter name from the spec).
        skipReason: 'skipReason' in built ? commentSafe(built.skipReason).replace(/\n/g, ' ') : '',
        skipComment,
        paginated: m.pagination !== null,
        binary: m.response.kind === 'binary' && !lines,
        stream: m.response.kind === 'sse' || lines,
        lines,
        empty: m.response.kind === 'empty',
      });
    }
  }
  return extend(plan.common, {
    importPath: `${'../'.repeat(depth)}src/index${plan.importExt}`,
    harnessPath: `${'../'.repeat(depth - 1)}harness${plan.importExt}`,
    needsToFile: tests.some((t) => t.call.includes('toFile(')),
    authOptions: plan.authOptions,
    fillingOptions,
    basePath: plan.api.basePath ? quoteString(plan.api.basePath) : '',
    resourcePath: resource.path || 'top-level',
    tests,
  });
}

/**
 * The comment a method's tests are written whole and skipped under, as one line: the `skip_test_reason` a Stainless
 * config gives it (Stainless's SDKs have `// <reason>` over `test.skip(…)`), or Stainless's own where its era skipped
 * them (`callbackTestsSkip`), else `disabled` (the mock tests turned off, or "": they run).
 */
export function skipCommentOf(
  m: Method,
  disabled: string,
  callbackTestsSkip: CallbackTestsSkip | null = null,
  jsonLinesAnswered = false,
): string {
  // (Or Stainless's own, in its era: `skipped: <reason>` in the oldest, test-skips.ts.)
  const skip = testSkipOf(m, callbackTestsSkip, jsonLinesAnswered);
  if (skip === null) return disabled;
  return commentSafe(skip.skippedPrefix ? `skipped: ${skip.reason}` : skip.reason)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** The client options that fill in a method's parameters, without a default: the test client gives each a value. */
export function fillingOptionViews(plan: PlanContext): ResourceTestView['fillingOptions'] {
  const used = new Set<string>();
  for (const r of plan.typeModules)
    for (const m of r.methods)
      for (const f of m.params?.fields ?? []) if (f.clientDefault !== undefined) used.add(f.clientDefault);
  return plan.api.settingOptions
    .filter((o) => used.has(o.option) && o.default === null)
    .map((o) => ({
      option: o.option,
      value: o.type === 'string' ? quoteString(`My ${o.option}`) : o.type === 'number' ? '1' : 'true',
    }));
}

/**
 * Stainless's tests of the client (`tests/index.test.ts`), for an SDK from a Stainless config: the client as its
 * tests build it (the credentials given), and the URLs it makes.
 */
export function clientTestView(plan: PlanContext): ClientTestView {
  const { api } = plan;
  // An OAuth2 client ID and secret that may be null are left out: given, the client would ask the token URL for a
  // token before each request, which the tests' mocked fetch answers.
  const exchanged = new Set(
    api.auth.flatMap((a) => (a.kind === 'basic' && a.clientCredentials ? [a.usernameOption, a.passwordOption] : [])),
  );
  const given = new Map(
    plan.authOptions
      .filter((o) => !(o.nullable && exchanged.has(o.option)))
      .map((o) => [o.option, quoteString(testValue(o.option))]),
  );
  // The wire name read from the scheme itself, not from its quoted view: a spec's name may hold any character.
  const authQuery = api.auth
    .flatMap((scheme) => (scheme.kind === 'apiKey' && scheme.in === 'query' ? [scheme] : []))
    .map((scheme) => {
      const name = templateLiteralText(encodeURIComponent(scheme.wireName));
      const nullable = plan.authOptions.find((o) => o.option === scheme.option)?.nullable ?? false;
      return `${name}=\${encodeURIComponent(client.${scheme.option}${nullable ? " ?? ''" : ''})}`;
    })
    .join('&');
  // `new Client()` builds only when every option it needs is in the environment.
  const fromEnv = plan.authOptions.filter((o) => o.envVarName !== '' && given.has(o.option));
  const envOnly = plan.authOptions.every((o) => !o.required || o.envVarName !== '');
  return extend(plan.common, {
    importPath: `../src/index${plan.importExt}`,
    harnessPath: `./harness${plan.importExt}`,
    // (Not the options that fill in a method's parameters: Stainless's client tests call no method.)
    clientOptions: [...given].map(([option, value]) => `${option}: ${value}`),
    authQuery,
    defaultBaseUrl:
      api.baseUrl && isHttpUrl(api.baseUrl) && !api.baseUrlTemplate && api.environments.length === 0
        ? quoteString(api.baseUrl)
        : '',
    maxRetries: String(api.requestDefaults.maxRetries ?? 2),
    idempotencyHeader: api.idempotencyHeader ? quoteString(api.idempotencyHeader) : '',
    // Options reading one environment variable (sambanova's `apiKey` and `xAPIKey`, both SAMBANOVA_API_KEY): the
    // variable is set once, to the first one's value, which each of them reads where the client is not given it.
    envOptions: envOnly
      ? fromEnv.map((o, i) => {
          const first = fromEnv.find((other) => other.envVarName === o.envVarName)!;
          return {
            option: o.option,
            envVar: o.envVarName,
            value: quoteString(testValue(o.option)),
            envValue: quoteString(testValue(first.option)),
            otherValue: quoteString(`another ${testValue(first.option)}`),
            sharesEnv: fromEnv.indexOf(first) < i,
          };
        })
      : [],
  });
}

/** A credential's value in the tests, as Stainless's tests write it: apiKey → "My API Key". */
export function testValue(option: string): string {
  const acronyms = new Set(['api', 'id', 'url', 'jwt', 'oauth']);
  // `appAPIKey` → app, API, Key: a run of capitals is one word.
  const words = option.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [option];
  const spelled = words.map((w) =>
    acronyms.has(w.toLowerCase()) || (w.length > 1 && w === w.toUpperCase())
      ? w.toUpperCase()
      : w[0].toUpperCase() + w.slice(1).toLowerCase(),
  );
  return `My ${spelled.join(' ')}`;
}

/** sdkgen's tests of its runtime written in every package with tests, by Stainless's names (tests/<name>.test.ts). */
export const RUNTIME_TESTS = ['path', 'stringifyQuery', 'buildHeaders', 'uploads', 'form', 'responses', 'streaming'];

/**
 * Where sdkgen's tests of its client against a local server go in an SDK from a Stainless config: its
 * tests/index.test.ts is Stainless's tests of the client (a mocked `fetch`), so the same behaviours are tested on a
 * real server beside them.
 */
export const CLIENT_RUNTIME_TEST = 'client';

/**
 * The paths of those tests (tests/index.test.ts aside: in an SDK from a Stainless config it is Stainless's tests of
 * the client, whose owners' edits are carried as those of a generated file), and of the client's beside Stainless's.
 */
export const RUNTIME_TEST_PATHS: ReadonlySet<string> = new Set(
  [...RUNTIME_TESTS, CLIENT_RUNTIME_TEST].map((name) => `tests/${name}.test.ts`),
);

/**
 * sdkgen's tests of its own runtime, each at the path Stainless's SDKs have their test of the same subject: the
 * client against a local server (tests/index.test.ts; tests/client.test.ts where Stainless's own tests of the client
 * are written, `stainless`), the path tag, the query and header builders, uploads and forms, responses and event streams (where
 * the SDK has the streaming runtime), with their local server (tests/local-server.ts).
 */
export function runtimeTestFiles(
  plan: PlanContext,
  { stainless, streaming }: { stainless: boolean; streaming: boolean },
): Array<{ path: string; template: string; view: RuntimeTestView }> {
  const view = runtimeTestView(plan);
  const tests = RUNTIME_TESTS.filter((t) => streaming || t !== 'streaming');
  const client = {
    path: `tests/${stainless ? CLIENT_RUNTIME_TEST : 'index'}.test.ts`,
    template: 'tests/runtime/index.test.ts.hbs',
    view,
  };
  return [
    { path: 'tests/local-server.ts', template: 'tests/local-server.ts.hbs', view },
    client,
    ...tests.map((name) => ({ path: `tests/${name}.test.ts`, template: `tests/runtime/${name}.test.ts.hbs`, view })),
  ];
}

/** The view of sdkgen's tests of its runtime: the client as Stainless's tests of the client build it. */
function runtimeTestView(plan: PlanContext): RuntimeTestView {
  const { clientOptions, idempotencyHeader } = clientTestView(plan);
  return extend(plan.common, {
    srcPath: '../src/',
    clientOptions,
    idempotencyHeader,
    stainless: plan.api.stainlessLayout !== null,
  });
}
