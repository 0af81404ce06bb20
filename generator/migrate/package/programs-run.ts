/**
 * The packages package.json lists that the repository's workflows, scripts and package.json scripts run by their
 * programs, wherever those stay after the move: a script of Stainless's the owners edited, a workflow or script of
 * their own (`npx prettier --check .`, `yarn tsc --noEmit`, `./node_modules/.bin/eslint`), a package.json script of
 * theirs. Each keeps the package of its bins (package/program-packages.ts), so that it keeps working. A program run from
 * node_modules (`./node_modules/.bin/x`, `pnpm exec x`, `yarn x` where no package.json script has that name) whose
 * package is found nowhere is reported, never guessed; one run by name alone may be the system's (`curl`), and `npx`
 * fetches one. Pure helpers of plan.ts.
 */
import { isObject, parseObject } from '../json-object';
import type { PackageOfProgram } from './program-packages';
import { githubRepository } from '../repository/release';
import { BUILT_IN, MANAGERS, scriptsOf, type UnknownProgram } from '../owners/removed-calls';
import { scriptCommands, workflowCommands } from '../owners/workflow-commands';
import { joinPath, markedPath, withFolders } from './script-paths';
import { inRootPackage, packageFolders, piecesOf } from './shell-folders';

/** What tells a command's programs apart in a repository. */
export interface RunContext {
  /** The repository on GitHub (`owner/name`): a workflow's steps for another one are not read. */
  repository: string | null;
  /** The package.json scripts before the move and after it: `yarn <name>` runs one of those, else a bin. */
  scripts: ReadonlySet<string>;
  /** The folders below the root that are packages of their own (a package.json of theirs): they run theirs. */
  packages: readonly string[];
}

const WORKFLOW = /\.ya?ml$/;

/**
 * The packages package.json lists that the workflows and scripts `files`, and the package.json scripts
 * `packageScripts` (by name), run by their programs (`./node_modules/.bin/prettier`,
 * `"$(dirname "$0")/../node_modules/.bin/prettier"`, `npx prettier`, `prettier`, `tsc`: typescript), with the programs
 * run from node_modules whose package is not found (`unknown`). A command run in a folder that is a package of its
 * own runs that package's.
 */
export function packagesRunBy(
  files: Array<{ path: string; text: string }>,
  packageScripts: Record<string, string>,
  packageOf: PackageOfProgram,
  context: RunContext,
): { packages: string[]; unknown: UnknownProgram[] } {
  const packages = new Set<string>();
  const unknown = new Map<string, UnknownProgram>();
  const commands = [
    ...files.flatMap((file) =>
      (WORKFLOW.test(file.path) ? workflowCommands(file.text, context.repository) : scriptCommands(file))
        .filter((c) => inRootPackage(c.dir, context.packages))
        .map((c) => ({
          at: `${file.path}:${c.line}`,
          text: c.folders === undefined ? c.text : withFolders(c.text, c.folders),
          dir: c.dir,
        })),
    ),
    ...Object.entries(packageScripts).map(([name, text]) => ({ at: `package.json script ${name}`, text, dir: '' })),
  ];
  for (const { at, text, dir } of commands)
    for (const piece of piecesOf(text, text.length)) {
      if (piece.kind !== 'command') continue;
      const run = programRun(text.slice(piece.start, piece.end), dir, context.scripts);
      if (run === null) continue;
      const name = packageOf(run.program);
      if (name !== null) packages.add(name);
      else if (run.installed) unknown.set(`${at}\0${run.program}`, { at, program: run.program });
    }
  return { packages: [...packages].sort(), unknown: [...unknown.values()] };
}

/**
 * The program a command run in `dir` runs, and whether it runs it from node_modules (`installed`: it fails where it
 * is not installed); null when it runs a file or nothing.
 */
function programRun(
  command: string,
  dir: string,
  scripts: ReadonlySet<string>,
): { program: string; installed: boolean } | null {
  const words = command.trim().split(/\s+/);
  let at = 0;
  while (at < words.length && (/^[A-Za-z_]\w*=/.test(words[at]) || /^(env|time|exec)$/.test(words[at]))) at++;
  const [first, second = ''] = [words[at] ?? '', words[at + 1]];
  // `npx`, `bunx`, `npm exec`, `pnpm dlx` and `bun x` fetch a package they do not find; `pnpm exec` and `yarn exec`
  // run one installed, and so do `yarn <bin>` and `pnpm <bin>`, where no package.json script has that name.
  let how: 'fetched' | 'installed' | 'plain' = 'plain';
  if (first === 'npx' || first === 'bunx') [how, at] = ['fetched', at + 1];
  else if (MANAGERS.has(first) && /^(dlx|x|exec)$/.test(second))
    [how, at] = [first === 'npm' || second !== 'exec' ? 'fetched' : 'installed', at + 2];
  else if (/^(pnpm|yarn)$/.test(first) && /^[\w@][\w.@/-]*$/.test(second) && !second.includes('/')) {
    if (BUILT_IN.has(second) || /^(run|run-script|test|t|exec)$/.test(second) || scripts.has(second)) return null;
    [how, at] = ['installed', at + 1];
  }
  while (at < words.length && words[at].startsWith('-')) at++;
  const word = (words[at] ?? '').replace(/^["']|["']$/g, '');
  // The path from the root: one from the script's own folder (withFolders marked it), else from `dir`; null above it.
  const marked = markedPath(words[at] ?? '').replace(/^["']|["']$/g, '');
  const fromRoot = marked !== word ? marked : joinPath(dir, word);
  const bin = /(?:^|\/)node_modules\/\.bin\/([^/]+)$/.exec(word)?.[1];
  if (bin !== undefined) {
    // The root's install (`./node_modules/.bin/x`; `../node_modules/.bin/x` from scripts/), or one above the
    // repository (a monorepo's); another folder's (`../oidc/node_modules/.bin/npm`) is another package's.
    const ours = fromRoot === null || fromRoot === `node_modules/.bin/${bin}`;
    return ours ? { program: bin, installed: true } : null;
  }
  if (word === '' || (how === 'plain' && word.includes('/'))) return null;
  return { program: word, installed: how === 'installed' };
}

/** The package.json scripts the owners added or changed: those Stainless's pristine package.json had not as they are. */
export function ownersPackageScripts(current: string, stainless: string | null): Record<string, string> {
  if (stainless === null) return {};
  const before = scriptsOf(parseObject(stainless));
  return Object.fromEntries(Object.entries(scriptsOf(parseObject(current))).filter(([name, c]) => before[name] !== c));
}

/** The context of a repository's commands, from its files and the package.json sdkgen writes. */
export function runContext(
  current: ReadonlyArray<{ path: string; text: string | null }>,
  generatedPackageJson: string,
): RunContext {
  const packageJson = parseObject(current.find((f) => f.path === 'package.json')?.text ?? '');
  const scripts = [packageJson, parseObject(generatedPackageJson)].flatMap((json) =>
    Object.keys(isObject(json?.scripts) ? json.scripts : {}),
  );
  return {
    repository: githubRepository(packageJson?.repository),
    scripts: new Set(scripts),
    packages: packageFolders(current.map((f) => f.path)),
  };
}
