/**
 * Model classes as Stainless's Python SDKs print them (issue 91, imagekit's and llama-stack's pairs):
 * - a model composing a named one by `allOf` inherits it even where it narrows one of its fields to some of its
 *   values (`type: str` → `Literal["video.ready"]`), declaring that field itself with `# type: ignore` (mypy's and
 *   pyright's incompatible override); a params TypedDict still flattens, as a TypedDict may not redeclare a key;
 * - a class docstring keeps the spec's lines (a field's docstring re-flows them), its summary sentence set apart;
 * - a one-line docstring ending in a quote closes after a space (`"x" """`), as Ruff writes it, not `\""""`;
 * - a table interrupting a paragraph (no blank line before it) is prose, its rows re-flowed (isaacus's roles).
 * In-process: cheap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reflowMarkdown } from '../../generator/emit/python/docs/doc-wrap';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const LONG_SENTENCE =
  'Triggered when the video is encoded and its renditions are ready to be served from every edge location we run.';
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Events', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/events': {
      post: {
        operationId: 'sendEvent',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ReadyEvent' } } },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ReadyEvent' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      BaseEvent: {
        type: 'object',
        required: ['id', 'type'],
        properties: {
          id: { type: 'string', description: 'Always "evt" followed by digits, e.g. "evt"' },
          type: { type: 'string' },
        },
      },
      ReadyEvent: {
        allOf: [
          { $ref: '#/components/schemas/BaseEvent' },
          {
            type: 'object',
            description: `${LONG_SENTENCE} Update your records\nwhen it arrives.`,
            required: ['type', 'created_at'],
            properties: {
              type: { type: 'string', const: 'video.ready' },
              created_at: { type: 'string', format: 'date-time' },
              note: {
                type: 'object',
                description: 'A note. Its text is kept\nas the spec broke it, however short the line is.',
                properties: { text: { type: 'string' } },
              },
            },
          },
        ],
      },
    },
  },
});
const CONFIG = `
organization:
  name: events
targets:
  python:
    package_name: events
resources:
  events:
    models:
      base_event: '#/components/schemas/BaseEvent'
      ready_event: '#/components/schemas/ReadyEvent'
    methods:
      send: post /events
`;

describe('model classes as Stainless prints them', () => {
  const dir = tempDir('sdkgen-py-class-docs');
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await generatePythonFiles(dir, SPEC, CONFIG);
  });
  const module = (name: string) => {
    const found = [...files.entries()].find(([file]) => file.endsWith(`/types/${name}`));
    if (!found) throw new Error(`no types/${name} among ${[...files.keys()].join(', ')}`);
    return found[1];
  };

  it('inherits a base whose field the model narrows, declaring the narrowed field with # type: ignore', () => {
    const text = module('ready_event.py');
    expect(text).toContain('from .base_event import BaseEvent\n');
    expect(text).toMatch(/^class ReadyEvent\(BaseEvent\):$/m);
    expect(text).toContain('    type: Literal["video.ready"]  # type: ignore\n');
    expect(text).not.toMatch(/^ {4}id: str$/m);
  });

  it('flattens the params TypedDict of such a model', () => {
    const text = module('event_send_params.py');
    expect(text).not.toContain('BaseEvent');
    expect(text).toContain('    type: Required[Literal["video.ready"]]\n');
    expect(text).not.toContain('# type: ignore\n');
  });

  it("keeps a class docstring's lines as the spec broke them", () => {
    const text = module('ready_event.py');
    expect(text).toContain(
      `class ReadyEvent(BaseEvent):\n    """\n    ${LONG_SENTENCE} Update your records\n    when it arrives.\n    """\n`,
    );
    expect(text).toContain(
      '    """A note.\n\n    Its text is kept\n    as the spec broke it, however short the line is.\n    """\n',
    );
  });

  it('closes a one-line docstring ending in a quote after a space', () => {
    expect(module('base_event.py')).toContain('    """Always "evt" followed by digits, e.g. "evt" """\n');
  });

  it('re-flows a table that interrupts a paragraph as prose, and keeps one that starts its own (aligned)', () => {
    expect(reflowMarkdown('Roles:\n| a | b |\n| - | - |')).toBe('Roles: | a | b | | - | - |');
    // (Its columns aligned as Prettier aligns a Markdown table, as Stainless's docstrings show them.)
    expect(reflowMarkdown('Roles:\n\n| a | b |\n| - | - |')).toBe('Roles:\n\n| a   | b   |\n| --- | --- |');
  });
});
