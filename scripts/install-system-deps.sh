#!/usr/bin/env bash
# What the tests need from the operating system (Debian/Ubuntu), installed only when missing:
# headless Chromium and its driver (dashboard browser tests), espeak-ng (the German caller's
# voice for the browser call test), sox (audio tools), and the PostgreSQL server binaries (the
# ledger tests start a throwaway server of their own: tests/pg_server.py), and python3-venv
# (ensurepip, for `python3 -m venv`). Needs root or sudo;
# no browser download.
set -euo pipefail
needed=()
have_postgres() {
  command -v pg_ctl >/dev/null 2>&1 && return 0
  compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null
}
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v chromedriver >/dev/null 2>&1 || needed+=(chromium-driver)
command -v espeak-ng >/dev/null 2>&1 || needed+=(espeak-ng)
command -v sox >/dev/null 2>&1 || needed+=(sox)
have_postgres || needed+=(postgresql)
# `python3 -m venv` (the README's next step) needs ensurepip: Debian/Ubuntu ship it apart.
python3 -c 'import ensurepip' >/dev/null 2>&1 || needed+=(python3-venv)
if [ ${#needed[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing: ${needed[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
