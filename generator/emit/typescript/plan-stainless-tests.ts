/**
 * The tests of the resources in an SDK from a Stainless config (`tests/api-resources/…`), worded as Stainless's
 * SDKs have them, so that the owners' edits to Stainless's tests land on them when the repository moves. Per method,
 * in order:
 *   - a params object with a required field: `m: only required params` (the response checked) and `m: required and
 *     optional params` (awaited);
 *   - otherwise `m` (checked), called with its path parameters (and `{}` when the params object may not be left out);
 *     where it may be, the request options given in its place (the legacy `node` target only: `m: request options
 *     instead of params are passed correctly`) and, when it has optional params, with them (`m: request options and
 *     params are passed correctly`): both ask for an unknown path, so they expect a 404;
 *   - a download (a binary response) is not checked against the mock: only its awaited and 404 tests are written; a
 *     JSON Lines response is, its tests skipped as Stainless's (emit/test-skips.ts: the mock server cannot send it).
 * In a tree-shakable SDK the tests are a function of the client, run on the whole client, on `createClient` with the
 * resource's `Base…` class and (a nested resource) on `createClient` with its parent's class.
 */
import type { Api, Method, Param, Resource } from '../../ir/types';
import { extend } from '../../extend';
import { baseResourceClassName } from '../../naming/rules';
import type { PlanContext } from './plan-context';
import { resourceReceiver } from './plan-request';
import { skipCommentOf, testValue } from './plan-tests';
import { commentSafe, quoteString } from './print-doc';
import type { StainlessResourceTestView } from './views';

type TestView = Omit<StainlessResourceTestView['tests'][number], 'skipComment'>;

/** The request options the 404 tests pass: a path the API does not have. */
const UNKNOWN_PATH = "{ path: '/_stainless_unknown_path' }";

export function stainlessResourceTestView(
  plan: PlanContext,
  resource: Resource,
  file: string,
): StainlessResourceTestView {
  const depth = file.split('/').length - 1;
  const legacy = plan.api.stainlessLayout === 'node';
  const disabled =
    plan.mockTestsOffBy === null
      ? ''
      : plan.mockTestsOffBy === 'stainless'
        ? plan.stainlessForms.mockTestsOffWording
        : "Mock server tests are disabled (the sdkgen config's mockTests: false)";
  // A method the config gives a `skip_test_reason` has each of its tests written whole and skipped, under the reason.
  // (A method whose response is an event stream says so instead, as Stainless's tests do where the mock is off.)
  const offFor = (m: Method) =>
    disabled && m.response.kind === 'sse' && plan.mockTestsOffBy === 'stainless'
      ? plan.stainlessForms.eventStreamSkipWording
      : disabled;
  const variable = clientVariable(plan);
  const tests = resource.methods.flatMap((m) =>
    methodTests(plan, resource, m, legacy, variable).map((t) => ({
      ...t,
      skipComment: skipCommentOf(m, offFor(m), plan.stainlessForms.callbackTestsSkip, plan.mockAnswersJsonLines),
    })),
  );
  // Each credential, a default or not (imagekit's `password: 'My Password'`, whose config default is "do_not_set"), but
  // one that may be null only where the first requirement of a security (the API's or an operation's) names its scheme.
  const named = firstRequirementSchemes(plan.api);
  const unnamed = new Set(
    plan.api.auth.flatMap((a) =>
      named.has(a.name) ? [] : a.kind === 'basic' ? [a.usernameOption, a.passwordOption] : [a.option],
    ),
  );
  const given = plan.authOptions.filter((o) => !(o.nullable && unnamed.has(o.option)));
  const mockBase = "process.env['TEST_API_BASE_URL'] ?? 'http://127.0.0.1:4010'";
  return extend(plan.common, {
    packageImport: quoteString(plan.api.packageName),
    harnessPath: `${'../'.repeat(depth - 1)}harness${plan.importExt}`,
    needsToFile: tests.some((t) => t.call.includes('toFile(')),
    clientVariable: variable,
    // (No option that fills in a parameter: the calls pass the parameters the spec requires, as Stainless's do.)
    clientOptions: given.map((o) => `${o.option}: ${quoteString(testValue(o.option))}`),
    // The mock serves the spec's paths whole: the path the API's base URL adds goes after the mock's root.
    baseUrl: plan.api.basePath ? `(${mockBase}) + ${quoteString(plan.api.basePath)}` : mockBase,
    describeName: describeName(resource),
    tests,
    webhookTests: webhookTestViews(plan, resource, tests.length),
    treeShaking: plan.treeShaking ? treeShakingView(plan, resource) : null,
  });
}

/**
 * Whether Stainless's SDKs have a test module for a resource's methods: one whose methods are downloads taking no
 * params has none (anchorbrowser's `sessions.recordings.primary`, whose `get(sessionID)` returns a `Response`), and
 * an empty suite fails under Vitest ("No test found in suite").
 */
export function hasStainlessTests(plan: PlanContext, resource: Resource): boolean {
  const legacy = plan.api.stainlessLayout === 'node';
  return resource.methods.some((m) => methodTests(plan, resource, m, legacy).length > 0);
}

/**
 * The name of the resource's tests' `describe`, as Stainless's tests have it: `resource <its property>`, and the
 * client's own methods' `top level methods` (mixedbread's, steel's, openint's `tests/api-resources/top-level.test.ts`).
 */
function describeName(resource: Resource): string {
  const property = resource.path.slice(resource.path.lastIndexOf('.') + 1);
  return property ? `resource ${property}` : 'top level methods';
}

/**
 * The tests of the resource's unwraps that verify a signature (`unwrap(body, { headers, key })`), each signing the
 * first event of the union (Examples.webhookPayload); one whose event cannot be written as JSON has none.
 */
function webhookTestViews(
  plan: PlanContext,
  resource: Resource,
  before: number,
): StainlessResourceTestView['webhookTests'] {
  const views: StainlessResourceTestView['webhookTests'] = [];
  for (const unwrap of resource.webhookUnwraps) {
    const payload = unwrap.keyOption === null ? null : plan.examples.webhookPayload(unwrap.event);
    if (payload === null) continue;
    views.push({
      name: unwrap.name,
      payload: quoteString(payload),
      keyOption: plan.stainlessForms.webhookOptionsTests ? (unwrap.keyOption ?? '') : '',
      member: resource.path ? `.${resource.path}` : '',
      blankBefore: before + views.length > 0,
    });
  }
  return views;
}

/**
 * The resource's `Base…` class and its parent's class (none at the top), imported from their modules by the
 * package's name, in Stainless's order: the shallower module first, then by path.
 */
function treeShakingView(plan: PlanContext, resource: Resource): StainlessResourceTestView['treeShaking'] {
  const base = baseResourceClassName(resource.className);
  const parent = parentOf(plan.api.resources, resource);
  const depth = (module: string) => module.split('/').length;
  const imports = [
    { name: base, module: resource.module },
    ...(parent ? [{ name: parent.className, module: parent.module }] : []),
  ]
    .sort((a, b) => depth(a.module) - depth(b.module) || (a.module < b.module ? -1 : a.module > b.module ? 1 : 0))
    .map((i) => ({ name: i.name, from: quoteString(`${plan.api.packageName}/${i.module}`) }));
  const shape = resource.path.split('.').reduceRight((inner, key) => `{ ${key}: ${inner} }`, base);
  return {
    imports,
    entryImport: quoteString(`${plan.api.packageName}/tree-shakable`),
    baseClassName: base,
    parentClassName: parent?.className ?? '',
    clientShape: shape,
  };
}

/** The resource that has `resource` among its subresources, or undefined for a resource of the client. */
function parentOf(resources: Resource[], resource: Resource): Resource | undefined {
  for (const r of resources) {
    if (r.subresources.includes(resource)) return r;
    const found = parentOf(r.subresources, resource);
    if (found) return found;
  }
  return undefined;
}

/**
 * The variable the tests' client is: `client`, or in an era that named it after the client's class, that name with its
 * first letter lower-cased (`embed` of `Embed`, `onebusawaySDK` of `OnebusawaySDK`; stainless/era.ts). (Those eras had
 * neither tree-shaking nor webhook tests, whose lines say `client`.)
 */
function clientVariable(plan: PlanContext): string {
  const name = plan.api.clientName;
  const hasWebhooks = (resources: Resource[]): boolean =>
    resources.some((r) => r.webhookUnwraps.length > 0 || hasWebhooks(r.subresources));
  const { topLevel, resources } = plan.api;
  if (
    !plan.stainlessForms.classNamedClient ||
    plan.treeShaking ||
    hasWebhooks(topLevel ? [topLevel, ...resources] : resources)
  )
    return 'client';
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

function methodTests(
  plan: PlanContext,
  resource: Resource,
  m: Method,
  legacy: boolean,
  variable = 'client',
): TestView[] {
  const receiver = resourceReceiver(resource).replace(/^client/, variable);
  const callOf = (args: string, ...more: string[]) =>
    `${receiver}.${m.name}(${[args, ...more].filter(Boolean).join(', ')})`;
  const test = (name: string, kind: 'checked' | 'awaited' | 'rejects', all: boolean, ...more: string[]): TestView => {
    const built = plan.examples.testCallArgs(m, { all, stainless: true });
    const does = { checked: kind === 'checked', awaited: kind === 'awaited', rejects: kind === 'rejects' };
    return 'args' in built
      ? { name, ...does, call: callOf(built.args, ...more), skipReason: '' }
      : { name, ...does, call: '', skipReason: commentSafe(built.skipReason).replace(/\n/g, ' ') };
  };
  // (A JSON Lines method's response is checked, as Stainless's tests do; its tests are skipped: emit/test-skips.ts.)
  const download = m.response.kind === 'binary' && !m.response.lines;
  const fields = paramFields(m);
  // (A field the spec requires that a client option fills in counts as required: the test client sets no option.)
  if (fields.some((f) => f.required || f.requiredBySpec))
    return [
      ...(download ? [] : [test(`${m.name}: only required params`, 'checked', false)]),
      test(`${m.name}: required and optional params`, 'awaited', true),
    ];
  const tests = download ? [] : [test(m.name, 'checked', false)];
  if (m.params?.required) return tests;
  if (legacy)
    tests.push(
      test(`${m.name}: request options instead of params are passed correctly`, 'rejects', false, UNKNOWN_PATH),
    );
  // (Params of no fields too, passed as `{}`: letta's `templates.delete('template_name', {}, { path: … })`.)
  if (fields.length > 0 || m.params)
    tests.push(test(`${m.name}: request options and params are passed correctly`, 'rejects', true, UNKNOWN_PATH));
  return tests;
}

/**
 * The schemes the first requirement of the API's security or of an operation's own names: Stainless's endpoint tests
 * give the client a credential that may be null of those only. The other requirements are alternatives to the first,
 * an empty one (`{}`) too: honcho-node's `security: [HTTPBearer, {}]` gives `apiKey: 'My API Key'`, llama-stack's
 * `[{}, BearerAuth]` none. (Python's `_validate_headers` reads the API's security otherwise: `AuthScheme.unnamed`.)
 */
export function firstRequirementSchemes(api: Pick<Api, 'security' | 'resources' | 'topLevel'>): Set<string> {
  const named = new Set<string>(api.security?.[0] ?? []);
  const visit = (resources: Resource[]): void => {
    for (const r of resources) {
      for (const m of r.methods) if (m.authenticated) m.security?.[0]?.forEach((scheme) => named.add(scheme));
      visit(r.subresources);
    }
  };
  visit(api.topLevel ? [api.topLevel, ...api.resources] : api.resources);
  return named;
}

/** The fields of a method's params object (of its first body variant, as the tests call it). */
function paramFields(m: Method): Param[] {
  if (!m.params) return [];
  return m.params.variants ? m.params.variants[0].fields : m.params.fields;
}
