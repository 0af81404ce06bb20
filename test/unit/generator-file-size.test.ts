/**
 * The house rule that every generator file stays under 700 lines, held for every stage: a file
 * at the limit is split into a module of its folder, not grown (test/unit/ir-passes.test.ts held generator/ir alone).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const GENERATOR = path.join(import.meta.dirname, '..', '..', 'generator');

describe('the generator', () => {
  it('has no file over 700 lines', () => {
    const long = readdirSync(GENERATOR, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [file, readFileSync(path.join(GENERATOR, file), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 700);
    expect(long).toEqual([]);
  });
});
