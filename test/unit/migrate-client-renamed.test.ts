/**
 * A member the owners added to Stainless's client class, where the config names sdkgen's client class otherwise
 * (stainless-api's `static unwrapFile = unwrapFile;` on `Stainless`, whose config names `Stainless5`): it goes into
 * sdkgen's client class, and the rename is still left for a person to settle in the config.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';

const stainless = [
  "import * as Uploads from './core/uploads';",
  '',
  'export class Acme {',
  '  apiKey: string;',
  '',
  '  static toFile = Uploads.toFile;',
  '',
  '  pets: API.Pets = new API.Pets(this);',
  '}',
  '',
].join('\n');
const edited = stainless
  .replace("from './core/uploads';", "from './core/uploads';\nimport { unwrapFile } from './lib/unwrap';")
  .replace(
    '  static toFile = Uploads.toFile;\n',
    '  static toFile = Uploads.toFile;\n  static unwrapFile = unwrapFile;\n',
  );
const sdkgen = [
  "import { ClientCore } from './core/client';",
  '',
  '/** The Acme API client. */',
  'export class AcmeClient extends ClientCore {',
  '  pets: Pets = new Pets(this);',
  '',
  '  static APIError = Errors.APIError;',
  '}',
  '',
].join('\n');

describe("the owners' members of a client class sdkgen names otherwise", () => {
  it('go at the end of the class named in its place', () => {
    const result = reapplyEdits(stainless, edited, sdkgen, { renamedClasses: { Acme: 'AcmeClient' } });
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(
      sdkgen
        .replace("from './core/client';", "from './core/client';\nimport { unwrapFile } from './lib/unwrap';")
        .replace('APIError;\n}', 'APIError;\n  static unwrapFile = unwrapFile;\n}'),
    );
    // Without the rename, no class of that name: left for a person, as before.
    expect(reapplyEdits(stainless, edited, sdkgen).rejected).toHaveLength(1);
    // A rename of another class does not move them.
    expect(reapplyEdits(stainless, edited, sdkgen, { renamedClasses: { Other: 'AcmeClient' } }).rejected).toHaveLength(
      1,
    );
  });

  it('are carried by the migration, which still asks for the class name in the config', () => {
    const base = { blobs: new Map([['src/client.ts', 'stainless']]), texts: new Map([['src/client.ts', stainless]]) };
    const plan = planMigration({
      current: [
        { path: 'src/client.ts', blob: 'edited', text: edited },
        { path: 'src/lib/unwrap.ts', blob: 'own', text: 'export const unwrapFile = (x: unknown) => x;\n' },
      ],
      base,
      rendered: [{ path: 'src/client.ts', contents: sdkgen }],
    });
    expect(plan.rejected).toEqual([]);
    expect(plan.reapplied).toEqual([{ path: 'src/client.ts', hunks: 2 }]);
    expect(plan.writes.find((f) => f.path === 'src/client.ts')?.contents).toContain(
      '  static APIError = Errors.APIError;\n  static unwrapFile = unwrapFile;\n}',
    );
    expect(plan.needsHand).toEqual([
      expect.objectContaining({ path: 'src/client.ts', reason: expect.stringContaining('client_name: Acme)') }),
    ]);
  });
});
