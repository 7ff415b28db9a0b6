/* Topics: statements that speak of the same point, grouped.
 *
 * Each statement is a weighted bag of features: its content stems
 * (weighted by rarity in the document, so "Gaza" in every statement
 * counts little) and its concepts (lexicon terms, so "headway" and
 * "progress" meet), plus the axis of every opposition rule a concept
 * belongs to, so "deadlock" and "progress" meet too. Similarity is the
 * weighted Dice overlap of two bags, raised a little when the statements
 * stand in the same or the next paragraph (the context signal).
 *
 * Grouping is single-link: a statement joins the topic of its most similar
 * predecessor when that similarity reaches the rules' topic-threshold. A
 * statement that only points at an earlier claim ("denied the claim")
 * joins the topic of that claim. Only the last MAX_LOOKBACK statements are
 * compared, so the cost stays linear in the length of the article. */
#include "analysis.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LOOKBACK 80
#define CONCEPT_WEIGHT 1.5
#define AXIS_WEIGHT 2.0
/* Two statements on one concept or one rule's axis ("headway" and
 * "deadlock") speak of the same point, however long they are: a flat
 * bonus, not a share of their words. */
#define CONCEPT_BONUS 0.15

typedef enum {
  FEATURE_STEM,    /* key: an interned stem */
  FEATURE_LEXICON, /* key: a GsLexicon* */
  FEATURE_AXIS,    /* key: a GsRule* (an opposition rule's two lexicons) */
} FeatureKind;

typedef struct {
  gconstpointer key;
  double weight;
  guint64 order;     /* the kind, then a stem's hash or a lexicon's or rule's index */
  FeatureKind kind;
  const char *name;  /* a lexicon's name, for labels */
} Feature;

/* A statement that has a feature, with the feature's weight there; the
 * postings of one feature are chained from the latest back. */
typedef struct {
  guint statement;
  guint previous;  /* the feature's posting before this one + 1, or 0 */
  double weight;
} Posting;

typedef struct {
  GArray *features; /* Feature, in compare_features() order */
  double total;
  GArray *negated;   /* Feature probes of the stems its negations govern
                      * ("not safe", "unsafe": safe) */
} Bag;

static guint64
feature_order(FeatureKind kind, guint rank)
{
  return ((guint64)kind << 32) | rank;
}

/* Features in one order (for sorting, looking up and topic labels): by kind, then
 * by a stem's hash or a lexicon's or rule's place in the rules, then
 * stems by their text. Not by address: a stem's address depends on what
 * the thread read before, and the sums must not depend on that. */
static inline int
compare_features(const Feature *f, const Feature *g)
{
  if (f->order != g->order)
    return f->order < g->order ? -1 : 1;
  if (f->key == g->key || f->kind != FEATURE_STEM)
    return 0;
  return strcmp(f->key, g->key);
}

static int
compare_features_sort(gconstpointer a, gconstpointer b)
{
  return compare_features(a, b);
}

static void
bag_add(Bag *bag, gconstpointer key, double weight, FeatureKind kind, guint rank, const char *name)
{
  for (guint i = 0; i < bag->features->len; i++) {
    Feature *f = &g_array_index(bag->features, Feature, i);

    if (f->key == key) {
      f->weight = MAX(f->weight, weight);
      return;
    }
  }
  {
    Feature f = {key, weight, feature_order(kind, rank), kind, name};

    g_array_append_val(bag->features, f);
  }
}

static void
build_bag(const GsAnalysis *a, const GsRules *rules, const GsStatementAnalysis *sa, Bag *bag)
{
  double n = MAX(a->n_statements, 1);

  /* a stem each, and a concept with an axis or two each */
  bag->features = g_array_sized_new(FALSE, FALSE, sizeof(Feature),
                                    sa->stems->len + 3 * sa->concepts->len);
  for (guint i = 0; i < sa->stems->len; i++) {
    gconstpointer stem = g_ptr_array_index(sa->stems, i);
    double df = GPOINTER_TO_UINT(g_hash_table_lookup(a->df, stem));
    Feature f = {stem, log(1.0 + n / MAX(df, 1.0)), feature_order(FEATURE_STEM, g_str_hash(stem)),
                 FEATURE_STEM, NULL};

    g_array_append_val(bag->features, f);
  }
  for (guint i = 0; i < sa->concepts->len; i++) {
    const GsConcept *c = &g_array_index(sa->concepts, GsConcept, i);

    const GsLexicon *lex = g_ptr_array_index(rules->lexicons, c->lexicon);

    bag_add(bag, lex, CONCEPT_WEIGHT, FEATURE_LEXICON, c->lexicon, lex->name);
    for (guint r = 0; r < rules->rules->len; r++) {
      const GsRule *rule = g_ptr_array_index(rules->rules, r);

      if (rule->enabled && rule->kind == GS_RULE_OPPOSITION &&
          (rule->lexicon_a == c->lexicon || rule->lexicon_b == c->lexicon))
        bag_add(bag, rule, AXIS_WEIGHT, FEATURE_AXIS, r, NULL);
    }
  }
  g_array_sort(bag->features, compare_features_sort);
  /* what its negations govern, for negation_link() */
  bag->negated = g_array_new(FALSE, TRUE, sizeof(Feature));
  for (guint i = 0; sa->negates_something && i < sa->words->len; i++) {
    const GsWord *w = &g_array_index(sa->words, GsWord, i);
    Feature probe = {.kind = FEATURE_STEM};

    if ((w->flags & GS_WORD_NEGATED) && w->distance == 1 && !(w->flags & GS_WORD_STOP))
      probe.key = w->stem;
    else if (w->negated_stem != NULL)
      probe.key = w->negated_stem;
    else
      continue;
    probe.order = feature_order(FEATURE_STEM, g_str_hash(probe.key));
    g_array_append_val(bag->negated, probe);
  }
  bag->total = 0;
  for (guint i = 0; i < bag->features->len; i++)
    bag->total += g_array_index(bag->features, Feature, i).weight;
}

/* Does X negate, right after its negation cue, a word Y holds? (Every
 * content stem of Y is one of its features.) */
static gboolean
negation_link(const Bag *x, const Bag *y)
{
  for (guint i = 0; i < x->negated->len && y->features->len > 0; i++) {
    if (bsearch(&g_array_index(x->negated, Feature, i), y->features->data, y->features->len,
                sizeof(Feature), compare_features_sort) != NULL)
      return TRUE;
  }
  return FALSE;
}

/* A feature a label may show: its weight summed over the topic, where
 * the article first uses it, and the words that show it. */
typedef struct {
  Feature feature;
  double weight;
  guint first;        /* order of first use in the article; G_MAXUINT unseen */
  const char *name;   /* a lexicon named by a plain word shows its name */
  guint start, end;   /* else the bytes of the first words that have it */
  gboolean span;      /* start..end set */
  gboolean folded;    /* a concept's words: may run over a line break */
} Candidate;

static int
compare_candidates(gconstpointer a, gconstpointer b)
{
  return compare_features(&((const Candidate *)a)->feature, &((const Candidate *)b)->feature);
}

static Candidate *
find_candidate(GArray *cands, FeatureKind kind, gconstpointer key, guint rank)
{
  Candidate probe = {.feature = {.key = key, .kind = kind, .order = feature_order(kind, rank)}};

  return bsearch(&probe, cands->data, cands->len, sizeof(Candidate), compare_candidates);
}

static char *
candidate_text(const GsText *text, const Candidate *c)
{
  const char *data = gs_text_get_data(text, NULL);

  if (c->name != NULL)
    return g_strdup(c->name);
  if (c->folded)
    return gs_text_dup_folded(text, c->start, c->end);
  return g_strndup(data + c->start, c->end - c->start);
}

/* The readable label of a topic: its heaviest features, as the words the
 * article uses ("progress, Cairo, talks"); rule axes are not shown. Ties
 * go to the feature met first (see below). */
static char *
topic_label(const GsDocument *doc, const GsAnalysis *a, GArray *members, const Bag *bags)
{
  g_autoptr(GArray) cands = g_array_sized_new(FALSE, TRUE, sizeof(Candidate), 32);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) order = NULL;
  const GsText *text = gs_document_get_text(doc);
  guint n_tokens;
  const GsToken *tokens = gs_text_get_tokens(text, &n_tokens);
  GString *label = g_string_new(NULL);
  guint out = 0;

  /* every feature of the members once, with its summed weight */
  for (guint m = 0; m < members->len; m++) {
    const Bag *bag = &bags[g_array_index(members, guint, m)];

    for (guint i = 0; i < bag->features->len; i++) {
      const Feature *f = &g_array_index(bag->features, Feature, i);
      Candidate c = {.feature = *f, .weight = f->weight, .first = G_MAXUINT};

      if (f->kind == FEATURE_AXIS)
        continue;
      /* a lexicon named by a plain word ("progress") shows its name; one
       * named like "safe-to-use" shows the words that matched it */
      if (f->kind == FEATURE_LEXICON && strpbrk(f->name, "-_ .") == NULL)
        c.name = f->name;
      g_array_append_val(cands, c);
    }
  }
  /* one statement's features are sorted already (most topics have one) */
  if (members->len > 1)
    g_array_sort(cands, compare_candidates);
  for (guint i = 0; i < cands->len; i++) {
    Candidate *c = &g_array_index(cands, Candidate, i);

    if (out > 0 && compare_candidates(&g_array_index(cands, Candidate, out - 1), c) == 0)
      g_array_index(cands, Candidate, out - 1).weight += c->weight;
    else
      g_array_index(cands, Candidate, out++) = *c;
  }
  g_array_set_size(cands, out);
  order = g_ptr_array_sized_new(out);

  /* A stem is shown as the first word that has it, a concept as its
   * words; features are met in the article's order, statement by
   * statement (a statement's words before its concepts). */
  for (guint m = 0; m < members->len; m++) {
    const GsStatementAnalysis *sa = &a->statements[g_array_index(members, guint, m)];

    for (guint k = 0; k < sa->words->len; k++) {
      const GsWord *word = &g_array_index(sa->words, GsWord, k);
      Candidate *c = find_candidate(cands, FEATURE_STEM, word->stem, g_str_hash(word->stem));

      if (c == NULL || c->first != G_MAXUINT)
        continue;
      c->first = order->len;
      g_ptr_array_add(order, c);
      c->start = tokens[word->token].start;
      c->end = tokens[word->token].end;
      c->span = TRUE;
    }
    for (guint k = 0; k < sa->concepts->len; k++) {
      const GsConcept *concept = &g_array_index(sa->concepts, GsConcept, k);
      gconstpointer lex = g_ptr_array_index(a->rules->lexicons, concept->lexicon);
      Candidate *c = find_candidate(cands, FEATURE_LEXICON, lex, concept->lexicon);

      if (c == NULL || c->first != G_MAXUINT)
        continue;
      c->first = order->len;
      g_ptr_array_add(order, c);
      c->start = tokens[g_array_index(sa->words, GsWord, concept->first).token].start;
      c->end = tokens[g_array_index(sa->words, GsWord, concept->last).token].end;
      c->span = TRUE;
      c->folded = TRUE;
    }
  }
  while (shown->len < 3) {
    Candidate *best = NULL;
    char *word;
    gboolean again = FALSE;

    for (guint i = 0; i < order->len; i++) {
      Candidate *c = g_ptr_array_index(order, i);

      if (c->weight > (best != NULL ? best->weight : 0) + 1e-9 && (c->span || c->name != NULL))
        best = c;
    }
    if (best == NULL)
      break;
    best->weight = 0; /* taken */
    word = candidate_text(text, best);
    /* a word already in the label (a lexicon named like a stem) is not
     * shown twice */
    for (guint i = 0; i < shown->len && !again; i++)
      again = strcmp(g_ptr_array_index(shown, i), word) == 0;
    if (again) {
      g_free(word);
      continue;
    }
    if (shown->len > 0)
      g_string_append(label, ", ");
    g_string_append(label, word);
    g_ptr_array_add(shown, word);
  }
  if (label->len == 0)
    g_string_append(label, "(no words)");
  return g_string_free(label, FALSE);
}

void
gs_topics_run(GsDocument *doc, const GsRules *rules)
{
  GsAnalysis *a = gs_analysis_get(doc);
  guint n;
  GsStatement *statements = (GsStatement *)gs_document_get_statements(doc, &n);
  const GsText *text = gs_document_get_text(doc);
  guint n_sentences;
  const GsSentence *sentences = gs_text_get_sentences(text, &n_sentences);
  g_autofree Bag *bags = g_new0(Bag, MAX(n, 1));
  g_autofree guint *topic_of = g_new(guint, MAX(n, 1));
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
  /* every feature of every statement (Posting); a feature's key → its
   * latest posting + 1 */
  g_autoptr(GArray) postings = NULL;
  g_autoptr(GHashTable) latest = g_hash_table_new(g_direct_hash, g_direct_equal);
  double shared[MAX_LOOKBACK];
  guint concepts[MAX_LOOKBACK];

  guint n_features = 0;

  if (a == NULL)
    return;
  for (guint i = 0; i < n; i++) {
    build_bag(a, rules, &a->statements[i], &bags[i]);
    n_features += bags[i].features->len;
  }
  postings = g_array_sized_new(FALSE, FALSE, sizeof(Posting), n_features);
  for (guint i = 0; i < n; i++) {
    double best = 0;
    guint best_j = G_MAXUINT;
    guint para_i = sentences[statements[i].sentence].paragraph;
    guint lo = i > MAX_LOOKBACK ? i - MAX_LOOKBACK : 0;
    const Bag *bag = &bags[i];

    /* What statement i shares with each statement before it in the
     * window, through the postings of its features: only statements that
     * share something are met, and each pair's sum is made in the order
     * of i's features, so the figures do not depend on the order the
     * statements were met in. */
    memset(shared, 0, (i - lo) * sizeof(*shared));
    memset(concepts, 0, (i - lo) * sizeof(*concepts));
    for (guint f = 0; f < bag->features->len; f++) {
      const Feature *feature = &g_array_index(bag->features, Feature, f);
      guint head = GPOINTER_TO_UINT(g_hash_table_lookup(latest, feature->key));
      Posting mine = {i, head, feature->weight};

      for (guint k = head; k > 0; k = g_array_index(postings, Posting, k - 1).previous) {
        const Posting *post = &g_array_index(postings, Posting, k - 1);

        if (post->statement < lo)
          break;
        shared[post->statement - lo] += MIN(feature->weight, post->weight);
        concepts[post->statement - lo] += feature->kind != FEATURE_STEM;
      }
      /* then statement i joins the feature's chain (a bag's features are
       * distinct, so no later feature of i reads it) */
      g_array_append_val(postings, mine);
      g_hash_table_insert(latest, (gpointer)feature->key, GUINT_TO_POINTER(postings->len));
    }
    for (guint j = lo; j < i; j++) {
      guint para_j = sentences[statements[j].sentence].paragraph;
      double sim = 0;

      if (shared[j - lo] > 0)
        sim = 2.0 * shared[j - lo] / (bag->total + bags[j].total) +
              CONCEPT_BONUS * MIN(concepts[j - lo], 2);
      /* one denies what the other says ("never told me" / "told him"):
       * the same point, however differently worded */
      if ((bag->negated->len > 0 || bags[j].negated->len > 0) &&
          (negation_link(bag, &bags[j]) || negation_link(&bags[j], bag)))
        sim += CONCEPT_BONUS;

      if (sim > 0 && para_i - para_j <= 1)
        sim += para_i == para_j ? 0.05 : 0.02;
      if (sim > best) {
        best = sim;
        best_j = j;
      }
    }
    /* A statement that points back at a claim joins that claim's topic. */
    if (a->statements[i].anaphoric && (best_j == G_MAXUINT || best < rules->topic_threshold)) {
      for (guint j = i; j-- > 0 && i - j <= 6;) {
        guint para_j = sentences[statements[j].sentence].paragraph;

        if (para_i - para_j > 1)
          break;
        if (statements[j].source != statements[i].source) {
          best_j = j;
          best = rules->topic_threshold;
          break;
        }
      }
    }
    if (best_j != G_MAXUINT && best >= rules->topic_threshold) {
      topic_of[i] = topic_of[best_j];
    } else {
      topic_of[i] = members->len;
      g_ptr_array_add(members, g_array_new(FALSE, FALSE, sizeof(guint)));
    }
    g_array_append_val(g_ptr_array_index(members, topic_of[i]), i);
  }
  for (guint t = 0; t < members->len; t++) {
    GsTopic topic = {0};
    GArray *list = g_ptr_array_index(members, t);

    topic.label = topic_label(doc, a, list, bags);
    topic.statements = g_array_ref(list);
    gs_document_add_topic(doc, &topic);
  }
  for (guint i = 0; i < n; i++)
    statements[i].topic = topic_of[i];
  for (guint i = 0; i < n; i++) {
    g_array_unref(bags[i].features);
    g_array_unref(bags[i].negated);
  }
}
