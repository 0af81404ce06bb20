// mock-servers.mjs — the mock servers the repositories' own test scripts start, for the trials' runs of those scripts
// (the Python trial's check 9, the TypeScript trial's `npm test`).
//
// Stainless's `scripts/mock` starts one through `npm exec --package=<cli>@<version> -- <bin> … "$URL"` (or `npx`):
//   - Prism (`@stainless-api/prism-cli`, `@stoplight/prism-cli`): where the trial names one (TRIAL_PRISM: sdkgen's own,
//     node_modules/.bin/prism; the version the scripts name, prism-provided.mjs), that one; else the real npx/npm's.
//   - Steady (`@stdy/cli`, Stainless's newer mock, health-checked at `/_x-steady/health`): the version the scripts ask
//     for, installed from the registry once into a cache under the runs dir (`provideSteady`), and run from there
//     offline afterwards: the scripts run where there is no network (own-network.mjs). A version the registry lacks
//     (0.20.2), or one that does not run here (0.21.0: no linux-x64 binary on the registry), is stood in for by the
//     nearest after it that runs, said in the run's notes.
// A spec named by URL (`.stats.yml`'s storage URL, unreachable here) is the trial's copy of it (TRIAL_SPEC). Anything
// else is the real npx/npm's (TRIAL_REAL_NPX, TRIAL_REAL_NPM).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const STEADY_PACKAGE = '@stdy/cli';
const STEADY_BIN = 'node_modules/.bin/steady';
/** The folders whose scripts start the mock (Stainless's scripts/, sdkgen's bin/ of older layouts). */
const SCRIPT_DIRS = ['scripts', 'bin'];

/** The Steady cache of a trial's run dir (<runs>/<name>/<stamp>): <runs>/.steady, shared by the runs there. */
export function steadyCacheOf(runDir) {
  return path.join(runDir, '..', '..', '.steady');
}

/**
 * The text of each file in the tree `dir`'s script folders (scripts/, bin/): where its test run may start a mock from.
 * The one reader of them for the mocks asked (`steadyVersionsAsked` here, `prismAsked` in prism-provided.mjs).
 */
export function scriptTexts(dir) {
  const texts = [];
  for (const sub of SCRIPT_DIRS) {
    const folder = path.join(dir, sub);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name);
      if (fs.statSync(file).isFile()) texts.push(fs.readFileSync(file, 'utf8'));
    }
  }
  return texts;
}

/** The versions of Steady the tree's scripts ask for (`latest` where one names none), sorted. */
export function steadyVersionsAsked(dir) {
  const asked = new Set();
  for (const text of scriptTexts(dir))
    for (const m of text.matchAll(/@stdy\/cli(?![\w-])(?:@([\w^~][\w.^~+-]*))?/g)) asked.add(m[1] ?? 'latest');
  return [...asked].sort();
}

/** The registry as npm reaches it: the package's versions, and an install of one into a folder. */
export const npmRegistry = {
  versions() {
    const r = spawnSync('npm', ['view', STEADY_PACKAGE, 'versions', '--json'], { encoding: 'utf8', timeout: 120_000 });
    try {
      return r.status === 0 ? [JSON.parse(r.stdout)].flat() : null;
    } catch {
      return null;
    }
  },
  install(version, dir) {
    fs.mkdirSync(dir, { recursive: true });
    const r = spawnSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', dir, `${STEADY_PACKAGE}@${version}`],
      { encoding: 'utf8', timeout: 600_000 },
    );
    return { ok: r.status === 0, log: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  },
};

/**
 * Steady `asked` (a version, `latest`) in `cacheDir`: installed from `registry` the first time, read from the cache
 * afterwards (the registry not asked). A version that installs but does not run here (0.21.0: the registry lacks its
 * linux-x64 binary) is not kept, and the next candidate is tried. Returns { asked, version, bin, note }: `bin` null
 * where none could be had, `note` saying why or which version stands in for the one asked.
 */
export function provideSteady(asked, cacheDir, registry = npmRegistry) {
  const record = path.join(cacheDir, 'asked', `${asked}.json`);
  const binOf = (version) => path.join(cacheDir, version, STEADY_BIN);
  if (fs.existsSync(record)) {
    const { version, note } = JSON.parse(fs.readFileSync(record, 'utf8'));
    if (fs.existsSync(binOf(version))) return { asked, version, bin: binOf(version), note };
  }
  const none = (why) => ({ asked, version: null, bin: null, note: `Steady ${asked} could not be installed: ${why}` });
  const versions = registry.versions();
  if (!versions || versions.length === 0) return none(`the registry's versions of ${STEADY_PACKAGE} are unknown`);
  const failed = [];
  for (const version of candidateVersions(asked, versions).slice(0, MAX_TRIED)) {
    const why = installSteady(version, cacheDir, registry);
    if (why) {
      failed.push(`${version} ${why}`);
      continue;
    }
    const note = standInNote(asked, version, versions, failed);
    fs.mkdirSync(path.dirname(record), { recursive: true });
    fs.writeFileSync(record, JSON.stringify({ version, note }));
    return { asked, version, bin: binOf(version), note };
  }
  return none(failed.join('; '));
}

/** How many versions are tried for one asked (each an install of ~100 MB). */
const MAX_TRIED = 3;

/** Installs `version` into `cacheDir/<version>` unless there; null once it runs here, else why not. */
function installSteady(version, cacheDir, registry) {
  const dir = path.join(cacheDir, version);
  if (!fs.existsSync(path.join(dir, STEADY_BIN))) {
    // Installed beside its place and moved there whole: a trial running at the same time never sees half of it.
    const partial = path.join(cacheDir, `${version}.partial-${process.pid}`);
    fs.rmSync(partial, { recursive: true, force: true });
    const inst = registry.install(version, partial);
    if (!inst.ok || !fs.existsSync(path.join(partial, STEADY_BIN))) {
      fs.rmSync(partial, { recursive: true, force: true });
      return `did not install: ${lastLines(inst.log)}`;
    }
    try {
      fs.renameSync(partial, dir);
    } catch {
      // (Another trial installed it meanwhile: theirs is used.)
      fs.rmSync(partial, { recursive: true, force: true });
    }
  }
  const r = spawnSync(path.join(dir, STEADY_BIN), ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status === 0) return null;
  fs.rmSync(dir, { recursive: true, force: true });
  return `does not run here: ${lastLines(`${r.stdout ?? ''}${r.stderr ?? ''}`) || `exit ${r.status}`}`;
}

/**
 * The versions of `versions` to try for `asked`, in order: itself where listed; for `latest` or a range, the newest
 * first; for a version the registry lacks, those after it (the nearest first), then those before it (newest first).
 */
export function candidateVersions(asked, versions) {
  const sorted = [...versions].sort(compareVersions);
  const newestFirst = [...sorted].reverse();
  if (!/^\d+\.\d+\.\d+$/.test(asked)) return newestFirst;
  const after = sorted.filter((v) => compareVersions(v, asked) > 0);
  const before = newestFirst.filter((v) => compareVersions(v, asked) < 0);
  return [...(sorted.includes(asked) ? [asked] : []), ...after, ...before];
}

/** Says which version stands in for `asked` and why (null where it is the one asked, or `latest` the newest). */
function standInNote(asked, version, versions, failed) {
  const tried = failed.length ? ` (${failed.join('; ')})` : '';
  if (version === asked || (asked === 'latest' && failed.length === 0)) return null;
  const why = versions.includes(asked) ? 'does not run here' : 'is not on the registry';
  return `Steady ${asked} ${why}: ${version} stands in${tried}; the registry has ${[...versions].sort(compareVersions).join(', ')}`;
}

function lastLines(text) {
  return text.trim().split('\n').slice(-2).join(' ⏎ ');
}

function compareVersions(a, b) {
  const parts = (v) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    if (x[i] === undefined) return 1; // (1.0.0 after 1.0.0-rc)
    if (y[i] === undefined) return -1;
    return typeof x[i] === 'number' && typeof y[i] === 'number'
      ? x[i] - y[i]
      : String(x[i]).localeCompare(String(y[i]));
  }
  return 0;
}

/**
 * Makes ready the mock servers the tree `dir`'s scripts ask for: each Steady version provided from `cacheDir` and
 * linked into the stand-ins' folder `bin` as `steady-<asked>` (where the stand-in finds it). Returns the notes.
 */
export function prepareMockServers({ dir, bin, cacheDir, registry = npmRegistry }) {
  const notes = [];
  for (const asked of steadyVersionsAsked(dir)) {
    const steady = provideSteady(asked, cacheDir, registry);
    if (steady.note) notes.push(`trial: ${steady.note}`);
    if (!steady.bin) continue;
    const link = path.join(bin, `steady-${asked}`);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(steady.bin, link);
  }
  return notes;
}

/**
 * The environment for a run of the tree `dir`'s test script (the TypeScript trial's `npm test`) with these stand-ins:
 * written to `out/bin`, the Steady versions its scripts name provided from `cacheDir`, a spec URL read as `spec`.
 * Prism is the real npx's unless the caller adds TRIAL_PRISM (npm-test.mjs does). Returns { env, notes }.
 */
export function mockServerEnv({ dir, out, cacheDir, spec, registry = npmRegistry }) {
  const bin = path.join(out, 'bin');
  fs.rmSync(out, { recursive: true, force: true });
  writeMockServerShims(bin);
  const notes = prepareMockServers({ dir, bin, cacheDir, registry });
  const env = {
    PATH: `${bin}:${process.env.PATH}`,
    TRIAL_OUT: out,
    TRIAL_SPEC: spec,
    TRIAL_REAL_NPX: which('npx'),
    TRIAL_REAL_NPM: which('npm'),
  };
  return { env, notes };
}

/** The notes the stand-ins wrote in `out` (a spec read as the trial's copy, a Steady not provided), once each. */
export function mockServerNotes(out) {
  const file = path.join(out, 'notes');
  return fs.existsSync(file) ? [...new Set(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean))] : [];
}

function which(cmd) {
  return spawnSync('bash', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || cmd;
}

// npx / npm exec of a mock server's CLI package (see the top of this file); anything else: the real one.
const NODE_RUNNER = `#!/usr/bin/env bash
here="$(dirname "$0")"
real="$TRIAL_REAL_NPX"
[ "$(basename "$0")" = "npm" ] && real="$TRIAL_REAL_NPM"
note() { echo "trial: $*" >> "\${TRIAL_OUT:-.}/notes"; }
kind=""
for a in "$@"; do
  case "$a" in
    *@stdy/cli|*@stdy/cli@*) kind=steady ;;
    *prism-cli*) [ -n "$TRIAL_PRISM" ] && kind=prism ;;
  esac
done
[ -n "$kind" ] || exec "$real" "$@"
args=()
seen=0
version=latest
for a in "$@"; do
  if [ "$seen" = 0 ]; then
    case "$a" in
      *@stdy/cli@*) seen=1; version="\${a##*@stdy/cli@}" ;;
      *@stdy/cli|*prism-cli*) seen=1 ;;
    esac
    continue
  fi
  if [ "\${#args[@]}" = 0 ] && { [ "$a" = "--" ] || [ "$a" = "prism" ] || [ "$a" = "steady" ]; }; then continue; fi
  case "$a" in
    http://*|https://*)
      if [ -n "$TRIAL_SPEC" ]; then
        note "the spec $a read as the trial's copy of it (no network here)"
        a="$TRIAL_SPEC"
      fi ;;
  esac
  args+=("$a")
done
if [ "$kind" = steady ]; then
  if [ ! -x "$here/steady-$version" ]; then
    note "Steady $version not provided (the trial installs the versions the scripts name before they run)"
    echo "trial: Steady $version not provided" >&2
    exit 127
  fi
  exec "$here/steady-$version" "\${args[@]}"
fi
exec "$TRIAL_PRISM" "\${args[@]}"
`;

/** The stand-ins for `npx` and `npm`, in `bin`. */
export function writeMockServerShims(bin) {
  fs.mkdirSync(bin, { recursive: true });
  for (const name of ['npx', 'npm']) {
    fs.writeFileSync(path.join(bin, name), NODE_RUNNER);
    fs.chmodSync(path.join(bin, name), 0o755);
  }
}

/** The scripts that start a tree's mock, in the order the test run reaches them (sdkgen's TypeScript setup first). */
const MOCK_SCRIPTS = ['scripts/mock-server.mjs', 'scripts/mock', 'bin/mock', 'scripts/test', 'bin/test'];

/**
 * Which mock server a tree's test run starts, as its scripts name it (`read(file)`: the text, or null where the tree
 * has none): `Steady 0.22.1 (scripts/mock)`, `Prism (scripts/mock-server.mjs)`, or that no script names one.
 */
export function mockServerOf(read) {
  for (const file of MOCK_SCRIPTS) {
    const text = read(file);
    if (text == null) continue;
    // (An embedded spec is one long base64 line: nothing is read from it.)
    const lines = text.split('\n').filter((line) => line.length < 4000 && !/^\s*(#|\/\/)/.test(line));
    const steady = lines.map((line) => /@stdy\/cli(?![\w-])(?:@([\w^~][\w.^~+-]*))?/.exec(line)).find(Boolean);
    if (steady) return `Steady ${steady[1] ?? 'latest'} (${file})`;
    if (lines.some((line) => /prism/i.test(line))) return `Prism (${file})`;
  }
  return 'no script names a mock server';
}

/** `read` for a work tree. */
export function treeReader(dir) {
  return (file) => {
    const full = path.join(dir, file);
    return fs.existsSync(full) && fs.statSync(full).isFile() ? fs.readFileSync(full, 'utf8') : null;
  };
}

/** `read` for a commit of a repository. */
export function commitReader(repo, commit) {
  return (file) => {
    const r = spawnSync('git', ['show', `${commit}:${file}`], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
    return r.status === 0 ? r.stdout : null;
  };
}

/** What the reason says of the mocks both sides ran: `mock: Steady 0.22.1 (scripts/mock), at the ref the same`. */
export function mocksSaid(migrated, atRef) {
  const here = mockServerOf(migrated);
  const there = mockServerOf(atRef);
  return `mock: ${here}, at the ref ${there === here ? 'the same' : there}`;
}
