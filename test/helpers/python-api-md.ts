/**
 * A Python SDK's api.md as Stainless writes it: a method line per endpoint
 * (`- <code title="get /v1/x/{id}">client.x.<a href="…">retrieve</a>(id) -> <a href="…">X</a></code>`) and, per
 * resource, the types it exports in `from <package>.types… import …` blocks.
 */

interface ApiMethod {
  endpoint: string;
  chain: string;
  args: string;
  returns: string;
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\\\*/g, '*')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

/** The method lines of a Python api.md and the types its `from <module> import …` blocks list (name → module). */
export function parsePythonApiMd(apiMd: string): { methods: ApiMethod[]; types: Map<string, string[]> } {
  const methods: ApiMethod[] = [];
  for (const m of apiMd.matchAll(
    /^- <code title="(\w+) ([^"]+)">([\w.]+)\.<a href="[^"]*">(\w+)<\/a>\((.*?)\) -> (.*?)<\/code>\s*$/gm,
  )) {
    methods.push({
      endpoint: `${m[1]} ${m[2]}`,
      chain: `${m[3]}.${m[4]}`,
      args: stripTags(m[5]),
      returns: stripTags(m[6]),
    });
  }
  const types = new Map<string, string[]>();
  for (const block of apiMd.matchAll(/```python\n([\s\S]*?)```/g)) {
    for (const from of block[1].matchAll(/^from ([\w.]+) import (\(([^)]*)\)|.*)$/gm)) {
      for (const name of (from[3] ?? from[2]).split(',').map((n) => n.trim())) {
        if (name) types.set(name, [...(types.get(name) ?? []), from[1]]);
      }
    }
  }
  return { methods, types };
}

/** Expected against ours: the methods and types ours has the same, and the first differences. */
export function comparePythonApiMd(expectedMd: string, oursMd: string) {
  const expected = parsePythonApiMd(expectedMd);
  const ours = parsePythonApiMd(oursMd);
  const differences: string[] = [];
  let methods = 0;
  for (const method of expected.methods) {
    const same = ours.methods.filter((o) => o.endpoint === method.endpoint);
    const match = same.find((o) => o.chain === method.chain && o.args === method.args && o.returns === method.returns);
    if (match) methods++;
    else
      differences.push(
        `${method.endpoint}: expected ${method.chain}(${method.args}) -> ${method.returns}; ours ${
          same.map((o) => `${o.chain}(${o.args}) -> ${o.returns}`).join(' | ') || 'none'
        }`,
      );
  }
  let types = 0;
  let typeTotal = 0;
  for (const [name, modules] of expected.types) {
    for (const module of modules) {
      typeTotal++;
      if (ours.types.get(name)?.includes(module)) types++;
      else differences.push(`type ${module}.${name}: ours ${ours.types.get(name)?.join(', ') ?? 'none'}`);
    }
  }
  return { methods, methodTotal: expected.methods.length, types, typeTotal, differences };
}
