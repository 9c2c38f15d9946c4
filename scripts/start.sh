#!/usr/bin/env bash
# npm start: installs what is missing and builds, then serves VS Code (code-server) with Layerwise installed and the
# demo Dockerfile open, and prints the URL. Opens chromium when a display is available. Ctrl+C stops everything.
# LAYERWISE_PORT (default 8080) and LAYERWISE_HOST (default 127.0.0.1) choose where code-server listens.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
port=${LAYERWISE_PORT:-8080}
host=${LAYERWISE_HOST:-127.0.0.1}
workspace=$root/test/fixtures/workspace

bash scripts/install.sh

# A fresh profile each run: the extension is the project folder itself, linked in under its install name.
profile=$(mktemp -d -t layerwise-start-XXXXXX)
server_pid=
browser_pid=
stop() {
  [ -n "$browser_pid" ] && kill "$browser_pid" 2>/dev/null
  # code-server runs in its own process group (setsid) with its extension hosts: stop them together.
  [ -n "$server_pid" ] && kill -- "-$server_pid" 2>/dev/null
  rm -rf "$profile"
}
trap stop EXIT
trap 'exit 130' INT TERM

version=$(node -p 'require("./package.json").version')
mkdir -p "$profile/extensions" "$profile/user-data/User"
ln -s "$root" "$profile/extensions/layerwise.layerwise-$version"
cat >"$profile/user-data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none"
}
JSON

# EXTENSIONS_GALLERY='{}': no marketplace requests (the machine may be offline).
EXTENSIONS_GALLERY='{}' setsid node_modules/.bin/code-server --auth none --bind-addr "$host:$port" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --extensions-dir "$profile/extensions" --user-data-dir "$profile/user-data" "$workspace" \
  >"$profile/code-server.log" 2>&1 &
server_pid=$!

deadline=$((SECONDS + 60))
until grep -q 'HTTP server listening' "$profile/code-server.log"; do
  if ! kill -0 "$server_pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
    cat "$profile/code-server.log" >&2
    echo "start.sh: code-server did not start (is port $port free? set LAYERWISE_PORT)" >&2
    exit 1
  fi
  sleep 0.2
done

# The payload opens the demo Dockerfile in the folder's window.
url=$(node -e '
const [host, port, folder] = process.argv.slice(1);
const file = `vscode-remote://${host}:${port}${folder}/Dockerfile`;
const payload = JSON.stringify([["openFile", file]]);
console.log(`http://${host}:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
' "$host" "$port" "$workspace")

echo "Layerwise is running in VS Code (code-server). Open:"
echo "  $url"
echo "Press Ctrl+C to stop."
if [ -n "${DISPLAY:-}" ] && command -v chromium >/dev/null; then
  sandbox=()
  [ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox) # chromium refuses to run as root with its sandbox
  chromium "${sandbox[@]}" --user-data-dir="$profile/chromium" --no-first-run --app="$url" >/dev/null 2>&1 &
  browser_pid=$!
fi
wait "$server_pid"
