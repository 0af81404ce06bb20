#!/usr/bin/env node
// Finds the generations of a Stainless SDK whose config and spec a repository still holds, byte for byte: the inputs of
// a real pair (bench/stainless-distance/python-pairs.json, pairs.json) that needs no guessing.
//
//   node scripts/stainless-pair-match.mjs --sdk <git dir> --inputs <git dir> --spec <path>[,<path>…] --config <path>[,…]
//
// Stainless writes into each generation's `.stats.yml` the MD5 of the spec it read (`openapi_spec_hash`) and of the
// config (`config_hash`). Every version of the given paths in the inputs repository (all refs, all commits that touched
// them) is hashed the same way; a generation matches when a version of each hashes alike. Each match is printed once per
// distinct (spec, config) — the first SDK commit that carries it, the day, its `configured_endpoints`, and the oldest
// input commits holding those bytes — followed by a pair skeleton to paste (name it; a `measured` comes from
// stainless-python-tests.mjs). `--partial` also lists generations where only one of the two hashes matches (a spec or a
// config Stainless held that was never committed: not a pair, but tells how close the repository comes).
//
// --sdk <dir>      the SDK repository (a bare git dir such as /work/.mirror/<owner>+<name>/repo)
// --inputs <dir>   the repository holding the config and the spec (may be the same)
// --spec <paths>   comma-separated paths the spec has lived at in --inputs
// --config <paths> comma-separated paths the config has lived at (--config-inputs: in another repository)
// --config-inputs <dir>  where the config lives, when not in --inputs
// --partial        also list generations matching one hash only
// --json           the matches as JSON on stdout
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { exitWithUsage } from './usage.mjs';

function usage(message) {
  exitWithUsage(import.meta.url, 'stainless-pair-match', message);
}

function parseArgs(argv) {
  const options = { partial: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--sdk') options.sdk = value();
    else if (arg === '--inputs') options.inputs = value();
    else if (arg === '--config-inputs') options.configInputs = value();
    else if (arg === '--spec') options.spec = value().split(',');
    else if (arg === '--config') options.config = value().split(',');
    else if (arg === '--partial') options.partial = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') usage('help');
    else usage(`unknown argument ${arg}`);
  }
  for (const key of ['sdk', 'inputs', 'spec', 'config']) if (!options[key]) usage(`--${key} is required`);
  return options;
}

function git(gitDir, args, input) {
  const result = spawnSync('git', ['--git-dir', gitDir, ...args], {
    input,
    ...(input === undefined ? { encoding: 'utf8' } : {}),
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} in ${gitDir}: ${String(result.stderr)}`);
  return result.stdout;
}

/**
 * Every version of `paths` in a repository, by the MD5 of its bytes: the commits holding it, oldest first, each with
 * its committer day and the path. Blobs are read once each (`cat-file --batch`), however many commits share them.
 */
function versionsByHash(gitDir, paths) {
  const byBlob = new Map();
  for (const file of paths) {
    const log = git(gitDir, ['log', '--all', '--reverse', '--format=%H %cI', '--', file]);
    for (const line of log.split('\n').filter(Boolean)) {
      const [commit, day] = line.split(' ');
      const entry = git(gitDir, ['ls-tree', commit, '--', file]).trim();
      const blob = /^\d+ blob ([0-9a-f]+)\t/.exec(entry)?.[1];
      if (!blob) continue; // the commit deleted it
      if (!byBlob.has(blob)) byBlob.set(blob, []);
      byBlob.get(blob).push({ commit: commit.slice(0, 10), day, path: file });
    }
  }
  const blobs = [...byBlob.keys()];
  const byHash = new Map();
  if (blobs.length === 0) return byHash;
  const out = git(gitDir, ['cat-file', '--batch'], `${blobs.join('\n')}\n`);
  let at = 0;
  for (const blob of blobs) {
    const headerEnd = out.indexOf(10, at);
    const size = Number(out.subarray(at, headerEnd).toString().split(' ')[2]);
    const bytes = out.subarray(headerEnd + 1, headerEnd + 1 + size);
    at = headerEnd + 1 + size + 1;
    const md5 = createHash('md5').update(bytes).digest('hex');
    byHash.set(md5, [...(byHash.get(md5) ?? []), ...byBlob.get(blob)]);
  }
  return byHash;
}

/** Each commit of the SDK that changed `.stats.yml`, oldest first, with the hashes it names. */
function generations(sdk) {
  const log = git(sdk, ['log', '--all', '--reverse', '--format=%H %cI %s', '--', '.stats.yml']);
  return log
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const [commit, day, ...subject] = line.split(' ');
      let stats;
      try {
        stats = git(sdk, ['show', `${commit}:.stats.yml`]);
      } catch {
        return []; // the commit deleted it
      }
      const field = (name) => new RegExp(`^${name}:\\s*(\\S+)`, 'm').exec(stats)?.[1] ?? null;
      return [
        {
          commit: commit.slice(0, 10),
          day,
          subject: subject.join(' '),
          endpoints: field('configured_endpoints'),
          specHash: field('openapi_spec_hash'),
          configHash: field('config_hash'),
        },
      ];
    });
}

const options = parseArgs(process.argv.slice(2));
const specs = versionsByHash(options.inputs, options.spec);
const configs = versionsByHash(options.configInputs ?? options.inputs, options.config);
const seen = new Set();
const matches = [];
for (const generation of generations(options.sdk)) {
  const spec = specs.get(generation.specHash)?.[0];
  const config = configs.get(generation.configHash)?.[0];
  if (!(spec && config) && !(options.partial && (spec || config))) continue;
  const key = `${generation.specHash} ${generation.configHash}`;
  if (seen.has(key)) continue;
  seen.add(key);
  matches.push({ ...generation, spec: spec ?? null, config: config ?? null });
}

if (options.json) process.stdout.write(`${JSON.stringify(matches, null, 2)}\n`);
else {
  for (const m of matches) {
    const input = (found) => (found ? `${found.commit} ${found.path}` : '(none)');
    process.stdout.write(
      `${m.day.slice(0, 10)} ${m.commit} ${m.endpoints ?? '?'} endpoints  spec ${input(m.spec)}  config ${input(m.config)}  ${m.subject}\n`,
    );
  }
  const full = matches.filter((m) => m.spec && m.config);
  if (full.length > 0) {
    const pair = (m) => ({
      name: '',
      sdk: options.sdk,
      ref: m.commit,
      config: { repo: options.configInputs ?? options.inputs, at: m.config.commit, path: m.config.path },
      spec: { repo: options.inputs, at: m.spec.commit, path: m.spec.path },
    });
    process.stdout.write(`\nthe newest, as a pair:\n${JSON.stringify(pair(full.at(-1)), null, 2)}\n`);
  }
  if (matches.length === 0) process.stdout.write('no generation matches\n');
}
