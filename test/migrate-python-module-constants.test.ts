/**
 * The owners' new value of a module constant of Stainless's is carried onto sdkgen's binding of the same name, where
 * sdkgen writes the module otherwise (migrate/python/reapply/module-constants.ts): agentex's owners raised `_constants.py`'s
 * timeout and connection limits. A list like `__all__`, a name bound twice, or a value over lines is not read so.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';

const STAINLESS = [
  'import httpx',
  '',
  'RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"',
  '',
  '# default timeout is 1 minute',
  'DEFAULT_TIMEOUT = httpx.Timeout(timeout=60, connect=5.0)',
  'DEFAULT_MAX_RETRIES = 2',
  'DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)',
  '',
].join('\n');

const SDKGEN = [
  'from __future__ import annotations',
  '',
  'import httpx',
  '',
  'RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"',
  '',
  'DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)',
  'DEFAULT_MAX_RETRIES = 2',
  'DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)',
  '',
].join('\n');

const carry = (edited: string, target = SDKGEN) => reapplyPythonEdits(STAINLESS, edited, target, {});

describe("the owners' value of a module constant", () => {
  it("replaces sdkgen's binding of the same name, each constant on its own", () => {
    const edited = STAINLESS.replace('timeout=60,', 'timeout=300,').replace(
      'max_connections=100, max_keepalive_connections=20',
      'max_connections=1000, max_keepalive_connections=1000',
    );
    const result = carry(edited);
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(
      SDKGEN.replace(
        'DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)',
        'DEFAULT_TIMEOUT = httpx.Timeout(timeout=300, connect=5.0)',
      ).replace(
        'max_connections=1000, max_keepalive_connections=100',
        'max_connections=1000, max_keepalive_connections=1000',
      ),
    );
  });

  it('leaves the edit for a person where sdkgen binds the name twice or over lines', () => {
    const edited = STAINLESS.replace('timeout=60,', 'timeout=300,');
    const twice = SDKGEN.replace('DEFAULT_MAX_RETRIES = 2', 'DEFAULT_MAX_RETRIES = 2\nDEFAULT_TIMEOUT = None');
    expect(carry(edited, twice).rejected).toHaveLength(1);
    const overLines = SDKGEN.replace(
      'DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)',
      'DEFAULT_TIMEOUT = httpx.Timeout(\n    timeout=60.0, connect=5.0\n)',
    );
    expect(carry(edited, overLines).rejected).toHaveLength(1);
  });
});
