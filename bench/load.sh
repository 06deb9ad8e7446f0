#!/usr/bin/env bash
# Loader benchmark: articles of 1, 10 and 100 MB (or the sizes given, in MB) read to a timeline, in a 1 GB
# heap (ten times the largest article: the read must fit in it).
HEAP=${HEAP:-1g} exec "$(dirname "$0")/run.sh" dev.annals.bench.LoadBenchmark "$@"
