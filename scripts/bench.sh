#!/usr/bin/env bash
# Benchmarks (run on demand, not in CI): release build, medians from hyperfine.
#   fluidctl version; get datasets with 1,000 datasets in the embedded cluster; apply of one dataset.
# Targets on a 2-core machine: version <= 10 ms, get <= 60 ms, apply <= 30 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench/prepare.sh
bin="$(./scripts/build.sh 2>/dev/null)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export FLUIDCTL_SIM_STATE="$work/bench.db"
python3 - "$work/datasets.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(1000):
        f.write(f"---\napiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: ds-{i:04d}\n  labels:\n    team: bench\nspec:\n  mounts:\n  - mountPoint: oss://bucket/data/{i}\n    name: data\n")
PY
"$bin" apply -f "$work/datasets.yaml" >/dev/null
cat > "$work/one.yaml" <<'YAML'
apiVersion: data.fluid.io/v1alpha1
kind: Dataset
metadata:
  name: bench-one
spec:
  mounts:
  - mountPoint: oss://bucket/one
    name: one
YAML
echo "datasets in the cluster: $("$bin" get datasets --no-headers | wc -l)"
bench() { hyperfine -N --warmup 5 --runs 40 --export-json "$work/r$1.json" "${@:2}" >&2; }
bench 1 -n "version" "$bin version"
bench 2 -n "get datasets (1000)" "$bin get datasets"
bench 3 -n "apply one dataset (create)" --prepare "$bin delete dataset bench-one --ignore-not-found --wait=false" "$bin apply -f $work/one.yaml"
bench 4 -n "apply one dataset (unchanged)" "$bin apply -f $work/one.yaml"
python3 - "$work"/r*.json <<'PY'
import json, sys
for f in sys.argv[1:]:
    for r in json.load(open(f))["results"]:
        print(f'{r["command"]:32s} median {r["median"]*1000:7.2f} ms   mean {r["mean"]*1000:7.2f} ms')
PY
