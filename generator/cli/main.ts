/**
 * The `sdkgen` command line: argument parsing, exit codes (0 ok, 1 spec/generation error, 2 usage
 * error) and human-friendly output. Every command lives in cli/commands/.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatDiagnostic, SpecError, UsageError, type Diagnostic } from '../diagnostics';

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  help: Record<string, string>;
  run(args: { positionals: string[]; values: Record<string, unknown> }): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<CommandSpec>> = {
  generate: async () => (await import('./commands/generate')).command,
  templates: async () => (await import('./commands/templates')).command,
  ir: async () => (await import('./commands/ir')).command,
  check: async () => (await import('./commands/check')).command,
  diff: async () => (await import('./commands/diff')).command,
};

function mainHelp(): string {
  return [
    'sdkgen — generate a TypeScript SDK from an OpenAPI document',
    '',
    'Usage: sdkgen <command> [options]',
    '',
    'Commands:',
    '  generate <spec>   generate an SDK package from an OpenAPI 3.0/3.1 or Swagger 2.0 document',
    '  templates list    every template, partial and runtime file, and which layer serves it',
    '  templates eject   copy built-in templates out to customise them (never overwrites without --force)',
    '  ir <spec>         print the views templates are rendered with (or the IR), as JSON or YAML',
    '  check             verify committed SDKs match a fresh generation from their spec (never writes)',
    '  diff <old> <new>  compare the SDKs two specs generate and classify every change (breaking or not)',
    '',
    'Run `sdkgen <command> --help` for the options of a command.',
    '',
    'Exit codes: 0 success, 1 spec or generation error, 2 usage error.',
  ].join('\n');
}

export function commandHelp(command: CommandSpec): string {
  const lines = [command.summary, '', `Usage: ${command.usage}`, '', 'Options:'];
  for (const [name, option] of Object.entries(command.options)) {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.type === 'string' ? ' <value>' : ''}`;
    lines.push(`  ${flag.padEnd(34)}${command.help[name] ?? ''}`);
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${mainHelp()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('sdkgen 0.1.0\n');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`sdkgen: unknown command "${name}"\n\n${mainHelp()}\n`);
    return 2;
  }
  const command = await load();
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`sdkgen ${name}: ${(error as Error).message}\n\n${commandHelp(command)}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values as Record<string, unknown> });
  } catch (error) {
    return reportError(error, name, command);
  }
}

export function reportError(error: unknown, name: string, command: CommandSpec): number {
  if (error instanceof UsageError) {
    process.stderr.write(`sdkgen ${name}: ${error.message}\n\n${commandHelp(command)}\n`);
    return 2;
  }
  if (error instanceof SpecError) {
    for (const d of [error.diagnostic, ...error.more]) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  // Our own errors explain themselves; anything else is a bug in sdkgen, and says so.
  const expected = error instanceof Error && /^(OutputConflictError|TemplateError|FormatError|GeneratorBug)$/.test(error.name);
  process.stderr.write(`sdkgen ${name}: ${expected ? '' : 'internal error (a bug in sdkgen, please report it): '}${message}\n`);
  if (process.env.SDKGEN_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else if (!expected) process.stderr.write('(set SDKGEN_DEBUG=1 for a stack trace)\n');
  return 1;
}

/** Diagnostics as a compact list: grouped and counted by code when there are many. */
export function printDiagnostics(list: Diagnostic[], format: 'text' | 'json', verbose: boolean): void {
  if (format === 'json') {
    process.stderr.write(`${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  if (list.length === 0) return;
  if (verbose || list.length <= 20) {
    for (const d of list) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return;
  }
  const groups = new Map<string, Diagnostic[]>();
  for (const d of list) groups.set(`${d.severity} ${d.code}`, [...(groups.get(`${d.severity} ${d.code}`) ?? []), d]);
  for (const [key, items] of groups) {
    const first = items[0];
    process.stderr.write(`${key} ×${items.length}: ${first.message} (first at ${first.file} ${first.pointer})${first.hint ? `\n  hint: ${first.hint}` : ''}\n`);
  }
  process.stderr.write('(use --verbose to list every diagnostic, or --diagnostics json)\n');
}

const isEntry = process.argv[1] && /(?:sdkgen(?:\.js)?|main\.js|cli\.js)$/.test(process.argv[1]);
if (isEntry) {
  if (process.env.SDKGEN_DEBUG) process.setSourceMapsEnabled(true);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`sdkgen: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
