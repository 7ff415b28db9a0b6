/* A per-thread arena for Jansson's allocations while a job runs.
 *
 * Jansson allocates every value, object slot, key and string on its own
 * (about 2,800 allocations for the report of one news article, and as
 * many frees): some 7% of the time of a JSON Lines run of news articles,
 * and a fifth of the time of one 1 MB article, whose frees make malloc
 * consolidate its free lists over and over. Between
 * gs_cli_json_arena_begin() and gs_cli_json_arena_end(), a thread's
 * Jansson allocations are carved from blocks of its own, freeing them
 * costs nothing, and the end makes the blocks free for the next job at
 * once. A job's blocks are bounded (64 MiB); past that its values are
 * malloc's again.
 *
 * Owned by the command-line tool, not the library: Jansson's allocator is
 * one for the whole process, a choice only the program may make. */
#pragma once

#include <glib.h>

/* Makes Jansson allocate through the arena. Call once, before any other
 * Jansson call. Outside begin/end, and on threads that never begin, the
 * arena is plain malloc and free. */
void gs_cli_json_arena_install(void);

/* From now on the calling thread's Jansson values live in its arena.
 * Every value made until the matching end must be freed (json_decref)
 * before it: the end reuses their memory. So must anything else Jansson
 * hands out: use json_dump_callback(), not json_dumps(), inside a job. */
void gs_cli_json_arena_begin(void);
void gs_cli_json_arena_end(void);

/* Declares every value the running job made, and has not freed, dropped:
 * the caller forgets them, without json_decref(), and they go with the
 * blocks at the end. For a report already written out, whose tree
 * json_decref() would only walk again (out of cache, for a long article)
 * to free nothing. FALSE, dropping nothing, when some of the job's values
 * are malloc's (past the arena's bound): free them with json_decref(). */
gboolean gs_cli_json_arena_drop(void);
