/**
 * A string built from a spec's `pattern` (`^AC[0-9a-fA-F]{32}$` → `AC000…0`), for an example value a mock server
 * checks against it when no short candidate (scalar-values.ts) matches. Only plain forms are read: literals,
 * escapes, classes, groups (the first alternative) and quantifiers (their least count); anything else gives null.
 * The result is tested against the pattern itself (spec-pattern.ts, within its time limit) before it is used.
 */
import { firstMatching, type PatternBudget } from './spec-pattern';

/** Longest string built: a pattern asking for more gives null (an example is short). */
const MAX_LENGTH = 256;

const CLASS_ESCAPES: Record<string, string> = { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' };

class Unsupported extends Error {}

export function sampleOfPattern(pattern: string, budget: PatternBudget): string | null {
  let built: string;
  try {
    const parser = new PatternParser(pattern);
    built = parser.alternatives();
    if (parser.pos < pattern.length) return null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  if (built.length > MAX_LENGTH) return null;
  return firstMatching(pattern, [built], budget);
}

class PatternParser {
  pos = 0;
  constructor(private readonly source: string) {}

  /** The first of `a|b|…` up to the end or a closing parenthesis. */
  alternatives(): string {
    const first = this.sequence();
    while (this.peek() === '|') {
      this.pos++;
      this.sequence();
    }
    return first;
  }

  private sequence(): string {
    let out = '';
    while (this.pos < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      const count = this.quantifier();
      out += atom.repeat(count);
      if (out.length > MAX_LENGTH) throw new Unsupported();
    }
    return out;
  }

  private atom(): string {
    const char = this.source[this.pos++];
    switch (char) {
      case '^':
      case '$':
        return '';
      case '.':
        return 'a';
      case '\\':
        return this.escape();
      case '[':
        return this.characterClass();
      case '(': {
        // A non-capturing group reads as a group; lookarounds and named groups are not read.
        if (this.peek() === '?') {
          if (this.source[this.pos + 1] !== ':') throw new Unsupported();
          this.pos += 2;
        }
        const inner = this.alternatives();
        if (this.source[this.pos++] !== ')') throw new Unsupported();
        return inner;
      }
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported();
      default:
        return char;
    }
  }

  private escape(): string {
    const char = this.source[this.pos++];
    if (char === undefined) throw new Unsupported();
    if (char in CLASS_ESCAPES) return CLASS_ESCAPES[char];
    // A backreference, a boundary, a code point or a property escape is not read.
    if (/[0-9bBuxpPkcn]/.test(char)) throw new Unsupported();
    if (char === 't') return '\t';
    return char;
  }

  /** The first member of a class; a negated one takes the first of a few plain characters it leaves out. */
  private characterClass(): string {
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const end = this.source.indexOf(']', this.pos + 1);
    if (end < 0) throw new Unsupported();
    const body = this.source.slice(this.pos, end);
    this.pos = end + 1;
    if (body.includes('\\') && /\\[^dws.\-\]\\/]/.test(body)) throw new Unsupported();
    if (!negated) {
      if (body.startsWith('\\')) return CLASS_ESCAPES[body[1]] ?? body[1];
      return body[0];
    }
    let excluded: RegExp;
    try {
      excluded = new RegExp(`[${body}]`, 'u');
    } catch {
      throw new Unsupported();
    }
    const allowed = ['a', '0', 'x', '_'].find((candidate) => !excluded.test(candidate));
    if (allowed === undefined) throw new Unsupported();
    return allowed;
  }

  /** The least count of the quantifier after an atom (1 without one); a lazy `?` after it is skipped. */
  private quantifier(): number {
    const char = this.peek();
    let count = 1;
    if (char === '*' || char === '?') {
      count = 0;
      this.pos++;
    } else if (char === '+') this.pos++;
    else if (char === '{') {
      const match = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.pos));
      if (!match) throw new Unsupported();
      count = Number(match[1]);
      this.pos += match[0].length;
    } else return 1;
    if (this.peek() === '?') this.pos++;
    if (count > MAX_LENGTH) throw new Unsupported();
    return count;
  }

  private peek(): string | undefined {
    return this.source[this.pos];
  }
}
