/**
 * The query-string serialiser an SDK made from a Stainless config has at Stainless's `internal/qs` paths: what the
 * `qs` package's `stringify` writes (as its README documents it), for each option Stainless's took. Each row is
 * checked against sdkgen's module and against the `qs` package itself (a devDependency of sdkgen's, for this
 * comparison only: no SDK depends on it).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  encode,
  formats,
  stringify,
  stringifyQuery,
  type StringifyOptions,
} from '../../templates/base/src/internal/stainless-qs';

const qs = createRequire(import.meta.url)('qs') as {
  stringify: (object: unknown, options?: StringifyOptions) => string;
};

const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

const ROWS: Array<[input: unknown, options: StringifyOptions, expected: string]> = [
  [{ a: 'b', c: 'd' }, {}, 'a=b&c=d'],
  [{ a: { b: { c: 'd' } } }, {}, 'a%5Bb%5D%5Bc%5D=d'],
  [{ a: { b: { c: 'd' } } }, { encode: false }, 'a[b][c]=d'],
  [{ a: ['b', 'c'] }, { encodeValuesOnly: true }, 'a[0]=b&a[1]=c'],
  [{ a: ['b', 'c'] }, { arrayFormat: 'indices', encodeValuesOnly: true }, 'a[0]=b&a[1]=c'],
  [{ a: ['b', 'c'] }, { arrayFormat: 'brackets', encodeValuesOnly: true }, 'a[]=b&a[]=c'],
  [{ a: ['b', 'c'] }, { arrayFormat: 'repeat' }, 'a=b&a=c'],
  [{ a: ['b', 'c'] }, { arrayFormat: 'comma' }, 'a=b%2Cc'],
  [{ a: ['b', 'c d'] }, { arrayFormat: 'comma', encodeValuesOnly: true }, 'a=b,c%20d'],
  [{ a: ['b'] }, { arrayFormat: 'comma', commaRoundTrip: true, encodeValuesOnly: true }, 'a[]=b'],
  [{ a: ['b', 'c'] }, { indices: false }, 'a=b&a=c'],
  [{ a: [] }, {}, ''],
  [{ a: [], b: 1 }, { allowEmptyArrays: true, encodeValuesOnly: true }, 'a[]&b=1'],
  [{ a: { b: 'c', d: ['e'] } }, { allowDots: true }, 'a.b=c&a.d%5B0%5D=e'],
  [{ 'name.obj': { first: 'John' } }, { allowDots: true, encodeDotInKeys: true }, 'name%252Eobj.first=John'],
  // Knock's owners' test: arrays of objects with indices.
  [
    { objects: [{ id: 1, collection: 'teams' }] },
    { encodeValuesOnly: true, arrayFormat: 'indices' },
    'objects[0][id]=1&objects[0][collection]=teams',
  ],
  [{ a: [{ b: 1 }, { b: 2 }] }, { arrayFormat: 'brackets', encodeValuesOnly: true }, 'a[][b]=1&a[][b]=2'],
  [{ a: 'b c', d: 'é', e: "!'()*~._-" }, {}, 'a=b%20c&d=%C3%A9&e=%21%27%28%29%2A~._-'],
  [{ a: 'b c', e: '()' }, { format: 'RFC1738' }, 'a=b+c&e=()'],
  [{ a: 'b c' }, { format: 'RFC3986' }, 'a=b%20c'],
  [{ a: null, b: undefined, c: '' }, {}, 'a=&c='],
  [{ a: null, b: 'x' }, { skipNulls: true }, 'b=x'],
  [{ a: null, b: { c: null } }, { strictNullHandling: true }, 'a&b%5Bc%5D'],
  [{ a: 1, b: true, c: 0n }, {}, 'a=1&b=true&c=0'],
  [{ a: 'b' }, { addQueryPrefix: true }, '?a=b'],
  [{}, { addQueryPrefix: true }, ''],
  [{ a: 'b', c: 'd' }, { delimiter: ';' }, 'a=b;c=d'],
  [{ a: date }, {}, 'a=2026-01-02T03%3A04%3A05.000Z'],
  [{ a: date }, { serializeDate: (d) => String(d.getTime()) }, `a=${date.getTime()}`],
  [{ a: [date] }, { arrayFormat: 'comma', encodeValuesOnly: true }, 'a=2026-01-02T03%3A04%3A05.000Z'],
  [{ c: 1, a: 2, b: 3 }, { sort: (x, y) => String(x).localeCompare(String(y)) }, 'a=2&b=3&c=1'],
  [{ a: 'b', c: 'd', e: { f: 'g', h: 'i' } }, { filter: ['a', 'e', 'f'] }, 'a=b&e%5Bf%5D=g'],
  [
    { a: 'b', c: [1, 2] },
    { filter: (prefix, value) => (prefix === 'a' ? undefined : value), encodeValuesOnly: true },
    'c[0]=1&c[1]=2',
  ],
  [{ a: 'b' }, { encoder: (value) => String(value).toUpperCase() }, 'A=B'],
  [{ a: 'ä☺' }, { charset: 'iso-8859-1' }, 'a=%E4%26%239786%3B'],
  [['a', 'b'], {}, '0=a&1=b'],
  ['not an object', {}, ''],
];

describe("Stainless's qs paths, answered by sdkgen's serialiser", () => {
  it.each(ROWS.map(([input, options, expected], i) => [i, expected, input, options] as const))(
    'row %i gives "%s", as qs writes it',
    (_, expected, input, options) => {
      expect(stringify(input, options)).toBe(expected);
      expect(qs.stringify(input, options)).toBe(expected);
    },
  );

  it('refuses a cycle and an unknown format, as qs does', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    expect(() => stringify(cyclic)).toThrow(RangeError);
    expect(() => qs.stringify(cyclic)).toThrow(RangeError);
    // The same object twice, not inside itself, is no cycle.
    const shared = { b: 1 };
    expect(stringify({ x: shared, y: shared })).toBe(qs.stringify({ x: shared, y: shared }));
    expect(() => stringify({ a: 1 }, { format: 'RFC9999' as 'RFC3986' })).toThrow(TypeError);
  });

  it("exports Stainless's formats, its encoder and its client's query string", () => {
    expect(formats.default).toBe('RFC3986');
    expect(formats.formatters.RFC1738('a%20b')).toBe('a+b');
    expect(encode('a b(c)', undefined, 'utf-8', 'value', 'RFC1738')).toBe('a%20b(c)');
    expect(encode('\uD800x')).toBe('%EF%BF%BDx');
    // As Stainless's client serialised queries: arrays in brackets, `null` as an empty value.
    expect(stringifyQuery({ a: ['x', 'y'], b: null, c: { d: 1 } })).toBe('a%5B%5D=x&a%5B%5D=y&b=&c%5Bd%5D=1');
    expect(stringifyQuery({ a: ['x', 'y'], b: null, c: { d: 1 } })).toBe(
      qs.stringify({ a: ['x', 'y'], b: null, c: { d: 1 } }, { arrayFormat: 'brackets' }),
    );
  });
});
