#!/usr/bin/env bash
# Installs the Debian packages the build and tests need, when they are missing:
# chromium-headless-shell (Debian's headless build of chromium: prints the PDFs, runs the browser
# tests) and poppler-utils (pdfinfo, pdftotext). Never downloads a browser of its own.
set -euo pipefail
missing=()
command -v chromium-headless-shell >/dev/null 2>&1 || missing+=(chromium-headless-shell)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} with apt-get"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
