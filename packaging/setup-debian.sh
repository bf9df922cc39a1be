#!/bin/sh
# Installs what building and testing Chairside needs on Debian 12, and nothing when it is all there.
# Runs apt-get as root, or through sudo for another user.
set -eu

packages="cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev
qt6-tools-dev-tools qt6-l10n-tools libgl-dev catch2 libsqlite3-dev libsodium-dev libbenchmark-dev tzdata
fonts-dejavu-core libqt6svg6 xvfb xauth clang-format clang-tidy clazy python3-hl7 openssl
libzint-dev libzbar-dev librsvg2-bin dpkg-dev lintian desktop-file-utils appstream qt6-qpa-plugins
qt6-translations-l10n libcurl4-openssl-dev libical-dev python3-aiosmtpd libpq-dev postgresql
postgresql-common"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "Chairside needs these Debian packages:$missing" >&2
    echo "Install them as root (apt-get install$missing), or install sudo, then run this again." >&2
    exit 1
fi

echo "Installing:$missing"
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
