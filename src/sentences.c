/* The text stage, part two: tokens, paragraphs and sentences.
 *
 * One pass tokenises the body into GsTokens (words, numbers, punctuation,
 * quote marks, ellipses, dashes, URLs), noting white space and line breaks
 * before each. A second pass decides which line breaks end a paragraph
 * (blank lines always do; a single line break does unless the text is hard-
 * wrapped or the next line goes on in lower case). A third pass finds the
 * sentence ends inside each paragraph.
 *
 * The sentence rules are those of news prose: a '.', '!', '?' or ellipsis
 * ends a sentence when what follows looks like a new one (a capital, a
 * digit, an opening quote), with closing quote marks and brackets kept on
 * the sentence they close; abbreviations are told apart by class (titles
 * never end a sentence, "No." before a number does not, "U.S." and "Inc."
 * do only before a word that typically starts a sentence). On top of that:
 * a quotation ending in '?' or '!' keeps the name and verb of saying after
 * it ("“Why?” Smith asked."); a spaced ellipsis marks words left out and
 * ends nothing unless a fourth dot or a closing quote follows; list items
 * ("1. The first 2. The second") start sentences once a list has begun.
 * Where the published "golden rules" of English sentence splitting and
 * news prose disagree, news prose wins; the test table covers both.
 */
#include "text-private.h"

#include <string.h>

typedef enum {
  ABBREV_NONE,
  ABBREV_TITLE,   /* Mr. Gen. Sen.: a name always follows */
  ABBREV_NUMERIC, /* No. Vol. p.: does not end before a number */
  ABBREV_MONTH,   /* Sept. Oct.: does not end before a number */
  ABBREV_GENERAL, /* Inc. U.S. etc.: ends only before a sentence starter */
  ABBREV_INNER,   /* e.g. i.e.: an example or a gloss always follows */
  ABBREV_STATE,   /* Calif. N.Y.: as ABBREV_GENERAL, but after "City," it
                   * ends before any capital (AP style writes "City,
                   * State," inside a sentence) */
  ABBREV_CLOCK,   /* a.m. p.m.: after a number, ends before a capital that
                   * is no day, month or time zone ("at 5 p.m. Friday") */
} AbbrevClass;

typedef struct {
  const char *word;
  AbbrevClass klass;
} AbbrevEntry;

/* Case matters: "St." is a title, "st." a street; lower-case entries are
 * the forms news prose writes in lower case. */
static const AbbrevEntry abbreviations[] = {
  {"Mr", ABBREV_TITLE}, {"Mrs", ABBREV_TITLE}, {"Ms", ABBREV_TITLE},
  {"Mx", ABBREV_TITLE}, {"Dr", ABBREV_TITLE}, {"Drs", ABBREV_TITLE},
  {"Prof", ABBREV_TITLE}, {"Gen", ABBREV_TITLE}, {"Lt", ABBREV_TITLE},
  {"Col", ABBREV_TITLE}, {"Maj", ABBREV_TITLE}, {"Capt", ABBREV_TITLE},
  {"Cmdr", ABBREV_TITLE}, {"Cdr", ABBREV_TITLE}, {"Adm", ABBREV_TITLE},
  {"Sgt", ABBREV_TITLE}, {"Cpl", ABBREV_TITLE}, {"Pvt", ABBREV_TITLE},
  {"Sen", ABBREV_TITLE}, {"Sens", ABBREV_TITLE}, {"Rep", ABBREV_TITLE},
  {"Reps", ABBREV_TITLE}, {"Gov", ABBREV_TITLE}, {"Pres", ABBREV_TITLE},
  {"Rev", ABBREV_TITLE}, {"Fr", ABBREV_TITLE}, {"Hon", ABBREV_TITLE},
  {"Messrs", ABBREV_TITLE}, {"Mme", ABBREV_TITLE}, {"Mlle", ABBREV_TITLE},
  {"Supt", ABBREV_TITLE}, {"Insp", ABBREV_TITLE}, {"Det", ABBREV_TITLE},
  {"Amb", ABBREV_TITLE}, {"Atty", ABBREV_TITLE}, {"Brig", ABBREV_TITLE},
  {"Lieut", ABBREV_TITLE}, {"Gov", ABBREV_TITLE}, {"Sec", ABBREV_TITLE},
  {"Supt", ABBREV_TITLE}, {"Msgr", ABBREV_TITLE}, {"Rt", ABBREV_TITLE},

  {"No", ABBREV_NUMERIC}, {"Nos", ABBREV_NUMERIC}, {"no", ABBREV_NUMERIC},
  {"nos", ABBREV_NUMERIC}, {"Vol", ABBREV_NUMERIC}, {"vol", ABBREV_NUMERIC},
  {"Art", ABBREV_NUMERIC}, {"art", ABBREV_NUMERIC}, {"p", ABBREV_NUMERIC},
  {"pp", ABBREV_NUMERIC}, {"Fig", ABBREV_NUMERIC}, {"fig", ABBREV_NUMERIC},
  {"ch", ABBREV_NUMERIC}, {"Ch", ABBREV_NUMERIC}, {"sec", ABBREV_NUMERIC},
  {"para", ABBREV_NUMERIC}, {"approx", ABBREV_NUMERIC}, {"ca", ABBREV_NUMERIC},
  {"c", ABBREV_NUMERIC}, {"Tel", ABBREV_NUMERIC}, {"tel", ABBREV_NUMERIC},
  {"Ref", ABBREV_NUMERIC}, {"ref", ABBREV_NUMERIC}, {"Rs", ABBREV_NUMERIC},
  {"N°", ABBREV_NUMERIC}, {"Nr", ABBREV_NUMERIC}, {"nr", ABBREV_NUMERIC},

  {"Jan", ABBREV_MONTH}, {"Feb", ABBREV_MONTH}, {"Mar", ABBREV_MONTH},
  {"Apr", ABBREV_MONTH}, {"Jun", ABBREV_MONTH}, {"Jul", ABBREV_MONTH},
  {"Aug", ABBREV_MONTH}, {"Sep", ABBREV_MONTH}, {"Sept", ABBREV_MONTH},
  {"Oct", ABBREV_MONTH}, {"Nov", ABBREV_MONTH}, {"Dec", ABBREV_MONTH},

  {"Inc", ABBREV_GENERAL}, {"Corp", ABBREV_GENERAL}, {"Ltd", ABBREV_GENERAL},
  {"Co", ABBREV_GENERAL}, {"co", ABBREV_GENERAL}, {"Cos", ABBREV_GENERAL},
  {"Bros", ABBREV_GENERAL}, {"Jr", ABBREV_GENERAL}, {"Sr", ABBREV_GENERAL},
  {"etc", ABBREV_GENERAL}, {"vs", ABBREV_GENERAL}, {"v", ABBREV_GENERAL},
  {"al", ABBREV_GENERAL}, {"Ave", ABBREV_GENERAL}, {"Blvd", ABBREV_GENERAL},
  {"Rd", ABBREV_GENERAL}, {"St", ABBREV_GENERAL}, {"st", ABBREV_GENERAL},
  {"Mt", ABBREV_GENERAL}, {"Ft", ABBREV_GENERAL}, {"Dept", ABBREV_GENERAL},
  {"dept", ABBREV_GENERAL}, {"Univ", ABBREV_GENERAL}, {"Assn", ABBREV_GENERAL},
  {"Ala", ABBREV_STATE}, {"Ariz", ABBREV_STATE}, {"Ark", ABBREV_STATE},
  {"Calif", ABBREV_STATE}, {"Colo", ABBREV_STATE}, {"Conn", ABBREV_STATE},
  {"Del", ABBREV_STATE}, {"Fla", ABBREV_STATE}, {"Ga", ABBREV_STATE},
  {"Ill", ABBREV_STATE}, {"Ind", ABBREV_STATE}, {"Kan", ABBREV_STATE},
  {"Kans", ABBREV_STATE}, {"Ky", ABBREV_STATE}, {"La", ABBREV_STATE},
  {"Md", ABBREV_STATE}, {"Mass", ABBREV_STATE}, {"Mich", ABBREV_STATE},
  {"Minn", ABBREV_STATE}, {"Miss", ABBREV_STATE}, {"Mo", ABBREV_STATE},
  {"Mont", ABBREV_STATE}, {"Neb", ABBREV_STATE}, {"Nev", ABBREV_STATE},
  {"Okla", ABBREV_STATE}, {"Ore", ABBREV_STATE}, {"Pa", ABBREV_STATE},
  {"Tenn", ABBREV_STATE}, {"Tex", ABBREV_STATE}, {"Vt", ABBREV_STATE},
  {"Va", ABBREV_STATE}, {"Wash", ABBREV_STATE}, {"Wis", ABBREV_STATE},
  {"Wyo", ABBREV_STATE}, {"W.Va", ABBREV_STATE}, {"N.Y", ABBREV_STATE},
  {"N.J", ABBREV_STATE}, {"D.C", ABBREV_STATE}, {"N.H", ABBREV_STATE},
  {"N.C", ABBREV_STATE}, {"S.C", ABBREV_STATE}, {"N.D", ABBREV_STATE},
  {"S.D", ABBREV_STATE}, {"N.M", ABBREV_STATE}, {"R.I", ABBREV_STATE},
  {"B.C", ABBREV_STATE}, {"N.B", ABBREV_STATE}, {"N.S", ABBREV_STATE},
  {"est", ABBREV_GENERAL}, {"lb", ABBREV_GENERAL},
  {"lbs", ABBREV_GENERAL}, {"oz", ABBREV_GENERAL}, {"ft", ABBREV_GENERAL},
  {"ibid", ABBREV_GENERAL},
  {"Govt", ABBREV_GENERAL}, {"govt", ABBREV_GENERAL}, {"Intl", ABBREV_GENERAL},
  {"Natl", ABBREV_GENERAL}, {"Pty", ABBREV_GENERAL}, {"Plc", ABBREV_GENERAL},
  {"Mfg", ABBREV_GENERAL}, {"Bhd", ABBREV_GENERAL}, {"Ph.D", ABBREV_GENERAL},

  /* Dotted acronyms are looked up without their last period. */
  {"a.m", ABBREV_CLOCK}, {"p.m", ABBREV_CLOCK}, {"A.M", ABBREV_CLOCK}, {"P.M", ABBREV_CLOCK},
  {"e.g", ABBREV_INNER}, {"i.e", ABBREV_INNER}, {"E.g", ABBREV_INNER},
  {"I.e", ABBREV_INNER}, {"cf", ABBREV_INNER}, {"viz", ABBREV_INNER},
};

/* Words that, capitalised, typically open a sentence: after "U.S." or
 * "Inc." they tell a sentence end from a name going on ("the U.S. Senate"
 * against "in the U.S. He said"). Closed-class words only. */
static const char *const sentence_starters[] = {
  "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He",
  "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your",
  "There", "Here", "But", "And", "Or", "So", "Yet", "However", "In", "On",
  "At", "For", "With", "From", "By", "As", "If", "When", "While", "After",
  "Before", "Although", "Though", "Because", "Since", "Until", "Meanwhile",
  "Also", "Still", "Some", "Many", "Most", "All", "Both", "Each", "Every",
  "Such", "No", "Not", "What", "Who", "Why", "How", "Where", "Which", "Then",
  "Now", "Today", "Yesterday", "Last", "Next", "Under", "During", "Despite",
  "Instead", "Other", "Another", "Several", "Few", "None", "Neither",
  "Nor", "Even", "Only", "Is", "Are", "Was", "Were", "Do", "Does", "Did",
  "Can", "Could", "Will", "Would", "Should", "May", "Might", "Must", "Has",
  "Have", "Had", "Let", "Please", "Did", "Mr.", "Mrs.", "Ms.", "Dr.",
  "Thus", "Moreover", "Furthermore", "Nevertheless", "Indeed", "Officials",
  "Police", "Authorities", "According", "Asked", "Speaking", "Earlier",
  "Later", "Separately", "Critics", "Analysts", "Experts", "Residents",
  "Witnesses", "Once", "Otherwise", "Perhaps", "Again", "Above", "Among",
  "Through", "Over", "Between", "Without", "Unlike", "Like", "To", "Of",
  "Sources",
};

/* Verbs of saying: a capitalised name and one of these after a quotation
 * that ends in '?' or '!' ("Why?" Smith asked.) is its attribution, not a
 * new sentence. */
static const char *const speech_verbs[] = {
  "said", "says", "asked", "asks", "added", "adds", "told", "tells",
  "replied", "replies", "wrote", "writes", "shouted", "shouts", "explained",
  "insisted", "noted", "argued", "declared", "continued", "recalled",
  "warned", "stressed", "answered", "responded", "cried", "yelled",
  "exclaimed", "demanded", "tweeted", "posted", "claimed", "admitted",
  "conceded", "countered", "joked", "quipped", "wondered", "whispered",
  "pleaded", "concluded", "acknowledged", "announced", "chanted", "sang",
  "screamed", "snapped", "urged", "vowed",
};

/* Words that open a preposition phrase: "At 5 a.m." or "In the U.S." on
 * their own have no verb, so an abbreviation that ends such a short run
 * does not end a sentence ("At 5 a.m. Mr. Smith left."). */
static const char *const prepositions[] = {
  "At", "By", "In", "On", "Until", "Till", "Before", "After", "Since",
  "From", "Around", "About", "Near", "Inside", "Outside", "Across",
};

static GHashTable *abbrev_table;     /* word → AbbrevClass */
static GHashTable *starter_table;    /* set of words */
static GHashTable *speech_table;     /* set of words */
static GHashTable *preposition_table; /* set of words */

static GHashTable *
gs_word_set_new(const char *const *words, gsize n)
{
  GHashTable *set = g_hash_table_new(g_str_hash, g_str_equal);

  for (gsize i = 0; i < n; i++)
    g_hash_table_add(set, (gpointer)words[i]);
  return set;
}

static gpointer
gs_sentences_init_tables(gpointer unused)
{
  abbrev_table = g_hash_table_new(g_str_hash, g_str_equal);
  for (gsize i = 0; i < G_N_ELEMENTS(abbreviations); i++)
    g_hash_table_insert(abbrev_table, (gpointer)abbreviations[i].word,
                        GINT_TO_POINTER(abbreviations[i].klass));
  starter_table = gs_word_set_new(sentence_starters, G_N_ELEMENTS(sentence_starters));
  speech_table = gs_word_set_new(speech_verbs, G_N_ELEMENTS(speech_verbs));
  preposition_table = gs_word_set_new(prepositions, G_N_ELEMENTS(prepositions));
  return NULL;
}

static void
gs_sentences_ensure_tables(void)
{
  static GOnce once = G_ONCE_INIT;

  g_once(&once, gs_sentences_init_tables, NULL);
}

/* Looks a word of LEN bytes up in a table keyed by NUL-terminated words,
 * without allocating for the common short word. */
static gpointer
gs_lookup_word(GHashTable *table, const char *word, gsize len, gboolean *found)
{
  char buf[32];
  gpointer value = NULL;

  *found = FALSE;
  if (len == 0 || len >= sizeof(buf))
    return NULL;
  memcpy(buf, word, len);
  buf[len] = '\0';
  *found = g_hash_table_lookup_extended(table, buf, NULL, &value);
  return value;
}

/* The class of WORD (LEN bytes, without its period). A hyphenated word
 * takes the class of its last part: "then-Gov.", "ex-Sen.". */
static AbbrevClass
gs_abbrev_class(const char *word, gsize len)
{
  gboolean found;
  gpointer value = gs_lookup_word(abbrev_table, word, len, &found);
  const char *hyphen = word + len;

  if (found)
    return (AbbrevClass)GPOINTER_TO_INT(value);
  while (hyphen > word && hyphen[-1] != '-')
    hyphen--;
  if (hyphen == word || hyphen == word + len)
    return ABBREV_NONE;
  hyphen--;
  value = gs_lookup_word(abbrev_table, hyphen + 1, (gsize)(word + len - hyphen - 1), &found);
  return found ? (AbbrevClass)GPOINTER_TO_INT(value) : ABBREV_NONE;
}

/* ---- character classes ------------------------------------------------ */

static inline gunichar
gs_char_at(const char *p, gsize *width)
{
  if ((guchar)*p < 0x80) {
    *width = 1;
    return (guchar)*p;
  }
  *width = (gsize)(g_utf8_next_char(p) - p);
  return g_utf8_get_char(p);
}

static inline gboolean
gs_is_word_char(gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum(c);
  if (c == 0x00AD) /* soft hyphen */
    return TRUE;
  switch (g_unichar_type(c)) {
  case G_UNICODE_LOWERCASE_LETTER:
  case G_UNICODE_UPPERCASE_LETTER:
  case G_UNICODE_TITLECASE_LETTER:
  case G_UNICODE_MODIFIER_LETTER:
  case G_UNICODE_OTHER_LETTER:
  case G_UNICODE_DECIMAL_NUMBER:
  case G_UNICODE_LETTER_NUMBER:
  case G_UNICODE_OTHER_NUMBER:
  case G_UNICODE_NON_SPACING_MARK:
  case G_UNICODE_SPACING_MARK:
  case G_UNICODE_ENCLOSING_MARK:
    return TRUE;
  default:
    return FALSE;
  }
}

static inline gboolean
gs_is_quote_char(gunichar c)
{
  switch (c) {
  case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019:
  case 0x00AB: case 0x00BB: case 0x201E: case 0x201A: case 0x2039:
  case 0x203A: case 0x201F: case 0x201B:
    return TRUE;
  default:
    return FALSE;
  }
}

static inline gboolean
gs_is_dash_char(gunichar c)
{
  return c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015 || c == 0x2212;
}

/* ---- tokeniser -------------------------------------------------------- */

/* Tokens wait in a small batch before they go to the arrays: appending
 * them one at a time cost more than finding them. */
#define TOKEN_BATCH 64

typedef struct {
  const char *data;  /* the whole input */
  const char *end;
  GArray *tokens;
  GArray *breaks;    /* guint8 per token: 0 none, 1 line break, 2 blank line */
  GsToken batch[TOKEN_BATCH];
  guint8 batch_breaks[TOKEN_BATCH];
  guint batched;
} Tokeniser;

static void
gs_flush_tokens(Tokeniser *tk)
{
  g_array_append_vals(tk->tokens, tk->batch, tk->batched);
  g_array_append_vals(tk->breaks, tk->batch_breaks, tk->batched);
  tk->batched = 0;
}

/* The token pushed last, or NULL; valid until the next push. */
static const GsToken *
gs_last_token(const Tokeniser *tk)
{
  if (tk->batched > 0)
    return &tk->batch[tk->batched - 1];
  if (tk->tokens->len > 0)
    return &g_array_index(tk->tokens, GsToken, tk->tokens->len - 1);
  return NULL;
}

static void
gs_push_token(Tokeniser *tk, const char *start, const char *stop,
              GsTokenKind kind, guint flags, guint8 brk)
{
  if (tk->batched == TOKEN_BATCH)
    gs_flush_tokens(tk);
  tk->batch[tk->batched] = (GsToken){
    .start = (guint32)(start - tk->data),
    .end = (guint32)(stop - tk->data),
    .kind = (guint16)kind,
    .flags = (guint16)flags,
  };
  tk->batch_breaks[tk->batched++] = brk;
}

/* Is P the start of "ddd" followed by something that is not a digit or a
 * letter? Used for "1 200" and "33 207" digit grouping. */
static gboolean
gs_is_digit_group(const char *p, const char *end)
{
  gsize width;

  if (end - p < 3 || !g_ascii_isdigit(p[0]) || !g_ascii_isdigit(p[1]) ||
      !g_ascii_isdigit(p[2]))
    return FALSE;
  if (p + 3 == end)
    return TRUE;
  return !gs_is_word_char(gs_char_at(p + 3, &width));
}

/* Width of a grouping space at P (space, no-break space, thin spaces), or
 * 0. */
static gsize
gs_group_space_width(const char *p, const char *end)
{
  if (p >= end)
    return 0;
  if (*p == ' ')
    return 1;
  if (end - p >= 2 && (guchar)p[0] == 0xC2 && (guchar)p[1] == 0xA0)
    return 2;
  if (end - p >= 3 && (guchar)p[0] == 0xE2 && (guchar)p[1] == 0x80 &&
      ((guchar)p[2] == 0xAF || (guchar)p[2] == 0x89))
    return 3;
  return 0;
}

/* Width of a possessive "'s" or "’s" at P that ends a word ("Jr.'s",
 * "1990's"), or 0. */
static gsize
gs_possessive_width(const char *p, const char *end)
{
  gsize qw, width;

  if (p >= end)
    return 0;
  if (*p == '\'')
    qw = 1;
  else if (end - p >= 3 && (guchar)p[0] == 0xE2 && (guchar)p[1] == 0x80 && (guchar)p[2] == 0x99)
    qw = 3;
  else
    return 0;
  if (p + qw >= end || (p[qw] != 's' && p[qw] != 'S'))
    return 0;
  if (p + qw + 1 < end && gs_is_word_char(gs_char_at(p + qw + 1, &width)))
    return 0;
  return qw + 1;
}

/* Scans a number or a word that starts with a digit ("1990s", "17-year-old").
 * Returns the end and sets *kind. */
static const char *
gs_scan_number(const char *p, const char *end, GsTokenKind *kind)
{
  const char *start = p;
  gsize width, possessive;
  gboolean grouped_by_space_ok;

  while (p < end && g_ascii_isdigit(*p))
    p++;
  /* Space grouping only after a first group of 1-3 digits. */
  grouped_by_space_ok = (p - start) <= 3;
  for (;;) {
    gsize sw;

    if (p + 1 < end && (*p == ',' || *p == '.') && g_ascii_isdigit(p[1])) {
      p++;
      while (p < end && g_ascii_isdigit(*p))
        p++;
      grouped_by_space_ok = FALSE;
      continue;
    }
    sw = gs_group_space_width(p, end);
    if (grouped_by_space_ok && sw > 0 && gs_is_digit_group(p + sw, end)) {
      p += sw + 3;
      continue;
    }
    break;
  }
  *kind = GS_TOKEN_NUMBER;
  /* "1990's" is one word, as "1990s" is. */
  possessive = gs_possessive_width(p, end);
  if (possessive > 0) {
    *kind = GS_TOKEN_WORD;
    return p + possessive;
  }
  /* Letters glued on make a word: 1990s, 3rd, 17-year-old, 5km. */
  if (p < end && (gs_is_word_char(gs_char_at(p, &width)) ||
                  (*p == '-' && p + 1 < end && gs_is_word_char(gs_char_at(p + 1, &width))))) {
    *kind = GS_TOKEN_WORD;
    while (p < end) {
      gunichar c = gs_char_at(p, &width);

      if (gs_is_word_char(c)) {
        p += width;
      } else if ((c == '-' || c == '.') && p + 1 < end &&
                 gs_is_word_char(gs_char_at(p + 1, &width)) && c == '-') {
        p += 1;
      } else {
        break;
      }
    }
  }
  return p;
}

/* Scans a word starting at P: letters and digits, joined by inner
 * apostrophes (don't, Israel's, Israel’s), hyphens (short-lived), and
 * ampersands between capitals (AT&T). */
static const char *
gs_scan_word(const char *p, const char *end)
{
  const char *start = p;
  gsize width;

  while (p < end) {
    gunichar c;

    /* the common case: a run of ASCII letters and digits */
    while (p < end && g_ascii_isalnum(*p))
      p++;
    if (p >= end)
      break;
    c = gs_char_at(p, &width);
    if (gs_is_word_char(c)) {
      p += width;
      continue;
    }
    /* "N°" (numéro) is a word, so that "N°. 12" reads as "No. 12". */
    if (c == 0x00B0 && p - start == 1 && (*start == 'N' || *start == 'n')) {
      p += width;
      continue;
    }
    if ((c == '\'' || c == 0x2019 || c == '-' || c == '&' || c == 0x2010 || c == 0x2011) &&
        p + width < end) {
      gsize w2;
      gunichar next = gs_char_at(p + width, &w2);

      if (gs_is_word_char(next) && (c != '&' || g_unichar_isupper(next))) {
        p += width;
        continue;
      }
    }
    break;
  }
  return p;
}

/* "U.S.", "U.S.A.", "a.m.", "e.g.", "N.Y.": single letters each followed
 * by a period. P is at the first letter; returns the end after the last
 * period, or NULL when it is not such a run. */
static const char *
gs_scan_dotted_acronym(const char *p, const char *end)
{
  const char *q = p;
  int letters = 0;
  gsize width;

  /* Most words: an ASCII letter followed by neither a dot nor, one on, a
   * degree's dot. (Every word start is looked at.) */
  if ((guchar)p[0] < 0x80 && end - p >= 3 && p[1] != '.' && p[2] != '.')
    return NULL;
  /* Degrees keep a two-letter head: "Ph.D.", "Ed.D.". Only a capital and
   * a small letter, then a single capital, so "ok.He." is no acronym. */
  if (end - p >= 5 && g_ascii_isupper(p[0]) && g_ascii_islower(p[1]) && p[2] == '.' &&
      g_ascii_isupper(p[3]) && p[4] == '.') {
    q = p + 3;
    letters = 1;
  }
  while (q + 1 < end) {
    gunichar c = gs_char_at(q, &width);

    if (!g_unichar_isalpha(c) || q[width] != '.')
      break;
    /* The letter must stand alone: "U" then ".", not "US". */
    q += width + 1;
    letters++;
    if (q >= end || !g_unichar_isalpha(gs_char_at(q, &width)))
      break;
    if (q + width < end && q[width] != '.')
      break;
  }
  return letters >= 2 ? q : NULL;
}

static gboolean
gs_scan_url(const char *p, const char *end, const char **out)
{
  const char *q = p;
  gboolean is_url = FALSE;
  gsize width;

  if ((end - p > 7 && g_ascii_strncasecmp(p, "http://", 7) == 0) ||
      (end - p > 8 && g_ascii_strncasecmp(p, "https://", 8) == 0) ||
      (end - p > 4 && g_ascii_strncasecmp(p, "www.", 4) == 0))
    is_url = TRUE;
  if (!is_url) {
    /* an e-mail address: word chars and dots, '@', a host with a dot */
    const char *at = p;

    while (at < end && (g_ascii_isalnum(*at) || *at == '.' || *at == '_' ||
                        *at == '-' || *at == '+'))
      at++;
    if (at == p || at >= end || *at != '@' || at + 1 >= end || !g_ascii_isalnum(at[1]))
      return FALSE;
    q = at + 1;
    while (q < end && (g_ascii_isalnum(*q) || *q == '.' || *q == '-'))
      q++;
    if (memchr(at, '.', (gsize)(q - at)) == NULL)
      return FALSE;
  } else {
    while (q < end && !gs_text_is_space_at(q, end, &width) && *q != '"' &&
           *q != '<' && *q != '>')
      q += (guchar)*q < 0x80 ? 1 : (gsize)(g_utf8_next_char(q) - q);
  }
  /* Sentence punctuation after a URL belongs to the sentence. */
  while (q > p && strchr(".,;:!?)]'", q[-1]) != NULL)
    q--;
  *out = q;
  return q > p;
}

/* AT is the first '@' at or after P, or END. */
static gboolean
gs_url_possible(const char *p, const char *end, const char *at)
{
  const char *q = p;

  if ((*p == 'h' || *p == 'H' || *p == 'w' || *p == 'W') && end - p > 4 &&
      (g_ascii_strncasecmp(p, "http", 4) == 0 || g_ascii_strncasecmp(p, "www.", 4) == 0))
    return TRUE;
  if (at - p > 64)
    return FALSE;
  while (q < end && q < p + 64 && (g_ascii_isalnum(*q) || *q == '.' || *q == '_' || *q == '-' || *q == '+'))
    q++;
  return q < end && *q == '@';
}

static void
gs_tokenise(GsText *text, GArray *tokens, GArray *breaks)
{
  Tokeniser tk = {.data = text->data, .end = text->data + text->len,
                  .tokens = tokens, .breaks = breaks};
  const char *p = text->data + text->body_start;
  const char *end = tk.end;
  guint newlines = 0;
  gboolean space_before = TRUE;
  gboolean line_start = TRUE;
  gboolean first = TRUE;
  /* the next '@' (an e-mail address has one): most texts have none */
  const char *at = NULL;

  while (p < end) {
    gsize width;
    gunichar c;
    const char *start = p;
    const char *stop = NULL;
    guint flags = 0;
    guint8 brk;

    /* White space: count line ends, CRLF as one. (ASCII is decided here:
     * the same six spaces as gs_text_is_space_at(), without the call.) */
    if ((guchar)*p < 0x80 ? (g_ascii_isspace(*p) && (width = 1))
                          : gs_text_is_space_at(p, end, &width)) {
      if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n'))) {
        newlines++;
        line_start = TRUE;
      }
      space_before = TRUE;
      p += width;
      continue;
    }
    if (space_before)
      flags |= GS_TOKEN_FLAG_SPACE_BEFORE;
    if (line_start)
      flags |= GS_TOKEN_FLAG_LINE_START;
    brk = first ? 0 : newlines >= 2 ? 2 : newlines == 1 ? 1 : 0;
    first = FALSE;
    newlines = 0;
    space_before = FALSE;
    line_start = FALSE;

    c = gs_char_at(p, &width);
    /* URLs start with "http" or "www"; an e-mail address holds an '@' a
     * little way on: look only then. */
    if (at == NULL || at < p) {
      at = memchr(p, '@', (gsize)(end - p));
      if (at == NULL)
        at = end;
    }
    if ((c < 0x80 && g_ascii_isalpha(c)) && gs_url_possible(p, end, at) &&
        gs_scan_url(p, end, &stop)) {
      gs_push_token(&tk, start, stop, GS_TOKEN_URL, flags, brk);
      p = stop;
      continue;
    }
    if (c < 0x80 && g_ascii_isdigit(c)) {
      GsTokenKind kind;

      p = gs_scan_number(p, end, &kind);
      gs_push_token(&tk, start, p, kind, flags, brk);
      continue;
    }
    if (gs_is_word_char(c)) {
      const char *acronym = gs_scan_dotted_acronym(p, end);

      if (acronym != NULL) {
        flags |= GS_TOKEN_FLAG_ABBREVIATION | GS_TOKEN_FLAG_CAPITALISED;
        if (!g_unichar_isupper(c))
          flags &= ~(guint)GS_TOKEN_FLAG_CAPITALISED;
        gs_push_token(&tk, start, acronym, GS_TOKEN_WORD, flags, brk);
        p = acronym;
        continue;
      }
      p = gs_scan_word(p, end);
      if (c < 0x80 ? g_ascii_isupper(c) : (g_unichar_isupper(c) || g_unichar_istitle(c))) {
        gboolean all_caps = TRUE;
        int letters = 0;

        flags |= GS_TOKEN_FLAG_CAPITALISED;
        for (const char *q = start; q < p && all_caps; q = g_utf8_next_char(q)) {
          gunichar u;

          if ((guchar)*q < 0x80) {
            if (g_ascii_isalpha(*q)) {
              letters++;
              all_caps = g_ascii_isupper(*q);
            }
            continue;
          }
          u = g_utf8_get_char(q);
          if (g_unichar_isalpha(u)) {
            letters++;
            if (!g_unichar_isupper(u))
              all_caps = FALSE;
          }
        }
        if (all_caps && letters >= 2)
          flags |= GS_TOKEN_FLAG_ALL_CAPS;
      }
      /* "D-N.Y.", "R-S.C.": a party and a state, the state a dotted
       * acronym after the hyphen; the word takes it whole. */
      if (p < end && *p == '.' && p - start >= 3 && p[-2] == '-') {
        const char *state = gs_scan_dotted_acronym(p - 1, end);

        if (state != NULL) {
          gs_push_token(&tk, start, state, GS_TOKEN_WORD, flags | GS_TOKEN_FLAG_ABBREVIATION, brk);
          p = state;
          continue;
        }
      }
      /* A known abbreviation or an initial keeps its period. "No." counts
       * only before a number. */
      if (p < end && *p == '.') {
        AbbrevClass klass = gs_abbrev_class(start, (gsize)(p - start));
        glong chars = g_utf8_strlen(start, p - start);
        gboolean initial = chars == 1 && g_unichar_isupper(c);

        if (klass == ABBREV_NUMERIC) {
          const char *q = p + 1;

          while (q < end && *q == ' ')
            q++;
          if (q >= end || !g_ascii_isdigit(*q))
            klass = ABBREV_NONE;
        }
        /* "..." after a word is an ellipsis, not an abbreviation's dot. */
        if ((klass != ABBREV_NONE || initial) && !(p + 1 < end && p[1] == '.')) {
          p++;
          flags |= GS_TOKEN_FLAG_ABBREVIATION;
        }
      }
      gs_push_token(&tk, start, p, GS_TOKEN_WORD, flags, brk);
      continue;
    }
    /* Ellipsis: "…", "...", ". . ." */
    if (c == 0x2026) {
      p += width;
      while (p < end && *p == '.')
        p++;
      gs_push_token(&tk, start, p, GS_TOKEN_ELLIPSIS, flags, brk);
      continue;
    }
    if (c == '.') {
      const char *q = p + 1;
      int dots = 1;
      gboolean spaced = FALSE;

      for (;;) {
        if (q < end && *q == '.') {
          dots++;
          q++;
          continue;
        }
        /* Spaced dots ". . .": a lone ". ." pair needs a third char that
         * goes on with the run, or "end. .NET" would be one. */
        if (q + 1 < end && *q == ' ' && q[1] == '.' &&
            (dots > 1 || (q + 2 < end && (q[2] == ' ' || q[2] == '.')))) {
          spaced = TRUE;
          q++;
          continue;
        }
        break;
      }
      if (dots >= 4 && spaced && p[1] == ' ' && !(flags & GS_TOKEN_FLAG_SPACE_BEFORE)) {
        /* "compounds. . . . The": a period glued to its word ends that
         * sentence; the spaced ellipsis after it marks words left out at
         * the start of the next one. */
        gs_push_token(&tk, start, p + 1, GS_TOKEN_PUNCT, flags, brk);
        gs_push_token(&tk, p + 2, q, GS_TOKEN_ELLIPSIS, GS_TOKEN_FLAG_SPACE_BEFORE, 0);
        p = q;
        continue;
      }
      if (dots >= 3 || (dots == 2 && spaced)) {
        gs_push_token(&tk, start, q, GS_TOKEN_ELLIPSIS, flags, brk);
        p = q;
        continue;
      }
      p++;
      gs_push_token(&tk, start, p, GS_TOKEN_PUNCT, flags, brk);
      continue;
    }
    if (gs_is_quote_char(c)) {
      const GsToken *prev = gs_last_token(&tk);
      gsize possessive = gs_possessive_width(p, end);
      gsize w2 = 0;
      gunichar next;
      gboolean open_before, close_after, opens;

      /* "Jr.'s", "U.S.'s": the possessive of an abbreviation is a word, not
       * a quote mark (inside a plain word the scanner keeps it). */
      if (possessive > 0 && prev != NULL && !(flags & GS_TOKEN_FLAG_SPACE_BEFORE) &&
          (prev->kind == GS_TOKEN_WORD || prev->kind == GS_TOKEN_NUMBER)) {
        p += possessive;
        gs_push_token(&tk, start, p, GS_TOKEN_WORD, flags, brk);
        continue;
      }
      /* Direction comes from the spacing around the mark where that is
       * plain: after white space, an opening bracket or a dash and before a
       * word it opens; after a word and before white space or punctuation
       * it closes, whichever way it curls (typing “ for ” is common, and
       * ”Fear… opens). Only the unclear cases go by its shape. */
      /* Two apostrophes (''…'') or two backquotes (``…) are one double
       * quotation mark, as some newspapers' systems write them. */
      if ((c == '\'' || c == '`') && p + 1 < end && p[1] == (char)c)
        width = 2;
      next = p + width < end ? gs_char_at(p + width, &w2) : 0;
      open_before = (flags & GS_TOKEN_FLAG_SPACE_BEFORE) || prev == NULL ||
                    prev->kind == GS_TOKEN_DASH ||
                    (prev->kind == GS_TOKEN_QUOTE && (prev->flags & GS_TOKEN_FLAG_OPEN_QUOTE)) ||
                    (prev->kind == GS_TOKEN_PUNCT && strchr("([{", text->data[prev->start]) != NULL);
      close_after = next == 0 || g_unichar_isspace(next) ||
                    (next < 0x80 && strchr(",.;:!?)]}", (int)next) != NULL);
      if (open_before != close_after)
        opens = open_before;
      else if (c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x201E || c == 0x201A ||
               c == 0x2039 || c == 0x201F || c == 0x201B)
        opens = TRUE;
      else
        opens = FALSE;
      flags |= opens ? GS_TOKEN_FLAG_OPEN_QUOTE : GS_TOKEN_FLAG_CLOSE_QUOTE;
      p += width;
      gs_push_token(&tk, start, p, GS_TOKEN_QUOTE, flags, brk);
      continue;
    }
    if (gs_is_dash_char(c) || (c == '-' && p + 1 < end && p[1] == '-')) {
      p += width;
      while (p < end && *p == '-')
        p++;
      gs_push_token(&tk, start, p, GS_TOKEN_DASH, flags, brk);
      continue;
    }
    if (c == '-') {
      p++;
      gs_push_token(&tk, start, p, GS_TOKEN_DASH, flags, brk);
      continue;
    }
    p += width;
    if (c < 0x80 && strchr(".,;:!?()[]{}", (int)c) != NULL)
      gs_push_token(&tk, start, p, GS_TOKEN_PUNCT, flags, brk);
    else
      gs_push_token(&tk, start, p, GS_TOKEN_SYMBOL, flags, brk);
  }
  gs_flush_tokens(&tk);
}

/* ---- paragraphs ------------------------------------------------------- */

/* Index of the line holding OFFSET (text.c's line map). */
static guint
gs_line_of(const GsText *text, gsize offset)
{
  return gs_text_line_index(text, offset);
}

/* Length in characters of line LINE_INDEX without its line end and
 * trailing blanks. */
static gsize
gs_line_length(const GsText *text, guint line_index)
{
  const guint32 *starts = (const guint32 *)(gpointer)text->line_starts->data;
  gsize start = starts[line_index];
  gsize end = line_index + 1 < text->line_starts->len ? starts[line_index + 1] : text->len;

  while (end > start && (text->data[end - 1] == '\n' || text->data[end - 1] == '\r' ||
                         text->data[end - 1] == ' ' || text->data[end - 1] == '\t'))
    end--;
  return (gsize)g_utf8_strlen(text->data + start, (gssize)(end - start));
}

static gboolean
gs_token_is(const GsText *text, const GsToken *t, const char *s)
{
  gsize len = strlen(s);

  return t->end - t->start == len && memcmp(text->data + t->start, s, len) == 0;
}

static gboolean
gs_token_ends_sentence_mark(const GsText *text, const GsToken *t)
{
  if (t->kind == GS_TOKEN_ELLIPSIS)
    return TRUE;
  return t->kind == GS_TOKEN_PUNCT &&
         (gs_token_is(text, t, ".") || gs_token_is(text, t, "!") || gs_token_is(text, t, "?"));
}

/* The class of an abbreviation token ("Mr." → title), or ABBREV_NONE. */
static AbbrevClass
gs_token_abbrev_class(const GsText *text, const GsToken *t)
{
  if (t->kind != GS_TOKEN_WORD || !(t->flags & GS_TOKEN_FLAG_ABBREVIATION))
    return ABBREV_NONE;
  return gs_abbrev_class(text->data + t->start, t->end - t->start - 1);
}

/* Does T hold on to whatever follows it, so that a line break after it
 * cannot end a paragraph? A title wants its name ("Sen.\nSmith"), an
 * opening quote or bracket its contents, a dash the rest of its clause. */
static gboolean
gs_token_binds_next(const GsText *text, const GsToken *t)
{
  if (t->kind == GS_TOKEN_DASH)
    return TRUE;
  if (t->kind == GS_TOKEN_QUOTE)
    return (t->flags & GS_TOKEN_FLAG_OPEN_QUOTE) != 0;
  if (t->kind == GS_TOKEN_PUNCT)
    return gs_token_is(text, t, "(") || gs_token_is(text, t, "[");
  return gs_token_abbrev_class(text, t) == ABBREV_TITLE;
}

/* A block of lines between blank lines, tokens [first, end). */
typedef struct {
  guint first;
  guint end;
  guint lines;     /* its lines but the last, as far as looked at */
  gsize width;     /* the longest of those, in characters */
  gboolean wrapped;
} LineBlock;

/* Decides, for each single line break, whether it ends a paragraph.
 *
 * A block between blank lines is "wrapped" when its lines (all but the
 * last) are nearly as long as its longest, that is 30 to 100 characters,
 * and a third of its lines go on in lower case. In a hard-wrapped text a
 * two-line block has too few lines to show its shape, so it takes the
 * width of the text's widest wrapped block. In a wrapped block a line break ends a paragraph only after a
 * line clearly shorter than the width: one that ends a sentence (the last
 * line of a paragraph), or, before a capital, one under 60% of it (a
 * headline or a list item; a wrapped line falls short of the width by
 * at most about one word).
 *
 * Elsewhere a line break ends a paragraph unless the next line goes on in
 * lower case or the line ends on a word that needs the next ("Sen.", an
 * opening quote, a dash); but in a block with no sentence punctuation at
 * all every line stands alone (a list, a menu, headings). */
static void
gs_resolve_line_breaks(const GsText *text, GArray *tokens, GArray *breaks)
{
  g_autoptr(GArray) blocks = g_array_new(FALSE, FALSE, sizeof(LineBlock));
  const GsToken *tok = (const GsToken *)(gpointer)tokens->data;
  guint8 *brk = (guint8 *)(gpointer)breaks->data;
  guint n = tokens->len;
  gsize text_width = 0;

  for (guint block_start = 0; block_start < n;) {
    LineBlock b = {block_start, block_start + 1, 0, 0, FALSE};
    guint first_line, last_line;
    gsize long_lines = 0, lower_starts = 0;

    while (b.end < n && brk[b.end] != 2) {
      const GsToken *t = &tok[b.end];

      if (brk[b.end] == 1 && t->kind == GS_TOKEN_WORD && !(t->flags & GS_TOKEN_FLAG_CAPITALISED) &&
          g_unichar_islower(g_utf8_get_char(text->data + t->start)))
        lower_starts++;
      b.end++;
    }
    first_line = gs_line_of(text, tok[b.first].start);
    last_line = gs_line_of(text, tok[b.end - 1].start);
    /* Enough to see the shape of a block; long blocks are never wrapped
     * text shown to a human in any case we can help. */
    for (guint l = first_line; l < last_line && b.lines < 200; l++, b.lines++)
      b.width = MAX(b.width, gs_line_length(text, l));
    for (guint l = first_line; l < last_line && l < first_line + 200; l++) {
      if (gs_line_length(text, l) * 10 >= b.width * 7)
        long_lines++;
    }
    /* Wrapped prose also goes on in lower case after many of its line
     * breaks, as most words are lower case; a list of titles does not. */
    b.wrapped = b.lines >= 2 && b.width <= 100 && b.width >= 30 &&
                long_lines * 10 >= b.lines * 7 && lower_starts * 3 >= b.lines;
    if (b.wrapped)
      text_width = MAX(text_width, b.width);
    g_array_append_val(blocks, b);
    block_start = b.end;
  }

  for (guint k = 0; k < blocks->len; k++) {
    const LineBlock *b = &g_array_index(blocks, LineBlock, k);
    gboolean wrapped = b->wrapped;
    gsize width = b->width;
    gboolean has_end_mark = FALSE;

    if (!wrapped && b->lines == 1 && text_width > 0 && b->width <= text_width) {
      wrapped = TRUE;
      width = text_width;
    }
    /* Short lines with no sentence punctuation at all ("features\ncontact
     * manager\nevents") are items, not a sentence broken over lines. */
    has_end_mark = wrapped || b->width >= 40;
    for (guint i = b->first; i < b->end && !has_end_mark; i++) {
      AbbrevClass klass = gs_token_abbrev_class(text, &tok[i]);

      has_end_mark = gs_token_ends_sentence_mark(text, &tok[i]) ||
                     (klass != ABBREV_NONE && klass != ABBREV_TITLE && klass != ABBREV_INNER);
    }

    for (guint i = b->first + 1; i < b->end; i++) {
      const GsToken *t = &tok[i];
      const GsToken *prev = &tok[i - 1];
      gboolean lower, prev_ends;
      gsize prev_len;

      if (brk[i] != 1)
        continue;
      lower = t->kind == GS_TOKEN_WORD && !(t->flags & GS_TOKEN_FLAG_CAPITALISED) &&
              g_unichar_islower(g_utf8_get_char(text->data + t->start));
      if (gs_token_binds_next(text, prev)) {
        brk[i] = 0;
        continue;
      }
      if (!wrapped) {
        brk[i] = (lower && has_end_mark) ? 0 : 2;
        continue;
      }
      prev_ends = gs_token_ends_sentence_mark(text, prev) ||
                  (prev->kind == GS_TOKEN_QUOTE && i - 1 > b->first &&
                   gs_token_ends_sentence_mark(text, &tok[i - 2]));
      prev_len = gs_line_length(text, gs_line_of(text, prev->start));
      if (prev_ends)
        brk[i] = prev_len * 10 < width * 8 ? 2 : 0;
      else
        brk[i] = (!lower && prev_len * 10 < width * 6) ? 2 : 0;
    }
  }
}

/* ---- sentences -------------------------------------------------------- */

static gboolean
gs_is_closing(const GsText *text, const GsToken *t)
{
  if (t->kind == GS_TOKEN_QUOTE)
    return (t->flags & GS_TOKEN_FLAG_CLOSE_QUOTE) != 0;
  return t->kind == GS_TOKEN_PUNCT &&
         (gs_token_is(text, t, ")") || gs_token_is(text, t, "]") || gs_token_is(text, t, "}"));
}

static gboolean
gs_token_in_set(GHashTable *set, const GsText *text, const GsToken *t)
{
  gboolean found;

  gs_lookup_word(set, text->data + t->start, t->end - t->start, &found);
  return found;
}

static gboolean
gs_is_starter(const GsText *text, const GsToken *t)
{
  return gs_token_in_set(starter_table, text, t);
}

static gboolean
gs_token_starts_lower(const GsText *text, const GsToken *t)
{
  gunichar c;

  if (t->kind != GS_TOKEN_WORD && t->kind != GS_TOKEN_URL)
    return FALSE;
  c = g_utf8_get_char(text->data + t->start);
  return g_unichar_islower(c);
}

/* Does the token NEXT (the first after a candidate end and its closing
 * marks) begin a new sentence, given how the candidate ended? */
static gboolean
gs_next_opens_sentence(const GsText *text, const GsToken *next)
{
  if (gs_token_starts_lower(text, next))
    return FALSE;
  if (next->kind == GS_TOKEN_PUNCT) {
    /* ", said X" or ") and": the sentence goes on. An opening bracket
     * starts a new one. */
    return gs_token_is(text, next, "(") || gs_token_is(text, next, "[");
  }
  if (next->kind == GS_TOKEN_DASH || next->kind == GS_TOKEN_ELLIPSIS)
    return FALSE;
  return TRUE;
}

/* Words that go on a time of day: "5 p.m. Friday", "9 a.m. EST". */
static const char *const clock_followers[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
  "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "ET", "EST",
  "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET",
  "CEST", "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Greenwich", NULL,
};

static gboolean
gs_is_clock_follower(const GsText *text, const GsToken *t)
{
  for (guint k = 0; clock_followers[k] != NULL; k++) {
    if (gs_token_is(text, t, clock_followers[k]))
      return TRUE;
  }
  return FALSE;
}

/* Does the abbreviation token I of [FIRST, LAST] (its '.' included) end a
 * sentence before the token after it? */
static gboolean
gs_abbrev_ends_sentence(const GsText *text, const GsToken *tokens, guint first, guint i,
                        guint last)
{
  const GsToken *t = &tokens[i];
  const GsToken *next = &tokens[i + 1];
  const GsToken *after = i + 2 <= last ? &tokens[i + 2] : NULL;
  const char *w = text->data + t->start;
  gsize len = t->end - t->start - 1; /* without the '.' */
  AbbrevClass klass = gs_abbrev_class(w, len);
  gboolean initial = g_utf8_strlen(w, (gssize)len) == 1;

  if (klass == ABBREV_TITLE || klass == ABBREV_INNER)
    return FALSE;
  /* "in the U.S. “We…" ends; "a renewed U.S. ‘occupation’" goes on. */
  if (next->kind == GS_TOKEN_QUOTE && (next->flags & GS_TOKEN_FLAG_OPEN_QUOTE))
    return after == NULL || !gs_token_starts_lower(text, after);
  if (!gs_next_opens_sentence(text, next))
    return FALSE;
  switch (klass) {
  case ABBREV_CLOCK:
    /* "ended at 5 p.m. Reporters waited": a time of day closes its
     * clause; "at 5 p.m. Friday" and "9 a.m. EST" go on */
    if (i > first && tokens[i - 1].kind == GS_TOKEN_NUMBER && next->kind == GS_TOKEN_WORD &&
        (next->flags & GS_TOKEN_FLAG_CAPITALISED))
      return !gs_is_clock_follower(text, next) &&
             /* "11:30 a.m. Tucson time" */
             !(after != NULL && (gs_token_is(text, after, "time") || gs_token_is(text, after, "Time")));
    return next->kind == GS_TOKEN_WORD && gs_is_starter(text, next);
  case ABBREV_NUMERIC:
  case ABBREV_MONTH:
    if (next->kind == GS_TOKEN_NUMBER || next->kind == GS_TOKEN_WORD) {
      if (g_ascii_isdigit(text->data[next->start]))
        return FALSE;
    }
    return next->kind == GS_TOKEN_WORD && gs_is_starter(text, next);
  case ABBREV_STATE:
    /* "in Palo Alto, Calif. Hewlett-Packard said": a state after
     * "City," with no comma of its own ends the sentence before a word;
     * a dateline goes on ("WOBURN, Mass. (AP) — A…"). */
    if (next->kind == GS_TOKEN_WORD && i >= first + 2 && gs_token_is(text, &tokens[i - 1], ",") &&
        (tokens[i - 2].flags & GS_TOKEN_FLAG_CAPITALISED))
      return TRUE;
    G_GNUC_FALLTHROUGH;
  case ABBREV_GENERAL:
  case ABBREV_NONE:
  default:
    if (initial && klass == ABBREV_NONE) {
      /* "Bake it at 350 F. Serve it warm", "-5 C. Everyone": after a
       * number a capital is a unit, not the initial of a name. */
      if (i > first && tokens[i - 1].kind == GS_TOKEN_NUMBER && next->kind == GS_TOKEN_WORD &&
          (next->flags & GS_TOKEN_FLAG_CAPITALISED) && !(next->flags & GS_TOKEN_FLAG_ABBREVIATION))
        return TRUE;
      /* "George W. Bush" goes on; "you and I. Did you" ends. */
      return next->kind == GS_TOKEN_WORD && gs_is_starter(text, next);
    }
    if (next->kind == GS_TOKEN_WORD)
      return gs_is_starter(text, next);
    return next->kind == GS_TOKEN_QUOTE;
  }
}

/* Does an ellipsis token hold a full stop too? ". . . ." does: spaced
 * dots, the fourth the stop. "...." after a space does not: news prose
 * writes it for a pause ("Rehana .... Propaganda"). */
static gboolean
gs_ellipsis_has_stop(const GsText *text, const GsToken *t)
{
  guint dots = 0;
  gboolean spaced = FALSE;

  for (guint32 k = t->start; k < t->end; k++) {
    if (text->data[k] == '.')
      dots++;
    else if (text->data[k] == ' ')
      spaced = TRUE;
  }
  return spaced && dots >= 4;
}

/* Is token I an ellipsis in brackets, "[...]" or "(…)"? It marks words
 * left out of a quotation and never ends a sentence. */
static gboolean
gs_is_bracketed_ellipsis(const GsText *text, const GsToken *tokens, guint i,
                         guint first, guint last)
{
  const GsToken *before, *after;

  if (tokens[i].kind != GS_TOKEN_ELLIPSIS || i == first || i == last)
    return FALSE;
  before = &tokens[i - 1];
  after = &tokens[i + 1];
  return (gs_token_is(text, before, "[") || gs_token_is(text, before, "(")) &&
         (gs_token_is(text, after, "]") || gs_token_is(text, after, ")"));
}

/* Is token K an ellipsis of spaced dots (". . .") right after a full stop,
 * as in "compounds. . . . The practice"? Such a stop ends its sentence and
 * the ellipsis opens the next; "…" and "..." after a stop stay with it
 * ("politics. ... I think"), as news prose writes them. */
static gboolean
gs_is_spaced_dots_after_stop(const GsText *text, const GsToken *tokens, guint k)
{
  const GsToken *t = &tokens[k];

  return t->kind == GS_TOKEN_ELLIPSIS && (t->flags & GS_TOKEN_FLAG_SPACE_BEFORE) &&
         text->data[t->start] == '.' && text->data[t->start + 1] == ' ' &&
         gs_token_is(text, &tokens[k - 1], ".");
}

static gboolean
gs_is_bullet(const GsText *text, const GsToken *t)
{
  const char *p = text->data + t->start;

  if (t->kind != GS_TOKEN_SYMBOL && t->kind != GS_TOKEN_DASH)
    return FALSE;
  if (g_utf8_next_char(p) != text->data + t->end)
    return FALSE;
  switch (g_utf8_get_char(p)) {
  case '*': case '-': case 0x2013: case 0x2014: case 0x2022: case 0x2023:
  case 0x2043: case 0x25E6: case 0x25AA: case 0x25CF: case 0x00B7:
    return TRUE;
  default:
    return FALSE;
  }
}

/* A list marker at token K: an optional bullet, an item number of at most
 * three digits or one lower-case letter, "." and/or ")" glued to it, then
 * a capitalised word or a quote ("1. The", "2) The", "3.) The", "a. The",
 * "• 9. The", "⁃10. The"). Returns the index of the item's first word, or
 * 0 when there is no marker; *ordinal gets the item's number (a = 1), so
 * that the next item can be looked for. */
static guint
gs_list_marker(const GsText *text, const GsToken *tokens, guint k, guint last,
               guint *ordinal)
{
  const GsToken *t;
  const char *p;
  guint value = 0;
  guint m;

  if (k <= last && gs_is_bullet(text, &tokens[k]))
    k++;
  if (k + 1 > last)
    return 0;
  t = &tokens[k];
  p = text->data + t->start;
  if (t->kind == GS_TOKEN_NUMBER && t->end - t->start <= 3) {
    for (guint32 c = t->start; c < t->end; c++) {
      if (!g_ascii_isdigit(text->data[c]))
        return 0;
      value = value * 10 + (guint)(text->data[c] - '0');
    }
  } else if (t->kind == GS_TOKEN_WORD && t->end - t->start == 1 && *p >= 'a' && *p <= 'z') {
    value = (guint)(*p - 'a') + 1;
  } else {
    return 0;
  }
  m = k + 1;
  if (m <= last && !(tokens[m].flags & GS_TOKEN_FLAG_SPACE_BEFORE) &&
      gs_token_is(text, &tokens[m], "."))
    m++;
  if (m <= last && !(tokens[m].flags & GS_TOKEN_FLAG_SPACE_BEFORE) &&
      gs_token_is(text, &tokens[m], ")"))
    m++;
  if (m == k + 1 || m > last)
    return 0;
  t = &tokens[m];
  if (!(t->flags & GS_TOKEN_FLAG_SPACE_BEFORE) ||
      !((t->kind == GS_TOKEN_WORD && (t->flags & GS_TOKEN_FLAG_CAPITALISED)) ||
        t->kind == GS_TOKEN_QUOTE))
    return 0;
  *ordinal = value;
  return m;
}

/* Is [START, I] a short run that opens with a preposition ("At 5 a.m.",
 * "In the U.S.")? It has no verb, so an abbreviation ending it does not
 * end a sentence: "At 5 a.m. Mr. Smith left." */
static gboolean
gs_is_preposition_phrase(const GsText *text, const GsToken *tokens, guint start, guint i)
{
  return i - start <= 3 && gs_token_in_set(preposition_table, text, &tokens[start]);
}

/* Does the run from K name a speaker and a verb of saying ("Smith asked",
 * "Prime Minister Jane Doe said", "Mr. Smith said")? Then the quotation
 * that ends before K ends no sentence: "“Why?” Smith asked." After a '?',
 * '!' or '…' (HARD_END) that holds whatever follows the verb but a colon
 * ("Smith added: “…”" brings a new quotation); after a '.' only
 * when the verb ends the clause ("Smith said." or "Smith said,"), since in
 * "“No.” Smith said the talks had failed." a new sentence opens. A
 * pronoun or another word that opens sentences is no name: in "“Great.”
 * She held it out." the sentence ends. */
static gboolean
gs_is_attribution(const GsText *text, const GsToken *tokens, guint k, guint last,
                  gboolean hard_end)
{
  guint names = 0;

  for (; k <= last && names < 6; k++, names++) {
    const GsToken *t = &tokens[k];

    if (t->kind != GS_TOKEN_WORD || !(t->flags & GS_TOKEN_FLAG_CAPITALISED))
      break;
    if (gs_is_starter(text, t) && gs_token_abbrev_class(text, t) != ABBREV_TITLE)
      return FALSE;
  }
  if (names == 0 || k > last || !gs_token_in_set(speech_table, text, &tokens[k]))
    return FALSE;
  if (k == last)
    return TRUE;
  /* "Smith added: “…”" introduces a new quotation: a new sentence. */
  if (gs_token_is(text, &tokens[k + 1], ":"))
    return FALSE;
  if (hard_end)
    return TRUE;
  /* "“…holding.” Edwards continued, “Horner is…”" opens a new quotation
   * and with it a new sentence. */
  if (gs_token_is(text, &tokens[k + 1], ","))
    return k + 2 > last || tokens[k + 2].kind != GS_TOKEN_QUOTE;
  return gs_token_is(text, &tokens[k + 1], ".") || gs_token_is(text, &tokens[k + 1], ";");
}

static void
gs_push_sentence(GsText *text, guint first, guint last, guint paragraph)
{
  GsToken *tokens = (GsToken *)(gpointer)text->tokens->data;
  GsSentence s = {
    .start = tokens[first].start,
    .end = tokens[last].end,
    .first_token = first,
    .n_tokens = last - first + 1,
    .paragraph = paragraph,
  };

  tokens[last].flags |= GS_TOKEN_FLAG_SENTENCE_END;
  g_array_append_val(text->sentences, s);
}

/* Finds the sentence ends among tokens [FIRST, LAST], one paragraph. */
static void
gs_split_paragraph(GsText *text, guint first, guint last, guint paragraph)
{
  const GsToken *tokens = (const GsToken *)(gpointer)text->tokens->data;
  guint start = first;
  guint i = first;
  guint list_next = 0; /* once a list has begun, the number of its next item */

  while (i <= last) {
    const GsToken *t = &tokens[i];
    gboolean candidate = FALSE;
    guint end_at = i;
    guint ordinal;

    /* "1. The first item 2. The second item": in a list, the next item's
     * marker starts a sentence with no end mark before it. Only the next
     * number counts, so "won 52 to 48. The bill" is not taken for one. */
    if (list_next != 0 && i > start && (t->flags & GS_TOKEN_FLAG_SPACE_BEFORE) &&
        gs_list_marker(text, tokens, i, last, &ordinal) != 0 && ordinal == list_next) {
      gs_push_sentence(text, start, i - 1, paragraph);
      start = i;
    }
    /* A marker that opens a sentence is part of it, not its end. */
    if (i == start) {
      guint item = gs_list_marker(text, tokens, i, last, &ordinal);

      if (item != 0) {
        list_next = ordinal + 1;
        i = item;
        continue;
      }
    }

    if (gs_token_ends_sentence_mark(text, t)) {
      /* An ellipsis that opens a sentence (". . . The practice") or stands
       * for words left out in brackets ("[...]") ends nothing. */
      candidate = !(t->kind == GS_TOKEN_ELLIPSIS && i == start) &&
                  !gs_is_bracketed_ellipsis(text, tokens, i, first, last);
      /* "?!", "!!", "?..", "them. …" belong together; a spaced-dots
       * ellipsis after a full stop does not ("compounds. . . . The"). */
      while (end_at + 1 <= last && gs_token_ends_sentence_mark(text, &tokens[end_at + 1]) &&
             !gs_is_spaced_dots_after_stop(text, tokens, end_at + 1))
        end_at++;
    } else if (t->kind == GS_TOKEN_WORD && (t->flags & GS_TOKEN_FLAG_ABBREVIATION)) {
      candidate = TRUE;
    }
    if (candidate) {
      guint j = end_at;
      gboolean quoted = FALSE;
      gboolean ends;

      while (j + 1 <= last && gs_is_closing(text, &tokens[j + 1])) {
        j++;
        quoted |= tokens[j].kind == GS_TOKEN_QUOTE;
      }
      /* Reference marks glued to the stop ("a martyr.[1] The emperor",
       * "[3][4]") end with it, as in text copied from encyclopaedias. */
      while (j + 3 <= last && gs_token_is(text, &tokens[j + 1], "[") &&
             !(tokens[j + 1].flags & GS_TOKEN_FLAG_SPACE_BEFORE) &&
             tokens[j + 2].kind == GS_TOKEN_NUMBER && gs_token_is(text, &tokens[j + 3], "]"))
        j += 3;
      if (j == last) {
        ends = TRUE;
      } else if (t->kind == GS_TOKEN_WORD) {
        ends = j > end_at ? gs_next_opens_sentence(text, &tokens[j + 1])
                          : gs_abbrev_ends_sentence(text, tokens, first, i, last);
        /* "At 5 a.m. Mr. Smith left": too short to be a sentence. */
        if (ends && gs_is_preposition_phrase(text, tokens, start, i))
          ends = FALSE;
      } else if (t->kind == GS_TOKEN_ELLIPSIS && (t->flags & GS_TOKEN_FLAG_SPACE_BEFORE) &&
                 j == end_at && !gs_ellipsis_has_stop(text, t)) {
        /* "our ... main demands", "is . . . I didn't": a spaced ellipsis
         * marks words left out, not an end; with a fourth dot (". . . .")
         * or a closing quote after it, it ends the sentence too. */
        ends = FALSE;
      } else if (j == end_at && gs_is_spaced_dots_after_stop(text, tokens, j + 1)) {
        /* "compounds. . . . The practice": the full stop ends this
         * sentence when the next one opens after the ellipsis. */
        ends = j + 2 <= last && tokens[j + 2].kind == GS_TOKEN_WORD &&
               (tokens[j + 2].flags & GS_TOKEN_FLAG_CAPITALISED);
      } else {
        ends = gs_next_opens_sentence(text, &tokens[j + 1]);
      }
      if (ends && quoted && t->kind != GS_TOKEN_WORD &&
          gs_is_attribution(text, tokens, j + 1, last,
                            gs_token_is(text, &tokens[end_at], "?") ||
                            gs_token_is(text, &tokens[end_at], "!") ||
                            tokens[end_at].kind == GS_TOKEN_ELLIPSIS))
        ends = FALSE;
      if (ends) {
        gs_push_sentence(text, start, j, paragraph);
        start = j + 1;
      }
      i = j + 1;
      continue;
    }
    /* Bound the length of any one sentence. */
    if (i - start + 1 >= GS_TEXT_MAX_SENTENCE_TOKENS) {
      if (text->n_cut++ == 0)
        text->first_cut = tokens[start].start;
      gs_push_sentence(text, start, i, paragraph);
      start = i + 1;
    }
    i++;
  }
  if (start <= last)
    gs_push_sentence(text, start, last, paragraph);
}

void
gs_text_split(GsText *text)
{
  g_autoptr(GArray) breaks = g_array_new(FALSE, FALSE, sizeof(guint8));
  guint n;
  guint para_first = 0;

  gs_sentences_ensure_tables();
  text->tokens = g_array_sized_new(FALSE, FALSE, sizeof(GsToken), (guint)(text->len / 5 + 16));
  text->sentences = g_array_new(FALSE, FALSE, sizeof(GsSentence));
  text->paragraphs = g_array_new(FALSE, FALSE, sizeof(GsParagraph));

  gs_tokenise(text, text->tokens, breaks);
  gs_resolve_line_breaks(text, text->tokens, breaks);

  n = text->tokens->len;
  for (guint i = 1; i <= n; i++) {
    if (i < n && g_array_index(breaks, guint8, i) != 2)
      continue;
    {
      GsParagraph para = {
        .start = g_array_index(text->tokens, GsToken, para_first).start,
        .end = g_array_index(text->tokens, GsToken, i - 1).end,
        .first_sentence = text->sentences->len,
      };

      gs_split_paragraph(text, para_first, i - 1, text->paragraphs->len);
      para.n_sentences = text->sentences->len - para.first_sentence;
      g_array_append_val(text->paragraphs, para);
    }
    para_first = i;
  }
}
