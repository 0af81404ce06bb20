/**
 * Declarations: a named type as `export interface X { … }` or `export type X = …`, followed by
 * `export namespace X { … }` holding the nested interfaces of its inline objects (Stainless style).
 */
import type { ObjectType, TypeRef } from '../../ir/types';
import { jsDoc, quoteString } from './print-doc';
import { globalType, printMembers, printType, type PrintContext } from './print-type';
import type { Docs } from '../../ir/types';

export function printDeclaration(name: string, type: TypeRef, docs: Docs | null, ctx: PrintContext): string {
  let out = jsDoc(docs, [], { block: ctx.stainless, markdown: ctx.stainless });
  const root = extendingObject(type);
  if (root) {
    // `Model & { … }` whose object extends the models: the interface itself.
    out += `export interface ${name}${extendsClause(root, ctx, name)} {\n${printMembers(root, ctx, name)}}\n`;
    return out + printNamespace(name, root, ctx, true);
  }
  // An object marked `x-stainless-empty-object` is, in Stainless's SDKs, an empty interface.
  const emptyInterface = ctx.stainless === true && type.kind === 'object' && type.emptyObject === true;
  if (type.kind === 'object' && (type.properties.length > 0 || emptyInterface)) {
    out += `export interface ${name} {\n${printMembers(type, ctx, name)}}\n`;
  } else {
    out += `export type ${name} = ${printType(type, ctx, name)};\n`;
  }
  out += printNamespace(name, type, ctx, true);
  return out;
}

/**
 * Interface-with-fields declaration for params types: always an interface, even when empty. Its nested types are
 * declared in `namespaceName`'s namespace (a streaming method's `XParamsBase` declares them in `XParams`'s).
 */
export function printInterface(
  name: string,
  members: string,
  nested: TypeRef[],
  docs: Docs | null,
  ctx: PrintContext,
  base: string | null = null,
  namespaceName: string = name,
): string {
  const out = `${jsDoc(docs, [], { block: ctx.stainless, markdown: ctx.stainless })}export interface ${name}${base ? ` extends ${base}` : ''} {\n${members}}\n`;
  const declared: ObjectType[] = [];
  for (const t of nested) collectDeclared(t, declared);
  return out + namespaceOf(namespaceName, namespaceName, declarationsOf(declared, ctx), ctx, new Set());
}

/** The names of the interfaces a named type's namespace declares (`Event.Transaction`: Transaction). */
export function namespaceMemberNames(type: TypeRef): string[] {
  const root = extendingObject(type) ?? type;
  return onePerName(root.kind === 'object' ? rootChildren(root) : declaredObjects(root)).map((o) => o.declareAs!);
}

function printNamespace(name: string, type: TypeRef, ctx: PrintContext, isRoot: boolean): string {
  const declared = declarationsOf(isRoot && type.kind === 'object' ? rootChildren(type) : declaredObjects(type), ctx);
  return namespaceOf(name, name, declared, ctx, new Set());
}

/**
 * `export namespace <name> { … }` declaring `members`; `path` is the namespace's whole name (`Event.Transaction`),
 * which its members' types are printed under. `outer`: the names the enclosing namespaces declare. Inside,
 * a bare name means the innermost member of that name, so a named type that a member shadows is printed through
 * its module's namespace import (`TransferInAPI.Transaction` beside `Event.Transaction`), as Stainless prints it.
 */
function namespaceOf(
  name: string,
  path: string,
  members: ObjectType[],
  ctx: PrintContext,
  outer: ReadonlySet<string>,
): string {
  if (members.length === 0) return '';
  const scope = new Set([...outer, ...members.map((o) => o.declareAs!)]);
  const inside = shadowedIn(ctx, scope);
  return `\nexport namespace ${name} {\n${members.map((o) => printNested(o, inside, path, scope)).join('\n')}}\n`;
}

/** `ctx`, printing a named type (when `ctx` can) or a global qualified where a name in `scope` shadows it. */
function shadowedIn(ctx: PrintContext, scope: ReadonlySet<string>): PrintContext {
  const { nameOf, qualified } = ctx;
  if (!nameOf || !qualified) return { ...ctx, shadowed: scope };
  return { ...ctx, shadowed: scope, ref: (id, ns) => (scope.has(nameOf(id)) ? qualified(id) : ctx.ref(id, ns)) };
}

function rootChildren(type: ObjectType): ObjectType[] {
  const found: ObjectType[] = [];
  for (const p of type.properties) collectDeclared(p.type, found);
  if (type.additional) collectDeclared(type.additional, found);
  return found;
}

/**
 * A nested interface, declared in the namespace `ns` (whose scope names `scope`), and its own namespace. The models it
 * extends are named as its members' types are, from inside the namespace: a model of its own module through the
 * module's import of itself, as Stainless's SDKs name it there (`extends QuotesAPI.BasePaymentAccountInfo` in
 * `PaymentInstructions`, where a top-level interface writes `extends BasePaymentAccountInfo`).
 */
function printNested(type: ObjectType, ctx: PrintContext, ns: string, scope: ReadonlySet<string>): string {
  const name = type.declareAs!;
  const inner = `${ns}.${name}`;
  const out = `${jsDoc(type.docs, [], { block: ctx.stainless, markdown: ctx.stainless })}export interface ${name}${extendsClause(type, ctx, inner)} {\n${printMembers(type, ctx, inner)}}\n`;
  return out + namespaceOf(name, inner, declarationsOf(rootChildren(type), ctx), ctx, scope);
}

/** The object of an intersection of models and one object that extends them (ObjectType.extends), if it is one. */
function extendingObject(type: TypeRef): ObjectType | null {
  if (type.kind !== 'intersection') return null;
  const object = type.parts.find((p): p is ObjectType => p.kind === 'object' && p.extends !== undefined);
  return object ?? null;
}

/** ` extends A, Omit<B, 'type'>` for an object that extends models; "" otherwise. */
function extendsClause(type: ObjectType, ctx: PrintContext, ns: string): string {
  if (!type.extends) return '';
  const bases = type.extends.map(({ ref, omit }) => {
    const name = printType(ref, ctx, ns);
    return omit.length === 0
      ? name
      : `${globalType('Omit', ctx)}<${name}, ${omit.map((k) => quoteString(k)).join(' | ')}>`;
  });
  return ` extends ${bases.join(', ')}`;
}

/**
 * The declarations of objects in one namespace: with a Stainless config, one per place that reaches it, as Stainless's
 * SDKs repeat them (knock's `PreferenceSet.PreferenceSetWorkflowCategorySettingObject`, for `categories` and
 * `workflows`; same-named interfaces merge); else one per name.
 */
function declarationsOf(objects: ObjectType[], ctx: PrintContext): ObjectType[] {
  return ctx.stainless ? objects : onePerName(objects);
}

/** Of objects declared in one namespace, one per name: the same inlined schema reached twice is declared once. */
function onePerName(objects: ObjectType[]): ObjectType[] {
  const seen = new Set<string>();
  return objects.filter((o) => !seen.has(o.declareAs!) && seen.add(o.declareAs!));
}

/** Objects with `declareAs` reachable from `type` without entering another declared object or a ref. */
export function declaredObjects(type: TypeRef): ObjectType[] {
  const found: ObjectType[] = [];
  collectDeclared(type, found);
  return found;
}

/** declaredObjects(type), added to `found` in order (one array for the whole walk). */
function collectDeclared(type: TypeRef, found: ObjectType[]): void {
  switch (type.kind) {
    case 'object':
      if (type.declareAs !== null) found.push(type);
      else {
        for (const p of type.properties) collectDeclared(p.type, found);
        if (type.additional) collectDeclared(type.additional, found);
      }
      return;
    case 'array':
      return collectDeclared(type.items, found);
    case 'tuple':
      for (const item of type.items) collectDeclared(item, found);
      if (type.rest) collectDeclared(type.rest, found);
      return;
    case 'union':
      for (const v of type.variants) collectDeclared(v, found);
      return;
    case 'intersection':
      for (const p of type.parts) collectDeclared(p, found);
      return;
    default:
      return;
  }
}
