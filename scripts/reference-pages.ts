/**
 * The reference pages under docs/reference/ that are written from the code, never by hand:
 *
 * - cli.md: every command and option, from the commands' own declarations (generator/cli/commands/*: the options
 *   `parseArgs` reads and the help text `sdkgen help <command>` prints);
 * - config.md: every key of `sdkgen.config.*`, from `UserConfig` (generator/api/define-config.ts) and its doc comments;
 * - stainless-config.md: every Stainless config key and what sdkgen does with it, from the table the config reader
 *   checks keys against (generator/stainless/config-keys.ts).
 *
 * `npm run docs:reference` writes them (scripts/docs-reference.mjs); test/docs.test.ts fails when a committed page
 * differs from what this module returns.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { COMMANDS } from '../generator/cli/main';
import type { CommandSpec } from '../generator/cli/command';
import { STAINLESS_KEYS, type StainlessKey } from '../generator/stainless/config-keys';
import { PYTHON_KEYS } from '../generator/stainless/python-keys';

const GENERATED = (source: string) =>
  `<!-- Written by \`npm run docs:reference\` from ${source}. Do not edit: change the code and run it again. -->`;

/** The pages, by path relative to the repository root. */
export async function referencePages(root: string): Promise<Map<string, string>> {
  return new Map([
    ['docs/reference/cli.md', await cliPage()],
    ['docs/reference/config.md', configPage(root)],
    ['docs/reference/stainless-config.md', stainlessPage()],
  ]);
}

/** Markdown for plain text: `<` and `>` outside code spans as entities (GitHub would read `<spec>` as HTML). */
function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/** Text for a table cell: one line, `|` escaped. */
function cell(text: string): string {
  return prose(text.replace(/\s*\n\s*/g, ' ')).replace(/\|/g, '\\|');
}

async function cliPage(): Promise<string> {
  const lines = [
    GENERATED('generator/cli/commands/'),
    '',
    '# Command-line reference',
    '',
    'Every `sdkgen` command and option, as `sdkgen help <command>` prints them.',
    'For what the commands are for, start with the [guides](../README.md).',
    '',
    '- Exit codes: `0` success, `1` spec or generation error, `2` usage error.',
    '- `-h, --help` on any command prints its options; `sdkgen --help` lists the commands; `-V` prints the version.',
    '- A mistyped option gets one line and a hint: `unknown option --outptu` / `did you mean --output?`.',
    '- `SDKGEN_DEBUG=1` prints the stack of an error and of each error it wraps.',
    '- `SDKGEN_FORMATTER=oxfmt|prettier|none` picks the formatter (the `--formatter` flag wins, then the variable, then the config).',
    '',
    '## Commands',
    '',
  ];
  const commands: CommandSpec[] = [];
  for (const load of Object.values(COMMANDS)) {
    const command = await load();
    if (command.subcommands)
      for (const sub of Object.values(command.subcommands))
        commands.push({ ...sub, name: `${command.name} ${sub.name}` });
    else commands.push(command);
  }
  for (const command of commands)
    lines.push(`- [\`sdkgen ${command.name}\`](#sdkgen-${command.name.replace(/ /g, '-')})`);
  for (const command of commands) {
    lines.push('', `## sdkgen ${command.name}`, '', prose(command.summary.replace(/\n/g, ' ')), '');
    lines.push(`Usage: \`${command.usage}\``, '');
    const options = Object.entries(command.options);
    if (options.length === 0) continue;
    lines.push('| option | what it does |', '| --- | --- |');
    for (const [name, option] of options) {
      const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ' <value>' : ''}`;
      lines.push(`| \`${flag}\` | ${cell(command.help[name] ?? '')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

interface ConfigEntry {
  key: string;
  type: string;
  doc: string;
  defaultValue: string | null;
  example: string | null;
}

/** The keys of `UserConfig`, nested ones (`client.name`) after their parent, with their doc comments. */
export function configEntries(root: string): ConfigEntry[] {
  const file = path.join(root, 'generator/api/define-config.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const userConfig = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'UserConfig',
  );
  if (!userConfig) throw new Error(`${file} declares no UserConfig`);
  // A type alias of the file (`Formatter`) is shown as what it stands for.
  const aliases = new Map(
    source.statements
      .filter(ts.isTypeAliasDeclaration)
      .map((alias) => [alias.name.text, alias.type.getText(source)] as const),
  );
  const entries: ConfigEntry[] = [];
  const walk = (members: ts.NodeArray<ts.TypeElement>, prefix: string) => {
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const key = `${prefix}${member.name.getText(source)}`;
      const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
      const text = (comment: ts.JSDoc['comment']) =>
        (typeof comment === 'string' ? comment : (comment?.map((c) => c.getText(source)).join('') ?? '')).trim();
      const tag = (name: string) => {
        const found = docs.flatMap((d) => d.tags ?? []).find((t) => t.tagName.text === name);
        return found ? text(found.comment) : null;
      };
      const nested = ts.isTypeLiteralNode(member.type) ? member.type : null;
      entries.push({
        key,
        type: nested
          ? 'mapping'
          : (aliases.get(member.type.getText(source)) ?? member.type.getText(source)).replace(/\s+/g, ' '),
        doc: docs.map((d) => text(d.comment)).join(' '),
        defaultValue: tag('default'),
        example: tag('example'),
      });
      if (nested) walk(nested.members, `${key}.`);
    }
  };
  walk(userConfig.members, '');
  return entries;
}

function configPage(root: string): string {
  const lines = [
    GENERATED('generator/api/define-config.ts'),
    '',
    '# Config file reference',
    '',
    'Every key of `sdkgen.config.yaml` (also `.yml`, `.json`, or the default export of `sdkgen.config.ts`, `.mts`,',
    '`.mjs`, `.js`). Every key is optional. An unknown key is an error (exit 2) that lists the known ones.',
    'How sdkgen finds the file, and a full example: [the config guide](../guides/configuration.md).',
    '',
    '| key | type | default | what it does | example |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const entry of configEntries(root))
    lines.push(
      `| \`${entry.key}\` | \`${cell(entry.type)}\` | ${cell(entry.defaultValue ?? '')} | ${cell(entry.doc)} | ${entry.example ? `\`${cell(entry.example)}\`` : ''} |`,
    );
  return `${lines.join('\n')}\n`;
}

const STATUS: Record<StainlessKey['status'], string> = {
  read: 'read',
  quiet: 'not read (quiet)',
  warns: 'not read (warns)',
};

function stainlessPage(): string {
  const lines = [
    GENERATED('generator/stainless/config-keys.ts'),
    '',
    '# Stainless config reference',
    '',
    'Every key of a Stainless config (`stainless.yml`, from the',
    '[Stainless config reference](https://www.stainless.com/docs/reference/config)) and what sdkgen does with it.',
    'The config reader checks keys against this same table.',
    '',
    '| status | meaning |',
    '| --- | --- |',
    '| read | sdkgen acts on it, as described |',
    '| not read (quiet) | accepted, no effect, no warning |',
    '| not read (warns) | "not supported by sdkgen; ignored", with the key path and its line |',
    '',
    'A value in a form sdkgen cannot read (an environment that is not a string, an unknown pagination type, an',
    'endpoint that is not `<verb> /path`…) never stops the run. It warns with `stainless.yml:LINE: key.path: …; ignored`,',
    'and the key is read as if it were absent (a method or scheme that cannot be read is left out).',
    '',
    '`test/stainless-configs.test.ts` loads every real config in `../shared/stainless-configs` and checks that this',
    'table has a row for each key path they use. `test/stainless-config-forms.test.ts` reads and plans each of them with',
    'one key at a time given in another form (null, a string, a number, a list, a mapping), and generates from a seeded',
    'sample of those (`SDKGEN_FORM_SAMPLES=300` searches longer): warnings, never a crash.',
    '',
    'How to read a key path: `<name>` is any one key, `[i]` any item of a list, `{a,b}` either spelling,',
    'and a trailing `.*` the key and everything below it.',
    'Names Stainless gives what the config leaves unnamed are in [What sdkgen writes like Stainless](stainless-layout.md).',
    'What a Python SDK (`--target python`) does with each key is in [its own section](#the-python-sdk).',
  ];
  // By top-level key, in the table's order (a key's rows stay together wherever the table lists them).
  const sections = new Map<string, StainlessKey[]>();
  for (const row of STAINLESS_KEYS) {
    const top = row.keys[0].split(/[.[]/)[0];
    sections.set(top, [...(sections.get(top) ?? []), row]);
  }
  for (const [top, rows] of sections) {
    lines.push('', `## ${top === '*' ? 'Other top-level keys' : `\`${top}\``}`, '');
    lines.push('| key | status | what sdkgen does |', '| --- | --- | --- |');
    for (const row of rows) {
      let keys = top === '*' ? 'any other top-level key' : row.keys.map((k) => `\`${k}\``).join(', ');
      if (row.otherKeys)
        keys += `, other keys${row.otherKeys.length ? ` (${row.otherKeys.map((k) => `\`${k}\``).join(', ')}…)` : ''}`;
      if (row.examples) keys += ` (${row.examples.map((k) => `\`${k}\``).join(', ')})`;
      if (row.note) keys += ` (${row.note})`;
      lines.push(`| ${cell(keys)} | ${STATUS[row.status]} | ${cell(row.how)} |`);
    }
  }
  lines.push(...pythonSection());
  return `${lines.join('\n')}\n`;
}

/** The keys as the Python SDK (`--target python`) follows them, from generator/stainless/python-keys.ts. */
function pythonSection(): string[] {
  const lines = [
    '',
    '## The Python SDK',
    '',
    'What `--target python` does with each key that can change a Python SDK. `follows`: the package has its effect;',
    '`partly`: some of it, and a warning with the key path and its line says what is missing; `warns`: not followed,',
    "with that warning; `no effect`: nothing a Python SDK holds changes (nor did it in Stainless's), quietly. The tests",
    'are under `test/python/`.',
    '',
    '| key | forms | Python | what the Python SDK does | test |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of PYTHON_KEYS)
    lines.push(
      `| ${cell(row.keys.map((k) => `\`${k}\``).join(', '))} | ${cell(row.forms)} | ${row.python} | ${cell(row.how)} | ${row.test ? `\`${row.test}\`` : ''} |`,
    );
  return lines;
}
