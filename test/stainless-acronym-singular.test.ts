/**
 * A resource key a casing writes as an acronym in capitals (`sms: SMS`, a config's `tts: TTS`) is not a plural:
 * Stainless's SDKs name its methods' types `SMSLoginParams`, `TTSGenerateParams` (cartesia-js), where a casing ending
 * in a small `s` is one (`ip: IP` and `ips: IPs` → `IPListParams`, Cloudflare's; `apis: APIs` → `API…`). The names are imported
 * by a consumer and type-checked under tsc --strict.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StainlessNames } from '../generator/naming/stainless';
import { singularClass } from '../generator/stainless/plan';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';

/** Resource key → [property on the client, module, the params type Stainless names for its `list`]. */
const RESOURCES: Record<string, [string, string, string]> = {
  sms: ['sms', 'sms', 'SMSListParams'],
  tts: ['tts', 'tts', 'TTSListParams'],
  user_sms: ['userSMS', 'user-sms', 'UserSMSListParams'],
  ips: ['ips', 'ips', 'IPListParams'],
  apis: ['apis', 'apis', 'APIListParams'],
  voices: ['voices', 'voices', 'VoiceListParams'],
};

const list = (key: string) => ({
  get: {
    operationId: `list_${key}`,
    parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
    responses: {
      '200': {
        description: 'ok',
        content: {
          'application/json': {
            schema: { type: 'object', required: ['count'], properties: { count: { type: 'integer' } } },
          },
        },
      },
    },
  },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: Object.fromEntries(Object.keys(RESOURCES).map((key) => [`/${key}`, list(key)])),
};

const CONFIG = `organization: { name: acme }
custom_casings:
  tts: TTS
  ip: IP
  ips: IPs
resources:
${Object.keys(RESOURCES)
  .map((key) => `  ${key}:\n    methods:\n      list: get /${key}\n`)
  .join('')}`;

let root = '';
let dir = '';

beforeAll(async () => {
  root = tempDir('stainless-acronym-singular');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  const entries = Object.entries(RESOURCES);
  const imports = entries.map(
    ([key, [, module, type]]) => `import type { ${type} as P_${key} } from './src/resources/${module}.js';`,
  );
  const uses = entries.map(
    ([key, [property]]) =>
      `const params_${key}: P_${key} = { limit: 1 };\nvoid client.${property}.list(params_${key});`,
  );
  writeFileSync(
    path.join(dir, 'consumer.ts'),
    `import Acme from './src/index.js';\n${imports.join('\n')}\nconst client = new Acme();\n${uses.join('\n')}\n`,
  );
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a resource key a casing writes as an acronym', () => {
  it("names its methods' types with the acronym whole, as Stainless's SDKs do (tsc --strict)", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('keeps an acronym ending in a capital S, and singularizes a casing ending in a small s', () => {
    const names = new StainlessNames(
      new Map([
        ['tts', 'TTS'],
        ['ip', 'IP'],
        ['ips', 'IPs'],
      ]),
    );
    const singulars = Object.fromEntries(
      ['sms', 'tts', 'user_sms', 'ips', 'apis', 'ids', 'voices', 'status', 'stats'].map((key) => [
        key,
        singularClass(names.resourceClass(key), names, key),
      ]),
    );
    expect(singulars).toEqual({
      sms: 'SMS',
      tts: 'TTS',
      user_sms: 'UserSMS',
      ips: 'IP',
      apis: 'API',
      ids: 'ID',
      voices: 'Voice',
      status: 'Status',
      stats: 'Stat',
    });
  });
});
