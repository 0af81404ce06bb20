/**
 * vitest global setup: starts Prism (installed by `npm ci` as a dev dependency) mocking the flagship spec on
 * 127.0.0.1, for the per-endpoint tests generated into generated/smithery/tests. Prism validates every
 * request against the spec and answers with the spec's examples. The URL reaches the tests through
 * TEST_API_BASE_URL. The port is the one Prism's own process bound (../helpers/prism-process.ts): a port chosen
 * beforehand could be another suite's server by the time Prism listened.
 */
import path from 'node:path';
import { ROOT } from '../helpers/paths';
import { startPrismProcess } from '../helpers/prism-process';

export default async function setup(): Promise<() => Promise<void>> {
  const prism = await startPrismProcess(path.join(ROOT, 'specs/smithery.openapi.yml'));
  process.env.TEST_API_BASE_URL = prism.url;
  return async () => {
    prism.stop();
  };
}
