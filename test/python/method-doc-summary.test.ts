/**
 * A method's docstring sets its first sentence apart on the line of the opening quotes where that sentence, its lines
 * joined, fits a line, wherever it ends: in the description, or past it in the Args list when the description has no
 * sentence end followed by more on its line (agentex's `Batch Create Messages`, whose first sentence ends in
 * `created_at: Optional base timestamp.`; llama-stack's `Register a new dataset.`, whose period ends its line). The
 * rest of that line then starts a paragraph at the docstring's indent. A longer first sentence leaves the docstring
 * opening on a line of its own, as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const body = (properties: Record<string, object>) => ({
  required: true,
  ...json({ type: 'object', properties, required: Object.keys(properties).slice(0, 1) }),
});
const ok = { '200': { description: 'ok', ...json({ type: 'object', properties: { id: { type: 'string' } } }) } };

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Log', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/messages/batch': {
      post: {
        operationId: 'batchCreate',
        summary: 'Batch Create Messages',
        requestBody: body({
          task_id: { type: 'string' },
          created_at: {
            type: 'string',
            description:
              'Optional base timestamp. Each message in the batch is stamped with base + i milliseconds to ' +
              'guarantee unique, monotonic ordering.',
          },
        }),
        responses: ok,
      },
    },
    '/datasets': {
      post: {
        operationId: 'registerDataset',
        description: 'Register a new dataset.',
        requestBody: body({
          purpose: { type: 'string', description: 'The purpose of the dataset. One of: training, eval.' },
        }),
        responses: ok,
      },
    },
    '/metadata': {
      patch: {
        operationId: 'updateMetadata',
        description: 'This API updates the label or schema of an existing custom metadata field.',
        requestBody: body({
          label: {
            type: 'string',
            description: 'Human readable name of the custom metadata field. This should be unique.',
          },
        }),
        responses: ok,
      },
    },
    '/plain': {
      post: {
        operationId: 'createPlain',
        summary: 'Create a plain thing',
        requestBody: body({ name: { type: 'string', description: 'The name of the thing' } }),
        responses: ok,
      },
    },
  },
});

const CONFIG = [
  'organization: { name: log }',
  'targets:',
  '  python: { package_name: log }',
  'resources:',
  '  messages:',
  '    methods:',
  '      batch_create: post /messages/batch',
  '  datasets:',
  '    methods:',
  '      register: post /datasets',
  '  metadata:',
  '    methods:',
  '      update: patch /metadata',
  '  plain:',
  '    methods:',
  '      create: post /plain',
  '',
].join('\n');

let files: Map<string, string>;

beforeAll(async () => {
  files = await generatePythonFiles(tempDir('py-method-doc-summary'), SPEC, CONFIG);
}, 120_000);

const file = (name: string) => files.get(name) ?? '';

describe("a method docstring's first sentence", () => {
  it('ends in the Args list where the description has none: set apart there', () => {
    expect(file('src/log/resources/messages.py')).toContain(
      [
        '        """Batch Create Messages',
        '',
        '        Args:',
        '          created_at: Optional base timestamp.',
        '',
        '        Each message in the batch is stamped with base + i',
        '              milliseconds to guarantee unique, monotonic ordering.',
        '',
      ].join('\n'),
    );
  });

  it('ends in the Args list where the description ends its line with a period', () => {
    expect(file('src/log/resources/datasets.py')).toContain(
      [
        '        """Register a new dataset.',
        '',
        '        Args:',
        '          purpose: The purpose of the dataset.',
        '',
        '        One of: training, eval.',
      ].join('\n'),
    );
  });

  it('longer than a line, or with no sentence end: the docstring opens on a line of its own', () => {
    expect(file('src/log/resources/metadata.py')).toContain(
      [
        '        """',
        '        This API updates the label or schema of an existing custom metadata field.',
        '',
        '        Args:',
        '          label: Human readable name of the custom metadata field. This should be unique.',
      ].join('\n'),
    );
    expect(file('src/log/resources/plain.py')).toContain(
      [
        '        """',
        '        Create a plain thing',
        '',
        '        Args:',
        '          name: The name of the thing',
      ].join('\n'),
    );
  });
});
