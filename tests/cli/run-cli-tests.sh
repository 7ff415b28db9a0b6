#!/bin/sh
# Command-line tests: exit status and messages. Usage: run-cli-tests.sh GAINSAY DIR
gainsay=$1
dir=$2
fail=0
check() { # name expected-status command...
  name=$1; want=$2; shift 2
  "$@" >/dev/null 2>&1; got=$?
  if [ "$got" != "$want" ]; then echo "FAIL: $name: exit $got, expected $want"; fail=1; else echo "ok: $name"; fi
}
check "version" 0 "$gainsay" --version
check "help" 0 "$gainsay" --help
check "missing file" 2 "$gainsay" /nonexistent/file.txt
exit $fail
