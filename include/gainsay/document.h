/* gainsay — a document: one article and everything the pipeline found in it.
 *
 * Owned by src/document.c. A GsDocument holds its GsText and the results
 * of each stage, filled in pipeline order (attribution: statements and
 * sources; topics; engine: findings). Stages append through the library's
 * private interface; the public API only reads. Everything a document owns
 * is freed with it.
 */
#pragma once

#include <glib.h>
#include <gainsay/api.h>
#include <gainsay/diagnostic.h>
#include <gainsay/text.h>

GS_BEGIN_DECLS

/* "No such index": a statement without a source, a statement outside any
 * topic. */
#define GS_NONE G_MAXUINT

typedef enum {
  GS_STATEMENT_DIRECT,       /* all in quotation marks */
  GS_STATEMENT_INDIRECT,     /* reported speech */
  GS_STATEMENT_MIXED,        /* reported speech with a partial quote */
  GS_STATEMENT_ACCORDING_TO, /* "according to X, ..." */
} GsStatementKind;

const char *gs_statement_kind_to_string(GsStatementKind kind);

typedef struct {
  GsStatementKind kind;
  GsSpan content;  /* what was said */
  GsSpan cue;      /* "said", "according to", "described ... as" (first word) */
  GsSpan mention;  /* the source as written here: "he", "the official" */
  guint source;    /* index into the document's sources, or GS_NONE */
  guint sentence;  /* index of the sentence the content starts in */
  guint topic;     /* index into topics, GS_NONE until grouped */
  guint reported;  /* nesting: index of a statement this one reports, or GS_NONE */
} GsStatement;

typedef enum {
  GS_SOURCE_PERSON,
  GS_SOURCE_GROUP,        /* "security sources", "officials" */
  GS_SOURCE_ORGANISATION, /* "Gaza's health ministry", "Israel's army" */
  GS_SOURCE_PLACE,        /* a country or city speaking as a state */
  GS_SOURCE_OTHER,
} GsSourceKind;

typedef struct {
  char *name;      /* the entity: "Israel Katz", "Egyptian security sources" */
  char *role;      /* "Israeli Foreign Minister", or NULL */
  GsSourceKind kind;
  gboolean plural;
  guint mentions;  /* times the text refers to it, pronouns included */
  GsSpan first;    /* its first mention */
} GsSource;

typedef struct {
  char *label;         /* readable words: "progress, Cairo talks" */
  GArray *statements;  /* guint indices into statements, in text order */
} GsTopic;

/* How much a finding matters, from the rule that made it. */
typedef enum {
  GS_LEVEL_HIGH,
  GS_LEVEL_MEDIUM,
  GS_LEVEL_LOW,
} GsLevel;

const char *gs_level_to_string(GsLevel level);
/* "high", "medium", "low" to a level; FALSE for anything else. */
gboolean gs_level_from_string(const char *s, GsLevel *level);

typedef struct {
  char *rule;         /* the rule's name */
  char *kind;         /* negation, opposition, denial, numeric */
  GsLevel severity;
  guint topic;        /* index into topics */
  char *message;      /* the rule's template, filled */
  GArray *sides[2];   /* guint statement indices of each side, text order */
} GsFinding;

typedef struct _GsDocument GsDocument;

/* A document over TEXT (a reference is taken). */
GsDocument *gs_document_new(GsText *text);
void gs_document_free(GsDocument *doc);

GsText *gs_document_get_text(const GsDocument *doc);
const char *gs_document_get_name(const GsDocument *doc);

const GsStatement *gs_document_get_statements(const GsDocument *doc, guint *n);
const GsSource *gs_document_get_sources(const GsDocument *doc, guint *n);
const GsTopic *gs_document_get_topics(const GsDocument *doc, guint *n);
const GsFinding *gs_document_get_findings(const GsDocument *doc, guint *n);

/* Problems met while analysing (limits reached, for example); the
 * document is still usable. */
GPtrArray *gs_document_get_diagnostics(const GsDocument *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(GsDocument, gs_document_free)

GS_END_DECLS
