/**
 * The units of the plan (emit/typescript/plan-units.ts) a regeneration takes from the last run unplanned, checked against a
 * cold generation (the fingerprint test): for several projects (the flagship with its config, a Stainless config's
 * project, a corpus spec) and several changes to their inputs, the output of a regeneration over the last output is
 * the cold generation's, file for file and byte for byte, its manifest too; and units are taken where their inputs
 * did not change, none where every unit's did (a template, the base URL).
 *
 * Each regeneration is two generations (over the last output, and cold). `npm test` takes, for each project, the
 * changes that cover each kind of unit key once (nothing changed, an endpoint, a nested resource, a shared schema,
 * a global field; a mapped method, the base URL, a template; a cycle, a new resource); the others (more changes of
 * the same kinds, each with a rule of its own: a new resource or user of a model, a required property reached
 * through another schema, colliding names, a description) are SDKGEN_SLOW_TESTS=full's (`npm run test:slow`, CI's).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/api/generate';
import { KeyLeaves, referencesIn } from '../generator/emit/key-leaves';
import type { RenderedFile } from '../generator/emit/render';
import { generate as runPipeline, type GenerateResult } from '../generator/generate';
import { resourcesWithTopLevel } from '../generator/ir/resources';
import { manifestText, type Manifest } from '../generator/write/manifest';
import { PreviousOutput } from '../generator/write/previous-output';
import { git } from './helpers/git-repo';
import { ROOT, sharedPath, TMP } from './helpers/paths';
import { SLOW_FULL, SLOW_ONLY_NOTICE } from './helpers/slow-tests';

const dir = path.join(TMP, `regeneration-units-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Spec = {
  paths: Record<string, Record<string, unknown>>;
  servers?: Array<{ url: string }>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
};

interface Project {
  name: string;
  /** The spec (read as YAML or JSON). */
  spec: string;
  /** The config, copied beside the spec (its text), or none. */
  config: string | null;
  formatter: 'oxfmt' | 'none';
  /** A change to the spec before anything is generated. */
  prepare?: (spec: Spec) => void;
}

/** Runs `changes` with SDKGEN_SLOW_TESTS=full only, and says so otherwise. */
async function slowOnly(label: string, changes: () => Promise<void>): Promise<void> {
  if (SLOW_FULL) await changes();
  else console.log(`regeneration-units, ${label}: ${SLOW_ONLY_NOTICE}`);
}

/** A project set up in its own folder: the spec (as JSON) and config there, its output generated once. */
async function setUp(project: Project) {
  const root = path.join(dir, project.name);
  mkdirSync(root, { recursive: true });
  const base = yaml.load(readFileSync(project.spec, 'utf8')) as Spec;
  project.prepare?.(base);
  const spec = path.join(root, 'openapi.json');
  const configText = project.config && readFileSync(project.config, 'utf8');
  const config = project.config && path.join(root, path.basename(project.config));
  const write = (text: Spec, configEdit: (text: string) => string = (t) => t) => {
    writeFileSync(spec, JSON.stringify(text, null, 2));
    if (config && configText) writeFileSync(config, configEdit(configText));
  };
  write(base);
  const output = path.join(root, 'warm');
  await generate({ spec, config: config ?? false, output, formatter: project.formatter });
  const manifest = JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')) as Manifest;
  const units = Object.keys(manifest.units ?? {});
  expect(units.length).toBeGreaterThan(0);
  /**
   * Changes the inputs, regenerates over the last output (not written) and generates cold: the two are the same.
   * Returns the units taken unplanned.
   */
  const regenerate = async (change: {
    spec?: (spec: Spec) => void;
    config?: (text: string) => string;
    templates?: string;
  }): Promise<Set<string>> => {
    const changed = structuredClone(base);
    change.spec?.(changed);
    write(changed, change.config);
    const options = {
      spec,
      config,
      formatter: project.formatter,
      templates: change.templates ?? null,
    };
    const warm = await runPipeline({ ...options, previousOutput: output });
    const cold = await runPipeline(options);
    expect(contents(warm)).toEqual(contents(cold));
    expect(manifestOf(warm)).toBe(manifestOf(cold));
    write(base);
    return new Set(warm.files.filter((f) => f.reused && f.unit && f.rendered === undefined).map((f) => f.unit!.id));
  };
  return { regenerate, units, base };
}

function contents(result: GenerateResult): Record<string, string> {
  return Object.fromEntries(result.files.map((f: RenderedFile) => [f.path, f.contents]));
}

function manifestOf(result: GenerateResult): string {
  return manifestText(result.files, null, undefined, result.formatKey);
}

/** A new resource, `client.sdkgenWidgets.list()`, returning `schema`. */
function addResource(spec: Spec, schema: object = { type: 'object', properties: { id: { type: 'string' } } }): void {
  spec.paths['/sdkgen-widgets'] = {
    get: {
      operationId: 'listSdkgenWidgets',
      summary: 'List the widgets',
      responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
    },
  };
}

/**
 * The component schema (one with properties) the spec refers to most often; with `nested`, most often from other
 * component schemas (what a method reaches only through another schema).
 */
function mostUsedSchema(spec: Spec, nested = false): string {
  const text = JSON.stringify(nested ? spec.components?.schemas : spec);
  const named = Object.entries(spec.components?.schemas ?? {}).filter(([, s]) => s.properties);
  const uses = (name: string) => text.split(`"#/components/schemas/${name}"`).length - 1;
  return named.map(([name]) => name).sort((a, b) => uses(b) - uses(a))[0];
}

/** A component schema a request body's schema requires a property of (the body's examples hold its value). */
function reachedByRequest(spec: Spec): string {
  const schemas = spec.components?.schemas ?? {};
  const named = (ref: unknown) =>
    typeof ref === 'string' && ref.startsWith('#/components/schemas/')
      ? ref.slice('#/components/schemas/'.length)
      : null;
  for (const item of Object.values(spec.paths))
    for (const operation of Object.values(item) as Array<{
      requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
    }>) {
      const body = schemas[named(operation?.requestBody?.content?.['application/json']?.schema?.$ref) ?? ''];
      for (const key of body?.required ?? []) {
        const reached = named((body.properties?.[key] as { $ref?: string } | undefined)?.$ref);
        if (reached && schemas[reached]?.properties) return reached;
      }
    }
  throw new Error('no request body reaches a schema through another');
}

/** A new required property of the schema `name`: a string with an example, or `type`. */
function requireNewProperty(
  spec: Spec,
  name: string,
  type: object = { type: 'string', example: 'nested value' },
): void {
  const schema = spec.components!.schemas![name];
  schema.properties!.sdkgenNested = type;
  schema.required = [...(schema.required ?? []), 'sdkgenNested'];
}

/** The first operation of the spec (in path order). */
function firstOperation(spec: Spec): { summary?: string; description?: string } {
  const methods = ['get', 'post', 'put', 'patch', 'delete'];
  for (const item of Object.values(spec.paths))
    for (const method of methods) if (item[method]) return item[method] as { summary?: string };
  throw new Error('no operation');
}

/** A template layer with one template of templates/base edited. */
function editedTemplates(name: string, template: string): string {
  const layer = path.join(dir, name);
  mkdirSync(path.dirname(path.join(layer, template)), { recursive: true });
  const text = readFileSync(path.join(ROOT, 'templates/base', template), 'utf8');
  writeFileSync(path.join(layer, template), `${text}\n`);
  return layer;
}

describe('a regeneration takes the units whose inputs did not change, and its output is a cold generation’s', () => {
  it('the flagship (formatted): an endpoint, a resource, a shared schema, names that collide, a description, the package', async () => {
    const { regenerate, units, base } = await setUp({
      name: 'smithery',
      spec: sharedPath('specs/smithery.openapi.yml'),
      config: path.join(ROOT, 'specs/smithery.sdkgen.yaml'),
      formatter: 'oxfmt',
      prepare: (spec) => {
        spec.components!.schemas!.SdkgenInner = {
          properties: { code: { type: 'string', example: 'c' } },
          required: ['code'],
        };
        requireNewProperty(spec, reachedByRequest(spec), { $ref: '#/components/schemas/SdkgenInner' });
        // Used by another resource's schema too: declared in the shared module, not in the module of its users.
        spec.components!.schemas![mostUsedSchema(spec)].properties!.sdkgenInner = {
          $ref: '#/components/schemas/SdkgenInner',
        };
      },
    });
    // Nothing changed: every unit taken.
    expect([...(await regenerate({}))].sort()).toEqual([...units].sort());

    // A new endpoint beside an existing one: the other resources' units are taken, not that resource's module.
    const [pathKey, item] = Object.entries(base.paths).find(([, item]) => item.get && !item.patch)!;
    const endpoint = await regenerate({
      spec: (spec) => {
        spec.paths[pathKey].patch = {
          operationId: 'sdkgenPatchIt',
          requestBody: {
            content: { 'application/json': { schema: { type: 'object', properties: { note: { type: 'string' } } } } },
          },
          responses: { '204': { description: 'done' } },
        };
      },
    });
    expect(endpoint.size).toBeGreaterThan(units.length / 2);
    expect(endpoint.size).toBeLessThan(units.length);
    void item;

    // A new resource nested in one with a folder: that folder's index lists it, and is planned again; another
    // folder's index is taken.
    const nested = await regenerate({
      spec: (spec) => {
        spec.paths['/servers/{qualifiedName}/sdkgen-gadgets'] = {
          get: {
            operationId: 'listSdkgenGadgets',
            parameters: [{ name: 'qualifiedName', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '204': { description: 'none' } },
          },
        };
      },
    });
    expect(units).toEqual(
      expect.arrayContaining(['index:resources/servers/servers', 'index:resources/connections/connections']),
    );
    expect(nested.has('index:resources/servers/servers')).toBe(false);
    expect(nested.has('index:resources/connections/connections')).toBe(true);

    // One schema many use: whatever reaches it is planned again.
    const shared = mostUsedSchema(base);
    const schema = await regenerate({
      spec: (spec) => {
        spec.components!.schemas![shared].properties!.sdkgenExtra = { type: 'string', description: 'New.' };
      },
    });
    expect(schema.size).toBeLessThan(units.length);

    await slowOnly('the flagship', async () => {
      const resource = await regenerate({ spec: (spec) => addResource(spec) });
      expect(resource.size).toBeGreaterThan(units.length / 2);
      // A new method returning a model others return too: its reference page lists one more user.
      const user = await regenerate({
        spec: (spec) => addResource(spec, { $ref: `#/components/schemas/${mostUsedSchema(base)}` }),
      });
      expect(user.size).toBeGreaterThan(units.length / 2);

      // A required property of a schema a request body reaches only through another (prepared so): the method's
      // examples show it.
      await regenerate({ spec: (spec) => requireNewProperty(spec, 'SdkgenInner') });

      // A schema whose name collides with that one's (settled first, in spec order), returned by a new resource.
      await regenerate({
        spec: (spec) => {
          const schemas = spec.components!.schemas!;
          spec.components!.schemas = { [shared.toLowerCase()]: { properties: { a: { type: 'string' } } }, ...schemas };
          addResource(spec, { $ref: `#/components/schemas/${shared.toLowerCase()}` });
        },
      });

      const described = await regenerate({
        spec: (spec) => {
          firstOperation(spec).description = 'Described anew.';
        },
      });
      expect(described.size).toBeGreaterThan(units.length / 2);
    });

    // The package's name is in every unit's inputs (the IR's global fields).
    expect(
      (await regenerate({ config: (text) => text.replace(/^client:\n/m, 'client:\n  package: "@acme/renamed"\n') }))
        .size,
    ).toBe(0);
  });

  it('a Stainless config’s project: a mapped endpoint, a description, the base URL, a template', async () => {
    const project = sharedPath('stainless-compat/onebusaway');
    const { regenerate, units } = await setUp({
      name: 'onebusaway',
      spec: path.join(project, 'openapi.yml'),
      config: path.join(project, 'stainless.yml'),
      formatter: 'none',
    });
    const mapped = await regenerate({
      spec: (spec) => addResource(spec),
      // A method of an existing resource.
      config: (text) =>
        text.replace(
          /^ {2}agency:\n {4}methods:\n/m,
          '  agency:\n    methods:\n      list_widgets: get /sdkgen-widgets\n',
        ),
    });
    expect(mapped.size).toBeGreaterThan(units.length / 2);
    expect(mapped.size).toBeLessThan(units.length);
    await slowOnly('the Stainless project', async () => {
      await regenerate({ spec: (spec) => requireNewProperty(spec, mostUsedSchema(spec, true)) });
      expect(
        (
          await regenerate({
            spec: (spec) => {
              firstOperation(spec).summary = 'Summarised anew.';
            },
          })
        ).size,
      ).toBeGreaterThan(units.length / 2);
    });
    expect(
      (
        await regenerate({
          spec: (spec) => {
            spec.servers = [{ url: 'https://elsewhere.example.com/v9' }];
          },
        })
      ).size,
    ).toBe(0);
    // A template of a user's layer changes what any unit may render: none is taken.
    const templates = editedTemplates('stainless-templates', 'docs/models/model.md.hbs');
    expect((await regenerate({ templates })).size).toBe(0);
  });

  it('a nested resource renamed: its parent’s files, whose own slice is unchanged, are planned anew', async () => {
    const project = sharedPath('stainless-compat/onebusaway');
    // `agency` with a nested resource whose method refers to no schema: the parent's slice holds nothing of it but
    // what a related resource is (unit keys: the nested resources' own fields).
    mkdirSync(dir, { recursive: true });
    const config = path.join(dir, 'stainless.yml');
    writeFileSync(
      config,
      readFileSync(path.join(project, 'stainless.yml'), 'utf8').replace(
        /^ {2}agency:\n {4}methods:\n/m,
        '  agency:\n    subresources:\n      sdkgen_parts:\n        methods:\n          list: get /sdkgen-parts\n    methods:\n',
      ),
    );
    const { regenerate, units } = await setUp({
      name: 'onebusaway-nested',
      spec: path.join(project, 'openapi.yml'),
      config,
      formatter: 'none',
      prepare: (spec) => {
        spec.paths['/sdkgen-parts'] = {
          get: { operationId: 'listSdkgenParts', responses: { '204': { description: 'No content' } } },
        };
      },
    });
    expect(units).toContain('module:resources/agency/sdkgen-parts');
    const taken = await regenerate({ config: (text) => text.replace('sdkgen_parts:', 'sdkgen_pieces:') });
    expect(taken.has('module:resources/agency/agency')).toBe(false);
    expect(taken.size).toBeGreaterThan(units.length / 2);
  });

  it('a corpus spec: a shared schema, a new resource, each schema of a cycle', async () => {
    const { regenerate, units, base } = await setUp({
      name: 'corpus',
      spec: sharedPath('corpus/public/dataatwork.org__Open-Skills-API__1.0.json'),
      config: null,
      formatter: 'none',
      // Two schemas that refer to each other (one component of the reference graph), returned by a new resource.
      prepare: (spec) => {
        spec.components!.schemas!.SdkgenCycleA = {
          properties: { label: { type: 'string' }, next: { $ref: '#/components/schemas/SdkgenCycleB' } },
        };
        spec.components!.schemas!.SdkgenCycleB = {
          properties: { name: { type: 'string' }, back: { $ref: '#/components/schemas/SdkgenCycleA' } },
        };
        addResource(spec, { $ref: '#/components/schemas/SdkgenCycleA' });
      },
    });
    // A change to either schema of the cycle reaches whatever reaches the other.
    for (const name of ['SdkgenCycleA', 'SdkgenCycleB'])
      await regenerate({ spec: (spec) => requireNewProperty(spec, name) });
    await slowOnly('the corpus spec', async () => {
      await regenerate({ spec: (spec) => requireNewProperty(spec, mostUsedSchema(base, true)) });
      const shared = mostUsedSchema(base);
      if (shared)
        await regenerate({
          spec: (spec) => {
            spec.components!.schemas![shared].properties!.sdkgenExtra = { type: 'integer' };
          },
        });
    });
    expect((await regenerate({ spec: (spec) => addResource(spec) })).size).toBeGreaterThan(units.length / 2);
  });
});

describe('a unit taken unplanned is the file on disk only while it is as sdkgen wrote it', () => {
  it('the keys do not hold where the spec is: a copy of spec and output elsewhere takes every unit', async () => {
    const first = path.join(dir, 'here');
    mkdirSync(first, { recursive: true });
    cpSync(sharedPath('corpus/public/dataatwork.org__Open-Skills-API__1.0.json'), path.join(first, 'api.json'));
    await generate({
      spec: path.join(first, 'api.json'),
      config: false,
      output: path.join(first, 'sdk'),
      formatter: 'none',
    });
    const elsewhere = path.join(dir, 'elsewhere', 'deeper');
    cpSync(first, elsewhere, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(elsewhere, 'sdk/.sdkgen/manifest.json'), 'utf8')) as Manifest;
    const result = await runPipeline({
      spec: path.join(elsewhere, 'api.json'),
      formatter: 'none',
      previousOutput: path.join(elsewhere, 'sdk'),
    });
    const taken = new Set(
      result.files.filter((f) => f.reused && f.unit && f.rendered === undefined).map((f) => f.unit!.id),
    );
    expect([...taken].sort()).toEqual(Object.keys(manifest.units ?? {}).sort());
  });

  it('a hand-edited file of a unit whose key is unchanged goes through the merge: kept, then merged', async () => {
    const root = path.join(dir, 'edited');
    mkdirSync(root, { recursive: true });
    const spec = path.join(root, 'openapi.json');
    cpSync(sharedPath('corpus/public/dataatwork.org__Open-Skills-API__1.0.json'), spec);
    const output = path.join(root, 'sdk');
    await generate({ spec, config: false, output, formatter: 'none' });
    // (The merge's base is the last output, which git has.)
    git(output, 'init', '-q');
    git(output, 'add', '-A');
    git(output, 'commit', '-qm', 'generated');
    const manifest = JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')) as Manifest;
    // A resource's module: its unit's one file.
    const id = Object.keys(manifest.units!).find((id) => id.startsWith('module:'))!;
    const unit = { files: [`src/${id.slice('module:'.length)}.ts`] };
    const file = path.join(output, unit.files[0]);
    const edited = `// my own header\n${readFileSync(file, 'utf8')}`;
    writeFileSync(file, edited);
    // Its key is unchanged but its file is not as written: planned, and the edit kept (the output is the same).
    const same = await runPipeline({ spec, formatter: 'none', previousOutput: output });
    expect(same.files.find((f) => f.path === unit.files[0])?.reused).toBeUndefined();
    expect(same.files.some((f) => f.unit?.id !== id && f.reused && f.rendered === undefined)).toBe(true);
    const kept = await generate({ spec, config: false, output, formatter: 'none' });
    expect(kept.files.kept).toContain(unit.files[0]);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    // The unit's output changes (a template): the edit is merged into it.
    const templates = editedTemplates('edited-templates', 'src/resources/resource.ts.hbs');
    writeFileSync(
      path.join(templates, 'src/resources/resource.ts.hbs'),
      `${readFileSync(path.join(ROOT, 'templates/base/src/resources/resource.ts.hbs'), 'utf8')}\n// a new last line\n`,
    );
    const merged = await generate({ spec, config: false, output, formatter: 'none', templates });
    expect(merged.files.merged).toContain(unit.files[0]);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('// my own header\n')).toBe(true);
    expect(text.trimEnd().endsWith('// a new last line')).toBe(true);
  });
});

describe('the schema ids a resource’s JSON refers to (its leaf’s references)', () => {
  it('are every id after a `schemaId` or `requestVariantOf` name, escapes read, and none inside a string', () => {
    const json = JSON.stringify({
      type: { kind: 'ref', schemaId: 'a"quoted\\id' },
      docs: 'a description quoting "schemaId":"not-an-id" and "requestVariantOf":"nor-this"',
      trailing: 'ends in a backslash\\',
      items: [{ kind: 'ref', schemaId: 'plain' }, { requestVariantOf: '\\' }, { kind: 'ref', schemaId: 'é😀' }],
    });
    expect(referencesIn(json)).toEqual(['a"quoted\\id', 'plain', 'é😀', '\\']);
  });
});

describe('the texts of the keys hashed in the previous output’s worker', () => {
  it('have the digests the main thread gives them: the spec’s path left out, text beyond ASCII', async () => {
    // (The path, which the schema ids hold, is not ASCII either.)
    const root = path.join(dir, 'worker-élan');
    mkdirSync(root, { recursive: true });
    const text = yaml.load(
      readFileSync(sharedPath('corpus/public/dataatwork.org__Open-Skills-API__1.0.json'), 'utf8'),
    ) as Spec;
    addResource(text, { type: 'object', description: 'Größe ✓ 😀', properties: { id: { type: 'string' } } });
    const spec = path.join(root, 'openapi.json');
    writeFileSync(spec, JSON.stringify(text));
    const output = path.join(root, 'sdk');
    const { api } = await runPipeline({ spec, formatter: 'none' });
    await generate({ spec, config: false, output, formatter: 'none' });
    // (Each previous output's worker hashes texts once; one not asked to stops once done with the files.)
    const previous = PreviousOutput.open(output, 0, true)!;
    const another = PreviousOutput.open(output, 0, true)!;
    const plain = PreviousOutput.open(output, 0)!;
    try {
      await plain.ready();
      expect(plain.textHasher()).toBe(null);
      const onMain = new KeyLeaves(api);
      expect(onMain.roots.length).toBeGreaterThan(0);
      // (More than a batch of texts: sent in two.)
      const texts = [JSON.stringify(api.schemas[0]), `${'é'.repeat(1 << 20)}${onMain.roots[0][0]}`, 'Größe 😀'];
      const hashed = await previous.textHasher()!(texts, onMain.roots);
      expect(hashed).toEqual(texts.map((t) => onMain.digest(t)));
      expect(previous.textHasher()).toBe(null);
      let answered = false;
      const hasher = another.textHasher()!;
      const inWorker = await KeyLeaves.hashedBy(api, (...args) =>
        hasher(...args).then((digests) => ((answered = true), digests)),
      );
      expect(answered).toBe(true);
      for (const schema of api.schemas) expect(inWorker.schema(schema.id)).toBe(onMain.schema(schema.id));
      const resources = resourcesWithTopLevel(api);
      expect(resources.length).toBeGreaterThan(1);
      for (const resource of resources) expect(inWorker.resource(resource)).toEqual(onMain.resource(resource));
    } finally {
      await previous.close();
      await another.close();
      await plain.close();
    }
  });
});
