/**
 * An `allOf`'s properties in a test's argument are written part by part, each part's required ones first, as
 * Stainless's tests write them: imagekit-python's test_dummy writes a `TextOverlay` (`allOf: [BaseOverlay, {type,
 * text, encoding, transformation}]`, `type` and `text` required) as `layer_mode`, `position`, `timing`, then `text`,
 * `type`, then `encoding`, `transformation`. sdkgen wrote every part's required ones ahead (`text`, `type`,
 * `layer_mode`, …), unlike Stainless and unlike its own TypeScript tests, which already follow the parts.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { pythonSdk, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Overlays, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /overlays:
    post:
      operationId: createOverlay
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [overlay]
              properties:
                overlay: { $ref: '#/components/schemas/TextOverlay' }
                marker: { $ref: '#/components/schemas/Marker' }
      responses:
        '204': { description: done }
components:
  schemas:
    BaseOverlay:
      type: object
      properties:
        position: { type: string }
        layerMode: { type: string, enum: [multiply, cutter] }
        timing: { type: integer }
    TextOverlay:
      allOf:
        - $ref: '#/components/schemas/BaseOverlay'
        - type: object
          required: [type, text]
          properties:
            type: { type: string, const: text }
            text: { type: string }
            encoding: { type: string, enum: [auto, plain] }
    Marker:
      allOf:
        - $ref: '#/components/schemas/BaseOverlay'
        - type: object
          required: [label]
          properties:
            label: { type: string }
            position: { type: string, enum: [top, bottom] }
`;

const CONFIG = `
organization: { name: overlays }
targets:
  python: { package_name: overlays }
resources:
  overlays:
    models:
      base_overlay: BaseOverlay
      text_overlay: TextOverlay
      marker: Marker
    methods:
      create: post /overlays
`;

/** The keys of the dict or object literal that follows `opener`, in order, at the next indent only. */
function keysAfter(text: string, opener: RegExp): string[] {
  const at = text.search(opener);
  expect(at, `${opener} in\n${text}`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(at).split('\n');
  const indent = /^\s*/.exec(lines[1])![0];
  const keys: string[] = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith(indent) || /^\s*[\]}]/.test(line.slice(indent.length - 1, indent.length + 1))) break;
    const key = new RegExp(`^${indent}(?:"([^"]+)"|(\\w+)):`).exec(line);
    if (key) keys.push(key[1] ?? key[2]);
  }
  return keys;
}

describe("an allOf's properties in a test's argument", () => {
  const root = pythonTempDir('py-allof-order');
  writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  // (TypeScript is the default target.)
  const generated = (target: 'python' | undefined) =>
    generate({ spec: path.join(root, 'openapi.yaml'), config: path.join(root, 'stainless.yml'), target });

  it('are written part by part in Python, as in TypeScript', async () => {
    const python = (await generated('python')).files.find((f) => f.path === 'tests/api_resources/test_overlays.py');
    const all = python!.contents.slice(python!.contents.indexOf('def test_method_create_with_all_params'));
    expect(keysAfter(all, /overlay=\{$/m)).toEqual(['layer_mode', 'position', 'timing', 'text', 'type', 'encoding']);
    // A key the later part declares again keeps the base's place (the class extends the base), with its narrower type.
    expect(keysAfter(all, /marker=\{$/m)).toEqual(['layer_mode', 'position', 'timing', 'label']);
    expect(all).toMatch(/"position": "top"/);

    const typescript = (await generated(undefined)).files.find(
      (f) => f.path === 'tests/api-resources/overlays.test.ts',
    );
    const allTs = typescript!.contents.slice(typescript!.contents.indexOf('required and optional params'));
    expect(keysAfter(allTs, /overlay: \{$/m)).toEqual(['layerMode', 'position', 'timing', 'text', 'type', 'encoding']);
    expect(keysAfter(allTs, /marker: \{$/m)).toEqual(['layerMode', 'position', 'timing', 'label']);
  }, 120_000);

  // pyright and mypy over the generated tests: `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full, CI's).
  if (!PYTHON_FULL) console.log(`allof-example-order-r30f: pyright and mypy are ${FULL_ONLY_NOTICE}`);
  describe.runIf(PYTHON_FULL)('type-checks', () => {
    const { out } = pythonSdk('py-allof-order-check', {
      spec: { name: 'overlays.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: CONFIG },
    });

    it('under pyright strict and mypy, tests included', async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, ['src', 'tests/api_resources'])).toEqual([]);
      const mypy = await runMypy(out, ['src/overlays', 'tests/api_resources']);
      expect(mypy.errors).toEqual([]);
    }, 600_000);
  });
});
