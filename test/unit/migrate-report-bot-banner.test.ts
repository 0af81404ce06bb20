/**
 * The report of sdkgen migrate (generator/cli/commands/migrate.ts) on the custom code Stainless's bot committed beside
 * a generation (the plan's botBannerRemoved, owners/bot-custom-code.ts): the owners' files, written back only to take
 * the bot's generated-file banner out. They have a line of their own, are not counted as sdkgen's files, and are not
 * listed under "Written by sdkgen".
 */
import { describe, expect, it } from 'vitest';
import type { MigrateResult } from '../../generator/api/migrate';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { emptyMigrateResult } from '../helpers/migrate-result';

const result = (more: Partial<MigrateResult>): MigrateResult => emptyMigrateResult(more, { repo: '/work/acme-node' });

/** The block of the verbose report that `title` opens, up to the next block. */
function block(report: string, title: string): string {
  const at = report.indexOf(title);
  if (at < 0) return '';
  const end = report.indexOf('\n', report.indexOf('\n', at) + 1);
  let next = end;
  while (next >= 0 && report.startsWith('  ', next + 1)) next = report.indexOf('\n', next + 1);
  return report.slice(at, next < 0 ? undefined : next);
}

describe("the migration report's custom code of Stainless's bot, without its banner", () => {
  const unbannered = result({
    writes: [
      { path: 'src/client.ts', contents: '' },
      { path: 'src/resources/uploads.ts', contents: '' },
      { path: 'tests/api-resources/uploads.test.ts', contents: '' },
    ],
    kept: ['src/lib/polling.ts'],
    botBannerRemoved: ['src/resources/uploads.ts', 'tests/api-resources/uploads.test.ts'],
  });

  it('counts them apart from the files sdkgen writes', () => {
    const summary = migrationReport(unbannered);
    expect(summary).toMatch(/files: {4}1 written by sdkgen, /);
    expect(summary).toContain(
      "1 of yours kept as they are (and 2 kept without the banner Stainless's bot put atop them)",
    );
  });

  it('lists them on a line of their own, not under "Written by sdkgen"', () => {
    const verbose = migrationReport(unbannered, true);
    const sdkgens = block(verbose, 'Written by sdkgen');
    expect(sdkgens).toContain('src/client.ts');
    expect(sdkgens).not.toContain('uploads');
    const own = block(verbose, "Your custom code that Stainless's bot committed");
    expect(own.split('\n')).toEqual([
      "Your custom code that Stainless's bot committed beside a generation: kept, with only the bot's generated-file " +
        'banner taken out (no generator writes these files now) (2):',
      '  src/resources/uploads.ts',
      '  tests/api-resources/uploads.test.ts',
    ]);
  });

  it('says nothing of them when there are none', () => {
    const none = result({ writes: [{ path: 'src/client.ts', contents: '' }], kept: ['src/lib/polling.ts'] });
    expect(migrationReport(none)).toMatch(/1 of yours kept as they are; 0 hand edit/);
    expect(migrationReport(none, true)).not.toContain("Stainless's bot committed");
  });
});
