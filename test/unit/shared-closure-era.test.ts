/**
 * A Stainless config's resource model that one of its shared models refers to: Stainless's SDKs generated from
 * 2026-07-10 on declare it in shared too (their shared module imports no resource); earlier ones keep it in its
 * resource's module, which shared imports (knock-mgmt-node's and knock-mgmt-python's MessageTypeTextField, the config
 * unchanged between the two). The era (`--stainless-era`, inferred by `sdkgen migrate`) decides which.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { inferStainlessEra, SHARED_CLOSURE_SINCE, sharedClosureOfEra } from '../../generator/stainless/era';
import { inferStainlessPythonEra } from '../../generator/stainless/python-era-inference';
import { cleanupSpecs, loadObject, openapi, writeSpec } from './helpers/spec';
import { EMPTY_CONFIG } from '../../generator/config';
import { okJson as json, schemaRef as ref } from '../helpers/openapi';

afterAll(cleanupSpecs);

const SPEC = openapi({
  paths: {
    '/message_types': { get: { operationId: 'listMessageTypes', responses: json(ref('MessageType')) } },
  },
  schemas: {
    TextField: { type: 'object', required: ['key'], properties: { key: { type: 'string' } } },
    ButtonField: { type: 'object', required: ['text'], properties: { text: ref('TextField') } },
    MessageType: {
      type: 'object',
      required: ['fields'],
      properties: { fields: { type: 'array', items: { anyOf: [ref('TextField'), ref('ButtonField')] } } },
    },
  },
});

const CONFIG = {
  organization: { name: 'acme' },
  resources: {
    $shared: { models: { button_field: '#/components/schemas/ButtonField' } },
    message_types: {
      models: { message_type: '#/components/schemas/MessageType', text_field: '#/components/schemas/TextField' },
      methods: { list: 'get /message_types' },
    },
  },
};

/** Each named schema's module, by name, for an SDK of `era`. */
async function modules(era: string | null): Promise<Record<string, string>> {
  const diags = new Diagnostics();
  const stainless = parseStainlessConfig(CONFIG, 'stainless.yml', '', diags);
  const config = { ...EMPTY_CONFIG, stainless };
  const { spec } = await loadObject(SPEC, diags);
  const { api } = buildIr(normalize(spec, config, diags), config, diags, { stainlessEra: era });
  return Object.fromEntries(api.schemas.map((s) => [s.name, s.module]));
}

describe("a resource's model a shared model refers to, by era", () => {
  it('is shared in the newest forms and from 2026-07-10 on', async () => {
    for (const era of [null, SHARED_CLOSURE_SINCE, '2026-08-20']) {
      expect(await modules(era), String(era)).toMatchObject({
        ButtonField: 'resources/shared',
        TextField: 'resources/shared',
        MessageType: 'resources/message-types',
      });
    }
  });

  it("stays in its resource's module in an SDK of an earlier day", async () => {
    expect(await modules('2026-05-27')).toMatchObject({
      ButtonField: 'resources/shared',
      TextField: 'resources/message-types',
      MessageType: 'resources/message-types',
    });
  });

  it('an SDK last generated before that day is of its own era', () => {
    expect(sharedClosureOfEra('2026-07-09')).toBe(false);
    expect(inferStainlessEra([], '2026-05-27')).toBe('2026-05-27');
    expect(inferStainlessEra([], SHARED_CLOSURE_SINCE)).toBeNull();
  });

  it("an SDK whose shared module imports a resource's module is of the era before, whatever its day", () => {
    // Modern Treasury's generations of 2026-07-17 to 07-25 (Stainless's own, not stlc's builds) still declare
    // `BankSettings` in legal-entities, which shared imports: the repository shows the form its day would not.
    const shared = (imports: string) => ({
      path: 'src/resources/shared.ts',
      text: `// File generated from our OpenAPI spec by Stainless.\n\n${imports}\nexport interface ChildLegalEntity {}\n`,
    });
    const era = inferStainlessEra(
      [shared("import * as LegalEntitiesAPI from './legal-entities';")],
      '2026-07-17T14:23:14Z',
    );
    expect(era).toBe('2026-07-09');
    expect(sharedClosureOfEra(era)).toBe(false);
    expect(inferStainlessEra([shared("import * as LegalEntitiesAPI from './legal-entities';")], null)).toBe(
      '2026-07-09',
    );
    // A shared module importing no resource tells nothing: the day decides, as before.
    expect(
      inferStainlessEra([shared("import { APIResource } from '../core/resource';")], '2026-07-17T14:23:14Z'),
    ).toBeNull();
    expect(inferStainlessEra([shared("import * as LegalEntitiesAPI from './legal-entities';")], '2026-05-27')).toBe(
      '2026-05-27',
    );
  });

  it("Python's shared types follow the same era: an SDK whose shared types import a resource's is of the era before", async () => {
    // Modern Treasury's Python generations of 2026-07-17 on: types/shared/child_legal_entity_create.py imports
    // `from ..bank_settings import BankSettings`, which an SDK of its day would declare in types/shared/.
    const shared = (imports: string) => ({
      path: 'src/acme/types/shared/child.py',
      text: `from ..._models import BaseModel\n${imports}\n\n__all__ = ["Child"]\n`,
    });
    const era = inferStainlessPythonEra([shared('from ..bank_settings import BankSettings')], '2026-07-17T14:22:35Z');
    expect(era).toBe('2026-07-09');
    expect(sharedClosureOfEra(era)).toBe(false);
    expect(inferStainlessPythonEra([shared('from .address import Address')], '2026-07-17T14:22:35Z')).toBeNull();
    expect(inferStainlessPythonEra([shared('from ..bank_settings import BankSettings')], '2026-05-27')).toBe(
      '2026-05-27',
    );
    // And the Python SDK of each era declares the resource's model where its repository shows it.
    const spec = writeSpec(SPEC);
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(config, JSON.stringify(CONFIG));
    const typesOf = async (stainlessEra: string | null) => {
      const { files } = await generate({ spec, config, target: 'python', format: false, stainlessEra });
      return files.flatMap((f) =>
        /^src\/acme_sdk\/types\/(shared\/)?[a-z_]+\.py$/.test(f.path) ? [f.path.slice(19)] : [],
      );
    };
    const before = await typesOf(era);
    expect(before).toEqual(expect.arrayContaining(['text_field.py', 'shared/button_field.py']));
    expect(before).not.toContain('shared/text_field.py');
    const after = await typesOf(null);
    expect(after).toEqual(expect.arrayContaining(['shared/text_field.py', 'shared/button_field.py']));
    expect(after).not.toContain('text_field.py');
  });
});
