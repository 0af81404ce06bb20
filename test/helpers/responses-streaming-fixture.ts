/**
 * A streaming `responses.create` of Stainless's (its events read by the config's `streaming.on_event` rules), as the
 * migrate tests whose owners rewrote its request statement start from: the spec, the config and Stainless's module.
 */
import { HEADER } from './stainless-repository';

export const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/responses': {
      post: {
        operationId: 'createResponse',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['input'],
                properties: { input: { type: 'string' }, stream: { type: 'boolean' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ResponseObject' } },
              'text/event-stream': { schema: { $ref: '#/components/schemas/ResponseStreamEvent' } },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      ResponseObject: {
        type: 'object',
        required: ['id', 'output'],
        properties: { id: { type: 'string' }, output: { type: 'array', items: { type: 'string' } } },
      },
      ResponseStreamEvent: { type: 'object', required: ['type'], properties: { type: { type: 'string' } } },
    },
  },
};

export const CONFIG = `organization:
  name: acme
  docs: https://acme.test/docs
streaming:
  on_event:
    - data_starts_with: '[DONE]'
      handle: done
    - event_type: error
      handle: error
    - handle: yield
resources:
  responses:
    models:
      response_object: ResponseObject
      response_stream_event: ResponseStreamEvent
    methods:
      create:
        endpoint: post /responses
        streaming: { param_discriminator: stream }
targets:
  typescript:
    package_name: acme-sdk
`;

export const STAINLESS_RESPONSES = `${HEADER}import { APIResource } from '../core/resource';
import { APIPromise } from '../core/api-promise';
import { Stream } from '../core/streaming';
import { RequestOptions } from '../internal/request-options';

export class Responses extends APIResource {
  /**
   * Creates a response.
   */
  create(body: ResponseCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ResponseObject>;
  create(body: ResponseCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<ResponseStreamEvent>>;
  create(
    body: ResponseCreateParamsBase,
    options?: RequestOptions,
  ): APIPromise<Stream<ResponseStreamEvent> | ResponseObject>;
  create(
    body: ResponseCreateParams,
    options?: RequestOptions,
  ): APIPromise<ResponseObject> | APIPromise<Stream<ResponseStreamEvent>> {
    return this._client.post('/responses', { body, ...options, stream: body.stream ?? false }) as
      | APIPromise<ResponseObject>
      | APIPromise<Stream<ResponseStreamEvent>>;
  }
}

export interface ResponseObject {
  id: string;

  output: Array<string>;
}

export interface ResponseStreamEvent {
  type: string;
}

export type ResponseCreateParams = ResponseCreateParamsNonStreaming | ResponseCreateParamsStreaming;

export interface ResponseCreateParamsBase {
  input: string;

  stream?: boolean;
}

export interface ResponseCreateParamsNonStreaming extends ResponseCreateParamsBase {
  stream?: false;
}

export interface ResponseCreateParamsStreaming extends ResponseCreateParamsBase {
  stream: true;
}
`;
