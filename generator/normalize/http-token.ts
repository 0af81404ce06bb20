/**
 * HTTP tokens (RFC 9110 §5.6.2): what a header name, and a cookie name (RFC 6265 §4.1.1), may be made of. A name
 * with `;`, `=`, spaces or CR/LF would otherwise add or split headers and cookies of the spec author's choosing.
 */

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
