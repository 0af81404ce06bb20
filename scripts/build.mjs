// Bundles the generator (TypeScript under generator/) into dist/ with esbuild.
// Runs on `npm ci` (prepare) and before every CLI script, so dist/ is never stale.
//
// Start-up matters on small specs (petstore: ~0.3 s in all), so:
// - the CLI entry stays tiny and each command is its own chunk (code splitting);
// - the small dependencies every run needs (BUNDLED) are bundled in, saving the CommonJS loader's
//   resolution and dozens of file reads; Prettier (and anything else) stays external and is loaded only
//   when needed;
// - dist/preformatted.json lists (by SHA-256) the verbatim runtime files that are already Prettier-formatted,
//   so that `generate` does not format them again on every run (generator/format/format.ts). It is updated
//   incrementally: Prettier runs here only for runtime files whose contents changed.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');

/** Packages bundled into dist/ (with everything they import); every other package is imported at run time. */
const BUNDLED = new Set(['handlebars', 'js-yaml']);

const packageName = (specifier) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);

const result = await build({
  entryPoints: [path.join(root, 'generator/cli/main.ts')],
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node18',
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  plugins: [
    {
      name: 'externals',
      setup(b) {
        // Bare specifiers imported by the generator itself are external unless listed in BUNDLED; what a
        // bundled package imports is bundled with it (its own dependencies may not be resolvable from dist/).
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('node:') || args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
          return BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true };
        });
      },
    },
  ],
});

// Remove outputs of earlier builds (chunk names carry content hashes, so they pile up). Only those older than
// ten minutes: another build of the same checkout may be running, and its fresh chunks must stay.
const produced = new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(root, f)));
for (const name of readdirSync(dist)) {
  const file = path.join(dist, name);
  if (!/\.js(\.map)?$/.test(name) || produced.has(file)) continue;
  try {
    if (Date.now() - statSync(file).mtimeMs > 10 * 60_000) unlinkSync(file);
  } catch {
    // gone already
  }
}

await updatePreformattedList();

async function updatePreformattedList() {
  const target = path.join(dist, 'preformatted.json');
  const require = createRequire(path.join(root, 'package.json'));
  const prettierVersion = JSON.parse(readFileSync(require.resolve('prettier/package.json'), 'utf8')).version;
  const options = JSON.parse(readFileSync(path.join(root, 'generator/format/prettier-options.json'), 'utf8'));
  // Same key as generator/format/format.ts's preformattedKey().
  const key = `prettier@${prettierVersion} ${JSON.stringify(options)}`;
  let previous = null;
  try {
    previous = JSON.parse(readFileSync(target, 'utf8'));
  } catch {
    // first build
  }
  const checked = previous?.key === key ? new Map(Object.entries(previous.checked ?? {})) : new Map();
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) files.push(full);
    }
  };
  for (const dir of ['templates/base/src/core', 'templates/base/src/internal']) walk(path.join(root, dir));
  const entries = files.sort().map((file) => {
    const contents = readFileSync(file, 'utf8');
    return { file, contents, sha256: createHash('sha256').update(contents).digest('hex') };
  });
  const unknown = entries.filter((e) => !checked.has(e.sha256));
  if (unknown.length > 0) {
    const prettier = await import('prettier');
    for (const e of unknown) {
      let formatted = false;
      try {
        formatted = (await prettier.format(e.contents, { ...options, parser: 'typescript' })) === e.contents;
      } catch {
        // a syntax error: generate will report it
      }
      checked.set(e.sha256, formatted);
    }
  }
  const unformatted = entries.filter((e) => !checked.get(e.sha256)).map((e) => path.relative(root, e.file));
  if (unformatted.length > 0) {
    process.stderr.write(`build: not Prettier-formatted, so formatted on every generate (run \`npm run format:runtime\`): ${unformatted.join(', ')}\n`);
  }
  const list = {
    key,
    formatted: entries.filter((e) => checked.get(e.sha256)).map((e) => ({ sha256: e.sha256, length: e.contents.length })),
    checked: Object.fromEntries(entries.map((e) => [e.sha256, checked.get(e.sha256)])),
  };
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(list, null, 1)}\n`);
  renameSync(temp, target);
}
