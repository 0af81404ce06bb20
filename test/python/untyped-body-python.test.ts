/**
 * A whole request body with no schema (`schema: {}`): the method takes `body: object` and transforms it as its params
 * type (`maybe_transform(body, validator_create_params.ValidatorCreateParams)`), as Stainless prints it, where a typed
 * whole body is transformed as its own annotation. With SDKGEN_PYTHON_TESTS=full the SDK sends both to a local
 * server answering with the body it received, and pyright strict checks the resources.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyrightErrorsUnderOwnSettings, FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const SEND_CHECK = `${LOCAL_SERVER}
import datetime
from untyped_sdk import Untyped

client = Untyped(base_url=serve(lambda request: {"received": request.body.decode()}), max_retries=0)
print(client.validators.create(body={"name": "x", "n": [1, 2]}).received)
print(client.validators.create(body=[True, None]).received)
when = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)
print(client.things.create(body=[{"when": when}]).received)
`;

describe('a whole request body without a schema', () => {
  const read = (file: string) => sdk.read(`src/untyped_sdk/${file}`);
  const sdk = pythonSdk('py-untyped-body', { spec: path.join(import.meta.dirname, 'fixtures', 'untyped-body.yaml') });

  it('is transformed as its params type; a typed one as its annotation', () => {
    const validators = read('resources/validators.py');
    expect(validators).toContain('body=maybe_transform(body, validator_create_params.ValidatorCreateParams),');
    expect(validators).toContain(
      'body=await async_maybe_transform(body, validator_create_params.ValidatorCreateParams),',
    );
    expect(validators).toContain('from ..types import validator_create_params');
    expect(read('resources/things.py')).toContain('body=maybe_transform(body, Iterable[thing_create_params.Body]),');
  });

  it.runIf(PYTHON_FULL)(
    'sends the body as it was given, and type-checks under pyright strict',
    async () => {
      const result = await sdk.run(SEND_CHECK);
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        '{"name":"x","n":[1,2]}',
        '[true,null]',
        '[{"when":"2024-05-06T07:08:09+00:00"}]',
      ]);
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/untyped_sdk/resources'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
