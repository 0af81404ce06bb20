import type { BaseClient } from './base-client.js';

/** Base class of the generated resource classes (`client.servers`, `client.servers.releases`…). */
export class APIResource {
  protected _client: BaseClient;

  constructor(client: BaseClient) {
    this._client = client;
  }
}
