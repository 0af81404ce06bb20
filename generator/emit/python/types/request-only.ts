/**
 * Named types no response reaches: Stainless's Python SDKs write no model (pydantic) module for a resource's type that
 * only requests use (a config model sent as a body, spread into the params or a union of them, or named by params
 * alone); its params form (`FooParam` in `foo_param.py`) is written where a request names it, and api.md still lists
 * it. A config model nothing uses keeps its model module, unless it refers (itself or through others) to a type whose
 * model is not written: its module would import one that does not exist. A shared type (`types/shared`) keeps its
 * model, as does a plain alias (an enum, a string), whose params name it from its model module, but a union of such
 * (`Union[str, Literal[…]]`), whose params form is its own (type-shapes.ts `paramsNameModel`). A union only requests
 * use still has its params form where nothing names it (a body of one of several objects, which the method's params
 * declare again: imagekit's `OriginRequestParam`); an object spread into the params has none.
 */
import type { Api, NamedSchema, Resource } from '../../../ir/types';
import { SchemaRefs } from '../../../ir/walk';
import { forEachMethodType } from '../resources/method-types';
import { paramsNameModel } from './type-shapes';

/**
 * The ids of the named types of `api` whose model module is not written (`requestOnly`), and of those among them whose
 * params form is written though no request may name it (`paramsForm`: the unions).
 */
export function requestOnlyModels(
  api: Api,
  isShared: (schema: NamedSchema) => boolean,
): { requestOnly: Set<string>; paramsForm: string[] } {
  const refs = new SchemaRefs(new Map(api.schemas.map((schema) => [schema.id, schema])));
  const reached = new Set<string>();
  // What a method returns or throws, the events it streams, its pages' items and their fields; a webhook's events. (A
  // type nothing names stays, a config's model too, but for a body spread into the params.)
  const requested = new Set<string>();
  forEachMethodType(api, (type, use) => refs.addReachable(type, use === 'param' ? requested : reached));
  // A body spread into the params is sent, though no field names it.
  const spread = new Set<string>();
  const visit = (resource: Resource) => {
    for (const method of resource.methods) {
      for (const error of method.errors) refs.addReachable(error.type, reached);
      if (method.body?.schemaId !== undefined) spread.add(method.body.schemaId);
    }
    for (const unwrap of resource.webhookUnwraps) refs.addReachable(unwrap.event, reached);
    resource.subresources.forEach(visit);
  };
  api.resources.forEach(visit);
  if (api.topLevel) visit(api.topLevel);
  // (A shared type's model is written whatever uses it: so are the models it names.)
  for (const schema of api.schemas) if (isShared(schema)) refs.addReachable(schema.type, reached);
  const requestOnly = api.schemas.filter(
    (schema) =>
      !reached.has(schema.id) &&
      (requested.has(schema.id) || (schema.configModel === true && spread.has(schema.id))) &&
      !isShared(schema) &&
      !paramsNameModel(schema.type),
  );
  const ids = new Set(requestOnly.map((schema) => schema.id));
  withoutModulesReaching(api, refs, ids, reached);
  return {
    requestOnly: ids,
    paramsForm: requestOnly.filter((schema) => schema.type.kind === 'union').map((schema) => schema.id),
  };
}

/**
 * Adds to `dropped` every named type no response reaches (`reached`) that refers to one in `dropped`, until none is
 * left: its model module would import a model no module declares (letta's `LettaRequest`, a config's model no method
 * of the SDK uses, names `MessageCreate`, which only requests use: Stainless writes neither model). A type a response
 * reaches never refers to one dropped (`reached` holds everything it refers to), so the models written stay whole.
 */
function withoutModulesReaching(api: Api, refs: SchemaRefs, dropped: Set<string>, reached: Set<string>): void {
  const referrers = new Map<string, string[]>();
  for (const schema of api.schemas) {
    if (reached.has(schema.id) || dropped.has(schema.id)) continue;
    for (const id of refs.of(schema.id)) {
      const list = referrers.get(id);
      if (list) list.push(schema.id);
      else referrers.set(id, [schema.id]);
    }
  }
  const open = [...dropped];
  while (open.length > 0) {
    for (const id of referrers.get(open.pop()!) ?? []) {
      if (dropped.has(id)) continue;
      dropped.add(id);
      open.push(id);
    }
  }
}
