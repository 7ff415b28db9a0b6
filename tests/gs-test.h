/* Shared scaffolding for the CUnit suites: one suite per module, each
 * binary runs its table and exits non-zero when any assertion failed (the
 * count is read before the registry is cleaned up, or it would read 0). */
#pragma once

#include <CUnit/Basic.h>
#include <glib.h>

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
