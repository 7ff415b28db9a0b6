/* The `gainsay rules` command (see rules-command.c). */
#pragma once

#include <gainsay/gainsay.h>

/* ARGV[0] is "rules"; returns the exit status. */
int gs_cli_rules_main(int argc, char **argv);
