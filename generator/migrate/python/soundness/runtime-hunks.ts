/**
 * Why an owners' edit to one of Stainless's Python runtime modules (`_base_client.py`, `_client.py`, `_models.py`,
 * `_response.py`, `_streaming.py`, `_utils/…`) stayed out of sdkgen's module at that path. sdkgen writes its own
 * runtime there, close to Stainless's but other code: an edit is carried where it applies to sdkgen's module and what
 * it reads is there (reapply/hunks.ts, one-sided-insertions.ts, sound-module.ts), and is done where sdkgen's module has
 * its result (removed-already.ts, runtime-behaviours.ts); what is left is said edit by edit, so that a person knows
 * what to do with it: sdkgen's module has no such function (its runtime does that work elsewhere), or sdkgen's
 * function is written otherwise (none of the lines the edit changes or stands beside), and which names the edit reads
 * that sdkgen's module does not bind.
 *
 * Hook: generator/migrate/python/plan.ts, the reason of a rejected file's "needs a hand" entry.
 */
import { scopeOf } from '../already-done/comment-only';
import { boundNames } from './sound-module';
import { readModule } from '../source/statements';
import { inPackageMatching, packageDir } from '../../../emit/python/package-root';

/** A module of Stainless's Python runtime, where sdkgen writes its own: the package's `_x.py`, `_utils/…` (pathInPackage). */
const PYTHON_RUNTIME_MODULE = /^(?:_[^/]*\.py|_utils\/[^/]+\.py)$/;

export function isPythonRuntimeModule(path: string, importName: string): boolean {
  return inPackageMatching(path, importName, PYTHON_RUNTIME_MODULE);
}

/** Python's keywords and builtins a line may read without any module binding them. */
const UNBOUND_OK = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield self cls super ' +
    'abs all any bool bytes bytearray callable chr dict dir divmod enumerate filter float format frozenset getattr ' +
    'hasattr hash id int isinstance issubclass iter len list map max min next object open ord print property range ' +
    'repr reversed round set setattr slice sorted str sum tuple type vars zip print Exception BaseException ' +
    'TypeError ValueError KeyError IndexError RuntimeError AttributeError NotImplementedError StopIteration ' +
    'StopAsyncIteration NotImplemented Ellipsis __name__ __file__'
  ).split(' '),
);

/** Python's builtin exceptions and warnings (`ImportError`, `DeprecationWarning`): no module binds them. */
const BUILTIN_EXCEPTION =
  /^(?:[A-Z]\w*(?:Error|Warning)|Exception|BaseException|SystemExit|KeyboardInterrupt|GeneratorExit|StopIteration)$/;

/** A string literal on one line (any prefix, either quote, triple quotes too). */
const STRING = /[rRbBfFuU]*("""|''')[\s\S]*?\1|[rRbBfFuU]*"(?:[^"\\]|\\.)*"|[rRbBfFuU]*'(?:[^'\\]|\\.)*'/g;

/**
 * The names lines of code read: identifiers outside strings and comments, not after a `.` (an attribute) nor before a
 * lone `=` (a keyword argument, or a name the lines bind). A line inside a string running over lines (a quote mark
 * left open, a docstring's) is left out: its words are no names.
 */
function namesReadBy(lines: string[]): Set<string> {
  const names = new Set<string>();
  let openTriple: string | null = null;
  for (const line of lines) {
    // A line of a triple-quoted string opened on a line before (a docstring's body) holds no names.
    if (openTriple !== null) {
      if (line.includes(openTriple)) openTriple = null;
      continue;
    }
    const code = line.replace(STRING, '""');
    openTriple = /"""|'''/.exec(code)?.[0] ?? null;
    if (/["']/.test(code.replace(/""/g, ''))) continue;
    for (const m of code.replace(/#.*$/, '').matchAll(/(?<![\w.])[A-Za-z_]\w*(?!\w|\s*=(?!=))/g)) names.add(m[0]);
  }
  return names;
}

interface HunkParts {
  /** The scope (`AsyncAcme.__init__`, '' at the top level) the edit's first code line stands in. */
  scope: string;
  removed: string[];
  added: string[];
  /** The added lines that hold code in the owners' text: not a string's text (a docstring's, opened above the hunk). */
  addedCode: string[];
  context: string[];
}

/** A line that is code (not blank, not only a comment). */
const isCode = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/**
 * The hunk's lines, and its scope: that of the first code line it adds, read in the owners' text (Stainless's with the
 * hunk applied), else that of the first code line it takes out, in Stainless's (else of a comment line, so). (The line of Stainless's where an
 * insertion begins may be a blank one at a function's end: its indent says nothing of the scope.)
 */
function partsOf(hunk: string, stainless: string[]): HunkParts | null {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)(?:,(\d+))?/.exec(header);
  if (start === null) return null;
  if (!body.some((line) => line.startsWith('-') || line.startsWith('+'))) return null;
  const pick = (mark: string) => body.filter((line) => line.startsWith(mark)).map((line) => line.slice(1));
  // (`-N,0`: the lines go after line N; otherwise the hunk's old lines begin at line N, or where they stand nearest.)
  const stated = start[2] === '0' ? Number(start[1]) : Number(start[1]) - 1;
  const from = nearestRun(
    stainless,
    body.filter((line) => line[0] !== '+' && line[0] !== '\\').map((line) => line.slice(1)),
    stated,
  );
  const owners = stainless.slice(0, from);
  let old = from;
  // (The first added and removed lines of code, else of comments: a hunk may change a comment alone.)
  const [added, removed]: [number[], number[]] = [
    [-1, -1],
    [-1, -1],
  ];
  const note = (at: number[], text: string, i: number) => {
    const rank = isCode(text) ? 0 : text.trim() !== '' ? 1 : -1;
    if (rank >= 0 && at[rank] < 0) at[rank] = i;
  };
  const addedLines: number[] = [];
  for (const line of body) {
    const [mark, text] = [line[0], line.slice(1)];
    if (mark === '\\') continue;
    if (mark === '+') {
      note(added, text, owners.length);
      addedLines.push(owners.length);
      owners.push(text);
    } else if (mark === '-') {
      note(removed, text, old);
      old++;
    } else {
      owners.push(text);
      old++;
    }
  }
  owners.push(...stainless.slice(old));
  const candidates: Array<[string[], number]> = [
    [owners, added[0]],
    [stainless, removed[0]],
    [owners, added[1]],
    [stainless, removed[1]],
  ];
  const first = candidates.find(([, i]) => i >= 0);
  const scope = first === undefined ? '' : scopeOf(...first);
  const { code } = readModule(owners.join('\n'));
  const addedCode = addedLines.filter((i) => /[^\s"]/.test(code[i])).map((i) => owners[i]);
  return { scope, removed: pick('-'), added: pick('+'), addedCode, context: pick(' ') };
}

/**
 * Where `run` (a hunk's context and removed lines) stands in `lines` nearest to line `stated`, or `stated`: the text the
 * reason is read on may differ by some lines above the hunk from the one its numbers were taken on.
 */
function nearestRun(lines: string[], run: string[], stated: number): number {
  if (run.length === 0) return stated;
  const at = (i: number) => run.every((line, j) => lines[i + j]?.trimEnd() === line.trimEnd());
  for (let d = 0; d < lines.length; d++) {
    if (at(stated - d)) return stated - d;
    if (at(stated + d)) return stated + d;
  }
  return stated;
}

const shown = (line: string) => {
  const text = line.trim();
  return `\`${text.length > 70 ? `${text.slice(0, 67)}…` : text}\``;
};

/** What stands in the way of one rejected hunk of Stainless's runtime module `stainless` on sdkgen's `sdkgens`. */
function hunkObstacle(hunk: string, stainless: string[], sdkgens: string[], sdkgenBinds: Set<string>): string | null {
  const parts = partsOf(hunk, stainless);
  if (parts === null) return null;
  const { scope } = parts;
  const where = scope === '' ? 'at the top level' : `in \`${scope}\``;
  const scopes = new Set(sdkgens.map((_, i) => scopeOf(sdkgens, i + 1)));
  const has = new Set(sdkgens.map((line) => line.trim()));
  const said = (line: string) => /\w/.test(line) && !/^\s*#/.test(line);
  let why: string;
  if (scope !== '' && !scopes.has(scope))
    why = "sdkgen's module has no such function (its runtime does that otherwise)";
  else {
    const gone = parts.removed.filter(said).filter((line) => !has.has(line.trim()));
    const beside = parts.context.filter(said).filter((line) => has.has(line.trim()));
    why =
      gone.length > 0
        ? `sdkgen's ${scope === '' ? 'module' : 'function'} has no ${shown(gone[0])}, which your edit changes`
        : beside.length === 0
          ? `sdkgen's ${scope === '' ? 'module' : 'function'} has none of the lines your edit stands beside`
          : `sdkgen's ${scope === '' ? 'module' : 'function'} has the lines your edit stands beside in another order, ` +
            'with its own between them';
  }
  // (Names the edit's lines read that it does not bind itself, nor sdkgen's module anywhere.)
  const own = boundNames(parts.added.join('\n'));
  const unbound = [...namesReadBy(parts.addedCode)].filter(
    (name) => !UNBOUND_OK.has(name) && !BUILTIN_EXCEPTION.test(name) && !own.has(name) && !sdkgenBinds.has(name),
  );
  const reads =
    unbound.length > 0
      ? `; it reads ${unbound.map((n) => `\`${n}\``).join(', ')}, which sdkgen's module does not bind`
      : '';
  return `${where}: ${why}${reads}`;
}

/**
 * The report's reason for the owners' edits to Stainless's runtime module at `path` that were not carried (`hunks`, as
 * made to Stainless's text `stainless`), on sdkgen's module `sdkgens`; null for any other module.
 */
export function runtimeHunksReason(
  path: string,
  hunks: string[],
  stainless: string,
  sdkgens: string,
  importName: string,
): string | null {
  if (!isPythonRuntimeModule(path, importName) || hunks.length === 0) return null;
  const [theirs, ours] = [stainless.split('\n'), sdkgens.split('\n')];
  const binds = boundNames(sdkgens);
  const obstacles = [
    ...new Set(hunks.map((hunk) => hunkObstacle(hunk, theirs, ours, binds)).filter((o) => o !== null)),
  ];
  return (
    `your ${hunks.length} edit(s) to Stainless's runtime module, listed below as made to Stainless's file, are not ` +
    "carried into sdkgen's module at this path, its own runtime (other code, close to Stainless's): " +
    obstacles.join('; ') +
    ". Do what they do in sdkgen's module by hand (your edits are merged when it is regenerated), or in a module of " +
    `your own (${packageDir(importName)}/lib/)`
  );
}
