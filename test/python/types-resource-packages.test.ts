/**
 * Each package of `resources/` has its package under `types/`, as in Stainless's SDKs (vaif's 128 resource packages,
 * each with its types package: `types/activation/__init__.py` holds `from __future__ import annotations` alone where
 * the resource's methods declare no type). Python imports the empty package. In-process: cheap.
 */
import { describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const dir = tempDir('sdkgen-types-resource-packages');

const noContent = { responses: { '204': { description: 'done' } } };
const SPEC = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Depot', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/activation': { post: { operationId: 'activate', ...noContent } },
    '/activation/org': { post: { operationId: 'activateOrg', ...noContent } },
    '/activation/org/members': { post: { operationId: 'activateMembers', ...noContent } },
  },
});

const CONFIG = `
organization: { name: depot }
targets:
  python: { package_name: depot }
resources:
  activation:
    methods:
      create: post /activation
    subresources:
      org:
        methods:
          create: post /activation/org
        subresources:
          members:
            methods:
              create: post /activation/org/members
`;

describe('the types packages of the resources packages', () => {
  it('are written, with nothing but the future import where no type is declared', async () => {
    const files = await generatePythonFiles(dir, SPEC, CONFIG);
    const paths = [...files.keys()];
    expect(paths).toContain('src/depot/resources/activation/org/__init__.py');
    for (const pkg of ['activation', 'activation/org']) {
      const init = files.get(`src/depot/types/${pkg}/__init__.py`);
      expect(init?.replace(/^#.*\n\n/, '')).toBe('from __future__ import annotations\n');
    }
    // (A leaf resource is a module, not a package: no types package of its own.)
    expect(paths).not.toContain('src/depot/types/activation/org/members/__init__.py');
  });
});
