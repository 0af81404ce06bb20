// The TypeScript pairs of bench/stainless-distance/pairs.json: reading them, choosing the generation of Stainless's
// a pair is compared with, and generating sdkgen's SDK for it. Shared by scripts/stainless-distance.mjs and
// scripts/stainless-ts-tests.mjs (see the first's --pairs, --ref and --era for what they do).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = process.env.SDKGEN_BIN ?? path.join(root, 'bin/sdkgen.js');

export function git(gitDir, args) {
  const result = spawnSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return result.status === 0 ? result.stdout : undefined;
}

/** The repository's git dir, or undefined for a plain folder. */
export function gitDirOf(sdk) {
  if (existsSync(path.join(sdk, 'HEAD')) && existsSync(path.join(sdk, 'objects'))) return sdk;
  if (existsSync(path.join(sdk, '.git'))) return path.join(sdk, '.git');
  return undefined;
}

/** The area's files: path (relative to the area) → text; an area that is a file is that file, by its name. */
export function areaFiles(dir) {
  if (existsSync(dir) && statSync(dir).isFile()) return new Map([[path.basename(dir), readFileSync(dir, 'utf8')]]);
  return new Map(filesUnder(dir).map((rel) => [rel, readFileSync(path.join(dir, rel), 'utf8')]));
}

export function filesUnder(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? filesUnder(full, rel) : [rel];
  });
}

export function lineCount(text) {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** `diff -u` of two texts: the + and − lines, headers aside. */
export function changedLines(before, after, scratch) {
  const a = path.join(scratch, 'a');
  const b = path.join(scratch, 'b');
  writeFileSync(a, before);
  writeFileSync(b, after);
  const out = spawnSync('diff', ['-u', a, b], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  return { ...countChanged(out), out };
}

function countChanged(out) {
  let count = 0;
  let banner = 0;
  for (const line of out.split('\n')) {
    if (line.startsWith('---') || line.startsWith('+++')) continue;
    if (line.startsWith('+') || line.startsWith('-')) count++;
    if (/^[+-]\/\/ File generated /.test(line)) banner++;
  }
  return { count, banner };
}

/** Stainless's side at one commit (git) or as the folder is: path → text for the files under `area`. */
export function stainlessSide(sdk, gitDir, ref, area) {
  const files = new Map();
  if (!gitDir) return areaFiles(path.join(sdk, area));
  const listing = git(gitDir, ['ls-tree', '-r', '--name-only', ref, area]) ?? '';
  for (const file of listing.split('\n').filter(Boolean)) {
    const rel = file === area ? path.basename(area) : file.slice(area.length + 1);
    files.set(rel, git(gitDir, ['show', `${ref}:${file}`]) ?? '');
  }
  return files;
}

/** The branch whose generations are compared: `generated`, else `main`, else HEAD. */
export function generationBranch(gitDir) {
  return ['generated', 'main', 'HEAD'].find((name) => git(gitDir, ['rev-parse', '--verify', '-q', name]));
}

/** How many versions of a `specFrom` repository's spec and config are tried (see --pairs). */
const SPEC_VERSIONS = 4;

/**
 * The versions of `specFrom`'s spec and config that may be those of the SDK's newest generation (see --pairs): the
 * newest SPEC_VERSIONS commits touching either, up to a day after that generation (the owners often commit what they
 * gave Stainless a little later), each written to the scratch folder as `{ spec, config, at }`.
 */
function specVersions(project, scratch) {
  const { repo, spec, config, specAt, configAt } = project.specFrom;
  if (specAt || configAt) return [writeVersion(project, scratch, { spec: specAt, config: configAt ?? specAt })];
  // (`config` absent: the pair's own, which every version shares.)
  const sdkGit = gitDirOf(project.sdk);
  const newest = sdkGit && git(sdkGit, ['log', '-1', '--format=%ct', generationBranch(sdkGit), '--', 'api.md']);
  if (!newest?.trim()) return [];
  const until = `@${Number(newest.trim()) + 24 * 3600}`;
  const paths = config ? [spec, config] : [spec];
  const commits = git(repo, ['rev-list', '-n', `${SPEC_VERSIONS}`, `--before=${until}`, 'HEAD', '--', ...paths]);
  return (commits ?? '')
    .split('\n')
    .filter(Boolean)
    .map((at) => writeVersion(project, scratch, { spec: at, config: at }));
}

/** `specFrom`'s spec and config as of the commits `at` gives for each, written to the scratch folder. */
function writeVersion(project, scratch, at) {
  const { repo, spec, config } = project.specFrom;
  const dir = path.join(scratch, `inputs-${project.name}-${at.spec.slice(0, 10)}`);
  mkdirSync(dir, { recursive: true });
  const written = { at: at.spec, config: project.config };
  for (const [key, file] of Object.entries(config ? { spec, config } : { spec })) {
    written[key] = path.join(dir, path.basename(file));
    writeFileSync(written[key], git(repo, ['show', `${at[key]}:${file}`]) ?? '');
  }
  return written;
}

/** The generation whose api.md is closest to sdkgen's (see --ref). */
function closestRef(gitDir, oursApiMd, scratch) {
  const branch = generationBranch(gitDir);
  const commits = (git(gitDir, ['rev-list', '-n', '80', branch, '--', 'api.md']) ?? '').split('\n').filter(Boolean);
  let best = { ref: git(gitDir, ['rev-parse', branch]).trim(), score: Infinity };
  for (const commit of commits) {
    const apiMd = git(gitDir, ['show', `${commit}:api.md`]);
    if (apiMd === undefined) continue;
    const score = changedLines(apiMd, oursApiMd, scratch).count;
    if (score < best.score) best = { ref: commit, score };
  }
  return best;
}

/** sdkgen's SDK from `inputs` (`{ spec, config }`) in `out`, and its api.md. */
export function generateInto(project, inputs, out, extra = []) {
  // (A `specFrom` with no version up to the SDK's newest generation, and no spec or config of the pair's own to fall
  // back on, used to reach sdkgen as `--config undefined`: "cannot read config file undefined".)
  const missing = ['spec', 'config'].filter((key) => !inputs[key]);
  if (missing.length > 0) {
    throw new Error(
      `${project.name}: no ${missing.join(' or ')} to generate from: give the pair's own, or a specFrom whose ` +
        `repository has a version up to its newest generation (or pin specAt/configAt)`,
    );
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const generated = spawnSync(
    process.execPath,
    [bin, 'generate', inputs.spec, '--config', inputs.config, '-o', out, '--quiet', ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (generated.status !== 0) {
    throw new Error(`sdkgen generate failed for ${project.name}:\n${generated.stderr}${generated.stdout}`);
  }
  return existsSync(path.join(out, 'api.md')) ? readFileSync(path.join(out, 'api.md'), 'utf8') : '';
}

/** The `--stainless-era` a project is written in with --era: its pair's `era`, else its compared commit's day. */
export function eraOf(project, gitDir, ref) {
  if (project.era) return project.era;
  return ref ? git(gitDir, ['log', '-1', '--format=%cs', ref])?.trim() : undefined;
}

/** The generation compared with (see --ref) and how far its api.md is from `oursApiMd`. */
export function comparedRef(project, gitDir, oursApiMd, scratch) {
  if (project.ref === 'auto') return closestRef(gitDir, oursApiMd, scratch);
  const apiMd = git(gitDir, ['show', `${project.ref}:api.md`]) ?? '';
  return { ref: project.ref, score: changedLines(apiMd, oursApiMd, scratch).count };
}

/**
 * The generation of a pair that is compared with, and sdkgen's SDK generated for it in `out` (see stainless-distance.mjs
 * --pairs, --ref and --era): with `specFrom`, the version of the inputs whose api.md is closest to a generation of
 * Stainless's; the generation itself as `ref` gives it (`auto`: the closest api.md); with `era`, written in the forms
 * of that generation's day. Returns `{ gitDir, ref, pinned, inputs, era }` (`pinned`: the `specFrom` version chosen,
 * `{ spec, config, at }`; `inputs`: the spec and config generated from).
 */
export function prepareGeneration(project, { era: withEra, specAsGiven }, scratch, out) {
  const gitDir = gitDirOf(project.sdk);
  const asGiven = specAsGiven && project.spec;
  const versions = gitDir && project.specFrom && !asGiven ? specVersions(project, scratch) : [];
  let chosen;
  for (const version of versions) {
    const compared = comparedRef(project, gitDir, generateInto(project, version, out), scratch);
    if (!chosen || compared.score < chosen.score) chosen = { ...compared, version };
  }
  if (chosen && chosen.version !== versions[versions.length - 1]) generateInto(project, chosen.version, out);
  const oursApiMd = chosen ? '' : generateInto(project, project, out);
  const ref = chosen?.ref ?? (gitDir ? comparedRef(project, gitDir, oursApiMd, scratch).ref : undefined);
  const pinned = chosen?.version;
  const era = withEra ? eraOf(project, gitDir, ref) : undefined;
  if (era) generateInto(project, pinned ?? project, out, ['--stainless-era', era]);
  return { gitDir, ref, pinned, inputs: pinned ?? project, era };
}

/**
 * Why a pair cannot be measured here, or undefined: its SDK's repository, or its `specFrom` one, is not on this machine
 * (a mirror not fetched yet: the `fetch` tool's github:<owner>/<name>). Measured anyway, such a pair once reached
 * sdkgen as `--config undefined` ("cannot read config file undefined").
 */
export function missingRepository(project) {
  const wanted = [project.sdk, ...(project.specFrom ? [project.specFrom.repo] : [])];
  const missing = wanted.filter((dir) => !existsSync(dir));
  return missing.length > 0 ? `${missing.join(' and ')} not here (fetch the mirror)` : undefined;
}

/**
 * The pairs of a pairs file (paths relative to it; see stainless-distance.mjs --pairs), each `{ name, sdk, config,
 * spec, ref, era?, specFrom? }`, `ref` defaulting to `defaultRef`.
 */
export function pairsFrom(file, defaultRef = 'auto') {
  const base = path.dirname(path.resolve(file));
  return JSON.parse(readFileSync(file, 'utf8')).map((pair) => ({
    name: pair.name,
    sdk: path.resolve(base, pair.sdk),
    // (A pair whose `specFrom` pins both may give no copies.)
    config: pair.config && path.resolve(base, pair.config),
    spec: pair.spec && path.resolve(base, pair.spec),
    ref: pair.ref ?? defaultRef,
    ...(pair.era ? { era: pair.era } : {}),
    ...(pair.specFrom ? { specFrom: { ...pair.specFrom, repo: path.resolve(base, pair.specFrom.repo) } } : {}),
  }));
}
