/**
 * Diagnostics: every warning or error about the input names the file and the JSON pointer it is about,
 * and carries a one-line hint on how to fix it. Stages push into a `Diagnostics` list; fatal problems
 * throw a `SpecError`, which the CLI turns into exit code 1.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. "missing-operation-id", "unknown-stainless-hint". */
  code: string;
  message: string;
  file: string;
  /** JSON pointer inside `file` ("#/paths/~1servers/get"), or "" when about the whole file. */
  pointer: string;
  /** One line telling the user how to fix it, or null. */
  hint: string | null;
  /** 1-based position in the file, when known (parse errors). */
  line?: number;
  column?: number;
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  /** An identical diagnostic is kept once (a shared component reached from many places says its thing once). */
  private readonly seen = new Set<string>();

  /** `line`: the line of `file` it is about, where it is known (a config file's key). */
  warn(
    code: string,
    file: string,
    pointer: string,
    message: string,
    hint: string | null = null,
    line: number | null = null,
  ): void {
    this.add({ severity: 'warning', code, message, file, pointer, hint, ...(line ? { line } : {}) });
  }

  error(code: string, file: string, pointer: string, message: string, hint: string | null = null): void {
    this.add({ severity: 'error', code, message, file, pointer, hint });
  }

  /** A diagnostic about a config file: `where` is the key path ("resources.a.methods.b"), `line` its line. */
  config(
    severity: Severity,
    code: string,
    file: string,
    where: string,
    line: number | null,
    message: string,
    hint: string | null = null,
  ): void {
    this.add({ severity, code, message: `${where}: ${message}`, file, pointer: '', hint, ...(line ? { line } : {}) });
  }

  private add(d: Diagnostic): void {
    const key = JSON.stringify([d.severity, d.code, d.file, d.pointer, d.message]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(d);
  }

  get errors(): Diagnostic[] {
    return this.list.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.list.filter((d) => d.severity === 'warning');
  }
}

/** A problem with the input that stops generation. */
export class SpecError extends Error {
  readonly diagnostic: Diagnostic;
  /** Further problems found together with this one, reported with it (every broken `$ref` of a spec at once). */
  readonly more: Diagnostic[];

  constructor(
    diagnostic: Omit<Diagnostic, 'severity' | 'hint'> & {
      severity?: Severity;
      hint?: string | null;
      more?: Diagnostic[];
    },
  ) {
    const { more = [], ...first } = diagnostic;
    const full: Diagnostic = { severity: 'error', hint: null, ...first };
    super([full, ...more].map(formatDiagnostic).join('\n'));
    this.name = 'SpecError';
    this.diagnostic = full;
    this.more = more;
  }
}

/** A problem with the command line or config file (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `file:line:col #/pointer: message (hint)` — one line, grep-friendly. */
export function formatDiagnostic(d: Diagnostic): string {
  const clean = cleanDiagnostic(d);
  return `${clean.severity}: ${diagnosticWhere(clean)}: ${clean.message}${clean.hint ? `\n  hint: ${clean.hint}` : ''}`;
}

/** Spec text can hold terminal escapes and stray control characters: never let them reach a terminal or log. */
export function cleanDiagnostic(d: Diagnostic): Diagnostic {
  const clean = (text: string) =>
    text.replace(
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  return {
    ...d,
    message: clean(d.message),
    file: clean(d.file),
    pointer: clean(d.pointer),
    hint: d.hint === null ? null : clean(d.hint),
  };
}

/** `file:line:col #/pointer`, as much of it as is known. */
export function diagnosticWhere(d: Diagnostic): string {
  const position = d.line !== undefined ? `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : '';
  return `${d.file}${position}${d.pointer ? ` ${d.pointer}` : ''}`;
}

/** Escape one reference token of a JSON pointer (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  // Most tokens need no escaping: skip the two replacements (pointers are built for every schema of a spec).
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Append tokens to a pointer: pointerJoin('#/paths', '/servers', 'get') → "#/paths/~1servers/get". */
export function pointerJoin(base: string, ...tokens: Array<string | number>): string {
  // (A loop, not reduce with a closure: pointers are joined for each of a spec's parameters and responses.)
  let pointer = base;
  for (let i = 0; i < tokens.length; i++) pointer = `${pointer}/${escapePointerToken(tokens[i])}`;
  return pointer;
}

/**
 * Split a pointer built by `pointerJoin` ("#/a/b~1c") into unescaped tokens (["a", "b/c"]). No percent-decoding:
 * a key such as `100%` or `a%20b` is kept as written. (A `$ref`'s fragment is percent-encoded: the loader decodes
 * it once, in `parseRef`, and every pointer it hands on is in this form.)
 */
export function pointerTokens(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '' || body === '/') return body === '/' ? [''] : [];
  return body
    .slice(1)
    .split('/')
    .map((t) => (t.indexOf('~') === -1 ? t : t.replace(/~1/g, '/').replace(/~0/g, '~')));
}
