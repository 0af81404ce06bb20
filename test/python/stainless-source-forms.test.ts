/**
 * Forms of the Python source Stainless writes that the source-distance measure (scripts/stainless-distance-python.mjs)
 * found missing (issue 91): imports in the order Ruff's isort gives them under the settings the generated
 * pyproject.toml sets (else the SDK's own `scripts/lint` fails), the docstrings of a resource's `with_raw_response` /
 * `with_streaming_response` properties and of a resource's classes and the properties returning it (its tag's
 * description), the wrapper classes' order and their one-argument-a-line bindings, a
 * `resources/__init__.py` re-exporting through `__all__`, and `_client.py` importing each resource lazily. One generation, Ruff's WebAssembly build: cheap.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePython, listFiles } from '../helpers/python';

/** Tag descriptions of 79 and 80 characters: either side of the length where Stainless's docstring leaves one line. */
const ORDERS = 'Orders placed in the shop, each with the items bought and the delivery address.';
const NOTES = 'Notes the staff left on an order: who wrote each one, when, and what it asks of.';

const SPEC = `
openapi: 3.0.3
info: { title: Shop, version: '1' }
tags:
  - { name: Orders, description: '${ORDERS}' }
  - { name: Notes, description: '${NOTES}' }
paths:
  /orders:
    get:
      operationId: listOrders
      tags: [Orders]
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [open, closed] } }
        - { name: since, in: query, schema: { type: string, format: date-time } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Order' } } } } }
    post:
      operationId: createOrder
      tags: [Orders]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [item]
              properties:
                item: { type: string }
                quantity: { type: integer }
                metadata: { type: object, additionalProperties: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } } }
  /orders/{order_id}/notes:
    get:
      operationId: listNotes
      tags: [Notes]
      parameters:
        - { name: order_id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { notes: { type: array, items: { type: string } } } } } } }
components:
  schemas:
    Order:
      type: object
      required: [id, created_at]
      properties:
        id: { type: string }
        created_at: { type: string, format: date-time }
        status: { type: string, enum: [open, closed] }
        total: { anyOf: [{ type: number }, { type: string }] }
        tags: { type: array, items: { type: string } }
`;

const CONFIG = `
organization: { name: shop }
targets:
  python: { package_name: shop_sdk, production_repo: acme/shop-python }
resources:
  orders:
    models:
      order: '#/components/schemas/Order'
    methods:
      list: get /orders
      create: post /orders
    subresources:
      notes:
        methods:
          list: get /orders/{order_id}/notes
`;

let dir: string;
let out: string;
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-source-forms-'));
  out = path.join(dir, 'out');
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  generatePython(path.join(dir, 'openapi.yml'), out, path.join(dir, 'stainless.yml'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The `[tool.ruff.lint.isort]` settings of the generated pyproject.toml, as Ruff's WebAssembly build takes them. */
function isortSettings(pyproject: string): Record<string, unknown> {
  const section = /\[tool\.ruff\.lint\.isort\]\n([\s\S]*?)(?:\n\[|$)/.exec(pyproject)?.[1] ?? '';
  const settings: Record<string, unknown> = {};
  for (const [, key, value] of section.matchAll(/^([\w-]+) = (.+)$/gm)) settings[key] = JSON.parse(value);
  return settings;
}

describe('the Python source in the forms Stainless writes', () => {
  it("passes Ruff's isort rule (I001) with the generated pyproject's settings", () => {
    const isort = isortSettings(read('pyproject.toml'));
    expect(isort['length-sort']).toBe(true);
    type Ruff = typeof import('@astral-sh/ruff-wasm-nodejs');
    const ruff = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as Ruff;
    const workspace = new ruff.Workspace(
      { 'line-length': 120, lint: { select: ['I'], isort } },
      ruff.PositionEncoding.Utf16,
    );
    // Every module of the package: the printed ones and the runtime copied from templates/python/runtime.
    const modules = listFiles(path.join(out, 'src/shop_sdk'), /\.py$/);
    expect(modules).toContain('_base_client.py');
    expect(modules).toContain('_utils/__init__.py');
    expect(modules.filter((file) => /^(resources|types)\//.test(file)).length).toBeGreaterThan(8);
    const unsorted = modules.filter((file) => workspace.check(read(`src/shop_sdk/${file}`)).length > 0);
    expect(unsorted).toEqual([]);
  });

  it("imports each resource in the body of the client's property returning it, as Stainless's current clients", () => {
    const client = read('src/shop_sdk/_client.py');
    // Only the type checker sees the resources' modules at import time.
    expect(client).not.toMatch(/^from \.resources/m);
    expect(client).toContain(
      [
        'if TYPE_CHECKING:',
        '    from .resources import orders',
        '    from .resources.orders.orders import OrdersResource, AsyncOrdersResource',
      ].join('\n'),
    );
    expect(client).toContain(
      [
        '    @cached_property',
        '    def orders(self) -> AsyncOrdersResource:',
        `        """${ORDERS}"""`,
        '        from .resources.orders import AsyncOrdersResource',
        '',
        '        return AsyncOrdersResource(self)',
      ].join('\n'),
    );
    expect(client).toContain(
      [
        '    def orders(self) -> orders.OrdersResourceWithStreamingResponse:',
        `        """${ORDERS}"""`,
        '        from .resources.orders import OrdersResourceWithStreamingResponse',
        '',
        '        return OrdersResourceWithStreamingResponse(self._client.orders)',
      ].join('\n'),
    );
    const classes = [...client.matchAll(/^class (\w+)/gm)].map(([, name]) => name);
    expect(classes).toEqual([
      'Shop',
      'AsyncShop',
      'ShopWithRawResponse',
      'AsyncShopWithRawResponse',
      'ShopWithStreamedResponse',
      'AsyncShopWithStreamedResponse',
    ]);
    expect(client).toContain('    def _make_status_error(\n        self,\n        err_msg: str,\n');
  });

  it("documents a resource's with_raw_response and with_streaming_response properties", () => {
    const orders = read('src/shop_sdk/resources/orders/orders.py');
    expect(orders).toContain(
      [
        '    def with_raw_response(self) -> OrdersResourceWithRawResponse:',
        '        """',
        '        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response',
        '        itself (status, headers, body) instead of the parsed result.',
        '',
        '        See https://www.github.com/acme/shop-python#accessing-raw-response-data-eg-headers',
        '        """',
      ].join('\n'),
    );
    expect(orders).toContain(
      [
        '    def with_streaming_response(self) -> AsyncOrdersResourceWithStreamingResponse:',
        '        """',
        '        As `.with_raw_response`, but the body is read only when asked for (a context manager).',
        '',
        '        See https://www.github.com/acme/shop-python#with_streaming_response',
        '        """',
      ].join('\n'),
    );
  });

  it("describes a resource with methods by its tag's description, on its classes and the properties returning it", () => {
    const orders = read('src/shop_sdk/resources/orders/orders.py');
    expect(orders).toContain(`class OrdersResource(SyncAPIResource):\n    """${ORDERS}"""\n\n`);
    expect(orders).toContain(`class AsyncOrdersResource(AsyncAPIResource):\n    """${ORDERS}"""\n\n`);
    // A description of 80 characters or more opens and closes its docstring on lines of their own, as Stainless's.
    expect(orders).toContain(`    def notes(self) -> NotesResource:\n        """\n        ${NOTES}\n        """\n`);
    expect(orders).toContain(
      `    def notes(self) -> AsyncNotesResourceWithStreamingResponse:\n        """\n        ${NOTES}\n        """\n`,
    );
    const notes = read('src/shop_sdk/resources/orders/notes.py');
    expect(notes).toContain(`class NotesResource(SyncAPIResource):\n    """\n    ${NOTES}\n    """\n\n`);
  });

  it('writes the raw wrappers before the streaming ones, each binding one argument a line', () => {
    const orders = read('src/shop_sdk/resources/orders/orders.py');
    const order = [...orders.matchAll(/^class (\w+Resource\w*)[(:]/gm)].map((match) => match[1]);
    expect(order).toEqual([
      'OrdersResource',
      'AsyncOrdersResource',
      'OrdersResourceWithRawResponse',
      'AsyncOrdersResourceWithRawResponse',
      'OrdersResourceWithStreamingResponse',
      'AsyncOrdersResourceWithStreamingResponse',
    ]);
    expect(orders).toContain('        self.create = to_raw_response_wrapper(\n            orders.create,\n        )\n');
  });

  it('re-exports the resources through __all__, each class beside its async twin', () => {
    const init = read('src/shop_sdk/resources/__init__.py');
    expect(init).not.toMatch(/ as /);
    expect(init).toContain(
      [
        'from .orders import (',
        '    OrdersResource,',
        '    AsyncOrdersResource,',
        '    OrdersResourceWithRawResponse,',
        '    AsyncOrdersResourceWithRawResponse,',
        '    OrdersResourceWithStreamingResponse,',
        '    AsyncOrdersResourceWithStreamingResponse,',
        ')',
      ].join('\n'),
    );
    expect(init).toMatch(/__all__ = \[\n {4}"OrdersResource",\n {4}"AsyncOrdersResource",/);
  });
});
