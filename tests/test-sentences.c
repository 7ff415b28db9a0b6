/* Unit tests for the tokeniser and sentence splitter.
 *
 * The table holds news-prose cases and, in our own words, the situations
 * of the well-known "golden rules" for English sentence boundaries. Each
 * case names what it is about; a failing case prints its input, what was
 * expected and what came out, so that a failure reads on its own. */
#include "gs-test.h"
#include <gainsay/text.h>
#include <stdio.h>
#include <string.h>

#define MAX_SENTENCES 10

typedef struct {
  const char *name;  /* what the case is about */
  const char *input;
  const char *sentences[MAX_SENTENCES]; /* expected, folded; NULL-terminated */
  const char *paragraphs; /* paragraph of each sentence, one digit each; or NULL */
} SplitCase;

static const SplitCase cases[] = {
  /* ---- units ---- */
  {"a capital after a number is a unit, not an initial",
   "Bake the bread at 220 C. Serve it warm. The letter was signed by George W. Ames.",
   {"Bake the bread at 220 C.", "Serve it warm.", "The letter was signed by George W. Ames.",
    NULL},
   NULL},
  /* ---- reference marks ---- */
  {"reference marks glued to a full stop end its sentence",
   "The bridge opened in 1990.[2][3] It closed in 2001. The list [1] is long.",
   {"The bridge opened in 1990.[2][3]", "It closed in 2001.", "The list [1] is long.", NULL},
   NULL},
  /* ---- titles and abbreviations ---- */
  {"simple full stops", "Mr. Smith left. He was tired.",
   {"Mr. Smith left.", "He was tired.", NULL}, NULL},
  {"Mrs. before a name", "Mrs. Okafor voted against the plan. Her neighbour voted for it.",
   {"Mrs. Okafor voted against the plan.", "Her neighbour voted for it.", NULL}, NULL},
  {"Dr. before a name", "The samples were checked by Dr. Lin on Friday. The results were clear.",
   {"The samples were checked by Dr. Lin on Friday.", "The results were clear.", NULL}, NULL},
  {"Gen. and Lt. Col.", "Gen. Ortiz and Lt. Col. Baker toured the base. Both declined to comment.",
   {"Gen. Ortiz and Lt. Col. Baker toured the base.", "Both declined to comment.", NULL}, NULL},
  {"Sen., Rep. and Gov.",
   "Sen. Warrick and Rep. Dalton met Gov. Reyes in the capital. No deal was reached.",
   {"Sen. Warrick and Rep. Dalton met Gov. Reyes in the capital.", "No deal was reached.", NULL},
   NULL},
  {"U.S. before a capitalised name", "The measure passed the U.S. Senate on Tuesday.",
   {"The measure passed the U.S. Senate on Tuesday.", NULL}, NULL},
  {"U.S. ending a sentence", "Prices rose sharply in the U.S. The trend worried economists.",
   {"Prices rose sharply in the U.S.", "The trend worried economists.", NULL}, NULL},
  {"U.S. before a lower-case word", "She has worked in the U.S. for eleven years.",
   {"She has worked in the U.S. for eleven years.", NULL}, NULL},
  {"U.S. before a comma", "Born in the U.S., he moved to Canada as a child.",
   {"Born in the U.S., he moved to Canada as a child.", NULL}, NULL},
  {"U.S. before a question", "Have you lived in the U.S. Why not?",
   {"Have you lived in the U.S.", "Why not?", NULL}, NULL},
  {"U.K. and E.U. at sentence ends", "Exports to the U.K. fell. Imports from the E.U. rose.",
   {"Exports to the U.K. fell.", "Imports from the E.U. rose.", NULL}, NULL},
  {"E.U. ending a sentence before How", "Farmers want more help from the E.U. How much is unclear.",
   {"Farmers want more help from the E.U.", "How much is unclear.", NULL}, NULL},
  {"U.N. inside a name", "The U.N. Security Council met again. It issued no statement.",
   {"The U.N. Security Council met again.", "It issued no statement.", NULL}, NULL},
  {"U.S.A. mid-sentence", "They toured the U.S.A. by bus last summer.",
   {"They toured the U.S.A. by bus last summer.", NULL}, NULL},
  {"Inc. and Corp.", "Acme Inc. said profits doubled. Rival Globex Corp. disagreed.",
   {"Acme Inc. said profits doubled.", "Rival Globex Corp. disagreed.", NULL}, NULL},
  {"Ltd. mid-sentence", "Shares of Brightwater Ltd. rose 4 percent on Monday.",
   {"Shares of Brightwater Ltd. rose 4 percent on Monday.", NULL}, NULL},
  {"Co. ending a sentence", "The contract went to Bell, Hart & Co. It was signed in June.",
   {"The contract went to Bell, Hart & Co.", "It was signed in June.", NULL}, NULL},
  {"Co. mid-sentence", "The contract went to Bell, Hart & Co. after a long search.",
   {"The contract went to Bell, Hart & Co. after a long search.", NULL}, NULL},
  {"lower-case co. mid-sentence", "Did you see Sam and co. at the station?",
   {"Did you see Sam and co. at the station?", NULL}, NULL},
  {"lower-case co. ending a sentence", "Ask Sam and co. They were there.",
   {"Ask Sam and co.", "They were there.", NULL}, NULL},
  {"Jr. ending a sentence", "The first speaker was Martin Luther King Jr. His speech was short.",
   {"The first speaker was Martin Luther King Jr.", "His speech was short.", NULL}, NULL},
  {"possessive after Jr.", "That was Samuel Otis Jr.'s old office.",
   {"That was Samuel Otis Jr.'s old office.", NULL}, NULL},
  {"St. and Mt.", "The church on St. Mark's Road is closed. Services moved to Mt. Hope Chapel.",
   {"The church on St. Mark's Road is closed.", "Services moved to Mt. Hope Chapel.", NULL}, NULL},
  {"lower-case st. for street", "The bakery on 9th st. near the park sells rye.",
   {"The bakery on 9th st. near the park sells rye.", NULL}, NULL},
  {"No. before a number", "He lives at No. 10 and works at No. 12. Neither house has a garden.",
   {"He lives at No. 10 and works at No. 12.", "Neither house has a garden.", NULL}, NULL},
  {"No. as an answer", "No. The answer is still no.",
   {"No.", "The answer is still no.", NULL}, NULL},
  {"Sept. 11", "The Sept. 11 attacks changed air travel. Security checks grew longer.",
   {"The Sept. 11 attacks changed air travel.", "Security checks grew longer.", NULL}, NULL},
  {"Jan. 6", "The riot on Jan. 6 led to hundreds of arrests.",
   {"The riot on Jan. 6 led to hundreds of arrests.", NULL}, NULL},
  {"Calif. with commas", "She grew up in Fresno, Calif., and moved east in 1998.",
   {"She grew up in Fresno, Calif., and moved east in 1998.", NULL}, NULL},
  {"Calif. ending a sentence", "The fire started near Ojai, Calif. It spread overnight.",
   {"The fire started near Ojai, Calif.", "It spread overnight.", NULL}, NULL},
  {"state after a city, before a name",
   "The robots come from Mountain View, Calif. Wendy Li runs the firm.",
   {"The robots come from Mountain View, Calif.", "Wendy Li runs the firm.", NULL}, NULL},
  {"party and state in parentheses", "Rep. Lena Ortiz (D-N.Y.) said the bill was dead. She left early.",
   {"Rep. Lena Ortiz (D-N.Y.) said the bill was dead.", "She left early.", NULL}, NULL},
  {"party and state ending a sentence", "The bill passed, said Rep. Jim Hale, R-S.C. He left the hall.",
   {"The bill passed, said Rep. Jim Hale, R-S.C.", "He left the hall.", NULL}, NULL},
  {"dotted state after a city", "He moved to Buffalo, N.Y. Harriet Cole followed him in May.",
   {"He moved to Buffalo, N.Y.", "Harriet Cole followed him in May.", NULL}, NULL},
  {"dotted state mid-sentence", "She lives in Washington, D.C. and works in Arlington, Va., for a bank.",
   {"She lives in Washington, D.C. and works in Arlington, Va., for a bank.", NULL}, NULL},
  {"dateline with a state", "SALEM, Ore. (AP) \u2014 Firefighters contained the blaze on Sunday.",
   {"SALEM, Ore. (AP) \u2014 Firefighters contained the blaze on Sunday.", NULL}, NULL},
  {"a.m. and p.m. mid-sentence", "The shop opens at 9 a.m. and closes at 5 p.m. every weekday.",
   {"The shop opens at 9 a.m. and closes at 5 p.m. every weekday.", NULL}, NULL},
  {"p.m. ending a sentence", "Polls closed at 11 p.m. The count began at once.",
   {"Polls closed at 11 p.m.", "The count began at once.", NULL}, NULL},
  {"p.m. before a weekday", "The vote is set for 3 p.m. Friday in the old hall.",
   {"The vote is set for 3 p.m. Friday in the old hall.", NULL}, NULL},
  {"p.m. before a capitalised noun opening the next sentence",
   "The meeting ended at 5 p.m. Reporters waited outside.",
   {"The meeting ended at 5 p.m.", "Reporters waited outside.", NULL}, NULL},
  {"a.m. before a time zone and a place's time",
   "Doors open at 9 a.m. EST and the comet passes at 11:30 a.m. Tucson time.",
   {"Doors open at 9 a.m. EST and the comet passes at 11:30 a.m. Tucson time.", NULL}, NULL},
  {"a.m. in an opening phrase, P.M. at an end",
   "By 7 a.m. Mr. Ruiz had left the hotel. He came back at 9 P.M. Mr. Ruiz then slept.",
   {"By 7 a.m. Mr. Ruiz had left the hotel.", "He came back at 9 P.M.", "Mr. Ruiz then slept.",
    NULL},
   NULL},
  {"e.g. before a name", "Some fruit, e.g. Bramley apples, keeps for months.",
   {"Some fruit, e.g. Bramley apples, keeps for months.", NULL}, NULL},
  {"i.e. before a name", "The biggest donor, i.e. Harlow Trust, asked not to be named.",
   {"The biggest donor, i.e. Harlow Trust, asked not to be named.", NULL}, NULL},
  {"etc. ending a sentence", "Bring tools, nails, rope, etc. The rest will be provided.",
   {"Bring tools, nails, rope, etc.", "The rest will be provided.", NULL}, NULL},
  {"etc. mid-sentence", "Bring tools, nails, rope, etc. to the shed by noon.",
   {"Bring tools, nails, rope, etc. to the shed by noon.", NULL}, NULL},
  {"vs.", "The case of Harmon vs. Lyle was settled out of court.",
   {"The case of Harmon vs. Lyle was settled out of court.", NULL}, NULL},
  {"degree abbreviation", "She earned a Ph.D. in 2009. He did not.",
   {"She earned a Ph.D. in 2009.", "He did not.", NULL}, NULL},
  {"hyphenated title", "The bill was signed by then-Gov. Ruth Hale in May.",
   {"The bill was signed by then-Gov. Ruth Hale in May.", NULL}, NULL},
  {"title at a line end", "The letter was signed by Sen.\nMorales and two others.",
   {"The letter was signed by Sen. Morales and two others.", NULL}, "0"},

  /* ---- initials ---- */
  {"middle initial", "The library was opened by George W. Bush in 2013.",
   {"The library was opened by George W. Bush in 2013.", NULL}, NULL},
  {"two spaced initials", "Fans queued for J. K. Rowling at the shop. She signed 400 books.",
   {"Fans queued for J. K. Rowling at the shop.", "She signed 400 books.", NULL}, NULL},
  {"joined initials", "The novelist P.D. Horne lived in Leeds.",
   {"The novelist P.D. Horne lived in Leeds.", NULL}, NULL},
  {"the pronoun I ends, an initial does not",
   "The winners were Maria and I. Did you meet Paul K. Lopez there?",
   {"The winners were Maria and I.", "Did you meet Paul K. Lopez there?", NULL}, NULL},
  {"single letter ending a sentence", "The plan they chose was plan B. It failed within a week.",
   {"The plan they chose was plan B.", "It failed within a week.", NULL}, NULL},

  /* ---- numbers ---- */
  {"decimal", "Inflation reached 3.5 percent in March. It fell in April.",
   {"Inflation reached 3.5 percent in March.", "It fell in April.", NULL}, NULL},
  {"comma and space grouping", "About 1,200 people attended. Another 1 200 watched online.",
   {"About 1,200 people attended.", "Another 1 200 watched online.", NULL}, NULL},
  {"space grouping of five digits", "The town has 33 207 residents. Most work nearby.",
   {"The town has 33 207 residents.", "Most work nearby.", NULL}, NULL},
  {"price mid-sentence", "A ticket costs $100.00 at the door.",
   {"A ticket costs $100.00 at the door.", NULL}, NULL},
  {"price ending a sentence", "A ticket costs $100.00. Students pay half.",
   {"A ticket costs $100.00.", "Students pay half.", NULL}, NULL},
  {"percentage ending a sentence", "Turnout was 61.4%. That is a record.",
   {"Turnout was 61.4%.", "That is a record.", NULL}, NULL},
  {"number ending a sentence, no list", "The vote was 52 to 48. The bill passed.",
   {"The vote was 52 to 48.", "The bill passed.", NULL}, NULL},
  {"N° and a dotted number", "The parcel is filed under N°. 4471.208.19. Nobody has claimed it.",
   {"The parcel is filed under N°. 4471.208.19.", "Nobody has claimed it.", NULL}, NULL},

  /* ---- ellipses ---- */
  {"unspaced ellipsis before a capital", "He hesitated... Then he signed the paper.",
   {"He hesitated...", "Then he signed the paper.", NULL}, NULL},
  {"ellipsis character before lower case", "He hesitated\u2026 then signed the paper.",
   {"He hesitated\u2026 then signed the paper.", NULL}, NULL},
  {"ellipsis character before a capital", "The line went dead\u2026 Nobody called back.",
   {"The line went dead\u2026", "Nobody called back.", NULL}, NULL},
  {"spaced ellipsis before lower case", "She said she would wait ... but not for long.",
   {"She said she would wait ... but not for long.", NULL}, NULL},
  {"spaced dots leaving words out", "It was not easy . . . I never meant to hurt anyone.",
   {"It was not easy . . . I never meant to hurt anyone.", NULL}, NULL},
  {"four unspaced dots", "They waited for news.... None came.",
   {"They waited for news....", "None came.", NULL}, NULL},
  {"spaced dots, lower case after", "His answer was . . . unconvincing.",
   {"His answer was . . . unconvincing.", NULL}, NULL},
  {"four spaced dots end a sentence",
   "The rule puts a stop after the dots . . . . Readers rarely notice.",
   {"The rule puts a stop after the dots . . . .", "Readers rarely notice.", NULL}, NULL},
  {"full stop, then spaced dots opening the next",
   "The witness spoke of the fire. . . . The rest of her account was lost. . . .",
   {"The witness spoke of the fire.", ". . . The rest of her account was lost. . . .", NULL}, NULL},
  {"ellipsis, full stop and closing quote",
   "She wrote that \u201cthe old mill will not open again. . . .\u201d",
   {"She wrote that \u201cthe old mill will not open again. . . .\u201d", NULL}, NULL},
  {"bracketed ellipsis", "\"The roads [...] were closed\" (city report).",
   {"\"The roads [...] were closed\" (city report).", NULL}, NULL},
  {"ellipsis before a closing quote",
   "\u201cWe will win\u2026\u201d Nobody believed him.",
   {"\u201cWe will win\u2026\u201d", "Nobody believed him.", NULL}, NULL},
  {"spaced ellipsis inside a quote", "\u201cIt was \u2026 unexpected,\u201d he admitted.",
   {"\u201cIt was \u2026 unexpected,\u201d he admitted.", NULL}, NULL},

  /* ---- quotations ---- */
  {"straight quotes with attribution",
   "\"We are ready,\" the mayor said. \"The roads are clear.\"",
   {"\"We are ready,\" the mayor said.", "\"The roads are clear.\"", NULL}, NULL},
  {"curly quotes with attribution",
   "\u201cWe are ready,\u201d the mayor said. \u201cThe roads are clear.\u201d",
   {"\u201cWe are ready,\u201d the mayor said.", "\u201cThe roads are clear.\u201d", NULL}, NULL},
  {"single quotes", "'Not today,' she said. 'Maybe tomorrow.'",
   {"'Not today,' she said.", "'Maybe tomorrow.'", NULL}, NULL},
  {"curly single quotes", "\u2018Not today,\u2019 she said. \u2018Maybe tomorrow.\u2019",
   {"\u2018Not today,\u2019 she said.", "\u2018Maybe tomorrow.\u2019", NULL}, NULL},
  {"sentence ends inside a curly quote", "\u201cThe bridge is safe.\u201d Engineers checked it twice.",
   {"\u201cThe bridge is safe.\u201d", "Engineers checked it twice.", NULL}, NULL},
  {"sentence ends inside a straight quote", "He said: \"It is over.\" She closed the door.",
   {"He said: \"It is over.\"", "She closed the door.", NULL}, NULL},
  {"quoted full stop, lower case after (single)", "He told them, 'This is final.' then left the room.",
   {"He told them, 'This is final.' then left the room.", NULL}, NULL},
  {"quoted full stop, lower case after (double)", "He told them, \"This is final.\" then left.",
   {"He told them, \"This is final.\" then left.", NULL}, NULL},
  {"quoted question, named speaker after", "\u201cWhy now?\u201d Mayor Linda Cho asked.",
   {"\u201cWhy now?\u201d Mayor Linda Cho asked.", NULL}, NULL},
  {"quoted exclamation, speaker after", "\"Get out!\" the guard shouted. The crowd scattered.",
   {"\"Get out!\" the guard shouted.", "The crowd scattered.", NULL}, NULL},
  {"quoted statement, speaker and new quote after",
   "\u201cWe lost.\u201d Coach Ames added: \u201cWe will be back.\u201d",
   {"\u201cWe lost.\u201d", "Coach Ames added: \u201cWe will be back.\u201d", NULL}, NULL},
  {"quote spanning three sentences",
   "\u201cWe did our best. We lost anyway. We will be back,\u201d the coach said.",
   {"\u201cWe did our best.", "We lost anyway.", "We will be back,\u201d the coach said.", NULL},
   NULL},
  {"quote paragraph, then a new paragraph",
   "\u201cThe plan is simple. We rebuild the school first.\n\n\u201cThen we rebuild the clinic,\u201d "
   "she said.",
   {"\u201cThe plan is simple.", "We rebuild the school first.",
    "\u201cThen we rebuild the clinic,\u201d she said.", NULL},
   "001"},
  {"quoted phrase ending a sentence", "Officials called it \u201ca mistake.\u201d The review continues.",
   {"Officials called it \u201ca mistake.\u201d", "The review continues.", NULL}, NULL},
  {"question with inverted attribution", "\u201cIs this fair?\u201d asked one voter. Others agreed.",
   {"\u201cIs this fair?\u201d asked one voter.", "Others agreed.", NULL}, NULL},
  {"opening curly quote typed as a closing one",
   "The report called the claim \u201cMostly False.\u201c\n\nThe campaign disagreed.",
   {"The report called the claim \u201cMostly False.\u201c", "The campaign disagreed.", NULL}, "01"},

  /* ---- punctuation ---- */
  {"?! ending", "Really?! Nobody told me.", {"Really?!", "Nobody told me.", NULL}, NULL},
  {"!? ending", "Again!? That is the third time.", {"Again!?", "That is the third time.", NULL}, NULL},
  {"!! ending", "Stop!! The ice is thin.", {"Stop!!", "The ice is thin.", NULL}, NULL},
  {"?? ending", "What happened?? Nobody knows.", {"What happened??", "Nobody knows.", NULL}, NULL},
  {"exclamation mark in a name", "She worked at Yahoo! in the late nineties.",
   {"She worked at Yahoo! in the late nineties.", NULL}, NULL},
  {"bracket inside a sentence",
   "The council (which met on Monday) voted to close the pool. Residents protested.",
   {"The council (which met on Monday) voted to close the pool.", "Residents protested.", NULL},
   NULL},
  {"bracket before the full stop",
   "The council voted to close the pool (it needs repairs). Residents protested.",
   {"The council voted to close the pool (it needs repairs).", "Residents protested.", NULL},
   NULL},
  {"full sentence inside brackets, mid-sentence",
   "The mayor spoke first (She had arrived early.) and then left.",
   {"The mayor spoke first (She had arrived early.) and then left.", NULL}, NULL},
  {"e-mail address ending a sentence", "Write to press@example.org. Replies take a week.",
   {"Write to press@example.org.", "Replies take a week.", NULL}, NULL},
  {"e-mail address with a dot", "Her address is Jo.Park@example.org. She answers quickly.",
   {"Her address is Jo.Park@example.org.", "She answers quickly.", NULL}, NULL},
  {"URL ending a sentence",
   "Details are at https://example.net/files/report_2024.html. The page updates daily.",
   {"Details are at https://example.net/files/report_2024.html.", "The page updates daily.",
    NULL},
   NULL},
  {"www address mid-sentence", "See www.example.com/news for more.",
   {"See www.example.com/news for more.", NULL}, NULL},
  {"no space after the full stop", "It rained.Then it snowed.Mr. Hale sold 1,000.That was all.",
   {"It rained.", "Then it snowed.", "Mr. Hale sold 1,000.", "That was all.", NULL}, NULL},
  {"apostrophe after a plural", "The players' union agreed. The league did not.",
   {"The players' union agreed.", "The league did not.", NULL}, NULL},

  /* ---- lines, paragraphs and headers ---- */
  {"headline without final punctuation",
   "Storm hits northern coast\nThousands of homes lost power on Sunday night.",
   {"Storm hits northern coast", "Thousands of homes lost power on Sunday night.", NULL}, "01"},
  {"date header on its own line", "date 2024-04-09\nThe river rose overnight. Farmers moved cattle.",
   {"The river rose overnight.", "Farmers moved cattle.", NULL}, "00"},
  {"date header followed by text on the same line",
   " date 2024-04-09 A man said the bridge was closed. Traffic was diverted.",
   {"A man said the bridge was closed.", "Traffic was diverted.", NULL}, NULL},
  {"CRLF line ends", "The first line ends here.\r\nThe second follows.\r\n\r\nA new paragraph.",
   {"The first line ends here.", "The second follows.", "A new paragraph.", NULL}, "012"},
  {"lone CR line ends", "Rain fell all day.\rRoads flooded.\r\rSchools closed.",
   {"Rain fell all day.", "Roads flooded.", "Schools closed.", NULL}, "012"},
  {"blank-line paragraphs",
   "First paragraph here.\n\nSecond paragraph here. It has two sentences.\n\n\n\nThird.",
   {"First paragraph here.", "Second paragraph here.", "It has two sentences.", "Third.", NULL},
   "0112"},
  {"line break before lower case", "The talks were held in a small room\nnear the station. Nobody left.",
   {"The talks were held in a small room near the station.", "Nobody left.", NULL}, "00"},
  {"line break before lower case, trailing space", "It was a cold \nnight in the city.",
   {"It was a cold night in the city.", NULL}, NULL},
  {"short lines without punctuation", "Menu\nsoup of the day\nfresh bread\n",
   {"Menu", "soup of the day", "fresh bread", NULL}, "012"},
  {"hard-wrapped text at 70 columns",
   "The regional council met on Thursday evening to discuss a new budget\n"
   "plan that would cut spending on roads by a fifth and move the money to\n"
   "Harbour Road School and the clinics in the outer districts, officials\n"
   "said. The vote is expected next month, after a period of public\n"
   "consultation ends in May.\n",
   {"The regional council met on Thursday evening to discuss a new budget plan that would cut "
    "spending on roads by a fifth and move the money to Harbour Road School and the clinics in "
    "the outer districts, officials said.",
    "The vote is expected next month, after a period of public consultation ends in May.", NULL},
   "00"},
  {"hard-wrapped paragraphs without blank lines",
   "Crews worked through the night to clear the fallen trees from the\n"
   "railway line between the two towns, the operator said on Monday.\n"
   "Trains ran again by noon.\n"
   "Passengers were told to expect delays for the rest of the week, as\n"
   "speed limits stay in place on the damaged stretch of the line.\n",
   {"Crews worked through the night to clear the fallen trees from the railway line between the "
    "two towns, the operator said on Monday.",
    "Trains ran again by noon.",
    "Passengers were told to expect delays for the rest of the week, as speed limits stay in "
    "place on the damaged stretch of the line.",
    NULL},
   "001"},

  /* ---- lists ---- */
  {"numbered list without full stops", "1. Close the windows 2. Lock the door",
   {"1. Close the windows", "2. Lock the door", NULL}, NULL},
  {"numbered list with full stops", "1. Close the windows. 2. Lock the door.",
   {"1. Close the windows.", "2. Lock the door.", NULL}, NULL},
  {"numbered list with brackets", "1) Close the windows 2) Lock the door",
   {"1) Close the windows", "2) Lock the door", NULL}, NULL},
  {"numbered list with brackets and full stops", "1) Close the windows. 2) Lock the door.",
   {"1) Close the windows.", "2) Lock the door.", NULL}, NULL},
  {"numbered list with stop and bracket", "1.) Read the notice 2.) Sign the form",
   {"1.) Read the notice", "2.) Sign the form", NULL}, NULL},
  {"lettered list", "a. Buy bread b. Buy milk c. Pay the bill",
   {"a. Buy bread", "b. Buy milk", "c. Pay the bill", NULL}, NULL},
  {"bulleted numbered list", "\u2022 4. Pack the car \u2022 5. Drive north",
   {"\u2022 4. Pack the car", "\u2022 5. Drive north", NULL}, NULL},
  {"hyphen-bulleted list", "\u20438. Pack the car \u20439. Drive north",
   {"\u20438. Pack the car", "\u20439. Drive north", NULL}, NULL},
  {"list items on their own lines", "Demands:\n1. Higher pay.\n2. Shorter shifts.",
   {"Demands:", "1. Higher pay.", "2. Shorter shifts.", NULL}, "012"},
};

/* Splits C's input and compares; on a mismatch prints the case to stderr
 * and returns FALSE. */
static gboolean
check_case(const SplitCase *c)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = gs_text_new_from_data("t", c->input, strlen(c->input), &diag);
  g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GString) paras = g_string_new(NULL);
  const GsSentence *s;
  guint n, expected = 0;
  gboolean ok;

  if (text == NULL) {
    fprintf(stderr, "\ncase \"%s\": input rejected: %s\n", c->name, diag->message);
    return FALSE;
  }
  s = gs_text_get_sentences(text, &n);
  while (c->sentences[expected] != NULL)
    expected++;
  for (guint i = 0; i < n; i++) {
    g_ptr_array_add(got, gs_text_dup_folded(text, s[i].start, s[i].end));
    g_string_append_printf(paras, "%u", s[i].paragraph);
  }
  ok = n == expected;
  for (guint i = 0; ok && i < n; i++)
    ok = strcmp(g_ptr_array_index(got, i), c->sentences[i]) == 0;
  if (ok && c->paragraphs != NULL)
    ok = strcmp(paras->str, c->paragraphs) == 0;
  if (!ok) {
    fprintf(stderr, "\ncase \"%s\"\n  input:    \"%s\"\n  expected:\n", c->name, c->input);
    for (guint i = 0; i < expected; i++)
      fprintf(stderr, "    [%u] %s\n", i, c->sentences[i]);
    if (c->paragraphs != NULL)
      fprintf(stderr, "    paragraphs %s\n", c->paragraphs);
    fprintf(stderr, "  got:\n");
    for (guint i = 0; i < n; i++)
      fprintf(stderr, "    [%u] %s\n", i, (const char *)g_ptr_array_index(got, i));
    fprintf(stderr, "    paragraphs %s\n", paras->str);
  }
  return ok;
}

static void
test_split_table(void)
{
  guint failed = 0;

  for (gsize c = 0; c < G_N_ELEMENTS(cases); c++) {
    gboolean ok = check_case(&cases[c]);
    g_autofree char *what = g_strdup_printf("split case \"%s\"", cases[c].name);

    /* CUnit copies the text, so the report names the failing case. */
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, __LINE__, what, __FILE__, "", CU_FALSE);
    if (!ok)
      failed++;
  }
  if (failed > 0)
    fprintf(stderr, "\n%u of %zu split cases failed\n", failed, (size_t)G_N_ELEMENTS(cases));
}

/* Every case's sentences must tile its tokens in order: each token in
 * exactly one sentence, SENTENCE_END on each sentence's last token only,
 * paragraphs in order. */
static void
test_split_table_invariants(void)
{
  for (gsize c = 0; c < G_N_ELEMENTS(cases); c++) {
    g_autoptr(GsDiagnostic) diag = NULL;
    g_autoptr(GsText) text = gs_text_new_from_data("t", cases[c].input, strlen(cases[c].input), &diag);
    const GsSentence *s;
    const GsToken *t;
    const GsParagraph *p;
    guint n, n_tokens, n_paragraphs, next = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    s = gs_text_get_sentences(text, &n);
    t = gs_text_get_tokens(text, &n_tokens);
    p = gs_text_get_paragraphs(text, &n_paragraphs);
    for (guint i = 0; i < n; i++) {
      CU_ASSERT_EQUAL(s[i].first_token, next);
      CU_ASSERT_TRUE(s[i].n_tokens > 0);
      CU_ASSERT_EQUAL(s[i].start, t[s[i].first_token].start);
      CU_ASSERT_EQUAL(s[i].end, t[s[i].first_token + s[i].n_tokens - 1].end);
      CU_ASSERT_TRUE(s[i].paragraph < n_paragraphs);
      for (guint k = s[i].first_token; k < s[i].first_token + s[i].n_tokens; k++) {
        gboolean last = k + 1 == s[i].first_token + s[i].n_tokens;

        CU_ASSERT_EQUAL((t[k].flags & GS_TOKEN_FLAG_SENTENCE_END) != 0, last);
      }
      next = s[i].first_token + s[i].n_tokens;
    }
    CU_ASSERT_EQUAL(next, n_tokens);
    for (guint i = 0, first = 0; i < n_paragraphs; i++) {
      CU_ASSERT_EQUAL(p[i].first_sentence, first);
      CU_ASSERT_TRUE(p[i].n_sentences > 0);
      for (guint k = p[i].first_sentence; k < p[i].first_sentence + p[i].n_sentences; k++)
        CU_ASSERT_EQUAL(s[k].paragraph, i);
      first += p[i].n_sentences;
    }
  }
}

/* ---- tokens ----------------------------------------------------------- */

typedef struct {
  const char *text;
  GsTokenKind kind;
  guint flags_set;   /* all of these must be set */
  guint flags_clear; /* none of these may be */
} TokenExpect;

/* Tokenises INPUT and checks the token whose text is EXPECT->text (the
 * NTH such token, from 0). */
static void
check_token_nth(const char *input, const TokenExpect *expect, guint nth)
{
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = gs_text_new_from_data("t", input, strlen(input), &diag);
  const GsToken *t;
  const char *data;
  guint n;
  gsize want = strlen(expect->text);
  gboolean found = FALSE;

  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  t = gs_text_get_tokens(text, &n);
  data = gs_text_get_data(text, NULL);
  for (guint i = 0; i < n && !found; i++) {
    gboolean ok;
    g_autofree char *what = NULL;

    if (t[i].end - t[i].start != want || memcmp(data + t[i].start, expect->text, want) != 0)
      continue;
    if (nth > 0) {
      nth--;
      continue;
    }
    found = TRUE;
    ok = t[i].kind == expect->kind && (t[i].flags & expect->flags_set) == expect->flags_set &&
         (t[i].flags & expect->flags_clear) == 0;
    what = g_strdup_printf("token \"%s\" in \"%s\": kind %u flags 0x%x", expect->text, input,
                           t[i].kind, t[i].flags);
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, __LINE__, what, __FILE__, "", CU_FALSE);
  }
  if (!found) {
    g_autofree char *what = g_strdup_printf("no token \"%s\" in \"%s\"", expect->text, input);

    fprintf(stderr, "\n%s; tokens:", what);
    for (guint i = 0; i < n; i++)
      fprintf(stderr, " [%.*s]", (int)(t[i].end - t[i].start), data + t[i].start);
    fprintf(stderr, "\n");
    CU_assertImplementation(CU_FALSE, __LINE__, what, __FILE__, "", CU_FALSE);
  }
}

static void
check_token(const char *input, const TokenExpect *expect)
{
  check_token_nth(input, expect, 0);
}

static void
test_tokens_numbers(void)
{
  static const TokenExpect number_1200 = {"1 200", GS_TOKEN_NUMBER, 0, 0};
  static const TokenExpect number_33207 = {"33 207", GS_TOKEN_NUMBER, 0, 0};
  static const TokenExpect number_comma = {"1,200", GS_TOKEN_NUMBER, 0, 0};
  static const TokenExpect number_decimal = {"3.5", GS_TOKEN_NUMBER, 0, 0};
  static const TokenExpect number_price = {"100.00", GS_TOKEN_NUMBER, 0, 0};
  static const TokenExpect number_nbsp = {"12\u00a0500", GS_TOKEN_NUMBER, 0, 0};
  static const TokenExpect word_decade = {"1990s", GS_TOKEN_WORD, 0, 0};
  static const TokenExpect word_age = {"17-year-old", GS_TOKEN_WORD, 0, 0};
  static const TokenExpect year = {"2019", GS_TOKEN_NUMBER, 0, 0};
  static const TokenExpect group_after_year = {"200", GS_TOKEN_NUMBER, 0, 0};

  check_token("Some 1 200 people came.", &number_1200);
  check_token("The town has 33 207 residents.", &number_33207);
  check_token("About 1,200 came.", &number_comma);
  check_token("Up 3.5 percent.", &number_decimal);
  check_token("It cost $100.00.", &number_price);
  check_token("It cost 12\u00a0500 euros.", &number_nbsp);
  check_token("In the 1990s it grew.", &word_decade);
  check_token("A 17-year-old was held.", &word_age);
  /* A four-digit number is no first group: a year, then a count. */
  check_token("In 2019 200 people came.", &year);
  check_token("In 2019 200 people came.", &group_after_year);
}

static void
test_tokens_words(void)
{
  static const TokenExpect us = {"U.S.", GS_TOKEN_WORD,
                                 GS_TOKEN_FLAG_ABBREVIATION | GS_TOKEN_FLAG_CAPITALISED, 0};
  static const TokenExpect am = {"a.m.", GS_TOKEN_WORD, GS_TOKEN_FLAG_ABBREVIATION,
                                 GS_TOKEN_FLAG_CAPITALISED};
  static const TokenExpect mr = {"Mr.", GS_TOKEN_WORD, GS_TOKEN_FLAG_ABBREVIATION, 0};
  static const TokenExpect initial = {"W.", GS_TOKEN_WORD, GS_TOKEN_FLAG_ABBREVIATION, 0};
  static const TokenExpect no_number = {"No.", GS_TOKEN_WORD, GS_TOKEN_FLAG_ABBREVIATION, 0};
  static const TokenExpect no_answer = {"No", GS_TOKEN_WORD, 0, GS_TOKEN_FLAG_ABBREVIATION};
  static const TokenExpect israels = {"Israel's", GS_TOKEN_WORD, GS_TOKEN_FLAG_CAPITALISED, 0};
  static const TokenExpect israels_curly = {"Israel\u2019s", GS_TOKEN_WORD,
                                            GS_TOKEN_FLAG_CAPITALISED, 0};
  static const TokenExpect dont = {"don't", GS_TOKEN_WORD, 0, GS_TOKEN_FLAG_CAPITALISED};
  static const TokenExpect dont_curly = {"don\u2019t", GS_TOKEN_WORD, 0, 0};
  static const TokenExpect hyphen = {"short-lived", GS_TOKEN_WORD, 0, 0};
  static const TokenExpect nato = {"NATO", GS_TOKEN_WORD,
                                   GS_TOKEN_FLAG_ALL_CAPS | GS_TOKEN_FLAG_CAPITALISED, 0};
  static const TokenExpect possessive = {"'s", GS_TOKEN_WORD, 0, 0};
  static const TokenExpect url = {"https://example.org/a?b=1", GS_TOKEN_URL, 0, 0};
  static const TokenExpect mail = {"desk@example.org", GS_TOKEN_URL, 0, 0};
  static const TokenExpect period = {".", GS_TOKEN_PUNCT, 0, 0};
  static const TokenExpect ellipsis = {"...", GS_TOKEN_ELLIPSIS, 0, 0};
  static const TokenExpect spaced = {". . .", GS_TOKEN_ELLIPSIS, GS_TOKEN_FLAG_SPACE_BEFORE, 0};
  static const TokenExpect dash = {"\u2014", GS_TOKEN_DASH, 0, 0};

  check_token("Troops left the U.S. base.", &us);
  check_token("At 5 a.m. it rained.", &am);
  check_token("Mr. Hale spoke.", &mr);
  check_token("George W. Bush spoke.", &initial);
  check_token("He lives at No. 10.", &no_number);
  check_token("No. We refuse.", &no_answer);
  check_token("Israel's army moved.", &israels);
  check_token("Israel\u2019s army moved.", &israels_curly);
  check_token("They don't agree.", &dont);
  check_token("They don\u2019t agree.", &dont_curly);
  check_token("A short-lived truce.", &hyphen);
  check_token("The NATO summit.", &nato);
  check_token("That was Otis Jr.'s office.", &possessive);
  check_token("See https://example.org/a?b=1.", &url);
  check_token("Write to desk@example.org.", &mail);
  check_token("See https://example.org/a?b=1.", &period);
  check_token("He waited... Then left.", &ellipsis);
  check_token("He waited . . . then left.", &spaced);
  check_token("It ended \u2014 for now.", &dash);
}

static void
test_tokens_quotes(void)
{
  static const TokenExpect straight_open = {"\"", GS_TOKEN_QUOTE, GS_TOKEN_FLAG_OPEN_QUOTE,
                                            GS_TOKEN_FLAG_CLOSE_QUOTE};
  static const TokenExpect curly_open = {"\u201c", GS_TOKEN_QUOTE, GS_TOKEN_FLAG_OPEN_QUOTE,
                                         GS_TOKEN_FLAG_CLOSE_QUOTE};
  static const TokenExpect curly_close = {"\u201d", GS_TOKEN_QUOTE, GS_TOKEN_FLAG_CLOSE_QUOTE,
                                          GS_TOKEN_FLAG_OPEN_QUOTE};
  static const TokenExpect single_open = {"\u2018", GS_TOKEN_QUOTE, GS_TOKEN_FLAG_OPEN_QUOTE,
                                          GS_TOKEN_FLAG_CLOSE_QUOTE};
  static const TokenExpect single_close = {"\u2019", GS_TOKEN_QUOTE, GS_TOKEN_FLAG_CLOSE_QUOTE,
                                           GS_TOKEN_FLAG_OPEN_QUOTE};
  static const TokenExpect apostrophe_open = {"'", GS_TOKEN_QUOTE, GS_TOKEN_FLAG_OPEN_QUOTE,
                                              GS_TOKEN_FLAG_CLOSE_QUOTE};
  static const TokenExpect apostrophe_close = {"'", GS_TOKEN_QUOTE, GS_TOKEN_FLAG_CLOSE_QUOTE,
                                               GS_TOKEN_FLAG_OPEN_QUOTE};
  static const TokenExpect reversed = {"\u201c", GS_TOKEN_QUOTE, GS_TOKEN_FLAG_CLOSE_QUOTE,
                                       GS_TOKEN_FLAG_OPEN_QUOTE};

  check_token("\"Yes,\" he said.", &straight_open);
  check_token("He said \"yes\".", &straight_open);
  check_token("\u201cYes,\u201d he said.", &curly_open);
  check_token("\u201cYes,\u201d he said.", &curly_close);
  check_token("(\u201cYes\u201d)", &curly_open);
  check_token("\u2018No,\u2019 she said.", &single_open);
  check_token("\u2018No,\u2019 she said.", &single_close);
  check_token("'No,' she said.", &apostrophe_open);
  check_token("He said 'no', then left.", &apostrophe_open);
  check_token("The players' union.", &apostrophe_close);
  /* "“" typed where "”" belongs: after a word, before white space. */
  check_token_nth("It was \u201cfalse.\u201c\nThe end.", &reversed, 1);
  check_token_nth("\u201cYes,\u201d he said. \u201cNo.\u201d", &curly_open, 1);
  check_token_nth("\u201cYes,\u201d he said. \u201cNo.\u201d", &curly_close, 1);
}

/* Token spans are byte offsets: a curly quote is three bytes, and the
 * sentence-end flag sits on the last token of each sentence. */
static void
test_token_spans(void)
{
  const char *input = "\u201cNo,\u201d said Mr. Hale, 55. \u201cNever.\u201d";
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = gs_text_new_from_data("t", input, strlen(input), &diag);
  static const struct {
    guint32 start, end;
    GsTokenKind kind;
  } want[] = {
    {0, 3, GS_TOKEN_QUOTE},   {3, 5, GS_TOKEN_WORD},    {5, 6, GS_TOKEN_PUNCT},
    {6, 9, GS_TOKEN_QUOTE},   {10, 14, GS_TOKEN_WORD},  {15, 18, GS_TOKEN_WORD},
    {19, 23, GS_TOKEN_WORD},  {23, 24, GS_TOKEN_PUNCT}, {25, 27, GS_TOKEN_NUMBER},
    {27, 28, GS_TOKEN_PUNCT}, {29, 32, GS_TOKEN_QUOTE}, {32, 37, GS_TOKEN_WORD},
    {37, 38, GS_TOKEN_PUNCT}, {38, 41, GS_TOKEN_QUOTE},
  };
  const GsToken *t;
  guint n;

  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  t = gs_text_get_tokens(text, &n);
  CU_ASSERT_EQUAL_FATAL(n, G_N_ELEMENTS(want));
  for (guint i = 0; i < n; i++) {
    CU_ASSERT_EQUAL(t[i].start, want[i].start);
    CU_ASSERT_EQUAL(t[i].end, want[i].end);
    CU_ASSERT_EQUAL(t[i].kind, want[i].kind);
  }
  CU_ASSERT_TRUE(t[0].flags & GS_TOKEN_FLAG_LINE_START);
  CU_ASSERT_TRUE(t[4].flags & GS_TOKEN_FLAG_SPACE_BEFORE);
  CU_ASSERT_FALSE(t[5].flags & GS_TOKEN_FLAG_SENTENCE_END);
  CU_ASSERT_TRUE(t[9].flags & GS_TOKEN_FLAG_SENTENCE_END);
  CU_ASSERT_TRUE(t[13].flags & GS_TOKEN_FLAG_SENTENCE_END);
}

/* A run with no sentence end is cut at GS_TEXT_MAX_SENTENCE_TOKENS. */
static void
test_sentence_token_limit(void)
{
  g_autoptr(GString) input = g_string_new(NULL);
  g_autoptr(GsDiagnostic) diag = NULL;
  g_autoptr(GsText) text = NULL;
  const GsSentence *s;
  guint n;

  for (guint i = 0; i < GS_TEXT_MAX_SENTENCE_TOKENS * 2 + 10; i++)
    g_string_append(input, "word ");
  text = gs_text_new_from_data("t", input->str, input->len, &diag);
  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  s = gs_text_get_sentences(text, &n);
  CU_ASSERT_EQUAL(n, 3);
  for (guint i = 0; i < n; i++)
    CU_ASSERT_TRUE(s[i].n_tokens <= GS_TEXT_MAX_SENTENCE_TOKENS);
}

static CU_TestInfo tests[] = {
  {"split table", test_split_table},
  {"split table: sentences tile the tokens", test_split_table_invariants},
  {"tokens: numbers", test_tokens_numbers},
  {"tokens: words, abbreviations, URLs", test_tokens_words},
  {"tokens: quote directions", test_tokens_quotes},
  {"tokens: spans and flags", test_token_spans},
  {"sentences: token limit", test_sentence_token_limit},
  CU_TEST_INFO_NULL,
};

int
main(void)
{
  return gs_test_run_suite("sentences", tests);
}
