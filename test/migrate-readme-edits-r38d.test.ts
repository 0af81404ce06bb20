/**
 * Issue 89's README: the owners replaced the MCP section Stainless wrote with a paragraph of theirs and reworded
 * sections; sdkgen's README words the rest otherwise. The move carries every edit (merged by section where lines
 * find no place) and a regeneration keeps them (write.ts: line merge, else by section, their sections kept).
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
import { mergeSections } from '../generator/write/markdown-sections';
import { mergeThreeWay } from '../generator/write/merge';

const STAINLESS = `# Acme TypeScript API Library

[![NPM version](https://img.shields.io/npm/v/acme.svg)](https://npmjs.org/package/acme)

This library provides convenient access to the Acme REST API from server-side TypeScript or JavaScript.

The REST API documentation can be found on [docs.acme.com](https://docs.acme.com). The full API of this library can be found in [api.md](api.md).

It is generated with [Stainless](https://www.stainless.com/).

## MCP Server

Use the Acme MCP Server to enable AI assistants to interact with this API, allowing them to explore endpoints.

[![Add to Cursor](https://cursor.com/deeplink/mcp-install-dark.svg)](https://cursor.com/en-US/install-mcp?name=acme-mcp)

> Note: You may need to set environment variables in your MCP client.

## Installation

\`\`\`sh
npm install acme
\`\`\`

## Usage

The full API of this library can be found in [api.md](api.md).

\`\`\`js
import Acme from 'acme';

const client = new Acme({
  apiKey: process.env['ACME_API_KEY'], // This is the default and can be omitted
});

const widget = await client.widgets.create({ name: 'x' });

console.log(widget.id);
\`\`\`

### Request & Response types

This library includes TypeScript definitions for all request params and response fields.

## Handling errors

When the library is unable to connect to the API, a subclass of \`APIError\` will be thrown.

## Requirements

TypeScript >= 4.9 is supported.
`;

const OWNERS = STAINLESS.replace(
  /## MCP Server\n[\s\S]*?(?=## Installation)/,
  'Acme lets you build widgets from anywhere. Sign up at [acme.com](https://acme.com) to get an API key.\n\n',
)
  .replace(
    'This library provides convenient access to the Acme REST API',
    'The official Acme SDK gives you typed access to the Acme REST API',
  )
  .replace('When the library is unable to connect to the API, a subclass', 'If Acme cannot be reached, a subclass')
  .replace('This library includes TypeScript definitions', 'The SDK ships TypeScript definitions');

const SDKGEN = `# Acme TypeScript API Library

[![NPM version](<https://img.shields.io/npm/v/acme.svg?label=npm%20(stable)>)](https://npmjs.org/package/acme) ![npm bundle size](https://img.shields.io/bundlephobia/minzip/acme)

This library provides convenient access to the Acme REST API from server-side TypeScript or JavaScript.

The REST API documentation can be found on [docs.acme.com](https://docs.acme.com). The full API of this library can be found in [api.md](api.md).

## Installation

\`\`\`sh
npm install acme
\`\`\`

## Usage

The full API of this library can be found in [api.md](api.md).

<!-- prettier-ignore -->
\`\`\`js
import Acme from 'acme';

const client = new Acme({
  apiKey: process.env['ACME_API_KEY'], // This is the default and can be omitted
});

const widget = await client.widgets.create({ name: 'x' });

console.log(widget.id);
\`\`\`

### Request & Response types

This library includes TypeScript definitions for all request params and response fields.

<!-- prettier-ignore -->
\`\`\`ts
const params: Acme.WidgetCreateParams = { name: 'x' };
\`\`\`

## Handling errors

When the library is unable to connect to the API,
or if the API returns a non-success status code (i.e., 4xx or 5xx response),
a subclass of \`APIError\` will be thrown.

## Requirements

TypeScript >= 4.9 is supported.
`;

const OWNERS_LINES = [
  'The official Acme SDK gives you typed access to the Acme REST API',
  'Acme lets you build widgets from anywhere. Sign up at [acme.com](https://acme.com) to get an API key.',
  'The SDK ships TypeScript definitions for all request params and response fields.',
  'If Acme cannot be reached, a subclass of `APIError` will be thrown.',
];

describe("a README whose owners replaced Stainless's MCP section with a paragraph of theirs and reworded sections", () => {
  it("comes out of the move with every edit of theirs, none left for a person, and sdkgen's sections around them", () => {
    const moved = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { markdown: true, sections: true });
    expect(moved.rejected).toEqual([]);
    for (const line of OWNERS_LINES) expect(moved.text).toContain(line);
    expect(moved.text).not.toContain('## MCP Server');
    // sdkgen's sections the owners did not touch are sdkgen's.
    expect(moved.text).toContain('<!-- prettier-ignore -->\n```js\nimport Acme');
  });

  it("makes their edits of a section on sdkgen's text of it, leaving none of Stainless's lines they did not touch", () => {
    const moved = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { markdown: true, sections: true }).text;
    // The opening: their reworded intro and the paragraph they put where the MCP section was, on sdkgen's title and
    // badges; Stainless's badge and its line about itself, which they left as it wrote them, are gone with it.
    const opening = moved.slice(0, moved.indexOf('## Installation'));
    expect(opening).toContain(SDKGEN.split('\n')[2]);
    expect(opening).not.toContain('It is generated with [Stainless]');
    expect(opening).not.toContain('https://img.shields.io/npm/v/acme.svg)');
    expect(opening.indexOf(OWNERS_LINES[0])).toBeLessThan(opening.indexOf(OWNERS_LINES[1]));
    // A section where one of their edits finds no place on sdkgen's text stays theirs, whole.
    expect(moved).toContain(
      '## Handling errors\n\nIf Acme cannot be reached, a subclass of `APIError` will be thrown.\n',
    );
  });

  it('keeps them when sdkgen regenerates it with new text of its own', () => {
    const moved = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { markdown: true, sections: true }).text;
    const next = SDKGEN.replace(
      'When the library is unable to connect to the API,\n',
      'When the library cannot connect to the API,\n',
    ).replace('## Requirements', '## Retries\n\nCertain errors are retried 2 times by default.\n\n## Requirements');
    const lineMerge = mergeThreeWay(SDKGEN, moved, next);
    const regenerated =
      lineMerge.conflicts > 0 ? mergeSections(SDKGEN, moved, next, 'lines', { keepEdited: true }) : lineMerge;
    expect(regenerated.conflicts).toBe(0);
    for (const line of OWNERS_LINES) expect(regenerated.text).toContain(line);
    expect(regenerated.text).toContain('## Retries\n\nCertain errors are retried 2 times by default.');
  });
});
