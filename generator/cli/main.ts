/**
 * The `sdkgen` command line: argument parsing, exit codes (0 ok, 1 spec/generation error, 2 usage
 * error) and help. Every command lives in cli/commands/ and is a thin layer over the API (../api/).
 */
import { parseArgs } from 'node:util';
import { commandHelp, reportError, type CommandSpec } from './command';

declare const SDKGEN_VERSION: string | undefined;
/** Set by scripts/build.mjs from package.json. */
export const VERSION = typeof SDKGEN_VERSION === 'string' ? SDKGEN_VERSION : '0.0.0-dev';

export const COMMANDS: Record<string, () => Promise<CommandSpec>> = {
  generate: async () => (await import('./commands/generate')).command,
  templates: async () => (await import('./commands/templates')).command,
  ir: async () => (await import('./commands/ir')).command,
  check: async () => (await import('./commands/check')).command,
  diff: async () => (await import('./commands/diff')).command,
  customizations: async () => (await import('./commands/customizations')).command,
  migrate: async () => (await import('./commands/migrate')).command,
  update: async () => (await import('./commands/update')).command,
};

function mainHelp(): string {
  return [
    'sdkgen — generate TypeScript and Python SDKs from an OpenAPI document',
    '',
    'Usage: sdkgen <command> [options]',
    '',
    'Commands:',
    '  generate <spec>   generate an SDK package from an OpenAPI 3.0, 3.1 or 3.2 or Swagger 2.0 document (file, URL or -)',
    '  templates list    every template, partial and runtime file, and which layer serves it',
    '  templates eject   copy built-in templates out to customise them (never overwrites without --force)',
    '  ir <spec>         print the views templates are rendered with (or the IR), as JSON or YAML',
    '  check             verify committed SDKs match a fresh generation from their spec (never writes)',
    '  diff <old> <new>  compare the SDKs two specs generate and classify every change (breaking or not)',
    '  customizations    the edits made by hand to a generated SDK, as diffs against what sdkgen wrote',
    '  migrate [<repo>]  move a Stainless SDK repository to sdkgen in place, keeping its custom code',
    '  update [<spec>]   regenerate an SDK repository and commit it on a branch, with the pull-request body',
    '  help <command>    the options of a command',
    '',
    'Run `sdkgen help <command>` (or `sdkgen <command> --help`) for the options of a command; -V prints the version.',
    '',
    'Exit codes: 0 success, 1 spec or generation error, 2 usage error.',
  ].join('\n');
}

/** The nearest of `candidates` to `word`, when it is near enough to be a likely typo. */
function nearest(word: string, candidates: string[]): string | null {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length];
  };
  let best: { name: string; d: number } | null = null;
  for (const c of candidates) {
    const d = distance(word, c);
    if (!best || d < best.d) best = { name: c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.name : null;
}

/** parseArgs's errors in one line of ours, with a hint. */
function argumentError(error: Error & { code?: string }, label: string, command: CommandSpec): string {
  const flags = Object.keys({ ...command.options, help: true });
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /'([^']+)'/.exec(error.message)?.[1] ?? '';
    const name = given.replace(/^-+/, '').replace(/=.*$/, '');
    const guess = nearest(name, flags);
    const hint = guess ? `did you mean --${guess}?` : `run \`sdkgen help ${label}\` for its options`;
    return `sdkgen ${label}: unknown option ${given}\n  hint: ${hint}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const given = /'([^']+)'/.exec(error.message)?.[1] ?? '';
    const flag = /--[\w-]+/.exec(given)?.[0] ?? given;
    const takesValue = /argument missing/.test(error.message);
    return `sdkgen ${label}: option ${flag} ${takesValue ? 'needs a value' : 'takes no value'}\n  hint: run \`sdkgen help ${label}\` for its options`;
  }
  return `sdkgen ${label}: ${error.message.split('\n')[0]}\n  hint: run \`sdkgen help ${label}\` for its options`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`${mainHelp()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V' || name === '-v') {
    process.stdout.write(`sdkgen ${VERSION}\n`);
    return 0;
  }
  if (name === 'help') {
    if (rest.length === 0) {
      process.stdout.write(`${mainHelp()}\n`);
      return 0;
    }
    const found = await findCommand(rest);
    if (!found) return 2;
    process.stdout.write(`${commandHelp(found.command)}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    const guess = nearest(name, Object.keys(COMMANDS));
    process.stderr.write(
      `sdkgen: unknown command "${name}"\n  hint: ${guess ? `did you mean \`sdkgen ${guess}\`? ` : ''}run \`sdkgen --help\` for the commands\n`,
    );
    return 2;
  }
  let command = await load();
  let label = name;
  let args = rest;
  if (command.subcommands) {
    const sub = command.subcommands[rest[0] ?? ''];
    if (!sub) {
      if (rest.length === 0 || rest[0] === '--help' || rest[0] === '-h') {
        process.stdout.write(`${commandHelp(command)}\n`);
        return rest.length === 0 ? 2 : 0;
      }
      process.stderr.write(
        `sdkgen ${name}: unknown subcommand "${rest[0]}" (${Object.keys(command.subcommands).join(' or ')})\n  hint: run \`sdkgen help ${name}\`\n`,
      );
      return 2;
    }
    command = sub;
    label = `${name} ${sub.name}`;
    args = rest.slice(1);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`${argumentError(error as Error, label, command)}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values as Record<string, unknown> });
  } catch (error) {
    return reportError(error, label, command);
  }
}

/** `sdkgen help templates eject` → that subcommand; prints why not and returns null when there is none. */
async function findCommand(words: string[]): Promise<{ command: CommandSpec } | null> {
  const load = COMMANDS[words[0]];
  if (!load) {
    process.stderr.write(`sdkgen help: unknown command "${words[0]}" (${Object.keys(COMMANDS).join(', ')})\n`);
    return null;
  }
  const command = await load();
  if (words.length === 1) return { command };
  const sub = command.subcommands?.[words[1]];
  if (!sub) {
    process.stderr.write(
      `sdkgen help: ${words[0]} has no subcommand "${words[1]}"${command.subcommands ? ` (${Object.keys(command.subcommands).join(', ')})` : ''}\n`,
    );
    return null;
  }
  return { command: sub };
}
