/**
 * The order Python asks of `global` and `nonlocal` (statement-structure.ts): a name declared so may not be used (read
 * or bound) earlier in the same scope, nor be a parameter of its function; `nonlocal` needs a function around the one
 * it stands in (never at the module's level, nor in a function of the module's or a class's only), and one of the
 * functions around it (not a class, nor the module) must bind the name, anywhere in its body (names-bound.ts).
 */
import { namesUsed } from './statement-pieces';
import { simpleBinds } from './names-bound';

interface Scope {
  indent: number;
  kind: 'def' | 'class';
  used: Set<string>;
  params: Set<string>;
  /** The names the scope's own statements bind. */
  binds: Set<string>;
}

/** A `nonlocal` statement's names, and the function scopes around its scope that may bind them. */
interface Nonlocal {
  at: string;
  names: string[];
  around: Scope[];
}

export class DeclarationScopes {
  private readonly scopes: Scope[] = [];
  private readonly module = new Set<string>();
  private readonly nonlocals: Nonlocal[] = [];

  /** The scopes a statement at `indent` is outside of closed. */
  leave(indent: number): void {
    while (this.scopes.length > 0 && this.scopes[this.scopes.length - 1].indent >= indent) this.scopes.pop();
  }

  /** A function's or class's scope opened by its header at `indent`. */
  enter(indent: number, kind: 'def' | 'class', params: Set<string>): void {
    this.scopes.push({ indent, kind, used: new Set(), params, binds: new Set() });
  }

  /** The names `names` bound in the innermost scope (a compound header's: `for x in`, `with … as f`, `def name`). */
  bind(names: string[]): void {
    const top = this.scopes[this.scopes.length - 1];
    for (const name of names) top?.binds.add(name);
  }

  /**
   * The first `nonlocal` of a name none of the functions around it binds (a parameter, or a statement of its body,
   * before or after the nested function): known once the module is read.
   */
  unboundNonlocal(): string | null {
    for (const { at, names, around } of this.nonlocals)
      for (const name of names)
        if (!around.some((scope) => scope.params.has(name) || scope.binds.has(name)))
          return `${at}: no function around it binds \`${name}\``;
    return null;
  }

  /** The names `piece` uses, in the innermost scope. */
  use(piece: string): void {
    const used = this.scopes[this.scopes.length - 1]?.used ?? this.module;
    for (const name of namesUsed(piece)) used.add(name);
  }

  /** The problem of a simple statement (line `line`, 0-based) where it is a declaration, else null (its names used). */
  statement(piece: string, line: number): string | null {
    const declaration = /^\s*(global|nonlocal)\s+(.*)$/.exec(piece);
    if (declaration === null) {
      this.use(piece);
      this.bind(simpleBinds(piece));
      return null;
    }
    const [, word, list] = declaration;
    const names = list.split(',').map((name) => name.trim());
    const top = this.scopes[this.scopes.length - 1];
    const at = `line ${line + 1}: \`${word} ${names.join(', ')}\``;
    if (word === 'nonlocal' && top === undefined) return `${at} at the module's level`;
    if (word === 'nonlocal' && !this.scopes.slice(0, -1).some((scope) => scope.kind === 'def'))
      return `${at} with no function around its scope to bind it`;
    for (const name of names) {
      if (top?.params.has(name)) return `${at}: \`${name}\` is a parameter of its function`;
      if ((top?.used ?? this.module).has(name)) return `${at} after \`${name}\` is used in its scope`;
    }
    if (word === 'nonlocal') {
      this.nonlocals.push({ at, names, around: this.scopes.slice(0, -1).filter((scope) => scope.kind === 'def') });
      // (A name declared nonlocal is bound in its scope too, for the functions it holds.)
      this.bind(names);
    }
    return null;
  }
}
