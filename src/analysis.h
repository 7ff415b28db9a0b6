/* Internal data of the stages after attribution: what the normaliser
 * finds in each statement, read by topics.c and engine.c. Lives in the
 * document (doc->analysis) and is freed with it. */
#pragma once

#include "document-private.h"
#include "rules-private.h"

typedef enum {
  GS_WORD_STOP = 1 << 0,     /* a stop word: carries no topic */
  GS_WORD_NEGATED = 1 << 1,  /* inside a negation's scope */
  GS_WORD_NEGATION = 1 << 2, /* a negation cue itself */
  GS_WORD_NUMBER = 1 << 3,
  GS_WORD_SPEAKER = 1 << 4,  /* a pronoun standing for the statement's source ("she said she was fired") */
} GsWordFlags;

typedef struct {
  const GsVocabWord *entry; /* the word in the document's vocabulary */
  const char *stem;   /* interned in the vocabulary: equal stems are one pointer */
  const char *lower;  /* the word in lower case */
  const char *negated_stem; /* "unsafe": the stem of "safe" it negates, or NULL */
  guint32 token;      /* index into the text's tokens */
  guint16 flags;      /* GsWordFlags */
  guint8 distance;    /* content words from its negation cue (1 = next); 0 if not negated */
} GsWord;

typedef struct {
  guint lexicon;
  gint polarity;      /* +1 asserted, -1 negated */
  guint first, last;  /* words of the match */
} GsConcept;

typedef enum {
  GS_NUMBER_COUNT,
  GS_NUMBER_PERCENT,
  GS_NUMBER_MONEY,
  GS_NUMBER_YEAR,
  GS_NUMBER_DATE,
  GS_NUMBER_AGE,
  GS_NUMBER_FRACTION,
} GsNumberKind;

typedef enum {
  GS_BOUND_EXACT,
  GS_BOUND_ABOUT,  /* around, some, about, nearly, dozens */
  GS_BOUND_LOWER,  /* at least, more than, over */
  GS_BOUND_UPPER,  /* up to, less than, under */
} GsNumberBound;

typedef struct {
  double value;
  GsNumberKind kind;
  GsNumberBound bound;
  const char *noun;       /* stem of the thing counted, or NULL */
  const char *qualifier;  /* stems of its modifiers, sorted, space-joined, or "" */
  guint word;             /* the number's word index */
} GsNumber;

typedef struct {
  GArray *words;      /* GsWord, in text order */
  GArray *concepts;   /* GsConcept */
  GArray *numbers;    /* GsNumber */
  GPtrArray *stems;   /* distinct content stems (interned), sorted by pointer */
  const char *when;   /* a month or year the statement is about, interned, or NULL */
  const char *speaker; /* the stem of its source's head noun ("manager"), when a
                        * pronoun of the content stands for the source; else NULL */
  gboolean negating_cue; /* its cue negates its content: "denied", "ruled out" */
  gboolean anaphoric; /* it speaks of an earlier claim: "denied the claim" */
  gboolean negates_something; /* a negated concept, or a word a negation governs */
  gboolean owned_claim; /* its cue is a claim noun with an owner: "the union's claim that …" */
  guint n_content;    /* content words (not stop words) */
} GsStatementAnalysis;

typedef struct {
  GsStatementAnalysis *statements; /* one per document statement */
  guint n_statements;
  GStringChunk *arena;   /* the numbers' qualifiers */
  GsVocab *vocab;        /* the document's (borrowed): the words' entries and stems */
  GHashTable *df;        /* stem → number of statements holding it */
  const GsRules *rules;
} GsAnalysis;

/* Stage entry points, in order (see analysis.c). */
void gs_normalise_run(GsDocument *doc, const GsRules *rules);
void gs_topics_run(GsDocument *doc, const GsRules *rules);
void gs_engine_run(GsDocument *doc, const GsRules *rules);

static inline GsAnalysis *
gs_analysis_get(const GsDocument *doc)
{
  return doc->analysis;
}

void gs_analysis_run(GsDocument *doc, const GsRules *rules);
