/**
 * test/helpers/test-share.ts: the share of a generated SDK's test modules the large corpus runs against Prism is
 * deterministic, about its budget, and holds every kind of test the SDK has.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unexpectedOutcomes, type PytestCase } from '../helpers/python';
import { testModules, testShare, type TestModule } from '../helpers/test-share';
import { tempDir } from '../helpers/sdk';

const plain = (i: number): TestModule => ({
  file: `tests/api_resources/test_m${String(i).padStart(2, '0')}.py`,
  cases: 10,
  kinds: [],
});

describe('the share of test modules run against Prism', () => {
  it('takes every k-th module, k from the budget', () => {
    const modules = Array.from({ length: 20 }, (_, i) => plain(i));
    const share = testShare(modules, 50);
    expect(share.map((m) => m.file)).toEqual([0, 4, 8, 12, 16].map((i) => plain(i).file));
    expect(testShare(modules, 1000)).toHaveLength(20);
  });

  it('adds the first module of each kind the stride missed', () => {
    const modules = Array.from({ length: 20 }, (_, i) => plain(i));
    modules[7] = { ...modules[7], kinds: ['a binary response (mocked with respx)'] };
    modules[9] = { ...modules[9], kinds: ['a binary response (mocked with respx)', 'a page'] };
    const share = testShare(modules, 50).map((m) => m.file);
    expect(share).toContain(modules[7].file);
    expect(share).toContain(modules[9].file);
    expect(share).toHaveLength(7);
  });

  describe('reads the modules of a generated SDK', () => {
    const dir = tempDir('sdkgen-test-share');
    it('in path order, with their test functions and kinds', () => {
      const tests = path.join(dir, 'tests', 'api_resources');
      mkdirSync(path.join(tests, 'users'), { recursive: true });
      writeFileSync(
        path.join(tests, 'test_users.py'),
        '    def test_method_list(self) -> None:\n        assert_matches_type(SyncPage[User], user)\n    async def test_method_list(self) -> None:\n        pass\n',
      );
      writeFileSync(
        path.join(tests, 'users', 'test_avatar.py'),
        '    @pytest.mark.respx()\n    def test_method_get(self) -> None:\n        assert avatar is None\n',
      );
      writeFileSync(path.join(tests, 'users', '__init__.py'), '');
      expect(testModules(dir)).toEqual([
        { file: 'tests/api_resources/test_users.py', cases: 2, kinds: ['a page'] },
        {
          file: 'tests/api_resources/users/test_avatar.py',
          cases: 1,
          kinds: ['a response with no body', 'a binary response (mocked with respx)'],
        },
      ]);
    });
  });

  it('matches known failures by a part of the case id, `*` standing for any text', () => {
    const failed = (id: string): PytestCase => ({ id, base: id, outcome: 'failed', message: 'Error code: 400\n…' });
    const cases = [
      failed('tests/api_resources/test_o.py::TestO::test_method_create_with_all_params[strict]'),
      failed('tests/api_resources/test_o.py::TestAsyncO::test_method_create_with_all_params[strict]'),
      failed('tests/api_resources/test_p.py::TestP::test_method_list[strict]'),
    ];
    const known = [
      { cases: 'test_o.py::*_with_all_params[', reason: 'r' },
      { cases: 'test_q.py::', reason: 'r' },
    ];
    expect(unexpectedOutcomes(cases, known)).toEqual({
      unexpected: ['tests/api_resources/test_p.py::TestP::test_method_list[strict]: Error code: 400'],
      stale: ['test_q.py::'],
    });
  });
});
