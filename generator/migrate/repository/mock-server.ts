/**
 * Which mock server a repository's Stainless scripts ran (emit/mock-server.ts): Steady where its `scripts/mock` (else
 * `scripts/test`) runs `@stdy/cli`, with the version pinned there and the `--validator-…` flags it passes; else Prism.
 * The scripts of Stainless's last generation are read first (`generation`), the work tree's where it has none.
 */
import { isSafeVersion, isValidatorFlag, type MockServer } from '../../emit/mock-server';

const SCRIPTS = ['scripts/mock', 'scripts/test'];
/** `@stdy/cli` and the version after it, where the script writes one literally (not `@stdy/cli@$VERSION`). */
const STEADY_PACKAGE = /@stdy\/cli(?![\w-])(?:@([^\s"'`;)]+))?/;
const VALIDATOR_FLAG = /--validator-[a-z][\w-]*(?:=[\w.,-]+)?/g;

/** The mock server of the first of the scripts `textOf` gives a text for (null: the file is not there). */
export function mockServerOfScripts(textOf: (path: string) => string | null | undefined): MockServer {
  for (const path of SCRIPTS) {
    const text = textOf(path);
    if (text == null) continue;
    return mockServerOfScript(text);
  }
  return null;
}

/** The mock server one script runs: Steady where it names `@stdy/cli`, else Prism (null). */
export function mockServerOfScript(text: string): MockServer {
  // (The embedded spec some scripts carry is one long base64 word: no flag or package is read from it.)
  const lines = text.split('\n').filter((line) => !/^\s*#/.test(line) && line.length < 4000);
  const named = lines.map((line) => STEADY_PACKAGE.exec(line)).find((m) => m !== null);
  if (!named) return null;
  const version = named[1] !== undefined && isSafeVersion(named[1]) ? named[1] : null;
  const flags: string[] = [];
  for (const line of lines) {
    if (!STEADY_PACKAGE.test(line) && !/\bsteady\b/.test(line)) continue;
    for (const [flag] of line.matchAll(VALIDATOR_FLAG))
      if (isValidatorFlag(flag) && !flags.includes(flag)) flags.push(flag);
  }
  return { kind: 'steady', version, validatorFlags: flags };
}
