/**
 * `.sdkgen/manifest.json` in an output directory: every file sdkgen wrote there, with its hash. Only
 * files listed in it are ever overwritten or deleted by a later run (unless --force).
 */
import { compareStrings } from '../naming/case';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST_PATH = '.sdkgen/manifest.json';

export interface Manifest {
  generator: 'sdkgen';
  /** Output path → sha256 of the contents sdkgen wrote. */
  files: Record<string, string>;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function readManifest(dir: string): Promise<Manifest | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_PATH), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Manifest;
    if (parsed && parsed.generator === 'sdkgen' && parsed.files && typeof parsed.files === 'object') return parsed;
  } catch {
    // fall through: a corrupt manifest protects nothing and claims nothing
  }
  return null;
}

export function manifestText(files: Array<{ path: string; contents: string }>): string {
  const entries = [...files].sort((a, b) => compareStrings(a.path, b.path)).map((f) => [f.path, sha256(f.contents)]);
  return `${JSON.stringify({ generator: 'sdkgen', files: Object.fromEntries(entries) }, null, 2)}\n`;
}
