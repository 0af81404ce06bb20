/**
 * `sdkgen migrate` carries the owners' patches to Stainless's generated files whose surroundings sdkgen writes
 * otherwise, in a real git repository (the OneBusAway project of ../shared/stainless-compat, with an upload endpoint
 * and an MCP server added): the README's title and intro they rewrote, an `@example` they edited, a line they
 * inserted into an upload method's body, their edits to the MCP server package and the Cloudflare worker Stainless
 * wrote beside it. Each is in the new files after the move, and still there after a spec change regenerates them.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-owners-edits.test.ts samples the owners' edits carried by migrate (docs/contributing.md, "What
// `npm test` samples").
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { typeCheckStrict } from './helpers/generated-tests';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { tempDir } from './helpers/sdk';
import {
  HEADER,
  PROJECT,
  read,
  spec as specWithUpload,
  STAINLESS_UPLOAD,
  write,
  writeGenerationStubs,
} from './helpers/stainless-repository';
import { SLOW_FULL } from './helpers/slow-tests';

/** The project's config with the upload's resource and an MCP server. */
function configWithUploadAndMcp(): string {
  return read(PROJECT, 'stainless.yml')
    .replace(
      '  stops_for_location:',
      '  report_photo:\n    methods:\n      create: post /api/where/report-photo.json\n\n  stops_for_location:',
    )
    .replace(
      '  node:\n    package_name: onebusaway-sdk\n',
      '  node:\n    package_name: onebusaway-sdk\n    options:\n      mcp_server:\n        package_name: onebusaway-sdk-mcp\n',
    );
}

const STAINLESS_README = `# Onebusaway SDK TypeScript API Library

[![NPM version](<https://img.shields.io/npm/v/onebusaway-sdk.svg?label=npm%20(stable)>)](https://npmjs.org/package/onebusaway-sdk) ![npm bundle size](https://img.shields.io/bundlephobia/minzip/onebusaway-sdk)

Stainless's intro: what the library is, for the Onebusaway SDK REST API.

Stainless's pointers: the API's docs at [developer.onebusaway.org](https://developer.onebusaway.org), the methods in [api.md](api.md).

## Installation

\`\`\`sh
npm install onebusaway-sdk
\`\`\`

## Advanced Usage

### Making custom/undocumented requests

Stainless's words on requests outside the typed API,
over two lines.

#### Undocumented endpoints

Stainless's words on \`client.get\`, \`client.post\` and the other verbs.
`;

/** A section the owners added under Stainless's `### Making custom/undocumented requests`, at its level. */
const OWNERS_SECTION = `### Signing user tokens

\`signUserToken(userId)\` signs a token for client-side requests.

#### Grants

Pass \`grants\` to limit what the token reaches.

`;

const STAINLESS_MCP_PACKAGE = {
  name: 'onebusaway-sdk-mcp',
  version: '1.0.0',
  description: 'The official MCP Server for the Onebusaway SDK API',
  main: 'dist/index.js',
  scripts: { build: 'bash ./build' },
  dependencies: { 'onebusaway-sdk': 'link:../../dist/', '@modelcontextprotocol/sdk': '^1.11.5', zod: '^3.25.20' },
};

const STAINLESS_MCP_README = `# Onebusaway SDK TypeScript MCP Server

It is generated with [Stainless](https://www.stainless.com/).

## Installation

\`\`\`sh
npx -y onebusaway-sdk-mcp@latest
\`\`\`
`;

const STAINLESS_WORKER = `import { McpAgent } from 'agents/mcp';
import { initMcpServer, server } from 'onebusaway-sdk-mcp/server';

export class MyMCP extends McpAgent {
  server = server;

  async init() {
    await initMcpServer({ server: this.server });
  }
}
`;

/** The repository as Stainless left it on `generated`, then with the owners' patches on `main`. */
function stainlessRepository(repo: string): void {
  git(repo, 'init', '-q', '-b', 'generated');
  writeGenerationStubs(repo);
  write(repo, 'README.md', STAINLESS_README);
  write(repo, 'package.json', `${JSON.stringify({ name: 'onebusaway-sdk', version: '1.0.0' }, null, 2)}\n`);
  write(repo, 'src/resources/report-photo.ts', STAINLESS_UPLOAD);
  write(repo, 'packages/mcp-server/package.json', `${JSON.stringify(STAINLESS_MCP_PACKAGE, null, 2)}\n`);
  write(repo, 'packages/mcp-server/README.md', STAINLESS_MCP_README);
  write(repo, 'packages/mcp-server/src/server.ts', `${HEADER}export const server = {};\n`);
  write(
    repo,
    'packages/mcp-server/cloudflare-worker/package.json',
    `${JSON.stringify({ name: 'remote-mcp-server-with-stainless', private: true }, null, 2)}\n`,
  );
  write(repo, 'packages/mcp-server/cloudflare-worker/src/index.ts', STAINLESS_WORKER);
  commitGenerationThenMain(repo, 'Stainless: generate');
  // The README's title and intro, rewritten.
  write(
    repo,
    'README.md',
    STAINLESS_README.replace('# Onebusaway SDK TypeScript API Library', '# OneBusAway for JavaScript')
      .replace(
        /^Stainless's intro[^\n]*$/m,
        'Real-time transit data from OneBusAway servers, for Node.js and the browser.\nMaintained by the OneBusAway community.',
      )
      .replace('#### Undocumented endpoints\n', `${OWNERS_SECTION}#### Undocumented endpoints\n`),
  );
  // A serializer call in the upload method, and its example edited.
  write(
    repo,
    'src/lib/photo.ts',
    `import type { ReportPhotoCreateParams } from '../resources/report-photo';

/** The photo's params as the server reads them: the stop's id without the spaces a form may leave. */
export function withPhotoMetadata(body: ReportPhotoCreateParams): ReportPhotoCreateParams {
  return { ...body, stopId: body.stopId.trim() };
}
`,
  );
  write(
    repo,
    'src/resources/report-photo.ts',
    STAINLESS_UPLOAD.replace(
      "import { multipartFormRequestOptions } from '../internal/uploads';\n",
      "import { multipartFormRequestOptions } from '../internal/uploads';\nimport { withPhotoMetadata } from '../lib/photo';\n",
    )
      .replace(
        '    return this._client.post(\n',
        '    body = withPhotoMetadata(body);\n    return this._client.post(\n',
      )
      .replace("fs.createReadStream('path/to/file')", "fs.createReadStream('stop-1_75403.jpg')")
      .replace("stopId: 'stopId',", "stopId: '1_75403',")
      .replace('   * const reportPhoto = await', '   * const photo = await'),
  );
  // The MCP server package: a dependency and a script for their worker, a section of its README; the worker edited,
  // and a module of theirs beside it.
  const mcp = {
    ...STAINLESS_MCP_PACKAGE,
    scripts: { ...STAINLESS_MCP_PACKAGE.scripts, deploy: 'wrangler deploy' },
    dependencies: { ...STAINLESS_MCP_PACKAGE.dependencies, '@modelcontextprotocol/sdk': '^1.27.1', agents: '^0.8.5' },
  };
  write(repo, 'packages/mcp-server/package.json', `${JSON.stringify(mcp, null, 2)}\n`);
  write(
    repo,
    'packages/mcp-server/README.md',
    `${STAINLESS_MCP_README}\n## Deploying to Cloudflare\n\nRun \`npm run deploy\` with your Cloudflare account.\n`,
  );
  write(
    repo,
    'packages/mcp-server/cloudflare-worker/src/index.ts',
    `import { authorize } from './auth';\n${STAINLESS_WORKER.replace('await initMcpServer', 'authorize(this);\n    await initMcpServer')}`,
  );
  write(
    repo,
    'packages/mcp-server/cloudflare-worker/src/auth.ts',
    'export function authorize(agent: unknown) {\n  return agent;\n}\n',
  );
  write(repo, 'openapi.yml', specWithUpload());
  write(repo, 'stainless.yml', configWithUploadAndMcp());
  commitAll(repo, 'our patches, spec and config');
}

describe.runIf(SLOW_FULL)(
  "sdkgen migrate: the owners' patches where sdkgen's text around them differs from Stainless's",
  () => {
    let repo: string;
    let report: MigrateResult;
    let worker: Map<string, string>;

    beforeAll(() => {
      repo = path.join(tempDir('migrate-patches'), 'onebusaway-sdk');
      mkdirSync(repo, { recursive: true });
      stainlessRepository(repo);
      const files = ['package.json', 'src/index.ts', 'src/auth.ts'].map(
        (f) => `packages/mcp-server/cloudflare-worker/${f}`,
      );
      worker = new Map(files.map((file) => [file, read(repo, file)]));
      const run = sdkgen(repo, 'migrate', '--format', 'json');
      report = JSON.parse(run.stdout) as MigrateResult;
      // (Seconds on an idle machine; past five minutes once, on a 2-core machine under a load of forty.)
    }, 600_000);

    it('carries every patch: none is left to carry by hand', () => {
      expect(report.rejected).toEqual([]);
      expect(report.reapplied.map((r) => r.path)).toEqual(
        expect.arrayContaining([
          'README.md',
          'src/resources/report-photo.ts',
          'packages/mcp-server/package.json',
          'packages/mcp-server/README.md',
        ]),
      );
    });

    it("puts the README's title and intro the owners wrote in place of sdkgen's", () => {
      const readme = read(repo, 'README.md');
      expect(readme).toMatch(
        /^# OneBusAway for JavaScript\n\n\[!\[NPM version\][^\n]*\n\nReal-time transit data from OneBusAway servers, for Node\.js and the browser\.\nMaintained by the OneBusAway community\.\n\n/,
      );
      expect(readme).not.toContain("Stainless's intro");
      // The other paragraphs of the opening stay: sdkgen's link to the API's documentation and api.md.
      expect(readme).toMatch(
        /\n\n[^\n]*\[developer\.onebusaway\.org\]\(https:\/\/developer\.onebusaway\.org\)[^#]*?\[api\.md\]\(api\.md\)[^\n]*\n\n/,
      );
    });

    it("keeps the owners' section under Stainless's `### Making custom/undocumented requests` at its level, byte for byte", () => {
      // sdkgen's README from a Stainless config has Stainless's headings, so the section lands where the owners put it.
      const readme = read(repo, 'README.md');
      expect(readme).toMatch(/\n### Making custom\/undocumented requests\n\n[^#]+\n\n### Signing user tokens\n/);
      expect(readme).toContain(`\n\n${OWNERS_SECTION}#### Undocumented endpoints\n`);
      const headings = readme.split('\n').filter((line) => /^#{2,4} /.test(line));
      const at = headings.indexOf('### Signing user tokens');
      expect(headings.slice(at - 1, at + 3)).toEqual([
        '### Making custom/undocumented requests',
        '### Signing user tokens',
        '#### Grants',
        '#### Undocumented endpoints',
      ]);
      expect(headings.lastIndexOf('## Advanced Usage', at)).toBeGreaterThan(headings.indexOf('## Installation'));
    });

    it("puts the serializer call before the upload's request and the owners' example in place of sdkgen's", () => {
      const upload = read(repo, 'src/resources/report-photo.ts');
      // Right before the request, whose call may span lines (sdkgen's form of an upload).
      expect(upload).toMatch(
        /\n {4}body = withPhotoMetadata\(body\);\n {4}return this\._client\.[\s\S]*?\n {4}\);\n {2}\}\n/,
      );
      expect(upload).toContain("import { withPhotoMetadata } from '../lib/photo';\n");
      expect(upload).toMatch(
        /\n {3}\* @example\n {3}\* ```ts\n {3}\* const photo = await client\.reportPhoto\.create\(\{\n {3}\* {3}file: fs\.createReadStream\('stop-1_75403\.jpg'\),\n {3}\* {3}stopId: '1_75403',\n/,
      );
      expect(upload).not.toContain('path/to/file');
      const check = typeCheckStrict(repo, ['src']);
      expect(check.output).toBe('');
    });

    it("writes sdkgen's MCP server package with the owners' additions; keeps the Cloudflare worker they changed", () => {
      const mcp = JSON.parse(read(repo, 'packages/mcp-server/package.json')) as {
        name: string;
        scripts: Record<string, string>;
        dependencies: Record<string, string>;
      };
      expect(mcp.name).toBe('onebusaway-sdk-mcp');
      expect(mcp.scripts.deploy).toBe('wrangler deploy');
      expect(mcp.dependencies.agents).toBe('^0.8.5');
      // Their newer MCP SDK than Stainless's: sdkgen's is newer still, and stands.
      expect(mcp.dependencies['@modelcontextprotocol/sdk']).toBe('1.32.2');
      expect(report.alreadyThere).toContainEqual({ path: 'packages/mcp-server/package.json', hunks: 1 });
      expect(read(repo, 'packages/mcp-server/README.md')).toContain(
        '## Deploying to Cloudflare\n\nRun `npm run deploy` with your Cloudflare account.\n',
      );
      expect(report.keptSubPackages).toEqual(['packages/mcp-server/cloudflare-worker/']);
      for (const [file, text] of worker) expect(read(repo, file)).toBe(text);
      // Stainless's server module goes: sdkgen's package has its own (src/server.ts), written in its place.
      expect(read(repo, 'packages/mcp-server/src/server.ts')).toContain('export function createServer(');
    });

    it('keeps every patch when a spec change regenerates the files', () => {
      commitAll(repo, 'move to sdkgen');
      const checked = sdkgen(repo, 'check');
      expect(checked.stdout).toContain('is up to date');
      expect(checked.code).toBe(0);
      const spec = read(repo, 'openapi.yml');
      const block = spec.slice(
        spec.indexOf('  /api/where/current-time.json:'),
        spec.indexOf('  /api/where/report-photo.json:'),
      );
      write(repo, 'openapi.yml', spec.replace(block, `${block}${block.replaceAll('current-time', 'server-time')}`));
      write(
        repo,
        'stainless.yml',
        read(repo, 'stainless.yml').replace(
          '  report_photo:',
          '  server_time:\n    methods:\n      retrieve: get /api/where/server-time.json\n\n  report_photo:',
        ),
      );
      const regenerated = sdkgen(repo, 'generate', 'openapi.yml', '-o', '.', '--config', 'stainless.yml');
      expect(regenerated.stderr).toBe('');
      expect(regenerated.code).toBe(0);
      expect(read(repo, 'src/client.ts')).toContain('serverTime');
      expect(read(repo, 'README.md')).toMatch(
        /^# OneBusAway for JavaScript\n\n\[!\[NPM version\][^\n]*\n\nReal-time transit data/,
      );
      expect(read(repo, 'README.md')).toContain(`${OWNERS_SECTION}#### Undocumented endpoints\n`);
      const upload = read(repo, 'src/resources/report-photo.ts');
      expect(upload).toContain('    body = withPhotoMetadata(body);\n');
      expect(upload).toContain("fs.createReadStream('stop-1_75403.jpg')");
      expect(JSON.parse(read(repo, 'packages/mcp-server/package.json')).dependencies.agents).toBe('^0.8.5');
      for (const [file, text] of worker) expect(read(repo, file)).toBe(text);
      expect(typeCheckStrict(repo, ['src']).output).toBe('');
    });
  },
);
