/**
 * Owners' doc comments on members they added by hand that a later spec gives sdkgen's interface (writer-ts's
 * `'Content-Type'` on `FileUploadParams`, anchorbrowser-ts's `force_popups_as_tabs?` and `ForcePopupsAsTabs`): the
 * hunk is left out as done by sdkgen, and the owners' words replace the spec's on sdkgen's member, which a
 * regeneration keeps. And a constant's value the owners changed, which sdkgen's client has from the derived config,
 * keeps their trailing comment (anchorbrowser's `DEFAULT_TIMEOUT = 3600000; // 1 hour`).
 */
import { describe, expect, it } from 'vitest';
import { doneBySdkgen } from '../generator/migrate/reapply/done-by-sdkgen';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
import { withOwnersMemberDocs } from '../generator/migrate/reapply/member-docs';
import { mergeThreeWay } from '../generator/write/merge';
import { carryConstantComments } from '../generator/migrate/owners/constant-comments';
import { planMigration } from '../generator/migrate/plan';

const FILE = 'src/resources/sessions.ts';

const STAINLESS = `export interface SessionCreateParams {
  browser?: SessionCreateParams.Browser;
}

export namespace SessionCreateParams {
  export interface Browser {
    /**
     * Headless mode.
     */
    headless?: boolean;
  }
}

export interface FileUploadParams {
  /**
   * Body param: the file.
   */
  content: string;
}
`;

const OWNERS = `export interface SessionCreateParams {
  browser?: SessionCreateParams.Browser;
}

export namespace SessionCreateParams {
  export interface Browser {
    /**
     * Headless mode.
     */
    headless?: boolean;

    /**
     * Configuration for force popup as tabs.
     */
    force_popups_as_tabs?: Browser.ForcePopupsAsTabs;
  }

  export namespace Browser {
    /**
     * Configuration for force popup as tabs.
     */

    export interface ForcePopupsAsTabs {
      /**
       * Enable or disable force popup as tabs.
       */
      active?: boolean;
    }
  }
}

export interface FileUploadParams {
  /**
   * Body param: the file.
   */
  content: string;

  /**
   * Header param: The content type of the file.
   */
  'Content-Type': string;
}
`;

const SDKGEN = `export interface SessionCreateParams {
  browser?: SessionCreateParams.Browser;
}

export namespace SessionCreateParams {
  export interface Browser {
    /**
     * Configuration for forcing popups to open as tabs instead of popup windows.
     */
    force_popups_as_tabs?: Browser.ForcePopupsAsTabs;

    /**
     * Headless mode.
     */
    headless?: boolean;
  }

  export namespace Browser {
    /**
     * Configuration for forcing popups to open as tabs instead of popup windows.
     */
    export interface ForcePopupsAsTabs {
      /**
       * Enable or disable forcing popups as tabs. Defaults to \`false\`.
       */
      active?: boolean;
    }
  }
}

export interface FileUploadParams {
  /**
   * Body param: the file.
   */
  content: string;

  'Content-Type': string;
}
`;

describe("owners' doc comments on members sdkgen declares", () => {
  it("replace the spec's, or go where sdkgen's member has none", () => {
    const onto = withOwnersMemberDocs(STAINLESS, OWNERS, SDKGEN, FILE);
    const result = reapplyEdits(STAINLESS, OWNERS, onto, {
      code: true,
      declarations: true,
      done: doneBySdkgen(FILE, SDKGEN, []),
    });
    expect(result.rejected).toEqual([]);
    const text = result.text;
    expect(text).not.toContain('forcing popups');
    expect(text).toContain(`    /**
     * Configuration for force popup as tabs.
     */
    force_popups_as_tabs?: Browser.ForcePopupsAsTabs;`);
    expect(text).toContain(`    /**
     * Configuration for force popup as tabs.
     */
    export interface ForcePopupsAsTabs {
      /**
       * Enable or disable force popup as tabs.
       */
      active?: boolean;`);
    expect(text).toContain(`  /**
   * Header param: The content type of the file.
   */
  'Content-Type': string;`);
    // sdkgen's members, each once; the docs of members Stainless had stay.
    expect(text.match(/force_popups_as_tabs\?/g)).toHaveLength(1);
    expect(text.match(/'Content-Type'/g)).toHaveLength(1);
    expect(text).toContain('Headless mode.');
  });

  it('leave other modules, and members Stainless had, as sdkgen writes them', () => {
    expect(withOwnersMemberDocs(STAINLESS, OWNERS, SDKGEN, 'README.md')).toBe(SDKGEN);
    const renamedDoc = OWNERS.replace('Headless mode.', 'Run without a window.');
    expect(withOwnersMemberDocs(STAINLESS, renamedDoc, SDKGEN, FILE)).toContain('Headless mode.');
  });

  it('are kept by a regeneration (sdkgen its own text in the manifest)', () => {
    const written = withOwnersMemberDocs(STAINLESS, OWNERS, SDKGEN, FILE);
    const next = SDKGEN.replace('  content: string;\n', '  content: string;\n\n  purpose?: string;\n');
    const merged = mergeThreeWay(SDKGEN, written, next);
    expect(merged.conflicts ?? 0).toBe(0);
    expect(merged.text).toContain('Header param: The content type of the file.');
    expect(merged.text).toContain('purpose?: string;');
  });
});

describe("a constant's trailing comment", () => {
  const hunk = `@@ -776 +778 @@ export class Anchorbrowser {
-  static DEFAULT_TIMEOUT = 60000; // 1 minute
+  static DEFAULT_TIMEOUT = 3600000; // 1 hour
`;
  const client = `export class Anchorbrowser extends BaseAnchorbrowser {
  static Anchorbrowser = this;
  static DEFAULT_TIMEOUT = 3600000; // milliseconds
}
`;

  it("is the owners' where sdkgen's line has their value", () => {
    const writes = [{ path: 'src/client.ts', contents: client }];
    const reapplied: Array<{ path: string; hunks: number }> = [];
    const rejected = carryConstantComments([{ path: 'src/client.ts', hunks: [hunk] }], writes, reapplied);
    expect(rejected).toEqual([]);
    expect(writes[0].contents).toContain('  static DEFAULT_TIMEOUT = 3600000; // 1 hour\n');
    expect(writes[0].contents).not.toContain('milliseconds');
    expect(reapplied).toEqual([{ path: 'src/client.ts', hunks: 1 }]);
  });

  it("is left for a person where sdkgen's value is not theirs", () => {
    const writes = [{ path: 'src/client.ts', contents: client.replace('3600000', '60000') }];
    const rejected = carryConstantComments([{ path: 'src/client.ts', hunks: [hunk] }], writes, []);
    expect(rejected).toEqual([{ path: 'src/client.ts', hunks: [hunk] }]);
    expect(writes[0].contents).toContain('// milliseconds');
  });
});

describe('in a migration', () => {
  it("reaches sdkgen's module of the path (plan.ts)", () => {
    const stainless = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n${STAINLESS}`;
    const owners = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n${OWNERS}`;
    const plan = planMigration({
      current: [{ path: FILE, blob: 'o', text: owners }],
      base: { blobs: new Map([[FILE, 'b']]), texts: new Map([[FILE, stainless]]) },
      rendered: [{ path: FILE, contents: SDKGEN }],
    });
    const written = plan.writes.find((f) => f.path === FILE)?.contents ?? '';
    expect(written).toContain('Header param: The content type of the file.');
    expect(written).toContain('Enable or disable force popup as tabs.');
    expect(written).not.toContain('forcing popups');
    expect(plan.rejected).toEqual([]);
  });
});
