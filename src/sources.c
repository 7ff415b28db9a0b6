/* The attribution stage, part two: source mentions resolved to entities.
 *
 * A mention is the phrase the text uses for a speaker ("Two Egyptian
 * security sources on Monday", "Israeli Foreign Minister Israel Katz",
 * "he", "the official"). Resolving it means:
 *   - trimming what is not the entity: determiners and numerals in front,
 *     time adjuncts ("on Monday", "at the weekend") and brackets behind;
 *   - splitting a title from a personal name ("Israeli Foreign Minister" /
 *     "Israel Katz");
 *   - linking it to an earlier entity: the same name; a surname alone
 *     ("Katz", "Mr Katz"), unless a full name with another first name
 *     makes someone new ("Bill" after "Hillary Clinton"); a definite short
 *     form ("the security sources", "the official") to the latest speaker
 *     with that head noun, and a high office by title alone ("the
 *     chancellor") to the person named just before; a pronoun, subject,
 *     object or possessive ("he", "him", "his claim"), to the latest
 *     speaker of the right number and, where the text shows it, gender;
 *   - the owner of a claim ("Trump's claim that …") without its "'s".
 * Entities are the document's GsSources; GsEntityInfo keeps what matching
 * needs beside them. */
#include "attribution-private.h"

typedef struct {
  guint first, last;      /* the trimmed mention */
  guint name_first, name_last;  /* the entity's name within it */
  gint role_first, role_last;   /* a title before a personal name, or -1 */
  gboolean person_name;   /* name is a personal name */
  gboolean definite;      /* "the …", "this …" */
  gboolean has_title;     /* Mr, Dr, Gen. … in front */
  guint acronym;          /* token of an acronym in brackets after it, or 0 */
  GsEntityGender gender;
  char head[64];          /* the name's last word in lower case, without the
                           * "'s" of a claim's owner ("Trump's claim") */
} Mention;

/* Fills in M->head: the lower-case last word of the name; for the owner
 * of a claim noun after it ("Trump's claim that …"), without its "'s". */
gsize
gs_possessive_suffix(const char *lower)
{
  gsize len = strlen(lower);

  if (len > 2 && strcmp(lower + len - 2, "'s") == 0)
    return 2;
  if (len > 4 && strcmp(lower + len - 4, "\u2019s") == 0)
    return 4;
  return 0;
}

/* Is the name ending at token LAST the owner of a claim noun after it
 * ("Trump's claim that …")? Then its "'s" is no part of the name. */
static gboolean
gs_owns_claim(const GsParser *p, guint last)
{
  return last + 1 < p->n_tok && gs_parser_form_has(p, last + 1, GS_WORDS_OWNED_CLAIM);
}

static void
gs_mention_head(const GsParser *p, Mention *m)
{
  const char *w = gs_parser_lower(p, m->name_last);
  gsize len = strlen(w);

  if (gs_owns_claim(p, m->name_last))
    len -= gs_possessive_suffix(w);
  len = MIN(len, sizeof m->head - 1);
  memcpy(m->head, w, len);
  m->head[len] = '\0';
}

static void
gs_entity_info_clear(gpointer data)
{
  GsEntityInfo *info = data;

  g_free(info->head);
  g_free(info->surname);
  g_free(info->name_lower);
  g_free(info->role_lower);
}

void
gs_sources_init(GsParser *parser)
{
  parser->entities = g_array_new(FALSE, TRUE, sizeof(GsEntityInfo));
  g_array_set_clear_func(parser->entities, gs_entity_info_clear);
  parser->recent = g_array_new(FALSE, FALSE, sizeof(guint));
  /* Own their keys: a name an entity had before it learnt its full form
   * still finds it. */
  parser->by_name = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  parser->by_surname = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

void
gs_sources_clear(GsParser *parser)
{
  g_clear_pointer(&parser->entities, g_array_unref);
  g_clear_pointer(&parser->recent, g_array_unref);
  g_clear_pointer(&parser->by_name, g_hash_table_unref);
  g_clear_pointer(&parser->by_surname, g_hash_table_unref);
}

static gboolean
gs_is_time_token(const GsParser *p, guint i)
{
  return gs_parser_form_has(p, i, GS_WORDS_TIME) || p->tok[i].kind == GS_TOKEN_NUMBER;
}

/* Does the phrase [i, last] consist of a time adjunct only ("on Monday",
 * "at the weekend", "last week", "on October 7")? */
static gboolean
gs_is_time_adjunct(const GsParser *p, guint i, guint last)
{
  gboolean saw_time = FALSE;

  if (gs_parser_is(p, i, "on") || gs_parser_is(p, i, "at") || gs_parser_is(p, i, "in") ||
      gs_parser_is(p, i, "during") || gs_parser_is(p, i, "late") || gs_parser_is(p, i, "early"))
    i++;
  for (; i <= last; i++) {
    if (gs_is_time_token(p, i))
      saw_time = TRUE;
    else if (!gs_parser_has(p, i, GS_WORDS_DETERMINER))
      return FALSE;
  }
  return saw_time;
}

static gboolean
gs_is_possessive(const GsParser *p, guint i)
{
  const char *w = gs_parser_lower(p, i);
  gsize len = strlen(w);

  return (len > 2 && strcmp(w + len - 2, "'s") == 0) || (len > 1 && w[len - 1] == '\'');
}

/* Titles of four letters written without a full stop ("Insp Taylor",
 * "Miss Somers"); shorter role words ("Mr", "Gen", "Sgt") are titles
 * anyway, longer ones ("Head of …", "Vice spokesman") seldom are. */
static const char *const short_titles[] = {"miss", "insp", "supt", "capt", "prof", NULL};

/* Is role word I a title's short form: abbreviated ("Gen."), of three
 * letters or fewer ("Mr", "Sgt"), or one of the short titles? */
static gboolean
gs_is_short_title(const GsParser *p, guint i)
{
  const char *w = gs_parser_lower(p, i);

  if ((p->tok[i].flags & GS_TOKEN_FLAG_ABBREVIATION) || strlen(w) <= 3)
    return TRUE;
  for (guint k = 0; short_titles[k] != NULL; k++) {
    if (strcmp(w, short_titles[k]) == 0)
      return TRUE;
  }
  return FALSE;
}

/* Trims the mention and finds its name and title. FALSE when nothing is
 * left. */
static gboolean
gs_mention_analyse(const GsParser *p, guint first, guint last, Mention *m)
{
  guint cut;

  memset(m, 0, sizeof(*m));
  m->role_first = m->role_last = -1;
  /* Leading determiners, numerals and quantifiers; note definiteness. */
  while (first <= last) {
    const char *w = gs_parser_lower(p, first);

    if (p->tok[first].kind == GS_TOKEN_NUMBER ||
        gs_parser_form_has(p, first, GS_WORDS_DETERMINER) || p->tok[first].kind == GS_TOKEN_PUNCT ||
        p->tok[first].kind == GS_TOKEN_QUOTE || p->tok[first].kind == GS_TOKEN_DASH) {
      if (strcmp(w, "the") == 0 || strcmp(w, "this") == 0 || strcmp(w, "these") == 0 ||
          strcmp(w, "those") == 0)
        m->definite = TRUE;
      /* "The Post", "The Times": a capitalised article inside a title
       * stays part of the name when a capital follows. */
      if (strcmp(w, "the") == 0 && gs_parser_is_cap(p, first) && first > 0 &&
          !(p->tok[first].flags & GS_TOKEN_FLAG_LINE_START) && first + 1 <= last &&
          gs_parser_is_cap(p, first + 1) && p->sentence_of[first - 1] == p->sentence_of[first] &&
          p->tok[first - 1].kind == GS_TOKEN_WORD)
        break;
      first++;
      continue;
    }
    break;
  }
  /* Brackets and what they hold: "(R-IN)"; an acronym in them
   * ("… Territories (COGAT)") is kept as another name of the entity. */
  while (first <= last && (p->tok[last].kind == GS_TOKEN_PUNCT || p->tok[last].kind == GS_TOKEN_QUOTE)) {
    if (strcmp(gs_parser_lower(p, last), ")") == 0) {
      guint k = last;

      while (k > first && strcmp(gs_parser_lower(p, k), "(") != 0)
        k--;
      if (k + 2 == last && (p->tok[k + 1].flags & GS_TOKEN_FLAG_ALL_CAPS))
        m->acronym = k + 1;
      last = k > first ? k - 1 : first;
      if (k == first)
        return FALSE;
      continue;
    }
    if (last == first)
      return FALSE;
    last--;
  }
  /* Trailing time adjuncts: "on Monday", "at the weekend", "Sunday". */
  for (guint i = first + 1; i <= last; i++) {
    if (gs_is_time_adjunct(p, i, last) &&
        (!gs_parser_is_cap(p, i) || gs_is_time_token(p, i) || gs_parser_is(p, i, "on") ||
         gs_parser_is(p, i, "at") || gs_parser_is(p, i, "in"))) {
      last = i - 1;
      break;
    }
  }
  if (first > last)
    return FALSE;
  m->first = first;
  m->last = last;

  /* A title in front: Mr, Dr, Gen., Insp */
  if (gs_parser_has(p, first, GS_WORDS_ROLE) && gs_parser_is_cap(p, first) &&
      first < last && gs_is_short_title(p, first))
    m->has_title = TRUE;

  /* The name ends before a postmodifier: "official close to the talks",
   * "doctor at the hospital"; "of" between capitals stays ("Bank of
   * England"). */
  cut = last;
  for (guint i = first + 1; i <= last; i++) {
    const char *w = gs_parser_lower(p, i);

    if (p->tok[i].kind != GS_TOKEN_WORD || gs_parser_is_cap(p, i))
      continue;
    if (gs_parser_form_has(p, i, GS_WORDS_NP_PREPOSITION) ||
        gs_parser_form_has(p, i, GS_WORDS_CLAUSE_BREAK) || g_str_has_suffix(w, "ing")) {
      if ((strcmp(w, "of") == 0 || strcmp(w, "for") == 0) && i + 1 <= last &&
          (gs_parser_is_cap(p, i + 1) || gs_parser_is(p, i + 1, "the")) && gs_parser_is_cap(p, i - 1))
        continue;
      if (strcmp(w, "and") == 0)
        break;
      cut = i - 1;
      break;
    }
  }
  /* Coordination: the first conjunct names the entity ("security sources
   * and a news channel"). */
  for (guint i = first + 1; i <= cut; i++) {
    if (gs_parser_is(p, i, "and") || gs_parser_is(p, i, "&") || p->tok[i].kind == GS_TOKEN_PUNCT) {
      if (gs_parser_is(p, i, "&") && gs_parser_is_cap(p, i - 1) && i < cut && gs_parser_is_cap(p, i + 1))
        continue;
      cut = i - 1;
      break;
    }
  }
  m->name_first = first;
  m->name_last = cut;

  /* A personal name at the end, after a title: "Israeli Foreign Minister
   * Israel Katz", "Liverpool chief executive Rick Parry". */
  {
    gint k = (gint)cut;

    while (k >= (gint)first && gs_parser_is_cap(p, (guint)k) &&
           p->tok[k].kind == GS_TOKEN_WORD &&
           !gs_parser_has(p, (guint)k, GS_WORDS_ROLE) &&
           !gs_parser_has(p, (guint)k, GS_WORDS_ORGANISATION) &&
           !gs_is_possessive(p, (guint)k) &&
           !(p->tok[k].flags & GS_TOKEN_FLAG_ALL_CAPS && cut - (guint)k >= 1))
      k--;
    if (k < (gint)cut) {
      guint name_start = (guint)(k + 1);
      guint name_len = cut - name_start + 1;
      gboolean titled = k >= (gint)first;

      if (titled && name_len <= 4) {
        /* Title then name. A title word must be a role word ("Minister",
         * "spokesperson", "Mr"); "Gaza health" is not. */
        /* One word after a title is a surname only after a title of a
         * person ("Minister Katz", "Mr Ebbers"), not "Government
         * Activities". */
        /* A lower-case noun before a full name describes the person
         * too: "army engineer Olga Petrov", "activist Ada Brun". */
        gboolean describes = name_len >= 2 && !gs_parser_is_cap(p, (guint)k) &&
                             p->tok[k].kind == GS_TOKEN_WORD &&
                             !gs_parser_has(p, (guint)k, GS_WORDS_DETERMINER) &&
                             !gs_parser_has(p, (guint)k, GS_WORDS_NP_PREPOSITION) &&
                             !gs_parser_has(p, (guint)k, GS_WORDS_CLAUSE_BREAK);

        if ((gs_parser_has(p, (guint)k, GS_WORDS_ROLE) || describes) &&
            (name_len >= 2 || gs_parser_has(p, (guint)k, GS_WORDS_PERSON_NOUN) ||
             gs_is_short_title(p, (guint)k))) {
          m->person_name = TRUE;
          m->role_first = (gint)first;
          m->role_last = k;
          m->name_first = name_start;
        }
      } else if (!titled && name_len >= 2 && name_len <= 4) {
        m->person_name = TRUE;
      } else if (!titled && name_len == 1 && m->has_title) {
        m->person_name = TRUE;
      }
    }
    if (m->has_title && m->name_first == first && first < cut) {
      m->name_first = first + 1;
      m->person_name = TRUE;
    }
  }
  gs_mention_head(p, m);
  m->gender = GS_ENTITY_GENDER_UNKNOWN;
  for (guint i = first; i <= m->name_last && i <= first + 6; i++) {
    if (!m->person_name && i > first && !gs_parser_form_has(p, i, GS_WORDS_ROLE))
      continue;
    if (gs_parser_form_has(p, i, GS_WORDS_FEMALE)) {
      m->gender = GS_ENTITY_GENDER_FEMALE;
      break;
    }
    if (gs_parser_form_has(p, i, GS_WORDS_MALE)) {
      m->gender = GS_ENTITY_GENDER_MALE;
      break;
    }
  }
  return TRUE;
}

/* How far back a surname looks for the full name it shortens. */
#define SURNAME_REACH 4000

/* Does the capitalised word at I end a two-word name earlier in the
 * article ("Gerrard" after "Steven Gerrard")? News prose names a person
 * in full once, then by surname. */
static gboolean
gs_is_known_surname(const GsParser *p, guint i)
{
  const char *form = gs_parser_lower(p, i);
  guint from = i > SURNAME_REACH ? i - SURNAME_REACH : 1;

  if (!gs_parser_is_cap(p, i) || p->tok[i].kind != GS_TOKEN_WORD)
    return FALSE;
  for (guint k = from; k < i; k++) {
    /* (forms are interned: the same word is the same pointer; not after
     * an acronym: "PGA Tour", "BBC News" name organisations) */
    if (p->lower[k] == form && gs_parser_is_cap(p, k) && gs_parser_is_cap(p, k - 1) &&
        p->tok[k - 1].kind == GS_TOKEN_WORD && !gs_parser_has(p, k - 1, GS_WORDS_DETERMINER) &&
        !(p->tok[k - 1].flags & GS_TOKEN_FLAG_ALL_CAPS))
      return TRUE;
  }
  return FALSE;
}

static GsSourceKind
gs_mention_kind(const GsParser *p, const Mention *m, gboolean *plural)
{
  const char *head = m->head;

  *plural = FALSE;
  if (m->person_name)
    return GS_SOURCE_PERSON;
  if (gs_parser_form_has(p, m->name_last, GS_WORDS_ORGANISATION))
    return GS_SOURCE_ORGANISATION;
  if (gs_parser_form_has(p, m->name_last, GS_WORDS_GROUP_NOUN) ||
      (!gs_parser_is_cap(p, m->name_last) && g_str_has_suffix(head, "s") &&
       !g_str_has_suffix(head, "ss"))) {
    *plural = TRUE;
    return GS_SOURCE_GROUP;
  }
  if (gs_parser_form_has(p, m->name_last, GS_WORDS_PERSON_NOUN) ||
      gs_parser_form_has(p, m->name_last, GS_WORDS_ROLE))
    return GS_SOURCE_PERSON;
  if (p->tok[m->name_last].flags & GS_TOKEN_FLAG_ALL_CAPS)
    return GS_SOURCE_ORGANISATION;
  if (m->name_first == m->name_last && gs_is_known_surname(p, m->name_last))
    return GS_SOURCE_PERSON;
  return GS_SOURCE_OTHER;
}

static GsSource *
gs_source_at(GsParser *p, guint i)
{
  return &g_array_index(p->doc->sources, GsSource, i);
}

static GsEntityInfo *
gs_info_at(GsParser *p, guint i)
{
  return &g_array_index(p->entities, GsEntityInfo, i);
}

/* Speakers, most recent first. */
static gint
gs_compare_recency(gconstpointer a, gconstpointer b, gpointer data)
{
  GsParser *p = data;
  const GsEntityInfo *x = gs_info_at(p, *(const guint *)a);
  const GsEntityInfo *y = gs_info_at(p, *(const guint *)b);

  return x->last_speech < y->last_speech ? 1 : x->last_speech > y->last_speech ? -1 : 0;
}

/* Speakers, most recent first: the RECENT_SPEAKERS latest, which is as
 * far back as a pronoun or a short form reaches in news prose (and keeps
 * resolution linear in the length of an article). */
#define RECENT_SPEAKERS 48

static GArray *
gs_recent_speakers(GsParser *p, guint before)
{
  GArray *order = g_array_new(FALSE, FALSE, sizeof(guint));

  for (guint i = 0; i < p->recent->len && order->len < RECENT_SPEAKERS; i++) {
    guint e = g_array_index(p->recent, guint, i);

    if (gs_info_at(p, e)->last_speech <= before)
      g_array_append_val(order, e);
  }
  g_array_sort_with_data(order, gs_compare_recency, p);
  return order;
}

/* The subject pronoun of a possessive or object one ("his", "him" →
 * "he"), or NULL: "his claim that …" is a claim of whoever "he" would be,
 * and "shows him saying …" has him speak. */
static const char *
gs_possessive_pronoun(const char *w)
{
  static const char *const pairs[][2] = {{"his", "he"}, {"her", "she"}, {"their", "they"},
                                         {"its", "it"}, {"our", "we"}, {"my", "i"},
                                         {"him", "he"}, {"them", "they"}, {"us", "we"},
                                         {"me", "i"}};

  for (gsize k = 0; k < G_N_ELEMENTS(pairs); k++) {
    if (strcmp(w, pairs[k][0]) == 0)
      return pairs[k][1];
  }
  return NULL;
}

static guint
gs_resolve_pronoun(GsParser *p, const char *w, guint at)
{
  g_autoptr(GArray) order = gs_recent_speakers(p, at);
  gboolean he = strcmp(w, "he") == 0, she = strcmp(w, "she") == 0;
  gboolean they = strcmp(w, "they") == 0, it = strcmp(w, "it") == 0;

  /* First pass: the best fit; second pass: any speaker of the right
   * number. */
  for (guint pass = 0; pass < 2; pass++) {
    for (guint i = 0; i < order->len; i++) {
      guint e = g_array_index(order, guint, i);
      const GsSource *s = gs_source_at(p, e);
      GsEntityInfo *info = gs_info_at(p, e);

      if (he || she) {
        GsEntityGender want = he ? GS_ENTITY_GENDER_MALE : GS_ENTITY_GENDER_FEMALE;

        if (s->plural || (info->gender != GS_ENTITY_GENDER_UNKNOWN && info->gender != want))
          continue;
        if (pass == 0 && s->kind != GS_SOURCE_PERSON)
          continue;
        if (info->gender == GS_ENTITY_GENDER_UNKNOWN && s->kind == GS_SOURCE_PERSON)
          info->gender = want;
        return e;
      }
      if (they) {
        if (pass == 0 && !s->plural && s->kind != GS_SOURCE_ORGANISATION)
          continue;
        if (pass == 1 && s->kind == GS_SOURCE_PERSON && !s->plural)
          continue;
        return e;
      }
      if (it) {
        if (s->plural || s->kind == GS_SOURCE_PERSON)
          continue;
        if (pass == 0 && s->kind == GS_SOURCE_GROUP)
          continue;
        return e;
      }
      /* we, I: the latest speaker */
      return e;
    }
  }
  return GS_NONE;
}

static char *
gs_span_text(const GsParser *p, guint first, guint last)
{
  return gs_text_dup_folded(p->text, p->tok[first].start, p->tok[last].end);
}

/* Lower-case words of [first, last], for subset tests. */
static gboolean
gs_name_contains_words(const GsParser *p, const char *name_lower, guint first, guint last)
{
  for (guint i = first; i <= last; i++) {
    const char *w = gs_parser_lower(p, i);
    const char *hit;
    gsize len = strlen(w);

    if (p->tok[i].kind != GS_TOKEN_WORD)
      continue;
    hit = strstr(name_lower, w);
    if (hit == NULL || (hit != name_lower && hit[-1] != ' ') ||
        (hit[len] != '\0' && hit[len] != ' ' && hit[len] != '\''))
      return FALSE;
  }
  return TRUE;
}

/* The entity of exactly this NAME (any case), or GS_NONE. */
static guint
gs_entity_named(GsParser *p, const char *name)
{
  g_autofree char *name_lower = g_utf8_strdown(name, -1);
  gpointer hit = g_hash_table_lookup(p->by_name, name_lower);

  return hit != NULL ? GPOINTER_TO_UINT(hit) - 1 : GS_NONE;
}

/* Is token I a known first name ("Hillary", "Jim"), not a title or a
 * role ("Mrs", "Lady")? */
static gboolean
gs_is_first_name(const GsParser *p, guint i)
{
  return (gs_parser_form_has(p, i, GS_WORDS_MALE) || gs_parser_form_has(p, i, GS_WORDS_FEMALE)) &&
         !gs_parser_form_has(p, i, GS_WORDS_ROLE) && !gs_parser_form_has(p, i, GS_WORDS_PRONOUN) &&
         gs_parser_is_cap(p, i);
}

/* Offices one person holds, which news prose names its holder by ("the
 * chancellor", "the president") once it has named them. */
static gboolean
gs_is_high_office(const char *head)
{
  static const char *const offices[] = {"chancellor", "president", "premier", "senator",
                                        "governor", "mayor", "pope", "king", "queen", NULL};

  return g_strv_contains(offices, head);
}

static guint
gs_find_entity(GsParser *p, const Mention *m, const char *name, guint at)
{
  const char *head = m->head;
  guint named = gs_entity_named(p, name);
  gpointer hit;

  /* The same name. */
  if (named != GS_NONE)
    return named;
  /* A surname alone, or a fuller form of a known name (the latest with
   * that surname). A bare name seen first ("Howard denies …" in a
   * headline) is the same person as the full name met later, and learns
   * it. */
  hit = g_hash_table_lookup(p->by_surname, head);
  if (hit != NULL && (m->person_name || (m->name_first == m->name_last && gs_parser_is_cap(p, m->name_first)))) {
    guint e = GPOINTER_TO_UINT(hit) - 1;
    GsSource *s = gs_source_at(p, e);

    if (!m->person_name)
      return e;
    /* "Bill Clinton" after "Hillary Clinton": a full name whose first
     * name (a known one: "Insp Taylor" is a title and a surname) the
     * known full name lacks is someone else of that name */
    if (m->name_first < m->name_last && strchr(s->name, ' ') != NULL &&
        gs_is_first_name(p, m->name_first) &&
        !gs_name_contains_words(p, gs_info_at(p, e)->name_lower, m->name_first, m->name_first))
      return GS_NONE;
    if (s->kind == GS_SOURCE_PERSON ||
        (s->kind == GS_SOURCE_OTHER && strchr(s->name, ' ') == NULL)) {
      s->kind = GS_SOURCE_PERSON;
      if (m->name_first < m->name_last && strchr(s->name, ' ') == NULL) {
        GsEntityInfo *info = gs_info_at(p, e);

        g_free(s->name);
        s->name = g_strdup(name);
        g_free(info->name_lower);
        info->name_lower = g_utf8_strdown(name, -1);
        g_hash_table_insert(p->by_name, g_strdup(info->name_lower), GUINT_TO_POINTER(e + 1));
      }
      return e;
    }
  }
  /* A definite short form: "the official", "the security sources". */
  if (m->definite && !m->person_name) {
    g_autoptr(GArray) order = gs_recent_speakers(p, at);

    for (guint i = 0; i < order->len; i++) {
      guint e = g_array_index(order, guint, i);
      const GsEntityInfo *info = gs_info_at(p, e);
      const char *other = info->name_lower;
      const char *role = info->role_lower;

      if ((strcmp(info->head, head) == 0 &&
           gs_name_contains_words(p, other, m->name_first, m->name_last)) ||
          (role != NULL && g_str_has_suffix(role, head) &&
           gs_name_contains_words(p, role, m->name_first, m->name_last)))
        return e;
    }
    /* "Gordon Brown has called for … the UK chancellor predicted …": a
     * high office named by its title alone, right after a person spoke,
     * is that person, unless the person holds another title */
    if (order->len > 0 && m->name_last == m->last && gs_is_high_office(head)) {
      guint e = g_array_index(order, guint, 0);
      const GsSource *s = gs_source_at(p, e);
      const GsEntityInfo *info = gs_info_at(p, e);

      /* a person named by name ("Obama"), not by a noun ("spokesperson") */
      if (s->kind == GS_SOURCE_PERSON && !s->plural && g_unichar_isupper(g_utf8_get_char(s->name)) &&
          (info->role_lower == NULL || g_str_has_suffix(info->role_lower, head)))
        return e;
    }
  }
  return GS_NONE;
}

guint
gs_sources_find(GsParser *p, guint first, guint last)
{
  Mention m;
  g_autofree char *name = NULL;
  guint named;
  gpointer hit;

  if (first > last || last >= p->n_tok || !gs_mention_analyse(p, first, last, &m))
    return GS_NONE;
  /* the same name, or a surname alone for a person; nothing learnt (a
   * lookup must not turn "Sotloff" into another Sotloff) */
  name = gs_span_text(p, m.name_first, m.name_last);
  named = gs_entity_named(p, name);
  if (named != GS_NONE || m.name_first != m.name_last)
    return named;
  hit = g_hash_table_lookup(p->by_surname, m.head);
  return hit != NULL ? GPOINTER_TO_UINT(hit) - 1 : GS_NONE;
}

guint
gs_sources_resolve(GsParser *p, guint first, guint last, guint at)
{
  Mention m;
  g_autofree char *name = NULL;
  guint e;

  if (first > last || last >= p->n_tok)
    return GS_NONE;
  if (first == last && (gs_parser_has(p, first, GS_WORDS_PRONOUN) ||
                        gs_possessive_pronoun(gs_parser_lower(p, first)) != NULL)) {
    const char *w = gs_parser_lower(p, first);
    const char *subject = gs_possessive_pronoun(w);

    e = gs_resolve_pronoun(p, subject != NULL ? subject : w, at);
    if (e != GS_NONE)
      gs_source_at(p, e)->mentions++;
    return e;
  }
  if (!gs_mention_analyse(p, first, last, &m))
    return GS_NONE;
  /* "… in the Territories (COGAT) said": the bracket after the mention */
  if (m.acronym == 0 && last + 3 < p->n_tok && gs_parser_is(p, last + 1, "(") &&
      (p->tok[last + 2].flags & GS_TOKEN_FLAG_ALL_CAPS) && gs_parser_is(p, last + 3, ")"))
    m.acronym = last + 2;
  name = gs_span_text(p, m.name_first, m.name_last);
  /* "Trump's claim that …": the owner of the claim is Trump (a name that
   * ends in "'s" elsewhere, "McDonald's", keeps it) */
  if (gs_owns_claim(p, last))
    name[strlen(name) - gs_possessive_suffix(name)] = '\0';
  e = gs_find_entity(p, &m, name, at);
  if (e == GS_NONE) {
    GsSource source = {0};
    GsEntityInfo info = {0};

    source.name = g_steal_pointer(&name);
    if (m.role_first >= 0)
      source.role = gs_span_text(p, (guint)m.role_first, (guint)m.role_last);
    source.kind = gs_mention_kind(p, &m, &source.plural);
    source.first.start = p->tok[first].start;
    source.first.end = p->tok[last].end;
    info.head = g_strdup(m.head);
    if (source.kind == GS_SOURCE_PERSON && gs_parser_is_cap(p, m.name_last))
      info.surname = g_strdup(m.head);
    else if (m.name_first == m.name_last && gs_parser_is_cap(p, m.name_last))
      info.surname = g_strdup(m.head);
    info.gender = m.gender;
    info.name_lower = g_utf8_strdown(source.name, -1);
    info.role_lower = source.role != NULL ? g_utf8_strdown(source.role, -1) : NULL;
    e = gs_document_add_source(p->doc, &source);
    g_array_append_val(p->entities, info);
    {
      GsEntityInfo *stored = gs_info_at(p, e);

      g_hash_table_insert(p->by_name, g_strdup(stored->name_lower), GUINT_TO_POINTER(e + 1));
      if (stored->surname != NULL)
        g_hash_table_insert(p->by_surname, g_strdup(stored->surname), GUINT_TO_POINTER(e + 1));
    }
  } else if (gs_source_at(p, e)->role == NULL && m.role_first >= 0) {
    gs_source_at(p, e)->role = gs_span_text(p, (guint)m.role_first, (guint)m.role_last);
    g_free(gs_info_at(p, e)->role_lower);
    gs_info_at(p, e)->role_lower = g_utf8_strdown(gs_source_at(p, e)->role, -1);
  }
  if (m.acronym > 0)
    g_hash_table_insert(p->by_name, g_strdup(gs_parser_lower(p, m.acronym)), GUINT_TO_POINTER(e + 1));
  if (gs_info_at(p, e)->gender == GS_ENTITY_GENDER_UNKNOWN)
    gs_info_at(p, e)->gender = m.gender;
  gs_source_at(p, e)->mentions++;
  return e;
}

void
gs_sources_note_speech(GsParser *p, guint source, guint at)
{
  GsEntityInfo *info;

  if (source == GS_NONE)
    return;
  info = gs_info_at(p, source);
  info->spoke = TRUE;
  info->last_speech = MAX(info->last_speech, at);
  /* move it to the front of the recency list, which stays short */
  for (guint i = 0; i < p->recent->len; i++) {
    if (g_array_index(p->recent, guint, i) == source) {
      g_array_remove_index(p->recent, i);
      break;
    }
  }
  g_array_prepend_val(p->recent, source);
  if (p->recent->len > RECENT_SPEAKERS * 2)
    g_array_set_size(p->recent, RECENT_SPEAKERS * 2);
}
