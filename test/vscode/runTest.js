// Standard @vscode/test-electron entry point: `node test/vscode/runTest.js` (npm run test:vscode).
// Only vscodeExecutablePath differs from the usual template: vscode-shim.mjs (same folder) runs the suite in
// code-server + headless Chromium instead of a downloaded VS Code, which cannot be fetched offline.
// Set VSCODE_EXECUTABLE to a real VS Code binary to run the very same suite in desktop VS Code instead.
// The real-engine tests (9-real-engine.test.js) need a Docker engine: a private dockerd (scripts/dockerd.sh) is
// started here, reached through DOCKER_HOST by the extension host and the language server, and stopped (its
// containers removed, its directory deleted) when the run ends. Where it cannot start, those tests are skipped
// with the reason. LAYERWISE_VSCODE_ENGINE=0 leaves it out (LAYERWISE_VSCODE_FILES narrows the files).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const DOCKERD = path.resolve(__dirname, '../../scripts/dockerd.sh');

/** Starts the private engine; returns { dir, dockerHost } or { skip: reason }. */
function startEngine() {
  if (process.env.LAYERWISE_VSCODE_ENGINE === '0') return { skip: 'LAYERWISE_VSCODE_ENGINE=0' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-vscode-engine-'));
  const started = spawnSync('bash', [DOCKERD, 'start', dir], { encoding: 'utf8', timeout: 600_000 });
  if (started.status !== 0) {
    spawnSync('bash', [DOCKERD, 'stop', dir]);
    const reason = `${started.stderr || ''}${started.stdout || ''}`.trim().split('\n').pop();
    return { skip: reason || `dockerd.sh exited with ${started.status}` };
  }
  return { dir, dockerHost: `unix://${dir}/docker.sock` };
}

function stopEngine(engine) {
  if (!engine.dir) return;
  const stopped = spawnSync('bash', [DOCKERD, 'stop', engine.dir], { encoding: 'utf8', timeout: 120_000 });
  if (stopped.status !== 0 || fs.existsSync(engine.dir)) console.error(`could not stop the private dockerd in ${engine.dir}: ${stopped.stderr}`);
}

async function main() {
  const engine = startEngine();
  const stopOnSignal = (signal) => {
    stopEngine(engine);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  if (engine.skip) console.log(`real-engine VS Code tests will be skipped: ${engine.skip}`);
  else console.log(`private Docker engine for the VS Code tests: ${engine.dockerHost}`);
  // The shim's runner starts code-server with this process's environment: the extension host and the
  // language server it spawns reach the private engine through DOCKER_HOST.
  if (engine.dockerHost) process.env.DOCKER_HOST = engine.dockerHost;
  else process.env.LAYERWISE_TEST_ENGINE_SKIP = engine.skip;
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || path.resolve(__dirname, 'vscode-shim.mjs'),
      extensionDevelopmentPath: path.resolve(__dirname, '../..'),
      extensionTestsPath: path.resolve(__dirname, './suite/index'),
      launchArgs: [path.resolve(__dirname, '../fixtures/workspace')], // folder to open
      // For a desktop VS Code (VSCODE_EXECUTABLE), which passes only this to the extension host.
      extensionTestsEnv: engine.dockerHost ? { DOCKER_HOST: engine.dockerHost } : { LAYERWISE_TEST_ENGINE_SKIP: engine.skip },
    });
  } catch (err) {
    console.error(err.message); // "Test run failed with code N"
    process.exitCode = 1;
  } finally {
    stopEngine(engine);
  }
}
main();
