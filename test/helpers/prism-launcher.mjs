// `prism mock <spec>` in a process of its own, on the port the kernel gives it: run by startPrismProcess
// (prism-process.ts), it reports the address it bound over the IPC channel, so the parent never guesses a port that
// another server may take between the guess and the bind.
// Usage: node prism-launcher.mjs <spec> <log level> [port, 0 by default]
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';

const [document, level = 'error', port = '0'] = process.argv.slice(2);

try {
  const operations = await getHttpOperationsFromSpec(document);
  // As the CLI: a spec without operations is refused.
  if (operations.length === 0) throw new Error('No operations found in the current file.');
  // `prism mock`'s configuration and defaults: static examples, CORS on, violations not turned into errors.
  const server = createServer(operations, {
    cors: true,
    components: { logger: createLogger('HTTP SERVER', { level }, process.stderr) },
    config: {
      isProxy: false,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      mock: { dynamic: false, ignoreExamples: false, seed: null },
    },
  });
  const url = await server.listen(Number(port), '127.0.0.1');
  // The channel would keep the process alive after the server closes: closed once the address is sent.
  process.send({ url }, () => process.disconnect());
} catch (error) {
  // Nothing listens: end now, whatever handles the failed start left open.
  const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.send({ error: reason }, () => process.exit(1));
}
