/**
 * The fixture specs: test/fixtures/<feature>.yaml (or .yml/.json), or a folder test/fixtures/<feature>/ whose root
 * document is openapi.yaml (or .yml/.json).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export const FIXTURES = path.join(ROOT, 'test/fixtures');

export function fixtures(): Array<{ name: string; spec: string }> {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES)
    .sort()
    .flatMap((entry) => {
      const full = path.join(FIXTURES, entry);
      if (statSync(full).isDirectory()) {
        const root = ['openapi.yaml', 'openapi.yml', 'openapi.json'].map((f) => path.join(full, f)).find(existsSync);
        return root ? [{ name: entry, spec: root }] : [];
      }
      return /\.(ya?ml|json)$/.test(entry) ? [{ name: entry.replace(/\.(ya?ml|json)$/, ''), spec: full }] : [];
    });
}
