/**
 * Python SDKs of Stainless's isort era (before its switch from black to Ruff, 2023-12-22: stainless/python-era.ts
 * API_MD_RUFF_WIDTH_SINCE) were formatted by black at 120 columns but their imports sorted by isort's black profile,
 * which wraps a `from … import …` past 88 columns one name a line (trailing comma: Ruff keeps it so). Seen in
 * hetzner-python e719e0e (2023-09-01: `from .action_change_protection_params import (` in types/servers/__init__.py,
 * `from ..._base_client import make_request_options` on one line) and openai-python of 2023-11-06/09
 * (`from .create_embedding_response import (`; `from .._base_client import AsyncPaginator, make_request_options`,
 * wrapped once a third name took it past 88). Before, sdkgen wrote a types package's re-exports on one line up to 120
 * columns, and a lone `_base_client` import one name a line (a 2024 form) in every era before 2024-07-11.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /servers/{id}/actions/change_protection:
    post:
      operationId: changeProtection
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      requestBody:
        content: { application/json: { schema: { type: object, properties: { delete: { type: boolean } } } } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  servers:
    subresources:
      actions:
        methods:
          change_protection: post /servers/{id}/actions/change_protection
`;

const packageAt = pythonPackageByEra('py-isort-width', SPEC, CONFIG, 'acme');
/** 111 columns on one line. */
const REEXPORT =
  'from .action_change_protection_response import ActionChangeProtectionResponse as ActionChangeProtectionResponse';

describe("Python imports in Stainless's isort era", () => {
  it('wraps a types package re-export past 88 columns before 2023-12-22', async () => {
    const init = (await packageAt('2023-09-01'))('types/servers/__init__.py');
    expect(init).toContain(
      'from .action_change_protection_response import (\n    ActionChangeProtectionResponse as ActionChangeProtectionResponse,\n)\n',
    );
  });

  it('writes a lone _base_client import on one line before 2023-12-22', async () => {
    const actions = (await packageAt('2023-09-01'))('resources/servers/actions.py');
    expect(actions).toContain('\nfrom ..._base_client import make_request_options\n');
  });

  it('keeps the Ruff era forms from 2023-12-22 on', async () => {
    const read = await packageAt('2024-03-01');
    expect(read('types/servers/__init__.py')).toContain(`${REEXPORT}\n`);
    expect(read('resources/servers/actions.py')).toContain(
      'from ..._base_client import (\n    make_request_options,\n)',
    );
  });
});
