"""Writes holdout47: tests/corpus/holdout47_events.jsonl and holdout47_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other holdouts' labels, and never run through the engine by its author. Run once with
`.venv/bin/python -m tests.corpus.build_holdout47` (seeded, deterministic); the output is committed.

Covers veterinary clinics, pet insurance and pet supplies as one Segment customer's traffic would:
clinic search and appointment booking (US web app, a Spanish backend for clinics in Spain, WhatsApp
and Twilio reminders in vendor shapes), a vet telehealth chat (React Native, Swift, Kotlin,
Flutter), pet-insurance quotes, policies and claims (a .NET claims service in PascalCase, a Mexican
insurer with CURP/RFC/CLABE), a pet-food subscription shop on Segment's e-commerce spec (Shopify-
and Stripe-shaped addresses and payment methods, a Meta Conversions API relay), and a dog-walking
and pet-sitting marketplace (walker onboarding with a Checkr-shaped background check, GPS walks,
payouts, trust-and-safety flags). Clinic staff software (PHP) records patients, who are pets.
Calls: identify, track, page, screen, group and alias, with the `context` blocks of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python, node,
go, java, ruby, php and .NET server libraries (context.ip, traits, device, app, library, locale,
userAgent, campaign, location). Key conventions: mostly camelCase and snake_case; PascalCase
(.NET), kebab-case (an intake-form vendor), SCREAMING_SNAKE (a warehouse reverse-ETL identify) and
Spanish keys (nombre, apellidos, dni, telefono, direccion, mascota, curp, rfc, clabe).

Values: names from many cultures (Spanish double surnames, Mexican, US), US/ES/MX phone formats,
Spanish DNI/NIE with their check letter, CURP with its check digit, CLABE with its check digit,
Luhn-valid cards, mod-97 IBANs, SSA-structured SSNs, ABA-valid routing numbers, ISO pet
microchips, hashed identifiers, UUIDs, SKUs, versions and timestamps.

Labelling rules (the Privacy Portal's default colours):
- Each leaf path: classification, type (the reference's default matcher name, or `bank account`,
  `geolocation`, `secret`, `national id`, `advertising id`, `credit card`, `ip`, ...; `a|b` when
  either name is fair) and value_only (the key does not say what the value is; only the value can).
- PII = personal data about a natural person: the owner, a recipient, a co-owner or emergency
  contact, a household member, a walker or sitter, a vet or other staff member. Colours: the
  reference's default for the matcher; outside the reference, red for credentials and secrets, card
  numbers, bank accounts, government ids and health; yellow otherwise (geolocation, advertising id).
- Green: ids we or a vendor issue (user, order, claim, customer, member numbers, message SIDs,
  WhatsApp phone_number_id), versions, timestamps, hashes of non-PII, amounts and prices, enums,
  counters and booleans under PII-sounding keys, product / plan / clinic / company names, a
  business's own phone, e-mail and address (clinic, pharmacy, support, the clinic's Twilio and
  WhatsApp numbers), places that are not the person's (a searched city, a clinic's coordinates,
  a background check's work location), country, state, locale, timezone, currency, user agents,
  OS-issued device ids (IDFV, Android id). Card brand, last four and expiry, bank routing numbers
  and account last four are green; the last four of an SSN are red.
- Pets are not persons: a pet's name, breed, sex, birthday, weight, microchip, photo, allergies,
  diagnoses, medications, conditions, vaccination tags and prescription numbers are green, also in
  free text about the pet. (We read the yellow rule for prescription/rx numbers as human
  prescriptions; every rx in this corpus is an animal's.)
- Contested cases follow the product's published policy: ages green; job titles green; insurance
  policy numbers yellow `identification`; pay, hourly and per-walk rates and payouts to a walker
  yellow `salary`; click and browser ids from ad platforms (gclid, fbclid, fbp, fbc) yellow
  `advertising id`; billing and shipping addresses yellow `address`; payment tokens, push tokens,
  video access tokens, reset tokens, OTP codes and home lockbox codes red `token`/`secret`.
- A boolean that reveals a special category about a person is PII of that category in its colour:
  a client needing mobility assistance (`disability`, red), a veteran discount (`veteran`, red), a
  sitter allergic to cats (`allergy`, yellow), a pregnant household member (`condition`, yellow).
- Our own calls where the rules are silent (what a careful privacy owner would want flagged):
  SHA-256 hashes of a person's e-mail or phone sent for ad matching stay personal data (yellow,
  typed by what was hashed, value_only false since no value reveals it either); a vet's
  professional licence/colegiado number is a `license` (yellow); an RFC or CURP is a `national id`.
- value_only PII paths hold that PII in every value; free text is labelled by what every one of
  its values carries, green when none does (and no free-text path mixes the two).
"""

import hashlib
import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ----------------------------------------------------------------------------------------

US_FIRST = [
    "Emily", "Jamal", "Hannah", "Wei", "Priya", "DeShawn", "Olivia", "Kenji", "Aisha", "Tyler",
    "Mariana", "Connor", "Lan", "Olamide", "Rachel", "Mohammed", "Brooke", "Tomasz", "Keiko", "Darnell",
]  # fmt: skip
US_LAST = [
    "Johnson", "Williams", "Goldberg", "Zhang", "Raman", "Carter", "Nguyen", "Watanabe", "Rahman",
    "O'Connor", "Adeyemi", "Kowalczyk", "Hughes", "Delgado", "Fitzgerald", "Begay", "Schmidt", "Park",
]  # fmt: skip
ES_FIRST = [
    "María José", "Javier", "Lucía", "Álvaro", "Carmen", "Iñaki", "Nerea", "Pablo", "Montserrat",
    "Sergio", "Ainhoa", "Jordi", "Rocío", "Alejandro", "Begoña", "Xabier", "Irene", "Raúl",
]  # fmt: skip
ES_LAST = [
    "García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Etxeberria",
    "Puig", "Navarro", "Iglesias", "Castro", "Ortega", "Rubio", "Vidal", "Moreno", "Serrano",
]  # fmt: skip
MX_FIRST = [
    "Guadalupe", "José Luis", "Itzel", "Xóchitl", "Juan Carlos", "Fernanda", "Ximena", "Alejandra",
    "Emiliano", "Citlali", "Diego", "Valeria", "Santiago", "Yolanda", "Cuauhtémoc",
]  # fmt: skip
MX_LAST = [
    "Hernández", "Ramírez", "Flores", "Torres", "Cruz", "Reyes", "Morales", "Jiménez", "Mendoza",
    "Vázquez", "Castillo", "Chávez", "Domínguez", "Aguilar", "Romero",
]  # fmt: skip

PET_NAMES = [
    "Luna", "Max", "Coco", "Toby", "Bella", "Rocky", "Canela", "Chispa", "Lola", "Nala", "Simba",
    "Milo", "Kira", "Thor", "Frijol", "Pelusa", "Bruno", "Daisy", "Oreo", "Pepper", "Charlie",
    "Sasha", "Winston", "Mochi", "Tequila", "Duke",
]  # fmt: skip
DOG_BREEDS = [
    "Labrador Retriever", "French Bulldog", "Golden Retriever", "Chihuahua", "German Shepherd",
    "Dachshund", "Beagle", "Pit Bull Terrier", "Mixed Breed", "Xoloitzcuintle", "Galgo Español",
    "Shih Tzu", "Border Collie", "Cavalier King Charles Spaniel",
]  # fmt: skip
CAT_BREEDS = ["Domestic Shorthair", "Maine Coon", "Siamese", "Bengal", "Ragdoll", "Persian"]
RAZAS = ["Mestizo", "Pastor Alemán", "Podenco", "Galgo Español", "Bulldog Francés", "Chihuahua",
         "Yorkshire Terrier", "Común Europeo", "Schnauzer", "Labrador"]  # fmt: skip

US_CITIES = ["Austin", "Denver", "Portland", "Chicago", "Miami", "Phoenix", "Raleigh", "Seattle",
             "San Diego", "Columbus", "Nashville", "Minneapolis"]  # fmt: skip
US_STATES = ["TX", "CO", "OR", "IL", "FL", "AZ", "NC", "WA", "CA", "OH", "TN", "MN"]
ES_CITIES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao",
             "Alcalá de Henares", "Getafe", "Palma"]  # fmt: skip
ES_PROVINCIAS = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bizkaia",
                 "Illes Balears"]  # fmt: skip
MX_CITIES = ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Mérida", "Querétaro",
             "Zapopan", "Tijuana"]  # fmt: skip
MX_ESTADOS = ["CDMX", "Jalisco", "Nuevo León", "Puebla", "Yucatán", "Querétaro", "Baja California"]
US_STREETS = ["Oak Ave", "Maple St", "Cedar Ln", "W 34th St", "N Lamar Blvd", "SE Hawthorne Blvd",
              "Elm Dr", "Magnolia Way", "Pine Ridge Rd", "Lakeshore Dr", "Wilshire Ave"]  # fmt: skip
ES_CALLES = ["Calle Mayor", "Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución",
             "Calle Gran Vía", "Paseo de Gracia", "Calle San Vicente Mártir", "Avenida Diagonal",
             "Calle Larios", "Calle Ercilla"]  # fmt: skip
MX_CALLES = ["Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calle Morelos",
             "Av. Chapultepec", "Calle Hidalgo", "Av. Vallarta", "Calle 60"]  # fmt: skip
MX_COLONIAS = ["Col. Roma Norte", "Col. Condesa", "Col. Del Valle", "Col. Americana",
               "Col. Centro", "Col. San Pedro Garza García", "Col. Providencia"]  # fmt: skip
MAIL_DOMAINS = ["example.com", "example.net", "mail.example.org", "correo.example.es", "example.mx"]


def strip_accents(s: str) -> str:
    table = str.maketrans("áéíóúñüÁÉÍÓÚÑÜ", "aeiounuAEIOUNU")
    return s.translate(table)


def country(f: Fake) -> str:
    return f.pick(["US", "US", "US", "ES", "MX"])


def first_of(f: Fake, c: str) -> str:
    return f.pick({"US": US_FIRST, "ES": ES_FIRST, "MX": MX_FIRST}[c])


def last_of(f: Fake, c: str) -> str:
    return f.pick({"US": US_LAST, "ES": ES_LAST, "MX": MX_LAST}[c])


def first(f: Fake) -> str:
    return first_of(f, country(f))


def last(f: Fake) -> str:
    return last_of(f, country(f))


def apellidos(f: Fake) -> str:
    return f"{f.pick(ES_LAST)} {f.pick(ES_LAST)}"


def full_name(f: Fake) -> str:
    c = country(f)
    if c == "US":
        return f"{f.pick(US_FIRST)} {f.pick(US_LAST)}"
    if c == "ES":
        return f"{f.pick(ES_FIRST)} {apellidos(f)}"
    return f"{f.pick(MX_FIRST)} {f.pick(MX_LAST)} {f.pick(MX_LAST)}"


def email_for(f: Fake, name: str) -> str:
    parts = strip_accents(name.lower().replace("'", "")).split()
    user = f.pick([parts[0] + "." + parts[-1], parts[0][0] + parts[-1], parts[0] + str(f.r.randint(1, 99))])
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def email(f: Fake) -> str:
    return email_for(f, full_name(f))


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))


def es_phone(f: Fake) -> str:
    n = f.pick(["6", "7"]) + f.digits(8)
    return f.pick([f"+34 {n[:3]} {n[3:6]} {n[6:]}", n, f"+34{n}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"])


def mx_phone(f: Fake) -> str:
    area = f.pick(["55", "33", "81", "222", "999"])
    rest = f.digits(10 - len(area))
    local = f"{rest[: len(rest) - 4]} {rest[-4:]}"
    return f.pick([f"+52 {area} {local}", f"+52 1 {area} {local}", f"{area} {local}", f"+52{area}{rest}"])


def phone(f: Fake) -> str:
    return {"US": us_phone, "ES": es_phone, "MX": mx_phone}[country(f)](f)


def us_street(f: Fake) -> str:
    return f"{f.r.randint(12, 9899)} {f.pick(US_STREETS)}"


def es_street(f: Fake) -> str:
    door = f.pick(["A", "B", "izq.", "dcha."])
    return f"{f.pick(ES_CALLES)} {f.r.randint(1, 240)}, {f.r.randint(1, 8)}º {door}"


def mx_street(f: Fake) -> str:
    return f"{f.pick(MX_CALLES)} {f.r.randint(10, 2999)}, {f.pick(MX_COLONIAS)}"


def street(f: Fake) -> str:
    return {"US": us_street, "ES": es_street, "MX": mx_street}[country(f)](f)


def person_city(f: Fake) -> str:
    return f.pick(US_CITIES + ES_CITIES + MX_CITIES)


def postal(f: Fake) -> str:
    c = country(f)
    if c == "ES":
        return f"{f.r.randint(1, 52):02d}{f.r.randint(0, 999):03d}"
    if c == "MX":
        return f"{f.r.randint(1000, 99999):05d}"
    return f.pick([f"{f.r.randint(10000, 99999)}", f"{f.r.randint(10000, 99999)}-{f.r.randint(1000, 9999)}"])


def one_line_address(f: Fake) -> str:
    c = country(f)
    if c == "US":
        return f"{us_street(f)}, {f.pick(US_CITIES)}, {f.pick(US_STATES)} {f.r.randint(10000, 99999)}"
    if c == "ES":
        return f"{es_street(f)}, {f.r.randint(1, 52):02d}{f.r.randint(0, 999):03d} {f.pick(ES_CITIES)}"
    return f"{mx_street(f)}, {f.r.randint(1000, 99999):05d} {f.pick(MX_CITIES)}"


def dni(f: Fake) -> str:
    n = f.r.randint(1_000_000, 99_999_999)
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie(f: Fake) -> str:
    p = f.pick("XYZ")
    n = f.r.randint(0, 9_999_999)
    return f"{p}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"


def dni_or_nie(f: Fake) -> str:
    return nie(f) if f.r.random() < 0.25 else dni(f)


CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(f: Fake) -> str:
    up = string.ascii_uppercase
    consonants = "BCDFGHJKLMNPQRSTVWXZ"
    yy, mm, dd = f.r.randint(50, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    body = (
        f.pick(consonants)
        + f.pick("AEIOU")
        + f.pick(up)
        + f.pick(up)
        + f"{yy:02d}{mm:02d}{dd:02d}"
        + f.pick("HM")
        + f.pick(["DF", "JC", "NL", "PL", "YN", "QT", "BC"])
        + f.pick(consonants)
        + f.pick(consonants)
        + f.pick(consonants)
        + "0"
    )
    total = sum(CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def rfc(f: Fake) -> str:
    up = string.ascii_uppercase
    date = f"{f.r.randint(50, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    homoclave = "".join(f.pick(up + string.digits) for _ in range(2)) + f.pick(string.digits + "A")
    return "".join(f.pick(up) for _ in range(4)) + date + homoclave


def clabe(f: Fake) -> str:
    body = f.pick(["002", "012", "014", "021", "072", "137"]) + f"{f.r.randint(10, 999):03d}" + f.digits(11)
    weights = [3, 7, 1] * 6
    total = sum(int(d) * w % 10 for d, w in zip(body, weights, strict=False))
    return body + str((10 - total % 10) % 10)


def routing(f: Fake) -> str:
    return f.pick(["021000021", "011401533", "121000358", "026009593", "322271627", "111000025", "071000013"])


def microchip(f: Fake) -> str:
    return f.pick(["985", "982", "900", "941", "981", "956"]) + f.digits(12)


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_letters + string.digits) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQiA", "EAIaIQob", "CjwKCAjw"]) + alnum(f, 70) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def vet_name(f: Fake) -> str:
    return f.pick(["Dr. ", "Dra. ", "", ""]) + full_name(f)


def vet_license(f: Fake) -> str:
    return f.pick([f"VET-{f.digits(5)}", f"TX{f.digits(5)}", f"{f.r.randint(1, 52):02d}/{f.digits(4)}"])


def pet_name(f: Fake) -> str:
    return f.pick(PET_NAMES)


def breed(f: Fake) -> str:
    return f.pick(DOG_BREEDS + CAT_BREEDS)


def pm_token(f: Fake) -> str:
    return f.pick(["pm_", "tok_", "card_"]) + "1" + alnum(f, 23)


def avatar(f: Fake) -> str:
    return f"https://cdn.strollpup.example/avatars/{f.uuid()}.jpg"


def money(f: Fake, lo: float = 5, hi: float = 400) -> float:
    return f.money(lo, hi)


def ts(f: Fake) -> str:
    return f.iso()


# -- free text -------------------------------------------------------------------------------------

SYMPTOMS = [
    "{p} has been limping on the back left leg since Sunday",
    "{p} threw up twice this morning, still eating",
    "{p} keeps scratching her ears and shaking her head",
    "Diarrhea for 2 days, {p} is drinking a lot of water",
    "{p} ate part of a chocolate bar about an hour ago",
    "Red eye, {p} squints in bright light",
    "{p} vomita desde ayer y no quiere comer",
    "{p} tiene una herida en la pata delantera",
    "Lump on {p}'s chest, noticed it last week",
    "{p} is sneezing a lot after boarding",
]
WALK_NOTES = [
    "{p} was great today, pulled a bit at the start",
    "Long walk by the river, {p} drank lots of water",
    "{p} barked at the mail carrier again",
    "Short walk because of the rain. {p} is all dried off",
    "{p} met a new friend at the park!",
    "All good, fresh water left in the bowl for {p}",
]
GIFT_MESSAGES = [
    "Para {p}, con cariño",
    "Happy gotcha day {p}!",
    "Treats for the best boy, {p}",
    "Feliz cumpleaños {p} 🐶",
    "Enjoy your first month of food, {p}!",
]


def symptom_text(f: Fake) -> str:
    return f.pick(SYMPTOMS).format(p=pet_name(f))


def walk_note(f: Fake) -> str:
    return f.pick(WALK_NOTES).format(p=pet_name(f))


def access_note(f: Fake) -> str:
    return f.pick(
        [
            "Side gate is open, text me at {ph} when you get here",
            "Call {ph} when you arrive, the buzzer is broken",
            "Parking in the back. My cell: {ph}",
            "Llamar al {ph} antes de subir",
        ]
    ).format(ph=phone(f))


def flagged_contact(f: Fake) -> str:
    return f.pick(
        [
            "text me at {ph} instead, easier than the app",
            "my number is {ph}",
            "email me: {em}",
            "escríbeme al {ph} por whatsapp",
            "you can reach me directly {em}",
        ]
    ).format(ph=phone(f), em=email(f))


def card_in_chat(f: Fake) -> str:
    return f.pick(
        [
            "can I just pay with {c} exp 0{m}/27",
            "my card is {c}",
            "tarjeta {c} vence 1{m}/26",
            "{c} cvv on the back is {v}",
        ]
    ).format(c=f.card(), m=f.r.randint(1, 9), v=f.r.randint(100, 999))


def cita_time(f: Fake) -> str:
    day = f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
    return f"{day} {f.r.randint(9, 20):02d}:{f.pick(['00', '30'])}"


def reminder_body(f: Fake) -> str:
    return f.pick(
        [
            "Hi {n}, this is North Paw Vet reminding you of {p}'s appointment tomorrow at {t}. "
            "Reply C to confirm.",
            "Hola {n}, le recordamos la cita de {p} mañana a las {t}. Responda SI para confirmar.",
            "{n}, {p} is due for the rabies booster. Book at northpaw.example/book. Reply STOP to opt out",
        ]
    ).format(n=first(f), p=pet_name(f), t=f.pick(["9:30 AM", "2:15 PM", "17:45", "11:00"]))


# -- contexts --------------------------------------------------------------------------------------

WEB_PAGES = [
    ("https://www.northpaw.example", "/book", "Book an appointment | North Paw Vet"),
    ("https://www.northpaw.example", "/clinics", "Find a clinic | North Paw Vet"),
    ("https://quote.tailguard.example", "/quote/pet", "Get a pet insurance quote - TailGuard"),
    ("https://www.kibblebox.example", "/checkout", "Checkout | KibbleBox"),
    (
        "https://www.kibblebox.example",
        "/products/salmon-sweet-potato-24lb",
        "Salmon & Sweet Potato | KibbleBox",
    ),
    ("https://www.strollpup.example", "/become-a-walker", "Become a walker - StrollPup"),
    ("https://www.vetcerca.example", "/es/reservar-cita", "Reservar cita | VetCerca"),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.0.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]


def web_context(f: Fake) -> dict:
    base, path, title = f.pick(WEB_PAGES)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?utm_source=newsletter"]
                )
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: base + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-US", "es-ES", "es-MX", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/Madrid", "America/Mexico_City", "America/Denver"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        }
    if f.r.random() < 0.5:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["spring_vaccines", "new_puppy", "seguro_mascotas_mx", "autoship_20"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    ["vet near me", "pet insurance", "veterinario urgencias", "grain free dog food"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_cta", "carousel_2", "text_link"])),
        }
    return ctx


def swift_context(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: f.pick(["North Paw", "StrollPup", "KibbleBox"])),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.2", "2.8.1"])),
            "build": G(lambda f: f.pick(["4120", "4132", "281"])),
            "namespace": G(lambda f: f.pick(["com.northpaw.ios", "com.strollpup.app", "com.kibblebox.ios"])),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "es-ES"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Mexico_City", "Europe/Madrid"])),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(idfa, "advertising id")
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
    if f.r.random() < 0.4:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.5:
        ctx["traits"] = {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "userId": G(lambda f: "usr_" + f.digits(7)),
        }
    return ctx


def kotlin_context(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: f.pick(["StrollPup Walker", "North Paw", "TailGuard"])),
            "version": G(lambda f: f.pick(["3.4.0", "3.5.1", "7.0.2"])),
            "build": G(lambda f: f.pick(["340", "351", "70002"])),
            "namespace": G(
                lambda f: f.pick(["com.strollpup.walker", "com.northpaw.android", "com.tailguard.app"])
            ),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Pixel 7a", "moto g54 5G", "23053RN02A"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "cancunf", "heat"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telcel", "Movistar", "T-Mobile", "Vodafone ES", "AT&T"])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "en-US", "es-ES"])),
        "timezone": G(lambda f: f.pick(["America/Monterrey", "America/New_York", "Europe/Madrid"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(19.2, 40.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-118.0, -3.5), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 3.4])),
        }
    if f.r.random() < 0.5:
        ctx["traits"] = {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")}
    return ctx


def rn_context(f: Fake) -> dict:
    ios = f.r.random() < 0.5
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "StrollPup"),
            "version": G(lambda f: f.pick(["5.2.0", "5.3.1"])),
            "build": G(lambda f: f.pick(["520", "531", "5310"])),
            "namespace": G(lambda f: "com.strollpup.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if ios else f.hexid(16)),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(["samsung", "Google"])),
            "model": G(
                lambda f: f.pick(["iPhone14,7", "iPhone15,4"]) if ios else f.pick(["SM-G991B", "Pixel 8"])
            ),
            "name": G(lambda f: "iPhone" if ios else f.pick(["o1s", "shiba"])),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 915])),
            "density": G(lambda f: f.pick([3, 2.625])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "es-MX"])),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "America/Chicago", "America/Mexico_City"])),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
            "phone": Y(phone, "phone"),
            "role": G(lambda f: f.pick(["owner", "walker", "sitter"])),
        },
        "instanceId": G(lambda f: f.uuid()),
    }
    return ctx


def flutter_context(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "StrollPup Walker"),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.2"])),
            "build": G(lambda f: f.pick(["190", "1102"])),
            "namespace": G(lambda f: "com.strollpup.walker"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "CPH2449"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 919]))},
        "locale": G(lambda f: f.pick(["en-US", "es-MX"])),
        "timezone": G(lambda f: f.pick(["America/Denver", "America/Mexico_City"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.2"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.3"],
    "Analytics.CSharp": ["2.3.4", "2.4.0"],
}
SERVER_FOR = {
    "python": "analytics-python",
    "node": "analytics-node",
    "go": "analytics-go",
    "java": "analytics-java",
    "ruby": "analytics-ruby",
    "php": "analytics-php",
    "dotnet": "Analytics.CSharp",
}


def server_context(f: Fake, client: str) -> dict:
    lib = SERVER_FOR[client]
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))},
    }
    if f.r.random() < 0.45:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if client in ("node", "python") and f.r.random() < 0.35:
        ctx["traits"] = {"email": Y(email, "email"), "name": Y(full_name, "name")}
    if f.r.random() < 0.2:
        ctx["groupId"] = G(lambda f: "clinic_" + f.digits(4))
    if f.r.random() < 0.2:
        ctx["locale"] = G(lambda f: f.pick(["en-US", "es-ES", "es-MX"]))
    return ctx


def context_for(f: Fake, client: str) -> dict:
    if client == "web":
        return web_context(f)
    if client == "ios":
        return swift_context(f)
    if client == "android":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- shared shapes ---------------------------------------------------------------------------------


def pet_basic() -> dict:
    return {
        "id": G(lambda f: "pet_" + f.digits(7)),
        "name": G(pet_name),
        "species": G(lambda f: f.pick(["dog", "dog", "cat", "rabbit"])),
        "breed": G(breed),
        "sex": G(lambda f: f.pick(["female_spayed", "male_neutered", "female", "male"])),
        "age_years": G(lambda f: f.r.randint(0, 16)),
        "weight_lb": G(lambda f: f.money(3, 110)),
    }


def product() -> dict:
    return {
        "product_id": G(lambda f: "prod_" + f.hexid(10)),
        "sku": G(
            lambda f: (
                f.pick(["KB", "HS", "PP", "TR"])
                + "-"
                + f.digits(5)
                + "-"
                + f.pick(["24LB", "6LB", "12CT", "30LB"])
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Salmon & Sweet Potato Adult Dry Dog Food",
                    "Chicken Recipe Puppy Food",
                    "Indoor Cat Turkey Pâté",
                    "Dental Chews Large",
                    "Hip & Joint Soft Chews",
                    "Clumping Cat Litter Unscented",
                    "Freeze-Dried Beef Toppers",
                ]
            )
        ),
        "brand": G(
            lambda f: f.pick(
                ["KibbleBox", "Hill's Science Diet", "Purina Pro Plan", "Blue Buffalo", "Royal Canin"]
            )
        ),
        "category": G(lambda f: f.pick(["Dog Food", "Cat Food", "Treats", "Supplements", "Litter"])),
        "variant": G(lambda f: f.pick(["24 lb", "6 lb", "12 x 3 oz", "30 ct"])),
        "price": G(lambda f: f.money(8, 120)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "position": G(lambda f: f.r.randint(1, 24)),
    }


def clinic() -> dict:
    return {
        "id": G(lambda f: "cl_" + f.digits(4)),
        "name": G(
            lambda f: f.pick(
                [
                    "North Paw Vet - South Lamar",
                    "North Paw Vet - Capitol Hill",
                    "Riverside Animal Hospital",
                    "Banfield Pet Hospital #1187",
                    "Clínica Veterinaria Retiro",
                    "Hospital Veterinario Polanco",
                ]
            )
        ),
        "phone": G(
            lambda f: f.pick(["(512) 555-0142", "+1 206 555 0199", "+34 915 550 123", "+52 55 5555 0101"])
        ),
        "email": G(
            lambda f: f.pick(
                ["frontdesk@northpaw.example", "recepcion@vetretiro.example", "hola@hvpolanco.example"]
            )
        ),
        "address": G(
            lambda f: f.pick(
                ["2310 S Lamar Blvd", "1520 E Pine St", "Calle de O'Donnell 22", "Av. Presidente Masaryk 111"]
            )
        ),
        "city": G(lambda f: f.pick(["Austin", "Seattle", "Madrid", "Ciudad de México"])),
        "lat": G(lambda f: f.pick([30.2485, 47.6154, 40.4207, 19.4326])),
        "lng": G(lambda f: f.pick([-97.7706, -122.3129, -3.6716, -99.1985])),
    }


def billing_address() -> dict:
    return {
        "name": Y(full_name, "name"),
        "line1": Y(street, "address|street"),
        "line2": Y(lambda f: f.pick(["Apt 4B", "Unit 12", "Piso 3", "Int. 5"]), "address|street"),
        "city": Y(person_city, "city"),
        "state": G(lambda f: f.pick([*US_STATES, "Jalisco", "Madrid"])),
        "postal_code": Y(postal, "zipcode"),
        "country": G(lambda f: f.pick(["US", "MX", "ES"])),
    }


# -- events: (kind, name, clients, body) -------------------------------------------------------------

WEB_MOBILE = ("web", "ios", "android")
OWNER_APPS = ("web", "ios", "android", "rn")

CLINICS = [
    (
        "page",
        "Book Appointment",
        ("web",),
        {
            "name": G(lambda f: "Book Appointment"),
            "path": G(lambda f: f.pick(["/book", "/es/reservar-cita"])),
            "url": G(
                lambda f: f.pick(
                    ["https://www.northpaw.example/book", "https://www.vetcerca.example/es/reservar-cita"]
                )
            ),
            "title": G(lambda f: f.pick(["Book an appointment | North Paw Vet", "Reservar cita | VetCerca"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.northpaw.example/"])),
            "search": G(lambda f: f.pick(["", "?clinic=cl_0042", "?utm_source=google"])),
            "category": G(lambda f: "booking"),
        },
    ),
    (
        "track",
        "Clinic Searched",
        WEB_MOBILE,
        {
            "location_query": G(
                lambda f: f.pick(
                    ["Austin, TX", "Capitol Hill Seattle", "Chamberí, Madrid", "Polanco", "78704", "Zapopan"]
                )
            ),
            "service": G(lambda f: f.pick(["wellness", "dental", "urgent_care", "vaccines", "spay_neuter"])),
            "species": G(lambda f: f.pick(["dog", "cat", "exotic"])),
            "radius_miles": G(lambda f: f.pick([5, 10, 25])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "open_now": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Clinic Selected",
        WEB_MOBILE,
        {
            "clinic": clinic(),
            "distance_mi": G(lambda f: f.money(0, 20)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ("node", "web", "ios"),
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "clinic_id": G(lambda f: "cl_" + f.digits(4)),
            "vet": {
                "name": Y(vet_name, "name"),
                "title": G(lambda f: f.pick(["DVM", "VMD", "Veterinary Technician", "DVM, DACVIM"])),
            },
            "starts_at": G(ts),
            "reason_for_visit": G(
                lambda f: f.pick(
                    ["annual exam", "vaccines", "vomiting", "limping", "skin/allergies", "dental cleaning"]
                )
            ),
            "visit_type": G(lambda f: f.pick(["in_clinic", "drop_off", "house_call"])),
            "owner": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "zip": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
                "preferred_contact": G(lambda f: f.pick(["sms", "email", "phone"])),
            },
            "new_client": G(lambda f: f.pick([True, False])),
            "sms_reminders_opt_in": G(lambda f: f.pick([True, False])),
            "notes": G(symptom_text),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        ("node", "web"),
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "cancel_reason": G(
                lambda f: f.pick(["pet_feeling_better", "schedule_conflict", "cost", "other"])
            ),
            "cancelled_by": G(lambda f: f.pick(["client", "clinic"])),
            "hours_notice": G(lambda f: f.r.randint(1, 200)),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ("python",),
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "channel": G(lambda f: "sms"),
            "twilio": {
                "MessageSid": G(lambda f: "SM" + f.hexid(32)),
                "AccountSid": G(lambda f: "AC" + f.hexid(32)),
                "From": G(lambda f: f.pick(["+15125550142", "+12065550199", "+34915550123"])),
                "To": Y(
                    lambda f: f.pick(
                        ["+1" + f.digits(10), "+34" + f.pick("67") + f.digits(8), "+52" + f.digits(10)]
                    ),
                    "phone",
                ),
                "Body": Y(reminder_body, "name", True),
                "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            },
        },
    ),
    (
        "track",
        "Check-In Completed",
        ("ios", "android"),
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "checkin_method": G(lambda f: f.pick(["geofence", "qr_code", "front_desk"])),
            "arrival_lat": Y(lambda f: round(f.r.uniform(25.7, 47.7), 6), "geolocation"),
            "arrival_lng": Y(lambda f: round(f.r.uniform(-122.4, -80.1), 6), "geolocation"),
            "intake_form": {
                "current_weight_lb": G(lambda f: f.money(3, 110)),
                "symptoms": Many(
                    G(lambda f: f.pick(["coughing", "itching", "not eating", "lethargy", "diarrhea"])), 3
                ),
                "signature_name": Y(full_name, "name"),
                "consent_to_estimate": G(lambda f: True),
                "pregnant_household_member": Y(lambda f: f.pick([True, False]), "condition"),
            },
        },
    ),
    (
        "track",
        "Home Visit Requested",
        ("web",),
        {
            "request_id": G(lambda f: f.uuid()),
            "visit_address": {
                "line1": Y(us_street, "address|street"),
                "line2": Y(lambda f: f.pick(["Apt 2", "Unit 305", "Suite B", "#14"]), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "zip": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
            },
            "contact_name": Y(full_name, "name"),
            "access_notes": Y(access_note, "phone", True),
            "client_needs_mobility_assistance": RED(lambda f: f.pick([True, False]), "disability"),
            "number_of_pets": G(lambda f: f.r.randint(1, 4)),
            "euthanasia_consult": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ("web", "ios", "node"),
        {
            "firstName": Y(lambda f: f.pick(US_FIRST), "name"),
            "lastName": Y(lambda f: f.pick(US_LAST), "name"),
            "email": Y(email, "email"),
            "phone": Y(us_phone, "phone"),
            "address": {
                "street": Y(us_street, "street|address"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "postalCode": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
                "country": G(lambda f: "US"),
            },
            "birthday": Y(lambda f: f.date(1945, 2004), "birthdate"),
            "avatar": Y(avatar, "photo"),
            "createdAt": G(ts),
            "rewardsMemberId": G(lambda f: "NP" + f.digits(9)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(19, 80)),
        },
    ),
    (
        "identify",
        None,
        ("java",),
        {
            "cliente_id": G(lambda f: "C" + f.digits(8)),
            "nombre": Y(lambda f: f.pick(ES_FIRST), "name"),
            "apellidos": Y(apellidos, "name"),
            "dni": RED(dni_or_nie, "national id"),
            "telefono": Y(es_phone, "phone"),
            "correo": Y(lambda f: email_for(f, f.pick(ES_FIRST) + " " + f.pick(ES_LAST)), "email"),
            "direccion": Y(es_street, "address"),
            "codigo_postal": Y(lambda f: f"{f.r.randint(1, 52):02d}{f.r.randint(0, 999):03d}", "zipcode"),
            "localidad": Y(lambda f: f.pick(ES_CITIES), "city"),
            "provincia": G(lambda f: f.pick(ES_PROVINCIAS)),
            "fecha_nacimiento": Y(
                lambda f: f.pick(
                    [
                        f.date(1950, 2003),
                        f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2003)}",
                    ]
                ),
                "birthdate",
            ),
            "fecha_alta": G(ts),
            "num_mascotas": G(lambda f: f.r.randint(1, 4)),
            "acepta_comunicaciones": G(lambda f: f.pick([True, False])),
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
        },
    ),
    (
        "track",
        "Cita Reservada",
        ("java",),
        {
            "cita_id": G(lambda f: f.digits(9)),
            "fecha_cita": G(cita_time),
            "clinica": {
                "nombre": G(
                    lambda f: f.pick(
                        ["Clínica Veterinaria Retiro", "Hospital Veterinario Sant Antoni", "VetCerca Triana"]
                    )
                ),
                "telefono": G(lambda f: f.pick(["915 550 123", "+34 933 550 987", "954 550 456"])),
                "direccion": G(
                    lambda f: f.pick(
                        [
                            "Calle de O'Donnell 22, Madrid",
                            "Carrer del Comte Borrell 81, Barcelona",
                            "Calle Pureza 40, Sevilla",
                        ]
                    )
                ),
            },
            "veterinario": {
                "nombre": Y(
                    lambda f: f.pick(["Dra. ", "Dr. "]) + f.pick(ES_FIRST) + " " + f.pick(ES_LAST), "name"
                ),
                "num_colegiado": Y(lambda f: f"{f.pick(['28', '08', '41'])}/{f.digits(4)}", "license"),
            },
            "mascota": {
                "nombre": G(pet_name),
                "raza": G(lambda f: f.pick(RAZAS)),
                "peso_kg": G(lambda f: f.money(1, 45)),
                "chip": G(microchip),
                "fecha_nacimiento": G(lambda f: f.date(2010, 2024)),
            },
            "cliente": {
                "nombre": Y(lambda f: f.pick(ES_FIRST), "name"),
                "apellidos": Y(apellidos, "name"),
                "dni": RED(dni_or_nie, "national id"),
                "telefono": Y(es_phone, "phone"),
                "correo": Y(lambda f: email_for(f, f.pick(ES_FIRST) + " " + f.pick(ES_LAST)), "email"),
                "direccion": Y(es_street, "address"),
            },
            "motivo": G(
                lambda f: f.pick(
                    ["vacunación", "revisión anual", "desparasitación", "urgencia", "esterilización"]
                )
            ),
            "observaciones": G(symptom_text),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ("node",),
        {
            "metadata": {
                "display_phone_number": G(lambda f: f.pick(["5215555550101", "34915550123"])),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {
                    "profile": {
                        "name": Y(
                            lambda f: f.pick(
                                [f.pick(MX_FIRST), f.pick(ES_FIRST) + " " + f.pick(ES_LAST), full_name(f)]
                            ),
                            "name",
                        )
                    },
                    "wa_id": Y(
                        lambda f: f.pick(["521" + f.digits(10), "34" + f.pick("67") + f.digits(8)]),
                        "phone",
                        True,
                    ),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(
                        lambda f: f.pick(["521" + f.digits(10), "34" + f.pick("67") + f.digits(8)]),
                        "phone",
                        True,
                    ),
                    "id": G(lambda f: "wamid.HBgM" + alnum(f, 40)),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "text": {
                        "body": G(
                            lambda f: f.pick(
                                [
                                    "Sí, confirmo",
                                    "¿Puedo cambiar la cita de {p}?",
                                    "Gracias, ahí estaremos con {p}",
                                    "Cancelar",
                                ]
                            ).format(p=pet_name(f))
                        )
                    },
                },
                1,
            ),
        },
    ),
    (
        "group",
        None,
        ("web", "node"),
        {
            "practice_name": G(
                lambda f: f.pick(
                    ["North Paw Vet - South Lamar", "Riverside Animal Hospital", "Clínica Veterinaria Retiro"]
                )
            ),
            "practice_phone": G(lambda f: f.pick(["(512) 555-0142", "+34 915 550 123", "(612) 555-0180"])),
            "practice_email": G(
                lambda f: f.pick(
                    ["frontdesk@northpaw.example", "info@riversideah.example", "recepcion@vetretiro.example"]
                )
            ),
            "practice_address": {
                "street": G(lambda f: f.pick(["2310 S Lamar Blvd", "88 River Rd", "Calle de O'Donnell 22"])),
                "city": G(lambda f: f.pick(["Austin", "Minneapolis", "Madrid"])),
                "state": G(lambda f: f.pick(["TX", "MN", "Madrid"])),
                "postal_code": G(lambda f: f.pick(["78704", "55401", "28009"])),
            },
            "practice_owner_name": Y(lambda f: "Dr. " + full_name(f), "name"),
            "employees": G(lambda f: f.r.randint(4, 80)),
            "pims": G(lambda f: f.pick(["ezyVet", "Cornerstone", "AVImark", "Qvet"])),
            "plan": G(lambda f: f.pick(["starter", "growth", "enterprise"])),
        },
    ),
    (
        "track",
        "Patient Record Updated",
        ("php",),
        {
            "patient_id": G(lambda f: f.digits(6)),
            "patient_name": G(pet_name),
            "weight_kg": G(lambda f: f.money(1, 50)),
            "diagnosis_codes": Many(
                G(lambda f: f.pick(["VeNom:1234", "VeNom:2871", "VeNom:445", "VeNom:9021"])), 3
            ),
            "diagnosis": G(
                lambda f: f.pick(
                    [
                        "otitis externa",
                        "atopic dermatitis",
                        "chronic kidney disease stage 2",
                        "gastroenteritis",
                    ]
                )
            ),
            "allergies": Many(G(lambda f: f.pick(["chicken protein", "penicillin", "flea saliva"])), 2),
            "medications": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            ["Apoquel 16mg", "Carprofen 75mg", "Gabapentin 100mg", "Bravecto 1000mg"]
                        )
                    ),
                    "rx_number": G(lambda f: "RX" + f.digits(7)),
                },
                2,
            ),
            "updated_by": {
                "staff_id": G(lambda f: f.digits(4)),
                "staff_name": Y(full_name, "name"),
                "role": G(lambda f: f.pick(["DVM", "LVT", "CSR", "Practice Manager"])),
            },
            "client_id": G(lambda f: f.digits(6)),
            "client_last_name": Y(last, "name"),
            "client_phone": Y(phone, "phone"),
        },
    ),
    (
        "track",
        "Vaccination Recorded",
        ("php",),
        {
            "patient_id": G(lambda f: f.digits(6)),
            "vaccine": G(lambda f: f.pick(["Rabies 3yr", "DHPP", "Bordetella", "FVRCP", "Leptospirosis"])),
            "lot_number": G(lambda f: f.pick(["A", "L", "B"]) + f.digits(6)),
            "rabies_tag_number": G(lambda f: f"{f.r.randint(2023, 2024)}-{f.digits(5)}"),
            "administered_at": G(ts),
            "administered_by_license": Y(vet_license, "license"),
        },
    ),
]

TELEHEALTH = [
    (
        "screen",
        "Vet Chat",
        ("rn", "ios", "android"),
        {
            "chat_id": G(lambda f: f.uuid()),
            "vets_online": G(lambda f: f.r.randint(0, 15)),
            "estimated_wait_sec": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "Chat Started",
        ("rn", "flutter", "ios"),
        {
            "chat_id": G(lambda f: f.uuid()),
            "pet_id": G(lambda f: "pet_" + f.digits(7)),
            "topic": G(lambda f: f.pick(["vomiting", "skin", "behavior", "toxin_ingestion", "nutrition"])),
            "triage_level": G(lambda f: f.pick(["routine", "urgent", "emergency"])),
            "vet_id": G(lambda f: "vet_" + f.digits(4)),
            "vet_display_name": Y(vet_name, "name"),
            "price": G(lambda f: f.pick([0, 19.99, 29.0])),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ("rn", "flutter", "ios"),
        {
            "chat_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "sender": G(lambda f: f.pick(["client", "vet"])),
            "text": G(symptom_text),
            "char_count": G(lambda f: f.r.randint(5, 400)),
            "has_photo": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chat Attachment Uploaded",
        ("rn", "ios"),
        {
            "chat_id": G(lambda f: f.uuid()),
            "file_name": G(
                lambda f: (
                    f.pick(["IMG_", "PXL_2024", "photo_"]) + f.digits(4) + f.pick([".HEIC", ".jpg", ".mp4"])
                )
            ),
            "size_bytes": G(lambda f: f.r.randint(80_000, 9_000_000)),
            "pet_photo_url": G(lambda f: "https://media.northpaw.example/chat/" + f.uuid() + ".jpg"),
        },
    ),
    (
        "track",
        "Emergency Triage Submitted",
        ("rn", "web"),
        {
            "triage_id": G(lambda f: f.uuid()),
            "symptoms": Many(
                G(
                    lambda f: f.pick(
                        ["seizure", "bloated abdomen", "not breathing normally", "bleeding", "ate xylitol"]
                    )
                ),
                3,
            ),
            "toxin": G(lambda f: f.pick(["chocolate", "grapes", "ibuprofen", "lilies", "none"])),
            "callback_number": Y(phone, "phone"),
            "pregnant_household_member": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "track",
        "Video Consult Joined",
        ("ios", "android", "flutter"),
        {
            "consult_id": G(lambda f: f.uuid()),
            "room_name": G(lambda f: "consult-" + f.hexid(10)),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "participant_role": G(lambda f: f.pick(["client", "vet"])),
            "camera_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chat Message Blocked",
        ("node",),
        {
            "chat_id": G(lambda f: f.uuid()),
            "reason": G(lambda f: f.pick(["payment_card_detected", "pci_filter"])),
            "blocked_text": RED(card_in_chat, "credit card", True),
        },
    ),
    (
        "track",
        "Consult Summary Emailed",
        ("node",),
        {
            "consult_id": G(lambda f: f.uuid()),
            "to_email": Y(email, "email"),
            "cc_email": Y(email, "email"),
            "vet_name": Y(vet_name, "name"),
            "summary": G(symptom_text),
            "follow_up_days": G(lambda f: f.pick([3, 7, 14])),
        },
    ),
    (
        "track",
        "Prescription Requested",
        ("node",),
        {
            "rx_id": G(lambda f: "RX" + f.digits(7)),
            "medication": G(
                lambda f: f.pick(["Apoquel 16mg", "Cerenia 24mg", "Simparica Trio", "Metronidazole 250mg"])
            ),
            "quantity": G(lambda f: f.pick([14, 30, 90])),
            "pharmacy": {
                "name": G(
                    lambda f: f.pick(["KibbleBox Pharmacy", "Walgreens #4471", "Farmacia Veterinaria Sol"])
                ),
                "phone": G(lambda f: f.pick(["1-800-555-0133", "(512) 555-0177", "+34 910 550 300"])),
            },
            "pet_id": G(lambda f: "pet_" + f.digits(7)),
            "prescribing_vet_license": Y(vet_license, "license"),
        },
    ),
]

INSURANCE = [
    (
        "track",
        "Quote Started",
        ("web",),
        {
            "quote_id": G(lambda f: "q_" + f.hexid(12)),
            "pet": {
                "name": G(pet_name),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(breed),
                "age": G(lambda f: f.pick(["8 weeks", "1 year", "5 years", "11 years"])),
                "sex": G(lambda f: f.pick(["male", "female"])),
            },
            "zip_code": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
            "first_name": Y(lambda f: f.pick(US_FIRST), "name"),
            "email": Y(email, "email"),
            "phone": Y(us_phone, "phone"),
            "referral_code": G(lambda f: f.pick(["VETPARTNER", "FRIEND25", ""]) + f.pick(["", f.digits(3)])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Quote Completed",
        ("web",),
        {
            "quote_id": G(lambda f: "q_" + f.hexid(12)),
            "plan_name": G(lambda f: f.pick(["Accident Only", "Accident & Illness", "Complete + Wellness"])),
            "deductible": G(lambda f: f.pick([100, 250, 500, 750])),
            "reimbursement_pct": G(lambda f: f.pick([70, 80, 90])),
            "monthly_premium": G(lambda f: f.money(12, 110)),
            "pre_existing_conditions": Many(
                G(lambda f: f.pick(["hip dysplasia", "allergies", "none", "diabetes"])), 2
            ),
            "is_military_or_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "owner_date_of_birth": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "owner_age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "track",
        "Policy Purchased",
        ("dotnet",),
        {
            "PolicyNumber": Y(lambda f: "TG-" + f.digits(8), "identification"),
            "CustomerNumber": G(lambda f: f.digits(8)),
            "EffectiveDate": G(lambda f: f.date(2024, 2025)),
            "PremiumAmount": G(lambda f: f.money(12, 110)),
            "PolicyHolder": {
                "FirstName": Y(first, "name"),
                "LastName": Y(last, "name"),
                "Email": Y(email, "email"),
                "PhoneNumber": Y(phone, "phone"),
                "DateOfBirth": Y(lambda f: f.date(1950, 2004) + "T00:00:00", "birthdate"),
                "MailingAddress": {
                    "Line1": Y(street, "address|street"),
                    "City": Y(person_city, "city"),
                    "State": G(lambda f: f.pick(US_STATES)),
                    "PostalCode": Y(postal, "zipcode"),
                },
            },
            "SecondaryInsured": {
                "FirstName": Y(first, "name"),
                "LastName": Y(last, "name"),
                "Relationship": G(lambda f: f.pick(["Spouse", "Partner", "Child", "Parent"])),
            },
            "Pet": {
                "Name": G(pet_name),
                "Breed": G(breed),
                "DateOfBirth": G(lambda f: f.date(2010, 2024) + "T00:00:00"),
                "MicrochipNumber": G(microchip),
            },
            "PaymentMethod": {
                "Brand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex", "Discover"])),
                "Last4": G(lambda f: f.digits(4)),
                "ExpMonth": G(lambda f: f.r.randint(1, 12)),
                "ExpYear": G(lambda f: f.r.randint(2025, 2031)),
                "Token": RED(pm_token, "token"),
            },
        },
    ),
    (
        "track",
        "Claim Submitted",
        ("dotnet",),
        {
            "ClaimNumber": G(lambda f: "CLM" + f.digits(9)),
            "PolicyNumber": Y(lambda f: "TG-" + f.digits(8), "identification"),
            "PetName": G(pet_name),
            "Diagnosis": G(
                lambda f: f.pick(
                    ["Cruciate ligament tear", "Foreign body ingestion", "Otitis externa", "Urinary blockage"]
                )
            ),
            "TreatmentDate": G(lambda f: f.date(2024, 2024)),
            "InvoiceTotal": G(lambda f: f.money(80, 6500)),
            "VetClinicName": G(
                lambda f: f.pick(
                    ["Riverside Animal Hospital", "North Paw Vet - South Lamar", "BluePearl Specialty"]
                )
            ),
            "VetClinicPhone": G(lambda f: f.pick(["(612) 555-0180", "(512) 555-0142", "(303) 555-0111"])),
            "TreatingVet": Y(vet_name, "name"),
            "PayoutAccount": {
                "RoutingNumber": G(routing),
                "AccountNumber": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
                "AccountHolderName": Y(full_name, "name"),
            },
            "Notes": G(symptom_text),
        },
    ),
    (
        "track",
        "Claim Status Changed",
        ("dotnet", "node"),
        {
            "claim_number": G(lambda f: "CLM" + f.digits(9)),
            "status": G(lambda f: f.pick(["received", "in_review", "approved", "denied", "paid"])),
            "approved_amount": G(lambda f: f.money(0, 5000)),
            "adjuster_id": G(lambda f: "adj_" + f.digits(4)),
            "adjuster_name": Y(full_name, "name"),
            "denial_reason": G(
                lambda f: f.pick(["", "pre-existing condition", "waiting period", "not covered: wellness"])
            ),
        },
    ),
    (
        "track",
        "Seguro Solicitado",
        ("php", "android"),
        {
            "solicitud_id": G(lambda f: f.uuid()),
            "poliza": Y(lambda f: "MS-" + f.digits(9), "identification"),
            "nombre_completo": Y(lambda f: f"{f.pick(MX_FIRST)} {f.pick(MX_LAST)} {f.pick(MX_LAST)}", "name"),
            "curp": RED(curp, "national id"),
            "rfc": RED(rfc, "national id"),
            "celular": Y(mx_phone, "phone"),
            "correo": Y(lambda f: email_for(f, f.pick(MX_FIRST) + " " + f.pick(MX_LAST)), "email"),
            "codigo_postal": Y(lambda f: f"{f.r.randint(1000, 99999):05d}", "zipcode"),
            "municipio": Y(
                lambda f: f.pick(
                    ["Benito Juárez", "Zapopan", "San Pedro Garza García", "Coyoacán", "Mérida"]
                ),
                "city",
            ),
            "estado": G(lambda f: f.pick(MX_ESTADOS)),
            "clabe": RED(clabe, "bank account"),
            "mascota": {
                "nombre": G(pet_name),
                "raza": G(lambda f: f.pick(RAZAS)),
                "edad_anios": G(lambda f: f.r.randint(0, 14)),
            },
            "prima_mensual": G(lambda f: f.money(150, 900)),
            "moneda": G(lambda f: "MXN"),
        },
    ),
    (
        "track",
        "Identity Verified",
        ("ruby", "node"),
        {
            "verification_id": G(lambda f: "idv_" + f.hexid(16)),
            "provider": G(lambda f: f.pick(["persona", "socure"])),
            "full_name": Y(full_name, "name"),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "dob_match": G(lambda f: f.pick([True, False])),
            "name_match_score": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "ssn_provided": G(lambda f: True),
        },
    ),
]

SHOP = [
    (
        "track",
        "Products Searched",
        WEB_MOBILE,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "grain free salmon",
                        "puppy food large breed",
                        "cat litter",
                        "hip joint chews",
                        "comida para perro",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        WEB_MOBILE,
        {
            "list_id": G(lambda f: f.pick(["dog_food_dry", "cat_treats", "autoship_favorites"])),
            "category": G(lambda f: f.pick(["Dog Food", "Cat Food", "Treats"])),
            "products": Many(
                {
                    k: v
                    for k, v in product().items()
                    if k in ("product_id", "sku", "name", "price", "position")
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        WEB_MOBILE,
        {
            **product(),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "life_stage": G(lambda f: f.pick(["puppy", "adult", "senior", "all"])),
            "breed_size": G(lambda f: f.pick(["small", "medium", "large", "giant"])),
        },
    ),
    (
        "track",
        "Product Added",
        WEB_MOBILE,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
            "autoship": G(lambda f: f.pick([True, False])),
            "autoship_frequency_weeks": G(lambda f: f.pick([2, 4, 6, 8])),
        },
    ),
    (
        "track",
        "Checkout Started",
        ("web", "ios"),
        {
            "order_id": G(lambda f: f.digits(10)),
            "value": G(lambda f: f.money(20, 400)),
            "revenue": G(lambda f: f.money(20, 400)),
            "shipping": G(lambda f: f.pick([0, 4.99, 9.99])),
            "tax": G(lambda f: f.money(0, 30)),
            "discount": G(lambda f: f.money(0, 25)),
            "coupon": G(lambda f: f.pick(["", "AUTOSHIP35", "NEWPUP20"])),
            "currency": G(lambda f: "USD"),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("web", "ios"),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(10)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "payment_method_token": RED(pm_token, "token"),
            "billing_address": billing_address(),
        },
    ),
    (
        "track",
        "Order Completed",
        ("web", "ios", "node"),
        {
            "order_id": G(lambda f: f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 400)),
            "subtotal": G(lambda f: f.money(20, 400)),
            "revenue": G(lambda f: f.money(20, 400)),
            "shipping": G(lambda f: f.pick([0, 4.99, 9.99])),
            "tax": G(lambda f: f.money(0, 30)),
            "coupon": G(lambda f: f.pick(["", "AUTOSHIP35", "NEWPUP20"])),
            "currency": G(lambda f: "USD"),
            "products": Many(product(), 3),
            "email": Y(email, "email"),
            "shipping_address": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "address1": Y(street, "address|street"),
                "address2": Y(lambda f: f.pick(["Apt 4B", "Unit 12", "Piso 3", "Int. 5"]), "address|street"),
                "city": Y(person_city, "city"),
                "province": G(lambda f: f.pick(["Texas", "Colorado", "Jalisco", "Madrid"])),
                "zip": Y(postal, "zipcode"),
                "country_code": G(lambda f: f.pick(["US", "MX", "ES"])),
                "phone": Y(phone, "phone"),
            },
            "is_first_order": G(lambda f: f.pick([True, False])),
            "delivery_instructions": G(
                lambda f: f.pick(["Leave by the garage", "Front porch please", "Dejar en conserjería", ""])
            ),
        },
    ),
    (
        "track",
        "Subscription Created",
        ("web", "node"),
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "plan": G(lambda f: f.pick(["fresh_full", "fresh_topper", "kibble_autoship"])),
            "frequency_weeks": G(lambda f: f.pick([2, 4, 6])),
            "pet_profiles": Many(
                {
                    "name": G(pet_name),
                    "breed": G(breed),
                    "weight_lb": G(lambda f: f.money(4, 110)),
                    "birthday": G(lambda f: f.date(2012, 2024)),
                    "allergies": Many(G(lambda f: f.pick(["chicken", "beef", "grain", "dairy"])), 2),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Subscription Paused",
        ("web", "node"),
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "reason": G(lambda f: f.pick(["too much food", "pet passed away", "price", "traveling"])),
            "pause_weeks": G(lambda f: f.pick([2, 4, 8])),
            "skip_count": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Gift Subscription Purchased",
        ("web",),
        {
            "gift_id": G(lambda f: f.uuid()),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "gift_message": G(lambda f: f.pick(GIFT_MESSAGES).format(p=pet_name(f))),
            "deliver_on": G(lambda f: f.date(2024, 2024)),
            "boxes": G(lambda f: f.pick([1, 3, 6])),
        },
    ),
    (
        "track",
        "Review Submitted",
        WEB_MOBILE,
        {
            "product_id": G(lambda f: "prod_" + f.hexid(10)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(
                lambda f: f.pick(
                    [
                        "{p} loves it, cleaned the bowl!",
                        "Picky eater but {p} finally eats",
                        "Bag arrived torn",
                        "Great for sensitive stomachs",
                    ]
                ).format(p=pet_name(f))
            ),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {f.pick(string.ascii_uppercase)}.", "name"),
            "pet_name": G(pet_name),
            "verified_purchase": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversion Relayed",
        ("node",),
        {
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: sha(email(f)), "email"),
                "ph": Y(lambda f: sha(f.digits(11)), "phone"),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(lambda f: sha("usr_" + f.digits(7))),
            },
        },
    ),
    (
        "identify",
        None,
        ("python",),
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "HOME_ZIP": Y(postal, "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "LTV_USD": G(lambda f: f.money(0, 4000)),
            "LAST_ORDER_AT": G(ts),
            "PET_COUNT": G(lambda f: f.r.randint(0, 5)),
            "RFM_SEGMENT": G(lambda f: f.pick(["champions", "at_risk", "new", "hibernating"])),
            "IS_EMAIL_SUBSCRIBED": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pedido Completado",
        ("php",),
        {
            "pedido_id": G(lambda f: f.digits(8)),
            "total": G(lambda f: f.money(200, 4000)),
            "moneda": G(lambda f: "MXN"),
            "metodo_pago": G(lambda f: f.pick(["tarjeta", "oxxo", "spei", "mercado_pago"])),
            "referencia_oxxo": G(lambda f: f.digits(14)),
            "tarjeta": RED(lambda f: f.card(), "credit card"),
            "direccion_envio": {
                "calle": Y(lambda f: f.pick(MX_CALLES), "street|address"),
                "numero_exterior": Y(lambda f: str(f.r.randint(1, 3000)), "address|street"),
                "colonia": Y(lambda f: f.pick(MX_COLONIAS), "address"),
                "ciudad": Y(lambda f: f.pick(MX_CITIES), "city"),
                "estado": G(lambda f: f.pick(MX_ESTADOS)),
                "cp": Y(lambda f: f"{f.r.randint(1000, 99999):05d}", "zipcode"),
            },
            "telefono_contacto": Y(mx_phone, "phone"),
            "requiere_factura": G(lambda f: f.pick([True, False])),
            "rfc_facturacion": RED(rfc, "national id"),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ("web",),
        {
            "input": Y(lambda f: f.pick([us_street(f), es_street(f), mx_street(f)]), "address|street", True),
            "provider": G(lambda f: "google_places"),
            "suggestions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_index": G(lambda f: f.r.randint(-1, 4)),
            "session_token": G(lambda f: f.uuid()),
        },
    ),
]

MARKETPLACE = [
    (
        "page",
        "Become a Walker",
        ("web",),
        {
            "name": G(lambda f: "Become a Walker"),
            "path": G(lambda f: "/become-a-walker"),
            "url": G(lambda f: "https://www.strollpup.example/become-a-walker"),
            "title": G(lambda f: "Become a walker - StrollPup"),
            "referrer": G(lambda f: f.pick(["https://www.indeed.com/", "", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=indeed", "?city=austin"])),
        },
    ),
    (
        "identify",
        None,
        ("flutter", "go"),
        {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthdate": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "role": G(lambda f: f.pick(["walker", "sitter", "walker_sitter"])),
            "hourly_rate": Y(lambda f: f.pick([18, 20, 22.5, 25, 30]), "salary"),
            "rate_per_walk": Y(lambda f: f.pick([15, 18, 20, 25]), "salary"),
            "services": Many(G(lambda f: f.pick(["walking", "drop_in", "boarding", "house_sitting"])), 3),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Vet tech student who loves big dogs",
                        "Retired teacher, huge cat person",
                        "Runner, happy to take energetic pups on long walks",
                        "Cuidadora con experiencia en perros senior",
                    ]
                )
            ),
            "background_check_status": G(lambda f: f.pick(["pending", "clear", "consider"])),
            "has_own_car": G(lambda f: f.pick([True, False])),
            "allergic_to_cats": Y(lambda f: f.pick([True, False]), "allergy"),
            "avatar_url": Y(avatar, "photo"),
        },
    ),
    (
        "track",
        "Background Check Submitted",
        ("ruby",),
        {
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(first, "name"),
                "middle_name": Y(lambda f: f.pick(["Marie", "James", "Lee", "Ann", "Alexander"]), "name"),
                "no_middle_name": G(lambda f: False),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(us_phone, "phone"),
                "dob": Y(lambda f: f.date(1960, 2005), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "zipcode": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
                "driver_license_number": Y(lambda f: f.pick(["D", "S", "W"]) + f.digits(7), "license"),
                "driver_license_state": G(lambda f: f.pick(US_STATES)),
            },
            "package": G(lambda f: f.pick(["driver_pro", "tasker_standard"])),
            "work_locations": Many(
                {
                    "state": G(lambda f: f.pick(US_STATES)),
                    "city": G(lambda f: f.pick(US_CITIES)),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Walker Payout Sent",
        ("go",),
        {
            "payout_id": G(lambda f: "po_" + alnum(f, 24)),
            "payout_amount": Y(lambda f: f.money(40, 1400), "salary"),
            "currency": G(lambda f: "USD"),
            "destination": {
                "bank_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "Chime", "BBVA México"])),
                "routing_number": G(routing),
                "account_last4": G(lambda f: f.digits(4)),
                "account_holder_name": Y(full_name, "name"),
            },
            "arrival_date": G(lambda f: f.date(2024, 2024)),
            "method": G(lambda f: f.pick(["standard", "instant"])),
        },
    ),
    (
        "track",
        "Walker Bank Account Added",
        ("go",),
        {
            "walker_id": G(lambda f: "w_" + f.digits(6)),
            "routing_number": G(routing),
            "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "verification": G(lambda f: f.pick(["instant", "microdeposits"])),
        },
    ),
    (
        "track",
        "Walk Started",
        ("android", "flutter"),
        {
            "walk_id": G(lambda f: f.uuid()),
            "booking_id": G(lambda f: "bk_" + f.digits(8)),
            "walker_id": G(lambda f: "w_" + f.digits(6)),
            "walker_name": Y(full_name, "name"),
            "dog_count": G(lambda f: f.r.randint(1, 3)),
            "start_location": {
                "lat": Y(lambda f: round(f.r.uniform(25.7, 47.7), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-122.4, -80.1), 6), "geolocation"),
            },
            "pets": Many({"name": G(pet_name), "breed": G(breed)}, 3),
            "gps_accuracy_m": G(lambda f: f.pick([3.9, 5.0, 12.4, 30.0])),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
        },
    ),
    (
        "track",
        "Walk Completed",
        ("android", "flutter"),
        {
            "walk_id": G(lambda f: f.uuid()),
            "duration_min": G(lambda f: f.pick([20, 30, 45, 60])),
            "pee": G(lambda f: f.pick([True, False])),
            "poo": G(lambda f: f.pick([True, False])),
            "route": Many(
                {
                    "lat": Y(lambda f: round(f.r.uniform(25.7, 47.7), 6), "geolocation"),
                    "lng": Y(lambda f: round(f.r.uniform(-122.4, -80.1), 6), "geolocation"),
                    "t": G(lambda f: f.epoch_ms()),
                },
                6,
            ),
            "report_card_note": G(walk_note),
            "photo_urls": Many(G(lambda f: "https://media.strollpup.example/walks/" + f.uuid() + ".jpg"), 3),
            "walker_earnings": Y(lambda f: f.pick([12.75, 15.3, 17.0, 21.25]), "salary"),
        },
    ),
    (
        "track",
        "Booking Requested",
        ("rn", "web"),
        {
            "booking_id": G(lambda f: "bk_" + f.digits(8)),
            "service": G(
                lambda f: f.pick(["walk", "drop_in", "boarding", "house_sitting", "doggy_day_care"])
            ),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "sitter_id": G(lambda f: "w_" + f.digits(6)),
            "price_total": G(lambda f: f.money(20, 900)),
            "pets": Many(
                {
                    **{
                        k: v
                        for k, v in pet_basic().items()
                        if k in ("name", "breed", "age_years", "weight_lb")
                    },
                    "special_needs": G(
                        lambda f: f.pick(
                            ["none", "insulin twice daily", "reactive to other dogs", "senior, slow walks"]
                        )
                    ),
                    "meds": Many(G(lambda f: f.pick(["Vetmedin", "Apoquel", "Trazodone"])), 2),
                },
                3,
            ),
            "owner_address": Y(one_line_address, "address"),
            "owner_phone": Y(phone, "phone"),
            "lockbox_code": RED(lambda f: f.digits(4), "secret"),
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["neighbor", "sister", "partner", "friend"])),
            },
            "vet_clinic_name": G(
                lambda f: f.pick(
                    ["Riverside Animal Hospital", "North Paw Vet - South Lamar", "Clínica Veterinaria Retiro"]
                )
            ),
            "vet_phone": G(lambda f: f.pick(["(612) 555-0180", "(512) 555-0142", "+34 915 550 123"])),
        },
    ),
    (
        "track",
        "Booking Confirmed",
        ("ruby",),
        {
            "booking_id": G(lambda f: "bk_" + f.digits(8)),
            "sitter_first_name": Y(first, "name"),
            "sitter_rating": G(lambda f: round(f.r.uniform(3.5, 5), 2)),
            "repeat_client": G(lambda f: f.pick([True, False])),
            "confirmation_sms_sent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Walker Location Updated",
        ("flutter", "android"),
        {
            "latitude": Y(lambda f: round(f.r.uniform(25.7, 47.7), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.4, -80.1), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.pick([4.1, 8.0, 16.5])),
            "is_background": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tax Info Submitted",
        ("ruby",),
        {
            "form": G(lambda f: "W-9"),
            "legal_name": Y(full_name, "name"),
            "tin_type": G(lambda f: f.pick(["ssn", "ein"])),
            "tin": RED(lambda f: f.ssn(), "social security number|national id"),
            "tax_address": Y(one_line_address, "address"),
            "tax_classification": G(lambda f: f.pick(["individual", "single_member_llc"])),
        },
    ),
    (
        "track",
        "Off-Platform Contact Flagged",
        ("go",),
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "rule": G(lambda f: f.pick(["phone_number", "email_address", "external_payment"])),
            "action": G(lambda f: f.pick(["warn", "mask", "hold_for_review"])),
            "matched_text": Y(flagged_contact, "phone|email", True),
        },
    ),
    (
        "track",
        "Co-Owner Invited",
        ("rn", "web"),
        {
            "household_id": G(lambda f: "hh_" + f.digits(6)),
            "co_owner": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "roommate", "parent", "partner"])),
            },
            "permissions": G(lambda f: f.pick(["full", "book_only", "view_only"])),
        },
    ),
]

ACCOUNT = [
    (
        "track",
        "Signed Up",
        ("web", "ios", "rn"),
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google"])),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "password": RED(
                lambda f: f.pick(["Luna2019!", "perrito123", "Max&Bella#1", "winston-corgi-88"]), "password"
            ),
            "referrer_code": G(lambda f: f.pick(["", "WALK20", "VET" + f.digits(3)])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "accepted_terms": G(lambda f: True),
        },
    ),
    (
        "track",
        "Signed In",
        OWNER_APPS,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google"])),
            "email": Y(email, "email"),
            "remember_me": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "OTP Verified",
        ("ios", "android", "rn"),
        {
            "phone": Y(phone, "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "phone_verified": G(lambda f: True),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ("node", "python"),
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "expires_in_sec": G(lambda f: 3600),
            "password_changed": G(lambda f: False),
        },
    ),
    (
        "track",
        "Integration Connected",
        ("python",),
        {
            "integration": G(lambda f: f.pick(["ezyvet", "cornerstone", "vetspire"])),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "webhook_url": G(lambda f: "https://hooks.northpaw.example/pims/" + f.hexid(12)),
            "sync_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Customer Searched",
        ("web",),
        {
            "q": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "agent_email": Y(
                lambda f: email_for(f, full_name(f)).split("@")[0] + "@northpaw.example", "email"
            ),
            "tool": G(lambda f: "support_console"),
        },
    ),
    (
        "track",
        "Newsletter Form Submitted",
        ("web",),
        {
            "form_id": G(lambda f: "nl_" + f.digits(3)),
            "field": {
                "name": G(lambda f: "email"),
                "value": Y(email, "email", True),
            },
            "placement": G(lambda f: f.pick(["footer", "exit_intent", "blog_sidebar"])),
        },
    ),
    (
        "track",
        "Vet Picker Changed",
        ("web",),
        {
            "form": G(lambda f: "booking"),
            "selection": {
                "value": G(lambda f: "vet_" + f.digits(4)),
                "label": Y(vet_name, "name", True),
            },
            "options_count": G(lambda f: f.r.randint(2, 9)),
        },
    ),
    (
        "track",
        "intake-form-submitted",
        ("node",),
        {
            "submission-id": G(lambda f: f.hexid(20)),
            "owner-full-name": Y(full_name, "name"),
            "owner-email": Y(email, "email"),
            "owner-phone": Y(phone, "phone"),
            "pet-name": G(pet_name),
            "pet-breed": G(breed),
            "pet-weight": G(lambda f: f"{f.r.randint(3, 110)} lb"),
            "reason-for-visit": G(
                lambda f: f.pick(["new patient exam", "second opinion", "behavior consult"])
            ),
            "how-did-you-hear": G(lambda f: f.pick(["Google", "Friend", "Instagram", "Drove by"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ("ruby",),
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Autoship box late", "Refund for damaged bag", "Change walk time", "Claim question"]
                )
            ),
            "via_channel": G(lambda f: f.pick(["email", "web", "chat", "voice"])),
            "tags": Many(G(lambda f: f.pick(["autoship", "refund", "claims", "walker", "vip"])), 3),
            "requester": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "assignee": {
                "name": Y(full_name, "name"),
                "email": Y(
                    lambda f: email_for(f, full_name(f)).split("@")[0] + "@kibblebox.example", "email"
                ),
            },
        },
    ),
    (
        "track",
        "Lead Captured",
        ("web",),
        {
            "form_guid": G(lambda f: f.uuid()),
            "firstname": Y(first, "name"),
            "lastname": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "zip": Y(postal, "zipcode"),
            "hutk": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Referral Sent",
        OWNER_APPS,
        {
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "invitee_email": Y(email, "email"),
            "invitee_name": Y(first, "name"),
            "channel": G(lambda f: f.pick(["email", "sms", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([10, 20, 25])),
        },
    ),
    ("alias", None, ("ios", "android", "web"), {}),
]

EVENTS = CLINICS + TELEHEALTH + INSURANCE + SHOP + MARKETPLACE + ACCOUNT


def message(f: Fake, kind: str, name: str | None, clients: tuple, body: dict, labels: dict) -> dict:
    client = f.pick(list(clients))
    msg: dict[str, Any] = {"type": kind, "messageId": f.pick(["ajs-next-", "", ""]) + f.uuid()}
    if f.r.random() < 0.8:
        msg["anonymousId"] = f.uuid()
    msg["userId"] = f.pick(["usr_" + f.digits(7), f.digits(8), f.uuid()])
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "clinic_" + f.digits(4)
    elif kind == "alias":
        msg["previousId"] = f.uuid()
    if kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(context_for(f, client), f, "context", labels)
    msg["originalTimestamp"] = f.iso()
    msg["sentAt"] = msg["originalTimestamp"]
    if f.r.random() < 0.3:
        msg["integrations"] = {"All": True, "Mixpanel": f.pick([True, False])}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, clients, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=47, repeats=22)
    write(Path(__file__).parent, "holdout47_", events, labels)
