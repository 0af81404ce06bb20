/**
 * Two hand edits a line apart in a method that sdkgen's module has twice (the sync and the async resource): the
 * second edit's context above is a line the first edit rewrote. Looked for as the base had it, it was found at the next
 * occurrence (the async method, not yet edited), and each class got the other's edit (runwayml/sdk-python: the sync
 * `create` cast to the async waitable class, the async one to the sync). The lines before a hunk are looked for as the
 * edit left them first, as an earlier hunk placed them.
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';

const method = (
  kind: 'sync' | 'async',
  call: string,
  castTo: string,
) => `    ${kind === 'async' ? 'async ' : ''}def create(self, *, name: str) -> Widget:
        return ${kind === 'async' ? 'await ' : ''}self._post(
            "/widgets",
            body={"name": name},
            options=make_request_options(
${call}
            ),
            cast_to=${castTo},
        )

    def delete(self) -> None:
        pass
`;

const ONE_LINE = '                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout';
const SPLIT =
  '                extra_headers=extra_headers,\n                extra_query=extra_query,\n                timeout=timeout,';

const module = (sync: [string, string], async: [string, string], doc: string) => `${doc}
class WidgetsResource(SyncAPIResource):
${method('sync', ...sync)}

class AsyncWidgetsResource(AsyncAPIResource):
${method('async', ...async)}`;

describe('reapplyEdits: a hunk whose context an earlier hunk rewrote', () => {
  it('goes to its own method, not the next one with the base lines', () => {
    const base = module([ONE_LINE, 'Widget'], [ONE_LINE, 'Widget'], '"""Stainless\'s words."""');
    const edited = module(
      [SPLIT, 'make_waitable(Widget, self._client)'],
      [SPLIT, 'make_async_waitable(Widget, self._client)'],
      '"""Stainless\'s words."""',
    );
    // sdkgen's module words its docstring otherwise (the lines shift) and has the base's calls.
    const target = module([ONE_LINE, 'Widget'], [ONE_LINE, 'Widget'], '"""sdkgen\'s words,\nover two lines."""');
    const out = reapplyEdits(base, edited, target);
    expect(out.rejected).toEqual([]);
    const [sync, async] = out.text.split('class AsyncWidgetsResource');
    expect(sync).toContain('cast_to=make_waitable(Widget, self._client)');
    expect(async).toContain('cast_to=make_async_waitable(Widget, self._client)');
    expect(out.text.split(SPLIT).length).toBe(3);
  });
});
