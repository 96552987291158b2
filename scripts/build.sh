#!/usr/bin/env bash
# Builds the release binary: Swift runtime and Foundation linked statically (half the start-up
# time of a dynamic build). Prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build -c release --static-swift-stdlib --product fluidctl >&2
echo "$(swift build -c release --static-swift-stdlib --show-bin-path)/fluidctl"
