"""Field keys as words: normalisation, abbreviations and the context a path gives its leaf.

`emailAddress`, `email_address`, `E-Mail Address` and `emailaddress` all become
`("email", "address")`; `dob` becomes `("date", "of", "birth")`. The engine compares these word
tuples with matcher terms, so spelling conventions never decide whether a field is found.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from portal.detection import languages

# camelCase and PascalCase boundaries, acronym runs (`userIPAddress`), letter/digit boundaries.
# Cyrillic keys have them too (`НомерПолисаОМС`).
_BOUNDARY = re.compile(
    r"(?<=[a-z\u0430-\u044f\u0451])(?=[A-Z\u0410-\u042f\u0401])"
    r"|(?<=[A-Z\u0410-\u042f\u0401])(?=[A-Z\u0410-\u042f\u0401][a-z\u0430-\u044f\u0451])"
    r"|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])"
)
# Anything but ASCII letters and digits and U+00C0-U+FFFF, written as that set's complement:
# Python's re compiles `[^0-9A-Za-z\u00c0-\uffff]` a character of the range at a time, a tenth
# of the package's import.
_NON_WORD = re.compile(r"[\x00-/:-@\[-`{-\xbf\U00010000-\U0010ffff]+")
_CASE_OR_DIGIT = re.compile(r"[A-Z\u0410-\u042f\u0401\d]")
_PLAIN_KEY = re.compile(r"[a-z_ ]*")

_CRM_SUFFIXES = ("__c", "__pc")

# Abbreviations a developer writes for a whole token. Expanded before matching; only tokens that
# mean one thing in analytics payloads are here (`pass` is a boarding pass as often as a password).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "dob": ("date", "of", "birth"),
    "pob": ("place", "of", "birth"),
    "bday": ("birthday",),
    "yob": ("year", "of", "birth"),
    "ssn": ("social", "security", "number"),
    "ssns": ("social", "security", "number"),
    "sin": ("social", "insurance", "number"),
    "ccn": ("credit", "card", "number"),
    "pan": ("card", "number"),
    "cvv": ("card", "verification"),
    "cvd": ("card", "verification"),  # Canada's card verification digits
    "cvc": ("card", "verification"),
    "cvv2": ("card", "verification"),
    "csc": ("card", "verification"),
    "tel": ("phone",),
    "telno": ("phone", "number"),
    "phn": ("phone",),
    # Spain's and Chile's ways of writing teléfono short (`tlf_movil`, `tfno`, `telf`, `fono`).
    "tlf": ("phone",),
    "tlfno": ("phone",),
    "tfno": ("phone",),
    "telf": ("phone",),
    "fono": ("phone",),
    "mob": ("mobile",),
    "msisdn": ("phone", "number"),
    "pwd": ("password",),
    "passwd": ("password",),
    "pw": ("password",),
    "addr": ("address",),
    "adr": ("address",),
    "zip": ("zipcode",),
    "postcode": ("zipcode",),
    "plz": ("zipcode",),
    "fname": ("first", "name"),
    "lname": ("last", "name"),
    "mname": ("middle", "name"),
    "dl": ("driver", "license"),
    "dln": ("driver", "license", "number"),
    "licence": ("license",),
    "lat": ("latitude",),
    "lng": ("longitude",),
    "lon": ("longitude",),
    "ipv": ("ip",),
    "ipaddr": ("ip", "address"),
    # Column abbreviations of mainframe and warehouse schemas: FIRST_NM, BIRTH_DT, ZIP_CD.
    "nm": ("name",),
    "dt": ("date",),
    "cd": ("code",),
    "incm": ("income",),
    "annl": ("annual",),
    "crdt": ("credit",),
    "amt": ("amount",),
    "hw": ("hardware",),
    "acct": ("account",),
    "acc": ("account",),
    "no": ("number",),
    "num": ("number",),
    "nr": ("number",),
    "nbr": ("number",),
    # Korean enterprise and public-sector columns (`CUST_NM`, `MBR_NM`, `ACNT_NO`, `ACNT_HLDR_NM`,
    # `RCVR_NM`, `PTNT_NM`, `PSPT_NO`, `VHCL_NO`, `EML_ADDR`; the public-sector standard's `FLNM` 성명,
    # `BRDT` 생년월일, `ACTNO` 계좌번호, `RRNO` 주민등록번호, `VHCLNO` 차량번호).
    "cust": ("customer",),
    "mbr": ("member",),
    "acnt": ("account",),
    "hldr": ("holder",),
    "rcvr": ("receiver",),
    "ptnt": ("patient",),
    "pspt": ("passport",),
    "vhcl": ("vehicle",),
    "eml": ("email",),
    "flnm": ("full", "name"),
    "brdt": ("birth", "date"),
    "brthdy": ("birthday",),
    "actno": ("account", "number"),
    "rrno": ("resident", "registration", "number"),
    "vhclno": ("vehicle", "number"),
    "tin": ("tax", "id"),
    "itin": ("tax", "id"),
    "nino": ("national", "insurance", "number"),
    "mrn": ("medical", "record", "number"),
    "idfa": ("advertising", "id"),
    "gaid": ("advertising", "id"),
    "aaid": ("advertising", "id"),
    "adid": ("advertising", "id"),
    "ip4": ("ip",),
    "ip6": ("ip",),
    "dx": ("diagnosis",),
    "rx": ("prescription",),
    "meds": ("medication",),
    "sexuality": ("sexual", "orientation"),
    "iban": ("iban",),
    "apikey": ("api", "key"),
    "secretkey": ("secret", "key"),
} | {word: ("number",) for word in languages.NUMBER_WORDS}

# Keys that are one abbreviation as a whole but too ambiguous as a token inside longer keys.
WHOLE_KEY_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "long": ("longitude",),
    "mail": ("email",),
    "pin": ("pin",),
    # A call's Automatic Number Identification: the caller's number (Genesys, Five9, Amazon Connect).
    "ani": ("calling", "number"),
}


@dataclass(frozen=True)
class KeyWords:
    """A leaf key and the keys above it, as normalised word tuples (nearest parent first)."""

    leaf: tuple[str, ...]
    parents: tuple[tuple[str, ...], ...]
    section: str
    raw_leaf: str


# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "đ": "d",
        "Đ": "D",
        "\u0131": "i",  # Turkish dotless i
        "þ": "th",
    }
)
_UNDECOMPOSED_LETTERS = frozenset(map(chr, _UNDECOMPOSED))


class _WithoutMarks(dict[int, int | None]):
    """A translation table that drops combining marks, filled in as characters come: a dict
    lookup per character instead of a `unicodedata.combining` call, and no KeyError per
    character as a table of the marks alone would raise inside `str.translate`."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()
# German written without umlauts (`staatsangehoerigkeit`), tried when a word is otherwise unknown.
_UMLAUT_SPELLINGS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def fold(text: str) -> str:
    """Text without diacritics: `prénom` -> `prenom`, `Straße` -> `Strasse`, `hasło` -> `haslo`;
    Greek in Latin letters, lower-cased, as the Greek terms are written (`Διεύθυνση` -> `diefthynsi`)."""
    if text.isascii():
        return text
    if not _UNDECOMPOSED_LETTERS.isdisjoint(text):
        text = text.translate(_UNDECOMPOSED)
    text = unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS)
    if _GREEK.search(text) is None:
        return text
    text = text.lower()  # Greek keys are in one case: no camelCase to keep
    for greek, latin in _GREEK_PAIRS:
        text = text.replace(greek, latin)
    return text.translate(_GREEK_LETTERS)


# Greek transliterated as ELOT 743 does (the Greek terms in `languages` are written so): pairs
# first (omicron-upsilon is ou; alpha- and epsilon-upsilon af and ef before a voiceless consonant,
# av and ev elsewhere), then letters.
_GREEK = re.compile("[\u0370-\u03ff]")
_GREEK_PAIRS = (
    ("ου", "ou"),  # noqa: RUF001
    *(
        (vowel + "υ" + c, latin + "f" + c)  # noqa: RUF001
        for vowel, latin in (("α", "a"), ("ε", "e"))  # noqa: RUF001
        for c in "θκξπσςτφχψ"
    ),
    ("αυ", "av"),  # noqa: RUF001
    ("ευ", "ev"),
)
_GREEK_LETTERS = str.maketrans(
    {
        **dict(zip("αβγδεζηικλμνξοπρσςτυφω", "avgdeziiklmnxoprsstyfo", strict=True)),
        **{"θ": "th", "χ": "ch", "ψ": "ps"},
    }
)


def split_words(key: str) -> list[str]:
    """Lowercase words of a key: camelCase, snake_case, kebab-case, spaces and punctuation.

    Diacritics are folded and Romance connectors (`de`, `di`, `do`…) dropped, so
    `Fecha de Nacimiento` and `fecha_nacimiento` are the same words.
    """
    if _PLAIN_KEY.fullmatch(key):
        # Lowercase ASCII words between spaces and underscores, as most terms and many keys are
        # written: nothing to fold and no case or digit boundary, so the regexes would change nothing.
        words = key.replace("_", " ").split()
    else:
        folded = fold(key)
        if _CASE_OR_DIGIT.search(folded):  # what every _BOUNDARY needs
            folded = _BOUNDARY.sub(" ", folded)
        words = _NON_WORD.sub(" ", folded).lower().split()
    if languages.CONNECTORS.isdisjoint(words):
        return words
    kept = [w for w in words if w not in languages.CONNECTORS]
    return kept if kept else words


class Normaliser:
    """Turns keys into word tuples, splitting run-together words against a known vocabulary."""

    def __init__(self, vocabulary: Iterable[str], split: dict[str, list[str]] | None = None):
        self.vocabulary = frozenset(vocabulary) | frozenset(ABBREVIATIONS)
        # Keys the caller has split already (split_words: the terms whose words the vocabulary
        # holds), so that the engine's start splits each of its thirteen thousand terms once.
        # Each is taken out when used: words() caches what it makes of it.
        self._split = split or {}
        # Short foreign words (`ort`, `cap`) and English prefixes (`ex`) only ever match whole:
        # inside `export` or `capacity` they are not what they mean on their own.
        self._pieces = self.vocabulary - languages.short_words() - {"ex"}
        # Known words that are no abbreviation: they stand as written (_expand).
        self._unabbreviated = self.vocabulary.difference(ABBREVIATIONS)
        self._longest = max((len(w) for w in self.vocabulary), default=1)
        # Single-word terms a compound may end with: `lieferadresse`, `kundentelefonnummer`.
        heads = languages.compound_heads() | _ENGLISH_HEADS
        self._heads = frozenset(fold(h) for h in heads if len(h) >= _MIN_HEAD)
        self._head_sizes = range(max(map(len, self._heads)), min(map(len, self._heads)) - 1, -1)
        self._cache: dict[str, tuple[str, ...]] = {}

    def words(self, key: str) -> tuple[str, ...]:
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        # Salesforce custom fields (`Email__c`, person accounts `Phone__pc`) mark the field, not its meaning.
        if key.endswith(_CRM_SUFFIXES):
            key = key[: key.rindex("__")]
        raw = self._split.pop(key, None)
        if raw is None:
            raw = split_words(key)
        merged = raw if _JOINED_TO_NEXT.isdisjoint(raw) else _joined(raw)
        if len(merged) == 1 and merged[0] in WHOLE_KEY_ABBREVIATIONS:
            result = WHOLE_KEY_ABBREVIATIONS[merged[0]]
        elif self._unabbreviated.issuperset(merged):
            result = tuple(merged)  # what most keys and every term are: one set test, not one per word
        else:
            result = tuple(w for word in merged for w in self._expand(word))
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _expand(self, word: str) -> tuple[str, ...]:
        if word in ABBREVIATIONS:
            return ABBREVIATIONS[word]
        if word in self.vocabulary or word.isdigit() or word in _NOT_COMPOUNDS:
            return (word,)
        singular = _singular(word)
        if singular != word and (singular in self.vocabulary or singular in ABBREVIATIONS):
            return self._expand(singular)
        if self._inflected(word):
            return (word,)
        parts = self._segment(word) or self._compound(word)
        if parts is None:
            for spelt, letter in _UMLAUT_SPELLINGS:
                plain = word.replace(spelt, letter)
                if plain != word and (plain in self.vocabulary or self._segment(plain)):
                    return self._expand(plain)
            return (word,)
        return tuple(w for part in parts for w in ABBREVIATIONS.get(part, (part,)))

    def _inflected(self, word: str) -> bool:
        """An English word's -ing form whose stem is known (`travelling`, `shipping`, `housing`):
        one word, not a term and a fragment (`travel ling`)."""
        if not word.endswith("ing") or len(word) < 7:
            return False
        stem = word[:-3]
        vocabulary = self.vocabulary
        return (
            stem in vocabulary
            or stem + "e" in vocabulary
            or (stem[-1] == stem[-2] and stem[:-1] in vocabulary)
        )

    def _compound(self, word: str) -> list[str] | None:
        """A compound that ends with a known term (`rechnungsadresse`), the way German, Dutch
        and the Nordic languages build field names: the last part names the datum."""
        # The longest head it ends with: one set lookup per length, not an endswith per head.
        for size in self._head_sizes:
            if len(word) - size >= _MIN_MODIFIER and word[-size:] in self._heads:
                modifier = word[:-size]
                return [*(self._segment(modifier) or [modifier]), word[-size:]]
        return None

    def _segment(self, word: str) -> list[str] | None:
        """Split a run-together word (`emailaddress`) into the fewest known words, or None."""
        n = len(word)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for end in range(1, n + 1):
            for start in range(max(0, end - self._longest), end):
                prefix = best[start]
                piece = word[start:end]
                if prefix is None or len(piece) < 2 or piece not in self._pieces:
                    continue
                candidate = [*prefix, piece]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
        found = best[n]
        return found if found and len(found) > 1 else None

    def key_words(self, path: str) -> KeyWords:
        segments = [s.replace("[]", "") for s in path.split(".")]
        segments = [s for s in segments if s]
        if len(segments) == 1:
            # A bare key (`emailAddress`), as the admin UI or a test may pass: no section.
            return KeyWords(self.words(segments[0]), (), "", segments[0])
        section = segments[0] if segments else ""
        leaf = segments[-1] if len(segments) > 1 else ""
        parents = tuple(self.words(s) for s in reversed(segments[1:-1]))
        if leaf.lower() in CONVERSIONS_API_KEYS and (
            (parents and parents[0] == ("user", "data")) or (not parents and leaf.lower() in ("em", "ph"))
        ):
            # (`em` and `ph` are also sent loose, beside the event's own properties.)
            return KeyWords(CONVERSIONS_API_KEYS[leaf.lower()], parents, section, leaf)
        return KeyWords(self.words(leaf), parents, section, leaf)


# The short keys of ad platforms' conversion APIs (Meta's `user_data`, and TikTok's and Snap's
# after it), whose values the APIs require to be SHA-256 hashes.
CONVERSIONS_API_KEYS: dict[str, tuple[str, ...]] = {
    "em": ("email", "hashed"),
    "ph": ("phone", "hashed"),
    "fn": ("first", "name", "hashed"),
    "ln": ("last", "name", "hashed"),
    "ct": ("city", "hashed"),
    "zp": ("zipcode", "hashed"),
    "db": ("date", "of", "birth", "hashed"),
    "ge": ("gender", "hashed"),
}
# Words that say the value is a hash of the datum (`email_sha256`, `hashed_phone`): pseudonymous,
# still personal data, and a hex digest confirms the key rather than refuting it.
HASH_WORDS = frozenset(("hash", "hashed", "sha", "sha1", "sha256", "md", "md5"))


_MIN_HEAD = 5
_MIN_MODIFIER = 3
# English terms that end compounds written as one word (`shopperemail`, `guardianphone`).
_ENGLISH_HEADS = frozenset(
    (
        "email",
        "phone",
        "telephone",
        "address",
        "birthday",
        "birthdate",
        "password",
        "passport",
        "surname",
        "username",
        "nickname",
        "firstname",
        "lastname",
        "fullname",
        "zipcode",
        "postcode",
    )
)
# Words that end with a term or split into terms but are not about one.
_NOT_COMPOUNDS = frozenset(
    (
        "smartphone",
        "microphone",
        "headphone",
        "headphones",
        "earphone",
        "earphones",
        "speakerphone",
        "payphone",
        "saxophone",
        "xylophone",
        "megaphone",
        "gramophone",
        "telephoto",
        "precondition",
        "preconditions",
        # Spanish `familia_numerosa` (a large family), not sleep apnoea's `osa`.
        "numerosa",
        "numeroso",
        "airconditioning",
        "postcondition",
        "postconditions",
        "automobile",
        "automobil",
        # German for a staff number (Sweden's personnummer is a national id).
        "personalnummer",
        # Malay for an offence (`kod_kesalahan`), not an allergy's `alahan`.
        "kesalahan",
    )
)


# Words that may join the next: `e-mail` and `eMail` come apart as ("e", "mail"), units as ("mg", "dl").
_JOINED_TO_NEXT = frozenset(("e", "mg", "g", "mmol"))


def _joined(raw: list[str]) -> list[str]:
    merged: list[str] = []
    for word in raw:
        if merged and merged[-1] == "e" and word in ("mail", "mails"):
            merged[-1] = "email"
        elif merged and merged[-1] in ("mg", "g", "mmol") and word in ("dl", "l"):
            merged[-1] += word  # a unit, `glucose_mg_dl`, `hb_g_dl`: not a driving licence
        else:
            merged.append(word)
    return merged


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# Words that say a field belongs to a thing, not a person: `product name`, `store phone`,
# `context.app.name`. Checked on the words before the matched term, then on the parents.
NOT_A_PERSON = frozenset(
    (
        "smdp",  # an eSIM's provisioning server (`smdpAddress`)
        "fund",  # a pension or an investment fund (`fundName`, 9 labels of 10 green)
        "studio",  # a gym's, a tattooist's or a yoga studio's place (ten labels of ten)
        "product",
        "item",
        "sku",
        "variant",
        "category",
        "brand",
        "collection",
        "catalog",
        "catalogue",
        "campaign",
        "ad",
        "adgroup",
        "creative",
        "page",
        "screen",
        "view",
        "app",
        "application",
        "library",
        "sdk",
        "os",
        "browser",
        "device",
        "network",
        "carrier",
        "wifi",
        "bluetooth",
        "event",
        "plan",
        "tariff",
        "bundle",
        "specimen",  # a hunter's harvest, a lab's sample
        "specimens",
        "tier",
        "subscription",
        "file",
        "folder",
        "directory",
        "path",
        "domain",
        "server",
        "hostname",
        "bucket",
        "table",
        "column",
        "tag",
        "label",
        "segment",
        "cohort",
        "audience",
        "role",
        "group",
        "job",
        "task",
        "step",
        "survey",
        "question",
        "dashboard",
        "widget",
        "site",
        "website",
        "link",
        "utm",
        "source",
        "medium",
        "content",
        "term",
        "provider",
        "vendor",
        "supplier",
        "warehouse",
        "store",
        "shop",
        "merchant",
        "company",
        "organization",
        "organisation",
        "org",
        "team",
        "workspace",
        "project",
        "business",
        "venue",
        # A gym, a sports or a social club: its phone, e-mail and city are its own; so are a law
        # firm's, a court's and a delivery depot's.
        "club",
        "gym",
        "firm",
        "court",
        "depot",
        # A donation, a test or a service centre (a map's `center.lat` is still the person's
        # place: engine._THEIRS).
        "centre",
        "center",
        # Places of worship and the businesses of a funeral: their details are their own.
        *("church", "mosque", "temple", "synagogue", "cemetery", "florist", "parlour"),
        # A salon's, a barbershop's and a marina's details are the business's.
        *("salon", "barbershop", "marina"),
        # An Irish county (contae), not Portuguese `conta`.
        "contae",
        # Places an event lists that are not the person's: search results, parcel lockers and
        # relay points, the company's dialled number (DNIS).
        "results",
        "relais",
        # Places an event is about (a charging station, an embassy, a venue's gate, a garage, a
        # charge detail record) and groups of people (a community).
        "station",
        "garage",
        "gate",
        # A toll road's gantry and a map's point of interest (`gantry.lat`, `poi_lat`).
        "gantry",
        "poi",
        "embassy",
        "consulate",
        "cdr",
        "community",
        # A GP practice, a company's head office (siège, sede), a cash machine, a booking
        # (reservación, reserva).
        "practice",
        "siege",
        "sede",
        "atm",
        "reservacion",
        "reserva",
        # Japanese bank (`ginkou_mei`: the bank's name).
        "ginkou",
        "ginko",
        "locker",
        "dnis",
        "hotel",
        "hostel",
        # A tour's meeting point, a trek's or a parcel's checkpoint, a carrier's tracking scan:
        # places on the way, not the person's (12 labels of 14).
        *("meeting", "checkpoint", "tracking"),
        # Greek products (`proionta[].onoma`), as the bare English `product` is; a package
        # (Indonesian and Turkish `paket`).
        *("proion", "proionta", "paket"),
        # Public offices: a polling place, a tribunal and its registry, an authority (Behörde),
        # a pothole a resident reports; mediation, so that it is never read as a slip for
        # `medication`.
        *("polling", "tribunal", "greffe", "behorde", "behoerde", "pothole", "mediation"),
        # A garage (German), a brand (Indonesian `merek_mobil`: a car's, not a mobile number).
        *("werkstatt", "merek"),
        # A menu's and a dish's names (`nama_menu`, `ryori_mei`).
        *("menu", "ryori"),
        # A team in Spanish and Swahili (`NOMBRE_EQUIPO`, `jina_la_timu`); a shop, a store, a branch,
        # an institution and an animal in Yoruba, Shona, Kinyarwanda and Swahili.
        *("equipo", "timu", "itaja", "rechitoro", "ishami", "ikigo", "mnyama"),
        # Pets in Nordic, Baltic, Finnish, Welsh and South Slavic keys; a shop, a branch, an office,
        # customer service, premises, a product, a school, a course and a company in Romanian,
        # Bulgarian, Croatian, Welsh, Finnish, Hungarian, Latvian, Czech and Irish.
        *("husdjur", "husdjurets", "kaeledyr", "kaeledyrets", "lemmikki", "lemmikin", "lemmiklooma"),
        *("gyvuno", "gyvunas", "anifail", "ljubimac", "ljubimca", "ljubljencka", "ljubljenec"),
        *("magazin", "poslovnica", "poslovnice", "ofisa", "swyddfa", "asiakaspalvelu", "asiakaspalvelun"),
        *("ugyfelszolgalati", "ugyfelszolgalat", "klientu", "provozovny", "produs", "scoile", "scoil"),
        *("chursa", "cwmni"),
        # The things a Spanish or French key names after `nombre_`/`nom_` (head first): a school, a
        # course, a degree, a court, a specialty, a game's character, a route, an insurer, a
        # hospital, a pharmacy, an agency, an association, a campaign, a dog, a class, an employer,
        # a warehouse, a team, a plan, a training, a mutual insurer, an establishment, a game, a
        # delivery round, a company, a shop.
        *("colegio", "curso", "carrera", "juzgado", "especialidad", "personaje", "ruta", "aseguradora"),
        *("hopital", "pharmacie", "agence", "association", "asociacion", "campagne", "campania"),
        *("chien", "perro", "classe", "clase", "employeur", "entrepot", "almacen", "equipe", "forfait"),
        *("formation", "formacion", "mutuelle", "etablissement", "assureur", "lycee", "juego", "reparto"),
        *("compagnie", "boutique", "sociedad"),
        # The same in Italian, Polish and Portuguese keys: a warehouse, an office, a switchboard,
        # support, a bank, a company, a courier, a body, a fund, a hospital, a team, a court, a
        # server, a shop, a seat, a branch, a dean's office, a facility, a helpline, a reception,
        # a hotel, a cat's, a dog's and an animal's, a game character's, a registry office, a health
        # plan, a trade name.
        *("magazzino", "ufficio", "centralino", "assistenza", "banca", "compagnia", "corriere", "ente"),
        *("fondo", "ospedale", "squadra", "tribunale", "servidor", "serwera", "sklepu", "siedziby"),
        *("oddzial", "oddzialu", "dziekanatu", "placowki", "infolinii", "recepcji", "hotelu", "kota"),
        *("psa", "zwierzecia", "postaci", "cartorio", "convenio", "suporte", "fantasia"),
        "restaurant",
        "airline",
        "airport",
        "course",
        "lesson",
        "module",
        "song",
        "album",
        "artist",
        "playlist",
        "video",
        "channel",
        "show",
        "episode",
        "game",
        "level",
        "feature",
        "experiment",
        "variation",
        "flag",
        "button",
        "promotion",
        "promo",
        "coupon",
        "discount",
        "list",
        "template",
        "theme",
        "font",
        "color",
        "colour",
        "integration",
        "plugin",
        "extension",
        "repository",
        "repo",
        "branch",
        "environment",
        "env",
        "service",
        "queue",
        "topic",
        "model",
        "manufacturer",
        "support",
        "helpdesk",
        "sales",
        "noreply",
        "image",
        "asset",
        "bank",
        "branch",
        "institution",
        "clinic",
        "hospital",
        "pharmacy",
        "lab",
        "facility",
        "office",
        "region",
        "country",
        "timezone",
        "currency",
        "language",
        "locale",
        "metric",
        "dimension",
        "parameter",
        "param",
        "class",
        "function",
        "component",
        "card",
        "wallet",
        "instance",
        "cluster",
        "region",
    )
)

NOT_A_PERSON = (
    NOT_A_PERSON
    | {"listing", "dealer", "dealership", "agency", "brokerage", "fleet", "school", "university", "college"}
    | {"academy", "hq", "headquarters", "search", "filter", "filters", "query", "employer"}
    # A business's tax and registry numbers: `vat_id`, `USt-IdNr`, `duns`; an invoice's issuer's and
    # an employer's (`rfc_emisor`, `rut_empleador`: 4 labels of 5); a shop's outlet.
    | {"vat", "ust", "duns", "concession", "emisor", "empleador", "outlet"}
    # A dress's name is a product's (and `dress` is known, so `dress_code` is not a typo of `duress`).
    | {"dress"}
    # A vehicle's or a device's nickname is not a person's; nor is a vessel's position or a hull's
    # condition (`ship` is shipping).
    | {"vehicle", "car", "truck", "bike", "scooter", "charger", "reader", "terminal", "kiosk", "door"}
    | {"vessel", "hull", "yacht"}
    # A living thing's species, by its scientific name (`taxon_name: "Panthera leo"`).
    | {"taxon", "species", "scientific"}
    | {"controller", "sensor", "gateway", "router", "printer", "camera", "lock", "thermostat"}
    # An animal's name, birthday, allergies and medications are not a person's.
    | {"pet", "pets", "dog", "dogs", "cat", "cats", "animal", "animals", "horse", "puppy", "kitten", "breed"}
    # A game's heroes; a retailer's, a food pantry's and a shelter's details are their own.
    | {"hero", "heroes", "retailer", "pantry", "shelter"}
    # A loan's lender (26 labels of 26 green); a tournament's or a competition's venue and city.
    | {"lender", "tournament", "competition"}
    # Folded as keys are (`ペット` loses its handakuten, hangul falls into its letters).
    | {fold(word) for word in languages.THINGS}
)

# People an event names by their role (`emergency_contact: "Ana Ruiz"`): each is a person word,
# and, as a key, a name (matchers.TERM_ACCEPTS: when its values are words, never ids).
ROLES = (
    "holder",
    "clinician",
    "applicant",
    "co applicant",
    "praticien",
    "medecin",
    "medico",
    "arzt",
    "payee",
    "taxpayer",
    "addressee",
    "debtor",
    "creditor",
    "guarantor",
    "cosigner",
    "lessee",
    "lessor",
    "emergency contact",
    "next of kin",
    "spouse",
    "recipient",
    "guardian",
    "kaitiaki",  # Māori's guardian
    "beneficiary",
    "account owner",
    "account manager",
    "case manager",
    "assignee",
    "requester",
    "engineer",
    "barista",
    "stylist",
    "supervisor",
    "coiffeur",
    "coiffeuse",
    "instructor",
    "optometrist",
    "optician",
    "hygienist",
    "orthodontist",
    "companion",
    "approver",
    "tutor",
    "coach",
    "therapist",
    "caregiver",
    "landlord",
    "tenant",
    "witness",
    "executor",
    "testator",
    "paralegal",
    "timekeeper",
    "proctor",
    "neighbour",
    "neighbor",
    "defendant",
    "plaintiff",
    "reporter",
    "complainant",
    "caller",
    "author",
    "organizer",
    "organiser",
    "claimant",
    "attorney",
    "lawyer",
    "signer",
    "signatory",
    "donor",
    "passenger",
    "patient",
    "student",
    "attendee",
    "traveler",
    "traveller",
    "doctor",
    "physician",
    "nurse",
    "dentist",
    "pharmacist",
    "practitioner",
    "mentor",
    "recruiter",
    "interviewer",
    "reviewer",
    "shopper",
    "speaker",
    "presenter",
    "panelist",
    "moderator",
    "captain",
    "vet",
    "veterinarian",
    "general practitioner",
    "family doctor",
    "primary care physician",
    "medico di base",
    "medico curante",
    "medico de cabecera",
    "medecin traitant",
    "huisarts",
    "hausarzt",
    # A store's associate, a hospital's or a flight's attendant, a lab's pathologist; whoever
    # uploaded a file; a deceased person; a wedding's couple, godparents (Tagalog ninang, ninong)
    # and a guest's plus-one.
    *("associate", "attendant", "pathologist", "uploader", "decedent", "plus one"),
    *("godparent", "godmother", "godfather", "ninang", "ninong"),
    # Gig platforms' workers (TaskRabbit's taskers, DoorDash's dashers) and a campaign's canvassers.
    *("tasker", "dasher", "freelancer", "canvasser"),
    # Travel and hospitality: who booked, who leads a party. (Not `consignee`: in freight a
    # distribution centre, `ConsigneeName: "Kroger Atlanta DC"`.)
    *("booker", "lead booker", "lead guest", "main guest", "primary guest", "lead traveller"),
    "lead traveler",
    # Hiring and HR: a candidate's managers and a new starter.
    *("hiring manager", "line manager", "reporting manager", "new hire"),
    # Schools and exams.
    *("teacher", "class teacher", "homeroom teacher", "examiner", "examinee", "invigilator"),
    # Lending and property: joint borrowers, owners and buyers; a mortgage's and a trust's parties.
    # (Not a solicitor or a conveyancer: a firm, `VendorSolicitor: "Harrison Clarke LLP"`; nor a
    # grant's grantor and grantee, as often foundations and charities.)
    *("co borrower", "coborrower", "co owner", "co buyer", "co purchaser", "co tenant", "co debtor"),
    *("mortgagor", "obligor", "co obligor", "settlor", "contact person"),
    # Consumer lending's other parties: a Philippine loan's co-maker, a joint applicant, whoever
    # pledges or pawns the collateral, a savings or pension account's nominee, a loan's defaulter;
    # guarantors and co-debtors as Latin American, French, Italian and German forms name them
    # (aval, fiador, codeudor, garant, fideiussore, Bürge); the lender's staff who handle the loan.
    *("co maker", "comaker", "joint applicant", "joint borrower", "second applicant", "pledgor"),
    *("pawner", "pawnor", "collateral owner", "nominee", "defaulter", "personal reference"),
    *("avalista", "fiador", "codeudor", "coacreditado", "obligado solidario", "deudor solidario"),
    *("garante", "fideiussore", "coemprunteur", "co emprunteur", "burge", "mitantragsteller"),
    *("loan officer", "credit officer", "relationship officer"),
    # Vehicles: the people a motor policy or a registration names.
    *("named driver", "additional driver", "main driver", "primary driver", "registered keeper"),
    *("registered owner", "vehicle owner", "chauffeur"),
    # Courts, claims and public services: parties and the people who handle a case.
    *("appellant", "appellee", "litigant", "heir", "juror", "caseworker", "case worker"),
    *("social worker", "injured party"),
    # A phone or card account's added users; a delivery's driver (not a `delivery_agent`: as
    # often the carrier).
    *("authorized user", "authorised user", "delivery driver", "delivery executive", "delivery person"),
    *("ticket buyer", "registrant"),
    # The relatives Gulf, Levantine and Pakistani forms ask to be named: a four-part name's
    # grandfather, a married woman's husband (`husband_name`, `grandfather_name`).
    *("husband", "wife", "grandfather", "grandmother"),
    # Courts and legal services: counsel and the other side's, judicial officers, a case's parties,
    # a trust's and a conservatorship's people, sworn statements' makers.
    *("counsel", "opposing counsel", "defense counsel", "defence counsel", "prosecutor", "barrister"),
    *("magistrate", "mediator", "arbitrator", "petitioner", "accused", "trustee", "conservator"),
    *("conservatee", "affiant", "deponent", "attorney in fact", "guardian ad litem"),
    # Policing and public safety: the people of an incident report, and the officers on it.
    *("victim", "offender", "detainee", "arrestee", "inmate", "prisoner", "detective"),
    *("arresting officer", "reporting officer", "investigating officer", "police officer"),
    *("probation officer", "parole officer", "case officer", "first responder", "alarm responder"),
    # Building and household trades (a trade's company is `contractor`, a qualifier only).
    *("foreman", "electrician", "plumber", "carpenter", "roofer", "bricklayer", "welder", "handyman"),
    *("tradesperson", "tradesman", "tradie", "labourer", "laborer", "journeyman", "superintendent"),
    *("site supervisor", "gardener", "housekeeper", "babysitter", "pet sitter", "dog walker"),
    # Farming: who farms, owns or works the land.
    *("farmer", "rancher", "landowner", "sharecropper", "smallholder", "farmhand", "herder"),
    # Energy and utilities: who pays the bill at a supply address.
    *("bill payer", "billpayer"),
    # Roads: a hire car's hirer, the other people in a collision.
    *("motorist", "hirer", "cyclist", "pedestrian"),
    # Aircraft and ship crews.
    *("copilot", "co pilot", "first officer", "purser", "crew member", "crewmember", "cabin crew"),
    *("flight attendant", "seafarer", "mariner", "seaman", "deckhand", "skipper", "bosun", "boatswain"),
    # Bars, hotels, casinos and betting: staff who serve and customers who bet.
    *("bartender", "waiter", "waitress", "croupier", "bellhop", "sommelier", "hostess"),
    *("punter", "bettor", "gambler"),
    # Clergy and members of a congregation.
    *("congregant", "parishioner", "pastor", "priest", "rabbi", "imam", "clergy", "clergyman"),
    *("chaplain", "deacon", "reverend", "celebrant", "confirmand"),
    # Union officers who represent workers (their name says the union too).
    *("union steward", "shop steward", "union rep", "union representative"),
    # Sport: an app's athletes and a team's mates (not a race's jockey or a match's umpire: public
    # figures in betting and results feeds, `jockey` green).
    *("athlete", "teammate"),
    # Whoever leads a group (a guild's, a youth group's, a small group's): a person in its traits.
    *("leader", "group leader", "team leader", "troop leader", "guild leader"),
    # Research: who runs a study.
    *("investigator", "principal investigator", "sub investigator", "research coordinator"),
    # Adoption, fostering and care at home (the UK's `carer`).
    *("adopter", "adoptee", "fosterer", "foster carer", "carer"),
    # Courts: other parties to a case and the people served or protected by an order; officers who
    # serve papers, enforce, keep the record and interpret. (Not a bare `respondent`: a survey's, nor
    # a bare `interpreter`, whose values are languages.)
    *("co defendant", "codefendant", "co plaintiff", "co petitioner", "intervenor", "intervener"),
    *("adverse party", "served party", "party served", "person served", "judgment debtor"),
    *("judgment creditor", "protected party", "restrained party", "restrained person"),
    *("process server", "bailiff", "court clerk", "court interpreter", "public defender"),
    # Policing and probation: who harmed whom, who is supervised.
    *("perpetrator", "alleged perpetrator", "alleged offender", "abuser", "alleged abuser", "informant"),
    *("probationer", "supervisee", "supervising officer", "victim advocate"),
    # Social services and family courts: carers, birth and foster families, child support's
    # parties, the workers on a case.
    *("foster parent", "foster child", "birth parent", "birth mother", "birth father", "kinship carer"),
    *("custodial parent", "non custodial parent", "noncustodial parent", "obligee"),
    *("support worker", "welfare officer", "housing officer", "family support worker"),
)

# Words that say it is a person's: `customer email`, `billing phone`, `traits.name`.
A_PERSON = frozenset(
    (
        # Who deposited, won, was read for or is called back; a bill's addressee (`bill_first`);
        # a candidate's referees (`references[].name`).
        *("depositor", "astrologer", "winner", "references", "callback", "bill"),
        # Who rang up a sale; an organisation's focal point (a named contact person). (Not a
        # `payer_name`: an insurer or a company as often as a person, 16 labels of 18 green.)
        *("cashier", "focal"),
        # A study's principal investigator (`pi_email`, `piEmail`: a person, 2 labels of 2).
        "pi",
        "eltern",  # German parents (`einkommen_eltern`)
        # A group's administrator (an admin's, in full); who goes with a patient or a traveller.
        *("administrator", "escort"),
        "entregador",  # a Portuguese courier (`lat_entregador`)
        "traits",
        "user",
        "customer",
        "contact",
        "profile",
        "person",
        "people",
        "member",
        "billing",
        "sender",
        "buyer",
        "seller",
        "owner",
        "guest",
        "employee",
        "applicant",
        "candidate",
        "emergency",
        "parent",
        "partner",
        "child",
        "teacher",
        "driver",
        "rider",
        "cardholder",
        "holder",
        "payee",
        "author",
        # The host of a stay, a meeting or an event (a machine is a `hostname`).
        "host",
        "invitee",
        "inviter",
        "referee",
        "referrer",
        "friend",
        "client",
        "lead",
        "subscriber",
        "participant",
        "respondent",
        "shipping",
        "delivery",
        "home",
        "personal",
        "primary",
        "secondary",
        "work",
        "legal",
        "preferred",
        "first",
        "last",
        "full",
        "given",
        "family",
        "middle",
        "maiden",
        "nick",
        "my",
        "your",
        "his",
        "her",
        "their",
        "new",
        "old",
        "current",
        "previous",
        "alternate",
        "alternative",
        "backup",
        "recovery",
        "verified",
        "main",
        "mobile",
        "login",
        "signup",
        "registration",
        "manager",
        "admin",
        "agent",
        "rep",
        "representative",
        "mother",
        "father",
        "next",
        "kin",
        "insured",
        "policyholder",
        "borrower",
        "visitor",
        "player",
        "trainer",
        "gp",
        "technician",
        "installer",
        "mechanic",
        "nanny",
        "realtor",
        "adjuster",
        "submitter",
        "sponsor",
        "volunteer",
        "party",
        "pilot",
        "caretaker",
        "counselor",
        "counsellor",
        "surgeon",
        "midwife",
        # Those who vaccinate, scan and draw blood (`vaccinator_name`, not `vaccin at or`).
        *("vaccinator", "sonographer", "phlebotomist"),
        "prescriber",
        "organizer",
        "organiser",
        "officer",
        "inspector",
        "appraiser",
        "notary",
        "judge",
        # Officers of an organisation: in a group call, their contact details are theirs.
        *("principal", "treasurer", "secretary", "director", "founder", "president", "chairperson"),
        *("ceo", "cfo", "cto", "coordinator", "individual"),
        "staff",
        "household",
        "dwelling",  # a census's household's home
        "officiant",
        "purchaser",
        "dependant",
        "dependent",
        "nominee",
        "resident",
        "worker",
        "receiver",
        "orderer",
        "baby",
        # A courier's name and phone are a person's; a bare `courier` is the carrier (`DPD`).
        "courier",
        *("consumer", "children", "kids", "csm"),  # csm: a customer success manager
        "couple",  # a wedding's (`couple_names`)
        # Family (a husband, a wife and grandparents are ROLES): `pep_relative_name`, `sibling.dob`.
        *("son", "daughter", "sibling", "siblings", "brother", "sister"),
        *("relative", "relatives", "grandparent", "grandparents"),
        *("grandchild", "grandson", "granddaughter", "aunt", "uncle", "cousin", "nephew", "niece"),
        *("stepmother", "stepfather", "stepparent", "stepchild", "fiance", "fiancee", "bride", "groom"),
        # A campaign's, a council's or a charity's people: `voter.name`, `constituent.address`.
        *("voter", "elector", "constituent", "supporter", "servicemember"),
        # Travellers and guests (`pax_name`, `infant_dob`, `lap_adult_name`), a hotel's occupants.
        *("pax", "infant", "adult", "occupant", "occupants"),
        # Interns and trainees, pupils and learners, an event's delegates and RSVPs.
        *("intern", "trainee", "apprentice", "pupil", "learner", "delegate", "rsvp"),
        # Renters and lodgers; a citizen using a public service (`citizen_name`; a citizen's id is
        # the `national id` term `citizen id`).
        *("renter", "lodger", "citizen"),
        # A court's clerk (`clerk_name`); a veteran's and a parolee's contact details (`veteran.email`).
        *("clerk", "veteran", "parolee"),
        # Qualifiers only, as keys they name other things too (a service tier `concierge`, a
        # coroutine `dispatcher`, a Flutter `painter`, a hospital `ward`): whose name or phone.
        *("contractor", "subcontractor", "dispatcher", "concierge", "valet", "minister", "chef"),
        *("painter", "cleaner", "sitter", "walker", "groomer", "responder", "keeper", "deceased"),
        *("householder", "occupier", "grower", "surveyor", "patron", "crew", "litem", "suspect"),
        *(fold(word) for word in languages.PEOPLE),
        *(role for role in ROLES if " " not in role),
    )
)

# ISO 4217 codes an amount's key may end in (`stipend_ugx`), less those that are English words
# (`all`, `top`, `try`, `pen`, `cup`, `mad`, `gel`, `bob`, `ron`, `mop`, `sos`, `nad`, `cop`) or
# Tagalog (`ang`, `mga`).
CURRENCIES = frozenset(
    (
        *("aed", "afn", "amd", "aoa", "ars", "aud", "awg", "azn", "bam", "bbd", "bdt", "bgn", "bhd"),
        *("bif", "bmd", "bnd", "brl", "bsd", "btn", "bwp", "byn", "bzd", "cad", "cdf", "chf", "clp"),
        *("cny", "crc", "cve", "czk", "djf", "dkk", "dop", "dzd", "egp", "etb", "eur", "fjd", "gbp"),
        *("ghs", "gmd", "gnf", "gtq", "gyd", "hkd", "hnl", "htg", "huf", "idr", "ils", "inr", "iqd"),
        *("irr", "isk", "jmd", "jod", "jpy", "kes", "kgs", "khr", "kmf", "krw", "kwd", "kyd", "kzt"),
        *("lak", "lbp", "lkr", "lrd", "lsl", "lyd", "mdl", "mkd", "mmk", "mnt", "mru", "mur", "mvr"),
        *("mwk", "mxn", "myr", "mzn", "ngn", "nio", "nok", "npr", "nzd", "omr", "pab", "pgk", "php"),
        *("pkr", "pln", "pyg", "qar", "rsd", "rub", "rwf", "sar", "sbd", "scr", "sdg", "sek", "sgd"),
        *("sle", "sll", "srd", "ssp", "syp", "szl", "thb", "tjs", "tmt", "tnd", "ttd", "twd", "tzs"),
        *("uah", "ugx", "usd", "uyu", "uzs", "ves", "vnd", "vuv", "wst", "xaf", "xcd", "xof", "xpf"),
        *("yer", "zar", "zmw", "zwl"),
    )
)


# Words that may follow the matched term and still name the value: `phone number`,
# `email address`, `address line 1`, `ssn last 4`, `password confirmation`.
VALUE_SUFFIX = frozenset(
    (
        "address",
        "number",
        "value",
        "val",
        "text",
        "str",
        "string",
        "raw",
        "full",
        "primary",
        "secondary",
        "main",
        "other",
        "alt",
        "alternate",
        "home",
        "work",
        "mobile",
        "cell",
        "personal",
        "line",
        "lines",
        "last",
        "first",
        "four",
        "digits",
        "digit",
        "date",
        "day",
        "month",
        "year",
        "on",
        "plain",
        "clear",
        "input",
        "confirmation",
        "confirm",
        "repeat",
        "again",
        "new",
        "old",
        "current",
        "hash",
        "hashed",
        "sha",
        "md5",
        "encrypted",
        "masked",
        "partial",
        "to",
        "formatted",
        "e164",
        "header",
        "url",
        "v",
        "range",
        "band",
        "bracket",
        "international",
        "national",
        "local",
        "field",
        "entry",
        "data",
        "info",
        "details",
        "1",
        "2",
        "3",
        "4",
        "one",
        "two",
        "256",
        "1st",
        "2nd",
        "5",
        "ext",
        "extension",
        # Parts of a structured name (`name.given`, OpenID's and FHIR's shape).
        "given",
        "family",
        "middle",
        # A reference's label (FHIR `display`).
        "display",
        # Pay periods and bases (`bruttogehalt_monat`, `salary_annual`).
        "monat",
        *("monatlich", "jaehrlich", "mensuel", "annuel", "mensual", "mensal", "anual", "mensile"),
        "monthly",
        "annual",
        "yearly",
        "gross",
        "net",
        "amount",
        "estimate",
        "estimated",
        # Japanese names' readings: `name_kana`, `firstNameKana`.
        "kana",
        "furigana",
        # The currency an amount is in: `monthly_salary_aed`, `salary_eur`.
        # The country a right or a document is for (`right_to_work_uk`, `authorized_to_work_us`).
        *("uk", "us", "usa", "eu"),
        *CURRENCIES,
        # A field that holds the datum as its identifier or as the person declared it
        # (`cprNumberIdentifier`, `monthly_income_declared`, `documentNumberEntered`).
        *("identifier", "declared", "entered", "provided", "submitted"),
        # Another name someone goes by: `defendant_alias`, `sender_aka`.
        *("alias", "aka"),
        # Current, in Portuguese, Spanish, French, Italian and German: `latitude_atual`.
        *("atual", "actual", "actuel", "actuelle", "attuale", "aktuell", "aktuelle"),
        # Names once used (`otherLastNamesUsed`); the format a date is written in (`birthday_mmdd`).
        "used",
        *("mmdd", "ddmm", "yyyymmdd", "mmddyyyy", "ddmmyyyy"),
        # The calendar a date is in: `date_of_birth_hijri`, `birth_date_gregorian`, Iran's solar
        # (shamsi, jalali) dates: `tarikh_tavalod_shamsi`.
        *("hijri", "hijriah", "hijriyah", "gregorian", "miladi", "shamsi", "jalali", "qamari"),
        "bs",  # Nepal's Bikram Sambat: `janma_miti_bs`
    )
)
# Words after a special category that make the field about the form's question, not the answer:
# `ethnicity_question_skipped`, `religion_prompt_shown` (while `disability_benefit` reveals one).
ABOUT_A_QUESTION = frozenset(
    (
        "question",
        # What an insurance covers (`has_disability_coverage`), not the person's datum.
        "coverage",
        "skipped",
        "skip",
        "asked",
        "prompt",
        "prompted",
        "shown",
        "displayed",
        "viewed",
        "consent",
        "declined",
        "answered",
        "required",
        # A check that was run (`sexOffenderRegistryChecked`, 35 labels of 35 green).
        "checked",
        "enabled",
        "visible",
        "count",
        "filter",
        "filters",
        # A venue's accessibility, not a person's: `wheelchair_spaces`, `accessible_seats`.
        "spaces",
        "space",
        "seats",
        "seating",
        "capacity",
        "availability",
        "available",
        # A course about it and how much a match on it matters (`disabilityAwarenessModule`,
        # `ethnicityMatchImportant`): a carer's training and a preference, not their datum.
        *("awareness", "module", "important", "importance"),
    )
)
# Nouns for a person (`account holder`, `recipient`): a term ending in one is a person's whatever
# the path says around it.
# (Japanese's 名義 and 名義人, an account's holder: `ginko.koza_meigi`.)
PERSON_NOUNS = frozenset(role.split()[-1] for role in ROLES) | {
    *("holder", "cardholder", "policyholder", "meigi", "meiginin")
}
# Parts of an address, the address when under one (`delivery_address.unit`, `endereco.complemento`).
# Parts of an address, as the leaf under an address parent (`indirizzo.via`, `endereco.rua`,
# `direccion_entrega.referencias`: how to find the door).
ADDRESS_PARTS = frozenset(
    (
        *("unit", "apt", "suite", "floor", "building", "flat", "complemento", "complement", "via", "rua"),
        *("appartement", "apartment", "detail"),
        *("calle", "interior", "references", "referencias", "referencia", "second", "second line"),
        # Italy's house number, Poland's flat and house numbers (`indirizzo.civico`, `adres.nr_lokalu`).
        *("civico", "lokalu", "lokal", "domu"),
        # A delivery's landmark, area and building name (the Gulf's, Spain's `piso`).
        *("landmark", "area", "building name", "piso", "block"),
        # Aadhaar's e-KYC address: the house and the postcode (`address.house`, `address.pc`);
        # Spanish-speaking forms' código postal (`direccion_envio.cp`).
        *("house", "pc", "cp"),
        # A city's district (Cairo's, Ho Chi Minh City's `quận`); Malay's address lines (`alamat.baris1`).
        *("district", "baris"),
    )
)
# The words of a shop's cart and catalogue.
GOODS = frozenset(("item", "items", "product", "products", "cart", "order", "line", "sku", "variant"))
# Words of a sale: a cart's, a checkout's or a purchase's token identifies the sale, not a session.
SALE = GOODS | {"checkout", "purchase", "receipt", "transaction"}
# Words after a health term that still hold health data: `allergy_notes`, `icd10_codes`,
# `procedure_name`, `medication_list`.
HEALTH_DETAIL = frozenset(
    (
        "notes",
        "note",
        "detail",
        "details",
        "list",
        "history",
        "code",
        "name",
        "description",
        "desc",
        "result",
        "summary",
        "comments",
        "cpt",
        "icd",
        "administer",
        "administered",
        "dose",
        "doses",
        "schedule",
        "instructions",
        "declared",
        "reported",
        "performed",
        "assessment",  # `injury_assessment`, `falls_assessment`
        # Wanting it is telling it (`procedure_interest`, `treatment_interest`: 3 labels of 3);
        # so is support for it and a confirmed result (`mental_health_support`, `hiv_negative_confirmed`).
        *("interest", "interested", "support", "confirmed"),
        "puffs",  # an inhaler's (`rescue_inhaler_puffs`); not `done`: `hiv_test_done: true` is a step
        # How a result is classed, a therapy's modality, a screen for it: `ecg_classification`,
        # `therapy_modality`, `postnatal_depression_screen`.
        *("classification", "modality", "screen", "screening"),
        # An alert about it, being eligible for its treatment: `allergy_alert`, `glp1_eligible`.
        *("alert", "alerts", "eligible"),
        # A plan for its care: `hasMentalHealthCarePlan`, `asthma_action_plan`.
        *("care", "plan", "action"),
        "disclosed",
        "known",
        "current",
        # The disorder a condition's name stands for, a concern about it (`substance_use_disorder`,
        # `HasMentalCapacityConcern`); a carrier of it, a device present (`thalassemia_carrier`,
        # `pacemaker_present`).
        *("disorder", "disorders", "concern", "concerns", "carrier", "present"),
        # A test's finding and a drug's use: `hepatitis_b_reactive`, `phq9_item9_positive`,
        # `prior_glp1_use`.
        *("positive", "negative", "reactive", "use"),
        # What was ordered, scheduled or planned for someone, or is carried in their genes
        # (`premeds_ordered`, `procedures_scheduled`, `conditions_carried`).
        *("ordered", "scheduled", "planned", "carried"),
        # A questionnaire's numbered item (`phq9_item9_positive`: the PHQ-9's ninth question).
        "item",
        # A secondary diagnosis, a test's finding (`ICD_DIAG_SECONDARY`, `covid19_test_result`,
        # `pathology_finding`).
        *("diag", "test", "finding", "findings"),
        "joho",  # Japanese information (`arerugii_joho`)
        "past",
        # The window a question asks about (`mental_health_treatment_last_5y`, `smoked_ever`), an
        # injury sustained, changes to one's health (Finnish `terveydentila_muutoksia`).
        *("last", "ever", "lifetime", "recent", "y", "yr", "yrs", "years", "months", "sustained"),
        *("change", "changes", "muutoksia", "muutokset"),
        "score",
        "scores",
        "total",
        "mode",
        "related",
        # `epipen_required`, `psr_registered`, `injury_severity`, `treatment_received`.
        # A screening check's outcome (`hemoglobinPassed`, `hbCheckPassed`); a value in German.
        *("check", "passed", "failed", "wert"),
        "required",
        "needs",
        "registered",
        "severity",
        "received",
        # A lab value's unit (`amh_pmol_l`, `endometrium_mm`), a window's ends, a pregnancy's weeks.
        *("mm", "pmol", "nmol", "l", "ml", "iu", "start", "end", "weeks"),
        # Units a measure is written in: `bbt_celsius`, `weight_kg`.
        # How long it lasted (`deep_sleep_min`, `awake_hours`). (Not `avg` or `max`: a workout's
        # average heart rate is labelled as the session's.)
        *("min", "mins", "minutes", "hours", "hrs"),
        "celsius",
        "fahrenheit",
        "kg",
        "lb",
        "lbs",
        "cm",
        "bpm",
        "mmhg",
        "mgdl",
        "gl",
        "mmoll",
        # Formats a date is written in: `birthday_mmdd`.
        *("mmdd", "ddmm", "yyyymmdd", "mmddyyyy", "ddmmyyyy"),
        "pct",
        "percent",
        "percentage",
        "ms",
        "level",
        "reading",
        "flag",
        "status",
        # `hiv_test_result`, `pregnancy_week`, `hiv_negative_attested`.
        "test",
        "week",
        "logged",
        "attested",
        "negative",
        "positive",
        # `injury_type: "shin splints"`, `treatment_type`: the kind of it is the datum.
        "type",
        "types",
        "kind",
        "category",
        # Blood pressure's parts (`blood_pressure_systolic`, `systolic_bp`); a drug's strength,
        # route, regimen and why it was given; whether it was taken or dispensed. (Not `frequency`:
        # `medicines[].frequency` reads green.)
        *("systolic", "diastolic", "bp", "strength", "route", "regimen", "indication"),
        *("prescribed", "dispensed", "taken", "mg", "mcg"),
        # A condition's onset, stage and risk; a measure's trend (not `avg`, `max`: a workout's
        # `heart_rate_avg` reads green); a result read as abnormal.
        *("onset", "stage", "risk", "trend", "latest", "baseline"),
        *("abnormal", "interpretation", "outcome", "goals", "goal"),
        # A screening's answers (`phq9_answers`, `cssrs_ideation`, `depression_screening`).
        *("answer", "answers", "response", "responses", "screening", "ideation"),
        # More units a lab, a thermometer, a scale or an audiometer writes after the measure
        # (`ferritin_ug_l`, `body_temp_f`, `IopLeftMmHg`, `platelets_k_ul`, `threshold_1000hz_db`,
        # `hba1c_mmol_mol`); which eye or ear, fasting or not; a wearable's deviation from baseline.
        *("c", "f", "g", "ug", "ng", "pg", "mmol", "umol", "mol", "miu", "uiu", "mu", "u", "ul", "k"),
        *("fl", "hg", "kpa", "brpm", "hz", "khz", "db", "dbhl", "diopter", "diopters", "dioptre"),
        *("dioptres", "left", "right", "od", "os", "ou", "eye", "ear", "fasting", "measured"),
        *("measurement", "measurements", "deviation", "per", "hour", "ratio", "gdl"),
        # A finding not yet confirmed, or confirmed (`glaucoma_suspect`, `osaDiagnosed`).
        *("suspect", "suspected", "diagnosed"),
        # Where an injury is and how it happened, pain now and at its worst, a joint's angle, a
        # weight in grams, an illness certified (`injury_region`, `pain_score_worst`,
        # `peak_flexion_deg`, `birth_weight_grams`, `terminal_illness_certified`). (Not `duration`:
        # `symptom_duration_days` is read green as often as not.)
        *("region", "mechanism", "now", "worst", "gram", "grams", "certified", "deg"),
        # Hours (`fever_last_24h`), what brings it on (`chest_pain_during_activity`), today.
        *("h", "activity", "today"),
        # An audiogram's test frequencies (`audiogram.left_4000hz`).
        *("125", "250", "500", "750", "1000", "1500", "2000", "3000", "4000", "6000", "8000"),
    )
)
# Words before a term that make the key the kind of it (`tipo_conta`, `type_of_id`).
# Arabic, Persian (naw, `نوع`), Hebrew (sug), Swahili (aina) and Russian (`тип`) say it first:
# `نوع_الهوية`, `тип_документа`.
WHICH_KIND = frozenset(
    (
        "type",
        "kind",
        "tipo",
        "typ",
        "tipe",
        "categoria",
        "relationship",
        "naw",
        "نوع",
        "sug",
        "סוג",
        "aina",
        "тип",
    )
)
# Languages a name or an address is written in, after the term: `name_ar`, `fullnameEN`,
# `name_in_native_script`. Checked as trailing words only, never used to split keys.
WRITTEN_IN = frozenset(
    (
        *("ar", "en", "fr", "es", "de", "pt", "zh", "ja", "ko", "ru", "hi", "native", "script"),
        *("english", "hangul", "hindi", "arabic", "latin"),
        *("fa", "ur", "tr", "persian", "farsi", "urdu", "turkish"),
        *("th", "thai", "vi", "bn", "he", "el", "nl", "pl", "ro", "ta"),
        # Japanese names in kana, kanji or Roman letters (`NAME_KANA`, `name_kanji`), Chinese in pinyin.
        *("kana", "kanji", "romaji", "furigana", "katakana", "hiragana", "pinyin"),
    )
)
# Countries a number is written for, after it (`account_number_se`, `iban_gb`), beside the ones in
# VALUE_SUFFIX and WRITTEN_IN. Not words that split others: a key's words, never its pieces
# (`clip` is not `cl ip`, `filing` not `fi ling`).
COUNTRIES_AFTER = frozenset(
    (
        *("gb", "ie", "se", "dk", "fi", "ch", "cz", "hu", "gr", "ua", "au", "nz", "mx", "br", "cl"),
        *("jp", "kr", "cn", "hk", "tw", "sg", "ph", "vn", "za", "ng", "ke", "ae", "il"),
    )
)
# Words before a term that make the key a duration or a count of it: `years_at_address`; not
# when WHICH_YEAR says which one (`prior_year_income`, `last_month_salary`).
WHICH_YEAR = frozenset(("prior", "last", "previous", "current", "this", "next"))
HOW_LONG = frozenset(
    (
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hours",
        "minutes",
        "since",
        "count",
        "total",
    )
)
HEALTH_MATCHERS = frozenset(("allergy", "condition", "diagnosis", "medication", "procedure"))
# Heads of keys that hold identifiers, counters, versions and times: a digit run found there is
# an order number or a timestamp, not a card or a phone number.
ID_WORDS = frozenset(
    (
        "id",
        "ids",
        "uuid",
        "guid",
        "sku",
        "upc",
        "ean",
        "isbn",
        "gtin",
        "asin",
        "mpn",
        "code",
        "ref",
        "reference",
        "hash",
        "checksum",
        "version",
        "build",
        "release",
        "timestamp",
        "ts",
        "time",
        "epoch",
        "count",
        "total",
        "amount",
        "price",
        "revenue",
        "quantity",
        "qty",
        "index",
        "position",
        "rank",
        "score",
        "duration",
        "size",
        "width",
        "height",
        "length",
        "seq",
        "sequence",
        "order",
        "invoice",
        "transaction",
        "txn",
        "tx",
        "tracking",
        "shipment",
        "cart",
        "checkout",
        "session",
        "request",
        "correlation",
        "trace",
        "span",
        "batch",
        "ndc",
        "coupon",
        "promo",
        "voucher",
        "confirmation",
        "booking",
        "reservation",
        "ticket",
        "sku",
        "product",
        "item",
        "number",
        "nonce",
        "offset",
        "limit",
        "page",
        "cursor",
        "key",
        "year",
        "month",
        "day",
        "latency",
        "firmware",
        "sdk",
        "ms",
        "bytes",
        "port",
        "build",
    )
)
