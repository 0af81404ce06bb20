/**
 * Names the owners added to a module-level list of Stainless's (`__all__ = [` … `]`), where sdkgen orders the list
 * otherwise and the hunk's neighbours are not there: added to sdkgen's list of the same name, as it lays it out.
 */
import type { Reapplied } from '../../reapply/hunks';
import { placeRejected } from '../../reapply/insertions';

const LIST_OPENING = /^([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*\[\s*(#.*)?$/;
const ITEM = /^\s*("[^"\\]*"|'[^'\\]*'|[A-Za-z_][\w.]*)\s*,?\s*(#.*)?$/;

export function intoModuleLists(base: string, carried: Reapplied): Reapplied {
  const baseLines = base.split('\n');
  return placeRejected(carried, (text, hunk) => intoList(text, baseLines, hunk));
}

function intoList(text: string, baseLines: string[], hunk: string): string | null {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header);
  if (!start || body.some((line) => line.startsWith('-'))) return null;
  const first = body.findIndex((line) => line.startsWith('+'));
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  // The names, and the comments among them (stagehand's `### <CUSTOM CODE …>` markers), which go along in place.
  const entries = added.filter((line) => line.trim() !== '');
  const comment = (line: string) => /^\s*#/.test(line);
  const items = entries.filter((line) => !comment(line)).map((line) => ITEM.exec(line)?.[1]);
  if (items.length === 0 || items.some((item) => item === undefined)) return null;
  // The list the lines went into in Stainless's module: the nearest unclosed top-level `name = [` above them.
  const at = Number(start[1]) - 1 + first;
  let name: string | null = null;
  for (let i = at - 1; i >= 0 && name === null; i--) {
    if (/^\S/.test(baseLines[i]) && !LIST_OPENING.test(baseLines[i])) return null;
    name = LIST_OPENING.exec(baseLines[i])?.[1] ?? null;
  }
  if (name === null) return null;
  const lines = text.split('\n');
  const opening = lines.findIndex((line) => LIST_OPENING.exec(line)?.[1] === name);
  if (opening < 0) return null;
  const closing = lines.findIndex((line, i) => i > opening && /^\]/.test(line));
  if (closing < 0) return null;
  const present = new Set(lines.slice(opening + 1, closing).map((line) => ITEM.exec(line)?.[1]));
  const indent = /^\s*/.exec(lines[opening + 1] ?? '')?.[0] || '    ';
  const missing = (items as string[]).filter((item) => !present.has(item));
  const placed = entries.flatMap((line) => {
    if (comment(line)) return missing.length > 0 ? [`${indent}${line.trim()}`] : [];
    const item = ITEM.exec(line)![1];
    return missing.includes(item) ? [`${indent}${item},`] : [];
  });
  const previous = lines[closing - 1];
  const withComma = closing - 1 > opening && !/,\s*(#.*)?$/.test(previous) ? [`${previous},`] : [previous];
  return [
    ...lines.slice(0, closing - 1),
    ...(closing - 1 > opening ? withComma : [lines[opening]]),
    ...placed,
    ...lines.slice(closing),
  ].join('\n');
}
