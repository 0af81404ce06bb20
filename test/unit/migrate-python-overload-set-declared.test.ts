/**
 * An owners' `@overload` set of another count than Stainless's and sdkgen's takes the place of sdkgen's whole
 * (overload-sets.ts). A parameter they added to it that sdkgen's set also has is not "declared already" there: taken out,
 * it left an overload with a bare `*` (`def __init__(self, *,) -> None: ...`, which Python refuses) and an implementation
 * without the parameter its body reads (cerebras-python's `PageInfo.__init__` and its `json` overload).
 */
import { describe, expect, it } from 'vitest';
import { withDeclaredAlready } from '../../generator/migrate/python/already-done/declared-already';

const overload = (param: string) =>
  `    @overload\n    def __init__(\n        self,\n        *,\n        ${param},\n    ) -> None: ...\n\n`;
const implementation = (params: string[]) =>
  [
    '    def __init__(',
    '        self,',
    '        *,',
    ...params.map((p) => `        ${p},`),
    '    ) -> None:',
    ...params.map((p) => `        self.${p.split(':')[0]} = ${p.split(':')[0]}`),
    '',
  ].join('\n');
const pageInfo = (sets: string[], params: string[]) =>
  `class PageInfo:\n    url: object\n\n${sets.map(overload).join('')}${implementation(params)}`;

describe('an owners’ overload set that replaces sdkgen’s whole', () => {
  it('keeps the parameters they added that sdkgen’s set also has', () => {
    const stainless = pageInfo(
      ['url: URL', 'params: Query'],
      ['url: URL | NotGiven = not_given', 'params: Query | NotGiven = not_given'],
    );
    const owners = pageInfo(
      ['url: URL', 'params: Query', 'json: Body'],
      ['url: URL | NotGiven = not_given', 'json: Body | NotGiven = not_given', 'params: Query | NotGiven = not_given'],
    );
    const sdkgen = [
      'class PageInfo:',
      '    @overload',
      '    def __init__(self, *, url: URL) -> None: ...',
      '',
      '    @overload',
      '    def __init__(self, *, params: Query) -> None: ...',
      '',
      '    @overload',
      '    def __init__(self, *, json: AnyMapping) -> None: ...',
      '',
      '    @overload',
      '    def __init__(self, *, cursor: str) -> None: ...',
      '',
      '    def __init__(self, *, url=None, json=None, params=None, cursor=None) -> None:',
      '        self.url = url',
      '',
    ].join('\n');
    const out = withDeclaredAlready(stainless, owners, sdkgen);
    expect(out?.text ?? owners).toBe(owners);
  });

  it('a plain def’s added parameter sdkgen’s has is still taken out (a guard)', () => {
    const stainless = 'class A:\n    def f(\n        self,\n        a: int,\n    ) -> None:\n        pass\n';
    const owners =
      'class A:\n    def f(\n        self,\n        a: int,\n        b: int,\n    ) -> None:\n        pass\n';
    const sdkgen = 'class A:\n    def f(self, a: int, b: int) -> None:\n        pass\n';
    expect(withDeclaredAlready(stainless, owners, sdkgen)?.text).toBe(stainless);
  });
});
