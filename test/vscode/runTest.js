// Standard @vscode/test-electron entry point: `node test/vscode/runTest.js` (npm run test:vscode).
// Only vscodeExecutablePath differs from the usual template: vscode-shim.mjs (same folder) runs the suite in
// code-server + headless Chromium instead of a downloaded VS Code, which cannot be fetched offline.
// Set VSCODE_EXECUTABLE to a real VS Code binary to run the very same suite in desktop VS Code instead.
const path = require('path');
const { runTests } = require('@vscode/test-electron');

async function main() {
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || path.resolve(__dirname, 'vscode-shim.mjs'),
      extensionDevelopmentPath: path.resolve(__dirname, '../..'),
      extensionTestsPath: path.resolve(__dirname, './suite/index'),
      launchArgs: [path.resolve(__dirname, '../fixtures/workspace')], // folder to open
    });
  } catch (err) {
    console.error(err.message); // "Test run failed with code N"
    process.exit(1);
  }
}
main();
