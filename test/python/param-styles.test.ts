/**
 * OpenAPI parameter styles in a generated Python SDK: path params in `label`, `matrix` and `simple` (array and object
 * values), query params `pipeDelimited`, `deepObject` and non-exploded `form`, as a local server receives them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonTempDir, generatePythonInto, runPythonAgainst } from '../helpers/python-sdk';

/** Calls a local server that answers with the raw path and query it received. */
const STYLES_CHECK = `${LOCAL_SERVER}
from styles_sdk import Styles

client = Styles(base_url=serve(lambda request: {"id": request.path}), max_retries=0)
print(client.items.retrieve(["a b", "c"], ids=[1, 2], filter={"role": "admin", "first": "Al"}).id)
print(client.items.retrieve(
    ["p"], ids=[3], filter={"role": "x"}, tags=["t1", "t2"], where={"status": "live"}, point={"x": 1, "y": 2}
).id)
`;

describe('a spec whose params have OpenAPI styles', () => {
  const dir = pythonTempDir('py-styles');

  it('sends path and query values as the styles say', async () => {
    const out = generatePythonInto(dir, path.join(dir, 'out'), {
      spec: path.join(import.meta.dirname, 'fixtures', 'param-styles.yaml'),
    });
    const result = await runPythonAgainst(out, STYLES_CHECK);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      '/items/.1.2/;role=admin;first=Al/a%20b,c',
      '/items/.3/;role=x/p?tags=t1%7Ct2&where%5Bstatus%5D=live&point=x%2C1%2Cy%2C2',
    ]);
  }, 120_000);
});
