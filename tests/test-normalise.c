/* Unit tests for the normaliser (src/normalise.c).
 *
 * Each test runs the whole pipeline over a short article of its own with a
 * small rules file written here, then looks inside the analysis the
 * normaliser left in the document (analysis.h): each statement's words
 * with their negation flags, its concepts with their polarity, and its
 * numbers with value, kind, bound and the thing they count.
 *
 * Statements are found by the first words of their content, so a test
 * does not depend on how many statements the parser finds elsewhere. */
#include "gs-test.h"
#include "analysis.h"

#include <gainsay/pipeline.h>
#include <gainsay/report.h>
#include <gainsay/rules.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* The knowledge every test here shares: a short stop list, negation cues
 * and stops, two exceptions, the verbs that deny, and two lexicons. */
static const char base_rules[] =
  "[gainsay]\n"
  "language=english\n"
  "stop-words=a;an;the;and;or;but;of;in;on;at;to;for;from;by;with;about;as;was;were;is;are;"
  "be;been;has;have;had;it;its;their;they;he;she;said;says;there;that;this;some;over;than;"
  "more;least;up;only;would;will;who\n"
  "negation-cues=no;not;never;nothing;none;without;yet  to;stopped short of\n"
  "negation-stops=in;at;on;over;from;for;with;by;after;before\n"
  "negation-exceptions=not only;not just\n"
  "negating-verbs=denied;denies;rejected;dismissed\n"
  "\n"
  "[lexicon progress]\n"
  "terms=progress;headway;breakthrough;closest to a deal\n"
  "\n"
  "[lexicon stalemate]\n"
  "terms=deadlock;stalemate;nothing new\n"
  "\n"
  "[rule progress-vs-stalemate]\n"
  "kind=opposition\n"
  "a=progress\n"
  "b=stalemate\n";

static const char *const number_kind_names[] = {
  "count", "percent", "money", "year", "date", "age", "fraction",
};
static const char *const bound_names[] = {"exact", "about", "lower", "upper"};

/* ---- helpers ----------------------------------------------------------- */

static void
dump_statements(const GsDocument *doc)
{
  guint n;
  const GsStatement *st = gs_document_get_statements(doc, &n);

  g_printerr("\n  the article's %u statement(s):", n);
  for (guint i = 0; i < n; i++) {
    g_autofree char *c = gs_text_dup_folded(gs_document_get_text(doc), st[i].content.start,
                                            st[i].content.end);

    g_printerr("\n    [%u] %s", i, c);
  }
}

/* The analysis of the statement whose content starts with PREFIX. */
static const GsStatementAnalysis *
statement(const GsDocument *doc, const char *prefix)
{
  guint n;
  const GsStatement *st;
  const GsAnalysis *a;

  if (doc == NULL)
    return NULL;
  st = gs_document_get_statements(doc, &n);
  a = gs_analysis_get(doc);
  if (a == NULL)
    return NULL;
  for (guint i = 0; i < n; i++) {
    g_autofree char *c = gs_text_dup_folded(gs_document_get_text(doc), st[i].content.start,
                                            st[i].content.end);

    if (g_str_has_prefix(c, prefix))
      return &a->statements[i];
  }
  g_printerr("\n  no statement starts with \"%s\"", prefix);
  dump_statements(doc);
  return NULL;
}

/* The first word of SA that reads LOWER (in lower case). */
static const GsWord *
word(const GsStatementAnalysis *sa, const char *lower)
{
  if (sa == NULL)
    return NULL;
  for (guint i = 0; i < sa->words->len; i++) {
    const GsWord *w = &g_array_index(sa->words, GsWord, i);

    if (strcmp(w->lower, lower) == 0)
      return w;
  }
  g_printerr("\n  no word \"%s\" in the statement", lower);
  return NULL;
}

/* Is LOWER a word of SA, with (or without) FLAG? */
static gboolean
word_has(const GsStatementAnalysis *sa, const char *lower, guint flag)
{
  const GsWord *w = word(sa, lower);

  return w != NULL && (w->flags & flag) != 0;
}

static gboolean
word_lacks(const GsStatementAnalysis *sa, const char *lower, guint flag)
{
  const GsWord *w = word(sa, lower);

  return w != NULL && (w->flags & flag) == 0;
}

/* LOWER is in SA, inside a negation's scope. */
static gboolean
negated(const GsStatementAnalysis *sa, const char *lower)
{
  const GsWord *w = word(sa, lower);

  return w != NULL && (w->flags & GS_WORD_NEGATED) != 0;
}

/* LOWER is in SA, outside any negation's scope. */
static gboolean
plain(const GsStatementAnalysis *sa, const char *lower)
{
  const GsWord *w = word(sa, lower);

  return w != NULL && (w->flags & (GS_WORD_NEGATED | GS_WORD_NEGATION)) == 0;
}

/* Is there a concept of lexicon NAME with POLARITY in SA? */
static gboolean
has_concept(const GsRules *rules, const GsStatementAnalysis *sa, const char *name, gint polarity)
{
  if (sa == NULL)
    return FALSE;
  for (guint i = 0; i < sa->concepts->len; i++) {
    const GsConcept *c = &g_array_index(sa->concepts, GsConcept, i);
    const GsLexicon *lex = g_ptr_array_index(rules->lexicons, c->lexicon);

    if (strcmp(lex->name, name) == 0 && c->polarity == polarity)
      return TRUE;
  }
  return FALSE;
}

static void
dump_numbers(const GsStatementAnalysis *sa)
{
  g_printerr("\n  its %u number(s):", sa->numbers->len);
  for (guint i = 0; i < sa->numbers->len; i++) {
    const GsNumber *num = &g_array_index(sa->numbers, GsNumber, i);

    g_printerr("\n    %g %s %s noun=%s qualifier='%s'", num->value, number_kind_names[num->kind],
               bound_names[num->bound], num->noun != NULL ? num->noun : "(none)",
               num->qualifier != NULL ? num->qualifier : "(none)");
  }
}

/* SA holds exactly N numbers; prints them when not. */
static gboolean
n_numbers(const GsStatementAnalysis *sa, guint n)
{
  if (sa == NULL)
    return FALSE;
  if (sa->numbers->len != n) {
    g_printerr("\n  expected %u number(s)", n);
    dump_numbers(sa);
    return FALSE;
  }
  return TRUE;
}

/* Number I of SA is VALUE of KIND with BOUND, counting NOUN (a stem, or
 * NULL for none); prints what it is when not. */
static gboolean
number_is(const GsStatementAnalysis *sa, guint i, double value, GsNumberKind kind,
          GsNumberBound bound, const char *noun)
{
  const GsNumber *num;
  gboolean ok;

  if (sa == NULL || i >= sa->numbers->len) {
    g_printerr("\n  no number [%u]", i);
    if (sa != NULL)
      dump_numbers(sa);
    return FALSE;
  }
  num = &g_array_index(sa->numbers, GsNumber, i);
  ok = fabs(num->value - value) < 1e-6 * MAX(1.0, fabs(value)) && num->kind == kind &&
       num->bound == bound && g_strcmp0(num->noun, noun) == 0;
  if (!ok) {
    g_printerr("\n  expected [%u] = %g %s %s noun=%s", i, value, number_kind_names[kind],
               bound_names[bound], noun != NULL ? noun : "(none)");
    dump_numbers(sa);
  }
  return ok;
}

/* One statement's numbers from a one-sentence article "The X said CONTENT." */
typedef struct {
  GsRules *rules;
  GsDocument *doc;
  const GsStatementAnalysis *sa;
} One;

static One
one(const char *article, const char *prefix)
{
  One o;

  o.rules = gs_test_rules_from("normalise-test.rules", base_rules);
  o.doc = gs_test_analyse(o.rules, article);
  o.sa = statement(o.doc, prefix);
  return o;
}

static void
one_clear(One *o)
{
  g_clear_pointer(&o->doc, gs_document_free);
  g_clear_pointer(&o->rules, gs_rules_free);
}

/* ---- negation scope ------------------------------------------------------ */

static void
test_negation_no_progress(void)
{
  One o = one("Harbour master Ilse Varga said no progress was made at the ferry talks.\n",
              "no progress");
  const GsWord *w;

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  w = word(o.sa, "no");
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  if (w == NULL) /* for the compiler: FATAL has returned already */
    return;
  CU_ASSERT_TRUE(w->flags & GS_WORD_NEGATION);
  w = word(o.sa, "progress");
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  if (w == NULL) /* for the compiler: FATAL has returned already */
    return;
  CU_ASSERT_TRUE(w->flags & GS_WORD_NEGATED);
  CU_ASSERT_EQUAL(w->distance, 1);
  /* "at" ends the scope: the talks are not negated */
  CU_ASSERT_TRUE(plain(o.sa, "ferry"));
  CU_ASSERT_TRUE(plain(o.sa, "talks"));
  CU_ASSERT_TRUE(has_concept(o.rules, o.sa, "progress", -1));
  CU_ASSERT_FALSE(has_concept(o.rules, o.sa, "progress", 1));
  one_clear(&o);
}

/* A negated reporting verb does not deny what it reports: "did not
 * announce progress" neither asserts progress nor denies it, where "did
 * not make progress" denies it. */
static void
test_negation_of_reporting_verb(void)
{
  One o = one("The ferry union said the council did not announce progress on the dam.\n",
              "the council did not announce");

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  CU_ASSERT_TRUE(negated(o.sa, "announce"));
  CU_ASSERT_FALSE(has_concept(o.rules, o.sa, "progress", -1));
  CU_ASSERT_FALSE(has_concept(o.rules, o.sa, "progress", 1));
  one_clear(&o);
  o = one("The ferry union said the council did not make progress on the dam.\n",
          "the council did not make");
  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  CU_ASSERT_TRUE(has_concept(o.rules, o.sa, "progress", -1));
  one_clear(&o);
}

static void
test_negation_nothing_new(void)
{
  One o = one("The ferry union said there is nothing new in the talks about wages.\n",
              "there is nothing new");

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  {
    const GsWord *nothing = word(o.sa, "nothing");

    CU_ASSERT_TRUE(nothing != NULL && (nothing->flags & GS_WORD_NEGATION));
  }
  CU_ASSERT_TRUE(negated(o.sa, "new"));
  CU_ASSERT_TRUE(plain(o.sa, "talks"));
  CU_ASSERT_TRUE(plain(o.sa, "wages"));
  /* "nothing new", a term that holds its negation, is asserted */
  CU_ASSERT_TRUE(has_concept(o.rules, o.sa, "stalemate", 1));
  one_clear(&o);
}

static void
test_negation_ends_at_clause(void)
{
  One o = one("The harbour master said no headway was made, and the ferries kept running. "
              "The pilot said there was no headway while the ferries kept running.\n",
              "no headway");

  /* a comma */
  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  CU_ASSERT_TRUE(negated(o.sa, "headway"));
  CU_ASSERT_TRUE(plain(o.sa, "ferries"));
  CU_ASSERT_TRUE(plain(o.sa, "running"));
  /* a contrastive word */
  o.sa = statement(o.doc, "there was no headway");
  CU_ASSERT_TRUE(negated(o.sa, "headway"));
  CU_ASSERT_TRUE(plain(o.sa, "ferries"));
  one_clear(&o);
}

static void
test_negation_never(void)
{
  One o = one("Captain Aline Trask said the old ferry would never sail from Tarn quay again.\n",
              "the old ferry");
  const GsWord *w;

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  w = word(o.sa, "sail");
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  if (w == NULL) /* for the compiler: FATAL has returned already */
    return;
  CU_ASSERT_TRUE(w->flags & GS_WORD_NEGATED);
  CU_ASSERT_EQUAL(w->distance, 1);
  CU_ASSERT_TRUE(plain(o.sa, "ferry"));
  CU_ASSERT_TRUE(plain(o.sa, "quay"));
  one_clear(&o);
}

static void
test_negation_not_only(void)
{
  One o = one("Councillor Bram Okoro said not only the docks but the whole town gained from "
              "the new ferry.\n",
              "not only");

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  for (guint i = 0; i < o.sa->words->len; i++) {
    const GsWord *w = &g_array_index(o.sa->words, GsWord, i);

    if (w->flags & (GS_WORD_NEGATION | GS_WORD_NEGATED))
      g_printerr("\n  '%s' is taken as negated or negating", w->lower);
    CU_ASSERT_FALSE(w->flags & (GS_WORD_NEGATION | GS_WORD_NEGATED));
  }
  one_clear(&o);
}

/* A cue of several words ("yet to", written with two spaces in the rules
 * above: the words count, not the spacing) negates what follows; its
 * first word alone ("yet another") does not. */
static void
test_negation_phrase_cue(void)
{
  One o = one("The port authority said the new ferry terminal has yet to be finished. "
              "The mayor said the terminal was yet another delay for Tarn quay.\n",
              "the new ferry terminal");
  const GsWord *w;

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  w = word(o.sa, "finished");
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  if (w == NULL) /* for the compiler: FATAL has returned already */
    return;
  CU_ASSERT_TRUE(w->flags & GS_WORD_NEGATED);
  CU_ASSERT_TRUE(plain(o.sa, "terminal"));
  o.sa = statement(o.doc, "the terminal was yet another");
  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  CU_ASSERT_TRUE(plain(o.sa, "delay"));
  CU_ASSERT_TRUE(plain(o.sa, "quay"));
  one_clear(&o);
}

/* The later words of a phrase cue belong to the cue: in "stopped short of
 * banning" the word negated first is "banning", not "short". */
static void
test_negation_phrase_cue_words(void)
{
  One o = one("The harbour board said the council stopped short of banning ferries at night.\n",
              "the council stopped");
  const GsWord *w;

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  w = word(o.sa, "short");
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  if (w == NULL) /* for the compiler: FATAL has returned already */
    return;
  CU_ASSERT_FALSE(w->flags & GS_WORD_NEGATED);
  w = word(o.sa, "banning");
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  if (w == NULL)
    return;
  CU_ASSERT_TRUE(w->flags & GS_WORD_NEGATED);
  CU_ASSERT_EQUAL(w->distance, 1);
  CU_ASSERT_TRUE(plain(o.sa, "council"));
  one_clear(&o);
}

/* The same with the shipped english.rules and its negation-exceptions. */
static void
test_negation_not_only_shipped(void)
{
  GsRules *rules = gs_rules_new();
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
  GsDocument *doc;
  const GsStatementAnalysis *sa;

  CU_ASSERT_TRUE(gs_rules_load_file(rules, GS_TEST_RULES_DIR "/english.rules", diags));
  doc = gs_test_analyse(rules, "Councillor Bram Okoro said not only the docks but the whole town gained from "
                   "the new ferry.\n");
  sa = statement(doc, "not only");
  CU_ASSERT_PTR_NOT_NULL(sa);
  CU_ASSERT_TRUE(plain(sa, "docks"));
  CU_ASSERT_TRUE(plain(sa, "town"));
  CU_ASSERT_FALSE(word_has(sa, "not", GS_WORD_NEGATION));
  if (doc != NULL)
    gs_document_free(doc);
  gs_rules_free(rules);
}

/* "not only" affirms, and its "not" says nothing about the topic: it is
 * no content stem (and so no word of a topic's label). */
static void
test_negation_exception_word_is_no_content(void)
{
  One o = one("Councillor Bram Okoro said not only the docks but the whole town gained from "
              "the new ferry.\n",
              "not only");

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  for (guint i = 0; i < o.sa->stems->len; i++) {
    const char *stem = g_ptr_array_index(o.sa->stems, i);

    if (strcmp(stem, "not") == 0)
      g_printerr("\n  'not' of \"not only\" counts as a content stem");
    CU_ASSERT_STRING_NOT_EQUAL(stem, "not");
  }
  one_clear(&o);
}

static void
test_negation_denied_cue(void)
{
  One o = one("Councillor Ada Brenn said the mayor had sold the old library to a developer. "
              "The mayor denied that the old library had been sold.\n",
              "the old library had been sold");

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  CU_ASSERT_TRUE(o.sa->negating_cue);
  CU_ASSERT_TRUE(negated(o.sa, "library"));
  CU_ASSERT_TRUE(negated(o.sa, "sold"));
  /* the claim it answers is not negated */
  {
    const GsStatementAnalysis *claim = statement(o.doc, "the mayor had sold");

    CU_ASSERT_PTR_NOT_NULL_FATAL(claim);
    CU_ASSERT_FALSE(claim->negating_cue);
    CU_ASSERT_TRUE(plain(claim, "sold"));
  }
  one_clear(&o);
}

/* ---- numbers --------------------------------------------------------------- */

static void
test_numbers_thousands(void)
{
  One o = one("The Orvel rescue service said 1,200 people were evacuated from the valley. "
              "The Orvel council said 1 200 families were moved to the school. "
              "The census office said 33 207 residents were counted in the town.\n",
              "1,200");

  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 1200, GS_NUMBER_COUNT, GS_BOUND_EXACT, "peopl"));
  o.sa = statement(o.doc, "1 200");
  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 1200, GS_NUMBER_COUNT, GS_BOUND_EXACT, "famili"));
  o.sa = statement(o.doc, "33 207");
  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 33207, GS_NUMBER_COUNT, GS_BOUND_EXACT, "resid"));
  one_clear(&o);
}

static void
test_numbers_decimal_and_scale(void)
{
  One o = one("The Orvel river agency said the water rose by 3.5 metres. "
              "The census office said 2.3 million voters were registered.\n",
              "the water rose");

  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 3.5, GS_NUMBER_COUNT, GS_BOUND_EXACT, "metr"));
  o.sa = statement(o.doc, "2.3 million");
  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 2.3e6, GS_NUMBER_COUNT, GS_BOUND_EXACT, "voter"));
  one_clear(&o);
}

/* The thing counted is the noun, not the verb after it: "people live",
 * "people slept" count people. */
static void
test_numbers_noun_before_verb(void)
{
  One o = one("The census office said 2.3 million people live in the valley. "
              "A volunteer said some 40 people slept in the school hall.\n",
              "2.3 million");

  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 2.3e6, GS_NUMBER_COUNT, GS_BOUND_EXACT, "peopl"));
  o.sa = statement(o.doc, "some 40");
  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 40, GS_NUMBER_COUNT, GS_BOUND_ABOUT, "peopl"));
  one_clear(&o);
}

static void
test_numbers_bounds(void)
{
  One o = one("The Sarn army said over 600 of its soldiers were wounded in the hills. "
              "A volunteer said some 40 people were rescued from the roofs. "
              "The guild said dozens of boats stayed in port. "
              "The coastguard said at least 80 boats were lost. "
              "The insurers said fewer than 30 boats were insured.\n",
              "over 600");

  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 600, GS_NUMBER_COUNT, GS_BOUND_LOWER, "soldier"));
  o.sa = statement(o.doc, "some 40");
  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 40, GS_NUMBER_COUNT, GS_BOUND_ABOUT, "peopl"));
  o.sa = statement(o.doc, "dozens of");
  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  if (o.sa != NULL && o.sa->numbers->len == 1) {
    const GsNumber *num = &g_array_index(o.sa->numbers, GsNumber, 0);

    /* "dozens" is no exact figure, and counts the boats */
    CU_ASSERT_NOT_EQUAL(num->bound, GS_BOUND_EXACT);
    CU_ASSERT_TRUE(num->value >= 24 && num->value < 100);
    CU_ASSERT_STRING_EQUAL(num->noun != NULL ? num->noun : "", "boat");
  }
  o.sa = statement(o.doc, "at least 80");
  CU_ASSERT_TRUE(number_is(o.sa, 0, 80, GS_NUMBER_COUNT, GS_BOUND_LOWER, "boat"));
  o.sa = statement(o.doc, "fewer than 30");
  CU_ASSERT_TRUE(number_is(o.sa, 0, 30, GS_NUMBER_COUNT, GS_BOUND_UPPER, "boat"));
  one_clear(&o);
}

static void
test_numbers_percent_money_year(void)
{
  One o = one("The Orvel bank said prices rose 5% in March. "
              "The union said wages rose 12 percent. "
              "The minister said the repairs would cost $5 million. "
              "The mayor said the dam was finished in 2012.\n",
              "prices rose");

  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  /* a rate measures the subject before it */
  CU_ASSERT_TRUE(number_is(o.sa, 0, 5, GS_NUMBER_PERCENT, GS_BOUND_EXACT, "price"));
  o.sa = statement(o.doc, "wages rose");
  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 12, GS_NUMBER_PERCENT, GS_BOUND_EXACT, "wage"));
  o.sa = statement(o.doc, "the repairs would cost");
  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 5e6, GS_NUMBER_MONEY, GS_BOUND_EXACT, "repair"));
  o.sa = statement(o.doc, "the dam was finished");
  CU_ASSERT_TRUE(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 2012, GS_NUMBER_YEAR, GS_BOUND_EXACT, NULL));
  /* the year says when, and is no count */
  CU_ASSERT_PTR_NOT_NULL(o.sa != NULL ? o.sa->when : NULL);
  one_clear(&o);
}

static void
test_numbers_qualifier(void)
{
  One o = one("The planning office said 71,000 new construction jobs were created. "
              "The chamber of trade said 80,000 jobs were created.\n",
              "71,000");
  const GsNumber *x, *y;

  CU_ASSERT_TRUE_FATAL(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 71000, GS_NUMBER_COUNT, GS_BOUND_EXACT, "job"));
  x = &g_array_index(o.sa->numbers, GsNumber, 0);
  o.sa = statement(o.doc, "80,000");
  CU_ASSERT_TRUE_FATAL(n_numbers(o.sa, 1));
  CU_ASSERT_TRUE(number_is(o.sa, 0, 80000, GS_NUMBER_COUNT, GS_BOUND_EXACT, "job"));
  y = &g_array_index(o.sa->numbers, GsNumber, 0);
  /* the same noun, told apart by what qualifies it */
  CU_ASSERT_PTR_EQUAL(x->noun, y->noun);
  CU_ASSERT_STRING_NOT_EQUAL(x->qualifier, y->qualifier);
  CU_ASSERT_STRING_EQUAL(y->qualifier, "");
  CU_ASSERT_PTR_NOT_NULL(strstr(x->qualifier, "new"));
  CU_ASSERT_PTR_NOT_NULL(strstr(x->qualifier, "construct"));
  one_clear(&o);
}

/* "half", "a third", "a quarter" are fractions (GS_NUMBER_FRACTION), not
 * left out: "half of the 300 homes" is no count of 300 homes alone. */
static void
test_numbers_fraction(void)
{
  One o = one("The housing office said half of the 300 homes in Orvel were empty.\n", "half of");
  gboolean fraction = FALSE;

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  for (guint i = 0; i < o.sa->numbers->len; i++)
    fraction |= g_array_index(o.sa->numbers, GsNumber, i).kind == GS_NUMBER_FRACTION;
  if (!fraction)
    dump_numbers(o.sa);
  CU_ASSERT_TRUE(fraction);
  one_clear(&o);
}

/* ---- concepts and stems ----------------------------------------------------- */

static void
test_concepts_on_stems(void)
{
  One o = one("The water board said real headway had been made on the Vellmar dam. "
              "Engineers said progress on the Vellmar dam was slow.\n",
              "real headway");
  const GsStatementAnalysis *other;

  CU_ASSERT_TRUE(has_concept(o.rules, o.sa, "progress", 1));
  other = statement(o.doc, "progress on");
  CU_ASSERT_TRUE(has_concept(o.rules, other, "progress", 1));
  /* "headway" and "progress" are different stems of one lexicon */
  if (o.sa != NULL && other != NULL && o.sa->concepts->len > 0 && other->concepts->len > 0)
    CU_ASSERT_EQUAL(g_array_index(o.sa->concepts, GsConcept, 0).lexicon,
                    g_array_index(other->concepts, GsConcept, 0).lexicon);
  CU_ASSERT_FALSE(has_concept(o.rules, o.sa, "stalemate", 1));
  one_clear(&o);
}

static void
test_concepts_inflected(void)
{
  One o = one("The union said the Vellmar talks ended in deadlocks and stalemates.\n",
              "the Vellmar talks");

  CU_ASSERT_TRUE(has_concept(o.rules, o.sa, "stalemate", 1));
  one_clear(&o);
}

static void
test_concepts_phrase_with_gaps(void)
{
  One o = one("Mediator Jonas Pell said the Vellmar talks were the closest the sides have come "
              "to a deal in years.\n",
              "the Vellmar talks");
  const GsConcept *c = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  CU_ASSERT_TRUE(has_concept(o.rules, o.sa, "progress", 1));
  for (guint i = 0; i < o.sa->concepts->len; i++)
    c = &g_array_index(o.sa->concepts, GsConcept, i);
  /* the match spans "closest … deal" */
  if (c != NULL) {
    CU_ASSERT_STRING_EQUAL(g_array_index(o.sa->words, GsWord, c->first).lower, "closest");
    CU_ASSERT_STRING_EQUAL(g_array_index(o.sa->words, GsWord, c->last).lower, "deal");
  }
  one_clear(&o);

  /* too far apart, the words are no longer the phrase */
  o = one("Mediator Jonas Pell said the closest hotel to the harbour, the station and the old "
          "market was never going to be the place for a deal.\n",
          "the closest hotel");
  CU_ASSERT_PTR_NOT_NULL(o.sa);
  CU_ASSERT_FALSE(has_concept(o.rules, o.sa, "progress", 1));
  one_clear(&o);
}

/* An irregular form is read as the word it is a form of, in statements
 * and in lexicon terms alike. */
static void
test_word_forms(void)
{
  g_autofree char *text = g_strconcat(base_rules, "\n[gainsay]\nword-forms=met=meet;Sold = sell\n"
                                      "[lexicon trade]\nterms=sell\n", NULL);
  g_autoptr(GsRules) rules = gs_test_rules_from("forms.rules", text);
  g_autoptr(GsDocument) doc =
      gs_test_analyse(rules, "The spokesman said the president met the envoy and sold the farm.\n\n"
                             "The palace said the president will meet the envoy.\n");
  const GsStatementAnalysis *past, *future;
  const char *met = NULL, *meet = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  past = statement(doc, "the president met");
  future = statement(doc, "the president will meet");
  CU_ASSERT_PTR_NOT_NULL_FATAL(past);
  CU_ASSERT_PTR_NOT_NULL_FATAL(future);
  for (guint i = 0; i < past->words->len; i++) {
    const GsWord *w = &g_array_index(past->words, GsWord, i);

    if (strcmp(w->lower, "met") == 0)
      met = w->stem;
  }
  for (guint i = 0; i < future->words->len; i++) {
    const GsWord *w = &g_array_index(future->words, GsWord, i);

    if (strcmp(w->lower, "meet") == 0)
      meet = w->stem;
  }
  CU_ASSERT_PTR_NOT_NULL(met);
  CU_ASSERT_PTR_EQUAL(met, meet);
  /* "sold" meets the term "sell"; the form is matched in lower case */
  CU_ASSERT_TRUE(has_concept(rules, past, "trade", 1));
}

/* With LEXICON (a [lexicon NAME] group) added to the base rules, the
 * statement of ARTICLE opening with MATCH holds a concept NAME and the one
 * opening with NO_MATCH does not. */
static void
check_phrase(const char *lexicon, const char *name, const char *article, const char *match,
             const char *no_match)
{
  g_autofree char *text = g_strconcat(base_rules, "\n", lexicon, NULL);
  g_autoptr(GsRules) rules = gs_test_rules_from("phrase.rules", text);
  g_autoptr(GsDocument) doc = gs_test_analyse(rules, article);
  const GsStatementAnalysis *yes, *no;

  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  yes = statement(doc, match);
  no = statement(doc, no_match);
  CU_ASSERT_PTR_NOT_NULL_FATAL(yes);
  CU_ASSERT_PTR_NOT_NULL_FATAL(no);
  CU_ASSERT_TRUE(has_concept(rules, yes, name, 1));
  CU_ASSERT_FALSE(has_concept(rules, no, name, 1));
}

/* A term of one content word keeps its stop words, side by side: "on
 * track" is no "on Monday the track". */
static void
test_concepts_exact_phrase(void)
{
  check_phrase("[lexicon on-course]\nterms=on track\n", "on-course",
               "The coach said the season was on track.\n\n"
               "The groundsman said on Monday the track was flooded.\n",
               "the season was on track", "on Monday the track was flooded");
}

/* An adverb of manner may stand inside such a phrase: "clashed bitterly
 * over" is "clashed over"; a noun may not ("clashed with the board
 * over"). */
static void
test_concepts_exact_phrase_adverb(void)
{
  check_phrase("[lexicon row]\nterms=clashed over\n", "row",
               "Club sources said two directors had clashed bitterly over the stadium plan.\n\n"
               "The chairman said the coach clashed with the board over wages.\n",
               "two directors had clashed", "the coach clashed");
}

static void
test_stop_words_not_stems(void)
{
  One o = one("The water board said the headway was made on the Vellmar dam.\n", "the headway");
  gboolean has_headway = FALSE;

  CU_ASSERT_PTR_NOT_NULL_FATAL(o.sa);
  for (guint i = 0; i < o.sa->stems->len; i++) {
    const char *stem = g_ptr_array_index(o.sa->stems, i);

    CU_ASSERT_STRING_NOT_EQUAL(stem, "the");
    CU_ASSERT_STRING_NOT_EQUAL(stem, "was");
    CU_ASSERT_STRING_NOT_EQUAL(stem, "on");
    has_headway |= strcmp(stem, "headway") == 0;
  }
  CU_ASSERT_TRUE(has_headway);
  CU_ASSERT_TRUE(word_has(o.sa, "the", GS_WORD_STOP));
  CU_ASSERT_TRUE(word_lacks(o.sa, "dam", GS_WORD_STOP));
  /* content stems are distinct and counted */
  CU_ASSERT_EQUAL(o.sa->n_content, 4); /* headway, made, vellmar, dam */
  one_clear(&o);
}

/* The vocabulary hands out one entry per form and one pointer per stem. */
static void
test_vocab_interns(void)
{
  g_autoptr(GsVocab) vocab = gs_vocab_get();
  GsVocabWord *a = gs_vocab_intern(vocab, "dam", 3);
  GsVocabWord *b;
  char stem[] = "reservoir";

  CU_ASSERT_STRING_EQUAL(a->lower, "dam");
  b = gs_vocab_intern(vocab, "dam", 3);
  CU_ASSERT_PTR_EQUAL(a, b);
  CU_ASSERT_FALSE(b->fresh);
  CU_ASSERT_STRING_EQUAL(b->lower, "dam");
  CU_ASSERT_PTR_NOT_EQUAL(gs_vocab_intern(vocab, "dams", 4), a);
  CU_ASSERT_PTR_EQUAL(gs_vocab_intern_stem(vocab, stem), gs_vocab_intern_stem(vocab, "reservoir"));
  CU_ASSERT_TRUE(gs_vocab_is_mine(vocab));
}

static char *
report_of(const GsDocument *doc)
{
  json_t *json = gs_report_document_to_json(doc);
  char *dump = json_dumps(json, JSON_COMPACT);

  json_decref(json);
  return dump;
}

/* A document keeps the vocabulary generation it was read with, and what
 * the thread read before (or a new generation) changes nothing in its
 * report: labels and sums do not hang on where a stem sits in memory. */
static void
test_vocab_generations(void)
{
  /* "harbour", "crane" and "repaired" weigh the same in the topic: the
   * label's order is the article's, whatever order the thread met the
   * words in before (the other article names them the other way round) */
  static const char article[] =
    "The ferry operator said the harbour crane was repaired on Monday.\n\n"
    "Dock workers said the harbour crane was not repaired and two ships had waited.\n\n"
    "A port official said three ships had waited.\n";
  static const char other[] =
    "Repaired cranes, a harbour, waiting ships, dock workers and a ferry operator: the words "
    "of another article, said a reader, come first.\n";
  g_autoptr(GsRules) rules = gs_rules_new();
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
  g_autoptr(GsDocument) first = NULL;
  g_autofree char *first_report = NULL;
  g_autoptr(GsDocument) after_other = NULL;
  g_autoptr(GsDocument) renewed = NULL;
  g_autoptr(GsDocument) noise = NULL;
  g_autofree char *renewed_report = NULL;
  g_autofree char *after_other_report = NULL;
  g_autofree char *first_again = NULL;

  CU_ASSERT_TRUE_FATAL(gs_rules_load_file(rules, GS_TEST_RULES_DIR "/english.rules", diags));
  first = gs_test_analyse(rules, article);
  CU_ASSERT_PTR_NOT_NULL_FATAL(first);
  first_report = report_of(first);
  /* something to compare: three statements, two findings */
  CU_ASSERT_PTR_NOT_NULL(strstr(first_report, "\"id\":\"s3\""));
  CU_ASSERT_PTR_NOT_NULL(strstr(first_report, "\"label\":\"harbour, crane, repaired\""));
  CU_ASSERT_PTR_NOT_NULL(strstr(first_report, "\"rule\":\"negation\""));
  CU_ASSERT_PTR_NOT_NULL(strstr(first_report, "\"rule\":\"numbers\""));
  gs_vocab_renew();
  noise = gs_test_analyse(rules, other);
  after_other = gs_test_analyse(rules, article);
  gs_vocab_renew();
  renewed = gs_test_analyse(rules, article);
  if (noise == NULL || after_other == NULL || renewed == NULL) {
    CU_FAIL("an article was refused");
    return;
  }
  renewed_report = report_of(renewed);
  after_other_report = report_of(after_other);
  CU_ASSERT_PTR_NOT_EQUAL(first->vocab, renewed->vocab);
  CU_ASSERT_PTR_EQUAL(noise->vocab, after_other->vocab);
  CU_ASSERT_STRING_EQUAL(after_other_report, first_report);
  CU_ASSERT_STRING_EQUAL(renewed_report, first_report);
  /* the first document still reads its own generation's entries */
  first_again = report_of(first);
  CU_ASSERT_STRING_EQUAL(first_again, first_report);
}

static CU_TestInfo tests[] = {
  {"negation: no progress was made", test_negation_no_progress},
  {"negation: a reporting verb's object is neither denied nor asserted", test_negation_of_reporting_verb},
  {"negation: nothing new in the talks", test_negation_nothing_new},
  {"negation: a clause ends the scope", test_negation_ends_at_clause},
  {"negation: never", test_negation_never},
  {"negation: not only ... but", test_negation_not_only},
  {"negation: a cue of several words", test_negation_phrase_cue},
  {"negation: a phrase cue's later words are the cue's", test_negation_phrase_cue_words},
  {"negation: not only ... but (english.rules)", test_negation_not_only_shipped},
  {"negation: the not of not only is no content", test_negation_exception_word_is_no_content},
  {"negation: a denying cue negates the content", test_negation_denied_cue},
  {"numbers: 1,200 / 1 200 / 33 207", test_numbers_thousands},
  {"numbers: 3.5 and 2.3 million", test_numbers_decimal_and_scale},
  {"numbers: the noun, not the verb after it", test_numbers_noun_before_verb},
  {"numbers: over, some, dozens, at least, fewer than", test_numbers_bounds},
  {"numbers: percent, money and years", test_numbers_percent_money_year},
  {"numbers: qualifiers tell jobs apart", test_numbers_qualifier},
  {"numbers: half is a fraction", test_numbers_fraction},
  {"concepts: headway and progress", test_concepts_on_stems},
  {"concepts: inflected terms", test_concepts_inflected},
  {"concepts: a phrase with gaps", test_concepts_phrase_with_gaps},
  {"concepts: a phrase of one content word stands together", test_concepts_exact_phrase},
  {"concepts: an adverb of manner inside such a phrase", test_concepts_exact_phrase_adverb},
  {"word forms: 'met' is read as 'meet'", test_word_forms},
  {"stop words are not stems", test_stop_words_not_stems},
  {"vocabulary: one entry per form, one pointer per stem", test_vocab_interns},
  {"vocabulary: generations change no report", test_vocab_generations},
  CU_TEST_INFO_NULL,
};

int
main(void)
{
  return gs_test_run_suite("normalise", tests);
}
