/**
 * The test files `npm test` leaves out of its run (vitest.config.ts, with SDKGEN_SKIP_GATED=1): those whose every
 * suite and test is gated on SDKGEN_SLOW_TESTS=full (`SLOW_FULL`), SDKGEN_PYTHON_TESTS=full (`PYTHON_FULL`) or
 * SDKGEN_E2E_TESTS=full (`E2E_FULL`) while that gate is off. Vitest would transform and import each of them to report all its tests skipped: 131 files, seconds
 * of CPU for nothing. `npm run test:slow` and `npm run test:python` set their gate, and so still run them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The gates a file's suites may carry, by the identifier the test files import, and whether each is on. */
export function gatesOff(env: NodeJS.ProcessEnv): Set<string> {
  const off = new Set<string>();
  if (env['SDKGEN_SLOW_TESTS'] !== 'full') off.add('SLOW_FULL');
  if (env['SDKGEN_PYTHON_TESTS'] !== 'full') off.add('PYTHON_FULL');
  if (env['SDKGEN_E2E_TESTS'] !== 'full') off.add('E2E_FULL');
  return off;
}

const SUITE_CALLS = new Set(['describe', 'it', 'test', 'suite']);

/** The name a call's callee starts with (`describe` of `describe.runIf(x)(…)`, of `it.each([…])(…)`). */
function rootName(node: ts.Expression): string | null {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return rootName(node.expression);
  if (ts.isCallExpression(node)) return rootName(node.expression);
  return null;
}

/** Whether `node` holds a call of describe/it/test anywhere (a suite declared inside a loop or a block, say). */
function declaresSuites(node: ts.Node): boolean {
  if (ts.isCallExpression(node) && SUITE_CALLS.has(rootName(node.expression) ?? '')) return true;
  return ts.forEachChild(node, declaresSuites) ?? false;
}

/**
 * The gate of a top-level statement `describe.runIf(GATE)(…)` (or `it.`, `test.`; `.skipIf(!GATE)` too), else null.
 * Only a gate named by itself counts: `runIf(SLOW_FULL && x)` may be off for another reason, and is left to Vitest.
 */
function gateOf(statement: ts.Statement): string | null {
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return null;
  const gated = statement.expression.expression;
  if (!ts.isCallExpression(gated) || gated.arguments.length !== 1) return null;
  const method = gated.expression;
  if (!ts.isPropertyAccessExpression(method) || !ts.isIdentifier(method.expression)) return null;
  if (!SUITE_CALLS.has(method.expression.text)) return null;
  const argument = gated.arguments[0]!;
  if (method.name.text === 'runIf' && ts.isIdentifier(argument)) return argument.text;
  if (
    method.name.text === 'skipIf' &&
    ts.isPrefixUnaryExpression(argument) &&
    argument.operator === ts.SyntaxKind.ExclamationToken &&
    ts.isIdentifier(argument.operand)
  )
    return argument.operand.text;
  return null;
}

/**
 * Whether every suite and test of the test file `text` is gated on a gate in `off`: it declares at least one, each
 * at the top level under such a gate, and no other top-level statement declares any.
 */
export function wholeGated(fileName: string, text: string, off: Set<string>): boolean {
  // Most files have no suite under a gate that is off: they are not parsed. The rest are parsed, since a line that
  // looks like an ungated suite may sit inside a template literal.
  const gated = [...text.matchAll(/^(?:describe|it|test|suite)\.(?:runIf\((\w+)\)|skipIf\(!(\w+)\))\(/gm)];
  if (!gated.some((match) => off.has(match[1] ?? match[2]!))) return false;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  let suites = 0;
  for (const statement of source.statements) {
    if (!declaresSuites(statement)) continue;
    const gate = gateOf(statement);
    if (gate === null || !off.has(gate)) return false;
    suites++;
  }
  return suites > 0;
}

/** The test files under `dir` (paths relative to `root`), at any depth; test/.tmp, other dot folders and node_modules aside. */
function testFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory())
      return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : testFiles(root, file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** The test files under `root`/test (as paths relative to `root`) whose every suite a gate in `off` holds back. */
export function wholeGatedFiles(root: string, off: Set<string>): string[] {
  if (off.size === 0) return [];
  return testFiles(root, 'test').filter((file) => wholeGated(file, readFileSync(path.join(root, file), 'utf8'), off));
}
