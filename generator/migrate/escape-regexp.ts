/** `text` as a regular expression that matches it literally (a name read from a repository's files, say). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
