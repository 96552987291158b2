#!/usr/bin/env bash
# Regenerates the manual pages in man/ from the command definitions (and removes pages no
# command makes any more). The same test fails in CI when the committed pages are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
FLUIDCTL_UPDATE_GOLDEN=1 swift test --filter ManualPageTests/committedPagesAreCurrent "$@"
