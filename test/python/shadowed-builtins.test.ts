/**
 * A model whose fields are named like the builtins its annotations use (`str`, `int`, `bool`): a field with a
 * default binds the name in the class, where pydantic resolves the annotations, so they must say `builtins.str`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePython, runProcess, venvPython } from '../helpers/python';

const CHECK = `
import json
from shadow_sdk.types.thing import Thing
thing = Thing.model_validate({"enum": "a", "str": "s", "name": "n", "int": 4, "count": 3, "List": ["x"], "bool": True})
print(json.dumps(thing.model_dump(by_alias=True, exclude_none=True), sort_keys=True))
print(Thing.model_fields["count"].annotation)
`;
import { tempDir } from '../helpers/sdk';

describe('a model with fields named like builtins', () => {
  const out = tempDir('sdkgen-py-shadow');

  it('parses every field as its own type', async () => {
    generatePython(path.join(import.meta.dirname, 'fixtures', 'shadowed-builtins.yaml'), out);
    const result = await runProcess(venvPython(), ['-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      JSON.stringify({ List: ['x'], bool: true, count: 3, enum: 'a', int: 4, name: 'n', str: 's' }).replace(
        /([,:])/g,
        '$1 ',
      ),
      'typing.Optional[int]',
    ]);
  }, 120_000);
});
