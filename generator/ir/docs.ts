/**
 * The docs and source of what the IR declares: a schema's title, description, deprecation, example and default, as
 * the emitted JSDoc and reference docs read them.
 */
import type { Location } from '../normalize/normalize';
import type { SchemaNode } from '../normalize/schema';
import type { Docs, SourceRef } from './types';

export function sourceOf(loc: Location): SourceRef {
  return { file: loc.doc.file, pointer: loc.pointer };
}

/** No docs given besides the schema's (a constant: docsOf runs for every schema and property). */
export const NO_EXTRA_DOCS: Partial<Docs> = Object.freeze({});
const TITLED = Object.freeze({ title: true });

export function docsOf(
  node: SchemaNode | null,
  extra: Partial<Docs> = NO_EXTRA_DOCS,
  { title }: { title: boolean } = TITLED,
): Docs {
  const summary = extra.summary ?? (title && node?.title && node.title !== node.idName ? node.title : null);
  const description = extra.description ?? node?.description ?? null;
  const deprecated = extra.deprecated ?? node?.deprecated ?? false;
  const example = extra.example ?? (node?.example ? safeJson(node.example.value) : null);
  const defaultValue = extra.default ?? (node?.default ? safeJson(node.default.value) : null);
  // Most schemas document nothing: they share NO_DOCS.
  if (summary === null && description === null && deprecated === false && example === null && defaultValue === null)
    return NO_DOCS;
  return { summary, description, deprecated, example, default: defaultValue };
}

function safeJson(value: unknown): string | null {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : text.length > 400 ? `${text.slice(0, 397)}...` : text;
  } catch {
    return null;
  }
}

export const NO_DOCS: Docs = Object.freeze({
  summary: null,
  description: null,
  deprecated: false,
  example: null,
  default: null,
});
