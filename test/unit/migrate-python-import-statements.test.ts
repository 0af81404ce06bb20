/**
 * The one reader of a Python module's import statements (migrate/python/source/import-statements.ts): every form the
 * migrate stage meets, and the "import"s that are no statement (a docstring's, a string's, a comment's).
 */
import { describe, expect, it } from 'vitest';
import {
  pythonImports,
  topLevelImports,
  underTypeChecking,
} from '../../generator/migrate/python/source/import-statements';

/** The statement's parts a table compares: what it imports, from where, its lines. */
const read = (text: string) =>
  pythonImports(text).map((s) => ({
    lines: [s.start, s.end],
    kind: s.kind,
    module: s.module,
    bound: s.names.map((n) => n.bound),
    text: s.text,
  }));

describe('the import statements of a Python module', () => {
  const cases: Array<{ given: string; want: ReturnType<typeof read> }> = [
    {
      given: 'import os',
      want: [{ lines: [0, 1], kind: 'import', module: null, bound: ['os'], text: 'import os' }],
    },
    {
      given: 'import a.b as c',
      want: [{ lines: [0, 1], kind: 'import', module: null, bound: ['c'], text: 'import a.b as c' }],
    },
    {
      given: 'import a.b, d  as  e',
      want: [{ lines: [0, 1], kind: 'import', module: null, bound: ['a', 'e'], text: 'import a.b, d as e' }],
    },
    {
      given: 'from . import x',
      want: [{ lines: [0, 1], kind: 'from', module: '.', bound: ['x'], text: 'from . import x' }],
    },
    {
      given: 'from .._utils import (y as y)',
      want: [{ lines: [0, 1], kind: 'from', module: '.._utils', bound: ['y'], text: 'from .._utils import y as y' }],
    },
    {
      given: ['from .types import (  # the models', '    A,', '    # B is gone', '    C as D,  # renamed', ')'].join(
        '\n',
      ),
      want: [
        { lines: [0, 5], kind: 'from', module: '.types', bound: ['A', 'D'], text: 'from .types import A, C as D' },
      ],
    },
    {
      given: 'from typing import Dict, \\\n    List\nx = 1',
      want: [
        {
          lines: [0, 2],
          kind: 'from',
          module: 'typing',
          bound: ['Dict', 'List'],
          text: 'from typing import Dict, List',
        },
      ],
    },
    {
      given: 'import httpx  # type: ignore\nfrom a import b  # noqa: F401',
      want: [
        { lines: [0, 1], kind: 'import', module: null, bound: ['httpx'], text: 'import httpx' },
        { lines: [1, 2], kind: 'from', module: 'a', bound: ['b'], text: 'from a import b' },
      ],
    },
    {
      given: 'from x import *',
      want: [{ lines: [0, 1], kind: 'from', module: 'x', bound: [], text: 'from x import *' }],
    },
    {
      given: [
        '"""A module.',
        '',
        'import os',
        'from x import y',
        '"""',
        "text = 'import os'",
        '# import os',
        'print("""',
        'from a import b',
        '""")',
        'important = 1',
        'imported.x = 2',
        'fromage = 3',
      ].join('\n'),
      want: [],
    },
  ];
  it.each(cases)('$given', ({ given, want }) => expect(read(given)).toEqual(want));

  it('tells where a statement sits: its indent, its block, its comments', () => {
    const text = [
      'from typing import TYPE_CHECKING',
      'if TYPE_CHECKING:',
      '    from .types import A  # type: ignore',
      'try:',
      '    import numpy as np',
      'except ImportError:',
      '    np = None',
      'def f(',
      '    a: int,',
      ') -> None:',
      '    """Doc."""',
      '',
      '    from ._client import (',
      '        Client,  # the client',
      '    )',
    ].join('\n');
    const statements = pythonImports(text);
    expect(
      statements.map((s) => ({ indent: s.indent, block: s.block, comment: s.comment, commented: s.commented })),
    ).toEqual([
      { indent: '', block: null, comment: null, commented: false },
      { indent: '    ', block: 'if TYPE_CHECKING:', comment: '# type: ignore', commented: true },
      { indent: '    ', block: 'try:', comment: null, commented: false },
      { indent: '    ', block: 'def f( a: int, ) -> None:', comment: null, commented: true },
    ]);
    expect(statements.map(underTypeChecking)).toEqual([false, true, false, false]);
    expect(topLevelImports(text).map((s) => s.text)).toEqual(['from typing import TYPE_CHECKING']);
    expect(statements[3].names.map((n) => [n.text, n.line])).toEqual([['Client', 13]]);
    expect([statements[3].start, statements[3].end, statements[3].parenthesised]).toEqual([12, 15, true]);
  });
});
