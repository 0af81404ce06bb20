/**
 * Owners' edits of Stainless's Python files that leave nothing to carry (migrate/python/already-done/comment-only.ts,
 * migrate/python/already-done/runtime-behaviours.ts): a licence header on a runtime module that goes, a `# pyright: ignore` on a
 * line sdkgen's runtime does not have, a runtime patch making Stainless's runtime do what sdkgen's does. The report
 * lists them as such (with the test showing the runtime doing it); any other edit still needs a person.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentOnlyHunk, commentsOnlyChanged } from '../generator/migrate/python/already-done/comment-only';
import { planPythonMigration } from '../generator/migrate/python/plan';
import {
  dropDoneByPythonRuntime,
  PYTHON_RUNTIME_BEHAVIOURS,
} from '../generator/migrate/python/already-done/runtime-behaviours';
import { intoTomlValues } from '../generator/migrate/python/project/toml-values';
import { intoModuleLists } from '../generator/migrate/python/reapply/list-items';
import { editsAsHunks } from '../generator/migrate/reapply/hunks';
import { ROOT } from './helpers/paths';

const LICENCE = '# Copyright (c) Acme, Inc.\n# All rights reserved.\n\n';
const COMPAT = 'from __future__ import annotations\n\nimport sys\n\nVALUE = "# not a comment"\n';

const STAINLESS_CLIENT = [
  'try:',
  '    import httpx_aiohttp',
  'except ImportError:',
  '    pass',
  '',
  'class _AioClient(httpx.AsyncClient):',
  '    def __init__(self, **kwargs: Any) -> None:',
  '        super().__init__(**kwargs)',
  '',
].join('\n');
const SDKGEN_CLIENT = [
  'class DefaultAsyncClient(httpx.AsyncClient):',
  '    def __init__(self, **kwargs: Any) -> None:',
  '        super().__init__(**kwargs)',
  '',
].join('\n');

/** Stainless's `FinalRequestOptions.construct` as stagehand's owners patched it to keep `Omit()` header values. */
const STAINLESS_MODELS = [
  'def construct(**values: Any) -> dict[str, Any]:',
  '    kwargs: dict[str, Any] = {',
  '        key: strip_not_given(value)',
  '        for key, value in values.items()',
  '    }',
  '    return kwargs',
  '',
].join('\n');
const OWNERS_MODELS = [
  'def construct(**values: Any) -> dict[str, Any]:',
  '    kwargs: dict[str, Any] = {}',
  '    for key, value in values.items():',
  '        if key == "headers" and is_mapping(value):',
  '            # Keep Omit() so that a request can remove a default header.',
  '            kwargs[key] = {k: v for k, v in value.items() if not isinstance(v, NotGiven)}',
  '            continue',
  '        kwargs[key] = strip_not_given(value)',
  '    return kwargs',
  '',
].join('\n');

describe("owners' edits with nothing left to carry (Python)", () => {
  it('tells a module edited in its comments alone from one whose code or strings changed', () => {
    expect(commentsOnlyChanged(COMPAT, LICENCE + COMPAT)).toBe(true);
    expect(commentsOnlyChanged(COMPAT, COMPAT.replace('import sys', 'import sys  # for the version'))).toBe(true);
    expect(commentsOnlyChanged(COMPAT, COMPAT.replace('# not a comment', '# changed'))).toBe(false);
    expect(commentsOnlyChanged(COMPAT, COMPAT.replace('import sys', 'import os'))).toBe(false);
    expect(commentsOnlyChanged(COMPAT, COMPAT)).toBe(false);
  });

  it("drops a suppression comment only where sdkgen's file has no such line in the same class", () => {
    const edited = STAINLESS_CLIENT.replace(
      'import httpx_aiohttp',
      'import httpx_aiohttp  # pyright: ignore[reportMissingImports]',
    ).replace('super().__init__(**kwargs)', 'super().__init__(**kwargs)  # pyright: ignore[reportUnknownMemberType]');
    const [onImport, onInit] = editsAsHunks(STAINLESS_CLIENT, edited);
    expect(commentOnlyHunk(onImport, STAINLESS_CLIENT, SDKGEN_CLIENT)).toBe(true);
    // sdkgen's `super().__init__(**kwargs)` is another class's: nothing to suppress there.
    expect(commentOnlyHunk(onInit, STAINLESS_CLIENT, SDKGEN_CLIENT)).toBe(true);
    const sameClass = SDKGEN_CLIENT.replace('DefaultAsyncClient', '_AioClient');
    expect(commentOnlyHunk(onInit, STAINLESS_CLIENT, sameClass)).toBe(false);
    const [code] = editsAsHunks(STAINLESS_CLIENT, STAINLESS_CLIENT.replace('pass', 'raise'));
    expect(commentOnlyHunk(code, STAINLESS_CLIENT, null)).toBe(false);
  });

  it("lists a patch keeping `omit` header values as done by sdkgen's runtime, with a test that exists", () => {
    const hunks = editsAsHunks(STAINLESS_MODELS, OWNERS_MODELS);
    const done: Array<{ path: string; does: string; test: string }> = [];
    const resource = { path: 'src/acme/resources/pets.py', hunks };
    const left = dropDoneByPythonRuntime([{ path: 'src/acme/_models.py', hunks }, resource], done, 'acme');
    expect(left).toEqual([resource]);
    expect(done.map((d) => d.path)).toEqual(hunks.map(() => 'src/acme/_models.py'));
    const [file, name] = PYTHON_RUNTIME_BEHAVIOURS[0].test.split(' › ');
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toContain(`def ${name}(`);
    const other = editsAsHunks(STAINLESS_MODELS, STAINLESS_MODELS.replace('return kwargs', 'return dict(kwargs)'));
    expect(dropDoneByPythonRuntime([{ path: 'src/acme/_models.py', hunks: other }], [], 'acme')).toHaveLength(1);
  });

  it('lists that patch as done in a package of a dotted name (`cerebras.cloud.sdk`)', () => {
    const hunks = editsAsHunks(STAINLESS_MODELS, OWNERS_MODELS);
    const done: Array<{ path: string; does: string; test: string }> = [];
    const nested = 'src/cerebras/cloud/sdk/_models.py';
    expect(dropDoneByPythonRuntime([{ path: nested, hunks }], done, 'cerebras.cloud.sdk')).toEqual([]);
    expect(done.map((d) => d.path)).toEqual(hunks.map(() => nested));
  });

  it("reports a licence header on Stainless's module that goes as a comment edit, not one for a person", () => {
    const blob = (text: string) => `blob-${text.length}-${text.slice(0, 12)}`;
    const files: Record<string, [string, string]> = {
      'src/acme/_utils/_compat.py': [COMPAT, LICENCE + COMPAT],
      'src/acme/_utils/_sync.py': [COMPAT, COMPAT.replace('import sys', 'import os')],
      // Stainless's test of its runtime: with a header alone, not a test of theirs changed.
      'tests/test_client.py': [COMPAT, LICENCE + COMPAT],
    };
    const base = {
      blobs: new Map(Object.entries(files).map(([p, [s]]) => [p, blob(s)])),
      texts: new Map(Object.entries(files).map(([p, [s]]) => [p, s])),
    };
    const current = Object.entries(files).map(([p, [, t]]) => ({ path: p, blob: blob(t), text: t }));
    const plan = planPythonMigration({ current, base, rendered: [], importName: 'acme' });
    expect(plan.removed).toEqual(['src/acme/_utils/_compat.py', 'src/acme/_utils/_sync.py', 'tests/test_client.py']);
    expect(plan.commentOnlyEdits).toEqual(['src/acme/_utils/_compat.py', 'tests/test_client.py']);
    expect(plan.changedStainlessTests).toEqual([]);
    expect(plan.rejected.map((r) => r.path)).toEqual(['src/acme/_utils/_sync.py']);
  });

  it("sets the owners' value of a pyproject.toml key on sdkgen's key, a list of strings item by item", () => {
    const stainless = [
      '[project]',
      'name = "acme"',
      'authors = [',
      '{ name = "Acme", email = "dev@acme.com" },',
      ']',
      'dependencies = [',
      '  "httpx>=0.23.0, <1",',
      ']',
      '',
      '[tool.uv]',
      'conflicts = [["a"]]',
      '',
      '[tool.mypy]',
      "exclude = ['_dev/.*.py', 'tests/.*']",
      '',
    ].join('\n');
    const edited = stainless
      .replace('authors = [\n{ name = "Acme", email = "dev@acme.com" },\n]', 'authors = [{ name = "Acme Labs" }]')
      .replace('"httpx>=0.23.0, <1"', '"httpx>=0.27, <1"')
      .replace('conflicts = [["a"]]', 'conflicts = [["b"]]')
      .replace("exclude = ['_dev/.*.py', 'tests/.*']", "exclude = ['tests/.*', 'examples/.*']");
    const sdkgen = [
      '[project]',
      'name = "acme"',
      'description = "The Acme API"',
      'authors = [{ name = "Acme maintainers" }]',
      'dependencies = ["httpx>=0.23.0, <1", "pydantic>=2, <3"]',
      '',
      '[tool.mypy]',
      'exclude = [',
      "    '_files.py',",
      "    '_dev/.*.py',",
      ']',
      '',
    ].join('\n');
    const rejected = editsAsHunks(stainless, edited);
    expect(rejected).toHaveLength(4);
    const carried = intoTomlValues(stainless, { text: sdkgen, applied: 0, rejected });
    expect(carried.applied).toBe(3);
    expect(carried.text).toContain('authors = [{ name = "Acme Labs" }]\n');
    expect(carried.text).toContain("exclude = [\n    '_files.py',\n    'examples/.*',\n]");
    // A requirement changed inside a list: sdkgen's requirement of that package is theirs.
    expect(carried.text).toContain('dependencies = ["httpx>=0.27, <1", "pydantic>=2, <3"]');
    // A key sdkgen's file has not, set to a value (not emptied): for a person.
    expect(carried.rejected.map((hunk) => hunk.includes('conflicts'))).toEqual([true]);
  });

  it("adds names to sdkgen's `__all__` with the owners' marker comments around them", () => {
    const stainless = '__all__ = [\n    "Acme",\n    "AsyncAcme",\n    "file_from_path",\n]\n';
    const edited = stainless.replace(
      '"AsyncAcme",\n',
      '"AsyncAcme",\n    ### <CUSTOM CODE>\n    "Session",\n    ### </END CUSTOM CODE>\n',
    );
    const sdkgen = '__all__ = [\n    "Acme",\n    "AsyncAcme",\n]\n';
    const carried = intoModuleLists(stainless, { text: sdkgen, applied: 0, rejected: editsAsHunks(stainless, edited) });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(
      '__all__ = [\n    "Acme",\n    "AsyncAcme",\n    ### <CUSTOM CODE>\n    "Session",\n    ### </END CUSTOM CODE>\n]\n',
    );
  });

  it("says which client option the owners made optional and that the config does it in sdkgen's client", () => {
    const raise = (option: string) =>
      `        if ${option} is None:\n            raise AcmeError(\n                "The ${option} client option must be set either by passing ${option} to the client"\n            )\n`;
    const stainless = `class Acme:\n    def __init__(self) -> None:\n${raise('api_key')}${raise('project_id')}        pass\n`;
    const owners = stainless.replace(raise('api_key'), '');
    const client = 'src/acme/_client.py';
    const base = { blobs: new Map([[client, 'stainless']]), texts: new Map([[client, stainless]]) };
    const plan = planPythonMigration({
      current: [{ path: client, blob: 'owners', text: owners }],
      base,
      rendered: [
        {
          path: client,
          contents:
            'class Acme:\n    if api_key is None:\n        raise TypeError("The api_key client option must be set")\n',
        },
      ],
      importName: 'acme',
    });
    expect(plan.rejected.map((r) => r.path)).toEqual([client]);
    const reasons = plan.needsHand.filter((n) => n.path === client).map((n) => n.reason);
    expect(reasons.some((r) => r.includes('`api_key` optional') && r.includes('`nullable: true`'))).toBe(true);
    // sdkgen's client with the option optional already (the config says so): nothing more to ask.
    const optional = planPythonMigration({
      current: [{ path: client, blob: 'owners', text: owners }],
      base,
      rendered: [{ path: client, contents: 'class Acme:\n    x = 1\n' }],
      importName: 'acme',
    });
    expect(optional.needsHand.some((n) => n.reason.includes('nullable'))).toBe(false);
  });

  it("names the function of sdkgen's file an edit it could not carry would go to", () => {
    const path = 'src/acme/_base_client.py';
    const stainless = [
      'class BaseClient:',
      '    def _should_retry(',
      '        self, response: Response',
      '    ) -> bool:',
      '        if response.status_code == 429:',
      '            return True',
      '        if response.status_code >= 500:',
      '            return True',
      '        return False',
      '',
    ].join('\n');
    // (A name sdkgen's module lacks: their whole method cannot take the place of sdkgen's.)
    const owners = stainless.replace('>= 500:', 'in RETRYABLE_STATUSES:');
    const sdkgen = [
      'class BaseClient:',
      '    def _should_retry(self, response: Response) -> bool:',
      '        return response.status_code in (408, 409, 429) or response.status_code >= 500',
      '',
    ].join('\n');
    const plan = planPythonMigration({
      current: [{ path, blob: 'owners', text: owners }],
      base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
      rendered: [{ path, contents: sdkgen }],
      importName: 'acme',
    });
    // (A module of Stainless's runtime: said edit by edit, runtime-hunks.ts.)
    expect(plan.needsHand.map((n) => n.reason)).toEqual([
      expect.stringContaining(
        "in `BaseClient._should_retry`: sdkgen's function has no `if response.status_code >= 500:`, which your edit " +
          "changes; it reads `RETRYABLE_STATUSES`, which sdkgen's module does not bind",
      ),
    ]);
  });

  it("takes out of sdkgen's pyproject.toml a table or a key the owners took out of Stainless's", () => {
    const stainless = [
      '[tool.pyright]',
      '# strict',
      'typeCheckingMode = "strict"',
      '',
      'exclude = [',
      '    ".venv",',
      ']',
      '',
      '[tool.ruff]',
      'line-length = 120',
      'target-version = "py38"',
      '',
      '[tool.ruff.lint]',
      'ignore = [',
      '  "TC004",',
      ']',
      '',
    ].join('\n');
    const edited = stainless
      .replace('[tool.pyright]\n# strict\ntypeCheckingMode = "strict"\n\nexclude = [\n    ".venv",\n]\n\n', '')
      .replace('target-version = "py38"\n', '')
      .replace('"TC004"', '"TCH004"');
    const sdkgen = [
      '[project]',
      'name = "acme"',
      '',
      '[tool.pyright]',
      '# Strict checking',
      'typeCheckingMode = "strict"',
      'reportPrivateUsage = false',
      '',
      '[tool.ruff]',
      'line-length = 120',
      'target-version = "py38"',
      '',
      '[tool.ruff.lint]',
      'ignore = ["E501", "TC004"]',
      '',
    ].join('\n');
    const carried = intoTomlValues(stainless, { text: sdkgen, applied: 0, rejected: editsAsHunks(stainless, edited) });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(
      [
        '[project]',
        'name = "acme"',
        '',
        '[tool.ruff]',
        'line-length = 120',
        '',
        '[tool.ruff.lint]',
        'ignore = ["E501", "TCH004"]',
        '',
      ].join('\n'),
    );
  });

  it("takes out several keys the owners took out at once, and finds done a key they emptied that sdkgen's table lacks", () => {
    const stainless = [
      '[tool.uv]',
      'managed = true',
      'conflicts = [',
      '    [',
      '      { group = "v1" },',
      '      { group = "v2" },',
      '    ],',
      ']',
      '',
      '[dependency-groups]',
      'dev = ["pytest"]',
      'v1 = [',
      '    "pydantic>=1.9.0,<2",',
      ']',
      'v2 = ["pydantic~=2.0"]',
      '',
      '[build-system]',
      'requires = ["hatchling"]',
      '',
    ].join('\n');
    const edited = stainless
      .replace(/conflicts = \[[\s\S]*?\n\]/, 'conflicts = []')
      .replace('v1 = [\n    "pydantic>=1.9.0,<2",\n]\nv2 = ["pydantic~=2.0"]\n', '');
    const sdkgen =
      '[dependency-groups]\ndev = ["pytest"]\nv2 = ["pydantic>=2"]\n\n[build-system]\nrequires = ["hatchling"]\n';
    const carried = intoTomlValues(stainless, { text: sdkgen, applied: 0, rejected: editsAsHunks(stainless, edited) });
    expect(carried.rejected).toEqual([]);
    expect(carried.alreadyThere).toBe(1);
    expect(carried.text).toBe('[dependency-groups]\ndev = ["pytest"]\n\n[build-system]\nrequires = ["hatchling"]\n');
    // A key emptied that sdkgen's table sets: sdkgen's value is emptied, not found done.
    const withConflicts = `[tool.uv]\nconflicts = [["a", "b"]]\n\n${sdkgen}`;
    const set = intoTomlValues(stainless, {
      text: withConflicts,
      applied: 0,
      rejected: editsAsHunks(stainless, edited),
    });
    expect(set.alreadyThere ?? 0).toBe(0);
    expect(set.text).toContain('[tool.uv]\nconflicts = []\n');
  });

  it("puts the names the owners added to an import of Stainless's into sdkgen's statement, their markers around it", () => {
    const file = 'src/acme/resources/jobs.py';
    const body = '\n\nclass Jobs:\n    def get(self) -> Dict[str, Optional[str]]:\n        return {}\n';
    const stainless = `from __future__ import annotations\n\nfrom typing import Dict, Optional\n\nimport httpx\n${body}`;
    const markers = [
      '### <OWNERS CODE>',
      'from typing import TYPE_CHECKING, Dict, Optional, cast',
      '',
      '### </OWNERS CODE>',
    ];
    const owners = stainless.replace('from typing import Dict, Optional', markers.join('\n'));
    const sdkgen = `from __future__ import annotations\n\nfrom typing import Dict, Union, Optional\nfrom typing_extensions import Literal\n\nimport httpx\n${body}`;
    const plan = planPythonMigration({
      current: [{ path: file, blob: 'owners', text: owners }],
      base: { blobs: new Map([[file, 'stainless']]), texts: new Map([[file, stainless]]) },
      rendered: [{ path: file, contents: sdkgen }],
      importName: 'acme',
    });
    expect(plan.needsHand).toEqual([]);
    const text = plan.writes.find((f) => f.path === file)!.contents;
    expect(text).toContain(
      '### <OWNERS CODE>\nfrom typing import Dict, Union, Optional, TYPE_CHECKING, cast\n\n### </OWNERS CODE>\nfrom typing_extensions import Literal\n',
    );
    expect(text.match(/TYPE_CHECKING/g)).toHaveLength(1);
  });
});
