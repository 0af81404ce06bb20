/**
 * A comment line the owners changed together with a module constant's value goes with it onto sdkgen's binding
 * (migrate/python/reapply/module-constants.ts): anchorbrowser-python's `_constants.py`, `# default timeout is 1 minute` →
 * `# default timeout is 1 hour` above their new `DEFAULT_TIMEOUT`, where sdkgen's module has no such comment.
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

const EDITED = STAINLESS.replace('1 minute', '1 hour')
  .replace('timeout=60,', 'timeout=3600000,')
  .replace('DEFAULT_MAX_RETRIES = 2', 'DEFAULT_MAX_RETRIES = 0');

const carry = (target: string) => reapplyPythonEdits(STAINLESS, EDITED, target, {});

describe("a comment changed with a module constant's value", () => {
  it("goes above sdkgen's binding where sdkgen's module has no comment there", () => {
    const result = carry(SDKGEN);
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(
      SDKGEN.replace(
        'DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)',
        '# default timeout is 1 hour\nDEFAULT_TIMEOUT = httpx.Timeout(timeout=3600000, connect=5.0)',
      ).replace('DEFAULT_MAX_RETRIES = 2', 'DEFAULT_MAX_RETRIES = 0'),
    );
  });

  it("takes the place of Stainless's words where sdkgen's module has them above the binding", () => {
    const withComment = SDKGEN.replace('DEFAULT_TIMEOUT =', '# default timeout is 1 minute\nDEFAULT_TIMEOUT =');
    const result = carry(withComment);
    expect(result.rejected).toEqual([]);
    expect(result.text).toContain('# default timeout is 1 hour\nDEFAULT_TIMEOUT = httpx.Timeout(timeout=3600000');
    expect(result.text).not.toContain('1 minute');
  });

  it('leaves for a person a changed comment with no constant after it', () => {
    const edited = STAINLESS.replace('1 minute', '1 hour').replace(
      'DEFAULT_MAX_RETRIES = 2',
      'DEFAULT_MAX_RETRIES = 0',
    );
    // (The comment is the timeout's, whose value they left: no constant of theirs for it to go with.)
    const result = reapplyPythonEdits(STAINLESS, edited, SDKGEN, {});
    expect(result.text).not.toContain('1 hour');
  });
});
