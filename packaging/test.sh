#!/usr/bin/env bash
# The test command: installs what the tests need, then runs every test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh --test
mvn -B -ntp verify "$@"
