/* Fuzz target: arbitrary bytes as an article, through every stage and
 * every report writer.
 *
 * The shipped rules/english.rules, when there is one, is loaded once and
 * shared by every input, as the program does. The input either fails to
 * load (its diagnostic is formatted, as the program prints it) or goes
 * through gs_pipeline_run(…, GS_STAGE_ALL) and is rendered as JSON (and
 * serialised) and as text; everything is freed, so LeakSanitizer sees any
 * leak. */
#include "fuzz.h"

#include <gainsay/gainsay.h>
#include <jansson.h>
#include <stdlib.h>

static GsRules *fuzz_rules;

static const GsRules *
fuzz_get_rules(void)
{
  if (fuzz_rules == NULL) {
    g_autofree char *path = gs_rules_find_shipped("english.rules");
    g_autoptr(GPtrArray) diags =
      g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);

    fuzz_rules = gs_rules_new();
    if (path != NULL && g_file_test(path, G_FILE_TEST_IS_REGULAR))
      (void)gs_rules_load_file(fuzz_rules, path, diags);
  }
  return fuzz_rules;
}

static void
fuzz_format_diagnostics(GPtrArray *diags, GString *out)
{
  for (guint i = 0; i < diags->len; i++)
    gs_diagnostic_format(g_ptr_array_index(diags, i), out, TRUE);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const GsRules *rules = fuzz_get_rules();
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = NULL;
  g_autoptr(GsDocument) doc = NULL;
  g_autoptr(GString) out = g_string_new(NULL);
  GsReportOptions options = {.width = 80, .color = FALSE};
  json_t *json;
  char *dump;

  text = gs_text_new_from_data("fuzz-input.txt", (const char *)data, size, &diag);
  if (text == NULL) {
    if (diag == NULL)
      abort(); /* a failure must say why */
    gs_diagnostic_format(diag, out, FALSE);
    json = gs_report_failed_document_to_json("fuzz-input.txt", diag);
    dump = json_dumps(json, JSON_COMPACT);
    free(dump);
    json_decref(json);
    return 0;
  }

  doc = gs_pipeline_run(text, rules, GS_STAGE_ALL);

  json = gs_report_document_to_json(doc);
  if (json == NULL)
    abort();
  dump = json_dumps(json, JSON_INDENT(2));
  if (dump == NULL)
    abort(); /* the report must always serialise (valid UTF-8 strings) */
  free(dump);
  json_decref(json);

  gs_report_document_to_text(doc, &options, out);
  options.color = TRUE;
  gs_report_statements_to_text(doc, &options, out);
  gs_report_sentences_to_text(text, out);
  json = gs_report_sentences_to_json(text);
  dump = json_dumps(json, JSON_COMPACT);
  if (dump == NULL)
    abort();
  free(dump);
  json_decref(json);
  fuzz_format_diagnostics(gs_document_get_diagnostics(doc), out);
  return 0;
}
