/**
 * `check`, `diff` and `loadIr` of the public API: the CLI commands of the same names, as functions returning data.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { Diagnostics, SpecError as StageSpecError, type Diagnostic } from '../diagnostics';
import { checkOutput, findGeneratedDirs, type CheckTarget } from '../diff/check';
import { targetFromManifest } from '../write/recorded-target';
import { diffAgainst } from '../diff/against';
import { diffSpecs, loadApi } from '../diff/diff';
import type { DiffResult } from '../diff/model';
import { buildIr } from '../ir/build';
import type { Api } from '../ir/types';
import { validateIr } from '../ir/validate';
import { loadSpec } from '../load/load';
import { normalize } from '../normalize/normalize';
import { kebabCase } from '../naming/case';
import { MANIFEST_PATH, readManifestSync } from '../write/manifest';
import { toSdkgenError, UsageError } from './errors';
import { isUrl } from './inputs';
import { resolveConfig, withInputs, type InputOptions } from './generate';

export type { DiffResult } from '../diff/model';
export type { Api } from '../ir/types';

export interface CheckOptions {
  /** With a spec, the output directory to compare (default generated/<client name>); without, where to look. */
  spec?: string | null;
  /** The committed output directory; without `spec`, its manifest says what it was generated from. */
  output?: string | null;
  config?: string | false | null;
  templates?: string | null;
  target?: string | null;
  /** With `target: 'python'` and `spec`: the import name (`--python-package`). */
  pythonPackage?: string | null;
  cwd?: string;
}

/** A file that differs between the committed directory and a fresh generation. */
export interface FileDifference {
  /** Path inside the output directory. */
  path: string;
  /** added: generate would create it; removed: generate would delete it; changed: generate would rewrite it. */
  status: 'added' | 'removed' | 'changed';
  committed: string | null;
  expected: string | null;
}

export interface CheckedDirectory {
  /** The output directory as given or found. */
  dir: string;
  spec: string;
  config: string | null;
  templates: string | null;
  target: string | null;
  /** `--python-package`, when the directory was generated with one. */
  pythonPackage?: string | null;
  formatter: string | null;
  /** True when a fresh generation gives exactly the committed files. */
  upToDate: boolean;
  /** Files that differ: added (generate would create it), removed (would delete it), changed. */
  files: FileDifference[];
  /** Generated files that carry the user's edits (kept on regeneration, so not a difference). */
  customized: string[];
  /**
   * How many of the `generated` files were the committed ones, taken as they are: their render and format key were
   * the committed run's, so they were not formatted again (write/previous-output.ts).
   */
  reused: number;
  /** How many files the regeneration makes (the manifest aside). */
  generated: number;
  /**
   * True when nothing that decides the output changed since it was generated (the manifest's inputs key) and every
   * file is as written: nothing was generated; `reused` and `generated` count the files verified.
   */
  inputsUnchanged: boolean;
}

export interface CheckResult {
  /** True when every directory is up to date. */
  upToDate: boolean;
  directories: CheckedDirectory[];
}

/**
 * Regenerate in memory and compare with committed output directories; never writes. With `spec`, one directory
 * (`output`, or generated/<client name>); with `output` alone, that directory per its manifest; with neither,
 * every directory under `<cwd>/generated` that has a manifest.
 */
export async function check(options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  let targets: CheckTarget[];
  try {
    // Paths stay as given (messages show them) unless a cwd was given.
    const at = (p: string) => (options.cwd === undefined ? p : path.resolve(cwd, p));
    if (options.spec) {
      if (isUrl(options.spec) || options.spec === '-')
        throw new UsageError('check reads the spec from a file', { code: 'usage' });
      const spec = at(options.spec);
      const found = resolveConfig(options, path.dirname(path.resolve(cwd, options.spec))).file;
      const config =
        found && typeof options.config !== 'string'
          ? at(path.relative(cwd, found))
          : typeof options.config === 'string'
            ? at(options.config)
            : null;
      const dir = options.output
        ? at(options.output)
        : // The client's name is the IR's: nothing needs rendering to know it.
          at(path.join('generated', kebabCase((await loadApi(spec, config)).clientName)));
      targets = [
        {
          dir,
          spec,
          config,
          templates: options.templates ? at(options.templates) : null,
          target: options.target ?? null,
          pythonPackage: options.pythonPackage ?? null,
        },
      ];
    } else {
      if (options.config || options.templates || options.target || options.pythonPackage)
        throw new UsageError('config, templates and target need a spec; without one the manifest says what to use', {
          code: 'usage',
        });
      // An SDK repository (a migrated one, or one generated with -o .) carries its manifest at its root.
      const dirs = options.output
        ? [at(options.output)]
        : existsSync(at(MANIFEST_PATH))
          ? [at('.')]
          : findGeneratedDirs(at('generated'));
      if (dirs.length === 0)
        throw new UsageError(
          'no spec given, no .sdkgen/manifest.json here and no generated/<name>/.sdkgen/manifest.json found',
          { code: 'usage' },
        );
      for (const dir of dirs) {
        const recorded = readManifestSync(dir)?.inputs?.spec;
        if (recorded && isUrl(recorded)) {
          throw new UsageError(
            `${dir} was generated from ${recorded}; check compares with specs read from files: download it and run sdkgen generate again`,
            { code: 'usage', file: dir },
          );
        }
      }
      targets = await Promise.all(dirs.map((dir) => targetFromManifest(dir)));
    }
    const directories: CheckedDirectory[] = [];
    for (const target of targets) {
      const result = await checkOutput(target);
      directories.push({
        dir: target.dir,
        spec: target.spec,
        config: target.config,
        templates: target.templates,
        target: target.target,
        ...(target.pythonPackage ? { pythonPackage: target.pythonPackage } : {}),
        formatter: target.formatter ?? null,
        upToDate: result.files.length === 0,
        files: result.files,
        customized: result.customized,
        reused: result.reused ?? 0,
        generated: result.generated ?? 0,
        inputsUnchanged: result.inputsUnchanged === true,
      });
    }
    return { upToDate: directories.every((d) => d.upToDate), directories };
  } catch (error) {
    throw toSdkgenError(error);
  }
}

export interface DiffOptions {
  /** The old spec: a file or `git:<ref>:<path>`. */
  old: string;
  /** The new spec: a file or `git:<ref>:<path>`. */
  new: string;
  /** Config for both sides (a file or `git:<ref>:<path>`); oldConfig/newConfig override it per side. */
  config?: string | null;
  oldConfig?: string | null;
  newConfig?: string | null;
  cwd?: string;
}

/** Compare the SDKs two specs generate and classify every change (breaking, non-breaking, note). */
export async function diff(options: DiffOptions): Promise<DiffResult> {
  try {
    return await diffSpecs(options);
  } catch (error) {
    throw toSdkgenError(error);
  }
}

/** Compare the SDK `spec` generates with a published one: its api.md, an installed package folder, or an npm .tgz. */
export async function diffPublished(options: {
  against: string;
  spec: string;
  config?: string | null;
  cwd?: string;
}): Promise<DiffResult> {
  try {
    return await diffAgainst(options);
  } catch (error) {
    throw toSdkgenError(error);
  }
}

export interface LoadIrResult {
  /** The intermediate representation templates are rendered from (plain data). */
  api: Api;
  /** Warnings (errors are thrown). */
  diagnostics: Diagnostic[];
  configFile: string | null;
}

/** Spec (+ config) → the IR, as `generate` builds it, without rendering anything. */
export async function loadIr(options: Omit<InputOptions, 'templates' | 'target'>): Promise<LoadIrResult> {
  return withInputs(options, async ({ source, config }, gathered) => {
    const diagnostics = new Diagnostics();
    const sdkConfig = await loadConfig(config.file, diagnostics);
    const configRoot =
      sdkConfig.allowRefRoot && sdkConfig.dir ? path.resolve(sdkConfig.dir, sdkConfig.allowRefRoot) : null;
    const allowRefRoot = options.allowRefRoot
      ? path.resolve(options.cwd ?? process.cwd(), options.allowRefRoot)
      : configRoot;
    const spec = await loadSpec(source.path, diagnostics, { allowRefRoot });
    const { api } = buildIr(normalize(spec, sdkConfig, diagnostics), sdkConfig, diagnostics);
    validateIr(api);
    gathered.list = diagnostics.list.map((d) => ({ ...d, file: source.displayFile(d.file) }));
    if (diagnostics.errors.length > 0) throw new StageSpecError(diagnostics.errors[0]);
    return { api, diagnostics: gathered.list, configFile: config.file };
  });
}
