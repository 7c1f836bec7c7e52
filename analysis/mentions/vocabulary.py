"""Closed classes of words the mention patterns need (not data a newsroom would extend: that is
``analysis/data/*.yaml``). Words shared with other analyses are in ``analysis/words.py``."""

from __future__ import annotations

# Modifiers before a title that say the role is not (or not yet, or no longer) current.
TEMPORAL_MODIFIERS = {"former", "then", "ex", "acting", "interim", "outgoing", "incoming", "new",
                      "late", "future", "next", "previous", "elect", "designate", "caretaker",
                      "would-be", "one-time", "onetime", "erstwhile", "retired", "sacked",
                      "ousted", "disgraced", "long-time", "longtime", "newly", "appointed"}
# Modifiers that make a different office ("deputy foreign minister" is not "foreign minister").
OFFICE_PREFIXES = {"deputy", "vice", "assistant", "shadow", "junior", "associate", "co", "joint"}
ROLE_ADJECTIVES = {"senior", "top", "chief", "current", "incumbent", "first", "veteran", "powerful",
                   "influential", "popular", "young", "old", "elderly", "long-serving",
                   "serving", "sitting", "embattled", "beleaguered", "foreign", "federal", "regional",
                   "local", "national", "two", "country's", "nation's", "club's", "party's",
                   "company's", "government's", "team's", "city's"}
# Capitalised words that start sentences or headings but never start a name.
NEVER_NAMES = {
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "or", "but",
    "if", "when", "while", "after", "before", "as", "despite", "during", "upon", "over", "under",
    "i", "it", "he", "she", "they", "we", "you", "his", "her", "their", "its", "our", "this",
    "that", "these", "those", "there", "here", "however", "meanwhile", "although", "though",
    "according", "because", "since", "until", "so", "yet", "also", "both", "all", "some", "many",
    "most", "more", "no", "not", "one", "two", "three", "mr", "mrs", "ms", "dr", "sir", "what",
    "why", "who", "how", "where", "which", "whose", "now", "then", "today", "yesterday",
    "tomorrow", "due", "each", "every", "other", "another", "such", "only", "even",
    "just", "still", "read", "skip", "click", "scroll", "follow", "watch", "see", "photo",
    "video", "picture", "image", "getty", "images", "updated", "published", "last", "first",
    "next", "new", "former", "about", "among", "between", "through", "without", "within",
    "against", "towards", "around", "across", "into", "onto", "out", "up", "down", "off",
    "alongside", "beside", "behind", "unlike", "like", "including", "following", "amid",
    "well", "yes", "oh", "please", "thank", "thanks", "dear", "let", "my", "me", "him", "them",
    "us", "your", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
}
NAME_PARTICLES = {"de", "da", "di", "del", "der", "den", "van", "von", "bin", "ibn", "al", "el",
                  "le", "la", "du", "dos", "das", "y", "ter", "mac"}
PLACE_HEADS = {"park", "street", "road", "square", "avenue", "lane", "bridge", "stadium", "arena",
               "ground", "hall", "house", "castle", "cathedral", "church", "abbey", "island",
               "islands", "mountains", "mountain", "river", "lake", "valley", "airport", "station",
               "county", "city", "town", "village", "beach", "bay", "coast", "hill", "hills",
               "forest", "gardens", "heights", "prison", "sea", "ocean", "gulf", "province",
               "region", "district", "state", "republic", "kingdom", "peninsula", "strait",
               "canal", "desert", "highway", "motorway", "way", "close", "drive", "row", "place",
               "court", "market", "palace", "tower", "towers", "hotel", "estate", "wood", "field",
               "fields", "green", "common", "point", "port", "harbour", "harbor", "dam", "falls",
               "united", "rovers", "wanderers", "athletic", "albion", "villa", "hotspur",
               "rangers", "celtic", "olympic", "games", "cup", "championship", "open", "league",
               "awards", "festival", "show", "week", "day", "year", "act", "bill", "war"}
PLACE_PREPOSITIONS = {"in", "at", "near", "across", "throughout", "outside", "inside", "around",
                      "towards", "toward", "into", "via", "from", "against", "beat", "beating",
                      "visit", "visited", "visiting", "over", "v", "vs"}
# Capitalised words that follow a title without being a name ("General Election").
NOT_NAMES = {"election", "elections", "assembly", "staff", "affairs", "secretary", "office",
             "meeting", "conference", "session", "debate", "committee", "strike", "manager"}
# A block of more sentences than this is not one paragraph but copy without paragraph breaks
# (news paragraphs run to one to four sentences; a lone block of wire copy runs to dozens).
MAX_PARAGRAPH_SENTENCES = 6
# Words that open a descriptive apposition after a full name ("Fu Qirong, a nursing supervisor").
APPOSITION_OPENERS = {"a", "an", "the", "his", "her", "their", "its", "one", "head", "chief"}
WHO_VERBS = {"is", "was", "has", "had", "serves", "served", "became", "been", "remains",
             "also", "now", "as"}
# What may follow a name for an apposition to end there ("the Prime Minister, Mikhail Mishustin.")
APPOSITION_ENDS = (",", ".", ";", ")")
SPEECH_AFTER_NAME = ("said", "says", "told", "added")

# Events a definite description can refer back to ("their dialogue", "the talks"), by family: any
# earlier word of the same family (noun or verb) counts as having reported the event.
EVENT_FAMILIES = {
    "talk": {"meeting", "meetings", "meet", "meets", "met", "talks", "talk", "talked", "talking",
             "dialogue", "dialog", "discussion", "discussions", "discuss", "discussed",
             "discussing", "conversation", "conversations", "negotiation", "negotiations",
             "negotiate", "negotiated", "negotiating", "summit", "encounter", "interaction",
             "interactions", "interacted", "consultations", "consulted", "exchange", "exchanges",
             "audience", "session", "sit-down", "chat", "chats", "spoke", "speak", "speaks"},
    "call": {"call", "calls", "called", "phone", "phoned", "telephoned", "rang"},
    "visit": {"visit", "visits", "visited", "visiting", "trip", "trips", "tour", "toured",
              "travelled", "traveled", "journey", "stay", "stayed", "arrival", "arrived"},
    "interview": {"interview", "interviews", "interviewed"},
}
# word -> its family (the first family that lists it)
EVENT_FAMILY_OF: dict[str, str] = {}
for _family, _words in EVENT_FAMILIES.items():
    for _word in _words:
        EVENT_FAMILY_OF.setdefault(_word, _family)
EVENT_NOUNS = {"meeting": "talk", "talks": "talk", "dialogue": "talk", "dialog": "talk",
               "discussion": "talk", "discussions": "talk", "conversation": "talk",
               "negotiations": "talk", "summit": "talk", "encounter": "talk", "exchange": "talk",
               "consultations": "talk", "call": "call", "phone call": "call", "visit": "visit",
               "trip": "visit", "tour": "visit", "interview": "interview"}
# Words after an event noun that set it up in the same breath ("the talks on trade").
EVENT_COMPLEMENTS = {"of", "on", "with", "between", "in", "at", "over", "about", "to", "that",
                     "which", "where", "when", "for", "among", "after", "before", "last", "this",
                     "next", "scheduled", "planned", "due"}

GENERIC_ORG_WORDS = {"the", "of", "for", "and", "national", "international", "european", "world",
                     "federal", "united", "union", "state", "states", "central", "general", "new",
                     "royal", "global", "american", "british", "chinese", "russian", "people's",
                     # what organisations are for: shared by many names ("Asian Development Bank",
                     # "Inter-American Development Bank"), so one of them met before does not set
                     # up another organisation
                     "development", "investment", "reconstruction", "cooperation", "co-operation",
                     "economic", "monetary", "financial", "finance", "trade", "energy", "atomic",
                     "nuclear", "labour", "labor", "food", "health", "security", "human", "rights",
                     "civil", "aviation", "maritime", "meteorological", "science", "research",
                     "education", "agriculture", "agricultural", "environment", "environmental",
                     "defence", "defense", "public", "social", "regional", "nations", "countries",
                     "affairs", "foreign", "interior", "justice", "emergency", "relief", "standards",
                     "communications", "transport", "police", "fire", "rescue", "national's"}
