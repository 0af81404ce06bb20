/**
 * write/prettier-width.ts: an import statement the three-way merge writes by name (merge-ts-imports.ts) is printed at
 * the width of the project's own prettier config (its `.prettierrc.json`, or package.json's `prettier`), else at
 * sdkgen's formatter width.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPrintOf } from '../../generator/write/prettier-width';
import { pristinePath } from '../../generator/write/pristine';
import { writeOutput } from '../../generator/write/write';
import { tempDir } from '../helpers/sdk';

const module = (names: string) => `import { ${names} } from './shared';\n\nexport class Responses {}\n`;

describe('the print width of a merged import', () => {
  it('is read from the project’s prettier config, else sdkgen’s', () => {
    const dir = tempDir('print-width');
    expect(importPrintOf(dir)).toEqual({ printWidth: 110, trailingComma: true });
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ prettier: { trailingComma: 'none' } }));
    expect(importPrintOf(dir)).toEqual({ printWidth: 80, trailingComma: false });
    writeFileSync(path.join(dir, '.prettierrc.json'), JSON.stringify({ printWidth: 60 }));
    expect(importPrintOf(dir)).toEqual({ printWidth: 60, trailingComma: true });
  });

  it('breaks the statement the merge writes past the project’s width', async () => {
    const dir = path.join(tempDir('print-width'), 'sdk');
    const file = 'src/resources/responses.ts';
    await writeOutput(dir, [{ path: file, contents: module('ResponseObject, ResponseStreamEvent') }], { force: false });
    writeFileSync(path.join(dir, '.prettierrc.json'), JSON.stringify({ printWidth: 60 }));
    // (The merge's base: sdkgen's last output of the file, as a merge before would have kept it.)
    mkdirSync(path.dirname(path.join(dir, pristinePath(file))), { recursive: true });
    writeFileSync(path.join(dir, pristinePath(file)), module('ResponseObject, ResponseStreamEvent'));
    writeFileSync(path.join(dir, file), module('ResponseObject, ResponseStreamEvent, OwnersEvent'));
    const result = await writeOutput(dir, [{ path: file, contents: module('ResponseObject, ResponseCount') }], {
      force: false,
    });
    expect(result.conflicts).toEqual([]);
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(
      "import {\n  ResponseObject,\n  OwnersEvent,\n  ResponseCount,\n} from './shared';\n\nexport class Responses {}\n",
    );
  });
});
