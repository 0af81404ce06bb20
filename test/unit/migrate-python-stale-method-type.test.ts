/**
 * A type api.md still lists after Stainless's bot took its method out (llamacloud's `ParsingUploadFileResponse`, of a
 * `parsing.upload_file` its bot removed; api.md's `Methods:` on main lost the line, its `Types:` kept the name) is of
 * the shape of the schema another method answers under a name of its own (`create` → `ParsingCreateResponse`, both
 * `ParseJobResponse`). A model names every use of its schema, so taking the stale type for that schema's model had
 * sdkgen's `create` return `ParsingUploadFileResponse`: the owners' `create` (returning `ParsingCreateResponse`) failed
 * pyright, and users' annotations changed. It is no model of that schema; it is listed as a type with no model.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';

const method = (verb: string, path: string, name: string, returns: string) =>
  `- <code title="${verb} ${path}">client.parsing.<a href="./src/acme/resources/parsing.py">${name}</a>(\\*\\*<a href="src/acme/types/parsing_${name}_params.py">params</a>) -> <a href="./src/acme/types/${returns}.py">${returns
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}</a></code>`;

const apiMd = (types: string[]) =>
  [
    '# Parsing',
    '',
    'Types:',
    '',
    '```python',
    `from acme.types import ${types.join(', ')}`,
    '```',
    '',
    'Methods:',
    '',
    method('post', '/v2/parse', 'create', 'parsing_create_response'),
    method('get', '/v2/parse/{job_id}', 'get', 'parsing_get_response'),
    '',
  ].join('\n');

const job = (name: string) =>
  `from .._models import BaseModel\n\n__all__ = ["${name}"]\n\n\nclass ${name}(BaseModel):\n    id: str\n\n    status: str\n`;

const FILES: Record<string, string> = {
  'src/acme/types/parsing_create_response.py': job('ParsingCreateResponse'),
  'src/acme/types/parsing_upload_file_response.py': job('ParsingUploadFileResponse'),
  'src/acme/types/parsing_get_response.py': job('ParsingGetResponse'),
  'src/acme/types/parsing_job.py': job('ParsingJob'),
  'src/acme/types/__init__.py': [
    'from .parsing_job import ParsingJob as ParsingJob',
    'from .parsing_get_response import ParsingGetResponse as ParsingGetResponse',
    'from .parsing_create_response import ParsingCreateResponse as ParsingCreateResponse',
    'from .parsing_upload_file_response import ParsingUploadFileResponse as ParsingUploadFileResponse',
    '',
  ].join('\n'),
};

const shape = { kind: 'object' as const, members: ['id', 'status'], detail: ['id', 'status'] };
const SPEC = {
  schemas: [
    { key: 'ParseJobResponse', name: 'ParseJobResponse', shape },
    { key: 'ParseResultResponse', name: 'ParseResultResponse', shape: { ...shape, members: ['job'], detail: ['job'] } },
    { key: 'ParsingJob', name: 'ParsingJob', shape },
  ],
  responseSchemas: new Map([
    ['post /v2/parse', 'ParseJobResponse'],
    ['post /v2/parse/upload', 'ParseJobResponse'],
    ['get /v2/parse/{job_id}', 'ParseResultResponse'],
  ]),
};

function modelsOf(types: string[]) {
  const unmodelled: UnmodelledType[] = [];
  const models = pythonModels(apiMd(types), (file) => FILES[file] ?? null, 'acme', SPEC, [], new Map(), unmodelled);
  return { models: Object.fromEntries(models.map((m) => [m.key, m.schema])), unmodelled };
}

describe("derived config (Python): a type api.md lists whose method is gone, of another method's response", () => {
  it("is no model of the schema that method answers (so that method keeps its own type's name)", () => {
    const { models, unmodelled } = modelsOf([
      'ParsingCreateResponse',
      'ParsingGetResponse',
      'ParsingUploadFileResponse',
    ]);
    expect(models).toEqual({});
    expect(unmodelled.map((u) => u.name)).toEqual(['ParsingUploadFileResponse']);
  });

  it('leaves a model of its own schema matched (a type no method answers)', () => {
    const { models, unmodelled } = modelsOf(['ParsingJob', 'ParsingCreateResponse', 'ParsingGetResponse']);
    expect(models).toEqual({ parsing_job: 'ParsingJob' });
    expect(unmodelled).toEqual([]);
  });
});

describe("derived config (Python): a listed type Stainless's output no longer exports but the users' package does", () => {
  // Stainless's output (the base) no longer exports it; the bot's leftover module is still in the users' package,
  // exported, and read where Stainless's output has no such module (as derived-config.ts reads a module).
  const stainless = (file: string) =>
    file === 'src/acme/types/__init__.py'
      ? FILES[file]
          .split('\n')
          .filter((line) => !line.includes('ParsingUploadFileResponse'))
          .join('\n')
      : (FILES[file] ?? null);
  const types = ['ParsingCreateResponse', 'ParsingGetResponse', 'ParsingUploadFileResponse'];

  it('is reported as breaking users’ imports, not as a type no import reached', () => {
    const unmodelled: UnmodelledType[] = [];
    const users = (file: string) => FILES[file] ?? null;
    pythonModels(apiMd(types), stainless, 'acme', SPEC, [], new Map(), unmodelled, users);
    expect(unmodelled.map((u) => u.name)).toEqual(['ParsingUploadFileResponse']);
    expect(unmodelled[0].kind).not.toBe('undeclared');
    // (No model line offered: `ParseJobResponse` is `create`'s answer, named ParsingCreateResponse.)
    expect(unmodelled[0].configLine).toBeUndefined();
    expect(unmodelled[0].why).toMatch(/`acme\.types` in your package still exports it .* imports of it break/);
  });

  it('is a type no import reached where the users’ package does not export it either', () => {
    const unmodelled: UnmodelledType[] = [];
    pythonModels(apiMd(types), stainless, 'acme', SPEC, [], new Map(), unmodelled, stainless);
    expect(unmodelled.map((u) => [u.name, u.kind])).toEqual([['ParsingUploadFileResponse', 'undeclared']]);
  });
});
