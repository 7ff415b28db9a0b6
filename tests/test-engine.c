/* Unit tests for the rule engine (src/engine.c).
 *
 * Each test runs the pipeline over a short article of its own and a small
 * rules file written here, then checks the findings: which rule fired, of
 * what kind and severity, and which statements stand on each side. The
 * negative cases check what must never be a finding: a source against
 * itself, two sources of one side, numbers that count different things,
 * figures that agree, statements of different topics.
 *
 * Statements are named by the first words of their content. */
#include "gs-test.h"
#include "analysis.h"

#include <gainsay/pipeline.h>
#include <gainsay/report.h>
#include <gainsay/rules.h>
#include <stdio.h>
#include <string.h>

/* Shared knowledge and one rule of each kind, each with a message of its
 * own that names no topic, so messages can be compared whole. */
static const char base_rules[] =
  "[gainsay]\n"
  "language=english\n"
  "stop-words=a;an;the;and;or;but;of;in;on;at;to;for;from;by;with;about;as;was;were;is;are;"
  "be;been;has;have;had;it;its;their;they;he;she;said;says;there;that;this;some;over;than;"
  "more;least;up;only;would;will;who;which\n"
  "negation-cues=no;not;never;nothing;none;without\n"
  "negation-stops=in;at;on;over;from;for;with;by;after;before\n"
  "negation-exceptions=not only;not just\n"
  "negating-verbs=denied;denies;rejected;dismissed\n"
  "\n"
  "[lexicon progress]\n"
  "terms=progress;headway;breakthrough\n"
  "\n"
  "[lexicon stalemate]\n"
  "terms=deadlock;stalemate;impasse\n"
  "\n"
  "[lexicon falsehood]\n"
  "terms=false;untrue;baseless\n"
  "\n"
  "[lexicon denying]\n"
  "terms=denied;rejected;dismissed\n"
  "\n"
  "[rule negated]\n"
  "kind=negation\n"
  "severity=high\n"
  "message={a} assert what {b} negate\n"
  "\n"
  "[rule stalled]\n"
  "kind=opposition\n"
  "a=progress\n"
  "b=stalemate\n"
  "severity=medium\n"
  "message={a} report progress; {b} report deadlock\n"
  "\n"
  "[rule untrue]\n"
  "kind=denial\n"
  "lexicon=falsehood\n"
  "cues=denying\n"
  "severity=high\n"
  "message={b} deny what {a} said\n"
  "\n"
  "[rule figures]\n"
  "kind=numeric\n"
  "severity=low\n"
  "message={a} and {b} give different figures\n";

/* ---- helpers ----------------------------------------------------------- */

typedef struct {
  GsRules *rules;
  GsDocument *doc;
} Run;

/* ARTICLE with the base rules and EXTRA appended to them. */
static Run
run_with(const char *extra, const char *article)
{
  Run r;
  g_autofree char *text = g_strconcat(base_rules, "\n", extra != NULL ? extra : "", NULL);

  r.rules = gs_test_rules_from("engine-test.rules", text);
  r.doc = gs_test_analyse(r.rules, article);
  return r;
}

static Run
run(const char *article)
{
  return run_with(NULL, article);
}

static void
run_clear(Run *r)
{
  g_clear_pointer(&r->doc, gs_document_free);
  g_clear_pointer(&r->rules, gs_rules_free);
}

static char *
content_of(const GsDocument *doc, guint i)
{
  guint n;
  const GsStatement *st = gs_document_get_statements(doc, &n);

  return gs_text_dup_folded(gs_document_get_text(doc), st[i].content.start, st[i].content.end);
}

static void
dump(const GsDocument *doc)
{
  guint n, nf, nt;
  const GsStatement *st = gs_document_get_statements(doc, &n);
  const GsFinding *f = gs_document_get_findings(doc, &nf);
  guint n_sources;
  const GsSource *sources = gs_document_get_sources(doc, &n_sources);

  gs_document_get_topics(doc, &nt);
  g_printerr("\n  %u statement(s) in %u topic(s):", n, nt);
  for (guint i = 0; i < n; i++) {
    g_autofree char *c = content_of(doc, i);

    g_printerr("\n    [%u] topic %u, %s: %s", i, st[i].topic,
               st[i].source != GS_NONE ? sources[st[i].source].name : "(none)", c);
  }
  g_printerr("\n  %u finding(s):", nf);
  for (guint i = 0; i < nf; i++) {
    g_printerr("\n    %s (%s, %s): %s; sides", f[i].rule, f[i].kind,
               gs_level_to_string(f[i].severity), f[i].message);
    for (guint s = 0; s < 2; s++) {
      g_printerr(" [");
      for (guint k = 0; k < f[i].sides[s]->len; k++)
        g_printerr("%s%u", k > 0 ? " " : "", g_array_index(f[i].sides[s], guint, k));
      g_printerr("]");
    }
  }
}

/* The index of the statement whose content starts with PREFIX, or
 * G_MAXUINT. */
static guint
statement_index(const GsDocument *doc, const char *prefix)
{
  guint n;

  gs_document_get_statements(doc, &n);
  for (guint i = 0; i < n; i++) {
    g_autofree char *c = content_of(doc, i);

    if (g_str_has_prefix(c, prefix))
      return i;
  }
  g_printerr("\n  no statement starts with \"%s\"", prefix);
  return G_MAXUINT;
}

static const GsFinding *
findings_of(const GsDocument *doc)
{
  guint n;

  return gs_document_get_findings(doc, &n);
}

static guint
n_findings(const GsDocument *doc)
{
  guint n = 0;

  if (doc != NULL)
    gs_document_get_findings(doc, &n);
  return n;
}

/* Does SIDE hold exactly the statements that start with PREFIXES
 * (NULL-terminated), in any order? */
static gboolean
side_is(const GsDocument *doc, GArray *side, const char *const *prefixes)
{
  guint n = 0;

  for (; prefixes[n] != NULL; n++) {
    guint want = statement_index(doc, prefixes[n]);
    gboolean found = FALSE;

    for (guint k = 0; k < side->len; k++)
      found |= g_array_index(side, guint, k) == want;
    if (!found)
      return FALSE;
  }
  return side->len == n;
}

/* The one finding of DOC made by RULE, checked for KIND and SEVERITY and
 * its two sides; prints the document's statements and findings when any
 * of it is wrong. */
static const GsFinding *
expect_finding(const GsDocument *doc, const char *rule, const char *kind, GsLevel severity,
               const char *const *side_a, const char *const *side_b)
{
  guint n;
  const GsFinding *findings;
  const GsFinding *found = NULL;
  guint count = 0;
  gboolean ok;

  if (doc == NULL) {
    CU_FAIL("no document");
    return NULL;
  }
  findings = gs_document_get_findings(doc, &n);
  for (guint i = 0; i < n; i++) {
    if (strcmp(findings[i].rule, rule) == 0) {
      found = &findings[i];
      count++;
    }
  }
  ok = count == 1 && strcmp(found->kind, kind) == 0 && found->severity == severity &&
       side_is(doc, found->sides[0], side_a) && side_is(doc, found->sides[1], side_b);
  if (!ok) {
    g_printerr("\n  expected one finding of rule %s (%s, %s) with sides [%s …] and [%s …]", rule,
               kind, gs_level_to_string(severity), side_a[0], side_b[0]);
    dump(doc);
  }
  CU_ASSERT_TRUE(ok);
  return ok ? found : NULL;
}

static void
expect_no_findings(const GsDocument *doc)
{
  if (n_findings(doc) != 0) {
    g_printerr("\n  expected no finding");
    dump(doc);
  }
  CU_ASSERT_PTR_NOT_NULL(doc);
  CU_ASSERT_EQUAL(n_findings(doc), 0);
}

#define SIDE(...) ((const char *const[]){__VA_ARGS__, NULL})

/* ---- one finding of each kind ------------------------------------------- */

static void
test_negation(void)
{
  Run r = run("The Marden water board said progress was made on the reservoir repairs.\n"
              "\n"
              "Colm Ferrand said no progress was made on the reservoir repairs.\n");
  const GsFinding *f = expect_finding(r.doc, "negated", "negation", GS_LEVEL_HIGH,
                                      SIDE("progress was made"), SIDE("no progress was made"));

  if (f != NULL)
    CU_ASSERT_STRING_EQUAL(f->message, "Marden water board assert what Colm Ferrand negate");
  run_clear(&r);
}

/* The negating statement may come first. */
static void
test_negation_negated_first(void)
{
  Run r = run("Colm Ferrand said there was no breakthrough in the reservoir dispute.\n"
              "\n"
              "The Marden water board said there was a breakthrough in the reservoir dispute.\n");

  expect_finding(r.doc, "negated", "negation", GS_LEVEL_HIGH, SIDE("there was a breakthrough"),
                 SIDE("there was no breakthrough"));
  run_clear(&r);
}

/* A prefix negates its root: "unsafe" against "safe". */
static void
test_negation_by_prefix(void)
{
  Run r = run("Engineers said the Marden footbridge was unsafe for cyclists.\n"
              "\n"
              "The town council said the Marden footbridge was safe for cyclists.\n");

  expect_finding(r.doc, "negated", "negation", GS_LEVEL_HIGH,
                 SIDE("the Marden footbridge was safe for cyclists"),
                 SIDE("the Marden footbridge was unsafe for cyclists"));
  run_clear(&r);
}

/* Words that merely begin like a negative prefix ("under", "inform")
 * negate nothing. */
static void
test_prefix_not_a_negation(void)
{
  Run r = run("Engineers said the footbridge was understood by cyclists.\n"
              "\n"
              "The town council said the footbridge was stood on by cyclists.\n");

  expect_no_findings(r.doc);
  run_clear(&r);
}

/* A side that calls a claim false and also negates it is one finding,
 * not two. */
static void
test_denial_gathers_negations(void)
{
  Run r = run("Farmers said the dam gates were opened without warning.\n"
              "\n"
              "The water board denied the claim as false. The dam gates were not opened, the "
              "water board said.\n");
  guint n = n_findings(r.doc);

  if (n != 1)
    dump(r.doc);
  CU_ASSERT_EQUAL(n, 1);
  run_clear(&r);
}

/* With min-shared=1 an opposition needs a word in common besides its
 * terms: "profits rose" meets "profits fell", not "the river fell". */
static void
test_opposition_min_shared(void)
{
  static const char rules_text[] =
    "[lexicon up]\nterms=rose\n[lexicon down]\nterms=fell\n"
    "[rule trend]\nkind=opposition\na=up\nb=down\nmin-shared=1\n";
  g_autoptr(GsRules) rules = gs_test_rules_from("engine-test.rules", rules_text);
  const char *same = "The bakery said its profits rose in spring.\n\nIts bank said its profits fell in spring.\n";
  const char *apart = "The bakery said its profits rose in spring.\n\nIts bank said the river fell last week.\n";
  g_autoptr(GsDiagnostic) d1 = NULL;
  g_autoptr(GsDiagnostic) d2 = NULL;
  g_autoptr(GsText) t1 = gs_text_new_from_data("same", same, strlen(same), &d1);
  g_autoptr(GsText) t2 = gs_text_new_from_data("apart", apart, strlen(apart), &d2);
  g_autoptr(GsDocument) doc1 = gs_pipeline_run(t1, rules, GS_STAGE_ALL);
  g_autoptr(GsDocument) doc2 = gs_pipeline_run(t2, rules, GS_STAGE_ALL);

  CU_ASSERT_EQUAL(n_findings(doc1), 1);
  CU_ASSERT_EQUAL(n_findings(doc2), 0);
}

/* A pronoun that stands for a statement's own source counts as its
 * source's head noun: "the coach said he was sacked" shares "coach" with
 * "the coach resigned". Not after another noun of its clause ("the
 * players knew they were sacked": they are the players), and never two
 * such pronouns with each other. */
static const char speaker_rules[] =
  "[lexicon left]\nterms=resigned\n[lexicon removed]\nterms=sacked\n"
  "[rule went]\nkind=opposition\na=left\nb=removed\nmin-shared=1\n"
  "message={a} say resigned; {b} say sacked\n";

/* The club says someone resigned; SECOND says they were sacked, with a
 * pronoun or "his client": with the pronoun for SECOND's source, one
 * finding of "went" with the resignation against SACKED. */
static void
expect_went(const char *second, const char *resigned, const char *sacked)
{
  g_autofree char *article = g_strconcat("The Marden club said the ", resigned, " on Friday.\n\n",
                                         second, "\n", NULL);
  g_autofree char *first = g_strconcat("the ", resigned, NULL);
  Run r = run_with(speaker_rules, article);

  expect_finding(r.doc, "went", "opposition", GS_LEVEL_MEDIUM, SIDE(first), SIDE(sacked));
  run_clear(&r);
}

static void
test_speaker_pronoun(void)
{
  expect_went("The coach said he was sacked.", "coach resigned", "he was sacked");
}

/* One who speaks for another speaks of the other: "the keeper's agent
 * said his client …", "… said he …" are about the keeper. */
static void
test_speaker_principal(void)
{
  expect_went("The keeper's agent said his client was sacked.", "keeper resigned",
              "his client was sacked");
  expect_went("The keeper's agent said he was sacked.", "keeper resigned", "he was sacked");
}

static void
test_speaker_pronoun_not_after_a_noun(void)
{
  Run r = run_with(speaker_rules, "The Marden club said the owners resigned on Friday.\n"
                                  "\n"
                                  "The owners said the players knew they were sacked.\n");
  guint n;
  const GsFinding *f = findings_of(r.doc);

  gs_document_get_findings(r.doc, &n);
  for (guint i = 0; i < n; i++)
    CU_ASSERT_STRING_NOT_EQUAL(f[i].rule, "went");
  run_clear(&r);
}

static void
test_speaker_pronouns_each_their_own(void)
{
  Run r = run("The home coach said he never signed.\n"
              "\n"
              "The away coach said he signed on Friday.\n");

  expect_no_findings(r.doc);
  run_clear(&r);
}

static void
test_opposition(void)
{
  Run r = run("Harbour master Lise Okafor said the pier talks had made real headway.\n"
              "\n"
              "The dockers' union said the pier talks were in deadlock.\n");
  const GsFinding *f =
    expect_finding(r.doc, "stalled", "opposition", GS_LEVEL_MEDIUM,
                   SIDE("the pier talks had made"), SIDE("the pier talks were in deadlock"));

  if (f != NULL)
    CU_ASSERT_STRING_EQUAL(f->message, "Lise Okafor report progress; dockers' union report deadlock");
  run_clear(&r);
}

/* A topic is labelled with words: a lexicon named by a plain word shows
 * its name, one named like "out-of-stock" the words of the text that
 * matched it. */
static void
test_topic_label_words(void)
{
  Run r = run_with("[lexicon in-stock]\n"
                   "terms=in stock\n"
                   "[lexicon out-of-stock]\n"
                   "terms=sold out\n"
                   "[rule stock]\n"
                   "kind=opposition\n"
                   "a=in-stock\n"
                   "b=out-of-stock\n"
                   "severity=low\n"
                   "message={a} against {b}\n",
                   "The Eastbury bookshop said the new atlas was in stock.\n"
                   "\n"
                   "The atlas publisher said the new atlas was sold out.\n");
  guint n;
  const GsTopic *t;

  CU_ASSERT_PTR_NOT_NULL_FATAL(r.doc);
  t = gs_document_get_topics(r.doc, &n);
  CU_ASSERT_EQUAL_FATAL(n, 1);
  if (n != 1) /* for the compiler: FATAL has returned already */
    return;
  if (strstr(t[0].label, "-stock") != NULL ||
      (strstr(t[0].label, "in stock") == NULL && strstr(t[0].label, "sold out") == NULL))
    g_printerr("\n  label: %s", t[0].label);
  CU_ASSERT_PTR_NULL(strstr(t[0].label, "-stock"));
  CU_ASSERT_TRUE(strstr(t[0].label, "in stock") != NULL || strstr(t[0].label, "sold out") != NULL);
  run_clear(&r);
}

/* Several statements of each side are all listed. */
static void
test_opposition_sides_gather(void)
{
  Run r = run("Harbour master Lise Okafor said the pier talks had made real headway.\n"
              "\n"
              "The dockers' union said the pier talks were in deadlock.\n"
              "\n"
              "The ferry company said the pier talks had seen a breakthrough.\n"
              "\n"
              "The dockers' union said later that the pier talks remained at an impasse.\n");
  const GsFinding *f = expect_finding(
    r.doc, "stalled", "opposition", GS_LEVEL_MEDIUM,
    SIDE("the pier talks had made", "the pier talks had seen"),
    SIDE("the pier talks were in deadlock", "the pier talks remained"));

  if (f != NULL)
    CU_ASSERT_STRING_EQUAL(
      f->message, "Lise Okafor and ferry company report progress; dockers' union report deadlock");
  run_clear(&r);
}

static void
test_denial_by_word(void)
{
  Run r = run("Councillor Ada Brenn said the mayor had sold the old library to a developer.\n"
              "\n"
              "The mayor's office said the claim was baseless.\n");
  const GsFinding *f =
    expect_finding(r.doc, "untrue", "denial", GS_LEVEL_HIGH, SIDE("the mayor had sold"),
                   SIDE("the claim was baseless"));

  if (f != NULL)
    CU_ASSERT_STRING_EQUAL(f->message, "mayor's office deny what Ada Brenn said");
  run_clear(&r);
}

static void
test_denial_by_cue(void)
{
  Run r = run("Councillor Ada Brenn said the mayor had sold the old library to a developer.\n"
              "\n"
              "The mayor's office dismissed the report. A spokesman for the mayor said the story "
              "was untrue.\n");

  expect_finding(r.doc, "untrue", "denial", GS_LEVEL_HIGH, SIDE("the mayor had sold"),
                 SIDE("the report", "the story was untrue"));
  run_clear(&r);
}

/* A denial answers a claim made before it, not one made after. */
static void
test_denial_needs_earlier_claim(void)
{
  Run r = run("The mayor's office said the claim was baseless.\n"
              "\n"
              "Councillor Ada Brenn said the mayor had sold the old library to a developer.\n");

  CU_ASSERT_PTR_NOT_NULL_FATAL(r.doc);
  for (guint i = 0; i < n_findings(r.doc); i++)
    CU_ASSERT_STRING_NOT_EQUAL(findings_of(r.doc)[i].kind, "denial");
  run_clear(&r);
}

static void
test_numeric(void)
{
  Run r = run("The Calder fire service said 45 homes were destroyed in the blaze.\n"
              "\n"
              "The county council said 120 homes were destroyed in the blaze.\n");
  const GsFinding *f = expect_finding(r.doc, "figures", "numeric", GS_LEVEL_LOW, SIDE("45 homes"),
                                      SIDE("120 homes"));

  if (f != NULL)
    CU_ASSERT_STRING_EQUAL(f->message,
                           "Calder fire service and county council give different figures");
  run_clear(&r);
}

static void
test_numeric_tolerance(void)
{
  /* 8% apart: within the default 10% */
  Run r = run("The Calder fire service said 100 homes were destroyed in the blaze.\n"
              "\n"
              "The county council said 108 homes were destroyed in the blaze.\n");

  expect_no_findings(r.doc);
  run_clear(&r);
  /* 20% apart: beyond it */
  r = run("The Calder fire service said 100 homes were destroyed in the blaze.\n"
          "\n"
          "The county council said 125 homes were destroyed in the blaze.\n");
  expect_finding(r.doc, "figures", "numeric", GS_LEVEL_LOW, SIDE("100 homes"), SIDE("125 homes"));
  run_clear(&r);
  /* an approximate figure gets twice the tolerance */
  r = run("The Calder fire service said about 100 homes were destroyed in the blaze.\n"
          "\n"
          "The county council said 115 homes were destroyed in the blaze.\n");
  expect_no_findings(r.doc);
  run_clear(&r);
  /* tolerance=30 in the rules file allows 25% but not 50% (the rule is
   * high so that it runs before "figures" could claim the pair) */
  r = run_with("[rule loose]\nkind=numeric\ntolerance=30\nseverity=high\n",
               "The Calder fire service said 100 homes were destroyed in the blaze.\n"
               "\n"
               "The county council said 125 homes were destroyed in the blaze.\n");
  CU_ASSERT_PTR_NOT_NULL_FATAL(r.doc);
  for (guint i = 0; i < n_findings(r.doc); i++)
    CU_ASSERT_STRING_NOT_EQUAL(findings_of(r.doc)[i].rule, "loose");
  expect_finding(r.doc, "figures", "numeric", GS_LEVEL_LOW, SIDE("100 homes"), SIDE("125 homes"));
  run_clear(&r);
  r = run_with("[rule loose]\nkind=numeric\ntolerance=30\nseverity=high\n",
               "The Calder fire service said 100 homes were destroyed in the blaze.\n"
               "\n"
               "The county council said 150 homes were destroyed in the blaze.\n");
  expect_finding(r.doc, "loose", "numeric", GS_LEVEL_HIGH, SIDE("100 homes"), SIDE("150 homes"));
  run_clear(&r);
}

/* ---- what is never a finding ---------------------------------------------- */

static void
test_same_source_never_contradicts_itself(void)
{
  const char *article = "Mayor Tilda Varga said progress was made on the bridge repairs. "
                        "Later, Mayor Tilda Varga said no progress was made on the bridge "
                        "repairs.\n";
  Run r = run(article);

  expect_no_findings(r.doc);
  run_clear(&r);

  /* unless the rule's scope is any */
  r = run_with("[rule self]\n"
               "kind=negation\n"
               "severity=low\n"
               "scope=any\n",
               article);
  expect_finding(r.doc, "self", "negation", GS_LEVEL_LOW, SIDE("progress was made"),
                 SIDE("no progress was made"));
  run_clear(&r);
}

/* High, so that it claims its pair of sources before the medium "stalled"
 * rule can. */
static const char sides_rules[] =
  "[rule sided]\n"
  "kind=opposition\n"
  "a=progress\n"
  "b=stalemate\n"
  "severity=high\n"
  "scope=different-sides\n"
  "\n"
  "[side Norland]\n"
  "members=norland;norlander\n"
  "\n"
  "[side Sudmark]\n"
  "members=sudmark\n";

static void
test_different_sides(void)
{
  Run r;
  guint n;
  const GsFinding *f;

  /* two sources of one side: not for this rule */
  r = run_with(sides_rules,
               "The Norland foreign ministry said the border talks had made real headway.\n"
               "\n"
               "The Norland defence ministry said the border talks were in deadlock.\n");
  CU_ASSERT_PTR_NOT_NULL_FATAL(r.doc);
  f = gs_document_get_findings(r.doc, &n);
  for (guint i = 0; i < n; i++) {
    if (strcmp(f[i].rule, "sided") == 0)
      dump(r.doc);
    CU_ASSERT_STRING_NOT_EQUAL(f[i].rule, "sided");
  }
  /* the different-sources rule still sees two sources */
  expect_finding(r.doc, "stalled", "opposition", GS_LEVEL_MEDIUM, SIDE("the border talks had"),
                 SIDE("the border talks were"));
  run_clear(&r);

  /* two sides: a finding */
  r = run_with(sides_rules,
               "The Norland foreign ministry said the border talks had made real headway.\n"
               "\n"
               "The Sudmark defence ministry said the border talks were in deadlock.\n");
  expect_finding(r.doc, "sided", "opposition", GS_LEVEL_HIGH, SIDE("the border talks had"),
                 SIDE("the border talks were"));
  run_clear(&r);
}

static void
test_numbers_of_different_things(void)
{
  Run r = run("The Norland health ministry said 1,200 people were killed in the raids.\n"
              "\n"
              "The Norland army said 600 soldiers were killed in the raids.\n");

  expect_no_findings(r.doc);
  run_clear(&r);
  /* nor a count against a year, or a percentage against a count */
  r = run("The Calder fire service said 45 homes were destroyed in the blaze.\n"
          "\n"
          "The county council said the homes destroyed in the blaze were built in 1960.\n"
          "\n"
          "The insurers said 45% of the homes destroyed in the blaze were insured.\n");
  expect_no_findings(r.doc);
  run_clear(&r);
  /* nor differently qualified things */
  r = run("The planning office said 71,000 new construction jobs were created this year.\n"
          "\n"
          "The chamber of trade said 80,000 jobs were created this year.\n");
  expect_no_findings(r.doc);
  run_clear(&r);
}

static void
test_bounds_agree(void)
{
  Run r = run("Harbour master Lise Okafor said at least 80 boats were lost in the storm.\n"
              "\n"
              "The coastguard said 90 boats were lost in the storm.\n");

  expect_no_findings(r.doc);
  run_clear(&r);
  /* "dozens" is not contradicted by forty */
  r = run("The fishermen's guild said dozens of boats were lost in the storm.\n"
          "\n"
          "The coastguard said 40 boats were lost in the storm.\n");
  expect_no_findings(r.doc);
  run_clear(&r);
  /* but "at least 80" is by fifty */
  r = run("Harbour master Lise Okafor said at least 80 boats were lost in the storm.\n"
          "\n"
          "The coastguard said 50 boats were lost in the storm.\n");
  expect_finding(r.doc, "figures", "numeric", GS_LEVEL_LOW, SIDE("at least 80"), SIDE("50 boats"));
  run_clear(&r);
}

/* The one figure that differs from all the others stands alone on its
 * side; the figures that agree with each other are never set against each
 * other. */
static void
test_numeric_odd_one_out(void)
{
  Run r = run("Harbour master Lise Okafor said at least 80 boats were lost in the storm.\n"
              "\n"
              "The coastguard said 50 boats were lost in the storm.\n"
              "\n"
              "The insurers said about 100 boats were lost in the storm.\n"
              "\n"
              "The harbour board said 110 boats were lost in the storm.\n");
  guint n;
  const GsFinding *f;
  guint okafor, coastguard, insurers;
  gboolean coastguard_in = FALSE;

  CU_ASSERT_PTR_NOT_NULL_FATAL(r.doc);
  f = gs_document_get_findings(r.doc, &n);
  okafor = statement_index(r.doc, "at least 80");
  coastguard = statement_index(r.doc, "50 boats");
  insurers = statement_index(r.doc, "about 100");
  for (guint i = 0; i < n; i++) {
    gboolean okafor_a = FALSE, okafor_b = FALSE, insurers_a = FALSE, insurers_b = FALSE;

    for (guint s = 0; s < 2; s++) {
      for (guint k = 0; k < f[i].sides[s]->len; k++) {
        guint x = g_array_index(f[i].sides[s], guint, k);

        coastguard_in |= x == coastguard;
        okafor_a |= s == 0 && x == okafor;
        okafor_b |= s == 1 && x == okafor;
        insurers_a |= s == 0 && x == insurers;
        insurers_b |= s == 1 && x == insurers;
      }
    }
    /* "at least 80" and "about 100" agree */
    CU_ASSERT_FALSE((okafor_a && insurers_b) || (okafor_b && insurers_a));
  }
  CU_ASSERT_TRUE(coastguard_in);
  if (!coastguard_in || n != 1)
    dump(r.doc);
  CU_ASSERT_EQUAL(n, 1);
  run_clear(&r);
}

static void
test_different_topics_not_compared(void)
{
  Run r = run("The Marden water board said 45 homes were flooded after the river burst its banks "
              "near the old mill.\n"
              "\n"
              "The Pellham auction house said 120 homes were sold at its autumn property sale, a "
              "record for the county.\n");
  guint n;
  const GsStatement *st;
  const GsAnalysis *a;

  CU_ASSERT_PTR_NOT_NULL_FATAL(r.doc);
  st = gs_document_get_statements(r.doc, &n);
  CU_ASSERT_EQUAL_FATAL(n, 2);
  /* both count homes, exactly, and differ beyond the tolerance … */
  a = gs_analysis_get(r.doc);
  CU_ASSERT_EQUAL_FATAL(a->statements[0].numbers->len, 1);
  CU_ASSERT_EQUAL_FATAL(a->statements[1].numbers->len, 1);
  CU_ASSERT_PTR_EQUAL(g_array_index(a->statements[0].numbers, GsNumber, 0).noun,
                      g_array_index(a->statements[1].numbers, GsNumber, 0).noun);
  /* … but speak of different things */
  CU_ASSERT_NOT_EQUAL(st[0].topic, st[1].topic);
  expect_no_findings(r.doc);
  run_clear(&r);

  /* the same figures on one topic do conflict */
  r = run("The Marden water board said 45 homes were flooded after the river burst its banks "
          "near the old mill.\n"
          "\n"
          "The Pellham parish council said 120 homes were flooded after the river burst its "
          "banks near the old mill.\n");
  expect_finding(r.doc, "figures", "numeric", GS_LEVEL_LOW, SIDE("45 homes"), SIDE("120 homes"));
  run_clear(&r);
}

static void
test_disabled_rule(void)
{
  /* high, so that, were it enabled, it would claim the pair first */
  Run r = run_with("[rule quiet]\nkind=numeric\nseverity=high\nenabled=false\n",
                   "The Calder fire service said 45 homes were destroyed in the blaze.\n"
                   "\n"
                   "The county council said 120 homes were destroyed in the blaze.\n");

  CU_ASSERT_PTR_NOT_NULL_FATAL(r.doc);
  for (guint i = 0; i < n_findings(r.doc); i++)
    CU_ASSERT_STRING_NOT_EQUAL(findings_of(r.doc)[i].rule, "quiet");
  expect_finding(r.doc, "figures", "numeric", GS_LEVEL_LOW, SIDE("45 homes"), SIDE("120 homes"));
  run_clear(&r);
}

/* A pair of sources is reported once on a topic, by the most telling
 * rule: the high negation, not also the medium opposition. */
static void
test_pair_reported_once(void)
{
  Run r = run("Harbour master Lise Okafor said real headway was made at the pier talks.\n"
              "\n"
              "Colm Ferrand said no headway was made at the pier talks, which were in "
              "deadlock.\n");

  expect_finding(r.doc, "negated", "negation", GS_LEVEL_HIGH, SIDE("real headway"),
                 SIDE("no headway"));
  CU_ASSERT_EQUAL(n_findings(r.doc), 1);
  run_clear(&r);
}

/* ---- order ------------------------------------------------------------------ */

static const char busy_article[] =
  "Harbour master Lise Okafor said the pier talks had made real headway.\n"
  "\n"
  "The dockers' union said the pier talks were in deadlock.\n"
  "\n"
  "The Calder fire service said 45 homes were destroyed in the warehouse blaze.\n"
  "\n"
  "The county council said 120 homes were destroyed in the warehouse blaze.\n"
  "\n"
  "Councillor Ada Brenn said the mayor had sold the old library to a developer.\n"
  "\n"
  "The mayor's office said the claim was baseless.\n";

static char *
document_json(const GsRules *rules, const char *article)
{
  GsDocument *doc = gs_test_analyse(rules, article);
  json_t *json;
  char *out;

  if (doc == NULL)
    return g_strdup("");
  json = gs_report_document_to_json(doc);
  out = json_dumps(json, JSON_SORT_KEYS | JSON_INDENT(1));
  json_decref(json);
  gs_document_free(doc);
  return out;
}

static void
test_deterministic(void)
{
  GsRules *rules = gs_test_rules_from("engine-test.rules", base_rules);
  char *first = document_json(rules, busy_article);
  char *second = document_json(rules, busy_article);

  CU_ASSERT_PTR_NOT_NULL_FATAL(first);
  CU_ASSERT_PTR_NOT_NULL_FATAL(second);
  CU_ASSERT_STRING_EQUAL(first, second);
  CU_ASSERT_PTR_NOT_NULL(strstr(first, "\"findings\""));
  free(first);
  free(second);
  gs_rules_free(rules);
}

/* Findings come in the order of their first statement in the text. */
static void
test_findings_in_text_order(void)
{
  Run r = run(busy_article);
  guint n;
  const GsFinding *f;
  guint last = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL(r.doc);
  f = gs_document_get_findings(r.doc, &n);
  if (n != 3)
    dump(r.doc);
  CU_ASSERT_EQUAL(n, 3);
  for (guint i = 0; i < n; i++) {
    guint first = MIN(g_array_index(f[i].sides[0], guint, 0), g_array_index(f[i].sides[1], guint, 0));

    CU_ASSERT_TRUE(first >= last);
    last = first;
  }
  if (n == 3) {
    CU_ASSERT_STRING_EQUAL(f[0].rule, "stalled");
    CU_ASSERT_STRING_EQUAL(f[1].rule, "figures");
    CU_ASSERT_STRING_EQUAL(f[2].rule, "untrue");
  }
  run_clear(&r);
}

/* The shipped english.rules on two-sentence articles of our own: each pair
 * of sources disagrees by the named rule, or (rule NULL) must not be
 * reported at all. These pin the general knowledge of the shipped
 * lexicons, so a change to english.rules that loses a pair shows here. */
typedef struct {
  const char *article;
  const char *rule;
} ShippedCase;

static const ShippedCase shipped_cases[] = {
  {"The bakery said its profits rose last year. Analysts said the bakery's profits fell last year.",
   "increase-vs-decrease"},
  {"The finance minister said the economy is growing. Economists said the economy is shrinking.",
   "increase-vs-decrease"},
  {"The ferry company said the harbour was closed on Sunday. Fishermen said the harbour stayed open on Sunday.",
   "open-vs-closed"},
  {"The council said the playground is safe for children. Parents said the playground is dangerous for children.",
   "safe-vs-dangerous"},
  {"The water board insisted the river water is clean. Villagers said the river water was contaminated.",
   "clean-vs-contaminated"},
  {"The gallery said the sketch is genuine. Two experts said the sketch is a forgery.",
   "genuine-vs-counterfeit"},
  {"A fan site said the singer had died. Her agent said the singer is alive and well.",
   "harm-vs-safety"},
  {"The prosecutor said the clerk was guilty. The clerk's lawyer said the clerk was innocent.",
   "guilt-vs-innocence"},
  {"The harbour master said 12 boats sank in the storm. The coastguard said 40 boats sank in the storm.",
   "numbers"},
  {"The union said the strike lasted 12 days. The employer said the strike lasted three days.",
   "numbers"},
  {"Organisers said the march through Tarnby was peaceful. Police said the march through Tarnby "
   "turned violent.",
   "peaceful-vs-violent"},
  {"The fire service said the moorland fire is under control. Farmers said the moorland fire is out "
   "of control.",
   "contained-vs-uncontrolled"},
  {"The electoral board said the council vote was free and fair. Monitors said the council vote was "
   "rigged.",
   "fair-vs-rigged"},
  {"The club said the manager resigned on Friday. Players said the manager was sacked.",
   "resigned-vs-forced-out"},
  {"The builder said the new bridge was finished. Inspectors said the new bridge has yet to be "
   "finished.",
   "negation"},
  {"The mediators said the truce in the valley is holding. Aid workers said the truce in the "
   "valley has collapsed.",
   "intact-vs-broken-down"},
  {"The coach said the striker is fully fit. The club doctor said the striker is injured.",
   "fit-vs-unfit"},
  {"The speaker said the housing bill passed on Tuesday. Opposition members said the housing bill "
   "was defeated on Tuesday.",
   "adopted-vs-voted-down"},
  {"The coach said the goalkeeper will play in the final. The physio said the goalkeeper will miss "
   "the final.",
   "taking-part-vs-missing-out"},
  {"The water board said the drought is over. Farmers said the drought is far from over.",
   "ended-vs-ongoing"},
  {"The minister said the mayor was aware of the audit. Aides said the mayor knew nothing about the "
   "audit.",
   "aware-vs-unaware"},
  {"The school said the river trip was cancelled. Parents said the river trip will go ahead as "
   "planned.",
   "called-off-vs-going-ahead"},
  {"The councillor said she voted for the harbour plan. Minutes show the councillor voted against "
   "the harbour plan.",
   "voted-for-vs-against"},
  {"The company said the recall of the heaters was voluntary. Regulators said the company was "
   "forced to recall the heaters.",
   "voluntary-vs-forced"},
  {"Police said the arsonist acted alone. Witnesses said the arsonist had two accomplices.",
   "alone-vs-accomplices"},
  {"The hospital said the climber is in stable condition. Relatives said the climber had died.",
   "harm-vs-safety"},
  {"The spokesman said the president met the envoy on Friday. The palace said the president did "
   "not meet the envoy on Friday.",
   "negation"},
  {"The firm said it paid all its taxes. Auditors said the firm did not pay all its taxes.",
   "negation"},
  {"The county said the evacuation of Tarnby was orderly. Residents said the evacuation of Tarnby "
   "was chaotic.",
   "orderly-vs-chaotic"},
  {"The defence said the witness was lying about the night. The prosecution said the witness told "
   "the truth about the night.",
   "truthful-vs-lying"},
  {"The club said the manager left by mutual consent. The manager said he was forced out.",
   "resigned-vs-forced-out"},
  {"The school said the teacher resigned. The teacher said she was fired.",
   "resigned-vs-forced-out"},
  {"The ministry said the envoy knew about the leak. The envoy said she was unaware of the leak.",
   "aware-vs-unaware"},
  {"Police said the suspect was arrested on Friday. The suspect's lawyer said his client was never "
   "arrested.",
   "negation"},
  {"The embassy said the journalist was released on Monday. The journalist's family said he is "
   "still being held.",
   "freed-vs-held"},
  {"The ministry said the ceasefire was respected overnight. Residents said the ceasefire was "
   "violated overnight.",
   "intact-vs-broken-down"},
  {"The hospital said the baby was born healthy. The parents said the baby was born sick.",
   "fit-vs-unfit"},
  {"The senator said she supports the harbour bill. Her aide said the senator opposes the harbour "
   "bill.",
   "for-vs-against"},
  /* "support" the noun is no stand for or against */
  {"The charity said the harbour bill needs public support. Critics said the harbour bill is "
   "opposed by fishermen.",
   NULL},
  {"The coach said the winger will return next week. The winger's agent said he will be out for "
   "the season.",
   "taking-part-vs-missing-out"},
  {"The court said the fraud trial will begin in May. Lawyers said the fraud trial has been delayed "
   "until September.",
   "called-off-vs-going-ahead"},
  /* a claim denied by name: its owner is a source, set against the denier */
  {"The ministry denied the striking union's claim that 300 workers were laid off.", "denial"},
  {"The club dismissed the striker's claim that he had been paid late.", "denial"},
  {"The union's claim that 300 workers were laid off was denied by the ministry.", "denial"},
  /* claims of no one are what the denier speaks of, not a side */
  {"The ministry denied claims that 300 workers were laid off.", NULL},
  /* "in order to" is no order, and "orderly" is not its stem's every use */
  {"Police said officers fired in order to stop the car. Witnesses said there was chaos around "
   "the car.",
   NULL},
  /* a word of a term is no term: "brief" is not "briefed", a shared end is not an ending */
  {"The council said the mayor sent a brief letter about the audit. Aides said the mayor had no "
   "idea about the budget.",
   NULL},
  {"The coach said the striker is recovering from the knee injury. The club doctor said the "
   "striker is injured.",
   NULL},
  /* agreeing sources, and different subjects, are not disagreements */
  {"The bakery said its profits rose last year. Analysts said the bakery's profits rose last year.", NULL},
  {"The council said the playground is safe. Parents said the road outside is dangerous at night.", NULL},
  /* the word shared with the negated one stands far from it: no point */
  {"The ministry said about 20 reporters have gone missing in the hills north of the border region "
   "this year and that it has not released their names. The agency said a reporter was seen in "
   "footage released by the kidnappers.",
   NULL},
  {"The coach said the team grew up fast this season. Fans said ticket prices fell this season.", NULL},
};

static void
test_shipped_rules_pairs(void)
{
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
  GsRules *rules = gs_rules_new();

  CU_ASSERT_TRUE_FATAL(gs_rules_load_file(rules, GS_TEST_RULES_DIR "/english.rules", diags));
  for (gsize c = 0; c < G_N_ELEMENTS(shipped_cases); c++) {
    const ShippedCase *sc = &shipped_cases[c];
    GsDocument *doc = gs_test_analyse(rules, sc->article);
    const GsFinding *f;
    guint n;
    gboolean ok;

    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    f = gs_document_get_findings(doc, &n);
    ok = sc->rule == NULL ? n == 0 : n == 1 && g_strcmp0(f[0].rule, sc->rule) == 0;
    if (!ok) {
      g_printerr("\n  case %" G_GSIZE_FORMAT ", want %s: %s", c, sc->rule ? sc->rule : "nothing",
                 sc->article);
      dump(doc);
    }
    CU_ASSERT_TRUE(ok);
    gs_document_free(doc);
  }
  gs_rules_free(rules);
}

/* The topic of statement I of DOC whose content starts with PREFIX, or
 * G_MAXUINT. */
static guint
topic_of_content(const GsDocument *doc, const char *prefix)
{
  guint n;
  const GsStatement *st = gs_document_get_statements(doc, &n);

  for (guint i = 0; i < n; i++) {
    g_autofree char *c = content_of(doc, i);

    if (g_str_has_prefix(c, prefix))
      return st[i].topic;
  }
  return G_MAXUINT;
}

/* An article with FILLERS statements between two on the same bridge, each
 * filler on a point of its own (made-up words, so none shares a word with
 * another). */
static char *
window_article(guint fillers)
{
  GString *article = g_string_new("Engineer Tomas Reyes said the Harlow footbridge was safe.\n\n");

  for (guint i = 0; i < fillers; i++) {
    char a = (char)('a' + i % 26), b = (char)('a' + i / 26);

    g_string_append_printf(article, "Resident number %u said the vorn%c%c grelt%c%c quabbed.\n\n", i,
                           a, b, a, b);
  }
  g_string_append(article, "Inspector Lena Holm said the Harlow footbridge was not safe.\n");
  return g_string_free(article, FALSE);
}

/* A statement is grouped with the statements shortly before it: 80 back
 * at most, so a long article costs in proportion to its length. */
static void
test_topic_window(void)
{
  g_autofree char *near = window_article(10);
  g_autofree char *far = window_article(90);
  Run r = run(near);
  Run s = run(far);
  guint first, last;

  CU_ASSERT_PTR_NOT_NULL_FATAL(r.doc);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s.doc);
  first = topic_of_content(r.doc, "the Harlow footbridge was safe");
  last = topic_of_content(r.doc, "the Harlow footbridge was not safe");
  CU_ASSERT_NOT_EQUAL(first, G_MAXUINT);
  CU_ASSERT_EQUAL(first, last);
  first = topic_of_content(s.doc, "the Harlow footbridge was safe");
  last = topic_of_content(s.doc, "the Harlow footbridge was not safe");
  if (first == last)
    dump(s.doc);
  CU_ASSERT_NOT_EQUAL(first, G_MAXUINT);
  CU_ASSERT_NOT_EQUAL(last, G_MAXUINT);
  CU_ASSERT_NOT_EQUAL(first, last);
  /* the fillers stand alone: each its own topic */
  CU_ASSERT_NOT_EQUAL(topic_of_content(s.doc, "the vornaa"), topic_of_content(s.doc, "the vornba"));
  run_clear(&r);
  run_clear(&s);
}

static CU_TestInfo tests[] = {
  {"negation", test_negation},
  {"the shipped rules on pairs of our own", test_shipped_rules_pairs},
  {"negation by a prefix", test_negation_by_prefix},
  {"opposition with min-shared", test_opposition_min_shared},
  {"a pronoun for the speaker is the speaker's noun", test_speaker_pronoun},
  {"a pronoun after a noun of its clause is not the speaker", test_speaker_pronoun_not_after_a_noun},
  {"an agent's pronoun and 'his client' are the one it speaks for", test_speaker_principal},
  {"two pronouns for two speakers share nothing", test_speaker_pronouns_each_their_own},
  {"no negation from a look-alike prefix", test_prefix_not_a_negation},
  {"a denial gathers its side's negations", test_denial_gathers_negations},
  {"negation, the negating statement first", test_negation_negated_first},
  {"opposition", test_opposition},
  {"a topic is labelled with the article's words", test_topic_label_words},
  {"a statement meets the 80 before it, no more", test_topic_window},
  {"opposition gathers each side's statements", test_opposition_sides_gather},
  {"denial by a word of the lexicon", test_denial_by_word},
  {"denial by a denying cue", test_denial_by_cue},
  {"a denial answers an earlier claim", test_denial_needs_earlier_claim},
  {"numeric", test_numeric},
  {"numeric tolerance", test_numeric_tolerance},
  {"a source never contradicts itself, unless scope=any",
   test_same_source_never_contradicts_itself},
  {"scope=different-sides", test_different_sides},
  {"numbers of different things never conflict", test_numbers_of_different_things},
  {"bounds that agree do not conflict", test_bounds_agree},
  {"numeric: the odd one out", test_numeric_odd_one_out},
  {"statements of different topics are not compared", test_different_topics_not_compared},
  {"a disabled rule makes no finding", test_disabled_rule},
  {"a pair of sources is reported once per topic", test_pair_reported_once},
  {"the same input gives the same JSON", test_deterministic},
  {"findings in text order", test_findings_in_text_order},
  CU_TEST_INFO_NULL,
};

int
main(void)
{
  return gs_test_run_suite("engine", tests);
}
