// pipeline-spec-change.mjs — check 9's third part: a spec change fed through the migrated pipeline. The owners commit
// a new operation to the spec the repository keeps (and, with a config, a method for it: Stainless generates only the
// endpoints its config maps), then their pipeline regenerates as it does on every push (pipeline-regen.mjs's command,
// in a clone laid out as a CI runner's checkout). It must exit 0 without a conflict, produce the new method, keep every
// owners' hunk the migrated tree carried (the same hunk check as check 4, before and after) and leave `sdkgen check`
// green.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const MANIFEST = '.sdkgen/manifest.json';
/** The operation the owners add: a path no real API has, a description to find in the generated method. */
export const PROBE_PATH = '/sdkgen-trial-probe/{probe_id}';
export const PROBE_RESOURCE = 'sdkgen_trial_probe';
const PROBE_OPERATION = {
  get: {
    operationId: 'sdkgenTrialProbeRetrieve',
    summary: 'Retrieve a trial probe',
    description: 'An operation the trial harness adds to the spec, to see it through the migrated pipeline.',
    parameters: [{ name: 'probe_id', in: 'path', required: true, schema: { type: 'string' } }],
    responses: {
      200: {
        description: 'The probe.',
        content: {
          'application/json': {
            schema: { type: 'object', properties: { id: { type: 'string' }, note: { type: 'string' } } },
          },
        },
      },
    },
  },
};

/**
 * `text` (a spec or config, JSON or YAML) with `value` at `key` of its top-level map `section`, or null when it has no
 * such map. YAML gets one line added under `section:` (a JSON flow map, which YAML reads), so that the rest of the file
 * keeps its bytes; when that does not parse to the value, the document is written again whole.
 */
export function withEntry(text, section, key, value) {
  if (/^\s*\{/.test(text)) {
    const doc = JSON.parse(text);
    if (!doc[section] || typeof doc[section] !== 'object') return null;
    doc[section] = { [key]: value, ...doc[section] };
    const indent = /\n( +)"/.exec(text)?.[1].length ?? 2;
    return JSON.stringify(doc, null, indent) + (text.endsWith('\n') ? '\n' : '');
  }
  const doc = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  if (!doc?.[section] || typeof doc[section] !== 'object') return null;
  const lines = text.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^${section}:\\s*(#.*)?$`).test(l));
  const child = lines.slice(at + 1).find((l) => l.trim() && !l.trim().startsWith('#'));
  const indent = child ? /^( *)/.exec(child)[1] : '';
  if (at >= 0 && indent) {
    lines.splice(at + 1, 0, `${indent}${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    const edited = lines.join('\n');
    try {
      const read = yaml.load(edited, { schema: yaml.CORE_SCHEMA });
      if (JSON.stringify(read?.[section]?.[key]) === JSON.stringify(value)) return edited;
    } catch {
      // not YAML any more: written whole below
    }
  }
  doc[section] = { [key]: value, ...doc[section] };
  return yaml.dump(doc, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true });
}

/**
 * In a runner-like clone of `repo` at `work` (made here), the owners' spec change committed, regenerate with `cmd`
 * (pipeline-regen.mjs's `{ verb, args }`) and judge it. `unkept(dir)`, when given, lists the owners' hunks not carried
 * in a tree (check 4's finding). Returns `{ ok, skipped, reason, log }`.
 */
export function specChangeAsPipeline({ repo, work, cmd, sdkgenBin, run, unkept }) {
  fs.rmSync(work, { recursive: true, force: true });
  spawnSync('git', ['clone', '-q', repo, work]);
  const git = (...argv) =>
    spawnSync('git', ['-c', 'user.name=trial', '-c', 'user.email=trial@example.invalid', ...argv], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(work, MANIFEST), 'utf8')).inputs;
  } catch {
    return skipped('no manifest to read the spec from');
  }
  const inRepo = (file) =>
    file && !/^[a-z]+:\/\//i.test(file) && !path.relative(work, path.resolve(work, file)).startsWith('..');
  if (!inRepo(inputs?.spec)) return skipped(`the spec is not in the repository (${inputs?.spec})`);
  const unkeptBefore = unkept ? unkept(work) : [];
  const specFile = path.resolve(work, inputs.spec);
  const spec = withEntry(fs.readFileSync(specFile, 'utf8'), 'paths', PROBE_PATH, PROBE_OPERATION);
  if (spec === null) return skipped(`the spec ${inputs.spec} has no paths map`);
  fs.writeFileSync(specFile, spec);
  if (inputs.config) {
    if (!inRepo(inputs.config)) return skipped(`the config is not in the repository (${inputs.config})`);
    const configFile = path.resolve(work, inputs.config);
    const method = { methods: { retrieve: `get ${PROBE_PATH}` } };
    const config = withEntry(fs.readFileSync(configFile, 'utf8'), 'resources', PROBE_RESOURCE, method);
    if (config === null) return skipped(`the config ${inputs.config} has no resources map`);
    fs.writeFileSync(configFile, config);
  }
  git('commit', '-q', '-am', 'owners: a new endpoint');
  const head = git('rev-parse', 'HEAD').stdout.trim();
  const regen = run('node', [sdkgenBin, cmd.verb, ...cmd.args], work, 900, { CI: '1' });
  const logs = [`--- with a new operation, ${PROBE_PATH}: exit ${regen.status}\n${regen.stdout}\n${regen.stderr}`];
  const problems = [];
  if (regen.status !== 0) problems.push(`exit ${regen.status}: ${tail(regen.stdout + regen.stderr)}`);
  const moved = git('rev-parse', 'HEAD').stdout.trim() !== head;
  const committed = moved ? git('diff', '--name-only', head, 'HEAD').stdout.split('\n').filter(Boolean) : [];
  const uncommitted = git('status', '--porcelain', '--untracked-files=all').stdout.split('\n').filter(Boolean);
  const changed = [...new Set([...committed, ...uncommitted.map((l) => l.slice(3))])];
  logs.push(`changed: ${changed.join(', ') || 'nothing'}`);
  const marked = changed.filter((file) => /^<{7} /m.test(readOr(path.join(work, file))));
  if (marked.length) problems.push(`conflict markers in ${marked.slice(0, 6).join(', ')}`);
  // The method: a module of the SDK (not its tests, specs or docs) that requests the new path.
  const probe = PROBE_PATH.slice(0, PROBE_PATH.indexOf('{'));
  const modules = changed.filter(
    (file) => /\.(ts|py)$/.test(file) && !/(^|\/)tests?\//.test(file) && readOr(path.join(work, file)).includes(probe),
  );
  if (modules.length === 0) problems.push(`no module requests ${PROBE_PATH}: the new method is missing`);
  else logs.push(`the new method: ${modules.join(', ')}`);
  let hunks = "owners' hunks not compared";
  if (unkept) {
    const after = unkept(work);
    const lost = [...after];
    for (const h of unkeptBefore) {
      const i = lost.indexOf(h);
      if (i >= 0) lost.splice(i, 1);
    }
    if (lost.length)
      problems.push(
        `${lost.length} owners' hunk(s) lost: ${lost.slice(0, 4).join(', ')}${lost.length > 4 ? ', …' : ''}`,
      );
    hunks = `every owners' hunk kept${unkeptBefore.length ? ` (${unkeptBefore.length} not carried before either)` : ''}`;
  }
  const chk = run('node', [sdkgenBin, 'check'], work, 600);
  logs.push(`--- sdkgen check after it: exit ${chk.status}\n${chk.stdout}\n${chk.stderr}`);
  if (chk.status !== 0) problems.push(`sdkgen check after it: exit ${chk.status}: ${tail(chk.stdout + chk.stderr)}`);
  const ok = problems.length === 0;
  return {
    ok,
    skipped: false,
    reason: `a spec change (a new operation): ${ok ? `the new method in ${modules.length} module(s), ${hunks}, check green` : problems.join('; ')}`,
    log: logs.join('\n'),
  };
}

function skipped(why) {
  return { ok: true, skipped: true, reason: `a spec change: not tried, ${why}`, log: `spec change not tried: ${why}` };
}

export function readOr(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The last four non-blank lines of a command's output, without colours, at most 300 characters. */
export function tail(text) {
  const t = text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .slice(-4)
    .join(' ⏎ ');
  return t.length > 300 ? '…' + t.slice(-300) : t;
}
