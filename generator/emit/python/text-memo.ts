/**
 * Results of pure functions of spec text, remembered: the same description reaches a Python SDK many times over (a
 * schema's field in its model and in each params form, a method's docstring in the sync and the async class, nested
 * classes printed again in each module that declares them), and laying it out as a docstring costs far more than
 * looking it up. Stripe's Python SDK lays out ~14,500 docstrings from ~3,400 texts.
 *
 * The results depend on the arguments only, so a cache shared by every run of the process is safe; it is emptied when
 * it holds `limit` entries, so that a long-lived process (watch mode, a test run) does not grow without end.
 */
export class TextMemo<T> {
  private readonly byVariant = new Map<string, Map<string, T>>();
  private entries = 0;

  constructor(private readonly limit = 20_000) {}

  /** `compute()`'s result for `text` under `variant` (the other arguments, as one string), computed once. */
  get(variant: string, text: string, compute: () => T): T {
    let map = this.byVariant.get(variant);
    if (map === undefined) this.byVariant.set(variant, (map = new Map()));
    else {
      const known = map.get(text);
      if (known !== undefined) return known;
    }
    const value = compute();
    if (this.entries >= this.limit) {
      this.byVariant.clear();
      this.byVariant.set(variant, (map = new Map()));
      this.entries = 0;
    }
    map.set(text, value);
    this.entries++;
    return value;
  }
}
