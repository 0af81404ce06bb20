/**
 * The safety net of issue 91: a printed Python file flagged `inFormatterLayout` is written as printed, Ruff never
 * sees it, so its text must be exactly what Ruff leaves. For the flagship and the Python fixtures (generated here,
 * in-process: no Python needed), every flagged file is formatted by Ruff's WebAssembly build and must come back
 * byte for byte; and the share of printed files flagged on the flagship may not fall (a printer that stops
 * flagging costs Ruff's load again). `npm run test:python` (SDKGEN_PYTHON_TESTS=full) checks the fast corpus subset
 * too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import type { RenderedFile } from '../../generator/emit/render';
import { formatPython } from '../../generator/format/ruff';
import {
  docstringInLayout,
  layoutAssignment,
  layoutExpr,
  layoutFromImport,
} from '../../generator/emit/python/py-layout';
import { pyDocstring } from '../../generator/emit/python/docs/print-doc';
import { RuffPool } from '../../generator/format/ruff-pool';
import { ROOT, sharedPath } from '../helpers/paths';
import { FULL_ONLY_NOTICE, listFiles, PYTHON_FULL } from '../helpers/python';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const RUNTIME = new Set(listFiles(path.join(ROOT, 'templates/python/runtime'), /\.py$/));
/** The flagship's printed .py files flagged today (all 209: a generation of it never loads Ruff). */
const FLAGSHIP_FLAGGED_SHARE = 1;

interface Printed {
  flagged: RenderedFile[];
  unflagged: RenderedFile[];
}

/** The Python SDK of `spec`, generated in-process: its printed .py files (not the runtime copied as it is). */
async function printedFiles(spec: string, config?: string): Promise<Printed> {
  const result = await generate({ spec, config: config ?? null, target: 'python' });
  const printed = result.files.filter(
    (file) => file.path.endsWith('.py') && !RUNTIME.has(file.path.replace(/^src\/\w+\//, '')),
  );
  return {
    flagged: printed.filter((file) => file.inFormatterLayout),
    unflagged: printed.filter((file) => !file.inFormatterLayout),
  };
}

/** The flagged files Ruff would change: each with its first changed line, as printed and as Ruff writes it. */
function offLayout(files: RenderedFile[]): string[] {
  return files.flatMap((file) => {
    const formatted = formatPython(file.contents, file.path);
    if (formatted === file.contents) return [];
    const printed = file.contents.split('\n');
    const ruff = formatted.split('\n');
    const at = printed.findIndex((line, i) => line !== ruff[i]);
    return [`${file.path}:${at + 1}: printed ${JSON.stringify(printed[at])}, Ruff ${JSON.stringify(ruff[at])}`];
  });
}

describe('Ruff for a new generation', () => {
  it('loads no Ruff before a file needs formatting: a run whose files are all flagged never loads it', async () => {
    const pool = RuffPool.start();
    // (No pool on one core: Ruff then loads on this thread, also only when a file needs it.)
    if (pool === null) return;
    try {
      expect(pool.threadsStarted).toBe(0);
      expect(await pool.format('x = {"a":1}\n', 'a.py')).toBe('x = {"a": 1}\n');
      // (A small first file is formatted on this thread: test/python/streamed-files.test.ts.)
      expect(pool.threadsStarted).toBe(0);
    } finally {
      pool.close();
    }
  });
});

/** `lines` as a method body's statements, unchanged by Ruff. */
function asRuffLeavesIt(text: string | null): void {
  expect(text).not.toBeNull();
  const module = `class A:\n    def f(self):\n${text}\n        return None\n`;
  expect(formatPython(module, 'a.py')).toBe(module);
}

describe('statements too long for one line, laid out as Ruff leaves them', () => {
  const long = `${'Long'.repeat(30)}Name`;
  const indent = '        ';

  it('a docstring ending in an escaped quote or backslash keeps its closing quotes', () => {
    for (const text of ['Says "hi"', 'Ends in a backslash \\', 'Quoted \\"']) {
      const doc = pyDocstring(text, indent);
      expect(docstringInLayout(doc, indent), doc).toBe(true);
      asRuffLeavesIt(`${indent}${doc}`);
    }
  });

  it('a `from` import whose `X as X` name alone is too long: one name a line all the same', () => {
    const names = layoutFromImport('', '.resources.a', [`${long} as ${long}`, 'B as B']);
    expect(names).not.toBeNull();
    expect(formatPython(`${names}\n`, 'a.py')).toBe(`${names}\n`);
  });

  it('a class whose name alone is too long: its bases split after it', () => {
    const header = layoutExpr('', 'class ', `${long}(BaseModel)`, ':');
    expect(header).not.toBeNull();
    const module = `${header}\n    x: int\n`;
    expect(formatPython(module, 'a.py')).toBe(module);
  });

  it('nested subscripts of one name too long: split to the name, which stays long', () => {
    asRuffLeavesIt(layoutAssignment(indent, 'top_logprobs', `Optional[List[${long}]]`, 'None'));
    asRuffLeavesIt(layoutAssignment(indent, 'top_logprobs', `Optional[Iterable[${long}]]`, null));
  });

  it('a list of one element that does not fit: the element alone on its line, split in turn, no comma', () => {
    const call = `make(${long.slice(0, 60)}, ${long.slice(0, 60)})`;
    asRuffLeavesIt(layoutAssignment(indent, 'items', null, `[${call}]`));
    asRuffLeavesIt(layoutExpr(indent, 'return ', `wrap(first, [${call}])`));
  });

  it('an annotation of one name too long, no value: in parentheses of its own', () => {
    asRuffLeavesIt(layoutAssignment(indent, 'image_url', `${long.slice(0, 97)}ImageURL`, null));
  });
});

const fixtureSpecs = readdirSync(FIXTURES)
  .filter((name) => /\.ya?ml$/.test(name) && !name.includes('.stainless.'))
  .sort();

describe('Python files printed in Ruff layout', () => {
  it('the flagship: every flagged file is as Ruff leaves it, and most printed files are flagged', async () => {
    const { flagged, unflagged } = await printedFiles(
      path.join(ROOT, 'specs/smithery.openapi.yml'),
      path.join(ROOT, 'specs/smithery.sdkgen.yaml'),
    );
    expect(offLayout(flagged)).toEqual([]);
    const share = flagged.length / (flagged.length + unflagged.length);
    expect(share, `${flagged.length} of ${flagged.length + unflagged.length} flagged`).toBeGreaterThanOrEqual(
      FLAGSHIP_FLAGGED_SHARE,
    );
    // The type modules, the client, the packages' `__init__.py` and pagination are all printed in Ruff's layout.
    const mine = /^src\/\w+\/(types\/.*|_client\.py|_version\.py|pagination\.py|(resources\/.*)?__init__\.py)$/;
    expect(unflagged.map((file) => file.path).filter((p) => mine.test(p))).toEqual([]);
  }, 60_000);

  it.each(fixtureSpecs)(
    'the fixture %s: every flagged file is as Ruff leaves it',
    async (name) => {
      const config = path.join(FIXTURES, name.replace(/\.ya?ml$/, '.stainless.yml'));
      const { flagged } = await printedFiles(path.join(FIXTURES, name), existsSync(config) ? config : undefined);
      expect(offLayout(flagged)).toEqual([]);
    },
    30_000,
  );
});

const CORPUS = sharedPath('corpus');
const corpusSpecs = existsSync(path.join(CORPUS, 'run-corpus.mjs'))
  ? ['public', 'edge-cases'].flatMap((set) =>
      (
        JSON.parse(readFileSync(path.join(CORPUS, set, 'manifest.json'), 'utf8')) as {
          specs: Array<{ file: string; stratum: string }>;
        }
      ).specs
        .filter((spec) => set !== 'public' || spec.stratum === 'small')
        .map((spec) => path.join(CORPUS, set, spec.file))
        .sort(),
    )
  : [];
/** The Stainless compatibility projects' specs and configs (test/python/stainless-compat-python.test.ts). */
const COMPAT = sharedPath('stainless-compat-python');
const compatProjects = existsSync(COMPAT)
  ? readdirSync(COMPAT)
      .sort()
      .map((name) => path.join(COMPAT, name))
      .flatMap((dir) => {
        if (!existsSync(path.join(dir, 'expected'))) return [];
        const spec = readdirSync(dir).find((f) => /^openapi\.(ya?ml|json)$/.test(f));
        const config = readdirSync(dir).find((f) => /stainless\.ya?ml$/.test(f));
        return spec && config ? [{ spec: path.join(dir, spec), config: path.join(dir, config) }] : [];
      })
  : [];
if (!PYTHON_FULL) console.log(`ruff-layout (corpus, Stainless projects): ${FULL_ONLY_NOTICE}`);

describe.runIf(PYTHON_FULL && corpusSpecs.length + compatProjects.length > 0)(
  'Python files printed in Ruff layout, fast corpus and Stainless projects',
  () => {
    it('every flagged file of every SDK is as Ruff leaves it', async () => {
      const off: string[] = [];
      let flaggedCount = 0;
      let total = 0;
      let flaggedBytes = 0;
      let totalBytes = 0;
      for (const { spec, config } of [...corpusSpecs.map((spec) => ({ spec, config: undefined })), ...compatProjects]) {
        const { flagged, unflagged } = await printedFiles(spec, config);
        off.push(...offLayout(flagged).map((line) => `${path.basename(spec)}: ${line}`));
        flaggedCount += flagged.length;
        total += flagged.length + unflagged.length;
        const bytes = (files: RenderedFile[]) => files.reduce((sum, file) => sum + file.contents.length, 0);
        flaggedBytes += bytes(flagged);
        totalBytes += bytes(flagged) + bytes(unflagged);
      }
      console.log(
        `ruff-layout: fast corpus and Stainless projects: ${flaggedCount} of ${total} printed .py files flagged ` +
          `(${flaggedBytes} of ${totalBytes} characters)`,
      );
      expect(off).toEqual([]);
    }, 600_000);
  },
);
