/* json-check: validates the shape of gainsay's JSON output, for the
 * command-line tests (tests/cli/run-cli-tests.sh).
 *
 * Usage: json-check [OPTION…] < OUTPUT.json
 *
 *   --documents N        expect exactly N documents
 *   --errors-in K        document K (0-based) must have a non-empty "errors"
 *                        array (repeatable)
 *   --no-errors-in K     document K must have an empty "errors" array
 *                        (repeatable)
 *   --date VALUE         document 0's "date" must be VALUE ("null" for null)
 *   --sentences          expect the `gainsay sentences --format=json` shape
 *                        instead of the report shape
 *   --check-spans FILE   document 0's spans must point into FILE: each
 *                        sentence (or statement, cue and source mention)
 *                        text must equal FILE's bytes [start, end) with
 *                        white space folded
 *   --print-sentences    after validating, print every sentence as
 *                        "LINE:COLUMN: TEXT", one a line (with --sentences)
 *   --jsonl              the input is JSON Lines (`--format=jsonl`): one
 *                        document object per line, no root; each line is
 *                        checked as an entry of "documents" would be, and
 *                        the options above count lines as documents
 *
 * The input must be exactly one JSON value (trailing data is an error), or
 * with --jsonl one per line, every line ended by a newline.
 * Exit status: 0 valid, 1 invalid (each problem is printed on stderr),
 * 2 usage error or unreadable FILE.
 *
 * The report shape (see DESIGN.md "Reports: the JSON contract"):
 * {"gainsay": {"version": S, "report": I}, "documents": [{"path": S,
 * "date": S|null, "sources": [], "statements": [], "topics": [],
 * "findings": [], "errors": []}]}; statements, findings, sources and topics
 * are checked field by field, and every id they refer to must exist.
 */
#include <jansson.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_INDEX_OPTIONS 64
#define MAX_PROBLEMS 50

enum {
  T_STRING = 1 << 0,
  T_INTEGER = 1 << 1,
  T_NULL = 1 << 2,
  T_ARRAY = 1 << 3,
  T_OBJECT = 1 << 4,
};

typedef struct {
  long documents;  /* -1: any number */
  long errors_in[MAX_INDEX_OPTIONS];
  int n_errors_in;
  long no_errors_in[MAX_INDEX_OPTIONS];
  int n_no_errors_in;
  const char *date;
  int sentences;
  const char *spans_file;
  int print_sentences;
  int jsonl;
} Options;

typedef struct {
  char *data;
  size_t len;
} Bytes;

static int problems;

static void problem(const char *format, ...) __attribute__((format(printf, 1, 2)));

static void
problem(const char *format, ...)
{
  va_list args;

  problems++;
  if (problems > MAX_PROBLEMS)
    return;
  fputs("json-check: ", stderr);
  va_start(args, format);
  vfprintf(stderr, format, args);
  va_end(args);
  fputc('\n', stderr);
  if (problems == MAX_PROBLEMS)
    fputs("json-check: (further problems not shown)\n", stderr);
}

static int
type_bit(const json_t *v)
{
  switch (json_typeof(v)) {
  case JSON_STRING:
    return T_STRING;
  case JSON_INTEGER:
    return T_INTEGER;
  case JSON_NULL:
    return T_NULL;
  case JSON_ARRAY:
    return T_ARRAY;
  case JSON_OBJECT:
    return T_OBJECT;
  default:
    return 0;
  }
}

static const char *
type_name(const json_t *v)
{
  switch (json_typeof(v)) {
  case JSON_OBJECT:
    return "an object";
  case JSON_ARRAY:
    return "an array";
  case JSON_STRING:
    return "a string";
  case JSON_INTEGER:
    return "an integer";
  case JSON_REAL:
    return "a real number";
  case JSON_TRUE:
  case JSON_FALSE:
    return "a boolean";
  case JSON_NULL:
    return "null";
  }
  return "something else";
}

static void
describe_types(int types, char *buf, size_t size)
{
  static const struct {
    int bit;
    const char *name;
  } names[] = {
    {T_STRING, "a string"}, {T_INTEGER, "an integer"}, {T_ARRAY, "an array"},
    {T_OBJECT, "an object"}, {T_NULL, "null"},
  };
  size_t used = 0;
  int first = 1;

  buf[0] = '\0';
  for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
    if (!(types & names[i].bit))
      continue;
    used += (size_t)snprintf(buf + used, used < size ? size - used : 0, "%s%s",
                             first ? "" : " or ", names[i].name);
    first = 0;
    if (used >= size)
      return;
  }
}

/* OBJ[KEY] when it is one of TYPES, else NULL (and a problem noted). */
static json_t *
member(const json_t *obj, const char *where, const char *key, int types)
{
  json_t *v = json_object_get(obj, key);
  char expected[96];

  describe_types(types, expected, sizeof(expected));
  if (v == NULL) {
    problem("%s: missing \"%s\" (expected %s)", where, key, expected);
    return NULL;
  }
  if (!(type_bit(v) & types)) {
    problem("%s.%s: expected %s, got %s", where, key, expected, type_name(v));
    return NULL;
  }
  return v;
}

/* OBJ[KEY] when it is an integer >= MIN; -1 otherwise. */
static json_int_t
member_int(const json_t *obj, const char *where, const char *key, json_int_t min)
{
  json_t *v = member(obj, where, key, T_INTEGER);

  if (v == NULL)
    return -1;
  if (json_integer_value(v) < min) {
    problem("%s.%s: %" JSON_INTEGER_FORMAT " is below %" JSON_INTEGER_FORMAT, where, key,
            json_integer_value(v), min);
    return -1;
  }
  return json_integer_value(v);
}

static const char *
member_string(const json_t *obj, const char *where, const char *key)
{
  json_t *v = member(obj, where, key, T_STRING);

  return v != NULL ? json_string_value(v) : NULL;
}

static void
member_one_of(const json_t *obj, const char *where, const char *key, const char *const *allowed)
{
  const char *s = member_string(obj, where, key);

  if (s == NULL)
    return;
  for (size_t i = 0; allowed[i] != NULL; i++) {
    if (strcmp(s, allowed[i]) == 0)
      return;
  }
  problem("%s.%s: \"%s\" is not one of the allowed values", where, key, s);
}

/* Checks that START <= END when both are known. */
static void
check_span_order(const char *where, json_int_t start, json_int_t end)
{
  if (start >= 0 && end >= 0 && start > end)
    problem("%s: start %" JSON_INTEGER_FORMAT " is after end %" JSON_INTEGER_FORMAT, where,
            start, end);
}

/* ---- ids -------------------------------------------------------------- */

/* Whether some object of ARRAY has "id" equal to ID. */
static int
has_id(const json_t *array, const char *id)
{
  size_t i;
  json_t *item;

  if (array == NULL)
    return 1; /* already reported as missing; do not pile up problems */
  json_array_foreach(array, i, item) {
    json_t *v = json_object_get(item, "id");

    if (json_is_string(v) && strcmp(json_string_value(v), id) == 0)
      return 1;
  }
  return 0;
}

/* The objects of ARRAY have distinct string ids. */
static void
check_unique_ids(const json_t *array, const char *where)
{
  size_t i;
  json_t *item;

  if (array == NULL)
    return;
  json_array_foreach(array, i, item) {
    json_t *v = json_object_get(item, "id");

    for (size_t j = 0; json_is_string(v) && j < i; j++) {
      json_t *w = json_object_get(json_array_get(array, j), "id");

      if (json_is_string(w) && strcmp(json_string_value(v), json_string_value(w)) == 0) {
        problem("%s[%zu]: id \"%s\" repeats %s[%zu]", where, i, json_string_value(v), where, j);
        break;
      }
    }
  }
}

/* V is null (when NULLABLE) or a string naming an id of TARGETS. */
static void
check_ref(const json_t *v, const char *where, const json_t *targets, const char *target_name)
{
  if (v == NULL || json_is_null(v))
    return;
  if (!json_is_string(v)) {
    problem("%s: expected an id (a string), got %s", where, type_name(v));
    return;
  }
  if (!has_id(targets, json_string_value(v)))
    problem("%s: \"%s\" is not the id of any of the document's %s", where,
            json_string_value(v), target_name);
}

/* ARRAY is an array of strings, each an id of TARGETS. */
static void
check_ref_list(const json_t *array, const char *where, const json_t *targets,
               const char *target_name)
{
  size_t i;
  json_t *item;
  char at[256];

  if (array == NULL)
    return;
  json_array_foreach(array, i, item) {
    snprintf(at, sizeof(at), "%s[%zu]", where, i);
    check_ref(item, at, targets, target_name);
    if (json_is_null(item))
      problem("%s: expected an id (a string), got null", at);
  }
}

/* ---- spans ------------------------------------------------------------ */

/* Length of a white space character at P (before END), or 0. The same set
 * as the program folds: ASCII white space, Unicode space, line and
 * paragraph separators, zero-width space and the BOM. */
static size_t
space_width(const unsigned char *p, const unsigned char *end)
{
  unsigned long c;
  size_t width;

  if (*p == ' ' || (*p >= '\t' && *p <= '\r'))
    return 1;
  if (*p < 0xC2)
    return 0;
  if (*p < 0xE0 && end - p >= 2) {
    c = ((unsigned long)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    width = 2;
  } else if (*p < 0xF0 && end - p >= 3) {
    c = ((unsigned long)(p[0] & 0x0F) << 12) | ((unsigned long)(p[1] & 0x3F) << 6) |
        (p[2] & 0x3F);
    width = 3;
  } else {
    return 0;
  }
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
      c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF)
    return width;
  return 0;
}

/* S[0, LEN) with runs of white space made one space, none at either end.
 * Free the result. */
static char *
fold(const char *s, size_t len)
{
  const unsigned char *p = (const unsigned char *)s;
  const unsigned char *end = p + len;
  char *out = malloc(len + 1);
  size_t n = 0;
  int pending_space = 0;

  if (out == NULL) {
    perror("json-check");
    exit(2);
  }
  while (p < end) {
    size_t w = space_width(p, end);

    if (w > 0) {
      pending_space = n > 0;
      p += w;
      continue;
    }
    if (pending_space)
      out[n++] = ' ';
    pending_space = 0;
    out[n++] = (char)*p++;
  }
  out[n] = '\0';
  return out;
}

static int
is_continuation_byte(const Bytes *file, json_int_t offset)
{
  return offset < (json_int_t)file->len &&
         ((unsigned char)file->data[offset] & 0xC0) == 0x80;
}

/* OBJ's "text" equals FILE's bytes [start, end), white space folded. */
static void
check_span_text(const json_t *obj, const char *where, const Bytes *file, const char *file_name)
{
  json_t *text = json_object_get(obj, "text");
  json_t *start_v = json_object_get(obj, "start");
  json_t *end_v = json_object_get(obj, "end");
  json_int_t start, end;
  char *want, *got;

  if (!json_is_string(text) || !json_is_integer(start_v) || !json_is_integer(end_v))
    return; /* the shape check has said so */
  start = json_integer_value(start_v);
  end = json_integer_value(end_v);
  if (start < 0 || start > end || end > (json_int_t)file->len) {
    problem("%s: span [%" JSON_INTEGER_FORMAT ", %" JSON_INTEGER_FORMAT
            ") is not inside %s (%zu bytes)",
            where, start, end, file_name, file->len);
    return;
  }
  if (is_continuation_byte(file, start) || is_continuation_byte(file, end))
    problem("%s: span [%" JSON_INTEGER_FORMAT ", %" JSON_INTEGER_FORMAT
            ") cuts a UTF-8 character of %s",
            where, start, end, file_name);
  want = fold(file->data + start, (size_t)(end - start));
  got = fold(json_string_value(text), json_string_length(text));
  if (strcmp(want, got) != 0)
    problem("%s: text \"%s\" but bytes [%" JSON_INTEGER_FORMAT ", %" JSON_INTEGER_FORMAT
            ") of %s are \"%s\"",
            where, got, start, end, file_name, want);
  free(want);
  free(got);
}

static int
read_file(const char *path, Bytes *out)
{
  FILE *f = fopen(path, "rb");
  size_t cap = 65536;

  out->len = 0;
  out->data = NULL;
  if (f == NULL) {
    fprintf(stderr, "json-check: %s: %s\n", path, strerror(errno));
    return 0;
  }
  out->data = malloc(cap);
  while (out->data != NULL) {
    size_t n = fread(out->data + out->len, 1, cap - out->len, f);

    out->len += n;
    if (out->len < cap)
      break;
    cap *= 2;
    out->data = realloc(out->data, cap);
  }
  if (out->data == NULL || ferror(f)) {
    fprintf(stderr, "json-check: %s: cannot read\n", path);
    fclose(f);
    return 0;
  }
  fclose(f);
  return 1;
}

/* ---- the report shape --------------------------------------------------- */

static void
check_errors(const json_t *doc, const char *where)
{
  char at[256];
  json_t *errors;
  size_t i;
  json_t *e;

  snprintf(at, sizeof(at), "%s", where);
  errors = member(doc, at, "errors", T_ARRAY);
  if (errors == NULL)
    return;
  json_array_foreach(errors, i, e) {
    snprintf(at, sizeof(at), "%s.errors[%zu]", where, i);
    if (!json_is_object(e)) {
      problem("%s: expected an object, got %s", at, type_name(e));
      continue;
    }
    member_string(e, at, "message");
    member_string(e, at, "severity");
    if (json_object_get(e, "line") != NULL)
      member_int(e, at, "line", 1);
    if (json_object_get(e, "column") != NULL)
      member_int(e, at, "column", 1);
  }
}

static void
check_source(const json_t *src, const char *where)
{
  if (!json_is_object(src)) {
    problem("%s: expected an object, got %s", where, type_name(src));
    return;
  }
  member_string(src, where, "id");
  member_string(src, where, "name");
  member_int(src, where, "mentions", 0);
  if (json_object_get(src, "role") != NULL)
    member_string(src, where, "role");
}

static void
check_statement(const json_t *st, const char *where, const json_t *doc)
{
  static const char *const kinds[] = {"direct", "indirect", "mixed", "according-to", NULL};
  char at[256];
  json_t *cue, *source;

  if (!json_is_object(st)) {
    problem("%s: expected an object, got %s", where, type_name(st));
    return;
  }
  member_string(st, where, "id");
  member_string(st, where, "text");
  check_span_order(where, member_int(st, where, "start", 0), member_int(st, where, "end", 0));
  member_int(st, where, "line", 1);
  member_int(st, where, "column", 1);
  member_one_of(st, where, "kind", kinds);

  cue = member(st, where, "cue", T_OBJECT);
  if (cue != NULL) {
    snprintf(at, sizeof(at), "%s.cue", where);
    member_string(cue, at, "text");
    check_span_order(at, member_int(cue, at, "start", 0), member_int(cue, at, "end", 0));
  }

  source = member(st, where, "source", T_OBJECT);
  if (source != NULL) {
    snprintf(at, sizeof(at), "%s.source", where);
    member(source, at, "id", T_STRING | T_NULL);
    member(source, at, "name", T_STRING | T_NULL);
    member_string(source, at, "text");
    check_span_order(at, member_int(source, at, "start", 0),
                     member_int(source, at, "end", 0));
    snprintf(at, sizeof(at), "%s.source.id", where);
    check_ref(json_object_get(source, "id"), at, json_object_get(doc, "sources"), "sources");
  }

  if (member(st, where, "topic", T_STRING | T_NULL) != NULL) {
    snprintf(at, sizeof(at), "%s.topic", where);
    check_ref(json_object_get(st, "topic"), at, json_object_get(doc, "topics"), "topics");
  }
  if (json_object_get(st, "reports") != NULL) {
    snprintf(at, sizeof(at), "%s.reports", where);
    check_ref(json_object_get(st, "reports"), at, json_object_get(doc, "statements"),
              "statements");
  }
}

static void
check_topic(const json_t *topic, const char *where, const json_t *doc)
{
  char at[256];
  json_t *list;

  if (!json_is_object(topic)) {
    problem("%s: expected an object, got %s", where, type_name(topic));
    return;
  }
  member_string(topic, where, "id");
  member_string(topic, where, "label");
  list = member(topic, where, "statements", T_ARRAY);
  snprintf(at, sizeof(at), "%s.statements", where);
  check_ref_list(list, at, json_object_get(doc, "statements"), "statements");
}

static void
check_finding(const json_t *f, const char *where, const json_t *doc)
{
  static const char *const severities[] = {"high", "medium", "low", NULL};
  char at[256];
  json_t *sides, *side;
  size_t i;

  if (!json_is_object(f)) {
    problem("%s: expected an object, got %s", where, type_name(f));
    return;
  }
  member_string(f, where, "id");
  member_string(f, where, "rule");
  member_string(f, where, "kind");
  member_one_of(f, where, "severity", severities);
  if (member(f, where, "topic", T_STRING | T_NULL) != NULL) {
    snprintf(at, sizeof(at), "%s.topic", where);
    check_ref(json_object_get(f, "topic"), at, json_object_get(doc, "topics"), "topics");
  }
  member_string(f, where, "message");
  sides = member(f, where, "sides", T_ARRAY);
  if (sides == NULL)
    return;
  if (json_array_size(sides) != 2)
    problem("%s.sides: %zu sides, expected exactly 2", where, json_array_size(sides));
  json_array_foreach(sides, i, side) {
    json_t *list;

    snprintf(at, sizeof(at), "%s.sides[%zu]", where, i);
    if (!json_is_object(side)) {
      problem("%s: expected an object, got %s", at, type_name(side));
      continue;
    }
    list = member(side, at, "sources", T_ARRAY);
    {
      char at2[300];

      snprintf(at2, sizeof(at2), "%s.sources", at);
      check_ref_list(list, at2, json_object_get(doc, "sources"), "sources");
    }
    list = member(side, at, "statements", T_ARRAY);
    if (list != NULL && json_array_size(list) == 0)
      problem("%s.statements: empty; a side lists the statements that support it", at);
    {
      char at2[300];

      snprintf(at2, sizeof(at2), "%s.statements", at);
      check_ref_list(list, at2, json_object_get(doc, "statements"), "statements");
    }
  }
}

/* Checks each object of DOC[KEY] with CHECK. Returns the array or NULL. */
static json_t *
check_list(const json_t *doc, const char *where, const char *key,
           void (*check)(const json_t *item, const char *at, const json_t *doc))
{
  json_t *list = member(doc, where, key, T_ARRAY);
  char at[256];
  size_t i;
  json_t *item;

  if (list == NULL)
    return NULL;
  json_array_foreach(list, i, item) {
    snprintf(at, sizeof(at), "%s.%s[%zu]", where, key, i);
    check(item, at, doc);
  }
  snprintf(at, sizeof(at), "%s.%s", where, key);
  check_unique_ids(list, at);
  return list;
}

static void
check_source_item(const json_t *item, const char *at, const json_t *doc)
{
  (void)doc;
  check_source(item, at);
}

static void
check_report_document(const json_t *doc, const char *where, const Bytes *spans,
                      const char *spans_name)
{
  json_t *statements;
  size_t i;
  json_t *st;
  char at[256];

  member_string(doc, where, "path");
  member(doc, where, "date", T_STRING | T_NULL);
  check_list(doc, where, "sources", check_source_item);
  statements = check_list(doc, where, "statements", check_statement);
  check_list(doc, where, "topics", check_topic);
  check_list(doc, where, "findings", check_finding);
  check_errors(doc, where);

  if (spans == NULL || statements == NULL)
    return;
  json_array_foreach(statements, i, st) {
    snprintf(at, sizeof(at), "%s.statements[%zu]", where, i);
    check_span_text(st, at, spans, spans_name);
    snprintf(at, sizeof(at), "%s.statements[%zu].cue", where, i);
    check_span_text(json_object_get(st, "cue"), at, spans, spans_name);
    snprintf(at, sizeof(at), "%s.statements[%zu].source", where, i);
    check_span_text(json_object_get(st, "source"), at, spans, spans_name);
  }
}

/* ---- the sentences shape ------------------------------------------------ */

static void
check_sentences_document(const json_t *doc, const char *where, const Bytes *spans,
                         const char *spans_name)
{
  json_t *sentences, *s;
  size_t i;
  char at[256];
  json_int_t previous_end = 0, previous_paragraph = 1;

  member_string(doc, where, "path");
  member(doc, where, "date", T_STRING | T_NULL);
  sentences = member(doc, where, "sentences", T_ARRAY);
  check_errors(doc, where);
  if (sentences == NULL)
    return;
  json_array_foreach(sentences, i, s) {
    const char *text;
    json_int_t start, end, paragraph;

    snprintf(at, sizeof(at), "%s.sentences[%zu]", where, i);
    if (!json_is_object(s)) {
      problem("%s: expected an object, got %s", at, type_name(s));
      continue;
    }
    text = member_string(s, at, "text");
    if (text != NULL && text[0] == '\0')
      problem("%s.text: empty", at);
    start = member_int(s, at, "start", 0);
    end = member_int(s, at, "end", 0);
    check_span_order(at, start, end);
    member_int(s, at, "line", 1);
    member_int(s, at, "column", 1);
    paragraph = member_int(s, at, "paragraph", 1);
    if (start >= 0 && start < previous_end)
      problem("%s: starts at %" JSON_INTEGER_FORMAT ", inside the previous sentence (which "
              "ends at %" JSON_INTEGER_FORMAT ")",
              at, start, previous_end);
    if (paragraph >= 0 && paragraph < previous_paragraph)
      problem("%s: paragraph %" JSON_INTEGER_FORMAT " after paragraph %" JSON_INTEGER_FORMAT,
              at, paragraph, previous_paragraph);
    if (end >= 0)
      previous_end = end;
    if (paragraph >= 0)
      previous_paragraph = paragraph;
    if (spans != NULL)
      check_span_text(s, at, spans, spans_name);
  }
}

static void
print_sentences(const json_t *documents)
{
  size_t i, j;
  json_t *doc, *s;

  json_array_foreach(documents, i, doc) {
    json_array_foreach(json_object_get(doc, "sentences"), j, s) {
      printf("%" JSON_INTEGER_FORMAT ":%" JSON_INTEGER_FORMAT ": %s\n",
             json_integer_value(json_object_get(s, "line")),
             json_integer_value(json_object_get(s, "column")),
             json_string_value(json_object_get(s, "text")));
    }
  }
}

/* ---- main ---------------------------------------------------------------- */

static void
usage(FILE *out)
{
  fputs("Usage: json-check [--documents N] [--errors-in K]... [--no-errors-in K]...\n"
        "                  [--date VALUE] [--sentences] [--check-spans FILE]\n"
        "                  [--print-sentences] [--jsonl] < OUTPUT.json\n"
        "Validates gainsay's JSON output; exit 0 valid, 1 invalid, 2 usage error.\n",
        out);
}

static long
parse_count(const char *option, const char *s)
{
  char *end;
  long n;

  errno = 0;
  n = s != NULL ? strtol(s, &end, 10) : -1;
  if (s == NULL || *s == '\0' || *end != '\0' || errno != 0 || n < 0) {
    fprintf(stderr, "json-check: %s needs a number >= 0, got '%s'\n", option,
            s != NULL ? s : "");
    exit(2);
  }
  return n;
}

static const char *
option_value(int argc, char **argv, int *i)
{
  if (*i + 1 >= argc) {
    fprintf(stderr, "json-check: %s needs a value\n", argv[*i]);
    exit(2);
  }
  return argv[++*i];
}

static void
parse_options(int argc, char **argv, Options *opt)
{
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];

    if (strcmp(a, "--documents") == 0) {
      opt->documents = parse_count(a, option_value(argc, argv, &i));
    } else if (strcmp(a, "--errors-in") == 0 || strcmp(a, "--no-errors-in") == 0) {
      int with = a[2] == 'e';
      long k = parse_count(a, option_value(argc, argv, &i));
      int *n = with ? &opt->n_errors_in : &opt->n_no_errors_in;

      if (*n == MAX_INDEX_OPTIONS) {
        fprintf(stderr, "json-check: too many %s options\n", a);
        exit(2);
      }
      (with ? opt->errors_in : opt->no_errors_in)[(*n)++] = k;
    } else if (strcmp(a, "--date") == 0) {
      opt->date = option_value(argc, argv, &i);
    } else if (strcmp(a, "--sentences") == 0) {
      opt->sentences = 1;
    } else if (strcmp(a, "--check-spans") == 0) {
      opt->spans_file = option_value(argc, argv, &i);
    } else if (strcmp(a, "--print-sentences") == 0) {
      opt->print_sentences = 1;
    } else if (strcmp(a, "--jsonl") == 0) {
      opt->jsonl = 1;
    } else if (strcmp(a, "--help") == 0) {
      usage(stdout);
      exit(0);
    } else {
      fprintf(stderr, "json-check: unknown option '%s'\n", a);
      usage(stderr);
      exit(2);
    }
  }
  if (opt->print_sentences && !opt->sentences) {
    fputs("json-check: --print-sentences needs --sentences\n", stderr);
    exit(2);
  }
}

/* Document K's "errors" array is empty (WANT 0) or not (WANT 1). */
static void
check_errors_in(const json_t *documents, long k, int want)
{
  json_t *doc = json_array_get(documents, (size_t)k);
  json_t *errors;

  if (doc == NULL) {
    problem("documents[%ld]: no such document (there are %zu)", k,
            json_array_size(documents));
    return;
  }
  errors = json_object_get(doc, "errors");
  if (!json_is_array(errors))
    return; /* reported by the shape check */
  if (want && json_array_size(errors) == 0)
    problem("documents[%ld].errors: empty, expected the input's error", k);
  if (!want && json_array_size(errors) > 0) {
    json_t *message = json_object_get(json_array_get(errors, 0), "message");

    problem("documents[%ld].errors: expected none, got %zu (first: %s)", k,
            json_array_size(errors),
            json_is_string(message) ? json_string_value(message) : "?");
  }
}

/* The root object on IN, its "gainsay" member checked. NULL when it is
 * not JSON or not an object. */
static json_t *
read_root(FILE *in)
{
  json_error_t error;
  json_t *root, *meta;

  root = json_loadf(in, JSON_REJECT_DUPLICATES, &error);
  if (root == NULL) {
    fprintf(stderr, "json-check: not valid JSON: <stdin>:%d:%d: %s\n", error.line,
            error.column, error.text);
    return NULL;
  }
  if (!json_is_object(root)) {
    problem("root: expected an object, got %s", type_name(root));
    json_decref(root);
    return NULL;
  }
  meta = member(root, "root", "gainsay", T_OBJECT);
  if (meta != NULL) {
    member_string(meta, "gainsay", "version");
    member_int(meta, "gainsay", "report", 0);
  }
  return root;
}

/* --jsonl: JSON Lines on IN, one document object a line, made into a root
 * {"documents": [...]} (without "gainsay", which JSON Lines does not
 * have). NULL when a line is not JSON. */
static json_t *
read_jsonl(FILE *in)
{
  json_t *documents = json_array();
  char *line = NULL;
  size_t size = 0;
  ssize_t len;
  long n = 0;
  int bad = 0;

  while ((len = getline(&line, &size, in)) > 0) {
    json_error_t error;
    json_t *doc;

    n++;
    if (line[len - 1] != '\n')
      problem("line %ld: no newline at its end", n);
    else
      line[--len] = '\0';
    if ((size_t)len != strlen(line)) {
      problem("line %ld: a NUL byte", n);
      bad = 1;
      continue;
    }
    doc = json_loadb(line, (size_t)len, JSON_REJECT_DUPLICATES, &error);
    if (doc == NULL) {
      fprintf(stderr, "json-check: not valid JSON: <stdin>:%ld:%d: %s\n", n, error.column,
              error.text);
      bad = 1;
      continue;
    }
    json_array_append_new(documents, doc);
  }
  free(line);
  if (bad) {
    json_decref(documents);
    return NULL;
  }
  return json_pack("{s:o}", "documents", documents);
}

int
main(int argc, char **argv)
{
  Options opt = {.documents = -1};
  json_t *root, *documents, *doc;
  Bytes spans = {0};
  size_t i;

  parse_options(argc, argv, &opt);
  if (opt.spans_file != NULL && !read_file(opt.spans_file, &spans))
    return 2;

  root = opt.jsonl ? read_jsonl(stdin) : read_root(stdin);
  if (root == NULL)
    return 1;
  documents = opt.jsonl ? json_object_get(root, "documents")
                        : member(root, "root", "documents", T_ARRAY);
  if (documents != NULL) {
    json_array_foreach(documents, i, doc) {
      char at[64];
      int with_spans = i == 0 && opt.spans_file != NULL;

      if (opt.jsonl)
        snprintf(at, sizeof(at), "line %zu", i + 1);
      else
        snprintf(at, sizeof(at), "documents[%zu]", i);
      if (!json_is_object(doc)) {
        problem("%s: expected an object, got %s", at, type_name(doc));
        continue;
      }
      if (opt.sentences)
        check_sentences_document(doc, at, with_spans ? &spans : NULL, opt.spans_file);
      else
        check_report_document(doc, at, with_spans ? &spans : NULL, opt.spans_file);
    }
    if (opt.documents >= 0 && json_array_size(documents) != (size_t)opt.documents)
      problem("documents: %zu documents, expected %ld", json_array_size(documents),
              opt.documents);
    for (int k = 0; k < opt.n_errors_in; k++)
      check_errors_in(documents, opt.errors_in[k], 1);
    for (int k = 0; k < opt.n_no_errors_in; k++)
      check_errors_in(documents, opt.no_errors_in[k], 0);
    if (opt.spans_file != NULL && json_array_size(documents) == 0)
      problem("documents: none, so no spans to check against %s", opt.spans_file);
    if (opt.date != NULL) {
      json_t *date = json_object_get(json_array_get(documents, 0), "date");

      if (strcmp(opt.date, "null") == 0 ? !json_is_null(date)
                                        : !json_is_string(date) ||
                                              strcmp(json_string_value(date), opt.date) != 0)
        problem("documents[0].date: expected %s%s%s, got %s%s%s",
                strcmp(opt.date, "null") == 0 ? "" : "\"", opt.date,
                strcmp(opt.date, "null") == 0 ? "" : "\"",
                json_is_string(date) ? "\"" : "",
                json_is_string(date) ? json_string_value(date)
                : date == NULL       ? "nothing"
                                     : type_name(date),
                json_is_string(date) ? "\"" : "");
    }
  }

  if (problems == 0 && opt.print_sentences)
    print_sentences(documents);
  json_decref(root);
  free(spans.data);
  if (problems > 0) {
    fprintf(stderr, "json-check: %d problem%s\n", problems, problems == 1 ? "" : "s");
    return 1;
  }
  return 0;
}
