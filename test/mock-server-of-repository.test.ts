// Which mock server a repository's Stainless scripts ran (migrate/repository/mock-server.ts): Steady, with the
// version and `--validator-…` flags the scripts name, where they run `@stdy/cli`; Prism otherwise.
import { describe, expect, it } from 'vitest';
import { mockServerOfScript, mockServerOfScripts } from '../generator/migrate/repository/mock-server';

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

  it('pins no version where the script holds it in a variable', () => {
    const text = steadyMock('0.22.1', 'comma').replaceAll('@stdy/cli@0.22.1', '@stdy/cli@$STEADY_VERSION');
    expect(mockServerOfScript(text)).toMatchObject({ kind: 'steady', version: null });
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
  });
});
