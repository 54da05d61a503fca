#!/usr/bin/env bash
# The fuzz test for longer than CI gives it: bench/fuzz.sh [seconds] (default 600).
# It prints the number of cases run; a failure prints the shrunk input and a CsCheck seed to repeat it
# (CsCheck_Seed=<seed> bench/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
GUIDE_FUZZ_SECONDS="$seconds" dotnet test tests/Guide.Tests \
  --filter "FullyQualifiedName~Guide.Tests.Fuzzing" \
  --logger "console;verbosity=detailed"
