/**
 * The Python modules a regeneration takes from the last run unprinted (emit/python/unit-keys.ts, types-reuse.ts),
 * checked against a cold generation: after each change to the spec, a regeneration over the last output is the cold
 * generation, file for file and byte for byte, its manifest too; a module is taken where nothing it reads changed,
 * printed where something did (its schema, a schema it reaches, a module it reaches that is not taken).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/api/generate';
import type { RenderedFile } from '../../generator/emit/render';
import { generate as runPipeline, type GenerateResult } from '../../generator/generate';
import { manifestText, type Manifest } from '../../generator/write/manifest';
import { ROOT, TMP } from '../helpers/paths';
import { jsonContent as json, schemaRef as ref } from '../helpers/openapi';

const dir = path.join(TMP, `regeneration-units-python-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Schema = Record<string, unknown> & { properties?: Record<string, unknown> };
type Spec = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Schema> };
};

/**
 * Owner ← Animal (a model reaching another), Toy alone (with an error response, Problem), Node ↔ Edge (a cycle), a
 * params module reaching Owner; a test module per resource (the toys' with a path param).
 */
const BASE: Spec = {
  openapi: '3.0.3',
  info: { title: 'Pet Shop', version: '1.0.0' },
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        tags: ['pets'],
        responses: { '200': { description: 'ok', ...json(ref('Animal')) } },
      },
      post: {
        operationId: 'createPet',
        tags: ['pets'],
        requestBody: { required: true, ...json({ type: 'object', properties: { owner: ref('Owner') } }) },
        responses: { '200': { description: 'ok', ...json(ref('Animal')) } },
      },
    },
    '/toys': {
      get: {
        operationId: 'listToys',
        tags: ['toys'],
        responses: {
          '200': { description: 'ok', ...json(ref('Toy')) },
          '404': { description: 'none', ...json(ref('Problem')) },
        },
      },
      post: {
        operationId: 'createToy',
        tags: ['toys'],
        requestBody: { required: true, ...json({ type: 'object', properties: { name: { type: 'string' } } }) },
        responses: { '200': { description: 'ok', ...json(ref('Toy')) } },
      },
    },
    '/toys/{toy_id}': {
      get: {
        operationId: 'getToy',
        tags: ['toys'],
        parameters: [{ name: 'toy_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', ...json(ref('Toy')) } },
      },
    },
    '/graph': {
      get: {
        operationId: 'getGraph',
        tags: ['graph'],
        responses: { '200': { description: 'ok', ...json(ref('Node')) } },
      },
    },
  },
  components: {
    schemas: {
      Owner: { type: 'object', properties: { name: { type: 'string' } } },
      Animal: { type: 'object', properties: { id: { type: 'string' }, owner: ref('Owner') } },
      Toy: { type: 'object', properties: { id: { type: 'string' } } },
      Problem: { type: 'object', properties: { message: { type: 'string' } } },
      Node: { type: 'object', properties: { edges: { type: 'array', items: ref('Edge') } } },
      Edge: { type: 'object', properties: { to: ref('Node'), weight: { type: 'number' } } },
    },
  },
};

const root = path.join(dir, 'project');
const spec = path.join(root, 'openapi.json');
const output = path.join(root, 'warm');
const options = { spec, config: null, target: 'python', pythonPackage: 'pet_shop' };

function contents(result: GenerateResult): Record<string, string> {
  return Object.fromEntries(result.files.map((f: RenderedFile) => [f.path, f.contents]));
}

/** The ids of the units taken whole (their files unprinted). */
const takenUnits = (result: GenerateResult) =>
  new Set(result.files.filter((f) => f.reused?.unit !== undefined).map((f) => f.unit!.id));

/** Regenerates over the last output (not written) after `change`, and generates cold: the two must be the same. */
async function regenerate(change: (spec: Spec) => void = () => {}): Promise<Set<string>> {
  const changed = structuredClone(BASE);
  change(changed);
  writeFileSync(spec, JSON.stringify(changed, null, 2));
  const warm = await runPipeline({ ...options, previousOutput: output });
  const cold = await runPipeline(options);
  expect(contents(warm)).toEqual(contents(cold));
  const manifest = (result: GenerateResult) => manifestText(result.files, null, undefined, result.formatKey);
  expect(manifest(warm)).toBe(manifest(cold));
  writeFileSync(spec, JSON.stringify(BASE, null, 2));
  return takenUnits(warm);
}

describe('a Python regeneration takes the modules whose inputs did not change, and its output is a cold generation’s', () => {
  it('takes every module when nothing changed, and reprints a changed schema’s module and those reaching it', async () => {
    mkdirSync(root, { recursive: true });
    writeFileSync(spec, JSON.stringify(BASE, null, 2));
    await generate({ ...options, config: false, output, cwd: root });
    const units = Object.keys(
      (JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')) as Manifest).units ?? {},
    );
    for (const id of [
      'py:type:types/owner',
      'py:type:types/animal',
      'py:type:types/problem',
      'py:resource:resources/pets',
      'py:docs:README.md',
      'py:docs:api.md',
    ])
      expect(units).toContain(id);
    expect(units.some((id) => id.startsWith('py:params:'))).toBe(true);
    const petsTest = 'py:test:tests/api_resources/test_pets.py';
    const toysTest = 'py:test:tests/api_resources/test_toys.py';
    expect(units).toContain(petsTest);
    expect(units).toContain(toysTest);

    // Nothing changed: every unit taken.
    expect([...(await regenerate())].sort()).toEqual([...units].sort());

    // Owner gains a property: its module, Animal's (which reaches it), the pets resource and its params module are
    // printed; Toy's module, the toys resource and its params module are taken.
    const owner = await regenerate((s) => {
      s.components.schemas.Owner.properties!.nickname = { type: 'string' };
    });
    for (const id of ['py:type:types/owner', 'py:type:types/animal', 'py:resource:resources/pets'])
      expect(owner).not.toContain(id);
    expect(owner).not.toContain('py:params:types/pet_create_params');
    for (const id of ['py:type:types/toy', 'py:resource:resources/toys', 'py:params:types/toy_create_params'])
      expect(owner).toContain(id);

    // The test modules: one whose calls are built from Owner (pets': the body's owner) is printed, toys' taken.
    expect(owner).not.toContain(petsTest);
    expect(owner).toContain(toysTest);

    // What only a test module reads: a path param's example (the value its tests pass), an operation deprecated (its
    // tests expect the warning), an endpoint added. Each printed anew; the other resource's taken.
    const toyId = (s: Spec) =>
      (s.paths['/toys/{toy_id}'].get as { parameters: Array<Record<string, unknown>> }).parameters[0];
    for (const change of [
      (s: Spec) => (toyId(s).example = 'toy_42'),
      (s: Spec) => (toyId(s).schema = { type: 'string', example: 'toy_7' }),
      (s: Spec) => ((s.paths['/toys/{toy_id}'].get as Record<string, unknown>).deprecated = true),
      (s: Spec) =>
        (s.paths['/toys/{toy_id}'].delete = {
          operationId: 'deleteToy',
          tags: ['toys'],
          parameters: [{ name: 'toy_id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'gone' } },
        }),
    ]) {
      const taken = await regenerate(change);
      expect(taken).not.toContain(toysTest);
      expect(taken).toContain(petsTest);
    }

    // The schema of an error response changes: only its own module is printed (no method's module reads it).
    const problem = await regenerate((s) => {
      s.components.schemas.Problem.properties!.code = { type: 'integer' };
    });
    expect(problem).not.toContain('py:type:types/problem');
    expect(problem).toContain(toysTest);
    for (const id of ['py:resource:resources/toys', 'py:params:types/toy_create_params', 'py:type:types/toy'])
      expect(problem).toContain(id);

    // One of a cycle changes: both its modules are printed.
    const edge = await regenerate((s) => {
      s.components.schemas.Edge.properties!.label = { type: 'string' };
    });
    expect(edge).not.toContain('py:type:types/edge');
    expect(edge).not.toContain('py:type:types/node');
    expect(edge).toContain('py:type:types/animal');

    // A schema renamed (a name is a place other modules import from): whoever names it is printed.
    const renamed = await regenerate((s) => {
      s.components.schemas.Keeper = s.components.schemas.Owner;
      delete s.components.schemas.Owner;
      s.components.schemas.Animal.properties!.owner = ref('Keeper');
      (s.paths['/pets'].post as { requestBody: { content: Record<string, { schema: Schema }> } }).requestBody.content[
        'application/json'
      ].schema.properties!.owner = ref('Keeper');
    });
    expect(renamed).not.toContain('py:type:types/animal');
    expect(renamed).toContain('py:type:types/toy');

    // An endpoint gone: its params module is gone as in a cold generation, the rest taken.
    const gone = await regenerate((s) => {
      delete s.paths['/toys'].post;
    });
    expect(gone).not.toContain('py:params:types/toy_create_params');
    expect(gone).toContain('py:type:types/animal');
  });

  it('takes README.md and api.md where nothing they read changed, and prints each anew where something did', async () => {
    const readme = 'py:docs:README.md';
    const apiMd = 'py:docs:api.md';
    const both = await regenerate();
    expect(both).toContain(readme);
    expect(both).toContain(apiMd);
    // A schema only an error response names: neither reads it.
    const problem = await regenerate((s) => {
      s.components.schemas.Problem.properties!.code = { type: 'integer' };
    });
    expect(problem).toContain(readme);
    expect(problem).toContain(apiMd);
    // A schema a request body reaches: the README's programs may pass it; api.md names no property.
    const owner = await regenerate((s) => {
      s.components.schemas.Owner.properties!.nickname = { type: 'string' };
    });
    expect(owner).not.toContain(readme);
    expect(owner).toContain(apiMd);
    // The API's title (the README's heading): api.md does not say it.
    const title = await regenerate((s) => {
      s.info.title = 'Pet Shop Two';
    });
    expect(title).not.toContain(readme);
    // A method added, and a response type renamed: api.md lists both.
    const added = await regenerate((s) => {
      s.paths['/graph'].post = {
        operationId: 'resetGraph',
        tags: ['graph'],
        responses: { '200': { description: 'ok', ...json(ref('Node')) } },
      };
    });
    expect(added).not.toContain(apiMd);
    const renamed = await regenerate((s) => {
      s.components.schemas.Plaything = s.components.schemas.Toy;
      delete s.components.schemas.Toy;
      for (const operation of [s.paths['/toys'].get, s.paths['/toys'].post, s.paths['/toys/{toy_id}'].get])
        (operation as { responses: Record<string, unknown> }).responses['200'] = {
          description: 'ok',
          ...json(ref('Plaything')),
        };
    });
    expect(renamed).not.toContain(apiMd);
    expect(renamed).not.toContain(readme);
  });

  it('prints a module that reaches one edited on disk (not taken): the imports of a cycle are decided together', async () => {
    // Node's module imports Edge's last (they import each other): printed alone beside Edge's stand-in, it would not.
    const node = path.join(output, 'src/pet_shop/types/node.py');
    const text = readFileSync(node, 'utf8');
    writeFileSync(node, `${text}# edited\n`);
    try {
      const taken = await regenerate();
      expect(taken).not.toContain('py:type:types/node');
      expect(taken).not.toContain('py:type:types/edge');
      expect(taken).toContain('py:type:types/toy');
    } finally {
      writeFileSync(node, text);
    }
  });

  it('the flagship with its config: the schema most methods share gains a property', async () => {
    const flagship = path.join(dir, 'flagship');
    mkdirSync(flagship, { recursive: true });
    const doc = yaml.load(readFileSync(path.join(ROOT, 'specs/smithery.openapi.yml'), 'utf8')) as Spec;
    const file = path.join(flagship, 'openapi.json');
    const config = path.join(flagship, 'smithery.sdkgen.yaml');
    copyFileSync(path.join(ROOT, 'specs/smithery.sdkgen.yaml'), config);
    writeFileSync(file, JSON.stringify(doc));
    const out = path.join(flagship, 'warm');
    const run = { spec: file, config, target: 'python' };
    await generate({ ...run, output: out });
    const text = JSON.stringify(doc);
    const [shared] = Object.keys(doc.components.schemas)
      .filter((name) => doc.components.schemas[name].properties)
      .sort(
        (a, b) => text.split(`"#/components/schemas/${b}"`).length - text.split(`"#/components/schemas/${a}"`).length,
      );
    doc.components.schemas[shared].properties!.sdkgenNote = { type: 'string' };
    writeFileSync(file, JSON.stringify(doc));
    const warm = await runPipeline({ ...run, previousOutput: out });
    const cold = await runPipeline(run);
    expect(contents(warm)).toEqual(contents(cold));
    const units = Object.keys(
      (JSON.parse(readFileSync(path.join(out, '.sdkgen/manifest.json'), 'utf8')) as Manifest).units ?? {},
    );
    // Most modules are taken; the schema's own is not.
    const taken = takenUnits(warm);
    expect(taken.size).toBeGreaterThan(units.length / 2);
    expect(units.filter((id) => !taken.has(id)).some((id) => id.startsWith('py:type:'))).toBe(true);
  });
});
