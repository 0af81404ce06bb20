/**
 * The `query_settings` section of a config migrate derives, from the query formats a Stainless SDK's code says it
 * sends (TypeScript: `qs.stringify(query, { arrayFormat, allowDots })`; Python: `Querystring(array_format=…,
 * nested_format=…)`). Only what differs from Stainless's defaults (arrays comma-joined, objects in brackets) is written.
 */
import type { DerivedConfigInput } from './input-types';

export type QueryFormats = NonNullable<DerivedConfigInput['queryFormats']>;

/** `{ nested_format, array_format }` beyond the defaults, or null where the formats are the defaults (or unknown). */
export function querySettingsOf(formats: QueryFormats | null | undefined): Record<string, string> | null {
  const { array, nested } = formats ?? { array: null, nested: null };
  const settings = {
    ...(nested && nested !== 'brackets' ? { nested_format: nested } : {}),
    ...(array && array !== 'comma' ? { array_format: array } : {}),
  };
  return Object.keys(settings).length > 0 ? settings : null;
}
