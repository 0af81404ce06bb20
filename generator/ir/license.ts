/**
 * The generated package's licence: the config's `client.license`, else the spec's `info.license` (its SPDX
 * `identifier`, OpenAPI 3.1, else its `name` when that names a licence we recognise or is an SPDX-shaped id).
 * The copyright holder is `info.contact.name` when the spec gives one; no year is invented.
 */
import type { License } from './types';

/** Names specs use for the common licences → their SPDX ids (lower case, letters and digits only, "version" dropped). */
const KNOWN: Record<string, string> = {
  mit: 'MIT',
  mitlicense: 'MIT',
  apache20: 'Apache-2.0',
  apachelicense20: 'Apache-2.0',
  apache2: 'Apache-2.0',
  isc: 'ISC',
  isclicense: 'ISC',
  bsd2clause: 'BSD-2-Clause',
  bsd3clause: 'BSD-3-Clause',
  mpl20: 'MPL-2.0',
  unlicense: 'Unlicense',
};

/** An SPDX license expression made of ids and AND/OR/WITH, e.g. "MIT", "Apache-2.0 OR MIT". */
const SPDX_EXPRESSION = /^[A-Za-z0-9][A-Za-z0-9.+-]*( (AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*$/;

export function isSpdxExpression(text: string): boolean {
  return SPDX_EXPRESSION.test(text);
}

/** A licence as a config names it ("Apache-2.0", "apache 2.0") → its SPDX expression, or null when it is none. */
export function spdxLicense(given: string): string | null {
  const known =
    KNOWN[
      given
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .replace('version', '')
    ];
  return known ?? (isSpdxExpression(given.trim()) ? given.trim() : null);
}

export function readLicense(info: Record<string, unknown>, configured: string | null): License | null {
  const contact = (info.contact ?? {}) as Record<string, unknown>;
  const holder =
    typeof contact.name === 'string' && contact.name.trim() ? contact.name.trim().replace(/\s+/g, ' ') : null;
  if (configured) return { id: configured, holder };
  const license = (info.license ?? {}) as Record<string, unknown>;
  for (const given of [license.identifier, license.name]) {
    if (typeof given !== 'string') continue;
    // A `name` whose ids are plain words ("Proprietary", "Commercial") names no licence: the SPDX ids written as a
    // bare word are the few KNOWN has, the others carry a version or a dash (GPL-3.0, EPL-2.0, 0BSD). (`identifier`
    // is an SPDX expression by definition.)
    const fromName = given === license.name && given !== license.identifier;
    const ids = given.trim().split(/ (?:AND|OR|WITH) /);
    const plainWord = fromName && ids.some((id) => /^[A-Za-z]+$/.test(id) && !KNOWN[id.toLowerCase()]);
    const known =
      KNOWN[
        given
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .replace('version', '')
      ];
    if (known) return { id: known, holder };
    if (!plainWord && isSpdxExpression(given.trim())) return { id: given.trim(), holder };
  }
  return null;
}
