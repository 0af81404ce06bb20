/**
 * Stainless's banner (`// File generated from our OpenAPI spec by Stainless. …`, `#` in Python), or any generator's
 * attribution line the owners put in its place, is the generator's, never the owners' edit: sdkgen's module has a
 * banner of its own. An owners' hunk that adds it (a module they created with the banner copied in, openai-node's
 * `src/resources/chat/completions.ts`) or has it as context at the top of the file (their models added after it,
 * `src/resources/shared.ts`) brought it back into sdkgen's module, over or under sdkgen's banner. The hunks are made
 * with sdkgen's banner in its place where base and edited both have it, without it where one has it: what the owners
 * added or removed is carried, not the banner.
 */

/** A line of Stainless's banner, in any comment syntax. */
const BANNER_LINE = /^\s*(\/\/|#|\/\*+|\*)\s*File generated from our OpenAPI spec by Stainless\b.*$/i;
/**
 * A generated-file banner's attribution line, whatever the generator's name: Stainless's, or the one the owners put
 * in its place (openai-node's "update generated SDK attribution": "… by Stainless." → "… by Castiron."). Such a line
 * is the generator's to write, never an owners' edit: sdkgen writes its own banner.
 */
const ATTRIBUTION_LINE =
  /^\s*(\/\/|#|\/\*+|\*)\s*(?:this\s+)?file\s+(?:was\s+)?(?:auto-?)?generated\b.*\bby\s+[A-Za-z][\w.-]*/i;

/** Whether a line is a generated-file banner's attribution line (any generator's). */
export function isAttributionLine(line: string): boolean {
  return ATTRIBUTION_LINE.test(line);
}
/**
 * The banner is at the top of the file: within its first lines (a shebang, directives before it), or anywhere in the
 * comment block that opens it (a licence header the owners put above it: llama-stack-client-python's copyright).
 */
const TOP_LINES = 5;

/** The lines the banner may be on: the first `TOP_LINES`, or the file's opening comment and blank lines. */
function topLines(text: string): string[] {
  const lines = text.split('\n');
  let end = 0;
  while (end < lines.length && /^\s*($|\/\/|#|\/\*|\*)/.test(lines[end]!)) end++;
  return lines.slice(0, Math.max(TOP_LINES, end));
}

export interface BannerTaken {
  text: string;
  at: number;
  removed: number;
  /** Stainless's banner line and the sdkgen banner lines put in its place. */
  replaced?: { stainless: string; banner: string[] };
}

/** Whether `text` has a generated-file banner (Stainless's, or another generator's attribution) near its top. */
export function hasBannerAtTop(text: string): boolean {
  return topLines(text).some((line) => ATTRIBUTION_LINE.test(line));
}

/** Whether `text` has Stainless's own banner near its top. */
export function hasStainlessBannerAtTop(text: string): boolean {
  return topLines(text).some((line) => BANNER_LINE.test(line));
}

/**
 * Whether two texts differ only in their generated-file banner lines (a generator's attribution rewritten, added or
 * taken out): an edit that is sdkgen's to write, since it writes its own banner.
 */
export function onlyBannerEdited(base: string, edited: string): boolean {
  if (base === edited || !(hasBannerAtTop(base) || hasBannerAtTop(edited))) return false;
  return withSdkgenBanner(base, []).text === withSdkgenBanner(edited, []).text;
}

/**
 * The text of a module sdkgen writes with Stainless's banner, which a carried edit brought in, taken out: sdkgen's
 * banner (that of `target`, its own text) stands in its place, once. Unchanged where `target` has Stainless's banner
 * itself or the text has none.
 */
export function withSdkgensBannerOnly(text: string, target: string): string {
  if (!hasStainlessBannerAtTop(text) || hasStainlessBannerAtTop(target)) return text;
  const banner = leadingBanner(target);
  const hasSdkgens = banner.length > 0 && text.startsWith(banner.join('\n'));
  const lines = text.split('\n');
  const at = topLines(text).findIndex((line) => BANNER_LINE.test(line));
  if (hasSdkgens || banner.length === 0) {
    const removed = at + 1 < lines.length && lines[at + 1]!.trim() === '' ? 2 : 1;
    lines.splice(at, removed);
  } else lines.splice(at, 1, ...banner);
  return lines.join('\n');
}

/**
 * `text` with Stainless's banner line near its top replaced by `banner` (sdkgen's, the target's leading comment lines:
 * edits placed after Stainless's banner go after sdkgen's), or taken out with the blank line after it where there is
 * none. `at`: the banner's line (0-based, -1: none); `removed`: how many lines fewer the text has.
 */
export function withSdkgenBanner(text: string, banner: string[]): BannerTaken {
  const lines = text.split('\n');
  const at = topLines(text).findIndex((line) => ATTRIBUTION_LINE.test(line));
  if (at < 0) return { text, at: -1, removed: 0 };
  if (banner.length > 0) {
    const [stainless] = lines.splice(at, 1, ...banner);
    return { text: lines.join('\n'), at, removed: 1 - banner.length, replaced: { stainless: stainless!, banner } };
  }
  const removed = at + 1 < lines.length - 1 && lines[at + 1]!.trim() === '' ? 2 : 1;
  lines.splice(at, removed);
  return { text: lines.join('\n'), at, removed };
}

/** The leading line comments of sdkgen's module before a blank line (its banner), or none. */
export function leadingBanner(target: string): string[] {
  const lines = target.split('\n');
  const end = lines.findIndex((line) => !/^\s*(\/\/|#)/.test(line));
  if (end <= 0 || lines[end]!.trim() !== '' || lines.slice(0, end).some((line) => /^#!/.test(line))) return [];
  // (Stainless's own banner is no banner of sdkgen's.)
  return lines.slice(0, end).some((line) => BANNER_LINE.test(line)) ? [] : lines.slice(0, end);
}

/**
 * A unified-diff hunk made against the banner-less base, numbered as against the file as it was: its old lines
 * from `base.at` on are `base.removed` further down, its new lines `edited.removed`.
 */
export function renumbered(hunk: string, base: BannerTaken, edited: BannerTaken): string {
  // (Context lines of sdkgen's banner stand for Stainless's, as the owners' file had it.)
  const replaced = base.replaced;
  const asStainless = replaced
    ? hunk
        .split('\n')
        .flatMap((line) =>
          line === ` ${replaced.banner[0]}`
            ? [` ${replaced.stainless}`]
            : replaced.banner.slice(1).some((b) => line === ` ${b}`)
              ? []
              : [line],
        )
        .join('\n')
    : hunk;
  return asStainless.replace(
    /^@@ -(\d+)((?:,\d+)?) \+(\d+)((?:,\d+)?) @@/,
    (_, oldStart: string, oldCount: string, newStart: string, newCount: string) =>
      `@@ -${shifted(+oldStart, base)}${oldCount} +${shifted(+newStart, edited)}${newCount} @@`,
  );
}

function shifted(start: number, strip: BannerTaken): number {
  return strip.removed > 0 && start > strip.at ? start + strip.removed : start;
}
