#!/usr/bin/env bash
# Start-up benchmark: window shown, first page drawn, `copydesk list`, median and min of N launches.
#   bash packaging/bench-startup.sh [--runs N] [NAME=JAR ...]
# (NAME=JAR@DB or NAME=@SCRIPT@DB open an existing database, e.g. the ten-year archive, not the sample.)
# Without NAME=JAR it measures target/copydesk.jar (java -jar) and packaging/run.sh's launch with the
# class-data archive when one was built. Needs an X display (DISPLAY, default :87, e.g. Xvfb) and xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 packaging/bench_startup.py "$@"
