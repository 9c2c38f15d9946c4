/** Finding `.hadolint.yaml` (RULES.md §3.1) and the context's `.dockerignore`, on a real temporary tree. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dockerignoreFor, findNearestConfig, locateConfig, readConfig, userConfigLocations } from '../../../server/src/lsp/configFiles';

describe('config file discovery', () => {
  let root: string;
  const write = (name: string, text = '') => {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-config-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('takes the nearest .hadolint.yaml or .yml walking up, and stops at the workspace root', () => {
    const top = write('.hadolint.yaml');
    const nested = write('ws/svc/.hadolint.yml');
    write('ws/svc/api/Dockerfile');
    assert.equal(findNearestConfig(path.join(root, 'ws/svc/api'), path.join(root, 'ws')), nested);
    fs.rmSync(nested);
    assert.equal(findNearestConfig(path.join(root, 'ws/svc/api'), path.join(root, 'ws')), null, 'above the workspace root is not searched');
    assert.equal(findNearestConfig(path.join(root, 'ws/svc/api'), null), top);
  });

  it('prefers an explicit path, then the nearest file, then the user locations', () => {
    const user = write('home/.hadolint.yaml');
    const dockerfile = write('ws/Dockerfile');
    assert.equal(locateConfig(dockerfile, 'conf/h.yaml', path.join(root, 'ws'), [user]), path.join(root, 'ws/conf/h.yaml'));
    assert.equal(locateConfig(dockerfile, null, path.join(root, 'ws'), [user]), user);
    const near = write('ws/.hadolint.yaml');
    assert.equal(locateConfig(dockerfile, null, path.join(root, 'ws'), [user]), near);
  });

  it("lists hadolint's user locations in its order", () => {
    assert.deepEqual(userConfigLocations({ XDG_CONFIG_HOME: '/x' }, '/h'), ['/x/hadolint.yaml', '/h/.config/hadolint.yaml', '/h/.hadolint/hadolint.yaml', '/h/hadolint/config.yaml', '/h/.hadolint.yaml']);
  });

  it('reports an unreadable config as a problem, not a throw', () => {
    const loaded = readConfig(path.join(root, 'missing.yaml'));
    assert.equal(loaded.problems[0].severity, 'error');
    assert.match(loaded.problems[0].message, /Cannot read .*ENOENT/);
  });

  it('reads <Dockerfile>.dockerignore before .dockerignore, and null when neither exists', () => {
    const dockerfile = write('app/api.Dockerfile');
    assert.equal(dockerignoreFor(dockerfile), null);
    write('app/.dockerignore', 'shared');
    assert.equal(dockerignoreFor(dockerfile), 'shared');
    write('app/api.Dockerfile.dockerignore', 'own');
    assert.equal(dockerignoreFor(dockerfile), 'own');
  });
});
