/**
 * A method's own body param named like a Python keyword (knock-mgmt's `guides.activate(from_=...)`): its params
 * TypedDict declares it as the argument is named, `from_`, aliased to the wire key (`PropertyInfo(alias="from",
 * format="iso8601")`), as Stainless's do; a named model's params form keeps the keyword key in a functional-syntax base
 * (`_SendWindowParamReservedKeywords`). The resource sends `"from_": from_` and the transform renames it: a local
 * server records `from` on the wire. In-process plus one Python process: cheap.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/positional-params-python.test.ts samples Python params (docs/contributing.md, "What `npm test`
// samples").
import { describe, expect, it } from 'vitest';
import { generatePythonFiles, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Guides', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/guides/{key}/activate': {
      put: {
        operationId: 'activateGuide',
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['environment'],
                properties: {
                  environment: { type: 'string' },
                  from: { type: 'string', format: 'date-time', description: 'When to activate the guide.' },
                  window: { $ref: '#/components/schemas/SendWindow' },
                },
              },
            },
          },
        },
        responses: { '204': { description: 'done' } },
      },
    },
    '/guides/{key}/schedule': {
      put: {
        operationId: 'scheduleGuide',
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  {
                    title: 'Now',
                    type: 'object',
                    required: ['status'],
                    properties: { status: { type: 'boolean' } },
                  },
                  {
                    title: 'Later',
                    type: 'object',
                    required: ['from'],
                    properties: { from: { type: 'string', format: 'date-time' } },
                  },
                ],
              },
            },
          },
        },
        responses: { '204': { description: 'done' } },
      },
    },
  },
  components: {
    schemas: {
      SendWindow: { type: 'object', properties: { from: { type: 'string' }, until: { type: 'string' } } },
    },
  },
});
const CONFIG = `
organization:
  name: guides
targets:
  python:
    package_name: guides
resources:
  guides:
    models:
      send_window: SendWindow
    methods:
      activate: put /guides/{key}/activate
      schedule: put /guides/{key}/schedule
`;

describe.runIf(PYTHON_FULL)("a method's own param named like a keyword", () => {
  it('is the argument name in the params TypedDict, aliased to the wire key', async () => {
    const files = await generatePythonFiles(pythonTempDir('py-keyword-params'), SPEC, CONFIG);
    const params = files.get('src/guides/types/guide_activate_params.py') ?? '';
    expect(params).toContain(
      '    from_: Annotated[Union[str, datetime], PropertyInfo(alias="from", format="iso8601")]',
    );
    expect(params).not.toContain('ReservedKeywords');
    const model = files.get('src/guides/types/send_window_param.py') ?? '';
    expect(model).toContain('class SendWindowParam(_SendWindowParamReservedKeywords, total=False):');
    const resource = files.get('src/guides/resources/guides.py') ?? '';
    expect(resource).toMatch(/\*,\s*environment: str,\s*from_: Union\[str, datetime\] \| Omit = omit,/);
    expect(resource).toContain('"from_": from_,');
    // A body of variants: the resource's keys are the variants' own.
    const variants = files.get('src/guides/types/guide_schedule_params.py') ?? '';
    expect(variants).toContain(
      '    from_: Required[Annotated[Union[str, datetime], PropertyInfo(alias="from", format="iso8601")]]',
    );
    expect(resource.match(/"from_": from_,/g)?.length).toBe(4);

    const root = pythonTempDir('py-keyword-params-wire');
    const program = `${LOCAL_SERVER}
import json
from datetime import datetime
from guides import Guides

url, received = serve_recording(lambda request: json.loads(request.body))
client = Guides(base_url=url, max_retries=0)
client.guides.activate("g1", environment="prod", from_=datetime(2020, 1, 2, 3, 4, 5), window={"from": "09:00"})
client.guides.schedule("g1", from_=datetime(2021, 1, 2, 3, 4, 5))
print(json.dumps(received))
`;
    const result = await runPythonAgainstFiles(root, files, program);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      { environment: 'prod', from: '2020-01-02T03:04:05', window: { from: '09:00' } },
      { from: '2021-01-02T03:04:05' },
    ]);
  });
});
