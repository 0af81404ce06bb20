/**
 * Setup file of the prism project (vitest.config.ts): a test file waits for the Prism of ./prism.ts to listen before
 * its tests run, as all of them did when the global setup waited for it. The generated tests' clients give up on a
 * request after a minute, sooner than Prism may take to start on a loaded machine. A file that calls prismReady
 * itself, where it needs Prism, is left to do so: it has other work to do meanwhile (the MCP server's builds).
 */
import { readFileSync } from 'node:fs';
import { beforeAll } from 'vitest';
import { prismReady } from '../helpers/prism-process';

beforeAll(async (file) => {
  const filepath = (file as { filepath?: string }).filepath;
  if (filepath && readFileSync(filepath, 'utf8').includes('prismReady(')) return;
  await prismReady(process.env.TEST_API_BASE_URL!);
}, 600_000);
