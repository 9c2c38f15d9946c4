// extensionTestsPath module: the extension host calls run() and treats a rejected promise as a failed run.
// mocha 11 (CommonJS): mocha 12 is ESM-only and `require('mocha')` no longer returns the Mocha class.
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

exports.run = () => {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000 });
  // TEST_FILTER (a regexp on file names, e.g. `9-`) runs only some files while working on them.
  const only = process.env.TEST_FILTER ? new RegExp(process.env.TEST_FILTER) : /./;
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js') && only.test(f)) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
};
