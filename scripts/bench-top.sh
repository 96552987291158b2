#!/usr/bin/env bash
# `fluidctl top` benchmark (on demand, release build): D datasets with an AlluxioRuntime each on
# `sim serve`, a writer changing W objects a second (label patches over HTTP), and for SECONDS:
#   - fluidctl top (in a tmux pane, 1 s interval): CPU share of one core and max resident set;
#   - beside it, `watch -n 2 kubectl get datasets -A` (a full relist every 2 s): CPU of kubectl.
# Usage: scripts/bench-top.sh [DATASETS] [WRITES_PER_SECOND] [SECONDS]   (default 1000 50 60)
# Target (issue 13): top at most 2 % of one core on average and 60 MB resident.
set -euo pipefail
cd "$(dirname "$0")/.."
datasets=${1:-1000}; writes=${2:-50}; seconds=${3:-60}
bin="$(./scripts/build.sh)"
work="$(mktemp -d)"
sock="bench-top-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; kill "${serve:-}" "${writer:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
python3 - "$work" "$datasets" <<'PY'
import sys
work, datasets = sys.argv[1], int(sys.argv[2])
with open(f"{work}/scenario.yaml", "w") as f:
    f.write(f"name: bench\nnodes:\n  - namePrefix: node-\n    count: {max(3, datasets)}\n    cpu: 64\n    memory: 256Gi\n    ssd: 2000Gi\n    nic: 25Gbps\n"
            "ufs:\n  - prefix: oss://bench\n    size: 50Gi\n    files: 10000\n    bandwidth: 100Gbps\n")
with open(f"{work}/objects.yaml", "w") as f:
    for i in range(datasets):
        f.write(f"---\napiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: ds-{i}\nspec:\n  mounts:\n  - mountPoint: oss://bench/ds-{i}\n    name: data\n")
        f.write(f"---\napiVersion: data.fluid.io/v1alpha1\nkind: AlluxioRuntime\nmetadata:\n  name: ds-{i}\nspec:\n  replicas: 1\n  tieredstore:\n    levels:\n    - mediumtype: MEM\n      path: /dev/shm\n      quota: 10Gi\n")
PY
export FLUIDCTL_SIM_STATE="$work/bench.db"
"$bin" sim init --scenario "$work/scenario.yaml" >/dev/null
"$bin" apply -f "$work/objects.yaml" >/dev/null
"$bin" sim advance 5m >/dev/null
"$bin" sim serve --listen 127.0.0.1:0 --write-kubeconfig "$work/kubeconfig" 2>"$work/serve.log" &
serve=$!
while [ ! -s "$work/kubeconfig" ]; do sleep 0.1; done
server=$(awk '/server:/ {print $2; exit}' "$work/kubeconfig")
# The writer: W label patches a second, spread over the datasets.
python3 - "$server" "$datasets" "$writes" "$seconds" <<'PY' &
import sys, time, json, urllib.request
server, datasets, writes, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]) + 15
end = time.time() + seconds
i = 0
while time.time() < end:
    start = time.time()
    for _ in range(writes):
        body = json.dumps({"metadata": {"labels": {"bench-tick": str(i)}}}).encode()
        req = urllib.request.Request(f"{server}/apis/data.fluid.io/v1alpha1/namespaces/default/datasets/ds-{i % datasets}",
                                     data=body, method="PATCH", headers={"Content-Type": "application/merge-patch+json"})
        urllib.request.urlopen(req).read()
        i += 1
    time.sleep(max(0, 1 - (time.time() - start)))
PY
writer=$!
export KUBECONFIG="$work/kubeconfig"
unset FLUIDCTL_SIM_STATE
tmux -L "$sock" new-session -d -s top -x 160 -y 48 "exec env ${TOP_ENV:-} LANG=C.UTF-8 TERM=xterm-256color KUBECONFIG=$KUBECONFIG $bin top -A 2>$work/top.err"
tmux -L "$sock" new-session -d -s kubectl -x 160 -y 48 "watch -n 2 kubectl get datasets -A"
sleep 5  # first lists
top_pid=$(pgrep -f "^$bin top -A" | head -1)
[ -n "$top_pid" ] || { echo "fluidctl top is not running:"; cat "$work/top.err"; exit 1; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
t0=$(ticks "$top_pid"); k0=$(awk '{print $14+$15+$16+$17}' /proc/$(pgrep -x watch | head -1)/stat)
if [ -n "${PROFILE:-}" ]; then
  perf record -F 499 -g -p "$top_pid" -o "$PROFILE" -- sleep "$seconds" 2>/dev/null
else
  sleep "$seconds"
fi
t1=$(ticks "$top_pid"); k1=$(awk '{print $14+$15+$16+$17}' /proc/$(pgrep -x watch | head -1)/stat)
rss=$(awk '/VmHWM/ {print $2}' "/proc/$top_pid/status")
now_rss=$(awk '/VmRSS/ {print $2}' "/proc/$top_pid/status")
file_rss=$(awk '/RssFile/ {print $2}' "/proc/$top_pid/status")
awk -v t="$((t1 - t0))" -v k="$((k1 - k0))" -v hz="$hz" -v s="$seconds" -v rss="$rss" -v now_rss="$now_rss" -v file_rss="$file_rss" -v d="$datasets" -v w="$writes" 'BEGIN {
  printf "%d datasets, %d writes/s, %d s\n", d, w, s
  printf "fluidctl top -A (1 s interval): %.2f %% of one core, %.1f MB max resident (%.1f MB at the end, %.1f MB of it the binary'"'"'s pages)\n", 100 * t / hz / s, rss / 1024, now_rss / 1024, file_rss / 1024
  printf "watch -n 2 kubectl get datasets -A: %.2f %% of one core (kubectl and watch, children included)\n", 100 * k / hz / s
}'
tmux -L "$sock" capture-pane -p -t top: | head -12
