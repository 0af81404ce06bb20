/**
 * The read-write-only fixture as its users meet it: what `tsc --strict` accepts and rejects in calls and
 * responses (readOnly properties are not part of requests, writeOnly ones not of responses, at every depth).
 * Its generated tests run against Prism mocking the fixture in test/fixture-sdks.test.ts, like every fixture's
 * (Prism validates every request body against the spec, readOnly/writeOnly rules included).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { ROOT } from './helpers/paths';
import { tempDir, writeFiles } from './helpers/sdk';

const SPEC = path.join(ROOT, 'test/fixtures/read-write-only.yaml');

/** A program using the SDK: each `@ts-expect-error` line must fail to compile, every other line must compile. */
const CONSUMER = `import ReadClient from './src/index.js';
import type { Category, Pet, PetParam } from './src/index.js';

export async function usage(client: ReadClient): Promise<void> {
  // A readOnly property is not sent, even nested: the Pets of an order are PetParams.
  await client.orders.create({ pets: [{ name: 'x' }] });
  await client.orders.create({ pets: [{ name: 'x', password: 'secret' }] });
  // @ts-expect-error \`id\` is readOnly: an excess property in a request
  await client.orders.create({ pets: [{ id: 1, name: 'x' }] });
  // @ts-expect-error the body's own readOnly \`id\` is not a param either
  await client.orders.create({ id: 'o_1', pets: [] });
  // @ts-expect-error nor in a recursive schema, at any depth
  await client.categories.create({ name: 'a', children: [{ name: 'b', children: [{ id: 3, name: 'c' }] }] });
  // @ts-expect-error nor in an allOf part
  await client.dogs.update('d', { body: [{ name: 'x', breed: 'y', registeredAt: '2020-01-01' }] });
  // @ts-expect-error nor in a map
  await client.kennels.create({ residents: [], byName: { rex: { id: 1, name: 'Rex' } } });

  // A readOnly property is in responses (and required there); a writeOnly one is not.
  const order = await client.orders.retrieve('o_1');
  const pet: Pet | undefined = order.pets[0];
  const id: number | undefined = pet?.id;
  // @ts-expect-error \`password\` is writeOnly: never in a response
  pet?.password;
  const category: Category = await client.categories.create({ name: 'a' });
  const childIds: number[] = (category.children ?? []).map((c) => c.id);

  // A request-side value is not a response-side one (it has no id), and the reverse holds only structurally.
  const param: PetParam = { name: 'x' };
  // @ts-expect-error a PetParam lacks the id every Pet has
  const asPet: Pet = param;
  void [id, childIds, asPet];
}
`;

let dir = '';

beforeAll(async () => {
  dir = tempDir('read-write-only');
  const result = await generate({ spec: SPEC });
  writeFiles(dir, result.files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
});

describe('read-write-only fixture', () => {
  it('type-checks (src, generated tests and a consumer program whose @ts-expect-error lines are rejected)', () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'tests/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
