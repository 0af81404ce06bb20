/**
 * A resource's imports of a subresource that is a package (`users/sessions/sessions.py`, itself with subresources):
 * before RESOURCE_MODULE_IMPORTS_SINCE (2024-12-14) Stainless imported its classes and wrappers from the package and
 * its two classes again from its module, as honcho-python of 2024-10 and 2024-11:
 *   from .sessions import (SessionsResource, AsyncSessionsResource, SessionsResourceWithRawResponse, …)
 *   from .sessions.sessions import SessionsResource, AsyncSessionsResource
 * From then on (honcho-python of 2024-12-16) all six from the module. A leaf subresource (`sessions/messages.py`) is
 * imported from its module in every era.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Chat, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /users:
    get:
      operationId: listUsers
      responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }
  /users/{user_id}/sessions:
    get:
      operationId: listSessions
      parameters: [{ name: user_id, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }
  /users/{user_id}/sessions/{session_id}/messages:
    get:
      operationId: listMessages
      parameters:
        - { name: user_id, in: path, required: true, schema: { type: string } }
        - { name: session_id, in: path, required: true, schema: { type: string } }
      responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }
`;

const CONFIG = `
organization: { name: chat }
targets:
  python: { package_name: chat_sdk }
resources:
  users:
    methods:
      list: get /users
    subresources:
      sessions:
        methods:
          list: get /users/{user_id}/sessions
        subresources:
          messages:
            methods:
              list: get /users/{user_id}/sessions/{session_id}/messages
`;

const WRAPPERS = [
  'SessionsResource',
  'AsyncSessionsResource',
  'SessionsResourceWithRawResponse',
  'AsyncSessionsResourceWithRawResponse',
  'SessionsResourceWithStreamingResponse',
  'AsyncSessionsResourceWithStreamingResponse',
];
const block = (from: string) => `from ${from} import (\n${WRAPPERS.map((name) => `    ${name},\n`).join('')})\n`;

describe("a subresource package's imports", () => {
  const byEra = pythonPackageByEra('subresource-imports', SPEC, CONFIG, 'chat_sdk');

  it('before 2024-12-14: the wrappers from the package, the two classes again from the module', async () => {
    const users = (await byEra('2024-10-10'))('resources/users/users.py');
    expect(users).toContain(block('.sessions'));
    expect(users).toContain('from .sessions.sessions import SessionsResource, AsyncSessionsResource\n');
  });

  it('from 2024-12-14 on: all six from the module, once', async () => {
    for (const era of ['2024-12-14', null]) {
      const users = (await byEra(era))('resources/users/users.py');
      expect(users, `era ${era}`).toContain(block('.sessions.sessions'));
      expect(users, `era ${era}`).not.toMatch(/^from \.sessions import/m);
    }
  });

  it('a leaf subresource from its module in every era', async () => {
    for (const era of ['2024-10-10', null]) {
      const sessions = (await byEra(era))('resources/users/sessions/sessions.py');
      expect(sessions, `era ${era}`).toMatch(/^from \.messages import \(\n {4}MessagesResource,/m);
      expect(sessions, `era ${era}`).not.toContain('.messages.messages');
    }
  });
});
