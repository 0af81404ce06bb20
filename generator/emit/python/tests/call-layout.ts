/**
 * The calls of a test module laid out as Ruff lays them out (plan-tests.ts): `client.a.b.method(` with one argument a
 * line, and an assignment or a `with` item in parentheses of its own where the call's first line does not fit.
 */
import { LINE_WIDTH, pyValue, type PyValue } from '../types/py-literal';
import { allLinesFit, layoutParenthesized } from '../py-layout';

/** A call's arguments: keyword (or positional, `name` null) with their values. */
export type Arg = { name: string | null; value: PyValue };

export class CallLayout {
  /** The arguments' lines of a call at `indent`, by args and layout: a variant's are printed in several tests. */
  private readonly argLinesOf = new WeakMap<Arg[], Map<string, string>>();

  /**
   * `with <call> as <target>:` at `ind` (`keyword`: `with ` or `async with `): where the call's first line does not
   * fit, the item in parentheses of its own, as Ruff lays it out.
   */
  withCall(ind: string, keyword: string, head: string, args: Arg[], target: string): string {
    const text = `${ind}${keyword}${this.call(head, args, ind.length, ` as ${target}:`)}`;
    if (args.length === 0 || allLinesFit(text.slice(0, text.indexOf('\n')))) return text;
    const item = (inner: string) => this.call(head, args, inner.length, ` as ${target}`);
    return layoutParenthesized(ind, keyword, item, ':') ?? text;
  }

  /**
   * `target = <call>` at `ind`: where the call's first line does not fit, the call in parentheses of its own, as Ruff
   * lays it out.
   */
  assignCall(ind: string, target: string, head: string, args: Arg[]): string {
    const text = `${ind}${target} = ${this.call(head, args, ind.length)}`;
    if (args.length === 0 || allLinesFit(text.slice(0, text.indexOf('\n')))) return text;
    return layoutParenthesized(ind, `${target} = `, (inner) => this.call(head, args, inner.length)) ?? text;
  }

  /** `client.a.b.method(\n    args,\n)` at `indent`, the call opened by `head`. */
  call(head: string, args: Arg[], indent: number, tail = '', width = LINE_WIDTH): string {
    if (args.length === 0) return `${head}()${tail}`;
    return `${head}(\n${this.argLines(args, indent, width)}\n${' '.repeat(indent)})${tail}`;
  }

  private argLines(args: Arg[], indent: number, width: number): string {
    let byLayout = this.argLinesOf.get(args);
    if (byLayout === undefined) this.argLinesOf.set(args, (byLayout = new Map()));
    const layout = `${indent} ${width}`;
    let text = byLayout.get(layout);
    if (text === undefined) {
      const pad = ' '.repeat(indent + 4);
      const lines = args.map((a) => {
        const prefix = a.name === null ? '' : `${a.name}=`;
        return `${pad}${prefix}${pyValue(a.value, indent + 4, indent + 4 + prefix.length, 1, width)},`;
      });
      byLayout.set(layout, (text = lines.join('\n')));
    }
    return text;
  }
}
