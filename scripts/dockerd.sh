#!/usr/bin/env bash
# A private Docker daemon for the real-image tests (REAL-IMAGES.md recipe B): overlay2, no bridge, no
# iptables, its own data root, exec root and socket under one directory, plus a busybox base image
# localhost/bb:latest made offline. Nothing outside that directory is touched; `stop` removes it all.
#
#   scripts/dockerd.sh start DIR   -> prints DOCKER_HOST=unix://DIR/docker.sock on success (exit 0)
#   scripts/dockerd.sh stop DIR    -> stops the daemon and its containerd, unmounts, removes DIR
#
# Exit 3 with a one-line reason when the engine cannot run here (not root, no docker.io installable...).
set -euo pipefail
cmd=${1:-}; DIR=${2:-}
[ -n "$cmd" ] && [ -n "$DIR" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
skip() { echo "cannot start a private dockerd: $*" >&2; exit 3; }

need() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || skip "packages ${missing[*]} missing and not root to install them"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/dev/null 2>&1 \
    || skip "apt-get install ${missing[*]} failed"
}

start() {
  [ "$(id -u)" = 0 ] || skip "needs root (dockerd with overlay2)"
  command -v apt-get >/dev/null || [ -x /usr/sbin/dockerd ] || skip "no apt-get to install docker.io"
  need docker.io skopeo busybox-static curl
  mkdir -p "$DIR/data" "$DIR/exec"
  local sock="$DIR/docker.sock"
  # setsid: the daemon outlives this script but stays in its own session; we keep its pid file.
  setsid /usr/sbin/dockerd --storage-driver overlay2 --iptables=false --ip6tables=false --bridge=none \
    --data-root "$DIR/data" --exec-root "$DIR/exec" --pidfile "$DIR/dockerd.pid" -H "unix://$sock" \
    >"$DIR/dockerd.log" 2>&1 < /dev/null &
  for _ in $(seq 100); do
    [ -S "$sock" ] && curl -sf --unix-socket "$sock" http://d/_ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -sf --unix-socket "$sock" http://d/_ping >/dev/null 2>&1 || { tail -n 3 "$DIR/dockerd.log" >&2; stop; skip "dockerd did not answer on $sock"; }
  export DOCKER_HOST="unix://$sock"
  # Offline base image: busybox-static and its applet links, passwd, and the files a RUN would add.
  local rf="$DIR/rootfs"
  mkdir -p "$rf"/{bin,dev,etc,proc,sys,run,tmp,root}
  cp /bin/busybox "$rf/bin/busybox"
  for a in sh echo cat ls mkdir rm true id env sleep dd head cp mv touch find sort; do ln -sf busybox "$rf/bin/$a"; done
  echo 'root:x:0:0:root:/root:/bin/sh' > "$rf/etc/passwd"; echo 'root:x:0:' > "$rf/etc/group"
  touch "$rf/etc/hosts" "$rf/etc/resolv.conf" "$rf/etc/hostname"
  tar --numeric-owner -C "$rf" -cf "$DIR/bb-rootfs.tar" .
  /usr/bin/docker import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' -m 'bb rootfs' "$DIR/bb-rootfs.tar" localhost/bb:latest >/dev/null \
    || { stop; skip "docker import of the busybox base failed"; }
  echo "DOCKER_HOST=unix://$sock"
}

stop() {
  if [ -f "$DIR/dockerd.pid" ]; then
    local pid; pid=$(cat "$DIR/dockerd.pid")
    if kill -0 "$pid" 2>/dev/null; then
      # Containers first, so runc shims and their mounts go away with the daemon.
      DOCKER_HOST="unix://$DIR/docker.sock" /usr/bin/docker ps -aq 2>/dev/null | xargs -r env DOCKER_HOST="unix://$DIR/docker.sock" /usr/bin/docker rm -f >/dev/null 2>&1 || true
      kill -TERM "$pid"
      for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    fi
  fi
  # Whatever overlay or shm mounts the daemon left under DIR, deepest first.
  if [ -d "$DIR" ]; then
    { grep -o " $DIR[^ ]*" /proc/mounts 2>/dev/null || true; } | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
    rm -rf "$DIR"
  fi
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
