#!/usr/bin/env bash
# Installs the system packages fluidctl builds and tests with (Debian). Idempotent:
# packages already present are skipped, and apt is not touched when nothing is missing.
set -euo pipefail
needed=(libcurl4-openssl-dev libyaml-dev libncursesw5-dev libsqlite3-dev tmux pkg-config)
missing=()
for p in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
