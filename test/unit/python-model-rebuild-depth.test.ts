/**
 * The `model_rebuild` block of `types/__init__.py` names a model by its module's path from `types`: only modules the
 * package has loaded by then can be named (a module of `types`, or of one of its packages). A deeper module's package
 * is not imported yet (vercel's `v6/deployments/file_tree.py`, appcenter's `apps/crash_groups/crash.py`): naming it
 * failed the import with an AttributeError.
 */
import { describe, expect, it } from 'vitest';
import { typesInitRebuild } from '../../generator/emit/python/types/model-rebuild';
import type { PyNamedType } from '../../generator/emit/python/types/model';

const model = (module: string, name: string) => ({ module, name }) as unknown as PyNamedType;

describe('the model_rebuild block of types/__init__.py', () => {
  it('names models of types and of its packages, not of deeper packages', () => {
    const { imports, block } = typesInitRebuild(
      [
        model('types/shared/thread', 'Thread'),
        model('types/workflow', 'Workflow'),
        model('types/v6/deployments/file_tree', 'FileTree'),
      ],
      'init-v1-first',
    );
    const text = block.join('\n');
    expect(text).toContain('shared.thread.Thread.model_rebuild(_parent_namespace_depth=0)');
    expect(text).toContain('workflow.Workflow.model_rebuild(_parent_namespace_depth=0)');
    expect(text).not.toContain('FileTree');
    expect(imports[0]).toEqual({ module: '.', names: ['shared', 'workflow'] });
  });

  it('writes nothing when every model is in a deeper package', () => {
    expect(typesInitRebuild([model('types/v6/deployments/file_tree', 'FileTree')], 'init-v1-first')).toEqual({
      imports: [],
      block: [],
    });
  });
});
