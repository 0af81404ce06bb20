/**
 * A Stainless config's models that name a schema an earlier model names (`kb_file: '#/components/schemas/File'` in a
 * resource and again in its subresource): Stainless's SDKs declare each in its own resource's module, a copy of the
 * first under the model's name, so users import it from every module it was declared in. Nothing refers to a copy:
 * references name the first.
 */
import { configWarning, type BuildContext } from './context';
import type { NamedSchema } from './types';

/**
 * The copies `built` (the named schemas) needs, each declared in its resource's module (`moduleOf`, by dotted
 * resource path; '' is the shared module). A copy whose module already declares its name is left out with a warning.
 */
export function modelCopies(
  ctx: Pick<BuildContext, 'stainless' | 'types' | 'diags'>,
  built: readonly NamedSchema[],
  moduleOf: (resource: string) => string | undefined,
): NamedSchema[] {
  const copies: NamedSchema[] = [];
  if (!ctx.stainless || ctx.stainless.modelCopies.length === 0) return copies;
  const byId = new Map(built.map((s) => [s.id, s]));
  const declared = new Set(built.map((s) => `${s.module}\0${s.name}`));
  for (const { ref, name, resource, where, key } of ctx.stainless.modelCopies) {
    const id = ctx.types.componentId(ref);
    const original = id === null ? undefined : byId.get(id);
    const module = moduleOf(resource);
    // (A model that names no schema is reported with the first model that names it.)
    if (!original || module === undefined) continue;
    if (declared.has(`${module}\0${name}`)) {
      if (module !== original.module || name !== original.name)
        configWarning(ctx, 'stainless-model', where, `${module} declares a type named ${name} already; model left out`);
      continue;
    }
    declared.add(`${module}\0${name}`);
    const { type, docs, source } = original;
    copies.push({
      id: `${original.id}#copy:${where}`,
      name,
      module,
      type,
      docs,
      source,
      configModel: true,
      configKey: key,
      copyOf: original.id,
    });
  }
  return copies;
}
