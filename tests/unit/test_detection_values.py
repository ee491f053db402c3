"""Validators and value kinds: what makes a candidate a card, an IBAN, an SSN, a phone number."""

import re

import pytest

from portal.detection import Engine, default_matchers, national_ids
from portal.detection import values as v


@pytest.fixture(scope="module")
def scanner():
    return Engine(default_matchers())._scanner


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("4111 1111 1111 1111", v.STRONG),
        ("4111-1111-1111-1111", v.STRONG),
        ("4111111111111111", v.WEAK),  # bare digits: could be an order number
        ("378282246310005", v.WEAK),  # Amex, 15 digits
        ("4111111111111112", v.NONE),  # Luhn fails
        ("9111111111111111", v.NONE),  # no issuer starts with 9
        ("1700000000000", v.NONE),  # an epoch in ms
        ("0000000000000000", v.NONE),
        ("30569309025904", v.WEAK),  # Diners Club, 14 digits
        ("308054524653942", v.NONE),  # 15 Luhn digits from 30: an IMEI, not a Diners card
    ],
)
def test_cards(text, strength):
    assert v.validate_card(text) == strength


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("GB82WEST12345698765432", True),
        ("GB82 WEST 1234 5698 7654 32", True),
        ("DE89370400440532013000", True),
        ("GB83WEST12345698765432", False),  # check digits wrong
        ("DE8937040044053201300", False),  # wrong length for DE
    ],
)
def test_iban_mod97(text, ok):
    assert (v.validate_iban(text) == v.STRONG) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("0000-0002-1825-0097", True),  # ORCID's own example
        ("0000-0001-5109-3700", True),
        ("0000-0002-1694-233X", True),  # a check character of 10 is written X
        ("0000-0002-1825-0098", False),
        ("0000-0002-1694-2330", False),
    ],
)
def test_orcid_mod_11_2(text, ok):
    assert (v.validate_orcid(text) == v.STRONG) is ok


def test_an_orcid_is_found_whole_and_in_prose(scanner):
    assert scanner.scan("0000-0002-1825-0097").matcher == "identification"
    assert scanner.scan("Corresponding author, ORCID 0000-0002-1825-0097").matcher == "identification"
    # A card's shape with a wrong check character is neither.
    assert scanner.scan("0000-0002-1825-0098").matcher is None


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("123-45-6789", True),
        ("078 05 1120", True),
        ("000-12-3456", False),
        ("666-12-3456", False),
        ("912-12-3456", False),
        ("123-00-4567", False),
        ("123-45-0000", False),
        ("123-45 6789", False),
    ],
)
def test_ssn_structure(text, ok):
    assert (v.validate_ssn(text) == v.STRONG) is ok


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("+14155550123", v.STRONG),
        ("+1 415 555 0123", v.STRONG),
        ("+44 20 7946 0958", v.STRONG),
        ("(415) 555-0123", v.STRONG),
        ("415-555-0123", v.STRONG),
        ("415.555.0123", v.STRONG),
        ("020 7946 0958", v.STRONG),
        ("06 12 34 56 78", v.STRONG),
        ("4155550123", v.NONE),  # a bare run: the key must say it is a phone
        ("1732838400", v.NONE),  # an epoch
        ("2024-01-15", v.NONE),
        ("123-4567", v.NONE),
        # National formats of other countries: a trunk 0, an area code in brackets, or grouping.
        ("0151 74506321", v.STRONG),
        ("(11) 93535-9183", v.STRONG),
        ("601-206-819", v.WEAK),
        ("20 12 34 56", v.WEAK),
        ("29 11 2024", v.NONE),  # a date written with spaces
        ("2024 11 29", v.NONE),
        ("0466.120.434", v.NONE),  # Belgium's enterprise number, grouped 4-3-3 with dots
    ],
)
def test_phone_numbers(text, strength):
    assert v.validate_phone(text) == strength


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("203.0.113.9", v.WEAK),
        ("2.3.4.1", v.NONE),
        ("2001:db8::8a2e:370:7334", v.STRONG),
        ("::", v.NONE),
        ("10:15:30", v.NONE),
        ("999.1.1.1", v.NONE),
    ],
)
def test_ip_addresses(text, strength):
    assert v.validate_ip(text) == strength


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("356137088944855", v.WEAK),  # bare digits: could be an id
        ("35-613708-894485-5", v.STRONG),
        ("356137088944856", v.NONE),  # Luhn fails
        ("126137088944855", v.NONE),  # no reporting body 12
    ],
)
def test_imei(text, strength):
    assert v.validate_imei(text) == strength


def test_mac_jwt_geo():
    assert v.validate_mac("00:1A:2B:3C:4D:5E") == v.STRONG
    assert v.validate_mac("00:00:00:00:00:00") == v.NONE
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
    assert v.validate_jwt(jwt) == v.STRONG
    assert v.validate_jwt("eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.abcdefgh") == v.NONE
    assert v.validate_geo("37.7749,-122.4194") == v.STRONG
    assert v.validate_geo("137.7749,-122.4194") == v.NONE


@pytest.mark.parametrize(
    ("value", "kind", "matcher"),
    [
        ("jane.doe@example.com", v.STRING, "email"),
        ("Call me at jane@example.com please", v.TEXT, "email"),
        ("https://x.example.com/?email=jane%40example.com", v.URL, "email"),
        ("4111 1111 1111 1111", v.STRING, "credit card"),
        ("GB82 WEST 1234 5698 7654 32", v.STRING, "bank account"),
        ("DE89370400440532013000", v.STRING, "bank account"),  # hex letters first, still an IBAN
        ("555-123-4567", v.STRING, "phone"),
        ("123-45-6789", v.STRING, "social security number"),
        ("+44 20 7946 0958", v.STRING, "phone"),
        ("00:1A:2B:3C:4D:5E", v.STRING, "mac"),
        ("AKIAIOSFODNN7EXAMPLE", v.STRING, "secret"),
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", v.STRING, "secret"),
        ("Bearer abcdefghijklmnopqrstuvwxyz0123", v.STRING, "token"),
        ("37.7749, -122.4194", v.STRING, "geolocation"),
        ("221 Baker Street", v.STRING, "address"),
        ("6D92078A-8246-4BA4-AE5B-76104861E7DC", v.UUID, None),
        ("5d41402abc4b2a76b9719d911017c592", v.HEX, None),
        ("2024-01-15T10:00:00.000Z", v.DATE, None),
        # Year first with dots (Korea, Hungary), not a version.
        ("1984.10.11", v.DATE, None),
        ("2.10.11", v.VERSION, None),
        ("2024-01-15 10:00:00", v.DATE, None),
        # A day-first date with its time is a timestamp, not a phone number in text.
        ("10.01.2024 19:43:40", v.DATE, None),
        ("01/10/2024 7:43 PM", v.DATE, None),
        ("1.2.3", v.VERSION, None),
        # Coordinates sent as text are numbers, not versions.
        ("37.774929", v.NUMERIC, None),
        ("-33.868820", v.NUMERIC, None),
        ("2.10", v.VERSION, None),
        ("true", v.BOOLSTR, None),
        ("analytics.js", v.STRING, None),
        ("Product Viewed", v.TEXT, None),
        ("SKU-4411-BLU", v.STRING, None),
        ("", v.EMPTY, None),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/120.0.0.0 Safari/537.36", v.TEXT, None),
        ("Order 1234567890 shipped", v.TEXT, None),
        ("card ending 4242", v.TEXT, None),
        # An address inside a token, and one with accented letters (RFC 6531).
        ("?email=ravi%2Bnews%40example.com&list=weekly", v.STRING, "email"),
        ("<jane@example.com>", v.STRING, "email"),
        ("müller@bücher.de", v.STRING, "email"),
        # A device named after its owner names the owner.
        ("Zoe's iPhone", v.STRING, "name"),
        ("iPhone von Luis", v.STRING, "name"),
        ("Joe's Pizza", v.TEXT, None),
        # A known given name first and a known family name last; product names are neither.
        ("Björn Haddad", v.STRING, "name"),
        ("Haddad, Björn", v.STRING, "name"),
        ("Ella Dress", v.TEXT, None),
        ("Rose Gold", v.TEXT, None),
        # Names in prose count as text evidence; places named after people do not.
        ("@Olga Müller can you review section 3?", v.TEXT, "name"),
        ("Lycée Victor Hugo", v.TEXT, None),
        # A first name greeted or signed off; accents of Central Europe and Turkey.
        ("Happy birthday Hugo! Love, Ama", v.TEXT, "name"),
        ("Hi there, welcome back", v.TEXT, None),
        # A name after a sentence's first word, hyphenated or possessive; greeted in Luganda.
        ("Called Hana about the missed readings", v.TEXT, "name"),
        ("Visited Intan Rahmawati, recovering well after knee surgery.", v.TEXT, "name"),
        ("Sat with Keisha's daughter, surgery went long.", v.TEXT, "name"),
        ("For Seo-jun - no more excuses for the 6am runs :)", v.TEXT, "name"),
        ("Gyebale Prossy, osasula UGX 2,000 nga 14/12.", v.TEXT, "name"),
        # Parties in a court case's caption; a name in a bank transfer's narration, in capitals.
        ("Chen v. Globex Logistics Inc.", v.TEXT, "name"),
        ("In re Marriage of Ivanova", v.TEXT, "name"),
        ("TITHE FROM FUNMILAYO DANJUMA", v.TEXT, "name"),
        ("SALARY CREDIT FOR NOVEMBER PAID", v.TEXT, None),
        # A site's name in a page title and a town before its state are not people (the street
        # before them is an address).
        ("Checkout | Velia", v.TEXT, None),
        ("Ships from 500 W 5th St, Austin, TX 78701", v.TEXT, "address"),
        ("Thank you for visiting! - Aiyana, GM", v.TEXT, "name"),
        ("Zeynep Y\u0131lmaz", v.STRING, "name"),
        # Family names with their particles, which the one-word lists leave out; not a city.
        ("Karabo du Plessis", v.STRING, "name"),
        ("Riaan Van Wyk", v.STRING, "name"),
        ("Johan van der Merwe", v.STRING, "name"),
        ("Rio de Janeiro", v.TEXT, None),
        # The family name first, in capitals or before a Vietnamese middle name; an Irish Ní.
        ("INOUE Fumiko", v.STRING, "name"),
        ("Tran Van Minh", v.STRING, "name"),
        ("Eileen Ní Dhonnchadha", v.STRING, "name"),
        # Companies by their legal form in Thai, Japanese and Korean script.
        ("บริษัท ลานนา ลีฟ จำกัด", v.ORG, None),
        ("(주)한빛 소프트", v.ORG, None),
        ("Boston, MA", v.TEXT, None),
        # A possessive family name in prose; a name after a sentence's first word in -ing.
        ("Dog at the property nipped Nadia Nguyen's ankle; owner restrained it.", v.TEXT, "name"),
        ("Visiting Wei Li, signed in at reception", v.TEXT, "name"),
        # A nursery's day note opening with a child's name and what they did.
        ("Kai found a worm in the garden", v.TEXT, "name"),
        # Japanese and Chinese names in their scripts, whole or in prose; places are not names.
        ("伊藤 花子", v.STRING, "name"),
        ("橋本\u3000愛", v.STRING, "name"),
        ("高橋花子", v.STRING, "name"),
        ("王 小明", v.STRING, "name"),
        ("ヤマモト ケイコ", v.STRING, "name"),
        ("Car of 小林 由美子 was blocked in the driveway.", v.TEXT, "name"),
        ("上海市", v.WORD, None),
        ("高橋 市", v.TEXT, None),
        # Names in Cyrillic, Greek, Arabic and Hebrew letters: either order, a patronymic, a
        # compound Arabic given name; greetings and a delivery to Moscow are not names.
        ("Иван Петров", v.STRING, "name"),
        ("Петров Иван", v.STRING, "name"),
        ("Иван Сергеевич Петров", v.STRING, "name"),
        ("Микола Коваленко", v.STRING, "name"),
        ("Γιώργος Παπαδόπουλος", v.STRING, "name"),
        ("محمد الخطيب", v.STRING, "name"),
        ("عبد الله الحسن", v.STRING, "name"),
        ("דוד כהן", v.STRING, "name"),
        # Two-word terms inside sentences; `pain` alone stays out.
        ("Patient complains of chest pain, short of breath", v.TEXT, "condition"),
        ("ate at the stall, food poisoning suspected", v.TEXT, "condition"),
        ("No pain no gain on the last hill", v.TEXT, None),
        ("Доставка Москва", v.TEXT, None),
        ("Ευχαριστώ πολύ", v.TEXT, None),
        ("مرحبا بكم", v.TEXT, None),
        ("שלום עולם", v.TEXT, None),
        # Not a name, but a nurse's note of heart failure and swollen legs: symptoms are found
        # inside sentences written without spaces.
        ("心不全の増悪なし。下肢浮腫軽度。", v.TEXT, "condition"),
        ("病人主訴皮膚癢。", v.TEXT, "condition"),
        ("がんばってください", v.WORD, None),
        # Strong evidence inside query strings and URLs, once decoded; digit runs in paths are not.
        ("?ref=sms&phone=%2B19308028028", v.STRING, "phone"),
        ("https://x.example.gov/screener?phone=%2B11087943464", v.URL, "phone"),
        ("https://shop.example.com/orders/4111111111111111", v.URL, None),
        # A receipt's link naming its subscriber's number; an order's number in a path is no phone.
        ("https://my.orbyt.ng/r/receipt?msisdn=2348031523667&tx=304c8413f1", v.URL, "phone"),
        ("https://shop.example.com/r?order=2348031523667", v.URL, None),
        # An incoming webhook's URL carries its secret.
        ("https://hooks.slack.com/services/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", v.URL, "secret"),
        # An identity number a support note names by its scheme; the word alone is not one.
        ("Customer NIN 26458205531 fails linking with 'record not found'", v.TEXT, "national id"),
        ("Customer NIN verified, 3 attempts", v.TEXT, None),
        # A USSD code that sends airtime to a number; a balance check's code holds none.
        ("*858*08071922354*1#", v.STRING, "phone"),
        ("*123*1*1#", v.STRING, None),
        # A prepaid meter's token in the SMS that delivers it.
        ("Your electricity token is 6157 2768 7259 6958 3853 (503.31 kWh).", v.TEXT, "token"),
        # A RUT whose dots make it look like a phone number.
        ("23.345.379-K", v.STRING, "national id"),
        # Ad platforms' click ids and cookies, whatever the key.
        (
            "Cj0KCQjw0pWBP-nM0_FExXeajiAWtlLGRGtd6tO_0cN7wLgS4p5-7Un0AweUuoLNbCDkRm7wLU",
            v.STRING,
            "advertising id",
        ),
        ("IwAR2F4nJxQ9kX8v7bT3mZpL0sYdWcRqUeHgNfKj", v.STRING, "advertising id"),
        ("fb.1.1712345678901.987654321", v.STRING, "advertising id"),
        # Postcodes with a shape of their own.
        ("SW1A 1NW", v.STRING, "zipcode"),
        ("K1A 0B1", v.STRING, "zipcode"),
        # A passport's machine-readable zone.
        ("K371878141D<<8010248M3307217<<<<<<<<<<<<<<76", v.STRING, "passport"),
        ("356137088944855", v.NUMERIC, "serial"),
        # One-time codes in the messages that carry them; a phone number after "use" is not one.
        ("297043 is your Kindred sign-in code. It expires in 10 minutes.", v.TEXT, "token"),
        ("Use 083238 to confirm your SendHome transfer.", v.TEXT, "token"),
        ("Bestätigungscode: 221980", v.STRING, "token"),
        # A code that opens a door, in a stay's instructions, lasts: a secret.
        ("Lockbox at side door, code 1122", v.TEXT, "secret"),
        ("O código do cofre das chaves é 6979", v.TEXT, "secret"),
        ("Use the keypad on the building door (822657)", v.TEXT, "secret"),
        # Two IP addresses (a forwarded-for list) are the client's address, weakly as one is; they
        # hold no coordinates (not `37.148, 42.180`).
        ("24.254.237.148, 42.180.43.7", v.VERSION, "ip"),
        ("Meet at -33.8688, 151.2093 tonight", v.TEXT, "geolocation"),
        # A code word inside another word is not one (`beeping`, `Kozhikode`): this is an Indian
        # address, by its flat's number and its PIN, not a code.
        ("Flat 4A, Lakshmi Nivas Apartments, Kozhikode 318326", v.TEXT, "address"),
        ("Please use 07908 150026 for the reminder calls", v.TEXT, "phone"),
        ("Use code SAVE20 for 20% off", v.TEXT, None),
        # A therapist's notes and a plan's goals open with the child's name; a calendar shows
        # someone by a given name and an initial. Not a payment, nor a vitamin.
        ("Itai combined two words for the first time.", v.TEXT, "name"),
        ("Noa will produce final consonants in CVC words with 80% accuracy.", v.TEXT, "name"),
        ("Assessment: Leonardo V.", v.TEXT, "name"),
        ("Payment will be processed tomorrow", v.TEXT, None),
        # A vehicle's plate inside a sentence, by the shapes prose's words and codes do not take.
        ("Van PO71YVP reversed into the parked car and drove off.", v.TEXT, "license"),
        ("Parking for B-AG 2083 stopped automatically at the maximum duration.", v.TEXT, "license"),
        ("Je parkeeractie voor 25-KNS-4 eindigt over 15 minuten.", v.TEXT, "license"),
        ("ISO 9001 certified since 2015", v.TEXT, None),
        # A meeting's join link and a ticket's claim link carry their holder's token.
        (
            "https://events.webinarly.com/j/78827235447?tk=bVPh3thCy6xSzMdUfoBaATuYi005kHdunWbNXneQgGB",
            v.URL,
            "token",
        ),
        ("https://festigo.app/claim?t=O5DfTtG10VU4ldVH7WdJ46GpsvcuqVe4", v.URL, "token"),
        ("https://shop.example.com/join?ref=newsletter", v.URL, None),
        # Health words of a dentist's, an incident log's and a care home's notes.
        ("Bleeding gums when brushing", v.TEXT, "condition"),
        ("Fell backwards, mild neck pain; parent informed", v.TEXT, "condition"),
        ("Pacemaker fitted last year", v.TEXT, "condition"),
        ("Kidney transplant 2017, on immunosuppressants", v.TEXT, "condition"),
        ("Engine limited to 1500 RPM", v.TEXT, None),
        ("Take vitamin D.", v.TEXT, None),
    ],
)
def test_value_kinds_and_matchers(scanner, value, kind, matcher):
    hit = scanner.scan(value)
    assert (hit.kind, hit.matcher) == (kind, matcher)


def test_only_non_matching_values_are_cached():
    engine = Engine(default_matchers())
    engine.observe("properties.contact", "jane.doe@example.com")
    engine.observe("properties.contact", "Blue Jeans")
    assert "jane.doe@example.com" not in engine._plain
    assert "Blue Jeans" in engine._plain


# Published or textbook examples of each number, each valid by its own checks.
NATIONAL_IDS = {
    "529.982.247-25": v.STRONG,  # CPF, formatted
    "52998224725": v.WEAK,  # CPF, bare digits
    "44051401359": v.WEAK,  # PESEL
    "10000000146": v.WEAK,  # T.C. Kimlik No
    "111222333": v.WEAK,  # BSN
    "8001015009087": v.WEAK,  # South African identity number
    "11010519491231002X": v.STRONG,  # China resident id
    "RSSMRA85T10A562S": v.STRONG,  # codice fiscale
    "S1234567D": v.STRONG,  # NRIC
    "12345678Z": v.STRONG,  # DNI
    "X1234567L": v.STRONG,  # NIE
    "AB 12 34 56 C": v.STRONG,  # National Insurance number
    "131052-308T": v.STRONG,  # henkilötunnus
    "12.345.678-5": v.STRONG,  # RUT
    "17109912-9": v.STRONG,  # RUT without its dots
    "12345678-1": v.NONE,  # the same shape, a wrong check digit
    "3374014402998585": v.WEAK,  # Indonesia's NIK (a woman's: her day of birth plus 40)
    "3374013102990000": v.NONE,  # a NIK's shape, but serial 0000
    "3374019913990001": v.NONE,  # a NIK's shape, but month 13
    "35202-1735156-7": v.WEAK,  # Pakistan's CNIC: no check digit, so weak even with its dashes
    "95253-2046718-1": v.NONE,  # the same shape from no province: an M-Pesa conversation id
    "A123456789": v.STRONG,  # Taiwan's national identification number
    "A123456788": v.NONE,  # the same, a wrong check digit
    "a123456789": v.NONE,  # a lower-case letter is no Taiwanese number
    "15076500050": v.WEAK,  # Norway's fødselsnummer: a date and two mod-11 check digits
    "15076500051": v.NONE,  # the same, a wrong second check digit
    "37605030299": v.WEAK,  # Estonia's isikukood (the state's own example)
    "37605030298": v.NONE,  # the same, a wrong check digit
    "198112189876": v.WEAK,  # Sweden's personnummer with its century, as e-ID services send it
    "198112189875": v.NONE,  # the same, a wrong Luhn digit
    "202401151230": v.NONE,  # a timestamp to the minute, not a personnummer
    "GODE561231GR8": v.STRONG,  # Mexico's RFC for a person, by its check character
    "GODE561231GR9": v.NONE,  # the same, a wrong check character
    "GODE561331GR8": v.NONE,  # no 13th month
    "GHA-163803814-5": v.STRONG,  # Ghana's card
    "GHB-163803814-5": v.NONE,  # no other country's code
    "1201244401910": v.WEAK,  # Guatemala's CUI: a mod-11 digit, Zacapa (19), its 10th municipality
    "1201244411910": v.NONE,  # the same, a wrong check digit
    "1201244402310": v.NONE,  # no 23rd department
    "1201244401912": v.NONE,  # Zacapa has eleven municipalities, not twelve
    "1232 28662 1211": v.STRONG,  # the CUI as the DPI prints it
}


@pytest.mark.parametrize(("text", "strength"), NATIONAL_IDS.items())
def test_national_ids_pass_their_own_checks(text, strength):
    assert national_ids.validate(text) == strength


@pytest.mark.parametrize(
    "text",
    [
        "529.982.247-26",  # CPF with a wrong check digit
        "44051401358",  # PESEL with a wrong check digit
        "12345678A",  # DNI with the wrong letter
        "BG123456C",  # a prefix HMRC never issues
        "S1234567A",  # NRIC with the wrong letter
        "11111111111",  # one digit repeated
        "1700000000000",  # epoch milliseconds
        "1.2.3-25",  # a prerelease version
    ],
)
def test_numbers_that_fail_their_checks_are_not_national_ids(text):
    assert national_ids.validate(text) == v.NONE


@pytest.mark.parametrize(
    ("text", "matcher"),
    [
        # Places that the name lists read as names: Hong (given) Kong (family), Geneva (given).
        ("Hong Kong", None),
        ("Shipped to Hong Kong today", None),
        ("Stored in Geneva, awaiting collection", None),
        ("A friend near Florence", None),
        # A given name after other words is still someone's.
        ("Spoke with Zanele about renewal", "name"),
        ("Kong Wei", "name"),
    ],
)
def test_places_named_like_people_are_places(scanner, text, matcher):
    assert scanner.scan(text).matcher == matcher


@pytest.mark.parametrize(
    ("digits", "strength"),
    [
        ("021557687726488123", v.WEAK),  # HSBC México's (021), its check digit
        ("646180157000000004", v.WEAK),  # STP's, as fintechs hand them out
        ("021557687726488124", v.NONE),  # a wrong check digit
        ("921557687726488123", v.NONE),  # no bank's code starts with 9
        ("02155768772648812", v.NONE),  # seventeen digits
    ],
)
def test_mexican_clabe_accounts_pass_their_check_digit(digits, strength):
    assert v.validate_clabe(digits) == strength


def test_national_ids_in_values_and_in_prose(scanner):
    hit = scanner.scan("44051401359")
    assert (hit.kind, hit.matcher, hit.weak) == (v.NUMERIC, "national id", True)
    assert scanner.scan("529.982.247-25").matcher == "national id"
    assert scanner.scan("Meu CPF é 529.982.247-25, obrigado").matcher == "national id"
    # A card-like number in four groups is not an Aadhaar in its last three.
    assert scanner.scan("7081 4110 5841 9060").matcher is None


def test_a_links_sign_in_token_is_a_token_and_a_shops_short_ref_is_not(scanner):
    assert (
        scanner.scan("https://account.example.com/login?token=5ffd4aba8a7be2fd752d47343d6aeee3").matcher
        == "token"
    )
    assert scanner.scan("https://example.com/reset?reset_token=Zx81-Qa_77bbe20fc1d94a").matcher == "token"
    assert scanner.scan("https://shop.example.com/cart?token=ab12").matcher is None
    # An OAuth callback's code and an invitation's token sign their holder in too.
    assert (
        scanner.scan(
            "https://app.example.com/auth/callback?code=bac727903fb3f427182266bad022c748b7841103"
        ).matcher
        == "token"
    )
    assert scanner.scan("https://app.example.com/invite/768b22a3?t=a8cb75d846a17743d4d1").matcher == "token"
    assert scanner.scan("https://shop.example.com/callback?code=SUMMER20").matcher is None


def test_lettered_national_ids_and_stripe_payment_methods_as_whole_values(scanner):
    for text in (
        "RSSMRA85T10A562S",
        "S1234567D",
        "X1234567L",
        "12345678Z",
        "11010519491231002X",
        "131052-308T",
        # Denmark's CPR number with its dash; Ireland's PPS numbers, old and new.
        "210295-5105",
        "1234567T",
        "1234567FA",
        # Switzerland's AHV number, shaped like a four-part version.
        "756.5717.8708.49",
    ):
        assert scanner.scan(text).matcher == "national id", text
    # A CPR number's date must be one; a PPS number's letter must check; so must an AHV number's
    # EAN-13 digit.
    for text in ("123456-7890", "1234567A", "756.5717.8708.48", "1.2.3.4"):
        assert scanner.scan(text).matcher is None, text
    assert scanner.scan("pm_1c04eca1e533581f7323e0a3").matcher == "token"
    # Ids that mix letters and digits stay ids.
    for text in ("INV2024004212", "user_123456", "card_1Nq2xY", "S12345678"):
        assert scanner.scan(text).matcher is None, text


def test_a_number_written_as_an_address_is_a_phone(scanner):
    for text in ("whatsapp:+5551934356774", "tel:+14155550123", "sms:+447700900123"):
        assert scanner.scan(text).matcher == "phone", text
    for text in ("tel:", "whatsapp:abc", "sms:12", "tel:" * 1100 + "+14155550123"):
        assert scanner.scan(text).matcher is None, text[:20]


def test_hyphenated_and_arabic_names_with_their_article(scanner):
    for text in ("Nadia Al-Shehri", "Jean-Pierre Dubois", "Anna Smith-Jones", "Mohammed Nasser"):
        assert scanner.scan(text).matcher == "name", text
    for text in ("Rolls-Royce Phantom", "Mercedes-Benz Arena", "Grace Church"):
        assert scanner.scan(text).matcher is None, text


def test_a_name_shaped_text_is_read_as_the_whole_set_reads_it(scanner):
    # Without a digit or a mark only the name's pattern can match a text whole: the shortcut that
    # skips the set must agree with it.
    texts = ("Aiyana Sato", "Zoe's iPhone", "Grace Church", "Rolls-Royce Phantom", "Dr. Pranav Naidu")
    for text in texts:
        assert scanner._whole_name_match(text) == scanner._full_match(text), text


def test_an_authenticators_seed_and_a_reset_tickets_link_are_credentials(scanner):
    enrol = "otpauth://totp/acme:ana@example.com?secret=JBSWY3DPEHPK3PXP&issuer=acme"
    assert scanner.scan(enrol).matcher == "secret"
    assert (
        scanner.scan("https://acme.auth0.com/lo/reset?ticket=Ik8tTmp3kPqzR7vT1wY9aE4QxZ#").matcher == "token"
    )
    # A ticket's short number in a link is a support desk's.
    assert scanner.scan("https://help.example.com/view?ticket=48213").matcher is None


def test_numbered_streets_polish_and_czech_streets_and_postcodes_of_more_countries(scanner):
    for text in (
        "7965 W 3rd St",
        "ul. Długa 123",
        "os. Tysiąclecia 8/17",
        "Via Nizza 47/B",
        "nám. Svobody 21",
    ):
        assert scanner.scan(text).matcher == "address", text
    for text in ("6930 BP", "29034-9742"):
        assert scanner.scan(text).matcher == "zipcode", text
    # Never issued in the Netherlands (SS), a year and a unit, an order number.
    for text in ("1234 SS", "2024 Q3", "ORD-12345-6789"):
        assert scanner.scan(text).matcher is None, text


def test_default_value_patterns_compile_in_pythons_re_too():
    # The benchmark's naive baseline (bench/worker.py) runs the same patterns through `re`: RE2-only
    # syntax (`\p{Han}`, `\x{FF10}`) would fail it.
    for matcher in default_matchers():
        if matcher.match_on == "value" and matcher.pattern:
            re.compile(matcher.pattern)


def test_a_name_engraved_with_its_dates_is_a_persons(scanner):
    for text in (
        "Kieran 01.09.2010",
        "Sakura 1988-2018",
        "Tomasz Davies 04.10.1986",
        "Olivia Adeyemi 12.11.1980",
    ):
        assert scanner.scan(text).matcher == "name", text
    # A season's, a trip's and an event's year; a word that is no name.
    for text in ("Summer 2024", "Paris 2019", "Release 2024-2025", "Gate 12.11.1980"):
        assert scanner.scan(text).matcher is None, text


@pytest.mark.parametrize(
    ("text", "matcher"),
    [
        # An illness in an institution's name is the institution's.
        ("Lakeshore Cancer Center - Evanston", None),
        ("Walk for the Alzheimer's Society and the Diabetes Research Trust", None),
        # Told of someone, it is theirs, the institution beside it or not.
        ("Diagnosed with cancer, seen at the Cancer Center", "condition"),
        ("Anxiety care plan reviewed with her GP", "condition"),
    ],
)
def test_an_illness_in_an_institutions_name(scanner, text, matcher):
    assert scanner.scan(text).matcher == matcher
