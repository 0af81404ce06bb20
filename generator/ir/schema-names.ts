/**
 * Where a named schema's name comes from: its component key (`#/components/schemas/Pet`, a Swagger definition, a
 * `$defs` entry, a file of schemas), its pointer for a schema that has none, or a Stainless hint.
 */
import { pointerTokens } from '../diagnostics';
import { pascalCase, singularize } from '../naming/case';
import { StainlessNames } from '../naming/stainless';
import type { Location } from '../normalize/normalize';

const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;
const SWAGGER_DEFINITION = /^#\/definitions\/([^/]+)$/;
const DEFS = /\/\$defs\/([^/]+)$/;

/** Whether `loc` is in the root document (whose top-level keys are OpenAPI fields, not schemas). */
function isRootDocument(loc: Location): boolean {
  const root = loc.doc.root as Record<string, unknown> | null;
  return root !== null && typeof root === 'object' && ('openapi' in root || 'swagger' in root || 'paths' in root);
}

export function isComponentPointer(pointer: string): boolean {
  return COMPONENT_SCHEMA.test(pointer);
}

/** Component key when `loc` is `#/components/schemas/<key>` (or a Swagger definition) in any document. */
export function componentName(loc: Location): string | null {
  const match = COMPONENT_SCHEMA.exec(loc.pointer) ?? SWAGGER_DEFINITION.exec(loc.pointer) ?? DEFS.exec(loc.pointer);
  if (match) return pointerTokens(loc.pointer).at(-1) ?? null;
  // `other.yaml#/Pet`: a file of schemas keyed by name.
  if (/^#\/[^/]+$/.test(loc.pointer) && !isRootDocument(loc)) return pointerTokens(loc.pointer)[0] ?? null;
  // A whole external file that is a schema: name it after the file.
  if (loc.pointer === '#' && loc.doc.absPath !== '') {
    const base = loc.doc.file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
    return base || null;
  }
  return null;
}

/** A readable name for an inline schema from its pointer: ".../Pet/properties/owner" → "PetOwner". */
export function nameFromPointer(pointer: string): string {
  const tokens = pointerTokens(pointer).filter(
    (t) =>
      ![
        'properties',
        'items',
        'schema',
        'content',
        'components',
        'schemas',
        'allOf',
        'anyOf',
        'oneOf',
        'paths',
        'responses',
        'requestBody',
        'application/json',
        'additionalProperties',
      ].includes(t) && !/^\d+$/.test(t),
  );
  const name = pascalCase(
    tokens
      .slice(-3)
      .map((t) => singularize(t))
      .join(' '),
  );
  return name || 'Schema';
}

/**
 * A type name a Stainless hint gives (`x-stainless-naming` type_name/model_name, `x-stainless-model`): kept when it is
 * already PascalCase, else cased as Stainless names models ("ips_array" → IPsArray).
 */
export function hintedTypeName(hint: string): string {
  return /^[A-Z][A-Za-z0-9]*$/.test(hint) ? hint : new StainlessNames().model(hint) || hint;
}
