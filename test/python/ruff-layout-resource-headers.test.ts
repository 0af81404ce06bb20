/**
 * Issue 91, the resource printers: a resource whose names make its headers too long for one line (a cached property's
 * `def`, a wrapper's `__init__` and its assignment) is printed split as Ruff splits it, so the module is flagged in
 * Ruff's layout (Ruff never loads for it), and its text is exactly what Ruff leaves.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { formatPython } from '../../generator/format/ruff';
import { tempDir } from '../helpers/sdk';

// `acknowledgement_notification_deliveries`: its async wrappers' `__init__` is too long for one line (the parameter's
// annotation is the async resource's class).
const SPEC = `
openapi: 3.0.0
info: {title: Longname, version: 1.0.0}
servers: [{url: 'https://api.example.com'}]
paths:
  /acknowledgement_notification_deliveries/{delivery_identifier}/acknowledgements:
    post:
      operationId: createAcknowledgement
      tags: [acknowledgement_notification_deliveries]
      parameters:
        - {name: delivery_identifier, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {amount: {type: integer}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
`;

describe('resource headers too long for one line', () => {
  it('are split as Ruff splits them, the module flagged in its layout', async () => {
    const spec = path.join(tempDir('python-resource-headers'), 'openapi.yaml');
    writeFileSync(spec, SPEC);
    const result = await generate({ spec, config: null, target: 'python' });
    const module = result.files.find((file) =>
      file.path.endsWith('/acknowledgement_notification_deliveries/acknowledgement_notification_deliveries.py'),
    );
    expect(module?.contents).toContain('    def __init__(\n        self, acknowledgement_notification_deliveries:');
    expect(module?.inFormatterLayout).toBe(true);
    expect(formatPython(module!.contents, module!.path)).toBe(module!.contents);
  }, 60_000);
});
