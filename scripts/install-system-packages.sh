#!/usr/bin/env bash
# Installs the Debian packages the build and tests need, when they are missing:
# chromium-headless-shell (Debian's headless build of chromium: prints the PDFs, runs the browser
# tests), poppler-utils (pdfinfo, pdftotext) and openjdk-17-jre-headless (java, for the W3C Nu HTML
# Checker, vnu-jar). Never downloads a browser or a Java of its own.
set -euo pipefail
missing=()
command -v chromium-headless-shell >/dev/null 2>&1 || missing+=(chromium-headless-shell)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} with apt-get"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
