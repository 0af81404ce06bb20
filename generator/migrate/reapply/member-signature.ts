/**
 * An owners' change to a generated method's declarations (its signature, and the overloads above it), carried onto
 * sdkgen's method of the same name: a return type they changed (runway's `APIPromise<R>` → `APIPromiseWithAwaitableTask<R>`),
 * an overload they added, an optional parameter they added, or a parameter's type they changed.
 *
 * The change is read as edits of Stainless's declarations, and each edit is made to sdkgen's only where sdkgen's
 * declares what Stainless's did: a return type replaced where sdkgen's is Stainless's (its spacing aside), a
 * parameter's type where sdkgen's parameter in that place has Stainless's type, a parameter added before (or after)
 * the parameter it was next to, under a name sdkgen's signature does not use. sdkgen may name parameters otherwise
 * (`params` for `body`): they are matched by position where both signatures have as many, else by name. A declaration
 * changed is printed as sdkgen's formatter prints one (Prettier's rule, at its width of 110: on one line where it fits,
 * else a parameter a line); one left alone keeps its text. Anything else (a method renamed, a parameter removed or
 * renamed, a return type sdkgen declares otherwise, comments among the declarations) is null: the hunk stays for a
 * person.
 */
import { codeMask, maskedText } from '../repository/code-mask';

/** Prettier's `printWidth` for generated code (format/prettier-options.json). */
const WIDTH = 110;

interface Declaration {
  /** What comes before the parameters: modifiers, the name and any type parameters (`create`, `list<T>`). */
  head: string;
  params: string[];
  /** The declared return type (whitespace collapsed), or null. */
  returns: string | null;
  /** `;` for an overload, `{` for the implementation. */
  end: ';' | '{';
  /** Its text as it was (lines with their `\n`). */
  text: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const compact = (text: string) => text.replace(/\s+/g, '').replace(/,([)\]}>])/g, '$1');

/** A declarations region (overloads and the implementation's signature, ending with its `{`) read, or null. */
function declarations(region: string): Declaration[] | null {
  const code = codeMask(region);
  // A comment among them (a run that is no code, beginning with `/`) would be lost to the printer: not read.
  if (code.some((c, i) => c === 0 && (i === 0 || code[i - 1] === 1) && region[i] === '/')) return null;
  const masked = maskedText(region, code);
  const found: Declaration[] = [];
  let from = 0;
  let depth = 0;
  let open = -1;
  let close = -1;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c === '=' && masked[i + 1] === '>') {
      i++;
      continue;
    }
    if ('([{<'.includes(c)) {
      if (depth === 0 && c === '(' && open < 0) open = i;
      if (depth === 0 && c === '{' && open >= 0 && close >= 0) {
        found.push(declaration(region, from, open, close, i, '{'));
        from = i + 1;
        if (masked.slice(from).trim() !== '') return null;
        return found.every((d, k) => (d.end === '{') === (k === found.length - 1)) ? found : null;
      }
      depth++;
    } else if (')]}>'.includes(c)) {
      depth--;
      if (depth === 0 && c === ')' && close < 0) close = i;
    } else if (c === ';' && depth === 0) {
      if (open < 0 || close < 0) return null;
      found.push(declaration(region, from, open, close, i, ';'));
      from = i + 1;
      while (from < region.length && region[from] !== '\n' && /\s/.test(region[from])) from++;
      if (region[from] === '\n') from++;
      open = close = -1;
    }
  }
  return null;
}

function declaration(text: string, from: number, open: number, close: number, at: number, end: ';' | '{'): Declaration {
  const inner = text.slice(open + 1, close);
  const masked = maskedText(inner, codeMask(inner));
  const params: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= masked.length; i++) {
    const c = masked[i];
    if (c === '=' && masked[i + 1] === '>') {
      i++;
      continue;
    }
    if (c !== undefined && '([{<'.includes(c)) depth++;
    else if (c !== undefined && ')]}>'.includes(c)) depth--;
    else if (c === undefined || (c === ',' && depth === 0)) {
      const part = collapse(inner.slice(start, i));
      if (part !== '') params.push(part);
      start = i + 1;
    }
  }
  const after = collapse(text.slice(close + 1, at));
  const returns = after.startsWith(':') ? collapse(after.slice(1)).replace(/^\|\s*/, '') : null;
  return {
    head: collapse(text.slice(from, open)),
    params,
    returns,
    end,
    text: text.slice(from, end === '{' ? text.length : Math.max(at + 1, text.indexOf('\n', at) + 1 || text.length)),
  };
}

/** A parameter's name (`body` of `body: X`, `...rest` of a rest parameter), or null for a destructured one. */
function nameOf(param: string): string | null {
  return /^(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(param)?.[1] ?? null;
}

/** A declaration as Prettier prints it: on one line where it fits, else each parameter on a line of its own. */
function printed(d: Declaration, indent: string): string {
  const tail = `${d.returns === null ? '' : `: ${d.returns}`}${d.end === '{' ? ' {' : ';'}`;
  const one = `${indent}${d.head}(${d.params.join(', ')})${tail}`;
  if (one.length <= WIDTH || d.params.length === 0) return `${one}\n`;
  return `${indent}${d.head}(\n${d.params.map((p) => `${indent}  ${p},\n`).join('')}${indent})${tail}\n`;
}

/**
 * sdkgen's declarations region (`sdkgen`) with the owners' change of Stainless's (`stainless` → `owners`) made to it,
 * as lines at `indent`; null where it cannot be made soundly.
 */
export function placedSignature(stainless: string, owners: string, sdkgen: string, indent: string): string[] | null {
  const s = declarations(stainless);
  const o = declarations(owners);
  const g = declarations(sdkgen);
  if (s === null || o === null || g === null) return null;
  const [sImpl, oImpl, gImpl] = [s.at(-1)!, o.at(-1)!, g.at(-1)!];
  const name = (d: Declaration) => /([A-Za-z_$][\w$]*)(?:<.*)?$/.exec(d.head)?.[1];
  if (oImpl.head !== sImpl.head || name(gImpl) !== name(sImpl)) return null;
  const key = (d: Declaration) => compact(`${d.head}(${d.params.join(',')}):${d.returns ?? ''}${d.end}`);

  // Overloads: those the owners added go after sdkgen's own, those they took out must be sdkgen's too.
  const sKeys = s.slice(0, -1).map(key);
  const oKeys = o.slice(0, -1).map(key);
  const added = o.slice(0, -1).filter((d, i) => !sKeys.includes(oKeys[i]));
  const removed = sKeys.filter((k) => !oKeys.includes(k));
  const gOverloads = g.slice(0, -1).filter((d) => !removed.includes(key(d)));
  if (g.length - 1 - gOverloads.length !== removed.length) return null;

  // The implementation: its return type, then its parameters.
  const impl: Declaration = { ...gImpl, params: [...gImpl.params] };
  let changed = false;
  if (compact(oImpl.returns ?? '') !== compact(sImpl.returns ?? '')) {
    if (compact(gImpl.returns ?? '') !== compact(sImpl.returns ?? '')) return null;
    impl.returns = oImpl.returns;
    changed = true;
  }
  const sNames = sImpl.params.map(nameOf);
  const gNames = gImpl.params.map(nameOf);
  const place = (k: number): number | null => {
    if (sImpl.params.length === gImpl.params.length) return k;
    const at = gNames.indexOf(sNames[k]);
    return sNames[k] === null || at < 0 ? null : at;
  };
  // Each of Stainless's parameters, in order, in the owners' signature (as it was, or with another type); the others
  // are theirs, added.
  let k = 0;
  const inserts: Array<{ before: number; param: string }> = [];
  for (const param of oImpl.params) {
    const own = nameOf(param);
    if (k < sImpl.params.length && own !== null && own === sNames[k]) {
      if (compact(param) !== compact(sImpl.params[k])) {
        const at = place(k);
        if (at === null) return null;
        const type = (p: string) => compact(p.slice(nameOf(p)!.length));
        if (type(gImpl.params[at]) !== type(sImpl.params[k])) return null;
        impl.params[at] = `${gNames[at]}${param.slice(own.length)}`;
        changed = true;
      }
      k++;
      continue;
    }
    if (own === null || sNames.includes(own) || gNames.includes(own)) return null;
    // Before the image of the next parameter of Stainless's, else after the image of the one before, else last.
    const next = k < sImpl.params.length ? place(k) : null;
    const previous = k > 0 ? place(k - 1) : null;
    const before = next ?? (previous === null ? (k === 0 ? 0 : null) : previous + 1);
    if (before === null || (k < sImpl.params.length && next === null)) return null;
    inserts.push({ before, param });
  }
  if (k !== sImpl.params.length) return null;
  if (inserts.length > 0) {
    // (Inserted in the owners' order: each goes before the same parameter, the later ones after the earlier.)
    const ordered = impl.params;
    const byPlace = new Map<number, string[]>();
    for (const { before, param } of inserts) byPlace.set(before, [...(byPlace.get(before) ?? []), param]);
    impl.params = ordered.flatMap((p, i) => [...(byPlace.get(i) ?? []), p]);
    impl.params.push(...(byPlace.get(ordered.length) ?? []));
    changed = true;
  }
  if (!changed && added.length === 0 && removed.length === 0) return null;
  // An overload the owners added was checked against their implementation: sdkgen's must declare the same types.
  const types = (d: Declaration) => [...d.params.map((p) => p.slice(nameOf(p)?.length ?? 0)), `:${d.returns ?? ''}`];
  if (added.length > 0 && compact(types(impl).join(',')) !== compact(types(oImpl).join(','))) return null;

  const text = [
    ...gOverloads.map((d) => d.text),
    ...added.map((d) => printed(d, indent)),
    changed ? printed(impl, indent) : gImpl.text,
  ].join('');
  return text.split(/(?<=\n)/);
}
