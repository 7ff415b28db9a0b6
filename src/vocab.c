/* The per-thread vocabulary; see vocab.h for what it holds and who fills
 * it in. */
#include "vocab.h"

#include <string.h>

/* Distinct forms a generation holds before the thread starts a new one.
 * A day of wire copy has some tens of thousands; an entry with its
 * strings and table slot takes about 120 bytes, so one generation stays
 * near 10 MB, and at most two are alive per thread (the old one until
 * its last document is freed). The bound is looked at when a document
 * starts: one document's own words all go into one generation. */
#define VOCAB_MAX_WORDS 100000
#define BLOCK_WORDS 1024

struct _GsVocab {
  GHashTable *words;     /* lower → GsVocabWord*, keys borrowed from the entries */
  GPtrArray *blocks;     /* GsVocabWord[BLOCK_WORDS], owned */
  guint used;            /* entries used in the last block */
  GStringChunk *strings; /* the forms and the stems */
  guint owner;           /* gs_vocab_thread_id() of the thread that made it */
};

/* A number for the calling thread, never reused (a GThread's address may
 * be, once its thread has ended). */
static GPrivate thread_id;

static guint
gs_vocab_thread_id(void)
{
  static gint last_id;
  guint id = GPOINTER_TO_UINT(g_private_get(&thread_id));

  if (id == 0) {
    id = (guint)g_atomic_int_add(&last_id, 1) + 1;
    g_private_set(&thread_id, GUINT_TO_POINTER(id));
  }
  return id;
}

static GsVocab *
gs_vocab_new(void)
{
  GsVocab *v = g_atomic_rc_box_new0(GsVocab);

  v->words = g_hash_table_new(g_str_hash, g_str_equal);
  v->blocks = g_ptr_array_new_with_free_func(g_free);
  v->used = BLOCK_WORDS;
  v->strings = g_string_chunk_new(64 * 1024);
  v->owner = gs_vocab_thread_id();
  return v;
}

static void
gs_vocab_clear(gpointer data)
{
  GsVocab *v = data;

  g_hash_table_unref(v->words);
  g_ptr_array_unref(v->blocks);
  g_string_chunk_free(v->strings);
}

GsVocab *
gs_vocab_ref(GsVocab *vocab)
{
  return g_atomic_rc_box_acquire(vocab);
}

void
gs_vocab_unref(GsVocab *vocab)
{
  if (vocab != NULL)
    g_atomic_rc_box_release_full(vocab, gs_vocab_clear);
}

static GPrivate current = G_PRIVATE_INIT((GDestroyNotify)gs_vocab_unref);

GsVocab *
gs_vocab_get(void)
{
  GsVocab *v = g_private_get(&current);

  if (v == NULL || g_hash_table_size(v->words) >= VOCAB_MAX_WORDS) {
    /* replaces (and unrefs) the old generation */
    v = gs_vocab_new();
    g_private_replace(&current, v);
  }
  return gs_vocab_ref(v);
}

void
gs_vocab_renew(void)
{
  g_private_replace(&current, gs_vocab_new());
}

gboolean
gs_vocab_is_mine(const GsVocab *vocab)
{
  return vocab->owner == gs_vocab_thread_id();
}

GsVocabWord *
gs_vocab_intern(GsVocab *vocab, const char *lower, gsize len)
{
  GsVocabWord *w = g_hash_table_lookup(vocab->words, lower);

  if (w != NULL) {
    w->fresh = FALSE;
    return w;
  }
  if (vocab->used == BLOCK_WORDS) {
    g_ptr_array_add(vocab->blocks, g_new0(GsVocabWord, BLOCK_WORDS));
    vocab->used = 0;
  }
  w = &((GsVocabWord *)g_ptr_array_index(vocab->blocks, vocab->blocks->len - 1))[vocab->used++];
  w->lower = g_string_chunk_insert_len(vocab->strings, lower, (gssize)len);
  w->fresh = TRUE;
  w->number = -1;
  g_hash_table_insert(vocab->words, (gpointer)w->lower, w);
  return w;
}

const char *
gs_vocab_intern_stem(GsVocab *vocab, const char *stem)
{
  return g_string_chunk_insert_const(vocab->strings, stem);
}
