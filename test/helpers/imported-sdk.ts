/**
 * sdkgen's TypeScript SDK of a spec and a config, generated into `<root>/sdk` and its `src/index.ts` imported (vitest
 * runs the TypeScript as it is): for tests that call the SDK's client against a local server.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateFrom, writeFiles } from './sdk';

export interface ImportedSdk {
  /** Where the SDK was written (`<root>/sdk`). */
  dir: string;
  files: Array<{ path: string; contents: string }>;
  /** The generation's warnings. */
  warnings: Awaited<ReturnType<typeof generateFrom>>['diagnostics']['warnings'];
  /** The SDK's index module (its client class among its exports); typed loosely, as it exists only at test time. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  index: any;
}

/** `spec` and `config` generated (no funcs, no reference docs) into `<root>/sdk`, and its index imported. */
export async function importedSdk(root: string, spec: object, config: string): Promise<ImportedSdk> {
  const { files, diagnostics } = await generateFrom(root, spec, config, { funcs: false, referenceDocs: false });
  const dir = path.join(root, 'sdk');
  writeFiles(dir, files);
  const index = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
  return { dir, files, warnings: diagnostics.warnings, index };
}
