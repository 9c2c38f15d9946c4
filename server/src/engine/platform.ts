/** The OCI platform of this machine, to pick one image out of a multi-platform index. */
import type { Platform } from './imageStore';

const ARCHITECTURES: Readonly<Record<string, string>> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

export function hostPlatform(): Platform {
  const architecture = ARCHITECTURES[process.arch] ?? process.arch;
  // Containers on macOS and Windows run in a Linux VM, so Linux images are what the host runs.
  return architecture === 'arm64' ? { os: 'linux', architecture, variant: 'v8' } : { os: 'linux', architecture };
}
