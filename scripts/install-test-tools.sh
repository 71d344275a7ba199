#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's Chromium (tests drive it with
# playwright-core; no downloaded browser), Noto CJK fonts so Chinese renders in page text, and GDAL's
# ogrinfo, which reads the planner's exports the way a GIS would.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v ogrinfo >/dev/null 2>&1 || missing+=(gdal-bin)
if [ ${#missing[@]} -eq 0 ]; then
  echo "test tools: chromium, fonts-noto-cjk and gdal-bin present"
  exit 0
fi
echo "test tools: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig
