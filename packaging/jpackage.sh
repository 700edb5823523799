#!/usr/bin/env bash
# Builds a self-contained Copydesk app image (default) or a .deb (--deb) with jpackage from
# target/copydesk.jar. Output goes to target/dist.
set -euo pipefail
cd "$(dirname "$0")/.."
type=app-image
[ "${1:-}" = "--deb" ] && type=deb
[ -f target/copydesk.jar ] || mvn -B -q -ntp package -DskipTests
rm -rf target/jpackage-input target/dist/Copydesk
mkdir -p target/jpackage-input target/dist
cp target/copydesk.jar target/jpackage-input/
args=(--type "$type" --name Copydesk --app-version 0.1.0
      --vendor "Copydesk" --description "Chinese newspaper newsroom: write, caption, make up, export"
      --input target/jpackage-input --main-jar copydesk.jar --main-class org.copydesk.app.Main
      --icon packaging/copydesk.png --java-options "-Xmx2g -Dfile.encoding=UTF-8"
      --dest target/dist)
if [ "$type" = deb ]; then
  args+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office
         --linux-app-category editors --install-dir /opt)
fi
# The jpackage of the JDK launch.sh would choose (a JDK 25+ when installed): the image bundles that
# runtime, so an installed Copydesk starts like `run.sh` does (docs/decisions/0036).
# shellcheck source=packaging/java.sh
source packaging/java.sh
jpackage_bin="$(dirname "$(readlink -f "$java_bin")")/jpackage"
[ -x "$jpackage_bin" ] || jpackage_bin=jpackage
if $java_aot; then
  args+=(--java-options "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow")
fi
"$jpackage_bin" "${args[@]}"
echo "built: $(ls -d target/dist/*)"
