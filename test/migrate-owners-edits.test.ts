/**
 * `sdkgen migrate` in a real git repository whose owners edited what Stainless wrote where sdkgen's text differs:
 * they rewrote the README's opening (a paragraph of theirs in place of the MCP section) and reworded its sections,
 * patched the webhook helper Stainless wrote on the `standardwebhooks` package (the key encoded before verifying),
 * and repaired an escape JSON does not have in the MCP server's manifest.json. The move carries the first two and
 * reports the third as done (sdkgen writes valid JSON): nothing is left for a person, exit 0; a regeneration keeps it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { typeCheckStrict } from './helpers/generated-tests';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { migratedRepository } from './helpers/migrated-repository';
import { HEADER, read, write } from './helpers/stainless-repository';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/orders': {
      get: {
        operationId: 'listOrders',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    },
  },
  webhooks: {
    'order-created': {
      post: {
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['type', 'order_id'],
                properties: { type: { const: 'order.created' }, order_id: { type: 'string' } },
              },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

const CONFIG = `organization:
  name: acme
  docs: https://acme.test/docs
client_settings:
  opts:
    webhook_secret:
      type: string
      read_env: ACME_WEBHOOK_SECRET
      nullable: true
resources:
  orders:
    methods:
      list: get /orders
  webhooks:
    methods:
      unwrap:
        type: webhook_unwrap
        discriminator: type
        webhook_key_opt: webhook_secret
targets:
  typescript:
    package_name: acme-sdk
    options:
      mcp_server:
        package_name: acme-sdk-mcp
`;

/** Stainless's README, in the shape of theirs: title, badge, intro, MCP section, then the usual sections. */
const STAINLESS_README = `# Acme TypeScript API Library

[![NPM version](https://img.shields.io/npm/v/acme-sdk.svg)](https://npmjs.org/package/acme-sdk)

Stainless's intro: convenient access to the Acme REST API from server-side TypeScript.

Stainless's pointers: the docs at [acme.test](https://acme.test/docs), the methods in [api.md](api.md).

## MCP Server

Stainless's words on the MCP server.

## Installation

\`\`\`sh
npm install acme-sdk
\`\`\`

## Usage

Stainless's usage words.

## Handling errors

Stainless's words on errors.

## Requirements

Stainless's requirements.
`;

/** The owners' README: a new opening, their MCP paragraph, Usage reworded, a section of theirs. */
const OWNERS_README = `# Acme.io Node.js SDK

[![NPM version](https://img.shields.io/npm/v/acme-sdk.svg)](https://npmjs.org/package/acme-sdk)

The Acme Node.js SDK lets server applications order, track and verify webhooks with the Acme API.

## Installation

\`\`\`sh
npm install acme-sdk
\`\`\`

## MCP Server Package

Our MCP server is its own package, \`acme-sdk-mcp\`, versioned with this one.

## Usage

Our usage words, with a call of \`client.orders.list()\`.

## Webhook verification

Pass the raw body and the headers to \`client.webhooks.unwrap\`.

## Handling errors

Stainless's words on errors.

## Requirements

Stainless's requirements.
`;

/** Stainless's webhook helper on the `standardwebhooks` package, as its SDKs have it. */
const STAINLESS_WEBHOOKS = `${HEADER}import { APIResource } from '../core/resource';
import { Webhook } from 'standardwebhooks';

export class Webhooks extends APIResource {
  unwrap(
    body: string,
    { headers, key }: { headers: Record<string, string>; key?: string },
  ): UnwrapWebhookEvent {
    if (headers !== undefined) {
      const keyStr: string | null = key === undefined ? this._client.webhookSecret : key;
      if (keyStr === null) throw new Error('Webhook key must not be null in order to unwrap');
      const wh = new Webhook(keyStr);
      wh.verify(body, headers);
    }
    return JSON.parse(body) as UnwrapWebhookEvent;
  }
}

export interface UnwrapWebhookEvent {
  order_id: string;

  type: 'order.created';
}
`;

/** Stainless's MCP manifest, with an escape (`\'`) JSON does not have. */
const STAINLESS_MANIFEST = `{
  "dxt_version": "0.2",
  "name": "acme-sdk-mcp",
  "user_config": {
    "ACME_WEBHOOK_SECRET": {
      "title": "webhook_secret",
      "description": "Your webhook secret: only if you\\'re verifying webhooks.",
      "required": false
    }
  }
}
`;

function stainlessRepository(repo: string): void {
  git(repo, 'init', '-q', '-b', 'generated');
  write(repo, '.stats.yml', 'configured_endpoints: 1\n');
  write(repo, 'README.md', STAINLESS_README);
  write(
    repo,
    'package.json',
    `${JSON.stringify({ name: 'acme-sdk', version: '1.0.0', dependencies: { standardwebhooks: '^1.0.0' } }, null, 2)}\n`,
  );
  write(repo, 'src/index.ts', `${HEADER}export { Acme as default } from './client';\n`);
  write(repo, 'src/client.ts', `${HEADER}export class Acme {\n  webhookSecret: string | null = null;\n}\n`);
  write(repo, 'src/resources/webhooks.ts', STAINLESS_WEBHOOKS);
  write(repo, 'packages/mcp-server/manifest.json', STAINLESS_MANIFEST);
  commitGenerationThenMain(repo, 'Stainless: generate');
  write(repo, 'README.md', OWNERS_README);
  write(
    repo,
    'src/resources/webhooks.ts',
    STAINLESS_WEBHOOKS.replace(
      "import { APIResource } from '../core/resource';\n",
      "import { APIResource } from '../core/resource';\nimport { toBase64 } from '../internal/utils';\n",
    ).replace('new Webhook(keyStr)', 'new Webhook(toBase64(keyStr))'),
  );
  write(repo, 'packages/mcp-server/manifest.json', STAINLESS_MANIFEST.replace("you\\'re", 'you are'));
  write(repo, 'openapi.json', `${JSON.stringify(SPEC, null, 2)}\n`);
  write(repo, 'stainless.yml', CONFIG);
  commitAll(repo, 'our edits, spec and config');
}

describe("sdkgen migrate: the owners' README, webhook patch and JSON repair", () => {
  let repo: string;
  let report: MigrateResult;
  let code: number | null;

  beforeAll(() => {
    ({ repo, report, code } = migratedRepository('migrate-owners-edits', stainlessRepository));
  }, 120_000);

  it('leaves nothing for a person: exit 0', () => {
    expect(report.rejected).toEqual([]);
    expect(report.reapplied.map((r) => r.path)).toEqual(
      expect.arrayContaining(['README.md', 'src/resources/webhooks.ts']),
    );
    expect(report.alreadyThere).toContainEqual({ path: 'packages/mcp-server/manifest.json', hunks: 1 });
    expect(code).toBe(0);
  });

  it("keeps every line of the owners' README, with sdkgen's sections filled in around theirs", () => {
    const readme = read(repo, 'README.md');
    for (const line of OWNERS_README.split('\n').filter((l) => !l.startsWith("Stainless's")))
      expect(readme.split('\n')).toContain(line);
    expect(readme).not.toContain("Stainless's intro");
    expect(readme).not.toContain("Stainless's words on the MCP server");
    // The sections the owners left as Stainless wrote them are sdkgen's now.
    expect(readme).not.toContain("Stainless's words on errors");
    expect(readme).toContain('\n## Handling errors\n');
    expect(readme.indexOf('## Webhook verification')).toBeLessThan(readme.indexOf('## Handling errors'));
  });

  it("writes Stainless's standardwebhooks helper, with the owners' patch on it, and keeps the dependency", () => {
    const webhooks = read(repo, 'src/resources/webhooks.ts');
    expect(webhooks).toContain('      const wh = new Webhook(toBase64(keyStr));\n');
    expect(webhooks).toContain("import { toBase64 } from '../internal/utils';\n");
    expect(webhooks).toContain("import { Webhook } from 'standardwebhooks';\n");
    expect(JSON.parse(read(repo, 'package.json')).dependencies.standardwebhooks).toMatch(/^\^1\./);
    expect(typeCheckStrict(repo, ['src']).output).toBe('');
  });

  it("writes sdkgen's MCP manifest, valid JSON", () => {
    expect(() => JSON.parse(read(repo, 'packages/mcp-server/manifest.json'))).not.toThrow();
  });

  it('keeps the README and the patch when a spec change regenerates the files', () => {
    commitAll(repo, 'move to sdkgen');
    const spec = JSON.parse(read(repo, 'openapi.json')) as typeof SPEC & { paths: Record<string, unknown> };
    spec.paths['/orders/{id}'] = {
      get: {
        operationId: 'getOrder',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
      },
    };
    write(repo, 'openapi.json', `${JSON.stringify(spec, null, 2)}\n`);
    write(
      repo,
      'stainless.yml',
      CONFIG.replace('      list: get /orders\n', '      list: get /orders\n      retrieve: get /orders/{id}\n'),
    );
    const regenerated = sdkgen(repo, 'generate', 'openapi.json', '-o', '.', '--config', 'stainless.yml');
    expect(regenerated.stderr).toBe('');
    expect(regenerated.code).toBe(0);
    expect(read(repo, 'src/resources/orders.ts')).toContain('retrieve(');
    const readme = read(repo, 'README.md');
    expect(readme).toContain('The Acme Node.js SDK lets server applications order');
    expect(readme).toContain('## Webhook verification\n\nPass the raw body');
    expect(read(repo, 'src/resources/webhooks.ts')).toContain('new Webhook(toBase64(keyStr))');
  });
});
