/* `gainsay rules`: check rules files, or list what they may hold.
 *
 *   gainsay rules --check FILE...   every problem of every file, then a
 *                                   summary; exit 0 when all are valid, 2
 *                                   when any is not
 *   gainsay rules --list            the rule kinds and their keys (from the
 *                                   library's schema table)
 */
#include "rules-command.h"
#include "output.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
gs_cli_rules_main(int argc, char **argv)
{
  gboolean check = FALSE, list = FALSE, no_default = FALSE;
  g_auto(GStrv) files = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new("--check FILE… | --list");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_new0(char *, (gsize)argc + 1);
  const GOptionEntry entries[] = {
    {"check", 'c', 0, G_OPTION_ARG_NONE, &check, "Check the rules files named, report every problem",
     NULL},
    {"list", 'l', 0, G_OPTION_ARG_NONE, &list, "List the rule kinds, their keys and the languages",
     NULL},
    {"no-default-rules", 0, 0, G_OPTION_ARG_NONE, &no_default,
     "With --check: do not load the shipped english.rules first", NULL},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL},
    {NULL},
  };

  for (int i = 0; i < argc; i++)
    args[i] = g_strdup(argv[i]);
  g_option_context_set_summary(context,
                               "Check rules files, or list the rule kinds and their keys.\n"
                               "A file is checked together with the shipped english.rules, as it\n"
                               "is loaded in use (so names that clash are found), unless\n"
                               "--no-default-rules is given.");
  g_option_context_add_main_entries(context, entries, NULL);
  if (!g_option_context_parse_strv(context, &args, &error)) {
    gs_cli_error("%s", error->message);
    fprintf(stderr, "Try 'gainsay rules --help' for more information.\n");
    return 2;
  }
  if (check == list) {
    gs_cli_error("rules: give --check FILE… or --list");
    fprintf(stderr, "Try 'gainsay rules --help' for more information.\n");
    return 2;
  }
  if (list) {
    g_autoptr(GString) out = g_string_new(NULL);

    gs_rules_describe_kinds(out);
    if (!gs_cli_write(out->str, out->len) || !gs_cli_flush()) {
      gs_cli_error("cannot write output");
      return 2;
    }
    return 0;
  }
  if (files == NULL || files[0] == NULL) {
    gs_cli_error("rules --check: no rules files named");
    return 2;
  }
  {
    guint bad = 0, n_files = 0;

    for (guint i = 0; files[i] != NULL; i++) {
      g_autoptr(GsRules) rules = gs_rules_new();
      g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
      gboolean ok = TRUE;
      g_autoptr(GString) line = g_string_new(NULL);

      n_files++;
      if (!no_default) {
        g_autofree char *shipped = gs_rules_find_shipped("english.rules");

        g_autofree char *a = realpath(shipped, NULL);
        g_autofree char *b = realpath(files[i], NULL);

        /* checking the shipped file itself: load it once */
        if (a == NULL || b == NULL || strcmp(a, b) != 0)
          ok &= gs_rules_load_file(rules, shipped, diags);
      }
      ok &= gs_rules_load_file(rules, files[i], diags);
      for (guint d = 0; d < diags->len; d++)
        gs_cli_diagnostic(g_ptr_array_index(diags, d), TRUE);
      if (!ok) {
        bad++;
        continue;
      }
      g_string_printf(line, "%s: ok (%u rules, %u lexicons, language %s)\n", files[i],
                      gs_rules_get_n_rules(rules), gs_rules_get_n_lexicons(rules),
                      gs_rules_get_language(rules));
      if (!gs_cli_write(line->str, line->len)) {
        gs_cli_error("cannot write output");
        return 2;
      }
    }
    if (!gs_cli_flush()) {
      gs_cli_error("cannot write output");
      return 2;
    }
    if (bad > 0) {
      gs_cli_error("%u of %u rules files have errors", bad, n_files);
      return 2;
    }
  }
  return 0;
}
