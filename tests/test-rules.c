/* Unit tests for the rules loader (src/rules.c).
 *
 * Each test feeds the loader a small rules text of its own and checks what
 * comes back: for a valid file the counts, for a broken one each
 * diagnostic's domain, code, line and column (not its wording, which may
 * change, except for the "did you mean" hints, which are part of what the
 * user is promised). Include files are written to a temporary directory.
 *
 * When an assertion about diagnostics fails, every diagnostic of that load
 * is printed, so the failure reads on its own. */
#include "gs-test.h"
#include "rules-private.h"

#include <gainsay/rules.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

/* ---- helpers ----------------------------------------------------------- */

typedef struct {
  GsRules *rules;
  GPtrArray *diags; /* GsDiagnostic */
  gboolean ok;
} Load;

static void
load_clear(Load *ld)
{
  g_clear_pointer(&ld->rules, gs_rules_free);
  g_clear_pointer(&ld->diags, g_ptr_array_unref);
}

static void
dump_diags(const char *what, const GPtrArray *diags)
{
  g_printerr("\n  %s: %u diagnostic(s)\n", what, diags->len);
  for (guint i = 0; i < diags->len; i++) {
    const GsDiagnostic *d = g_ptr_array_index(diags, i);

    g_printerr("    [%u] %s:%u:%u code %d: %s\n", i, d->file, d->line, d->column, d->code,
               d->message);
  }
}

/* GLib criticals (a g_return_if_fail that failed) met while loading: a
 * load must never raise one, whatever the input. */
static guint criticals;

static void
count_critical(const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  (void)level;
  (void)data;
  criticals++;
  g_printerr("\n  %s-CRITICAL: %s", domain != NULL ? domain : "?", message);
}

static void
expect_no_critical(guint before, const char *what)
{
  if (criticals != before)
    g_printerr("\n  %u GLib critical(s) while loading %s", criticals - before, what);
  CU_ASSERT_EQUAL(criticals, before);
}

/* Loads LEN bytes of DATA as rules named NAME. */
static Load
load_bytes(const char *name, const char *data, gsize len)
{
  Load ld;
  guint before = criticals;

  ld.rules = gs_rules_new();
  ld.diags = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
  ld.ok = gs_rules_load_data(ld.rules, name, data, len, ld.diags);
  expect_no_critical(before, name);
  return ld;
}

/* Loads TEXT (NUL-terminated) as rules named "test.rules". */
static Load
load_text(const char *text)
{
  return load_bytes("test.rules", text, strlen(text));
}

static Load
load_path(const char *path)
{
  Load ld;
  guint before = criticals;

  ld.rules = gs_rules_new();
  ld.diags = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
  ld.ok = gs_rules_load_file(ld.rules, path, ld.diags);
  expect_no_critical(before, path);
  return ld;
}

/* Does diagnostic I of LD have CODE at LINE:COLUMN, in the rules domain,
 * as an error? Prints every diagnostic when not. */
static gboolean
diag_is(const Load *ld, guint i, int code, guint line, guint column)
{
  const GsDiagnostic *d;
  gboolean ok;

  if (i >= ld->diags->len) {
    g_printerr("\n  expected a diagnostic [%u] with code %d at %u:%u", i, code, line, column);
    dump_diags("got", ld->diags);
    return FALSE;
  }
  d = g_ptr_array_index(ld->diags, i);
  ok = d->domain == GS_RULES_ERROR && d->code == code && d->line == line &&
       d->column == column && d->severity == GS_SEVERITY_ERROR;
  if (!ok) {
    g_printerr("\n  expected diagnostic [%u] with code %d at %u:%u", i, code, line, column);
    dump_diags("got", ld->diags);
  }
  return ok;
}

/* The load failed with exactly one diagnostic: CODE at LINE:COLUMN. */
static void
expect_one(const char *text, int code, guint line, guint column)
{
  Load ld = load_text(text);

  CU_ASSERT_FALSE(ld.ok);
  if (ld.diags->len != 1)
    dump_diags("expected exactly one", ld.diags);
  CU_ASSERT_EQUAL(ld.diags->len, 1);
  CU_ASSERT_TRUE(diag_is(&ld, 0, code, line, column));
  load_clear(&ld);
}

/* The message of the first diagnostic of TEXT holds NEEDLE. */
static gboolean
first_message_has(const char *text, const char *needle)
{
  Load ld = load_text(text);
  gboolean found = ld.diags->len > 0 &&
                   strstr(((GsDiagnostic *)g_ptr_array_index(ld.diags, 0))->message, needle) != NULL;

  if (!found) {
    g_printerr("\n  no diagnostic message holds \"%s\"", needle);
    dump_diags("got", ld.diags);
  }
  load_clear(&ld);
  return found;
}

static void
write_file(const char *dir, const char *name, const char *contents)
{
  g_autofree char *path = g_build_filename(dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname(path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents(parent, 0700);
  if (!g_file_set_contents(path, contents, -1, &error))
    g_printerr("\n  cannot write %s: %s\n", path, error->message);
  CU_ASSERT_PTR_NULL(error);
}

static void
remove_tree(const char *dir)
{
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
    g_autofree char *path = g_build_filename(dir, name, NULL);

    if (g_file_test(path, G_FILE_TEST_IS_DIR))
      remove_tree(path);
    else
      g_unlink(path);
  }
  g_rmdir(dir);
}

/* A small, complete rules file of our own. */
static const char valid_rules[] =
  "# A rules file for tests: the words of a village's market disputes.\n"
  "[gainsay]\n"
  "language=english\n"
  "description=Market squabbles in Little Fennick\n"
  "stop-words=a;an;the;of;in\n"
  "negation-cues=no;not;never\n"
  "negating-verbs=denied\n"
  "negation-stops=in;at\n"
  "negation-exceptions=not only\n"
  "topic-threshold=0.3\n"
  "\n"
  "[lexicon bustle]\n"
  "description=A busy market\n"
  "terms=busy;bustling;crowded;packed\n"
  "\n"
  "[lexicon quiet]\n"
  "terms=empty;deserted;quiet;half empty\n"
  "\n"
  "[lexicon untrue]\n"
  "terms=false;untrue;made up\n"
  "\n"
  "[rule busy-vs-quiet]\n"
  "kind=opposition\n"
  "a=bustle\n"
  "b=quiet\n"
  "severity=low\n"
  "scope=different-sides\n"
  "message={a} saw crowds; {b} saw empty stalls ({topic}, {rule})\n"
  "description=Stallholders against the parish council\n"
  "enabled=true\n"
  "\n"
  "[rule untrue]\n"
  "kind=denial\n"
  "lexicon=untrue\n"
  "\n"
  "[rule counts]\n"
  "kind=numeric\n"
  "tolerance=15\n"
  "\n"
  "[rule negated]\n"
  "kind=negation\n"
  "min-shared=2\n"
  "lexicon=bustle\n"
  "\n"
  "[side stallholders]\n"
  "members=stallholder;trader;Fennick Traders\n"
  "description=Those who sell\n";

/* ---- a valid file ------------------------------------------------------- */

static void
test_valid_file(void)
{
  Load ld = load_text(valid_rules);
  const GsRule *rule;

  if (ld.diags->len != 0)
    dump_diags("expected none", ld.diags);
  CU_ASSERT_TRUE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 0);
  CU_ASSERT_EQUAL(gs_rules_get_n_rules(ld.rules), 4);
  CU_ASSERT_EQUAL(gs_rules_get_n_lexicons(ld.rules), 3);
  CU_ASSERT_STRING_EQUAL(gs_rules_get_language(ld.rules), "english");
  CU_ASSERT_EQUAL(ld.rules->sides->len, 1);

  /* what the keys set */
  rule = g_ptr_array_index(ld.rules->rules, 0);
  CU_ASSERT_STRING_EQUAL(rule->name, "busy-vs-quiet");
  CU_ASSERT_EQUAL(rule->kind, GS_RULE_OPPOSITION);
  CU_ASSERT_EQUAL(rule->severity, GS_LEVEL_LOW);
  CU_ASSERT_EQUAL(rule->scope, GS_SCOPE_DIFFERENT_SIDES);
  CU_ASSERT_TRUE(rule->enabled);
  CU_ASSERT_EQUAL(rule->lexicon_a, 0);
  CU_ASSERT_EQUAL(rule->lexicon_b, 1);
  rule = g_ptr_array_index(ld.rules->rules, 1);
  CU_ASSERT_EQUAL(rule->kind, GS_RULE_DENIAL);
  CU_ASSERT_EQUAL(rule->severity, GS_LEVEL_MEDIUM); /* the default */
  CU_ASSERT_EQUAL(rule->scope, GS_SCOPE_DIFFERENT_SOURCES);
  CU_ASSERT_EQUAL(rule->lexicon_a, 2);
  rule = g_ptr_array_index(ld.rules->rules, 2);
  CU_ASSERT_EQUAL(rule->kind, GS_RULE_NUMERIC);
  CU_ASSERT_DOUBLE_EQUAL(rule->tolerance, 0.15, 1e-9);
  rule = g_ptr_array_index(ld.rules->rules, 3);
  CU_ASSERT_EQUAL(rule->kind, GS_RULE_NEGATION);
  CU_ASSERT_EQUAL(rule->min_shared, 2);
  CU_ASSERT_DOUBLE_EQUAL(ld.rules->topic_threshold, 0.3, 1e-9);
  CU_ASSERT_TRUE(g_hash_table_contains(ld.rules->negation_cues, "never"));
  CU_ASSERT_TRUE(g_hash_table_contains(ld.rules->stop_words, "the"));
  /* side members are kept in lower case */
  CU_ASSERT_STRING_EQUAL(((GsSide *)g_ptr_array_index(ld.rules->sides, 0))->members[2],
                         "fennick traders");
  load_clear(&ld);
}

static void
test_comments_blank_lines_crlf(void)
{
  Load ld = load_text("# comments, blank lines and CRLF line ends\r\n"
                      "\r\n"
                      "   # an indented comment\r\n"
                      "[lexicon calm]\r\n"
                      "terms=calm;still\r\n");

  if (ld.diags->len != 0)
    dump_diags("expected none", ld.diags);
  CU_ASSERT_TRUE(ld.ok);
  CU_ASSERT_EQUAL(gs_rules_get_n_lexicons(ld.rules), 1);
  load_clear(&ld);

  /* positions still count lines right over CRLF */
  expect_one("[gainsay]\r\n"
             "description=x\r\n"
             "language=klingon\r\n",
             GS_RULES_ERROR_LANGUAGE, 3, 10);
}

/* A UTF-8 byte-order mark at the start is allowed and skipped (as the
 * loader's line scan promises): the file loads as if it were not there. */
static void
test_byte_order_mark(void)
{
  Load ld = load_text("\xEF\xBB\xBF[lexicon calm]\n"
                      "terms=calm;still\n");

  if (ld.diags->len != 0)
    dump_diags("expected none", ld.diags);
  CU_ASSERT_TRUE(ld.ok);
  CU_ASSERT_EQUAL(gs_rules_get_n_lexicons(ld.rules), 1);
  load_clear(&ld);
  ld = load_text("\xEF\xBB\xBF# a comment first\n"
                 "[lexicon calm]\n"
                 "terms=calm;still\n");
  if (ld.diags->len != 0)
    dump_diags("expected none", ld.diags);
  CU_ASSERT_TRUE(ld.ok);
  load_clear(&ld);
  /* columns on the first line do not count the mark */
  expect_one("\xEF\xBB\xBF  stray words\n", GS_RULES_ERROR_SYNTAX, 1, 3);
}

static void
test_empty_file(void)
{
  Load ld = load_text("");

  CU_ASSERT_TRUE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 0);
  CU_ASSERT_EQUAL(gs_rules_get_n_rules(ld.rules), 0);
  load_clear(&ld);
}

/* ---- syntax ------------------------------------------------------------- */

static void
test_syntax_no_equals(void)
{
  expect_one("[gainsay]\n"
             "language=english\n"
             "these words have no equals sign\n",
             GS_RULES_ERROR_SYNTAX, 3, 1);
  /* the column is where the text starts, after indentation */
  expect_one("[lexicon calm]\n"
             "terms=calm\n"
             "\n"
             "    stray words\n",
             GS_RULES_ERROR_SYNTAX, 4, 5);
}

static void
test_syntax_key_before_group(void)
{
  expect_one("language=english\n"
             "[gainsay]\n"
             "description=a file that starts with a key\n",
             GS_RULES_ERROR_SYNTAX, 1, 1);
}

static void
test_syntax_unterminated_group(void)
{
  Load ld = load_text("[gainsay]\n"
                      "language=english\n"
                      "\n"
                      "[lexicon calm\n");

  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 1);
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_SYNTAX, 4, 1));
  load_clear(&ld);
  expect_one("[lexicon]]x\n", GS_RULES_ERROR_SYNTAX, 1, 1);
}

/* The keys under a broken header belong to that header: they are not
 * "before any group", and one typo gives one error. */
static void
test_syntax_broken_header_does_not_cascade(void)
{
  expect_one("[gainsay]\n"
             "language=english\n"
             "\n"
             "[lexicon calm\n"
             "terms=calm;still\n"
             "description=a lexicon whose header lost its bracket\n",
             GS_RULES_ERROR_SYNTAX, 4, 1);
}

static void
test_syntax_every_error_reported(void)
{
  Load ld = load_text("stray=before any group\n"
                      "[gainsay]\n"
                      "no equals here\n"
                      "[lexicon calm]\n"
                      "terms=calm\n"
                      "=a value without a key\n");

  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 3);
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_SYNTAX, 1, 1));
  CU_ASSERT_TRUE(diag_is(&ld, 1, GS_RULES_ERROR_SYNTAX, 3, 1));
  CU_ASSERT_TRUE(diag_is(&ld, 2, GS_RULES_ERROR_SYNTAX, 6, 1));
  load_clear(&ld);
}

static void
test_syntax_quotes_line(void)
{
  Load ld = load_text("[gainsay]\nnot a key\n");
  const GsDiagnostic *d;

  CU_ASSERT_EQUAL_FATAL(ld.diags->len, 1);
  d = g_ptr_array_index(ld.diags, 0);
  CU_ASSERT_STRING_EQUAL(d->file, "test.rules");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d->source_line);
  CU_ASSERT_STRING_EQUAL(d->source_line, "not a key");
  load_clear(&ld);
}

/* ---- groups and keys ---------------------------------------------------- */

static void
test_unknown_group(void)
{
  const char *text = "[rules crowding]\n"
                     "kind=numeric\n";

  /* the column points at the type, inside the bracket */
  expect_one(text, GS_RULES_ERROR_UNKNOWN_GROUP, 1, 2);
  CU_ASSERT_TRUE(first_message_has(text, "did you mean 'rule'"));
  expect_one("[lexicon calm]\n"
             "terms=calm\n"
             "\n"
             "  [sides north]\n"
             "members=north\n",
             GS_RULES_ERROR_UNKNOWN_GROUP, 4, 4);
  /* nothing near: no hint */
  {
    Load ld = load_text("[weather today]\nwind=strong\n");

    CU_ASSERT_EQUAL(ld.diags->len, 1);
    CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_UNKNOWN_GROUP, 1, 2));
    if (ld.diags->len > 0)
      CU_ASSERT_PTR_NULL(strstr(((GsDiagnostic *)g_ptr_array_index(ld.diags, 0))->message,
                                "did you mean"));
    load_clear(&ld);
  }
}

static void
test_group_needs_name(void)
{
  expect_one("[lexicon]\nterms=calm\n", GS_RULES_ERROR_SYNTAX, 1, 1);
  expect_one("[rule]\nkind=numeric\n", GS_RULES_ERROR_SYNTAX, 1, 1);
  expect_one("[side]\nmembers=north\n", GS_RULES_ERROR_SYNTAX, 1, 1);
  expect_one("[gainsay extra]\nlanguage=english\n", GS_RULES_ERROR_SYNTAX, 1, 1);
}

static void
test_unknown_key(void)
{
  const char *text = "[rule crowds]\n"
                     "kind=numeric\n"
                     "scop=any\n";

  expect_one(text, GS_RULES_ERROR_UNKNOWN_KEY, 3, 1);
  CU_ASSERT_TRUE(first_message_has(text, "did you mean 'scope'"));
  /* a key of another kind is unknown to this one */
  expect_one("[rule crowds]\n"
             "kind=numeric\n"
             "  min-shared=2\n",
             GS_RULES_ERROR_UNKNOWN_KEY, 3, 3);
  CU_ASSERT_TRUE(first_message_has("[lexicon calm]\ntrems=calm\n", "did you mean 'terms'"));
  CU_ASSERT_TRUE(first_message_has("[side north]\nmember=north\n", "did you mean 'members'"));
  CU_ASSERT_TRUE(first_message_has("[gainsay]\nlangauge=english\n", "did you mean 'language'"));
  /* the kind's own keys are candidates too */
  CU_ASSERT_TRUE(first_message_has("[lexicon hot]\nterms=hot\n"
                                   "[rule r]\nkind=numeric\ntolerence=5\n",
                                   "did you mean 'tolerance'"));
}

static void
test_localised_key(void)
{
  expect_one("[lexicon calm]\nterms=calm\nterms[fr]=calme\n", GS_RULES_ERROR_SYNTAX, 3, 1);
}

static void
test_missing_key(void)
{
  /* opposition without b: reported at the rule's header */
  expect_one("[lexicon busy]\n"
             "terms=busy\n"
             "\n"
             "[rule crowds]\n"
             "kind=opposition\n"
             "a=busy\n",
             GS_RULES_ERROR_MISSING_KEY, 4, 1);
  /* a lexicon without terms */
  expect_one("[gainsay]\n"
             "language=english\n"
             "[lexicon calm]\n"
             "description=words of a still day\n",
             GS_RULES_ERROR_MISSING_KEY, 3, 1);
  /* a rule without a kind */
  expect_one("[rule nameless]\nseverity=low\n", GS_RULES_ERROR_MISSING_KEY, 1, 1);
  /* a denial without its lexicon */
  expect_one("[rule untrue]\nkind=denial\n", GS_RULES_ERROR_MISSING_KEY, 1, 1);
  /* a side without members */
  expect_one("[side north]\ndescription=the northern villages\n", GS_RULES_ERROR_MISSING_KEY, 1,
             1);
}

static void
test_bad_values(void)
{
  const char *head = "[lexicon busy]\nterms=busy\n[lexicon calm]\nterms=calm\n"
                     "[rule crowds]\nkind=opposition\na=busy\nb=calm\n";
  struct {
    const char *line;
    guint column;
  } cases[] = {
    {"severity=urgent", 10},
    {"scope=everyone", 7},
    {"enabled=maybe", 9},
    {"severity=", 10},
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *text = g_strdup_printf("%s%s\n", head, cases[i].line);

    expect_one(text, GS_RULES_ERROR_BAD_VALUE, 9, cases[i].column);
  }
  expect_one("[rule counts]\nkind=numeric\ntolerance=abc\n", GS_RULES_ERROR_BAD_VALUE, 3, 11);
  expect_one("[rule counts]\nkind=numeric\ntolerance=-5\n", GS_RULES_ERROR_BAD_VALUE, 3, 11);
  expect_one("[rule counts]\nkind=numeric\ntolerance=5%\n", GS_RULES_ERROR_BAD_VALUE, 3, 11);
  expect_one("[gainsay]\ntopic-threshold=high\n", GS_RULES_ERROR_BAD_VALUE, 2, 17);
  expect_one("[rule n]\nkind=negation\nmin-shared=two\n", GS_RULES_ERROR_BAD_VALUE, 3, 12);
  /* a word form without '=': the column of that entry */
  expect_one("[gainsay]\nword-forms=met=meet;paid\n", GS_RULES_ERROR_BAD_VALUE, 2, 21);
  expect_one("[gainsay]\nword-forms==meet\n", GS_RULES_ERROR_BAD_VALUE, 2, 12);
  expect_one("[gainsay]\nword-forms=a=b=c\n", GS_RULES_ERROR_BAD_VALUE, 2, 12);
}

/* The column of a value is where the value starts, also when spaces
 * stand around the '='. */
static void
test_value_column_after_spaces(void)
{
  expect_one("[rule counts]\n"
             "kind = numeric\n"
             "tolerance = abc\n",
             GS_RULES_ERROR_BAD_VALUE, 3, 13);
  expect_one("[gainsay]\n"
             "  language = klingon\n",
             GS_RULES_ERROR_LANGUAGE, 2, 14);
}

static void
test_unknown_kind(void)
{
  const char *text = "[rule crowds]\n"
                     "kind=oposition\n"
                     "severity=high\n";

  expect_one(text, GS_RULES_ERROR_UNKNOWN_KIND, 2, 6);
  CU_ASSERT_TRUE(first_message_has(text, "did you mean 'opposition'"));
  CU_ASSERT_TRUE(first_message_has("[rule r]\nkind=numerik\n", "did you mean 'numeric'"));
  /* the common keys are still checked */
  {
    Load ld = load_text("[rule crowds]\nkind=oposition\nseverity=urgent\n");

    CU_ASSERT_EQUAL(ld.diags->len, 2);
    CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_UNKNOWN_KIND, 2, 6));
    CU_ASSERT_TRUE(diag_is(&ld, 1, GS_RULES_ERROR_BAD_VALUE, 3, 10));
    load_clear(&ld);
  }
}

/* A misspelt kind is one mistake: the keys that the intended kind has
 * (a=, b= of an opposition) are not also "unknown keys". */
static void
test_unknown_kind_does_not_cascade(void)
{
  expect_one("[lexicon busy]\n"
             "terms=busy\n"
             "[lexicon calm]\n"
             "terms=calm\n"
             "[rule crowds]\n"
             "kind=oposition\n"
             "a=busy\n"
             "b=calm\n",
             GS_RULES_ERROR_UNKNOWN_KIND, 6, 6);
}

static void
test_unknown_lexicon(void)
{
  const char *text = "[lexicon bustle]\n"
                     "terms=busy;crowded\n"
                     "[lexicon quiet]\n"
                     "terms=empty\n"
                     "\n"
                     "[rule crowds]\n"
                     "kind=opposition\n"
                     "a=bustel\n"
                     "b=quiet\n";
  Load ld = load_text(text);

  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 1);
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_UNKNOWN_LEXICON, 8, 3));
  /* a rule that names a missing lexicon does not run */
  if (gs_rules_get_n_rules(ld.rules) == 1)
    CU_ASSERT_FALSE(((GsRule *)g_ptr_array_index(ld.rules->rules, 0))->enabled);
  load_clear(&ld);
  CU_ASSERT_TRUE(first_message_has(text, "did you mean 'bustle'"));
  /* a lexicon defined later in the file is found */
  ld = load_text("[rule untrue]\nkind=denial\nlexicon=untrue\n[lexicon untrue]\nterms=false\n");
  CU_ASSERT_TRUE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 0);
  load_clear(&ld);
  /* negation's lexicon= and denial's cues= are references too */
  expect_one("[rule n]\nkind=negation\nlexicon=nowhere\n", GS_RULES_ERROR_UNKNOWN_LEXICON, 3, 9);
  expect_one("[lexicon untrue]\nterms=false\n[rule d]\nkind=denial\nlexicon=untrue\ncues=nowhere\n",
             GS_RULES_ERROR_UNKNOWN_LEXICON, 6, 6);
}

/* A rule with one bad value still has its lexicons checked: every
 * problem, not just the first. */
static void
test_unknown_lexicon_in_rule_with_other_errors(void)
{
  Load ld = load_text("[lexicon quiet]\n"
                      "terms=empty\n"
                      "[rule crowds]\n"
                      "kind=opposition\n"
                      "a=bustle\n"
                      "b=quiet\n"
                      "severity=urgent\n");

  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 2);
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_BAD_VALUE, 7, 10));
  CU_ASSERT_TRUE(diag_is(&ld, 1, GS_RULES_ERROR_UNKNOWN_LEXICON, 5, 3));
  load_clear(&ld);
}

/* A lexicon with a mistake in it is still a lexicon that a [lexicon]
 * group defines: the rules that name it get no second, false error. */
static void
test_bad_lexicon_still_defined(void)
{
  expect_one("[lexicon bustle]\n"
             "terms=busy\n"
             "colour=red\n"
             "[lexicon quiet]\n"
             "terms=empty\n"
             "[rule crowds]\n"
             "kind=opposition\n"
             "a=bustle\n"
             "b=quiet\n",
             GS_RULES_ERROR_UNKNOWN_KEY, 3, 1);
}

static void
test_duplicates(void)
{
  /* a second lexicon of the same name: at its header */
  expect_one("[lexicon calm]\n"
             "terms=calm\n"
             "\n"
             "[lexicon calm]\n"
             "terms=still\n",
             GS_RULES_ERROR_DUPLICATE, 4, 1);
  /* a key set twice in a group: at the second */
  expect_one("[lexicon calm]\n"
             "terms=calm\n"
             "description=one\n"
             "terms=still\n",
             GS_RULES_ERROR_DUPLICATE, 4, 1);
  /* rules and sides too */
  expect_one("[rule counts]\nkind=numeric\n[rule counts]\nkind=numeric\n",
             GS_RULES_ERROR_DUPLICATE, 3, 1);
  expect_one("[side north]\nmembers=n\n[side north]\nmembers=m\n", GS_RULES_ERROR_DUPLICATE, 3,
             1);
}

static void
test_unknown_placeholder(void)
{
  /* at the '{' of the bad placeholder */
  expect_one("[rule counts]\n"
             "kind=numeric\n"
             "message={a} counted more than {c}\n",
             GS_RULES_ERROR_BAD_VALUE, 3, 31);
  /* every good one is accepted */
  {
    Load ld = load_text("[rule counts]\nkind=numeric\nmessage={a}, {b}, {topic}, {rule}\n");

    CU_ASSERT_TRUE(ld.ok);
    CU_ASSERT_EQUAL(ld.diags->len, 0);
    load_clear(&ld);
  }
  expect_one("[rule counts]\nkind=numeric\nmessage={a} and {b\n", GS_RULES_ERROR_BAD_VALUE, 3, 9);
}

static void
test_unknown_language(void)
{
  const char *text = "[gainsay]\n"
                     "language=klingon\n";

  expect_one(text, GS_RULES_ERROR_LANGUAGE, 2, 10);
  CU_ASSERT_TRUE(first_message_has("[gainsay]\nlanguage=englsh\n", "did you mean 'english'"));
}

static void
test_invalid_utf8(void)
{
  /* 'é' in Latin-1: the tenth character of line 2 */
  expect_one("[lexicon drinks]\n"
             "terms=caf\xE9;tea\n",
             GS_RULES_ERROR_SYNTAX, 2, 10);
  /* columns count characters, not bytes */
  expect_one("[lexicon drinks]\n"
             "terms=th\xC3\xA9;caf\xE9\n",
             GS_RULES_ERROR_SYNTAX, 2, 14);
  /* a NUL byte */
  {
    static const char text[] = "[lexicon drinks]\nterms=te\0a\n";
    Load ld = load_bytes("test.rules", text, sizeof(text) - 1);

    CU_ASSERT_FALSE(ld.ok);
    CU_ASSERT_EQUAL(ld.diags->len, 1);
    CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_SYNTAX, 2, 9));
    load_clear(&ld);
  }
}

/* Three different problems in three groups: three diagnostics, in file
 * order, from one load. */
static void
test_every_problem_reported(void)
{
  Load ld = load_text("[gainsay]\n"
                      "language=english\n"
                      "\n"
                      "[lexicon calm]\n"
                      "terms=calm;still\n"
                      "colour=blue\n"
                      "\n"
                      "[rule counts]\n"
                      "kind=numeric\n"
                      "severity=urgent\n"
                      "\n"
                      "[rule negated]\n"
                      "kind=negation\n"
                      "lexicon=stillness\n");

  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 3);
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_UNKNOWN_KEY, 6, 1));
  CU_ASSERT_TRUE(diag_is(&ld, 1, GS_RULES_ERROR_BAD_VALUE, 10, 10));
  CU_ASSERT_TRUE(diag_is(&ld, 2, GS_RULES_ERROR_UNKNOWN_LEXICON, 14, 9));
  load_clear(&ld);
}

/* What was valid is kept when something else is not. */
static void
test_partial_load_keeps_valid(void)
{
  Load ld = load_text("[lexicon calm]\nterms=calm\n"
                      "[rule counts]\nkind=numeric\n"
                      "[rule broken]\nkind=numeric\nseverity=urgent\n");

  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(gs_rules_get_n_lexicons(ld.rules), 1);
  CU_ASSERT_EQUAL(gs_rules_get_n_rules(ld.rules), 1);
  load_clear(&ld);
}

/* ---- includes ------------------------------------------------------------ */

static void
test_include_relative(void)
{
  g_autofree char *dir = g_dir_make_tmp("gainsay-rules-XXXXXX", NULL);
  g_autofree char *main_path = NULL;
  Load ld;

  CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
  write_file(dir, "main.rules",
             "[gainsay]\n"
             "include=extra/lexicons.rules\n"
             "\n"
             "[rule crowds]\n"
             "kind=opposition\n"
             "a=bustle\n"
             "b=quiet\n");
  /* relative to the file that includes it, not to the current directory */
  write_file(dir, "extra/lexicons.rules",
             "[gainsay]\n"
             "include=quiet.rules\n"
             "[lexicon bustle]\n"
             "terms=busy;crowded\n");
  write_file(dir, "extra/quiet.rules", "[lexicon quiet]\nterms=empty;deserted\n");
  main_path = g_build_filename(dir, "main.rules", NULL);
  ld = load_path(main_path);
  if (ld.diags->len != 0)
    dump_diags("expected none", ld.diags);
  CU_ASSERT_TRUE(ld.ok);
  CU_ASSERT_EQUAL(gs_rules_get_n_lexicons(ld.rules), 2);
  CU_ASSERT_EQUAL(gs_rules_get_n_rules(ld.rules), 1);
  load_clear(&ld);

  /* a problem in an included file names that file and its line */
  write_file(dir, "extra/quiet.rules",
             "[lexicon quiet]\nterms=empty\n\n[side hush]\nmembers=librarian\nloud=yes\n");
  ld = load_path(main_path);
  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 1);
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_UNKNOWN_KEY, 6, 1));
  if (ld.diags->len > 0)
    CU_ASSERT_TRUE(g_str_has_suffix(((GsDiagnostic *)g_ptr_array_index(ld.diags, 0))->file,
                                    "extra/quiet.rules"));
  load_clear(&ld);
  remove_tree(dir);
}

static void
test_include_cycle(void)
{
  g_autofree char *dir = g_dir_make_tmp("gainsay-rules-XXXXXX", NULL);
  g_autofree char *a_path = NULL;
  Load ld;

  CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
  write_file(dir, "a.rules", "[gainsay]\ninclude=b.rules\n[lexicon calm]\nterms=calm\n");
  write_file(dir, "b.rules",
             "# b comes back to a\n"
             "[gainsay]\n"
             "include=a.rules\n");
  a_path = g_build_filename(dir, "a.rules", NULL);
  ld = load_path(a_path);
  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 1);
  /* reported at the include= that closes the cycle, at its value */
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_INCLUDE_CYCLE, 3, 9));
  if (ld.diags->len > 0)
    CU_ASSERT_TRUE(g_str_has_suffix(((GsDiagnostic *)g_ptr_array_index(ld.diags, 0))->file,
                                    "b.rules"));
  /* the rest still loads */
  CU_ASSERT_EQUAL(gs_rules_get_n_lexicons(ld.rules), 1);
  load_clear(&ld);

  /* a file that includes itself */
  write_file(dir, "self.rules", "[gainsay]\ninclude=self.rules\n");
  {
    g_autofree char *self = g_build_filename(dir, "self.rules", NULL);

    ld = load_path(self);
    CU_ASSERT_EQUAL(ld.diags->len, 1);
    CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_INCLUDE_CYCLE, 2, 9));
    load_clear(&ld);
  }
  /* the same file included twice, not in a cycle, is no cycle */
  write_file(dir, "twice.rules", "[gainsay]\ninclude=c.rules;d.rules\n");
  write_file(dir, "c.rules", "[gainsay]\ninclude=leaf.rules\n");
  write_file(dir, "d.rules", "[gainsay]\ninclude=leaf.rules\n");
  write_file(dir, "leaf.rules", "[gainsay]\nstop-words=the\n");
  {
    g_autofree char *twice = g_build_filename(dir, "twice.rules", NULL);

    ld = load_path(twice);
    for (guint i = 0; i < ld.diags->len; i++)
      CU_ASSERT_NOT_EQUAL(((GsDiagnostic *)g_ptr_array_index(ld.diags, i))->code,
                          GS_RULES_ERROR_INCLUDE_CYCLE);
    load_clear(&ld);
  }
  remove_tree(dir);
}

static void
test_include_missing(void)
{
  g_autofree char *dir = g_dir_make_tmp("gainsay-rules-XXXXXX", NULL);
  g_autofree char *path = NULL;
  Load ld;

  CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
  write_file(dir, "main.rules",
             "[gainsay]\n"
             "language=english\n"
             "include=nowhere.rules\n");
  path = g_build_filename(dir, "main.rules", NULL);
  ld = load_path(path);
  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 1);
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_READ, 3, 9));
  load_clear(&ld);

  /* a file that is not there at all: no position */
  {
    g_autofree char *gone = g_build_filename(dir, "gone.rules", NULL);

    ld = load_path(gone);
    CU_ASSERT_FALSE(ld.ok);
    CU_ASSERT_EQUAL(ld.diags->len, 1);
    CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_READ, 0, 0));
    load_clear(&ld);
  }
  /* a directory is not a rules file */
  ld = load_path(dir);
  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_READ, 0, 0));
  load_clear(&ld);
  remove_tree(dir);
}

/* ---- languages ------------------------------------------------------------ */

static void
test_set_language(void)
{
  g_autoptr(GsRules) rules = gs_rules_new();
  g_autoptr(GError) error = NULL;
  const char **languages = gs_rules_list_languages();
  guint n = 0;

  CU_ASSERT_STRING_EQUAL(gs_rules_get_language(rules), "english");
  CU_ASSERT_FALSE(gs_rules_set_language(rules, "klingon", &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL(error);
  CU_ASSERT_TRUE(g_error_matches(error, GS_RULES_ERROR, GS_RULES_ERROR_LANGUAGE));
  /* a failed change changes nothing */
  CU_ASSERT_STRING_EQUAL(gs_rules_get_language(rules), "english");

  CU_ASSERT_PTR_NOT_NULL_FATAL(languages);
  for (const char **l = languages; *l != NULL; l++) {
    g_autoptr(GError) e = NULL;

    if (!gs_rules_set_language(rules, *l, &e))
      g_printerr("\n  language '%s' refused: %s", *l, e != NULL ? e->message : "?");
    CU_ASSERT_PTR_NULL(e);
    CU_ASSERT_STRING_EQUAL(gs_rules_get_language(rules), *l);
    n++;
  }
  CU_ASSERT_TRUE(n >= 2);
}

/* --language wins over the rules file's language=. */
static void
test_language_set_before_load(void)
{
  g_autoptr(GsRules) rules = gs_rules_new();
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
  const char *text = "[gainsay]\nlanguage=english\n";
  const char **languages = gs_rules_list_languages();
  const char *other = NULL;

  for (const char **l = languages; *l != NULL && other == NULL; l++) {
    if (strcmp(*l, "english") != 0)
      other = *l;
  }
  CU_ASSERT_PTR_NOT_NULL_FATAL(other);
  CU_ASSERT_TRUE(gs_rules_set_language(rules, other, NULL));
  CU_ASSERT_TRUE(gs_rules_load_data(rules, "test.rules", text, strlen(text), diags));
  CU_ASSERT_STRING_EQUAL(gs_rules_get_language(rules), other);
}

/* ---- size ----------------------------------------------------------------- */

static void
test_large_lexicon(void)
{
  GString *text = g_string_new("[lexicon many]\nterms=");
  Load ld;
  GPtrArray *bucket;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf(text, "%szq%05u", i > 0 ? ";" : "", i);
  g_string_append(text, "\n[rule many]\nkind=negation\nlexicon=many\n");
  ld = load_text(text->str);
  if (ld.diags->len != 0)
    dump_diags("expected none", ld.diags);
  CU_ASSERT_TRUE(ld.ok);
  CU_ASSERT_EQUAL(gs_rules_get_n_lexicons(ld.rules), 1);
  CU_ASSERT_EQUAL(gs_rules_get_n_rules(ld.rules), 1);
  CU_ASSERT_EQUAL(((GsLexicon *)g_ptr_array_index(ld.rules->lexicons, 0))->terms->len, 100000);
  /* every term is compiled, the last one too */
  bucket = g_hash_table_lookup(ld.rules->term_index, "zq99999");
  CU_ASSERT_PTR_NOT_NULL(bucket);
  bucket = g_hash_table_lookup(ld.rules->term_index, "zq54321");
  CU_ASSERT_PTR_NOT_NULL(bucket);
  load_clear(&ld);
  g_string_free(text, TRUE);
}

static void
test_too_large(void)
{
  gsize len = GS_RULES_MAX_FILE_BYTES + 1;
  char *data = g_malloc(len);
  Load ld;

  memset(data, '#', len);
  ld = load_bytes("huge.rules", data, len);
  CU_ASSERT_FALSE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 1);
  CU_ASSERT_TRUE(diag_is(&ld, 0, GS_RULES_ERROR_TOO_LARGE, 0, 0));
  load_clear(&ld);
  g_free(data);
}

/* ---- the shipped rules and the schema --------------------------------------- */

static void
test_shipped_rules(void)
{
  Load ld = load_path(GS_TEST_RULES_DIR "/english.rules");

  if (ld.diags->len != 0)
    dump_diags("expected none", ld.diags);
  CU_ASSERT_TRUE(ld.ok);
  CU_ASSERT_EQUAL(ld.diags->len, 0);
  CU_ASSERT_TRUE(gs_rules_get_n_rules(ld.rules) > 0);
  CU_ASSERT_TRUE(gs_rules_get_n_lexicons(ld.rules) > 0);
  CU_ASSERT_STRING_EQUAL(gs_rules_get_language(ld.rules), "english");
  /* every rule of the shipped file is enabled and its lexicons resolved */
  for (guint i = 0; i < gs_rules_get_n_rules(ld.rules); i++) {
    const GsRule *rule = g_ptr_array_index(ld.rules->rules, i);

    CU_ASSERT_TRUE(rule->enabled);
    if (rule->kind == GS_RULE_OPPOSITION) {
      CU_ASSERT_TRUE(rule->lexicon_a < gs_rules_get_n_lexicons(ld.rules));
      CU_ASSERT_TRUE(rule->lexicon_b < gs_rules_get_n_lexicons(ld.rules));
    }
  }
  load_clear(&ld);
}

static void
test_describe_kinds(void)
{
  g_autoptr(GString) out = g_string_new(NULL);

  gs_rules_describe_kinds(out);
  CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "negation"));
  CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "opposition"));
  CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "denial"));
  CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "numeric"));
  CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "tolerance"));
  CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "min-shared"));
  CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "english"));
}

static CU_TestInfo tests[] = {
  {"a valid file loads", test_valid_file},
  {"comments, blank lines and CRLF", test_comments_blank_lines_crlf},
  {"a UTF-8 byte-order mark", test_byte_order_mark},
  {"an empty file", test_empty_file},
  {"syntax: a line without '='", test_syntax_no_equals},
  {"syntax: a key before any group", test_syntax_key_before_group},
  {"syntax: an unterminated group header", test_syntax_unterminated_group},
  {"syntax: a broken header gives one error", test_syntax_broken_header_does_not_cascade},
  {"syntax: every syntax error is reported", test_syntax_every_error_reported},
  {"syntax: the offending line is quoted", test_syntax_quotes_line},
  {"unknown group type, with a hint", test_unknown_group},
  {"lexicon, rule and side need a name", test_group_needs_name},
  {"unknown key, with a hint", test_unknown_key},
  {"localised keys are refused", test_localised_key},
  {"missing required keys", test_missing_key},
  {"bad values", test_bad_values},
  {"value column with spaces around '='", test_value_column_after_spaces},
  {"unknown kind, with a hint", test_unknown_kind},
  {"an unknown kind gives one error", test_unknown_kind_does_not_cascade},
  {"unknown lexicon, with a hint", test_unknown_lexicon},
  {"unknown lexicon in a rule with other errors", test_unknown_lexicon_in_rule_with_other_errors},
  {"a lexicon with a bad key is still defined", test_bad_lexicon_still_defined},
  {"duplicate lexicons, rules, sides and keys", test_duplicates},
  {"unknown message placeholder", test_unknown_placeholder},
  {"unknown language", test_unknown_language},
  {"invalid UTF-8 and NUL bytes", test_invalid_utf8},
  {"every problem of a file in one load", test_every_problem_reported},
  {"a partial load keeps what was valid", test_partial_load_keeps_valid},
  {"include is relative to the including file", test_include_relative},
  {"include cycles", test_include_cycle},
  {"a missing include", test_include_missing},
  {"gs_rules_set_language", test_set_language},
  {"--language wins over language=", test_language_set_before_load},
  {"a 100,000-term lexicon", test_large_lexicon},
  {"a rules file over the size limit", test_too_large},
  {"the shipped english.rules", test_shipped_rules},
  {"the schema describes every kind", test_describe_kinds},
  CU_TEST_INFO_NULL,
};

int
main(void)
{
  g_log_set_handler("GLib", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING, count_critical, NULL);
  return gs_test_run_suite("rules", tests);
}
