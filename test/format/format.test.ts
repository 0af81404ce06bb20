/**
 * The format stage: worker threads give the same bytes as this thread, errors name the file, files known to
 * be formatted are passed through, and the list of such files (dist/preformatted.json, by scripts/build.mjs)
 * only lists contents Prettier leaves unchanged. Also: the verbatim runtime files are kept formatted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../generator/diagnostics';
import {
  chooseFormatter,
  FormatError,
  formatFiles,
  nodeRunsOxfmt,
  PRETTIER_OPTIONS,
  PRETTIER_VERSION,
  preformattedList,
  sha256,
  type OxfmtModule,
  type PreformattedFile,
} from '../../generator/format/format';
import { ROOT } from '../helpers/paths';

const UNFORMATTED = [
  {
    path: 'src/a.ts',
    contents: `export function a( x:number,y:string ) { return {x,y, long: '${'a'.repeat(97)}'} }\n`,
  },
  {
    path: 'src/b.ts',
    contents: `import {A} from "./a.js"\nexport type B = A|null;\nexport const b = [1,2,3].map(x=>x*2)\n`,
  },
  { path: 'package.json', contents: `{"name":"x","version":"1.0.0","exports":{".":{"import":"./a.js"}}}` },
  { path: 'README.md', contents: `# Title\n* one\n* two\n\nSome   text.\n` },
  { path: '.gitignore', contents: `node_modules\n` },
];

function runtimeTemplateFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) out.push(full);
    }
  };
  for (const dir of ['templates/base/src/core', 'templates/base/src/internal']) walk(path.join(ROOT, dir));
  return out.sort();
}

describe('formatFiles', () => {
  it('formats .ts, .json and .md with Prettier and leaves other files alone', async () => {
    const out = await formatFiles(UNFORMATTED, { formatter: 'prettier', workers: 1 });
    expect(out.map((f) => f.path)).toEqual(UNFORMATTED.map((f) => f.path));
    expect(out[0].contents).toContain('export function a(x: number, y: string) {');
    expect(out[1].contents).toBe(
      `import { A } from './a.js';\nexport type B = A | null;\nexport const b = [1, 2, 3].map((x) => x * 2);\n`,
    );
    expect(out[3].contents).toBe(`# Title\n\n- one\n- two\n\nSome text.\n`);
    expect(out[4].contents).toBe(UNFORMATTED[4].contents);
  });

  it('gives the same bytes in worker threads as in this thread', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      ...UNFORMATTED[i % 4],
      path: `f${i}/${UNFORMATTED[i % 4].path}`,
    }));
    const inThread = await formatFiles(many, { formatter: 'prettier', workers: 1 });
    const inWorkers = await formatFiles(many, { formatter: 'prettier', workers: 3 });
    expect(inWorkers).toEqual(inThread);
  });

  it('names the file it cannot parse, in this thread and in workers', async () => {
    const broken = [...UNFORMATTED, { path: 'src/broken.ts', contents: 'export const = ;\n' }];
    for (const workers of [1, 2]) {
      const error = await formatFiles(broken, { formatter: 'prettier', workers }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FormatError);
      expect((error as Error).message).toContain('src/broken.ts');
    }
  });

  it('passes everything through with formatter none', async () => {
    expect(await formatFiles(UNFORMATTED, { formatter: 'none' })).toEqual(UNFORMATTED);
  });

  it('skips the runtime files that dist/preformatted.json lists, and only those', async () => {
    const list = preformattedList();
    expect(list, 'dist/preformatted.json is missing or stale: run `npm run build`').not.toBeNull();
    const runtime = runtimeTemplateFiles().map((file) => ({
      path: path.relative(ROOT, file),
      contents: readFileSync(file, 'utf8'),
    }));
    for (const file of runtime) expect(list!.has(file.contents), file.path).toBe(true);
    expect(list!.has(UNFORMATTED[1].contents)).toBe(false);
    // A listed file is not formatted again: a deliberately unformatted copy with the same name is.
    const out = await formatFiles([...runtime, { path: 'src/core/x.ts', contents: UNFORMATTED[1].contents }], {
      formatter: 'prettier',
      workers: 1,
    });
    expect(out.slice(0, runtime.length)).toEqual(runtime);
    expect(out[runtime.length].contents).not.toBe(UNFORMATTED[1].contents);
  });
});

describe('oxfmt, the default formatter', () => {
  /** Runs `body` with SDKGEN_FORMATTER set to `value` (or unset), restoring it after. */
  async function withEnv<T>(value: string | undefined, body: () => Promise<T> | T): Promise<T> {
    const saved = process.env.SDKGEN_FORMATTER;
    if (value === undefined) delete process.env.SDKGEN_FORMATTER;
    else process.env.SDKGEN_FORMATTER = value;
    try {
      return await body();
    } finally {
      if (saved === undefined) delete process.env.SDKGEN_FORMATTER;
      else process.env.SDKGEN_FORMATTER = saved;
    }
  }

  it("is used when nothing says otherwise, and gives Prettier's bytes", async () => {
    const notices: string[] = [];
    const byDefault = await withEnv(undefined, () => formatFiles(UNFORMATTED, { onNotice: (m) => notices.push(m) }));
    const byPrettier = await formatFiles(UNFORMATTED, { formatter: 'prettier', workers: 1 });
    expect(byDefault).toEqual(byPrettier);
    expect(notices).toEqual([]);
  });

  it('--formatter wins over SDKGEN_FORMATTER, which wins over the config file; a wrong name is a usage error', async () => {
    await withEnv(undefined, () => {
      expect(chooseFormatter()).toBe('oxfmt');
      expect(chooseFormatter(null, 'prettier')).toBe('prettier');
      expect(chooseFormatter('none', 'prettier')).toBe('none');
    });
    await withEnv('Prettier', () => {
      expect(chooseFormatter(null, 'none')).toBe('prettier');
      expect(chooseFormatter('oxfmt', 'none')).toBe('oxfmt');
    });
    await withEnv('biome', () =>
      expect(() => chooseFormatter()).toThrow(
        new UsageError('SDKGEN_FORMATTER must be oxfmt, prettier or none, got "biome"'),
      ),
    );
    expect(() => chooseFormatter('black')).toThrow(UsageError);
  });

  it('names the file it cannot parse', async () => {
    const broken = [...UNFORMATTED, { path: 'src/broken.ts', contents: 'export const = ;\n' }];
    const error = await formatFiles(broken, { formatter: 'oxfmt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as Error).message).toContain('src/broken.ts');
  });

  it('falls back to Prettier, with one notice, when oxfmt is not installed or has no build for this platform', async () => {
    const byPrettier = await formatFiles(UNFORMATTED, { formatter: 'prettier', workers: 1 });
    const missing = async (): Promise<OxfmtModule> => {
      throw new Error("Cannot find package 'oxfmt' imported from /x/dist/chunk.js");
    };
    const noBuild = async (): Promise<OxfmtModule> => ({
      format: async () => {
        throw new Error('Cannot find native binding. npm has a bug related to optional dependencies\nmore lines');
      },
    });
    for (const [importOxfmt, reason] of [
      [missing, "Cannot find package 'oxfmt'"],
      [noBuild, 'Cannot find native binding'],
    ] as const) {
      const notices: string[] = [];
      const out = await formatFiles(UNFORMATTED, {
        formatter: 'oxfmt',
        workers: 1,
        importOxfmt,
        onNotice: (m) => notices.push(m),
      });
      expect(out).toEqual(byPrettier);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^oxfmt cannot run here \(.*\); formatting with Prettier instead \(slower\)$/);
      expect(notices[0]).toContain(reason);
      expect(notices[0]).not.toContain('\n');
    }
  });

  it('stops with the command that installs Prettier where Prettier must format and is not installed', async () => {
    const missingOxfmt = async (): Promise<OxfmtModule> => {
      throw new Error("Cannot find package 'oxfmt' imported from /x/dist/chunk.js");
    };
    for (const options of [
      { formatter: 'prettier' as const },
      { formatter: 'oxfmt' as const, importOxfmt: missingOxfmt },
    ]) {
      const notices: string[] = [];
      const error = await formatFiles(UNFORMATTED, {
        ...options,
        findPrettier: () => null,
        onNotice: (m) => notices.push(m),
      }).catch((e: unknown) => e);
      expect(error, options.formatter).toBeInstanceOf(UsageError);
      expect((error as Error).message).toContain(`npm i -D prettier@${PRETTIER_VERSION}`);
      expect(notices).toEqual([]);
    }
    const fallback = await formatFiles(UNFORMATTED, { importOxfmt: missingOxfmt, findPrettier: () => null }).catch(
      (e: unknown) => e,
    );
    expect((fallback as Error).message).toMatch(
      /^oxfmt cannot run here \(Cannot find package 'oxfmt'.*\), and Prettier, which formats instead, is not installed/,
    );
    expect((fallback as Error).message).toContain('--formatter none');
    // Prettier 2, which a project may keep (any version installs beside sdkgen), is not used.
    const old = await formatFiles(UNFORMATTED, { formatter: 'prettier', findPrettier: () => '2.8.8' }).catch(
      (e: unknown) => e,
    );
    expect((old as Error).message).toBe(
      `formatter prettier: Prettier 2.8.8 is installed, not Prettier 3: npm i -D prettier@${PRETTIER_VERSION}, or use the default formatter, oxfmt`,
    );
    // oxfmt needs no Prettier, and none is needed for no formatting.
    const byPrettier = await formatFiles(UNFORMATTED, { formatter: 'prettier', workers: 1 });
    expect(await formatFiles(UNFORMATTED, { formatter: 'oxfmt', findPrettier: () => null })).toEqual(byPrettier);
    expect(await formatFiles(UNFORMATTED, { formatter: 'none', findPrettier: () => null })).toEqual(UNFORMATTED);
  });

  it('names the Prettier that sdkgen is tested with (its devDependency; Prettier is only an optional peer)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.devDependencies.prettier).toBe(PRETTIER_VERSION);
    expect(pkg.dependencies?.prettier).toBeUndefined();
    expect(pkg.peerDependencies.prettier).toBe('*');
    expect(pkg.peerDependenciesMeta.prettier).toEqual({ optional: true });
  });

  it('is not tried on Node versions its builds do not support (its engines: ^20.19.0 || >=22.12.0)', () => {
    expect(['18.20.4', '20.18.1', '21.7.3', '22.11.0'].filter((v) => nodeRunsOxfmt(v))).toEqual([]);
    expect(['20.19.0', '20.20.2', '22.12.0', '23.1.0', '24.0.0'].every((v) => nodeRunsOxfmt(v))).toBe(true);
  });

  it("leaves the preformatted runtime files unchanged too (so skipping them gives oxfmt's output)", async () => {
    const runtime = runtimeTemplateFiles().map((file) => ({
      path: path.relative(ROOT, file),
      contents: readFileSync(file, 'utf8'),
    }));
    const out = await formatFiles(runtime, { formatter: 'oxfmt', usePreformattedList: false });
    expect(out).toEqual(runtime);
  });
});

describe('dist/preformatted.json', () => {
  it('lists only contents that Prettier leaves unchanged', async () => {
    const list = JSON.parse(readFileSync(path.join(ROOT, 'dist/preformatted.json'), 'utf8')) as PreformattedFile;
    const byHash = new Map(runtimeTemplateFiles().map((file) => [sha256(readFileSync(file, 'utf8')), file]));
    expect(list.formatted.length).toBeGreaterThan(0);
    for (const entry of list.formatted) {
      const file = byHash.get(entry.sha256);
      if (!file) continue; // an entry for contents no longer in the templates: harmless
      const contents = readFileSync(file, 'utf8');
      expect(
        await prettier.format(contents, { ...PRETTIER_OPTIONS, parser: 'typescript' }),
        path.relative(ROOT, file),
      ).toBe(contents);
    }
  });
});

describe('templates/base/src/{core,internal}', () => {
  it('are Prettier-formatted (else every generate formats them again): fix with `npm run format:runtime`', async () => {
    for (const file of runtimeTemplateFiles()) {
      const contents = readFileSync(file, 'utf8');
      expect(
        await prettier.format(contents, { ...PRETTIER_OPTIONS, parser: 'typescript' }),
        path.relative(ROOT, file),
      ).toBe(contents);
    }
  });
});
