/**
 * With a Stainless config, each module is a scope for its methods' types, as in Stainless's SDKs:
 * `database.wrappers.project.update` and `projects.update` both have a `ProjectUpdateParams`, each in its own
 * module. The package's flat exports (`resources/index.ts`, the client namespace `Acme.X`) give the name to the
 * top-level resource's type, whatever the spec's order; a nested one's is reached through its module and its
 * resource's namespace (`Acme.Database.Wrappers.Project.X`). Where one module would see both, the nested one is
 * renamed. Type-checked under tsc --strict.
 */
import path from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { cleanupSpecs, openapi, writeSpec } from './unit/helpers/spec';

afterAll(cleanupSpecs);

const object = (name: string) => ({
  requestBody: {
    content: { 'application/json': { schema: { type: 'object', properties: { [name]: { type: 'string' } } } } },
  },
  responses: {
    '200': {
      description: 'ok',
      content: { 'application/json': { schema: { type: 'object', properties: { [name]: { type: 'string' } } } } },
    },
  },
});

describe('Stainless method types scoped by module', () => {
  it("both keep the name in their modules; the flat exports keep the top-level resource's", async () => {
    // The nested resource's path comes first in the spec, and its resource first in the config.
    const spec = writeSpec(
      openapi({
        paths: {
          '/database/wrappers/project': { patch: object('wrapper') },
          '/projects': { patch: object('name') },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'resources:',
        '  database:',
        '    subresources:',
        '      wrappers: { subresources: { project: { methods: { update: patch /database/wrappers/project } } } }',
        '  projects: { methods: { update: patch /projects } }',
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const file = (name: string) => files.find((f) => f.path === name)!.contents;
    const projects = file('src/resources/projects.ts');
    expect(projects).toContain('export interface ProjectUpdateParams {');
    expect(projects).toContain('export interface ProjectUpdateResponse {');
    expect(file('api.md')).toContain(
      'client.projects.<a href="./src/resources/projects.ts">update</a>({ ...params }) -> ProjectUpdateResponse',
    );
    const nested = file('src/resources/database/wrappers/project.ts');
    expect(nested).toContain('export interface ProjectUpdateParams {');
    expect(nested).toContain('export interface ProjectUpdateResponse {');
    expect(file('api.md')).toContain(
      'client.database.wrappers.project.<a href="./src/resources/database/wrappers/project.ts">update</a>({ ...params }) -> ProjectUpdateResponse',
    );
    const index = file('src/resources/index.ts');
    expect(index).toContain(
      "export { Projects, type ProjectUpdateResponse, type ProjectUpdateParams } from './projects';",
    );
    expect(index).not.toMatch(/ProjectUpdate\w* .*from '\.\/database/);
    expect(file('src/resources/database/wrappers/wrappers.ts')).toContain(
      'export { Project as Project, type ProjectUpdateResponse as ProjectUpdateResponse, type ProjectUpdateParams as ProjectUpdateParams };',
    );
    const root = tempDir('stainless-type-scope');
    writeFiles(root, files);
    const { status, output } = typeCheckStrict(root, ['src/**/*.ts', 'tests/**/*.ts']);
    rmSync(root, { recursive: true, force: true });
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
