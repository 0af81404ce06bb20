/**
 * How one query parameter is serialised: OpenAPI's `style` / `explode`, or a format OpenAPI has no style for
 * (`brackets`: `tag[]=a`, `indices`: `tag[0]=a`, `dots`: `filter.status=x`).
 */
export interface QueryStyle {
  style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'brackets' | 'indices' | 'dots';
  explode: boolean;
  /**
   * How an object's arrays are keyed (a Stainless config's `array_format`, which its one serialiser applied at every
   * depth: `filter[tags]=a,b`, `filter[tags]=a&filter[tags]=b`, `filter[tags][]=a`, `filter[tags][0]=a`); without
   * it, as the style keys its own arrays.
   */
  arrays?: 'comma' | 'repeat' | 'brackets' | 'indices';
}

/** Separators of non-exploded values, already percent-encoded (form's comma is sent as-is, per OpenAPI). */
const DELIMITERS = { form: ',', spaceDelimited: '%20', pipeDelimited: '%7C' } as const;

/**
 * Serialises query parameters the default way, OpenAPI's form style, exploded (also used for
 * `application/x-www-form-urlencoded` bodies): `undefined` and `null` values are dropped, arrays repeat the key
 * (`tag=a&tag=b`) and objects contribute one parameter per property (`role=admin&name=Al`). Keys and values are
 * percent-encoded (RFC 3986).
 */
export function stringifyFormQuery(query: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const [name, item] of formEntries(key, value)) out.push(pair(name, item));
  }
  return out.join('&');
}

/**
 * Serialises query parameters with a style per wire name (the others as `stringifyFormQuery` does): non-exploded
 * values are joined with the style's delimiter (`role,admin,name,Al` for objects, `a|b|c` for arrays);
 * `deepObject` gives `filter[status]=live`. Methods whose parameters have such styles pass it to the client as
 * `styledQuery`, so that other programs don't bundle it.
 */
export function stringifyQuery(
  query: Record<string, unknown>,
  styles: Record<string, QueryStyle> = {},
  reserved: readonly string[] = [],
): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    // (Own styles only: a parameter named `toString` has none unless the method gave it one.)
    const { style = 'form', explode = true } = Object.hasOwn(styles, key) ? styles[key]! : {};
    const present = formEntries(key, value);
    // `allowReserved` (OpenAPI): RFC 3986's reserved characters of this key's values are sent as they are.
    const encode = reserved.includes(key) ? encodeAllowingReserved : encodeURIComponent;
    const start = out.length;
    if (style === 'brackets' && key.endsWith('[]') && Array.isArray(value)) {
      // A key that has its brackets (`ids[]`, kept whole beside a parameter `ids`) is not given a second pair.
      for (const item of value) addNested(out, key, item, style);
    } else if (style === 'deepObject' || style === 'brackets' || style === 'indices' || style === 'dots') {
      const arrays = Object.hasOwn(styles, key) ? styles[key]!.arrays : undefined;
      addNested(out, key, value, style, isPlainObject(value) ? arrays : undefined);
    } else if (explode) {
      for (const [name, item] of present) out.push(pair(name, item, encode));
    } else if (present.length) {
      // role,admin,name,Al for objects; a,b,c for arrays.
      const items = isPlainObject(value) ? present.flat() : present.map(([, item]) => item);
      const joined = items.map((item) => encode(scalar(item))).join(DELIMITERS[style]);
      out.push(`${encodeURIComponent(key)}=${joined}`);
    }
    if (
      encode !== encodeURIComponent &&
      style !== 'form' &&
      style !== 'spaceDelimited' &&
      style !== 'pipeDelimited'
    ) {
      // (The nested styles' values, written above percent-encoded, are given their reserved characters; keys are not.)
      for (let i = start; i < out.length; i++) {
        const [name, text] = [
          out[i]!.slice(0, out[i]!.indexOf('=') + 1),
          out[i]!.slice(out[i]!.indexOf('=') + 1),
        ];
        out[i] = name + keepReserved(text);
      }
    }
  }
  return out.join('&');
}

/** RFC 3986's reserved characters (gen-delims and sub-delims), percent-encoded as `encodeURIComponent` writes them. */
const RESERVED_ESCAPES = /%(3A|2F|3F|23|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi;

/** The value percent-encoded but for RFC 3986's reserved characters (`allowReserved`): `a/b?c` stays `a/b?c`. */
function encodeAllowingReserved(text: string): string {
  return keepReserved(encodeURIComponent(text));
}

function keepReserved(encoded: string): string {
  return encoded.replace(RESERVED_ESCAPES, (escape) => decodeURIComponent(escape));
}

/**
 * `styles` with a style for each array and object of `query` that has none: `defaults`' (an SDK made from a Stainless
 * config sends them as its `query_settings` say, as Stainless's one serialiser did, whatever the method declares).
 */
export function withDefaultStyles(
  query: Record<string, unknown>,
  styles: Record<string, QueryStyle>,
  defaults: { array?: QueryStyle; object?: QueryStyle },
): Record<string, QueryStyle> {
  // (No prototype: a parameter named `__proto__` is a key like the others.)
  const out: Record<string, QueryStyle> = Object.assign(
    Object.create(null) as Record<string, QueryStyle>,
    styles,
  );
  for (const [key, value] of Object.entries(query)) {
    if (Object.hasOwn(styles, key)) continue;
    const style = Array.isArray(value) ? defaults.array : isPlainObject(value) ? defaults.object : undefined;
    if (style) out[key] = style;
  }
  return out;
}

/**
 * The parameters `key` stands for in the form style: an object's properties, an array's items (each under
 * `key`), else the value itself; `undefined` and `null` left out.
 */
function formEntries(key: string, value: unknown): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> =
    value == null
      ? []
      : isPlainObject(value)
        ? Object.entries(value)
        : Array.isArray(value)
          ? value.map((item): [string, unknown] => [key, item])
          : [[key, value]];
  return entries.filter(([, item]) => item != null);
}

/**
 * Nested values under keys that say where they are: objects' properties bracketed (`filter[status]=live`,
 * `deepObject`, `brackets`, `indices`) or dotted (`filter.status=live`, `dots`); array items under the same key
 * (`deepObject`, `dots`), `key[]` (`brackets`) or `key[0]` (`indices`).
 */
function addNested(
  out: string[],
  key: string,
  value: unknown,
  style: 'deepObject' | 'brackets' | 'indices' | 'dots',
  arrays?: QueryStyle['arrays'],
): void {
  if (value == null) return;
  const format = arrays ?? (style === 'brackets' || style === 'indices' ? style : 'repeat');
  if (Array.isArray(value) && format === 'comma') {
    const items = value.filter((item) => item != null);
    if (items.length)
      out.push(
        `${encodeURIComponent(key)}=${items.map((item) => encodeURIComponent(scalar(item))).join(',')}`,
      );
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const itemKey = format === 'brackets' ? `${key}[]` : format === 'indices' ? `${key}[${i}]` : key;
      addNested(out, itemKey, item, style, arrays);
    });
  } else if (isPlainObject(value)) {
    for (const [name, item] of Object.entries(value))
      addNested(out, style === 'dots' ? `${key}.${name}` : `${key}[${name}]`, item, style, arrays);
  } else {
    out.push(pair(key, value));
  }
}

function pair(key: string, value: unknown, encode: (text: string) => string = encodeURIComponent): string {
  return `${encodeURIComponent(key)}=${encode(scalar(value))}`;
}

/** Dates as ISO 8601, objects (inside arrays) as JSON, everything else as `String(value)`. */
function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
