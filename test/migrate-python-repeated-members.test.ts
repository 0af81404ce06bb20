/**
 * An owners' class member that sdkgen's class already has word for word (onebusaway-python: the owners' `auth_headers`
 * property returning `{}` on Stainless's client, which sdkgen's client writes too) is defined once after the move,
 * not twice (migrate/python/already-done/repeated-members.ts); where the two differ, the owners' takes sdkgen's place.
 */
import { describe, expect, it } from 'vitest';
import { withoutRepeatedMembers } from '../generator/migrate/python/already-done/repeated-members';

const AUTH_HEADERS = [
  '    @property',
  '    @override',
  '    def auth_headers(self) -> dict[str, str]:',
  '        return {}',
];

// sdkgen's client: its own auth_headers, then auth_query.
const OURS = [
  'class Client(SyncAPIClient):',
  '    @property',
  '    @override',
  '    def qs(self) -> Querystring:',
  '        return Querystring(array_format="repeat")',
  '',
  ...AUTH_HEADERS,
  '',
  '    @property',
  '    @override',
  '    def auth_query(self) -> dict[str, str]:',
  '        return {"key": self.api_key}',
  '',
  '    def copy(',
  '        self,',
  '    ) -> Client:',
  '        return self',
  '',
].join('\n');

// The owners' text of Stainless's client: their auth_headers after qs.
const EDITED = [
  'class Client(SyncAPIClient):',
  '    @property',
  '    @override',
  '    def qs(self) -> Querystring:',
  '        return Querystring(array_format="repeat")',
  '',
  ...AUTH_HEADERS,
  '',
  '    @property',
  '    @override',
  '    def default_query(self) -> dict[str, object]:',
  '        return {"key": self.api_key}',
  '',
].join('\n');

/** sdkgen's text with the owners' member inserted once more after auth_query, as a line-by-line carry leaves it. */
function carriedWith(member: string[]) {
  const lines = OURS.split('\n');
  const at = lines.indexOf('    def copy(');
  return [...lines.slice(0, at), ...member, '', ...lines.slice(at)].join('\n');
}

describe('owners’ members sdkgen’s class has already', () => {
  it('keeps one definition of a member repeated word for word, and counts the edit as already there', () => {
    const carried = { text: carriedWith(AUTH_HEADERS), applied: 1, rejected: [] };
    const out = withoutRepeatedMembers(OURS, EDITED, carried);
    expect(out.text).toBe(OURS);
    expect(out.text.match(/def auth_headers/g)).toHaveLength(1);
    expect(out).toMatchObject({ applied: 0, alreadyThere: 1 });
  });

  it('keeps the owners’ definition in place of sdkgen’s where they differ (migrate-python-differing-members)', () => {
    const theirs = [...AUTH_HEADERS.slice(0, 3), '        return {"X-Key": self.api_key}'];
    const carried = { text: carriedWith(theirs), applied: 1, rejected: [] };
    const out = withoutRepeatedMembers(OURS, EDITED.replace('return {}', 'return {"X-Key": self.api_key}'), carried);
    expect(out.text).toBe(OURS.replace('        return {}', '        return {"X-Key": self.api_key}'));
    expect(out.differing).toHaveLength(1);
  });

  it('leaves a member sdkgen itself defines twice (overloads) alone', () => {
    const overloads = [
      'class Client:',
      '    @overload',
      '    def get(self, a: int) -> int: ...',
      '',
      '    @overload',
      '    def get(self, a: int) -> int: ...',
      '',
    ].join('\n');
    const carried = { text: overloads, applied: 0, rejected: [] };
    expect(withoutRepeatedMembers(overloads, overloads, carried)).toEqual({ ...carried, differing: [] });
  });
});
