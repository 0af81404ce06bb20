/**
 * A parameter the owners added to a function of Stainless's goes into sdkgen's function of the same name, whose
 * signature sdkgen writes in its own way (added-parameters.ts): turbopuffer-python's `compression: bool = False,` after
 * Stainless's `_strict_response_validation: bool,` in `SyncAPIClient.__init__`, where sdkgen's reads
 * `_strict_response_validation: bool = False,` and its async twin ends otherwise.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';

const STAINLESS = `class SyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        version: str,
        custom_query: Mapping[str, object] | None = None,
        _strict_response_validation: bool,
    ) -> None:
        super().__init__(
            version=version,
            _strict_response_validation=_strict_response_validation,
        )


class AsyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        version: str,
        _strict_response_validation: bool,
        custom_query: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(
            version=version,
            _strict_response_validation=_strict_response_validation,
        )


def build(
    path: str,
    method: str = "get",
) -> str:
    return method + path
`;

const OWNERS = STAINLESS.replace(
  '        _strict_response_validation: bool,\n    ) -> None:',
  '        _strict_response_validation: bool,\n        compression: bool = False,\n    ) -> None:',
)
  .replace(
    '        custom_query: Mapping[str, object] | None = None,\n    ) -> None:',
    '        custom_query: Mapping[str, object] | None = None,\n        compression: bool = False,\n    ) -> None:',
  )
  .replaceAll(
    '            _strict_response_validation=_strict_response_validation,\n        )',
    '            _strict_response_validation=_strict_response_validation,\n            compression=compression,\n        )',
  );

const SDKGEN = `class SyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        version: Optional[str] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        if version is None:
            version = "1"
        super().__init__(
            version=version,
            _strict_response_validation=_strict_response_validation,
        )


class AsyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        version: Optional[str] = None,
        _strict_response_validation: bool = False,
        custom_query: Optional[Mapping[str, object]] = None,
    ) -> None:
        if version is None:
            version = "1"
        super().__init__(
            version=version,
            _strict_response_validation=_strict_response_validation,
        )


def build(
    path: str,
    method: Literal["get", "post"] = "get",
) -> str:
    return method + path
`;

/** The signature of `Class.__init__` in a module, from `def` to `) -> None:`. */
function signatureOf(text: string, owner: string): string {
  const from = text.indexOf(`class ${owner}(`);
  return text.slice(text.indexOf('def __init__(', from), text.indexOf(') -> None:', from));
}

describe('migrate: parameters the owners added to a signature sdkgen writes otherwise', () => {
  it('go into sdkgen’s def of the same name, after the parameter they followed', () => {
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, SDKGEN, {});
    expect(signatureOf(carried.text, 'SyncAPIClient')).toContain(
      '        _strict_response_validation: bool = False,\n        compression: bool = False,\n',
    );
    expect(signatureOf(carried.text, 'AsyncAPIClient')).toContain(
      '        custom_query: Optional[Mapping[str, object]] = None,\n        compression: bool = False,\n',
    );
    // Each signature has it once; the calls reading it placed as before.
    expect(carried.text.match(/compression: bool = False,/g)).toHaveLength(2);
    expect(carried.text.match(/compression=compression,/g)).toHaveLength(2);
    expect(carried.rejected.filter((hunk) => hunk.includes('compression: bool'))).toEqual([]);
  });

  it('go before the parameter they preceded, and last where sdkgen has neither neighbour', () => {
    const before = STAINLESS.replace('    path: str,\n', '    path: str,\n    retries: int = 2,\n');
    const carried = reapplyPythonEdits(STAINLESS, before, SDKGEN, {});
    expect(carried.text).toContain(
      '    path: str,\n    retries: int = 2,\n    method: Literal["get", "post"] = "get",\n',
    );
    const renamed = SDKGEN.replace('    path: str,\n', '    url: str,\n').replace(
      '    method: Literal["get", "post"] = "get",\n',
      '    verb: str = "get",\n',
    );
    const last = reapplyPythonEdits(STAINLESS, before, renamed, {});
    expect(last.text).toContain('    verb: str = "get",\n    retries: int = 2,\n) -> str:');
  });

  it('stay for a person where Python would refuse the signature or sdkgen has that name already', () => {
    // A parameter without a default after one with a default, before any keyword-only marker.
    const required = STAINLESS.replace('    method: str = "get",\n', '    method: str = "get",\n    token: str,\n');
    const refused = reapplyPythonEdits(STAINLESS, required, SDKGEN, {});
    expect(refused.text).not.toContain('token: str,');
    expect(refused.rejected.some((hunk) => hunk.includes('+    token: str,'))).toBe(true);
    // sdkgen's signature has a `compression` of its own: not a second one.
    const withOwn = SDKGEN.replace(
      '        _strict_response_validation: bool = False,\n    ) -> None:',
      '        _strict_response_validation: bool = False,\n        compression: Optional[str] = None,\n    ) -> None:',
    );
    const kept = reapplyPythonEdits(STAINLESS, OWNERS, withOwn, {});
    expect(signatureOf(kept.text, 'SyncAPIClient').match(/compression/g)).toHaveLength(1);
  });
});
