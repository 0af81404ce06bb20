/**
 * Stainless's workflows that build from files the migration removes: the MCP server's Docker image, which
 * `mcp_server.publish.docker` has Stainless build from `packages/mcp-server/Dockerfile` and tag with `bin/docker-tags`.
 * sdkgen writes no such file, so the workflow would fail on its next run: left as Stainless wrote it, it goes with
 * the file it builds from, and so do Stainless's scripts (as it wrote them) that only such workflows name. A workflow
 * or script the owners edited is theirs and stays (its broken calls are reported as such: owners/removed-calls.ts).
 * A workflow sdkgen writes one of is not among them. Pure helpers of plan.ts.
 */
import type { MigrationPlan } from '../migration-plan';
import type { RemovedExtra } from './stainless-extras';
import type { RepoFile } from './checkout-files';

export interface WorkflowsInputs {
  /** Stainless's repository files the plan keeps so far (workflows, scripts under bin/ and scripts/). */
  kept: readonly string[];
  /** The files the migration removes. */
  removed: readonly string[];
  /** The text of a file of the repository (null: binary or unread). */
  textOf: (path: string) => string | null | undefined;
  /** Whether a file of the repository is Stainless's, as it wrote it (not edited since). */
  asStainlessWroteIt: (path: string) => boolean;
  /** The files that stay or that sdkgen writes, with their text: what still names a script. */
  staying: ReadonlyArray<{ path: string; text: string | null }>;
  /** The paths sdkgen writes. */
  rendered: ReadonlySet<string>;
}

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const SCRIPT = /^(bin|scripts)\/[^/]+$/;

/** The Docker build Stainless's `mcp_server.publish.docker` writes a workflow for. */
const MCP_DOCKERFILE = 'packages/mcp-server/Dockerfile';

/** Whether `text` names the repository path `path` (as `path` or `./path`), as a whole token. */
function names(text: string, path: string): boolean {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w./-])(?:\\./)?${escaped}(?![\\w./-])`).test(text);
}

/**
 * The workflows that go (with what they build from) and the scripts that go with them, as one removed extra; null
 * when none goes.
 */
export function workflowsBuildingRemoved(inputs: WorkflowsInputs): { paths: string[]; extra: RemovedExtra } | null {
  const removed = inputs.removed.filter((path) => !inputs.rendered.has(path));
  const workflows: string[] = [];
  const builtFrom = new Set<string>();
  for (const path of inputs.kept) {
    if (!WORKFLOW.test(path) || inputs.rendered.has(path) || !inputs.asStainlessWroteIt(path)) continue;
    const text = inputs.textOf(path);
    if (typeof text !== 'string') continue;
    const from = removed.filter((file) => names(text, file));
    if (from.length === 0) continue;
    workflows.push(path);
    for (const file of from) builtFrom.add(file);
  }
  if (workflows.length === 0) return null;
  const going = new Set(workflows);
  const stillNamedBy = inputs.staying.filter((f) => !going.has(f.path) && f.text !== null);
  const scripts = inputs.kept.filter((path) => {
    if (!SCRIPT.test(path) || inputs.rendered.has(path) || !inputs.asStainlessWroteIt(path)) return false;
    if (!workflows.some((workflow) => names(inputs.textOf(workflow) ?? '', path))) return false;
    return !stillNamedBy.some((f) => f.path !== path && names(f.text!, path));
  });
  const paths = [...workflows, ...scripts].sort();
  const from = [...builtFrom].sort();
  const docker = builtFrom.has(MCP_DOCKERFILE);
  return {
    paths,
    extra: {
      option: docker ? 'mcp_server.publish.docker' : null,
      what: docker
        ? "the MCP server's Docker publishing: sdkgen writes no Dockerfile for it, so the workflow would fail on its " +
          'next release; the images already published stay on their registry, and the workflow in git'
        : `Stainless's workflow and the scripts only it runs, which build from what the migration removed ` +
          `(${from.join(', ')}): it would fail on its next run (git keeps it)`,
      paths,
    },
  };
}

/**
 * The plan with Stainless's workflows that build from what it removes, and the scripts only they name, removed too
 * (moved from its kept repository files), and reported as a removed extra.
 */
export function removeWorkflowsBuildingRemoved(
  plan: MigrationPlan,
  current: readonly RepoFile[],
  rendered: ReadonlySet<string>,
  /** Whether a file of the plan's kept repository files (all Stainless's) is as Stainless wrote it. */
  asStainlessWroteIt: (file: RepoFile) => boolean,
): void {
  const byPath = new Map(current.map((f) => [f.path, f]));
  const gone = new Set(plan.removed);
  const going = workflowsBuildingRemoved({
    kept: plan.keptRepositoryFiles,
    removed: plan.removed,
    textOf: (path) => byPath.get(path)?.text,
    asStainlessWroteIt: (path) => byPath.has(path) && asStainlessWroteIt(byPath.get(path)!),
    staying: [
      ...current.filter((f) => !gone.has(f.path) && !rendered.has(f.path)),
      ...plan.writes.map((f) => ({ path: f.path, text: f.contents })),
    ],
    rendered,
  });
  if (going === null) return;
  plan.keptRepositoryFiles = plan.keptRepositoryFiles.filter((path) => !going.paths.includes(path));
  plan.removed.push(...going.paths);
  plan.removedExtras.push(going.extra);
}
