/* Closed word classes of general English that the parser leans on: which
 * words are determiners, time words, auxiliaries, roles, organisations.
 * Lower-case forms; looked up by gs_words_has(). Nothing here names a
 * particular person, place or article. */
#include "attribution-private.h"

static const char *const determiners[] = {
  "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every",
  "another", "other", "both", "all", "several", "many", "few", "most", "one", "two", "three",
  "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
  "hundreds", "thousands", "numerous", "various", "certain", "such", "more", "multiple",
  "his", "her", "their", "its", "our", "my", "your", "no", "at", "least", NULL,
};

static const char *const time_words[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "weekend", "week", "month", "year", "morning", "afternoon", "evening", "night",
  "today", "yesterday", "tonight", "tomorrow", "earlier", "later", "recently", "last",
  "this", "next", "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december", "jan.", "feb.", "mar.",
  "apr.", "jun.", "jul.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "overnight",
  "weekend", "weeks", "months", "days", "day", "hours", "ago", "late", "early", NULL,
};

/* Words between a source and its cue that are not part of either:
 * adverbs of manner and time, auxiliaries and negation. */
static const char *const skip_adverbs[] = {
  "also", "repeatedly", "previously", "later", "earlier", "recently", "reportedly",
  "again", "then", "now", "publicly", "privately", "separately", "further", "once",
  "often", "always", "never", "still", "already", "just", "only", "officially",
  "openly", "initially", "subsequently", "similarly", "meanwhile", "too", "first",
  "even", "allegedly", "quickly", "immediately", "frequently", "consistently",
  "explicitly", "flatly", "firmly", "strongly", "angrily", "bluntly", "simply",
  "falsely", "wrongly", "widely", "long", "has", "have", "had", "will", "would",
  "could", "can", "may", "might", "must", "should", "did", "does", "do", "is", "was",
  "were", "are", "be", "been", "being", "not", "n't", "hasn't", "haven't", "hadn't",
  "didn't", "doesn't", "don't", "won't", "wouldn't", "isn't", "wasn't", "weren't",
  "aren't", "cannot", "can't", "couldn't", "yesterday", "today", "tonight", "shall",
  "clearly", "directly", "formally", "personally", "specifically", "privately",
  "categorically", "vehemently", "emphatically", "confidently", "cautiously",
  "optimistically", "loudly", "quietly", "anonymously", "proudly", "curtly",
  "tersely", "jokingly", "happily", "sadly", "ultimately", "finally", "eventually",
  "generally", "usually", "recently", "here", "there", NULL,
};

static const char *const clause_breaks[] = {
  "after", "before", "while", "as", "because", "since", "although", "though", "when",
  "whenever", "if", "unless", "until", "whereas", "where", "which", "who", "whom",
  "whose", "that", "than", "so", "but", "or", "nor", "yet", "whether", "what", "how",
  "why", "once", "amid", "despite", "even", "and", "however", "during", "meanwhile",
  "moreover", "furthermore", "nevertheless", "instead", "thus", "therefore", NULL,
};

static const char *const pronouns[] = {
  "he", "she", "they", "it", "we", "i", NULL,
};

/* Words that make a title or role ("Foreign Minister", "chief executive",
 * "government spokesperson") rather than a name. */
static const char *const roles[] = {
  "minister", "president", "secretary", "director", "chief", "spokesperson",
  "spokesman", "spokeswoman", "general", "senator", "governor", "mayor", "chancellor",
  "prime", "foreign", "defence", "defense", "finance", "interior", "justice", "health",
  "deputy", "vice", "chairman", "chairwoman", "chair", "ceo", "commissioner",
  "ambassador", "judge", "representative", "speaker", "leader", "king", "queen",
  "prince", "princess", "pope", "archbishop", "bishop", "officer", "coach", "manager",
  "professor", "attorney", "adviser", "advisor", "analyst", "economist", "head",
  "executive", "founder", "lawyer", "counsel", "candidate", "nominee", "lieutenant",
  "colonel", "captain", "sergeant", "admiral", "commander", "mr", "mrs", "ms", "dr",
  "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "col.", "lt.",
  "capt.", "sgt.", "adm.",
  /* the same titles written without a full stop, as British papers do */
  "gen", "col", "lt", "capt", "sgt", "adm", "insp", "supt", "det", "cpl", "prof", "rev",
  "miss", "former", "acting", "interim", "shadow", "senior", "top",
  "retired", "outgoing", "incoming", "longtime",
  "state", "government", "official", "correspondent", "editor", "reporter", "author",
  "chairperson", "treasurer", "premier", "envoy", "diplomat", "negotiator", "mediator",
  "superintendent", "inspector", "detective", "sheriff", "constable", "lord", "lady",
  "sir", "dame", "rabbi", "imam", "cardinal", "father", "reverend", "rev.",
  "congressman", "congresswoman", "councillor", "councilman", "councilwoman",
  "assemblyman", "assemblywoman", "delegate", "mp", "mep", "president-elect",
  "vice-president", "secretary-general", "attorney-general", "solicitor", "barrister",
  "prosecutor", "defendant", "plaintiff", "witness", "doctor", "nurse", "surgeon",
  "scientist", "researcher", "expert", "consultant", "strategist", "pollster",
  "campaigner", "activist", "chief executive", "boss", "owner", "partner", "member",
  "staffer", "aide", "assistant", "associate", "fellow", "lecturer", "teacher",
  "principal", "dean", "provost", "rector", "physician", "pastor", "priest", "columnist",
  "commentator", "host", "anchor", "presenter", "producer", "director-general",
  "vice-chairman", "co-founder", "cofounder", "midfielder", "striker", "defender",
  "goalkeeper", "player", "forward", "captain", "manager", "trainer", "referee",
  "republican", "democrat", "labour", "conservative", "liberal", NULL,
};

static const char *const organisations[] = {
  "ministry", "army", "government", "agency", "police", "company", "party", "club",
  "news", "council", "committee", "union", "court", "bank", "department", "office",
  "service", "force", "forces", "authority", "authorities", "commission", "board",
  "group", "organisation", "organization", "institute", "association", "federation",
  "league", "network", "newspaper", "magazine", "channel", "radio", "television",
  "tv", "station", "embassy", "administration", "campaign", "team", "firm",
  "corporation", "corp", "corp.", "inc", "inc.", "ltd", "plc", "university", "school",
  "hospital", "directorate", "movement", "military", "navy", "cabinet", "parliament",
  "congress", "senate", "house", "assembly", "regime", "coalition", "alliance",
  "foundation", "fund", "trust", "center", "centre", "bureau", "unit", "command",
  "headquarters", "press", "times", "post", "journal", "herald", "telegraph",
  "guardian", "tribune", "gazette", "daily", "weekly", "broadcaster", "outlet",
  "website", "blog", "report", "study", "survey", "poll", "statement", "tallies",
  "figures", "data", "document", "documents", "filing", "records", "census",
  "research", "analysis", "review", "audit", "investigation", "inquiry", "watchdog",
  "regulator", "exchange", "market", "markets", "industry", "sector", "union",
  "unions", "brigade", "brigades", "wing", "faction", "council", "secretariat",
  "mission", "delegation", "office", "body", "panel", "tribunal", "jury", NULL,
};

/* Singular nouns that name a person speaking. */
static const char *const person_nouns[] = {
  "official", "spokesman", "spokeswoman", "spokesperson", "source", "minister",
  "president", "doctor", "lawyer", "witness", "resident", "analyst", "expert",
  "economist", "diplomat", "negotiator", "mediator", "aide", "adviser", "advisor",
  "officer", "commander", "leader", "man", "woman", "boy", "girl", "mother", "father",
  "son", "daughter", "wife", "husband", "friend", "neighbour", "neighbor", "driver",
  "farmer", "worker", "teacher", "student", "survivor", "victim", "owner", "chief",
  "director", "executive", "manager", "coach", "player", "judge", "prosecutor",
  "senator", "governor", "mayor", "lawmaker", "legislator", "politician", "candidate",
  "nominee", "secretary", "chairman", "chairwoman", "head", "representative", "member",
  "person", "insider", "observer", "critic", "supporter", "opponent", "author",
  "researcher", "scientist", "professor", "nurse", "surgeon", "physician", "activist",
  "campaigner", "strategist", "pollster", "reporter", "correspondent", "journalist",
  "editor", "envoy", "ambassador", "commissioner", "sheriff", "inspector", "detective",
  "paramedic", "medic", "engineer", "consultant", "trader", "investor", "banker",
  "broker", "dealer", "fan", "staffer", "colleague", "relative", "cousin", "brother",
  "sister", "uncle", "aunt", "grandmother", "grandfather", "priest", "imam", "rabbi",
  "bishop", "pastor", "soldier", "commander", "general", "pilot", "captain", "chancellor",
  "premier", "king", "queen", "prince", "princess", "pope", "archbishop", "treasurer",
  "speaker", "chief executive", "coroner", "prosecutor", "attorney", "counsel", "ceo",
  "founder", "economist", NULL,
};

/* Plural or collective nouns that name a group speaking. */
static const char *const group_nouns[] = {
  "sources", "officials", "analysts", "experts", "residents", "witnesses", "doctors",
  "lawyers", "diplomats", "negotiators", "mediators", "aides", "advisers", "advisors",
  "officers", "leaders", "people", "police", "activists", "critics", "supporters",
  "opponents", "researchers", "scientists", "economists", "investors", "traders",
  "members", "lawmakers", "legislators", "politicians", "democrats", "republicans",
  "workers", "employees", "staff", "students", "teachers", "parents", "families",
  "villagers", "locals", "farmers", "medics", "paramedics", "rescuers", "authorities",
  "organisers", "organizers", "campaigners", "protesters", "protestors", "demonstrators",
  "survivors", "victims", "relatives", "neighbours", "neighbors", "fans", "players",
  "managers", "executives", "directors", "ministers", "governments", "powers",
  "countries", "states", "nations", "allies", "partners", "insiders", "observers",
  "commentators", "pundits", "pollsters", "strategists", "forecasters", "economists",
  "journalists", "reporters", "editors", "prosecutors", "judges", "investigators",
  "inspectors", "regulators", "agencies", "groups", "companies", "firms", "banks",
  "unions", "parties", "tallies", "figures", "polls", "surveys", "studies", "reports",
  "data", "statistics", "estimates", "documents", "records", "militants", "rebels",
  "soldiers", "troops", "forces", "settlers", "voters", "citizens", "americans",
  "israelis", "palestinians", "others", "some", "many", "both", "they", NULL,
};

static const char *const np_prepositions[] = {
  "of", "for", "at", "from", "in", "with", "to", "on", "close", "familiar", NULL,
};

static const char *const auxiliaries[] = {
  "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will",
  "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does",
  "do", "'s", "'re", "'ve", "'d", "'ll", NULL,
};

static const char *const female[] = {
  "she", "her", "mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess",
  "spokeswoman", "chairwoman", "congresswoman", "woman", "mother", "wife", "daughter",
  "sister", "grandmother", "aunt", "mary", "patricia", "jennifer", "linda", "elizabeth",
  "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "margaret", "betty",
  "sandra", "ashley", "dorothy", "kimberly", "emily", "donna", "michelle", "carol",
  "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia",
  "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole",
  "samantha", "katherine", "emma", "ruth", "christine", "catherine", "debra", "rachel",
  "carolyn", "janet", "virginia", "maria", "heather", "diane", "julie", "joyce",
  "victoria", "kelly", "christina", "joan", "evelyn", "lauren", "judith", "olivia",
  "martha", "cheryl", "megan", "andrea", "hannah", "jacqueline", "ann", "jean", "alice",
  "kathryn", "gloria", "teresa", "sara", "janice", "doris", "julia", "marie", "madison",
  "grace", "judy", "theresa", "beverly", "denise", "marilyn", "amber", "danielle",
  "abigail", "brittany", "rose", "diana", "natalie", "sophia", "alexis", "lori",
  "kayla", "jane", "theresa", "angela", "nancy", "kamala",
  "christine", "liz",
  "fatima", "aisha", "layla", "leila", "yulia",
  "irina", "olga", "natalia", "svetlana", "tatiana", "anne", "claire", "sophie",
  "isabelle", "chloe", "charlotte", "lucy", "amelia", "ella", "mia", "zoe", NULL,
};

static const char *const male[] = {
  "he", "him", "his", "mr", "mr.", "sir", "lord", "king", "prince", "spokesman",
  "chairman", "congressman", "man", "father", "husband", "son", "brother",
  "grandfather", "uncle", "james", "robert", "john", "michael", "david", "william",
  "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew",
  "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin",
  "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
  "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
  "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick",
  "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan",
  "henry", "douglas", "zachary", "peter", "kyle", "noah", "ethan", "jeremy", "walter",
  "christian", "keith", "roger", "terry", "austin", "sean", "gerald", "carl", "harold",
  "dylan", "arthur", "lawrence", "jordan", "jesse", "bryan", "billy", "bruce", "gabriel",
  "joe", "logan", "albert", "willie", "alan", "eugene", "russell", "vincent", "philip",
  "bobby", "johnny", "bradley", "mike", "bill", "tony", "tom", "jim", "bob", "ben",
  "dan", "steve", "chris", "nick", "matt", "tim", "fred", "ted", "ron", "barack",
  "tony", "benjamin",
  "mahmoud", "mohammed", "muhammad", "ahmed", "ali", "omar",
  "hassan", "hussein", "ibrahim", "khalid", "yousef", "youssef", "abdullah", "sergei",
  "dmitry", "alexei", "ivan", "igor", "volodymyr", "olaf", "friedrich", "hans", "jean-",
  "pierre", "jacques", "francois", "giuseppe", "marco", "luca", "carlos", "juan",
  "luis", "miguel", "pedro", "antonio", "manuel", "steven", "wayne",
  "jose", "rafael", "hugh", "ian", "neil", "graham", "nigel", "simon", "martin", "colin",
  "stuart", "gavin", "ross", "craig", "liam", "oliver", "harry", "charlie", "jamie",
  "alastair", "alistair", "angus", "malcolm", "duncan", "hamish", "rupert", NULL,
};

/* Irregular and common verb forms: a noun phrase never runs through them. */
static const char *const verbs[] = {
  "took", "made", "gave", "went", "came", "saw", "got", "held", "left", "kept",
  "brought", "began", "ran", "won", "lost", "sent", "met", "paid", "put", "set", "led",
  "became", "fell", "rose", "grew", "knew", "felt", "stood", "sat", "spent", "built",
  "sold", "bought", "caught", "fought", "taught", "meant", "dealt", "hit", "cut", "let",
  "struck", "broke", "chose", "drove", "flew", "froze", "hid", "lay", "rode", "shook",
  "spoke", "stole", "swore", "tore", "woke", "wore", "wrote", "seems", "seemed",
  "remain", "remains", "remained", "take", "takes", "make", "makes", "give", "gives",
  "get", "gets", "go", "goes", "come", "comes", "see", "sees", "want", "wants",
  "need", "needs", "face", "faces", "plan", "plans", "try", "tries", "keep", "keeps",
  "begin", "begins", "become", "becomes", "include", "includes", "mean", "means",
  "move", "moves", "live", "lives", "believe", "know", "knows", "like", "likes",
  "there", "here", "not", "rose", "rise", "rises", "fell", "fall", "falls", "grew", "grow",
  "grows", "cost", "costs", "stood", "stands", "hit", "hits", "topped", "tops", "reach",
  "reaches", NULL,
};

static const char *const claim_nouns[] = {
  "reports", "claims", "rumours", "rumors", "speculation", "suggestions", "allegations",
  "accusations", NULL,
};

/* Words that end in -ly and are no adverbs of manner: "the family said". */
static const char *const owned_claim_nouns[] = {
  "claim", "claims", "assertion", "assertions", "allegation", "allegations", "contention",
  "insistence", "argument", "suggestion", "warning", "prediction", "promise", "pledge",
  "accusation", "accusations", "statement", NULL,
};

static const char *const possessives[] = {"his", "her", "their", "its", "our", "my", NULL};

static const char *const ly_nouns[] = {
  "family", "assembly", "supply", "reply", "ally", "rally", "monopoly", "anomaly", "homily",
  "folly", "tally", "belly", "bully", "jelly", "lily", "italy", "july", "early", "daily",
  "weekly", "monthly", "yearly", "elderly", "friendly", "lonely", "holy", "ugly", "only",
  "families", "assemblies", "allies", "rallies", NULL,
};

static const char *const *const class_lists[GS_WORDS_N_CLASSES] = {
  [GS_WORDS_DETERMINER] = determiners,
  [GS_WORDS_TIME] = time_words,
  [GS_WORDS_SKIP_ADVERB] = skip_adverbs,
  [GS_WORDS_CLAUSE_BREAK] = clause_breaks,
  [GS_WORDS_PRONOUN] = pronouns,
  [GS_WORDS_ROLE] = roles,
  [GS_WORDS_ORGANISATION] = organisations,
  [GS_WORDS_PERSON_NOUN] = person_nouns,
  [GS_WORDS_GROUP_NOUN] = group_nouns,
  [GS_WORDS_NP_PREPOSITION] = np_prepositions,
  [GS_WORDS_AUXILIARY] = auxiliaries,
  [GS_WORDS_FEMALE] = female,
  [GS_WORDS_MALE] = male,
  [GS_WORDS_VERB] = verbs,
  [GS_WORDS_CLAIM_NOUN] = claim_nouns,
  [GS_WORDS_LY_NOUN] = ly_nouns,
  [GS_WORDS_OWNED_CLAIM] = owned_claim_nouns,
  [GS_WORDS_POSSESSIVE] = possessives,
};

/* One table for all classes: word → bit mask of its classes, so a word's
 * classes cost one lookup. */
static GHashTable *class_masks;

static gpointer
gs_words_init(gpointer unused)
{
  class_masks = g_hash_table_new(g_str_hash, g_str_equal);
  for (guint c = 0; c < GS_WORDS_N_CLASSES; c++) {
    for (const char *const *w = class_lists[c]; *w != NULL; w++) {
      guint mask = GPOINTER_TO_UINT(g_hash_table_lookup(class_masks, *w));

      g_hash_table_insert(class_masks, (gpointer)*w, GUINT_TO_POINTER(mask | (1u << c)));
    }
  }
  return NULL;
}

guint32
gs_words_mask(const char *lower)
{
  static GOnce once = G_ONCE_INIT;

  g_once(&once, gs_words_init, NULL);
  return GPOINTER_TO_UINT(g_hash_table_lookup(class_masks, lower));
}

gboolean
gs_words_has(GsWordClass klass, const char *lower)
{
  return (gs_words_mask(lower) >> klass) & 1u;
}
