/**
 * A formatted module read as its top-level statements, by its layout alone: the declaration placer
 * (reapply/declarations.ts) and the owners' tests in Stainless's test modules (owners/added-tests.ts) read it so.
 */

/** Lines [start, end) of a module: the comments just above the statement, then the statement from line `code`. */
export interface TopLevelStatement {
  start: number;
  code: number;
  end: number;
}

/**
 * The statements of `lines` from line `from`: each starts at a line in the first column that closes no bracket and
 * runs over the indented, closing and blank lines after it, blank lines at its end left out. The comments just above
 * it (`//` lines and `/* … *\/` blocks in the first column, blank lines between them) are part of it.
 */
export function topLevelStatements(lines: string[], from = 0): TopLevelStatement[] {
  const found: TopLevelStatement[] = [];
  let commentStart: number | null = null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (/^\/[/*]/.test(line)) {
      commentStart ??= i;
      if (line.startsWith('/*')) while (i < lines.length && !lines[i].includes('*/')) i++;
      continue;
    }
    if (!/^[^\s}\])]/.test(line)) {
      if (line.trim() !== '') commentStart = null;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !/^[^\s}\])]/.test(lines[end])) end++;
    while (end > i + 1 && lines[end - 1].trim() === '') end--;
    found.push({ start: commentStart ?? i, code: i, end });
    commentStart = null;
    i = end - 1;
  }
  return found;
}
