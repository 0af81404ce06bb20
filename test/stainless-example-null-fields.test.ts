/**
 * With a Stainless config, a method's `@example` passes the spec's example of its body without the optional fields
 * whose value there is null or false, as Stainless's SDKs do (knock's `schedules.create` leaves out `ending_at: null`,
 * `users.guides.markMessageAsSeen` `is_final: false`); deeper in, a null stays (`repeats: [{ minutes: null }]`).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedFile } from '../generator/emit/render';
import { generateFrom, tempDir } from './helpers/sdk';

const schedule = {
  type: 'object',
  required: ['workflow'],
  properties: {
    workflow: { type: 'string' },
    ending_at: { type: 'string', format: 'date-time', nullable: true },
    is_final: { type: 'boolean' },
    tenant: { type: 'string', nullable: true },
    repeats: {
      type: 'array',
      items: { type: 'object', properties: { minutes: { type: 'integer', nullable: true } } },
    },
  },
};
const example = {
  workflow: 'comment-created',
  ending_at: null,
  is_final: false,
  tenant: 'acme',
  repeats: [{ minutes: null }],
};

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/schedules': {
      post: {
        operationId: 'createSchedule',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { ...schedule, example }, example } },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript: { package_name: acme }
resources:
  schedules:
    methods:
      create: post /schedules
`;

let root = '';
let files: RenderedFile[] = [];
const schedules = () => files.find((f) => f.path === 'src/resources/schedules.ts')?.contents ?? '';

beforeAll(async () => {
  root = tempDir('stainless-example-null-fields');
  files = (await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false })).files;
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the fields of a Stainless @example', () => {
  it("leaves out the example's optional null and false fields, not a null deeper in", () => {
    const doc = schedules().slice(0, schedules().indexOf('create(body'));
    expect(doc).toContain("workflow: 'comment-created'");
    expect(doc).toContain("tenant: 'acme'");
    expect(doc).toMatch(/minutes: null/);
    expect(doc).not.toContain('ending_at');
    expect(doc).not.toContain('is_final');
  });
});
