import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveEngineEndpoint, type HostEnvironment } from '../../../server/src/engine/dockerHost';

describe('Docker engine endpoint', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'layerwise-home-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  const host = (env: Record<string, string>, platform: NodeJS.Platform = 'linux'): HostEnvironment => ({ env, home, platform });

  function addContext(name: string, endpoint: string, current: boolean): void {
    const meta = join(home, '.docker', 'contexts', 'meta', createHash('sha256').update(name).digest('hex'));
    mkdirSync(meta, { recursive: true });
    writeFileSync(join(meta, 'meta.json'), JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: endpoint, SkipTLSVerify: false } } }));
    if (current) writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ auths: {}, currentContext: name }));
  }

  it('uses DOCKER_HOST first: unix, tcp, npipe', () => {
    assert.deepEqual(resolveEngineEndpoint(host({ DOCKER_HOST: 'unix:///run/user/1000/podman/podman.sock' })), {
      kind: 'socket', socketPath: '/run/user/1000/podman/podman.sock', label: 'unix:///run/user/1000/podman/podman.sock',
    });
    assert.deepEqual(resolveEngineEndpoint(host({ DOCKER_HOST: 'tcp://10.0.0.5:2375' })), { kind: 'tcp', host: '10.0.0.5', port: 2375, tls: null, label: 'tcp://10.0.0.5:2375' });
    assert.deepEqual(resolveEngineEndpoint(host({ DOCKER_HOST: 'npipe:////./pipe/docker_engine' })), {
      kind: 'socket', socketPath: '\\\\.\\pipe\\docker_engine', label: 'npipe:////./pipe/docker_engine',
    });
  });

  it('turns on TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, default port 2376', () => {
    const endpoint = resolveEngineEndpoint(host({ DOCKER_HOST: 'tcp://docker.example', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }));
    assert.deepEqual(endpoint, {
      kind: 'tcp', host: 'docker.example', port: 2376, label: 'tcp://docker.example',
      tls: { ca: join('/certs', 'ca.pem'), cert: join('/certs', 'cert.pem'), key: join('/certs', 'key.pem'), verify: true },
    });
  });

  it('uses the current docker context when DOCKER_HOST is unset', () => {
    addContext('colima', `unix://${home}/.colima/docker.sock`, true);
    assert.equal(resolveEngineEndpoint(host({})).label, `unix://${home}/.colima/docker.sock`);
  });

  it('lets DOCKER_CONTEXT pick another context, and DOCKER_CONFIG move the config folder', () => {
    addContext('colima', 'unix:///a.sock', true);
    addContext('remote', 'tcp://192.168.1.9:2375', false);
    assert.equal(resolveEngineEndpoint(host({ DOCKER_CONTEXT: 'remote' })).label, 'tcp://192.168.1.9:2375');
    assert.equal(resolveEngineEndpoint(host({ DOCKER_CONFIG: join(home, 'elsewhere') })).label, 'unix:///var/run/docker.sock');
  });

  it('falls back to the default socket, or the named pipe on Windows', () => {
    assert.equal(resolveEngineEndpoint(host({})).label, 'unix:///var/run/docker.sock');
    addContext('default', 'unix:///ignored.sock', true);
    assert.equal(resolveEngineEndpoint(host({})).label, 'unix:///var/run/docker.sock');
    assert.equal(resolveEngineEndpoint(host({}, 'win32')).label, 'npipe:////./pipe/docker_engine');
  });

  it('says clearly what it cannot use', () => {
    assert.throws(() => resolveEngineEndpoint(host({ DOCKER_HOST: 'ssh://me@box' })), /ssh:\/\/ endpoints are not supported/);
    assert.throws(() => resolveEngineEndpoint(host({ DOCKER_CONTEXT: 'gone' })), /docker context "gone" has no Docker endpoint/);
  });
});
