/**
 * A resource module's `from <types package> import <params modules>` statement is one name a line where Stainless's
 * is: Stainless's generator imports there the params module of every method, Ruff drops those the module never names
 * (a method whose body is whole, an array of strings: `body=maybe_transform(body, SequenceNotStr[str])`), and its isort has wrapped the
 * statement first where it was longer than 120 columns with them (apollo-python's organizations with
 * `organization_bulk_enrich_params`, honcho-python's session peers with `peer_remove_params`). Without such a method
 * the statement is one line where it fits.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const op = (id: string, body: string) => `
    post:
      operationId: ${id}
      requestBody: { required: true, content: { application/json: { schema: ${body} } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }`;
const object = '{ type: object, properties: { domain: { type: string } } }';

const spec = (bulk: boolean) => `
openapi: 3.1.0
info: { title: Organizations, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /organizations/enrich:${op('enrichOrganization', object)}
  /organizations/search:${op('searchOrganizations', object)}
  /organizations/job_postings:${op('organizationJobPostings', object)}
  /organizations/bulk_enrich:${op('bulkEnrichOrganizations', bulk ? '{ type: array, items: { type: string } }' : object)}
`;

const CONFIG = `
organization: { name: organizations }
targets:
  python: { package_name: organizations_sdk }
resources:
  organizations:
    methods:
      enrich: post /organizations/enrich
      search: post /organizations/search
      job_postings: post /organizations/job_postings
      bulk_enrich: post /organizations/bulk_enrich
`;

const JOINED =
  'from ..types import organization_enrich_params, organization_search_params, organization_job_postings_params\n';

describe("a resource module's import of its params modules", () => {
  it('is one name a line where the params module of a whole-body method, which Ruff drops, pushed it past 120', async () => {
    const file = (
      await pythonPackageByEra('types-import-whole-body', spec(true), CONFIG, 'organizations_sdk')('2026-04-02')
    )('resources/organizations.py');
    expect(file).toContain('body=maybe_transform(body, SequenceNotStr[str]),');
    expect(JOINED.length - 1).toBeLessThanOrEqual(120);
    expect(file).toContain(
      'from ..types import (\n    organization_enrich_params,\n    organization_search_params,\n' +
        '    organization_job_postings_params,\n)\n',
    );
  });

  it('is one line where it fits and no method leaves its params module unnamed', async () => {
    const config = CONFIG.replace('      bulk_enrich: post /organizations/bulk_enrich\n', '');
    const file = (
      await pythonPackageByEra('types-import-whole-body', spec(false), config, 'organizations_sdk')('2026-04-02')
    )('resources/organizations.py');
    expect(file).toContain(JOINED);
  });
});
