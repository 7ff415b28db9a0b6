# gainsay rules --check FILE: every problem reported as on any load, then
# a summary line; exit status 2, nothing on stdout.
rules
--check
--no-default-rules
rules-check-errors.rules
