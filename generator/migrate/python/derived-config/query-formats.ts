/**
 * The query formats a Stainless Python SDK's client says it sends: its `qs` property's
 * `return Querystring(nested_format="dots", array_format="repeat")` (`_client.py`), for the `query_settings` of the
 * config `sdkgen migrate` derives. A keyword the call leaves out is the runtime's default (`Querystring`'s: arrays
 * repeated, objects in brackets), which is what the SDK sent.
 */
import type { QueryFormats } from '../../derived-config/query-settings';

const ARRAY_FORMATS: ReadonlySet<string> = new Set(['comma', 'repeat', 'brackets', 'indices']);
const NESTED_FORMATS: ReadonlySet<string> = new Set(['brackets', 'dots']);

/**
 * The formats of the client's `def qs(self) -> Querystring: return Querystring(…)`, or null where the module declares
 * none (or one with keywords this does not know: `notes` says which).
 */
export function pythonQueryFormats(client: string, notes: string[] = [], file = '_client.py'): QueryFormats | null {
  const call = /\bdef qs\(self\)[^:]*:\s*(?:"""[\s\S]*?"""\s*)?return Querystring\(([^)]*)\)/.exec(client);
  if (call === null) return null;
  const keywords = new Map(
    [...call[1].matchAll(/\b(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S[^,]*))/g)].map(([, key, dq, sq, other]) => [
      key,
      dq ?? sq ?? other.trim(),
    ]),
  );
  const array = keywords.get('array_format') ?? 'repeat';
  const nested = keywords.get('nested_format') ?? 'brackets';
  const unknown = [...keywords].filter(
    ([key, value]) =>
      !(key === 'array_format' && ARRAY_FORMATS.has(value)) && !(key === 'nested_format' && NESTED_FORMATS.has(value)),
  );
  if (unknown.length > 0) {
    notes.push(
      `${file}: Querystring(${call[1].trim()}): ${unknown.map(([k, v]) => `${k}=${v}`).join(', ')} not understood; ` +
        'query_settings left to its defaults',
    );
    return null;
  }
  return { array, nested: nested === 'dots' ? 'dots' : 'brackets' };
}
