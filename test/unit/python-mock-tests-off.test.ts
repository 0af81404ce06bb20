/**
 * A config that turns the generated tests off (sdkgen's `mockTests: false`, Stainless's
 * `settings.disable_mock_tests`) reaches the Python target: its tests are written, each marked skipped.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { tempDir } from '../helpers/sdk';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

async function pythonTestModule(stainlessSettings: string, mockTests: string): Promise<string> {
  const dir = tempDir('python-mock-tests');
  const spec = writeSpec(
    openapi({
      paths: {
        '/teams/{team_id}': {
          get: {
            operationId: 'getTeam',
            parameters: [{ name: 'team_id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
            },
          },
        },
      },
    }),
  );
  writeFileSync(
    path.join(dir, 'stainless.yml'),
    `organization: { name: acme }\n${stainlessSettings}targets:\n  python:\n    package_name: acme\nresources:\n  teams:\n    methods:\n      retrieve: get /teams/{team_id}\n`,
  );
  writeFileSync(path.join(dir, 'sdkgen.yaml'), `stainless: ./stainless.yml\n${mockTests}`);
  const result = await generate({
    spec,
    config: path.join(dir, 'sdkgen.yaml'),
    target: 'python',
    format: false,
    funcs: false,
    referenceDocs: false,
  });
  const file = result.files.find((f) => f.path === 'tests/api_resources/test_teams.py');
  expect(file, result.files.map((f) => f.path).join('\n')).toBeDefined();
  return file!.contents;
}

describe('the Python tests of a config that turns mock tests off', () => {
  it('marks every test skipped where the Stainless config or sdkgen says so, and none otherwise', async () => {
    const skip = /@pytest\.mark\.skip\(reason="[^"]+"\)\n\s+@parametrize\n\s+def test_method_retrieve\(/;
    expect(await pythonTestModule('settings: { disable_mock_tests: true }\n', '')).toMatch(skip);
    expect(await pythonTestModule('', 'mockTests: false\n')).toMatch(skip);
    const on = await pythonTestModule('settings: { disable_mock_tests: true }\n', 'mockTests: true\n');
    expect(on).toContain('def test_method_retrieve(');
    expect(on).not.toContain('pytest.mark.skip(');
  });
});
