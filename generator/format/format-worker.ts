/**
 * The format thread's script (format-thread.ts), built into dist/format-worker.cjs: makes each oxfmt call it is
 * asked for with its own oxfmt, as the main thread would (oxfmt-format.ts), and replies with each file's final text
 * or error.
 */
import { parentPort } from 'node:worker_threads';
import { oxfmtCalls, type OxfmtModule } from './oxfmt-format';
import type { FormatReply, FormatRequest } from './format-thread';

const calls = (import('oxfmt') as Promise<OxfmtModule>).then(oxfmtCalls);

parentPort!.on('message', (request: FormatRequest) => {
  const answer = calls.then(async (call) =>
    request.kind === 'joined'
      ? call.joined(request.parser, request.source, request.wraps)
      : [await call.alone(request.parser, request.source, request.wrap)],
  );
  void answer
    .then(
      (results) =>
        results && results.map((result) => (typeof result === 'string' ? narrow(result) : { error: result.message })),
      // oxfmt did not load: a batch is refused, a file fails.
      (error: unknown) =>
        request.kind === 'joined' ? null : [{ error: error instanceof Error ? error.message : String(error) }],
    )
    .then((results) => parentPort!.postMessage({ id: request.id, results } satisfies FormatReply));
});

const PAST_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * The same text, one byte a character where it can be. A file's text is a slice of its batch's formatted text,
 * two bytes a character when any file of the batch has a character past Latin-1, and would cross to the main thread,
 * and from there to the output worker, at twice its size: copied here, on this thread, it crosses at its own.
 */
function narrow(text: string): string {
  return PAST_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
