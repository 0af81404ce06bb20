/**
 * The test of a method returning the response itself (`BinaryAPIResponse`), against a mocked route (respx) as
 * Stainless tests it: a mock server cannot answer every media type (plan-tests.ts writes the other tests).
 */
import type { PyMethod, PyPackage } from '../types/model';
import { pyStr } from '../types/py-literal';
import type { Arg } from './call-layout';
import type { ExampleValues } from './example-values';

/** The mark of a test mocking its route; such a test runs even with the mock server tests off, as Stainless's. */
export const RESPX_MARK = '    @pytest.mark.respx(base_url=base_url)';

/** The tests written of each method. */
export type TestKind = 'method' | 'method_with_all_params' | 'raw' | 'streaming';

/** What a binary test takes from its test module (plan-tests.ts's TestModule). */
export interface BinaryTestModule {
  pkg: PyPackage;
  /** The name its tests give a result (`stop`). */
  variable: string;
  values: Pick<ExampleValues, 'pathValue'>;
  use: (from: string, ...names: string[]) => void;
  /** Says a test mocks its route: the module then imports httpx and respx. */
  mocksRoutes: () => void;
  testName: (kind: TestKind, method: PyMethod, suffix: string) => string;
  chain: (isAsync: boolean, via?: string) => string;
  call: (head: string, args: Arg[], indent: number, tail?: string) => string;
  /** The async tests' client parameter (`async_client`; `client` before the era's fixtures: test-clients.ts). */
  asyncClient: string;
}

/** Whether `method`'s tests mock its route: its path-params test is marked so too (browserbase's test_downloads.py). */
export const mocksRoute = (method: PyMethod): boolean =>
  /BinaryAPIResponse$/.test(method.returns) && method.ir.docs.deprecated === undefined;

/** The test of one kind of `method`'s binary call; null where it returns no binary response or its path is not plain. */
export function binaryTest(
  module: BinaryTestModule,
  method: PyMethod,
  /** `suffix` of the test's name (`_overload_1`); `streams`: its stream flag is set, the call returns a stream. */
  variant: { suffix: string; streams: boolean },
  kind: TestKind,
  args: Arg[],
  isAsync: boolean,
): string | null {
  if (!mocksRoute(method)) return null;
  let route = method.pythonPath;
  for (const param of method.pathParams) {
    const value = module.values.pathValue(method, param);
    if ((typeof value !== 'string' && typeof value !== 'number') || param.pathLocal) return null;
    route = route.split(`{${param.name}}`).join(String(value));
  }
  module.mocksRoutes();
  const { pkg } = module;
  const prefix = isAsync ? 'Async' : '';
  const cls = kind === 'streaming' ? `${prefix}StreamedBinaryAPIResponse` : `${prefix}BinaryAPIResponse`;
  module.use(`${pkg.importName}._response`, cls);
  const client = isAsync ? module.asyncClient : 'client';
  const name = module.testName(kind, method, variant.suffix);
  const wait = isAsync ? 'await ' : '';
  // Its stream flag set, the call returns the event stream: closed unread, as any other stream's test does.
  const v = variant.streams ? `${module.variable}_stream` : module.variable;
  const head = [
    RESPX_MARK,
    `    ${isAsync ? 'async ' : ''}def ${name}(self, ${client}: ${isAsync ? pkg.asyncClientName : pkg.clientName}, respx_mock: MockRouter) -> None:`,
    `        ${respxRoute(method.http, pyStr(route))}.mock(return_value=httpx.Response(200, json={"foo": "bar"}))`,
  ];
  const json = `        assert ${wait}${v}.json() == {"foo": "bar"}`;
  if (kind === 'streaming') {
    const call = module.call(
      `${module.chain(isAsync, 'with_streaming_response')}.${method.name}`,
      args,
      8,
      ` as ${v}:`,
    );
    return [
      ...head,
      `        ${isAsync ? 'async ' : ''}with ${call}`,
      `            assert not ${v}.is_closed`,
      `            assert ${v}.http_request.headers.get("X-Stainless-Lang") == "python"`,
      '',
      `    ${json}`,
      `            assert cast(Any, ${v}.is_closed) is True`,
      `            assert isinstance(${v}, ${cls})`,
      '',
      `        assert cast(Any, ${v}.is_closed) is True`,
    ].join('\n');
  }
  if (kind === 'raw') {
    const call = module.call(`${wait}${module.chain(isAsync, 'with_raw_response')}.${method.name}`, args, 8);
    return [
      ...head,
      '',
      `        ${v} = ${call}`,
      '',
      ...(variant.streams ? [] : [`        assert ${v}.is_closed is True`]),
      `        assert ${v}.http_request.headers.get("X-Stainless-Lang") == "python"`,
      json,
      `        assert isinstance(${v}, ${cls})`,
    ].join('\n');
  }
  const called = `        ${v} = ${module.call(`${wait}${module.chain(isAsync)}.${method.name}`, args, 8)}`;
  if (variant.streams)
    return [...head, called, `        ${wait}${v}.response.${isAsync ? 'aclose' : 'close'}()`].join('\n');
  return [
    ...head,
    called,
    `        assert ${v}.is_closed`,
    json,
    `        assert cast(Any, ${v}.is_closed) is True`,
    `        assert isinstance(${v}, ${cls})`,
  ].join('\n');
}

/** respx's route of a method: its verb (`respx_mock.get(…)`), or `route(method=…)` for one it lacks (QUERY, COPY). */
const respxRoute = (http: string, url: string): string =>
  /^(get|post|put|patch|delete|head|options)$/.test(http)
    ? `respx_mock.${http}(${url})`
    : `respx_mock.route(method=${pyStr(http.toUpperCase())}, url=${url})`;
