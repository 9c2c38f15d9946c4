/**
 * Entry of dist/server.js, which holds both halves of the extension: run as a program (`node dist/server.js`,
 * or forked by the client) it is the language server; required by dist/client.js in the extension host it
 * is the client. Both halves share vscode-jsonrpc and the protocol types, so one bundle is ~30 KB smaller
 * zipped than two. `require` keeps each half lazy: the extension host never runs the server's modules.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
if (require.main === module) require('./server');
else module.exports = require('../../client/src/extension');
