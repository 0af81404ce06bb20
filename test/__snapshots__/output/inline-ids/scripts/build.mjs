// Builds the package for npm: ES modules with declarations in dist/, CommonJS in dist/cjs/. Run by
// `npm run build`, and by npm before `npm pack` and `npm publish` (prepack), so that the package ships built.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = (...args) => execFileSync(process.execPath, [tsc, ...args], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('-p', 'tsconfig.build.json');
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
