/**
 * With a Stainless config, where two methods' types want one name in sdkgen's one type scope
 * (`database.wrappers.project.update` and `projects.update` both `ProjectUpdateParams`), the shallower resource's
 * keeps it, whatever the spec's order: in a Stainless SDK that name, at the client namespace (`Acme.X`) and in
 * `resources/index.ts`, is the top-level resource's type; a nested one's is only reached through its resource's
 * namespace (`Acme.Database.Wrappers.Project.X`).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

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

describe('Stainless method types in one scope', () => {
  it("the top-level resource's params and response keep the name; the nested one's are renamed", async () => {
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
    expect(nested).not.toContain('export interface ProjectUpdateParams {');
    expect(nested).not.toContain('export interface ProjectUpdateResponse {');
  });
});
