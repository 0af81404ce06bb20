/**
 * The user's edits to the generated files of an output folder: each generated file (per the manifest) whose text
 * is not what sdkgen wrote, with sdkgen's own text of it when it can be found (pristine.ts), to show the edits
 * as a diff. Reads only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readManifestSync } from './manifest';
import { sha256 } from '../sha256';
import { pristineOf } from './pristine';

export interface Customization {
  path: string;
  /** sdkgen's text of the file, or null when neither `.sdkgen/pristine/` nor git history has it. */
  generated: string | null;
  /** The file as it is now, or null when the user deleted it. */
  current: string | null;
}

export function readCustomizations(dir: string): Customization[] | null {
  const manifest = readManifestSync(dir);
  if (!manifest) return null;
  const out: Customization[] = [];
  for (const [file, hash] of Object.entries(manifest.files)) {
    let current: string | null;
    try {
      current = readFileSync(path.join(dir, file), 'utf8');
    } catch {
      current = null;
    }
    if (current !== null && sha256(current) === hash) continue;
    out.push({ path: file, generated: pristineOf(dir, file, hash), current });
  }
  return out;
}
