/* Internals of GsText shared by src/text.c (loading) and src/sentences.c
 * (splitting). Nothing outside the text stage includes this. */
#pragma once

#include <gainsay/text.h>

struct _GsText {
  gint ref_count;
  char *name;
  char *data;           /* NUL-terminated copy of the input */
  gsize len;
  gsize body_start;     /* after a BOM and a date header */
  char date[11];        /* "YYYY-MM-DD" or "" */
  GArray *line_starts;  /* guint32 offsets of each line's first byte */
  GArray *block_chars;  /* guint32: characters from its line's start to byte k * GS_TEXT_BLOCK */
  GArray *tokens;       /* GsToken */
  GArray *sentences;    /* GsSentence */
  GArray *paragraphs;   /* GsParagraph */
  guint n_cut;          /* sentences cut at GS_TEXT_MAX_SENTENCE_TOKENS */
  gsize first_cut;      /* byte offset of the first of them */
};

/* Positions in very long lines are counted from the nearest block
 * boundary, so that finding a column costs at most one block. */
#define GS_TEXT_BLOCK 4096

/* Tokenises and splits TEXT->data from body_start on, filling tokens,
 * sentences and paragraphs. Cannot fail: any valid UTF-8 splits. */
void gs_text_split(GsText *text);

/* Helpers the splitter and later stages share. */
guint gs_text_line_index(const GsText *text, gsize offset);
gboolean gs_text_is_space_at(const char *p, const char *end, gsize *width);
/* TRUE when gs_text_dup_folded() would return bytes [START, END) as they
 * are (no white space to fold), so a caller may use them in place. */
gboolean gs_text_span_is_folded(const GsText *text, gsize start, gsize end);
