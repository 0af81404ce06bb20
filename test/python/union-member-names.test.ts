/**
 * A union member without a name of its own is `{hint}UnionMember{n}` in Python, n its place in its union, as in
 * Stainless's Python SDKs (no two-digit `UnionMember02`: that is TypeScript's namespace numbering a second
 * `UnionMember0` apart, and Python's hint keeps them apart already).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePython } from '../helpers/python';
import { pyUnionMemberName } from '../../generator/naming/python';

describe('Python union member names', () => {
  it('number a member without a name of its own by its place in the union', () => {
    expect(pyUnionMemberName('Fill', 'UnionMember02', 0)).toBe('FillUnionMember0');
    expect(pyUnionMemberName('Fill', 'UnionMember12', 1)).toBe('FillUnionMember1');
    expect(pyUnionMemberName('Fill', null, 1)).toBe('FillUnionMember1');
  });

  it('keep a member’s own name, cased for Python', () => {
    expect(pyUnionMemberName('Data', 'OpenAIResponseMCPApprovalRequest', 0)).toBe(
      'DataOpenAIResponseMcpApprovalRequest',
    );
    expect(pyUnionMemberName('Block', 'EmailHtmlBlock', 3)).toBe('BlockEmailHTMLBlock');
  });
});

describe('Python union members in a generated package', () => {
  // Two properties, each a union of untitled objects: TypeScript numbers the second `UnionMember0` apart.
  const SPEC = `
openapi: 3.0.3
info: { title: Shapes, version: 1.0.0 }
paths:
  /shapes:
    get:
      operationId: getShape
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Shape' }
components:
  schemas:
    Shape:
      type: object
      properties:
        outline:
          oneOf:
            - { type: object, properties: { a: { type: string } } }
            - { type: object, properties: { b: { type: string } } }
        fill:
          oneOf:
            - { type: object, properties: { c: { type: string } } }
            - { type: object, properties: { d: { type: string } } }
`;
  it('number each union’s members from 0 by their place', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-union-members-'));
    try {
      writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
      generatePython(path.join(dir, 'openapi.yml'), path.join(dir, 'out'));
      const module = readFileSync(path.join(dir, 'out/src/shapes_sdk/types/shape.py'), 'utf8');
      const classes = [...module.matchAll(/^class (\w+)/gm)].map((match) => match[1]);
      expect(classes).toEqual(
        expect.arrayContaining(['OutlineUnionMember0', 'OutlineUnionMember1', 'FillUnionMember0', 'FillUnionMember1']),
      );
      expect(module).not.toMatch(/UnionMember\d\d/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
