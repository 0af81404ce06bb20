/**
 * A success response whose content gives no schema (examples at most, or a bare `text/csv: {}`): Stainless's Python
 * SDKs do not read the body, the method returns None (api.md `-> None`, tests `assert x is None`); a schema, even
 * `{}` or a text one, keeps its type.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonSdk } from '../helpers/python-sdk';

describe('responses with no schema', () => {
  const { out } = pythonSdk('py-schemaless', {
    spec: path.join(import.meta.dirname, 'fixtures', 'schemaless-responses.yaml'),
  });

  it('return None, and keep their type with a schema', () => {
    const returns = Object.fromEntries(
      [
        ...readFileSync(path.join(out, 'api.md'), 'utf8').matchAll(/<code title="(get [^"]+)">.*\) -> (.*)<\/code>/g),
      ].map((m) => [m[1], m[2].replace(/<[^>]+>/g, '')]),
    );
    expect(returns).toEqual({
      'get /stages': 'None',
      'get /stages/export.csv': 'None',
      'get /stages/{id}': 'StageRetrieveResponse',
      'get /stages/{id}/notes': 'str',
    });
    const resource = readFileSync(path.join(out, 'src/stages_sdk/resources/stages/stages.py'), 'utf8');
    expect(resource).toMatch(/"\/stages",\n[\s\S]*?cast_to=NoneType/);
  });
});
