/* gainsay — diagnostics: positioned messages about an input.
 *
 * Owned by the library as a whole. Every stage that can find a problem in
 * what the user gave it (an article, a rules file) reports it as a
 * GsDiagnostic instead of printing: the library never prints, so the
 * program decides what the user sees. A diagnostic names its file and,
 * where one is known, the 1-based line and column (column counts
 * characters, not bytes) and quotes the offending line.
 */
#pragma once

#include <glib.h>
#include <gainsay/api.h>

GS_BEGIN_DECLS

typedef enum {
  GS_SEVERITY_ERROR,
  GS_SEVERITY_WARNING,
  GS_SEVERITY_NOTE,
} GsSeverity;

typedef struct {
  GsSeverity severity;
  GQuark domain;   /* the error domain of the stage that found it */
  int code;        /* a code of that domain; tests assert domain and code */
  char *file;      /* as the user named it; "-" for standard input */
  guint line;      /* 1-based; 0 when the problem has no position */
  guint column;    /* 1-based, in characters; 0 when unknown */
  gsize offset;    /* byte offset into the input, when line is not 0 */
  char *message;   /* one line, no trailing newline, no file prefix */
  char *source_line; /* the offending line, or NULL */
} GsDiagnostic;

GsDiagnostic *gs_diagnostic_new(GsSeverity severity, GQuark domain, int code,
                                const char *file, guint line, guint column,
                                const char *format, ...) G_GNUC_PRINTF(7, 8);
GsDiagnostic *gs_diagnostic_copy(const GsDiagnostic *diag);
void gs_diagnostic_free(GsDiagnostic *diag);
void gs_diagnostic_set_source_line(GsDiagnostic *diag, const char *line,
                                   gssize len);

const char *gs_severity_to_string(GsSeverity severity);

/* Appends "FILE:LINE:COL: SEVERITY: MESSAGE\n", then, when the line is
 * known, the line itself and a caret under the column, as compilers do.
 * with_severity=FALSE drops the "error: " word (for input errors, where
 * every message is an error). */
void gs_diagnostic_format(const GsDiagnostic *diag, GString *out,
                          gboolean with_severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(GsDiagnostic, gs_diagnostic_free)

GS_END_DECLS
