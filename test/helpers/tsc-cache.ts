/**
 * tsc's build info, kept between test runs under test/.tmp/tsc-cache (as the Deno and Jest caches are): a program
 * checked with `--incremental` checks again only the files that changed and the files whose imports' types changed,
 * and reports the others' diagnostics from the record, as a full check would. A run works on a copy of its own,
 * renamed into place when tsc is done, so that two test runs at once never read a record half written.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TMP } from './paths';

export const TSC_CACHE = 'tsc-cache';

/** tsc's arguments for an incremental check recorded as `name`, and `keep()`, to call once tsc has exited. */
export function incrementalTsc(name: string): { args: string[]; keep: () => void } {
  const dir = path.join(TMP, TSC_CACHE);
  mkdirSync(dir, { recursive: true });
  const shared = path.join(dir, `${name}.tsbuildinfo`);
  const mine = path.join(dir, `${name}.${process.pid}-${Date.now()}.tsbuildinfo`);
  if (existsSync(shared)) copyFileSync(shared, mine);
  return {
    args: ['--incremental', '--tsBuildInfoFile', mine],
    keep: () => {
      if (existsSync(mine)) renameSync(mine, shared);
      rmSync(mine, { force: true });
    },
  };
}
