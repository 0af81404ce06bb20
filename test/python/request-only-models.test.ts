/**
 * A resource's named type that only requests use has no model module, as in Stainless's Python SDKs (imagekit's
 * `OriginRequest`, a union sent as the body: `origin_request_param.py` alone; knock's `IdentifyUserRequest`, an object
 * spread into the params: no module at all); api.md still lists both. A shared type keeps its model, and so does an
 * enum, which params name from its model module. The text in-process (cheap); pyright on the package behind
 * SDKGEN_PYTHON_TESTS=full.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, generatePythonFiles, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { jsonContent as json, schemaRef as ref } from '../helpers/openapi';
import { tempDir } from '../helpers/sdk';

const object = (properties: Record<string, object>, required: string[]) => ({ type: 'object', properties, required });

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Media', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/origins': {
      post: {
        operationId: 'createOrigin',
        requestBody: { required: true, ...json(ref('OriginRequest')) },
        responses: { '200': { description: 'ok', ...json(ref('Origin')) } },
      },
    },
    '/endpoints': {
      post: {
        operationId: 'createEndpoint',
        requestBody: { required: true, ...json(ref('EndpointRequest')) },
        responses: { '200': { description: 'ok', ...json(ref('Origin')) } },
      },
    },
  },
  components: {
    schemas: {
      OriginRequest: {
        oneOf: [
          object({ type: { const: 'S3' }, bucket: { type: 'string' }, tier: ref('Tier') }, ['type', 'bucket']),
          object({ type: { const: 'WEB' }, base_url: { type: 'string' }, auth: ref('Auth') }, ['type', 'base_url']),
        ],
      },
      EndpointRequest: object({ url: { type: 'string' }, origins: { type: 'array', items: { type: 'string' } } }, [
        'url',
      ]),
      Tier: { type: 'string', enum: ['hot', 'cold'] },
      Auth: object({ user: { type: 'string' }, password: { type: 'string' } }, ['user']),
      Origin: object({ id: { type: 'string' }, name: { type: 'string' } }, ['id']),
    },
  },
});

const CONFIG = [
  'organization: { name: media }',
  'targets:',
  '  python: { package_name: media }',
  'resources:',
  '  $shared:',
  '    models:',
  '      auth: "#/components/schemas/Auth"',
  '  origins:',
  '    models:',
  '      origin: "#/components/schemas/Origin"',
  '      origin_request: "#/components/schemas/OriginRequest"',
  '      endpoint_request: "#/components/schemas/EndpointRequest"',
  '      tier: "#/components/schemas/Tier"',
  '    methods:',
  '      create: post /origins',
  '      create_endpoint: post /endpoints',
  '',
].join('\n');

const dir = tempDir('sdkgen-py-request-only');
let files: Map<string, string>;

beforeAll(async () => {
  files = await generatePythonFiles(dir, SPEC, CONFIG);
}, 120_000);

const file = (name: string) => files.get(name) ?? '';

describe('a named type only requests use', () => {
  if (!PYTHON_FULL) console.log(`python request-only models: pyright on the package ${FULL_ONLY_NOTICE}`);
  it('has its params form and no model module; a spread body has neither', () => {
    expect(files.has('src/media/types/origin_request_param.py')).toBe(true);
    expect(file('src/media/types/origin_request_param.py')).toMatch(/^OriginRequestParam: TypeAlias = Union\[/m);
    expect(files.has('src/media/types/origin_request.py')).toBe(false);
    expect(files.has('src/media/types/endpoint_request.py')).toBe(false);
    expect(files.has('src/media/types/endpoint_request_param.py')).toBe(false);
    const init = file('src/media/types/__init__.py');
    expect(init).toContain('from .origin_request_param import OriginRequestParam as OriginRequestParam\n');
    expect(init).not.toMatch(/import (OriginRequest|EndpointRequest) as/);
  });

  it('is still listed by api.md; the response model is written', () => {
    expect(file('api.md')).toMatch(/from media\.types import [^`]*\bOriginRequest\b/);
    expect(file('api.md')).toMatch(/from media\.types import [^`]*\bEndpointRequest\b/);
    expect(file('src/media/types/origin.py')).toMatch(/^class Origin\(BaseModel\):/m);
  });

  it('keeps the model of a shared type and of an enum', () => {
    expect(file('src/media/types/shared/auth.py')).toMatch(/^class Auth\(BaseModel\):/m);
    expect(files.has('src/media/types/shared_params/auth.py')).toBe(true);
    expect(file('src/media/types/tier.py')).toMatch(/^Tier: TypeAlias = Literal\["hot", "cold"\]/m);
  });

  it.skipIf(!PYTHON_FULL)(
    'type-checks',
    async () => {
      const sdk = path.join(dir, 'sdk');
      for (const [name, contents] of files) {
        mkdirSync(path.dirname(path.join(sdk, name)), { recursive: true });
        writeFileSync(path.join(sdk, name), contents);
      }
      const checked = [...files.keys()].filter((name) => name.startsWith('src/media/') && name.endsWith('.py'));
      expect(await pyrightErrorsUnderOwnSettings(sdk, checked)).toEqual([]);
    },
    300_000,
  );
});
