/**
 * The repository's workflows and scripts that stay (theirs, or Stainless's kept) calling what the migration removed:
 * a script of Stainless's (`./scripts/format`, `pnpm tsn scripts/publish-packages.ts`) or a package.json script
 * sdkgen's package.json no longer has (`npm run fix`). Each call fails where it runs, so each is reported with its
 * line, and with what sdkgen writes in its place where it writes something (its release workflow publishes; its
 * `npm run mock` starts the mock server). A call to what was missing before the migration too is not its doing, and
 * is left alone; so is a step that runs only in another repository (Stainless's staging repository's uploads). A
 * script of Stainless's the owners edited that such a call runs is their pipeline: it stays (editedScriptsCalled).
 * Pure helpers of plan.ts.
 */
import { isObject, parseObject } from '../json-object';
import type { PackageOfProgram } from '../package/program-packages';
import { folderOf, joinPath, ownFolderPaths, type ScriptFolders } from '../package/script-paths';
import { inRootPackage, packageFolders, type FolderCommand } from '../package/shell-folders';
import { githubRepository, PUBLISHES_TO_NPM, STAINLESS_PUBLISHING } from '../repository/release';
import { scriptCommands, workflowCommands } from './workflow-commands';

/** A call to what the migration removed. */
export interface RemovedCall {
  /** Where it is: the file and its line (`.github/workflows/publish-npm.yml:44`). */
  at: string;
  /** The command on that line, as written. */
  command: string;
  /** What it calls that is gone: `scripts/format`, `package.json script tsn`. */
  removed: string[];
  /** What sdkgen writes that does it now, and what to do (a sentence); null when it writes nothing in its place. */
  instead: string | null;
}

export interface CallInputs {
  /** The workflows and scripts the migrated repository has, with their final text. */
  files: Array<{ path: string; text: string }>;
  /** The files the migration removes, with their text (null: binary or unread). */
  removed: Map<string, string | null>;
  /** package.json's scripts before the migration and after it. */
  scriptsBefore: Record<string, string>;
  scriptsAfter: Record<string, string>;
  /** The package.json scripts kept from the owners' (their names): they call too. */
  ownersScripts: string[];
  /** The package.json written, to tell the line of each of the owners' scripts. */
  packageJson: string | null;
  /** The repository on GitHub (`owner/name`), where package.json names it. */
  repository: string | null;
  /** The workflow sdkgen releases and publishes with, when it writes one. */
  releaseWorkflow: string | null;
  /** The folders below the root that are packages of their own: a package manager run there runs theirs. */
  packages: string[];
}

/** The files whose commands are read: workflows and composite actions, and scripts (in a folder below too). */
export const CALLING_FILE = /^\.github\/(workflows\/[^/]+|actions\/.+\/action)\.ya?ml$|^(scripts|bin)\/.+$/;

const WORKFLOW = /\.ya?ml$/;

export function removedCalls(inputs: CallInputs): RemovedCall[] {
  const calls: RemovedCall[] = [];
  const removedScripts = new Set(
    Object.keys(inputs.scriptsBefore).filter((name) => !Object.hasOwn(inputs.scriptsAfter, name)),
  );
  const check = (at: string, command: string, dir: string, folders?: ScriptFolders) => {
    const gone: string[] = [];
    let instead: string | null = null;
    for (const reference of referencesIn(command, folders, dir)) {
      if (reference.kind === 'file') {
        const file = fileAt(reference, dir);
        if (file === null || !inputs.removed.has(file)) continue;
        gone.push(file);
        instead ??= insteadOfFile(file, inputs);
      } else if (inRootPackage(dir, inputs.packages) && removedScripts.has(reference.name)) {
        gone.push(`package.json script ${reference.name}`);
        instead ??= insteadOfScript(reference.name, inputs);
      }
    }
    // Stainless's build wrote dist/package.json and published from dist/; sdkgen's package is the root's.
    if (inputs.releaseWorkflow !== null && publishesFromDist(command, dir)) {
      gone.push(STAINLESS_DIST_PACKAGE);
      instead ??= publishedBy(inputs.releaseWorkflow);
    }
    // A command read in two folders (after a cd in a branch) is one call.
    const same = calls.find((call) => call.at === at && call.command === command.trim());
    if (same !== undefined) same.removed = [...new Set([...same.removed, ...gone])];
    else if (gone.length > 0) calls.push({ at, command: command.trim(), removed: [...new Set(gone)], instead });
  };
  for (const file of inputs.files) {
    const commands = WORKFLOW.test(file.path) ? workflowCommands(file.text, inputs.repository) : scriptCommands(file);
    for (const { line, text, dir, folders } of commands) check(`${file.path}:${line}`, text, dir, folders);
  }
  const lines = (inputs.packageJson ?? '').split('\n');
  for (const name of inputs.ownersScripts) {
    const command = inputs.scriptsAfter[name];
    if (typeof command !== 'string') continue;
    const line = lines.findIndex((l) => l.trimStart().startsWith(`${JSON.stringify(name)}:`)) + 1;
    check(`package.json${line > 0 ? `:${line}` : ''}`, command, '');
  }
  // By file, then line.
  const key = (call: RemovedCall) => /^(.*?)(?::(\d+))?$/.exec(call.at)!;
  return calls.sort((a, b) => {
    const [[, fa, la], [, fb, lb]] = [key(a), key(b)];
    return fa < fb ? -1 : fa > fb ? 1 : Number(la ?? 0) - Number(lb ?? 0);
  });
}

const STAINLESS_DIST_PACKAGE = "dist/package.json (Stainless's build wrote it; sdkgen's package is the root's)";

/** A publish command (`npm publish`, `pnpm publish`) run in dist/ or below. */
function publishesFromDist(command: string, dir: string): boolean {
  return /^dist(\/|$)/.test(dir) && PUBLISH_COMMAND.test(command);
}

/**
 * Whether a workflow publishes the package sdkgen builds: a publish command (or Stainless's bin/publish-npm) run
 * elsewhere than in dist/, where Stainless's build made the package that sdkgen's build does not. `staying` gives the
 * text of a script that stays after the migration (null: it goes; undefined: not known, so taken to publish): a call
 * to a publish script that goes publishes nothing any more (it is reported as a broken call), and one that stays
 * publishes as its own commands do.
 */
export function publishesPackage(
  workflow: string,
  packageJson: string | null,
  staying?: (path: string) => string | null | undefined,
): boolean {
  const repository = githubRepository(parseObject(packageJson ?? '')?.repository);
  return workflowCommands(workflow, repository).some((command) => commandPublishes(command, staying, new Set()));
}

function commandPublishes(
  { text, dir, folders }: FolderCommand,
  staying: ((path: string) => string | null | undefined) | undefined,
  seen: Set<string>,
): boolean {
  if (!PUBLISHES_TO_NPM.test(text)) return false;
  if (PUBLISH_COMMAND.test(text) || staying === undefined) return !publishesFromDist(text, dir);
  // Only through a script: the package is published where a script that stays publishes it.
  return referencesIn(text, folders, dir).some((reference) => {
    const file = reference.kind === 'file' ? fileAt(reference, dir) : null;
    const script = file === null || seen.has(file) ? null : staying(file);
    if (script === undefined) return true;
    if (file === null || script === null) return false;
    seen.add(file);
    return scriptCommands({ path: file, text: script }).some((inner) => commandPublishes(inner, staying, seen));
  });
}

/** A publish command itself (not a script that runs one). */
const PUBLISH_COMMAND = /\b(?:npm|yarn|pnpm)\s+publish\b/;

/** What sdkgen writes that does what a removed file did. */
function insteadOfFile(file: string, inputs: CallInputs): string | null {
  if (publishes(file, inputs.removed) && inputs.releaseWorkflow !== null) return publishedBy(inputs.releaseWorkflow);
  const name = /^(?:scripts|bin)\/([^/.]+)$/.exec(file)?.[1];
  return name !== undefined && Object.hasOwn(inputs.scriptsAfter, name)
    ? `sdkgen's \`npm run ${name}\` does this now: call it instead`
    : null;
}

/** What sdkgen writes that does what a removed package.json script did. */
function insteadOfScript(name: string, inputs: CallInputs): string | null {
  const command = inputs.scriptsBefore[name];
  const file = /(?:^|\s)(?:\.\/)?((?:scripts|bin)\/[\w.@-]+)/.exec(command)?.[1];
  return file !== undefined && publishes(file, inputs.removed) && inputs.releaseWorkflow !== null
    ? publishedBy(inputs.releaseWorkflow)
    : null;
}

const publishedBy = (workflow: string) =>
  `sdkgen's ${workflow} publishes each release to npm now (Stainless's publishing cannot publish sdkgen's build): ` +
  'remove this step, or the workflow if publishing is all it does';

/** Whether a removed file is Stainless's publishing, or runs it. */
function publishes(file: string, removed: Map<string, string | null>, seen = new Set<string>()): boolean {
  if (STAINLESS_PUBLISHING.some((pattern) => pattern.test(file))) return true;
  const text = removed.get(file);
  if (text == null || seen.has(file)) return false;
  seen.add(file);
  return (
    PUBLISHES_TO_NPM.test(text) || [...referencedFiles(file, text)].some((other) => publishes(other, removed, seen))
  );
}

/**
 * The files a script's text names, wherever it names them: of scripts/ and bin/ (a TypeScript script joining the path
 * too), and from its own folder (`"$(dirname "$0")/publish"`).
 */
function referencedFiles(path: string, text: string): Set<string> {
  const files = new Set<string>();
  const folders = { own: folderOf(path), variables: new Map<string, string>() };
  for (const reference of referencesIn(text, folders)) if (reference.kind === 'file') files.add(reference.path);
  for (const m of text.matchAll(/['"](scripts|bin)['"]\s*,\s*['"]([\w.@-]+)['"]/g)) files.add(`${m[1]}/${m[2]}`);
  return files;
}

/**
 * A file a command names: its path as written (from the folder the command runs in), or, where it is found from the
 * script's own folder (`"$(dirname "$0")/../mock"`), from the repository's root (`fromRoot`).
 */
type FileReference = { kind: 'file'; path: string; fromRoot?: true };
type Reference = FileReference | { kind: 'script'; name: string };

/** The repository path of a file a command running in `dir` names; null when it leaves the repository. */
const fileAt = (reference: FileReference, dir: string): string | null =>
  reference.fromRoot ? reference.path : joinPath(dir, reference.path);

/** A file of scripts/ or bin/. */
const STAINLESS_SCRIPT = /^(scripts|bin)\//;
/** A path to a file of scripts/ or bin/, as a command names it (`./scripts/test`, `bash bin/publish-npm`). */
const FILE_REFERENCE = /(?:^|[\s;&|('"=`])(?:\.\/)?((?:scripts|bin)\/[\w.@/-]*[\w@])/g;

export const MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
/** Flags that run a command in another package than the root's. */
const ELSEWHERE =
  /^(--prefix|-C|--dir|--cwd|--filter|-F|-w|--workspace|--workspaces|-ws|-r|--recursive|-g|--global)(=|$)/;
/** Commands of pnpm and Yarn that are not a script of the package's (`pnpm <script>` runs the script). */
export const BUILT_IN = new Set(
  (
    'add audit bin cache ci config create dedupe deploy dlx doctor env exec fetch global help i import info init ' +
    'install install-test licenses link list login logout ls npm outdated owner pack patch patch-commit plugin ' +
    'prune publish rebuild remove rm root server set setup store tag team unlink up update upgrade version ' +
    'versions view why workspace workspaces x'
  ).split(' '),
);

/** A path from the folder a command runs in (`./mock` after `cd scripts`, `../bin/x`), but for FILE_REFERENCE's. */
const RELATIVE_REFERENCE = /(?:^|[\s;&|('"=`])((?:\.\.\/)+[\w.@/-]*[\w@]|\.\/(?!(?:scripts|bin)\/)[\w.@/-]*[\w@])/g;

/**
 * The files of scripts/ and bin/ and the package.json scripts a command run in `dir` calls: by their path from the
 * root (`./scripts/mock`), or from `dir` (`./mock` in scripts/); in a script (`folders`), also the files it names
 * from its own folder (`"$(dirname "$0")/../x"`, `"${0%/*}/x"`, `"$SCRIPT_DIR/x"`).
 */
export function referencesIn(command: string, folders?: ScriptFolders, dir = ''): Reference[] {
  const references: Reference[] = [];
  for (const m of command.matchAll(FILE_REFERENCE)) references.push({ kind: 'file', path: m[1] });
  for (const m of command.matchAll(RELATIVE_REFERENCE)) {
    const path = joinPath(dir, m[1]);
    if (path !== null && STAINLESS_SCRIPT.test(path)) references.push({ kind: 'file', path, fromRoot: true });
  }
  if (folders !== undefined)
    for (const path of ownFolderPaths(command, folders)) references.push({ kind: 'file', path, fromRoot: true });
  for (const segment of command.split(/&&|\|\||[;|()\n]/)) {
    const words = segment.trim().split(/\s+/);
    // Past `env`, `time`, `exec` and variable assignments (`CI=1 npm test`).
    let at = 0;
    while (at < words.length && (/^[A-Za-z_]\w*=/.test(words[at]) || /^(env|time|exec)$/.test(words[at]))) at++;
    const manager = words[at];
    if (!MANAGERS.has(manager)) continue;
    const rest = words.slice(at + 1);
    // In another package, or fine without the script.
    if (rest.some((word) => ELSEWHERE.test(word) || word === '--if-present')) continue;
    const args = rest.filter((word) => !word.startsWith('-'));
    const name = scriptRun(manager, args);
    if (name !== null && /^[\w:.-]+$/.test(name)) references.push({ kind: 'script', name });
  }
  return references;
}

/** The package.json script a package manager's arguments run, or null. */
function scriptRun(manager: string, args: string[]): string | null {
  const [command, next] = args;
  if (command === undefined) return null;
  if (command === 'run' || command === 'run-script') return next ?? null;
  if (command === 'test' || command === 't') return 'test';
  if (manager === 'npm' || manager === 'bun') return null;
  return BUILT_IN.has(command) || command.includes('/') ? null : command;
}

/** The report's line of a removed call: where, what it runs, what is gone, what to do. */
export function removedCallReason(call: RemovedCall): string {
  const what = `runs \`${call.command}\`, which calls what the migration removed (${call.removed.join(', ')})`;
  return call.instead !== null
    ? `${what}: ${call.instead}`
    : `${what}, and sdkgen writes nothing in its place: remove the call, or bring what it calls back from git ` +
        '(the commit before the migration has it) as yours';
}

/**
 * removedCalls' inputs from a migration's plan: the repository's files (`current`) as the plan leaves them, what it
 * removes, package.json before and after; `releaseWorkflow`, sdkgen's release workflow where it publishes each
 * release.
 */
export function callInputs(
  current: Array<{ path: string; text: string | null }>,
  plan: {
    writes: Array<{ path: string; contents: string }>;
    removed: string[];
    packageJson: { kept: string[] } | null;
  },
  releaseWorkflow: string | null,
): CallInputs {
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  const removed = new Set(plan.removed);
  const texts = new Map<string, string | null>(current.map((f) => [f.path, f.text]));
  for (const [path, contents] of written) texts.set(path, contents);
  const files = [...texts]
    .filter(([path, text]) => text !== null && !removed.has(path) && CALLING_FILE.test(path))
    .map(([path, text]) => ({ path, text: text! }));
  const before = parseObject(current.find((f) => f.path === 'package.json')?.text ?? '');
  const after = parseObject(written.get('package.json') ?? '');
  return {
    files,
    removed: new Map(plan.removed.map((path) => [path, texts.get(path) ?? null])),
    scriptsBefore: scriptsOf(before),
    scriptsAfter: after === null ? scriptsOf(before) : scriptsOf(after),
    ownersScripts: (plan.packageJson?.kept ?? [])
      .filter((key) => key.startsWith('scripts.'))
      .map((key) => key.slice(8)),
    packageJson: written.get('package.json') ?? null,
    repository: githubRepository(before?.repository),
    releaseWorkflow,
    packages: packageFolders([...texts.keys()]),
  };
}

/** A program a script that stays (or one a call needs) runs, whose package is not found (package/program-packages.ts). */
export interface UnknownProgram {
  /** The script: `scripts/format:4`, `package.json script tsn`. */
  at: string;
  program: string;
}

/**
 * The package.json scripts of Stainless's sdkgen's package.json has not (`tsn`) that a workflow, script or package.json
 * script of the owners' staying runs (`yarn tsn scripts/seed.ts`, where scripts/seed.ts stays; `"e2e": "pnpm run
 * lint"`), with the packages each runs: kept, so that the call
 * keeps working. Only where everything the call and the script name stays, and the package of each program the script
 * runs is one package.json lists (`ts-node -r tsconfig-paths/register`: ts-node, tsconfig-paths; `tsc`: typescript);
 * else the call is reported (removedCalls), and a program whose package is not found is too (`unknown`).
 */
export function scriptsRunByOwners(inputs: {
  files: Array<{ path: string; text: string }>;
  /** The package.json scripts that stay as the owners' (theirs, or Stainless's kept for them): they call too. */
  ownersScripts: Record<string, string>;
  /** package.json's scripts, and those sdkgen's has. */
  scripts: Record<string, string>;
  generated: Record<string, string>;
  /** The packages package.json lists, and the one of those providing a program. */
  listed: ReadonlySet<string>;
  packageOf: PackageOfProgram;
  /** Whether a file is in the migrated repository. */
  stays: (path: string) => boolean;
  repository: string | null;
  /** The folders below the root that are packages of their own (packageFolders). */
  packages: string[];
}): { names: string[]; packages: string[]; unknown: UnknownProgram[] } {
  const names = new Set<string>();
  const packages = new Set<string>();
  const unknown = new Map<string, UnknownProgram>();
  const filesStay = (command: string, dir: string, folders?: ScriptFolders) =>
    referencesIn(command, folders, dir).every((r) => r.kind !== 'file' || inputs.stays(fileAt(r, dir) ?? ''));
  const commands: Array<Pick<FolderCommand, 'text' | 'dir' | 'folders'>> = [
    ...inputs.files.flatMap((file) =>
      WORKFLOW.test(file.path) ? workflowCommands(file.text, inputs.repository) : scriptCommands(file),
    ),
    ...Object.values(inputs.ownersScripts).map((text) => ({ text, dir: '' })),
  ];
  for (const { text, dir, folders } of commands) {
    if (!inRootPackage(dir, inputs.packages) || !filesStay(text, dir, folders)) continue;
    for (const reference of referencesIn(text)) {
      if (reference.kind !== 'script' || Object.hasOwn(inputs.generated, reference.name)) continue;
      const command = inputs.scripts[reference.name];
      const runs = command === undefined ? null : programsOf(command);
      if (runs === null || !filesStay(command, '')) continue;
      const provided = runs.programs.map((program) => ({ program, name: inputs.packageOf(program) }));
      const missing = provided.filter(({ name }) => name === null);
      for (const { program } of missing) {
        const at = `package.json script ${reference.name}`;
        unknown.set(`${at}\0${program}`, { at, program });
      }
      if (missing.length > 0 || !runs.modules.every((module) => inputs.listed.has(module))) continue;
      names.add(reference.name);
      for (const name of [...provided.map((p) => p.name!), ...runs.modules]) packages.add(name);
    }
  }
  return { names: [...names], packages: [...packages], unknown: [...unknown.values()] };
}

/** Programs a shell runs itself, which need no package. */
const SHELL_PROGRAMS = new Set(['node', 'bash', 'sh', 'echo', 'true', 'exit', 'cd', 'rm', 'mkdir', 'cp', 'mv']);

/**
 * The programs a script's command runs by name, and the modules it preloads (`-r tsconfig-paths/register`: their
 * packages); null when it runs something else (a file, a package manager, npx).
 */
function programsOf(command: string): { programs: string[]; modules: string[] } | null {
  const programs: string[] = [];
  const modules: string[] = [];
  for (const segment of command.split(/&&|\|\||[;|]/)) {
    const words = segment.trim().split(/\s+/).filter(Boolean);
    let at = 0;
    while (at < words.length && /^[A-Za-z_]\w*=/.test(words[at])) at++;
    const program = words[at];
    if (program === undefined) continue;
    if (!/^[@a-z0-9][\w.@/-]*$/.test(program) || MANAGERS.has(program) || program === 'npx') return null;
    if (program.includes('/') && !program.startsWith('@')) return null;
    if (!SHELL_PROGRAMS.has(program)) programs.push(program);
    for (let i = at + 1; i < words.length - 1; i++)
      if (words[i] === '-r' || words[i] === '--require') {
        const module = words[i + 1];
        if (module.startsWith('.')) continue;
        modules.push(module.startsWith('@') ? module.split('/').slice(0, 2).join('/') : module.split('/')[0]);
      }
  }
  return { programs, modules };
}

/** scriptsRunByOwners' inputs, once the plan knows which files stay (`renderedPaths`: sdkgen's). */
export function ownersCallers(
  current: Array<{ path: string; text: string | null }>,
  plan: { kept: string[]; keptRepositoryFiles: string[]; keptCalledScripts: string[]; removed: string[] },
  generatedPackageJson: string,
  packages: { listed: ReadonlySet<string>; packageOf: PackageOfProgram; ownersScripts: Record<string, string> },
  renderedPaths: ReadonlySet<string>,
): Parameters<typeof scriptsRunByOwners>[0] {
  const staying = new Set([...plan.kept, ...plan.keptRepositoryFiles, ...plan.keptCalledScripts]);
  const removed = new Set(plan.removed);
  const known = new Set(current.map((f) => f.path));
  const packageJson = parseObject(current.find((f) => f.path === 'package.json')?.text ?? '');
  return {
    files: current
      .filter((f) => f.text !== null && staying.has(f.path) && CALLING_FILE.test(f.path))
      .map((f) => ({ path: f.path, text: f.text! })),
    scripts: scriptsOf(packageJson),
    generated: scriptsOf(parseObject(generatedPackageJson)),
    ...packages,
    stays: (path) => renderedPaths.has(path) || (known.has(path) && !removed.has(path)),
    repository: githubRepository(packageJson?.repository),
    packages: packageFolders([...known]),
  };
}

/**
 * Of `edited` (Stainless's scripts the owners edited, that would go, with their text), those a workflow or script
 * staying calls (`staying`: the paths that do), or a package.json script of the owners' (one Stainless's package.json
 * had not, or had otherwise), or one of those kept in turn: their working pipeline. So too one a package.json script
 * of Stainless's runs that sdkgen's package.json has not (`format: ./scripts/format`): the owners run it, and their
 * edit shows they do; that package.json script stays with it (`packageScripts`), where every other file it names
 * stays too (`goes`: those the migration removes): else it would fail where it runs (a `prepare` script, on install).
 */
export function editedScriptsCalled(
  current: Array<{ path: string; text: string | null }>,
  staying: ReadonlySet<string>,
  goes: ReadonlySet<string>,
  edited: ReadonlyMap<string, string>,
  packageJsons: { stainless: string | null; generated: string | null },
): { files: string[]; packageScripts: Record<string, string> } {
  const packageJson = parseObject(current.find((f) => f.path === 'package.json')?.text ?? '');
  const stainlessScripts = scriptsOf(parseObject(packageJsons.stainless ?? ''));
  const generatedScripts = scriptsOf(parseObject(packageJsons.generated ?? ''));
  const repository = githubRepository(packageJson?.repository);
  const kept = new Set<string>();
  const packageScripts: Record<string, string> = {};
  const queue = current
    .filter((f) => staying.has(f.path) && CALLING_FILE.test(f.path) && f.text !== null)
    .map((f) => ({ path: f.path, text: f.text! }));
  /** Keeps the edited scripts a command calls; whether it calls one. */
  const call = (command: string, dir: string, folders?: ScriptFolders): boolean => {
    let calls = false;
    for (const reference of referencesIn(command, folders, dir)) {
      const file = reference.kind === 'file' ? fileAt(reference, dir) : null;
      if (file === null || !edited.has(file)) continue;
      calls = true;
      if (kept.has(file)) continue;
      kept.add(file);
      queue.push({ path: file, text: edited.get(file)! });
    }
    return calls;
  };
  const filesStay = (command: string) =>
    referencesIn(command).every((r) => {
      const file = r.kind === 'file' ? joinPath('', r.path) : null;
      return file === null || edited.has(file) || !goes.has(file);
    });
  for (const [name, command] of Object.entries(scriptsOf(packageJson))) {
    if (stainlessScripts[name] !== command) call(command, '');
    else if (!Object.hasOwn(generatedScripts, name) && filesStay(command) && call(command, ''))
      packageScripts[name] = command;
  }
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const commands = WORKFLOW.test(file.path) ? workflowCommands(file.text, repository) : scriptCommands(file);
    for (const { text, dir, folders } of commands) call(text, dir, folders);
  }
  return { files: [...kept].sort(), packageScripts };
}

/** The scripts of a package.json (parsed), those whose command is a string. */
export function scriptsOf(json: Record<string, unknown> | null): Record<string, string> {
  return Object.fromEntries(
    Object.entries(isObject(json?.scripts) ? json.scripts : {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
