/**
 * The headers a Stainless TypeScript client sends with every request at a value of its own (an API version:
 * `'acme-version': '2025-01-01'` among the headers `buildHeaders` builds, or in the older layout's
 * `defaultHeaders()` override), not read from an option. sdkgen's config says that as a client option with a
 * `default:` and `send_in_header:` (config-keys.ts): the header is then sent with every request, a caller may change
 * it (`new Acme({ acmeVersion })`, or `defaultHeaders`), and the methods no longer ask for it as a parameter, which a
 * spec that declares it on every operation would otherwise make them do.
 */
import type { ClientOptionUse } from './input-types';

/** The headers every Stainless client sends (or the runtime does), whatever the config: not the config's to say. */
const RUNTIME_HEADER = /^(?:accept|content-type|user-agent|idempotency-key|x-stainless-[\w-]+)$/i;

/** An entry of Stainless's own among them, with its indentation. */
const STAINLESS_ENTRY = /^(\s+)(?:Accept|'User-Agent'|\.\.\.super\.defaultHeaders\(|\.\.\.getPlatformHeaders\()/;

/** The methods whose returned or built headers go out with every request. */
const HEADER_METHODS = /^ {2}(?:(?:protected|private|public|override|async) )*(buildHeaders|defaultHeaders)\s*\(/;

/**
 * Each header the client's `buildHeaders` / `defaultHeaders` sets to a string literal, as a client option named
 * after it (`cartesia-version` → `cartesiaVersion`) that defaults to that value and is sent as that header; none for
 * a header an option of the client already sends (`known`), or one of the runtime's.
 */
export function fixedHeaderOptions(client: string | null, known: readonly ClientOptionUse[]): ClientOptionUse[] {
  if (client === null) return [];
  const sent = new Set(known.flatMap((o) => (o.header ? [o.header.name.toLowerCase()] : [])));
  const names = new Set(known.map((o) => o.name));
  const lines = client.split('\n');
  const found: ClientOptionUse[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!HEADER_METHODS.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && !/^ {2}\}\s*$/.test(lines[end])) end++;
    const body = lines.slice(i + 1, end);
    // The headers every request gets stand beside Stainless's own (`Accept`, `...super.defaultHeaders(opts)`): one
    // nested deeper is sent only sometimes (`...(this._options.dangerouslyAllowBrowser ? { … } : undefined)`).
    const level = body.map((line) => STAINLESS_ENTRY.exec(line)?.[1]).find((indent) => indent !== undefined);
    if (level === undefined) continue;
    for (const line of body) {
      // `'acme-version': '2025-01-01',` (a quoted name) or `Version: '2'` (a bare one); never a computed value.
      const entry = /^(\s+)(?:'([\w-]+)'|"([\w-]+)"|([A-Za-z][\w]*))\s*:\s*'([^'\\\n]*)',?\s*$/.exec(line);
      if (!entry || entry[1] !== level) continue;
      const header = entry[2] ?? entry[3] ?? entry[4];
      if (RUNTIME_HEADER.test(header) || sent.has(header.toLowerCase())) continue;
      const name = optionName(header);
      if (name === null || names.has(name)) continue;
      sent.add(header.toLowerCase());
      names.add(name);
      found.push({
        name,
        type: 'string',
        env: null,
        nullable: false,
        default: entry[5],
        description: `Sent as the \`${header}\` header with every request.`,
        bearer: false,
        basic: null,
        header: { name: header, auth: false },
        query: null,
        param: null,
      });
    }
  }
  return found;
}

/** `cartesia-version` → `cartesiaVersion`, `X-Api-Version` → `xApiVersion`; null for a name without words. */
function optionName(header: string): string | null {
  const words = header.split(/[-_]+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
}
