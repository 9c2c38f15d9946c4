// extensionTestsPath module: the extension host calls run() and treats a rejected promise as a failed run.
// mocha 11 (CommonJS): mocha 12 is ESM-only and `require('mocha')` no longer returns the Mocha class.
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

exports.run = () => {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000 });
  // LAYERWISE_VSCODE_FILES (a substring of file names) and LAYERWISE_VSCODE_GREP (of test titles) narrow a run.
  const files = process.env.LAYERWISE_VSCODE_FILES;
  if (process.env.LAYERWISE_VSCODE_GREP) mocha.grep(process.env.LAYERWISE_VSCODE_GREP);
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js') && (!files || f.includes(files))) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
};
