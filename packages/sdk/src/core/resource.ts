import type { APIClient } from './request.js';

/** Base of every resource class: holds the shared transport. */
export abstract class APIResource {
  protected readonly _client: APIClient;

  constructor(client: APIClient) {
    this._client = client;
  }
}
