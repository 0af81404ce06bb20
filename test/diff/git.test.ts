/**
 * `git:<ref>:<path>` inputs, against a temporary repository: a spec split across files is committed,
 * then changed in the working tree; `sdkgen diff git:HEAD:… <working copy>` must read every file of the
 * old version from the commit, not from the working tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSdkgen } from '../helpers/build';
import { tempDir } from '../helpers/sdk';
import { sdkgen } from '../helpers/git-repo';

const ROOT_SPEC = `openapi: 3.1.0
info: { title: Pets, version: 1.0.0 }
servers: [{ url: https://api.pets.example }]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: './schemas/pet.yaml#/Pet' } } } }
`;
const PET_V1 = `Pet: { type: object, required: [name, status], properties: { name: { type: string }, status: { $ref: './status.yaml#/Status' } } }\n`;
const STATUS_V1 = `Status: { type: string, enum: [available, sold] }\n`;

let repo: string;
function git(...args: string[]) {
  return execFileSync(
    'git',
    ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, encoding: 'utf8' },
  );
}
beforeAll(() => {
  buildSdkgen();
  repo = tempDir('git-diff');
  git('init', '-q', '-b', 'main');
  mkdirSync(path.join(repo, 'api/schemas'), { recursive: true });
  writeFileSync(path.join(repo, 'api/openapi.yaml'), ROOT_SPEC);
  writeFileSync(path.join(repo, 'api/schemas/pet.yaml'), PET_V1);
  writeFileSync(path.join(repo, 'api/schemas/status.yaml'), STATUS_V1);
  git('add', '.');
  git('commit', '-q', '-m', 'v1');
  // Working tree: a file two $refs deep changes, a property becomes nullable, the method gets a summary.
  writeFileSync(
    path.join(repo, 'api/openapi.yaml'),
    ROOT_SPEC.replace('operationId: getPet', 'operationId: getPet\n      summary: Get a pet'),
  );
  writeFileSync(
    path.join(repo, 'api/schemas/status.yaml'),
    `Status: { type: string, enum: [available, sold, pending] }\n`,
  );
  writeFileSync(
    path.join(repo, 'api/schemas/pet.yaml'),
    PET_V1.replace('name: { type: string }', "name: { type: [string, 'null'] }"),
  );
});

describe('sdkgen diff with git: inputs', () => {
  it('reads the old spec, split across files, from the revision', () => {
    const result = sdkgen(repo, 'diff', 'git:HEAD:api/openapi.yaml', 'api/openapi.yaml', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.old.input).toBe('git:HEAD:api/openapi.yaml');
    expect(
      json.changes.map((c: { kind: string; location: string; classification: string }) => [
        c.kind,
        c.location,
        c.classification,
      ]),
    ).toEqual([
      ['nullable-added', 'type Pet › name', 'breaking'],
      ['enum-values-added', 'type Status', 'breaking'],
      ['docs-changed', 'pets.retrieve', 'note'],
    ]);
    // Sources name the revision (or the file relative to the root spec), never a temporary directory.
    expect(json.changes[2].source).toEqual({
      old: { file: 'git:HEAD:api/openapi.yaml', pointer: '#/paths/~1pets~1{petId}/get' },
      new: { file: 'api/openapi.yaml', pointer: '#/paths/~1pets~1{petId}/get' },
    });
    expect(json.changes[0].source.old).toEqual({ file: 'schemas/pet.yaml', pointer: '#/Pet' });
    expect(result.stdout).not.toContain('sdkgen-git-');
  });

  it('takes paths relative to the current directory when they start with ./', () => {
    const result = sdkgen(path.join(repo, 'api'), 'diff', 'git:main:./openapi.yaml', 'git:HEAD:api/openapi.yaml');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No changes to the SDK surface.');
  });

  it('fails the job on breaking changes with --fail-on breaking', () => {
    expect(sdkgen(repo, 'diff', 'git:HEAD:api/openapi.yaml', 'api/openapi.yaml', '--fail-on', 'breaking').code).toBe(1);
    expect(
      sdkgen(repo, 'diff', 'git:HEAD:api/openapi.yaml', 'git:HEAD:api/openapi.yaml', '--fail-on', 'breaking').code,
    ).toBe(0);
  });

  it('names an unknown revision or a missing file', () => {
    const badRef = sdkgen(repo, 'diff', 'git:no-such-branch:api/openapi.yaml', 'api/openapi.yaml');
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain('unknown git revision "no-such-branch"');
    const badPath = sdkgen(repo, 'diff', 'git:HEAD:api/nope.yaml', 'api/openapi.yaml');
    expect(badPath.code).toBe(2);
    expect(badPath.stderr).toContain('api/nope.yaml does not exist at HEAD');
  });
});
