/**
 * Where tests run (`SDKGEN_FREEZE_IR=1`, set by vitest.config.ts), each IR pass's result is frozen before the next
 * pass reads it, and so is the `Api`: a pass that changed what it was given would throw there.
 */
const FREEZE = typeof process !== 'undefined' && Boolean(process.env.SDKGEN_FREEZE_IR);

/**
 * `value`, frozen with everything it holds when freezing is on. Keys in `skip` are left alone (a method's placement
 * holds the loaded document, which belongs to the loader).
 */
export function frozenInTests<T>(value: T, skip: ReadonlySet<string> = new Set()): T {
  if (FREEZE) deepFreeze(value, skip);
  return value;
}

function deepFreeze(value: unknown, skip: ReadonlySet<string>): void {
  if (!value || typeof value !== 'object' || Object.isFrozen(value)) return;
  if (value instanceof Map) {
    // A frozen Map can still be changed through its methods: lock them too.
    for (const method of ['set', 'delete', 'clear'] as const)
      Object.defineProperty(value, method, {
        value: () => {
          throw new TypeError(`the IR is frozen: Map.${method} after its pass`);
        },
      });
    Object.freeze(value);
    for (const [key, inner] of value) {
      deepFreeze(key, skip);
      deepFreeze(inner, skip);
    }
    return;
  }
  Object.freeze(value);
  for (const [key, inner] of Object.entries(value)) if (!skip.has(key)) deepFreeze(inner, skip);
}
