/**
 * A client of a Stainless SDK of the era of "support setting headers via env" (python-era.ts, CUSTOM_HEADERS_ENV_SINCE)
 * reads `<PREFIX>_CUSTOM_HEADERS` when constructed: one `Name: value` a line, a line without a colon skipped, the
 * names and values trimmed; the `default_headers` the caller gives win over them. A client of an earlier era reads no
 * such variable. With SDKGEN_PYTHON_TESTS=full the client calls a local server that records what it received.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import {
  environmentWithout,
  generatePythonInto,
  LOCAL_SERVER,
  pythonTempDir,
  runPythonAgainst,
} from '../helpers/python-sdk';

const CHECK = `${LOCAL_SERVER}
import asyncio, os
from single_sdk import Single, AsyncSingle

url, received = serve_recording(lambda request: f"a={request.headers.get('x-a')} b={request.headers.get('x-b')} c={request.headers.get('x-c')}")

os.environ["SINGLE_CUSTOM_HEADERS"] = "X-A:  one \\nno colon here\\nX-B: two: with colon\\n"
Single(base_url=url, bearer_token="T", max_retries=0).things.list()
Single(base_url=url, bearer_token="T", max_retries=0, default_headers={"X-A": "mine", "X-C": "three"}).things.list()
Single(base_url=url, bearer_token="T", max_retries=0).with_options(default_headers={"X-B": "copy"}).things.list()
asyncio.run(AsyncSingle(base_url=url, bearer_token="T", max_retries=0).things.list())
del os.environ["SINGLE_CUSTOM_HEADERS"]
Single(base_url=url, bearer_token="T", max_retries=0).things.list()
print("\\n".join(received))
`;

describe('headers from <PREFIX>_CUSTOM_HEADERS', () => {
  const dir = pythonTempDir('py-custom-headers');
  const fixtures = path.join(import.meta.dirname, 'fixtures');
  const generate = (era: string) =>
    generatePythonInto(dir, path.join(dir, era), {
      spec: path.join(fixtures, 'optional-credentials.yaml'),
      config: path.join(fixtures, 'optional-credential-single.stainless.yml'),
      args: ['--stainless-era', era],
    });
  let recent = '';
  let earlier = '';
  beforeAll(() => {
    recent = generate('2026-05-01');
    earlier = generate('2026-04-01');
  }, 180_000);

  it('is read by the clients of the era, before the base client is built, and by no earlier one', () => {
    const client = readFileSync(path.join(recent, 'src/single_sdk/_client.py'), 'utf8');
    expect(client.match(/custom_headers_env = os\.environ\.get\("SINGLE_CUSTOM_HEADERS"\)/g)).toHaveLength(2);
    expect(client).toContain('from ._utils import (\n    is_given,\n    is_mapping_t,\n    get_async_library,\n)');
    expect(client.indexOf('default_headers = {**parsed')).toBeLessThan(client.indexOf('super().__init__('));
    const before = readFileSync(path.join(earlier, 'src/single_sdk/_client.py'), 'utf8');
    expect(before).not.toContain('CUSTOM_HEADERS');
    expect(before).toContain('from ._utils import is_given, get_async_library');
  });

  it.runIf(PYTHON_FULL)(
    'sends them under the headers the caller gives',
    async () => {
      const result = await runPythonAgainst(recent, CHECK, { env: environmentWithout('SINGLE_') });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        'a=one b=two: with colon c=None',
        'a=mine b=two: with colon c=three',
        'a=one b=copy c=None',
        'a=one b=two: with colon c=None',
        'a=None b=None c=None',
      ]);
    },
    120_000,
  );
  if (!PYTHON_FULL) it.skip(`requests: ${FULL_ONLY_NOTICE}`, () => {});
});
