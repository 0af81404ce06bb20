#!/usr/bin/env node
// `npm run corpus`: run the shared robustness corpus (../shared/corpus beside the checkout, see its README)
// through our CLI — generate every spec, then tsc --strict over each SDK — and print one summary line per set:
//
//   ours on public: generated 60/60, type-checked clean 60/60
//   ours on edge-cases: generated 30/30, type-checked clean 30/30
//
// Options:
//   --fast               edge-cases + the small-stratum public specs (manifest.json `stratum: small`)
//   --filter <regex>     only specs whose file name matches (passed to the runner; combined with --fast)
//   --out-dir <dir>      where the CSVs (<set>.csv) go (default: <os tmp>/sdkgen-corpus)
//   --work <dir>         where the generated SDKs go, <work>/ours/<spec>/ (default: <os tmp>/sdkgen-corpus-work/<set>);
//                        keep it outside any project, or tsc may resolve packages from that project's node_modules
//   --concurrency <n>    specs at once (runner default 2)
//   --corpus <dir>       the corpus folder (default: <repo>/../shared/corpus, or $SDKGEN_CORPUS)
//   --sets <a,b>         which sets to run (default public,edge-cases)
//   --no-tsc             generate only, no tsc per SDK (a caller that type-checks every SDK in one program, as
//                        test/corpus does, saves a compiler start-up and a parse of the DOM library per spec)
//   -- <args>            anything after `--` goes to run-corpus.mjs as is (e.g. -- --timeout 300)
// Environment: SDKGEN_BIN runs another build of the CLI (default <repo>/bin/sdkgen.js).
// Exit code: 0 when every spec generated and type-checked clean, 1 otherwise, 2 on bad usage / missing corpus.
// Build first (`npm run corpus` does): the runner calls `node bin/sdkgen.js`, which runs dist/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithUsage } from './usage.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function usage(message) {
  exitWithUsage(import.meta.url, 'corpus', message);
}

function parse(argv) {
  const options = {
    fast: false,
    filter: null,
    outDir: path.join(os.tmpdir(), 'sdkgen-corpus'),
    work: path.join(os.tmpdir(), 'sdkgen-corpus-work'),
    concurrency: null,
    corpus: null,
    sets: ['public', 'edge-cases'],
    typeCheck: true,
    passthrough: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--') {
      options.passthrough = argv.slice(i + 1);
      break;
    } else if (arg === '--fast') options.fast = true;
    else if (arg === '--filter') options.filter = value();
    else if (arg === '--out-dir') options.outDir = path.resolve(value());
    else if (arg === '--work') options.work = path.resolve(value());
    else if (arg === '--concurrency') options.concurrency = value();
    else if (arg === '--corpus') options.corpus = path.resolve(value());
    else if (arg === '--sets') options.sets = value().split(',').filter(Boolean);
    else if (arg === '--no-tsc') options.typeCheck = false;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(
        `${readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('//'))
          .map((l) => l.slice(3))
          .join('\n')}\n`,
      );
      process.exit(0);
    } else usage(`unknown option ${arg}`);
  }
  if (options.filter !== null) {
    try {
      new RegExp(options.filter);
    } catch (error) {
      usage(`--filter is not a regular expression: ${error.message}`);
    }
  }
  return options;
}

/** `s` as a regular expression that matches exactly it. */
export const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The --filter regex the runner gets for `set`: the user's, narrowed to small public specs with --fast. */
function filterFor(set, dir, options) {
  if (!(options.fast && set === 'public')) return options.filter;
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const user = options.filter === null ? null : new RegExp(options.filter);
  const names = manifest.specs.filter((s) => s.stratum === 'small' && (!user || user.test(s.file))).map((s) => s.file);
  // No match: a regex that matches nothing, so the set still reports 0/0.
  return names.length > 0 ? `^(?:${names.map(escapeRegExp).join('|')})$` : '(?!)';
}

const bin = process.env.SDKGEN_BIN ? path.resolve(process.env.SDKGEN_BIN) : path.join(root, 'bin/sdkgen.js');

function runSet(runner, set, dir, options) {
  const csv = path.join(options.outDir, `${set}.csv`);
  const args = [
    runner,
    '--corpus',
    dir,
    '--set',
    set,
    '--label',
    'ours',
    '--cmd',
    `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} generate {spec} -o {out} --quiet`,
    '--out',
    csv,
    '--work',
    path.join(options.work, set),
  ];
  const filter = filterFor(set, dir, options);
  if (filter !== null) args.push('--filter', filter);
  if (options.concurrency !== null) args.push('--concurrency', options.concurrency);
  if (!options.typeCheck) args.push('--no-tsc');
  args.push(...options.passthrough);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, csv }));
  });
}

/** Minimal CSV reader for the runner's output (quoted fields may hold commas, quotes and newlines). */
export function readCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

async function main() {
  const options = parse(process.argv.slice(2));
  const corpus =
    options.corpus ??
    (process.env.SDKGEN_CORPUS ? path.resolve(process.env.SDKGEN_CORPUS) : path.resolve(root, '../shared/corpus'));
  const runner = path.join(corpus, 'run-corpus.mjs');
  if (!existsSync(runner))
    usage(`no corpus runner at ${runner} (shared/ must sit beside the checkout, or pass --corpus)`);
  if (!process.env.SDKGEN_BIN && !existsSync(path.join(root, 'dist/main.js')))
    usage('dist/ is missing: run `node scripts/build.mjs` first (npm run corpus does)');
  mkdirSync(options.outDir, { recursive: true });
  const summaries = [];
  let failed = 0;
  for (const set of options.sets) {
    const dir = path.join(corpus, set);
    if (!existsSync(dir)) usage(`no corpus set ${dir}`);
    const result = await runSet(runner, set, dir, options);
    const summary = result.stdout.trim().split('\n').filter(Boolean).pop() ?? '';
    if (result.code !== 0 || !/ on .*: generated \d+\/\d+/.test(summary)) {
      process.stderr.write(`corpus: the runner failed on ${set} (exit ${result.code})\n${result.stdout}`);
      process.exit(2);
    }
    const rows = readCsv(readFileSync(result.csv, 'utf8'));
    const bad = rows.filter((r) => r.gen_ok !== 'true' || (options.typeCheck && r.tsc_ok !== 'true'));
    failed += bad.length;
    for (const r of bad) {
      process.stderr.write(
        `  FAILED ${set}/${r.spec}: gen=${r.gen_status} tsc=${r.tsc_status}` +
          `${r.tsc_errors ? ` (${r.tsc_errors} errors ${r.tsc_top_codes})` : ''}\n    ${r.gen_error || r.tsc_first_error}\n`,
      );
    }
    summaries.push(summary.replace(/; results: .*$/, `; results: ${result.csv}`));
  }
  // The summary lines last, on stdout.
  for (const line of summaries) process.stdout.write(`${line}\n`);
  process.exit(failed > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
