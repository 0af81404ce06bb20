/**
 * Setup file of every project (vitest.config.ts): once a test file is done, the folders it made with tempDir
 * (../helpers/sdk.ts) are removed, unless one of its tests or hooks failed; then they stay in test/.tmp for a look,
 * until a later run sweeps them (six hours on). A whole run otherwise left two hundred folders, gigabytes a day.
 */
import { afterAll } from 'vitest';
import { removeTempDirsUnlessFailed } from '../helpers/temp-dirs';

// Registered before the file's own hooks, so that it runs after its own afterAll hooks (Vitest runs them in reverse).
afterAll((file) => {
  removeTempDirsUnlessFailed(file);
});
