/**
 * The spec's example of a body field that no variant of its union takes (grid's `externalAccounts.create`, an
 * `accountInfo` of `accountType: 'US_ACCOUNT'` that none of its variants names), as Stainless's SDKs write it: in the
 * `@example`, under the variant its discriminating value names, else the first object one, with the keys that variant
 * declares and their values as given; in the tests, merged into that variant (example-types.ts, examples.ts).
 */
import { describe, expect, it } from 'vitest';
import type { NamedSchema, TypeRef } from '../../generator/ir/types';
import { jsonValue, variantFor } from '../../generator/emit/typescript/example-types';

const str: TypeRef = { kind: 'string', format: null } as TypeRef;
const prop = (key: string, type: TypeRef, required = true) => ({ key, type, required, docs: {} }) as never;
const object = (...properties: never[]): TypeRef =>
  ({ kind: 'object', properties, additional: null, propertyNames: null }) as unknown as TypeRef;
const oneValue = (value: string): TypeRef => ({ kind: 'enum', values: [value] }) as TypeRef;

const brl = object(
  prop('accountType', oneValue('BRL_ACCOUNT')),
  prop('beneficiary', object(prop('fullName', str), prop('birthDate', str, false))),
  prop('pixKey', str),
);
const usd = object(prop('accountType', oneValue('USD_ACCOUNT')), prop('accountNumber', str));
const union: TypeRef = { kind: 'union', variants: [brl, usd] } as TypeRef;
const schemaOf = (id: string): NamedSchema => {
  throw new Error(`no schema ${id}`);
};

describe('an example no variant of its union takes', () => {
  const example = {
    accountType: 'US_ACCOUNT',
    accountNumber: '12345678901',
    beneficiary: { fullName: 'John Doe', birthDate: '1990-01-15', nationality: 'US' },
  };

  it('makes no @example value: none would type-check', () => {
    expect(jsonValue(schemaOf, union, example, [])).toBeNull();
    expect(jsonValue(schemaOf, union, example, [], true)).toBeNull();
  });

  it('is written under the variant its discriminating value names', () => {
    expect(variantFor(schemaOf, [brl, usd], { accountType: 'USD_ACCOUNT' })).toBe(1);
    expect(variantFor(schemaOf, [brl, usd], { accountType: 'US_ACCOUNT' })).toBe(0);
    expect(variantFor(schemaOf, [str], { accountType: 'US_ACCOUNT' })).toBe(-1);
  });
});
