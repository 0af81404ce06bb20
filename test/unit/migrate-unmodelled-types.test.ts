/**
 * Every type Stainless's api.md lists that the derived config gives no model is told in migrate's report, with the
 * module users import it from and why, as the matcher found it: no schema of its shape, several schemas of its shape
 * (with the config line to paste), or a declaration of a form the matcher does not read.
 */
import { describe, expect, it } from 'vitest';
import { migrationReport } from '../../generator/cli/commands/migrate';
import type { MigrateResult } from '../../generator/api/migrate';
import { deriveStainlessConfig } from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';

const API_MD = `# Things

Types:

- <code><a href="./src/resources/things.ts">Gadget</a></code>
- <code><a href="./src/resources/things.ts">Widget</a></code>
- <code><a href="./src/resources/things.ts">Combo</a></code>
- <code><a href="./src/resources/things.ts">Thing</a></code>
- <code><a href="./src/resources/things.ts">MaybeWidget</a></code>
- <code><a href="./src/resources/things.ts">ThingModel</a></code>

Methods:

- <code title="get /things/{id}">client.things.<a href="./src/resources/things.ts">retrieve</a>(id) -> Thing</code>
`;

const THINGS = `export class Things {}

export interface Thing {
  id: string;
  label: string;
}

export interface Gadget {
  id: string;
  size: number;
  colour: string;
}

export interface Widget {
  id: string;
  name: string;
}

export type Combo = Gadget & { extra: string };

export type MaybeWidget = Widget | null;

export type ThingModel =
  | 'small'
  | 'large'
  | (string & {});
`;

const files = [
  { path: 'api.md', blob: null, text: API_MD },
  { path: 'src/resources/things.ts', blob: null, text: THINGS },
  { path: 'src/client.ts', blob: null, text: 'export class Acme {}\n' },
];

const object = (...members: string[]) => ({ kind: 'object' as const, members: [...members].sort() });

function derived() {
  const input = derivedConfigInput(files, null)!;
  return deriveStainlessConfig({
    ...input,
    packageName: 'acme',
    schemas: [
      { key: 'Thing', name: 'Thing', shape: object('id', 'label') },
      // Two of Widget's shape, neither named for it.
      { key: 'Alpha', name: 'Alpha', shape: object('id', 'name') },
      { key: 'Beta', name: 'Beta', shape: object('id', 'name') },
    ],
  });
}

describe('migrate: the types api.md lists that no model names', () => {
  it('tells each with the module users import it from and why', () => {
    const { unmodelled } = derived();
    expect(unmodelled?.map((t) => [t.name, t.kind, t.importedFrom])).toEqual([
      ['Gadget', 'no-schema', 'acme/resources/things'],
      ['Widget', 'several', 'acme/resources/things'],
      ['Combo', 'form', 'acme/resources/things'],
      ['MaybeWidget', 'form', 'acme/resources/things'],
      ['ThingModel', 'form', 'acme/resources/things'],
    ]);
    const [gadget, widget, combo, maybe, model] = unmodelled!;
    expect(maybe.why).toMatch(
      /^its declaration is a type or null \(`Widget \| null`\): the matcher reads it as a union of the type and null/,
    );
    expect(model.why).toMatch(
      /^its declaration is a union open to any string \(`\| 'small' \| 'large' \| \(string & \{\}\)`\)/,
    );
    expect(gadget.why).toMatch(
      /^the spec has no schema of its name or its shape \(properties colour, id, size\): add it/,
    );
    expect(widget.candidates).toEqual(['#/components/schemas/Beta', '#/components/schemas/Alpha']);
    expect(widget.configLine).toEqual({
      at: 'resources.things',
      line: "models: { widget: '#/components/schemas/Beta' }",
    });
    expect(combo.why).toMatch(/^its declaration is an intersection \(`Gadget & \{ extra: string \}`\)/);
  });

  it('is listed in the report, every one, with the count in its summary', () => {
    const config = derived();
    const { lockfiles: _lockfiles, ...plan } = emptyMigrationPlan();
    void _lockfiles;
    const result: MigrateResult = {
      ...plan,
      repo: '/work/acme-node',
      spec: '/work/acme-node/openapi.yml',
      config: '/work/acme-node/stainless.yml',
      derivedConfig: { path: 'stainless.yml', ...config },
      base: null,
      dryRun: false,
      diagnostics: [],
      copiedInputs: [],
      lockfileUpdates: [],
      stlc: null,
    };
    const text = migrationReport(result);
    expect(text).toContain(
      '5 type(s) of api.md with no model, listed below (1 of no schema of the spec, 1 of several schemas to choose ' +
        'from, 3 of a declaration it does not read)',
    );
    expect(text).toContain(
      "Types Stainless's api.md lists that no model of stainless.yml names (5): sdkgen's SDK does not export them",
    );
    expect(text).toContain("  Gadget (import from 'acme/resources/things'): the spec has no schema");
    expect(text).toContain("Paste in resources.things: models: { widget: '#/components/schemas/Beta' }");
    expect(text).toContain("  Combo (import from 'acme/resources/things'): its declaration is an intersection");
  });
});
