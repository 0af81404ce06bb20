/**
 * Setup file of every test file (vitest.config.ts): a file that needs the Prism of ./prism.ts (needsPrism) starts it,
 * and waits for it to listen before its tests run, as all of them did when the global setup waited for it. The
 * generated tests' clients give up on a request after a minute, sooner than Prism may take to start on a loaded
 * machine. A file that calls prismReady itself, where it needs Prism, is left to do so: it has other work to do
 * meanwhile (the MCP server's builds), while Prism loads. Other files do nothing here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll } from 'vitest';
import { ROOT } from '../helpers/paths';
import { needsPrism, prismReady, startPrismBehind } from '../helpers/prism-process';

beforeAll(async (file) => {
  const filepath = (file as { filepath?: string }).filepath;
  if (!filepath || !needsPrism(path.relative(ROOT, filepath).split(path.sep).join('/'))) return;
  const url = process.env.TEST_API_BASE_URL!;
  if (readFileSync(filepath, 'utf8').includes('prismReady(')) startPrismBehind(url);
  else await prismReady(url);
}, 600_000);
