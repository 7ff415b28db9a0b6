/* See output.h. */
#include "output.h"

#include <errno.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

gboolean
gs_cli_write(const char *s, gsize len)
{
  if (len == 0)
    return TRUE;
  return fwrite(s, 1, len, stdout) == len;
}

gboolean
gs_cli_flush(void)
{
  return fflush(stdout) == 0 && !ferror(stdout);
}

void
gs_cli_error(const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start(args, format);
  message = g_strdup_vprintf(format, args);
  va_end(args);
  fprintf(stderr, "gainsay: %s\n", message);
}

void
gs_cli_write_stderr(const char *s, gsize len)
{
  /* Nowhere left to report a failure to write the report of failures. */
  if (len > 0 && fwrite(s, 1, len, stderr) != len)
    clearerr(stderr);
}

void
gs_cli_format_diagnostic(const GsDiagnostic *diag, gboolean with_severity, GString *out)
{
  g_string_append(out, "gainsay: ");
  gs_diagnostic_format(diag, out, with_severity);
}

void
gs_cli_diagnostic(const GsDiagnostic *diag, gboolean with_severity)
{
  g_autoptr(GString) out = g_string_new(NULL);

  gs_cli_format_diagnostic(diag, with_severity, out);
  gs_cli_write_stderr(out->str, out->len);
}

guint
gs_cli_terminal_width(void)
{
  struct winsize ws;
  const char *columns = g_getenv("COLUMNS");

  if (columns != NULL) {
    guint64 n = g_ascii_strtoull(columns, NULL, 10);

    if (n >= 40 && n <= 1000)
      return (guint)n;
  }
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
    return ws.ws_col;
  return 100;
}
