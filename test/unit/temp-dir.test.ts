/**
 * generator/temp-dir.ts listens for the exit and the signals only while it holds something: once every path is
 * removed by its maker, the process has no listener of its (a long-lived process, --watch, does not gather them).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { removedAtExit, temporaryDir } from '../../generator/temp-dir';
import { tempDir } from '../helpers/sdk';

const listeners = () => ['exit', 'SIGINT', 'SIGTERM'].map((event) => process.listenerCount(event));

it('listens while a path is held, and not once each is removed (twice is harmless)', () => {
  const before = listeners();
  const dir = temporaryDir('sdkgen-unit-');
  const beside = path.join(tempDir('temp-dir'), 'made');
  mkdirSync(beside);
  const file = removedAtExit(beside);
  expect(listeners()).toEqual(before.map((n) => n + 1));
  dir.remove();
  expect(listeners()).toEqual(before.map((n) => n + 1));
  file.remove();
  file.remove();
  expect(listeners()).toEqual(before);
  expect([existsSync(dir.path), existsSync(beside)]).toEqual([false, false]);
});
