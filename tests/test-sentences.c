/* Unit tests for the sentence splitter: a table of news-prose cases. */
#include "gs-test.h"
#include <gainsay/text.h>
#include <string.h>

typedef struct {
  const char *input;
  const char *sentences[8]; /* expected, folded; NULL-terminated */
} SplitCase;

static const SplitCase cases[] = {
  {"Mr. Smith left. He was tired.", {"Mr. Smith left.", "He was tired.", NULL}},
};

static void
test_split_table(void)
{
  for (gsize c = 0; c < G_N_ELEMENTS(cases); c++) {
    g_autoptr(GsDiagnostic) diag = NULL;
    g_autoptr(GsText) text = gs_text_new_from_data("t", cases[c].input, strlen(cases[c].input), &diag);
    guint n, expected = 0;
    const GsSentence *s;

    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    s = gs_text_get_sentences(text, &n);
    while (cases[c].sentences[expected] != NULL)
      expected++;
    CU_ASSERT_EQUAL(n, expected);
    for (guint i = 0; i < MIN(n, expected); i++) {
      g_autofree char *got = gs_text_dup_folded(text, s[i].start, s[i].end);

      CU_ASSERT_STRING_EQUAL(got, cases[c].sentences[i]);
    }
  }
}

static CU_TestInfo tests[] = {
  {"split table", test_split_table},
  CU_TEST_INFO_NULL,
};

int
main(void)
{
  return gs_test_run_suite("sentences", tests);
}
