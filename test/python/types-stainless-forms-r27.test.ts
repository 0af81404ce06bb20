/**
 * Forms of Stainless's Python types modules (session 27):
 * - a params TypedDict's keyword keys are declared in a functional-syntax base one entry a line, the dict with a
 *   trailing comma (knock-mgmt's `_SendWindowParamReservedKeywords`), a layout Ruff leaves as it is;
 * - an integer beside a number in a union is that number (axiora's `anyOf: [number, integer, null]` is
 *   `Optional[float]`);
 * - a field holding a nullable wrapper's object that has a description of its own is documented by that description
 *   (knock-mgmt's `settings`), the wrapper's where the object has none;
 * - a model that reaches a recursive type has lazy annotations (`from __future__ import annotations`), also one whose
 *   base is extended (named unquoted) and its subclass (imagekit's `SrcOptions`, `GetImageAttributesOptions`); the
 *   subclass parses in Python (Stainless's own quoted form of the base leaves it "not fully defined").
 * In-process, plus one Python process; with SDKGEN_PYTHON_TESTS=full, pyright (its own settings) and mypy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPython } from '../../generator/format/ruff';
import {
  FULL_ONLY_NOTICE,
  generatePythonFiles,
  pyrightErrorsUnderOwnSettings,
  PYTHON_FULL,
  runMypy,
} from '../helpers/python';
import { pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const SPEC = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Forms', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/templates': {
      put: {
        operationId: 'putTemplate',
        requestBody: { required: true, content: { 'application/json': { schema: ref('Template') } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: ref('Template') } } } },
      },
    },
    '/images': {
      get: {
        operationId: 'getImage',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: ref('ImageOptions') } } } },
      },
    },
  },
  components: {
    schemas: {
      Template: {
        type: 'object',
        required: ['text'],
        properties: {
          text: { type: 'string' },
          window: ref('Window'),
          rank: { anyOf: [{ type: 'number' }, { type: 'integer' }, { type: 'null' }] },
          settings: {
            type: 'object',
            description: 'The settings. Can be omitted.',
            anyOf: [
              {
                type: 'object',
                description: 'The settings of the template.',
                properties: { to_number: { type: 'string' } },
              },
              { nullable: true },
            ],
          },
          extras: {
            type: 'object',
            description: 'Extras of the template.',
            anyOf: [{ type: 'object', properties: { note: { type: 'string' } } }, { nullable: true }],
          },
        },
      },
      Window: { type: 'object', properties: { from: { type: 'string' }, until: { type: 'string' } } },
      Options: {
        type: 'object',
        required: ['url'],
        properties: { url: { type: 'string' }, steps: { type: 'array', items: ref('Step') } },
      },
      ImageOptions: {
        allOf: [
          ref('Options'),
          { type: 'object', properties: { breakpoints: { type: 'array', items: { type: 'number' } } } },
        ],
      },
      Step: {
        type: 'object',
        properties: { width: { type: 'integer' }, overlay: ref('Overlay') },
      },
      Overlay: { type: 'object', properties: { steps: { type: 'array', items: ref('Step') } } },
    },
  },
});
const CONFIG = `
organization:
  name: forms
targets:
  python:
    package_name: forms
resources:
  templates:
    models:
      template: Template
      window: Window
    methods:
      put: put /templates
  images:
    models:
      options: Options
      image_options: ImageOptions
      step: Step
      overlay: Overlay
    methods:
      get: get /images
`;

describe("Stainless's forms of types modules", () => {
  const files = generatePythonFiles(pythonTempDir('py-types-forms-r27'), SPEC, CONFIG);
  const read = async (file: string) => {
    const text = (await files).get(`src/forms/types/${file}`);
    if (text === undefined) throw new Error(`no ${file} among ${[...(await files).keys()].join(', ')}`);
    return text;
  };

  it("lays a params TypedDict's keyword keys out one a line, as Ruff leaves them", async () => {
    const text = await read('window_param.py');
    expect(text).toContain(
      [
        '_WindowParamReservedKeywords = TypedDict(',
        '    "_WindowParamReservedKeywords",',
        '    {',
        '        "from": str,',
        '    },',
        '    total=False,',
        ')',
      ].join('\n'),
    );
    expect(formatPython(text, 'window_param.py')).toBe(text);
  });

  it('writes an integer beside a number as the number', async () => {
    expect(await read('template.py')).toContain('    rank: Optional[float] = None\n');
    expect(await read('template_put_params.py')).toContain('    rank: Optional[float]\n');
  });

  it("documents a field by its nullable wrapper's object, where that object has a description", async () => {
    const text = await read('template.py');
    expect(text).toContain('    settings: Optional[Settings] = None\n    """The settings of the template."""\n');
    expect(text).toContain('    extras: Optional[Extras] = None\n    """Extras of the template."""\n');
  });

  it('gives lazy annotations to an extended base reaching a cycle and to its subclass, which parses', async () => {
    const base = await read('options.py');
    expect(base).toMatch(/^from __future__ import annotations$/m);
    expect(base).toContain('    steps: Optional[List[Step]] = None\n');
    const subclass = await read('image_options.py');
    expect(subclass).toMatch(/^from __future__ import annotations$/m);
    expect(subclass).toContain('class ImageOptions(Options):');
    // (A model reaching no cycle keeps annotations as they are.)
    expect(await read('template.py')).not.toContain('__future__');
    const program = `
from forms.types import ImageOptions
got = ImageOptions.model_validate({"url": "u", "steps": [{"width": 1, "overlay": {"steps": [{"width": 2}]}}], "breakpoints": [1]})
print(ImageOptions.__pydantic_complete__, got.steps[0].overlay.steps[0].width, got.breakpoints)
`;
    const result = await runPythonAgainstFiles(pythonTempDir('py-types-forms-r27-run'), await files, program, {
      pythonArgs: ['-W', 'error'],
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('True 2 [1.0]');
  }, 120_000);

  if (!PYTHON_FULL) it.skip(`pyright and mypy: ${FULL_ONLY_NOTICE}`, () => {});
  it.runIf(PYTHON_FULL)(
    'type-checks under its own pyright settings and mypy',
    async () => {
      const root = pythonTempDir('py-types-forms-r27-check');
      for (const [file, contents] of await files) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), contents);
      }
      expect(await pyrightErrorsUnderOwnSettings(root, ['src'])).toEqual([]);
      const mypy = await runMypy(root, ['src/forms/types']);
      expect(mypy.errors).toEqual([]);
      expect(mypy.stdout).toContain('Success');
    },
    600_000,
  );
});
