/**
 * write/merge-ts-imports.ts: TypeScript import statements both sides of a three-way merge insert at one point (the
 * owners' import in a resource module, and a regeneration's new `path` import after the same line), or both change in
 * one statement. Both kept, each once, in an order that does not depend on which side is which; names bound twice
 * (or a statement that is not a whole import) leave the conflict. Each case is merged both ways round.
 */
import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '../../generator/write/merge';
import { edit, file, mergeBothWays } from '../helpers/merge-cases';

const CODE = { code: true };

describe('TypeScript imports both sides insert at one point', () => {
  const module = file(
    "import { APIResource } from '../core/resource';",
    "import { APIPromise } from '../core/api-promise';",
    "import { RequestOptions } from '../internal/request-options';",
    '',
    'export class Responses extends APIResource {}',
  );
  const owners = "import { addOutputText } from '../lib/output-text';";
  const path = "import { path } from '../internal/utils/path';";

  it('keeps both, in the order of the modules they name', () => {
    const ours = edit(module, 3, 3, [owners]);
    const theirs = edit(module, 3, 3, [path]);
    // Without the rule (in a file that is not code): a conflict.
    expect(mergeThreeWay(module, ours, theirs).conflicts).toBe(1);
    const merged = mergeBothWays(module, ours, theirs, CODE);
    expect(merged).toEqual({ text: edit(module, 3, 3, [path, owners]), conflicts: 0 });
  });

  it('reads statements over several lines, default and namespace imports, `import type`', () => {
    const mine = ['import {', '  addOutputText,', '  type OutputText,', "} from '../lib/output-text';"];
    const theirs = ["import * as Shared from './shared';", "import type Default from '../internal/default';"];
    const merged = mergeBothWays(module, edit(module, 3, 3, mine), edit(module, 3, 3, theirs), CODE);
    expect(merged).toEqual({ text: edit(module, 3, 3, [...mine, ...theirs]), conflicts: 0 });
  });

  it('takes a statement both sides insert once', () => {
    const merged = mergeBothWays(module, edit(module, 3, 3, [owners, path]), edit(module, 3, 3, [path]), CODE);
    expect(merged).toEqual({ text: edit(module, 3, 3, [owners, path]), conflicts: 0 });
  });

  it('keeps the conflict for a name bound twice, a side-effect import, or lines that are not imports', () => {
    const twice = "import { path } from '../lib/my-path';";
    expect(mergeBothWays(module, edit(module, 3, 3, [twice]), edit(module, 3, 3, [path]), CODE).conflicts).toBe(1);
    const elsewhere = edit(module, 0, 0, [twice]);
    const owned = edit(elsewhere, 4, 4, [owners]);
    expect(mergeBothWays(elsewhere, owned, edit(elsewhere, 4, 4, [path]), CODE).conflicts).toBe(1);
    const shim = "import '../lib/shims';";
    expect(mergeBothWays(module, edit(module, 3, 3, [shim]), edit(module, 3, 3, [path]), CODE).conflicts).toBe(1);
    const code = 'const x = 1;';
    expect(mergeBothWays(module, edit(module, 3, 3, [code]), edit(module, 3, 3, [path]), CODE).conflicts).toBe(1);
  });
});

describe('TypeScript: one import statement both sides change', () => {
  const module = file(
    "import { APIResource } from '../core/resource';",
    "import { ResponseObject, ResponseStreamEvent } from './shared';",
    '',
    'export class Responses extends APIResource {}',
  );

  it('merges the names: both sides’ additions in, a name either removed out', () => {
    const ours = edit(module, 1, 2, ["import { ResponseObject, ResponseStreamEvent, type Mine } from './shared';"]);
    const theirs = edit(module, 1, 2, ["import { ResponseObject, ResponseCount } from './shared';"]);
    const merged = mergeBothWays(module, ours, theirs, CODE);
    expect(merged).toEqual({
      text: edit(module, 1, 2, ["import { ResponseObject, type Mine, ResponseCount } from './shared';"]),
      conflicts: 0,
    });
  });

  it('keeps the conflict when the statements name different modules or change a default import', () => {
    const ours = edit(module, 1, 2, ["import { ResponseObject, ResponseStreamEvent } from './shared2';"]);
    const theirs = edit(module, 1, 2, ["import { ResponseObject, ResponseCount } from './shared';"]);
    expect(mergeBothWays(module, ours, theirs, CODE).conflicts).toBe(1);
    const defaulted = edit(module, 1, 2, ["import Shared, { ResponseObject, ResponseStreamEvent } from './shared';"]);
    expect(mergeBothWays(module, defaulted, theirs, CODE).conflicts).toBe(1);
  });
});
