/**
 * The keywords of a raw schema object that the schema reader reads, taken in one pass over the object's keys.
 *
 * A spec's schema objects come in hundreds of shapes, and most of the forty-odd keywords are absent from any one
 * of them: asking each object for each name by property access makes V8 look every name up again per shape,
 * several times slower on a large spec than walking the few keys an object has.
 */
export class SchemaKeywords {
  override: unknown = undefined;
  $ref: unknown = undefined;
  type: unknown = undefined;
  nullable: unknown = undefined;
  enum: unknown = undefined;
  /** `const` is present, whatever its value (`const: null` is a constraint). */
  hasConst = false;
  const: unknown = undefined;
  properties: unknown = undefined;
  required: unknown = undefined;
  additionalProperties: unknown = undefined;
  propertyNames: unknown = undefined;
  patternProperties: unknown = undefined;
  items: unknown = undefined;
  prefixItems: unknown = undefined;
  allOf: unknown = undefined;
  anyOf: unknown = undefined;
  oneOf: unknown = undefined;
  discriminator: unknown = undefined;
  readOnly: unknown = undefined;
  writeOnly: unknown = undefined;
  title: unknown = undefined;
  description: unknown = undefined;
  deprecated: unknown = undefined;
  hasDefault = false;
  default: unknown = undefined;
  hasExample = false;
  example: unknown = undefined;
  examples: unknown = undefined;
  id: unknown = undefined;
  format: unknown = undefined;
  contentMediaType: unknown = undefined;
  minimum: unknown = undefined;
  maximum: unknown = undefined;
  exclusiveMinimum: unknown = undefined;
  exclusiveMaximum: unknown = undefined;
  multipleOf: unknown = undefined;
  minLength: unknown = undefined;
  maxLength: unknown = undefined;
  pattern: unknown = undefined;
  /** One of the number keywords is there (minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf). */
  numberBounds = false;
  /** One of the string keywords is there (minLength, maxLength, pattern). */
  stringBounds = false;
  /** Some key starts with `x-` (only then are the schema's hints read). */
  extensions = false;
  /** A keyword outside the common ones that `clear` always resets was read: then it resets the others too. */
  uncommon = false;

  /** Every keyword back to absent, to read another schema's into this record. */
  clear(): void {
    this.$ref = undefined;
    this.type = undefined;
    this.nullable = undefined;
    this.enum = undefined;
    this.properties = undefined;
    this.required = undefined;
    this.items = undefined;
    this.title = undefined;
    this.description = undefined;
    this.hasDefault = false;
    this.default = undefined;
    this.hasExample = false;
    this.example = undefined;
    this.format = undefined;
    // (Most schemas have none of the others: those are reset only when one was read.)
    if (this.uncommon) {
      this.override = undefined;
      this.hasConst = false;
      this.const = undefined;
      this.additionalProperties = undefined;
      this.propertyNames = undefined;
      this.patternProperties = undefined;
      this.prefixItems = undefined;
      this.allOf = undefined;
      this.anyOf = undefined;
      this.oneOf = undefined;
      this.discriminator = undefined;
      this.readOnly = undefined;
      this.writeOnly = undefined;
      this.deprecated = undefined;
      this.examples = undefined;
      this.id = undefined;
      this.contentMediaType = undefined;
      this.minimum = undefined;
      this.maximum = undefined;
      this.exclusiveMinimum = undefined;
      this.exclusiveMaximum = undefined;
      this.multipleOf = undefined;
      this.minLength = undefined;
      this.maxLength = undefined;
      this.pattern = undefined;
      this.numberBounds = false;
      this.stringBounds = false;
      this.extensions = false;
      this.uncommon = false;
    }
  }
}

/**
 * The keywords of `raw`, read into `into` when given (cleared first: a reader keeps one record per depth of the schemas
 * it is reading, rather than make one for each of a spec's schemas).
 */
export function schemaKeywords(raw: Record<string, unknown>, into?: SchemaKeywords): SchemaKeywords {
  const k = into ?? new SchemaKeywords();
  if (into) into.clear();
  // `for…in`, like the `in` operator and property reads it replaces, also sees inherited enumerable keys.
  for (const key in raw) {
    // (Cases in the order of how often specs write them: a key is compared with those before its own.)
    switch (key) {
      case 'type':
        k.type = raw[key];
        break;
      case 'format':
        k.format = raw[key];
        break;
      case 'description':
        k.description = raw[key];
        break;
      case 'nullable':
        k.nullable = raw[key];
        break;
      case 'properties':
        k.properties = raw[key];
        break;
      case 'enum':
        k.enum = raw[key];
        break;
      case '$ref':
        k.$ref = raw[key];
        break;
      case 'required':
        k.required = raw[key];
        break;
      case 'example':
        k.hasExample = true;
        k.example = raw[key];
        break;
      case 'title':
        k.title = raw[key];
        break;
      case 'default':
        k.hasDefault = true;
        k.default = raw[key];
        break;
      case 'items':
        k.items = raw[key];
        break;
      case 'oneOf':
        k.uncommon = true;
        k.oneOf = raw[key];
        break;
      case 'anyOf':
        k.uncommon = true;
        k.anyOf = raw[key];
        break;
      case 'allOf':
        k.uncommon = true;
        k.allOf = raw[key];
        break;
      case 'additionalProperties':
        k.uncommon = true;
        k.additionalProperties = raw[key];
        break;
      case 'readOnly':
        k.uncommon = true;
        k.readOnly = raw[key];
        break;
      case 'writeOnly':
        k.uncommon = true;
        k.writeOnly = raw[key];
        break;
      case 'deprecated':
        k.uncommon = true;
        k.deprecated = raw[key];
        break;
      case 'const':
        k.uncommon = true;
        k.hasConst = true;
        k.const = raw[key];
        break;
      case 'x-stainless-override-schema':
        k.uncommon = true;
        k.override = raw[key];
        k.extensions = true;
        break;
      case 'propertyNames':
        k.uncommon = true;
        k.propertyNames = raw[key];
        break;
      case 'patternProperties':
        k.uncommon = true;
        k.patternProperties = raw[key];
        break;
      case 'prefixItems':
        k.uncommon = true;
        k.prefixItems = raw[key];
        break;
      case 'discriminator':
        k.uncommon = true;
        k.discriminator = raw[key];
        break;
      case 'examples':
        k.uncommon = true;
        k.examples = raw[key];
        break;
      case 'id':
        k.uncommon = true;
        k.id = raw[key];
        break;
      case 'contentMediaType':
        k.uncommon = true;
        k.contentMediaType = raw[key];
        break;
      case 'minimum':
        k.uncommon = true;
        k.minimum = raw[key];
        k.numberBounds = true;
        break;
      case 'maximum':
        k.uncommon = true;
        k.maximum = raw[key];
        k.numberBounds = true;
        break;
      case 'exclusiveMinimum':
        k.uncommon = true;
        k.exclusiveMinimum = raw[key];
        k.numberBounds = true;
        break;
      case 'exclusiveMaximum':
        k.uncommon = true;
        k.exclusiveMaximum = raw[key];
        k.numberBounds = true;
        break;
      case 'multipleOf':
        k.uncommon = true;
        k.multipleOf = raw[key];
        k.numberBounds = true;
        break;
      case 'minLength':
        k.uncommon = true;
        k.minLength = raw[key];
        k.stringBounds = true;
        break;
      case 'maxLength':
        k.uncommon = true;
        k.maxLength = raw[key];
        k.stringBounds = true;
        break;
      case 'pattern':
        k.uncommon = true;
        k.pattern = raw[key];
        k.stringBounds = true;
        break;
      default:
        if (key.charCodeAt(0) === 120 /* x */ && key.charCodeAt(1) === 45 /* - */) {
          k.extensions = true;
          k.uncommon = true;
        }
    }
  }
  return k;
}

/** Validation keywords of a number (3.1 semantics: exclusive bounds are numbers). Absent when unconstrained. */
export interface NumberConstraints {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

/** Validation keywords of a string. Absent when unconstrained. */
export interface StringConstraints {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** (Asked only of a schema with one of these keywords: most have none.) */
export function numberConstraints(s: SchemaKeywords): NumberConstraints | null {
  const c: NumberConstraints = {};
  // 3.0: `exclusiveMinimum: true` makes `minimum` exclusive; 3.1: `exclusiveMinimum` is the bound itself.
  if (finite(s.minimum)) {
    if (s.exclusiveMinimum === true) c.exclusiveMinimum = s.minimum;
    else c.minimum = s.minimum;
  }
  if (finite(s.maximum)) {
    if (s.exclusiveMaximum === true) c.exclusiveMaximum = s.maximum;
    else c.maximum = s.maximum;
  }
  if (finite(s.exclusiveMinimum)) c.exclusiveMinimum = s.exclusiveMinimum;
  if (finite(s.exclusiveMaximum)) c.exclusiveMaximum = s.exclusiveMaximum;
  if (finite(s.multipleOf) && s.multipleOf > 0) c.multipleOf = s.multipleOf;
  return Object.keys(c).length > 0 ? c : null;
}

/** (Asked only of a schema with one of these keywords: most have none.) */
export function stringConstraints(s: SchemaKeywords): StringConstraints | null {
  const c: StringConstraints = {};
  if (finite(s.minLength) && s.minLength >= 0) c.minLength = s.minLength;
  if (finite(s.maxLength) && s.maxLength >= 0) c.maxLength = s.maxLength;
  if (typeof s.pattern === 'string') c.pattern = s.pattern;
  return Object.keys(c).length > 0 ? c : null;
}
