/**
 * The Stainless config `sdkgen migrate --from-repo` writes from what the repository holds (its api.md and SDK), and
 * what users would notice with it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { pointerTokens, SpecError as StageSpecError } from '../diagnostics';
import { generate as runPipeline } from '../generate';
import { DERIVED_CONFIG_PATH, deriveStainlessConfig, type DerivedConfig } from '../migrate/derived-config/config';
import { derivedConfigInput } from '../migrate/derived-config/input';
import type { SpecSchemas } from '../migrate/python/derived-config/python-models';
import { endpointSchemasOf } from '../migrate/python/derived-config/endpoint-schemas';
import { derivedPythonConfigFile } from '../migrate/python/derived-config/derived-config';
import { pythonImportName } from '../migrate/python/import-name';
import { compareWithStainless } from '../migrate/surface';
import { HTTP_METHODS } from '../normalize/operations';
import { temporaryDir } from '../temp-dir';
import type { StainlessBase } from '../migrate/repository/stainless-repo';
import type { RepoFile } from '../migrate/repository/checkout-files';

/**
 * The config `derived-config/config.ts` writes from the repository, in a temporary file for the generation (the repository
 * gets it with the other files); null when the repository has no api.md to write it from.
 */
export async function deriveConfig(
  current: RepoFile[],
  spec: string,
  /** A module as Stainless's generation wrote it (the base's), where it is known. */
  stainlessText?: (path: string) => string | undefined,
): Promise<{ config: DerivedConfig; file: string; cleanup: () => void } | null> {
  const first = derivedConfigInput(current, null, null, stainlessText);
  // An api.md that lists no method sdkgen can read (another format) says nothing to write a config from.
  if (first === null || deriveStainlessConfig(first).counts.methods === 0) return null;
  const dir = temporaryDir('sdkgen-migrate-');
  const file = path.join(dir.path, DERIVED_CONFIG_PATH);
  try {
    // The spec's schemas and what its endpoints take and return, from the SDK of the spec alone; or, where the spec
    // alone does not generate (an endpoint the SDK leaves out is broken), of the resources and methods api.md lists.
    const generate = (config: string | null) =>
      runPipeline({ spec, config, format: false, funcs: false, referenceDocs: false, namedComponents: true });
    const brokenEndpoints = new Map<string, string>();
    const generated = await generate(null).catch(async (error: unknown) => {
      if (!(error instanceof StageSpecError)) throw error;
      // Operations api.md lists that this spec has broken (it is not the spec Stainless generated from) are left
      // out, a round for each stage that finds some.
      for (let round = 0; ; round++) {
        writeFileSync(file, deriveStainlessConfig({ ...first, brokenEndpoints }).text);
        try {
          return await generate(file);
        } catch (again) {
          const broken = again instanceof StageSpecError ? operationErrors(again) : new Map<string, string>();
          if (broken.size === 0 || round === 10 || [...broken.keys()].every((e) => brokenEndpoints.has(e))) throw again;
          for (const [endpoint, why] of broken) brokenEndpoints.set(endpoint, why);
        }
      }
    });
    const config = deriveStainlessConfig({
      ...derivedConfigInput(current, generated.api, specDocument(spec), stainlessText)!,
      brokenEndpoints,
    });
    writeFileSync(file, config.text);
    return { config, file, cleanup: dir.remove };
  } catch (error) {
    dir.remove();
    throw error;
  }
}

/**
 * The spec's schemas and the schema each endpoint returns, from the SDK of the spec alone, for the models of the
 * Python config written from the repository (else from the SDK of api.md's resources, where the spec alone does not
 * generate); null where neither generates (its models then go unnamed).
 */
export async function pythonSpecSchemas(current: RepoFile[], spec: string): Promise<SpecSchemas | null> {
  const generate = (config: string | null) =>
    runPipeline({ spec, config, format: false, funcs: false, referenceDocs: false, namedComponents: true });
  const generated = await generate(null).catch(async (error: unknown) => {
    if (!(error instanceof StageSpecError)) throw error;
    // Where the spec alone does not generate (it is not the spec Stainless generated from: an operation's path
    // parameter it does not declare), the SDK of the resources and methods api.md lists, as the TypeScript path's.
    const importName = pythonImportName(current);
    const listed = importName === null ? null : derivedPythonConfigFile(current, importName);
    if (listed === null) return null;
    try {
      return await generate(listed.file);
    } catch (again) {
      if (again instanceof StageSpecError) return null;
      throw again;
    } finally {
      listed.cleanup();
    }
  });
  const document = specDocument(spec);
  const input = generated && derivedConfigInput(current, generated.api, document);
  // (The schemas each endpoint sends or returns tell apart two schemas a type api.md lists could be.)
  return input ? { ...input, endpointSchemas: endpointSchemasOf(generated.api, document) } : null;
}

/** How many changes users would notice with the config written from the repository; null when none is written. */
export async function fromRepoSurface(
  current: RepoFile[],
  base: StainlessBase | null,
  spec: string,
): Promise<number | null> {
  const derived = await deriveConfig(current, spec);
  if (derived === null) return null;
  try {
    const { files } = await runPipeline({
      spec,
      config: derived.file,
      format: false,
      funcs: false,
      referenceDocs: false,
    });
    const byPath = new Map(current.map((f) => [f.path, f.text]));
    const rendered = new Map(files.map((f) => [f.path, f.contents]));
    const surface = compareWithStainless(
      (path) => byPath.get(path) ?? base?.texts.get(path) ?? null,
      (path) => rendered.get(path) ?? null,
    );
    return surface?.breaking.length ?? null;
  } finally {
    derived.cleanup();
  }
}

/** The spec's root document, parsed, where it is a local file; null otherwise (its security schemes are then the SDK's). */
function specDocument(spec: string): unknown {
  try {
    return yaml.load(readFileSync(spec, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch {
    return null;
  }
}

/** The operations a spec error is about, as endpoints ("put /v1/things/{id}") with the error's message. */
function operationErrors(error: StageSpecError): Map<string, string> {
  const operations = new Map<string, string>();
  for (const d of [error.diagnostic, ...error.more]) {
    const [paths, path, verb] = pointerTokens(d.pointer ?? '');
    if (paths !== 'paths' || path === undefined || !(HTTP_METHODS as string[]).includes(verb)) return new Map();
    operations.set(`${verb} ${path}`, d.message.replace(/ \(and \d+ more errors?\)$/, ''));
  }
  return operations;
}
