#!/usr/bin/env bash
# The run command: installs what is missing, builds target/copydesk.jar when the sources are newer,
# and starts Copydesk. No arguments open the window; arguments run the CLI, e.g. `run.sh list`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  bash packaging/setup-debian.sh --gui
else
  bash packaging/setup-debian.sh --build
fi
jar=target/copydesk.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src assets -newer "$jar" -print -quit)" ]; then
  mvn -B -q -ntp package -DskipTests
fi
# Once per build (target/cds-tried marks the attempt, so a machine where it fails does not retry).
if [ ! target/cds-tried -nt "$jar" ]; then
  bash packaging/cds-archive.sh
fi
exec bash packaging/launch.sh "$@"
