/**
 * An owners' edit replacing a statement of Stainless's method, where sdkgen's method has that statement and the lines
 * on one side of it word for word, and writes the other side otherwise (one-sided-insertions.ts): anthropic-python's
 * batch `results()` replaces the fixed `Accept` statement (`application/x-jsonl` → `application/binary`, after a
 * `retrieve()` of the batch) and the request's path (`batch.results_url`). Stainless writes the beta header in three
 * statements below the `Accept` one, sdkgen in one: the lines after the `Accept` statement differ, those before it
 * do not; the path's lines after it are the same, those before it not.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';

const method = (
  prefix: string,
  beta: string,
) => `    ${prefix}def results(self, message_batch_id: str, *, betas: List[str] | NotGiven = NOT_GIVEN):
        """
        Streams the results of a Message Batch.
        """
        if not message_batch_id:
            raise ValueError(f"Expected a non-empty value for \`message_batch_id\` but received {message_batch_id!r}")
        extra_headers = {"Accept": "application/x-jsonl", **(extra_headers or {})}
${beta}        return ${prefix === '' ? '' : 'await '}self._get(
            f"/v1/messages/batches/{message_batch_id}/results?beta=true",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=JSONLDecoder[BetaMessageBatchIndividualResponse],
            stream=True,
        )
`;

const STAINLESS_BETA = `        extra_headers = {
            **strip_not_given({"anthropic-beta": ",".join(str(e) for e in betas) if is_given(betas) else NOT_GIVEN}),
            **(extra_headers or {}),
        }
        extra_headers = {"anthropic-beta": "message-batches-2024-09-24", **(extra_headers or {})}
`;
const SDKGEN_BETA = `        extra_headers = {**strip_not_given({"anthropic-beta": betas}), **(extra_headers or {})}
`;

const module = (beta: string) => `from __future__ import annotations

from ..._exceptions import AnthropicError


class Batches(SyncAPIResource):
${method('', beta)}

class AsyncBatches(AsyncAPIResource):
${method('async ', beta)}`;

const STAINLESS = module(STAINLESS_BETA);
const SDKGEN = module(SDKGEN_BETA);

const owners = (text: string) =>
  text
    .replace(
      /( +)extra_headers = \{"Accept": "application\/x-jsonl", \*\*\(extra_headers or \{\}\)\}\n/g,
      (_, pad: string, offset: number) =>
        `\n${pad}batch = ${text.lastIndexOf('async def', offset) > text.lastIndexOf('    def', offset) ? 'await ' : ''}self.retrieve(message_batch_id=message_batch_id)\n` +
        `${pad}if not batch.results_url:\n${pad}    raise AnthropicError(f"No \`results_url\` for the given batch")\n\n` +
        `${pad}extra_headers = {"Accept": "application/binary", **(extra_headers or {})}\n`,
    )
    .replaceAll(
      '            f"/v1/messages/batches/{message_batch_id}/results?beta=true",\n',
      '            batch.results_url,\n',
    );

describe('an owners’ replacement placed by the context on one side of it (anthropic-python batches.results)', () => {
  it('carries the Accept statement and the path into both of sdkgen’s methods, sdkgen’s beta statement kept', () => {
    const carried = reapplyPythonEdits(STAINLESS, owners(STAINLESS), SDKGEN, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(owners(SDKGEN));
    expect(carried.text.match(/"Accept": "application\/binary"/g)).toHaveLength(2);
    expect(carried.text).toContain('batch = await self.retrieve(message_batch_id=message_batch_id)');
    expect(carried.text).not.toContain('/results?beta=true');
  });

  it('leaves the replacement for a person where sdkgen’s method has other lines on both sides', () => {
    const other = SDKGEN.replaceAll(
      '        if not message_batch_id:\n',
      '        # The id is checked first.\n        if not message_batch_id:\n',
    ).replaceAll(
      '            raise ValueError(f"Expected a non-empty value for `message_batch_id` but received {message_batch_id!r}")\n',
      '            raise ValueError("message_batch_id is empty")\n',
    );
    const carried = reapplyPythonEdits(STAINLESS, owners(STAINLESS), other, {});
    expect(
      carried.rejected.some((hunk) => hunk.includes('+        extra_headers = {"Accept": "application/binary"')),
    ).toBe(true);
    expect(carried.text).toContain('"Accept": "application/x-jsonl"');
  });

  it('does not replace a line sdkgen’s method does not have beside the same context', () => {
    const without = SDKGEN.replaceAll(
      '        extra_headers = {"Accept": "application/x-jsonl", **(extra_headers or {})}\n',
      '',
    );
    const carried = reapplyPythonEdits(STAINLESS, owners(STAINLESS), without, {});
    expect(carried.text).not.toContain('"Accept": "application/binary"');
    expect(carried.rejected.length).toBeGreaterThan(0);
  });
});
