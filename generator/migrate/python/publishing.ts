/**
 * Stainless's PyPI publishing after a move to sdkgen, as the TypeScript move treats its npm publishing
 * (`STAINLESS_PUBLISHING`, `STAINLESS_RELEASE_DOCTOR` in repository/release.ts): sdkgen's `.github/workflows/release.yml`
 * makes the release and publishes it, so Stainless's `publish-pypi.yml` (run on a published release, or by hand) and the
 * `bin/publish-pypi` it runs (`rye build`, `rye publish`) are a second way to publish the same version, and its release
 * doctor (`release-doctor.yml`, `bin/check-release-environment`) checks a secret for that way. They go, each pair
 * together (git keeps them), where sdkgen writes the release workflow, Stainless wrote the pair, the owners edited
 * neither beyond its spacing, and nothing else that stays runs either. sdkgen's release workflow then publishes with the
 * token Stainless's workflow read (`secrets.RUNWAYML_PYPI_TOKEN || secrets.PYPI_TOKEN`).
 */
import type { MigrationPlan } from '../migration-plan';
import { editedBeyondSpacing } from '../repository/release';
import type { RepoFile } from '../repository/stainless-repo';

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
  if (base === null || release < 0 || byPath.has(RELEASE_WORKFLOW)) return;
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
  // A workflow that stays and publishes the package to PyPI as well is a second publisher beside sdkgen's.
  for (const f of current) {
    const stays = staying.has(f.path) || plan.kept.includes(f.path);
    if (goes.has(f.path) || !stays || !WORKFLOW.test(f.path) || f.text === null) continue;
    if (PUBLISHES_TO_PYPI.test(f.text))
      plan.needsHand.push({
        path: f.path,
        reason:
          `publishes the package to PyPI, as sdkgen's ${RELEASE_WORKFLOW} does now: keep one (two would publish each ` +
          'release twice, and a release made with the workflow token does not start the other)',
      });
  }
  if (goes.size === 0) return;
  plan.keptRepositoryFiles = plan.keptRepositoryFiles.filter((path) => !goes.has(path));
  plan.keptCalledScripts = plan.keptCalledScripts.filter((path) => !goes.has(path));
  plan.removed.push(...goes);
  // sdkgen's release workflow reads the secret Stainless's publishing read, where that one went.
  const token = goes.has(PUBLISH_PYPI) ? PYPI_TOKEN.exec(byPath.get(PUBLISH_PYPI)?.text ?? '')?.[1] : undefined;
  const workflow = plan.writes[release]!.contents;
  if (token !== undefined && PASSWORD.test(workflow))
    plan.writes[release] = {
      path: RELEASE_WORKFLOW,
      contents: workflow.replace(PASSWORD, (_line, key: string) => `${key}${token}`),
    };
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
/** A step publishing the repository's package to PyPI: Stainless's script, or Rye's or uv's publish at the root. */
const PUBLISHES_TO_PYPI =
  /(^|[\s"'/])bin\/publish-pypi($|[\s"';])|\brye\s+publish\b|\buv\s+publish\b(?![^\n]*--directory)/m;

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
