/**
 * sdkgen's Python release workflow (`.github/workflows/release.yml`: release-please, then a build published to PyPI)
 * beside the repository's own workflows that stay, as the TypeScript move sets it beside theirs
 * (repository/release.ts, `releaseBeside`):
 * - where theirs run release-please, ours leaves the releases to them: its publish job runs on a published release (or
 *   by hand), and only by hand where theirs publish to PyPI too; each release is made once and published once;
 * - where theirs only publish to PyPI (Rye's or uv's publish, Stainless's `bin/publish-pypi`, `twine upload`,
 *   `pypa/gh-action-pypi-publish`), ours makes the releases and starts theirs to publish each one, where there is one
 *   that can be started (`workflow_dispatch`); otherwise two workflows would publish each release: a person keeps one;
 * - where the owners pin their workflows' actions to commits (Renovate's `uses: actions/checkout@<sha> # v6.0.2`),
 *   ours takes their pin of each action it uses too; the others are left for a person, unless Renovate pins the
 *   repository's action digests (`helpers:pinGitHubActionDigests…`), which it then does on its own.
 */
import { pinnedAsRepository } from '../../repository/action-pins';
import { releaseWorkflowBeside, RUNS_RELEASE_PLEASE } from '../../repository/release';
import { dispatchingPublisher, type Workflow } from '../../repository/release-dispatch';

/** A step publishing a package to PyPI: Stainless's script, Rye's or uv's publish, twine's upload, PyPA's action. */
const PUBLISH_STEP =
  /(^|[\s"'/])bin\/publish-pypi($|[\s"';])|\brye\s+publish\b|\buv\s+publish\b|\btwine\s+upload\b|\bpypa\/gh-action-pypi-publish@/m;

/**
 * Whether a workflow publishes the repository's own package to PyPI: a publishing step not run in another folder
 * (`working-directory: reducto-shim`, `uv publish --directory …`, PyPA's `packages-dir: other/dist`, `twine upload
 * other/dist/*`): a package of another folder (an alias package) is no second publisher of this one.
 */
export function publishesToPyPI(workflow: string): boolean {
  return stepsOf(workflow).some((step) => PUBLISH_STEP.test(step) && !inAnotherFolder(step));
}

/** The workflow's steps (`- …` items of a `steps:` list), each as its text; the whole workflow when it has none. */
function stepsOf(workflow: string): string[] {
  const lines = workflow.split('\n');
  const steps: string[] = [];
  let indent = -1;
  let current: string[] | null = null;
  const close = () => {
    if (current !== null) steps.push(current.join('\n'));
    current = null;
  };
  for (const line of lines) {
    const at = line.length - line.trimStart().length;
    if (/^\s*steps:\s*$/.test(line)) {
      close();
      indent = -1;
      continue;
    }
    const item = /^(\s*)-\s/.exec(line);
    if (item && (indent < 0 || item[1].length === indent)) {
      close();
      indent = item[1].length;
      current = [line];
    } else if (current !== null && (line.trim() === '' || at > indent)) current.push(line);
    else close();
  }
  close();
  return steps.length > 0 ? steps : [workflow];
}

/** Whether a publishing step runs for another folder than the repository's root. */
function inAnotherFolder(step: string): boolean {
  const folder = /^\s*working-directory:\s*["']?([^"'\s#]+)/m.exec(step)?.[1];
  if (folder !== undefined && !/^\.?\/?$/.test(folder)) return true;
  if (/\buv\s+publish\b[^\n]*--directory/.test(step)) return true;
  const packagesDir = /^\s*packages[-_]dir:\s*["']?([^"'\s#]+)/m.exec(step)?.[1];
  if (packagesDir !== undefined && !/^(\.\/)?dist\/?$/.test(packagesDir)) return true;
  const uploaded = /\btwine\s+upload\b([^\n]*)/.exec(step)?.[1] ?? '';
  const paths = uploaded.split(/\s+/).filter((word) => word !== '' && !word.startsWith('-') && !word.startsWith('$'));
  return paths.length > 0 && paths.every((p) => !/^(\.\/)?dist\//.test(p));
}

/**
 * sdkgen's release workflow `ours` beside `theirs` (the repository's workflows that stay, sdkgen's path left out):
 * the workflow to write (null: ours as it is), who makes the releases, and what is left for a person.
 */
export function pythonReleaseBeside(
  ours: string,
  theirs: Workflow[],
  path: string,
): {
  workflow: string | null;
  beside: { theirs: string[]; publishes: boolean } | null;
  needsHand: Array<{ path: string; reason: string }>;
} {
  const releasing = theirs.filter((f) => RUNS_RELEASE_PLEASE.test(f.text)).map((f) => f.path);
  const publishing = theirs.filter((f) => publishesToPyPI(f.text)).map((f) => f.path);
  const publishes = publishing.length > 0;
  const beside = releasing.length > 0 ? releaseWorkflowBeside(ours, releasing, publishes) : null;
  if (beside !== null) {
    // (Its comment, in the words of PyPI: the first three lines releaseWorkflowBeside writes.)
    const comment = [
      `# sdkgen's release workflow. The releases are made by ${releasing.join(', ')} (release-please).`,
      publishes
        ? '# It publishes them to PyPI too: this runs only by hand, to publish a release again.'
        : "# This builds each one and publishes it to PyPI once it is published (as Stainless's publish workflow did), or by hand.",
    ];
    const workflow = [...comment, ...beside.split('\n').slice(3)].join('\n');
    return { workflow, beside: { theirs: releasing, publishes }, needsHand: [] };
  }
  // Theirs publish and nothing of theirs releases: ours makes the releases and starts theirs to publish each one.
  if (releasing.length === 0 && publishing.length === 1) {
    const publisher = theirs.find((f) => f.path === publishing[0])!;
    const dispatching = dispatchingTheirs(ours, publisher);
    if (dispatching !== null) return { workflow: dispatching, beside: null, needsHand: [] };
  }
  const needsHand = [...new Set([...releasing, ...publishing])].map((file) => ({
    path: file,
    reason: releasing.includes(file)
      ? `runs release-please, as sdkgen's ${path} does now: keep one (two would open two release pull requests)`
      : `publishes the package to PyPI, as sdkgen's ${path} does now: keep one (two would publish each release ` +
        'twice, and a release made with the workflow token does not start the other)',
  }));
  return { workflow: null, beside: null, needsHand };
}

/**
 * `ours` with its publish job starting `publisher` (theirs: Stainless's publish workflow they kept, or their own) for
 * each release it makes, in place of building and publishing the package itself: each release is then published once,
 * their way (their secrets, their steps), and what runs after their publishing (`workflow_run`) still runs
 * (repository/release-dispatch.ts, as the TypeScript move does). Null where theirs cannot be dispatched: a person
 * then keeps one publisher.
 */
export function dispatchingTheirs(ours: string, publisher: Workflow): string | null {
  return dispatchingPublisher(ours, publisher, [
    `# sdkgen's release workflow. It makes the releases (release-please); ${publisher.path} publishes each one to PyPI:`,
    "# this starts it for the release's tag (a release made with this workflow's token starts no workflow on its own).",
  ]);
}

/**
 * `ours` with each action pinned to the commit the owners' workflows (`theirs`) pin it to, where they pin every
 * action they use; `unpinned`: the actions of ours none of theirs pins (nothing to take a commit from). Migrate also
 * takes known commits of sdkgen's own actions: `pinnedAsRepository`.
 */
export function pinnedLikeTheirs(ours: string, theirs: Workflow[]): { workflow: string; unpinned: string[] } {
  return pinnedAsRepository(ours, theirs, []);
}

/** Whether the repository's Renovate config pins GitHub Actions to digests (it then pins a new workflow's too). */
export function renovatePinsActions(config: string | null): boolean {
  return config !== null && /helpers:pinGitHubActionDigests/.test(config);
}

/** Where Renovate's config may be. */
export const RENOVATE_CONFIGS = [
  'renovate.json',
  'renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.github/renovate.json',
  '.github/renovate.json5',
];
