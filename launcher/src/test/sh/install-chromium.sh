#!/usr/bin/env bash
# Run by the launcher's build before its tests: installs Debian's chromium and chromium-driver for
# the dashboard's browser test where they are missing and this machine can (root, or sudo without
# a password, and apt-get). Elsewhere it says why and the test is skipped; it never fails the build.
set -u
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "install-chromium: no apt-get here; install chromium and chromedriver to run the browser test" >&2
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "install-chromium: not root and no password-less sudo; the browser test will be skipped" >&2
  exit 0
fi
echo "install-chromium: installing Debian's chromium and chromium-driver (once) ..." >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 \
  || { "${as_root[@]}" apt-get update -q >/dev/null 2>&1 && "${as_root[@]}" apt-get install -y -q chromium chromium-driver >/dev/null 2>&1; } \
  || echo "install-chromium: apt-get could not install chromium; the browser test will be skipped" >&2
exit 0
