"""Key normalisation and key matching: spellings, abbreviations, context, typos."""

import pytest

from portal.detection import Engine, Evidence, default_matchers, languages
from portal.detection.keys import split_words


@pytest.fixture(scope="module")
def engine():
    return Engine(default_matchers())


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("emailAddress", ["email", "address"]),
        ("email_address", ["email", "address"]),
        ("E-Mail Address", ["e", "mail", "address"]),
        ("userIPAddress", ["user", "ip", "address"]),
        ("address_line1", ["address", "line", "1"]),
        ("PHONE_NUMBER", ["phone", "number"]),
        ("first.name", ["first", "name"]),
        # Diacritics fold and Romance connectors drop: one spelling per word in the vocabularies.
        ("Prénom", ["prenom"]),
        ("Straße", ["strasse"]),
        ("hasło", ["haslo"]),
        ("Fecha de Nacimiento", ["fecha", "nacimiento"]),
        ("numéro_de_téléphone", ["numero", "telephone"]),
    ],
)
def test_split_words(key, words):
    assert split_words(key) == words


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("E-Mail Address", ("email", "address")),
        ("eMail", ("email",)),
        ("phonenumber", ("phone", "number")),
        ("creditcardnumber", ("credit", "card", "number")),
        ("dob", ("date", "of", "birth")),
        ("DOB", ("date", "of", "birth")),
        ("ssn", ("social", "security", "number")),
        ("ccn", ("credit", "card", "number")),
        ("pwd", ("password",)),
        ("telNo", ("phone", "number")),
        ("firstname", ("first", "name")),
        ("ipv4", ("ip", "4")),
        # Compounds end with the datum: an unknown modifier before a known head is split off.
        ("kundenadresse", ("kunden", "adresse")),
        ("kundentelefonnummer", ("kunden", "telefonnummer")),
        ("shopperemail", ("shopper", "email")),
        ("smartphone", ("smartphone",)),
        # German without umlauts; foreign words for `number`.
        ("staatsangehoerigkeit", ("staatsangehorigkeit",)),
        ("numarasi", ("number",)),
        # Short foreign words never split English ones (`ort` is a German place).
        ("export", ("export",)),
    ],
)
def test_normalised_words(engine, key, words):
    assert engine._normaliser.words(key) == words


@pytest.mark.parametrize(
    ("path", "matcher"),
    [
        ("properties.email", "email"),
        ("properties.e-mail", "email"),
        ("traits.emailAddress", "email"),
        ("traits.emailaddress", "email"),
        ("traits.E-Mail Address", "email"),
        ("traits.lastName", "name"),
        ("traits.name", "name"),
        ("properties.first_name", "name"),
        ("properties.phne number", "phone"),
        ("properties.phone-no", "phone"),
        ("properties.telNo", "phone"),
        ("properties.DOB", "birthdate"),
        ("properties.dateOfBirth", "birthdate"),
        ("properties.ssn", "social security number"),
        ("properties.ccNumber", "credit card"),
        ("properties.ccn", "credit card"),
        ("properties.pwd", "password"),
        ("properties.userPassword", "password"),
        ("traits.address.postalCode", "zipcode"),
        ("traits.zip", "zipcode"),
        ("context.ip", "ip"),
        ("properties.client_ip_address", "ip"),
        ("properties.macAddress", "mac"),
        ("properties.shipping_adress", "address"),
        ("context.location.latitude", "geolocation"),
        ("properties.api_key", "secret"),
        ("properties.access_token", "token"),
        ("properties.passport_no", "passport"),
        ("properties.medical_record_number", "health id"),
        ("context.device.advertisingId", "advertising id"),
        ("properties.shipping_address.line2", "address"),
        # Salesforce custom-field suffixes name the field's origin, not its meaning.
        ("properties.Phone__pc", "phone"),
        ("traits.Birthdate__c", "birthdate"),
        ("properties.Billing_Email__c", "email"),
        # Dutch, Scandinavian and Polish keys.
        ("traits.telefoon", "phone"),
        ("traits.wachtwoord", "password"),
        ("traits.efternamn", "name"),
        ("traits.nazwisko", "name"),
        ("properties.burgerservicenummer", "national id"),
        ("properties.rekeningnummer", "bank account"),
        ("traits.födelsedatum", "birthdate"),
        # Ukrainian (`імʼя` with its modifier apostrophe) and Italian.
        ("properties.прізвище", "name"),
        ("properties.імʼя", "name"),
        ("properties.адреса_реєстрації", "address"),
        ("properties.рнокпп", "national id"),
        ("properties.citofono", "name"),
        ("properties.iscritto_sindacato", "trade union"),
        ("properties.numero_permesso_soggiorno", "visa"),
        # Estonian and Lithuanian.
        ("traits.isikukood", "national id"),
        ("traits.perekonnanimi", "name"),
        ("properties.asmens_kodas", "national id"),
        ("traits.gimimo_data", "birthdate"),
        # Conditions named by the condition itself; a policy number of any insurance line.
        ("properties.std_status", "condition"),
        ("properties.insurance_policy_number", "identification"),
        # Standards' field names: OpenID Connect, schema.org, FHIR.
        ("traits.address.locality", "city"),
        ("traits.addressLocality", "city"),
        ("traits.name.given", "name"),
        ("traits.birthPlace", "city"),
        ("traits.postOfficeBoxNumber", "address"),
        # Compounds and other languages, noun last.
        ("traits.Rechnungsadresse", "address"),
        ("traits.Kundentelefonnummer", "phone"),
        ("traits.Staatsangehoerigkeit", "citizenship"),
        ("traits.Krankenversicherungsnummer", "health id"),
        ("traits.telefon_numarasi", "phone"),
        ("traits.dogum_tarihi", "birthdate"),
        ("traits.sukunimi", "name"),
        ("traits.iranyitoszam", "zipcode"),
        ("traits.Ort", "city"),
        # Noun first: qualifiers follow it.
        ("traits.direccion_envio", "address"),
        ("traits.nome_completo", "name"),
        ("properties.nombre_cliente", "name"),
        ("traits.nomor_telepon", "phone"),
        ("traits.no_hp", "phone"),
        ("traits.numero_documento", "national id"),
        ("traits.datum_narozeni", "birthdate"),
        ("properties.direccion_ip", "ip"),
        # A number after the term counts another one of it (`email_3`, `zip9`).
        ("traits.email_3", "email"),
        ("traits.zip9", "zipcode"),
        # Health details are health data; a person after the term says whose it is.
        ("properties.allergy_notes", "allergy"),
        ("properties.icd10_codes[]", "diagnosis"),
        ("properties.naam_begunstigde", "name"),
        ("properties.email_customer", "email"),
        # Parts of an address, a reference's label, containers that are no one's.
        ("properties.delivery_address.unit", "address"),
        ("traits.generalPractitioner[].display", "name"),
        ("traits.dataFields.phoneNumber", "phone"),
        # Japanese, Chinese, Korean and Russian keys; warehouse column abbreviations.
        ("traits.氏名", "name"),
        ("traits.お客様メールアドレス", "email"),
        ("traits.手机号", "phone"),
        ("traits.생년월일", "birthdate"),
        ("traits.дата_рождения", "birthdate"),
        ("traits.BIRTH_DT", "birthdate"),
        ("traits.ZIP_CD", "zipcode"),
        ("traits.FIRST_NM", "name"),
        # Korean warehouse columns: a customer's name, an account number, income, a car's plate; a
        # code that is the datum itself (`SEX_CD: "F"`).
        ("properties.CUST_NM", "name"),
        ("properties.ACNT_NO", "bank account"),
        ("properties.ANNL_INCM_AMT", "salary"),
        ("traits.CAR_NO", "license"),
        ("traits.SEX_CD", "gender"),
        ("traits.nationality_code", "citizenship"),
        # A body's measures in Korean; sleep stages in minutes; a smart scale's index.
        ("properties.체중", "condition"),
        ("properties.골격근량", "condition"),
        ("properties.light_sleep_min", "condition"),
        ("properties.visceralFatIndex", "condition"),
        # Sweden's BankID returns the personnummer as `personalNumber`.
        ("properties.completionData.user.personalNumber", "national id"),
        # A health record's details; ad platforms' click ids.
        ("properties.diagnoses[].code", "diagnosis"),
        ("properties.procedures[].description", "procedure"),
        ("properties.gclid", "advertising id"),
        # The nearest parent and the leaf read as one key when the leaf alone says nothing.
        ("properties.insurance.member_id", "identification"),
        ("properties.card.number", "credit card"),
        ("properties.Bankverbindung.Kontoinhaber", "name"),
        ("properties.employees[].niNumber", "national id"),
        ("traits.phq9Score", "condition"),
        ("properties.browser_ip", "ip"),
        ("properties.injuriesDeclared[]", "condition"),
        ("properties.claims.dateofbirth", "birthdate"),
        ("properties.collection_address.postcode", "zipcode"),
        ("properties.home_collection_address", "address"),
        ("properties.vaccineName", "procedure"),
        ("properties.test_name", "procedure"),
        ("properties.ship_to_city", "city"),
        # A bare second line, a Brazilian address's complement (3 labels of 4), a Play purchase token.
        ("properties.line2", "address"),
        ("properties.complemento", "address"),
        ("properties.purchase_token", "token"),
        ("properties.screen_reader_enabled", "disability"),
        ("properties.stream_key", "secret"),
        ("properties.key_credential", "secret"),
        ("properties.credential_number", "license"),
        ("traits.BIRTHDAY_MMDD", "birthdate"),
        ("properties.otherLastNamesUsed[]", "name"),
        ("properties.medicare_beneficiary_id", "health id"),
        ("properties.reviewer_display", "name"),
        ("properties.idCardNumber", "national id"),
        ("properties.debtor_name", "name"),
        ("properties.frontImageUrl", "photo"),
        ("properties.steuerIdentifikationsnummer", "national id"),
        ("properties.bank.accountHolder", "name"),
        ("properties.bruttogehalt_monat", "salary"),
        ("properties.medication_to_administer", "medication"),
        ("properties.sen_status", "disability"),
        ("properties.sv_nummer", "social security number"),
        ("properties.callbackNumber", "phone"),
        ("properties.gift.to", "name"),
        ("properties.numero_piece", "identification"),
        ("properties.co_applicant", "name"),
        ("properties.fahrgestellnummer", "serial"),
        ("properties.tratamiento", "procedure"),
        ("traits.ssn_last4", "social security number"),
        # A masked national id still names its holder (labellers: 7 of 8 red).
        ("properties.aadhaar_last4", "national id"),
        # Under traits too, where `last` alone would be a family name.
        ("traits.AADHAAR_LAST4", "national id"),
        # A prescription's reference is its number.
        ("properties.prescription_ref", "medication"),
        ("properties.ndc", "medication"),
        # Clinicians' abbreviations, pay as payroll names it, a party's membership, a faith's.
        ("properties.pmh", "condition"),
        ("properties.past_surgical_history", "procedure"),
        ("properties.grossPay", "salary"),
        ("properties.party_membership", "political opinion"),
        ("properties.church_affiliation", "religion"),
        ("properties.seksuele_geaardheid", "sexual orientation"),
        # Greek keys in Greek script, read as the romanised Greek terms.
        ("properties.Διεύθυνση", "address"),
        ("properties.Ονοματεπώνυμο", "name"),
        ("traits.ΑΜΚΑ", "national id"),  # noqa: RUF001
        # Vaccination, fitness for work, home oxygen; a reported allergen; special educational needs.
        ("properties.yellow_fever_vaccinated", "condition"),
        ("properties.immunisation_status", "condition"),
        ("properties.is_fit_to_work", "condition"),
        ("properties.oxygen_in_use", "condition"),
        ("properties.allergen", "allergy"),
        ("traits.SEN_FLAG", "disability"),
        ("properties.nric_masked", "national id"),
        # Health lists' items name the condition and the drug.
        ("properties.symptoms[].name", "condition"),
        ("properties.medications[].name", "medication"),
        ("properties.items[].drug_name", "medication"),
        # A phone's location is its owner's; a payment method's token is the payer's.
        ("properties.device_location.lat", "geolocation"),
        ("properties.PaymentMethod.Token", "token"),
        # Sixth-wave field names: Swahili, Gulf ids, a Polish account, a Nordic door code.
        ("traits.jina_la_kwanza", "name"),
        ("traits.kitambulisho", "national id"),
        ("properties.iqama_number", "national id"),
        ("properties.numer_rachunku", "bank account"),
        ("properties.portkod", "secret"),
        ("properties.hiv_test_result", "condition"),
        ("properties.mood_tags[]", "condition"),
        # Ninth wave: a name in a named script, Arabic and Tamil keys, visa case references.
        ("traits.name_ar", "name"),
        ("properties.profile.fullnameEN", "name"),
        ("traits.ism_al_aila", "name"),
        ("properties.رقم_الهوية", "national id"),
        ("properties.peyar", "name"),
        ("properties.gwf_reference", "visa"),
        ("properties.shipping.line2", "address"),
        ("properties.endereco.complemento", "address"),
        ("properties.clinician_name", "name"),
        ("properties.medicare_mbi", "health id"),
    ],
)
def test_key_matches(engine, path, matcher):
    found = engine.key_match(path)
    assert found is not None and found.name == matcher, path


@pytest.mark.parametrize(
    "path",
    [
        "properties.products[].name",
        "context.app.name",
        "context.library.name",
        "properties.name",
        "properties.store.phone",
        "properties.email_opened",
        "properties.email_subject",
        "properties.ip_country",
        "properties.password_changed_at",
        "properties.token_type",
        "properties.visit_type",
        "properties.clinic_name",
        "context.instanceId",
        "properties.trace",
        "properties.hostname",
        "properties.file_name",
        "properties.order_id",
        # A thing's name or a fact about the datum, in languages that qualify after the noun.
        "properties.nombre_producto",
        "properties.telefono_tienda",
        "properties.correo_verificado",
        "properties.clave_producto",
        # English words ending in a term, and foreign words one letter from English ones.
        "properties.smartphone",
        "properties.microphone_enabled",
        "properties.export_format",
        "properties.music_genre",
        "properties.plaza",
        "properties.ethnicity_filter",
        "traits.employerName",
        # How long, or how many, is not the datum; a pet's records are not a person's.
        "properties.applicant.yearsAtAddress",
        "properties.drivers[].yearsLicensed",
        "properties.address_count",
        "properties.pet.birthDate",
        "properties.pet.medications[]",
        "properties.family",
        # A part of an address is not the address; a card's expiry, a business's VAT id are not PII.
        "traits.direccion.provincia",
        "properties.card_expiry",
        "properties.seller_vat_id_number",
        # A bank branch's routing number or sort code is the bank's, not the account holder's.
        "properties.routing_number",
        "properties.sort_code",
        # A card's last four digits; a vehicle's nickname; a pet's name in Italian.
        "properties.paymentCardLast4",
        "properties.maskedPan",
        "properties.iban_last4",
        "properties.wheelchair_spaces",
        # A signer's user agent is a browser's string.
        "properties.signer_user_agent",
        # A business's licences are its own.
        "properties.liquor_license_no",
        "traits.business_license_number",
        # An -ing word is one word (`travel ling` is no gender), a Spanish large family no apnoea.
        "properties.emergencyContact.isTravelling",
        "properties.familia_numerosa",
        # Where a call goes, a GP's practice, a workplace, a payout's beneficiary record.
        "properties.ToCity",
        "properties.gp_surgery",
        "traits.work_location",
        "properties.beneficiary_id",
        # A WhatsApp business's number, a machine's serial, how long someone has lived somewhere,
        # a service animal's name.
        "properties.metadata.display_phone_number",
        "properties.machine_serial",
        "properties.time_at_address_months",
        "properties.serviceAnimalName",
        # A clinician's letters (`MD, FACC`), a GP practice's line.
        "properties.provider_credentials",
        "properties.gp_phone",
        # An invoice issuer's and an employer's tax numbers; a gateway's response code; a shop's
        # outlet; a date of death.
        "properties.rfc_emisor",
        "properties.rut_empleador",
        "properties.nip_response_code",
        "traits.outlet_address",
        "properties.deceased.date_of_death",
        # A trainer's certifications, a certificate's record id.
        "properties.certifications[]",
        "properties.certificate_id",
        "properties.products[].allergens[]",
        "properties.previousPasswordAgeDays",
        "properties.account_age",
        # An age or an age band is not a date of birth (most labellers leave it green).
        "traits.customer_age",
        "properties.age_bracket",
        "properties.pay_rate_unit",
        "properties.user_properties.device_family",
        "properties.vehicleNickname",
        "properties.animale.nome",
        # A pet's profile is the pet's; a club's contact details are the club's; an NPI is a
        # clinician's public registry number.
        "properties.pet_profiles[].name",
        "properties.club_phone",
        "properties.prescriber_npi",
        # A donation centre's contact details; typos that are other English words.
        "properties.centre_phone",
        "properties.consent",
        "properties.autopay",
        "properties.confidence",
        # A car's climate pre-conditioning; a billing period.
        "properties.auto_precondition",
        "properties.billing_period_start",
    ],
)
def test_keys_that_are_not_personal_data(engine, path):
    assert engine.key_match(path) is None, path


def test_refusal_reason_names_the_context(engine):
    facts = engine.key_facts("properties.products[].name")
    assert facts.refused is not None and facts.refused.name == "name"
    assert "product" in facts.refusal


def test_key_facts_are_cached_per_path(engine):
    assert engine.key_facts("traits.email") is engine.key_facts("traits.email")


def test_id_like_keys(engine):
    assert engine.key_facts("properties.order_id").id_like
    assert engine.key_facts("properties.transaction_number").id_like
    assert not engine.key_facts("properties.contact").id_like


def test_bare_keys_without_a_section(engine):
    assert engine.key_match("emailAddress").name == "email"
    assert engine.key_match("name").name == "name"
    assert engine.key_match("E-Mail Address").name == "email"


@pytest.mark.parametrize(
    ("path", "values", "matcher"),
    [
        # A hash the key names is pseudonymous personal data; under a bare PII key it refutes.
        (
            "properties.email_sha256",
            ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
            "email",
        ),
        (
            "properties.user_data.em",
            ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
            "email",
        ),
        (
            "properties.user_data.fn",
            ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
            "name",
        ),
        ("properties.email", ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"], None),
        (
            "properties.checksum_sha256",
            ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
            None,
        ),
        # A role names a person when it holds words, never when it holds ids.
        ("properties.assignee", ["Ana Ruiz", "Tom"], "name"),
        ("properties.assignee", ["usr_4821", "usr_9921"], None),
        # Health measurements are numbers; picklists say which phone, not the phone.
        ("properties.heart_rate", [72, 64], "condition"),
        ("properties.has_type2_diabetes", [True, False], "condition"),
        ("properties.cpf", ["123.456.789-09", "987.654.321-00"], "national id"),
        ("traits.preferred_phone", ["Mobile", "Home"], None),
        ("properties.address.number", ["12", "7"], "address"),
        # A question about a special category is not its answer.
        ("properties.ethnicity_question_skipped", [True, False], None),
        ("traits.orientation", ["bisexual", "straight"], "sexual orientation"),
        ("properties.orientation", ["portrait", "landscape"], None),
        ("properties.gender", ["Womens", "Unisex"], None),
        ("traits.gender", ["female", "non-binary"], "gender"),
    ],
)
def test_key_evidence_with_values(engine, path, values, matcher):
    evidence = Evidence()
    for value in values:
        evidence.add(engine.observe(path, value))
    assert engine.recommend(path, evidence).matcher == matcher


@pytest.mark.parametrize(
    ("path", "matcher"),
    [
        ("properties.cpf_titular", "national id"),
        ("properties.listing.hostFirstName", "name"),
        ("properties.reset_link", "token"),
        ("properties.gift_card_code", "secret"),
        ("properties.contacts[].wa_id", "phone"),
        ("traits.mei", "name"),
        ("properties.운전면허번호", "license"),
        ("properties.PriorYearAgi", "salary"),
    ],
)
def test_key_matches_read_from_the_second_wave(engine, path, matcher):
    found = engine.key_match(path)
    assert found is not None and found.name == matcher, path


@pytest.mark.parametrize(
    "path",
    [
        "properties.tipo_conta",
        "properties.type_of_id",
        "properties.company.display_name",
        "traits.business_address.line1",
        "properties.results[].city",
        "properties.point_relais.adresse",
        "properties.connections",
        "properties.ginkou_mei",
    ],
)
def test_keys_of_things_and_kinds(engine, path):
    assert engine.key_match(path) is None, path


@pytest.mark.parametrize(
    "path",
    ["properties.photos[]", "properties.cart_token", "properties.checkout_token", "properties.allergens[]"],
)
def test_things_pictures_tokens_and_allergens(engine, path):
    assert engine.key_match(path) is None, path


def test_one_photo_and_session_tokens_stay_personal(engine):
    assert engine.key_match("properties.photo_url").name == "photo"
    assert engine.key_match("traits.photoUrls[]").name == "photo"
    assert engine.key_match("properties.session_token").name == "token"


@pytest.mark.parametrize(
    ("path", "matcher"),
    [
        ("properties.reviewer.location", "city"),
        ("traits.location", "city"),
        ("properties.report.properties.date_of_birth", "birthdate"),
        ("properties.acte", "procedure"),
    ],
)
def test_where_people_are_and_what_reports_hold(engine, path, matcher):
    found = engine.key_match(path)
    assert found is not None and found.name == matcher, path


def test_a_bare_location_is_a_places(engine):
    assert engine.key_match("properties.location") is None


@pytest.mark.parametrize(
    ("path", "matcher"),
    [
        ("properties.visaExpiryDate", "visa"),
        ("properties.shareCode", "visa"),
        ("properties.card_front_image_url", "photo"),
        ("properties.geburtsdatum_versicherter", "birthdate"),
        ("properties.direccion_entrega.referencias", "address"),
        ("properties.code_porte", "secret"),
        ("traits.is_deaf_or_hard_of_hearing", "disability"),
        ("properties.applicant.tfn", "national id"),
    ],
)
def test_key_matches_read_from_the_third_wave(engine, path, matcher):
    found = engine.key_match(path)
    assert found is not None and found.name == matcher, path


@pytest.mark.parametrize(
    ("path", "matcher"),
    [
        ("properties.data.attributes.name-first", "name"),
        ("properties.name_on_document", "name"),
        ("properties.form_response.answers[].email", "email"),
        ("context.device.token", "token"),
        ("properties.oauth.token", "token"),
    ],
)
def test_names_in_parts_forms_answers_and_tokens_that_sign_in(engine, path, matcher):
    found = engine.key_match(path)
    assert found is not None and found.name == matcher, path


# A bare `properties.token` is a thing's only when its values are ids (test_detection_engine).
@pytest.mark.parametrize(
    "path", ["properties.form_response.token", "properties.servicelevel.token", "properties.name"]
)
def test_bare_tokens_and_names_are_things(engine, path):
    assert engine.key_match(path) is None, path


@pytest.mark.parametrize(
    "path",
    [
        "properties.station.latitude",
        "properties.lugar.direccion",
        "properties.accepte_conditions",
        "properties.mfa_phone_last4",
        "properties.panelPhotos[]",
        "traits.community_name",
    ],
)
def test_places_terms_and_partial_numbers_of_the_fourth_wave(engine, path):
    assert engine.key_match(path) is None, path


@pytest.mark.parametrize(
    ("path", "matcher"),
    [
        ("properties.wheelchair_access_required", "disability"),
        ("properties.allergies_flagged", "allergy"),
        ("properties.psrRegistered", "condition"),
        ("properties.mpan", "identification"),
        ("properties.key_safe_code", "secret"),
        ("properties.what3words", "geolocation"),
        ("properties.janm_tithi", "birthdate"),
        ("properties.OptometristName", "name"),
    ],
)
def test_key_matches_read_from_the_fifth_wave(engine, path, matcher):
    found = engine.key_match(path)
    assert found is not None and found.name == matcher, path


@pytest.mark.parametrize(
    ("path", "matcher"),
    [
        ("properties.result.husband_name", "name"),
        ("properties.pep_relative_name", "name"),
        ("properties.armed_by_name", "name"),
        ("properties.approved_by.email", "email"),
        ("properties.date_of_birth_hijri", "birthdate"),
        ("properties.completionData.device.ipAddress", "ip"),
        ("properties.total-protein-g-dl", "condition"),
        ("traits.HB_LAST_G_L", "condition"),
        # A carrier of a condition, a device present; pay so far this year and today; the name as
        # an ID document holds it.
        ("properties.thalassemia_carrier", "condition"),
        ("properties.pacemaker_present", "condition"),
        ("properties.earnings_ytd", "salary"),
        ("properties.YtdEarningsMinor", "salary"),
        ("properties.name_as_per_aadhaar", "name"),
        ("properties.health_declaration.terminal_illness", "condition"),
        ("properties.top_called_numbers[]", "phone"),
        # A coded datum's code and wording; the Dutch register's name parts.
        ("properties.person.geslacht.code", "gender"),
        ("properties.myinfo.nationality.code", "citizenship"),
        ("properties.person.nationaliteiten[].nationaliteit.omschrijving", "citizenship"),
        ("properties.person.naam.voorvoegsel", "name"),
        # What one is allergic to; a student's university mailbox; Aadhaar's address parts.
        ("traits.allergicToCats", "allergy"),
        ("traits.universityEmail", "email"),
        ("properties.kyc_data.address.house", "address"),
        # The Philippines' person with disability; a bare `pwd` is still a password.
        ("properties.is_pwd", "disability"),
        ("traits.pwd_id", "disability"),
        ("properties.pwd", "password"),
        # A geocoder's address components; an address's parts written as phrases.
        ("properties.components.postal_code", "zipcode"),
        ("properties.components.locality", "city"),
        ("properties.address.building_name", "address"),
        ("properties.shipping_address.second_line", "address"),
    ],
)
def test_family_whoever_did_it_devices_calendars_and_lab_units(engine, path, matcher):
    found = engine.key_match(path)
    assert found is not None and found.name == matcher, path


def test_by_after_a_person_is_a_channel(engine):
    assert engine.key_match("properties.notify_recipient_by") is None


@pytest.mark.parametrize(
    "path",
    [
        "traits.relationshipToStudent",
        "properties.relationship_to_signer",
        "traits.tipo_chave_pix",
        "properties.utility_account_number",
        "properties.billing_account_number",
    ],
)
def test_kinds_relationships_and_billers_numbers_are_not_the_datum(engine, path):
    assert engine.key_match(path) is None, path


def test_a_bank_or_a_payers_account_number_stays_a_bank_account(engine):
    for path in ("properties.account_number", "properties.payer_account_number", "properties.chave_pix"):
        assert engine.key_match(path).name == "bank account", path


@pytest.mark.parametrize(
    ("key", "matcher"),
    [
        # Chinese and Japanese keys end with the datum: an employer's name, a helper's passport.
        ("properties.僱主姓名", "name"),
        ("properties.外傭護照號碼", "passport"),
        ("properties.僱主身份證號碼", "national id"),
        # Thai keys start with it: the customer's name, the transferor's account number.
        ("properties.ชื่อลูกค้า", "name"),
        ("properties.เลขบัญชีผู้โอน", "bank account"),
        # A product's and a bank's name: one character (`名`) is not enough, nor a thing's name.
        ("properties.商品名称", None),
        ("properties.銀行名", None),
        ("properties.店舗住所", None),
    ],
)
def test_keys_written_without_spaces_are_read_around_their_term(engine, key, matcher):
    found = engine.key_match(key)
    assert (found.name if found else None) == matcher


def test_no_key_term_is_a_stray_letter():
    # `*("gas safe id")` unpacks a string into its letters, and a key term `s` or `g` then matches
    # every `duration_s` and `weight_g`. One-character terms are kanji and hangul only (`姓`, `성`).
    terms = [t for m in default_matchers() for t in m.synonyms]
    terms += [t for language in languages.LANGUAGES for names in language.terms.values() for t in names]
    assert [t for t in terms if len(t) == 1 and t.isascii()] == []
