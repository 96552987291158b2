#!/usr/bin/env bash
# A CI pipeline on Fluid with fluidctl: apply a dataset and its cache runtime, preheat it,
# wait for the cache, check the cache, run a job that reads the data, clean up.
#
# It runs unchanged on fluidctl's embedded cluster (no kubeconfig: the default, or --sim) and
# on a real cluster (KUBECONFIG pointing at it). Every step prints "step NAME: ok" or
# "step NAME: failed (exit N)" on stderr and the pipeline stops at the first failure with that
# step's exit code (fluidctl's exit codes: 2 operation failed, 3 not found, 4 timed out...).
# When the preheat fails, the loader's log is printed before the pipeline stops.
#
# Settings (environment):
#   FLUIDCTL         the fluidctl binary (default: fluidctl on PATH)
#   NAMESPACE        the namespace to work in (default: the context's, or default)
#   MIN_CACHED_PCT   the least cached percentage the cache check accepts (default 1)
#   TIMEOUT          how long each wait may take (Go duration, default 10m)
#   KEEP=1           leave the objects in place (no cleanup)
set -uo pipefail
cd "$(dirname "$0")"

fluidctl="${FLUIDCTL:-fluidctl}"
timeout="${TIMEOUT:-10m}"
min_cached="${MIN_CACHED_PCT:-1}"
ns_args=()
[ -n "${NAMESPACE:-}" ] && ns_args=(-n "$NAMESPACE")
load_name="ci-warmup-$(date +%s)"

fctl() { "$fluidctl" "${ns_args[@]}" "$@"; }

# step NAME COMMAND...: runs the command, reports, and stops the pipeline on failure.
step() {
  local name="$1"; shift
  "$@"
  local rc=$?
  if [ "$rc" -eq 0 ]; then
    echo "step $name: ok" >&2
  else
    echo "step $name: failed (exit $rc)" >&2
    [ "$name" = preheat ] && { echo "--- loader log of dataload/$load_name ---" >&2; fctl logs "dataload/$load_name" --tail 50 >&2 || true; }
    exit "$rc"
  fi
}

check_cache() {
  local pct
  pct="$(fctl get dataset ci-data -o jsonpath='{.status.cacheStates.cachedPercentage}')" || return $?
  pct="${pct%\%}"
  echo "cached: ${pct:-?}% (at least $min_cached% expected)" >&2
  awk -v p="${pct:-0}" -v m="$min_cached" 'BEGIN { exit (p + 0 >= m + 0) ? 0 : 2 }'
}

cleanup() {
  fctl delete -f job.yaml --ignore-not-found --wait=false &&
    fctl delete "dataload/$load_name" --ignore-not-found --wait=false &&
    fctl delete -f dataset.yaml --ignore-not-found --timeout "$timeout"
}

step apply fctl apply -f dataset.yaml
step bound fctl wait dataset/ci-data --for=phase=Bound --timeout "$timeout"
step preheat fctl load ci-data --name "$load_name" --wait --timeout "$timeout"
step cache check_cache
step job fctl apply -f job.yaml
step job-complete fctl wait job/ci-reader --for=condition=Complete --timeout "$timeout"
[ "${KEEP:-0}" = 1 ] || step cleanup cleanup
echo "pipeline: ok" >&2
