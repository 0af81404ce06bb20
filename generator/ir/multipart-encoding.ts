/**
 * How each part of a `multipart/form-data` body is sent, from the media type's `encoding` map (OpenAPI 3.0 and 3.1,
 * the Encoding Object): a language-neutral fact of the IR that both runtimes act on.
 *
 * - `contentType` naming JSON (`application/json`, `…+json`): the property's value is one part, its JSON text, however
 *   it is nested (OpenAPI's default for an object part; here because the spec says it for this one).
 * - `style: form` (OpenAPI's default style) with `explode` true or left out: an array's items are parts of their own,
 *   each under the property's own name (RFC 7578's repeated field), not `name[]`. OpenAPI 3.1 says an explicit `style`
 *   or `explode` makes `contentType` ignored, so such a part is never a JSON one. (OpenAPI 3.0 gave `style` and
 *   `explode` to form-urlencoded bodies alone; a 3.0 spec is read with 3.1's semantics here as everywhere in sdkgen,
 *   normalize/schema.ts: its parts have no other way to say "a part per item", RFC 7578's form for several files.)
 * - Anything else (no entry, `deepObject`, a `contentType` that is not JSON): the part is sent as the SDK sends any
 *   part (with a Stainless config, Stainless's own way: nested values under bracketed keys; else OpenAPI's defaults).
 *   `explode: false`, `spaceDelimited` and `pipeDelimited` (one part of joined items) are not sent so: they are
 *   returned in `unsupported`, for the caller to warn.
 */
import { pointerJoin } from '../diagnostics';
import type { BuildContext } from './context';
import type { BodyEncoding, SourceRef } from './types';

/** The parts of one multipart body that are not sent the default way, by property (wire) name. */
export interface PartEncodings {
  /** Properties sent as one JSON part. */
  jsonParts: string[];
  /** Array properties whose items are each a part under the property's own name. */
  repeatParts: string[];
  /** Properties whose encoding asks for a form sdkgen does not send (`explode: false`, `pipeDelimited`…), with it. */
  unsupported: Array<{ part: string; style: string; explode: boolean }>;
}

const JSON_MEDIA = /^\s*(?:application\/json|[\w.+-]+\/[\w.-]+\+json|text\/json)\b/i;

/** Whether a `contentType` (one media type or a comma-separated list of them) names a JSON one first. */
function namesJson(contentType: string): boolean {
  const first = contentType.split(',')[0] ?? '';
  return JSON_MEDIA.test(first);
}

/** The parts of a multipart body's `encoding` map (the raw value under the media type) that are sent their own way. */
export function readPartEncodings(encoding: unknown): PartEncodings {
  const result: PartEncodings = { jsonParts: [], repeatParts: [], unsupported: [] };
  if (encoding === null || typeof encoding !== 'object' || Array.isArray(encoding)) return result;
  for (const [part, raw] of Object.entries(encoding as Record<string, unknown>)) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) continue;
    const entry = raw as { contentType?: unknown; style?: unknown; explode?: unknown };
    const hasStyle = typeof entry.style === 'string' || typeof entry.explode === 'boolean';
    if (hasStyle) {
      const style = typeof entry.style === 'string' ? entry.style : 'form';
      // `explode` defaults to true for the form style, false for the others (as for parameters).
      const explode = typeof entry.explode === 'boolean' ? entry.explode : style === 'form';
      if (style === 'form' && explode) result.repeatParts.push(part);
      else if (style !== 'deepObject') result.unsupported.push({ part, style, explode });
      continue;
    }
    if (typeof entry.contentType === 'string' && namesJson(entry.contentType)) result.jsonParts.push(part);
  }
  return result;
}

/**
 * A request body's JSON and repeated parts (`RequestBody.jsonParts`, `repeatParts`). Only a multipart body's parts
 * are repeated; an encoding sdkgen does not send as asked is a warning at the encoding entry, and the part is sent
 * the default way.
 */
export function multipartParts(
  ctx: Pick<BuildContext, 'diags'>,
  bodyEncoding: BodyEncoding,
  encoding: unknown,
  source: SourceRef,
): { jsonParts: string[]; repeatParts: string[] } {
  const parts = readPartEncodings(encoding);
  if (bodyEncoding !== 'multipart') return { jsonParts: parts.jsonParts, repeatParts: [] };
  for (const { part, style, explode } of parts.unsupported) {
    ctx.diags.warn(
      'unsupported-part-encoding',
      source.file,
      pointerJoin(source.pointer, 'encoding', part),
      `multipart part ${JSON.stringify(part)}: style ${JSON.stringify(style)} with explode: ${explode} (its items ` +
        'joined in one part) is not supported; it is sent as the SDK sends any part',
      'use style: form with explode: true (a part per item), or contentType: application/json (one JSON part)',
    );
  }
  return { jsonParts: parts.jsonParts, repeatParts: parts.repeatParts };
}
