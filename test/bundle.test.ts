/**
 * The SDK's shape keeps one-call programs small: through `<Client>Core` and one resource class, a bundler
 * keeps that resource and the runtime, never the other resources (so the bundle does not grow with the
 * API). Sizes are reported by `npm run bench`; this test locks the shape, not a number.
 */
import { buildSync } from 'esbuild';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';

const SRC = path.join(ROOT, 'generated/smithery/src');

function bundle(source: string): string {
  const dir = tempDir('bundle');
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(entry, source);
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('one-call bundles of generated/smithery', () => {
  const core = bundle(
    `import { SmitheryCore } from '${SRC}/client-core.js';\nimport { Health } from '${SRC}/resources/health.js';\n` +
      'console.log(await new Health(new SmitheryCore()).check());',
  );
  const full = bundle(`import Smithery from '${SRC}/index.js';\nconsole.log(await new Smithery().health.check());`);

  it('through SmitheryCore keeps the called resource and the runtime only', () => {
    expect(core).toContain('/health');
    for (const other of ['/servers', '/skills', '/namespaces', '/connect/', '/tokens', '/organizations'])
      expect(core).not.toContain(other);
    // Retries, errors and timeouts are in: the runtime is whole, not stubbed.
    expect(core).toContain('retry-after-ms');
    expect(core).toContain('Request timed out.');
    expect(core).toMatch(/===404\?/);
  });

  it('through the full client is larger, because the client creates every resource', () => {
    expect(full).toContain('/servers');
    expect(gzipSync(core).length).toBeLessThan(gzipSync(full).length);
  });
});
