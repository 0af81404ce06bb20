/**
 * Date and date-time header params of a method with no params module (headers alone): the signature writes them as a
 * params module would, `Union[str, datetime]` with no `PropertyInfo` (nothing transforms a header), and the runtime
 * sends a `date`/`datetime` given in ISO 8601, not as `str()` writes it (a space before the time). The SDK calls a
 * local server answering with the headers it received (with SDKGEN_PYTHON_TESTS=full, with pyright strict on the
 * resource).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyrightErrorsUnderOwnSettings, FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'date-headers.yaml');

const ECHO_CHECK = `${LOCAL_SERVER}
from datetime import date, datetime, timezone
from dated_sdk import Dated

def echo(request):
    return {k.lower(): v for k, v in request.headers.items() if k.lower() in ("x-sent-at", "x-day")}

client = Dated(base_url=serve(echo), max_retries=0)
sent_at = datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc)
print(json.dumps(client.echo.retrieve(x_sent_at=sent_at, x_day=date(2019, 12, 27)), sort_keys=True))
print(json.dumps(client.echo.retrieve(x_sent_at="2019-12-27T18:11:19Z"), sort_keys=True))
`;

describe('date and date-time header params', () => {
  const sdk = pythonSdk('py-date-headers', { spec: FIXTURE });

  it('the signature takes a string or a date, with no PropertyInfo', () => {
    const resource = sdk.read('src/dated_sdk/resources/echo.py');
    expect(resource).toContain('x_sent_at: Union[str, datetime] | Omit = omit,');
    expect(resource).toContain('x_day: Union[str, date] | Omit = omit,');
    expect(resource).not.toMatch(/\bAnnotated\b|\bPropertyInfo\b/);
  });

  it.runIf(PYTHON_FULL)(
    'sends a date and a date-time in ISO 8601, a string as given; pyright strict is clean',
    async () => {
      const result = await sdk.run(ECHO_CHECK);
      expect(result.stderr).toBe('');
      expect(
        result.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as unknown),
      ).toEqual([
        { 'x-sent-at': '2019-12-27T18:11:19.117000+00:00', 'x-day': '2019-12-27' },
        { 'x-sent-at': '2019-12-27T18:11:19Z' },
      ]);
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/dated_sdk/resources'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
