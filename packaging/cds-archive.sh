#!/usr/bin/env bash
# Builds the CLI's start-up archive packaging/launch.sh gives the CLI (target/copydesk-cli.jsa, or
# with a JDK 25+ the AOT cache target/copydesk-cli-VERSION.aot; see packaging/java.sh) from a
# training run (`list` on a scratch database, which first creates the sample edition).
# Never fails the build: where the JVM cannot write an archive, there is none and Copydesk starts
# without it. The window's archive is made by the first window session (see launch.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=packaging/java.sh
source packaging/java.sh
jar=target/copydesk.jar
archive="$(archive_for cli)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# Only this java's archives: another java's stay (each is checked against the jar when used).
rm -f "$archive" "$(archive_for window)"
if $java_aot; then
  make=(-XX:AOTCacheOutput="$archive")
else
  make=(-XX:ArchiveClassesAtExit="$archive")
fi
if "$java_bin" "${java_quiet_options[@]}" "${make[@]}" -jar "$jar" --db "$scratch/db" list >/dev/null 2>&1 \
      && [ -s "$archive" ]; then
  echo "start-up archive: $archive ($java_bin)"
else
  rm -f "$archive"
  echo "start-up archive not made; Copydesk starts without it" >&2
fi
touch target/cds-tried
exit 0
