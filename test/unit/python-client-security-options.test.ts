/**
 * The Python client in the forms of Stainless's SDKs whose requests each send the credentials their operation's
 * security names (stainless/python-era.ts: `securityOptions`, a top-level edition from 2026-01-30 generated from
 * 2026-03-04 on): `_auth_headers(self, security: SecurityOptions)` merging one property per scheme, and methods
 * whose operation asks for no credential passing `security={}`. Older eras and editions keep `auth_headers`.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import type { Api, Method } from '../../generator/ir/types';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import type { PyPackage } from '../../generator/emit/python/types/model';
import { printClient } from '../../generator/emit/python/client/print-client';
import { requestSecurity } from '../../generator/emit/python/client/credentials';
import { formatPython } from '../../generator/format/ruff';
import { pythonFormsOfEra } from '../../generator/stainless/python-era';
import { snakeCase } from '../../generator/naming/python';
import { sharedPath } from '../helpers/paths';

const shared = sharedPath('stainless-configs/elviskahoro__apollo-sdk-python');
let pkg: PyPackage;
let method: Method;
let scheme: string;
let key: string;

beforeAll(async () => {
  const { api }: { api: Api } = await loadIr({
    spec: path.join(shared, 'openapi.json'),
    config: path.join(shared, 'stainless.yml'),
  });
  pkg = buildPythonModel(api, { importName: 'apollo_sdk', distributionName: 'apollo_sdk', fromStainlessConfig: true });
  method = pkg.resources[0].methods[0].ir;
  scheme = pkg.clientOptions.find((o) => o.scheme !== null)!.scheme!;
  key = snakeCase(scheme);
});

describe('the era and edition of per-request security', () => {
  test('from the 2026-01-30 edition, generated from 2026-03-04 on', () => {
    expect(pythonFormsOfEra('2026-04-01', '2026-02-23').securityOptions).toBe(true);
    expect(pythonFormsOfEra(null, '2026-01-30').securityOptions).toBe(true);
    expect(pythonFormsOfEra('2026-03-01', '2026-02-23').securityOptions).toBe(false);
    expect(pythonFormsOfEra('2026-04-01', '2025-10-10').securityOptions).toBe(false);
    expect(pythonFormsOfEra('2026-04-01', null).securityOptions).toBe(false);
  });
});

describe('_client.py', () => {
  test('sends each scheme the request security marks, through a property per scheme', () => {
    const text = printClient(pkg, null, pythonFormsOfEra('2026-04-01', '2026-02-23')).contents;
    expect(() => formatPython(text, '_client.py')).not.toThrow();
    expect(text).toContain('from ._models import SecurityOptions');
    expect(text).toContain(
      [
        '    @override',
        '    def _auth_headers(self, security: SecurityOptions) -> dict[str, str]:',
        '        return {',
        `            **(self._${key} if security.get("${key}", False) else {}),`,
        '        }',
        '',
        '    @property',
        `    def _${key}(self) -> dict[str, str]:`,
        '        api_key = self.api_key',
      ].join('\n'),
    );
    expect(text).not.toContain('def auth_headers(self)');
  });

  test('an older era keeps auth_headers', () => {
    const text = printClient(pkg, null, pythonFormsOfEra('2026-03-01', '2026-02-23')).contents;
    expect(text).toContain('    def auth_headers(self) -> dict[str, str]:');
    expect(text).not.toContain('SecurityOptions');
  });
});

describe("a method's security", () => {
  test('none for an operation asking for no credential, the default where the API security applies', () => {
    expect(requestSecurity(method, pkg, true)).toBeNull();
    expect(requestSecurity({ ...method, authenticated: false }, pkg, true)).toBe('{}');
    expect(requestSecurity({ ...method, security: [['Other']] }, pkg, true)).toBe('{}');
    expect(requestSecurity({ ...method, security: [[scheme]] }, pkg, true)).toBeNull();
    // The list form outside the era.
    expect(requestSecurity({ ...method, authenticated: false }, pkg)).toBe('[]');
  });
});
