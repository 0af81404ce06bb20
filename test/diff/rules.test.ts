/**
 * One small old/new spec pair per rule (test/fixtures-diff/rules/<case>/{old,new}.yaml) and exactly the
 * changes `sdkgen diff` must report for it: kind, classification and location. A missing, extra or
 * differently classified change fails the case.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, RULES } from '../../generator/diff/classify';
import { diffSpecs } from '../../generator/diff/diff';
import type { ChangeKind, Classification, SemverBump } from '../../generator/diff/model';
import { ROOT } from '../helpers/paths';

const FIXTURES = path.join(ROOT, 'test/fixtures-diff/rules');

type Expected = { semver: SemverBump; changes: Array<[ChangeKind, Classification, string]> };

const CASES: Record<string, Expected> = {
  'auth-added': { semver: 'major', changes: [['required-auth-added', 'breaking', 'client › auth.apiKey']] },
  'base-url-changed': { semver: 'major', changes: [['base-url-changed', 'breaking', 'client › baseURL']] },
  'both-directions-enum-value-added': {
    semver: 'major',
    changes: [['enum-values-added', 'breaking', 'type Pet › status']],
  },
  'docs-changed': { semver: 'patch', changes: [['docs-changed', 'note', 'pets.retrieve']] },
  'error-added': { semver: 'patch', changes: [['error-added', 'note', 'pets.retrieve › errors.404']] },
  'error-type-changed': {
    semver: 'patch',
    changes: [
      ['required-property-added', 'note', 'type NotFound › code'],
      ['property-removed', 'note', 'type NotFound › message'],
    ],
  },
  'method-added': { semver: 'minor', changes: [['method-added', 'non-breaking', 'pets.delete']] },
  'method-deprecated': { semver: 'patch', changes: [['method-deprecated', 'note', 'pets.retrieve']] },
  'method-server-changed': { semver: 'patch', changes: [['method-server-changed', 'note', 'pets.retrieve']] },
  'method-moved': {
    semver: 'major',
    changes: [
      ['method-moved', 'breaking', 'animals.retrieve'],
      ['endpoint-changed', 'note', 'animals.retrieve'],
    ],
  },
  'method-removed': { semver: 'major', changes: [['method-removed', 'breaking', 'pets.delete']] },
  'method-renamed': { semver: 'major', changes: [['method-renamed', 'breaking', 'pets.fetch']] },
  // A params union: a field a variant gains is told by the variant.
  'union-params-variant-field-added': {
    semver: 'major',
    changes: [['required-param-added', 'breaking', 'pets.create › params.Variant1.breed']],
  },
  'optional-param-added': {
    semver: 'minor',
    changes: [['optional-param-added', 'non-breaking', 'pets.list › params.species']],
  },
  'pagination-added': {
    semver: 'major',
    changes: [
      ['pagination-added', 'breaking', 'pets.list › response'],
      ['type-removed', 'breaking', 'type PetListResponse'],
      ['optional-param-added', 'non-breaking', 'pets.list › params.cursor'],
      ['optional-property-added', 'non-breaking', 'pets.list › response.nextCursor'],
    ],
  },
  'pagination-scheme-changed': {
    semver: 'major',
    changes: [
      ['page-style-changed', 'breaking', 'page PetsPage › style'],
      ['property-removed', 'breaking', 'page PetsPage › nextCursor'],
      ['required-property-added', 'non-breaking', 'page PetsPage › pagination'],
      ['page-params-changed', 'note', 'page PetsPage › params'],
      ['param-removed', 'breaking', 'pets.list › params.cursor'],
      ['property-removed', 'breaking', 'pets.list › response.nextCursor'],
      ['optional-param-added', 'non-breaking', 'pets.list › params.page'],
      ['required-property-added', 'non-breaking', 'pets.list › response.pagination'],
    ],
  },
  'pagination-removed': {
    semver: 'major',
    changes: [
      ['param-removed', 'breaking', 'pets.list › params.cursor'],
      ['property-removed', 'breaking', 'pets.list › response.nextCursor'],
      ['pagination-removed', 'breaking', 'pets.list › response'],
      ['type-added', 'non-breaking', 'type PetListResponse'],
    ],
  },
  'param-enum-value-added': {
    semver: 'minor',
    changes: [['enum-values-added', 'non-breaking', 'pets.list › params.sort']],
  },
  'param-enum-value-removed': {
    semver: 'major',
    changes: [['enum-values-removed', 'breaking', 'pets.list › params.sort']],
  },
  'param-made-optional': {
    semver: 'minor',
    changes: [['param-made-optional', 'non-breaking', 'pets.list › params.limit']],
  },
  'param-made-required': {
    semver: 'major',
    changes: [['param-made-required', 'breaking', 'pets.list › params.limit']],
  },
  'param-removed': { semver: 'major', changes: [['param-removed', 'breaking', 'pets.list › params.species']] },
  'param-type-changed': { semver: 'major', changes: [['type-changed', 'breaking', 'pets.list › params.limit']] },
  'param-type-narrowed': { semver: 'major', changes: [['type-narrowed', 'breaking', 'pets.list › params.limit']] },
  'param-type-widened': { semver: 'minor', changes: [['type-widened', 'non-breaking', 'pets.list › params.limit']] },
  'positional-added': {
    semver: 'major',
    changes: [
      ['positional-added', 'breaking', 'toys.list › args[0] (shelterId)'],
      ['endpoint-changed', 'note', 'toys.list'],
    ],
  },
  'positional-removed': {
    semver: 'major',
    changes: [
      ['positional-removed', 'breaking', 'toys.list › args[0] (shelterId)'],
      ['endpoint-changed', 'note', 'toys.list'],
    ],
  },
  'request-property-added-required': {
    semver: 'major',
    changes: [
      ['required-param-added', 'breaking', 'pets.create › params.species'],
      ['required-property-added', 'breaking', 'type NewPet › species'],
    ],
  },
  'request-property-made-nullable': {
    semver: 'minor',
    changes: [
      ['nullable-added', 'non-breaking', 'pets.create › params.tag'],
      ['nullable-added', 'non-breaking', 'type NewPet › tag'],
    ],
  },
  'request-property-removed': {
    semver: 'major',
    changes: [
      ['param-removed', 'breaking', 'pets.create › params.tag'],
      ['property-removed', 'breaking', 'type NewPet › tag'],
    ],
  },
  'required-cookie-param-added': {
    semver: 'major',
    changes: [['required-param-added', 'breaking', 'pets.list › params.session']],
  },
  'required-param-added': {
    semver: 'major',
    changes: [['required-param-added', 'breaking', 'pets.list › params.species']],
  },
  'resource-added': { semver: 'minor', changes: [['resource-added', 'non-breaking', 'shelters']] },
  'resource-removed': {
    semver: 'major',
    changes: [
      ['resource-removed', 'breaking', 'shelters'],
      ['type-removed', 'breaking', 'type ShelterListResponse'],
      ['type-removed', 'breaking', 'type ShelterStaffResponse'],
    ],
  },
  'resource-renamed': {
    semver: 'major',
    changes: [
      ['resource-renamed', 'breaking', 'animals'],
      ['params-type-renamed', 'breaking', 'animals.list › params'],
      ['type-renamed', 'breaking', 'type AnimalListResponse'],
      ['endpoint-changed', 'note', 'animals.list'],
      ['endpoint-changed', 'note', 'animals.retrieve'],
    ],
  },
  'response-body-removed': {
    semver: 'major',
    changes: [['response-body-removed', 'breaking', 'pets.retrieve › response']],
  },
  'response-enum-value-added': { semver: 'major', changes: [['enum-values-added', 'breaking', 'type Pet › status']] },
  'response-enum-value-removed': {
    semver: 'major',
    changes: [['enum-values-removed', 'breaking', 'type Pet › status']],
  },
  'response-property-added': {
    semver: 'minor',
    changes: [['optional-property-added', 'non-breaking', 'type Pet › tag']],
  },
  'response-property-made-nullable': { semver: 'major', changes: [['nullable-added', 'breaking', 'type Pet › name']] },
  'response-property-made-optional': {
    semver: 'major',
    changes: [['property-made-optional', 'breaking', 'type Pet › name']],
  },
  'response-property-made-required': {
    semver: 'minor',
    changes: [['property-made-required', 'non-breaking', 'type Pet › tag']],
  },
  'response-property-removed': { semver: 'major', changes: [['property-removed', 'breaking', 'type Pet › tag']] },
  'response-type-narrowed': { semver: 'minor', changes: [['type-narrowed', 'non-breaking', 'type Pet › status']] },
  'response-type-widened': { semver: 'major', changes: [['type-widened', 'breaking', 'type Pet › age']] },
  // Pet (used in a request and in responses) gains a readOnly `id`: requests now take PetParam, which has no `id`.
  'read-only-added': {
    semver: 'major',
    changes: [
      ['property-removed', 'breaking', 'orders.create › params.pets[].id'],
      ['type-added', 'non-breaking', 'type PetParam'],
    ],
  },
  // ...and loses it again: requests take Pet, whose `id` is required.
  'read-only-removed': {
    semver: 'major',
    changes: [
      ['required-property-added', 'breaking', 'orders.create › params.pets[].id'],
      ['type-removed', 'breaking', 'type PetParam'],
    ],
  },
  // A schema with a request-side variant gains a required property: each exported type is reported once, in its
  // own direction (Pet is only read now, even though Order, whose fields are flattened into params, refers to it).
  'read-only-schema-required-property-added': {
    semver: 'major',
    changes: [
      ['required-property-added', 'breaking', 'type PetParam › tag'],
      ['required-property-added', 'non-breaking', 'type Pet › tag'],
    ],
  },
  'response-variant-added': {
    semver: 'major',
    changes: [
      ['variant-added', 'breaking', 'type Pet › owner(Shelter)'],
      ['type-added', 'non-breaking', 'type Shelter'],
    ],
  },
  'type-renamed': { semver: 'major', changes: [['type-renamed', 'breaking', 'type Animal']] },
};

describe('sdkgen diff rules', () => {
  it('has an expectation for every fixture pair and a fixture pair for every expectation', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', async (name, expected) => {
    const result = await diffSpecs({
      old: path.join(FIXTURES, name, 'old.yaml'),
      new: path.join(FIXTURES, name, 'new.yaml'),
    });
    expect(result.changes.map((c) => [c.kind, c.classification, c.location])).toEqual(expected.changes);
    expect(result.summary.semver).toBe(expected.semver);
    for (const c of result.changes) expect(c.reason, c.kind).not.toBe('');
  });

  it('explains the variance when a type is used on both sides', async () => {
    const result = await diffSpecs({
      old: path.join(FIXTURES, 'both-directions-enum-value-added/old.yaml'),
      new: path.join(FIXTURES, 'both-directions-enum-value-added/new.yaml'),
    });
    expect(result.changes[0]).toMatchObject({
      direction: 'both',
      before: "'available' | 'sold'",
      after: "'available' | 'sold' | 'pending'",
      affects: ['pets.list (response)', 'pets.update (request)', 'pets.retrieve (response)'],
    });
    expect(result.changes[0].reason).toMatch(/^used in requests and responses; in responses: exhaustive `switch`es/);
  });

  it('reports a new resource once, listing its methods', async () => {
    const result = await diffSpecs({
      old: path.join(FIXTURES, 'resource-added/old.yaml'),
      new: path.join(FIXTURES, 'resource-added/new.yaml'),
    });
    expect(result.changes.map((c) => c.message)).toEqual([
      'resource `client.shelters` added with methods `shelters.list()`, `shelters.staff()`',
    ]);
  });

  it('points at the spec: source pointers of both versions', async () => {
    const result = await diffSpecs({
      old: path.join(FIXTURES, 'param-made-required/old.yaml'),
      new: path.join(FIXTURES, 'param-made-required/new.yaml'),
    });
    expect(result.changes[0].source).toEqual({
      old: { file: path.join(FIXTURES, 'param-made-required/old.yaml'), pointer: '#/paths/~1pets/get/parameters/0' },
      new: { file: path.join(FIXTURES, 'param-made-required/new.yaml'), pointer: '#/paths/~1pets/get/parameters/0' },
    });
  });
});

describe('classify', () => {
  it('applies variance: narrowing breaks requests, widening breaks responses', () => {
    expect(classify('type-narrowed', 'request').classification).toBe('breaking');
    expect(classify('type-narrowed', 'response').classification).toBe('non-breaking');
    expect(classify('type-widened', 'request').classification).toBe('non-breaking');
    expect(classify('type-widened', 'response').classification).toBe('breaking');
    expect(classify('nullable-added', 'request').classification).toBe('non-breaking');
    expect(classify('nullable-added', 'response').classification).toBe('breaking');
  });

  it('takes the stricter rule for types used on both sides, and notes only for error bodies', () => {
    expect(classify('optional-property-added', 'both')).toEqual({
      classification: 'non-breaking',
      reason:
        'in requests: a new optional property: existing objects still compile; in responses: a new property to read',
    });
    expect(classify('required-property-added', 'both').classification).toBe('breaking');
    expect(classify('property-removed', 'error').classification).toBe('note');
  });

  it('breaks on a removed discriminated response variant only', () => {
    expect(classify('variant-removed', 'response', { discriminated: true }).classification).toBe('breaking');
    expect(classify('variant-removed', 'response', { discriminated: false }).classification).toBe('non-breaking');
  });

  it('has a reason for every kind', () => {
    for (const kind of Object.keys(RULES) as ChangeKind[]) {
      for (const dir of ['request', 'response', 'both', 'error', null] as const)
        expect(classify(kind, dir).reason, kind).toMatch(/\w/);
    }
  });
});
