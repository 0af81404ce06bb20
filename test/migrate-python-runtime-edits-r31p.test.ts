/**
 * The owners' edits of Stainless's Python runtime (`_base_client.py`) carried into sdkgen's, which has Stainless's
 * statements with types spelled otherwise (`Optional[X]` for `X | None`, annotation-spelling.ts) and lines of its own
 * between them (one-sided-insertions.ts): turbopuffer-python's `compression` parameter threaded through
 * `BaseClient.__init__` and its request clock started first in the retry loop.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { inSdkgenSpelling, oneSpelling } from '../generator/migrate/python/already-done/annotation-spelling';

const STAINLESS = `import time
from typing import Mapping


class BaseClient:
    def __init__(
        self,
        *,
        version: str,
        custom_headers: Mapping[str, str] | None = None,
        custom_query: Mapping[str, object] | None = None,
    ) -> None:
        self._version = version
        self.max_retries = max_retries
        self.timeout = timeout
        self._custom_headers = custom_headers or {}


class SyncAPIClient(BaseClient):
    def request(self, max_retries: int) -> None:
        retries_taken = 0
        for retries_taken in range(max_retries + 1):
            options = model_copy(input_options)
            self._send(options)


class AsyncAPIClient(BaseClient):
    async def request(self, max_retries: int) -> None:
        retries_taken = 0
        for retries_taken in range(max_retries + 1):
            options = model_copy(input_options)
            await self._send(options)
`;

const OWNERS = STAINLESS.replace(
  '        custom_query: Mapping[str, object] | None = None,\n',
  '        custom_query: Mapping[str, object] | None = None,\n        compression: bool = False,\n',
)
  .replace(
    '        self.timeout = timeout\n',
    '        self.timeout = timeout\n        self.compression = compression\n',
  )
  .replaceAll(
    '        for retries_taken in range(max_retries + 1):\n',
    '        for retries_taken in range(max_retries + 1):\n            request_start = time.monotonic()\n',
  );

const SDKGEN = `import time
from typing import Mapping, Optional


class BaseClient:
    def __init__(
        self,
        *,
        version: Optional[str] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        self._version = version if version is not None else "1.0.0"
        self.max_retries = max_retries
        self.timeout = timeout
        # Read-only once set: a client's copy() builds new mappings from them.
        self._custom_headers: Mapping[str, str] = dict(custom_headers or {})


class SyncAPIClient(BaseClient):
    def request(self, max_retries: int) -> None:
        response: Optional[object] = None
        retries_taken = 0
        for retries_taken in range(max_retries + 1):
            options = self._prepare_options(input_options.model_copy())
            self._send(options)


class AsyncAPIClient(BaseClient):
    async def request(self, max_retries: int) -> None:
        response: Optional[object] = None
        retries_taken = 0
        for retries_taken in range(max_retries + 1):
            options = await self._prepare_options(input_options.model_copy())
            await self._send(options)
`;

describe("owners' edits of Stainless's runtime, carried into sdkgen's", () => {
  it('reads types in one spelling', () => {
    expect(oneSpelling('custom_query: Optional[Mapping[str, object]] = None,')).toBe(
      oneSpelling('custom_query: Mapping[str, object] | None = None,'),
    );
    expect(oneSpelling('timeout: Union[float, Timeout, None] = DEFAULT_TIMEOUT,')).toBe(
      'timeout: float | Timeout | None = DEFAULT_TIMEOUT,',
    );
    expect(oneSpelling('_default_stream_cls: Optional[Type[_DefaultStreamT]] = None')).toBe(
      '_default_stream_cls: type[_DefaultStreamT] | None = None',
    );
    // Another type, or another default, is another line.
    expect(oneSpelling('version: Optional[str] = None,')).not.toBe(oneSpelling('version: str,'));
  });

  it("reads Stainless's lines in sdkgen's spelling, and leaves the owners' own lines as they wrote them", () => {
    const owners = OWNERS.replace('        self._version = version\n', '        self._version: str | None = version\n');
    const spelled = inSdkgenSpelling(STAINLESS, owners, SDKGEN);
    expect(spelled.base).toContain('        custom_query: Optional[Mapping[str, object]] = None,\n');
    expect(spelled.edited).toContain(
      '        custom_query: Optional[Mapping[str, object]] = None,\n        compression',
    );
    expect(spelled.edited).toContain('        self._version: str | None = version\n');
    expect(spelled.base).toContain('        version: str,\n');
  });

  it('places a parameter and the lines reading it where sdkgen has one side of their context', () => {
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, SDKGEN, { code: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain(
      '        custom_query: Optional[Mapping[str, object]] = None,\n        compression: bool = False,\n' +
        '        _strict_response_validation: bool = False,\n',
    );
    expect(carried.text).toContain(
      '        self.timeout = timeout\n        self.compression = compression\n        # Read',
    );
    // Once in the sync client's loop and once in the async one's, each first in its loop.
    expect(carried.text.split('for retries_taken in range(max_retries + 1):\n            request_start').length).toBe(
      3,
    );
  });

  it('leaves an insertion whose context sdkgen has more often than Stainless; at another indentation, moves it with its context', () => {
    const twice = SDKGEN.replace(
      '        self.timeout = timeout\n',
      '        self.timeout = timeout\n        self.max_retries = max_retries\n        self.timeout = timeout\n',
    );
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, twice, { code: true });
    expect(carried.text).not.toContain('self.compression = compression');
    expect(carried.rejected.some((hunk) => hunk.includes('+        self.compression = compression'))).toBe(true);

    const nested = SDKGEN.replace(
      '        self.timeout = timeout\n        # Read-only',
      '        self.timeout = timeout\n        if timeout is None:\n            pass\n        # Read-only',
    ).replace(
      '        self.max_retries = max_retries\n        self.timeout = timeout\n',
      '        if True:\n            self.max_retries = max_retries\n            self.timeout = timeout\n',
    );
    // (The lines above it, which place it, stand a block deeper in sdkgen's module: it goes with them, into the
    // block, at their depth: insertion-depth.ts.)
    const deeper = reapplyPythonEdits(STAINLESS, OWNERS, nested, { code: true });
    expect(deeper.text).toContain(
      '            self.timeout = timeout\n            self.compression = compression\n        if timeout is None:\n',
    );
  });

  it("carries the owners' new value of a number where sdkgen names it as a constant", () => {
    const retry = (limit: string) =>
      `def retry_timeout(retry_after: float) -> float:\n    if 0 < retry_after <= ${limit}:\n        return retry_after\n    return 1.0\n`;
    const stainless = `${retry('60')}`;
    const owners = `RETRY_AFTER_LIMIT_SECS = 60 * 30\n\n\n${retry('RETRY_AFTER_LIMIT_SECS')}`;
    const sdkgen = `from ._constants import MAX_RETRY_AFTER_SECONDS\n\n\n${retry('MAX_RETRY_AFTER_SECONDS')}`;
    const carried = reapplyPythonEdits(stainless, owners, sdkgen, { code: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain('    if 0 < retry_after <= RETRY_AFTER_LIMIT_SECS:\n');
    // sdkgen's constant, read nowhere else now, is no longer imported (pyright's reportUnusedImport).
    expect(carried.text).not.toContain('MAX_RETRY_AFTER_SECONDS');
    // A line that differs by more than that one name is not read as sdkgen's.
    const other = reapplyPythonEdits(stainless, owners, sdkgen.replace('<= MAX', '< MAX'), { code: true });
    expect(other.text).not.toContain('<= RETRY_AFTER_LIMIT_SECS');
  });
});
