"""Matchers: the default set and the validation of a workspace's custom matchers.

A matcher has a name, a default classification (red, yellow; green is what nothing matched),
matches on the field's **key** or its **value**, with **exact** or **similar** precision, and has
synonyms. Similar means Sørensen-Dice over bigram sets > 0.7 (`portal.detection.similarity`),
applied after key normalisation (`portal.detection.keys`). Patterns are RE2 (Go `regexp`) syntax.

Defaults are the reference's whole table (same names, same colours) plus key matchers for bank
accounts, precise geolocation, secrets, government and health identifiers and advertising ids, and
validated value matchers (cards with Luhn, IBAN mod-97, SSN structure, IPs, MACs, e-mail, phone
numbers, JWTs and well-known secret formats, street addresses, lat/long pairs).

For the admin API (`/admin/matchers`):

    MAX_CUSTOM_MATCHERS = 100
    Matcher.custom_from_dict(d) -> Matcher        # raises portal.errors.InvalidRequest
    validate_custom_matchers(list_of_dicts) -> list[Matcher]   # also the count and unique names
    matcher.to_dict() -> dict                      # the JSON shape custom_from_dict accepts

`d` is `{"name": str, "classification": "red"|"yellow", "match_on": "key"|"value",
"precision": "exact"|"similar", "synonyms": [str, ...], "pattern": str|null}`. A value matcher
needs a pattern; a key matcher matches its name and synonyms, and its pattern (if any) is searched
in the raw key. Errors name the field and the problem, never the submitted value.
"""

from dataclasses import dataclass, field, replace
from typing import Any, Literal

import re2

from portal.detection import keys as k
from portal.detection import languages, names, national_ids
from portal.detection import values as v
from portal.errors import InvalidRequest

Classification = Literal["red", "yellow", "green"]
MatchOn = Literal["key", "value"]
Precision = Literal["exact", "similar"]

MAX_CUSTOM_MATCHERS = 100
MAX_NAME_CHARS = 64
MAX_SYNONYMS = 50
MAX_PATTERN_CHARS = 1000
# RE2 refuses patterns whose compiled program exceeds this; keeps a workspace's sets small.
MAX_PATTERN_MEMORY = 1 << 20

_TEXTUAL = frozenset((v.WORD, v.TEXT, v.STRING, v.CODE, v.ORG))
# A company's or a venue's name (`Keller Bau GmbH`) is not a person's, nor is an id (`staff_757`).
_PERSONS_NAME = _TEXTUAL - {v.ORG, v.CODE}
# Version-shaped too: dotted national numbers (a CPF is 123.456.789-09).
_IDENTIFIER = _TEXTUAL | {v.NUMERIC, v.INT, v.UUID, v.HEX, v.VERSION, v.MASKED}
_NUMBERISH = frozenset((v.NUMERIC, v.INT, v.STRING, v.CODE, v.TEXT))
# Sensitive categories are often recorded as flags (`is_veteran: true`): a boolean is the datum.
_CATEGORY = _TEXTUAL | {v.BOOL, v.BOOLSTR, v.INT, v.COUNT, v.NUMERIC}
# Not INT: `prompt_tokens: 512` counts tokens; a credential is a string.
_SECRET = _TEXTUAL | {v.UUID, v.HEX, v.NUMERIC}


@dataclass(frozen=True)
class Matcher:
    name: str
    classification: Classification
    match_on: MatchOn = "key"
    precision: Precision = "similar"
    synonyms: tuple[str, ...] = field(default_factory=tuple)
    pattern: str | None = None  # RE2 syntax; for value matchers, or key matchers by pattern
    custom: bool = False
    # Value kinds that confirm a key match; None accepts any value (custom matchers).
    accepts: frozenset[str] | None = None
    # Lower-cased values that say the key means something else (`condition: "used"`).
    refute_values: frozenset[str] = frozenset()
    # An attribute of a person: a product's or an app's name is not personal data.
    person: bool = False
    # Only counts when the path says whose it is (`traits.name`, `customer.name`, `firstName`).
    needs_person_context: bool = False
    # A special category (religion, disability…): any key naming it reveals it, so words after
    # the term (`disability_benefit`, `religion_optional`) do not turn it into an attribute.
    special_category: bool = False
    # For default value matchers: the validator in portal.detection.values.VALIDATORS, or
    # values.AFTER_THE_SETS (a shape read in Python, weakly, with none).
    validator: str | None = None

    @classmethod
    def custom_from_dict(cls, data: Any) -> "Matcher":
        """Validate one custom matcher from the admin API; InvalidRequest names the problem."""
        if not isinstance(data, dict):
            raise InvalidRequest("matcher must be a JSON object")
        unknown = set(data) - {"name", "classification", "match_on", "precision", "synonyms", "pattern"}
        if unknown:
            raise InvalidRequest(f"unknown matcher field(s): {', '.join(sorted(map(str, unknown)))[:200]}")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise InvalidRequest("name is required and must be a non-empty string")
        if len(name) > MAX_NAME_CHARS:
            raise InvalidRequest(f"name must be at most {MAX_NAME_CHARS} characters")
        classification = data.get("classification")
        if classification not in ("red", "yellow"):
            raise InvalidRequest("classification must be 'red' or 'yellow'")
        match_on = data.get("match_on", "key")
        if match_on not in ("key", "value"):
            raise InvalidRequest("match_on must be 'key' or 'value'")
        precision = data.get("precision", "similar")
        if precision not in ("exact", "similar"):
            raise InvalidRequest("precision must be 'exact' or 'similar'")
        synonyms = data.get("synonyms", [])
        if synonyms is None:
            synonyms = []
        if not isinstance(synonyms, list) or not all(isinstance(s, str) and s.strip() for s in synonyms):
            raise InvalidRequest("synonyms must be a list of non-empty strings")
        if len(synonyms) > MAX_SYNONYMS:
            raise InvalidRequest(f"synonyms may hold at most {MAX_SYNONYMS} entries")
        if any(len(s) > MAX_NAME_CHARS for s in synonyms):
            raise InvalidRequest(f"each synonym must be at most {MAX_NAME_CHARS} characters")
        pattern = data.get("pattern")
        if pattern is not None:
            if not isinstance(pattern, str) or not pattern:
                raise InvalidRequest("pattern must be a non-empty string or null")
            if len(pattern) > MAX_PATTERN_CHARS:
                raise InvalidRequest(f"pattern must be at most {MAX_PATTERN_CHARS} characters")
            check_pattern(pattern)
        if match_on == "value" and pattern is None:
            raise InvalidRequest("pattern is required for a matcher that matches on value")
        return cls(
            name=name.strip(),
            classification=classification,
            match_on=match_on,
            precision=precision,
            synonyms=tuple(s.strip() for s in synonyms),
            pattern=pattern,
            custom=True,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "classification": self.classification,
            "match_on": self.match_on,
            "precision": self.precision,
            "synonyms": list(self.synonyms),
            "pattern": self.pattern,
            "custom": self.custom,
        }


def check_pattern(pattern: str) -> None:
    """Raise InvalidRequest naming the problem if `pattern` is not valid RE2 (Go regexp) syntax."""
    options = v.re2_options()
    options.max_mem = MAX_PATTERN_MEMORY
    try:
        re2.compile(pattern, options)
    except re2.error as exc:
        raise InvalidRequest(f"pattern is not valid RE2 syntax: {_re2_problem(pattern, exc)}") from None
    # A pattern that matches the empty string would flag every value.
    if re2.fullmatch(pattern, "", options) is not None or re2.search(pattern, "", options) is not None:
        raise InvalidRequest("pattern must not match the empty string")


def _re2_problem(pattern: str, exc: Exception) -> str:
    """Describe what RE2 rejected without quoting the submitted pattern back."""
    message = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
    problem = message.split(":", 1)[0].strip() or "invalid pattern"
    if "escape" in problem and any(f"\\{d}" in pattern for d in "123456789"):
        return "backreferences (\\1) are not supported"
    if "perl operator" in problem and any(op in pattern for op in ("(?=", "(?!", "(?<=", "(?<!")):
        return "lookaround assertions are not supported"
    if "perl operator" in problem and "(?P=" in pattern:
        return "named backreferences are not supported"
    if "repetition" in problem and "{" in pattern:
        return "bad or too large repetition count"
    if "pattern too large" in message:
        return "pattern is too large"
    return problem


def validate_custom_matchers(items: Any) -> list[Matcher]:
    """A whole custom-matcher list: each valid, at most MAX_CUSTOM_MATCHERS, names unique."""
    if not isinstance(items, list):
        raise InvalidRequest("matchers must be a JSON array")
    if len(items) > MAX_CUSTOM_MATCHERS:
        raise InvalidRequest(f"at most {MAX_CUSTOM_MATCHERS} custom matchers are allowed")
    matchers: list[Matcher] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        try:
            matcher = Matcher.custom_from_dict(item)
        except InvalidRequest as exc:
            raise InvalidRequest(f"matchers[{index}]: {exc}") from None
        if matcher.name.lower() in seen:
            raise InvalidRequest(f"matchers[{index}]: name is used by another custom matcher")
        seen.add(matcher.name.lower())
        matchers.append(matcher)
    return matchers


def _key(
    name: str,
    classification: Classification,
    synonyms: tuple[str, ...] = (),
    accepts: frozenset[str] = _TEXTUAL,
    *,
    person: bool = True,
    refute: tuple[str, ...] = (),
    precision: Precision = "similar",
    needs_person_context: bool = False,
    special: bool = False,
) -> Matcher:
    return Matcher(
        name=name,
        classification=classification,
        precision=precision,
        synonyms=synonyms,
        accepts=accepts,
        refute_values=frozenset(refute),
        person=person,
        needs_person_context=needs_person_context,
        special_category=special,
    )


# Picklist values of "preferred phone/e-mail/address" fields (Salesforce, HubSpot): which one,
# not the datum.
_CONTACT_KINDS = (
    "home",
    "work",
    "mobile",
    "cell",
    "other",
    "landline",
    "personal",
    "business",
    "main",
    "fax",
    "alternate",
    "primary",
    "billing",
    "shipping",
    "mailing",
)

# A product's department, not a person's gender (`gender: "Womens"` on a fashion item).
_PRODUCT_GENDERS = (
    "unisex",
    "kids",
    "mens",
    "womens",
    "men's",
    "women's",
    "men",
    "women",
    "boys",
    "girls",
    "baby",
    "toddler",
)
# A bare `orientation` is as often the screen's, a roof's or a building's as a person's.
_SCREEN_ORIENTATIONS = (
    *("n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"),
    *("north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast"),
    "southwest",
    "portrait",
    "landscape",
    "horizontal",
    "vertical",
    "portrait-primary",
    "portrait-secondary",
    "landscape-primary",
    "landscape-secondary",
    "landscape-left",
    "landscape-right",
    "upright",
    "face-up",
    "face-down",
)

_PRODUCT_CONDITIONS = (
    "new",
    "used",
    "refurbished",
    "renewed",
    "open box",
    "open-box",
    "like new",
    "like-new",
    "pre-owned",
    "preowned",
    "mint",
    "excellent",
    "very good",
    "good",
    "fair",
    "poor",
    "acceptable",
    "damaged",
    "for parts",
    "sunny",
    "cloudy",
    "rain",
    "snow",
    "clear",
    "true",
    "false",
    "active",
    "inactive",
    "met",
    "unmet",
    "pass",
    "fail",
    # Marketplaces' grades as enums (eBay's, Vinted's, Mercari's) and alert rules' comparisons.
    *("like_new", "open_box", "pre_owned", "very_good", "new_with_tags", "new_without_tags"),
    *("new with tags", "new without tags", "needs_repair", "needs repair", "used - good"),
    *("used - like new", "used - acceptable", "satisfactory", "broken", "for_parts"),
    # A returned item's state (`unworn`, `tags_removed`).
    *("unworn", "worn", "unopened", "opened", "tags removed", "tags_removed", "faulty", "defective"),
    *("新品、未使用", "未使用に近い", "目立った傷や汚れなし", "やや傷や汚れあり", "傷や汚れあり"),
    *("全体的に状態が悪い", "사용감 있음", "새상품", "거의 새것"),
    *("above", "below", "crosses", "contains", "equals", "starts_with"),
)
# A running event's distances, as a race's entries list them (`race: "10K"`).
_RUNNING_RACES = (
    *("1k", "2k", "3k", "5k", "8k", "10k", "15k", "21k", "42k", "kids 1k", "fun run", "half marathon"),
    *("marathon", "ultra", "ultramarathon", "relay", "triathlon", "duathlon", "sprint", "trail"),
)
_LICENSE_TIERS = (
    "free",
    "trial",
    "pro",
    "basic",
    "standard",
    "premium",
    "enterprise",
    "team",
    "business",
    "starter",
    "personal",
    "commercial",
    "mit",
    "apache-2.0",
    "apache 2.0",
    "gpl",
    "gpl-3.0",
    "bsd",
    "cc-by",
    "cc0",
    # A photo's or an observation's Creative Commons terms, as iNaturalist and Flickr code them.
    *("cc-by-nc", "cc-by-sa", "cc-by-nd", "cc-by-nc-sa", "cc-by-nc-nd", "all-rights-reserved"),
    *("public domain", "cc-by-4.0", "cc-by-nc-4.0", "cc-by-sa-4.0"),
    "proprietary",
    "open source",
    "individual",
    "academic",
    "education",
    "unlimited",
    "perpetual",
    "subscription",
    "expired",
    "valid",
    "invalid",
)
_PROCEDURES = ("manual", "automatic", "standard", "default", "checkout", "express")


def _reference_table() -> list[Matcher]:
    """The reference's default table (REFERENCE.md): same names, same colours, on the key."""
    dates = frozenset((v.DATE, v.WORD, v.TEXT, v.STRING, v.CODE, v.INT, v.COUNT, v.NUMERIC))
    return [
        _key(
            "social security number",
            "red",
            ("social security", "social security no", "social insurance number", "ss number"),
            _NUMBERISH | {v.HEX, v.MASKED},  # an SSN's last four still identify its holder
        ),
        _key(
            "password",
            "red",
            (
                "passcode",
                "pass phrase",
                "passphrase",
                "pin",
                "mpin",  # a mobile app's or a wallet's PIN (India, the Philippines)
                "user password",
                "login password",
                "user pass",
                "login pass",
            ),
            _SECRET,
            person=False,
        ),
        # A visa's expiry date is the datum too (`visaExpiryDate`).
        _key("visa", "red", ("visa number", "visa status", "visa type", "work visa"), _CATEGORY | {v.DATE}),
        _key(
            "veteran",
            "red",
            ("veteran status", "military service", "military status"),
            _CATEGORY,
            special=True,
        ),
        _key(
            "disability",
            "red",
            (
                "disabilities",
                "disability status",
                "handicap",
                "impairment",
                "special assistance",
                "special needs",
                "accessibility needs",
                "mobility assistance",
                "assistance needs",
            ),
            _CATEGORY,
            special=True,
        ),
        # A template or an image of a body's feature identifies its person for life (GDPR art. 9).
        # Not a bare `fingerprint` (a device's or a card's hash), nor a match's score or a flag
        # (`face_match_score`, `biometric_enabled`: their values are numbers and booleans). Yellow,
        # as the reference colours its special categories and as the labels do (3 of 3).
        _key(
            "biometric",
            "yellow",
            (
                *("biometric template", "biometric data", "biometric profile", "face template"),
                *("facial template", "face match template", "face geometry", "facial geometry"),
                *("face embedding", "face vector", "faceprint", "face print", "voiceprint", "voice print"),
                *("fingerprint template", "fingerprint image", "fingerprint minutiae", "iris code"),
                *(
                    "iris template",
                    "iris scan",
                    "retina scan",
                    "palm vein",
                    "palm print",
                    "keystroke profile",
                ),
                *(
                    "fingerabdruck",
                    "empreinte digitale",
                    "huella dactilar",
                    "impressao digital",
                    "sidik jari",
                ),
            ),
            _TEXTUAL | {v.HEX, v.URL},
        ),
        _key(
            "credit card",
            "red",
            (
                "credit card number",
                "card number",
                "cc number",
                "debit card",
                "debit card number",
                "card verification",
                "card verification value",
                "card security code",
                "cryptogramme",  # France's card security code
                # A magnetic stripe's tracks carry the whole card number.
                *("track2", "track 2", "track2 data", "track 2 data", "track1 data", "magstripe data"),
                "payment card",
                "primary account number",
            ),
            _NUMBERISH | {v.DATE, v.HEX},
            person=False,
        ),
        _key("passport", "red", ("passport number", "passport id"), _IDENTIFIER),
        _key(
            "token",
            "red",
            (
                "access token",
                "auth token",
                "refresh token",
                "api token",
                "bearer token",
                "session token",
                "id token",
                "csrf token",
                "push token",
                "device token",
                "oauth token",
                # A one-time code signs someone in or confirms a payment once, like a token
                # (labellers: 160 of 166 name such codes `token`).
                "otp",
                "one time password",
                "one time code",
                "jwt",
                "bearer",
                "authorization",
                "auth",
            ),
            _SECRET,
            person=False,
        ),
        _key(
            "race",
            "yellow",
            (
                *("racial", "racial origin"),
                # Brazil's cor/raça (IBGE's colour or race), South Africa's population group as
                # employment-equity forms ask (labellers: race, 7 of 7).
                *("cor raca", "raca cor", "raca", "race color", "race colour", "population group"),
                # HUD's HMIS CSV, one yes-or-no column per race (`AmIndAKNative`, `BlackAfAmerican`).
                *("am ind ak native", "black af american", "native hi pacific", "mid east n african"),
            ),
            _CATEGORY,
            precision="exact",
            refute=_RUNNING_RACES,
        ),
        _key(
            "birthdate",
            "yellow",
            (
                "birthday",
                "birth date",
                "date of birth",
                "born on",
                "birth year",
                "year of birth",
                "birth day",
                "birth month",
                "date birth",
            ),
            dates,
        ),
        _key(
            "phone",
            "yellow",
            (
                "phone number",
                "telephone",
                "telephone number",
                "mobile",
                "mobile number",
                "mobile phone",
                "cell",
                "cell phone",
                "cellphone",
                "fax",
                "fax number",
                "contact number",
                "whatsapp",
                "whatsapp number",
                "sms number",
            ),
            frozenset((v.NUMERIC, v.INT, v.STRING, v.CODE)),
            refute=_CONTACT_KINDS,
        ),
        _key(
            "address",
            "yellow",
            (
                "street address",
                "home address",
                "mailing address",
                "postal address",
                "billing address",
                "shipping address",
                "residential address",
                "address line",
                "delivery address",
                "physical address",
                "po box",
                "post office box",
                "apartment",
                "apartment number",
                "apt number",
                "suite number",
                "flat number",
                "additional number",  # Saudi Arabia's national address (three labellers of three)
                *("from address 1", "from address 2"),  # a parcel's sender's lines, not a mailbox
            ),
            # `address.number: "12"`: the house number is a part of it.
            _TEXTUAL | {v.NUMERIC, v.INT, v.COUNT},  # a house number
            refute=_CONTACT_KINDS,
        ),
        _key(
            "gender",
            "yellow",
            # HUD's HMIS CSV gender column `Transgender` (0 or 1): the datum as a flag.
            ("gender identity", "pronouns", "pronoun", "salutation", "transgender"),
            _CATEGORY,
            refute=_PRODUCT_GENDERS,
        ),
        _key("ethnicity", "yellow", ("ethnic origin", "ethnic group", "ethnic"), _CATEGORY, special=True),
        _key(
            "citizenship",
            "yellow",
            (
                "nationality",
                "citizen",
                "citizenship status",
                "nacionalidad",
                "staatsangehörigkeit",
                "nationalité",
            ),
            _CATEGORY,
            special=True,
        ),
        _key(
            "name",
            "yellow",
            (
                "first name",
                "last name",
                "full name",
                "given name",
                "family name",
                "surname",
                "middle name",
                "maiden name",
                "nickname",
                "nick name",
                "display name",
                "user name",
                "username",
                "contact name",
                "customer name",
                "recipient name",
                "cardholder name",
                "card holder name",
                "legal name",
                "preferred name",
                "forename",
                "sur name",
                "account holder name",
                "account holder",
                "card holder",
                "cardholder",
                "first",
                "last",
                "full",
            ),
            _PERSONS_NAME,
            needs_person_context=True,
            # Who, not their name: `patient: "self"`, `traveller: "spouse"`.
            refute=(
                *("self", "myself", "me", "spouse", "dependent", "dependant", "child", "someone else"),
                # A bank's Confirmation of Payee result, not the payee's name.
                *("match", "no_match", "no match", "close_match", "close match", "partial_match"),
                # Who did it, by role: `reported_by: "supervisor"`, `author: "bot"`, `signed_by:
                # "notary"`; the person themself and their family (本人, 家族) on a Japanese receipt.
                *("customer", "agent", "bot", "system", "admin", "staff", "supervisor", "ops", "rider"),
                *("owner", "renter", "tenant", "host", "guest", "police", "notary", "municipality"),
                *("automatic", "auto", "manual", "本人", "家族"),
                # A chat message's sender by role (`author: "user"`, `"assistant"`).
                *("user", "assistant", "operator", "moderator", "support"),
            ),
        ),
        _key(
            "street",
            "yellow",
            (
                "street name",
                "street line",
                "street1",
                "street2",
                "house number",
                "street number",
                "building number",
            ),
            _TEXTUAL | {v.NUMERIC, v.INT, v.COUNT},  # a house number
        ),
        _key(
            "city",
            "yellow",
            (
                "town",
                "city name",
                # Aadhaar's e-KYC address: village, town or city (`vtc`) and sub-district.
                "vtc",
                "subdist",
                "hometown",
                "home town",
                "locality",
                "birthplace",
                "birth place",
                "place of birth",
                "city of birth",
                "town of birth",
                # Where someone is (`reviewer.location: "Leeds, UK"`): bare under properties it is
                # a store's or a listing's (engine._bare_reason).
                "location",
                "suburb",
                "poblacion",
            ),
        ),
        _key(
            "zipcode",
            "yellow",
            # India's PIN code is its postal code (`pin_code`, five labellers of five).
            ("zip code", "postal code", "postal", "post code", "pincode", "pin code", "postalcode"),
            _NUMBERISH | {v.WORD},
        ),
        _key(
            "email",
            "yellow",
            # A message's sender (`from_address`): a mailbox, a business's when it is a role's.
            ("email address", "e mail", "mail address", "email addr", "emailaddress", "from address"),
            # Not v.ORG: `billing_email: "ap@globex.com"`; not a single word: `consent_marketing_email:
            # "granted"`, `email_client: "Outlook"`.
            (_PERSONS_NAME - {v.WORD}) | {v.URL},
            refute=_CONTACT_KINDS,
        ),
        _key(
            "certificate",
            "yellow",
            # (Not a `certificate_id`: the record's id, green to 6 labellers of 7.)
            ("certificate number", "certification number", "cert number"),
            _IDENTIFIER,
            person=False,
        ),
        _key(
            "license",
            "yellow",
            (
                "driver license",
                "drivers license",
                "driving license",
                "license number",
                "license plate",
                "licence plate",
                "plate",
                "number plate",
                "plate number",
                "vehicle plate",
                # A British car's registration mark: `vehicle_reg`, `reg_number`.
                "vehicle reg",
                "vehicle registration",
                "vehicle registration number",
                # A boat's registration (its plate): `boat.registration`, `vessel_reg`.
                *("boat registration", "boat reg", "vessel registration", "vessel reg", "yacht registration"),
                "car reg",
                "van reg",
                "van registration",
                "vrm",  # vehicle registration mark
                "reg number",
                "reg no",
                "part exchange reg",
                "registration plate",
                "plate read",  # as a parking camera read it
                "licence number",
                "driver licence",
                # The UK's approved driving instructor's registration (ADI number).
                "adi number",
            ),
            _IDENTIFIER,
            refute=_LICENSE_TIERS,
            # A vehicle's plate is its driver's datum.
            person=False,
        ),
        _key(
            "identification",
            "yellow",
            (
                "id card",
                "identity document",
                "government id",
                "id document",
                "identity card",
                "policy number",
                "insurance policy number",
                "health insurance number",
                "insurance member id",
                "health plan id",
                "health plan member number",
                "health plan number",
                "member id number",
                "insurance id",
                "insurance number",
                # (Not a bare `beneficiary_id`: a payout's or a remittance's beneficiary record,
                # green in 6 labels of 6; Medicare's is a health id.)
            ),
            _IDENTIFIER | {v.URL},
        ),
        _key(
            "serial",
            "yellow",
            (
                "serial number",
                "serial no",
                "device serial",
                "imei",
                "imei number",
                "vin",
                "vehicle identification number",
                "vin number",
                "meid",
                # A toll account's transponder (E-ZPass, Via Verde) travels in one car.
                *("transponder", "transponder id", "transponder serial", "transponder number"),
            ),
            _IDENTIFIER,
            person=False,
        ),
        _key(
            "ip",
            "yellow",
            (
                "ip address",
                "client ip",
                "remote ip",
                "remote address",
                "user ip",
                "ipv4",
                "ipv6",
                "x forwarded for",
                "forwarded for",
                "ip addr",
                # A browser's or a device's IP is its user's (a server's is not).
                "browser ip",
                "device ip",
            ),
            _TEXTUAL | {v.VERSION},
        ),
        _key(
            "photo",
            "yellow",
            (
                "photograph",
                "avatar",
                "profile picture",
                "profile photo",
                "profile image",
                "headshot",
                "selfie",
                "photo url",
                "avatar url",
                "picture",
                "profile pic",
                # A scan of a document or of someone's post (five labellers of five).
                *("scan url", "scan uri", "scan link", "scan image", "id scan", "document scan"),
            ),
            _TEXTUAL | {v.URL, v.HEX, v.UUID},
        ),
        _key(
            "salary",
            "yellow",
            (
                "income",
                "annual income",
                "wage",
                "wages",
                "compensation",
                "annual salary",
                "household income",
                "net worth",
                *("housing allowance", "food allowance"),  # part of the pay in the Gulf and Hong Kong
            ),
            # Amounts sent as text read like versions (`4850.00`, `22.50`).
            frozenset((v.INT, v.COUNT, v.FLOAT, v.NUMERIC, v.VERSION, v.STRING, v.CODE, v.TEXT, v.WORD)),
        ),
        _key(
            "religion",
            "yellow",
            (
                "religious affiliation",
                "faith",
                "religious belief",
                "religious",
                "religión",
                "religion",
                "confession",
            ),
            _CATEGORY,
            special=True,
        ),
        _key(
            "mac",
            "yellow",
            ("mac address", "macaddress", "hardware address", "wifi mac", "bssid"),
            _TEXTUAL | {v.HEX},
            person=False,
        ),
        _key(
            "sex",
            "yellow",
            ("biological sex", "sex at birth", "sex assigned at birth", "assigned sex at birth"),
            _CATEGORY,
            precision="exact",
        ),
        _key(
            "sexual orientation",
            "yellow",
            ("sexual preference", "orientation sexual"),
            _CATEGORY,
            special=True,
            refute=_SCREEN_ORIENTATIONS,
        ),
        _key(
            "medication",
            "yellow",
            (
                "medications",
                "medicine",
                "medicines",
                "prescription",
                "prescriptions",
                "drug name",
                "dosage",
                "drug",
            ),
            _TEXTUAL | {v.NUMERIC},
        ),
        # Not `allergens`: a product's (two labellers of two).
        # A flag is the datum (`allergies_flagged: true`, `egg_allergy: false`).
        _key("allergy", "yellow", ("allergies", "allergic to", "epipen"), _CATEGORY),
        _key(
            "condition",
            "yellow",
            (
                "medical condition",
                "health condition",
                "conditions",
                "illness",
                "disease",
                "chronic condition",
                "medical history",
                "symptoms",
                "symptom",
                "reason for visit",
                "blood type",
                "blood group",
                "abo group",
                "abo type",
                "visit reason",
                "chief complaint",
                "presenting complaint",
                "health issue",
                "health concern",
                "hiv",
                "hiv status",
                "std status",
                "sti status",
                "pregnancy status",
                "vaccination status",
                "mental health",
                "mental health condition",
                *("mental disorder", "infection"),
            ),
            # A flag is the datum: `heart_condition: true`, `CHRONIC_CONDITION_FLAG: 1`.
            _CATEGORY,
            refute=_PRODUCT_CONDITIONS,
        ),
        _key(
            "diagnosis",
            "yellow",
            ("diagnoses", "diagnosis code", "icd code", "icd10", "icd 10"),
            _CATEGORY,  # `has_pcos_diagnosis: true`
        ),
        _key(
            "procedure",
            "yellow",
            ("medical procedure", "procedures", "treatment", "surgery", "cpt code", "therapy"),
            _CATEGORY,
            refute=_PROCEDURES,
        ),
    ]


def _beyond_reference() -> list[Matcher]:
    """Key matchers a privacy team expects that the reference's table lacks."""
    return [
        # GDPR art. 9's special categories the reference's table has no matcher for.
        _key(
            "political opinion",
            "yellow",
            (
                "politics",
                "party",  # a whole key only (engine._WHOLE_KEYS_ONLY): `party: "NDP"`, `PARTY: "DEM"`
                "political views",
                "political affiliation",
                "political party",
                "party affiliation",
                "political leaning",
                "voting intention",
                "party support",
                *("parteimitglied", "ist parteimitglied", "parteimitgliedschaft"),  # German
            ),
            _CATEGORY,
            special=True,
        ),
        _key(
            "trade union",
            "yellow",
            (
                *("trade union membership", "union membership", "union member", "labor union"),
                *("teamsters", "teamsters member"),  # the drivers' union
                *("labour union", "union dues", "union name", "union local", "dues checkoff"),
                *("lid vakbond", "vakbond", "sindicalizado"),  # Dutch, Portuguese and Spanish
            ),
            _CATEGORY,
            special=True,
        ),
        # A credit bureau's score: what lenders decide on (FCRA, GDPR profiling).
        _key(
            "credit score",
            "yellow",
            (
                *("fico score", "fico", "credit rating", "vantage score", "vantagescore", "experian score"),
                *("schufa", "schufa score", "credit band"),  # Germany's credit bureau
                *("buro score", "score buro", "buro credito"),  # Mexico's (Buró de Crédito)
                *("serasa", "score serasa", "serasa score"),  # Brazil's
                *("cibil", "cibil score", "aecb", "aecb score"),  # India's and the UAE's bureaus
                "basisscore",  # SCHUFA's
            ),
            frozenset((v.INT, v.COUNT, v.FLOAT, v.NUMERIC, v.VERSION, v.STRING, v.CODE)),  # `97.5` as text
        ),
        # GDPR art. 10 and most privacy laws treat offences and convictions as their own category.
        # Outside the reference's table, so yellow like its other special categories (33 labels of
        # 37 say so).
        _key(
            "criminal record",
            "yellow",
            (
                "criminal records",
                "criminal history",
                "criminal conviction",
                "criminal convictions",
                "conviction",
                "convictions",
                "dui",
                "criminal background",
                "arrest record",
                "felony",
                "sex offender",
                "prior convictions",
                "pending charges",
                "criminal charges",
                "in custody",
            ),
            _CATEGORY,
            special=True,
        ),
        _key(
            "bank account",
            "red",
            (
                "bank account number",
                "account number",
                "payee account",
                "payer account",
                # A payer's account by its scheme, as Plaid's and Stripe's numbers write it
                # (`numbers.ach[].account`, `numbers.bacs[].account`).
                *("ach account", "bacs account", "eft account", "ach account number"),
                "beneficiary account",
                *("depot number", "depotnummer"),  # a securities account (Germany)
                "iban",
                "checking account",
                "savings account",
                "bank acct",
                "account no",
                # India's UPI payment address (`name@okbank`): it routes money to the account.
                "vpa",
                "upi id",
                "upi vpa",
                "upi address",
            ),
            # Dotted too, as Norway and Guatemala group an account's digits (`1503.12.34567`).
            _NUMBERISH | {v.WORD, v.VERSION},
            person=False,
        ),
        _key(
            "geolocation",
            "yellow",
            (
                "latitude",
                "longitude",
                "geo location",
                "coordinates",
                "gps",
                "gps coordinates",
                "lat long",
                "geo",
                "geo point",
                "location coordinates",
                "geo coordinates",
            ),
            frozenset((v.FLOAT, v.INT, v.COUNT, v.NUMERIC, v.STRING, v.CODE, v.TEXT)),
        ),
        _key(
            "secret",
            "red",
            (
                "api key",
                "secret key",
                "client secret",
                "private key",
                "access key",
                "access key id",
                "secret access key",
                "signing key",
                "signing secret",
                "encryption key",
                "webhook secret",
                # (Not a bare `credentials`: a clinician's or an expert's letters, `MD, FACC`, in
                # 7 labels of 7.)
                *(
                    "api credentials",
                    "api credential",
                    "key credential",
                    "login credentials",
                    "client credentials",
                ),
                "license key",
                "app secret",
                "consumer secret",
                "shared secret",
                "master key",
                "recovery code",
                "backup code",
                "security answer",
                "security question answer",
                "mfa secret",
                "totp secret",
            ),
            _SECRET,
            person=False,
        ),
        _key(
            "national id",
            "red",
            (
                "national id number",
                "national identity number",
                "tax id",
                "taxpayer id",
                "tax identification number",
                "national insurance number",
                "aadhaar",
                "aadhaar number",
                "cpf",
                "personal identity number",
                "personnummer",
                "bsn",
                "nie",
                "nif",
                "curp",
                "social insurance",
                "pesel",
                "steuer id",
                "steuernummer",
                "tax number",
                "tax file number",
                "vat id personal",
            ),
            _IDENTIFIER,
        ),
        # A health system's number for the patient: red like the other identifiers beyond the
        # reference (government, bank). An insurer's member or policy number is yellow
        # `identification` (the published policy; most labellers).
        _key(
            "health id",
            "red",
            (
                "medical record number",
                "medical record",
                "medicare number",
                "medicaid number",
                "nhs number",
                "health card number",
            ),
            _IDENTIFIER,
        ),
        _key(
            "advertising id",
            "yellow",
            (
                # (Not `ad_id`: a classified ad's or a campaign ad's id in every label.)
                "advertising identifier",
                "ad identifier",
                # Ad platforms' click and browser ids: they follow one person across sites.
                "gclid",
                "google click id",
                "fbclid",
                "msclkid",
                "ttclid",
                "dclid",
                "gbraid",
                "wbraid",
                "yclid",
                "twclid",
                "sccid",
                "rdt cid",
                "epik",
                "fbc",
                "fbp",
                "hubspotutk",
                # An ad or affiliate click's id (`click_id`, `mkt_clickid`: 6 labels of 7).
                *("click id", "clickid"),
            ),
            _IDENTIFIER,
            person=False,
        ),
    ]


def _value(name: str, classification: Classification, pattern: str, validator: str) -> Matcher:
    return Matcher(
        name=name,
        classification=classification,
        match_on="value",
        precision="exact",
        pattern=pattern,
        validator=validator,
    )


_SECRET_FORMATS = "|".join(
    (
        r"AKIA[0-9A-Z]{16}",
        r"ASIA[0-9A-Z]{16}",
        r"gh[pousr]_[A-Za-z0-9]{36,}",
        r"github_pat_[A-Za-z0-9_]{40,}",
        r"xox[abposr]-[A-Za-z0-9-]{10,}",
        r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}",  # not `pk_`: a publishable key is public
        # Other vendors' live keys in Stripe's form (`fl_live_…`, `xk_live_…`): a live marker and
        # a long random run, as no publishable key or id is.
        r"\b(?:[a-oq-z][a-z]{1,3}|p[a-jl-z][a-z]{0,2})_live_[A-Za-z0-9]{32,}\b",
        r"whsec_[A-Za-z0-9]{24,}",
        r"AIza[0-9A-Za-z_-]{35}",
        r"glpat-[A-Za-z0-9_-]{20,}",
        r"SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}",
        r"npm_[A-Za-z0-9]{36}",
        r"sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}",
        r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}",
        r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----",
        r"hf_[A-Za-z0-9]{30,}",
        r"dop_v1_[a-f0-9]{64}",
        r"SK[0-9a-fA-F]{32}",
        r"key-[0-9a-zA-Z]{32}",
        # Incoming-webhook URLs carry their secret in the path.
        r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}",
        r"https://discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{32,}",
        # An authenticator's enrolment URI carries its TOTP seed: whoever holds it makes the codes.
        r"otpauth://[th]otp/[^?\s]*\?(?:[^#\s]*&)?secret=[A-Za-z2-7]{16,}",
        # A credential in a link's query string: a meeting's passcode (`?pwd=`), an API key.
        r"[?&](?:pwd|password|passwd|passcode|access_token|api_key|apikey|client_secret)=[^&#\s]{6,}",
    )
)

# Tokens by their format: each pays, signs in or activates once for whoever holds it.
_TOKEN_FORMATS = "|".join(
    (
        # A Stripe PaymentMethod (`pm_…`): the payer's stored card, which whoever holds the id and
        # the account's key charges. Red by the published policy on payment tokens: 14 labellers
        # of 14 since the policy was stated (12 of 12 before it said green). Stripe's other ids
        # (`card_`, `ba_`, `src_`) were read green even since.
        r"\bpm_[A-Za-z0-9]{14,}\b",
        # Razorpay's saved card (`token_4lsdksD31GaZ09`), the same.
        r"\btoken_[A-Za-z0-9]{14}\b",
        # A magic or reset link's token: whoever opens the link is signed in as its owner.
        r"[?&](?:auth_|refresh_|reset_|magic_|login_|session_)?(?:token|ticket)=[A-Za-z0-9._~-]{16,}",
        # So is an OAuth callback's code and an invitation's or an activation link's token; a
        # ticket's claim link and a meeting's or a webinar's join link carry theirs the same way
        # (`/claim?t=…`, `/j/78827235447?tk=…`, `/w/50448478568?tk=…`).
        r"/(?:magic|login|signin|sign-in|verify|reset|callback|invite|invitation|activate|confirm"
        r"|claim|join|j|w)\b[^?\s]*\?(?:[^#\s]*&)?(?:t|tk|code|k|key)=[A-Za-z0-9._~-]{20,}",
        # Or as the link's last segment (`/act/81f2f9b3586685470de2ebd1`, `/invite/Xk3…`).
        rf"/(?:{v.ONE_TIME_LINK_SEGMENTS})/[A-Za-z0-9_-]{{20,}}(?:[?#]|$)",
        # Paystack's reusable card authorisation (`AUTH_8dfhjjdt`), which charges the card again.
        r"\bAUTH_[a-z0-9]{8,}\b",
        # An eSIM's activation code (GSMA SGP.22): whoever holds it installs the line.
        r"\bLPA:1\$[A-Za-z0-9.-]+\$[A-Za-z0-9-]{8,}",
    )
)

_ONE_TIME_CODE = (
    r"(?i)\d{4,8} (?:is your|ist dein|est votre|es tu|é o seu|é seu)\b"
    r"|\b(?:use|enter) (?:code )?\d{4,8}(?: to\b|[.,;]|$)"
    r"|\b(?:code|otp|passcode|kodu|código|codigo|bestätigungscode|verifizierungscode)(?: is|:)? ?\d{4,8}\b"
    # A prepaid meter's STS token, twenty digits (`Your electricity token is 0207 9496 6981 9704
    # 3102`): whoever has it loads the units.
    r"|\btoken\b[^\n]{0,40}?\b\d{4}(?:[ -]?\d{4}){4}\b"
)
_OPENS = (
    r"(?:door|gate|garage|lockbox|lock box|smart lock|keypad|key ?safe|key ?box|alarm|buzz|concierge"
    r"|apartment|apartamento|porta|portão|portao|puerta|portal|cofre|llaves|schlüsselbox|nøkkelboks|pintu)"
)
_CODE_WORD = (
    r"\b(?:code|codigo|código|codice|kode|koden|kod|pin|senha|contraseña|combinación|combinação|desactiva)"
)
# A code in a visit's or a stay's instructions opens a door, a gate, a key safe or an alarm: a
# secret that lasts, not a one-time code (`Lockbox at side door, code 1122`, `Código do portão
# 1333`, `Dørkoden din er 9993`, `La alarma se desactiva con 4949`).
_ACCESS_CODE_IN_PROSE = "(?i)" + "|".join(
    (
        rf"\b{_OPENS}[^\n]{{0,40}}?{_CODE_WORD}[^\n\d]{{0,12}}\d{{4,8}}\b",
        rf"\b{_CODE_WORD}[^\n\d]{{0,12}}?{_OPENS}[^\n\d]{{0,20}}\d{{4,8}}\b",
        rf"\b{_OPENS}[^\n\d]{{0,30}}\(\d{{4,8}}\)",
        r"\b(?:torcode|dørkode|dörrkod)[^\n\d]{0,12}\d{4,8}\b",
    )
)
_NAMED_ID_IN_PROSE = (
    r"\b(?:NIN|BVN|NIK|SSN|PESEL|TCKN|CNIC|NIC|Aadhaar|Aadhar|CPF|CURP|NRIC|NINO|SIN|RUT|DNI)"
    r"(?: (?:no|No|number|num))?\.?[:#]? ?\d{8,16}\b"
)
# Han ideographs, kana (and the long-vowel mark), full-width digits, and the minus and hyphen
# Japanese addresses are written with, as characters for both RE2 and Python's `re`.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_KANA = "\u3040-\u30ff"
_WIDE_DIGITS = "\uff10-\uff19"
_DASHES = "\u2010\u2212"
_STREET_SUFFIX = (
    r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|"
    r"terrace|ter|parkway|pkwy|highway|hwy|circle|cir|square|sq|trail|trl|crescent|close|alley|"
    r"plaza|row|mews|grove|gardens)"
)


def _value_matchers() -> list[Matcher]:
    """Validated value matchers, in priority order (the first that validates names the value)."""
    return [
        _value(
            "token",
            "red",
            r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
            r"|(?i:bearer) [A-Za-z0-9._~+/-]{20,}=*",
            "jwt",
        ),
        _value("secret", "red", _SECRET_FORMATS, "always"),
        _value("token", "red", _TOKEN_FORMATS, "always"),
        _value("secret", "red", _ACCESS_CODE_IN_PROSE, v.IN_PROSE_ONLY),
        # An identity number a note names by its scheme (`Customer NIN 26458205531 fails linking`,
        # `BVN: 22233344455`): the word says what the digits are.
        _value("national id", "red", _NAMED_ID_IN_PROSE, v.IN_PROSE_ONLY),
        # A one-time code in the SMS or e-mail that carries it: whoever reads it signs in.
        _value("token", "red", _ONE_TIME_CODE, "always"),
        # Ad platforms' click ids by their openings, whatever the key: Google's gclid (`Cj0KCQjw…`,
        # `EAIaIQobChMI…`), Meta's fbclid (`IwAR…`, `IwZXh0bgNhZW0…`) and its _fbc and _fbp cookies.
        _value(
            "advertising id",
            "yellow",
            r"\b(?:Cj0KC|CjwKC|Cj0KE|CjwKE|EAIaIQob)[A-Za-z0-9_-]{40,}|\bIwAR[A-Za-z0-9_-]{30,}"
            r"|\bIwZXh0bgNhZW0[A-Za-z0-9_-]{20,}|\bfb\.[12]\.\d{13}\.(?:\d{8,}|[A-Za-z0-9_-]{20,})",
            "always",
        ),
        _value(
            "email",
            "yellow",
            # Internationalised addresses (RFC 6531) have accented letters: `müller@…`, `josé@…`.
            r"[A-Za-z0-9À-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ._%+'-]*@[A-Za-z0-9À-ÖØ-öø-ɏ](?:[A-Za-z0-9À-ÖØ-öø-ɏ-]*[A-Za-z0-9À-ÖØ-öø-ɏ])?"
            r"(?:\.[A-Za-z0-9À-ÖØ-öø-ɏ](?:[A-Za-z0-9À-ÖØ-öø-ɏ-]*[A-Za-z0-9À-ÖØ-öø-ɏ])?)*\.[A-Za-z]{2,24}",
            "email",
        ),
        _value("bank account", "red", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b", "iban"),
        _value("bank account", "red", r"\b\d{2}-\d{4}-\d{7}-\d{2,3}\b", "nz bank"),
        _value("social security number", "red", r"\b\d{3}[- ]\d{2}[- ]\d{4}\b", "ssn"),
        _value("credit card", "red", r"\b\d(?:[ -]?\d){12,18}\b", "card"),
        # Government identity numbers by their check digits (national_ids): before phone numbers,
        # which a CPF's or an Emirates ID's grouping can resemble.
        _value("national id", "red", national_ids.IN_PROSE, "national id"),
        _value("national id", "red", national_ids.WHOLE, v.WHOLE_VALUES_ONLY),
        _value(
            "mac",
            "yellow",
            r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b|\b[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\b",
            "mac",
        ),
        _value(
            "ip",
            "yellow",
            r"\b(?:\d{1,3}\.){3}\d{1,3}\b|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[0-9A-Za-z]+)?",
            "ip",
        ),
        _value("geolocation", "yellow", r"-?\b\d{1,2}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}", "geo"),
        # A GPS receiver's position sentence (NMEA 0183 RMC, GGA, GLL), as a tracker's raw feed
        # relays it: `$GPRMC,212420.00,A,3648.1100,S,17447.5961,E,…`.
        _value(
            "geolocation",
            "yellow",
            r"\$G[ABLNP](?:RMC|GGA|GLL),(?:[^,]*,){0,2}\d{4}\.\d+,[NS],\d{5}\.\d+,[EW](?:,\S*)?",
            "always",
        ),
        # ODK's and KoboToolbox's geopoint: latitude, longitude, altitude and accuracy, spaced
        # (`27.7172 85.3240 1400.0 5.0`). Weak: a whole value only.
        _value(
            "geolocation",
            "yellow",
            r"-?\d{1,2}\.\d{3,} -?\d{1,3}\.\d{3,} -?\d+(?:\.\d+)? \d+(?:\.\d+)?",
            "weak",
        ),
        _value("phone", "yellow", r"\+?\(?\d[\d ().-]{6,20}\d", "phone"),
        _value(
            "address",
            "yellow",
            # (A street may be numbered: `7965 W 3rd St`, `12th Main Road`.)
            r"\b\d{1,6}[A-Za-z]?,? (?:(?:[A-Za-z][A-Za-z.'-]*|\d{1,3}(?:st|nd|rd|th)) ){1,4}"
            + _STREET_SUFFIX
            + r"\b\.?"
            # Poland's and Czechia's street, avenue, estate and square before the name (`ul. Długa
            # 123`, `os. Tysiąclecia 8/17`, `nám. Svobody 21`).
            r"|\b(?:ul|al|os|pl|nám)\. [A-ZŁŚŻŹĆa-ząćęłńóśźżáéíóúýčďěňřšťůž]+"
            r"(?: [A-Za-ząćęłńóśźżáéíóúýčďěňřšťůž]+){0,3} \d{1,4}\b"
            # One word naming the street, then the number: German, Dutch and Nordic streets.
            r"|(?i:[a-zäöüßåøæé]+(?:straße|strasse|str\.|weg|gasse|platz|allee|straat|laan|gracht|plein"
            r"|kade|vägen|vagen|gatan|gata|gränd|veien|vegen|gaten|gate|vej|vejen|gade)) \d{1,4}[a-z]?\b"
            # The number, then the street's kind in French (`661 rue King O`, `706 boul.
            # René-Lévesque O`, `12 rue de la Paix`).
            r"|\b\d{1,6}(?:-\d{1,4})?,? (?:rue|boul\.|boulevard|avenue|chemin|rang|montée|allée|impasse)"
            r"(?: de la| du| des| de| d')? ?[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]+"
            # A Japanese address: the prefecture, the city or the ward, then the block's number
            # and what follows it (`日本、神奈川県横浜市中区山下町9-16`, `北海道札幌市中央区南4条西5`).
            # (Ranges as characters, not RE2's `\p{Han}`: the benchmark's naive baseline runs these
            # patterns through Python's `re`.)
            + f"|(?:日本、?)?(?:東京都|北海道|京都府|大阪府|[{_HAN}]{{2,3}}県)[{_HAN}]{{1,5}}[市区町村郡]"
            + f"[{_HAN}{_KANA}]{{0,12}}[0-9{_WIDE_DIGITS}][0-9{_WIDE_DIGITS}{_HAN}{_KANA}\\-{_DASHES}]*",
            # (Colombia's and Vietnam's are read in values.ValueScanner, after the sets.)
            "always",
        ),
        # Street first, number after, as Latin America and southern Europe write it (`Calle 53 #
        # 35-80`, `Via Roma 12`, `Rua das Flores, 784`, Peru's `Jr. Lampa 1666`): weak, so a whole
        # value only, never a sentence that starts `Via our app 24/7`. Or a block and lot, as
        # Peru's settlements number them (`Mz. E Lt. 24`).
        _value(
            "address",
            "yellow",
            r"(?:(?:Calle|Carrera|Avenida|Avda|Av|Rua|Via|Viale|Corso|Carrer|Paseo|Rambla|Travessa"
            r"|Alameda|Estrada|Rue|Boulevard|Gran Vía|Gran Via|Jr\.|Jirón|Jiron|Pasaje|Psje"
            r"|Prolongación|Malecón|Calzada)\.? [A-Za-zÀ-ÿ0-9 .'-]{1,40}?,? (?:# ?)?"
            r"\d{1,5}(?:[- /]?\d{1,4})?(?:/?[A-Za-z])?|Mz\. ?[A-Z0-9]{1,3},? Lt\. ?\d{1,3})"
            # Then the colonia, the floor or the door, the town and the country: `, Col. Centro`,
            # `, 6º izq.`, `, 8º A, Oviedo, España`.
            r"(?:, [A-Za-zÀ-ÿ0-9º .'-]{1,40}){0,4}",
            "weak",
        ),
        _value("passport", "red", r"[A-Z0-9<]{30,44}", "mrz"),
        # A passport's number or a date of birth written into a message or a note, after the
        # words that say what it is (`my passport number is P9675493C`, `DOB on licence
        # 21/04/1964`).
        _value(
            "passport",
            "red",
            r"(?i:\bpassport(?: number| no\.?| #)?(?: is| was|:)?) [A-Z0-9]{0,2}\d{6,9}[A-Z]?\b",
            "always",
        ),
        _value(
            "birthdate",
            "yellow",
            r"(?i:\b(?:dob|d\.o\.b\.?|date of birth|born on)\b)[^0-9\n]{0,20}"
            r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b",
            "always",
        ),
        # Postcodes whose shape is their own: the UK's (SW1A 1AA, M14 5QT) and Canada's (K1A 0B1);
        # not a product's storage size (`M3 8GB`, `T7 2TB`).
        _value(
            "zipcode",
            "yellow",
            r"\b(?:[A-Z]{1,2}[0-9][A-Z0-9]? [0-9](?:[ABD-FHJLNP-SUW-Z][ABD-HJLNP-UW-Z]|[GT][AD-HJLNP-UW-Z])"
            r"|[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9])\b",
            "always",
        ),
        # The Netherlands' (1234 AB; SA, SD and SS are never issued) and the US ZIP+4 (29034-9742):
        # shapes an id could have too, so whole values only.
        _value("zipcode", "yellow", r"[1-9]\d{3} ?(?:[A-RT-Z][A-Z]|S[B-CE-RT-Z])|\d{5}-\d{4}", "weak"),
        _value("serial", "yellow", r"\b\d{2}[- ]?\d{6}[- ]?\d{6}[- ]?\d\b", "imei"),
        # A researcher's ORCID iD, from the blocks ORCID issues (0000-0001-5… to 0000-0003-5…,
        # then 0009-…), with its check character.
        _value("identification", "yellow", r"\b000[09]-000\d-\d{4}-\d{3}[\dX]\b", "orcid"),
        # A vehicle's plate, typed or sent alone, by the shapes that are a country's own: Britain's
        # (`SG70 LCK`), Italy's and France's (`FR 724 BV`, `CN-630-YB`), Belgium's (`2-HZX-442`),
        # the Netherlands' six-character side codes (`46-KNP-6`, `JS-777-K`; not a shelf's
        # `H-18-B`), Germany's (`B-AG 2083`), Kenya's (`KDA 123A`), Nigeria's (`ABJ-938YT`),
        # Spain's (`4821 BCD`), three letters and four digits spaced (the US, Malaysia: `QYR
        # 2322`), California's (`8NJS825`). Weak, whole values only, read in Python after the sets
        # (values.AFTER_THE_SETS); the more distinctive of these shapes are also looked for inside
        # sentences (values._PLATE_IN_PROSE: keep the two in step).
        _value(
            "license",
            "yellow",
            r"[A-Z]{2}\d{2} ?[A-Z]{3}|[A-Z]{2}[- ]?\d{3}[- ]?[A-Z]{2}|\d-[A-Z]{3}-\d{3}"
            r"|\d{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d"
            r"|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}"
            r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?|K[A-Z]{2} ?\d{3}[A-Z]"
            r"|[A-Z]{3}-\d{3}[A-Z]{2}|\d{4} ?[BCDFGHJKLMNPRSTVWXYZ]{3}|[A-Z]{3} \d{4}|[1-9][A-Z]{3}\d{3}",
            v.AFTER_THE_SETS,
        ),
        _value("name", "yellow", names.PATTERN, "person name"),
        # A link that carries its person's name in the query (`manage?pnr=X1Y2Z3&lastName=KHAN`).
        _value(
            "name",
            "yellow",
            r"[?&](?i:(?:first|last|given|family|sur|full)[_-]?name|fname|lname)=[^&#\s]{2,}",
            "always",
        ),
        # Whole values that state a special category (`assistanceType: "wheelchair"`, an airline's
        # SSR code `WCHC`, `ceremony: "Catholic Mass"`): a value matcher with no pattern matches
        # values equal to its synonyms, weakly, so never inside prose (`wheelchair-accessible`).
        _value_words(
            "disability",
            "red",
            (
                "wheelchair",
                "wheelchair user",
                "uses a wheelchair",
                "wchr",
                "wchs",
                "wchc",
                "blnd",
                "deaf",
                "dpna",
                "blind",
                "deafblind",
                "hard of hearing",
                "visually impaired",
                "hearing impaired",
                "low vision",
                "mobility impairment",
                "reduced mobility",
                "sign language interpreter",
                "guide dog",
                # Mobility aids as a form's choice or a hire's user profile names them.
                *("manual wheelchair", "powered wheelchair", "power wheelchair", "electric wheelchair"),
                *("mobility scooter", "rollator", "walking frame", "zimmer frame", "crutches"),
                *("rullstol", "manuell rullstol", "elrullstol"),  # Swedish
                "service animal",
                "service dog",
                "autistic",
            ),
        ),
        _value_words("condition", "yellow", DISEASES + _CONDITIONS_AS_VALUES),
        # The service branch someone served in, by names nothing else has (not `Army` or `Navy`
        # alone: a colour, a surplus store's aisle).
        _value_words(
            "veteran",
            "red",
            (
                *("air force", "marine corps", "coast guard", "space force", "national guard"),
                *("air national guard", "army national guard", "army reserve", "navy reserve"),
                *("us army", "u.s. army", "us navy", "u.s. navy", "us air force", "u.s. air force"),
                *("us marine corps", "u.s. marine corps", "usmc", "usaf", "royal navy", "british army"),
                *("royal air force", "royal marines", "australian army", "royal australian navy"),
                *("royal australian air force", "canadian army", "royal canadian navy"),
                *("royal canadian air force", "idf", "israel defense forces"),
            ),
        ),
        # A background check's findings, whole (`felony`) or in a record's summary (PROSE_WORDS).
        _value_words("criminal record", "yellow", ("felony", "misdemeanor", "misdemeanour")),
        # A form of address says the person's gender (`title: "Mrs"`, `civilite: "Mme"`).
        _value_words(
            "gender",
            "yellow",
            # (`MX`, `SR` in capitals are Mexico and Suriname: values.ValueScanner.scan.)
            (
                "mr",
                "mrs",
                "ms",
                "miss",
                "mx",
                "mstr",  # an airline's title for a boy (IATA)
                "mr.",
                "mrs.",
                "ms.",
                "mx.",
                "herr",
                "frau",
                "mme",
                "mlle",
                "monsieur",
                "madame",
                "sr",
                "sra",
                "sr.",
                "sra.",
                "senor",
                "senora",
                "señor",
                "señora",
            ),
        ),
        # A sex answered alone, as a survey's coded question or a form's choice records it
        # (`q104: "female"`; 4 labels of 4 under neutral keys).
        _value_words(
            "sex",
            "yellow",
            ("male", "female", "masculino", "femenino", "masculin", "féminin", "männlich", "weiblich"),
        ),
        _value_words(
            "religion",
            "yellow",
            (
                "catholic",
                "roman catholic",
                "catholic mass",
                "muslim",
                "hindu",
                "jewish",
                "buddhist",
                "sikh",
                "protestant",
                "evangelical",
                "orthodox christian",
                "greek orthodox",
                "mormon",
                "jehovah's witness",
                "atheist",
                "agnostic",
                "shia",
                "sunni",
                "bar mitzvah",
                "bat mitzvah",
                # An airline's special meals by their IATA codes: religious (kosher, Muslim, Hindu,
                # Jain) and medical (diabetic, gluten-free, low salt…); not a child's or a baby's.
                *("ksml", "moml", "hnml", "avml", "vjml", "dbml", "gfml", "lsml", "lcml", "lfml", "blml"),
                *("nlml", "vgml", "vlml", "rvml", "frml", "ptml", "orml", "spml", "hfml", "lpml"),
                # The same diets in words, as a wedding's or a hospice's form offers them.
                *("kosher", "halal", "no pork", "kosher meal", "halal meal", "hindu meal", "jain meal"),
                # The book one swears on (a juror's, a witness's oath) and a headstone's emblem of
                # belief, as a court's or a veterans' cemetery's form records them.
                *("quran", "koran", "holy quran", "bible", "holy bible", "torah", "tanakh"),
                *("guru granth sahib", "bhagavad gita", "star of david", "latin cross"),
                *("christian cross", "buddhist wheel", "wheel of righteousness", "crescent and star"),
            ),
        ),
        # Parties and tickets a poll's, a canvasser's or a member's answer names, by names no other
        # thing has (not `Labour`: a birth's; not `Green`, `Liberal`, `Independent`, `PT`, `Vox`).
        _value_words(
            "political opinion",
            "yellow",
            (
                # The US, the UK and Ireland, Canada, Australia.
                *("republican", "democrat", "republican party", "democratic party", "trump-vance"),
                *("harris-walz", "labour party", "conservative party", "liberal democrats", "lib dems"),
                *("reform uk", "scottish national party", "plaid cymru", "green party", "sinn féin"),
                *("sinn fein", "fianna fáil", "fianna fail", "fine gael", "bloc québécois"),
                *("bloc quebecois", "new democratic party", "conservative party of canada"),
                *("liberal party of canada", "green party of canada", "australian labor party"),
                *("liberal party of australia", "one nation"),
                # India, Nepal, Pakistan, Bangladesh.
                *("bjp", "bharatiya janata party", "indian national congress", "aam aadmi party"),
                *("nepali congress", "cpn-uml", "cpn (uml)", "maoist centre", "pml-n", "pti"),
                *("pakistan tehreek-e-insaf", "pakistan peoples party", "awami league", "jatiya party"),
                # Sweden, Germany, Spain, Poland, Hungary.
                *("socialdemokraterna", "moderaterna", "sverigedemokraterna", "vänsterpartiet"),
                *("centerpartiet", "liberalerna", "kristdemokraterna", "miljöpartiet", "cdu/csu"),
                *("spd", "afd", "die linke", "die grünen", "bündnis 90/die grünen", "psoe"),
                *("partido popular", "podemos", "prawo i sprawiedliwość", "koalicja obywatelska"),
                *("platforma obywatelska", "fidesz"),
                # Latin America.
                *("la libertad avanza", "unión por la patria", "union por la patria"),
                *("juntos por el cambio", "frente de todos", "partido de los trabajadores", "psdb"),
                *("morena", "partido acción nacional"),
                # The Philippines, Indonesia, Malaysia, Singapore, Japan, Korea, Taiwan.
                *("bayan muna", "makabayan", "akbayan", "pdp-laban", "gerindra", "golkar", "pdi-p"),
                *("prabowo-gibran", "anies-muhaimin", "ganjar-mahfud", "pakatan harapan"),
                *("perikatan nasional", "barisan nasional", "umno", "people's action party"),
                *("liberal democratic party", "komeito", "people power party", "kuomintang"),
                # Africa.
                *("african national congress", "democratic alliance", "economic freedom fighters"),
                *("zanu-pf", "all progressives congress", "peoples democratic party", "kenya kwanza"),
                *("azimio la umoja", "orange democratic movement", "new patriotic party"),
                "national democratic congress",
            ),
        ),
    ]


def _value_words(name: str, classification: Classification, values: tuple[str, ...]) -> Matcher:
    return Matcher(
        name=name, classification=classification, match_on="value", precision="exact", synonyms=values
    )


# Health measurements and flags: numbers and booleans are the datum.
HEALTH_MEASURES = (
    # A hydration check's urine colour chart (1-8), as a site's heat-stress log keeps it.
    *("urine colour", "urine color", "urine colour score", "urine colour scale"),
    # Eyesight as a Japanese medical declaration keys it (`視力: "0.7"`).
    "視力",
    # A diabetic's glucose management indicator (`gmi: 6.8`), read from a sensor.
    *("gmi", "glucose management indicator"),
    # An audiogram's hearing thresholds (`thresholds[].db_hl: 40`).
    *("db hl", "hearing threshold", "hearing thresholds"),
    # A lab result's value (`result_value: 6.2`), as lab and screening apps send it.
    "result value",
    "heart rate",
    "resting heart rate",
    "blood pressure",
    "systolic",
    "diastolic",
    "blood glucose",
    "blood sugar",
    "glucose level",
    # Lab results: fasting glucose, HbA1c and the lipid panel.
    *("glucose", "fasting glucose", "a1c", "hba1c", "ldl", "hdl", "triglycerides"),
    "cholesterol",
    "bmi",
    "body mass index",
    "spo2",
    "oxygen saturation",
    "hemoglobin",
    "haemoglobin",
    "hematocrit",
    "haematocrit",
    "ferritin",
    "pulse",
    "pulse rate",
    "puls",  # German, Dutch, Nordic
    "total protein",
    "blood oxygen",
    "heart rate variability",
    "hrv",
    "respiratory rate",
    "vo2max",
    "vo2 max",
    "body fat",
    "body fat percentage",
    "skin temperature",
    "pregnant",
    "pregnancy",
    "smoker",
    "smoking status",
    "tobacco use",
    "alcohol use",
    "mental health score",
    "depression score",
    "anxiety score",
    # Screening questionnaires' items and scores (depression, anxiety, postnatal depression,
    # alcohol use) and fertility tracking.
    # Screening scores: the problem gambling severity index too.
    *("pgsi", "pgsi score"),
    "phq9",
    "phq 9",
    "gad7",
    "gad 7",
    "epds",
    "audit c",
    "cycle length",
    "period length",
    "weeks pregnant",
    "gestational age",
    "bbt",
    "basal body temperature",
    *("gestational week", "weeks at birth", "follicle count", "endometrium", "amh", "cpap compliance"),
    # Vital signs as EHRs, remote-monitoring devices and wearables name them.
    *("systolic bp", "diastolic bp", "systolic pressure", "diastolic pressure", "mean arterial pressure"),
    *("respiration rate", "breathing rate", "o2 saturation", "o2 sat", "sao2", "pulse ox", "pulse oximetry"),
    *("body temperature", "body temp", "blood ketones", "ketone level", "ketones"),
    # Lab results: kidney, thyroid, infection and blood counts, HIV care, prostate.
    *("egfr", "creatinine", "serum creatinine", "blood urea nitrogen", "uric acid", "microalbumin", "tsh"),
    *("free t4", "c reactive protein", "hs crp", "platelet count", "white blood cell count", "wbc count"),
    *("rbc count", "viral load", "psa level", "fev1", "peak flow", "bone density"),
    # Fertility and hormone tests, semen analysis.
    *("lh level", "lh surge", "lh test", "hcg", "hcg level", "beta hcg", "progesterone level", "estradiol"),
    *("testosterone level", "sperm count", "sperm motility", "semen analysis"),
    *("sperm concentration", "total motility", "progressive motility", "endometrial lining"),
    "endometrial thickness",
    # A blood count's platelets and neutrophils, as a chemotherapy unit checks them before a cycle
    # (not a bare `anc`, `wbc`: antenatal care's and a baseball tournament's too).
    *("platelets", "absolute neutrophil count", "neutrophil"),
    # An adverse event's grade (CTCAE).
    *("ctcae grade", "ctcae"),
    # Body composition from smart scales.
    *("waist circumference", "visceral fat", "lean body mass", "muscle mass"),
    # Pain as a clinician or a symptom tracker records it.
    *("pain score", "pain level", "pain scale", "pain rating", "pain intensity"),
    *("pain location", "pain site"),
    # Palliative care's symptom and performance scales (Edmonton's ESAS, the PPS, Karnofsky, ECOG).
    *("esas", "esas score", "pps score", "palliative performance scale", "karnofsky", "karnofsky score"),
    *("ecog", "ecog score", "ecog performance status"),
    # Eye exams (an optometrist's or a vision plan's).
    *("visual acuity", "vision acuity", "intraocular pressure"),
    # Screening instruments: short depression and anxiety screens, psychological distress (Kessler),
    # PTSD checklist, the Columbia suicide severity scale.
    *("phq2", "phq 2", "gad2", "gad 2", "kessler score", "pcl5", "pcl 5"),
    *("cssrs", "c ssrs", "columbia suicide severity"),
    # Care needs of a care home or home-care agency: daily living, falls, pressure sores, cognition.
    *("adl", "adls", "adl score", "iadl", "iadl score", "barthel", "barthel index", "katz index"),
    *("fall risk", "falls risk", "fall risk score", "fall risk level", "morse fall scale", "braden score"),
    *("braden scale", "waterlow score", "mmse", "mmse score", "moca score", "cognitive status"),
    *("cognitive score", "patient acuity", "acuity score"),
    # Vital signs as wearables and home monitors name them: resting heart rate, HRV's time-domain
    # measures, blood pressure's abbreviations, temperature by where it is taken (not a bare
    # `temperature` or `temp`: the weather's and a thermostat's), stress, sleep-disordered
    # breathing, alcohol. (Not `hr`, `resting_hr`: as a piece it splits `fahrschule`; nor `oral`,
    # `air`, `wrist`, `hip`, `near`: they split `pastoral`, `repair`, `wristband`, `partnership`.)
    *("rhr", "resting pulse", "heart rate zone", "rmssd", "sdnn", "sbp", "dbp", "bp reading"),
    *("tympanic temperature", "ear temperature", "forehead temperature", "axillary temperature"),
    *("core body temperature", "temperature deviation", "skin temp", "basal temp", "basal body temp"),
    *("avg stress", "average stress", "stress level", "ahi", "apnea hypopnea index"),
    *("breathing disturbances", "breathing disturbance index"),
    # Haemoglobin as a blood service's pre-donation check writes it (`hbGdl`, `HB_LAST_G_L`).
    "hb",
    *("blood alcohol", "blood alcohol content", "blood alcohol level", "breath alcohol"),
    "bac reading",  # as a site's fitness-for-duty test records it
    # A body's weight and composition (not a bare `weight`, `target_weight` or `height`: a parcel's,
    # a lifted bar's, a screen's; not `waist`: a garment's size).
    *("body weight", "bodyweight", "goal weight", "starting weight", "weight lost", "bmr"),
    *("basal metabolic rate", "fat mass", "body fat mass", "fat free mass", "lean mass", "bone mass"),
    *("body water", "neck circumference", "skeletal muscle", "skeletal muscle mass"),
    # A smart scale's visceral fat reading is an index or a level (`visceralFatIndex`).
    *("visceral fat index", "visceral fat level", "visceral fat rating"),
    # Sleep stages as a wearable measures them (not a bare `sleep`: a device's sleep mode; not
    # `rem_sleep`: `rem` splits `remesa`).
    *("deep sleep", "light sleep"),
    # Whose weight or temperature it is says it is the body's: a donor's, a patient's, a baby's; a
    # record's vital signs (`vitals.temperature_f`, `vitals.weight_lb`).
    *("donor weight", "patient weight", "patient height", "patient temperature", "baby weight"),
    *("infant weight", "newborn weight", "vitals temperature", "vitals temp", "vitals weight"),
    # Lab analytes: liver, kidney and lipid panels (not a bare `alt`, `ast` or `bun`; not `gamma gt`,
    # `ft4`, `nt probnp`: as pieces `gt`, `ft`, `nt` split other words).
    *("alanine aminotransferase", "aspartate aminotransferase", "sgpt", "sgot", "ggt"),
    *("alkaline phosphatase", "bilirubin", "albumin", "serum albumin", "creatinine clearance", "crcl"),
    *("uacr", "albumin creatinine ratio", "urine albumin", "urine protein", "urea", "vldl", "apob"),
    *("apolipoprotein b", "lipoprotein a", "lipid panel", "fasting insulin", "c peptide", "homa ir"),
    *("fructosamine", "cgm", "cgm glucose", "estimated a1c", "glucose management indicator"),
    # Thyroid, blood count, iron and vitamin levels (not a bare `wbc`, `vitamin_d`, `iron`,
    # `calcium` or `sodium`: a sport's tournament and a food's nutrients).
    *("free t3", "tpo antibodies", "thyroglobulin", "cbc", "complete blood count", "hgb", "hct"),
    *("mcv", "mch", "mchc", "rdw", "white cell count", "neutrophils"),
    *("lymphocytes", "neutrophil count", "lymphocyte count", "reticulocytes", "serum iron"),
    *("transferrin", "transferrin saturation", "tibc", "vitamin d level", "vitamin b12 level", "b12 level"),
    *("folate level", "serum folate", "serum sodium", "serum potassium", "serum calcium"),
    # Inflammation, heart, hormone, prostate and HIV markers (not a bare `crp`: Brazil's
    # psychologists' council number; nor `psa`, `bnp`: an announcement, a bank).
    *("crp level", "sedimentation rate", "troponin", "probnp", "d dimer"),
    *("fsh", "fsh level", "prolactin", "cortisol", "cortisol level", "dhea", "shbg", "progesterone"),
    *("testosterone", "free testosterone", "total psa", "free psa", "cd4", "cd4 count", "hbsag"),
    # An eye exam's refraction and pressures, as a prescription's sphere, cylinder, axis and add
    # for each eye (OD right, OS left). (Not a bare `axis`, `add` or `cylinder`: a chart's, a
    # button's, a car's; nor `pd` or `prism`, which labellers read green; nor `cup to disc ratio`:
    # `disc` splits `discussed`.)
    *("sphere", "sph", "cyl", "sphere power", "cylinder power", "cyl power", "spherical equivalent"),
    *("left cylinder", "right cylinder", "od cylinder", "os cylinder", "cylinder od", "cylinder os"),
    *("eye cylinder", "left axis", "right axis", "od axis", "os axis", "axis od", "axis os", "eye axis"),
    *("cyl axis", "cylinder axis", "left add", "right add", "od add", "os add", "add od", "add os"),
    *("reading add", "add power", "eye power", "iop", "refraction", "autorefraction", "keratometry"),
    *("snellen", "logmar"),
    # A hearing test's thresholds by frequency and speech scores.
    *("hearing threshold", "audiogram", "pure tone average", "pure tone threshold", "hearing level"),
    *("bone conduction threshold", "speech recognition threshold"),  # (not `air`: `repair`)
    *("speech recognition score", "word recognition score", "speech intelligibility", "speech in noise"),
    # The same, abbreviated, in decibels or by ear (`pta_left_db`, `srt_db`; not a bare `pta`, a
    # school's parents, or `srt`, a subtitle file), and an ear's score (`left_ear_score`).
    *("pta db", "pta left", "pta right", "srt db", "srt left", "srt right", "word recognition"),
    *("left ear", "right ear"),
    *("speech discrimination score", "tympanogram", "tympanometry", "otoacoustic emissions"),
    # A dentist's periodontal and caries measures.
    *("plaque index", "plaque score", "gingival index", "dmft", "tooth mobility"),
    # Pregnancy and fertility: a midwife's and a scan's measures, cycle phases, semen analysis, IVF.
    *("fundal height", "contractions", "contraction frequency", "contraction interval"),  # (not `kick`)
    *("nuchal translucency", "crown rump length", "estimated fetal weight", "fetal weight", "birth weight"),
    *("cervical dilation", "luteal phase", "luteal phase length", "follicular phase length"),
    *("sperm concentration", "sperm morphology", "semen volume", "total motile count", "embryo grade"),
    # (In the singular: `eggs` or `embryos` in the vocabulary would stop other keys' plurals being
    # read as their singulars.)
    *("embryo transferred", "egg retrieved", "oocytes retrieved", "mature egg", "embryo frozen"),
    # Vital signs in Japanese (kanji and romaji), Chinese and Korean: temperature, pulse, blood
    # pressure and its two readings, heart rate, blood glucose, oxygen saturation, breathing rate.
    *("体温", "脈拍", "血圧", "血圧 上", "血圧 下", "最高血圧", "最低血圧", "収縮期血圧", "拡張期血圧"),
    *("心拍数", "血糖値", "酸素飽和度", "呼吸数", "taion", "ketsuatsu", "myakuhaku", "shinpakusu"),
    *("血压", "收缩压", "舒张压", "心率", "脉搏", "血糖", "血氧", "血氧饱和度", "呼吸频率", "體溫", "血壓"),
    *("체온", "맥박", "혈압", "수축기혈압", "이완기혈압", "심박수", "혈당", "산소포화도"),
    # A smart scale's body composition, a wearable's sleep, fasting and after-meal glucose and HbA1c,
    # resting heart rate, a cycle tracker's cycle and period lengths and basal temperature, weeks of
    # pregnancy: Japanese kanji and romaji (not `shincho`, `seiri`: 身長 is read green, 整理 is tidying).
    *("体重", "体脂肪率", "体脂肪", "体脂肪量", "筋肉量", "骨格筋量", "骨格筋率", "基礎代謝", "基礎代謝量"),
    *("内臓脂肪", "内臓脂肪レベル", "体水分率", "推定骨量", "睡眠時間", "睡眠スコア", "深い睡眠", "レム睡眠"),
    *("空腹時血糖", "安静時心拍数", "月経周期", "生理周期", "生理期間", "月経期間", "基礎体温"),
    *("taiju", "taijuu", "taishibo", "taishiboritsu", "taishibouritsu", "kinnikuryo", "kinnikuryou"),
    *("kiso taisha", "kisotaisha", "naizo shibo", "suimin jikan", "gekkei shuki", "seiri shuki"),
    *("kiso taion", "kettochi", "kettouchi"),
    # The same in Chinese, simplified and traditional, and pinyin (not `xuetang`: 学堂, a school; not
    # `tiwen`: 提问; not a bare `心跳`: a connection's heartbeat).
    *("体脂率", "体脂", "身体质量指数", "体质指数", "肌肉量", "骨骼肌", "骨骼肌量", "基础代谢", "基础代谢率"),
    *("内脏脂肪", "内脏脂肪等级", "静息心率", "空腹血糖", "餐后血糖", "糖化血红蛋白", "睡眠时长", "睡眠时间"),
    *("深睡时长", "浅睡时长", "月经周期", "经期", "经期长度", "经期天数", "基础体温", "怀孕周数", "孕周数"),
    *("體重", "體脂率", "體脂肪率", "基礎代謝率", "內臟脂肪", "靜息心率", "糖化血色素"),
    *("睡眠時長", "月經週期", "經期", "基礎體溫", "脈搏", "血氧飽和度", "收縮壓", "舒張壓", "懷孕週數"),
    *("tizhong", "tizhilv", "jirouliang", "xueya", "xinlv", "xueyang", "shuimian", "shuimian shichang"),
    "yuejing zhouqi",
    # And in Korean, Hangul and romanised (not a bare `수면`: also a water's surface; not `키` or `신장`:
    # a key, a kidney).
    *("체중", "몸무게", "체지방", "체지방률", "체지방량", "골격근량", "근육량", "기초대사량", "내장지방"),
    *("내장지방레벨", "체질량지수", "최고혈압", "최저혈압", "공복혈당", "식후혈당", "당화혈색소"),
    *("안정시심박수", "맥박수", "수면시간", "총수면시간", "깊은수면", "렘수면", "생리주기", "월경주기"),
    *("생리기간", "월경기간", "기초체온", "임신주수", "chejung", "momuge", "mommuge", "chejibang"),
    *("chejibangnyul", "chejibangryul", "golgyeokgeunryang", "geunyukryang", "hyeorap", "hyeolap"),
    *("hyeoldang", "simbaksu", "maekbak", "sumyeon sigan", "saengni jugi", "saengri jugi", "wolgyeong jugi"),
    # Blood pressure, blood sugar, heart rate, resting pulse, cholesterol and body temperature in
    # German, Dutch, the Nordic languages and Finnish.
    *("blutdruck", "blutzucker", "blutzuckerwert", "herzfrequenz", "ruhepuls", "cholesterin"),
    *("korpertemperatur", "bloeddruk", "bloedsuiker", "hartslag", "lichaamstemperatuur"),
    *("blodtryck", "blodtrykk", "blodsocker", "blodsukker", "verenpaine", "verensokeri"),
    # Danish blood pressure, resting pulse, cholesterol, body temperature; the same in Finnish,
    # Estonian, Latvian and Lithuanian.
    *("blodtryk", "hvilepuls", "vilopuls", "kolesterol", "kroppstemperatur", "kropstemperatur"),
    *("leposyke", "kolesteroli", "ruumiinlampo", "vererohk", "veresuhkur", "asinsspiediens"),
    "kraujo spaudimas",
    # The same in French, Italian, Spanish and Portuguese.
    *("tension arterielle", "pression arterielle", "glycemie", "frequence cardiaque"),
    *("pressione arteriosa", "glicemia", "frequenza cardiaca", "colesterolo"),
    *("presion arterial", "tension arterial", "glucemia", "frecuencia cardiaca", "colesterol"),
    *("pressao arterial", "frequencia cardiaca"),
    # And in Polish, Czech, Slovak and Hungarian.
    *("cisnienie krwi", "cisnienie tetnicze", "tetno", "poziom cukru", "krevni tlak", "krvny tlak"),
    *("tepova frekvence", "vernyomas", "vercukor", "pulzus"),
    # Lab values by their European names: haemoglobin, creatinine, ferritin, glucose, triglycerides.
    *("hemoglobina", "emoglobina", "hamoglobin", "hemoglobine", "kreatinin", "creatinina", "ferritina"),
    *("ferritine", "glucosa", "trigliceridos", "triglyceride", "trigliceridi", "triglycerider"),
    # Vital signs and body measures in Indonesian and Malay: the body's weight and height (not a
    # bare `berat` or `tinggi`: a parcel's, a building's), waist, head and upper-arm circumference
    # (a baby's and a pregnant woman's checks), temperature, pulse, blood pressure and sugar,
    # oxygen saturation, cholesterol, the body mass index, weeks of pregnancy.
    *("berat badan", "tinggi badan", "lingkar perut", "lingkar kepala", "lingkar lengan atas"),
    *("suhu tubuh", "suhu badan", "denyut nadi", "detak jantung", "tekanan darah", "gula darah"),
    *("kadar gula darah", "bacaan gula darah", "saturasi oksigen", "kolesterol", "indeks massa tubuh"),
    "usia kehamilan",
    # The same in Vietnamese (blood pressure, blood sugar, heart rate, body temperature, weeks of
    # pregnancy; not a bare `can nang` or `chieu cao`: a parcel's and a product's), Thai (blood
    # pressure, a person's height and body weight, blood sugar, pulse, body temperature, weeks of
    # pregnancy) and Tagalog (blood pressure and sugar).
    *("huyet ap", "chi so huyet ap", "duong huyet", "chi so duong huyet", "nhip tim", "nhiet do co the"),
    "tuoi thai",
    *("ความดันโลหิต", "ความดัน", "ส่วนสูง", "น้ำหนักตัว", "น้ำตาลในเลือด", "ชีพจร", "อุณหภูมิร่างกาย"),
    "อายุครรภ์",
    *("presyon ng dugo", "asukal sa dugo"),
    # A dialysis session's measures: blood pressure before and after, the dry weight and the
    # weight gained between sessions, dialysis adequacy (Kt/V, the urea reduction ratio), a
    # transplant candidate's antibodies (PRA), phosphorus, the hormone PTH, an anaemia drug's dose.
    *("bp pre", "bp post", "pre bp", "post bp", "pre dialysis bp", "post dialysis bp", "dry weight"),
    *("idwg", "interdialytic weight gain", "ktv", "kt v", "spktv", "urea reduction ratio", "urr pct"),
    *("urr percent", "pra percent", "pra pct", "panel reactive antibody", "serum phosphorus"),
    *("serum phosphate", "intact pth", "pth level", "epo dose"),
    # Breath alcohol concentration, as an alcohol monitor reads it (`brac: 0.05`).
    *("brac", "brac level", "breath alcohol concentration"),
    # A midwife's and a labour ward's measures: the baby's movements and estimated weight, how many
    # babies, weeks of gestation and the trimester, blood lost at birth, a newborn's Apgar score.
    *("kick count", "fetal kick count", "efw", "baby weight", "number of fetuses", "gestation"),
    *("gestation at birth", "trimester", "blood loss", "estimated blood loss", "apgar", "apgar score"),
    # A physiotherapist's measures: pain before, during and after a session, a joint's flexion, the
    # Glasgow Coma Scale a paramedic records.
    *("pain", "pain pre", "pain post", "pain during", "pain now", "pain at rest", "night pain", "flexion"),
    *("knee flexion", "range of motion", "gcs", "gcs total", "glasgow coma scale"),
    # Any analyte in the units a blood test reports (`potassium_mmol_l`, `phosphorus_mg_dl`).
    *("mg dl", "mmol l", "g dl", "meq l", "umol l", "pmol l"),
)
# Dates of a body's events.
HEALTH_DATES = (
    # When the last concussion was, as a combat-sport or a club's medical form asks.
    *("last concussion", "last concussion date", "concussion date", "date of concussion"),
    "last period",
    "last menstrual period",
    "pregnancy due date",
    "date prevue accouchement",
    "accouchement",
    *("lmp", "lmp date", "estimated due date", "fertile window", "next period"),
    # A pregnancy's and a fertility treatment's dates (not a bare `due_date`: an invoice's).
    *("expected due date", "baby due date", "conception date", "date of conception"),
    # The last period's date in romanised Bengali (shesh masik tarikh).
    *("shesh masik tarikh", "shesh mashik tarikh"),
    # When a treatment began or an illness was found: dialysis, a diagnosis, a transplant.
    *("dialysis start date", "dialysis start", "diagnosis date", "date of diagnosis", "transplant date"),
    *("egg retrieval date", "embryo transfer date", "iui date", "miscarriage date"),
    # When symptoms began; a recovery app's sobriety date.
    *("symptom onset", "sobriety date", "sober date", "sober since"),
    # A due date, the last period and a vaccination's date in German, Dutch, the Nordic languages
    # and Finnish (not a bare `termin`: an appointment).
    *("entbindungstermin", "errechneter geburtstermin", "geburtstermin", "letzte periode", "impfdatum"),
    *("uitgerekende datum", "laatste menstruatie", "vaccinatiedatum", "beraknat forlossningsdatum"),
    *("termindato", "vaccinationsdatum", "laskettu aika", "rokotuspaiva"),
    # The same in French, Italian, Spanish, Portuguese, Polish and Czech.
    *("date dernieres regles", "terme prevu", "date vaccination", "data presunta parto"),
    *("data ultima mestruazione", "data vaccinazione", "fecha ultima regla", "fecha ultima menstruacion"),
    *("fecha probable parto", "fecha vacunacion", "data ultima menstruacao", "data provavel parto"),
    *("data vacinacao", "termin porodu", "data ostatniej miesiaczki", "data szczepienia", "datum ockovani"),
    # A cycle tracker's predictions.
    *("predicted ovulation", "next ovulation", "predicted period", "menses start"),
    # (Not `period_start`: a billing or pay period's.)
    *("menstruation start", "menstrual period start"),
    # The last period (HPHT: hari pertama haid terakhir), the estimated delivery date and a
    # vaccination's date in Indonesian and Malay, Vietnamese, Thai and Tagalog.
    *("hpht", "hari pertama haid terakhir", "haid terakhir", "taksiran persalinan", "hari perkiraan lahir"),
    *("tanggal perkiraan lahir", "tarikh jangkaan bersalin", "tanggal vaksinasi", "tanggal vaksin"),
    *("tarikh vaksinasi", "tarikh vaksin", "tanggal imunisasi"),
    *("ky kinh cuoi", "ngay kinh cuoi", "ngay du kien sinh", "ngay tiem chung", "ngay tiem"),
    *("กำหนดคลอด", "วันกำหนดคลอด", "ประจำเดือนครั้งสุดท้าย", "วันที่ฉีดวัคซีน"),
    *("petsa ng bakuna", "petsa ng pagbabakuna", "huling regla"),
    # The last period, its start, ovulation and the due date in Japanese, Chinese and Korean (with the
    # date-valued terms the Japanese and Chinese tables name as conditions).
    *("最終月経日", "生理開始日", "出産予定日", "分娩予定日", "前回の生理開始日", "次回生理予定日"),
    "生理予定日",
    *("排卵日", "排卵予定日", "预产期", "預產期", "末次月经", "末次月經", "末次月经时间", "末次月经日期"),
    *("下次月经", "月经开始日期", "出産予定", "출산예정일", "분만예정일", "마지막생리일", "최종월경일"),
    *("생리시작일", "배란일", "배란예정일", "다음생리예정일", "shussan yoteibi", "hairanbi"),
)
# Conditions a key names by name (`has_type2_diabetes: true`): as flags, booleans are the datum.
DISEASES = (
    "diabetes",
    "type 1 diabetes",
    "type 2 diabetes",
    "asthma",
    "hypertension",
    "cancer",
    "depression",
    "anxiety",
    "epilepsy",
    "copd",
    "arthritis",
    "adhd",
    "autism",
    "dementia",
    "alzheimers",
    "obesity",
    "covid",
    "hepatitis",
    "tuberculosis",
    "schizophrenia",
    "bipolar",
    "ptsd",
    "eating disorder",
    "substance use",
    "suicidal ideation",
    "suicide risk",
    "self harm",
    "coeliac",
    "celiac",
    # Heart, kidney, lung and blood conditions.
    *("heart failure", "heart attack", "atrial fibrillation", "afib", "ckd", "chronic kidney disease"),
    *("sleep apnea", "sleep apnoea", "anemia", "anaemia", "sickle cell", "hemophilia", "haemophilia"),
    *("cystic fibrosis", "high cholesterol", "prediabetes", "pre diabetes", "gestational diabetes"),
    # Autoimmune, neurological, digestive and hormonal conditions.
    *("lupus", "fibromyalgia", "multiple sclerosis", "parkinsons", "crohns", "ulcerative colitis", "ibd"),
    *("hypothyroidism", "hyperthyroidism", "osteoporosis", "glaucoma", "cerebral palsy", "down syndrome"),
    *("pcos", "endometriosis", "infertility", "preeclampsia", "dysphagia", "cognitive impairment"),
    # Mental health and substance use.
    *("ocd", "panic disorder", "anorexia", "bulimia", "binge eating", "alcoholism", "alcohol use disorder"),
    *("opioid use disorder", "postpartum depression", "suicidal thoughts", "suicide attempt"),
    *("suicide attempts", "self injury", "homicidal ideation"),
    *("cataracts", "macular degeneration"),
    # Eye, blood and lipid disorders a lab or an optician reports.
    *("keratoconus", "amblyopia", "strabismus", "retinopathy", "diabetic retinopathy", "thalassemia"),
    *("thalassaemia", "hemochromatosis", "haemochromatosis", "hyperlipidemia", "hypercholesterolemia"),
    "dyslipidemia",
)

# Whole values (with DISEASES) that state a person's health: `priorityServices: ["home dialysis"]`.
_CONDITIONS_AS_VALUES = (
    # A hospice's problem list and a resuscitation order as chosen from a list.
    *("terminal agitation", "breakthrough pain", "dnr", "dnr/dni", "full code", "comfort measures only"),
    "chronic illness",
    "chronic pain",
    "pregnant",
    "dialysis",
    "home dialysis",
    "oxygen therapy",
    "migraine",
    "celiac disease",
    "coeliac disease",
    "crohn's disease",
    "multiple sclerosis",
    "parkinson's",
    "parkinson's disease",
    "heart disease",
    "high blood pressure",
    "sleep apnea",
    "sleep apnoea",
    "long covid",
    "hiv positive",
    "insomnia",
    "ocd",
    "panic disorder",
    "panic attacks",
    "social anxiety",
    "postpartum depression",
    "addiction",
    "alcohol use disorder",
    "erectile dysfunction",
    "infertility",
    "endometriosis",
    "pcos",
    "menopause",
    "herpes",
    "yeast infection",
    "uti",
    "sti",
    "std",
    # An absence's reason as one picked from a list (`reason: "gastroenteritis"`).
    *("covid-19", "covid 19", "gastroenteritis", "chest infection", "flu", "influenza", "pneumonia"),
    *("bronchitis", "back pain", "lower back pain", "food poisoning", "strep throat", "sore throat"),
    *("chickenpox", "tonsillitis", "conjunctivitis", "sinusitis", "ear infection"),
)

# Words of a person's health in free text: notes, messages to a clinician, exam-accommodation
# requests (`Diagnosed with dyslexia in 2019, needs 25% extra time`). Clinical words only: no
# `pain` (a product's pain points), `period` (a trial period) or `wheelchair` (a hotel's access).
PROSE_WORDS: dict[str, tuple[str, ...]] = {
    "condition": (
        "diagnosed",
        "diagnosis",
        "symptoms",
        # Symptoms and illnesses as people write them to a clinic, a school or a carer (`rash on my
        # arm, itchy`, `Had a panic attack`, `Sprained ankle at football`).
        *("rash", "nausea", "nauseous", "fever", "migraine", "migraines", "dizzy", "dizziness"),
        *("headache", "headaches", "vomiting", "diarrhea", "diarrhoea", "asthma", "cramps", "cramping"),
        *("chemotherapy", "chemo", "fractured", "sprained", "swelling", "insulin", "seizure"),
        *("seizures", "concussion", "itchy", "blisters", "chills", "wheezing", "ptsd", "adhd", "uti"),
        *("bruising", "suicidal", "dissociating", "panic"),
        *("fatigue", "heartburn", "toothache", "cough", "coughing", "hopeless", "numbness", "shaky"),
        *("infection", "bleeding", "sickness", "injured", "vertigo", "palpitations"),
        *("constipation", "constipated", "estreñimiento"),
        # An injury as an accident book writes it (`suspected ankle fracture`, `3 stitches`).
        *("fracture", "fractures", "stitches", "sutures", "painkiller", "painkillers"),
        # A dentist's, a pool's incident log's and a care home's words (`Bleeding gums when
        # brushing`, `mild neck pain`, `left the house disoriented`), a device or an organ someone
        # lives with (`Pacemaker fitted last year`, `Kidney transplant 2017`), and a visit's
        # reasons in Indonesian and Portuguese (`diare`, `lombalgia`, `conjuntivite`).
        *("bleeding gums", "wisdom tooth", "abscess", "neck pain", "knee pain", "disoriented"),
        *("pacemaker", "transplant", "sleep apnea", "sleep apnoea", "panic attacks", "ear infection"),
        *("broken wrist", "broken arm", "broken leg", "broken ankle", "broken nose", "skin tear"),
        *("diare", "lombalgia", "conjuntivite"),
        # Illnesses, injuries and findings as an adverse-event report, an incident log or a
        # screening note words them (`presented with hypoglycaemia`, `eGFR 43 mL/min`). Not
        # `stroke` (a swimmer's), `aids` (hearing aids), `surgery` (a GP's), nor the infections a
        # vaccine or a travel clinic's notice names (below).
        *("hypoglycaemia", "hypoglycemia", "hyperglycaemia", "hyperglycemia", "fibrillation"),
        *("bradycardia", "anaemic", "anemic", "cellulitis", "diverticulitis", "gallstones"),
        *("incontinence", "incontinent"),
        *("apnoea", "apnea", "eclampsia", "jaundice", "dehydration", "dehydrated", "fractures"),
        *("laceration", "lacerations", "contusion", "hypothermia", "heatstroke", "anaphylactic"),
        *("breathless", "breathlessness", "wheeze", "earache", "nosebleed", "haemorrhage", "hemorrhage"),
        *("cystitis", "syncope", "convulsions", "tingling", "vomited", "fainted", "fainting"),
        *("unconscious", "dvt", "stoma", "catheter", "egfr", "hba1c", "creatinine", "frailty"),
        # The same in the languages of the read corpora's notes: French, Spanish, Portuguese,
        # German and Italian (pain, fever, cough, dizziness, nausea, pregnant, asthma).
        *("douleur", "douleurs", "dolor", "dolores", "dores", "schmerzen", "dolore", "dolori"),
        *("fièvre", "fiebre", "febre", "fieber", "febbre", "toux", "tos", "tosse", "husten"),
        *("vertiges", "mareo", "mareos", "tontura", "schwindel", "nausée", "nausées", "náuseas"),
        *("enceinte", "embarazada", "grávida", "schwanger", "incinta", "asthme", "asma"),
        *("tendinite", "tendinitis", "eczéma", "eccema", "migraña", "enxaqueca", "emicrania", "maux"),
        *("tremor", "tremors"),
        # Pain and swelling as a patient messages a physiotherapist (`my knee hurts`, `me duele el
        # tobillo`, `knee still a bit swollen`, `Nackenschmerzen seit zwei Wochen, Kopfweh`).
        *("hurts", "duele", "doliendo", "swollen", "inflamada", "inflamado", "kopfweh"),
        *("rückenschmerzen", "nackenschmerzen", "knieschmerzen", "schulterschmerzen"),
        # Substance use and its treatment, as a probation or treatment service writes it.
        # (Not `psychiatric`: a clinic's form templates and services are named with it.)
        *("opiate", "opiates", "opioid", "opioids", "addiction", "dependence", "alcoholism"),
        # Blood pressure falling, cramps, itching, swelling and breathlessness as a dialysis
        # nurse charts them, in English and Portuguese.
        *("hypotension", "hypotensive", "pruritus", "dyspnoea", "dyspnea", "oedema", "edema"),
        *("hipotensão", "câimbra", "câimbras", "cãibra", "cãibras", "coceira", "prurido"),
        *("inchado", "inchada", "inchados", "inchadas", "inchaço", "dispneia", "falta de ar"),
        # And in Arabic: blood (its pressure, its sugar), breathing, fever, headache, dizziness,
        # cough, nausea.
        *("الدم", "التنفس", "حمى", "صداع", "دوخة", "سعال", "غثيان"),
        # Symptoms as Japanese, Chinese and Korean care notes chart them, found inside sentences
        # that have no spaces (values.ValueScanner): pain, swelling, fever, vomiting, diarrhoea,
        # constipation, falls, choking on food, pressure sores, dizziness, blood pressure, a low
        # fever, redness, forgetfulness, poor appetite, heart failure, Parkinson's; cramps,
        # itching, blood potassium, cough, headache.
        *("痛み", "浮腫", "むくみ", "発熱", "嘔吐", "下痢", "便秘", "転倒", "誤嚥", "むせ込み", "褥瘡"),
        *("めまい", "血圧", "微熱", "発赤", "物忘れ", "食欲低下"),
        *("心不全", "パーキンソン病", "抽筋", "皮膚癢", "搔癢", "瘙痒", "紅腫", "血壓", "血鉀", "血钾"),
        *("發燒", "发烧", "頭痛", "头痛", "咳嗽", "呕吐", "腹瀉", "腹泻", "水腫", "水肿", "疼痛"),
        *("통증", "발열", "기침", "구토", "설사", "두통", "부종"),
        # Indonesian and Malay: a sufferer of, thalassaemia, pre-eclampsia, cataracts, dialysis
        # (cuci darah).
        *("penderita", "talasemia", "preeklamsia", "katarak", "darah"),
        # Polish and Afrikaans, as a hospice nurse's notes chart them: breathlessness,
        # constipation, nausea, pain, fever, vomiting, diarrhoea.
        *("duszność", "duszności", "zaparcia", "zaparcie", "nudności", "ból", "bóle", "bólu"),
        *("gorączka", "gorączki", "wymioty", "biegunka", "naarheid", "hardlywigheid", "kortasem"),
        *("pyn", "koors", "diarree", "hoofpyn", "rugpyn"),
        # A dying person's symptoms, as a hospice charts them.
        *("delirium", "delirious"),
        "medication",
        "medications",
        "meds",
        "prescription",
        "prescribed",
        "therapist",
        "psychiatrist",
        "psychologist",
        "anxiety",
        "depression",
        "depressed",
        "adhd",
        "dyslexia",
        "dyslexic",
        *("acne", "eczema", "rosacea", "psoriasis", "dermatitis", "isotretinoin", "accutane"),
        "autism",
        "autistic",
        "diabetes",
        "diabetic",
        "insulin",
        "glucose",
        "asthma",
        "inhaler",
        "migraine",
        "migraines",
        "cramps",
        "nausea",
        "headache",
        "headaches",
        "seizure",
        "seizures",
        "epilepsy",
        "cancer",
        "chemo",
        "chemotherapy",
        "tumour",
        "tumor",
        "postpartum",
        "pregnant",
        "pregnancy",
        "miscarriage",
        "ivf",
        "sober",
        "relapse",
        "relapsed",
        "ansiedade",
        "depressão",
        "ansiedad",
        "depresión",
        "hypothyroidism",
        "hyperthyroidism",
        "thyroid",
        *("hypertension", "celiac", "coeliac", "cholesterol", "pcos", "ibs", "copd", "dialysis", "disease"),
        *("hipertensão", "hipertensión", "hipotireoidismo", "doença", "enfermedad", "celíaca", "diabete"),
        "arthritis",
        "fracture",
        "fractured",
        "concussion",
        "allergic",
        "epipen",
        "anaphylaxis",
        "dementia",
        "ptsd",
        "bipolar",
        "schizophrenia",
        "suicidal",
        "impairment",
        "ibuprofen",
        "paracetamol",
        "acetaminophen",
        "metformin",
        "sertraline",
        "antidepressants",
        "antibiotics",
        # Eyes and ears (not `deaf` or `blind`: an airline's DEAF code, a window's blinds).
        *("tinnitus", "glaucoma", "cataract", "cataracts", "macular", "retinopathy", "keratoconus"),
        # The ear's, as an audiologist writes them (English, Danish, Korean: hearing loss, tinnitus).
        *("otitis", "presbycusis", "presbyacusis", "høretab", "hørenedsættelse", "mellemørebetændelse"),
        *("난청", "이명"),
        *("deafness", "hard-of-hearing", "otosclerosis", "snhl", "sensorineural"),
        # Sleep, eating and weight.
        *(
            "insomnia",
            "anorexia",
            "anorexic",
            "bulimia",
            "bulimic",
            "arfid",
            "binge-eating",
            "obesity",
            "obese",
        ),
        # Infections and STIs.
        *("hiv", "hepatitis", "chlamydia", "gonorrhea", "gonorrhoea", "syphilis", "trichomoniasis", "hpv"),
        *("herpes", "stis", "stds", "pneumonia", "bronchitis", "tuberculosis", "sepsis"),
        # Common illnesses a sick note or an absence gives (not `flu`, `influenza`, `measles`,
        # `typhoid` or `covid-19`: a pharmacy's, a travel clinic's or a venue's notices name them;
        # not `back pain` or `sore throat`: a product's description). Two-word terms are read as
        # pairs of words in prose (values.ValueScanner._prose_pair).
        *("gastroenteritis", "tonsillitis", "sinusitis", "conjunctivitis", "chickenpox"),
        *("food poisoning", "strep throat", "chest pain", "abdominal pain"),
        # Brain, nerves, development and mental health (not `tremor`: an earthquake's).
        *("alzheimer", "alzheimer's", "alzheimers", "parkinson's", "parkinsons", "neuropathy", "palsy"),
        *("dyspraxia", "dyscalculia", "dysgraphia", "stutter", "tourette's", "tourettes", "asperger's"),
        *("aspergers", "ocd", "psychosis", "psychotic", "self-harm", "selfharm", "overdose", "overdosed"),
        *("epileptic", "asthmatic", "emphysema"),
        # Long-term conditions: autoimmune, gut, hormones, bones and joints.
        *("lupus", "fibromyalgia", "crohn's", "crohns", "colitis", "sclerosis", "rheumatoid", "psoriatic"),
        *("hashimoto's", "vitiligo", "endometriosis", "adenomyosis", "fibroids", "pmdd", "cirrhosis"),
        *("pancreatitis", "gastritis", "appendicitis", "hernia", "herniated", "sciatica", "scoliosis"),
        *("osteoporosis", "osteoarthritis", "tendonitis", "tendinitis", "gout", "anemia", "anaemia"),
        # Heart and blood (not `stroke`: a swimmer's, a brush's).
        *("palpitations", "arrhythmia", "afib", "angina", "tachycardia", "cardiomyopathy", "aneurysm"),
        *("thrombosis", "embolism"),
        # Cancers and their treatment.
        *("leukemia", "leukaemia", "lymphoma", "melanoma", "carcinoma", "metastatic", "radiotherapy"),
        *("immunotherapy", "mastectomy", "biopsy", "remission", "prognosis"),
        # Procedures (not `surgery`: a UK GP's practice is one; not `physio`: a clinic's name).
        *("appendectomy", "hysterectomy", "vasectomy", "tonsillectomy", "colonoscopy", "endoscopy"),
        *("lasik", "angioplasty", "stent", "physiotherapy", "psychotherapy"),
        # Injuries (not `injury`: an incident's type; not `wound`, `fall`, `bruised`: clocks, seasons, fruit).
        *("whiplash", "sprain", "sprained", "dislocated", "injuries", "bruising", "paralysis", "paralysed"),
        *("paralyzed", "paraplegic", "quadriplegic", "amputee", "amputation"),
        # Being unwell, in hospital.
        *("unwell", "nauseous", "asymptomatic", "symptomatic", "hospitalized", "hospitalised"),
        *("hospitalization", "hospitalisation"),
        # Pregnancy and fertility (not `ovulation`: a shop's ovulation tests; not `trimester`: a pregnancy
        # app's article titles).
        *("miscarried", "miscarriages", "stillbirth", "stillborn", "ectopic", "preeclampsia"),
        *("pre-eclampsia", "gestational", "c-section", "caesarean", "cesarean", "infertile", "infertility"),
        *("perimenopause", "perimenopausal", "menopausal"),
        # Addiction and its treatment (not `rehab`: a house's; not `addicted` to a show).
        *("addiction", "alcoholism", "sobriety", "opioid", "opioids", "methadone", "suboxone"),
        *("buprenorphine", "naloxone", "narcan"),
        # The drugs a treatment service's clients name, and what they tell of their use (`Slipped
        # with hydromorphone at a party`, `cravings 7/10 until about noon`). (Not `withdrawal`: a
        # bank's.)
        *("heroin", "cocaine", "methamphetamine", "hydromorphone", "kratom", "craving", "cravings"),
        *("relapse", "relapsed", "overdose", "overdosed"),
        # Prescription medicines by generic and brand name: mental health and ADHD, sleep and pain.
        *("antidepressant", "ssri", "ssris", "snri", "antipsychotic", "antipsychotics", "benzodiazepines"),
        *("fluoxetine", "prozac", "zoloft", "escitalopram", "lexapro", "citalopram", "paroxetine"),
        *("venlafaxine", "effexor", "duloxetine", "cymbalta", "bupropion", "wellbutrin", "mirtazapine"),
        *("trazodone", "amitriptyline", "lamotrigine", "lamictal", "quetiapine", "seroquel", "olanzapine"),
        *("risperidone", "aripiprazole", "abilify", "methylphenidate", "ritalin", "adderall", "vyvanse"),
        *("concerta", "elvanse", "lisdexamfetamine", "atomoxetine", "strattera", "diazepam", "valium"),
        *("lorazepam", "ativan", "alprazolam", "xanax", "clonazepam", "klonopin", "zolpidem", "ambien"),
        *("gabapentin", "pregabalin", "tramadol", "oxycodone", "oxycontin", "morphine"),
        # Heart, thyroid, blood thinners, steroids and immune drugs.
        *("levothyroxine", "synthroid", "euthyrox", "atorvastatin", "lipitor", "simvastatin", "rosuvastatin"),
        *("crestor", "lisinopril", "amlodipine", "losartan", "ramipril", "bisoprolol", "metoprolol"),
        *("propranolol", "warfarin", "apixaban", "eliquis", "rivaroxaban", "xarelto", "clopidogrel"),
        *("prednisone", "prednisolone", "methotrexate", "humira", "adalimumab"),
        # Diabetes and weight, HIV, herpes, fertility and hormones, asthma, hair and ED.
        *("semaglutide", "ozempic", "wegovy", "mounjaro", "tirzepatide", "zepbound", "saxenda"),
        *("liraglutide", "lantus", "novorapid", "humalog", "truvada", "descovy", "biktarvy"),
        *("antiretroviral", "antiretrovirals", "valacyclovir", "valtrex", "spironolactone", "letrozole"),
        *("clomid", "clomiphene", "tamoxifen", "salbutamol", "albuterol", "ventolin", "symbicort"),
        *("montelukast", "finasteride", "sildenafil", "tadalafil"),
        # More of the medicines most prescribed (generic and brand names), as reminders, refills
        # and notes name them: antibiotics, stomach, heart and blood pressure, diabetes, lungs,
        # gout and bones, epilepsy, dementia and Parkinson's, mental health, pain and migraine,
        # blood thinners, transplant and immune drugs, HIV, tuberculosis and malaria, cancer, and
        # kidney failure's binders and hormones. (Not over-the-counter antihistamines, creams or
        # lithium: a shop's products and a battery's chemistry.)
        *("amoxicillin", "azithromycin", "ciprofloxacin", "doxycycline", "cephalexin", "clindamycin"),
        *("metronidazole", "nitrofurantoin", "omeprazole", "pantoprazole", "esomeprazole", "lansoprazole"),
        *("famotidine", "hydrochlorothiazide", "furosemide", "lasix", "carvedilol", "atenolol", "valsartan"),
        *("irbesartan", "candesartan", "enalapril", "diltiazem", "verapamil", "digoxin", "nitroglycerin"),
        *("pravastatin", "ezetimibe", "fenofibrate", "glipizide", "glimepiride", "gliclazide"),
        *("sitagliptin", "januvia", "empagliflozin", "jardiance", "dapagliflozin", "farxiga", "forxiga"),
        *("pioglitazone", "levemir", "tresiba", "novolog", "trulicity", "dulaglutide", "victoza"),
        *("fluticasone", "budesonide", "tiotropium", "spiriva", "advair", "seretide", "allopurinol"),
        *("colchicine", "alendronate", "fosamax", "levetiracetam", "keppra", "carbamazepine", "tegretol"),
        *("valproate", "depakote", "topiramate", "topamax", "phenytoin", "donepezil", "aricept"),
        *("memantine", "levodopa", "carbidopa", "sinemet", "haloperidol", "clozapine", "buspirone"),
        *("hydroxyzine", "tamsulosin", "flomax", "oxybutynin", "medroxyprogesterone", "norethisterone"),
        *("methadone", "suboxone", "hydrocodone", "codeine", "fentanyl", "celecoxib", "meloxicam"),
        *("cyclobenzaprine", "baclofen", "tizanidine", "sumatriptan", "rizatriptan", "ondansetron"),
        *("zofran", "metoclopramide", "heparin", "enoxaparin", "clexane", "dabigatran", "edoxaban"),
        *("tacrolimus", "mycophenolate", "cyclosporine", "azathioprine", "hydroxychloroquine"),
        *("plaquenil", "emtricitabine", "tenofovir", "dolutegravir", "efavirenz", "oseltamivir"),
        *("acyclovir", "isoniazid", "rifampicin", "artemether", "capecitabine", "anastrozole", "imatinib"),
        *("pembrolizumab", "keytruda", "rituximab", "trastuzumab", "herceptin", "etanercept", "enbrel"),
        *("infliximab", "remicade", "ustekinumab", "stelara", "dupilumab", "dupixent", "ocrelizumab"),
        *("calcitriol", "cinacalcet", "sevelamer", "renvela", "lanthanum", "fosrenol", "paricalcitol"),
        *("epoetin", "erythropoietin", "darbepoetin", "aranesp", "mircera"),
        # German (not `Sucht`: `er sucht`, he searches; not `Kopfschmerzen`, `Arthrose`, `Bluthochdruck`,
        # `Schwangerschaft`: a pharmacy's product text and leaflet name them).
        *("migräne", "schwerhörig", "schwerhörigkeit", "hörsturz", "glaukom", "katarakt", "herzinfarkt"),
        *("schlaganfall", "chemotherapie", "bestrahlung", "dialyse", "epilepsie", "schuppenflechte"),
        *("demenz", "schwanger", "fehlgeburt", "unfruchtbarkeit", "alkoholsucht", "magersucht", "bulimie"),
        *("essstörung", "depressionen", "depressiv", "angststörung", "panikattacken", "schlaflosigkeit"),
        *("psychotherapeutisch", "antidepressiva", "schilddrüsenunterfunktion", "bandscheibenvorfall"),
        *("osteoporose", "gicht", "gehirnerschütterung", "pflegegrad", "krankgeschrieben", "krankschreibung"),
        "diagnostiziert",
        # French (not `enceinte`: a loudspeaker; not `sida`: a Swedish page).
        *("diabète", "dépression", "déprimé", "déprimée", "anxiété", "acouphènes", "acouphène", "glaucome"),
        *("cataracte", "surdité", "malentendant", "malentendante", "insomnie", "boulimie", "anorexie"),
        *("obésité", "avc", "infarctus", "chimio", "chimiothérapie", "radiothérapie", "hépatite", "vih"),
        *("infertilité", "endométriose", "alcoolisme", "toxicomanie", "épilepsie", "asthme", "eczéma"),
        *("sclérose", "démence", "autisme", "autiste", "tdah", "dyslexie", "dyslexique", "dyspraxie"),
        *("schizophrénie", "bipolaire", "tumeur", "entorse", "hypothyroïdie", "antidépresseurs"),
        *("antibiotiques", "insuline", "nausées", "vertiges", "diagnostiqué", "diagnostiquée"),
        # Spanish (not `cataratas`: Iguazú's falls; not `embarazo`, `colesterol`: products' warnings
        # and claims).
        *("deprimido", "deprimida", "diabético", "diabética", "migraña", "migrañas", "jaqueca", "acúfenos"),
        *("sordera", "hipoacusia", "insomnio", "obesidad", "infarto", "ictus", "cáncer", "quimio"),
        *("quimioterapia", "radioterapia", "diálisis", "embarazada", "infertilidad", "menopausia"),
        *("adicción", "alcoholismo", "epilepsia", "asma", "eccema", "artritis", "esclerosis", "demencia"),
        *("autismo", "autista", "dislexia", "esquizofrenia", "fractura", "esguince", "tiroides"),
        *("hipotiroidismo", "antidepresivos", "antibióticos", "insulina", "náuseas", "mareos"),
        *("convulsiones", "diagnosticado", "diagnosticada"),
        # Portuguese (not `zumbido`: a headphone's hum).
        *("enxaqueca", "surdez", "insônia", "insónia", "obesidade", "câncer", "cancro", "diálise"),
        *("hepatite", "grávida", "infertilidade", "menopausa", "endometriose", "alcoolismo", "psoríase"),
        *("artrite", "esclerose", "demência", "fratura", "tireoide", "tiroide", "antidepressivos"),
        *("tontura", "convulsões"),
        # Italian.
        *("ansia", "depressione", "depresso", "diabetico", "diabetica", "emicrania", "acufene", "acufeni"),
        *("cataratta", "sordità", "insonnia", "anoressia", "obesità", "tumore", "chemioterapia", "dialisi"),
        *("epatite", "incinta", "infertilità", "alcolismo", "epilessia", "psoriasi", "sclerosi", "demenza"),
        *("autistico", "dislessia", "dislessico", "bipolare", "ipotiroidismo", "antidepressivi"),
        *("antibiotici", "vertigini", "diagnosticato", "diagnosticata", "diagnosi", "malattia"),
        # Dutch (not `kanker`, a curse as often; not `doof`, `verslaafd` to a series).
        *("angststoornis", "depressie", "depressief", "diabeet", "suikerziekte", "oorsuizen", "glaucoom"),
        *("slechthorend", "slapeloosheid", "obesitas", "beroerte", "hartinfarct", "hartaanval"),
        *("bestraling", "zwanger", "miskraam", "onvruchtbaarheid", "verslaving"),
        *("alcoholisme", "eczeem", "reuma", "dementie", "autistisch", "schizofrenie"),
        *("bipolair", "hersenschudding", "antibiotica", "misselijk"),
        *("misselijkheid", "duizelig", "duizeligheid", "gediagnosticeerd", "ziekte", "fysiotherapie"),
        # Polish (not `rak`, a crayfish; not `udar`, a drill's hammer; not `w ciąży`: leaflets).
        *("depresja", "lęk", "lęki", "nerwica", "cukrzyca", "cukrzycę", "cukrzyk", "migrena", "migreny"),
        *("migrenę", "jaskra", "zaćma", "niedosłuch", "głuchota", "bezsenność", "anoreksja", "otyłość"),
        *("zawał", "nowotwór", "dializa", "poronienie", "niepłodność", "menopauza"),
        *("endometrioza", "uzależnienie", "alkoholizm", "padaczka", "epilepsja", "astma", "łuszczyca"),
        *("demencja", "otępienie", "autyzm", "dysleksja", "schizofrenia", "złamanie", "tarczyca", "tarczycy"),
        *("niedoczynność", "antydepresanty", "antybiotyk", "antybiotyki", "nudności", "mdłości"),
        *("drgawki", "zdiagnozowano", "zdiagnozowana", "zdiagnozowany", "choroba", "chorobę"),
        # Swedish.
        *("ångest", "deprimerad", "migrän", "hörselnedsättning", "sömnlöshet", "ätstörning", "bulimi"),
        *("anorexi", "fetma", "hjärtinfarkt", "cellgifter", "strålbehandling", "dialys", "hepatit", "gravid"),
        *("missfall", "endometrios", "alkoholism", "epilepsi", "eksem", "demens", "dyslexi", "schizofreni"),
        *("bipolär", "tumör", "fraktur", "benbrott", "hjärnskakning", "sköldkörtel"),
        *("antibiotika", "illamående", "yrsel", "kramper", "diagnostiserad", "sjukdom", "sjukskriven"),
        # Turkish, also as typed without its dotless i (not `inme`, a ride's drop-off; not `tansiyon`:
        # a blood-pressure monitor's name).
        *("depresyon", "anksiyete", "diyabet", "migren", "glokom", "uykusuzluk", "obezite", "felç"),
        *("kanser", "kemoterapi", "radyoterapi", "diyaliz", "hamile", "hamileyim", "kisirlik", "menopoz"),
        *("bagimlilik", "alkolizm", "astim", "egzama", "romatizma", "demans", "otizm", "dehb", "disleksi"),
        *("şizofreni", "tümör", "tiroid", "tiroit", "antidepresan", "antibiyotik", "insülin", "bulanti"),
        *("hastalik", "hastaligi", "ameliyat", "ameliyatli"),
        # Indonesian (not `hamil`: cosmetics are `aman untuk ibu hamil`; not `penyakit`: a clinic's
        # department).
        *("depresi", "kecemasan", "migrain", "tinitus", "glaukoma", "katarak", "kanker"),
        *("kemo", "radioterapi", "dialisis", "keguguran", "kemandulan", "kecanduan"),
        *("eksim", "demensia", "disleksia", "skizofrenia", "hipertensi"),
        *("psikiater", "antibiotik", "mual", "kejang", "didiagnosis"),
        # Japanese, Chinese and Korean, written without spaces: they match a whole value or a word
        # a search box's spaces set apart (`糖尿病　食事`), not a sentence.
        *("糖尿病", "高血圧", "うつ病", "鬱病", "不眠症", "認知症", "統合失調症", "双極性障害", "発達障害"),
        *("自閉症", "喘息", "がん", "乳がん", "乳癌", "脳卒中", "心筋梗塞", "緑内障", "白内障", "難聴"),
        *("耳鳴り", "片頭痛", "偏頭痛", "妊娠", "不妊", "不妊症", "流産", "子宮内膜症", "依存症", "てんかん"),
        *("摂食障害", "拒食症", "過食症", "パニック障害", "適応障害", "肝炎", "透析", "抗がん剤", "抗うつ薬"),
        *("骨折", "脳梗塞"),
        *("高血压", "高血壓", "抑郁症", "憂鬱症", "抑鬱症", "焦虑症", "焦慮症", "失眠", "痴呆", "失智症"),
        *("精神分裂症", "自闭症", "哮喘", "癌症", "乳腺癌", "中风", "中風", "心肌梗塞", "青光眼", "白內障"),
        *("耳鸣", "耳鳴", "偏头痛", "怀孕", "懷孕", "不孕", "不孕症", "流产", "流產", "癫痫", "癲癇"),
        *("厌食症", "暴食症", "乙肝", "艾滋病", "愛滋病", "化疗", "化療", "抑郁"),
        *("당뇨병", "당뇨", "고혈압", "우울증", "불면증", "공황장애", "치매", "천식", "뇌졸중", "녹내장"),
        *("백내장", "편두통", "조현병", "뇌전증", "투석"),
    ),
    # Access needs as people write them to a venue, an airline or a school (`I am blind and travel
    # with my guide dog`, `Deaf - would like an ASL interpreter`, `Autistic, needs a quiet room`).
    # Not `wheelchair` alone: a venue's own access (`wheelchair accessible`) says it too; nor a
    # sign language's name (`ASL`, `BSL-English`): an interpreting service's languages and
    # searches name it for everyone who books or works (5 labels of 5).
    "disability": (
        *("blind", "deaf", "autistic", "autism", "dyslexia", "dyslexic", "sighted", "impaired"),
        *("paraplegic", "quadriplegic", "tetraplegic", "amputee", "palsy"),
        # As a tenant's or a guest's request words it (`Low vision, please send…`, `My service dog
        # is trained…`); not a bare `wheelchair` (a venue's access).
        *("low vision", "service dog", "guide dog", "wheelchair user"),
    ),
    # A background check's findings as its summaries write them (`DUI conviction 2021`, `Felony:
    # Burglary 2nd degree`, `Arrest: DUI, Maricopa County`).
    "criminal record": (
        *("conviction", "convictions", "convicted", "felony", "misdemeanor", "misdemeanour"),
        *("arrest", "arrested", "dui", "dwi", "shoplifting", "burglary"),
        # Charges as a court or a probation service records them (`Theft by taking`, `Assault -
        # domestic violence`). (Not `battery` or `possession`: a device's and a tenancy's; nor
        # `intoxicated`: a festival's welfare notes say it of people in their care.)
        *("theft", "assault", "assaults", "robbery", "manslaughter", "homicide"),
        *("vandalism", "trespass", "stalking"),
    ),
}

# A crypto wallet's receiving addresses (`0x…` on Ethereum is a hex string).
CRYPTO_ADDRESSES = (
    *("wallet address", "crypto address", "crypto wallet address", "deposit address", "withdrawal address"),
    *("receiving address", "receive address", "payout address", "btc address", "bitcoin address"),
    *("eth address", "ethereum address", "sol address", "solana address", "usdt address", "trc20 address"),
    *("erc20 address", "destination wallet", "destination wallet address", "xpub", "extended public key"),
)

# More English field names, added to the matchers above by name: online identifiers, the people
# an event names by their role, and the names standards and vendor schemas use (OpenID Connect,
# schema.org, FHIR, CRMs, health and identity-verification flows). Other languages' field names
# come from portal.detection.languages.
# Codes sent or issued for one use: a sign-in's, a reset's, a payment's (BLIK), a parcel's or an
# order's pickup, a card's, a voucher's or an eSIM's activation.
ONE_TIME_CODES = (
    *("reset code", "password reset code", "withdrawal code", "cash withdrawal code", "kod odbioru"),
    *("codigo confirmacao sms", "security code", "blik code", "kod blik", "pickup code"),
    *("locker pickup code", "redemption code", "collection code", "activation code"),
    *("esim activation code", "otp code", "verification code", "sms verification code"),
    "verification check code",  # Twilio Verify's `verification_check.code`
    "email verification code",
    # A prepaid meter's vend code (Indonesia's token listrik) loads power for whoever holds it.
    *("vend code", "prepay vend code", "token listrik"),
    *("two factor code", "2fa code"),
    *("mfa code", "sms code"),
)

# An airline's special meal and a guest's meal preference (religion: TERM_ACCEPTS, CHOICES).
_MEALS = (
    *("meal preference", "meal code", "special meal", "special meal request", "meal request"),
    *("diet type", "diet preference", "dietary preference", "dietary preferences"),  # a child's, a guest's
)
_MORE_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    # A sex or gender code column of Korean and Japanese databases (`SEX_CD`, `GNDR_CD`, `GENDER_CD`,
    # `SEX_KBN`, 区分 a category), whose values are the datum (`M`, `F`, `1`). Here, not in the language
    # tables, where `sex` would count as a short foreign word and stop splitting keys.
    # Sex in romanised Amharic (`tsota`).
    "gender": (
        *("sex code", "gender code", "gndr code", "sex kbn", "gender marker", "tsota"),
        "trans history",  # as equality monitoring asks it (not `trans status`: 3-D Secure's)
    ),
    "name": (
        # The name printed on a runner's bib.
        "bib name",
        # A spouse's name and a Korean name, in Korean.
        *("배우자성명", "배우자 성명", "배우자이름", "한국이름", "한국 이름"),
        "pat name",  # Epic's patient name column
        # A social network written alone holds the person's handle there (`instagram: "@ximena.wanders"`).
        *("instagram", "tiktok", "twitch", "youtube", "snapchat", "twitter"),
        *("household head", "head of household", "householdhead"),  # the person a case is filed under
        # The Netherlands' register (BRP): family name, given names, the prefix (`van der`).
        *("geslachtsnaam", "voornamen", "voorvoegsel"),
        # A WeChat id; a child's and a parent's full name (Chinese 姓名, Vietnamese tên bé); the name as
        # an ID document or a bank account holds it (`name_as_per_aadhaar`, `nama_pemilik_rekening`).
        *("weixin hao", "孩子姓名", "家长姓名", "家長姓名", "学生姓名", "學生姓名", "ten be", "ten con"),
        *("name as per", "nama pemilik", "nama pemilik rekening"),
        # Forms that ask for surname, first name and other names (Nigeria, Ghana, Kenya); a name
        # used in worship. (Written in the singular, as keys' plurals are read: `other_names` is
        # `other name`.)
        *("other name", "other name used", "hebrew name"),
        "greeting name",
        "pickup name",  # who collects an order
        "picker name",  # who picks it in the store
        "birth name",
        "gamertag",
        "gamer tag",
        "handle",
        "social handle",
        "twitter handle",
        "instagram handle",
        "screen handle",
        # Handles on code, gaming and streaming platforms: a person's name there.
        *("github login", "github username", "github handle", "witnessed by"),
        *("discord", "discord username", "discord handle", "discord tag", "twitch login", "twitch username"),
        *(
            "twitch handle",
            "tiktok handle",
            "tiktok username",
            "psn online id",
            "psn id",
            "snapchat username",
        ),
        "telegram username",
        *k.ROLES,
        "prescriber",
        "honoree",
        "honoree name",
        "tribute name",
        "in memory of",
        "in honor of",
        "in honour of",
        "ticket holder",
        "gift from",
        "gift to",
        "gift sender",
        "gift recipient",
        "opposing party",
        "petitioner",
        "submitter",
        "signed by",
        # Who did it, by name: a report's, a review's, an order's, a delivery's person.
        "reported by",
        "reviewed by",
        "placed by",
        "received by",
        "handled by",
        "accepted by",
        "raised by",
        "submitted by",
        "typed signature",
        "signature text",
        "signature name",
        "initials",
        # Parts of a structured name as their own keys (FHIR's HumanName, flattened).
        "given",
        "family",
        # The name on a bank account.
        "bank account name",
        # WordPress's and others' login name.
        "user login",
        "login name",
        # The name a booking, a ticket or a badge is under, as the traveller's document gives it
        # (not `booking_name`: as often the booked service's, "30 Minute Meeting").
        *("name on booking", "reservation name", "name on reservation", "name on ticket"),
        *("passport name", "name on passport", "name per passport", "name on id"),
        *("name on badge", "badge print name", "printed badge name"),
        # A shirt or a jersey printed with its wearer's name; a form's printed name beside a
        # signature; a telephone carrier's caller name (CNAM).
        *("name on jersey", "name on shirt", "jersey name", "jersey print name", "printed name", "cnam"),
        # A name to print on kit; a face a doorbell camera knows by name.
        *("print name", "familiar face", "familiar face name"),
        # Who a parcel or a letter goes to: attention and care-of lines. (Not `ship to name`: its
        # `ship` would split `ownership` and `ShipperName` into words.)
        *("deliver to name", "attn", "attention to", "care of", "in care of"),
        # The name a mobile wallet is registered to, as lenders read it back before a payout
        # (M-Pesa, MTN MoMo, GCash); a Cash App $cashtag.
        *("mpesa name", "mpesa account name", "mpesa registered name", "registered mpesa name"),
        *("momo name", "momo account name", "gcash name", "gcash account name", "wallet holder name"),
        *("cashtag", "cash app tag"),
    ),
    "national id": (
        # Qatar's ID (QID, a whole word only); the PhilSys number as camelCase splits it
        # (`PhilSysNumber`); Portugal's and Colombia's citizen card (CC).
        *("qid", "phil sys", "phil sys number", "phil sys id", "numero cc", "nro cc", "num cc"),
        # France's driving-licence file number (NEPH), which follows its holder for life. (Not
        # `utr number`: India's bank transfers' reference as often as the UK's taxpayer's.)
        "numero neph",
        # Bangladesh's national id written short (`next_of_kin.nid`, `nomineeNid`), and a
        # child's birth registration number.
        *("nid", "birth registration number", "birth reg no", "birth registration no"),
        # Indonesia's family card (Kartu Keluarga) number.
        "kk number",
        "hmrc utr",
        *("cin maroc", "dpi cui", "philsys", "philsys psn"),
        *(
            "refugee id",
            "refugee number",
            "unhcr id",
            "unhcr number",
            "progres id",
        ),  # a refugee's registration
        # The UK's Unique Taxpayer Reference (HMRC); India's bank transfer's UTR is told apart
        # by the transfer's details beside it (engine._BESIDE_A_TRANSFER).
        *("utr", "unique taxpayer reference", "sa utr"),
        "payer document",  # a Brazilian payer's CPF, as payment APIs name it
        # India's proof of identity's number; a payer's legal id at a Latin American gateway.
        *("id proof number", "user legal id"),
        # Korea's identity-verification results (NICE, PASS): the connecting and duplication
        # information, one person's keys across sites (seven labellers of eight); a cédula de
        # identidad in Chile, Uruguay and Bolivia.
        *("ci", "di", "connecting information", "duplication information"),
        # Korea's alien registration number as its databases write it (외국인등록번호, `FRGNR_REG_NO`).
        "frgnr reg number",
        # Sweden's BankID returns the personnummer as `personalNumber`; the VA's claim number.
        *("personal number", "va claim number"),
        # Trusted-traveller and seafarers' numbers, Australia's Centrelink customer reference number.
        *("known traveler number", "known traveller number", "ktn", "seaman book number", "centrelink crn"),
        # Belgium's national register, England's unique pupil number, Mexico's IMSS and voter
        # key, Brazil's NIS, Canada's NAS (French). (Not `utr`: India's is a bank transfer's reference.)
        "nas",
        # The UK's unique taxpayer reference (not a bare `utr`: as often an Indian bank transfer's,
        # four labellers to four), Norway's national identity number. (Not `personal number`:
        # Germany's Personalnummer is a staff number.)
        *("unique taxpayer reference", "nnin", "ird number"),  # and New Zealand's IRD number
        "personal code",  # Estonia's and Lithuania's identity code, as English keys name it
        # A residence card; Belgium's national number; Korea's personal customs code; the US
        # Known Traveler and Redress numbers; an Arabic key's `raqm al hawiya` (identity number).
        *("residence card", "residence card number", "national number", "personal customs code"),
        *("known traveler number", "redress number", "raqm al hawiya", "개인통관고유부호"),
        # An identity document's number (the document itself is `identification`).
        *("id document number", "identity document number"),
        "national register number",
        "registre national",
        "unique pupil number",
        "upn",
        # A learner's and an applicant's numbers across schools (the UK's ULN and UCAS id,
        # Indonesia's NISN, India's APAAR).
        *("unique learner number", "uln", "ucas personal id", "ucas id", "nisn", "apaar id"),
        "imss number",
        "voter key",
        "nis",
        "identification number",
        # An identity document's number, as identity checks send it (Onfido, Veriff, KYC forms):
        # a passport's or a national id card's, red (47 labels of 52; the reference's yellow
        # `identification` keeps the key `identification` itself).
        "id number",
        "identity number",
        "document number",
        "doc number",
        "id document number",
        # The Philippines' Social Security System and PhilSys (national id) numbers.
        "sss number",
        "sss no",
        "philsys number",
        "philsys card number",
        "ni number",
        "ni no",
        "id card number",
        "identity card number",
        # Nigeria's Bank Verification and National Identification Numbers; a US tax preparer's PTIN.
        "bvn",
        "bank verification number",
        "nin",
        "ptin",
        # India's Universal Account Number (provident fund), France's student number (INE).
        "uan",
        "tfn",
        "fiscal code",
        "fiscal number",  # SPID's and eIDAS's attribute (`fiscalNumber: "TINIT-…"`)
        "uan number",
        "numero ine",
        # The UAE's and Saudi Arabia's resident ids, India's central KYC number, Kenya's tax PIN.
        "emirates id",
        "iqama",
        "iqama number",
        "ckyc",
        "ckyc number",
        "kra pin",
        # The UAE's unified number and MOHRE person code, Canada's UCI.
        "unified number",
        "mohre person code",
        "uci",
        # Ireland's PPS number, Singapore's NRIC/FIN (MyInfo's uinfin).
        "ppsn",
        "pps number",
        "nric",
        "uinfin",
        # A citizen's number as public-service portals name it (a bare `citizen` is citizenship).
        *("citizen id", "citizen id number", "citizen number", "citizen card number"),
        *("citizen identification number", "citizen reference number", "citizen service number"),
        # The number of an identity document a state issues; trusted-traveller programmes (US
        # Global Entry, NEXUS, SENTRI, TSA PreCheck), like the Known Traveler Number.
        *("state id number", "state issued id number", "government id number", "government issued id number"),
        *("gov id number", "global entry number", "nexus number", "sentri number", "precheck number"),
        *("tsa precheck number", "trusted traveler number", "trusted traveller number"),
        # Kenya's Huduma Namba, Ghana's card, Botswana's Omang, Tanzania's NIDA number.
        *("huduma number", "huduma namba", "ghana card", "ghana card number", "omang", "omang number"),
        "nida number",
        # Kuwait's, Oman's and Bahrain's civil ids, Qatar's QID, a Saudi visitor's border number;
        # Iran's national code (kode melli, as Iranian backends translate it).
        *("civil id", "civil number", "qatar id", "qatari id", "border number", "national code"),
        # Kenya's Maisha card, Ethiopia's Fayda, Zambia's and Malawi's NRC, South Africa's identity
        # number, Nigeria's virtual NIN, Rwanda's indangamuntu, Israel's teudat zehut.
        *("ghanacard", "huduma card number", "maisha number", "maisha card number", "fayda number"),
        *("fayda id", "nrc number", "sa id number", "rsa id number", "south african id"),
        *("south african id number", "vnin", "indangamuntu", "israeli id"),
        # Ghana card's PIN (`GHA-…`; not a password), Ethiopia's Fayda numbers (FAN, FIN) and the
        # kebele id, Mali's NINA, Zanzibar's ZAN ID, Zambia's NRC written out, Zambia's and Malawi's
        # taxpayer PIN (TPIN; not a bare `tax pin`: Ireland's motor tax PIN is a credential). (A
        # birth certificate's number stays a `certificate`, as two labels of three have it.)
        *("ghana card pin", "ghanacard pin", "ghana card id", "fayda fan", "fayda fin", "fayda alias number"),
        *("kebele id", "kebele id number", "nina number", "zan id number", "national registration card"),
        *("national registration card number", "tpin", "tpin number"),
        # India's tax number (PAN, written `pan_card`, `pan_no`: the abbreviation reads as a card
        # number) and ration card, which are identity documents there; Nepal's citizenship
        # certificate and Sri Lanka's national identity card (NIC) numbers.
        *("pan card", "pan card number", "pan number", "permanent account number", "ration card"),
        *("ration card number", "citizenship number", "citizenship certificate number", "nic number"),
        # A US veteran's VA file number (often the SSN); Australia's Centrelink and New Zealand's
        # Ministry of Social Development client numbers, like the CRN above (not by WINZ's name:
        # `winz` would split `winzip`).
        *("va file number", "va file no", "c file number", "centrelink reference number"),
        *("centrelink customer reference number", "msd client number", "msd number"),
    ),
    "phone": (
        # The caller's ANI as call centres write it beside the word.
        *("caller ani", "ani number"),
        # A call's other party in telephony webhooks and call records (Exotel's `CallFrom`).
        *("call from", "called number", "calling number"),
        # Sweden's Swish pays to a phone number; MTN MoMo's API names the payer's and the
        # payee's wallet, an MSISDN, `payer.partyId`.
        *("swish number", "swish nummer", "payer party id", "payee party id"),
        *("callback number", "call back number", "wa id", "whatsapp id", "dial whom number"),
        # Run together with `no`, as Nigerian and Indian payment APIs write them.
        *("phoneno", "telephoneno", "mobileno"),
        # Carriers' names for the subscriber's number: the mobile directory number, the number
        # being ported in or out.
        *("mdn", "porting number", "ported number", "number to port", "port in number"),
        # The calling party's number, as call centres and telephony webhooks send it (ANI).
        # (Not `caller_id_number`: a campaign's outbound number.)
        # (`ani` alone is keys.WHOLE_KEY_ABBREVIATIONS: inside words it splits Turkish `orani`.)
        *("caller number", "calling number", "calling party number"),
        # Mobile money wallets are their holder's phone number (M-Pesa, MTN MoMo, Airtel Money,
        # Tigo Pesa, EcoCash, Orange Money).
        *("mpesa number", "m pesa number", "mpesa phone", "momo number", "mobile money number"),
        *("airtel money number", "mtn momo number", "tigo pesa number", "ecocash number"),
        "orange money number",
        # A mobile wallet's number is its holder's phone (`receiver_wallet_number`, labelled so),
        # and so are MoMo accounts and the other wallets across Africa: Ethiopia's telebirr,
        # Somalia's EVC Plus, ZAAD, Sahal and eDahab, Madagascar's MVola, Senegal's Wave and Free
        # Money, West Africa's Moov Money, Flooz and T-Money, Ghana's Telecel Cash and AT Money,
        # Malawi's Mpamba, Zimbabwe's OneMoney, Mozambique's e-Mola and mKesh, Tanzania's HaloPesa.
        *("wallet number", "wallet phone", "wallet phone number", "mobile wallet number", "wallet msisdn"),
        *("mobile money account", "mobile money account number", "mobile money phone", "momo phone"),
        *("momo account", "momo account number", "momo msisdn", "mpesa account", "mpesa msisdn"),
        *("mpesa phone number", "telebirr number", "telebirr phone", "evc number", "evc plus number"),
        *("zaad number", "sahal number", "edahab number", "mvola number", "wave number", "free money number"),
        *("moov money number", "flooz number", "tmoney number", "t money number", "vodafone cash number"),
        *("telecel cash number", "airteltigo money number", "at money number", "mpamba number"),
        *("onemoney number", "emola number", "mkesh number", "halopesa number"),
        # Wallets across Asia and Latin America are their holder's phone number too: the
        # Philippines' GCash and Maya, Indonesia's GoPay, OVO, ShopeePay and LinkAja, Thailand's
        # TrueMoney, Vietnam's ZaloPay and ViettelPay, Pakistan's Easypaisa and JazzCash,
        # Bangladesh's bKash and Nagad accounts, India's Paytm, PhonePe and Google Pay, Nepal's
        # eSewa and Khalti, Colombia's Nequi and Daviplata, Peru's Yape and Plin. (Not a till or a
        # paybill number: the merchant's.)
        *("gcash number", "gcash account number", "gcash mobile", "maya number", "paymaya number"),
        *("gopay number", "ovo number", "shopeepay number", "linkaja number", "truemoney number"),
        *("truemoney wallet number", "zalopay number", "viettelpay number", "easypaisa number"),
        *("easypaisa account", "easypaisa account number", "jazzcash number", "jazzcash account"),
        *("jazzcash account number", "bkash account", "bkash account number", "nagad account"),
        *("paytm number", "phonepe number", "gpay number", "google pay number", "esewa number", "esewa id"),
        *("khalti number", "khalti id", "nequi number", "daviplata number", "yape number", "plin number"),
        # Instant-payment aliases that are the payee's phone number: Thailand's PromptPay (labelled
        # a phone), Pakistan's Raast.
        *("promptpay id", "promptpay number", "raast id"),
    ),
    # Social security numbers: East Africa's NSSF, Ghana's SSNIT; Zambia's NAPSA, Nigeria's pension
    # PIN (its RSA, not `rsa` alone: South Africa), Morocco's and others' CNSS.
    "social security number": (
        "uif number",  # South Africa's unemployment insurance
        *("nssf number", "ssnit number", "napsa number", "rsa pin", "pension pin", "cnss number"),
    ),
    "allergy": (
        *("patch test", "patch test result"),  # a salon's or a dermatologist's test for a reaction
        *("sensitivities", "food sensitivities", "skin sensitivities"),
        "allergic to",  # `allergic_to_cats`: what follows is the allergen
        # An adrenaline auto-injector a child or a guest carries (`epiPen`, `epi_pen_required`).
        *("epi pen", "epi pen required"),
        # `guests[].dietary`: a guest's needs (`dietary_preference` is a taste).
        *("dietary", "dietary notes", "dietary requirements", "dietary restrictions", "food allergies"),
        *(
            "intolerances",
            "intolerance",
            "food intolerances",
            "allergens to avoid",
            "epipen required",
            "allergen",  # the one someone reports (a product's `allergens[]` are its ingredients)
        ),
    ),
    "identification": (
        # A person in custody's number, as prisons and their families' apps send it.
        *("custody number", "prisoner number", "prisoner id", "prison number", "inmate number"),
        *("inmate id", "offender number", "offender id", "numero de recluso", "numero de interno"),
        # A researcher's ORCID iD.
        *("orcid", "orcid id", "orcid ids"),
        # An insurer's membership number; a Medicaid managed-care organisation's member id.
        *("insurer membership", "insurer membership no", "insurer membership number", "mco member id"),
        "mco id",
        # Ethiopia's community-based health insurance; an insurance policy's number in Arabic.
        *("cbhi member number", "cbhi number", "cbhi id", "رقم البوليصة", "رقم بوليصة"),
        *("hmo card", "hmo card number", "hmo number"),  # a health maintenance organisation's member card
        # Australia's Overseas Student Health Cover membership.
        *("oshc member number", "oshc membership number", "oshc number"),
        # A pharmacy benefit's cardholder and a Dutch health insurer's customer (the insured's
        # numbers; not `subscriber_id`: a telecom's or a newsletter's own id).
        *("pbm cardholder id", "relatienummer zorgverzekeraar"),
        # An insurer's number for the insured; a Japanese policy number (証券番号).
        *("insured member number", "shouken bangou"),
        # A health insurer's member number (Argentina's obra social), a French family-allowance
        # (CAF) number.
        *("numero afiliado", "nro afiliado", "numero allocataire", "allocataire"),
        # The Philippines' 4Ps (Pantawid) cash-transfer household id.
        *("4 ps household id", "pantawid household id"),
        # A land title's or a title deed's number names its owner in the land registry.
        *("title deed", "title deed number", "deed number"),
        # Bangladesh's land deed (jomir dolil); an insurer's number for the insured person.
        *("jomir dolil", "dolil number", "dolil nombor", "insured number", "insured person number"),
        # A home's supply points (UK MPAN/MPRN, Germany's MaLo/Zählpunkt, Texas ESI ID) and
        # property number (UPRN): they identify the household.
        "mpan",
        "mprn",
        "uprn",
        "malo id",
        # The same in Italy (POD), Spain (CUPS), France (PDL, PCE), the Netherlands (EAN code),
        # Texas (ESIID); the UK's MPAN core.
        *("codice pod", "codigo cups", "numero pdl", "numero pce", "ean code aansluiting", "esiid"),
        "mpan core",
        "zaehlpunkt",
        "esi id",
        "railcard number",
        "student id number",
        "matriculation number",
        "enrollment number",
        "voter id",
        "voter number",
        "voter registration number",
        # India's voter card, the Electors Photo Identity Card (EPIC), by its number.
        *("epic number", "epic card number", "voter epic number", "voter id epic"),
        "linkedin",
        "linkedin url",
        "linkedin profile",
        "facebook profile",
        "social profile",
        "social profile url",
        "social media profile",
        # An insurer's member and card numbers, South Africa's medical aid and Australia's health
        # funds, travel insurance; electoral roll numbers; the UK's vehicle logbook (V5C).
        *("insurer member id", "insurer member number", "subscriber member id", "insurance card number"),
        *("insurance card id", "medical aid number", "medical aid member number", "health fund number"),
        *("health fund member number", "travel insurance policy", "insured id", "insured member id"),
        *("policyholder id", "policyholder number", "elector number"),
        *("electoral number", "electoral register number", "elector id", "state voter id", "voter card"),
        *("voter card number", "v5c", "v5c reference", "v5c number"),
        # An insurer's member and card numbers (policy: yellow), South Africa's medical aid.
        *("insurance member number", "health insurance card"),
        *("health plan member id", "insurance subscriber id", "enrollee id"),
        # A state's id for a pupil (a school's own student number is green, like a member number).
        *("state student id", "state student number", "statewide student id", "state student identifier"),
        # Credentials a state issues to workers and gun owners: the US TWIC card (ports and ships),
        # Illinois' FOID card; seafarers' identity documents, the US Merchant Mariner Credential,
        # India's INDoS number.
        *("twic", "twic card", "twic number", "twic card number", "foid", "foid number", "foid card"),
        *("foid card number", "seafarer id", "seafarers identity document", "merchant mariner credential"),
        *("mmc number", "indos number"),
    ),
    # (`birth ymd`: a Korean warehouse's birth date column.)
    # (Not a date of death: the dead are not data subjects, and 5 labels of 6 say so.) The hour of
    # birth an astrologer asks for.
    # (And date of birth in romanised Amharic.)
    "birthdate": (
        *("birth ymd", "dateofbirth", "birth time", "time of birth", "born year", "year born"),
        *("yetewoldebet ken", "yetewulid ken"),
    ),
    "passport": (
        # A seafarer's identity document: the seaman's book (the Philippines' SIRB).
        *("seaman book", "seamans book", "seaman book number", "seamans book number", "sirb"),
        *("seafarer identity document", "seafarers identity document", "discharge book"),
        "mrz",
        "mrz line",
        *("mrz line 1", "mrz line 2", "mrz line 3"),  # not an address's `line 1`
        "machine readable zone",
        "passport expiry",
        "passport expiration",
        "passport expiry date",
        "passport issue date",
    ),
    "procedure": (
        # A blood transfusion received, as a donor's screening asks (`receivedTransfusion`).
        *("transfusion", "received transfusion", "blood transfusion"),
        # A caesarean birth, before or now; a newborn's resuscitation.
        *("caesarean", "cesarean", "previous caesarean", "caesarean section", "resuscitation"),
        "neonatal resuscitation",
        # Dialysis's vascular access (a fistula, a graft, a catheter); Brazil's SUS procedure codes.
        *("vascular access", "血管通路", "sigtap code", "sigtap"),
        "proc code",
        *(
            "immunisation history",
            "immunization history",
            "vaccination history",
            "immunisations",
            "immunizations",
        ),
        "ivf cycle",
        # A clinician's past surgical history (PSH).
        *("psh", "past surgical history", "surgical history"),
        # The kind of X-ray taken; a surgical history in Turkish (ameliyat geçmişi).
        *("xray type", "x ray type", "ameliyat gecmisi"),
        *("loinc", "loinc code"),  # a lab test's LOINC code
        "conception method",
        "autopsy performed",
        "test panel",
        "lab panel",
        "lab test",
        "lab tests",
        # A lab test's or a vaccine's name, as health apps send it (8 labels of 10; an A/B test's
        # name is an experiment's, usually under `experiment`).
        *("test name", "vaccine", "vaccine name"),
        "lab order",
        "cpt",
        "analyte",
        # Procedure code sets: HCPCS, dental CDT.
        *("hcpcs", "hcpcs code", "cdt code", "treatment plan", "treatment plans"),
        # Therapies, cancer care, fertility treatment, screening and imaging.
        *("physiotherapy", "chemotherapy", "chemo", "radiotherapy", "iui", "icsi", "egg freezing"),
        *("embryo transfer", "mammogram", "colonoscopy", "biopsy", "pap smear", "mri", "ct scan"),
        # Dental charting.
        *("periodontal chart", "perio chart", "pocket depth", "pocket depths", "dental history"),
    ),
    "diagnosis": (
        # A tuberculosis screen's result; hepatitis B and C as a blood panel keys them (`bloodwork.hepB`).
        *("tb screen", "tb screen result", "tb test result", "hep b", "hep c", "hepb", "hepc"),
        "pathology",
        # A clinical trial's adverse events, coded in MedDRA (`MeddraCode`, `meddra_pt`).
        *("meddra", "meddra code", "meddra pt", "meddra term", "meddra llt"),
        "icd",
        "rozpoznanie",
        # SNOMED CT, DSM-5, Brazil's CID-10 (not a bare `cid`: Google Analytics' client id), an
        # EHR's problem list.
        *("snomed", "snomed code", "snomed ct", "dsm5", "dsm 5", "dsm code", "dsm5 code"),
        *("cid10", "cid 10", "cid11", "cid 11", "codigo cid", "problem list"),
        # A tumour's markers and a chromosome test (`karyotype: "46,XX"`; not `biomarker`: a lab's
        # catalogue of tests too).
        *("tumor markers", "tumour markers", "karyotype"),
    ),
    # A worker's safety cards: the UK's CSCS, Australia's construction white card, OSHA outreach
    # cards; criminal record checks' certificates (England's DBS, Scotland's PVG, Australia's
    # Working With Children Check).
    # (Not a certification's or a certificate's name: a list of a trainer's or an installer's
    # certifications is green to 11 labellers of 13.)
    "certificate": (
        # A hunter education certificate's number. (Not `hunter ed number`: a word `ed` would
        # split `passed`, `blinded` and `modeled` in run-together keys.)
        "hunter education number",
        *("vaccination certificate", "vaccination certificate id"),
        *("birth registration", "birth registration number"),
        *("uvci", "cpc card", "driver cpc"),  # an EU vaccination certificate's id; a professional driver's
        # The Philippines' NBI clearance and police clearances: a criminal-record certificate.
        *(
            "nbi clearance",
            "nbi clearance number",
            "nbi clearance no",
            "police clearance",
            "police clearance number",
        ),
        *("trf", "trf number"),  # an IELTS Test Report Form's number
        *("cscs card", "cscs card number", "cscs number", "white card number", "osha card number"),
        *("cscs registration number", "cscs registration no"),
        *("osha 10 card", "osha 30 card", "dbs number", "pvg number", "wwcc number"),
        "working with children check number",
        # A school's or a university's diploma.
        *("diploma number", "diploma no", "diploma serial number"),
    ),
    # A commercial driver's licence; a lawyer's bar number and a notary's commission number.
    "license": (
        # A doctor's and an optometrist's registration with their regulator (the UK's GOC).
        *("doctor registration number", "doctor registration no", "goc number", "goc registration number"),
        # A therapist's or a practitioner's registration (the UK's HCPC for occupational therapists
        # and physiotherapists).
        *("therapist registration number", "practitioner registration number", "hcpc number"),
        "hcpc registration number",
        # South Africa's professional driving permit, in English and Afrikaans.
        *("pdp number", "pdp nommer", "professional driving permit"),
        # A hunter's number: the licence a hunting card carries.
        "hunter number",
        "prof lic no",
        "truck reg",
        *("taxi medallion", "medallion number"),
        *("driving permit", "driving permit number"),
        *("car registration", "kjennemerke"),  # a car's plate; Norwegian: the plate
        "credential number",  # a professional licence's or a certification's number
        *("cdl", "cdl number", "bar number", "commission number"),
        # A vehicle's registration by other names: India's vehicle number, Australia's rego.
        *("vehicle number", "car number", "rego", "rego number", "vehicle rego", "car rego"),
        *("registration mark", "vehicle registration mark"),
        # A learner driver's permit and a provisional licence.
        *("learner permit", "learners permit", "learner permit number", "learners permit number"),
        *("provisional licence", "provisional licence number", "provisional license number"),
        # Clinicians' and pharmacists' registration and prescribing numbers: the US DEA, the UK's
        # GMC, NMC, GPhC, GDC and HCPC, Australia's AHPRA, Germany's LANR, France's RPPS and
        # ADELI, Brazil's CRM and COREN, Spain's colegiado, Ontario's CPSO, India's medical
        # council. (Not the NPI: a public registry number, green by the labels; nor a bare `crm`.)
        # A prescriber's DEA registration, also bare (`prescriber.dea`, `prescriberDea`).
        *("dea", "dea number", "dea registration", "dea registration number", "dea license"),
        *(
            "gmc number",
            "gmc reference",
            "gmc reference number",
            "gmc registration",
            "gmc registration number",
        ),
        *("nmc pin", "nmc number", "gphc number", "gphc registration", "gdc number", "hcpc number"),
        *("hcpc registration", "ahpra number", "ahpra registration", "ahpra registration number", "lanr"),
        *("rpps", "rpps number", "numero rpps", "adeli", "numero adeli", "numero crm"),
        *("crm medico", "coren", "numero coren", "numero colegiado", "cpso number", "medical license"),
        *("medical licence", "nursing license", "nursing licence", "medical registration number"),
        *("medical council registration", "mci registration number", "prescriber license"),
        # Permits to carry a gun; a gas engineer's Gas Safe and a security guard's SIA licence
        # (California's guard card): each names one person.
        *("concealed carry permit", "concealed carry license", "concealed carry licence", "ccw permit"),
        *(
            "ccw permit number",
            "ccw license",
            "carry permit",
            "firearm permit",
            "firearms permit",
            "gun permit",
        ),
        *("gas safe number", "gas safe id", "gas safe registration number", "gas safe licence number"),
        # Its digits as `gasSafeRegNumber` keys them (not a plate's `reg number`, which has letters).
        "gas safe reg number",
        *("sia licence number", "sia license number", "sia badge number", "guard card number"),
    ),
    "health id": (
        # A patient's number at a Turkish and a Hungarian clinic.
        *("hasta no", "hasta numarasi", "paciens azonosito", "beteg azonosito"),
        # Kenya's Social Health Authority number (SHA, which replaced NHIF).
        *("sha number", "sha no", "shif number"),
        # A patient's identifier; India's ABHA address, the handle of a health account.
        *("patient identifier", "abha address", "abha pata"),
        # A UK hospital's own patient number.
        "hospital number",
        "occupational health file",
        *("esic ip number", "esic ip"),  # India's state health insurance (ESIC)
        *(
            "nhis number",
            "nhis membership",
            "nhis membership number",
        ),  # Ghana's and Nigeria's health insurance
        "art clinic number",  # an HIV clinic's patient number
        *("nhi", "nhi number"),  # New Zealand's National Health Index
        *("pat num", "patnum"),  # Open Dental's patient number
        # A dental or medical chart's number, Spain's historia clínica (NHC), Medicaid's id.
        "chart number",
        # Ontario's health card; a hospital's file number (the Gulf's).
        *("ohip", "ohip number", "hospital file no", "hospital file number"),
        "nhc",
        # India's hospital patient id and its national health account (ABHA number and address).
        *("uhid", "abha", "abha number", "abha id", "abha address"),
        # India's public health insurance cards: Ayushman Bharat (PM-JAY), the central
        # government's scheme (CGHS).
        *("ayushman card", "ayushman card number", "ayushman bharat card", "ayushman bharat id", "pmjay id"),
        *("cghs card", "cghs card number", "cghs beneficiary id"),
        # The European health insurance card's number.
        *("ehic", "ehic number"),
        "medicaid id",
        "mbi",
        "medicare mbi",
        "medicare beneficiary identifier",
        "medicare beneficiary id",
        "nhif number",
        "nhif",
        "philhealth",
        "philhealth number",
        # Québec's and France's health insurance numbers.
        "numero assurance maladie",
        "assurance maladie",
        # A hospital's patient number (an app's `patient_id` is its own); Scotland's CHI, Canada's
        # provincial health numbers (BC's PHN, Québec's RAMQ), Australia's IHI and Medicare card,
        # New Zealand's NHI.
        *("patient number", "hospital patient number", "chi number", "community health index"),
        *("personal health number", "health number", "health card", "ramq", "ramq number"),
        *("ihi", "ihi number", "individual healthcare identifier", "medicare card", "medicare card number"),
        *("medicare id", "nhi number", "national health index", "numero cns", "cartao nacional saude"),
        "kvnr",  # Germany's Krankenversichertennummer
        # Zambia's national health insurance (NHIMA) and Rwanda's and Ethiopia's community-based
        # health insurance (CBHI) numbers.
        *("nhima number", "cbhi number"),
        # California's Medi-Cal, Ireland's medical card (GMS) and Australia's health care card.
        *("medi cal id", "medi cal number", "medical card number", "gms number", "gms card number"),
        *("health care card number", "medicaid recipient id", "medicaid member id"),
        # The individual reference number beside a name on Australia's Medicare card.
        *("medicare irn", "medicare reference number"),
    ),
    "ethnicity": (
        # Canada's employment-equity question.
        "visible minority",
        # Singapore's Chinese dialect group (Hokkien, Teochew, Cantonese) on school and census forms.
        "dialect group",
        # Guatemala's linguistic community and Chile's and Guatemala's indigenous peoples.
        *("comunidad linguistica", "pueblo originario", "pueblo maya"),
        # Where a person's forebears came from, as a donor profile or a DNA test reports it.
        *("ancestry", "ancestries", "genetic ancestry", "ancestry composition"),
        # A census's ethnicity and caste in romanised Amharic and Nepali.
        *("behereseb", "bihereseb", "jat", "jati"),
        # Taiwan's indigenous status.
        *("原住民", "原住民身分", "原住民身份"),
        *("ancestry composition", "ethnic origin", "suku"),  # Indonesian: ethnic group
        "complexion",
        # `IS_HISPANIC`, `isHispanicLatino` (the US census question); Quebec's and France's
        # Indigenous identity.
        *("hispanic", "latino", "identite autochtone", "autochtone"),
        # Australia's Aboriginal and Torres Strait Islander status.
        *("atsi", "atsi status", "aboriginal status", "torres strait islander"),
        *("hispanic latino", "hispanic or latino", "hispanic origin", "tribe", "iwi", "hapu", "haplogroup"),
        *("maternal haplogroup", "paternal haplogroup", "genetic communities", "ethnicity regions"),
        *("caste", "caste category"),  # India's caste
        "social category",  # India's forms' name for the caste category (SC, ST, OBC)
        # A caste certificate and Tamil Nadu's community certificate, which states the caste.
        *("caste certificate", "caste certificate number", "community certificate"),
        *("indigenous", "indigenous identity"),
    ),
    # Portuguese `orientacao_sexual`, a dating profile's `preferred_genders` (not `interested_in`:
    # as often a shopper's categories).
    "sexual orientation": (
        "couple type",  # a wedding's `bride_bride`, `groom_groom`
        "show me",  # a dating app's "show me: women"
        *("orientation", "orientacao sexual", "preferred genders"),
        # Equality monitoring's and dating apps' names; sex life as sexual health forms ask it.
        *("sexual identity", "lgbt", "lgbtq", "lgbtqia", "lgbtq identity", "lgbtq status"),
        *("sex life", "sexual activity", "sexually active", "sexual partner", "sexual partners"),
        *("number of sexual partners", "sexual history", "sexual behaviour", "sexual behavior"),
        *("sexual intercourse", "unprotected sex"),
    ),
    "salary": (
        # Pay for time off and a wage's unpaid balance (a crew's `leavePayUsd`, `wageBalanceUsd`).
        *("leave pay", "holiday pay", "vacation pay", "sick pay", "wage balance", "wages balance"),
        # What a race pays an elite runner to start.
        "appearance fee",
        # An employee's base pay before allowances (`BasicPay`).
        *("basic pay", "basic salary"),
        # Pre-injury average weekly earnings (PIAWE), the base of an injured worker's pay.
        *("piawe", "pre injury average weekly earnings"),
        # What a translator or a writer is paid by the page or the word.
        *("rate per page", "page rate", "per page rate", "rate per word", "word rate", "per word rate"),
        # Tax withheld from pay, in Japanese.
        *("源泉徴収", "源泉徴収額", "gensen choshu"),
        *("proposed salary", "base pay annualized"),
        *("wage rate", "daily wage rate", "daily wage"),
        *("tips earned", "gross pay", "net pay", "weekly earnings", "raatib"),
        *("amdani", "luong mong muon", "muc luong"),  # Hindi: income; Vietnamese: (desired) salary
        # Switzerland's and Germany's yearly wage, Chile's taxable pay.
        *("jahreslohn", "jahreslohn brutto", "bruttolohn", "renta imponible"),
        "wages box 1",  # a W-2's wages
        # Pay on top of a wage: a sales agent's commission, a staff member's incentive.
        *("commission amount", "incentive amount", "incentive pay"),
        *("monthly pay", "weekly pay", "net monthly pay"),
        # Spain's payslip gross total (total devengado).
        "total devengado",
        "hourly rate",
        # A locum's, a crew's or a tradesperson's pay by the day (not a `daily_rate`: a car's or
        # a room's price in 3 read labels of 4).
        "day rate",
        "ytd gross",
        # Affordability checks' net pay (`income_after_tax`; `income` alone is in the table).
        *("income after tax", "income after taxes", "net income after tax"),
        "gross ytd",
        "ytd earnings",
        "ytd pay",
        "gross pay",
        "net pay",
        "take home pay",
        "earnings",
        "gross earnings",
        "sign on bonus",
        "signing bonus",
        *("desired pay", "expected pay", "tips paid", "earnings balance"),
        *("valor hora", "tarifa por hora", "percepciones", "total percepciones"),  # pt, es (Mexico)
        *("nomina", "importe nomina", "overtime rate", "overtime pay"),
        # A worker's tips are pay (a customer's `tip` on an order is not).
        *("cash tips", "card tips", "tips total", "total tips", "tips declared", "declared tips"),
        # Hospitality staff's share of the tips pool (the UK's tronc).
        *("tip share", "tronc", "tronc share", "tip pool share"),
        "pay rate",
        "base pay",
        "salary expectation",
        "salary expectations",
        "desired salary",
        "expected salary",
        "gehaltsvorstellung",
        "gehaltswunsch",
        "pretentions salariales",
        "varshik aay",
        "brutoloon",
        "uurloon",
        # A tax return's adjusted gross income.
        "agi",
        "adjusted gross income",
        "prior year agi",
        # India's cost to company: the offer's and the candidate's pay.
        "ctc",
        "current ctc",
        "expected ctc",
        "annual ctc",
        "cost to company",
        # A worker's last and regular pay, bonuses and severance (the Gulf's end-of-service gratuity).
        *("final pay", "final paycheck", "paycheck", "total pay", "job pay", "take home"),
        *("hourly pay", "remuneration", "stipend", "severance", "severance pay", "redundancy pay"),
        *("eosb", "annual bonus", "performance bonus"),
        *("target bonus", "retention bonus", "on target earnings", "ote", "total comp"),
        # Payouts and commissions paid to a person (not a bare `payout_amount` or `commission_amount`:
        # a business's too, labellers split).
        *("driver payout", "courier payout", "rider payout", "worker payout", "tasker payout"),
        *("dasher payout", "coach payout", "tutor payout", "therapist payout", "walker payout"),
        *("sitter payout", "cleaner payout", "creator payout", "freelancer payout", "instructor payout"),
        *("driver pay", "courier pay", "rider pay", "worker pay", "guaranteed pay", "hourly guarantee"),
        *("agent commission", "employee commission", "staff commission", "commission payout"),
    ),
    "city": (
        # Where someone lives, as a municipality or Nigeria's local government area names it (a
        # bare `municipality` or `lga` is as often a listing's or a site's: labels split).
        *("home municipality", "municipality of residence", "home lga", "residential lga"),
        "home district",
        "lga of residence",
    ),
    "condition": (
        # A relapse (of an addiction or an illness), a contagious child; the drug a treatment
        # service records as the client's main one, in French, Portuguese and Spanish; a hair
        # loss's stage on the Norwood and Ludwig scales.
        *("relapse", "relapsed", "contagious", "infectious"),
        *("substance principale", "substancia principal", "substância principal", "sustancia principal"),
        *("norwood", "norwood scale", "hamilton norwood", "ludwig scale"),
        # Special education's primary need (a child's main difficulty).
        "primary need",
        # Tobacco as a death certificate's contributing cause.
        "tobacco contributed",
        # Fitness for work, a premature birth, concussions and their sport assessment (SCAT),
        # support needs and a suspected substance, as site-safety, paediatric, combat-sport and
        # outreach forms ask.
        *("fit for work", "fitness for work"),
        *("born premature", "premature birth", "concussions", "scat5"),
        *("scat6", "scat score", "support needs", "substance suspected", "suspected substance"),
        # Symptoms a screening or a fitness questionnaire asks about (`back_pain`, `q3_dizziness`,
        # `feeling_unwell_today`); end-stage renal disease; Guillain-Barré, as a vaccine screening asks.
        *("back pain", "chest pain", "dizziness", "feeling unwell", "esrd", "end stage renal disease"),
        *("guillain barre", "guillain barre syndrome"),
        # A surgery's aftermath and its risk: a complication, swelling, the anaesthetist's ASA
        # physical status class; a dermatologist's Fitzpatrick skin type (how skin burns and scars).
        *("complication", "complication type", "swelling", "swelling level", "asa class", "asa grade"),
        *("asa physical status", "fitzpatrick", "fitzpatrick skin type", "fitzpatrick type"),
        # An organ's or a body part's problems, as a medical questionnaire asks about them
        # (`lung_problems`, `q4_bone_joint_problem`, `heart_problems`).
        *("heart problem", "lung problem", "breathing problem", "back problem", "joint problem"),
        *("bone joint problem", "kidney problem", "liver problem", "ear problem", "sinus problem"),
        *("hearing problem", "vision problem", "eye problem", "memory problem", "skin problem"),
        *("bladder problem", "bowel problem", "stomach problem", "mental health problem", "sleep problem"),
        # How someone says they feel at a check-in (`feeling: "lonely"`, `feelingWellToday`); a
        # bare `feeling` is a whole key only.
        *("feeling", "feeling well"),
        # A pregnancy's and a birth's findings: the baby's position, the placenta's, the danger signs a
        # midwife teaches, reduced movements, a tear, jaundice, the bleeding after birth (lochia).
        *("fetal presentation", "placenta position", "placental position", "placenta location", "lochia"),
        *("danger signs", "danger sign", "reduced fetal movements", "reduced movements", "perineal trauma"),
        *("perineal tear", "jaundice", "neonatal jaundice", "medical reason", "unexplained weight loss"),
        # A distress screening's score (the K10's, diabetes distress).
        *("distress score", "diabetes distress", "diabetes distress score"),
        # A worker who is pregnant or has just given birth, as a risk assessment records it.
        *("expectant mother", "new or expectant mother"),
        # A diabetic's glucose control read from a sensor (time in range), an insulin pump's
        # wearer, awareness of their lows; a skin reaction to a sensor's adhesive.
        *("time in range", "pump user", "insulin pump user"),
        *("hypo awareness", "impaired hypo awareness", "hypoglycaemia awareness", "hypoglycemia awareness"),
        *("skin reaction", "hearing test", "hearing test result"),
        # A drug or alcohol test's finding (`OralFluidResult`, `SubstancesDetected`).
        *("oral fluid result", "substances detected", "substance detected"),
        # A child's developmental concerns; vaccinations up to date.
        *(
            "developmental concerns",
            "developmental delay",
            "immunisations up to date",
            "immunizations up to date",
        ),
        "vaccinations up to date",
        *("diarrhoea", "diarrhea"),
        # A transplant list's status, a long-term condition, a child's mental-health referral (CAMHS)
        # and strengths-and-difficulties score (SDQ); a debt's medical hardship; swelling and a child's
        # nutrition as a survey's health module records them; a pilgrim's health fitness for Hajj
        # (istitha'ah); health status in Malay and Indonesian; Taiwan's catastrophic illness card.
        *("transplant listed", "transplant waitlist", "transplant waiting list", "long term condition"),
        *("long term illness", "long term health condition", "camhs", "camhs referral", "sdq score"),
        *("sdq total score", "medical hardship", "oedema", "edema", "nutrition status", "nutritional status"),
        *("istithaah", "istitaah", "status kesihatan", "status kesehatan", "重大傷病", "重大傷病卡"),
        # NEWS2, the National Early Warning Score a care home or a ward charts.
        *("news2", "news2 score", "early warning score"),
        *("malnutrition", "malnutrition status", "refractive error"),
        "restrictions",  # a whole key only (engine._WHOLE_KEYS_ONLY)
        # Survivors of gender-based violence and of torture, as humanitarian case files flag them
        # (`sgbvSurvivor`, `survivorOfTorture`); altitude sickness a trek asks about.
        *("sgbv survivor", "gbv survivor", "survivor of torture", "torture survivor", "sgbv", "gbv"),
        *("altitude sickness", "altitude sickness history", "acute mountain sickness"),
        *("is nursing", "pregnant or nursing"),
        # Fitness-for-work limits a doctor sets (`medicalRestriction: true`).
        *("medical restriction", "medical restrictions"),
        # A clinician's past medical and family history (PMH, FHx); implants and home equipment;
        # why someone is vulnerable, was off sick or sees a counsellor; a screening's finding.
        *(
            "pmh",
            "past medical history",
            "fhx",
            "family medical history",
            "family history",
            "implanted device",
        ),
        *("implanted devices", "medical equipment", "vulnerability reason", "sick leave reason"),
        *("counseling reason", "counselling reason", "screening result", "pathology report", "pathology"),
        # Away sick, in a hospice, terminally ill; a pacemaker or implants a crematorium or a scanner must
        # know about; fit to fly, cleared by a doctor.
        *("sick leave", "on sick leave", "sick day", "hospice care", "terminal illness", "terminally ill"),
        *("pacemaker", "implant", "infectious precautions", "fit to fly", "medical clearance"),
        # A worker's medical fitness and a medical evacuation (a crew's `fitForSeaDuty`).
        *("fit for duty", "fitness for duty", "fit for sea duty", "medical repatriation", "medevac"),
        *("requires medical clearance", "doctor approval required", "doktor onayi gerekli"),
        "warning signs",  # a safety plan's
        # Why a pupil or a worker was away, a lab result's value and its abnormal flag, the body part hurt.
        *("absence reason", "abnormal flag", "body part"),
        # A collector's hardship reasons, MedDRA's preferred terms, a player's medical alert, and
        # the electro-dependent (home medical equipment on mains power, Spain's and Argentina's register).
        *("hardship reason", "meddra pt", "meddra term", "medical alert", "lost consciousness"),
        *("loss of consciousness", "mental capacity", "electrodependent", "electro dependent"),
        "electrodependiente",
        "hiv aid",  # `hiv_aids`, as keys are read (a plural's last s dropped)
        # An Indonesian or Malay form's COVID status.
        "status covid",
        *("ailment", "bleeding disorder", "medical diet", "long term illness", "sintomas"),
        # Care a traveller or a worker needs (`cpap_device`, `requires_oxygen`, `fit_for_duty`).
        *("contraindications", "cpap", "cpap device", "dialysis", "dialysis required", "requires oxygen"),
        *("oxygen required", "fit for duty", "motion sickness", "inhaler", "blessures"),
        *("cycle regularity", "previous losses"),  # fertility tracking
        *("medical assistance needed", "presenting problem", "presenting issue", "triage category"),
        *HEALTH_MEASURES,
        *DISEASES,
        "diabetic",
        "prenatal",
        "medical hold",
        "medical notes",
        "sickness reason",
        "injured",
        "fever",
        "fever today",
        "presenting concern",
        "presenting concerns",
        "smoking",
        "smokes",
        "tobacco user",
        "drinker",
        "menstrual cycle",
        "cycle day",
        "ovulation",
        "fertility",
        "ecg",
        "ekg",
        "covid status",
        "covid test result",
        "lab result",
        "lab results",
        "test results",
        "injury",
        "injuries",
        "wound",
        "lesion",
        "lesiones",
        "medical oxygen",
        # Energy suppliers' priority services: equipment and care needs at the address.
        "medical attention",
        "life support",
        "life support equipment",
        "medical equipment",
        "medical baseline",
        "priority services register",
        "psr",
        "immunocompromised",
        "drug use",
        "contraception",
        "contraceptive",
        "contraception method",
        "contraceptive method",
        "birth control",
        "ivf",
        "trying to conceive",
        # A donor's screening: blood group and Rh, CMV status, reactions, why they were deferred.
        "rh",
        "rh factor",
        "cmv status",
        "adverse reaction",
        "adverse event",
        "deferral reason",
        "deferral code",  # a blood donor's, why they may not give (`HGB_LOW`, `PREGNANCY`)
        # A medical clearance (Argentina's `apto_fisico`), a chest X-ray's and hepatitis tests'
        # results (a work visa's medical).
        *("apto fisico", "apto medico", "chest xray", "chest x ray", "hepatitis b", "hepatitis c"),
        "concern",  # a whole key only (engine._WHOLE_KEYS_ONLY): a clinic's `concern: "acne"`
        # An energy retailer's concession for a condition that needs cooling (Australia).
        *("medical cooling", "medical cooling concession"),
        "takes medication",
        "breastfeeding",
        "pacemaker",
        "cause of death",
        "manner of death",
        # A hospice's admitting diagnosis (not a payment terminal's).
        *("terminal diagnosis", "terminal illness", "terminally ill"),
        "carrier status",
        "predisposition",
        "concussion",
        "concussion history",
        # Care plans: continence, a swallowing diet's texture, resuscitation orders.
        "continence",
        "continence support",
        "diet texture",
        "dnacpr",
        "dnr",
        "do not resuscitate",
        # On a weight-loss or diabetes drug: as a flag it tells the condition.
        "glp1",
        "on glp1",
        "cervical mucus",
        "mood",
        "mood score",
        "mood tags",
        "mood rating",
        # Conditions a pharmacy also sells for by name (a product category `Eczema`): keys only,
        # never whole values.
        *("eczema", "psoriasis", "insomnia", "incontinence", "migraines", "tinnitus", "gout"),
        # An audiologist's case history: dizziness, noise heard at work or in the army, and the
        # degree of hearing loss in Korean (청력 손실 정도).
        *("vertigo", "dizziness", "noise exposure", "청력 손실", "청력 손실 정도"),
        # A mental-health app's risk screening and safety planning (not `crisis_line_shown`: the
        # app's own banner).
        *("ideation", "crisis", "crisis flag", "crisis level", "crisis risk", "crisis keyword", "in crisis"),
        *("safety plan", "active safety plan", "crisis plan"),
        *("psychiatric hospitalization", "psychiatric hospitalisation", "psych hospitalization"),
        # (Not a bare `hospitalization`: an insurance plan's benefit.)
        *("hospitalized", "hospitalised", "psychiatric admission", "prior hospitalization"),
        *("recent hospitalization", "previous hospitalization", "hospitalization history"),
        *("prior hospitalisation", "recent hospitalisation", "hospitalisation history"),
        *("involuntary hold", "psychiatric hold", "inpatient admission"),
        *("psychiatric history", "psychiatric diagnosis", "psychiatric condition", "psychiatric illness"),
        # A cancer's spread (`brain_mets`), a mother's breastfeeding (`lactation_room`), an airline's
        # medical information form for a passenger who is unwell (MEDIF; not its `medif_form_id`).
        *("metastases", "metastasis", "brain mets", "bone mets", "lactation", "lactating", "medif"),
        "lactation room",
        # A pregnancy's obstetric history: caesarean births.
        *("c section", "c sections", "csection", "csections", "caesarean", "cesarean", "caesareans"),
        # Resuscitation orders (not `code status`: a promo or an access code's) and a care plan's
        # therapeutic diet (IDDSI texture levels, fluids).
        *("resuscitation status", "resus status", "do not intubate", "therapeutic diet", "diet order"),
        *("iddsi", "iddsi level", "thickened fluids", "fluid consistency", "fluid restriction"),
        *("texture modified diet", "modified diet", "renal diet", "diabetic diet", "cardiac diet"),
        # Smoking, drinking and drug use as an intake form or a risk questionnaire counts them.
        *("cigarettes per day", "pack years", "alcohol units", "alcohol units per week", "drinks per week"),
        "opioid use",
        *("cannabis use", "marijuana use", "vaping", "vaper"),
        # What a treatment service records of use: the drugs (`results.cocaine` on a urine screen),
        # the substance treated first and others, how it is taken, cravings and overdoses. (In the
        # singular, as the plurals are read: `drugs` in the vocabulary would keep `prescribedDrugs`
        # from reading as a drug.)
        *("cocaine", "heroin", "fentanyl", "methamphetamine", "amphetamine", "xylazine", "opiate"),
        *("primary substance", "secondary substance", "other substance", "other substances"),
        *("substance of choice", "drug of choice", "substance used", "route of use", "craving level"),
        *("craving score", "craving intensity", "overdose", "injects drug", "injecting drug use"),
        *("injection drug use", "urine drug screen"),
        # What a customer discloses of their health to a gambling or a lending firm.
        *("health disclosure", "health disclosures"),
        *("panic attack", "panic attacks", "trauma history", "childhood trauma"),
        # Pregnancy, the cycle and sexual activity as a tracker logs them.
        *("gravida", "lactating", "postpartum", "weeks postpartum", "menstrual flow", "period flow"),
        *("flow intensity", "spotting", "opk", "opk result", "libido", "intercourse", "sexual activity"),
        "unprotected sex",
        # Devices and wounds a care plan manages.
        *("catheter", "ostomy", "stoma", "feeding tube", "tube feeding", "peg tube", "pressure ulcer"),
        *("pressure injury", "bedsore", "wandering risk", "elopement risk"),
        # A telehealth visit's reason; an eye exam's and a dentist's findings.
        *("consult reason", "consultation reason", "myopia", "astigmatism", "presbyopia", "bruxism"),
        # Workers' drug and alcohol testing (transport, construction), fitness for work: the US DOT
        # physical, a pilot's or a seafarer's medical, the UK's fit note, duties restricted by an injury.
        *("drug screen", "drug screen result", "drug screening", "drug screening result", "alcohol test"),
        *("alcohol test result", "breathalyzer result", "breathalyser result", "breath test result"),
        *("blood alcohol", "blood alcohol content", "blood alcohol level", "bac level", "dot physical"),
        *("dot medical card", "dot medical certificate", "pilot medical", "faa medical class"),
        # (Not a `fit_note`: a field service's record that one was handed in, labelled green.)
        *("aviation medical", "seafarer medical", "sickness absence reason"),
        *("work restrictions", "return to work restrictions", "light duty", "workplace injury"),
        *("occupational injury", "work injury"),
        # A counsellor's notes on a client (and `counselling` kept whole, not `counsel` + `ling`).
        *("counselling notes", "counseling notes"),
        # Genetic data (GDPR art. 9): a study's, a clinic's or a DNA kit's results.
        *("genotype", "apoe genotype", "apoe4", "apoe status", "brca status", "brca result", "brca1"),
        *("brca2", "brca mutation", "genetic test", "genetic test result", "genetic testing result"),
        *("genetic results", "genetic risk", "genetic variant", "genetic variants", "genetic condition"),
        *("genetic disorder", "dna test result", "raw dna", "pharmacogenomic results", "pgx results"),
        # Blood typing and transplant matching (not a bare `abo`: German for a subscription; nor
        # `cross_match`: a matching engine's).
        *("abo rh", "rhesus", "rhesus factor", "hla", "hla type", "hla typing", "hla antibodies"),
        *("crossmatch", "crossmatch result", "antibody screen", "phenotype"),
        # Sight and teeth as a test finds them (hearing loss is a disability); sexually transmitted
        # infections a test names (keys only: a pharmacy sells for them by name).
        *("color vision", "colour vision", "color blindness", "colour blindness"),
        *("tooth chart", "dental chart", "odontogram", "missing teeth", "bleeding on probing", "caries"),
        *("caries risk", "cavities", "periodontal status", "periodontitis", "gingivitis", "gum disease"),
        *("malocclusion", "chlamydia", "gonorrhea", "gonorrhoea", "syphilis", "trichomoniasis", "hpv"),
        *("herpes", "high risk pregnancy", "miscarriage"),  # (not `hsv`: a colour)
        # Screening tests' results an employer, an insurer or a clinic gets (not a bare `nicotine`: a
        # vape's strength; nor `tb_test`: `tb_test_required` is a visa's rule), obstructive sleep
        # apnoea.
        *("drug test", "tox screen", "toxicology screen"),
        *("nicotine test", "nicotine result", "cotinine", "tb result", "quantiferon", "osa"),
        # Sight as a driving licence's or a school's eye test asks about it.
        *("wears glasses", "wears glasses or lenses"),
        *("corrective lenses", "colorblind", "colourblind", "color blind", "colour blind"),
        # Vaccination as a school, a crew agency or an employer records it (a pet's is its own);
        # a medical's verdict on fitness for work; home oxygen; a monitor's arrhythmia flag.
        *("vaccinated", "fully vaccinated", "immunisation status", "immunization status"),
        *("immunizations", "immunisations", "immunization record", "immunisation record"),
        *("fit to work", "fitness outcome", "fitness result", "medical fitness"),
        *("oxygen in use", "on oxygen", "home oxygen", "irregular heartbeat", "irregular rhythm"),
        *HEALTH_DATES,
    ),
    "medication": (
        # Drugs a labour ward gives: oxytocin, pain relief, supplements.
        *("oxytocin", "oxytocin given", "pain relief", "analgesia", "supplements given"),
        # A dose counted in units (insulin).
        "dose units",
        "sig directions",  # a prescription's directions
        *("arv regimen", "art regimen"),  # antiretroviral therapy
        *("rxnorm", "rxnorm code", "current treatment", "traitement en cours"),
        # A dispensed drug's National Drug Code (a product list's `products[].ndc` is the shop's).
        *("ndc", "ndc code", "national drug code"),
        "kan sulandirici",  # Turkish: blood thinner
        *("prescribed", "anticoagulants", "blood thinners"),  # (not `vaccine`: as often a pet's)
        "naloxone",
        "blood thinners",
        "prescription name",
        "medication name",
        "rx name",
        # Canada's drug identification number (an NDC is split: a catalogue's or a dispensed
        # drug's, three labellers each), a French prescription's number.
        "din",
        "numero ordonnance",
        # Prescription numbers and codes (policy: yellow medication): Poland's e-recepta, Czechia's
        # eRecept identifier.
        "prescription key",
        "nr recepty",
        "numer recepty",
        "kod recepty",
        "erecepta",
        "erecept",
        "identifikator receptu",
        "cislo receptu",
        # What a person takes, in Polish and Czech: dosage, medicinal product.
        "dawkowanie",
        "davkovani",
        "lecivy pripravek",
        # What a prescription says about the drug and how it is taken.
        *("medication strength", "drug strength", "dosage strength", "rx strength", "medication dose"),
        *("insulin", "insulin dose", "insulin type", "on insulin", "insulin dependent"),
        "insulin to carb ratio",
        # HIV prevention and hormone therapy (not a bare `prep`: a kitchen's preparation).
        *("on prep", "hiv prep", "prep prescription", "on hrt"),
        *("antibiotics", "taking antibiotics", "on antibiotics"),
        # Drug classes that tell the condition.
        *(
            "antidepressant",
            "antidepressants",
            "ssri",
            "antipsychotic",
            "antipsychotics",
            "opioid",
            "opioids",
        ),
        *("benzodiazepine", "benzodiazepines", "methadone", "buprenorphine", "suboxone"),
        # A dispensed drug's National Drug Code and a controlled substance prescribed (not a bare
        # `ndc` or `controlled_substance`: a catalogue's too, `products[].ndc`).
        *("dispensed ndc", "prescribed ndc", "ndc dispensed", "prescription ndc"),
        # A clinical trial's concomitant medications.
        *("conmeds", "con meds", "concomitant medication", "concomitant medications"),
        *("controlled substance prescription", "controlled substance rx", "on controlled substances"),
    ),
    "geolocation": (
        # A hexagonal grid cell (Uber's H3) small enough to place a rider.
        *("h3 index", "h3 cell", "h3 cell id"),
        "gps breadcrumbs",
        "gps trace",
        *("akshansh", "deshantar", "अक्षांश", "देशांतर"),  # latitude and longitude in Hindi
        "what3words",
        "w3w",
        "coords",
        "geo coords",
        "precise location",
        "exact location",
        "gps location",
        "geopoint",
        "polyline",
        "route polyline",
        "gps track",
        "pickup location",
        "dropoff location",
        "drop off location",
        "current location",
        "last known location",
        "live location",
        "location history",
    ),
    # LinkedIn's first-party click id; `ifa`, the IDFA as older SDKs name it.
    "advertising id": ("oaid", "android advertising id", "li fat id", "ifa"),
    "mac": ("bluetooth address", "ble address", "ble mac", "bluetooth mac", "wifi address"),
    "token": (
        *("stored payment method", "stored payment method id", "payment method nonce", "payment nonce"),
        # A voucher's unique code spends like a gift card's.
        "voucher code",
        "recurring detail reference",  # Adyen's stored card
        "ds merchant identifier",  # Redsys's stored card (`Ds_Merchant_Identifier`)
        "session cookie",
        "auth cookie",
        # Links and codes that sign someone in or reset their password.
        "reset url",
        "reset link",
        "password reset link",
        "password reset url",
        "magic link",
        "login url",
        "login link",
        # A device management enrolment's code, an app's enrolment code (2 labels of 2).
        *("enrollment code", "enrolment code", "mdm enrollment code"),
        # A private calendar or podcast feed's address: its path is the key that opens it.
        *("private feed url", "ical feed url", "ical url", "calendar feed url", "webcal url"),
        "authorization code",
        "passkey",
        # A card's billing key for recurring charges (Korean PGs: Toss, NicePay).
        "billing key",
        "oauth code",
        "tan",  # a bank's transaction number: one transfer's code
        *ONE_TIME_CODES,
    ),
    "secret": (
        *("door pin", "door pin code"),
        *("door lock code", "lock code"),
        # A device pairing's and a gate pass's code.
        *("pairing code", "gate pass code", "open code"),
        # A Stripe ephemeral key lets a mobile client act for the customer.
        "ephemeral key",
        "stream key",  # a live stream's key: whoever holds it broadcasts as the streamer
        # Whoever holds a gift card's code spends it.
        "gift card code",
        "key safe code",
        *("keybox code", "key box code", "lockbox code"),
        "keysafe code",
        "locker code",  # a locker's own code, as a door's
        "key safe",
        *("code porte", "code portail"),  # a door's and a gate's code in French
        "digicode",
        "gift code",
        "gift card pin",
        # Codes that move a phone line: whoever holds one takes the number.
        "pac code",
        "porting code",
        "transfer pin",
        "anti phishing code",
        "anti phishing phrase",
        "security phrase",
        "secret phrase",
        "memorable word",
        "access instructions",
        "entry instructions",
        "gate code",
        "door code",
        "entry code",
        "access code",
        "buzzer code",
        "lockbox code",
        "alarm code",
        # A Wi-Fi network's pre-shared key.
        "psk",
        "pre shared key",
        "code word",
        "codeword",
        # An alarm panel's codes: the duress code silently calls for help, the others disarm.
        *("duress code", "duress word", "panic code", "disarm code", "arming code", "alarm user code"),
        *("installer code", "keypad code", "safe word", "safeword"),
        # A SIM's unblocking key; the UK's switching code (STAC) and port-out codes.
        *("puk", "puk code", "puk1", "puk2", "sim puk", "stac", "stac code", "porting pin"),
        # A crypto wallet's seed: whoever holds it holds the funds (BIP-39 mnemonic, extended keys).
        *("seed phrase", "mnemonic", "mnemonic phrase", "recovery phrase", "secret recovery phrase"),
        *("wallet seed", "seed words", "backup phrase", "wallet recovery phrase", "xprv"),
        "extended private key",
        # The DVLA's licence check code: it opens a driver's record to whoever holds it.
        *("dvla check code", "licence check code", "driving licence check code"),
    ),
    # An EBT card pays out SNAP and cash benefits like a debit card.
    "credit card": ("ebt card", "ebt number", "ebt card number"),
    "address": (
        # Where a tradesperson's job or a builder's project is: the customer's home (4 labels of 4).
        *("job address", "job site address", "project address"),
        # Where an accident happened, as a motor claim reports it.
        *("accident location", "accident address", "luogo sinistro", "luogo incidente"),
        # A South African erf: the plot a house stands on, as a municipality numbers it.
        *("erf number", "erf no"),
        # A house's number in romanised Amharic.
        *("yebet kutir", "ye bet kutir"),
        "term time address",  # a student's address in term
        "camp block",  # where a refugee household's shelter stands
        # Mexico's outdoor and indoor numbers; the Netherlands' house-number suffix.
        *("exterior number", "interior number", "house number addition", "huisnummer toevoeging"),
        # A bare second line and a Brazilian address's complement; an Indian address's landmark.
        *("line 1", "line 2", "complemento", "landmark"),
        # A British address's first line (Adyen's houseNumberOrName), Germany's Adresszusatz.
        "house name or number",
        "house number or name",
        "adresszusatz",
        "dropoff",
        "drop off",
        "dropoff address",
        "pickup address",
        "shipping line",
        "billing line",
        "delivery line",
        "mailing line",
        # Most labellers flag a person's neighbourhood (Brazil's bairro is already Portuguese).
        "neighborhood",
        "neighbourhood",
        "barrio",
        # The parts of an East African address below the district: Uganda's sub-county, Kenya's
        # sub-location, a home village. (Not a bare `ward`: an electoral ward, labelled green.)
        *("sub county", "subcounty", "sub location", "sublocation", "home village", "village of residence"),
    ),
    "photo": (
        # A patient's X-ray as an image (`panoramic_xray_url`; not AWS X-Ray's `xray_trace_id`).
        *("xray url", "xray image", "xray images", "x ray image", "radiograph", "radiographs"),
        # A video of the person: a tutor's introduction, a home-exercise recording (4 labels of 5;
        # an exercise's own demo video, listed under it, is not).
        *("video url", "intro video url", "intro video"),
        # A selfie's image under its own object (`selfie.image_url`).
        *("selfie image", "selfie image url"),
        # A form's photo question's file (`photo_file`).
        "photo file",
        "selfie verification",
        # A person's picture made small (`thumbnail_url`: 5 labels of 5; a product's is under it).
        *("thumbnail", "thumbnail url"),
        # An X-ray or a scan's image; Germany's passport photo; a liveness check's selfie video.
        *("xray image", "x ray image", "passbild", "selfie video", "liveness video", "kyc video"),
        # An avatar and a face photo, in pinyin (头像, 人脸照片).
        *("touxiang", "renlian zhaopian"),
        "pasfoto",  # Dutch: a passport photo
        # A selfie holding an identity document, as Spanish and Portuguese KYC flows name it.
        "selfie documento",
        *("foto", "foto url"),
        # A handwritten signature's image (a typed one is a name).
        *("signature image", "signature url", "signature png", "signature photo"),
        # A signature's picture in Turkish, Greek, Spanish, Dutch, Portuguese, German and Polish
        # (not `firma url`: a company's website in German and Polish).
        *("imza url", "imza resmi", "imza gorseli", "ypografi url", "firma imagen", "imagen firma"),
        *("handtekening url", "handtekening afbeelding", "assinatura url", "assinatura imagem"),
        *("unterschrift url", "unterschrift bild", "podpis url", "podpis obraz"),
        "front image",
        "back image",
        "id front",
        "id back",
        "document image",
        "document photo",
        "face image",
        "face photo",
        "face scan",
        "avatar image",
        "user image",
        "user photo",
        "id photo",
        "document front",
        "card front",
        "card back",
        "card front image",
        "card back image",
        "foto perfil",
        "document back",
        "snapshot url",
        "snapshot image",
        "webcam snapshot",
        # An arrest's photograph; biometric templates of a face, a fingerprint, an iris, a voice
        # (access control, time clocks, identity checks): not a bare `fingerprint`, a browser's.
        *("mugshot", "mugshot url", "face template", "face embedding", "face vector", "facial template"),
        *("fingerprint template", "fingerprint image", "fingerprint scan", "biometric template"),
        *("iris scan", "iris template", "palm print", "voiceprint", "voice print"),
    ),
    "religion": (
        # Religion in romanised Amharic and Nepali.
        *("haymanot", "dharma"),
        "ramadan",  # `fasting_for_ramadan`
        *("sacraments", "sacraments requested", "last rites"),  # as a hospice's chaplain records them
        *("church affiliation", "faith affiliation", "religious affiliation"),
        # An airline's special meal, when its values are IATA codes or some say the faith
        # (TERM_ACCEPTS, CHOICES).
        *_MEALS,
        *("church tax", "church tax liable", "kirchensteuer"),  # Germany's church tax says the faith
        *("place of worship", "denomination", "baptized", "baptised", "baptism", "baptism date"),
        *("born again", "date born again", "madhab", "revert", "prayer facilities", "hijab"),
        "minority community",  # India's religious minorities (Christian, Sikh, Jain, Muslim)
        # A person's own dietary law or finance: `halal_only`, `dietary.kosher`,
        # `sharia_compliant_only` (a menu item's `is_halal` describes the dish).
        *("halal only", "dietary halal", "kosher only", "dietary kosher", "sharia compliant only"),
        # HR and school forms' and airlines' names for faith and its observance; a person's own
        # religious diet or banking (not a dish's or a product's `halal`).
        *("religious preference", "religious observance", "faith tradition", "religious accommodation"),
        *("religious exemption", "religious diet", "religious dietary requirements", "kosher meal"),
        *("halal meal", "requires halal", "requires kosher", "halal required", "kosher required"),
        *("keeps kosher", "ramadan mode", "observes ramadan", "fasting ramadan", "prayer mat"),
        *("sabbath observant", "shabbat observant", "observes sabbath", "observes shabbat"),
        *("shabbat mode", "sabbath mode"),
        # A conversion to Islam (Indonesian and Malay `mualaf`), a church's salvation decision,
        # a funeral's rites.
        *("mualaf", "muallaf", "salvation decision", "salvation date", "funeral rites"),
        *("church membership", "church member", "islamic account", "islamic banking"),
        # A member's church and its rites (not zakat or tithes: labelled green, `zakat_due`).
        *("home church", "home parish", "parish membership", "congregation", "church attendance"),
        *("mass attendance", "first communion", "first communion date", "confirmation name"),
        *("bar mitzvah", "bat mitzvah", "bar mitzvah date", "bat mitzvah date"),
    ),
    "veteran": (
        # India's ex-servicemen (a quota's and a pension's word for veterans).
        *("ex serviceman", "ex servicemen", "ex servicewoman", "ex service personnel"),
        # Taiwan's veteran status.
        *("榮民", "榮民身分", "榮民身份"),
        *("combatant", "former combatant"),  # a demobilised fighter's status (`ex_combatant_status`)
        # How a service member left and when they served.
        *("discharge type", "military discharge", "service era", "status ubd"),
        *("veteranenpas", "veteranenpas nummer"),  # the Netherlands' veteran's card
        *(
            "dva card",
            "dva card holder",
            "dva cardholder",
            "dva gold card",
            "dva file number",
        ),  # Australia's DVA
        *("military branch", "service branch", "military", "armed forces", "branch of service"),
        *("active duty", "active duty start date", "scra"),  # US Servicemembers Civil Relief Act
        # Service members and their families (the US Military Lending Act's covered borrower, the
        # VEVRAA self-identification), reservists and the UK's service leavers.
        *("servicemember", "service member", "servicemember status", "uniformed service"),
        *("national guard", "reservist", "reserve forces", "service leaver"),
        *("covered borrower", "mla covered borrower", "mla status", "vevraa"),
        # A US veteran's discharge papers (DD-214) and its characterization of service; the VA's
        # eligibility and benefits (a home loan's VA eligibility says the borrower served).
        *("dd214", "dd 214", "dd214 number", "dd form 214", "discharge papers", "military discharge"),
        *("military discharge type", "discharge characterization", "character of discharge"),
        *("characterization of service", "honorable discharge", "honourable discharge"),
        *("dishonorable discharge", "other than honorable", "bad conduct discharge"),
        *("va eligible", "va eligibility", "va loan eligible", "va loan eligibility", "va entitlement"),
        *("va benefits", "va healthcare", "va health care", "gi bill", "gi bill eligible"),
        *("post 911 gi bill", "tricare eligible", "tricare beneficiary", "military spouse"),
        # When one served and how one left: a war's period, the rank at separation.
        *("war period", "period of service", "rank at separation", "rank at discharge"),
        "gold star family",
        # The US Defense Department's person number (EDIPI, on the CAC), Australia's Department of
        # Veterans' Affairs file and Gold Card, the UK's veterans' compensation and war pensions.
        *("edipi", "dod id", "dod id number", "dva file number", "dva number", "dva gold card"),
        *("dva card", "veterans affairs number", "veterans affairs file number", "veteran id card"),
        *("war pension", "war pensioner", "armed forces compensation", "afcs award"),
    ),
    "disability": (
        # Ontario's special-education exceptionality; an augmentative and alternative communication
        # (AAC) device; HUD's HMIS "disabling condition of long duration" (`IndefiniteAndImpairs`).
        *("exceptionality", "aac device", "uses aac", "aac user", "indefinite and impairs"),
        # The level of care someone needs (Germany's Pflegegrad, a care home's `CARE_LEVEL`).
        "care level",
        # A US student's Section 504 plan, which is for a disability.
        *("section 504", "section 504 flag", "504 plan"),
        # A passenger's or a visitor's need of a ramp to board or enter.
        *("needs ramp", "needs a ramp", "ramp needed", "ramp required", "requires ramp"),
        # The UK's hidden-disabilities sunflower lanyard and the benefit for a disability's costs
        # (Personal Independence Payment; not a bare `pip`: a forex price step, Python's installer).
        *("sunflower lanyard", "hidden disability", "hidden disabilities"),
        *("personal independence payment", "receives pip", "pip award", "pip mobility", "pip daily living"),
        # A census's questions on difficulty seeing, hearing, walking, understanding (Spanish).
        *("limitaciones", "limitaciones permanentes", "limitacion permanente"),
        # Whether someone hears, and signing by touch (deafblind people's).
        *("hearing status", "tactile signing"),
        # A bare `mobility` says how someone moves (`_WHOLE_KEYS_ONLY`).
        "mobility",
        *(
            "accessibility requirements",
            "para classification",
            "para sport class",
        ),
        # The Washington Group's questions written out, and help with daily living.
        *("difficulty seeing", "difficulty hearing", "difficulty walking", "difficulty remembering"),
        *("difficulty communicating", "difficulty self care", "adl assistance", "adl dependency"),
        # The Washington Group questions on functioning (`washingtonGroup.seeing`: its items are the
        # answers, keys.HEALTH_DETAIL), UNHCR's specific needs, a mobility limitation, being housebound.
        *(
            "washington group",
            "washington group questions",
            "wgss",
            "wg ss",
            "specific needs",
            "specific need",
        ),
        *(
            "mobility limitation",
            "mobility limitations",
            "housebound",
            "housebound reason",
        ),
        # Mobility impaired; VoiceOver or TalkBack turned on; Argentina's disability certificate (CUD) and
        # France's mobility inclusion card (CMI); special care needs.
        *("mobility impaired", "mobility impairment", "voice over running", "voiceover running"),
        *("voiceover enabled", "talkback enabled", "tiene cud", "certificado unico discapacidad"),
        *("numero cmi", "carte mobilite inclusion", "special care needs", "needs special care"),
        # A disabled parking placard and its holder (US); accessibility asked for in Spanish.
        *("disabled placard", "disabled placard holder", "disabled placard number", "placard holder"),
        *("necesita accesibilidad", "requiere accesibilidad"),
        # The Philippines' person with disability (PWD): its card's id and the flag (a bare `pwd` stays
        # a password).
        *("pwd id", "pwd card", "pwd card number", "is pwd", "pwd candidate", "pwd status"),
        # How far the person can work or walk: an incapacity for work in percent (Switzerland's
        # Arbeitsunfähigkeit, the Netherlands' WIA), a physical challenge, a roll-in shower asked for.
        *("incapacity", "incapacity percentage", "arbeitsunfaehigkeit", "arbeitsunfahigkeit", "wia class"),
        *("physically challenged", "special healthcare needs", "accessibility need", "roll in shower"),
        *("max walking distance", "walking distance limit"),
        # A screen reader turned on (VoiceOver's, TalkBack's) says how the person reads.
        *("screen reader", "screen reader enabled"),
        # Workplace and classroom accommodations asked for by the person (not a venue's seats).
        *("requires accommodation", "requires accommodations", "needs accommodation", "requires adjustments"),
        *("needs adjustments", "one to one support", "kurumaisu", "kurumaisu riyo"),
        # Accommodations a workplace, an exam or a school makes for a disability (eight labellers
        # of eight); a boarding or seating assistance request.
        *("accommodation type", "accommodations", "accommodations requested", "additional needs"),
        *("boarding assistance", "accessible seating", "differently abled", "send needs", "amea"),
        # India's Unique Disability ID (UDID) card and a disability certificate.
        *("udid", "udid number", "udid card", "disability certificate", "disability certificate number"),
        # Canada's disability tax credit (form T2201), blindness, the UK's Motability scheme, a
        # hotel's accessible room.
        "disability tax credit",
        "dtc approved",
        "t2201",
        "t2201 on file",
        "blind",
        "motability",
        "motability customer",
        "accessible room",
        "accessible room required",
        # Special educational needs (England's EHC plans, exam access arrangements), travel aids.
        "ehcp",
        "access arrangements",
        "access requirements",
        "learning needs",
        "reduced mobility",
        "companion card",
        "companion card holder",
        "braille",
        "braille statements",
        # Australia's National Disability Insurance Scheme.
        "ndis",
        "ndis participant",
        "ndis number",
        "accessibility modifications",
        *("accessibility requests", "accessibility request", "accessibility assistance", "accessible role"),
        *("accessible bay", "accessible parking", "behindertenparkplatz", "text relay", "screen reader"),
        # A disabled person's parking permit; Pakistan's CNIC for a special (disabled) person.
        *("accessible permit", "accessible parking permit", "special person", "special person cnic"),
        *("hearing loss", "hearing accessibility", "dyslexia", "dyslexia font", "guide dog", "service dog"),
        # The UK's certificate of visual impairment (CVI) registers a person sight impaired.
        *("sight impaired", "registered sight impaired", "severely sight impaired", "partially sighted"),
        *("special education", "assistance type", "asl interpreter", "sign language"),
        *("hearing aid", "hearing aid mode", "voiceover enabled", "accessible desk", "incapacitated"),
        # What the person needs because of it: a unit, a vehicle, help to leave a building, kit.
        *("needs accessible unit", "accessible unit required", "adapted vehicle", "evacuation assistance"),
        "requires accessible unit",
        *("adaptive equipment", "besoins accessibilite", "necesidades accesibilidad"),
        "sign language interpreter",
        # The Netherlands' disabled parking card (gehandicaptenparkeerkaart, GPK).
        *("gehandicaptenparkeerkaart", "gpk", "gehandicapt"),
        "ada accommodation",
        "hand controls",
        "accessibility accommodation",
        "medical accommodation",
        "requested accommodations",
        "accessibility notes",
        "emotional support animal",
        "mobility level",
        "mobility needs",
        "wheelchair",
        "wheelchair user",
        "mobility aid",
        "learning accommodations",
        "disability accommodations",
        "accessibility accommodations",
        "reasonable adjustments",
        "learning disability",
        "learning difficulty",
        "special educational needs",
        "sen status",
        "sen support",
        "sen needs",
        *("sen need", "sen primary need", "primary sen need", "sen type"),
        "iep",
        "iep accommodations",
        "504 plan",
        "step free access",
        "rqth",
        "assistance dog",
        "accessible format",
        "deaf",
        "hard of hearing",
        "assistance animal",
        "ssr",
        "ssr code",
        "special service request",
        "pflegegrad",
        "cadeira rodas",
        "acessibilidade cadeira rodas",
        "disabled",
        "permanently disabled",
        "service animal",
        "hearing impaired",
        "visually impaired",
        "blue badge",
        # A disabled parking placard, the US blue badge (`placardNumber`).
        *("placard number", "disabled placard", "disability placard", "parking placard"),
        "hearing loop",
        "wheelchair access",
        "access needs",
        "exam accommodations",
        # Neurodiversity, assistive aids, disability benefits (US SSDI, the UK's PIP) and the
        # adjustments workplaces, schools and airlines make (a stretcher, a ramp).
        *("neurodivergent", "neurodiverse", "neurodiversity", "neurodivergence", "learning support"),
        *("assistive technology", "assistive device", "mobility device", "walking aid", "low vision"),
        *("ssdi", "ssdi recipient", "personal independence payment", "workplace adjustments"),
        *("interview adjustments", "workplace accommodation", "stretcher", "stretcher required"),
        *("ramp required", "esa", "esa letter"),  # an emotional support animal
        # A veteran's service-connected disability and the VA's rating of it.
        *("service connected", "service connected rating", "service connection", "va rating"),
        *("va combined rating", "combined disability rating", "va disability"),
        # Special educational needs (England, Wales) and an education, health and care plan.
        *("has sen", "sen flag", "sen status", "sen support", "ehcp", "ehc plan"),
    ),
    "citizenship": (
        "heimatort",  # Switzerland: the place of origin a citizen holds citizenship of
        *("country of citizenship", "citizenship country"),
        *("permanent resident", "permanent residency"),
        # Immigrant background and naturalisation.
        *("immigrant", "immigrant status", "immigration document", "naturalization", "naturalisation"),
        *("naturalized", "naturalised", "naturalization date", "naturalisation date"),
    ),
    "visa": (
        "visa id",
        *("eta reference", "uk eta"),  # an electronic travel authorisation
        *("asylum permit", "asylum permit number"),
        "right to volunteer",  # as the right to work
        # An asylum claim's case number; the EU Settlement Scheme's status; Turkey's, Indonesia's
        # and Kenya's residence and work permits.
        *("asylum case reference", "asylum case number", "settlement status"),
        *("oturma izni", "oturma izni no", "nomor kitas", "kitas", "kibali cha kazi"),
        *("work authorized", "work authorised", "employment authorization"),
        # Immigration status in French and Spanish (`statut_immigration_client`).
        *("statut immigration", "statut migratoire", "situacion migratoria", "estatus migratorio"),
        # The US travel authorisation (ESTA) and arrival records (I-94, I-95 for crew).
        *("esta", "esta status", "esta application number", "i94", "i95", "i95 number"),
        *("right to reside", "work rights"),
        # The UK's biometric residence permit, the US student visa system's id, applications'
        # and sponsors' references (UK GWF and CoS, Canada's IRCC, Australia's ImmiAccount TRN).
        "brp number",
        "sevis id",
        "gwf reference",
        "gwf number",
        "cos number",
        "certificate of sponsorship",
        "ircc application number",
        "immi trn",
        "csq number",
        "visa refusal",
        "previous visa refusal",
        "overstayed",
        "visa subclass",
        "aufenthaltstitel",
        # The UK's right-to-work and right-to-rent share code.
        "share code",
        "evisa",
        "e visa",
        "evisa number",
        "visa category",
        "visa class",
        "visa expiry",
        "visa expiration",
        "immigration status",
        # Where one may live or work is the permit's, as immigration status is (eleven labellers
        # of eleven: `residency_status`, `work_permit_status`).
        *("residency status", "residence status", "work permit status", "residence permit status"),
        "work permit",
        "residence permit",
        "green card",
        "right to work",
        "right to work status",
        "right to work expiry",
        "right to work document",
        "work permit expiry",
        "work authorization",
        "work authorisation",
        # Screening answers about immigration status (ATS forms), France's titre de séjour.
        "authorized to work",
        "legally authorized to work",
        # Not `visa_sponsorship`: a job posting's offer (five labellers of five).
        "requires sponsorship",
        "requires visa sponsorship",
        *("authorized to work in us", "authorised to work in uk", "work authorization expires"),
        *("legally entitled to work", "visa letter", "permite trabajar", "permiso de trabajo"),
        # The UK's right to rent; the EU's temporary protection (Ukraine); the UAE's visa file.
        *("right to rent", "right to rent check", "right to rent status"),
        *("temporary protection status", "temporary protection", "visa file number"),
        # Singapore's work passes, the UK's settled status.
        "work pass",
        "work pass type",
        "work pass expiry",
        "indefinite leave to remain",
        "titre de sejour",
        "titre de sejour requis",
        "alien number",
        "a number",
        "i 94",
        "i 94 number",
        "alien registration number",
        "uscis number",
        # Answers about needing sponsorship (job applications: red by the published policy).
        *("sponsorship required", "visa sponsorship required", "needs visa sponsorship"),
        *("need visa sponsorship", "needs sponsorship", "need sponsorship", "require sponsorship"),
        *("will require sponsorship", "sponsorship needed", "work permit required"),
        # The US employment authorisation document and H-1B, USCIS cases; protection and the UK's
        # settlement scheme.
        *("ead", "ead number", "ead expiry", "ead category", "employment authorization document"),
        *("ead expiration date", "ead expiry date", "i94 admission number", "i 94 admission number"),
        *("employment authorization", "employment authorisation", "eligible to work", "entitled to work"),
        *("eligibility to work", "work eligibility", "h1b", "h1b status"),
        *("uscis document", "asylum status", "asylum seeker", "refugee status"),
        *("daca", "daca status", "temporary protected status", "settled status"),
        *("eu settlement scheme", "leave to remain", "biometric residence permit", "brp"),
        # Travel authorisations: the EU's ETIAS, the UK's and Canada's ETA, Korea's K-ETA, New
        # Zealand's NZeTA; Australia's visa grant number and VEVO check.
        *("etias", "etias number", "etias application number", "eta number", "eta application number"),
        *("k eta", "k eta number", "nzeta", "nzeta number", "visa grant number", "vevo check"),
        # Permanent residence cards by number (the US green card, form I-551; Canada's PR card), the
        # alien file, humanitarian protection (TPS, DACA, parole, asylum, refugee claims) and
        # removal; the UK's pre-settled status and no-recourse condition; Ireland's IRP and GNIB
        # cards and stamps; Canada's study permits; Australia's ImmiCard.
        *("green card number", "permanent resident card", "permanent resident card number", "pr card"),
        *("pr card number", "i551", "i 551", "i 551 number", "a file number", "alien file number"),
        *("tps status", "tps holder", "tps eligible", "daca recipient", "humanitarian parole"),
        *("parole in place", "asylum", "asylum claim", "asylum application", "asylee", "refugee"),
        *("refugee claimant", "convention refugee", "refugee travel document", "deportation order"),
        *("deportation status", "deportation proceedings", "removal proceedings", "pre settled status"),
        *("presettled status", "euss status", "ilr status", "no recourse to public funds", "nrpf"),
        *("nrpf status", "irp card", "irp number", "irp card number", "gnib card", "gnib number"),
        *("immigration stamp", "irish residence permit", "study permit", "study permit number"),
        *("temporary resident visa", "pgwp", "immicard", "immicard number"),
    ),
    "serial": (
        "iccid",
        "imsi",
        "sim serial",
        "eid",
        "card uid",
        "rfid",
        "rfid uid",
        "rfid tag uid",
        "nfc uid",
        "key fob",
        # Utility meters and supply points: Australia's NMI, a meter's number, the EU's metering
        # point (GSRN), New Zealand's ICP (the UK's MPAN and MPRN are in `identification`). Not a
        # bare `nmi`: nautical miles too (`distance_nmi`).
        *("meter number", "meter serial", "gas meter number", "electricity meter number", "nmi number"),
        *("zaehlernummer", "zahlernummer"),  # German
        *("national meter identifier", "meter point reference", "meter point reference number"),
        *("meter point administration number", "supply point number", "metering point"),
        *("metering point id", "gsrn", "icp number"),
        # A phone's and a SIM's numbers as carriers name them (ESN: CDMA's electronic serial).
        *("esn", "sim number", "sim card number", "sim card serial"),
        # A vehicle's chassis and engine numbers (India's and South-East Asia's motor forms), a
        # boat's hull identification number.
        *("chassis number", "chassis no", "engine number", "engine no", "hull identification number"),
        *("hin", "hull id", "hull number"),
        # A car's toll tag (E-ZPass, India's FASTag) logs where its driver goes.
        *("toll tag", "toll tag number", "toll tag id", "toll transponder", "transponder number"),
        *("ezpass number", "ezpass tag", "e zpass number", "fastag id", "fastag number"),
    ),
    # A crypto wallet's address receives funds like an account number (India's VPA is in the table).
    "bank account": (
        # A loan's number (2 labels of 2; a `loan_id` is the lender's id, and so is a loan's
        # account number: engine._refusal).
        "loan number",
        # Guatemala's current account (cuenta monetaria).
        "cuenta monetaria",
        # The account a payment is debited from.
        *("debit account", "debit account number"),
        # Where a platform pays a seller or a borrower out; Thailand's PromptPay id routes money to
        # an account.
        *("payout account", "payout account number", "promptpay", "promptpay id", "prompt pay id"),
        *CRYPTO_ADDRESSES,
        # Pay goes to a worker's direct-deposit account.
        # (Not `salary_account`: India's banks sell one, `salary_account: true`.)
        *("direct deposit account", "direct deposit account number"),
        "nuban",  # Nigeria's bank account number format
        "nuban number",
        # An Alipay account (支付宝账号, in the Chinese table) routes money to its holder, as a VPA does.
        *("alipay account", "alipay account number", "alipay id"),
    ),
    "political opinion": (
        *("political fund", "political fund opt in"),  # a UK union's, which a member opts into
        "political society",
        *("canvass response", "canvass result"),  # a campaign's record of a voter's support
        *("party membership", "party member", "political party membership"),
        # Party registration and preference as voter files and civic CRMs (NGP VAN, NationBuilder,
        # state voter files) send them; a campaign's modelled support and persuasion scores.
        *("party registration", "registered party", "party preference", "party identification"),
        *("party enrollment", "party enrolment", "voter party", "partisanship", "partisan lean"),
        *("partisan score", "partisanship score", "support score", "candidate support score"),
        *("persuasion score", "persuadability score", "ideology", "political ideology", "political spectrum"),
        # Voting history and a poll's past vote and vote choice (`q2_vote_choice`).
        *("voting history", "vote history", "voter history", "past vote", "vote recall", "recalled vote"),
        *("last election vote", "vote choice", "voting preference", "presidential vote", "voting intent"),
        # Positions on issues and giving to a party or a campaign.
        *("issue positions", "issue position", "issue stance", "political issues", "political interests"),
        *("political donations", "political contributions", "political donor"),
    ),
    "trade union": (
        *("new union", "union support"),  # the union someone joins, their support for one
        # The union someone belonged to before.
        *("previous union", "former union"),
        # A bare `union` names the member's union (`_WHOLE_KEYS_ONLY`).
        "union",
        *("teacher union", "teachers union"),
        "union household",
        # Payroll and HR systems' union fields (ADP's union code, a local's number, dues deduction).
        *("union status", "union affiliation", "union code", "union local number", "union card"),
        *("union card number", "unionized", "unionised", "union deduction"),
        *("union fees", "union contribution", "union contributions"),
    ),
    "credit score": (
        *("insurance score", "credit based insurance score"),
        "bik score",  # Poland's credit bureau
        # Lenders' and bureaus' other names for the score and its band.
        *("credit tier", "credit grade", "bureau score", "credit bureau score", "equifax score"),
        *("transunion score", "beacon score", "crif score", "clearscore", "credit karma score"),
        *("creditworthiness", "credit worthiness"),
        # Bureaus' scores by their own names: Experian UK's Delphi, Equifax's Risk Score, India's CRIF
        # High Mark; Kenya's and Uganda's CRBs (Metropol, Creditinfo), Nigeria's CRC, FirstCentral
        # and CreditRegistry; South Africa's Compuscan, XDS and TransUnion Empirica; Ant Group's Zhima
        # (Sesame) Credit; Korea's KCB, the Philippines' and Japan's CIC, Saudi Arabia's SIMAH,
        # Malaysia's CTOS, Thailand's NCB, Australia's illion, New Zealand's Centrix. (Not a bare
        # `crb_status` or `crb_listing`: a listing's status reads green, as do arrears, PEP and
        # watchlist flags.)
        *("delphi score", "experian delphi score", "equifax risk score", "crif highmark score"),
        *("crif high mark score", "highmark score", "crb score", "crb credit score", "metropol score"),
        *("creditinfo score", "crc score", "crc credit score", "firstcentral score", "first central score"),
        *("credit registry score", "creditregistry score", "compuscan score", "xds score", "empirica score"),
        *("zhima score", "zhima credit", "sesame score", "sesame credit", "kcb score", "cic score"),
        *("simah score", "ctos score", "ncb score", "illion score", "centrix score"),
        # The same in Spanish, Portuguese, French, German and Italian keys, which borrow the
        # English `score` and `rating` (kept in this table so those words stay English ones).
        *("score crediticio", "score datacredito", "score cifin", "score veraz", "score nosis"),
        *("score infocorp", "score circulo credito", "score equifax", "score experian", "score transunion"),
        *("score credito", "score boa vista", "boa vista score", "score spc", "spc score", "score quod"),
        *("quod score", "score serasa", "score credit", "score credit personnel", "ksv score"),
        "rating creditizio",
    ),
    "criminal record": (
        *("youth offending", "youth offending record", "offending record"),
        # The statute a charge cites (`charges[].statute: "18 U.S.C. § 1343"`).
        "statute",
        *("sentence imposed", "criminal sentence"),
        *("dbs disclosure", "dbs disclosure details"),
        *("offense description", "offence description", "offense level", "offence level"),
        # A screening's adjudication (Checkr's `clear`/`consider`), parole status (not probation:
        # a new hire's too).
        *("background check result", "parole status", "on parole"),
        # Background-check and application questions about offences, arrests and custody.
        *("criminal offence", "criminal offences", "criminal offense", "criminal offenses"),
        *("offence history", "offense history", "convicted", "ever convicted", "been convicted"),
        *("arrested", "ever arrested", "arrest history", "court record", "court records", "police record"),
        *(
            "police clearance",
            "police clearance certificate",
            "police certificate",
        ),
        *("misdemeanor", "misdemeanour", "misdemeanors", "misdemeanours"),
        *("incarcerated", "incarceration", "formerly incarcerated", "justice involved", "parole"),
        *("on parole", "parole status", "parolee", "inmate number", "inmate id", "offender id", "dwi", "owi"),
        # Warrants and court orders. Not motoring offences' counts, licence or penalty points, nor an
        # arrest's date (`moving_violations_last_3_years`, `penalty_points`: green in all labels).
        *("outstanding warrants", "active warrant", "active warrants"),
        *("arrest warrant", "restraining order", "protective order", "protection order", "no contact order"),
        *("registered sex offender", "sex offender registry", "on bail", "bail conditions"),
        # Offence history as background checks and legal-aid intake forms send it: a rap sheet, police
        # cautions, juvenile records, expunged records; criminal record checks' outcomes
        # (England's DBS, Australia's national police check; not `dbs_status` or `dbs_level`, the
        # check's progress, green in all labels).
        *("rap sheet", "police caution", "police cautions", "youth caution", "juvenile record"),
        *("juvenile records", "expungement", "expunged record", "expunged records"),
        *("dbs result", "dbs outcome", "dbs check result", "dbs check outcome", "disclosure outcome"),
        *("disclosure result", "police check result", "police check outcome", "national police check"),
        # Remand and bail as a state, sentences and supervision after release (not a bare
        # `probation`: an employee's trial period; nor a bail amount, labelled green).
        *("bail status", "remand status", "on remand", "remanded", "remanded in custody"),
        *("suspended sentence", "custodial sentence", "prison sentence", "jail sentence"),
        *("supervised release", "on supervised release", "community supervision", "criminal probation"),
        *("adult probation", "juvenile probation", "prison release date", "release from prison"),
        # Offenders' numbers: the UK's Police National Computer and Criminal Records Office ids and
        # prison number, the FBI's number, a jail's booking number.
        *("pnc number", "pnc id", "cro number", "prison number", "prisoner number", "nomis number"),
        *("fbi number", "jail booking number"),
        # (Not a protected person's orders or domestic-violence flags: `order_of_protection: true` in
        # a family-law intake is labelled green.)
    ),
    # A palm's veins and a thumbprint, as identity checks store them, and a DNA profile's STR
    # markers. (Not a bare `thumbprint`: a certificate's, `thumbprint_sha1`.)
    "biometric": (
        # A voice enrolment's recording, as a check-in by voice takes it.
        *("voice sample", "voice sample url", "voice enrolment", "voice enrollment"),
        *("palm vein template", "vein template", "thumbprint image"),
        *("voice print template", "facial image"),
        *("dna profile", "str profile", "dna str profile"),
    ),
}

# Terms whose values differ in kind from the rest of their matcher's: a role holds a name, never
# an id (`assignee: "usr_42"` is not a name); a measurement or flag is a number or a boolean.
# Codes and PINs sent as numbers too, where the key says so (`otp_code: 482913`, `kiosk_pin:
# 4821`), in English, Spanish, Portuguese, Indonesian, Malay, Turkish, German and French; a bare
# verification's or security check's `code` as a number is its result (`verification.code: 9103`).
_CODES_AS_NUMBERS = (
    *("otp", "one time password", "otp code", "sms code", "sms verification code", "2fa code"),
    *("mfa code", "two factor code", "email verification code", "pickup code", "locker pickup code"),
    *("collection code", "pin", "mpin", "passcode"),
    *("codigo verificacion", "codigo verificacao", "kode otp", "kode verifikasi", "kod otp"),
    *("otp kodu", "dogrulama kodu", "bestaetigungscode", "code verification"),
)

# Terms whose values are a choice among options, some of which state the datum (a meal's
# `kosher`, `halal` beside `vegetarian`, `standard`): the key stands where a CHOICE_SHARE-th of
# its values say it (three read paths of three; a fifth to a third of their values).
CHOICES = frozenset(_MEALS)
CHOICE_SHARE = 5
TERM_ACCEPTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(_CODES_AS_NUMBERS, _SECRET | {v.INT}),
    # Codes and PINs that open, arm or spend something (`garage_door_code: 1357`, `gift_card_pin`).
    **dict.fromkeys(
        (t for t in _MORE_FIELD_NAMES["secret"] if t.split()[-1] in ("code", "pin")), _SECRET | {v.INT}
    ),
    "one time code": frozenset((v.NUMERIC,)),  # a bare `code` as a number is an error's or a status's
    "tan": frozenset((v.NUMERIC, v.INT)),  # not a colour
    **dict.fromkeys(k.ROLES, frozenset((v.WORD, v.TEXT))),  # not v.ORG: `landlord: "Harbor Realty"`
    **dict.fromkeys(languages.PARTIES_ES + languages.PARTIES_PT, frozenset((v.WORD, v.TEXT))),
    # What a member pays says they belong: church tax, union dues and donations to a party, sent
    # as amounts (`kirchensteuer_an: 3612.24`, `union_dues: 524.6`).
    **dict.fromkeys(
        ("church tax", "kirchensteuer", "union dues", "parteispende", "parteispenden"), _CATEGORY | {v.FLOAT}
    ),
    # A church's denomination is named; a number is a banknote's or a voucher's (`denomination:
    # 500`, four labels of four).
    **dict.fromkeys(("denomination", "denominations"), _TEXTUAL | {v.BOOL, v.BOOLSTR}),
    # A measure sent as a decimal string (visual acuity `"0.63"`, a temperature `"36.6"`) is
    # version-shaped.
    **dict.fromkeys(HEALTH_MEASURES, _CATEGORY | {v.FLOAT, v.VERSION}),
    **dict.fromkeys(DISEASES, _CATEGORY),
    **dict.fromkeys(HEALTH_DATES, _TEXTUAL | {v.DATE}),
    # The date of a rite says the faith: `baptism_date`, `tanggal_sidi`.
    **dict.fromkeys(
        ("baptism date", "date born again", "tanggal baptis", "tanggal sidi"), _TEXTUAL | {v.DATE}
    ),
    # Taking a medicine is the datum as a flag (`takesBloodThinners`, `currently_on_medication`);
    # a product's `requires_prescription` or `is_rx` is not (fifteen labellers of fifteen).
    **dict.fromkeys(("medication", "blood thinners", "anticoagulants"), _CATEGORY),
    # So is taking a named drug or class of drugs (`on_insulin`, `on_prep`, `naloxone_administered`,
    # `prend_medicaments`: seven labellers of seven).
    **dict.fromkeys(
        (
            *("medicaments", "medicamentos", "medikamente", "kan sulandirici"),
            *("insulin", "on insulin", "insulin dependent", "on prep", "on hrt", "naloxone"),
            *("antidepressant", "antidepressants", "antipsychotic", "antipsychotics", "opioid"),
            *("opioids", "benzodiazepine", "benzodiazepines", "methadone", "buprenorphine", "suboxone"),
            *("antibiotics", "taking antibiotics", "on antibiotics"),
        ),
        _CATEGORY,
    ),
    # A meal asked for is a religion's or a condition's as an IATA special-meal code (`KSML`,
    # `DBML`: five labellers of five), or among choices some of which say the faith (CHOICES); not
    # `vegetarian` or `child_meal` alone (three of three).
    **dict.fromkeys(_MEALS, frozenset()),
    # Turkish `ad` is a given name, one word; in English an advertisement's `ad` is not.
    "ad": frozenset((v.WORD,)),
    # A pickup or drop-off location is a station's, a store's or a locker's by name (thirteen
    # labellers of thirteen); only coordinates there are a person's whereabouts.
    **dict.fromkeys(("pickup location", "dropoff location", "drop off location"), frozenset()),
    # Whom a dating profile shows (`show_me: "women"`); a switch to be shown is not it.
    "show me": _TEXTUAL,
    # A golfer's handicap is a number (`handicap_index: 12`); a disability's is a word or a flag.
    "handicap": frozenset((v.WORD, v.TEXT, v.STRING, v.CODE, v.BOOL, v.BOOLSTR)),
    # A token that is a UUID is an id the app made up: a Places autocomplete session, Apple's
    # appAccountToken, a user's token in a link (twelve labellers of fifteen). Credentials that
    # say so (`access_token`, `refresh_token`, `api_token`) still accept UUIDs.
    **dict.fromkeys(("token", "session token", "id token", "csrf token"), _SECRET - {v.UUID}),
    "card token": _SECRET,  # a card's, as Marqeta's UUIDs (two labellers of three)
    # A payment's authorisation code is the issuer's approval of it (`V19566`, `678570`), printed
    # on the receipt: green (five labellers of five). Paystack's reusable `AUTH_…` codes, which
    # charge the card again, are tokens by their format (six of six).
    "authorization code": frozenset(),
    **dict.fromkeys(CRYPTO_ADDRESSES, _NUMBERISH | {v.WORD, v.HEX}),
    **dict.fromkeys(
        (
            *("reset url", "reset link", "password reset link", "password reset url", "magic link"),
            *("login link", "private feed url", "ical feed url", "ical url", "calendar feed url"),
            "webcal url",
        ),
        frozenset((v.URL, v.STRING)),
    ),
    # A plate (`regnr: "EB98582"`, `reg_no: "KA 01 AB 1234"`) has letters; four digits under
    # `reg_nr` are a Danish bank's registration number, the bank's (3 labels of 3).
    **dict.fromkeys(("regnr", "reg number"), frozenset((v.STRING, v.CODE, v.WORD, v.TEXT))),
    # A document's number written short (`nro_doc`) is a string; as an integer it is a count of
    # documents (`numDocs: 3`), read the same way.
    "numero doc": _TEXTUAL | {v.NUMERIC},
    # An ICD code is dotted digits (ICD-9-CM's `86.83`, `250.00`): a decimal, version-shaped.
    **dict.fromkeys(
        ("icd", "icd code", "icd9", "icd 9", "icd9cm", "icd10", "icd 10"), _CATEGORY | {v.FLOAT, v.VERSION}
    ),
}


# An identity check's outcome per datum, as KYC providers return it (Smile ID's `Actions.DOB:
# "Exact Match"`, `Verify_ID_Number: "Verified"`): a status, not the datum it checked.
_CHECK_OUTCOMES = frozenset(
    (
        *("verified", "not verified", "unverified", "exact match", "partial match", "no match"),
        *("not provided", "not found", "mismatch", "not applicable", "not done", "not checked"),
    )
)
_CHECKED = frozenset(
    (
        *("name", "email", "phone", "address", "birthdate", "national id", "passport", "license"),
        *("social security number", "identification", "health id", "bank account"),
    )
)


def default_matchers() -> list[Matcher]:
    foreign = languages.synonyms_by_matcher()
    out = []
    for matcher in _reference_table() + _beyond_reference():
        extra = _MORE_FIELD_NAMES.get(matcher.name, ()) + foreign.get(matcher.name, ())
        if extra:
            matcher = replace(matcher, synonyms=matcher.synonyms + extra)
        if matcher.name in _CHECKED:
            matcher = replace(matcher, refute_values=matcher.refute_values | _CHECK_OUTCOMES)
        out.append(matcher)
    return out + _value_matchers()


def value_patterns(matchers: list[Matcher]) -> list[v.ValuePattern]:
    """The value matchers' patterns in scanning order: custom first (the owner's intent wins)."""
    patterns = [
        v.ValuePattern(m.name, m.pattern, m.validator or "always", m.custom)
        for m in matchers
        if m.match_on == "value" and m.pattern
    ]
    return sorted(patterns, key=lambda p: not p.custom)


def prose_words(matchers: list[Matcher]) -> dict[str, str]:
    """Words that carry a default value matcher's datum inside prose, and its name."""
    present = {m.name for m in matchers if m.match_on == "value"}
    return {word: name for name, words in PROSE_WORDS.items() if name in present for word in words}


def value_words(matchers: list[Matcher]) -> dict[str, str]:
    """Whole values (lower-cased) that name a value matcher with no pattern, and its name."""
    return {word: m.name for m in matchers if m.match_on == "value" and not m.pattern for word in m.synonyms}
