#!/usr/bin/env bash
# Builds target/copydesk-cli.jsa, the class-data sharing archive packaging/launch.sh gives the CLI,
# from a training run (`list` on a scratch database, which first creates the sample edition).
# Never fails the build: where the JVM cannot write an archive, there is none and Copydesk starts
# without it. The window's archive is made by the first window session (see launch.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
jar=target/copydesk.jar
archive=target/copydesk-cli.jsa
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
rm -f "$archive" target/copydesk-window.jsa
if java -Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit="$archive" \
      -jar "$jar" --db "$scratch/db" list >/dev/null 2>&1 && [ -s "$archive" ]; then
  echo "class-data archive: $archive"
else
  rm -f "$archive"
  echo "class-data archive not made; Copydesk starts without it" >&2
fi
touch target/cds-tried
exit 0
