#!/usr/bin/env bash
# Installs what Layerwise needs to build, test and run in code-server, on Debian bookworm as root (or with sudo).
# Idempotent: apt-get runs only when a package is missing, npm only when package*.json changed since the last
# install. Silent when everything is in place; on failure prints the failing step's output and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libkrb5-dev # code-server's native kerberos module builds against it
  ripgrep     # its rg seeds @vscode/ripgrep's cache (the postinstall would download from GitHub)
  chromium    # the browser playwright-core drives for the VS Code tests
  docker.io skopeo busybox-static # real images: private dockerd for test/images (scripts/dockerd.sh)
  shellcheck  # the `shellcheck` rule runs the local binary (tests use the real one)
)
# code-server 4.100.3 uses @vscode/ripgrep 1.15.11, which looks for this tarball before downloading.
RIPGREP_CACHE_NAME=vscode-ripgrep-cache-1.15.11
RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
STAMP=node_modules/.layerwise-install

log=$(mktemp)
trap 'rm -f "$log"' EXIT

fail() {
  echo "install.sh: $*" >&2
  exit 1
}

# Runs a step with its output captured; shows that output only when the step fails.
quietly() {
  local step=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    fail "$step failed (output above)"
  fi
}

installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

check_node() {
  command -v node >/dev/null || fail "node is missing: install Node.js 20 first"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || fail "node $(node -v) is too old: Node.js 20 or newer is needed"
}

install_apt_packages() {
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do installed "$pkg" || missing+=("$pkg"); done
  # code-server's postinstall compiles native modules.
  command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
  command -v python3 >/dev/null || missing+=(python3)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "apt packages missing (${missing[*]}) and not root: run as root"
    sudo=(sudo)
  fi
  echo "install.sh: apt-get install ${missing[*]}"
  quietly "apt-get update" "${sudo[@]}" apt-get update
  quietly "apt-get install" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

seed_ripgrep_cache() {
  local cache tarball dir
  cache="$(node -p 'require("os").tmpdir()')/$RIPGREP_CACHE_NAME"
  tarball="$cache/$RIPGREP_TARBALL"
  [ -s "$tarball" ] && return 0
  dir=$(mktemp -d)
  cp "$(command -v rg)" "$dir/rg"
  mkdir -p "$cache"
  tar czf "$tarball" -C "$dir" rg
  rm -rf "$dir"
}

# What the installed node_modules was made from; a change means npm has to run again.
install_fingerprint() {
  cat package.json package-lock.json 2>/dev/null | sha256sum | cut -d' ' -f1
  node -v
}

install_node_modules() {
  local want
  want=$(install_fingerprint)
  if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then return 0; fi
  echo "install.sh: installing npm dependencies (1-2 min)"
  export npm_config_yes=true npm_config_unsafe_perm=true
  if [ -f package-lock.json ]; then
    quietly "npm ci" npm ci --no-audit --no-fund
  else
    quietly "npm install" npm install --no-audit --no-fund
  fi
  [ -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg ] ||
    fail "code-server's ripgrep is missing: its postinstall failed"
  echo "$want" >"$STAMP"
}

check_node
install_apt_packages
seed_ripgrep_cache
install_node_modules
quietly "build (node esbuild.mjs)" node esbuild.mjs
