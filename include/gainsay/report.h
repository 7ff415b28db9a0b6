/* gainsay — the report stage: documents out as text or JSON.
 *
 * Owned by src/report.c. Every format is written from the same GsDocument,
 * object by object (one _json and one _text writer per reportable thing),
 * so the formats cannot drift apart. The JSON contract is in doc/
 * ARCHITECTURE.md and README.md; its "report" number changes when a field
 * that scripts read changes meaning.
 */
#pragma once

#include <glib.h>
#include <gainsay/api.h>
#include <jansson.h>
#include <gainsay/document.h>

GS_BEGIN_DECLS

#define GS_REPORT_CONTRACT 1

/* {"gainsay": {"version": …, "report": 1}, "documents": []} */
json_t *gs_report_json_new_root(void);
/* The root's "documents" array. Borrowed. */
json_t *gs_report_json_get_documents(json_t *root);

/* One document of the contract: path, date, sources, statements, topics,
 * findings, errors. New reference. */
json_t *gs_report_document_to_json(const GsDocument *doc);
/* A document that could not be read: its path and "errors", everything
 * else empty, so a script sees every input it named. */
json_t *gs_report_failed_document_to_json(const char *path, const GsDiagnostic *diag);
/* A document's sentences with their byte spans (for `gainsay sentences`). */
json_t *gs_report_sentences_to_json(const GsText *text);
/* The same for an input that could not be read. */
json_t *gs_report_failed_sentences_to_json(const char *path, const GsDiagnostic *diag);
json_t *gs_report_diagnostic_to_json(const GsDiagnostic *diag);

typedef struct {
  guint width;          /* terminal width for tables; 0 = 80 */
  gboolean color;       /* ANSI colour for severities */
} GsReportOptions;

/* The disagreement report: each finding in compiler style
 * ("FILE:LINE:COL: high: MESSAGE [rule]") with its two sides, then a
 * summary line. */
void gs_report_document_to_text(const GsDocument *doc, const GsReportOptions *options,
                                GString *out);
/* The who-said-what table of `gainsay statements`. */
void gs_report_statements_to_text(const GsDocument *doc, const GsReportOptions *options,
                                  GString *out);
/* One sentence per line, inner white space folded to single spaces. */
void gs_report_sentences_to_text(const GsText *text, GString *out);

GS_END_DECLS
