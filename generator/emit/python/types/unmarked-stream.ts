/**
 * An event stream a Stainless config does not mark `streaming` is read as text by the IR (`-> str`, asking for
 * `text/event-stream`), as Stainless's Python SDKs of 2024 read it (honcho-python). Stainless's newer SDKs stream it all
 * the same, as a method it marks (cartesia-python's `tts.generate_sse`, `-> Stream[TTSSSEEvent]`; hypeman-ts's
 * unmarked `instances.logs` in TypeScript), still asking for `text/event-stream`: from UNMARKED_STREAMS_SINCE on
 * (stainless/python-type-era.ts), such a method streams its events, typed by the type the IR carries for them: a config
 * model by its name (`TTSSSEEvent`), else the type declared under the method's name (`InstanceLogsResponse: TypeAlias =
 * str`; `EventListResponse` for an object schema); `str` where the spec types them not at all.
 */
import type { Method } from '../../../ir/types';
import type { StainlessPythonTypeForms } from '../../../stainless/python-type-era';

export function withUnmarkedStream(response: Method['response'], forms: StainlessPythonTypeForms): Method['response'] {
  if (!forms.unmarkedStreams || response.kind !== 'text' || response.accept !== 'text/event-stream') return response;
  return { kind: 'sse', event: response.event ?? { kind: 'string', format: null } };
}
