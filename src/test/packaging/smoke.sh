#!/usr/bin/env bash
# Packaging smoke test, run by CI after `mvn verify`:
#  1. builds the desktop distribution (mvn -Pdist package; --no-build uses the one in target/dist);
#  2. starts the app image's launcher with --smoke under Xvfb: it must print "ready in N ms" and exit 0,
#     with JavaFX loaded from the bundled runtime (no "unsupported configuration" warning);
#  3. runs the headless commands (info, export to PDF) through the same launcher, which catches a
#     module missing from the runtime;
#  4. where a .deb was built and this runs as root: installs it (apt-get pulls its dependencies), runs
#     /opt/annals/bin/Annals --smoke, validates the installed .desktop entry (desktop-file-validate),
#     checks the icons, the MIME type of *.timeline.json and the class-data sharing archive made at
#     install, then purges the package again and checks that it left nothing behind.
# Needs xvfb-run (Debian: xvfb, xauth) and libgtk-3-0; for step 4 desktop-file-utils.
set -euo pipefail
cd "$(dirname "$0")/../../.."

fail() {
    echo "packaging smoke test FAILED: $*" >&2
    exit 1
}

if [ "${1:-}" != "--no-build" ]; then
    mvn -B -ntp -q -DskipTests -Pdist package
fi
command -v xvfb-run >/dev/null || fail "xvfb-run is missing (Debian: apt-get install xvfb xauth)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"

# Starts a launcher with --smoke in a fresh Xvfb and a fresh home (no remembered window or file).
smoke() {
    local launcher=$1 out
    [ -x "$launcher" ] || fail "$launcher is missing"
    if ! out=$(HOME="$tmp/home" timeout 120 xvfb-run -a -s "-screen 0 1440x900x24" "$launcher" --smoke \
            2>"$tmp/stderr"); then
        cat "$tmp/stderr" >&2
        fail "$launcher --smoke did not exit 0: $out"
    fi
    if ! grep -Eq '^ready in [0-9]+ ms$' <<<"$out"; then
        cat "$tmp/stderr" >&2
        fail "$launcher printed no ready line: $out"
    fi
    if grep -q "Unsupported JavaFX configuration" "$tmp/stderr"; then
        fail "$launcher loaded JavaFX from the class path, not from its runtime"
    fi
    echo "ok: $launcher --smoke: $out"
}

# The headless commands through a launcher: they need the runtime's java.desktop, java.prefs, … too.
commands() {
    local launcher=$1
    "$launcher" info seeds/belarus-nato-relations.txt >"$tmp/info.txt" || fail "$launcher info failed"
    grep -q '^title: Belarus' "$tmp/info.txt" || fail "$launcher info printed no title"
    "$launcher" export seeds/belarus-nato-relations.txt --from 2004 --to 2012 -o "$tmp/period.pdf" 2>"$tmp/export.txt" \
        || { cat "$tmp/export.txt" >&2; fail "$launcher export failed"; }
    [ "$(head -c 5 "$tmp/period.pdf")" = "%PDF-" ] || fail "$launcher export wrote no PDF"
    echo "ok: $launcher info, export"
}

image=target/dist/Annals
smoke "$image/bin/Annals"
commands "$image/bin/Annals"

deb=$(find target/dist -maxdepth 1 -name 'annals_*.deb' | head -n 1)
if [ -z "$deb" ]; then
    echo "skipped: no .deb was built (it needs dpkg-deb and fakeroot)"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: installing $deb needs root"
    exit 0
fi
command -v desktop-file-validate >/dev/null || fail "desktop-file-validate is missing (Debian: desktop-file-utils)"

if dpkg -s annals >/dev/null 2>&1; then
    dpkg --purge annals >/dev/null
    echo "removed the annals package that was installed before"
fi
if command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >"$tmp/install.txt" 2>&1 \
        || { cat "$tmp/install.txt" >&2; fail "installing $deb failed"; }
else
    dpkg -i "$deb" >"$tmp/install.txt" 2>&1 || { cat "$tmp/install.txt" >&2; fail "dpkg -i $deb failed"; }
fi
echo "ok: installed $deb"

smoke /opt/annals/bin/Annals
commands /opt/annals/bin/Annals

desktop=/usr/share/applications/annals-Annals.desktop
[ -f "$desktop" ] || fail "$desktop was not installed"
desktop-file-validate "$desktop" || fail "$desktop is not valid"
grep -q '^Exec=/opt/annals/bin/Annals %f$' "$desktop" || fail "$desktop does not pass the file to open"
grep -q '^MimeType=application/x-annals-timeline' "$desktop" || fail "$desktop names no MIME type"
echo "ok: $desktop is valid"

for size in 16 32 48 64 128 256 512; do
    icon=/usr/share/icons/hicolor/${size}x$size/apps/annals.png
    [ -f "$icon" ] || fail "$icon was not installed"
done
echo "ok: icons 16 to 512 in the hicolor theme"

[ "$(xdg-mime query default application/x-annals-timeline)" = annals-Annals.desktop ] \
    || fail "Annals is not the default application for application/x-annals-timeline"
cp src/main/resources/data/belarus-nato-relations.timeline.json "$tmp/t.timeline.json"
echo '{}' >"$tmp/plain.json"
if command -v mimetype >/dev/null; then
    [ "$(xdg-mime query filetype "$tmp/t.timeline.json")" = application/x-annals-timeline ] \
        || fail "*.timeline.json is not application/x-annals-timeline"
    [ "$(xdg-mime query filetype "$tmp/plain.json")" = application/json ] \
        || fail "the package took other .json files too"
    echo "ok: *.timeline.json opens in Annals, other .json files do not"
fi

# The archive the postinst made must fit this installation's class path (-Xshare:on fails otherwise).
app=/opt/annals/lib/app
cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/Annals.cfg" | paste -sd: -)
/opt/annals/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile="$app/annals.jsa" -cp "$cp" -version \
    >"$tmp/cds.txt" 2>&1 || { cat "$tmp/cds.txt" >&2; fail "the installed CDS archive does not fit"; }
echo "ok: the installed class-data sharing archive fits /opt/annals"

dpkg --purge annals >"$tmp/remove.txt" 2>&1 || { cat "$tmp/remove.txt" >&2; fail "dpkg --purge annals failed"; }
[ ! -e /opt/annals ] || fail "/opt/annals is still there after removal: $(find /opt/annals | head)"
[ ! -e "$desktop" ] || fail "$desktop is still there after removal"
[ ! -e /usr/share/icons/hicolor/256x256/apps/annals.png ] || fail "the icons are still there after removal"
echo "ok: purged the package, nothing left behind"
