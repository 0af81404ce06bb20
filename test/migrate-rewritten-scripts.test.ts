/**
 * A script of Stainless's the owners edited in ways sdkgen's script does not take (conductor's `scripts/mock` running
 * Prism on a spec embedded in it): theirs stays whole and sdkgen writes none there from now on, as for Python. Listed
 * as hand edits that could not be carried over, they made migrate exit 1. One sdkgen writes none in place of, with
 * nothing staying that calls it (their `scripts/utils/upload-artifact.sh` naming their package), stays theirs whole
 * too (owners/edited-scripts.ts, as test/unit/migrate-removed-calls.test.ts has it); one running a script the migrated
 * tree lacks is listed.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { scriptsNamed } from '../generator/migrate/owners/rewritten-scripts';

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
  it('keeps theirs whole where their edits do not go onto sdkgen’s script, and one nothing replaces or calls', () => {
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
    expect(plan.keptRewrittenScripts).toEqual(['scripts/mock']);
    expect(plan.writes.find((f) => f.path === 'scripts/mock')?.contents).toBe(ownersMock);
    expect(plan.generated.map((f) => f.path)).not.toContain('scripts/mock');
    expect(plan.removed).not.toContain('scripts/utils/upload-artifact.sh');
    expect(plan.kept).toContain('scripts/utils/upload-artifact.sh');
  });

  it('lists the edits of one that runs a script of Stainless’s the migrated tree does not have', () => {
    const stainless = `${stainlessMock}bash scripts/utils/wait-for-prism.sh\n`;
    const owners = stainless.replace('set -e', 'set -ex');
    expect(scriptsNamed(owners)).toEqual(['scripts/utils/wait-for-prism.sh']);
    const base = { blobs: new Map([['scripts/mock', 'stainless']]), texts: new Map([['scripts/mock', stainless]]) };
    const current = [{ path: 'scripts/mock', blob: 'owners', text: owners }];
    const plan = planMigration({ current, base, rendered: [{ path: 'scripts/mock', contents: sdkgenMock }] });
    expect(plan.keptRewrittenScripts).toEqual([]);
    expect(plan.rejected.map((r) => r.path)).toEqual(['scripts/mock']);
    // Where it stays (the owners' own), theirs is kept whole.
    const withIt = [...current, { path: 'scripts/utils/wait-for-prism.sh', blob: 'w', text: '#!/usr/bin/env bash\n' }];
    const kept = planMigration({ current: withIt, base, rendered: [{ path: 'scripts/mock', contents: sdkgenMock }] });
    expect(kept.keptRewrittenScripts).toEqual(['scripts/mock']);
    expect(kept.rejected).toEqual([]);
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
