# gainsay rules --check FILE: a valid rules file passes, exit 0, with a
# summary line on stdout. --no-default-rules: the file alone, so the
# counts are its own.
rules
--check
--no-default-rules
rules-check-ok.rules
