/**
 * Tiny specs for unit tests: a JS object is written as JSON under test/.tmp/unit-<pid>/ and loaded with the
 * real `loadSpec`, so tests never depend on the shape of `LoadedSpec` and exercise the loader as users do.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Diagnostics, SpecError, type Diagnostic } from '../../../generator/diagnostics';
import { loadSpec, type LoadedSpec } from '../../../generator/load/load';

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

/** Load an in-memory OpenAPI document through the real loader. */
export async function loadObject(root: unknown, diags = new Diagnostics()): Promise<{ spec: LoadedSpec; diags: Diagnostics; file: string }> {
  const file = writeSpec(root);
  return { spec: await loadSpec(file, diags), diags, file };
}

/** A minimal OpenAPI document with the given paths and component schemas. */
export function openapi(
  { paths = {}, schemas, version = '3.1.0', title = 'Acme' }: { paths?: Record<string, unknown>; schemas?: Record<string, unknown>; version?: string; title?: string },
): Record<string, unknown> {
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
