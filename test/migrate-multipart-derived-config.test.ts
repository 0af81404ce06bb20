/**
 * `sdkgen migrate` with no Stainless config of the owners' (it writes stainless.yml itself) on a Python SDK whose
 * owners patched Stainless's multipart encoder (a file array's entries under the field's own name, not `files[]`): the
 * config migrate writes gets the `openapi.transformations` entries giving the spec that `encoding`, the SDK sends the
 * parts so, and the patch is done by sdkgen, with no one editing (generator/migrate/reapply/multipart-covered.ts).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-derived-config-referred-models.test.ts samples the config migrate derives from a repository
// (docs/contributing.md, "What `npm test` samples").
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { commitGenerationThenMain } from './helpers/git-history';
import { tempDir } from './helpers/sdk';
import { read, write } from './helpers/stainless-repository';
import { stainlessPythonGeneration } from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1.0.0' },
  paths: {
    '/uploads': {
      post: {
        operationId: 'createUpload',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  files: { type: 'array', items: { type: 'string', format: 'binary' } },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};
const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  uploads:
    methods:
      create: post /uploads
`;
const UTILS = 'src/acme/_utils/_utils.py';
/** A function of Stainless's encoder, as its `_extract_items` names a file array's entries. */
const STAINLESS_ITEMS = [
  '',
  '',
  'def _file_array_items(obj: List[Any], flattened_key: str) -> List[Any]:',
  '    files: List[Any] = []',
  '    for entry in obj:',
  '        files.append((flattened_key + "[]", entry))',
  '    return files',
  '',
].join('\n');
const OWNERS_ITEMS = STAINLESS_ITEMS.replace('flattened_key + "[]", entry', 'flattened_key, entry');

describe.runIf(SLOW_FULL)("migrate: an owners' encoder patch, with the config migrate writes", () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    const work = tempDir('migrate-multipart-derived');
    const spec = path.join(work, 'openapi.json');
    writeFileSync(spec, JSON.stringify(SPEC, null, 2));
    ({ repo } = stainlessPythonGeneration(work, CONFIG, spec));
    // The config Stainless generated from stays with Stainless (its dashboard): the owners have none.
    rmSync(path.join(work, 'stainless.yml'));
    write(repo, UTILS, read(repo, UTILS).trimEnd() + '\n' + STAINLESS_ITEMS);
    const base = commitGenerationThenMain(repo);
    write(repo, UTILS, read(repo, UTILS).replace(STAINLESS_ITEMS, OWNERS_ITEMS));
    git(repo, 'commit', '-qam', 'fix(multipart): file arrays under their own name');
    run = sdkgen(repo, 'migrate', '--spec', spec, '--base', base, '--verbose');
  }, 600_000);

  it('writes the `encoding` entries into the config it writes, and generates with them', () => {
    const config = yaml.load(read(repo, 'stainless.yml')) as {
      openapi?: { transformations?: Array<{ args: { target: string; value: unknown } }> };
    };
    expect(config.openapi?.transformations).toEqual([
      {
        command: 'merge',
        args: {
          target: "$.paths['/uploads'].post.requestBody.content['multipart/form-data']",
          value: { encoding: { files: { style: 'form', explode: true } } },
        },
      },
    ]);
    expect(read(repo, 'src/acme/resources/uploads.py')).toMatch(/repeat_parts=\[\s*"files"\s*\]/);
  });

  it('reports the patch as done by sdkgen, with nothing left for a person', () => {
    const out = run.stdout + run.stderr;
    expect(run.code, out).toBe(0);
    expect(out).toContain(`${UTILS}: multipart parts are sent as the spec's \`encoding\` says`);
    expect(out).not.toMatch(/Needs a hand[\s\S]*_utils\/_utils\.py/);
  });
});
