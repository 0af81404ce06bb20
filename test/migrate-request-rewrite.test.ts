/**
 * `sdkgen migrate` in a real git repository whose owners rewrote the body of a generated resource method around a
 * helper of theirs: Stainless's final `return this._client.post(…) as …;` of a streaming method (its events read by
 * the config's `streaming.on_event` rules) became their statements around the same call (`const req =
 * this._client.post(…); if (body.stream) return req; return req._thenUnwrap(…)`). sdkgen writes the request in
 * Stainless's form (its client reads such a stream by the config's rules), so the owners' statements land as they
 * wrote them, in its method of the same name, their import with them; nothing is left for a person (exit 0), the
 * module type-checks, and a regeneration keeps it. (Their statements around sdkgen's own form of a call, where
 * Stainless's is not written: reapply/request-rewrite.ts, test/unit/migrate-reapply-request-rewrite.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { typeCheckStrict } from './helpers/generated-tests';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { migratedRepository } from './helpers/migrated-repository';
import { CONFIG, SPEC, STAINLESS_RESPONSES } from './helpers/responses-streaming-fixture';
import { HEADER, read, write } from './helpers/stainless-repository';

const OWNERS_RESPONSES = STAINLESS_RESPONSES.replace(
  "import { RequestOptions } from '../internal/request-options';\n",
  "import { RequestOptions } from '../internal/request-options';\nimport { addOutputText } from '../lib/output-text';\n",
).replace(
  `    return this._client.post('/responses', { body, ...options, stream: body.stream ?? false }) as
      | APIPromise<ResponseObject>
      | APIPromise<Stream<ResponseStreamEvent>>;
`,
  `    const req = this._client.post('/responses', { body, ...options, stream: body.stream ?? false });
    if (body.stream) {
      return req as APIPromise<Stream<ResponseStreamEvent>>;
    }
    return (req as APIPromise<ResponseObject>)._thenUnwrap((rsp) => {
      addOutputText(rsp);
      return rsp;
    });
`,
);

/** The owners' helper: a property of theirs set on every response. */
const OUTPUT_TEXT = `import type { ResponseObject } from '../resources/responses';

export function addOutputText(rsp: ResponseObject): void {
  Object.assign(rsp, { output_text: rsp.output.join('') });
}
`;

function stainlessRepository(repo: string): void {
  git(repo, 'init', '-q', '-b', 'generated');
  write(repo, '.stats.yml', 'configured_endpoints: 1\n');
  write(repo, 'package.json', `${JSON.stringify({ name: 'acme-sdk', version: '1.0.0' }, null, 2)}\n`);
  write(repo, 'src/index.ts', `${HEADER}export { Acme as default } from './client';\n`);
  write(repo, 'src/client.ts', `${HEADER}export class Acme {}\n`);
  write(repo, 'src/resources/responses.ts', STAINLESS_RESPONSES);
  commitGenerationThenMain(repo, 'Stainless: generate');
  write(repo, 'src/resources/responses.ts', OWNERS_RESPONSES);
  write(repo, 'src/lib/output-text.ts', OUTPUT_TEXT);
  write(repo, 'openapi.json', `${JSON.stringify(SPEC, null, 2)}\n`);
  write(repo, 'stainless.yml', CONFIG);
  commitAll(repo, 'our helper around responses.create, spec and config');
}

describe("sdkgen migrate: the owners' rewrite of a method's request statement", () => {
  let repo: string;
  let report: MigrateResult;
  let code: number | null;

  beforeAll(() => {
    ({ repo, report, code } = migratedRepository('migrate-request-rewrite', stainlessRepository));
  }, 120_000);

  it("carries it on Stainless's request call, which sdkgen writes, its import with it: exit 0", () => {
    expect(report.rejected).toEqual([]);
    expect(report.reapplied.map((r) => r.path)).toContain('src/resources/responses.ts');
    expect(code).toBe(0);
    const responses = read(repo, 'src/resources/responses.ts');
    expect(responses).toContain("import { addOutputText } from '../lib/output-text';\n");
    expect(responses).toMatch(
      /\n {4}const req = this\._client\.post\('\/responses', \{ body, \.\.\.options, stream: body\.stream \?\? false \}\);\n {4}if \(body\.stream\) \{\n {6}return req as APIPromise<Stream<ResponseStreamEvent>>;\n {4}\}\n {4}return \(req as APIPromise<ResponseObject>\)\._thenUnwrap\(\(rsp\) => \{\n {6}addOutputText\(rsp\);\n/,
    );
    expect(typeCheckStrict(repo, ['src']).output).toBe('');
  });

  // (A method whose path has parameters adds sdkgen's `path` import where the owners added theirs: two imports at one
  // point, both kept: write/merge-ts-imports.ts.)
  it('keeps it when a spec change regenerates the files', () => {
    commitAll(repo, 'move to sdkgen');
    const spec = JSON.parse(read(repo, 'openapi.json')) as typeof SPEC & { paths: Record<string, unknown> };
    spec.paths['/responses/{response_id}'] = {
      get: {
        operationId: 'retrieveResponse',
        parameters: [{ name: 'response_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ResponseObject' } } },
          },
        },
      },
    };
    write(repo, 'openapi.json', `${JSON.stringify(spec, null, 2)}\n`);
    write(
      repo,
      'stainless.yml',
      CONFIG.replace(
        '        streaming: { param_discriminator: stream }\n',
        '        streaming: { param_discriminator: stream }\n      retrieve: get /responses/{response_id}\n',
      ),
    );
    const regenerated = sdkgen(repo, 'generate', 'openapi.json', '-o', '.', '--config', 'stainless.yml');
    expect(regenerated.stderr).toBe('');
    expect(regenerated.code).toBe(0);
    const responses = read(repo, 'src/resources/responses.ts');
    expect(responses).toContain('retrieve(');
    expect(responses).toContain(
      "import { path } from '../internal/utils/path';\nimport { addOutputText } from '../lib/output-text';\n",
    );
    expect(responses).not.toContain('<<<<<<<');
    expect(responses).toContain('    return (req as APIPromise<ResponseObject>)._thenUnwrap((rsp) => {\n');
    expect(typeCheckStrict(repo, ['src']).output).toBe('');
  });
});
