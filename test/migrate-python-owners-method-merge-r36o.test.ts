/**
 * The owners' edit of a method of Stainless's runtime where sdkgen's method does more than Stainless's (turbopuffer's
 * `_build_request`: their `json.dumps` for `openapi_dumps`, on a method whose sdkgen text reads security options,
 * `StyledForm` bodies and `_with_query`). Before, their whole method took sdkgen's place: sdkgen's handling was lost
 * and pyright read `model_dump(options)` of sdkgen's FinalRequestOptions. Now their edits go onto sdkgen's method,
 * merged three ways, or the method is left for a person; a statement both add is written once. Where sdkgen's method
 * is Stainless's written otherwise (reads nothing more), their whole method is still taken
 * (migrate-python-owners-return-type.test.ts, migrate-python-owners-rewrites.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { editsAsHunks } from '../generator/migrate/reapply/hunks';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { intoOwnersMethods } from '../generator/migrate/python/reapply/owners-methods';
import { readsMore } from '../generator/migrate/python/reapply/owners-method-merge';

const STAINLESS = `import httpx
from typing import Any
import logging

from ._models import FinalRequestOptions, model_dump
from ._utils import is_given, log

from ._utils._json import openapi_dumps


class BaseClient:
    def _build_request(self, options: FinalRequestOptions) -> httpx.Request:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Request options: %s", model_dump(options, exclude_unset=True))
        kwargs: dict[str, Any] = {}
        json_data = options.json_data
        if options.extra_json is not None:
            json_data = {**json_data, **options.extra_json}
        kwargs["content"] = openapi_dumps(json_data) if is_given(json_data) and json_data is not None else None
        return self._client.build_request(method=options.method, url=options.url, **kwargs)

    def close(self) -> None:
        pass
`;

const OWNERS = STAINLESS.replace('from ._utils._json import openapi_dumps', 'from .lib import json').replace(
  'openapi_dumps(json_data) if',
  'json.dumps(json_data) if',
);

const SDKGEN = `import httpx
from typing import Any
import logging

from ._models import FinalRequestOptions, StyledForm, request_options_dump
from ._utils import is_given, log


class BaseClient:
    def _build_request(self, options: FinalRequestOptions) -> httpx.Request:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Request options: %s", request_options_dump(options))
        kwargs: dict[str, Any] = {}
        json_data = options.json_data
        if options.extra_json is not None:
            if isinstance(json_data, StyledForm):
                json_data = json_data.with_fields(options.extra_json)
            else:
                json_data = {**json_data, **options.extra_json}
        if options.security is not None:
            kwargs["headers"] = self._credentials_for(options.security).headers
        kwargs["content"] = self._encode_body(json_data)
        return self._client.build_request(method=options.method, url=options.url, **kwargs)

    def close(self) -> None:
        pass
`;

/** The owners' edits as rejected by the line-by-line carry, to put into sdkgen's methods. */
const rejected = (stainless: string, owners: string, sdkgen: string) => ({
  text: sdkgen,
  applied: 0,
  rejected: editsAsHunks(stainless, owners),
});

describe("the owners' edit of a method sdkgen's runtime does more in (Python)", () => {
  it('reads what a method does beyond the other: names it reads, not its locals, strings or builtins', () => {
    const method = (text: string) => text.slice(text.indexOf('    def _build_request'), text.indexOf('    def close'));
    const lines = (text: string) => method(text).split('\n');
    expect(readsMore(lines(SDKGEN), [lines(STAINLESS)])).toBe(true);
    const otherwise = ['    def f(self, x: int) -> str:', '        y = f"{x}"', '        return str(y)'];
    expect(readsMore(otherwise, [['    def f(self, x: int) -> str:', '        return str(x)']])).toBe(false);
  });

  it("leaves for a person an edit of a line sdkgen's method writes otherwise: sdkgen's method stays whole", () => {
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, SDKGEN, {});
    const out = intoOwnersMethods(STAINLESS, OWNERS, carried);
    expect(out.rejected.some((hunk) => hunk.includes('+        kwargs["content"] = json.dumps('))).toBe(true);
    expect(out.text).toContain('isinstance(json_data, StyledForm)');
    expect(out.text).toContain('self._credentials_for(options.security)');
    expect(out.text).toContain('request_options_dump(options)');
    expect(out.text).not.toContain('model_dump(options, exclude_unset=True)');
  });

  it("merges an edit that goes onto sdkgen's method three ways, sdkgen's own lines kept", () => {
    const added = '        kwargs["extensions"] = {"compression": self.compression}\n';
    const at = '        return self._client.build_request(';
    const owners = STAINLESS.replace(at, `${added}${at}`);
    const out = intoOwnersMethods(STAINLESS, owners, rejected(STAINLESS, owners, SDKGEN));
    expect(out.rejected).toEqual([]);
    expect(out.text).toBe(SDKGEN.replace(at, `${added}${at}`));
  });

  it("writes once a statement the owners added that sdkgen's method has already", () => {
    const base = [
      'from typing import Any',
      '',
      'import httpx',
      '',
      'from ._constants import DEFAULT_TIMEOUT, LIMITS',
      'from ._transport import Transport',
      '',
      'class Client(httpx.Client):',
      '    def __init__(self, **kwargs: Any) -> None:',
      '        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)',
      '        super().__init__(**kwargs)',
      '',
    ].join('\n');
    const transport = '        kwargs.setdefault("transport", Transport())\n';
    const owners = base.replace('        super()', `${transport}        super()`);
    const sdkgen = base.replace(
      '        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)\n',
      `${transport}        kwargs.setdefault("limits", LIMITS)\n        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)\n`,
    );
    const out = intoOwnersMethods(base, owners, rejected(base, owners, sdkgen));
    expect(out.rejected).toEqual([]);
    expect(out.text).toBe(sdkgen);
  });
});

describe("the owners' rewrite of a method sdkgen's runtime does more in (Python)", () => {
  const base = [
    'from typing import Any, cast',
    '',
    'from ._walk import walk, walk_typed',
    'from .lib import simple',
    '',
    '',
    'def transform(data: Any, expected_type: object) -> Any:',
    '    """Transform the data."""',
    '    transformed = walk(data, annotation=cast(type, expected_type))',
    '    return cast(Any, transformed)',
    '',
  ].join('\n');

  it('takes their whole method where they kept under half of its statements (turbopuffer `transform`)', () => {
    const owners = base.replace(
      / {4}transformed = [^\n]*\n {4}return cast\(Any, transformed\)/,
      '    return cast(Any, simple(data))',
    );
    const sdkgen = base.replace(
      / {4}transformed = [^\n]*\n {4}return cast\(Any, transformed\)/,
      '    return walk_typed(data, expected_type, aliases=True)',
    );
    const out = intoOwnersMethods(base, owners, rejected(base, owners, sdkgen));
    expect(out.rejected).toEqual([]);
    expect(out.text).toContain('    return cast(Any, simple(data))');
    expect(out.text).not.toContain('walk_typed(data');
  });

  it("takes the owners' whole test case: a test is no runtime sdkgen's could do more in", () => {
    const test = base.replace('def transform(', 'def test_transform(');
    const owners = test.replace('annotation=cast(type, expected_type))', 'annotation=object)');
    const sdkgen = test.replace('    return cast(Any, transformed)', '    assert walk_typed(transformed, object)');
    const out = intoOwnersMethods(test, owners, rejected(test, owners, sdkgen));
    expect(out.rejected).toEqual([]);
    expect(out.text).toContain('annotation=object)');
  });
});
