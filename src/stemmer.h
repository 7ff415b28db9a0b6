/* Snowball stemmers, one per thread and language (a sb_stemmer is not
 * thread-safe). Internal to the library. */
#pragma once

#include <glib.h>

/* TRUE when libstemmer has a stemmer for LANGUAGE (e.g. "english"). */
gboolean gs_stemmer_has_language(const char *language);

/* The stem of WORD (LEN bytes of lower-case UTF-8), valid until this
 * thread's next call; *STEM_LEN gets its length. Returns WORD itself when
 * the language has no stemmer. */
const char *gs_stemmer_stem(const char *language, const char *word, gsize len, gsize *stem_len);
