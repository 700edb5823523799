#!/usr/bin/env bash
# Installs what Copydesk needs on a Debian machine, only what is missing:
#   --build   JDK 17 and Maven
#   --test    plus poppler-utils and qpdf (tests read exported PDFs back) and libgs-common
#             (its CMYK ICC profile is the press profile of the CMYK print test)
#   --gui     plus GTK 3, which a real JavaFX window needs
set -euo pipefail

want_test=false want_gui=false
for arg in "$@"; do
  case "$arg" in
    --build) ;;
    --test) want_test=true ;;
    --gui) want_gui=true ;;
    *) echo "setup-debian.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
if $want_test; then
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
  dpkg -s libgs-common >/dev/null 2>&1 || missing+=(libgs-common)
fi
if $want_gui; then
  dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || missing+=(libgtk-3-0)
fi

if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
