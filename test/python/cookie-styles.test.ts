/**
 * Cookie params that are arrays or objects, sent in OpenAPI's `form` style by both targets: exploded (form's
 * default) as cookies of their own (`ids=3; ids=4`, `role=admin; name=Al`), else one cookie of `,`-joined parts
 * (`tags=a,b`, `pref=role,admin,name,Al`). Each SDK calls a real 127.0.0.1 server that records the Cookie header.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/param-styles.test.ts samples parameter styles (docs/contributing.md, "What `npm test` samples").
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { TMP } from '../helpers/paths';
import { generatePython, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, runPythonAgainst } from '../helpers/python-sdk';
import { echo, TestServer } from '../runtime/helpers/server';
import { tempDir } from '../helpers/sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Crumbs, version: '1' }
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - { name: session, in: cookie, schema: { type: string } }
        - { name: ids, in: cookie, schema: { type: array, items: { type: integer } } }
        - { name: tags, in: cookie, explode: false, schema: { type: array, items: { type: string } } }
        - { name: filter, in: cookie, schema: { $ref: '#/components/schemas/Filter' } }
        - { name: pref, in: cookie, explode: false, schema: { $ref: '#/components/schemas/Filter' } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
components:
  schemas:
    Filter:
      type: object
      properties:
        role: { type: string }
        name: { type: string }
`;

const EXPECTED = 'session=s%201; ids=3; ids=4; tags=a,b%3Bc; role=admin; name=Al; pref=role,admin,name,Al';

describe.runIf(PYTHON_FULL)('array and object cookie params', () => {
  const dir = tempDir('sdkgen-cookie-styles');
  const spec = path.join(dir, 'crumbs.yaml');
  beforeAll(() => writeFileSync(spec, SPEC));

  describe('TypeScript', () => {
    const server = new TestServer();
    const out = path.join(TMP, `cookie-styles-${process.pid}`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let Crumbs: new (options: Record<string, unknown>) => any;
    beforeAll(async () => {
      await server.start();
      const result = await generate({ spec, format: false });
      for (const file of result.files) {
        await mkdir(path.dirname(path.join(out, file.path)), { recursive: true });
        await writeFile(path.join(out, file.path), file.contents);
      }
      ({ Crumbs } = await import(/* @vite-ignore */ pathToFileURL(path.join(out, 'src/index.ts')).href));
    });
    afterAll(async () => {
      await server.stop();
      await rm(out, { recursive: true, force: true });
    });

    it('sends each in its form style', async () => {
      server.on('GET /items', echo);
      const client = new Crumbs({ baseURL: server.url, maxRetries: 0 });
      await client.items.list({
        session: 's 1',
        ids: [3, 4],
        tags: ['a', 'b;c'],
        filter: { role: 'admin', name: 'Al' },
        pref: { role: 'admin', name: 'Al' },
      });
      await client.items.list({ ids: [] });
      const [full, empty] = server.received();
      expect(full!.headers.cookie).toBe(EXPECTED);
      expect(empty!.headers.cookie).toBeUndefined();
    });
  });

  describe('Python', () => {
    const out = path.join(dir, 'py');
    // Without a Stainless config: under one, cookie parameters are left out, as Stainless's SDKs have none
    // (test/unit/stainless-cookie-params-r34m.test.ts).
    beforeAll(() => generatePython(spec, out));

    it('sends each in its form style', async () => {
      const check = `${LOCAL_SERVER}
from crumbs_sdk import Crumbs

seen = []

def record(request):
    seen.append(str(request.headers.get("Cookie")))
    return {}

client = Crumbs(base_url=serve(record), max_retries=0)
client.items.list(
    session="s 1",
    ids=[3, 4],
    tags=["a", "b;c"],
    filter={"role": "admin", "name": "Al"},
    pref={"role": "admin", "name": "Al"},
)
client.items.list(ids=[])
print("\\n".join(seen))
`;
      const result = await runPythonAgainst(out, check);
      expect(result.stderr).toBe('');
      // (The params in the method's order, which is not the spec's.)
      const [full, empty] = result.stdout.trim().split('\n');
      expect(full.split('; ').sort()).toEqual(EXPECTED.split('; ').sort());
      expect(full).toContain('ids=3; ids=4');
      expect(empty).toBe('None');
    }, 120_000);
  });
});
