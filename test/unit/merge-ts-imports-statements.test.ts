/**
 * write/merge-ts-imports.ts (session 53): a by-name merge printed as prettier prints it (one name a line past the
 * print width), two statements for one module and kind joined, several statements in one region merged each, and a
 * name's or a statement's trailing `//` comment kept with it. Where the merge can't decide, the conflict stays (no
 * name dropped). Each case merged both ways round.
 */
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { edit, file, mergeBothWays } from '../helpers/merge-cases';

const CODE = { code: true };

const module = file(
  "import { APIResource } from '../core/resource';",
  "import { ResponseObject, ResponseStreamEvent } from './shared';",
  "import { RequestOptions } from '../internal/request-options';",
  '',
  'export class Responses extends APIResource {}',
);

describe('a merged statement is printed as prettier prints it', () => {
  it('breaks one name a line past the print width, with the trailing comma the config gives', async () => {
    const ours = edit(module, 1, 2, [
      "import { ResponseObject, ResponseStreamEvent, type ResponseInputItemWithAVeryLongName } from './shared';",
    ]);
    const theirs = edit(module, 1, 2, [
      "import { ResponseObject, ResponseStreamEvent, ResponseCountParamsWithLongerName } from './shared';",
    ]);
    const merged = mergeBothWays(module, ours, theirs, CODE);
    expect(merged.conflicts).toBe(0);
    const options = { parser: 'typescript', printWidth: 110, singleQuote: true, trailingComma: 'all' } as const;
    expect(merged.text).toBe(await prettier.format(merged.text, options));
    expect(merged.text).toContain('import {\n  ResponseObject,\n');
    expect(merged.text).toContain("  type ResponseInputItemWithAVeryLongName,\n} from './shared';\n");
    // A narrower width, no trailing comma: as prettier prints it with those.
    const narrow = { printWidth: 60, trailingComma: false };
    const short = mergeBothWays(
      module,
      edit(module, 1, 2, ["import { ResponseObject, ResponseStreamEvent, Mine } from './shared';"]),
      edit(module, 1, 2, ["import { ResponseObject, ResponseStreamEvent, Theirs } from './shared';"]),
      { code: true, imports: narrow },
    );
    expect(short.text).toBe(await prettier.format(short.text, { ...options, printWidth: 60, trailingComma: 'none' }));
    expect(short.text).toContain("  Theirs\n} from './shared';\n");
  });
});

describe('statements merged one by one', () => {
  it('joins two named imports of one module and kind both sides insert; `import type` stays apart', () => {
    // (Added names go in code-point order of the names they bind.)
    const ours = edit(module, 3, 3, ["import { addOutputText } from '../lib/output-text';"]);
    const theirs = edit(module, 3, 3, ["import { OutputText } from '../lib/output-text';"]);
    expect(mergeBothWays(module, ours, theirs, CODE)).toEqual({
      text: edit(module, 3, 3, ["import { OutputText, addOutputText } from '../lib/output-text';"]),
      conflicts: 0,
    });
    const typed = edit(module, 3, 3, ["import type { OutputText } from '../lib/output-text';"]);
    expect(mergeBothWays(module, ours, typed, CODE)).toEqual({
      text: edit(module, 3, 3, [
        "import { addOutputText } from '../lib/output-text';",
        "import type { OutputText } from '../lib/output-text';",
      ]),
      conflicts: 0,
    });
  });

  it('merges each of several statements both sides changed in one region', () => {
    const ours = edit(module, 0, 3, [
      "import { APIResource, type Mine } from '../core/resource';",
      "import { ResponseObject, ResponseStreamEvent, OwnersEvent } from './shared';",
      "import { RequestOptions } from '../internal/request-options';",
    ]);
    const theirs = edit(module, 0, 3, [
      "import { APIResource } from '../core/resource';",
      "import { ResponseObject, ResponseCount } from './shared';",
      "import { APIPromise } from '../core/api-promise';",
      "import { RequestOptions, FinalRequestOptions } from '../internal/request-options';",
    ]);
    expect(mergeBothWays(module, ours, theirs, CODE)).toEqual({
      text: edit(module, 0, 3, [
        "import { APIResource, type Mine } from '../core/resource';",
        "import { ResponseObject, OwnersEvent, ResponseCount } from './shared';",
        "import { APIPromise } from '../core/api-promise';",
        "import { RequestOptions, FinalRequestOptions } from '../internal/request-options';",
      ]),
      conflicts: 0,
    });
  });

  it('keeps a name’s trailing comment with it, and the statement’s after it', () => {
    const ours = edit(module, 1, 2, [
      'import {',
      '  ResponseObject,',
      '  ResponseStreamEvent, // eslint-disable-line',
      "} from './shared'; // owners",
    ]);
    const theirs = edit(module, 1, 2, [
      "import { ResponseObject, ResponseStreamEvent, ResponseCount } from './shared';",
    ]);
    expect(mergeBothWays(module, ours, theirs, CODE)).toEqual({
      text: edit(module, 1, 2, [
        'import {',
        '  ResponseObject,',
        '  ResponseStreamEvent, // eslint-disable-line',
        '  ResponseCount,',
        "} from './shared'; // owners",
      ]),
      conflicts: 0,
    });
  });

  it('keeps the conflict where it can’t decide, never dropping a name', () => {
    // One side removes a statement, the other adds a name to it.
    const removed = edit(module, 1, 2, []);
    const added = edit(module, 1, 2, [
      "import { ResponseObject, ResponseStreamEvent, ResponseCount } from './shared';",
    ]);
    expect(mergeBothWays(module, removed, added, CODE).conflicts).toBe(1);
    // Both change one name's comment differently.
    const mine = edit(module, 1, 2, ["import { ResponseObject, ResponseStreamEvent } from './shared'; // mine"]);
    const yours = edit(module, 1, 2, ["import { ResponseObject, ResponseStreamEvent } from './shared'; // yours"]);
    expect(mergeBothWays(module, mine, yours, CODE).conflicts).toBe(1);
    // A comment on its own line among the names.
    const own = edit(module, 1, 2, ['import {', '  // mine', '  ResponseObject,', '  Extra,', "} from './shared';"]);
    expect(mergeBothWays(module, own, added, CODE).conflicts).toBe(1);
    // A side's statements in another order than the base's.
    const swapped = edit(module, 0, 2, [
      "import { ResponseObject, ResponseStreamEvent, Mine } from './shared';",
      "import { APIResource } from '../core/resource';",
    ]);
    expect(mergeBothWays(module, swapped, added, CODE).conflicts).toBe(1);
  });
});
