// Builds the package for npm: ES modules with declarations in dist/, CommonJS in dist/cjs/. Run by
// `npm run build`, and by npm before `npm pack` and `npm publish` (prepack), so that the package ships built.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = (...args) => execFileSync(process.execPath, [tsc, ...args], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('-p', 'tsconfig.build.json');
addExtensions('dist');
// The build above type-checked these sources: the CommonJS build only emits them (--noCheck).
run('-p', 'tsconfig.build.json', '--module', 'commonjs', '--moduleResolution', 'node10', '--verbatimModuleSyntax', 'false', '--noCheck', '--outDir', 'dist/cjs');
writeFileSync('dist/cjs/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);

// `require('<package>')` stands for the client class, as it does for CommonJS packages that export a class:
// `new Client(options)` (or `Client(options)`) makes a client and `instanceof` works, while every export is still
// a property (`.default`, the named exports).
const entry = 'dist/cjs/index.js';
writeFileSync(
  entry,
  `${readFileSync(entry, 'utf8')}
{
  const named = module.exports;
  const Client = named.default;
  function client(...args) {
    return new Client(...args);
  }
  client.prototype = Client.prototype;
  module.exports = Object.defineProperties(client, Object.getOwnPropertyDescriptors(named));
}
`,
);
copyBins();

/**
 * Relative imports written without an extension (`from './lib/helpers'`, as code written for other generators' SDKs
 * often is) get the one Node's ES modules need: `.js`, or `/index.js` for a folder. The CommonJS build resolves them
 * as they are.
 */
function addExtensions(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) addExtensions(file);
    else if (/\.(?:js|d\.ts)$/.test(entry.name)) {
      const text = readFileSync(file, 'utf8');
      const relativeImport = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"\n]*)\2/g;
      const fixed = text.replace(relativeImport, (all, before, quote, specifier) => {
        if (/\.(?:[cm]?js|json)$/.test(specifier)) return all;
        const target = path.join(path.dirname(file), specifier);
        const ending = existsSync(`${target}.js`) ? '.js' : existsSync(path.join(target, 'index.js')) ? '/index.js' : '';
        return `${before}${quote}${specifier}${ending}${quote}`;
      });
      if (fixed !== text) writeFileSync(file, fixed);
    }
  }
}

/**
 * The programs package.json's `bin` runs from dist/ that the compile above does not write (`dist/bin/cli`, a script
 * kept at `bin/cli`): each copied from its path outside dist/, executable, so that the package ships what `bin`
 * names. A program the compile wrote (`dist/cli.js` from `src/cli.ts`) is left as it is. A folder made for them says
 * the package's module type, under which the program ran where it is kept (dist/'s own may say another).
 */
function copyBins() {
  const { bin, type } = JSON.parse(readFileSync('package.json', 'utf8'));
  const targets = typeof bin === 'string' ? [bin] : bin !== null && typeof bin === 'object' ? Object.values(bin) : [];
  for (const target of targets) {
    if (typeof target !== 'string') continue;
    const built = path.normalize(target);
    if (!built.startsWith(`dist${path.sep}`) || existsSync(built)) continue;
    const source = path.relative('dist', built);
    if (source.startsWith('..') || path.isAbsolute(source) || !existsSync(source) || !statSync(source).isFile()) continue;
    const folder = path.dirname(built);
    if (!existsSync(folder)) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify({ type: type === 'module' ? 'module' : 'commonjs' })}\n`);
    }
    copyFileSync(source, built);
    chmodSync(built, 0o755);
  }
}
