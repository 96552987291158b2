#!/usr/bin/env bash
# Builds fluidctl (release) and runs a short demo on a fresh embedded cluster with a manual clock.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
bin="$(./scripts/build.sh)"
state="$(mktemp -d)/cluster.db"
run() { echo "\$ fluidctl $*"; "$bin" --sim-state "$state" "$@"; echo; }
run version
run sim init --clock manual
run dataset create spark --mount https://mirrors.bit.edu.cn/apache/spark/ --runtime alluxio --replicas 2 --cache MEM:4Gi
run apply -f examples/quickstart/
run apply -f examples/quickstart/
run get datasets
run sim advance 2m
run get fluid
run load spark --name spark-warmup
run sim advance 1m
run get datasets,dataloads
run cache spark
run get dataset hbase -o yaml
run describe dataset hbase
run sim run serverless-model-load
echo "fluidctl is at $bin; the demo cluster's state is $state"
