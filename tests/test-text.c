/* Unit tests for the text stage's loading: validation, BOM, line map,
 * date header, files. Tests assert error domain and code and the position,
 * never the message text. */
#include "gs-test.h"
#include "text-private.h"
#include <gainsay/text.h>
#include <glib/gstdio.h>
#include <string.h>

static GsText *
load_len(const char *s, gsize len, GsDiagnostic **diag)
{
  return gs_text_new_from_data("t.txt", s, len, diag);
}

static GsText *
load(const char *s, GsDiagnostic **diag)
{
  return load_len(s, strlen(s), diag);
}

/* Loads S (LEN bytes) expecting failure with CODE at LINE:COLUMN, byte
 * OFFSET (a LINE of 0 skips the position check). */
static void
expect_error(const char *s, gsize len, GsTextError code, guint line, guint column,
             gsize offset)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = load_len(s, len, &diag);

  CU_ASSERT_PTR_NULL(text);
  CU_ASSERT_PTR_NOT_NULL_FATAL(diag);
  CU_ASSERT_EQUAL(diag->domain, GS_TEXT_ERROR);
  CU_ASSERT_EQUAL(diag->code, (int)code);
  CU_ASSERT_EQUAL(diag->severity, GS_SEVERITY_ERROR);
  if (line == 0)
    return;
  CU_ASSERT_EQUAL(diag->line, line);
  CU_ASSERT_EQUAL(diag->column, column);
  CU_ASSERT_EQUAL(diag->offset, offset);
  if (diag->line != line || diag->column != column || diag->offset != offset)
    fprintf(stderr, "\n  code %d: expected %u:%u @%zu, got %u:%u @%zu\n", (int)code, line,
            column, (size_t)offset, diag->line, diag->column, (size_t)diag->offset);
}

#define EXPECT_ERROR(lit, code, line, column, offset) \
  expect_error(lit, sizeof(lit) - 1, code, line, column, offset)

/* ---- invalid input ---------------------------------------------------- */

static void
test_invalid_utf8_position(void)
{
  EXPECT_ERROR("ab\ncd\xff", GS_TEXT_ERROR_INVALID_UTF8, 2, 3, 5);
}

static void
test_invalid_utf8_truncated(void)
{
  /* A three-byte sequence cut short by the end of the input, and one cut
   * short by an ASCII byte. */
  EXPECT_ERROR("ab\ncd\xE2\x82", GS_TEXT_ERROR_INVALID_UTF8, 2, 3, 5);
  EXPECT_ERROR("x\xE2\x82y", GS_TEXT_ERROR_INVALID_UTF8, 1, 2, 1);
  EXPECT_ERROR("caf\xC3 au lait", GS_TEXT_ERROR_INVALID_UTF8, 1, 4, 3);
}

static void
test_invalid_utf8_overlong(void)
{
  /* C0 AF is an overlong '/'. */
  EXPECT_ERROR("ok\xC0\xAF", GS_TEXT_ERROR_INVALID_UTF8, 1, 3, 2);
  /* E0 80 AF, the three-byte overlong form. */
  EXPECT_ERROR("line\n\xE0\x80\xAF", GS_TEXT_ERROR_INVALID_UTF8, 2, 1, 5);
}

static void
test_invalid_utf8_surrogate(void)
{
  /* ED A0 80 encodes U+D800, a surrogate; the column counts "é" as one
   * character though it is two bytes. */
  EXPECT_ERROR("\xC3\xA9\xED\xA0\x80", GS_TEXT_ERROR_INVALID_UTF8, 1, 2, 2);
}

static void
test_invalid_utf8_lone_continuation(void)
{
  EXPECT_ERROR("line one\nline two\n\x80", GS_TEXT_ERROR_INVALID_UTF8, 3, 1, 18);
  /* After CRLF and a lone CR, both of which end a line. */
  EXPECT_ERROR("a\r\nb\rc\x80", GS_TEXT_ERROR_INVALID_UTF8, 3, 2, 6);
}

static void
test_invalid_utf8_source_line(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = load("first\nsecond \xff tail\nthird", &diag);

  CU_ASSERT_PTR_NULL(text);
  CU_ASSERT_PTR_NOT_NULL_FATAL(diag);
  CU_ASSERT_EQUAL(diag->code, GS_TEXT_ERROR_INVALID_UTF8);
  /* Only the valid part of the line is quoted, so it is printable. */
  CU_ASSERT_PTR_NOT_NULL_FATAL(diag->source_line);
  CU_ASSERT_TRUE(g_utf8_validate(diag->source_line, -1, NULL));
  CU_ASSERT_PTR_NULL(strchr(diag->source_line, '\n'));
  CU_ASSERT_STRING_EQUAL(diag->file, "t.txt");
}

static void
test_nul_byte(void)
{
  EXPECT_ERROR("abc\n\0def", GS_TEXT_ERROR_BINARY, 2, 1, 4);
  EXPECT_ERROR("\0", GS_TEXT_ERROR_BINARY, 1, 1, 0);
  EXPECT_ERROR("caf\xC3\xA9\0", GS_TEXT_ERROR_BINARY, 1, 5, 5);
}

static void
test_utf16_bom(void)
{
  EXPECT_ERROR("\xFF\xFEh\0i\0", GS_TEXT_ERROR_UTF16, 0, 0, 0);
  EXPECT_ERROR("\xFE\xFF\0h\0i", GS_TEXT_ERROR_UTF16, 0, 0, 0);
}

static void
test_empty(void)
{
  EXPECT_ERROR("", GS_TEXT_ERROR_EMPTY, 0, 0, 0);
  EXPECT_ERROR(" \n\t\r\n  \r", GS_TEXT_ERROR_EMPTY, 0, 0, 0);
  /* No-break and zero-width spaces are white space too. */
  EXPECT_ERROR("\xC2\xA0\n\xE2\x80\x8B", GS_TEXT_ERROR_EMPTY, 0, 0, 0);
  /* A byte-order mark or a date header alone is no text. */
  EXPECT_ERROR("\xEF\xBB\xBF", GS_TEXT_ERROR_EMPTY, 0, 0, 0);
  EXPECT_ERROR("\xEF\xBB\xBF\n\n", GS_TEXT_ERROR_EMPTY, 0, 0, 0);
  EXPECT_ERROR("date 2024-04-09\n", GS_TEXT_ERROR_EMPTY, 0, 0, 0);
}

static void
test_too_large(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  /* The length is checked before a byte is read, so a short buffer with
   * a length over the limit tests the limit without 256 MB of memory. */
  g_autoptr(GsText) text = gs_text_new_from_data("big.txt", "x", GS_TEXT_MAX_BYTES + 1, &diag);

  CU_ASSERT_PTR_NULL(text);
  CU_ASSERT_PTR_NOT_NULL_FATAL(diag);
  CU_ASSERT_EQUAL(diag->domain, GS_TEXT_ERROR);
  CU_ASSERT_EQUAL(diag->code, GS_TEXT_ERROR_TOO_LARGE);
}

/* ---- BOM, line map ---------------------------------------------------- */

static void
test_utf8_bom_skipped(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = load("\xEF\xBB\xBFHello there. Bye.", &diag);
  const GsSentence *s;
  const GsToken *t;
  guint n, n_tokens;
  gsize len;

  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  CU_ASSERT_PTR_NULL(diag);
  s = gs_text_get_sentences(text, &n);
  CU_ASSERT_EQUAL_FATAL(n, 2);
  CU_ASSERT_EQUAL(s[0].start, 3);
  t = gs_text_get_tokens(text, &n_tokens);
  CU_ASSERT_EQUAL(t[0].start, 3);
  {
    g_autofree char *first = gs_text_dup_folded(text, s[0].start, s[0].end);

    CU_ASSERT_STRING_EQUAL(first, "Hello there.");
  }
  /* Offsets index the input as given, BOM included. */
  gs_text_get_data(text, &len);
  CU_ASSERT_EQUAL(len, 20);
  CU_ASSERT_EQUAL(s[1].end, 20);
}

static void
test_position_crlf(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = load("one\r\ntwo\r\nthree", &diag);
  guint line, column;

  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  gs_text_get_position(text, 0, &line, &column);
  CU_ASSERT_EQUAL(line, 1);
  CU_ASSERT_EQUAL(column, 1);
  gs_text_get_position(text, 6, &line, &column); /* the 'w' */
  CU_ASSERT_EQUAL(line, 2);
  CU_ASSERT_EQUAL(column, 2);
  gs_text_get_position(text, 10, &line, &column); /* "three" */
  CU_ASSERT_EQUAL(line, 3);
  CU_ASSERT_EQUAL(column, 1);
  /* The end of the text is a position too. */
  gs_text_get_position(text, 15, &line, &column);
  CU_ASSERT_EQUAL(line, 3);
  CU_ASSERT_EQUAL(column, 6);
}

static void
test_position_lone_cr(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = load("one\rtwo\r\rfour\n\r\nsix", &diag);
  guint line, column;

  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  gs_text_get_position(text, 4, &line, &column); /* "two" */
  CU_ASSERT_EQUAL(line, 2);
  CU_ASSERT_EQUAL(column, 1);
  gs_text_get_position(text, 9, &line, &column); /* "four" after an empty line */
  CU_ASSERT_EQUAL(line, 4);
  CU_ASSERT_EQUAL(column, 1);
  gs_text_get_position(text, 16, &line, &column); /* "six" */
  CU_ASSERT_EQUAL(line, 6);
  CU_ASSERT_EQUAL(column, 1);
}

static void
test_position_counts_characters(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  /* "é" and "“" are two and three bytes, one character each. */
  g_autoptr(GsText) text = load("caf\xC3\xA9 au lait\n\xE2\x80\x9CYes\xE2\x80\x9D, she said.", &diag);
  guint line, column;

  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  gs_text_get_position(text, 6, &line, &column); /* "au" */
  CU_ASSERT_EQUAL(line, 1);
  CU_ASSERT_EQUAL(column, 6);
  gs_text_get_position(text, 17, &line, &column); /* "Yes" after "“" */
  CU_ASSERT_EQUAL(line, 2);
  CU_ASSERT_EQUAL(column, 2);
  gs_text_get_position(text, 23, &line, &column); /* the ',' after "”" */
  CU_ASSERT_EQUAL(line, 2);
  CU_ASSERT_EQUAL(column, 6);
}

static void
test_get_line(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  const char *input = "first\r\nsecond\rthird\n\nfifth";
  g_autoptr(GsText) text = load(input, &diag);
  const char *line;
  gsize len;

  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  line = gs_text_get_line(text, 2, &len);
  CU_ASSERT_EQUAL(len, 5);
  CU_ASSERT_NSTRING_EQUAL(line, "first", 5);
  line = gs_text_get_line(text, 10, &len);
  CU_ASSERT_EQUAL(len, 6);
  CU_ASSERT_NSTRING_EQUAL(line, "second", 6);
  line = gs_text_get_line(text, 14, &len);
  CU_ASSERT_EQUAL(len, 5);
  CU_ASSERT_NSTRING_EQUAL(line, "third", 5);
  line = gs_text_get_line(text, 20, &len); /* the empty line */
  CU_ASSERT_EQUAL(len, 0);
  line = gs_text_get_line(text, strlen(input), &len); /* the end */
  CU_ASSERT_EQUAL(len, 5);
  CU_ASSERT_NSTRING_EQUAL(line, "fifth", 5);
}

static void
test_dup_folded(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  const char *input = "  One\r\n\t two \xC2\xA0 three.  ";
  g_autoptr(GsText) text = load(input, &diag);
  g_autofree char *all = NULL;
  g_autofree char *part = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  all = gs_text_dup_folded(text, 0, strlen(input));
  CU_ASSERT_STRING_EQUAL(all, "One two three.");
  /* Out-of-range ends are clamped. */
  part = gs_text_dup_folded(text, 5, 1000);
  CU_ASSERT_STRING_EQUAL(part, "two three.");
}

/* A span that needs no folding is told apart, and is then exactly what
 * dup_folded makes of it (the JSON report uses such spans in place). */
static void
test_span_is_folded(void)
{
  static const struct {
    const char *input;
    gboolean folded;
  } cases[] = {
    {"one two", TRUE},
    {"caf\xC3\xA9 au lait", TRUE},
    {"", TRUE},
    {" one", FALSE},
    {"one ", FALSE},
    {"one  two", FALSE},
    {"one\ntwo", FALSE},
    {"one\ttwo", FALSE},
    {"one\xC2\xA0two", FALSE},  /* no-break space */
    {"one\xE2\x80\x8Btwo", FALSE}, /* zero-width space */
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autoptr(GsDiagnostic) diag = NULL;
    g_autofree char *padded = g_strdup_printf("x%sx", cases[i].input);
    g_autoptr(GsText) text = load(padded, &diag);
    gsize len = strlen(cases[i].input);
    g_autofree char *dup = NULL;
    gboolean folded;

    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    folded = gs_text_span_is_folded(text, 1, 1 + len);
    if (folded != cases[i].folded)
      g_printerr("\n  case %" G_GSIZE_FORMAT ": '%s'", i, cases[i].input);
    CU_ASSERT_EQUAL(folded, cases[i].folded);
    dup = gs_text_dup_folded(text, 1, 1 + len);
    CU_ASSERT_EQUAL(strcmp(dup, cases[i].input) == 0, cases[i].folded);
  }
}

/* ---- date header ------------------------------------------------------ */

/* Loads S and checks its date header (NULL: none) and first sentence. */
static void
expect_date(const char *s, const char *date, const char *first_sentence)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = load(s, &diag);
  const GsSentence *sentences;
  g_autofree char *first = NULL;
  guint n;

  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  /* The CUnit macros are blocks: braces keep the else chain whole. */
  if (date == NULL) {
    CU_ASSERT_PTR_NULL(gs_text_get_date(text));
  } else if (gs_text_get_date(text) == NULL) {
    CU_FAIL("date header not recognised");
  } else {
    CU_ASSERT_STRING_EQUAL(gs_text_get_date(text), date);
  }
  sentences = gs_text_get_sentences(text, &n);
  CU_ASSERT_TRUE_FATAL(n >= 1);
  first = gs_text_dup_folded(text, sentences[0].start, sentences[0].end);
  CU_ASSERT_STRING_EQUAL(first, first_sentence);
  if (strcmp(first, first_sentence) != 0)
    fprintf(stderr, "\n  input %s: first sentence \"%s\"\n", s, first);
}

static void
test_date_header(void)
{
  expect_date("date 2024-04-09\nThe river rose. Farms flooded.", "2024-04-09", "The river rose.");
  /* Leading white space, and text on the same line as the header. */
  expect_date(" date 2024-04-09 A man said the bridge had closed. Traffic stopped.",
              "2024-04-09", "A man said the bridge had closed.");
  expect_date("Date: 2023-12-31\n\nYear ends quietly.", "2023-12-31", "Year ends quietly.");
  expect_date("\xEF\xBB\xBF" "date 2024-02-29\nA leap day.", "2024-02-29", "A leap day.");
}

static void
test_date_header_invalid(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = NULL;
  const GsSentence *s;
  guint n;

  /* No such days: the line stays text. */
  expect_date("date 2024-02-30\nThe end.", NULL, "date 2024-02-30");
  expect_date("date 2023-02-29\nThe end.", NULL, "date 2023-02-29");
  expect_date("date 2024-13-01\nThe end.", NULL, "date 2024-13-01");
  /* Not a date, or not a header. */
  expect_date("date 2024-4-9\nThe end.", NULL, "date 2024-4-9");
  expect_date("dated 2024-04-09\nThe end.", NULL, "dated 2024-04-09");
  expect_date("date 2024-04-09x and more.", NULL, "date 2024-04-09x and more.");
  expect_date("Intro.\n\ndate 2024-04-09\n", NULL, "Intro.");

  text = load("date 2024-02-30\nThe end.", &diag);
  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  s = gs_text_get_sentences(text, &n);
  CU_ASSERT_EQUAL(s[0].start, 0);
}

/* ---- files ------------------------------------------------------------ */

static void
test_file_not_found(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autofree char *path = g_build_filename(GS_TEST_DATA_DIR, "no-such-file.txt", NULL);
  g_autoptr(GsText) text = gs_text_new_from_file(path, &diag);

  CU_ASSERT_PTR_NULL(text);
  CU_ASSERT_PTR_NOT_NULL_FATAL(diag);
  CU_ASSERT_EQUAL(diag->domain, GS_TEXT_ERROR);
  CU_ASSERT_EQUAL(diag->code, GS_TEXT_ERROR_NOT_FOUND);
  CU_ASSERT_STRING_EQUAL(diag->file, path);
}

static void
test_file_is_directory(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsDiagnostic) diag2 = NULL;
  g_autoptr(GsText) text = gs_text_new_from_file(GS_TEST_DATA_DIR, &diag);
  g_autoptr(GsText) text2 = gs_text_new_from_file(g_get_tmp_dir(), &diag2);

  CU_ASSERT_PTR_NULL(text);
  CU_ASSERT_PTR_NOT_NULL_FATAL(diag);
  CU_ASSERT_EQUAL(diag->domain, GS_TEXT_ERROR);
  CU_ASSERT_EQUAL(diag->code, GS_TEXT_ERROR_IS_DIRECTORY);
  CU_ASSERT_PTR_NULL(text2);
  CU_ASSERT_PTR_NOT_NULL_FATAL(diag2);
  CU_ASSERT_EQUAL(diag2->code, GS_TEXT_ERROR_IS_DIRECTORY);
}

static void
test_file_loads(void)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autofree char *path = g_build_filename(GS_TEST_DATA_DIR, "wrapped-article.txt", NULL);
  g_autoptr(GsText) text = gs_text_new_from_file(path, &diag);
  const GsSentence *s;
  const GsParagraph *p;
  guint n, n_paragraphs;

  CU_ASSERT_PTR_NULL(diag);
  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  CU_ASSERT_STRING_EQUAL(gs_text_get_name(text), path);
  CU_ASSERT_STRING_EQUAL(gs_text_get_date(text), "2024-05-02");
  s = gs_text_get_sentences(text, &n);
  p = gs_text_get_paragraphs(text, &n_paragraphs);
  /* A headline, then three hard-wrapped paragraphs of 2, 3 and 1
   * sentences; see the file. */
  CU_ASSERT_EQUAL(n_paragraphs, 4);
  CU_ASSERT_EQUAL_FATAL(n, 7);
  CU_ASSERT_EQUAL(p[0].n_sentences, 1);
  CU_ASSERT_EQUAL(p[1].n_sentences, 2);
  CU_ASSERT_EQUAL(p[2].n_sentences, 3);
  CU_ASSERT_EQUAL(p[3].n_sentences, 1);
  for (guint i = 0; i < n; i++) {
    g_autofree char *got = gs_text_dup_folded(text, s[i].start, s[i].end);

    CU_ASSERT_TRUE(s[i].paragraph < n_paragraphs);
    CU_ASSERT_TRUE(i == 0 || s[i].paragraph >= s[i - 1].paragraph);
    CU_ASSERT_TRUE(strlen(got) > 0);
  }
  {
    g_autofree char *last = gs_text_dup_folded(text, s[n - 1].start, s[n - 1].end);

    CU_ASSERT_STRING_EQUAL(last, "Repairs will take until the end of the month, according to "
                                 "County Engineer Ruth Obi, who spoke to reporters on Thursday.");
  }
}

static void
test_file_invalid_utf8(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autofree char *dir = g_dir_make_tmp("gainsay-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GsText) text = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
  path = g_build_filename(dir, "bad.txt", NULL);
  CU_ASSERT_TRUE_FATAL(g_file_set_contents(path, "good line\nbad \xC0\xAF line\n", -1, &error));
  text = gs_text_new_from_file(path, &diag);
  CU_ASSERT_PTR_NULL(text);
  CU_ASSERT_PTR_NOT_NULL_FATAL(diag);
  CU_ASSERT_EQUAL(diag->code, GS_TEXT_ERROR_INVALID_UTF8);
  CU_ASSERT_EQUAL(diag->line, 2);
  CU_ASSERT_EQUAL(diag->column, 5);
  CU_ASSERT_EQUAL(diag->offset, 14);
  CU_ASSERT_STRING_EQUAL(diag->file, path);
  g_unlink(path);
  g_rmdir(dir);
}

static CU_TestInfo tests[] = {
  {"invalid UTF-8 names line, column and offset", test_invalid_utf8_position},
  {"invalid UTF-8: truncated sequence", test_invalid_utf8_truncated},
  {"invalid UTF-8: overlong form", test_invalid_utf8_overlong},
  {"invalid UTF-8: encoded surrogate", test_invalid_utf8_surrogate},
  {"invalid UTF-8: lone continuation byte", test_invalid_utf8_lone_continuation},
  {"invalid UTF-8: quoted line stays valid", test_invalid_utf8_source_line},
  {"NUL byte is binary", test_nul_byte},
  {"UTF-16 byte-order mark", test_utf16_bom},
  {"empty and white-space-only input", test_empty},
  {"over the size limit", test_too_large},
  {"UTF-8 BOM skipped by offset", test_utf8_bom_skipped},
  {"position: CRLF line ends", test_position_crlf},
  {"position: lone CR line ends", test_position_lone_cr},
  {"position: column counts characters", test_position_counts_characters},
  {"get_line", test_get_line},
  {"dup_folded", test_dup_folded},
  {"span_is_folded", test_span_is_folded},
  {"date header", test_date_header},
  {"date header: invalid dates are text", test_date_header_invalid},
  {"file: not found", test_file_not_found},
  {"file: directory", test_file_is_directory},
  {"file: loads and splits", test_file_loads},
  {"file: invalid UTF-8 position", test_file_invalid_utf8},
  CU_TEST_INFO_NULL,
};

int
main(void)
{
  return gs_test_run_suite("text", tests);
}
