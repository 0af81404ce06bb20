// Which mock server a repository's Stainless scripts ran (migrate/repository/mock-server.ts): Steady, with the
// version and `--validator-…` flags the scripts name, where they run `@stdy/cli`; Prism otherwise.
import { describe, expect, it } from 'vitest';
import {
  mockServerOfRepositoryScripts,
  mockServerOfScript,
  mockServerOfScripts,
} from '../generator/migrate/repository/mock-server';

const steadyMock = (version: string, arrays: string) => `#!/usr/bin/env bash
set -e
cd "$(dirname "$0")/.."
# Run steady mock on the given spec
if [ "$1" == "--daemon" ]; then
  # Pre-install the package so the download doesn't eat into the startup timeout
  npm exec --package=@stdy/cli@${version} -- steady --version
  npm exec --package=@stdy/cli@${version} -- steady --host 127.0.0.1 -p 4010 --validator-query-array-format=${arrays} --validator-form-array-format=${arrays} --validator-query-object-format=brackets --validator-form-object-format=brackets "$URL" &> .stdy.log &
  while ! curl --silent --fail "http://127.0.0.1:4010/_x-steady/health" >/dev/null 2>&1; do sleep 0.1; done
else
  npm exec --package=@stdy/cli@${version} -- steady --host 127.0.0.1 -p 4010 --validator-query-array-format=${arrays} --validator-form-array-format=${arrays} --validator-query-object-format=brackets --validator-form-object-format=brackets "$URL"
fi
`;

const prismMock = `#!/usr/bin/env bash
if [ "$1" == "--daemon" ]; then
  npm exec --package=@stainless-api/prism-cli@5.15.0 -- prism mock "$URL" &> .prism.log &
else
  npm exec --package=@stainless-api/prism-cli@5.15.0 -- prism mock "$URL"
fi
`;

describe('the mock server of a repository’s scripts', () => {
  it('is Steady, with the version and flags the script names, where scripts/mock runs @stdy/cli', () => {
    expect(mockServerOfScript(steadyMock('0.22.1', 'comma'))).toEqual({
      kind: 'steady',
      version: '0.22.1',
      validatorFlags: [
        '--validator-query-array-format=comma',
        '--validator-form-array-format=comma',
        '--validator-query-object-format=brackets',
        '--validator-form-object-format=brackets',
      ],
    });
    // Read from the script, not one repository's: another version and another array format.
    expect(mockServerOfScript(steadyMock('0.22.2', 'repeat'))).toMatchObject({
      version: '0.22.2',
      validatorFlags: expect.arrayContaining(['--validator-query-array-format=repeat']),
    });
  });

  it('is Prism where the scripts run Prism', () => {
    expect(mockServerOfScript(prismMock)).toBeNull();
  });

  it('pins the version a variable holds, as the script assigns it', () => {
    const held = (assignment: string, use: string) =>
      steadyMock('0.22.1', 'comma').replace('set -e\n', `set -e\n${assignment}\n`).replaceAll('@stdy/cli@0.22.1', use);
    expect(mockServerOfScript(held('STEADY_VERSION=0.22.3', '@stdy/cli@$STEADY_VERSION'))).toMatchObject({
      kind: 'steady',
      version: '0.22.3',
    });
    expect(
      mockServerOfScript(held('export STEADY_VERSION="0.21.4" # pinned', '@stdy/cli@${STEADY_VERSION}')),
    ).toMatchObject({ version: '0.21.4' });
    expect(
      mockServerOfScript(held('STEADY_VERSION="${STEADY_VERSION:-0.20.2}"', '"@stdy/cli@${STEADY_VERSION}"')),
    ).toMatchObject({ version: '0.20.2' });
  });

  it('pins no version where the variable is not assigned one plainly, and warns naming the line', () => {
    const base = steadyMock('0.22.1', 'comma').replaceAll('@stdy/cli@0.22.1', '@stdy/cli@$STEADY_VERSION');
    const unassigned = mockServerOfRepositoryScripts((p) => (p === 'scripts/mock' ? base : null));
    expect(unassigned.server).toMatchObject({ kind: 'steady', version: null });
    expect(unassigned.warnings).toEqual([
      'scripts/mock:7: @stdy/cli: $STEADY_VERSION is assigned no version in the script; the mock server is Steady ' +
        "unpinned (the registry's newest): pin it in the config's scripts",
    ]);
    const computed = base.replace('set -e\n', 'set -e\nSTEADY_VERSION=$(cat .steady-version)\n');
    const warnings: string[] = [];
    expect(mockServerOfScript(computed, (line, message) => warnings.push(`${line}: ${message}`))).toMatchObject({
      version: null,
    });
    expect(warnings).toEqual([expect.stringMatching(/^8: @stdy\/cli: \$STEADY_VERSION is assigned no plain version/)]);
    const twice = base.replace('set -e\n', 'set -e\nSTEADY_VERSION=0.22.1\nSTEADY_VERSION=0.22.2\n');
    expect(mockServerOfRepositoryScripts(() => twice).warnings).toEqual([expect.stringContaining('assigned 2 times')]);
  });

  it('reads scripts/mock first, then scripts/test; none: Prism', () => {
    const files = new Map([
      ['scripts/mock', steadyMock('0.22.1', 'brackets')],
      ['scripts/test', prismMock],
    ]);
    expect(mockServerOfScripts((p) => files.get(p))).toMatchObject({ kind: 'steady', version: '0.22.1' });
    expect(mockServerOfScripts((p) => (p === 'scripts/test' ? steadyMock('0.20.2', 'comma') : null))).toMatchObject({
      version: '0.20.2',
    });
    expect(mockServerOfScripts(() => undefined)).toBeNull();
    expect(mockServerOfRepositoryScripts((p) => files.get(p))).toMatchObject({ script: 'scripts/mock', warnings: [] });
    expect(mockServerOfRepositoryScripts(() => null)).toEqual({ server: null, script: null, warnings: [] });
  });
});
