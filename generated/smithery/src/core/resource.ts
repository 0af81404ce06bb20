import type { SmitheryCore } from '../client-core.js';

/**
 * Base class of the generated resource classes (`client.servers`, `client.servers.releases`…). `_client` is the
 * SDK's client without its resources, which holds every client option (`this._client.apiKey`), so that a resource
 * may be built on a `SmitheryCore` for smaller bundles.
 */
export class APIResource {
  protected _client: SmitheryCore;

  constructor(client: SmitheryCore) {
    this._client = client;
  }
}
