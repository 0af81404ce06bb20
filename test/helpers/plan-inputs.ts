/**
 * A repository's history as the migration planners (planMigration, planPythonMigration) read it, without git: the base
 * (Stainless's generation: each file's text and blob) and the checkout (each file's path, text and blob). A blob is
 * the text's hash, as git's is, so that a file of the checkout is Stainless's exactly where its text is the base's.
 */
import { createHash } from 'node:crypto';

/** The blob of `text`: the same for the same text, another for any other. */
export function blobOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Stainless's generation of `files` (path → text) as the planners' `base` reads it. */
export function baseOf(files: Record<string, string>): { blobs: Map<string, string>; texts: Map<string, string> } {
  return {
    blobs: new Map(Object.entries(files).map(([path, text]) => [path, blobOf(text)])),
    texts: new Map(Object.entries(files)),
  };
}

/** The checkout of `files` (path → text) as the planners' `current` reads it. */
export function checkoutOf(files: Record<string, string>): Array<{ path: string; blob: string; text: string }> {
  return Object.entries(files).map(([path, text]) => ({ path, blob: blobOf(text), text }));
}
