/* Per-thread Snowball stemmers (see stemmer.h). Each thread that stems
 * gets its own table of language → sb_stemmer, freed when the thread
 * ends, so worker threads never share one. */
#include "stemmer.h"

#include <libstemmer.h>
#include <string.h>

static void
gs_stemmer_table_free(gpointer data)
{
  g_hash_table_unref(data);
}

static GPrivate stemmers = G_PRIVATE_INIT(gs_stemmer_table_free);

static void
gs_stemmer_delete(gpointer data)
{
  if (data != NULL)
    sb_stemmer_delete(data);
}

static struct sb_stemmer *
gs_stemmer_for(const char *language)
{
  GHashTable *table = g_private_get(&stemmers);
  struct sb_stemmer *stemmer;

  if (table == NULL) {
    table = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, gs_stemmer_delete);
    g_private_set(&stemmers, table);
  }
  if (g_hash_table_lookup_extended(table, language, NULL, (gpointer *)&stemmer))
    return stemmer;
  stemmer = sb_stemmer_new(language, "UTF_8");
  g_hash_table_insert(table, g_strdup(language), stemmer);
  return stemmer;
}

gboolean
gs_stemmer_has_language(const char *language)
{
  const char **list = sb_stemmer_list();

  for (guint i = 0; list[i] != NULL; i++) {
    if (g_strcmp0(list[i], language) == 0)
      return TRUE;
  }
  return FALSE;
}

/* Not cached here: the normaliser stems each word once per thread (see
 * vocab.h), and the rules stem their terms once. */
const char *
gs_stemmer_stem(const char *language, const char *word, gsize len, gsize *stem_len)
{
  struct sb_stemmer *stemmer = gs_stemmer_for(language);
  const sb_symbol *stem;

  if (stemmer == NULL || len > G_MAXINT) {
    *stem_len = len;
    return word;
  }
  stem = sb_stemmer_stem(stemmer, (const sb_symbol *)word, (int)len);
  if (stem == NULL) {
    *stem_len = len;
    return word;
  }
  *stem_len = (gsize)sb_stemmer_length(stemmer);
  return (const char *)stem;
}
