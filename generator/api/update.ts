/**
 * `update()`: what a regeneration job runs (the CLI's `sdkgen update`, the sdkgen GitHub Action, the generated
 * sdkgen-update workflow). In a git work tree holding an SDK: regenerate it as `generate` does (custom code merged),
 * compare the SDK surface with the one the committed SDK was generated from (`sdkgen diff`), and when anything
 * changed, commit it on a branch with a conventional-commit message and write the pull-request body. No network
 * beyond a spec URL, no GitHub: pushing and opening the pull request are the workflow's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffSpecs } from '../diff/diff';
import { UsageError } from '../diagnostics';
import type { DiffResult } from '../diff/model';
import { MANIFEST_PATH, readManifestSync, type Manifest } from '../write/manifest';
import {
  changedUnder,
  checkBranchName,
  commitOnBranch,
  lastCommitChanging,
  repoPath,
  repositoryRoot,
  showFile,
  uncommitted,
} from '../update/git';
import { commitMessage, pullRequestBody, type ApiChanges, type RegeneratedFiles } from '../update/report';
import type { Formatter } from './define-config';
import { toSdkgenError } from './errors';
import { generate, type GenerateResult } from './generate';
import { isUrl } from './inputs';

export interface UpdateOptions {
  /** The SDK's folder in the repository (default: `cwd`). */
  output?: string | null;
  /** The spec (default: the one `<output>/.sdkgen/manifest.json` records). */
  spec?: string | null;
  /** With `spec`: the config (a path; false for none; left out: found as `generate` finds it). */
  config?: string | false | null;
  /** The branch the regeneration is committed on (default `sdkgen/update`), created or reset to HEAD. */
  branch?: string;
  /** Where to write the pull-request body (Markdown), when something changed. */
  prBody?: string | null;
  /** Run although the work tree has uncommitted changes (they are committed with the regeneration). */
  allowDirty?: boolean;
  formatter?: Formatter | null;
  cwd?: string;
  onNotice?: (message: string) => void;
}

export interface UpdateResult {
  /** updated: committed on `branch`; no-changes: nothing committed; conflicts: not committed, see `files.conflicts`. */
  status: 'updated' | 'no-changes' | 'conflicts';
  /** The SDK folder, absolute. */
  output: string;
  branch: string;
  /** The regeneration's commit (status updated), else null. */
  commit: string | null;
  /** The commit message's first line: `feat(api)!: api update (2 breaking, 1 non-breaking)`. */
  subject: string;
  /** The API-change report (old: the spec the committed SDK was generated from), or null with the reason. */
  diff: DiffResult | null;
  diffUnavailable: string | null;
  files: RegeneratedFiles;
  /** The pull-request body (also written to `prBody`), or null when nothing changed. */
  body: string | null;
  diagnostics: GenerateResult['diagnostics'];
}

export const DEFAULT_UPDATE_BRANCH = 'sdkgen/update';

export async function update(options: UpdateOptions = {}): Promise<UpdateResult> {
  const cwd = options.cwd ?? process.cwd();
  const output = path.resolve(cwd, options.output ?? '.');
  const branch = options.branch ?? DEFAULT_UPDATE_BRANCH;
  try {
    const root = repositoryRoot(output);
    checkBranchName(root, branch);
    const dirty = uncommitted(root);
    if (dirty.length > 0 && !options.allowDirty)
      throw new UsageError(
        `the work tree has uncommitted changes (${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', …' : ''}): ` +
          'commit or stash them first, so that the regeneration is one commit of its own (or pass --allow-dirty)',
      );
    const manifest = readManifestSync(output);
    const inputs = options.spec ? null : manifest?.inputs;
    if (!options.spec && !inputs?.spec)
      throw new UsageError(
        `${output} has no ${MANIFEST_PATH} recording its spec: pass the spec (sdkgen update <spec> -o <dir>)`,
      );
    const fromManifest = (p: string) => (isUrl(p) ? p : path.resolve(output, p));
    const spec = options.spec
      ? isUrl(options.spec)
        ? options.spec
        : path.resolve(cwd, options.spec)
      : fromManifest(inputs!.spec);
    const config = options.spec ? options.config : inputs!.config ? fromManifest(inputs!.config) : false;
    // The surface before: read from git before anything is written.
    const lastGeneration = lastCommitChanging(root, path.join(output, MANIFEST_PATH));

    const result = await generate({
      spec,
      output,
      config,
      cwd,
      formatter: options.formatter ?? (inputs?.formatter as Formatter | undefined) ?? null,
      ...(inputs
        ? {
            templates: inputs.templates ? fromManifest(inputs.templates) : null,
            target: inputs.target ?? null,
            pythonPackage: inputs.pythonPackage ?? null,
            allowRefRoot: inputs.allowRefRoot ? fromManifest(inputs.allowRefRoot) : null,
            mcp: inputs.mcp === true,
            ...(inputs.funcs === false ? { funcs: false } : {}),
            referenceDocs: inputs.referenceDocs !== false,
            ownersVitest: inputs.ownersVitest === true,
            stainlessEra: inputs.stainlessEra ?? null,
          }
        : {}),
      onNotice: options.onNotice,
    });
    const files: RegeneratedFiles = {
      created: result.files.created,
      changed: result.files.changed,
      deleted: result.files.deleted,
      kept: result.files.kept ?? [],
      merged: result.files.merged ?? [],
      conflicts: result.files.conflicts ?? [],
      orphaned: result.files.orphaned ?? [],
    };
    const changes = await apiChanges({
      root,
      output,
      lastGeneration,
      spec,
      config: result.configFile,
    });
    const message = commitMessage(changes);
    const shown = (file: string) => (isUrl(file) ? file : repoPath(root, file));
    const body = pullRequestBody({
      subject: message.subject,
      spec: shown(spec),
      config: result.configFile ? shown(result.configFile) : null,
      changes,
      files,
    });
    const common = {
      output,
      branch,
      subject: message.subject,
      diff: changes.diff,
      diffUnavailable: changes.unavailable,
      files,
      diagnostics: result.diagnostics,
    };
    if (files.conflicts.length > 0) {
      // Left as `generate` leaves them (markers in the files, conflicts in git's index) for a person to resolve.
      writeBody(options.prBody, cwd, body);
      return { status: 'conflicts', commit: null, body, ...common };
    }
    if (changedUnder(root, output).length === 0) return { status: 'no-changes', commit: null, body: null, ...common };
    const commit = commitOnBranch(root, output, branch, message);
    writeBody(options.prBody, cwd, body);
    return { status: 'updated', commit, body, ...common };
  } catch (error) {
    throw toSdkgenError(error);
  }
}

function writeBody(file: string | null | undefined, cwd: string, body: string): void {
  if (!file) return;
  const target = path.resolve(cwd, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, body);
}

/**
 * The SDK surface the committed SDK has against the new one. The old spec is the one at the commit that last
 * changed the manifest: the generation the committed files are (the spec may have changed in later commits).
 */
async function apiChanges(inputs: {
  root: string;
  output: string;
  lastGeneration: string | null;
  spec: string;
  config: string | null;
}): Promise<ApiChanges> {
  const { root, output, lastGeneration } = inputs;
  if (lastGeneration === null) return { diff: null, unavailable: 'the SDK has no earlier generation committed' };
  const manifestText = showFile(root, lastGeneration, path.join(output, MANIFEST_PATH));
  let old: Manifest['inputs'];
  try {
    old = manifestText ? (JSON.parse(manifestText) as Manifest).inputs : undefined;
  } catch {
    old = undefined;
  }
  if (!old?.spec) return { diff: null, unavailable: 'the committed manifest does not record its spec' };
  if (isUrl(old.spec) || isUrl(inputs.spec))
    return {
      diff: null,
      unavailable: 'the spec is read from a URL, so the one the SDK was generated from is not in git',
    };
  const inRepo = (rel: string) => {
    const file = repoPath(root, path.resolve(output, rel));
    return file.startsWith('../') ? null : file;
  };
  const oldSpec = inRepo(old.spec);
  const oldConfig = old.config ? inRepo(old.config) : null;
  if (oldSpec === null || (old.config && oldConfig === null))
    return { diff: null, unavailable: 'the spec or config the SDK was generated from lies outside the repository' };
  const at = (file: string) => `git:${lastGeneration}:${file}`;
  try {
    const diff = await diffSpecs({
      old: at(oldSpec),
      new: inputs.spec,
      oldConfig: oldConfig ? at(oldConfig) : null,
      newConfig: inputs.config,
      cwd: root,
    });
    // Named for people: the spec at the commit, and the spec as it is now.
    diff.old = { ...diff.old, input: `${oldSpec}@${lastGeneration.slice(0, 7)}` };
    diff.new = { ...diff.new, input: repoPath(root, inputs.spec) };
    return { diff, unavailable: null };
  } catch (error) {
    return {
      diff: null,
      unavailable: `comparing with ${oldSpec} at ${lastGeneration.slice(0, 7)} failed (${(error as Error).message})`,
    };
  }
}
