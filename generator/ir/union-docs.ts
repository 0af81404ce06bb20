/**
 * The description Stainless's SDKs give a `oneOf`/`anyOf` that has none of its own: its first variant's. The named
 * union, a property of its type and a response of it are documented so (grid's `QuoteSourceOneOf` and
 * `Quote.source` are its `AccountQuoteSource`'s "Source account details"; VAIF's two-variant token response is its
 * first variant's "… still pending …"). A scalar variant (`string`, `null`) documents nothing and is passed over
 * (llama-stack's `InterleavedContent`, a string or a union of content items, is its first item's "A image content
 * item"), as is an array without one; a first object variant without a description documents nothing, whatever the later ones say (grid's
 * `ExternalAccountInfoOneOf`).
 */
import type { SchemaNode } from '../normalize/schema';
import { allOfDescription } from './docs';
import { hasOwnStructure } from './schema-shape';

/** How deep unions of unions are followed (a union that is its own first variant ends here too). */
const MAX_DEPTH = 8;

/**
 * The description of a union's first variant that is no scalar, for a union `node` without a description; null
 * where there is none to give. `resolve` follows a `$ref` to its target (null when it cannot).
 */
export function firstVariantDescription(
  node: SchemaNode,
  resolve: (node: SchemaNode) => SchemaNode | null,
  depth = 0,
): string | null {
  const variants = node.oneOf ?? node.anyOf;
  if (!variants?.length || hasOwnStructure(node) || depth > MAX_DEPTH) return null;
  const lone = nullableScalar(variants);
  if (lone) return lone.description;
  for (const written of variants) {
    const variant = resolve(written);
    if (variant === null) return null;
    if (isScalar(variant)) continue;
    // (So is an undescribed array: llama-stack's `allowed_tools`, a `list[string]` or an `AllowedToolsFilter`, is the
    // filter's "Filter configuration for restricting which MCP tools can be used.")
    if (variant.items !== null && !variant.description && !variant.oneOf?.length && !variant.anyOf?.length) continue;
    return variant.description ?? allOfDescription(variant) ?? firstVariantDescription(variant, resolve, depth + 1);
  }
  return null;
}

/**
 * The one scalar of a union of it and null, where the scalar is described: it documents the union (conductor's
 * `externalId`, `anyOf: [{ type: string, description: "A globally unique identifier…" }, { type: 'null' }]`, is
 * documented so in Stainless's Python and TypeScript SDKs alike).
 */
function nullableScalar(variants: readonly SchemaNode[]): (SchemaNode & { description: string }) | null {
  // (Written in place: a `$ref` to a described enum and null is left as it was, no SDK having shown it.)
  const others = variants.filter((v) => !isNullType(v));
  const [only] = others;
  if (others.length !== 1 || variants.length < 2 || !only || only.ref !== null) return null;
  return isScalar(only) && !isNullType(only) && only.description
    ? (only as SchemaNode & { description: string })
    : null;
}

function isNullType(node: SchemaNode): boolean {
  return node.types !== null && node.types.length === 1 && node.types[0] === 'null' && !node.description;
}

/** A string, number, integer, boolean or null schema, or a const or enum of those: no object, array or union. */
function isScalar(node: SchemaNode): boolean {
  if (node.oneOf?.length || node.anyOf?.length || node.allOf?.length || node.ref !== null) return false;
  if (node.properties.length > 0 || node.items !== null || node.additionalProperties !== null) return false;
  if (node.types !== null) return node.types.every((t) => t !== 'object' && t !== 'array');
  return node.const !== null || node.enum !== null || node.nullable;
}
