/* GsDocument: the container every stage fills in turn. */
#include "document-private.h"

const char *
gs_statement_kind_to_string(GsStatementKind kind)
{
  switch (kind) {
  case GS_STATEMENT_DIRECT:
    return "direct";
  case GS_STATEMENT_INDIRECT:
    return "indirect";
  case GS_STATEMENT_MIXED:
    return "mixed";
  case GS_STATEMENT_ACCORDING_TO:
    return "according-to";
  }
  return "indirect";
}

const char *
gs_level_to_string(GsLevel level)
{
  switch (level) {
  case GS_LEVEL_HIGH:
    return "high";
  case GS_LEVEL_MEDIUM:
    return "medium";
  case GS_LEVEL_LOW:
    return "low";
  }
  return "low";
}

gboolean
gs_level_from_string(const char *s, GsLevel *level)
{
  static const GsLevel levels[] = {GS_LEVEL_HIGH, GS_LEVEL_MEDIUM, GS_LEVEL_LOW};

  for (guint i = 0; i < G_N_ELEMENTS(levels); i++) {
    if (g_strcmp0(s, gs_level_to_string(levels[i])) == 0) {
      *level = levels[i];
      return TRUE;
    }
  }
  return FALSE;
}

static void
gs_source_clear(gpointer data)
{
  GsSource *source = data;

  g_free(source->name);
  g_free(source->role);
}

static void
gs_topic_clear(gpointer data)
{
  GsTopic *topic = data;

  g_free(topic->label);
  if (topic->statements != NULL)
    g_array_unref(topic->statements);
}

static void
gs_finding_clear(gpointer data)
{
  GsFinding *finding = data;

  g_free(finding->rule);
  g_free(finding->kind);
  g_free(finding->message);
  for (guint i = 0; i < 2; i++) {
    if (finding->sides[i] != NULL)
      g_array_unref(finding->sides[i]);
  }
}

GsDocument *
gs_document_new(GsText *text)
{
  GsDocument *doc = g_new0(GsDocument, 1);

  doc->text = gs_text_ref(text);
  doc->statements = g_array_new(FALSE, FALSE, sizeof(GsStatement));
  doc->sources = g_array_new(FALSE, FALSE, sizeof(GsSource));
  g_array_set_clear_func(doc->sources, gs_source_clear);
  doc->topics = g_array_new(FALSE, FALSE, sizeof(GsTopic));
  g_array_set_clear_func(doc->topics, gs_topic_clear);
  doc->findings = g_array_new(FALSE, FALSE, sizeof(GsFinding));
  g_array_set_clear_func(doc->findings, gs_finding_clear);
  doc->diagnostics = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
  return doc;
}

void
gs_document_free(GsDocument *doc)
{
  if (doc == NULL)
    return;
  if (doc->analysis != NULL && doc->analysis_free != NULL)
    doc->analysis_free(doc->analysis);
  g_free(doc->token_lower);
  g_free(doc->token_word);
  /* after the analysis: its stems live in the vocabulary */
  gs_vocab_unref(doc->vocab);
  g_array_unref(doc->statements);
  g_array_unref(doc->sources);
  g_array_unref(doc->topics);
  g_array_unref(doc->findings);
  g_ptr_array_unref(doc->diagnostics);
  gs_text_unref(doc->text);
  g_free(doc);
}

GsText *
gs_document_get_text(const GsDocument *doc)
{
  return doc->text;
}

const char *
gs_document_get_name(const GsDocument *doc)
{
  return gs_text_get_name(doc->text);
}

const GsStatement *
gs_document_get_statements(const GsDocument *doc, guint *n)
{
  *n = doc->statements->len;
  return (const GsStatement *)(gpointer)doc->statements->data;
}

const GsSource *
gs_document_get_sources(const GsDocument *doc, guint *n)
{
  *n = doc->sources->len;
  return (const GsSource *)(gpointer)doc->sources->data;
}

const GsTopic *
gs_document_get_topics(const GsDocument *doc, guint *n)
{
  *n = doc->topics->len;
  return (const GsTopic *)(gpointer)doc->topics->data;
}

const GsFinding *
gs_document_get_findings(const GsDocument *doc, guint *n)
{
  *n = doc->findings->len;
  return (const GsFinding *)(gpointer)doc->findings->data;
}

GPtrArray *
gs_document_get_diagnostics(const GsDocument *doc)
{
  return doc->diagnostics;
}

guint
gs_document_add_statement(GsDocument *doc, const GsStatement *statement)
{
  g_array_append_val(doc->statements, *statement);
  return doc->statements->len - 1;
}

/* The add_ functions below take over the heap members of the struct. */
guint
gs_document_add_source(GsDocument *doc, GsSource *source)
{
  g_array_append_val(doc->sources, *source);
  return doc->sources->len - 1;
}

guint
gs_document_add_topic(GsDocument *doc, GsTopic *topic)
{
  g_array_append_val(doc->topics, *topic);
  return doc->topics->len - 1;
}

guint
gs_document_add_finding(GsDocument *doc, GsFinding *finding)
{
  g_array_append_val(doc->findings, *finding);
  return doc->findings->len - 1;
}

void
gs_document_add_diagnostic(GsDocument *doc, GsDiagnostic *diag)
{
  g_ptr_array_add(doc->diagnostics, diag);
}
