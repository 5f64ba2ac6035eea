#!/bin/sh
# Installs Chromium for the HTML report tests (test/surfaces/report.test.ts).
# CI calls this before the tests. It never fails the run: without apt-get
# (or without permission) it prints why, and the browser tests skip.
set -u

if [ -x /usr/bin/chromium ]; then
  echo "install-browser: /usr/bin/chromium is already installed."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: apt-get is not available; skipping. The report browser tests will be skipped."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
  else
    echo "install-browser: not root and no sudo; skipping. The report browser tests will be skipped."
    exit 0
  fi
fi

if $SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium; then
  echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)."
else
  echo "install-browser: apt-get could not install chromium; the report browser tests will be skipped."
fi
exit 0
