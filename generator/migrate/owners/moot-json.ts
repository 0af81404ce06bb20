/**
 * Whether an owners' hunk of a JSON file has its result in sdkgen's file by what the JSON says, whatever the layout:
 * each `"key": value` line it adds is a member of an object of sdkgen's file with that value; or it repairs JSON the
 * old generator wrote invalid (an MCP manifest's `\'`), rewriting the same keys, where sdkgen's file is valid JSON.
 */
import { isObject } from '../json-object';

/** A line that only opens or closes objects and arrays. */
const STRUCTURE = /^[\s{}[\],]*$/;
/** A line that opens an object or array under a key: `"user_config": {`. */
const OPENS = /^\s*("(?:\\.|[^"\\])*")\s*:\s*[{[]\s*$/;

type Member = { key: string; value: unknown };

/** A line as one member of an object (`"name": "acme",`); undefined when it is not one whole member in JSON. */
function member(line: string): Member | undefined {
  try {
    const parsed: unknown = JSON.parse(`{${line.trim().replace(/,$/, '')}}`);
    if (!isObject(parsed)) return undefined;
    const keys = Object.keys(parsed);
    return keys.length === 1 ? { key: keys[0], value: parsed[keys[0]] } : undefined;
  } catch {
    return undefined;
  }
}

/** Every object of a JSON value, nested ones included. */
function objects(value: unknown, into: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) objects(item, into);
  else if (isObject(value)) {
    into.push(value);
    for (const item of Object.values(value)) objects(item, into);
  }
  return into;
}

function valid(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a unified-diff hunk of a JSON file (`stainless`: the old generator's text of it) has its result in sdkgen's
 * text (`sdkgen`), as described above.
 */
export function jsonHasResult(hunk: string, stainless: string, sdkgen: string): boolean {
  let target: unknown;
  try {
    target = JSON.parse(sdkgen);
  } catch {
    return false;
  }
  const body = hunk.split('\n').slice(1);
  const changed = (sign: string) =>
    body
      .filter((line) => line.startsWith(sign))
      .map((line) => line.slice(1))
      .filter((line) => line.trim() !== '');
  const [added, removed] = [changed('+'), changed('-')];
  if (added.length === 0) return false;
  const addedMembers = added.filter((line) => !STRUCTURE.test(line)).map(member);
  // A repair: the old generator's lines are not JSON, the owners' are, for the same keys in the same order.
  if (!valid(stainless) && addedMembers.every((m) => m !== undefined)) {
    const removedMembers = removed.filter((line) => !STRUCTURE.test(line)).map(member);
    const keysOf = (lines: string[]) =>
      lines.filter((line) => !STRUCTURE.test(line)).map((line) => /^\s*("(?:\\.|[^"\\])*")/.exec(line)?.[1]);
    const [was, now] = [keysOf(removed), keysOf(added)];
    if (
      removedMembers.some((m) => m === undefined) &&
      was.length === now.length &&
      was.every((key, i) => key !== undefined && key === now[i])
    )
      return true;
  }
  // The values: each member line the owners wrote is a member of one of sdkgen's objects, with that value.
  const all = objects(target);
  let members = 0;
  for (const line of added) {
    if (STRUCTURE.test(line)) continue;
    const opens = OPENS.exec(line);
    if (opens) {
      const key = JSON.parse(opens[1]) as string;
      if (!all.some((object) => Object.hasOwn(object, key))) return false;
      continue;
    }
    const m = member(line);
    if (m === undefined) return false;
    if (
      !all.some((object) => Object.hasOwn(object, m.key) && JSON.stringify(object[m.key]) === JSON.stringify(m.value))
    )
      return false;
    members++;
  }
  return members > 0;
}
