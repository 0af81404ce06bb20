/**
 * `sdkgen migrate --from-repo` without a config matches each type api.md lists to a spec schema by its shape as
 * Stainless declared it. An interface that extends another (`export interface Dog extends Shared.Animal { … }`, the
 * spec's `allOf`) has the properties of the one it extends too, as the schema's shape has its parts': it is matched by
 * shape as other models are, not by name only.
 */
import { describe, expect, it } from 'vitest';
import { declaredShapes } from '../generator/migrate/derived-config/declared-shapes';

const FILES: Record<string, string> = {
  'src/resources/shared.ts': `export interface Animal {
  id: string;

  kind: 'animal' | 'plant';
}
`,
  'src/resources/dogs.ts': `import * as Shared from './shared';

export interface Dog extends Shared.Animal {
  breed: string;

  kind: 'dog';
}

export interface Puppy extends Dog, Tagged {}

interface Tagged {
  tag?: string;
}

export interface Stray extends Unknown {
  name: string;
}
`,
};

const types = ['Animal:shared', 'Dog:dogs', 'Puppy:dogs', 'Stray:dogs'].map((t) => {
  const [name, file] = t.split(':');
  return { name, module: `./src/resources/${file}.ts` };
});

describe('the shape of an interface that extends another', () => {
  const shapes = declaredShapes(types, (path) => FILES[path] ?? null);

  it('has the properties of those it extends, its own overriding theirs', () => {
    expect(shapes.get('Dog')).toEqual({
      kind: 'object',
      members: ['breed', 'id', 'kind'],
      detail: ['breed', 'id', 'kind=dog'],
    });
    expect(shapes.get('Puppy')?.members).toEqual(['breed', 'id', 'kind', 'tag']);
  });

  it('has none where one it extends is declared nowhere it reads', () => {
    expect(shapes.has('Stray')).toBe(false);
    expect(shapes.get('Animal')?.members).toEqual(['id', 'kind']);
  });
});
