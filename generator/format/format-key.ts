/**
 * The format key: everything besides a file's rendered text that decides what the format stage makes of it. A file
 * whose rendered text (and comment wrapping) is what it was last time, formatted under the same key, formats to the
 * same bytes: a regeneration takes the committed file instead of formatting it again (emit/reuse.ts).
 *
 * It covers the formatter that actually formats (oxfmt, Prettier, or none: a fallback from oxfmt to Prettier is
 * another key), that formatter's version, Prettier's options, sdkgen's version, the code of this stage (the files of
 * generator/format/, hashed by scripts/build.mjs into the bundle, read here when running from the sources) and
 * whether the list of preformatted runtime files was there. The templates and the generator's options are not in
 * it: they change the rendered text, which each file's fingerprint holds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettierOptions from './prettier-options.json';

/** format.ts's Formatter (not imported: format.ts imports this module). */
type Formatter = 'oxfmt' | 'prettier' | 'none';

declare const SDKGEN_VERSION: string | undefined;
/** sha256 of generator/format/*, defined by scripts/build.mjs (formatCodeHash there). */
declare const SDKGEN_FORMAT_CODE: string | undefined;

/** What `formatKey` hashes, spelled out (tests and the docs show it). */
export interface FormatKeyParts {
  sdkgen: string;
  formatter: Formatter;
  /** The formatter's package version; null for `none`. */
  formatterVersion: string | null;
  options: unknown;
  formatCode: string;
  preformattedList: boolean;
}

/** Where the parts come from: this installation (tests stand in others). */
export interface FormatKeySources {
  sdkgenVersion(): string;
  /** An installed package's version, or null. */
  packageVersion(name: string): string | null;
  formatCode(): string;
  options: unknown;
}

export const INSTALLED: FormatKeySources = { sdkgenVersion, packageVersion, formatCode, options: prettierOptions };

export function formatKeyParts(
  formatter: Formatter,
  preformattedList: boolean,
  from: FormatKeySources = INSTALLED,
): FormatKeyParts {
  return {
    sdkgen: from.sdkgenVersion(),
    formatter,
    formatterVersion: formatter === 'none' ? null : from.packageVersion(formatter),
    options: formatter === 'none' ? null : from.options,
    formatCode: from.formatCode(),
    preformattedList: formatter !== 'none' && preformattedList,
  };
}

/** The key, as the manifest records it: `<formatter>@<version>:<sha256 of the parts, 32 hex digits>`. */
export function formatKey(parts: FormatKeyParts): string {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
  return `${parts.formatter}${parts.formatterVersion ? `@${parts.formatterVersion}` : ''}:${digest}`;
}

let version: string | undefined;

function sdkgenVersion(): string {
  if (typeof SDKGEN_VERSION === 'string') return SDKGEN_VERSION;
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
  return version;
}

const versions = new Map<string, string | null>();

function packageVersion(name: string): string | null {
  if (!versions.has(name)) {
    try {
      const file = createRequire(import.meta.url).resolve(`${name}/package.json`);
      versions.set(name, (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version);
    } catch {
      versions.set(name, null);
    }
  }
  return versions.get(name)!;
}

let code: string | undefined;

function formatCode(): string {
  if (typeof SDKGEN_FORMAT_CODE === 'string') return SDKGEN_FORMAT_CODE;
  code ??= formatCodeHash(path.dirname(fileURLToPath(import.meta.url)));
  return code;
}

/** sha256 of the format stage's files (name and text, in name order): scripts/build.mjs computes the same. */
export function formatCodeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(ts|json)$/.test(name)) continue;
    hash.update(`${name}\0${readFileSync(path.join(dir, name), 'utf8')}\0`);
  }
  return hash.digest('hex');
}
