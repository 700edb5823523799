# Sourced by launch.sh and cds-archive.sh: which java starts Copydesk, and its start-up archive
# (docs/decisions/0036-starting-window-and-aot-cache.md).
#
# A JDK 25 or later is preferred when one is installed (the newest under /usr/lib/jvm, $JAVA_HOME or
# `java` on the PATH): its ahead-of-time cache keeps the classes loaded *and linked* and the method
# profiles of a training run, so the JIT compiles the hot start-up code sooner and the window's
# first second costs about a third less CPU than JDK 17 with a class-data archive. Otherwise `java`
# with the class-data sharing archive, as before. COPYDESK_JAVA=/path/to/java chooses one outright.
#
# Sets: java_bin, java_version ("25.0.3", or "" when unknown), java_aot (true for 25+), and
# archive_for KIND (KIND = window or cli) prints the archive's file name for that java.

# The version a JDK's `release` file names, for the java binary $1 (empty when there is none).
# Bash builtins only, but for readlink on a symbolic link (`java` on the PATH is one): this runs at
# every start, so it must cost milliseconds, not forks.
copydesk_java_version() {
  local bin="$1" line
  if [ -L "$bin" ]; then
    bin="$(readlink -f "$bin")"
  fi
  local home="${bin%/bin/java}"
  if [ -r "$home/release" ]; then
    while IFS= read -r line; do
      if [[ "$line" == JAVA_VERSION=* ]]; then
        line="${line#JAVA_VERSION=}"
        echo "${line//\"/}"
        return
      fi
    done < "$home/release"
  fi
}

copydesk_java_major() {
  local v="${1%%[.+-]*}"
  if [[ "$v" =~ ^[0-9]+$ ]]; then echo "$v"; else echo 0; fi
}

if [ -n "${COPYDESK_JAVA:-}" ]; then
  java_bin="$COPYDESK_JAVA"
else
  java_bin="$(command -v java || echo java)"
  best=0
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java "$java_bin"; do
    [ -x "$candidate" ] || continue
    version="$(copydesk_java_version "$candidate")"
    major="$(copydesk_java_major "$version")"
    if [ "$major" -ge 25 ] && [ "$major" -gt "$best" ]; then
      best="$major"
      java_bin="$candidate"
    fi
  done
fi
java_version="$(copydesk_java_version "$java_bin")"
java_aot=false
[ "$(copydesk_java_major "$java_version")" -ge 25 ] && java_aot=true

# target/copydesk-KIND.jsa (class-data archive) or target/copydesk-KIND-VERSION.aot (AOT cache; named
# by the JDK's version because a cache is only valid for the JVM that made it).
archive_for() {
  if $java_aot; then
    echo "target/copydesk-$1-$java_version.aot"
  else
    echo "target/copydesk-$1.jsa"
  fi
}

# JVM options every start gets: archives that do not fit are skipped without a word, and a JDK 24+
# is told JavaFX may load its native libraries and use sun.misc.Unsafe (else it prints warnings).
java_quiet_options=(-Xlog:cds=off -Xlog:cds+dynamic=off)
if $java_aot; then
  java_quiet_options=(-Xlog:aot=off -Xlog:cds=off --enable-native-access=ALL-UNNAMED
                      --sun-misc-unsafe-memory-access=allow)
fi
