// same-failures.mjs — a test failing in the migrated tree is the ref's own failure (FAIL AT REF) only where it fails
// at the ref for the same reason. A test failing at both for different reasons is not the ref's: mpesaflow-python's ref
// fails every client test on httpx 0.28's removed `proxies` argument, and a migrated tree failing the same tests on
// something else of its own had been scored "at the ref" by the test ids alone.
//
// A failure's reason is its message (pytest's: the exception line, `TypeError: … 'proxies'`), compared with what
// differs from one run to the next masked: memory addresses, pytest's numbered temporary folders, the two trees' own
// folders. The rest of the message (numbers, values) stays: an assertion failing on other values is another failure.

/**
 * The reason of a failure's message as compared across the two trees: whitespace collapsed, memory addresses
 * (`0x7f3a…`), pytest's temporary folders (`/tmp/pytest-of-root/pytest-12/test_a0`) and each of `dirs` (the trees'
 * folders, where a message names a file of the tree) masked.
 */
export function failureReason(message, dirs = []) {
  let text = String(message ?? '');
  for (const dir of dirs.filter(Boolean).sort((a, b) => b.length - a.length)) text = text.split(dir).join('<tree>');
  return text
    .replace(/\b0x[0-9a-f]{6,}\b/gi, '0x…')
    .replace(/\/pytest-of-[^/\s]+\/pytest-\d+\/[^/\s'"]*/g, '/pytest-of-…/…')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `failing` (here: [{ id, message }]) against the ref's (`atRef`, the same form): `same`, those failing at the ref with
 * the same reason; `otherwise`, those failing at the ref for another reason (each with `refMessage`); `fresh`, those
 * not failing at the ref. `dirs`: { here, atRef }, each side's folder or folders (masked in the messages): its work tree,
 * and the folder its package installed to (a message naming the installed module: `…/site/pkg/x.py` here,
 * `…/site-ref/pkg/x.py` at the ref).
 */
export function compareFailures(failing, atRef, dirs = {}) {
  const theRefs = new Map();
  for (const f of atRef) theRefs.set(f.id, f);
  const same = [];
  const otherwise = [];
  const fresh = [];
  const masked = [dirs.here, dirs.atRef].flat();
  for (const f of failing) {
    const there = theRefs.get(f.id);
    if (!there) fresh.push(f);
    else if (failureReason(f.message, masked) === failureReason(there.message, masked)) same.push(f);
    else otherwise.push({ ...f, refMessage: there.message });
  }
  return { same, otherwise, fresh };
}

/**
 * What a reason says of the failures that are not the ref's (compareFailures' `otherwise` and `fresh`), `max` of each
 * named: `2 of 5 failing not at the ref: t::a (msg)`; `3 of 5 failing at the ref for another reason: t::b (here: …; at
 * the ref: …)`. Empty where there are none.
 */
export function describeNotTheRefs({ otherwise, fresh }, total, max = 4) {
  const cut = (s) => {
    const line = failureReason(s);
    return line.length > 120 ? `${line.slice(0, 119)}…` : line;
  };
  const parts = [];
  if (fresh.length > 0) {
    const named = fresh.slice(0, max).map((f) => `${f.id} (${cut(f.message)})`);
    parts.push(`${fresh.length} of ${total} failing not at the ref: ${named.join('; ')}`);
  }
  if (otherwise.length > 0) {
    const named = otherwise
      .slice(0, max)
      .map((f) => `${f.id} (here: ${cut(f.message)}; at the ref: ${cut(f.refMessage)})`);
    parts.push(`${otherwise.length} of ${total} failing at the ref for another reason: ${named.join('; ')}`);
  }
  return parts.join('; ');
}
