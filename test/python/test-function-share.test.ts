/**
 * test/helpers/test-share.ts's share by test function (the real configs' sweep, stainless-configs-python.test.ts):
 * at most its budget whatever the SDK's modules, every kind of test the SDK has, each function's kinds read from its
 * own decorators, signature and body.
 */
import { describe, expect, it } from 'vitest';
import { functionsIn, testFunctionShare, type TestFunction } from '../helpers/test-share';

const MODULE = `class TestUsers:
    parametrize = pytest.mark.parametrize("client", [False, True], indirect=True, ids=["loose", "strict"])

    @parametrize
    def test_method_list(self, client: Acme) -> None:
        user = client.users.list()
        assert_matches_type(SyncPage[User], user, path=["response"])

    @parametrize
    @pytest.mark.respx(base_url=base_url)
    def test_method_avatar(self, client: Acme, respx_mock: MockRouter) -> None:
        avatar = client.users.avatar("id")
        assert avatar is None


class TestAsyncUsers:
    @parametrize
    async def test_path_params_avatar(self, async_client: AsyncAcme) -> None:
        pass
`;

const plain = (i: number): TestFunction => ({
  id: `tests/api_resources/test_m.py::TestM::test_method_f${i}`,
  kinds: [],
});

describe('the share of test functions run against Prism', () => {
  it("reads each function's id and kinds from its own text, decorators included", () => {
    expect(functionsIn('tests/api_resources/test_users.py', MODULE)).toEqual([
      { id: 'tests/api_resources/test_users.py::TestUsers::test_method_list', kinds: ['a page'] },
      {
        id: 'tests/api_resources/test_users.py::TestUsers::test_method_avatar',
        kinds: ['a response with no body', 'a binary response (mocked with respx)'],
      },
      {
        id: 'tests/api_resources/test_users.py::TestAsyncUsers::test_path_params_avatar',
        kinds: ['a path param checked for emptiness'],
      },
    ]);
  });

  it('takes every k-th function, at most the budget, and all of a small SDK', () => {
    const functions = Array.from({ length: 100 }, (_, i) => plain(i));
    const share = testFunctionShare(functions, 20);
    expect(share).toHaveLength(20);
    expect(share.slice(0, 3).map((fn) => fn.id)).toEqual([0, 5, 10].map((i) => plain(i).id));
    expect(testFunctionShare(functions.slice(0, 7), 20)).toHaveLength(7);
  });

  it('adds the first function of each kind the stride missed, still within the budget', () => {
    const functions = Array.from({ length: 100 }, (_, i) => plain(i));
    functions[7] = { ...functions[7], kinds: ['a page'] };
    functions[33] = { ...functions[33], kinds: ['a file or raw body sent'] };
    const share = testFunctionShare(functions, 20);
    expect(share.length).toBeLessThanOrEqual(20);
    expect(share.map((fn) => fn.id)).toEqual(expect.arrayContaining([functions[7].id, functions[33].id]));
    // In the SDK's order, each once.
    expect(share).toEqual(functions.filter((fn) => share.includes(fn)));
  });
});
