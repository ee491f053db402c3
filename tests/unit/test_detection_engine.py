"""Evidence weighed per path: refutation, consistency thresholds, free text, counters."""

import json
import zlib
from dataclasses import asdict

import pytest

from portal.detection import Engine, Evidence, Observation, Recommendation, default_matchers, names
from portal.detection.engine import SPREAD_BUCKETS
from portal.detection.matchers import MAX_CUSTOM_MATCHERS

REFERENCE_RED = (
    "social security number",
    "password",
    "visa",
    "veteran",
    "disability",
    "credit card",
    "passport",
    "token",
)
REFERENCE_YELLOW = (
    "race",
    "birthdate",
    "phone",
    "address",
    "gender",
    "ethnicity",
    "citizenship",
    "name",
    "street",
    "city",
    "zipcode",
    "email",
    "certificate",
    "license",
    "identification",
    "serial",
    "ip",
    "photo",
    "salary",
    "religion",
    "mac",
    "sex",
    "sexual orientation",
    "medication",
    "allergy",
    "condition",
    "diagnosis",
    "procedure",
)


@pytest.fixture(scope="module")
def engine():
    return Engine(default_matchers())


def recommend(engine: Engine, path: str, values: list) -> Recommendation:
    evidence = Evidence()
    for value in values:
        evidence.add(engine.observe(path, value))
    return engine.recommend(path, evidence)


def recommend_in_messages(engine: Engine, path: str, values: list, fields_of) -> Recommendation:
    """The recommendation for `path` over messages whose properties (or traits) are
    `fields_of(value)`: for keys read with the keys beside them."""
    section = path.split(".")[0]
    evidence = Evidence()
    for value in values:
        message = {"type": "identify" if section == "traits" else "track", section: fields_of(value)}
        for seen, obs in engine.observe_message(message):
            if seen == path:
                evidence.add(obs)
    return engine.recommend(path, evidence)


def test_reference_table_is_complete_with_its_colours():
    keys = {m.name: m.classification for m in default_matchers() if m.match_on == "key"}
    for name in REFERENCE_RED:
        assert keys[name] == "red", name
    for name in REFERENCE_YELLOW:
        assert keys[name] == "yellow", name
    assert "green" not in {m.classification for m in default_matchers()}
    assert MAX_CUSTOM_MATCHERS == 100


def test_key_match_confirmed_by_values(engine):
    rec = recommend(engine, "traits.email", ["jane@example.com", "omar@example.org"])
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "email", "key")
    assert rec.share == 1.0
    assert "email" in rec.reason


@pytest.mark.parametrize(
    ("path", "values"),
    [
        ("properties.has_phone", [True, False, True]),
        ("properties.email", [True, False]),
        ("properties.emails", [3, 0, 7]),
        ("properties.condition", ["used", "new", "refurbished"]),
        ("properties.license", ["pro", "enterprise"]),
        ("properties.prompt_tokens", [512, 1024]),
        ("properties.name", ["Blue Jeans"]),
        ("properties.products[].name", ["Blue Jeans", "Yoga Mat"]),
        ("properties.email_opened", [True]),
        ("properties.email", ["6D92078A-8246-4BA4-AE5B-76104861E7DC"]),
    ],
)
def test_pii_sounding_keys_refuted(engine, path, values):
    rec = recommend(engine, path, values)
    assert rec.classification == "green", rec
    assert rec.reason


def test_a_refuted_word_seen_before_is_still_read_by_its_key(engine):
    # `used` under an item's condition is a grade; seen there first, it is cached apart and
    # read again by the next key that refutes it or not.
    first = engine.observe("properties.item.condition", "used")
    assert engine.observe("properties.listing.condition", "used") == first
    assert engine.observe("properties.notes", "used").kind != "enum"
    assert engine.observe("properties.condition", "used").kind == "enum"


def test_codes_that_open_or_pair_something_are_secrets_and_a_tan_is_a_token(engine):
    assert recommend(engine, "properties.pairing_code", ["994570", "678529"]).matcher == "secret"
    assert recommend(engine, "properties.gate_pass_code", ["135632", "310894"]).matcher == "secret"
    # A bank's transaction number confirms one transfer: a one-time code.
    assert recommend(engine, "properties.tan", ["809642", "416180"]).matcher == "token"
    # A colour called tan is not a transaction number.
    assert recommend(engine, "properties.tan", ["beige", "tan"]).classification == "green"


def test_access_needs_a_passport_number_and_a_date_of_birth_written_in_notes(engine):
    needs = [
        "I am blind and travel with my guide dog, please seat us in a bulkhead row.",
        "Deaf - would like an ASL interpreter on the stage side please.",
        "Autistic, need access to a quiet room during the show.",
    ]
    assert recommend(engine, "properties.details", needs).matcher == "disability"
    notes = [
        "Customer gave date of birth 19/05/2000 to unlock account",
        "ID check passed, DOB on licence 21/04/1964 matches profile",
    ]
    assert recommend(engine, "properties.note", notes).matcher == "birthdate"
    asks = ["my passport number is P9675493C can I update it", "passport S8237646 expiry wrong"]
    assert recommend(engine, "properties.input", asks).matcher == "passport"
    # The words alone, without the number or the date, are not the datum.
    plain = ["Passport photo booth on floor 2", "Renew passport by 2025-01-01", "Blinds on the east side"]
    assert recommend(engine, "properties.note", plain).classification == "green"


def test_symptoms_in_the_notes_other_languages_write(engine):
    notes = [
        "Tendinite al gomito sinistro, niente trazioni oggi.",
        "Dolor lumbar al hacer peso muerto, trabajamos movilidad.",
        "Je suis enceinte de 5 mois, pas de produits à l'ammoniaque svp",
    ]
    assert recommend(engine, "properties.note", notes).matcher == "condition"


def test_a_background_checks_findings_written_out_are_a_criminal_record(engine):
    findings = ["DUI conviction 2021", "Felony: Burglary 2nd degree", "Arrest: DUI, Maricopa County, 2024"]
    assert recommend(engine, "properties.record_summary", findings).matcher == "criminal record"
    assert recommend(engine, "properties.summary", ["No records found", "Clear"]).classification == "green"


def test_a_link_to_a_picture_of_an_identity_document_is_a_photo(engine):
    scans = ["https://kyc.example.com/ine/7f3a9c.jpg", "https://kyc.example.com/ine/11b2e0.jpg"]
    for path in ("properties.ine_front_url", "properties.licence_front_url", "properties.foto_ktp_url"):
        rec = recommend(engine, path, scans)
        assert (rec.classification, rec.matcher) == ("yellow", "photo"), path
    assert recommend(engine, "properties.SelfieImageUrl", scans).matcher == "photo"
    # A check's outcome is not a picture.
    assert recommend(engine, "properties.selfie_check", ["passed", "failed"]).classification == "green"


def test_an_address_being_typed_into_an_autocomplete_is_an_address(engine):
    typed = [
        "193 knockb",
        "Blk 269 Tampines ",
        "Kauppakatu 59",
        "Am Markt 1",
        "9068 E Van Bure",
        "75 bis impass",
    ]
    for path in ("properties.input", "properties.autocomplete.input", "properties.q"):
        rec = recommend(engine, path, typed)
        assert (rec.classification, rec.matcher) == ("yellow", "address"), path
    # The same words outside a search box, seen first there: not cached as plain words.
    assert recommend(engine, "properties.title", typed).classification == "green"
    assert recommend(engine, "properties.input", typed).matcher == "address"
    # Counts, terms and products typed into a search box are not streets.
    searches = ["18 km", "2 items", "Fall 2024", "Term 1", "iphone 12", "levis 501", "Windows 11"]
    assert recommend(engine, "properties.q", searches).classification == "green"


def test_a_card_number_that_fails_luhn_is_a_card_the_business_issues(engine):
    library = ["21009741450243", "834784128272", "29121781669", "21005090272775"]
    for path in ("properties.card_number", "properties.patron.card_number", "traits.kortin_numero"):
        assert recommend(engine, path, library).classification == "green", path
    payment = ["4111111111111111", "5500000000000004", "340000000000009", "6011000990139424"]
    rec = recommend(engine, "properties.card_number", payment)
    assert (rec.classification, rec.matcher) == ("red", "credit card")
    # A security code never passes Luhn; a licence's or a fuel card's number is another card.
    assert recommend(engine, "properties.cvv", ["123", "4567", "890"]).classification == "red"
    assert recommend(engine, "properties.fuel_card_number", library).classification == "red"
    assert recommend(engine, "properties.drivers_licence.card_number", library).classification != "green"


@pytest.mark.parametrize(
    ("path", "values", "expected"),
    [
        # Taking a named drug, a screening check's outcome, a donor's deferral and blood group.
        ("properties.on_insulin", [True, False, False], ("yellow", "medication")),
        ("properties.requires_prescription", [True, False], ("green", None)),
        ("properties.hemoglobinPassed", [True, False], ("yellow", "condition")),
        ("properties.deferralCode", ["HGB_LOW", "PREGNANCY", "BP_HIGH"], ("yellow", "condition")),
        # What a person needs because of a disability.
        ("properties.requires_evacuation_assistance", [True, False], ("red", "disability")),
        # Compass points are a roof's orientation; a switch to be shown is not whom one is shown.
        ("properties.roof_orientation", ["N", "NE", "SW", "W"], ("green", None)),
        ("properties.show_me_in_discovery", [True, False], ("green", None)),
        # Korea's identity verification (CI, DI) as whole keys only.
        (
            "properties.ci",
            ["tVfinO33hCDtAWvptgYT4uaQasMbe+jNG0GU9CSegsN2HQwZCxXorV==", "T3nP92yiYhswIrS6=="],
            ("red", "national id"),
        ),
        ("properties.affected_ci", ["srv-db-01", "lb-eu-2"], ("green", None)),
        # A business's account; who a record is for; an Australian Business Number.
        ("properties.merchant_vpa", ["kiranastore@okaxis", "cafe.blue@ybl"], ("green", None)),
        ("properties.patient", ["self", "spouse", "dependent"], ("green", None)),
        ("properties.abn", ["51 824 753 556", "53 004 085 616", "71 924 070 414"], ("green", None)),
        # A conversions API's hashed e-mail sent loose; a pool's pH is not a phone.
        ("properties.em", ["a" * 64, "b" * 64], ("yellow", "email")),
        ("properties.ph", [7.2, 6.8], ("green", None)),
    ],
)
def test_words_read_from_waves_28_and_29(engine, path, values, expected):
    rec = recommend(engine, path, values)
    assert (rec.classification, rec.matcher) == expected


def test_health_condition_is_not_refuted(engine):
    assert recommend(engine, "properties.condition", ["asthma", "type 2 diabetes"]).classification == "yellow"


def test_flags_are_the_datum_for_sensitive_categories(engine):
    assert recommend(engine, "properties.is_veteran", [True, False]).classification == "red"


def test_lucky_order_number_is_not_a_card(engine):
    # Passes Luhn and starts with 4, but under an id key and among ordinary order numbers.
    assert recommend(engine, "properties.order_id", ["4111111111111111"]).classification == "green"
    values = ["4111111111111111"] + [str(5_000_000_000_000_000 + i * 7919) for i in range(9)]
    assert recommend(engine, "properties.reference_value", values).classification == "green"


def test_value_matcher_needs_consistent_values(engine):
    few = ["+1 415 555 0123"] + ["hello world"] * 9
    assert recommend(engine, "properties.contact", few).classification == "green"
    many = ["+1 415 555 0123", "+44 20 7946 0958", "(212) 555-0199"] * 3 + ["n/a"]
    rec = recommend(engine, "properties.contact", many)
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "phone", "value")
    assert rec.share == 0.9


def test_bare_digit_strings_count_as_phones_only_beside_phones(engine):
    # A search box where people type numbers with and without their country code.
    mixed = ["+254791320440", "+234 816 105 2191", "0792085215", "08050536740", "7729486721"]
    rec = recommend(engine, "properties.q", mixed)
    assert (rec.classification, rec.matcher, rec.matched_on, rec.share) == ("yellow", "phone", "value", 1.0)
    # (`08050536740` is a Nigerian mobile number as it is dialled at home: it validates.)
    assert rec.reason == "3 of 5 values validate as phone and 2 more are digit strings like them"
    # Digit strings alone are order numbers and the like; one phone among them is not enough.
    assert (
        recommend(engine, "properties.q", ["0792085215", "7729486721", "40012345678"]).classification
        == "green"
    )
    assert recommend(engine, "properties.q", mixed[:1] + ["1234567890"] * 4).classification == "green"


def test_mobile_numbers_written_as_digits_alone(engine):
    # A carrier's records: numbers in international form without the +, or with the trunk 0.
    dialled = ["2348169507467", "628227343696", "491630240750", "08155787892", "447700900123"]
    rec = recommend(engine, "properties.top_contacts[]", dialled)
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "phone", "value")
    assert rec.reason == "5 of 5 values validate as phone"
    # An identifier's key says what its digits are; zero-padded ten-digit ids are no phones.
    assert recommend(engine, "properties.order_id", dialled).classification == "green"
    padded = ["0714844986", "0484572667", "0629720838", "0731965258", "0651448868"]
    assert recommend(engine, "properties.value", padded).classification == "green"


def test_single_words_count_as_names_only_beside_names(engine):
    # A form's free input: full names, and surnames typed alone. (In a search box a listed name
    # counts on its own: see the test of search boxes.)
    typed = ["Maria Gonzalez", "Michał Nowak", "Kenji Watanabe", "Wójcik", "Rodriguez", "Roy"]
    rec = recommend(engine, "properties.answer", typed)
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "name", "value")
    assert "3 more are single words" in rec.reason
    assert (
        recommend(
            engine, "properties.answer", ["Kenji Watanabe", "boots", "red dress", "sale", "gift"]
        ).classification
        == "green"
    )


def test_one_observation_is_enough_for_a_strong_value(engine):
    rec = recommend(engine, "properties.ref", ["GB82 WEST 1234 5698 7654 32"])
    assert (rec.classification, rec.matcher, rec.matched_on, rec.share) == (
        "red",
        "bank account",
        "value",
        1.0,
    )


def test_free_text_carrying_pii(engine):
    rec = recommend(engine, "properties.comment", ["Great, write to jane@example.com", "ok"])
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "email", "value")
    # One stray address among a thousand comments is noise; a recurring one is a finding.
    rare = ["ok thanks"] * 999 + ["mail jane@example.com"]
    assert recommend(engine, "properties.comment", rare).classification == "green"
    common = ["ok thanks"] * 900 + ["mail jane@example.com"] * 100
    assert recommend(engine, "properties.comment", common).classification == "yellow"


def test_false_positive_shapes_stay_green(engine):
    cases = {
        "properties.version": ["1.2.3", "10.2.0.1", "2.3.4.1"],
        "properties.session_id": ["6D92078A-8246-4BA4-AE5B-76104861E7DC"],
        "properties.sku": ["SKU-4411-BLU", "45790-32"],
        "properties.created": ["2024-01-15T10:00:00Z"],
        "properties.sent_at": [1732838400000],
        "properties.checksum": ["5d41402abc4b2a76b9719d911017c592"],
        "properties.order_number": ["4155550123", "2125550199"],
        "context.userAgent": [
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/120.0.0.0 Safari/537.36"
        ],
    }
    for path, values in cases.items():
        assert recommend(engine, path, values).classification == "green", path


def test_evidence_round_trips_and_merges(engine):
    path = "properties.contact"
    values = ["+1 415 555 0123", "jane@example.com", None, "", "hi there", True, 3, 2.5]
    whole = Evidence()
    left, right = Evidence(), Evidence()
    for i, value in enumerate(values):
        obs = engine.observe(path, value)
        whole.add(obs)
        (left if i % 2 else right).add(obs)
    stored = Evidence.from_dict(json.loads(json.dumps(left.to_dict())))
    stored.merge(Evidence.from_dict(right.to_dict()))
    assert stored.to_dict() == whole.to_dict()
    assert all(isinstance(v, int) for v in whole.to_dict().values())
    assert engine.recommend(path, stored) == engine.recommend(path, whole)


def test_evidence_counters_stay_bounded(engine):
    evidence = Evidence()
    for i in range(5000):
        evidence.add(engine.observe("properties.note", f"note {i} from user{i}@example.com"))
        evidence.add(engine.observe("properties.note", i))
    assert len(evidence.to_dict()) <= 6


def test_observation_is_small_and_json_serialisable(engine):
    obs = engine.observe("traits.email", "jane@example.com")
    assert set(asdict(obs)) == {"kind", "value_matcher", "spread"}
    assert json.loads(json.dumps(asdict(obs))) == {"kind": "str", "value_matcher": "email", "spread": ""}
    assert Observation("str", "email") == obs


def test_phone_numbers_spread_stays_bounded_and_keeps_no_number(engine):
    evidence = Evidence()
    for i in range(2000):
        call = {"type": "identify", "userId": f"u{i}", "traits": {"phone": f"+1415555{i:04d}"}}
        for _, obs in engine.observe_message(call):
            evidence.add(obs)
    counters = evidence.to_dict()
    assert len(counters) <= 4 + 2 * SPREAD_BUCKETS
    assert not any("555" in key for key in counters)


# Given names a face-recognition camera, a form's free field or a shout-out box holds, one per value.
PEOPLE = [
    "Astrid",
    "Brandon",
    "DeShawn",
    "Eirik",
    "Femke",
    "Ashley",
    "Anders",
    "Björn",
    "Callum",
    "Guadalupe",
]
PEOPLE += ["Aisha", "Amelia", "Emily", "Giulia", "Hannah", "Carlos", "Ngozi", "Mateo", "Priya", "Yusuf"]


def test_many_names_typed_alone_name_people_and_keep_no_name(engine):
    rec = recommend(engine, "properties.face_label", PEOPLE * 2)
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "name", "value")
    evidence = Evidence()
    for name in PEOPLE * 20:
        evidence.add(engine.observe("properties.recognized_as", name))
    counters = evidence.to_dict()
    assert len(counters) <= 2 + SPREAD_BUCKETS
    assert not any(name.lower() in key.lower() for key in counters for name in PEOPLE)


@pytest.mark.parametrize(
    ("path", "values"),
    [
        # An enum's few words that are also given names; a pet's name.
        ("properties.plan", ["Max", "Pro", "Max", "Basic"] * 8),
        ("properties.color", ["Rose", "Ruby", "Jade", "Olive", "Hazel"] * 6),
        ("properties.pets[].name", PEOPLE),
    ],
)
def test_names_typed_alone_that_are_not_people(engine, path, values):
    assert recommend(engine, path, values).classification == "green"


def test_no_values_yet(engine):
    rec = engine.recommend("traits.phone", Evidence())
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "phone", "key")
    assert recommend(engine, "properties.foo", [None, None]).classification == "green"


def test_more_severe_value_wins_over_key(engine):
    rec = recommend(engine, "properties.customer_name", ["4111 1111 1111 1111"] * 3)
    assert (rec.classification, rec.matcher) == ("red", "credit card")


@pytest.mark.parametrize(
    ("path", "values"),
    [
        # `group` calls send the workspace's or the company's name as traits.name.
        ("traits.name", ["Keller Bau GmbH", "Globex Corporation", "Brightwave Inc."]),
        ("properties.landlord", ["Harbor Realty Group", "Summit Residential LLC"]),
        ("properties.pickupLocation", ["Kyoto Station", "LIS Airport", "Atlanta HQ"]),
    ],
)
def test_organisations_and_venues_are_not_people(engine, path, values):
    assert recommend(engine, path, values).classification == "green"


def test_people_still_named_next_to_organisations(engine):
    assert recommend(engine, "traits.name", ["Ana Ruiz", "Ren Yamamoto", "Globex Ltd"]).matcher == "name"
    # Colorado, not a company.
    assert engine.observe("traits.location", "Boulder, CO").kind != engine.observe("x", "Shield Co").kind


def test_a_title_names_a_person_under_a_things_key(engine):
    # 'provider' usually names a company; `Dr. … , NP` is a clinician.
    rec = recommend(engine, "properties.providerName", ["Dr. Omar Khan", "Dr. Priyanka Banerjee, NP"])
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "name", "value")


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        ("properties.userName", ["quang.tran@northpeak.io", "james.brooks@quarrybank.de"], "email"),
        ("properties.pin", ["47.08143,-73.11477", "43.08192,-9.89538"], "geolocation"),
        ("properties.peripheralAddress", ["00:1A:2B:3C:4D:5E", "A4:C3:F0:85:AC:2D"], "mac"),
    ],
)
def test_unmistakable_values_say_what_the_key_holds(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_the_kind_of_a_health_datum_is_the_datum(engine):
    rec = recommend(engine, "properties.injury_type", ["shin splints", "IT band syndrome"])
    assert rec.matcher == "condition"


@pytest.mark.parametrize(
    ("values", "matcher", "classification"),
    [
        (["wheelchair", "deaf", "WCHR"], "disability", "red"),
        (["Catholic Mass", "Hindu"], "religion", "yellow"),
        (["chronic illness", "home dialysis", "Asthma"], "condition", "yellow"),
    ],
)
def test_whole_values_that_state_a_special_category(engine, values, matcher, classification):
    rec = recommend(engine, "properties.selected_option", values)
    assert (rec.classification, rec.matcher, rec.matched_on) == (classification, matcher, "value")


def test_an_items_condition_is_not_a_persons(engine):
    items = ["new_with_tags", "used - good", "like_new", "needs_repair", "目立った傷や汚れなし"]
    assert recommend(engine, "properties.condition", items).classification == "green"
    rec = recommend(engine, "properties.condition", ["glaucoma", "type 1 diabetes", "epilepsy"])
    assert (rec.classification, rec.matcher) == ("yellow", "condition")


def test_special_category_words_in_prose_are_not_the_category(engine):
    values = ["Wheelchair accessible rooms near the lift", "Step-free access, hearing loop at reception"] * 3
    assert recommend(engine, "properties.hotel_description", values).classification == "green"


@pytest.mark.parametrize(
    ("path", "values"),
    [
        # Host names after their owners, as macOS, Windows and Android set them.
        ("properties.hostname", ["Sarahs-MacBook-Air", "marcus-thinkpad", "Galaxy-S23-Lucas"]),
        ("properties.hostname", ["Priya-Galaxy-S23", "DESKTOP-AMARA", "Hana-Galaxy-S23"]),
        # Names typed into a search box.
        ("properties.q", ["ngozi adeyemi", "Layla H", "brianna carter"]),
        # Notifications that open with who did what.
        (
            "properties.Body",
            ["Hunter sent you a message", "Zofia invited you to Hearth", "Wojciech liked you back!"],
        ),
        # A coach's notes on how someone did, in a later sentence too; a reference about someone.
        ("properties.Notes", ["Emily hit a new deadlift PR today", "Mai felt tired, reduced volume"]),
        (
            "properties.evaluator_notes",
            ["Good attitude. Kofi struggled in the 1v1 drills.", "TeamSheet: Olivia has been added to U14."],
        ),
        ("properties.comments", ["Tomasz was one of the most reliable people on my team."] * 2),
        # A Korean name with its honorific, inside a receipt's text.
        (
            "properties.text",
            ["[Riftgate] 이지우님, 결제가 완료되었습니다.", "[Riftgate] 강하은님, 결제 완료"],
        ),
        # Contacts labelled with who they are; people addressed by title and family name.
        ("properties.label", ["Kenji (daughter)", "Sofía (Mom)", "Gurpreet (partner)"]),
        ("properties.visit_note", ["Mrs Moyo asleep on arrival.", "Prepared tea for Mr Chen.", "Dr M Begum"]),
        # A care home's notes: Spanish's and Irish forms, Japanese honorifics romanised and not.
        (
            "properties.details",
            ["Sr. Rojas on floor of corridor.", "Don Héctor had a good day.", "Mrs Ó Murchú asleep."],
        ),
        (
            "properties.note",
            [
                "Takahashi-san slipped in en-suite.",
                "中村様: BM x1, no concerns.",
                "佐々木様 had a good day.",
            ],
        ),
        # A boarding pass's barcode; a home directory; an obituary's page.
        (
            "properties.barcode_data",
            [
                "M1HERNANDEZ/PAOLA     EWBKRJA DFWLAXKW  2927 230Y024A0280 100",
                "M1TRAN/MINH           EX85QR5 CUNMUCKW  1776 238Y010C0212 100",
            ],
        ),
        ("properties.cwd", ["C:\\Users\\LeratoM\\src\\cli", "/Users/imogenahmed/dev", "/home/kofi/src/api"]),
        ("context.page.path", ["/obituaries/earl-johnson/flowers", "/obituaries/mary-washington"]),
        ("properties.page_slug", ["kayla-romero-swim", "in-memory-of-amelia-campbell", "linh-obrien-8130"]),
        # A home's and a family app's notifications.
        ("properties.text", ["Sanne disarmed the alarm", "Jonah arrived at school", "Mateo earned a badge"]),
        # A middle initial, a nurse's title.
        ("properties.AssessedBy", ["Nurse Kayla L. Hernandez", "Nurse Callum Taylor", "John A. Smith"]),
        # Documents named after their owner, even under a file's key.
        (
            "properties.resume_file_name",
            [
                "CV_ROBINSON_Latoya.pdf",
                "Payslip-AbigailOconnell-2024-09-19.pdf",
                "CV Darnell Tanaka 2024.docx",
            ],
        ),
    ],
)
def test_names_where_people_write_them(engine, path, values):
    rec = recommend(engine, path, values)
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "name", "value")


def test_brands_titles_and_build_paths_without_people(engine):
    for path, values in (
        ("properties.product_name", ["Dr Pepper 330ml", "Mr Price gift card", "Dr Martens boots"]),
        ("context.page.title", ["Check-in online | Villa Luce", "Disponibilità | Villa Luce"]),
        ("properties.cwd", ["/home/runner/work/app", "/home/ubuntu/app", "/Users/admin/build"]),
        ("properties.restaurant_slug", ["trattoria-da-enzo-roma", "the-copper-table", "blue-cotton-shirt"]),
        ("properties.label", ["Paris (France)", "Lima (Peru)", "Victoria (BC)"]),
    ):
        assert recommend(engine, path, values * 2).classification == "green", path


def test_file_names_and_time_zones_without_people(engine):
    files = ["report_2024.pdf", "IMG_2041.jpg", "invoice-acme-0042.pdf", "Q3 roadmap final.docx"]
    assert recommend(engine, "properties.file_name", files).classification == "green"
    zones = ["(GMT-07:00) America/Denver", "(GMT+10:00) Australia/Sydney", "(GMT-05:00) America/Chicago"]
    assert recommend(engine, "properties.timezone", zones).classification == "green"


def test_server_names_and_product_searches_are_not_people(engine):
    assert (
        recommend(engine, "properties.hostname", ["web-01", "api-server-pc", "db-replica-2"]).classification
        == "green"
    )
    assert (
        recommend(engine, "properties.q", ["rose gold", "summer sale", "running shoes"]).classification
        == "green"
    )


def test_health_told_in_most_notes_is_a_condition(engine):
    notes = [
        "Diagnosed with dyslexia in 2019, needs extra time",
        "Type 1 diabetes, may need to eat",
        "Low vision",
    ]
    assert recommend(engine, "properties.note", notes).matcher == "condition"
    recipes = ["Chocolate cake", "Sugar-free cake for diabetic guests", "Lemon tart", "Bread"]
    assert recommend(engine, "properties.recipe_title", recipes).classification == "green"
    symptoms = [
        "rash on my arm after hiking, itchy",
        "Had a panic attack before the meeting",
        "Sprained ankle",
    ]
    assert recommend(engine, "properties.input", symptoms).matcher == "condition"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        ("properties.has_criminal_record", [True, False], "criminal record"),
        ("properties.snapshot_url", ["https://proctor.example.com/frames/1.jpg"], "photo"),
        ("traits.indirizzo.via", ["Via Roma 12", "Corso Italia 3"], "address"),
        ("properties.join_url", ["https://us06web.zoom.us/j/13460727609?pwd=137a9a31d42854ca6f6e"], "secret"),
        # A magic link's token, whatever its parameter is called; an eSIM's activation code.
        (
            "properties.link",
            ["https://shop.example/magic?t=d8bdf138734afb5a750141a67a46"],
            "token",
        ),
        ("properties.matching_id", ["LPA:1$smdp.example-esim.net$M0GAM-AOM6V-5RFSY-JWKIV"], "token"),
        ("properties.note", ["Deliver to SW1A 1AA", "Leave at LS1 4AP", "Ring at EC1A 1BB"], "zipcode"),
        ("properties.name", ['MacBook Air 13" M3 8GB', "T7 2TB SSD", "Galaxy Tab S9"], None),
    ],
)
def test_more_places_personal_data_sits(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_cards_addressed_by_first_name(engine):
    values = [
        "Ananya — congrats on the new job!",
        "For Emeka, who never stops baking",
        "Happy birthday Niamh!",
    ]
    assert recommend(engine, "properties.gift_message", values).matcher == "name"
    towns = ["Austin, TX — 2 stores", "FRITZ!Box 7590", "Raleigh, NC"]
    assert recommend(engine, "properties.store_note", towns).classification == "green"


def test_turkish_ad_is_a_name_when_its_values_are_one_word(engine):
    assert recommend(engine, "properties.ad", ["Zeynep", "Emre", "Elif"]).matcher == "name"
    assert (
        recommend(engine, "properties.ad", ["Summer Sale Banner", "banner_300x250"]).classification == "green"
    )


def test_a_group_calls_name_is_the_groups(engine):
    evidence = Evidence()
    for name in ["Zoho", "Infosys", "Bluefin Capital", "Okafor"]:
        group = {"type": "group", "groupId": "g1", "traits": {"name": name, "email": "billing@zoho.example"}}
        for path, obs in engine.observe_message(group):
            if path == "traits.name":
                evidence.add(obs)
    assert engine.recommend("traits.name", evidence).classification == "green"
    identify = {"type": "identify", "userId": "u1", "traits": {"name": "Okafor"}}
    assert dict(engine.observe_message(identify))["traits.name"].kind != "org"


def test_a_household_named_after_its_family_is_a_persons_name(engine):
    # A nanny's or a tutor's clients are families: the group's name is their surname.
    evidence = Evidence()
    for name in ["Familie Krüger", "Flores Family", "Família Souza", "The Reyes Family"]:
        group = {"type": "group", "groupId": "hh1", "traits": {"name": name}}
        for path, obs in engine.observe_message(group):
            if path == "traits.name":
                evidence.add(obs)
    assert engine.recommend("traits.name", evidence).matcher == "name"
    # A study's principal investigator is a person, in a study group's call too.
    evidence = Evidence()
    for email in ["a.osei@uni.example", "m.ruiz@hospital.example", "k.tan@trials.example"]:
        for path, obs in engine.observe_message(
            {"type": "group", "groupId": "s1", "traits": {"pi_email": email}}
        ):
            if path == "traits.pi_email":
                evidence.add(obs)
    assert engine.recommend("traits.pi_email", evidence).matcher == "email"
    # A business named for its trade is still the group's own.
    assert not names.household("Family Dental")
    assert not names.household("Familie")


def test_a_group_calls_contact_details_are_the_groups_unless_a_persons(engine):
    evidence: dict[str, Evidence] = {}
    for phone in ["+1 415 555 0100", "+44 20 7946 0958", "+49 30 901820"]:
        group = {
            "type": "group",
            "groupId": "g1",
            "traits": {
                "phone": phone,
                "billing_contact": {"phone": phone},
                "address": {"street": "1 Main St"},
                "leader_name": "Ngozi Okafor",
            },
        }
        for path, obs in engine.observe_message(group):
            evidence.setdefault(path, Evidence()).add(obs)
    verdicts = {path: engine.recommend(path, ev).classification for path, ev in evidence.items()}
    assert verdicts == {
        "traits.phone": "green",
        "traits.billing_contact.phone": "yellow",
        "traits.address.street": "green",
        "traits.leader_name": "yellow",
    }
    identify = {"type": "identify", "userId": "u1", "traits": {"phone": "+1 415 555 0100"}}
    assert dict(engine.observe_message(identify))["traits.phone"].value_matcher == "phone"


def test_amounts_and_coordinates_sent_as_text_confirm_their_keys(engine):
    # `4850.00` and `97.5` read like versions, `-33.868820` like nothing in particular.
    assert recommend(engine, "properties.grossPay", ["4850.00", "3269.23", "22.50"]).matcher == "salary"
    assert recommend(engine, "properties.schufa_score", ["97.5", "88.2", "76.9"]).matcher == "credit score"
    assert (
        recommend(engine, "properties.latitude", ["51.507351", "-33.868820", "40.712776"]).matcher
        == "geolocation"
    )


def test_a_special_meal_is_a_religion_only_as_an_iata_code(engine):
    assert recommend(engine, "properties.meal_code", ["KSML", "MOML", "HNML", "VGML"]).matcher == "religion"
    assert (
        recommend(engine, "properties.mealPreference", ["MOML", "none", "KSML", "DBML"]).matcher == "religion"
    )
    wedding = recommend(engine, "properties.meal_preference", ["vegetarian", "standard", "child_meal"])
    assert wedding.classification == "green"


def test_a_member_number_beside_an_insurers_details_is_the_insurers(engine):
    def verdict(properties_of) -> Recommendation:
        numbers = ["ZQP447812301", "BCB881230101", "U1234567801"]
        return recommend_in_messages(engine, "properties.member_id", numbers, properties_of)

    insured = verdict(lambda n: {"member_id": n, "payer_name": "Aetna", "copay": 20})
    assert (insured.classification, insured.matcher) == ("yellow", "identification")
    # A loyalty club's member number is the business's own id.
    assert verdict(lambda n: {"member_id": n, "points": 120, "tier": "gold"}).classification == "green"


def test_a_city_searched_for_a_things_nickname_and_a_billers_number_are_not_a_persons(engine):
    def verdict(path: str, values: list[str], fields_of) -> str:
        return recommend_in_messages(engine, path, values, fields_of).classification

    cities = ["Lisbon", "Osaka", "Nairobi"]
    assert (
        verdict("properties.city", cities, lambda c: {"query": "flats", "city": c, "results": 12}) == "green"
    )
    assert verdict("properties.city", cities, lambda c: {"first_name": "Ana", "city": c}) == "yellow"
    cars = ["Blue Bolt", "Zippy", "The Beast"]
    assert (
        verdict("properties.nickname", cars, lambda n: {"nickname": n, "make": "Kia", "model": "Niro"})
        == "green"
    )
    assert verdict("properties.nickname", cars, lambda n: {"nickname": n, "birth_year": 1990}) == "yellow"
    # A utility's or a telecom's customer number beside the plan, not a bank account.
    accounts = ["12345678", "87654321", "31926819"]
    assert (
        verdict("traits.accountNumber", accounts, lambda n: {"accountNumber": n, "plan": "Fibre"}) == "green"
    )
    assert (
        verdict("traits.accountNumber", accounts, lambda n: {"accountNumber": n, "sort_code": "20-00-00"})
        == "red"
    )


def test_data_sent_beside_an_animals_breed_is_the_animals(engine):
    evidence: dict[str, Evidence] = {}
    for sex, born in [("female", "2021-03-04"), ("male", "2019-11-30"), ("female", "2023-06-01")]:
        for properties in (
            {"breed": "Jersey", "sex": sex, "date_of_birth": born, "vaccinated": True},
            {"pet_name": "Bella", "species": "dog", "sex": sex, "owner_dob": born},
        ):
            for path, obs in engine.observe_message(
                {"type": "track", "event": "Animal Added", "properties": properties}
            ):
                evidence.setdefault(path, Evidence()).add(obs)
    verdicts = {path: engine.recommend(path, ev).classification for path, ev in evidence.items()}
    assert verdicts["properties.sex"] == "green"
    assert verdicts["properties.date_of_birth"] == "green"
    assert verdicts["properties.vaccinated"] == "green"
    # The owner's birth date beside it is still the owner's.
    assert verdicts["properties.owner_dob"] == "yellow"
    # Without an animal beside them, the same keys are a person's.
    person: dict[str, Evidence] = {}
    for born in ["2021-03-04", "1980-11-30", "1975-06-01"]:
        for path, obs in engine.observe_message({"type": "track", "properties": {"date_of_birth": born}}):
            person.setdefault(path, Evidence()).add(obs)
    assert (
        engine.recommend("properties.date_of_birth", person["properties.date_of_birth"]).classification
        == "yellow"
    )


def test_given_names_inside_sentences(engine):
    notes = [
        "Spoke with Zanele about renewal, follow up in Q3.",
        "Left voicemail for Mathis; try again Tuesday.",
    ]
    assert recommend(engine, "properties.notes", notes).matcher == "name"
    agents = [
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Safari/605"
    ]
    slots = ["Fri 19 Jul, 9:00-19:00", "Mon 10 May, 7:00-15:00"]
    assert recommend(engine, "context.userAgent", agents * 3).classification == "green"
    assert recommend(engine, "properties.slot.label", slots).classification == "green"
    # German's polite `Sie` and Vietnamese words with their tones (`Tiếng Anh`: English, the
    # language) are not given names.
    questions = ["Wie lange möchten Sie das Geld anlegen?", "Welche Erfahrung haben Sie mit Aktien?"]
    assert recommend(engine, "properties.question", questions).classification == "green"
    subjects = ["Tiếng Anh", "Toán", "Miền Nam", "Tiếng Việt"]
    assert recommend(engine, "properties.subjects[]", subjects).classification == "green"
    # Who someone is to the writer, then their name; a deed a note tells of them.
    notes = [
        "Son Rhys McAllister holds power of attorney.",
        "Buurman Fatma Brouwer belde namens deelnemer.",
        "Marites taught me to drive.",
        "Xinyi finished book 2, start book 3.",
    ]
    assert recommend(engine, "properties.note", notes).matcher == "name"
    things = ["Mother Goose nursery rhymes", "Brother HL-L2350DW printer", "Guest Wi-Fi password"]
    assert recommend(engine, "properties.note", things).classification == "green"
    # A callback's instruction, a tutor's note of what a pupil needs, a greeting with Korean's
    # polite suffix; a call centre's hours are no one's.
    notes = [
        "Call Olivia after 7pm, at work until then",
        "Ayaan prefers Hindi, please",
        "Tomás necesita reforzar M1 para la PAES",
        "Walter님, 오른쪽 보청기 음량을 조금 올렸습니다.",
    ]
    assert recommend(engine, "properties.callback_note", notes).matcher == "name"
    things = ["Call Center hours 9-5", "Ask Support about refunds", "Text Message received"]
    assert recommend(engine, "properties.callback_note", things).classification == "green"
    # A file-name field where a fifth of the files are named after their person holds names;
    # one where none is does not.
    files = ["CV_Manon_Faure.pdf", "scan_0001.pdf", "scan_0002.pdf", "IMG_2231.HEIC", "notes.txt"]
    assert recommend(engine, "properties.file_name", files).matcher == "name"
    files = ["scan_0001.pdf", "scan_0002.pdf", "IMG_2231.HEIC", "notes.txt", "invoice-2291.pdf"]
    assert recommend(engine, "properties.file_name", files).classification == "green"
    # A known given name's possessive before what it names; a brand's alone is not someone's.
    titles = ["Emily's kidney transplant fund", "Carlos's Nairobi Half for Hope", "José's Pulse Pro 3"]
    assert recommend(engine, "properties.campaign_title", titles).matcher == "name"
    shops = ["Wendy's", "McDonald's", "Father's Day sale", "Women's shoes"]
    assert recommend(engine, "properties.campaign_title", shops).classification == "green"


def test_forms_of_address_say_the_gender(engine):
    rec = recommend(engine, "properties.Title", ["Mr", "Mrs", "Ms", "Mrs"])
    assert (rec.matcher, rec.matched_on) == ("gender", "value")
    # An airline's titles, in capitals as IATA writes them; a state's code is no title.
    rec = recommend(engine, "properties.passengers[].title", ["MR", "MS", "MRS", "MSTR", "MR", "MS"])
    assert (rec.matcher, rec.matched_on) == ("gender", "value")
    assert recommend(engine, "properties.state", ["MS", "TX", "CA", "NY", "FL"]).classification == "green"


def test_small_whole_numbers_are_counts_not_identifiers(engine):
    # How many phone numbers or SIM cards are on file is a count; a birth month and a house number
    # are small numbers that are the datum.
    rec = recommend(engine, "properties.phoneNumbersOnFile", [0, 1, 2, 3])
    assert (rec.classification, rec.reason) == (
        "green",
        "key looks like 'phone' but 4 of 4 values are small whole numbers (counts)",
    )
    assert recommend(engine, "properties.simsOnCnic", [1, 2, 5]).classification == "green"
    assert recommend(engine, "properties.individual.dob.month", [1, 4, 12]).matcher == "birthdate"
    assert recommend(engine, "properties.address.street_number", [12, 7, 88]).classification == "yellow"
    assert recommend(engine, "traits.SchufaScore", [87, 95, 62]).matcher == "credit score"
    assert recommend(engine, "traits.phone", [4155550123, 7700900123]).matcher == "phone"


def test_names_whole_in_some_values_and_inside_others_and_in_a_links_query(engine):
    labels = ["Begoña Fernández Navarro (you)", "Isla Hughes (you)", "Giuseppe Bianchi", "Lorenzo Conti"]
    rec = recommend(engine, "properties.label", labels)
    assert (rec.matcher, rec.reason) == ("name", "4 of 4 values are or contain name")
    links = [
        "https://air.example/manage?pnr=NEFYFC&lastName=KHAN&lang=ar-AE",
        "https://air.example/manage?pnr=KZMFNW&last_name=REYES",
    ]
    assert recommend(engine, "properties.deep_link", links).matcher == "name"
    plain = ["https://shop.example/p?utm_source=mail&name=widget", "https://shop.example/?surname="]
    assert recommend(engine, "properties.url", plain).classification == "green"
    assert recommend(engine, "properties.Title", ["Checkout", "Home", "Orders"]).classification == "green"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        (
            "properties.message_to_host",
            ["Hallo Ayşe, wir reisen mit Hund", "Halo Joko, kami datang", "Hi Minjun, hello"],
            "name",
        ),
        ("properties.feedback", ["Larissa led the migration.", "Ngozi said the client signed off"], "name"),
        (
            "properties.scheduling_link",
            ["https://slotwise.app/larissa-oliveira/demo", "https://x.io/in/emeka-eze-1c65"],
            "name",
        ),
        ("properties.input", ["Calle 53 # 35-80", "Rua Augusta, 1827", "Via Roma 150"], "address"),
    ],
)
def test_names_and_addresses_as_people_write_them(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_a_sentence_that_starts_with_via_is_not_an_address(engine):
    values = ["Via our app 24 hours a day", "Via email 2 days later", "Sign in via SSO"]
    assert recommend(engine, "properties.help_text", values).classification == "green"


def test_digits_of_a_messages_party_are_phone_numbers_and_elsewhere_ids(engine):
    senders = ["919906731181", "639981213562", "07316724437", "5218516576696"]
    for path in ("properties.messages[].from", "properties.From", "properties.payload.destination"):
        rec = recommend(engine, path, senders)
        assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "phone", "value"), path
    # A digit run under another key is an id, even when it was seen under a party's key first.
    assert recommend(engine, "properties.reference", senders).classification == "green"
    # A date range, epoch seconds and milliseconds, a short code: not phone numbers.
    for values in (["20240115", "20240201"], ["1700000000", "1700086400"], ["1700000000000"], ["72345"]):
        assert recommend(engine, "properties.from", values).classification == "green", values
    # Names and e-mails under the same keys are what they were.
    assert recommend(engine, "properties.gift.from", ["Amara Okafor", "Hugo Tremblay"]).matcher == "name"
    assert recommend(engine, "properties.to", ["ana@example.com", "li@example.org"]).matcher == "email"


def test_a_business_functions_mailbox_and_a_message_id_are_not_a_persons_email(engine):
    roles = ["support@harbourline.co.uk", "kundenservice@bluefinch.io", "no-reply@funkeln.de"]
    assert recommend(engine, "properties.mailbox", roles).classification == "green"
    message_ids = ["<54dcb297-e25e-4bd5-bd51-30f6f38e88bb@acme.in>", "6fb79d101ff2dbf32f94@mg.funkeln.de"]
    assert recommend(engine, "properties.headers.Message-ID", message_ids).classification == "green"
    people = ["jana.novak@gmail.com", "support.team.lead+x@acme.io", "li.wei@example.org"]
    assert recommend(engine, "properties.mailbox", people).matcher == "email"
    sendgrid = ["<290847d952d1c387.4018253602@ismtpd02p1mdw1.sendgrid.net>"]
    assert recommend(engine, "properties.smtp-id", sendgrid).classification == "green"
    # The address a sender asks replies to go to is the sender's.
    mailboxes = ["kyoto@estanciagroup.com", "reservas.barceloneta@estanciagroup.com", "ana.ruiz@acme.es"]
    assert recommend(engine, "properties.reply_to", mailboxes).classification == "green"
    # A time and a hex id joined by a dot.
    mailer = ["<20240559630612.3237bc4a99@mail.acme.it>", "<64f89d852618.41764@mailer.evergreen-fs.com>"]
    assert recommend(engine, "properties.message_id", mailer).classification == "green"
    # Under an e-mail key too: a company's billing contact is its finance mailbox.
    finance = ["finance@northwind.co.uk", "ap@umbrella.de", "billing@globex.com"]
    assert recommend(engine, "traits.billingEmail", finance).classification == "green"
    # Teams' mailboxes joined from their words, in any language; a person's name breaks the spell.
    teams = ["accounts.payable@brightline.com", "hr-ops@wipro.in", "oncall-it@kraków.pl", "fatture@enel.it"]
    assert recommend(engine, "traits.billing_email", teams).classification == "green"
    assert recommend(engine, "traits.billing_email", ["ap.smith@brightline.com"]).matcher == "email"
    # Clubs' officers, travel desks, and Polish, Finnish and Turkish offices.
    offices = [
        "secretary@nzda.org.nz",
        "travel-desk@acme.com",
        "ksiegowosc@kawa.pl",
        "hallitus@ms.fi",
        "destek@kargo.tr",
    ]
    assert recommend(engine, "traits.contact_email", offices).classification == "green"
    assert recommend(engine, "traits.billingEmail", people).matcher == "email"


@pytest.mark.parametrize(
    ("path", "values", "expected"),
    [
        # A company's main line, a vet's or a family doctor's practice: the business's.
        ("traits.main_phone", ["(512) 555-0164", "+1 713-555-0188"], None),
        ("properties.vet_phone", ["+44 20 7946 0018", "+44 161 496 0753"], None),
        ("properties.pcp_phone", ["(512) 555-0123", "(206) 555-0188"], None),
        ("properties.vet_name", ["Dr Amara Okafor", "Dr Hugo Tremblay"], "name"),
        # A venue's access point, card terminal and door panel; a home's router is its household's.
        ("properties.ap_mac", ["a4:5e:60:c2:11:0b", "a4:5e:60:c2:11:7f"], None),
        ("properties.TerminalSerial", ["WPE-2719-3381", "WPE-2719-9042"], None),
        ("properties.router_mac", ["a4:5e:60:c2:11:0b", "a4:5e:60:c2:11:7f"], "mac"),
        # The premises a telecom or a utility serves is its customer's home.
        ("properties.service_address.line1", ["12 Elm Row", "4 Quay St"], "address"),
        ("properties.service_zip", ["EH7 4AA", "D02 X285"], "zipcode"),
        ("properties.service_phone", ["+44 20 7946 0018", "+44 161 496 0753"], None),
        # A card payment's approval code is the issuer's; OAuth's authorization code signs in.
        ("properties.auth_code", ["02ABC0", "7CC794", "501749"], None),
        ("properties.authorization_code", ["AUTH_8dj3k2lq0", "AUTH_x9d8s7a1m"], "token"),
        # Pay, whether totalled or in tips; a customer's tip on an order is not.
        ("traits.totalEarnings", [1200.5, 300.25], "salary"),
        ("properties.cash_tips", [41.5, 12.0], "salary"),
        ("properties.tip", [2.5, 3.0], None),
        # Lab results, in their units (`mg_dl` is not a driving licence).
        ("properties.fasting_glucose_mg_dl", [92, 130], "condition"),
        ("properties.hba1c_pct", [5.6, 6.1], "condition"),
        ("properties.requires_visa_sponsorship", [True, False], "visa"),
        # A condition named alone, as a list of them gives it.
        ("properties.conditions_considered[]", ["asthma", "hypertension", "diabetes"], "condition"),
        # An identity document's number is the national id (the document is `identification`).
        ("properties.id_document.number", ["X1234567", "Y7654321"], "national id"),
        ("properties.Ausweisnummer", ["L01X00T47", "T22000129"], "national id"),
        # A bare `courier` is the carrier; an engineer's name is a person's.
        ("properties.courier", ["DPD", "UPS", "DHL", "Royal Mail"], None),
        ("properties.engineer_name", ["Andrei", "Niamh", "Callum"], "name"),
        ("properties.guests[].dietary", ["halal", "nut allergy", "coeliac"], "allergy"),
        ("properties.signature_image_url", ["https://files.example.com/signatures/9f2c.jpg"], "photo"),
        ("properties.vrm", ["ZE10 GDM", "B-WN 620E"], "license"),
        ("properties.result.telephoneno", ["08132640374", "08061882789"], "phone"),
        ("properties.accessibility_requests[]", ["step-free route", "hearing loop"], "disability"),
        # A hotel's key card; a Stripe publishable key, public by design (its secret key is not).
        ("properties.keycard_number", ["4111111111111111", "5555555555554444"], None),
        ("properties.publishable_key", ["pk_live_51H8abcdefghijklmnopqrs"], None),
        ("properties.secret_key", ["sk_live_51H8abcdefghijklmnopqrs"], "secret"),
        ("properties.smtp-id", ["<1sujTr4W1bqGo13c@ismtpd0042p1lon1.sendgrid.net>"], None),
        # Germany's Personalnummer is a staff number, not Sweden's personnummer.
        ("properties.Personalnummer", ["004512", "007731"], None),
        ("properties.engelli_mi", [True, False], "disability"),
        ("properties.pickup_name", ["Ana", "Bo Li"], "name"),
        # A map's centre and visible bounds are what the person looked at, not where they are.
        ("properties.map_center.lat", [51.5072, 48.8566], None),
        ("properties.bounds.ne_lng", [-0.1276, 2.3522], None),
        ("properties.location.lat", [51.5072, 48.8566], "geolocation"),
        # Accommodations made for a disability; the right to work in a named country.
        ("properties.accommodation_type", ["extra_time", "sign_language_interpreter"], "disability"),
        ("properties.right_to_work_uk", [True, False], "visa"),
        ("properties.attendant_name", ["Ravi Kumar", "Anita Desai"], "name"),
        ("traits.cdlNumber", ["D1234567", "S9876543"], "license"),
        ("properties.amh_pmol_l", [12.4, 30.1], "condition"),
        ("properties.fertile_window_end", ["2026-03-14", "2026-04-11"], "condition"),
        ("properties.message_to_couple", ["Congratulations!", "So happy for you both"], None),
        # A pet's name in Japanese keys: the qualifier is folded as the key is.
        ("properties.ペット.名前", ["ポチ", "タマ"], None),
        # Taking a medicine is the datum as a flag; a product's prescription flag is not, nor is a
        # consent to treatment.
        ("properties.takesBloodThinners", [True, False], "medication"),
        ("properties.items[].requires_prescription", [True, False], None),
        ("properties.has_pcos_diagnosis", [True, False], "diagnosis"),
        ("properties.consent_to_treatment", [True, False], None),
        # A bare `token` of hex ids names a thing (a form response); random strings sign in.
        ("properties.token", ["3559fb327cbf530bcf1b317b114767e0", "d8ed7c0448ad34e875a29c8ee10559a7"], None),
        ("properties.token", ["TTCD1pzbm7oo0HYQrzVhG9r2OUhiLwrETkJ8IObddQY", "L1D4soFoIIe9Lf2q"], "token"),
        ("properties.form_response.token", ["TTCD1pzbm7oo0HYQrzVhG9r2OUhiLwrETkJ8IObddQY"], None),
        # Where a trip is bound is not where its traveller is; the address a parcel goes to is.
        ("properties.destination_city", ["Lisbon", "Porto"], None),
        ("properties.destination.lng", [-9.1393, -8.6291], None),
        # A flight's arrival city too; where a courier stood on arriving is theirs.
        ("properties.villeArrivee", ["Lyon", "Nice"], None),
        ("properties.arrival_lat", [48.8566, 45.764], "geolocation"),
        ("properties.destination.address.city", ["Lisbon", "Porto"], "city"),
        ("properties.destinationAddress.city", ["Lisbon", "Porto"], "city"),
        # India's PIN code is its postal code; a hospital's UHID and an ABHA number are health ids.
        ("properties.pin_code", ["560034", "110017"], "zipcode"),
        ("traits.patient_uhid", ["UH2290114", "UH2290871"], "health id"),
        ("traits.abhaAddress", ["priya.s@abdm", "rahul1990@sbx"], "health id"),
        ("properties.no_rekam_medis", ["RM-004512", "RM-007731"], "health id"),
        # An event's bare `code` of digits is a one-time code; a promo or an error code is not,
        # nor is a code under a parent (`diagnoses[].code`, `response.code`).
        ("properties.code", ["772024", "981295", "158078"], "token"),
        ("properties.code", ["PASTA10", "WELCOME15", "RW2024"], None),
        ("properties.response.code", ["200", "404", "201"], None),
        ("properties.children[].name", ["Amara Okafor", "Hugo Tremblay"], "name"),
        ("properties.recipient_name_hangul", ["김민준", "이서연"], "name"),
        ("properties.stopien_niepelnosprawnosci", ["umiarkowany", "znaczny"], "disability"),
        ("properties.skin_concerns[]", ["acne", "rosacea", "eczema"], "condition"),
        # A Gulf delivery address's parts; Germany's church tax says the faith.
        ("properties.delivery_address.landmark", ["Near Al Noor Mosque", "Opp. Lulu"], "address"),
        ("properties.jadda", ["Jadda 12", "Jadda 4"], "address"),
        ("properties.churchTax", [True, False], "religion"),
        ("properties.janm_sthan", ["Varanasi", "Pune"], "city"),
        # Whoever holds an order's or a locker's pickup code collects the parcel.
        ("properties.pickup_code", ["482913", "ZX41Q9"], "token"),
    ],
)
def test_whose_data_it_is_from_the_words_around_the_term(engine, path, values, expected):
    assert recommend(engine, path, values).matcher == expected


def test_call_masking_numbers_are_the_platforms(engine):
    relays = ["+442038085500", "+442038085511", "+442038085522"]
    for path in ("properties.ProxyNumber", "properties.masked_number", "properties.courier_proxy_number"):
        assert recommend(engine, path, relays).classification == "green", path
    assert recommend(engine, "properties.reference", relays).matcher == "phone"


def test_national_ids_by_their_checks_but_not_order_numbers_that_pass_by_chance(engine):
    pesels = ["44051401359", "02070803628", "85010112345", "92123109874", "01271504565"]
    rec = recommend(engine, "properties.q", pesels)
    assert (rec.classification, rec.matcher, rec.matched_on) == ("red", "national id", "value")
    # One 11-digit order number in ten or so passes one of the checks: not consistently.
    orders = [str(40_000_000_000 + 7_919 * i) for i in range(200)]
    assert recommend(engine, "properties.reference", orders).classification == "green"


def test_names_typed_alone_into_a_search_box_are_peoples_and_elsewhere_words(engine):
    typed = ["Mehmet", "ngozi", "Kateryna", "Wong", "Jamal", "Dolores", "Anastasia O'Sullivan"]
    rec = recommend(engine, "properties.q", typed)
    assert (rec.classification, rec.matcher, rec.matched_on) == ("yellow", "name", "value")
    # The same words as a pet's name or a product's are not evidence.
    assert recommend(engine, "properties.pet_name", typed[:6]).classification == "green"
    # Places searched beside a few words that happen to be listed names: not vouched for.
    places = ["Mokotów", "Kadıköy", "metro", "Neukölln", "Kızılay", "sol", "Praga", "Wola"]  # noqa: RUF001
    assert recommend(engine, "properties.query", places).classification == "green"


def _sent(engine: Engine, senders: list[str], key: str, values: list[str]) -> Recommendation:
    """The recommendation for `properties.<key>` when each sender's track call carries the next of
    `values`, round and round."""
    evidence = Evidence()
    for i, sender in enumerate(senders):
        call = {
            "type": "track",
            "event": "Sent",
            "userId": sender,
            "properties": {key: values[i % len(values)]},
        }
        for path, obs in engine.observe_message(call):
            if path == "properties." + key:
                evidence.add(obs)
    return engine.recommend("properties." + key, evidence)


def _webhooks(engine: Engine, senders: list[str], numbers: list[str]) -> Recommendation:
    return _sent(engine, senders, "From", numbers)


def test_the_same_few_numbers_in_many_senders_events_are_a_business_line(engine):
    people = [f"user_{i}" for i in range(40)]
    lines = ["+14155550100", "+14155550101"]
    rec = _webhooks(engine, people, lines)
    assert rec.classification == "green"
    assert "business's line" in rec.reason
    customers = [f"+1415555{i:04d}" for i in range(40)]
    assert _webhooks(engine, people, customers).matcher == "phone"
    # One sender's own number, however often it is seen, stays theirs.
    assert _webhooks(engine, ["user_1"] * 40, lines[:1]).matcher == "phone"
    # A hotel group's eight front desks across many guests' events are its lines too.
    desks = [f"+3491522{i:04d}" for i in range(8)]
    assert _webhooks(engine, people, desks).classification == "green"
    assert _webhooks(engine, people[:12], customers[:12]).matcher == "phone"


def test_the_same_account_in_many_senders_transfers_is_a_business_account(engine):
    people = [f"user_{i}" for i in range(40)]

    def transfers(ibans: list[str]) -> Recommendation:
        return _sent(engine, people, "iban_poluchatelya", ibans)

    # An agency's one account on every tenant's transfer.
    assert transfers(["TR59 0006 2000 1920 0062 9578 10"]).classification == "green"
    # Each payee's own account is theirs.
    own = [f"GB{n:02d}NWBK6016133192{n:04d}" for n in range(40)]
    assert transfers(own).matcher == "bank account"


def test_a_groups_administrator_is_a_person(engine):
    evidence = Evidence()
    for i in range(6):
        call = {"type": "group", "groupId": f"g{i}", "traits": {"name": "Lantern Hospice"}}
        call["traits"]["administrator_email"] = f"nurse{i}.kowalska@lantern.example"
        for path, obs in engine.observe_message(call):
            if path == "traits.administrator_email":
                evidence.add(obs)
    assert engine.recommend("traits.administrator_email", evidence).matcher == "email"


def test_the_same_few_mailboxes_in_many_senders_events_are_a_business_s(engine):
    people = [f"user_{i}" for i in range(40)]

    def sent(addresses: list[str]) -> Recommendation:
        return _sent(engine, people, "department_email", addresses)

    # An auction house's desks, a charity's donations desk: the same few, whoever writes.
    desks = sent(["wine@harcourt.example", "watches.hk@harcourt.example", "donativos@bimbo.example"])
    assert desks.classification == "green"
    assert "business's mailboxes" in desks.reason
    # A few officers' own mailboxes, however many cases they handle, are theirs.
    officers = ["jmwangi@mavuno.example", "liam.osullivan@hallmate.example", "tamika.b@vitalia.example"]
    assert sent(officers).matcher == "email"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A note to someone is what the person writes, not the someone's name.
        ("properties.note_to_stylist", ["Best fade ever", "Thank you!!", "Same as last time"], None),
        ("properties.notes_for_shopper", ["Ripe avocados only", "No plastic bags please"], None),
        ("properties.stylist", ["Ayo Bello", "Zeynep Kaya", "Marcus Reed"], "name"),
        # Where a right holds, what was entered, what was performed: still the datum.
        ("properties.rightToWorkInUk", ["yes", "no"], "visa"),
        ("properties.documentNumberEntered", ["A1234567", "B7654321", "C7654321"], "national id"),
        ("properties.procedures_performed", ["OCT scan", "dilation"], "procedure"),
        # A birth date written year first with dots; a rite's date says the faith.
        ("traits.dogumTarihi", ["1984.10.11", "1990.10.27", "2004.01.15"], "birthdate"),
        ("properties.baptism_date", ["2001-04-05", "1999-12-24", "2010-06-01"], "religion"),
        # A salon's, a marina's details and a hull's condition are not a person's.
        ("properties.salon_address", ["12 Broad St, Lagos", "4 Main Rd", "7 High St"], None),
        ("properties.hull_condition", ["minor_scratches", "needs_inspection", "ok"], None),
        # A boat's hull identification number and registration are its owner's, as a car's.
        ("properties.boat.hin", ["FR-BEN8581SC718", "US-JEAKL8HZG013", "DE-LAG03W07J315"], "serial"),
        ("properties.vessel.registration", ["ST-9653", "QE676Q", "FL 6116 KX"], "license"),
        # Mexico's SPEI tracking key is a transfer's reference, not a password.
        ("properties.clave_rastreo", ["MBAN01002411150012345678", "2024111540014TRANSFER"], None),
        # SendGrid's `smtp-id` is a message's id written as an address.
        ("properties.smtp-id", ["<6f838cc4a72.1a6.7368a1@ismtpd072p1mdw1.sendgrid.net>"] * 2, None),
        # Names after a congregation's and Indonesian's forms of address.
        ("properties.label", ["Ustaz Jamal Jackson", "Ibu Ketut Wijaya", "Sis. Tyler Brown"], "name"),
    ],
)
def test_wave_32_keys_and_values(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # One-time codes and payment tokens are tokens (labellers: 160 of 166)...
        ("properties.otp_code", ["482113", "903477", "117722"], "token"),
        ("properties.verification_code", ["482113", "903477"], "token"),
        (
            "properties.payment_method_id",
            ["pm_1NqXyZ2eZvKYlo2C8bSdfg12", "pm_1NqXyZ2eZvKYlo2C8bSdfg99"],
            "token",
        ),
        (
            "properties.Body",
            ["Your Soundlane code is 422956. Don't share it.", "Seu código Soundlane: 628448"],
            "token",
        ),
        ("properties.kode_otp", ["482113", "903477"], "token"),
        # ...while keys and codes that last are secrets: an API key, a door's or a locker's code.
        (
            "properties.api_key",
            ["sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_9aB39HqLyjWDarjtT1zdp7zz"],
            "secret",
        ),
        ("properties.gate_code", ["4821", "9034"], "secret"),
        ("properties.locker_code", ["4821", "9034"], "secret"),
        ("properties.access_notes", ["Garage door code 2858*", "Lockbox at side door, code 1122"], "secret"),
    ],
)
def test_one_time_codes_are_tokens_and_lasting_codes_secrets(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_many_different_numbers_in_few_buckets_by_chance_are_still_peoples(engine):
    # 23 people's own numbers whose hashes happen to fall in 9 of the buckets (a wave-32 corpus's
    # emergency contacts did), sent by 40 people who fill every bucket: fewer buckets than
    # senders', but far more than a chain's few lines would fill.
    def bucket(text: str) -> int:
        return zlib.crc32(text.encode()) % SPREAD_BUCKETS

    candidates = (f"+23480{i:08d}" for i in range(10_000, 20_000))
    numbers = [n for n in candidates if bucket(n) < 9][:23]
    names = [f"member_{i}" for i in range(1_000)]
    people = [next(p for p in names if bucket(p) == b) for b in range(SPREAD_BUCKETS)]
    people += [p for p in names if p not in people][: 40 - len(people)]
    assert _webhooks(engine, people, numbers).matcher == "phone"


def test_who_did_it_by_role_is_not_a_name(engine):
    assert (
        recommend(engine, "properties.reported_by", ["supervisor", "ops", "rider"]).classification == "green"
    )
    assert recommend(engine, "properties.author", ["agent", "customer", "bot"]).classification == "green"
    assert recommend(engine, "properties.reported_by", ["Ana Ruiz", "Tom Lee", "Ida Berg"]).matcher == "name"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # Ids a system gives (`staff_757`, `MED4531`) are never a person's name.
        ("properties.reviewed_by", ["staff_757", "staff_063", "staff_692"], None),
        ("properties.reviewedBy", ["MED4531", "MED6757", "MED7576"], None),
        # A template or a print of a body's feature; not its type, a match's score or a device's hash.
        ("properties.faceMatchTemplate", ["fv1:7a9b8c6d5e4f3a2b", "fv1:1c2d3e4f5a6b7c8d"], "biometric"),
        ("traits.Fingerabdruck", ["WSQ:FF A0 FF A8 00 7A 4E", "minutiae:42;x112y83"], "biometric"),
        ("properties.biometric_type", ["face", "fingerprint"], None),
        ("properties.face_match_score", [0.97, 0.88, 0.42], None),
        ("properties.device_fingerprint", ["a9f3c7e1b2d4f608", "5e8a1c3f7b9d2e4f"], None),
        # One-time codes sent as numbers; a verification's result code as a number is not one.
        ("properties.otp_code", [482913, 75321, 998104], "token"),
        ("properties.verification.code", [9001, 9103, 9102], None),
        # An address in brackets alone under a message's id is the message's id.
        ("properties.message_id", ["<CAF=9x+ab12@mail.gmail.com>", "<CA+Kx3@mail.gmail.com>"], None),
        ("properties.to", ["<jane.doe@gmail.com>", "<omar84@yahoo.com>"], "email"),
        # Where the person lives; a family's medical history; a driving instructor's registration.
        ("properties.city_of_residence", ["Austin", "Brisbane", "Calgary"], "city"),
        ("properties.FamilyHistory", ["Mother breast cancer", "Father MI at 52"], "condition"),
        ("properties.adi_number", ["ADI 687605", "ADI4955", "372799"], "license"),
        # Germany's bank code identifies the bank, as a sort code does.
        ("properties.bankleitzahl", ["37040044", "10070000", "50010517"], None),
    ],
)
def test_vocabulary_lists_keys_and_values(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        ("properties.kiosk_pin", [4821, 937, 2266], "password"),
        ("properties.sms_verification_code", [834201, 119273], "token"),
        ("properties.track2_data", [";4111111111111111=25121011000012345678?"] * 2, "credit card"),
        ("properties.unique_learner_number", ["4417293856", "7720158834"], "national id"),
        ("properties.i94_admission_number", ["69512345678", "98765432101"], "visa"),
        ("properties.DEFENDANT_ALIAS", ["Mikey T", "Lil Ray", "JoJo Banks"], "name"),
        ("properties.therapy_modality", ["CBT", "EMDR", "DBT"], "procedure"),
        ("traits.pob", ["Karachi", "Guadalajara", "Kraków"], "city"),
        # Keys in other languages: an Indonesian residence permit, a Hebrew work permit, a Thai
        # address romanised, Korean visa types, a Spanish chassis number, Amharic romanised pay.
        ("properties.izin_tinggal", ["KITAS", "KITAP", "Visa Kunjungan Usaha"], "visa"),
        ("properties.heter_avoda", ["B/1 עובד זר", "A/5 תושב ארעי"], "visa"),
        ("traits.thi_yu", ["99/1 ถนนสุขุมวิท แขวงคลองเตย", "45 ถนนนิมมานเหมินท์ เชียงใหม่"], "address"),
        ("properties.비자종류", ["E-9", "F-4", "D-2"], "visa"),
        ("properties.numero_bastidor", ["VSSZZZ6JZ9R123456", "VF1RFB00X58123456"], "serial"),
        ("properties.demoz", ["8500", "15000", "32000"], "salary"),
        # Pets' names and a branch's phone in other languages are not a person's.
        ("properties.nama_hewan_peliharaan", ["Mochi", "Oyen", "Blacky"], None),
        ("properties.kefu_dianhua", ["400-820-8820", "400-100-5678"], None),
    ],
)
def test_vocabulary_lists_more_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A masked card number is not card data; a masked SSN or Aadhaar is still its holder's.
        ("properties.credit_card_number", ["•••• •••• •••• 4242", "XXXX-XXXX-XXXX-0005", "**** 1881"], None),
        ("properties.card.number", ["516732******6347", "506099******3411"], None),
        ("properties.candidate_ssn", ["***-**-1234", "***-**-9876"], "social security number"),
        ("properties.masked_aadhaar", ["XXXX XXXX 7402", "XXXX XXXX 1913"], "national id"),
        ("properties.email_masked", ["h***@gmail.com", "r***@icloud.com"], None),
        # Codes that open or arm something, sent as numbers.
        ("properties.garage_door_code", [1357, 86420, 2468], "secret"),
        ("properties.gift_card_pin", [4821, 7731, 993102], "secret"),
        # Supply points identify a household: Italy's POD, Spain's CUPS.
        ("properties.codice_pod", ["IT001E12345678", "IT012E00123456"], "identification"),
        ("properties.codigo_cups", ["ES0021000012345678AB", "ES0031405678912345JN0F"], "identification"),
        # A payer's account by its scheme (Plaid's `numbers`); an ad platform's click id spelt out.
        ("properties.numbers.ach[].account", ["1111222233330000", "9900009606"], "bank account"),
        (
            "properties.hs_google_click_id",
            ["Cj0KCQiA4NWrBhD-ARIsAFCKwWs", "EAIaIQobChMI8pXq"],
            "advertising id",
        ),
        # A form's or a drive's state holds what the person typed or where they are (`state` is
        # not a region as a parent).
        ("properties.form_state.email", ["ana@example.com", "li.wei@example.org"], "email"),
        ("properties.drive_state.latitude", [37.774929, 40.712776], "geolocation"),
        # The current position in Portuguese; an allergy's alert; eligibility for a treatment.
        ("properties.latitude_atual", ["-23.561414", "-22.906847"], "geolocation"),
        ("properties.allergy_alert", [True, False, True], "allergy"),
        ("properties.glp1_eligible", [True, False], "condition"),
        # A locum's pay by the day; a hire car's or a room's daily rate is a price.
        ("properties.locum_day_rate", [450, 620, 380], "salary"),
        ("properties.daily_rate", [49.9, 120.0, 89.5], None),
        # Nepal's Bikram Sambat birth date; Argentina's veterans; a Ukrainian confirmation code.
        ("traits.janma_miti_bs", ["2052-04-15", "2048-11-02", "2060-01-30"], "birthdate"),
        ("properties.condicion_veterano", ["ex combatiente Malvinas", "veterano de guerra"], "veteran"),
        ("properties.код_підтвердження", ["482113", "903144"], "token"),
    ],
)
def test_masked_numbers_codes_as_numbers_and_more_languages(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A payment's authorisation code is the issuer's approval; Paystack's `AUTH_` code charges
        # the card again, by its format under any key.
        ("properties.authorization_code", ["678570", "709740", "217240"], None),
        ("properties.AuthorizationCode", ["V19566", "W16722", "A47745"], None),
        ("properties.authorization_code", ["AUTH_l2xsmr3l0z", "AUTH_06xoh5pkjc"], "token"),
        ("properties.card_ref", ["AUTH_0bc5c53948", "AUTH_793692565d"], "token"),
        ("properties.prior_auth_number", ["PA55526351", "PA63970308"], None),
        ("properties.passkey", ["740480", "079828", "211584"], "token"),
        # Another vendor's live key; a publishable key is public.
        ("properties.key", ["fl_live_09b00a6873b4594033d1f7f1298c663f55add704"], "secret"),
        ("properties.note", ["pk_live_51H8s0aKs1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"], None),
        # India's PAN under a card's abbreviation is the holder's tax id, not a card.
        ("properties.donor_pan", ["ZPAPD6614V", "TIGPR7345O", "OZJPS7321E"], "national id"),
        # Who issued a document is not its holder's datum.
        ("properties.rg_issuer", ["SSP/SP", "DETRAN/RJ", "SSP/MG"], None),
        ("properties.IssuingCity", ["Dubai", "Riyadh", "Cairo"], None),
        # Where one may live or work is immigration status; Brazil's cor/raça is race.
        ("properties.residency_status", ["golden_visa", "employment_visa"], "visa"),
        ("properties.work_permit_status", ["work_permit", "needs_sponsorship"], "visa"),
        ("properties.race_color", ["branca", "parda", "preta"], "race"),
        ("properties.population_group", ["African", "Coloured", "Indian"], "race"),
        # A search's centre is where the person looks around.
        ("properties.search_center.lat", [52.2297, 19.4326, 32.7767], "geolocation"),
        # A district under an address; a Malay address's line and town.
        ("properties.home_address.district", ["Dokki", "Heliopolis", "Quận 3"], "address"),
        ("traits.alamat.baris1", ["No. 222, Jalan Tun Razak", "B-2-9, Jalan Klang Lama"], "address"),
        ("traits.alamat.bandar", ["Shah Alam", "George Town"], "city"),
        # Malay for an offence is not an allergy (`alahan`).
        ("properties.kod_kesalahan", ["K12", "K07", "K15"], None),
        # Health data narrowed by what comes with it; an audiogram's thresholds.
        ("properties.ideation_with_plan", [True, False], "condition"),
        ("properties.thresholds[].db_hl", [10, 25, 40, 60], "condition"),
        ("properties.medicalRestriction", [True, False], "condition"),
        # Pay per mile; Indonesian overtime and take-home pay; a union by name.
        ("traits.PAY_RATE_CPM", [0.65, 0.7, 0.58], "salary"),
        ("properties.lembur", [525000, 875000, 25000], "salary"),
        ("properties.thp", [8830000, 11580000], "salary"),
        ("traits.TEAMSTERS_MEMBER", [True, False], "trade union"),
        # Documents by their local names: a tachograph driver card, Brazil's SUS card, BPJS
        # Ketenagakerjaan; a parent's name in Vietnamese; a picture of the card in Arabic.
        ("traits.numer_karty_kierowcy", ["PL44132830433583", "PL28901680516835"], "license"),
        ("properties.sus_card_number", ["898001160000000", "700000000000005"], "health id"),
        ("properties.bpjsKetenagakerjaan", ["22376630411", "11239831291"], "social security number"),
        ("traits.ten_phu_huynh", ["Phan Thanh Trang", "Phạm Hoàng Ngân"], "name"),
        ("properties.صورة_البطاقة", ["https://kyc.example.com/eg/1/front.jpg"], "photo"),
        # A flag whose key holds a sensitive term besides its head says the person has it; a
        # flag about a contact detail does not.
        ("properties.veteran_plate", [True, False, True], "veteran"),
        ("traits.IsVeteranPlateHolder", [True, False], "veteran"),
        ("properties.prefers_faith_based_therapist", [True, False], "religion"),
        ("traits.AccessiblePermitHolder", [True, False], "disability"),
        ("properties.is_email_verified", [True, False], None),
        # A filter on a tutor's gender is whom the person wants; a care plan for a condition is
        # health data; an audiologist's notes in English and Danish.
        # Postcodes typed into a lookup: the UK's, the Netherlands', ZIP+4, and the digit-only
        # ones beside them; digit strings alone stay ids.
        ("properties.input", ["BS17 9SZ", "6930 BP", "29034-9742", "31859", "6019", "LS20 5UX"], "zipcode"),
        ("properties.input", ["31859", "6019", "59002", "86241"], None),
        # A service or a training centre's address is the business's; a map's centre is where
        # the person looks.
        ("properties.patient_service_center.address", ["1 Main St, Springfield", "9 Oak Ave"], None),
        ("properties.center.lat", [52.2297, 19.4326, 32.7767], "geolocation"),
        # A person's thumbnail; Greek forms' postcode; the UK's taxpayer reference, not an
        # Indian transfer's.
        ("properties.thumbnail_url", ["https://media.example.com/thumbs/1.jpg"], "photo"),
        ("properties.tk", ["54623", "10431", "26221"], "zipcode"),
        ("properties.utr", ["8050420062", "1186105143", "8702639265"], "national id"),
        ("properties.penny_drop_utr", ["417933763415", "832466236894"], None),
        # New Zealand's health index, an IELTS report form, sensitivities.
        ("properties.children[].nhi", ["ZAC5361", "ABC1235"], "health id"),
        ("properties.trf_number", ["23GB012345SMIT001A", "23GB045678LEE002A"], "certificate"),
        ("properties.sensitivities[]", ["gluten", "lactose", "fragrance"], "allergy"),
        # A depositor's, a winner's, a referee's and a bill's addressee's names are people's.
        ("properties.depositor_name", ["Ana Ruiz", "Tom Lee", "Ida Berg"], "name"),
        ("properties.references[].name", ["Ana Ruiz", "Tom Lee", "Ida Berg"], "name"),
        ("properties.bill_first", ["Ana", "Tom", "Ida"], "name"),
        # A questionnaire's items are its answers; a datum's details hold its parts.
        ("properties.phq9.q9", [0, 1, 2, 3], "condition"),
        ("properties.birth_details.date", ["1990-04-12", "1985-11-02"], "birthdate"),
        ("properties.partner_birth_details.place", ["Lagos", "Kraków", "Osaka"], "city"),
        ("properties.filters.tutor_gender", ["female", "male", "any"], None),
        ("properties.hasMentalHealthCarePlan", [True, False], "condition"),
        (
            "properties.clinician_note",
            ["Otitis externa left ear, fitting postponed", "Mild presbycusis both ears", "Tinnitus at night"],
            "condition",
        ),
        ("properties.bemærkning", ["Høretab venstre øre", "Pludseligt høretab højre øre"], "condition"),
    ],
)
def test_wave_33_keys_and_values(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_a_registration_beside_a_vehicles_vin_is_its_plate(engine):
    def verdict(properties_list):
        return recommend_in_messages(engine, "properties.registration", properties_list, dict)

    listings = [
        {"registration": "CA 960-497", "vin": "WVWZZZ1JZXW000001", "make": "VW", "mileage": 84000},
        {"registration": "DF 48 XY GP", "vin": "WBA3A5C50CF256551", "make": "BMW", "mileage": 51000},
    ]
    assert verdict(listings).matcher == "license"
    # A charity's or a company's registration number, with no vehicle beside it, is not a plate.
    charities = [{"registration": "1089464", "charity_name": "Hope Trust"}, {"registration": "SC04271"}]
    assert verdict(charities).classification == "green"


def test_a_sites_address_beside_an_alarm_or_an_installer_is_the_customers_home(engine):
    def verdict(properties_list):
        return recommend_in_messages(engine, "properties.site_address", properties_list, dict)

    alarms = [
        {"site_address": "12 Elm Road, Leeds LS6 2AB", "alarm_type": "intruder", "keyholder_called": True},
        {"site_address": "4 Park Lane, York YO1 7HH", "alarm_type": "smoke", "keyholder_called": False},
    ]
    assert verdict(alarms).matcher == "address"
    # A clinical trial's or a clinic's site is the business's.
    trials = [
        {"site_address": "1 Hospital Way, Leeds LS1 3EX", "visit_type": "screening"},
        {"site_address": "20 Clinic Street, York YO1 6AA", "visit_type": "baseline"},
    ]
    assert verdict(trials).classification == "green"


def test_a_wallet_pass_serial_number_is_the_passs(engine):
    def verdict(properties_list):
        return recommend_in_messages(engine, "properties.serialNumber", properties_list, dict)

    passes = [
        {"passTypeIdentifier": "pass.com.example.boarding", "serialNumber": "E5982H-I2"},
        {"passTypeIdentifier": "pass.com.example.boarding", "serialNumber": "K1193B-X7"},
    ]
    assert verdict(passes).classification == "green"
    devices = [{"serialNumber": "C02XK0ZXJGH5", "model": "MacBook Air"}, {"serialNumber": "F9FZ80QJN73D"}]
    assert verdict(devices).matcher == "serial"


def test_an_indian_transfers_utr_beside_its_ifsc_is_the_transfers(engine):
    utrs = ["417933763415", "HDFCN59911927312586451", "832466236894"]
    transfer = recommend_in_messages(
        engine, "properties.utr", utrs, lambda utr: {"utr": utr, "ifsc": "HDFC0001234", "amount": 1200}
    )
    assert transfer.classification == "green"


def test_a_due_date_beside_a_pregnancy_and_a_flow_beside_a_cycle_are_health_data(engine):
    def verdict(path, properties_list):
        return recommend_in_messages(engine, path, properties_list, dict)

    pregnant = [{"due_date": "2025-03-14", "trimester": 2}, {"due_date": "2025-06-01", "trimester": 1}]
    assert verdict("properties.due_date", pregnant).matcher == "condition"
    invoices = [{"due_date": "2025-03-14", "amount": 120}, {"due_date": "2025-06-01", "amount": 80}]
    assert verdict("properties.due_date", invoices).classification == "green"
    cycles = [{"flow": "heavy", "cycle_day": 2, "symptoms": ["cramps"]}, {"flow": "light", "cycle_day": 4}]
    assert verdict("properties.flow", cycles).matcher == "condition"
    checkouts = [
        {"flow": "express", "billing_cycle": "annual"},
        {"flow": "guest", "billing_cycle": "monthly"},
    ]
    assert verdict("properties.flow", checkouts).classification == "green"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # The Washington Group's questions on functioning are a disability screen; UNHCR's specific
        # needs, a wheelchair in German, being housebound, a mobility limitation.
        ("properties.washingtonGroup.seeing", ["no_difficulty", "some_difficulty", "a_lot"], "disability"),
        ("properties.washingtonGroup.selfCare", ["no_difficulty", "cannot_do"], "disability"),
        ("properties.members[].specificNeeds[]", ["DS-PM", "SM-MC", "ER-NF"], "disability"),
        ("properties.RollstuhlgerechtBenoetigt", [True, False], "disability"),
        ("properties.housebound_reason", ["Recovering from hip surgery", "Severe COPD"], "disability"),
        # Survivors of violence and torture; a history names what it is of; a finding and a drug's
        # use; a measure at a moment.
        ("properties.sgbvSurvivor", [True, False], "condition"),
        ("properties.family_history_mtc", [True, False], "condition"),
        ("properties.hepatitis_b_reactive", [True, False], "condition"),
        ("traits.bmi_at_signup", [31.2, 35.8, 41.0], "condition"),
        ("properties.altitude_sickness_history", ["none", "mild", "severe"], "condition"),
        ("properties.fasting_for_ramadan", [True, False], "religion"),
        # Pay in any currency's code; a wallet's number is its holder's phone; an extension is not.
        ("properties.monthly_earnings_ugx", [350000, 420000, 90000], "salary"),
        ("properties.stipend_ugx", [150000, 200000], "salary"),
        ("properties.walletMobileNumber", ["+639171234567", "+639189876543"], "phone"),
        ("traits.phoneExtension", ["204", "311", "118"], None),
        # People by their role; a refugee's registration number; a social network's handle.
        ("properties.householdHead", ["Nyakuoth Mabior", "Deng Habimana"], "name"),
        ("properties.cashier_name", ["Chukwuemeka", "Émilie", "Siriporn"], "name"),
        ("traits.refugee_id", ["JOR-23C01234", "UGA-21K55310"], "national id"),
        ("properties.instagram", ["@eliasonthemove", "@ximena.wanders"], "name"),
        ("properties.hmo_card_number", ["4301 2291 5541", "8801 3312 0921"], "identification"),
        # Places on the way are not the person's: a hostel, a meeting point, a checkpoint, a
        # carrier's scan; Greek products.
        ("properties.hostel.latitude", [-13.5163, -12.0464], None),
        ("properties.meeting_point_lat", [-13.5163, -12.0464], None),
        ("properties.checkpoint_lng", [-72.5450, -71.9675], None),
        ("properties.tracking_details[].tracking_location.city", ["Memphis", "Louisville"], None),
        ("properties.proionta[].onoma", ["Ρύζι", "Φακές", "Γάλα"], None),
        # Greek, Vietnamese, Luganda and Arabic keys.
        ("properties.δήμος", ["Αθηναίων", "Πειραιώς"], "city"),
        ("properties.ιθαγένεια", ["Ελληνική", "Συριακή"], "citizenship"),
        ("properties.καθεστώς_διαμονής", ["asylum_seeker", "refugee"], "visa"),
        ("properties.so_thi_thuc", ["VN1234567", "VN7654321"], "visa"),
        ("properties.olunaku_lwokuzaalibwa", ["1990-04-12", "1985-11-02"], "birthdate"),
        ("properties.ekika", ["Ngeye", "Mmamba", "Nkima"], "ethnicity"),
        ("properties.al_mukhayyam", ["Zaatari", "Azraq"], "address"),
        ("properties.right_to_volunteer", ["confirmed", "pending"], "visa"),
        ("properties.driving_permit_number", ["Q12345678", "Q87654321"], "license"),
        # A Spanish-speaking form's postcode under its address; a Philippine NBI clearance; a
        # worker's restrictions (a product's age restrictions are not).
        ("properties.direccion_entrega.cp", ["06600", "44100", "64000"], "address"),
        ("properties.nbi_clearance_no", ["NBI-2024-118273", "NBI-2023-991823"], "certificate"),
        ("properties.restrictions[]", ["corrective lenses", "hearing aid", "none"], "condition"),
        ("properties.age_restrictions", ["18+", "21+", "none"], None),
    ],
)
def test_wave_34_keys_and_values(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_an_imei_that_passes_luhn_is_not_a_card_number(engine):
    imeis = ["308054524653942", "305024249850969", "303773691559799"]
    assert recommend(engine, "properties.satellite_device_imei", imeis).matcher == "serial"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # Addresses as Quebec, Spain and Japan write them; a DNI typed with a lower-case letter.
        (
            "properties.description",
            ["661 rue King O, Laval, QC, Canada", "706 boul. René-Lévesque O, app. 26, Gatineau, QC"],
            "address",
        ),
        (
            "properties.term",
            ["Calle Mayor, 31, 8º A, Oviedo, España", "Gran Vía 223, 2-2, Palma, España"],
            "address",
        ),
        ("properties.term", ["日本、神奈川県横浜市中区山下町9-16", "北海道札幌市中央区南4条西5"], "address"),
        ("properties.q", ["60002447r", "45285732c", "57442678V"], "national id"),
        # Contacts labelled by kinship in Filipino and by which number they are.
        (
            "properties.recipients[].label",
            ["Kuya Juan Carlo", "Kuya Rommel", "Aoife (work)", "Seán (work)"],
            "name",
        ),
        # Constipation in English and Spanish, as patients write it.
        (
            "properties.text",
            ["Tengo estreñimiento desde el lunes", "Constipated since my last dose"],
            "condition",
        ),
    ],
)
def test_addresses_ids_names_and_symptoms_as_wave_34_typed_them(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A permit's kind or status is the immigration status itself.
        ("properties.work_permit_type", ["TWV", "Blue Card", "GVVA"], "visa"),
        ("properties.WorkAuthorizationStatus", ["H-1B", "Green card holder", "F-1 OPT"], "visa"),
        # Cyrillic keys split at their case boundaries; native-script keys in other scripts.
        ("properties.НомерПолисаОМС", ["7700000012345678", "5000000087654321"], "health id"),
        ("properties.патент_на_работу", ["77 № 2300123456", "50 № 2201987654"], "visa"),
        ("properties.הרשעות_קודמות", ["אין", "עבירת תעבורה 2019"], "criminal record"),
        ("properties.شماره_کارت", ["6037991234567893", "6219861234567898"], "credit card"),
        ("properties.आभा_संख्या", ["91-1234-5678-9012", "14-5678-9012-3456"], "health id"),
        ("properties.ใบอนุญาตทำงาน", ["WP-1234567", "0045/2566"], "visa"),
        ("properties.恋愛対象", ["男性", "女性", "両方"], "sexual orientation"),
        ("properties.头像", ["https://cdn.example.cn/avatar/8f3a2c.jpg"], "photo"),
        ("properties.프로필사진", ["https://img.example.kr/profile/u1023/photo.jpg"], "photo"),
        # Terms from the keys a survey of humanitarian, clinical, work and device data wrote.
        ("properties.wg_difficulty_seeing", ["some difficulty", "a lot of difficulty"], "disability"),
        ("properties.Merkzeichen", ["G", "aG", "Bl"], "disability"),
        ("properties.ikamet_izni_no", ["IKM2023-0012345", "B12345678"], "visa"),
        (
            "properties.fuehrungszeugnis_eintraege",
            ["§ 242 StGB Diebstahl", "keine Eintragung"],
            "criminal record",
        ),
        ("properties.covid19_test_result", ["positive", "negative"], "condition"),
        ("properties.pathology_finding", ["Benign fibroadenoma", "Invasive ductal carcinoma"], "condition"),
        ("properties.chejia_hao", ["LSVAU2180N2123456", "LFV2A21K6J3012345"], "serial"),
        ("properties.concierge_phone", ["+1 312-555-0100", "(646) 555-0190"], None),
        ("properties.thumbprint_sha1", ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"], None),
        ("properties.export", ["csv", "pdf"], None),
        # A second survey: civic, fieldwork, community, travel, education and ad-tech keys.
        (
            "properties.canvassResponse",
            ["Strong support", "Leaning opponent", "Undecided"],
            "political opinion",
        ),
        ("properties.sawabiq_jinaiya", ["Qadiyat sariqa 2017", "La yujad"], "criminal record"),
        ("properties.uif_number", ["U123456789", "U9988776655"], "social security number"),
        ("properties.croyance", ["musulmane", "catholique", "sans religion"], "religion"),
        ("properties.foerderbedarf", ["Lernen", "Hören und Kommunikation"], "disability"),
        ("properties.einkommen_eltern", [48000, 72500, 31000], "salary"),
        (
            "properties.youth_offending_record",
            ["Referral order 2022", "Youth caution 2021"],
            "criminal record",
        ),
        (
            "properties.oaid",
            ["bdd7f5c9-0e6a-4c2e-b1f3-9a1e7c4d2f80", "ffd95d7e-3b1c-4a9e-8d2f-1a2b3c4d5e6f"],
            "advertising id",
        ),
        ("properties.polling_place.address", ["1201 S 5th St, Springfield", "88 Elm Ave, Dayton"], None),
        ("properties.mediation_outcome", ["settled", "impasse", "continued"], None),
        ("properties.consent_marketing_email", ["granted", "denied", "granted"], None),
        ("properties.email_client", ["Outlook", "Apple Mail", "Gmail"], None),
        # A third survey: keys in African, Asian, European and Central and West Asian languages.
        ("properties.hali_ya_uhamiaji", ["mkimbizi", "mtafuta hifadhi"], "visa"),
        ("properties.rekodi_ya_jinai", ["hana rekodi", "wizi 2017"], "criminal record"),
        ("properties.ọ̀rọ̀_aṣínà", ["Ibadan2024!", "seun_1234"], "password"),
        ("properties.የወንጀል_ሪከርድ", ["የለም", "ስርቆት 2012 ዓ.ም"], "criminal record"),
        ("properties.orientasi_seksual", ["Heteroseksual", "Biseksual"], "sexual orientation"),
        ("properties.xu_huong_tinh_duc", ["Dị tính", "Đồng tính"], "sexual orientation"),
        ("properties.gazi_durumu", ["Malul Gazi", "Muharip Gazi"], "veteran"),
        ("properties.al_i3aqa", ["إعاقة حركية", "ضعف سمع"], "disability"),
        ("properties.vid_na_zhitelstvo", ["82 1234567", "ВНЖ 83 0012345"], "visa"),
        ("properties.status_branitelja", ["dragovoljac Domovinskog rata", "HRVI 40%"], "veteran"),
        ("properties.leje_qendrimi", ["leje qëndrimi 1 vjeçare", "leje pune"], "visa"),
        ("properties.sexuell_laggning", ["heterosexuell", "bisexuell"], "sexual orientation"),
        # Words that only look like a datum: a pet, a dish, a train, a bank's routing number.
        ("properties.husdjurets_namn", ["Sixten", "Missan", "Bamse"], None),
        ("properties.nama_menu", ["Nasi Goreng", "Sate Ayam", "Rendang"], None),
        ("properties.gaadi_sankhya", ["12628", "12124", "12213"], None),
        ("properties.routing_number", ["021000021", "011000015"], None),
        # A fourth survey, of the seven European languages the corpora use most.
        ("properties.codFiscale", ["FRRCHR90A41L219K", "RMNPLA68P15A944H"], "national id"),
        ("properties.latitudine", [45.4642, 40.8518, 44.4949], "geolocation"),
        ("properties.soprannome", ["Gigi", "Pippo", "Titti"], "name"),
        ("properties.vingerafdruk", ["Rk1SACAyMAAAAAEy", "Rk1SACAyMAAAAAEz"], "biometric"),
        (
            "properties.profielfoto",
            ["https://cdn.example.nl/u/1.jpg", "https://cdn.example.nl/u/2.jpg"],
            "photo",
        ),
        ("properties.weihnachtsgeld", [1800, 2400, 950], "salary"),
        ("properties.hautfarbe", ["weiß", "schwarz", "asiatisch"], "race"),
        ("properties.orientacja_seksualna", ["heteroseksualna", "biseksualna"], "sexual orientation"),
        ("properties.kod_blik", ["482913", "770214", "039581"], "token"),
        ("properties.tipo_visa", ["visa de trabajo", "visa estudiante"], "visa"),
        ("properties.typeTitreSejour", ["carte de résident 10 ans", "VLS-TS étudiant"], "visa"),
        (
            "properties.chave_pix",
            ["7d9f0335-8dcc-4054-9bf9-0dbd61d369a1", "ana@example.com.br"],
            "bank account",
        ),
        ("properties.start_latlng[]", [52.52, 13.405], "geolocation"),
        ("properties.nombre_colegio", ["Colegio San Ignacio", "Liceo 7"], None),
        ("properties.nom_pharmacie", ["Pharmacie du Centre", "Pharmacie Nouvelle"], None),
        ("properties.email_ufficio_personale", ["ufficio.personale@example.it", "hr@example.it"], None),
        # A fifth survey: SAP HR's columns, Japanese, Chinese and Korean romanised, Indian
        # languages, Nordic, Latin American and Arabic keys.
        ("properties.GBDAT", ["19850412", "19721130"], "birthdate"),
        ("properties.VORNA", ["Anna", "Jonas", "Leonie"], "name"),
        ("properties.hanzai_reki", ["なし", "窃盗 2015"], "criminal record"),
        ("properties.zhifu_mima", ["482913", "770214"], "password"),
        ("properties.jiji_jeongdang", ["더불어민주당", "국민의힘"], "political opinion"),
        ("properties.yaun_rujhan", ["vishamlaingik", "samlaingik"], "sexual orientation"),
        ("properties.fackmedlemskap", ["IF Metall", "Kommunal"], "trade union"),
        ("properties.decimo_terceiro", [1412.0, 2580.34], "salary"),
        ("properties.raqm_daftar_al_3a2ila", ["784199012345", "784198765432"], "national id"),
        ("properties.bestelnummer", ["BST-20240511-01", "BST-20240511-02"], None),
    ],
)
def test_keys_from_a_survey_of_more_domains_and_scripts(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_external_ids_are_what_their_values_are(engine):
    # Segment's `context.externalIds[]` carry their kind in a sibling `type`: the values tell.
    msisdns = ["254700045272", "2347035176950", "923314770069", "6282231157121", "254722813859"]
    rec = recommend(engine, "context.externalIds[].id", msisdns)
    assert (rec.classification, rec.matcher) == ("yellow", "phone")
    # Loyalty card numbers pass Luhn; they are still an identifier, not a payment card.
    loyalty = ["6337250357831462", "6337517870571142", "6337677478594001", "6337368036112722"]
    assert recommend(engine, "context.externalIds[].id", loyalty).classification == "green"


def test_a_denomination_in_numbers_and_a_photos_checksum_are_no_ones(engine):
    # A banknote's or a voucher's denomination is a number; a church's is named.
    assert recommend(engine, "properties.denomination", [100, 500, 1000, 20]).classification == "green"
    assert recommend(engine, "traits.denomination", ["Baptist", "Roman Catholic"]).matcher == "religion"
    # A proof of delivery's photo, by its checksum; a hashed e-mail still names its holder.
    digests = ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] * 3
    assert recommend(engine, "properties.pod_photo_sha256", digests).classification == "green"
    assert recommend(engine, "traits.email_sha256", digests).matcher == "email"


def test_an_identity_checks_outcomes_are_not_the_data_it_checked(engine):
    # Smile ID's `Actions` report, per datum, how the check went.
    assert (
        recommend(engine, "properties.Actions.DOB", ["Exact Match", "Not Provided"]).classification == "green"
    )
    assert (
        recommend(engine, "properties.Actions.Verify_ID_Number", ["Verified", "Not Verified"]).matcher is None
    )
    assert recommend(engine, "properties.id_number", ["A1234567", "B7654321"]).matcher == "national id"


def test_a_datum_written_in_a_language_is_its_parents(engine):
    # PromptPay's and bank APIs' account names, in Thai and in English.
    names = ["สมชาย ใจดี", "สุดา ศรีสุข", "วิชัย มั่นคง"]
    assert recommend(engine, "properties.sender.account.name.th", names).matcher == "name"
    companies = ["บริษัท ลานนา ลีฟ จำกัด", "บจก. ลานนา ลีฟ"]
    assert recommend(engine, "properties.receiver.account.name.th", companies).classification == "green"
    assert recommend(engine, "properties.product.name.en", ["Blue Dream 3.5g"]).classification == "green"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A dialysis session's measures, and any analyte in a blood test's units.
        ("properties.bp_pre", [142, 151, 128], "condition"),
        ("properties.dryWeightKg", [61.5, 74.0, 58.2], "condition"),
        ("properties.ktv", [1.31, 1.45, 1.22], "condition"),
        ("properties.urr_pct", [68.2, 71.5, 74.0], "condition"),
        ("properties.potassium_mmol_l", [4.8, 5.6, 6.2], "condition"),
        ("properties.phosphorus_mg_dl", [5.1, 6.4, 4.2], "condition"),
        ("properties.vascularAccess", ["AV fistula", "graft", "catheter"], "procedure"),
        # Flags of a transplant list, a long-term condition, a child's mental-health referral.
        ("traits.IS_TRANSPLANT_LISTED", [True, False], "condition"),
        ("properties.hasLongTermCondition", [True, False], "condition"),
        ("properties.referralToCamhs", [True, False], "condition"),
        ("properties.hadDiarrhoeaLast2Weeks", ["yes", "no"], "condition"),
        ("properties.StatusKesihatan", ["sihat", "perlu rawatan"], "condition"),
        # Taiwan's indigenous and veteran status; a spouse's name in Korean.
        ("traits.原住民身分", [True, False], "ethnicity"),
        ("traits.榮民身分", [True, False], "veteran"),
        ("properties.배우자성명", ["김민수", "이서연", "박지훈"], "name"),
        # Whether someone hears; a UK hospital's patient number; Indonesia's family card.
        ("properties.hearing_status", ["deaf", "hard of hearing", "deafblind"], "disability"),
        ("properties.hospital-number", ["RX1234567", "MK7654321"], "health id"),
        ("properties.kk_number", ["3146111310095808", "3372011410121203"], "national id"),
        ("properties.caller_ani", ["+14155550123", "+12125550187"], "phone"),
        ("properties.photo_file", ["1716200000123.jpg", "1716200000456.jpg"], "photo"),
        # Not a condition: a spouse's name in Italian (`sp` is no word to split `sposa` with).
        ("traits.nome_sposa", ["Agnieszka", "Femke", "Giulia"], "name"),
    ],
)
def test_wave_36_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_wave_36_values(engine):
    # Taiwan's national identification numbers, by their check digit.
    taiwan = ["E162100757", "A239880444", "F228046020"]
    assert recommend(engine, "properties.lookup.input", taiwan).matcher == "national id"
    # A GPS receiver's NMEA sentences, as a tag's raw feed relays them.
    nmea = [
        "$GPRMC,212420.00,A,3648.1100,S,17447.5961,E,1.28,,070624,,,A*55",
        "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47",
    ]
    assert recommend(engine, "properties.raw", nmea).matcher == "geolocation"
    # Peru's streets and its settlements' blocks and lots.
    peru = ["Jr. Lampa 1666, Chim", "Mz. E Lt. 24, A", "Mz. C Lt. 32, AA.HH. Nuevo P", "Av. Los Incas 2359"]
    assert recommend(engine, "properties.input", peru).matcher == "address"
    # Korean names in a caseworker's notes, apart from their honorific or before whose they are.
    notes = [
        "김은지 님 사후관리 상담 완료",
        "김도윤 어머니와 통화, 다음 주 가정방문 예정",
        "장지호 아동 정서 상태 안정적",
    ]
    assert recommend(engine, "properties.상담내용", notes).matcher == "name"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A diabetic's control and treatment, in English, Swedish and romanised Hindi.
        ("properties.time_in_range_pct", [71, 64, 88], "condition"),
        ("traits.IS_PUMP_USER", [True, False], "condition"),
        ("properties.gmi", [6.8, 7.4, 9.1], "condition"),
        ("properties.impaired_hypo_awareness", [True, False], "condition"),
        ("traits.diabetestyp", ["typ 1", "typ 2", "LADA"], "condition"),
        ("properties.receptnummer", ["RX-88123", "RX-90214"], "medication"),
        ("traits.madhumeh_prakar", ["Type 1", "Type 2"], "condition"),
        # A site worker's health: pregnancy, a drug test's findings.
        ("properties.NewOrExpectantMother", [True, False], "condition"),
        ("properties.SubstancesDetected[]", ["THC", "cocaine"], "condition"),
        # Bangladesh's NID written short, a birth registration, a US student's Section 504 plan.
        ("properties.next_of_kin.nid", ["1992345678901", "2854123678"], "national id"),
        ("properties.child_birth_reg_no", ["20171524318000123", "20190312745000456"], "national id"),
        ("traits.SECTION_504_FLAG", [True, False], "disability"),
        ("properties.spesiale_behoeftes", ["ADHD", "gehoorgestremd"], "disability"),
        # Guatemala's current account and linguistic community; an H3 cell; a frame number.
        ("properties.cuenta_monetaria", ["3012345678", "1029384756"], "bank account"),
        ("properties.comunidad_linguistica", ["K'iche'", "Q'eqchi'", "Kaqchikel"], "ethnicity"),
        ("properties.h3_index", ["8928308280fffff", "89283082873ffff"], "geolocation"),
        ("properties.so_khung", ["RLHJC4512KY012345", "RLHPC1807LY067891"], "serial"),
        # A signature's picture, in Turkish and Dutch.
        ("properties.imza_url", ["https://cdn.kargo.io/s/81.png", "https://cdn.kargo.io/s/82.png"], "photo"),
        ("properties.handtekening_url", ["https://x.nl/h/1.png", "https://x.nl/h/2.png"], "photo"),
        # A doctor's and an optometrist's registration, an erf's number, France's NEPH.
        ("properties.doctor_registration_no", ["MMC-48211", "KKM-11932"], "license"),
        ("traits.goc_number", ["01-23456", "01-34567"], "license"),
        ("properties.erfNumber", ["4471", "1183", "20917"], "address"),
        ("traits.numero_neph", ["120475100123", "090175200456"], "national id"),
        # Where someone lives by their municipality or Nigeria's LGA; a distress screening's score.
        ("traits.homeMunicipality", ["Tampere", "Espoo", "Oulu"], "city"),
        ("properties.residential_lga", ["Ikeja", "Alimosho", "Surulere"], "city"),
        ("properties.distress_score", [7, 4, 12], "condition"),
        # Base pay, a selfie's image under its object, a Croatian identity document's number.
        ("properties.BasicPay", [52000, 61000, 48500], "salary"),
        ("properties.selfie.image_url", ["https://x.io/s/1.jpg", "https://x.io/s/2.jpg"], "photo"),
        ("properties.broj_isprave", ["112233445", "998877665"], "national id"),
        # Not an identity document: a print's resolution (Guatemala's DPI is left to its value).
        ("properties.dpi", ["300", "600"], None),
        # Not a condition: a leaderboard's name (`on board` is no term to split it with).
        ("properties.leaderboard_name", ["Family Sudoku", "Office crossword league"], None),
    ],
)
def test_wave_37_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_wave_37_values(engine):
    # A passport's first machine-readable line holds no digit, only its kind, state and names.
    mrz = ["P<KENOTIENO<<GRACE<<<<<<<<<<<<<<<<<<<<<<<<<<", "P<LKAPERERA<<NUWAN<<<<<<<<<<<<<<<<<<<<<<<<<<"]
    assert recommend(engine, "properties.mrz.line1", mrz).matcher == "passport"
    # Ghana's card, with or without its dashes.
    cards = ["GHA-712345678-3", "GHA9012345671", "GHA-300456789-1"]
    assert recommend(engine, "properties.input", cards).matcher == "national id"
    # Colombia's grid addresses and Vietnam's wards and alleys.
    addresses = [
        "Carrera 15 # 93-47",
        "Cl. 26 # 4-30, Apto 502",
        "Diagonal 40Bis # 12-08",
        "58 Nguyễn Trãi, Phường 3, Quận 5",
        "Ngõ 46 Trần Duy Hưng, Cầu Giấy, Hà Nội",
    ]
    assert recommend(engine, "properties.value", addresses).matcher == "address"
    # Not an address: a TV's model.
    assert recommend(engine, "properties.value", ["Tv Samsung 55", "Tv LG 65"]).classification == "green"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A midwife's records: the baby's position and movements, weeks of gestation, blood lost,
        # a newborn's Apgar score and weight in grams, a caesarean before, drugs in labour.
        ("properties.fetalPresentation", ["cephalic", "breech", "transverse"], "condition"),
        ("properties.kickCount", [6, 23, 18], "condition"),
        ("traits.gestationWeeks", [30, 8, 25], "condition"),
        ("properties.bloodLossMl", [1207, 490, 383], "condition"),
        ("properties.newborns[].apgar5", [10, 9, 7], "condition"),
        ("properties.newborns[].birthWeightGrams", [3400, 2950, 4100], "condition"),
        ("properties.previous_caesarean", [True, False], "procedure"),
        ("properties.painRelief[]", ["gas and air", "epidural", "pethidine"], "medication"),
        # In Kinyarwanda and romanised Bengali: danger signs, the welfare category, symptoms.
        ("properties.ibimenyetso_mpuruza[]", ["kuva amaraso", "guhinda umuriro"], "condition"),
        ("traits.icyiciro_cy_ubudehe", [1, 3, 2], "salary"),
        ("properties.lokkhon", ["jor", "matha byatha"], "condition"),
        # A physiotherapist's: pain before and now, where an injury is and how it happened, a
        # joint's flexion, German prescriptions' remedies and number; a paramedic's GCS.
        ("properties.pain_pre", [2, 4, 1], "condition"),
        ("properties.pain_score_now", [1, 4, 9], "condition"),
        ("traits.PRIMARY_INJURY_REGION", ["shoulder", "Nacken", "tobillo"], "condition"),
        ("properties.injury_mechanism", ["sport", "fall", "lifting at work"], "condition"),
        ("properties.peak_flexion_deg", [88.5, 112.5, 133.4], "condition"),
        ("properties.rezept.heilmittel", ["KG", "MLD-45", "MT"], "procedure"),
        ("properties.vitals.gcsTotal", [15, 14, 9], "condition"),
        # A motor claim's: where the accident was, a third party's plate (Malay), Kenya's SHA.
        ("properties.lokasi_kemalangan", ["No. 84, Jalan PJU 1A/3, Ipoh", "No. 18, Jalan Ampang"], "address"),
        ("properties.no_kenderaan_pihak_ketiga", ["BFK 5365", "QSR 6696"], "license"),
        ("properties.shaNumber", ["SHA678470479", "SHA535767498"], "health id"),
        # Chile's CuentaRUT is a bank account, not the RUT.
        ("properties.cuenta_rut", ["12345678", "9876543"], "bank account"),
        # Not a customer's pain, a fiscal quarter, a running race or a pension fund's name.
        ("properties.pain_points", ["slow checkout", "no dark mode"], None),
        ("properties.trimestre", ["2024-T1", "2024-T2"], None),
        ("properties.runner.age_on_race_day", [34, 41, 29], None),
        ("traits.LIFETIME_RACES", [12, 3, 40], None),
        ("traits.fundName", ["AustralianSuper", "Hostplus"], None),
        ("properties.place_gender", [12, 3, 40], None),
        # A paramedic's treatment in Japanese, Switzerland's AHV number (the national one), who
        # gave a vaccine.
        ("properties.処置", ["経口補水", "アイシング", "テーピング"], "procedure"),
        ("properties.ahvNr", ["756.9217.0769.85", "756.3047.5009.62"], "national id"),
        ("properties.numero_avs", ["756.9217.0769.85", "756.3047.5009.62"], "national id"),
        ("properties.vaccinator_name", ["Dr Omar Sato", "Mei Mensah", "Florence Uwimana"], "name"),
    ],
)
def test_wave_38_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_wave_38_values(engine):
    # A phone number in prose is not a card or an SSN because some of its digit groups pass
    # their checks: Germany's `+49 170 41387045` passes Luhn, Argentina's `011 15 1823 9115`
    # starts like an SSN.
    contacts = [
        "Katarzyna Yilmaz +49 170 41387045",
        "Mia Nowak +49 176 46563545",
        "Jan Roth +49 152 94333518",
    ]
    assert recommend(engine, "properties.emergency_contact", contacts).classification == "yellow"
    calls = ["Llamame al 011 15 1823 9115 despues del turno", "Llamame al 011 15 4410 2231 mañana"]
    assert recommend(engine, "properties.text", calls).classification != "red"
    # A card number and an SSN in prose still are.
    assert (
        recommend(engine, "properties.note", ["card 4111 1111 1111 1111 declined"] * 3).matcher
        == "credit card"
    )
    # Czech, Indian and Brazilian addresses, typed or in a message.
    addresses = [
        "Vinohradská 2414/68, 120 00 Praha 2",
        "H.No. 6-6-48/B, Indiranagar, Opp. Hanuman Mandir, Bengaluru 560045",
        "Flat 302, Shanti Niwas, 12th Main Road, Gomti Nagar, Hyderabad - 500034",
        "Please send ambulance to Av. Paulista, 32 - Jardim Ângela, São Paulo - SP, 01310-100",
    ]
    assert recommend(engine, "properties.input", addresses).matcher == "address"
    # Argentina's CUIL, formatted or bare; a company's CUIT (30-) is not a person's.
    cuils = ["27-42816323-6", "24-25656561-3", "23209620995"]
    assert recommend(engine, "properties.input", cuils).matcher == "national id"
    assert recommend(engine, "properties.reference", ["30-71234567-1", "30-50001091-2"]).matcher is None
    # Bangladesh's and Rwanda's mobiles as bare digits.
    mobiles = ["01638409688", "01805653481", "250787046829", "250723008394"]
    assert recommend(engine, "context.externalIds[].id", mobiles).matcher == "phone"
    # Greeted by name in Kinyarwanda and Bengali.
    reminders = ["Muraho Claudine, muributswa gahunda yo kwipimisha", "Priyo Rahima, apnar ANC visit kal"]
    assert recommend(engine, "properties.text", reminders * 2).matcher == "name"
    # An HL7 message's patient identification segment names the patient.
    hl7 = [
        "MSH|^~\\&|EPCR|INEMS|ADT|HOSP|202406050040||ADT^A04|71684280|P|2.5\rPID|1||76419385^^^HOSP^MR||IYER^FATIMA",
        "MSH|^~\\&|EPCR|BREMS|ADT|HOSP|202404090742||ADT^A04|67717862|P|2.5\rPID|1||56393981^^^HOSP^MR||LIMA^ANA",
    ]
    assert recommend(engine, "properties.hl7", hl7).matcher == "name"
    # Given names alone as what someone labels a payee or a contact; a button's labels are not.
    assert recommend(engine, "properties.label", ["Fatou", "Callum", "Hodan", "Kevin"]).matcher == "name"
    assert recommend(engine, "properties.label", ["Continue", "Buy now", "Save", "Next"]).matcher is None
    # Parties and tickets a poll's answer names, hyphenated or not; colours and birth words are not.
    answers = ["Bayan Muna", "La Libertad Avanza", "Centerpartiet", "Trump-Vance", "BJP", "ZANU-PF"]
    assert recommend(engine, "properties.choice.label", answers).matcher == "political opinion"
    assert recommend(engine, "properties.choice.label", ["Green", "Labour", "Independent"]).matcher is None
    # A patient's messages to a physiotherapist about pain and swelling.
    messages = [
        "my knee hurts when i go down stairs",
        "me duele el tobillo",
        "knee still a bit swollen",
        "Kopfweh",
    ]
    assert recommend(engine, "properties.input", messages).matcher == "condition"


def test_vehicle_plates_typed_alone(engine):
    # Plates searched for or typed into a field, by countries' own shapes.
    plates = ["SG70 LCK", "PO71YVP", "FR 724 BV", "CN-630-YB", "46-KNP-6", "2-HZX-442", "B-AG 2083"]
    assert recommend(engine, "properties.q", plates).matcher == "license"
    assert (
        recommend(engine, "properties.q", ["KDA 123A", "KCB 950F", "QYR 2322", "8NJS825"]).matcher
        == "license"
    )
    # Not plates: a shelf's location, a ticket's key, a flight, a booking reference.
    assert recommend(engine, "properties.shelf_location", ["H-18-B", "H-39-C", "A-02-A"]).matcher is None
    assert recommend(engine, "properties.issue", ["ABC-1234", "OPS-2291", "WEB-77"]).matcher is None
    assert recommend(engine, "properties.value", ["BA 2490", "LH 401", "AF 1180"]).matcher is None
    assert recommend(engine, "properties.value", ["X1Y2Z3", "A9B8C7", "Q4W5E6"]).matcher is None


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        ("properties.back_pain", [True, False], "condition"),
        ("properties.parq.q3_dizziness", [True, False], "condition"),
        ("properties.answers.chest_pain_during_activity", [True, False], "condition"),
        ("properties.answers.fever_last_24h", [True, False], "condition"),
        ("properties.answers.feeling_unwell_today", [True, False], "condition"),
        ("properties.feeling", ["okay", "low", "lonely", "anxious"], "condition"),
        ("properties.esrd", [True, False], "condition"),
        ("properties.screening.history_of_guillain_barre", [True, False], "condition"),
        # Not how someone feels: a fabric's hand.
        ("properties.feeling_fabric", ["soft", "crisp"], None),
    ],
)
def test_symptoms_a_screening_or_a_check_in_asks_about(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_names_typed_with_two_family_names_or_the_family_name_first(engine):
    typed = [
        "joaquin perez lopez",
        "catalina morales diaz",
        "nguyễn thanh linh",
        "Đặng Hoàng Nam",
        "tarek fahmy",
    ]
    assert recommend(engine, "properties.q", typed).matcher == "name"
    # Not a name: a city named after a person, a question.
    assert recommend(engine, "traits.address.state", ["Hồ Chí Minh", "Hà Nội", "Đà Nẵng"]).matcher is None
    assert recommend(engine, "properties.q", ["do you know", "how to pay", "where is it"]).matcher is None


def test_a_clinicians_red_flags_are_the_patients_symptoms(engine):
    assert recommend(engine, "properties.red_flags.night_pain", [True, False]).matcher == "condition"
    assert recommend(engine, "properties.feature_flags.new_checkout", [True, False]).matcher is None


def test_common_illnesses_in_absence_reasons_and_sick_notes(engine):
    reasons = ["gastroenteritis", "COVID-19", "chest infection", "lower back pain", "flu"]
    assert recommend(engine, "properties.reason", reasons).matcher == "condition"
    notes = [
        "Off with tonsillitis, back on Monday",
        "Conjunctivitis, drops from the pharmacy",
        "Chickenpox, staying home until the spots crust over",
    ]
    assert recommend(engine, "properties.details", notes).matcher == "condition"
    # Not a person's illness: a pharmacy's notice and a product's description.
    notices = ["Flu jabs available now", "Soothes a sore throat fast", "COVID-19 safety measures apply"]
    assert recommend(engine, "properties.banner_text", notices).classification == "green"


def test_a_postcode_typed_without_its_space(engine):
    # A postcode typed into a search box without its space is still a postcode.
    postcodes = ["LS175ND", "CF174RZ", "BD11 1PX", "SA11 7DS", "BN100XE"]
    assert recommend(engine, "properties.q", postcodes).matcher == "zipcode"


def test_a_name_after_an_instruction_or_a_senders_word(engine):
    notes = [
        "From Chantal Hussein, with love",
        "From Arjun Warsame, with love",
        "Text Maria Rodriguez I'm running late",
        "Ruf Jonas Zimmermann an",
    ]
    assert recommend(engine, "properties.note", notes).matcher == "name"
    # A marketplace's notifications name people by a given name and an initial.
    pushes = [
        "Aarav I. left feedback on your session",
        "Camila G. has booked Chemistry",
        "João G. sent you a message",
    ]
    assert recommend(engine, "properties.body", pushes).matcher == "name"
    # A wallet's payees saved by who they are to the user, without brackets.
    payees = ["Saeed wife", "Harpreet wife", "Zaid driver", "Nadia (sister)", "Rami brother"]
    assert recommend(engine, "properties.label", payees).matcher == "name"
    # Not a name: a place after `From` and a product after `With`.
    trips = ["From Lisbon Airport", "With Free Shipping", "From Central Station"]
    assert recommend(engine, "properties.note", trips).classification == "green"


def test_upi_addresses_alone_and_in_errors_but_not_mandates_or_payment_links(engine):
    vpas = ["6381587598@ybl", "sneha.sharma@okhdfcbank", "venkatesh342@paytm", "lakshminai@oksbi"]
    assert recommend(engine, "properties.from", vpas).matcher == "bank account"
    errors = ["VPA ishita.reddy@okicici is not registered", "Beneficiary bank offline for farhan336@paytm"]
    assert recommend(engine, "properties.error_detail", errors).matcher == "bank account"
    # A mandate's number at a bank's suffix, a shop's payee in a payment link, a domain: not a VPA.
    mandates = ["505c24e04bbd629fdbdf665ea6bef581@ybl", "d0f75494d4751b56d3759ec38a5cc34f@ybl"]
    assert recommend(engine, "properties.umn", mandates).classification == "green"
    links = ["upi://pay?pa=shopkart@hdfcbank&pn=ShopKart&am=499.00&cu=INR"]
    assert recommend(engine, "properties.upi_intent_url", links).classification == "green"
    assert recommend(engine, "properties.contact", ["ravi@paytm.com", "anu@paytm.com"]).matcher == "email"


def test_wave_37_colours_mailboxes_issuers_and_drug_names(engine):
    # A biometric template is yellow, as the reference colours its special categories.
    templates = ["ftpl:9f3a51c2e07b", "ftpl:03bd77a1f4c9"]
    assert recommend(engine, "properties.face_template", templates).classification == "yellow"
    # Support and safety teams' mailboxes in Spanish and Vietnamese are the business's.
    desks = ["soporte@rutaya.co", "hotro@rutaya.vn", "hse@sitecheck.io"]
    assert recommend(engine, "properties.recipient", desks).classification == "green"
    # Vietnamese `noi_cap` names who issued an identity card; Italian `cap` is still a postcode.
    issuers = ["Bộ Công an", "Cục Cảnh sát QLHC về TTXH"]
    assert recommend(engine, "properties.noi_cap", issuers).classification == "green"
    assert recommend(engine, "properties.cap", ["20121", "00184"]).matcher == "zipcode"
    # A drug's name in a medicines list, in Hindi; an injured person's name is still theirs.
    drugs = ["Metformin 500mg", "Insulin glargine"]
    assert recommend(engine, "properties.dawai[].naam", drugs).matcher == "medication"
    people = ["Ravi Kumar", "Sita Devi"]
    assert recommend(engine, "properties.injured_person.name", people).matcher == "name"


def test_a_sign_languages_name_and_a_customers_honorific_are_no_ones_disability_or_name(engine):
    languages_ = ["ASL", "BSL-English", "Pro-Tactile ASL", "JSL", "BSL"]
    assert recommend(engine, "properties.Languages[]", languages_).classification == "green"
    searches = ["asl interpreter near me", "bsl interpreter", "video relay service"]
    assert recommend(engine, "context.campaign.term", searches).classification == "green"
    # `고객님` (dear customer) and `디자이너님` (dear designer) are titles, not names.
    greetings = ["고객님 예약이 확정되었습니다", "디자이너님으로 부탁드려요", "고객님 감사합니다"]
    assert recommend(engine, "properties.message", greetings).classification == "green"


def test_freephone_lines_creditors_and_desks_are_businesses(engine):
    # Toll-free numbers are a company's, whole or inside a message; a person's number still is one.
    freephone = ["1-800-934-6489", "(800) 555-0199", "0800 138 1111"]
    assert recommend(engine, "properties.biller_phone", freephone).classification == "green"
    assert recommend(engine, "properties.phone", ["415-555-0123", "(212) 555-0187"]).matcher == "phone"
    # India's mobiles start with the same digits as North America's freephone codes.
    indian = ["8442790339", "88813-95774", "+91 88813 95774", "8881395774"]
    assert recommend(engine, "properties.mobile_no", indian).matcher == "phone"
    assert recommend(engine, "properties.upi.vpa", ["8442790339@okaxis", "8881395774@oksbi"]).share == 1.0
    sms = ["Acme: call 1-888-555-0142 about your account", "Acme: call 1-877-555-0100 today"]
    assert recommend(engine, "properties.body", sms).classification == "green"
    creditors = ["Verizon Wireless", "Cetelem Consumer Finance", "Santander Consumer", "Discover Bank"]
    assert recommend(engine, "properties.creditor_name", creditors).classification == "green"
    desks = ["disputes@settlewell.com", "ayuda@settlewell.es", "claims@acme.co.za"]
    assert recommend(engine, "properties.to", desks).classification == "green"
    virtual = ["8808123456789012", "8808123456789013", "8808123456789014"]
    assert recommend(engine, "properties.virtual_account_number", virtual).classification == "green"


def test_contacts_by_kinship_or_line_a_census_home_and_a_nurses_notes(engine):
    labels_ = ["Aunty Reece", "Tanisha work", "Mum - Anahera Kereama", "Koro Hemi"]
    assert recommend(engine, "properties.label", labels_).matcher == "name"
    geopoints = ["5.5303234 40.91233 1839.0 19.0", "-8.01209 -69.4558879 1829.0 3.0"]
    assert recommend(engine, "properties.point", geopoints).matcher == "geolocation"
    assert recommend(engine, "properties.gps_dwelling", geopoints).matcher == "geolocation"
    notes = ["Hipotensão na 2ª hora, PA 85/50", "Câimbras em MMII na última hora", "ضيق في التنفس"]
    assert recommend(engine, "properties.note", notes).matcher == "condition"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A census's coded sex question, and its keys in romanised Amharic and Nepali.
        ("properties.q104", ["male", "female", "female"], "sex"),
        ("properties.abal[].tsota", ["wend", "set"], "gender"),
        ("properties.abal[].haymanot", ["Orthodox", "Muslim", "Protestant"], "religion"),
        ("properties.members[].dharma", ["Hindu", "Buddhist", "Kirat"], "religion"),
        ("properties.abal[].behereseb", ["Amhara", "Oromo", "Tigray"], "ethnicity"),
        ("properties.abal[].yetewoldebet_ken", ["1985-03-02", "1990-11-20"], "birthdate"),
        # Breath alcohol as a monitor reads it; health insurance and debited accounts.
        ("properties.brac", [0.05, 0.0, 0.12], "condition"),
        ("properties.developmentalConcerns", ["speech delay", "none"], "condition"),
        ("properties.cbhiMemberNumber", ["CB-1234", "CB-5678"], "identification"),
        ("properties.debit_account", ["1234567890", "0987654321"], "bank account"),
        ("properties.源泉徴収額", [10210, 5105, 20420], "salary"),
        # A reading's latest value; a credit score when a debt was placed.
        ("traits.KTV_LAST", [1.31, 1.45, 1.22], "condition"),
        ("traits.hemoglobin_last", [12.1, 13.4, 11.8], "condition"),
        ("properties.debtor.creditScoreAtPlacement", [640, 712, 580], "credit score"),
        # A family name is still one after a person's role or the word name.
        ("traits.contact_last", ["Smith", "Khan", "Okafor"], "name"),
        ("traits.name_last", ["Smith", "Khan", "Okafor"], "name"),
        # Accounts a statistics office issues by role and district are ids, not people's names;
        # a gamer's handle with a number is still a name.
        ("properties.username", ["sup_pkr_0501", "int_cus_0987", "int_aa_0126"], None),
        ("traits.username", ["julia1252", "kacper_nova", "harpreet384"], "name"),
        # A carer's training about disability and how much an ethnic match matters to them.
        ("properties.disabilityAwarenessModule", [True, False], None),
        ("properties.ethnicityMatchImportant", [True, False], None),
        # Not breath alcohol: a bracket.
        ("properties.bracket", ["A", "B", "C"], None),
    ],
)
def test_census_and_monitoring_keys_of_wave_36(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_charges_and_substance_use_as_a_probation_service_records_them(engine):
    charges = ["Burglary third degree", "Theft by taking", "Assault - domestic violence", "Robbery"]
    assert recommend(engine, "properties.charge", charges).matcher == "criminal record"
    needs = ["Opiate use", "Depression", "Alcohol dependence", "PTSD"]
    assert recommend(engine, "properties.PresentingNeed", needs).matcher == "condition"
    # A phone's battery and a clinic's form templates are no one's record or condition.
    assert recommend(engine, "properties.item", ["Battery pack", "Battery case"]).classification == "green"
    templates = ["Psychiatric Intake v3", "Follow-up SOAP", "Psychiatric Review"]
    assert recommend(engine, "properties.templateName", templates).classification == "green"


def test_medicines_most_prescribed_name_a_condition_in_reminders_and_orders(engine):
    reminders = ["Calcitriol 0.25mcg", "Take Renvela 800mg", "Cinacalcet 30mg", "Omeprazole 20mg"]
    assert recommend(engine, "properties.reminder.label", reminders).matcher == "condition"
    assert recommend(engine, "properties.reminder.label", ["Drink water", "Walk 20 min"]).matcher is None


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # Catalan: surnames, a date of birth, a town, a home, CatSalut's personal code and a
        # degree of dependency.
        ("traits.cognoms", ["Puig i Ferrer", "Vidal Soler"], "name"),
        ("traits.data_naixement", ["1942-03-01", "1938-11-20"], "birthdate"),
        ("traits.municipi", ["Girona", "Reus", "Vic"], "city"),
        ("traits.cip", ["VIGA0560316485", "PUBO1560204225"], "health id"),
        ("properties.usuari_cip", ["VIGA0560316485", "PUBO1560204225"], "health id"),
        ("traits.grau_dependencia", ["Grau I", "Grau II"], "disability"),
        # A key safe's code in Dutch, a gate's in French.
        ("properties.sleutelkluis_code", ["4821", "0917"], "secret"),
        ("properties.code_portail", ["A1234", "7781B"], "secret"),
        # What a member pays says they belong: church tax, union dues, donations to a party.
        ("properties.kirchensteuer_an", [3612.24, 1754.62], "religion"),
        ("properties.union_dues", [524.6, 324.9], "trade union"),
        ("properties.parteispenden", [200.0, 1500.5], "political opinion"),
        ("properties.partei", ["SPD", "CDU", "FDP"], "political opinion"),
        # A questionnaire that asks about two conditions at once; MedDRA's coded adverse events;
        # Singapore's dialect group; Australia's Medicare IRN; Egypt's national number.
        ("properties.epilepsy_or_seizures", [True, False], "condition"),
        ("properties.MeddraCode", ["10019211", "10028813"], "diagnosis"),
        ("properties.child.dialect_group", ["Hokkien", "Teochew", "Cantonese"], "ethnicity"),
        ("properties.medicare_irn", ["1", "2", "4"], "health id"),
        ("properties.al_rakm_al_qawmi", ["29001011234567", "28512251234561"], "national id"),
        # The datum as a document prints it, not the document's number.
        ("properties.dob_as_per_pan", ["1990-01-02", "1985-07-30"], "birthdate"),
        ("properties.address_as_per_aadhaar", ["12 MG Road, Pune 411001", "4 Park St, Kolkata"], "address"),
        # Not a contract's party, a senior citizen's nationality, or a firm's PAN as a card.
        ("properties.vertragspartei", ["Müller GmbH", "Acme AG"], None),
        ("properties.insured_members[].senior_citizen", [True, False], None),
        ("properties.employer_pan", ["AABCE1234F", "AAACI4567K"], None),
        ("properties.donee_pan", ["OADAR4891T", "HMOTW2864M"], None),
    ],
)
def test_wave_39_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_wave_39_values(engine):
    # A person's PAN is still their national id, a card's PAN its card number.
    assert recommend(engine, "properties.taxpayer_pan", ["ABCPE1234F", "BQRPK5521L"]).matcher == "national id"
    cards = ["5559450394825591", "4536008176115523"]
    assert recommend(engine, "properties.pan", cards).matcher == "credit card"
    # SSNs typed with and without dashes in one form field.
    ssns = ["064-47-3335", "859-81-1817", "776296055", "777-76-0532", "445441553"]
    assert recommend(engine, "properties.field.value", ssns).matcher == "social security number"
    # A campaign's keywords are the advertiser's words, not what the person said of themselves;
    # the same words searched for are.
    terms = ["clinical trial asthma", "ensayo clinico diabetes", "hipertension"]
    assert recommend(engine, "context.campaign.term", terms).matcher is None
    assert recommend(engine, "properties.query", terms).matcher == "condition"


def test_steuer_id_served_premises_and_wave_39_details(engine):
    # Germany's Steuer-IdNr, bare (weak, so it takes a column of them) or spaced as printed.
    steuer = ["87120485396", "47669015284", "53107481698", "72899510343", "89 465 210 273"]
    assert recommend(engine, "properties.eingabe", steuer).matcher == "national id"
    assert recommend(engine, "properties.eingabe", ["12345678901", "11111111111"]).matcher is None
    # The premises a service is delivered to are the customer's, as its address is; a
    # service's own point is not.
    assert recommend(engine, "properties.service_address.latitude", [25.2, 24.4]).matcher == "geolocation"
    assert recommend(engine, "properties.service_lat", [25.2, 24.4]).matcher is None
    # A Finnish month's gross income, a child's special diet; a Spanish flat's floor and door;
    # an inhaler's puffs. A test or a check done is a step, not the datum.
    assert recommend(engine, "properties.bruttotulot_kk", [3200, 2850]).matcher == "salary"
    assert (
        recommend(engine, "properties.erityisruokavalio[]", ["laktoositon", "gluteeniton"]).matcher
        == "allergy"
    )
    assert recommend(engine, "properties.piso_puerta", ["3º 2ª", "Bajo B"]).matcher == "address"
    assert recommend(engine, "properties.rescue_inhaler_puffs", [2, 4, 1]).classification == "yellow"
    assert recommend(engine, "properties.hiv_test_done", [True, False]).matcher is None
    # An organ's problems as a questionnaire asks; an injury's assessment; a child's special
    # needs in French. A payment's problems and a risk's assessment are not a body's.
    assert recommend(engine, "properties.lung_problems", [True, False]).matcher == "condition"
    assert recommend(engine, "properties.q4_bone_joint_problem", [True, False]).matcher == "condition"
    assert recommend(engine, "properties.injury_assessment", ["minor", "severe"]).matcher == "condition"
    assert recommend(engine, "properties.besoins_particuliers", ["TDAH", "aucun"]).matcher == "condition"
    assert recommend(engine, "properties.payment_problems", [3, 0]).matcher is None
    assert recommend(engine, "properties.risk_assessment", ["low", "high"]).matcher is None
    # A town in Yoruba, Danish and Hindi as whole keys (not a `created_by` or a price per
    # gram); the statute a charge cites.
    assert recommend(engine, "traits.ilu", ["Ibadan", "Ogbomoso"]).matcher == "city"
    assert recommend(engine, "traits.by", ["Aarhus", "Odense"]).matcher == "city"
    assert recommend(engine, "properties.gram", ["Rampur", "Sonpur"]).matcher == "city"
    assert recommend(engine, "properties.gold_price_per_gram", [52.1, 53.4]).matcher is None
    assert recommend(engine, "properties.sort_by", ["price", "date"]).matcher is None
    assert (
        recommend(engine, "properties.charges[].statute", ["18 U.S.C. § 1343", "PC 459"]).matcher
        == "criminal record"
    )
    # A transfusion received, Australia's student health cover, a home district, a level of
    # care, a Māori subtribe.
    assert recommend(engine, "properties.answers.receivedTransfusion", [True, False]).matcher == "procedure"
    assert (
        recommend(engine, "properties.oshcMemberNumber", ["1234567", "7654321"]).matcher == "identification"
    )
    assert recommend(engine, "traits.HOME_DISTRICT", ["Kampala", "Gulu"]).matcher == "city"
    assert recommend(engine, "properties.care_level", [3, 1, 2]).matcher == "disability"
    assert recommend(engine, "traits.hapū", ["Ngāti Kahu", "Te Uri o Hau"]).matcher == "ethnicity"
    # Firms' names look like people's; a key that names an organisation says whose they are. An
    # employer may be a person (a nanny's).
    firms = ["Miller Thomson", "Cunningham Lindsey", "Harbour Wills LLP"]
    assert recommend(engine, "properties.solicitor_firm", firms).matcher is None
    assert recommend(engine, "properties.employer", ["Ana Lopez", "Tom Hart"]).matcher == "name"
    # A voucher's serial numbers the voucher; a device's is still its owner's.
    assert (
        recommend(engine, "properties.voucher_serial", ["GV-2024-001234", "GV-2024-009876"]).matcher is None
    )
    assert recommend(engine, "properties.device_serial", ["C02XK1ZJH7JY", "C02YL2ABH8KZ"]).matcher == "serial"
    # An insurer's pre-authorisation and an approval's number are references, not credentials.
    assert recommend(engine, "properties.PreAuthNumber", ["PA-123456", "PA-998877"]).matcher is None
    assert recommend(engine, "properties.authNumber", ["A12345", "B99812"]).matcher is None
    assert (
        recommend(
            engine, "properties.auth_token", ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk"]
        ).matcher
        == "token"
    )


def test_illnesses_and_findings_as_reports_word_them(engine):
    narratives = [
        "Subject presented to the emergency department with hypoglycaemia on study day 18.",
        "Subject presented to the emergency department with atrial fibrillation on study day 46.",
        "Diver fainted on the boat; given O2.",
        "eGFR 43 mL/min below the limit",
    ]
    assert recommend(engine, "properties.narrative", narratives).matcher == "condition"
    # The same shapes of sentence with nothing about a body in them.
    plain = ["Subject completed the visit on study day 18.", "Diver logged 42 minutes on the wreck."]
    assert recommend(engine, "properties.narrative", plain).matcher is None


def test_a_proxy_chain_of_addresses_is_the_clients_ip(engine):
    chains = ["88.166.39.179, 135.19.61.2", "203.0.113.9,198.51.100.7", "81.2.69.160, 10.0.0.4"]
    assert recommend(engine, "properties.via", chains).matcher == "ip"
    # Not a list of versions or of prices.
    assert recommend(engine, "properties.via", ["1.2.3, 1.2.4", "12,500"]).matcher is None


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # Qatar's ID under every spelling a form keys it; the PhilSys number split as camelCase.
        ("properties.Employee QID", ["29635648842", "27040446795"], "national id"),
        ("properties.sponsorQid", ["29635648842", "27040446795"], "national id"),
        ("properties.dependant.qid", ["29635648842", "27040446795"], "national id"),
        ("traits.PhilSysNumber", ["2019958715839088", "3690 5207 6544 6686"], "national id"),
        ("properties.numero_cc", ["12345678", "98765432"], "national id"),
        ("properties.nomer_udostovereniya", ["041125678", "038812345"], "national id"),
        # Health: a blood-alcohol reading, eyesight as a number, hearing, a concussion's date,
        # a hepatitis panel, a TB screen, Greece's PAAYPA, chronic illnesses in Greek.
        ("properties.bac_reading", [0.0, 0.02, 0.0], "condition"),
        ("properties.視力", ["0.7", "1.2", "1.0"], "condition"),
        ("properties.聴力", ["正常", "補聴器使用"], "condition"),
        ("properties.last_concussion_date", ["2024-01-03", "2023-11-20"], "condition"),
        ("properties.bloodwork.hepB", ["negative", "positive"], "diagnosis"),
        ("properties.tb_screen_result", ["negative", "positive"], "diagnosis"),
        ("properties.paaypa", ["12345678901", "98765432109"], "health id"),
        ("properties.chronia_nosimata[]", ["diavitis", "ypertasi"], "condition"),
        ("properties.born_premature", [True, False], "condition"),
        ("properties.fit_for_work", [True, False], "condition"),
        ("properties.uses_aac_device", [True, False], "disability"),
        ("properties.exceptionality", ["Autism", "Language Impairment"], "disability"),
        # HUD's HMIS CSV columns, one flag per race and gender.
        ("properties.AmIndAKNative", [0, 1], "race"),
        ("properties.BlackAfAmerican", [0, 1], "race"),
        ("properties.Transgender", [0, 1], "gender"),
        ("properties.IndefiniteAndImpairs", [0, 1], "disability"),
        ("properties.identifiesAsVisibleMinority", [True, False], "ethnicity"),
        ("properties.pol", ["M", "Ж"], "gender"),
        ("traits.migzar", ["yehudi", "aravi"], "ethnicity"),
        ("traits.InsurerMembershipNo", ["VHI-4471982", "LAYA-228811"], "identification"),
        ("properties.ubeon_beonho", ["06236", "04524"], "zipcode"),
        ("properties.製造番号", ["1581F4XFC2B6N00", "1581F5BKD22A700"], "serial"),
        ("properties.YearToDateEarnings", [18250.5, 22010.0], "salary"),
        # Found missed in two or more read corpora and never labelled green: where a medicine
        # or life support is needed, a DEA number, a person's video, enrolment codes, a urine
        # colour chart, tobacco as a contributing cause.
        ("properties.needsMedicationAtSchool", [True, False], "medication"),
        ("properties.life_support_at_address", [True, False], "condition"),
        ("properties.prescriber.dea", ["AB1234563", "FM2345675"], "license"),
        (
            "properties.intro_video_url",
            ["https://cdn.example/v/81.mp4", "https://cdn.example/v/9.mp4"],
            "photo",
        ),
        ("properties.mdm_enrollment_code", ["7H2K-99QX", "Q8RT-22PL"], "token"),
        ("properties.urine_colour_scale", [2, 3, 5], "condition"),
        ("properties.cause_of_death.tobacco_contributed", ["yes", "no", "probably"], "condition"),
        ("properties.phq9_item9_positive", [True, False], "condition"),
        ("properties.allergy_detail", ["peanuts, anaphylaxis", "penicillin rash"], "allergy"),
        ("properties.PrimaryNeed", ["Speech, language and communication", "Autism"], "condition"),
        ("properties.job_address", ["14 Elm Road, Leeds", "2 Kings Way, York"], "address"),
        ("properties.ProjectAddress", ["14 Elm Road, Leeds", "2 Kings Way, York"], "address"),
        ("properties.loan_number", ["0012458896", "0077120345"], "bank account"),
    ],
)
def test_wave_40_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # Polish `cel` is an aim, not Spanish's cell phone: a phone's key takes no prose.
        ("properties.cel", ["opieka nad dziećmi", "hospicjum domowe", "żałoba"], None),
        ("properties.cel", ["+52 55 1234 5678", "55 8765 4321"], "phone"),
        # A hospice's problem list, its resuscitation orders, its nurses' notes in Afrikaans and
        # Polish.
        ("properties.problems[]", ["Delirium", "Anxiety", "Constipation", "Delirium"], "condition"),
        ("properties.code_status", ["Full Code", "DNR/DNI", "Comfort Measures Only"], "condition"),
        ("properties.Notas", ["Pasiënt rustig, naarheid onder beheer.", "Meer pyn vannag."], "condition"),
        (
            "properties.uwagi",
            ["Pacjent spokojny, duszność pod kontrolą.", "Zgłaszane zaparcia."],
            "condition",
        ),
        ("properties.skala_bolu", [3, 7], "condition"),
        ("properties.Pyntelling", [3, 7], "condition"),
        # Hong Kong's columns in Jyutping: a birth date, a bank account, an identity card number.
        ("properties.ceot_saang_jat_kei", ["1984-02-11", "1990-07-30"], "birthdate"),
        ("properties.ngan_hong_wu_hau", ["012-345-678901-2", "004-567-123456-7"], "bank account"),
        ("properties.san_fan_zing_hou_maa", ["K123456(7)", "Y765432(1)"], "national id"),
        # Afrikaans: an alarm's code, a tax number; and a pet's name is not a person's.
        ("properties.alarm_kode", ["4471", "9032"], "secret"),
        ("traits.belastingnommer", ["0123456789", "9876543210"], "national id"),
        ("properties.troeteldier_naam", ["Rex", "Bella", "Max"], None),
        # Guatemala: a household's village, a pregnancy's danger signs.
        ("properties.aldea", ["Chuicutama", "Xejuyup"], "city"),
        ("properties.signos_peligro[]", ["sangrado vaginal", "fiebre"], "condition"),
        # A pet's diagnosis is the pet's, whatever its values; a hospice's terminal diagnosis is
        # not a payment terminal's.
        ("properties.pet.diagnosis", ["diabetes mellitus", "chronic kidney disease"], None),
        ("properties.terminal_diagnosis", ["pancreatic cancer", "heart failure"], "condition"),
        # Account numbers grouped with dots (Norway, Guatemala) are not versions.
        ("properties.BANK_ACCOUNT_NO", ["258.397.63732", "204.464.46030", "9845510166960"], "bank account"),
        # Who goes with a patient.
        ("properties.escort.name", ["Memory Kalua", "Rosa López Tum"], "name"),
        # Palliative care's scales and their items, where the pain is, the sacraments asked for.
        ("properties.esas.nausea", [3, 8, 1], "condition"),
        ("properties.esas.wellbeing", [3, 8, 1], "condition"),
        ("properties.pps_score", [30, 20, 40], "condition"),
        ("properties.pain_location", ["abdomen", "right hip", "lower back"], "condition"),
        ("properties.sacraments_requested[]", ["communion", "confession"], "religion"),
        # A CURP's or a CPF's status, in Spanish and Portuguese order; a ski pass's number.
        ("properties.statusCurp", ["RCN", "AH", "AN"], None),
        ("properties.situacao_cpf", ["regular", "pendente"], None),
        ("properties.pass_number", ["01-6966 9812 2445 3145-5", "01-5746 8104 8149 3945-0"], None),
        # SPID's fiscal number; a check that was run; a unit a disabled tenant needs.
        (
            "properties.attributi.fiscalNumber",
            ["TINIT-BNCMTN56D65D612W", "TINIT-RMNCHR90C58L219I"],
            "national id",
        ),
        ("properties.sexOffenderRegistryChecked", [True, False], None),
        ("properties.requiresAccessibleUnit", [True, False], "disability"),
        # Diets offered as choices, some of which say the faith (`vegetarian` alone does not).
        ("properties.meal_preference", ["standard", "kosher", "vegetarian", "halal", "standard"], "religion"),
        # An activation link's token as its last segment; a sale's invite link has none.
        (
            "properties.activation_link",
            [
                "https://a.amayi.example.org/act/81f2f9b3586685470de2ebd1",
                "https://a.amayi.example.org/act/2ff473ea9634c194168d4ded",
            ],
            "token",
        ),
        ("properties.invite_url", ["https://shop.example.com/invite/summer-sale"] * 3, None),
        # A tenant's requests, each telling a disability or a condition, under a key that says
        # nothing: together they are most of the field's values.
        (
            "properties.details",
            [
                "Hearing impaired - need a visual fire alarm in the unit",
                "Low vision, please send documents in large print",
                "Emotional support animal letter from my therapist attached (PTSD)",
                "Please call before visiting",
                "Ground floor preferred",
            ],
            "disability",
        ),
        # A search box looks people up by name or by number: half its values, between them.
        (
            "properties.q",
            [
                *("Fatema Akter", "Habibur Uddin", "+880 1963 794166", "+502 4254 1505"),
                *("Chisale Madalitso", "3931-1605", "Us Juana", "Mbewe Limbani"),
            ],
            "phone",
        ),
        # An Afrikaans member number.
        ("properties.lidnommer", ["GM-448120", "GM-118734"], "identification"),
        # Where a payout goes: Italian IBANs and Mexican CLABEs, under a key that says nothing.
        (
            "properties.value",
            ["IT64Q0200883549439496631211", "021830829038586706", "012238301602916967"],
            "bank account",
        ),
    ],
)
def test_wave_41_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A treatment service's record of use: a urine screen's results by drug, the substance
        # treated, others, how it is taken, cravings, overdoses; a lab's results are the patient's.
        ("properties.results.cocaine", ["positive", "negative", "negative"], "condition"),
        ("properties.results.methadone", ["positive", "negative"], "medication"),
        ("properties.results[].abnormal_flag", ["H", "L", "N"], "condition"),
        ("properties.primary_substance", ["alcohol", "opioids", "cannabis"], "condition"),
        ("properties.other_substances[]", ["alcohol", "cannabis"], "condition"),
        ("properties.route_of_use", ["smoked", "injected", "oral"], "condition"),
        ("properties.craving_level", [3, 5, 7], "condition"),
        ("properties.overdose_past_12_months", [True, False], "condition"),
        ("properties.injects_drugs", [True, False], "condition"),
        # (`drugs` stays out of the vocabulary, so a plural still reads as the drug.)
        ("properties.prescribedDrugs[]", ["Amlodipine", "Ciprofloxacin", "Paracetamol"], "medication"),
        # An audiologist's: pure-tone average, speech threshold, word recognition, each ear's
        # score, dizziness, noise exposure, the referral's reason, hearing aids' serials by ear;
        # the degree of hearing loss in Korean.
        ("properties.pta_left_db", [25.0, 41.25, 60.0], "condition"),
        ("properties.srt_db", [20, 35, 50], "condition"),
        # (Not a school's PTA, a subtitle file, a food app's cravings.)
        ("properties.pta", ["Lincoln Elementary PTA", "Oakwood PTA"], None),
        (
            "properties.srt_url",
            ["https://cdn.example.com/subs/ep1.srt", "https://cdn.example.com/subs/ep2.srt"],
            None,
        ),
        ("properties.craving", ["pizza", "sushi", "tacos"], None),
        ("properties.word_recognition_pct", [88, 92, 76], "condition"),
        ("properties.left_ear_score", [3, 4, 5], "condition"),
        ("properties.Vertigo", [True, False], "condition"),
        ("properties.NoiseExposure", ["none", "occupational", "military"], "condition"),
        (
            "properties.referralReason",
            ["progressive loss, otosclerosis", "sudden SNHL right, no recovery", "bilateral SNHL"],
            "condition",
        ),
        ("properties.SerialNumberLeft", ["2034A5561", "2034A5562", "2034A5599"], "serial"),
        ("traits.청력_손실_정도", ["경도", "고도", "중등도"], "condition"),
        # Hungarian: a name, a patient's, an account holder's, a year of birth, an hourly wage,
        # a complaint.
        ("properties.nev", ["Kovács Anna", "Nagy Péter", "Szabó Éva"], "name"),
        ("properties.beteg_neve", ["Kovács Anna", "Nagy Péter"], "name"),
        ("properties.szamlatulajdonos", ["Kovács Anna", "Nagy Péter"], "name"),
        ("properties.neve", ["fresca", "polverosa", "bagnata"], None),  # Italian snow
        ("properties.szuletesi_ev", [1994, 2001, 1987], "birthdate"),
        ("properties.oraber", [2500, 3100], "salary"),
        ("properties.panasz", ["fejfájás", "hányinger"], "condition"),
        # A toll transponder, a disabled parking placard, an ad click's id, a judge as an order
        # names one.
        ("properties.transponder_id", ["0123456789", "0987654321"], "serial"),
        ("properties.placardNumber", ["DP-123456", "DP-99881"], "disability"),
        ("properties.click-id", ["abc123xyz9", "Cj0KCQiA", "9f8e7d6c5b"], "advertising id"),
        ("properties.judge", ["HHJ Al-Sayed", "Hon. Adeyemi", "Hon. Ó Briain", "Hon. Walker"], "name"),
        # An audiogram by ear and test frequency; a frequency under anything else is not one.
        ("properties.thresholds.left.1000", [25, 30, 45], "condition"),
        ("properties.thresholds.right.250", [10, 20, 15], "condition"),
        ("properties.1000", [25, 30, 45], None),
        ("properties.results.opiates", ["positive", "negative"], "condition"),
        (
            "properties.health_disclosure",
            ["bipolar_disorder", "depression", "gambling_disorder"],
            "condition",
        ),
        (
            "properties.health_plan_member_number",
            ["7122.1519.419179.82-4", "3231.0898.707093.46-5"],
            "identification",
        ),
        # Plates named in a sentence, in English, Spanish and Portuguese.
        (
            "properties.comment",
            [
                "La patente JDRF56 no corresponde a mi auto, favor revisar.",
                "I sold the vehicle with plate EVR 3710 in March, please cancel.",
                "My plate is L61-AJC. The car in the photo is not mine.",
                "Placa ABC1D23 bloqueada",
                "Rental car, the agency already paid the toll",
            ],
            "license",
        ),
        ("properties.comment", ["plate 3 of 4 broke", "The number plate light is out", "Hi"], None),
        # (The plate itself holds the letters and the digits, not the words after it.)
        (
            "properties.comment",
            ["REAR PLATE LIGHT OUT 2X", "PLATE AB CD 1", "FRONT PLATE BENT, 2 SCREWS"],
            None,
        ),
        # A returned item's state, a running race's distance, a gantry's and a map pin's place.
        ("properties.condition", ["unworn", "damaged", "tags_removed", "unworn"], None),
        ("properties.race", ["Kids 1K", "10K", "5K"], None),
        ("properties.race", ["White", "Black", "Asian"], "race"),
        ("properties.gantry.lat", [38.71, 38.72], None),
        ("properties.poi_lng", [-9.14, -9.15], None),
        # A chat message's author by role.
        ("properties.author", ["user", "user", "assistant"], None),
        # New Zealand's bank accounts by their modulus-11 check, alone or in a note; a number of
        # the same shape that fails it is not one.
        ("properties.from_account", ["03-1566-0968920-00", "06-0759-0763054-002"], "bank account"),
        (
            "properties.memo",
            [
                "Bank details changed - use 03-3106-0136460-000 from now on",
                "Pay to 06-2395-0082950-002 ref school fees",
                "acct 03-3905-0312467-002",
            ],
            "bank account",
        ),
        ("properties.from_account", ["01-2345-6789012-00", "12-3456-7890123-01"], None),
    ],
)
def test_wave_42_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


def test_a_screening_questionnaires_results_are_health_data(engine):
    scores = [7, 15, 3, 22]

    def sent_with(name):
        return lambda score: {
            "instrument": name,
            "total_score": score,
            "risk_level": "moderate",
            "duration_sec": 90,
        }

    # Beside a clinical questionnaire's name (ASSIST, PHQ-9 in any spelling), its score and risk.
    for name in ("ASSIST", "PHQ-9", "phq9", "PGSI"):
        for path in ("properties.total_score", "properties.risk_level"):
            assert recommend_in_messages(engine, path, scores, sent_with(name)).matcher == "condition"
    # Not its timing, nor an exam's or a quiz's score.
    assert (
        recommend_in_messages(engine, "properties.duration_sec", scores, sent_with("PHQ-9")).matcher is None
    )
    for name in ("Final exam", "Trivia night", "audit"):
        assert (
            recommend_in_messages(engine, "properties.total_score", scores, sent_with(name)).matcher is None
        )

    # Each answer's score, not the question's number.
    def answered(score):
        return {
            "questionnaire": "THI",
            "answers": [{"item": "THI-1", "score": score}, {"item": "THI-2", "score": 0}],
        }

    assert (
        recommend_in_messages(engine, "properties.answers[].score", [4, 2, 0], answered).matcher
        == "condition"
    )
    assert recommend_in_messages(engine, "properties.answers[].item", [4, 2, 0], answered).matcher is None


def test_a_treatment_services_clients_name_their_drugs(engine):
    drugs = ["oxycodone", "cannabis", "kratom", "fentanyl", "methamphetamine", "heroin", "cocaine"]
    assert recommend(engine, "properties.substance", drugs).matcher == "condition"
    entries = [
        "Withdrawal sweats in the morning before my dose, cravings 7/10 until about noon.",
        "Craving hit at 3pm when I drove past my old dealer's street. Called my sponsor.",
        "Slipped with hydromorphone at a party, telling my counsellor on Thursday.",
        "Argued with my partner and wanted to use. Did the breathing exercise and it passed.",
    ]
    assert recommend(engine, "properties.entry", entries).matcher == "condition"


def test_a_proxy_number_and_a_surveys_question_are_not_a_persons(engine):
    # A call-masking number is the platform's; a proxy's own phone is theirs.
    numbers = ["+14155550123", "+14155550199"]
    assert recommend(engine, "properties.proxy_phone", numbers).matcher is None
    assert recommend(engine, "properties.proxy.phone", numbers).matcher == "phone"
    # Qualtrics numbers its questions QID1, QID2: not Qatar's ID.
    assert recommend(engine, "properties.QID4_TEXT", ["5", "7"]).matcher is None
    # A Pix copy-and-paste code is the payee's payment request; four digits under `reg_nr` are a
    # Danish bank's registration number, not a plate; a Gas Safe number is an engineer's.
    pix = ["00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-42665544000052040000530398654"]
    assert recommend(engine, "properties.pix_copia_e_cola", pix).matcher is None
    assert recommend(engine, "properties.reg_nr", ["9570", "0400", "3409"]).matcher is None
    assert recommend(engine, "properties.regnr", ["EB98582", "EE12829"]).matcher == "license"
    assert recommend(engine, "traits.gasSafeRegNumber", ["123456", "654321"]).matcher == "license"
    # A licence an agency trades under, Apple's Find My, a courier's service area.
    assert (
        recommend(engine, "properties.agency_licence_no", ["POEA-123-LB-0519", "DMW-044-LB"]).matcher is None
    )
    assert recommend(engine, "properties.find_my_disabled", [True, False]).matcher is None
    assert recommend(engine, "properties.operating_city", ["Lagos", "Kampala", "Bogotá"]).matcher is None
    # A device's position geocoded back to a place is where the person is; a bare location is not.
    places = ["14 Elm Road, Leeds LS6 2AB, UK", "Calle Mayor 5, Madrid"]
    assert (
        recommend(engine, "properties.location.reverseGeo.formattedLocation", places).classification
        == "yellow"
    )
    assert recommend(engine, "properties.location", ["Leeds", "Madrid"]).matcher is None
    # Bangladesh's district (zila) is county-sized; India's jila, as labellers read it, is a place.
    assert recommend(engine, "properties.zila", ["Dhaka", "Sylhet", "Khulna"]).matcher is None
    assert recommend(engine, "traits.jila", ["Varanasi", "Gaya", "Patna"]).matcher == "city"
    # A genealogy search's range of birth years bounds the search.
    assert recommend(engine, "properties.birth_year_to", [1880, 1920, 1950]).matcher is None
    assert recommend(engine, "properties.birth_year", [1961, 1975, 1988]).matcher == "birthdate"
    # A loan's lender is a bank or a fund.
    assert recommend(engine, "properties.lender_name", ["Santander Consumer", "Nordea"]).matcher is None
    # A tournament's city and a club's town (gorod kluba) are theirs.
    assert recommend(engine, "properties.tournament.city", ["Almaty", "Cork", "Busan"]).matcher is None
    assert recommend(engine, "traits.gorod_kluba", ["Almaty", "Astana"]).matcher is None
    # A moved sofa's condition at pickup is the sofa's.
    assert recommend(engine, "properties.condition_at_pickup", ["scratched", "good"]).matcher is None
    # A private calendar feed's address opens it: its path is a key.
    feeds = ["https://tatami.app/ical/125a83d20300f6f9dac771ffeed94c5e4e16ceb6.ics"]
    assert recommend(engine, "properties.ical_feed_url", feeds).matcher == "token"
    # `pol` is a whole key only: a policy's number is not a sex.
    assert recommend(engine, "properties.pol_number", ["12345", "67890"]).matcher is None


def test_a_forms_answers_spread_over_decades_are_births(engine):
    # A form builder's answer holder is whatever was asked: dates over three or more decades
    # before 2010 there are dates of birth, ISO or day first.
    births = ["1961-04-09", "1975-01-02", "1988-12-30", "2001-05-05"]
    assert recommend(engine, "properties.form_response.answers[].date", births).matcher == "birthdate"
    assert recommend(engine, "properties.input", ["09/04/1961", "02/01/1975", "30/12/1988"]).matcher == (
        "birthdate"
    )
    # A key that says which date it is, and this year's dates, are not births.
    assert recommend(engine, "properties.member_since", births).matcher is None
    assert recommend(engine, "properties.answer", ["2024-04-09", "2025-01-02", "2023-12-30"]).matcher is None
    # Two decades are not enough: a car's or a policy's dates can span them.
    assert recommend(engine, "properties.value", ["1991-04-09", "1995-01-02", "2004-12-30"]).matcher is None


def test_a_name_looked_up_with_words_that_narrow_it_is_a_persons(engine):
    # A genealogy's or a doctor directory's search box: a given and a family name, either way
    # round, with a year, a record type or a title beside them.
    queries = ["declan murphy 1927", "Jamal Martinez census", "dr naidu pranav", "hunter kowalczyk census"]
    assert recommend(engine, "properties.q", queries).matcher == "name"
    # A shop's searches, and the same words outside a search box, are not.
    assert recommend(engine, "properties.q", ["usb cable 2m", "iphone charger", "rose gold"]).matcher is None
    assert recommend(engine, "properties.car_park", ["Blue Car Park", "Red Car Park"]).matcher is None


def test_a_plate_in_most_sentences_is_their_drivers(engine):
    statements = [
        "Van PO71YVP reversed into the parked car and drove off.",
        "Driver of BO-U 8865 was on the phone when it happened.",
        "I was waiting at the bus stop and saw SG70 LCK go through the red light.",
    ]
    assert recommend(engine, "properties.statement", statements).matcher == "license"
    # A product's code shaped like a plate, in a few names of many, is not.
    names = ["Melatonina LEK-AM 3 mg", "Vitamin C 1000", "Omega 3 Forte", "Magnesium B6", "Zinc 25 mg"]
    assert recommend(engine, "properties.products[].name", names).matcher is None


def test_a_forms_contact_answers_are_a_persons_with_names_typed_alone(engine):
    # One field a value: given and family names alone, then an e-mail and a phone number.
    answers = []
    for first, last, user in [
        ("Ayesha", "Dahan", "ayesha.d"),
        ("Emiliano", "Tremblay", "emi.t"),
        ("Maxim", "Okonkwo", "maxim.o"),
        ("Priya", "Zhang", "priya.z"),
        ("Diego", "Khatib", "diego.k"),
    ]:
        answers += [first, last, f"{user}@example.com", "+44 7700 900123"]
    assert recommend(engine, "properties.fields[].value", answers).classification == "yellow"
    # A settings form's answers with a few addresses among words are not.
    settings = ["dark", "en", "weekly", "light", "fr", "daily", "ops@example.com", "monthly", "de", "never"]
    assert recommend(engine, "properties.fields[].value", settings).matcher is None


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A service branch by a name nothing else has; a colour called navy is not one.
        (
            "properties.branch",
            ["Army", "National Guard", "Coast Guard", "Space Force", "Air Force"],
            "veteran",
        ),
        (
            "traits.service",
            ["Australian Army", "Royal Australian Navy", "Royal Australian Air Force"],
            "veteran",
        ),
        ("properties.color", ["Navy", "Red", "Black"], None),
        ("properties.war_period", ["Gulf War", "Vietnam Era", "Korean War"], "veteran"),
        ("properties.rank_at_separation", ["SGT", "LCDR", "CPL"], "veteran"),
        # The book sworn on and a headstone's emblem of belief.
        ("properties.HolyBook", ["Quran", "Bible", "Guru Granth Sahib", "Bhagavad Gita"], "religion"),
        ("properties.headstone_emblem", ["Star of David", "Buddhist Wheel", "Latin Cross"], "religion"),
        # A surgery's aftermath and risk; a skin type by Fitzpatrick's scale, not a cosmetic one.
        ("properties.complication_type", ["infection", "seroma", "hematoma"], "condition"),
        ("properties.asa_class", ["ASA I", "ASA II", "ASA III"], "condition"),
        ("properties.swelling_level", ["mild", "moderate", "none"], "condition"),
        ("properties.fitzpatrick_skin_type", ["II", "III", "IV"], "condition"),
        ("properties.skin_type", ["oily", "dry", "combination"], None),
        ("properties.mentalDisorder", [True, False], "condition"),
        ("properties.sleepProblems", [True, False], "condition"),
        ("properties.lung_problems", [True, False], "condition"),
        ("properties.infection_suspected", [True, False], "condition"),
        ("properties.complications_enabled", [True, False], None),
        # Wanting a treatment tells it; pay by how often it is paid is still pay.
        ("properties.procedure_interest", ["rhinoplasty", "abdominoplasty"], "procedure"),
        ("properties.loss_of_earnings_weekly", [788.07, 598.81], "salary"),
        # A confirmed right to work is held; a check of it is a step. Support for one's mental
        # health and a confirmed result tell the condition.
        ("properties.RightToWorkConfirmed", [True, False], "visa"),
        ("traits.right_to_work_checked", [True, False], None),
        ("properties.mental_health_support", [True, False], "condition"),
        ("properties.hiv_negative_confirmed", [True, False], "condition"),
        # A service or an assistance animal is its handler's aid, under a pet too; a pet's own
        # disability is the pet's.
        ("properties.pet.isServiceDog", [True, False], "disability"),
        ("properties.pets[].is_assistance_animal", [True, False], "disability"),
        ("properties.pet.disability", ["blind", "deaf", "none"], None),
        # One Pix transfer's id is not the payer's key; a Pix key is.
        (
            "properties.pix_txid",
            ["tJuQ8wbgD7enJfwbBbhwPA41BUDNvmO8", "pHgGW7FRpDJFJnnBoePq0fcjwq1cd3lT"],
            None,
        ),
        ("properties.pix_key", ["joao.silva@example.com", "+5511987654321"], "bank account"),
        # A species' scientific name and a yacht's name are not a person's.
        ("properties.taxon_name", ["Panthera leo", "Gavia immer", "Loxodonta africana"], None),
        ("properties.yacht_name", ["Sea Breeze", "Meltemi", "Nefeli"], None),
        ("properties.Όνομα Σκάφους", ["Galini", "Marija", "Tramontana"], None),
        ("properties.shiten_mei", ["Shinjuku shiten", "Umeda shiten", "Yokohama ekimae"], None),
        # An observation's Creative Commons terms are not a driving licence.
        ("properties.license", ["cc-by", "cc-by-nc", "cc0", "all-rights-reserved", "cc-by-sa"], None),
        # An antibody in a lab test's name, a state in a golf format's: no one is named.
        ("properties.code.text", ["Treponema pallidum Ab", "Hepatitis B surface Ab", "HIV Ab"], None),
        ("properties.message", ["Team day with a Texas scramble", "Need a private room", "Golf day"], None),
    ],
)
def test_wave_43_44_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # Readings a body has, in Celsius or Fahrenheit, under a temperature that names no thing.
        ("properties.temperature_c", [36.4, 37.9, 38.6, 39.2], "condition"),
        ("properties.vitals.tempF", [98.1, 99.5, 101.3], "condition"),
        ("properties.motherTempC", [36.1, 37.4, 39.0], "condition"),
        # The weather's, a room's, a bath's: elsewhere on the scale, or named.
        ("properties.temperature_c", [12.5, 21.3, -3.2, 28.0], None),
        ("properties.temperature_c", [36.4, 21.3, 8.0, 14.0], None),
        ("properties.water_temp_c", [36.5, 37.5, 38.0], None),
        ("properties.weather.temperature", [36.2, 38.1, 40.4], None),
        # Not a temperature: a template's or a tempo's numbers.
        ("properties.template_version", [36.4, 37.9, 38.6], None),
    ],
)
def test_a_body_temperature_by_its_readings(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A lab panel's values are the patient's, and platelets and a toxicity grade are health.
        ("properties.labs.hgb", [11.3, 8.2, 12.4], "condition"),
        ("properties.platelets", [264, 58, 309], "condition"),
        ("properties.ctcaeGrade", [2, 4, 1], "condition"),
        ("properties.brain_mets", [True, False], "condition"),
        # (The lab's own name is the lab's.)
        ("properties.lab.name", ["Quest Diagnostics", "LabCorp", "Synlab"], None),
        ("traits.IS_PLATELET_ELIGIBLE", [True, False], None),
        # A body's temperature in Dutch; psychiatric history; an obstetric history's caesareans.
        ("properties.temperatuur", [38.5, 37.1, 38.9], "condition"),
        ("properties.psychiatric_history", [True, False], "condition"),
        ("traits.cSections", [2, 1, 0], "condition"),
        ("properties.karyotype", ["46,XX", "46,XX,inv(9)(p12q13)"], "diagnosis"),
        ("properties.ancestry[]", ["Irish", "Ukrainian", "Nigerian"], "ethnicity"),
        # Mobility aids in Swedish, Turkish and Malay keys; the sunflower lanyard; a PIP award.
        ("properties.hjälpmedel", ["manuell rullstol", "rollator", "inget"], "disability"),
        ("properties.tekerlekli_sandalye", [True, False], "disability"),
        ("properties.kerusi_roda", [True, False], "disability"),
        ("properties.sunflower_lanyard", [True, False], "disability"),
        ("properties.receives_pip", [True, False], "disability"),
        # A mobility aid picked on a form is the person's; in a hire shop's catalogue it is stock.
        (
            "properties.answers[].choice.label",
            ["Manual wheelchair", "Mobility scooter", "Rollator"],
            "disability",
        ),
        ("properties.products[].category", ["Manual wheelchair", "Mobility scooter", "Rollator"], None),
        # A number for a country is still the number; a clip's hash and a filing are not split
        # into country codes.
        ("properties.account_number_se", ["6939956699", "5602414822"], "bank account"),
        (
            "properties.clip_sha256",
            ["9f86d081884c7d659a2feaa0c55ad015", "a3f5c1d2e4b6a7980123456789abcdef"],
            None,
        ),
        ("properties.filing_code", ["S", "MFJ", "HOH"], None),
        # A masked national id is still the person's; an API key's last four open nothing.
        ("properties.nric_partial", ["T****803C", "F****386X"], "national id"),
        ("properties.api_key_last4", ["h7KF", "hpOe"], None),
        # A translator's rate by the page; an Italian professional's register number; a diploma.
        ("traits.ratePerPage", [18.0, 25.0, 60.0], "salary"),
        ("properties.numero_iscrizione_albo", ["74508", "31827"], "license"),
        ("properties.diploma_number", ["2002/801808", "DYP/2015/22453"], "certificate"),
        # Immigration status in Turkish and Spanish; a buyer's name in Korean.
        ("properties.vize_durumu", ["vize muafiyeti", "e-vize", "ikamet izni"], "visa"),
        ("traits.situacion_residencia", ["TIE larga duración", "arraigo social"], "visa"),
        ("properties.구매자명", ["조지우", "최재원", "김태양"], "name"),
        # A researcher's ORCID iD; side effects in Dutch; a lactation room asked for.
        ("traits.orcid", ["0000-0002-1825-0097", "0000-0001-5109-3700"], "identification"),
        ("properties.bijwerking", ["koorts", "huiduitslag", "vermoeidheid"], "condition"),
        ("properties.lactation_room", [True, False], "condition"),
        # What was ordered or scheduled for a patient, what a donor carries.
        ("properties.PremedsOrdered[]", ["diphenhydramine", "famotidine"], "medication"),
        ("properties.procedures_scheduled[]", ["colonoscopy", "PET-CT", "port placement"], "procedure"),
        ("properties.conditions_carried[]", ["Cystic fibrosis (CFTR)", "Fragile X premutation"], "condition"),
        # A therapist's registration; a passenger's need of a ramp; Redsys's stored card.
        ("properties.therapist_registration_number", ["OT57881", "OT78700"], "license"),
        ("properties.passenger.needs_ramp", [True, False], "disability"),
        ("properties.Ds_Merchant_Identifier", ["b278156f3661d28e5d277968583fe7e4bd0bf20c"], "token"),
    ],
)
def test_wave_45_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # Every value a test's outcome, some positive, some negative: someone's results.
        ("properties.result", ["negative", "borderline", "positive", "negative"], "diagnosis"),
        ("properties.isiphumo", ["positive", "reactive", "negative"], "diagnosis"),
        (
            "properties.results[].outcome",
            ["not detected", "non-reactive", "reactive", "detected"],
            "diagnosis",
        ),
        ("properties.chlamydia_naat", ["negative", "invalid", "positive"], "diagnosis"),
        ("properties.overall_result", ["positive", "negative-dilute", "negative"], "diagnosis"),
        # One side only, other words beside them, or a feeling's positive and negative: not results.
        ("properties.result", ["negative", "negative", "pending"], None),
        ("properties.result", ["peak", "high", "negative", "positive"], None),
        ("properties.sentiment", ["positive", "negative", "positive"], None),
        ("properties.review_tone", ["positive", "negative"], None),
        ("properties.check", ["pass", "fail", "inconclusive"], None),
    ],
)
def test_a_tests_outcomes(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # Every value systolic over diastolic, in a body's range: someone's blood pressure.
        ("properties.umuvuduko", ["116/84", "128/72", "140/90 mmHg"], "condition"),
        ("properties.vitals[].value", ["132 / 86", "118/76"], "condition"),
        # A house number, a fraction, a score or one value not a reading: not blood pressure.
        ("properties.house", ["88/10", "116/84"], None),
        ("properties.size", ["3/4", "5/8"], None),
        ("properties.score", ["72/100", "64/100"], None),
        ("properties.ratio", ["90/120", "80/110"], None),
    ],
)
def test_a_blood_pressure(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # India's ex-servicemen; a glued `ex` is no prefix (`export`).
        ("properties.ex_serviceman", [True, False], "veteran"),
        ("traits.IS_EX_SERVICEMAN", ["Y", "N"], "veteran"),
        ("properties.exportFormat", ["csv", "pdf"], None),
        # A relapse, a contagious child, a client's main drug, a hair loss's stage.
        ("properties.relapse_reported", [True, False], "condition"),
        ("properties.contagious", [True, False], "condition"),
        ("properties.substancia_principal", ["álcool", "heroína", "crack"], "condition"),
        ("properties.norwood_scale", ["NW3", "NW6"], "condition"),
        # A seaman's book; a person in custody's number (not a sample's chain of custody).
        ("properties.trainee_sirb", ["A1234567", "B7654321"], "passport"),
        ("properties.lovedOne.custodyNumber", ["G3505XY", "27720-112"], "identification"),
        ("properties.ChainOfCustodyNo", ["CC-1234", "CC-5678"], None),
        ("properties.hasta_no", ["730107", "474408"], "health id"),
        # The union joined, a union's political fund; a trans history (not 3-D Secure's status).
        ("properties.new_union", ["Unite", "CWU"], "trade union"),
        ("properties.politicalFundOptIn", [True, False], "political opinion"),
        ("properties.transHistory", ["yes", "no", "prefer_not_to_say"], "gender"),
        ("properties.threeDS.transStatus", ["Y", "N", "A"], None),
        # ICD-9-CM codes are dotted digits; a version is not one.
        ("properties.procedure_icd9cm", ["21.87", "86.83", "23.6"], "diagnosis"),
        ("properties.app_version", ["2.1", "3.4"], None),
        # A nursery child's name in Japanese; a question to a speaker is not the speaker's name.
        ("properties.園児名", ["さくら", "真由", "健太"], "name"),
        ("properties.question_for_speaker", ["Is strike pay taxed?", "When is the ballot?"], None),
        # Annual income in German; a Greek address romanised; a patient's X-ray (not AWS X-Ray's).
        ("properties.einkommenJahr", [69957, 24782], "salary"),
        ("properties.dieuthynsi", ["Leof. Syngrou 123", "Vas. Sofias 141"], "address"),
        ("properties.panoramic_xray_url", ["https://uploads.example/xray/d7d9.jpg"], "photo"),
        ("properties.xray_trace_id", ["1-5759e988-bd862e3fe1be46a994272793"], None),
        # Pay for leave, a wage's balance; a worker's fitness for duty, a medical repatriation.
        ("properties.leavePayUsd", [1100, 190, 420], "salary"),
        ("properties.wageBalanceUsd", [4168.26, 8333.19], "salary"),
        ("properties.holiday_pay_policy", ["accrued", "fixed"], None),
        ("properties.fitForSeaDuty", [True, False], "condition"),
        ("properties.medicalRepatriation", [True, False], "condition"),
        # A dietary preference among choices some of which say the faith.
        ("properties.dietary_preference", ["none", "halal", "vegetarian", "kosher", "none"], "religion"),
        ("properties.diet_type", ["vegan", "vegetarian", "keto", "paleo"], None),
        # An accident book's injuries.
        (
            "properties.description",
            ["Back strain lifting stores, painkillers given", "Cut on wire rope during mooring, 3 stitches"],
            "condition",
        ),
        # Razorpay's saved card; a webinar's join link with its registrant's token.
        ("properties.payment.token_id", ["token_5VcSOhP6k9Jcib", "token_xlC8coNGZ2GWus"], "token"),
        (
            "properties.join_url",
            [
                "https://us06web.zoom.us/w/50448478568?tk=002bad83378e53435c5ab3eb1cebffe4accf29a194f.DQMAAAA",
                "https://us06web.zoom.us/w/92164176505?tk=00ae3ff43677a100fd5fed2fd22ea156a9af8f4d159.DQMAAAA",
            ],
            "token",
        ),
    ],
)
def test_wave_46_keys(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # Japanese prose without spaces: a child's name with ちゃん or くん, a family's with さん or 様.
        (
            "properties.様子",
            ["美咲ちゃんは砂場で友達とお山を作りました。", "葵くんはブロック遊びに夢中でした。"],
            "name",
        ),
        ("properties.memo", ["佐藤さんが来訪", "中村様より電話"], "name"),
        (
            "properties.body",
            ["Aoiちゃんが発熱のためお迎えをお願いします。", "Martinaちゃんが転倒しました。"],
            "name",
        ),
        # A contact saved with who they are to the family, in Spanish and German.
        ("properties.contacts[].label", ["Lena (Tagesmutter)", "Finn (Tagesmutter)", "Tía Josefa"], "name"),
        ("properties.note", ["Recogió la tía Josefa", "Abuela Carmen viene a las 5"], "name"),
        # A baby, a cat, a dog: not names.
        ("properties.memo", ["赤ちゃん用品のセール", "猫ちゃんのおもちゃ", "ワンちゃんと散歩"], None),
    ],
)
def test_a_name_by_its_honorific_or_relation(engine, path, values, matcher):
    assert recommend(engine, path, values).matcher == matcher
