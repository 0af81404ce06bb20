/**
 * An owners' class member that sdkgen's class defines too, otherwise (migrate/python/already-done/repeated-members.ts): carried
 * line by line it landed beside sdkgen's, twice in one class (pyright's redeclaration; the later one runs). The owners'
 * definition now takes sdkgen's place, once, and the member is reported for a person (plan.needsHand), never dropped.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import {
  differingMemberReason,
  withoutRepeatedMembers,
} from '../generator/migrate/python/already-done/repeated-members';

const SDKGENS = [
  '    @property',
  '    @override',
  '    def auth_headers(self) -> dict[str, str]:',
  '        return {"Authorization": f"Bearer {self.api_key}"}',
];
const OWNERS = ['    @property', '    @override', '    def auth_headers(self) -> dict[str, str]:', '        return {}'];

const ours = (member: string[]) =>
  [
    'class Client(SyncAPIClient):',
    '    @property',
    '    def qs(self) -> Querystring:',
    '        return Querystring(array_format="repeat")',
    '',
    ...member,
    '',
    '    def copy(self) -> Client:',
    '        return self',
    '',
  ].join('\n');

// The owners' text of Stainless's client (which had no auth_headers): theirs after qs, and default_query.
const EDITED = [
  'class Client(SyncAPIClient):',
  '    @property',
  '    def qs(self) -> Querystring:',
  '        return Querystring(array_format="repeat")',
  '',
  ...OWNERS,
  '',
  '    @property',
  '    def default_query(self) -> dict[str, object]:',
  '        return {"key": self.api_key}',
  '',
].join('\n');

/** sdkgen's text with the owners' member carried in again before `copy`, as a line-by-line carry leaves it. */
function carriedInto(text: string, member: string[]) {
  const lines = text.split('\n');
  const at = lines.indexOf('    def copy(self) -> Client:');
  return [...lines.slice(0, at), ...member, '', ...lines.slice(at)].join('\n');
}

describe('owners’ members sdkgen’s class defines otherwise', () => {
  it('keeps the owners’ definition in place of sdkgen’s, once, and says so', () => {
    const carried = { text: carriedInto(ours(SDKGENS), OWNERS), applied: 1, rejected: [] };
    const out = withoutRepeatedMembers(ours(SDKGENS), EDITED, carried);
    // Where sdkgen's was, with the owners' body: the one their users ran.
    expect(out.text).toBe(ours(OWNERS));
    expect(out.text.match(/def auth_headers/g)).toHaveLength(1);
    expect(out.text).not.toContain('Bearer');
    expect(out.applied).toBe(1);
    expect(out.differing).toEqual([{ member: 'Client.auth_headers', replaced: true, signatureDiffers: false }]);
    const reason = differingMemberReason(out.differing[0]);
    expect(reason).toContain('`Client.auth_headers`');
    expect(reason).toContain('yours is kept');
    expect(reason).not.toContain('signatures differ');
  });

  it('names a differing signature: sdkgen’s callers may expect its own', () => {
    const theirs = ['    def auth_headers(self, scope: str) -> dict[str, str]:', '        return {"X-Scope": scope}'];
    const edited = EDITED.replace(OWNERS.join('\n'), theirs.join('\n'));
    const carried = { text: carriedInto(ours(SDKGENS), theirs), applied: 1, rejected: [] };
    const out = withoutRepeatedMembers(ours(SDKGENS), edited, carried);
    expect(out.text).toBe(ours(theirs));
    expect(out.differing).toEqual([{ member: 'Client.auth_headers', replaced: true, signatureDiffers: true }]);
    expect(differingMemberReason(out.differing[0])).toContain('signatures differ');
  });

  it('leaves two definitions that are neither side’s as written, and reports them', () => {
    const other = [...OWNERS.slice(0, 3), '        return {"X": "1"}'];
    const carried = { text: carriedInto(ours(SDKGENS), other), applied: 1, rejected: [] };
    const out = withoutRepeatedMembers(ours(SDKGENS), EDITED, carried);
    expect(out.text).toBe(carried.text);
    expect(out.differing).toEqual([{ member: 'Client.auth_headers', replaced: false, signatureDiffers: false }]);
    expect(differingMemberReason(out.differing[0])).toContain('defined twice');
  });

  it('still keeps one of two definitions that read the same, reporting nothing', () => {
    const carried = { text: carriedInto(ours(OWNERS), OWNERS), applied: 1, rejected: [] };
    const out = withoutRepeatedMembers(ours(OWNERS), EDITED, carried);
    expect(out.text).toBe(ours(OWNERS));
    expect(out.differing).toEqual([]);
  });

  it('reaches the plan: the owners’ member written once, and a person told', () => {
    const path = 'src/acme/_client.py';
    // Stainless's client had no auth_headers; the owners added theirs after qs.
    const stainless = EDITED.replace(`${OWNERS.join('\n')}\n\n`, '');
    // sdkgen's client has Stainless's default_query after qs, and an auth_headers of its own further on.
    const sdkgen = ours(SDKGENS).replace(
      '\n\n    @property\n    @override\n',
      '\n\n    @property\n    def default_query(self) -> dict[str, object]:\n        return {"key": self.api_key}\n\n    @property\n    @override\n',
    );
    const plan = planPythonMigration({
      current: [{ path, blob: 'owners', text: EDITED }],
      base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
      rendered: [{ path, contents: sdkgen }],
      importName: 'acme',
    });
    const text = plan.writes.find((f) => f.path === path)!.contents;
    expect(text).toBe(sdkgen.replace(SDKGENS.join('\n'), OWNERS.join('\n')));
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([{ path, reason: expect.stringContaining('`Client.auth_headers`') }]);
  });
});
