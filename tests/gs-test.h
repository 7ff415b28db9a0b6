/* Shared scaffolding for the CUnit suites: one suite per module, each
 * binary runs its table and exits non-zero when any assertion failed (the
 * count is read before the registry is cleaned up, or it would read 0). */
#pragma once

#include <CUnit/Basic.h>
#include <gainsay/pipeline.h>
#include <gainsay/rules.h>
#include <glib.h>
#include <string.h>

static inline int
gs_test_run_suite(const char *name, CU_TestInfo *tests)
{
  CU_SuiteInfo suites[] = {
    {(char *)name, NULL, NULL, NULL, NULL, tests},
    CU_SUITE_INFO_NULL,
  };
  unsigned failures;

  if (CU_initialize_registry() != CUE_SUCCESS)
    return 2;
  if (CU_register_suites(suites) != CUE_SUCCESS) {
    CU_cleanup_registry();
    return 2;
  }
  CU_basic_set_mode(CU_BRM_VERBOSE);
  CU_basic_run_tests();
  failures = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
  CU_cleanup_registry();
  return failures == 0 ? 0 : 1;
}

/* The folder of the shared material (../shared beside the project), or
 * NULL when it is absent, in which case tests that need it skip (77). */
static inline char *
gs_test_shared_dir(void)
{
  const char *env = g_getenv("GAINSAY_SHARED");
  char *dir = env != NULL ? g_strdup(env) : g_build_filename(GS_TEST_SOURCE_DIR, "..", "shared", NULL);

  if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
    g_free(dir);
    return NULL;
  }
  return dir;
}

#define GS_TEST_SKIP 77

/* Rules loaded from TEXT (named NAME in messages); a test's own rules must
 * load cleanly, so every diagnostic is printed and fails the test. */
static inline GsRules *
gs_test_rules_from(const char *name, const char *text)
{
  GsRules *rules = gs_rules_new();
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);

  gs_rules_load_data(rules, name, text, strlen(text), diags);
  for (guint i = 0; i < diags->len; i++) {
    const GsDiagnostic *d = g_ptr_array_index(diags, i);

    g_printerr("\n  rules: %u:%u: %s", d->line, d->column, d->message);
  }
  CU_ASSERT_EQUAL(diags->len, 0);
  return rules;
}

/* The whole pipeline over ARTICLE, or NULL (and a message) when the text
 * layer refuses it. */
static inline GsDocument *
gs_test_analyse(const GsRules *rules, const char *article)
{
  GsDiagnostic *diag = NULL;
  g_autoptr(GsText) text = gs_text_new_from_data("article.txt", article, strlen(article), &diag);

  if (text == NULL) {
    g_printerr("\n  article refused: %s", diag != NULL ? diag->message : "?");
    gs_diagnostic_free(diag);
    return NULL;
  }
  return gs_pipeline_run(text, rules, GS_STAGE_ALL);
}
