# Sourced by the benchmark scripts: the machine's packages (scripts/setup.sh), hyperfine, and
# kubectl when the benchmark compares with it (BENCH_PEER=kubectl).
./scripts/setup.sh
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq hyperfine; }; }
if [ "${BENCH_PEER:-}" = kubectl ]; then
  command -v kubectl >/dev/null || { echo "kubectl is needed as the peer" >&2; exit 1; }
fi
