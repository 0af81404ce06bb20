/**
 * A member the owners added to a declaration of Stainless's client module that sdkgen declares in another module
 * (issue 89, turbopuffer: `connectTimeout?`, `idleTimeout?`, `compression?` added to Stainless's `ClientOptions`
 * in src/client.ts, and the `compression: boolean;` property to its client class). sdkgen's client.ts imports
 * `ClientOptions` from client-core.ts, and its client class extends the core class declared there; where that
 * declaration has the member (the derived config made the owners' options client options), the edit is done:
 * placed in client.ts it would declare `ClientOptions` a second time (TS2440) or redeclare the base class's property
 * (TS2612). A member the other declaration lacks is not done, and stays for a person.
 */

/** An interface member or a class property without initializer: `name?: T;`, `readonly name: T;`. */
const MEMBER = /^\s+(?:(?:public|protected|private|readonly|declare)\s+)*([A-Za-z_$][\w$]*)\??\s*:\s*[^=(]+;$/;
/** The top-level interface or class a line of a module opens, with its name and what a class extends. */
const DECLARATION =
  /^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(interface|class)\s+([A-Za-z_$][\w$]*)(?:<[^>]*>)?(?:\s+extends\s+([A-Za-z_$][\w$.]*))?/;

interface Enclosing {
  kind: 'interface' | 'class';
  name: string;
}

/**
 * Whether line `at` of the owners' module `edited` is a member of an interface or class that sdkgen's module
 * (`target`) does not declare but has from another of sdkgen's modules: the interface it imports, or the class its
 * class of the same name extends; and that module's declaration has a member of that name. `imported` maps each name
 * `target` imports to its module (`src/client-core`); `rendered` are sdkgen's files.
 */
export function memberDeclaredBySdkgen(
  line: string,
  at: number,
  edited: string[],
  target: string,
  imported: ReadonlyMap<string, string>,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
): boolean {
  const member = MEMBER.exec(line)?.[1];
  if (member === undefined) return false;
  const enclosing = enclosingDeclaration(edited, at);
  if (enclosing === null) return false;
  const targetLines = target.split('\n');
  if (enclosing.kind === 'interface') {
    if (declarationBody(targetLines, 'interface', enclosing.name) !== null) return false;
    const from = imported.get(enclosing.name);
    return from !== undefined && declaresMember(moduleText(rendered, from), 'interface', enclosing.name, member);
  }
  // A class: sdkgen's class of the same name, and the class it extends (declared in its module, or imported).
  const opening = targetLines.find((l) => DECLARATION.exec(l)?.[2] === enclosing.name);
  const parent = opening === undefined ? undefined : DECLARATION.exec(opening)?.[3];
  if (parent === undefined) return false;
  if (declaresMember(target, 'class', enclosing.name, member)) return false;
  const from = imported.get(parent);
  const parentModule = from === undefined ? target : moduleText(rendered, from);
  return declaresMember(parentModule, 'class', parent, member);
}

/** The top-level interface or class line `at` of `lines` is in (its `}` not yet reached), or null. */
function enclosingDeclaration(lines: string[], at: number): Enclosing | null {
  for (let i = at - 1; i >= 0; i--) {
    const text = lines[i].replace(/\n$/, '');
    if (/^\}/.test(text)) return null;
    const m = DECLARATION.exec(text);
    if (m) return { kind: m[1] as Enclosing['kind'], name: m[2] };
    if (/^\S/.test(text) && !/^(?:\/\/|\/\*|\*)/.test(text)) return null;
  }
  return null;
}

/** The text of sdkgen's module `module` (`src/client-core`), or null. */
function moduleText(rendered: ReadonlyArray<{ path: string; contents: string }>, module: string): string | null {
  const file = rendered.find((f) => f.path === `${module}.ts` || f.path === `${module}/index.ts`);
  return file?.contents ?? null;
}

/** The lines of the body of top-level `kind` `name` in `lines`, or null where it declares none. */
function declarationBody(lines: string[], kind: Enclosing['kind'], name: string): string[] | null {
  const open = lines.findIndex((l) => {
    const m = DECLARATION.exec(l);
    return m !== null && m[1] === kind && m[2] === name;
  });
  if (open < 0) return null;
  const close = lines.findIndex((l, i) => i > open && /^\}/.test(l));
  return lines.slice(open + 1, close < 0 ? undefined : close);
}

/** Whether `text` declares top-level `kind` `name` with a member (a property) called `member`. */
function declaresMember(text: string | null, kind: Enclosing['kind'], name: string, member: string): boolean {
  if (text === null) return false;
  const body = declarationBody(text.split('\n'), kind, name);
  return body !== null && body.some((l) => MEMBER.exec(l)?.[1] === member);
}
