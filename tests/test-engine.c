/* Unit tests for the engine stage. */
#include "gs-test.h"

static void
test_placeholder(void)
{
  CU_PASS("filled in below");
}

static CU_TestInfo tests[] = {
  {"placeholder", test_placeholder},
  CU_TEST_INFO_NULL,
};

int
main(void)
{
  return gs_test_run_suite("engine", tests);
}
