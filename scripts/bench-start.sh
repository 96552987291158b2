#!/usr/bin/env bash
# Start-up benchmarks (run on demand, not in CI): release build, hyperfine medians, side by side
# in one run with kubectl and with the floor, a C program that loads libcurl and makes the same
# request (scripts/bench/curl_floor.c).
#   version --client                                  target <= 4 ms
#   get datasets, embedded cluster, 20 datasets       target <= 6 ms
#   get datasets through `sim serve`                  target <= 0.25 x kubectl's wall time
#   a completion query (__complete get dataset "")    target <= 15 ms
# Usage: scripts/bench-start.sh [BINARY]   (default: scripts/build.sh's release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_PEER=kubectl source scripts/bench/prepare.sh
bin="${1:-$(./scripts/build.sh 2>/dev/null)}"
work="$(mktemp -d)"
export HOME="$work" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config"
unset KUBECONFIG
cc -O2 -o "$work/curl_floor" scripts/bench/curl_floor.c -ldl
state="$work/state.db"
"$bin" --sim-state "$state" sim init --clock manual >/dev/null
python3 - > "$work/datasets.yaml" <<'PY'
for i in range(20):
    print(f"---\napiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: ds-{i:02d}\nspec:\n  mounts:\n  - mountPoint: oss://bucket/data/{i}\n    name: data")
PY
"$bin" --sim-state "$state" apply -f "$work/datasets.yaml" >/dev/null
"$bin" --sim-state "$state" sim serve --listen 127.0.0.1:0 --write-kubeconfig "$work/kc" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
while [ ! -s "$work/kc" ]; do sleep 0.05; done
url="$(grep -o 'http[s]*://[0-9.:]*' "$work/kc" | head -1)/apis/data.fluid.io/v1alpha1/namespaces/default/datasets"
token="$(sed -n 's/^ *token: *//p' "$work/kc" | head -1)"
"$work/curl_floor" "$url" "$token" | grep -q '"ds-19"' || { echo "the C floor's request failed: $url" >&2; exit 1; }
[ "$("$bin" --kubeconfig "$work/kc" get datasets --no-headers | wc -l)" = 20 ] || { echo "sim serve lists no 20 datasets" >&2; exit 1; }

emb=(env FLUIDCTL_SIM_STATE="$state")
api=(env KUBECONFIG="$work/kc")
bench() { hyperfine -N --warmup 5 --runs "$1" --export-json "$work/r$2.json" "${@:3}" >&2; }
bench 100 1 -n "fluidctl version --client" "$bin version --client" -n "kubectl version --client" "kubectl version --client"
bench 100 2 -n "fluidctl get datasets (embedded, 20)" "${emb[*]} $bin get datasets"
bench 60 3 -n "fluidctl get datasets (sim serve, 20)" "${api[*]} $bin get datasets" \
  -n "kubectl get datasets (sim serve, 20)" "${api[*]} kubectl get datasets" \
  -n "C floor: libcurl GET (sim serve, 20)" "$work/curl_floor $url $token"
bench 60 4 -n "completion query (embedded)" "${emb[*]} $bin __complete get dataset ''" \
  -n "completion query (sim serve)" "${api[*]} $bin __complete get dataset ''" \
  -n "kubectl completion query (sim serve)" "${api[*]} kubectl __complete get datasets ''"
python3 - "$work"/r*.json <<'PY'
import json, sys
med = {}
for f in sorted(sys.argv[1:]):
    for r in json.load(open(f))["results"]:
        med[r["command"]] = r["median"]
        print(f'{r["command"]:40s} median {r["median"]*1000:7.2f} ms')
f, k = med["fluidctl get datasets (sim serve, 20)"], med["kubectl get datasets (sim serve, 20)"]
print(f"get datasets through sim serve: fluidctl / kubectl = {f / k:.2f} (target <= 0.25); "
      f"fluidctl - C floor = {(f - med['C floor: libcurl GET (sim serve, 20)'])*1000:.2f} ms")
PY
