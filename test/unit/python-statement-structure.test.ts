/**
 * Statement-level errors a well-indented Python module can still have, read from how its statements nest
 * (python/statement-structure.ts): what an owners' edit placed at another depth leaves (a `try:` in a class body with
 * the fixture's `return` under its `except:`), and the well-formed forms it must not call errors.
 */
import { describe, expect, it } from 'vitest';
import { statementProblem } from '../../generator/migrate/python/statement-structure';

const cases: Array<{ name: string; given: string[]; want: string | null }> = [
  {
    name: "an owners' try/except carried into a class body: return outside a function",
    given: [
      'class TestAcme:',
      '    def client(self):',
      '        client = Acme()',
      '    try:',
      '        client.ping()',
      '    except Exception:',
      '        return None',
      '        return client',
    ],
    want: 'line 7: `return` outside a function',
  },
  { name: 'return at the top level', given: ['x = 1', 'return x'], want: 'line 2: `return` outside a function' },
  {
    name: 'yield in a class body',
    given: ['class A:', '    x = yield 1'],
    want: 'line 2: `yield` outside a function',
  },
  {
    name: 'await in a plain def',
    given: ['def f():', '    return await g()'],
    want: 'line 2: `await` or `async` outside an `async def`',
  },
  {
    name: 'async with in a plain def nested in an async one',
    given: ['async def f():', '    def g():', '        async with h():', '            pass'],
    want: 'line 3: `await` or `async` outside an `async def`',
  },
  {
    name: 'try without except, the next statement at its indent',
    given: ['def f():', '    try:', '        g()', '    return 1'],
    want: 'the `try:` on line 2 has no `except` or `finally` after its body',
  },
  {
    name: 'try without except, its block closed by a dedent',
    given: ['def f():', '    if x:', '        try:', '            g()', '    return 1'],
    want: 'the `try:` on line 3 has no `except` or `finally` after its body',
  },
  {
    name: 'try ending the module',
    given: ['try:', '    import x'],
    want: 'the `try:` on line 1 has no `except` or `finally` after its body',
  },
  {
    name: 'except at another indent than its try',
    given: ['def f():', '    try:', '        g()', '        except Exception:', '            pass'],
    want: 'line 4: `except` follows no statement it may follow at its indent',
  },
  {
    name: 'except after no try',
    given: ['def f():', '    g()', '    except Exception:', '        pass'],
    want: 'line 3: `except` follows no statement it may follow at its indent',
  },
  {
    name: 'elif after a for',
    given: ['for x in y:', '    pass', 'elif z:', '    pass'],
    want: 'line 3: `elif` follows no statement it may follow at its indent',
  },
  {
    name: 'break outside a loop (a loop around the def does not count)',
    given: ['for x in y:', '    def f():', '        if x:', '            break'],
    want: 'line 4: `break` outside a loop',
  },
  {
    name: 'well-formed: every clause, one-line blocks, loops, async, decorators, comments and strings',
    given: [
      'import x',
      'try:',
      '    import y',
      'except ImportError:  # a comment: return',
      '    y = None',
      'else:',
      '    pass',
      'finally:',
      '    pass',
      '',
      '',
      'class A:',
      '    try:',
      '        z = 1',
      '    except Exception:',
      '        z = 2',
      '',
      '    @property',
      '    def f(self):',
      '        """return yield await"""',
      '        if self.z: return 1',
      '        for i in range(3):',
      '            if i:',
      '                continue',
      '            elif i > 1:',
      '                break',
      '            else:',
      '                pass',
      '        else:',
      '            pass',
      '        while True:',
      '            try:',
      '                return (',
      '                    1',
      '                )',
      '            finally:',
      '                break',
      '        return [i for i in (yield)]',
      '',
      '    async def g(self):',
      '        async with h() as c:',
      '            async for i in c:',
      '                await i',
      '        return lambda: 1',
    ],
    want: null,
  },
];

describe('statementProblem (python/statement-structure.ts)', () => {
  for (const { name, given, want } of cases)
    it(name, () => {
      expect(statementProblem(given.join('\n') + '\n')).toBe(want);
    });
});
