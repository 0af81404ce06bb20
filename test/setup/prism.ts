/**
 * vitest global setup: Prism (installed by `npm ci` as a dev dependency) mocking the flagship spec on 127.0.0.1, for
 * the per-endpoint tests generated into generated/smithery/tests. Prism validates every request against the spec and
 * answers with the spec's examples. The URL reaches the tests through TEST_API_BASE_URL. The port is the one Prism's
 * own process bound (../helpers/prism-process.ts): a port chosen beforehand could be another suite's server by the
 * time Prism listened.
 *
 * Prism takes seconds of loading before it listens (twenty and more at the start of a whole run), and a global setup
 * holds back every test file of the run, those that never call Prism too, until it returns. So the setup returns at
 * once: TEST_API_BASE_URL is a relay this process binds now (../helpers/prism-relay.ts), which starts Prism on its
 * first connection, holds each connection until Prism listens and then joins it to Prism's. A file that needs Prism
 * connects as it starts (./test-file.ts), so that Prism loads while it works; a run without such a file (test/unit
 * alone, one file) never starts Prism; only a test that calls the mock waits for it.
 */
import path from 'node:path';
import { ROOT } from '../helpers/paths';
import { startPrismProcess, type PrismProcess } from '../helpers/prism-process';
import { startRelay } from '../helpers/prism-relay';

export default async function setup(): Promise<() => Promise<void>> {
  let prism: Promise<PrismProcess> | null = null;
  // Prism loads while test files run (on a loaded 2-core machine, minutes): the wait is the tests' own.
  const start = () =>
    (prism ??= startPrismProcess(path.join(ROOT, 'specs/smithery.openapi.yml'), { timeout: 600_000 }));
  const relay = await startRelay(() => start().then((started) => started.url));
  process.env.TEST_API_BASE_URL = relay.url;
  return async () => {
    await relay.close();
    // Prism's failure to start fails the run here as well as in each test that called it.
    if (prism) (await prism).stop();
  };
}
