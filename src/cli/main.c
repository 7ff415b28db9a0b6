/* gainsay: the command-line tool.
 *
 * A thin layer over libgainsay's public API: it parses the command line,
 * reads each input, runs the pipeline, writes the chosen format and turns
 * what happened into the exit status (see README "Exit status"). It is the
 * only place that prints or exits.
 *
 * This file holds the options, the commands and the printing; inputs.c
 * turns the arguments into documents (files, directories, JSON Lines) and
 * jobs.c runs the documents, several at once with -j, handing them back
 * here in input order.
 */
#include "gs-config.h"
#include "cli.h"
#include "inputs.h"
#include "jobs.h"
#include "json-arena.h"
#include "output.h"
#include "rules-command.h"

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

/* -j beyond this is surely a typo; the window of documents in flight
 * grows with it. */
#define MAX_JOBS 1024

/* Everything the options set, shared by all commands. */
typedef struct {
  char *format_name;
  char *input_format_name;
  GsCliInputFormat input_format;
  int jobs;
  char **rules_files;
  gboolean no_default_rules;
  char *language;
  char *fail_on_name;
  char *color_name;
  gboolean color;
  gboolean version;
  char **inputs;
  GsCliSettings settings; /* what every document is processed with */

  /* what happened */
  gboolean had_error;
  gboolean had_failing_finding;
  gboolean output_failed;
  int output_errno;  /* why, saved before later calls change errno */
  json_t *json_root; /* --format=json: every document, printed at the end */
  GsRules *rules;
} Cli;

static void render_check(const GsCliSettings *settings, const GsDocument *doc, GsCliJob *job);
static void render_statements(const GsCliSettings *settings, const GsDocument *doc,
                              GsCliJob *job);
static void render_sentences(const GsCliSettings *settings, const GsDocument *doc,
                             GsCliJob *job);

/* The first is the default, used when no command word is given. */
static const GsCliCommand commands[] = {
  {"check", "FILE…", "report where the sources of each article disagree (the default)",
   GS_STAGE_ALL, render_check, gs_report_failed_document_to_json},
  {"statements", "FILE…", "list who said what: each attributed statement", GS_STAGE_ATTRIBUTION,
   render_statements, gs_report_failed_document_to_json},
  {"sentences", "FILE…", "show how the text splits into sentences", GS_STAGE_TEXT,
   render_sentences, gs_report_failed_sentences_to_json},
};

/* The render functions run on worker threads: they read SETTINGS and DOC
 * and write only into JOB. */

static void
render_check(const GsCliSettings *settings, const GsDocument *doc, GsCliJob *job)
{
  guint n;
  const GsFinding *findings = gs_document_get_findings(doc, &n);

  for (guint i = 0; i < n; i++) {
    if (settings->fail_on >= 0 && (int)findings[i].severity <= settings->fail_on)
      job->failing_finding = TRUE;
  }
  if (settings->format == GS_CLI_FORMAT_TEXT)
    gs_report_document_to_text(doc, &settings->report, job->out);
  else
    job->json = gs_report_document_to_json(doc);
}

static void
render_statements(const GsCliSettings *settings, const GsDocument *doc, GsCliJob *job)
{
  if (settings->format == GS_CLI_FORMAT_TEXT)
    gs_report_statements_to_text(doc, &settings->report, job->out);
  else
    job->json = gs_report_document_to_json(doc);
}

static void
render_sentences(const GsCliSettings *settings, const GsDocument *doc, GsCliJob *job)
{
  GsText *text = gs_document_get_text(doc);

  if (settings->format == GS_CLI_FORMAT_TEXT)
    gs_report_sentences_to_text(text, job->out);
  else
    job->json = gs_report_sentences_to_json(text);
}

static void
cli_output_failed(Cli *cli)
{
  cli->output_failed = TRUE;
  cli->output_errno = errno != 0 ? errno : EIO;
}

/* Prints one finished document, in input order: its report, then its
 * messages. FALSE once stdout has failed: nobody reads what follows. */
static gboolean
cli_deliver(GsCliJob *job, gpointer data)
{
  Cli *cli = data;

  cli->had_error |= job->error;
  cli->had_failing_finding |= job->failing_finding;
  if (job->json != NULL) {
    json_array_append_new(gs_report_json_get_documents(cli->json_root),
                          g_steal_pointer(&job->json));
  }
  if (!cli->output_failed && !gs_cli_write(job->out->str, job->out->len))
    cli_output_failed(cli);
  /* A JSON Lines reader downstream gets each document as soon as it is
   * done; one write per document costs little beside the analysis. */
  if (!cli->output_failed && cli->settings.format == GS_CLI_FORMAT_JSONL && !gs_cli_flush())
    cli_output_failed(cli);
  gs_cli_write_stderr(job->err->str, job->err->len);
  return !cli->output_failed;
}

static gboolean
cli_check_options(Cli *cli, GError **error)
{
  GsCliSettings *settings = &cli->settings;

  if (cli->format_name == NULL || g_strcmp0(cli->format_name, "text") == 0) {
    settings->format = GS_CLI_FORMAT_TEXT;
  } else if (g_strcmp0(cli->format_name, "json") == 0) {
    settings->format = GS_CLI_FORMAT_JSON;
  } else if (g_strcmp0(cli->format_name, "jsonl") == 0) {
    settings->format = GS_CLI_FORMAT_JSONL;
  } else {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "unknown --format '%s' (expected text, json or jsonl)", cli->format_name);
    return FALSE;
  }
  if (cli->input_format_name == NULL || g_strcmp0(cli->input_format_name, "text") == 0) {
    cli->input_format = GS_CLI_INPUT_TEXT;
  } else if (g_strcmp0(cli->input_format_name, "jsonl") == 0) {
    cli->input_format = GS_CLI_INPUT_JSONL;
  } else {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "unknown --input-format '%s' (expected text or jsonl)", cli->input_format_name);
    return FALSE;
  }
  if (cli->jobs < 0 || cli->jobs > MAX_JOBS) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "--jobs %d is out of range (expected 0 to %d; 0 is one per CPU)", cli->jobs,
                MAX_JOBS);
    return FALSE;
  }
  if (cli->jobs == 0)
    cli->jobs = (int)CLAMP(g_get_num_processors(), 1, MAX_JOBS);
  if (cli->fail_on_name == NULL || g_strcmp0(cli->fail_on_name, "any") == 0) {
    settings->fail_on = GS_LEVEL_LOW;
  } else if (g_strcmp0(cli->fail_on_name, "never") == 0) {
    settings->fail_on = -1;
  } else {
    GsLevel level;

    if (!gs_level_from_string(cli->fail_on_name, &level)) {
      g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                  "unknown --fail-on '%s' (expected high, medium, low, any or never)",
                  cli->fail_on_name);
      return FALSE;
    }
    settings->fail_on = (int)level;
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
  /* Asked once, here: the workers must not each query the terminal. */
  settings->report.width = gs_cli_terminal_width();
  settings->report.color = cli->color;
  return TRUE;
}

static char *
cli_commands_description(void)
{
  GString *s = g_string_new("Commands:\n");

  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
    g_string_append_printf(s, "  %-12s %s\n", commands[i].name, commands[i].summary);
  g_string_append_printf(s, "  %-12s %s\n", "rules",
                         "check rules files (--check FILE…) or list rule kinds (--list)");
  g_string_append(
    s, "\nA FILE of '-' reads standard input. A directory stands for its *.txt files\n"
       "(*.jsonl with --input-format=jsonl), sorted by name, not recursively; a\n"
       "directory without any is an input error.\n"
       "\nWith --input-format=jsonl, each line of a FILE is one article, a JSON object\n"
       "{\"id\": \"…\", \"text\": \"…\"}, named by its id (else FILE:LINE) in reports.\n"
       "Blank lines are skipped; a bad line is reported as FILE:LINE:COL, counts as\n"
       "an input error, and the lines after it are still read.\n"
       "\n--format=json prints one object holding every document, at the end, so it\n"
       "keeps them all in memory; --format=jsonl prints each document's object on a\n"
       "line of its own as soon as it is done, in input order, and keeps none.\n"
       "With -j N, N documents are analysed at once; the output is the same as\n"
       "with -j 1, byte for byte and in the same order.\n"
       "\nExit status: 0 no finding at or above --fail-on; 1 findings;\n"
       "2 a usage, input, rules or output error (other inputs are still read).\n");
  return g_string_free(s, FALSE);
}

static const GsCliCommand *
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
  g_free(cli->input_format_name);
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
  Cli cli = {.jobs = 1};
  const GsCliCommand *command = &commands[0];
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *parameters = NULL;
  g_auto(GStrv) args = NULL;
  const GOptionEntry entries[] = {
    {"format", 'f', 0, G_OPTION_ARG_STRING, &cli.format_name,
     "Output format: text (default), json or jsonl (one document a line)", "FORMAT"},
    {"input-format", 0, 0, G_OPTION_ARG_STRING, &cli.input_format_name,
     "Input format: text (default; a file is an article) or jsonl (a line is one)", "FORMAT"},
    {"jobs", 'j', 0, G_OPTION_ARG_INT, &cli.jobs,
     "Analyse N documents at once (default 1; 0: one per CPU)", "N"},
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
  GsCliInputs *inputs;
  gboolean command_word_later = TRUE; /* no command word first, no "--" */
  const GsCliCommand *later;
  int status;

  setlocale(LC_ALL, "");
  /* `gainsay rules …` has options of its own (rules-command.c). */
  if (argc > 1 && strcmp(argv[1], "rules") == 0)
    return gs_cli_rules_main(argc - 1, argv + 1);
  /* A closed pipe is an output error we report, not a silent death. */
  signal(SIGPIPE, SIG_IGN);

  /* The command word, when there is one, comes first (or after the
   * options: see below). */
  args = g_new0(char *, 2 * (gsize)argc + 1);
  args[0] = g_strdup(argv[0]);
  {
    int j = 1;
    gboolean options_end = FALSE;

    for (int i = 1; i < argc; i++) {
      const GsCliCommand *found = i == 1 ? cli_find_command(argv[i]) : NULL;

      if (found != NULL) {
        command = found;
        command_word_later = FALSE;
      } else if (!options_end && g_str_has_prefix(argv[i], "-j") && argv[i][2] != '\0' &&
                 strspn(argv[i] + 2, "0123456789") == strlen(argv[i] + 2)) {
        /* GOption takes a short option's value only from the next
         * argument; -j4, as make has it, would be a puzzling error. */
        args[j++] = g_strdup("-j");
        args[j++] = g_strdup(argv[i] + 2);
      } else {
        if (strcmp(argv[i], "--") == 0) {
          /* after "--" every word is a file */
          options_end = TRUE;
          command_word_later = FALSE;
        }
        args[j++] = g_strdup(argv[i]);
      }
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
  /* The command word may follow the options too ("gainsay -f json
   * statements a.txt"), unless one came first ("gainsay check
   * sentences" checks a file), "--" ended the options, or a file of that
   * name is meant. */
  if (command_word_later && cli.inputs != NULL && cli.inputs[0] != NULL &&
      (later = cli_find_command(cli.inputs[0])) != NULL &&
      !g_file_test(cli.inputs[0], G_FILE_TEST_EXISTS)) {
    command = later;
    g_free(cli.inputs[0]);
    memmove(cli.inputs, cli.inputs + 1, g_strv_length(cli.inputs) * sizeof(char *));
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
  cli.settings.command = command;
  cli.settings.rules = cli.rules;
  /* Jansson seeds its hash function on first use: do it here, before the
   * workers race to. */
  json_object_seed(0);
  gs_cli_json_arena_install();
  if (cli.settings.format == GS_CLI_FORMAT_JSON)
    cli.json_root = gs_report_json_new_root();
  inputs = gs_cli_inputs_new((const char *const *)cli.inputs, cli.input_format);
  gs_cli_jobs_run(inputs, &cli.settings, (guint)cli.jobs, cli_deliver, &cli);
  gs_cli_inputs_free(inputs);
  if (cli.settings.format == GS_CLI_FORMAT_JSON && !cli.output_failed) {
    g_autofree char *dump = json_dumps(cli.json_root, JSON_INDENT(2));

    if (dump == NULL || !gs_cli_write(dump, strlen(dump)) || !gs_cli_write("\n", 1))
      cli_output_failed(&cli);
  }
  if (!gs_cli_flush() && !cli.output_failed)
    cli_output_failed(&cli);
  if (cli.output_failed) {
    gs_cli_error("cannot write output: %s", g_strerror(cli.output_errno));
    cli.had_error = TRUE;
  }
  status = cli.had_error ? EXIT_TROUBLE : cli.had_failing_finding ? EXIT_FINDINGS : EXIT_CLEAN;
  cli_clear(&cli);
  return status;
}
