/** The Python branch of generate(): the package emit/python/ prints, formatted by Ruff, with its mock spec. */
import { createHash } from 'node:crypto';
import type { SdkConfig } from './config';
import { KeyLeaves } from './emit/key-leaves';
import type { RenderedFile } from './emit/render';
import { emitPython } from './emit/python/emit';
import { formatPython } from './format/ruff';
import type { RuffPool } from './format/ruff-pool';
import type { GenerateOptions } from './generate-options';
import { PYTHON_FORMAT_KEY, packageRoot } from './generate-layers';
import { mockTestsOffBy, renderFingerprint } from './generate-typescript';
import type { Api } from './ir/types';
import { CODE_IDENTITY } from './write/inputs-key';
import type { PreviousOutput } from './write/previous-output';

/**
 * The Python package's files. A .py file whose printed text is last run's, formatted by the same Ruff, is the file on
 * disk (as emitApi reuses TypeScript files); the others are formatted on Ruff's threads as they are printed. A file
 * that is not formatted is marked reused when it is last run's, byte for byte.
 */
export async function emitPythonFiles(
  api: Api,
  config: SdkConfig,
  options: GenerateOptions,
  previous: PreviousOutput | null,
  ruff: RuffPool | null,
  mock: { root: string; files: RenderedFile[] } | null,
): Promise<RenderedFile[]> {
  // The texts of the unit keys go to the previous output's worker (when it has one) while its files are hashed.
  const hasher = previous?.textHasher() ?? null;
  const leaves = hasher ? KeyLeaves.hashedBy(api, hasher) : null;
  await previous?.ready();
  const reuse = previous?.format === PYTHON_FORMAT_KEY ? previous : null;
  const python = config.stainless?.pythonTarget ?? null;
  // A Stainless SDK's era (--stainless-era) and its config's top-level edition pick forms; a plain spec: the newest.
  const pythonEra = config.stainless != null ? (options.stainlessEra ?? null) : null;
  const pythonEdition = config.stainless?.edition ?? null;
  const mockTestsOff = mockTestsOffBy(config) !== null;
  const files = await emitPython(api, {
    packageRoot: packageRoot(),
    // --python-package (migrate: the repository's own package) over the config's package_name, as its help says.
    importName: options.pythonPackage ?? python?.packageName ?? null,
    distributionName: python?.projectName ?? null,
    ...(python
      ? { repository: python.repository, readmeTitle: python.readmeTitle, installFrom: python.installFrom }
      : {}),
    fromStainlessConfig: config.stainless != null,
    organizationName: config.stainless?.organizationName ?? null,
    organizationContact: config.stainless?.contact ?? null,
    casings: config.stainless?.customCasings,
    querySettings: config.stainless?.querySettings ?? null,
    stainlessEra: pythonEra,
    stainlessEdition: pythonEdition,
    mockTestsOff,
    mockServer: options.mockServer ?? null,
    moduleClient: python?.moduleClient ?? false,
    mockSpec: mock ? `mock/${mock.root}` : null,
    format: async (file) => {
      const rendered = renderFingerprint(file);
      const taken = reuse?.take(file.path, rendered, PYTHON_FORMAT_KEY);
      if (taken) return taken;
      const contents = ruff ? await ruff.format(file.contents, file.path) : formatPython(file.contents, file.path);
      return { path: file.path, contents, rendered };
    },
    unformatted: (file) => previous?.takeUnformatted(file) ?? file,
    // A module whose unit key is last run's is taken unprinted (emit/python/unit-keys.ts).
    units: {
      runKey: createHash('sha256')
        // The era, edition and mock-tests switch pick forms (client, __init__, README, test marks) the model lacks.
        .update(JSON.stringify({ code: CODE_IDENTITY.get(), format: PYTHON_FORMAT_KEY, era: pythonEra, mockTestsOff }))
        // (The mock server decides which tests run: Steady answers JSON Lines, test-skips.ts.)
        .update(JSON.stringify(options.mockServer ?? null))
        .update(JSON.stringify(pythonEdition))
        // (The config's casings name classes the IR's names do not show.)
        .update(JSON.stringify([...(config.stainless?.customCasings ?? [])]))
        // (Older clients' docstrings name the organization as the config writes it.)
        .update(JSON.stringify(config.stainless?.organizationName ?? null))
        .digest('hex'),
      take: (id, key, paths) => reuse?.takeUnit(id, key(), paths) ?? null,
      leaves: await leaves,
    },
    // Reused files are the files on disk: there is nothing to write or compare.
    onFile: (file) => void (file.reused || options.onFile?.(file, api, previous)),
  });
  const mockFiles = (mock?.files ?? []).map((file) => previous?.takeUnformatted(file) ?? file);
  for (const file of mockFiles) if (!file.reused) options.onFile?.(file, api, previous);
  files.push(...mockFiles);
  return files;
}
