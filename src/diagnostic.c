/* Diagnostics: construction and the one formatter every positioned message
 * goes through, so that input errors and rules-file errors look alike. */
#include <gainsay/diagnostic.h>

GsDiagnostic *
gs_diagnostic_new(GsSeverity severity, GQuark domain, int code,
                  const char *file, guint line, guint column,
                  const char *format, ...)
{
  GsDiagnostic *diag = g_new0(GsDiagnostic, 1);
  va_list args;

  diag->severity = severity;
  diag->domain = domain;
  diag->code = code;
  diag->file = g_strdup(file != NULL ? file : "-");
  diag->line = line;
  diag->column = column;
  va_start(args, format);
  diag->message = g_strdup_vprintf(format, args);
  va_end(args);
  return diag;
}

GsDiagnostic *
gs_diagnostic_copy(const GsDiagnostic *diag)
{
  GsDiagnostic *copy = g_memdup2(diag, sizeof(*diag));

  copy->file = g_strdup(diag->file);
  copy->message = g_strdup(diag->message);
  copy->source_line = g_strdup(diag->source_line);
  return copy;
}

void
gs_diagnostic_free(GsDiagnostic *diag)
{
  if (diag == NULL)
    return;
  g_free(diag->file);
  g_free(diag->message);
  g_free(diag->source_line);
  g_free(diag);
}

/* Keeps a quoted line printable: a very long line is cut (the caret must
 * still land on the column, so the cut keeps the column in view) and
 * control characters become spaces, so a hostile input cannot drive the
 * user's terminal. LEN < 0 means NUL-terminated. */
void
gs_diagnostic_set_source_line(GsDiagnostic *diag, const char *line, gssize len)
{
  g_autoptr(GString) clean = g_string_new(NULL);
  const char *end;

  if (len < 0)
    len = (gssize)strlen(line);
  end = line + len;
  if (!g_utf8_validate(line, len, NULL)) {
    g_clear_pointer(&diag->source_line, g_free);
    return;
  }
  for (const char *p = line; p < end && clean->len < 240; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);

    if (c < 0x20 || c == 0x7f)
      g_string_append_c(clean, ' ');
    else
      g_string_append_unichar(clean, c);
  }
  g_free(diag->source_line);
  diag->source_line = g_string_free(g_steal_pointer(&clean), FALSE);
}

const char *
gs_severity_to_string(GsSeverity severity)
{
  switch (severity) {
  case GS_SEVERITY_ERROR:
    return "error";
  case GS_SEVERITY_WARNING:
    return "warning";
  case GS_SEVERITY_NOTE:
    return "note";
  }
  return "error";
}

void
gs_diagnostic_format(const GsDiagnostic *diag, GString *out,
                     gboolean with_severity)
{
  g_string_append(out, diag->file);
  if (diag->line > 0)
    g_string_append_printf(out, ":%u:%u", diag->line, MAX(diag->column, 1));
  g_string_append(out, ": ");
  if (with_severity)
    g_string_append_printf(out, "%s: ", gs_severity_to_string(diag->severity));
  g_string_append(out, diag->message);
  g_string_append_c(out, '\n');
  if (diag->source_line != NULL && diag->line > 0) {
    glong width = g_utf8_strlen(diag->source_line, -1);
    guint column = MAX(diag->column, 1);

    g_string_append_printf(out, "    %s\n    ", diag->source_line);
    for (guint i = 1; i < column && (glong)i <= width; i++)
      g_string_append_c(out, ' ');
    g_string_append(out, "^\n");
  }
}
