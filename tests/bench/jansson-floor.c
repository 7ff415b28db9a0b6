/* jansson-floor INPUT.jsonl REPORTS.jsonl [RUNS]: what Jansson alone costs
 * of a JSON Lines run, for scripts/bench.
 *
 * gainsay reads its JSON Lines input and writes its reports with Jansson
 * (the project's rule: Jansson for all JSON in and out). This times the
 * Jansson part of such a run with none of the analysis: parsing every
 * line of INPUT (json_loadb, as the CLI reads a line), and for every
 * report line of REPORTS (gainsay's own output for INPUT) making its tree
 * (json_deep_copy, the same json_object_set and json_array_append calls
 * the report builder makes) and writing it (json_dump_callback, compact,
 * into a GString as the CLI does). Jansson's values live in the CLI's
 * per-job arena, one job a line, as in gainsay.
 *
 * Prints the best of RUNS (default 5) for each part, in milliseconds,
 * and the input MB/s that a run could not exceed however fast the
 * analysis was. Exit status: 0 done, 1 an unreadable file or a line that
 * does not parse. */
#include "json-arena.h"

#include <glib.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
append(const char *buffer, size_t size, void *data)
{
  g_string_append_len(data, buffer, (gssize)size);
  return 0;
}

/* The lines of PATH, without their newlines; NULL (and a message) when
 * it cannot be read. */
static char **
read_lines(const char *path, gsize *bytes)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents(path, &data, bytes, &error)) {
    fprintf(stderr, "jansson-floor: %s\n", error->message);
    return NULL;
  }
  return g_strsplit(data, "\n", -1);
}

/* Parses every line of LINES; with COPY, also makes a copy of its tree;
 * with OUT, writes it (the copy when made) to OUT. FALSE when a line does
 * not parse. */
static gboolean
run(char **lines, gboolean copy, GString *out, double *parse_ms, double *rest_ms)
{
  g_autoptr(GTimer) timer = g_timer_new();
  double parse = 0, rest = 0;

  for (guint i = 0; lines[i] != NULL; i++) {
    json_error_t error;
    json_t *root, *made;

    if (lines[i][0] == '\0')
      continue;
    gs_cli_json_arena_begin();
    g_timer_start(timer);
    root = json_loadb(lines[i], strlen(lines[i]), JSON_ALLOW_NUL, &error);
    parse += g_timer_elapsed(timer, NULL);
    if (root == NULL) {
      fprintf(stderr, "jansson-floor: line %u: %s\n", i + 1, error.text);
      gs_cli_json_arena_end();
      return FALSE;
    }
    if (copy || out != NULL) {
      g_timer_start(timer);
      made = copy ? json_deep_copy(root) : json_incref(root);
      if (out != NULL) {
        g_string_truncate(out, 0);
        json_dump_callback(made, append, out, JSON_COMPACT);
      }
      json_decref(made);
      rest += g_timer_elapsed(timer, NULL);
    }
    json_decref(root);
    gs_cli_json_arena_end();
  }
  *parse_ms = parse * 1e3;
  *rest_ms = rest * 1e3;
  return TRUE;
}

int
main(int argc, char **argv)
{
  g_auto(GStrv) input = NULL;
  g_auto(GStrv) reports = NULL;
  g_autoptr(GString) out = g_string_sized_new(1 << 16);
  gsize input_bytes, report_bytes;
  int runs = argc > 3 ? atoi(argv[3]) : 5;
  double best_read = G_MAXDOUBLE, best_write = G_MAXDOUBLE;

  if (argc < 3 || runs < 1) {
    fprintf(stderr, "usage: jansson-floor INPUT.jsonl REPORTS.jsonl [RUNS]\n");
    return 1;
  }
  gs_cli_json_arena_install();
  input = read_lines(argv[1], &input_bytes);
  reports = read_lines(argv[2], &report_bytes);
  if (input == NULL || reports == NULL)
    return 1;
  for (int r = 0; r < runs; r++) {
    double read_ms, unused, parse_ms, write_ms;

    if (!run(input, FALSE, NULL, &read_ms, &unused) ||
        !run(reports, TRUE, out, &parse_ms, &write_ms))
      return 1;
    best_read = MIN(best_read, read_ms);
    best_write = MIN(best_write, write_ms);
  }
  printf("read %.1f ms, build and write %.1f ms (%.1f MB of reports): at most %.1f MB/s\n",
         best_read, best_write, (double)report_bytes / 1e6,
         (double)input_bytes / 1e6 / ((best_read + best_write) / 1e3));
  return 0;
}
