# The case harness shared by tests/cli/run-cli-tests.sh and
# tests/robustness/run.sh (sourced, not run).
#
# A case is `begin NAME`, a run that leaves $tmp/out, $tmp/err and $status,
# checks that call `problem WHY` when they fail, then `end`, which prints
# "ok: NAME" or "FAIL: NAME: WHY" followed by what the run wrote. The
# runner sets $tmp before its first case, and defines `run` and
# `expect_status` (they differ: the robustness runner adds a timeout, time
# and memory). With harness_clear_outputs=1, `begin` empties $tmp/out and
# $tmp/err, so no case sees what an earlier one wrote.

# Messages in English, no colours, a fixed width.
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE
NO_COLOR=1
COLUMNS=100
export NO_COLOR COLUMNS

passed=0
failed=0
name=
why=
harness_clear_outputs=${harness_clear_outputs:-0}

# begin NAME: starts a case.
begin() {
  name=$1
  why=
  if [ "$harness_clear_outputs" -eq 1 ]; then
    : >"$tmp/out"
    : >"$tmp/err"
  fi
}

# problem WHY: notes that the current case failed, and why.
problem() {
  why="${why:+$why; }$*"
}

# end: prints the verdict of the current case. On failure, shows what the
# last run wrote, to see at a glance what went wrong.
end() {
  if [ -z "$why" ]; then
    passed=$((passed + 1))
    echo "ok: $name"
  else
    failed=$((failed + 1))
    echo "FAIL: $name: $why"
    show stdout "$tmp/out"
    show stderr "$tmp/err"
  fi
}

# show LABEL FILE: the first lines of FILE (at most 300 bytes each), indented.
show() {
  if [ -s "$2" ]; then
    head -n 8 "$2" | cut -c 1-300 | sed "s/^/    $1: /"
  else
    echo "    $1: (empty)"
  fi
}

# expect_stderr_line LINE: some line of stderr is exactly LINE.
expect_stderr_line() {
  grep -Fxq -e "$1" "$tmp/err" || problem "stderr has no line '$1'"
}

expect_stderr_contains() {
  grep -Fq -e "$1" "$tmp/err" || problem "stderr does not mention '$1'"
}

expect_stderr_empty() {
  [ ! -s "$tmp/err" ] || problem "stderr is not empty"
}

expect_stdout_empty() {
  [ ! -s "$tmp/out" ] || problem "stdout is not empty"
}

# expect_stdout_line_starting PREFIX: some line of stdout starts with PREFIX.
expect_stdout_line_starting() {
  awk -v p="$1" 'index($0, p) == 1 { found = 1 } END { exit !found }' "$tmp/out" ||
    problem "stdout has no line starting '$1'"
}
