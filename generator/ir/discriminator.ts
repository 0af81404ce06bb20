/**
 * A union's discriminator as the IR holds it: the property, and the value of each variant the mapping names.
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import type { SchemaNode } from '../normalize/schema';
import { sourceOf } from './docs';
import { locationKey } from './self-reference';
import type { Discriminator } from './types';

/**
 * The discriminator of the union `node` (which has one) over `variantNodes`: each mapping entry that names one of the
 * variants (a mapping entry that does not resolve warns). With `inferValues`, a variant the mapping does not name (written
 * out in place, or a `$ref`) is the value its discriminating property allows alone (`status: { enum: [queued] }`).
 */
export function readDiscriminator(
  node: SchemaNode,
  variantNodes: readonly SchemaNode[],
  options: { resolve: (node: SchemaNode) => SchemaNode; diags: Diagnostics; inferValues: boolean },
): Discriminator {
  const { propertyName, mapping: entries, targets } = node.discriminator!;
  const mapping: Discriminator['mapping'] = [];
  const outside: NonNullable<Discriminator['outside']> = [];
  const variantTargets = variantNodes.map((v) => (v.ref !== null ? locationKey(options.resolve(v).loc) : null));
  for (const [i, [value, target]] of entries.entries()) {
    const resolved = targets[i];
    if (resolved) {
      const index = variantTargets.indexOf(locationKey(resolved));
      if (index >= 0) mapping.push({ value, variant: index });
      // A schema that is no variant (a subtype of one, say): a value with this tag is still checked against it.
      else outside.push({ value, schema: sourceOf(resolved) });
    } else {
      options.diags.warn(
        'discriminator-mapping-dangles',
        node.loc.doc.file,
        pointerJoin(node.loc.pointer, 'discriminator', 'mapping', value),
        `discriminator mapping "${value}" → ${target} does not resolve; the mapping entry is ignored`,
      );
    }
  }
  if (options.inferValues) {
    variantNodes.forEach((variant, index) => {
      if (mapping.some((m) => m.variant === index)) return;
      let target: SchemaNode;
      try {
        target = variant.ref === null ? variant : options.resolve(variant);
      } catch {
        return; // a dangling $ref: reported where the variant's type is built
      }
      const value = soleValue(target, propertyName, options.resolve);
      if (value !== null) mapping.push({ value, variant: index, inferred: true });
    });
  }
  return outside.length > 0 ? { property: propertyName, mapping, outside } : { property: propertyName, mapping };
}

/** The one string the property `key` of `node` allows (a `const`, or an `enum` of one), or null. */
function soleValue(node: SchemaNode, key: string, resolve: (node: SchemaNode) => SchemaNode): string | null {
  const property = node.properties.find((p) => p.key === key);
  if (!property) return null;
  let schema: SchemaNode;
  try {
    schema = resolve(property.schema);
  } catch {
    return null; // a dangling $ref: reported where the property's type is built
  }
  const value = schema.const ? schema.const.value : schema.enum?.length === 1 ? schema.enum[0] : undefined;
  return typeof value === 'string' ? value : null;
}
