#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, builds fluidctl and its tests, runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build --build-tests
swift test --skip-build "$@"
