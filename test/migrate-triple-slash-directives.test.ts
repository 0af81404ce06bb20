/**
 * A triple-slash directive (`/// <reference lib="dom" />`, cartesia-js's owners put two atop Stainless's
 * src/internal/headers.ts) is read by the compiler: an edit adding one is no comment-only edit, and is never dropped
 * as one.
 */
import { describe, expect, it } from 'vitest';
import { commentsOnlyEdited } from '../generator/migrate/owners/moot-edits';
import { sameCode } from '../generator/migrate/repository/code-mask';

const STAINLESS = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { isReadonlyArray } from './utils/values';

export const headers = isReadonlyArray;
`;

const WITH_DIRECTIVES = STAINLESS.replace(
  '\n\nimport',
  '\n\n/// <reference lib="dom" />\n/// <reference lib="dom.iterable" />\n\nimport',
);

describe('triple-slash directives', () => {
  it('are code, not comments', () => {
    expect(sameCode(STAINLESS, WITH_DIRECTIVES)).toBe(false);
    expect(commentsOnlyEdited('src/internal/headers.ts', STAINLESS, WITH_DIRECTIVES)).toBe(false);
  });

  it('while a comment of three slashes that is no directive stays a comment', () => {
    const commented = STAINLESS.replace('\n\nimport', '\n\n/// a note of the owners\n\nimport');
    expect(sameCode(STAINLESS, commented)).toBe(true);
    expect(commentsOnlyEdited('src/internal/headers.ts', STAINLESS, commented)).toBe(true);
  });
});
