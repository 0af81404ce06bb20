/**
 * A method the owners made stream by hand: where their Stainless config declared no streaming, they replaced
 * Stainless's one signature with overloads on the `stream` flag, each streaming one returning `APIPromise<Stream<T>>`
 * (groq's `chat.completions.create`). Where sdkgen's module has that method overloaded so already (the spec's `stream`
 * flag, as Stainless writes a streaming method), the edit has nothing left to carry: the method streams the same
 * items. Their params types keep their names where their other edits declared them (carried as any declaration).
 */

import { changedLines } from '../reapply/changed-lines';

/** A method's signature line (`create(`, `  create(body: …`), its name group 1. */
const SIGNATURE = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*\(/;
/** What a streaming overload returns: `APIPromise<Stream<T>>`, T group 1. */
const STREAM_RETURN = /\bAPIPromise<\s*Stream<\s*([A-Za-z_$][\w$.]*)\s*>\s*>/g;

/** The items each streaming overload of `name` in `text` returns a `Stream` of. */
function streamedItems(text: string, name: string): Set<string> {
  const items = new Set<string>();
  const lines = text.split('\n');
  for (let at = 0; at < lines.length; at++) {
    if (SIGNATURE.exec(lines[at])?.[1] !== name) continue;
    // The overload's signature, to the `;` or `{` that ends it.
    let signature = '';
    for (let end = at; end < lines.length && end < at + 12; end++) {
      signature += `${lines[end]}\n`;
      if (/[;{]\s*$/.test(lines[end])) break;
    }
    for (const match of signature.matchAll(STREAM_RETURN)) items.add(match[1]);
  }
  return items;
}

/**
 * The method a hunk makes stream, and the items it streams: the hunk overloads one method (two signatures or more of
 * that name among its added lines, one among those it removes) and an overload returns `APIPromise<Stream<T>>`.
 */
export function madeStreaming(hunk: string): { method: string; items: Set<string> } | null {
  const { removed, added } = changedLines(hunk);
  const names = (lines: string[]) => lines.map((line) => SIGNATURE.exec(line)?.[1]).filter((n) => n !== undefined);
  const addedNames = names(added);
  const method = addedNames[0];
  if (method === undefined || addedNames.filter((n) => n === method).length < 2) return null;
  if (!names(removed).includes(method)) return null;
  const items = streamedItems(added.join('\n'), method);
  return items.size === 0 ? null : { method, items };
}

/**
 * The rejected hunks without those that make a method stream which sdkgen's module of that path (`written`) streams
 * already (the same items); each dropped hunk listed in `doneBySdkgen`.
 */
export function dropStreamingDoneBySdkgen(
  rejected: Array<{ path: string; hunks: string[] }>,
  written: (path: string) => string | undefined,
  doneBySdkgen: Array<{ path: string; does: string; test: string }>,
): Array<{ path: string; hunks: string[] }> {
  return rejected
    .map(({ path, hunks }) => {
      const text = /\.[cm]?ts$/.test(path) ? written(path) : undefined;
      if (text === undefined) return { path, hunks };
      const kept = hunks.filter((hunk) => {
        const made = madeStreaming(hunk);
        if (made === null) return true;
        const ours = streamedItems(text, made.method);
        if (![...made.items].every((item) => ours.has(item))) return true;
        doneBySdkgen.push({
          path,
          does:
            `\`${made.method}\` streams (\`stream: true\` → \`APIPromise<Stream<${[...made.items].join(' | ')}>>\`): ` +
            "sdkgen's module overloads it on the spec's `stream` flag as Stainless writes a streaming method",
          test: "test/stainless-stream-flag-params.test.ts › overloads the method on the flag and sends Stainless's request, cast to either promise",
        });
        return false;
      });
      return { path, hunks: kept };
    })
    .filter(({ hunks }) => hunks.length > 0);
}
