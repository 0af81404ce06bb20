/**
 * A small line diff (Myers' O(ND) algorithm) and unified-diff printer for `sdkgen check`, so stale
 * output can be shown without a dependency. Common prefix and suffix are trimmed first; a middle part
 * too large to diff cheaply is shown as one replaced block (still a correct diff, just not minimal).
 */

type Op = { kind: ' ' | '-' | '+'; text: string };

const MAX_MIDDLE = 20_000;
const MAX_EDITS = 2_000;

export function diffLines(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: Op[] = a.slice(0, start).map((text) => ({ kind: ' ', text }));
  const tail: Op[] = a.slice(endA).map((text) => ({ kind: ' ', text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const middle = (midA.length + midB.length <= MAX_MIDDLE && myers(midA, midB)) || [
    ...midA.map((text): Op => ({ kind: '-', text })),
    ...midB.map((text): Op => ({ kind: '+', text })),
  ];
  return [...head, ...middle, ...tail];
}

/** Myers' greedy shortest edit script; null when it needs more than MAX_EDITS edits. */
function myers(a: string[], b: string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d, k);
    }
    v = next;
  }
  return null;
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number, d: number, k: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let depth = d; depth > 0; depth--) {
    const v = trace[depth];
    const down = k === -depth || (k !== depth && v[offset + k - 1] < v[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', text: a[--x] });
      y--;
    }
    if (down) ops.push({ kind: '+', text: b[--y] });
    else ops.push({ kind: '-', text: a[--x] });
    k = prevK;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', text: a[--x] });
    y--;
  }
  return ops.reverse();
}

/** Unified diff with `context` lines around each change; at most `maxLines` lines of hunks. */
export function unifiedDiff(
  oldText: string,
  newText: string,
  labels: { old: string; new: string },
  maxLines = Infinity,
  context = 3,
): { text: string; added: number; removed: number; truncated: boolean } {
  const split = (t: string) => (t === '' ? [] : t.replace(/\n$/, '').split('\n'));
  const ops = diffLines(split(oldText), split(newText));
  const added = ops.filter((o) => o.kind === '+').length;
  const removed = ops.filter((o) => o.kind === '-').length;
  const lines = [`--- ${labels.old}`, `+++ ${labels.new}`];
  let body = 0;
  let truncated = false;
  // Group changed ops into hunks with context.
  const changed = ops.map((o, i) => (o.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  let i = 0;
  while (i < changed.length) {
    const from = Math.max(0, changed[i] - context);
    let to = Math.min(ops.length, changed[i] + context + 1);
    let j = i + 1;
    while (j < changed.length && changed[j] - context <= to) {
      to = Math.min(ops.length, changed[j] + context + 1);
      j++;
    }
    const oldStart = ops.slice(0, from).filter((o) => o.kind !== '+').length + 1;
    const newStart = ops.slice(0, from).filter((o) => o.kind !== '-').length + 1;
    const hunk = ops.slice(from, to);
    const oldLen = hunk.filter((o) => o.kind !== '+').length;
    const newLen = hunk.filter((o) => o.kind !== '-').length;
    lines.push(
      `@@ -${oldLen === 0 ? oldStart - 1 : oldStart},${oldLen} +${newLen === 0 ? newStart - 1 : newStart},${newLen} @@`,
    );
    for (const op of hunk) {
      if (body >= maxLines) {
        truncated = true;
        break;
      }
      lines.push(`${op.kind}${op.text}`);
      body++;
    }
    if (truncated) break;
    i = j;
  }
  if (truncated) lines.push('… (diff truncated)');
  return { text: lines.join('\n'), added, removed, truncated };
}
