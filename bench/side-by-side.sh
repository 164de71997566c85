#!/usr/bin/env bash
# The side-by-side run of issue 13: CrampBot against the Bot Framework JS SDK peer, same driver, same run.
#
#   bench/side-by-side.sh [--reps 3] [--seconds 5] [--warmup 2] [--concurrency 1,8,32,128]
#                         [--modes sink,expectReplies] [--no-postgres] [--telemetry 1] [--out DIR]
#
# Builds CrampBot in Release, copies ../shared/peer-bench (or $PEER_BENCH) to a scratch folder and installs the
# peer there from the npm registry, starts a private PostgreSQL cluster (scripts/postgres.sh), then runs
# bench/side-by-side/run.js: every bot started fresh per repetition, CrampBot's reply counts probed, and every
# cell (mode x C) run for each bot in turn. Everything listens on 127.0.0.1 only; everything started is stopped
# and the scratch folder removed on exit. The table goes to OUT/table.md and bench/results/latest.md.
# With the defaults (3 repetitions, 2 s + 5 s per cell, 3 bot setups) it takes about 10 minutes.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
peer_src=${PEER_BENCH:-$repo/../shared/peer-bench}
out="$repo/bench/results/side-by-side-$(date -u +%Y%m%dT%H%M%SZ)"
postgres=1
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-postgres) postgres=0; shift ;;
    --out) out=$(realpath -m "$2"); shift 2 ;;
    --reps|--seconds|--warmup|--concurrency|--modes|--first-warmup|--port-base|--telemetry) args+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "$tool is needed on the PATH" >&2; exit 1; }
done
[[ -f "$peer_src/driver/bench.js" ]] || { echo "no peer-bench at $peer_src (set PEER_BENCH)" >&2; exit 1; }

# The arguments are checked before the build and the npm install, so a typo costs a second, not minutes.
node "$repo/bench/side-by-side/run.js" --validate-only 1 --peer-bench "$peer_src" --crampbot-dll none --out "$out" "${args[@]}" || exit 2

scratch=$(mktemp -d /tmp/crampbot-side-by-side.XXXXXX)
# mktemp makes the folder 0700; run as root, PostgreSQL runs as its own user and must reach its data folder inside.
chmod 755 "$scratch"
export CRAMPBOT_PG_DIR="$scratch/pg"
cleanup() {
  if [[ $postgres -eq 1 ]]; then "$repo/scripts/postgres.sh" stop >/dev/null 2>&1 || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Published as it is deployed: Release, for this machine's runtime, framework-dependent, precompiled (ReadyToRun).
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
echo "== publishing CrampBot (Release, $rid)"
dotnet publish "$repo/src/CrampBot.Web" -c Release -r "$rid" --self-contained false -nologo -clp:ErrorsOnly -o "$scratch/crampbot" >"$scratch/build.log" 2>&1 \
  || { cat "$scratch/build.log"; exit 1; }

echo "== installing the peer in $scratch/peer-bench"
cp -r "$peer_src" "$scratch/peer-bench"
rm -rf "$scratch/peer-bench"/results-* "$scratch/peer-bench/peer-bot/node_modules"
(cd "$scratch/peer-bench/peer-bot" && timeout 600 npm install --no-audit --no-fund --loglevel=error >"$scratch/npm.log" 2>&1) \
  || { cat "$scratch/npm.log"; exit 1; }

pg_args=()
if [[ $postgres -eq 1 ]]; then
  echo "== starting a private PostgreSQL cluster"
  pg_args=(--postgres "$("$repo/scripts/postgres.sh" start)")
fi

mkdir -p "$out"
node "$repo/bench/side-by-side/run.js" --peer-bench "$scratch/peer-bench" --crampbot-dll "$scratch/crampbot/CrampBot.Web.dll" \
  --out "$out" "${pg_args[@]}" "${args[@]}"
rm -rf "$out/data"
cp "$out/table.md" "$repo/bench/results/latest.md"
echo "== table: $out/table.md (and bench/results/latest.md)"
