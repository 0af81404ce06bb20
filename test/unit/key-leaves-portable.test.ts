import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyLeaves } from '../../generator/emit/key-leaves';
import type { Api } from '../../generator/ir/types';

const leavesFor = (file: string) => new KeyLeaves({ source: { file } } as unknown as Api);

/** An IR text as a run given `root` as the spec's path writes it: ids and the source name the root, docs may too. */
const irText = (root: string) =>
  JSON.stringify({
    id: `${root}#/components/schemas/Pet`,
    file: root,
    description: 'Described in petstore.yaml; the mock server reads mock/petstore.yaml.',
  });

describe('portable keys', () => {
  it('are the same whichever way the spec path was spelt, names inside other texts kept', () => {
    const absolute = path.resolve('petstore.yaml');
    const bare = leavesFor('petstore.yaml');
    const whole = leavesFor(absolute);
    expect(bare.digest(irText('petstore.yaml'))).toBe(whole.digest(irText(absolute)));
    expect(bare.portable(irText('petstore.yaml'))).toContain('mock/petstore.yaml');
    expect(bare.portable(irText('petstore.yaml'))).not.toContain('"petstore.yaml');
  });

  it('still tell apart texts that differ outside the root', () => {
    const leaves = leavesFor('petstore.yaml');
    expect(leaves.digest(irText('petstore.yaml'))).not.toBe(
      leaves.digest(irText('petstore.yaml').replace('Pet', 'Cat')),
    );
  });
});
