#!/bin/sh
# Golden tests for the gainsay command line: each case is a set of files
# NAME.* in this directory (see README.md), run through gainsay, whose
# standard output, standard error and exit status must match the case's
# expectations exactly.
#
# Usage: run.sh GAINSAY GOLDEN_DIR [CASE...]
#
#   GAINSAY     the program under test
#   GOLDEN_DIR  this directory
#   CASE        run only these cases (names without extension)
#
# Prints "ok: NAME" or "FAIL: NAME" (with a diff -u of what differs) for
# each case, then "N passed, N failed"; exits 1 when a case failed.
#
# To see what a case gives today (to write a new one, or after a change
# meant to alter the output), set GOLDEN_SHOW=1: the runner then prints
# each case's actual output instead of comparing it. Read it line by line
# before you save it as expected: an expected file states what is right,
# not what the program happens to print.

if [ $# -lt 2 ]; then
  echo "usage: $0 GAINSAY GOLDEN_DIR [CASE...]" >&2
  exit 2
fi
gainsay=$1
dir=$2
shift 2

case $gainsay in
  /*) ;;
  *) gainsay=$(pwd)/$gainsay ;;
esac
if [ ! -x "$gainsay" ]; then
  echo "$0: $gainsay is not an executable program" >&2
  exit 2
fi
if [ ! -d "$dir" ]; then
  echo "$0: $dir is not a directory" >&2
  exit 2
fi

# Messages in English, no colours, a fixed width, no rules from elsewhere.
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE GAINSAY_RULES_DIR
NO_COLOR=1
COLUMNS=100
export NO_COLOR COLUMNS

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gainsay-golden.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

passed=0
failed=0
pending=0

# read_args FILE: appends the arguments in FILE, one a line, to $tmp/args
# (blank lines and lines starting with '#' skipped).
read_args() {
  grep -v -e '^#' -e '^$' "$1" >>"$tmp/args"
}

# run_case NAME: runs the case, leaving stdout, stderr and status in $tmp.
run_case() {
  name=$1
  : >"$tmp/args"
  if [ -f "$dir/$name.cmd" ]; then
    read_args "$dir/$name.cmd"
  else
    printf '%s\n' --no-default-rules --rules "$name.rules" --color=never >>"$tmp/args"
    if [ -f "$dir/$name.args" ]; then
      read_args "$dir/$name.args"
    fi
    printf '%s\n' "$name.txt" >>"$tmp/args"
  fi
  # One argument a line: no word splitting, no globbing.
  (
    cd "$dir" || exit 125
    set --
    while IFS= read -r arg; do
      set -- "$@" "$arg"
    done <"$tmp/args"
    exec "$gainsay" "$@" <"$tmp/stdin"
  ) >"$tmp/stdout" 2>"$tmp/stderr"
  echo $? >"$tmp/status"
}

# compare WHAT EXPECTED ACTUAL: diff -u, labelled; non-zero on a difference.
compare() {
  if ! cmp -s "$2" "$3"; then
    echo "  $1 differs (- expected, + actual):"
    diff -u --label "expected $1" --label "actual $1" "$2" "$3" | sed 's/^/    /'
    return 1
  fi
  return 0
}

# The cases: every NAME.expected-status, or the names given.
if [ $# -gt 0 ]; then
  names=$*
else
  names=
  for f in "$dir"/*.expected-status; do
    [ -e "$f" ] || continue
    f=${f##*/}
    names="$names ${f%.expected-status}"
  done
fi
if [ -z "$names" ]; then
  echo "$0: no cases (NAME.expected-status) in $dir" >&2
  exit 2
fi

for name in $names; do
  if [ ! -f "$dir/$name.expected-status" ]; then
    echo "FAIL: $name: no $name.expected-status"
    failed=$((failed + 1))
    continue
  fi
  if [ -f "$dir/$name.stdin" ]; then
    cp "$dir/$name.stdin" "$tmp/stdin"
  else
    : >"$tmp/stdin"
  fi
  run_case "$name"

  if [ -n "$GOLDEN_SHOW" ]; then
    echo "==== $name: status $(cat "$tmp/status")"
    echo "---- stdout"
    cat "$tmp/stdout"
    echo "---- stderr"
    cat "$tmp/stderr"
    continue
  fi

  report=$tmp/report
  : >"$report"
  ok=1
  compare "exit status" "$dir/$name.expected-status" "$tmp/status" >>"$report" || ok=0
  # stdout is compared when the case states it; an absent
  # NAME.expected-stdout means stdout is not checked.
  if [ -f "$dir/$name.expected-stdout" ]; then
    compare stdout "$dir/$name.expected-stdout" "$tmp/stdout" >>"$report" || ok=0
  fi
  # stderr must be empty unless the case states what it holds.
  if [ -f "$dir/$name.expected-stderr" ]; then
    compare stderr "$dir/$name.expected-stderr" "$tmp/stderr" >>"$report" || ok=0
  else
    compare stderr /dev/null "$tmp/stderr" >>"$report" || ok=0
  fi

  if [ $ok -eq 1 ]; then
    passed=$((passed + 1))
    if [ -f "$dir/$name.pending" ]; then
      echo "ok: $name (marked pending, but passes: remove $name.pending)"
    else
      echo "ok: $name"
    fi
  elif [ -f "$dir/$name.pending" ]; then
    # A case for a feature not there yet: shown, not counted as failed.
    pending=$((pending + 1))
    echo "pending: $name: $(head -n 1 "$dir/$name.pending")"
  else
    failed=$((failed + 1))
    echo "FAIL: $name"
    cat "$report"
  fi
done

if [ -n "$GOLDEN_SHOW" ]; then
  exit 0
fi
if [ $pending -gt 0 ]; then
  echo "$passed passed, $failed failed ($pending pending)"
else
  echo "$passed passed, $failed failed"
fi
[ $failed -eq 0 ]
