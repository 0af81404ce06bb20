/**
 * An edit that only took something out of the old generator's file (spotify's owners took the client options their
 * tests no longer needed out of Stainless's `tests/index.test.ts`: whole lines `clientID: 'My Client ID',`, and the
 * argument of `new Spotify({ clientID: …, clientSecret: … })`) has nothing to carry where sdkgen's file has none of
 * what it took out: what the edit made holds there already.
 */

/**
 * Whether a hunk only deletes text (its added lines are its removed lines with one span taken out, or nothing) and
 * sdkgen's file has none of the pieces of that span: each item of it (split at commas, brackets and line ends) that
 * says something (three letters or digits in a row), compared without spaces and with either quote.
 */
export function deletionHolds(removed: string[], added: string[], target: string[]): boolean {
  const before = removed.join('');
  const after = added.join('');
  if (before.trim() === '' || after.length >= before.length) return false;
  let prefix = 0;
  while (prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
    suffix++;
  // The added text is the removed text with one span taken out.
  if (prefix + suffix !== after.length) return false;
  const span = before.slice(prefix, before.length - suffix);
  const pieces = span
    .split(/[,;{}()[\]\n]/)
    .map(normal)
    .filter((piece) => /\w{3}/.test(piece));
  if (pieces.length === 0) return false;
  const text = normal(target.join('\n'));
  return pieces.every((piece) => !text.includes(piece));
}

/** Text compared without its spaces, double quotes read as single. */
function normal(text: string): string {
  return text.replace(/\s+/g, '').replace(/"/g, "'");
}
