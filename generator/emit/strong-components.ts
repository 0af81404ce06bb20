/**
 * The strongly connected components of a reference graph (schemas that refer to each other: a cycle), for the
 * regeneration keys of both targets: a component's members share one hash.
 */

/** A member of a component: its id and the ids it refers to. */
export interface ComponentMember {
  id: string;
  refs: readonly string[];
}

interface Visit extends ComponentMember {
  /** Its place in the walk's order, and the lowest place of an open node it reaches. */
  index: number;
  low: number;
  /** Its next reference to follow. */
  next: number;
}

/**
 * Tells `finish` each component `root` reaches that `finished` does not know yet, each after every component it
 * refers to outside itself (Tarjan's algorithm finishes a component after those it reaches). Without recursion: a
 * spec's schemas may refer to each other in a chain thousands long.
 */
export function finishComponents(
  root: string,
  referencesOf: (id: string) => readonly string[],
  finished: (id: string) => boolean,
  finish: (members: ComponentMember[]) => void,
): void {
  const visits = new Map<string, Visit>();
  // The visits whose component is not finished yet, and the walk's path.
  const open: Visit[] = [];
  const walk: Visit[] = [];
  const enter = (id: string) => {
    const visit = { id, refs: referencesOf(id), index: visits.size, low: visits.size, next: 0 };
    visits.set(id, visit);
    open.push(visit);
    walk.push(visit);
  };
  enter(root);
  while (walk.length > 0) {
    const visit = walk[walk.length - 1];
    if (visit.next < visit.refs.length) {
      const ref = visit.refs[visit.next++];
      if (finished(ref)) continue;
      const met = visits.get(ref);
      if (!met) enter(ref);
      // (Met and its component not finished: it is open, on the way to `visit`.)
      else visit.low = Math.min(visit.low, met.index);
      continue;
    }
    walk.pop();
    if (visit.low === visit.index) finish(open.splice(open.lastIndexOf(visit)));
    else walk[walk.length - 1].low = Math.min(walk[walk.length - 1].low, visit.low);
  }
}
