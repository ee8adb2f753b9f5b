#!/usr/bin/env bash
# Regenerate docs/report.png and docs/site.png: the HTML report of the shipped seeds with a
# few recorded updates, branded (title, subtitle, publisher, introduction, logo), written by
# `accord report`, and the railway's page of the website `accord site` makes of the same;
# each photographed by headless Chromium.
#
# Needs accord on PATH (or ACCORD=/path/to/accord) and Debian's chromium. Touches no user
# file: the updates go to a state in a temporary ACCORD_HOME, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
accord=${ACCORD:-accord}
out=${1:-docs/report.png}
site_out=${2:-docs/site.png}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in ACCORD_STATE ACCORD_SEEDS ACCORD_CONFIG ACCORD_CACHE_DIR ACCORD_STALE_DAYS ACCORD_FORMAT ACCORD_COLOR; do
    unset "$name"
done
export ACCORD_HOME="$work/home" ACCORD_AUTHOR="analyst"
mkdir -p "$ACCORD_HOME"

record() { "$accord" update "$@" >/dev/null; }

record cku-railway-agreement --status fulfilled --date 2024-06-06 \
    --note "China, Kyrgyzstan and Uzbekistan sign the intergovernmental agreement on the railway in Beijing" \
    --evidence "https://example.org/cku-agreement Trilateral agreement signed"
record cku-railway --status in-progress --progress 10 --date 2024-06-06 \
    --note "Intergovernmental agreement signed; financing and the joint venture to follow" \
    --evidence "https://example.org/cku-agreement Trilateral agreement signed"
record cku-railway --progress 15 --date 2024-12-27 \
    --note "Construction launched at a ceremony in Jalal-Abad" \
    --evidence "https://example.org/cku-launch Launch ceremony"
record turgat-irkeshtan-ports --status in-progress --progress 30 --date 2025-03 --party KG \
    --note "Irkeshtan throughput up on the year; Turgat crossing upgrade under way" \
    --evidence "https://example.org/irkeshtan Border crossing statistics"
record development-fund --status stalled --date 2025 \
    --note "No capital committed and no fund set up two years on"

cat >"$work/intro.md" <<'EOF'
This demonstration follows every commitment of two China–Kyrgyzstan documents, quoted
**word for word**, and what has been recorded on each since. Assessments use the
[G20 Research Group's](https://www.g20.utoronto.ca/compliance/) compliance scale.
EOF
cat >"$work/logo.svg" <<'EOF'
<svg xmlns="http://www.w3.org/2000/svg" width="210" height="40" viewBox="0 0 210 40"><rect width="40" height="40" rx="6" fill="#e9c46a"/><text x="20" y="28" font-family="Georgia,serif" font-size="24" text-anchor="middle" fill="#14213d">a</text><text x="52" y="27" font-family="Georgia,serif" font-size="20" fill="#ffffff">Demo Institute</text></svg>
EOF
identity=(--as-of 2025-06-30
    --title "China–Kyrgyzstan: what was promised, and how far it has got"
    --subtitle "The 2014 Xi–Atambayev talks and the 2023 joint statement"
    --org "Demo Institute (an example publisher)" --intro "$work/intro.md" --logo "$work/logo.svg")
"$accord" report -o "$work/report.html" "${identity[@]}"
"$accord" site -o "$work/site" "${identity[@]}" --base-url https://example.org/tracker/ 2>/dev/null

shoot() {  # file, size, page
    local profile
    profile=$(mktemp -d -p "$work")
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
        --screenshot="$1" --window-size="$2" "file://$work/$3" 2>/dev/null
    echo "Wrote $1"
}
shoot "$out" 1280,2200 report.html
shoot "$site_out" 1100,960 site/c/cku-railway/index.html
