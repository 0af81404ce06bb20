/**
 * The errors the programmatic API throws: one class per kind of failure, each carrying the file and JSON
 * pointer it is about (when there is one), a stable `code`, and the diagnostics gathered before it. The stages
 * throw their own errors (diagnostics.ts, write/write.ts); `toSdkgenError` turns them into these at the boundary.
 */
import {
  formatDiagnostic,
  SpecError as StageSpecError,
  UsageError as StageUsageError,
  type Diagnostic,
} from '../diagnostics';

export type { Diagnostic } from '../diagnostics';

export interface ErrorDetails {
  code: string;
  file?: string | null;
  pointer?: string | null;
  hint?: string | null;
  line?: number;
  column?: number;
  diagnostics?: Diagnostic[];
  cause?: unknown;
}

/** Base class: `instanceof SdkgenError` catches everything sdkgen throws on purpose (anything else is a bug). */
export class SdkgenError extends Error {
  /** Stable machine-readable code, e.g. "missing-file", "dangling-ref", "usage", "output-conflict". */
  readonly code: string;
  /** The file the error is about (spec, config, output directory), or null. */
  readonly file: string | null;
  /** JSON pointer inside `file` ("#/paths/~1pets/get"), or null. */
  readonly pointer: string | null;
  readonly hint: string | null;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** Every diagnostic gathered up to the failure (warnings included). */
  readonly diagnostics: Diagnostic[];
  /** The CLI's exit code for it: 1 for the input or the output, 2 for the command line or the config. */
  readonly exitCode: 1 | 2 = 1;

  constructor(message: string, details: ErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'SdkgenError';
    this.code = details.code;
    this.file = details.file ?? null;
    this.pointer = details.pointer ?? null;
    this.hint = details.hint ?? null;
    this.line = details.line;
    this.column = details.column;
    this.diagnostics = details.diagnostics ?? [];
  }

  /** The error as plain data (what `--diagnostics json` prints). */
  toJSON(): {
    name: string;
    code: string;
    message: string;
    file: string | null;
    pointer: string | null;
    hint: string | null;
    line?: number;
    column?: number;
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      file: this.file,
      pointer: this.pointer,
      hint: this.hint,
      ...(this.line !== undefined ? { line: this.line } : {}),
      ...(this.column !== undefined ? { column: this.column } : {}),
    };
  }
}

/** The spec cannot be generated from: unreadable, malformed, a dangling `$ref`, … (or a warning under `strict`). */
export class SpecError extends SdkgenError {
  /** The diagnostic as the CLI prints it. */
  readonly diagnostic: Diagnostic;
  /** Further problems found together with this one (every broken `$ref` of a spec at once). */
  readonly more: Diagnostic[];
  // Spelt out: bundlers rename classes.
  override name = 'SpecError';

  constructor(
    diagnostic: Diagnostic,
    details: Omit<ErrorDetails, 'code' | 'file' | 'pointer' | 'hint' | 'line' | 'column'> = {},
    more: Diagnostic[] = [],
  ) {
    super(diagnostic.message, {
      ...details,
      code: diagnostic.code,
      file: diagnostic.file,
      pointer: diagnostic.pointer,
      hint: diagnostic.hint,
      line: diagnostic.line,
      column: diagnostic.column,
    });
    this.diagnostic = diagnostic;
    this.more = more;
  }

  override toJSON(): ReturnType<SdkgenError['toJSON']> & { more?: Diagnostic[] } {
    return { ...super.toJSON(), ...(this.more.length > 0 ? { more: this.more } : {}) };
  }

  override toString(): string {
    return [this.diagnostic, ...this.more].map(formatDiagnostic).join('\n');
  }
}

/** Bad options or a bad config file (`file` names the config file when it is about one). */
export class UsageError extends SdkgenError {
  override name = 'UsageError';
  override readonly exitCode = 2;
}

/** The output directory holds files sdkgen did not write (pass `force` to overwrite them). */
export class OutputConflictError extends SdkgenError {
  override name = 'OutputConflictError';

  constructor(
    message: string,
    readonly conflicts: string[],
    details: ErrorDetails,
  ) {
    super(message, details);
  }
}

/**
 * A stage's error as one of ours. `displayFile` renames files (a spec fetched into a temporary folder is
 * reported under its URL). Errors that are not sdkgen's own (bugs) are returned unchanged.
 */
export function toSdkgenError(
  error: unknown,
  diagnostics: Diagnostic[] = [],
  displayFile: (file: string) => string = (f) => f,
): unknown {
  if (error instanceof SdkgenError) return error;
  if (error instanceof StageSpecError) {
    const d = error.diagnostic;
    const shown = (x: Diagnostic): Diagnostic => ({
      ...x,
      file: displayFile(x.file),
      message: renameIn(x.message, displayFile),
    });
    return new SpecError(shown(d), { diagnostics, cause: error }, error.more.map(shown));
  }
  if (error instanceof StageUsageError) {
    // "config file <path>[:line]: …" / "cannot read config file <path>: …" name the file.
    const match = /config file (\S+?)(?::(\d+))?(?::| is| has| failed|$)/.exec(error.message);
    return new UsageError(error.message, {
      code: 'usage',
      file: match?.[1] ?? null,
      line: match?.[2] ? Number(match[2]) : undefined,
      diagnostics,
      cause: error,
    });
  }
  if (error instanceof Error && error.name === 'OutputConflictError') {
    const { dir, conflicts } = error as Error & { dir: string; conflicts: string[] };
    return new OutputConflictError(error.message, conflicts, {
      code: 'output-conflict',
      file: dir,
      diagnostics,
      cause: error,
    });
  }
  if (error instanceof Error && /^(TemplateError|FormatError)$/.test(error.name)) {
    return new SdkgenError(error.message, {
      code: error.name === 'TemplateError' ? 'template-error' : 'format-error',
      diagnostics,
      cause: error,
    });
  }
  return error;
}

function renameIn(text: string, displayFile: (file: string) => string): string {
  return text.replace(/\S+/g, (word) => displayFile(word));
}
