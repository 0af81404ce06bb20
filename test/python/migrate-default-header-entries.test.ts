/**
 * The owners' headers put before the client's defaults in Stainless's `_build_headers`
 * (`_merge_mappings({"x-acme-timeout": …, **self.default_headers}, custom_headers)`, anthropic-python's own
 * `x-stainless-timeout` since 2025-02) are carried into sdkgen's `_merge_headers`, before the defaults it merges with
 * the request's (reapply/default-header-entries.ts); before, the hunk had no place and was left for a person. With
 * SDKGEN_PYTHON_TESTS=full the carried module runs: a request to 127.0.0.1 sends the header with the request's read
 * timeout, and the client's `default_headers` and the request's `extra_headers` still override it.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { carryPythonEdits } from '../../generator/migrate/python/reapply/carry-edits';
import { ROOT } from '../helpers/paths';
import { PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const PATH = 'src/acme/_base_client.py';
const SDKGEN = readFileSync(path.join(ROOT, 'templates/python/runtime/_base_client.py'), 'utf8');

const stainless = (merge: string[]) =>
  [
    'import httpx',
    '',
    '',
    'class BaseClient:',
    '    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Headers:',
    '        custom_headers = options.headers or {}',
    ...merge,
    '        self._validate_headers(headers_dict, custom_headers)',
    '',
    '        headers = httpx.Headers(headers_dict)',
    '        return headers',
    '',
  ].join('\n');
const BASE = stainless(['        headers_dict = _merge_mappings(self.default_headers, custom_headers)']);
const OWNERS = stainless([
  '        headers_dict = _merge_mappings(',
  '            {',
  '                "x-acme-timeout": str(options.timeout.read)',
  '                if isinstance(options.timeout, Timeout)',
  '                else str(options.timeout),',
  '                **self.default_headers,',
  '            },',
  '            custom_headers,',
  '        )',
]);

function carried(owners: string): string {
  const carry = carryPythonEdits(emptyMigrationPlan(), { path: PATH, contents: SDKGEN }, BASE, owners, owners, () => {
    return undefined;
  });
  return carry.whole?.kind === 'sound' ? carry.whole.text : carry.carriedWhole.text;
}

/** The body of sdkgen's `_merge_headers` in `text`. */
const mergeHeaders = (text: string) => {
  const start = text.indexOf('    def _merge_headers(');
  return text.slice(start, text.indexOf('\n    def ', start + 1));
};

describe("migrate (Python): the owners' headers before the client's defaults in `_build_headers`", () => {
  it("go before sdkgen's defaults in `_merge_headers`, which the request's headers override", () => {
    const text = carried(OWNERS);
    const body = mergeHeaders(text);
    expect(body).toContain(
      [
        '        defaults = {',
        '            "x-acme-timeout": str(options.timeout.read)',
        '            if isinstance(options.timeout, Timeout)',
        '            else str(options.timeout),',
        '            **defaults,',
        '        }',
        '        for source in (defaults, ',
      ].join('\n'),
    );
    // (Nothing else of sdkgen's module changed.)
    expect(text.split('\n').length).toBe(SDKGEN.split('\n').length + 6);
  });

  it('move nothing where the owners changed more of the call (the request’s headers merged otherwise)', () => {
    const other = OWNERS.replace('            custom_headers,\n', '            {**custom_headers, "x-b": "1"},\n');
    expect(mergeHeaders(carried(other))).not.toContain('x-acme-timeout');
  });

  it.runIf(PYTHON_FULL)(
    'send the header from 127.0.0.1’s view, overridable as before',
    { timeout: 300_000 },
    async () => {
      const dir = tempDir('sdkgen-py-default-header-entries');
      const runtimeTests = path.join(ROOT, 'test/python/runtime');
      cpSync(path.join(runtimeTests, 'fixture/src/acme'), path.join(dir, 'acme'), {
        recursive: true,
        dereference: true,
        filter: (from) => !from.includes('__pycache__'),
      });
      cpSync(path.join(ROOT, 'templates/python/runtime'), path.join(dir, 'acme'), {
        recursive: true,
        filter: (from) => !from.includes('__pycache__'),
      });
      writeFileSync(path.join(dir, 'acme/_base_client.py'), carried(OWNERS));
      writeFileSync(
        path.join(dir, 'probe.py'),
        [
          'import sys',
          `sys.path[:0] = [${JSON.stringify(dir)}, ${JSON.stringify(runtimeTests)}]`,
          'from server import ApiServer',
          'import httpx',
          'from acme import Acme',
          'server = ApiServer()',
          'server.start()',
          'try:',
          '    with Acme(api_key="k", base_url=f"{server.url}/api") as client:',
          '        client.prompts.retrieve("p1", timeout=httpx.Timeout(60.0, read=12.5))',
          '        print(server.last.headers.get("x-acme-timeout"))',
          '        client.prompts.retrieve("p1", extra_headers={"x-acme-timeout": "7"})',
          '        print(server.last.headers.get("x-acme-timeout"))',
          '    with Acme(api_key="k", base_url=f"{server.url}/api", default_headers={"x-acme-timeout": "9"}) as client:',
          '        client.prompts.retrieve("p1")',
          '        print(server.last.headers.get("x-acme-timeout"))',
          'finally:',
          '    server.stop()',
          '',
        ].join('\n'),
      );
      const result = await runProcess(venvPython(), ['-B', 'probe.py'], { cwd: dir, timeout: 280_000 });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual(['12.5', '7', '9']);
    },
  );
});
