/**
 * A re-applied owners' hunk that leaves sdkgen's module unparseable is not written but goes to a person, reported as
 * a conflict (reapply/parses.ts): brackets that pair are not enough. openai-node's owners added a name to Stainless's
 * multi-line namespace export list; placed by its context after sdkgen's one-line list, the name stood where a
 * statement must (`export { … };` then `type ContentRetrieveResponse as ContentRetrieveResponse,`), and migrate wrote
 * seven such modules.
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { moduleParses, parsedOrForAPerson } from '../../generator/migrate/reapply/parses';

// Stainless's module (its namespace's export list one name a line), as openai-node's skills/versions/content.ts.
const STAINLESS = `export class Content extends APIResource {}

export type ContentRetrieveResponse = string;

export interface ContentRetrieveParams {
  skill_id: string;
}

export declare namespace Content {
  export {
    type ContentRetrieveParams as ContentRetrieveParams,
  };
}
`;
// The owners' edit: the response type exported from the namespace too.
const OWNERS = STAINLESS.replace(
  '    type ContentRetrieveParams as',
  '    type ContentRetrieveResponse as ContentRetrieveResponse,\n    type ContentRetrieveParams as',
);
// sdkgen's module: the list on one line.
const SDKGEN = STAINLESS.replace(
  'export {\n    type ContentRetrieveParams as ContentRetrieveParams,\n  };',
  'export { type ContentRetrieveParams as ContentRetrieveParams };',
);

describe('an owners’ hunk whose placement does not parse', () => {
  it('is returned for a person, sdkgen’s module left parseable', () => {
    const parses = (text: string) => moduleParses('src/resources/content.ts', text);
    expect(parses(SDKGEN)).toBe(true);
    expect(parses(OWNERS)).toBe(true);
    const result = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { code: true, declarations: true, parses });
    expect(parses(result.text)).toBe(true);
    expect(result.applied).toBe(0);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toContain('+    type ContentRetrieveResponse as ContentRetrieveResponse,');
  });

  it('a module a later step leaves unparseable is sdkgen’s, every owners’ edit for a person', () => {
    const broken = SDKGEN.replace('};', '};\n    type ContentRetrieveResponse as ContentRetrieveResponse,');
    const file = 'src/resources/content.ts';
    const kept = parsedOrForAPerson(file, { text: broken, applied: 1, rejected: [] }, SDKGEN, OWNERS, () => [
      '@@ hunk',
    ]);
    expect(kept).toEqual({ text: SDKGEN, applied: 0, rejected: ['@@ hunk'] });
    // A module that parses is written as carried; so is one whose owners' text did not parse either.
    const fine = { text: SDKGEN, applied: 1, rejected: [] };
    expect(parsedOrForAPerson(file, fine, SDKGEN, OWNERS, () => [])).toBe(fine);
    const theirsBroken = { text: broken, applied: 1, rejected: [] };
    expect(parsedOrForAPerson(file, theirsBroken, SDKGEN, broken, () => [])).toBe(theirsBroken);
  });

  it('is told for TypeScript and JavaScript modules only', () => {
    expect(moduleParses('README.md', '# x')).toBeNull();
    expect(moduleParses('src/a.js', 'const a = ;')).toBe(false);
    expect(moduleParses('src/a.tsx', 'const a = <div />;')).toBe(true);
  });
});
