/**
 * Where the Docker Engine API listens, found as the docker CLI finds it: `DOCKER_HOST`, else the current
 * context (`DOCKER_CONTEXT`, else `currentContext` of `~/.docker/config.json`, its endpoint in
 * `contexts/meta/<sha256 of name>/meta.json`), else the default socket. Podman's Docker-compatible socket
 * is used the same way through `DOCKER_HOST` or a context.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isRecord } from '../core/image';
import { ImageSourceError } from './errors';

export interface TlsFiles {
  ca?: string;
  cert?: string;
  key?: string;
  verify: boolean;
}

export type EngineEndpoint =
  | { kind: 'socket'; socketPath: string; label: string }
  | { kind: 'tcp'; host: string; port: number; tls: TlsFiles | null; label: string };

export interface HostEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  platform: NodeJS.Platform;
}

export const processHostEnvironment = (): HostEnvironment => ({ env: process.env, home: homedir(), platform: process.platform });

export function resolveEngineEndpoint(host: HostEnvironment): EngineEndpoint {
  const fromEnv = host.env.DOCKER_HOST;
  if (fromEnv) return parseHost(fromEnv, tlsFromEnv(host.env));
  const context = currentContext(host);
  if (context && context !== 'default') return contextEndpoint(host, context);
  return host.platform === 'win32'
    ? { kind: 'socket', socketPath: '\\\\.\\pipe\\docker_engine', label: 'npipe:////./pipe/docker_engine' }
    : { kind: 'socket', socketPath: '/var/run/docker.sock', label: 'unix:///var/run/docker.sock' };
}

export function parseHost(text: string, tls: TlsFiles | null): EngineEndpoint {
  const unix = /^unix:\/\/(.+)$/.exec(text);
  if (unix) return { kind: 'socket', socketPath: unix[1], label: text };
  const pipe = /^npipe:\/\/(.+)$/.exec(text);
  if (pipe) return { kind: 'socket', socketPath: pipe[1].replace(/\//g, '\\'), label: text };
  const tcp = /^(?:tcp|http|https):\/\/\[?([^\]/]+?)\]?(?::(\d+))?\/?$/.exec(text);
  if (tcp) {
    const secure = tls !== null || text.startsWith('https:');
    return { kind: 'tcp', host: tcp[1], port: Number(tcp[2] ?? (secure ? 2376 : 2375)), tls: secure ? (tls ?? { verify: false }) : null, label: text };
  }
  if (text.startsWith('ssh://')) throw new ImageSourceError(`Docker host ${text}: ssh:// endpoints are not supported; forward the socket and set DOCKER_HOST=unix://…`);
  throw new ImageSourceError(`Docker host ${text}: expected unix://, npipe:// or tcp://`);
}

function tlsFromEnv(env: HostEnvironment['env']): TlsFiles | null {
  const verify = env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '' && env.DOCKER_TLS_VERIFY !== '0';
  if (!verify && !env.DOCKER_CERT_PATH) return null;
  const dir = env.DOCKER_CERT_PATH ?? '';
  return dir ? { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem'), verify } : { verify };
}

function configDir(host: HostEnvironment): string {
  return host.env.DOCKER_CONFIG || join(host.home, '.docker');
}

function currentContext(host: HostEnvironment): string | null {
  if (host.env.DOCKER_CONTEXT) return host.env.DOCKER_CONTEXT;
  const config = readJsonFile(join(configDir(host), 'config.json'));
  return isRecord(config) && typeof config.currentContext === 'string' ? config.currentContext : null;
}

function contextEndpoint(host: HostEnvironment, name: string): EngineEndpoint {
  const id = createHash('sha256').update(name).digest('hex');
  const meta = readJsonFile(join(configDir(host), 'contexts', 'meta', id, 'meta.json'));
  const endpoints = isRecord(meta) && isRecord(meta.Endpoints) ? meta.Endpoints : null;
  const docker = endpoints && isRecord(endpoints.docker) ? endpoints.docker : null;
  if (!docker || typeof docker.Host !== 'string') throw new ImageSourceError(`docker context "${name}" has no Docker endpoint (looked in ${configDir(host)}/contexts)`);
  const tlsDir = join(configDir(host), 'contexts', 'tls', id, 'docker');
  const verify = docker.SkipTLSVerify !== true;
  // A context's TLS files, when it has any, are read on connect (missing ones are skipped there).
  const tls = docker.Host.startsWith('tcp:') && existsSync(tlsDir)
    ? { ca: join(tlsDir, 'ca.pem'), cert: join(tlsDir, 'cert.pem'), key: join(tlsDir, 'key.pem'), verify }
    : null;
  return parseHost(docker.Host, tls);
}

function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
