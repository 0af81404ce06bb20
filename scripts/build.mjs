// Bundles the generator (TypeScript under generator/) into dist/ with esbuild: dist/main.js (the CLI, run by
// bin/sdkgen.js) and dist/index.js (the API, `import { generate } from 'sdkgen'`), with its type declarations
// under dist/types/. Runs on `npm ci` (prepare; also when npm installs sdkgen from a git URL) and before every
// CLI script, so dist/ is never stale.
//
// Start-up is most of the time spent on a small spec, so:
// - the CLI entry stays tiny and each command is its own chunk (code splitting);
// - the small dependencies every run needs (BUNDLED) are bundled in, saving the CommonJS loader's
//   resolution and dozens of file reads; Prettier, oxfmt (and anything else) stay external and are loaded
//   only when needed;
// - Node's modules that `generate` imports but never calls (LAZY_BUILTINS: node:child_process, for git) are loaded
//   on their first call;
// - dist/base-templates.js holds the templates of templates/base compiled to JavaScript ahead of time, so that
//   `generate` needs neither Handlebars' parser nor the time to run it (generator/emit/render.ts checks each by
//   content hash, and compiles at run time whatever is not there: user templates, edited ones);
// - dist/preformatted.json lists (by SHA-256) the verbatim runtime files that are already Prettier-formatted,
//   so that `generate` does not format them again on every run (generator/format/format.ts). It is updated
//   incrementally: Prettier runs here only for runtime files whose contents changed.
// - dist/cli.cjs is the CLI once more as one CommonJS script, and dist/cli.cjs.cache the code V8 compiled for it
//   in a sample generation: bin/sdkgen.js starts from that cache when it fits this Node and this build.
//
// dist/ holds exactly one build: files of earlier builds (chunk names carry content hashes) are deleted.
// Tests build concurrently while other tests run the CLI, so a build never leaves dist/ empty or a file
// half-written: each output is written to a temporary name and renamed into place (unchanged ones are not
// rewritten), and only then are the files this build did not produce removed.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCodeCache } from '../bin/code-cache.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');

/** Packages bundled into dist/ (with everything they import); every other package is imported at run time. */
const BUNDLED = new Set(['handlebars', 'js-yaml']);

const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

/**
 * Bare specifiers imported by the generator itself are external unless listed in BUNDLED; what a bundled package
 * imports is bundled with it (its own dependencies may not be resolvable from dist/).
 */
const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.importer.includes(`${path.sep}node_modules${path.sep}`))
        return undefined;
      return BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * Node's modules that `generate` imports but never calls (the git helpers of write/, update and migrate use them), with
 * the functions the generator imports from each: each becomes a module of those functions that loads Node's module on
 * the first call. Loading node:child_process costs about 4 ms at every start. Importing another function from one of
 * them fails the build until it is listed here.
 */
const LAZY_BUILTINS = new Map([['node:child_process', ['execFileSync', 'spawnSync']]]);

const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(${[...LAZY_BUILTINS.keys()].join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-builtin' ? undefined : { path: args.path, namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: [
        "import { createRequire } from 'node:module';",
        'let loaded;',
        `const load = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(args.path)}));`,
        ...LAZY_BUILTINS.get(args.path).map(
          (name) => `export function ${name}(...args) { return load().${name}(...args); }`,
        ),
      ].join('\n'),
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

/**
 * sha256 of the format stage's files (generator/format/*.ts and .json, name and text in name order), part of the
 * format key (generator/format/format-key.ts, which computes the same from the sources).
 */
function formatCodeHash() {
  const dir = path.join(root, 'generator/format');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(ts|json)$/.test(name)) continue;
    hash.update(`${name}\0${readFileSync(path.join(dir, name), 'utf8')}\0`);
  }
  return hash.digest('hex');
}
/**
 * sha256 of sdkgen's code: every file under generator/ (path and bytes, in path order), package.json and the versions
 * of the BUNDLED packages. Part of the inputs key (generator/write/inputs-key.ts, whose codeHash computes the same
 * from the sources).
 */
function codeHash() {
  const hash = createHash('sha256');
  const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true }).sort(byName)) {
      const file = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(dir, file);
      else
        hash
          .update(`${file}\0`)
          .update(readFileSync(path.join(dir, file)))
          .update('\0');
    }
  };
  walk(path.join(root, 'generator'), '');
  hash.update(readFileSync(path.join(root, 'package.json')));
  const require = createRequire(path.join(root, 'package.json'));
  for (const name of [...BUNDLED].sort()) {
    let bundledVersion = 'none';
    try {
      bundledVersion = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
    } catch {
      // not installed
    }
    hash.update(`\0${name}@${bundledVersion}`);
  }
  return hash.digest('hex');
}
const defines = {
  SDKGEN_VERSION: JSON.stringify(version),
  SDKGEN_FORMAT_CODE: JSON.stringify(formatCodeHash()),
  SDKGEN_CODE: JSON.stringify(codeHash()),
};

const result = await build({
  entryPoints: { main: path.join(root, 'generator/cli/main.ts'), index: path.join(root, 'generator/api/index.ts') },
  define: defines,
  outdir: dist,
  write: false,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node18',
  sourcemap: 'linked',
  // Stack traces (SDKGEN_DEBUG=1) need the mappings, not the sources: keeps the installed package small.
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
  plugins: [lazyBuiltins, externals],
});

mkdirSync(dist, { recursive: true });
const produced = new Set(['preformatted.json', '.built']);
// A chunk made only of bundled libraries (Handlebars) ships without its source map: stack traces need the mappings of
// sdkgen's own code, and the installed package stays smaller.
const librariesOnly = new Set(
  result.outputFiles
    .filter((output) => output.path.endsWith('.js.map'))
    .filter((output) => {
      const { sources } = JSON.parse(output.text);
      return sources.length > 0 && sources.every((source) => source.includes('node_modules/'));
    })
    .map((output) => output.path),
);
for (const output of result.outputFiles) {
  if (librariesOnly.has(output.path)) continue;
  const contents = librariesOnly.has(`${output.path}.map`)
    ? output.text.replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, '\n')
    : output.contents;
  writeIfChanged(output.path, contents);
  produced.add(path.relative(dist, output.path));
}
writeIfChanged(path.join(dist, 'base-templates.js'), await precompiledTemplates());
produced.add('base-templates.js');
writeIfChanged(path.join(dist, 'oxfmt-thread.cjs'), await oxfmtThreadScript());
produced.add('oxfmt-thread.cjs');
await updatePreformattedList();
// Last: its sample generation runs the CLI on what is built above.
for (const name of await buildCompiledCli()) produced.add(name);
await emitDeclarations();
// Whatever else is in dist/ is from an earlier build, except the temporary files of a build running now
// (tests build in parallel): those are removed only when old enough to be an interrupted build's.
for (const name of readdirSync(dist)) {
  if (produced.has(name)) continue;
  const file = path.join(dist, name);
  try {
    if (/\.\d+\.tmp$/.test(name) && Date.now() - statSync(file).mtimeMs < 10 * 60_000) continue;
    unlinkSync(file);
  } catch {
    // gone already (another build cleaning up), or a folder: not ours
  }
}
// Written last, once dist/ is whole: its time says when the last build that succeeded ended (test/helpers/build.ts
// does not build again while it is newer than every input).
writeFileSync(path.join(dist, '.built'), `${new Date().toISOString()}\n`);

/**
 * dist/types/: the .d.ts files of the API entry and of every module its declarations import, emitted by the
 * TypeScript compiler without type-checking (`npm test` type-checks). Skipped when no generator source changed
 * since the last emit (a hash of them all is kept beside the declarations).
 */
async function emitDeclarations() {
  const out = path.join(dist, 'types');
  const sources = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) sources.push(full);
    }
  };
  walk(path.join(root, 'generator'));
  const hash = createHash('sha256');
  for (const file of sources.sort()) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  const digest = hash.digest('hex');
  const stamp = path.join(out, '.sources-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  const require = createRequire(path.join(root, 'package.json'));
  const ts = require('typescript');
  const emitted = new Map();
  const program = ts.createProgram([path.join(root, 'generator/api/index.ts')], {
    declaration: true,
    emitDeclarationOnly: true,
    noCheck: true,
    skipLibCheck: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
    rootDir: path.join(root, 'generator'),
    outDir: out,
  });
  program.emit(undefined, (file, text) => emitted.set(path.resolve(file), text));
  // Only what the entry's declarations reach, following relative imports.
  const keep = new Map();
  const visit = (file) => {
    if (keep.has(file) || !emitted.has(file)) return;
    keep.set(file, emitted.get(file));
    for (const [, spec] of emitted.get(file).matchAll(/(?:from\s+|import\()['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(path.resolve(path.dirname(file), `${spec.replace(/\.js$/, '')}.d.ts`));
    }
  };
  visit(path.join(out, 'api/index.d.ts'));
  if (keep.size === 0) throw new Error('build: no declarations emitted for generator/api/index.ts');
  // Relative imports name the .js file, as Node's own resolution (`moduleResolution: nodenext`) requires.
  const withExtensions = (text) =>
    text.replace(/((?:from\s+|import\()['"])(\.{1,2}\/[^'"]+?)(['"])/g, (all, before, spec, after) =>
      /\.js$/.test(spec) ? all : `${before}${spec}.js${after}`,
    );
  for (const [file, text] of keep) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeIfChanged(file, withExtensions(text));
  }
  // Declarations of earlier builds that this one does not reach.
  const stale = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) stale(full);
      else if (entry.name.endsWith('.d.ts') && !keep.has(full)) unlinkSync(full);
    }
  };
  stale(out);
  writeIfChanged(stamp, digest);
}

/**
 * dist/cli.cjs: the CLI again, as one CommonJS script that bin/sdkgen.js compiles with V8's code cache
 * (dist/cli.cjs.cache), which a sample generation makes here: a run then neither parses nor compiles the functions
 * that one ran. ES modules have no such cache before Node 22, so dist/main.js stays, for everything else. The cache
 * is made again only when the script or V8 changed (its first line says which it was made for).
 */
async function buildCompiledCli() {
  const script = path.join(dist, 'cli.cjs');
  const bundled = await build({
    entryPoints: [path.join(root, 'generator/cli/main.ts')],
    define: { ...defines, 'import.meta.url': '__sdkgenModuleUrl' },
    // Strict, as the ES modules are ("use strict" must come first).
    banner: { js: '"use strict";\nvar __sdkgenModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    outfile: script,
    write: false,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    // import() of Node's own modules becomes require().
    supported: { 'dynamic-import': false },
    // Its stack traces are never source-mapped (SDKGEN_DEBUG runs the ES modules instead): without the indentation and
    // blank lines it is a third smaller installed, names kept.
    minifyWhitespace: true,
    logLevel: 'warning',
    metafile: true,
    plugins: [
      lazyBuiltins,
      externals,
      {
        // Code restored from a code cache cannot call import(): the loader hands the script an importer.
        name: 'import-through-loader',
        setup(b) {
          b.onLoad({ filter: /[\\/]generator[\\/]import-module\.ts$/ }, () => ({
            contents: 'export const importModule = (specifier) => __sdkgenImport(specifier);',
            loader: 'js',
          }));
        },
      },
    ],
  });
  // import() of another package became require(), which cannot load an ES module: each must go through importModule.
  for (const [file, input] of Object.entries(bundled.metafile.inputs))
    for (const imported of input.imports)
      if (imported.kind === 'dynamic-import' && imported.external && !imported.path.startsWith('node:'))
        throw new Error(
          `build: ${file} imports ${imported.path} with import(): use importModule (generator/import-module.ts)`,
        );
  const source = asciiScript(bundled.outputFiles[0].text);
  writeIfChanged(script, source);
  const names = ['cli.cjs', 'cli.cjs.cache'];
  if (readCodeCache(`${script}.cache`, source).data) return names;
  // The sample: the Smithery spec with its config (classes, functions, reference docs, an MCP server).
  const work = mkdtempSync(path.join(tmpdir(), 'sdkgen-code-cache-'));
  try {
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'bin/sdkgen.js'),
        'generate',
        path.join(root, 'specs/smithery.openapi.yml'),
        '--config',
        path.join(root, 'specs/smithery.sdkgen.yaml'),
        '--output',
        path.join(work, 'sdk'),
        '--quiet',
      ],
      // (SDKGEN_DEBUG would send the run to the ES modules.)
      { env: { ...process.env, SDKGEN_CODE_CACHE: 'write', SDKGEN_DEBUG: '' }, encoding: 'utf8' },
    );
    // Without a cache the CLI imports the ES modules: slower to start, but an install does not fail for it.
    if (run.status !== 0) {
      rmSync(`${script}.cache`, { force: true });
      process.stderr.write(`build: no code cache for dist/cli.cjs: the sample generation failed:\n${run.stderr}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return names;
}

/**
 * `script` with each character beyond ASCII written as its `\uXXXX` escape. esbuild escapes them in code, not in the
 * comments it keeps (an arrow, a dash): one such character makes Node decode the whole script as UTF-8 into a string of
 * two bytes a character, where ASCII bytes are copied as they are, a few milliseconds less at every start. The escape
 * means the same character in a string, a template, a regular expression or a name, and is plain text in a comment.
 * Left as it is when it holds U+2028 or U+2029, which end a `//` comment and would not once escaped.
 */
function asciiScript(script) {
  if (/[\u2028\u2029]/.test(script)) return script;
  return script.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes `contents` to `file` through a temporary file and a rename, unless the file has them already. */
function writeIfChanged(file, contents) {
  const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
  try {
    if (readFileSync(file).equals(bytes)) return;
  } catch {
    // not there yet
  }
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}

/**
 * The .hbs files of templates/base as an ES module of render functions: each template compiled to JavaScript by
 * generator/emit/template-compiler.ts (bundled here on its own), with the SHA-256 of the source it was compiled
 * from. generator/emit/render.ts uses a function only when its template's source still has that hash.
 */
async function precompiledTemplates() {
  const require = createRequire(path.join(root, 'package.json'));
  const handlebars = require('handlebars');
  const bundled = await build({
    entryPoints: [path.join(root, 'generator/emit/template-compiler.ts')],
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const compiler = await import(
    `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].contents).toString('base64')}`
  );
  const base = path.join(root, 'templates/base');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.hbs')) files.push(full);
    }
  };
  walk(base);
  const entries = files.sort().map((file) => {
    const source = readFileSync(file, 'utf8');
    const logical = path.relative(base, file).split(path.sep).join('/');
    const sha256 = createHash('sha256').update(source).digest('hex');
    const body = compiler.compileTemplate(handlebars.parse(source));
    if (body === null) throw new Error(`${logical}: uses Handlebars features the template compiler does not compile`);
    const parameters = compiler.TEMPLATE_PARAMETERS.join(', ');
    return `  ${JSON.stringify(logical)}: {\n    sha256: ${JSON.stringify(sha256)},\n    render(${parameters}) {\n${body}\n    },\n  },`;
  });
  return [
    '// Generated by scripts/build.mjs from templates/base: the templates compiled ahead of time (see generator/emit/render.ts).',
    `export const templateCodeVersion = ${JSON.stringify(compiler.TEMPLATE_CODE_VERSION)};`,
    'export const templates = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

/**
 * dist/oxfmt-thread.cjs: generator/format/oxfmt-thread.ts as one CommonJS script (oxfmt stays external), which the
 * output worker (generator/write/output-worker.ts, plain JavaScript evaluated in a worker thread) loads to format the
 * files of a new output itself.
 */
async function oxfmtThreadScript() {
  const bundled = await build({
    entryPoints: [path.join(root, 'generator/format/oxfmt-thread.ts')],
    write: false,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    logLevel: 'warning',
    plugins: [externals],
  });
  return bundled.outputFiles[0].contents;
}

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
    process.stderr.write(
      `build: not Prettier-formatted, so formatted on every generate (run \`npm run format:runtime\`): ${unformatted.join(', ')}\n`,
    );
  }
  const list = {
    key,
    formatted: entries
      .filter((e) => checked.get(e.sha256))
      .map((e) => ({ sha256: e.sha256, length: e.contents.length })),
    checked: Object.fromEntries(entries.map((e) => [e.sha256, checked.get(e.sha256)])),
  };
  writeIfChanged(target, `${JSON.stringify(list, null, 1)}\n`);
}
