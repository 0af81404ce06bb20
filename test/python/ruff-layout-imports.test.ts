/**
 * Issue 91 (speed): a `from` import whose module's name alone is too long for its opening line (Stripe's
 * `types/shared/__init__.py` has one, GitHub's test modules of deeply nested resources too) is laid out as Ruff lays
 * it out, and a module holding one is known to be in Ruff's layout, so that it skips Ruff.
 */
import { describe, expect, it } from 'vitest';
import { allLinesFit, layoutConditional, layoutFromImport } from '../../generator/emit/python/py-layout';
import { formatPython } from '../../generator/format/ruff';

const module = `.${'resource_'.repeat(13)}details`;
const name = `${'Resource_'.repeat(13)}Details`;

describe('a `from` import whose module name is too long for one line', () => {
  it('one name a line, the opening line left long, as Ruff writes it', () => {
    const text = layoutFromImport('', module, [`${name} as ${name}`]);
    expect(text).not.toBeNull();
    expect(`from ${module} import (`.length).toBeGreaterThan(120);
    expect(formatPython(`${text}\n`, 'a.py')).toBe(`${text}\n`);
  });

  it('indented (a TYPE_CHECKING block), with several names', () => {
    const text = layoutFromImport('    ', module, ['A', `${name} as ${name}`]);
    expect(text).not.toBeNull();
    const source = `from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n${text}\n`;
    expect(formatPython(source, 'a.py')).toBe(source);
  });
});

describe('a test module importing from a module whose name is too long for one line', () => {
  it('is in the layout Ruff leaves as printed (one name a line, the opening line left long)', () => {
    const source = [
      'from __future__ import annotations',
      '',
      `from my_sdk.types${module} import (`,
      '    ThingListResponse,',
      ')',
      '',
      'base_url = "http://127.0.0.1:4010"',
      '',
    ].join('\n');
    expect(allLinesFit(source)).toBe(true);
    expect(formatPython(source, 'test_a.py')).toBe(source);
  });
});

describe('a conditional expression too long for its statement (a credential returned if set, else None)', () => {
  const body = 'AuthCredentials(headers={"Authorization": f"Bearer {self.petstore_auth}"})';
  const module = (statement: string | null) => `class A:\n    def f(self):\n${statement}\n`;

  it.each([
    ['fits on one line', '        ', 'AuthCredentials(headers={"Authorization": "x"})', 'self.a is not None'],
    ['fits inside its parentheses', '        ', body, 'self.a is not None'],
    ['one part a line', '        ', body, 'self.petstore_auth is not None'],
    ['one part a line, indented further', '            ', body, 'self.petstore_auth is not None'],
  ])('%s: as Ruff writes it', (_case, indent, value, condition) => {
    const statement = layoutConditional(indent, 'return ', value, condition, 'None');
    expect(statement).not.toBeNull();
    const source = module(indent.length > 8 ? `        if True:\n${statement}` : statement);
    expect(formatPython(source, 'a.py')).toBe(source);
  });

  it('is left to Ruff where its body splits into what is not known here (a keyword argument of a dict)', () => {
    const long = `AuthCredentials(headers={"Authorization": f"Bearer {self.${'x'.repeat(60)}}", "X-Other": "abc"})`;
    expect(layoutConditional('        ', 'return ', long, 'self.a is not None', 'None')).toBeNull();
  });
});
