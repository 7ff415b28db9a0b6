/* See json-arena.h. */
#include "json-arena.h"

#include <jansson.h>
#include <stdlib.h>

/* The first block of a thread: the values of a news article's report and
 * of its JSON Lines input take some tens of kilobytes. */
#define BLOCK_MIN (256 * 1024)
/* A job that overflows its block gets a bigger one for the next job, up
 * to this; past it, what does not fit goes to malloc for good, so that one
 * huge article does not keep its memory for the rest of the stream. */
#define BLOCK_MAX (8 * 1024 * 1024)
/* malloc's alignment, which Jansson relies on like any caller of malloc */
#define ALIGN 16

typedef struct {
  char *block;
  gsize size;
  gsize used;
  gsize overflow;  /* bytes that did not fit in the block this job */
  guint live;      /* values in the block not yet freed */
  gboolean active; /* between begin and end */
} Arena;

/* Looked at on every allocation, so it is a plain thread-local; the
 * GPrivate only frees a worker's block when its thread ends. */
static _Thread_local Arena *current;

static void
arena_free_all(gpointer data)
{
  Arena *arena = data;

  g_free(arena->block);
  g_free(arena);
}

static GPrivate arena_key = G_PRIVATE_INIT(arena_free_all);

static void *
arena_malloc(size_t size)
{
  Arena *arena = current;

  if (arena != NULL && arena->active) {
    gsize need = (size + (ALIGN - 1)) & ~(gsize)(ALIGN - 1);

    if (need >= size && need <= arena->size - arena->used) {
      void *p = arena->block + arena->used;

      arena->used += need;
      arena->live++;
      return p;
    }
    arena->overflow += size;
  }
  return malloc(size);
}

static void
arena_free(void *p)
{
  Arena *arena = current;

  if (arena != NULL && (char *)p >= arena->block && (char *)p < arena->block + arena->size) {
    /* Its memory comes back with the block at the end of the job. */
    arena->live--;
    return;
  }
  free(p);
}

void
gs_cli_json_arena_install(void)
{
  json_set_alloc_funcs(arena_malloc, arena_free);
}

void
gs_cli_json_arena_begin(void)
{
  Arena *arena = current;

  if (arena == NULL) {
    arena = g_new0(Arena, 1);
    arena->size = BLOCK_MIN;
    arena->block = g_malloc(arena->size);
    g_private_set(&arena_key, arena);
    current = arena;
  }
  g_return_if_fail(!arena->active);
  arena->active = TRUE;
}

void
gs_cli_json_arena_end(void)
{
  Arena *arena = current;
  gsize want;

  g_return_if_fail(arena != NULL && arena->active);
  arena->active = FALSE;
  /* A value still alive would be overwritten by the next job's. That is a
   * bug in the caller; the block is then not reused (the next jobs carve
   * on after it, or go to malloc) until the last of them is freed. */
  if (G_UNLIKELY(arena->live != 0)) {
    g_critical("%u JSON values outlived their job", arena->live);
    arena->overflow = 0;
    return;
  }
  want = arena->used + arena->overflow;
  if (want > arena->size && arena->size < BLOCK_MAX) {
    gsize size = arena->size;

    while (size < want && size < BLOCK_MAX)
      size *= 2;
    g_free(arena->block);
    arena->block = g_malloc(size);
    arena->size = size;
  }
  arena->used = 0;
  arena->overflow = 0;
}
