/**
 * Setup file of every project (vitest.config.ts): once a test file is done, the folders it made with tempDir
 * (../helpers/sdk.ts) are removed, unless one of its tests or hooks failed; then they stay in test/.tmp for a look,
 * until a later run sweeps them (six hours on). A whole run otherwise left two hundred folders, gigabytes a day.
 */
import { afterAll } from 'vitest';
import { TMP } from '../helpers/paths';
import { removeTempDirsUnlessFailed } from '../helpers/temp-dirs';

// git run in a test's folder under test/.tmp never finds this repository above it: a test whose `git init` was
// missing once committed the whole work tree here. (Children inherit it.)
process.env['GIT_CEILING_DIRECTORIES'] = [TMP, process.env['GIT_CEILING_DIRECTORIES']].filter(Boolean).join(':');

// Registered before the file's own hooks, so that it runs after its own afterAll hooks (Vitest runs them in reverse).
afterAll((file) => {
  removeTempDirsUnlessFailed(file);
});
