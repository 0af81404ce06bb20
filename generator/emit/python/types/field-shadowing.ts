/**
 * Names a class's fields bind in its body, where the class's annotations are resolved, and the module's names they
 * shadow there: the `date`/`datetime` of `from datetime import …`, and builtins (`object`, `str` …).
 */
import type { NamedSchema, TypeRef } from '../../../ir/types';
import { pyFieldName, pyParamKey } from '../../../naming/python';
import type { PySide } from './py-type-index';
import { qualifyBuiltins, someProperty, someStringOf } from './type-shapes';

/**
 * How a module writes the `date` and `datetime` types. One with a field named `date` that writes the `date` type
 * imports the `datetime` module and writes `datetime.date`, as Stainless: the field would shadow a
 * `from datetime import date` in its class body (one that writes `datetime` alone imports it by name, as Stainless's:
 * vaif's `date: Union[str, datetime]`). A field named `datetime` would shadow that module too: the module is then
 * imported as `_datetime`.
 */
export class DateNaming {
  private module: '' | 'datetime' | '_datetime' = '';

  constructor(private readonly schemaOf: (id: string) => NamedSchema) {}

  /** Looks ahead at the types the module will declare, before any annotation, for fields that shadow `datetime`. */
  prepare(types: TypeRef[], side: PySide): void {
    const fieldName = side === 'model' ? pyFieldName : pyParamKey;
    const names = new Set<string>();
    someProperty(types, (key) => (names.add(fieldName(key)), false));
    if (names.has('datetime')) this.module = '_datetime';
    else if (names.has('date') && someStringOf(types, 'date', this.schemaOf)) this.module = 'datetime';
  }

  /** `date` / `datetime` as the module writes the type, with the import statement that makes it. */
  typeOf(name: 'date' | 'datetime'): { text: string; statement: string } {
    if (!this.module) return { text: name, statement: `from datetime import ${name}` };
    const statement = this.module === 'datetime' ? 'import datetime' : 'import datetime as _datetime';
    return { text: `${this.module}.${name}`, statement };
  }

  /** The name the module imports the `datetime` module as, if it writes `datetime.date`. */
  get qualifier(): string {
    return this.module;
  }
}

/**
 * A model's field binds its name in the class body, where type checkers and pydantic resolve the class's annotations:
 * a builtin it shadows (`object: Optional[str] = None`) is written `builtins.object` in its own annotation and those
 * after it, as Stainless's. In a module with lazy annotations (`from __future__ import annotations`) pydantic reads
 * every annotation of the class in its namespace, where a field with a value (a default, an alias) has bound the
 * name already: those written before such a field are qualified too. Whether the module is lazy is known only once it
 * is written (print-types.ts's `render`), so a line that differs between the two is written as a placeholder, chosen
 * by `resolve`.
 */
export class ShadowedBuiltins {
  private readonly deferred = new Map<string, { eager: string; lazy: string }>();
  /** Whether a line only the lazy form writes qualifies a builtin (then the lazy module imports `builtins`). */
  private lazyQualifies = false;

  /**
   * `annotation` with the builtins among `shadowed` qualified (null: none of them named), and among `bound` too where
   * the module is lazy (`lazy`).
   */
  static qualify(
    annotation: string,
    shadowed: ReadonlySet<string>,
    bound: ReadonlySet<string>,
  ): { eager: string | null; lazy: string | null } {
    const eager = shadowed.size > 0 ? qualifyBuiltins(annotation, shadowed) : null;
    const both = new Set([...shadowed, ...bound]);
    const lazy = both.size > shadowed.size ? qualifyBuiltins(annotation, both) : eager;
    return { eager, lazy };
  }

  /** A line as written in either form: itself where they agree, else a placeholder `resolve` replaces. */
  line(eager: string, lazy: string): string {
    if (eager === lazy) return eager;
    if (lazy.includes('builtins.')) this.lazyQualifies = true;
    const placeholder = `\u0000shadowed${this.deferred.size}\u0000`;
    this.deferred.set(placeholder, { eager, lazy });
    return placeholder;
  }

  /** Whether the lazy form of the module names `builtins` where the eager one does not. */
  get lazyNeedsBuiltins(): boolean {
    return this.lazyQualifies;
  }

  /** `text` with each placeholder of `line` replaced by its lazy or eager form. */
  resolve(text: string, lazy: boolean): string {
    if (this.deferred.size === 0) return text;
    return text.replace(/\u0000shadowed\d+\u0000/g, (placeholder) => {
      const forms = this.deferred.get(placeholder)!;
      return lazy ? forms.lazy : forms.eager;
    });
  }
}
