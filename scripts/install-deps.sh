#!/usr/bin/env bash
# Installs what building, running and testing Baken needs on Debian 12 / Ubuntu, and only what is
# missing: the Debian packages (apt-get as root, else sudo), tauri-driver (cargo), and the UI's npm
# packages exactly as pinned in ui/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential pkg-config file libssl-dev libxdo-dev
  libwebkit2gtk-4.1-dev libsoup-3.0-dev librsvg2-dev libayatana-appindicator3-dev
  webkit2gtk-driver xvfb xauth x11-utils dbus dbus-x11 poppler-utils
  desktop-file-utils python3 hunspell hunspell-nl hunspell-en-gb
  gnome-keyring sqlite3
)
# gnome-keyring: the key store (Secret Service) the end-to-end tests and `make bench` run Baken
# against, on a D-Bus session of their own; sqlite3: the tests check that it cannot read the
# encrypted database.
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v cargo >/dev/null || {
  echo "install-deps: Rust is missing; install it with rustup (https://rustup.rs), then run make again." >&2
  exit 1
}
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "install-deps: Node.js 20 or newer is needed (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

# The WebDriver bridge for the end-to-end tests, pinned like every other dependency.
if ! tauri-driver --help >/dev/null 2>&1; then
  echo "install-deps: installing tauri-driver"
  cargo install tauri-driver --version 2.1.0 --locked --quiet
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "install-deps: installing npm packages from ui/package-lock.json"
  npm ci --prefix ui --no-audit --no-fund --loglevel=error
fi
