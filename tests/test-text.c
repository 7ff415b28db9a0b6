/* Unit tests for the text stage's loading: validation, BOM, line map,
 * date header. */
#include "gs-test.h"
#include <gainsay/text.h>
#include <string.h>

static GsText *
load(const char *s, GsDiagnostic **diag)
{
  return gs_text_new_from_data("t.txt", s, strlen(s), diag);
}

static void
test_invalid_utf8_position(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = load("ab\ncd\xff", &diag);

  CU_ASSERT_PTR_NULL(text);
  CU_ASSERT_PTR_NOT_NULL_FATAL(diag);
  CU_ASSERT_EQUAL(diag->domain, GS_TEXT_ERROR);
  CU_ASSERT_EQUAL(diag->code, GS_TEXT_ERROR_INVALID_UTF8);
  CU_ASSERT_EQUAL(diag->line, 2);
  CU_ASSERT_EQUAL(diag->column, 3);
  CU_ASSERT_EQUAL(diag->offset, 5);
}

static CU_TestInfo tests[] = {
  {"invalid UTF-8 names line, column and offset", test_invalid_utf8_position},
  CU_TEST_INFO_NULL,
};

int
main(void)
{
  return gs_test_run_suite("text", tests);
}
