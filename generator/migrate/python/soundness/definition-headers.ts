/**
 * A definition's header as Python compiles it (statement-structure.ts): the parts of it that run in the scope around
 * the definition (default values, annotations, a class's bases: an `await` there needs an `async def` around the
 * definition, a name read there is used in that scope), and the order of its parameters (one without a default may
 * not follow one with a default, before a `*`). Its decorators are statements of the scope around it already.
 */

/** The parameters of `def name(…)` (or a class's bases), split at their commas outside brackets and lambdas. */
function itemsOf(header: string): string[] {
  const open = /^\s*(?:async\s+)?(?:def|class)\s+\w+\s*\(/.exec(header);
  if (open === null) return [];
  const items: string[] = [];
  let depth = 1;
  let item = '';
  for (let i = open[0].length; i < header.length && depth > 0; i++) {
    const c = header[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    // (A lambda's parameters, `key=lambda a, b: a`, are its own: its commas split nothing.)
    if (depth === 0 || (depth === 1 && c === ',' && !/(?<![\w.])lambda\b[^:]*$/.test(item))) {
      items.push(item);
      item = '';
    } else item += c;
  }
  return items.map((each) => each.trim()).filter((each) => each !== '');
}

/** The index of a parameter's `=` (its default) or `:` (its annotation) outside brackets, -1 where none. */
function topLevel(item: string, char: '=' | ':'): number {
  let depth = 0;
  for (let i = 0; i < item.length; i++) {
    const c = item[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === char && item[i + 1] !== '=' && !'=!<>'.includes(item[i - 1] ?? '')) return i;
  }
  return -1;
}

/**
 * The code of a definition's header that runs in the scope around it: a function's default values, its parameters'
 * and its return's annotations; a class's bases and keywords. Joined by commas.
 */
export function enclosingCode(header: string): string {
  const items = itemsOf(header);
  if (/^\s*class\b/.test(header)) return items.join(', ');
  const parts = items.flatMap((item) => {
    const [colon, equals] = [topLevel(item, ':'), topLevel(item, '=')];
    // (A colon after the `=` is a lambda's in the default, `key=lambda a: a`: no annotation.)
    const annotated = colon >= 0 && (equals < 0 || colon < equals);
    const annotation = annotated ? item.slice(colon + 1, equals < 0 ? undefined : equals) : '';
    return [annotation, equals < 0 ? '' : item.slice(equals + 1)].filter((part) => part.trim() !== '');
  });
  const returns = /\)\s*->\s*(.*?):?\s*$/.exec(header);
  return [...parts, ...(returns ? [returns[1]] : [])].join(', ');
}

/** The problem of a function's parameters' order: a parameter without a default after one with a default. */
export function parametersProblem(header: string, line: number): string | null {
  if (!/^\s*(?:async\s+)?def\b/.test(header)) return null;
  let defaulted = false;
  for (const item of itemsOf(header)) {
    // (After `*` or `*args` the parameters are keyword-only: any order; `/` ends the positional-only ones alone.)
    if (item.startsWith('*')) return null;
    if (item === '/') continue;
    if (topLevel(item, '=') >= 0) defaulted = true;
    else if (defaulted) {
      const name = /^[A-Za-z_]\w*/.exec(item)?.[0] ?? item;
      return `line ${line + 1}: a parameter without a default (\`${name}\`) after one with a default`;
    }
  }
  return null;
}
