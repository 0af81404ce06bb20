/**
 * The config `sdkgen migrate --from-repo` writes, three follow-ups: a Python repository's pyproject `[project.urls]`
 * give `targets.python.production_repo` (Stainless wrote them from it; without it sdkgen's pyproject.toml lost them);
 * api.md's routes the spec names with other path-parameter names are one line of the run's output (a count and a few
 * of them: julep's 47 made check 1's reason a list) and all of them in the config's opening comment; and the owners'
 * multipart-encoder patch gets its `encoding` entries after the config's own `openapi.transformations` (before, a
 * config with an `openapi` section got none, and the patch went to a person).
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../generator/config';
import { Diagnostics } from '../generator/diagnostics';
import { buildIr } from '../generator/ir/build';
import type { Api } from '../generator/ir/types';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { keptParamNames, renamedRoute, specRoutesOf } from '../generator/migrate/derived-config/route-names';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { pyprojectRepository } from '../generator/migrate/python/project/project-urls';
import { partsNotCovered, withPatchEncodings } from '../generator/migrate/reapply/multipart-covered';
import { normalize } from '../generator/normalize/normalize';
import { parseStainlessConfig } from '../generator/stainless/config';
import { loadObject, openapi } from './unit/helpers/spec';

const API_MD = `# Agents

Methods:

- <code title="get /agents/{agent_id}">client.agents.<a href="./src/acme/resources/agents.py">get</a>(agent_id) -> object</code>
`;

const PYPROJECT = (urls: string) => `[project]
name = "acme"
version = "1.0.0"
description = "The official Python library for the acme API"

[project.urls]
${urls}

[project.optional-dependencies]
aiohttp = ["aiohttp"]
`;

describe("pyproject's [project.urls]: the config's production_repo", () => {
  const derive = (pyproject: string) => {
    const files = [
      { path: 'api.md', text: API_MD },
      { path: 'pyproject.toml', text: pyproject },
    ];
    const config = yaml.load(derivePythonConfig(files as never, 'acme')!.text) as {
      targets: { python: Record<string, unknown> };
    };
    return config.targets.python.production_repo;
  };

  it('is the Repository URL, else the Homepage, where it is a github.com repository', () => {
    const both = 'Homepage = "https://acme.test"\nRepository = "https://github.com/acme/acme-python"';
    expect(derive(PYPROJECT(both))).toBe('acme/acme-python');
    expect(derive(PYPROJECT('Homepage = "https://github.com/acme/acme-python.git"'))).toBe('acme/acme-python');
    expect(derive(PYPROJECT('Homepage = "https://acme.test/sdk"'))).toBeUndefined();
    expect(derive('[project]\nname = "acme"\n')).toBeUndefined();
  });

  it('reads only the urls table, not a URL of another table', () => {
    const other = '[project]\nname = "acme"\n\n[tool.x]\nRepository = "https://github.com/acme/other"\n';
    expect(pyprojectRepository(other)).toBeNull();
    expect(pyprojectRepository(PYPROJECT('"Repository" = "https://github.com/acme/acme-python/"'))).toBe(
      'acme/acme-python',
    );
  });
});

describe('the renamed routes in the run output and the config', () => {
  const N = 6;
  const spec = {
    paths: Object.fromEntries(
      Array.from({ length: N }, (_, i) => [
        `/r${i}/{id}`,
        { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] } },
      ]),
    ),
  };
  const routes = specRoutesOf(spec);
  const renamed = Array.from({ length: N }, (_, i) => renamedRoute(`get /r${i}/{thing_id}`, routes)!);
  const kept = keptParamNames(renamed, routes, new Set(renamed.map((r) => r.spec)));

  it('are one note with their count and three of them', () => {
    const [note] = kept.notes.filter((n) => n.includes('other path-parameter names'));
    expect(note).not.toContain('\n');
    expect(note).toContain(`${N} route(s)`);
    expect(note).toContain('get /r0/{thing_id} is get /r0/{id}, get /r1/{thing_id} is get /r1/{id}');
    expect(note).not.toContain('get /r3/');
    expect(note).toContain('… and 3 more');
  });

  it("are every one in the config's opening comment", () => {
    const text = derivePythonConfig(
      [{ path: 'api.md', text: API_MD.replace('agents/{agent_id}', 'r5/{thing_id}') }] as never,
      'acme',
      { schemas: [], responseSchemas: new Map(), specRoutes: routes },
    )!.text;
    expect(text).toMatch(/^# api\.md's routes the spec names with other path-parameter names/m);
    expect(text).toContain('#   get /r5/{thing_id} is get /r5/{id}\n');
    for (let i = 0; i < N; i++) expect(kept.comment).toContain(`#   get /r${i}/{thing_id} is get /r${i}/{id}\n`);
    expect(kept.comment.split('\n').every((line) => line === '' || line.startsWith('#'))).toBe(true);
  });
});

describe("withPatchEncodings: a derived config with an openapi section of migrate's (both targets)", () => {
  const SCHEMA = {
    type: 'object',
    properties: {
      files: { type: 'array', items: { type: 'string', format: 'binary' } },
      urls: { type: 'array', items: { type: 'string' } },
    },
  };
  const ROOT = openapi({
    paths: {
      '/kb/{id}': {
        post: {
          operationId: 'createKb',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'multipart/form-data': { schema: SCHEMA } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  });
  // Stainless's api.md names the route `post /kb/{kb_id}`: the config names the spec's, with a transformation.
  const PY_API_MD =
    '# Kb\n\nMethods:\n\n- <code title="post /kb/{kb_id}">client.kb.<a href="./src/acme/resources/kb.py">create</a>' +
    '(kb_id, \\*\\*<a href="src/acme/types/kb_create_params.py">params</a>) -> object</code>\n';
  const TS_API_MD =
    '# Kb\n\nMethods:\n\n- <code title="post /kb/{kb_id}">client.kb.<a href="./src/resources/kb.ts">create</a>' +
    '(kbID, { ...params }) -> unknown</code>\n';
  const derived = {
    python: () =>
      derivePythonConfig([{ path: 'api.md', text: PY_API_MD }] as never, 'acme', {
        schemas: [],
        responseSchemas: new Map(),
        specRoutes: specRoutesOf(ROOT),
      })!.text,
    typescript: () =>
      deriveStainlessConfig(derivedConfigInput([{ path: 'api.md', text: TS_API_MD }] as never, null, ROOT)!).text,
  };
  const RENAMED = {
    command: 'merge',
    args: { target: "$.paths['/kb/{id}'].post.parameters[0]", value: { 'x-stainless-param': 'kb_id' } },
  };

  async function apiOf(configText: string): Promise<Api> {
    const diags = new Diagnostics();
    const stainless = parseStainlessConfig(yaml.load(configText), 'stainless.yml', configText, diags);
    const config = { ...EMPTY_CONFIG, stainless };
    const { spec } = await loadObject(ROOT, diags);
    return buildIr(normalize(spec, config, diags), config, diags, {}).api;
  }

  for (const target of ['python', 'typescript'] as const)
    it(`${target}: gets the encoding entries after its own transformations, and they cover the patch`, async () => {
      const own = derived[target]();
      expect((yaml.load(own) as { openapi: { transformations: unknown[] } }).openapi.transformations).toEqual([
        RENAMED,
      ]);
      const patch = { plainAsJson: true, fileArraysRepeat: true };
      const encoded = withPatchEncodings(own, await apiOf(own), patch);
      expect(encoded).not.toBeNull();
      const parsed = yaml.load(encoded!) as { openapi: { transformations: unknown[] }; resources: unknown };
      expect(parsed.openapi.transformations).toEqual([
        RENAMED,
        {
          command: 'merge',
          args: {
            target: "$.paths['/kb/{id}'].post.requestBody.content['multipart/form-data']",
            value: { encoding: { urls: { contentType: 'application/json' }, files: { style: 'form', explode: true } } },
          },
        },
      ]);
      // The rest as written: the opening comment, the keys after the section, one `openapi` key.
      expect(encoded!.slice(0, own.indexOf('\nopenapi:'))).toBe(own.slice(0, own.indexOf('\nopenapi:')));
      expect(encoded!.match(/^openapi:/gm)).toHaveLength(1);
      expect(parsed.resources).toEqual((yaml.load(own) as { resources: unknown }).resources);
      // Generated with it: the parameter keeps the SDK's name, and nothing is left to add.
      const api = await apiOf(encoded!);
      expect(partsNotCovered(api, patch)).toEqual([]);
      expect(JSON.stringify(api)).toContain('kb_id');
    });

  it('keeps the section as it is when the patch needs nothing', async () => {
    const own = derived.python();
    expect(withPatchEncodings(own, await apiOf(own), null)).toBeNull();
  });
});
