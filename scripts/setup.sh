#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test Paper Review, and skips what is already there:
# chromium (the browser the workbench tests drive), libkrb5-dev plus make/g++/python3 (code-server's native modules
# compile on first `npm run test:node`, see test/node-host/), and the project's npm dependencies (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in chromium make g++ python3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt-get"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
else
  echo "setup: chromium, libkrb5-dev, make, g++ and python3 are installed"
fi

# npm ci starts node_modules afresh; a stamp of the lock file it installed lets a repeated setup skip it.
stamp=node_modules/.paper-review-setup
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
  echo "setup: node_modules is already installed from this package-lock.json"
else
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi
