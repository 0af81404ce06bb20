/**
 * Interface members read as TypeScript reads them (reapply/member-types.ts): a union or an intersection is one type
 * whatever order its members are written in, so an owners' interface whose shared member says `B | A` where sdkgen's
 * says `A | B` merges into sdkgen's (declared-otherwise.ts) instead of going to a person. Order that means something
 * (a tuple's elements, an object's members, a conditional type, a signature's parameters) and modifiers still count.
 */
import { describe, expect, it } from 'vitest';
import { sameMember } from '../../generator/migrate/reapply/member-types';

describe('interface members compared as types, not text', () => {
  it.each([
    ["kind: 'a' | 'b'", "kind: 'b' | 'a'"],
    ["kind: | 'a' | 'b'", "kind: 'b' | 'a'"],
    ['get: (header: string) => string | null | undefined', 'get: (header: string) => undefined | string | null'],
    ['items?: Array<A | B>', 'items?: Array<B | A>'],
    ['x: { a: A | B; b: C }', 'x: { a: B | A, b: C }'],
    ["x: 'a|b' | 'c'", "x: 'c' | 'a|b'"],
    ['x: (A & B) | C', 'x: C | (B & A)'],
    ['readonly x: Record<string, A | null>', 'readonly x: Record<string, null | A>'],
  ])('%s is %s', (ours, theirs) => {
    expect(sameMember(ours, theirs)).toBe(true);
  });

  it.each([
    ['get: (header: string) => string | null', 'get: (header: string) => undefined | string | null'],
    ['items?: Array<A | B>', 'items: Array<B | A>'],
    ['x: A | B', 'readonly x: B | A'],
    ['x: { a: A; b: C }', 'x: { b: C; a: A }'],
    ['x: [A, B]', 'x: [B, A]'],
    ["x: 'a|b' | 'c'", "x: 'a' | 'b|c'"],
    ['x: T extends A ? B | C : D', 'x: T extends A ? C | B : D'],
    ['f(a: A, b: B): C', 'f(b: B, a: A): C'],
  ])('%s is not %s', (ours, theirs) => {
    expect(sameMember(ours, theirs)).toBe(false);
  });
});
