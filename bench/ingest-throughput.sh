#!/bin/sh
# Measures CSVReader throughput on a large CSV, by hand (never in unit tests).
# usage: bench/ingest-throughput.sh FILE.csv [columns-to-decode-as-String]
# Compiles the CSV reader sources with -O into one binary, outside SwiftPM, so it needs no bench target.
set -e
cd "$(dirname "$0")/.."
out=.build/ingest-bench
swiftc -O -wmo -module-name IngestBench -o "$out" \
    Sources/VigilIngest/CSV/*.swift Sources/VigilIngest/Errors/*.swift Sources/VigilIngest/String+Trimming.swift \
    bench/ingest/main.swift
"$out" "$@"
