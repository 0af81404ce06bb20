/**
 * What an `if`/`elif` test of Stainless's Python modules is under pydantic 2, read as an expression: `PYDANTIC_V1` is
 * `False` there and the older eras' `PYDANTIC_V2` is `True`, anything else is not known. The test is evaluated in
 * three values through `not`, `and`, `or`, brackets and conditional expressions (`a if c else b`), so `(not
 * PYDANTIC_V1) or hasattr(model, "model_dump")` is true whatever follows the `or` (a conditional expression
 * included), `PYDANTIC_V1 and x` is false, and `x and not PYDANTIC_V1` is not known. pydantic-v1.ts reads what runs
 * under pydantic 1 alone from it.
 */
import type { ModuleLines } from '../source/module-lines';

/** True or false under pydantic 2, or null: not known without running it. */
export type Known = boolean | null;

/** The switch's names (with an owner's prefix, `_compat.`), and their value under pydantic 2. */
const SWITCH = /^(?:[\w.]*\.)?_?PYDANTIC_V([12])$/;
const KEYWORDS = new Set(['not', 'and', 'or', 'if', 'else']);

/**
 * An `if`/`elif` statement's header at line `at` (0-based) of a module, read over the lines its brackets or
 * backslashes continue: its indent, whether it is an `elif`, its test's code (strings blanked, comments out), and the
 * line its header ends on. Null where the line opens no such statement, or its header does not end in `:`.
 */
export function readTestHeader(
  module: ModuleLines,
  at: number,
): { indent: number; elif: boolean; test: string; last: number } | null {
  if (module.continues[at] || module.inString[at]) return null;
  const opening = /^(\s*)(el)?if\b(.*)$/.exec(module.code[at]);
  if (opening === null) return null;
  let text = opening[3];
  let last = at;
  while (last + 1 < module.code.length && module.continues[last + 1]) text += ` ${module.code[++last]}`;
  const test = /^(.*):\s*$/s.exec(text.replace(/\\\s*$/gm, ' ').trimEnd());
  if (test === null) return null;
  return { indent: opening[1].length, elif: opening[2] !== undefined, test: test[1].trim(), last };
}

/** The value under pydantic 2 of a test's code (strings blanked: `module-lines.ts`'s `code`). */
export function valueUnderPydantic2(test: string): Known {
  const tokens = tokenize(test);
  if (tokens === null) return null;
  const parser = new TestParser(tokens);
  const value = parser.expression();
  return parser.done() ? value : null;
}

/** Words, brackets and other characters; null where the brackets do not balance. */
function tokenize(text: string): string[] | null {
  const tokens: string[] = [];
  let depth = 0;
  for (const m of text.matchAll(/[\w.]+|[()[\]{}]|[^\s\w()[\]{}]+/g)) {
    const token = m[0];
    if ('([{'.includes(token)) depth++;
    else if (')]}'.includes(token) && --depth < 0) return null;
    tokens.push(token);
  }
  return depth === 0 ? tokens : null;
}

class TestParser {
  private at = 0;
  constructor(private readonly tokens: string[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  /** `a if c else b`, or an `or` of terms. */
  expression(): Known {
    const value = this.or();
    if (this.tokens[this.at] !== 'if') return value;
    this.at++;
    const test = this.or();
    if (this.tokens[this.at] !== 'else') return this.fail();
    this.at++;
    const otherwise = this.expression();
    if (test !== null) return test ? value : otherwise;
    return value !== null && value === otherwise ? value : null;
  }

  private or(): Known {
    const values = [this.and()];
    while (this.tokens[this.at] === 'or') {
      this.at++;
      values.push(this.and());
    }
    if (values.length === 1) return values[0];
    return values.includes(true) ? true : values.every((v) => v === false) ? false : null;
  }

  private and(): Known {
    const values = [this.not()];
    while (this.tokens[this.at] === 'and') {
      this.at++;
      values.push(this.not());
    }
    if (values.length === 1) return values[0];
    return values.includes(false) ? false : values.every((v) => v === true) ? true : null;
  }

  private not(): Known {
    if (this.tokens[this.at] !== 'not') return this.operand();
    this.at++;
    const value = this.not();
    return value === null ? null : !value;
  }

  /**
   * The tokens up to the next keyword outside brackets: `( expression )` alone is that expression, the switch's name
   * alone its value, anything else (a call, a comparison) not known.
   */
  private operand(): Known {
    const start = this.at;
    let depth = 0;
    while (this.at < this.tokens.length) {
      const token = this.tokens[this.at];
      if (depth === 0 && KEYWORDS.has(token) && this.at > start) break;
      if ('([{'.includes(token)) depth++;
      else if (')]}'.includes(token)) depth--;
      this.at++;
      if (depth === 0 && this.at - start === 1 && KEYWORDS.has(token)) return this.fail();
    }
    const taken = this.tokens.slice(start, this.at);
    if (taken.length === 1) {
      const name = SWITCH.exec(taken[0]);
      return name === null ? null : name[1] === '2';
    }
    if (taken[0] === '(' && taken[taken.length - 1] === ')' && this.closesAt(taken) === taken.length - 1) {
      const inner = new TestParser(taken.slice(1, -1));
      const value = inner.expression();
      return inner.done() ? value : null;
    }
    return null;
  }

  /** Where the bracket opening `taken` closes. */
  private closesAt(taken: string[]): number {
    let depth = 0;
    for (let i = 0; i < taken.length; i++) {
      if ('([{'.includes(taken[i])) depth++;
      else if (')]}'.includes(taken[i]) && --depth === 0) return i;
    }
    return -1;
  }

  private fail(): null {
    this.at = this.tokens.length + 1;
    return null;
  }
}
