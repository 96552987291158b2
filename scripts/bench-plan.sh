#!/usr/bin/env bash
# `fluidctl plan` benchmark (on demand, not in CI): the headline burst (100 pods read a 30 GB
# model from a 10 Gbps bucket; 16 cache nodes with 25 Gbps NICs) over the default sweep of 24
# configurations, each simulated in its own cluster. Release build; prints each run's wall
# time and the median. Target (issue 18): at least 20 configurations in at most 10 s.
# Usage: scripts/bench-plan.sh [RUNS] [BINARY]   (default 5 runs, scripts/build.sh's binary)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
bin="${2:-$(./scripts/build.sh 2>/dev/null)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work"
unset KUBECONFIG
args=(plan --size 30GB --ufs-bandwidth 10Gbps --pods 100 --deadline 3m)
configs="$("$bin" "${args[@]}" -o json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(1 for c in d["configurations"] if c["skipped"] is None))')"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e" -o "$work/t$i" "$bin" "${args[@]}" >/dev/null
  echo "run $i: $(cat "$work/t$i") s"
done
median="$(cat "$work"/t* | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
echo "plan: $configs configurations simulated, median $median s over $runs runs ($(nproc) cores)"
