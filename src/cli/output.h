/* The program's output: stdout writes that notice failures (a closed pipe,
 * a full disk) and stderr messages in the one "gainsay: …" form. */
#pragma once

#include <glib.h>
#include <gainsay/gainsay.h>

/* Writes S to stdout; FALSE (and errno set) when the write failed. */
gboolean gs_cli_write(const char *s, gsize len);
gboolean gs_cli_flush(void);
/* "gainsay: MESSAGE" on stderr. */
void gs_cli_error(const char *format, ...) G_GNUC_PRINTF(1, 2);
/* Writes S to stderr as it is. */
void gs_cli_write_stderr(const char *s, gsize len);
/* "gainsay: FILE:LINE:COL: MESSAGE", the quoted line and a caret. */
void gs_cli_diagnostic(const GsDiagnostic *diag, gboolean with_severity);
/* The same appended to OUT, to be printed later (by another thread). */
void gs_cli_format_diagnostic(const GsDiagnostic *diag, gboolean with_severity, GString *out);
/* Terminal width of stdout, or 100 when it is not a terminal. */
guint gs_cli_terminal_width(void);
