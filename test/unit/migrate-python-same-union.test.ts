/**
 * An owners' edit widening a parameter's annotation to a union (runway's `prompt_image` of a method's implementation,
 * typed by Stainless as its first overload's alone; the owners wrote every overload's, one of them twice), where
 * sdkgen's module gives that parameter a union of the same members in its own order: done, not a step for a person.
 * A union sdkgen's module lacks a member of, another default, or an edit narrowing the type stays rejected.
 */
import { describe, expect, it } from 'vitest';
import { unionAlreadyThere, withoutUnionsThere } from '../../generator/migrate/python/already-done/same-union';

const HUNK = [
  '@@ -278,4 +284,7 @@',
  '         | Literal["veo3"],',
  '-        prompt_image: Union[str, Iterable[params.Gen4Image]],',
  '+        prompt_image: Union[str, Iterable[params.Gen4Image]]',
  '+        | Union[str, Iterable[params.Gen4Image]]',
  '+        | Union[str, Iterable[params.Veo3Image]]',
  '+        | Union[str, Iterable[params.Gen3Image]],',
  '         ratio: Literal["1280:720"] | Omit = omit,',
].join('\n');

const SDKGEN = [
  'class Resource:',
  '    def create(',
  '        self,',
  '        *,',
  '        prompt_image: Union[str, Iterable[params.Gen4Image]],',
  '    ) -> None: ...',
  '    def create(',
  '        self,',
  '        *,',
  '        prompt_image: Union[str, Iterable[params.Gen4Image]]',
  '        | Union[str, Iterable[params.Gen3Image]]',
  '        | Union[ str, Iterable[params.Veo3Image] ],',
  '        ratio: Literal["1280:720"] | Omit = omit,',
  '    ) -> None: ...',
].join('\n');

describe("an owners' union annotation sdkgen's module has", () => {
  it('is done where sdkgen gives the parameter the same members, in any order', () => {
    expect(unionAlreadyThere(HUNK, SDKGEN)).toBe(true);
    expect(withoutUnionsThere([HUNK, '@@ -1 +1 @@\n-a = 1\n+a = 2'], SDKGEN)).toEqual({
      rejected: ['@@ -1 +1 @@\n-a = 1\n+a = 2'],
      done: 1,
    });
  });

  it("stays rejected where sdkgen's union lacks a member, the default differs, or the edit narrows", () => {
    expect(unionAlreadyThere(HUNK, SDKGEN.replace('        | Union[str, Iterable[params.Gen3Image]]\n', ''))).toBe(
      false,
    );
    const withDefault = HUNK.replace(
      '| Union[str, Iterable[params.Gen3Image]],',
      '| Union[str, Iterable[params.Gen3Image]] = None,',
    );
    expect(unionAlreadyThere(withDefault, SDKGEN)).toBe(false);
    const narrows = [
      '@@ -1,2 +1 @@',
      '-        prompt_image: Union[str, Iterable[params.Gen4Image]]',
      '-        | Union[str, Iterable[params.Gen3Image]],',
      '+        prompt_image: Union[str, Iterable[params.Gen4Image]],',
    ].join('\n');
    expect(unionAlreadyThere(narrows, SDKGEN)).toBe(false);
    // Another parameter's union is no match.
    expect(unionAlreadyThere(HUNK.replaceAll('prompt_image', 'other_image'), SDKGEN)).toBe(false);
  });
});
