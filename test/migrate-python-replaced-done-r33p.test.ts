/**
 * An owners' edit to Stainless's runtime replacing a line sdkgen's module no longer has, whose own line sdkgen's module
 * has from the owners' other edits carried, is done (removed-already.ts): turbopuffer-python replaced both
 * `data = response.json()` of Stainless's `_parse` with `data = json.loads(response.content)`; sdkgen's `_parse` has
 * one such line, which their first edit changed, and migrate left the second edit to a person.
 */
import { describe, expect, it } from 'vitest';
import { setAsideDoneInRuntime } from '../generator/migrate/python/already-done/removed-already';

const emptyPlan = () => ({
  rejected: [] as Array<{ path: string; hunks: string[] }>,
  notApplicable: [] as Array<{ path: string; reason: string; hunks: string[] }>,
  alreadyThere: [] as Array<{ path: string; hunks: number }>,
});

const PATH = 'src/pkg/_response.py';
const STAINLESS = [
  'def _parse(response):',
  '    if not json_content_type(response):',
  '        data = response.json()',
  '        return data',
  '    data = response.json()',
  '    return process(data)',
  '',
].join('\n');
const OWNERS = STAINLESS.replaceAll('data = response.json()', 'data = json.loads(response.content)');
// sdkgen's module with the owners' first edit carried: one line of the kind, theirs.
const OURS = [
  'def _parse(response):',
  '    try:',
  '        data = json.loads(response.content)',
  '    except ValueError:',
  '        return response.text',
  '    return process(data)',
  '',
].join('\n');
const SECOND = '@@ -5 +5 @@\n-    data = response.json()\n+    data = json.loads(response.content)\n';

describe("a replacement whose result sdkgen's module has (r33p)", () => {
  it('is done where the line it takes out is gone and its own came with the carried edits', () => {
    const plan = emptyPlan();
    plan.rejected.push({ path: PATH, hunks: [SECOND] });
    setAsideDoneInRuntime(
      plan,
      () => OURS,
      true,
      'pkg',
      () => OWNERS,
      () => STAINLESS,
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.alreadyThere).toEqual([{ path: PATH, hunks: 1 }]);
  });

  it('stays for a person where sdkgen still has a line it takes out', () => {
    const plan = emptyPlan();
    plan.rejected.push({ path: PATH, hunks: [SECOND] });
    const ours = OURS.replace('    return process(data)', '    data = response.json()\n    return process(data)');
    setAsideDoneInRuntime(
      plan,
      () => ours,
      true,
      'pkg',
      () => OWNERS,
      () => STAINLESS,
    );
    expect(plan.rejected).toHaveLength(1);
  });

  it("stays for a person where sdkgen's own code has the line as Stainless's did (not carried in)", () => {
    const plan = emptyPlan();
    plan.rejected.push({ path: PATH, hunks: [SECOND] });
    const stainless = STAINLESS + 'def other(response):\n    data = json.loads(response.content)\n';
    setAsideDoneInRuntime(
      plan,
      () => OURS,
      true,
      'pkg',
      () => OWNERS,
      () => stainless,
    );
    expect(plan.rejected).toHaveLength(1);
  });
});
