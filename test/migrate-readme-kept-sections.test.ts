/**
 * The README merged by section (write/markdown-sections.ts): a section the owners left as Stainless wrote it, where
 * sdkgen writes no section of that heading, stays in their README on a migration, in its place; on a regeneration a
 * section sdkgen itself wrote and no longer writes goes.
 */
import { describe, expect, it } from 'vitest';
import { mergeSections } from '../generator/write/markdown-sections';

const STAINLESS = `# Acme Node API Library

The Acme library gives access to the Acme REST API.

## Installation

npm install acme

## Semantic versioning

This package follows SemVer, with exceptions for changes to static types.

## Requirements

TypeScript >= 4.9 is supported.
`;

// The owners rewrote the intro and kept the rest as Stainless wrote it.
const OWNERS = STAINLESS.replace(
  'The Acme library gives access to the Acme REST API.',
  'Acme for servers: uploads, transforms and delivery.',
);

const SDKGEN = `# Acme TypeScript SDK

A typed client for the Acme API.

## Installation

\`\`\`sh
npm install acme
\`\`\`

## Requirements

Node 18 or newer.
`;

describe('a section the owners kept as Stainless wrote it, which sdkgen does not write', () => {
  it('stays on a migration, in its place, with its text', () => {
    const merged = mergeSections(STAINLESS, OWNERS, SDKGEN, 'edited').text;
    expect(merged.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# Acme Node API Library',
      '## Installation',
      '## Semantic versioning',
      '## Requirements',
    ]);
    expect(merged).toContain('Acme for servers: uploads, transforms and delivery.');
    expect(merged).toContain(
      '\n## Semantic versioning\n\nThis package follows SemVer, with exceptions for changes to static types.\n\n## Requirements\n\nNode 18 or newer.\n',
    );
    // Sections with a counterpart are still sdkgen's.
    expect(merged).not.toContain('TypeScript >= 4.9');
  });

  it("goes on a regeneration, where it was sdkgen's own section and sdkgen dropped it", () => {
    const edited = SDKGEN.replace('A typed client for the Acme API.', 'Our Acme client.');
    const next = SDKGEN.replace('\n## Requirements\n\nNode 18 or newer.\n', '');
    const merged = mergeSections(SDKGEN, edited, next, 'lines').text;
    expect(merged).toContain('Our Acme client.');
    expect(merged).not.toContain('## Requirements');
  });
});
