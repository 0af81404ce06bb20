/**
 * Tests the owners added to Stainless's client test module (tests/index.test.ts), which sdkgen writes its own of:
 * turbopuffer's owners added a `describe('region option')` inside `describe('instantiate client') >
 * describe('baseUrl')`. Such an added block (a `describe`, `test` or `it`, whole) goes into sdkgen's module at the
 * describe path of the same names (the nearest one sdkgen's module has), with the hooks of Stainless's enclosing
 * describes it ran under (`beforeEach` saving `process.env`) put at the top of its body, and the imports it uses.
 * A test of Stainless's they changed (turbopuffer's 'empty env variable', now with a `region`) whose lines are not
 * in sdkgen's module (`missing`: the lines of their hunks not re-applied) goes the same way, whole, as their test,
 * where sdkgen's module has no test of that name there (it writes none for a base URL with a placeholder). A test
 * (added or changed) that needs its describes' hooks goes in a describe of its own name that holds them, so that it
 * runs under them as it did, and only it. Where sdkgen writes a test of
 * that name (differently: `withEnv`, the harness), theirs stays for a person: whether it passes against sdkgen's SDK
 * is not known here.
 */
import { identifiers } from './client-hooks';
import { importStatements } from './module-imports';
import { topLevelStatements } from '../repository/top-level';
import { importWithout } from '../reapply/duplicate-imports';

/** A statement of a test module or of a `describe` body, its lines at the body's indentation. */
export interface TestNode {
  kind: 'describe' | 'test' | 'hook' | 'other';
  name: string;
  /** Lines [start, end) of the module. */
  start: number;
  end: number;
  /** The statements of a describe's body, else none. */
  children: TestNode[];
}

const CALL = /^(describe|test|it)(?:\.\w+)?\(\s*(['"`])((?:\\.|(?!\2).)*)\2/;
const HOOK = /^(beforeEach|afterEach|beforeAll|afterAll)\(/;

/** The statements of `lines` [from, to), indented by `indent` spaces, and of the describes among them. */
export function testNodes(lines: string[], from: number, to: number, indent: number): TestNode[] {
  const body = lines.slice(from, to).map((line) => (line.startsWith(' '.repeat(indent)) ? line.slice(indent) : line));
  return topLevelStatements(body).map(({ start, code, end }) => {
    const first = body[code];
    const call = CALL.exec(first);
    const node: TestNode = {
      kind: call ? (call[1] === 'describe' ? 'describe' : 'test') : HOOK.test(first) ? 'hook' : 'other',
      name: call ? call[3] : '',
      start: from + start,
      end: from + end,
      children: [],
    };
    // A describe's body: the lines after its opening, before its closing `});`, indented by two more spaces.
    if (node.kind === 'describe' && /\{\s*$/.test(first) && end - code > 2)
      node.children = testNodes(lines, from + code + 1, from + end - 1, indent + 2);
    return node;
  });
}

const named = (nodes: TestNode[], kind: TestNode['kind'], name: string) =>
  nodes.find((n) => n.kind === kind && n.name === name);

/** `text`'s lines re-indented from `from` spaces to `to`. */
function reindented(lines: string[], from: number, to: number): string[] {
  return lines.map((line) => (line.trim() === '' ? '' : ' '.repeat(to) + line.slice(Math.min(from, indentOf(line)))));
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** A block the owners added, the names of the describes it sits in, and the statements of Stainless's ones. */
interface AddedBlock {
  node: TestNode;
  names: string[];
  enclosing: TestNode[][];
  /** A test of Stainless's they changed. */
  changed?: boolean;
}

/**
 * The owners' blocks added to Stainless's statements `before` in theirs, `after`, under describes `names`, and the
 * tests of Stainless's they changed (`lines`: Stainless's module's and theirs).
 */
function addedBlocks(
  before: TestNode[],
  after: TestNode[],
  names: string[],
  enclosing: TestNode[][],
  lines: { stainless: string[]; owners: string[] },
): AddedBlock[] {
  const found: AddedBlock[] = [];
  for (const node of after) {
    if (node.kind !== 'describe' && node.kind !== 'test') continue;
    const stainless = named(before, node.kind, node.name);
    if (stainless === undefined) found.push({ node, names, enclosing });
    else if (node.kind === 'describe')
      found.push(
        ...addedBlocks(
          stainless.children,
          node.children,
          [...names, node.name],
          [...enclosing, stainless.children],
          lines,
        ),
      );
    else if (normalTest(text(lines.stainless, stainless)) !== normalTest(text(lines.owners, node)))
      found.push({ node, names, enclosing, changed: true });
  }
  return found;
}

/** A test's code lines, trimmed. */
function normalTest(code: string): string {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * sdkgen's test module `sdkgens` with the blocks the owners added to Stainless's `pristine` (as `current`), and the
 * imports they use; null when they added none that can be carried. `harness`: sdkgen's test harness module, whose
 * names (`test`) are imported from it when a block calls one sdkgen's module does not use yet, and whose `expect`
 * must have the matchers a block calls when sdkgen's module takes `expect` from it.
 */
export function withAddedTestBlocks(
  pristine: string,
  current: string,
  sdkgens: string,
  harness: string,
  missing: ReadonlySet<string> = new Set(),
): string | null {
  const stainlessLines = pristine.split('\n');
  const ownersLines = current.split('\n');
  const stainless = testNodes(stainlessLines, 0, stainlessLines.length, 0);
  const owners = testNodes(ownersLines, 0, ownersLines.length, 0);
  const added = addedBlocks(stainless, owners, [], [], { stainless: stainlessLines, owners: ownersLines });
  if (added.length === 0) return null;
  let lines = sdkgens.split('\n');
  const carried: string[] = [];
  const placed: Array<{ at: number; lines: string[]; name: string }> = [];
  const sdkgenNodes = testNodes(lines, 0, lines.length, 0);
  const takesHarnessExpect = /^import \{[^}]*\bexpect\b[^}]*\} from '\.\/harness(\.js)?';$/m.test(sdkgens);
  const harnessMatchers = new Set(matchersOf(harness));
  for (const { node, names, enclosing, changed } of added) {
    // A changed test of Stainless's: theirs where a line of it is not in sdkgen's module (nor re-applied).
    const block = ownersLines.slice(node.start, node.end);
    if (changed && !block.some((line) => missing.has(line.trim()))) continue;
    // The hooks of Stainless's describes around it (and the declarations they read) ran before and after it there.
    const hooks = enclosing.flatMap((statements) => {
      const hookNodes = statements.filter((s) => s.kind === 'hook');
      const used = new Set(hookNodes.flatMap((h) => identifiers(text(stainlessLines, h))));
      return statements.filter((s) => s.kind === 'hook' || (s.kind === 'other' && declares(stainlessLines, s, used)));
    });
    // Jest's matchers sdkgen's harness's `expect` has not (`toBeNull`) would not compile there: for a person.
    if (takesHarnessExpect && !matchersOf(text(ownersLines, node)).every((m) => harnessMatchers.has(m))) continue;
    let target = sdkgenNodes;
    let at = lines.length;
    let indent = 0;
    for (const name of names) {
      const describe = named(target, 'describe', name);
      if (describe === undefined || describe.children.length === 0) break;
      target = describe.children;
      at = describe.end - 1;
      indent += 2;
    }
    if (changed && (named(target, 'test', node.name) || placed.some((p) => p.name === node.name && p.at === at)))
      continue;
    const blockIndent = indentOf(block.find((line) => line.trim() !== '') ?? '');
    // A test (added or changed) that ran under hooks goes in a describe of its name holding them.
    const wrapped = node.kind !== 'describe' && hooks.length > 0;
    let moved = reindented(block, blockIndent, indent + (wrapped ? 2 : 0));
    if (wrapped) {
      // Named as the test is, in the quotes it has.
      const [, , quote, name] = CALL.exec(block.map((line) => line.trim()).find((line) => CALL.test(line))!)!;
      moved = [`${' '.repeat(indent)}describe(${quote}${name}${quote}, () => {`, ...moved, `${' '.repeat(indent)}});`];
    }
    if (hooks.length > 0) {
      const hookLines = hooks.flatMap((h) => [
        ...reindented(stainlessLines.slice(h.start, h.end), indentOf(stainlessLines[h.start]), indent + 2),
        '',
      ]);
      moved = [moved[0], ...hookLines, ...moved.slice(1)];
    }
    carried.push(moved.join('\n'), ...hooks.map((h) => text(stainlessLines, h)));
    placed.push({ at, lines: ['', ...moved], name: node.name });
  }
  if (placed.length === 0) return null;
  // From the last to the first, so that each insertion leaves the lines of the ones before where they were.
  for (const { at, lines: inserted } of placed.map((p, i) => ({ ...p, i })).sort((a, b) => b.at - a.at || b.i - a.i)) {
    // At the end of a describe body: after its last statement, before its closing line.
    const before = at === lines.length && lines[at - 1] === '' ? at - 1 : at;
    lines = [...lines.slice(0, before), ...inserted, ...lines.slice(before)];
  }
  return withImports(lines.join('\n'), sdkgens, pristine, carried.join('\n'), harnessExportsOf(harness));
}

function text(lines: string[], node: TestNode): string {
  return lines.slice(node.start, node.end).join('\n');
}

/** Whether statement `node` declares one of `names` (`const env = process.env;`). */
function declares(lines: string[], node: TestNode, names: ReadonlySet<string>): boolean {
  const declared = /^(?:const|let|var)\s+([\w$]+)/.exec(lines.slice(node.start, node.end).join('\n').trim());
  return declared !== null && names.has(declared[1]);
}

/**
 * `module` with the imports `carried` needs: Stainless's import of a name sdkgen's module does not use, and the
 * harness's name (`test`) for a runner function sdkgen's module does not use yet (Stainless's tests took Jest's).
 */
function withImports(
  module: string,
  sdkgens: string,
  pristine: string,
  carried: string,
  harnessExports: ReadonlySet<string>,
): string {
  const usedBySdkgen = new Set(identifiers(sdkgens));
  const wanted = identifiers(carried).filter((name) => !usedBySdkgen.has(name));
  if (wanted.length === 0) return module;
  // Each import statement of Stainless's module that binds a name the carried tests use, without the names the
  // module imports already (an earlier stage's import of one of them: a duplicate identifier).
  const bound = new Set(importStatements(module).flatMap((parsed) => [...parsed.bindings.keys()]));
  const fromStainless = [...pristine.matchAll(/^import\s[^;]*?from\s+['"][^'"\n]+['"];?$/gm)]
    .map((match) => match[0])
    .filter((statement) =>
      importStatements(statement).some((parsed) =>
        [...parsed.bindings.keys()].some((name) => wanted.includes(name) && !bound.has(name)),
      ),
    )
    .map((statement) =>
      importStatements(statement).some((parsed) => [...parsed.bindings.keys()].some((name) => bound.has(name)))
        ? (importWithout(statement, bound) ?? statement)
        : statement,
    );
  let lines = module.split('\n');
  const harness = lines.findIndex((l) => /^import \{[^}]*\} from '\.\/harness(\.js)?';$/.test(l));
  const fromHarness = wanted.filter((name) => harnessExports.has(name));
  if (harness >= 0 && fromHarness.length > 0) {
    const [, names, rest] = /^import \{([^}]*)\}( from .*)$/.exec(lines[harness])!;
    const all = [...new Set([...names.split(',').map((n) => n.trim()), ...fromHarness])].filter(Boolean).sort();
    lines[harness] = `import { ${all.join(', ')} }${rest}`;
  }
  if (fromStainless.length > 0) {
    const lastImport = lines.reduce((last, l, i) => (/^import\s/.test(l) ? i : last), -1);
    lines = [...lines.slice(0, lastImport + 1), ...fromStainless, ...lines.slice(lastImport + 1)];
  }
  return lines.join('\n');
}

/** The matchers `code` calls or declares (`toEqual`, `toBeNull`). */
function matchersOf(code: string): string[] {
  return [...code.matchAll(/\b(to[A-Z]\w*)\s*\(/g)].map((m) => m[1]);
}

/** The names a test harness module exports (`export function it`, `export const test`). */
function harnessExportsOf(harness: string): Set<string> {
  return new Set([...harness.matchAll(/^export\s+(?:const|function|let)\s+([\w$]+)/gm)].map((m) => m[1]));
}

/** Whether every line `hunk` adds (`+`) is in `text`, trimmed: a hunk whose lines are there now. */
export function hunkCarried(hunk: string, text: string): boolean {
  const present = new Set(text.split('\n').map((line) => line.trim()));
  const added = hunk
    .split('\n')
    .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
    .map((line) => line.slice(1).trim())
    .filter((line) => line !== '');
  return added.length > 0 && added.every((line) => present.has(line));
}
