/**
 * The name api.md gives the client in its method lines. Stainless's Python SDKs mostly write `client.agents.list()`,
 * but some write the client as the README names it (`conductor.end_users.create()`: the variable of
 * `conductor = Conductor()`). The name is the first segment of the method lines' chains: the one most of them share
 * (all do, in Stainless's files); `client` when api.md lists no method.
 */
const METHOD_LINE = /^- <code title="\w+ [^"]+">([A-Za-z_]\w*)\./;

export function apiMdClientName(apiMd: string): string {
  const counts = new Map<string, number>();
  for (const line of apiMd.split('\n')) {
    const name = METHOD_LINE.exec(line)?.[1];
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = 'client';
  let most = 0;
  for (const [name, count] of counts) {
    if (count > most || (count === most && name === 'client')) {
      best = name;
      most = count;
    }
  }
  return best;
}
