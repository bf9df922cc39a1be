#!/bin/bash
# Builds the Debian package and the source tarball from a configured build folder, checks the package as
# Debian would (lintian, desktop-file-validate, appstreamcli), then unpacks it into a temporary root and
# runs the installed programs from there: --version without a display, a new database set up by the CLI,
# the demo and a search, and the desktop's first window offscreen.
#   packaging/check-package.sh [build-dir]        (default build/ci; CI runs it after the tests)
# Needs what packaging/setup-debian.sh installs. Fails on any lintian error; its warnings are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
if [ ! -f "$build/CPackConfig.cmake" ]; then
    echo "check-package: $build is not a configured build folder (cmake --preset ci first)." >&2
    exit 2
fi

step() { printf '== %s\n' "$*"; }
fail() {
    printf 'check-package: %s\n' "$*" >&2
    exit 1
}

step "building the programs and the installed files"
cmake --build "$build" --target chairside chairside-cli chairside_desktop_files
rm -f "$build"/chairside_*.deb "$build"/chairside-*.tar.gz

step "cpack: the Debian package"
(cd "$build" && cpack -G DEB --config CPackConfig.cmake >cpack.log 2>&1) || {
    cat "$build/cpack.log"
    fail "cpack could not make the package"
}
debs=("$build"/chairside_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || fail "cpack made no chairside_*.deb in $build"
version=$(dpkg-deb --field "$deb" Version)
echo "$deb: $(dpkg-deb --field "$deb" Package) $version, $(stat -c %s "$deb") bytes"
echo "Depends: $(dpkg-deb --field "$deb" Depends)"
dpkg-deb --field "$deb" Depends | grep -q "libqt6widgets6" || fail "Depends lacks what dpkg-shlibdeps finds"
dpkg-deb --field "$deb" Depends | grep -q "libzint" || fail "Depends lacks the barcode library"

step "cpack: the source tarball"
(cd "$build" && cpack --config CPackSourceConfig.cmake >cpack-source.log 2>&1) || {
    cat "$build/cpack-source.log"
    fail "cpack could not make the source tarball"
}
tarball="$build/chairside-$version.tar.gz"
[ -f "$tarball" ] || fail "no $tarball"
listing=$(tar -tzf "$tarball")
for expected in CMakeLists.txt core/ ui/booking/barcode.cpp packaging/debian/changelog LICENSE; do
    grep -q "^chairside-$version/$expected" <<<"$listing" || fail "the source tarball lacks $expected"
done
if grep -E "^chairside-$version/(build/|\.git/)" <<<"$listing" | head -3 | grep .; then
    fail "the source tarball holds a build folder or git's own files"
fi
echo "$tarball: $(wc -l <<<"$listing") entries"

step "lintian"
# --fail-on error: a warning is printed and kept in mind, an error stops the build.
lintian --fail-on error --display-level ">=info" --tag-display-limit 0 "$deb" || fail "lintian found errors"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/tree"
tree="$root/tree"

step "the installed files"
for path in usr/bin/chairside usr/bin/chairside-cli \
    usr/share/applications/org.chairside.Chairside.desktop \
    usr/share/metainfo/org.chairside.Chairside.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/chairside.svg \
    usr/share/man/man1/chairside.1.gz usr/share/man/man1/chairside-cli.1.gz \
    usr/lib/systemd/system/chairside-interface.service usr/lib/sysusers.d/chairside.conf \
    usr/share/doc/chairside/copyright usr/share/doc/chairside/changelog.gz \
    usr/share/doc/chairside/interface.env.example; do
    [ -f "$tree/$path" ] || fail "the package lacks /$path"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$tree/usr/share/icons/hicolor/${size}x${size}/apps/chairside.png"
    [ -f "$png" ] || fail "the package lacks the ${size}x${size} icon"
    # A PNG's width and height are the big-endian words at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
    [ "$dims" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $dims"
done
grep -q "^ExecStart=/usr/bin/chairside-cli " "$tree/usr/lib/systemd/system/chairside-interface.service" \
    || fail "the service does not start the packaged /usr/bin/chairside-cli"
zcat "$tree/usr/share/man/man1/chairside-cli.1.gz" | grep -q "^\.B audit verify" \
    || fail "chairside-cli(1) does not list the commands"
if ldd "$tree/usr/bin/chairside" "$tree/usr/bin/chairside-cli" | grep "not found"; then
    fail "a library the programs need is missing"
fi
echo "all there"

step "desktop-file-validate"
desktop-file-validate "$tree/usr/share/applications/org.chairside.Chairside.desktop"
step "appstreamcli validate-tree --no-net (the screenshots' addresses are not fetched)"
appstreamcli validate-tree --no-net "$tree"

step "the programs, run from the unpacked package"
work="$root/home"
mkdir -p "$work"
chmod 700 "$work"
# A clean user: no display, its own home, nothing of the caller's Qt settings.
run() {
    env -i PATH=/usr/bin:/bin HOME="$work" XDG_RUNTIME_DIR="$work" LANG=C.UTF-8 "$@"
}
got=$(run "$tree/usr/bin/chairside" --version)
[ "$got" = "Chairside $version" ] || fail "chairside --version printed \"$got\", not \"Chairside $version\""
echo "$got"
got=$(run "$tree/usr/bin/chairside-cli" --version)
[ "$got" = "chairside-cli $version" ] || fail "chairside-cli --version printed \"$got\""
echo "$got"
run "$tree/usr/bin/chairside" --help | grep -q -- "--demo" || fail "chairside --help without a display"

db="$work/center.sqlite"
run CHAIRSIDE_PASSWORD=check-package-1 "$tree/usr/bin/chairside-cli" --db "$db" init --name admin
out=$(run CHAIRSIDE_PASSWORD=check-package-1 "$tree/usr/bin/chairside-cli" --db "$db" --json center add \
    --name "Package Check Infusion" --tz America/New_York --hours "mon-fri 07:00-19:00")
echo "$out"
grep -q '"name": *"Package Check Infusion"' <<<"$out" || fail "center add did not answer with the center"
run "$tree/usr/bin/chairside-cli" --db "$db" audit verify

demo="$work/demo.sqlite"
run "$tree/usr/bin/chairside-cli" --db "$demo" demo >/dev/null
out=$(run CHAIRSIDE_PASSWORD=admin-demo "$tree/usr/bin/chairside-cli" --db "$demo" --json find smith)
grep -q '"mrn"' <<<"$out" || fail "find on the demo found nobody: $out"
echo "demo database made and searched"

out=$(run QT_QPA_PLATFORM=offscreen "$tree/usr/bin/chairside" --db "$demo" --report-first-paint)
grep -q "^first paint: [0-9]* ms" <<<"$out" || fail "the desktop did not paint its window: $out"
echo "desktop: $out"

echo "Package: checked ($deb)."
