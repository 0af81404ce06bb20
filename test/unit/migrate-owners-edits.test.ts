/**
 * Owners' edits that `sdkgen migrate` must carry (or recognise as done) where sdkgen's file is worded otherwise than
 * Stainless's: a README whose opening and sections the owners rewrote (merged by section), and edits whose result
 * sdkgen's file already has (the same lines, or for JSON, a file Stainless wrote invalid that sdkgen writes valid).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropAlreadyThere } from '../../generator/migrate/owners/moot-edits';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { mergeSections } from '../../generator/write/markdown-sections';
import { mergeThreeWay } from '../../generator/write/merge';
import { writeOutput } from '../../generator/write/write';
import { tempDir } from '../helpers/sdk';

/** A README in the shape Stainless's have: title, badge, intro, MCP section, then the usual sections. */
const OLD_README = `# Acme TypeScript API Library

[![NPM version](https://img.shields.io/npm/v/acme.svg)](https://npmjs.org/package/acme)

This library gives server-side TypeScript convenient access to the Acme REST API.

The REST API is documented on [acme.test](https://acme.test/docs). The full API is in [api.md](api.md).

## MCP Server

Let AI assistants use the Acme API through its MCP server.

## Installation

\`\`\`sh
npm install acme
\`\`\`

## Usage

\`\`\`ts
import Acme from 'acme';

const client = new Acme({
  apiKey: process.env['ACME_API_KEY'], // the default, can be left out
  password: process.env['ACME_PASSWORD'], // the default, can be left out
});

const order = await client.orders.create({ sku: 'sku' });
console.log(order.id);
\`\`\`

## Handling errors

A failed request throws an \`APIError\`.

### Retries

Two retries by default.

## Frequently Asked Questions

## Requirements

Node 18 or newer.
`;

/** sdkgen's README of the same SDK: its own wording, and sections Stainless's did not have. */
const SDKGEN_README = `# Acme TypeScript API Library

[![NPM version](https://img.shields.io/npm/v/acme.svg)](https://npmjs.org/package/acme)

The Acme SDK: typed access to the Acme REST API from TypeScript and JavaScript.

Reference: [api.md](api.md); the API's documentation: [acme.test](https://acme.test/docs).

## MCP Server

sdkgen's MCP server lets an assistant call the API.

## Installation

\`\`\`sh
npm install acme
\`\`\`

## Usage

\`\`\`ts
import Acme from 'acme';

const client = new Acme();
const order = await client.orders.create({ sku: 'sku' });
\`\`\`

## Streaming responses

Stream with \`for await\`.

## Handling errors

Every failed request throws an \`APIError\` subclass.

### Retries

Retried twice, with backoff.

## Webhooks

\`client.webhooks.unwrap(body)\` parses an event.

## Frequently Asked Questions

## Requirements

Node 18 or newer; Deno, Bun.
`;

/** What the owners made of Stainless's: a new intro in place of the MCP section, Usage reworded, a section added. */
const OWNERS_README = `# Acme.io Node.js SDK

[![NPM version](https://img.shields.io/npm/v/acme.svg)](https://npmjs.org/package/acme)

The Acme Node.js SDK helps server applications upload, transform and deliver media with the Acme API.

Everything it exports is typed; [api.md](api.md) lists it all.

## Table of Contents

- [Installation](#installation)
- [Usage](#usage)

## Installation

\`\`\`sh
npm install acme
\`\`\`

## MCP Server Package

Our MCP server is published as \`@acme/mcp\`; see its README.

## Usage

\`\`\`ts
import Acme from 'acme';

const client = new Acme({
  apiKey: process.env['ACME_API_KEY'], // the default, can be left out
});

const order = await client.orders.create({ sku: 'sku' });
console.log(order);
\`\`\`

## URL generation

\`client.helper.buildSrc()\` builds a media URL.

## Handling errors

A failed request throws an \`APIError\`.

### Retries

Two retries by default.

## Requirements

Node 18 or newer.
`;

/** The lines the owners wrote (those Stainless's README does not have). */
const OWNERS_LINES = OWNERS_README.split('\n').filter((line) => !OLD_README.split('\n').includes(line));

describe("a README the owners rewrote, where sdkgen's is worded otherwise", () => {
  const merged = reapplyEdits(OLD_README, OWNERS_README, SDKGEN_README, { markdown: true, sections: true });
  const headings = merged.text.split('\n').filter((line) => /^#{1,6} /.test(line));

  it('carries every edit: none is left for a person, every line the owners wrote is there', () => {
    expect(merged.rejected).toEqual([]);
    expect(merged.applied).toBeGreaterThan(0);
    for (const line of OWNERS_LINES) expect(merged.text.split('\n')).toContain(line);
  });

  it("keeps the owners' sections, fills in sdkgen's around them, by heading, and leaves out what the owners removed", () => {
    expect(headings).toEqual([
      '# Acme.io Node.js SDK',
      '## Table of Contents',
      '## Installation',
      '## MCP Server Package',
      '## Usage',
      '## Streaming responses',
      '## URL generation',
      '## Handling errors',
      '### Retries',
      '## Webhooks',
      '## Requirements',
    ]);
    // Sections the owners left as Stainless wrote them are sdkgen's; those they changed are theirs.
    expect(merged.text).toContain('\n## Handling errors\n\nEvery failed request throws an `APIError` subclass.\n');
    expect(merged.text).toContain('\n### Retries\n\nRetried twice, with backoff.\n');
    expect(merged.text).not.toContain("sdkgen's MCP server");
    expect(merged.text).not.toContain('password:');
    expect(merged.text).not.toContain('The Acme SDK: typed access');
    expect(merged.text).toContain(
      '\n## Installation\n\n```sh\nnpm install acme\n```\n\n## MCP Server Package\n\nOur MCP server is published',
    );
    expect(merged.text).not.toMatch(/\n\n\n/);
  });

  it("stays so on regeneration: where the line merge of sdkgen's next README conflicts, the section merge does not", () => {
    // sdkgen's next README has a section more, right after the one before which the owners put theirs.
    const next = SDKGEN_README.replace('## Usage\n', '## Quick start\n\nCreate a client.\n\n## Usage\n');
    expect(mergeThreeWay(SDKGEN_README, merged.text, next).conflicts).toBeGreaterThan(0);
    const again = mergeSections(SDKGEN_README, merged.text, next, 'lines');
    expect(again.conflicts).toBe(0);
    // After the section before it in sdkgen's README that the result has (Installation: the owners removed MCP Server).
    expect(again.text).toContain('\n```\n\n## Quick start\n\nCreate a client.\n\n## MCP Server Package\n');
    for (const line of OWNERS_LINES) expect(again.text.split('\n')).toContain(line);
    // A section both changed is merged line by line: a conflict where their lines meet.
    const usage = next.replace('const client = new Acme();', 'const client = new Acme({ maxRetries: 1 });');
    expect(mergeSections(SDKGEN_README, merged.text, usage, 'lines').conflicts).toBe(1);
  });

  it('stays so when the write stage regenerates it: merged by section where lines would conflict', async () => {
    // As the move leaves it: sdkgen's README kept as the base of later merges, the merged one in its place.
    const dir = tempDir('readme-sections');
    await writeOutput(dir, [{ path: 'README.md', contents: SDKGEN_README }], { force: false });
    writeFileSync(path.join(dir, 'README.md'), merged.text);
    mkdirSync(path.join(dir, '.sdkgen/pristine'), { recursive: true });
    writeFileSync(path.join(dir, '.sdkgen/pristine/README.md'), SDKGEN_README);
    const next = SDKGEN_README.replace('## Usage\n', '## Quick start\n\nCreate a client.\n\n## Usage\n');
    const written = await writeOutput(dir, [{ path: 'README.md', contents: next }], { force: false });
    expect(written.conflicts).toEqual([]);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('## Quick start\n\nCreate a client.\n');
    for (const line of OWNERS_LINES) expect(readme.split('\n')).toContain(line);
  });

  it('still places edits line by line where it can (a section added before a heading sdkgen has)', () => {
    const added = OLD_README.replace('## Requirements\n', '## Deploying\n\nRun `npm run deploy`.\n\n## Requirements\n');
    const result = reapplyEdits(OLD_README, added, SDKGEN_README, { markdown: true, sections: true });
    expect(result.rejected).toEqual([]);
    // sdkgen's wording stays everywhere else.
    expect(result.text).toContain("sdkgen's MCP server lets an assistant call the API.");
    expect(result.text).toContain('## Deploying\n\nRun `npm run deploy`.\n\n## Requirements\n');
  });
});

/** Stainless's MCP manifest with an escape JSON does not have (`\'`), and the owners' repair of it. */
const STAINLESS_MANIFEST = `{
  "name": "acme-mcp",
  "user_config": {
    "ACME_WEBHOOK_SECRET": {
      "title": "webhook_secret",
      "description": "Your webhook secret. Only needed if you\\'re verifying webhooks.\\n",
      "required": false
    }
  }
}
`;
const OWNERS_MANIFEST = STAINLESS_MANIFEST.replace("you\\'re verifying", 'you are verifying');
const SDKGEN_MANIFEST = `${JSON.stringify(
  {
    manifest_version: '0.3',
    name: 'acme-mcp',
    user_config: { acme_webhook_secret: { type: 'string', title: 'ACME_WEBHOOK_SECRET', required: false } },
  },
  null,
  2,
)}\n`;

describe("an owners' edit whose result sdkgen's file already has", () => {
  it('a repair of JSON Stainless wrote invalid, where sdkgen writes valid JSON: already done, not for a person', () => {
    const carried = reapplyEdits(STAINLESS_MANIFEST, OWNERS_MANIFEST, SDKGEN_MANIFEST);
    expect(carried.rejected).toHaveLength(1);
    const path = 'packages/mcp-server/manifest.json';
    const alreadyThere: Array<{ path: string; hunks: number }> = [];
    const left = dropAlreadyThere(
      [{ path, hunks: carried.rejected }],
      [{ path, contents: SDKGEN_MANIFEST }],
      () => STAINLESS_MANIFEST,
      alreadyThere,
    );
    expect(left).toEqual([]);
    expect(alreadyThere).toEqual([{ path, hunks: 1 }]);
  });

  it('a JSON value the owners set that sdkgen writes too (the same key and value, laid out otherwise)', () => {
    const stainless = '{\n  "name": "acme-mcp",\n  "keywords": ["acme"],\n  "license": "MIT"\n}\n';
    const owners = stainless.replace('"license": "MIT"', '"license": "Apache-2.0"');
    const sdkgen = '{ "name": "acme-mcp", "license": "Apache-2.0", "keywords": ["acme", "mcp"] }\n';
    const path = 'packages/mcp-server/extra.json';
    const alreadyThere: Array<{ path: string; hunks: number }> = [];
    const hunks = reapplyEdits(stainless, owners, '{ "other": 1 }\n').rejected;
    expect(hunks).toHaveLength(1);
    expect(dropAlreadyThere([{ path, hunks }], [{ path, contents: sdkgen }], () => stainless, alreadyThere)).toEqual(
      [],
    );
    // Another value than the owners': theirs is still for a person.
    const other = sdkgen.replace('Apache-2.0', 'ISC');
    expect(dropAlreadyThere([{ path, hunks }], [{ path, contents: other }], () => stainless, [])).toHaveLength(1);
  });

  it("lines the owners added that sdkgen's file has in the same order, in any text file", () => {
    const stainless = '#!/usr/bin/env bash\nset -e\nnpm run build\n';
    const owners = '#!/usr/bin/env bash\nset -euo pipefail\nnpm run build\n';
    const sdkgen = '#!/usr/bin/env bash\nset -euo pipefail\ncd "$(dirname "$0")/.."\nnode scripts/build.mjs\n';
    const hunks = reapplyEdits(stainless, owners, '#!/bin/sh\n').rejected;
    const path = 'scripts/build';
    const alreadyThere: Array<{ path: string; hunks: number }> = [];
    expect(dropAlreadyThere([{ path, hunks }], [{ path, contents: sdkgen }], () => stainless, alreadyThere)).toEqual(
      [],
    );
    // (Where: the line of sdkgen's file the owners' lines start on.)
    expect(alreadyThere).toEqual([{ path, hunks: 1, lines: [2] }]);
    // Found so while its edits are re-applied: counted as already there, not as carried over.
    const reapplied = reapplyEdits(stainless, owners, sdkgen);
    expect(reapplied).toMatchObject({ text: sdkgen, applied: 0, alreadyThere: 1, rejected: [] });
  });
});
