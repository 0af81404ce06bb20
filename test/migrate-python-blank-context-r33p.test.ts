/**
 * An insertion of the owners' placed by one side of its context where sdkgen's function has that context's code lines
 * word for word but not its blank lines (one-sided-insertions.ts): turbopuffer-python's
 * `merge_clock_into_response(parsed, clock)`, inserted after a blank line below `post_parser` in both `parse` methods
 * of Stainless's `_response.py`, where sdkgen's `parse` goes on to its next statement with no blank line. Before, the
 * async method got it and the sync one did not: the sync `parse` read `clock` and never merged it.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';

const parse = (awaited: string) => `    ${awaited ? 'async ' : ''}def parse(self, *, to: Any = None) -> Any:
        cache_key = to if to is not None else self._cast_to
        cached = self._parsed_by_type.get(cache_key)
        if cached is not None:
            return cached

        if not self._is_sse_stream:
            ${awaited}self.read()

        parsed = self._parse(to=to)
        if is_given(self._options.post_parser):
            parsed = self._options.post_parser(parsed)

        self._parsed_by_type[cache_key] = parsed
        return parsed
`;

const STAINLESS = `class APIResponse(BaseAPIResponse[R]):
${parse('')}

class AsyncAPIResponse(BaseAPIResponse[R]):
${parse('await ')}`;

const OWNERS = STAINLESS.replaceAll(
  '            parsed = self._options.post_parser(parsed)\n\n',
  '            parsed = self._options.post_parser(parsed)\n\n        merge_clock_into_response(parsed, clock)\n\n',
);

const sdkgenParse = (
  awaited: string,
) => `    ${awaited ? 'async ' : ''}def parse(self, *, to: Optional[type[_T]] = None) -> Union[R, _T]:
        key: object = to if to is not None else self._cast_to
        cached = self._cache_get(key)
        if cached is not _MISSING:
            return cast(Union[R, _T], cached)
        if not self._is_sse_stream:
            ${awaited}self.read()
        parsed = self._parse(to=to)
        if is_given(self._options.post_parser):
            parsed = self._options.post_parser(parsed)
        self._cache_set(key, parsed)
        return cast(Union[R, _T], parsed)
`;

const SDKGEN = `class APIResponse(BaseAPIResponse[R]):
${sdkgenParse('')}

class AsyncAPIResponse(BaseAPIResponse[R]):
${sdkgenParse('await ')}`;

describe('owners insertions beside blank lines sdkgen does not write (r33p)', () => {
  it('places the insertion in both twins, after the code lines before it', () => {
    const result = reapplyPythonEdits(STAINLESS, OWNERS, SDKGEN, {});
    expect(result.rejected).toEqual([]);
    const [sync, async] = result.text.split('class AsyncAPIResponse');
    for (const twin of [sync, async])
      expect(twin).toMatch(
        /parsed = self\._options\.post_parser\(parsed\)\n\n? {8}merge_clock_into_response\(parsed, clock\)\n\n? {8}self\._cache_set/,
      );
    expect(result.text.match(/merge_clock_into_response/g)).toHaveLength(2);
  });

  it('places it in the twins of the same class where sdkgen has the code context more often than Stainless', () => {
    // Three twins in sdkgen's module for Stainless's two: the owners' are those of the classes they edited (issue 89).
    const third = SDKGEN + `\n\nclass BinaryAPIResponse(BaseAPIResponse[R]):\n${sdkgenParse('')}`;
    const result = reapplyPythonEdits(STAINLESS, OWNERS, third, {});
    expect(result.rejected).toEqual([]);
    const [, binary] = result.text.split('class BinaryAPIResponse');
    expect(binary).not.toContain('merge_clock_into_response');
    expect(result.text.match(/merge_clock_into_response/g)).toHaveLength(2);
  });

  it('still leaves an insertion whose code context sdkgen has more often than Stainless, in no class of its', () => {
    // (sdkgen's classes named otherwise than Stainless's: which of its three twins is the owners' is not known.)
    const third = (SDKGEN + `\n\nclass BinaryAPIResponse(BaseAPIResponse[R]):\n${sdkgenParse('')}`).replace(
      /class (Async)?APIResponse\(/g,
      'class $1Response(',
    );
    const result = reapplyPythonEdits(STAINLESS, OWNERS, third, {});
    expect(result.text.match(/merge_clock_into_response/g)?.length ?? 0).toBeLessThan(3);
    expect(result.rejected.length).toBeGreaterThan(0);
  });
});
