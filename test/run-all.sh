#!/usr/bin/env bash
# npm test: build, typecheck, the unit/LSP/CLI specs (mocha, .mocharc.json), then the real VS Code suite
# (code-server + headless chromium). Prints each runner's own summary, then one line `N passed, M failed`
# totalling every mocha run. Exit status is non-zero when any part failed.
set -uo pipefail
cd "$(dirname "$0")/.."

# install.sh is idempotent and quiet (about 2 s when nothing is missing), so new dependencies after a pull
# are picked up without a separate step.
bash scripts/install.sh || exit 1

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
passed=0
failed=0
problems=()
recap=()

# Adds one mocha run's "N passing" / "M failing" lines (from its spec reporter output) to the totals.
# A run that fails without a failing test (crash, timeout, no summary) counts as one failure.
count_mocha_run() {
  local name=$1 status=$2 log=$3 pass fail
  pass=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -Eo '^ *[0-9]+ passing' | tail -1 | grep -Eo '[0-9]+' || true)
  fail=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -Eo '^ *[0-9]+ failing' | tail -1 | grep -Eo '[0-9]+' || true)
  pass=${pass:-0}
  fail=${fail:-0}
  if [ "$status" -ne 0 ] && [ "$fail" -eq 0 ]; then
    fail=1
    problems+=("$name: exited with $status without a failing test")
  elif [ "$status" -ne 0 ]; then
    problems+=("$name: $fail failing")
  fi
  passed=$((passed + pass))
  failed=$((failed + fail))
  recap+=("$name: $pass passing, $fail failing")
}

echo "== build"
if ! node esbuild.mjs; then
  echo "build failed: nothing to test" >&2
  exit 1
fi

echo "== typecheck (tsc --noEmit)"
if npx tsc --noEmit -p .; then recap+=("typecheck: ok"); else
  recap+=("typecheck: FAILED")
  problems+=("typecheck")
fi

echo "== unit, LSP and CLI specs (mocha)"
if [ -n "$(find test/unit test/lsp test/cli -name '*.test.ts' 2>/dev/null | head -1)" ]; then
  npx mocha 2>&1 | tee "$logs/mocha.log"
  count_mocha_run "unit/lsp/cli" "${PIPESTATUS[0]}" "$logs/mocha.log"
else
  recap+=("unit/lsp/cli: no spec files")
fi

echo "== real images (private dockerd + BuildKit via scripts/dockerd.sh; skipped with the reason where it cannot start)"
npx mocha --config test/images/mocharc.json 2>&1 | tee "$logs/images.log"
count_mocha_run "images" "${PIPESTATUS[0]}" "$logs/images.log"

echo "== TextMate grammar (fixtures with vscode-tmgrammar-test, then the corpus sweep)"
npm run -s test:grammar 2>&1 | tee "$logs/grammar.log"
grammar_status=${PIPESTATUS[0]}
grammar_pass=$(( $(grep -c '^✓' "$logs/grammar.log" || true) + $(grep -Eo 'corpus-sweep: [0-9]+ passed' "$logs/grammar.log" | grep -Eo '[0-9]+' || echo 0) ))
grammar_fail=$(( $(grep -c '^✖' "$logs/grammar.log" || true) + $(grep -Eo '[0-9]+ failed' "$logs/grammar.log" | grep -Eo '[0-9]+' || echo 0) ))
if [ "$grammar_status" -ne 0 ] && [ "$grammar_fail" -eq 0 ]; then grammar_fail=1; fi
if [ "$grammar_status" -ne 0 ]; then problems+=("grammar: $grammar_fail failing"); fi
passed=$((passed + grammar_pass))
failed=$((failed + grammar_fail))
recap+=("grammar: $grammar_pass passing, $grammar_fail failing")

# runTest.js starts a private dockerd (scripts/dockerd.sh) for the real-engine tests, hands its DOCKER_HOST to
# the extension host and stops it afterwards (containers removed, directory deleted); skipped with the reason.
echo "== VS Code integration (code-server + chromium + private dockerd; screenshots in test-artifacts/)"
TEST_TIMEOUT=${TEST_TIMEOUT:-900} node test/vscode/runTest.js 2>&1 | tee "$logs/vscode.log"
count_mocha_run "vscode" "${PIPESTATUS[0]}" "$logs/vscode.log"

echo "== summary"
printf '%s\n' "${recap[@]}"
if [ ${#problems[@]} -gt 0 ]; then printf 'FAILED: %s\n' "${problems[@]}"; fi
echo "$passed passed, $failed failed"
[ ${#problems[@]} -eq 0 ]
