/* The attribution stage (the parser): who said what.
 *
 * Works sentence by sentence over the tokens of the text stage, with the
 * document's quotations paired first (a quotation may run over several
 * sentences and paragraphs: each paragraph reopens the mark, only the last
 * closes it). A "frame" is one attribution found around a cue:
 *
 *   source-first   A Hamas official on Monday said (that) CONTENT
 *                  Israel has ruled out CONTENT / X described A as B
 *   content-first  CONTENT, the official said (in a statement).
 *                  "QUOTE," he said.
 *   inverted       CONTENT, said the official, speaking on …
 *   participle     MAIN CLAUSE, saying (that) CONTENT  (source: the subject)
 *                  … by / for / after saying (that) CONTENT
 *   according-to   According to X, CONTENT / CONTENT, according to X.
 *   label          NAME: CONTENT  (interviews, headlines)
 *
 * Frames in one sentence cut each other's content: the outer statement of
 * "X said A after Y said B" stops before "after". A content-first frame
 * around a source-first one nests: in "Mediators suggested A, they added"
 * the statement of "they" reports the statement of "Mediators".
 * Quotations that no cue claims continue the latest speaker of their
 * paragraph, or of the paragraph before when they open a paragraph.
 *
 * Sources are resolved in text order by sources.c, so that pronouns and
 * short forms find the speaker before them. */
#include "attribution-private.h"

G_DEFINE_QUARK(gs-attribution-error-quark, gs_attribution_error)

typedef enum {
  CUE_SPEECH = 1 << 0,     /* reporting verb proper: say, add, insist … */
  CUE_OBJECT = 1 << 1,     /* takes a noun phrase: voice, deny, rule out */
  CUE_TELL = 1 << 2,       /* an addressee may follow: tell, inform */
  CUE_WEAK = 1 << 3,       /* not always speech: the source must look like one */
  CUE_PARTICIPLE = 1 << 4, /* ", saying …" continues the subject's speech */
  CUE_PARTICLE = 1 << 5,   /* needs a particle after it: "ruled out" */
  CUE_ABOUT = 1 << 6,      /* content after "of" or "about": "spoke of" */
  CUE_COLON = 1 << 7,      /* a cue only before a colon: "he continued:" */
  CUE_GERUND = 1 << 8,     /* reports speech after a preposition too: "by saying" */
  CUE_REPORTS = 1 << 9,    /* a weak cue that reports what comes before it: "…, reported Reuters" */
  CUE_ANSWER = 1 << 10,    /* what follows "to" is what is answered: "replied to the letter" */
} CueFlags;

typedef struct {
  const char *forms; /* space-separated word forms */
  guint flags;
} CueEntry;

/* Reporting verbs of news English, with their inflected forms. The -ing
 * forms carry CUE_PARTICIPLE. */
static const CueEntry cue_entries[] = {
  {"say says said", CUE_SPEECH},
  {"speak speaks spoke spoken", CUE_SPEECH | CUE_WEAK | CUE_ABOUT},
  {"continue continues continued", CUE_SPEECH | CUE_COLON},
  {"read reads", CUE_SPEECH | CUE_COLON},
  {"add adds added", CUE_SPEECH},
  {"insist insists insisted", CUE_SPEECH},
  {"warn warns warned", CUE_SPEECH},
  {"confirm confirms confirmed", CUE_SPEECH | CUE_OBJECT},
  {"claim claims claimed", CUE_SPEECH},
  {"acknowledge acknowledges acknowledged", CUE_SPEECH | CUE_OBJECT},
  {"argue argues argued", CUE_SPEECH},
  {"stress stresses stressed", CUE_SPEECH},
  {"note notes noted", CUE_SPEECH},
  {"report reports reported", CUE_SPEECH | CUE_WEAK | CUE_REPORTS},
  {"write writes wrote", CUE_SPEECH},
  {"tweet tweets tweeted", CUE_SPEECH},
  {"post posts posted", CUE_SPEECH | CUE_WEAK | CUE_REPORTS},
  {"announce announces announced", CUE_SPEECH | CUE_OBJECT},
  {"suggest suggests suggested", CUE_SPEECH},
  {"stated", CUE_SPEECH | CUE_WEAK | CUE_REPORTS},
  {"explain explains explained", CUE_SPEECH},
  {"declare declares declared", CUE_SPEECH},
  {"reply replies replied", CUE_SPEECH | CUE_ANSWER},
  {"respond responds responded", CUE_SPEECH | CUE_ANSWER},
  {"admit admits admitted", CUE_SPEECH},
  {"assert asserts asserted", CUE_SPEECH},
  {"allege alleges alleged", CUE_SPEECH},
  {"contend contends contended", CUE_SPEECH},
  {"maintain maintains maintained", CUE_SPEECH | CUE_WEAK},
  {"predict predicts predicted", CUE_SPEECH},
  {"promise promises promised", CUE_SPEECH | CUE_WEAK},
  {"vow vows vowed", CUE_SPEECH},
  {"pledge pledges pledged", CUE_SPEECH | CUE_WEAK},
  {"reveal reveals revealed", CUE_SPEECH | CUE_WEAK | CUE_REPORTS},
  {"disclose discloses disclosed", CUE_SPEECH | CUE_WEAK | CUE_REPORTS},
  {"concede concedes conceded", CUE_SPEECH},
  {"emphasise emphasises emphasised emphasize emphasizes emphasized", CUE_SPEECH},
  {"recall recalls recalled", CUE_SPEECH | CUE_WEAK | CUE_REPORTS},
  {"complain complains complained", CUE_SPEECH},
  {"testify testifies testified", CUE_SPEECH},
  {"indicate indicates indicated", CUE_SPEECH | CUE_WEAK},
  {"deny denies denied", CUE_SPEECH | CUE_OBJECT},
  {"caution cautions cautioned", CUE_SPEECH},
  {"hint hints hinted", CUE_SPEECH},
  {"reiterate reiterates reiterated", CUE_SPEECH | CUE_OBJECT},
  {"repeat repeats repeated", CUE_SPEECH | CUE_WEAK},
  {"affirm affirms affirmed", CUE_SPEECH},
  {"retort retorts retorted", CUE_SPEECH},
  {"observe observes observed", CUE_SPEECH | CUE_WEAK | CUE_REPORTS},
  {"remark remarks remarked", CUE_SPEECH},
  {"mention mentions mentioned", CUE_SPEECH | CUE_WEAK | CUE_REPORTS},
  {"conclude concludes concluded", CUE_SPEECH | CUE_WEAK},
  {"tells told", CUE_SPEECH | CUE_TELL},
  {"inform informs informed", CUE_SPEECH | CUE_TELL | CUE_WEAK},
  {"assure assures assured", CUE_SPEECH | CUE_TELL},
  {"remind reminds reminded", CUE_SPEECH | CUE_TELL | CUE_WEAK},
  {"boast boasts boasted", CUE_SPEECH},
  {"quip quips quipped", CUE_SPEECH},
  {"joke jokes joked", CUE_SPEECH},
  {"ask asks asked", CUE_SPEECH | CUE_WEAK},
  {"agree agrees agreed", CUE_SPEECH | CUE_WEAK},
  {"estimate estimates estimated", CUE_SPEECH | CUE_WEAK},
  {"believe believes believed", CUE_SPEECH | CUE_WEAK},
  {"fear fears feared", CUE_SPEECH | CUE_WEAK},
  {"find finds found", CUE_SPEECH | CUE_WEAK},
  {"show shows showed", CUE_SPEECH | CUE_WEAK},
  {"forecast forecasts forecasted", CUE_SPEECH | CUE_WEAK},
  {"threaten threatens threatened", CUE_SPEECH | CUE_WEAK},
  {"signal signals signalled signaled", CUE_SPEECH | CUE_WEAK},
  {"acknowledge", CUE_SPEECH},
  {"voice voices voiced", CUE_OBJECT},
  {"express expresses expressed", CUE_OBJECT | CUE_WEAK},
  {"describe describes described", CUE_OBJECT},
  {"call calls called", CUE_OBJECT | CUE_WEAK},
  {"brand brands branded", CUE_OBJECT},
  {"dismiss dismisses dismissed", CUE_OBJECT},
  {"reject rejects rejected", CUE_OBJECT},
  {"condemn condemns condemned", CUE_OBJECT},
  {"criticise criticises criticised criticize criticizes criticized", CUE_OBJECT},
  {"welcome welcomes welcomed", CUE_OBJECT | CUE_WEAK},
  {"praise praises praised", CUE_OBJECT | CUE_WEAK},
  {"blame blames blamed", CUE_OBJECT},
  {"accuse accuses accused", CUE_OBJECT},
  {"dispute disputes disputed", CUE_OBJECT | CUE_WEAK},
  {"urge urges urged", CUE_OBJECT},
  {"demand demands demanded", CUE_OBJECT | CUE_WEAK},
  {"slam slams slammed", CUE_OBJECT},
  {"hail hails hailed", CUE_OBJECT},
  {"liken likens likened", CUE_OBJECT},
  {"rule rules ruled", CUE_OBJECT | CUE_PARTICLE},
  {"play plays played", CUE_OBJECT | CUE_PARTICLE},
  {"saying insisting claiming arguing", CUE_SPEECH | CUE_PARTICIPLE | CUE_GERUND},
  {"adding warning confirming acknowledging "
   "stressing noting explaining declaring replying admitting asserting alleging "
   "contending predicting promising vowing pledging revealing conceding emphasising "
   "emphasizing recalling complaining indicating denying cautioning reiterating "
   "telling writing tweeting suggesting calling describing accusing urging citing "
   "warning asking", CUE_SPEECH | CUE_PARTICIPLE},
};

static GHashTable *cue_table; /* form → flags */

static gpointer
gs_cues_init(gpointer unused)
{
  cue_table = g_hash_table_new(g_str_hash, g_str_equal);
  for (gsize i = 0; i < G_N_ELEMENTS(cue_entries); i++) {
    g_auto(GStrv) forms = g_strsplit(cue_entries[i].forms, " ", -1);

    for (guint f = 0; forms[f] != NULL; f++) {
      const char *form = g_intern_string(forms[f]);
      guint flags = cue_entries[i].flags;

      if (g_str_has_suffix(form, "ing") && !(flags & CUE_PARTICIPLE))
        flags |= CUE_PARTICIPLE;
      g_hash_table_insert(cue_table, (gpointer)form, GUINT_TO_POINTER(flags));
    }
  }
  return NULL;
}

static guint
gs_cue_flags(const char *lower)
{
  static GOnce once = G_ONCE_INIT;

  g_once(&once, gs_cues_init, NULL);
  return GPOINTER_TO_UINT(g_hash_table_lookup(cue_table, lower));
}

/* The cue flags of token I, looked up once per token in gs_parser_init. */
static inline guint
gs_cue_at(const GsParser *p, guint i)
{
  return i < p->n_tok ? p->cue[i] : 0;
}

/* ---- quotations ------------------------------------------------------- */

typedef struct {
  guint open;          /* the opening mark */
  guint close;         /* the closing mark, or the last token it runs to */
  gboolean closed;     /* a closing mark was found */
  gint chain_prev;     /* the segment of the previous paragraph it continues */
  gint chain_next;
  gboolean claimed;    /* a frame's content holds it */
} Quote;

static gboolean
gs_is_double_quote(const GsParser *p, guint i)
{
  const char *s = p->data + p->tok[i].start;

  if (p->tok[i].kind != GS_TOKEN_QUOTE)
    return FALSE;
  /* " “ ” „ « » and '' `` */
  if (p->tok[i].end - p->tok[i].start == 2 && (s[0] == '\'' || s[0] == '`') && s[1] == s[0])
    return TRUE;
  return s[0] == '"' || (guchar)s[0] == 0xC2 ||
         ((guchar)s[0] == 0xE2 && (guchar)s[1] == 0x80 &&
          ((guchar)s[2] == 0x9C || (guchar)s[2] == 0x9D || (guchar)s[2] == 0x9E));
}

static gboolean
gs_is_single_quote(const GsParser *p, guint i)
{
  return p->tok[i].kind == GS_TOKEN_QUOTE && !gs_is_double_quote(p, i);
}

/* Is the single mark at I the apostrophe of a plural possessive
 * ("Hamas’ demand", "for veterans' families"): glued to a word in -s, a
 * word after it? */
static gboolean
gs_is_plural_possessive(const GsParser *p, guint i)
{
  return !gs_is_double_quote(p, i) && !(p->tok[i].flags & GS_TOKEN_FLAG_SPACE_BEFORE) && i > 0 &&
         p->tok[i - 1].kind == GS_TOKEN_WORD && g_str_has_suffix(gs_parser_lower(p, i - 1), "s") &&
         i + 1 < p->n_tok && p->tok[i + 1].kind == GS_TOKEN_WORD &&
         (p->tok[i + 1].flags & GS_TOKEN_FLAG_SPACE_BEFORE);
}

/* Is token I a quotation mark, not a possessive's apostrophe? */
static gboolean
gs_is_quote_mark(const GsParser *p, guint i)
{
  return p->tok[i].kind == GS_TOKEN_QUOTE && !gs_is_plural_possessive(p, i);
}

/* Pairs quotation marks paragraph by paragraph. A new opening mark inside
 * an open quotation ends the first there (a stray or missing mark must not
 * swallow the article). A quotation open at the end of a paragraph
 * continues into the next when that one opens with a mark. Documents that
 * use only single marks for speech (British style) get them paired
 * instead. */
static void
gs_find_quotes(GsParser *p, GArray *quotes, gint *quote_of)
{
  guint n_para;
  const GsParagraph *para = gs_text_get_paragraphs(p->text, &n_para);
  gboolean use_single = TRUE;

  for (guint i = 0; i < p->n_tok; i++) {
    if (gs_is_double_quote(p, i)) {
      use_single = FALSE;
      break;
    }
  }
  for (guint i = 0; i < p->n_tok; i++)
    quote_of[i] = -1;
  for (guint pi = 0; pi < n_para; pi++) {
    guint first = p->sent[para[pi].first_sentence].first_token;
    guint last_s = para[pi].first_sentence + para[pi].n_sentences - 1;
    guint last = p->sent[last_s].first_token + p->sent[last_s].n_tokens - 1;
    gint open = -1;

    if (para[pi].n_sentences == 0)
      continue;
    for (guint i = first; i <= last; i++) {
      gboolean mark = use_single ? (gs_is_single_quote(p, i) &&
                                    (p->tok[i].flags & (GS_TOKEN_FLAG_OPEN_QUOTE | GS_TOKEN_FLAG_CLOSE_QUOTE)))
                                 : gs_is_double_quote(p, i);
      gboolean opens = (p->tok[i].flags & GS_TOKEN_FLAG_OPEN_QUOTE) != 0;

      if (!mark)
        continue;
      /* A single mark closing after "s" before a lower-case word is a
       * possessive (Hamas’ demand). */
      if (use_single && !opens && open >= 0 && i + 1 <= last && gs_is_plural_possessive(p, i) &&
          !gs_parser_is_cap(p, i + 1))
        continue;
      if (open < 0) {
        if (opens)
          open = (gint)i;
        continue;
      }
      if (opens) {
        Quote q = {(guint)open, i - 1, FALSE, -1, -1, FALSE};

        g_array_append_val(quotes, q);
        open = (gint)i;
        continue;
      }
      {
        Quote q = {(guint)open, i, TRUE, -1, -1, FALSE};

        g_array_append_val(quotes, q);
        open = -1;
      }
    }
    if (open >= 0) {
      Quote q = {(guint)open, last, FALSE, -1, -1, FALSE};

      g_array_append_val(quotes, q);
    }
  }
  /* Chains over paragraphs, and the token → quotation map. */
  for (guint qi = 0; qi < quotes->len; qi++) {
    Quote *q = &g_array_index(quotes, Quote, qi);

    for (guint i = q->open; i <= q->close; i++)
      quote_of[i] = (gint)qi;
    if (qi > 0) {
      Quote *prev = &g_array_index(quotes, Quote, qi - 1);
      guint prev_para = p->sent[p->sentence_of[prev->open]].paragraph;
      guint this_para = p->sent[p->sentence_of[q->open]].paragraph;

      /* a quotation reopened at the next paragraph, or within one at the
       * next sentence ('said: "A. "B."', paragraphs run together), goes on */
      if (!prev->closed && p->sent[p->sentence_of[q->open]].first_token == q->open &&
          ((this_para == prev_para + 1 &&
            p->sent[p->sentence_of[q->open]].first_token ==
                p->sent[gs_text_get_paragraphs(p->text, &n_para)[this_para].first_sentence].first_token) ||
           (this_para == prev_para && prev->close + 1 == q->open))) {
        q->chain_prev = (gint)qi - 1;
        prev->chain_next = (gint)qi;
      }
    }
  }
}

/* ---- frames ----------------------------------------------------------- */

typedef enum {
  FRAME_SOURCE_FIRST,
  FRAME_CONTENT_FIRST,
  FRAME_INVERTED,
  FRAME_PARTICIPLE,
  FRAME_ACCORDING_TO,
  FRAME_LABEL,
  FRAME_CONTINUATION,
} FrameShape;

typedef struct {
  FrameShape shape;
  guint sentence;
  guint cue_first, cue_last;
  guint src_first, src_last;     /* G_MAXUINT: none (participle takes its subject) */
  guint who;                     /* "a contractor who said": the "who", shown as the mention */
  guint content_first, content_last;
  guint region_first;            /* where this frame's words begin, for cutting */
  gint quote;                    /* the quotation that is its content, or -1 */
  gint quote2;                   /* the second part of a split quotation, or -1 */
  gboolean interrupted;          /* content on both sides of the attribution */
  guint source;                  /* resolved entity */
  gint parent;                   /* participle: the frame whose subject it shares */
  gboolean dead;
} Frame;

typedef struct {
  GsParser *p;
  GArray *quotes;
  gint *quote_of;
  GArray *frames;
  gboolean over_limit; /* GS_ATTRIBUTION_MAX_STATEMENTS reached and reported */
} Work;

static guint
gs_sentence_last(const GsParser *p, guint s)
{
  return p->sent[s].first_token + p->sent[s].n_tokens - 1;
}

static gboolean
gs_is_punct(const GsParser *p, guint i, const char *s)
{
  return i < p->n_tok && p->tok[i].kind == GS_TOKEN_PUNCT && strcmp(p->lower[i], s) == 0;
}

static gboolean
gs_is_close_quote(const Work *w, guint i)
{
  return i < w->p->n_tok && w->p->tok[i].kind == GS_TOKEN_QUOTE && w->quote_of[i] >= 0 &&
         g_array_index(w->quotes, Quote, w->quote_of[i]).close == i &&
         g_array_index(w->quotes, Quote, w->quote_of[i]).closed;
}

/* "boldly", "sharply", "flatly": a lower-case "-ly" word between a source
 * and its cue is an adverb of manner, unless an article or a possessive
 * makes it a noun or adjective ("the family", "his early"), or it is one
 * of the nouns with that ending. */
static gboolean
gs_is_manner_adverb(const GsParser *p, guint j, gint start)
{
  const char *w = gs_parser_lower(p, j);

  return strlen(w) >= 5 && g_str_has_suffix(w, "ly") && !gs_parser_is_cap(p, j) &&
         !gs_parser_has(p, j, GS_WORDS_LY_NOUN) &&
         !((gint)j > start && (gs_parser_has(p, j - 1, GS_WORDS_DETERMINER) ||
                               g_str_has_suffix(gs_parser_lower(p, j - 1), "'s")));
}

/* Skips backwards over what stands between a source and its cue:
 * adverbs, auxiliaries, negation, and time adjuncts ("on Monday", "at
 * the weekend", "late on Sunday"). Returns the new position (may be
 * below START, as G_MAXUINT wraps are avoided by returning start-1 as a
 * signed value). */
static gint
gs_skip_back_adjuncts(const GsParser *p, gint j, gint start)
{
  while (j >= start) {
    if (p->tok[j].kind == GS_TOKEN_WORD && (gs_parser_form_has(p, (guint)j, GS_WORDS_SKIP_ADVERB) ||
                                            gs_is_manner_adverb(p, (guint)j, start))) {
      j--;
      continue;
    }
    if (gs_parser_form_has(p, (guint)j, GS_WORDS_TIME) ||
        (p->tok[j].kind == GS_TOKEN_NUMBER && j > start &&
         gs_parser_has(p, (guint)j - 1, GS_WORDS_TIME))) {
      gint k = j;

      while (k > start && (gs_parser_has(p, (guint)k - 1, GS_WORDS_TIME) ||
                           p->tok[k - 1].kind == GS_TOKEN_NUMBER ||
                           gs_parser_is(p, (guint)k - 1, "the")))
        k--;
      if (k > start && (gs_parser_is(p, (guint)k - 1, "on") || gs_parser_is(p, (guint)k - 1, "at") ||
                        gs_parser_is(p, (guint)k - 1, "in") || gs_parser_is(p, (guint)k - 1, "during") ||
                        gs_parser_is(p, (guint)k - 1, "over"))) {
        j = k - 2;
        continue;
      }
      /* A bare weekday or "yesterday" between source and cue. */
      if (k == j && !gs_parser_is_cap(p, (guint)j - (j > start ? 0 : 0)) ) {
        j = k - 1;
        continue;
      }
      if (gs_parser_is_cap(p, (guint)j) && k == j) {
        j--;
        continue;
      }
      j = k - 1;
      continue;
    }
    break;
  }
  return j;
}

/* The plainest speech verbs, which nothing but a speaker does: any noun
 * phrase before them is taken as the source. Other cue forms double as
 * nouns or participles ("claims that", "jobs added") and need a phrase that
 * looks like a speaker. */
static gboolean
gs_cue_is_plain(const char *lower)
{
  static const char *const plain[] = {"say", "says", "said", "tell", "tells", "told",
                                      "write", "writes", "wrote", "insisted", "insists",
                                      "argued", "argues", "tweeted", "warned", "warns",
                                      "stressed", "noted", "explained", "admitted", NULL};

  return g_strv_contains(plain, lower);
}

static gboolean
gs_is_np_word(const GsParser *p, guint i)
{
  const char *w = gs_parser_lower(p, i);

  if (p->tok[i].kind == GS_TOKEN_NUMBER)
    return TRUE;
  if (p->tok[i].kind != GS_TOKEN_WORD)
    return FALSE;
  /* "While his advisers", "But officials": a capital at the start of a
   * sentence does not make a conjunction a name */
  if (gs_parser_is_cap(p, i) && !(p->tok[i].flags & GS_TOKEN_FLAG_ALL_CAPS) &&
      gs_parser_form_has(p, i, GS_WORDS_CLAUSE_BREAK) && strcmp(w, "and") != 0)
    return FALSE;
  if (gs_parser_is_cap(p, i))
    return TRUE;
  if (gs_parser_form_has(p, i, GS_WORDS_CLAUSE_BREAK) ||
      gs_parser_form_has(p, i, GS_WORDS_AUXILIARY) || gs_cue_at(p, i) != 0)
    return FALSE;
  if (gs_parser_form_has(p, i, GS_WORDS_SKIP_ADVERB) &&
      !gs_parser_form_has(p, i, GS_WORDS_DETERMINER))
    return FALSE;
  if (g_str_has_suffix(w, "ly") && !gs_parser_has(p, i, GS_WORDS_PERSON_NOUN) &&
      !gs_parser_has(p, i, GS_WORDS_LY_NOUN))
    return FALSE;
  if (gs_parser_form_has(p, i, GS_WORDS_VERB))
    return FALSE;
  /* A lower-case "-ed" word is a verb unless an article or possessive
   * makes it an adjective ("the embattled minister"). */
  if (g_str_has_suffix(w, "ed") && strlen(w) > 4 && i > 0 &&
      !gs_parser_has(p, i - 1, GS_WORDS_DETERMINER) &&
      !g_str_has_suffix(gs_parser_lower(p, i - 1), "'s") && !gs_parser_is_cap(p, i - 1) &&
      !gs_parser_form_has(p, i, GS_WORDS_ROLE))
    return FALSE;
  return TRUE;
}

/* Does the phrase [first, last] look like something that speaks? Weak
 * cues ("found", "called", "expected") need this. */
static gboolean
gs_np_plausible_speaker(const GsParser *p, guint first, guint last)
{
  if (gs_parser_is_cap(p, last) || gs_parser_form_has(p, last, GS_WORDS_PRONOUN))
    return !gs_parser_form_has(p, last, GS_WORDS_TIME);
  return gs_parser_form_has(p, last, GS_WORDS_PERSON_NOUN) ||
         gs_parser_form_has(p, last, GS_WORDS_GROUP_NOUN) ||
         gs_parser_form_has(p, last, GS_WORDS_ORGANISATION);
}

/* The noun phrase ending at J (inclusive), walking back to START at most:
 * "A Hamas official", "Two Egyptian security sources and state-run news
 * channels", "a Palestinian official close to mediation efforts". An
 * appositive between commas is stepped over: "Hugh Hill, a doctor at the
 * hospital," gives "Hugh Hill". FALSE when nothing there is a phrase. */
/* Are [first, last] the words of a name: two to five, all capitalised
 * (a title such as "General" or "Mr." included)? */
static gboolean
gs_appositive_is_name(const GsParser *p, guint first, guint last)
{
  if (last <= first)
    return FALSE;
  for (guint i = first; i <= last; i++) {
    if (p->tok[i].kind != GS_TOKEN_WORD || !gs_parser_is_cap(p, i))
      return FALSE;
  }
  return TRUE;
}

static gboolean gs_span_has_verb(const GsParser *p, guint first, guint last);

/* Are [first, last] an appositive that describes: an article or a role
 * word first ("a teacher", "president of the union"), and no verb? */
static gboolean
gs_is_describing_appositive(const GsParser *p, guint first, guint last)
{
  return (gs_parser_has(p, first, GS_WORDS_ROLE) || gs_parser_has(p, first, GS_WORDS_DETERMINER)) &&
         !gs_span_has_verb(p, first, last);
}

/* Is the comma at COMMA the end of an appositive that follows a name
 * ("Michael Mulgrew, president of the union,")? */
static gboolean
gs_name_appositive_ends_at(const GsParser *p, gint comma, gint start)
{
  gint o = comma - 1;

  while (o > start && comma - o <= 16 && !gs_is_punct(p, (guint)o, ",") &&
         !gs_is_quote_mark(p, (guint)o))
    o--;
  /* (a name, not "Meanwhile, the United States, which …") */
  return o > start && gs_is_punct(p, (guint)o, ",") && comma - o >= 2 &&
         p->tok[o - 1].kind == GS_TOKEN_WORD && gs_parser_is_cap(p, (guint)o - 1) &&
         gs_is_np_word(p, (guint)o - 1) && !gs_parser_has(p, (guint)o - 1, GS_WORDS_SKIP_ADVERB) &&
         !gs_parser_is_cap(p, (guint)o + 1) &&
         gs_is_describing_appositive(p, (guint)o + 1, (guint)comma - 1);
}

static gboolean
gs_np_back(const GsParser *p, gint j, gint start, guint *first, guint *last)
{
  gint k;
  gboolean via_appositive = FALSE;

  if (j < start)
    return FALSE;
  /* "Tom Reyes -- co-editor of a book on rivers -- said": an appositive
   * between dashes */
  if (p->tok[j].kind == GS_TOKEN_DASH) {
    gint o = j - 1;

    while (o > start && j - o <= 32 && p->tok[o].kind != GS_TOKEN_DASH &&
           !gs_is_quote_mark(p, (guint)o))
      o--;
    if (o <= start || p->tok[o].kind != GS_TOKEN_DASH || j - o < 3 ||
        p->tok[o - 1].kind != GS_TOKEN_WORD || !gs_parser_is_cap(p, (guint)o - 1))
      return FALSE;
    j = o - 1;
  }
  if (gs_is_punct(p, (guint)j, ")")) {
    gint o = j;

    while (o > start && !gs_is_punct(p, (guint)o, "("))
      o--;
    if (o <= start || j - o > 12)
      return FALSE;
    j = o - 1;
  }
  if (gs_is_punct(p, (guint)j, ",")) {
    via_appositive = TRUE;
    /* An appositive: "Hugh Hill, a doctor at the hospital, said", also
     * with a relative clause in it ("…, a developer for X, which is made
     * up of investors, said"), or reversed ("The campaign's chairman,
     * Phil Lovas, said"). Walk back comma by comma to a name. */
    gint close = j;

    for (guint level = 0; level < 3; level++) {
      gint o = close - 1;
      const char *a;

      while (o > start && j - o <= 32 && !gs_is_punct(p, (guint)o, ",") &&
             !gs_is_quote_mark(p, (guint)o))
        o--;
      if (o <= start || !gs_is_punct(p, (guint)o, ",") || close - o < 2)
        return FALSE;
      a = gs_parser_lower(p, (guint)o + 1);
      if (!(gs_parser_form_has(p, (guint)o + 1, GS_WORDS_DETERMINER) || strcmp(a, "who") == 0 ||
            strcmp(a, "which") == 0 || strcmp(a, "one") == 0 || g_str_has_suffix(a, "ing") ||
            gs_parser_form_has(p, (guint)o + 1, GS_WORDS_ROLE) ||
            gs_parser_is_cap(p, (guint)o + 1) || p->tok[o + 1].kind == GS_TOKEN_NUMBER))
        return FALSE;
      /* Reversed, "the agency's chief, General Ann Lee, said": the
       * appositive is a name and what precedes it a description. */
      if (level == 0 && close - o - 1 <= 5 && gs_appositive_is_name(p, (guint)o + 1, (guint)close - 1)) {
        guint df, dl;

        if (!gs_parser_is_cap(p, (guint)o - 1) ||
            (gs_np_back(p, o - 1, start, &df, &dl) && !gs_parser_is_cap(p, df))) {
          j = close - 1;
          start = o + 1;
          break;
        }
      }
      /* "Rep. Lena Ortiz (D-N.Y.), chair of the caucus, said": a
       * parenthesis after the name */
      if (gs_is_punct(p, (guint)o - 1, ")")) {
        gint po = o - 2;

        while (po > start && o - po <= 12 && !gs_is_punct(p, (guint)po, "("))
          po--;
        if (po > start && gs_is_punct(p, (guint)po, "(") && p->tok[po - 1].kind == GS_TOKEN_WORD &&
            gs_parser_is_cap(p, (guint)po - 1)) {
          j = po - 1;
          break;
        }
      }
      /* "Michael Mulgrew, president of the union, which represents
       * teachers, said": "which" is the union's, and the speaker the name
       * before the appositive that ends with it */
      if (strcmp(a, "which") == 0 && level < 2 && gs_name_appositive_ends_at(p, o, start)) {
        close = o;
        continue;
      }
      if (p->tok[o - 1].kind == GS_TOKEN_WORD &&
          (gs_parser_is_cap(p, (guint)o - 1) ||
           gs_parser_has(p, (guint)o - 1, GS_WORDS_PERSON_NOUN) ||
           gs_parser_has(p, (guint)o - 1, GS_WORDS_GROUP_NOUN) ||
           gs_parser_has(p, (guint)o - 1, GS_WORDS_ORGANISATION))) {
        j = o - 1;
        break;
      }
      close = o;
      if (level == 2)
        return FALSE;
    }
  }
  /* "a contractor who said": the source is what "who" stands for. */
  if (gs_parser_is(p, (guint)j, "who") && j > start) {
    j--;
    if (gs_is_punct(p, (guint)j, ","))
      j--;
    if (j < start)
      return FALSE;
  }
  if (!gs_is_np_word(p, (guint)j) && !gs_parser_has(p, (guint)j, GS_WORDS_PRONOUN))
    return FALSE;
  *last = (guint)j;
  if (gs_parser_has(p, (guint)j, GS_WORDS_PRONOUN)) {
    *first = (guint)j;
    return TRUE;
  }
  k = j;
  while (k - 1 >= start && j - k < 14) {
    guint t = (guint)k - 1;
    const char *w = gs_parser_lower(p, t);

    /* "the New York trial Mr Ebbers": a name right after a common noun
     * starts the phrase */
    if (gs_parser_is_cap(p, t + 1) && p->tok[t].kind == GS_TOKEN_WORD && !gs_parser_is_cap(p, t) &&
        strcmp(w, "and") != 0 && !gs_parser_form_has(p, t, GS_WORDS_DETERMINER) &&
        !gs_parser_form_has(p, t, GS_WORDS_ROLE) &&
        !gs_parser_form_has(p, t, GS_WORDS_NP_PREPOSITION) && !g_str_has_suffix(w, "'s") &&
        !gs_parser_form_has(p, t, GS_WORDS_PERSON_NOUN) &&
        !gs_parser_form_has(p, t, GS_WORDS_GROUP_NOUN) &&
        !gs_parser_form_has(p, t, GS_WORDS_ORGANISATION) && strchr(w, '-') == NULL)
      break;
    /* "during the case on Tuesday Mr Ebbers": time adjuncts end it */
    if (gs_parser_form_has(p, t, GS_WORDS_TIME) &&
        !(gs_parser_is_cap(p, t) && !gs_parser_is_cap(p, t + 1)))
      break;
    if (gs_is_np_word(p, t)) {
      k--;
      continue;
    }
    /* Israel’s / Hamas’ */
    if (p->tok[t].kind == GS_TOKEN_QUOTE && t > (guint)start && p->tok[t - 1].kind == GS_TOKEN_WORD &&
        !(p->tok[t].flags & GS_TOKEN_FLAG_SPACE_BEFORE) && g_str_has_suffix(gs_parser_lower(p, t - 1), "s") &&
        (p->tok[t].flags & GS_TOKEN_FLAG_CLOSE_QUOTE)) {
      k--;
      continue;
    }
    if ((strcmp(w, "and") == 0 || strcmp(w, "&") == 0) && t > (guint)start &&
        gs_is_np_word(p, t - 1) && gs_is_np_word(p, t + 1) &&
        (gs_parser_is_cap(p, t - 1) || g_str_has_suffix(gs_parser_lower(p, t - 1), "s"))) {
      k--;
      continue;
    }
    break;
  }
  if (j - k >= 14)
    return FALSE;
  /* Not a phrase that starts with a preposition left over ("to X"). */
  while (k < j && gs_parser_has(p, (guint)k, GS_WORDS_NP_PREPOSITION) &&
         !gs_parser_is_cap(p, (guint)k))
    k++;
  /* "Carl Berg, the attorney general of Ruritania, one of the states
   * suing, said": the description stands after a name, which is the
   * speaker. */
  if (via_appositive && k >= start + 2 && gs_parser_has(p, (guint)k, GS_WORDS_DETERMINER) &&
      gs_is_punct(p, (guint)k - 1, ",") && p->tok[k - 2].kind == GS_TOKEN_WORD &&
      gs_parser_is_cap(p, (guint)k - 2)) {
    gint n = k - 2;

    while (n - 1 >= start && k - 2 - (n - 1) < 5 && p->tok[n - 1].kind == GS_TOKEN_WORD &&
           gs_parser_is_cap(p, (guint)n - 1))
      n--;
    if (gs_appositive_is_name(p, (guint)n, (guint)k - 2) &&
        (n == start || !gs_parser_is_cap(p, (guint)n - 1))) {
      *first = (guint)n;
      *last = (guint)k - 2;
      return TRUE;
    }
  }
  *first = (guint)k;
  return TRUE;
}

/* The noun phrase starting at I, going forward (after an inverted cue or
 * "according to"): stops at a comma, a clause break, or a preposition
 * after the head. */
static gboolean
gs_np_forward(const GsParser *p, guint i, guint limit, guint *first, guint *last)
{
  guint k = i;

  if (i > limit || !(gs_is_np_word(p, i) || gs_parser_has(p, i, GS_WORDS_PRONOUN)))
    return FALSE;
  /* a pronoun is the whole phrase: "said he hopes …" is no "he hopes" */
  if (gs_parser_has(p, i, GS_WORDS_PRONOUN) && !gs_parser_is_cap(p, i + 1)) {
    *first = *last = i;
    return TRUE;
  }
  while (k + 1 <= limit && k - i < 14) {
    guint t = k + 1;
    const char *w = gs_parser_lower(p, t);

    if (gs_parser_is(p, t, "&") && t + 1 <= limit && gs_parser_is_cap(p, t + 1)) {
      k = t;
      continue;
    }
    if (p->tok[t].kind == GS_TOKEN_PUNCT || p->tok[t].kind == GS_TOKEN_QUOTE ||
        p->tok[t].kind == GS_TOKEN_DASH)
      break;
    if (!gs_parser_is_cap(p, t) &&
        (gs_parser_form_has(p, t, GS_WORDS_TIME) || strcmp(w, "on") == 0 || strcmp(w, "in") == 0 ||
         strcmp(w, "at") == 0 || strcmp(w, "during") == 0 || strcmp(w, "after") == 0))
      break;
    if (!gs_is_np_word(p, t) && !(strcmp(w, "and") == 0 && t + 1 <= limit && gs_parser_is_cap(p, t + 1)))
      break;
    if (gs_parser_is_cap(p, t) && gs_parser_form_has(p, t, GS_WORDS_TIME))
      break;
    k = t;
  }
  *first = i;
  *last = k;
  return TRUE;
}

static gboolean gs_span_has_verb(const GsParser *p, guint first, guint last);

/* Is [i, end] nothing but what may trail a content-first cue: time and
 * place adjuncts, an addressee, "in a statement", a participle clause? */
static gboolean
gs_rest_is_trailer(const Work *w, guint i, guint end, guint cue_flags)
{
  const GsParser *p = w->p;
  const char *s;

  if (i > end)
    return TRUE;
  s = gs_parser_lower(p, i);
  if (gs_is_punct(p, i, ",")) {
    /* ", adding …", ", who …", ", according to …", ", the company's
     * chief, …" trail the attribution; ", are acts of …" goes on with the
     * content, and ", "…"" opens it. */
    const char *n;

    if (i + 1 > end)
      return TRUE;
    n = gs_parser_lower(p, i + 1);
    /* ", saying …", ", speaking on …" trail; ", replacing him would …"
     * goes on with the content */
    /* ", clapping", ", looking out on the crowd", ", not even needing
     * to …": a participle clause describes the speaker */
    if ((g_str_has_suffix(n, "ing") && strlen(n) > 5 && !gs_parser_is_cap(p, i + 1) &&
         !gs_parser_has(p, i + 1, GS_WORDS_DETERMINER)) ||
        ((strcmp(n, "not") == 0 || strcmp(n, "never") == 0) && i + 2 <= end &&
         (g_str_has_suffix(gs_parser_lower(p, i + 2), "ing") ||
          (gs_parser_is(p, i + 2, "even") && i + 3 <= end &&
           g_str_has_suffix(gs_parser_lower(p, i + 3), "ing")))))
      return TRUE;
    return (gs_cue_at(p, i + 1) & CUE_PARTICIPLE) || strcmp(n, "speaking") == 0 ||
           strcmp(n, "referring") == 0 || strcmp(n, "citing") == 0 ||
           strcmp(n, "responding") == 0 || strcmp(n, "pointing") == 0 || strcmp(n, "who") == 0 ||
           strcmp(n, "which") == 0 ||
           /* "“You winning?” she said, but Kevin was drifting off": the
            * clause after the comma is the writer's */
           strcmp(n, "but") == 0 || strcmp(n, "and") == 0 || strcmp(n, "yet") == 0 ||
           strcmp(n, "until") == 0 || strcmp(n, "because") == 0 || strcmp(n, "according") == 0 ||
           gs_parser_form_has(p, i + 1, GS_WORDS_TIME) ||
           gs_parser_form_has(p, i + 1, GS_WORDS_NP_PREPOSITION) ||
           p->tok[i + 1].kind == GS_TOKEN_DASH ||
           /* ", the company's chief executive." — a short appositive to the end */
           (gs_parser_has(p, i + 1, GS_WORDS_DETERMINER) && !gs_span_has_verb(p, i + 1, end)) ||
           (gs_parser_is_cap(p, i + 1) && p->tok[i + 1].kind == GS_TOKEN_WORD &&
            !gs_parser_form_has(p, i + 1, GS_WORDS_PRONOUN) && !gs_span_has_verb(p, i + 1, end));
  }
  if (p->tok[i].kind == GS_TOKEN_PUNCT)
    return strcmp(s, ";") == 0 || strcmp(s, ".") == 0 || strcmp(s, "(") == 0;
  if (p->tok[i].kind == GS_TOKEN_DASH)
    return TRUE;
  if (gs_parser_form_has(p, i, GS_WORDS_TIME) ||
      gs_parser_form_has(p, i, GS_WORDS_NP_PREPOSITION) || strcmp(s, "during") == 0 ||
      strcmp(s, "after") == 0 || strcmp(s, "before") == 0 || strcmp(s, "when") == 0 ||
      strcmp(s, "while") == 0 || strcmp(s, "via") == 0 || strcmp(s, "by") == 0 ||
      strcmp(s, "through") == 0 || strcmp(s, "as") == 0 || strcmp(s, "late") == 0 ||
      strcmp(s, "also") == 0 || strcmp(s, "again") == 0 || strcmp(s, "today") == 0 ||
      strcmp(s, "yesterday") == 0 || strcmp(s, "recently") == 0) {
    /* "said on Monday that …" goes on with what was said */
    for (guint k = i; k <= end && k <= i + 6 && p->tok[k].kind != GS_TOKEN_PUNCT; k++) {
      if (gs_parser_is(p, k, "that"))
        return FALSE;
    }
    return TRUE;
  }
  if (cue_flags & CUE_TELL) {
    /* "he told reporters", "she told the BBC." */
    guint first, last;

    if (gs_np_forward(p, i, end, &first, &last))
      return gs_rest_is_trailer(w, last + 1, end, 0);
  }
  return FALSE;
}

/* The addressee of "told" at I: an object pronoun or a group noun
 * ("reporters"), or a name with its article ("the Eastbury Herald").
 * Returns the token after it, or I when there is none. */
static guint
gs_skip_addressee(const GsParser *p, guint i, guint end)
{
  const char *w;

  if (i > end)
    return i;
  w = gs_parser_lower(p, i);
  if (strcmp(w, "him") == 0 || strcmp(w, "her") == 0 || strcmp(w, "them") == 0 ||
      strcmp(w, "me") == 0 || strcmp(w, "us") == 0 ||
      (!gs_parser_is_cap(p, i) && gs_parser_form_has(p, i, GS_WORDS_GROUP_NOUN)))
    return i + 1;
  if ((strcmp(w, "the") == 0 || strcmp(w, "a") == 0) && i + 1 <= end && gs_parser_is_cap(p, i + 1))
    i++;
  if (!gs_parser_is_cap(p, i))
    return i;
  while (i <= end && gs_parser_is_cap(p, i) && p->tok[i].kind == GS_TOKEN_WORD)
    i++;
  return i;
}

/* Where a source-first frame's content starts: after "that", an
 * addressee ("told reporters"), time adjuncts ("on Monday"), "in a
 * statement", a colon. */
static guint
gs_content_start_after_cue(const Work *w, guint cue_last, guint end, guint flags)
{
  const GsParser *p = w->p;
  guint i = cue_last + 1;

  /* Look a short way ahead for "that" or ":" with only adjunct words
   * before it (further after "told": the addressee may have an
   * appositive, "told Tom Reyes, a reporter at the Herald, that"). */
  for (guint k = i; k <= end && k < i + ((flags & CUE_TELL) ? 16 : 10); k++) {
    const char *s = gs_parser_lower(p, k);

    if ((strcmp(s, "that") == 0 && p->tok[k].kind == GS_TOKEN_WORD) || gs_is_punct(p, k, ":")) {
      gboolean only_adjuncts = TRUE;

      for (guint a = i; a < k && only_adjuncts; a++) {
        const char *aw = gs_parser_lower(p, a);

        if (p->tok[a].kind == GS_TOKEN_QUOTE || gs_cue_at(p, a) != 0 ||
            gs_parser_form_has(p, a, GS_WORDS_AUXILIARY) ||
            /* "told media they heard a blast, and that …": the content
             * began before ("told the Globe and Mail that" did not) */
            ((strcmp(aw, "and") == 0 || strcmp(aw, "but") == 0 || strcmp(aw, "or") == 0) && a > i &&
             gs_is_punct(p, a - 1, ",")) ||
            (gs_is_punct(p, a, ",") && !(flags & CUE_TELL)))
          only_adjuncts = FALSE;
      }
      if (only_adjuncts && (k == i || (flags & CUE_TELL) || gs_rest_is_trailer(w, i, k - 1, flags) ||
                            gs_parser_has(p, i, GS_WORDS_TIME)))
        return k + 1;
      break;
    }
    if (p->tok[k].kind == GS_TOKEN_QUOTE || gs_cue_at(p, k) != 0)
      break;
  }
  /* "saying during the debate last week, “That makes me smart”": an
   * adjunct phrase and a comma before the quotation */
  if (i <= end && (gs_parser_form_has(p, i, GS_WORDS_NP_PREPOSITION) || gs_parser_is(p, i, "during"))) {
    for (guint k = i + 1; k + 1 <= end && k < i + 10; k++) {
      if (gs_is_punct(p, k, ",")) {
        if (p->tok[k + 1].kind == GS_TOKEN_QUOTE && (p->tok[k + 1].flags & GS_TOKEN_FLAG_OPEN_QUOTE) &&
            !gs_span_has_verb(p, i, k - 1))
          return k + 1;
        break;
      }
      if (p->tok[k].kind != GS_TOKEN_WORD && p->tok[k].kind != GS_TOKEN_NUMBER)
        break;
    }
  }
  if ((flags & CUE_ABOUT) && i <= end &&
      (gs_parser_is(p, i, "of") || gs_parser_is(p, i, "about")))
    return i + 1;
  /* "said Sunday", "said on Monday", "said in a statement" followed by
   * the content directly. */
  while (i <= end) {
    const char *s = gs_parser_lower(p, i);

    /* "said Sunday", "said late on Monday"; but "early elections" is
     * content */
    if (gs_parser_form_has(p, i, GS_WORDS_TIME) &&
        ((strcmp(s, "this") != 0 && strcmp(s, "last") != 0 && strcmp(s, "next") != 0 &&
          strcmp(s, "early") != 0 && strcmp(s, "late") != 0 && strcmp(s, "earlier") != 0 &&
          strcmp(s, "later") != 0) ||
         (i + 1 <= end && (gs_parser_has(p, i + 1, GS_WORDS_TIME) || gs_parser_is(p, i + 1, "on") ||
                           gs_parser_is(p, i + 1, "in"))))) {
      i++;
      continue;
    }
    if (strcmp(s, "only") == 0 || gs_is_punct(p, i, ":") || gs_is_punct(p, i, ",")) {
      i++;
      continue;
    }
    break;
  }
  if (flags & CUE_TELL) {
    guint after = gs_skip_addressee(p, i, end);

    /* "told reporters the talks had stalled", "told the Eastbury Herald
     * the mine would close": the content starts after the addressee */
    if (after > i && after <= end && p->tok[after].kind == GS_TOKEN_WORD &&
        !gs_parser_is(p, after, "about") && !gs_parser_is(p, after, "to"))
      i = after;
  }
  return i;
}

static void
gs_add_frame(Work *w, const Frame *f)
{
  g_array_append_val(w->frames, *f);
}

/* The last token of a sentence without its final punctuation. */
static guint
gs_sentence_body_end(const GsParser *p, guint s)
{
  guint first = p->sent[s].first_token;
  guint last = gs_sentence_last(p, s);

  while (last > first && (p->tok[last].kind == GS_TOKEN_PUNCT || p->tok[last].kind == GS_TOKEN_ELLIPSIS))
    last--;
  return last;
}

/* Words after which a speech participle is a gerund that reports speech
 * ("by saying", "for claiming", "and insisting"); not "without" ("it goes
 * without saying that …" reports nobody). */
static gboolean
gs_is_gerund_lead(const char *lower)
{
  static const char *const leads[] = {"by", "from", "for", "after", "before", "while",
                                      "when", "and", "in", NULL};

  return g_strv_contains(leads, lower);
}

/* The subject of the sentence's main clause, for ", saying …": after a
 * leading adjunct that ends in a comma ("Asked about the talks, …"), the
 * noun phrase before the first verb-like word. */
static gboolean
gs_sentence_subject(const GsParser *p, guint s, guint before, guint *first, guint *last)
{
  guint i = p->sent[s].first_token;
  guint k;

  if (p->tok[i].kind == GS_TOKEN_WORD && !gs_parser_is_cap(p, i + 1 <= before ? i : i)) {
    /* lower-case start: not a clause we can read */
  }
  {
    const char *w0 = gs_parser_lower(p, i);

    if (gs_parser_form_has(p, i, GS_WORDS_NP_PREPOSITION) || g_str_has_suffix(w0, "ed") ||
        g_str_has_suffix(w0, "ing") || gs_parser_form_has(p, i, GS_WORDS_CLAUSE_BREAK) ||
        strcmp(w0, "under") == 0 || strcmp(w0, "however") == 0 || strcmp(w0, "but") == 0) {
      for (k = i; k < before; k++) {
        if (gs_is_punct(p, k, ",")) {
          i = k + 1;
          break;
        }
      }
    }
  }
  for (k = i; k < before; k++) {
    const char *w = gs_parser_lower(p, k);

    if (!gs_is_np_word(p, k) || gs_parser_form_has(p, k, GS_WORDS_AUXILIARY))
      break;
    if (k > i && !gs_parser_is_cap(p, k) && (g_str_has_suffix(w, "ed") || g_str_has_suffix(w, "es")))
      break;
  }
  if (k == i)
    return FALSE;
  *first = i;
  *last = k - 1;
  return TRUE;
}

gboolean
gs_is_owned_claim_noun(const char *lower)
{
  return gs_words_has(GS_WORDS_OWNED_CLAIM, lower);
}

/* Past participles that deny what they are said of: "was denied by …". */
static gboolean
gs_is_denying_verb(const char *lower)
{
  static const char *const forms[] = {"denied", "rejected", "dismissed", "refuted", "disputed",
                                      NULL};

  return g_strv_contains(forms, lower);
}

/* Does a claim noun stand among tokens [FIRST, LAST) ("the union's claim
 * that …", "reports that …")? A person "was dismissed by" an employer. */
static gboolean
gs_span_names_claim(const GsParser *p, guint first, guint last)
{
  for (guint k = first; k < last; k++) {
    if (gs_parser_form_has(p, k, GS_WORDS_OWNED_CLAIM) || gs_parser_form_has(p, k, GS_WORDS_CLAIM_NOUN))
      return TRUE;
  }
  return FALSE;
}

/* Is there a comma among tokens [FIRST, LAST)? */
static gboolean
gs_span_has_comma(const GsParser *p, guint first, guint last)
{
  for (guint k = first; k < last; k++) {
    if (gs_is_punct(p, k, ","))
      return TRUE;
  }
  return FALSE;
}

/* Is token I a finite auxiliary or modal ("was", "had", "will"): of the
 * auxiliaries, not "be", "been" or "being"? */
static gboolean
gs_is_finite_verb(const GsParser *p, guint i)
{
  return gs_parser_form_has(p, i, GS_WORDS_AUXILIARY) && !gs_parser_is(p, i, "be") &&
         !gs_parser_is(p, i, "been") && !gs_parser_is(p, i, "being");
}

/* "Politifact checked Trump's claim that there were …", "Contrary to his
 * warning that prices would rise, …": the owner of a claim noun speaks;
 * what follows "that" up to a comma is the claim. */
static gboolean
gs_owned_claim_frame(Work *w, guint i, guint start, guint end, Frame *f)
{
  GsParser *p = w->p;
  guint first;

  if (i <= start || i + 2 > end || !gs_parser_is(p, i + 1, "that") || w->quote_of[i] >= 0 ||
      p->tok[i - 1].kind != GS_TOKEN_WORD)
    return FALSE;
  first = i - 1;
  if (gs_possessive_suffix(gs_parser_lower(p, i - 1)) > 0) {
    /* "Donald Trump's", "the striking union's": the owner's name, or its
     * noun with the words before it back to an article */
    gboolean cap = gs_parser_is_cap(p, i - 1);

    while (first > start && first + 4 > i && p->tok[first - 1].kind == GS_TOKEN_WORD &&
           !gs_parser_has(p, first - 1, GS_WORDS_CLAUSE_BREAK) &&
           !gs_parser_has(p, first - 1, GS_WORDS_NP_PREPOSITION) &&
           (cap ? gs_parser_is_cap(p, first - 1) && !gs_parser_has(p, first - 1, GS_WORDS_DETERMINER)
                : gs_is_np_word(p, first - 1))) {
      first--;
      if (gs_parser_has(p, first, GS_WORDS_DETERMINER))
        break;
    }
  } else if (!gs_parser_form_has(p, i - 1, GS_WORDS_POSSESSIVE)) {
    return FALSE;
  }
  f->shape = FRAME_SOURCE_FIRST;
  f->cue_first = f->cue_last = i;
  f->src_first = first;
  f->src_last = i - 1;
  /* a claim named inside another's words ("denied the union's claim
   * that …") does not cut them short */
  f->region_first = end + 1;
  f->content_first = i + 2;
  f->content_last = end;
  {
    /* the claim as the subject ("The union's claim that talks had
     * stalled was dismissed"): the sentence's own verb, the second
     * finite one, ends it */
    gboolean subject = first == start || gs_is_punct(p, first - 1, ",") || gs_is_punct(p, first - 1, ":");
    guint finite = 0;

    for (guint k = i + 2; k <= end; k++) {
      gboolean aux = gs_is_finite_verb(p, k);

      if (gs_is_punct(p, k, ",") || gs_is_punct(p, k, ";") ||
          (subject && aux && finite > 0 && !gs_is_finite_verb(p, k - 1))) {
        f->content_last = k - 1;
        break;
      }
      finite += aux;
    }
  }
  return f->content_last > f->content_first;
}

/* "amid reports (that) X will …", "denied claims that X …": a claim noun
 * after a preposition or a verb that takes it, followed by "that" or by a
 * clause (a subject, then a modal or auxiliary within a few words). */
static gboolean
gs_claim_noun_frame(Work *w, guint i, guint start, guint end, Frame *f)
{
  GsParser *p = w->p;
  const char *before = gs_parser_lower(p, i - 1);
  guint content = i + 1;
  gboolean clause = FALSE;

  /* a word before it: a preposition ("amid reports"), a verb ("denied
   * claims"), an article, an adjective ("media reports") */
  if (p->tok[i - 1].kind != GS_TOKEN_WORD)
    return FALSE;
  /* "The New York Post reports that …", "Reuters claims …": after a name
   * that opens the clause, "reports" is the verb, and the name speaks
   * ("amid Israeli reports that …" keeps its preposition before it) */
  if (gs_parser_is_cap(p, i - 1) && gs_is_np_word(p, i - 1) &&
      !gs_parser_has(p, i - 1, GS_WORDS_CLAUSE_BREAK) && gs_cue_at(p, i) != 0) {
    gint b = (gint)i - 1;

    while (b >= (gint)start && (gs_parser_is_cap(p, (guint)b) || gs_parser_is(p, (guint)b, "the")))
      b--;
    if (b < (gint)start || p->tok[b].kind != GS_TOKEN_WORD ||
        !(gs_parser_has(p, (guint)b, GS_WORDS_NP_PREPOSITION) || gs_parser_is(p, (guint)b, "amid") ||
          gs_parser_is(p, (guint)b, "despite") || gs_parser_is(p, (guint)b, "following") ||
          gs_parser_is(p, (guint)b, "after") || gs_cue_at(p, (guint)b) != 0))
      return FALSE;
  }
  if (gs_parser_is(p, content, "that")) {
    content++;
    clause = TRUE;
  } else {
    for (guint k = content + 1; k <= end && k <= content + 4; k++) {
      if (gs_parser_has(p, k, GS_WORDS_AUXILIARY)) {
        clause = gs_parser_is_cap(p, content) || gs_parser_has(p, content, GS_WORDS_DETERMINER) ||
                 gs_parser_has(p, content, GS_WORDS_PRONOUN);
        break;
      }
      if (!gs_is_np_word(p, k))
        break;
    }
  }
  if (!clause || content > end || w->quote_of[i] >= 0)
    return FALSE;
  f->shape = FRAME_SOURCE_FIRST;
  f->cue_first = f->cue_last = i;
  f->src_first = f->src_last = i;
  f->region_first =
      gs_parser_form_has(p, i - 1, GS_WORDS_CLAUSE_BREAK) || strcmp(before, "following") == 0
          ? i - 1
          : i;
  f->content_first = content;
  f->content_last = end;
  (void)start;
  return TRUE;
}

/* "him", "them": the object of a verb of seeing or hearing ("shows him
 * saying …"). */
static gboolean
gs_is_object_pronoun(const char *lower)
{
  static const char *const forms[] = {"him", "her", "them", "us", "me", NULL};

  return g_strv_contains(forms, lower);
}

/* Verbs of seeing and hearing that take a speaker and "saying": "a video
 * shows Trump saying …", "witnesses heard him saying …". */
static gboolean
gs_is_perception_verb(const char *lower)
{
  static const char *const verbs[] = {"show", "shows", "showed", "showing", "shown", "hear", "hears",
                                      "heard", "see", "sees", "saw", "seen", "captured", "filmed",
                                      "recorded", "caught", NULL};

  return g_strv_contains(verbs, lower);
}

/* "himself", "themselves": never the content of a reporting verb. */
static gboolean
gs_is_reflexive(const char *lower)
{
  static const char *const forms[] = {"myself", "yourself", "himself", "herself", "itself",
                                      "ourselves", "yourselves", "themselves", NULL};

  return g_strv_contains(forms, lower);
}

/* Words that open an adjunct, never the content of a reporting verb. */
static gboolean
gs_is_adjunct_opener(const char *lower)
{
  static const char *const openers[] = {"when", "as", "while", "whereas", "because", NULL};

  return g_strv_contains(openers, lower);
}

/* Where words are said: "in an interview", "in a statement". */
static gboolean
gs_is_medium(const char *lower)
{
  static const char *const media[] = {"interview", "statement", "speech", "email", "e-mail",
                                      "letter", "tweet", "post", "op-ed", "briefing", "conference",
                                      "call", "radio", "television", "tv", "podcast", "video",
                                      "message", "memo", "note", "filing", "hearing", "address",
                                      "news", "press", NULL};

  return g_strv_contains(media, lower);
}

/* Verbs that put something in a medium ("appeared in a video", "shown
 * on television"), where the medium belongs to the content. */
static gboolean
gs_is_display_verb(const GsParser *p, guint i)
{
  static const char *const verbs[] = {"appeared", "appears", "appear", "seen", "shown", "featured",
                                      "pictured", "filmed", "captured", "broadcast", "aired",
                                      "posted", "published", "mentioned", "named", "quoted", NULL};
  const char *lower = gs_parser_lower(p, i);

  return g_strv_contains(verbs, lower);
}

/* Verbs whose content is an undertaking: "pledged to oppose the bill". */
static gboolean
gs_is_commissive(const char *lower)
{
  return g_str_has_prefix(lower, "pledg") || g_str_has_prefix(lower, "promis") ||
         g_str_has_prefix(lower, "vow") || g_str_has_prefix(lower, "agree");
}

/* Words that head a rubric, not a speaker: "Correction:", "Update:". */
static gboolean
gs_is_rubric(const char *lower)
{
  static const char *const rubrics[] = {"correction", "update", "updated", "editor's", "note",
                                        "related", "watch", "read", "photo", "video", "source",
                                        "sources", "disclosure", "clarification", "advertisement",
                                        "breaking", "live", "exclusive", "analysis", "opinion", NULL};

  return g_strv_contains(rubrics, lower);
}

/* Does [first, last] hold a verb-like word (an auxiliary, a cue, a past
 * form)? An introductory phrase ("In the end,", "Following the
 * reports,") has none, and is no content. */
static gboolean
gs_span_has_verb(const GsParser *p, guint first, guint last)
{
  for (guint i = first; i <= last; i++) {
    const char *w = gs_parser_lower(p, i);

    if (p->tok[i].kind != GS_TOKEN_WORD || gs_parser_is_cap(p, i))
      continue;
    if (gs_parser_form_has(p, i, GS_WORDS_AUXILIARY) || gs_parser_form_has(p, i, GS_WORDS_VERB) ||
        gs_cue_at(p, i) != 0 || g_str_has_suffix(w, "ed") || g_str_has_suffix(w, "n't"))
      return TRUE;
    if (g_str_has_suffix(w, "s") && i > first && (gs_parser_is_cap(p, i - 1) ||
                                                  gs_parser_has(p, i - 1, GS_WORDS_PRONOUN)))
      return TRUE;
  }
  return FALSE;
}

/* The comma that ends an attribution interrupting its content when an
 * adjunct or an addressee stands between the cue and the comma ("The
 * difference, he said on Friday, is …", "The organs, she told Al-Monitor,
 * were …"); CUE_LAST + 1 when there is none. The words after the comma
 * must go on with the content: not a clause of the writer's ("…, so …"),
 * nor an appositive to the addressee ("told Ann Lee, a journalist, that"). */
static guint
gs_interruption_end(const Work *w, guint cue_last, guint end, guint flags)
{
  const GsParser *p = w->p;
  guint from = cue_last + 1, c = from, next;

  while (c <= end && c <= cue_last + 6 && p->tok[c].kind == GS_TOKEN_WORD &&
         !gs_parser_is(p, c, "that") && !gs_parser_has(p, c, GS_WORDS_CLAUSE_BREAK))
    c++;
  if (c > end || c == from || !gs_is_punct(p, c, ",") || gs_span_has_verb(p, from, c - 1))
    return from;
  /* an addressee ("told me", "told Al-Monitor") or an adjunct ("on
   * Friday", "in an interview") */
  if (!((flags & CUE_TELL) && gs_skip_addressee(p, from, c - 1) > from) &&
      !gs_parser_has(p, from, GS_WORDS_NP_PREPOSITION) && !gs_parser_has(p, from, GS_WORDS_TIME))
    return from;
  next = c + 1;
  /* (nor a participle clause: "…, following his arrest") */
  if (next > end || p->tok[next].kind != GS_TOKEN_WORD ||
      gs_parser_has(p, next, GS_WORDS_CLAUSE_BREAK) ||
      gs_parser_has(p, next, GS_WORDS_DETERMINER) ||
      g_str_has_suffix(gs_parser_lower(p, next), "ing") || gs_rest_is_trailer(w, c, end, 0))
    return from;
  return c;
}

/* Does the sentence open with a name and an appositive to it, up to the
 * comma at COMMA ("Maria Lind, a teacher at the school,")? Then the name
 * speaks what follows the cue after the comma, whatever that looks like
 * ("…, said the strike sends money" is no inverted frame). */
static gboolean
gs_opens_with_name_appositive(const GsParser *p, guint start, guint comma)
{
  guint nf, nl, a, verbless_to;

  if (comma < start + 3 || !gs_parser_is_cap(p, start) ||
      !gs_np_forward(p, start, comma - 1, &nf, &nl) || nl + 2 >= comma ||
      !gs_is_punct(p, nl + 1, ","))
    return FALSE;
  a = nl + 2;
  /* "Derek Mitchell, who served as ambassador, said …" */
  if (gs_parser_is(p, a, "who") || gs_parser_is(p, a, "whose"))
    return TRUE;
  /* the appositive itself has no verb; a relative clause in it may
   * ("president of the union, which represents teachers,") */
  verbless_to = comma - 1;
  for (guint k = a + 1; k < comma; k++) {
    if (gs_is_punct(p, k - 1, ",") &&
        (gs_parser_is(p, k, "which") || gs_parser_is(p, k, "who") || gs_parser_is(p, k, "whose"))) {
      verbless_to = k - 1;
      break;
    }
  }
  return gs_is_describing_appositive(p, a, verbless_to);
}

/* A headline in title case: most words capitalised (nearly all when it
 * ends with a full stop). */
static gboolean
gs_sentence_is_title_case(const GsParser *p, guint s)
{
  guint first = p->sent[s].first_token, last = gs_sentence_last(p, s);
  guint words = 0, caps = 0;

  if (p->sent[s].n_tokens > 20)
    return FALSE;
  for (guint i = first; i <= last; i++) {
    if (p->tok[i].kind != GS_TOKEN_WORD)
      continue;
    words++;
    caps += gs_parser_is_cap(p, i);
  }
  /* a headline given a full stop ("…, Senator Says.") needs more capitals */
  if (gs_is_punct(p, last, "."))
    return words >= 5 && caps * 10 >= words * 8;
  return words >= 3 && caps * 10 >= words * 7;
}

static void
gs_find_frames_in_sentence(Work *w, guint s)
{
  GsParser *p = w->p;
  guint start = p->sent[s].first_token;
  guint end = gs_sentence_body_end(p, s);

  for (guint i = start; i <= end; i++) {
    const char *lw = gs_parser_lower(p, i);
    guint flags;
    Frame f = {0};

    /* "“…” ― Name": a quotation signed with a dash. */
    if (p->tok[i].kind == GS_TOKEN_DASH && i > start && gs_is_close_quote(w, i - 1) && i < end) {
      guint nf, nl;

      if (gs_np_forward(p, i + 1, end, &nf, &nl) && gs_parser_is_cap(p, nf) &&
          (nl == end || gs_is_punct(p, nl + 1, ","))) {
        f.shape = FRAME_INVERTED;
        f.sentence = s;
        f.quote = -1;
        f.parent = -1;
        f.quote2 = -1;
        f.cue_first = f.cue_last = i;
        f.src_first = nf;
        f.src_last = nl;
        f.region_first = i;
        gs_add_frame(w, &f);
        i = nl;
        continue;
      }
    }
    if (p->tok[i].kind != GS_TOKEN_WORD || w->quote_of[i] >= 0)
      continue;
    f.sentence = s;
    f.quote = -1;
    f.quote2 = -1;
    f.parent = -1;
    f.src_first = f.src_last = G_MAXUINT;

    /* according to X */
    if (strcmp(lw, "according") == 0 && gs_parser_is(p, i + 1, "to") && i + 2 <= end) {
      guint nf, nl;

      if (!gs_np_forward(p, i + 2, end, &nf, &nl))
        continue;
      f.shape = FRAME_ACCORDING_TO;
      f.cue_first = i;
      f.cue_last = i + 1;
      f.src_first = nf;
      f.src_last = nl;
      f.region_first = i > start && gs_is_punct(p, i - 1, ",") ? i - 1 : i;
      if (i == start || (i == start + 1 && p->tok[start].kind == GS_TOKEN_WORD)) {
        guint c = nl + 1;

        while (c <= end && !gs_is_punct(p, c, ","))
          c++;
        f.content_first = c + 1;
        f.content_last = end;
      } else {
        f.content_first = start;
        f.content_last = f.region_first > start ? f.region_first - 1 : start;
      }
      if (f.content_first > f.content_last || f.content_first > end)
        continue;
      gs_add_frame(w, &f);
      i = nl;
      continue;
    }

    if (gs_parser_form_has(p, i, GS_WORDS_OWNED_CLAIM) && gs_owned_claim_frame(w, i, start, end, &f)) {
      gs_add_frame(w, &f);
      continue;
    }
    /* "amid reports Chelsea will bid", "scotch claims that …": the claim
     * itself is the source. */
    if (gs_parser_has(p, i, GS_WORDS_CLAIM_NOUN) && i > start && i + 2 <= end &&
        gs_claim_noun_frame(w, i, start, end, &f)) {
      gs_add_frame(w, &f);
      continue;
    }
    flags = gs_cue_at(p, i);
    /* Verbs are lower case: "United States" is no cue, except in a
     * headline set in title case. */
    if (flags == 0 || (gs_parser_is_cap(p, i) && !gs_sentence_is_title_case(p, s)))
      continue;
    f.cue_first = f.cue_last = i;
    if ((flags & CUE_COLON) && !gs_is_punct(p, i + 1, ":"))
      continue;
    if (flags & CUE_PARTICLE) {
      if (!(gs_parser_is(p, i + 1, "out") || gs_parser_is(p, i + 1, "down")))
        continue;
      f.cue_last = i + 1;
    }

    /* ", saying (that) …"; a gerund after a preposition or "and" says as
     * much: "began by saying he would …", "for saying that …" */
    if ((flags & CUE_PARTICIPLE) && i > start &&
        (gs_is_punct(p, i - 1, ",") ||
         ((flags & CUE_GERUND) && gs_is_gerund_lead(gs_parser_lower(p, i - 1))))) {
      f.shape = FRAME_PARTICIPLE;
      f.region_first = i - 1;
      f.content_first = gs_content_start_after_cue(w, i, end, flags);
      f.content_last = end;
      if (f.content_first <= end)
        gs_add_frame(w, &f);
      continue;
    }
    /* "footage of Trump saying …", "a video shows him saying …": the one
     * seen or heard speaking */
    if ((flags & CUE_PARTICIPLE) && i > start + 1) {
      guint nf = i - 1, nl = i - 1;
      gboolean object = gs_is_object_pronoun(gs_parser_lower(p, i - 1));

      if (!object) {
        while (nf > start && gs_parser_is_cap(p, nf) && gs_parser_is_cap(p, nf - 1) &&
               p->tok[nf - 1].kind == GS_TOKEN_WORD && nl - nf < 3)
          nf--;
      }
      if (nf > start && (object || (gs_parser_is_cap(p, nl) && gs_np_plausible_speaker(p, nf, nl))) &&
          (gs_parser_is(p, nf - 1, "of") || gs_is_perception_verb(gs_parser_lower(p, nf - 1)))) {
        f.shape = FRAME_SOURCE_FIRST;
        f.src_first = nf;
        f.src_last = nl;
        f.region_first = nf;
        f.content_first = gs_content_start_after_cue(w, i, end, flags);
        f.content_last = end;
        if (f.content_first <= end)
          gs_add_frame(w, &f);
        continue;
      }
    }
    if (flags & CUE_PARTICIPLE) {
      /* "is saying", "isn't saying": a progressive, read as any cue. */
      gint b = (gint)i - 1;

      while (b >= (gint)start && (gs_parser_is(p, (guint)b, "not") || gs_parser_is(p, (guint)b, "also") ||
                                  gs_parser_is(p, (guint)b, "now") || gs_parser_is(p, (guint)b, "still")))
        b--;
      if (b < (gint)start || !(gs_parser_is(p, (guint)b, "is") || gs_parser_is(p, (guint)b, "are") ||
                               gs_parser_is(p, (guint)b, "was") || gs_parser_is(p, (guint)b, "were") ||
                               gs_parser_is(p, (guint)b, "isn't") || gs_parser_is(p, (guint)b, "aren't") ||
                               gs_parser_is(p, (guint)b, "been") || gs_parser_is(p, (guint)b, "'s")))
        continue;
      {
        guint nf, nl;
        gint j = gs_skip_back_adjuncts(p, b - 1, (gint)start);

        if (!gs_np_back(p, j, (gint)start, &nf, &nl) || !gs_np_plausible_speaker(p, nf, nl))
          continue;
        f.shape = FRAME_SOURCE_FIRST;
        f.src_first = nf;
        f.src_last = nl;
        f.region_first = nf;
        f.content_first = gs_content_start_after_cue(w, i, end, flags);
        f.content_last = end;
        if (f.content_first <= end)
          gs_add_frame(w, &f);
      }
      continue;
    }

    /* "hopes to be elected", "threatened to leave", "showed up", "called
     * in": a weak cue with an infinitive or a particle is no attribution. */
    if ((flags & CUE_WEAK) && ((gs_parser_is(p, f.cue_last + 1, "to") && !gs_is_commissive(lw)) ||
                               (gs_parser_is(p, f.cue_last + 1, "not") && gs_parser_is(p, f.cue_last + 2, "to")) ||
                               gs_parser_is(p, f.cue_last + 1, "up") ||
                               gs_parser_is(p, f.cue_last + 1, "in") || gs_parser_is(p, f.cue_last + 1, "into") ||
                               gs_parser_is(p, f.cue_last + 1, "back") ||
                               gs_parser_is(p, f.cue_last + 1, "off") ||
                               /* "reported from Kabul": where from, not what */
                               (gs_parser_is(p, f.cue_last + 1, "from") && gs_parser_is_cap(p, f.cue_last + 2))))
      continue;
    /* "found themselves in a war": a reflexive is no content */
    if (f.cue_last + 1 <= end && gs_is_reflexive(gs_parser_lower(p, f.cue_last + 1)))
      continue;
    /* "spoke of", "speaks about": without the preposition, no content */
    if ((flags & CUE_ABOUT) && !(gs_parser_is(p, f.cue_last + 1, "of") || gs_parser_is(p, f.cue_last + 1, "about")) &&
        !gs_sentence_is_title_case(p, s))
      continue;
    /* "believed to be", "expected to": a raising verb, not a cue. */
    if (gs_parser_is(p, f.cue_last + 1, "to") &&
        (strcmp(lw, "believed") == 0 || strcmp(lw, "expected") == 0 || strcmp(lw, "thought") == 0 ||
         strcmp(lw, "reported") == 0 || strcmp(lw, "said") == 0 || strcmp(lw, "alleged") == 0 ||
         strcmp(lw, "estimated") == 0 || strcmp(lw, "feared") == 0 || strcmp(lw, "found") == 0))
      continue;
    /* A passive "were expected", "was reported" is not a cue. */
    {
      gint b = (gint)i - 1;

      /* "was first declared by …" */
      while (b >= (gint)start && (gs_parser_is(p, (guint)b, "also") || gs_parser_is(p, (guint)b, "not") ||
                                  gs_parser_is(p, (guint)b, "widely") || gs_parser_is(p, (guint)b, "often") ||
                                  gs_parser_is(p, (guint)b, "first") ||
                                  gs_is_manner_adverb(p, (guint)b, (gint)start)))
        b--;
      if (b >= (gint)start) {
        const char *bw = gs_parser_lower(p, (guint)b);

        if (strcmp(bw, "is") == 0 || strcmp(bw, "was") == 0 || strcmp(bw, "were") == 0 ||
            strcmp(bw, "are") == 0 || strcmp(bw, "be") == 0 || strcmp(bw, "been") == 0 ||
            strcmp(bw, "being") == 0 || strcmp(bw, "to") == 0 ||
            gs_parser_form_has(p, (guint)b, GS_WORDS_DETERMINER) || g_str_has_suffix(bw, "'s") ||
            (p->tok[b].kind == GS_TOKEN_QUOTE && !(p->tok[b].flags & GS_TOKEN_FLAG_SPACE_BEFORE) &&
             b > (gint)start && g_str_has_suffix(gs_parser_lower(p, (guint)b - 1), "s"))) {
          guint nf, nl;

          /* "The union's claim that … was dismissed by the port": a
           * passive denial names its denier after "by", and what it
           * denies is the subject before it */
          if (gs_is_denying_verb(lw) && b > (gint)start && gs_is_finite_verb(p, (guint)b) &&
              gs_parser_is(p, f.cue_last + 1, "by") && !gs_span_has_comma(p, start, (guint)b) &&
              gs_span_names_claim(p, start, (guint)b) &&
              gs_np_forward(p, f.cue_last + 2, end, &nf, &nl) && gs_np_plausible_speaker(p, nf, nl)) {
            f.shape = FRAME_INVERTED;
            f.src_first = nf;
            f.src_last = nl;
            f.region_first = (guint)b;
            gs_add_frame(w, &f);
            i = nl;
          }
          continue;
        }
      }
    }

    /* Inverted: "…, said the official" / "…” said Parry"; not after a
     * name and its appositive ("Maria Lind, a teacher, said …"), nor in
     * a headline ("Jordan, Unabashed, Announces Raid") */
    if ((flags & CUE_SPEECH) && !(flags & CUE_TELL) && i > start && !gs_parser_is_cap(p, i) &&
        (gs_is_punct(p, i - 1, ",") || gs_is_close_quote(w, i - 1)) &&
        !(gs_is_punct(p, i - 1, ",") && gs_opens_with_name_appositive(p, start, i - 1))) {
      guint nf, nl;

      /* of the weak cues, only those that report (CUE_REPORTS), and
       * with a named speaker after them: "…, reported Reuters", not "…,
       * shows resistance forces" or "“…” reports given to states" */
      if (gs_np_forward(p, i + 1, end, &nf, &nl) &&
          (!(flags & CUE_WEAK) ||
           ((flags & CUE_REPORTS) &&
            (gs_parser_is_cap(p, nf) ||
             ((gs_parser_is(p, nf, "the") || gs_parser_is(p, nf, "a")) && nf < nl &&
              gs_parser_is_cap(p, nf + 1))))) &&
          !gs_parser_has(p, nf, GS_WORDS_TIME) &&
          !gs_parser_has(p, nf, GS_WORDS_NP_PREPOSITION) &&
          (gs_rest_is_trailer(w, nl + 1, end, 0) || gs_is_close_quote(w, i - 1) ||
           (i >= start + 2 && gs_is_close_quote(w, i - 2)))) {
        f.shape = FRAME_INVERTED;
        f.src_first = nf;
        f.src_last = nl;
        f.region_first = i - 1;
        gs_add_frame(w, &f);
        i = nl;
        continue;
      }
    }

    {
      gint j = gs_skip_back_adjuncts(p, (gint)i - 1, (gint)start);
      guint nf, nl;

      /* "…supported Democrats for years, and said he did not …": a
       * coordinated cue takes the subject of its clause, as ", saying"
       * does. */
      if (j > (gint)start && (gs_parser_is(p, (guint)j, "and") || gs_parser_is(p, (guint)j, "but")) &&
          (flags & CUE_SPEECH) && !(flags & CUE_WEAK) && gs_cue_is_plain(lw)) {
        f.shape = FRAME_PARTICIPLE;
        /* it does not cut a statement before it: "told jurors A, and had
         * warned him B" is one account */
        f.region_first = end + 1;
        f.content_first = gs_content_start_after_cue(w, f.cue_last, end, flags);
        f.content_last = end;
        if (f.content_first <= end)
          gs_add_frame(w, &f);
        continue;
      }
      if (!gs_np_back(p, j, (gint)start, &nf, &nl))
        continue;
      if (w->quote_of[nf] >= 0)
        continue;
      if ((flags & CUE_WEAK || !gs_cue_is_plain(lw)) && !gs_np_plausible_speaker(p, nf, nl))
        continue;
      if (gs_parser_is(p, nl, "it") && (flags & CUE_WEAK) && !(flags & CUE_OBJECT))
        continue;
      f.src_first = nf;
      f.src_last = nl;

      /* Where an interrupting attribution ends: at the comma after the
       * cue, or after an adjunct or addressee ("he said on Friday,", "he
       * told me,") */
      guint comma = f.cue_last + 1;

      if ((flags & CUE_SPEECH) && nf > start && gs_is_punct(p, nf - 1, ",") &&
          !gs_is_punct(p, comma, ","))
        comma = gs_interruption_end(w, f.cue_last, end, flags);
      /* Content-first: "…, the official said (on Monday)." */
      if ((flags & CUE_SPEECH) && nf > start && comma == f.cue_last + 1 &&
          (gs_is_punct(p, nf - 1, ",") || gs_is_close_quote(w, nf - 1) ||
           gs_is_punct(p, nf - 1, ";")) &&
          (gs_rest_is_trailer(w, f.cue_last + 1, end, flags) ||
           /* "“A,” she said at a news conference announcing that B": after
            * a quotation, what follows the cue is an adjunct, whatever
            * clause it holds, unless "that" or a colon opens it at once */
           (gs_is_close_quote(w, nf - 1) &&
            g_array_index(w->quotes, Quote, w->quote_of[nf - 1]).open <= start &&
            f.cue_last + 1 <= end && !gs_parser_is(p, f.cue_last + 1, "that") &&
            !gs_is_punct(p, f.cue_last + 1, ":")) ||
           /* a split quotation: "“A,” he said, “B.”" */
           (gs_is_close_quote(w, nf - 1) && gs_is_punct(p, f.cue_last + 1, ",") &&
            f.cue_last + 2 <= gs_sentence_last(p, s) && p->tok[f.cue_last + 2].kind == GS_TOKEN_QUOTE &&
            (p->tok[f.cue_last + 2].flags & GS_TOKEN_FLAG_OPEN_QUOTE)))) {
        f.shape = FRAME_CONTENT_FIRST;
        f.region_first = nf - 1;
        gs_add_frame(w, &f);
        continue;
      }
      /* Interrupted: "Acts of protest, Mr. X said, are acts of …" — the
       * content is the whole sentence around the attribution. */
      if ((flags & CUE_SPEECH) && nf > start && gs_is_punct(p, nf - 1, ",") &&
          gs_is_punct(p, comma, ",") && comma + 1 <= end && w->quote_of[comma + 1] < 0) {
        f.shape = FRAME_CONTENT_FIRST;
        f.region_first = nf - 1;
        f.interrupted = TRUE;
        gs_add_frame(w, &f);
        continue;
      }
      f.shape = FRAME_SOURCE_FIRST;
      f.region_first = nf;
      /* "a contractor who said": the mention in the sentence is "who" */
      for (guint k = nl + 1; k < i && k <= nl + 2; k++) {
        if (gs_parser_is(p, k, "who"))
          f.who = k + 1;
      }
      /* "…after the hosts said …": the subordinator belongs to this frame. */
      if (nf > start && p->tok[nf - 1].kind == GS_TOKEN_WORD &&
          gs_parser_has(p, nf - 1, GS_WORDS_CLAUSE_BREAK))
        f.region_first = nf - 1;
      if (f.region_first > start && gs_is_punct(p, f.region_first - 1, ","))
        f.region_first--;
      f.content_first = gs_content_start_after_cue(w, f.cue_last, end, flags);
      f.content_last = end;
      /* "said as he entered the talks", "responded with logic", "said
       * when she resigned": an adjunct, not what was said; but after
       * "that" ("said that because the river rose, …") it is the content */
      /* "said before he died": a clause of time, no content ("said
       * before the final he would …" goes on to one) */
      if (f.content_first + 1 <= end && w->quote_of[f.content_first] < 0 &&
          (gs_parser_is(p, f.content_first, "before") || gs_parser_is(p, f.content_first, "until")) &&
          gs_parser_form_has(p, f.content_first + 1, GS_WORDS_PRONOUN))
        continue;
      if (f.content_first <= end && w->quote_of[f.content_first] < 0 && !(flags & CUE_OBJECT) &&
          gs_is_adjunct_opener(gs_parser_lower(p, f.content_first)) &&
          !(f.content_first > f.cue_last + 1 && gs_parser_is(p, f.content_first - 1, "that")) &&
          !(gs_parser_is(p, f.content_first, "to") && (gs_is_commissive(lw) || (flags & CUE_TELL) || (flags & CUE_WEAK))))
        continue;
      /* "did not respond to requests for comment", "replied to the
       * letter": what follows "to" is what was answered, not the answer */
      if ((flags & CUE_ANSWER) && f.content_first == f.cue_last + 1 && f.content_first <= end &&
          gs_parser_is(p, f.content_first, "to"))
        continue;
      /* "Having said …" is no speaker */
      if (nf == nl && g_str_has_suffix(gs_parser_lower(p, nf), "ing"))
        continue;
      if (f.content_first > end) {
        /* "He said:" closing a paragraph, the quotation opening the next. */
        guint next = gs_sentence_last(p, s) + 1;

        if (!gs_is_punct(p, f.cue_last + 1, ":") || next >= p->n_tok || w->quote_of[next] < 0 ||
            g_array_index(w->quotes, Quote, w->quote_of[next]).open != next)
          continue;
        f.quote = w->quote_of[next];
        f.content_first = next;
        f.content_last = g_array_index(w->quotes, Quote, f.quote).close;
      }
      gs_add_frame(w, &f);
    }
  }

  /* "NAME: content" at the start of a paragraph (interviews, headlines). */
  if (p->sent[s].first_token == start && (p->tok[start].flags & GS_TOKEN_FLAG_LINE_START)) {
    guint k = start;

    while (k <= end && k < start + 3 && gs_parser_is_cap(p, k) && p->tok[k].kind == GS_TOKEN_WORD)
      k++;
    /* A name or a short all-capitals label; "The Latest:" is a rubric. */
    if (k > start && k < end && gs_is_punct(p, k, ":") &&
        !gs_parser_has(p, start, GS_WORDS_TIME) && !gs_is_rubric(gs_parser_lower(p, start)) &&
        !gs_parser_has(p, start, GS_WORDS_DETERMINER) &&
        (k - start <= 2 || (p->tok[start].flags & GS_TOKEN_FLAG_ALL_CAPS))) {
      Frame f = {0};

      f.shape = FRAME_LABEL;
      f.sentence = s;
      f.quote = -1;
      f.quote2 = -1;
      f.parent = -1;
      f.cue_first = f.cue_last = k;
      f.src_first = start;
      f.src_last = k - 1;
      f.region_first = start;
      f.content_first = k + 1;
      f.content_last = end;
      gs_add_frame(w, &f);
    }
  }
}

static gint
gs_compare_frames(gconstpointer a, gconstpointer b)
{
  const Frame *x = a, *y = b;

  if (x->sentence != y->sentence)
    return x->sentence < y->sentence ? -1 : 1;
  return x->cue_first < y->cue_first ? -1 : x->cue_first > y->cue_first ? 1 : 0;
}

/* A semicolon ends what the cue governs; so does ", but" or ", while"
 * opening a clause of the writer's own ("…, but the police overruled the
 * request"). Looks from token FROM on; cuts F's content there. */
static void
gs_cut_writer_clause(const Work *w, Frame *f, guint from)
{
  const GsParser *p = w->p;

  for (guint t = from; t <= f->content_last; t++) {
    if (w->quote_of[t] >= 0)
      continue;
    if (gs_is_punct(p, t, ";")) {
      /* at the very start ("; according to …"), the content is the
       * semicolon alone, which gs_content_span() trims to nothing; never
       * t - 1 there, which would wrap past the first token */
      f->content_last = t > from ? t - 1 : t;
      break;
    }
    if (gs_is_punct(p, t, ",") && t + 2 <= f->content_last && t > from + 2 &&
        (((gs_parser_is(p, t + 1, "but") || gs_parser_is(p, t + 1, "while") ||
           gs_parser_is(p, t + 1, "although") || gs_parser_is(p, t + 1, "though") ||
           gs_parser_is(p, t + 1, "whereas")) &&
          (gs_parser_is_cap(p, t + 2) || gs_parser_has(p, t + 2, GS_WORDS_DETERMINER) ||
           gs_parser_has(p, t + 2, GS_WORDS_PRONOUN))) ||
         /* ", but offered no proof": the speaker's own next act */
         (gs_parser_is(p, t + 1, "but") && !gs_parser_is_cap(p, t + 2) &&
          (gs_parser_form_has(p, t + 2, GS_WORDS_VERB) ||
           (g_str_has_suffix(gs_parser_lower(p, t + 2), "ed") && strlen(gs_parser_lower(p, t + 2)) > 4))) ||
         /* ", and when pressed, …" */
         (gs_parser_is(p, t + 1, "and") &&
          (gs_parser_is(p, t + 2, "when") || gs_parser_is(p, t + 2, "while") ||
           gs_parser_is(p, t + 2, "as"))))) {
      f->content_last = t - 1;
      break;
    }
  }
}

/* Sets the content of content-first and inverted frames, and cuts every
 * frame's content where a later frame of the sentence begins. */
static void
gs_settle_contents(Work *w, guint from, guint to)
{
  GsParser *p = w->p;

  for (guint a = from; a < to; a++) {
    Frame *f = &g_array_index(w->frames, Frame, a);
    guint start = p->sent[f->sentence].first_token;
    guint end = gs_sentence_body_end(p, f->sentence);

    if (f->shape == FRAME_CONTENT_FIRST || f->shape == FRAME_INVERTED) {
      guint stop = f->region_first; /* the comma or closing mark */
      guint cstart = start;

      /* Content begins after the previous content-first frame of the
       * sentence ("A, he said. B, she said" in one sentence is rare, but
       * "A, he said, and B, she added" is not). */
      for (guint b = from; b < a; b++) {
        const Frame *g = &g_array_index(w->frames, Frame, b);

        if ((g->shape == FRAME_CONTENT_FIRST || g->shape == FRAME_INVERTED ||
             g->shape == FRAME_ACCORDING_TO) && g->cue_last >= cstart && g->cue_last < stop)
          cstart = MAX(g->src_last != G_MAXUINT ? MAX(g->src_last, g->cue_last) : g->cue_last, cstart) + 1;
      }
      while (cstart < stop && (gs_is_punct(p, cstart, ",") || p->tok[cstart].kind == GS_TOKEN_DASH))
        cstart++;
      /* The sentence goes on a quotation opened sentences before: the
       * statement is all of it ("“A. B,” the chief told reporters"). */
      if (cstart == start && w->quote_of[start] >= 0 &&
          g_array_index(w->quotes, Quote, w->quote_of[start]).open < start &&
          g_array_index(w->quotes, Quote, w->quote_of[start]).close < stop) {
        f->quote = w->quote_of[start];
        cstart = g_array_index(w->quotes, Quote, f->quote).open;
      }
      if (gs_is_close_quote(w, stop) || (stop > start && gs_is_close_quote(w, stop - 1))) {
        guint close = gs_is_close_quote(w, stop) ? stop : stop - 1;
        gint q = w->quote_of[close];

        f->quote = q;
        /* The quotation may have begun in an earlier sentence; one that
         * opens inside this sentence keeps the words before it ("Using the
         * tax ''is a misguided approach,'' he said"). */
        if (g_array_index(w->quotes, Quote, q).open < cstart)
          cstart = g_array_index(w->quotes, Quote, q).open;
      }
      if (cstart >= stop || (f->quote < 0 && !f->interrupted && !gs_span_has_verb(p, cstart, stop - 1) &&
                             !gs_sentence_is_title_case(p, f->sentence))) {
        f->dead = TRUE;
        continue;
      }
      f->content_first = cstart;
      f->content_last = f->interrupted ? end : stop - 1;
      /* "The test, North Korea said, was its biggest yet, although …":
       * after the interruption, the writer's own clause ends it */
      if (f->interrupted && f->quote < 0)
        gs_cut_writer_clause(w, f, MAX(f->cue_last, f->src_last == G_MAXUINT ? 0 : f->src_last) + 1);
      /* A quotation split by its cue: "We will win," he said, "and
       * soon." The statement runs on to the second part. */
      if (f->quote >= 0) {
        guint after = MAX(f->cue_last, f->src_last == G_MAXUINT ? 0 : f->src_last) + 1;

        /* Words may stand between: "…," Tester said, referring to X, "…" */
        for (guint k = after; k <= after + 30 && k < p->n_tok && p->sentence_of[k] == f->sentence; k++) {
          if (p->tok[k].kind == GS_TOKEN_QUOTE || gs_cue_at(p, k) & CUE_SPEECH) {
            if (p->tok[k].kind == GS_TOKEN_QUOTE)
              after = k;
            break;
          }
        }
        if (after < p->n_tok && w->quote_of[after] >= 0 && w->quote_of[after] != f->quote &&
            g_array_index(w->quotes, Quote, w->quote_of[after]).open == after &&
            p->sentence_of[after] == f->sentence) {
          f->quote2 = w->quote_of[after];
          f->content_last = g_array_index(w->quotes, Quote, f->quote2).close;
        }
      }
      continue;
    }
    if (f->quote < 0)
      gs_cut_writer_clause(w, f, f->content_first);
    /* "said as much in an interview on Thursday": the medium and the time
     * at the end are the writer's, not the content; but "a reporter
     * appeared in a video" is what was said */
    for (guint t = f->content_first + 2; t + 2 <= f->content_last && f->quote < 0; t++) {
      if ((gs_parser_is(p, t, "in") || gs_parser_is(p, t, "during")) && !gs_is_display_verb(p, t - 1) &&
          (gs_parser_is(p, t + 1, "a") || gs_parser_is(p, t + 1, "an") || gs_parser_is(p, t + 1, "the")) &&
          gs_is_medium(gs_parser_lower(p, t + 2)) && f->content_last - t <= 10) {
        f->content_last = t - 1;
        break;
      }
    }
    /* Cut at the next frame's region, when it lies inside this content. */
    for (guint b = from; b < to; b++) {
      const Frame *g = &g_array_index(w->frames, Frame, b);

      if (b == a || g->region_first <= f->content_first || g->region_first > f->content_last)
        continue;
      if (g->shape == FRAME_SOURCE_FIRST && g->cue_first < f->cue_first)
        continue;
      f->content_last = g->region_first - 1;
    }
    /* A content that runs into a quotation going past the sentence takes
     * the whole quotation. */
    if (f->content_last == end && f->content_first <= end) {
      guint last_tok = gs_sentence_last(p, f->sentence);

      for (guint t = f->content_first; t <= last_tok; t++) {
        if (w->quote_of[t] >= 0) {
          const Quote *q = &g_array_index(w->quotes, Quote, w->quote_of[t]);

          if ((q->close > last_tok || q->chain_next >= 0) && q->open >= f->content_first) {
            f->content_last = q->close;
            f->quote = w->quote_of[t];
          }
          break;
        }
      }
    }
  }
}

/* ---- statements ------------------------------------------------------- */

/* Trims marks and punctuation at the edges of a content span and returns
 * it as bytes; FALSE when nothing is left. */
static gboolean
gs_content_span(const GsParser *p, guint first, guint last, GsSpan *span)
{
  while (first <= last && (p->tok[first].kind == GS_TOKEN_PUNCT || p->tok[first].kind == GS_TOKEN_QUOTE ||
                           p->tok[first].kind == GS_TOKEN_DASH) && !gs_is_punct(p, first, "("))
    first++;
  while (last >= first && last > 0 &&
         (p->tok[last].kind == GS_TOKEN_PUNCT || p->tok[last].kind == GS_TOKEN_QUOTE ||
          p->tok[last].kind == GS_TOKEN_DASH) && !gs_is_punct(p, last, ")") &&
         !(gs_is_punct(p, last, "?") || gs_is_punct(p, last, "!")))
    last--;
  if (first > last || last == G_MAXUINT)
    return FALSE;
  /* A statement says something: at least two words. */
  if (last - first < 1)
    return FALSE;
  span->start = p->tok[first].start;
  span->end = p->tok[last].end;
  return TRUE;
}

static GsStatementKind
gs_content_kind(const Work *w, guint first, guint last, FrameShape shape)
{
  gboolean any_quote = FALSE, all_quote = TRUE;

  if (shape == FRAME_ACCORDING_TO)
    return GS_STATEMENT_ACCORDING_TO;
  for (guint i = first; i <= last; i++) {
    gboolean in = w->quote_of[i] >= 0;

    if (w->p->tok[i].kind == GS_TOKEN_PUNCT)
      continue;
    any_quote |= in;
    all_quote &= in;
  }
  if (any_quote && all_quote)
    return GS_STATEMENT_DIRECT;
  return any_quote ? GS_STATEMENT_MIXED : GS_STATEMENT_INDIRECT;
}

static void
gs_emit(Work *w, Frame *f, guint first, guint last)
{
  GsParser *p = w->p;
  GsStatement st = {0};
  guint n;
  const GsStatement *existing = gs_document_get_statements(p->doc, &n);

  if (!gs_content_span(p, first, last, &st.content))
    return;
  if (n >= GS_ATTRIBUTION_MAX_STATEMENTS) {
    if (!w->over_limit) {
      guint line, column;
      GsDiagnostic *diag;

      gs_text_get_position(p->text, st.content.start, &line, &column);
      diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_ATTRIBUTION_ERROR,
                               GS_ATTRIBUTION_ERROR_TOO_MANY_STATEMENTS, gs_text_get_name(p->text),
                               line, column,
                               "more than %u statements in one document: the rest is not analysed",
                               (guint)GS_ATTRIBUTION_MAX_STATEMENTS);
      gs_document_add_diagnostic(p->doc, diag);
      w->over_limit = TRUE;
    }
    return;
  }
  /* The same content from two readings of one sentence: keep the first. */
  for (guint i = n; i-- > 0 && i + 8 > n;) {
    if (existing[i].content.start == st.content.start && existing[i].content.end == st.content.end)
      return;
  }
  st.kind = f->quote2 >= 0 ? GS_STATEMENT_DIRECT : gs_content_kind(w, first, last, f->shape);
  st.cue.start = p->tok[f->cue_first].start;
  st.cue.end = p->tok[f->cue_last].end;
  if (f->who > 0) {
    st.mention.start = p->tok[f->who - 1].start;
    st.mention.end = p->tok[f->who - 1].end;
  } else if (f->src_first != G_MAXUINT) {
    st.mention.start = p->tok[f->src_first].start;
    st.mention.end = p->tok[f->src_last].end;
  }
  st.source = f->source;
  st.sentence = p->sentence_of[first];
  st.topic = GS_NONE;
  st.reported = GS_NONE;
  gs_document_add_statement(p->doc, &st);
}

/* Statements of a frame whose content is a quotation chain: one per
 * paragraph segment, so each stays one contiguous span. */
static void
gs_emit_frame(Work *w, Frame *f)
{
  if (f->quote >= 0) {
    gint q = f->quote;
    const Quote *qq;

    while (g_array_index(w->quotes, Quote, q).chain_prev >= 0)
      q = g_array_index(w->quotes, Quote, q).chain_prev;
    for (; q >= 0; q = g_array_index(w->quotes, Quote, q).chain_next) {
      qq = &g_array_index(w->quotes, Quote, q);
      g_array_index(w->quotes, Quote, q).claimed = TRUE;
      if (q == f->quote) {
        guint first = MIN(f->content_first, qq->open);

        if (f->quote2 >= 0)
          g_array_index(w->quotes, Quote, f->quote2).claimed = TRUE;
        gs_emit(w, f, first, MAX(f->content_last, first));
        /* "She said: “A.¶“B.¶“C.”": the paragraphs after it are hers
         * too. */
        for (q = g_array_index(w->quotes, Quote, q).chain_next; q >= 0;
             q = g_array_index(w->quotes, Quote, q).chain_next) {
          qq = &g_array_index(w->quotes, Quote, q);
          g_array_index(w->quotes, Quote, q).claimed = TRUE;
          gs_emit(w, f, qq->open, qq->close);
        }
        return;
      }
      gs_emit(w, f, qq->open, qq->close);
    }
    return;
  }
  gs_emit(w, f, f->content_first, f->content_last);
}

static void
gs_resolve_frame_source(Work *w, guint index)
{
  GsParser *p = w->p;
  Frame *f = &g_array_index(w->frames, Frame, index);

  if (f->src_first != G_MAXUINT) {
    /* A pronoun after the content ("…, they added") looks back from where
     * the content begins, not from the speakers inside it. */
    guint at = (f->shape == FRAME_CONTENT_FIRST || f->shape == FRAME_INVERTED) && f->content_first > 0
                   ? f->content_first - 1
                   : f->cue_first;

    f->source = gs_sources_resolve(p, f->src_first, f->src_last, at);
  } else if (f->shape == FRAME_PARTICIPLE) {
    /* The subject of the main clause: the frame before it in the
     * sentence, or the sentence's subject. */
    f->source = GS_NONE;
    for (guint b = index; b-- > 0;) {
      const Frame *g = &g_array_index(w->frames, Frame, b);

      if (g->sentence != f->sentence)
        break;
      if (!g->dead && g->shape != FRAME_ACCORDING_TO && g->src_first != G_MAXUINT) {
        f->source = g->source;
        f->src_first = g->src_first;
        f->src_last = g->src_last;
        break;
      }
    }
    if (f->source == GS_NONE) {
      guint sf, sl;

      if (gs_sentence_subject(p, f->sentence, f->cue_first, &sf, &sl)) {
        f->src_first = sf;
        f->src_last = sl;
        f->source = gs_sources_resolve(p, sf, sl, f->cue_first);
      }
    }
  }
  gs_sources_note_speech(p, f->source, f->cue_first);
}

/* Quotation Q opens sentence S: when statement INDEX is a direct
 * quotation of the sentence before, in the same paragraph, Q carries it
 * on ("“A,” she said. “B.”") and its content grows to Q's end. */
static gboolean
gs_quote_run_on(GsParser *p, Quote *q, guint s, guint index)
{
  GsStatement *st = &g_array_index(p->doc->statements, GsStatement, index);
  GsSpan span;

  if (s == 0 || q->chain_next >= 0 || st->content.end < p->sent[s - 1].start ||
      st->content.end > p->sent[s - 1].end + 4 ||
      !(st->kind == GS_STATEMENT_DIRECT || st->kind == GS_STATEMENT_MIXED) ||
      p->sent[st->sentence].paragraph != p->sent[s].paragraph ||
      !gs_content_span(p, q->open, q->close, &span))
    return FALSE;
  st->content.end = MAX(st->content.end, span.end);
  q->claimed = TRUE;
  return TRUE;
}

/* Quotations no frame claimed: a quotation that opens its sentence
 * continues the speaker of the statement before it in the paragraph, or
 * of the previous paragraph's last statement when it opens a paragraph. */
static void
gs_attribute_bare_quotes(Work *w)
{
  GsParser *p = w->p;
  guint n_para;
  const GsParagraph *para = gs_text_get_paragraphs(p->text, &n_para);
  guint n_sorted = p->doc->statements->len;

  for (guint qi = 0; qi < w->quotes->len; qi++) {
    Quote *q = &g_array_index(w->quotes, Quote, qi);
    guint s = p->sentence_of[q->open];
    guint n;
    const GsStatement *sts;
    gint best = -1;
    gint nearest = -1; /* the statement just before, whoever said it */
    guint words = 0;

    if (q->claimed || q->chain_prev >= 0 || p->sent[s].first_token != q->open)
      continue;
    for (guint i = q->open; i <= q->close; i++)
      words += p->tok[i].kind == GS_TOKEN_WORD;
    if (words < 4)
      continue;
    /* The statement before the quotation: among the sorted ones, by
     * binary search; or one this loop added (those sit unsorted at the
     * end, and only the latest can be nearer). */
    sts = gs_document_get_statements(p->doc, &n);
    {
      guint lo = 0, hi = n_sorted;
      guint32 at = p->tok[q->open].start;
      gboolean latest_before; /* the statement this loop added last lies before Q */

      while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;

        if (sts[mid].content.start < at)
          lo = mid + 1;
        else
          hi = mid;
      }
      latest_before = n > n_sorted && sts[n - 1].content.start < at;
      /* a statement of this sentence holds the quotation already ("“B”
       * to drive up the price, she said"): it is no one else's */
      if (lo < n_sorted && sts[lo].sentence == s &&
          sts[lo].content.start <= p->tok[q->close].start)
        continue;
      nearest = lo > 0 ? (gint)lo - 1 : -1;
      for (guint i = lo; i-- > 0 && lo - i <= 8;) {
        if (sts[i].source != GS_NONE) {
          best = (gint)i;
          break;
        }
      }
      if (latest_before &&
          (nearest < 0 || sts[n - 1].content.start > sts[nearest].content.start))
        nearest = (gint)(n - 1);
      if (latest_before && sts[n - 1].source != GS_NONE &&
          (best < 0 || sts[n - 1].content.start > sts[best].content.start))
        best = (gint)(n - 1);
    }
    /* The next sentence of a quoted statement, quoted on: "“A,” she
     * said. “B.”" is one statement that runs on, whether or not the
     * text says who "she" is. */
    if (nearest >= 0 && gs_quote_run_on(p, q, s, (guint)nearest))
      continue;
    if (best >= 0) {
      guint ps = sts[best].sentence;

      if (!(p->sent[ps].paragraph == p->sent[s].paragraph ||
            (p->sent[ps].paragraph + 1 == p->sent[s].paragraph &&
             para[p->sent[s].paragraph].first_sentence == s)))
        best = -1;
    }
    if (best < 0)
      continue;
    if (gs_quote_run_on(p, q, s, (guint)best))
      continue;
    {
      GsStatement copy = sts[best];
      Frame f = {0};
      gint chain = (gint)qi;

      f.shape = FRAME_CONTINUATION;
      f.cue_first = f.cue_last = G_MAXUINT;
      for (; chain >= 0; chain = g_array_index(w->quotes, Quote, chain).chain_next) {
        Quote *c = &g_array_index(w->quotes, Quote, chain);
        GsStatement st = copy;

        c->claimed = TRUE;
        if (!gs_content_span(p, c->open, c->close, &st.content))
          continue;
        st.kind = GS_STATEMENT_DIRECT;
        st.sentence = p->sentence_of[c->open];
        st.reported = GS_NONE;
        if (p->doc->statements->len >= GS_ATTRIBUTION_MAX_STATEMENTS)
          break;
        gs_document_add_statement(p->doc, &st);
      }
      (void)f;
    }
  }
}

/* After the frames of a sentence ending at frame LAST: the speakers of
 * frames not nested in another frame's content are the ones a pronoun in
 * the next sentence means ("Howard denied Yeo said X. He also said" is
 * Howard), so they become the most recent. */
static void
gs_renote_outer_speakers(Work *w, guint last)
{
  GsParser *p = w->p;
  guint s = g_array_index(w->frames, Frame, last).sentence;
  guint end = gs_sentence_last(p, s);
  guint first = last;

  while (first > 0 && g_array_index(w->frames, Frame, first - 1).sentence == s)
    first--;
  for (guint a = first; a <= last; a++) {
    const Frame *f = &g_array_index(w->frames, Frame, a);
    gboolean nested = FALSE;

    if (f->dead || f->source == GS_NONE)
      continue;
    for (guint b = first; b <= last && !nested; b++) {
      const Frame *g = &g_array_index(w->frames, Frame, b);

      nested = b != a && !g->dead && f->cue_first >= g->content_first &&
               f->cue_first <= g->content_last;
    }
    if (!nested)
      gs_sources_note_speech(p, f->source, end);
  }
}

static gint
gs_compare_statements(gconstpointer a, gconstpointer b)
{
  const GsStatement *x = a, *y = b;

  if (x->content.start != y->content.start)
    return x->content.start < y->content.start ? -1 : 1;
  return x->content.end < y->content.end ? -1 : x->content.end > y->content.end ? 1 : 0;
}

/* Nesting: a statement whose content holds the cue and source of another
 * reports it ("Mediators suggested …, they added"). */
static void
gs_link_nested(GsParser *p)
{
  GArray *sts = p->doc->statements;

  /* Statements are sorted by start: the ones an outer statement can hold
   * follow it until its end. */
  for (guint i = 0; i < sts->len; i++) {
    GsStatement *outer = &g_array_index(sts, GsStatement, i);

    for (guint j = i + 1; j < sts->len; j++) {
      const GsStatement *inner = &g_array_index(sts, GsStatement, j);

      if (inner->content.start >= outer->content.end)
        break;
      if (inner->mention.end == 0)
        continue;
      if (inner->mention.start >= outer->content.start && inner->cue.end <= outer->content.end &&
          inner->content.end <= outer->content.end && inner->content.start > outer->content.start) {
        outer->reported = j;
        break;
      }
    }
  }
}

/* A mention resolved for a frame that gave no statement ("X said no.")
 * leaves a source that says nothing: drop it, keeping indices right. */
static void
gs_drop_silent_sources(GsDocument *doc)
{
  GArray *sts = doc->statements;
  guint n = doc->sources->len;
  g_autofree guint *map = g_new(guint, MAX(n, 1));
  g_autofree gboolean *used = g_new0(gboolean, MAX(n, 1));
  guint next = 0;

  for (guint i = 0; i < sts->len; i++) {
    guint s = g_array_index(sts, GsStatement, i).source;

    if (s != GS_NONE && s < n)
      used[s] = TRUE;
  }
  for (guint s = 0; s < n; s++)
    map[s] = used[s] ? next++ : GS_NONE;
  if (next == n)
    return;
  for (guint i = 0; i < sts->len; i++) {
    GsStatement *st = &g_array_index(sts, GsStatement, i);

    if (st->source != GS_NONE && st->source < n)
      st->source = map[st->source];
  }
  for (guint s = n; s-- > 0;) {
    if (!used[s])
      g_array_remove_index(doc->sources, s);
  }
}

/* Is token I a month that is also a name, right after a capitalised
 * word of a name ("Theresa May", "Brian June"), not after a time word, a
 * number, a preposition or a determiner ("on May", "Tuesday May")? */
static gboolean
gs_is_name_month(const GsParser *p, guint i)
{
  static const char *const names[] = {"april", "may", "june", "august", NULL};

  return gs_parser_form_has(p, i, GS_WORDS_TIME) && (p->tok[i].flags & GS_TOKEN_FLAG_CAPITALISED) &&
         g_strv_contains(names, p->lower[i]) && p->tok[i - 1].kind == GS_TOKEN_WORD &&
         (p->tok[i - 1].flags & GS_TOKEN_FLAG_CAPITALISED) &&
         !(p->tok[i - 1].flags & GS_TOKEN_FLAG_ALL_CAPS) &&
         !gs_parser_form_has(p, i - 1, GS_WORDS_TIME) &&
         !gs_parser_form_has(p, i - 1, GS_WORDS_NP_PREPOSITION) &&
         !gs_parser_form_has(p, i - 1, GS_WORDS_DETERMINER);
}

static void
gs_parser_init(GsParser *p, GsDocument *doc)
{
  memset(p, 0, sizeof(*p));
  p->doc = doc;
  p->text = gs_document_get_text(doc);
  p->data = gs_text_get_data(p->text, NULL);
  p->tok = gs_text_get_tokens(p->text, &p->n_tok);
  p->sent = gs_text_get_sentences(p->text, &p->n_sent);
  /* Each token's entry in this thread's vocabulary: its lower-case form
   * (interned), word classes and cue flags, looked up once here; the
   * normaliser reads the same entries. */
  doc->vocab = gs_vocab_get();
  doc->token_word = g_new(GsVocabWord *, p->n_tok + 1);
  doc->token_lower = g_new(const char *, p->n_tok + 1);
  p->lower = doc->token_lower;
  p->sentence_of = g_new(guint, p->n_tok + 1);
  for (guint s = 0; s < p->n_sent; s++) {
    for (guint i = p->sent[s].first_token; i < p->sent[s].first_token + p->sent[s].n_tokens; i++)
      p->sentence_of[i] = s;
  }
  p->mask = g_new(guint32, p->n_tok + 1);
  p->form_mask = g_new(guint32, p->n_tok + 1);
  p->cue = g_new(guint32, p->n_tok + 1);
  /* one past the last token reads as nothing */
  doc->token_word[p->n_tok] = NULL;
  p->lower[p->n_tok] = "";
  p->mask[p->n_tok] = 0;
  p->form_mask[p->n_tok] = 0;
  p->cue[p->n_tok] = 0;
  for (guint i = 0; i < p->n_tok; i++) {
    const char *src = p->data + p->tok[i].start;
    gsize len = p->tok[i].end - p->tok[i].start;
    gboolean word = p->tok[i].kind == GS_TOKEN_WORD;
    char buf[64];
    gboolean simple = len < sizeof(buf);
    gsize out = 0;
    GsVocabWord *entry;

    /* Lower case by hand for ASCII and for the caseless punctuation of
     * U+2000-U+203F (curly quotes, dashes: E2 80 xx), which are most of
     * the non-ASCII tokens of news prose; g_ascii_tolower() is a
     * function call, and this loop runs for every byte of every token. */
    for (gsize k = 0; simple && k < len; k++) {
      guchar c = (guchar)src[k];

      if (c < 0x80) {
        buf[out++] = g_ascii_isupper(c) ? (char)(c + ('a' - 'A')) : (char)c;
      } else if (c == 0xE2 && k + 2 < len && (guchar)src[k + 1] == 0x80) {
        /* ’ (U+2019) as ' so that "Israel’s" and "Israel's" meet */
        if ((guchar)src[k + 2] == 0x99) {
          buf[out++] = '\'';
        } else {
          memcpy(buf + out, src + k, 3);
          out += 3;
        }
        k += 2;
      } else {
        simple = FALSE;
      }
    }
    if (simple) {
      buf[out] = '\0';
      entry = gs_vocab_intern(doc->vocab, buf, out);
    } else {
      g_autofree char *down = g_utf8_strdown(src, (gssize)len);
      g_autoptr(GString) folded = g_string_new(down);

      /* ’ (U+2019) as ' so that "Israel’s" and "Israel's" meet */
      g_string_replace(folded, "\xE2\x80\x99", "'", 0);
      entry = gs_vocab_intern(doc->vocab, folded->str, folded->len);
    }
    if (entry->fresh) {
      entry->mask = gs_words_mask(entry->lower);
      entry->cue = gs_cue_flags(entry->lower);
    }
    doc->token_word[i] = entry;
    p->lower[i] = entry->lower;
    p->mask[i] = word ? entry->mask : 0;
    p->form_mask[i] = entry->mask;
    p->cue[i] = word ? entry->cue : 0;
  }
  /* "Theresa May", "Brian June": such a month is a word of the name, for
   * every stage that asks, neither a date nor the modal "may" */
  for (guint i = 1; i < p->n_tok; i++) {
    if (gs_is_name_month(p, i)) {
      guint32 name_word = ~((1u << GS_WORDS_TIME) | (1u << GS_WORDS_SKIP_ADVERB));

      p->mask[i] &= name_word;
      p->form_mask[i] &= name_word;
    }
  }
  gs_sources_init(p);
}

static void
gs_parser_clear(GsParser *p)
{
  gs_sources_clear(p);
  g_free(p->sentence_of);
  g_free(p->mask);
  g_free(p->form_mask);
  g_free(p->cue);
}

/* Sentence S opens with the name of a person met before, and a verb
 * after it ("Trump has also commented on the death."): that person is now
 * the latest, for "he told a crowd …" in the next sentence. */
static void
gs_note_subject(GsParser *p, guint s)
{
  guint first = p->sent[s].first_token, last = first;
  guint end = p->sent[s].first_token + p->sent[s].n_tokens;
  const char *next;
  guint e;

  if (p->sent[s].n_tokens < 3 || p->tok[first].kind != GS_TOKEN_WORD || !gs_parser_is_cap(p, first) ||
      gs_parser_has(p, first, GS_WORDS_CLAUSE_BREAK) || gs_parser_has(p, first, GS_WORDS_PRONOUN))
    return;
  while (last + 1 < end && last + 1 <= first + 3 && p->tok[last + 1].kind == GS_TOKEN_WORD &&
         gs_parser_is_cap(p, last + 1))
    last++;
  if (last + 1 >= end)
    return;
  next = gs_parser_lower(p, last + 1);
  if (gs_parser_is_cap(p, last + 1) ||
      !(gs_parser_has(p, last + 1, GS_WORDS_AUXILIARY) || gs_parser_has(p, last + 1, GS_WORDS_VERB) ||
        (strlen(next) > 3 && g_str_has_suffix(next, "ed"))))
    return;
  e = gs_sources_find(p, first, last);
  if (e != GS_NONE && g_array_index(p->doc->sources, GsSource, e).kind == GS_SOURCE_PERSON)
    gs_sources_note_speech(p, e, first);
}

void
gs_attribution_run(GsDocument *doc)
{
  GsParser parser;
  Work w;
  g_autoptr(GArray) quotes = g_array_new(FALSE, FALSE, sizeof(Quote));
  g_autoptr(GArray) frames = g_array_new(FALSE, FALSE, sizeof(Frame));
  g_autofree gint *quote_of = NULL;
  g_autofree gboolean *has_frame = NULL;
  guint noted = 0;

  if (doc->attributed)
    return;
  doc->attributed = TRUE;
  gs_parser_init(&parser, doc);
  quote_of = g_new(gint, parser.n_tok + 1);
  w.over_limit = FALSE;
  w.p = &parser;
  w.quotes = quotes;
  w.quote_of = quote_of;
  w.frames = frames;
  gs_find_quotes(&parser, quotes, quote_of);

  for (guint s = 0; s < parser.n_sent; s++)
    gs_find_frames_in_sentence(&w, s);
  g_array_sort(frames, gs_compare_frames);
  for (guint a = 0; a < frames->len;) {
    guint b = a;

    while (b < frames->len && g_array_index(frames, Frame, b).sentence ==
                                  g_array_index(frames, Frame, a).sentence)
      b++;
    gs_settle_contents(&w, a, b);
    a = b;
  }
  /* Sources in text order of the cues, then the statements; a sentence
   * without a cue that opens with a known person acting ("Trump has also
   * commented on …") makes that person the latest for the pronouns after
   * it. */
  has_frame = g_new0(gboolean, parser.n_sent + 1);
  for (guint a = 0; a < frames->len; a++) {
    const Frame *f = &g_array_index(frames, Frame, a);

    if (!f->dead)
      has_frame[f->sentence] = TRUE;
  }
  for (guint a = 0; a < frames->len; a++) {
    Frame *f = &g_array_index(frames, Frame, a);

    if (f->dead)
      continue;
    for (; noted < f->sentence; noted++) {
      if (!has_frame[noted])
        gs_note_subject(&parser, noted);
    }
    noted = MAX(noted, f->sentence);
    gs_resolve_frame_source(&w, a);
    gs_emit_frame(&w, f);
    if (a + 1 == frames->len || g_array_index(frames, Frame, a + 1).sentence != f->sentence)
      gs_renote_outer_speakers(&w, a);
  }
  g_array_sort(doc->statements, gs_compare_statements);
  gs_attribute_bare_quotes(&w);
  g_array_sort(doc->statements, gs_compare_statements);
  gs_link_nested(&parser);
  gs_drop_silent_sources(doc);
  gs_parser_clear(&parser);
}
