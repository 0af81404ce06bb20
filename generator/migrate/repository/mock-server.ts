/**
 * Which mock server a repository's Stainless scripts ran (emit/mock-server.ts): Steady where its `scripts/mock` (else
 * `scripts/test`) runs `@stdy/cli`, with the version pinned there and the `--validator-…` flags it passes; a Prism
 * fork where it runs `prism` from another package than Stainless's (`--package=@lingxi.li/prism-cli@5.12.4`); else
 * Prism. The scripts of Stainless's last generation are read first (`generation`), the work tree's where it has none;
 * a fork the owners' edit to the work tree's script names is theirs (`ownersPrismFork`).
 */
import { isPrismFork, isSafeVersion, isValidatorFlag, type MockServer } from '../../emit/mock-server';

const SCRIPTS = ['scripts/mock', 'scripts/test'];
/** `@stdy/cli` and the version after it (`0.22.1`, or a variable: `$STEADY_VERSION`, `${STEADY_VERSION}`). */
const STEADY_PACKAGE = /@stdy\/cli(?![\w-])(?:@([^\s"'`;)]+))?/;
const VALIDATOR_FLAG = /--validator-[a-z][\w-]*(?:=[\w.,-]+)?/g;
/** A package `npm exec --package=` or `npx` runs with its version (`@lingxi.li/prism-cli@5.12.4`), on a `prism` line. */
const PACKAGE_RUN = /(?:--package[= ]|\bnpx\s+(?:(?:-y|--yes)\s+)?)((?:@[\w.-]+\/)?[\w.-]+)@([^\s"'`;)]+)/;
/** A version held in a shell variable: `$NAME` or `${NAME}`. */
const VARIABLE = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})$/;

/** The mock server a repository's scripts ran, the script it was read from, and what could not be read of it. */
export interface ScriptsMockServer {
  server: MockServer;
  /** The script read (`scripts/mock`); null where the repository has neither. */
  script: string | null;
  /** Warnings naming the script's line (`scripts/mock:12: …`). */
  warnings: string[];
}

/** The mock server of the first of the scripts `textOf` gives a text for (null: the file is not there). */
export function mockServerOfRepositoryScripts(textOf: (path: string) => string | null | undefined): ScriptsMockServer {
  for (const script of SCRIPTS) {
    const text = textOf(script);
    if (text == null) continue;
    const warnings: string[] = [];
    const server = mockServerOfScript(text, (line, message) => warnings.push(`${script}:${line}: ${message}`));
    return { server, script, warnings };
  }
  return { server: null, script: null, warnings: [] };
}

/** The mock server of the first of the scripts `textOf` gives a text for (null: the file is not there). */
export function mockServerOfScripts(textOf: (path: string) => string | null | undefined): MockServer {
  return mockServerOfRepositoryScripts(textOf).server;
}

/**
 * The mock server one script runs: Steady where it names `@stdy/cli`, else Prism (null). A version held in a variable
 * is the value the script assigns it; one it cannot tell is `warn`ed of (with the line, from 1) and left unpinned.
 */
export function mockServerOfScript(text: string, warn?: (line: number, message: string) => void): MockServer {
  // (The embedded spec some scripts carry is one long base64 word: no flag or package is read from it.)
  const lines = text
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => !/^\s*#/.test(line) && line.length < 4000);
  const named = lines
    .map(({ line, number }) => ({ match: STEADY_PACKAGE.exec(line), number }))
    .find(({ match }) => match !== null);
  if (!named) return prismForkOfLines(lines.map(({ line }) => line));
  const version = versionOf(named.match![1], lines, (message) => warn?.(named.number, message));
  const flags: string[] = [];
  for (const { line } of lines) {
    if (!STEADY_PACKAGE.test(line) && !/\bsteady\b/.test(line)) continue;
    for (const [flag] of line.matchAll(VALIDATOR_FLAG))
      if (isValidatorFlag(flag) && !flags.includes(flag)) flags.push(flag);
  }
  return { kind: 'steady', version, validatorFlags: flags };
}

/**
 * The Prism fork a script runs: the first `prism` line running a package other than Prism's own (`@stoplight/…`) and
 * Stainless's (`@stainless-api/prism-cli`), with its version written out; else null (Prism).
 */
function prismForkOfLines(lines: string[]): MockServer {
  for (const line of lines) {
    if (!/\bprism\b/.test(line)) continue;
    const run = PACKAGE_RUN.exec(line);
    if (run && isPrismFork(run[1]!) && isSafeVersion(run[2]!))
      return { kind: 'prism', package: run[1]!, version: run[2]! };
  }
  return null;
}

/**
 * The mock server the repository's tests ran: the generation's scripts' (`fromGeneration`), unless that is Prism and
 * the work tree's scripts (`fromWorkTree`) run a Prism fork: the owners' edit of Stainless's script, their choice.
 */
export function ownersPrismFork(fromGeneration: ScriptsMockServer, fromWorkTree: ScriptsMockServer): ScriptsMockServer {
  if (fromGeneration.server !== null || fromWorkTree.server?.kind !== 'prism') return fromGeneration;
  return fromWorkTree;
}

/** The version after `@stdy/cli@`: written out, or a variable's value as the script assigns it once; else null. */
function versionOf(
  written: string | undefined,
  lines: ReadonlyArray<{ line: string }>,
  warn: (message: string) => void,
): string | null {
  if (written === undefined) return null;
  if (isSafeVersion(written)) return written;
  const variable = VARIABLE.exec(written);
  const name = variable?.[1] ?? variable?.[2];
  const values = name === undefined ? [] : assignedValues(name, lines);
  if (values.length === 1 && values[0] !== null) return values[0];
  const why =
    name === undefined
      ? `its version \`${written}\` is not one sdkgen reads`
      : values.length === 0
        ? `$${name} is assigned no version in the script`
        : values.length > 1
          ? `$${name} is assigned ${values.length} times in the script`
          : `$${name} is assigned no plain version in the script`;
  warn(`@stdy/cli: ${why}; the mock server is Steady unpinned (the registry's newest): pin it in the config's scripts`);
  return null;
}

/**
 * The values a script gives a variable by plain assignment (`NAME=0.22.1`, `export NAME="0.22.1"`, a default
 * `NAME="${NAME:-0.22.1}"`), in order, distinct; null for an assignment of anything else (a command's output).
 */
function assignedValues(name: string, lines: ReadonlyArray<{ line: string }>): Array<string | null> {
  const assignment = new RegExp(`^\\s*(?:(?:export|readonly|local|declare(?:\\s+-\\w+)*)\\s+)?${name}=(\\S*)`);
  const values: Array<string | null> = [];
  for (const { line } of lines) {
    const value = assignment.exec(line)?.[1];
    if (value === undefined) continue;
    const plain = unquoted(value.replace(/\s*#.*$/, '').replace(/;$/, ''));
    const fallback = new RegExp(`^\\$\\{${name}:?-([^}]*)\\}$`).exec(plain)?.[1];
    const version = fallback ?? plain;
    const read = isSafeVersion(version) ? version : null;
    if (!values.includes(read)) values.push(read);
  }
  return values;
}

function unquoted(word: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(word);
  return quoted ? quoted[2]! : word;
}
