/* The normaliser: each statement's content as stems, negation scopes,
 * numbers with what they count, and the concepts of the loaded lexicons.
 *
 * Every distinct word of a document is stemmed once (a per-document cache
 * in front of the per-thread Snowball stemmer); stems and lower-case words
 * live in the document's string arena, so comparing two stems is comparing
 * two pointers.
 *
 * Negation: a cue (no, not, n't, never, nothing, without …, from the rules
 * file) negates the content words after it up to the end of its clause (a
 * comma, a semicolon, "but") or six content words, whichever comes first.
 * A statement whose cue negates ("denied", "ruled out") has every word's
 * negation flipped.
 *
 * Concepts: lexicon terms are matched on stems; the words of a phrase must
 * come in order with at most two other words between neighbours, so
 * "closest the sides have come to a deal" meets "closest to a deal"; the
 * words of a phrase with one content word ("argued against", "on track")
 * stand together, adverbs of manner aside ("argued strongly against"). A
 * term that holds a negation ("no change", "never sell") is asserted by
 * its own words; any other term is negated when its first word is.
 *
 * Speakers: a pronoun with which a source speaks of itself ("the coach
 * said he was sacked") is marked, and the statement given the stem of the
 * source's head noun, which the engine counts as a word the statement
 * shares with another that names the source. */
#include "analysis.h"
#include "attribution-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The normaliser's bits of GsVocabWord.flags, above GsRulesWordFlags. */
enum {
  WORD_MONTH = 1 << 8,
  WORD_ENDS_SCOPE = 1 << 9,   /* "but", "although": ends a negation's scope */
  WORD_PHRASE_START = 1 << 10, /* the first word of a negation cue of several words */
  WORD_NT = 1 << 11,          /* an "n't" form: a negation cue */
  WORD_CLAIM_NOUN = 1 << 12,  /* "claim", "it": speaks of an earlier claim */
  WORD_FRACTION = 1 << 13,    /* "half", "third", "quarter" */
  WORD_SPEAKER_FORM = 1 << 14, /* "he", "we", "client": may stand for a statement's source */
  WORD_LY = 1 << 15,          /* "strongly": five letters or more ending in "-ly" */
};

#define NEGATION_REACH 6
/* A negation denies the words right after it; further on it only
 * colours them ("no common definition of fraud" does not deny fraud). */
#define NEGATION_HEAD 2
#define PHRASE_GAP 2
#define PHRASE_WINDOW 8

static const struct {
  const char *word;
  double value;
} number_words[] = {
  {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
  {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
  {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30},
  {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
  {"ninety", 90}, {"hundred", 100}, {"thousand", 1000}, {"million", 1e6},
  {"billion", 1e9}, {"trillion", 1e12}, {"dozen", 12}, {"dozens", 24},
  {"hundreds", 200}, {"thousands", 2000}, {"millions", 2e6}, {"billions", 2e9},
};

static const char *const months[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
  "sep.", "oct.", "nov.", "dec.", NULL,
};

static gboolean
in_list(const char *const *list, const char *w)
{
  for (guint i = 0; list[i] != NULL; i++) {
    if (strcmp(list[i], w) == 0)
      return TRUE;
  }
  return FALSE;
}

/* Looked up for every content word, so a hash table, built once. */
static GHashTable *number_word_table; /* word → index + 1 */

static gpointer
init_tables(gpointer unused)
{
  number_word_table = g_hash_table_new(g_str_hash, g_str_equal);
  for (gsize i = 0; i < G_N_ELEMENTS(number_words); i++)
    g_hash_table_insert(number_word_table, (gpointer)number_words[i].word, GSIZE_TO_POINTER(i + 1));
  return NULL;
}

static void
ensure_tables(void)
{
  static GOnce once = G_ONCE_INIT;

  g_once(&once, init_tables, NULL);
}

static double
number_word_value(const char *w)
{
  gsize i = GPOINTER_TO_SIZE(g_hash_table_lookup(number_word_table, w));

  return i > 0 ? number_words[i - 1].value : -1;
}

static void
gs_statement_analysis_clear(GsStatementAnalysis *sa)
{
  if (sa->words != NULL)
    g_array_unref(sa->words);
  if (sa->concepts != NULL)
    g_array_unref(sa->concepts);
  if (sa->numbers != NULL)
    g_array_unref(sa->numbers);
  if (sa->stems != NULL)
    g_ptr_array_unref(sa->stems);
}

static void
gs_analysis_free(gpointer data)
{
  GsAnalysis *a = data;

  for (guint i = 0; i < a->n_statements; i++)
    gs_statement_analysis_clear(&a->statements[i]);
  g_free(a->statements);
  g_hash_table_unref(a->df);
  g_string_chunk_free(a->arena);
  g_free(a);
}

/* The first token at or after byte OFFSET. */
static guint
first_token_at(const GsToken *tokens, guint n, guint32 offset)
{
  guint lo = 0, hi = n;

  while (lo < hi) {
    guint mid = lo + (hi - lo) / 2;

    if (tokens[mid].start < offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Words that end a negation's scope, as clause punctuation does. */
static const char *const contrast_words[] = {
  "but", "although", "though", "however", "whereas", "while", "yet", "until", "unless", NULL,
};

/* Does a token that is not a word end a negation's scope? */
static gboolean
punct_ends_scope(const GsToken *t, const char *lower)
{
  if (t->kind == GS_TOKEN_PUNCT)
    return strcmp(lower, "(") != 0 && strcmp(lower, ")") != 0;
  return t->kind == GS_TOKEN_DASH;
}

/* Parses a digit token: "1,200", "1 200", "3.5", "33 207". */
static double
parse_digits(const char *s, gsize len)
{
  char buf[64];
  gsize n = 0;

  for (gsize i = 0; i < len && n + 1 < sizeof(buf); i++) {
    if (g_ascii_isdigit(s[i]) || (s[i] == '.' && i + 1 < len && g_ascii_isdigit(s[i + 1])))
      buf[n++] = s[i];
    else if (s[i] == ',' || s[i] == ' ' || (guchar)s[i] >= 0x80)
      continue;
    else
      break;
  }
  buf[n] = '\0';
  return n > 0 ? g_ascii_strtod(buf, NULL) : -1;
}

static const char *const approx_words[] = {
  "around", "about", "some", "nearly", "almost", "roughly", "approximately", "estimated",
  "an", "perhaps", "maybe", "possibly", "circa", NULL,
};

static GsNumberBound
bound_before(const GArray *words, guint i)
{
  const char *w1 = i >= 1 ? g_array_index(words, GsWord, i - 1).lower : "";
  const char *w2 = i >= 2 ? g_array_index(words, GsWord, i - 2).lower : "";

  if ((strcmp(w2, "at") == 0 && strcmp(w1, "least") == 0) ||
      (strcmp(w2, "more") == 0 && strcmp(w1, "than") == 0) || strcmp(w1, "over") == 0 ||
      strcmp(w1, "above") == 0 || strcmp(w1, "exceeding") == 0)
    return GS_BOUND_LOWER;
  if ((strcmp(w2, "up") == 0 && strcmp(w1, "to") == 0) ||
      (strcmp(w2, "less") == 0 && strcmp(w1, "than") == 0) ||
      (strcmp(w2, "fewer") == 0 && strcmp(w1, "than") == 0) || strcmp(w1, "under") == 0 ||
      strcmp(w1, "below") == 0)
    return GS_BOUND_UPPER;
  if (in_list(approx_words, w1))
    return GS_BOUND_ABOUT;
  return GS_BOUND_EXACT;
}

static int
compare_strings(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Numbers of a statement with the thing each counts: the head of the
 * words after it ("1 200 people", "600 of its soldiers", "71,000 new
 * construction jobs" — noun "job", qualifiers "construct new"). */
static void
find_numbers(GsAnalysis *a, const GsText *text, GsStatementAnalysis *sa)
{
  const GsToken *tokens;
  guint n_tokens;
  const char *data = gs_text_get_data(text, NULL);

  tokens = gs_text_get_tokens(text, &n_tokens);
  sa->numbers = g_array_new(FALSE, FALSE, sizeof(GsNumber));
  for (guint i = 0; i < sa->words->len; i++) {
    GsWord *w = &g_array_index(sa->words, GsWord, i);
    const GsToken *t = &tokens[w->token];
    GsNumber num = {0};
    double value = -1;
    guint j;

    /* most words are no number: one look at the entry */
    if (t->kind != GS_TOKEN_NUMBER && w->entry->number < 0 && !(w->entry->flags & WORD_FRACTION))
      continue;
    if (t->kind == GS_TOKEN_NUMBER) {
      value = parse_digits(data + t->start, t->end - t->start);
    } else {
      value = w->entry->number;
      /* "one" is too often a pronoun to count */
      if (strcmp(w->lower, "one") == 0)
        value = -1;
    }
    /* "half of the homes", "a third of them" */
    if (value < 0 && (strcmp(w->lower, "half") == 0 || strcmp(w->lower, "third") == 0 ||
                      strcmp(w->lower, "quarter") == 0 || strcmp(w->lower, "thirds") == 0)) {
      GsNumber frac = {0};

      frac.value = strcmp(w->lower, "half") == 0 ? 0.5 : strcmp(w->lower, "quarter") == 0 ? 0.25
                                                                                       : 1.0 / 3.0;
      frac.kind = GS_NUMBER_FRACTION;
      frac.bound = bound_before(sa->words, i);
      frac.qualifier = "";
      frac.word = i;
      w->flags |= GS_WORD_NUMBER;
      g_array_append_val(sa->numbers, frac);
      continue;
    }
    if (value < 0)
      continue;
    w->flags |= GS_WORD_NUMBER;
    num.value = value;
    num.word = i;
    num.kind = GS_NUMBER_COUNT;
    num.bound = bound_before(sa->words, i);
    if (value >= 10 && (strcmp(w->lower, "dozens") == 0 || strcmp(w->lower, "hundreds") == 0 ||
                        strcmp(w->lower, "thousands") == 0 || strcmp(w->lower, "millions") == 0))
      num.bound = GS_BOUND_LOWER;
    j = i + 1;
    /* "2.3 million", "1.5 billion" */
    while (j < sa->words->len) {
      double scale = g_array_index(sa->words, GsWord, j).entry->number;

      if (scale < 100)
        break;
      num.value *= scale;
      g_array_index(sa->words, GsWord, j).flags |= GS_WORD_NUMBER;
      j++;
    }
    /* the kind */
    if (w->token > 0 && tokens[w->token - 1].kind == GS_TOKEN_SYMBOL &&
        strchr("$\xC2\xE2", data[tokens[w->token - 1].start]) != NULL) {
      num.kind = GS_NUMBER_MONEY;
    } else if (j < sa->words->len &&
               (strcmp(g_array_index(sa->words, GsWord, j).lower, "percent") == 0 ||
                strcmp(g_array_index(sa->words, GsWord, j).lower, "per") == 0)) {
      num.kind = GS_NUMBER_PERCENT;
    } else if (w->token + 1 < n_tokens && tokens[w->token + 1].start == t->end &&
               data[tokens[w->token + 1].start] == '%') {
      num.kind = GS_NUMBER_PERCENT;
    } else if (t->kind == GS_TOKEN_NUMBER && t->end - t->start == 4 && value >= 1800 &&
               value <= 2200) {
      num.kind = GS_NUMBER_YEAR;
    } else if (i > 0 && (g_array_index(sa->words, GsWord, i - 1).entry->flags & WORD_MONTH)) {
      num.kind = GS_NUMBER_DATE;
    } else if (j < sa->words->len && (g_array_index(sa->words, GsWord, j).entry->flags & WORD_MONTH)) {
      num.kind = GS_NUMBER_DATE;
    }
    /* the thing counted: skip "of its", "of the"; take the run of content
     * words up to the next stop word or punctuation; the last is the
     * head. */
    if (num.kind == GS_NUMBER_COUNT || num.kind == GS_NUMBER_MONEY) {
      guint k = j;
      g_autoptr(GPtrArray) quals = g_ptr_array_new();
      guint last = G_MAXUINT;

      while (k < sa->words->len && k < j + 3 && (g_array_index(sa->words, GsWord, k).flags & GS_WORD_STOP) &&
             tokens[g_array_index(sa->words, GsWord, k).token].kind == GS_TOKEN_WORD)
        k++;
      while (k < sa->words->len && k < j + 6) {
        const GsWord *x = &g_array_index(sa->words, GsWord, k);

        if ((x->flags & (GS_WORD_STOP | GS_WORD_NUMBER)) || tokens[x->token].kind != GS_TOKEN_WORD)
          break;
        if (last != G_MAXUINT)
          g_ptr_array_add(quals, (gpointer)g_array_index(sa->words, GsWord, last).stem);
        last = k;
        /* a plural ends the phrase: "people live", "40 people slept",
         * "construction jobs in" */
        if (g_str_has_suffix(x->lower, "s") || (x->entry->mask & (1u << GS_WORDS_GROUP_NOUN)) ||
            (g_array_index(sa->words, GsWord, MIN(k + 1, sa->words->len - 1)).entry->mask &
             (1u << GS_WORDS_VERB)))
          break;
        /* a verb after the noun ends it: "people have been killed" */
        if (k + 1 < sa->words->len && tokens[g_array_index(sa->words, GsWord, k + 1).token].kind == GS_TOKEN_WORD &&
            g_str_has_suffix(g_array_index(sa->words, GsWord, k + 1).lower, "ed"))
          break;
        k++;
      }
      if (last != G_MAXUINT) {
        GString *q = g_string_new(NULL);

        num.noun = g_array_index(sa->words, GsWord, last).stem;
        g_ptr_array_sort(quals, compare_strings);
        for (guint x = 0; x < quals->len; x++)
          g_string_append_printf(q, "%s%s", x > 0 ? " " : "", (const char *)g_ptr_array_index(quals, x));
        num.qualifier = g_string_chunk_insert_const(a->arena, q->str);
        g_string_free(q, TRUE);
      } else {
        num.qualifier = "";
      }
    }
    /* "inflation was 3 percent", "the deficit stood at $5 billion": a
     * rate or a sum with no noun after it measures the subject before it */
    if (num.noun == NULL && (num.kind == GS_NUMBER_PERCENT || num.kind == GS_NUMBER_MONEY)) {
      for (guint k = i; k-- > 0 && i - k <= 5;) {
        const GsWord *x = &g_array_index(sa->words, GsWord, k);

        if (!(x->flags & (GS_WORD_STOP | GS_WORD_NUMBER | GS_WORD_NEGATION)) &&
            !(x->entry->mask & (1u << GS_WORDS_VERB)) && !g_str_has_suffix(x->lower, "ed")) {
          num.noun = x->stem;
          num.qualifier = "";
          break;
        }
      }
    }
    /* "17-year-old" is one word token and never reaches here; "aged 40"
     * does. */
    if (i > 0 && strcmp(g_array_index(sa->words, GsWord, i - 1).lower, "aged") == 0)
      num.kind = GS_NUMBER_AGE;
    g_array_append_val(sa->numbers, num);
    i = j - 1;
  }
}

/* "strongly", "vociferously": an adverb of manner, which may stand inside
 * an exact phrase ("argued strongly against" is "argued against"). Told
 * by its "-ly" ending; the few nouns so spelt ("family", "rally") do not
 * come between the words of a phrase. */
static gboolean
is_manner_adverb(const GsWord *w)
{
  return (w->entry->flags & WORD_LY) && !(w->flags & (GS_WORD_STOP | GS_WORD_NEGATION));
}

/* Is the word a negation governs before word I a reporting verb ("not
 * report", "never disclosed")? What was not reported may still be so. */
static gboolean
reporting_negated(const GsStatementAnalysis *sa, guint i)
{
  for (guint k = i; k-- > 0;) {
    const GsWord *w = &g_array_index(sa->words, GsWord, k);

    if (!(w->flags & GS_WORD_NEGATED) || (w->flags & GS_WORD_NEGATION))
      return FALSE;
    if (w->distance == 1)
      return w->entry->cue != 0;
  }
  return FALSE;
}

/* Matches the lexicon terms against the statement's stems. */
static void
find_concepts(const GsRules *rules, GsStatementAnalysis *sa)
{
  sa->concepts = g_array_new(FALSE, FALSE, sizeof(GsConcept));
  for (guint i = 0; i < sa->words->len; i++) {
    const GsWord *w = &g_array_index(sa->words, GsWord, i);
    const GPtrArray *bucket = w->entry->terms;

    for (guint b = 0; bucket != NULL && b < bucket->len; b++) {
      const GsTerm *term = g_ptr_array_index(bucket, b);
      guint at = i;
      gboolean ok = TRUE;
      GsConcept c;

      /* Each next word of the term within PHRASE_GAP content words (and
       * PHRASE_WINDOW words in all) of the one before; an exact term's
       * words stand side by side. */
      for (guint s = 1; s < term->n_stems && ok; s++) {
        guint skipped = 0;

        ok = FALSE;
        for (guint k = at + 1; k < sa->words->len && k <= at + PHRASE_WINDOW; k++) {
          const GsWord *x = &g_array_index(sa->words, GsWord, k);

          if (strcmp(x->stem, term->stems[s]) == 0) {
            at = k;
            ok = TRUE;
            break;
          }
          if (term->exact ? !is_manner_adverb(x) : (!(x->flags & GS_WORD_STOP) && ++skipped > PHRASE_GAP))
            break;
        }
      }
      if (!ok)
        continue;
      c.lexicon = term->lexicon;
      c.first = i;
      c.last = at;
      if (term->negative)
        c.polarity = (w->flags & GS_WORD_NEGATED) && !(w->flags & GS_WORD_NEGATION) ? -1 : 1;
      else if ((w->flags & GS_WORD_NEGATED) &&
               (w->distance > NEGATION_HEAD || (w->distance > 1 && reporting_negated(sa, i))))
        continue; /* deep in a negated clause, or what was not reported
                   * ("do not report fraud"): neither asserted nor denied */
      else
        c.polarity = (w->flags & GS_WORD_NEGATED) ? -1 : 1;
      /* One concept per lexicon and place. */
      if (sa->concepts->len > 0) {
        GsConcept *prev = &g_array_index(sa->concepts, GsConcept, sa->concepts->len - 1);

        if (prev->lexicon == c.lexicon && prev->first == c.first) {
          prev->last = MAX(prev->last, c.last);
          continue;
        }
      }
      g_array_append_val(sa->concepts, c);
    }
  }
}

static const char *const fraction_words[] = {"half", "third", "quarter", "thirds", NULL};

static const char *const claim_nouns[] = {
  "claim", "claims", "allegation", "allegations", "accusation", "accusations", "report",
  "reports", "suggestion", "suggestions", "charge", "charges", "rumour", "rumours", "rumor",
  "rumors", "story", "stories", "assertion", "assertions", "this", "it", "that", "these",
  "idea", "notion", NULL,
};

/* How many tokens one of PHRASES (lower case, words one space apart)
 * spans from token I, or 0 when none starts there. Used for the
 * negation-exceptions ("not only", "not the first") and the negation cues
 * of several words ("yet to"). */
static guint
phrase_at(const GPtrArray *phrases, const char *data, const GsToken *tokens, guint n_tokens,
          guint i)
{
  for (guint e = 0; e < phrases->len; e++) {
    const char *phrase = g_ptr_array_index(phrases, e);
    const char *p = phrase;
    guint t = i;
    gboolean ok = TRUE;

    while (*p != '\0' && ok) {
      const char *space = strchr(p, ' ');
      gsize len = space != NULL ? (gsize)(space - p) : strlen(p);

      ok = t < n_tokens && tokens[t].end - tokens[t].start == len &&
           g_ascii_strncasecmp(data + tokens[t].start, p, len) == 0;
      t++;
      p += len;
      while (*p == ' ')
        p++;
    }
    if (ok)
      return t - i;
  }
  return 0;
}

/* A word that negates another by its prefix: "unsafe", "illegal",
 * "irregular", "non-binding", "inaccurate", "impossible", "disagree".
 * Returns the length of the prefix, or 0. Prefixes that also begin
 * ordinary words ("in", "im", "dis": inform, impose, discover) count only
 * on the adjective endings, or before a few verbs, where they negate. */
static gsize
negative_prefix(const char *lower)
{
  static const char *const free_prefixes[] = {"un", "non-", "non", "il", "ir", NULL};
  static const char *const adjective_endings[] = {"able", "ible", "ent", "ant", "ate", "ive",
                                                  "al", "ect", "est", "ete", "ure", NULL};
  static const char *const dis_roots[] = {"agree", "agreed", "agrees", "approve", "approved",
                                          "honest", "loyal", "prove", "proved", "continue",
                                          "continued", "trust", "believe", "obey", "allow",
                                          "allowed", "qualify", "qualified", "credit", NULL};
  gsize len = strlen(lower);

  if (len < 6)
    return 0;
  for (guint i = 0; free_prefixes[i] != NULL; i++) {
    gsize n = strlen(free_prefixes[i]);

    if (strncmp(lower, free_prefixes[i], n) == 0 && len - n >= 4 &&
        (n != 2 || strncmp(lower, "un", 2) != 0 || (strncmp(lower, "under", 5) != 0 &&
                                                  strncmp(lower, "unit", 4) != 0 &&
                                                  strncmp(lower, "univers", 7) != 0 &&
                                                  strncmp(lower, "union", 5) != 0 &&
                                                  strncmp(lower, "unique", 6) != 0)))
      return n;
  }
  if ((strncmp(lower, "in", 2) == 0 || strncmp(lower, "im", 2) == 0) && len - 2 >= 4) {
    for (guint i = 0; adjective_endings[i] != NULL; i++) {
      if (g_str_has_suffix(lower, adjective_endings[i]))
        return 2;
    }
  }
  if (strncmp(lower, "dis", 3) == 0) {
    for (guint i = 0; dis_roots[i] != NULL; i++) {
      if (strcmp(lower + 3, dis_roots[i]) == 0)
        return 3;
    }
  }
  return 0;
}


/* Pronouns that, in what a source says, stand for the source itself: "the
 * manager said he was sacked" is about the manager. For one person, he
 * and she before any other content word (after one, "said the players
 * thought he was", they may stand for it) and I anywhere; for several, or
 * a body, they first and we anywhere. ("it" and "her" are left out: "the
 * ministry said it was a mistake" is seldom about the ministry, and "her
 * client" not about her.) */
static const char *const person_pronouns[] = {"he", "him", "himself", "she", "herself", NULL};
static const char *const group_pronouns[] = {"they", "them", "themselves", NULL};
static const char *const person_first_person[] = {"i", "me", "myself", NULL};
static const char *const group_first_person[] = {"we", "us", "ourselves", NULL};

/* Nouns for those who speak for someone else: "the suspect's lawyer said
 * his client was never arrested", "the patient's family said she had
 * died" are about the suspect and the patient. */
static const char *const representatives[] = {
  "lawyer", "lawyers", "attorney", "attorneys", "solicitor", "counsel", "spokesman",
  "spokeswoman", "spokesperson", "representative", "representatives", "agent", "aide",
  "aides", "family", "relatives", "parents", "office", "campaign", "camp", NULL,
};
static const char *const client_nouns[] = {"client", "clients", NULL};

/* The stem of LOWER, interned in the vocabulary. "Israel's" is about
 * Israel: a possessive adds nothing to the topic. */
static const char *
stem_word(GsVocab *vocab, const GsRules *rules, const char *lower, GString *scratch)
{
  gsize len = strlen(lower);

  if (len > 2 && strcmp(lower + len - 2, "'s") == 0)
    len -= 2;
  gs_rules_stem(rules, lower, len, scratch);
  return gs_vocab_intern_stem(vocab, scratch->str);
}

static gpointer
word_list_flags_init(gpointer unused)
{
  static const struct {
    const char *const *words;
    guint flag;
  } lists[] = {
    {months, WORD_MONTH},
    {contrast_words, WORD_ENDS_SCOPE},
    {claim_nouns, WORD_CLAIM_NOUN},
    {fraction_words, WORD_FRACTION},
    {person_pronouns, WORD_SPEAKER_FORM},
    {group_pronouns, WORD_SPEAKER_FORM},
    {person_first_person, WORD_SPEAKER_FORM},
    {group_first_person, WORD_SPEAKER_FORM},
    {client_nouns, WORD_SPEAKER_FORM},
  };
  GHashTable *table = g_hash_table_new(g_str_hash, g_str_equal);

  for (gsize l = 0; l < G_N_ELEMENTS(lists); l++) {
    for (guint i = 0; lists[l].words[i] != NULL; i++) {
      const char *w = lists[l].words[i];
      guint flags = GPOINTER_TO_UINT(g_hash_table_lookup(table, w));

      g_hash_table_insert(table, (gpointer)w, GUINT_TO_POINTER(flags | lists[l].flag));
    }
  }
  return table;
}

/* The normaliser's own word lists as one table: word → its WORD_* bits,
 * looked up once for each new word (fill_word). Made once, never
 * freed. */
static GHashTable *
word_list_flags(void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once(&once, word_list_flags_init, NULL);
}

/* Fills in what the normaliser knows of a word under RULES: made once per
 * word and thread, then read by every statement that holds the word. */
static void
fill_word(GsVocab *vocab, GsVocabWord *e, const GsRules *rules, GString *scratch)
{
  const char *lower = e->lower;
  gsize prefix = negative_prefix(lower);
  gsize len = strlen(lower);

  e->flags = GPOINTER_TO_UINT(g_hash_table_lookup(rules->word_flags, lower));
  e->stem = stem_word(vocab, rules, lower, scratch);
  e->negated_stem = prefix > 0 ? stem_word(vocab, rules, lower + prefix, scratch) : NULL;
  e->terms = g_hash_table_lookup(rules->term_index, e->stem);
  e->number = number_word_value(lower);
  e->flags |= GPOINTER_TO_UINT(g_hash_table_lookup(word_list_flags(), lower));
  if (len > 3 && strcmp(lower + len - 3, "n't") == 0)
    e->flags |= WORD_NT;
  if (len >= 5 && strcmp(lower + len - 2, "ly") == 0)
    e->flags |= WORD_LY;
  for (guint k = 0; k < rules->negation_phrases->len; k++) {
    const char *phrase = g_ptr_array_index(rules->negation_phrases, k);

    if (strncmp(phrase, lower, len) == 0 && (phrase[len] == ' ' || phrase[len] == '\0'))
      e->flags |= WORD_PHRASE_START;
  }
  e->rules_serial = rules->serial;
}

/* The cue in lower case, white space folded. A one-word ASCII cue (most
 * are: "said", "told") is its token's vocabulary form already. */
static char *
cue_lower_case(const GsText *text, const GsToken *tokens, guint n_tokens,
               GsVocabWord *const *doc_words, const GsStatement *st)
{
  guint c = first_token_at(tokens, n_tokens, st->cue.start);
  g_autofree char *cue = NULL;

  if (c < n_tokens && tokens[c].start == st->cue.start && tokens[c].end == st->cue.end) {
    const char *data = gs_text_get_data(text, NULL);
    gboolean ascii = TRUE;

    for (guint32 k = tokens[c].start; k < tokens[c].end && ascii; k++)
      ascii = (guchar)data[k] < 0x80;
    if (ascii)
      return g_strdup(doc_words[c]->lower);
  }
  cue = gs_text_dup_folded(text, st->cue.start, st->cue.end);
  return g_utf8_strdown(cue, -1);
}

/* Words that end the head of a source's name: "sources within the party"
 * are sources, "a spokesman for the ministry" a spokesman. */
static const char *const name_head_ends[] = {"of", "for", "within", "in", "at", "from", "close",
                                             "familiar", "with", "on", "who", "to", NULL};

/* The interned stem of LOWER (one word), NULL for a stop word. */
static const char *
word_stem(GsAnalysis *a, const char *lower, GString *scratch)
{
  GsVocabWord *entry = gs_vocab_intern(a->vocab, lower, strlen(lower));

  if (entry->rules_serial != a->rules->serial)
    fill_word(a->vocab, entry, a->rules, scratch);
  return (entry->flags & GS_RULES_WORD_STOP) ? NULL : entry->stem;
}

/* The stems of the head noun of SOURCE's name ("Michael Howard" →
 * howard, "sources within the party" → sourc) in *HEAD, and of the one
 * it speaks for ("the suspect's lawyer" → suspect) in *PRINCIPAL; NULL
 * when none. */
static void
source_stems(GsAnalysis *a, const GsSource *source, GString *scratch, const char **head,
             const char **principal)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *lower = NULL;
  gint last = -1;

  *head = *principal = NULL;
  if (source->name == NULL)
    return;
  lower = g_utf8_strdown(source->name, -1);
  words = g_strsplit(lower, " ", -1);
  for (guint k = 0; words[k] != NULL; k++) {
    if (k > 0 && in_list(name_head_ends, words[k]))
      break;
    if (words[k][0] != '\0')
      last = (gint)k;
  }
  if (last < 0)
    return;
  *head = word_stem(a, words[last], scratch);
  if (last > 0 && in_list(representatives, words[last])) {
    char *owner = words[last - 1];
    gsize suffix = gs_possessive_suffix(owner); /* "suspect's", "suspect’s" */

    if (suffix == 0)
      return;
    owner[strlen(owner) - suffix] = '\0';
    *principal = word_stem(a, owner, scratch);
  }
}

/* A statement's source, and the stems its pronouns may stand for, read
 * from its name once a document (source_stems) when a statement first
 * needs them. */
typedef struct {
  const GsSource *source;
  gboolean looked;        /* head and principal are filled in */
  const char *head;
  const char *principal;
} Speaker;

/* Marks the pronouns of SA that stand for its SOURCE (GS_WORD_SPEAKER)
 * and gives SA the stem they stand for: the source's head noun, or for
 * one who speaks for another ("the suspect's lawyer said he", "… his
 * client"), the other's. */
static void
find_speaker(GsAnalysis *a, Speaker *speaker, GsStatementAnalysis *sa, GString *scratch)
{
  const char *const *pronouns, *const *first_person;
  const GsSource *source = speaker != NULL ? speaker->source : NULL;
  gboolean first_word = TRUE;

  if (source == NULL)
    return;
  if (source->plural || source->kind == GS_SOURCE_GROUP || source->kind == GS_SOURCE_ORGANISATION) {
    pronouns = group_pronouns;
    first_person = group_first_person;
  } else if (source->kind == GS_SOURCE_PERSON || source->kind == GS_SOURCE_OTHER) {
    pronouns = person_pronouns;
    first_person = person_first_person;
  } else {
    return;
  }
  for (guint k = 0; k < sa->words->len; k++) {
    GsWord *w = &g_array_index(sa->words, GsWord, k);
    gboolean before = first_word;
    gboolean stop = (w->flags & GS_WORD_STOP) != 0;
    const char *stem;

    /* "his client": a possessive determiner keeps the clause's start */
    if (first_word && !stop && !(w->entry->mask & (1u << GS_WORDS_POSSESSIVE)))
      first_word = FALSE;
    /* most words are none of these: the source's name is read only for
     * a statement that has one */
    if (!(w->entry->flags & WORD_SPEAKER_FORM))
      continue;
    if (stop ? !(before && (in_list(person_pronouns, w->lower) || in_list(pronouns, w->lower))) &&
                   !in_list(first_person, w->lower)
             : !(before && in_list(client_nouns, w->lower)))
      continue;
    if (!speaker->looked) {
      source_stems(a, source, scratch, &speaker->head, &speaker->principal);
      speaker->looked = TRUE;
    }
    if (!stop || (before && speaker->principal != NULL && in_list(person_pronouns, w->lower)))
      stem = speaker->principal; /* "his client", "he": the one the lawyer speaks for */
    else if ((before && in_list(pronouns, w->lower)) || in_list(first_person, w->lower))
      stem = speaker->head;
    else
      continue;
    /* one stem a statement: the first pronoun's */
    if (stem == NULL || (sa->speaker != NULL && stem != sa->speaker))
      continue;
    w->flags |= GS_WORD_SPEAKER;
    sa->speaker = stem;
  }
}

static void
analyse_statement(GsAnalysis *a, const GsText *text, GsVocabWord *const *doc_words,
                  Speaker *speaker, const GsStatement *st, GsStatementAnalysis *sa,
                  GString *scratch)
{
  const GsRules *rules = a->rules;
  guint n_tokens;
  const GsToken *tokens = gs_text_get_tokens(text, &n_tokens);
  const char *data = gs_text_get_data(text, NULL);
  guint i = first_token_at(tokens, n_tokens, st->content.start);
  guint reach = 0;
  guint distance = 0;
  guint cue_position = 1;
  guint phrase_rest = 0; /* words of a phrase cue still to come: part of the cue */
  g_autofree char *cue_lower = cue_lower_case(text, tokens, n_tokens, doc_words, st);

  /* room for about every word of the content (in news prose a word, its
   * space and its share of the punctuation take six bytes), so that the
   * array seldom grows */
  sa->words = g_array_sized_new(FALSE, FALSE, sizeof(GsWord),
                                (guint)(st->content.end - st->content.start) / 6 + 4);
  sa->negating_cue = g_hash_table_contains(rules->negating_verbs, cue_lower);
  /* owned: its mention stands before the claim noun ("the union's claim"),
   * not the noun itself ("denied claims that …") */
  sa->owned_claim = gs_is_owned_claim_noun(cue_lower) && st->mention.end <= st->cue.start;
  for (; i < n_tokens && tokens[i].end <= st->content.end; i++) {
    const GsToken *t = &tokens[i];
    const char *lower;
    GsVocabWord *entry;
    guint word_flags;
    gboolean in_phrase;
    GsWord w = {0};

    /* the parser made every token's entry (attribution runs first) */
    entry = doc_words[i];
    lower = entry->lower;
    if (t->kind != GS_TOKEN_WORD && t->kind != GS_TOKEN_NUMBER) {
      if (punct_ends_scope(t, lower))
        reach = 0;
      continue;
    }
    if (entry->rules_serial != rules->serial)
      fill_word(a->vocab, entry, rules, scratch);
    w.entry = entry;
    w.lower = lower;
    w.token = i;
    w.stem = entry->stem;
    w.negated_stem = entry->negated_stem;
    word_flags = entry->flags;
    if (word_flags & (WORD_ENDS_SCOPE | GS_RULES_WORD_NEGATION_STOP))
      reach = 0;
    if (word_flags & GS_RULES_WORD_STOP)
      w.flags |= GS_WORD_STOP;
    in_phrase = phrase_rest > 0;
    if (in_phrase) {
      /* "short of" in "stopped short of banning": the cue, not what it
       * negates */
      phrase_rest--;
      w.flags |= GS_WORD_STOP;
    } else if (reach > 0) {
      w.flags |= GS_WORD_NEGATED;
      if (!(w.flags & GS_WORD_STOP)) {
        reach--;
        distance++;
      }
      w.distance = (guint8)MIN(distance, 255u);
    }
    if (!in_phrase && (word_flags & WORD_PHRASE_START) &&
        !(word_flags & GS_RULES_WORD_NEGATION_CUE)) {
      guint span = phrase_at(rules->negation_phrases, data, tokens, n_tokens, i);

      if (span > 0) {
        phrase_rest = span - 1;
        word_flags |= GS_RULES_WORD_NEGATION_CUE;
      }
    }
    if (!in_phrase && (word_flags & (GS_RULES_WORD_NEGATION_CUE | WORD_NT))) {
      /* "not only": no negation, and no topic either */
      w.flags |= GS_WORD_STOP;
      if (!phrase_at(rules->negation_exceptions, data, tokens, n_tokens, i)) {
        w.flags |= GS_WORD_NEGATION;
        reach = NEGATION_REACH;
        distance = 0;
      }
    }
    if (sa->negating_cue) {
      /* "denied his shadow cabinet was split": the claim denied is the
       * first few content words */
      w.flags ^= GS_WORD_NEGATED;
      w.distance = (guint8)MIN(MAX(cue_position, 2u) - 1, 255u);
      if (!(w.flags & GS_WORD_STOP))
        cue_position++;
    }
    g_array_append_val(sa->words, w);
  }

  find_numbers(a, text, sa);
  find_concepts(rules, sa);
  find_speaker(a, speaker, sa, scratch);

  /* Distinct content stems, and what the statement is about in time. */
  sa->stems = g_ptr_array_sized_new(sa->words->len);
  for (guint k = 0; k < sa->words->len; k++) {
    const GsWord *w = &g_array_index(sa->words, GsWord, k);

    if ((w->entry->flags & WORD_MONTH) && sa->when == NULL)
      sa->when = w->stem;
    if (w->flags & (GS_WORD_STOP | GS_WORD_NUMBER | GS_WORD_NEGATION) || strlen(w->lower) < 2)
      continue;
    sa->n_content++;
    g_ptr_array_add(sa->stems, (gpointer)w->stem);
  }
  for (guint k = 0; k < sa->numbers->len && sa->when == NULL; k++) {
    const GsNumber *num = &g_array_index(sa->numbers, GsNumber, k);

    if (num->kind == GS_NUMBER_YEAR)
      sa->when = g_array_index(sa->words, GsWord, num->word).stem;
  }
  g_ptr_array_sort(sa->stems, compare_strings);
  /* remove duplicates: equal stems are the same interned pointer */
  {
    guint out = 0;

    for (guint k = 0; k < sa->stems->len; k++) {
      if (out > 0 && g_ptr_array_index(sa->stems, out - 1) == g_ptr_array_index(sa->stems, k))
        continue;
      sa->stems->pdata[out++] = sa->stems->pdata[k];
    }
    g_ptr_array_set_size(sa->stems, out);
  }
  for (guint k = 0; k < sa->words->len && !sa->negates_something; k++) {
    const GsWord *w = &g_array_index(sa->words, GsWord, k);

    sa->negates_something = ((w->flags & GS_WORD_NEGATED) && !(w->flags & GS_WORD_STOP) &&
                             w->distance <= 2) ||
                            (w->negated_stem != NULL && !(w->flags & GS_WORD_NEGATED));
  }
  for (guint k = 0; k < sa->concepts->len && !sa->negates_something; k++)
    sa->negates_something = g_array_index(sa->concepts, GsConcept, k).polarity < 0;
  /* Speaking of an earlier claim: "denied the claim", "dismissed it",
   * or a content too short to stand alone. */
  for (guint k = 0; k < sa->words->len && k < 4; k++) {
    if (g_array_index(sa->words, GsWord, k).entry->flags & WORD_CLAIM_NOUN)
      sa->anaphoric = TRUE;
  }
  /* a content of a single word ("denied it", "dismissed the reports") */
  if (sa->n_content <= 1)
    sa->anaphoric = TRUE;
}

void
gs_normalise_run(GsDocument *doc, const GsRules *rules)
{
  GsAnalysis *a;
  guint n;
  guint n_sources;
  const GsStatement *statements = gs_document_get_statements(doc, &n);
  const GsSource *sources = gs_document_get_sources(doc, &n_sources);
  const GsText *text = gs_document_get_text(doc);
  g_autoptr(GString) scratch = g_string_new(NULL);
  g_autofree Speaker *speakers = g_new0(Speaker, MAX(n_sources, 1));

  /* attribution runs first, on this thread: the vocabulary entries it
   * made are this thread's to fill in */
  g_return_if_fail(doc->token_word != NULL && gs_vocab_is_mine(doc->vocab));
  ensure_tables();
  a = g_new0(GsAnalysis, 1);
  a->rules = rules;
  a->vocab = doc->vocab;
  a->arena = g_string_chunk_new(8192);
  a->df = g_hash_table_new(g_direct_hash, g_direct_equal);
  a->n_statements = n;
  a->statements = g_new0(GsStatementAnalysis, MAX(n, 1));
  for (guint i = 0; i < n; i++) {
    guint src = statements[i].source;

    if (src < n_sources)
      speakers[src].source = &sources[src];
    analyse_statement(a, text, doc->token_word, src < n_sources ? &speakers[src] : NULL,
                      &statements[i], &a->statements[i], scratch);
    for (guint k = 0; k < a->statements[i].stems->len; k++) {
      gpointer stem = g_ptr_array_index(a->statements[i].stems, k);

      g_hash_table_insert(a->df, stem,
                          GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(a->df, stem)) + 1));
    }
  }
  if (doc->analysis != NULL && doc->analysis_free != NULL)
    doc->analysis_free(doc->analysis);
  doc->analysis = a;
  doc->analysis_free = gs_analysis_free;
}
