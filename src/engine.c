/* The rule engine: where two sides of a topic disagree.
 *
 * For each topic and each enabled rule, the engine finds the pairs of
 * statements the rule sets against each other, each pair with a role:
 * side A (what is asserted, lexicon a, the claim) and side B (what is
 * negated, lexicon b, the denial). The sources of a role's statements make
 * a side: sources that say the same thing stand together. Each rule gives
 * at most one finding per topic.
 *
 * A pair of sources is reported once per topic: rules run in order of
 * severity, then kind (denial, negation, opposition, numeric), then the
 * order of the rules files, and a later rule drops the source pairs an
 * earlier finding already holds. So the editor sees "Hamas official vs
 * Egyptian security sources" once, by the most telling rule. */
#include "analysis.h"

#include <math.h>
#include <string.h>

/* How many neighbours in its topic (in text order) each statement is set
 * against. A topic of a few hundred statements in one article is already
 * unusual; beyond that, far-apart statements are compared no more. */
#define PAIR_WINDOW 64

typedef struct {
  guint a; /* statement on side A */
  guint b; /* statement on side B */
  gconstpointer point; /* what they disagree on, for rules that tell points apart */
} Pair;

/* What one statement says on a rule's axis. */
typedef struct {
  gboolean asserts_a; /* a-lexicon concept asserted */
  gboolean asserts_b;
} Stance;

static gboolean
has_concept(const GsStatementAnalysis *sa, guint lexicon, gint polarity)
{
  for (guint i = 0; i < sa->concepts->len; i++) {
    const GsConcept *c = &g_array_index(sa->concepts, GsConcept, i);

    if (c->lexicon == lexicon && c->polarity == polarity)
      return TRUE;
  }
  return FALSE;
}

/* Does SA hold STEM among its content stems? */
static gboolean
has_stem(const GsStatementAnalysis *sa, const char *stem)
{
  for (guint i = 0; i < sa->stems->len; i++) {
    if (g_ptr_array_index(sa->stems, i) == stem)
      return TRUE;
  }
  return FALSE;
}

/* 1 when X speaks of its own source by a pronoun ("the manager said he
 * was sacked") and Y names that source's head noun ("the manager
 * resigned"), X not naming it itself: one more word the two share. */
static guint
speaker_named_in(const GsStatementAnalysis *x, const GsStatementAnalysis *y, const char *except)
{
  return x->speaker != NULL && x->speaker != except && !has_stem(x, x->speaker) &&
         has_stem(y, x->speaker);
}

/* Content stems shared by two statements (sorted arrays of interned
 * stems), not counting EXCEPT; a pronoun for a statement's own source
 * counts as the source's head noun. */
static guint
shared_stems(const GsStatementAnalysis *x, const GsStatementAnalysis *y, const char *except)
{
  guint i = 0, j = 0, n = 0;

  while (i < x->stems->len && j < y->stems->len) {
    const char *s = g_ptr_array_index(x->stems, i);
    const char *t = g_ptr_array_index(y->stems, j);
    int c = strcmp(s, t);

    if (c == 0) {
      n += s != except;
      i++;
      j++;
    } else if (c < 0) {
      i++;
    } else {
      j++;
    }
  }
  return n + speaker_named_in(x, y, except) + speaker_named_in(y, x, except);
}

/* Words either side of a word that make its neighbourhood: about a
 * clause. "has not released their names" and "a video released on
 * Tuesday" share "released" but nothing around it. */
#define NEAR_WORDS 8

/* The content stem word W of SA stands for: its own, or for a pronoun
 * that stands for SA's source, the source's head noun; NULL for a stop
 * word or a number. */
static const char *
content_stem(const GsStatementAnalysis *sa, const GsWord *w)
{
  if (w->flags & GS_WORD_SPEAKER)
    return sa->speaker;
  return (w->flags & (GS_WORD_STOP | GS_WORD_NUMBER)) ? NULL : w->stem;
}

/* Content stems (not EXCEPT) found both near word I of X and near word K
 * of Y: the words a negated word and its plain twin have around them. */
static guint
shared_near(const GsStatementAnalysis *x, guint i, const GsStatementAnalysis *y, guint k,
            const char *except)
{
  guint n = 0;
  guint x_from = i > NEAR_WORDS ? i - NEAR_WORDS : 0;
  guint x_to = MIN(x->words->len, i + NEAR_WORDS + 1);
  guint y_from = k > NEAR_WORDS ? k - NEAR_WORDS : 0;
  guint y_to = MIN(y->words->len, k + NEAR_WORDS + 1);

  for (guint a = x_from; a < x_to; a++) {
    const GsWord *u = &g_array_index(x->words, GsWord, a);
    const char *stem = content_stem(x, u);
    gboolean seen = FALSE;

    if (stem == NULL || stem == except)
      continue;
    /* count each stem once */
    for (guint b = x_from; b < a && !seen; b++)
      seen = content_stem(x, &g_array_index(x->words, GsWord, b)) == stem;
    for (guint b = y_from; b < y_to && !seen; b++) {
      const GsWord *v = &g_array_index(y->words, GsWord, b);

      /* two pronouns, each for its own source, are no word in common,
       * whatever the two sources are called */
      if (content_stem(y, v) == stem && !(u->flags & v->flags & GS_WORD_SPEAKER)) {
        n++;
        seen = TRUE;
      }
    }
  }
  return n;
}

/* What X negates that Y asserts: a concept of the same lexicon, negated in
 * X and asserted in Y (the point is the lexicon); or the word a negation
 * governs in X ("never told"), plain in Y, with at least MIN_SHARED other
 * content words in common (the point is the stem). NULL when nothing. */
static gconstpointer
negates(const GsRules *rules, const GsRule *rule, const GsStatementAnalysis *x,
        const GsStatementAnalysis *y)
{
  /* the normaliser's summary of the three tests below: most statements
   * negate nothing */
  if (!x->negates_something)
    return NULL;
  for (guint i = 0; i < x->concepts->len; i++) {
    const GsConcept *c = &g_array_index(x->concepts, GsConcept, i);

    if (c->polarity > 0 || (rule->lexicon_a != G_MAXUINT && c->lexicon != rule->lexicon_a))
      continue;
    if (has_concept(y, c->lexicon, 1))
      return g_ptr_array_index(rules->lexicons, c->lexicon);
  }
  if (rule->lexicon_a != G_MAXUINT)
    return NULL;
  for (guint i = 0; i < x->words->len; i++) {
    const GsWord *w = &g_array_index(x->words, GsWord, i);
    gboolean plain_in_y = FALSE;

    /* only the word the negation governs: "never told", "no progress" */
    if (!(w->flags & GS_WORD_NEGATED) || w->distance > 1 ||
        (w->flags & (GS_WORD_STOP | GS_WORD_NUMBER)) || strlen(w->stem) < 3)
      continue;
    for (guint k = 0; k < y->words->len && !plain_in_y; k++) {
      const GsWord *v = &g_array_index(y->words, GsWord, k);

      plain_in_y = v->stem == w->stem && !(v->flags & GS_WORD_NEGATED) &&
                   shared_near(x, i, y, k, w->stem) >= rule->min_shared;
    }
    if (plain_in_y)
      return w->stem;
  }
  /* "the bridge is unsafe" against "the bridge is safe" */
  for (guint i = 0; i < x->words->len; i++) {
    const GsWord *w = &g_array_index(x->words, GsWord, i);
    gboolean plain_in_y = FALSE;

    if (w->negated_stem == NULL || (w->flags & GS_WORD_NEGATED))
      continue;
    for (guint k = 0; k < y->words->len && !plain_in_y; k++) {
      const GsWord *v = &g_array_index(y->words, GsWord, k);

      plain_in_y = v->stem == w->negated_stem && !(v->flags & GS_WORD_NEGATED);
    }
    if (plain_in_y && shared_stems(x, y, w->stem) >= rule->min_shared)
      return w->negated_stem;
  }
  return NULL;
}

static gboolean
is_denial(const GsRules *rules, const GsRule *rule, const GsDocument *doc,
          const GsStatementAnalysis *sa, const GsStatement *st)
{
  if (!sa->anaphoric)
    return FALSE;
  if (sa->negating_cue)
    return TRUE;
  if (rule->lexicon_a != G_MAXUINT && has_concept(sa, rule->lexicon_a, 1))
    return TRUE;
  if (rule->lexicon_b != G_MAXUINT) {
    const GsLexicon *cues = g_ptr_array_index(rules->lexicons, rule->lexicon_b);
    g_autofree char *cue = gs_text_dup_folded(gs_document_get_text(doc), st->cue.start, st->cue.end);
    g_autofree char *lower = g_utf8_strdown(cue, -1);

    for (guint t = 0; t < cues->terms->len; t++) {
      if (g_strcmp0(((const GsTerm *)g_ptr_array_index(cues->terms, t))->text, lower) == 0)
        return TRUE;
    }
  }
  return FALSE;
}

/* Two numbers that count the same thing and cannot both be right. */
static gboolean
numbers_conflict(const GsRule *rule, const GsNumber *x, const GsNumber *y)
{
  double tol = rule->tolerance, hi, lo;

  if (x->kind != y->kind || x->kind == GS_NUMBER_YEAR || x->kind == GS_NUMBER_DATE ||
      x->kind == GS_NUMBER_AGE || x->kind == GS_NUMBER_FRACTION)
    return FALSE;
  if (x->noun == NULL || y->noun == NULL || x->noun != y->noun ||
      g_strcmp0(x->qualifier, y->qualifier) != 0)
    return FALSE;
  /* "at least 80" and "more than 80" agree with anything above */
  if ((x->bound == GS_BOUND_LOWER && y->value >= x->value) ||
      (y->bound == GS_BOUND_LOWER && x->value >= y->value) ||
      (x->bound == GS_BOUND_UPPER && y->value <= x->value) ||
      (y->bound == GS_BOUND_UPPER && x->value <= y->value))
    return FALSE;
  if (x->bound != GS_BOUND_EXACT || y->bound != GS_BOUND_EXACT)
    tol *= 2;
  hi = MAX(x->value, y->value);
  lo = MIN(x->value, y->value);
  return hi > 0 && (hi - lo) / hi > tol;
}

/* The thing two statements count differently (its noun's stem), or NULL. */
static gconstpointer
numeric_conflict(const GsRule *rule, const GsStatementAnalysis *x, const GsStatementAnalysis *y)
{
  /* about different months or years: different facts */
  if (x->when != NULL && y->when != NULL && x->when != y->when)
    return NULL;
  for (guint i = 0; i < x->numbers->len; i++) {
    for (guint j = 0; j < y->numbers->len; j++) {
      const GsNumber *nx = &g_array_index(x->numbers, GsNumber, i);

      if (numbers_conflict(rule, nx, &g_array_index(y->numbers, GsNumber, j)))
        return nx->noun;
    }
  }
  return NULL;
}

static guint
side_of_source(const GsRules *rules, const GsDocument *doc, guint source)
{
  guint n;
  const GsSource *sources = gs_document_get_sources(doc, &n);
  g_autofree char *name = NULL;

  if (source == GS_NONE || source >= n)
    return G_MAXUINT;
  name = g_utf8_strdown(sources[source].name, -1);
  for (guint s = 0; s < rules->sides->len; s++) {
    const GsSide *side = g_ptr_array_index(rules->sides, s);

    for (guint m = 0; side->members[m] != NULL; m++) {
      if (strstr(name, side->members[m]) != NULL)
        return s;
    }
  }
  return G_MAXUINT;
}

static gboolean
in_scope(const GsRules *rules, const GsRule *rule, const GsDocument *doc, const GsStatement *x,
         const GsStatement *y)
{
  if (x == y)
    return FALSE;
  switch (rule->scope) {
  case GS_SCOPE_ANY:
    return TRUE;
  case GS_SCOPE_DIFFERENT_SIDES: {
    guint sx = side_of_source(rules, doc, x->source), sy = side_of_source(rules, doc, y->source);

    if (x->source == y->source)
      return FALSE;
    return sx == G_MAXUINT || sy == G_MAXUINT || sx != sy;
  }
  case GS_SCOPE_DIFFERENT_SOURCES:
  default:
    return x->source != y->source && x->source != GS_NONE && y->source != GS_NONE;
  }
}

/* One statement reports the other ("X denied Y said Z"): they are about
 * the speech, not the same claim. */
static gboolean
nested(const GsStatement *x, const GsStatement *y)
{
  return (x->content.start <= y->content.start && y->content.end <= x->content.end) ||
         (y->content.start <= x->content.start && x->content.end <= y->content.end);
}

/* "The ministry denied the union's claim that …": X, an owned claim, is
 * held in Y's words; for a denial, the two are the claim and its denial. */
static gboolean
denies_held_claim(const GsRule *rule, const GsStatementAnalysis *sx, const GsStatement *x,
                  const GsStatement *y)
{
  return rule->kind == GS_RULE_DENIAL && sx->owned_claim &&
         y->content.start <= x->content.start && x->content.end <= y->content.end;
}

/* Is statement X the content of another, outer statement? (Statements
 * are sorted by start, so the outer one is just before it.) */
static gboolean
held_in_another(const GsStatement *st, guint n, guint x)
{
  for (guint i = x; i-- > 0 && x - i <= 4;) {
    if (st[i].reported == x && st[i].content.end >= st[x].content.end)
      return TRUE;
  }
  return FALSE;
}

/* Does a statement of SOURCE hold statement X in its content? */
static gboolean
reported_by(const GsStatement *st, guint n, guint x, guint source)
{
  /* Statements are sorted by start, and one that holds X starts at or
   * before it and lies close: look a few back, and at any sharing X's
   * start just after it. */
  for (guint i = x; i-- > 0 && x - i <= 16;) {
    if (st[i].source == source && st[x].content.end <= st[i].content.end)
      return TRUE;
  }
  for (guint i = x + 1; i < n && st[i].content.start == st[x].content.start; i++) {
    if (st[i].source == source && st[x].content.end <= st[i].content.end)
      return TRUE;
  }
  return FALSE;
}

/* A statement that denies ("denied …", "… is false") asserts nothing a
 * negation could be set against. */
static gboolean
is_negative(const GsRules *rules, const GsStatementAnalysis *sa)
{
  if (sa->negating_cue)
    return TRUE;
  for (guint r = 0; r < rules->rules->len; r++) {
    const GsRule *rule = g_ptr_array_index(rules->rules, r);

    if (rule->kind == GS_RULE_DENIAL && rule->lexicon_a != G_MAXUINT &&
        has_concept(sa, rule->lexicon_a, 1))
      return TRUE;
  }
  return FALSE;
}

/* One key for a pair of sources, in either order. */
static guint64
pair_key(guint source_a, guint source_b)
{
  guint lo = MIN(source_a, source_b), hi = MAX(source_a, source_b);

  return ((guint64)lo << 32) | hi;
}

/* The pairs rule RULE sets against each other among MEMBERS. CAN_A and
 * CAN_B are scratch room for one flag per member, filled in here. */
static void
find_pairs(const GsDocument *doc, const GsRules *rules, const GsRule *rule, GArray *members,
           GHashTable *covered, guint8 *can_a, guint8 *can_b, GArray *pairs)
{
  const GsAnalysis *a = gs_analysis_get(doc);
  guint n;
  const GsStatement *st = gs_document_get_statements(doc, &n);

  memset(can_a, 0, members->len);
  memset(can_b, 0, members->len);

  /* What each statement can be for this rule, decided once: most
   * statements can be neither, and then no pair is tried. */
  for (guint i = 0; i < members->len; i++) {
    guint x = g_array_index(members, guint, i);
    const GsStatementAnalysis *sx = &a->statements[x];

    switch (rule->kind) {
    case GS_RULE_OPPOSITION:
      can_a[i] = has_concept(sx, rule->lexicon_a, 1) && !has_concept(sx, rule->lexicon_b, 1);
      can_b[i] = has_concept(sx, rule->lexicon_b, 1) && !has_concept(sx, rule->lexicon_a, 1);
      break;
    case GS_RULE_NEGATION:
      can_a[i] = !is_negative(rules, sx);
      can_b[i] = sx->negates_something;
      break;
    case GS_RULE_DENIAL:
      can_b[i] = is_denial(rules, rule, doc, sx, &st[x]);
      can_a[i] = !can_b[i];
      break;
    case GS_RULE_NUMERIC:
      can_a[i] = can_b[i] = sx->numbers->len > 0;
      break;
    case GS_RULE_N_KINDS:
    default:
      break;
    }
  }
  for (guint i = 0; i < members->len; i++) {
    guint x = g_array_index(members, guint, i);
    const GsStatementAnalysis *sx = &a->statements[x];
    guint lo = i > PAIR_WINDOW ? i - PAIR_WINDOW : 0;
    guint hi = MIN(members->len, i + PAIR_WINDOW + 1);

    if (!can_a[i])
      continue;

    /* Each statement meets the PAIR_WINDOW members of its topic on either
     * side of it: a bound that keeps a long article's cost linear. */
    for (guint j = lo; j < hi; j++) {
      guint y = g_array_index(members, guint, j);
      const GsStatementAnalysis *sy = &a->statements[y];
      Pair p = {G_MAXUINT, G_MAXUINT, NULL};

      gboolean held_claim;

      if (!can_b[j] || x == y || !in_scope(rules, rule, doc, &st[x], &st[y]))
        continue;
      /* a source pair a rule of higher rank reported on this topic is
       * not reported again: not worth comparing either */
      if (g_hash_table_size(covered) > 0) {
        guint64 key = pair_key(st[x].source, st[y].source);

        if (g_hash_table_contains(covered, &key))
          continue;
      }
      held_claim = denies_held_claim(rule, sx, &st[x], &st[y]);
      if (nested(&st[x], &st[y]) && !held_claim)
        continue;
      /* "The employer said the workers rejected the offer": the workers'
       * words are the employer's account; the account takes the side */
      if (held_in_another(st, n, y) || (held_in_another(st, n, x) && !held_claim))
        continue;
      switch (rule->kind) {
      case GS_RULE_OPPOSITION:
        /* the terms alone, or with something else in common */
        if (rule->min_shared == 0 || shared_stems(sx, sy, NULL) >= rule->min_shared)
          p = (Pair){x, y, NULL};
        break;
      case GS_RULE_NEGATION:
        /* y negates what x asserts; a statement that itself calls
         * something false asserts nothing */
        /* (can_a: x itself is not negative) */
        if (!negates(rules, rule, sx, sy)) {
          gconstpointer point = negates(rules, rule, sy, sx);

          if (point != NULL)
            p = (Pair){x, y, point};
        }
        break;
      case GS_RULE_DENIAL:
        /* y denies the claim x made before it, or the claim it names */
        if (st[x].content.start < st[y].content.start || held_claim)
          p = (Pair){x, y, NULL};
        break;
      case GS_RULE_NUMERIC:
        if (x < y) {
          gconstpointer noun = numeric_conflict(rule, sx, sy);

          if (noun != NULL)
            p = (Pair){x, y, noun};
        }
        break;
      case GS_RULE_N_KINDS:
      default:
        break;
      }
      /* "Ebbers denied claims that he knew …": the claims are what Ebbers
       * speaks of, not a source setting itself against him. */
      if (p.a != G_MAXUINT && !held_claim && (reported_by(st, n, p.a, st[p.b].source) ||
                                              reported_by(st, n, p.b, st[p.a].source)))
        p.a = G_MAXUINT;
      if (p.a != G_MAXUINT)
        g_array_append_val(pairs, p);
    }
  }
}

static void append_unique(GArray *list, guint value);

/* Does the statement negate anything near its negation cue? */
static gboolean
has_near_negation(const GsStatementAnalysis *sa)
{
  for (guint i = 0; i < sa->words->len; i++) {
    const GsWord *w = &g_array_index(sa->words, GsWord, i);

    if ((w->flags & GS_WORD_NEGATED) && !(w->flags & GS_WORD_STOP) && w->distance <= 2)
      return TRUE;
  }
  return FALSE;
}

static gboolean
source_in(const GsStatement *st, GArray *side, guint source)
{
  for (guint i = 0; i < side->len; i++) {
    if (st[g_array_index(side, guint, i)].source == source)
      return TRUE;
  }
  return FALSE;
}

/* A denial or negation finding lists every statement of each side on the
 * topic that supports it: the deniers' other denials and negations, and
 * the claimants' other claims that the denials touch. */
static void
extend_sides(const GsDocument *doc, const GsRules *rules, GArray *members, GArray *side_a,
             GArray *side_b)
{
  const GsAnalysis *a = gs_analysis_get(doc);
  guint n;
  const GsStatement *st = gs_document_get_statements(doc, &n);
  g_autoptr(GArray) add_a = g_array_new(FALSE, FALSE, sizeof(guint));
  g_autoptr(GArray) add_b = g_array_new(FALSE, FALSE, sizeof(guint));

  for (guint m = 0; m < members->len; m++) {
    guint s = g_array_index(members, guint, m);
    const GsStatementAnalysis *sa = &a->statements[s];
    gboolean negative = is_negative(rules, sa) || has_near_negation(sa);

    if (negative && source_in(st, side_b, st[s].source) && !source_in(st, side_a, st[s].source))
      g_array_append_val(add_b, s);
    else if (!negative && source_in(st, side_a, st[s].source) &&
             !source_in(st, side_b, st[s].source)) {
      for (guint k = 0; k < side_b->len; k++) {
        if (shared_stems(sa, &a->statements[g_array_index(side_b, guint, k)], NULL) >= 2) {
          g_array_append_val(add_a, s);
          break;
        }
      }
    }
  }
  for (guint i = 0; i < add_a->len; i++)
    append_unique(side_a, g_array_index(add_a, guint, i));
  for (guint i = 0; i < add_b->len; i++)
    append_unique(side_b, g_array_index(add_b, guint, i));
}

/* Rules in the order they claim source pairs. */
static gint
compare_rules(gconstpointer pa, gconstpointer pb)
{
  const GsRule *x = *(const GsRule *const *)pa, *y = *(const GsRule *const *)pb;
  static const int kind_rank[GS_RULE_N_KINDS] = {
    [GS_RULE_NEGATION] = 0, [GS_RULE_DENIAL] = 1, [GS_RULE_OPPOSITION] = 2, [GS_RULE_NUMERIC] = 3,
  };

  if (x->severity != y->severity)
    return (int)x->severity - (int)y->severity;
  return kind_rank[x->kind] - kind_rank[y->kind];
}

static void
append_unique(GArray *list, guint value)
{
  for (guint i = 0; i < list->len; i++) {
    if (g_array_index(list, guint, i) == value)
      return;
  }
  g_array_append_val(list, value);
}

static gint
compare_uint(gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* "Egyptian security sources and Egyptian hosts" */
static char *
side_names(const GsDocument *doc, GArray *statements)
{
  guint n;
  const GsStatement *st = gs_document_get_statements(doc, &n);
  guint n_sources;
  const GsSource *sources = gs_document_get_sources(doc, &n_sources);
  g_autoptr(GArray) seen = g_array_new(FALSE, FALSE, sizeof(guint));
  GString *out = g_string_new(NULL);

  for (guint i = 0; i < statements->len; i++)
    append_unique(seen, st[g_array_index(statements, guint, i)].source);
  for (guint i = 0; i < seen->len; i++) {
    guint s = g_array_index(seen, guint, i);

    if (i > 0)
      g_string_append(out, i + 1 == seen->len ? " and " : ", ");
    g_string_append(out, s < n_sources ? sources[s].name : "(unknown)");
  }
  return g_string_free(out, FALSE);
}

static char *
fill_message(const char *template, const char *a, const char *b, const char *topic,
             const char *rule)
{
  GString *out = g_string_new(NULL);

  for (const char *p = template; *p != '\0'; p++) {
    if (g_str_has_prefix(p, "{a}")) {
      g_string_append(out, a);
      p += 2;
    } else if (g_str_has_prefix(p, "{b}")) {
      g_string_append(out, b);
      p += 2;
    } else if (g_str_has_prefix(p, "{topic}")) {
      g_string_append(out, topic);
      p += 6;
    } else if (g_str_has_prefix(p, "{rule}")) {
      g_string_append(out, rule);
      p += 5;
    } else {
      g_string_append_c(out, *p);
    }
  }
  return g_string_free(out, FALSE);
}

static const char *
kind_name(GsRuleKind kind)
{
  switch (kind) {
  case GS_RULE_NEGATION:
    return "negation";
  case GS_RULE_OPPOSITION:
    return "opposition";
  case GS_RULE_DENIAL:
    return "denial";
  case GS_RULE_NUMERIC:
    return "numeric";
  case GS_RULE_N_KINDS:
  default:
    return "negation";
  }
}

static gint
compare_findings(gconstpointer pa, gconstpointer pb)
{
  const GsFinding *x = pa, *y = pb;
  guint xa = g_array_index(x->sides[0], guint, 0), xb = g_array_index(x->sides[1], guint, 0);
  guint ya = g_array_index(y->sides[0], guint, 0), yb = g_array_index(y->sides[1], guint, 0);
  guint xf = MIN(xa, xb), yf = MIN(ya, yb);

  if (xf != yf)
    return xf < yf ? -1 : 1;
  return g_strcmp0(x->rule, y->rule);
}

static void
numeric_sides(GArray *pairs, GArray *list, GHashTable *covered, const GsStatement *st,
              GArray *side_a, GArray *side_b, GHashTable *in_a, GHashTable *in_b)
{
  g_autoptr(GHashTable) count = g_hash_table_new(g_direct_hash, g_direct_equal);
  guint max = 0, at_max = 0, involved;

  for (guint k = 0; k < list->len; k++) {
    const Pair *pair = &g_array_index(pairs, Pair, g_array_index(list, guint, k));
    guint64 key = pair_key(st[pair->a].source, st[pair->b].source);
    guint ends[2] = {pair->a, pair->b};

    if (g_hash_table_contains(covered, &key))
      continue;
    for (guint e = 0; e < 2; e++) {
      gpointer slot = GUINT_TO_POINTER(ends[e] + 1);
      guint c = GPOINTER_TO_UINT(g_hash_table_lookup(count, slot)) + 1;

      g_hash_table_insert(count, slot, GUINT_TO_POINTER(c));
    }
  }
  involved = g_hash_table_size(count);
  {
    GHashTableIter it;
    gpointer key, value;

    g_hash_table_iter_init(&it, count);
    while (g_hash_table_iter_next(&it, &key, &value)) {
      guint c = GPOINTER_TO_UINT(value);

      if (c > max) {
        max = c;
        at_max = 1;
      } else if (c == max) {
        at_max++;
      }
    }
  }
  /* all alike (two figures, or a ring of them): keep text order */
  if (at_max == involved)
    return;
  g_array_set_size(side_a, 0);
  g_array_set_size(side_b, 0);
  g_hash_table_remove_all(in_a);
  g_hash_table_remove_all(in_b);
  for (guint k = 0; k < list->len; k++) {
    const Pair *pair = &g_array_index(pairs, Pair, g_array_index(list, guint, k));
    guint64 key = pair_key(st[pair->a].source, st[pair->b].source);
    guint ca = GPOINTER_TO_UINT(g_hash_table_lookup(count, GUINT_TO_POINTER(pair->a + 1)));
    guint cb = GPOINTER_TO_UINT(g_hash_table_lookup(count, GUINT_TO_POINTER(pair->b + 1)));
    guint odd, other;

    if (g_hash_table_contains(covered, &key) || (ca != max && cb != max) || (ca == max && cb == max))
      continue;
    odd = ca == max ? pair->a : pair->b;
    other = ca == max ? pair->b : pair->a;
    if (g_hash_table_add(in_b, GUINT_TO_POINTER(odd + 1)))
      g_array_append_val(side_b, odd);
    if (g_hash_table_add(in_a, GUINT_TO_POINTER(other + 1)))
      g_array_append_val(side_a, other);
  }
}

/* Removes from SIDE the statements that are in OTHER (a set of index+1). */
static void
drop_common(GArray *side, GHashTable *other)
{
  guint out = 0;

  for (guint i = 0; i < side->len; i++) {
    guint s = g_array_index(side, guint, i);

    if (!g_hash_table_contains(other, GUINT_TO_POINTER(s + 1)))
      g_array_index(side, guint, out++) = s;
  }
  g_array_set_size(side, out);
}

static void
add_finding(GsDocument *doc, const GsRule *rule, guint topic, const char *label, GArray *side_a,
            GArray *side_b)
{
  GsFinding finding = {0};
  g_autofree char *a_names = side_names(doc, side_a);
  g_autofree char *b_names = side_names(doc, side_b);

  finding.rule = g_strdup(rule->name);
  finding.kind = g_strdup(kind_name(rule->kind));
  finding.severity = rule->severity;
  finding.topic = topic;
  finding.message = fill_message(rule->message, a_names, b_names, label, rule->name);
  finding.sides[0] = g_array_ref(side_a);
  finding.sides[1] = g_array_ref(side_b);
  gs_document_add_finding(doc, &finding);
}

static gboolean
sources_within(const GsStatement *st, GArray *inner, GArray *outer)
{
  for (guint i = 0; i < inner->len; i++) {
    if (!source_in(st, outer, st[g_array_index(inner, guint, i)].source))
      return FALSE;
  }
  return TRUE;
}

/* A negation on a topic by sources that also deny a claim there is more
 * of the same dispute: "the claim is false" and "there are no dams" from
 * the same side are one finding, whose claimants are all the sources the
 * side contradicts. Folds such findings (from index FIRST on) into the
 * denial. */
static void
merge_denials(GsDocument *doc, const GsRules *rules, guint first)
{
  guint n;
  const GsStatement *st = gs_document_get_statements(doc, &n);

  for (guint d = first; d < doc->findings->len; d++) {
    GsFinding *denial = &g_array_index(doc->findings, GsFinding, d);

    if (g_strcmp0(denial->kind, "denial") != 0)
      continue;
    for (guint f = doc->findings->len; f-- > first;) {
      GsFinding *other = &g_array_index(doc->findings, GsFinding, f);

      if (f == d || g_strcmp0(other->kind, "negation") != 0 ||
          !sources_within(st, other->sides[1], denial->sides[1]))
        continue;
      for (guint s = 0; s < 2; s++) {
        for (guint i = 0; i < other->sides[s]->len; i++)
          append_unique(denial->sides[s], g_array_index(other->sides[s], guint, i));
        g_array_sort(denial->sides[s], compare_uint);
      }
      g_array_remove_index(doc->findings, f);
      if (f < d)
        d--, denial = &g_array_index(doc->findings, GsFinding, d);
      /* the message names the sides as they now are */
      {
        gpointer index = g_hash_table_lookup(rules->rule_index, denial->rule);
        guint n_topics;
        const GsTopic *topics = gs_document_get_topics(doc, &n_topics);

        if (index != NULL && denial->topic < n_topics) {
          const GsRule *rule = g_ptr_array_index(rules->rules, GPOINTER_TO_UINT(index) - 1);
          g_autofree char *a_names = side_names(doc, denial->sides[0]);
          g_autofree char *b_names = side_names(doc, denial->sides[1]);

          g_free(denial->message);
          denial->message = fill_message(rule->message, a_names, b_names,
                                         topics[denial->topic].label, rule->name);
        }
      }
    }
  }
}

void
gs_engine_run(GsDocument *doc, const GsRules *rules)
{
  guint n_topics, n;
  const GsTopic *topics = gs_document_get_topics(doc, &n_topics);
  const GsStatement *st = gs_document_get_statements(doc, &n);
  g_autoptr(GPtrArray) order = g_ptr_array_new();

  if (gs_analysis_get(doc) == NULL)
    return;
  for (guint r = 0; r < rules->rules->len; r++) {
    GsRule *rule = g_ptr_array_index(rules->rules, r);

    if (rule->enabled)
      g_ptr_array_add(order, rule);
  }
  /* stable: g_ptr_array_sort is a merge sort in GLib >= 2.x for pointers */
  g_ptr_array_sort(order, compare_rules);

  /* Most rules find no pair in most topics: the pairs array is reused,
   * and what a finding needs is made only once there are pairs. */
  g_autoptr(GArray) pairs = g_array_new(FALSE, FALSE, sizeof(Pair));

  for (guint t = 0; t < n_topics; t++) {
    g_autoptr(GHashTable) covered = NULL;
    g_autofree guint8 *can = NULL;
    guint topic_first = doc->findings->len;
    guint len = topics[t].statements->len;

    if (len < 2)
      continue;
    covered = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    can = g_new(guint8, 2 * len);
    for (guint r = 0; r < order->len; r++) {
      const GsRule *rule = g_ptr_array_index(order, r);

      g_array_set_size(pairs, 0);
      find_pairs(doc, rules, rule, topics[t].statements, covered, can, can + len, pairs);
      if (pairs->len == 0)
        continue;
      /* One finding per point of contention ("met frequently", "told
       * him"), in order of first appearance. */
      g_autoptr(GPtrArray) points = g_ptr_array_new();
      g_autoptr(GArray) keys = g_array_new(FALSE, FALSE, sizeof(guint64));
      {
        g_autoptr(GHashTable) by_point = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
                                                               (GDestroyNotify)g_array_unref);

        for (guint p = 0; p < pairs->len; p++) {
          gconstpointer point = g_array_index(pairs, Pair, p).point;
          GArray *list = g_hash_table_lookup(by_point, point);

          if (list == NULL) {
            list = g_array_new(FALSE, FALSE, sizeof(guint));
            g_hash_table_insert(by_point, (gpointer)point, list);
            g_ptr_array_add(points, (gpointer)point);
          }
          g_array_append_val(list, p);
        }
        for (guint q = 0; q < points->len; q++) {
          GArray *list = g_hash_table_lookup(by_point, g_ptr_array_index(points, q));
          g_autoptr(GArray) side_a = g_array_new(FALSE, FALSE, sizeof(guint));
          g_autoptr(GArray) side_b = g_array_new(FALSE, FALSE, sizeof(guint));
          g_autoptr(GHashTable) in_a = g_hash_table_new(g_direct_hash, g_direct_equal);
          g_autoptr(GHashTable) in_b = g_hash_table_new(g_direct_hash, g_direct_equal);

          for (guint k = 0; k < list->len; k++) {
            const Pair *pair = &g_array_index(pairs, Pair, g_array_index(list, guint, k));
            guint64 key = pair_key(st[pair->a].source, st[pair->b].source);

            if (g_hash_table_contains(covered, &key))
              continue;
            if (g_hash_table_add(in_a, GUINT_TO_POINTER(pair->a + 1)))
              g_array_append_val(side_a, pair->a);
            if (g_hash_table_add(in_b, GUINT_TO_POINTER(pair->b + 1)))
              g_array_append_val(side_b, pair->b);
            g_array_append_val(keys, key);
          }
          /* Figures have no sides of their own: the odd one out, the
           * figure that conflicts with the most others, is one side, the
           * figures it conflicts with the other. */
          if (rule->kind == GS_RULE_NUMERIC)
            numeric_sides(pairs, list, covered, st, side_a, side_b, in_a, in_b);
          /* A statement on both sides says both things: it takes no side. */
          drop_common(side_a, in_b);
          drop_common(side_b, in_a);
          if (side_a->len == 0 || side_b->len == 0)
            continue;
          if (rule->kind == GS_RULE_DENIAL)
            extend_sides(doc, rules, topics[t].statements, side_a, side_b);
          g_array_sort(side_a, compare_uint);
          g_array_sort(side_b, compare_uint);
          add_finding(doc, rule, t, topics[t].label, side_a, side_b);
        }
      }
      /* Source pairs this rule reported stay reported: later rules of
       * lower rank drop them. */
      for (guint k = 0; k < keys->len; k++) {
        guint64 *key = g_new(guint64, 1);

        *key = g_array_index(keys, guint64, k);
        g_hash_table_add(covered, key);
      }
    }
    merge_denials(doc, rules, topic_first);
  }
  g_array_sort(doc->findings, compare_findings);
}
