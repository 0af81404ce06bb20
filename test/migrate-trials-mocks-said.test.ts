// The trials' checks 9 (Python) and 10 (TypeScript) say which mock each side's test run started
// (bench/migrate-trials/lib/mock-servers.mjs's mocksSaid): the migrated tree's (sdkgen's setup or scripts/mock) and
// the ref's (Stainless's scripts/mock), read from the scripts each runs.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { mockServerOf, mocksSaid } from '../bench/migrate-trials/lib/mock-servers.mjs';

const reader = (files: Record<string, string>) => (file: string) => files[file] ?? null;
const STEADY_MOCK = 'npm exec --package=@stdy/cli@0.20.2 -- steady --host 127.0.0.1 -p 4010 "$URL"\n';
const PRISM_MOCK = 'npx -y @stoplight/prism-cli@5 mock -h 127.0.0.1 -p 4010 "$spec"\n';

describe('which mock each side of a trial ran', () => {
  it('is the first script of the run that names one: sdkgen’s TypeScript setup, then scripts/mock', () => {
    expect(mockServerOf(reader({ 'scripts/mock': STEADY_MOCK }))).toBe('Steady 0.20.2 (scripts/mock)');
    expect(
      mockServerOf(
        reader({
          'scripts/mock-server.mjs': "const steady = ['exec', '--package=@stdy/cli@0.22.1'];",
          'scripts/mock': PRISM_MOCK,
        }),
      ),
    ).toBe('Steady 0.22.1 (scripts/mock-server.mjs)');
    expect(mockServerOf(reader({ 'scripts/mock': PRISM_MOCK }))).toBe('Prism (scripts/mock)');
    expect(mockServerOf(reader({}))).toBe('no script names a mock server');
  });

  it('says both sides, the ref’s "the same" where it is', () => {
    expect(mocksSaid(reader({ 'scripts/mock': PRISM_MOCK }), reader({ 'scripts/mock': STEADY_MOCK }))).toBe(
      'mock: Prism (scripts/mock), at the ref Steady 0.20.2 (scripts/mock)',
    );
    expect(mocksSaid(reader({ 'scripts/mock': STEADY_MOCK }), reader({ 'scripts/mock': STEADY_MOCK }))).toBe(
      'mock: Steady 0.20.2 (scripts/mock), at the ref the same',
    );
  });
});
