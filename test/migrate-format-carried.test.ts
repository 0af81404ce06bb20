/**
 * `sdkgen migrate` in a real git repository whose owners wrapped a generated method's request in a chain of theirs,
 * as Prettier printed it (`return this._client\n  .post(…)\n  ._thenUnwrap(…)`): re-applying puts sdkgen's own request
 * call in the chain, keeping the owners' line breaks, and the module then comes out as sdkgen formats its output
 * (migrate/format-carried.ts), a later `npm run format` changing nothing, where the repository formats with Prettier
 * (its .prettierrc.json). Where it formats with nothing, the owners' layout stays.
 */
import { describe, expect, it } from 'vitest';
import { formatFiles } from '../generator/format/format';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { git } from './helpers/git-repo';
import { migratedRepository } from './helpers/migrated-repository';
import { CONFIG, SPEC, STAINLESS_RESPONSES } from './helpers/responses-streaming-fixture';
import { HEADER, read, write } from './helpers/stainless-repository';

const OWNERS_RESPONSES = STAINLESS_RESPONSES.replace(
  `    return this._client.post('/responses', { body, ...options, stream: body.stream ?? false }) as
      | APIPromise<ResponseObject>
      | APIPromise<Stream<ResponseStreamEvent>>;
`,
  `    return this._client
      .post('/responses', { body, ...options, stream: body.stream ?? false })
      ._thenUnwrap((rsp) => rsp) as APIPromise<ResponseObject> | APIPromise<Stream<ResponseStreamEvent>>;
`,
);

const PRETTIERRC = `{
  "arrowParens": "always",
  "experimentalTernaries": true,
  "printWidth": 110,
  "singleQuote": true,
  "trailingComma": "all"
}
`;

function stainlessRepository(prettier: boolean): (repo: string) => void {
  return (repo) => {
    git(repo, 'init', '-q', '-b', 'generated');
    write(repo, '.stats.yml', 'configured_endpoints: 1\n');
    write(repo, 'package.json', `${JSON.stringify({ name: 'acme-sdk', version: '1.0.0' }, null, 2)}\n`);
    if (prettier) write(repo, '.prettierrc.json', PRETTIERRC);
    write(repo, 'src/index.ts', `${HEADER}export { Acme as default } from './client';\n`);
    write(repo, 'src/client.ts', `${HEADER}export class Acme {}\n`);
    write(repo, 'src/resources/responses.ts', STAINLESS_RESPONSES);
    commitGenerationThenMain(repo, 'Stainless: generate');
    write(repo, 'src/resources/responses.ts', OWNERS_RESPONSES);
    write(repo, 'openapi.json', `${JSON.stringify(SPEC, null, 2)}\n`);
    write(repo, 'stainless.yml', CONFIG);
    commitAll(repo, 'our chain around responses.create, spec and config');
  };
}

const FILE = 'src/resources/responses.ts';

describe("sdkgen migrate: sdkgen's module carrying the owners' chain", () => {
  it('comes out as sdkgen formats it where the repository formats with Prettier', async () => {
    const { repo, report, code } = migratedRepository('migrate-format-carried', stainlessRepository(true));
    expect(report.rejected).toEqual([]);
    expect(code).toBe(0);
    const responses = read(repo, FILE);
    expect(responses).toContain('._thenUnwrap((rsp) => rsp)');
    expect(responses).not.toContain('this._client.post(');
    const [formatted] = await formatFiles([{ path: FILE, contents: responses }], { formatter: 'oxfmt' });
    expect(formatted!.contents).toBe(responses);
  }, 120_000);

  it("keeps the owners' line breaks where it formats with nothing", async () => {
    const { repo, report, code } = migratedRepository('migrate-format-carried-none', stainlessRepository(false));
    expect(report.rejected).toEqual([]);
    expect(code).toBe(0);
    const responses = read(repo, FILE);
    expect(responses).toMatch(/\n {6}\._thenUnwrap\(\(rsp\) => rsp\) as /);
  }, 120_000);
});
