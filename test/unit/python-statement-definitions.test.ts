/**
 * What a definition placed among sdkgen's statements can leave that Python refuses to compile, read by
 * statementProblem (python/soundness/statement-structure.ts): a `nonlocal` no function around binds, a decorator that
 * decorates nothing, a parameter without a default after one with a default, and a definition's decorators and
 * default values, which run in the scope around it (an `await` there outside an `async def`, a name used there before
 * that scope's `global` of it). And the well-formed forms it must not call errors.
 */
import { describe, expect, it } from 'vitest';
import { statementProblem } from '../../generator/migrate/python/soundness/statement-structure';

const cases: Array<{ name: string; given: string[]; want: string | null }> = [
  {
    name: 'nonlocal of a name no function around binds',
    given: ['def outer():', '    def inner():', '        nonlocal count', '        count += 1', '    return inner'],
    want: 'line 3: `nonlocal count`: no function around it binds `count`',
  },
  {
    name: 'nonlocal of a name only the module binds',
    given: ['count = 0', '', 'def outer():', '    def inner():', '        nonlocal count', '    return inner'],
    want: 'line 5: `nonlocal count`: no function around it binds `count`',
  },
  {
    name: 'a decorator followed by an assignment',
    given: ['class A:', '    @property', '    x = 1'],
    want: 'line 2: a decorator followed by no `def` or `class`',
  },
  {
    name: "a decorator at a block's end",
    given: ['class A:', '    @staticmethod', '', 'def f():', '    pass'],
    want: 'line 2: a decorator followed by no `def` or `class`',
  },
  {
    name: 'a parameter without a default after one with a default',
    given: ['def create(self, model="a", body):', '    return body'],
    want: 'line 1: a parameter without a default (`body`) after one with a default',
  },
  {
    name: 'an await in a default value, in a function that is no `async def`',
    given: ['def outer():', '    def inner(value=await fetch()):', '        return value', '    return inner'],
    want: 'line 2: `await` or `async` outside an `async def`',
  },
  {
    name: "a yield in a decorator at the module's level",
    given: ['@register((yield))', 'def f():', '    pass'],
    want: 'line 1: `yield` outside a function',
  },
  {
    name: 'a default value read before the scope around it declares the name global',
    given: [
      'def outer():',
      '    def inner(limit=LIMIT):',
      '        return limit',
      '    global LIMIT',
      '    return inner',
    ],
    want: 'line 4: `global LIMIT` after `LIMIT` is used in its scope',
  },
  {
    name: 'well-formed: nonlocal bindings, decorators, defaults',
    given: [
      'def outer(total):',
      '    def bump():',
      '        nonlocal count, total',
      '        count += 1',
      '',
      '    class Counter:',
      '        def reset(self):',
      '            nonlocal count',
      '            count = 0',
      '',
      '    def later():',
      '        nonlocal seen, item, handle, conn, err, helper',
      '    for item in []:',
      '        pass',
      '    with open("x") as handle, connect() as conn:',
      '        pass',
      '    try:',
      '        pass',
      '    except Exception as err:',
      '        pass',
      '    import os.path as helper',
      '    count = 0',
      '    seen: set = set()',
      '    return bump',
      '',
      '',
      '@overload',
      '# a comment between',
      '',
      '@decorate(',
      '    name="x",',
      ')',
      'def create(self, model="a", *args, body, stream=False, **kwargs):',
      '    pass',
      '',
      '',
      'def f(a, /, b=1, *, c, d=2, key=lambda x, y: x, e: Dict[str, int] = {}):',
      '    pass',
      '',
      '',
      'async def g(value=None):',
      '    @wraps(value)',
      '    async def h(x=await value):',
      '        return x',
      '    return h',
      '',
      '',
      'class A:',
      '    @property',
      '    def x(self): return 1',
      '    @x.setter',
      '    def x(self, v): pass',
      '    @dataclass',
      '    class B:',
      '        y: int',
    ],
    want: null,
  },
];

describe('statementProblem of placed definitions (python/soundness/statement-structure.ts)', () => {
  for (const { name, given, want } of cases)
    it(name, () => {
      expect(statementProblem(given.join('\n') + '\n')).toBe(want);
    });
});
