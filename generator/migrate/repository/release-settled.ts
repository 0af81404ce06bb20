/**
 * sdkgen's release workflow settled against the repository's (plan.ts's step for it): it publishes with the npm
 * token Stainless's publish workflow read, in the environment and on the Node its publish job ran in, and leaves to
 * the repository's own workflows that release or publish what they do (each release made once, published once);
 * where the repository pins every action of its workflows to a commit, sdkgen's workflows are pinned too.
 */
import type { RepoFile } from './checkout-files';
import type { MigrationInputs, MigrationPlan } from '../migration-plan';
import { RELEASE_WORKFLOW, WORKFLOW } from './file-kinds';
import { PUBLISH_NPM, releaseBeside as beside, runScriptsOnNode20, withNpmToken, withPublishJobOf } from './release';
import { publishesPackage } from '../owners/removed-calls';
import { pinWorkflowWrites } from './action-pins';

export interface ReleaseInputs {
  current: RepoFile[];
  base: MigrationInputs['base'];
  byPath: ReadonlyMap<string, RepoFile>;
  editedSinceStainless: (file: RepoFile) => boolean;
}

/**
 * Settles sdkgen's release.yml in `plan.writes` (and the plan's release fields); returns the workflow that publishes
 * the package when it is sdkgen's (null when the repository's own workflows do).
 */
export function settleRelease(plan: MigrationPlan, { current, base, byPath, editedSinceStainless }: ReleaseInputs) {
  // sdkgen's release.yml publishes with the npm token Stainless's publish workflow read (`secrets.ACME_NPM_TOKEN`).
  const release = byPath.has(RELEASE_WORKFLOW) ? -1 : plan.writes.findIndex((f) => f.path === RELEASE_WORKFLOW);
  const withToken = release < 0 ? null : withNpmToken(plan.writes[release].contents, base?.texts.get(PUBLISH_NPM));
  if (withToken !== null) plan.writes[release] = { path: RELEASE_WORKFLOW, contents: withToken.workflow };
  plan.releaseToken = withToken?.token ?? null;
  // …in the environment its publish job ran in (inbound's `environment: npm-publish`, the owners' edit), on its Node.
  const job = release < 0 ? null : withPublishJobOf(plan.writes[release].contents, byPath.get(PUBLISH_NPM)?.text);
  if (job !== null) plan.writes[release] = { path: RELEASE_WORKFLOW, contents: job.workflow };
  [plan.releaseEnvironment, plan.releaseNode] = [job?.environment ?? null, job?.node ?? null];
  // The repository's own workflows that release or publish (theirs, or Stainless's edited) stay; sdkgen's release.yml
  // leaves to them what they do, so that each release is made once and published once.
  const kept = new Set([...plan.kept, ...plan.keptRepositoryFiles]);
  const keptWorkflows = current.filter((f) => kept.has(f.path) && WORKFLOW.test(f.path) && f.text !== null);
  const ours = kept.has(RELEASE_WORKFLOW) ? -1 : plan.writes.findIndex((f) => f.path === RELEASE_WORKFLOW);
  const theirs = keptWorkflows.filter((f) => f.path !== RELEASE_WORKFLOW);
  // A call to Stainless's publish script that goes publishes nothing any more: it is reported as a broken call.
  const gone = new Set(plan.removed);
  const stayingText = (path: string) => (gone.has(path) ? null : (byPath.get(path)?.text ?? undefined));
  const publishes = (text: string) => publishesPackage(text, byPath.get('package.json')?.text ?? null, stayingText);
  const settled = beside(ours < 0 ? null : plan.writes[ours].contents, theirs, RELEASE_WORKFLOW, publishes);
  if (settled.workflow !== null) plan.writes[ours] = { path: RELEASE_WORKFLOW, contents: settled.workflow };
  plan.releaseBeside = settled.beside;
  plan.needsHand.push(...settled.needsHand);
  // sdkgen's other workflows (ci.yml, sdkgen-update.yml) are pinned as its release.yml is, where theirs pin every action.
  const notOthers = new Set([RELEASE_WORKFLOW, ...kept]);
  plan.needsHand.push(...pinWorkflowWrites(plan.writes, keptWorkflows, (path) => WORKFLOW.test(path), notOthers));
  runScriptsOnNode20(plan, keptWorkflows, base, editedSinceStainless);
  // sdkgen's release.yml publishes unless theirs do (or it starts theirs to).
  return ours >= 0 && settled.beside?.publishes !== true && settled.dispatched === undefined ? RELEASE_WORKFLOW : null;
}
