/** Media types: which of a request's or a response's content types the SDK uses, and how a body is encoded. */
import type { BodyEncoding, Method, TypeRef } from './types';

export function pickRequestMediaType(types: string[]): string | null {
  const lower = types.map((t) => t.toLowerCase());
  const find = (test: (t: string) => boolean) => {
    const i = lower.findIndex(test);
    return i >= 0 ? types[i] : null;
  };
  return (
    find((t) => /^application\/json\b/.test(t)) ??
    find((t) => /\+json\b/.test(t) || /\/json\b/.test(t)) ??
    find((t) => t.startsWith('multipart/form-data')) ??
    find((t) => t.startsWith('application/x-www-form-urlencoded')) ??
    find((t) => t.startsWith('multipart/')) ??
    find((t) => t.startsWith('application/octet-stream')) ??
    find((t) => t.startsWith('text/plain')) ??
    types[0] ??
    null
  );
}

export function pickResponseMediaType(types: string[]): string | null {
  const lower = types.map((t) => t.toLowerCase());
  // JSON first, then a JSON flavour, then an event stream, else the first.
  let i = lower.findIndex((t) => /^application\/json\b/.test(t));
  if (i < 0) i = lower.findIndex((t) => isJsonMedia(t));
  if (i < 0) i = lower.findIndex((t) => t.startsWith('text/event-stream'));
  return types[i < 0 ? 0 : i] ?? null;
}

export function isJsonMedia(mediaType: string): boolean {
  const t = mediaType.toLowerCase();
  return (
    /^application\/json\b/.test(t) ||
    /\+json\b/.test(t) ||
    /^text\/json\b/.test(t) ||
    /\/json\b/.test(t) ||
    t === '*/*' ||
    t === 'application/*'
  );
}

export function requestEncoding(mediaType: string): BodyEncoding {
  const t = mediaType.toLowerCase();
  if (isJsonMedia(t)) return 'json';
  if (t.startsWith('multipart/')) return 'multipart';
  if (t.startsWith('application/x-www-form-urlencoded')) return 'form';
  if (t.startsWith('text/')) return 'text';
  return 'binary';
}

/**
 * The type of each line of a method's JSON Lines response (`application/x-jsonl`, NDJSON, with a schema), which the SDKs
 * read a value a line (TypeScript's `Stream<T>`, Python's `JSONLDecoder[T]`); null for any other response, and for a
 * method a body flag streams instead (its response stays binary).
 */
export function jsonLinesOf(method: Pick<Method, 'response' | 'streamWhen'>): TypeRef | null {
  const { response } = method;
  return response.kind === 'binary' && response.lines !== undefined && !method.streamWhen ? response.lines : null;
}
