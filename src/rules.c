/* Rules files: loading, checking and compiling.
 *
 * A rules file is GLib key-file syntax. GKeyFile parses the values (lists,
 * escapes), but it keeps no positions, so a first pass over the lines
 * (ScanFile) records where every group and key stands: each diagnostic
 * then names FILE:LINE:COL and quotes its line. Syntax errors are found
 * by that pass too, all of them, before GKeyFile sees the text.
 *
 * What a group may hold is data: the schema tables below list every key of
 * every group and rule kind. They drive validation, the "did you mean"
 * hints and `gainsay rules --list`, so the three cannot disagree.
 */
#include "gs-config.h"
#include "rules-private.h"
#include "stemmer.h"

#include <errno.h>
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

G_DEFINE_QUARK(gs-rules-error-quark, gs_rules_error)

/* ---- the schema ------------------------------------------------------- */

typedef enum {
  VALUE_STRING,
  VALUE_LIST,
  VALUE_LEXICON,    /* the name of a lexicon */
  VALUE_LEVEL,      /* high | medium | low */
  VALUE_SCOPE,      /* different-sources | different-sides | any */
  VALUE_BOOLEAN,
  VALUE_NUMBER,     /* a non-negative number */
  VALUE_LANGUAGE,   /* a Snowball stemmer name */
  VALUE_TEMPLATE,   /* a message with {a} {b} {topic} {rule} */
  VALUE_FORMS,      /* form=base;form=base … */
} ValueType;

typedef struct {
  const char *key;
  ValueType type;
  gboolean required;
  const char *help;
} KeySpec;

typedef struct {
  const char *kind;
  GsRuleKind id;
  const char *summary;
  const KeySpec *keys;
} KindSpec;

/* Keys every rule has, whatever its kind. */
static const KeySpec rule_common_keys[] = {
  {"kind", VALUE_STRING, TRUE, "negation, opposition, denial or numeric"},
  {"severity", VALUE_LEVEL, FALSE, "high, medium or low (default medium)"},
  {"scope", VALUE_SCOPE, FALSE,
   "different-sources (default), different-sides, or any (a source may contradict itself)"},
  {"message", VALUE_TEMPLATE, FALSE,
   "the finding's message; {a} and {b} name the two sides, {topic} the topic, {rule} the rule"},
  {"description", VALUE_STRING, FALSE, "what the rule is for"},
  {"enabled", VALUE_BOOLEAN, FALSE, "true (default) or false"},
  {NULL},
};

static const KeySpec negation_keys[] = {
  {"lexicon", VALUE_LEXICON, FALSE,
   "only concepts of this lexicon count (default: any shared word or concept)"},
  {"min-shared", VALUE_NUMBER, FALSE,
   "content words the two statements must share besides the negated one (default 1)"},
  {NULL},
};

static const KeySpec opposition_keys[] = {
  {"a", VALUE_LEXICON, TRUE, "the lexicon of one side (progress)"},
  {"b", VALUE_LEXICON, TRUE, "the lexicon of the other side (stalemate)"},
  {"min-shared", VALUE_NUMBER, FALSE,
   "content words the two statements must share besides the terms (default 0; 1 makes "
   "\"profits rose\" meet only \"profits fell\")"},
  {NULL},
};

static const KeySpec denial_keys[] = {
  {"lexicon", VALUE_LEXICON, TRUE, "words that deny: false, untrue, baseless …"},
  {"cues", VALUE_LEXICON, FALSE, "reporting verbs that deny: denied, rejected, dismissed …"},
  {NULL},
};

static const KeySpec numeric_keys[] = {
  {"tolerance", VALUE_NUMBER, FALSE,
   "relative difference allowed, in percent (default 10); approximate figures get twice it"},
  {NULL},
};

static const KindSpec kinds[] = {
  {"negation", GS_RULE_NEGATION,
   "one source asserts what another negates (\"progress was made\" / \"no progress was made\")",
   negation_keys},
  {"opposition", GS_RULE_OPPOSITION,
   "a term of lexicon a against a term of lexicon b (progress / deadlock)", opposition_keys},
  {"denial", GS_RULE_DENIAL,
   "a source denies, rejects or dismisses what another source claimed", denial_keys},
  {"numeric", GS_RULE_NUMERIC,
   "the same counted thing given values that differ beyond a tolerance", numeric_keys},
};

static const KeySpec gainsay_keys[] = {
  {"language", VALUE_LANGUAGE, FALSE, "the Snowball stemmer (english, french, german …)"},
  {"include", VALUE_LIST, FALSE, "more rules files, relative to this one"},
  {"stop-words", VALUE_LIST, FALSE, "words that carry no topic"},
  {"negation-cues", VALUE_LIST, FALSE,
   "words or phrases that negate what follows: no, not, never, yet to …"},
  {"negating-verbs", VALUE_LIST, FALSE,
   "reporting verbs that negate their content: denied, ruled out …"},
  {"negation-exceptions", VALUE_LIST, FALSE,
   "phrases that open with a negation but affirm: not only, not the first …"},
  {"negation-stops", VALUE_LIST, FALSE,
   "words that end a negation's scope: in, at, over … (\"nothing new in the talks\")"},
  {"word-forms", VALUE_FORMS, FALSE,
   "irregular forms and the word they are a form of, read as it: met=meet;paid=pay …"},
  {"topic-threshold", VALUE_NUMBER, FALSE,
   "similarity (0 to 1) above which two statements share a topic (default 0.2)"},
  {"description", VALUE_STRING, FALSE, "what this rules file is for"},
  {NULL},
};

static const KeySpec lexicon_keys[] = {
  {"terms", VALUE_LIST, TRUE, "words and phrases, separated by ';'"},
  {"description", VALUE_STRING, FALSE, "what the lexicon holds and where its terms come from"},
  {NULL},
};

static const KeySpec side_keys[] = {
  {"members", VALUE_LIST, TRUE, "words that put a source on this side when its name holds one"},
  {"description", VALUE_STRING, FALSE, "who the side is"},
  {NULL},
};

static const char *const group_types[] = {"gainsay", "lexicon", "rule", "side", NULL};

/* ---- diagnostics ------------------------------------------------------ */

typedef struct {
  char *key;
  guint line;
  guint column;
  guint value_column;
} ScanKey;

typedef struct {
  char *header;   /* "rule progress" */
  char *type;     /* "rule" */
  char *name;     /* "progress", or "" */
  guint line;
  guint column;
  GPtrArray *keys; /* ScanKey */
} ScanGroup;

typedef struct {
  char *path;     /* as named */
  char *data;
  gsize len;
  GPtrArray *lines_start; /* offsets, GUINT_TO_POINTER */
  GPtrArray *groups;      /* ScanGroup */
} ScanFile;

typedef struct {
  GsRules *rules;
  GPtrArray *diagnostics;
  gboolean failed;
  GPtrArray *stack; /* canonical paths being read, for include cycles */
  GPtrArray *refs;  /* LexRef: lexicon names rules gave, resolved at the end */
  GPtrArray *probes; /* invalid rules, kept only to check their lexicon names */
} Loader;

static void
scan_key_free(gpointer data)
{
  ScanKey *k = data;

  g_free(k->key);
  g_free(k);
}

static void
scan_group_free(gpointer data)
{
  ScanGroup *g = data;

  g_free(g->header);
  g_free(g->type);
  g_free(g->name);
  g_ptr_array_unref(g->keys);
  g_free(g);
}

static void
scan_file_free(ScanFile *f)
{
  if (f == NULL)
    return;
  g_free(f->path);
  g_free(f->data);
  /* a file can stop before its lines are scanned (not UTF-8, too large) */
  if (f->lines_start != NULL)
    g_ptr_array_unref(f->lines_start);
  if (f->groups != NULL)
    g_ptr_array_unref(f->groups);
  g_free(f);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(ScanFile, scan_file_free)

static const char *
scan_line(const ScanFile *f, guint line, gsize *len)
{
  gsize start, end;

  if (line == 0 || line > f->lines_start->len) {
    *len = 0;
    return "";
  }
  start = GPOINTER_TO_SIZE(g_ptr_array_index(f->lines_start, line - 1));
  end = start;
  while (end < f->len && f->data[end] != '\n' && f->data[end] != '\r')
    end++;
  *len = end - start;
  return f->data + start;
}

/* Reports a problem at LINE:COLUMN of F, quoting the line. */
static void G_GNUC_PRINTF(6, 7)
loader_error(Loader *ld, const ScanFile *f, GsRulesError code, guint line, guint column,
             const char *format, ...)
{
  g_autofree char *message = NULL;
  GsDiagnostic *diag;
  va_list args;

  va_start(args, format);
  message = g_strdup_vprintf(format, args);
  va_end(args);
  diag = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_RULES_ERROR, code, f != NULL ? f->path : "-",
                           line, column, "%s", message);
  if (f != NULL && line > 0) {
    gsize len;
    const char *text = scan_line(f, line, &len);

    gs_diagnostic_set_source_line(diag, text, (gssize)len);
  }
  g_ptr_array_add(ld->diagnostics, diag);
  ld->failed = TRUE;
}

/* Edit distance, for "did you mean". Short strings only. */
static guint
levenshtein(const char *a, const char *b)
{
  gsize la = strlen(a), lb = strlen(b);
  g_autofree guint *row = NULL;

  if (la > 64 || lb > 64)
    return G_MAXUINT;
  row = g_new(guint, lb + 1);
  for (gsize j = 0; j <= lb; j++)
    row[j] = (guint)j;
  for (gsize i = 1; i <= la; i++) {
    guint diag = row[0];

    row[0] = (guint)i;
    for (gsize j = 1; j <= lb; j++) {
      guint up = row[j];
      guint cost = g_ascii_tolower(a[i - 1]) == g_ascii_tolower(b[j - 1]) ? 0 : 1;

      row[j] = MIN(MIN(row[j] + 1, row[j - 1] + 1), diag + cost);
      diag = up;
    }
  }
  return row[lb];
}

/* ", did you mean 'x'?" for the nearest candidate, or "". */
static char *
did_you_mean(const char *word, const char *const *candidates, GPtrArray *more)
{
  const char *best = NULL;
  guint best_d = G_MAXUINT;
  guint limit = MAX(2u, (guint)strlen(word) / 3);

  for (guint i = 0; candidates != NULL && candidates[i] != NULL; i++) {
    guint d = levenshtein(word, candidates[i]);

    if (d < best_d) {
      best_d = d;
      best = candidates[i];
    }
  }
  for (guint i = 0; more != NULL && i < more->len; i++) {
    const char *c = g_ptr_array_index(more, i);
    guint d = levenshtein(word, c);

    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  if (best == NULL || best_d > limit)
    return g_strdup("");
  return g_strdup_printf("; did you mean '%s'?", best);
}

static char *
did_you_mean_key(const char *word, const KeySpec *a, const KeySpec *b)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new();

  for (guint i = 0; a != NULL && a[i].key != NULL; i++)
    g_ptr_array_add(names, (gpointer)a[i].key);
  for (guint i = 0; b != NULL && b[i].key != NULL; i++)
    g_ptr_array_add(names, (gpointer)b[i].key);
  return did_you_mean(word, NULL, names);
}

/* ---- the line scan ---------------------------------------------------- */

static gboolean
is_blank(char c)
{
  return c == ' ' || c == '\t';
}

/* Splits F's text into groups and keys with their positions, reporting
 * every line that is not a group, a key=value pair, a comment or blank. */
static void
scan_file(Loader *ld, ScanFile *f)
{
  gsize pos = 0;
  guint line = 0;
  ScanGroup *current = NULL;
  gboolean in_broken_group = FALSE;

  f->lines_start = g_ptr_array_new();
  f->groups = g_ptr_array_new_with_free_func(scan_group_free);
  /* A UTF-8 byte-order mark is allowed, and skipped. */
  if (f->len >= 3 && memcmp(f->data, "\xEF\xBB\xBF", 3) == 0)
    pos = 3;
  while (pos <= f->len) {
    gsize start = pos, end = pos, p;
    guint column;

    if (pos == f->len && pos > 0)
      break;
    while (end < f->len && f->data[end] != '\n' && f->data[end] != '\r')
      end++;
    line++;
    g_ptr_array_add(f->lines_start, GSIZE_TO_POINTER(start));
    pos = end;
    if (pos < f->len && f->data[pos] == '\r' && pos + 1 < f->len && f->data[pos + 1] == '\n')
      pos++;
    pos++;

    p = start;
    while (p < end && is_blank(f->data[p]))
      p++;
    column = (guint)g_utf8_strlen(f->data + start, (gssize)(p - start)) + 1;
    if (p == end || f->data[p] == '#')
      continue;
    if (f->data[p] == '[') {
      gsize close = end;
      g_autofree char *header = NULL;
      char *space;

      while (close > p && is_blank(f->data[close - 1]))
        close--;
      if (f->data[close - 1] != ']' || close - p < 3) {
        loader_error(ld, f, GS_RULES_ERROR_SYNTAX, line, column,
                     "a group header is '[TYPE NAME]' on a line of its own");
        /* its keys belong to the broken group: one typo, one error */
        current = NULL;
        in_broken_group = TRUE;
        continue;
      }
      header = g_strndup(f->data + p + 1, close - p - 2);
      g_strstrip(header);
      current = g_new0(ScanGroup, 1);
      current->header = g_strdup(header);
      space = strchr(header, ' ');
      current->type = space != NULL ? g_strndup(header, (gsize)(space - header)) : g_strdup(header);
      current->name = space != NULL ? g_strstrip(g_strdup(space + 1)) : g_strdup("");
      current->line = line;
      current->column = column;
      current->keys = g_ptr_array_new_with_free_func(scan_key_free);
      g_ptr_array_add(f->groups, current);
      in_broken_group = FALSE;
      continue;
    }
    {
      const char *eq = memchr(f->data + p, '=', end - p);
      ScanKey *key;
      gsize key_end;

      if (eq == NULL) {
        loader_error(ld, f, GS_RULES_ERROR_SYNTAX, line, column,
                     "expected 'key=value', '[group]' or a '#' comment");
        continue;
      }
      if (current == NULL && in_broken_group)
        continue;
      if (current == NULL) {
        loader_error(ld, f, GS_RULES_ERROR_SYNTAX, line, column,
                     "a key before any group; put it under [gainsay], a [lexicon …], "
                     "[rule …] or [side …]");
        continue;
      }
      key_end = (gsize)(eq - f->data);
      while (key_end > p && is_blank(f->data[key_end - 1]))
        key_end--;
      if (key_end == p) {
        loader_error(ld, f, GS_RULES_ERROR_SYNTAX, line, column, "a value without a key");
        continue;
      }
      key = g_new0(ScanKey, 1);
      key->key = g_strndup(f->data + p, key_end - p);
      key->line = line;
      key->column = column;
      {
        const char *v = eq + 1;

        /* the value starts after any blanks: "tolerance = abc" points at "abc" */
        while (v < f->data + end && is_blank(*v))
          v++;
        key->value_column = (guint)g_utf8_strlen(f->data + start, v - (f->data + start)) + 1;
      }
      if (strchr(key->key, '[') != NULL) {
        loader_error(ld, f, GS_RULES_ERROR_SYNTAX, line, column,
                     "localised keys ('%s') are not used in rules files", key->key);
        scan_key_free(key);
        continue;
      }
      for (guint i = 0; i < current->keys->len; i++) {
        ScanKey *other = g_ptr_array_index(current->keys, i);

        if (strcmp(other->key, key->key) == 0) {
          loader_error(ld, f, GS_RULES_ERROR_DUPLICATE, line, column,
                       "'%s' is already set on line %u of [%s]", key->key, other->line,
                       current->header);
          break;
        }
      }
      g_ptr_array_add(current->keys, key);
    }
  }
}

static const ScanKey *
scan_find_key(const ScanGroup *g, const char *key)
{
  for (guint i = 0; i < g->keys->len; i++) {
    const ScanKey *k = g_ptr_array_index(g->keys, i);

    if (strcmp(k->key, key) == 0)
      return k;
  }
  return NULL;
}

/* ---- values ----------------------------------------------------------- */

static const KeySpec *
find_spec(const KeySpec *specs, const char *key)
{
  for (guint i = 0; specs != NULL && specs[i].key != NULL; i++) {
    if (strcmp(specs[i].key, key) == 0)
      return &specs[i];
  }
  return NULL;
}

static const KindSpec *
find_kind(const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS(kinds); i++) {
    if (g_strcmp0(kinds[i].kind, name) == 0)
      return &kinds[i];
  }
  return NULL;
}

/* Checks the form of one value; reports at its column. */
static gboolean
check_value(Loader *ld, const ScanFile *f, GKeyFile *kf, const ScanGroup *g, const ScanKey *k,
            const KeySpec *spec)
{
  g_autofree char *value = g_key_file_get_string(kf, g->header, k->key, NULL);
  const char *what = NULL;

  if (value == NULL)
    value = g_strdup("");
  switch (spec->type) {
  case VALUE_LEVEL: {
    GsLevel level;

    if (!gs_level_from_string(value, &level))
      what = "high, medium or low";
    break;
  }
  case VALUE_SCOPE:
    if (strcmp(value, "different-sources") != 0 && strcmp(value, "different-sides") != 0 &&
        strcmp(value, "any") != 0)
      what = "different-sources, different-sides or any";
    break;
  case VALUE_BOOLEAN:
    if (strcmp(value, "true") != 0 && strcmp(value, "false") != 0)
      what = "true or false";
    break;
  case VALUE_NUMBER: {
    char *end = NULL;
    double d = g_ascii_strtod(value, &end);

    if (value[0] == '\0' || end == NULL || *end != '\0' || !(d >= 0) || d > 1e9)
      what = "a number, 0 or more";
    break;
  }
  case VALUE_LANGUAGE:
    if (!gs_stemmer_has_language(value)) {
      g_autofree char *hint = did_you_mean(value, gs_rules_list_languages(), NULL);

      loader_error(ld, f, GS_RULES_ERROR_LANGUAGE, k->line, k->value_column,
                   "no Snowball stemmer for language '%s'%s (gainsay rules --list shows them)",
                   value, hint);
      return FALSE;
    }
    break;
  case VALUE_TEMPLATE: {
    const char *p = value;

    while ((p = strchr(p, '{')) != NULL) {
      const char *close = strchr(p, '}');
      g_autofree char *name = NULL;

      if (close == NULL) {
        what = "a message whose '{' is closed by '}'";
        break;
      }
      name = g_strndup(p + 1, (gsize)(close - p - 1));
      if (strcmp(name, "a") != 0 && strcmp(name, "b") != 0 && strcmp(name, "topic") != 0 &&
          strcmp(name, "rule") != 0) {
        loader_error(ld, f, GS_RULES_ERROR_BAD_VALUE, k->line,
                     k->value_column + (guint)g_utf8_strlen(value, p - value),
                     "unknown placeholder '{%s}' in message; use {a}, {b}, {topic} or {rule}",
                     name);
        return FALSE;
      }
      p = close + 1;
    }
    break;
  }
  case VALUE_LEXICON:
    if (value[0] == '\0')
      what = "the name of a lexicon";
    break;
  case VALUE_FORMS: {
    g_auto(GStrv) items = g_strsplit(value, ";", -1);
    gsize offset = 0;

    for (guint i = 0; items[i] != NULL; offset += strlen(items[i]) + 1, i++) {
      g_autofree char *item = g_strstrip(g_strdup(items[i]));
      const char *eq = strchr(item, '=');

      if (item[0] == '\0')
        continue;
      if (eq == NULL || eq == item || eq[1] == '\0' || strchr(eq + 1, '=') != NULL) {
        loader_error(ld, f, GS_RULES_ERROR_BAD_VALUE, k->line,
                     k->value_column + (guint)g_utf8_strlen(value, (gssize)offset),
                     "'%s' in word-forms: expected FORM=WORD, as in met=meet", item);
        return FALSE;
      }
    }
    break;
  }
  case VALUE_LIST:
  case VALUE_STRING:
  default:
    break;
  }
  if (what != NULL) {
    loader_error(ld, f, GS_RULES_ERROR_BAD_VALUE, k->line, k->value_column,
                 "'%s' for %s: expected %s", value, k->key, what);
    return FALSE;
  }
  return TRUE;
}

/* Checks that every key of G is in SPECS (or EXTRA), that the required
 * ones are there and that each value has its form. */
static gboolean
check_keys(Loader *ld, const ScanFile *f, GKeyFile *kf, const ScanGroup *g, const KeySpec *specs,
           const KeySpec *extra)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < g->keys->len; i++) {
    const ScanKey *k = g_ptr_array_index(g->keys, i);
    const KeySpec *spec = find_spec(specs, k->key);

    if (spec == NULL)
      spec = find_spec(extra, k->key);
    if (spec == NULL) {
      g_autofree char *hint = did_you_mean_key(k->key, specs, extra);

      loader_error(ld, f, GS_RULES_ERROR_UNKNOWN_KEY, k->line, k->column,
                   "unknown key '%s' in [%s]%s", k->key, g->header, hint);
      ok = FALSE;
      continue;
    }
    ok &= check_value(ld, f, kf, g, k, spec);
  }
  for (guint pass = 0; pass < 2; pass++) {
    const KeySpec *list = pass == 0 ? specs : extra;

    for (guint i = 0; list != NULL && list[i].key != NULL; i++) {
      if (list[i].required && scan_find_key(g, list[i].key) == NULL) {
        loader_error(ld, f, GS_RULES_ERROR_MISSING_KEY, g->line, g->column,
                     "[%s] needs a '%s' key (%s)", g->header, list[i].key, list[i].help);
        ok = FALSE;
      }
    }
  }
  return ok;
}

/* ---- building the rule set -------------------------------------------- */

static void
gs_term_free(gpointer data)
{
  GsTerm *t = data;

  g_free(t->text);
  g_strfreev(t->stems);
  g_free(t);
}

static void
gs_lexicon_free(gpointer data)
{
  GsLexicon *l = data;

  g_free(l->name);
  g_free(l->description);
  g_free(l->file);
  g_ptr_array_unref(l->terms);
  g_free(l);
}

static void
gs_rule_free(gpointer data)
{
  GsRule *r = data;

  g_free(r->name);
  g_free(r->message);
  g_free(r->description);
  g_free(r->file);
  g_free(r);
}

static void
gs_side_free(gpointer data)
{
  GsSide *s = data;

  g_free(s->name);
  g_strfreev(s->members);
  g_free(s);
}

GsRules *
gs_rules_new(void)
{
  GsRules *rules = g_new0(GsRules, 1);

  rules->language = g_strdup("english");
  rules->lexicons = g_ptr_array_new_with_free_func(gs_lexicon_free);
  rules->rules = g_ptr_array_new_with_free_func(gs_rule_free);
  rules->sides = g_ptr_array_new_with_free_func(gs_side_free);
  rules->lexicon_index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  rules->rule_index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  rules->side_index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  rules->stop_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  rules->negation_cues = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  rules->negating_verbs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  rules->negation_stops = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  rules->word_forms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  rules->negation_exceptions = g_ptr_array_new_with_free_func(g_free);
  rules->negation_phrases = g_ptr_array_new_with_free_func(g_free);
  rules->topic_threshold = 0.2;
  gs_rules_compile(rules);
  return rules;
}

void
gs_rules_free(GsRules *rules)
{
  if (rules == NULL)
    return;
  g_free(rules->language);
  g_ptr_array_unref(rules->lexicons);
  g_ptr_array_unref(rules->rules);
  g_ptr_array_unref(rules->sides);
  g_hash_table_unref(rules->lexicon_index);
  g_hash_table_unref(rules->rule_index);
  g_hash_table_unref(rules->side_index);
  g_hash_table_unref(rules->stop_words);
  g_hash_table_unref(rules->negation_cues);
  g_hash_table_unref(rules->negating_verbs);
  g_hash_table_unref(rules->negation_stops);
  g_hash_table_unref(rules->word_forms);
  g_ptr_array_unref(rules->negation_exceptions);
  g_ptr_array_unref(rules->negation_phrases);
  g_clear_pointer(&rules->negation_stems, g_hash_table_unref);
  g_clear_pointer(&rules->term_index, g_hash_table_unref);
  g_clear_pointer(&rules->word_flags, g_hash_table_unref);
  g_free(rules);
}

/* PHRASE in lower case, its words one space apart. */
static void
add_phrase(GPtrArray *phrases, const char *phrase)
{
  g_auto(GStrv) words = g_strsplit_set(phrase, " \t", -1);
  g_autoptr(GString) out = g_string_new(NULL);

  for (guint i = 0; words[i] != NULL; i++) {
    if (words[i][0] == '\0')
      continue;
    if (out->len > 0)
      g_string_append_c(out, ' ');
    g_string_append(out, words[i]);
  }
  if (out->len > 0)
    g_ptr_array_add(phrases, g_utf8_strdown(out->str, -1));
}

/* The entries of LIST, in lower case, into SET; with PHRASES, an entry of
 * several words ("yet to") goes there instead, to be matched as a phrase. */
static void
add_words(GHashTable *set, char **list, GPtrArray *phrases)
{
  for (guint i = 0; list != NULL && list[i] != NULL; i++) {
    g_autofree char *w = g_utf8_strdown(g_strstrip(list[i]), -1);

    if (w[0] == '\0')
      continue;
    if (phrases != NULL && strpbrk(w, " \t") != NULL)
      add_phrase(phrases, w);
    else
      g_hash_table_add(set, g_steal_pointer(&w));
  }
}

static void load_path(Loader *ld, const char *path, const ScanFile *from, guint from_line,
                      guint from_column);

static void
load_gainsay_group(Loader *ld, const ScanFile *f, GKeyFile *kf, const ScanGroup *g)
{
  GsRules *rules = ld->rules;
  g_autofree char *language = NULL;
  g_auto(GStrv) list = NULL;
  const ScanKey *k;

  if (!check_keys(ld, f, kf, g, gainsay_keys, NULL))
    return;
  language = g_key_file_get_string(kf, g->header, "language", NULL);
  if (language != NULL && !rules->language_set) {
    g_free(rules->language);
    rules->language = g_steal_pointer(&language);
  }
  list = g_key_file_get_string_list(kf, g->header, "stop-words", NULL, NULL);
  add_words(rules->stop_words, list, NULL);
  g_clear_pointer(&list, g_strfreev);
  list = g_key_file_get_string_list(kf, g->header, "negation-cues", NULL, NULL);
  add_words(rules->negation_cues, list, rules->negation_phrases);
  g_clear_pointer(&list, g_strfreev);
  list = g_key_file_get_string_list(kf, g->header, "negating-verbs", NULL, NULL);
  add_words(rules->negating_verbs, list, NULL);
  g_clear_pointer(&list, g_strfreev);
  list = g_key_file_get_string_list(kf, g->header, "negation-stops", NULL, NULL);
  add_words(rules->negation_stops, list, NULL);
  g_clear_pointer(&list, g_strfreev);
  list = g_key_file_get_string_list(kf, g->header, "negation-exceptions", NULL, NULL);
  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    add_phrase(rules->negation_exceptions, list[i]);
  g_clear_pointer(&list, g_strfreev);
  list = g_key_file_get_string_list(kf, g->header, "word-forms", NULL, NULL);
  for (guint i = 0; list != NULL && list[i] != NULL; i++) {
    g_autofree char *lower = g_utf8_strdown(list[i], -1);
    char *eq = strchr(g_strstrip(lower), '=');

    if (eq == NULL)
      continue; /* reported by check_value */
    *eq = '\0';
    g_hash_table_insert(rules->word_forms, g_strdup(g_strchomp(lower)),
                        g_strdup(g_strchug(eq + 1)));
  }
  g_clear_pointer(&list, g_strfreev);
  if (g_key_file_has_key(kf, g->header, "topic-threshold", NULL)) {
    g_autofree char *v = g_key_file_get_string(kf, g->header, "topic-threshold", NULL);

    rules->topic_threshold = CLAMP(g_ascii_strtod(v, NULL), 0.0, 1.0);
  }
  k = scan_find_key(g, "include");
  if (k != NULL) {
    g_autofree char *dir = g_path_get_dirname(f->path);

    list = g_key_file_get_string_list(kf, g->header, "include", NULL, NULL);
    for (guint i = 0; list != NULL && list[i] != NULL; i++) {
      g_autofree char *path = NULL;

      g_strstrip(list[i]);
      if (list[i][0] == '\0')
        continue;
      path = g_path_is_absolute(list[i]) ? g_strdup(list[i]) : g_build_filename(dir, list[i], NULL);
      load_path(ld, path, f, k->line, k->value_column);
    }
  }
}

static void
load_lexicon_group(Loader *ld, const ScanFile *f, GKeyFile *kf, const ScanGroup *g)
{
  GsRules *rules = ld->rules;
  g_auto(GStrv) terms = NULL;
  GsLexicon *lex;
  gsize n = 0;

  if (g->name[0] == '\0') {
    loader_error(ld, f, GS_RULES_ERROR_SYNTAX, g->line, g->column,
                 "a lexicon needs a name: [lexicon NAME]");
    return;
  }
  /* A stray key is reported, but the lexicon still stands (rules that
   * name it would otherwise all get a false "no such lexicon"); only a
   * lexicon without terms is not defined. */
  check_keys(ld, f, kf, g, lexicon_keys, NULL);
  if (scan_find_key(g, "terms") == NULL)
    return;
  if (g_hash_table_contains(rules->lexicon_index, g->name)) {
    guint i = GPOINTER_TO_UINT(g_hash_table_lookup(rules->lexicon_index, g->name)) - 1;
    const GsLexicon *other = g_ptr_array_index(rules->lexicons, i);

    loader_error(ld, f, GS_RULES_ERROR_DUPLICATE, g->line, g->column,
                 "lexicon '%s' is already defined at %s:%u", g->name, other->file, other->line);
    return;
  }
  terms = g_key_file_get_string_list(kf, g->header, "terms", &n, NULL);
  lex = g_new0(GsLexicon, 1);
  lex->name = g_strdup(g->name);
  lex->description = g_key_file_get_string(kf, g->header, "description", NULL);
  lex->file = g_strdup(f->path);
  lex->line = g->line;
  lex->terms = g_ptr_array_new_with_free_func(gs_term_free);
  for (gsize i = 0; i < n; i++) {
    GsTerm *t;

    g_strstrip(terms[i]);
    if (terms[i][0] == '\0')
      continue;
    t = g_new0(GsTerm, 1);
    t->text = g_strdup(terms[i]);
    t->lexicon = rules->lexicons->len;
    g_ptr_array_add(lex->terms, t);
  }
  g_ptr_array_add(rules->lexicons, lex);
  g_hash_table_insert(rules->lexicon_index, g_strdup(g->name),
                      GUINT_TO_POINTER(rules->lexicons->len));
}

static void
load_side_group(Loader *ld, const ScanFile *f, GKeyFile *kf, const ScanGroup *g)
{
  GsRules *rules = ld->rules;
  g_auto(GStrv) members = NULL;
  GsSide *side;
  g_autoptr(GPtrArray) words = g_ptr_array_new();

  if (g->name[0] == '\0') {
    loader_error(ld, f, GS_RULES_ERROR_SYNTAX, g->line, g->column, "a side needs a name: [side NAME]");
    return;
  }
  if (!check_keys(ld, f, kf, g, side_keys, NULL))
    return;
  if (g_hash_table_contains(rules->side_index, g->name)) {
    loader_error(ld, f, GS_RULES_ERROR_DUPLICATE, g->line, g->column,
                 "side '%s' is already defined", g->name);
    return;
  }
  members = g_key_file_get_string_list(kf, g->header, "members", NULL, NULL);
  for (guint i = 0; members != NULL && members[i] != NULL; i++) {
    g_strstrip(members[i]);
    if (members[i][0] != '\0')
      g_ptr_array_add(words, g_utf8_strdown(members[i], -1));
  }
  g_ptr_array_add(words, NULL);
  side = g_new0(GsSide, 1);
  side->name = g_strdup(g->name);
  side->members = (char **)g_ptr_array_free(g_steal_pointer(&words), FALSE);
  g_ptr_array_add(rules->sides, side);
  g_hash_table_insert(rules->side_index, g_strdup(g->name), GUINT_TO_POINTER(rules->sides->len));
}

/* A lexicon reference of a rule: resolved now if the lexicon is known,
 * else checked again when all files are read (it may come from a later
 * include). */
typedef struct {
  GsRule *rule;
  guint *slot;
  char *name;
  GsDiagnostic *diag_if_missing;
} LexRef;

static void
add_lexicon_ref(Loader *ld, const ScanFile *f, GKeyFile *kf, const ScanGroup *g, GsRule *rule,
                const char *key, guint *slot)
{
  const ScanKey *k = scan_find_key(g, key);
  g_autofree char *name = NULL;
  LexRef *ref;
  gsize len;
  const char *text;

  *slot = G_MAXUINT;
  if (k == NULL)
    return;
  name = g_key_file_get_string(kf, g->header, key, NULL);
  if (name == NULL)
    return;
  g_strstrip(name);
  ref = g_new0(LexRef, 1);
  ref->rule = rule;
  ref->slot = slot;
  ref->name = g_strdup(name);
  ref->diag_if_missing = gs_diagnostic_new(GS_SEVERITY_ERROR, GS_RULES_ERROR,
                                           GS_RULES_ERROR_UNKNOWN_LEXICON, f->path, k->line,
                                           k->value_column, "%s", "");
  text = scan_line(f, k->line, &len);
  gs_diagnostic_set_source_line(ref->diag_if_missing, text, (gssize)len);
  g_ptr_array_add(ld->refs, ref);
}

static void
load_rule_group(Loader *ld, const ScanFile *f, GKeyFile *kf, const ScanGroup *g)
{
  GsRules *rules = ld->rules;
  g_autofree char *kind_name = NULL;
  const KindSpec *kind;
  const ScanKey *kk;
  GsRule *rule;
  g_autofree char *value = NULL;
  gboolean keys_ok;

  if (g->name[0] == '\0') {
    loader_error(ld, f, GS_RULES_ERROR_SYNTAX, g->line, g->column, "a rule needs a name: [rule NAME]");
    return;
  }
  kk = scan_find_key(g, "kind");
  kind_name = g_key_file_get_string(kf, g->header, "kind", NULL);
  kind = find_kind(kind_name);
  if (kk != NULL && kind == NULL) {
    g_autoptr(GPtrArray) names = g_ptr_array_new();
    g_autofree char *hint = NULL;

    for (gsize i = 0; i < G_N_ELEMENTS(kinds); i++)
      g_ptr_array_add(names, (gpointer)kinds[i].kind);
    hint = did_you_mean(kind_name != NULL ? kind_name : "", NULL, names);
    loader_error(ld, f, GS_RULES_ERROR_UNKNOWN_KIND, kk->line, kk->value_column,
                 "unknown rule kind '%s'%s (kinds: negation, opposition, denial, numeric)",
                 kind_name != NULL ? kind_name : "", hint);
    /* Still check the common keys, so one run reports everything; the
     * keys of any kind are not reported, since the kind is in doubt. */
    for (guint i = 0; i < g->keys->len; i++) {
      const ScanKey *k = g_ptr_array_index(g->keys, i);
      const KeySpec *spec = find_spec(rule_common_keys, k->key);
      gboolean of_a_kind = FALSE;

      for (gsize c = 0; c < G_N_ELEMENTS(kinds) && spec == NULL; c++)
        of_a_kind |= find_spec(kinds[c].keys, k->key) != NULL;
      if (spec != NULL && strcmp(k->key, "kind") != 0)
        check_value(ld, f, kf, g, k, spec);
      else if (spec == NULL && !of_a_kind) {
        g_autofree char *key_hint = did_you_mean_key(k->key, rule_common_keys, NULL);

        loader_error(ld, f, GS_RULES_ERROR_UNKNOWN_KEY, k->line, k->column,
                     "unknown key '%s' in [%s]%s", k->key, g->header, key_hint);
      }
    }
    return;
  }
  if (kind == NULL) {
    /* no kind at all: the common keys say what is missing */
    check_keys(ld, f, kf, g, rule_common_keys, NULL);
    return;
  }
  /* A rule with a bad key or value is still checked through (the lexicons
   * it names too: every problem, not the first), but not kept. */
  keys_ok = check_keys(ld, f, kf, g, rule_common_keys, kind->keys);
  if (g_hash_table_contains(rules->rule_index, g->name)) {
    loader_error(ld, f, GS_RULES_ERROR_DUPLICATE, g->line, g->column,
                 "rule '%s' is already defined", g->name);
    return;
  }
  rule = g_new0(GsRule, 1);
  rule->name = g_strdup(g->name);
  rule->kind = kind->id;
  rule->file = g_strdup(f->path);
  rule->line = g->line;
  rule->severity = GS_LEVEL_MEDIUM;
  value = g_key_file_get_string(kf, g->header, "severity", NULL);
  if (value != NULL)
    gs_level_from_string(value, &rule->severity);
  g_clear_pointer(&value, g_free);
  value = g_key_file_get_string(kf, g->header, "scope", NULL);
  rule->scope = g_strcmp0(value, "any") == 0               ? GS_SCOPE_ANY
                : g_strcmp0(value, "different-sides") == 0 ? GS_SCOPE_DIFFERENT_SIDES
                                                           : GS_SCOPE_DIFFERENT_SOURCES;
  g_clear_pointer(&value, g_free);
  rule->message = g_key_file_get_string(kf, g->header, "message", NULL);
  if (rule->message == NULL)
    rule->message = g_strdup("{a} and {b} disagree on {topic}");
  rule->description = g_key_file_get_string(kf, g->header, "description", NULL);
  value = g_key_file_get_string(kf, g->header, "enabled", NULL);
  rule->enabled = g_strcmp0(value, "false") != 0;
  g_clear_pointer(&value, g_free);
  value = g_key_file_get_string(kf, g->header, "tolerance", NULL);
  rule->tolerance = value != NULL ? g_ascii_strtod(value, NULL) / 100.0 : 0.10;
  g_clear_pointer(&value, g_free);
  value = g_key_file_get_string(kf, g->header, "min-shared", NULL);
  rule->min_shared = value != NULL ? (guint)g_ascii_strtod(value, NULL)
                                    : kind->id == GS_RULE_NEGATION ? 1 : 0;
  g_ptr_array_add(rules->rules, rule);
  g_hash_table_insert(rules->rule_index, g_strdup(g->name), GUINT_TO_POINTER(rules->rules->len));
  switch (rule->kind) {
  case GS_RULE_OPPOSITION:
    add_lexicon_ref(ld, f, kf, g, rule, "a", &rule->lexicon_a);
    add_lexicon_ref(ld, f, kf, g, rule, "b", &rule->lexicon_b);
    break;
  case GS_RULE_DENIAL:
    add_lexicon_ref(ld, f, kf, g, rule, "lexicon", &rule->lexicon_a);
    add_lexicon_ref(ld, f, kf, g, rule, "cues", &rule->lexicon_b);
    break;
  case GS_RULE_NEGATION:
    add_lexicon_ref(ld, f, kf, g, rule, "lexicon", &rule->lexicon_a);
    rule->lexicon_b = G_MAXUINT;
    break;
  case GS_RULE_NUMERIC:
  case GS_RULE_N_KINDS:
  default:
    rule->lexicon_a = rule->lexicon_b = G_MAXUINT;
    break;
  }
  if (!keys_ok) {
    /* out of the rule set; kept by the loader until its lexicon names are
     * checked */
    g_ptr_array_steal_index(rules->rules, rules->rules->len - 1);
    g_hash_table_remove(rules->rule_index, g->name);
    g_ptr_array_add(ld->probes, rule);
  }
}

/* Reads one file's text into a ScanFile; reports what stops it. */
static ScanFile *
read_file(Loader *ld, const char *path, const ScanFile *from, guint from_line, guint from_column)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;
  ScanFile *f;

  if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
    if (from != NULL)
      loader_error(ld, from, GS_RULES_ERROR_READ, from_line, from_column,
                   "cannot include '%s': is a directory", path);
    else
      g_ptr_array_add(ld->diagnostics,
                      gs_diagnostic_new(GS_SEVERITY_ERROR, GS_RULES_ERROR, GS_RULES_ERROR_READ,
                                        path, 0, 0, "is a directory, not a rules file"));
    ld->failed = TRUE;
    return NULL;
  }
  if (!g_file_get_contents(path, &data, &len, &error)) {
    if (from != NULL)
      loader_error(ld, from, GS_RULES_ERROR_READ, from_line, from_column,
                   "cannot include '%s': %s", path, error->message);
    else
      g_ptr_array_add(ld->diagnostics,
                      gs_diagnostic_new(GS_SEVERITY_ERROR, GS_RULES_ERROR, GS_RULES_ERROR_READ,
                                        path, 0, 0, "cannot read rules: %s", error->message));
    ld->failed = TRUE;
    return NULL;
  }
  if (len > GS_RULES_MAX_FILE_BYTES) {
    g_ptr_array_add(ld->diagnostics,
                    gs_diagnostic_new(GS_SEVERITY_ERROR, GS_RULES_ERROR, GS_RULES_ERROR_TOO_LARGE,
                                      path, 0, 0, "rules file of %" G_GSIZE_FORMAT
                                      " bytes is over the limit of %u bytes", len,
                                      GS_RULES_MAX_FILE_BYTES));
    ld->failed = TRUE;
    return NULL;
  }
  f = g_new0(ScanFile, 1);
  f->path = g_strdup(path);
  f->data = g_steal_pointer(&data);
  f->len = len;
  return f;
}

static void
load_scanned(Loader *ld, ScanFile *f)
{
  const char *bad = NULL;
  g_autoptr(GKeyFile) kf = g_key_file_new();
  g_autoptr(GError) error = NULL;
  gboolean syntax_failed;
  guint errors_before = ld->diagnostics->len;
  gsize bom = f->len >= 3 && memcmp(f->data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

  if (memchr(f->data, '\0', f->len) != NULL || !g_utf8_validate_len(f->data, f->len, &bad)) {
    gsize offset = bad != NULL ? (gsize)(bad - f->data) : (gsize)((char *)memchr(f->data, '\0', f->len) - f->data);
    guint line = 1, column = 1;

    for (gsize i = 0; i < offset; i++) {
      if (f->data[i] == '\n') {
        line++;
        column = 1;
      } else if (((guchar)f->data[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    g_ptr_array_add(ld->diagnostics,
                    gs_diagnostic_new(GS_SEVERITY_ERROR, GS_RULES_ERROR, GS_RULES_ERROR_SYNTAX,
                                      f->path, line, column,
                                      "not UTF-8 text (byte 0x%02X at byte offset %" G_GSIZE_FORMAT ")",
                                      (guchar)f->data[offset], offset));
    ld->failed = TRUE;
    return;
  }
  scan_file(ld, f);
  syntax_failed = ld->diagnostics->len > errors_before;
  if (syntax_failed)
    return;
  if (!g_key_file_load_from_data(kf, f->data + bom, f->len - bom, G_KEY_FILE_NONE, &error)) {
    loader_error(ld, f, GS_RULES_ERROR_SYNTAX, 1, 1, "%s", error->message);
    return;
  }
  for (guint i = 0; i < f->groups->len; i++) {
    const ScanGroup *g = g_ptr_array_index(f->groups, i);

    if (strcmp(g->type, "gainsay") == 0) {
      if (g->name[0] != '\0')
        loader_error(ld, f, GS_RULES_ERROR_SYNTAX, g->line, g->column,
                     "[gainsay] takes no name");
      else
        load_gainsay_group(ld, f, kf, g);
    } else if (strcmp(g->type, "lexicon") == 0) {
      load_lexicon_group(ld, f, kf, g);
    } else if (strcmp(g->type, "rule") == 0) {
      load_rule_group(ld, f, kf, g);
    } else if (strcmp(g->type, "side") == 0) {
      load_side_group(ld, f, kf, g);
    } else {
      g_autofree char *hint = did_you_mean(g->type, group_types, NULL);

      loader_error(ld, f, GS_RULES_ERROR_UNKNOWN_GROUP, g->line, g->column + 1,
                   "unknown group type '%s'%s (groups: [gainsay], [lexicon NAME], [rule NAME], "
                   "[side NAME])", g->type, hint);
    }
  }
}

static void
load_path(Loader *ld, const char *path, const ScanFile *from, guint from_line, guint from_column)
{
  g_autofree char *canonical = realpath(path, NULL);
  g_autoptr(ScanFile) f = NULL;
  const char *key = canonical != NULL ? canonical : path;

  for (guint i = 0; i < ld->stack->len; i++) {
    if (strcmp(g_ptr_array_index(ld->stack, i), key) == 0) {
      loader_error(ld, from, GS_RULES_ERROR_INCLUDE_CYCLE, from_line, from_column,
                   "include cycle: '%s' is already being read", path);
      return;
    }
  }
  if (ld->stack->len >= GS_RULES_MAX_INCLUDE_DEPTH) {
    loader_error(ld, from, GS_RULES_ERROR_TOO_LARGE, from_line, from_column,
                 "includes nested more than %u deep", GS_RULES_MAX_INCLUDE_DEPTH);
    return;
  }
  f = read_file(ld, path, from, from_line, from_column);
  if (f == NULL)
    return;
  g_ptr_array_add(ld->stack, g_strdup(key));
  load_scanned(ld, f);
  g_free(g_ptr_array_steal_index(ld->stack, ld->stack->len - 1));
}

static void
lex_ref_free(gpointer data)
{
  LexRef *r = data;

  g_free(r->name);
  gs_diagnostic_free(r->diag_if_missing);
  g_free(r);
}

/* Resolves the lexicon names rules gave, now that every file is read. */
static void
resolve_refs(Loader *ld, GPtrArray *refs)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new();

  for (guint i = 0; i < ld->rules->lexicons->len; i++)
    g_ptr_array_add(names, ((GsLexicon *)g_ptr_array_index(ld->rules->lexicons, i))->name);
  for (guint i = 0; i < refs->len; i++) {
    LexRef *r = g_ptr_array_index(refs, i);
    gpointer v = g_hash_table_lookup(ld->rules->lexicon_index, r->name);

    if (v != NULL) {
      *r->slot = GPOINTER_TO_UINT(v) - 1;
      continue;
    }
    {
      g_autofree char *hint = did_you_mean(r->name, NULL, names);
      GsDiagnostic *d = r->diag_if_missing;

      g_free(d->message);
      d->message = g_strdup_printf("rule '%s' names lexicon '%s', which no [lexicon] group defines%s",
                                   r->rule->name, r->name, hint);
      g_ptr_array_add(ld->diagnostics, d);
      r->diag_if_missing = NULL;
      r->rule->enabled = FALSE;
      ld->failed = TRUE;
    }
  }
}

static gboolean
gs_rules_load(GsRules *rules, const char *path, const char *name, const char *data, gsize len,
              GPtrArray *diagnostics)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func(lex_ref_free);
  g_autoptr(GPtrArray) probes = g_ptr_array_new_with_free_func(gs_rule_free);
  Loader ld = {rules, diagnostics, FALSE, g_ptr_array_new_with_free_func(g_free), refs, probes};

  if (path != NULL) {
    load_path(&ld, path, NULL, 0, 0);
  } else {
    g_autoptr(ScanFile) f = g_new0(ScanFile, 1);

    f->path = g_strdup(name);
    f->data = g_strndup(data, len);
    f->len = len;
    if (len > GS_RULES_MAX_FILE_BYTES) {
      g_ptr_array_add(diagnostics,
                      gs_diagnostic_new(GS_SEVERITY_ERROR, GS_RULES_ERROR, GS_RULES_ERROR_TOO_LARGE,
                                        name, 0, 0, "rules over the limit of %u bytes",
                                        GS_RULES_MAX_FILE_BYTES));
      ld.failed = TRUE;
    } else {
      g_ptr_array_add(ld.stack, g_strdup(name));
      load_scanned(&ld, f);
    }
  }
  resolve_refs(&ld, refs);
  g_ptr_array_unref(ld.stack);
  gs_rules_compile(rules);
  return !ld.failed;
}

gboolean
gs_rules_load_file(GsRules *rules, const char *path, GPtrArray *diagnostics)
{
  g_return_val_if_fail(rules != NULL && path != NULL && diagnostics != NULL, FALSE);
  return gs_rules_load(rules, path, NULL, NULL, 0, diagnostics);
}

gboolean
gs_rules_load_data(GsRules *rules, const char *name, const char *data, gsize len,
                   GPtrArray *diagnostics)
{
  g_return_val_if_fail(rules != NULL && data != NULL && diagnostics != NULL, FALSE);
  return gs_rules_load(rules, NULL, name != NULL ? name : "-", data, len, diagnostics);
}

/* ---- compiling terms ---------------------------------------------------- */

/* Lower-case words of a term: letters, digits and inner apostrophes or
 * hyphens, the same words the normaliser sees in articles. */
static GPtrArray *
split_words(const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
  g_autofree char *lower = g_utf8_strdown(text, -1);
  const char *p = lower;

  while (*p != '\0') {
    const char *start;
    GString *w;

    while (*p != '\0' && !g_unichar_isalnum(g_utf8_get_char(p)))
      p = g_utf8_next_char(p);
    if (*p == '\0')
      break;
    start = p;
    w = g_string_new(NULL);
    while (*p != '\0') {
      gunichar c = g_utf8_get_char(p);
      const char *next = g_utf8_next_char(p);

      if (g_unichar_isalnum(c)) {
        g_string_append_len(w, p, next - p);
      } else if ((c == '\'' || c == 0x2019 || c == '-') && *next != '\0' &&
                 g_unichar_isalnum(g_utf8_get_char(next))) {
        g_string_append_c(w, c == 0x2019 ? '\'' : (char)c);
      } else {
        break;
      }
      p = next;
    }
    (void)start;
    g_ptr_array_add(words, g_string_free(w, FALSE));
  }
  return words;
}

void
gs_rules_stem(const GsRules *rules, const char *lower, gsize len, GString *out)
{
  gsize stem_len;
  const char *stem;

  /* "met" is read as "meet", so that "met the envoy" meets "did not meet
   * the envoy" (Snowball strips endings; it does not know irregular
   * forms) */
  if (len < 64 && g_hash_table_size(rules->word_forms) > 0) {
    char key[64];
    const char *base;

    memcpy(key, lower, len);
    key[len] = '\0';
    base = g_hash_table_lookup(rules->word_forms, key);
    if (base != NULL) {
      lower = base;
      len = strlen(base);
    }
  }
  stem = gs_stemmer_stem(rules->language, lower, len, &stem_len);

  g_string_truncate(out, 0);
  g_string_append_len(out, stem, (gssize)stem_len);
}

void
gs_rules_compile(GsRules *rules)
{
  /* never 0, the serial of a vocabulary entry not yet filled in */
  static gint last_serial;
  g_autoptr(GString) stem = g_string_new(NULL);
  GHashTableIter iter;
  gpointer key;

  rules->serial = (guint)g_atomic_int_add(&last_serial, 1) + 1;

  g_clear_pointer(&rules->term_index, g_hash_table_unref);
  rules->term_index =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  g_clear_pointer(&rules->word_flags, g_hash_table_unref);
  rules->word_flags = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  {
    GHashTable *sets[] = {rules->stop_words, rules->negation_cues, rules->negation_stops};
    guint bits[] = {GS_RULES_WORD_STOP, GS_RULES_WORD_NEGATION_CUE, GS_RULES_WORD_NEGATION_STOP};

    for (guint k = 0; k < G_N_ELEMENTS(sets); k++) {
      g_hash_table_iter_init(&iter, sets[k]);
      while (g_hash_table_iter_next(&iter, &key, NULL)) {
        guint flags = GPOINTER_TO_UINT(g_hash_table_lookup(rules->word_flags, key));

        g_hash_table_insert(rules->word_flags, g_strdup(key), GUINT_TO_POINTER(flags | bits[k]));
      }
    }
  }
  g_clear_pointer(&rules->negation_stems, g_hash_table_unref);
  rules->negation_stems = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init(&iter, rules->negation_cues);
  while (g_hash_table_iter_next(&iter, &key, NULL))
    g_hash_table_add(rules->negation_stems, g_strdup(key));
  rules->max_term_words = 1;
  for (guint l = 0; l < rules->lexicons->len; l++) {
    GsLexicon *lex = g_ptr_array_index(rules->lexicons, l);

    for (guint t = 0; t < lex->terms->len; t++) {
      GsTerm *term = g_ptr_array_index(lex->terms, t);
      g_autoptr(GPtrArray) words = split_words(term->text);
      GPtrArray *stems = g_ptr_array_new();
      GPtrArray *bucket;

      guint content = 0;

      term->negative = FALSE;
      /* A phrase matches on its content words and negations, so "closest
       * to a deal" meets "closest the sides have come to a deal"; but a
       * phrase of one content word ("on track") is kept whole, or it would
       * match every "track". */
      for (guint w = 0; w < words->len; w++) {
        const char *word = g_ptr_array_index(words, w);

        content += !g_hash_table_contains(rules->stop_words, word) ||
                   g_hash_table_contains(rules->negation_cues, word);
      }
      /* a phrase of one content word keeps its stop words */
      term->exact = content <= 1 && words->len > 1;
      for (guint w = 0; w < words->len; w++) {
        const char *word = g_ptr_array_index(words, w);
        gboolean negation = g_hash_table_contains(rules->negation_cues, word) ||
                            g_str_has_suffix(word, "n't");

        term->negative |= negation;
        if (!term->exact && !negation && words->len > 1 &&
            g_hash_table_contains(rules->stop_words, word))
          continue;
        gs_rules_stem(rules, word, strlen(word), stem);
        g_ptr_array_add(stems, g_strdup(stem->str));
      }
      term->n_stems = stems->len;
      g_ptr_array_add(stems, NULL);
      g_strfreev(term->stems);
      term->stems = (char **)g_ptr_array_free(stems, FALSE);
      if (term->n_stems == 0)
        continue;
      rules->max_term_words = MAX(rules->max_term_words, term->n_stems);
      bucket = g_hash_table_lookup(rules->term_index, term->stems[0]);
      if (bucket == NULL) {
        bucket = g_ptr_array_new();
        g_hash_table_insert(rules->term_index, g_strdup(term->stems[0]), bucket);
      }
      g_ptr_array_add(bucket, term);
    }
  }
}

/* ---- the rest of the API ---------------------------------------------- */

gboolean
gs_rules_set_language(GsRules *rules, const char *language, GError **error)
{
  if (!gs_stemmer_has_language(language)) {
    g_autofree char *hint = did_you_mean(language, gs_rules_list_languages(), NULL);

    g_set_error(error, GS_RULES_ERROR, GS_RULES_ERROR_LANGUAGE,
                "no Snowball stemmer for language '%s'%s (gainsay rules --list shows them)",
                language, hint);
    return FALSE;
  }
  g_free(rules->language);
  rules->language = g_strdup(language);
  rules->language_set = TRUE;
  gs_rules_compile(rules);
  return TRUE;
}

const char *
gs_rules_get_language(const GsRules *rules)
{
  return rules->language;
}

guint
gs_rules_get_n_rules(const GsRules *rules)
{
  return rules->rules->len;
}

guint
gs_rules_get_n_lexicons(const GsRules *rules)
{
  return rules->lexicons->len;
}

/* Is the running program the one in the build tree? Then its rules are
 * the source tree's, so an uninstalled build/gainsay just works. */
static gboolean
running_from_build_dir(void)
{
  g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);
  g_autofree char *dir = exe != NULL ? g_path_get_dirname(exe) : NULL;
  g_autofree char *build = realpath(GS_BUILD_DIR, NULL);

  return dir != NULL && build != NULL && g_str_has_prefix(dir, build);
}

char *
gs_rules_find_shipped(const char *name)
{
  const char *env = g_getenv("GAINSAY_RULES_DIR");

  if (env != NULL && env[0] != '\0')
    return g_build_filename(env, name, NULL);
  if (running_from_build_dir())
    return g_build_filename(GS_SOURCE_RULES_DIR, name, NULL);
  return g_build_filename(GS_RULES_DIR, name, NULL);
}

static void
describe_keys(GString *out, const KeySpec *keys)
{
  for (guint i = 0; keys[i].key != NULL; i++)
    g_string_append_printf(out, "    %-16s %s%s\n", keys[i].key, keys[i].help,
                           keys[i].required ? " (required)" : "");
}

void
gs_rules_describe_kinds(GString *out)
{
  g_string_append(out, "Rule kinds ([rule NAME] groups, kind=KIND):\n\n");
  for (gsize i = 0; i < G_N_ELEMENTS(kinds); i++) {
    g_string_append_printf(out, "  %s: %s\n", kinds[i].kind, kinds[i].summary);
    describe_keys(out, kinds[i].keys);
    g_string_append_c(out, '\n');
  }
  g_string_append(out, "  Keys every rule has:\n");
  describe_keys(out, rule_common_keys);
  g_string_append(out, "\n[gainsay] keys:\n");
  describe_keys(out, gainsay_keys);
  g_string_append(out, "\n[lexicon NAME] keys:\n");
  describe_keys(out, lexicon_keys);
  g_string_append(out, "\n[side NAME] keys:\n");
  describe_keys(out, side_keys);
  g_string_append(out, "\nLanguages:");
  for (const char **l = gs_rules_list_languages(); *l != NULL; l++)
    g_string_append_printf(out, " %s", *l);
  g_string_append_c(out, '\n');
}

const char **
gs_rules_list_languages(void)
{
  return sb_stemmer_list();
}
