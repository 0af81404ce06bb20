/**
 * Custom code Stainless's bot committed to main beside a generation (repository/twin-generations.ts finds it: the
 * files main's bot commit added that its twin on `generated` lacks; the base names them `botCustomCode`, as for the
 * TypeScript move, owners/bot-custom-code.ts) is the owners' code in a Python repository too: runway's `uploads`
 * resource, its response model and its test. Those modules open with Stainless's banner, yet they are not a later
 * generation's output (the Python plan's reading of a bannered module the base lacks): they stay, as the owners' files.
 *
 * The banner is the bot's line, not the owners': after the move it would tell a reader the module is generated from
 * the spec, which no generator does any more. It is taken out (with the blank lines after it); the code stays as it is.
 */
import { botCustomCodeOf } from '../../owners/bot-custom-code';
import { twinCustomCode } from '../../repository/twin-generations';

/** The banner line as Stainless writes it atop a Python module. */
const PY_BANNER = /^# File generated from our OpenAPI spec by Stainless\.(?: See CONTRIBUTING\.md for details\.)?\s*$/i;

/** The bot's custom files the base names (none for a base that names none). */
export function botCustomFiles(base: object | null): ReadonlySet<string> {
  return botCustomCodeOf(base);
}

/**
 * `base` naming every file a bot commit of main created beside a generation whose twin lacks it. The base finder names
 * only those still as the bot left them (stale output); one the owners edited since (runway's `uploads.py`, typed anew
 * by a person, then reworked by a later bot commit) is the owners' all the more, and a Python module with Stainless's
 * banner that the base lacks would otherwise read as a later generation's.
 */
export function withTwinCustomFiles<B extends { commit?: string; blobs: Map<string, string> }>(
  repo: string,
  base: B,
): B {
  if (base.commit === undefined) return base;
  const created = [...twinCustomCode(repo, base.commit).files].filter((path) => !base.blobs.has(path));
  const known = botCustomCodeOf(base);
  if (created.every((path) => known.has(path))) return base;
  return { ...base, botCustomCode: new Set([...known, ...created]) };
}

/** `text` without the banner line it opens with and the blank lines after it; `text` itself when it does not open so. */
export function withoutPythonBanner(text: string): string {
  const lines = text.split('\n');
  if (!PY_BANNER.test(lines[0] ?? '')) return text;
  let at = 1;
  while (at < lines.length - 1 && lines[at].trim() === '') at++;
  return lines.slice(at).join('\n');
}
