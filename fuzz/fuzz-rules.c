/* Fuzz target: arbitrary bytes as a rules file.
 *
 * gs_rules_load_data collects every problem as a diagnostic; each is then
 * formatted as the program prints it. A load that fails must say why (at
 * least one error diagnostic). Includes resolve against the current
 * directory, so run the fuzzer from a directory without .rules files you
 * care about (scripts/fuzz runs it in its own work directory). */
#include "fuzz.h"

#include <gainsay/gainsay.h>
#include <stdlib.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  g_autoptr(GsRules) rules = gs_rules_new();
  g_autoptr(GPtrArray) diags =
    g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
  g_autoptr(GString) out = g_string_new(NULL);
  gboolean ok, has_error = FALSE;

  ok = gs_rules_load_data(rules, "fuzz-input.rules", (const char *)data, size, diags);
  for (guint i = 0; i < diags->len; i++) {
    const GsDiagnostic *diag = g_ptr_array_index(diags, i);

    if (diag == NULL || diag->message == NULL)
      abort();
    if (diag->severity == GS_SEVERITY_ERROR)
      has_error = TRUE;
    gs_diagnostic_format(diag, out, TRUE);
  }
  /* rules.h: FALSE exactly when one of the diagnostics is an error. */
  if (!ok && !has_error)
    abort(); /* a failure the user is told nothing about */
  if (ok && has_error)
    abort(); /* an error the program would not stop for */
  g_string_append_printf(out, "%s %u %u\n", gs_rules_get_language(rules),
                         gs_rules_get_n_rules(rules), gs_rules_get_n_lexicons(rules));
  return 0;
}
