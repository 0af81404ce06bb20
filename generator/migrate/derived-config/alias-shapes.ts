/**
 * The shape of a plain type alias (`JSONValueInput: TypeAlias = Union[str, float, bool, Dict[str, Optional[
 * "JSONValueInput"]], List[…], None]`, `JSONObjectInput = Dict[str, Optional[JSONValueInput]]`), to match a type a
 * Stainless Python SDK declares so with the spec's schema of it (`JSONValue`, an `anyOf` of scalars, a map and an array
 * of itself): its variants in words, each as Stainless writes the schema's type (`integer` and `number` both `float`),
 * null left out, sorted; a map's or list's values in brackets, the alias itself `self`, another named type `ref`.
 * Read from the spec's type (`aliasShapeOf`) and from the Python declaration (`pythonAliasShape`).
 */
import type { TypeRef } from '../../ir/types';
import { escapeRegExp } from '../../escape-regexp';
import type { Shape } from './input-types';

/** The words of a type, or null where it has none (an object with properties, a literal, a tuple, a file). */
function wordOf(type: TypeRef, selfId: string, depth: number): string | null {
  if (depth > 6) return null;
  switch (type.kind) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'unknown':
    case 'any':
      return 'unknown';
    case 'ref':
      return type.schemaId === selfId ? 'self' : 'ref';
    case 'array': {
      const item = wordOf(type.items, selfId, depth + 1);
      return item === null ? null : `list<${item}>`;
    }
    case 'object': {
      if (type.properties.length > 0 || type.additional === null) return null;
      const value = wordOf(type.additional, selfId, depth + 1);
      return value === null ? null : `map<${value}>`;
    }
    case 'union':
      return joined(variantWords(type, selfId, depth + 1));
    default:
      return null;
  }
}

/** The words of each of a type's variants (a union's, nested ones flattened, null left out; else its own). */
function variantWords(type: TypeRef, selfId: string, depth: number): Array<string | null> {
  if (type.kind !== 'union') return [wordOf(type, selfId, depth)];
  return type.variants.filter((v) => v.kind !== 'null').flatMap((v) => variantWords(v, selfId, depth + 1));
}

/** Variants' words as one: sorted and each once, `|` between; null where one has none. */
function joined(words: Array<string | null>): string | null {
  if (words.length === 0 || words.some((w) => w === null)) return null;
  return [...new Set(words as string[])].sort().join('|');
}

/** An alias shape of these variants' words; null where one has none, or all are named types (nothing to tell). */
function shapeOfWords(words: Array<string | null>): Shape | null {
  if (words.length === 0 || words.some((w) => w === null)) return null;
  const members = [...new Set(words as string[])].sort();
  return members.every((m) => m === 'ref' || m === 'unknown') ? null : { kind: 'alias', members };
}

/** The alias shape of a spec's schema (its id `selfId`, to know itself in its type); null where it is not one. */
export function aliasShapeOf(selfId: string, type: TypeRef): Shape | null {
  return shapeOfWords(variantWords(type, selfId, 0));
}

/**
 * Whether an alias shape says no more than "a list (or map) of some named type": `List[GraderInputItem]` and every
 * array of a union of schemas read `list<ref>` alike, so the shape alone tells no type apart (schema-match.ts).
 */
export function namesNoType(shape: Shape | null): boolean {
  return shape?.kind === 'alias' && shape.members.every((m) => /^(?:(?:list|map)<)*ref>*$/.test(m));
}

interface Annotation {
  name: string;
  args: Annotation[];
}

/** A Python annotation as a tree (`Dict[str, Optional["X"]]`), quotes off; null where it is not one. */
function parseAnnotation(text: string): Annotation | null {
  const tokens = text.match(/"[^"]*"|'[^']*'|[A-Za-z_][\w.]*|[[\],]|\S/g) ?? [];
  let at = 0;
  const node = (): Annotation | null => {
    const token = tokens[at++];
    if (token === undefined || !/^["'A-Za-z_]/.test(token)) return null;
    const name = /^["']/.test(token) ? token.slice(1, -1).trim() : token;
    if (tokens[at] !== '[') return { name, args: [] };
    at++;
    const args: Annotation[] = [];
    while (tokens[at] !== ']') {
      const arg = node();
      if (arg === null) return null;
      args.push(arg);
      if (tokens[at] === ',') at++;
      else if (tokens[at] !== ']') return null;
    }
    at++;
    return { name, args };
  };
  const tree = node();
  return tree !== null && at === tokens.length ? tree : null;
}

const SCALARS: Record<string, string> = {
  str: 'string',
  int: 'number',
  float: 'number',
  bool: 'boolean',
  object: 'unknown',
  Any: 'unknown',
  datetime: 'string',
  date: 'string',
};
const MAPS = new Set(['Dict', 'dict', 'Mapping']);
const LISTS = new Set(['List', 'list', 'Sequence', 'SequenceNotStr', 'Iterable']);

/** The words of a Python annotation as `wordOf` gives a schema's type's; `None` is null and is left out. */
function pythonWords(node: Annotation, self: ReadonlySet<string>): Array<string | null> {
  const name = node.name.replace(/^(?:builtins|typing|typing_extensions|datetime)\./, '');
  if (name === 'None') return [];
  if (name === 'Optional' || name === 'Union') return node.args.flatMap((arg) => pythonWords(arg, self));
  if (name === 'Annotated') return node.args.length > 0 ? pythonWords(node.args[0], self) : [null];
  const one = (arg: Annotation | undefined) => (arg === undefined ? null : joined(pythonWords(arg, self)));
  if (MAPS.has(name) && node.args.length === 2) {
    const value = one(node.args[1]);
    return [value === null ? null : `map<${value}>`];
  }
  if (LISTS.has(name) && node.args.length === 1) {
    const item = one(node.args[0]);
    return [item === null ? null : `list<${item}>`];
  }
  if (node.args.length > 0) return [null];
  if (SCALARS[name] !== undefined) return [SCALARS[name]];
  if (self.has(name)) return ['self'];
  return /^[A-Z]\w*$/.test(name) ? ['ref'] : [null];
}

/**
 * The alias shape of `name` as `source` declares it: `name: TypeAlias = …`, `name = …` or `name =
 * TypeAliasType("name", …)` (its params form's, `nameParam`, too); null where it declares no such alias.
 */
export function pythonAliasShape(source: string, name: string): Shape | null {
  for (const declared of [name, `${name}Param`]) {
    const start = new RegExp(`^${escapeRegExp(declared)}(?:: TypeAlias)? = `, 'm').exec(source);
    if (start === null) continue;
    let value = balanced(source.slice(start.index + start[0].length));
    const wrapped = value === null ? null : /^TypeAliasType\(\s*["'](\w+)["']\s*,([\s\S]*)\)$/.exec(value);
    if (wrapped) value = wrapped[2].trim().replace(/,$/, '');
    const tree = value === null ? null : parseAnnotation(value);
    if (tree === null || tree.name === 'Literal') return null;
    return shapeOfWords(pythonWords(tree, new Set([name, declared])));
  }
  return null;
}

/** The text up to where its brackets close and the line ends (a value written over several lines); null: never. */
function balanced(text: string): string | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return null;
      i = end;
    } else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === '\n' && depth === 0) return text.slice(0, i).trim();
  }
  return depth === 0 ? text.trim() : null;
}
