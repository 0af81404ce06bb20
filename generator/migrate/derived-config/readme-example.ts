/**
 * The request a Stainless SDK's README shows first (its "Usage" example, `await client.workflows.trigger('key', {
 * … })`), read back as the config's `readme.example_requests.headline` would have given it: the method's call chain,
 * its positional arguments and its params, each a literal value. Nothing is evaluated: the literals are parsed.
 */
import {
  CLIENT_CONSTRUCTION,
  clientCallSource,
  objectEntries,
  splitArguments,
  stripComments,
} from '../../normalize/code-samples';

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

export interface ReadmeCall {
  /** `client.workflows.trigger`. */
  chain: string;
  /** The literal arguments before the params object (path parameters): `['dinosaurs-loose']`. */
  positional: Literal[];
  /** The params object's entries whose values are literals, by key as written. */
  params: Record<string, Literal>;
  /** Keys of the params object whose values are not literals (a variable, a call): left out. */
  skipped: string[];
}

/** Not a literal value. */
const NOT_LITERAL = Symbol('not a literal');

/** The first awaited client call of the README's first TypeScript or JavaScript code block that has one. */
export function readmeCall(readme: string): ReadmeCall | null {
  return firstCall(readme, 'await\\s+');
}

/** The first client call the README iterates (`for await (const user of client.users.list())`): its pagination example. */
export function readmePaginationCall(readme: string): ReadmeCall | null {
  return firstCall(readme, 'for\\s+await\\s*\\(\\s*(?:const|let|var)\\s+[^;]*?\\bof\\s+');
}

/**
 * The request the README's sections on errors, retries, timeouts and raw responses show
 * (`readme.example_requests.default`): the first awaited client call of the code block that reads a raw response
 * (`await client.users.get('dnedry').asResponse()`).
 */
export function readmeDefaultCall(readme: string): ReadmeCall | null {
  return firstCall(readme, 'await\\s+', (source) => source.includes('.asResponse()'));
}

/**
 * The first call of the client's methods that `prefix` (a regular expression's source) comes before, in the code blocks
 * `inBlock` accepts.
 */
function firstCall(
  readme: string,
  prefix: string,
  inBlock: (source: string) => boolean = () => true,
): ReadmeCall | null {
  for (const block of readme.matchAll(/```(?:ts|typescript|js|javascript)\s*\n([\s\S]*?)```/g)) {
    const source = stripComments(block[1]);
    if (!inBlock(source)) continue;
    const client = CLIENT_CONSTRUCTION.exec(source)?.[1] ?? 'client';
    const call = new RegExp(`${prefix}${clientCallSource(client)}`).exec(source);
    if (!call) continue;
    const chain = `client.${call[1]
      .split('.')
      .map((part) => part.trim())
      .filter(Boolean)
      .join('.')}`;
    const args = splitArguments(source, call.index + call[0].length).map((arg) => arg.trim());
    const positional: Literal[] = [];
    let i = 0;
    for (; i < args.length && !args[i].startsWith('{'); i++) {
      const value = literal(args[i]);
      if (value === NOT_LITERAL) break;
      positional.push(value);
    }
    const params: Record<string, Literal> = {};
    const skipped: string[] = [];
    if (args[i]?.startsWith('{')) {
      for (const [key, text] of objectEntries(args[i])) {
        const value = literal(text);
        if (value === NOT_LITERAL) skipped.push(key);
        else params[key] = value;
      }
    }
    return { chain, positional, params, skipped };
  }
  return null;
}

/** The value of a literal's source text (a string, number, boolean, null, array or object of those). */
function literal(text: string): Literal | typeof NOT_LITERAL {
  const t = text.trim();
  const quoted = /^(['"])((?:\\.|(?!\1)[^\\\n])*)\1$/.exec(t) ?? /^`((?:\\.|[^\\`$])*)`$/.exec(t);
  if (quoted) return unescape(quoted[2] ?? quoted[1]);
  if (/^-?(?:\d[\d_]*)(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(t)) return Number(t.replace(/_/g, ''));
  if (t === 'true' || t === 'false') return t === 'true';
  if (t === 'null') return null;
  if (t.startsWith('[') && t.endsWith(']')) {
    const items = splitArguments(`${t.slice(1, -1)})`, 0).map(literal);
    return items.includes(NOT_LITERAL) ? NOT_LITERAL : (items as Literal[]);
  }
  if (t.startsWith('{') && t.endsWith('}')) {
    const object: Record<string, Literal> = {};
    for (const [key, value] of objectEntries(t)) {
      const parsed = literal(value);
      if (parsed === NOT_LITERAL) return NOT_LITERAL;
      object[key] = parsed;
    }
    return object;
  }
  return NOT_LITERAL;
}

/** A string literal's text with its escapes read (`\n`, `\'`, `\u00e9`); an unknown escape is the character. */
function unescape(body: string): string {
  const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, esc: string) => {
    if (esc.startsWith('u{')) {
      const point = parseInt(esc.slice(2, -1), 16);
      return point <= 0x10ffff ? String.fromCodePoint(point) : esc;
    }
    if (esc.length > 1) return String.fromCharCode(parseInt(esc.slice(1), 16));
    return named[esc] ?? esc;
  });
}
