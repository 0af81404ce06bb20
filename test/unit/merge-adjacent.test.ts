/**
 * write/merge.ts on changes of the two sides that touch without overlapping: a pure insertion of one side right before
 * or right after the lines the other side changed is taken with that change (the result does not depend on which is
 * made first), where `git merge-file` marks a conflict. Two insertions at the same point, changes of lines next to each
 * other, and overlapping changes stay conflicts.
 */
import { describe, expect, it } from 'vitest';
import { edit, file, mergeBothWays } from '../helpers/merge-cases';

describe('mergeThreeWay: an insertion next to the other side’s change', () => {
  // An api.md-like reference: level-1 headings, one section per resource.
  const apiMd = file(
    '# Shared Types',
    '',
    'Types: Metadata',
    '',
    '# Files',
    '',
    'Methods: client.files.get()',
    '',
    '# Dummy',
    '',
    'Methods: client.dummy.create()',
    '',
    '# Webhooks',
    '',
    'Types: Event',
  );
  const dummy = [8, 12]; // `# Dummy` … the blank line after it
  const probe = ['# Probes', '', 'Methods: client.probes.retrieve()', ''];

  it('takes a section deleted by the person and a section the generator inserts right before it', () => {
    const ours = edit(apiMd, dummy[0], dummy[1], []);
    const theirs = edit(apiMd, dummy[0], dummy[0], probe);
    const merged = mergeBothWays(apiMd, ours, theirs);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(apiMd, dummy[0], dummy[1], probe));
  });

  it('takes lines deleted by one side and lines the other inserts right after them', () => {
    const ours = edit(apiMd, dummy[0], dummy[1], []);
    const theirs = edit(apiMd, dummy[1], dummy[1], probe);
    const merged = mergeBothWays(apiMd, ours, theirs);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(apiMd, dummy[0], dummy[1], probe));
  });

  // A Python client's imports for type checkers, with the owners' lines between two that sdkgen wrote.
  const client = file(
    'from typing import TYPE_CHECKING',
    '',
    'if TYPE_CHECKING:',
    '    from .resources import sessions',
    '    from .resources.sessions import SessionsResource, AsyncSessionsResource',
    '',
    'class Client:',
    '    pass',
  );
  const owners = ['    from .custom import helpers  # the owners’ own', '    from .custom.helpers import Helpers'];

  it('takes the person’s lines inserted right after a line the generator changed', () => {
    const ours = edit(client, 4, 4, owners);
    const theirs = edit(
      edit(client, 5, 5, ['    from .resources.probes import ProbesResource, AsyncProbesResource']),
      3,
      4,
      ['    from .resources import probes, sessions'],
    );
    const merged = mergeBothWays(client, ours, theirs);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(
      file(
        'from typing import TYPE_CHECKING',
        '',
        'if TYPE_CHECKING:',
        '    from .resources import probes, sessions',
        ...owners,
        '    from .resources.sessions import SessionsResource, AsyncSessionsResource',
        '    from .resources.probes import ProbesResource, AsyncProbesResource',
        '',
        'class Client:',
        '    pass',
      ),
    );
  });

  it('takes the person’s lines inserted right before a line the generator changed', () => {
    const ours = edit(client, 4, 4, owners);
    const theirs = edit(client, 4, 5, ['    from .resources.sessions import SessionsResource']);
    const merged = mergeBothWays(client, ours, theirs);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(
      edit(edit(client, 4, 5, ['    from .resources.sessions import SessionsResource']), 4, 4, owners),
    );
  });

  it('still marks two insertions at the same point as a conflict', () => {
    const ours = edit(client, 4, 4, owners);
    const theirs = edit(client, 4, 4, ['    from .resources import probes']);
    const merged = mergeBothWays(client, ours, theirs);
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toContain(
      `<<<<<<< your edits\n${file(...owners)}=======\n    from .resources import probes\n>>>>>>> sdkgen (regenerated)\n`,
    );
  });

  it('still marks changes of lines next to each other, and overlapping changes, as conflicts', () => {
    const ours = edit(client, 3, 4, ['    from .resources import sessions  # kept']);
    const next = edit(client, 4, 5, ['    from .resources.sessions import SessionsResource']);
    expect(mergeBothWays(client, ours, next).conflicts).toBe(1);
    const overlapping = edit(client, 3, 5, ['    from .resources import everything']);
    expect(mergeBothWays(client, ours, overlapping).conflicts).toBe(1);
  });

  it('takes the person’s lines inserted right before lines the generator deleted', () => {
    const removed = edit(client, 4, 5, []);
    const inserted = edit(client, 4, 4, owners);
    expect(mergeBothWays(client, inserted, removed)).toEqual({ text: edit(removed, 4, 4, owners), conflicts: 0 });
  });
});
