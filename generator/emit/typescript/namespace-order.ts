/** The order of a resource module's types in its namespace (plan-resource.ts writes the namespace). */
import type { Resource } from '../../ir/types';
import type { PlanContext } from './plan-context';

/**
 * `declared` (a module's types, as typeNamesOf lists them: models, params, page aliases) in the order of its namespace:
 * with a Stainless config, the page aliases right after the models, as Stainless's SDKs list them.
 */
export function namespaceOrder(plan: PlanContext, resource: Resource, declared: string[]): string[] {
  if (plan.api.stainlessLayout === null) return declared;
  const aliases = new Set(plan.aliasesIn(resource.module).map((a) => a.alias));
  const returned = new Set(ownPageAliases(resource));
  const names = declared.filter((n) => !aliases.has(n) || returned.has(n));
  const models = new Set(resource.schemaIds.map((id) => plan.schemas.get(id)!.name));
  const others = names.filter((n) => !aliases.has(n));
  const lastModel = others.reduce((last, n, i) => (models.has(n) ? i : last), -1);
  return [...others.slice(0, lastModel + 1), ...names.filter((n) => aliases.has(n)), ...others.slice(lastModel + 1)];
}

/**
 * The page aliases a resource's namespace lists: those its own methods return. A page alias only other resources'
 * methods return stays out of the namespace, as in Stainless's SDKs (the index still exports it), and so out of the
 * classes assigned to the resource's class (julep's `DocsOffsetPagination`, declared in docs.ts for `agents.docs` and
 * `users.docs`: `Docs.DocsOffsetPagination = …` would be TS2339).
 */
export function ownPageAliases(resource: Resource): string[] {
  return resource.methods.flatMap((m) => (m.pagination?.alias ? [m.pagination.alias] : []));
}
