/**
 * The query-string serialiser Stainless's SDKs had at `internal/qs` (a port of the `qs` package's `stringify`), for
 * code written against it: the same options, the same output. Only an SDK made from a Stainless config has it; the
 * SDK's own requests are serialised by `internal/query`, per parameter.
 */

/** How spaces are percent-encoded: `%20` (RFC 3986) or `+` (RFC 1738, HTML forms). */
export type Format = 'RFC1738' | 'RFC3986';

/** How array items are keyed: `a[0]=x`, `a[]=x`, `a=x&a=y`, or `a=x,y`. */
export type ArrayFormat = 'indices' | 'brackets' | 'repeat' | 'comma';

/** The encoder `stringify` uses unless given another: `encode` below. */
export type DefaultEncoder = (value: unknown, defaultEncoder?: unknown, charset?: string) => string;

export interface StringifyOptions {
  /** Start the string with `?` (when it is not empty). */
  addQueryPrefix?: boolean;
  /** Key nested objects' properties with dots (`a.b=c`) rather than brackets (`a[b]=c`). */
  allowDots?: boolean;
  /** Write an empty array as `a[]` rather than leaving it out. */
  allowEmptyArrays?: boolean;
  arrayFormat?: ArrayFormat;
  /** The charset `encode` encodes for; `iso-8859-1` writes characters outside it as numeric entities. */
  charset?: 'utf-8' | 'iso-8859-1';
  /** With `arrayFormat: 'comma'`, key a one-item array `a[]`, so that it reads back as an array. */
  commaRoundTrip?: boolean;
  /** What joins the pairs (`&`). */
  delimiter?: string;
  /** Percent-encode keys and values (the default); false writes them as they are. */
  encode?: boolean;
  /** Percent-encode the dots of keys (`a%2Eb`). */
  encodeDotInKeys?: boolean;
  encoder?: (
    value: unknown,
    defaultEncoder: DefaultEncoder,
    charset: string,
    kind: 'key' | 'value',
    format?: Format,
  ) => string;
  /** Percent-encode values only, keys as they are (`a[b]=c%20d`). */
  encodeValuesOnly?: boolean;
  /** The keys to write (top-level and nested), or a function returning the value to write for each key. */
  filter?: Array<PropertyKey> | ((prefix: PropertyKey, value: unknown) => unknown);
  format?: Format;
  /** `false` is `arrayFormat: 'repeat'`, `true` is `'indices'` (where `arrayFormat` is not given). */
  indices?: boolean;
  serializeDate?: (date: Date) => string;
  /** Leave out keys whose value is `null` (by default `a=`). */
  skipNulls?: boolean;
  sort?: ((a: PropertyKey, b: PropertyKey) => number) | null;
  /** Write a `null` value as the key alone (`a`) rather than `a=`. */
  strictNullHandling?: boolean;
}

export const RFC1738 = 'RFC1738';
export const RFC3986 = 'RFC3986';
export const default_format: Format = RFC3986;
export const default_formatter = (value: PropertyKey): string => String(value);
/** What each format does to an encoded string: RFC 1738 writes `%20` as `+`. */
export const formatters: Record<Format, (value: PropertyKey) => string> = {
  RFC1738: (value) => String(value).replace(/%20/g, '+'),
  RFC3986: default_formatter,
};
export const formats = { default: default_format, formatters, RFC1738, RFC3986 };

/** How each array format keys an item of the array keyed `prefix`. */
const ITEM_KEY: Record<ArrayFormat, (prefix: string, index: string) => string> = {
  indices: (prefix, index) => `${prefix}[${index}]`,
  brackets: (prefix) => `${prefix}[]`,
  repeat: (prefix) => prefix,
  comma: (prefix) => prefix,
};

/**
 * Percent-encodes `value` (its `String`) as UTF-8, leaving only RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _
 * ~`) as they are, and with RFC 1738 the parentheses too. For `iso-8859-1`, a character outside it is written as its
 * numeric entity (`&#9786;`), percent-encoded.
 */
export function encode(
  value: unknown,
  _defaultEncoder?: unknown,
  charset: string = 'utf-8',
  _kind?: 'key' | 'value',
  format: Format = RFC3986,
): string {
  const text = typeof value === 'symbol' ? value.toString() : String(value);
  if (text === '') return text;
  if (charset === 'iso-8859-1')
    return escape(text).replace(/%u[0-9a-f]{4}/gi, (code) => `%26%23${parseInt(code.slice(2), 16)}%3B`);
  // encodeURIComponent leaves !'()* as they are; qs encodes them (but the parentheses for RFC 1738).
  const reserved = format === RFC1738 ? /[!'*]/g : /[!'()*]/g;
  return encodeURIComponent(wellFormed(text)).replace(
    reserved,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `text` with each lone surrogate (which UTF-8 cannot encode) replaced by U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

interface Settings {
  arrayFormat: ArrayFormat;
  allowDots: boolean;
  allowEmptyArrays: boolean;
  charset: string;
  commaRoundTrip: boolean;
  encodeDotInKeys: boolean;
  encoder: NonNullable<StringifyOptions['encoder']> | null;
  encodeValuesOnly: boolean;
  filter: StringifyOptions['filter'];
  format: Format;
  serializeDate: (date: Date) => string;
  skipNulls: boolean;
  sort: StringifyOptions['sort'];
  strictNullHandling: boolean;
}

function settingsOf(options: StringifyOptions): Settings {
  const format = options.format ?? default_format;
  if (!(format in formatters)) throw new TypeError('Unknown format option provided.');
  if (options.arrayFormat !== undefined && !(options.arrayFormat in ITEM_KEY))
    throw new TypeError('Unknown arrayFormat option provided.');
  if (options.encoder != null && typeof options.encoder !== 'function')
    throw new TypeError('Encoder has to be a function.');
  const charset = options.charset ?? 'utf-8';
  if (charset !== 'utf-8' && charset !== 'iso-8859-1')
    throw new TypeError('The charset option must be either utf-8, iso-8859-1, or undefined');
  const encodeDotInKeys = options.encodeDotInKeys ?? false;
  return {
    arrayFormat: options.arrayFormat ?? (options.indices === false ? 'repeat' : 'indices'),
    allowDots: options.allowDots ?? encodeDotInKeys,
    allowEmptyArrays: options.allowEmptyArrays ?? false,
    charset,
    commaRoundTrip: options.commaRoundTrip ?? false,
    encodeDotInKeys,
    encoder: options.encode === false ? null : (options.encoder ?? encode),
    encodeValuesOnly: options.encodeValuesOnly ?? false,
    filter: options.filter,
    format,
    serializeDate: options.serializeDate ?? ((date) => date.toISOString()),
    skipNulls: options.skipNulls ?? false,
    sort: options.sort,
    strictNullHandling: options.strictNullHandling ?? false,
  };
}

/**
 * Serialises `object` as a query string the way the `qs` package's `stringify` does: nested objects and arrays keyed
 * with brackets (`a[b][0]=c`, percent-encoded unless `encodeValuesOnly`), dates as ISO 8601, `null` as `a=`,
 * `undefined` left out. Not an object: the empty string.
 */
export function stringify(object: unknown, options: StringifyOptions = {}): string {
  if (object === null || typeof object !== 'object') return '';
  const settings = settingsOf(options);
  let root: unknown = object;
  let keys: PropertyKey[] | null = null;
  if (typeof settings.filter === 'function') root = settings.filter('', root);
  else if (Array.isArray(settings.filter)) keys = settings.filter;
  if (root === null || typeof root !== 'object') return '';
  const record = root as Record<PropertyKey, unknown>;
  keys ??= Object.keys(record);
  if (settings.sort) keys = [...keys].sort(settings.sort);
  const pairs: string[] = [];
  const ancestors = new Set<object>([record]);
  for (const key of keys) {
    if (settings.skipNulls && record[key] === null) continue;
    pairs.push(...serialise(record[key], String(key), settings, settings.encoder, ancestors));
  }
  const joined = pairs.join(options.delimiter ?? '&');
  return joined.length > 0 ? `${options.addQueryPrefix ? '?' : ''}${joined}` : '';
}

/** The `key=value` pairs of `input` keyed `prefix`, with its objects' and arrays' members keyed below it. */
function serialise(
  input: unknown,
  prefix: string,
  settings: Settings,
  encoder: Settings['encoder'],
  ancestors: Set<object>,
): string[] {
  const formatter = formatters[settings.format];
  const { charset, format, encodeValuesOnly } = settings;
  let value = input;
  if (typeof settings.filter === 'function') value = settings.filter(prefix, value);
  else if (value instanceof Date) value = settings.serializeDate(value);
  else if (settings.arrayFormat === 'comma' && Array.isArray(value))
    value = value.map((item: unknown) => (item instanceof Date ? settings.serializeDate(item) : item));

  if (value === null) {
    if (settings.strictNullHandling)
      return [encoder && !encodeValuesOnly ? encoder(prefix, encode, charset, 'key', format) : prefix];
    value = '';
  }
  if (isPrimitive(value)) {
    if (!encoder) return [`${formatter(prefix)}=${formatter(String(value))}`];
    const key = encodeValuesOnly ? prefix : encoder(prefix, encode, charset, 'key', format);
    return [`${formatter(key)}=${formatter(encoder(value, encode, charset, 'value', format))}`];
  }
  if (value === null || typeof value !== 'object') return [];
  if (ancestors.has(value)) throw new RangeError('Cyclic object value');

  const isArray = Array.isArray(value);
  const members = value as Record<PropertyKey, unknown>;
  let entries: Array<[key: string, value: unknown]>;
  let itemEncoder = encoder;
  if (settings.arrayFormat === 'comma' && isArray) {
    // The items joined into one value; with encodeValuesOnly, each encoded before the commas join them.
    let items: unknown[] = value as unknown[];
    if (encodeValuesOnly && encoder) {
      items = items.map((item) => encoder(item, encode, charset, 'value', format));
      itemEncoder = null;
    }
    entries = items.length > 0 ? [['0', items.join(',') || null]] : [];
  } else {
    const keys: PropertyKey[] = Array.isArray(settings.filter)
      ? settings.filter
      : settings.sort
        ? Object.keys(value).sort(settings.sort)
        : Object.keys(value);
    entries = keys.map((key) => [String(key), members[key]]);
  }

  const ownPrefix = settings.encodeDotInKeys ? prefix.replace(/\./g, '%2E') : prefix;
  const arrayPrefix =
    settings.commaRoundTrip && isArray && (value as unknown[]).length === 1 ? `${ownPrefix}[]` : ownPrefix;
  if (settings.allowEmptyArrays && isArray && (value as unknown[]).length === 0) return [`${arrayPrefix}[]`];

  const pairs: string[] = [];
  const inside = new Set(ancestors).add(value);
  for (const [key, member] of entries) {
    if (settings.skipNulls && member === null) continue;
    const memberKey = settings.allowDots && settings.encodeDotInKeys ? key.replace(/\./g, '%2E') : key;
    const keyed = isArray
      ? ITEM_KEY[settings.arrayFormat](arrayPrefix, memberKey)
      : settings.allowDots
        ? `${arrayPrefix}.${memberKey}`
        : `${arrayPrefix}[${memberKey}]`;
    pairs.push(...serialise(member, keyed, settings, itemEncoder, inside));
  }
  return pairs;
}

function isPrimitive(value: unknown): value is string | number | boolean | bigint | symbol {
  return ['string', 'number', 'boolean', 'bigint', 'symbol'].includes(typeof value);
}

/**
 * The query string of Stainless's `internal/utils/query`, which its client serialised request queries with: array
 * items in brackets (`a[]=x`), nested objects' properties in brackets.
 */
export function stringifyQuery(query: object | Record<string, unknown>): string {
  return stringify(query, { arrayFormat: 'brackets' });
}
