/* gainsay: the command-line tool.
 *
 * A thin layer over libgainsay's public API: it parses the command line,
 * reads each input, runs the pipeline, writes the chosen format and turns
 * what happened into the exit status (see README "Exit status"). It is the
 * only place that prints or exits.
 */
#include "gs-config.h"
#include "output.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum {
  EXIT_CLEAN = 0,    /* no finding at or above --fail-on */
  EXIT_FINDINGS = 1, /* findings at or above --fail-on */
  EXIT_TROUBLE = 2,  /* a usage, input, rules or output error */
};

typedef enum {
  FORMAT_TEXT,
  FORMAT_JSON,
} OutputFormat;

/* Everything the options set, shared by all commands. */
typedef struct {
  char *format_name;
  OutputFormat format;
  char **rules_files;
  gboolean no_default_rules;
  char *language;
  char *fail_on_name;
  int fail_on;  /* lowest GsLevel that fails, or -1 for never */
  char *color_name;
  gboolean color;
  gboolean version;
  char **inputs;

  /* what happened */
  gboolean had_error;
  gboolean had_failing_finding;
  gboolean output_failed;
  json_t *json_root;
  GsRules *rules;
} Cli;

typedef struct {
  const char *name;
  const char *parameters;
  const char *summary;
  GsStage stages; /* how far down the pipeline each document goes */
  void (*run_document)(Cli *cli, GsDocument *doc);
  /* the entry of an input that could not be read, in this command's shape */
  json_t *(*failed_json)(const char *path, const GsDiagnostic *diag);
} Command;

static void run_check(Cli *cli, GsDocument *doc);
static void run_statements(Cli *cli, GsDocument *doc);
static void run_sentences(Cli *cli, GsDocument *doc);

/* The first is the default, used when no command word is given. */
static const Command commands[] = {
  {"check", "FILE…", "report where the sources of each article disagree (the default)",
   GS_STAGE_ALL, run_check, gs_report_failed_document_to_json},
  {"statements", "FILE…", "list who said what: each attributed statement", GS_STAGE_ATTRIBUTION,
   run_statements, gs_report_failed_document_to_json},
  {"sentences", "FILE…", "show how the text splits into sentences", GS_STAGE_TEXT, run_sentences,
   gs_report_failed_sentences_to_json},
};

static void
cli_write_string(Cli *cli, const GString *s)
{
  if (cli->output_failed)
    return;
  if (!gs_cli_write(s->str, s->len))
    cli->output_failed = TRUE;
}

static void
cli_add_json_document(Cli *cli, json_t *doc_json)
{
  json_array_append_new(gs_report_json_get_documents(cli->json_root), doc_json);
}

static void
cli_note_findings(Cli *cli, GsDocument *doc)
{
  guint n;
  const GsFinding *findings = gs_document_get_findings(doc, &n);

  for (guint i = 0; i < n; i++) {
    if (cli->fail_on >= 0 && (int)findings[i].severity <= cli->fail_on)
      cli->had_failing_finding = TRUE;
  }
}

static GsReportOptions
cli_report_options(const Cli *cli)
{
  GsReportOptions options = {
    .width = gs_cli_terminal_width(),
    .color = cli->color,
  };

  return options;
}

static void
run_check(Cli *cli, GsDocument *doc)
{
  cli_note_findings(cli, doc);
  if (cli->format == FORMAT_JSON) {
    cli_add_json_document(cli, gs_report_document_to_json(doc));
  } else {
    g_autoptr(GString) out = g_string_new(NULL);
    GsReportOptions options = cli_report_options(cli);

    gs_report_document_to_text(doc, &options, out);
    cli_write_string(cli, out);
  }
}

static void
run_statements(Cli *cli, GsDocument *doc)
{
  if (cli->format == FORMAT_JSON) {
    cli_add_json_document(cli, gs_report_document_to_json(doc));
  } else {
    g_autoptr(GString) out = g_string_new(NULL);
    GsReportOptions options = cli_report_options(cli);

    gs_report_statements_to_text(doc, &options, out);
    cli_write_string(cli, out);
  }
}

static void
run_sentences(Cli *cli, GsDocument *doc)
{
  GsText *text = gs_document_get_text(doc);

  if (cli->format == FORMAT_JSON) {
    cli_add_json_document(cli, gs_report_sentences_to_json(text));
  } else {
    g_autoptr(GString) out = g_string_new(NULL);

    gs_report_sentences_to_text(text, out);
    cli_write_string(cli, out);
  }
}

static void
cli_process_input(Cli *cli, const Command *command, const char *path)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = gs_text_new_from_file(path, &diag);
  g_autoptr(GsDocument) doc = NULL;
  GPtrArray *diags;

  if (text == NULL) {
    gs_cli_diagnostic(diag, FALSE);
    cli->had_error = TRUE;
    if (cli->format == FORMAT_JSON)
      cli_add_json_document(cli, command->failed_json(path, diag));
    return;
  }
  doc = gs_pipeline_run(text, cli->rules, command->stages);
  command->run_document(cli, doc);
  diags = gs_document_get_diagnostics(doc);
  for (guint i = 0; i < diags->len; i++) {
    const GsDiagnostic *d = g_ptr_array_index(diags, i);

    gs_cli_diagnostic(d, TRUE);
    if (d->severity == GS_SEVERITY_ERROR)
      cli->had_error = TRUE;
  }
}

static gboolean
cli_check_options(Cli *cli, GError **error)
{
  if (cli->format_name == NULL || g_strcmp0(cli->format_name, "text") == 0) {
    cli->format = FORMAT_TEXT;
  } else if (g_strcmp0(cli->format_name, "json") == 0) {
    cli->format = FORMAT_JSON;
  } else {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "unknown --format '%s' (expected text or json)", cli->format_name);
    return FALSE;
  }
  if (cli->fail_on_name == NULL || g_strcmp0(cli->fail_on_name, "any") == 0) {
    cli->fail_on = GS_LEVEL_LOW;
  } else if (g_strcmp0(cli->fail_on_name, "never") == 0) {
    cli->fail_on = -1;
  } else {
    GsLevel level;

    if (!gs_level_from_string(cli->fail_on_name, &level)) {
      g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                  "unknown --fail-on '%s' (expected high, medium, low, any or never)",
                  cli->fail_on_name);
      return FALSE;
    }
    cli->fail_on = (int)level;
  }
  if (cli->color_name == NULL || g_strcmp0(cli->color_name, "auto") == 0) {
    cli->color = isatty(STDOUT_FILENO) && g_getenv("NO_COLOR") == NULL &&
                 g_strcmp0(g_getenv("TERM"), "dumb") != 0;
  } else if (g_strcmp0(cli->color_name, "always") == 0) {
    cli->color = TRUE;
  } else if (g_strcmp0(cli->color_name, "never") == 0) {
    cli->color = FALSE;
  } else {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "unknown --color '%s' (expected auto, always or never)", cli->color_name);
    return FALSE;
  }
  return TRUE;
}

static char *
cli_commands_description(void)
{
  GString *s = g_string_new("Commands:\n");

  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
    g_string_append_printf(s, "  %-12s %s\n", commands[i].name, commands[i].summary);
  g_string_append(s,
                  "\nA FILE of '-' reads standard input.\n"
                  "\nExit status: 0 no finding at or above --fail-on; 1 findings;\n"
                  "2 a usage, input, rules or output error (other files are still read).\n");
  return g_string_free(s, FALSE);
}

static const Command *
cli_find_command(const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++) {
    if (g_strcmp0(commands[i].name, name) == 0)
      return &commands[i];
  }
  return NULL;
}

static void
cli_clear(Cli *cli)
{
  g_free(cli->format_name);
  g_strfreev(cli->rules_files);
  g_free(cli->fail_on_name);
  g_free(cli->color_name);
  g_free(cli->language);
  g_strfreev(cli->inputs);
  if (cli->json_root != NULL)
    json_decref(cli->json_root);
  g_clear_pointer(&cli->rules, gs_rules_free);
}

/* The shipped english.rules (unless --no-default-rules), then each
 * --rules FILE. Every problem in every file is reported; FALSE when any
 * is an error. */
static gboolean
cli_load_rules(Cli *cli)
{
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func((GDestroyNotify)gs_diagnostic_free);
  gboolean ok = TRUE;

  cli->rules = gs_rules_new();
  if (!cli->no_default_rules) {
    g_autofree char *path = gs_rules_find_shipped("english.rules");

    ok &= gs_rules_load_file(cli->rules, path, diags);
  }
  for (guint i = 0; cli->rules_files != NULL && cli->rules_files[i] != NULL; i++)
    ok &= gs_rules_load_file(cli->rules, cli->rules_files[i], diags);
  if (ok && cli->language != NULL) {
    g_autoptr(GError) error = NULL;

    if (!gs_rules_set_language(cli->rules, cli->language, &error)) {
      gs_cli_error("%s", error->message);
      ok = FALSE;
    }
  }
  for (guint i = 0; i < diags->len; i++)
    gs_cli_diagnostic(g_ptr_array_index(diags, i), TRUE);
  return ok;
}

int
main(int argc, char **argv)
{
  Cli cli = {0};
  const Command *command = &commands[0];
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *parameters = NULL;
  g_auto(GStrv) args = NULL;
  const GOptionEntry entries[] = {
    {"format", 'f', 0, G_OPTION_ARG_STRING, &cli.format_name,
     "Output format: text (default) or json", "FORMAT"},
    {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &cli.rules_files,
     "Load rules from FILE too (repeatable)", "FILE"},
    {"no-default-rules", 0, 0, G_OPTION_ARG_NONE, &cli.no_default_rules,
     "Do not load the shipped english.rules", NULL},
    {"language", 0, 0, G_OPTION_ARG_STRING, &cli.language,
     "Stemmer language (a Snowball name; default: from the rules, else english)", "LANG"},
    {"fail-on", 0, 0, G_OPTION_ARG_STRING, &cli.fail_on_name,
     "Exit 1 on findings of this severity or above: high, medium, low, any (default), never",
     "LEVEL"},
    {"color", 0, 0, G_OPTION_ARG_STRING, &cli.color_name,
     "Colour the text report: auto (default), always, never", "WHEN"},
    {"version", 'V', 0, G_OPTION_ARG_NONE, &cli.version, "Show the version and exit", NULL},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &cli.inputs, NULL, NULL},
    {NULL},
  };
  int status;

  setlocale(LC_ALL, "");
  /* A closed pipe is an output error we report, not a silent death. */
  signal(SIGPIPE, SIG_IGN);

  /* The command word, when there is one, comes first. */
  args = g_new0(char *, argc + 1);
  args[0] = g_strdup(argv[0]);
  {
    int j = 1;

    for (int i = 1; i < argc; i++) {
      const Command *found = i == 1 ? cli_find_command(argv[i]) : NULL;

      if (found != NULL)
        command = found;
      else
        args[j++] = g_strdup(argv[i]);
    }
  }

  parameters = g_strdup_printf("%s%s%s", command == &commands[0] ? "[COMMAND] " : "",
                               command == &commands[0] ? "" : command->name,
                               command == &commands[0] ? command->parameters : "");
  if (command != &commands[0]) {
    g_free(parameters);
    parameters = g_strdup_printf("%s %s", command->name, command->parameters);
  }
  context = g_option_context_new(parameters);
  g_option_context_set_summary(context, command == &commands[0]
                                            ? "Report where the sources quoted in news articles disagree."
                                            : command->summary);
  description = cli_commands_description();
  g_option_context_set_description(context, description);
  g_option_context_add_main_entries(context, entries, NULL);
  if (!g_option_context_parse_strv(context, &args, &error) ||
      !cli_check_options(&cli, &error)) {
    gs_cli_error("%s", error->message);
    fprintf(stderr, "Try 'gainsay --help' for more information.\n");
    cli_clear(&cli);
    return EXIT_TROUBLE;
  }
  if (cli.version) {
    printf("gainsay %s\n", gs_version());
    cli_clear(&cli);
    return EXIT_CLEAN;
  }
  if (cli.inputs == NULL || cli.inputs[0] == NULL) {
    gs_cli_error("no input files (use '-' for standard input)");
    fprintf(stderr, "Try 'gainsay --help' for more information.\n");
    cli_clear(&cli);
    return EXIT_TROUBLE;
  }

  /* Bad rules stop everything: every finding would be suspect. */
  if (command->stages >= GS_STAGE_ALL && !cli_load_rules(&cli)) {
    cli_clear(&cli);
    return EXIT_TROUBLE;
  }
  if (cli.format == FORMAT_JSON)
    cli.json_root = gs_report_json_new_root();
  for (guint i = 0; cli.inputs[i] != NULL; i++)
    cli_process_input(&cli, command, cli.inputs[i]);
  if (cli.format == FORMAT_JSON && !cli.output_failed) {
    g_autofree char *dump = json_dumps(cli.json_root, JSON_INDENT(2) | JSON_ENSURE_ASCII * 0);

    if (dump == NULL || !gs_cli_write(dump, strlen(dump)) || !gs_cli_write("\n", 1))
      cli.output_failed = TRUE;
  }
  if (!gs_cli_flush())
    cli.output_failed = TRUE;
  if (cli.output_failed) {
    gs_cli_error("cannot write output: %s", g_strerror(errno != 0 ? errno : EIO));
    cli.had_error = TRUE;
  }
  status = cli.had_error ? EXIT_TROUBLE : cli.had_failing_finding ? EXIT_FINDINGS : EXIT_CLEAN;
  cli_clear(&cli);
  return status;
}
