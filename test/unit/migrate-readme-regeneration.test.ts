/**
 * A README moved from Stainless keeps the owners' sections in Stainless's words (reapply/hunks.ts merges it by
 * section); sdkgen's README is the base of later merges. When a later regeneration changes sdkgen's text of such a
 * section (a new example value from the config), the line merge of that section conflicts: the owners' lines are
 * not sdkgen's. The section stays the owners' (nothing for a person, every line of theirs kept), sdkgen's changes
 * elsewhere land, and api.md (sdkgen's reference, not prose) still shows a conflict as one.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { writeOutput } from '../../generator/write/write';
import { tempDir } from '../helpers/sdk';

/** Stainless's README: a usage section and a types section whose client takes two credentials. */
const STAINLESS_README = `# Acme TypeScript API Library

Convenient access to the Acme REST API from server-side TypeScript.

## Usage

\`\`\`ts
const client = new Acme({
  apiKey: process.env['ACME_API_KEY'], // This is the default and can be omitted
  password: process.env['ACME_PASSWORD'], // This is the default and can be omitted
});

const order = await client.orders.create({ item: 'book' });

console.log(order.id);
\`\`\`

### Request & Response types

This library includes TypeScript definitions for all request params and response fields:

\`\`\`ts
const client = new Acme({
  apiKey: process.env['ACME_API_KEY'], // This is the default and can be omitted
  password: process.env['ACME_PASSWORD'], // This is the default and can be omitted
});

const params: Acme.OrderCreateParams = {
  item: 'book',
};
const order: Acme.Order = await client.orders.create(params);
\`\`\`

## Handling errors

A failed request throws an \`APIError\`.
`;

/** The owners' README: their client takes no password, and they print the whole order. */
const OWNERS_README = STAINLESS_README.replace(
  /\n {2}password: process\.env\['ACME_PASSWORD'\], \/\/ This is the default and can be omitted/g,
  '',
).replace('console.log(order.id);', 'console.log(order);');

/** sdkgen's README of the same API, in its own words; `item` is the config's example value. */
const sdkgenReadme = (item: string) => `# Acme TypeScript API Library

A TypeScript client for the Acme REST API.

## Usage

\`\`\`ts
const client = new Acme({
  apiKey: process.env['ACME_API_KEY'], // read from this variable when left out
  password: process.env['ACME_PASSWORD'], // read from this variable when left out
});

const order = await client.orders.create({ item: '${item}' });

console.log(order.id);
\`\`\`

### Request & Response types

Each request's params and each response have a TypeScript type:

\`\`\`ts
const client = new Acme({
  apiKey: process.env['ACME_API_KEY'], // read from this variable when left out
  password: process.env['ACME_PASSWORD'], // read from this variable when left out
});

const params: Acme.OrderCreateParams = { item: '${item}' };
const order: Acme.Order = await client.orders.create(params);
\`\`\`

## Handling errors

Every failed request throws an \`APIError\` subclass; \`${item}\` orders too.
`;

const API_MD = (type: string) =>
  `# Orders\n\nTypes:\n\n- <code><a href="./src/resources/orders.ts">${type}</a></code>\n`;

/** The repository as the move leaves it: the merged README in place, sdkgen's kept as the base of later merges. */
async function movedRepository(name: string): Promise<{ dir: string; merged: string }> {
  const merged = reapplyEdits(STAINLESS_README, OWNERS_README, sdkgenReadme('book'), {
    markdown: true,
    sections: true,
  });
  expect(merged.rejected).toEqual([]);
  const dir = tempDir(name);
  await writeOutput(
    dir,
    [
      { path: 'README.md', contents: sdkgenReadme('book') },
      { path: 'api.md', contents: API_MD('Order') },
    ],
    { force: false },
  );
  writeFileSync(path.join(dir, 'README.md'), merged.text);
  mkdirSync(path.join(dir, '.sdkgen/pristine'), { recursive: true });
  writeFileSync(path.join(dir, '.sdkgen/pristine/README.md'), sdkgenReadme('book'));
  return { dir, merged: merged.text };
}

/** The lines of the owners' README that are theirs: every line they wrote, and none they took out. */
const OWNERS_LINES = [
  'console.log(order);',
  'This library includes TypeScript definitions for all request params and response fields:',
];

describe("a README moved from Stainless, regenerated when sdkgen's text of the owners' sections changes", () => {
  it('is merged with nothing left for a person; the owners keep their sections, sdkgen changes the rest', async () => {
    const { dir, merged } = await movedRepository('readme-regeneration');
    // The move kept the owners' sections in Stainless's words.
    for (const line of OWNERS_LINES) expect(merged.split('\n')).toContain(line);
    expect(merged).not.toContain('password:');

    const written = await writeOutput(dir, [{ path: 'README.md', contents: sdkgenReadme('pencil') }], { force: false });
    expect(written.conflicts).toEqual([]);
    expect(written.merged).toEqual(['README.md']);
    // The section kept as theirs is reported by heading: sdkgen's change to it is not dropped without a word.
    expect(written.keptSections).toEqual([{ path: 'README.md', headings: ['### Request & Response types'] }]);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/^(<{7}|={7}|>{7})/m);
    for (const line of OWNERS_LINES) expect(readme.split('\n')).toContain(line);
    expect(readme).not.toContain('password:');
    // sdkgen's change where the owners' lines do not meet it: their usage section, its section on errors.
    expect(readme).toContain("const order = await client.orders.create({ item: 'pencil' });\n\nconsole.log(order);\n");
    expect(readme).toContain('Every failed request throws an `APIError` subclass; `pencil` orders too.\n');
    // Their types section, whose lines sdkgen's new text meets, stays as theirs.
    expect(readme).toContain("const params: Acme.OrderCreateParams = {\n  item: 'book',\n};\n");
    // The base of the next merge is sdkgen's new README.
    expect(readFileSync(path.join(dir, '.sdkgen/pristine/README.md'), 'utf8')).toBe(sdkgenReadme('pencil'));
  });

  it('stays so on the regeneration after: nothing changed, nothing to merge', async () => {
    const { dir } = await movedRepository('readme-regeneration-twice');
    await writeOutput(dir, [{ path: 'README.md', contents: sdkgenReadme('pencil') }], { force: false });
    const once = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const again = await writeOutput(dir, [{ path: 'README.md', contents: sdkgenReadme('pencil') }], { force: false });
    expect(again.conflicts).toEqual([]);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(once);
  });

  it("still shows a conflict in api.md, sdkgen's reference of the API, where edits and sdkgen's change meet", async () => {
    const { dir } = await movedRepository('readme-regeneration-api-md');
    writeFileSync(path.join(dir, 'api.md'), API_MD('OrderOfOurs'));
    const written = await writeOutput(
      dir,
      [
        { path: 'README.md', contents: sdkgenReadme('book') },
        { path: 'api.md', contents: API_MD('OrderDetail') },
      ],
      { force: false },
    );
    expect(written.conflicts).toEqual(['api.md']);
  });
});
