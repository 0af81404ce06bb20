/**
 * The README's section on streamed responses (plan-readme.ts): a method that streams server-sent events, called so
 * with each client and its events iterated.
 */
import type { Api, TypeRef } from '../../../ir/types';
import type { PyMethod, PyPackage } from '../types/model';
import { allResources } from './readme-sections';
import {
  configured,
  firstField,
  indented,
  readmeCall,
  variableOf,
  type Chosen,
  type ReadmeCall,
} from './plan-readme-calls';
import { pyFieldName } from '../../../naming/python';
import type { StainlessPythonForms } from '../../../stainless/python-era';

/**
 * The streaming request: the config's headline request where its method streams, else its default one, as
 * Stainless's READMEs choose it (with the params the config gives); else the package's first method that streams.
 * With a config, only a method it marks `streaming` counts (when asked, `stream=True`, or always: opencode-python's
 * `event.list`): Stainless's READMEs have no section for an event stream it left unmarked, which the IR reads as text
 * and newer packages stream all the same (cartesia-python's `tts.generate_sse`, smithery's).
 */
function streamingRequest(pkg: PyPackage, api: Api): Chosen | null {
  const streams = (method: PyMethod) => method.stream !== null && method.ir.response.kind !== 'text';
  for (const role of ['headline', 'default']) {
    const chosen = configured(pkg, api, role);
    if (chosen && streams(chosen.method)) return chosen;
  }
  const first = allResources(pkg)
    .flatMap((resource) => resource.methods.map((method) => ({ resource, method })))
    .find(({ method }) => streams(method));
  return first ?? null;
}

/** The event type a streaming method yields, where the IR says it. */
function eventType(chosen: Chosen): TypeRef | null {
  const ir = chosen.method.ir;
  if (ir.streamWhen) return ir.streamWhen.event;
  return ir.response.kind === 'sse' ? ir.response.event : null;
}

/**
 * What the loop prints of an event held in `variable`: the field a program prints of the method's result
 * (printedOf's, `completion.id`) where the event is a model that has it too, else the event itself.
 */
function printedEvent(api: Api, chosen: Chosen, variable: string): string {
  const field = firstField(api, chosen.method);
  const type = eventType(chosen);
  const schema = type?.kind === 'ref' ? api.schemas.find((s) => s.id === type.schemaId) : undefined;
  const fields = schema?.type.kind === 'object' ? schema.type.properties.map((p) => pyFieldName(p.key)) : [];
  return field && fields.includes(field) ? `${variable}.${field}` : variable;
}

/** The section, or null when no method streams. */
export function streamingSection(pkg: PyPackage, api: Api, forms?: StainlessPythonForms): string | null {
  const chosen = streamingRequest(pkg, api);
  if (!chosen) return null;
  const { method } = chosen;
  const streamParam = method.params.find((p) => p.name === method.stream!.param);
  const given = { ...chosen.given, ...(streamParam ? { [streamParam.wireName]: true } : {}) };
  const call = (head: string, indent: number) => readmeCall(pkg, api, chosen, { head, indent, given, forms });
  const sync = call('', 0);
  // (Each event is held as Stainless's programs hold the method's result: `completion`, `response`.)
  const held = pkg.fromStainlessConfig ? variableOf(pkg, api, chosen) : 'event';
  const event = held === 'stream' || held === 'page' ? 'event' : held;
  const printed = pkg.fromStainlessConfig ? printedEvent(api, chosen, event) : event;
  const utils = (e: { utils: string[] }) =>
    e.utils.length > 0 ? `from ${pkg.importName}._utils import ${e.utils.join(', ')}\n` : '';
  const asked = streamParam ? ` with \`${streamParam.name}=True\`` : '';
  return `## Streaming responses

\`${method.name}\`${asked} returns a stream of the server-sent events the API sends, each parsed as it arrives:

\`\`\`python
${utils(sync)}from ${pkg.importName} import ${pkg.clientName}

client = ${pkg.clientName}()

stream = ${sync.text}
for ${event} in stream:
    print(${printed})
\`\`\`

With the async client the call is awaited and the stream iterated with \`async for\`:

\`\`\`python
${asyncProgram(pkg, pkg.fromStainlessConfig ? call('await ', 0) : call('await ', 4), event, printed, utils)}
\`\`\``;
}

/**
 * The async program: with a Stainless config, as Stainless's READMEs write it, the sync program's statements with the
 * call awaited and the loop an `async for` (awaited at the top level, as in an asyncio REPL or a notebook); without
 * one, a module that runs, its statements in `main()`.
 */
function asyncProgram(
  pkg: PyPackage,
  awaited: ReadmeCall,
  event: string,
  printed: string,
  utils: (e: ReadmeCall) => string,
): string {
  const client = `client = ${pkg.asyncClientName}()`;
  const imported = `${utils(awaited)}from ${pkg.importName} import ${pkg.asyncClientName}`;
  if (pkg.fromStainlessConfig)
    return `${imported}

${client}

stream = ${awaited.text}
async for ${event} in stream:
    print(${printed})`;
  return `import asyncio
${imported}

${client}


async def main() -> None:
    stream = ${indented(awaited.text, '    ')}
    async for ${event} in stream:
        print(${printed})


asyncio.run(main())`;
}
