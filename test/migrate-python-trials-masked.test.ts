/**
 * The trial harness's check 5 (bench/migrate-trials/lib/python-masked.mjs): a pyright error the ref has not, on a name
 * the ref could not resolve in the same file, is the owners' code checked for the first time (llama-python's
 * integration test, annotated with a name a later Stainless generation dropped), not the migration's.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { maskedAtRef } from '../bench/migrate-trials/lib/python-masked.mjs';

const file = 'tests/integration/test_agent_responses_e2e.py';
const atRef = [
  {
    file,
    line: 91,
    rule: 'reportAttributeAccessIssue',
    message: '"InputUnionMember1" is not a known attribute of module ".response_create_params"',
  },
];
const onTheName = {
  file,
  line: 107,
  rule: 'reportArgumentType',
  message:
    'Argument of type "list[InputUnionMember1]" cannot be assigned to parameter "messages" of type "List[Dict[str, Any]]"',
};

describe('trial harness: errors masked at the ref', () => {
  it('sets apart an error on a name the ref reported unknown in that file', () => {
    expect(maskedAtRef([onTheName], atRef)).toEqual({
      masked: [{ ...onTheName, name: 'InputUnionMember1' }],
      rest: [],
    });
  });

  it('keeps the errors on other names, or in other files, as the migration’s', () => {
    const other = { ...onTheName, message: onTheName.message.replace('InputUnionMember1', 'InputUnionMember10') };
    const elsewhere = { ...onTheName, file: 'tests/test_other.py' };
    expect(maskedAtRef([other, elsewhere], atRef)).toEqual({ masked: [], rest: [other, elsewhere] });
  });
});
