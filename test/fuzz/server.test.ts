import * as assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/lspClient';
import { FuzzFailure } from './checkCore';
import { checkServer, lineLengths, unknownCapabilities } from './checkServer';
import { loadCorpus } from './corpus';
import { randomInput } from './mutate';
import { Random } from './random';

describe('fuzz: language server over stdio (fixed seed)', function () {
  this.timeout(240_000);
  let server: TestServer;

  before(async () => {
    server = await startServer();
  });
  after(async () => server.stop());

  it('knows how to drive every capability the server advertises', () => {
    assert.deepEqual(unknownCapabilities(server.capabilities), [], 'add these to REQUESTS in test/fuzz/checkServer.ts');
    assert.ok(server.capabilities.hoverProvider && server.capabilities.codeLensProvider);
  });

  it('answers every advertised request on 60 mutated files in range and in time, and stays up', async () => {
    const corpus = loadCorpus();
    const seed = 20261125;
    let requests = 0;
    for (let index = 0; index < 60; index++) {
      const random = new Random((Math.imul(seed, 0x9e3779b1) + index) >>> 0);
      const input = randomInput(random, corpus, 0);
      try {
        requests += await checkServer(server, `file:///fuzz/${index}/Dockerfile`, input.text, random);
      } catch (error) {
        throw new FuzzFailure(`input ${index} (${input.recipe}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    assert.ok(requests >= 60 * 6, `only ${requests} requests`);
  });

  it('counts lines as LSP does (\\n, \\r\\n and lone \\r)', () => {
    assert.deepEqual(lineLengths('ab\ncd\r\ne\rf'), [2, 2, 1, 1]);
  });
});
