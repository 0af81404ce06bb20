/**
 * The smallest Stainless project a TypeScript test of sdkgen's harness needs: one resource with one method, and its
 * config naming the package.
 */
export const ACME_HEALTH_SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: { '/health': { get: { operationId: 'check', responses: { '204': { description: 'ok' } } } } },
};
export const ACME_HEALTH_CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
resources:
  health:
    methods:
      check: get /health
`;
