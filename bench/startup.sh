#!/usr/bin/env bash
# Start-up benchmark: a new process to the first frame that shows the timeline, from the app's own
# --smoke line ("ready in N ms", counted from the JVM's start) and from outside (from exec to that line,
# so the native launcher and the JVM's boot are in). Each variant runs RUNS times (default 10) after
# one unmeasured run, in turn with the others so that load on the machine spreads over all of them;
# the OS file cache is warm ("cold" means a new JVM, not a cold disk). Runs under xvfb-run.
#   jar      java -XX:TieredStopAtLevel=1 -jar target/annals.jar (the README's command): the system JDK
#            with its default CDS archive
#   image    target/dist/Annals/bin/Annals: the runtime's archive (JDK and JavaFX classes of a start)
#            and the app's archive on top (its own classes, Jackson, ControlsFX), as shipped
#   runtime  the image's runtime and class path without the app's archive (the launcher's JIT option)
#   no-cds   the same with class-data sharing off (-Xshare:off)
# Builds target/annals.jar and target/dist (mvn -Pdist package) when they are missing; IMAGE=DIR measures
# another application image (e.g. one built with -Ddist.cds=false).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${ANNALS_BENCH_DISPLAY:-}" ]; then
    if [ ! -f target/annals.jar ] || [ ! -x "${IMAGE:-target/dist/Annals}/bin/Annals" ]; then
        mvn -q -DskipTests -Pdist package
    fi
    if command -v xvfb-run >/dev/null; then
        export ANNALS_BENCH_DISPLAY=xvfb
        exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
    fi
    [ -n "${DISPLAY:-}" ] || { echo "needs xvfb-run (Debian: xvfb, xauth) or a display" >&2; exit 1; }
    export ANNALS_BENCH_DISPLAY=$DISPLAY
fi

runs=${RUNS:-10}
image=$(cd "${IMAGE:-target/dist/Annals}" && pwd)
app=$image/lib/app
java=$image/lib/runtime/bin/java
cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/Annals.cfg" | paste -sd: -)
main=dev.annals.app.Launcher
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

start() {
    case $1 in
        jar) java -XX:TieredStopAtLevel=1 -jar target/annals.jar --smoke ;;
        image) "$image/bin/Annals" --smoke ;;
        runtime) "$java" -XX:TieredStopAtLevel=1 -cp "$cp" $main --smoke ;;
        no-cds) "$java" -XX:TieredStopAtLevel=1 -Xshare:off -cp "$cp" $main --smoke ;;
    esac
}

# One run: prints "<ms by the app's clock> <ms from exec>".
measure() {
    local start end="" line ready=""
    start=$(date +%s%N)
    while IFS= read -r line; do
        case $line in
            "ready in "*)
                end=$(date +%s%N)
                ready=${line#ready in }
                ready=${ready% ms}
                ;;
        esac
    done < <(HOME=$home start "$1" 2>/dev/null)
    [ -n "$ready" ] || { echo "$1: no ready line" >&2; exit 1; }
    echo "$ready $(((end - start) / 1000000))"
}

stats() { # min median max of the numbers on stdin
    sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2);
        printf "%6d %6d %6d", v[1], m, v[NR] }'
}

variants=(jar image runtime no-cds)
declare -A app_clock outside
for v in "${variants[@]}"; do
    measure "$v" >/dev/null
done
for ((i = 1; i <= runs; i++)); do
    for v in "${variants[@]}"; do
        read -r a o < <(measure "$v")
        app_clock[$v]+="$a "
        outside[$v]+="$o "
    done
done

cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
echo "Start-up to the first frame, $runs runs each ($(nproc) cores, $cpu;"
echo "$("$java" -version 2>&1 | head -n 1); display: $ANNALS_BENCH_DISPLAY; $(date -u +%Y-%m-%d))"
printf '%-8s  %-22s  %-22s\n' "" "ready (JVM clock), ms" "from exec, ms"
printf '%-8s  %6s %6s %6s    %6s %6s %6s\n' variant min median max min median max
for v in "${variants[@]}"; do
    printf '%-8s  %s    %s\n' "$v" "$(tr ' ' '\n' <<<"${app_clock[$v]}" | grep . | stats)" \
        "$(tr ' ' '\n' <<<"${outside[$v]}" | grep . | stats)"
done
