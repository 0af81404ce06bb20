/**
 * The owners' code of a migrated repository compiles under the tsconfig.json migrate writes as it did under
 * Stainless's: a default import of a CommonJS package (`import WebSocket from 'ws'`), compiled to CommonJS as Jest's
 * ts-jest compiles the owners' tests with that tsconfig, needs the `esModuleInterop` Stainless's tsconfig set. A
 * package of that shape (`export =` a class) is written into the test's folder; the code is compiled with tsc and run.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate.test.ts samples the owners' code compiling after the move (docs/contributing.md, "What `npm test`
// samples").
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relaxCompilerOptions } from '../generator/migrate/package/compiler-options';
import type { RenderedFile } from '../generator/emit/render';
import { generateFrom, runTsc, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

// Stainless's TypeScript SDKs' tsconfig.json, as far as it concerns modules.
const STAINLESS_TSCONFIG = `{
  "include": ["src", "tests", "examples"],
  "compilerOptions": {
    "target": "es2020",
    "lib": ["es2020"],
    "module": "commonjs",
    "moduleResolution": "node",
    "esModuleInterop": true,
    "noEmit": true,
    "strict": true,
    "isolatedModules": false,
    "skipLibCheck": true
  }
}
`;

// `ws`'s shape: a CommonJS module whose export is a class (`module.exports = WebSocket`, typed `export = WebSocket`).
const SOCKET_PACKAGE = {
  'package.json': JSON.stringify({ name: 'socket-lib', version: '1.0.0', main: 'index.js', types: 'index.d.ts' }),
  'index.js': 'class WebSocket {\n  constructor(url) {\n    this.url = url;\n  }\n}\nmodule.exports = WebSocket;\n',
  'index.d.ts': 'declare class WebSocket {\n  constructor(url: string);\n  url: string;\n}\nexport = WebSocket;\n',
};

// \`@types/ws\`'s shape: \`exports\` gives ES-module types to an import (a default export, whose module namespace is no
// class) and the \`export =\` ones otherwise; resolution that ignores \`exports\` (Stainless's \`node\`) reads the latter.
const TYPED_SOCKET_PACKAGE = {
  'package.json': JSON.stringify({
    name: 'typed-socket',
    version: '1.0.0',
    main: 'index.js',
    types: 'index.d.ts',
    exports: { '.': { types: { import: './index.d.mts', default: './index.d.ts' }, default: './index.js' } },
  }),
  'index.js': 'module.exports = class WebSocket {};\n',
  'index.d.ts':
    'declare class WebSocket {\n  constructor(url: string);\n  on(event: "message", listener: (data: string) => void): void;\n}\nexport = WebSocket;\n',
  'index.d.mts':
    'declare class WebSocket {\n  constructor(url: string);\n  on(event: "message", listener: (data: string) => void): void;\n}\nexport default WebSocket;\n',
};

// The owners' code takes the package's class as a value's type, as a module (\`typeof import('ws')\`).
const OWNERS_CONNECT = `type SocketClass = typeof import('typed-socket');

export function connect(Socket: SocketClass, url: string): string[] {
  const received: string[] = [];
  new Socket(url).on('message', (data) => received.push(data));
  return received;
}
`;

const OWNERS_CODE = `import WebSocket from 'socket-lib';

export function open(url: string): string {
  return new WebSocket(url).url;
}
`;

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1' },
  paths: { '/pets': { get: { operationId: 'listPets', responses: { '204': { description: 'none' } } } } },
};

let root = '';
let ours = '';
let generated: RenderedFile[] = [];

beforeAll(async () => {
  root = tempDir('migrate-compiler-options');
  const result = await generateFrom(root, SPEC, null, {
    format: false,
  });
  generated = result.files;
  ours = result.files.find((f) => f.path === 'tsconfig.json')!.contents;
  const lib = path.join(root, 'node_modules/socket-lib');
  mkdirSync(lib, { recursive: true });
  for (const [name, text] of Object.entries(SOCKET_PACKAGE)) writeFileSync(path.join(lib, name), text);
  mkdirSync(path.join(root, 'src/lib'), { recursive: true });
  writeFileSync(path.join(root, 'src/lib/socket.ts'), OWNERS_CODE);
  const typed = path.join(root, 'node_modules/typed-socket');
  mkdirSync(typed, { recursive: true });
  for (const [name, text] of Object.entries(TYPED_SOCKET_PACKAGE)) writeFileSync(path.join(typed, name), text);
  writeFileSync(path.join(root, 'src/lib/connect.ts'), OWNERS_CONNECT);
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Compiles the owners' file to CommonJS with `tsconfig` (as ts-jest does), then calls it; what tsc and Node said. */
function compileAsJest(name: string, tsconfig: string): { tsc: string; ran: string } {
  writeFileSync(path.join(root, `${name}.base.json`), tsconfig);
  const out = path.join(root, `out-${name}`);
  writeFileSync(
    path.join(root, `${name}.json`),
    JSON.stringify({
      extends: `./${name}.base.json`,
      compilerOptions: {
        module: 'commonjs',
        moduleResolution: 'node10',
        noEmit: false,
        outDir: out,
        rootDir: root,
        paths: {},
      },
      include: ['src/lib/socket.ts'],
    }),
  );
  const tsc = runTsc(path.join(root, `${name}.json`)).output;
  // The compiled modules are CommonJS, whatever the package around them says.
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'package.json'), '{ "type": "commonjs" }\n');
  let ran: string;
  try {
    ran = execFileSync(process.execPath, ['-e', `console.log(require('./src/lib/socket.js').open('ws://x'))`], {
      cwd: out,
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
  } catch (error) {
    ran = String((error as { stderr?: string }).stderr ?? error);
  }
  return { tsc, ran };
}

describe.runIf(SLOW_FULL)("migrate keeps Stainless's esModuleInterop for the owners' code", () => {
  it("sdkgen's own tsconfig does not compile the default import of a CommonJS package to CommonJS", () => {
    const { tsc } = compileAsJest('sdkgen', ours);
    expect(tsc).toMatch(/can only be default-imported using the 'esModuleInterop' flag/);
  });

  it('the migrated tsconfig compiles it, and the import is the class, constructed at run time', () => {
    const relaxed = relaxCompilerOptions(ours, STAINLESS_TSCONFIG);
    expect(relaxed?.options).toContain('esModuleInterop');
    const { tsc, ran } = compileAsJest('migrated', relaxed!.text);
    expect(tsc).toBe('');
    expect(ran).toBe('ws://x');
  });

  it("the migrated SDK, the owners' file in it, type-checks under it as sdkgen builds it (ES modules, Stainless's resolution)", () => {
    const relaxed = relaxCompilerOptions(ours, STAINLESS_TSCONFIG)!;
    const options = (JSON.parse(relaxed.text) as { compilerOptions: Record<string, unknown> }).compilerOptions;
    // ES modules still (the package's ES build extends this tsconfig), resolved as Stainless's tsconfig resolved them.
    expect(options).toMatchObject({ esModuleInterop: true, module: 'ESNext', moduleResolution: 'node' });
    writeFiles(root, generated);
    writeFileSync(path.join(root, 'tsconfig.json'), relaxed.text);
    const { status, output } = runTsc(path.join(root, 'tsconfig.json'));
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

describe.runIf(SLOW_FULL)("migrate keeps Stainless's resolveJsonModule for the owners' JSON imports", () => {
  it("an owners' test importing package.json type-checks under the migrated tsconfig", () => {
    const withJson = STAINLESS_TSCONFIG.replace(
      '"skipLibCheck": true',
      '"skipLibCheck": true,\n    "resolveJsonModule": true',
    );
    const relaxed = relaxCompilerOptions(ours, withJson)!;
    expect(relaxed.options).toContain('resolveJsonModule');
    const check = (name: string, tsconfig: string) => {
      writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'owners-sdk', version: '1.2.3' }));
      mkdirSync(path.join(root, 'tests'), { recursive: true });
      writeFileSync(
        path.join(root, 'tests', 'version.ts'),
        "import pkg from '../package.json';\nexport const version: string = pkg.version;\n",
      );
      writeFileSync(path.join(root, `${name}.base.json`), tsconfig);
      const project = path.join(root, `${name}.json`);
      writeFileSync(project, JSON.stringify({ extends: `./${name}.base.json`, include: ['tests/version.ts'] }));
      return runTsc(project).output;
    };
    // Stainless's `node` resolution is carried (above), under which JSON modules are off unless the flag comes too.
    const withoutFlag = relaxCompilerOptions(ours, STAINLESS_TSCONFIG)!.text;
    expect(check('json-without-flag', withoutFlag)).toContain('resolveJsonModule');
    expect(check('json-migrated', relaxed.text)).toBe('');
  });
});

describe.runIf(SLOW_FULL)("migrate keeps Stainless's module resolution for the owners' code", () => {
  /** tsc's errors for the owners' `src/lib/connect.ts` alone, with `tsconfig`. */
  function checkConnect(name: string, tsconfig: string): string {
    writeFileSync(path.join(root, `${name}.base.json`), tsconfig);
    const project = path.join(root, `${name}.json`);
    writeFileSync(project, JSON.stringify({ extends: `./${name}.base.json`, include: ['src/lib/connect.ts'] }));
    return runTsc(project).output;
  }

  it("under sdkgen's bundler resolution, `typeof import('ws')` is an ES module's namespace: not constructable", () => {
    const output = checkConnect('connect-sdkgen', ours);
    expect(output).toContain('error TS2351');
    expect(output).toContain("Parameter 'data' implicitly has an 'any' type");
  });

  it("the migrated tsconfig resolves as Stainless's did (`node`): the owners' code type-checks as it did", () => {
    const relaxed = relaxCompilerOptions(ours, STAINLESS_TSCONFIG)!;
    expect(relaxed.options).toContain('moduleResolution');
    expect(checkConnect('connect-migrated', relaxed.text)).toBe('');
  });

  it('a resolution that needs another module kind (node16, nodenext) is not carried: sdkgen keeps its own', () => {
    const nodeNext = STAINLESS_TSCONFIG.replace('"node"', '"nodenext"').replace('"commonjs"', '"nodenext"');
    expect(relaxCompilerOptions(ours, nodeNext)?.options ?? []).not.toContain('moduleResolution');
  });
});
