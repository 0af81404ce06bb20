/**
 * The value a generated endpoint test writes for a param of no known shape (`{}`, or `type: object` saying nothing of
 * its members): `{}`, as Stainless's tests do, and a value a mock server checking `type: object` takes (a string was
 * refused with a 422: openplugin's `header`). A map of such values keeps Stainless's `{"foo": "bar"}`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Relay', version: '1' },
  paths: {
    '/pipelines': {
      post: {
        operationId: 'runPipeline',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['header', 'conversation', 'anything', 'labels'],
                properties: {
                  header: { type: 'object' },
                  conversation: { type: 'array', items: {} },
                  anything: {},
                  labels: { type: 'object', additionalProperties: true },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

const CONFIG = `
organization: { name: relay }
targets:
  python: { package_name: relay }
resources:
  pipelines:
    methods:
      run: post /pipelines
`;

describe('test values of params of no known shape', () => {
  const dir = tempDir('sdkgen-py-unknown-values');
  let test: string;
  beforeAll(async () => {
    const files = await generatePythonFiles(dir, JSON.stringify(SPEC), CONFIG);
    test = files.get('tests/api_resources/test_pipelines.py') ?? '';
  });

  it('are an empty dict, alone or as items', () => {
    const call = /client\.pipelines\.run\(\n([\s\S]*?)\n {8}\)/.exec(test)?.[1] ?? '';
    expect(call.split('\n').map((line) => line.trim())).toEqual([
      'anything={},',
      'conversation=[{}],',
      'header={},',
      'labels={"foo": "bar"},',
    ]);
  });
});
