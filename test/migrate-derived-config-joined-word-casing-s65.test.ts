/**
 * `sdkgen migrate --from-repo` without a config: a resource whose key is one word Stainless's SDK spells as two
 * (parallel's `client.beta.findall`, heading `## FindAll`, class `FindAll`, every type of it `FindAll…`: its config
 * had the casing `findall: FindAll`). The config written from the repository has that casing, so that sdkgen names
 * the class and the method types (`FindAllEventsParams`, `FindAllEventsResponse`) as Stainless did, the property
 * staying `findall`.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';
import { StainlessNames } from '../generator/naming/stainless';
import { singularClass } from '../generator/stainless/plan';

const API_MD = [
  '# Beta',
  '',
  '## FindAll',
  '',
  'Methods:',
  '',
  '- <code title="get /v1beta/findall/runs/{findall_id}/events">client.beta.findall.<a href="./src/resources/beta/findall.ts">events</a>(findallID) -> unknown</code>',
  '',
  '## TaskRun',
  '',
  'Methods:',
  '',
  '- <code title="get /v1beta/tasks/runs/{run_id}">client.beta.taskRun.<a href="./src/resources/beta/task-run.ts">retrieve</a>(runID) -> unknown</code>',
  '',
].join('\n');

const files: RepoFile[] = [
  { path: 'api.md', blob: null, text: API_MD },
  { path: 'src/resources/beta/beta.ts', blob: null, text: 'export class Beta {}\n' },
  { path: 'src/resources/beta/findall.ts', blob: null, text: 'export class FindAll {}\n' },
  { path: 'src/resources/beta/task-run.ts', blob: null, text: 'export class TaskRun {}\n' },
  { path: 'src/client.ts', blob: null, text: 'export class Parallel {}\n' },
];

describe('a one-word key whose class the heading spells as two words', () => {
  it('gets the casing that spells it so: class and method types named as Stainless named them', () => {
    const derived = deriveStainlessConfig(derivedConfigInput(files, null, { paths: {} })!);
    const config = yaml.load(derived.text) as {
      custom_casings?: Record<string, string>;
      resources: { beta: { subresources: Record<string, unknown> } };
    };
    expect(Object.keys(config.resources.beta.subresources)).toEqual(['findall', 'task_run']);
    expect(config.custom_casings).toEqual({ findall: 'FindAll' });
    const names = new StainlessNames(new Map(Object.entries(config.custom_casings!)));
    expect(names.resourceClass('findall')).toBe('FindAll');
    expect(names.resourceProperty('findall')).toBe('findall');
    // The prefix of the resource's method types (`FindAllEventsResponse`, `FindAllEventsParams`).
    expect(singularClass(names.resourceClass('findall'), names, 'findall')).toBe('FindAll');
    expect(derived.notes.join('\n')).not.toContain('FindAll');
  });
});
