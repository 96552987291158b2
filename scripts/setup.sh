#!/usr/bin/env bash
# Installs the system packages fluidctl builds and tests with (Debian). Idempotent:
# packages already present are skipped, and apt is not touched when nothing is missing.
set -euo pipefail
needed=(libcurl4-openssl-dev libyaml-dev libncursesw5-dev libsqlite3-dev tmux pkg-config openssl zsh fish groff-base curl jq patch)
missing=()
for p in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
# The official Kubernetes Python client (a peer in the tests) and hypercorn (an HTTP/2 server
# for the transport tests), in a virtualenv of the project's own (.build/python-peer) so that the
# system's packages are left alone. Best effort: their tests are skipped when they are missing.
cd "$(dirname "$0")/.."
peer=.build/python-peer
if [ ! -x "$peer/bin/python3" ] || ! "$peer/bin/python3" -c 'import kubernetes, hypercorn' 2>/dev/null; then
  echo "setup: installing the Kubernetes Python client and hypercorn (an HTTP/2 test server) into $peer" >&2
  { [ -x "$peer/bin/python3" ] || python3 -m venv "$peer"; } >&2 \
    && "$peer/bin/pip" install -q --disable-pip-version-check kubernetes hypercorn >&2 \
    || echo "setup: could not install the Python test peers; their tests will be skipped" >&2
fi
