/**
 * The owners' edit of a module constant that also binds new names beside it (migrate/python/reapply/module-constants.ts):
 * parallel-python's `_constants.py`, where `DEFAULT_TIMEOUT = httpx.Timeout(timeout=60, …)` became
 * `DEFAULT_EXECUTE_TIMEOUT_SECONDS = 3600`, `DEFAULT_TIMEOUT_SECONDS = 600` and
 * `DEFAULT_TIMEOUT = httpx.Timeout(timeout=DEFAULT_TIMEOUT_SECONDS, …)`, each with a comment. sdkgen's module binds
 * `DEFAULT_TIMEOUT` otherwise spelled (`timeout=60.0`), so the hunk found no context; the new names go right above
 * sdkgen's binding, which takes the owners' line.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';

const STAINLESS = [
  'import httpx',
  '',
  'RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"',
  'OVERRIDE_CAST_TO_HEADER = "____stainless_override_cast_to"',
  '',
  '# default timeout is 1 minute',
  'DEFAULT_TIMEOUT = httpx.Timeout(timeout=60, connect=5.0)',
  'DEFAULT_MAX_RETRIES = 2',
  'DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)',
  '',
  'INITIAL_RETRY_DELAY = 0.5',
  'MAX_RETRY_DELAY = 8.0',
  '',
].join('\n');

const SDKGEN = [
  'from __future__ import annotations',
  '',
  'import httpx',
  '',
  'RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"',
  'OVERRIDE_CAST_TO_HEADER = "____sdk_override_cast_to"',
  '',
  'DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)',
  'DEFAULT_MAX_RETRIES = 2',
  'DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)',
  '',
  'INITIAL_RETRY_DELAY = 0.5',
  'MAX_RETRY_DELAY = 8.0',
  '',
].join('\n');

const THEIRS = [
  '# default timeout for execution requests which wait for results is 1 hour.',
  'DEFAULT_EXECUTE_TIMEOUT_SECONDS = 3600',
  '# default timeout for http requests is 10 minutes.',
  'DEFAULT_TIMEOUT_SECONDS = 600',
  'DEFAULT_TIMEOUT = httpx.Timeout(timeout=DEFAULT_TIMEOUT_SECONDS, connect=5.0)',
].join('\n');

const EDITED = STAINLESS.replace(
  '# default timeout is 1 minute\nDEFAULT_TIMEOUT = httpx.Timeout(timeout=60, connect=5.0)',
  THEIRS,
);

describe('a module constant the owners rebound beside new constants of theirs', () => {
  it("takes sdkgen's binding's place, the new names right above it in their order", () => {
    const result = reapplyPythonEdits(STAINLESS, EDITED, SDKGEN, {});
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(SDKGEN.replace('DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)', THEIRS));
  });

  it("replaces Stainless's comment where sdkgen's module has it above the binding", () => {
    const withComment = SDKGEN.replace('DEFAULT_TIMEOUT =', '# default timeout is 1 minute\nDEFAULT_TIMEOUT =');
    const result = reapplyPythonEdits(STAINLESS, EDITED, withComment, {});
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(
      withComment.replace(
        '# default timeout is 1 minute\nDEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)',
        THEIRS,
      ),
    );
  });

  it("leaves for a person a new name sdkgen's module binds already", () => {
    const binds = SDKGEN.replace('DEFAULT_MAX_RETRIES = 2', 'DEFAULT_MAX_RETRIES = 2\nDEFAULT_TIMEOUT_SECONDS = 60');
    const result = reapplyPythonEdits(STAINLESS, EDITED, binds, {});
    expect(result.text).not.toContain('DEFAULT_TIMEOUT_SECONDS = 600');
  });
});
