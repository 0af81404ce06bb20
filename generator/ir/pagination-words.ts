/**
 * What a spec's words say about paging: whether a description names a parameter or a field, calls a value a cursor,
 * or says a field holds a URL. Pagination detection (pagination.ts) reads them before it falls back on names.
 */
import type { SchemaNode } from '../normalize/schema';

/** Formats of a string that is a URL (the next page's, for a next-page field). */
const URL_FORMATS = new Set(['uri', 'url', 'iri', 'uri-reference', 'iri-reference']);

/** Whether `text` calls what it describes a cursor, a token, or a marker: a value sent back as it came. */
export function saysCursor(text: string | null): boolean {
  return text !== null && /\b(cursors?|(page|continuation|pagination|next)[ _-]?tokens?|opaque|markers?)\b/i.test(text);
}

/** Whether `text` speaks of paging at all: a cursor, a page, the next one. */
export function saysPaging(text: string | null): boolean {
  return (
    text !== null && /\b(cursors?|tokens?|pages?|pagination|paging|paginate|next|continu\w*|markers?)\b/i.test(text)
  );
}

/** Whether `text` calls what it describes a page number or a page index. */
export function saysPageNumber(text: string | null): boolean {
  return text !== null && /\bpage (number|index)\b|\bnumber of the page\b/i.test(text);
}

/**
 * Whether `text` names `name`: quoted or in backticks; as a bare word only when the name cannot be an English word
 * (`next_page`, `nextPageToken`, `page[cursor]`), since "next" or "after" in a sentence names nothing.
 */
export function mentions(text: string | null, name: string): boolean {
  if (text === null || name === '') return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`[\`'"]${escaped}[\`'"]`).test(text)) return true;
  const distinctive = /[_\-[.\dA-Z]/.test(name.slice(1));
  return distinctive && new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`).test(text);
}

/**
 * Whether the string field `key` holds a URL: its name or format says so, its example is one, or its description
 * says URL or link without calling it a cursor (a cursor's description may well mention a link).
 */
export function saysUrl(key: string, schema: SchemaNode): boolean {
  if (/(url|uri|link|href)s?$/i.test(key)) return true;
  if (schema.format !== null && URL_FORMATS.has(schema.format.toLowerCase())) return true;
  const example = schema.example?.value;
  if (typeof example === 'string' && /^(https?:\/\/|\/)/i.test(example)) return true;
  const text = schema.description;
  return text !== null && /\b(url|uri|link|href)s?\b/i.test(text) && !saysCursor(text);
}
