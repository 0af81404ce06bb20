/**
 * The values the generated tests pass and the annotations they meet, for the forms that once gave the corpus's
 * Python SDKs type errors (test/python/corpus-python.test.ts checks them with pyright): each value is of its
 * param's type, path params of any type are annotated and imported where the method is, and a shared model and its
 * params form of one name are both importable in one module.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';

const FIXTURE = path.join(import.meta.dirname, '..', 'python', 'fixtures', 'typed-examples.yaml');

describe('typed example values and path params (test/python/fixtures/typed-examples.yaml)', async () => {
  const result = await generate({ spec: FIXTURE, config: null, target: 'python', pythonPackage: 'typed' });
  const file = (name: string) => {
    const found = result.files.find((f) => f.path === name);
    if (!found) throw new Error(`not generated: ${name}`);
    return found.contents;
  };
  const firstCall = (text: string, method: string) => {
    const at = text.indexOf(`.${method}(`);
    return text.slice(at, text.indexOf('\n        )', at));
  };

  it('passes path params of their own type: an integer, a number, an enum value (never their names)', () => {
    const call = firstCall(file('tests/api_resources/orders/test_lines.py'), 'retrieve');
    expect(call).toContain('kind="all",');
    // The spec's example 2.5 is no int: the integer's value is 0.
    expect(call).toContain('order_id=0,');
    expect(call).toContain('line_no=0,');
  });

  it('writes an integer bound, an enum example of the enum as the schema allows', () => {
    const text = file('tests/api_resources/orders/test_lines.py');
    expect(text).toContain('page=1,');
    expect(text).toContain('mode="slow",');
  });

  it('tests empty path params only where the method rejects them (strings)', () => {
    expect(file('tests/api_resources/orders/test_lines.py')).not.toContain('test_path_params');
    // Numbers are never checked; a string enum is, as Stainless's SDKs check it (its tests pass no empty one).
    expect(file('src/typed/resources/orders/lines.py')).not.toMatch(/non-empty value for `(order_id|line_no)`/);
    expect(file('src/typed/resources/orders/lines.py')).toContain('Expected a non-empty value for `kind`');
    expect(file('tests/api_resources/test_stores.py')).toContain('def test_path_params_delete');
    expect(file('src/typed/resources/stores.py')).toContain('Expected a non-empty value for `store_id`');
  });

  it('annotates array and object path params with names the resource module defines or imports', () => {
    const resource = file('src/typed/resources/styled.py');
    expect(resource).toMatch(/from \.\._types import [^\n]*\bSequenceNotStr\b/);
    expect(resource).toMatch(/^class RetrieveFilter\(TypedDict, total=False\):\n {4}name: str$/m);
    expect(resource).toContain('filter: RetrieveFilter,');
    expect(resource).toContain('list: SequenceNotStr[str],');
    const call = firstCall(file('tests/api_resources/test_styled.py'), 'retrieve');
    // Its properties are all optional: `{}` would be an empty path segment, so they are written.
    expect(call).toMatch(/filter=\{\s*"name": "name",?\s*\},/);
    expect(call).toContain('list=["string"],');
  });

  it('gives a body of incompatible allOf parts a value of the annotation it takes (the first part)', () => {
    expect(file('src/typed/resources/mixed.py')).toContain('body: str | Omit = omit,');
    expect(file('tests/api_resources/test_mixed.py')).toContain('body="body",');
  });

  it('passes every required field of a self-referencing body, the cycle cut by an untyped empty value', () => {
    expect(file('src/typed/resources/trees.py')).toContain('parent: TreeNodeParam,');
    expect(firstCall(file('tests/api_resources/test_trees.py'), 'create')).toBe(
      [
        '.create(',
        '            id="id",',
        '            parent={',
        '                "id": "id",',
        '                "parent": cast(Any, {}),',
        '            },',
      ].join('\n'),
    );
  });

  it('casts a multipart body without the builtin `object` where a param of that name shadows it', () => {
    const resource = file('src/typed/resources/uploads.py');
    expect(resource).toContain('object: upload_create_params.Object | Omit = omit,');
    expect(resource).toContain('files = extract_files(cast(Mapping[str, Any], body), paths=[["file"]])');
  });

  it('imports a shared params form under an alias where its model of the same name is imported', () => {
    const resource = file('src/typed/resources/tags.py');
    expect(resource).toContain('from ..types.shared.typed_tags import TypedTags\n');
    expect(resource).toContain('from ..types.shared_params.typed_tags import TypedTags as TypedTagsParam\n');
    expect(resource).toContain('body: TypedTagsParam | Omit = omit,');
    expect(resource).toContain(') -> TypedTags:');
  });
});
