/**
 * Where changes are collected. Comparers describe *where* they are (`Where`: a method, a named type,
 * the client) and *what* changed; the sink looks up the classification in the rule table and builds
 * the `Change`.
 */
import type { SourceRef } from '../ir/types';
import { classify, type RuleContext } from './classify';
import type { Change, ChangeKind, Direction } from './model';

export interface Where {
  group: string;
  resource: string | null;
  method: string | null;
  type: string | null;
  /** Head of the location: "servers.releases.get", "type Server", "client". */
  head: string;
  affects: string[];
  source: { old: SourceRef | null; new: SourceRef | null };
}

export interface ChangeDetails {
  direction?: Direction | null;
  before?: string | null;
  after?: string | null;
  ctx?: RuleContext;
  /** Overrides `where.source` (e.g. a parameter's own pointer). */
  source?: { old: SourceRef | null; new: SourceRef | null };
}

export class ChangeSink {
  readonly changes: Change[] = [];

  add(kind: ChangeKind, where: Where, path: string, message: string, details: ChangeDetails = {}): Change {
    const direction = details.direction ?? null;
    const rule = classify(kind, direction, details.ctx);
    const change: Change = {
      kind,
      classification: rule.classification,
      reason: rule.reason,
      message,
      group: where.group,
      resource: where.resource,
      method: where.method,
      type: where.type,
      location: path ? `${where.head} › ${path}` : where.head,
      direction,
      before: details.before ?? null,
      after: details.after ?? null,
      affects: where.affects,
      source: details.source ?? where.source,
    };
    this.changes.push(change);
    return change;
  }
}

/** Append a property key to a location path, quoting keys that are not identifiers. */
export function joinKey(path: string, key: string): string {
  const part = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (!path) return part;
  return part.startsWith('"') ? `${path}[${part}]` : `${path}.${part}`;
}
