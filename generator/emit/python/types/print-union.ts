/**
 * A union's annotation as Stainless writes it: nested unions flattened, its literal and enum members one `Literal[…]`,
 * a discriminated union of models `Annotated[…, PropertyInfo(discriminator=…)]`, a union of classes named by an alias
 * of its own where the module declares such aliases, and `None` last. The union part of print-types.ts's
 * `PyModuleBuilder`, which hosts it.
 */
import { objectParts } from '../../../ir/object-parts';
import type { NamedSchema, TypeRef } from '../../../ir/types';
import { pyDiscriminatorWord, pyUnionMemberName, type PyCasings } from '../../../naming/python';
import { pyString } from '../docs/print-doc';
import type { PySide } from './py-type-index';
import { flatVariants, namesClass, unionMembers } from './type-shapes';

/** What the union printer asks of the module it writes into. */
export interface UnionHost {
  /** The named schema of an id. */
  schema(id: string): NamedSchema;
  /** How the config's `custom_casings` write words in the members' class names; undefined: none. */
  casings(): PyCasings | undefined;
  /** The name a named schema has on `side` (what its annotation imports, before any alias). */
  refName(id: string, side: PySide): string;
  /** Whether a union of classes a field holds is declared as an alias of its own (PyModuleBuilder.unionAliases). */
  unionAliases(): boolean;
  annotation(type: TypeRef, side: PySide, hint: string, qualify: string): string;
  use(name: string): string;
  importFrom(module: string, name: string): string;
  uniqueName(wanted: string): string;
  /** The number of nested classes listed so far: an alias is listed in `__all__` where its members would start. */
  nestedCount(): number;
  /** Notes `name` as a class-like name this module declares (`declared`), or takes it back. */
  claim(name: string, declared: boolean): void;
  /** Declares the alias `name = value`, listed in `__all__` at `at`. */
  declareNestedAlias(name: string, at: number, value: string): void;
}

export class UnionPrinter {
  private readonly aliasOf = new Map<TypeRef, string>();

  constructor(private readonly host: UnionHost) {}

  annotation(type: Extract<TypeRef, { kind: 'union' }>, side: PySide, hint: string, qualify: string): string {
    const host = this.host;
    const variants = flatVariants(type, (id) => host.schema(id));
    const nonNull = variants.filter((variant) => variant.kind !== 'null');
    const nullable = nonNull.length < variants.length;
    const orNone = (annotation: string) => (nullable ? orNoneOf(annotation, (name) => host.use(name)) : annotation);
    // Stainless names a union of classes after where it stands (`Audience: TypeAlias = Union[...]`), listed before
    // its members; a union whose classes are only an array's items is written in place (llama-stack's `content:
    // Union[str, Iterable[...ContentUnionMember1]]`).
    const known = this.aliasOf.get(type);
    if (known) return orNone(qualify + known);
    let alias: { name: string; at: number } | null = null;
    if (
      host.unionAliases() &&
      hint &&
      nonNull.length > 1 &&
      nonNull.some((variant) => variant.kind !== 'array' && namesClass(variant, (id) => host.schema(id))) &&
      // A member named as the alias would be (`teams: List[Union[Team, TeamLimited]]`): no alias, which would shadow it.
      !nonNull.some((variant) => variant.kind === 'ref' && host.refName(variant.schemaId, side) === hint)
    ) {
      alias = { name: host.uniqueName(hint), at: host.nestedCount() };
      this.aliasOf.set(type, alias.name);
      host.claim(alias.name, true);
    }
    // A discriminator value the variant's property allows alone (no mapping gives it) names it before its own name
    // does, as Stainless names it (imagekit's `remove-bg` extension: `…RemoveBg`, not `…RemovedotBgExtension`).
    const tagged = discriminatedPart(type);
    const inferred = new Map<TypeRef, string>();
    for (const entry of tagged?.discriminator?.mapping ?? [])
      if (entry.inferred && !inferred.has(tagged!.variants[entry.variant]))
        inferred.set(tagged!.variants[entry.variant], entry.value);
    // (`X | null` is no union of members to Stainless: X is named as where it stands alone; a declaration without a
    // hint, a component schema of its own, keeps its own name.)
    const memberHint = (variant: TypeRef, i: number) =>
      nonNull.length === 1 && hint
        ? hint
        : inferred.has(variant)
          ? pyUnionMemberName(hint, pyDiscriminatorWord(inferred.get(variant)!), i)
          : variantHint(variant, hint, i, host.casings());
    // Stainless writes a union's choices (its literal and enum members: a `oneOf` of `const`s) as one `Literal[...]`,
    // where the first of them stands, beside the other members: `Literal["a", "b"]`, `Union[Literal["a", "b"], str]`.
    const choices: TypeRef[] = nonNull.filter((variant) => variant.kind === 'literal' || variant.kind === 'enum');
    const printed = nonNull.flatMap((variant, i) => {
      if (choices.length < 2 || !choices.includes(variant))
        return [host.annotation(variant, side, memberHint(variant, i), qualify)];
      if (variant !== choices[0]) return [];
      const values = choices.flatMap((choice) =>
        choice.kind === 'literal' ? [choice.value] : choice.kind === 'enum' ? choice.values : [],
      );
      return [`${host.use('Literal')}[${[...new Set(values.map(literalValue))].join(', ')}]`];
    });
    // (A class named twice stays twice, as Stainless lists a schema each place a union reaches it; a type written
    // alike twice, `str` of two formats, once.)
    // (An integer beside a number is that number to Stainless: `anyOf: [number, integer]` is `float`, axiora's.)
    const numbers = printed.includes('float')
      ? printed.map((member) => (member === 'int' ? 'float' : member))
      : printed;
    const unique = numbers.filter((member, i) => /^[A-Z]\w*$/.test(member) || numbers.indexOf(member) === i);
    // A member printed as the alias's name (a flattened union's, say): no alias either.
    if (alias && unique.some((member) => new RegExp(`\\b${alias!.name}\\b`).test(member))) {
      this.aliasOf.delete(type);
      host.claim(alias.name, false);
      alias = null;
    }
    if (unique.length === 0) return 'None';
    const discriminated =
      tagged !== null &&
      unique.length > 1 &&
      side === 'model' &&
      !tagsOneVariantSeveralWays(tagged, (id) => host.schema(id));
    // A model's alias keeps a null member as its last, `None` (llama-stack's `Union[List[str], …AllowedToolsFilter,
    // None]`, reducto's, letta's), inside a discriminated one's `Annotated` too (openai's `Caller`, anthropic's
    // `Checkout`), the field still `Optional[…]` of it; a params alias has none.
    const members = alias && nullable && side === 'model' ? [...unique, 'None'] : unique;
    let inner = members.length === 1 ? members[0] : `${host.use('Union')}[${members.join(', ')}]`;
    if (discriminated) {
      host.importFrom('_utils/__init__', 'PropertyInfo');
      inner = `${host.use('Annotated')}[${inner}, PropertyInfo(discriminator=${pyString(tagged.discriminator!.property)})]`;
    }
    if (alias) {
      host.declareNestedAlias(alias.name, alias.at, inner);
      inner = qualify + alias.name;
    }
    return orNone(inner);
  }
}

/**
 * `annotation` or None, as Stainless writes it: a `Union`'s members end with `None` (`Union[str, float, None]`), so
 * does the `Union` of a date param's `Annotated` form; anything else is `Optional[...]` (`use` imports the name).
 */
export function orNoneOf(annotation: string, use: (name: string) => string): string {
  const members = unionMembers(annotation);
  if (members !== null) return members.endsWith(', None') ? annotation : `Union[${members}, None]`;
  const date = /^Annotated\[Union\[str, ([\w.]+)\], (PropertyInfo\(format="\w+"\))\]$/.exec(annotation);
  if (date) return `Annotated[Union[str, ${date[1]}, None], ${date[2]}]`;
  return annotation.startsWith('Optional[') ? annotation : `${use('Optional')}[${annotation}]`;
}

/**
 * Whether the spec maps the union's tags itself and a variant takes more than one of them (llama-stack's web search
 * tool: `type` is `web_search`, `web_search_preview`…, mapped once or under each): Stainless writes such a union
 * undiscriminated. Tags inferred from the variants alone keep it (imagekit's auto-tagging extension, whose `name` is
 * `google-auto-tagging` or `aws-auto-tagging`).
 */
/**
 * The union whose discriminator tells the members apart: the union's own, or, where it is only a discriminated union
 * and null (`anyOf: [{ oneOf: […], discriminator }, { type: 'null' }]`, FastAPI's optional tagged union: llama-stack's
 * `ScoringFn.params`), that union's; null where none does.
 */
function discriminatedPart(type: Extract<TypeRef, { kind: 'union' }>): Extract<TypeRef, { kind: 'union' }> | null {
  if (type.discriminator) return type;
  const present = type.variants.filter((variant) => variant.kind !== 'null');
  const only = present.length === 1 && present.length < type.variants.length ? present[0] : null;
  return only?.kind === 'union' && only.discriminator ? only : null;
}

function tagsOneVariantSeveralWays(
  type: Extract<TypeRef, { kind: 'union' }>,
  schemaOf: (id: string) => NamedSchema,
): boolean {
  const discriminator = type.discriminator!;
  const named = discriminator.mapping.filter((entry) => !entry.inferred).map((entry) => entry.variant);
  if (named.length === 0) return false;
  if (new Set(named).size < named.length) return true;
  return type.variants.some((variant) => tagCount(variant, discriminator.property, schemaOf) > 1);
}

/** How many tags the property `key` of the object `type` gives (valueCount), 0 where it gives none. */
function tagCount(type: TypeRef, key: string, schemaOf: (id: string) => NamedSchema): number {
  return Math.max(
    0,
    ...objectParts(type, schemaOf).map((object) => {
      const property = object.properties.find((candidate) => candidate.key === key);
      return property ? valueCount(property.type) : 0;
    }),
  );
}

/**
 * How many tags a property's type gives as a union of them (`oneOf` of `const`s); one enum, however many its values,
 * counts as one: Stainless narrows it to the variant's mapped value (llama-stack's `ScoringFnParamsType`).
 */
function valueCount(type: TypeRef): number {
  if (type.kind !== 'union') return type.kind === 'literal' || type.kind === 'enum' ? 1 : 0;
  return type.variants.reduce(
    (sum, variant) => sum + (variant.kind === 'literal' ? 1 : variant.kind === 'enum' ? variant.values.length : 0),
    0,
  );
}

function variantHint(variant: TypeRef, hint: string, index: number, casings: PyCasings | undefined): string {
  // (An array member is named by its title too, `list[A | B]` → `ListAB`: its items' classes after it; where its items
  // are an object of a name of its own written in place, by that name, as Stainless's: runwayml's `PromptImages` array
  // of `PromptImage` objects is `Veo3_1PromptImagePromptImage`. Items written out from a component schema the config
  // declares no model for take the array's title: llama-stack's `list[OpenAIChatCompletionContentPartTextParam]`.)
  const own =
    variant.kind === 'object'
      ? (variant.variantName ?? variant.declareAs ?? variant.title)
      : variant.kind === 'array' && variant.title
        ? (ownItemsName(variant.items) ?? variant.title)
        : null;
  return pyUnionMemberName(hint, own ?? null, index, casings);
}

/** The name an array's items give themselves: an object's written in place, not out of a component schema. */
function ownItemsName(items: TypeRef): string | undefined {
  if (items.kind !== 'object' || items.inlinedFrom !== undefined) return undefined;
  return items.variantName ?? items.title;
}

/** A literal value as Python writes it. */
export function literalValue(value: string | number | boolean): string {
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}
