/**
 * A test method the owners deleted whole from a class of Stainless's test module (anthropic's async
 * `test_raw_response_results` of `TestAsyncBatches`, the sync one kept), where sdkgen's method of that name is written
 * otherwise (its own decorators and call): the deletion is carried by the method's name in that class
 * (migrate/python/reapply/deleted-classes.ts), not left for a person. Before, the deletion's lines found no place in
 * sdkgen's file and the hunk went to a person.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const path = 'tests/api_resources/test_batches.py';

const test = (prefix: string, decorator: string, call: string) =>
  [
    `${decorator}    ${prefix}def test_raw_response_results(self, client: Acme) -> None:\n`,
    `        response = ${prefix ? 'await ' : ''}client.batches.with_raw_response.results(\n            ${call},\n        )\n\n`,
    '        assert response.http_request.headers.get("X-Stainless-Lang") == "python"\n\n',
    `${decorator}    ${prefix}def test_streaming_response_results(\n        self, client: Acme\n    ) -> None:\n`,
    `        assert ${prefix ? 'await ' : ''}client.batches.results(${call}) is not None\n`,
  ].join('');

const module = (decorator: string, call: string) =>
  [
    'from __future__ import annotations\n\nimport pytest\n\nfrom acme import Acme\n\n\n',
    'class TestBatches:\n',
    test('', decorator, call),
    '\n\nclass TestAsyncBatches:\n',
    test('async ', decorator, call),
  ].join('');

const stainless = module('    @pytest.mark.skip(reason="no mock of x-jsonl")\n    @parametrize\n', '"batch_id"');
const owners = stainless.replace(
  /( {4}@pytest[^\n]*\n {4}@parametrize\n {4}async def test_raw_response_results[\s\S]*?\n\n)(?= {4}@pytest)/,
  '',
);
const sdkgen = module('    @parametrize\n', 'batch_id="batch_id"');

function migrate(rendered: string) {
  return planPythonMigration({
    current: [{ path, blob: 'owners', text: owners }],
    base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
    rendered: [{ path, contents: rendered }],
    importName: 'acme',
  });
}

describe("a test method the owners deleted whole from a class of Stainless's test module", () => {
  it("goes from sdkgen's class of that name, the other class's namesake kept", () => {
    expect(owners).not.toContain('async def test_raw_response_results');
    expect(owners).toContain('    def test_raw_response_results');
    const plan = migrate(sdkgen);
    expect(plan.needsHand.filter((n) => n.path === path)).toEqual([]);
    const text = plan.writes.find((f) => f.path === path)?.contents ?? sdkgen;
    expect(text).not.toContain('async def test_raw_response_results');
    expect(text).toContain('    def test_raw_response_results(self, client: Acme) -> None:\n');
    expect(text).toContain(
      'class TestAsyncBatches:\n    @parametrize\n    async def test_streaming_response_results(\n        self, client: Acme\n    ) -> None:\n',
    );
  });

  it('stays where the carried module reads it as an attribute', () => {
    const plan = migrate(sdkgen.replace('is not None\n', 'is not None\n        self.test_raw_response_results\n'));
    expect(plan.needsHand.filter((n) => n.path === path)).not.toEqual([]);
  });
});
