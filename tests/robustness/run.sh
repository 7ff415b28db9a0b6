#!/bin/sh
# Robustness tests for gainsay: hostile input never breaks it.
#
# Usage: run.sh GAINSAY SOURCE_ROOT
#
#   GAINSAY      the program under test
#   SOURCE_ROOT  the project's source root (for corpus/)
#
# Every input is made at run time, into a temporary directory. Each case
# runs gainsay under `timeout` and checks that it
#   - did not crash: an exit status of 128 or more (a signal) fails,
#   - finished in time: more than $limit_seconds seconds fails,
#   - gave the documented exit status and message (doc/ROBUSTNESS.md),
#   - for the big inputs, stayed within a memory bound (peak RSS, measured
#     with GNU time's %M when /usr/bin/time is there; skipped, and said so,
#     when it is not).
# Prints "ok: NAME" or "FAIL: NAME: WHY" (then what gainsay wrote), an
# "info:" line with time and memory for the big inputs, then
# "N passed, N failed, N skipped"; exits 1 when a case failed.
#
# Cases named "rules: …" need the real rules loader (src/rules.c); they
# fail while it is a stub, by design.
#
# Environment: GS_ROBUSTNESS_TIMEOUT (seconds a case may take, default 60),
# GS_ROBUSTNESS_MAX_RSS_MB (peak RSS allowed for the big inputs; default
# 1024, doubled for an ASan build).

if [ $# -ne 2 ]; then
  echo "usage: $0 GAINSAY SOURCE_ROOT" >&2
  exit 2
fi
gainsay=$1
source_root=$2

harness_clear_outputs=1
. "$(dirname "$0")/../harness.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gainsay-robustness.XXXXXX") || exit 2
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

seed=$source_root/corpus/2024-04-09-gaza-cairo-talks.txt

limit_seconds=${GS_ROBUSTNESS_TIMEOUT:-60}
max_rss_mb=${GS_ROBUSTNESS_MAX_RSS_MB:-1024}
# ASan's shadow memory and quarantine about double the footprint.
if grep -q __asan_init "$gainsay" 2>/dev/null; then
  max_rss_mb=$((max_rss_mb * 2))
  build_kind="ASan build"
else
  build_kind="plain build"
fi

gnu_time=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o "$tmp/time-probe" true 2>/dev/null &&
   [ -s "$tmp/time-probe" ]; then
  gnu_time=/usr/bin/time
else
  echo "(no GNU time at /usr/bin/time (Debian package 'time'): memory is not checked)"
fi

# ---- the harness (begin, problem, end, show, expect_*: tests/harness.sh) ---

skipped=0

skip() {
  skipped=$((skipped + 1))
  echo "skip: $1: $2"
}

# run COMMAND...: runs it under timeout (and GNU time, for its peak RSS),
# keeping stdout, stderr, exit status, seconds taken and peak RSS in KiB,
# and fails the case on a timeout or a crash.
run() {
  : >"$tmp/rss"
  t0=$(date +%s.%N)
  if [ -n "$gnu_time" ]; then
    timeout -k 5 "$limit_seconds" "$gnu_time" -f %M -o "$tmp/rss" "$@" >"$tmp/out" 2>"$tmp/err"
  else
    timeout -k 5 "$limit_seconds" "$@" >"$tmp/out" 2>"$tmp/err"
  fi
  status=$?
  t1=$(date +%s.%N)
  seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
  rss_kb=$(tail -n 1 "$tmp/rss" 2>/dev/null)
  case $rss_kb in
    '' | *[!0-9]*) rss_kb= ;;
  esac
  check_finished
}

# check_finished: no timeout, no crash (after run or a hand-made run).
check_finished() {
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    problem "timed out after $limit_seconds s"
  elif [ "$status" -ge 128 ]; then
    problem "crashed: exit $status (signal $((status - 128)))"
  fi
  if grep -q -e 'AddressSanitizer' -e 'runtime error:' -e 'LeakSanitizer' \
       -e 'GLib-CRITICAL' -e 'GLib-WARNING' -e '-CRITICAL \*\*' "$tmp/err"; then
    problem "sanitizer or GLib report on stderr"
  fi
}

expect_status() {
  [ "$status" -eq "$1" ] || [ "$status" -ge 124 ] || problem "exit $status, expected $1"
}

# expect_stderr_match ERE: some stderr line matches the extended regexp.
expect_stderr_match() {
  grep -Eq -e "$1" "$tmp/err" || problem "stderr has no line matching /$1/"
}

expect_stderr_icontains() {
  grep -Fiq -e "$1" "$tmp/err" || problem "stderr does not mention '$1'"
}

# expect_count N PATTERN: PATTERN (fixed) is on exactly N lines of stderr.
expect_stderr_count() {
  n=$(grep -Fc -e "$2" "$tmp/err")
  [ "$n" -eq "$1" ] || problem "'$2' on $n stderr lines, expected $1"
}

# expect_memory LABEL: peak RSS within max_rss_mb; prints an info line
# with the time and memory taken.
expect_memory() {
  if [ -z "$gnu_time" ]; then
    echo "info: $1: $seconds s (memory not measured) [$build_kind]"
    return
  fi
  if [ -z "$rss_kb" ]; then
    problem "no peak RSS measured"
    return
  fi
  echo "info: $1: $seconds s, peak RSS $((rss_kb / 1024)) MiB [$build_kind]"
  [ "$((rss_kb / 1024))" -le "$max_rss_mb" ] ||
    problem "peak RSS $((rss_kb / 1024)) MiB, over $max_rss_mb MiB"
}

# survives LABEL FILE [MEMORY-LABEL]: a case where gainsay reads FILE,
# reports on it and exits 0 (and, given MEMORY-LABEL, stays within the
# memory bound).
survives() {
  begin "$1"
  run "$gainsay" --fail-on=never "$2"
  expect_status 0
  expect_stdout_line_starting "$2: "
  if [ $# -ge 3 ]; then
    expect_memory "$3"
  fi
  end
}

# escape_ere STRING: STRING with the ERE metacharacters escaped.
escape_ere() {
  printf '%s\n' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'
}

# repeat N STRING: STRING N times, no separator.
repeat() {
  awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}

# ---- fixtures ----------------------------------------------------------------

# A short article of our own, for the rules cases.
article=$tmp/article.txt
printf '%s\n' \
  "date 2030-03-14" \
  "" \
  "The Millbrook council said on Tuesday that talks on the bridge had made progress." \
  "" \
  "\"There is no progress at all,\" said Dana Whitfield, who speaks for the hauliers." \
  "" \
  "According to the mayor, Luis Ortega, the talks are deadlocked." >"$article"

# ---- empty and white space ---------------------------------------------------

f=$tmp/empty.txt
: >"$f"
begin "empty file"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f: empty file: no text to check"
end

f=$tmp/blank.txt
printf ' \t\n\r\n\f\v \n\302\240\342\200\213\n' >"$f" # also NBSP and ZWSP
begin "white space only"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f: no text to check (only white space)"
end

f=$tmp/bom-only.txt
printf '\357\273\277\n' >"$f"
begin "UTF-8 byte-order mark and nothing else"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f: no text to check (only white space)"
end

# ---- not UTF-8 ---------------------------------------------------------------

# bad_utf8 NAME BYTES LINE COLUMN BYTE OFFSET
bad_utf8() {
  f=$tmp/$1.txt
  # shellcheck disable=SC2059 # the bytes are given as printf escapes
  printf "$2" >"$f"
  begin "invalid UTF-8: $1"
  run "$gainsay" "$f"
  expect_status 2
  expect_stderr_line "gainsay: $f:$3:$4: invalid UTF-8: byte $5 at byte offset $6"
  expect_stdout_empty
  end
}

bad_utf8 truncated-sequence 'Fine text.\nab\342\202' 2 3 0xE2 13
bad_utf8 truncated-mid-line 'ab\342\202 cd\n' 1 3 0xE2 2
bad_utf8 overlong-c0-af 'x\300\257y\n' 1 2 0xC0 1
bad_utf8 encoded-surrogate 'abc\355\240\200\n' 1 4 0xED 3
bad_utf8 lone-continuation '\200abc\n' 1 1 0x80 0
bad_utf8 after-multibyte 'caf\303\251 \377\n' 1 6 0xFF 6
bad_utf8 after-crlf 'one\r\ntwo\r\nx\377\r\n' 3 2 0xFF 11
bad_utf8 after-lone-cr 'one\rtwo\rx\377\r' 3 2 0xFF 9
bad_utf8 latin-1 'na\357ve caf\351\n' 1 3 0xEF 2

f=$tmp/utf16le.txt
printf '\377\376H\000i\000\n\000' >"$f"
begin "UTF-16LE with a byte-order mark"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f:1:1: UTF-16 input (byte-order mark); convert it to UTF-8, for example with iconv -f UTF-16 -t UTF-8"
expect_stdout_empty
end

f=$tmp/utf16be.txt
printf '\376\377\000H\000i\000\n' >"$f"
begin "UTF-16BE with a byte-order mark"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f:1:1: UTF-16 input (byte-order mark); convert it to UTF-8, for example with iconv -f UTF-16 -t UTF-8"
end

f=$tmp/utf16-no-bom.txt
printf 'H\000i\000\n\000' >"$f"
begin "UTF-16LE without a byte-order mark (a NUL byte)"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f:1:2: NUL byte at byte offset 1: binary data, not text"
end

f=$tmp/nul.txt
printf 'first line\nab\000cd\n' >"$f"
begin "NUL byte"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f:2:3: NUL byte at byte offset 13: binary data, not text"
expect_stdout_empty
end

f=$tmp/nuls.bin
head -c 1048576 /dev/zero >"$f"
begin "a megabyte of NUL bytes"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f:1:1: NUL byte at byte offset 0: binary data, not text"
end

f=$tmp/random.bin
# (after an 'x', so that it can never start with a UTF-16 byte-order mark)
{ printf 'x'; head -c 1048576 /dev/urandom; } >"$f"
begin "a megabyte of random bytes"
run "$gainsay" "$f"
expect_status 2
expect_stderr_match "^gainsay: $(escape_ere "$f"):[0-9]+:[0-9]+: (invalid UTF-8: byte 0x[0-9A-F]{2}|NUL byte) at byte offset [0-9]+"
end

f=$tmp/bad-after-10mb.txt
{ repeat 200000 'Some plain words here, said nobody in particular today. '; printf '\377\n'; } >"$f"
begin "invalid UTF-8 after 10 MB of text"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f:1:11200001: invalid UTF-8: byte 0xFF at byte offset 11200000"
end

# ---- files that cannot be read -------------------------------------------------

f=$tmp/no-such-file.txt
begin "missing path"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f: cannot open: No such file or directory"
expect_stdout_empty
end

f=$tmp/unreadable.txt
printf 'A spokesman said it was fine.\n' >"$f"
chmod 000 "$f"
if [ "$(id -u)" -eq 0 ]; then
  # root reads a mode-000 file anyway (CI runs as root).
  skip "unreadable file (chmod 000)" "running as root, who can read it anyway"
else
  begin "unreadable file (chmod 000)"
  run "$gainsay" "$f"
  expect_status 2
  expect_stderr_line "gainsay: $f: cannot open: Permission denied"
  expect_stdout_empty
  end
fi
chmod 644 "$f"

# A directory stands for its *.txt files (not recursively).
f=$tmp/a-directory
mkdir "$f"
begin "a directory without *.txt files"
run "$gainsay" "$f"
expect_status 2
expect_stderr_line "gainsay: $f: no *.txt files"
expect_stdout_empty
end

d=$tmp/mixed-directory
mkdir "$d" "$d/sub.txt"
printf 'The mayor said the bridge was safe.\n' >"$d/a-good.txt"
printf 'ab\377\n' >"$d/b-bad.txt"
printf 'Engineers said it was not safe.\n' >"$d/c-good.txt"
printf 'hidden\000\n' >"$d/.hidden.txt"
printf 'not an article\000\n' >"$d/notes.md"
begin "a directory with a bad file among good ones, a subdirectory and hidden files"
run "$gainsay" --fail-on=never "$d"
expect_status 2
expect_stdout_line_starting "$d/a-good.txt: "
expect_stdout_line_starting "$d/c-good.txt: "
expect_stderr_line "gainsay: $d/b-bad.txt:1:3: invalid UTF-8: byte 0xFF at byte offset 2"
expect_stderr_count 1 "gainsay: "
end

# A FIFO named like an article in a directory: nobody will ever write to
# it, so opening it for reading would wait for ever. It must be skipped or
# reported, never waited on.
d=$tmp/fifo-directory
mkdir "$d"
printf 'The mayor said the bridge was safe.\n' >"$d/a-good.txt"
if mkfifo "$d/b-fifo.txt" 2>/dev/null; then
  begin "a FIFO named *.txt in a directory"
  run "$gainsay" --fail-on=never "$d"
  [ "$status" -eq 0 ] || [ "$status" -eq 2 ] || [ "$status" -ge 124 ] ||
    problem "exit $status, expected 0 (skipped) or 2 (reported)"
  [ "$status" -ne 2 ] || expect_stderr_match "^gainsay: $(escape_ere "$d/b-fifo.txt"): "
  expect_stdout_line_starting "$d/a-good.txt: "
  end
else
  skip "a FIFO named *.txt in a directory" "mkfifo failed"
fi

begin "a directory on standard input"
run sh -c 'exec "$1" - <"$2"' sh "$gainsay" "$f"
expect_status 2
expect_stderr_match "^gainsay: -: "
end

begin "standard input closed"
run sh -c 'exec "$1" - <&-' sh "$gainsay"
expect_status 2
expect_stderr_match "^gainsay: -: "
end

begin "one bad input among good ones: the others are still read"
run "$gainsay" --fail-on=never "$tmp/no-such-file.txt" "$article" "$tmp/nul.txt" "$tmp/a-directory"
expect_status 2
expect_stdout_line_starting "$article: "
expect_stderr_count 3 "gainsay: $tmp/"
end

# The same inputs, analysed four at a time: the same output, byte for byte.
inputs_j="$tmp/no-such-file.txt $article $tmp/nul.txt $tmp/a-directory $tmp/mixed-directory $tmp/bad-after-10mb.txt $seed $tmp/utf16le.txt $article"
for format in text json jsonl; do
  begin "-j 4 gives the output of -j 1, bad inputs included (--format=$format)"
  # shellcheck disable=SC2086 # the paths have no spaces: mktemp's and ours
  run "$gainsay" -j 1 --format=$format --fail-on=never $inputs_j
  status_1=$status
  mv "$tmp/out" "$tmp/out-j1"
  mv "$tmp/err" "$tmp/err-j1"
  # shellcheck disable=SC2086
  run "$gainsay" -j 4 --format=$format --fail-on=never $inputs_j
  expect_status 2
  [ "$status" -eq "$status_1" ] || problem "exit $status with -j 4, $status_1 with -j 1"
  cmp -s "$tmp/out" "$tmp/out-j1" || problem "stdout differs from -j 1"
  cmp -s "$tmp/err" "$tmp/err-j1" || problem "stderr differs from -j 1"
  end
done

# Over GS_TEXT_MAX_BYTES (256 MiB), without using the disk: a sparse file
# (refused from its size, before reading) and endless devices (refused once
# 256 MiB have been read).
f=$tmp/sparse-300mb.txt
if truncate -s 300M "$f" 2>/dev/null; then
  begin "a file over 256 MiB"
  run "$gainsay" "$f"
  expect_status 2
  expect_stderr_line "gainsay: $f: file of 314572800 bytes is over the limit of 268435456 bytes"
  expect_stdout_empty
  end
  rm -f "$f"
else
  skip "a file over 256 MiB" "truncate failed"
fi

begin "/dev/zero as input (endless)"
run "$gainsay" /dev/zero
expect_status 2
expect_stderr_line "gainsay: /dev/zero: input is over the limit of 268435456 bytes"
expect_memory "/dev/zero"
end

begin "endless standard input"
run sh -c 'exec "$1" - </dev/zero' sh "$gainsay"
expect_status 2
expect_stderr_line "gainsay: -: input is over the limit of 268435456 bytes"
end

# ---- big and pathological text -------------------------------------------------

# One 50 MB line of words with no punctuation at all: no sentence end, so
# the splitter must cut it into pieces of GS_TEXT_MAX_SENTENCE_TOKENS.
f=$tmp/line-50mb.txt
repeat 1000000 'alpha bravo charlie delta echo foxtrot golf hotel india ' | head -c 52428800 >"$f"
survives "a 50 MB line with no punctuation" "$f" "50 MB line, check"

# One sentence of a million tokens, ended by a full stop.
million=$tmp/million-tokens.txt
{ repeat 1000000 'ab '; printf 'end.\n'; } >"$million"
begin "one sentence of a million tokens: check"
run "$gainsay" --fail-on=never "$million"
expect_status 0
expect_stdout_line_starting "$million: "
expect_stderr_contains "$million:1:1: warning: 244 runs of more than 4096 tokens without a sentence end, cut into sentences of 4096"
expect_memory "million-token sentence, check"
end

begin "one sentence of a million tokens: cut into pieces of at most 4096"
run "$gainsay" sentences "$million"
expect_status 0
pieces=$(wc -l <"$tmp/out")
longest=$(awk 'NF > m { m = NF } END { print m + 0 }' "$tmp/out")
[ "$pieces" -ge 245 ] || problem "$pieces sentences, expected at least 245 (1000002 tokens / 4096)"
[ "$longest" -le 4096 ] || problem "a sentence of $longest words, over 4096"
expect_memory "million-token sentence, sentences"
end

f=$tmp/unmatched-quotes.txt
{ printf 'The spokesman said '; repeat 50000 '"open '; repeat 50000 '\342\200\234again '; printf 'and no close.\n'; } >"$f"
survives "100,000 unmatched quotation marks" "$f" "100,000 unmatched quotation marks"

f=$tmp/closing-quotes.txt
{ printf 'She said '; repeat 100000 'shut\342\200\235 '; printf 'end.\n'; } >"$f"
survives "100,000 closing quotation marks with no opening" "$f"

f=$tmp/nested-quotes.txt
{
  printf 'The minister said '
  i=0
  while [ $i -lt 500 ]; do
    printf '\342\200\234level %d said \342\200\230level %d said ' $((2 * i + 1)) $((2 * i + 2))
    i=$((i + 1))
  done
  printf 'the innermost claim'
  repeat 500 '\342\200\231\342\200\235'
  printf ', she added.\n'
} >"$f"
survives "quotation marks nested 1,000 deep" "$f" "quotes nested 1,000 deep"

f=$tmp/nested-ascii-quotes.txt
{ printf 'He said '; repeat 1000 '"a '; printf 'core'; repeat 1000 '" '; printf ', they said.\n'; } >"$f"
survives "ASCII quotation marks nested 1,000 deep" "$f"

f=$tmp/many-statements.txt
repeat 20000 '"It is safe," said Dana Whitfield. "It is not safe," a spokesman told reporters.
' >"$f"
survives "40,000 statements" "$f" "40,000 statements"

f=$tmp/too-many-statements.txt
repeat 60000 '"It is safe," said Dana Whitfield. "It is not safe," a spokesman told reporters.
' >"$f"
begin "120,000 statements: over the limit of 100,000"
run "$gainsay" statements --format=json "$f"
expect_status 2
expect_stderr_contains "error: more than 100000 statements in one document: the rest is not analysed"
expect_memory "120,000 statements"
end

f=$tmp/many-paragraphs.txt
repeat 200000 'Word.

' >"$f"
survives "200,000 one-word paragraphs" "$f" "200,000 paragraphs"

f=$tmp/long-word.txt
{ printf 'He said '; repeat 1000000 'x'; printf '.\n'; } >"$f"
survives "a word of a million letters" "$f"

f=$tmp/combining.txt
{ printf 'Officials said '; repeat 200000 'e\314\201'; printf ' today.\n'; } >"$f"
survives "200,000 combining accents" "$f"

# ---- line ends ------------------------------------------------------------------

for ends in CRLF 'lone CR'; do
  f=$tmp/line-ends.txt
  if [ "$ends" = CRLF ]; then nl='\r\n'; else nl='\r'; fi
  printf "date 2030-03-14$nl${nl}The council said the bridge was safe.$nl$nl\"It is not safe,\" said Dana Whitfield.$nl" >"$f"
  begin "$ends line ends"
  run "$gainsay" sentences "$f"
  expect_status 0
  expect_stderr_empty
  [ "$(wc -l <"$tmp/out")" -eq 2 ] || problem "$(wc -l <"$tmp/out") sentences, expected 2"
  ! grep -q "$(printf '\r')" "$tmp/out" || problem "a carriage return in the output"
  end
done

f=$tmp/cr-storm.txt
repeat 1000000 '\r' >"$f"
printf 'Then text.\r\n' >>"$f"
survives "a million CRs before the text" "$f"

# ---- JSON Lines input (--input-format=jsonl) --------------------------------------

f=$tmp/mixed.jsonl
printf '%s\n' \
  '{"id":"first","text":"The mayor said the bridge was safe."}' \
  'not json' \
  '[1,2]' \
  '{"id":"no-text"}' \
  '{"text":"a NUL \u0000 here"}' \
  '' \
  '{"id":5,"text":"   "}' \
  '{"id":"last","text":"Engineers said it was not safe."}' \
  '{"text":"\ud800 a lone surrogate"}' \
  '{"text":42}' >"$f"
printf '{"id":"raw","text":"caf\351 said"}\r\n{"id":"unterminated","text":"He said' >>"$f"
begin "jsonl: bad lines among good ones, each reported at FILE:LINE:COL"
run "$gainsay" --input-format=jsonl --fail-on=never "$f"
expect_status 2
expect_stdout_line_starting "first: "
expect_stdout_line_starting "last: "
for line in 2 3 4 5 7 9 10 11 12; do
  expect_stderr_match "^gainsay: $(escape_ere "$f"):$line:[0-9]+: "
done
expect_stderr_count 9 "gainsay: "
end

f=$tmp/many.jsonl
awk 'BEGIN { for (i = 0; i < 100000; i++)
  printf "{\"id\":\"d%d\",\"text\":\"Officials said on Monday that bridge %d was safe.\"}\n", i, i }' >"$f"
begin "jsonl: 100,000 documents, --format=jsonl, memory does not grow"
# ASan keeps freed memory in quarantine (256 MiB by default), which would
# look like growth: shrink it for this case.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=8" \
  run "$gainsay" --input-format=jsonl --format=jsonl --fail-on=never "$f"
expect_status 0
[ "$(wc -l <"$tmp/out")" -eq 100000 ] || problem "$(wc -l <"$tmp/out") lines out, expected 100000"
expect_memory "100,000 JSON Lines documents"
# An eighth of the big-input bound: 128 MiB (256 MiB with ASan).
[ -z "$rss_kb" ] || [ "$((rss_kb / 1024))" -le "$((max_rss_mb / 8))" ] ||
  problem "peak RSS $((rss_kb / 1024)) MiB, over $((max_rss_mb / 8)) MiB: memory grows with the number of documents"
end

f=$tmp/big-line.jsonl
{ printf '{"id":"big","text":"'; cat "$tmp/line-50mb.txt"; printf '"}\n'; } >"$f"
begin "jsonl: one document of 50 MB"
run "$gainsay" --input-format=jsonl --fail-on=never "$f"
expect_status 0
expect_stdout_line_starting "big: "
expect_memory "50 MB JSON Lines document"
end

# ---- output that cannot be written ----------------------------------------------

# closed_pipe NAME ARG...: gainsay ARG... writing into a pipe whose reader
# exits at once fails with status 2 and says so once.
closed_pipe() {
  begin "closed pipe: $1"
  shift
  # The writer's status is kept through a file.
  { timeout -k 5 "$limit_seconds" "$gainsay" "$@" 2>"$tmp/err"
    echo $? >"$tmp/status"; } | true
  status=$(cat "$tmp/status")
  check_finished
  expect_status 2
  expect_stderr_line "gainsay: cannot write output: Broken pipe"
  expect_stderr_count 1 "cannot write output"
  end
}

for format in text json; do
  closed_pipe "sentences --format=$format" sentences --format=$format "$million"
done
# the workers deliver: the one that meets the closed pipe stops the others
closed_pipe "-j 2 --format=jsonl" sentences --format=jsonl -j 2 "$million" "$million" "$million"

if [ -w /dev/full ]; then
  for format in text json; do
    begin "/dev/full: check --format=$format"
    timeout -k 5 "$limit_seconds" "$gainsay" --format=$format --fail-on=never "$million" >/dev/full 2>"$tmp/err"
    status=$?
    check_finished
    expect_status 2
    expect_stderr_line "gainsay: cannot write output: No space left on device"
    expect_stderr_count 1 "cannot write output"
    end
  done
else
  skip "/dev/full" "no writable /dev/full here"
fi

begin "standard output closed"
run sh -c 'exec "$1" sentences "$2" >&-' sh "$gainsay" "$article"
expect_status 2
expect_stderr_match "^gainsay: cannot write output: "
end

# ---- rules files (need the real rules loader, src/rules.c) ---------------------

# expect_rules_error FILE LINE: exit 2, an error at FILE:LINE:COL, nothing
# analysed.
expect_rules_error() {
  expect_status 2
  expect_stderr_match "^gainsay: $(escape_ere "$1"):$2:[0-9]+: error: "
  expect_stdout_empty
}

r=$tmp/syntax.rules
printf '%s\n' \
  "# a group header that is never closed" \
  "[lexicon progress]" \
  "terms=progress;headway" \
  "[rule broken" \
  "kind=opposition" >"$r"
begin "rules: syntax error (unclosed group header)"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 4
end

r=$tmp/no-equals.rules
printf '%s\n' \
  "[lexicon progress]" \
  "terms=progress;headway" \
  "this line has no equals sign" >"$r"
begin "rules: syntax error (a line that is not key=value)"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 3
end

r=$tmp/key-before-group.rules
printf '%s\n' \
  "# a key before any group" \
  "terms=progress" \
  "[lexicon progress]" \
  "terms=progress" >"$r"
begin "rules: syntax error (a key before any group)"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 2
end

r=$tmp/unknown-key.rules
printf '%s\n' \
  "[gainsay]" \
  "language=english" \
  "colour=blue" >"$r"
begin "rules: unknown key"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 3
expect_stderr_contains "colour"
end

r=$tmp/misspelt-key.rules
printf '%s\n' \
  "[lexicon progress]" \
  "terms=progress;headway" \
  "" \
  "[lexicon stalemate]" \
  "terms=deadlock;stalemate" \
  "" \
  "[rule progress-vs-stalemate]" \
  "kind=opposition" \
  "a=progress" \
  "b=stalemate" \
  "severty=high" \
  "scope=different-sources" \
  "message={a} say the talks advanced; {b} say they stalled" >"$r"
begin "rules: misspelt key, with the nearest valid key suggested"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 11
expect_stderr_contains "severty"
expect_stderr_contains "severity"
end

r=$tmp/two-problems.rules
printf '%s\n' \
  "[gainsay]" \
  "colour=blue" \
  "" \
  "[lexicon progress]" \
  "terms=progress" \
  "flavour=strong" >"$r"
begin "rules: every problem is reported, not just the first"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 2
expect_rules_error "$r" 6
end

r=$tmp/cycle-a.rules
r2=$tmp/cycle-b.rules
printf '%s\n' "[gainsay]" "include=cycle-b.rules" "" "[lexicon a]" "terms=one" >"$r"
printf '%s\n' "[gainsay]" "include=cycle-a.rules" "" "[lexicon b]" "terms=two" >"$r2"
begin "rules: include cycle (a includes b includes a)"
run "$gainsay" --rules "$r" "$article"
expect_status 2
expect_stderr_match "^gainsay: [^ ]*cycle-[ab]\.rules:2:[0-9]+: error: "
expect_stderr_icontains "cycle"
expect_stdout_empty
end

r=$tmp/self.rules
printf '%s\n' "[gainsay]" "include=self.rules" >"$r"
begin "rules: a file that includes itself"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 2
expect_stderr_icontains "cycle"
end

# A chain of includes deeper than GS_RULES_MAX_INCLUDE_DEPTH (16).
i=0
while [ $i -lt 40 ]; do
  printf '%s\n' "[gainsay]" "include=deep-$((i + 1)).rules" "" "[lexicon l$i]" "terms=t$i" >"$tmp/deep-$i.rules"
  i=$((i + 1))
done
printf '%s\n' "[lexicon l40]" "terms=t40" >"$tmp/deep-40.rules"
begin "rules: includes nested 40 deep (limit 16)"
run "$gainsay" --rules "$tmp/deep-0.rules" "$article"
expect_status 2
expect_stderr_match "^gainsay: [^ ]*deep-[0-9]+\.rules:2:[0-9]+: error: "
expect_stdout_empty
end

r=$tmp/missing-include.rules
printf '%s\n' "[gainsay]" "include=no-such-file.rules" >"$r"
begin "rules: include of a missing file"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 2
expect_stderr_contains "no-such-file.rules"
end

r=$tmp/no-such.rules
begin "rules: missing rules file"
run "$gainsay" --rules "$r" "$article"
expect_status 2
expect_stderr_match "^gainsay: $(escape_ere "$r"): error: "
expect_stdout_empty
end

begin "rules: a directory as rules file"
run "$gainsay" --rules "$tmp/a-directory" "$article"
expect_status 2
expect_stderr_match "^gainsay: $(escape_ere "$tmp/a-directory"): error: "
expect_stdout_empty
end

r=$tmp/bad-utf8.rules
printf '[lexicon progress]\nterms=progress;head\377way\n' >"$r"
begin "rules: invalid UTF-8"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 2
end

r=$tmp/nul.rules
printf '[lexicon progress]\nterms=progress\000;headway\n' >"$r"
begin "rules: NUL byte"
run "$gainsay" --rules "$r" "$article"
expect_rules_error "$r" 2
end

# Over GS_RULES_MAX_FILE_BYTES (16 MiB): 17 MiB of comment lines.
r=$tmp/huge.rules
repeat 300000 '# a comment line of some sixty bytes, to pad the file out..
' >"$r"
begin "rules: a file over the 16 MiB limit"
run "$gainsay" --rules "$r" "$article"
expect_status 2
expect_stderr_match "^gainsay: $(escape_ere "$r")(:[0-9]+:[0-9]+)?: error: "
expect_stdout_empty
end

# 100,000 lexicon terms: must load, and quickly.
r=$tmp/big-lexicon.rules
{
  printf '[lexicon big]\nterms='
  awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "%st%d", (i > 1 ? ";" : ""), i }'
  printf '\n'
} >"$r"
begin "rules: a lexicon of 100,000 terms"
run "$gainsay" --fail-on=never --rules "$r" "$article"
expect_status 0
expect_stdout_line_starting "$article: "
expect_memory "100,000 lexicon terms"
end

begin "rules: a lexicon of 100,000 terms over the seed article"
run "$gainsay" --fail-on=never --rules "$r" "$seed"
expect_status 0
expect_stdout_line_starting "$seed: "
end

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
