/**
 * `watch()` when a file changes while a run reads it: the change reaches the output (another run follows), whether
 * it is the first run, before any folder was watched, or a run that reads a file for the first time. Each step waits
 * for its effect with a generous deadline, never for a fixed time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watch, type Watcher, type WatchEvent } from '../generator/api/watch';
import { tempDir } from './helpers/sdk';
import { PET_SCHEMA, splitPetSpec } from './helpers/pet-spec';

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

async function until(what: string, condition: () => boolean, log: () => string, deadlineMs = 90_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; runs:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A split pet spec in a new folder, watched with `onStage` told of each stage. */
function project(onStage: (stage: string) => void) {
  const dir = tempDir('watch-during-run');
  mkdirSync(path.join(dir, 'schemas'));
  writeFileSync(path.join(dir, 'openapi.yaml'), splitPetSpec('Watched API', 'schemas/pet.yaml'));
  writeFileSync(path.join(dir, 'schemas/pet.yaml'), PET_SCHEMA);
  const events: WatchEvent[] = [];
  const watcher = watch({
    spec: path.join(dir, 'openapi.yaml'),
    output: path.join(dir, 'out'),
    config: false,
    formatter: 'none',
    debounceMs: 50,
    onStage,
    onRun: (event) => events.push(event),
  });
  const log = () =>
    events.map((e) => (e.ok ? `ok, changed: ${e.changed.join(', ')}` : `failed: ${String(e.error)}`)).join('\n');
  return { dir, watcher, events, log, pets: path.join(dir, 'out/src/resources/pets.ts') };
}

let watcher: Watcher | null = null;
afterEach(async () => {
  await watcher?.close();
  watcher = null;
});

describe('watch, a file changed while a run reads it', () => {
  it('during the first run: another run follows', async () => {
    let first = true;
    const spec = { file: '' };
    const started = project((stage) => {
      if (stage !== 'ir' || !first) return;
      first = false;
      writeFileSync(
        spec.file,
        read(spec.file).replace('operationId: getPet', 'operationId: getPet\n      summary: Fetch one pet'),
      );
    });
    ({ watcher } = started);
    spec.file = path.join(started.dir, 'openapi.yaml');
    await started.watcher.ready;
    await until('the change to reach the output', () => read(started.pets).includes('Fetch one pet'), started.log);
    expect(started.events.every((e) => e.ok)).toBe(true);
  });

  it("a $ref'd file in a folder watched only once the first run read it, written meanwhile: another run follows", async () => {
    let first = true;
    const at = { dir: '' };
    const started = project((stage) => {
      if (stage !== 'ir' || !first) return;
      first = false;
      writeFileSync(
        path.join(at.dir, 'schemas/pet.yaml'),
        PET_SCHEMA.replace('name: { type: string }', 'name: { type: string }, age: { type: integer }'),
      );
    });
    ({ watcher } = started);
    at.dir = started.dir;
    await started.watcher.ready;
    await until('the change to reach the output', () => read(started.pets).includes('age?: number'), started.log);
    expect(started.events.every((e) => e.ok)).toBe(true);
  });

  it('a file the run $refs for the first time, written after it was read: another run follows', async () => {
    const at = { dir: '', armed: false };
    const started = project((stage) => {
      if (stage !== 'ir' || !at.armed) return;
      at.armed = false;
      writeFileSync(
        path.join(at.dir, 'schemas/owner.yaml'),
        'type: object\nproperties: { nickname: { type: string }, age: { type: integer } }\n',
      );
    });
    ({ watcher } = started);
    at.dir = started.dir;
    writeFileSync(
      path.join(at.dir, 'schemas/owner.yaml'),
      'type: object\nproperties: { nickname: { type: string } }\n',
    );
    await started.watcher.ready;
    await until('the first run', () => read(started.pets).includes('retrieve('), started.log);
    // The spec now $refs owner.yaml, which the run reads, then sees written.
    at.armed = true;
    writeFileSync(path.join(at.dir, 'openapi.yaml'), splitPetSpec('Watched API', 'schemas/owner.yaml'));
    await until('the new $ref to reach the output', () => read(started.pets).includes('nickname'), started.log);
    await until('the write during the run to reach the output', () => read(started.pets).includes('age'), started.log);
    expect(started.events.every((e) => e.ok)).toBe(true);
  });
});
