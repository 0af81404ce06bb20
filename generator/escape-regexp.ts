/** `text` as a regular expression that matches it literally (a name read from a repository's files, a path). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
