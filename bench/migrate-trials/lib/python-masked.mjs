// python-masked.mjs — pyright errors the ref could not have: the owners' code checked for the first time.
//
// llama-python's owners wrote an integration test against one of Stainless's generations, annotating a list with
// `response_create_params.InputUnionMember1`; a later generation (the ref's) no longer had that name, so at the ref
// pyright reported only the unknown name, and every use of it was checked against an Unknown type. The migrated package
// has the name again, and pyright now checks those uses: passing the list where the owners' own `create_turn` takes
// `List[Dict[str, Any]]` is an error (a TypedDict union is no Dict[str, Any]) that the generation the test was written
// against gives as well. Such an error, in a file where the ref reported the name it involves as unknown, is the
// owners' own, masked at the ref: check 5 says it and does not fail on it.

/** What pyright says of a name it cannot resolve. */
const UNKNOWN = [
  /"(\w+)" is not a known attribute of module/,
  /"(\w+)" is unknown import symbol/,
  /"(\w+)" is not defined/,
];

/** The ref's unresolved names, by file. */
function unknownAtRef(refErrors) {
  const out = new Map();
  for (const e of refErrors)
    for (const pattern of UNKNOWN) {
      const name = pattern.exec(e.message)?.[1];
      if (name !== undefined) out.set(e.file, new Set([...(out.get(e.file) ?? []), name]));
    }
  return out;
}

/**
 * Splits the errors the ref has not (`fresh`) into those involving a name the ref could not resolve in the same file
 * (`masked`, each with that name) and the rest.
 */
export function maskedAtRef(fresh, refErrors) {
  const unknown = unknownAtRef(refErrors);
  const masked = [];
  const rest = [];
  for (const e of fresh) {
    const name = [...(unknown.get(e.file) ?? [])].find((n) => new RegExp(`\\b${n}\\b`).test(e.message));
    if (name === undefined) rest.push(e);
    else masked.push({ ...e, name });
  }
  return { masked, rest };
}
