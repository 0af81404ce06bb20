/**
 * What the code of template-compiler.ts calls at render time: Handlebars 4.7's lookups, truthiness, `#each`
 * iteration and partial indentation, without its per-call option objects.
 */

/** A missing field (strict mode) or partial: the message Handlebars gives, with the template's line:column. */
export class TemplateRenderError extends Error {}

/** A rendered template or partial: the compiled body as a function. */
export type CompiledTemplate = (
  context: unknown,
  data: Record<string, unknown>,
  runtime: TemplateRuntime,
  partials: Partials,
) => string;

/** Partials by name, each bound to the runtime and the partial table. */
export type Partials = Record<string, (context: unknown, data: Record<string, unknown>) => string>;

interface Items {
  values: readonly unknown[];
  /** An object's keys (`@key`); null for arrays and iterables, whose key is the index. */
  keys: readonly string[] | null;
  /** Whether an index may be missing from `values` (a sparse array: Handlebars skips those). */
  holes: boolean;
}

const NO_ITEMS: Items = { values: [], keys: null, holes: false };
const hasOwn = (value: object, name: PropertyKey) => Object.prototype.hasOwnProperty.call(value, name);

type Indexable = Record<PropertyKey, unknown>;

/** Handlebars' `extend`: the source's own enumerable fields copied onto the target. */
function assignOwn(target: Record<string, unknown>, source: Indexable): Record<string, unknown> {
  for (const key in source) if (hasOwn(source, key)) target[key] = source[key];
  return target;
}

export const templateRuntime = {
  /** Handlebars' lookupProperty: a field the object has itself (inherited ones read as undefined). */
  get(parent: unknown, name: string): unknown {
    const value = (parent as Indexable)[name];
    if (value == null) return value;
    return hasOwn(parent as object, name) ? value : undefined;
  },

  /** `{{a.b}}`: the field's text (strict, and a function-valued field called with the context). */
  field(parent: unknown, name: string, context: unknown, line: number, column: number): unknown {
    if (!parent || !(name in (parent as object)))
      throw new TemplateRenderError(`"${name}" not defined in ${String(parent)} - ${line}:${column}`);
    return templateRuntime.text(templateRuntime.called(templateRuntime.get(parent, name), context));
  },

  /** A function-valued field is called with the context (Handlebars' lambdas). */
  called(value: unknown, context: unknown): unknown {
    return typeof value === 'function' ? (value as (this: unknown) => unknown).call(context) : value;
  },

  /** What `{{x}}` appends: nothing for null and undefined, else the value (`+=` turns it into text). */
  text(value: unknown): unknown {
    return value == null ? '' : value;
  },

  /** `#if`'s test: false for falsy values (0 too unless includeZero) and empty arrays. */
  truthy(value: unknown, context: unknown, includeZero: unknown): boolean {
    const tested = templateRuntime.called(value, context);
    return !((!includeZero && !tested) || templateRuntime.isEmpty(tested));
  },

  isEmpty(value: unknown): boolean {
    return (!value && value !== 0) || (Array.isArray(value) && value.length === 0);
  },

  /** What `#each` walks: an array as it is, an iterable's values, an object's own enumerable fields. */
  items(value: unknown): Items {
    if (!value || typeof value !== 'object') return NO_ITEMS;
    if (Array.isArray(value)) return { values: value, keys: null, holes: true };
    if (typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function')
      return { values: [...(value as Iterable<unknown>)], keys: null, holes: false };
    const keys = Object.keys(value);
    return { values: keys.map((key) => (value as Indexable)[key]), keys, holes: false };
  },

  /** `#each`'s data frame: the enclosing one's fields, and `@../` back to it. */
  frame(data: Record<string, unknown>): Record<string, unknown> {
    const frame = assignOwn({}, data);
    frame._parent = data;
    return frame;
  },

  /** `@../x`: the data frame `depth` blocks up. */
  dataUp(data: Record<string, unknown> | undefined, depth: number): unknown {
    let frame = data;
    while (frame && depth--) frame = frame._parent as Record<string, unknown> | undefined;
    return frame;
  },

  /** The `lookup` helper. */
  lookup(parent: unknown, name: unknown): unknown {
    return parent ? templateRuntime.get(parent, name as string) : parent;
  },

  /** A partial's context with its `key=value` arguments added (a copy). */
  extend(context: unknown, hash: Record<string, unknown>): Record<string, unknown> {
    return assignOwn(assignOwn({}, context as Indexable), hash);
  },

  /** `{{> name}}`: the partial's text, every line but a trailing empty one indented by `indent`. */
  partial(partials: Partials, name: unknown, context: unknown, data: Record<string, unknown>, indent: string): string {
    const render = partials[name as string];
    if (render === undefined) throw new TemplateRenderError(`The partial ${String(name)} could not be found`);
    const text = render(context, data);
    if (!indent) return text;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i] && i + 1 === lines.length) break;
      lines[i] = indent + lines[i];
    }
    return lines.join('\n');
  },
};

export type TemplateRuntime = typeof templateRuntime;
