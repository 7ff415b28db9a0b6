/* A plain main for a fuzz target: feeds it each file named on the command
 * line, and every file under each directory named (recursively, in name
 * order), once each, then says how many it fed. Built with the regular
 * compiler, so CI replays the fuzzers' findings (fuzz/regressions/) and
 * the seeds under ASan and UBSan, or under valgrind, without libFuzzer.
 *
 * Usage: fuzz-replay-TARGET PATH...
 * Exit status: 0 when every input went through; 1 when nothing was fed
 * (so the test can never pass vacuously) or a path cannot be read. A bug
 * found by an input crashes the program, or makes the sanitizer exit
 * non-zero, with the input's name printed just before. */
#include "fuzz.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
replay_compare(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static gboolean
replay_path(const char *path, guint *n_inputs)
{
  g_autoptr(GError) error = NULL;

  if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
    g_autoptr(GDir) dir = g_dir_open(path, 0, &error);
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    gboolean ok = TRUE;

    if (dir == NULL) {
      fprintf(stderr, "replay: %s\n", error->message);
      return FALSE;
    }
    while ((name = g_dir_read_name(dir)) != NULL) {
      if (name[0] != '.') /* .gitkeep and the like */
        g_ptr_array_add(names, g_build_filename(path, name, NULL));
    }
    g_ptr_array_sort(names, replay_compare);
    for (guint i = 0; i < names->len; i++)
      ok &= replay_path(g_ptr_array_index(names, i), n_inputs);
    return ok;
  }

  {
    g_autofree char *contents = NULL;
    gsize len = 0;
    uint8_t *copy;

    if (!g_file_get_contents(path, &contents, &len, &error)) {
      fprintf(stderr, "replay: %s\n", error->message);
      return FALSE;
    }
    printf("replay: %s (%" G_GSIZE_FORMAT " bytes)\n", path, len);
    fflush(stdout);
    /* An exact-size copy, as libFuzzer gives: ASan then sees a read one
     * past the end. */
    copy = malloc(len > 0 ? len : 1);
    if (copy == NULL)
      abort();
    if (len > 0)
      memcpy(copy, contents, len);
    LLVMFuzzerTestOneInput(copy, len);
    free(copy);
    (*n_inputs)++;
    return TRUE;
  }
}

int
main(int argc, char **argv)
{
  guint n_inputs = 0;
  gboolean ok = TRUE;

  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE-OR-DIRECTORY...\n", argv[0]);
    return 2;
  }
  for (int i = 1; i < argc; i++)
    ok &= replay_path(argv[i], &n_inputs);
  printf("replay: %u inputs\n", n_inputs);
  if (n_inputs == 0) {
    fprintf(stderr, "replay: no inputs found\n");
    return 1;
  }
  return ok ? 0 : 1;
}
