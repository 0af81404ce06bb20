/**
 * Security schemes as the IR reads them: `$ref` chains followed, and the wire name of an apiKey sent in a header
 * or a cookie made safe to send. A header or cookie name must be an HTTP token (RFC 9110 §5.6.2; a cookie name is
 * a token too, RFC 6265 §4.1.1): a name with `;`, `=`, spaces or CR/LF would otherwise add cookies or headers of
 * the spec author's choosing to every request.
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import { followRefs, type LoadedSpec } from '../load/load';

/** Characters of an HTTP token (`tchar`). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const NOT_TOKEN_CHAR = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/gu;

export function isHttpToken(name: string): boolean {
  return TOKEN.test(name);
}

/** Percent-encode every character that is not a token character (UTF-8 bytes): `a b;c` → `a%20b%3Bc`. */
export function tokenSafeName(name: string): string {
  const utf8 = new TextEncoder();
  return name.replace(NOT_TOKEN_CHAR, (c) =>
    Array.from(utf8.encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/**
 * The security scheme `components.securitySchemes[name]` with `$ref`s followed, or null when it is not an object.
 * An apiKey whose header or cookie name is not a token gets its name percent-encoded (with a warning), so the
 * name can never end the header line or the cookie pair early.
 */
export function readSecurityScheme(spec: LoadedSpec, name: string, diags: Diagnostics): Record<string, unknown> | null {
  const schemes =
    (spec.root.root as { components?: { securitySchemes?: Record<string, unknown> } }).components?.securitySchemes ??
    {};
  const found = followRefs(
    spec,
    schemes[name],
    { doc: spec.root, pointer: pointerJoin('#/components/securitySchemes', name) },
    'security scheme',
  );
  if (!found.value || typeof found.value !== 'object' || Array.isArray(found.value)) return null;
  const scheme = found.value as Record<string, unknown>;
  if (scheme.type !== 'apiKey' || (scheme.in !== 'header' && scheme.in !== 'cookie') || typeof scheme.name !== 'string')
    return scheme;
  if (isHttpToken(scheme.name)) return scheme;
  const safe = tokenSafeName(scheme.name);
  if (safe === '') {
    diags.warn(
      'invalid-api-key-name',
      found.doc.file,
      pointerJoin(found.pointer, 'name'),
      `security scheme "${name}" has an empty ${scheme.in} name and is ignored`,
      'give the apiKey a name',
    );
    return null;
  }
  const where = scheme.in === 'cookie' ? 'cookie name' : 'header name';
  diags.warn(
    'invalid-api-key-name',
    found.doc.file,
    pointerJoin(found.pointer, 'name'),
    `apiKey ${where} ${JSON.stringify(scheme.name)} is not an HTTP token (it has spaces, separators such as ; = " or control characters); the SDK sends it percent-encoded as ${safe}`,
    `rename the ${where} to letters, digits and !#$%&'*+-.^_\`|~ only`,
  );
  return { ...scheme, name: safe };
}
