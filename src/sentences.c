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
 * do only before a word that typically starts a sentence).
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
  {"Ala", ABBREV_GENERAL}, {"Ariz", ABBREV_GENERAL}, {"Ark", ABBREV_GENERAL},
  {"Calif", ABBREV_GENERAL}, {"Colo", ABBREV_GENERAL}, {"Conn", ABBREV_GENERAL},
  {"Del", ABBREV_GENERAL}, {"Fla", ABBREV_GENERAL}, {"Ga", ABBREV_GENERAL},
  {"Ill", ABBREV_GENERAL}, {"Ind", ABBREV_GENERAL}, {"Kan", ABBREV_GENERAL},
  {"Kans", ABBREV_GENERAL}, {"Ky", ABBREV_GENERAL}, {"La", ABBREV_GENERAL},
  {"Md", ABBREV_GENERAL}, {"Mass", ABBREV_GENERAL}, {"Mich", ABBREV_GENERAL},
  {"Minn", ABBREV_GENERAL}, {"Miss", ABBREV_GENERAL}, {"Mo", ABBREV_GENERAL},
  {"Mont", ABBREV_GENERAL}, {"Neb", ABBREV_GENERAL}, {"Nev", ABBREV_GENERAL},
  {"Okla", ABBREV_GENERAL}, {"Ore", ABBREV_GENERAL}, {"Pa", ABBREV_GENERAL},
  {"Tenn", ABBREV_GENERAL}, {"Tex", ABBREV_GENERAL}, {"Vt", ABBREV_GENERAL},
  {"Va", ABBREV_GENERAL}, {"Wash", ABBREV_GENERAL}, {"Wis", ABBREV_GENERAL},
  {"Wyo", ABBREV_GENERAL}, {"est", ABBREV_GENERAL}, {"lb", ABBREV_GENERAL},
  {"lbs", ABBREV_GENERAL}, {"oz", ABBREV_GENERAL}, {"ft", ABBREV_GENERAL},
  {"ibid", ABBREV_GENERAL},
  {"Govt", ABBREV_GENERAL}, {"govt", ABBREV_GENERAL}, {"Intl", ABBREV_GENERAL},
  {"Natl", ABBREV_GENERAL}, {"Pty", ABBREV_GENERAL}, {"Plc", ABBREV_GENERAL},
  {"Mfg", ABBREV_GENERAL}, {"Bhd", ABBREV_GENERAL}, {"Ph.D", ABBREV_GENERAL},

  /* Dotted acronyms are looked up without their last period. */
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
  "From", "Around", "About", "Near", "Inside", "Outside", "Across", "Until",
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

static AbbrevClass
gs_abbrev_class(const char *word, gsize len)
{
  gboolean found;
  gpointer value = gs_lookup_word(abbrev_table, word, len, &found);

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

typedef struct {
  const char *data;  /* the whole input */
  const char *end;
  GArray *tokens;
  GArray *breaks;    /* guint8 per token: 0 none, 1 line break, 2 blank line */
} Tokeniser;

static void
gs_push_token(Tokeniser *tk, const char *start, const char *stop,
              GsTokenKind kind, guint flags, guint8 brk)
{
  GsToken token = {
    .start = (guint32)(start - tk->data),
    .end = (guint32)(stop - tk->data),
    .kind = (guint16)kind,
    .flags = (guint16)flags,
  };

  g_array_append_val(tk->tokens, token);
  g_array_append_val(tk->breaks, brk);
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
  gsize width;
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
  /* "1990's" is one word, as "1990s" is; "the '90s" is not a quote. */
  if (gs_possessive_width(p, end) > 0) {
    *kind = GS_TOKEN_WORD;
    return p + gs_possessive_width(p, end);
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
    gunichar c = gs_char_at(p, &width);

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

static void
gs_tokenise(GsText *text, GArray *tokens, GArray *breaks)
{
  Tokeniser tk = {text->data, text->data + text->len, tokens, breaks};
  const char *p = text->data + text->body_start;
  const char *end = tk.end;
  guint newlines = 0;
  gboolean space_before = TRUE;
  gboolean line_start = TRUE;
  gboolean first = TRUE;

  while (p < end) {
    gsize width;
    gunichar c;
    const char *start = p;
    const char *stop = NULL;
    guint flags = 0;
    guint8 brk;

    /* White space: count line ends, CRLF as one. */
    if (gs_text_is_space_at(p, end, &width)) {
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
    if ((c < 0x80 && g_ascii_isalpha(c)) && gs_scan_url(p, end, &stop)) {
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
      if (g_unichar_isupper(c) || g_unichar_istitle(c)) {
        gboolean all_caps = TRUE;
        int letters = 0;

        flags |= GS_TOKEN_FLAG_CAPITALISED;
        for (const char *q = start; q < p; q = g_utf8_next_char(q)) {
          gunichar u = g_utf8_get_char(q);

          if (g_unichar_isalpha(u)) {
            letters++;
            if (!g_unichar_isupper(u))
              all_caps = FALSE;
          }
        }
        if (all_caps && letters >= 2)
          flags |= GS_TOKEN_FLAG_ALL_CAPS;
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
      const GsToken *prev = tokens->len > 0 ? &g_array_index(tokens, GsToken, tokens->len - 1) : NULL;
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
}

/* ---- paragraphs ------------------------------------------------------- */

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

static guint
gs_line_of(const GsText *text, gsize offset)
{
  guint line;

  gs_text_get_position(text, offset, &line, NULL);
  return line - 1;
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

/* Decides, for each single line break, whether it ends a paragraph. A
 * block between blank lines is "wrapped" when its lines (all but the last)
 * are nearly as long as its longest and that is at most 100 characters;
 * in a wrapped block a line break is a paragraph end only after a short
 * line that ends a sentence. Elsewhere a line break ends a paragraph
 * unless the next line goes on in lower case. */
static void
gs_resolve_line_breaks(const GsText *text, GArray *tokens, GArray *breaks)
{
  guint n = tokens->len;
  guint block_start = 0;

  while (block_start < n) {
    guint block_end = block_start + 1;
    guint first_line, last_line;
    gsize max_len = 0, long_lines = 0, lines = 0;
    gboolean wrapped;

    while (block_end < n && g_array_index(breaks, guint8, block_end) != 2)
      block_end++;
    first_line = gs_line_of(text, g_array_index(tokens, GsToken, block_start).start);
    last_line = gs_line_of(text, g_array_index(tokens, GsToken, block_end - 1).start);
    /* Enough to see the shape of a block; long blocks are never wrapped
     * text shown to a human in any case we can help. */
    for (guint l = first_line; l < last_line && lines < 200; l++, lines++)
      max_len = MAX(max_len, gs_line_length(text, l));
    for (guint l = first_line; l < last_line && l < first_line + 200; l++) {
      if (gs_line_length(text, l) * 10 >= max_len * 7)
        long_lines++;
    }
    wrapped = lines >= 2 && max_len <= 100 && max_len >= 30 && long_lines * 10 >= lines * 7;

    for (guint i = block_start + 1; i < block_end; i++) {
      const GsToken *t = &g_array_index(tokens, GsToken, i);
      const GsToken *prev = &g_array_index(tokens, GsToken, i - 1);
      guint8 *brk = &g_array_index(breaks, guint8, i);
      gboolean lower;
      gboolean prev_ends;
      gsize prev_len;

      if (*brk != 1)
        continue;
      lower = t->kind == GS_TOKEN_WORD && !(t->flags & GS_TOKEN_FLAG_CAPITALISED) &&
              g_unichar_islower(g_utf8_get_char(text->data + t->start));
      prev_ends = gs_token_ends_sentence_mark(text, prev) ||
                  (prev->kind == GS_TOKEN_QUOTE && i >= 2 &&
                   gs_token_ends_sentence_mark(text, &g_array_index(tokens, GsToken, i - 2)));
      if (!wrapped) {
        *brk = lower || prev->kind == GS_TOKEN_DASH ? 0 : 2;
        continue;
      }
      prev_len = gs_line_length(text, gs_line_of(text, prev->start));
      *brk = (prev_ends && prev_len * 10 < max_len * 8) ? 2 : 0;
    }
    block_start = block_end;
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
gs_is_starter(const GsText *text, const GsToken *t)
{
  gboolean found;

  gs_lookup_word(starter_table, text->data + t->start, t->end - t->start, &found);
  return found;
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

/* Does the abbreviation token T (its '.' included) end a sentence before
 * NEXT? */
static gboolean
gs_abbrev_ends_sentence(const GsText *text, const GsToken *t, const GsToken *next)
{
  const char *w = text->data + t->start;
  gsize len = t->end - t->start - 1; /* without the '.' */
  AbbrevClass klass = gs_abbrev_class(w, len);
  gboolean initial = g_utf8_strlen(w, (gssize)len) == 1;

  if (next->kind == GS_TOKEN_QUOTE && (next->flags & GS_TOKEN_FLAG_OPEN_QUOTE))
    return klass != ABBREV_TITLE;
  if (!gs_next_opens_sentence(text, next))
    return FALSE;
  switch (klass) {
  case ABBREV_TITLE:
    return FALSE;
  case ABBREV_NUMERIC:
  case ABBREV_MONTH:
    if (next->kind == GS_TOKEN_NUMBER || next->kind == GS_TOKEN_WORD) {
      if (g_ascii_isdigit(text->data[next->start]))
        return FALSE;
    }
    return next->kind == GS_TOKEN_WORD && gs_is_starter(text, next);
  case ABBREV_GENERAL:
  case ABBREV_NONE:
  default:
    if (initial && klass == ABBREV_NONE) {
      /* "George W. Bush" goes on; "you and I. Did you" ends. */
      return next->kind == GS_TOKEN_WORD && gs_is_starter(text, next);
    }
    if (next->kind == GS_TOKEN_WORD)
      return gs_is_starter(text, next);
    return next->kind == GS_TOKEN_QUOTE;
  }
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

static void
gs_split_paragraph(GsText *text, guint first, guint last, guint paragraph)
{
  const GsToken *tokens = (const GsToken *)(gpointer)text->tokens->data;
  guint start = first;
  guint i = first;

  while (i <= last) {
    const GsToken *t = &tokens[i];
    gboolean candidate = FALSE;
    guint end_at = i;

    if (gs_token_ends_sentence_mark(text, t)) {
      candidate = TRUE;
      /* "?!", "!!", "?.." belong together. */
      while (end_at + 1 <= last && gs_token_ends_sentence_mark(text, &tokens[end_at + 1]))
        end_at++;
    } else if (t->kind == GS_TOKEN_WORD && (t->flags & GS_TOKEN_FLAG_ABBREVIATION)) {
      candidate = TRUE;
    }
    if (candidate) {
      guint j = end_at;
      gboolean ends;

      while (j + 1 <= last && gs_is_closing(text, &tokens[j + 1]))
        j++;
      if (j == last) {
        ends = TRUE;
      } else if (t->kind == GS_TOKEN_WORD) {
        ends = j > end_at ? gs_next_opens_sentence(text, &tokens[j + 1])
                          : gs_abbrev_ends_sentence(text, t, &tokens[j + 1]);
      } else if (t->kind == GS_TOKEN_ELLIPSIS && (t->flags & GS_TOKEN_FLAG_SPACE_BEFORE)) {
        /* "our ... main demands", "is . . . I didn't": a spaced ellipsis
         * marks words left out, not an end. */
        ends = FALSE;
      } else if (t->kind == GS_TOKEN_PUNCT && gs_token_is(text, t, ".") &&
                 j == end_at && i > first && tokens[i - 1].kind == GS_TOKEN_NUMBER &&
                 !(t->flags & GS_TOKEN_FLAG_SPACE_BEFORE) && i - 1 == start &&
                 g_ascii_isdigit(text->data[tokens[i - 1].start])) {
        /* "1. The first item": a list number opens, not closes. */
        ends = FALSE;
      } else {
        ends = gs_next_opens_sentence(text, &tokens[j + 1]);
      }
      if (ends) {
        gs_push_sentence(text, start, j, paragraph);
        start = j + 1;
      }
      i = j + 1;
      continue;
    }
    /* Bound the length of any one sentence. */
    if (i - start + 1 >= GS_TEXT_MAX_SENTENCE_TOKENS) {
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
