/**
 * The setup file of every test file (vitest.config.ts), one file where there were three (each setup file is loaded
 * again for every test file a worker runs):
 * - the folders the file made with tempDir (../helpers/sdk.ts) are removed once it passes, unless one of its tests
 *   or hooks failed; then they stay in test/.tmp for a look, until a later run sweeps them (six hours on). A whole
 *   run otherwise left two hundred folders, gigabytes a day;
 * - with SDKGEN_TEST_CPU_LOG=<file>, its CPU seconds are logged (../helpers/cpu-log.ts);
 * - a file that needs the Prism of ./prism.ts (needsPrism) starts it, and waits for it to listen before its tests run,
 *   as all of them did when the global setup waited for it: the generated tests' clients give up on a request after
 *   a minute, sooner than Prism may take to start on a loaded machine. A file that calls prismReady itself, where it
 *   needs Prism, is left to do so: it has other work to do meanwhile (the MCP server's builds) while Prism loads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { measureCpu } from '../helpers/cpu-log';
import { ROOT, TMP } from '../helpers/paths';
import { needsPrism, prismReady, startPrismBehind } from '../helpers/prism-process';
import { removeTempDirsUnlessFailed } from '../helpers/temp-dirs';

// git run in a test's folder under test/.tmp never finds this repository above it: a test whose `git init` was
// missing once committed the whole work tree here. (Children inherit it.)
process.env['GIT_CEILING_DIRECTORIES'] = [TMP, process.env['GIT_CEILING_DIRECTORIES']].filter(Boolean).join(':');

/** The path of the test file a hook runs for. */
const filepath = (file: unknown) => (file as { filepath?: string }).filepath;

// Vitest runs afterAll hooks in reverse: registered before the file's own, these run after them, the CPU line
// before the folders are removed.
afterAll((file) => {
  removeTempDirsUnlessFailed(file);
});
const log = process.env.SDKGEN_TEST_CPU_LOG;
if (log) {
  const logged = measureCpu(log);
  afterAll((file) => logged(filepath(file) ?? '?'));
}

beforeAll(async (file) => {
  const where = filepath(file);
  if (!where || !needsPrism(path.relative(ROOT, where).split(path.sep).join('/'))) return;
  const url = process.env.TEST_API_BASE_URL!;
  if (readFileSync(where, 'utf8').includes('prismReady(')) startPrismBehind(url);
  else await prismReady(url);
}, 600_000);
