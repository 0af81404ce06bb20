/**
 * What Stainless's config options wrote beside the SDK that sdkgen does not write: `node_migration`'s upgrade guide
 * and CLI (phoebe-node's MIGRATION.md, bin/cli, bin/migration-config.json) and `generate_cloudflare_worker`'s worker
 * (leadsnap's packages/mcp-server/cloudflare-worker/). As Stainless wrote them they go, and the report says which
 * option wrote them and what their going means; the owners' edited guide stays theirs, whole.
 */
import { describe, expect, it } from 'vitest';
import { migrationReport } from '../generator/cli/commands/migrate';
import { planMigration } from '../generator/migrate/plan';
import { importsSdkgenLacks, removedExtras } from '../generator/migrate/repository/stainless-extras';
import { migrateResultOf } from './helpers/migrate-result';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

const WORKER = 'packages/mcp-server/cloudflare-worker/';
const stainless: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'acme', version: '1.0.0', bin: { acme: 'bin/cli' } }, null, 2),
  'bin/cli': "#!/usr/bin/env node\nrequire.resolve('./migration-config.json');\n",
  'bin/migration-config.json': '{ "pkg": "acme" }\n',
  'MIGRATION.md': '# Migration guide\n\nRun `npx acme migrate ./src` to update your code.\n',
  [`${WORKER}package.json`]: '{ "name": "remote-mcp-server", "dependencies": { "acme-mcp": "latest" } }\n',
  [`${WORKER}src/index.ts`]: "import { initMcpServer } from 'acme-mcp/server';\nimport 'acme-mcp';\n",
  'packages/mcp-server/package.json': '{ "name": "acme-mcp", "exports": { "./server": "./dist/server.js" } }\n',
};
const sdkgenPackage = JSON.stringify({ name: 'acme', version: '1.0.0', main: './dist/cjs/index.js' }, null, 2);

function planFor(edits: Record<string, string>) {
  const texts = { ...stainless, ...edits };
  return planMigration({
    current: checkoutOf(texts),
    base: baseOf(stainless),
    rendered: [
      { path: 'package.json', contents: sdkgenPackage },
      { path: 'packages/mcp-server/package.json', contents: '{ "name": "acme-mcp", "exports": { ".": "./s.js" } }' },
    ],
  });
}

describe("what Stainless's config options wrote that sdkgen does not", () => {
  it('goes as Stainless wrote it, each group named with its option in the report', () => {
    const plan = planFor({});
    expect(plan.removed).toEqual(
      expect.arrayContaining(['MIGRATION.md', 'bin/cli', 'bin/migration-config.json', `${WORKER}src/index.ts`]),
    );
    expect(plan.removedExtras.map(({ option, paths }) => ({ option, paths }))).toEqual([
      { option: 'node_migration', paths: ['MIGRATION.md', 'bin/cli', 'bin/migration-config.json'] },
      { option: 'generate_cloudflare_worker', paths: [WORKER] },
    ]);
    const report = migrationReport(migrateResultOf(plan), false);
    expect(report).toContain("What Stainless's config options wrote that sdkgen does not write, removed");
    expect(report).toContain(`  ${WORKER} (generate_cloudflare_worker): the MCP server's Cloudflare worker`);
    expect(report).toContain("it imports what sdkgen's MCP server does not export (acme-mcp/server)");
    expect(report).toContain('  MIGRATION.md, bin/cli, bin/migration-config.json (node_migration): the upgrade guide');
  });

  it('stays where the owners edited it: their guide whole, their worker as their package', () => {
    const plan = planFor({
      'MIGRATION.md': `${stainless['MIGRATION.md']}\nAsk us on Discord if the CLI misses a call.\n`,
      [`${WORKER}src/index.ts`]: `${stainless[`${WORKER}src/index.ts`]}// our OAuth screen\n`,
    });
    expect(plan.keptRepositoryFiles).toContain('MIGRATION.md');
    expect(plan.removed).not.toContain('MIGRATION.md');
    expect(plan.keptSubPackages).toEqual([WORKER]);
    // Their worker imports what sdkgen's MCP server does not export: it fails on the next build, and says so.
    expect(plan.removedCalls.map(({ at, command, removed }) => ({ at, command, removed }))).toEqual([
      {
        at: `${WORKER}src/index.ts:1`,
        command: "import { initMcpServer } from 'acme-mcp/server';",
        removed: ["acme-mcp/server, which sdkgen's MCP server does not export"],
      },
    ]);
    expect(plan.removedExtras.map(({ option, paths }) => ({ option, paths }))).toEqual([
      { option: 'node_migration', paths: ['bin/cli', 'bin/migration-config.json'] },
    ]);
  });

  it('names a package of Stainless’s in which sdkgen writes nothing, and none it writes into', () => {
    const paths = ['tools/seed/package.json', 'tools/seed/run.ts', 'packages/mcp-server/package.json'];
    const inputs = {
      current: paths.map((path) => ({ path, text: '' })),
      base: { blobs: new Map(paths.map((path) => [path, path])), texts: new Map() },
      rendered: [{ path: 'packages/mcp-server/package.json', contents: '{}' }],
    };
    expect(removedExtras(paths, new Set(), inputs)).toEqual([
      { option: null, what: expect.any(String), paths: ['tools/seed/'] },
    ]);
    // The MCP server package itself, where the config asks for none now.
    expect(removedExtras(paths, new Set(), { ...inputs, rendered: [] }).map((e) => e.option)).toEqual([
      'mcp_server',
      null,
    ]);
  });

  it('tells which imports of the MCP server a worker makes that sdkgen’s package does not export', () => {
    const worker = [{ text: "import { x } from 'acme-mcp/server';\nimport { y } from 'acme-mcp/options';\n" }];
    const ours = '{ "name": "acme-mcp", "exports": { ".": "./s.js", "./server": "./s.js" } }';
    expect(importsSdkgenLacks(worker, 'acme-mcp', ours)).toEqual(['acme-mcp/options']);
    expect(importsSdkgenLacks(worker, 'acme-mcp', undefined)).toEqual(['acme-mcp/options', 'acme-mcp/server']);
  });
});
