/* The stages' write access to a GsDocument. Only library code includes
 * this; the public API reads through include/gainsay/document.h. */
#pragma once

#include <gainsay/document.h>

struct _GsDocument {
  GsText *text;
  GArray *statements; /* GsStatement */
  GArray *sources;    /* GsSource */
  GArray *topics;     /* GsTopic */
  GArray *findings;   /* GsFinding */
  GPtrArray *diagnostics; /* GsDiagnostic */
  gboolean attributed;  /* gs_attribution_run has run */
  const char **token_lower;   /* lower-case form of each token (’ as '), for later stages */
  GStringChunk *lower_arena;  /* owns them */
  gpointer analysis;  /* the normaliser's per-statement data, see normalise.c */
  GDestroyNotify analysis_free;
};

guint gs_document_add_statement(GsDocument *doc, const GsStatement *statement);
guint gs_document_add_source(GsDocument *doc, GsSource *source);
guint gs_document_add_topic(GsDocument *doc, GsTopic *topic);
guint gs_document_add_finding(GsDocument *doc, GsFinding *finding);
void gs_document_add_diagnostic(GsDocument *doc, GsDiagnostic *diag);
