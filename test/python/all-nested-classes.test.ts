/**
 * A type module's `__all__` lists, after the type it is named for, every class it declares for nested objects,
 * parents before their children (as Stainless's SDKs list them), and nothing it does not define.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

function exported(module: string): string[] {
  const list = /^__all__ = \[([^\]]*)\]/m.exec(module)?.[1] ?? '';
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

describe('__all__ of a type module', () => {
  const out = tempDir('py-all-nested');
  beforeAll(() => generatePython(path.join(import.meta.dirname, 'fixtures', 'nested-names.yaml'), out));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('names the nested classes, parents first', () => {
    const module = readFileSync(path.join(out, 'src/stages_sdk/types/stage_list_response.py'), 'utf8');
    expect(exported(module)).toEqual(['StageListResponse', 'AccountStage', 'AccountStageCategory', 'Field', 'Meta']);
  });

  it('names exactly the public classes and aliases each module declares', () => {
    const types = path.join(out, 'src/stages_sdk/types');
    for (const file of readdirSync(types).filter((f) => f.endsWith('.py') && f !== '__init__.py')) {
      const module = readFileSync(path.join(types, file), 'utf8');
      const declared = [...module.matchAll(/^(?:class (\w+)|(\w+): TypeAlias =)/gm)]
        .map((m) => m[1] ?? m[2])
        .filter((name) => !name.startsWith('_'));
      expect(exported(module).sort(), file).toEqual(declared.sort());
    }
  });
});
