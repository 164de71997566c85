#!/usr/bin/env bash
# Runs every test project. Installs and starts what the tests need (Chromium, a private PostgreSQL cluster on
# loopback), then prints one closing line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/TestResults"
rm -rf "$results"; mkdir -p "$results"

scripts/install-test-deps.sh || { echo "0 passed, 1 failed"; exit 1; }

if pg=$(scripts/postgres.sh start); then
  export CRAMPBOT_TEST_POSTGRES="$pg"
else
  echo "test.sh: PostgreSQL did not start; the PostgreSQL tests will fail" >&2
fi
trap 'scripts/postgres.sh stop' EXIT

if ! dotnet build CrampBot.sln -c Debug -nologo -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for proj in tests/*/*.csproj; do
  name=$(basename "$proj" .csproj)
  echo "== $name"
  dotnet test "$proj" --no-build -c Debug --nologo --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=minimal" --results-directory "$results" || status=1
done

# Sum the counters of every TRX file: the closing line CI reads.
passed=0; failed=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if ((failed == 0 && status != 0)); then failed=1; fi   # a crashed test host counts as a failure
if ((passed == 0)); then status=1; fi
echo "$passed passed, $failed failed"
exit $(( status != 0 || failed != 0 ))
