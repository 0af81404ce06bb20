// pipeline-regen.mjs — check 9's second half: the owners' next regeneration after the migrate commit, run as their
// pipeline runs it, changes nothing but what is expected, and `sdkgen check` is green on its result.
//
// The pipeline is the migrated repository's own: the first `sdkgen update …` or `sdkgen generate …` line of its
// `.github/workflows/*.yml` (sdkgen's `sdkgen-update.yml` runs `sdkgen update --branch "$BRANCH" --pr-body …`), its
// `$BRANCH`/`$RUNNER_TEMP` read from the workflow's env (RUNNER_TEMP: a folder of the run); without such a line,
// `sdkgen generate` (what CONTRIBUTING.md tells people to run). It runs in a fresh clone laid out as a CI runner's
// checkout (`<run>/runner/work/<name>/<name>`), so that sdkgen sits elsewhere relative to the repository than it did
// for migrate, as a globally installed sdkgen does in CI; the owners' config repository is out of reach (the caller
// hides it).
//
// Expected changes: none (the spec and config are the ones the migrate commit records). The one expected is the
// manifest gaining an `inputsKey` it did not have (migrate records none when it cannot key the inputs it read; the first
// regeneration does): a note. A key changed from one value to another (it once covered the template folders' path
// from the output, so that sdkgen installed elsewhere changed it: a pull request with no SDK change), any other file
// changed, added or removed, a conflict, or a non-zero exit fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readOr, specChangeAsPipeline, tail } from './pipeline-spec-change.mjs';

const MANIFEST = '.sdkgen/manifest.json';

/** The command the repository's workflows regenerate with: `{ verb, args, workflow }`, or `null` when none does. */
export function pipelineCommand(repo, tempDir) {
  const dir = path.join(repo, '.github/workflows');
  if (!fs.existsSync(dir)) return null;
  for (const file of fs.readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(file)) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const line = text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /^(npx\s+)?sdkgen\s+(update|generate)\b/.test(l));
    if (!line) continue;
    const env = { RUNNER_TEMP: tempDir };
    for (const m of text.matchAll(/^\s+([A-Z_][A-Z0-9_]*):\s*['"]?([^'"\n#]*?)['"]?\s*(#.*)?$/gm))
      if (!(m[1] in env)) env[m[1]] = m[2];
    const words = [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    const expanded = words.map((w) =>
      w.replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (_, name) => env[name] ?? (name === 'BRANCH' ? 'sdkgen/update' : '')),
    );
    const at = expanded.indexOf('sdkgen');
    return { verb: expanded[at + 1], args: expanded.slice(at + 2), workflow: `.github/workflows/${file}` };
  }
  return null;
}

/**
 * Regenerate in a runner-like clone of `repo` (committed) with `sdkgenBin`, then `sdkgen check` there; then the same
 * with a spec change (pipeline-spec-change.mjs), whose owners' hunks `unkept(dir)` (when given) lists as check 4 does.
 * Returns `{ ok, reason, log }`: `reason` a sentence for check 9's, `log` the commands' output.
 */
export function regenerateAsPipeline({ repo, runDir, name, sdkgenBin, run, unkept }) {
  const work = path.join(runDir, 'runner', 'work', name, name);
  const temp = path.join(runDir, 'runner', 'temp');
  fs.rmSync(path.join(runDir, 'runner'), { recursive: true, force: true });
  fs.mkdirSync(temp, { recursive: true });
  spawnSync('git', ['clone', '-q', repo, work]);
  const git = (...argv) => spawnSync('git', argv, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 30 });
  const head = git('rev-parse', 'HEAD').stdout.trim();
  const cmd = pipelineCommand(work, temp) ?? { verb: 'generate', args: [], workflow: null };
  const how = `\`sdkgen ${[cmd.verb, ...cmd.args.map((a) => (a.startsWith(temp) ? `$RUNNER_TEMP${a.slice(temp.length)}` : a))].join(' ')}\`${cmd.workflow ? ` (as ${cmd.workflow})` : ' (no workflow runs sdkgen)'}`;
  const regen = run('node', [sdkgenBin, cmd.verb, ...cmd.args], work, 900, { CI: '1' });
  const logs = [`--- ${how} in ${work}: exit ${regen.status}\n${regen.stdout}\n${regen.stderr}`];
  const problems = [];
  const notes = [];
  if (regen.status !== 0) problems.push(`exit ${regen.status}: ${tail(regen.stdout + regen.stderr)}`);
  // What it changed: a commit on the branch `sdkgen update` names (HEAD then), and anything left uncommitted.
  const moved = git('rev-parse', 'HEAD').stdout.trim() !== head;
  const committed = moved ? git('diff', '--name-status', head, 'HEAD').stdout.split('\n').filter(Boolean) : [];
  const uncommitted = git('status', '--porcelain', '--untracked-files=all').stdout.split('\n').filter(Boolean);
  const changed = [...new Set([...committed.map((l) => l.split('\t').pop()), ...uncommitted.map((l) => l.slice(3))])];
  logs.push(`changed since the migrate commit: ${changed.join(', ') || 'nothing'}`);
  const keyOnly = keyChange(git('show', `${head}:${MANIFEST}`).stdout, readOr(path.join(work, MANIFEST)));
  const unexpected = changed.filter((file) => file !== MANIFEST || keyOnly !== 'added');
  const onBranch = moved ? ` (committed on ${git('rev-parse', '--abbrev-ref', 'HEAD').stdout.trim()})` : '';
  if (unexpected.length)
    problems.push(
      `changed ${unexpected.length} file(s)${onBranch}: ${unexpected.slice(0, 6).join(', ')}${unexpected.length > 6 ? ', …' : ''}` +
        (keyOnly === 'changed' ? ` (the manifest's inputsKey alone: another key for the same inputs)` : ''),
    );
  else if (changed.length) notes.push(`the manifest gained the inputsKey migrate did not record${onBranch}`);
  // `sdkgen check` on the regenerated tree (the branch's commit, or the files as generate left them).
  const chk = run('node', [sdkgenBin, 'check'], work, 600);
  logs.push(`--- sdkgen check after it: exit ${chk.status}\n${chk.stdout}\n${chk.stderr}`);
  if (chk.status !== 0) problems.push(`sdkgen check after it: exit ${chk.status}: ${tail(chk.stdout + chk.stderr)}`);
  // Then the owners' next spec change through the same pipeline, in a new clone at the same place
  // (lib/pipeline-spec-change.mjs).
  const change = specChangeAsPipeline({ repo, work, cmd, sdkgenBin, run, unkept });
  logs.push(change.log);
  fs.rmSync(path.join(runDir, 'runner'), { recursive: true, force: true });
  const clean = problems.length === 0;
  return {
    ok: clean && change.ok,
    reason:
      `regenerating as the pipeline does, ${how}: ${clean ? `clean, check green${notes.length ? ` (note: ${notes.join('; ')})` : ''}` : problems.join('; ')}` +
      `; ${change.reason}`,
    log: logs.join('\n'),
  };
}

/**
 * What regenerating did to the manifest when it changed nothing but its inputs key (`inputsKey` and the `sources` it
 * keys): 'added' (a key where there was none), 'changed' (another key); else null.
 */
function keyChange(before, after) {
  let was;
  let now;
  try {
    was = JSON.parse(before);
    now = JSON.parse(after);
  } catch {
    return null;
  }
  const rest = ({ inputsKey: _key, sources: _sources, ...others }) => JSON.stringify(others);
  if (rest(was) !== rest(now) || now.inputsKey === undefined || was.inputsKey === now.inputsKey) return null;
  return was.inputsKey === undefined ? 'added' : 'changed';
}
