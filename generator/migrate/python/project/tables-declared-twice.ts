/**
 * A table the owners added to Stainless's pyproject.toml that sdkgen's file declares too (lilypad's
 * `[project.optional-dependencies]`, their extras `cli`, `openai` … where Stainless's file had none, and sdkgen's has
 * its `aiohttp` and `dev`). Their hunk adds the whole table, header and all, and carried line by line it declares the
 * table a second time: TOML refuses the file (`Cannot declare ('project', 'optional-dependencies') twice`), so pip,
 * pytest and pyright could not read it. The later declaration's keys are joined to the first: each key the first
 * lacks after its last key (with the comments above it), a key both set taking the owners' value (the one that is not
 * sdkgen's own), and the second header goes.
 */
import type { Reapplied } from '../../reapply/hunks';
import { tomlLines } from './toml-lines';

interface Entry {
  key: string;
  /** The entry's lines: the comments right above the key, the key and its value. */
  lines: string[];
  /** Its first and last line in the file. */
  start: number;
  end: number;
}

interface Declaration {
  name: string;
  /** The header's line, and the line after the table's last (the next header's, or the end). */
  at: number;
  end: number;
}

export function withTablesJoined(sdkgen: string, carried: Reapplied): Reapplied {
  const text = joinedTables(sdkgen, carried.text);
  return text === carried.text ? carried : { ...carried, text };
}

/** The text with each table declared more than once declared once, its keys joined (above). */
export function joinedTables(sdkgen: string, text: string): string {
  const ours = sdkgenValues(sdkgen);
  let lines = text.split('\n');
  for (;;) {
    const declarations = tableDeclarations(lines);
    const first = new Map<string, Declaration>();
    const twice = declarations.find((d) => {
      if (first.has(d.name)) return true;
      first.set(d.name, d);
      return false;
    });
    if (twice === undefined) return lines.join('\n');
    const joined = joinInto(lines, first.get(twice.name)!, twice, ours.get(twice.name) ?? new Map());
    if (joined === null) return lines.join('\n');
    lines = joined;
  }
}

/** The lines with `later`'s keys joined to `earlier` and `later` taken out; null where the entries cannot be read. */
function joinInto(
  lines: string[],
  earlier: Declaration,
  later: Declaration,
  sdkgens: Map<string, string>,
): string[] | null {
  const theirs = entries(lines, later);
  const kept = entries(lines, earlier);
  if (theirs === null || kept === null) return null;
  const replaced = new Map<number, Entry>();
  const added: Entry[] = [];
  for (const entry of theirs) {
    const same = kept.find((e) => e.key === entry.key);
    if (same === undefined) added.push(entry);
    // (A key both set: the owners' value, the one that is not sdkgen's own.)
    else if (valueText(entry) !== sdkgens.get(entry.key)) replaced.set(same.start, entry);
  }
  const last = lastContentLine(lines, earlier);
  const body: string[] = [];
  for (let i = earlier.at + 1; i <= last; i++) {
    const entry = replaced.get(i);
    if (entry === undefined) body.push(lines[i]);
    else {
      body.push(...entry.lines);
      i = kept.find((e) => e.start === i)!.end;
    }
  }
  const result = [
    ...lines.slice(0, earlier.at + 1),
    ...body,
    ...added.flatMap((e) => e.lines),
    ...lines.slice(last + 1, later.at),
    ...lines.slice(later.end),
  ];
  // (Blank lines ending the file after the table taken out go with it.)
  if (later.end >= lines.length)
    while (result.length > 1 && result[result.length - 1] === '' && result[result.length - 2] === '') result.pop();
  return result;
}

/** Each `[table]` declared (not an item of an array of tables), with where it ends. */
function tableDeclarations(lines: string[]): Declaration[] {
  const read = tomlLines(lines);
  const headers = read.flatMap((line, at) => (line.kind === 'header' ? [{ line, at }] : []));
  return headers.flatMap(({ line, at }, n) =>
    line.array ? [] : [{ name: line.table, at, end: headers[n + 1]?.at ?? lines.length }],
  );
}

/** The table's keys in order, each with the comment lines right above it; null where a line is neither. */
function entries(lines: string[], declaration: Declaration): Entry[] | null {
  const read = tomlLines(lines);
  const out: Entry[] = [];
  let comments: string[] = [];
  for (let i = declaration.at + 1; i < declaration.end; i++) {
    const line = read[i];
    if (line.kind === 'key') {
      out.push({
        key: line.key!,
        lines: [...comments, ...lines.slice(i, line.end! + 1)],
        start: i - comments.length,
        end: line.end!,
      });
      comments = [];
      i = line.end!;
    } else if (/^\s*#/.test(lines[i])) comments.push(lines[i]);
    else if (lines[i].trim() === '') comments = [];
    else return null;
  }
  return out;
}

/** The last line of the table that is not blank (its header where it has nothing). */
function lastContentLine(lines: string[], declaration: Declaration): number {
  let last = declaration.end - 1;
  while (last > declaration.at && lines[last].trim() === '') last--;
  return last;
}

/** An entry's key and value as written, its comments aside. */
function valueText(entry: Entry): string {
  return entry.lines.filter((line) => !/^\s*#/.test(line)).join('\n');
}

/** sdkgen's file: per table, each key's text (as `valueText`). */
function sdkgenValues(sdkgen: string): Map<string, Map<string, string>> {
  const lines = sdkgen.split('\n');
  const out = new Map<string, Map<string, string>>();
  for (const declaration of tableDeclarations(lines)) {
    const keys = out.get(declaration.name) ?? new Map<string, string>();
    for (const entry of entries(lines, declaration) ?? []) keys.set(entry.key, valueText(entry));
    out.set(declaration.name, keys);
  }
  return out;
}
