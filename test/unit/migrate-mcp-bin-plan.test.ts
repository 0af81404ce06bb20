/**
 * planMigration with owners' edits to Stainless's MCP server and to its scripts/build (issue 89, supermemory's kind):
 * the server whose code they changed stays whole as theirs (sdkgen's server files left out, Stainless's banner
 * saying it is theirs), and their lines in a block of Stainless's build script go after sdkgen's build.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';

const BANNER = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const TOOL = `${BANNER}export function codeTool(blocked: string[]) {\n  return (code: string) => blocked.filter((m) => code.includes(m));\n}\n`;
const BUILD = `#!/usr/bin/env bash\nset -exuo pipefail\nrm -rf dist; mkdir dist\nif [ -e "bin/cli" ]; then\n  mkdir -p dist/bin\n  cp -p "bin/cli" dist/bin/;\nfi\n./node_modules/.bin/tsc-multi\n`;
const stainless = new Map([
  ['package.json', '{ "name": "acme", "version": "1.0.0" }\n'],
  ['scripts/build', BUILD],
  ['src/index.ts', `${BANNER}export {};\n`],
  [
    'packages/mcp-server/package.json',
    '{ "name": "acme-mcp", "version": "1.0.0", "dependencies": { "acme": "link:../../dist/" } }\n',
  ],
  ['packages/mcp-server/src/server.ts', `${BANNER}export const version = '1.0.0';\n`],
  ['packages/mcp-server/src/code-tool.ts', TOOL],
  ['packages/mcp-server/src/http.ts', `${BANNER}export const http = 1;\n`],
]);
const SDKGENS_BUILD = '#!/usr/bin/env bash\nset -euo pipefail\ncd "$(dirname "$0")/.."\n\nnpm run build\n';
const rendered = [
  { path: 'package.json', contents: '{ "name": "acme", "version": "1.0.0" }\n' },
  { path: 'scripts/build', contents: SDKGENS_BUILD },
  { path: 'src/index.ts', contents: 'export {};\n' },
  { path: 'packages/mcp-server/package.json', contents: '{ "name": "acme-mcp" }\n' },
  { path: 'packages/mcp-server/src/server.ts', contents: 'export function createServer() {}\n' },
  { path: 'packages/mcp-server/src/code-mode.ts', contents: 'export class CodeRunner {}\n' },
];
const base = { blobs: new Map([...stainless.keys()].map((path) => [path, `blob-${path}`])), texts: stainless };

function planWith(edits: Record<string, string>) {
  const current = [...new Map([...stainless, ...Object.entries(edits)])].map(([path, text]) => ({
    path,
    text,
    blob: stainless.get(path) === text ? `blob-${path}` : `edited-${path}`,
  }));
  return planMigration({ current, base, rendered });
}

describe("planMigration: Stainless's MCP server whose code the owners changed", () => {
  const edited = TOOL.replace('code.includes(m)', 'new RegExp(`\\\\b${m}\\\\s*\\\\(`).test(code)');
  const plan = planWith({ 'packages/mcp-server/src/code-tool.ts': edited });
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));

  it('is kept whole as theirs; sdkgen writes none of its server files there', () => {
    expect(plan.ownersMcpServers.map((s) => s.dir)).toEqual(['packages/mcp-server/']);
    expect(plan.ownersMcpServers[0]!.leftOut).toEqual([
      'packages/mcp-server/package.json',
      'packages/mcp-server/src/code-mode.ts',
      'packages/mcp-server/src/server.ts',
    ]);
    expect(plan.keptSubPackages).toEqual(['packages/mcp-server/']);
    expect(plan.removed.filter((path) => path.startsWith('packages/'))).toEqual([]);
    expect(written.has('packages/mcp-server/src/code-mode.ts')).toBe(false);
    expect(plan.generated.map((f) => f.path).filter((path) => path.startsWith('packages/'))).toEqual([]);
    expect(plan.rejected).toEqual([]);
  });

  it('keeps their edit, says in Stainless’s banner that the files are theirs, and builds against the root', () => {
    const tool = written.get('packages/mcp-server/src/code-tool.ts')!;
    expect(tool).toContain('new RegExp(`\\\\b${m}\\\\s*\\\\(`).test(code)');
    expect(tool).not.toMatch(/generated from our OpenAPI spec by Stainless/);
    expect(written.get('packages/mcp-server/src/http.ts')).toMatch(/^\/\/ Written by Stainless's generator; /);
    expect(written.get('packages/mcp-server/package.json')).toContain('"acme": "file:../.."');
  });

  it('is sdkgen’s as before where only a release moved its version', () => {
    const bumped = planWith({
      'packages/mcp-server/src/server.ts': `${BANNER}export const version = '1.1.0';\n`,
      'packages/mcp-server/package.json':
        '{ "name": "acme-mcp", "version": "1.1.0", "dependencies": { "acme": "link:../../dist/" } }\n',
    });
    expect(bumped.ownersMcpServers).toEqual([]);
    expect(bumped.keptSubPackages).toEqual([]);
    expect(bumped.writes.map((f) => f.path)).toContain('packages/mcp-server/src/code-mode.ts');
  });
});

describe("planMigration: the owners' lines in a block of Stainless's scripts/build", () => {
  it('go after sdkgen’s build, in their block; nothing is left for a person', () => {
    const steps = '  (cd apps/cli && npm run bundle)\n  node tools/join-cli.cjs bin/cli dist/bin/cli\n';
    const plan = planWith({ 'scripts/build': BUILD.replace('dist/bin/;\n', `dist/bin/;\n${steps}`) });
    const build = plan.writes.find((f) => f.path === 'scripts/build')!.contents;
    expect(build).toBe(
      `${SDKGENS_BUILD}\nif [ -e "bin/cli" ]; then\n  mkdir -p dist/bin\n  cp -p "bin/cli" dist/bin/;\n${steps}fi\n`,
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.reapplied).toContainEqual({ path: 'scripts/build', hunks: 1 });
  });
});
