#!/usr/bin/env bash
# Starts target/copydesk.jar (no build, no setup: packaging/run.sh does those). No arguments, or
# `--db PATH` alone, open the window; anything else runs the CLI.
#
# The java is chosen by packaging/java.sh: a JDK 25+ when one is installed, else `java`.
# Start-up archives (docs/decisions/0020-start-up.md, 0036): the JVM maps the classes of a training
# run (and with JDK 25+ their linking and method profiles) instead of loading and verifying them one
# by one from the 100 MB jar.
#   target/copydesk-cli.*     made by packaging/cds-archive.sh right after the build
#   target/copydesk-window.*  made by the first window session itself (written when it closes)
# Every archive is optional: a missing, stale (the jar was rebuilt) or unreadable one is ignored by
# the JVM, silently, and Copydesk starts the ordinary way. COPYDESK_CDS=off skips them.
# The window also gets a start-up picture (packaging/splash.png) at once; COPYDESK_SPLASH=off skips it.
# JAVA_OPTS adds JVM options; COPYDESK_JAVA chooses the java.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="$here/target/copydesk.jar"
# shellcheck source=packaging/java.sh
source "$here/packaging/java.sh"
window=false
if [ $# -eq 0 ] || { [ $# -eq 2 ] && [ "$1" = --db ]; } || { [ $# -eq 1 ] && [[ "$1" == --db=* ]]; }; then
  window=true
fi
opts=("${java_quiet_options[@]}")
if $window && [ "${COPYDESK_SPLASH:-on}" != off ]; then
  # The start-up picture, shown by the java launcher itself before the JVM loads a class; the
  # window closes it when it is up (ui.Splash). COPYDESK_SPLASH=off leaves it out.
  opts+=("-splash:$here/packaging/splash.png" -Dcopydesk.splash=true)
fi
if [ "${COPYDESK_CDS:-on}" != off ]; then
  if $window; then
    archive="$here/$(archive_for window)"
  else
    archive="$here/$(archive_for cli)"
  fi
  if [ -s "$archive" ] && [ "$archive" -nt "$jar" ]; then
    if $java_aot; then opts+=("-XX:AOTCache=$archive"); else opts+=("-XX:SharedArchiveFile=$archive"); fi
  elif $window && [ -w "$here/target" ]; then
    # No archive for this jar yet: this session is the training run (the JVM writes it on exit).
    rm -f "$archive"
    if $java_aot; then opts+=("-XX:AOTCacheOutput=$archive"); else opts+=("-XX:ArchiveClassesAtExit=$archive"); fi
  fi
fi
# shellcheck disable=SC2086
exec "$java_bin" "${opts[@]}" ${JAVA_OPTS:-} -jar "$jar" "$@"
