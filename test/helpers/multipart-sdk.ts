/**
 * What the tests of generated SDKs' multipart bodies share: the knowledge-base spec whose parts the spec encodes, a
 * one-method Stainless config, the TypeScript SDK written out and imported, and the parts a server read.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { multipartEcho, type ParsedPart, type TestServer } from '../runtime/helpers/server';
import { generateWithStainlessConfig, writeFiles } from './sdk';

/**
 * `POST /kb` with a multipart body: `texts` and `urls` sent as JSON parts, `files` a part per file under its own name;
 * with `meta`, an object the encoding says nothing of.
 */
export function kbSpec(options: { meta: boolean }): object {
  const meta = options.meta ? { meta: { type: 'object', properties: { owner: { type: 'string' } } } } : {};
  return {
    openapi: '3.1.0',
    info: { title: 'Kb', version: '1' },
    servers: [{ url: 'https://kb.test' }],
    paths: {
      '/kb': {
        post: {
          operationId: 'createKb',
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['name'],
                  properties: {
                    name: { type: 'string' },
                    texts: {
                      type: 'array',
                      items: { type: 'object', required: ['title'], properties: { title: { type: 'string' } } },
                    },
                    urls: { type: 'array', items: { type: 'string' } },
                    files: { type: 'array', items: { type: 'string', format: 'binary' } },
                    ...meta,
                  },
                },
                encoding: {
                  texts: { contentType: 'application/json' },
                  urls: { contentType: 'application/json' },
                  files: { style: 'form', explode: true },
                },
              },
            },
          },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  };
}

/** A Stainless config of both targets for package `name`, whose resource `resource` has `create` at `route`. */
export function oneMethodConfig(name: string, resource: string, route: string): string {
  return `
organization:
  name: ${name}
targets:
  typescript:
    package_name: ${name}
  python:
    package_name: ${name}
resources:
  ${resource}:
    methods:
      create: ${route}
`;
}

/** The TypeScript SDK of `spec` and `config`, written into a new folder of test/.tmp: its folder and its src/. */
export async function writtenTypeScriptSdk(prefix: string, spec: object, config: string) {
  const { dir, result } = await generateWithStainlessConfig(prefix, spec, config, { referenceDocs: false });
  writeFiles(path.join(dir, 'sdk'), result.files);
  const src = path.join(dir, 'sdk', 'src');
  return { dir, src, importModule: (file: string) => import(pathToFileURL(path.join(src, file)).href) };
}

/** The parts as the server read them: name and text, a file part as `file:<its text>`. */
export function partsRead(parts: ParsedPart[]): string[][] {
  return parts.map((p) => [p.name, p.filename === null ? p.text : `file:${p.text}`]);
}

/**
 * The parts `server` read from `form`, sent as the body of `POST /kb` by a client of the SDK's class `Client` (a file as
 * `file:<text>`).
 */
export async function kbFormReceived(
  server: TestServer,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Client: new (options: object) => any,
  form: FormData,
): Promise<string[][]> {
  server.on('POST /kb', multipartEcho);
  const client = new Client({ baseURL: server.url });
  const echo = (await client.post('/kb', { body: form })) as { parts: ParsedPart[] };
  return partsRead(echo.parts);
}

/** `POST /batches` (resource `batches`, `create`) of API "Docs" with a multipart body of `schema`, parts per `encoding`. */
export function batchesSpec(schema: object, encoding: object): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Docs', version: '1' },
    servers: [{ url: 'https://docs.test' }],
    paths: {
      '/batches': {
        post: {
          operationId: 'createBatch',
          requestBody: { required: true, content: { 'multipart/form-data': { schema, encoding } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  };
}

/** Parts read in a stable order, whatever order a target sends them in (Python's form sends fields before files). */
export function byNameThenText(parts: string[][]): string[][] {
  return [...parts].sort((a, b) => a.join('\n').localeCompare(b.join('\n')));
}

/**
 * Python: `parts(request)`, the parts of a recorded request's multipart body as `[name, text]` (a file part's text as
 * `file:<its text>`), to pass to LOCAL_SERVER's `serve_recording`.
 */
export const PYTHON_PARTS_READ = `
import email.parser, email.policy

def parts(request):
    head = b"Content-Type: " + request.headers["Content-Type"].encode() + b"\\r\\n\\r\\n"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    seen = []
    for part in message.iter_parts():
        text = part.get_payload(decode=True).decode()
        name = part.get_param("name", header="content-disposition")
        seen.append([name, text if part.get_filename() is None else "file:" + text])
    return seen
`;
