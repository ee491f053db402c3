"""Writes the fiftieth holdout: tests/corpus/holdout50_events.jsonl and holdout50_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the product's detection docs, and never run against the engine by its author.
Only build.py / fake.py (helpers), build_holdout3.py (format) and the shared REFERENCE.md were read.

Domain: last-mile delivery and logistics in Turkey and the EU.
- A courier app (analytics-kotlin and analytics-swift): drivers' identify, shifts, routes with
  stops, batched GPS points, encoded polylines and geohashes, proof of delivery photos and
  signatures, failed attempts, vehicle checks, incidents, payslips, push tokens, screens.
- A recipient app (analytics-react-native) and a send-a-parcel web shop (analytics.js):
  tracking pages, delivery preferences, safe-place notes, address autocomplete, ratings, chat,
  referrals, e-commerce spec checkout (Payment Info Entered, Order Completed), page and alias calls.
- A parcel-locker network (analytics_flutter app, kebab-case locker firmware relayed by Node).
- A freight marketplace for small carriers (.NET PascalCase backend, Go tracking service,
  Ruby payouts, a web app in camelCase).
- Warehouse staff and scanning (Java WMS with SCREAMING_SNAKE keys).
- A Turkish backend (PHP) with Turkish keys: ad, soyad, telefon, adres, il, ilce, mahalle,
  posta_kodu, tc_kimlik_no, plaka, teslim_alan, imza_url, konum.enlem / konum.boylam.
- Vendor-shaped payloads: Twilio call and SMS callbacks, Meta Conversions API user_data, an
  Onfleet-style task webhook, a Zendesk-style ticket, a Google-geocoder result, group traits.
Values: names from Turkish, German, Dutch, Polish, French, Spanish, Italian, Romanian, Greek,
Ukrainian, Arabic, West African and Vietnamese cultures; national phone formats (TR, DE, NL, PL,
FR, ES, IT, AT, BE, RO, GR); Turkish and EU street addresses and postcodes; TC kimlik numbers,
PESEL, Dutch BSN, Spanish DNI/NIE with valid checksums; mod-97 IBANs (TR, DE, NL, PL, FR, ES, IT,
BE); Luhn cards; VINs with a valid check digit; Turkish and EU plates; real geohashes and Google
encoded polylines of points around Turkish and EU cities.

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET),
kebab-case (locker firmware), SCREAMING_SNAKE (WMS) and Turkish keys.

Labelling rules (the Privacy Portal's default colours):
- Personal data about a natural person (user, recipient, sender, neighbour, driver, warehouse
  staff, emergency contact) is labelled with the reference matcher's default colour (name, phone,
  email, address, street, city, zipcode, birthdate, gender, license, serial, photo, salary,
  certificate, citizenship, condition, medication: yellow; passport, token, password, visa,
  disability: red), or for types outside the reference: red for secrets, card numbers, bank
  accounts, national ids; yellow for geolocation, ip, advertising id. `a|b` when either is fair.
- Green: ids we issue (tracking numbers, barcodes, LPNs, badge and employee numbers, route, stop,
  shift, locker and door ids), versions, timestamps, hashes of non-PII, amounts, enums, counters,
  booleans under PII-sounding keys (signatureCaptured, phoneVerified, ageVerified), product,
  company, hub, locker and pet names, country, locale, currency, user agents, device ids.
- Contested cases follow the product's published policy: plates `license` yellow, VINs `serial`
  yellow, pay / hourly rates / payouts of earnings `salary` yellow, rx numbers `medication`
  yellow, gclid / fbclid / fbp / fbc `advertising id` yellow, billing and shipping addresses
  `address` yellow, payment and card tokens and one-time codes (SMS OTP, locker pickup codes) red
  `token|secret`; loyalty / customer numbers, ages, job titles, employers and a business's own
  phone, e-mail and address green; pets' names green.
- value_only is true when the key does not say what the value is (value, label, text, input, q,
  note, instructions, description, Body, qrPayload). Such a path holds that PII in every
  value; free text is labelled by what every one of its values carries, green when none does.
Decisions where the brief left room (what a careful privacy owner would want):
- Turkish `il` (province) is state-level: green like `state`; `ilce` (district) of a person's
  address is yellow `city`; `mahalle` (neighbourhood) and street lines are `address|street`.
- A place that is not a person's (depot, hub, locker, pharmacy, a load's origin city, a searched
  locker area) is green, coordinates included. A driver's or truck's live position, a stop's
  coordinates (a recipient's home) and a delivery's coordinates are yellow `geolocation`, also as
  geohashes and encoded polylines.
- Proof-of-delivery photos, selfie checks, courier avatars and signature images are yellow
  `photo` (they show a person, their door or their signature); photos of a van's damage are green.
- Masked phones showing only the last two digits are green (like a card's last four).
- Gate and door codes a recipient gives the courier are red `secret` (a credential they hold).
- A carrier's payout IBAN is red `bank account` (most small carriers are sole traders); a company
  tax number (VKN, 10 digits) and its tax office are green; the owner's TC kimlik no is red.
- Money paid to a worker (base pay, per-stop bonus, tips earned, gross / net pay, hourly rate) is
  `salary`; a tip a recipient gives, a freight price, an order total are green.
- A driver's `injuryReported` flag and injury description reveal health: yellow `condition`;
  a recipient's accessibility needs reveal disability: red `disability`.
- Hashed e-mail and phone sent for ad matching (Meta `em`, `ph`) are still personal data and are
  labelled as the detail they hash (`email`, `phone`), not value_only; a hashed external id green.
- A professional-driver (SRC) or forklift certificate number is yellow `certificate`; a work
  permit number is red `visa`.
"""

# ruff: noqa: RUF001  (Turkish text uses the dotless i on purpose)

import base64
from pathlib import Path

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake


class Pair(Many):
    """An array of exactly two items ([lon, lat] in a vendor payload)."""

    def __init__(self, item):
        super().__init__(item, 2)


def render(template, f, path: str, labels: dict[str, dict]):
    """build.render, with Pair arrays of a fixed length."""
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        n = 2 if isinstance(template, Pair) else f.r.randint(1, template.n)
        return [render(template.item, f, path + "[]", labels) for _ in range(n)]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


# -- value generators ------------------------------------------------------------------------------

TR_FIRST = [
    "Mehmet", "Ayşe", "Mustafa", "Fatma", "Emre", "Zeynep", "Burak", "Elif", "Hüseyin", "Hatice",
    "Oğuz", "Şeyma", "Çağla", "İbrahim", "Gökhan", "Büşra", "Kübra", "Serkan", "Derya", "Yusuf",
    "Merve", "Tuğba", "Onur", "Gülsüm", "Ömer", "İrem",
]  # fmt: skip
TR_LAST = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
    "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
    "Şimşek", "Polat", "Güneş", "Aktaş", "Korkmaz",
]  # fmt: skip
EU_FIRST = [
    "Lukas", "Anna", "Jan", "Sophie", "Mateusz", "Zuzanna", "Daan", "Emma", "Lucía", "Javier",
    "Giulia", "Marco", "Chloé", "Théo", "Ioana", "Andrei", "Eleni", "Giorgos", "Olena", "Dmytro",
    "Ahmad", "Rania", "Aylin", "Sven", "Ingrid", "João", "Mariana", "Bartosz", "Agnieszka",
    "Fatou", "Moussa", "Thi Lan", "Hamid", "Layla", "Niamh", "Jürgen",
]  # fmt: skip
EU_LAST = [
    "Müller", "Schmidt", "Nowak", "Kowalska", "de Vries", "Jansen", "van den Berg",
    "García López", "Martínez", "Rossi", "Bianchi", "Dubois", "Lefèvre", "Popescu", "Ionescu",
    "Papadopoulos", "Shevchenko", "Kovalenko", "Al-Hassan", "Haddad", "Diallo", "Ndiaye",
    "Nguyen", "Tran", "Andersson", "Santos", "Ferreira", "Wiśniewski", "Becker", "Öztürk",
]  # fmt: skip
MAIL_DOMAINS = [
    "gmail.com", "hotmail.com", "outlook.com", "yandex.com", "web.de", "gmx.de", "wp.pl",
    "orange.fr", "libero.it", "example.com", "icloud.com",
]  # fmt: skip
ASCII = str.maketrans("çğıöşüÇĞİÖŞÜéèáíóúñäëïàâęłńśźżąò ", "cgiosuCGIOSUeeaiounaeiaaelnszzao.")

# (ilçe, il, posta kodu, mahalle candidates)
TR_PLACES = [
    ("Kadıköy", "İstanbul", "34710", ["Caferağa Mah.", "Moda Mah.", "Fenerbahçe Mah."]),
    ("Beşiktaş", "İstanbul", "34353", ["Sinanpaşa Mah.", "Levent Mah."]),
    ("Üsküdar", "İstanbul", "34662", ["Altunizade Mah.", "Kuzguncuk Mah."]),
    ("Şişli", "İstanbul", "34394", ["Esentepe Mah.", "Mecidiyeköy Mah."]),
    ("Çankaya", "Ankara", "06690", ["Kızılay Mah.", "Bahçelievler Mah."]),
    ("Keçiören", "Ankara", "06280", ["Etlik Mah.", "Ovacık Mah."]),
    ("Karşıyaka", "İzmir", "35540", ["Bostanlı Mah.", "Mavişehir Mah."]),
    ("Bornova", "İzmir", "35040", ["Kazımdirik Mah.", "Atatürk Mah."]),
    ("Nilüfer", "Bursa", "16140", ["Ataevler Mah.", "Görükle Mah."]),
    ("Muratpaşa", "Antalya", "07100", ["Fener Mah.", "Lara Mah."]),
    ("Şahinbey", "Gaziantep", "27010", ["Karataş Mah."]),
    ("Selçuklu", "Konya", "42250", ["Bosna Hersek Mah."]),
    ("İzmit", "Kocaeli", "41100", ["Yenidoğan Mah."]),
]
TR_STREETS = [
    "Atatürk Cad.", "Bağdat Cad.", "Cumhuriyet Cad.", "İnönü Sok.", "Gül Sok.", "1203. Sok.",
    "Mimar Sinan Cad.", "Halaskargazi Cad.", "Menekşe Sok.", "Şehit Ali Bey Sok.",
]  # fmt: skip
# (street, postcode pattern, city, country)
EU_PLACES = [
    ("Hauptstraße {n}", "10{d3}", "Berlin", "DE"),
    ("Sonnenallee {n}", "120{d2}", "Berlin", "DE"),
    ("Karl-Marx-Str. {n}, 3. OG", "12043", "Berlin", "DE"),
    ("Leopoldstraße {n}", "807{d2}", "München", "DE"),
    ("Keizersgracht {n}-H", "101{d1} {AB}", "Amsterdam", "NL"),
    ("Laan van Meerdervoort {n}", "2517 {AB}", "Den Haag", "NL"),
    ("ul. Marszałkowska {n} m. {m}", "00-{d3}", "Warszawa", "PL"),
    ("ul. Piotrkowska {n}/{m}", "90-{d3}", "Łódź", "PL"),
    ("{n} rue de la République", "6900{d1}", "Lyon", "FR"),
    ("{n} avenue Jean Jaurès", "750{d2}", "Paris", "FR"),
    ("Calle Mayor {n}, {m}º B", "280{d2}", "Madrid", "ES"),
    ("Via Roma {n}", "201{d2}", "Milano", "IT"),
    ("Mariahilfer Straße {n}/{m}", "1060", "Wien", "AT"),
    ("Rue Neuve {n}", "1000", "Bruxelles", "BE"),
    ("Strada Lipscani {n}", "0300{d2}", "București", "RO"),
]
CITY_CENTRES = [
    (41.015, 28.979), (40.990, 29.027), (39.921, 32.854), (38.423, 27.143), (40.195, 29.060),
    (36.897, 30.713), (52.520, 13.405), (52.370, 4.895), (52.230, 21.012), (48.857, 2.352),
    (40.417, -3.704), (45.464, 9.190), (48.208, 16.373),
]  # fmt: skip


class LF(Fake):
    """Fake with Turkish and EU people, places and ids."""

    def given(self):
        return self.pick(TR_FIRST) if self.r.random() < 0.55 else self.pick(EU_FIRST)

    def family(self):
        return self.pick(TR_LAST) if self.r.random() < 0.55 else self.pick(EU_LAST)

    def person(self):
        if self.r.random() < 0.55:
            return f"{self.pick(TR_FIRST)} {self.pick(TR_LAST)}"
        return f"{self.pick(EU_FIRST)} {self.pick(EU_LAST)}"

    def mail(self):
        first = self.given().translate(ASCII).lower()
        last = self.family().translate(ASCII).replace("'", "").replace("-", "").lower()
        local = self.pick([f"{first}.{last}", f"{first}{last}{self.r.randint(1, 99)}", f"{first[0]}{last}"])
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def staff_mail(self):
        first = self.given().translate(ASCII).lower()
        last = self.family().translate(ASCII).replace("-", "").lower()
        return f"{first}.{last}@{self.pick(['kuryem.com.tr', 'kutu-lockers.eu', 'yukpazari.com'])}"

    def tr_mobile(self, style=None):
        op = self.pick(["530", "532", "533", "535", "536", "541", "542", "543", "505", "506", "555", "553"])
        a, b, c = self.r.randint(100, 999), self.r.randint(10, 99), self.r.randint(10, 99)
        style = style or self.pick(["intl", "zero", "bare", "e164", "paren"])
        return {
            "intl": f"+90 {op} {a} {b} {c}",
            "zero": f"0{op} {a} {b} {c}",
            "bare": f"{op}{a}{b}{c}",
            "e164": f"+90{op}{a}{b}{c}",
            "paren": f"(0{op}) {a} {b} {c}",
        }[style]

    def eu_mobile(self):
        d = self.digits
        return self.pick(
            [
                f"+49 151 {d(4)} {d(4)}",
                f"0176 {d(8)}",
                f"+4917{d(9)}",
                f"+31 6 {d(4)} {d(4)}",
                f"06-{d(8)}",
                f"+48 {self.r.randint(500, 899)} {d(3)} {d(3)}",
                f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"07 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
                f"+39 347 {d(3)} {d(4)}",
                f"+43 664 {d(7)}",
                f"+32 470 {d(2)} {d(2)} {d(2)}",
                f"+40 72{self.r.randint(0, 9)} {d(3)} {d(3)}",
                f"+30 69{self.r.randint(0, 9)} {d(3)} {d(4)}",
            ]
        )

    def mobile(self):
        return self.tr_mobile() if self.r.random() < 0.55 else self.eu_mobile()

    def masked_phone(self):
        return f"+90 5** *** ** {self.r.randint(10, 99)}"

    def company_phone(self):
        return self.pick(["0850 ", "444 "]) + self.digits(3) + " " + self.digits(2) + " " + self.digits(2)

    # places
    def tr_place(self):
        return self.pick(TR_PLACES)

    def tr_street(self):
        return f"{self.pick(TR_STREETS)} No: {self.r.randint(1, 240)}" + self.pick(
            ["", f" D: {self.r.randint(1, 24)}", f"/{self.r.randint(1, 12)}", f" Kat {self.r.randint(1, 9)}"]
        )

    def tr_address(self):
        ilce, il, _, mahs = self.tr_place()
        return f"{self.pick(mahs)} {self.tr_street()} {ilce}/{il}"

    def eu_street(self):
        street = self.pick(EU_PLACES)[0]
        return street.format(n=self.r.randint(1, 220), m=self.r.randint(1, 40))

    def eu_postcode(self, pattern=None):
        pattern = pattern or self.pick(EU_PLACES)[1]
        d = self.digits
        ab = self.pick(["AB", "KL", "TR", "XG", "HN"])
        return pattern.format(d1=self.r.randint(0, 9), d2=d(2), d3=d(3), AB=ab)

    def street_any(self):
        return self.tr_street() if self.r.random() < 0.5 else self.eu_street()

    def postcode_any(self):
        return self.tr_place()[2] if self.r.random() < 0.5 else self.eu_postcode()

    def city_any(self):
        return self.tr_place()[0] if self.r.random() < 0.5 else self.pick(EU_PLACES)[2]

    def country_any(self):
        return self.pick(["TR", "DE", "NL", "PL", "FR", "ES", "IT", "AT", "BE", "RO"])

    def full_address(self):
        if self.r.random() < 0.5:
            return self.tr_address()
        street, postcode, city, country = self.pick(EU_PLACES)
        line = street.format(n=self.r.randint(1, 220), m=self.r.randint(1, 40))
        return f"{line}, {self.eu_postcode(postcode)} {city}, {country}"

    def point(self, spread=0.08):
        lat, lon = self.pick(CITY_CENTRES)
        return round(lat + self.r.uniform(-spread, spread), 6), round(
            lon + self.r.uniform(-spread, spread), 6
        )

    def plat(self):
        """A latitude; the next plon() returns the same point's longitude."""
        lat, self._lon = self.point()
        return lat

    def plon(self):
        lon = getattr(self, "_lon", None)
        self._lon = None
        return lon if lon is not None else self.point()[1]

    def lonlat(self):
        """[lon, lat] pairs, one component per call, as GeoJSON-style vendor payloads send them."""
        pending = getattr(self, "_lat", None)
        if pending is not None:
            self._lat = None
            return pending
        lat, lon = self.point()
        self._lat = lat
        return lon

    def geohash(self, precision=None):
        lat, lon = self.point()
        precision = precision or self.r.randint(7, 9)
        chars = "0123456789bcdefghjkmnpqrstuvwxyz"
        lat_rng, lon_rng, bit, ch, out, even = [-90.0, 90.0], [-180.0, 180.0], 0, 0, "", True
        while len(out) < precision:
            rng, val = (lon_rng, lon) if even else (lat_rng, lat)
            mid = (rng[0] + rng[1]) / 2
            if val > mid:
                ch |= 1 << (4 - bit)
                rng[0] = mid
            else:
                rng[1] = mid
            even = not even
            bit += 1
            if bit == 5:
                out += chars[ch]
                bit, ch = 0, 0
        return out

    def polyline(self):
        lat, lon = self.point()
        pts = [(lat, lon)]
        for _ in range(self.r.randint(4, 9)):
            lat += self.r.uniform(-0.003, 0.003)
            lon += self.r.uniform(-0.003, 0.003)
            pts.append((lat, lon))
        out, plat, plon = [], 0, 0
        for a, b in pts:
            ia, ib = round(a * 1e5), round(b * 1e5)
            for v in (ia - plat, ib - plon):
                v = ~(v << 1) if v < 0 else v << 1
                while v >= 0x20:
                    out.append(chr((0x20 | (v & 0x1F)) + 63))
                    v >>= 5
                out.append(chr(v + 63))
            plat, plon = ia, ib
        return "".join(out)

    # ids with checksums
    def tckn(self):
        d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d.append(d10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))

    def ykn(self):
        """A foreigner's identity number in Turkey: 99-prefixed, same checksum as TC kimlik."""
        d = [9, 9] + [self.r.randint(0, 9) for _ in range(7)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d.append(d10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))

    def pesel(self):
        y, m, day = self.r.randint(60, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        body = f"{y:02d}{m:02d}{day:02d}{self.r.randint(0, 9999):04d}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return body + str((10 - sum(int(c) * k for c, k in zip(body, w, strict=True)) % 10) % 10)

    def bsn(self):
        while True:
            d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
            if (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0:
                return "".join(map(str, d))

    def dni(self):
        letters = "TRWAGMYFPDXBNJZSQVHLCKE"
        if self.r.random() < 0.6:
            n = self.r.randint(10_000_000, 79_999_999)
            return f"{n}{letters[n % 23]}"
        prefix = self.pick("XYZ")
        n = self.r.randint(1_000_000, 9_999_999)
        return f"{prefix}{n}{letters[int(str('XYZ'.index(prefix)) + str(n)) % 23]}"

    def national_id(self):
        return self.pick([self.tckn, self.tckn, self.ykn, self.pesel, self.bsn, self.dni])()

    def iban_any(self, country=None):
        country = country or self.pick(["TR", "TR", "DE", "NL", "PL", "FR", "ES", "IT", "BE"])
        d = self.digits
        bban = {
            "TR": lambda: self.pick(["00010", "00062", "00046", "00064", "00111"]) + "0" + d(16),
            "DE": lambda: d(18),
            "NL": lambda: self.pick(["ABNA", "INGB", "RABO"]) + d(10),
            "PL": lambda: d(24),
            "FR": lambda: d(10) + d(11) + d(2),
            "ES": lambda: d(20),
            "IT": lambda: self.pick("XABK") + d(10) + d(12),
            "BE": lambda: d(12),
        }[country]()
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def plate(self):
        if self.r.random() < 0.6:
            il = self.pick(["34", "06", "35", "16", "07", "41", "27", "42", "01", "55"])
            letters = "ABCDEFGHJKLMNPRSTUVYZ"
            pattern = self.pick([(1, 4), (2, 3), (2, 4), (3, 2), (3, 3)])
            lt = "".join(self.pick(letters) for _ in range(pattern[0]))
            return f"{il} {lt} {self.digits(pattern[1])}"
        return self.pick(
            [
                f"B-{self.pick(['KL', 'MX', 'AB'])} {self.r.randint(100, 9999)}",
                f"M {self.pick(['TR', 'XA'])} {self.r.randint(10, 999)}",
                f"{self.pick(['GX', 'VR', 'KT'])}-{self.r.randint(100, 999)}-{self.pick('BDFH')}",
                f"WA {self.digits(5)}",
                f"{self.pick(['AB', 'FG', 'GT'])}-{self.digits(3)}-{self.pick(['CD', 'KL', 'RZ'])}",
            ]
        )

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        values = dict(zip("ABCDEFGH", range(1, 9), strict=True))
        values.update(dict(zip("JKLMN", range(1, 6), strict=True)))
        values.update({"P": 7, "R": 9})
        values.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
        values.update({str(i): i for i in range(10)})
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        wmi = self.pick(["NM0", "WF0", "VF1", "WDB", "ZFA", "VF7", "NMT", "WV1"])
        body = (
            wmi
            + "".join(self.pick(chars) for _ in range(5))
            + "0"
            + "".join(self.pick(chars) for _ in range(8))
        )
        total = sum(values[c] * w for c, w in zip(body, weights, strict=True))
        check = "X" if total % 11 == 10 else str(total % 11)
        return body[:8] + check + body[9:]

    def tracking(self):
        return self.pick(
            [
                lambda: self.digits(12),
                lambda: "TR" + self.digits(10),
                lambda: "JJD" + self.digits(18),
                lambda: "KP" + self.digits(9) + "TR",
                lambda: "KT" + self.hexid(10).upper(),
            ]
        )()

    def pickup_code(self):
        return self.digits(6)

    def signature_data(self):
        raw = bytes(self.r.getrandbits(8) for _ in range(45))
        return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + base64.b64encode(raw).decode()

    def pod_url(self, kind="pod"):
        return f"https://cdn.kuryem.com.tr/{kind}/2024/{self.r.randint(1, 12):02d}/{self.uuid()}.jpg"

    def sha256(self):
        return self.hexid(64)

    def fcm(self):
        alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
        return self.hexid(11) + ":APA91b" + "".join(self.pick(alnum) for _ in range(134))


TURKISH_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
LOCALES = ["tr-TR", "de-DE", "nl-NL", "pl-PL", "en-GB", "fr-FR", "es-ES", "it-IT"]
TIMEZONES = ["Europe/Istanbul", "Europe/Berlin", "Europe/Amsterdam", "Europe/Warsaw", "Europe/Paris"]


def no_pii_note(f):
    return f.pick(
        [
            "Kapının önüne bırakabilirsiniz.",
            "Leave behind the blue recycling bin",
            "Bitte in die Garage stellen",
            "Zil çalışmıyor, kapıyı çalın",
            "Paczkomat przy sklepie jest OK",
            "Side entrance, second door",
            "Ne pas sonner, bébé dort",
            "",
        ]
    )


def phone_note(f):
    p = f.mobile()
    return f.pick(
        [
            f"Gelince arayın {p}",
            f"Call me on arrival {p}",
            f"Bitte vorher anrufen: {p}",
            f"Evde yoksam eşimi arayın {p}",
            f"Zadzwoń pod {p} przed dostawą",
            f"If no answer text {p}",
        ]
    )


def neighbour_note(f):
    first, last = f.given(), f.family()
    return f.pick(
        [
            f"Leave with {first} {last} at no. {f.r.randint(2, 90)}",
            f"Komşum {first} Hanım'a bırakın",
            f"Bij de buren afgeven, {first} {last}",
            f"Give it to the concierge, {first}",
            f"Bitte bei {last} im EG abgeben",
            f"Kapıcı {first} Bey'e teslim edin",
        ]
    )


# -- contexts sent by the client libraries ----------------------------------------------------------


def web_ctx(f: LF):
    page = f.pick(["/", "/takip", "/gonder", "/checkout", "/adreslerim"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1", "npm:1.74.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://t.co/x1"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=sms", "?ref=app", "?lang=en"])),
            "title": G(
                lambda f: f.pick(["Kargola | Kargo Takip", "Kargola - Gönderi Oluştur", "Checkout | Kargola"])
            ),
            "url": G(lambda f: "https://www.kargola.com.tr" + page),
        },
        "userAgent": G(lambda f: f.pick(TURKISH_UA)),
        "userAgentData": {
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["bahar_kampanya", "black-friday-24", "locker_launch"])),
            "source": G(lambda f: f.pick(["google", "instagram", "sms"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "sms"])),
            "term": G(lambda f: f.pick(["kargo takip", "paket gönder", "parcel locker"])),
        },
    }


def swift_ctx(f: LF):
    return {
        "app": {
            "name": G(lambda f: "Kuryem Sürücü"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.3", "4.3.0"])),
            "build": G(lambda f: f.pick(["4200", "4231", "4300"])),
            "namespace": G(lambda f: "com.kuryem.driver"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,4", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 375])),
            "height": G(lambda f: f.pick([844, 852, 667])),
            "density": G(lambda f: 3),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Turkcell", "Vodafone TR", "Türk Telekom"])),
        },
        "locale": G(lambda f: f.pick(["tr-TR", "en-TR", "de-DE"])),
        "timezone": G(lambda f: f.pick(["Europe/Istanbul", "Europe/Berlin", "Europe/Amsterdam"])),
    }


def kotlin_ctx(f: LF):
    return {
        "app": {
            "name": G(lambda f: "Kuryem Sürücü"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.3", "4.3.0"])),
            "build": G(lambda f: f.pick(["402000", "402031", "403000"])),
            "namespace": G(lambda f: "com.kuryem.driver"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A546E", "23021RAAEG", "Pixel 7a", "CPH2551"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "lynx", "OP5961L1"])),
            "type": G(lambda f: "android"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.1", "1.16.3", "1.17.0"])),
        },
        "location": {
            "latitude": Y(lambda f: f.plat(), "geolocation"),
            "longitude": Y(lambda f: f.plon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 16), 1)),
            "accuracy": G(lambda f: f.pick([4.8, 12.0, 30.5, 7.2])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Turkcell", "Vodafone", "T-Mobile", "Orange"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "locale": G(lambda f: f.pick(["tr-TR", "de-DE", "pl-PL", "nl-NL"])),
        "timezone": G(lambda f: f.pick(["Europe/Istanbul", "Europe/Berlin", "Europe/Warsaw"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; CPH2551 Build/SP1A.210812.016)",
                ]
            )
        ),
        "traits": {
            "name": Y(lambda f: f.person(), "name"),
            "hubId": G(lambda f: f.pick(["IST-KDK-01", "ANK-CNK-02", "BER-NK-03", "AMS-W-01"])),
            "role": G(lambda f: f.pick(["courier", "senior_courier", "hub_lead"])),
        },
    }


def rn_ctx(f: LF):
    return {
        "app": {
            "name": G(lambda f: "Paketim"),
            "version": G(lambda f: f.pick(["2.11.0", "2.12.1", "2.13.0"])),
            "build": G(lambda f: f.pick(["211", "2121", "213"])),
            "namespace": G(lambda f: "com.paketim.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "2201117TY"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.20.3"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 873])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "firstName": Y(lambda f: f.given(), "name"),
        },
    }


def flutter_ctx(f: LF):
    return {
        "app": {
            "name": G(lambda f: "Kutu"),
            "version": G(lambda f: f.pick(["1.8.0", "1.8.2", "1.9.0"])),
            "build": G(lambda f: f.pick(["80", "82", "90"])),
            "namespace": G(lambda f: "eu.kutu.lockers"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "HUAWEI"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A146P", "ELS-NX9"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13", "10"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 360, 412])),
            "height": G(lambda f: f.pick([844, 800, 915])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.2.0"]),
    "go": ("analytics-go", ["3.2.2", "3.3.0", "3.3.1"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.0", "3.8.1", "3.9.0"]),
}


def server_ctx(lib: str, ip=False, traits=False):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: LF):
        out: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if ip:
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            out["userAgent"] = G(lambda f: f.pick(TURKISH_UA))
        if traits:
            out["traits"] = {"email": Y(lambda f: f.mail(), "email")}
        return out

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": server_ctx("python"),
    "python_ip": server_ctx("python", ip=True),
    "node": server_ctx("node"),
    "node_ip": server_ctx("node", ip=True, traits=True),
    "go": server_ctx("go"),
    "java": server_ctx("java"),
    "ruby": server_ctx("ruby"),
    "php": server_ctx("php", ip=True),
    "dotnet": server_ctx("dotnet"),
}

DRIVER_APPS = ["swift", "kotlin"]

# -- shared shapes -----------------------------------------------------------------------------------


def tr_person():
    return {
        "ad": Y(lambda f: f.pick(TR_FIRST), "name"),
        "soyad": Y(lambda f: f.pick(TR_LAST), "name"),
        "telefon": Y(lambda f: f.tr_mobile(), "phone"),
        "adres": Y(lambda f: f"{f.pick(f.tr_place()[3])} {f.tr_street()}", "address|street"),
        "mahalle": Y(lambda f: f.pick(f.tr_place()[3]), "address|street"),
        "ilce": Y(lambda f: f.tr_place()[0], "city"),
        "il": G(lambda f: f.tr_place()[1]),
        "posta_kodu": Y(lambda f: f.tr_place()[2], "zipcode"),
    }


def shipping_address():
    return {
        "name": Y(lambda f: f.person(), "name"),
        "line1": Y(lambda f: f.street_any(), "address|street"),
        "line2": Y(lambda f: f.pick(["Daire 4", "3. OG links", "m. 12", "Apt 2B"]), "address|street"),
        "city": Y(lambda f: f.city_any(), "city"),
        "postal_code": Y(lambda f: f.postcode_any(), "zipcode"),
        "country": G(lambda f: f.country_any()),
    }


def product():
    return {
        "product_id": G(lambda f: f.pick(["svc_std", "svc_exp", "svc_locker", "box_m", "box_l"])),
        "sku": G(lambda f: f.pick(["KRG-STD-M", "KRG-EXP-S", "KUTU-L-01", "BOX-M-10", "TAPE-48"])),
        "name": G(
            lambda f: f.pick(
                [
                    "Standart Gönderi (M)",
                    "Express Same-Day",
                    "Locker-to-Locker L",
                    "Karton Kutu 10'lu",
                    "Koli Bandı",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["shipping", "packaging", "insurance"])),
        "price": G(lambda f: f.money(20, 450)),
        "quantity": G(lambda f: f.r.randint(1, 5)),
    }


# -- events ------------------------------------------------------------------------------------------
# (kind, event or screen/page name, client, body)

COURIER = [
    (
        "identify",
        None,
        "kotlin",
        {
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "dateOfBirth": Y(lambda f: f.date(1965, 2003), "birthdate"),
            "driverLicenseNumber": Y(
                lambda f: f.pick([f.digits(6), "B" + f.digits(8), f.hexid(11).upper()]), "license"
            ),
            "licenseClass": G(lambda f: f.pick(["B", "C", "CE", "C1"])),
            "srcCertificateNo": Y(lambda f: "SRC" + f.pick(["2", "4"]) + "-" + f.digits(7), "certificate"),
            "vehicleType": G(lambda f: f.pick(["motorbike", "van", "e-bike", "car"])),
            "vehiclePlate": Y(lambda f: f.plate(), "license"),
            "hubId": G(lambda f: f.pick(["IST-KDK-01", "ANK-CNK-02", "BER-NK-03", "AMS-W-01"])),
            "employmentType": G(lambda f: f.pick(["employee", "freelance", "agency"])),
            "hourlyRate": Y(lambda f: f.pick([f.money(95, 180), f.money(13, 19)]), "salary"),
            "payoutIban": RED(lambda f: f.iban_any(), "bank account"),
            "emergencyContact": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            },
            "languages": Many(G(lambda f: f.pick(["tr", "en", "de", "ar", "ku", "pl"])), 3),
            "rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 2)),
            "createdAt": G(lambda f: f.iso()),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(19, 61)),
        },
    ),
    (
        "track",
        "Shift Started",
        "swift",
        {
            "shift_id": G(lambda f: "shf_" + f.hexid(12)),
            "hub_id": G(lambda f: f.pick(["IST-KDK-01", "ANK-CNK-02", "BER-NK-03", "AMS-W-01"])),
            "hub_name": G(
                lambda f: f.pick(["Kadıköy Transfer", "Çankaya Depo", "Berlin Neukölln", "Amsterdam West"])
            ),
            "scheduled_start": G(lambda f: f.iso()),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "odometer_start_km": G(lambda f: f.r.randint(12000, 240000)),
            "start_location": {
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plon(), "geolocation"),
            },
            "selfie_check_url": Y(lambda f: f.pod_url("selfie"), "photo"),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.71, 0.99), 3)),
            "battery_level": G(lambda f: f.r.randint(18, 100)),
            "is_overtime": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shift Ended",
        "kotlin",
        {
            "shift_id": G(lambda f: "shf_" + f.hexid(12)),
            "duration_min": G(lambda f: f.r.randint(180, 660)),
            "stops_completed": G(lambda f: f.r.randint(12, 140)),
            "stops_failed": G(lambda f: f.r.randint(0, 9)),
            "distance_km": G(lambda f: f.money(18, 210)),
            "earnings": {
                "base": Y(lambda f: f.money(600, 1900), "salary"),
                "per_stop_bonus": Y(lambda f: f.money(40, 400), "salary"),
                "tips": Y(lambda f: f.money(0, 220), "salary"),
                "currency": G(lambda f: f.pick(["TRY", "EUR", "PLN"])),
            },
            "end_location": {
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plon(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Route Assigned",
        "kotlin",
        {
            "route_id": G(lambda f: "R-" + f.digits(7)),
            "stop_count": G(lambda f: f.r.randint(15, 120)),
            "planned_distance_km": G(lambda f: f.money(10, 180)),
            "optimizer": G(lambda f: f.pick(["vroom", "ortools", "manual"])),
            "depot": {
                "name": G(lambda f: f.pick(["Kadıköy Transfer", "Çankaya Depo", "Berlin Neukölln"])),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Hasanpaşa Mah. Kurbağalıdere Sok. No: 12 Kadıköy",
                            "Ankara Cad. No: 201 Çankaya",
                            "Harzer Str. 39, 12059 Berlin",
                        ]
                    )
                ),
                "lat": G(lambda f: f.pick([40.9932, 39.9101, 52.4862])),
                "lng": G(lambda f: f.pick([29.0402, 32.8601, 13.4511])),
            },
            "stops": Many(
                {
                    "stop_id": G(lambda f: "st_" + f.hexid(10)),
                    "sequence": G(lambda f: f.r.randint(1, 120)),
                    "recipient_name": Y(lambda f: f.person(), "name"),
                    "address_line": Y(lambda f: f.street_any(), "address|street"),
                    "postcode": Y(lambda f: f.postcode_any(), "zipcode"),
                    "lat": Y(lambda f: f.plat(), "geolocation"),
                    "lng": Y(lambda f: f.plon(), "geolocation"),
                    "time_window_start": G(lambda f: f.pick(["09:00", "12:00", "15:00", "18:00"])),
                    "parcel_count": G(lambda f: f.r.randint(1, 4)),
                    "requires_signature": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Location Batch Uploaded",
        "kotlin",
        {
            "route_id": G(lambda f: "R-" + f.digits(7)),
            "is_moving": G(lambda f: f.pick([True, False])),
            "points": Many(
                {
                    "lat": Y(lambda f: f.plat(), "geolocation"),
                    "lng": Y(lambda f: f.plon(), "geolocation"),
                    "ts": G(lambda f: f.epoch_ms()),
                    "accuracy_m": G(lambda f: round(f.r.uniform(3, 40), 1)),
                    "speed_kmh": G(lambda f: round(f.r.uniform(0, 70), 1)),
                    "heading": G(lambda f: f.r.randint(0, 359)),
                },
                5,
            ),
            "device_battery": G(lambda f: f.r.randint(5, 100)),
        },
    ),
    (
        "track",
        "Route Completed",
        "swift",
        {
            "route_id": G(lambda f: "R-" + f.digits(7)),
            "polyline": Y(lambda f: f.polyline(), "geolocation"),
            "total_distance_m": G(lambda f: f.r.randint(8000, 190000)),
            "total_time_s": G(lambda f: f.r.randint(7200, 36000)),
            "stops_skipped": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Stop Arrived",
        "swift",
        {
            "stop_id": G(lambda f: "st_" + f.hexid(10)),
            "route_id": G(lambda f: "R-" + f.digits(7)),
            "geohash": Y(lambda f: f.geohash(), "geolocation"),
            "arrival_ts": G(lambda f: f.iso()),
            "distance_to_address_m": G(lambda f: f.r.randint(0, 240)),
            "parking_found": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery Completed",
        "kotlin",
        {
            "parcel_barcode": G(lambda f: f.tracking()),
            "stop_id": G(lambda f: "st_" + f.hexid(10)),
            "received_by": Y(lambda f: f.person(), "name"),
            "receiver_relation": G(lambda f: f.pick(["self", "neighbour", "concierge", "family"])),
            "safe_place": G(
                lambda f: f.pick(["front_door", "garage", "with_neighbour", "reception", "none"])
            ),
            "pod": {
                "photo_urls": Many(Y(lambda f: f.pod_url(), "photo"), 2),
                "photo_count": G(lambda f: f.r.randint(0, 2)),
                "signature_url": Y(lambda f: f.pod_url("sig").replace(".jpg", ".png"), "photo"),
                "signature_captured": G(lambda f: f.pick([True, False])),
                "signed_by": Y(lambda f: f.person(), "name"),
            },
            "delivered_lat": Y(lambda f: f.plat(), "geolocation"),
            "delivered_lng": Y(lambda f: f.plon(), "geolocation"),
            "cod_amount": G(lambda f: f.pick([0, f.money(50, 1500)])),
            "age_check_performed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery Attempt Failed",
        "swift",
        {
            "parcel_barcode": G(lambda f: f.tracking()),
            "reason": G(lambda f: f.pick(["not_home", "address_not_found", "refused", "business_closed"])),
            "attempt_number": G(lambda f: f.r.randint(1, 3)),
            "next_attempt_date": G(lambda f: f.date(2024, 2024)),
            "note_to_recipient": G(
                lambda f: f.pick(
                    [
                        "Paketiniz için kapıdaydık, yarın tekrar geleceğiz.",
                        "We tried to deliver your parcel today.",
                        "Wir haben Sie leider nicht angetroffen.",
                        "Parcel taken to the nearest locker.",
                    ]
                )
            ),
            "card_left": G(lambda f: f.pick([True, False])),
            "recipient_called": G(lambda f: f.pick([True, False])),
            "call_duration_s": G(lambda f: f.r.randint(0, 90)),
        },
    ),
    (
        "track",
        "Delivery Note Viewed",
        "kotlin",
        {
            "stop_id": G(lambda f: "st_" + f.hexid(10)),
            "note": Y(phone_note, "phone", True),
            "note_language": G(lambda f: f.pick(["tr", "en", "de", "pl"])),
            "translated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recipient Contact Tapped",
        "swift",
        {
            "stop_id": G(lambda f: "st_" + f.hexid(10)),
            "method": G(lambda f: f.pick(["call", "sms", "whatsapp"])),
            "proxy_number": G(
                lambda f: f.pick(["+90 850 555 01 23", "+90 850 555 01 24", "+49 30 5683 7200"])
            ),
            "recipient_phone_masked": G(lambda f: f.masked_phone()),
            "connected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vehicle Check Submitted",
        "kotlin",
        {
            "vehiclePlate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "odometerKm": G(lambda f: f.r.randint(12000, 240000)),
            "tyresOk": G(lambda f: f.pick([True, False])),
            "lightsOk": G(lambda f: f.pick([True, False])),
            "fuelLevelPct": G(lambda f: f.r.randint(5, 100)),
            "damagePhotoUrls": Many(G(lambda f: f"https://cdn.kuryem.com.tr/vehicle/{f.hexid(16)}.jpg"), 2),
            "checklistVersion": G(lambda f: f.pick(["v3", "v4", "v4.1"])),
        },
    ),
    (
        "track",
        "Incident Reported",
        "swift",
        {
            "incidentId": G(lambda f: "INC-" + f.digits(6)),
            "incidentType": G(lambda f: f.pick(["collision", "dog_bite", "slip", "theft"])),
            "injuryReported": Y(lambda f: f.pick([True, False]), "condition"),
            "injuryDescription": Y(
                lambda f: f.pick(
                    ["sprained ankle", "dog bite on left hand", "bruised knee", "back strain", "cut finger"]
                ),
                "condition",
            ),
            "thirdPartyName": Y(lambda f: f.person(), "name"),
            "thirdPartyPlate": Y(lambda f: f.plate(), "license"),
            "location": {
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plon(), "geolocation"),
            },
            "policeReport": G(lambda f: f.pick([True, False])),
            "reportedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Dog Warning Added",
        "kotlin",
        {
            "stop_id": G(lambda f: "st_" + f.hexid(10)),
            "dog_name": G(lambda f: f.pick(["Karabaş", "Boncuk", "Rex", "Luna", "Max", "Paşa"])),
            "breed": G(lambda f: f.pick(["Kangal", "German Shepherd", "mixed", "Labrador"])),
            "aggressive": G(lambda f: f.pick([True, False])),
            "added_by_driver_id": G(lambda f: "drv_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Payslip Viewed",
        "swift",
        {
            "period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05", "2024-06"])),
            "grossPay": Y(lambda f: f.money(17000, 52000), "salary"),
            "netPay": Y(lambda f: f.money(14000, 41000), "salary"),
            "currency": G(lambda f: f.pick(["TRY", "EUR"])),
            "paymentStatus": G(lambda f: f.pick(["paid", "pending", "processing"])),
            "documentId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Push Token Registered",
        "kotlin",
        {
            "fcm_token": RED(lambda f: f.fcm(), "token"),
            "platform": G(lambda f: "android"),
            "notifications_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Route Map",
        "kotlin",
        {
            "stops_remaining": G(lambda f: f.r.randint(0, 90)),
            "map_style": G(lambda f: f.pick(["day", "night", "satellite"])),
        },
    ),
    (
        "screen",
        "Stop Detail",
        "swift",
        {
            "stop_id": G(lambda f: "st_" + f.hexid(10)),
            "tab": G(lambda f: f.pick(["info", "notes", "history"])),
        },
    ),
]

RECIPIENT = [
    (
        "identify",
        None,
        "rn",
        {
            "name": Y(lambda f: f.person(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "preferredLanguage": G(lambda f: f.pick(["tr", "en", "de", "nl", "pl"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "accessibilityNeeds": RED(
                lambda f: f.pick(["wheelchair user", "hearing impaired", "low vision", "none"]), "disability"
            ),
            "savedAddresses": Many(
                {
                    "label": G(lambda f: f.pick(["Ev", "İş", "Home", "Work", "Annemler"])),
                    "line1": Y(lambda f: f.street_any(), "address|street"),
                    "city": Y(lambda f: f.city_any(), "city"),
                    "postcode": Y(lambda f: f.postcode_any(), "zipcode"),
                    "lat": Y(lambda f: f.plat(), "geolocation"),
                    "lng": Y(lambda f: f.plon(), "geolocation"),
                    "isDefault": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "addressCount": G(lambda f: f.r.randint(1, 5)),
            "customerNumber": G(lambda f: "C" + f.digits(9)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Tracking Viewed",
        "rn",
        {
            "tracking_number": G(lambda f: f.tracking()),
            "status": G(lambda f: f.pick(["in_transit", "out_for_delivery", "delivered", "at_locker"])),
            "eta": G(lambda f: f.iso()),
            "courier_first_name": Y(lambda f: f.given(), "name"),
            "courier_photo_url": Y(lambda f: f"https://cdn.kuryem.com.tr/avatars/{f.hexid(16)}.jpg", "photo"),
            "courier_location": {
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plon(), "geolocation"),
            },
            "stops_before_you": G(lambda f: f.r.randint(0, 14)),
            "map_zoom": G(lambda f: f.pick([13, 14, 15, 16])),
        },
    ),
    (
        "track",
        "Delivery Preferences Updated",
        "rn",
        {
            "safe_place": G(lambda f: f.pick(["front_door", "garage", "with_neighbour", "porch", "none"])),
            "safe_place_note": G(no_pii_note),
            "neighbour_name": Y(lambda f: f.person(), "name"),
            "leave_with_neighbour": G(lambda f: f.pick([True, False])),
            "gate_code": RED(lambda f: f.pick([f.digits(4), f.digits(4) + "#", "*" + f.digits(5)]), "secret"),
            "dog_on_premises": G(lambda f: f.pick([True, False])),
            "pet_name": G(lambda f: f.pick(["Pamuk", "Bella", "Zeus", "Tarçın", "Milo"])),
            "notify_by_sms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery Instructions Saved",
        "rn",
        {
            "instructions": Y(neighbour_note, "name", True),
            "length": G(lambda f: f.r.randint(12, 80)),
            "applies_to": G(lambda f: f.pick(["this_parcel", "all_parcels"])),
        },
    ),
    (
        "track",
        "Delivery Rescheduled",
        "rn",
        {
            "tracking_number": G(lambda f: f.tracking()),
            "new_date": G(lambda f: f.date(2024, 2024)),
            "slot": G(lambda f: f.pick(["09-12", "12-15", "15-18", "18-21"])),
            "reason": G(lambda f: f.pick(["not_home", "travel", "work", "other"])),
            "fee": G(lambda f: f.pick([0, 19.9, 29.9])),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        "rn",
        {
            "input": Y(lambda f: f.street_any(), "address|street", True),
            "label": Y(lambda f: f.full_address(), "address", True),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "position": G(lambda f: f.r.randint(0, 4)),
            "provider": G(lambda f: f.pick(["google", "here", "yandex"])),
        },
    ),
    (
        "track",
        "Courier Rated",
        "rn",
        {
            "courier_id": G(lambda f: "drv_" + f.digits(5)),
            "stars": G(lambda f: f.r.randint(1, 5)),
            "tags": Many(G(lambda f: f.pick(["friendly", "on_time", "careful", "late", "rude"])), 3),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Çok kibardı, teşekkürler",
                        "Fast and friendly",
                        "Paket ıslanmıştı",
                        "Sehr nett!",
                        "Left it in the rain",
                        "",
                    ]
                )
            ),
            "tip_amount": G(lambda f: f.pick([0, 10, 20, 2.5, 5])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "rn",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["recipient", "courier", "agent"])),
            "text": Y(phone_note, "phone", True),
            "message_length": G(lambda f: f.r.randint(10, 80)),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "rn",
        {
            "invitee_name": Y(lambda f: f.person(), "name"),
            "invitee_email": Y(lambda f: f.mail(), "email"),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "email", "copy_link"])),
            "referral_code": G(lambda f: "PKT" + f.hexid(6).upper()),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "rn",
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "message_title": G(
                lambda f: f.pick(
                    ["Paketiniz yolda 🚚", "Your parcel arrives today", "Locker pickup reminder"]
                )
            ),
            "deep_link": G(lambda f: f.pick(["paketim://track", "paketim://lockers", "paketim://rate"])),
        },
    ),
    ("alias", None, "rn", None),
]

WEB = [
    (
        "track",
        "Shipment Created",
        "web",
        {
            "shipment_id": G(lambda f: f.uuid()),
            "service": G(lambda f: f.pick(["standard", "express", "locker"])),
            "sender": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "recipient": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "street": Y(lambda f: f.street_any(), "street|address"),
                "district": Y(lambda f: f.city_any(), "city"),
                "province": G(lambda f: f.pick(["İstanbul", "Ankara", "İzmir", "Berlin", "Noord-Holland"])),
                "postcode": Y(lambda f: f.postcode_any(), "zipcode"),
                "country": G(lambda f: f.country_any()),
            },
            "parcel": {
                "weight_kg": G(lambda f: f.money(0.2, 30)),
                "desi": G(lambda f: f.r.randint(1, 40)),
                "size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
                "declared_value": G(lambda f: f.money(50, 9000)),
                "contents": G(lambda f: f.pick(["kitap", "clothes", "electronics", "documents"])),
            },
            "insured": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Changed",
        "web",
        {
            "form": G(lambda f: "shipment_create"),
            "field": G(lambda f: f.pick(["recipient_phone", "sender_phone", "alt_phone"])),
            "value": Y(lambda f: f.mobile(), "phone", True),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tracking Number Searched",
        "web",
        {
            "tracking_number": G(lambda f: f.tracking()),
            "found": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["kargola", "ptt", "dhl", "yurtici"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "bkm_express", "paypal"])),
            "card": {
                "bin": G(lambda f: f.pick(["454360", "540667", "979206", "413226"])),
                "last4": G(lambda f: f.digits(4)),
                "brand": G(lambda f: f.pick(["Visa", "Mastercard", "Troy"])),
                "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
                "holder_name": Y(lambda f: f.person().upper(), "name"),
                "token": RED(lambda f: f.pick(["tok_", "pm_"]) + f.hexid(24), "token"),
            },
            "installments": G(lambda f: f.pick([1, 3, 6, 9])),
            "billing_address": {
                "line1": Y(lambda f: f.street_any(), "address|street"),
                "city": Y(lambda f: f.city_any(), "city"),
                "postal_code": Y(lambda f: f.postcode_any(), "zipcode"),
                "country": G(lambda f: f.country_any()),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "KRG" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(30, 900)),
            "revenue": G(lambda f: f.money(25, 800)),
            "tax": G(lambda f: f.money(5, 150)),
            "shipping": G(lambda f: 0),
            "discount": G(lambda f: f.pick([0, 10, 25])),
            "coupon": G(lambda f: f.pick(["", "ILKGONDERI", "BAHAR10", "LOCKER5"])),
            "currency": G(lambda f: f.pick(["TRY", "EUR"])),
            "products": Many(product(), 3),
            "shipping_address": shipping_address(),
            "customer_email": Y(lambda f: f.mail(), "email"),
            "invoice_no": G(lambda f: "GIB2024" + f.digits(9)),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "web",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "source": G(lambda f: f.pick(["footer", "checkout", "popup"])),
            "consent": G(lambda f: True),
            "email_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        "web",
        {
            "name": Y(lambda f: f.person(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "topic": G(lambda f: f.pick(["late_delivery", "damaged", "billing", "other"])),
            "message": G(
                lambda f: f.pick(
                    [
                        f"{f.tracking()} numaralı kargom 3 gündür dağıtımda görünüyor",
                        f"Where is parcel {f.tracking()}? No update since Monday",
                        "Paket hasarlı geldi, iade istiyorum",
                        "Invoice missing for my last order",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Landing Page Viewed",
        "web",
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "utm_campaign": G(lambda f: f.pick(["locker_launch", "bahar_kampanya", "b2b_q2"])),
            "variant": G(lambda f: f.pick(["A", "B", "C"])),
        },
    ),
    (
        "page",
        "Tracking",
        "web",
        {
            "path": G(lambda f: "/takip"),
            "url": G(lambda f: "https://www.kargola.com.tr/takip?no=" + f.tracking()),
            "title": G(lambda f: "Kargola | Kargo Takip"),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "android-app://com.google.android.gm/"])
            ),
        },
    ),
    ("alias", None, "web", None),
]

LOCKERS = [
    (
        "identify",
        None,
        "flutter",
        {
            "name": Y(lambda f: f.person(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "birth_date": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other", "prefer_not_to_say"]), "gender"),
            "favorite_locker_id": G(lambda f: f.pick(["IST-0231", "IST-0412", "BER-0077", "WAW-0150"])),
            "loyalty_number": G(lambda f: "KT" + f.digits(8)),
        },
    ),
    (
        "track",
        "Locker Reservation Created",
        "flutter",
        {
            "locker_id": G(lambda f: f.pick(["IST-0231", "IST-0412", "BER-0077", "WAW-0150", "AMS-0033"])),
            "locker_name": G(
                lambda f: f.pick(
                    ["Moda Migros Önü", "Kızılay Metro Çıkışı", "Rewe Sonnenallee", "Żabka Mokotów"]
                )
            ),
            "locker_address": G(
                lambda f: f.pick(
                    [
                        "Moda Cad. No: 90 Kadıköy/İstanbul",
                        "Sonnenallee 118, 12045 Berlin",
                        "ul. Puławska 12, 02-566 Warszawa",
                    ]
                )
            ),
            "locker_lat": G(lambda f: f.pick([40.9845, 52.4811, 52.2019])),
            "locker_lng": G(lambda f: f.pick([29.0271, 13.4393, 21.0243])),
            "compartment_size": G(lambda f: f.pick(["S", "M", "L"])),
            "reservation_expires_at": G(lambda f: f.iso()),
            "recipient_phone": Y(lambda f: f.mobile(), "phone"),
            "pickup_code": RED(lambda f: f.pickup_code(), "token|secret"),
            "qrPayload": RED(
                lambda f: "|".join(
                    [
                        "KUTU",
                        f.pick(["IST-0231", "BER-0077", "WAW-0150"]),
                        str(f.r.randint(1, 48)),
                        f.pickup_code(),
                    ]
                ),
                "token|secret",
                True,
            ),
        },
    ),
    (
        "track",
        "Parcel Collected",
        "flutter",
        {
            "parcel_id": G(lambda f: f.tracking()),
            "locker_id": G(lambda f: f.pick(["IST-0231", "IST-0412", "BER-0077", "WAW-0150"])),
            "hours_in_locker": G(lambda f: f.r.randint(0, 72)),
            "collected_by_recipient": G(lambda f: f.pick([True, False])),
            "authorized_person": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
            },
        },
    ),
    (
        "track",
        "Lockers Searched",
        "flutter",
        {
            "query": G(lambda f: f.pick(["Kadıköy", "Kızılay", "Neukölln", "Mokotów", "metro"])),
            "results": G(lambda f: f.r.randint(0, 12)),
            "radius_m": G(lambda f: f.pick([500, 1000, 2000])),
        },
    ),
    (
        "track",
        "Locker Door Opened",
        "node",
        {
            "locker-id": G(lambda f: f.pick(["IST-0231", "IST-0412", "BER-0077", "WAW-0150"])),
            "door-no": G(lambda f: f.r.randint(1, 48)),
            "open-method": G(lambda f: f.pick(["qr", "pin", "courier-badge", "app-bluetooth"])),
            "courier-badge-id": G(lambda f: "B" + f.digits(6)),
            "dwell-seconds": G(lambda f: f.r.randint(3, 60)),
            "fw-version": G(lambda f: f.pick(["2.4.1", "2.4.3", "2.5.0-rc1"])),
            "temperature-c": G(lambda f: round(f.r.uniform(-4, 38), 1)),
            "pin-attempts": G(lambda f: f.r.randint(1, 3)),
            "controller-mac": G(lambda f: f.mac()),
        },
    ),
    (
        "track",
        "SMS Delivery Receipt",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "To": Y(lambda f: f.tr_mobile("e164"), "phone"),
            "From": G(lambda f: f.pick(["KUTU", "KURYEM", "+908505550123"])),
            "Body": RED(
                lambda f: f.pick(
                    [
                        f"Kutu teslim kodunuz: {f.pickup_code()}",
                        f"Your Kutu pickup code is {f.pickup_code()}. Valid 72h.",
                        f"Ihr Abholcode: {f.pickup_code()}",
                    ]
                ),
                "token|secret",
                True,
            ),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
        },
    ),
]

WAREHOUSE = [
    (
        "track",
        "Parcel Scanned",
        "java",
        {
            "SCAN_ID": G(lambda f: f.digits(12)),
            "LPN": G(lambda f: "LPN" + f.digits(10)),
            "PARCEL_BARCODE": G(lambda f: f.tracking()),
            "SCAN_STATION": G(lambda f: f.pick(["IN-01", "SORT-07", "OUT-03"])),
            "SORT_LANE": G(lambda f: f.r.randint(1, 64)),
            "OPERATOR_ID": G(lambda f: "E" + f.digits(5)),
            "OPERATOR_NAME": Y(lambda f: f.person(), "name"),
            "CONSIGNEE_NAME": Y(lambda f: f.person(), "name"),
            "CONSIGNEE_POSTCODE": Y(lambda f: f.postcode_any(), "zipcode"),
            "WEIGHT_G": G(lambda f: f.r.randint(80, 30000)),
            "DAMAGED_FLAG": G(lambda f: f.pick(["Y", "N"])),
            "SCAN_TS": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        "java",
        {
            "EMPLOYEE_NO": G(lambda f: "E" + f.digits(5)),
            "BADGE_ID": G(lambda f: f.digits(8)),
            "EMPLOYEE_NAME": Y(lambda f: f.person(), "name"),
            "SITE_CODE": G(lambda f: f.pick(["IST-HDM", "ANK-SNC", "VENLO-2"])),
            "CLOCK_IN_TS": G(lambda f: f.iso()),
            "SHIFT_PATTERN": G(lambda f: f.pick(["EARLY", "LATE", "NIGHT"])),
            "HOURLY_RATE_EUR": Y(lambda f: f.money(11, 19), "salary"),
            "AGENCY_NAME": G(lambda f: f.pick(["Randstad", "Adecco", "Tempo-Team"])),
            "FORKLIFT_CERT_NO": Y(lambda f: "FLT-" + f.digits(7), "certificate"),
            "JOB_TITLE": G(lambda f: f.pick(["Picker", "Sorter", "Team Lead", "Reach Truck Driver"])),
        },
    ),
    (
        "track",
        "Pick Completed",
        "java",
        {
            "TASK_ID": G(lambda f: f.digits(9)),
            "PICKER_ID": G(lambda f: "E" + f.digits(5)),
            "ORDER_REF": G(lambda f: "SO-" + f.digits(7)),
            "SKU": G(lambda f: f.pick(["KRG-STD-M", "BOX-M-10", "TAPE-48", "KUTU-L-01"])),
            "QTY": G(lambda f: f.r.randint(1, 24)),
            "BIN_LOCATION": G(
                lambda f: f"{f.pick('ABCD')}-{f.r.randint(1, 40):02d}-{f.r.randint(1, 6):02d}-{f.pick('ABC')}"
            ),
            "PICK_DURATION_MS": G(lambda f: f.r.randint(4000, 90000)),
            "SHORT_PICK": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        "dotnet",
        {
            "EmployeeId": G(lambda f: "E" + f.digits(5)),
            "FirstName": Y(lambda f: f.given(), "name"),
            "LastName": Y(lambda f: f.family(), "name"),
            "Bsn": RED(lambda f: f.bsn(), "national id"),
            "Iban": RED(lambda f: f.iban_any(f.pick(["NL", "DE", "PL"])), "bank account"),
            "DateOfBirth": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "Nationality": Y(
                lambda f: f.pick(["Polish", "Romanian", "Dutch", "Turkish", "Ukrainian"]), "citizenship"
            ),
            "WorkPermitNumber": RED(lambda f: "W" + f.digits(9), "visa"),
            "HourlyRate": Y(lambda f: f.money(11, 19), "salary"),
            "JobTitle": G(lambda f: f.pick(["Order Picker", "Sorter", "Shift Lead"])),
            "ContractType": G(lambda f: f.pick(["Uitzend", "Fixed-term", "Permanent"])),
            "StartDate": G(lambda f: f.date(2024, 2024)),
            "EmergencyContactName": Y(lambda f: f.person(), "name"),
            "EmergencyContactPhone": Y(lambda f: f.eu_mobile(), "phone"),
        },
    ),
]

FREIGHT = [
    (
        "track",
        "Load Posted",
        "dotnet",
        {
            "LoadId": G(lambda f: "LD-" + f.digits(7)),
            "ShipperCompany": G(
                lambda f: f.pick(
                    ["Arçelik Lojistik", "Yıldız Tekstil A.Ş.", "Anadolu Un Sanayi", "Kale Seramik"]
                )
            ),
            "OriginCity": G(lambda f: f.pick(["Gebze", "Manisa", "Kayseri", "Bursa"])),
            "OriginProvince": G(lambda f: f.pick(["Kocaeli", "Manisa", "Kayseri", "Bursa"])),
            "DestinationCity": G(lambda f: f.pick(["Mersin", "Ankara", "İzmir", "Samsun"])),
            "PickupDate": G(lambda f: f.date(2024, 2024)),
            "WeightKg": G(lambda f: f.r.randint(500, 26000)),
            "TruckType": G(lambda f: f.pick(["Tır", "Kamyon", "Kırkayak", "Frigorifik"])),
            "PriceOffer": G(lambda f: f.r.randint(8000, 95000)),
            "Currency": G(lambda f: "TRY"),
            "ContactName": Y(lambda f: f.person(), "name"),
            "ContactPhone": Y(lambda f: f.tr_mobile(), "phone"),
            "CompanyPhone": G(lambda f: f.company_phone()),
            "Notes": G(
                lambda f: f.pick(["Forklift mevcut", "24 palet, istiflenemez", "Yükleme 08:00'de", ""])
            ),
        },
    ),
    (
        "track",
        "Bid Placed",
        "web",
        {
            "bidId": G(lambda f: f.uuid()),
            "loadId": G(lambda f: "LD-" + f.digits(7)),
            "carrierId": G(lambda f: "car_" + f.digits(6)),
            "bidAmount": G(lambda f: f.r.randint(8000, 95000)),
            "currency": G(lambda f: "TRY"),
            "etaDays": G(lambda f: f.r.randint(1, 5)),
            "truckPlate": Y(lambda f: f.plate(), "license"),
            "trailerPlate": Y(lambda f: f.plate(), "license"),
            "driverName": Y(lambda f: f.person(), "name"),
        },
    ),
    (
        "track",
        "Carrier Registered",
        "dotnet",
        {
            "CarrierId": G(lambda f: "car_" + f.digits(6)),
            "CompanyName": G(
                lambda f: f.pick(
                    ["Demir Nakliyat", "Kaya Lojistik Ltd. Şti.", "Öz Çelik Taşımacılık", "Yılmaz Transport"]
                )
            ),
            "TaxNumber": G(lambda f: f.digits(10)),
            "TaxOffice": G(lambda f: f.pick(["Gebze", "Kadıköy", "Çankaya", "Konak"])),
            "OwnerFullName": Y(lambda f: f"{f.pick(TR_FIRST)} {f.pick(TR_LAST)}", "name"),
            "OwnerTckn": RED(lambda f: f.tckn(), "national id"),
            "OwnerMobile": Y(lambda f: f.tr_mobile(), "phone"),
            "OwnerEmail": Y(lambda f: f.mail(), "email"),
            "PayoutIban": RED(lambda f: f.iban_any("TR"), "bank account"),
            "FleetSize": G(lambda f: f.r.randint(1, 12)),
            "SrcCertificateNo": Y(lambda f: "SRC4-" + f.digits(7), "certificate"),
            "IsVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Driver Assigned To Load",
        "go",
        {
            "load_id": G(lambda f: "LD-" + f.digits(7)),
            "driver": {
                "id": G(lambda f: "drv_" + f.digits(5)),
                "full_name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "license_number": Y(lambda f: f.digits(6), "license"),
                "license_class": G(lambda f: f.pick(["C", "CE", "C1E"])),
                "national_id": RED(lambda f: f.national_id(), "national id"),
            },
            "vehicle": {
                "plate": Y(lambda f: f.plate(), "license"),
                "vin": Y(lambda f: f.vin(), "serial"),
                "type": G(lambda f: f.pick(["truck", "van", "reefer"])),
                "capacity_kg": G(lambda f: f.pick([3500, 12000, 26000])),
                "year": G(lambda f: f.r.randint(2008, 2024)),
            },
        },
    ),
    (
        "track",
        "Truck Position Reported",
        "go",
        {
            "load_id": G(lambda f: "LD-" + f.digits(7)),
            "lat": Y(lambda f: f.plat(), "geolocation"),
            "lon": Y(lambda f: f.plon(), "geolocation"),
            "speed_kmh": G(lambda f: f.r.randint(0, 95)),
            "ignition": G(lambda f: f.pick([True, False])),
            "recorded_at": G(lambda f: f.epoch_ms()),
            "tracker_imei_hash": G(lambda f: f.sha256()),
        },
    ),
    (
        "track",
        "Payout Sent",
        "ruby",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(16)),
            "carrier_id": G(lambda f: "car_" + f.digits(6)),
            "amount": G(lambda f: f.money(5000, 90000)),
            "currency": G(lambda f: "TRY"),
            "iban_last4": G(lambda f: f.digits(4)),
            "bank_name": G(lambda f: f.pick(["Ziraat Bankası", "Garanti BBVA", "İş Bankası", "Akbank"])),
            "swift_bic": G(lambda f: f.pick(["TCZBTR2A", "TGBATRIS", "ISBKTRIS", "AKBKTRIS"])),
            "status": G(lambda f: f.pick(["paid", "failed", "in_transit"])),
            "initiated_by_email": Y(lambda f: f.staff_mail(), "email"),
        },
    ),
    (
        "group",
        None,
        "python",
        {
            "merchant_name": G(
                lambda f: f.pick(
                    ["Trendyol Satıcı 4411", "Hepsi Ev Tekstil", "Bio Markt GmbH", "Sklep Kwiatek"]
                )
            ),
            "industry": G(lambda f: f.pick(["e-commerce", "grocery", "fashion", "pharmacy"])),
            "plan": G(lambda f: f.pick(["starter", "business", "enterprise"])),
            "monthly_parcels": G(lambda f: f.r.randint(50, 90000)),
            "support_phone": G(lambda f: f.company_phone()),
            "support_email": G(
                lambda f: f.pick(["destek@hepsiev.example", "info@biomarkt.example", "sklep@kwiatek.example"])
            ),
            "warehouse_address": {
                "street": G(
                    lambda f: f.pick(
                        ["Organize Sanayi Bölgesi 5. Cad. No: 7", "Industriestraße 14", "ul. Fabryczna 3"]
                    )
                ),
                "city": G(lambda f: f.pick(["Gebze", "Hamburg", "Poznań"])),
                "country": G(lambda f: f.pick(["TR", "DE", "PL"])),
            },
            "website": G(
                lambda f: f.pick(
                    ["https://hepsiev.example", "https://biomarkt.example", "https://kwiatek.example"]
                )
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
]

TURKISH_BACKEND = [
    (
        "track",
        "Gonderi Olusturuldu",
        "php",
        {
            "kargo_takip_no": G(lambda f: f.digits(12)),
            "gonderici": {**tr_person(), "tc_kimlik_no": RED(lambda f: f.tckn(), "national id")},
            "alici": tr_person(),
            "desi": G(lambda f: f.r.randint(1, 60)),
            "agirlik_kg": G(lambda f: f.money(0.2, 40)),
            "odeme_tipi": G(lambda f: f.pick(["gonderici_odemeli", "alici_odemeli", "kapida_odeme"])),
            "tutar": G(lambda f: f.money(45, 600)),
            "sube_kodu": G(lambda f: f.pick(["3401", "0612", "3507", "1603"])),
            "sube_adi": G(
                lambda f: f.pick(["Kadıköy Şube", "Kızılay Şube", "Karşıyaka Şube", "Nilüfer Şube"])
            ),
        },
    ),
    (
        "track",
        "Teslimat Yapildi",
        "php",
        {
            "kargo_takip_no": G(lambda f: f.digits(12)),
            "teslim_alan": Y(lambda f: f"{f.pick(TR_FIRST)} {f.pick(TR_LAST)}", "name"),
            "teslim_alan_yakinlik": G(lambda f: f.pick(["kendisi", "komşu", "kapıcı", "aile"])),
            "kurye_adi": Y(lambda f: f"{f.pick(TR_FIRST)} {f.pick(TR_LAST)}", "name"),
            "plaka": Y(lambda f: f.plate(), "license"),
            "teslim_zamani": G(lambda f: f.iso()),
            "imza_url": Y(lambda f: f.pod_url("imza").replace(".jpg", ".png"), "photo"),
            "konum": {
                "enlem": Y(lambda f: f.plat(), "geolocation"),
                "boylam": Y(lambda f: f.plon(), "geolocation"),
            },
            "teslim_notu": G(
                lambda f: f.pick(
                    ["Kapıya bırakıldı", "Elden teslim", "Kapıcıya teslim edildi", "Bina girişine bırakıldı"]
                )
            ),
        },
    ),
    (
        "track",
        "Kurye Giris Yapti",
        "php",
        {
            "kurye_id": G(lambda f: f.digits(6)),
            "kurye_telefon": Y(lambda f: f.tr_mobile(), "phone"),
            "cihaz_id": G(lambda f: f.hexid(16)),
            "uygulama_surumu": G(lambda f: f.pick(["4.2.0", "4.2.3", "4.3.0"])),
            "basarili": G(lambda f: f.pick([True, False])),
            "deneme_sayisi": G(lambda f: f.r.randint(1, 4)),
            "otp_kodu": RED(lambda f: f.digits(6), "token|secret"),
        },
    ),
    (
        "track",
        "Iade Talebi Olusturuldu",
        "php",
        {
            "siparis_no": G(lambda f: f.digits(10)),
            "iade_nedeni": G(lambda f: f.pick(["hasarli", "yanlis_urun", "vazgectim", "gec_teslim"])),
            "iban": RED(lambda f: f.iban_any("TR"), "bank account"),
            "hesap_sahibi": Y(lambda f: f"{f.pick(TR_FIRST)} {f.pick(TR_LAST)}", "name"),
            "aciklama": G(lambda f: f.pick(["Ürün kırık geldi", "Beden uymadı", "Kutu ezilmişti", ""])),
            "tutar": G(lambda f: f.money(45, 600)),
        },
    ),
    (
        "track",
        "Yas Dogrulama Yapildi",
        "php",
        {
            "kargo_takip_no": G(lambda f: f.digits(12)),
            "kimlik_turu": G(lambda f: f.pick(["nufus_cuzdani", "pasaport", "ehliyet"])),
            "tc_kimlik_no": RED(lambda f: f.tckn(), "national id"),
            "dogum_tarihi": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "yas": G(lambda f: f.r.randint(18, 74)),
            "dogrulandi": G(lambda f: f.pick([True, False])),
        },
    ),
]

SERVERS = [
    (
        "track",
        "Call Status Received",
        "python",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+908505550123", "+908505550124", "+493056837200"])),
            "To": Y(
                lambda f: f.pick([f.tr_mobile("e164"), "+49" + f.digits(11), "+316" + f.digits(8)]), "phone"
            ),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy", "failed"])),
            "CallDuration": G(lambda f: f.r.randint(0, 300)),
            "Direction": G(lambda f: f.pick(["outbound-api", "outbound-dial"])),
            "ToCountry": G(lambda f: f.pick(["TR", "DE", "NL"])),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        "node_ip",
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(TURKISH_UA)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(30, 900)),
                "currency": G(lambda f: f.pick(["TRY", "EUR"])),
            },
        },
    ),
    (
        "track",
        "Task Completed Webhook",
        "python_ip",
        {
            "taskId": G(lambda f: f.hexid(24)),
            "shortId": G(lambda f: f.hexid(8)),
            "worker": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
            },
            "recipients": Many(
                {
                    "name": Y(lambda f: f.person(), "name"),
                    "phone": Y(lambda f: f.mobile(), "phone"),
                    "skipSMSNotifications": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
            "destination": {
                "address": {
                    "number": Y(lambda f: str(f.r.randint(1, 220)), "address|street"),
                    "street": Y(
                        lambda f: f.pick(
                            ["Hauptstraße", "Bağdat Caddesi", "Keizersgracht", "ul. Marszałkowska"]
                        ),
                        "street|address",
                    ),
                    "apartment": Y(lambda f: f.pick(["3. OG", "D: 5", "m. 12", "2B"]), "address|street"),
                    "city": Y(lambda f: f.city_any(), "city"),
                    "postalCode": Y(lambda f: f.postcode_any(), "zipcode"),
                    "country": G(lambda f: f.pick(["Germany", "Turkey", "Netherlands", "Poland"])),
                },
                "location": Pair(Y(lambda f: f.lonlat(), "geolocation")),
            },
            "completionDetails": {
                "success": G(lambda f: f.pick([True, False])),
                "photoUploadIds": Many(G(lambda f: f.hexid(24)), 2),
                "signatureUploadId": G(lambda f: f.hexid(24)),
                "signatureText": Y(lambda f: f.person(), "name"),
                "time": G(lambda f: f.epoch_ms()),
            },
        },
    ),
    (
        "track",
        "Ticket Created",
        "ruby",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(["Kargom nerede?", "Damaged parcel", "Abholung nicht möglich", "Refund"])
                ),
                "description": Y(
                    lambda f: f.pick(
                        [
                            f"Paketim gelmedi, bana {f.mail()} adresinden dönüş yapın",
                            f"Please reply to {f.mail()}, my work address",
                            f"Bitte an {f.mail()} antworten",
                            f"Yeni e-postam: {f.mail()}",
                        ]
                    ),
                    "email",
                    True,
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["late", "damaged", "refund", "locker"])), 2),
            },
            "requester": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
            },
        },
    ),
    (
        "track",
        "Address Geocoded",
        "go",
        {
            "input": Y(lambda f: f.full_address(), "address|street", True),
            "formatted_address": Y(lambda f: f.full_address(), "address"),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "location_type": G(lambda f: f.pick(["ROOFTOP", "RANGE_INTERPOLATED", "GEOMETRIC_CENTER"])),
            "lat": Y(lambda f: f.plat(), "geolocation"),
            "lng": Y(lambda f: f.plon(), "geolocation"),
            "partial_match": G(lambda f: f.pick([True, False])),
            "latency_ms": G(lambda f: f.r.randint(30, 900)),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        "node",
        {
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
            "agent_email": Y(lambda f: f.staff_mail(), "email"),
            "search_by": G(lambda f: "phone"),
            "q": Y(lambda f: f.mobile(), "phone", True),
            "results_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Pharmacy Delivery Completed",
        "java",
        {
            "delivery_id": G(lambda f: f.uuid()),
            "pharmacy_name": G(
                lambda f: f.pick(
                    ["Moda Eczanesi", "Apotheke am Markt", "Apteka Centrum", "Farmacia San Marco"]
                )
            ),
            "pharmacy_phone": G(lambda f: f.pick(["0216 345 67 89", "+49 30 612 3456", "+48 22 628 1234"])),
            "rx_number": Y(lambda f: f.pick(["RX", "E-"]) + f.hexid(8).upper(), "medication"),
            "rx_items": Many(
                Y(
                    lambda f: f.pick(
                        ["Ventolin Inhaler 100mcg", "Metformin 850 mg", "Insulin glargine", "Euthyrox 50"]
                    ),
                    "medication",
                ),
                2,
            ),
            "cold_chain": G(lambda f: f.pick([True, False])),
            "id_checked": G(lambda f: f.pick([True, False])),
            "recipient_birth_year": Y(lambda f: f.r.randint(1935, 2004), "birthdate"),
        },
    ),
    (
        "track",
        "Age Restricted Delivery Verified",
        "java",
        {
            "delivery_id": G(lambda f: f.uuid()),
            "id_document_type": G(lambda f: f.pick(["passport", "national_id", "driving_licence"])),
            "id_document_number": RED(
                lambda f: f.pick([f.national_id(), "U" + f.digits(8), f.dni()]), "national id|passport"
            ),
            "id_expiry": G(lambda f: f.date(2025, 2034)),
            "recipient_dob": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "age": G(lambda f: f.r.randint(18, 74)),
            "age_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cash On Delivery Card Captured",
        "java",
        {
            "terminal_id": G(lambda f: "T" + f.digits(7)),
            "pan": RED(lambda f: f.card(), "credit card"),
            "amount": G(lambda f: f.money(50, 1500)),
            "auth_code": G(lambda f: f.hexid(6).upper()),
            "card_scheme": G(lambda f: f.pick(["VISA", "MASTERCARD", "TROY"])),
            "entry_mode": G(lambda f: f.pick(["contactless", "chip", "magstripe"])),
        },
    ),
]

EVENTS = COURIER + RECIPIENT + WEB + LOCKERS + WAREHOUSE + FREIGHT + TURKISH_BACKEND + SERVERS


def user_id(f: LF, client: str) -> str:
    if client in DRIVER_APPS:
        return "drv_" + f.digits(5)
    if client in ("rn", "web", "flutter"):
        return f.pick(["usr_", "c_"]) + f.digits(8)
    return f.digits(9)


def build(seed: int, repeats: int):
    f = LF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg: dict = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_id(f, client),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=50, repeats=30)
    write(Path(__file__).parent, "holdout50_", events, labels)
