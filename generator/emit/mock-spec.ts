/**
 * The spec the SDK was generated from, written into the package under `mock/` so that its own `npm test` can start
 * Prism mocking it (scripts/mock-server.mjs). It is the document as sdkgen read it (Swagger 2.0 converted, a
 * Stainless config's transformations applied), one JSON file per loaded document at its path relative to the root
 * document's folder, so that `$ref`s between files resolve as they did. JSON is valid YAML: each file keeps its name.
 *
 * Not written (null) when a document lies outside the root's folder: the mock then needs TEST_API_BASE_URL.
 */
import path from 'node:path';
import type { LoadedSpec } from '../load/load';
import type { RenderedFile } from './render';

export function mockSpecFiles(spec: LoadedSpec): { root: string; files: RenderedFile[] } | null {
  const base = path.dirname(spec.root.absPath);
  const files: RenderedFile[] = [];
  for (const doc of spec.documents.values()) {
    const relative = path.relative(base, doc.absPath).split(path.sep).join('/');
    if (relative.startsWith('../') || path.isAbsolute(relative) || relative === '') return null;
    files.push({ path: `mock/${relative}`, contents: `${JSON.stringify(doc.root, null, 2)}\n` });
  }
  return { root: path.basename(spec.root.absPath), files };
}
