/**
 * Custom code Stainless's bot committed to main beside a generation (repository/twin-generations.ts: runway's
 * `uploads` resource and its test) is the owners' code, kept. Stainless's bot wrote its generated-file banner atop
 * it ("File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details."): after the move that
 * line would tell a reader the file is generated output, to be changed through the spec, which no generator writes
 * any more. The banner is the bot's line, not the owners': it is taken out, and the code below it is kept as it is.
 *
 * A file one of the owners' own commits added, with the banner copied from a generated file (together's
 * `tests/lib/upload.test.ts`), is theirs as they wrote it, banner and all: it is not the bot's custom code and is
 * never rewritten.
 */
import type { RepoFile } from '../repository/checkout-files';

/** The banner line as Stainless writes it atop a TypeScript module. */
const BANNER_LINE =
  /^\/\/ File generated from our OpenAPI spec by Stainless\.(?: See CONTRIBUTING\.md for details\.)?\s*$/i;

/** The custom code files of a base found by findStainlessBase (its `botCustomCode`); none when it names none. */
export function botCustomCodeOf(base: object | null): ReadonlySet<string> {
  if (base === null || !('botCustomCode' in base)) return new Set();
  const files = base.botCustomCode;
  return files instanceof Set ? (files as ReadonlySet<string>) : new Set();
}

/** `text` without the banner line it opens with (and the blank lines after it); null when it does not open so. */
export function withoutBotBanner(text: string): string | null {
  const lines = text.split('\n');
  if (!BANNER_LINE.test(lines[0] ?? '')) return null;
  let at = 1;
  while (at < lines.length - 1 && lines[at].trim() === '') at++;
  return lines.slice(at).join('\n');
}

/** The owners' files of the bot's custom code that open with Stainless's banner, each with the banner taken out. */
export function unbanneredCustomCode(
  current: readonly RepoFile[],
  customCode: ReadonlySet<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of current) {
    if (!customCode.has(file.path) || file.text === null) continue;
    const text = withoutBotBanner(file.text);
    if (text !== null) out.set(file.path, text);
  }
  return out;
}
