"""Person names as values: `Björn Haddad`, `Haddad, Björn`, `Zoe's iPhone`.

A name under a neutral key (`answers.q4`, `custom_3`) or under a key that is usually a thing's
(`properties.name`) is recognised when its last word is a known family name after a known given
(or family) name: about 29,000 given and 37,000 family names, folded to ASCII, from Faker's
person providers for a hundred locales (data/, written by tools/build_name_lists.py), and 7,300
more that they lack, written by hand (data/added_*.txt). Whole values are two to four
capitalised words (a hyphenated one too: `Jean-Pierre`, `Al-Ghamdi`), or a name typed in
lowercase or with an initial; in prose (`named_in`) a
listed name, a given name mid-sentence, greeted, @mentioned or opening a notification. Family
names keep their particles (`Karabo du Plessis`). Japanese and Chinese names are read in their
own script (`伊藤 花子`) by a hand-written list of family names in kanji and hanzi, and names in
katakana (`ヤマモト ケイコ`) romanised to the lists. The lists
only decide membership; a value that matched is never kept. Lexicon evidence is weak (`Paris
Hilton` is a person, `Grace Church` may be a place): it never counts under identifier keys, and
a path is flagged only when most of its values carry a name, whole or in prose.

A device that names itself after its owner (`Zoe's iPhone`, `iPhone von Luis`) is strong
evidence: phones and laptops did so by default for years; so is a name behind a title
(`Dr. Omar Khan`, `Sra. Lucía Pérez`).

An organisation's or a venue's name (`Keller Bau GmbH`, `Grace Community Church`, `Kyoto
Station`) is the opposite evidence: a `name` whose values are mostly those is a company's,
a workspace's or a place's (`group` calls' `traits.name`), not a person's.
"""

import re
import unicodedata
from functools import cache
from importlib.resources import files
from itertools import pairwise

from portal.detection.keys import fold

_APOSTROPHES = "'\u2019"
# Latin letters with their Western and Central European accents (Latin-1 and Extended-A/B:
# `Wiśniewski`, Turkish dotless i), as plain ranges so Python's re compiles them as RE2 does.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏ"
# With Latin Extended Additional: Vietnamese words (`Tiếng`, `Nguyễn`) are one word, not two.
_LETTER = "A-Za-zÀ-ÖØ-öø-ɏ\u1e00-\u1eff"
_OWNER = rf"[{_UPPER}][^\s{_APOSTROPHES}]*(?: [{_UPPER}][^\s{_APOSTROPHES}]*)?"
_DEVICES = (
    r"(?:iPhone|iPad|iPod|MacBook|iMac|Mac|Apple Watch|AirPods|Galaxy|Pixel|Phone|Laptop|PC"
    r"|Computer|Kindle|Chromebook|Surface|Tablet)"
)
_OF = "von|de|di|van|av"
OWNED_DEVICE = (
    rf"{_OWNER}[{_APOSTROPHES}]s {_DEVICES}\b[^\n]{{0,40}}"
    rf"|{_DEVICES}(?: [A-Za-z0-9+]+){{0,2}} (?:{_OF}) {_OWNER}"
)
# What each form of OWNED_DEVICE cannot do without: the owner's apostrophe or the word before the
# owner. Most values have neither, and this search costs a quarter of the full pattern's failure.
_OWNED_MARK = re.compile(rf"[{_APOSTROPHES}]| (?:{_OF}) ")
_WORD = rf"[{_UPPER}][{_LETTER}{_APOSTROPHES}]+(?:-[{_UPPER}][{_LETTER}{_APOSTROPHES}]+)?"
# Forms of address and post-nominal letters around a name: `Dr. Omar Khan`, `Ana Ruiz, NP`.
_TITLES = (
    "Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Dott|Dra|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|M"
    # A nurse's, a coach's, a cleric's or an officer's name as rosters and reports write it.
    "|Nurse|Coach|Rev|Pastor|Judge|Officer|Sgt|Capt|Det"
    # A judge as a court order names one: the Honourable, His or Her Honour Judge.
    "|Hon|HHJ"
    # A congregation's forms of address (Sister, Brother, Father, Elder, an imam's, an ustaz's, a
    # pilgrim's) and Indonesian's and Malay's Mr and Mrs (Bapak, Pak, Ibu, Bu).
    "|Sis|Sister|Bro|Brother|Fr|Father|Elder|Deacon|Bishop|Rabbi|Imam|Sheikh|Ustaz|Ustadz|Alhaji|Hajia"
    "|Bapak|Pak|Ibu|Bu"
)
_TITLE = rf"(?:{_TITLES})\.? "
_POSTNOMINAL = r"(?:,? (?:MD|NP|RN|PhD|DDS|DMD|DO|PA-C|Jr\.?|Sr\.?|II|III|IV))?"
# The lower-case particles of family names: `Karabo du Plessis`, `Johan van der Merwe`, `Ana
# da Silva`, `Omar bin Laden`.
_PARTICLES = "van|von|der|den|de|du|da|das|dos|del|della|di|ter|ten|le|la|bin|binti|ibn|al|el"
_PARTICLE_WORDS = frozenset(_PARTICLES.split("|"))
# Given and family name, `Family, Given`, or up to two middle names, an initial (`Kayla L.
# Hernandez`) or particles between.
PERSON_NAME = (
    rf"(?:{_TITLE})?{_WORD},?(?: [{_UPPER}]\.)?(?:(?: (?:{_PARTICLES}))* {_WORD}){{1,3}}{_POSTNOMINAL}"
)
# The pattern of the `name` value matcher, anchored: a name is a whole value, never a substring.
PATTERN = rf"^(?:{OWNED_DEVICE}|{PERSON_NAME})$"

_OWNED = re.compile(OWNED_DEVICE)
_SHAPE = re.compile(PERSON_NAME)
_DATA = files("portal.detection").joinpath("data")
# Faker's lists (tools/build_name_lists.py), and names they lack written by hand from knowledge
# (data/added_*.txt: Gulf and Levantine family names, South Asian and African names…), then
# surveyed culture by culture (Japanese, Korean, Chinese, South and South-East Asian, Pacific,
# African, West and Central Asian, European, Latin American and indigenous). Left out: names of
# three letters or fewer, English words and their inflections, key vocabulary, and places and
# brands that are also names (`Lisboa`, `Kawasaki`, `Mercedes`).
GIVEN = frozenset(
    _DATA.joinpath("given_names.txt").read_text().split()
    + _DATA.joinpath("added_given_names.txt").read_text().split()
)
FAMILY = frozenset(
    _DATA.joinpath("family_names.txt").read_text().split()
    + _DATA.joinpath("added_family_names.txt").read_text().split()
)
# Japanese and Chinese family names in their own script (`佐藤`, `長谷川`, `王`, `歐陽`), written by
# hand: the lists above hold them romanised only.
HAN_FAMILY = frozenset(_DATA.joinpath("han_family_names.txt").read_text().split())


def listed(word: str) -> bool:
    """A single word the given- or family-name lists hold (`Mehmet`, `ngozi`, `Wong`)."""
    folded = _folded_lower(word)
    return folded in GIVEN or folded in FAMILY


# The words of an address's local part: `liam.osullivan`, `tamika.b`, `valeria_hernandez17`.
_MAILBOX_WORDS = re.compile(r"[^a-z]+")


def names_a_mailbox(address: str) -> bool:
    """Whether an e-mail address's local part holds a listed name, or an initial and a family
    name (`jmwangi`, `sdas`): a person's mailbox, not a desk's (`crewing@`, `compras@`)."""
    # (The words are ASCII and lower case already: the lists' own form, no folding needed.)
    for word in _MAILBOX_WORDS.split(address[: address.find("@")].lower()):
        if word in GIVEN or word in FAMILY or (word[1:] in FAMILY and len(word) > 3):
            return True
    return False


def _family(word: str) -> bool:
    """A known family name, also in its possessive (`Nguyen's ankle`), or a hyphenated one ending
    in one: `Smith-Jones`, and Arabic names with their article, `Al-Ghamdi`, `El-Sayed` (the lists
    hold them bare)."""
    folded = _folded_lower(word)
    if folded in FAMILY or folded.rpartition("-")[2] in FAMILY:
        return True
    if not folded.endswith(_POSSESSIVE):
        return False
    folded = folded[: -2 if folded[-1] == "s" else -1]
    return folded in FAMILY or folded.rpartition("-")[2] in FAMILY


def may_be_a_name(text: str) -> bool:
    """Cheap shape test before any set runs: could this whole value be a person's name?"""
    return _SHAPE.fullmatch(text) is not None or owned_device(text)


# Runs of capitalised words in prose; a run that is a whole name names a person, one that merely
# contains a name (`Lycée Victor Hugo`, `Collège Jean Moulin`) names a place after one.
# A word in prose may be a name hyphenated either way (`Jean-Pierre`, `Seo-jun`).
_PROSE_WORD = rf"[{_UPPER}][{_LETTER}{_APOSTROPHES}]+(?:-[{_LETTER}]+)?"
_RUN = re.compile(rf"{_PROSE_WORD}(?:(?: (?:{_PARTICLES}))* {_PROSE_WORD})*")
# A greeting or a sign-off names its person by the first name alone: `Hi Jakub,`,
# `Happy birthday Hugo!`, `Love, Ama`, `xx from Sakura`.
_GREETED = re.compile(
    r"\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Bb]irthday|[Cc]hristmas|[Cc]ongratulations|[Cc]ongrats|[Tt]hanks"
    r"|[Tt]hank you|[Ll]ove,|xx from|[Cc]heers,|[Rr]egards,|[Bb]est,|[Ww]elcome"
    # Other languages' greetings and thanks: `Hallo Ayşe`, `Parabéns Juliana`, `Gracias Renata`.
    r"|[Hh]allo|[Hh]alo|[Hh]ola|[Oo]i|[Oo]lá|[Bb]onjour|[Ss]alut|[Cc]iao|[Hh]ej|[Mm]erhaba|[Pp]arabéns"
    r"|[Ff]elicidades|[Gg]racias|[Oo]brigad[oa]|[Mm]erci|[Dd]anke|[Gg]razie|[Aa]lles [Gg]ute|[Ff]eliz"
    r"|[Jj]oyeux [Nn]oël|[Bb]uon [Cc]ompleanno"
    # Greetings in Swahili, Luganda, Hausa, Yoruba, Igbo, Zulu, Hebrew, Arabic, Hindi, Malay and
    # Indonesian, Tagalog, Portuguese and Spanish, the Nordic languages, Polish, Czech, Kinyarwanda
    # and Bengali (`Muraho Claudine,`, `Priyo Shapla,`: dear).
    r"|[Hh]abari|[Jj]ambo|[Gg]yebale|[Ss]annu|[Bb]awo|[Kk]edu|[Ss]awubona|[Ss]halom|[Ss]alaam|[Ss]alam"
    r"|[Mm]arhaba|[Aa]hlan|[Nn]amaste|[Ss]elamat|[Kk]umusta|[Bb]om dia|[Bb]oa tarde|[Bb]uenos d[ií]as"
    r"|[Hh]ei|[Hh]allå|[Cc]ześć|[Aa]hoj|[Mm]uraho|[Mm]waramutse|[Mm]wiriwe|[Pp]riyo)"
    rf",? ?({_PROSE_WORD})\b"
)
# The greetings' words, lower-cased: the search above runs only on text that has one (it tries
# every alternative at every word, ten times the cost of finding the words).
_GREETING_WORDS = frozenset(
    (
        *("hi", "hello", "hey", "dear", "birthday", "christmas", "congratulations", "congrats", "thanks"),
        *("thank", "love", "xx", "cheers", "regards", "best", "welcome", "hallo", "halo", "hola", "oi"),
        *("olá", "bonjour", "salut", "ciao", "hej", "merhaba", "parabéns", "felicidades", "gracias"),
        *("obrigado", "obrigada", "merci", "danke", "grazie", "gute", "feliz", "noël", "compleanno"),
        *("habari", "jambo", "gyebale", "sannu", "bawo", "kedu", "sawubona", "shalom", "salaam"),
        *("salam", "marhaba", "ahlan", "namaste", "selamat", "kumusta", "dia", "tarde", "días", "dias"),
        *("hei", "hallå", "cześć", "ahoj", "muraho", "mwaramutse", "mwiriwe", "priyo"),
    )
)


def as_written(words: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """Lower-cased words as `str.split` leaves them in prose: bare, before punctuation, in
    brackets (`hallo,`, `birthday!`, `(epilepsy)`). Splitting on spaces and one set lookup cost a
    fifth of a regex tokenizer, per prose value."""
    return frozenset(
        opening + word + closing
        for word in words
        for opening in ("", "(", '"')
        for closing in ("", ",", ".", "!", "?", ":", ";", ")", "),", ").", '"', "...")
    )


_GREETING_FORMS = as_written(_GREETING_WORDS)
# A card addressed to its reader by name: `For Emeka, …`, `Ananya — congrats on the new job!`,
# `Emeka, …`, with Korean's polite suffix (`Walter님, …`); not a town and its state (`Austin, TX`).
_ADDRESSED = re.compile(
    rf"(?:For|To),? ({_PROSE_WORD})\b"
    rf"|({_PROSE_WORD})\ub2d8?(?: [\u2014\u2013-]|,(?! [A-Z]{{2}}\b)|!)"
)
# Someone mentioned: `cc @Arjun`.
_MENTIONED = re.compile(rf"@([{_UPPER}][{_LETTER}{_APOSTROPHES}]+)")


# A notification that opens with who did what to the reader: `Hunter sent you a message`,
# `Ewan wants you to join…`, `Minji liked your photo`.
# What someone did, said of them by name: notifications (`Ewan wants you to join…`), a coach's or
# a carer's note on how they did (`Emily hit a new PR`, `Mai felt tired`), a report's or a
# reference's sentence (`Kofi reads the game well`, `Olivia has been added to U14`), a home's or a
# family app's (`Sanne disarmed the alarm`, `Mateo earned the badge`).
_DID = (
    *("sent", "wants", "invited", "liked", "likes", "loved", "commented", "replied", "mentioned"),
    *("shared", "added", "accepted", "requested", "followed", "tagged", "messaged", "matched"),
    *("reacted", "asked", "paid", "viewed", "poked", "wrote", "waved", "said", "says", "led", "here"),
    *("called", "emailed", "booked", "cancelled", "canceled", "confirmed", "joined", "needs", "owns"),
    *("should", "would", "could", "chegou", "foi", "war", "hat", "eres", "ha"),
    *("felt", "hit", "missed", "had", "did", "got", "completed", "finished", "attended", "arrived"),
    *("left", "started", "scored", "struggled", "improved", "managed", "seemed", "looked", "worked"),
    *("was", "has", "reads", "trained", "showed", "played", "swam", "fell", "passed", "failed"),
    *("complained", "reported", "received", "is", "unlocked", "locked", "disarmed", "armed"),
    *("earned", "ate", "painted", "needed", "appears", "taught", "helped", "gave", "brought", "visited"),
    *("took", "came", "went", "told", "belde", "rief"),
    # A nursery's, a school's or a carer's day notes (`Kai found a worm`, `Bram heeft…`).
    *("found", "tried", "made", "drew", "built", "enjoyed", "learned", "learnt", "slept", "napped"),
    *("cried", "smiled", "laughed", "danced", "sang", "ran", "jumped", "climbed", "explored", "spent"),
    *("spoke", "stayed", "wore", "won", "lost", "practised", "practiced", "heeft", "ist"),
    # What someone prefers or needs, as a tutor's, a carer's or a callback's note says it
    # (`Ayaan prefers Hindi`, `Tomás necesita reforzar M1`, `Khoa muốn luyện speaking`).
    *("prefers", "necesita", "quiere", "prefiere", "precisa", "quer", "muốn", "cần"),
    # A therapist's session notes and a plan's goals (`Itai combined two words`, `Noa will produce
    # final consonants`).
    *("will", "combined", "used", "produced", "tolerated", "responded", "imitated", "named"),
)
# (With an initial for the family name, as marketplaces show people: `Aarav I. left feedback`.)
_OPENING = re.compile(rf"([{_UPPER}][{_LETTER}]+)(?: [{_UPPER}]\.)? (?:{'|'.join(_DID)})\b")
# The verbs as prose's lower-cased words hold them: text without one cannot open with a name and a
# deed, and most prose (user agents, titles) has none, so the sentences are not walked.
_DID_FORMS = as_written(_DID)
# A contact or a profile labelled with who they are to the user or which of their numbers it is:
# `Kenji (daughter)`, `Sofía (Mom)`, `Nusrat (NOK)`, `Aoife (work)`, `Lena (Tagesmutter)`.
_RELATED = re.compile(
    rf"({_PROSE_WORD})(?: {_PROSE_WORD})? \((?i:me|mom|mum|mam|dad|mother|father|son|daughter|child|kid"
    r"|partner|wife|husband|spouse|sister|brother|grandma|grandpa|granny|nan|aunt|uncle|cousin|niece"
    r"|nephew|friend|guardian|carer|nok|fianc[ée]e?|baby|stepson|stepdaughter|work|home|mobile|office"
    r"|nanny|babysitter|childminder|tagesmutter|neighbou?r|oma|opa|abuela|abuelo|t[ií]a|t[ií]o)\)"
)
# Or which of their numbers it is, or who they are to the user, without the brackets, as a
# phone's contacts and a wallet's payees are often saved: `Tanisha work`, `Saeed wife`.
_SAVED_AS = (
    *("work", "home", "mobile", "cell", "office", "wife", "husband", "mum", "mom", "dad", "son"),
    *("daughter", "brother", "sister", "driver", "landlord", "nanny", "maid", "tutor", "cleaner"),
)
_NUMBER_OF = re.compile(rf"({_PROSE_WORD}) (?:{'|'.join(_SAVED_AS)})\Z")
_NUMBER_OF_FORMS = frozenset(_SAVED_AS)
# Who someone is to the writer, then their name: `Son Rhys McAllister holds power of attorney`,
# `Uncle Ngozi outside the shop`, `Buurman Fatma Brouwer belde`, `Tenant - Camila Sharma`.
_KIN = (
    *("son", "daughter", "wife", "husband", "partner", "mother", "father", "mum", "mom", "dad"),
    *("uncle", "aunt", "auntie", "granny", "grandma", "grandpa", "grandad", "grandson"),
    *("granddaughter", "brother", "sister", "cousin", "nephew", "niece", "tita", "tito", "lola"),
    *("lolo", "buurman", "buurvrouw", "neighbour", "neighbor", "sohn", "tochter", "tenant", "guest"),
    *("kuya", "manong", "manang"),  # Filipino elder brother and sister
    # Aunties and grandmothers as families call them; Māori elders and aunts; German and Dutch.
    *("aunty", "nana", "nan", "koro", "kuia", "whaea", "tante", "oma", "opa"),
    # Spanish aunts, uncles and grandparents, German neighbours (not `Papa` or `Mama`: `Papa
    # John's`, `Mama Mia`).
    *("tía", "tío", "tia", "tio", "abuela", "abuelo", "abuelita", "nachbar", "nachbarin"),
    "pax",
)
_KIN_BEFORE = re.compile(rf"\b(?i:{'|'.join(_KIN)})(?: ?[:\u2013-])? ({_PROSE_WORD})")
_KIN_FORMS = as_written(_KIN)
# A form of address before a family name, in prose or a label: `Mrs Moyo asleep on arrival`,
# `Hello Mx Novak`, `Dr M Begum`, `Miss O'Brien (Form 7B)`.
# Spanish's Sr., Don and Doña too (`Sr. Rojas on floor`, `Don Héctor had a good day`), and an
# Irish family name's Ó, Ní or Mac (`Mrs Ó Murchú`), which is a name whatever follows it. A judge
# as a court order names one (`Hon. Adeyemi`).
_ADDRESSED_BY_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Mme|Mlle|Herr|Frau|Sr|Sra|Srta|Dott|Don|Doña|Hon)\.? "
    rf"(?:(?!(?:Ó|Ní|Nic|Mac|Uí) )[{_UPPER}]\.? )?((?:(?:Ó|Ní|Nic|Mac|Uí) )?{_WORD})"
)
_IRISH_PARTICLES = ("Ó ", "Ní ", "Nic ", "Mac ", "Uí ")
# Brands named like a titled person (`Dr Pepper`, `Mr Price`).
_TITLED_BRANDS = frozenset(("pepper", "martens", "oetker", "scholl", "price", "muscle", "clean", "bean"))
_TITLE_FORMS = as_written(
    (
        *("mr", "mrs", "ms", "mx", "miss", "dr", "prof", "mme", "mlle", "herr", "frau", "sra", "srta"),
        *("dott", "mr.", "mrs.", "ms.", "dr.", "prof.", "dott.", "sr.", "sra.", "don", "doña"),
        *("hon", "hon."),
    )
)
# A boarding pass's barcode (IATA BCBP): `M1`, the passenger's SURNAME/GIVEN padded to 20
# characters, then the booking reference.
_BOARDING_PASS = re.compile(r"M[1-4][A-Z'-]{2,}/[A-Z][A-Z ]+ [ E]?[A-Z0-9]{6,7} [A-Z]{6}")
# Where a later sentence opens: `Good attitude. Kofi struggled…`, `TeamSheet: Olivia has…`.
_SENTENCE_ENDS = (". ", "! ", "? ", ": ", "; ")
# A Korean name with its honorific (`이지우님`, `[Riftgate] 강하은님, 결제가…`): a family name's
# syllable, then one or two more. A whole three-syllable name may stand apart from its honorific
# or be followed by whose it is or who they are, as a caseworker's note writes it (`김은지 님 상담
# 완료`, `김도윤 어머니와 통화`, `장지호 아동 정서 상태`).
# What follows a name, apart: an honorific, whose parent or grandparent, a child or a guardian.
_KOREAN_AFTER_A_NAME = ("님", "씨", "어머니", "아버지", "아동", "학생", "보호자", "할머니", "할아버지")
_HONOURED_KOREAN = (
    "(?:^|[^가-힣])([김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄변채원천방공현함염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈]"
    "(?:[가-힣]{1,2}(?=님)|[가-힣]{2}(?= (?:" + "|".join(_KOREAN_AFTER_A_NAME) + "))))"
)
# Who is honoured by role, not by name: a customer, a teacher, a driver, a director, a nurse…
_KOREAN_TITLES = frozenset(
    (
        "고객",
        "선생",
        "사장",
        "기사",
        "부장",
        "원장",
        "이사",
        "소장",
        "국장",
        "차장",
        "주임",
        "간호사",
        "상담사",
    )
)


# Words that name lists also hold as given names: months and weekdays (`Mon 10 Jul`, `in May`),
# pronouns.
_NOT_GIVEN = frozenset(
    (
        *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("january", "february", "march", "april", "june", "july", "august", "september"),
        *("october", "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        # German's polite you, capitalised inside every sentence (`Welche Erfahrung haben Sie`).
        *("sie", "ihr", "ihre", "ihnen"),
        # An antibody in a lab test's name (`Treponema pallidum Ab`); a state in a golf format's
        # (`a Texas scramble`).
        *("ab", "texas"),
        # A case's number in a subject line (`Agreement - Case 2024-0622`).
        "case",
    )
)


def named_in(text: str, words: list[str] | None = None) -> bool:
    """A person's whole name somewhere in prose (`@Olga Müller can you review…`), a known given
    name inside a sentence (`Spoke with Zanele about renewal`), greeted or signed off (`Happy
    birthday Hugo! Love, Ama`), or opening a sentence that says what they did (`Minji sent you a
    message`). `words`: the text lower-cased and split on spaces, when the caller has it."""
    for run in _RUN.finditer(text):
        run_words = run.group()
        if _size(run_words) in (2, 3) and listed_name(run_words):
            return True
        # One capitalised word inside a sentence is a proper noun; a known given name there is
        # someone's (`Spoke with Zanele`, `Sat with Keisha's daughter`). Not at a sentence's
        # start, where any word is capitalised, nor a product token in a user agent (`like
        # Gecko)`, `Safari/605`) or a place in a path (`America/Denver`).
        start, end = run.span()
        # Whose it is, by a known given name's possessive, before what it names: `Emily's kidney
        # transplant fund`, `José's Pulse Pro 3`, `Carlos's Nairobi Half` (not a brand alone:
        # `Wendy's`).
        owner = run_words.partition(" ")[0]
        if owner.endswith(_POSSESSIVE) and end < len(text.rstrip()) and _given(owner):
            return True
        if " " in run_words:
            inside = start and _before(text, start) not in ".!?\n"
            # Two given names inside a sentence: `Your lesson with Ana Clara A.`, `Piano: Pedro
            # Henrique with…` (not a site's name in its page titles: `Check-in | Villa Luce`).
            if (
                inside
                and run_words.count(" ") == 1
                and _before(text, start) not in _OPENS_A_SEGMENT
                and all(map(_given, run_words.split()))
            ):
                return True
            # A note's sentence opening with what was done, to whom: the verb is capitalised
            # for its place, the name for itself (`Called Hana about…`, `Visited Intan
            # Rahmawati, recovering…`, `Expecting Darren Sim`; not `Pay Bill`, `São Paulo`,
            # `Escuela Benito Juárez`).
            verb, _, run_words = run_words.partition(" ")
            if inside or not (verb.endswith(("ed", "ing")) or verb in _DONE_TO):
                continue
            if " " in run_words:
                # The name may run into the capitalised word after it (`Text Maria Rodriguez
                # I'm running late`): its first two or three words.
                named = run_words.split(" ")
                if any(
                    _size(named[:size]) == size and listed_name(" ".join(named[:size]))
                    for size in (2, 3)
                    if len(named) >= size
                ):
                    return True
                continue
        elif _INITIAL_AFTER.match(text, end) is not None and run_words[1:].islower() and _given(run_words):
            # A given name and the family name's initial, as a calendar or a marketplace shows
            # someone (`Assessment: Leonardo V.`), wherever it stands.
            return True
        elif not start or _before(text, start) in _OPENS_A_SEGMENT:
            continue
        if (
            run_words[1:].islower()
            and text[end : end + 1] not in ("/", ")")
            and _given(run_words)
            and _STATE_AFTER.match(text, end) is None
            and not text.endswith(_IN_A_PLACE, 0, start)
        ):
            return True
    if words is None:
        words = text.lower().split()
    called = []
    addressed = _ADDRESSED.match(text)
    if addressed is not None:
        called.append(addressed.group(1) or addressed.group(2))
    if "@" in text:
        called += _MENTIONED.findall(text)
    if not _GREETING_FORMS.isdisjoint(words):
        called += _GREETED.findall(text)
    # Written as a name is (`Ananya`), not a brand in capitals (`FRITZ!Box`).
    if any(name[1:].islower() and _given(name) for name in called):
        return True
    if not _DID_FORMS.isdisjoint(words) and _opens_with_a_name(text):
        return True
    if "(" in text and (related := _RELATED.match(text)) is not None and _given(related.group(1)):
        return True
    if (
        len(words) == 2
        and words[1] in _NUMBER_OF_FORMS
        and (labelled := _NUMBER_OF.match(text)) is not None
        and _given(labelled.group(1))
    ):
        return True
    if not _KIN_FORMS.isdisjoint(words) and any(map(_given, _KIN_BEFORE.findall(text))):
        return True
    if not _TITLE_FORMS.isdisjoint(words) and any(
        (name.startswith(_IRISH_PARTICLES) or _given(name) or _family(name))
        and name.lower() not in _TITLED_BRANDS
        for name in _ADDRESSED_BY_TITLE.findall(text)
    ):
        return True
    if "-" in text and any(mark in text for mark in _ROMAJI_HONORIFICS) and _HONOURED_ROMAJI.search(text):
        return True
    if text[:1] == "M" and _BOARDING_PASS.match(text) is not None:
        return True
    if not text.isascii() and (han_name_in(text) or honoured_in(text)):
        return True
    if any(mark in text for mark in _KOREAN_AFTER_A_NAME) and any(
        name not in _KOREAN_TITLES for name in _compiled(_HONOURED_KOREAN).findall(text)
    ):
        return True
    if " v. " in text or " v " in text or " vs" in text or "In re " in text:
        found = _compiled(_CAPTION).search(text)
        if found is not None and any(_family(party) for party in found.groups() if party):
            return True
    return text.isupper() and _shouted_name(text)


# Characters after which a capitalised word opens a sentence, a clause or a title's part: a
# site's name after `|` (`Checkout | Velia`) is a brand even when it is a given name. (Not a
# dash: a sign-off, `STOP - Camila`, `— Aiyana, GM`.)
# A family name's initial after a given name, ending the text or a phrase (`Leonardo V.`).
_INITIAL_AFTER = re.compile(rf" [{_UPPER}]\.(?:$|[\s,;)])")
_OPENS_A_SEGMENT = frozenset(".!?:;(/\n|\u00b7")
# A word after which one capitalised word is a place, even one that is also a given name
# (`Stored in Geneva`, `a friend near Florence`).
_IN_A_PLACE = (" in ", " near ", " via ")
# A town and its US state or Canadian province (`Austin, TX`, `Jackson MS`): a place named like
# a person.
_STATE_AFTER = re.compile(
    r",? (?:A[KLRZB]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ABDEINOST]|N[BCDEHJLMSTUVY]|O[HKNR]|P[AE]"
    r"|QC|RI|S[CDK]|T[NX]|UT|V[AT]|W[AIVY]|YT)\b"
)


def _opens_with_a_name(text: str) -> bool:
    """A sentence, the first or a later one, that opens with a known given name and what they
    did (`Minji sent you a message`, `Good attitude. Kofi struggled in the drills`)."""
    start = 0
    while start >= 0:
        opening = _OPENING.match(text, start)
        if opening is not None and _folded_lower(opening.group(1)) in GIVEN:
            return True
        start = min((at + 2 for end in _SENTENCE_ENDS if (at := text.find(end, start)) >= 0), default=-1)
    return False


def _given(word: str) -> bool:
    """A known given name, also in its possessive (`Keisha's`) and hyphenated forms: `Jean-Pierre`
    by its first part, Korean names written with or without the hyphen (`Seo-jun`, `Seojun`)."""
    folded = _folded_lower(word)
    if folded.endswith(_POSSESSIVE):
        folded = folded[: -2 if folded[-1] == "s" else -1]
    if folded in _NOT_GIVEN:
        return False
    if folded in GIVEN:
        return True
    return "-" in folded and (folded.partition("-")[0] in GIVEN or folded.replace("-", "") in GIVEN)


# Past tenses that do not end in -ed, as a carer's or a coach's note opens (`Met Ahmed at…`), and
# an instruction's verbs.
_DONE_TO = frozenset(
    (
        *("Met", "Saw", "Told", "Gave", "Took", "Sent", "Rang", "Brought", "Drove", "Paid", "Taught"),
        # A callback's or a handover's instruction (`Call Olivia after 7pm`, `Remind Kofi to…`),
        # in German too (`Ruf Jonas Zimmermann an`).
        *("Call", "Ring", "Text", "Phone", "Remind", "Tell", "Ask", "Ruf"),
        # A gift's or a letter's sender or addressee (`From Elif Chen, with love`, `Dear Ana Lima`).
        *("From", "Dear"),
    )
)
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
# A court case's caption names its parties: `Singh v. Hernández`, `State v. Arjun Walker`,
# `In re Marriage of Ivanova`, `In re Estate of Okafor`.
_CAPTION = (
    rf"({_WORD}) (?:v|vs)\.? (?:{_WORD} )?({_WORD})"
    rf"|In re (?:the )?(?:Marriage|Estate|Guardianship|Adoption|Custody) of ({_WORD})"
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern few values ever need (a court caption, a Korean honorific), compiled when one
    does: their Latin and Hangul ranges make them slow for Python's re to compile at import."""
    return re.compile(pattern)


_SHOUTED_WORDS = re.compile(rf"[{_UPPER}]+(?:-[{_UPPER}]+)?")


def _shouted_name(text: str) -> bool:
    """A name in capitals, as bank transfer narrations write them: `TITHE FROM FUNMILAYO DANJUMA`,
    `UPI/RAHUL SHARMA/OKAXIS` (a known given name, then a known family name)."""
    words = [_folded_lower(w) for w in _SHOUTED_WORDS.findall(text)]
    return any(given in GIVEN and _family(family) for given, family in pairwise(words))


def _before(text: str, start: int) -> str:
    """The last character before `start` that is not a space ('' at the start)."""
    index = start - 1
    while index >= 0 and text[index] == " ":
        index -= 1
    return text[index] if index >= 0 else ""


def owned_device(text: str) -> bool:
    return _OWNED_MARK.search(text) is not None and _OWNED.fullmatch(text) is not None


def listed_name(text: str) -> bool:
    """A known family name last, after a known given name or another family name (`Ren
    Yamamoto`: lists hold few Japanese given names); `Family, Given` turned round."""
    family, comma, given = text.partition(",")
    words = (given.split() + family.split()) if comma else text.split()
    if not 2 <= len(words) <= 4 and not 2 <= _size(words) <= 4:
        return False
    # A hyphenated given name by its first part (`Jean-Pierre`, `Mary-Kate`) or whole, as
    # romanised Korean writes one (`Ji-woo`: the lists hold `jiwoo`).
    folded = _folded_lower(words[0])
    first = folded.partition("-")[0]
    given_name = first in GIVEN or ("-" in folded and folded.replace("-", "") in GIVEN)
    if not (given_name or first in FAMILY):
        return False
    # A family name with the particle the lists (one word per name) leave out: `Karabo du
    # Plessis`, `Riaan Van Wyk`, `Johan van der Merwe`, `Eileen Ní Dhonnchadha` (not `Rio de Janeiro`).
    if _family(words[-1]) or (given_name and len(words) > 2 and words[-2].lower() in _NAME_PREFIXES):
        return text.lower() not in _CITIES_NAMED_SO
    # The family name first, in capitals as Japanese forms and passports write it (`INOUE
    # Fumiko`), or before Vietnamese's middle Văn or Thị (`Tran Van Minh`, `Nguyen Thi Lan`).
    return first in FAMILY and (
        (words[0].isupper() and len(words) == 2 and not comma and _folded_lower(words[1]) in GIVEN)
        or (len(words) == 3 and _folded_lower(words[1]) in ("van", "thi"))
    )


# Particles that make a family name of any word after them (Dutch, Afrikaans, German, French,
# Irish).
_NAME_PREFIXES = frozenset(("van", "von", "der", "den", "du", "ter", "ten", "ní", "nic", "mac", "uí"))
_PARTICLE_WORDS = frozenset(_PARTICLES.split("|"))


def _size(words: str | list[str]) -> int:
    """The words of a name but its lower-case particles: `Johan van der Merwe` has two."""
    if isinstance(words, str):
        words = words.split()
    if _PARTICLE_WORDS.isdisjoint(words):
        return len(words)  # most names: one set test in C
    return sum(w not in _PARTICLE_WORDS for w in words)


_TITLED = re.compile(rf"{_TITLE}(.+?){_POSTNOMINAL}")


def titled_name(text: str) -> bool:
    """A form of address before a name with a known given or family name (`Dr. Omar Khan`)."""
    found = _TITLED.fullmatch(text)
    if found is None:
        return False
    words = found.group(1).split()
    return _folded_lower(words[0]) in GIVEN or _family(words[-1])


# The last word of an organisation's or a venue's name: legal forms (dots dropped) and the nouns
# such names end in.
_ORGANISATION_ENDINGS = frozenset(
    [
        "inc",
        "llc",
        "ltd",
        "limited",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "llp",
        "lp",
        "pty",
        "pvt",
        "gmbh",
        "ag",
        "kg",
        "ug",
        "ev",
        "gbr",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "sl",
        "sau",
        "bv",
        "nv",
        "ab",
        "oy",
        "asa",
        "aps",
        "ltda",
        "eireli",
        "kk",
        "sdn",
        "bhd",
        "tbk",
        "cv",
        "group",
        "holdings",
        "partners",
        "associates",
        "traders",
        "trading",
        "logistics",
        "logistik",
        "solutions",
        "systems",
        "services",
        "technologies",
        "labs",
        "studio",
        "studios",
        "agency",
        "consulting",
        "consultants",
        "ventures",
        "capital",
        "media",
        "networks",
        "industries",
        "enterprises",
        "international",
        "foundation",
        "trust",
        "charity",
        "club",
        "society",
        "association",
        "council",
        "institute",
        "academy",
        "school",
        "college",
        "university",
        "church",
        "parish",
        "mosque",
        "temple",
        "synagogue",
        "clinic",
        "hospital",
        "pharmacy",
        "bank",
        "realty",
        "homes",
        "properties",
        "construction",
        "bau",
        "restaurant",
        "cafe",
        "bakery",
        "hotel",
        "motors",
        "insurance",
        "station",
        "airport",
        "terminal",
        "hq",
        "headquarters",
        "office",
        "branch",
        "depot",
        "warehouse",
        "mall",
        # Lenders, carriers and utilities, as a debt's creditors are listed (`Cetelem Consumer
        # Finance`, `Verizon Wireless`, `Santander Consumer`).
        *("finance", "financial", "credit", "lending", "loans", "consumer", "wireless", "cellular"),
        *("telecom", "telecoms", "communications", "energy", "utilities", "airlines", "airways"),
        *("healthcare", "medical", "dental"),
    ]
)
_LOWER_IN_ORGANISATION = frozenset(
    ("of", "and", "the", "de", "du", "des", "la", "le", "y", "und", "et", "&", "-")
)


# "Family" in the languages a household is named in: `Familie Krüger`, `Flores Family`.
_HOUSEHOLD_WORDS = frozenset(
    ("family", "familie", "familia", "famille", "famiglia", "pamilya", "rodzina", "gezin", "household")
)


def household(text: str) -> bool:
    """A household named after its family: `Familie Krüger`, `The Flores Family`, `Família Souza`.
    A group call's name is a person's surname when the group is a family (a nanny's or a tutor's
    clients), not a company's."""
    words = text.split()
    if words[:1] == ["The"]:
        words = words[1:]
    if len(words) != 2:
        return False
    first, last = words
    if first.lower() in _HOUSEHOLD_WORDS:
        return _family(last)
    return last.lower() in _HOUSEHOLD_WORDS and _family(first)


def organisation(text: str) -> bool:
    """A title-case name ending in a legal form or an organisation's noun: `Acme Logistics`,
    `Keller Bau GmbH`, `Gestiones Inmobiliarias Sol S.L.`, `St Aidan's Parish`, `Kyoto Station`."""
    if not text.isascii() and not _LEGAL_FORM_MARKS.isdisjoint(text) and _LEGAL_FORM_IN_SCRIPT.search(text):
        return True  # `บริษัท ลานนา ลีฟ จำกัด`, `株式会社ミドリ`, `(주)한빛`
    # The last word first: it rules out almost every value with one slice and one lookup.
    if text[text.rfind(" ") + 1 :].replace(".", "").lower() not in _ORGANISATION_ENDINGS:
        return False
    words = text.split()
    return (
        2 <= len(words) <= 7
        # `Boulder, CO` is a town in Colorado, `Acme, Inc.` a company.
        and not (words[-2].endswith(",") and len(words[-1]) == 2 and words[-1].isupper())
        and all(w[0].isupper() or w in _LOWER_IN_ORGANISATION for w in words)
    )


# Legal forms written in Thai (บริษัท … จำกัด, บจก., หจก.), Japanese (株式会社, 有限会社, ㈱), Chinese
# (有限公司, 股份) and Korean (주식회사, (주)).
# A character each of those forms holds, tested first.
_LEGAL_FORM_MARKS = frozenset("บจห株有㈱股주")
_LEGAL_FORM_IN_SCRIPT = re.compile(
    r"บริษัท|จำกัด|บจก|หจก|株式会社|有限会社|㈱|[(\uff08]株[)\uff09]|有限公司|股份|주식회사|\(주\)"
)


# A computer's or a phone's host name after its owner, as macOS, Windows and Android set them:
# `Sarahs-MacBook-Air`, `marcus-thinkpad`, `Priya-Galaxy-S23`, `Galaxy-S23-Lucas`, Windows's
# `DESKTOP-AMARA` (its own default is letters and digits: `DESKTOP-7HJ2K9L`).
_HOST = re.compile(
    r"(?i)([a-z]+)-(?:macbook(?:-air|-pro)?|mbp|mba|imac|mac-mini|iphone|ipad|thinkpad|laptop|pc"
    r"|desktop|surface|chromebook|galaxy-[a-z0-9]+|pixel-[a-z0-9]+)(?:-\d+)?(?:\.local|\.lan|\.home)?"
    r"|(?:galaxy|pixel|iphone|ipad|desktop|laptop)(?:-[a-z0-9]+)?-([a-z]+)"
)


# A path segment made of a given and a family name (`/in/isla-ryan-a34c46e8`, `/larissa-oliveira/`).
_SLUG = re.compile(r"/([a-z]+)[-_.]([a-z]+)(?=[-_/?#]|$)")


def slug_name(url: str) -> bool:
    """A person's name in a link's path: a profile, a booking page, a personal site."""
    return _slugged(url.lower(), url.find("/", 8))


def _slugged(path: str, start: int = 0) -> bool:
    """A segment of a lower-cased path, from `start`, made of a given and a family name."""
    return any(given in GIVEN and family in FAMILY for given, family in _SLUG.findall(path, start))


# A home directory, as a stack trace or a command line's working directory shows it.
_HOME = re.compile(r"(?:[A-Za-z]:\\Users\\|/Users/|/home/)([^\\/]+)")


def named_path(text: str) -> bool:
    """A path in someone's home directory (`C:\\Users\\LeratoM\\src`, `/home/kofi/src`,
    `/Users/imogenahmed/dev`) or a site's path with a slug of their name
    (`/obituaries/earl-johnson/donate`)."""
    home = _HOME.match(text)
    if home is None:
        return _slugged(text.lower())
    words = [_folded_lower(w) for w in _FILE_WORDS.findall(home.group(1))]
    if not words:
        return False
    if words[0] in GIVEN:
        return True
    # Given and family name run together: `imogenahmed`.
    joined = words[0]
    return any(joined[:cut] in GIVEN and joined[cut:] in FAMILY for cut in range(3, len(joined) - 2))


_SLUG_WORDS = re.compile(r"[a-z]+")


def named_slug(text: str) -> bool:
    """A page's or a profile's slug that opens with a given and a family name, or names them
    after `of`: `kayla-romero-swim`, `linh-obrien-8130`, `in-memory-of-amelia-campbell` (not a
    business named after someone, `trattoria-da-enzo-roma`)."""
    words = _SLUG_WORDS.findall(text.lower())
    for start in (0, *(i + 1 for i, word in enumerate(words) if word == "of")):
        if start + 1 < len(words) and words[start] in GIVEN and words[start + 1] in FAMILY:
            return True
    return False


def owned_host(text: str) -> bool:
    found = _HOST.fullmatch(text)
    if found is None:
        return False
    owner = (found.group(1) or found.group(2)).lower()
    return owner in GIVEN or (owner.endswith("s") and owner[:-1] in GIVEN)


# Documents and pictures people upload, named after their owner (`CV_ROBINSON_Latoya.pdf`).
FILE_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".jpg", ".jpeg", ".png", ".heic")
_FILE_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def named_file(text: str) -> bool:
    """A file name with a person's name in it, either way round: `contract_thiago_dubois.pdf`,
    `Payslip-AbigailOconnell-2024-09-19.pdf`, `Khan_Yuki_essay_final.docx`; of a link, its last
    segment only."""
    if not text.lower().endswith(FILE_EXTENSIONS):
        return False
    words = [_folded_lower(w) for w in _FILE_WORDS.findall(text[text.rfind("/") + 1 : text.rindex(".")])]
    return any(
        (first in GIVEN and second in FAMILY) or (first in FAMILY and second in GIVEN)
        for first, second in pairwise(words)
    )


# A name followed by its dates, as an engraving, a memorial tattoo or a plaque carries it: `Kieran
# 01.09.2010`, `Sakura 1988-2018`, `Tomasz Davies 04.10.1986`.
_DEDICATED = re.compile(
    rf"((?:{_PROSE_WORD} ){{1,3}})(\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}(?: ?[-\u2013] ?\d{{4}})?)"
    r"(?: ?[-\u2013] ?\d{1,2}[./]\d{1,2}[./]\d{2,4})?"
)


def dedicated(text: str) -> bool:
    """A known name, whole, and nothing after it but a date or a span of years."""
    found = _DEDICATED.fullmatch(text)
    if found is None:
        return False
    # Not a year alone: an event's or a season's (`Gala Day 2024`, `Summer 2024`).
    if found.end(2) == len(text) and found.group(2).isdigit():
        return False
    name = found.group(1).rstrip()
    return listed_name(name) if " " in name else _given(name)


def typed_name(text: str) -> bool:
    """A name as people type it into a search box or a form, whole: `ngozi adeyemi`, `Layla H`
    (a known given name, then a known family name or an initial); in lower case with two
    family names (`joaquin perez lopez`); a Vietnamese name, family name first (`nguyễn thanh
    linh`, `Đặng Hoàng Nam`)."""
    words = text.split()
    if len(words) == 3 and words[0].lower() in _VIETNAMESE_FAMILY and all(w.isalpha() for w in words):
        if text.lower() in _CITIES_NAMED_SO:
            return False
        return text.islower() or all(w[0].isupper() and w[1:].islower() for w in words)
    if len(words) == 3:
        return text.islower() and _folded_lower(words[0]) in GIVEN and _family(words[1]) and _family(words[2])
    if len(words) != 2 or not words[0].isalpha():
        return False
    given, last = _folded_lower(words[0]), words[1].rstrip(".")
    if given not in GIVEN:
        return False
    if len(last) == 1:
        return last.isupper()
    return text.islower() and _family(last)


def searched_name(text: str) -> bool:
    """A person looked up among a query's few words, as a directory, a genealogy or a doctor
    search gets them: a known given name next to a known family name, either way round and in any
    case, beside words that narrow it (`declan murphy 1927`, `Jamal Martinez census`, `dr naidu
    pranav`). A name to a search box only (engine.KeyFacts.search): elsewhere such values are
    names typed alone, which a path needs many different ones of. Not title case throughout
    (`Blue Car Park`, `Puente Alto`, `Jan van Eyck`): how a place's or a work's name is written,
    and how titled_name reads a person's."""
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or all(w[:1].isupper() or w in _PARTICLE_WORDS for w in words):
        return False
    return any(
        first.isalpha()
        and second.isalpha()
        and first not in _PARTICLE_WORDS
        and second not in _PARTICLE_WORDS
        and (
            (_folded_lower(first) in GIVEN and _family(second))
            or (_family(first) and _folded_lower(second) in GIVEN)
        )
        and f"{first} {second}".lower() not in _CITIES_NAMED_SO
        for first, second in pairwise(words)
    )


# Cities named after a person or that read as one (`Hong`, a given name; `Kong`, a family name).
_CITIES_NAMED_SO = frozenset(("hồ chí minh", "ho chi minh", "hong kong"))
# Vietnam's commonest family names, which come first (not `Le`, `Do`, `Ho`, `Vu` without their
# marks: English and French words).
_VIETNAMESE_FAMILY = frozenset(
    (
        *("nguyen", "nguyễn", "tran", "trần", "pham", "phạm", "hoang", "hoàng", "huynh", "huỳnh"),
        *("phan", "dang", "đặng", "bui", "bùi", "duong", "dương", "trinh", "trịnh", "truong"),
        *("trương", "dinh", "đinh", "ngô", "lê", "đỗ", "hồ", "võ", "vũ", "lý", "đoàn", "doan"),
    )
)


# Combining marks as Latin letters decompose into (acute, umlaut, caron…).
_MARKS = "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c)))
_ASCII_AND_MARKS = re.compile(rf"[\x00-\x7f{_MARKS}]*")


def _folded_lower(word: str) -> str:
    """`fold(word).lower()` at a third of its cost for accented Latin names (`Björn`, `Dvořák`).

    fold filters the decomposition through `unicodedata.combining` per character. When the
    decomposition is ASCII and combining marks only, dropping every non-ASCII character drops
    exactly the marks, in C; letters fold translates itself (`ß`, `ł`) decompose to neither.
    """
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    if _ASCII_AND_MARKS.fullmatch(decomposed):
        return decomposed.encode("ascii", "ignore").decode().lower()
    return fold(word).lower()


_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_KANA = "\u3041-\u30ff"
# A family name in kanji or hanzi, a space (an ideographic one too), and the given name in kanji
# or kana: `伊藤 花子`, `橋本　愛`, `中村 トメ`; in prose, not inside a longer run of those scripts.
_HAN_NAME = re.compile(rf"([{_HAN}]{{1,3}})[ \u3000]([{_HAN}{_KANA}]{{1,3}})")
_HAN_NAME_IN = re.compile(
    rf"(?<![{_HAN}{_KANA}])([{_HAN}]{{1,3}})[ \u3000]([{_HAN}{_KANA}]{{1,3}})(?![{_HAN}{_KANA}])"
)
# Characters that end a place's or an organisation's name, never a given name's: city, ward,
# town, prefecture, province, street, road, shop, office, station, hall, institute, company.
_PLACE_ENDINGS = frozenset("市区區町村県縣省州街路店局站駅館院社所室楼樓号號線")
# Katakana (and hiragana) as Japanese forms write a name's reading (`ヤマモト ケイコ`), romanised
# (Hepburn) to look it up in the lists: a syllable per character, small ya/yu/yo joining the one
# before, a small tsu doubling the next consonant, a long-vowel mark dropped.
_KANA_SYLLABLES = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
        "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ",
        (
            *("a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so"),
            *("ta", "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho"),
            *("ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro", "wa", "o"),
            *("n", "ga", "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da", "ji", "zu", "de"),
            *("do", "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po"),
        ),
        strict=True,
    )
)
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}


def script_name(text: str) -> bool:
    """A whole Japanese or Chinese name in its script: a known family name in kanji or hanzi, a
    space, and a given name (`伊藤 花子`); a two- or three-character family name and one to three
    more characters without the space (`高橋花子`, `佐々木結衣`); or a family and a given name
    in katakana or hiragana (`ヤマモト ケイコ`). Or a name in Cyrillic, Greek, Arabic or Hebrew
    letters (_alphabet_name)."""
    if text.isascii():
        return False
    if "\u0370" <= text[0] <= "\u06ff":  # Greek, Cyrillic (and Armenian), Hebrew, Arabic
        return _alphabet_name(text)
    found = _HAN_NAME.fullmatch(text)
    if found is not None:
        return _han_name(*found.groups())
    if " " not in text and "\u3000" not in text:
        return 3 <= len(text) <= 6 and any(
            _han_name(text[:size], text[size:]) for size in (3, 2) if 1 <= len(text) - size <= 3
        )
    parts = text.replace("\u3000", " ").split()
    if len(parts) != 2:
        return False
    first, second = map(_romanised, parts)
    return (first in FAMILY and second in GIVEN) or (first in GIVEN and second in FAMILY)


# Cyrillic letters as the name lists spell them in Latin (`Иван Петров`: ivan petrov), and the
# Ukrainian spellings (`Микола Гнатюк`: mykola hnatiuk). Greek is read as keys.fold spells it
# (`Γιώργος Παπαδόπουλος`: giorgos papadopoulos).
_CYRILLIC = dict(
    zip(
        "абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюяәғқңөұүһ",
        (
            *("a", "b", "v", "g", "g", "d", "e", "e", "ye", "zh", "z", "i", "i", "yi", "y", "k", "l"),
            *("m", "n", "o", "p", "r", "s", "t", "u", "u", "f", "kh", "ts", "ch", "sh", "shch", ""),
            *("y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u", "u", "h"),
        ),
        strict=True,
    )
)
_UKRAINIAN = {**_CYRILLIC, "г": "h", "и": "y", "ю": "iu", "я": "ia"}  # noqa: RUF001
# A patronymic, the middle of a Russian, Ukrainian or Belarusian full name (`Сергеевич`).
_PATRONYMIC = re.compile(r"[а-яіїє]+(?:ович|евич|йович|ич|овна|евна|ївна|івна|ична|инична)")  # noqa: RUF001
# Common given names in Arabic and Hebrew letters, whose spelling in Latin is too loose to look
# up (alefs with and without hamza are one letter here); `عبد` opens a compound (`عبد الله`).
_ARABIC_GIVEN = frozenset(
    (
        *("محمد", "احمد", "محمود", "مصطفى", "علي", "حسن", "حسين", "عمر", "عثمان", "يوسف", "ابراهيم"),
        *("خالد", "سعيد", "سعد", "طارق", "كريم", "ياسر", "وليد", "سامي", "هاني", "فادي", "رامي", "ماجد"),
        *("فيصل", "ناصر", "سلمان", "سليمان", "زياد", "بلال", "حمزة", "انس", "اسماعيل", "موسى", "عيسى"),
        *("جمال", "كمال", "رشيد", "مراد", "نبيل", "عادل", "هشام", "منصور", "فارس", "يحيى", "صالح"),
        *("فاطمة", "عائشة", "مريم", "زينب", "خديجة", "نور", "نورة", "هبة", "امنة", "سارة", "ليلى"),
        *("سلمى", "هدى", "رنا", "دينا", "ياسمين", "منى", "لينا", "ريم", "اسماء", "سمية", "رقية"),
        *("حنان", "ايمان", "امل", "سعاد", "نادية", "سميرة", "هند", "رحمة", "جميلة", "شيماء", "دعاء"),
    )
)
_HEBREW_GIVEN = frozenset(
    (
        *("דוד", "משה", "יוסף", "אברהם", "יעקב", "יצחק", "שלמה", "דניאל", "מיכאל", "אליהו", "חיים"),
        *("שמואל", "נתן", "אריאל", "יונתן", "איתי", "עומר", "נועם", "רון", "אורי", "אמיר", "גיל"),
        *("עידו", "תומר", "אלון", "יאיר", "מאיר", "אהרון", "בנימין", "שרה", "רחל", "לאה", "רבקה"),
        *("מרים", "אסתר", "חנה", "נועה", "מיכל", "תמר", "יעל", "שירה", "מאיה", "רותם", "עדי", "הילה"),
        *("ליאת", "דנה", "אורית", "רונית", "אפרת", "שני", "אביגיל", "טליה", "רוני", "ליאור"),
    )
)
_HAMZA_ALEFS = str.maketrans("أإآ", "ااا")  # noqa: RUF001


def _alphabet_name(text: str) -> bool:
    """A whole name of two or three words in Cyrillic or Greek letters whose Latin spelling the
    name lists know (given then family, or family then given; a Russian patronymic between or
    after them); or in Arabic or Hebrew letters, opening with a common given name."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return False
    if "\u0590" <= text[0] <= "\u06ff":
        first = words[0].translate(_HAMZA_ALEFS)
        return first in _ARABIC_GIVEN or first in _HEBREW_GIVEN or (first == "عبد" and len(words) == 3)
    if not all(w[0].isupper() and w[1:].islower() for w in words):
        return False
    lowered = [w.lower() for w in words]
    if len(lowered) == 3:
        if _PATRONYMIC.fullmatch(lowered[1]):
            lowered = [lowered[0], lowered[2]]
        elif _PATRONYMIC.fullmatch(lowered[2]):
            lowered = lowered[:2]
        else:
            return False
    if text[0] <= "\u03ff":
        spellings = [[fold(w) for w in lowered]]
    else:
        spellings = [
            ["".join(table.get(c, "") for c in w) for w in lowered] for table in (_CYRILLIC, _UKRAINIAN)
        ]
    return any((a in GIVEN and b in FAMILY) or (a in FAMILY and b in GIVEN) for a, b in spellings)


def _han_name(family: str, given: str) -> bool:
    return (
        family in HAN_FAMILY and given[-1] not in _PLACE_ENDINGS and _HAN_OR_KANA.fullmatch(given) is not None
    )


_HAN_OR_KANA = re.compile(rf"[{_HAN}{_KANA}]+")


def _romanised(kana: str) -> str:
    """A word in katakana or hiragana in Hepburn (`ケイコ`: keiko), '' when it is not all kana."""
    out = ""
    double = False
    for char in kana:
        if "\u3041" <= char <= "\u3096":
            char = chr(ord(char) + 0x60)  # hiragana to katakana
        if char == "ッ":
            double = True
            continue
        if char == "ー":
            continue
        if char in _SMALL_Y and out.endswith("i"):
            out = (out[:-1] if out[-2:-1] in ("h", "j") else out[:-1] + "y") + _SMALL_Y[char]
            continue
        syllable = _KANA_SYLLABLES.get(char)
        if syllable is None:
            return ""
        out += syllable[0] + syllable if double and syllable[0] not in "aiueon" else syllable
        double = False
    return out.replace("ou", "o").replace("uu", "u")


def honoured_in(text: str) -> bool:
    """A Japanese family name and its honorific: `中村様 had a good day`, `佐藤さんが来訪`; or a
    child's given name and theirs, in kanji or a known one in letters: `美咲ちゃんは砂場で`,
    `葵くんは`, `Aoiちゃんが発熱` (not a baby's `赤ちゃん` or a cat's `猫ちゃん`)."""
    if _HAN_HONORIFICS.isdisjoint(text):
        return False
    if any(family in HAN_FAMILY for family in _HONOURED_HAN.findall(text)):
        return True
    return any(
        (
            _given(name)
            if name.isascii()
            else name not in _NOT_A_CHILDS_NAME and name[-1] not in _PLACE_ENDINGS
        )
        for name in _HONOURED_CHILD.findall(text)
    )


# A family name's honorific in Japanese, written in kanji or kana, or romanised after a hyphen
# (`Takahashi-san lowered to floor`, `Kato-sensei`).
_HONOURED_HAN = re.compile(rf"(?<![{_HAN}{_KANA}])([{_HAN}々]{{1,3}})(?:様|さん|さま|殿)")
_HONOURED_ROMAJI = re.compile(rf"\b[{_UPPER}][a-z]{{2,}}-(?:san|sama|sensei|kun|chan)\b")
# What the searches need, tested first: most prose has a hyphen, little an honorific.
_ROMAJI_HONORIFICS = ("-san", "-sama", "-sensei", "-kun", "-chan")
_HONOURED_CHILD = re.compile(
    rf"(?<![{_HAN}{_KANA}A-Za-z])([{_HAN}々]{{1,3}}|[{_UPPER}][a-z]{{2,}})(?:ちゃん|くん)"
)
# Who else is called chan or kun: a baby, a cat, a dog, a brother, a sister, a grandchild.
_NOT_A_CHILDS_NAME = frozenset(
    ("赤", "猫", "犬", "兄", "姉", "坊", "嬢", "孫", "彼", "皆", "子", "娘", "息子")
)
_HAN_HONORIFICS = frozenset("様さ殿ちく")


def han_name_in(text: str) -> bool:
    """A Japanese or Chinese name with its space inside prose: `Car of 小林 由美子 was blocked`."""
    return any(_han_name(family, given) for family, given in _HAN_NAME_IN.findall(text))
