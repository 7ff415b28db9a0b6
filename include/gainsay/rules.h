/* gainsay — rules files: lexicons, rules and sides, loaded and checked.
 *
 * Owned by src/rules.c (the key-file loader, the schema table of rule
 * kinds and their keys, diagnostics). A GsRules is built once from one or
 * more files and then only read, by any number of threads at once.
 */
#pragma once

#include <glib.h>
#include <gainsay/api.h>
#include <gainsay/diagnostic.h>

GS_BEGIN_DECLS

#define GS_RULES_ERROR (gs_rules_error_quark())
GQuark gs_rules_error_quark(void);

/* Append-only: tests and scripts rely on these numbers. */
typedef enum {
  GS_RULES_ERROR_READ,          /* cannot read the file */
  GS_RULES_ERROR_SYNTAX,        /* not key-file syntax */
  GS_RULES_ERROR_UNKNOWN_GROUP, /* a group that is not gainsay, lexicon, rule or side */
  GS_RULES_ERROR_UNKNOWN_KEY,   /* a key the group or the rule's kind does not have */
  GS_RULES_ERROR_MISSING_KEY,   /* a required key is absent */
  GS_RULES_ERROR_BAD_VALUE,     /* a value of the wrong form */
  GS_RULES_ERROR_UNKNOWN_KIND,  /* kind= names no rule kind */
  GS_RULES_ERROR_UNKNOWN_LEXICON, /* a rule names a lexicon nobody defines */
  GS_RULES_ERROR_DUPLICATE,     /* a second group of the same name */
  GS_RULES_ERROR_INCLUDE_CYCLE, /* include= comes back to a file being read */
  GS_RULES_ERROR_LANGUAGE,      /* no Snowball stemmer for that language */
  GS_RULES_ERROR_TOO_LARGE,     /* a rules file or lexicon over the limits */
} GsRulesError;

/* Limits, documented in README "Limits". */
#define GS_RULES_MAX_FILE_BYTES (16u << 20)
#define GS_RULES_MAX_INCLUDE_DEPTH 16

typedef struct _GsRules GsRules;

/* An empty rule set (language "english"). */
GsRules *gs_rules_new(void);
void gs_rules_free(GsRules *rules);

/* Loads PATH (and what it includes) into RULES. Every problem found in any
 * file is appended to DIAGNOSTICS (GsDiagnostic, owned by the array) —
 * not just the first. Returns FALSE when any of them is an error; RULES
 * then holds what was valid. */
gboolean gs_rules_load_file(GsRules *rules, const char *path, GPtrArray *diagnostics);
/* The same from memory; NAME is what diagnostics call it, and includes are
 * resolved against the current directory. */
gboolean gs_rules_load_data(GsRules *rules, const char *name, const char *data, gsize len,
                            GPtrArray *diagnostics);

/* Overrides the language of the rules (--language). FALSE with ERROR
 * (GS_RULES_ERROR_LANGUAGE) when libstemmer has no such stemmer. */
gboolean gs_rules_set_language(GsRules *rules, const char *language, GError **error);
const char *gs_rules_get_language(const GsRules *rules);

guint gs_rules_get_n_rules(const GsRules *rules);
guint gs_rules_get_n_lexicons(const GsRules *rules);

/* The path of a shipped rules file (e.g. "english.rules"): beside the
 * source tree when run from a build directory, else the installed data
 * directory; $GAINSAY_RULES_DIR overrides both. Newly allocated. */
char *gs_rules_find_shipped(const char *name);

/* The rule kinds and their keys, one paragraph per kind, for
 * `gainsay rules --list`. */
void gs_rules_describe_kinds(GString *out);

/* Snowball languages libstemmer knows, NULL-terminated, static. */
const char **gs_rules_list_languages(void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(GsRules, gs_rules_free)

GS_END_DECLS
