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

/**
 * Docs as their writers have them, where null, undefined and false say "none"; docsFrom keeps only what is given.
 */
export interface DocsFields {
  summary?: string | null;
  description?: string | null;
  deprecated?: boolean | string | null;
  example?: string | null;
  default?: string | null;
}

/** No docs given besides the schema's (a constant: docsOf runs for every schema and property). */
export const NO_EXTRA_DOCS: DocsFields = Object.freeze({});
const TITLED = Object.freeze({ title: true });

export function docsOf(
  node: SchemaNode | null,
  extra: DocsFields = NO_EXTRA_DOCS,
  { title }: { title: boolean } = TITLED,
): Docs {
  return docsWith(
    extra.summary ?? (title && node?.title && node.title !== node.idName ? node.title : null),
    extra.description ?? node?.description,
    extra.deprecated ?? node?.deprecated,
    extra.example ?? (node?.example ? safeJson(node.example.value) : null),
    extra.default ?? (node?.default ? safeJson(node.default.value) : null),
  );
}

/** The Docs of the fields given, each absent when none. */
export function docsFrom(fields: DocsFields): Docs {
  return docsWith(fields.summary, fields.description, fields.deprecated, fields.example, fields.default);
}

/**
 * Docs holding only the fields that say something, in one key order (summary, description, deprecated, example,
 * default: docs are compared by their JSON). Most schemas document nothing: they share NO_DOCS. (`== null` is null
 * or undefined; the tests are written out: this runs for every schema, property and parameter.)
 */
function docsWith(
  summary: string | null | undefined,
  description: string | null | undefined,
  deprecated: boolean | string | null | undefined,
  example: string | null | undefined,
  defaultValue: string | null | undefined,
): Docs {
  const isDeprecated = deprecated != null && deprecated !== false;
  if (summary == null && description == null && !isDeprecated && example == null && defaultValue == null)
    return NO_DOCS;
  const docs: Docs = {};
  if (summary != null) docs.summary = summary;
  if (description != null) docs.description = description;
  if (isDeprecated) docs.deprecated = deprecated;
  if (example != null) docs.example = example;
  if (defaultValue != null) docs.default = defaultValue;
  return docs;
}

function safeJson(value: unknown, longest = 400): string | null {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : text.length > longest ? `${text.slice(0, longest - 3)}...` : text;
  } catch {
    return null;
  }
}

/** Docs that document nothing (frozen: shared by every schema and property without docs). */
export const NO_DOCS: Docs = Object.freeze({});

/**
 * Docs as Stainless's SDKs write them: the description (an `allOf`'s members' where it has none), never the title,
 * and the summary `extra` gives (an operation's) only where there is no description.
 */
export function stainlessDocsOf(node: SchemaNode | null, extra: DocsFields): Docs {
  const description = extra.description ?? node?.description ?? allOfDescription(node);
  // The example whole, up to a bound: Stainless takes values from one of 600 characters (papr's `FeedbackRequest`).
  const example = extra.example ?? (node?.example ? safeJson(node.example.value, STAINLESS_EXAMPLE_CHARS) : null);
  const summary = description !== null ? null : extra.summary;
  return docsOf(node, { ...extra, description, summary, example }, UNTITLED);
}

/** How long an example of a schema may be, serialized, for an SDK from a Stainless config to keep it whole. */
const STAINLESS_EXAMPLE_CHARS = 20_000;

const UNTITLED = Object.freeze({ title: false });

/**
 * The description an `allOf` without one of its own takes from its inline members (the last that has one), as
 * Stainless merges them (imagekit's `allOf: [BaseWebhookEvent, {description, …}]`); a `$ref` member's is not taken.
 */
export function allOfDescription(node: SchemaNode | null): string | null {
  if (!node?.allOf || node.description !== null) return null;
  for (let i = node.allOf.length - 1; i >= 0; i--) {
    const member = node.allOf[i];
    if (member.ref === null && member.description !== null) return member.description;
  }
  return null;
}

/**
 * Docs with the example of `target` (the schema a `$ref` names) where they have none of their own: Stainless's
 * `@example`s and tests take a described `$ref`'s value from its target (luma's `aspect_ratio: { $ref: AspectRatio,
 * description }` is AspectRatio's example "16:9", not its first value).
 */
export function withExampleOf(docs: Docs, target: SchemaNode | null): Docs {
  if (docs.example !== undefined || !target?.example) return docs;
  const example = safeJson(target.example.value, STAINLESS_EXAMPLE_CHARS);
  return example === null ? docs : docsFrom({ ...docs, example });
}
