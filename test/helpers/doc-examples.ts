/**
 * The code a generated SDK shows its readers: every ```ts block of its README and every `@example` of its JSDoc,
 * extracted into programs that import the SDK by its package name (mapped onto its src/), for tsc to check.
 *
 * A README block is read as its reader reads it, after the Usage section: where it uses `client` without declaring
 * one, the client made there is in scope (`declare const client: Client`), and so is the client class. An `@example`
 * is read beside its method: a `client`, `fs` and the package's `toFile` are in scope.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sdkModuleSyntax, STRICT_OPTIONS } from './sdk';

export interface DocExample {
  /** Where it comes from: "README.md block 3 (## File uploads)", "src/resources/servers/releases.ts:44". */
  origin: string;
  code: string;
}

/** The ```ts (or ```typescript) blocks of a Markdown text, each with the heading it is under. */
export function readmeExamples(markdown: string, file = 'README.md', fences = /^```(ts|typescript)\s*$/): DocExample[] {
  const out: DocExample[] = [];
  let heading = '';
  let block: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (block) {
      if (/^```\s*$/.test(line)) {
        out.push({ origin: `${file} block ${out.length + 1} (${heading})`, code: block.join('\n') });
        block = null;
      } else block.push(line);
    } else if (fences.test(line)) block = [];
    else if (/^#+ /.test(line)) heading = line;
  }
  return out;
}

/**
 * The code blocks of the reference pages (`docs/sdks/<resource path>/README.md`), each under its method's section:
 * the class API's program and the standalone function's.
 */
export function referenceDocExamples(dir: string): DocExample[] {
  const pages = markdownFiles(path.join(dir, 'docs', 'sdks'));
  return pages.flatMap((page) => readmeExamples(readFileSync(page, 'utf8'), path.relative(dir, page)));
}

/** Markdown files under `dir` (recursively), sorted; none when it is missing. */
export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) =>
      e.isDirectory() ? markdownFiles(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : [],
    );
}

/** The code of every `@example` block (fenced ```ts) in the JSDoc of the TypeScript files under `dir`/src. */
export function jsdocExamples(dir: string): DocExample[] {
  const out: DocExample[] = [];
  for (const file of tsFiles(path.join(dir, 'src'))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const relative = path.relative(dir, file);
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*\* @example\s*$/.test(lines[i]!)) continue;
      const open = lines.findIndex((l, j) => j > i && /^\s*\* ```/.test(l));
      if (open < 0) throw new Error(`${relative}:${i + 1}: @example without a code fence`);
      const close = lines.findIndex((l, j) => j > open && /^\s*\* ```\s*$/.test(l));
      if (close < 0) throw new Error(`${relative}:${open + 1}: unclosed code fence`);
      out.push({
        origin: `${relative}:${i + 1}`,
        code: lines
          .slice(open + 1, close)
          .map((l) => l.replace(/^\s*\* ?/, ''))
          .join('\n'),
      });
      i = close;
    }
  }
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Names imported by `import ... from` lines of a block. */
export function importedNames(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/^import\s+(?:type\s+)?(.+?)\s+from\s+['"][^'"]+['"];?\s*$/gm)) {
    const clause = m[1]!;
    const named = /\{([^}]*)\}/.exec(clause);
    if (named)
      names.push(
        ...named[1]!
          .split(',')
          .map(
            (n) =>
              n
                .trim()
                .replace(/^type\s+/, '')
                .split(/\s+as\s+/)
                .pop()!,
          )
          .filter(Boolean),
      );
    const head = clause
      .replace(/\{[^}]*\}/, '')
      .replace(/,\s*$/, '')
      .trim();
    if (head) names.push(head.replace(/^\*\s+as\s+/, ''));
  }
  return names;
}

/**
 * Writes each example as a module under `<sdkDir>/doc-examples/` and a tsconfig that checks them with the SDK's
 * sources (tsc --strict, Node's types for `fs` and `Buffer`). Returns the tsconfig's path and the example files.
 * An import of the package (or a subpath of it) is written as the relative path of its source in `src/`, so that
 * the examples of several SDKs can also be checked as one program (`exampleProject`).
 */
export function writeExamplePrograms(
  sdkDir: string,
  examples: { readme: DocExample[]; jsdoc: DocExample[]; docs?: DocExample[] },
): { project: string; files: string[] } {
  const pkg = (JSON.parse(readFileSync(path.join(sdkDir, 'package.json'), 'utf8')) as { name: string }).name;
  const escaped = pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const specifier = new RegExp(`(['"])${escaped}(/[^'"]*)?\\1`, 'g');
  const fromSources = (code: string) =>
    code.replace(specifier, (_, quote: string, sub: string | undefined) => `${quote}../src${sub ?? '/index'}${quote}`);
  const client = /export \{ (\w+) as default/.exec(readFileSync(path.join(sdkDir, 'src/index.ts'), 'utf8'))?.[1];
  if (!client) throw new Error(`${sdkDir}/src/index.ts exports no default client`);
  const out = path.join(sdkDir, 'doc-examples');
  mkdirSync(out, { recursive: true });
  const files: string[] = [];
  const write = (name: string, origin: string, prelude: string[], code: string) => {
    const file = `${name}.ts`;
    writeFileSync(path.join(out, file), fromSources(`// ${origin}\n${prelude.join('\n')}\n${code}\nexport {};\n`));
    files.push(`doc-examples/${file}`);
  };
  examples.readme.forEach((e, i) => {
    const imported = importedNames(e.code);
    const prelude: string[] = [];
    const usesClass = new RegExp(`\\b${client}\\b`).test(e.code);
    const declaresClient = /\b(const|let)\s+client\b/.test(e.code);
    if (!imported.includes(client) && (usesClass || !declaresClient)) prelude.push(`import ${client} from '${pkg}';`);
    if (!declaresClient && /\bclient\b/.test(e.code)) prelude.push(`declare const client: ${client};`);
    write(`readme-${String(i + 1).padStart(2, '0')}`, e.origin, prelude, e.code);
  });
  // A reference page's example is a whole program: it imports and constructs what it uses.
  (examples.docs ?? []).forEach((e, i) => write(`docs-${String(i + 1).padStart(3, '0')}`, e.origin, [], e.code));
  examples.jsdoc.forEach((e, i) => {
    const prelude = [
      `import fs from 'node:fs';`,
      `import ${client}, { toFile } from '${pkg}';`,
      `declare const client: ${client};`,
    ];
    write(`jsdoc-${String(i + 1).padStart(3, '0')}`, e.origin, prelude, e.code);
  });
  const project = path.join(sdkDir, 'tsconfig.doc-examples.json');
  writeFileSync(
    project,
    JSON.stringify({
      compilerOptions: { ...EXAMPLE_OPTIONS, ...sdkModuleSyntax(sdkDir) },
      files,
    }),
  );
  return { project, files: files.map((f) => path.join(sdkDir, f)) };
}

const EXAMPLE_OPTIONS = { ...STRICT_OPTIONS, types: ['node'] };

/** A tsconfig at `dir` checking the example files of several SDKs (`writeExamplePrograms`) as one program. */
export function exampleProject(dir: string, files: string[]): string {
  const project = path.join(dir, 'tsconfig.doc-examples.json');
  writeFileSync(project, JSON.stringify({ compilerOptions: EXAMPLE_OPTIONS, files }));
  return project;
}
