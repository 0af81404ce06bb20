/**
 * A function of Stainless's the owners edited, put back as sdkgen's whole (function-units.ts: only some of their hunks
 * placed and it read a name nothing bound), stays sdkgen's: the passes that place an edit into a function by its name
 * (same-function-lines.ts) do not carry part of the owners' edit into it afterwards (openai's `__init__`, whose
 * `api_key: str | Callable[[], str] | None` came back into sdkgen's signature while sdkgen's body stores `api_key` as
 * is). Its hunks are for a person.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { intoOwnersMethods } from '../generator/migrate/python/reapply/owners-methods';
import { intoSameFunctionLines } from '../generator/migrate/python/reapply/same-function-lines';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

const BASE = lines(
  'import os',
  'from typing import Callable',
  '',
  'from ._base_client import SyncAPIClient',
  '',
  '',
  'class Acme(SyncAPIClient):',
  '    def __init__(',
  '        self,',
  '        *,',
  '        api_key: str | None = None,',
  '        base_url: str | None = None,',
  '    ) -> None:',
  '        if api_key is None:',
  '            api_key = os.environ.get("ACME_API_KEY")',
  '        self.api_key = api_key',
  '',
  '        if base_url is None:',
  '            base_url = "https://api.acme.com"',
  '        self.base_url = base_url',
  '        super().__init__(base_url=base_url)',
  '',
  '    def close(self) -> None:',
  '        self.open = False',
);

// The owners: a key provider besides a key, and their own default for the URL.
const EDITED = lines(
  'import os',
  'from typing import Callable',
  '',
  'from ._base_client import SyncAPIClient',
  '',
  '',
  'class Acme(SyncAPIClient):',
  '    def __init__(',
  '        self,',
  '        *,',
  '        api_key: str | Callable[[], str] | None = None,',
  '        base_url: str | None = None,',
  '    ) -> None:',
  '        if api_key is None:',
  '            api_key = os.environ.get("ACME_API_KEY")',
  '        self.api_key = api_key',
  '',
  '        resolved = base_url or os.environ.get("ACME_BASE_URL") or "https://api.acme.com"',
  '        self.base_url = base_url',
  '        super().__init__(base_url=resolved)',
  '',
  '    def close(self) -> None:',
  '        self.open = False',
);

// sdkgen's client: the same constructor in its own words (its default URL from the environment, a timeout).
const TARGET = lines(
  'import os',
  'from typing import Callable',
  '',
  'from ._base_client import SyncAPIClient',
  '',
  '',
  'class Acme(SyncAPIClient):',
  '    def __init__(',
  '        self,',
  '        *,',
  '        api_key: str | None = None,',
  '        base_url: str | None = None,',
  '        timeout: float = 60,',
  '    ) -> None:',
  '        if api_key is None:',
  '            api_key = os.environ.get("ACME_API_KEY")',
  '        self.api_key = api_key',
  '        if base_url is None:',
  '            base_url = os.environ.get("ACME_BASE_URL", "https://api.acme.com")',
  '        self.base_url = base_url',
  '        super().__init__(base_url=base_url)',
  '',
  '    def close(self) -> None:',
  '        self.open = False',
);

const functionText = (text: string, name: string) => {
  const all = text.split('\n');
  const start = all.findIndex((l) => l.includes(`def ${name}(`));
  let end = start + 1;
  while (end < all.length && (all[end].trim() === '' || /^ {8}|^ {4}\)/.test(all[end]))) end++;
  return all.slice(start, end).join('\n').trimEnd();
};

describe("a function put back as sdkgen's whole", () => {
  const carried = reapplyPythonEdits(BASE, EDITED, TARGET, {});

  it("is put back so, and named as such (the owners' edit cannot be carried half)", () => {
    expect(functionText(carried.text, '__init__')).toBe(functionText(TARGET, '__init__'));
    expect(carried.wholeFunctions).toEqual(['Acme.__init__']);
  });

  it('gets no part of the edit from the passes that place into a function by name; its hunks stay for a person', () => {
    const after = intoSameFunctionLines(BASE, intoOwnersMethods(BASE, EDITED, carried));
    expect(functionText(after.text, '__init__')).toBe(functionText(TARGET, '__init__'));
    const reported = after.rejected.join('\n');
    expect(reported).toContain('+        api_key: str | Callable[[], str] | None = None,');
    expect(reported).toContain('+        super().__init__(base_url=resolved)');
  });

  it('leaves those passes placing into other functions as before', () => {
    // (The same signature hunk, where nothing put the function back: it is carried by the function's name.)
    const result = intoSameFunctionLines(BASE, { ...carried, wholeFunctions: [] });
    expect(result.text).toContain('        api_key: str | Callable[[], str] | None = None,');
  });
});
