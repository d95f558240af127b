#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (playwright-core drives it;
# no browser download). Idempotent; needs root or sudo when missing.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq chromium >/dev/null
