/**
 * sdkgen's workflows (release.yml, ci.yml, sdkgen-update.yml) pinned as the repository pins its actions. Where every action of the owners' workflows that stay
 * is pinned to a commit (Renovate's `uses: actions/checkout@<sha> # v6.0.2`, or Stainless's 2026 template, which pins
 * each action of its `ci.yml`), each action of sdkgen's workflow is pinned too: to the commit theirs pin it to, where
 * they use it, or else to the commit its tag points at in the table below (taken from real repositories' workflows).
 * Only an action in neither is left unpinned, for a person (or Renovate) to pin.
 */

/** A commit an action's tag (as sdkgen's templates name it) is known to point at, and that commit's release. */
export interface ActionPin {
  action: string;
  /** The ref sdkgen's templates use: `v4`, `release/v1`. */
  ref: string;
  sha: string;
  /** The release the commit is, written after the pin as `# v4.4.1`. */
  version: string;
}

/**
 * The actions sdkgen's workflows use (TypeScript's release, CI and sdkgen-update; Python's release and CI), each at the
 * commit repositories that pin it at the same major use (`git grep` over the mirrored repositories' workflows).
 */
export const KNOWN_ACTION_PINS: readonly ActionPin[] = [
  { action: 'actions/checkout', ref: 'v4', sha: '34e114876b0b11c390a56381ad16ebd13914f8d5', version: 'v4.3.1' },
  { action: 'actions/setup-node', ref: 'v4', sha: '49933ea5288caeca8642d1e84afbd3f7d6820020', version: 'v4.4.0' },
  { action: 'actions/setup-python', ref: 'v5', sha: 'f677139bbe7f9c59b41e40162b753c062f5d49a3', version: 'v5.2.0' },
  {
    action: 'googleapis/release-please-action',
    ref: 'v4',
    sha: '5c625bfb5d1ff62eadeeb3772007f7f66fdcf071',
    version: 'v4.4.1',
  },
  {
    action: 'pypa/gh-action-pypi-publish',
    ref: 'release/v1',
    sha: 'cef221092ed1bacb1cc03d23a2d87d1d172e277b',
    version: 'v1.14.0',
  },
];

/** `uses: owner/repo[/path]@ref` of a workflow: the action and its ref (a local action or a Docker image is none). */
const USES =
  /^([ \t]*(?:-[ \t]+)?uses:[ \t]*)["']?([\w.-]+\/[\w.-]+(?:\/[^@\s"']*)?)@([^\s"'#]+)["']?([ \t]*#[^\n]*)?$/gm;
const SHA = /^[0-9a-f]{40}$/;

/**
 * `ours` with each action pinned where the owners' workflows (`theirs`) pin every action they use: to their commit
 * for an action they use, else to the known commit of its tag; `unpinned`: the actions left on a tag (`action@ref`).
 * Where theirs pin nothing, or not every action, `ours` as it is.
 */
export function pinnedAsRepository(
  ours: string,
  theirs: ReadonlyArray<{ text: string | null }>,
  known: readonly ActionPin[] = KNOWN_ACTION_PINS,
): { workflow: string; unpinned: string[] } {
  const uses = theirs.flatMap((f) =>
    [...(f.text ?? '').matchAll(USES)].map((m) => ({ action: m[2]!, ref: m[3]!, note: m[4] })),
  );
  if (uses.length === 0 || !uses.every((use) => SHA.test(use.ref))) return { workflow: ours, unpinned: [] };
  const pins = new Map<string, string>();
  for (const use of uses)
    if (!pins.has(use.action)) pins.set(use.action, `${use.ref}${use.note === undefined ? '' : use.note.trimEnd()}`);
  const unpinned = new Set<string>();
  const workflow = ours.replace(USES, (line, lead: string, action: string, ref: string) => {
    if (SHA.test(ref)) return line;
    const table = known.find((pin) => pin.action === action && pin.ref === ref);
    const pin = pins.get(action) ?? (table && `${table.sha} # ${table.version}`);
    if (pin === undefined) {
      unpinned.add(`${action}@${ref}`);
      return line;
    }
    return `${lead}${action}@${pin}`;
  });
  return { workflow, unpinned: [...unpinned] };
}

/** What a person is asked where `unpinned` actions of sdkgen's workflow at `path` are left on their tags. */
export function unpinnedForHand(path: string, unpinned: string[]): Array<{ path: string; reason: string }> {
  if (unpinned.length === 0) return [];
  return [
    {
      path,
      reason:
        "sdkgen's, beside your workflows, which pin each action to a commit: it takes your pins of the actions you " +
        `use and the known commits of the others; pin ${unpinned.join(', ')} too (no workflow of yours pins ` +
        'them and sdkgen knows no commit for them)',
    },
  ];
}

/**
 * sdkgen's workflows among `writes` (each at a workflow path, `isWorkflow`, but `except`'s: release.yml, settled on
 * its own) pinned in place as pinnedAsRepository pins them beside `theirs`; what a person is asked for the actions
 * left on their tags.
 */
export function pinWorkflowWrites(
  writes: Array<{ path: string; contents: string }>,
  theirs: ReadonlyArray<{ text: string | null }>,
  isWorkflow: (path: string) => boolean,
  except: ReadonlySet<string>,
): Array<{ path: string; reason: string }> {
  return writes.flatMap((write, i) => {
    if (!isWorkflow(write.path) || except.has(write.path)) return [];
    const pinned = pinnedAsRepository(write.contents, theirs);
    writes[i] = { path: write.path, contents: pinned.workflow };
    return unpinnedForHand(write.path, pinned.unpinned);
  });
}
