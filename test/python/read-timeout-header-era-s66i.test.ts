/**
 * The `X-Stainless-Read-Timeout` header (the read timeout of the request, in seconds) is sent by the Python clients of
 * Stainless's era from "send `X-Stainless-Read-Timeout` header" on (python-era.ts, READ_TIMEOUT_HEADER_SINCE); the
 * runtime of an earlier era neither sends it nor carries the code. With SDKGEN_PYTHON_TESTS=full, both eras' SDKs are
 * generated, checked under pyright strict, and call a local server that records the header received.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import {
  environmentWithout,
  generatePythonInto,
  LOCAL_SERVER,
  pythonTempDir,
  runPythonAgainst,
} from '../helpers/python-sdk';

/** The day before READ_TIMEOUT_HEADER_SINCE, and the day itself. */
const BEFORE = '2025-02-04';
const FROM = '2025-02-05';

const CHECK = `${LOCAL_SERVER}
import asyncio
import httpx
from single_sdk import Single, AsyncSingle

url, received = serve_recording(lambda request: str(request.headers.get("x-stainless-read-timeout")))

Single(base_url=url, bearer_token="T", max_retries=0).things.list()
Single(base_url=url, bearer_token="T", max_retries=0, timeout=12.5).things.list()
Single(base_url=url, bearer_token="T", max_retries=0).things.list(timeout=httpx.Timeout(30.0, read=7.0))
asyncio.run(AsyncSingle(base_url=url, bearer_token="T", max_retries=0, timeout=3).things.list())
print("\\n".join(received))
`;

describe.runIf(PYTHON_FULL)('X-Stainless-Read-Timeout by era', () => {
  const dir = pythonTempDir('py-read-timeout-era');
  const fixtures = path.join(import.meta.dirname, 'fixtures');
  const out = (era: string) => path.join(dir, era);
  const baseClient = (era: string) => readFileSync(path.join(out(era), 'src/single_sdk/_base_client.py'), 'utf8');
  beforeAll(() => {
    for (const era of [BEFORE, FROM]) {
      generatePythonInto(dir, out(era), {
        spec: path.join(fixtures, 'optional-credentials.yaml'),
        config: path.join(fixtures, 'optional-credential-single.stainless.yml'),
        args: ['--stainless-era', era],
      });
    }
  }, 180_000);

  it('is in the runtime from the day on, and nowhere in it before', () => {
    expect(baseClient(FROM)).toContain('headers["X-Stainless-Read-Timeout"] = str(read_timeout)');
    expect(baseClient(BEFORE).toLowerCase()).not.toContain('read-timeout');
    expect(baseClient(BEFORE)).toContain('headers["X-Stainless-Retry-Count"] = str(retries_taken)');
  });

  it('type-checks under pyright strict at both eras', async () => {
    for (const era of [BEFORE, FROM]) {
      expect(await pyrightErrorsUnderOwnSettings(out(era), ['src/single_sdk'])).toEqual([]);
    }
  }, 300_000);

  it('is sent from the day on, and not before', async () => {
    const received: string[][] = [];
    for (const era of [BEFORE, FROM]) {
      const result = await runPythonAgainst(out(era), CHECK, { env: environmentWithout('SINGLE_') });
      expect(result.stderr).toBe('');
      received.push(result.stdout.trim().split('\n'));
    }
    expect(received).toEqual([
      ['None', 'None', 'None', 'None'],
      ['60.0', '12.5', '7.0', '3'],
    ]);
  }, 120_000);
});
if (!PYTHON_FULL) describe.skip(`X-Stainless-Read-Timeout by era: ${FULL_ONLY_NOTICE}`, () => {});
