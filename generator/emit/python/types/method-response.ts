/**
 * A method's response, in the Python view of the package (`model.ts`): the return annotations of both clients, the
 * `cast_to`, the page or stream it comes in, and the Accept it sends.
 */
import type { Api, Method, Resource, TypeRef } from '../../../ir/types';
import { pyClassName, pyIdentifier } from '../../../naming/python';
import type { PyMethod, PyPage, PyTypeLocation } from './model';
import type { PyModuleBuilder } from './print-types';
import type { PythonTypeIndex } from './type-index';
import { withUnmarkedStream } from './unmarked-stream';
import { isAliasOfRecursive, isUnion } from '../resources/cast-to';

type ResponsePart = Pick<
  PyMethod,
  'returns' | 'asyncReturns' | 'returnsType' | 'castTo' | 'page' | 'stream' | 'accept'
>;

/** What responseOf reads of the package being built. */
export interface ResponseContext {
  api: Api;
  index: PythonTypeIndex;
  pages: PyPage[];
}

/**
 * What a method returns, as its Python signature and `cast_to` write it: a page, a stream (always or on a body flag),
 * a binary or text body, nothing, or a model (Optional where the response is one class or null).
 */
export function responseOf(
  method: Method,
  scratch: PyModuleBuilder,
  context: ResponseContext,
  owner: Resource,
): ResponsePart {
  const { index } = context;
  const modelOf = (type: TypeRef, fallbackName: string | null): { text: string; location: PyTypeLocation | null } => {
    if (type.kind === 'ref') {
      const location = index.model(type.schemaId);
      return { text: location.name, location };
    }
    const text = scratch.annotation(type, 'model', fallbackName ?? 'Response');
    return { text, location: null };
  };
  if (method.pagination) {
    const page = context.pages.find((p) => p.schemeClassName === method.pagination!.scheme) ?? context.pages[0];
    const item = modelOf(method.pagination.item, null);
    return {
      returns: `${page.syncName}[${item.text}]`,
      asyncReturns: `AsyncPaginator[${item.text}, ${page.asyncName}[${item.text}]]`,
      returnsType: item.location,
      castTo: item.text,
      page: {
        syncName: page.syncName,
        asyncName: page.asyncName,
        item: item.text,
        model: isUnion(method.pagination.item, index) ? `cast(Any, ${item.text})` : item.text,
      },
      stream: null,
      accept: null,
    };
  }
  const given = method.response;
  const none = { page: null, stream: null, accept: null, returnsType: null };
  // A body the spec gives no schema is not read, as Stainless: the method returns None.
  const schemaless = (given.kind === 'json' || given.kind === 'text') && given.schemaless;
  const response = withUnmarkedStream(schemaless ? { kind: 'empty' } : given, index.forms);
  switch (response.kind) {
    case 'empty':
      return { ...none, returns: 'None', asyncReturns: 'None', castTo: 'NoneType', accept: '*/*' };
    case 'text':
      // Not the client's JSON Accept: a server holding only text would answer 406.
      return { ...none, returns: 'str', asyncReturns: 'str', castTo: 'str', accept: response.accept ?? '*/*' };
    case 'binary':
      // JSON Lines with a schema: a decoder yielding a value a line, read as the body arrives (`stream=True`).
      if (response.lines && !method.streamWhen) {
        const line = modelOf(response.lines, null);
        return {
          ...none,
          returns: `JSONLDecoder[${line.text}]`,
          asyncReturns: `AsyncJSONLDecoder[${line.text}]`,
          castTo: `JSONLDecoder[${line.text}]`,
          returnsType: line.location,
          accept: response.accept,
        };
      }
      // Streaming on a body flag, else the binary body: Stainless's `stream` overloads over `BinaryAPIResponse`.
      return {
        ...none,
        returns: 'BinaryAPIResponse',
        asyncReturns: 'AsyncBinaryAPIResponse',
        castTo: 'BinaryAPIResponse',
        stream: method.streamWhen ? flagStream(method.streamWhen, modelOf(method.streamWhen.event, null)) : null,
        accept: response.accept,
      };
    case 'sse': {
      // An unnamed object or union event is the method's response type, in a module of its own, as a JSON
      // response of that shape would be (`EventListResponse`): inline, its classes would be declared nowhere.
      const unnamed = response.event.kind === 'object' || response.event.kind === 'union';
      const declared = unnamed
        ? index.declare({
            id: `${method.source.file}${method.source.pointer}#event`,
            name: `${pyClassName(owner.singular, index.casings)}${pyClassName(method.configKey ?? method.name, index.casings)}Response`,
            module: owner.module,
            type: response.event,
            docs: {},
            source: method.source,
          })
        : null;
      const event = declared ? { text: declared.name, location: declared } : modelOf(response.event, null);
      // Events that are a string, named or not, are cast to `str` (llama-cloud-py's unmarked `test.stream` of
      // 2025-10-27: `cast_to=str`, `stream_cls=Stream[TestStreamResponse]`); a union, named too, through `cast(Any,
      // …)`, no `type[T]` (cartesia-python's `cast_to=cast(Any, TTSSSEEvent)`).
      const resolved = throughAliases(response.event, index);
      const castTo =
        resolved.kind === 'string'
          ? 'str'
          : resolved.kind === 'union' || isUnion(resolved, index)
            ? `cast(Any, ${event.text})`
            : event.text;
      return {
        ...none,
        returns: `Stream[${event.text}]`,
        asyncReturns: `AsyncStream[${event.text}]`,
        castTo,
        returnsType: event.location,
        stream: {
          always: true,
          param: null,
          event: event.text,
          eventType: event.location,
          ...(declared ? { declared: true as const } : {}),
        },
        // With a config, a stream it marks asks for nothing of its own, as Stainless's (opencode-python's
        // `event.list`); one it left unmarked asks for `text/event-stream` (cartesia-python's `tts.generate_sse`).
        accept: response.json || (index.fromStainlessConfig && given.kind === 'sse') ? null : 'text/event-stream',
      };
    }
    case 'json': {
      const model = modelOf(response.type, response.typeName);
      // One class or null: the class, the method returning it Optional (nullable-response.ts); so too a model or
      // null, which the IR leaves unnamed (`Optional[AgentState]`, `cast_to=AgentState`).
      const orNull = modelOrNull(response.type, index);
      const classPart =
        response.type.kind === 'ref' && index.nullableResponse(response.type.schemaId)
          ? model
          : orNull && modelOf(orNull, null);
      if (classPart && !method.streamWhen) {
        const returns = `Optional[${classPart.text}]`;
        const accept = response.accept ?? null;
        return {
          ...none,
          returns,
          asyncReturns: returns,
          castTo: classPart.text,
          returnsType: classPart.location,
          accept,
        };
      }
      // A union (inline or a named alias) is no `type[...]`, so `cast_to` takes it through `cast(Any, ...)`.
      const union =
        /\b(Union|Optional|Annotated|Literal)\[/.test(model.text) ||
        isUnion(response.type, index) ||
        isAliasOfRecursive(response.type, index);
      const castTo = union ? `cast(Any, ${model.text})` : model.text;
      const when = method.streamWhen;
      const stream = when ? flagStream(when, when.event.kind === 'ref' ? modelOf(when.event, null) : model) : null;
      return {
        ...none,
        returns: model.text,
        asyncReturns: model.text,
        castTo,
        returnsType: model.location,
        stream,
        accept: response.accept ?? null,
      };
    }
  }
}

/**
 * The type a ref names, through the aliases between (`JobEventsResponse = JobEvent`, a union): a class's ref is
 * kept, the class being what a `type[T]` takes.
 */
function throughAliases(type: TypeRef, index: PythonTypeIndex): TypeRef {
  let current = type;
  for (let depth = 0; current.kind === 'ref' && depth < 8; depth++) {
    const next = index.schema(current.schemaId).type;
    if (next.kind === 'object' || next.kind === 'intersection') return current;
    current = next;
  }
  return current;
}

/** The class of a union of one class and null, written in place. */
function modelOrNull(type: TypeRef, index: PythonTypeIndex): TypeRef | null {
  if (type.kind !== 'union' || type.variants.length !== 2 || !type.variants.some((v) => v.kind === 'null')) return null;
  const part = type.variants.find((v) => v.kind === 'ref');
  if (part?.kind !== 'ref') return null;
  const resolved = index.schema(part.schemaId).type;
  return resolved.kind === 'object' || resolved.kind === 'intersection' ? part : null;
}

/** A method streaming when its body flag is true: its events, `event` as the module writes it. */
function flagStream(
  when: NonNullable<Method['streamWhen']>,
  event: { text: string; location: PyTypeLocation | null },
): PyMethod['stream'] {
  return { always: false, param: pyIdentifier(when.param), event: event.text, eventType: event.location };
}
