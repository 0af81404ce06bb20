/**
 * The view contract: templates/views.schema.json is generated from generator/emit/typescript/views/ (every field
 * documented) and must match a fresh generation; the views sdkgen actually plans (Smithery, default and
 * deno target, and a fixture with every feature) must validate against it, with objects closed, so a view
 * field that the views do not declare — or a declared field missing — fails here.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { planViews, type ViewDump } from '../../generator/cli/commands/ir';
import { TEMPLATE_VIEWS } from '../../generator/emit/typescript/view-schema';
import { buildViewSchema, viewSchemaText } from '../../generator/emit/typescript/view-schema.gen';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';
import { SMITHERY, SMITHERY_CONFIG } from './helpers';

const SCHEMA_FILE = path.join(ROOT, 'templates/views.schema.json');
const VIEWS_DIR = path.join(ROOT, 'generator/emit/typescript/views');
const VIEWS_FILE = path.join(VIEWS_DIR, 'index.ts');

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
}

describe('templates/views.schema.json', () => {
  // The schema made from the views (a TypeScript program over them), once for the three tests below.
  let built: string | null = null;
  const fresh = () => JSON.parse((built ??= viewSchemaText(VIEWS_FILE))) as ReturnType<typeof buildViewSchema>;

  it('is up to date with the views (run `npm run view-schema` after changing the views)', () => {
    fresh();
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
  });

  it('documents every view and field: an undocumented one is an error', () => {
    const schema = fresh() as {
      definitions: Record<string, { description: string; properties: Record<string, { description: string }> }>;
    };
    for (const [name, definition] of Object.entries(schema.definitions)) {
      if (name === 'PlannedFile') continue;
      expect(definition.description, name).not.toBe('');
      for (const [field, property] of Object.entries(definition.properties))
        expect(property.description, `${name}.${field}`).not.toBe('');
    }
    const copy = tempDir('views');
    cpSync(VIEWS_DIR, copy, { recursive: true });
    const resources = path.join(copy, 'resources.ts');
    writeFileSync(
      resources,
      readFileSync(resources, 'utf8').replace('  /** Method name, a valid identifier: "get". */\n', ''),
    );
    expect(() => buildViewSchema(path.join(copy, 'index.ts'))).toThrow('MethodView.name has no doc comment');
  });

  it('maps every built-in template to its view', () => {
    const schema = fresh() as { definitions: Record<string, unknown> };
    for (const view of Object.values(TEMPLATE_VIEWS)) expect(schema.definitions).toHaveProperty(view);
  });
});

describe('planned views validate against the schema', () => {
  const validate = validator();
  const cases: Array<[string, { spec: string; config?: string; target?: string }]> = [
    ['smithery', { spec: SMITHERY, config: SMITHERY_CONFIG }],
    ['smithery --target deno', { spec: SMITHERY, config: SMITHERY_CONFIG, target: 'deno' }],
    ['fixture pagination', { spec: path.join(ROOT, 'test/fixtures/pagination.yaml') }],
    ['fixture auth-schemes', { spec: path.join(ROOT, 'test/fixtures/auth-schemes.yaml') }],
  ];
  const dumps = new Map<string, ViewDump>();
  const dump = async (name: string, options: (typeof cases)[number][1]) => {
    if (!dumps.has(name)) dumps.set(name, JSON.parse(JSON.stringify((await planViews(options)).dump)));
    return dumps.get(name)!;
  };

  it.each(cases)('%s', async (name, options) => {
    const data = await dump(name, options);
    const ok = validate(data);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
    // Every planned (non-extra) template has its entry in the table: nothing falls back to CommonView silently.
    for (const f of data.files) expect(f.viewType, f.template).toBe(TEMPLATE_VIEWS[f.template] ?? 'CommonView');
    const extras = data.files.filter((f) => !(f.template in TEMPLATE_VIEWS)).map((f) => f.template);
    expect(extras).toEqual(name.includes('deno') ? ['deno.json.hbs', 'jsr.json.hbs'] : []);
  });

  it('rejects a view with an undeclared field, a missing field or a wrong type', async () => {
    const data = await dump('smithery', cases[0][1]);
    const mutate = (change: (client: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(data)) as ViewDump;
      change(copy.files.find((f) => f.path === 'src/client.ts')!.view as Record<string, unknown>);
      return validate(copy);
    };
    expect(mutate(() => {})).toBe(true);
    expect(mutate((v) => (v.undocumented = 'x'))).toBe(false);
    expect(mutate((v) => delete v.defaultBaseUrl)).toBe(false);
    expect(mutate((v) => (v.hasRequiredAuth = 'yes'))).toBe(false);
    expect(mutate((v) => ((v.resources as Array<Record<string, unknown>>)[0].extra = 1))).toBe(false);
  });
});
