/**
 * The inputs an output directory was generated with, as its manifest records them: what `check`, `watch` and
 * `generate` (without a spec) regenerate from.
 */
import { recordedMockServer, type MockServer } from '../emit/mock-server';
import path from 'node:path';
import { SpecError } from '../diagnostics';
import { MANIFEST_PATH, readManifest, type RemovedExports } from './manifest';

export interface RecordedTarget {
  /** Output directory, as given (used in messages). */
  dir: string;
  spec: string;
  config: string | null;
  templates: string | null;
  target: string | null;
  /** The `--python-package` it was generated with, if any. */
  pythonPackage?: string | null;
  /** The `--formatter` the directory was generated with, if any. */
  formatter?: string | null;
  /** The `--allow-ref-root` it was generated with, if any. */
  allowRefRoot?: string | null;
  /** Whether it was generated with `--mcp`. */
  mcp?: boolean;
  /** false when it was generated with `--no-funcs`. */
  funcs?: boolean;
  /** false when it was generated with `--no-reference-docs`. */
  referenceDocs?: boolean;
  /** The owners keep their own Vitest config (recorded by `sdkgen migrate`). */
  ownersVitest?: boolean;
  /** The era of the Stainless SDK migrated there (recorded by `sdkgen migrate`). */
  stainlessEra?: string | null;
  /** The mock server the package's tests run (recorded by `sdkgen migrate`): null, Prism. */
  mockServer?: MockServer;
  /** Files the owners deleted (recorded by `sdkgen migrate`): not expected. */
  deleted?: readonly string[] | null;
  /** Names the owners took out of the entry (recorded by `sdkgen migrate`): not expected there. */
  removedExports?: RemovedExports | null;
  /** The Python package's released version (recorded by `sdkgen migrate`). */
  packageVersion?: string | null;
}

/** The target recorded in `<dir>/.sdkgen/manifest.json` (paths there are relative to the directory). */
export async function targetFromManifest(dir: string): Promise<RecordedTarget> {
  const manifest = await readManifest(dir);
  const file = path.join(dir, MANIFEST_PATH);
  if (!manifest) {
    throw new SpecError({
      code: 'missing-manifest',
      file,
      pointer: '',
      message: `${dir} has no sdkgen manifest`,
      hint: `pass the spec: sdkgen check <spec> -o ${dir}`,
    });
  }
  const inputs = manifest.inputs;
  if (!inputs?.spec) {
    throw new SpecError({
      code: 'manifest-without-inputs',
      file,
      pointer: '',
      message: 'the manifest does not record the spec it was generated from (written by an older sdkgen)',
      hint: `pass the spec (sdkgen check <spec> -o ${dir}), or regenerate once`,
    });
  }
  const resolve = (p: string) => path.relative(process.cwd(), path.resolve(dir, p)) || '.';
  return {
    dir,
    spec: resolve(inputs.spec),
    config: inputs.config ? resolve(inputs.config) : null,
    templates: inputs.templates ? resolve(inputs.templates) : null,
    target: inputs.target ?? null,
    pythonPackage: inputs.pythonPackage ?? null,
    formatter: inputs.formatter ?? null,
    allowRefRoot: inputs.allowRefRoot ? resolve(inputs.allowRefRoot) : null,
    mcp: inputs.mcp === true,
    ...(inputs.funcs === false ? { funcs: false } : {}),
    referenceDocs: inputs.referenceDocs !== false,
    ownersVitest: inputs.ownersVitest === true,
    stainlessEra: inputs.stainlessEra ?? null,
    mockServer: recordedMockServer(inputs.mockServer),
    deleted: inputs.deleted ?? null,
    removedExports: inputs.removedExports ?? null,
    packageVersion: inputs.packageVersion ?? null,
  };
}
