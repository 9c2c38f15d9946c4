/** Reference text for build arguments the builder defines by itself: platform and proxy ARGs. */
import type { PredefinedArgDoc } from './types';

const PLATFORM_URL = 'https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope';
const PREDEFINED_URL = 'https://docs.docker.com/reference/dockerfile/#predefined-args';

/** Scope note shown with every platform ARG. */
export const PLATFORM_ARGS_SCOPE =
  'Set by BuildKit in the global scope (usable in FROM lines); inside a stage, declare `ARG <NAME>` without ' +
  'a value to use it.';

export const PLATFORM_ARGS: readonly PredefinedArgDoc[] = [
  {
    name: 'TARGETPLATFORM',
    summary: 'The platform the image is built for, as `os/arch[/variant]`.',
    example: 'linux/amd64, linux/arm/v7',
    url: PLATFORM_URL,
  },
  { name: 'TARGETOS', summary: 'Operating system part of TARGETPLATFORM.', example: 'linux, windows', url: PLATFORM_URL },
  { name: 'TARGETARCH', summary: 'Architecture part of TARGETPLATFORM.', example: 'amd64, arm64', url: PLATFORM_URL },
  {
    name: 'TARGETVARIANT',
    summary: 'Variant part of TARGETPLATFORM; empty when the platform has none.',
    example: 'v7',
    url: PLATFORM_URL,
  },
  {
    name: 'BUILDPLATFORM',
    summary: 'The platform of the machine running the build; `FROM --platform=$BUILDPLATFORM` runs a stage natively.',
    example: 'linux/amd64',
    url: PLATFORM_URL,
  },
  { name: 'BUILDOS', summary: 'Operating system part of BUILDPLATFORM.', example: 'linux', url: PLATFORM_URL },
  { name: 'BUILDARCH', summary: 'Architecture part of BUILDPLATFORM.', example: 'amd64', url: PLATFORM_URL },
  {
    name: 'BUILDVARIANT',
    summary: 'Variant part of BUILDPLATFORM; empty when the platform has none.',
    example: 'v8',
    url: PLATFORM_URL,
  },
];

const PROXY_NOTE =
  'Predefined: usable with `--build-arg` without an ARG line, and left out of `docker history` unless the ' +
  'Dockerfile declares it.';

function proxyArg(name: string, summary: string, example: string): PredefinedArgDoc {
  return { name, summary: `${summary} ${PROXY_NOTE}`, example, url: PREDEFINED_URL };
}

export const PROXY_ARGS: readonly PredefinedArgDoc[] = [
  ...['HTTP_PROXY', 'http_proxy'].map((n) => proxyArg(n, 'Proxy for HTTP requests made by build steps.', 'http://proxy:3128')),
  ...['HTTPS_PROXY', 'https_proxy'].map((n) => proxyArg(n, 'Proxy for HTTPS requests made by build steps.', 'http://proxy:3128')),
  ...['FTP_PROXY', 'ftp_proxy'].map((n) => proxyArg(n, 'Proxy for FTP requests made by build steps.', 'http://proxy:3128')),
  ...['ALL_PROXY', 'all_proxy'].map((n) => proxyArg(n, 'Proxy for any protocol without its own setting.', 'socks5://proxy:1080')),
  ...['NO_PROXY', 'no_proxy'].map((n) => proxyArg(n, 'Hosts reached directly, without the proxy.', 'localhost,.internal')),
];
