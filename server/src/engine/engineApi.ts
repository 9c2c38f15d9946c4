/**
 * A small Docker Engine API client over node's own http (Unix socket, Windows named pipe or TCP/TLS).
 * Paths are unversioned, so the daemon answers with its own API version; podman's compatible API too.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { Readable } from 'node:stream';
import { isRecord } from '../core/image';
import type { EngineEndpoint } from './dockerHost';
import { ImageSourceError } from './errors';

export interface EngineRequest {
  method?: 'GET' | 'POST' | 'DELETE' | 'HEAD';
  /** Path with query, e.g. `/images/json?all=1`. */
  path: string;
  body?: Readable;
  headers?: Record<string, string>;
}

export class EngineClient {
  constructor(readonly endpoint: EngineEndpoint) {}

  /** The response stream for a 2xx answer; any other status becomes one-line ImageSourceError. */
  async stream(request: EngineRequest): Promise<http.IncomingMessage> {
    const response = await this.send(request);
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) return response;
    throw new ImageSourceError(await errorMessage(response, request));
  }

  async json(request: EngineRequest): Promise<unknown> {
    const response = await this.stream(request);
    const text = await readText(response);
    try {
      return text === '' ? null : (JSON.parse(text) as unknown);
    } catch {
      throw new ImageSourceError(`Docker engine at ${this.endpoint.label}: ${request.path} did not answer JSON`);
    }
  }

  private send(request: EngineRequest): Promise<http.IncomingMessage> {
    const { endpoint } = this;
    const options: https.RequestOptions = {
      method: request.method ?? 'GET',
      path: request.path,
      headers: { Host: 'docker', ...request.headers },
    };
    let transport: typeof http | typeof https = http;
    if (endpoint.kind === 'socket') options.socketPath = endpoint.socketPath;
    else {
      options.host = endpoint.host;
      options.port = endpoint.port;
      if (endpoint.tls) {
        transport = https;
        const read = (path: string | undefined): Buffer | undefined => (path && existsSync(path) ? readFileSync(path) : undefined);
        Object.assign(options, { ca: read(endpoint.tls.ca), cert: read(endpoint.tls.cert), key: read(endpoint.tls.key), rejectUnauthorized: endpoint.tls.verify });
      }
    }
    return new Promise((resolve, reject) => {
      const req = transport.request(options, resolve);
      req.on('error', (error: NodeJS.ErrnoException) => reject(new ImageSourceError(this.unreachable(error))));
      if (request.body) {
        request.body.on('error', (error) => req.destroy(error));
        request.body.pipe(req);
      } else req.end();
    });
  }

  private unreachable(error: NodeJS.ErrnoException): string {
    const where = `cannot reach the Docker engine at ${this.endpoint.label}`;
    switch (error.code) {
      case 'ENOENT':
        return `${where}: no such socket (is the daemon running? set DOCKER_HOST or the docker context)`;
      case 'ECONNREFUSED':
        return `${where}: connection refused (is the daemon running?)`;
      case 'EACCES':
        return `${where}: permission denied (is your user in the docker group?)`;
      default:
        return `${where}: ${error.code ?? error.message}`;
    }
  }
}

/** The engine's own `{ message }`, prefixed with what was asked. */
async function errorMessage(response: http.IncomingMessage, request: EngineRequest): Promise<string> {
  const text = await readText(response).catch(() => '');
  let message = text.trim();
  try {
    const body: unknown = JSON.parse(text);
    if (isRecord(body) && typeof body.message === 'string') message = body.message;
  } catch {
    // not JSON: keep the text
  }
  const first = message.split('\n')[0] || `HTTP ${response.statusCode ?? '?'}`;
  return `Docker engine: ${first} (${request.method ?? 'GET'} ${request.path.split('?')[0]})`;
}

export async function readText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
