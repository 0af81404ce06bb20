/** Names code reads, for the owners' code migrate carries: which imports and constants go with it. */
/** The identifiers a piece of code uses (not those after a `.`, which are members; those spread, `...name`, are). */
export function identifiers(code: string): string[] {
  const withoutStrings = code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    // A template literal's words are text, its `${…}` code (a `${VERSION}` reads an import).
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, (literal, quote: string) =>
      quote === '`' ? [...literal.matchAll(/\$\{([^}]*)\}/g)].map((m) => ` (${m[1]}) `).join('') || '""' : '""',
    )
    .replace(/\/\/.*$/gm, '');
  return [...new Set([...withoutStrings.matchAll(/(?<![\w$])(?<![^.]\.|^\.)[A-Za-z_$][\w$]*/gm)].map((m) => m[0]))];
}
