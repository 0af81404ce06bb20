/**
 * Inline math (`$…$`) in docstring prose, as Stainless's docstrings lay it out (generator/emit/python/docs/doc-math.ts):
 * the lines of a span are written as the spec wrote them, the span is one word of its full length in the re-flowed text
 * around it, and a `$` opens or closes a span as Pandoc's `tex_math_dollars` reads it. The expected texts are laid out
 * as Stainless's agentex SDK lays out its `filters` description (resources/messages/messages.py, a JSON Schema after
 * `Schema: {`): `"$ref":` alone at its indent, `"#/$defs/…"` on the next line at the paragraph's, the text after the
 * last span re-flowed at 80 columns.
 */
import { describe, expect, it } from 'vitest';
import { docProse, reflowMarkdown } from '../../generator/emit/python/docs/doc-wrap';

const SCHEMA = [
  'JSON-encoded array of Filter objects.',
  '',
  'Schema: {',
  '  "$defs": {',
  '    "Author": {',
  '      "enum": [',
  '        "user"',
  '      ]',
  '    }',
  '  },',
  '  "properties": {',
  '    "author": {',
  '      "anyOf": [',
  '        {',
  '          "$ref": "#/$defs/Author"',
  '        },',
  '        {',
  '          "type": "null"',
  '        }',
  '      ],',
  '      "description": "Whether the messages are negated with $nor",',
  '      "title": "Author"',
  '    },',
  '    "content": {',
  '      "anyOf": [',
  '        {',
  '          "$ref": "#/$defs/Author"',
  '        },',
  '        {',
  '          "type": "null"',
  '        }',
  '      ],',
  '      "default": null,',
  '      "description": "Filter by message content",',
  '      "title": "Content"',
  '    }',
  '  },',
  '  "type": "object"',
  '}',
  '',
  'Each filter can include a `content`.',
].join('\n');

describe('inline math in docstring prose', () => {
  it("keeps a span's lines as written, breaks before a word holding a long span, re-flows the text after", () => {
    expect(docProse(SCHEMA)).toBe(
      [
        'JSON-encoded array of Filter objects.',
        '',
        'Schema: {',
        // The first span: from `$defs` to the `$` of the first `"$ref"`; the line's own indent kept after the first.
        '"$defs": {',
        '    "Author": {',
        '      "enum": [',
        '        "user"',
        '      ]',
        '    }',
        '  },',
        '  "properties": {',
        '    "author": {',
        '      "anyOf": [',
        '        {',
        '          "$ref":',
        // The second: `$defs/Author"` on; `$nor` (a space before it) closes nothing, the next `"$ref"` does.
        '"#/$defs/Author"',
        '        },',
        '        {',
        '          "type": "null"',
        '        }',
        '      ],',
        '      "description": "Whether the messages are negated with $nor",',
        '      "title": "Author"',
        '    },',
        '    "content": {',
        '      "anyOf": [',
        '        {',
        '          "$ref":',
        // The last `$` opens nothing: the rest is prose, re-flowed at 80 columns.
        '"#/$defs/Author" }, { "type": "null" } ], "default": null, "description":',
        '"Filter by message content", "title": "Content" } }, "type": "object" }',
        '',
        'Each filter can include a `content`.',
      ].join('\n'),
    );
  });

  it('opens a span only at a `$` with no space after it, closes one at a `$` with none before it nor a digit after', () => {
    // Prices are no math: re-flowed as words.
    expect(reflowMarkdown('It costs $20 to\n   $30 a month.')).toBe('It costs $20 to $30 a month.');
    // A span on one line is one word: no break falls inside it.
    const long = `${'word '.repeat(14)}then $a + b = c$ here`;
    expect(reflowMarkdown(long)).toBe(`${'word '.repeat(14)}then\n$a + b = c$ here`);
    // A `$` inside a code span opens nothing.
    expect(reflowMarkdown('Use `$HOME` and\n    `$PATH`.')).toBe('Use `$HOME` and `$PATH`.');
  });
});
