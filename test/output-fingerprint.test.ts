/**
 * `npm run fingerprint` end to end, on one fixture: `--write` records every file's hash, `--compare` against that
 * record passes, and against a record with one hash changed fails (exit 1), naming the output and the file. The
 * comparison itself is unit-tested in test/unit/output-fingerprint.test.ts.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/unit/output-fingerprint.test.ts samples the output fingerprint (docs/contributing.md, "What `npm test`
// samples").
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSdkgen } from './helpers/build';
import { ROOT, TMP } from './helpers/paths';
import { SLOW_FULL } from './helpers/slow-tests';

const SCRIPT = path.join(ROOT, 'scripts/output-fingerprint.mjs');
const dir = path.join(TMP, `output-fingerprint-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fingerprint(...args: string[]) {
  // dist/ built once here (only when older than its sources), not by each of the script's three runs.
  buildSdkgen();
  const run = spawnSync(process.execPath, [SCRIPT, '--no-build', '--filter', '^fixture/allof$', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.runIf(SLOW_FULL)('npm run fingerprint', () => {
  it('records a fingerprint, matches it, and reports a file whose bytes differ', () => {
    mkdirSync(dir, { recursive: true });
    const record = path.join(dir, 'allof.json');
    const written = fingerprint('--write', record);
    expect(written.stderr).not.toMatch(/failed/);
    expect(written.code).toBe(0);
    const saved = JSON.parse(readFileSync(record, 'utf8')) as {
      outputs: Record<string, { files: Record<string, string>; error: unknown }>;
    };
    expect(Object.keys(saved.outputs)).toEqual(['fixture/allof']);
    const output = saved.outputs['fixture/allof'];
    expect(output.error).toBe(null);
    expect(output.files['src/client.ts']).toMatch(/^[0-9a-f]{64}$/);

    const same = fingerprint('--compare', record);
    expect(same.stdout).toContain('IDENTICAL');
    expect(same.code).toBe(0);

    output.files['src/client.ts'] = '0'.repeat(64);
    const tampered = path.join(dir, 'allof-tampered.json');
    writeFileSync(tampered, JSON.stringify(saved));
    const different = fingerprint('--compare', tampered);
    expect(different.stdout).toContain('DIFFERENT: 1 of 1 outputs differ');
    expect(different.stdout).toContain('fixture/allof:\n    files that differ (1): src/client.ts');
    expect(different.code).toBe(1);
  });
});
