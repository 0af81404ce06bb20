/**
 * What a Stainless Python SDK of 2023 (hetzner-python's of 2023-09-01) wrote otherwise than sdkgen did, read back by
 * `migrate --from-repo` and written again: api.md's path params all in the path's order before
 * API_MD_KEYWORD_PATH_PARAMS_SINCE (`retrieve(id, action_id)`), a heading cased as the resource's Python class
 * (`# ISOs`), the page classes of that era (`return self.floating_ips`, `List[ModelT]`, a `meta` model imported) and a
 * word a method type writes plainly that Python's class names write in capitals (`SshKeyCreateResponse`).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { pythonPageSchemes } from '../generator/migrate/python/derived-config/page-classes';
import { pythonModels } from '../generator/migrate/python/derived-config/python-models';
import { pythonTempDir } from './helpers/python-sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = `openapi: 3.0.0
info: { title: Hetzner, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /servers/{id}/actions/{action_id}:
    get:
      operationId: getServerAction
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
        - { name: action_id, in: path, required: true, schema: { type: integer } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } }
  /isos/{id}:
    get:
      operationId: getIso
      parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } }
`;

const CONFIG = `organization: { name: hetzner }
targets: { python: { package_name: hetzner } }
environments: { production: 'https://api.example.com' }
custom_casings: { iso: ISO }
resources:
  servers:
    subresources:
      actions:
        methods:
          retrieve: get /servers/{id}/actions/{action_id}
  isos:
    methods:
      retrieve: get /isos/{id}
`;

describe('api.md of an SDK of 2023', () => {
  let apiMd: (era: string | null) => Promise<string>;
  beforeAll(() => {
    const dir = pythonTempDir('hetzner-era-r37a');
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    apiMd = async (era) => {
      const result = await generate({
        spec: path.join(dir, 'openapi.yaml'),
        config: path.join(dir, 'stainless.yml'),
        target: 'python',
        stainlessEra: era,
      });
      return result.files.find((f) => f.path === 'api.md')!.contents;
    };
  });

  it.runIf(SLOW_FULL)(
    'lists every path param in the path order before 2023-11-06, the keyword-only ones after `\\*` since',
    async () => {
      expect(await apiMd('2023-09-01')).toContain('>retrieve</a>(id, action_id) ->');
      expect(await apiMd(null)).toContain('>retrieve</a>(action_id, \\*, id) ->');
    },
  );

  it.runIf(SLOW_FULL)('heads a resource as its Python class is cased (`ISOs` with `iso: ISO`)', async () => {
    const md = await apiMd(null);
    expect(md).toMatch(/^# ISOs$/m);
    expect(md).not.toMatch(/^# Isos$/m);
  });
});

const OLD_PAGES = `from typing import List, Generic, TypeVar, Optional

from ._types import ModelT
from ._models import BaseModel
from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage
from .types.shared import ResponseMeta


class SyncFloatingIPsPage(BaseSyncPage[ModelT], BasePage[ModelT], Generic[ModelT]):
    floating_ips: List[ModelT]
    meta: ResponseMeta

    def _get_page_items(self) -> List[ModelT]:
        return self.floating_ips

    def next_page_info(self) -> Optional[PageInfo]:
        current_page = self.meta.pagination.page
        return PageInfo(params={"page": current_page + 1})
`;

describe('page classes of 2023', () => {
  it('are read as their schemes: items, page number, the current page inside an imported model, the casings', () => {
    const [scheme] = pythonPageSchemes(OLD_PAGES);
    expect(scheme).toMatchObject({ name: 'floating_ips_page', className: 'FloatingIPsPage', type: 'page_number' });
    expect([...scheme.casings]).toEqual([['ips', 'IPs']]);
    expect(scheme.request).toEqual({
      page: { type: 'integer', 'x-stainless-pagination-property': { purpose: 'page_number_param' } },
    });
    expect(scheme.response.floating_ips).toEqual({ type: 'array' });
    expect(scheme.response.meta).toEqual({
      type: 'object',
      properties: {
        pagination: {
          type: 'object',
          properties: {
            page: { type: 'integer', 'x-stainless-pagination-property': { purpose: 'current_page_number_field' } },
          },
        },
      },
      // Declared with no `Optional` and no default: Stainless's page reads it as always there.
      'x-stainless-pagination-property': { required: true },
    });
  });
});

describe('method types whose words Python would write in capitals', () => {
  it('take a casing that keeps the word as api.md writes it (`ssh` → `Ssh`)', () => {
    const apiMd = `# SshKeys

Types:

\`\`\`python
from hetzner.types import SshKeyCreateResponse
\`\`\`

Methods:

- <code title="post /ssh_keys">client.ssh_keys.<a href="./src/hetzner/resources/ssh_keys.py">create</a>(\\*\\*<a href="src/hetzner/types/ssh_key_create_params.py">params</a>) -> <a href="./src/hetzner/types/ssh_key_create_response.py">SshKeyCreateResponse</a></code>
`;
    const casings = new Map<string, string>();
    pythonModels(apiMd, () => null, 'hetzner', { schemas: [], responseSchemas: new Map() }, [], casings);
    expect(casings.get('ssh')).toBe('Ssh');
  });
});
