/**
 * A type api.md lists, declared with a literal (`object: 'chat.completion'`), is the schema of its keys that has the
 * same literal, before one whose name merely starts with the type's (writer's `ChatCompletion` is the spec's
 * `chat_response`, not `chat_completion_chunk`, whose `object` is `'chat.completion.chunk'`).
 */
import { describe, expect, it } from 'vitest';
import { schemaFor } from '../../generator/migrate/derived-config/schema-match';
import type { Shape } from '../../generator/migrate/derived-config/input-types';

const members = ['choices', 'created', 'id', 'model', 'object'];
const shapeWith = (object: string): Shape => ({
  kind: 'object',
  members,
  detail: ['choices', 'created', 'id', 'model', `object=${object}`],
});
const schemas = [
  { key: 'chat_completion_chunk', name: 'ChatCompletionChunk', shape: shapeWith('chat.completion.chunk') },
  { key: 'chat_response', name: 'ChatResponse', shape: shapeWith('chat.completion') },
];

describe('migrate: derived config, a type of a literal', () => {
  it('is the schema with its literal, before one its name starts', () => {
    expect(schemaFor('ChatCompletion', schemas, shapeWith('chat.completion'), [])).toBe('chat_response');
    expect(schemaFor('ChatCompletionChunk', schemas, shapeWith('chat.completion.chunk'), [])).toBe(
      'chat_completion_chunk',
    );
  });

  it('still goes by the name where no schema has its literal', () => {
    expect(schemaFor('ChatCompletion', schemas, shapeWith('chat.completion.delta'), [])).toBe('chat_completion_chunk');
  });
});
