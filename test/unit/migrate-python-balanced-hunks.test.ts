/**
 * Hand edits of a Python module whose hunks open and close a bracket between them (stagehand's owners wrapped
 * Stainless's `return self._post(` … `)` in `cast("Session", …)`): carried together or not at all, never half, which
 * would leave a module that does not parse.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { reapplyPythonEdits } from '../../generator/migrate/python/reapply/balanced-hunks';

const RESOURCE = 'src/acme/resources/sessions.py';

/** A resource module with two methods posting to `/start` and `/stop`, headers laid out as `headers` gives them. */
const resource = (headers: (name: string) => string) =>
  ['start', 'stop']
    .map(
      (name) =>
        `    def ${name}(self) -> Response:\n${headers(name)}` +
        `        return self._post(\n            "/${name}",\n            cast_to=Response,\n        )\n`,
    )
    .join('\n');
const module = (body: string) => `class SessionsResource(SyncAPIResource):\n${body}`;

const STAINLESS = module(resource((name) => `        headers = {\n            "x-${name}": "1",\n        }\n`));
// The owners' edit: the start call wrapped in a cast (two hunks: the opening line, the closing one).
const OWNERS = STAINLESS.replace(
  '        return self._post(\n            "/start",\n            cast_to=Response,\n        )\n',
  '        return cast(\n            "Session",\n            self._post(\n            "/start",\n            cast_to=Response,\n            ),\n        )\n',
);

function move(sdkgenText: string) {
  return planPythonMigration({
    current: [{ path: RESOURCE, blob: 'edited', text: OWNERS }],
    base: { blobs: new Map([[RESOURCE, 'pristine']]), texts: new Map([[RESOURCE, STAINLESS]]) },
    rendered: [{ path: RESOURCE, contents: sdkgenText }],
    importName: 'acme',
  });
}

const depth = (text: string) => (text.match(/[([{]/g) ?? []).length - (text.match(/[)\]}]/g) ?? []).length;

describe('Python move: hunks that balance brackets only together', () => {
  it("leaves both out, with their diff, where sdkgen's text has no place for the opening one", () => {
    // sdkgen lays the headers out on one line: the opening hunk's context is not there, the closing hunk's is.
    const sdkgenText = module(resource((name) => `        headers = {"x-${name}": "1"}\n`));
    const plan = move(sdkgenText);
    const written = plan.writes.find((f) => f.path === RESOURCE)!.contents;
    expect(depth(written)).toBe(0);
    expect(written).toBe(sdkgenText);
    expect(plan.rejected.find((r) => r.path === RESOURCE)?.hunks.join('')).toContain('+        return cast(');
  });

  it("carries both where sdkgen's text has a place for each", () => {
    const plan = move(STAINLESS);
    const written = plan.writes.find((f) => f.path === RESOURCE)!.contents;
    expect(written).toBe(OWNERS);
    expect(plan.rejected).toEqual([]);
  });
});

describe('Python move: an edit made in a sync and an async method alike', () => {
  // Stainless's upload (a comment after the call sdkgen does not write), the owners' line before it, in both classes.
  const upload = (extra: string, comment: string) =>
    `    def upload(self, body):\n        body = transform(\n            body,\n        )\n${extra}` +
    `        files = extract_files(body)\n${comment}        return self._post(files)\n`;
  const text = (extra: string, comment: string) =>
    ['Files', 'AsyncFiles'].map((name) => `class ${name}:\n${upload(extra, comment)}`).join('\n');
  const FILES = 'src/acme/resources/files.py';
  const stainless = text('', '        # The boundary is set by httpx.\n');
  const owners = text('        body = serialize(body)\n', '        # The boundary is set by httpx.\n');

  it('goes to the place of the same rank in each, where the context around it occurs as often', () => {
    const sdkgenText = text('', '');
    const plan = planPythonMigration({
      current: [{ path: FILES, blob: 'edited', text: owners }],
      base: { blobs: new Map([[FILES, 'pristine']]), texts: new Map([[FILES, stainless]]) },
      rendered: [{ path: FILES, contents: sdkgenText }],
      importName: 'acme',
    });
    expect(plan.rejected).toEqual([]);
    expect(plan.writes.find((f) => f.path === FILES)!.contents).toBe(text('        body = serialize(body)\n', ''));
  });
});

describe("Python move: names the owners added to a module's __all__", () => {
  const INIT = 'src/acme/resources/__init__.py';
  const all = (names: string[]) => `__all__ = [\n${names.map((n) => `    "${n}",\n`).join('')}]\n`;
  const stainless = `from .pets import PetsResource\n\n${all(['PetsResource', 'StoresResource'])}`;
  const owners = `from .pets import PetsResource\n\n${all(['PetsResource', 'StoresResource', 'HelperResource'])}`;

  it("go into sdkgen's list of the same name, laid out as sdkgen lays it out", () => {
    const sdkgenText = `from .pets import PetsResource\n\n${all(['StoresResource', 'PetsResource'])}`;
    const plan = planPythonMigration({
      current: [{ path: INIT, blob: 'edited', text: owners }],
      base: { blobs: new Map([[INIT, 'pristine']]), texts: new Map([[INIT, stainless]]) },
      rendered: [{ path: INIT, contents: sdkgenText }],
      importName: 'acme',
    });
    expect(plan.rejected).toEqual([]);
    expect(plan.writes.find((f) => f.path === INIT)!.contents).toContain(
      all(['StoresResource', 'PetsResource', 'HelperResource']),
    );
  });
});

describe('Python move: a name the carried edits use that only the owners imported', () => {
  const MODULE = 'src/acme/resources/pets.py';
  const stainless = 'from typing import Dict\n\nimport httpx\n\n__all__ = ["Pets"]\n\n\nclass Pets:\n    pass\n';
  const owners = stainless
    .replace('from typing import Dict\n', 'from typing import TYPE_CHECKING, Dict\n')
    .replace('__all__ = ["Pets"]\n', 'if TYPE_CHECKING:\n    from .. import Session\n\n__all__ = ["Pets"]\n');

  it("joins sdkgen's import of the same module, and their block is kept", () => {
    // The owners' name added to the typing import joins sdkgen's line of it (migrate/python/reapply/import-lines.ts).
    const sdkgenText =
      'from typing import Dict, Optional\nimport httpx\n\n__all__ = ["Pets"]\n\n\nclass Pets:\n    pass\n';
    const plan = planPythonMigration({
      current: [{ path: MODULE, blob: 'edited', text: owners }],
      base: { blobs: new Map([[MODULE, 'pristine']]), texts: new Map([[MODULE, stainless]]) },
      rendered: [{ path: MODULE, contents: sdkgenText }],
      importName: 'acme',
    });
    const written = plan.writes.find((f) => f.path === MODULE)!.contents;
    expect(written).toContain('if TYPE_CHECKING:\n    from .. import Session\n');
    expect(written).toMatch(/^from typing import Dict, Optional, TYPE_CHECKING\nimport httpx\n/);
  });
});

describe('Python move: a module sdkgen imports inside the function using it', () => {
  const CLIENT = 'src/acme/_client.py';
  const stainless = 'import base64\n\n\nclass Acme:\n    def auth(self):\n        return base64.b64encode(b"k")\n';
  const owners = `${stainless}\n    def owners(self):\n        return 1\n`;

  it('is not imported again at the top', () => {
    const sdkgenText =
      'class Acme:\n    def auth(self):\n        import base64\n\n        return base64.b64encode(b"k")\n';
    const plan = planPythonMigration({
      current: [{ path: CLIENT, blob: 'edited', text: owners }],
      base: { blobs: new Map([[CLIENT, 'pristine']]), texts: new Map([[CLIENT, stainless]]) },
      rendered: [{ path: CLIENT, contents: sdkgenText }],
      importName: 'acme',
    });
    const written = plan.writes.find((f) => f.path === CLIENT)!.contents;
    expect(written).toContain('    def owners(self):\n        return 1\n');
    expect(written).not.toMatch(/^import base64/m);
  });
});

describe('Python move: an edit of a function whose lines sdkgen writes in a helper of its own', () => {
  // cartesia's `X-Cartesia-Client` header added to Stainless's `default_headers`, whose dict sdkgen builds in
  // `_default_headers_with` (its `default_headers` calls it): no twin of the base has those lines there.
  const headers = (auth: string, extra: string) =>
    `        return {\n            "Accept": "application/json",\n            "User-Agent": self.user_agent,\n${extra}` +
    `            **self.platform_headers(),\n            **${auth},\n        }\n`;
  const stainless = (extra: string) =>
    `class BaseClient:\n    @property\n    def default_headers(self) -> dict[str, str]:\n${headers('self.auth_headers', extra)}`;
  const SDKGEN =
    'class BaseClient:\n    @property\n    def default_headers(self) -> dict[str, str]:\n' +
    '        return self._default_headers_with(self.auth_headers)\n\n' +
    `    def _default_headers_with(self, auth_headers: dict[str, str]) -> dict[str, str]:\n${headers('auth_headers', '')}`;
  const LINE = '            "X-Acme-Client": self.client_header,\n';

  it("goes into sdkgen's helper, where its lines are", () => {
    const carried = reapplyPythonEdits(stainless(''), stainless(LINE), SDKGEN, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(SDKGEN.replace('self.user_agent,\n', `self.user_agent,\n${LINE}`));
  });
});
