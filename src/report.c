/* Reports: JSON (through Jansson) and text, from the same document. */
#include "gs-config.h"
#include <gainsay/report.h>
#include "text-private.h"

#include <string.h>

json_t *
gs_report_json_new_root(void)
{
  return json_pack("{s:{s:s, s:i}, s:[]}", "gainsay", "version", GS_VERSION,
                   "report", GS_REPORT_CONTRACT, "documents");
}

json_t *
gs_report_json_get_documents(json_t *root)
{
  return json_object_get(root, "documents");
}

/* Adds "line" and "column" of OFFSET to OBJ. */
static void
gs_json_set_position(json_t *obj, const GsText *text, gsize offset)
{
  guint line, column;

  gs_text_get_position(text, offset, &line, &column);
  json_object_set_new_nocheck(obj, "line", json_integer(line));
  json_object_set_new_nocheck(obj, "column", json_integer(column));
}

/* "s12", "src3": a prefix and INDEX + 1. Made for every statement,
 * source and topic reference, so without printf. */
static json_t *
gs_json_id(const char *prefix, guint index)
{
  char digits[16];
  char buf[32];
  gsize n = 0, len = strlen(prefix);
  guint v = index + 1;

  do {
    digits[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v > 0);
  memcpy(buf, prefix, len);
  while (n > 0)
    buf[len++] = digits[--n];
  return json_stringn_nocheck(buf, len);
}

/* A JSON string of bytes that may not be UTF-8: a file name, or a message
 * that quotes one. Jansson refuses a string that is not UTF-8, which would
 * drop the document from the report; such bytes become U+FFFD instead. */
static json_t *
gs_json_string_lossy(const char *bytes)
{
  g_autofree char *valid = NULL;

  if (g_utf8_validate(bytes, -1, NULL))
    return json_string_nocheck(bytes);
  valid = g_utf8_make_valid(bytes, -1);
  return json_string_nocheck(valid);
}

/* A string of the input's bytes [start, end) with white space folded;
 * the input is valid UTF-8, so the JSON string is too. */
static json_t *
gs_json_span_text(const GsText *text, GsSpan span)
{
  gsize end = MIN(span.end, text->len);
  gsize start = MIN(span.start, end);
  g_autofree char *s = NULL;

  /* the input was validated as UTF-8 when loaded: no second check; most
   * spans need no folding and are used in place */
  if (gs_text_span_is_folded(text, start, end))
    return json_stringn_nocheck(text->data + start, end - start);
  s = gs_text_dup_folded(text, start, end);
  return json_string_nocheck(s);
}

json_t *
gs_report_diagnostic_to_json(const GsDiagnostic *diag)
{
  json_t *obj = json_pack("{s:s, s:o}", "severity", gs_severity_to_string(diag->severity),
                          "message", gs_json_string_lossy(diag->message));

  if (diag->line > 0) {
    json_object_set_new_nocheck(obj, "line", json_integer(diag->line));
    json_object_set_new_nocheck(obj, "column", json_integer(diag->column));
    json_object_set_new_nocheck(obj, "offset", json_integer((json_int_t)diag->offset));
  }
  json_object_set_new_nocheck(obj, "domain", json_string(g_quark_to_string(diag->domain)));
  json_object_set_new_nocheck(obj, "code", json_integer(diag->code));
  return obj;
}

static json_t *
gs_source_to_json(const GsSource *source, guint index)
{
  json_t *obj = json_object();

  json_object_set_new_nocheck(obj, "id", gs_json_id("src", index));
  json_object_set_new_nocheck(obj, "name", json_string(source->name));
  if (source->role != NULL)
    json_object_set_new_nocheck(obj, "role", json_string(source->role));
  json_object_set_new_nocheck(obj, "mentions", json_integer(source->mentions));
  return obj;
}

static json_t *
gs_statement_to_json(const GsDocument *doc, const GsStatement *st, guint index)
{
  const GsText *text = gs_document_get_text(doc);
  json_t *obj = json_object();
  json_t *cue, *source;
  guint n_sources;
  const GsSource *sources = gs_document_get_sources(doc, &n_sources);

  json_object_set_new_nocheck(obj, "id", gs_json_id("s", index));
  json_object_set_new_nocheck(obj, "text", gs_json_span_text(text, st->content));
  json_object_set_new_nocheck(obj, "start", json_integer(st->content.start));
  json_object_set_new_nocheck(obj, "end", json_integer(st->content.end));
  gs_json_set_position(obj, text, st->content.start);
  json_object_set_new_nocheck(obj, "kind", json_string_nocheck(gs_statement_kind_to_string(st->kind)));
  cue = json_object();
  json_object_set_new_nocheck(cue, "text", gs_json_span_text(text, st->cue));
  json_object_set_new_nocheck(cue, "start", json_integer(st->cue.start));
  json_object_set_new_nocheck(cue, "end", json_integer(st->cue.end));
  json_object_set_new_nocheck(obj, "cue", cue);
  source = json_object();
  if (st->source != GS_NONE && st->source < n_sources) {
    json_object_set_new_nocheck(source, "id", gs_json_id("src", st->source));
    json_object_set_new_nocheck(source, "name", json_string(sources[st->source].name));
  } else {
    json_object_set_new_nocheck(source, "id", json_null());
    json_object_set_new_nocheck(source, "name", json_null());
  }
  json_object_set_new_nocheck(source, "text", gs_json_span_text(text, st->mention));
  json_object_set_new_nocheck(source, "start", json_integer(st->mention.start));
  json_object_set_new_nocheck(source, "end", json_integer(st->mention.end));
  json_object_set_new_nocheck(obj, "source", source);
  json_object_set_new_nocheck(obj, "topic", st->topic != GS_NONE ? gs_json_id("t", st->topic) : json_null());
  if (st->reported != GS_NONE)
    json_object_set_new_nocheck(obj, "reports", gs_json_id("s", st->reported));
  return obj;
}

static json_t *
gs_index_list_to_json(const char *prefix, GArray *indices)
{
  json_t *list = json_array();

  for (guint i = 0; indices != NULL && i < indices->len; i++)
    json_array_append_new(list, gs_json_id(prefix, g_array_index(indices, guint, i)));
  return list;
}

static json_t *
gs_topic_to_json(const GsTopic *topic, guint index)
{
  return json_pack("{s:o, s:s, s:o}", "id", gs_json_id("t", index), "label", topic->label,
                   "statements", gs_index_list_to_json("s", topic->statements));
}

/* The distinct sources of a side's statements, in order of first
 * appearance. */
static GArray *
gs_side_sources(const GsDocument *doc, GArray *side)
{
  guint n;
  const GsStatement *statements = gs_document_get_statements(doc, &n);
  GArray *out = g_array_new(FALSE, FALSE, sizeof(guint));

  for (guint i = 0; i < side->len; i++) {
    guint src = statements[g_array_index(side, guint, i)].source;
    gboolean seen = FALSE;

    for (guint j = 0; j < out->len && !seen; j++)
      seen = g_array_index(out, guint, j) == src;
    if (!seen && src != GS_NONE)
      g_array_append_val(out, src);
  }
  return out;
}

static json_t *
gs_finding_to_json(const GsDocument *doc, const GsFinding *finding, guint index)
{
  json_t *sides = json_array();
  json_t *obj;

  for (guint s = 0; s < 2; s++) {
    g_autoptr(GArray) srcs = gs_side_sources(doc, finding->sides[s]);

    json_array_append_new(sides, json_pack("{s:o, s:o}", "sources",
                                           gs_index_list_to_json("src", srcs), "statements",
                                           gs_index_list_to_json("s", finding->sides[s])));
  }
  obj = json_pack("{s:o, s:s, s:s, s:s, s:o, s:s, s:o}", "id", gs_json_id("f", index), "rule",
                  finding->rule, "kind", finding->kind, "severity",
                  gs_level_to_string(finding->severity), "topic",
                  finding->topic != GS_NONE ? gs_json_id("t", finding->topic) : json_null(),
                  "message", finding->message, "sides", sides);
  return obj;
}

json_t *
gs_report_document_to_json(const GsDocument *doc)
{
  const GsText *text = gs_document_get_text(doc);
  const char *date = gs_text_get_date(text);
  json_t *obj = json_object();
  json_t *list;
  guint n;
  GPtrArray *diags;

  json_object_set_new_nocheck(obj, "path", gs_json_string_lossy(gs_document_get_name(doc)));
  json_object_set_new_nocheck(obj, "date", date != NULL ? json_string(date) : json_null());

  list = json_array();
  {
    const GsSource *sources = gs_document_get_sources(doc, &n);

    for (guint i = 0; i < n; i++)
      json_array_append_new(list, gs_source_to_json(&sources[i], i));
  }
  json_object_set_new_nocheck(obj, "sources", list);

  list = json_array();
  {
    const GsStatement *statements = gs_document_get_statements(doc, &n);

    for (guint i = 0; i < n; i++)
      json_array_append_new(list, gs_statement_to_json(doc, &statements[i], i));
  }
  json_object_set_new_nocheck(obj, "statements", list);

  list = json_array();
  {
    const GsTopic *topics = gs_document_get_topics(doc, &n);

    for (guint i = 0; i < n; i++)
      json_array_append_new(list, gs_topic_to_json(&topics[i], i));
  }
  json_object_set_new_nocheck(obj, "topics", list);

  list = json_array();
  {
    const GsFinding *findings = gs_document_get_findings(doc, &n);

    for (guint i = 0; i < n; i++)
      json_array_append_new(list, gs_finding_to_json(doc, &findings[i], i));
  }
  json_object_set_new_nocheck(obj, "findings", list);

  list = json_array();
  diags = gs_document_get_diagnostics(doc);
  for (guint i = 0; i < diags->len; i++)
    json_array_append_new(list, gs_report_diagnostic_to_json(g_ptr_array_index(diags, i)));
  json_object_set_new_nocheck(obj, "errors", list);
  return obj;
}

json_t *
gs_report_failed_document_to_json(const char *path, const GsDiagnostic *diag)
{
  json_t *errors = json_array();

  json_array_append_new(errors, gs_report_diagnostic_to_json(diag));
  return json_pack("{s:o, s:n, s:[], s:[], s:[], s:[], s:o}", "path", gs_json_string_lossy(path),
                   "date", "sources", "statements", "topics", "findings", "errors", errors);
}

json_t *
gs_report_failed_sentences_to_json(const char *path, const GsDiagnostic *diag)
{
  json_t *errors = json_array();

  json_array_append_new(errors, gs_report_diagnostic_to_json(diag));
  return json_pack("{s:o, s:n, s:[], s:o}", "path", gs_json_string_lossy(path), "date", "sentences",
                   "errors", errors);
}

json_t *
gs_report_sentences_to_json(const GsText *text)
{
  const char *date = gs_text_get_date(text);
  json_t *list = json_array();
  guint n;
  const GsSentence *sentences = gs_text_get_sentences(text, &n);

  for (guint i = 0; i < n; i++) {
    json_t *obj = json_object();
    GsSpan span = {sentences[i].start, sentences[i].end};

    json_object_set_new_nocheck(obj, "text", gs_json_span_text(text, span));
    json_object_set_new_nocheck(obj, "start", json_integer(sentences[i].start));
    json_object_set_new_nocheck(obj, "end", json_integer(sentences[i].end));
    gs_json_set_position(obj, text, sentences[i].start);
    json_object_set_new_nocheck(obj, "paragraph", json_integer(sentences[i].paragraph + 1));
    json_array_append_new(list, obj);
  }
  return json_pack("{s:o, s:o, s:o, s:[]}", "path", gs_json_string_lossy(gs_text_get_name(text)),
                   "date", date != NULL ? json_string(date) : json_null(), "sentences", list,
                   "errors");
}

/* ---- text ------------------------------------------------------------- */

void
gs_report_sentences_to_text(const GsText *text, GString *out)
{
  guint n;
  const GsSentence *sentences = gs_text_get_sentences(text, &n);

  for (guint i = 0; i < n; i++) {
    g_autofree char *s = gs_text_dup_folded(text, sentences[i].start, sentences[i].end);

    g_string_append(out, s);
    g_string_append_c(out, '\n');
  }
}

/* Appends S cut to at most WIDTH characters (with "…" when cut), padded
 * with spaces to WIDTH when PAD. */
static void
gs_append_fitted(GString *out, const char *s, guint width, gboolean pad)
{
  glong len = g_utf8_strlen(s, -1);

  if ((guint)len <= width) {
    g_string_append(out, s);
    if (pad)
      for (glong i = len; i < (glong)width; i++)
        g_string_append_c(out, ' ');
    return;
  }
  if (width == 0)
    return;
  g_string_append_len(out, s, g_utf8_offset_to_pointer(s, width - 1) - s);
  g_string_append(out, "…");
}

static const char *
gs_source_name(const GsDocument *doc, guint source)
{
  guint n;
  const GsSource *sources = gs_document_get_sources(doc, &n);

  return source != GS_NONE && source < n ? sources[source].name : "(unknown)";
}

void
gs_report_statements_to_text(const GsDocument *doc, const GsReportOptions *options,
                             GString *out)
{
  const GsText *text = gs_document_get_text(doc);
  guint width = options != NULL && options->width >= 40 ? options->width : 80;
  guint n;
  const GsStatement *statements = gs_document_get_statements(doc, &n);
  guint source_w = 24, cue_w = 10, line_w = 5;
  guint content_w = width > source_w + cue_w + line_w + 3 ? width - source_w - cue_w - line_w - 3 : 20;

  g_string_append_printf(out, "%s: %u statement%s\n", gs_document_get_name(doc), n,
                         n == 1 ? "" : "s");
  if (n == 0)
    return;
  gs_append_fitted(out, "SOURCE", source_w, TRUE);
  g_string_append_c(out, ' ');
  gs_append_fitted(out, "CUE", cue_w, TRUE);
  g_string_append_c(out, ' ');
  gs_append_fitted(out, "LINE", line_w, TRUE);
  g_string_append(out, " CONTENT\n");
  for (guint i = 0; i < n; i++) {
    const GsStatement *st = &statements[i];
    g_autofree char *cue = gs_text_dup_folded(text, st->cue.start, st->cue.end);
    g_autofree char *content = gs_text_dup_folded(text, st->content.start, st->content.end);
    char line_buf[16];
    guint line;

    gs_text_get_position(text, st->content.start, &line, NULL);
    g_snprintf(line_buf, sizeof(line_buf), "%u", line);
    gs_append_fitted(out, gs_source_name(doc, st->source), source_w, TRUE);
    g_string_append_c(out, ' ');
    gs_append_fitted(out, cue, cue_w, TRUE);
    g_string_append_c(out, ' ');
    gs_append_fitted(out, line_buf, line_w, TRUE);
    g_string_append_c(out, ' ');
    gs_append_fitted(out, content, content_w, FALSE);
    g_string_append_c(out, '\n');
  }
}

static const char *
gs_level_colour(GsLevel level)
{
  switch (level) {
  case GS_LEVEL_HIGH:
    return "\033[1;31m";
  case GS_LEVEL_MEDIUM:
    return "\033[1;35m";
  case GS_LEVEL_LOW:
  default:
    return "\033[1;36m";
  }
}

/* Each side: its sources, then each statement with its line, quoted. */
static void
gs_report_side_to_text(const GsDocument *doc, GArray *side, const char *label,
                       guint width, GString *out)
{
  const GsText *text = gs_document_get_text(doc);
  guint n;
  const GsStatement *statements = gs_document_get_statements(doc, &n);
  g_autoptr(GArray) srcs = gs_side_sources(doc, side);

  g_string_append_printf(out, "  %s: ", label);
  for (guint i = 0; i < srcs->len; i++)
    g_string_append_printf(out, "%s%s", i > 0 ? "; " : "",
                           gs_source_name(doc, g_array_index(srcs, guint, i)));
  g_string_append_c(out, '\n');
  for (guint i = 0; i < side->len; i++) {
    const GsStatement *st = &statements[g_array_index(side, guint, i)];
    g_autofree char *content = gs_text_dup_folded(text, st->content.start, st->content.end);
    guint line;
    g_autofree char *prefix = NULL;

    gs_text_get_position(text, st->content.start, &line, NULL);
    prefix = g_strdup_printf("    line %u, %s: ", line, gs_source_name(doc, st->source));
    g_string_append(out, prefix);
    g_string_append(out, "\"");
    gs_append_fitted(out, content, width > 40 ? width - 3 - (guint)strlen(prefix) : 40, FALSE);
    g_string_append(out, "\"\n");
  }
}

void
gs_report_document_to_text(const GsDocument *doc, const GsReportOptions *options,
                           GString *out)
{
  const GsText *text = gs_document_get_text(doc);
  guint width = options != NULL && options->width >= 40 ? options->width : 80;
  gboolean colour = options != NULL && options->color;
  guint n_findings, n_statements, n_sources, n_topics;
  const GsFinding *findings = gs_document_get_findings(doc, &n_findings);
  const GsStatement *statements = gs_document_get_statements(doc, &n_statements);
  guint by_severity[3] = {0, 0, 0};

  gs_document_get_sources(doc, &n_sources);
  gs_document_get_topics(doc, &n_topics);
  for (guint i = 0; i < n_findings; i++) {
    const GsFinding *f = &findings[i];
    guint first = g_array_index(f->sides[0], guint, 0);
    guint other = g_array_index(f->sides[1], guint, 0);
    guint at = MIN(statements[first].content.start, statements[other].content.start);
    guint line, column;

    by_severity[MIN((guint)f->severity, 2u)]++;
    gs_text_get_position(text, at, &line, &column);
    g_string_append_printf(out, "%s:%u:%u: ", gs_document_get_name(doc), line, column);
    if (colour)
      g_string_append(out, gs_level_colour(f->severity));
    g_string_append(out, gs_level_to_string(f->severity));
    if (colour)
      g_string_append(out, "\033[0m");
    g_string_append_printf(out, ": %s [%s]\n", f->message, f->rule);
    gs_report_side_to_text(doc, f->sides[0], "one side", width, out);
    gs_report_side_to_text(doc, f->sides[1], "other side", width, out);
  }
  g_string_append_printf(out, "%s: ", gs_document_get_name(doc));
  if (n_findings == 0)
    g_string_append(out, "no disagreements");
  else
    g_string_append_printf(out, "%u disagreement%s (%u high, %u medium, %u low)", n_findings,
                           n_findings == 1 ? "" : "s", by_severity[0], by_severity[1],
                           by_severity[2]);
  g_string_append_printf(out, " among %u statement%s from %u source%s in %u topic%s\n",
                         n_statements, n_statements == 1 ? "" : "s", n_sources,
                         n_sources == 1 ? "" : "s", n_topics, n_topics == 1 ? "" : "s");
}
