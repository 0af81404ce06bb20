/**
 * The shapes of types api.md lists under a module that only re-exports them (openai-node's webhook events: api.md
 * links `src/resources/webhooks.ts`, `export * from './webhooks/index'`, whose index re-exports `./webhooks`, the module
 * declaring them): read where they are declared, so that a model of the spec is found for them.
 */
import { describe, expect, it } from 'vitest';
import { declaredShapes } from '../../generator/migrate/derived-config/declared-shapes';
import { declaredReferences } from '../../generator/migrate/derived-config/schema-match';
import { declaringModule } from '../../generator/migrate/derived-config/declaring-module';
import { aliasedKeys } from '../../generator/migrate/derived-config/type-keys';

const files: Record<string, string> = {
  'src/resources/webhooks.ts': "export * from './webhooks/index';\n",
  'src/resources/webhooks/index.ts':
    "export { Webhooks, type BatchEvent, type Other, type Unwrapped } from './webhooks';\n",
  'src/resources/webhooks/webhooks.ts': [
    'export interface BatchEvent {',
    '  id: string;',
    "  type: 'batch.cancelled';",
    '  data: BatchEvent.Data;',
    '}',
    '',
    'export interface Other {',
    '  batch: BatchEvent;',
    '}',
    '',
    'export type Unwrapped = BatchEvent | Other;',
    '',
  ].join('\n'),
  'src/resources/renamed.ts': "export { BatchEvent as Renamed } from './webhooks/webhooks';\n",
  'src/resources/shared.ts': "export type ChatModel = 'gpt-4o' | 'gpt-5';\n",
  // (`..` apart: the module's import is no path to the repository's shared folder, which tests reach by sharedPath.)
  'src/resources/chat/chat.ts': `import * as Shared from '${'..'}/shared';\n\nexport type ChatModel = Shared.ChatModel;\n`,
};
const text = (path: string) => files[path] ?? null;
const listed = (name: string, module: string) => ({ name, module: `./${module}` });

describe('migrate: derived config, types declared behind re-exports', () => {
  it('follows `export *` and `export { … }` to the module declaring the type', () => {
    expect(declaringModule('BatchEvent', 'src/resources/webhooks.ts', text)).toBe('src/resources/webhooks/webhooks.ts');
    expect(declaringModule('Missing', 'src/resources/webhooks.ts', text)).toBe('src/resources/webhooks.ts');
    // (A name re-exported under another is not declared by that name.)
    expect(declaringModule('Renamed', 'src/resources/renamed.ts', text)).toBe('src/resources/renamed.ts');
  });

  it('reads the shape of a type api.md lists under a module re-exporting it', () => {
    const shapes = declaredShapes(
      [listed('BatchEvent', 'src/resources/webhooks.ts'), listed('Unwrapped', 'src/resources/webhooks.ts')],
      text,
    );
    expect(shapes.get('BatchEvent')).toEqual({
      kind: 'object',
      members: ['data', 'id', 'type'],
      detail: ['data', 'id', 'type=batch.cancelled'],
    });
    expect(shapes.get('Unwrapped')).toEqual({ kind: 'union', members: ['BatchEvent', 'Other'] });
  });

  it('reads each listing of a type api.md lists in two modules where that one declares it', () => {
    const types = [listed('ChatModel', 'src/resources/shared.ts'), listed('ChatModel', 'src/resources/chat/chat.ts')];
    const shapes = declaredShapes(types, text);
    // (Keyed by name and module, as api.md lists the name in two: type-keys.ts; chat's aliases shared's, so is it.)
    expect(shapes.get('ChatModel src/resources/shared.ts')).toEqual({ kind: 'enum', members: ['gpt-4o', 'gpt-5'] });
    expect(aliasedKeys(types, text)).toEqual(
      new Map([['ChatModel src/resources/chat/chat.ts', 'ChatModel src/resources/shared.ts']]),
    );
  });

  it('reads the references of a type declared behind re-exports', () => {
    const references = declaredReferences(
      [listed('BatchEvent', 'src/resources/webhooks.ts'), listed('Other', 'src/resources/webhooks.ts')],
      text,
    );
    expect(references.get('BatchEvent')).toEqual([{ owner: 'Other', property: 'batch' }]);
  });
});
