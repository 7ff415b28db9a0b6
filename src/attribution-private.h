/* Internals of the attribution stage shared by src/attribution.c (frames)
 * and src/sources.c (entities). Nothing outside the stage includes this. */
#pragma once

#include "document-private.h"
#include <gainsay/attribution.h>

#include <string.h>

/* Word classes of general English the parser leans on. */
typedef enum {
  GS_WORDS_DETERMINER,   /* a, the, two, some, several … */
  GS_WORDS_TIME,         /* monday, weekend, morning, yesterday … */
  GS_WORDS_SKIP_ADVERB,  /* also, repeatedly, has, would, not … */
  GS_WORDS_CLAUSE_BREAK, /* after, while, because, that, which … */
  GS_WORDS_PRONOUN,      /* he, she, they, it, we, i */
  GS_WORDS_ROLE,         /* minister, spokesman, director, chief … */
  GS_WORDS_ORGANISATION, /* ministry, army, government, agency … */
  GS_WORDS_PERSON_NOUN,  /* official, doctor, lawyer, spokesman … */
  GS_WORDS_GROUP_NOUN,   /* sources, officials, analysts, police … */
  GS_WORDS_NP_PREPOSITION, /* of, for, at, from, in, with, to (in "close to") */
  GS_WORDS_AUXILIARY,    /* is, was, has, would, could … */
  GS_WORDS_FEMALE,       /* she, her, mrs, ms, and common female first names */
  GS_WORDS_MALE,         /* he, him, mr, and common male first names */
  GS_WORDS_VERB,         /* common verb forms that end a noun phrase: took, made … */
  GS_WORDS_CLAIM_NOUN,   /* nouns that carry a claim: reports, claims, allegations … */
  GS_WORDS_LY_NOUN,      /* nouns and adjectives that end like adverbs: family, ally, early … */
  GS_WORDS_OWNED_CLAIM,  /* claim nouns that name their owner: claim, assertion, warning … */
  GS_WORDS_POSSESSIVE,   /* possessive pronouns: his, her, their, its, our, my */
  GS_WORDS_N_CLASSES,
} GsWordClass;

gboolean gs_words_has(GsWordClass klass, const char *lower);
/* All classes of a word at once: bit (1 << GsWordClass). */
guint32 gs_words_mask(const char *lower);

typedef enum {
  GS_ENTITY_GENDER_UNKNOWN,
  GS_ENTITY_GENDER_FEMALE,
  GS_ENTITY_GENDER_MALE,
} GsEntityGender;

typedef struct {
  GsDocument *doc;
  const GsText *text;
  const char *data;
  const GsToken *tok;
  guint n_tok;
  const GsSentence *sent;
  guint n_sent;
  const char **lower;   /* lower-case form of each token, ’ folded to ' (interned) */
  guint *sentence_of;   /* token → sentence index */
  guint32 *mask;        /* token → gs_words_mask of its lower case (0 for non-words) */
  guint32 *form_mask;   /* token → gs_words_mask of its lower case, whatever its kind */
  guint32 *cue;         /* token → cue flags (attribution.c) (0 for non-words) */

  /* sources.c: one entry per document source */
  GArray *entities;     /* GsEntityInfo */
  GArray *recent;       /* entity indices, latest speaker first, bounded */
  GHashTable *by_name;  /* lower-case name → index + 1 */
  GHashTable *by_surname; /* surname → latest index + 1 */
} GsParser;

/* What sources.c keeps on each source beyond GsSource. */
typedef struct {
  char *head;           /* last word of the name, lower case: "sources" */
  char *surname;        /* for a person: last name, lower case */
  char *name_lower;     /* the name in lower case */
  char *role_lower;     /* the role in lower case, or NULL */
  GsEntityGender gender;
  guint last_speech;    /* token of its latest statement's cue, for recency */
  gboolean spoke;       /* has been the source of a statement */
} GsEntityInfo;

/* Resolves the mention tokens [first, last] to a source of the document,
 * creating one when nothing earlier matches; counts the mention. AT is the
 * cue token, for recency. Returns GS_NONE when the mention names nothing
 * (an empty or purely functional phrase). */
guint gs_sources_resolve(GsParser *parser, guint first, guint last, guint at);
/* The source [first, last] names among those met so far, or GS_NONE;
 * creates none. */
guint gs_sources_find(GsParser *parser, guint first, guint last);
/* Records that SOURCE spoke at token AT (recency for pronouns). */
void gs_sources_note_speech(GsParser *parser, guint source, guint at);
void gs_sources_init(GsParser *parser);
void gs_sources_clear(GsParser *parser);

/* Is LOWER a noun of a claim that names whose it is ("Trump's claim that
 * …", "his warning that …")? (attribution.c) */
gboolean gs_is_owned_claim_noun(const char *lower);

/* How many bytes of LOWER are its possessive ending ("'s", "’s"), or 0.
 * (sources.c) */
gsize gs_possessive_suffix(const char *lower);

/* Token helpers shared by both files. */
static inline gboolean
gs_parser_has(const GsParser *p, guint i, GsWordClass klass)
{
  return i < p->n_tok && ((p->mask[i] >> klass) & 1u);
}

/* Is token I's lower-case form in word class KLASS, whatever kind of
 * token it is (gs_words_has() of its form, without the lookup)? I may be
 * one past the last token. */
static inline gboolean
gs_parser_form_has(const GsParser *p, guint i, GsWordClass klass)
{
  return (p->form_mask[i] >> klass) & 1u;
}

static inline const char *
gs_parser_lower(const GsParser *p, guint i)
{
  return p->lower[i];
}

static inline gboolean
gs_parser_is(const GsParser *p, guint i, const char *lower)
{
  return i < p->n_tok && strcmp(p->lower[i], lower) == 0;
}

static inline gboolean
gs_parser_is_word(const GsParser *p, guint i)
{
  return i < p->n_tok && (p->tok[i].kind == GS_TOKEN_WORD || p->tok[i].kind == GS_TOKEN_NUMBER);
}

static inline gboolean
gs_parser_is_cap(const GsParser *p, guint i)
{
  return i < p->n_tok && (p->tok[i].flags & GS_TOKEN_FLAG_CAPITALISED) != 0;
}
