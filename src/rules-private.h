/* The compiled form of a GsRules, read by the normaliser and the engine.
 * Built by src/rules.c; immutable after loading, so threads share it. */
#pragma once

#include <gainsay/document.h>
#include <gainsay/rules.h>

typedef enum {
  GS_RULE_NEGATION,   /* one source asserts what another negates */
  GS_RULE_OPPOSITION, /* a term of lexicon a against a term of lexicon b */
  GS_RULE_DENIAL,     /* a source denies what another claimed */
  GS_RULE_NUMERIC,    /* the same counted thing, different values */
  GS_RULE_N_KINDS,
} GsRuleKind;

typedef enum {
  GS_SCOPE_DIFFERENT_SOURCES,
  GS_SCOPE_DIFFERENT_SIDES,
  GS_SCOPE_ANY,
} GsRuleScope;

typedef struct {
  char *text;      /* as written in the rules file */
  char **stems;    /* its words stemmed, NULL-terminated */
  guint n_stems;
  guint lexicon;   /* index of its lexicon */
  gboolean negative; /* holds a negation word ("no progress", "never sell") */
  gboolean exact;    /* its words must stand together, stop words included */
} GsTerm;

typedef struct {
  char *name;
  char *description;
  GPtrArray *terms; /* GsTerm */
  char *file;
  guint line;
} GsLexicon;

typedef struct {
  char *name;
  GsRuleKind kind;
  GsLevel severity;
  GsRuleScope scope;
  char *message;
  char *description;
  gboolean enabled;
  guint lexicon_a;   /* opposition a, denial lexicon, negation restriction; G_MAXUINT none */
  guint lexicon_b;   /* opposition b, denial cues; G_MAXUINT none */
  double tolerance;  /* numeric: relative difference allowed, 0.1 = 10% */
  guint min_shared;  /* negation: shared content words besides the negated one */
  char *file;
  guint line;
} GsRule;

typedef struct {
  char *name;
  char **members; /* lower-case words; a source belongs when its name holds one */
} GsSide;

struct _GsRules {
  char *language;
  gboolean language_set;   /* by --language: rules files do not override it */
  GPtrArray *lexicons;     /* GsLexicon */
  GPtrArray *rules;        /* GsRule */
  GPtrArray *sides;        /* GsSide */
  GHashTable *lexicon_index; /* name → index + 1 */
  GHashTable *rule_index;    /* name → index + 1 */
  GHashTable *side_index;    /* name → index + 1 */
  GHashTable *term_index;  /* first stem → GPtrArray of GsTerm (borrowed) */
  GHashTable *stop_words;  /* lower-case words */
  GHashTable *negation_cues;   /* lower-case words: no, not, never … */
  GHashTable *negating_verbs;  /* lower-case cue words that negate their content: denied … */
  GHashTable *negation_stops;  /* words that end a negation's scope: in, at, over … */
  GHashTable *word_forms;  /* irregular form → the word it is a form of: met → meet */
  GPtrArray *negation_exceptions; /* phrases, lower case: "not only", "not the first" */
  GPtrArray *negation_phrases; /* negation cues of several words: "yet to", "far from" */
  GHashTable *negation_stems;  /* stems of the negation cues, for term compilation */
  GHashTable *word_flags;  /* word → GsRulesWordFlags: the sets above in one lookup */
  double topic_threshold;
  guint max_term_words;
  guint serial;            /* new at every compile: tells the vocabulary's cached view of a word is stale */
};

typedef enum {
  GS_RULES_WORD_STOP = 1 << 0,
  GS_RULES_WORD_NEGATION_CUE = 1 << 1,
  GS_RULES_WORD_NEGATION_STOP = 1 << 2,
} GsRulesWordFlags;

/* Stems every lexicon term with the current language (after loading or a
 * language change). */
void gs_rules_compile(GsRules *rules);

/* Stems one lower-case word into OUT (cleared first). */
void gs_rules_stem(const GsRules *rules, const char *lower, gsize len, GString *out);
