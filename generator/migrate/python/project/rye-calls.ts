/**
 * Rye's commands in the workflows and scripts that stay after a Rye-era Python SDK moves to sdkgen, where what they
 * used was in Stainless's pyproject.toml and is not in the migrated one:
 *
 * - `rye run <name>` of a script of `[tool.rye.scripts]` (Stainless's `lint`, `format`, `fix:ruff`…): sdkgen's
 *   pyproject.toml has no such table, its `scripts/lint` and `scripts/format` do that work.
 * - `rye sync` without the features that hold the development tools: Stainless listed them in `[tool.rye]
 *   dev-dependencies`, which any `rye sync` installs; sdkgen lists them as an extra of the package (`dev`), which Rye
 *   installs only with `--all-features` or `--features dev`. Stainless's own workflows sync with `--all-features`, so
 *   they keep working as they are; a step of the owners' without it installs no pyright, mypy or ruff.
 *
 * Each is reported as a call to what the migration removed, with its line and what to run instead; the owners'
 * workflows and scripts are theirs and are not rewritten.
 */
import { CALLING_FILE, type RemovedCall } from '../../owners/removed-calls';
import { scriptCommands, workflowCommands } from '../../owners/workflow-commands';
import { WORKFLOW } from '../../repository/file-kinds';
import { assignedText, tomlLines } from './toml-lines';

/** The Rye calls of `files` (workflows and scripts that stay, with their final text) the migrated pyproject breaks. */
export function ryeCallsLeft(
  files: Array<{ path: string; text: string }>,
  pyprojectBefore: string | null,
  pyprojectAfter: string | null,
): RemovedCall[] {
  if (pyprojectBefore === null || pyprojectAfter === null) return [];
  const scriptsBefore = tableEntries(pyprojectBefore, 'tool.rye.scripts');
  const scriptsAfter = tableEntries(pyprojectAfter, 'tool.rye.scripts');
  const devBefore = tableEntries(pyprojectBefore, 'tool.rye').get('dev-dependencies');
  const devAfter = tableEntries(pyprojectAfter, 'tool.rye').get('dev-dependencies');
  const devExtra = devBefore !== undefined && devAfter === undefined ? extraWith(pyprojectAfter, devBefore) : null;
  const written = new Set(files.map((f) => f.path));
  const calls: RemovedCall[] = [];
  for (const file of files) {
    if (!CALLING_FILE.test(file.path)) continue;
    const commands = WORKFLOW.test(file.path) ? workflowCommands(file.text, null) : scriptCommands(file);
    for (const { line, text } of commands)
      for (const command of text.split(SEPARATOR)) {
        const call = ryeCall(command, { scriptsBefore, scriptsAfter, devBefore, devAfter, devExtra, written });
        if (call !== null) calls.push({ at: `${file.path}:${line}`, command: command.trim(), ...call });
      }
  }
  return calls;
}

interface Pyprojects {
  scriptsBefore: Map<string, string>;
  scriptsAfter: Map<string, string>;
  devBefore: string | undefined;
  devAfter: string | undefined;
  /** The extra of the migrated pyproject.toml holding the tools Rye's dev-dependencies held, or null. */
  devExtra: string | null;
  /** The files that stay: sdkgen's scripts among them. */
  written: Set<string>;
}

/** What a command of Rye's used that is gone, and what to run instead; null when it still works. */
function ryeCall(command: string, p: Pyprojects): Pick<RemovedCall, 'removed' | 'instead'> | null {
  const run = RYE_RUN.exec(command);
  const name = run === null ? undefined : unquoted(run[1]);
  if (name !== undefined && p.scriptsBefore.has(name) && !p.scriptsAfter.has(name))
    return {
      removed: [`pyproject.toml's \`[tool.rye.scripts]\` ${name}`],
      instead: scriptInstead(name, p.scriptsBefore.get(name)!, p.written),
    };
  const sync = RYE_SYNC.exec(command);
  if (sync === null || p.devBefore === undefined || p.devAfter !== undefined || installsDev(sync[1], p.devExtra))
    return null;
  return {
    removed: ["pyproject.toml's `[tool.rye] dev-dependencies` (the development tools Stainless listed there)"],
    instead:
      (p.devExtra !== null
        ? `sdkgen's pyproject.toml lists them as the package's \`${p.devExtra}\` extra, which \`rye sync\` installs ` +
          `with \`--all-features\` (as Stainless's workflows ran it) or \`--features ${p.devExtra}\`: add one, `
        : "sdkgen's pyproject.toml lists them where Rye does not read them: ") +
      "or run `./scripts/bootstrap` (sdkgen's: it installs the package and them into .venv) in its place",
  };
}

/** What separates the commands of a line (`rye sync && rye run lint`); quotes are not minded. */
const SEPARATOR = /&&|\|\||[;|]/;
/** `rye run <name>`, as a command of its own. */
const RYE_RUN = /^\s*(?:\S+=\S*\s+)*rye\s+run\s+(?:-\S+\s+)*("[^"]+"|'[^']+'|[^\s;&|)]+)/;
/** `rye sync`, with its flags. */
const RYE_SYNC = /^\s*(?:\S+=\S*\s+)*rye\s+sync\b(.*)$/;

/**
 * Whether `rye sync`'s flags install the extra holding the tools, or leave them to what is not reported here: left out
 * on purpose (`--no-dev`), or installed from the lockfile as it is (`--no-lock`: Rye's `requirements-dev.lock` stays,
 * with Stainless's pins of them).
 */
function installsDev(flags: string, extra: string | null): boolean {
  if (/(^|\s)--(all-features|no-dev|no-lock)\b/.test(flags)) return true;
  if (extra === null) return false;
  const features = [...flags.matchAll(/--features(?:=|\s+)("[^"]*"|'[^']*'|\S+)/g)].flatMap((m) =>
    unquoted(m[1]).split(','),
  );
  return features.some((feature) => feature.trim().replace(/^.*\//, '') === extra);
}

/** What to run in place of a script of Stainless's `[tool.rye.scripts]`: its command, or sdkgen's script doing it. */
function scriptInstead(name: string, value: string, written: Set<string>): string | null {
  const command = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/.exec(value.trim());
  if (command !== null)
    return `it ran \`${command[1] ?? command[2]}\`: run \`rye run ${command[1] ?? command[2]}\` in its place`;
  const script = /^(lint|typecheck|check)\b/.test(name)
    ? 'scripts/lint'
    : /^(format|fix)\b/.test(name)
      ? 'scripts/format'
      : /^test\b/.test(name)
        ? 'scripts/test'
        : null;
  return script !== null && written.has(script) ? `sdkgen's \`./${script}\` does that work: run it in its place` : null;
}

/** The extra of `[project.optional-dependencies]` listing one of the requirements of `list` (a TOML array), or null. */
function extraWith(pyproject: string, list: string): string | null {
  const wanted = new Set(requirementNames(list));
  for (const [extra, value] of tableEntries(pyproject, 'project.optional-dependencies'))
    if (requirementNames(value).some((name) => wanted.has(name))) return extra;
  return null;
}

function requirementNames(array: string): string[] {
  return [...array.matchAll(/"([A-Za-z0-9._-]+)[^"]*"|'([A-Za-z0-9._-]+)[^']*'/g)].map((m) =>
    (m[1] ?? m[2]).toLowerCase().replace(/[-_.]+/g, '-'),
  );
}

/**
 * The keys of a TOML table (`[tool.rye.scripts]`) with their values' text, a value spanning lines (an array, an inline
 * table) read to its closing bracket. Enough for the tables read here; not a TOML parser.
 */
function tableEntries(text: string, table: string): Map<string, string> {
  const lines = text.split('\n');
  const entries = new Map<string, string>();
  tomlLines(lines).forEach((line, i) => {
    if (line.kind !== 'key' || line.table !== table) return;
    const value = [assignedText(lines[i])!, ...lines.slice(i + 1, line.end! + 1)];
    entries.set(unquoted(line.key!), value.join('\n'));
  });
  return entries;
}

function unquoted(text: string): string {
  return text.replace(/^(["'])(.*)\1$/, '$2');
}
