/**
 * A script of Stainless's the owners edited in ways sdkgen's script does not take, or that sdkgen writes none in place
 * of (conductor's `scripts/mock` running Prism on a spec embedded in it, their `scripts/utils/upload-artifact.sh`
 * naming their package): theirs stays whole and sdkgen writes none there from now on, as for Python. Listed as hand
 * edits that could not be carried over, they made migrate exit 1.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const stainlessMock = [
  '#!/usr/bin/env bash',
  'set -e',
  'if [[ -n "$1" && "$1" != \'--\'* ]]; then',
  '  URL="$1"',
  '  shift',
  'else',
  "  URL=\"$(grep 'openapi_spec_url' .stats.yml | cut -d' ' -f2)\"",
  'fi',
  'echo "==> Starting mock server with URL ${URL}"',
  'npm exec --package=@stoplight/prism-cli -- prism mock "$URL"',
  '',
].join('\n');
const ownersMock = stainlessMock.replace(
  "  URL=\"$(grep 'openapi_spec_url' .stats.yml | cut -d' ' -f2)\"",
  '  URL="openapi.spec.yml"',
);
const sdkgenMock = ['#!/usr/bin/env bash', 'set -euo pipefail', 'exec node scripts/mock-server.mjs "$@"', ''].join(
  '\n',
);
const upload = (name: string) =>
  `#!/usr/bin/env bash\necho "Installation: npm install 'https://pkg.stainless.com/s/${name}/$SHA'"\n`;

describe('migrate: Stainless’s scripts the owners rewrote', () => {
  it('keeps theirs whole where their edits do not go onto sdkgen’s script, or sdkgen writes none', () => {
    const files = { 'scripts/mock': stainlessMock, 'scripts/utils/upload-artifact.sh': upload('conductor-typescript') };
    const base = {
      blobs: new Map(Object.keys(files).map((path) => [path, `stainless-${path}`])),
      texts: new Map(Object.entries(files)),
    };
    const current = [
      { path: 'scripts/mock', blob: 'owners-mock', text: ownersMock },
      { path: 'scripts/utils/upload-artifact.sh', blob: 'owners-upload', text: upload('quickbooks-desktop-node') },
    ];
    const plan = planMigration({ current, base, rendered: [{ path: 'scripts/mock', contents: sdkgenMock }] });
    expect(plan.rejected).toEqual([]);
    expect(plan.keptRewrittenScripts.sort()).toEqual(['scripts/mock', 'scripts/utils/upload-artifact.sh']);
    expect(plan.writes.find((f) => f.path === 'scripts/mock')?.contents).toBe(ownersMock);
    expect(plan.generated.map((f) => f.path)).not.toContain('scripts/mock');
    expect(plan.removed).not.toContain('scripts/utils/upload-artifact.sh');
  });

  it('still carries edits that go onto sdkgen’s script', () => {
    const base = { blobs: new Map([['scripts/mock', 'stainless']]), texts: new Map([['scripts/mock', stainlessMock]]) };
    const current = [{ path: 'scripts/mock', blob: 'owners', text: ownersMock }];
    const plan = planMigration({ current, base, rendered: [{ path: 'scripts/mock', contents: stainlessMock }] });
    expect(plan.keptRewrittenScripts).toEqual([]);
    expect(plan.writes.find((f) => f.path === 'scripts/mock')?.contents).toBe(ownersMock);
    expect(plan.generated.map((f) => f.path)).toContain('scripts/mock');
  });
});
