/**
 * Session 55: the reassignment rule (an owners' block moved past, or into the place of, sdkgen's statements that set
 * again what it sets) is sound only where no statement it crosses reads what the other sets: sdkgen's
 * `extra_headers = {**strip_not_given(…), **(extra_headers or {})}` merges into the value the owners' block set
 * (anthropic-python's batch `results()`), so the block stays above it. With that check the rule holds for an owners'
 * block that took the place of lines of Stainless's too, not only for a pure insertion.
 */
import { describe, expect, it } from 'vitest';
import { withBlocksOverReassignments } from '../generator/migrate/python/reapply/placed-over-reassignments';

const STAINLESS = [
  'import httpx',
  '',
  '',
  'class APIError(Exception):',
  '    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:',
  '        super().__init__(message)',
  '        self.body = body',
  '        self.code = None',
  '',
  '',
  'class APIStatusError(APIError):',
  '    pass',
  '',
].join('\n');

const BLOCK = [
  '        if is_dict(body):',
  '            self.code = body.get("code")',
  '            self.param = body.get("param")',
  '        else:',
  '            self.code = None',
  '            self.param = None',
];

const SDKGEN = (block: string[]) =>
  [
    'import httpx',
    '',
    '',
    'def _field(body: object, key: str) -> str | None:',
    '    return None',
    '',
    '',
    'class APIError(Exception):',
    '    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:',
    '        super().__init__(message)',
    '        self.body = body',
    ...block,
    '        self.code = _field(body, "code")',
    '        self.param = _field(body, "param")',
    '',
    '',
    'class APIStatusError(APIError):',
    '    pass',
    '',
  ].join('\n');

describe("an owners' block that took the place of lines of Stainless's", () => {
  it("takes the place of sdkgen's statements setting again what it sets", () => {
    const edited = STAINLESS.replace('        self.code = None\n', `${BLOCK.join('\n')}\n`);
    const out = withBlocksOverReassignments(STAINLESS, edited, SDKGEN(BLOCK));
    expect(out).not.toContain('_field');
    expect(out).toContain([...BLOCK, '', '', 'class APIStatusError'].join('\n'));
  });
});

describe("sdkgen's statement reading what the owners' block sets", () => {
  const method = (block: string[]) =>
    [
      'class Batches(SyncAPIResource):',
      '    def results(self, batch_id: str, *, betas: List[str] | NotGiven = NOT_GIVEN) -> object:',
      '        if not batch_id:',
      '            raise ValueError("batch_id")',
      ...block,
      '        return self._get(path, options=make_request_options(extra_headers=extra_headers))',
      '',
    ].join('\n');
  const ACCEPT = '        extra_headers = {"Accept": "application/binary", **(extra_headers or {})}';
  const MERGE = '        extra_headers = {**strip_not_given({"anthropic-beta": betas}), **(extra_headers or {})}';

  it('is not crossed by a pure insertion', () => {
    const stainless = method([]);
    const edited = method([ACCEPT]);
    const target = method([ACCEPT, MERGE]);
    expect(withBlocksOverReassignments(stainless, edited, target)).toBe(target);
  });

  it('is not crossed by a replacement', () => {
    const stainless = method(['        extra_headers = {"Accept": "application/x-jsonl", **(extra_headers or {})}']);
    const edited = method(['        batch = self.retrieve(batch_id)', ACCEPT]);
    const target = method(['        batch = self.retrieve(batch_id)', ACCEPT, MERGE]);
    expect(withBlocksOverReassignments(stainless, edited, target)).toBe(target);
  });

  it("is not crossed where the block reads what sdkgen's statement sets", () => {
    const stainless = method([]);
    const block = ['        timeout = timeout or 30'];
    const edited = method(block);
    const target = method([...block, '        timeout = _field(body, "timeout")']);
    expect(withBlocksOverReassignments(stainless, edited, target)).toBe(target);
  });
});
