/**
 * The spec the SDK was generated from, written into the package under `mock/` so that its own `npm test` can start
 * Prism mocking it (scripts/mock-server.mjs). It is the document as sdkgen read it (Swagger 2.0 converted, a
 * Stainless config's transformations applied), one JSON file per loaded document at its path relative to the root
 * document's folder, so that `$ref`s between files resolve as they did. JSON is valid YAML: each file keeps its name.
 *
 * Not written (null) when a document lies outside the root's folder, or its path is not plain (letters, digits,
 * `_.$-` and `/`: output paths never carry anything else): the mock then needs TEST_API_BASE_URL.
 */
import path from 'node:path';
import type { LoadedSpec } from '../load/load';
import type { RenderedFile } from './render';

/** A relative path inside the root's folder, made of plain names. */
const PLAIN_PATH = /^(?!\.\.?\/)[A-Za-z0-9_$-][A-Za-z0-9_.$-]*(\/[A-Za-z0-9_$-][A-Za-z0-9_.$-]*)*$/;
const PRETTY_MAX = 2_000_000;

export function mockSpecFiles(spec: LoadedSpec): { root: string; files: RenderedFile[] } | null {
  const base = path.dirname(spec.root.absPath);
  const files: RenderedFile[] = [];
  for (const doc of spec.documents.values()) {
    const relative = path.relative(base, doc.absPath).split(path.sep).join('/');
    if (!PLAIN_PATH.test(relative)) return null;
    // Pretty when a reader may open it; a very large spec stays compact (indenting it would double its size).
    const text = JSON.stringify(doc.root);
    files.push({
      path: `mock/${relative}`,
      contents: `${text.length < PRETTY_MAX ? JSON.stringify(doc.root, null, 2) : text}\n`,
    });
  }
  return { root: path.basename(spec.root.absPath), files };
}
