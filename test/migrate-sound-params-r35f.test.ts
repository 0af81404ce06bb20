/**
 * A carried Python function body that reads a parameter (or local) of the owners' version of the function whose line
 * found no place in sdkgen's is not written: called, it would raise NameError. A name the function binds, its
 * enclosing function binds or the module binds is sound.
 */
import { describe, expect, it } from 'vitest';
import { soundCarried } from '../generator/migrate/python/soundness/sound-module';
import { lostFunctionNames } from '../generator/migrate/python/soundness/function-scopes';

const OWNERS = [
  'from typing import Any',
  '',
  'DEFAULT = 1',
  '',
  '',
  'class SessionsResource:',
  '    def chat(self, session_id: str, *, messages: Any, stream: bool = False) -> Any:',
  '        headers = {"X": "1"}',
  '        if stream is True:',
  '            headers = {**headers, "Accept": "text/event-stream"}',
  '            return self._post(f"/sessions/{session_id}/chat", body={"messages": messages}, stream=True)',
  '        return self._post(f"/sessions/{session_id}/chat", body={"messages": messages}, headers=headers)',
  '',
  '    def render(self, session_id: str) -> Any:',
  '        return self._post(f"/sessions/{session_id}/render", stream=False)',
  '',
].join('\n');

const SDKGEN = [
  'from typing import Any',
  '',
  'DEFAULT = 1',
  '',
  '',
  'class SessionsResource:',
  '    def chat(self, session_id: str, *, messages: Any) -> Any:',
  '        headers = {"X": "1"}',
  '        return self._post(f"/sessions/{session_id}/chat", body={"messages": messages}, headers=headers)',
  '',
  '    def render(self, session_id: str) -> Any:',
  '        return self._post(f"/sessions/{session_id}/render", stream=False)',
  '',
].join('\n');

/** sdkgen's module with the owners' streaming branch carried, their `stream` parameter not. */
const CARRIED_WITHOUT_PARAMETER = SDKGEN.replace(
  '        headers = {"X": "1"}\n',
  '        headers = {"X": "1"}\n' +
    '        if stream is True:\n' +
    '            headers = {**headers, "Accept": "text/event-stream"}\n' +
    '            return self._post(f"/sessions/{session_id}/chat", body={"messages": messages}, stream=True)\n',
);

describe("a carried function reading a parameter only the owners' version has", () => {
  it('is broken, naming the function and the name', () => {
    expect(lostFunctionNames(CARRIED_WITHOUT_PARAMETER, OWNERS, SDKGEN)).toEqual(['SessionsResource.chat: stream']);
    const sound = soundCarried(OWNERS, CARRIED_WITHOUT_PARAMETER, SDKGEN);
    expect(sound.kind).toBe('broken');
    expect(sound.kind === 'broken' && sound.reason).toContain('`stream` in `SessionsResource.chat`');
  });

  it('is sound where the signature hunk was carried too', () => {
    const carried = CARRIED_WITHOUT_PARAMETER.replace(
      'messages: Any) -> Any',
      'messages: Any, stream: bool = False) -> Any',
    );
    expect(lostFunctionNames(carried, OWNERS, SDKGEN)).toEqual([]);
    expect(soundCarried(OWNERS, carried, SDKGEN).kind).toBe('sound');
  });

  it("counts a call's keyword, a module name and an enclosing function's name as no read of a lost name", () => {
    // `stream=False` in render is a keyword; DEFAULT is the module's; `limit` is bound by the enclosing function.
    const owners = OWNERS.replace(
      '    def render(self, session_id: str) -> Any:\n',
      '    def render(self, session_id: str, limit: int = DEFAULT) -> Any:\n        def inner() -> int:\n            return limit\n\n',
    );
    const carried = SDKGEN.replace(
      '    def render(self, session_id: str) -> Any:\n',
      '    def render(self, session_id: str, limit: int = DEFAULT) -> Any:\n        def inner() -> int:\n            return limit\n\n',
    );
    expect(lostFunctionNames(carried, owners, SDKGEN)).toEqual([]);
  });

  it("leaves alone a name sdkgen's own function reads so", () => {
    // sdkgen's module reads `stream` unbound in chat already: no edit of the owners' lost it.
    const target = SDKGEN.replace('headers=headers)', 'headers=headers, flag=stream)');
    expect(lostFunctionNames(target, OWNERS, target)).toEqual([]);
  });
});
