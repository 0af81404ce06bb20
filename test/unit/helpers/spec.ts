/**
 * Tiny specs for unit tests, loaded by the real loader so that tests never depend on the shape of `LoadedSpec`:
 * `loadObject` in memory (`loadSpecFromMemory`, as `spec.json`), `writeSpec` as JSON under test/.tmp/unit-<pid>/
 * for tests that go through the disk or the CLI.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Diagnostics, SpecError, type Diagnostic } from '../../../generator/diagnostics';
import { loadSpecFromMemory, type LoadedSpec, type MemorySpec } from '../../../generator/load/load';

const here = path.dirname(fileURLToPath(import.meta.url));
export const TMP = path.resolve(here, `../../.tmp/unit-${process.pid}`);

let counter = 0;

/** Write `root` as `<name>.json` into a fresh temp folder and return the file path. */
export function writeSpec(root: unknown, name = 'spec'): string {
  const dir = path.join(TMP, String(counter++));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(root, null, 2));
  return file;
}

/** Load an OpenAPI document (and the files its `$ref`s name, by relative path) through the loader, in memory. */
export async function loadObject(
  root: object,
  diags = new Diagnostics(),
  files: MemorySpec['files'] = {},
): Promise<{ spec: LoadedSpec; diags: Diagnostics; file: string }> {
  const file = 'spec.json';
  return { spec: await loadSpecFromMemory({ spec: root, file, files }, diags), diags, file };
}

/** A minimal OpenAPI document with the given paths and component schemas. */
export function openapi({
  paths = {},
  schemas,
  version = '3.1.0',
  title = 'Acme',
}: {
  paths?: Record<string, unknown>;
  schemas?: Record<string, unknown>;
  version?: string;
  title?: string;
}): Record<string, unknown> {
  return {
    openapi: version,
    info: { title, version: '1' },
    servers: [{ url: 'https://api.example.com' }],
    paths,
    ...(schemas ? { components: { schemas } } : {}),
  };
}

/** Remove every temp spec this worker wrote (call from afterAll). */
export function cleanupSpecs(): void {
  rmSync(TMP, { recursive: true, force: true });
}

/** The diagnostic of the SpecError that `run` throws (fails the test when it does not throw one). */
export async function specError(run: () => unknown): Promise<Diagnostic> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SpecError) return error.diagnostic;
    throw error;
  }
  throw new Error('expected a SpecError, but nothing was thrown');
}
