/**
 * HTML line breaks in descriptions (`<br>`, `<br/>`, `<br />`, runs of them) are paragraph breaks in both targets'
 * doc comments, as Stainless's SDKs print them; other inline HTML stays as written, code spans keep theirs.
 */
import { describe, expect, it } from 'vitest';
import { pyDocstring } from '../../generator/emit/python/docs/print-doc';
import { jsDoc } from '../../generator/emit/typescript/print-doc';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /people:
    get:
      operationId: listPeople
      description: 'Finds people. <br><br>Use <a href="https://x.test">filters</a> to narrow it.'
      parameters:
        - name: seniority
          in: query
          description: 'The seniority. <br><br> Options: <br><ul><li>owner</li></ul>'
          schema: { type: string }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  name: { type: string, description: 'Their name.<br/>As given.' }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  people:
    methods:
      list: get /people
`;

describe('HTML line breaks in descriptions', () => {
  it('part paragraphs in a docstring, and nowhere else', () => {
    expect(pyDocstring('One.<br>Two. <br /><BR/>  Three `a<br>b`<br>', '    ')).toBe(
      '"""One.\n\n    Two.\n\n    Three `a<br>b`\n    """',
    );
    expect(pyDocstring('<br>Only<br><br>')).toBe('"""Only"""');
    expect(pyDocstring('No <b>break</b> <brand>')).toBe('"""No <b>break</b> <brand>"""');
  });

  it('keep the quotes of inline HTML as written, escaping only those that could end the docstring', () => {
    expect(pyDocstring('See <a href="https://x.test">x</a>.')).toBe('"""See <a href="https://x.test">x</a>."""');
    expect(pyDocstring('Say ""hi"" and "bye"')).toBe('"""Say \\"\\"hi\\"\\" and "bye" """');
  });

  it('part paragraphs in a Stainless JSDoc (Markdown) comment', () => {
    expect(jsDoc({ description: 'One. <br><br>Two <a href="x">link</a>.' }, [], { block: true, markdown: true })).toBe(
      '/**\n * One.\n *\n * Two <a href="x">link</a>.\n */\n',
    );
  });

  describe('in a generated Python SDK', () => {
    const sdk = pythonSdk('py-br', {
      spec: { name: 'acme.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: CONFIG },
    });

    it("breaks a method's and a param's description, the param's continuation indented", () => {
      const resource = sdk.read('src/acme_sdk/resources/people.py');
      expect(resource).toContain(
        '        """\n        Finds people.\n\n        Use <a href="https://x.test">filters</a> to narrow it.\n',
      );
      // (The continuation's indent is the Args list's, whatever it is: the break must not lose it.)
      expect(resource).toMatch(
        /\n {10}seniority: The seniority\.\n\n( {12,})Options:\n\n\1<ul><li>owner<\/li><\/ul>\n/,
      );
    });

    it("breaks a model field's description", () => {
      const types = sdk.read('src/acme_sdk/types/person_list_response.py');
      // (A first paragraph of one line is the summary, on the line of the opening quotes.)
      expect(types).toContain('    """Their name.\n\n    As given.\n    """');
    });
  });
});
