// Every setting the generated mock scripts read from the environment is in the generated CONTRIBUTING.md, for both
// targets and both mock servers: a person whose mock is slow to start (a large spec, a busy machine) learns there how
// to wait longer (MOCK_SERVER_START_TIMEOUT), not only from the error the script prints on giving up.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MockServer } from '../../generator/emit/mock-server';
import { generate } from '../../generator/generate';
import { ROOT } from '../helpers/paths';

const SPEC = path.join(ROOT, 'test/python/fixtures/petstore.yaml');
const STEADY: MockServer = { kind: 'steady', version: '0.22.2', validatorFlags: [] };

/** The environment variables a shell or Node script reads: `${NAME:-…}`, `$NAME`, `process.env.NAME`. */
function variablesRead(script: string): string[] {
  const names = new Set<string>();
  for (const match of script.matchAll(/\$\{([A-Z][A-Z0-9_]+)(?::?[-=?+][^}]*)?\}|process\.env\.([A-Z][A-Z0-9_]+)/g))
    names.add(match[1] ?? match[2]!);
  return [...names];
}

async function filesOf(target: 'python' | null, mockServer: MockServer): Promise<Map<string, string>> {
  const { files } = await generate({ spec: SPEC, format: false, mockServer, ...(target ? { target } : {}) });
  return new Map(files.map((file) => [file.path, file.contents]));
}

describe('CONTRIBUTING.md names the settings of the mock scripts', () => {
  for (const [label, target, script] of [
    ['TypeScript', null, 'scripts/mock-server.mjs'],
    ['Python', 'python', 'scripts/mock'],
  ] as const) {
    for (const mockServer of [null, STEADY]) {
      it(`${label}, ${mockServer ? 'Steady' : 'Prism'}`, async () => {
        const files = await filesOf(target, mockServer);
        const read = variablesRead(files.get(script) ?? '').filter((name) => name.startsWith('MOCK_'));
        expect(read).toContain('MOCK_SERVER_START_TIMEOUT');
        const contributing = files.get('CONTRIBUTING.md') ?? '';
        for (const name of read) expect(contributing, name).toContain(`\`${name}\``);
      });
    }
  }
});
