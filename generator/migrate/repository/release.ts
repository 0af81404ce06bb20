/**
 * What runs a migrated repository rather than builds its SDK: its workflows (the Node they set up, the npm token its
 * publishing read), release-please's versions and extra files, and the name and version the package is published
 * under. Pure helpers of plan.ts.
 */
import { isObject, parseObject } from '../json-object';
import { printLike } from '../package/package-json';
import { pinnedAsRepository, unpinnedForHand } from './action-pins';
import { dispatchingPublisher } from './release-dispatch';

/** Whether a unified-diff hunk only writes `from` as `to` on the lines it changes. */
export function onlyRenames(hunk: string, from: string, to: string): boolean {
  const lines = hunk.split('\n');
  const removed = lines.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = lines.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  return (
    removed.length > 0 &&
    removed.length === added.length &&
    removed.every((line, i) => line.includes(from) && line.split(from).join(to) === added[i])
  );
}

/**
 * The jobs of a workflow that install the package's dependencies or run its scripts (`./scripts/bootstrap`,
 * `./scripts/test`, `npm test`…), where they set up a Node older than 20: the majors they name, and the workflow with
 * those jobs on Node 20 (a version list keeps its others; `'18'` → `'20'`, `18.x` → `20.x`). Vitest 4, which runs
 * sdkgen's tests, needs Node 20, and Yarn 1 refuses to install it on an older one, in whichever job installs. A job
 * that does neither (a release, a notification) keeps its Node.
 */
export function scriptJobsOnOldNode(workflow: string): { old: string[]; onNode20: string } {
  const lines = workflow.split('\n');
  const old = new Set<string>();
  const jobsAt = lines.findIndex((line) => /^jobs:\s*$/.test(line));
  if (jobsAt < 0) return { old: [], onNode20: workflow };
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const content = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
  const first = lines.findIndex((line, i) => i > jobsAt && content(line));
  if (first < 0 || indentOf(lines[first]) === 0) return { old: [], onNode20: workflow };
  const jobIndent = indentOf(lines[first]);
  for (let start = first; start < lines.length; ) {
    let end = start + 1;
    while (end < lines.length && !(content(lines[end]) && indentOf(lines[end]) <= jobIndent)) end++;
    if (SCRIPT_RUN.test(lines.slice(start, end).join('\n'))) {
      for (let i = start; i < end; i++) {
        const field = /^(\s*node-version:\s*)(.+)$/.exec(lines[i]);
        if (!field) continue;
        const versions = majorsIn(field[2]).filter((major) => major < 20);
        if (versions.length === 0) continue;
        for (const major of versions) old.add(String(major));
        lines[i] = `${field[1]}${onNode20(field[2])}`;
      }
    }
    if (end >= lines.length || indentOf(lines[end]) < jobIndent) break;
    start = end;
  }
  return { old: [...old], onNode20: old.size > 0 ? lines.join('\n') : workflow };
}

/**
 * Whether the owners' edits to a Stainless workflow left its `node-version:` lines as Stainless wrote them (reducto's
 * pinned each action to a commit, Renovate's form): those lines are Stainless's to move to Node 20, the edits stay.
 */
export function nodeVersionsAsStainless(stainless: string, edited: string): boolean {
  const versions = (text: string) =>
    text
      .split('\n')
      .filter((line) => /^\s*node-version:/.test(line))
      .map((line) => line.trim())
      .join('\n');
  return versions(stainless) === versions(edited);
}

/**
 * The SDK still runs on Node 18; its tests' runner (Vitest 4) needs Node 20 or newer, where it is installed. A
 * workflow as Stainless wrote it runs the scripts on 20 from now on, as does one whose owners left its Node lines as
 * Stainless wrote them (they pinned its actions); one whose Node versions they edited is theirs to change.
 */
export function runScriptsOnNode20<F extends { path: string; text: string | null }>(
  plan: {
    writes: Array<{ path: string; contents: string }>;
    needsHand: Array<{ path: string; reason: string }>;
    scriptsOnNode20: string[];
  },
  workflows: F[],
  base: { blobs: Map<string, string>; texts: Map<string, string> } | null,
  editedSinceStainless: (file: F) => boolean,
): void {
  for (const file of workflows) {
    const { old, onNode20 } = scriptJobsOnOldNode(file.text ?? '');
    if (old.length === 0) continue;
    const stainless = base?.texts.get(file.path);
    const nodeAsStainless = stainless !== undefined && nodeVersionsAsStainless(stainless, file.text ?? '');
    if (base !== null && base.blobs.has(file.path) && (!editedSinceStainless(file) || nodeAsStainless)) {
      const at = plan.writes.findIndex((f) => f.path === file.path);
      if (at >= 0) plan.writes[at] = { path: file.path, contents: onNode20 };
      else plan.writes.push({ path: file.path, contents: onNode20 });
      plan.scriptsOnNode20.push(file.path);
    } else
      plan.needsHand.push({
        path: file.path,
        reason:
          `sets up Node ${old.join(', ')} to run the scripts: sdkgen's tests run on Vitest 4, which needs Node 20 ` +
          'or newer (and Yarn 1 will not install it on an older one): set node-version to 20 or later in the jobs ' +
          'that install or run the scripts (the SDK itself runs on Node 18)',
      });
  }
}

/** A step that installs the package's dependencies or runs its scripts. */
const SCRIPT_RUN =
  /scripts\/(bootstrap|lint|build|test)\b|\b(npm|yarn|pnpm)\s+(run\s+)?(test|lint|build)\b|\b(npm|yarn|pnpm)\s+(install|ci)\b/;

/** A version as a `node-version:` value names it: `18`, `'16.x'`, `v18.17.0`, each item of `[18, 20]`. */
const NODE_VERSION = /(^|[\s[,'"])v?(\d+)((?:\.[\dx*]+)*)(?=[\s\],'"]|$)/g;

function majorsIn(value: string): number[] {
  return [...value.matchAll(NODE_VERSION)].map((m) => Number(m[2]));
}

/** A `node-version:` value with its majors before 20 made 20: dropped from a list that has others. */
function onNode20(value: string): string {
  const list = /^\[(.*)\]\s*$/.exec(value.trim());
  if (list) {
    const items = list[1].split(',').map((item) => item.trim());
    const kept = items.filter((item) => majorsIn(item).every((major) => major >= 20));
    return `[${(kept.length > 0 ? kept : [onNode20(items[0])]).join(', ')}]`;
  }
  return value.replace(NODE_VERSION, (whole, before: string, major: string, rest: string) =>
    Number(major) >= 20 ? whole : `${before}20${/^(\.(x|\*))*$/.test(rest) ? rest : ''}`,
  );
}

/** Stainless's npm publishing workflow. */
export const PUBLISH_NPM = '.github/workflows/publish-npm.yml';

/** Whether a workflow runs release-please or publishes to npm. */
export function releasesOrPublishes(workflow: string | null): boolean {
  return workflow !== null && (RUNS_RELEASE_PLEASE.test(workflow) || PUBLISHES_TO_NPM.test(workflow));
}

/**
 * sdkgen's release workflow publishing with the npm token Stainless's publish workflow (its text) read, and that
 * token; null when it read none or the release workflow does not name npm's token as sdkgen's template writes it.
 */
export function withNpmToken(
  release: string,
  publishNpm: string | undefined,
): { workflow: string; token: string } | null {
  const token = npmTokenOf(publishNpm ?? null);
  const workflow = token === null ? release : release.replace(NPM_TOKEN_LINE, (_line, key: string) => `${key}${token}`);
  return token === null || workflow === release ? null : { workflow, token };
}

/**
 * sdkgen's release workflow with its publish job run in the GitHub environment the repository's publish workflow
 * (as it is now: the owners' edits too) ran its job in (`environment: npm-publish`: the npm token may be a secret of
 * that environment alone), and that environment; null when it names none (or not by a plain name), or the release
 * workflow has no publish job as sdkgen's template writes it (or one with an environment).
 */
export function withPublishEnvironment(
  release: string,
  publishNpm: string | null | undefined,
): { workflow: string; environment: string } | null {
  const named = publishNpm ? /^ {4}environment:[ \t]*(['"]?)([\w.-]+)\1[ \t]*$/m.exec(publishNpm) : null;
  const block = publishNpm
    ? /^ {4}environment:[ \t]*\n {6}name:[ \t]*(['"]?)([\w.-]+)\1[ \t]*$/m.exec(publishNpm)
    : null;
  const environment = (named ?? block)?.[2];
  if (environment === undefined) return null;
  const lines = release.split('\n');
  const job = lines.indexOf('  publish:');
  if (job < 0) return null;
  let end = job + 1;
  while (end < lines.length && (lines[end].trim() === '' || lines[end].startsWith('    '))) end++;
  const body = lines.slice(job + 1, end);
  const runsOn = body.findIndex((line) => /^ {4}runs-on:/.test(line));
  if (runsOn < 0 || body.some((line) => /^ {4}environment:/.test(line))) return null;
  lines.splice(job + 2 + runsOn, 0, `    environment: ${environment}`);
  return { workflow: lines.join('\n'), environment };
}

/**
 * sdkgen's release workflow with its publish job on the Node the repository's publish workflow (as it is now: the
 * owners' edits too) published with, where that is newer than the job's (owners who moved to Node 24, whose npm
 * publishes by trusted publishing), and that version as written; null when it names none newer, or the release
 * workflow has no publish job as sdkgen's template writes it.
 */
export function withPublishNode(
  release: string,
  publishNpm: string | null | undefined,
): { workflow: string; node: string } | null {
  const publishJobs = publishNpm ? jobsOf(publishNpm).filter((job) => PUBLISHES_TO_NPM.test(job.join('\n'))) : [];
  const theirs = publishJobs
    .flatMap((job) => job.map((line) => /^\s*node-version:[ \t]*(['"]?)(\d+)(?:\.[\dx]+)*\1[ \t]*$/.exec(line)))
    .find((m) => m !== null);
  if (!theirs) return null;
  const lines = release.split('\n');
  const job = lines.indexOf('  publish:');
  if (job < 0) return null;
  for (let i = job + 1; i < lines.length && (lines[i].trim() === '' || lines[i].startsWith('    ')); i++) {
    const ours = /^(\s*node-version:[ \t]*)(\d+)[ \t]*$/.exec(lines[i]);
    if (!ours) continue;
    if (Number(theirs[2]) <= Number(ours[2])) return null;
    lines[i] = `${ours[1]}${theirs[2]}`;
    return { workflow: lines.join('\n'), node: theirs[2] };
  }
  return null;
}

/** sdkgen's release workflow with its publish job as the repository's publish workflow ran its own: environment, Node. */
export function withPublishJobOf(
  release: string,
  publishNpm: string | null | undefined,
): { workflow: string; environment: string | null; node: string | null } {
  const environment = withPublishEnvironment(release, publishNpm);
  const node = withPublishNode(environment?.workflow ?? release, publishNpm);
  return {
    workflow: node?.workflow ?? environment?.workflow ?? release,
    environment: environment?.environment ?? null,
    node: node?.node ?? null,
  };
}

/** A workflow's jobs, each as its lines (the `jobs:` map's entries at their indentation). */
function jobsOf(workflow: string): string[][] {
  const lines = workflow.split('\n');
  const at = lines.findIndex((line) => /^jobs:\s*$/.test(line));
  const indent = (line: string) => line.length - line.trimStart().length;
  const content = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
  const first = lines.findIndex((line, i) => i > at && content(line));
  if (at < 0 || first < 0 || indent(lines[first]) === 0) return [];
  const jobs: string[][] = [];
  for (let i = first; i < lines.length && (!content(lines[i]) || indent(lines[i]) >= indent(lines[first])); i++)
    if (content(lines[i]) && indent(lines[i]) === indent(lines[first])) jobs.push([lines[i]]);
    else jobs.at(-1)?.push(lines[i]);
  return jobs;
}

/** Stainless's npm publishing, replaced by sdkgen's release workflow. */
export const STAINLESS_PUBLISHING = [/^\.github\/workflows\/publish-npm\.yml$/, /^bin\/publish-npm$/];

/**
 * Stainless's release doctor: a workflow checking, on release pull requests, the secrets its publishing needs, with the
 * script it runs. It goes with that publishing where sdkgen's release workflow publishes instead.
 */
export const STAINLESS_RELEASE_DOCTOR = [
  /^\.github\/workflows\/release-doctor\.yml$/,
  /^bin\/check-release-environment$/,
];

/**
 * Whether the owners edited a file of Stainless's in more than its spacing: a formatter run over the repository
 * (a trailing blank line taken out of the release doctor's workflow, together-typescript's) changes nothing it does.
 * Null `base`: no edit can be told.
 */
export function editedBeyondSpacing(
  file: { path: string; blob: string | null; text: string | null },
  base: { blobs: Map<string, string>; texts: Map<string, string> } | null,
): boolean {
  if (base === null || file.blob === base.blobs.get(file.path)) return false;
  const pristine = base.texts.get(file.path);
  if (pristine === undefined || file.text === null) return true;
  const spaced = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => line !== '')
      .join('\n');
  return spaced(pristine) !== spaced(file.text);
}

/** A workflow step that runs release-please (release pull requests, then the GitHub release). */
export const RUNS_RELEASE_PLEASE = /release-please-action/;

/** A workflow step that publishes the package to npm. */
export const PUBLISHES_TO_NPM = /\b(?:npm|yarn|pnpm)\s+publish\b|bin\/publish-npm/;

/**
 * sdkgen's release.yml beside the repository's own release workflows (`theirs`, which run release-please), so that
 * each release is made once and published once: without its release-please job, and its publish job run as
 * Stainless's publish workflow ran, on a published release (the one theirs makes) or by hand; when theirs publish too
 * (`publishes`), by hand only. Null when the workflow is not laid out as sdkgen's template writes it.
 */
export function releaseWorkflowBeside(workflow: string, theirs: string[], publishes: boolean): string | null {
  const lines = workflow.split('\n');
  const on = lines.findIndex((line) => /^on:\s*$/.test(line));
  const jobs = lines.findIndex((line) => /^jobs:\s*$/.test(line));
  const job = (name: string) => lines.findIndex((line, i) => i > jobs && line === `  ${name}:`);
  const [release, publish] = [job('release-please'), job('publish')];
  const name = lines.findIndex((line) => /^name:/.test(line));
  if (on < 0 || jobs < 0 || release < 0 || publish < release || name < 0 || name > on) return null;
  const onEnd = lines.findIndex((line, i) => i > on && /^\S/.test(line));
  const publishJob = lines
    .slice(publish)
    .filter((line) => !/^ {4}(needs: release-please|if: needs\.release-please)/.test(line));
  const comment = [
    lines[0],
    `# The releases are made by ${theirs.join(', ')} (release-please).`,
    publishes
      ? '# It publishes them too: this runs only by hand, to publish a release again.'
      : "# This publishes each one to npm once it is published (as Stainless's publish workflow did), or by hand.",
  ];
  const trigger = publishes
    ? ['on:', '  workflow_dispatch: {}']
    : ['on:', '  release:', '    types: [published]', '  workflow_dispatch: {}'];
  return [...comment, ...lines.slice(name, on), ...trigger, ...lines.slice(onEnd, jobs + 1), ...publishJob].join('\n');
}

/**
 * sdkgen's release workflow (`ours`, its text; null when sdkgen writes none) beside the repository's own workflows
 * that stay (`theirs`): where some of theirs run release-please, ours as releaseWorkflowBeside writes it, and which of
 * theirs it leaves the releases to; where it cannot be (theirs only publish), each of theirs that releases or
 * publishes, for a person to keep one; where theirs are one workflow that publishes (and none that releases), ours
 * makes the releases and starts that one to publish each (release-dispatch.ts). A workflow of theirs that publishes
 * only what sdkgen's build does not make (Stainless's dist/ package: `publishesPackage` false) is no second
 * publisher: its call is reported as broken. Where theirs pin every action to a commit, ours is pinned too.
 */
export function releaseBeside(
  ours: string | null,
  theirs: Array<{ path: string; text: string | null }>,
  path: string,
  publishesPackage: (workflow: string) => boolean = (workflow) => PUBLISHES_TO_NPM.test(workflow),
): ReleaseBeside {
  const settled = releaseBesideOnTags(ours, theirs, path, publishesPackage);
  const workflow = settled.workflow ?? ours;
  if (workflow === null) return settled;
  // Its actions pinned as theirs are, where they pin every action (action-pins.ts).
  const pinned = pinnedAsRepository(workflow, theirs);
  const needsHand = [...settled.needsHand, ...unpinnedForHand(path, pinned.unpinned)];
  return { ...settled, workflow: pinned.workflow === ours ? settled.workflow : pinned.workflow, needsHand };
}

interface ReleaseBeside {
  workflow: string | null;
  beside: { theirs: string[]; publishes: boolean } | null;
  needsHand: Array<{ path: string; reason: string }>;
  /** The workflow of theirs ours starts to publish each release (absent: none). */
  dispatched?: string;
}

/** releaseBeside with our actions left on the tags the template names. */
function releaseBesideOnTags(
  ours: string | null,
  theirs: Array<{ path: string; text: string | null }>,
  path: string,
  publishesPackage: (workflow: string) => boolean,
): ReleaseBeside {
  const releasing = theirs.filter((f) => f.text !== null && RUNS_RELEASE_PLEASE.test(f.text)).map((f) => f.path);
  const publishing = theirs.filter((f) => f.text !== null && publishesPackage(f.text)).map((f) => f.path);
  const publishes = publishing.length > 0;
  const workflow = ours !== null && releasing.length > 0 ? releaseWorkflowBeside(ours, releasing, publishes) : null;
  if (workflow !== null) return { workflow, beside: { theirs: releasing, publishes }, needsHand: [] };
  if (ours === null) return { workflow: null, beside: null, needsHand: [] };
  // Theirs publish and nothing of theirs releases: ours makes the releases and starts theirs to publish each one.
  if (releasing.length === 0 && publishing.length === 1) {
    const publisher = theirs.find((f) => f.path === publishing[0])!;
    const header = [
      ours.split('\n', 1)[0]!,
      `# It makes the releases (release-please); ${publisher.path} publishes each one to npm: this starts it`,
      "# for the release's tag (a release made with this workflow's token starts no workflow on its own).",
    ];
    const dispatching = dispatchingPublisher(ours, { path: publisher.path, text: publisher.text! }, header);
    if (dispatching !== null) return { workflow: dispatching, beside: null, needsHand: [], dispatched: publisher.path };
  }
  const needsHand = [...new Set([...releasing, ...publishing])].map((file) => ({
    path: file,
    reason:
      `${releasing.includes(file) ? 'runs release-please' : 'publishes to npm'}, as sdkgen's ${path} does now: ` +
      'keep one (two would open two release pull requests, or publish twice)',
  }));
  return { workflow: null, beside: null, needsHand };
}

/** The line of sdkgen's release.yml that gives npm its token; the first group is all but the value. */
export const NPM_TOKEN_LINE = /^(\s*NODE_AUTH_TOKEN:\s*)\$\{\{\s*secrets\.NPM_TOKEN\s*\}\}\s*$/m;

/** The `${{ … }}` expression a Stainless publish workflow gives as NPM_TOKEN, when it reads only secrets. */
export function npmTokenOf(workflow: string | null): string | null {
  const match = workflow === null ? null : /^\s*NPM_TOKEN:\s*(\$\{\{[^}\n]*\}\})\s*$/m.exec(workflow);
  if (!match) return null;
  // Only secrets, `||` and spaces: nothing else of the old workflow's reaches the new one.
  const inner = match[1].slice(3, -2);
  return /^\s*secrets\.[A-Za-z_][A-Za-z0-9_]*(\s*\|\|\s*secrets\.[A-Za-z_][A-Za-z0-9_]*)*\s*$/.test(inner)
    ? match[1]
    : null;
}

/** The name and version the repository publishes under (its package.json's), each null when it has none. */
export function publishedAs(packageJson: string | null): { name: string | null; version: string | null } {
  const { name, version } = (packageJson === null ? null : parseObject(packageJson)) ?? {};
  return {
    name: typeof name === 'string' && name !== '' ? name : null,
    version: typeof version === 'string' && SEMVER.test(version) ? version : null,
  };
}

/** The GitHub repository (`owner/name`) a package.json `repository` names, or null. */
export function githubRepository(repository: unknown): string | null {
  const url =
    typeof repository === 'string'
      ? repository
      : typeof repository === 'object' && repository !== null && 'url' in repository
        ? String((repository as { url: unknown }).url)
        : '';
  const m =
    /^(?:github:|(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com[/:]|git@github\.com:)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  return m ? m[1] : null;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const MARKED_VERSION = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?(?=.*x-release-please-version)/;

/**
 * The repository's release-please config (`theirs`) with the `extra-files` sdkgen's (`ours`) lists and it does not
 * (the MCP server's `src/server.ts`, say): release-please bumps the version in every file sdkgen writes one in.
 * `theirs` as it is when it lacks none, or either is not a JSON object.
 */
export function withExtraFiles(theirs: string, ours: string): string {
  const [mine, config] = [parseObject(ours), parseObject(theirs)];
  if (mine === null || config === null || !Array.isArray(mine['extra-files'])) return theirs;
  const listed = Array.isArray(config['extra-files']) ? config['extra-files'] : [];
  const pathOf = (entry: unknown) => (typeof entry === 'string' ? entry : isObject(entry) ? entry.path : undefined);
  const known = new Set(listed.map(pathOf));
  const missing = mine['extra-files'].filter((entry) => !known.has(pathOf(entry)));
  if (missing.length === 0) return theirs;
  return printLike(theirs, { ...config, 'extra-files': [...listed, ...missing] });
}

/** JSON files whose `version` release-please bumps with the package's (release-please-config.json's extra-files). */
const RELEASED_JSON = new Set(['packages/mcp-server/package.json', 'packages/mcp-server/manifest.json']);

/**
 * The file with the repository's released version on each line marked `x-release-please-version` (src/version.ts,
 * the MCP server's), or as the `version` of a JSON file release-please bumps, as release-please writes it there: the
 * SDK goes on reporting the version its package.json keeps.
 */
export function withReleasedVersion<T extends { path: string; contents: string }>(file: T, version: string): T {
  if (RELEASED_JSON.has(file.path))
    return { ...file, contents: file.contents.replace(/^(\s*"version":\s*")[^"]*"/m, `$1${version}"`) };
  if (!file.contents.includes('x-release-please-version')) return file;
  const contents = file.contents
    .split('\n')
    .map((line) => (line.includes('x-release-please-version') ? line.replace(MARKED_VERSION, version) : line))
    .join('\n');
  return { ...file, contents };
}
