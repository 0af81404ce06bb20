/**
 * A body that is one of several objects (imagekit's `accounts.origins.create`, an overload per origin type): each
 * overload's Args documents a param as its own variant describes it. A key several variants share but only some
 * describe (`bucket`, described in the S3 variant, not in the GCS one) is documented in those, and absent from the
 * others' Args; before, the merged param had no description and no overload documented it. In-process (cheap).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const variant = (type: string, bucketDoc: string | null) => ({
  type: 'object',
  required: ['type', 'bucket'],
  properties: {
    type: { type: 'string', const: type },
    bucket: { type: 'string', ...(bucketDoc ? { description: bucketDoc } : {}) },
    name: { type: 'string', description: 'Display name.' },
  },
});

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Store', version: '1' },
  servers: [{ url: 'http://127.0.0.1:4010' }],
  paths: {
    '/origins': {
      post: {
        summary: 'Create an origin',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { oneOf: [variant('S3', 'S3 bucket name.'), variant('GCS', null), variant('R2', 'R2 bucket.')] },
            },
          },
        },
        responses: { '204': { description: 'created' } },
      },
    },
  },
});

const CONFIG = `organization: { name: store }
targets:
  python:
    package_name: store
resources:
  origins:
    methods:
      create: post /origins
`;

describe('the Args of a method overloaded by body variant', () => {
  const dir = tempDir('sdkgen-py-overload-args');
  let module = '';
  beforeAll(async () => {
    module = (await generatePythonFiles(dir, SPEC, CONFIG)).get('src/store/resources/origins.py')!;
  }, 120_000);

  /** Each sync overload's Args entries, up to the request options. */
  const argsOfOverloads = () =>
    [...module.matchAll(/@overload\n\s+def create\([\s\S]*?Args:\n([\s\S]*?)\n\s+extra_headers:/g)].map((match) =>
      match[1].split('\n\n').map((entry) => entry.trim()),
    );

  it('documents each param as its variant describes it', () => {
    expect(argsOfOverloads()).toEqual([
      ['bucket: S3 bucket name.', 'name: Display name.'],
      ['name: Display name.'],
      ['bucket: R2 bucket.', 'name: Display name.'],
    ]);
  });
});
