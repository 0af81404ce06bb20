import { describe, expect, it } from 'vitest';
import { errorClassName, functionNames } from '../../generator/naming/funcs';

describe('standalone function names', () => {
  it('join the resource path and the method in camelCase', () => {
    expect(
      functionNames([
        ['servers.releases', 'list'],
        ['health', 'check'],
        ['api_keys', 'create'],
      ]),
    ).toEqual(['serversReleasesList', 'healthCheck', 'apiKeysCreate']);
  });

  it('are unique and never a reserved word', () => {
    expect(
      functionNames([
        ['a.b', 'c'],
        ['a', 'bC'],
        ['', 'delete'],
      ]),
    ).toEqual(['aBC', 'aBC2', 'deleteFn']);
  });

  it('fit a file name: a very long one is cut and ends in a hash of the whole name', () => {
    const long = 'segment'.repeat(60);
    const [a, b] = functionNames([
      [long, 'get'],
      [long, 'list'],
    ]);
    expect(Buffer.byteLength(a!)).toBeLessThanOrEqual(200);
    expect(a).toMatch(/^segment[a-z]*_[0-9a-f]{8}$/);
    expect(b).not.toBe(a);
  });
});

describe('error class of a documented status', () => {
  it.each([
    ['400', 'BadRequestError'],
    ['404', 'NotFoundError'],
    ['422', 'UnprocessableEntityError'],
    ['503', 'InternalServerError'],
    ['5XX', 'InternalServerError'],
    ['418', 'APIError'],
    ['4XX', 'APIError'],
    ['default', 'APIError'],
  ])('%s → %s', (status, name) => {
    expect(errorClassName(status)).toBe(name);
  });
});
