/**
 * A `webhook_unwrap` method's union of events, discriminated as Stainless writes it from
 * WEBHOOK_EVENT_DISCRIMINATOR_SINCE on (imagekit's `UnwrapWebhookEvent`): `Annotated[Union[...],
 * PropertyInfo(discriminator="type")]` where every event requires a property of a value of its own (here one event
 * through an `allOf` narrowing a base's `type: string`); a plain `Union` in an older era, and where two events share a
 * value. In-process generations of a small spec (cheap).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { tempDir } from '../helpers/sdk';

const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);

/** The webhooks fixture, with a third event composed from a base by `allOf` (its `type` narrowed to a const). */
function spec(shippedType: string): string {
  return readFileSync(fixture('webhooks.yaml'), 'utf8')
    .replace(
      'webhooks:\n',
      `webhooks:
  order-shipped:
    post:
      requestBody:
        content: { application/json: { schema: { $ref: '#/components/schemas/OrderShippedEvent' } } }
      responses: { '200': { description: ok } }
`,
    )
    .replace(
      'components:\n  schemas:\n',
      `components:
  schemas:
    BaseEvent:
      type: object
      required: [type]
      properties: { type: { type: string } }
    OrderShippedEvent:
      allOf:
        - $ref: '#/components/schemas/BaseEvent'
        - type: object
          required: [type, carrier]
          properties: { type: { const: ${shippedType} }, carrier: { type: string } }
`,
    );
}

const UNION = /UnwrapWebhookEvent: TypeAlias = ([\s\S]*?)\n\n?$/;

describe('a webhook unwrap’s union of events', () => {
  const dir = tempDir('sdkgen-py-webhook-discriminator');
  const outputs = new Map<string, Map<string, string>>();
  const run = async (name: string, shippedType: string, era: string | null) => {
    const specFile = path.join(dir, `${name}.yaml`);
    writeFileSync(specFile, spec(shippedType));
    const result = await generate({
      spec: specFile,
      config: fixture('webhooks.stainless.yml'),
      target: 'python',
      stainlessEra: era,
    });
    outputs.set(name, new Map(result.files.map((file) => [file.path, file.contents])));
  };
  beforeAll(async () => {
    await run('newest', 'order.shipped', null);
    await run('older', 'order.shipped', '2025-11-27');
    await run('shared', 'order.created', null);
  }, 120_000);
  const union = (name: string) => UNION.exec(outputs.get(name)!.get('src/acme/types/unwrap_webhook_event.py')!)![1];

  it('is discriminated by the property each event gives a value of its own', () => {
    const module = outputs.get('newest')!.get('src/acme/types/unwrap_webhook_event.py')!;
    expect(union('newest')).toBe(
      'Annotated[\n    Union[OrderShippedWebhookEvent, OrderCreatedWebhookEvent, OrderCancelledWebhookEvent],\n' +
        '    PropertyInfo(discriminator="type"),\n]',
    );
    expect(module).toContain('from .._utils import PropertyInfo');
    expect(module).toContain('from typing_extensions import Annotated, TypeAlias');
    expect(outputs.get('newest')!.get('src/acme/types/unsafe_unwrap_webhook_event.py')).toContain(
      'PropertyInfo(discriminator="type")',
    );
  });

  it('is a plain union before that era, or where two events share a value', () => {
    for (const name of ['older', 'shared']) {
      expect(union(name)).toMatch(/^Union\[/);
      expect(union(name)).not.toContain('PropertyInfo');
    }
  });
});
