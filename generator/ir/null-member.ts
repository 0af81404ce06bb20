/**
 * A `oneOf`/`anyOf`'s union with its discriminator and, where one of its members is null, `nullMember` (see the
 * union TypeRef): the two ways a schema says it may be null are one union in the IR, and Stainless's tests tell them
 * apart (a null an example gives is built into a value for a member null, kept for `nullable: true`).
 */
import { extend } from '../extend';
import type { Discriminator, TypeRef } from './types';

type Union = Extract<TypeRef, { kind: 'union' }>;

export function unionOfMembers(flat: Union, members: TypeRef[], discriminator: Discriminator | null): Union {
  if (members.some((m) => m.kind === 'null')) return extend(flat, { discriminator, nullMember: true as const });
  return extend(flat, { discriminator });
}
