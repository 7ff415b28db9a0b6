/* gainsay — the text stage: bytes in, paragraphs, sentences and tokens out.
 *
 * Owned by src/text.c (loading, validation, line map, date header) and
 * src/sentences.c (tokeniser and sentence splitter). A GsText is immutable
 * once made: every later stage reads its spans and never changes it.
 *
 * All offsets are byte offsets into the text as loaded (after nothing is
 * removed: a BOM and a date header are skipped by offset, not cut out), so
 * they index the user's file directly.
 */
#pragma once

#include <glib.h>
#include <gainsay/api.h>
#include <gainsay/diagnostic.h>

GS_BEGIN_DECLS

#define GS_TEXT_ERROR (gs_text_error_quark())
GQuark gs_text_error_quark(void);

/* Append-only: scripts and tests rely on these numbers. */
typedef enum {
  GS_TEXT_ERROR_READ,          /* cannot open or read the file */
  GS_TEXT_ERROR_NOT_FOUND,     /* no such file */
  GS_TEXT_ERROR_IS_DIRECTORY,  /* a directory where a file was expected */
  GS_TEXT_ERROR_INVALID_UTF8,  /* bytes that are not UTF-8 */
  GS_TEXT_ERROR_BINARY,        /* a NUL byte: binary data, not text */
  GS_TEXT_ERROR_EMPTY,         /* nothing but white space, or nothing */
  GS_TEXT_ERROR_TOO_LARGE,     /* over GS_TEXT_MAX_BYTES */
  GS_TEXT_ERROR_UTF16,         /* a UTF-16 byte-order mark */
  GS_TEXT_ERROR_TOO_MANY_TOKENS, /* a sentence over GS_TEXT_MAX_SENTENCE_TOKENS */
} GsTextError;

/* Limits, documented in README "Limits". */
#define GS_TEXT_MAX_BYTES ((gsize)256 << 20)
/* A longer run without a sentence end is cut into pieces of this many
 * tokens, so that no later stage sees an unbounded sentence. */
#define GS_TEXT_MAX_SENTENCE_TOKENS 4096

typedef struct {
  guint32 start;
  guint32 end; /* exclusive */
} GsSpan;

typedef enum {
  GS_TOKEN_WORD,     /* letters, digits, inner apostrophes and hyphens */
  GS_TOKEN_NUMBER,   /* 3.5, 1,200, 1 200, 33 207 */
  GS_TOKEN_PUNCT,    /* . , ; : ! ? ( ) and the like */
  GS_TOKEN_QUOTE,    /* " “ ” ‘ ’ ' « » „ */
  GS_TOKEN_ELLIPSIS, /* … ... . . . */
  GS_TOKEN_DASH,     /* – — -- and a lone - */
  GS_TOKEN_SYMBOL,   /* $ % & @ and anything else */
  GS_TOKEN_URL,      /* http://…, www.…, name@host */
} GsTokenKind;

typedef enum {
  GS_TOKEN_FLAG_NONE = 0,
  GS_TOKEN_FLAG_CAPITALISED = 1 << 0, /* first character is upper case */
  GS_TOKEN_FLAG_ALL_CAPS = 1 << 1,    /* two or more letters, all upper */
  GS_TOKEN_FLAG_ABBREVIATION = 1 << 2, /* the word keeps its final '.' */
  GS_TOKEN_FLAG_OPEN_QUOTE = 1 << 3,  /* a quote mark that opens */
  GS_TOKEN_FLAG_CLOSE_QUOTE = 1 << 4, /* a quote mark that closes */
  GS_TOKEN_FLAG_SPACE_BEFORE = 1 << 5, /* white space precedes it */
  GS_TOKEN_FLAG_LINE_START = 1 << 6,  /* first token on its line */
  GS_TOKEN_FLAG_SENTENCE_END = 1 << 7, /* last token of its sentence */
} GsTokenFlags;

typedef struct {
  guint32 start;
  guint32 end;
  guint16 kind;  /* GsTokenKind */
  guint16 flags; /* GsTokenFlags */
} GsToken;

typedef struct {
  guint32 start;
  guint32 end;
  guint32 first_token;
  guint32 n_tokens;
  guint32 paragraph;
} GsSentence;

typedef struct {
  guint32 start;
  guint32 end;
  guint32 first_sentence;
  guint32 n_sentences;
} GsParagraph;

typedef struct _GsText GsText;

/* Loads PATH ("-" reads standard input), validates it and splits it.
 * Returns NULL and sets *diag (owned by the caller) on any problem. */
GsText *gs_text_new_from_file(const char *path, GsDiagnostic **diag);

/* The same on bytes already in memory; NAME is what diagnostics call the
 * input. DATA is copied. */
GsText *gs_text_new_from_data(const char *name, const char *data, gsize len,
                              GsDiagnostic **diag);

GsText *gs_text_ref(GsText *text);
void gs_text_unref(GsText *text);

const char *gs_text_get_name(const GsText *text);
const char *gs_text_get_data(const GsText *text, gsize *len);
/* The date of a leading "date YYYY-MM-DD" header, or NULL. */
const char *gs_text_get_date(const GsText *text);

/* Offset to 1-based line and column (column counts characters). CRLF and
 * lone CR both end a line. */
void gs_text_get_position(const GsText *text, gsize offset, guint *line,
                          guint *column);
/* The line holding OFFSET, without its line end; *len gets its length. */
const char *gs_text_get_line(const GsText *text, gsize offset, gsize *len);

const GsToken *gs_text_get_tokens(const GsText *text, guint *n_tokens);
const GsSentence *gs_text_get_sentences(const GsText *text, guint *n_sentences);
const GsParagraph *gs_text_get_paragraphs(const GsText *text,
                                          guint *n_paragraphs);

/* How many runs of GS_TEXT_MAX_SENTENCE_TOKENS tokens without a sentence
 * end were cut into pieces; *FIRST_OFFSET (may be NULL) gets where the
 * first of them starts. */
guint gs_text_get_cut_sentences(const GsText *text, gsize *first_offset);

/* A fresh copy of bytes [start, end) with runs of white space, line ends
 * included, folded to one space and the ends trimmed. */
char *gs_text_dup_folded(const GsText *text, gsize start, gsize end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(GsText, gs_text_unref)

GS_END_DECLS
