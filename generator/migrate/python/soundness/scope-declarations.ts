/**
 * The order Python asks of `global` and `nonlocal` (statement-structure.ts): a name declared so may not be used (read
 * or bound) earlier in the same scope, nor be a parameter of its function; `nonlocal` needs a function around the one
 * it stands in (never at the module's level, nor in a function of the module's or a class's only). What the
 * enclosing function binds is not read: `nonlocal x` where no function around binds `x` is not found here.
 */
import { namesUsed } from './statement-pieces';

interface Scope {
  indent: number;
  kind: 'def' | 'class';
  used: Set<string>;
  params: Set<string>;
}

export class DeclarationScopes {
  private readonly scopes: Scope[] = [];
  private readonly module = new Set<string>();

  /** The scopes a statement at `indent` is outside of closed. */
  leave(indent: number): void {
    while (this.scopes.length > 0 && this.scopes[this.scopes.length - 1].indent >= indent) this.scopes.pop();
  }

  /** A function's or class's scope opened by its header at `indent`. */
  enter(indent: number, kind: 'def' | 'class', params: Set<string>): void {
    this.scopes.push({ indent, kind, used: new Set(), params });
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
    return null;
  }
}
