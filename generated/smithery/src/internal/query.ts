/** How one query parameter is serialised (OpenAPI `style` / `explode`). */
export interface QueryStyle {
  style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode: boolean;
}

/** Separators of non-exploded values, already percent-encoded (form's comma is sent as-is, per OpenAPI). */
const DELIMITERS = { form: ',', spaceDelimited: '%20', pipeDelimited: '%7C' } as const;

/**
 * Serialises query parameters (also used for `application/x-www-form-urlencoded` bodies).
 *
 * `undefined` and `null` values are dropped. By default (form, explode) arrays repeat the key
 * (`tag=a&tag=b`) and objects contribute one parameter per property (`role=admin&name=Al`), as OpenAPI
 * specifies; non-exploded values are joined with the style's delimiter; `deepObject` gives `filter[status]=live`.
 * Keys and values are percent-encoded (RFC 3986).
 */
export function stringifyQuery(query: Record<string, unknown>, styles?: Record<string, QueryStyle>): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    const { style = 'form', explode = true } = styles?.[key] ?? {};
    if (style === 'deepObject') {
      addDeep(out, key, value);
    } else if (value != null) {
      // Exploded objects become their own parameters; everything else belongs to `key`.
      const entries: Array<[string, unknown]> = isPlainObject(value)
        ? Object.entries(value)
        : Array.isArray(value)
          ? value.map((item): [string, unknown] => [key, item])
          : [[key, value]];
      const present = entries.filter(([, item]) => item != null);
      if (explode) {
        for (const [name, item] of present) out.push(pair(name, item));
      } else if (present.length) {
        // role,admin,name,Al for objects; a,b,c for arrays.
        const items = isPlainObject(value) ? present.flat() : present.map(([, item]) => item);
        const joined = items.map((item) => encodeURIComponent(scalar(item))).join(DELIMITERS[style]);
        out.push(`${encodeURIComponent(key)}=${joined}`);
      }
    }
  }
  return out.join('&');
}

/** `filter[status]=live&filter[tags][a]=1`: nested objects become bracketed keys, arrays repeat them. */
function addDeep(out: string[], key: string, value: unknown): void {
  if (value == null) return;
  if (Array.isArray(value)) {
    for (const item of value) addDeep(out, key, item);
  } else if (isPlainObject(value)) {
    for (const [name, item] of Object.entries(value)) addDeep(out, `${key}[${name}]`, item);
  } else {
    out.push(pair(key, value));
  }
}

function pair(key: string, value: unknown): string {
  return `${encodeURIComponent(key)}=${encodeURIComponent(scalar(value))}`;
}

/** Dates as ISO 8601, objects (inside arrays) as JSON, everything else as `String(value)`. */
function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
