/**
 * Lines of a Python README that are markup and code rather than prose, written as Stainless's READMEs of each era
 * write them (stainless/python-readme-era.ts, dated from the SDK repositories' history): the PyPI badge (the bare
 * version image; labelled `pypi (stable)` with its URL in angle brackets from BADGE_LABEL_SINCE; after a
 * `<!-- prettier-ignore -->` comment from PRETTIER_IGNORE_BADGE_SINCE), the `with_options(http_client=…)` line in a
 * `python` block (every era), and the pagination programs collecting items into a bare `all_<resource> = []`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import type { PyPackage } from '../../generator/emit/python/types/model';
import { planReadme } from '../../generator/emit/python/docs/plan-readme';
import type { Api } from '../../generator/ir/types';
import { pythonFormsOfEra } from '../../generator/stainless/python-era';
import {
  BADGE_LABEL_SINCE,
  PRETTIER_IGNORE_BADGE_SINCE,
  readmeFormsOfEra,
} from '../../generator/stainless/python-readme-era';

const SPEC = `openapi: 3.1.0
info: { title: Crates, version: 1.0.0 }
servers: [{ url: https://api.crates.test }]
components:
  schemas:
    Crate:
      type: object
      required: [id]
      properties:
        id: { type: string }
paths:
  /crates:
    get:
      operationId: listCrates
      parameters:
        - { name: cursor, in: query, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Crate' } }
                  next_cursor: { type: string }
`;

const CONFIG = `organization:
  name: crates
targets:
  python:
    package_name: crates
pagination:
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, 'x-stainless-pagination-property': { purpose: next_cursor_param } }
    response:
      data: { type: array, items: { type: object } }
      next_cursor: { type: string, 'x-stainless-pagination-property': { purpose: next_cursor_field } }
resources:
  crates:
    models:
      crate: '#/components/schemas/Crate'
    methods:
      list: get /crates
`;

let dir = '';
let api: Api;
let pkg: PyPackage;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-readme-lines-'));
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(dir, 'openapi.yml'), config: path.join(dir, 'stainless.yml') }));
  pkg = buildPythonModel(api, { importName: 'crates', distributionName: 'crates', fromStainlessConfig: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The README in the forms of `era` (null: the newest). */
const readmeOf = (era: string | null) =>
  planReadme(pkg, api, null, { ...pythonFormsOfEra(era), readme: readmeFormsOfEra(era) });

/** The day before `day`. */
const dayBefore = (day: string) => new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);

describe("the PyPI badge of each era's README", () => {
  test('is the bare version image before the label', () => {
    const lines = readmeOf(dayBefore(BADGE_LABEL_SINCE)).split('\n');
    expect(lines[2]).toBe(
      '[![PyPI version](https://img.shields.io/pypi/v/crates.svg)](https://pypi.org/project/crates/)',
    );
    expect(lines).not.toContain('<!-- prettier-ignore -->');
  });

  test('is labelled, its URL in angle brackets, before the prettier-ignore comment', () => {
    const lines = readmeOf(BADGE_LABEL_SINCE).split('\n');
    expect(lines[2]).toBe(
      '[![PyPI version](<https://img.shields.io/pypi/v/crates.svg?label=pypi%20(stable)>)](https://pypi.org/project/crates/)',
    );
    expect(readmeOf(dayBefore(PRETTIER_IGNORE_BADGE_SINCE))).not.toContain('<!-- prettier-ignore -->');
  });

  test('follows a prettier-ignore comment since, and in the newest forms', () => {
    for (const era of [PRETTIER_IGNORE_BADGE_SINCE, null])
      expect(readmeOf(era).split('\n').slice(2, 4)).toEqual([
        '<!-- prettier-ignore -->',
        '[![PyPI version](https://img.shields.io/pypi/v/crates.svg?label=pypi%20(stable))](https://pypi.org/project/crates/)',
      ]);
  });
});

describe('code lines of every era', () => {
  test('give a client of its own to some requests in a python block', () => {
    for (const era of ['2024-06-01', null])
      expect(readmeOf(era)).toContain('```python\nclient.with_options(http_client=DefaultHttpxClient(...))\n```');
  });

  test("collect a list's items into a bare list, with each client", () => {
    const pages = readmeOf(null).slice(readmeOf(null).indexOf('## Pagination'));
    expect(pages).toContain('all_crates = []\nfor crate in client.crates.list():\n    all_crates.append(crate)\n');
    expect(pages).toContain('    all_crates = []\n    async for crate in client.crates.list():\n');
    expect(pages).not.toContain('list[object]');
  });
});
