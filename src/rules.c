/* STUB — replaced by the real loader in the rule-engine work. */
#include "gs-config.h"
#include <gainsay/rules.h>
#include <libstemmer.h>
#include <string.h>
#include <unistd.h>

G_DEFINE_QUARK(gs-rules-error-quark, gs_rules_error)

struct _GsRules {
  char *language;
};

GsRules *
gs_rules_new(void)
{
  GsRules *rules = g_new0(GsRules, 1);

  rules->language = g_strdup("english");
  return rules;
}

void
gs_rules_free(GsRules *rules)
{
  if (rules == NULL)
    return;
  g_free(rules->language);
  g_free(rules);
}

gboolean
gs_rules_load_file(GsRules *rules, const char *path, GPtrArray *diagnostics)
{
  return TRUE;
}

gboolean
gs_rules_load_data(GsRules *rules, const char *name, const char *data, gsize len,
                   GPtrArray *diagnostics)
{
  return TRUE;
}

gboolean
gs_rules_set_language(GsRules *rules, const char *language, GError **error)
{
  g_free(rules->language);
  rules->language = g_strdup(language);
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
  return 0;
}

guint
gs_rules_get_n_lexicons(const GsRules *rules)
{
  return 0;
}

char *
gs_rules_find_shipped(const char *name)
{
  return g_build_filename(GS_SOURCE_RULES_DIR, name, NULL);
}

void
gs_rules_describe_kinds(GString *out)
{
}

const char **
gs_rules_list_languages(void)
{
  return sb_stemmer_list();
}
