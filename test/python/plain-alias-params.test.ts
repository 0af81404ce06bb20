/**
 * An enum or scalar model in a request is named from its model module, as Stainless's params do: a shared one
 * still gets its shared_params module, a resource's gets no `_param` module; an object model keeps its params form.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                color: { $ref: '#/components/schemas/Color' }
                size: { $ref: '#/components/schemas/Size' }
                label: { $ref: '#/components/schemas/Label' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
components:
  schemas:
    Color: { type: string, enum: [red, blue] }
    Size: { type: string, enum: [s, m] }
    Label: { type: object, properties: { text: { type: string } } }
    Thing: { type: object, properties: { size: { $ref: '#/components/schemas/Size' } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  $shared:
    models:
      color: '#/components/schemas/Color'
      label: '#/components/schemas/Label'
  things:
    models:
      size: '#/components/schemas/Size'
      thing: '#/components/schemas/Thing'
    methods:
      create: post /things
`;

describe('enum and scalar models in params', () => {
  const { out } = pythonSdk('py-plain-alias', {
    spec: { name: 'acme.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });
  const types = path.join(out, 'src/acme_sdk/types');

  it('are imported from their model modules; an object model from its params module', () => {
    const params = readFileSync(path.join(types, 'thing_create_params.py'), 'utf8');
    expect(params).toContain('from .size import Size\n');
    expect(params).toContain('from .shared.color import Color\n');
    expect(params).toContain('from .shared_params.label import Label\n');
  });

  it("keep a shared one's shared_params module and write no `_param` module for a resource's", () => {
    expect(existsSync(path.join(types, 'shared_params/color.py'))).toBe(true);
    expect(existsSync(path.join(types, 'size.py'))).toBe(true);
    expect(existsSync(path.join(types, 'size_param.py'))).toBe(false);
  });
});
