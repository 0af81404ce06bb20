/**
 * The client constructors' docstrings of a Stainless Python SDK generated before 2025-02-28 (Stainless's "chore(docs):
 * update client docstring", lumaai-python 33e4b1c) name the config's organization as written, the sync and the async
 * one alike (`Construct a new async lumaai client instance.`); from that day on, each its class
 * (`Construct a new async AsyncLumaAI client instance.`, lumaai's casing from its config). Without an organization
 * name the class stays.
 */
import { describe, expect, it } from 'vitest';
import { CONSTRUCTOR_DOC_CLASS_SINCE } from '../../generator/stainless/python-era';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Luma, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /generations:
    get:
      operationId: listGenerations
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
`;

const config = (organization: string) => `
${organization}
targets:
  python: { package_name: lumaai }
client_settings:
  opts:
    auth_token:
      type: string
      read_env: LUMAAI_API_KEY
      auth: { security_scheme: BearerAuth }
resources:
  generations:
    methods:
      list: get /generations
`;

const SECURITY = `
components:
  securitySchemes:
    BearerAuth: { type: http, scheme: bearer }
security: [{ BearerAuth: [] }]
`;

const docs = (client: string) => [...client.matchAll(/"""(Construct a new [^\n]*)/g)].map((match) => match[1]);

describe("the client constructors' docstrings", () => {
  const named = pythonPackageByEra(
    'py-constructor-doc',
    SPEC + SECURITY,
    config('organization:\n  name: lumaai'),
    'lumaai',
  );

  it('name the organization as written before the change, in both clients', async () => {
    const read = await named('2025-02-22');
    expect(docs(read('_client.py'))).toEqual([
      'Construct a new synchronous lumaai client instance.',
      'Construct a new async lumaai client instance.',
    ]);
  }, 120_000);

  it('name each its class from the day of the change on, and in the newest forms', async () => {
    for (const era of [CONSTRUCTOR_DOC_CLASS_SINCE, null]) {
      const read = await named(era);
      expect(docs(read('_client.py'))).toEqual([
        'Construct a new synchronous Lumaai client instance.',
        'Construct a new async AsyncLumaai client instance.',
      ]);
    }
  }, 120_000);

  it('name the class where the config names no organization', async () => {
    const unnamed = pythonPackageByEra('py-constructor-doc-unnamed', SPEC + SECURITY, config(''), 'lumaai');
    const read = await unnamed('2024-12-02');
    expect(docs(read('_client.py'))).toEqual([
      'Construct a new synchronous Luma client instance.',
      'Construct a new async AsyncLuma client instance.',
    ]);
  }, 120_000);
});
