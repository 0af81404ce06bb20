/**
 * Stainless's module read as pydantic 2 runs it (migrate/python/owners/pydantic-v1.ts), in the forms of its switch the real
 * SDKs have besides `if PYDANTIC_V1:`: a conditional expression on `not PYDANTIC_V1` (on one line or laid out by Ruff
 * over three), an `or` ending in `not PYDANTIC_V1`, and the older eras' `PYDANTIC_V2` (`if PYDANTIC_V2:`, `if not
 * PYDANTIC_V2:`, `… if PYDANTIC_V2 else …`, `PYDANTIC_V2 and …`), whose pydantic-1 branch an owners' edit may touch.
 */
import { describe, expect, it } from 'vitest';
import { asUnderPydantic2, splitPydanticV1Hunks } from '../generator/migrate/python/owners/pydantic-v1';

describe('asUnderPydantic2: the switch in its other forms', () => {
  it('keeps the first operand of `a if not PYDANTIC_V1 else b`, on one line or over three', () => {
    const stainless = [
      'def dump(model, warnings):',
      '    return model.model_dump(warnings=warnings if not PYDANTIC_V1 else True)',
      '',
      'tz = "Z" if not _compat.PYDANTIC_V1 else "+00:00"',
      'options = dict(',
      '    exclude=(',
      '        {"content"}',
      '        if not PYDANTIC_V1',
      '        else {}',
      '    ),',
      ')',
      'total = base if not PYDANTIC_V1 else base + 1',
      '',
    ].join('\n');
    expect(asUnderPydantic2(stainless)).toBe(
      [
        'def dump(model, warnings):',
        '    return model.model_dump(warnings=warnings)',
        '',
        'tz = "Z"',
        'options = dict(',
        '    exclude=(',
        '        {"content"}',
        '    ),',
        ')',
        // (The else operand runs on past a name: not a form read here, left as it is.)
        'total = base if not PYDANTIC_V1 else base + 1',
        '',
      ].join('\n'),
    );
  });

  it('runs the body of an `if` whose `or` ends in `not PYDANTIC_V1`, but not one with an `and` in it', () => {
    const stainless = [
      'if TYPE_CHECKING or not PYDANTIC_V1:',
      '    from pydantic import ConfigDict',
      'else:',
      '    ConfigDict = None',
      '',
      'if ready and other or not PYDANTIC_V1:',
      '    pass',
      '',
    ].join('\n');
    expect(asUnderPydantic2(stainless)).toBe(
      ['from pydantic import ConfigDict', '', 'if ready and other or not PYDANTIC_V1:', '    pass', ''].join('\n'),
    );
  });

  it("reads the older eras' PYDANTIC_V2 as the switch, its import and binding left alone", () => {
    const stainless = [
      'from ._compat import PYDANTIC_V2, ConfigDict',
      '',
      'class M(pydantic.BaseModel):',
      '    if PYDANTIC_V2:',
      '        model_config = ConfigDict(extra="allow")',
      '    else:',
      '        class Config(pydantic.BaseConfig):',
      '            extra = "allow"',
      '',
      '    def copy(self):',
      '        if not PYDANTIC_V2:',
      '            return self.dict()',
      '        return self.model_dump(warnings=warnings if PYDANTIC_V2 else True)',
      '',
      '    def setup(self):',
      '        if PYDANTIC_V2 and getattr(self, "__pydantic_private__", None) is None:',
      '            self.reset()',
      '',
      'if _compat.PYDANTIC_V2 or hasattr(model, "model_dump"):',
      '    dump = model.model_dump',
      '',
    ].join('\n');
    expect(asUnderPydantic2(stainless)).toBe(
      [
        'from ._compat import PYDANTIC_V2, ConfigDict',
        '',
        'class M(pydantic.BaseModel):',
        '    model_config = ConfigDict(extra="allow")',
        '',
        '    def copy(self):',
        '        return self.model_dump(warnings=warnings)',
        '',
        '    def setup(self):',
        '        if getattr(self, "__pydantic_private__", None) is None:',
        '            self.reset()',
        '',
        'dump = model.model_dump',
        '',
      ].join('\n'),
    );
  });
});

describe('splitPydanticV1Hunks: the branch of `if not PYDANTIC_V2:`', () => {
  const base = [
    'from .. import _compat', // 1
    '', // 2
    'if not _compat.PYDANTIC_V2:', // 3
    '    a.A.update_forward_refs()  # type: ignore', // 4
    'else:', // 5
    '    a.A.model_rebuild(_parent_namespace_depth=0)', // 6
    '', // 7
  ].join('\n');

  it('sets aside an edit inside it; one of the branch pydantic 2 runs stays', () => {
    const inside =
      '@@ -4,1 +4,1 @@\n-    a.A.update_forward_refs()  # type: ignore\n+    a.A.update_forward_refs(**ns)  # type: ignore\n';
    const inElse = '@@ -6,1 +6,1 @@\n-    a.A.model_rebuild(_parent_namespace_depth=0)\n+    a.A.model_rebuild()\n';
    expect(splitPydanticV1Hunks(base, [inside, inElse])).toEqual([[inside], [inElse]]);
  });
});
