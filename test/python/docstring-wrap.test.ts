/**
 * Docstrings as Stainless's Python SDKs print them: prose re-flowed at 80 columns (links and code spans whole), a
 * first sentence sharing its line set apart as the summary, and an Arg's continuation lines 6 spaces under the list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docstringLayout, reflowMarkdown, wrapWords } from '../../generator/emit/python/docs/doc-wrap';
import { pythonSdk } from '../helpers/python-sdk';

const LONG =
  'Internal test endpoint for SDK generation purposes only. This endpoint demonstrates usage of all shared models ' +
  'defined in the configuration and is not intended for public consumption.';

describe('docstring prose', () => {
  it('wraps at 80 columns, never inside a Markdown link or a code span', () => {
    expect(wrapWords('See [Overlay using layers](https://x.test/a) and `a b c` then', 20)).toEqual([
      'See',
      '[Overlay using layers](https://x.test/a)',
      'and `a b c` then',
    ]);
    const lines = wrapWords(`${LONG} ${LONG}`);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(lines[0]!.length + 1 + lines[1]!.split(' ')[0]!.length).toBeGreaterThan(80);
  });

  it('re-flows prose paragraphs and keeps lists and fenced code as written', () => {
    const text = 'One\ntwo.\n\n- a\n- b\n\n```\nx  y\n\nz\n```\nThree';
    expect(reflowMarkdown(text)).toBe('One two.\n\n- a\n- b\n\n```\nx  y\n\nz\n```\nThree');
  });

  it('re-flows list items under their markers, after a blank line, and keeps hard line breaks', () => {
    const item = 'an item long enough that it has to wrap onto the next line under its own marker here';
    expect(reflowMarkdown(`Choose one:\n  - ${item}\n  - short\n\n\n\nEnd.`)).toBe(
      'Choose one:\n\n- an item long enough that it has to wrap onto the next line under its own\n' +
        '  marker here\n- short\n\nEnd.',
    );
    expect(reflowMarkdown('1. first\n   - nested item\n2. second')).toBe('1. first\n   - nested item\n2. second');
    expect(reflowMarkdown('Kept apart.  \nNext line\njoined.')).toBe('Kept apart.\nNext line joined.');
  });
});

/** A sentence of `n` characters, ending in a period. */
const sentence = (n: number) => `${'word '.repeat(n).slice(0, n - 1)}.`;
/** Prose wrapped at 80 columns. */
const wrapped = (text: string) => wrapWords(text).join('\n');

describe('the summary line of a model docstring', () => {
  const layout = (text: string) => docstringLayout(text, true);

  it('is a first paragraph that fits on one line (79 columns), whatever sentences it holds', () => {
    expect(layout(`${sentence(40)} Then e.g. more.\n\nDetails.`)).toEqual({
      text: `${sentence(40)} Then e.g. more.\n\nDetails.`,
      opensOnOwnLine: false,
    });
    expect(layout(sentence(79))).toEqual({ text: sentence(79), opensOnOwnLine: false });
    expect(layout(sentence(80))).toEqual({ text: sentence(80), opensOnOwnLine: true });
  });

  it('is else the text up to the first ". " the spec wrote, an "e.g. " too, the rest re-flowed after it', () => {
    expect(layout(`Pick a value (e.g. \`red\`). ${sentence(70)}`).text).toBe(
      `Pick a value (e.g.\n\n${wrapped(`\`red\`). ${sentence(70)}`)}`,
    );
    // A period ending one of the spec's lines ends no summary; a sentence ending the first wrapped line does.
    expect(layout(`Short one.\n${sentence(75)}`)).toEqual({
      text: wrapped(`Short one. ${sentence(75)}`),
      opensOnOwnLine: true,
    });
    expect(layout(`${sentence(78)} ${sentence(20)}`)).toEqual({
      text: `${sentence(78)}\n\n${sentence(20)}`,
      opensOnOwnLine: false,
    });
    // A hard break after the sentence: the rest is its next paragraph.
    expect(layout(`A sentence.  \n**Note**: ${sentence(75)}`).text).toBe(
      `A sentence.\n\n${wrapped(`**Note**: ${sentence(75)}`)}`,
    );
  });

  it('keeps a hard break of the rest, and wraps a summary one period past the width', () => {
    expect(layout(`A value (e.g. \`x\`).  \nMore on the next line.`).text).toBe(
      'A value (e.g.\n\n`x`).\nMore on the next line.',
    );
    expect(layout(`${sentence(81)} Rest.`)).toEqual({
      text: `${wrapped(sentence(81))}\n\nRest.`,
      opensOnOwnLine: false,
    });
  });

  it('is no sentence longer than that, nor one ending inside a code span or a link', () => {
    expect(layout(`${sentence(82)} ${sentence(10)}`).opensOnOwnLine).toBe(true);
    expect(layout(`${sentence(85)} ${sentence(10)}`).opensOnOwnLine).toBe(true);
    const code = layout(`Separate them with \`a. b\` or [c. d](https://x.test/e) and ${sentence(70)}`);
    expect(code.opensOnOwnLine).toBe(true);
    expect(code.text).not.toContain('\n\n');
  });
});

describe('the summary line of a method docstring', () => {
  const layout = (text: string, args = false) => docstringLayout(text, false, args);

  it('sets a first sentence apart only when more text shares its line, the rest as wrapped', () => {
    const long = `First. ${sentence(80)}`;
    expect(layout(long)).toEqual({ text: wrapped(long).replace('First. ', 'First.\n\n'), opensOnOwnLine: false });
    expect(layout('First. Second.')).toEqual({ text: 'First. Second.', opensOnOwnLine: false });
    expect(layout(`No sentence end\nhere ${sentence(80)}`).opensOnOwnLine).toBe(true);
    expect(layout('Short.', true).opensOnOwnLine).toBe(true);
    expect(layout('One paragraph.\n\nAnother.', true).opensOnOwnLine).toBe(true);
  });

  it('ends a first line at its hard break with an empty line after the blank one, as Stainless’s do', () => {
    expect(layout('In beta.  \nDoes a thing.').text).toBe('In beta.\n\n\nDoes a thing.');
  });
});

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /things/{thing_id}:
    post:
      operationId: updateThing
      description: '${LONG}'
      parameters:
        - name: thing_id
          in: path
          required: true
          description: 'Which thing.'
          schema: { type: string }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                overlay:
                  type: string
                  description: 'Specifies an overlay to be applied on the parent image or video. It supports overlays including images. See [Overlay using layers](https://x.test/docs#overlay-using-layers).'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  signed:
                    type: boolean
                    description: 'Whether to sign the URL or not. Set this to true if you want to generate a signed URL. If it is true and nothing else is given, the URL never expires.'
                  query:
                    type: string
                    description: 'These are additional query parameters that you want to add to the final URL. They can be any.'
                  short:
                    type: string
                    description: 'One line. Two sentences.'
  /things:
    get:
      operationId: listThings
      description: 'Lists the things of the account.'
      parameters:
        - name: q
          in: query
          description: 'A query.'
          schema: { type: string }
      responses:
        '204': { description: ok }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  things:
    methods:
      update: post /things/{thing_id}
      list: get /things
`;

describe('method docstrings in a generated Python SDK', () => {
  const { out } = pythonSdk('py-docwrap', {
    spec: { name: 'acme.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });
  let resource = '';
  beforeAll(() => {
    resource = readFileSync(path.join(out, 'src/acme_sdk/resources/things.py'), 'utf8');
  });

  it('wraps the description at 80 and sets its summary apart without re-flowing the rest', () => {
    expect(resource).toContain(
      '        """Internal test endpoint for SDK generation purposes only.\n\n' +
        '        This endpoint\n' +
        '        demonstrates usage of all shared models defined in the configuration and is not\n' +
        '        intended for public consumption.\n\n        Args:\n',
    );
  });

  it("indents an Arg's continuation lines 6 spaces, its link whole", () => {
    expect(resource).toContain(
      '          overlay: Specifies an overlay to be applied on the parent image or video. It supports\n' +
        '              overlays including images. See\n' +
        '              [Overlay using layers](https://x.test/docs#overlay-using-layers).\n',
    );
  });

  it('ends an Args list with the request options', () => {
    expect(resource).toContain(
      '          q: A query.\n\n          extra_headers: Send extra headers\n\n' +
        '          extra_query: Add additional query parameters to the request\n\n' +
        '          extra_body: Add additional JSON properties to the request\n\n' +
        '          timeout: Override the client-level default timeout for this request, in seconds\n        """\n',
    );
  });

  it('sets a model field summary apart and re-flows the rest; opens a docstring with no summary line', () => {
    const model = readFileSync(path.join(out, 'src/acme_sdk/types/thing_update_response.py'), 'utf8');
    expect(model).toContain(
      '    """Whether to sign the URL or not.\n\n' +
        '    Set this to true if you want to generate a signed URL. If it is true and nothing\n' +
        '    else is given, the URL never expires.\n    """',
    );
    expect(model).toContain(
      '    """These are additional query parameters that you want to add to the final URL.\n\n' +
        '    They can be any.\n    """',
    );
    expect(model).toContain('    """One line. Two sentences."""');
  });

  it('opens a docstring of one sentence and Args on its own line', () => {
    expect(resource).toContain(
      '        """\n        Lists the things of the account.\n\n        Args:\n          q: A query.\n',
    );
  });
});
