// One-call bundle size: `esbuild --bundle --minify` (ESM, for the browser, as a web app would ship it), gzip -9.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export async function bundleSize(dir, name, source) {
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, `${name}.ts`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  writeFileSync(path.join(dir, `${name}.min.js`), code);
  return { minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** Bundle a Node program (not minified) so that it can run: the SDK is TypeScript. */
export async function bundleProgram(dir, name, source) {
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, `${name}.ts`);
  writeFileSync(entry, source);
  const outfile = path.join(dir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node18',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
