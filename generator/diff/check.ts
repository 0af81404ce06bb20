/**
 * `sdkgen check`: regenerate in memory and compare with a committed output directory. Never writes.
 *
 * Only what sdkgen owns is compared: the files a fresh generation would write, the manifest, and the
 * files the committed manifest lists (a listed file the new run would not write is stale: `generate`
 * would delete it). Files sdkgen did not write — hand-written tests, node_modules, src/lib/ — are
 * ignored, exactly as `generate` leaves them alone. A generated file the user edited is up to date when
 * sdkgen's output of it is what it wrote last time (the manifest's hash): regenerating keeps the edit, so nothing
 * would change; such files are listed as customized.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RenderedFile } from '../emit/render';
import { generate, type GenerateResult } from '../generate';
import { inputsDigest, type InputsDigest } from '../write/inputs-key';
import {
  MANIFEST_PATH,
  manifestInputs,
  manifestText,
  readManifest,
  type Manifest,
  type ManifestInputs,
} from '../write/manifest';
import { inputsKeyVerdict, reusedCount, sameKeyedDigest, verifiedCount } from '../write/inputs-unchanged';
import { OutputWorker, outputWorkerPays, type OutputWorkerResult } from '../write/output-worker';
import { sha256 } from '../sha256';
import { isProtected } from '../write/write';
import { unifiedDiff } from './unified-diff';
import type { RecordedTarget } from '../write/recorded-target';

/** What `check` compares: the inputs a directory was generated with. */
export type CheckTarget = RecordedTarget;

export type FileStatus = 'added' | 'removed' | 'changed';

export interface FileDifference {
  /** Path inside the output directory. */
  path: string;
  /** added: generate would create it; removed: generate would delete it; changed: generate would rewrite it. */
  status: FileStatus;
  committed: string | null;
  expected: string | null;
}

export interface CheckResult {
  target: CheckTarget;
  files: FileDifference[];
  /** Generated files that carry the user's edits, which regenerating keeps. */
  customized: string[];
  /** How many of the `generated` files were the committed ones, taken without formatting them again. */
  reused?: number;
  /** How many files the regeneration makes (the manifest aside). */
  generated?: number;
  /**
   * True when the manifest's inputs key matched and every file was as written (inputs-key.ts): nothing was generated,
   * and `reused` and `generated` count the files verified.
   */
  inputsUnchanged?: boolean;
}

/** Output directories under `root` that carry an sdkgen manifest (generated/<name>/). */
export function findGeneratedDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(root, e.name, MANIFEST_PATH)))
    .map((e) => path.join(root, e.name))
    .sort();
}

export async function checkOutput(target: CheckTarget): Promise<CheckResult> {
  // Nothing that decides the output changed, and every file is as written: up to date, with nothing generated.
  const { verified, keyed } = await inputsKeyVerdict({
    dir: target.dir,
    inputs: manifestInputs(target.dir, target),
    config: target.config,
    formatter: target.formatter,
    templates: target.templates,
    target: target.target,
  });
  if (verified !== null)
    return {
      target,
      files: [],
      customized: verified.edited,
      reused: verified.files,
      generated: verified.files,
      inputsUnchanged: true,
    };
  // For a large API, a worker compares the committed files with the new ones while they are rendered, and hashes
  // them for the manifest: only the files it finds different are read here.
  const worker: { compare?: OutputWorker | null } = existsSync(target.dir) ? {} : { compare: null };
  let result: GenerateResult;
  let precheck: OutputWorkerResult | null = null;
  try {
    result = await generate({
      spec: target.spec,
      config: target.config,
      templates: target.templates,
      target: target.target,
      pythonPackage: target.pythonPackage ?? null,
      formatter: target.formatter,
      allowRefRoot: target.allowRefRoot,
      mcp: target.mcp,
      ...(target.funcs === false ? { funcs: false } : {}),
      referenceDocs: target.referenceDocs,
      ownersVitest: target.ownersVitest === true,
      stainlessEra: target.stainlessEra ?? null,
      mockServer: target.mockServer ?? null,
      deleted: target.deleted ?? null,
      removedExports: target.removedExports ?? null,
      packageVersion: target.packageVersion ?? null,
      // Files whose render and format key are the committed ones are the committed files: not formatted again.
      previousOutput: target.dir,
      onFile: (file, api, previous) => {
        const dir = path.resolve(target.dir);
        // (On the thread of the previous output's worker, when it has one.)
        worker.compare ??= outputWorkerPays(api)
          ? new OutputWorker('compare', dir, undefined, previous?.sharedThread(dir) ?? null)
          : null;
        worker.compare?.add(file);
      },
    });
    // (Without the worker's findings, every file is read.)
    precheck = worker.compare
      ? await worker.compare.finish(result.files.filter((f) => !f.reused)).catch(() => null)
      : null;
  } finally {
    await worker.compare?.stop();
  }
  const files = result.files.filter((f) => !isProtected(f.path));
  const hashOf = (file: RenderedFile) =>
    file.reused?.sha256 ?? precheck?.hashes.get(file.path) ?? sha256(file.contents);
  const inputs: ManifestInputs = manifestInputs(target.dir, target);
  const parts = { inputs, formatKey: result.formatKey, sources: result.sources, templateDirs: result.templateDirs };
  const warnings = result.diagnostics.list.filter((d) => d.severity === 'warning').length;
  // The digest the quick answer computed, when this run read the same files: they are not read and hashed again.
  // Else none at first: the manifests are compared without their keys (sameButKey), and the inputs are hashed (of no
  // file written since the run read it: see inputsDigest's readStamps) only to show a manifest that differs.
  const keyedDigest = sameKeyedDigest(keyed, target.dir, parts, result.readStamps);
  const manifestWith = (digest: InputsDigest | null) =>
    manifestText(files, inputs, hashOf, result.formatKey, digest, warnings);
  const expected: RenderedFile[] = [...files, { path: MANIFEST_PATH, contents: manifestWith(keyedDigest) }];
  const differences: FileDifference[] = [];
  const customized: string[] = [];
  const previous = await readManifest(target.dir);
  for (const file of expected) {
    // A reused file is the committed file.
    if (file.reused) continue;
    const committed = precheck?.unchanged.has(file.path)
      ? file.contents
      : await readFile(path.join(target.dir, file.path), 'utf8').catch(() => null);
    if (committed === null)
      differences.push({ path: file.path, status: 'added', committed: null, expected: file.contents });
    else if (committed !== file.contents && !(file.path === MANIFEST_PATH && sameButKey(committed, file.contents))) {
      if (file.path !== MANIFEST_PATH && previous?.files[file.path] === hashOf(file)) customized.push(file.path);
      else differences.push({ path: file.path, status: 'changed', committed, expected: file.contents });
    }
  }
  // A manifest that differs is shown as the run would write it: with its key.
  const shown = differences.find((d) => d.path === MANIFEST_PATH);
  if (shown && keyedDigest === null) shown.expected = manifestWith(inputsDigest(target.dir, parts, result.readStamps));
  const written = new Set(expected.map((f) => f.path));
  for (const old of Object.keys(previous?.files ?? {}).sort()) {
    if (written.has(old) || isProtected(old)) continue;
    const committed = await readFile(path.join(target.dir, old), 'utf8').catch(() => null);
    if (committed !== null) differences.push({ path: old, status: 'removed', committed, expected: null });
  }
  return {
    target,
    files: differences,
    customized,
    reused: files.filter((f) => f.reused).length,
    generated: files.length,
  };
}

/**
 * Whether two manifests differ in their keys alone (the inputs key, the units' keys): they only let a later run skip
 * work, so a stale one (sdkgen's code changed, or the spec where it does not change the output) does not make the
 * output stale.
 */
function sameButKey(a: string, b: string): boolean {
  const withoutKey = (text: string) => {
    try {
      const { inputsKey: _key, sources: _sources, units: _units, ...rest } = JSON.parse(text) as Manifest;
      return JSON.stringify(rest, null, 2);
    } catch {
      return null;
    }
  };
  const left = withoutKey(a);
  return left !== null && left === withoutKey(b);
}

/** The command that brings the directory up to date. */
export function regenerateCommand(target: CheckTarget): string {
  const q = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const parts = ['sdkgen generate', q(target.spec), '-o', q(target.dir)];
  if (target.config) parts.push('--config', q(target.config));
  if (target.templates) parts.push('--templates', q(target.templates));
  if (target.target) parts.push('--target', q(target.target));
  if (target.pythonPackage) parts.push('--python-package', q(target.pythonPackage));
  if (target.formatter) parts.push('--formatter', q(target.formatter));
  if (target.mcp) parts.push('--mcp');
  if (target.funcs === false) parts.push('--no-funcs');
  if (target.referenceDocs === false) parts.push('--no-reference-docs');
  return parts.join(' ');
}

/** Per-file summary and the unified diff of the first changes (at most `diffLines` lines). */
export function formatCheck(result: CheckResult, diffLines: number): string {
  const { target, files } = result;
  const custom =
    result.customized.length > 0
      ? `  ${result.customized.length} generated file${result.customized.length === 1 ? ' carries' : 's carry'} custom edits, kept on regeneration: ${result.customized.join(', ')}\n`
      : '';
  const reused = result.inputsUnchanged
    ? ` (${verifiedCount(result.generated ?? 0)})`
    : result.generated !== undefined && result.reused !== undefined
      ? ` (${reusedCount(result.reused, result.generated)})`
      : '';
  if (files.length === 0) return `✓ ${target.dir} is up to date with ${target.spec}${reused}\n${custom}`;
  const count = (s: FileStatus) => files.filter((f) => f.status === s).length;
  const parts = [`${count('changed')} changed`, `${count('added')} added`, `${count('removed')} removed`].filter(
    (p) => !p.startsWith('0 '),
  );
  const lines = [
    `✗ ${target.dir} is stale: regenerating from ${target.spec} gives ${files.length} different file${files.length === 1 ? '' : 's'} (${parts.join(', ')})`,
  ];
  lines.push(`  update it with: ${regenerateCommand(target)}`, '');
  const diffs: string[] = [];
  let budget = diffLines;
  for (const f of files) {
    const d = unifiedDiff(
      f.committed ?? '',
      f.expected ?? '',
      { old: `a/${f.path} (committed)`, new: `b/${f.path} (regenerated)` },
      Math.max(budget, 0),
    );
    const what =
      f.status === 'added'
        ? 'not committed; generate would write it'
        : f.status === 'removed'
          ? 'generate would delete it'
          : `+${d.added} -${d.removed}`;
    lines.push(`  ${f.status.padEnd(8)} ${f.path} (${what})`);
    if (budget > 0) {
      diffs.push(d.text);
      budget -= d.text.split('\n').length - 2;
    }
  }
  if (diffs.length > 0) lines.push('', ...diffs);
  if (budget <= 0 && diffs.length < files.length)
    lines.push(
      '',
      `(diffs of ${files.length - diffs.length} more file${files.length - diffs.length === 1 ? '' : 's'} not shown; raise --diff-lines)`,
    );
  return `${lines.join('\n')}\n`;
}
