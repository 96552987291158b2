#!/usr/bin/env bash
# Simulator benchmark (on demand, release build): N nodes, D datasets with an AlluxioRuntime
# each, L DataLoads spread over them, then 24 virtual hours on a manual clock.
# Usage: scripts/bench-sim.sh [NODES] [DATASETS] [LOADS] [DURATION]   (default 1000 1000 10000 24h)
# Target (issue 3): 1000/1000/10000 over 24h in under 10 s of wall time and 500 MB of memory;
# then 100 scenario runs in one process must keep the resident set flat (MEMORY_RUNS=100).
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-1000}; datasets=${2:-1000}; loads=${3:-10000}; duration=${4:-24h}
bin="$(./scripts/build.sh)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$nodes" "$datasets" "$loads" <<'PY'
import sys
work, nodes, datasets, loads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
with open(f"{work}/scenario.yaml", "w") as f:
    f.write(f"name: bench\nnodes:\n  - namePrefix: node-\n    count: {nodes}\n    cpu: 64\n    memory: 256Gi\n    ssd: 2000Gi\n    nic: 25Gbps\n"
            "ufs:\n  - prefix: oss://bench\n    size: 50Gi\n    files: 10000\n    bandwidth: 100Gbps\n")
with open(f"{work}/objects.yaml", "w") as f:
    for i in range(datasets):
        f.write(f"---\napiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: ds-{i}\nspec:\n  mounts:\n  - mountPoint: oss://bench/ds-{i}\n    name: data\n")
        f.write(f"---\napiVersion: data.fluid.io/v1alpha1\nkind: AlluxioRuntime\nmetadata:\n  name: ds-{i}\nspec:\n  replicas: 1\n  tieredstore:\n    levels:\n    - mediumtype: MEM\n      path: /dev/shm\n      quota: 10Gi\n")
    for j in range(loads):
        f.write(f"---\napiVersion: data.fluid.io/v1alpha1\nkind: DataLoad\nmetadata:\n  name: load-{j}\nspec:\n  dataset:\n    name: ds-{j % datasets}\n    namespace: default\n")
PY
export FLUIDCTL_SIM_STATE="$work/bench.db"
"$bin" sim init --clock manual --scenario "$work/scenario.yaml" >/dev/null
/usr/bin/time -f "apply of the objects: %e s wall, %M KB max RSS" "$bin" apply -f "$work/objects.yaml" >/dev/null
/usr/bin/time -f "sim advance $duration: %e s wall, %M KB max RSS" "$bin" sim advance "$duration" >/dev/null
echo "DataLoad phases after $duration:"
"$bin" get dataloads --no-headers | awk '{print $3}' | sort | uniq -c
echo "memory over repeated scenario runs in one process:"
FLUIDCTL_MEMORY_RUNS=${MEMORY_RUNS:-100} swift test --filter MemoryFlatTests 2>&1 | grep -E "memory:|passed|failed" | head -3
