/**
 * Schemas of the normalized spec: raw schema objects (OpenAPI 3.0, 3.1 or 3.2) → `SchemaNode`, one typed shape with
 * 3.1 semantics. 3.0's `nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`, `example`, Stainless's `id`
 * naming and the `x-stainless-*` hints are folded in here, once; no later stage reads a raw schema.
 *
 * The nodes form a graph: a `$ref` stays a `ref` node, and `deref` gives the node it names (a chain of `$ref`s
 * collapsed to its end), so a recursive schema is a cycle through a ref node, never an endless expansion. Each node
 * is built when the SDK first reaches it and then kept (see normalize.ts for why).
 */
import type { Diagnostics } from '../diagnostics';
import { SpecError, pointerJoin } from '../diagnostics';
import type { LoadedSpec, Location, SpecDocument } from '../load/load';
import { MAX_SCHEMA_DEPTH, schemaTooDeep } from '../load/limits';
import { resolveRef } from '../load/load';
import { AllOfConflicts } from './all-of-conflicts';
import { NO_HINTS, readHints } from './hints';
import {
  numberConstraints,
  schemaKeywords,
  SchemaKeywords,
  stringConstraints,
  type NumberConstraints,
  type StringConstraints,
} from './schema-keywords';
import type { JsonType, SchemaGraph, SchemaNode } from './schema-node';
import { SubschemaLocation } from './subschema-location';

export type { JsonType, SchemaGraph, SchemaNode };

/** (Declared with the keywords they are read from.) */
export type { NumberConstraints, StringConstraints };

const JSON_TYPES = new Set<string>(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

// Most schemas have one type, no properties of their own or no `required`: those share one frozen list each
// instead of a new one per schema (a large spec has tens of thousands of schemas).
const SINGLE_TYPES = new Map([...JSON_TYPES].map((t) => [t, Object.freeze([t as JsonType])]));
/** One type made nullable by 3.0's `nullable: true` (thousands of GitHub's schemas). */
const NULLABLE_TYPES = new Map(
  [...JSON_TYPES].map((t) => [t, Object.freeze(t === 'null' ? ['null' as const] : [t as JsonType, 'null' as const])]),
);
const NO_PROPERTIES: SchemaNode['properties'] = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);
const NO_SCHEMAS: readonly SchemaNode[] = Object.freeze([]);

/**
 * Reads schemas out of a loaded spec, normalizing each raw object once (memoized per location).
 * One per normalized spec; it holds no global state.
 */
export class SchemaReader implements SchemaGraph {
  private readonly memo = new Map<string, SchemaNode>();

  readonly deepRefTargets: ReadonlySet<string>;

  /**
   * Places (document path + pointer) some deep `$ref` target lies below. A schema read anywhere else has none among
   * its subschemas, so they can only be reached through it: they are built without being remembered by place.
   */
  private readonly aboveDeepTargets = new Set<string>();

  /** Every pointer a place of `aboveDeepTargets` may have: a place whose pointer is not one is not there either. */
  private readonly abovePointers = new Set<string>();

  constructor(
    private readonly spec: LoadedSpec,
    private readonly diags: Diagnostics,
  ) {
    this.deepRefTargets = spec.deepRefTargets;
    this.allOfConflicts = new AllOfConflicts((node) => this.deref(node), diags);
    for (const target of spec.deepRefTargets) {
      const fragment = target.indexOf('#');
      for (let at = target.indexOf('/', fragment); at >= 0; at = target.indexOf('/', at + 1)) {
        this.aboveDeepTargets.add(target.slice(0, at));
        // (A '#' in the document's path: the pointer starts at a later one.)
        for (let hash = fragment; hash >= 0 && hash < at; hash = target.indexOf('#', hash + 1))
          this.abovePointers.add(target.slice(hash, at));
      }
    }
  }

  /**
   * Nodes by the raw object they were read from (almost always one; YAML aliases can put an object in several
   * places): a lookup that, unlike a key made of document path and pointer, costs nothing to build or hash. (Strong,
   * as `placed`: the reader holds the spec it reads as long as it lives, and a weak table costs each GC more.)
   */
  private readonly byRaw = new Map<object, SchemaNode[]>();

  /** The nodes read(), by place. */
  private readonly placed = new Set<SchemaNode>();

  readByPlace(node: SchemaNode): boolean {
    return this.placed.has(node);
  }

  /** Normalize the schema found at `loc` whose raw value is `raw`. */
  read(raw: unknown, loc: Location): SchemaNode {
    if (raw !== null && typeof raw === 'object') {
      const nodes = this.byRaw.get(raw);
      if (nodes) {
        for (const n of nodes) if (n.loc.doc === loc.doc && n.loc.pointer === loc.pointer) return n;
      }
      const node = this.build(raw, loc, this.holdsDeepTargets(loc));
      this.placed.add(node);
      if (nodes) nodes.push(node);
      else this.byRaw.set(raw, [node]);
      return node;
    }
    const key = `${loc.doc.absPath}${loc.pointer}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const node = this.build(raw, loc, false);
    this.placed.add(node);
    this.memo.set(key, node);
    return node;
  }

  /** Whether a deep `$ref` target lies below `loc`: then the subschemas there are read (and remembered) by place. */
  private holdsDeepTargets(loc: Location): boolean {
    return this.abovePointers.has(loc.pointer) && this.aboveDeepTargets.has(`${loc.doc.absPath}${loc.pointer}`);
  }

  /** Nodes already followed to their target (deref runs for most properties; each chain is walked once). */
  private readonly derefMemo = new Map<SchemaNode, SchemaNode>();

  /** Follow `node.ref` (transitively) to the schema it names. */
  deref(node: SchemaNode): SchemaNode {
    if (node.ref === null) return node;
    const known = this.derefMemo.get(node);
    if (known) return known;
    const target = this.follow(node);
    this.derefMemo.set(node, target);
    return target;
  }

  private follow(node: SchemaNode): SchemaNode {
    let current = node;
    // The nodes of the chain: a place is read once, so a place met again is a node met again (chains are short).
    const seen: SchemaNode[] = [];
    while (current.ref !== null) {
      if (seen.includes(current)) {
        throw new SpecError({
          code: 'ref-cycle',
          file: current.loc.doc.file,
          pointer: current.loc.pointer,
          message: 'this $ref cycle never reaches a schema (each $ref points at another $ref)',
          hint: 'make one of the $refs point at an actual schema',
        });
      }
      seen.push(current);
      current = this.target(current);
    }
    return current;
  }

  /** The node each `$ref` of a document names, by the `$ref` as written (a spec names the same targets over and over). */
  private readonly targets = new Map<SpecDocument, Map<string, SchemaNode>>();

  /** The node `node`'s `$ref` names (one step: that node may be a `$ref` again). */
  private target(node: SchemaNode): SchemaNode {
    const ref = node.ref!;
    let known = this.targets.get(node.loc.doc);
    if (known === undefined) this.targets.set(node.loc.doc, (known = new Map()));
    let target = known.get(ref);
    if (target === undefined) {
      // (The place of the `$ref` is joined only for an error: most `$ref`s resolve, and their places go unread.)
      const found = resolveRef(this.spec, ref, new SubschemaLocation(node.loc, '$ref', null));
      target = this.read(found.value, { doc: found.doc, pointer: found.pointer });
      known.set(ref, target);
    }
    return target;
  }

  /** The allOf members' conflicts, warned of once per schema. */
  private readonly allOfConflicts: AllOfConflicts;

  /**
   * Warn when no value can satisfy `node` and every member of its `allOf` at once (AllOfConflicts.check says how).
   */
  checkAllOf(node: SchemaNode): void {
    this.allOfConflicts.check(node);
  }

  /** Where a discriminator mapping's target (a `$ref`, or a bare name for `#/components/schemas/<name>`) is. */
  private mappingTarget(target: string, at: Location): Location | null {
    const ref = target.includes('#') || target.includes('/') ? target : `#/components/schemas/${target}`;
    try {
      const resolved = resolveRef(this.spec, ref, at);
      return { doc: resolved.doc, pointer: resolved.pointer };
    } catch {
      return null; // the IR warns where it builds the union
    }
  }

  /** How many schemas are being read, each inside the one before. */
  private depth = 0;
  /** A keyword record for each depth of `depth`. */
  private readonly keywords: SchemaKeywords[] = [];

  private build(raw: unknown, loc: Location, holdsDeepTargets: boolean): SchemaNode {
    if (this.depth >= MAX_SCHEMA_DEPTH) throw schemaTooDeep(loc.doc.file, loc.pointer, '#/components/schemas');
    this.depth++;
    try {
      return this.buildNode(raw, loc, holdsDeepTargets);
    } finally {
      this.depth--;
    }
  }

  /**
   * The subschema `value` at `keyword` (then `token`, a property name or list index, when given) below `loc` of a
   * schema being built: read by place where a deep `$ref` may lead to it, else built as it is.
   */
  private child(
    value: unknown,
    loc: Location,
    keyword: string,
    token: string | number | null,
    holdsDeepTargets: boolean,
  ): SchemaNode {
    const at: Location = new SubschemaLocation(loc, keyword, token);
    if (!holdsDeepTargets && value !== null && typeof value === 'object') return this.build(value, at, false);
    // A boolean schema or a missing one: no raw object to tell it apart, so it is remembered by place as before.
    return this.read(value, at);
  }

  /** The subschemas of a list keyword (`allOf`…) below `loc`. */
  private list(value: unknown[], loc: Location, key: string, holdsDeepTargets: boolean): SchemaNode[] {
    return value.map((v, i) => this.child(v, loc, key, i, holdsDeepTargets));
  }

  /**
   * The properties below `loc`, `keys` those of `raw` (its `properties`). (Not a closure in buildNode: a function
   * that makes a closure over its variables allocates them a context at each call, even where it makes none, and
   * buildNode runs for each of a spec's schemas.)
   */
  private properties(
    raw: Record<string, unknown>,
    keys: string[],
    loc: Location,
    holdsDeepTargets: boolean,
  ): Array<{ key: string; schema: SchemaNode }> {
    return keys.map((key) => ({ key, schema: this.child(raw[key], loc, 'properties', key, holdsDeepTargets) }));
  }

  /** The subschemas of a keyword whose value maps keys to schemas (`patternProperties`), in `keys`' order. */
  private keyed(
    raw: Record<string, unknown>,
    keys: string[],
    loc: Location,
    keyword: string,
    holdsDeepTargets: boolean,
  ): SchemaNode[] {
    return keys.map((key) => this.child(raw[key], loc, keyword, key, holdsDeepTargets));
  }

  /**
   * Keywords written in the form of the other OpenAPI version are still read (real specs mix versions), but said:
   * the spec's other tools may read them differently.
   */
  private warnOtherVersion(s: SchemaKeywords, loc: Location, dialect: '3.0' | '3.1'): void {
    const warn = (keyword: string, message: string, hint: string) =>
      this.diags.warn('other-version-keyword', loc.doc.file, pointerJoin(loc.pointer, keyword), message, hint);
    if (dialect === '3.0') {
      if (s.examples !== undefined && Array.isArray(s.examples))
        warn(
          'examples',
          'a list of `examples` in a schema is OpenAPI 3.1; in 3.0 it is not a schema keyword (the first is used as the example)',
          'write `example: <value>` in a 3.0 document',
        );
      for (const keyword of s.numberBounds ? EXCLUSIVE_BOUNDS : []) {
        if (typeof s[keyword] === 'number')
          warn(
            keyword,
            `a number as \`${keyword}\` is OpenAPI 3.1; in 3.0 it is a boolean (read as the 3.1 bound)`,
            `write the bound in \`${keyword === 'exclusiveMinimum' ? 'minimum' : 'maximum'}\` and \`${keyword}: true\` in a 3.0 document`,
          );
      }
    } else {
      if (s.items !== undefined && Array.isArray(s.items))
        warn(
          'items',
          'a list as `items` is the tuple form of JSON Schema drafts before 2020-12; in 3.1 it is `prefixItems` (read as such)',
          'write `prefixItems: [...]` in a 3.1 document',
        );
      for (const keyword of s.numberBounds ? EXCLUSIVE_BOUNDS : []) {
        if (typeof s[keyword] === 'boolean')
          warn(
            keyword,
            `a boolean as \`${keyword}\` is OpenAPI 3.0; in 3.1 it is the bound itself (read as the 3.0 form)`,
            `write \`${keyword}: <number>\` instead of \`${keyword === 'exclusiveMinimum' ? 'minimum' : 'maximum'}\` and \`${keyword}: true\` in a 3.1 document`,
          );
      }
    }
  }

  private buildNode(raw: unknown, loc: Location, holdsDeepTargets: boolean): SchemaNode {
    const dialect = this.spec.dialect;
    if (raw === true || raw === undefined || raw === null) return emptyNode(loc);
    if (raw === false) return { ...emptyNode(loc), types: [] };
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      this.diags.warn(
        'invalid-schema',
        loc.doc.file,
        loc.pointer,
        'schema is not an object; treated as unknown',
        'fix the schema',
      );
      return emptyNode(loc);
    }
    // (A schema's keywords are in use while its subschemas, one level deeper, are read.)
    const s = schemaKeywords(raw as Record<string, unknown>, (this.keywords[this.depth] ??= new SchemaKeywords()));
    // `x-stainless-override-schema`: the SDK is generated from this schema instead (the wire contract stays above).
    const override = s.override;
    if (override && typeof override === 'object' && !Array.isArray(override))
      return this.child(override, loc, 'x-stainless-override-schema', null, holdsDeepTargets);

    // (Most schemas have no `x-` key: their keys are not walked a second time.)
    const hints = s.extensions
      ? readHints(raw as Record<string, unknown>, loc.doc.file, loc.pointer, this.diags)
      : NO_HINTS;
    // A `$ref` beside keywords that define a schema of their own is read as that inline schema, in 3.0 as in 3.1:
    // Stainless's SDKs show the siblings' shape, not the target's (tolstoy's execute body). Annotations alone
    // (`type`, `description`, `nullable`, `example`) keep the `$ref` (imagekit's `{type: object, $ref: Metadata}`).
    const ref = typeof s.$ref === 'string' && !definesOwnSchema(s) ? s.$ref : null;

    let types: readonly JsonType[] | null = null;
    if (typeof s.type === 'string') types = (s.nullable === true ? NULLABLE_TYPES : SINGLE_TYPES).get(s.type) ?? null;
    else if (Array.isArray(s.type)) {
      // A YAML `null` (unquoted, as in `type: [string, null]`) in the list is the null type, as Stainless reads it.
      const listed: unknown[] = s.type.map((t: unknown) => (t === null ? 'null' : t));
      types = listed.filter((t): t is JsonType => typeof t === 'string' && JSON_TYPES.has(t));
      const unknown = listed.filter((t) => !(typeof t === 'string' && JSON_TYPES.has(t)));
      if (unknown.length > 0) {
        this.diags.warn(
          'invalid-type',
          loc.doc.file,
          pointerJoin(loc.pointer, 'type'),
          `unknown type ${unknown.map((t) => JSON.stringify(t)).join(', ')} in the type list is ignored`,
        );
      }
      if (types.length === 0) types = null;
    }
    if (s.type !== undefined && types === null && !Array.isArray(s.type)) {
      this.diags.warn(
        'invalid-type',
        loc.doc.file,
        pointerJoin(loc.pointer, 'type'),
        `unknown type ${JSON.stringify(s.type)}; treated as unconstrained`,
      );
    }
    // 3.0 `nullable: true` → 3.1 'null' in the type list (only meaningful next to a type or an enum). A 3.1 spec
    // that still writes it (converted from 3.0, as many are) means the same, and Stainless reads it so.
    if (s.nullable === true) {
      if (types && !types.includes('null')) types = [...types, 'null'];
    }

    // (`!== undefined` first: most schemas have none of these keywords, and the check costs less than a call.)
    let enumValues = s.enum !== undefined && Array.isArray(s.enum) ? (s.enum as unknown[]) : null;
    if (enumValues && s.nullable === true && !enumValues.includes(null)) enumValues = [...enumValues, null];
    let constValue: { value: unknown } | null = s.hasConst ? { value: s.const } : null;
    if (!constValue && hints.constValue && enumValues && enumValues.length === 1) constValue = { value: enumValues[0] };

    let properties = NO_PROPERTIES;
    if (s.properties && typeof s.properties === 'object' && !Array.isArray(s.properties)) {
      const keys = Object.keys(s.properties);
      if (keys.length > 0)
        properties = this.properties(s.properties as Record<string, unknown>, keys, loc, holdsDeepTargets);
    }

    let additionalProperties: SchemaNode | boolean | null = null;
    if (typeof s.additionalProperties === 'boolean') additionalProperties = s.additionalProperties;
    else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      additionalProperties = this.child(s.additionalProperties, loc, 'additionalProperties', null, holdsDeepTargets);
    }

    let patternProperties = NO_SCHEMAS;
    if (s.patternProperties && typeof s.patternProperties === 'object') {
      const keys = Object.keys(s.patternProperties);
      if (keys.length > 0)
        patternProperties = this.keyed(
          s.patternProperties as Record<string, unknown>,
          keys,
          loc,
          'patternProperties',
          holdsDeepTargets,
        );
    }

    let discriminator: SchemaNode['discriminator'] = null;
    if (
      s.discriminator &&
      typeof s.discriminator === 'object' &&
      typeof (s.discriminator as { propertyName?: unknown }).propertyName === 'string'
    ) {
      const d = s.discriminator as { propertyName: string; mapping?: unknown };
      const mapping: Array<[string, string]> = [];
      const targets: Array<Location | null> = [];
      if (d.mapping && typeof d.mapping === 'object') {
        for (const [value, target] of Object.entries(d.mapping as Record<string, unknown>)) {
          if (typeof target !== 'string') continue;
          mapping.push([value, target]);
          targets.push(
            this.mappingTarget(target, {
              doc: loc.doc,
              pointer: pointerJoin(loc.pointer, 'discriminator', 'mapping', value),
            }),
          );
        }
      }
      discriminator = { propertyName: d.propertyName, mapping, targets };
    }

    this.warnOtherVersion(s, loc, dialect);
    let example: { value: unknown; written?: true } | null = null;
    if (s.hasExample) example = { value: s.example, written: true };
    // Of a list of `examples`, the first that is not null (Stainless's choice: `[null, 10]` → 10), else null.
    else if (s.examples !== undefined && Array.isArray(s.examples) && s.examples.length > 0)
      example = { value: (s.examples as unknown[]).find((v) => v !== null) ?? s.examples[0] };

    const deprecated: boolean | string = hints.deprecationMessage ?? s.deprecated === true;
    const idName = typeof s.id === 'string' && /^[A-Za-z_$][\w$]*$/.test(s.id) ? s.id : null;

    const items =
      s.items !== undefined && s.items !== null && !Array.isArray(s.items)
        ? this.child(s.items, loc, 'items', null, holdsDeepTargets)
        : null;
    // (The 2019 tuple form `items: [...]` is read as prefixItems, when the schema has none of its own.)
    let prefixItems: SchemaNode[] | null = null;
    if (s.prefixItems !== undefined && Array.isArray(s.prefixItems))
      prefixItems = this.list(s.prefixItems, loc, 'prefixItems', holdsDeepTargets);
    else if (s.items !== undefined && Array.isArray(s.items))
      prefixItems = this.list(s.items, loc, 'items', holdsDeepTargets);

    return {
      loc,
      ref,
      types,
      nullable: s.nullable === true && (types === null || types.includes('null')),
      format: typeof s.format === 'string' ? s.format : null,
      enum: enumValues,
      const: constValue,
      properties,
      propertiesWritten: s.properties !== undefined,
      // (The spec's own list when it holds only names, as all but a broken spec's do: a copy each costs a survivor.)
      required:
        s.required !== undefined && Array.isArray(s.required) && s.required.length > 0
          ? s.required.every(isString)
            ? s.required
            : s.required.filter(isString)
          : NO_NAMES,
      additionalProperties,
      propertyNames:
        s.propertyNames !== undefined
          ? this.child(s.propertyNames, loc, 'propertyNames', null, holdsDeepTargets)
          : null,
      patternProperties,
      items,
      prefixItems,
      allOf:
        s.allOf !== undefined && Array.isArray(s.allOf) ? this.list(s.allOf, loc, 'allOf', holdsDeepTargets) : null,
      anyOf:
        s.anyOf !== undefined && Array.isArray(s.anyOf) ? this.list(s.anyOf, loc, 'anyOf', holdsDeepTargets) : null,
      oneOf:
        s.oneOf !== undefined && Array.isArray(s.oneOf) ? this.list(s.oneOf, loc, 'oneOf', holdsDeepTargets) : null,
      discriminator,
      readOnly: s.readOnly === true,
      writeOnly: s.writeOnly === true,
      title: typeof s.title === 'string' ? s.title : null,
      description: typeof s.description === 'string' ? s.description : null,
      deprecated,
      default: s.hasDefault ? { value: s.default } : null,
      example,
      idName,
      binary:
        s.format === 'binary' ||
        (dialect === '3.1' &&
          typeof s.contentMediaType === 'string' &&
          s.contentMediaType === 'application/octet-stream'),
      hints,
      numberConstraints: s.numberBounds ? numberConstraints(s) : null,
      stringConstraints: s.stringBounds ? stringConstraints(s) : null,
    };
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const EXCLUSIVE_BOUNDS = ['exclusiveMinimum', 'exclusiveMaximum'] as const;

function emptyNode(loc: Location): SchemaNode {
  return {
    loc,
    ref: null,
    types: null,
    nullable: false,
    format: null,
    enum: null,
    const: null,
    properties: NO_PROPERTIES,
    propertiesWritten: false,
    required: NO_NAMES,
    additionalProperties: null,
    propertyNames: null,
    patternProperties: NO_SCHEMAS,
    items: null,
    prefixItems: null,
    allOf: null,
    anyOf: null,
    oneOf: null,
    discriminator: null,
    readOnly: false,
    writeOnly: false,
    title: null,
    description: null,
    deprecated: false,
    default: null,
    example: null,
    idName: null,
    binary: false,
    hints: NO_HINTS,
    numberConstraints: null,
    stringConstraints: null,
  };
}

/** Whether a schema's keywords define a shape of their own (beside a `$ref`, they are read instead of it). */
function definesOwnSchema(s: SchemaKeywords): boolean {
  return (
    (s.properties !== undefined && s.properties !== null && typeof s.properties === 'object') ||
    s.items !== undefined ||
    s.prefixItems !== undefined ||
    s.allOf !== undefined ||
    s.anyOf !== undefined ||
    s.oneOf !== undefined ||
    s.enum !== undefined ||
    s.hasConst
  );
}
