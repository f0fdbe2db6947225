#!/usr/bin/env bash
# Nutshell's first command on a fresh Debian machine: system browsers, npm packages, both builds,
# the test builds, then the demo (screenshots in out/demo/). Run as root, or as a user with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# Debian packages the end-to-end tests and the demo need (no browser is ever downloaded by npm).
# firefox-esr-l10n-de: Firefox only switches its UI (and so browser.i18n) to German with the
# language pack installed; tests/e2e/locales.e2e.ts needs it.
APT_PACKAGES=(chromium firefox-esr firefox-esr-l10n-de xvfb xdotool)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null; then
    SUDO=(sudo)
  else
    echo "setup.sh: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
  step "Installing ${missing[*]} with apt-get"
  "${SUDO[@]}" apt-get update
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
else
  step "System packages already installed: ${APT_PACKAGES[*]}"
fi

step "npm ci (Node $(node --version))"
npm ci --no-audit --no-fund

step "Building dist/chrome, dist/firefox and their zips"
npm run -s build

step "Building the test builds (dist/chrome-test, dist/firefox-test)"
npm run -s build:test

step "Demo: Nutshell on scripts/demo/sample-article.html"
npm run -s demo

step "Done. Screenshots are in out/demo/; run 'npm test' for every test."
