/**
 * The statements of a resource module (`resources/**.py`) in the layout Ruff's formatter leaves (line length 120),
 * so that the module skips Ruff (issue 91). Learnt from Ruff's behaviour: an expression that fits stays on one line;
 * else the call's arguments go on one line of their own, indented, when they fit there (no comma added); a list or
 * dict literal never does; else one element per line with a trailing comma, outermost brackets first; a lone
 * element never gets a comma. Where a line still does not fit, or its width is not plain ASCII (Ruff counts wide
 * characters otherwise), the statement is written flat as before and the module is left to Ruff. The splitting
 * itself is py-layout.ts's `splitExpr`, the one splitter of every printer: a call here is its non-collection.
 */
import { docstringInLayout, parseExpr, ruffLeavesLong, splitExpr, Uncertain, type PyExpr } from '../py-layout';

/** How a signature writes an argument left out (stainless/python-era.ts: `omitSentinels`), and an older era's. */
export const OMITTED = 'Omit = omit';
export const OMITTED_NOT_GIVEN = 'NotGiven = NOT_GIVEN';

const LINE_LENGTH = 120;

/** Printed text that never splits, or brackets around elements. */
export type ResourceExpr = string | Bracketed;

export interface Bracketed {
  /** What comes before the elements, the opening bracket included: `self._get(`, `body=maybe_transform(`, `{`. */
  open: string;
  items: ResourceExpr[];
  close: ')' | ']' | '}';
  /** A call's arguments (kept together on a line of their own when they fit there), not a literal's elements. */
  call: boolean;
  /**
   * Written with a comma after its last element (Ruff's magic trailing comma): one element a line however short, and
   * the brackets around it split too.
   */
  magic?: true;
}

/** `callee(items)`: `callee` may carry what precedes it (`body=`, `await `, `**`). */
export const callExpr = (callee: string, items: ResourceExpr[]): Bracketed => ({
  open: `${callee}(`,
  items,
  close: ')',
  call: true,
});

/** `[items]` or `{items}`, after `before` (`paths=`). */
export const literalExpr = (bracket: '[' | '{', items: ResourceExpr[], before = ''): Bracketed => ({
  open: `${before}${bracket}`,
  items,
  close: bracket === '[' ? ']' : '}',
  call: false,
});

/** `{items}` one element a line, with a magic trailing comma when it has more than one (a lone one stays joined). */
export const explodedDictExpr = (items: ResourceExpr[]): Bracketed =>
  items.length > 1 ? { ...literalExpr('{', items), magic: true } : literalExpr('{', items);

export function flatExpr(expr: ResourceExpr): string {
  if (typeof expr === 'string') return expr;
  return `${expr.open}${expr.items.map(flatExpr).join(', ')}${expr.magic ? ',' : ''}${expr.close}`;
}

/** Whether a magic trailing comma is in `expr` (which Ruff then splits, with every bracket around it). */
function holdsMagic(expr: ResourceExpr): boolean {
  return typeof expr !== 'string' && (expr.magic === true || expr.items.some(holdsMagic));
}

/** A printed annotation as brackets (a subscript's elements stay together like a call's); null: a trailing comma. */
function annotationExpr(expr: PyExpr): ResourceExpr | null {
  if (typeof expr === 'string') return expr;
  if (expr.magicComma) return null;
  const items = expr.items.map(annotationExpr);
  if (items.some((item) => item === null)) return null;
  return { open: expr.open, items: items as ResourceExpr[], close: expr.close, call: expr.open.length > 1 };
}

/** A line Ruff leaves long in a parameter: one Ruff leaves long anywhere, or `name: annotation` of one name. */
const LONG_PARAMETER = (line: string) => ruffLeavesLong(line) || /^ +\w+: [\w.]+$/.test(line);

/** A width Ruff may count otherwise than by characters. */
class NotAscii extends Error {}

function fits(line: string): boolean {
  if (/[^\x00-\x7f]/.test(line)) throw new NotAscii();
  return line.length <= LINE_LENGTH;
}

/**
 * A keyword argument written as text whose value is a list display (`security=[["a"], ["b", "c"]]`), as brackets;
 * null for other text (a trailing comma or a tuple too: text, as written).
 */
function keywordList(text: string): Bracketed | null {
  const keyword = /^\w+=(?=\[)/.exec(text);
  if (!keyword) return null;
  const literal = (expr: PyExpr, before = ''): ResourceExpr | null => {
    if (typeof expr === 'string') return expr;
    if (expr.magicComma || !expr.collection || expr.open === '(') return null;
    const items = expr.items.map((item) => literal(item));
    if (items.some((item) => item === null)) return null;
    return literalExpr(expr.open as '[' | '{', items as ResourceExpr[], before);
  };
  const list = literal(parseExpr(text.slice(keyword[0].length)), keyword[0]);
  return typeof list !== 'string' && list !== null && flatExpr(list) === text ? list : null;
}

/**
 * The resource printer's expression as py-layout's brackets (a keyword's list display written as text, split too).
 * Brackets around a magic trailing comma split one element a line, as Ruff splits them, which with two elements or
 * more is a trailing comma of their own; around a lone element that is not said (Uncertain: Ruff's to lay out).
 */
function asBrackets(expr: ResourceExpr): PyExpr {
  if (typeof expr === 'string') {
    const list = keywordList(expr);
    return list === null ? expr : asBrackets(list);
  }
  const items = expr.items.map(asBrackets);
  const forced = !expr.magic && expr.items.some(holdsMagic);
  if (forced && items.length === 1) throw new Uncertain();
  return {
    open: expr.open,
    items,
    close: expr.close,
    collection: !expr.call,
    magicComma: expr.magic === true || forced,
  };
}

/** The lines of `prefix` + `expr` + `suffix` at `indent` as Ruff splits them; some may still be too long. */
export function splitResourceExpr(indent: string, prefix: string, expr: ResourceExpr, suffix: string): string[] {
  const one = `${indent}${prefix}${flatExpr(expr)}${suffix}`;
  if (!holdsMagic(expr)) return fits(one) ? [one] : splitExpr(indent, prefix, asBrackets(expr), suffix);
  // A lone element split for the magic comma in it: alone on its lines, no comma after it.
  if (typeof expr !== 'string' && !expr.magic && expr.items.length === 1)
    return [
      `${indent}${prefix}${expr.open}`,
      ...splitResourceExpr(`${indent}    `, '', expr.items[0], ''),
      `${indent}${expr.close}${suffix}`,
    ];
  return splitExpr(indent, prefix, asBrackets(expr), suffix);
}

/** A name no printed statement holds, standing in for an element while its statement is laid out. */
const STAND_IN = '__sdkgen_stand_in__';

/** `expr` with its element `item` (at any depth) as `by`. */
function replaced(expr: ResourceExpr, item: string, by: string): ResourceExpr {
  if (typeof expr === 'string') return expr === item ? by : expr;
  return { ...expr, items: expr.items.map((element) => replaced(element, item, by)) };
}

/**
 * `line` (`item,` alone at its indent) with `comment` after it, as Ruff lays it out: on the line when both fit, else
 * `item`'s call split, its arguments on a line of their own (or one a line, with a trailing comma); null when `item`
 * is no call of plain arguments (`name=callee(a, b)`).
 */
function commentedLines(line: string, item: string, comment: string): string[] | null {
  const indent = line.slice(0, line.length - line.trimStart().length);
  if (fits(`${line}${comment}`)) return [`${line}${comment}`];
  const call = /^([\w.=]+\()([^()[\]{}"]*)\)$/.exec(item);
  if (call === null) return null;
  const args = call[2]!.split(', ');
  const inner = `${indent}    `;
  const body = fits(`${inner}${call[2]}`) ? [`${inner}${call[2]}`] : args.map((arg) => `${inner}${arg},`);
  return [`${indent}${call[1]}`, ...body, `${indent}),${comment}`];
}

/**
 * Writes a module's lines: laid out as Ruff lays them out (`enabled`), noting whether all of them are; or flat, as
 * they were written before Ruff's layout was known here (the text Ruff then formats).
 */
export class ResourceLayout {
  inLayout = true;

  constructor(readonly enabled: boolean) {}

  /**
   * `prefix` + `expr` at `indent`, split as Ruff splits it, else on one line; then a pragma `comment` (`  # pyright:
   * …`), which Ruff leaves out of the line's width.
   */
  statement(indent: string, prefix: string, expr: ResourceExpr, comment = ''): string[] {
    const one = `${indent}${prefix}${flatExpr(expr)}`;
    if (!this.enabled) return [one + comment];
    const lines = this.attempt(() => splitResourceExpr(indent, prefix, expr, ''));
    if (lines) lines[lines.length - 1] += comment;
    return lines ?? [one + comment];
  }

  /**
   * `prefix` + `expr` at `indent` with a `comment` (`  # …`) after its argument `item` (`cast_to=cast(Any, X)`, an
   * element of a call in `expr` written `magic`: a comment inside brackets splits them all, one element a line, as
   * Ruff splits them). Ruff counts such a comment in the line's width: where `item,` and the comment do not fit on a
   * line, `item`'s own call is split (`cast_to=cast(` / `Any, X` / `),  # …`), as Ruff splits it. Where that is not
   * known, or out of layout, the statement is written flat up to the comment and the rest on the next line (Ruff's to
   * lay out).
   */
  statementWithComment(indent: string, prefix: string, expr: ResourceExpr, item: string, comment: string): string[] {
    if (this.enabled) {
      // (Laid out with a stand-in for `item`: one element a line, the others' layout does not depend on its width.)
      const lines = this.statement(indent, prefix, replaced(expr, item, STAND_IN));
      const at = lines.findIndex((line) => line.trimStart() === `${STAND_IN},`);
      const itemLine = at < 0 ? '' : `${lines[at]!.slice(0, lines[at]!.indexOf(STAND_IN))}${item},`;
      const split = at < 0 ? null : this.attempt(() => commentedLines(itemLine, item, comment));
      if (split !== null) return [...lines.slice(0, at), ...split, ...lines.slice(at + 1)];
      this.inLayout = false;
    }
    const one = `${indent}${prefix}${flatExpr(expr)}`;
    const end = one.indexOf(`${item},`) + item.length + 1;
    if (end <= item.length) throw new Error(`${item} is not an element of the statement written`);
    return [`${one.slice(0, end)}${comment}`, `${indent}${one.slice(end).trimStart()}`];
  }

  /**
   * A parameter, `name: annotation,` (`| Omit = omit` when `omittable`, or `omitted`: an older era's
   * `NotGiven = NOT_GIVEN`), of a signature one parameter a line.
   */
  parameter(indent: string, name: string, annotation: string, omittable: boolean, omitted = OMITTED): string[] {
    const one = `${indent}${name}: ${annotation}${omittable ? ` | ${omitted}` : ''},`;
    if (!this.enabled) return [one];
    return (
      this.attempt(() => {
        if (fits(one)) return [one];
        const expr = annotationExpr(parseExpr(annotation));
        // (A union written with `|` breaks at each operator: not laid out here.)
        if (expr === null || (typeof expr === 'string' && /[|[({]/.test(expr))) return null;
        if (!omittable) return splitResourceExpr(indent, `${name}: `, expr, ',');
        // (An annotation that is one name, too long before `| Omit`, Ruff leaves so: it splits no name.)
        // Ruff breaks before `| Omit` first, then splits the annotation if it still does not fit.
        return [...splitResourceExpr(indent, `${name}: `, expr, ''), `${indent}| ${omitted},`];
      }, LONG_PARAMETER) ?? [one]
    );
  }

  /** `layout` (py-layout.ts's) as lines, else `fallback` as it is (the module is then Ruff's to lay out). */
  laidOut(layout: string | null, fallback: string): string[] {
    if (!this.enabled) return [fallback];
    if (layout === null) this.inLayout = false;
    return (layout ?? fallback).split('\n');
  }

  /**
   * The lines `layout` gives when each fits, or is one Ruff leaves long (`leftLong`: a string, a string element);
   * else null, the module then Ruff's to lay out.
   */
  private attempt(
    layout: () => string[] | null,
    leftLong: (line: string) => boolean = ruffLeavesLong,
  ): string[] | null {
    try {
      const lines = layout();
      if (lines !== null && lines.every((line) => fits(line) || leftLong(line))) return lines;
    } catch (error) {
      if (!(error instanceof NotAscii || error instanceof Uncertain)) throw error;
    }
    this.inLayout = false;
    return null;
  }

  /** Lines written as they are: in Ruff's layout when each fits. */
  lines(...lines: string[]): string[] {
    if (this.enabled && !this.allFit(lines)) this.inLayout = false;
    return lines;
  }

  /** A docstring (pyDocstring's) whose lines after the first are indented by `indent`. */
  docstring(docstring: string, indent: string): void {
    if (this.enabled && !docstringInLayout(docstring, indent)) this.inLayout = false;
  }

  private allFit(lines: string[]): boolean {
    try {
      return lines.every(fits);
    } catch (error) {
      if (error instanceof NotAscii) return false;
      throw error;
    }
  }
}
