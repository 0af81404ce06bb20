/**
 * Stainless's `APIPromise` names the parsed body's promise `parse()`, and owners add methods to that class which call
 * it (nuntly's `safeAwait()`: `const data = await this.parse()`); migrate carries such a method into sdkgen's
 * `APIPromise`. An SDK made from a Stainless config answers to the name, from the same request; others lack it.
 */
import { expect, test } from 'vitest';
import { STAINLESS_VIEW } from './helpers/sdk';
import { json } from './helpers/server';
import { setup } from './helpers/setup';

const t = setup(STAINLESS_VIEW);
const lean = setup();

test("a method added to Stainless's APIPromise reads the body through this.parse(), sharing the request", async () => {
  let requests = 0;
  t.server.on('GET /items/1', (req, res, call) => (requests++, json(200, { id: '1', name: 'one' })(req, res, call)));
  // As the owners' method, carried into the class: the body, or the error, without a try block at the call.
  const safeAwait = async function (this: { parse(): Promise<unknown> }) {
    try {
      return { data: await this.parse(), error: null };
    } catch (error) {
      return { data: null, error };
    }
  };
  const promise = t.client().items.get('1');
  expect(await safeAwait.call(promise)).toEqual({ data: { id: '1', name: 'one' }, error: null });
  expect(await promise).toEqual({ id: '1', name: 'one' });
  expect(requests).toBe(1);
  t.server.on('GET /items/2', json(404, { message: 'no such item' }));
  const failed = await safeAwait.call(t.client().items.get('2'));
  expect([failed.data, (failed.error as { status?: number }).status]).toEqual([null, 404]);
  expect(lean.sdk.APIPromise.prototype.parse).toBeUndefined();
});
