/**
 * migrate (Python): the "already done" judges' residual gaps after session 56's audit
 * (migrate-python-already-done-audit.test.ts). A hunk judged done is dropped from the move, so each judge must say so
 * only with evidence that sdkgen's output has the hunk's meaning. Each case is an owners' edit of a shape real Stainless
 * SDK repositories show that a judge called done while sdkgen's output does otherwise; each now stays the owners'
 * (carried, or left for a person), and the judge still holds where sdkgen's output does what the edit did.
 */
import { describe, expect, it } from 'vitest';
import { withDeclaredAlready } from '../../generator/migrate/python/already-done/declared-already';
import { dropDoneByPythonRuntime } from '../../generator/migrate/python/already-done/runtime-behaviours';
import { eachStatementAbsent } from '../../generator/migrate/python/already-done/absent-statements';
import { setAsideDoneInRuntime } from '../../generator/migrate/python/already-done/removed-already';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { editsAsHunks } from '../../generator/migrate/reapply/hunks';
import { baseOf, checkoutOf } from '../helpers/plan-inputs';

describe("a deletion from Stainless's runtime that sdkgen's module words otherwise, no string shared (removed-already.ts)", () => {
  // Stainless's `_build_headers` (its shape in `_base_client.py`): the idempotency header, which the owners took out
  // (their API refuses unknown headers).
  const STAINLESS = [
    '    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Headers:',
    '        headers = httpx.Headers(headers_dict)',
    '',
    '        idempotency_header = self._idempotency_header',
    '        if idempotency_header and options.idempotency_key and idempotency_header not in headers:',
    '            headers[idempotency_header] = options.idempotency_key',
    '',
    '        return headers',
    '',
  ].join('\n');
  const OWNERS = STAINLESS.replace(/\n {8}idempotency_header[\s\S]*?= options\.idempotency_key\n/, '');
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
  const sdkgen = (sending: string[]) =>
    [
      '    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Headers:',
      '        headers = httpx.Headers(headers_dict)',
      ...sending,
      '        return headers',
      '',
    ].join('\n');

  it("stays the owners' where sdkgen's module sends the header in its own words", () => {
    const plan = judged(
      sdkgen([
        '        if options.idempotency_key and self._idempotency_header:',
        '            headers.setdefault(self._idempotency_header, options.idempotency_key)',
      ]),
    );
    expect(plan.alreadyThere).toEqual([]);
    expect(plan.rejected).toHaveLength(1);
  });

  it("is done where sdkgen's module names none of what it read", () => {
    const plan = judged(sdkgen([]));
    expect(plan.alreadyThere).toEqual([{ path: PATH, hunks: 1 }]);
    expect(plan.rejected).toEqual([]);
  });

  it("is done where it takes out a whole helper sdkgen's module neither defines nor names", () => {
    // (Pydantic-1 helpers of Stainless's `_models.py`: a class whose body says nothing of its own, a function whose
    // decorator sdkgen's module uses too.)
    const stainless = [
      'class BaseModel(pydantic.BaseModel):',
      '    pass',
      '',
      '',
      'class GenericModel(BaseGenericModel, BaseModel):',
      '    pass',
      '',
      '',
      '@lru_cache(maxsize=None)',
      'def _v1_fields(model: type) -> dict[str, object]:',
      '    return model.__fields__',
      '',
      '',
      '# end',
      '',
    ].join('\n');
    const owners = stainless.replace(/class GenericModel[\s\S]*?# end/, '# end');
    const plan = {
      rejected: [{ path: 'src/acme/_models.py', hunks: editsAsHunks(stainless, owners) }],
      notApplicable: [] as Array<{ path: string; reason: string; hunks: string[] }>,
      alreadyThere: [] as Array<{ path: string; hunks: number }>,
    };
    const ours = [
      'from functools import lru_cache',
      '',
      '',
      'class BaseModel(pydantic.BaseModel):',
      '    @lru_cache(maxsize=64)',
      '    def model_dump(self) -> dict[str, object]:',
      '        return {}',
      '',
    ].join('\n');
    setAsideDoneInRuntime(
      plan,
      () => ours,
      true,
      'acme',
      () => owners,
      () => stainless,
    );
    expect(plan.alreadyThere).toEqual([{ path: 'src/acme/_models.py', hunks: 1 }]);
  });
});

describe("the evidence a deletion's statements are absent from sdkgen's module (absent-statements.ts)", () => {
  // sdkgen's `_build_headers`: the header's name computed from its key, never a literal of the module.
  const OURS = [
    '    def _build_headers(self, options: FinalRequestOptions, *, timeout: float) -> httpx.Headers:',
    '        headers = httpx.Headers(headers_dict)',
    '        for key, value in self._stainless_headers(timeout).items():',
    '            headers[f"x-stainless-{key}"] = value',
    '        return headers',
  ].join('\n');
  const keptNone = () => false;

  it('takes no key string as evidence: sdkgen may compute the header name', () => {
    const removed = ['        headers["x-stainless-read-timeout"] = str(timeout)'];
    expect(eachStatementAbsent(removed, OURS, keptNone)).toBe(false);
  });

  it('finds none in statements of keywords alone, and lets them go with a statement that has it', () => {
    expect(eachStatementAbsent(['        else:', '            return'], OURS, keptNone)).toBe(false);
    expect(eachStatementAbsent(['            break'], OURS, keptNone)).toBe(false);
    expect(eachStatementAbsent(['        else:', '            _send_telemetry(headers)'], OURS, keptNone)).toBe(true);
    // (Comments alone run nothing: no evidence needed.)
    expect(eachStatementAbsent(['        # retries are counted below'], OURS, keptNone)).toBe(true);
  });

  it("reads a string over lines as one statement: a docstring's words are no names it reads", () => {
    const docstring = ['        """Retries the request', "        when the server's answer asks so.", '        """'];
    expect(eachStatementAbsent([...docstring, '        return'], OURS, keptNone)).toBe(false);
    expect(eachStatementAbsent([...docstring, '        _send_telemetry(headers)'], OURS, keptNone)).toBe(true);
    // (A string's text passes for no code either where it holds a quote of the other kind or a bracket.)
    expect(eachStatementAbsent(['GREETING = (', "    '''it's (", "    done'''", ')', 'pass'], OURS, keptNone)).toBe(
      true,
    );
  });

  it('takes no evidence from a deletion that begins or ends inside a string or a bracket', () => {
    // (Lines of a docstring opened above the deletion: their words cannot be told from code.)
    expect(eachStatementAbsent(['        telemetry is sent here', '        """'], OURS, keptNone)).toBe(false);
    expect(eachStatementAbsent(['        _send_telemetry(', '            headers,'], OURS, keptNone)).toBe(false);
  });
});

describe("an owners' edit of a private binding their own code imports (private-bindings.ts)", () => {
  // xquik's typing hardening of Stainless's `_compat.py` binding; a module of the owners' `lib/` imports that private
  // name (cartesia's `lib/` imports Stainless's private `_merge_mappings` so). sdkgen's `_compat.py` binds none.
  const BANNER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
  const before = '_LITERAL_TYPES = {Literal, typing_extensions.Literal}';
  const after = '_LITERAL_TYPES: frozenset[object] = frozenset({Literal, typing_extensions.Literal})';
  const stainless = `${BANNER}import typing_extensions\nfrom typing import Literal\n\n${before}\n`;
  const ours = 'from ._typing import is_literal_type as is_literal_type\n';
  const migrate = (own: Record<string, string>) => {
    const files = { 'src/acme/_compat.py': stainless };
    return planPythonMigration({
      current: checkoutOf({ 'src/acme/_compat.py': stainless.replace(before, after), ...own }),
      base: baseOf(files),
      rendered: [{ path: 'src/acme/_compat.py', contents: ours }],
      importName: 'acme',
    });
  };
  const reasons = (plan: ReturnType<typeof migrate>) =>
    plan.notApplicable.filter((n) => n.path === 'src/acme/_compat.py');

  it('does not apply where no module of the migrated repository imports the name', () => {
    const plan = migrate({ 'src/acme/lib/shapes.py': 'from .._compat import is_literal_type\n' });
    expect(reasons(plan).map((n) => n.reason)).toEqual([expect.stringMatching(/^sets `_LITERAL_TYPES`/)]);
    expect(plan.rejected).toEqual([]);
  });

  it("stays for a person where the owners' module imports it, or reads it as the module's attribute", () => {
    for (const lib of [
      'from .._compat import _LITERAL_TYPES\n\nKINDS = tuple(_LITERAL_TYPES)\n',
      'from .. import _compat\n\nKINDS = tuple(_compat._LITERAL_TYPES)\n',
    ]) {
      const plan = migrate({ 'src/acme/lib/shapes.py': lib });
      expect(reasons(plan)).toEqual([]);
      expect(plan.rejected.map((r) => r.path)).toEqual(['src/acme/_compat.py']);
    }
  });
});

describe('a field the owners added over lines, `= FieldInfo(` to its `)` (declared-already.ts)', () => {
  // A model's aliased field as Stainless writes one too long for a line (OneBusAway's `trip_status`, conductor's
  // `billing_status`), added by hand; a later spec gives sdkgen's class a field of that name.
  const MODEL = (fields: string[]) =>
    ['class Arrival(BaseModel):', '    id: str', '', ...fields, '    status: str', ''].join('\n');
  const OWNERS = MODEL([
    '    trip_status: Optional[ArrivalTripStatus] = FieldInfo(',
    '        alias="tripStatus", default=None',
    '    )',
    '',
  ]);

  it("stays the owners' where sdkgen's field has another alias (the wire key differs)", () => {
    const ours = MODEL([
      '    trip_status: Optional[ArrivalTripStatus] = FieldInfo(',
      '        alias="trip_status", default=None',
      '    )',
      '',
    ]);
    expect(withDeclaredAlready(MODEL([]), OWNERS, ours)).toBeNull();
  });

  it("is done, every line of it, where sdkgen's declares it alike (on one line)", () => {
    const ours = MODEL([
      '    trip_status: Optional[ArrivalTripStatus] = FieldInfo(alias="tripStatus", default=None)',
      '',
    ]);
    expect(withDeclaredAlready(MODEL([]), OWNERS, ours)?.text).toBe(MODEL([]));
  });

  it("keeps a whole class theirs where sdkgen's class gives such a field another alias", () => {
    const stainless = 'class Session(BaseModel):\n    id: str\n';
    const cls = (alias: string) =>
      '\n\nclass ArrivalTripStatus(BaseModel):\n    kind: str\n\n' +
      `    next_stop: Optional[str] = FieldInfo(\n        alias="${alias}", default=None\n    )\n`;
    const owners = stainless + cls('nextStop');
    expect(withDeclaredAlready(stainless, owners, stainless + cls('nextStop'))?.text).toBe(stainless);
    expect(withDeclaredAlready(stainless, owners, stainless + cls('next_stop_id'))).toBeNull();
  });
});

describe("the owners' stream branch of Stainless's `assert_matches_type` (stream-helper-done.ts)", () => {
  // julep-python's edit of Stainless's `tests/utils.py` (its branch as written there), here beside a second branch
  // of theirs in the same hunk, one sdkgen's helper has no part of.
  const STAINLESS = [
    '    elif origin == dict:',
    '        assert is_dict(value)',
    '    elif is_union_type(type_):',
    '        variants = get_args(type_)',
    '',
  ].join('\n');
  const STREAM_BRANCH = [
    '    elif is_stream_class_type(type_):',
    '        # Handle Stream[T] and AsyncStream[T] types',
    '        assert isinstance(value, (Stream, AsyncStream))',
    '        ',
    '        try:',
    '            expected_chunk_type = extract_stream_chunk_type(type_)',
    '        except Exception:',
    '            pass',
  ];
  const SET_BRANCH = ['    elif origin == set:', '        assert isinstance(value, set)'];
  const owners = (branches: string[]) =>
    STAINLESS.replace('    elif is_union_type', `${branches.join('\n')}\n    elif is_union_type`);
  const judged = (text: string) => {
    const hunks = editsAsHunks(STAINLESS, text);
    const done: Array<{ path: string; does: string; test: string }> = [];
    const left = dropDoneByPythonRuntime([{ path: 'tests/utils.py', hunks }], done, 'acme');
    return { hunks, done, left };
  };

  it('is done alone: the branch of theirs beside it stays in the hunk, for a person', () => {
    const { done, left } = judged(owners([...STREAM_BRANCH, ...SET_BRANCH]));
    expect(done).toHaveLength(1);
    expect(left).toHaveLength(1);
    const [hunk] = left[0]!.hunks;
    expect(hunk).toContain('+    elif origin == set:\n+        assert isinstance(value, set)\n');
    expect(hunk).not.toContain('is_stream_class_type');
    // (Its header counts the lines left: Stainless's four, around their two.)
    expect(hunk!.split('\n')[0]).toBe('@@ -1,4 +1,6 @@');
  });

  it('is done whole where the hunk holds the branch alone', () => {
    const { done, left } = judged(owners(STREAM_BRANCH));
    expect(done).toHaveLength(1);
    expect(left).toEqual([]);
  });

  it("stays the owners' where the branch asserts more than the stream's class", () => {
    const more = [...STREAM_BRANCH.slice(0, 3), '        assert value.response.status_code == 200'];
    const { hunks, done, left } = judged(owners(more));
    expect(done).toEqual([]);
    expect(left).toEqual([{ path: 'tests/utils.py', hunks }]);
  });
});
