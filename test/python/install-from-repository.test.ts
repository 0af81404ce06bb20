/**
 * A Python target the config keeps off PyPI (`publish.pypi: false`): the README installs the package with pip from its
 * GitHub repository (`production_repo`), from the config through the model to the README; a package on PyPI (the
 * default) installs by its distribution name.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Notes, version: '1' }
servers: [{ url: https://api.notes.test }]
paths:
  /notes:
    get:
      operationId: listNotes
      responses:
        '200':
          description: Notes
          content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } }
`;

const config = (
  publish: string,
  repo = '    production_repo: notes-inc/notes-python\n',
) => `organization: { name: Notes }
targets:
  python:
    package_name: notes
    project_name: notes-sdk
${repo}${publish}resources:
  notes:
    methods:
      list: get /notes
`;

const root = tempDir('install-from-repository');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The generated SDK's file `file` (the README unless named). */
function generated(name: string, publish: string, repo?: string, file = 'README.md'): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), config(publish, repo));
  generatePython(path.join(dir, 'openapi.yml'), path.join(dir, 'sdk'), path.join(dir, 'stainless.yml'));
  return readFileSync(path.join(dir, 'sdk', file), 'utf8');
}

const readme = (name: string, publish: string) => generated(name, publish);

describe('the README of a package kept off PyPI', () => {
  it('installs it from its repository', () => {
    const text = readme('off-pypi', '    publish:\n      pypi: false\n');
    expect(text).toContain('pip install git+ssh://git@github.com/notes-inc/notes-python.git');
    expect(text).not.toMatch(/^pip install notes-sdk$/m);
  });

  it('and one on PyPI by its name', () => {
    const text = readme('on-pypi', '');
    expect(text).toMatch(/^pip install notes-sdk$/m);
    expect(text).not.toContain('git+ssh://');
  });
});

describe('a package with no production repository', () => {
  // (Stainless's links name the staging repository it generated the SDK into: axiora's and apollo's
  // `production_repo: null` SDKs link `stainless-sdks/<project>-python`, the project lower-cased.)
  it("links Stainless's staging repository of the project from its docstrings and pyproject.toml", () => {
    const resource = generated(
      'staging',
      '',
      'production_repo: null\n'.replace(/^/, '    '),
      'src/notes/resources/notes.py',
    );
    expect(resource).toContain(
      'See https://www.github.com/stainless-sdks/notes-python#accessing-raw-response-data-eg-headers',
    );
    const pyproject = readFileSync(path.join(root, 'staging/sdk/pyproject.toml'), 'utf8');
    expect(pyproject).toContain('Repository = "https://github.com/stainless-sdks/notes-python"');
  });
});
