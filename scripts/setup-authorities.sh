#!/usr/bin/env bash
# Installs the authorities the data tests read: mingw-w64's Windows headers (Debian package
# mingw-w64-common) and glibc's translated messages (libc-l10n). Idempotent; needs root or
# sudo when one is missing.
set -euo pipefail
PACKAGES=(mingw-w64-common libc-l10n)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
