/**
 * A spec written by an attacker: every text field that can reach the generated SDK carries a payload that tries
 * to leave its context (JSDoc, `//` banner, '…' / "…" / `…` literals, property keys, Markdown/HTML) and run code.
 *
 * The payload's executable parts all contain MARK (`__pwned`) or the marker file path, so the test can find
 * every place the text landed and check it stayed inside a string literal or a comment.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MARK = '__pwned';
/** The apiKey header of the first security scheme: odd, but every character is a valid HTTP token character. */
export const AUTH_HEADER = "X-Key-'`$|~!#%&*+.^_";

/** Everything that would close a comment, a string, a template, a script tag, or a line. */
export function payload(markerFile: string): string {
  const run = `globalThis.${MARK}=1;require('fs').writeFileSync(${JSON.stringify(markerFile)},'x')`;
  return [
    `*/ ${run}; /*`,
    `' + (${run}) + '`,
    `" + (${run}) + "`,
    `\` + \${${run}} + \``,
    `\${${run}}`,
    `\\'; ${run}; //`,
    `</script><script>${run}</script>`,
    `<!-- <img src=x onerror="${run}"> -->`,
    `\n${run} //`,
    `\r${run} //`,
    `\r\n${run} //`,
    `\u2028${run} //`,
    `\u2029${run} //`,
    `\u0000\u001b[31m${run}`,
    `\`\`\`\n<script>${run}</script>\n\`\`\``,
    `| col | <b onmouseover="${run}">x</b>`,
  ].join(' ');
}

/** The payload without `{` `}` (for path template variables) and without `/` (for single path segments). */
export function braceless(text: string): string {
  return text.replace(/[{}]/g, '(').replace(/\//g, '|');
}

export interface HostileSpec {
  /** The root document (JSON). */
  root: string;
  /** The external schema file whose name is hostile too. */
  external: string;
  payload: string;
}

/**
 * Writes the hostile spec into `dir`. The operations the runtime test calls are:
 *   GET  /files/{fileId}                 (path param → `../`, `?`, `#`, `/` must be percent-encoded)
 *   GET  /search?q=…                     (query param with `&`, `#`, `=`)
 *   POST /echo/{id}  header X-Trace      (CR/LF in a header value must be rejected before sending)
 */
export function writeHostileSpec(dir: string, markerFile: string): HostileSpec {
  const P = payload(markerFile);
  const PB = braceless(P);
  mkdirSync(dir, { recursive: true });
  const externalName = `ext'"\`\${${MARK}}$ schema.json`;
  const externalDir = path.join(dir, `sub dir'"\`\${x}`);
  mkdirSync(externalDir, { recursive: true });
  const external = path.join(externalDir, externalName);
  writeFileSync(
    external,
    JSON.stringify({
      type: 'object',
      title: P,
      description: P,
      properties: {
        [P]: { type: 'string', description: P, default: P, example: P },
        ok: { type: 'integer', example: 3 },
      },
      required: [P],
    }),
  );

  const docs = { summary: P, description: P };
  const evilEnum = {
    type: 'string',
    enum: [P, `it's`, 'a"b', 'c`d', '${e}', '\u2028', '</script>'],
    description: P,
    default: P,
    example: P,
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document, hostile by design
  const spec: Record<string, any> = {
    openapi: '3.1.0',
    info: {
      title: P,
      description: P,
      version: P,
      termsOfService: P,
      contact: { name: P, url: P },
      license: { name: P },
    },
    // Quotes, `${`, backslash in the default base URL (a string literal in client.ts). Backticks, `<` and newlines in
    // server URLs reach README.md raw: see README_BASE_URL_SPEC in hostile.test.ts.
    servers: [
      {
        url: `https://api.example.com/{v}/'"\\$(x)`,
        description: P,
        variables: { v: { default: `v1'"\${${MARK}}`, description: P } },
      },
    ],
    tags: [{ name: P, description: P }],
    // One requirement with three schemes: every option is optional, and each is named after its (hostile) scheme.
    security: [{ [P]: [], [`${P}2`]: [], [`${P}3`]: [] }],
    paths: {
      '/files/{fileId}': {
        get: {
          operationId: 'getFile',
          ...docs,
          tags: [P],
          parameters: [
            {
              name: 'fileId',
              in: 'path',
              required: true,
              description: P,
              example: P,
              schema: { type: 'string', description: P },
            },
          ],
          responses: {
            '200': {
              description: P,
              headers: { [P]: { description: P, schema: { type: 'string' } } },
              content: {
                'application/json': { schema: { $ref: `#/components/schemas/${encodePointerToken(schemaKey())}` } },
              },
            },
          },
        },
      },
      '/search': {
        get: {
          operationId: 'search',
          ...docs,
          parameters: [
            {
              name: 'q',
              in: 'query',
              required: true,
              description: P,
              example: P,
              schema: { type: 'string', default: P },
            },
            { name: P, in: 'query', description: P, example: P, schema: { type: 'string' } },
            { name: 'mode', in: 'query', schema: evilEnum },
            { name: '__proto__', in: 'query', schema: { type: 'string' } },
            { name: 'constructor', in: 'query', schema: { $ref: '#/components/schemas/constructor' } },
          ],
          responses: {
            '200': {
              description: P,
              content: {
                'application/json': { schema: { type: 'object', description: P, properties: { [P]: evilEnum } } },
              },
            },
          },
        },
      },
      '/echo/{id}': {
        post: {
          operationId: 'echo',
          ...docs,
          'x-stainless-deprecation-message': P,
          deprecated: true,
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'X-Trace', in: 'header', description: P, example: P, schema: { type: 'string' } },
            { name: `X-${PB}`, in: 'header', description: P, schema: { type: 'string' } },
            { name: P, in: 'cookie', description: P, schema: { type: 'string' } },
          ],
          requestBody: {
            description: P,
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  description: P,
                  required: ['name'],
                  properties: {
                    name: { type: 'string', description: P, example: P, default: P },
                    [P]: { type: 'string', description: P, const: P },
                    nested: { type: 'object', description: P, properties: { [P]: { type: 'array', items: evilEnum } } },
                    pet: { $ref: '#/components/schemas/Pet' },
                    ext: { $ref: `./${path.basename(externalDir)}/${externalName}` },
                    map: {
                      type: 'object',
                      additionalProperties: { type: 'string', description: P },
                      propertyNames: { enum: [P, 'k'] },
                    },
                  },
                },
              },
            },
          },
          responses: {
            '200': {
              description: P,
              content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } },
            },
          },
        },
      },
      // Static path segments with backticks, `${`, quotes and backslashes; a hostile operationId and tag; code samples.
      [`/x$/{id}/t\`pl$/</script>/q'"\\\\/\${`]: {
        put: {
          operationId: P,
          ...docs,
          tags: [P],
          'x-codeSamples': [
            {
              lang: 'JavaScript',
              label: P,
              source: `import Evil from 'evil-pkg';\nconst client = new Evil({ apiKey: process.env['EVIL_API_KEY'] });\n${P}\nawait client.weird.update('id');`,
            },
          ],
          parameters: [{ name: 'id', in: 'path', required: true, description: P, schema: { type: 'string' } }],
          responses: { '204': { description: P } },
        },
      },
      // A path template variable whose name is the payload (minus braces and slashes).
      [`/vars/{${PB}}`]: {
        delete: {
          operationId: 'deleteVar',
          'x-stainless-naming': { typescript: { method_name: P } },
          parameters: [{ name: PB, in: 'path', required: true, description: P, schema: { type: 'string' } }],
          responses: { '204': { description: P } },
        },
      },
      '/pets': {
        get: {
          operationId: 'listPets',
          'x-speakeasy-group': P,
          'x-speakeasy-name-override': P,
          responses: {
            '200': {
              description: P,
              content: {
                'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } },
              },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        // A header name of HTTP token characters only (quotes, backtick, $, |): sent as is.
        [P]: { type: 'apiKey', in: 'header', name: AUTH_HEADER, description: P },
        [`${P}2`]: { type: 'apiKey', in: 'query', name: P, description: P },
        [`${P}3`]: { type: 'apiKey', in: 'cookie', name: P, description: P },
      },
      schemas: {
        [schemaKey()]: {
          type: 'object',
          description: P,
          title: P,
          properties: { [P]: { type: 'string', description: P, example: P }, id: { type: 'string' } },
          required: ['id'],
        },
        Pet: {
          description: P,
          oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
          discriminator: {
            propertyName: 'kind',
            mapping: { [P]: '#/components/schemas/Cat', [`dog'"\`\${${MARK}}`]: '#/components/schemas/Dog' },
          },
        },
        Cat: {
          type: 'object',
          required: ['kind'],
          properties: { kind: { type: 'string', enum: [P] }, [P]: { type: 'boolean', description: P } },
        },
        Dog: {
          type: 'object',
          required: ['kind'],
          properties: { kind: { type: 'string', const: `dog'"\`\${${MARK}}` } },
        },
        Hinted: {
          type: 'object',
          'x-stainless-naming': { typescript: { type_name: P } },
          properties: {
            a: { type: 'string', 'x-stainless-naming': { typescript: { property_name: P } } },
            b: { type: 'integer', default: 1, description: P },
          },
        },
        [`id'hint`]: {
          type: 'object',
          properties: {
            inline: { id: P, type: 'object', properties: { x: { type: 'string' } } },
            promise: { id: 'Promise', type: 'object', properties: { y: { type: 'string' } } },
            evil: { id: 'eval', type: 'object', properties: { z: { type: 'string' } } },
          },
        },
        // Keys that are special to JavaScript objects (computed, or `__proto__` would set the prototype).
        ['__proto__']: {
          type: 'object',
          properties: {
            ['__proto__']: { type: 'string' },
            constructor: { type: 'string' },
            toString: { type: 'integer' },
          },
        },
        constructor: { type: 'object', properties: { h: { type: 'string' } } },
      },
    },
  };
  const root = path.join(dir, 'hostile.json');
  writeFileSync(root, JSON.stringify(spec, null, 2));
  return { root, external, payload: P };
}

/** A component key with quotes, a newline, a backtick and `${`. */
export function schemaKey(): string {
  return `File'"\n\`\${${MARK}}</script>`;
}

function encodePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
