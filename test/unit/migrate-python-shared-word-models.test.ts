/**
 * Types Stainless's Python SDK names otherwise than the spec's schemas, where several schemas are of their shape and
 * none holds every word of their names: the one sharing most of them is each (`MessageBatchCanceledResult` is the
 * spec's `CanceledResult`, not `BetaCanceledResult`; `BetaMessageBatchCanceledResult` the latter), as the TypeScript
 * move matches them; and then the union over them (`MessageBatchResult`), written out in another schema. Anthropic's
 * SDK had both families left unmodelled, so its users' imports of them broke.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';

const API_MD = [
  '# Batches',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types.batches import (',
  '    MessageBatchCanceledResult,',
  '    MessageBatchResult,',
  '    MessageBatchSucceededResult,',
  ')',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /v1/batches">client.batches.<a href="./src/acme/resources/batches.py">list</a>() -> None</code>',
  '',
  '# Beta',
  '',
  '## Batches',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types.beta.batches import BetaMessageBatchCanceledResult, BetaMessageBatchSucceededResult',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /v1/beta/batches">client.beta.batches.<a href="./src/acme/resources/beta/batches.py">list</a>() -> None</code>',
  '',
].join('\n');

const model = (name: string, fields: string) =>
  `from typing_extensions import Literal\n\nfrom ..._models import BaseModel\n\n__all__ = ["${name}"]\n\n\nclass ${name}(BaseModel):\n${fields}`;

const FILES: Record<string, string> = {
  'src/acme/types/batches/message_batch_canceled_result.py': model(
    'MessageBatchCanceledResult',
    '    type: Literal["canceled"]\n',
  ),
  'src/acme/types/batches/message_batch_succeeded_result.py': model(
    'MessageBatchSucceededResult',
    '    message: Message\n\n    type: Literal["succeeded"]\n',
  ),
  'src/acme/types/batches/message_batch_result.py': [
    'from typing import Union',
    'from typing_extensions import Annotated, TypeAlias',
    '',
    '__all__ = ["MessageBatchResult"]',
    '',
    'MessageBatchResult: TypeAlias = Annotated[',
    '    Union[MessageBatchSucceededResult, MessageBatchCanceledResult], PropertyInfo(discriminator="type")',
    ']',
    '',
  ].join('\n'),
  'src/acme/types/beta/batches/beta_message_batch_canceled_result.py': model(
    'BetaMessageBatchCanceledResult',
    '    type: Literal["canceled"]\n',
  ),
  'src/acme/types/beta/batches/beta_message_batch_succeeded_result.py': model(
    'BetaMessageBatchSucceededResult',
    '    message: BetaMessage\n\n    type: Literal["succeeded"]\n',
  ),
};

const object = (...detail: string[]) => ({
  kind: 'object' as const,
  members: detail.map((d) => d.split('=')[0]).sort(),
  detail: detail.sort(),
});
const SCHEMAS = [
  { key: 'CanceledResult', name: 'CanceledResult', shape: object('type=canceled') },
  { key: 'BetaCanceledResult', name: 'BetaCanceledResult', shape: object('type=canceled') },
  { key: 'SucceededResult', name: 'SucceededResult', shape: object('message', 'type=succeeded') },
  { key: 'BetaSucceededResult', name: 'BetaSucceededResult', shape: object('message', 'type=succeeded') },
];
const NESTED = [
  {
    pointer: '#/components/schemas/BatchIndividualResponse/properties/result',
    place: 'result',
    inResponse: true,
    shape: { kind: 'union' as const, members: ['CanceledResult', 'SucceededResult'] },
  },
  {
    pointer: '#/components/schemas/BetaBatchIndividualResponse/properties/result',
    place: 'result',
    inResponse: true,
    shape: { kind: 'union' as const, members: ['BetaCanceledResult', 'BetaSucceededResult'] },
  },
];

describe('Python migration: types of a shape several schemas share, named otherwise', () => {
  it('are the schemas sharing most of their words, and their union the one over those', () => {
    const unmodelled: UnmodelledType[] = [];
    const models = pythonModels(
      API_MD,
      (file) => FILES[file] ?? null,
      'acme',
      { schemas: SCHEMAS, responseSchemas: new Map(), nestedSchemas: NESTED },
      [],
      new Map(),
      unmodelled,
    );
    expect(unmodelled.map((u) => u.name)).toEqual([]);
    expect(Object.fromEntries(models.map((m) => [m.key, m.schema]))).toEqual({
      message_batch_canceled_result: 'CanceledResult',
      message_batch_succeeded_result: 'SucceededResult',
      message_batch_result: '#/components/schemas/BatchIndividualResponse/properties/result',
      beta_message_batch_canceled_result: 'BetaCanceledResult',
      beta_message_batch_succeeded_result: 'BetaSucceededResult',
    });
  });
});
