/**
 * The name a Stainless Python method gives a body it sends whole, as its module shows it: a config's `body_param_name`
 * (conductor's `passthrough(…, qbd_payload=…)` sends `body=maybe_transform(qbd_payload, …)`). A body whose fields are
 * the method's arguments is sent as a dict of them (`maybe_transform({"name": name, …}, …)`) and names nothing.
 */

/**
 * `body=maybe_transform(x, …)`, `body=await async_maybe_transform(x, …)`: the argument sent as the body; or
 * `binary_request=x`, a file sent as the raw body through the owners' `binary_request` patch (binary-request-done.ts);
 * or Stainless's raw binary body, `body=read_file_content(x)` (2025-07-30 on) or `content=read_file_content(x) if
 * isinstance(x, os.PathLike) else x` (2026-01-13 on), either with `await async_` in the async class.
 */
const WHOLE_BODY =
  /^\s+(?:body\s*=\s*(?:await\s+)?(?:async_)?maybe_transform\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*,|binary_request\s*=\s*([A-Za-z_][A-Za-z0-9_]*)\s*,?\s*$|(?:body|content)\s*=\s*(?:await\s+)?(?:async_)?read_file_content\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\))/m;

/**
 * The argument `method`'s body is sent as, in the Python module `module` (its text), or null where the method sends
 * its arguments' dict, no body, or is not found. The sync resource's definition comes first in Stainless's modules;
 * of overloads (`@overload def create(…): ...`) the one with a body is the implementation.
 */
export function wholeBodyParamName(module: string, method: string): string | null {
  const escaped = method.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const def = new RegExp(`^ {4}(?:async )?def ${escaped}\\(`, 'gm');
  for (const match of module.matchAll(def)) {
    const start = match.index;
    // The method ends where the next member of the class, or the next class, begins.
    const rest = module.slice(start + match[0].length);
    const end = /^ {0,4}(?:@|(?:async )?def |class )\S/m.exec(rest);
    // Its code: what its docstrings say is no argument.
    const body = (end === null ? rest : rest.slice(0, end.index)).replace(/"""[^]*?"""/g, '""');
    const found = WHOLE_BODY.exec(body);
    const sent = found?.[1] ?? found?.[2] ?? found?.[3];
    // A parameter of the method, sent as it is given: not a local its code builds (a multipart method's
    // `body = deepcopy_minimal({"file": file})`, sent as `maybe_transform(body, …)`).
    if (sent !== undefined && parametersOf(body).has(sent) && !assigns(body, sent)) return sent;
  }
  return null;
}

/** The parameter names of a method's signature (`body`: its text after `def name(`), up to `) ->` or `):`. */
function parametersOf(body: string): Set<string> {
  const end = /^\s*\)\s*(?:->[^\n]*)?:\s*$/m.exec(body);
  const signature = end === null ? '' : body.slice(0, end.index);
  return new Set([...signature.matchAll(/^\s*\*{0,2}([A-Za-z_][A-Za-z0-9_]*)\s*[:,=]/gm)].map((m) => m[1]!));
}

/** Whether the method's code binds `name` itself (a statement `name = …` of its body, not a call's `name=…`). */
function assigns(body: string, name: string): boolean {
  return new RegExp(`^ {8}${name}\\s*(?::[^=\\n]*)?=(?!=)`, 'm').test(
    body.slice(body.search(/\)\s*(?:->[^\n]*)?:\s*$/m)),
  );
}
