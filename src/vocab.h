/* The per-thread vocabulary (src/vocab.c): every distinct lower-case
 * token form a thread has met, interned once, with what the stages need
 * to know of it. The parser asks for a token's entry once
 * (gs_vocab_intern) and fills in the word classes and cue flags of a new
 * one; the normaliser fills in the stem and the rules' view of the word
 * the first time it meets the entry under a rules set. A token then costs
 * one hash lookup instead of one per question asked of it, and a word is
 * stemmed once per thread, not once per document.
 *
 * Lifetime: a document holds a reference to the generation its entries
 * live in. When a generation has grown past its bound, the next
 * gs_vocab_get() on that thread starts a new one; the old one is freed
 * with the last document that uses it, so memory stays flat however many
 * documents stream through and are freed. (A program that keeps a
 * document from each generation keeps each generation, about 10 MB, alive
 * with it.)
 *
 * Threads: only the thread that owns a generation changes it. The parser
 * and the normaliser run one after the other on one thread (see
 * gs_pipeline_run), so a document's entries are filled in by their
 * owner; other threads may read them. Internal to the library. */
#pragma once

#include <glib.h>

typedef struct _GsVocab GsVocab;

typedef struct {
  const char *lower;   /* the form, interned: equal forms are one pointer */
  gboolean fresh;      /* just added: the parser fills in its fields */
  /* the parser's */
  guint32 mask;        /* word classes (gs_words_mask) */
  guint32 cue;         /* cue flags (attribution.c) */
  /* the normaliser's, valid while rules_serial is the rules' serial */
  guint rules_serial;
  guint32 flags;       /* GsRulesWordFlags and the normaliser's own bits */
  const char *stem;    /* interned in the vocabulary */
  const char *negated_stem; /* "unsafe" → the stem of "safe", or NULL */
  const GPtrArray *terms;   /* the lexicon terms that begin with its stem, or NULL */
  double number;       /* its value as a number word ("twelve"), or -1 */
} GsVocabWord;

/* A new reference to this thread's current generation (made on first
 * use, renewed once the current one is past its bound). */
GsVocab *gs_vocab_get(void);
GsVocab *gs_vocab_ref(GsVocab *vocab);
/* Starts a new generation on this thread now (documents keep the old
 * one alive while they need it). */
void gs_vocab_renew(void);
void gs_vocab_unref(GsVocab *vocab);

/* The entry of LOWER (LEN bytes, already lower case), added when new
 * (with fresh set). Only the owning thread may call it. */
GsVocabWord *gs_vocab_intern(GsVocab *vocab, const char *lower, gsize len);

/* STEM interned in the vocabulary: equal stems are one pointer. */
const char *gs_vocab_intern_stem(GsVocab *vocab, const char *stem);

/* TRUE when this thread owns VOCAB (may add and fill in entries). */
gboolean gs_vocab_is_mine(const GsVocab *vocab);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(GsVocab, gs_vocab_unref)
