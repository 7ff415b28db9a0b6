/* Unit tests for the command-line tool's Jansson arena
 * (src/cli/json-arena.c).
 *
 * What the arena promises: inside a job, values are carved one after
 * another and a freed value's memory is not handed out again; the next
 * job starts over at the same place; a job that needs more than a block
 * gets more blocks; values made outside a job are plain malloc and free;
 * each thread has its own.
 * Run under ASan (CI), a wrong free of either kind is an error too. */
#include "gs-test.h"
#include "cli/json-arena.h"

#include <jansson.h>

static int
append(const char *buffer, size_t size, void *data)
{
  g_string_append_len(data, buffer, (gssize)size);
  return 0;
}

/* json_dumps() would return memory of the arena: the dump is copied out
 * into a GString, as the tool does. */
static char *
dump(const json_t *value, size_t flags)
{
  GString *out = g_string_new(NULL);

  json_dump_callback(value, append, out, flags);
  return g_string_free(out, FALSE);
}

static void
test_carved_then_reused(void)
{
  json_t *first, *second, *next_job;
  gpointer first_at;

  gs_cli_json_arena_begin();
  first = json_object();
  first_at = first;
  json_decref(first);
  /* malloc would hand the same chunk straight back */
  second = json_object();
  CU_ASSERT_PTR_NOT_EQUAL(second, first_at);
  json_decref(second);
  gs_cli_json_arena_end();

  gs_cli_json_arena_begin();
  next_job = json_object();
  CU_ASSERT_PTR_EQUAL(next_job, first_at);
  json_decref(next_job);
  gs_cli_json_arena_end();
}

static void
test_values_stay_intact(void)
{
  g_autoptr(GString) expected = g_string_new("[");
  g_autofree char *text = NULL;
  json_t *array;

  gs_cli_json_arena_begin();
  array = json_array();
  for (int i = 0; i < 2000; i++) {
    json_t *obj = json_object();

    json_object_set_new(obj, "n", json_integer(i));
    json_object_set_new(obj, "s", json_sprintf("value %d", i));
    json_array_append_new(array, obj);
    g_string_append_printf(expected, "%s{\"n\": %d, \"s\": \"value %d\"}", i > 0 ? ", " : "",
                           i, i);
  }
  g_string_append_c(expected, ']');
  text = dump(array, 0);
  json_decref(array);
  gs_cli_json_arena_end();
  CU_ASSERT_STRING_EQUAL(text, expected->str);
}

static void
test_outside_values_are_heap(void)
{
  json_t *before = json_string("made before the job");
  json_t *inside;
  char *big = g_malloc(3 * 1024 * 1024 + 1);
  json_t *huge;

  memset(big, 'x', 3 * 1024 * 1024);
  big[3 * 1024 * 1024] = '\0';
  gs_cli_json_arena_begin();
  inside = json_string("made in the job");
  /* a value made outside, freed inside: back to malloc */
  json_decref(before);
  /* more than the first block holds: a block of its own */
  huge = json_string(big);
  CU_ASSERT_EQUAL(json_string_length(huge), 3 * 1024 * 1024);
  CU_ASSERT_EQUAL(json_string_value(huge)[12345], 'x');
  json_decref(huge);
  CU_ASSERT_STRING_EQUAL(json_string_value(inside), "made in the job");
  json_decref(inside);
  gs_cli_json_arena_end();

  /* the next job has a bigger first block; it must still hold values */
  gs_cli_json_arena_begin();
  huge = json_string(big);
  CU_ASSERT_EQUAL(json_string_length(huge), 3 * 1024 * 1024);
  json_decref(huge);
  gs_cli_json_arena_end();
  g_free(big);
}

static void
test_past_the_cap(void)
{
  /* more than a job's blocks may hold (64 MiB): the rest is malloc's,
   * freed when Jansson frees it (ASan and valgrind check that) */
  g_autofree char *mib = g_malloc(1024 * 1024 + 1);
  json_t *values[80];

  memset(mib, 'y', 1024 * 1024);
  mib[1024 * 1024] = '\0';
  gs_cli_json_arena_begin();
  for (guint i = 0; i < G_N_ELEMENTS(values); i++)
    values[i] = json_string(mib);
  /* some are malloc's: they cannot be dropped, only freed */
  CU_ASSERT_FALSE(gs_cli_json_arena_drop());
  for (guint i = 0; i < G_N_ELEMENTS(values); i++) {
    CU_ASSERT_EQUAL(json_string_length(values[i]), 1024 * 1024);
    CU_ASSERT_EQUAL(json_string_value(values[i])[1024 * 1024 - 1], 'y');
    json_decref(values[i]);
  }
  gs_cli_json_arena_end();
}

static void
test_drop(void)
{
  json_t *report, *next;

  gs_cli_json_arena_begin();
  report = json_object();
  json_object_set_new(report, "statements", json_pack("[{s:i}, {s:i}]", "start", 1, "start", 2));
  json_object_set_new(report, "path", json_string("a.txt"));
  /* written out, then dropped whole instead of freed value by value */
  CU_ASSERT_TRUE(gs_cli_json_arena_drop());
  gs_cli_json_arena_end();

  /* the next job starts over where the report was */
  gs_cli_json_arena_begin();
  next = json_object();
  CU_ASSERT_PTR_EQUAL(next, report);
  json_decref(next);
  gs_cli_json_arena_end();
}

static gpointer
thread_jobs(gpointer data)
{
  guint seed = GPOINTER_TO_UINT(data);
  gboolean ok = TRUE;

  for (guint job = 0; job < 200; job++) {
    json_t *obj;
    g_autofree char *text = NULL;
    g_autofree char *want = NULL;

    gs_cli_json_arena_begin();
    obj = json_pack("{s:i, s:i, s:s}", "thread", seed, "job", job, "text", "some words");
    text = dump(obj, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(obj);
    gs_cli_json_arena_end();
    want = g_strdup_printf("{\"job\":%u,\"text\":\"some words\",\"thread\":%u}", job, seed);
    ok &= g_strcmp0(text, want) == 0;
  }
  return GINT_TO_POINTER(ok);
}

static void
test_threads_have_their_own(void)
{
  GThread *a = g_thread_new("arena-a", thread_jobs, GUINT_TO_POINTER(1));
  GThread *b = g_thread_new("arena-b", thread_jobs, GUINT_TO_POINTER(2));

  CU_ASSERT_TRUE(GPOINTER_TO_INT(g_thread_join(a)));
  CU_ASSERT_TRUE(GPOINTER_TO_INT(g_thread_join(b)));
}

static CU_TestInfo tests[] = {
  {"values are carved in turn, and the next job reuses the block", test_carved_then_reused},
  {"many values in one job stay intact", test_values_stay_intact},
  {"values made outside a job are malloc's; big ones get blocks", test_outside_values_are_heap},
  {"values past the cap of a job's blocks stay intact and are freed", test_past_the_cap},
  {"a job's values can be dropped whole", test_drop},
  {"each thread has its own arena", test_threads_have_their_own},
  CU_TEST_INFO_NULL,
};

int
main(void)
{
  gs_cli_json_arena_install();
  return gs_test_run_suite("json-arena", tests);
}
