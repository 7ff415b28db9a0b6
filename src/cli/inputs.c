/* See inputs.h. */
#include "inputs.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/* What one read() asks for. read(), not stdio: a pipe's lines are then
 * handed on as soon as they arrive instead of once a buffer is full. */
#define READ_CHUNK (64 * 1024)

G_DEFINE_QUARK(gs-cli-jsonl-error-quark, gs_cli_jsonl_error)

struct _GsCliInputs {
  GsCliInputFormat format;
  GQueue args;    /* char *: arguments not yet opened */
  GQueue listing; /* char *: files of the directory being read, sorted */

  /* The JSON Lines file being read, when fd >= 0. */
  int fd;
  char *file;     /* its name, "-" for standard input */
  guint line;     /* lines read so far */
  gsize offset;   /* bytes read so far */
  char *buf;      /* READ_CHUNK bytes; [pos, len) not yet used */
  gsize pos;
  gsize len;
  gboolean eof;
};

typedef enum {
  LINE_OK,
  LINE_END,
  LINE_ERROR, /* errno set */
} LineStatus;

GsCliInputs *
gs_cli_inputs_new(const char *const *args, GsCliInputFormat format)
{
  GsCliInputs *in = g_new0(GsCliInputs, 1);

  in->format = format;
  in->fd = -1;
  g_queue_init(&in->args);
  g_queue_init(&in->listing);
  for (gsize i = 0; args != NULL && args[i] != NULL; i++)
    g_queue_push_tail(&in->args, g_strdup(args[i]));
  return in;
}

static void
inputs_close(GsCliInputs *in)
{
  if (in->fd > STDIN_FILENO)
    close(in->fd);
  in->fd = -1;
  g_clear_pointer(&in->file, g_free);
  g_clear_pointer(&in->buf, g_free);
}

void
gs_cli_inputs_free(GsCliInputs *in)
{
  if (in == NULL)
    return;
  inputs_close(in);
  g_queue_clear_full(&in->args, g_free);
  g_queue_clear_full(&in->listing, g_free);
  g_free(in);
}

/* ---- JSON Lines files ------------------------------------------------------ */

/* Reads the next line of the open file into LINE, without its end (\n or
 * \r\n). A line over the limit is read to its end but not kept: *TOO_LONG
 * is set and LINE is left empty. */
static LineStatus
inputs_read_line(GsCliInputs *in, GString *line, gboolean *too_long)
{
  gboolean any = FALSE;

  *too_long = FALSE;
  for (;;) {
    const char *start, *nl;
    gsize n;

    if (in->pos == in->len) {
      gssize got;

      if (in->eof)
        break;
      got = read(in->fd, in->buf, READ_CHUNK);
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        return LINE_ERROR;
      if (got == 0) {
        in->eof = TRUE;
        break;
      }
      in->pos = 0;
      in->len = (gsize)got;
    }
    any = TRUE;
    start = in->buf + in->pos;
    nl = memchr(start, '\n', in->len - in->pos);
    n = nl != NULL ? (gsize)(nl - start) : in->len - in->pos;
    if (!*too_long && line->len + n > GS_CLI_JSONL_MAX_LINE_BYTES) {
      *too_long = TRUE;
      g_string_truncate(line, 0);
    }
    if (!*too_long)
      g_string_append_len(line, start, (gssize)n);
    n += nl != NULL;
    in->pos += n;
    in->offset += n;
    if (nl != NULL)
      break;
  }
  if (!any)
    return LINE_END;
  if (line->len > 0 && line->str[line->len - 1] == '\r')
    g_string_truncate(line, line->len - 1);
  return LINE_OK;
}

static gboolean
is_blank(const GString *line)
{
  for (gsize i = 0; i < line->len; i++) {
    char c = line->str[i];

    if (c != ' ' && c != '\t' && c != '\r')
      return FALSE;
  }
  return TRUE;
}

/* The job for the next document of the open file, or NULL (and the file
 * closed) at its end. Blank lines are skipped: a trailing empty line is
 * common and holds no document. */
static GsCliJob *
inputs_next_line(GsCliInputs *in)
{
  for (;;) {
    g_autoptr(GString) line = g_string_new(NULL);
    gsize offset = in->offset;
    gboolean too_long;
    GsDiagnostic *diag;

    switch (inputs_read_line(in, line, &too_long)) {
    case LINE_END:
      inputs_close(in);
      return NULL;
    case LINE_ERROR: {
      int saved = errno;
      GsCliJob *job;

      diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR, GS_TEXT_ERROR_READ, in->file,
                               0, 0, "cannot read: %s", g_strerror(saved));
      job = gs_cli_job_new_failed(in->file, diag);
      inputs_close(in);
      return job;
    }
    case LINE_OK:
      break;
    }
    in->line++;
    if (too_long) {
      g_autofree char *path = g_strdup_printf("%s:%u", in->file, in->line);

      diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_CLI_JSONL_ERROR,
                               GS_CLI_JSONL_ERROR_TOO_LONG, in->file, in->line, 1,
                               "line over the limit of %" G_GSIZE_FORMAT " bytes: skipped",
                               (gsize)GS_CLI_JSONL_MAX_LINE_BYTES);
      diag->offset = offset;
      return gs_cli_job_new_failed(path, diag);
    }
    if (!is_blank(line))
      return gs_cli_job_new_jsonl_line(in->file, in->line, offset, g_steal_pointer(&line));
  }
}

/* Opens PATH for reading line by line; a failed job when it cannot. */
static GsCliJob *
inputs_open_jsonl(GsCliInputs *in, const char *path)
{
  gboolean is_stdin = strcmp(path, "-") == 0;
  int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);

  if (fd < 0) {
    int saved = errno;

    return gs_cli_job_new_failed(
      path, gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR,
                              saved == ENOENT ? GS_TEXT_ERROR_NOT_FOUND : GS_TEXT_ERROR_READ,
                              path, 0, 0, "cannot open: %s", g_strerror(saved)));
  }
  in->fd = fd;
  in->file = g_strdup(path);
  in->line = 0;
  in->offset = 0;
  in->buf = g_malloc(READ_CHUNK);
  in->pos = in->len = 0;
  in->eof = FALSE;
  return NULL;
}

/* ---- files and directories ----------------------------------------------- */

static gint
compare_paths(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Queues the inputs of directory DIR_PATH, sorted by name (bytewise, so
 * the order is the same in every locale); a failed job when it has none
 * or cannot be read. */
static GsCliJob *
inputs_list_directory(GsCliInputs *in, const char *dir_path)
{
  const char *suffix = in->format == GS_CLI_INPUT_JSONL ? ".jsonl" : ".txt";
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GError) error = NULL;
  GDir *dir = g_dir_open(dir_path, 0, &error);
  const char *name;

  if (dir == NULL) {
    /* GLib's message is "Error opening directory “DIR”: REASON"; the
     * path is already in front of ours, so keep the reason. */
    const char *reason = g_strrstr(error->message, ": ");

    return gs_cli_job_new_failed(
      dir_path, gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR, GS_TEXT_ERROR_READ,
                                  dir_path, 0, 0, "cannot read directory: %s",
                                  reason != NULL ? reason + 2 : error->message));
  }
  while ((name = g_dir_read_name(dir)) != NULL) {
    g_autofree char *path = NULL;

    /* Hidden files are editors' and tools' leftovers, not articles. */
    if (name[0] == '.' || !g_str_has_suffix(name, suffix))
      continue;
    path = g_build_filename(dir_path, name, NULL);
    /* Not recursive: a subdirectory is skipped even when named like one;
     * so is anything else that is not a regular file (a FIFO would block
     * the run forever). */
    if (!g_file_test(path, G_FILE_TEST_IS_REGULAR))
      continue;
    g_ptr_array_add(paths, g_steal_pointer(&path));
  }
  g_dir_close(dir);
  if (paths->len == 0) {
    return gs_cli_job_new_failed(
      dir_path, gs_diagnostic_new(GS_SEVERITY_ERROR, GS_TEXT_ERROR,
                                  GS_TEXT_ERROR_IS_DIRECTORY, dir_path, 0, 0,
                                  "no *%s files", suffix));
  }
  g_ptr_array_sort(paths, compare_paths);
  for (guint i = 0; i < paths->len; i++)
    g_queue_push_tail(&in->listing, g_steal_pointer(&g_ptr_array_index(paths, i)));
  return NULL;
}

/* The job for file PATH, or for JSON Lines NULL once it is open. */
static GsCliJob *
inputs_open(GsCliInputs *in, const char *path)
{
  if (in->format == GS_CLI_INPUT_JSONL)
    return inputs_open_jsonl(in, path);
  if (strcmp(path, "-") == 0) {
    /* Read here, in input order: two jobs must not race for stdin. */
    g_autoptr(GsDiagnostic) diag = NULL;
    GsText *text = gs_text_new_from_file(path, &diag);

    if (text == NULL)
      return gs_cli_job_new_failed(path, g_steal_pointer(&diag));
    return gs_cli_job_new_text(text);
  }
  return gs_cli_job_new_file(path);
}

GsCliJob *
gs_cli_inputs_next(GsCliInputs *in)
{
  for (;;) {
    g_autofree char *path = NULL;
    GsCliJob *job;

    if (in->fd >= 0) {
      job = inputs_next_line(in);
      if (job != NULL)
        return job;
      continue;
    }
    path = g_queue_pop_head(&in->listing);
    if (path == NULL) {
      path = g_queue_pop_head(&in->args);
      if (path == NULL)
        return NULL;
      if (strcmp(path, "-") != 0 && g_file_test(path, G_FILE_TEST_IS_DIR)) {
        job = inputs_list_directory(in, path);
        if (job != NULL)
          return job;
        continue;
      }
    }
    job = inputs_open(in, path);
    if (job != NULL)
      return job;
  }
}

/* ---- one JSON Lines document ---------------------------------------------- */

static const char *
json_type_name(const json_t *v)
{
  switch (json_typeof(v)) {
  case JSON_OBJECT:
    return "an object";
  case JSON_ARRAY:
    return "an array";
  case JSON_STRING:
    return "a string";
  case JSON_INTEGER:
  case JSON_REAL:
    return "a number";
  case JSON_TRUE:
  case JSON_FALSE:
    return "a boolean";
  case JSON_NULL:
    return "null";
  }
  return "something else";
}

static GsDiagnostic *
jsonl_diagnostic(const char *file, guint line, int column, gsize offset, GQuark domain, int code,
                 const char *message)
{
  GsDiagnostic *diag = gs_diagnostic_new(GS_SEVERITY_ERROR, domain, code, file, line,
                                         (guint)MAX(column, 1), "%s", message);

  diag->offset = offset;
  return diag;
}

/* The document's name from its "id": a non-empty string without NULs, or
 * an integer; NULL otherwise. */
static char *
jsonl_id(const json_t *id)
{
  if (json_is_string(id)) {
    const char *s = json_string_value(id);

    if (json_string_length(id) > 0 && strlen(s) == json_string_length(id))
      return g_strdup(s);
  } else if (json_is_integer(id)) {
    return g_strdup_printf("%" JSON_INTEGER_FORMAT, json_integer_value(id));
  }
  return NULL;
}

GsText *
gs_cli_jsonl_to_text(const char *file, guint line, gsize line_offset, const char *data,
                     gsize len, char **path, GsDiagnostic **diag)
{
  json_error_t error;
  json_t *root, *text_json;
  g_autofree char *id = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GsDiagnostic) inner = NULL;
  GsText *text = NULL;

  *path = NULL;
  /* JSON_ALLOW_NUL: a \u0000 in the text then reaches the text layer,
   * which reports it with its offset, as it does a NUL byte in a file. */
  root = json_loadb(data, len, JSON_ALLOW_NUL, &error);
  if (root == NULL) {
    /* Jansson quotes the text near the error, which may be cut inside a
     * character. */
    g_autofree char *why = g_utf8_make_valid(error.text, -1);

    *path = g_strdup_printf("%s:%u", file, line);
    message = g_strdup_printf("not valid JSON: %s", why);
    *diag = jsonl_diagnostic(file, line, error.column,
                             line_offset + (gsize)MAX(error.position, 0), GS_CLI_JSONL_ERROR,
                             GS_CLI_JSONL_ERROR_SYNTAX, message);
    return NULL;
  }
  if (!json_is_object(root)) {
    *path = g_strdup_printf("%s:%u", file, line);
    message = g_strdup_printf("expected an object {\"id\": …, \"text\": …}, got %s",
                              json_type_name(root));
    *diag = jsonl_diagnostic(file, line, 1, line_offset, GS_CLI_JSONL_ERROR,
                             GS_CLI_JSONL_ERROR_NOT_OBJECT, message);
    json_decref(root);
    return NULL;
  }

  id = jsonl_id(json_object_get(root, "id"));
  *path = id != NULL ? g_strdup(id) : g_strdup_printf("%s:%u", file, line);
  text_json = json_object_get(root, "text");
  if (!json_is_string(text_json)) {
    message = text_json == NULL ? g_strdup("no \"text\" member")
                                : g_strdup_printf("\"text\" is %s, not a string",
                                                  json_type_name(text_json));
    *diag = jsonl_diagnostic(file, line, 1, line_offset, GS_CLI_JSONL_ERROR,
                             GS_CLI_JSONL_ERROR_NO_TEXT, message);
    json_decref(root);
    return NULL;
  }

  text = gs_text_new_from_data(*path, json_string_value(text_json),
                               json_string_length(text_json), &inner);
  json_decref(root);
  if (text == NULL) {
    /* The text layer names the document and a place in its text; the user
     * needs the place in the file they gave, so that leads. */
    g_autoptr(GString) s = g_string_new("\"text\"");

    if (id != NULL)
      g_string_append_printf(s, " of \"%s\"", id);
    if (inner->line > 0)
      g_string_append_printf(s, ", line %u, column %u", inner->line, MAX(inner->column, 1));
    if (inner->domain == GS_TEXT_ERROR && inner->code == GS_TEXT_ERROR_EMPTY)
      g_string_append(s, ": empty or only white space: no text to check");
    else
      g_string_append_printf(s, ": %s", inner->message);
    *diag = jsonl_diagnostic(file, line, 1, line_offset, inner->domain, inner->code, s->str);
  }
  return text;
}
