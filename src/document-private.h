/* The stages' write access to a GsDocument. Only library code includes
 * this; the public API reads through include/gainsay/document.h. */
#pragma once

#include <gainsay/document.h>

#include "vocab.h"

struct _GsDocument {
  GsText *text;
  GArray *statements; /* GsStatement */
  GArray *sources;    /* GsSource */
  GArray *topics;     /* GsTopic */
  GArray *findings;   /* GsFinding */
  GPtrArray *diagnostics; /* GsDiagnostic */
  gboolean attributed;  /* gs_attribution_run has run */
  GsVocab *vocab;             /* the generation the token entries live in (a reference) */
  GsVocabWord **token_word;   /* each token's entry: its lower-case form (’ as ') and more */
  const char **token_lower;   /* token_word[i]->lower, for the parser's string tests */
  gpointer analysis;  /* the normaliser's per-statement data, see normalise.c */
  GDestroyNotify analysis_free;
};

guint gs_document_add_statement(GsDocument *doc, const GsStatement *statement);
guint gs_document_add_source(GsDocument *doc, GsSource *source);
guint gs_document_add_topic(GsDocument *doc, GsTopic *topic);
guint gs_document_add_finding(GsDocument *doc, GsFinding *finding);
void gs_document_add_diagnostic(GsDocument *doc, GsDiagnostic *diag);
