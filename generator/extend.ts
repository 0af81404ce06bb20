/**
 * `{ ...base, ...fields }` for an object made often whose fields are new to `base` (overriding fields is fast
 * either way). On Node 20 (V8 11) adding properties to the copy a leading spread makes (`{ ...base, a, b }`) takes
 * V8's slow path, about 1 µs a property: some 15 µs for a file's view. Added to a new object, they take 0.1 µs.
 * Keys are the code's own: with a `__proto__` key (spec text), Object.assign would set the prototype instead.
 */
export function extend<Base extends object, Fields extends object>(base: Base, fields: Fields): Base & Fields {
  return Object.assign({}, base, fields);
}
