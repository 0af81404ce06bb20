/**
 * Comments sdkgen words otherwise than Stainless, read in sdkgen's words before the owners' edits are carried. Each
 * method of Stainless's has the same two comment lines before `extra_headers` that sdkgen's has in its own words; a
 * parameter the owners added just above them (mixedbread's `multipart_upload` on `files.create`) had that comment as
 * its only context after it, found nowhere in sdkgen's module, and the `file: FileTypes,` before it in the sync and the
 * async method alike: the edit was left for a person. Where sdkgen's module has, at the place of a block of comment
 * lines of Stainless's, comment lines of its own or none (Stainless's note on the multipart boundary before a call),
 * that block is read as sdkgen's wherever Stainless's module and the owners' have it unchanged; a block the owners
 * edited stays as they wrote it, their edit.
 */
import { diff, lines } from '../../../write/merge';

const COMMENT = /^\s*#/;

/** `base` and `edited` with Stainless's comment blocks that sdkgen's module words otherwise in sdkgen's words. */
export function inSdkgenWords(
  base: string,
  edited: string,
  target: string,
  // (In a TOML file, blank lines go with the comments they stand beside: sdkgen's pyproject.toml has none between its
  // settings. A Python module's blank lines are its layout, read as code.)
  withBlankLines = false,
): { base: string; edited: string } {
  const [b, t] = [lines(base), lines(target)];
  const hunks = diff(b, t);
  if (hunks === null) return { base, edited };
  // Stainless's block (its lines joined) → sdkgen's; null where one block of Stainless's is worded two ways.
  const wording = new Map<string, string[] | null>();
  for (const hunk of hunks) {
    const [theirs, ours] = [b.slice(hunk.baseStart, hunk.baseEnd), t.slice(hunk.start, hunk.end)];
    if (!theirs.some((line) => COMMENT.test(line))) continue;
    if (![...theirs, ...ours].every((line) => COMMENT.test(line) || (withBlankLines && line.trim() === ''))) continue;
    const key = theirs.join('');
    const known = wording.get(key);
    wording.set(key, known === undefined || (known !== null && known.join('') === ours.join('')) ? ours : null);
  }
  const blocks = [...wording].filter((entry): entry is [string, string[]] => entry[1] !== null);
  if (blocks.length === 0) return { base, edited };
  return { base: reworded(b, blocks), edited: reworded(lines(edited), blocks) };
}

/** The text with each occurrence of a block (Stainless's lines, at any indentation they had) in sdkgen's words. */
function reworded(text: string[], blocks: Array<[string, string[]]>): string {
  const out = [...text];
  for (const [theirs, ours] of blocks) {
    const size = lines(theirs).length;
    for (let at = 0; at + size <= out.length; at++) {
      if (out.slice(at, at + size).join('') !== theirs) continue;
      out.splice(at, size, ...ours);
      at += ours.length - 1;
    }
  }
  return out.join('');
}
