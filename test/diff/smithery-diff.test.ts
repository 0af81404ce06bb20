/**
 * A realistic pair: the Smithery spec (frozen copy, test/fixtures-diff/smithery/old.openapi.yml) against a
 * copy evolved the way real APIs evolve (new.openapi.yml): an endpoint removed, a query param made
 * required, an enum grown (read in responses, written in requests), a response property made
 * nullable, a resource renamed (`/tokens` → `/service-tokens`, same operationId), new endpoints.
 * The Markdown and JSON reports are file snapshots: read their diff when they change.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffSpecs } from '../../generator/diff/diff';
import type { DiffResult } from '../../generator/diff/model';
import { renderJson } from '../../generator/diff/report-json';
import { renderMarkdown } from '../../generator/diff/report-markdown';
import { renderText } from '../../generator/diff/report-text';
import { ROOT } from '../helpers/paths';

const DIR = 'test/fixtures-diff/smithery';

let result: DiffResult;
beforeAll(async () => {
  process.chdir(ROOT); // inputs are given relative to the repository, as in CI
  result = await diffSpecs({
    old: `${DIR}/old.openapi.yml`,
    new: `${DIR}/new.openapi.yml`,
    config: `${DIR}/smithery.sdkgen.yaml`,
  });
});

const find = (kind: string, location: string) => result.changes.find((c) => c.kind === kind && c.location === location);

describe('sdkgen diff on an evolved Smithery spec', () => {
  it('reports each evolution once, with the right classification', () => {
    expect(find('method-removed', 'servers.icon.delete')?.classification).toBe('breaking');
    expect(find('param-made-required', 'servers.logs.list › params.from')?.classification).toBe('breaking');
    // The same enum growth, read (breaks exhaustive switches) and written (accepted):
    expect(find('enum-values-added', 'type Connection › transport')).toMatchObject({
      classification: 'breaking',
      direction: 'response',
    });
    expect(find('enum-values-added', 'connections.create › params.transport')).toMatchObject({
      classification: 'non-breaking',
      direction: 'request',
    });
    expect(find('enum-values-added', 'type CreateConnectionRequest › transport')).toMatchObject({
      classification: 'non-breaking',
      direction: 'request',
    });
    expect(find('nullable-added', 'type Server › description')).toMatchObject({
      classification: 'breaking',
      affects: ['servers.get (response)'],
    });
    // A renamed resource is one change, not a removal plus an addition:
    expect(find('resource-renamed', 'serviceTokens')).toMatchObject({
      classification: 'breaking',
      before: 'tokens',
      after: 'serviceTokens',
    });
    expect(result.changes.some((c) => c.kind === 'method-removed' && c.location.startsWith('tokens'))).toBe(false);
    expect(result.changes.some((c) => c.kind === 'method-added' && c.location === 'serviceTokens.create')).toBe(false);
    expect(find('method-added', 'serviceTokens.list')?.classification).toBe('non-breaking');
    expect(find('method-added', 'serviceTokens.revoke')?.classification).toBe('non-breaking');
    expect(result.summary).toEqual({ breaking: 7, nonBreaking: 4, notes: 2, semver: 'major' });
  });

  it('matches the Markdown snapshot', async () => {
    await expect(renderMarkdown(result)).toMatchFileSnapshot(
      path.join(ROOT, 'test/diff/__snapshots__/smithery.diff.md'),
    );
  });

  it('matches the JSON snapshot', async () => {
    await expect(renderJson(result)).toMatchFileSnapshot(path.join(ROOT, 'test/diff/__snapshots__/smithery.diff.json'));
  });

  it('matches the text snapshot', async () => {
    await expect(renderText(result)).toMatchFileSnapshot(path.join(ROOT, 'test/diff/__snapshots__/smithery.diff.txt'));
  });

  it('reports nothing for a spec against itself', async () => {
    const same = await diffSpecs({
      old: `${DIR}/old.openapi.yml`,
      new: `${DIR}/old.openapi.yml`,
      config: `${DIR}/smithery.sdkgen.yaml`,
    });
    expect(same.changes).toEqual([]);
    expect(same.summary.semver).toBe('none');
  });
});
