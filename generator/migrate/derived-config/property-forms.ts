/**
 * What an object's properties are, coarsely (`scalar`, `object`, `union`, `list`, `list:<its items' form>`), as
 * `key:form` entries of a shape's `forms`: of a spec's schema from the IR's types, of a type Stainless's Python SDK
 * declares from its fields' annotations. Two schemas of the same property keys are told apart by them where keys,
 * literals and names tie (julep's `ChatResponse`, `choices: List[Choice]` with `Choice` a union, is the spec's
 * `MessageChatResponse`, whose `choices` items are an `anyOf`, not `ChunkChatResponse`, whose items are an object).
 * A property whose form is not known has no entry: it tells nothing apart.
 */
import type { TypeRef } from '../../ir/types';
import type { Shape } from './input-types';

/** A property type's form, from the IR (through `$ref`s, `typeOf`); null where it is not known. */
export function typeForm(type: TypeRef, typeOf: (id: string) => TypeRef | null, depth = 0): string | null {
  if (depth > 6) return null;
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'literal':
    case 'enum':
      return 'scalar';
    case 'object':
      return 'object';
    case 'array': {
      const items = typeForm(type.items, typeOf, depth + 1);
      return items === null || items.startsWith('list') ? 'list' : `list:${items}`;
    }
    case 'ref': {
      const target = typeOf(type.schemaId);
      return target === null ? null : typeForm(target, typeOf, depth + 1);
    }
    case 'intersection':
      return type.parts.length === 1 ? typeForm(type.parts[0], typeOf, depth + 1) : 'object';
    case 'union': {
      const values = type.variants.filter((v) => v.kind !== 'null');
      if (values.length === 1) return typeForm(values[0], typeOf, depth + 1);
      return values.every((v) => v.kind === 'literal' || v.kind === 'enum') ? 'scalar' : 'union';
    }
    default:
      return null;
  }
}

/** An object's `key:form` entries (sorted), each property whose form is known. */
export function propertyForms(entries: ReadonlyArray<{ key: string; form: string | null }>): string[] {
  return entries.flatMap((e) => (e.form === null ? [] : [`${e.key}:${e.form}`])).sort();
}

const SCALARS = new Set(['str', 'int', 'float', 'bool', 'datetime', 'date', 'time']);

/**
 * A Python annotation's form (`Optional[List[Choice]]`: `list:union` where the module declares `Choice` as a union
 * alias), reading the names the module itself declares; null where it is not known (an imported name, `object`).
 */
export function pythonTypeForm(annotation: string, source: string, depth = 0): string | null {
  if (depth > 6) return null;
  const type = annotation.trim();
  const wrapped = /^(\w+)\[(.*)\]$/s.exec(type);
  if (wrapped !== null) {
    const [, outer, inner] = wrapped;
    const args = topLevelArgs(inner);
    if (['Optional', 'Required', 'NotRequired'].includes(outer)) return pythonTypeForm(inner, source, depth + 1);
    if (outer === 'Annotated') return pythonTypeForm(args[0] ?? '', source, depth + 1);
    if (outer === 'Literal') return 'scalar';
    if (['List', 'Iterable', 'SequenceNotStr', 'Sequence'].includes(outer)) {
      const items = pythonTypeForm(args[0] ?? '', source, depth + 1);
      return items === null || items.startsWith('list') ? 'list' : `list:${items}`;
    }
    if (outer === 'Union') {
      const values = args.filter((a) => a !== 'None');
      if (values.length === 1) return pythonTypeForm(values[0], source, depth + 1);
      return values.every((v) => v.startsWith('Literal[')) ? 'scalar' : 'union';
    }
    return null;
  }
  if (SCALARS.has(type)) return 'scalar';
  if (!/^[A-Z]\w*$/.test(type)) return null;
  if (new RegExp(`^class ${type}\\b`, 'm').test(source)) return 'object';
  // (An alias the module declares: `Choice: TypeAlias = Union[…]`, over one line or several.)
  const alias = new RegExp(`^${type}(?:: TypeAlias)? = ([\\s\\S]*?)(?=\\n\\S|$)`, 'm').exec(source)?.[1];
  return alias === undefined
    ? null
    : pythonTypeForm(alias.replace(/\s+/g, ' ').replace(/([[(]) /g, '$1'), source, depth + 1);
}

/** A subscript's arguments at its top level: `A, List[B], C` → `A`, `List[B]`, `C`. */
function topLevelArgs(inner: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(inner.slice(start).trim());
  return args.filter((a) => a !== '');
}

/** Whether a property both shapes know the form of is of another form in each (`list:union` and `list:object`). */
export function formsDiffer(a: Shape, b: Shape): boolean {
  const of = (shape: Shape) =>
    new Map((shape.forms ?? []).map((f) => [f.slice(0, f.indexOf(':')), f.slice(f.indexOf(':') + 1)] as const));
  const ofA = of(a);
  return [...of(b)].some(([key, form]) => {
    const other = ofA.get(key);
    if (other === undefined || other === form) return false;
    // (A list whose items' form one side does not know agrees with any list.)
    return !(other.startsWith('list') && form.startsWith('list') && (other === 'list' || form === 'list'));
  });
}
