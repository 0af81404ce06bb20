/**
 * write/merge-insertions.ts: two insertions at one point of the base, one by each side, taken in the order a person
 * would write them where only one order fits (a block of markers the owners opened around generated lines stays
 * whole; an alignment of a side's diff as good as the one found separates them), a conflict otherwise. Each case is
 * merged both ways round: the answer does not depend on which side is which.
 */
import { describe, expect, it } from 'vitest';
import { marker } from '../../generator/write/merge-insertions';
import { lines } from '../../generator/write/merge';
import { edit, file, mergeBothWays } from '../helpers/merge-cases';

describe('two insertions at one point: a block of markers the owners wrapped around generated lines', () => {
  // A Python client's imports for type checkers, as the generator writes them.
  const client = file(
    'from typing import TYPE_CHECKING',
    '',
    'if TYPE_CHECKING:',
    '    from .resources import sessions',
    '    from .resources.sessions import SessionsResource, AsyncSessionsResource',
    '',
    'class Client:',
    '    pass',
  );
  // The owners wrapped the second generated import in their block, with an import of their own.
  const open = ['', '    # <custom code, by the owners>', '    from ._custom.server import ServerManager'];
  const close = ['    # </custom code>'];
  const wrapped = edit(edit(client, 5, 5, close), 4, 4, open);
  const probe = '    from .resources.probes import ProbesResource, AsyncProbesResource';

  it('puts the generator’s line after the block the owners close where it inserts', () => {
    // A new resource: the first import line changes, its classes' import goes after the last one.
    const regenerated = edit(edit(client, 5, 5, [probe]), 3, 4, ['    from .resources import probes, sessions']);
    const merged = mergeBothWays(client, wrapped, regenerated);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(
      file(
        'from typing import TYPE_CHECKING',
        '',
        'if TYPE_CHECKING:',
        '    from .resources import probes, sessions',
        ...open,
        '    from .resources.sessions import SessionsResource, AsyncSessionsResource',
        ...close,
        probe,
        '',
        'class Client:',
        '    pass',
      ),
    );
  });

  it('puts the generator’s line before the block the owners open where it inserts', () => {
    const regenerated = edit(client, 4, 4, [probe]);
    const merged = mergeBothWays(client, wrapped, regenerated);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(wrapped, 4, 4, [probe]));
  });

  it('reads `// #region` … `// #endregion` and `/*` … `*/` the same way', () => {
    const ts = file('import { a } from "./a";', 'import { b } from "./b";', '', 'export const c = 1;');
    const region = edit(edit(ts, 2, 2, ['// #endregion']), 1, 1, ['// #region owners', 'import { x } from "./x";']);
    const commented = edit(edit(ts, 2, 2, ['*/']), 1, 1, ['/*']);
    const regenerated = edit(ts, 2, 2, ['import { d } from "./d";']);
    for (const owners of [region, commented]) {
      const merged = mergeBothWays(ts, owners, regenerated);
      expect(merged.conflicts).toBe(0);
      expect(merged.text).toBe(
        edit(owners, lines(owners).length - 2, lines(owners).length - 2, ['import { d } from "./d";']),
      );
    }
  });

  it('keeps the conflict when the owners’ lines at the point are not a block’s end they opened before', () => {
    const regenerated = edit(client, 5, 5, [probe]);
    // A comment of theirs (no marker): it may be about the line before or the line after.
    expect(mergeBothWays(client, edit(client, 5, 5, ['    # sessions first']), regenerated).conflicts).toBe(1);
    // A closing marker with no opening one of theirs before it.
    expect(mergeBothWays(client, edit(client, 5, 5, close), regenerated).conflicts).toBe(1);
    // A whole block of theirs at the point: before or after it, both read well.
    expect(mergeBothWays(client, edit(client, 5, 5, [...open.slice(1), ...close]), regenerated).conflicts).toBe(1);
    // The closing marker followed by more lines of theirs: the generator's line could go between.
    const more = edit(edit(client, 5, 5, [...close, '    from ._custom import extra']), 4, 4, open);
    expect(mergeBothWays(client, more, regenerated).conflicts).toBe(1);
    // A closing marker of another comment leader, or another indent, than the opening one.
    for (const other of ['    // </custom code>', '# </custom code>']) {
      expect(mergeBothWays(client, edit(edit(client, 5, 5, [other]), 4, 4, open), regenerated).conflicts).toBe(1);
    }
  });

  it('keeps the conflict where the block placed first ends the file without a line end', () => {
    // (`# </c>` then the generator's line would be one line: `# </c>z`.)
    expect(mergeBothWays('a\n', '# <c>\na\n# </c>', 'a\nz\n').conflicts).toBe(1);
  });

  it('keeps the conflict when both sides close a block there', () => {
    const generatorsBlock = edit(edit(client, 5, 5, ['    # </generated>']), 4, 4, [
      '    # <generated>',
      '    from .resources import extra',
    ]);
    // (Both open a block at the first point and close it at the second: two conflicts.)
    expect(mergeBothWays(client, wrapped, generatorsBlock).conflicts).toBe(2);
  });
});

describe('two insertions at one point: an alignment of a side’s diff that separates them', () => {
  // A TypeScript client: the class, then its resources assigned to it, then its namespace of types.
  const client = file(
    'export class Client {',
    '  static toFile = toFile;',
    '}',
    '',
    'Client.Memories = Memories;',
    '',
    'export declare namespace Client {',
    '  export {',
    '    type AddParams as AddParams,',
    '  };',
    '',
    '  export {',
    '    Memories as Memories,',
    '  };',
    '}',
  );

  it('takes functions the owners appended after the class before the generator’s line at the same point', () => {
    // The owners' functions end with `}` and a blank line, as the class does: their insertion reads as made after the
    // blank line, where the generator inserts its assignment; it reads as well one line or two earlier.
    const owners = edit(client, 4, 4, ['function local() {', '  return 1;', '}', '']);
    const regenerated = edit(client, 4, 4, ['Client.Probes = Probes;']);
    const merged = mergeBothWays(client, owners, regenerated);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(owners, 8, 8, ['Client.Probes = Probes;']));
  });

  it('takes a block the generator adds after a closing line it repeats after the owners’ lines before it', () => {
    // A new resource: its assignment, and its `export { … };` group, which the diff (matching the files' common tail
    // first) finds inserted before the `};` that ends the group before it.
    const owners = edit(client, 9, 9, ['    type SearchParams as SearchParams,']);
    const assigned = ['Client.Probes = Probes;'];
    const regenerated = edit(edit(client, 9, 9, ['  };', '', '  export {', '    Probes as Probes,']), 4, 4, assigned);
    const merged = mergeBothWays(client, owners, regenerated);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(
      edit(edit(owners, 12, 12, ['  export {', '    Probes as Probes,', '  };', '']), 4, 4, assigned),
    );
  });

  it('keeps the conflict when each side’s insertion could move, to different orders', () => {
    const base = file('a', '', 'b');
    const ours = edit(base, 2, 2, ['c', '']);
    const theirs = edit(base, 2, 2, ['d', '']);
    expect(mergeBothWays(base, ours, theirs).conflicts).toBe(1);
  });
});

describe('marker', () => {
  it.each([
    ['    ### <CUSTOM CODE BY THE TEAM>', 'open'],
    ['    ### </END CUSTOM CODE>', 'close'],
    ['// #region helpers', 'open'],
    ['// #endregion', 'close'],
    ['# BEGIN owners', 'open'],
    ['# END owners', 'close'],
    ['/*', 'open'],
    ['*/', 'close'],
    ['<!-- start: custom -->', 'open'],
    ['<!-- end: custom -->', 'close'],
  ])('%s is a marker that opens or closes', (line, kind) => {
    expect(marker(`${line}\n`)?.kind).toBe(kind);
  });

  it.each(['# a comment', '// endpoint for sessions', '# <= 3 only', 'x = 1  # <tag>', '/* a comment */', '# ending'])(
    '%s is none',
    (line) => {
      expect(marker(`${line}\n`)).toBeNull();
    },
  );
});
