/**
 * An owners' edit that only renames a name Stainless's file imports is moot when sdkgen's file binds no such name to
 * that module: runway's owners renamed Stainless's `import * as Uploads from './core/uploads'` to `UploadsCore` (they
 * took `Uploads` for their resource class), so `static toFile = Uploads.toFile` became `UploadsCore.toFile`;
 * sdkgen's client imports `toFile` by name, and the hunk was a "needs a hand" item that made migrate exit 1. It is
 * counted with the hand edits whose result sdkgen's file has already. A rename of anything else, or one sdkgen's file
 * still needs, stays for a person.
 */
import { describe, expect, it } from 'vitest';
import { dropAlreadyThere } from '../../generator/migrate/owners/moot-edits';
import { editsAsHunks } from '../../generator/migrate/reapply/hunks';

const STAINLESS = [
  '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.',
  '',
  "import * as Uploads from './core/uploads';",
  "import * as API from './resources/index';",
  '',
  'export class Acme {',
  '  static DEFAULT_TIMEOUT = 60000;',
  '',
  '  static toFile = Uploads.toFile;',
  '',
  '  widgets: API.Widgets = new API.Widgets(this);',
  '  private limit = 10;',
  '}',
  '',
].join('\n');

const SDKGEN = [
  "import { toFile } from './core/uploads.js';",
  "import * as API from './resources/index.js';",
  '',
  'export class Acme {',
  '  static toFile = toFile;',
  '',
  '  widgets: API.Widgets = new API.Widgets(this);',
  '}',
  '',
].join('\n');

function rejectedAfter(owners: string, written = SDKGEN): { kept: number; there: number } {
  const hunks = editsAsHunks(STAINLESS, owners);
  const alreadyThere: Array<{ path: string; hunks: number }> = [];
  const rejected = dropAlreadyThere(
    [{ path: 'src/client.ts', hunks }],
    [{ path: 'src/client.ts', contents: written }],
    () => STAINLESS,
    alreadyThere,
  );
  return { kept: rejected.flatMap((r) => r.hunks).length, there: alreadyThere[0]?.hunks ?? 0 };
}

describe("an owners' rename of a name Stainless's file imports", () => {
  it('is moot where sdkgen binds no such name to that module', () => {
    const owners = STAINLESS.replace(
      "import * as Uploads from './core/uploads';",
      "import * as UploadsCore from './core/uploads';\nimport { Uploads } from './resources/uploads';",
    ).replace('  static toFile = Uploads.toFile;', '  static toFile = UploadsCore.toFile;');
    // The usage is moot; their renamed import (another hunk) stays theirs, carried as any import is.
    expect(rejectedAfter(owners)).toEqual({ kept: 1, there: 1 });
  });

  it('stays for a person where sdkgen binds the old name to that module', () => {
    const owners = STAINLESS.replace('  static toFile = Uploads.toFile;', '  static toFile = UploadsCore.toFile;');
    const written = SDKGEN.replace(
      "import { toFile } from './core/uploads.js';",
      "import * as Uploads from './core/uploads.js';",
    );
    expect(rejectedAfter(owners, written)).toEqual({ kept: 1, there: 0 });
    expect(rejectedAfter(owners)).toEqual({ kept: 0, there: 1 });
  });

  it('stays for a person when the name is not an import, or more than a name changed', () => {
    const local = STAINLESS.replace('  private limit = 10;', '  private cap = 10;');
    expect(rejectedAfter(local)).toEqual({ kept: 1, there: 0 });
    const more = STAINLESS.replace('  static toFile = Uploads.toFile;', '  static toFile = UploadsCore.makeFile;');
    expect(rejectedAfter(more)).toEqual({ kept: 1, there: 0 });
  });
});
