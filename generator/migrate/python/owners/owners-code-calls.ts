/**
 * Hunks that call the owners' code are the owners'. A bot commit of main can carry custom code beside a generation
 * (writer-python's `release: 2.2.1`: `_extract_sdk_env_headers` and the two `__init__` lines of each client that call
 * it), and the history alone can read such lines as the bot's output (`botOnly`, generations.ts). Where one hunk of
 * them is the owners' (the function: a person re-formatted one of its lines since), the hunks that call what it
 * defines go with it: carried apart, the function would sit unused and what it did would be lost; dropped together
 * with a later generation's hunks, the calls would name nothing. A generation's own output cannot call a name only
 * the owners' code brought into the module.
 */
import { editsAsHunks } from '../../reapply/hunks';

type Judge = (removed: string[], added: string[]) => boolean;

/** The names a line defines: a function, a class, or the target of an assignment (`name = …`, `name: T = …`). */
const DEFINES = /^\s*(?:(?:async\s+)?def\s+(\w+)|class\s+(\w+)|(\w+)\s*(?::[^=]+)?=(?!=))/;

/**
 * `generated` (whether a hunk is a later generation's, to be left out) but for a hunk whose added lines read a name
 * that a hunk of the owners' (one `generated` does not take) defines and Stainless's file never mentions; and so on,
 * for the names such a hunk defines in turn (`merged_headers`, set by the call's hunk, passed on by the next).
 */
export function withOwnersCodeCalls(generated: Judge, pristine: string, edited: string): Judge {
  let owners: Set<string> | null = null;
  const readsOwners = (added: string[]) => {
    owners ??= ownersNames(generated, pristine, edited);
    return owners.size > 0 && added.some((line) => namesRead(line).some((name) => owners!.has(name)));
  };
  return (removed, added) => generated(removed, added) && !readsOwners(added);
}

function ownersNames(generated: Judge, pristine: string, edited: string): Set<string> {
  const known = new Set(pristine.match(/\w+/g) ?? []);
  const hunks = editsAsHunks(pristine, edited).map((hunk) => {
    const lines = hunk.split('\n');
    const removed = lines.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
    const added = lines.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
    return { removed, added, owners: !generated(removed, added) };
  });
  const names = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const hunk of hunks) {
      if (!hunk.owners && hunk.added.some((line) => namesRead(line).some((name) => names.has(name)))) {
        hunk.owners = true;
        grew = true;
      }
      if (!hunk.owners) continue;
      for (const line of hunk.added) {
        const name = definedName(line);
        if (name !== undefined && !known.has(name) && !names.has(name)) {
          names.add(name);
          grew = true;
        }
      }
    }
  }
  return names;
}

/** The name a line defines, if any (a keyword argument, `name=value,`, defines none). */
function definedName(line: string): string | undefined {
  if (/^\s*\w+=.*,\s*$/.test(line)) return undefined;
  return DEFINES.exec(line)
    ?.slice(1)
    .find((name) => name !== undefined);
}

/** The names a line reads: its words outside strings and comments, but for the name it defines. */
function namesRead(line: string): string[] {
  const code = line.replace(/#.*$/, '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const words: string[] = code.match(/[A-Za-z_]\w*/g) ?? [];
  const defined = definedName(code);
  const at = defined === undefined ? -1 : words.indexOf(defined);
  return words.filter((_, index) => index !== at);
}
