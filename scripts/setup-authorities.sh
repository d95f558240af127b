#!/usr/bin/env bash
# Installs the authorities the data tests read: mingw-w64's Windows headers
# (Debian package mingw-w64-common). Idempotent; needs root or sudo when missing.
set -euo pipefail
if dpkg-query -W -f='${Status}' mingw-w64-common 2>/dev/null | grep -q 'install ok installed'; then exit 0; fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq mingw-w64-common >/dev/null
