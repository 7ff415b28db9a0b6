/* See json-arena.h. */
#include "json-arena.h"

#include <jansson.h>
#include <stdlib.h>
#include <sys/mman.h>

/* The first block of a thread: the values of a news article's report and
 * of its JSON Lines input take some tens of kilobytes. */
#define BLOCK_MIN (256 * 1024)
/* A job that needs more than its thread's first block gets more blocks,
 * each twice the one before, so a huge article's report costs a few
 * blocks, not hundreds of thousands of mallocs and frees (which, at the
 * end of a megabyte article, spent a fifth of the run consolidating
 * malloc's free lists). They are freed at its end; the first block grows
 * to what the job used, up to BLOCK_KEEP, so that one huge article does
 * not keep its memory for the rest of the stream. */
#define BLOCK_KEEP (8 * 1024 * 1024)
/* 256 KiB doubled 40 times is more than any address space */
#define MAX_BLOCKS 40
/* A job's blocks stop growing here: what a job frees is not reused until
 * it ends, so a huge article (a JSON Lines record of a hundred megabytes)
 * would keep every intermediate buffer of its parse; past this, its values
 * are malloc's, freed as Jansson frees them. */
#define BLOCKS_MAX_TOTAL (64 * 1024 * 1024)
/* malloc's alignment, which Jansson relies on like any caller of malloc */
#define ALIGN 16

typedef struct {
  char *start;
  gsize size;
} Block;

typedef struct {
  Block blocks[MAX_BLOCKS]; /* the first is kept from job to job */
  guint n_blocks;
  gsize used;      /* in the last block */
  gsize total;     /* bytes carved this job, in all blocks */
  gsize blocks_total; /* bytes of the blocks after the first, this job */
  guint live;      /* values carved and not yet freed */
  gboolean spilled; /* some of this job's values are malloc's (past the bound) */
  gboolean active; /* between begin and end */
} Arena;

/* Looked at on every allocation, so it is a plain thread-local; the
 * GPrivate only frees a worker's blocks when its thread ends. */
static _Thread_local Arena *current;

static void
arena_free_all(gpointer data)
{
  Arena *arena = data;

  for (guint i = 0; i < arena->n_blocks; i++)
    g_free(arena->blocks[i].start);
  g_free(arena);
}

static GPrivate arena_key = G_PRIVATE_INIT(arena_free_all);

/* Where the kernel has transparent huge pages for the asking (Linux's
 * default, "madvise"), a block of 2 MiB and more asks for them: a long
 * article's report fills tens of megabytes at once, and taking them a
 * 4 KiB page fault at a time was a fifth of the time of a 1 MB article. */
#define HUGE_PAGE (2 * 1024 * 1024)

static char *
block_new(gsize size)
{
#ifdef MADV_HUGEPAGE
  if (size >= HUGE_PAGE) {
    void *p = NULL;

    if (posix_memalign(&p, HUGE_PAGE, size) == 0) {
      (void)madvise(p, size, MADV_HUGEPAGE);
      return p;
    }
  }
#endif
  return g_malloc(size);
}

static gboolean
arena_holds(const Arena *arena, const void *p)
{
  /* the first block first: that is where a news article's values are */
  for (guint i = 0; i < arena->n_blocks; i++) {
    const Block *b = &arena->blocks[i];

    if ((const char *)p >= b->start && (const char *)p < b->start + b->size)
      return TRUE;
  }
  return FALSE;
}

static void *
arena_malloc(size_t size)
{
  Arena *arena = current;
  gsize need;
  Block *last;
  void *p;

  if (arena == NULL || !arena->active)
    return malloc(size);
  need = (size + (ALIGN - 1)) & ~(gsize)(ALIGN - 1);
  if (need < size)
    return NULL;
  last = &arena->blocks[arena->n_blocks - 1];
  if (need > last->size - arena->used) {
    gsize grown = last->size * 2;

    if (arena->n_blocks == MAX_BLOCKS || arena->blocks_total + grown > BLOCKS_MAX_TOTAL) {
      arena->spilled = TRUE;
      return malloc(size);
    }
    while (grown < need)
      grown *= 2;
    last = &arena->blocks[arena->n_blocks++];
    last->start = block_new(grown);
    last->size = grown;
    arena->blocks_total += grown;
    arena->used = 0;
  }
  p = last->start + arena->used;
  arena->used += need;
  arena->total += need;
  arena->live++;
  return p;
}

static void
arena_free(void *p)
{
  Arena *arena = current;

  if (p == NULL)
    return;
  if (arena != NULL && arena_holds(arena, p)) {
    /* Its memory comes back with the blocks at the end of the job. */
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
    arena->blocks[0].size = BLOCK_MIN;
    arena->blocks[0].start = block_new(BLOCK_MIN);
    arena->n_blocks = 1;
    g_private_set(&arena_key, arena);
    current = arena;
  }
  g_return_if_fail(!arena->active);
  arena->active = TRUE;
  arena->spilled = FALSE;
}

gboolean
gs_cli_json_arena_drop(void)
{
  Arena *arena = current;

  g_return_val_if_fail(arena != NULL && arena->active, FALSE);
  if (arena->spilled)
    return FALSE;
  arena->live = 0;
  return TRUE;
}

void
gs_cli_json_arena_end(void)
{
  Arena *arena = current;
  Block *first;

  g_return_if_fail(arena != NULL && arena->active);
  arena->active = FALSE;
  /* A value still alive would be overwritten by the next job's. That is a
   * bug in the caller; the blocks are then not reused (the next jobs carve
   * on after them) until the last of those values is freed. */
  if (G_UNLIKELY(arena->live != 0)) {
    g_critical("%u JSON values outlived their job", arena->live);
    arena->total = 0;
    return;
  }
  first = &arena->blocks[0];
  if (arena->n_blocks > 1) {
    gsize size = first->size;

    for (guint i = 1; i < arena->n_blocks; i++)
      g_free(arena->blocks[i].start);
    arena->n_blocks = 1;
    arena->blocks_total = 0;
    while (size < arena->total && size < BLOCK_KEEP)
      size *= 2;
    if (size != first->size) {
      g_free(first->start);
      first->start = block_new(size);
      first->size = size;
    }
  }
  arena->used = 0;
  arena->total = 0;
}
