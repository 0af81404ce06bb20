/**
 * The endpoint tests of Stainless's SDKs from "break long lines in snippets into multiline" (BROKEN_OBJECTS_SINCE,
 * 2026-01-06) on open a line in an object of three entries or more, and in one of two entries one of which is an
 * object (vaif-js's plan steps of 2026-04-29, `{\n action: 'x',\n args: { foo: 'bar' },\n}`), which Prettier keeps; an
 * object of one entry holding an object stays on its line (knock-node's `members: [{ user: { id: 'dr_sattler' } }]`),
 * as do two scalars. Before that era Prettier alone lays them out.
 */
import { describe, expect, it } from 'vitest';
import {
  entry,
  mapEntry,
  scalar,
  stainlessText,
  type ExampleValue,
} from '../../generator/emit/typescript/example-value';
import { formsOfEra } from '../../generator/stainless/era';

const object = (...entries: ReturnType<typeof entry>[]): ExampleValue => ({ kind: 'object', entries });

describe('objects an endpoint test opens a line in', () => {
  const step = object(entry('action', scalar('x')), entry('args', object(mapEntry('foo', scalar('bar')))));

  it('opens one of two entries holding an object, in the era of broken objects', () => {
    expect(stainlessText(step, formsOfEra('2026-04-29').brokenObjects)).toBe(
      "{\naction: 'x',\nargs: { foo: 'bar' },\n}",
    );
  });

  it('keeps it on one line before that era', () => {
    expect(stainlessText(step, formsOfEra('2026-01-05').brokenObjects)).toBe("{ action: 'x', args: { foo: 'bar' } }");
  });

  it('keeps one entry holding an object, and two scalars, on one line', () => {
    const member = object(entry('user', object(entry('id', scalar('dr_sattler')))));
    expect(stainlessText(member, true)).toBe("{ user: { id: 'dr_sattler' } }");
    expect(stainlessText(object(entry('lat', scalar(1)), entry('lng', scalar(2))), true)).toBe('{ lat: 1, lng: 2 }');
    // (An empty object among two entries is no object to open for.)
    expect(stainlessText(object(entry('a', scalar(1)), entry('b', object())), true)).toBe('{ a: 1, b: {} }');
  });
});
