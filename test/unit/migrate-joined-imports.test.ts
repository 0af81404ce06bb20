/**
 * A carried module imports each module once: an owners' carried import statement beside sdkgen's import of the same
 * module is joined into sdkgen's (TS2300 otherwise: a name both import is a duplicate identifier), and a re-export
 * list two carried hunks each added a name to names it once.
 */
import { describe, expect, it } from 'vitest';
import {
  withoutRepeatedImports,
  withoutRepeatedImportsInPlan,
} from '../../generator/migrate/reapply/duplicate-imports';
import { importsJoined } from '../../generator/migrate/reapply/joined-imports';

describe('migrate: imports of one module in a carried module', () => {
  it("joins the owners' multi-line import into sdkgen's one-line import of the same module", () => {
    const text = [
      "import { APIResource } from '../../core/resource';",
      "import { Page, PagePromise } from '../../core/pagination';",
      "import { path } from '../../internal/utils/path';",
      'import {',
      '  ConversationCursorPage,',
      '  type ConversationCursorPageParams,',
      '  PagePromise,',
      "} from '../../core/pagination';",
      '',
      'export class Items extends APIResource {}',
    ].join('\n');
    expect(withoutRepeatedImports(text)).toBe(
      [
        "import { APIResource } from '../../core/resource';",
        'import {',
        '  Page,',
        '  PagePromise,',
        '  ConversationCursorPage,',
        '  type ConversationCursorPageParams,',
        "} from '../../core/pagination';",
        "import { path } from '../../internal/utils/path';",
        '',
        'export class Items extends APIResource {}',
      ].join('\n'),
    );
  });

  it('joins two multi-line imports of one module, each name once, on one line where it fits', () => {
    const text = [
      'import {',
      '  Message,',
      '  MessagesPage,',
      "} from './messages';",
      "import * as RunsAPI from './runs/runs';",
      'import {',
      '  MessagesPage,',
      '  Text,',
      "} from './messages';",
    ].join('\n');
    expect(withoutRepeatedImports(text)).toBe(
      ["import { Message, MessagesPage, Text } from './messages';", "import * as RunsAPI from './runs/runs';"].join(
        '\n',
      ),
    );
  });

  it('keeps a value import of a name imported as a type too, and joins `import type` into `import` where they share one', () => {
    const text = [
      "import { type PagePromise, Page } from './pagination';",
      "import type { PagePromise as P2 } from './pagination';",
      "import type { CursorPage, Page } from './pagination';",
      "import { PagePromise } from './pagination';",
    ].join('\n');
    expect(importsJoined(text)).toBe(
      [
        "import { PagePromise, Page, type CursorPage } from './pagination';",
        "import type { PagePromise as P2 } from './pagination';",
      ].join('\n'),
    );
  });

  it('leaves statements that bind one name to two things, and statements of other modules', () => {
    const text = [
      "import { CursorPage } from './pagination';",
      'import {',
      '  Page as CursorPage,',
      '  PagePromise,',
      "} from './pagination';",
      "import { Stream } from './streaming';",
    ].join('\n');
    expect(withoutRepeatedImports(text)).toBe(text);
  });

  it('names a re-exported name once in a re-export list', () => {
    const text = [
      'export {',
      '  Completions,',
      '  type ChatCompletionStoreMessagesPage,',
      '  type ChatCompletionsPage,',
      '  type ChatCompletionsPage,',
      '  type ChatCompletionStoreMessagesPage,',
      "} from './completions';",
    ].join('\n');
    expect(withoutRepeatedImports(text)).toBe(
      [
        'export {',
        '  Completions,',
        '  type ChatCompletionStoreMessagesPage,',
        '  type ChatCompletionsPage,',
        "} from './completions';",
      ].join('\n'),
    );
  });

  it("leaves sdkgen's own modules byte for byte", () => {
    const own = ["import { Page } from './pagination';", "import { PagePromise } from './pagination';", ''].join('\n');
    const plan = {
      writes: [{ path: 'src/resources/a.ts', contents: own }],
      generated: [{ path: 'src/resources/a.ts', contents: own }],
      reapplied: [{ path: 'src/resources/a.ts' }],
      rejected: [],
    };
    withoutRepeatedImportsInPlan(plan);
    expect(plan.writes[0].contents).toBe(own);
  });
});
