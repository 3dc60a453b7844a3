#!/usr/bin/env bash
# Runs the random-input harnesses (tests/Digest.Site.Tests/Hardening/RandomInputTests.cs and
# tests/Digest.Import.Tests/Hardening/RandomImportTests.cs) for a time budget
# instead of a fixed number of cases. Usage: tests/fuzz/run.sh [seconds-per-test]   (default 300)
# A failure prints the generated input and a CsCheck seed; add the input as a regression case.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DIGEST_FUZZ_SECONDS="${1:-${DIGEST_FUZZ_SECONDS:-300}}"
dotnet test tests/Digest.Site.Tests --filter "FullyQualifiedName~Hardening.RandomInputTests" --logger "console;verbosity=normal"
dotnet test tests/Digest.Import.Tests --filter "FullyQualifiedName~Hardening.RandomImportTests" --logger "console;verbosity=normal"
