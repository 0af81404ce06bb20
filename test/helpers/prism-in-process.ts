/**
 * Prism, mocking a spec on 127.0.0.1, run inside the test's own process: what `prism mock <spec>` does (requests
 * and responses validated against the spec, security checked, answers from the spec's examples), without starting
 * a Node process per spec. Loading Prism's modules is costly: it is paid once per test file instead of once per
 * spec, and a server cannot outlive the test process. While one runs, the test must not block its event
 * loop (spawn children asynchronously).
 */
export interface MockServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts a Prism mock server for `spec` on a free 127.0.0.1 port. */
export async function startPrismInProcess(spec: string): Promise<MockServer> {
  const [{ getHttpOperationsFromSpec }, { createServer }, { createLogger }] = await Promise.all([
    import('@stoplight/prism-http'),
    import('@stoplight/prism-http-server'),
    import('@stoplight/prism-core'),
  ]);
  const operations = await getHttpOperationsFromSpec(spec).catch((error: unknown) => {
    throw new Error(`Prism cannot read ${spec}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  });
  // The configuration `prism mock` uses (static examples, no CORS handling), with its log silenced.
  const server = createServer(operations, {
    cors: false,
    components: { logger: createLogger('prism', { level: 'silent' }) },
    config: {
      isProxy: false,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      mock: { dynamic: false, ignoreExamples: false },
    },
  });
  const url = await server.listen(0, '127.0.0.1');
  return { url, stop: () => server.close() };
}
