/**
 * A whole request body that is a map (`type: object`, `additionalProperties` alone: `body: Dict[str, object]`) is
 * transformed as its method's params TypedDict, as Stainless's Python SDKs write it (embed-python's
 * `maybe_transform(body, proxy_delete_params.ProxyDeleteParams)`, papr's `SchemaUpdateParams`, honcho's
 * `PeerAddParams` of a `Dict[str, SessionPeerConfigParam]`), not as its annotation; an array body keeps its annotation
 * (honcho's `maybe_transform(body, List[str])`). With SDKGEN_PYTHON_TESTS=full: pyright strict and mypy, and a call
 * to a real server on 127.0.0.1 sends the map as given.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Wb, version: '1' }
servers: [{ url: 'http://localhost' }]
paths:
  /end-users/{id}/passthrough/{slug}:
    post:
      operationId: passthrough
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: slug, in: path, required: true, schema: { type: string, enum: [qbd] } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, properties: {}, additionalProperties: true, description: The raw request. }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, additionalProperties: true } } } }
  /tags:
    put:
      operationId: setTags
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: array, items: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, additionalProperties: true } } } }
`;

const CONFIG = `
organization: { name: wb }
targets:
  python:
    package_name: wb_sdk
resources:
  end_users:
    methods:
      passthrough: post /end-users/{id}/passthrough/{slug}
  tags:
    methods:
      set: put /tags
`;

const SCRIPT = `${LOCAL_SERVER}
import asyncio
from wb_sdk import Wb, AsyncWb

seen = []

def answer(request):
    seen.append({"path": request.path, "body": json.loads(request.body)})
    return {"ok": True}

url = serve(answer)
payload = {"InvoiceQueryRq": {"MaxReturned": 2}, "id": "not-the-path", "body": [1, 2]}
Wb(base_url=url, max_retries=0).end_users.passthrough("qbd", id="u1", body=payload)
asyncio.run(AsyncWb(base_url=url, max_retries=0).end_users.passthrough("qbd", id="u2", body={"a": None}))
Wb(base_url=url, max_retries=0).tags.set(body=["x", "y"])
print(json.dumps(seen))
`;

describe('a whole map body', () => {
  const sdk = pythonSdk('py-whole-map-body', {
    spec: { name: 'openapi.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it('is transformed as the params TypedDict; an array body as its annotation', () => {
    const users = sdk.read('src/wb_sdk/resources/end_users.py');
    expect(users).toContain('body=maybe_transform(body, end_user_passthrough_params.EndUserPassthroughParams),');
    expect(users).toContain(
      'body=await async_maybe_transform(body, end_user_passthrough_params.EndUserPassthroughParams),',
    );
    expect(users).toContain('from ..types import end_user_passthrough_params');
    expect(users).not.toContain('Dict[str, object]),');
    expect(sdk.read('src/wb_sdk/resources/tags.py')).toContain('body=maybe_transform(body, SequenceNotStr[str]),');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, and sends the map as given',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/wb_sdk'], ['src', '.'])).toEqual([]);
      const mypy = await runMypy(sdk.out, ['--cache-dir', path.join(sdk.dir, 'mypy-cache'), 'src/wb_sdk']);
      expect(mypy.errors).toEqual([]);
      const run = await sdk.run(SCRIPT, { timeout: 5 * 60 * 1000 });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([
        {
          path: '/end-users/u1/passthrough/qbd',
          body: { InvoiceQueryRq: { MaxReturned: 2 }, id: 'not-the-path', body: [1, 2] },
        },
        { path: '/end-users/u2/passthrough/qbd', body: { a: null } },
        { path: '/tags', body: ['x', 'y'] },
      ]);
    },
    600_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright, mypy and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
