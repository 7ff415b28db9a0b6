/* The text stage, part one: getting the bytes in, proving they are text,
 * and keeping the line map every positioned message needs.
 *
 * Splitting into paragraphs, sentences and tokens is in sentences.c. */
#include "gs-config.h"
#include "text-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

G_DEFINE_QUARK(gs-text-error-quark, gs_text_error)

static void
gs_text_build_line_map(GsText *text)
{
  const char *data = text->data;
  guint32 zero = 0;

  guint32 chars = 0; /* characters since the start of the current line */

  text->line_starts = g_array_new(FALSE, FALSE, sizeof(guint32));
  text->block_chars = g_array_sized_new(FALSE, FALSE, sizeof(guint32),
                                        (guint)(text->len / GS_TEXT_BLOCK + 1));
  g_array_append_val(text->line_starts, zero);
  for (gsize i = 0; i < text->len; i++) {
    guint32 next;

    if (i % GS_TEXT_BLOCK == 0)
      g_array_append_val(text->block_chars, chars);
    /* a character starts at every byte that is not a continuation byte */
    chars += ((guchar)data[i] & 0xC0) != 0x80;
    if (data[i] == '\r' && i + 1 < text->len && data[i + 1] == '\n') {
      i++;
      if (i % GS_TEXT_BLOCK == 0)
        g_array_append_val(text->block_chars, chars);
    } else if (data[i] != '\n' && data[i] != '\r') {
      continue;
    }
    next = (guint32)(i + 1);
    chars = 0;
    g_array_append_val(text->line_starts, next);
  }
}

/* Index of the line holding OFFSET, by binary search over line starts. */
guint
gs_text_line_index(const GsText *text, gsize offset)
{
  const guint32 *starts = (const guint32 *)(gpointer)text->line_starts->data;
  guint lo = 0, hi = text->line_starts->len;

  while (hi - lo > 1) {
    guint mid = lo + (hi - lo) / 2;

    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

void
gs_text_get_position(const GsText *text, gsize offset, guint *line,
                     guint *column)
{
  guint index;
  guint32 start;
  glong chars;

  offset = MIN(offset, text->len);
  index = gs_text_line_index(text, offset);
  start = g_array_index(text->line_starts, guint32, index);
  /* Characters are the bytes that are not UTF-8 continuation bytes; in a
   * long line, count from the last block boundary inside it. */
  {
    gsize from = start;
    gsize block = offset / GS_TEXT_BLOCK;

    chars = 0;
    if (block * GS_TEXT_BLOCK > start && block < text->block_chars->len) {
      from = block * GS_TEXT_BLOCK;
      chars = g_array_index(text->block_chars, guint32, block);
    }
    for (gsize i = from; i < offset; i++)
      chars += ((guchar)text->data[i] & 0xC0) != 0x80;
  }
  if (line != NULL)
    *line = index + 1;
  if (column != NULL)
    *column = (guint)chars + 1;
}

const char *
gs_text_get_line(const GsText *text, gsize offset, gsize *len)
{
  guint index = gs_text_line_index(text, MIN(offset, text->len));
  gsize start = g_array_index(text->line_starts, guint32, index);
  gsize end = start;

  while (end < text->len && text->data[end] != '\n' && text->data[end] != '\r')
    end++;
  if (len != NULL)
    *len = end - start;
  return text->data + start;
}

/* A diagnostic at OFFSET of a text whose line map is built. */
static GsDiagnostic *
gs_text_diagnostic_at(const GsText *text, gsize offset, GsTextError code,
                      const char *message)
{
  guint line, column;
  gsize line_len;
  const char *line_text;
  GsDiagnostic *diag;

  gs_text_get_position(text, offset, &line, &column);
  diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR, code, text->name,
                           line, column, "%s", message);
  diag->offset = offset;
  line_text = gs_text_get_line(text, offset, &line_len);
  /* Quote only the valid part of the line: the caret marks where it stops. */
  gs_diagnostic_set_source_line(diag, line_text,
                                (gssize)MIN(line_len, offset - (gsize)(line_text - text->data)));
  return diag;
}

gboolean
gs_text_is_space_at(const char *p, const char *end, gsize *width)
{
  guchar c = (guchar)*p;

  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *width = 1;
    return TRUE;
  }
  if (c < 0x80)
    return FALSE;
  {
    gunichar u = g_utf8_get_char(p);

    if (g_unichar_isspace(u) || u == 0x200B || u == 0xFEFF) {
      *width = (gsize)(g_utf8_next_char(p) - p);
      return TRUE;
    }
  }
  return FALSE;
}

/* Recognises a leading "date YYYY-MM-DD" header (white space before it is
 * allowed; a colon after "date" too) and moves body_start past it. */
static void
gs_text_read_date_header(GsText *text)
{
  const char *p = text->data + text->body_start;
  const char *end = text->data + text->len;
  int y, m, d;
  gsize width;

  while (p < end && gs_text_is_space_at(p, end, &width))
    p += width;
  if (end - p < 15 || g_ascii_strncasecmp(p, "date", 4) != 0)
    return;
  p += 4;
  if (*p == ':')
    p++;
  if (*p != ' ' && *p != '\t')
    return;
  while (*p == ' ' || *p == '\t')
    p++;
  if (end - p < 10)
    return;
  for (int i = 0; i < 10; i++) {
    gboolean dash = (i == 4 || i == 7);

    if (dash ? p[i] != '-' : !g_ascii_isdigit(p[i]))
      return;
  }
  if (p + 10 < end && !gs_text_is_space_at(p + 10, end, &width))
    return;
  y = atoi(p);
  m = atoi(p + 5);
  d = atoi(p + 8);
  if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
    return;
  memcpy(text->date, p, 10);
  text->date[10] = '\0';
  text->body_start = (gsize)(p + 10 - text->data);
}

/* Takes ownership of DATA (LEN bytes plus a NUL that the caller put
 * there). */
static GsText *
gs_text_new_take(const char *name, char *data, gsize len, GsDiagnostic **diag)
{
  g_autoptr(GsText) text = g_new0(GsText, 1);
  const char *bad = NULL;
  gsize width;
  const char *p;

  text->ref_count = 1;
  text->name = g_strdup(name);
  text->data = data;
  text->len = len;
  gs_text_build_line_map(text);

  if (len >= 2 && (((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE) ||
                   ((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF))) {
    *diag = gs_text_diagnostic_at(text, 0, GS_TEXT_ERROR_UTF16,
                                  "UTF-16 input (byte-order mark); convert it to UTF-8, "
                                  "for example with iconv -f UTF-16 -t UTF-8");
    return NULL;
  }
  if (!g_utf8_validate_len(data, len, &bad)) {
    gsize offset = (gsize)(bad - data);
    g_autofree char *message = NULL;

    if (*bad == '\0') {
      message = g_strdup_printf("NUL byte at byte offset %" G_GSIZE_FORMAT
                                ": binary data, not text", offset);
      *diag = gs_text_diagnostic_at(text, offset, GS_TEXT_ERROR_BINARY, message);
    } else {
      message = g_strdup_printf("invalid UTF-8: byte 0x%02X at byte offset %"
                                G_GSIZE_FORMAT, (guchar)*bad, offset);
      *diag = gs_text_diagnostic_at(text, offset, GS_TEXT_ERROR_INVALID_UTF8, message);
    }
    return NULL;
  }
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    text->body_start = 3;
  gs_text_read_date_header(text);

  for (p = data + text->body_start; p < data + len; p += width) {
    if (!gs_text_is_space_at(p, data + len, &width))
      break;
  }
  if (p >= data + len) {
    *diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR, GS_TEXT_ERROR_EMPTY,
                              name, 0, 0, "%s",
                              len == 0 ? "empty file: no text to check"
                                       : "no text to check (only white space)");
    return NULL;
  }
  gs_text_split(text);
  return g_steal_pointer(&text);
}

GsText *
gs_text_new_from_data(const char *name, const char *data, gsize len,
                      GsDiagnostic **diag)
{
  char *copy;

  g_return_val_if_fail(diag != NULL && *diag == NULL, NULL);
  if (len > GS_TEXT_MAX_BYTES) {
    *diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR, GS_TEXT_ERROR_TOO_LARGE,
                              name, 0, 0, "input of %" G_GSIZE_FORMAT
                              " bytes is over the limit of %" G_GSIZE_FORMAT " bytes",
                              len, (gsize)GS_TEXT_MAX_BYTES);
    return NULL;
  }
  copy = g_malloc(len + 1);
  memcpy(copy, data, len);
  copy[len] = '\0';
  return gs_text_new_take(name, copy, len, diag);
}

/* Reads all of FD, up to the size limit. */
static char *
gs_text_read_fd(int fd, const char *name, gsize *len, GsDiagnostic **diag)
{
  g_autoptr(GByteArray) buf = g_byte_array_sized_new(64 * 1024);
  guint8 chunk[64 * 1024];

  for (;;) {
    gssize got = read(fd, chunk, sizeof(chunk));

    if (got < 0 && errno == EINTR)
      continue;
    if (got < 0) {
      *diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR, GS_TEXT_ERROR_READ,
                                name, 0, 0, "cannot read: %s", g_strerror(errno));
      return NULL;
    }
    if (got == 0)
      break;
    if (buf->len + (gsize)got > GS_TEXT_MAX_BYTES) {
      *diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR, GS_TEXT_ERROR_TOO_LARGE,
                                name, 0, 0, "input is over the limit of %" G_GSIZE_FORMAT
                                " bytes", (gsize)GS_TEXT_MAX_BYTES);
      return NULL;
    }
    g_byte_array_append(buf, chunk, (guint)got);
  }
  *len = buf->len;
  g_byte_array_append(buf, (const guint8 *)"", 1);
  return (char *)g_byte_array_free(g_steal_pointer(&buf), FALSE);
}

GsText *
gs_text_new_from_file(const char *path, GsDiagnostic **diag)
{
  gboolean is_stdin = g_strcmp0(path, "-") == 0;
  struct stat st;
  int fd;
  char *data;
  gsize len = 0;

  g_return_val_if_fail(path != NULL, NULL);
  g_return_val_if_fail(diag != NULL && *diag == NULL, NULL);

  fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int saved = errno;

    *diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR,
                              saved == ENOENT ? GS_TEXT_ERROR_NOT_FOUND : GS_TEXT_ERROR_READ,
                              path, 0, 0, "cannot open: %s", g_strerror(saved));
    return NULL;
  }
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      *diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR,
                                GS_TEXT_ERROR_IS_DIRECTORY, path, 0, 0,
                                "is a directory, not a text file");
      if (!is_stdin)
        close(fd);
      return NULL;
    }
    if (S_ISREG(st.st_mode) && (guint64)st.st_size > GS_TEXT_MAX_BYTES) {
      *diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR, GS_TEXT_ERROR_TOO_LARGE,
                                path, 0, 0, "file of %" G_GUINT64_FORMAT
                                " bytes is over the limit of %" G_GSIZE_FORMAT " bytes",
                                (guint64)st.st_size, (gsize)GS_TEXT_MAX_BYTES);
      if (!is_stdin)
        close(fd);
      return NULL;
    }
  }
  data = gs_text_read_fd(fd, path, &len, diag);
  if (!is_stdin)
    close(fd);
  if (data == NULL)
    return NULL;
  return gs_text_new_take(path, data, len, diag);
}

GsText *
gs_text_ref(GsText *text)
{
  g_return_val_if_fail(text != NULL, NULL);
  g_atomic_int_inc(&text->ref_count);
  return text;
}

void
gs_text_unref(GsText *text)
{
  if (text == NULL || !g_atomic_int_dec_and_test(&text->ref_count))
    return;
  g_free(text->name);
  g_free(text->data);
  if (text->line_starts != NULL)
    g_array_unref(text->line_starts);
  if (text->block_chars != NULL)
    g_array_unref(text->block_chars);
  if (text->tokens != NULL)
    g_array_unref(text->tokens);
  if (text->sentences != NULL)
    g_array_unref(text->sentences);
  if (text->paragraphs != NULL)
    g_array_unref(text->paragraphs);
  g_free(text);
}

const char *
gs_text_get_name(const GsText *text)
{
  return text->name;
}

const char *
gs_text_get_data(const GsText *text, gsize *len)
{
  if (len != NULL)
    *len = text->len;
  return text->data;
}

const char *
gs_text_get_date(const GsText *text)
{
  return text->date[0] != '\0' ? text->date : NULL;
}

guint
gs_text_get_cut_sentences(const GsText *text, gsize *first_offset)
{
  if (first_offset != NULL)
    *first_offset = text->first_cut;
  return text->n_cut;
}

const GsToken *
gs_text_get_tokens(const GsText *text, guint *n_tokens)
{
  *n_tokens = text->tokens->len;
  return (const GsToken *)(gpointer)text->tokens->data;
}

const GsSentence *
gs_text_get_sentences(const GsText *text, guint *n_sentences)
{
  *n_sentences = text->sentences->len;
  return (const GsSentence *)(gpointer)text->sentences->data;
}

const GsParagraph *
gs_text_get_paragraphs(const GsText *text, guint *n_paragraphs)
{
  *n_paragraphs = text->paragraphs->len;
  return (const GsParagraph *)(gpointer)text->paragraphs->data;
}

gboolean
gs_text_span_is_folded(const GsText *text, gsize start, gsize end)
{
  const char *p, *stop;
  gboolean space = TRUE; /* white space at the start would be dropped */

  end = MIN(end, text->len);
  if (start >= end)
    return TRUE;
  p = text->data + start;
  stop = text->data + end;
  while (p < stop) {
    gsize width;

    if (gs_text_is_space_at(p, stop, &width)) {
      /* only a single ASCII space between words stays as it is */
      if (*p != ' ' || space)
        return FALSE;
      space = TRUE;
      p++;
      continue;
    }
    space = FALSE;
    p = (guchar)*p < 0x80 ? p + 1 : g_utf8_next_char(p);
  }
  return !space; /* a space at the end would be dropped */
}

char *
gs_text_dup_folded(const GsText *text, gsize start, gsize end)
{
  GString *out;
  const char *p, *stop;
  gboolean pending_space = FALSE;
  gsize width;

  end = MIN(end, text->len);
  start = MIN(start, end);
  out = g_string_sized_new(end - start + 1);
  p = text->data + start;
  stop = text->data + end;
  while (p < stop) {
    const char *run = p;

    if (gs_text_is_space_at(p, stop, &width)) {
      pending_space = out->len > 0;
      p += width;
      continue;
    }
    if (pending_space)
      g_string_append_c(out, ' ');
    pending_space = FALSE;
    /* copy a whole run of non-space bytes at once */
    while (p < stop && !gs_text_is_space_at(p, stop, &width))
      p += (guchar)*p < 0x80 ? 1 : (gsize)(g_utf8_next_char(p) - p);
    g_string_append_len(out, run, p - run);
  }
  return g_string_free(out, FALSE);
}
