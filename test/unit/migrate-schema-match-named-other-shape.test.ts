/**
 * A type whose name a schema of another shape has, where several schemas are of its own shape (one literal too): the
 * one of its shape whose name holds every word of the type's, with the fewest others, before the schema of its name.
 * openai-node's `realtime` declares its own `ResponseTextDoneEvent` (`event_id`, `response_id`, …), the shape of the
 * spec's `RealtimeServerEventResponseTextDone` and `RealtimeBetaServerEventResponseTextDone`; the spec's
 * `ResponseTextDoneEvent` (`logprobs`, `sequence_number`) is the `responses` resource's. Before, the name won: both
 * resources named one schema, declared in both modules, imported twice into the client (TS2300).
 */
import { describe, expect, it } from 'vitest';
import { schemaFor } from '../../generator/migrate/derived-config/schema-match';
import type { Shape } from '../../generator/migrate/derived-config/input-types';

const shape = (members: string[]): Shape => ({
  kind: 'object',
  members: [...members].sort(),
  detail: [...members].map((m) => (m === 'type' ? 'type=response.output_text.done' : m)).sort(),
});
const realtime = shape(['content_index', 'event_id', 'item_id', 'output_index', 'response_id', 'text', 'type']);
const responses = shape(['content_index', 'item_id', 'logprobs', 'output_index', 'sequence_number', 'text', 'type']);
const schemas = [
  { key: 'ResponseTextDoneEvent', name: 'ResponseTextDoneEvent', shape: responses },
  { key: 'RealtimeBetaServerEventResponseTextDone', name: 'RealtimeBetaServerEventResponseTextDone', shape: realtime },
  { key: 'RealtimeServerEventResponseTextDone', name: 'RealtimeServerEventResponseTextDone', shape: realtime },
];

describe('migrate: derived config, a schema of the name but another shape', () => {
  it('is passed over for the one of its shape holding its words with the fewest others', () => {
    expect(schemaFor('ResponseTextDoneEvent', schemas, realtime, [])).toBe('RealtimeServerEventResponseTextDone');
  });

  it('is still the type of its shape', () => {
    expect(schemaFor('ResponseTextDoneEvent', schemas, responses, [])).toBe('ResponseTextDoneEvent');
  });

  it('is still taken where no schema of its shape holds its words', () => {
    const unworded = schemas.map((s, i) => (i === 0 ? s : { ...s, key: `Other${i}`, name: `Other${i}` }));
    expect(schemaFor('ResponseTextDoneEvent', unworded, realtime, [])).toBe('ResponseTextDoneEvent');
  });
});
