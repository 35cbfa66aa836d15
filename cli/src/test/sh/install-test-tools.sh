#!/usr/bin/env bash
# Run by the cli module's build before its tests: installs the Debian packages that tests use as
# outside tools, where they are missing and this machine can (root, or sudo without a password,
# and apt-get): chromium and chromium-driver for the dashboard's browser test, kcat for the
# outside producer and consumer. Elsewhere it says why and those tests are skipped; it never
# fails the build.
set -u
packages=()
command -v chromium >/dev/null && command -v chromedriver >/dev/null || packages+=(chromium chromium-driver)
command -v kcat >/dev/null || packages+=(kcat)
if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "install-test-tools: no apt-get here; install ${packages[*]} to run the tests that use them" >&2
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "install-test-tools: not root and no password-less sudo; the tests that use ${packages[*]} will be skipped" >&2
  exit 0
fi
echo "install-test-tools: installing Debian's ${packages[*]} (once) ..." >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y -q "${packages[@]}" >/dev/null 2>&1 \
  || { "${as_root[@]}" apt-get update -q >/dev/null 2>&1 && "${as_root[@]}" apt-get install -y -q "${packages[@]}" >/dev/null 2>&1; } \
  || echo "install-test-tools: apt-get could not install ${packages[*]}; the tests that use them will be skipped" >&2
exit 0
