/**
 * Stainless's skips of the endpoint tests of an operation defining `callbacks`, by the era of its generator, in both
 * targets (stainless/era.ts `callbackTestsSkip`, emit/test-skips.ts), as knock's and together's SDKs show them:
 * - before 2025-08-11: `// skipped: currently no good way to test endpoints defining callbacks, …` (TypeScript),
 *   `@pytest.mark.skip(reason="currently no good way …")` (Python);
 * - from 2025-08-11: "Prism doesn't support callbacks yet", the TypeScript comment without `skipped: `;
 * - from 2026-02-19: "Mock server doesn't support callbacks yet";
 * - from 2026-03-19 ("refactor(tests): switch from prism to steady"): they run.
 * An operation without callbacks runs in every era; a config's `skip_test_reason` wins over the era's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { skipCommentOf } from '../generator/emit/typescript/plan-tests';
import type { Api, Method } from '../generator/ir/types';
import { formsOfEra } from '../generator/stainless/era';
import { loadInlineApi, pythonTestModule } from './helpers/python-test-modules';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Hooks', version: '1' },
  servers: [{ url: 'https://hooks.test' }],
  paths: {
    '/hooks': { post: { operationId: 'createHook', callbacks: {}, responses: ok } },
    '/hooks/{id}': {
      delete: {
        operationId: 'deleteHook',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        callbacks: {},
        responses: ok,
      },
    },
    '/pings': { get: { operationId: 'listPings', responses: ok } },
  },
};
const CONFIG = `organization: { name: hooks }
targets:
  typescript:
    package_name: hooks
  python:
    package_name: hooks
resources:
  hooks:
    methods:
      create: post /hooks
      delete:
        endpoint: delete /hooks/{id}
        skip_test_reason: the config's own reason
  pings:
    methods:
      list: get /pings
`;

const NO_GOOD_WAY =
  'currently no good way to test endpoints defining callbacks, Prism mock server will fail trying to reach the provided callback url';
const ERAS = [
  { era: '2025-08-10', ts: `skipped: ${NO_GOOD_WAY}`, py: NO_GOOD_WAY },
  { era: '2025-08-11', ts: "Prism doesn't support callbacks yet", py: "Prism doesn't support callbacks yet" },
  { era: '2026-02-18', ts: "Prism doesn't support callbacks yet", py: "Prism doesn't support callbacks yet" },
  {
    era: '2026-02-19',
    ts: "Mock server doesn't support callbacks yet",
    py: "Mock server doesn't support callbacks yet",
  },
  {
    era: '2026-03-18',
    ts: "Mock server doesn't support callbacks yet",
    py: "Mock server doesn't support callbacks yet",
  },
  { era: '2026-03-19', ts: '', py: null },
  { era: 'latest', ts: '', py: null },
];

let api: Api;

beforeAll(async () => {
  api = await loadInlineApi('stainless-tests-r28-era', SPEC, CONFIG);
}, 60_000);

const eraOf = (era: string) => (era === 'latest' ? null : era);

function method(resource: string, name: string): Method {
  const found = api.resources.find((r) => r.path === resource)?.methods.find((m) => m.name === name);
  expect(found, `${resource}.${name}`).toBeDefined();
  return found!;
}

/** The Python test module of `resource` in the SDK of `era`. */
function pyModule(era: string, resource: string): string {
  return pythonTestModule(api, 'hooks', resource, eraOf(era));
}

/** The skip marks over the Python tests of `method` (`test_method_create`, …) in `module`. */
function pyMarks(module: string, method: string): string[] {
  const marks: string[] = [];
  const lines = module.split('\n');
  lines.forEach((line, i) => {
    if (!new RegExp(`def test_\\w+_${method}\\b`).test(line)) return;
    const above = lines.slice(Math.max(0, i - 3), i).join('\n');
    marks.push(/@pytest\.mark\.skip\(reason="([^"]*)"\)/.exec(above)?.[1] ?? '');
  });
  return marks;
}

describe('the tests of an operation defining callbacks, by era', () => {
  it.each(ERAS)('TypeScript of $era', ({ era, ts }) => {
    expect(skipCommentOf(method('hooks', 'create'), '', formsOfEra(eraOf(era)).callbackTestsSkip)).toBe(ts);
  });

  it.each(ERAS)('Python of $era', ({ era, py }) => {
    const marks = pyMarks(pyModule(era, 'hooks'), 'create');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toBe(py ?? '');
  });

  it("an operation without callbacks runs in every era, and a config's reason wins over the era's", () => {
    for (const { era } of ERAS) {
      const forms = formsOfEra(eraOf(era));
      expect(skipCommentOf(method('pings', 'list'), '', forms.callbackTestsSkip)).toBe('');
      expect(skipCommentOf(method('hooks', 'delete'), '', forms.callbackTestsSkip)).toBe("the config's own reason");
      for (const mark of pyMarks(pyModule(era, 'pings'), 'list')) expect(mark).toBe('');
      for (const mark of pyMarks(pyModule(era, 'hooks'), 'delete')) expect(mark).toBe("the config's own reason");
    }
  });
});
