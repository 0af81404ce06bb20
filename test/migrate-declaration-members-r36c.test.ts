/**
 * Owners' hand edits to Stainless's types that a later spec made sdkgen's own (issue 89, anchorbrowser-ts): members
 * the owners added by hand to the session create params (`force_popups_as_tabs?`, its `ForcePopupsAsTabs`) are in
 * sdkgen's interfaces already, so they are left out rather than declared twice (TS2300); and where the module's edits
 * are placed by declaration (one of them found no place line by line), a declaration both sides changed apart keeps
 * sdkgen's changes with the owners' (the perform-web-task params keep the spec's `async` and agents beside the
 * owners' `directlyOpenUrl`), where it had become the owners' whole, without `async`, which sdkgen's tests pass
 * (TS2353).
 */
import { describe, expect, it } from 'vitest';
import { bracketsPair } from '../generator/migrate/reapply/brackets';
import { doneBySdkgen } from '../generator/migrate/reapply/done-by-sdkgen';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
import { declaredPlaces, declaresMemberTwice } from '../generator/migrate/reapply/members-in-place';

const FILE = 'src/resources/sessions.ts';

const STAINLESS = `import { APIResource } from '../core/resource';

export class Sessions extends APIResource {
  create(body: SessionCreateParams): Promise<SessionCreateResponse> {
    return this._client.post('/v1/sessions', { body });
  }
}

export interface SessionCreateResponse {
  data?: SessionCreateResponse.Data;
}

export namespace SessionCreateResponse {
  export interface Data {
    id?: string;
  }
}

export interface SessionCreateParams {
  browser?: SessionCreateParams.Browser;
}

export namespace SessionCreateParams {
  export interface Browser {
    /**
     * Headless mode.
     */
    headless?: Browser.Headless;
  }

  export namespace Browser {
    export interface Headless {
      active?: boolean;
    }
  }
}

export interface SessionTaskParams {
  prompt: string;

  agent?: 'browser-use' | 'yutori';
}
`;

// The owners: a required \`data\`, the popups option and its type by hand, and \`directlyOpenUrl\`.
const OWNERS = `import { APIResource } from '../core/resource';

export class Sessions extends APIResource {
  create(body: SessionCreateParams): Promise<SessionCreateResponse> {
    return this._client.post('/v1/sessions', { body });
  }
}

export interface SessionCreateResponse {
  data: SessionCreateResponse.Data;
}

export namespace SessionCreateResponse {
  export interface Data {
    id?: string;
  }
}

export interface SessionCreateParams {
  browser?: SessionCreateParams.Browser;
}

export namespace SessionCreateParams {
  export interface Browser {
    /**
     * Configuration for force popup as tabs.
     */
    force_popups_as_tabs?: Browser.ForcePopupsAsTabs;

    /**
     * Headless mode.
     */
    headless?: Browser.Headless;
  }

  export namespace Browser {
    export interface ForcePopupsAsTabs {
      active?: boolean;
    }

    export interface Headless {
      active?: boolean;
    }
  }
}

export interface SessionTaskParams {
  prompt: string;

  agent?: 'browser-use' | 'yutori';

  /**
   * If true, the tool will directly open the URL in the browser.
   */
  directlyOpenUrl?: boolean;
}
`;

// sdkgen's module from the later spec: the popups option is the spec's now; the response's data a union; the task
// params take \`async\` and more agents.
const SDKGEN = `import { APIResource } from '../core/resource';

export class Sessions extends APIResource {
  create(body: SessionCreateParams): Promise<SessionCreateResponse> {
    return this._client.post('/v1/sessions', { body });
  }
}

export interface SessionCreateResponse {
  data?:
    | SessionCreateResponse.Data
    | SessionCreateResponse.Pending;
}

export namespace SessionCreateResponse {
  export interface Data {
    id?: string;
  }

  export interface Pending {
    status: 'pending';
  }
}

export interface SessionCreateParams {
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
    headless?: Browser.Headless;
  }

  export namespace Browser {
    /**
     * Configuration for forcing popups to open as tabs instead of popup windows.
     */
    export interface ForcePopupsAsTabs {
      active?: boolean;
    }

    export interface Headless {
      active?: boolean;
    }
  }
}

export interface SessionTaskParams {
  prompt: string;

  agent?: 'browser-use' | 'openai-cua' | 'yutori';

  /**
   * Whether to run the task asynchronously.
   */
  async?: boolean;
}
`;

const count = (text: string, what: string) => text.split(what).length - 1;

describe("owners' members that sdkgen's module declares in the same place", () => {
  it('reads the places a module declares from its indentation', () => {
    const places = declaredPlaces(SDKGEN);
    expect(places).toContain('SessionCreateParams > Browser > force_popups_as_tabs');
    expect(places).toContain('SessionCreateParams > Browser > ForcePopupsAsTabs > active');
    expect(places).toContain('SessionTaskParams > async');
    expect(places).not.toContain('SessionTaskParams > directlyOpenUrl');
    // A union's lines below a property are no members.
    expect([...places].filter((p) => p.startsWith('SessionCreateResponse > '))).toEqual([
      'SessionCreateResponse > data',
      'SessionCreateResponse > Data',
      'SessionCreateResponse > Data > id',
      'SessionCreateResponse > Pending',
      'SessionCreateResponse > Pending > status',
    ]);
  });

  it('leaves them out, keeps the rest of the edits, and merges a declaration both changed apart', () => {
    const done = doneBySdkgen(FILE, SDKGEN, [{ path: FILE, contents: SDKGEN }]);
    const carried = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { code: true, declarations: true, done });
    const text = carried.text;
    expect(carried.rejected).toEqual([]);
    expect(bracketsPair(text)).toBe(true);
    // Declared once each: sdkgen's.
    expect(count(text, 'force_popups_as_tabs?:')).toBe(1);
    expect(count(text, 'export interface ForcePopupsAsTabs')).toBe(1);
    expect(text).not.toContain('Configuration for force popup as tabs.');
    // The owners' required data, their declaration whole (sdkgen's union met their edit).
    expect(text).toContain('  data: SessionCreateResponse.Data;\n');
    // Both sides' changes to the task params.
    expect(text).toContain("  agent?: 'browser-use' | 'openai-cua' | 'yutori';");
    expect(text).toContain('  async?: boolean;');
    expect(text).toContain('  directlyOpenUrl?: boolean;');
  });

  it("places the owners' declaration whole where a merge would declare a member twice", () => {
    const base = `export interface Resp {
  data?: Resp.Data;
}

export interface Params {
  prompt: string;

  agent?: 'a' | 'b';
}
`;
    const owners = `export interface Resp {
  data: Resp.Data;
}

export interface Params {
  prompt: string | null;

  agent?: 'a' | 'b';

  tags?: string[];
}
`;
    const sdkgen = `export interface Resp {
  data?: Resp.Data | null;
}

export interface Params {
  prompt: string;

  tags?: Array<string>;

  agent?: 'a' | 'b' | 'c';
}
`;
    const done = doneBySdkgen(FILE, sdkgen, [{ path: FILE, contents: sdkgen }]);
    const text = reapplyEdits(base, owners, sdkgen, { code: true, declarations: true, done }).text;
    expect(declaresMemberTwice(text)).toBe(false);
    expect(count(text, 'tags?:')).toBe(1);
    expect(text).toContain('  prompt: string | null;');
    expect(declaresMemberTwice(`export interface P {\n  a?: string;\n\n  a?: number;\n}\n`)).toBe(true);
    // An interface and a namespace of one name are one place, not a member twice.
    expect(declaresMemberTwice(SDKGEN)).toBe(false);
  });
});
