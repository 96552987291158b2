#!/usr/bin/env bash
# Regenerates Sources/FluidModel/Resources/FluidCRDs.generated.swift from third_party/fluid-api/crds.
# The same test fails in CI when the committed file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
FLUIDCTL_UPDATE_GOLDEN=1 swift test --filter CRDCatalogTests/generatedCatalogIsUpToDate "$@"
