#!/usr/bin/env bash
# Wikitext benchmark: the 71 Wikipedia fixtures read as wikitext against the plain-text articles read
# in Annals' own markup (MB/s of input), and a ~50 MB Special:Export file of many pages built from the
# fixtures: listing its pages and opening its last one.
exec "$(dirname "$0")/run.sh" dev.annals.bench.WikitextBenchmark "$@"
