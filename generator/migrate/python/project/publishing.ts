/**
 * Stainless's PyPI publishing after a move to sdkgen, as the TypeScript move treats its npm publishing
 * (`STAINLESS_PUBLISHING`, `STAINLESS_RELEASE_DOCTOR` in repository/release.ts): sdkgen's `.github/workflows/release.yml`
 * makes the release and publishes it, so Stainless's `publish-pypi.yml` (run on a published release, or by hand) and the
 * `bin/publish-pypi` it runs (`rye build`, `rye publish`) are a second way to publish the same version, and its release
 * doctor (`release-doctor.yml`, `bin/check-release-environment`) checks a secret for that way. They go, each pair
 * together (git keeps them), where sdkgen writes the release workflow, Stainless wrote the pair, the owners edited
 * neither beyond its spacing, and nothing else that stays runs either. sdkgen's release workflow then publishes with the
 * token Stainless's workflow read (`secrets.RUNWAYML_PYPI_TOKEN || secrets.PYPI_TOKEN`), beside the owners' workflows
 * that stay (release-beside.ts: their release-please makes the releases; a second publisher to PyPI is a step for a
 * person; their pins of actions to commits are taken, action-pins.ts).
 */
import type { MigrationPlan } from '../../migration-plan';
import { editedBeyondSpacing } from '../../repository/release';
import type { RepoFile } from '../../repository/checkout-files';
import { pinnedAsRepository, pinWorkflowWrites, unpinnedForHand } from '../../repository/action-pins';
import { pythonReleaseBeside, renovatePinsActions, RENOVATE_CONFIGS } from './release-beside';

/** sdkgen's release workflow. */
export const RELEASE_WORKFLOW = '.github/workflows/release.yml';
/** Stainless's PyPI publishing workflow. */
export const PUBLISH_PYPI = '.github/workflows/publish-pypi.yml';

/** Stainless's files that go together: its publishing, and its release doctor. */
const GROUPS: ReadonlyArray<{ paths: string[]; what: string }> = [
  {
    paths: [PUBLISH_PYPI, 'bin/publish-pypi'],
    what:
      "Stainless's PyPI publishing (`publish-pypi.yml` and the `bin/publish-pypi` it runs): sdkgen's " +
      '`.github/workflows/release.yml` builds and publishes each release',
  },
  {
    paths: ['.github/workflows/release-doctor.yml', 'bin/check-release-environment'],
    what:
      "Stainless's release doctor (`release-doctor.yml` and `bin/check-release-environment`), which checked the " +
      "secret Stainless's publishing read",
  },
];

/** `PYPI_TOKEN: ${{ secrets.A || secrets.B }}` of Stainless's publish workflow: the expression, secrets alone. */
const PYPI_TOKEN = /^\s*PYPI_TOKEN:\s*(\$\{\{\s*secrets\.[A-Za-z_]\w*(?:\s*\|\|\s*secrets\.[A-Za-z_]\w*)*\s*\}\})\s*$/m;
/** The publish step's token in sdkgen's release workflow (the template's form). */
const PASSWORD = /^(\s*password:\s*)\$\{\{[^}\n]*\}\}\s*$/m;

/**
 * `plan` with Stainless's publishing and release doctor moved from what stays to what goes, where they go; sdkgen's
 * release workflow (in `plan.writes`) with the token Stainless's publishing read. `current`: the repository's files;
 * `base`: Stainless's output (null: unknown, nothing goes).
 */
export function withoutStainlessPublishing(
  plan: MigrationPlan,
  current: RepoFile[],
  base: { blobs: Map<string, string>; texts: Map<string, string> } | null,
): void {
  const byPath = new Map(current.map((f) => [f.path, f]));
  const release = plan.writes.findIndex((f) => f.path === RELEASE_WORKFLOW);
  // sdkgen writes the release workflow only where the repository has none of its own.
  if (release < 0 || byPath.has(RELEASE_WORKFLOW))
    return pinOtherWorkflows(plan, stayingWorkflows(plan, current), byPath);
  const staying = new Set([...plan.keptRepositoryFiles, ...plan.keptCalledScripts]);
  const stayingTexts = (except: string[]) =>
    [
      ...plan.writes.map((f) => ({ path: f.path, text: f.contents as string | null })),
      ...[...plan.kept, ...plan.keptRepositoryFiles, ...plan.keptCalledScripts].map((path) => ({
        path,
        text: byPath.get(path)?.text ?? null,
      })),
    ].filter((f) => !except.includes(f.path) && f.text !== null && !/\.(md|markdown|rst|txt)$/i.test(f.path));
  const goes = new Set<string>();
  for (const group of GROUPS) {
    if (base === null) break;
    const files = group.paths.map((path) => byPath.get(path)).filter((f): f is RepoFile => f !== undefined);
    if (files.length === 0 || !files.every((f) => staying.has(f.path) && base.blobs.has(f.path))) continue;
    if (files.some((f) => editedBeyondFormatting(f, base))) continue;
    // A workflow or script of theirs that runs one of them keeps the pair.
    const others = stayingTexts(group.paths);
    if (files.some((f) => others.some((other) => namesFile(other.text!, f.path)))) continue;
    // So does a workflow of theirs started when one of them has run (`workflow_run: workflows: ["Publish PyPI"]`).
    const names = files.map((f) => workflowName(f.text)).filter((name): name is string => name !== null);
    if (others.some((other) => names.some((name) => runsAfter(other.text!, name)))) continue;
    for (const f of files) goes.add(f.path);
    plan.removedExtras.push({ option: null, what: group.what, paths: files.map((f) => f.path) });
  }
  if (goes.size > 0) {
    plan.keptRepositoryFiles = plan.keptRepositoryFiles.filter((path) => !goes.has(path));
    plan.keptCalledScripts = plan.keptCalledScripts.filter((path) => !goes.has(path));
    plan.removed.push(...goes);
  }
  // sdkgen's release workflow reads the secret Stainless's publishing read, where that one went.
  const token = goes.has(PUBLISH_PYPI) ? PYPI_TOKEN.exec(byPath.get(PUBLISH_PYPI)?.text ?? '')?.[1] : undefined;
  let workflow = plan.writes[release]!.contents;
  if (token !== undefined && PASSWORD.test(workflow))
    workflow = workflow.replace(PASSWORD, (_line, key: string) => `${key}${token}`);
  // The workflows that stay (theirs, and Stainless's they edited): ours beside those that release or publish.
  const theirs = stayingWorkflows(plan, current);
  const settled = pythonReleaseBeside(workflow, theirs, RELEASE_WORKFLOW);
  workflow = settled.workflow ?? workflow;
  plan.releaseBeside = settled.beside;
  plan.needsHand.push(...settled.needsHand);
  // Its actions pinned to the commits theirs are pinned to (or else to their tags' known commits), where they pin every
  // action.
  const pinned = pinnedAsRepository(workflow, theirs);
  workflow = pinned.workflow;
  if (!renovatePinsActions(renovateConfig(byPath)))
    plan.needsHand.push(...unpinnedForHand(RELEASE_WORKFLOW, pinned.unpinned));
  plan.writes[release] = { path: RELEASE_WORKFLOW, contents: workflow };
  pinOtherWorkflows(plan, theirs, byPath);
}

/**
 * The repository's workflows that stay (theirs, and Stainless's they edited), once Stainless's publishing that goes has
 * left `plan.keptRepositoryFiles`/`plan.keptCalledScripts`.
 */
function stayingWorkflows(plan: MigrationPlan, current: RepoFile[]): Array<{ path: string; text: string }> {
  const staying = new Set([...plan.keptRepositoryFiles, ...plan.keptCalledScripts, ...plan.kept]);
  const gone = new Set(plan.removed);
  return current
    .filter((f) => staying.has(f.path) && !gone.has(f.path))
    .filter((f): f is RepoFile & { text: string } => WORKFLOW.test(f.path) && f.text !== null)
    .map((f) => ({ path: f.path, text: f.text }));
}

/**
 * sdkgen's other workflows (ci.yml, sdkgen-update.yml) pinned as its release.yml is, where `theirs` pin every action:
 * also where the repository releases with a release.yml of its own. An action left on its tag is for a person unless
 * Renovate pins the repository's actions.
 */
function pinOtherWorkflows(
  plan: MigrationPlan,
  theirs: Array<{ path: string; text: string }>,
  byPath: Map<string, RepoFile>,
) {
  const except = new Set([RELEASE_WORKFLOW, ...theirs.map((f) => f.path)]);
  const unpinned = pinWorkflowWrites(plan.writes, theirs, (path) => WORKFLOW.test(path), except);
  if (!renovatePinsActions(renovateConfig(byPath))) plan.needsHand.push(...unpinned);
}

/** The repository's Renovate config, or null. */
function renovateConfig(byPath: Map<string, RepoFile>): string | null {
  return RENOVATE_CONFIGS.map((path) => byPath.get(path)?.text ?? null).find((text) => text !== null) ?? null;
}

/**
 * Whether the owners edited a file of Stainless's beyond its spacing and, in a workflow, the quotes of its plain
 * strings (`'0.44.0'` as `"0.44.0"`, a formatter's): either way the workflow does what Stainless's did.
 */
function editedBeyondFormatting(file: RepoFile, base: { blobs: Map<string, string>; texts: Map<string, string> }) {
  if (!editedBeyondSpacing(file, base)) return false;
  const pristine = base.texts.get(file.path);
  if (!WORKFLOW.test(file.path) || pristine === undefined || file.text === null) return true;
  const unquoted = (text: string) => text.replace(/(["'])([^"'\\\n]*)\1/g, '"$2"');
  return editedBeyondSpacing(
    { ...file, text: unquoted(file.text) },
    { ...base, texts: new Map([[file.path, unquoted(pristine)]]) },
  );
}

/** A GitHub Actions workflow of the repository. */
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;

/** A workflow's `name:` (unquoted), or null. */
function workflowName(text: string | null): string | null {
  const match = text === null ? null : /^name:\s*(.+?)\s*$/m.exec(text);
  return match ? match[1]!.replace(/^(["'])(.*)\1$/, '$2') : null;
}

/** Whether a workflow starts when the workflow named `name` has run: `workflow_run`'s `workflows:`, inline or listed. */
function runsAfter(text: string, name: string): boolean {
  if (!/^\s*workflow_run:/m.test(text)) return false;
  const listed = /^([ \t]*)workflows:[ \t]*(\[[^\]\n]*\]|[^\s#][^\n]*)?\n?((?:\1[ \t]*-[ \t]*[^\n]*\n?)*)/m.exec(text);
  if (!listed) return false;
  const items = [
    ...(listed[2] ?? '').replace(/^\[|\]$/g, '').split(','),
    ...listed[3]!.split('\n').map((line) => line.replace(/^\s*-\s*/, '').replace(/\s+#.*$/, '')),
  ];
  return items.map((item) => item.trim().replace(/^(["'])(.*)\1$/, '$2')).includes(name);
}

/** Whether `text` names `file`: its path, as a word of its own (`bash ./bin/publish-pypi`). */
function namesFile(text: string, file: string): boolean {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[\\s"'=/.])${escaped}($|[\\s"';])`, 'm').test(text);
}
