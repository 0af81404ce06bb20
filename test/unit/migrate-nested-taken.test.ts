/**
 * A type whose nested schema another type has (openai-node's `TextDelta`: the first `text` of its shape is
 * `MessageContentText`'s): another of its shape whose place names it (`MessageDeltaContentTextObject`'s `text`), never
 * merely the next of its shape anywhere.
 */
import { describe, expect, it } from 'vitest';
import { nestedSchemasFound } from '../../generator/migrate/derived-config/nested-schemas';
import type { NestedSchema, Shape } from '../../generator/migrate/derived-config/input-types';

const text: Shape = { kind: 'object', members: ['annotations', 'value'] };
const at = (pointer: string, place: string): NestedSchema => ({ pointer, place, shape: text, inResponse: true });
const nested: NestedSchema[] = [
  at('#/components/schemas/MessageContentTextObject/properties/text', 'text'),
  at('#/components/schemas/Other/properties/caption', 'caption'),
  at('#/components/schemas/MessageDeltaContentTextObject/properties/text', 'text'),
];

describe('migrate: derived config, nested schemas another type has', () => {
  it('gives the type another whose place names it', () => {
    const found = new Map<string, string | null>([
      ['MessageContentText', nested[0].pointer],
      ['TextDelta', null],
    ]);
    const result = nestedSchemasFound(found, new Map([['TextDelta', text]]), nested);
    expect(result.get('TextDelta')).toBe(nested[2].pointer);
  });

  it('gives none where only one its place does not name is left', () => {
    const found = new Map<string, string | null>([
      ['MessageContentText', nested[0].pointer],
      ['MessageDeltaText', nested[2].pointer],
      ['TextDelta', null],
    ]);
    expect(nestedSchemasFound(found, new Map([['TextDelta', text]]), nested).has('TextDelta')).toBe(false);
  });
});
