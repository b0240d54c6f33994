#!/usr/bin/env bash
# Start-up and key-to-screen latency of the terminal browser, measured in tmux on the real program.
#   bench/tui/measure.sh [path/to/nmngraph-tui.dll]   (build first: dotnet build tui)
# Start-up: process start → first frame, and → seed corpus on screen ("● ready" with the article list), for a
# fresh database (created and seeded) and for an existing one. Latency: key sent → pane changed, polling
# capture-pane as fast as it runs (so each figure includes one capture, a few ms).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
dll="${1:-$here/tui/bin/Debug/net10.0/nmngraph-tui.dll}"
command -v tmux >/dev/null || { echo "tmux is required" >&2; exit 1; }
[ -f "$dll" ] || { echo "build first: dotnet build tui ($dll missing)" >&2; exit 1; }
work="$(mktemp -d)"
session="nmngraph-measure-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }
capture() { tmux capture-pane -p -t "$session"; }
capture_styled() { tmux capture-pane -p -e -t "$session"; }
wait_for() { # pattern, timeout seconds
    local deadline=$(( $(now_ms) + ${2:-60} * 1000 ))
    until capture | grep -qF -- "$1"; do
        [ "$(now_ms)" -lt "$deadline" ] || { echo "timed out waiting for '$1'" >&2; capture >&2; exit 1; }
    done
}

startup() { # label
    local t0 first ready
    t0=$(now_ms)
    tmux new-session -d -s "$session" -x 100 -y 30 "dotnet '$dll' --db '$work/nmngraph.db'; exec sleep 600"
    wait_for "Articles │ Studies" 60; first=$(now_ms)
    wait_for "● ready" 60; wait_for "NMN promotes bone formation" 5; ready=$(now_ms)
    echo "start-up ($1): first frame $((first - t0)) ms, seed corpus on screen $((ready - t0)) ms"
}

latency() { # label key count
    local samples=() before t0 i
    for ((i = 0; i < $3; i++)); do
        before="$(capture_styled)"
        t0=$(now_ms)
        tmux send-keys -t "$session" "$2"
        while [ "$(capture_styled)" == "$before" ]; do
            [ $(( $(now_ms) - t0 )) -lt 5000 ] || break
        done
        samples+=($(( $(now_ms) - t0 )))
        # In the list, alternate direction so every press changes the screen (the detail has links enough to go on).
        if [ "${4:-}" == "alternate" ]; then
            if [ "$2" == "Down" ]; then set -- "$1" Up "$3" "$4"; else set -- "$1" Down "$3" "$4"; fi
        fi
    done
    printf '%s\n' "${samples[@]}" | sort -n | awk -v label="$1" '{ a[NR] = $1 } END { printf "key-to-screen (%s): median %d ms, p90 %d ms, max %d ms over %d presses\n", label, a[int((NR + 1) / 2)], a[int(NR * 0.9)], a[NR], NR }'
}

startup "fresh database"
latency "list ↑/↓" Down 20 alternate
tmux send-keys -t "$session" Enter; wait_for "─ Article: " 10
latency "detail, next link" Down 20
tmux send-keys -t "$session" q; sleep 1; tmux kill-session -t "$session"
startup "existing database"
tmux send-keys -t "$session" q
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
