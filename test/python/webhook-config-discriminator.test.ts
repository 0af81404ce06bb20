/**
 * A `webhook_unwrap` method's `discriminator:` in the config names the property its union of events is discriminated
 * by (imagekit's `discriminator: type`), where inference would take the first property every event gives a value of
 * its own; a named property the events do not all give a value of their own leaves the union plain. In-process
 * generation of a small spec (cheap).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { tempDir } from '../helpers/sdk';

const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);

/** The webhooks fixture, each event also requiring a `source` of its own, declared before `type`. */
const SPEC = readFileSync(fixture('webhooks.yaml'), 'utf8')
  .replace('required: [type, order_id]', 'required: [source, type, order_id]')
  .replace(
    'properties: { type: { const: order.created }',
    'properties: { source: { const: shop }, type: { const: order.created }',
  )
  .replace('required: [type, reason]', 'required: [source, type, reason]')
  .replace(
    'properties: { type: { const: order.cancelled }',
    'properties: { source: { const: desk }, type: { const: order.cancelled }',
  );

const CONFIG = readFileSync(fixture('webhooks.stainless.yml'), 'utf8');

describe('a webhook unwrap’s discriminator named in the config', () => {
  const dir = tempDir('sdkgen-py-webhook-config-discriminator');
  const outputs = new Map<string, Map<string, string>>();
  const run = async (name: string, config: string) => {
    writeFileSync(path.join(dir, `${name}.yaml`), SPEC);
    writeFileSync(path.join(dir, `${name}.stainless.yml`), config);
    const result = await generate({
      spec: path.join(dir, `${name}.yaml`),
      config: path.join(dir, `${name}.stainless.yml`),
      target: 'python',
    });
    outputs.set(name, new Map(result.files.map((file) => [file.path, file.contents])));
  };
  beforeAll(async () => {
    await run('named', CONFIG);
    await run('unnamed', CONFIG.replace(/\n\s+discriminator: type/g, ''));
    await run('absent', CONFIG.replace(/discriminator: type/g, 'discriminator: channel'));
  }, 120_000);
  const union = (name: string, method = 'unwrap') =>
    outputs.get(name)!.get(`src/acme/types/${method}_webhook_event.py`)!;

  it('is discriminated by the property the config names', () => {
    for (const method of ['unwrap', 'unsafe_unwrap']) {
      expect(union('named', method)).toContain('PropertyInfo(discriminator="type")');
      expect(union('named', method)).not.toContain('discriminator="source"');
    }
  });

  it('by the first property telling the events apart where the config names none', () => {
    expect(union('unnamed')).toContain('PropertyInfo(discriminator="source")');
  });

  it('is a plain union where the events give the named property no value of their own', () => {
    expect(union('absent')).toMatch(/TypeAlias = Union\[/);
    expect(union('absent')).not.toContain('PropertyInfo');
  });
});
