#!/usr/bin/env bash
# Benchmarks of the Kubernetes API path (run on demand, not in CI): release build, hyperfine
# medians, fluidctl and kubectl side by side against the same `fluidctl sim serve`.
#   get datasets with 1,000 datasets (target: fluidctl <= 0.3 x kubectl's wall time);
#   get datasets with 10,000 datasets; a watch delivering 100,000 events (target >= 20,000/s).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_PEER=kubectl source scripts/bench/prepare.sh
bin="$(./scripts/build.sh 2>/dev/null)"
work="$(mktemp -d)"
export HOME="$work"
state="$work/state.db"
datasets() {  # datasets FROM TO > file
  python3 - "$1" "$2" <<'PY'
import sys
for i in range(int(sys.argv[1]), int(sys.argv[2])):
    print(f"---\napiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: ds-{i:05d}\n  labels:\n    team: bench\nspec:\n  mounts:\n  - mountPoint: oss://bucket/data/{i}\n    name: data")
PY
}
"$bin" --sim-state "$state" sim init --clock manual >/dev/null
datasets 0 1000 > "$work/a.yaml"
"$bin" --sim-state "$state" apply -f "$work/a.yaml" >/dev/null
"$bin" --sim-state "$state" sim serve --listen 127.0.0.1:0 --write-kubeconfig "$work/kc" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
while [ ! -f "$work/kc" ]; do sleep 0.05; done
export KUBECONFIG="$work/kc"
echo "server: $(grep -o 'http://[0-9.:]*' "$work/kc"); datasets: $("$bin" get datasets --no-headers | wc -l)" >&2
bench() { hyperfine -N --warmup 3 --runs "$1" --export-json "$work/r$2.json" "${@:3}" >&2; }
bench 30 1 -n "fluidctl get datasets (1000)" "$bin get datasets" -n "kubectl get datasets (1000)" "kubectl get datasets"
datasets 1000 10000 > "$work/b.yaml"
"$bin" --sim-state "$state" apply -f "$work/b.yaml" >/dev/null
echo "datasets: $("$bin" get datasets --no-headers | wc -l)" >&2
bench 10 2 -n "fluidctl get datasets (10000)" "$bin get datasets" -n "kubectl get datasets (10000)" "kubectl get datasets"
# Watch throughput: a stub server streams 100,000 MODIFIED events of one dataset, then DELETED;
# `fluidctl wait --for=delete` reads, decodes and checks every one of them.
python3 Tests/Fixtures/api_stub_server.py --port-file "$work/stub.port" --log /dev/null --watch-events 100000 &
stub=$!
trap 'kill $server $stub 2>/dev/null; wait $server $stub 2>/dev/null; rm -rf "$work"' EXIT
while [ ! -f "$work/stub.port" ]; do sleep 0.05; done
printf 'apiVersion: v1\nkind: Config\ncurrent-context: s\nclusters: [{name: s, cluster: {server: "http://127.0.0.1:%s"}}]\ncontexts: [{name: s, context: {cluster: s}}]\n' "$(cat "$work/stub.port")" > "$work/stub.kc"
hyperfine -N --warmup 1 --runs 10 --export-json "$work/r3.json" \
  -n "fluidctl watch, 100000 events" "$bin --kubeconfig $work/stub.kc wait dataset/bench --for=delete --timeout 60s" >&2
python3 - "$work"/r*.json <<'PY'
import json, sys
results = {}
for f in sys.argv[1:]:
    for r in json.load(open(f))["results"]:
        results[r["command"]] = r["median"]
        extra = f'   {100000 / r["median"]:9.0f} events/s' if "watch" in r["command"] else ""
        print(f'{r["command"]:34s} median {r["median"]*1000:8.2f} ms{extra}')
for n in ("1000", "10000"):
    f, k = results.get(f"fluidctl get datasets ({n})"), results.get(f"kubectl get datasets ({n})")
    if f and k:
        print(f"get datasets ({n}): fluidctl / kubectl = {f / k:.2f}")
PY
