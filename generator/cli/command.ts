/**
 * What every command shares: its declaration (CommandSpec), its help text, and how results and errors are
 * printed. main.ts dispatches to commands; commands import this, never main.ts.
 */
import type { ParseArgsConfig } from 'node:util';
import { SdkgenError, SpecError, UsageError as ApiUsageError } from '../api/errors';
import {
  cleanDiagnostic,
  diagnosticWhere,
  formatDiagnostic,
  SpecError as StageSpecError,
  UsageError,
  type Diagnostic,
} from '../diagnostics';
import { parseStainlessEra } from '../stainless/era';

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  help: Record<string, string>;
  /** Subcommands (`templates list`): each parses its own options and has its own help. */
  subcommands?: Record<string, CommandSpec>;
  run(args: { positionals: string[]; values: Record<string, unknown> }): Promise<number>;
}

export function commandHelp(command: CommandSpec): string {
  const lines = [command.summary, '', `Usage: ${command.usage}`];
  if (command.subcommands) {
    lines.push('', 'Commands:');
    for (const sub of Object.values(command.subcommands))
      lines.push(`  ${sub.name.padEnd(34)}${sub.summary.split('\n')[0]}`);
    lines.push('', `Run \`sdkgen help ${command.name} <command>\` for the options of each.`);
    return lines.join('\n');
  }
  lines.push('', 'Options:');
  const options: CommandSpec['options'] = { ...command.options, help: { type: 'boolean', short: 'h' } };
  for (const [name, option] of Object.entries(options)) {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.type === 'string' ? ' <value>' : ''}`;
    lines.push(`  ${flag.padEnd(34)}${command.help[name] ?? (name === 'help' ? 'show this help' : '')}`);
  }
  return lines.join('\n');
}

/** Exit code for an error, after printing it (one line and a hint; a bug says it is one). */
export function reportError(error: unknown, name: string, command: CommandSpec): number {
  if (error instanceof UsageError || error instanceof ApiUsageError) {
    process.stderr.write(
      `sdkgen ${name}: ${error.message}\n\nUsage: ${command.usage}\nRun \`sdkgen help ${name}\` for every option.\n`,
    );
    return 2;
  }
  if (error instanceof StageSpecError || error instanceof SpecError) {
    for (const d of [error.diagnostic, ...error.more]) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return 1;
  }
  if (error instanceof SdkgenError) {
    process.stderr.write(`sdkgen ${name}: ${error.message}\n`);
    // What it wraps (a template's error, Handlebars' own under it) says where the failure was.
    if (process.env.SDKGEN_DEBUG) process.stderr.write(`${stackWithCauses(error)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  // Our own errors explain themselves; anything else is a bug in sdkgen, and says so.
  const expected =
    error instanceof Error && /^(OutputConflictError|TemplateError|FormatError|GeneratorBug)$/.test(error.name);
  process.stderr.write(
    `sdkgen ${name}: ${expected ? '' : 'internal error (a bug in sdkgen, please report it): '}${message}\n`,
  );
  if (process.env.SDKGEN_DEBUG && error instanceof Error) process.stderr.write(`${stackWithCauses(error)}\n`);
  else if (!expected) process.stderr.write('(set SDKGEN_DEBUG=1 for a stack trace)\n');
  return 1;
}

/** An error's stack, then the stack of each error it wraps (`cause`): where a template or a helper failed. */
function stackWithCauses(error: Error): string {
  const stacks = [error.stack ?? error.message];
  const seen = new Set<unknown>([error]);
  for (let cause = error.cause; cause instanceof Error && !seen.has(cause); cause = cause.cause) {
    seen.add(cause);
    stacks.push(`Caused by: ${cause.stack ?? cause.message}`);
  }
  return stacks.join('\n');
}

/** An error as JSON (for `--diagnostics json` / `--format json` on stdout). */
export function errorJson(error: unknown): object {
  if (error instanceof SdkgenError) return error.toJSON();
  if (error instanceof StageSpecError) return { name: 'SpecError', ...error.diagnostic };
  if (error instanceof UsageError)
    return { name: 'UsageError', code: 'usage', message: error.message, file: null, pointer: null, hint: null };
  return {
    name: error instanceof Error ? error.name : 'Error',
    code: 'internal',
    message: error instanceof Error ? error.message : String(error),
    file: null,
    pointer: null,
    hint: null,
  };
}

/** Diagnostics as a compact list: grouped and counted by code when there are many; each line printed once. */
export function printDiagnostics(list: Diagnostic[], format: 'text' | 'json', verbose: boolean): void {
  if (format === 'json') {
    process.stderr.write(`${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  for (const line of diagnosticLines(list, verbose)) process.stderr.write(`${line}\n`);
}

/** The text of `printDiagnostics`, line by line (a diagnostic with a hint takes two). */
export function diagnosticLines(list: Diagnostic[], verbose: boolean): string[] {
  if (list.length === 0) return [];
  if (verbose || list.length <= 20) return [...new Set(list.map(formatDiagnostic))];
  const groups = new Map<string, Diagnostic[]>();
  for (const d of list) groups.set(`${d.severity} ${d.code}`, [...(groups.get(`${d.severity} ${d.code}`) ?? []), d]);
  const lines: string[] = [];
  for (const [key, items] of groups) {
    const first = cleanDiagnostic(items[0]);
    lines.push(
      `${key} ×${items.length}: ${first.message} (first at ${diagnosticWhere(first)})${first.hint ? `\n  hint: ${first.hint}` : ''}`,
    );
  }
  lines.push('(use --verbose to list every diagnostic, or --diagnostics json)');
  return lines;
}

/** Options of `generate`, `check` and `ir` that choose the config. */
export function configOption(values: Record<string, unknown>): string | false | undefined {
  if (values['no-config'] === true) {
    if (values.config !== undefined) throw new UsageError('--config and --no-config contradict each other');
    return false;
  }
  return values.config as string | undefined;
}

/** `--stainless-era <YYYY-MM-DD | latest>` of `generate` and `migrate`: the option to pass, none without the flag. */
export function stainlessEraOption(values: Record<string, unknown>): { stainlessEra?: string | null } {
  const given = values['stainless-era'];
  if (given === undefined) return {};
  const era = parseStainlessEra(String(given));
  if (era === undefined)
    throw new UsageError(`--stainless-era must be a day (YYYY-MM-DD) or latest, got ${JSON.stringify(given)}`);
  return { stainlessEra: era };
}
