// The client must load where there is no DOM: Node, server rendering.
import assert from 'node:assert/strict';
import {test} from 'node:test';

test('the built client imports under Node without a DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const client = await import('@va-auth-status/status-client');
  assert.equal(typeof client.resolveStatus, 'function');
  assert.equal(typeof client.createStatusClient, 'function');
});
