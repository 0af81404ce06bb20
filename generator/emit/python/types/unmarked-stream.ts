/**
 * An event stream a Stainless config does not mark `streaming` is read as text by the IR (`-> str`, asking for
 * `text/event-stream`), as Stainless's Python SDKs of 2024 read it (honcho-python). Stainless's newer SDKs stream it all
 * the same, as a method it marks (cartesia-python's `tts.generate_sse`, `-> Stream[TTSSSEEvent]`; hypeman-ts's
 * unmarked `instances.logs` in TypeScript), still asking for `text/event-stream`: from UNMARKED_STREAMS_SINCE on
 * (stainless/python-era.ts), such a method streams its events, typed by the type the IR declared for its response
 * (`InstanceLogsResponse: TypeAlias = str`; `EventListResponse` for an object schema), else `str`.
 */
import type { Api, Method } from '../../../ir/types';
import type { StainlessPythonTypeForms } from '../../../stainless/python-era';

export function withUnmarkedStream(
  response: Method['response'],
  method: Method,
  api: Api,
  forms: StainlessPythonTypeForms,
): Method['response'] {
  if (!forms.unmarkedStreams || response.kind !== 'text' || response.accept !== 'text/event-stream') return response;
  const declared = `${method.source.file}${method.source.pointer}#response`;
  const known = api.schemas.some((s) => s.id === declared);
  return { kind: 'sse', event: known ? { kind: 'ref', schemaId: declared } : { kind: 'string', format: null } };
}
