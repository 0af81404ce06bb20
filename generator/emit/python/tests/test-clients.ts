/**
 * Where the endpoint tests' clients come from, in the forms of the Stainless SDK's era (python-era.ts): conftest.py's
 * fixtures, chosen by `indirect=True` parametrization (TEST_CLIENT_FIXTURES_SINCE on), or, before, two clients each
 * test class builds (`strict_client`, `loose_client`) from the module's constants.
 */
import type { PyPackage } from '../types/model';
import { pyStr } from '../types/py-literal';
import { layoutExpr } from '../py-layout';
import type { StainlessPythonForms } from '../../../stainless/python-era';

/** A client option the tests' client is built with, its value as Python (credentials.ts `testClientOptions`). */
export interface TestClientOption {
  name: string;
  value: string;
}

export class TestClients {
  private readonly fixtures: boolean;

  constructor(
    private readonly pkg: PyPackage,
    private readonly forms: StainlessPythonForms | undefined,
    private readonly options: readonly TestClientOption[],
  ) {
    this.fixtures = forms?.testClientFixtures ?? true;
  }

  /** The name of the async tests' client parameter: the fixture's, or, before the fixtures, `client` as the sync's. */
  get asyncParam(): string {
    return this.fixtures ? 'async_client' : 'client';
  }

  /** The module's lines after its imports: the mock server's URL and, before the fixtures, the clients' options. */
  moduleConstants(basePath: string | null | undefined): string[] {
    const env = this.forms?.testBaseUrlEnv ?? 'TEST_API_BASE_URL';
    const lines = [
      `base_url = os.environ.get("${env}", "http://127.0.0.1:4010")${basePath ? ` + ${pyStr(basePath)}` : ''}`,
    ];
    if (this.fixtures) return lines;
    // (Before the dummy credentials, the first option came from the environment and the others were given inline.)
    const constants = this.dummyCredentials ? this.options : this.options.slice(0, 1);
    return [
      ...lines,
      ...constants.map((o, i) =>
        this.dummyCredentials || i > 0
          ? `${o.name} = ${o.value}`
          : `${o.name} = os.environ.get("API_KEY", "something1234")`,
      ),
    ];
  }

  /** The lines opening a test class, after its `class` line. */
  classHead(isAsync: boolean, aiohttp: boolean): string[] {
    if (this.fixtures) {
      if (!isAsync)
        return [
          '    parametrize = pytest.mark.parametrize("client", [False, True], indirect=True, ids=["loose", "strict"])',
        ];
      return aiohttp
        ? [
            '    parametrize = pytest.mark.parametrize(',
            '        "async_client", [False, True, {"http_client": "aiohttp"}], indirect=True, ids=["loose", "strict", "aiohttp"]',
            '    )',
          ]
        : [
            '    parametrize = pytest.mark.parametrize("async_client", [False, True], indirect=True, ids=["loose", "strict"])',
          ];
    }
    const cls = isAsync ? this.pkg.asyncClientName : this.pkg.clientName;
    const build = (variable: string, strict: boolean) => {
      const args = this.dummyCredentials
        ? [
            'base_url=base_url',
            ...this.options.map((o) => `${o.name}=${o.name}`),
            `_strict_response_validation=${strict ? 'True' : 'False'}`,
          ]
        : [
            'base_url=base_url',
            ...this.options.slice(0, 1).map((o) => `${o.name}=${o.name}`),
            `_strict_response_validation=${strict ? 'True' : 'False'}`,
            ...this.options.slice(1).map((o) => `${o.name}=${o.value}`),
          ];
      const call = `${cls}(${args.join(', ')})`;
      // (Split as Ruff splits it where it does not fit.)
      return layoutExpr('    ', `${variable} = `, call) ?? `    ${variable} = ${call}`;
    };
    return [
      build('strict_client', true),
      build('loose_client', false),
      '    parametrize = pytest.mark.parametrize("client", [strict_client, loose_client], ids=["strict", "loose"])',
    ];
  }

  private get dummyCredentials(): boolean {
    return this.forms?.testDummyCredentials ?? true;
  }
}
