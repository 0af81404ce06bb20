/**
 * migrate (Python): the audit of the "already done" judges (generator/migrate/python/already-done/). A hunk judged
 * done is dropped from the move, so each judge must say so only where sdkgen's output has the hunk's meaning. Each case
 * is an owners' hunk of a shape real Stainless SDK repositories show that a judge called done while sdkgen's file
 * does otherwise; each now stays the owners' (carried, or left for a person).
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import type { Api } from '../../generator/ir/types';
import { commentOnlyHunk } from '../../generator/migrate/python/already-done/comment-only';
import { withDeclaredAlready } from '../../generator/migrate/python/already-done/declared-already';
import { withSerializerPatchDone } from '../../generator/migrate/python/already-done/multipart-form-done';
import { setAsideDoneInRuntime } from '../../generator/migrate/python/already-done/removed-already';
import { dropDoneByPythonRuntime } from '../../generator/migrate/python/already-done/runtime-behaviours';
import { withSameFunctionsDone } from '../../generator/migrate/python/already-done/same-functions';
import { editsAsHunks } from '../../generator/migrate/reapply/hunks';
import { normalize } from '../../generator/normalize/normalize';
import { loadObject, openapi } from './helpers/spec';

describe("module functions the owners added that sdkgen's module defines (same-functions.ts)", () => {
  // A `_compat.py` helper the owners added (written for this test in Stainless's shape); sdkgen's namesake has the
  // same statements and parameter names but another default: a caller leaving `indent` out gets other JSON.
  const STAINLESS = 'import pydantic\n\n\ndef model_copy(model):\n    return model.model_copy()\n\n\n# end\n';
  const ADDED =
    'def model_json(model: pydantic.BaseModel, *, indent: int | None = 2) -> str:\n' +
    '    return model.model_dump_json(indent=indent)\n\n\n';
  const OWNERS = STAINLESS.replace('# end\n', `${ADDED}# end\n`);
  const sdkgen = (indent: string) =>
    'import pydantic\n\n\ndef model_copy(model):\n    return model.model_copy()\n\n\n' +
    `def model_json(model: pydantic.BaseModel, *, indent: Optional[int] = ${indent}) -> str:\n` +
    '    return model.model_dump_json(indent=indent)\n';

  it('are done where the defaults are the same too (annotations spelled otherwise)', () => {
    expect(withSameFunctionsDone(STAINLESS, OWNERS, sdkgen('2'))).toEqual({ text: STAINLESS, alreadyThere: 1 });
  });

  it("stay the owners' where sdkgen's function gives a parameter another default", () => {
    expect(withSameFunctionsDone(STAINLESS, OWNERS, sdkgen('None'))).toBeNull();
  });
});

describe("parameters and fields the owners added that sdkgen's module declares (declared-already.ts)", () => {
  // A model's field and a method's parameter added by hand (anchorbrowser-python's shape, r36i), which a later spec
  // gives sdkgen's module.
  const MODEL = (fields: string[]) =>
    ['class Session(BaseModel):', '    id: str', '', ...fields, '    status: str', ''].join('\n');
  const METHOD = (params: string[]) =>
    [
      'class SessionsResource(SyncAPIResource):',
      '    def create(',
      '        self,',
      '        *,',
      '        name: str | Omit = omit,',
      ...params,
      '        extra_headers: Headers | None = None,',
      '    ) -> Session:',
      '        return self._post("/sessions", body={"name": name})',
      '',
    ].join('\n');

  it("are done where sdkgen's declares them alike (NotGiven read as Omit, Optional[X] as X | None)", () => {
    const owners = MODEL(['    tags: Optional[List[str]] = None', '']);
    const ours = MODEL(['    tags: list[str] | None = None', '']);
    expect(withDeclaredAlready(MODEL([]), owners, ours)?.text).toBe(MODEL([]));
    const theirs = METHOD(['        timeout_ms: int | NotGiven = NOT_GIVEN,']);
    const sdkgens = METHOD(['        timeout_ms: int | Omit = omit,']);
    expect(withDeclaredAlready(METHOD([]), theirs, sdkgens)?.text).toBe(METHOD([]));
  });

  it("stay the owners' where sdkgen's field has another type, or its parameter another default", () => {
    const owners = MODEL(['    tags: Optional[List[str]] = None', '    """The tags you set."""', '']);
    const ours = MODEL(['    tags: Optional[Dict[str, str]] = None', '']);
    expect(withDeclaredAlready(MODEL([]), owners, ours)).toBeNull();
    const theirs = METHOD(['        timeout_ms: int = 30000,']);
    const sdkgens = METHOD(['        timeout_ms: int | Omit = omit,']);
    expect(withDeclaredAlready(METHOD([]), theirs, sdkgens)).toBeNull();
  });

  it("keep a whole class theirs where sdkgen's class of that name types a field otherwise", () => {
    const stainless = 'class Session(BaseModel):\n    id: str\n';
    const cls = (type: string) => `\n\nclass BrowserProxy(BaseModel):\n    kind: str\n\n    country: ${type}\n`;
    const owners = stainless + cls('Optional[str] = None');
    expect(withDeclaredAlready(stainless, owners, stainless + cls('Optional[str] = None'))?.text).toBe(stainless);
    expect(withDeclaredAlready(stainless, owners, stainless + cls('Optional[List[str]] = None'))).toBeNull();
    // (A field with a default counts: sdkgen's class without `country` is not theirs.)
    const without = `${stainless}\n\nclass BrowserProxy(BaseModel):\n    kind: str\n`;
    expect(withDeclaredAlready(stainless, owners, without)).toBeNull();
  });
});

describe("a runtime patch read as sdkgen's `omit` header behaviour (runtime-behaviours.ts)", () => {
  // Stainless's `_build_headers` (its shape in `_base_client.py`), where the owners send their organization header
  // unless it is left out: what the edit sends, not how unset values go.
  const STAINLESS = [
    '    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Headers:',
    '        custom_headers = options.headers or {}',
    '        headers_dict = _merge_mappings(self.default_headers, custom_headers)',
    '        self._validate_headers(headers_dict, custom_headers)',
    '',
    '        headers = httpx.Headers(headers_dict)',
    '        return headers',
    '',
  ].join('\n');
  const sent = (lines: string[]) =>
    STAINLESS.replace('        return headers', [...lines, '        return headers'].join('\n'));
  const judged = (owners: string) => {
    const hunks = editsAsHunks(STAINLESS, owners);
    const done: Array<{ path: string; does: string; test: string }> = [];
    const left = dropDoneByPythonRuntime([{ path: 'src/acme/_base_client.py', hunks }], done, 'acme');
    return { hunks, done, left };
  };

  it("stays the owners' where the edit sends a header of its own", () => {
    const { hunks, done, left } = judged(
      sent([
        '        if self._organization is not omit:',
        '            headers["Acme-Organization"] = self._organization',
      ]),
    );
    expect(done).toEqual([]);
    expect(left).toEqual([{ path: 'src/acme/_base_client.py', hunks }]);
  });

  it("stays the owners' where the header's name is the client's (no string in the edit)", () => {
    const owners = sent([
      '        if not isinstance(self._organization, Omit):',
      '            headers[self.organization_header] = self._organization',
    ]);
    expect(judged(owners).left).toHaveLength(1);
  });
});

describe("an owners' patch to `_serialize_multipartform` (multipart-form-done.ts)", () => {
  async function valuesApi(): Promise<Api> {
    const diags = new Diagnostics();
    const media = {
      'multipart/form-data': {
        schema: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } },
        encoding: { tags: { contentType: 'application/json' } },
      },
    };
    const spec = openapi({
      paths: {
        '/kb': {
          post: {
            operationId: 'createKb',
            requestBody: { required: true, content: media },
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    });
    const { spec: loaded } = await loadObject(spec, diags);
    const { api } = buildIr(normalize(loaded, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags, {});
    return { ...api, multipartNested: 'brackets' };
  }
  const STAINLESS = [
    'class BaseClient:',
    '    def _serialize_multipartform(self, data: Mapping[object, object]) -> dict[str, object]:',
    '        items = self.qs.stringify_items(',
    '            data,',
    '            array_format="brackets",',
    '        )',
    '        serialized: dict[str, object] = {}',
    '        for key, value in items:',
    '            serialized[key] = value',
    '        return serialized',
    '',
  ].join('\n');
  // retell-python's patch, as its `_base_client.py` has it: every list, tuple and dict as JSON.
  const patched = (branches: string[]) =>
    [
      'class BaseClient:',
      '    def _serialize_multipartform(self, data: Mapping[object, object]) -> dict[str, object]:',
      '        serialized: dict[str, object] = {}',
      '        for key, value in data.items():',
      '            str_key = str(key)',
      '            if isinstance(value, bool):',
      '                serialized[str_key] = str(value).lower()',
      '            elif isinstance(value, (str, int, float)):',
      '                serialized[str_key] = str(value)',
      ...branches,
      '        return serialized',
      '',
    ].join('\n');
  const PATH = 'src/acme/_base_client.py';

  it('is done where it sends every list, tuple and dict as JSON', async () => {
    const owners = patched([
      '            elif isinstance(value, (list, tuple, dict)):',
      '                serialized[str_key] = json.dumps(value)',
    ]);
    expect(withSerializerPatchDone(PATH, STAINLESS, owners, await valuesApi(), 'acme')?.text).toBe(STAINLESS);
  });

  it("stays the owners' where it sends dicts as JSON and lists bracketed, or one field otherwise", async () => {
    const api = await valuesApi();
    const dictsOnly = patched([
      '            elif isinstance(value, dict):',
      '                serialized[str_key] = json.dumps(value)',
      '            elif isinstance(value, (list, tuple)):',
      '                for k, v in self.qs.stringify_items({str_key: value}, array_format="brackets"):',
      '                    serialized[k] = v',
    ]);
    expect(withSerializerPatchDone(PATH, STAINLESS, dictsOnly, api, 'acme')).toBeNull();
    const oneField = patched([
      '            elif str_key == "metadata":',
      '                serialized[str_key] = str(value)',
      '            elif isinstance(value, (list, tuple, dict)):',
      '                serialized[str_key] = json.dumps(value)',
    ]);
    expect(withSerializerPatchDone(PATH, STAINLESS, oneField, api, 'acme')).toBeNull();
  });
});

describe('a comment the owners added (comment-only.ts)', () => {
  const STAINLESS = [
    'class ItemsResource(SyncAPIResource):',
    '    def list(self) -> SyncCursorPage[Item]:',
    '        return self._get_api_list("/items", page=SyncCursorPage[Item], model=Item)',
    '',
  ].join('\n');
  const OWNERS = STAINLESS.replace(
    '        return self',
    '        # The API returns deleted items too until the nightly purge: filter on `deleted_at`.\n        return self',
  );
  const [hunk] = editsAsHunks(STAINLESS, OWNERS);

  it("has a place where sdkgen's method has the line it comments: not set aside as comments alone", () => {
    const ours = STAINLESS.replace(
      '    def list(self)',
      '    def other(self) -> None:\n        pass\n\n    def list(self)',
    );
    expect(commentOnlyHunk(hunk, STAINLESS, ours)).toBe(false);
  });

  it("has none where sdkgen's file lacks that code in that method", () => {
    const ours = STAINLESS.replace('class ItemsResource', 'class OtherResource');
    expect(commentOnlyHunk(hunk, STAINLESS, ours)).toBe(true);
  });
});

describe("lines the owners took out of Stainless's runtime (removed-already.ts)", () => {
  // Stainless's `_build_headers` as its `_base_client.py` writes it, the owners' deletion of its retry-count header
  // (an API gateway refusing unknown headers), and sdkgen's module sending that header in its own words.
  const STAINLESS = [
    '    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Headers:',
    '        headers = httpx.Headers(headers_dict)',
    '',
    '        lower_custom_headers = [header.lower() for header in custom_headers]',
    '        if "x-stainless-retry-count" not in lower_custom_headers:',
    '            headers["x-stainless-retry-count"] = str(retries_taken)',
    '',
    '        return headers',
    '',
  ].join('\n');
  const OWNERS = STAINLESS.replace(/\n {8}lower_custom[\s\S]*?str\(retries_taken\)\n/, '');
  const SDKGEN = [
    '    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Headers:',
    '        headers = httpx.Headers(headers_dict)',
    '        custom_lower = {name.lower() for name in custom_headers}',
    '        if "x-stainless-retry-count" not in custom_lower:',
    '            headers["X-Stainless-Retry-Count"] = str(retries_taken)',
    '        return headers',
    '',
  ].join('\n');
  const PATH = 'src/acme/_base_client.py';
  const judged = (sdkgen: string) => {
    const plan = {
      rejected: [{ path: PATH, hunks: editsAsHunks(STAINLESS, OWNERS) }],
      notApplicable: [] as Array<{ path: string; reason: string; hunks: string[] }>,
      alreadyThere: [] as Array<{ path: string; hunks: number }>,
    };
    setAsideDoneInRuntime(
      plan,
      () => sdkgen,
      true,
      'acme',
      () => OWNERS,
      () => STAINLESS,
    );
    return plan;
  };

  it("stays the owners' where sdkgen's module sends what they took out, worded otherwise", () => {
    const plan = judged(SDKGEN);
    expect(plan.alreadyThere).toEqual([]);
    expect(plan.rejected).toHaveLength(1);
  });

  it("is done where sdkgen's module has none of it", () => {
    // (No retry count at all: sdkgen's `_build_headers` takes no `retries_taken`.)
    const plan = judged(
      SDKGEN.replace(/ {8}custom_lower[\s\S]*?str\(retries_taken\)\n/, '').replace(', *, retries_taken: int = 0', ''),
    );
    expect(plan.alreadyThere).toEqual([{ path: PATH, hunks: 1 }]);
    expect(plan.rejected).toEqual([]);
  });

  it("stays the owners' where sdkgen's module lacks only the header's name as a literal (it may compute it)", () => {
    const plan = judged(SDKGEN.replace(/ {8}custom_lower[\s\S]*?str\(retries_taken\)\n/, ''));
    expect(plan.alreadyThere).toEqual([]);
    expect(plan.rejected).toHaveLength(1);
  });
});
