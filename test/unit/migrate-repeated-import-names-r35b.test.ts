/**
 * An owners' import carried into sdkgen's module that binds only names the module imports already, from another
 * path (anthropic's `import { type PageParams, PageResponse } from './core/pagination'` beside sdkgen's
 * `import type { Page, PageParams, PageResponse } from './pagination.js'`): TypeScript's duplicate identifiers, dropped.
 */
import { describe, expect, it } from 'vitest';
import { withoutRepeatedImports } from '../../generator/migrate/reapply/duplicate-imports';

const SDKGEN =
  "import type { Page, PageParams, PageResponse } from './pagination.js';\nimport * as API from './api.js';";

describe('migrate: a carried import of names imported already', () => {
  it('drops one whose every name an earlier import binds', () => {
    const text = `${SDKGEN}\nimport { type PageParams, PageResponse } from './core/pagination';\n\nconst x = 1;\n`;
    expect(withoutRepeatedImports(text)).toBe(`${SDKGEN}\n\nconst x = 1;\n`);
    expect(withoutRepeatedImports(`${SDKGEN}\nimport * as API from './resources/index';\n`)).toBe(`${SDKGEN}\n`);
  });

  it('keeps one that binds a name of its own (that name only: cerebras, h-a), or renames one', () => {
    const own = `${SDKGEN}\nimport { PageParams, CursorPage } from './core/pagination';\n`;
    expect(withoutRepeatedImports(own)).toBe(`${SDKGEN}\nimport { CursorPage } from './core/pagination';\n`);
    const renamed = `${SDKGEN}\nimport { PageParams as Params } from './core/pagination';\n`;
    expect(withoutRepeatedImports(renamed)).toBe(renamed);
    const sideEffect = `${SDKGEN}\nimport './shims';\n`;
    expect(withoutRepeatedImports(sideEffect)).toBe(sideEffect);
  });
});
