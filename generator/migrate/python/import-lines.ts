/**
 * Names the owners added to an import statement of Stainless's (stagehand's `from typing import Dict, Optional` →
 * `from typing import TYPE_CHECKING, Dict, Optional, cast`, between their marker comments), where sdkgen's module
 * imports from that module in a statement of its own words: the names go into sdkgen's statement, with the owners'
 * comment lines around it. A name the owners took out stays (sdkgen's code may use it).
 */
import type { Reapplied } from '../reapply/hunks';
import { placeRejected } from '../reapply/insertions';

const FROM_IMPORT = /^from\s+(\S+)\s+import\s+([^()#]+?)\s*$/;
/** Ruff's line length in Stainless's and sdkgen's pyproject.toml. */
const LINE_LENGTH = 120;

export function intoImportLines(carried: Reapplied): Reapplied {
  return placeRejected(carried, intoImportLine);
}

function intoImportLine(text: string, hunk: string): string | null {
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const removed = body.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  const code = added.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (removed.length !== 1 || code.length !== 1) return null;
  const [before, after] = [FROM_IMPORT.exec(removed[0]), FROM_IMPORT.exec(code[0])];
  if (before === null || after === null || before[1] !== after[1]) return null;
  const had = names(before[2]);
  const come = names(after[2]).filter((name) => !had.includes(name));
  const lines = text.split('\n');
  const at = lines.findIndex((line) => FROM_IMPORT.exec(line)?.[1] === after[1]);
  if (at < 0) return null;
  const ours = names(FROM_IMPORT.exec(lines[at])![2]);
  const all = [...ours, ...come.filter((name) => !ours.includes(name))];
  const one = `from ${after[1]} import ${all.join(', ')}`;
  const statement =
    one.length <= LINE_LENGTH ? [one] : [`from ${after[1]} import (`, ...all.map((name) => `    ${name},`), ')'];
  // The owners' comment lines before and after their statement, around sdkgen's.
  const index = added.indexOf(code[0]);
  const [above, below] = [added.slice(0, index), added.slice(index + 1)];
  return [...lines.slice(0, at), ...above, ...statement, ...below, ...lines.slice(at + 1)].join('\n');
}

/** The names (with `as` aliases) a one-line import list binds, in order. */
function names(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '');
}
