/**
 * Forms of a resource module by the era of the Stainless SDK (`--stainless-era`, as `sdkgen migrate` infers it; no
 * era: the newest): SDKs generated before Stainless's "import reformatting" (2025-04-23) import the `_utils` helpers
 * one name a line with a trailing comma, which Ruff keeps so (a resource module's `from .._utils import
 * (maybe_transform, async_maybe_transform,)`, the client's `from ._utils import (is_given, get_async_library,)`), on
 * one line from that day on; and a resource's `with_raw_response` and `with_streaming_response` have no docstring
 * before 2024-09-09.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /notes:
    post:
      operationId: createNote
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, required: [text], properties: { text: { type: string } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } } }
components:
  schemas:
    Note: { type: object, required: [id], properties: { id: { type: string } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  notes:
    models:
      note: Note
    methods:
      create: post /notes
`;

const files = pythonPackageByEra('resource-era-forms', SPEC, CONFIG, 'acme');

const EXPLODED_RESOURCE = 'from .._utils import (\n    maybe_transform,\n    async_maybe_transform,\n)\n';
const EXPLODED_CLIENT = 'from ._utils import (\n    is_given,\n    get_async_library,\n)\n';

describe('resource module forms by era (Python)', () => {
  it('one name a line before 2025-04-23', async () => {
    const file = await files('2025-04-22');
    expect(file('resources/notes.py')).toContain(EXPLODED_RESOURCE);
    expect(file('_client.py')).toContain(EXPLODED_CLIENT);
  });

  it('on one line from 2025-04-23 on, and with no era', async () => {
    for (const era of ['2025-04-23', null]) {
      const file = await files(era);
      expect(file('resources/notes.py')).toContain('from .._utils import maybe_transform, async_maybe_transform\n');
    }
    // (The newest client imports three names from `_utils`, one a line as Stainless's do: client/print-client.ts.)
    expect((await files('2025-04-23'))('_client.py')).toContain('from ._utils import is_given, get_async_library\n');
  });

  it('the raw and streaming response properties have a docstring from 2024-09-09 on, none before', async () => {
    const property = /def with_raw_response\(self\) -> NotesResourceWithRawResponse:\n(\s*)(\S+)/;
    expect(property.exec((await files('2024-09-08'))('resources/notes.py'))?.[2]).toBe('return');
    for (const era of ['2024-09-09', null])
      expect(property.exec((await files(era))('resources/notes.py'))?.[2]).toBe('"""');
  });
});
