/**
 * The methods of a Stainless Python module that stream, as their code shows it: a config's method `streaming`
 * (`param_discriminator`, `stream_event_model`). Stainless's method sends `stream=stream or False` and reads the
 * response as `stream_cls=Stream[CompletionChunk]` when a body field says whether it streams (writer's
 * `completions.create`, with its `stream: Literal[True]` overloads), or `stream=True` when it always does. Without it
 * in the derived config, sdkgen's method returns the JSON response only: the owners' `async with` and `for … in` over
 * `create(stream=True)`, and their helpers' `partial[Stream[…]]` of it, no longer type.
 */

export interface PythonStreaming {
  /** The body field that turns streaming on (its wire name); null: the method always streams. */
  param: string | null;
  /** The class its events are read as (`CompletionChunk`), or null where the code names none. */
  event: string | null;
}

/** `stream=stream or False,` (the argument named) or `stream=True,` (always). */
const STREAMS = /^\s+stream=(?:([A-Za-z_]\w*) or False|(True)),?\s*$/m;
const UNMARKED_ACCEPT = /\bextra_headers = \{"Accept": "text\/event-stream"/;
const EVENT_CLASS = /\bstream_cls=(?:Async)?Stream\[(?:\w+\.)*(\w+)\]/;

/** How `method` of the Python module `module` (its text) streams, or null where it does not. */
export function pythonStreaming(module: string, method: string): PythonStreaming | null {
  const escaped = method.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const def = new RegExp(`^ {4}(?:async )?def ${escaped}\\(`, 'gm');
  for (const match of module.matchAll(def)) {
    const rest = module.slice(match.index + match[0].length);
    // The method ends where the next member of the class, or the next class, begins.
    const end = /^ {0,4}(?:@|(?:async )?def |class )\S/m.exec(rest);
    const body = (end === null ? rest : rest.slice(0, end.index)).replace(/"""[^]*?"""/g, '""');
    const streams = STREAMS.exec(body);
    // (Overloads, `...` bodies, send nothing: the implementation is the one that does.)
    if (streams === null) continue;
    const event = EVENT_CLASS.exec(body)?.[1] ?? null;
    const argument = streams[1];
    // One that asks for `text/event-stream` itself is an event stream its config left unmarked, which Stainless's
    // newer SDKs stream all the same (cartesia-python's `tts.generate_sse`); a marked one sends no `Accept`.
    if (argument === undefined && UNMARKED_ACCEPT.test(body)) return null;
    if (argument === undefined) return { param: null, event };
    // The field's wire name, as the body's dict sends the argument (`"stream": stream`).
    const wire = new RegExp(`"([^"]+)":\\s*${argument}\\s*,`).exec(body)?.[1];
    return { param: wire ?? argument, event };
  }
  return null;
}

/** The config path of the model a class name is (`CompletionChunk` → `completions.completion_chunk`), if one is. */
export function eventModelPath(
  event: string | null,
  models: ReadonlyArray<{ resource: string[]; key: string }>,
): string | undefined {
  if (event === null) return undefined;
  const model = models.find((m) => m.key.replace(/_/g, '').toLowerCase() === event.toLowerCase());
  // (A shared model is named from no resource: its events are typed by the spec's text/event-stream schema then. A
  // class the owners wrote, which no model of the config is (groq's `ChatCompletionChunk`, in a module of theirs), is
  // named by none either: a model for it would be a module sdkgen writes over theirs. Their overload set, carried
  // whole (overload-sets.ts), types the stream with their class.)
  if (model === undefined || model.resource[0] === '$shared') return undefined;
  return [...model.resource, model.key].join('.');
}
