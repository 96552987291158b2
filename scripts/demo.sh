#!/usr/bin/env bash
# Builds fluidctl (release) and runs a short demo on a fresh embedded cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
bin="$(./scripts/build.sh)"
state="$(mktemp -d)/cluster.db"
run() { echo "\$ fluidctl $*"; "$bin" --sim-state "$state" "$@"; echo; }
run version
run dataset create spark --mount https://mirrors.bit.edu.cn/apache/spark/ --runtime alluxio --replicas 2 --cache MEM:4Gi
run apply -f examples/quickstart/
run apply -f examples/quickstart/
run get datasets
run get fluid
run get dataset hbase -o yaml
run describe dataset hbase
echo "fluidctl is at $bin; the demo cluster's state is $state"
