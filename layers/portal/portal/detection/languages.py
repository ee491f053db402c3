"""Field names in the languages analytics events are keyed in, beyond English.

Keys are compared after accent folding (`keys.fold`: `prénom` = `prenom`, `straße` = `strasse`),
so each name is written once, without diacritics. Germanic, Baltic, Finnic, Hungarian, Turkic
(Turkish, Azerbaijani, Kazakh, Kyrgyz, Uzbek), Mongolian, Georgian, Armenian, Japanese and Amharic
keys put the noun last, as English does (`lieferadresse`, `telefon_numarasi`, `tugilgan_sana`);
Romance, Slavic, Arabic, Hebrew, Persian, Tamil, Greek, Irish, Maori, Afrikaans, Tagalog, Swahili,
Hausa, Yoruba, Igbo, Zulu, Xhosa, Somali, Kinyarwanda, Kirundi, Luganda, Malagasy, Shona, Sesotho,
Setswana, Oromo, Tigrinya, Indonesian, Vietnamese, Thai and Welsh keys put it first and qualify it
after (`direccion_envio`, `nomor_telepon`):
`Language.head_initial` tells the engine which way to read the words around a term.

Names shorter than four letters (`ort`, `cap`, `nik`) match a whole word only: they are never
used to split run-together keys, where they would turn up inside English words.
"""

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Language:
    code: str
    head_initial: bool
    terms: dict[str, tuple[str, ...]]  # default matcher name -> field names


# Spanish and Portuguese parties to a policy, a debt, a lease or a case, and those who act for a
# person, whose names forms key by the role alone (`tomador`, `deudor`, `testemunha`): an insurance
# policyholder (tomador), a beneficiary, a debtor and a co-debtor, a guarantor, a tenant (not
# `inquilino`: a SaaS tenant too), a plaintiff and a complainant, a lawyer, a witness, a victim, an
# heir, an inmate, a legal proxy, Chile's and Colombia's school guardians (apoderado, acudiente);
# Portugal's accused (arguido) and Brazil's defendant (réu). They are `name` terms read noun first,
# so that what follows says whose the field is (`banco_beneficiario` is a bank, `tipo_deudor` a
# kind), and PEOPLE, whose fields they qualify (`cpf_devedor`). A role's value is a name, never an
# id (matchers.TERM_ACCEPTS). One word each: a longer term would outrank the datum's own
# (`telefono_conductor_habitual` is a phone). Not `demandado`, `imputado` or `acusado` alone (an
# allocated cost, a most-demanded product): they are PEOPLE only, as are a usual driver and a
# school's parent (encarregado de educação).
PARTIES_ES = (
    *("tomador", "beneficiario", "beneficiaria", "deudor", "deudora", "codeudor"),
    *("avalista", "fiador", "fiadora", "arrendatario", "arrendataria", "demandante", "denunciante"),
    *("abogado", "abogada", "testigo", "victima", "heredero", "heredera", "recluso", "reclusa"),
    *("apoderado", "apoderada", "acudiente"),
)
PARTIES_PT = (
    *("tomador", "beneficiario", "beneficiaria", "fiador", "avalista", "devedor", "devedora"),
    *("codevedor", "locatario", "locataria", "advogado", "advogada", "testemunha", "vitima"),
    *("herdeiro", "herdeira", "arguido", "arguida", "reu"),
)

LANGUAGES = (
    Language(
        "de",
        False,
        {
            # Creditworthiness and its score (SCHUFA's is in English's), Austria's KSV.
            "credit score": (
                *("bonitat", "bonitatsscore", "bonitatsindex", "bonitatsklasse", "bonitatsnote"),
                *("kreditwurdigkeit", "kreditscore"),
            ),
            "secret": (
                "zugangscode",
                # A one-time password, a security question's answer.
                *("einmalpasswort", "sicherheitsfrage", "sicherheitsfrage antwort"),
            ),
            "name": (
                "klingelschild",
                "vorname",
                "nachname",
                "familienname",
                "zuname",
                "rufname",
                "geburtsname",
                "vollstandiger name",
                "benutzername",
                "kundenname",
                "anzeigename",
                "kontoinhaber",
                "karteninhaber",
                # A maiden name, a nickname; the name on a bank account.
                *("madchenname", "spitzname", "kontoinhabername"),
                # A maiden name (Mädchenname) and a landlord's name.
                *("maedchen name", "maedchenname", "vermieter name"),
                # SAP HR's family, given and known-as names (NACHN, VORNA, RUFNM).
                *("nachn", "vorna", "rufnm"),
            ),
            "email": ("email adresse", "emailadresse", "mailadresse"),
            "phone": (
                "telefon",
                "telefonnummer",
                "handy",
                "handynummer",
                "mobilnummer",
                "mobiltelefon",
                "rufnummer",
                "festnetznummer",
                "faxnummer",
                # A mobile number; Austria's and Switzerland's `natel`.
                *("mobilfunknummer", "natelnummer"),
            ),
            "address": (
                "adresse",
                "anschrift",
                "wohnadresse",
                "lieferadresse",
                "rechnungsadresse",
                "postanschrift",
                "wohnanschrift",
                "meldeadresse",
                # A home, delivery or registered address; the main residence.
                *(
                    "privatadresse",
                    "heimadresse",
                    "zustelladresse",
                    "hausanschrift",
                    "wohnsitz",
                    "hauptwohnsitz",
                ),
                # A private post-office box (Postfach).
                *("postfach privat", "postfach"),
            ),
            "street": (
                "strasse",
                "strassenname",
                "hausnummer",
                # A house number written short.
                "hausnr",
            ),
            "city": (
                "stadt",
                "ort",
                "wohnort",
                "geburtsort",
                "ortschaft",
                "gemeinde",
                # SAP HR's place of birth (GBORT).
                "gbort",
            ),
            "zipcode": (
                "postleitzahl",
                # SAP's postcode (PSTLZ).
                "pstlz",
            ),
            "birthdate": (
                "geburtsdatum",
                "geburtstag",
                "geburtsjahr",
                # A birth date written short.
                *("geb datum", "gebdatum"),
                # A birth date, abbreviated (geb_dat, Geburts-Datum).
                *("geb dat", "geburts datum"),
                # SAP HR's birth date (GBDAT).
                "gbdat",
            ),
            "gender": (
                "geschlecht",
                "anrede",
                # SAP HR's gender key (GESCH).
                "gesch",
            ),
            "password": ("passwort", "kennwort"),
            "national id": (
                "steuernummer",
                "steuer id",
                "steueridentifikationsnummer",
                "personalausweisnummer",
                "personalausweis",
                "ausweisnummer",
                "steuer identifikationsnummer",
                # The tax identification number as the tax office names it (IdNr).
                *("steuerliche identifikationsnummer", "identifikationsnummer"),
                # An identity card's number (Personalausweis, Ausweis), Austria's ZMR number and sector-
                # specific identifier (bPK).
                *("perso nr", "ausweis nr", "ausweisnr", "zmr zahl", "bpk"),
                # Switzerland's AHV number, the social insurance number that serves as the national
                # one (labelled so, 6 of 6).
                *("ahv nummer", "ahv nr", "ahvn13"),
            ),
            "social security number": (
                "sozialversicherungsnummer",
                "rentenversicherungsnummer",
                "sv nummer",
                "sozialversicherung",
                # Austria's social insurance number written short.
                *("svnr", "sv nr"),
                # The pension insurance number written short; the social insurance card.
                *("rv nummer", "sozialversicherungsausweis"),
            ),
            "passport": (
                "reisepass",
                "reisepassnummer",
                # (Not `Pass-Nr.`: read as English's `pass number`, a ski pass's or a bus pass's.)
                "passnummer",
            ),
            "license": (
                "kennzeichen",
                "fuhrerschein",
                "fuhrerscheinnummer",
                "kfz kennzeichen",
                # A driving permit.
                *("fahrerlaubnis", "fuhrerscheinnr"),
                # A company car's plate (Kennzeichen), a physician's licence to practise, a hunting licence, a
                # chamber's membership number, a weapons ownership card.
                *(
                    "dienstwagen kennz",
                    "kennz",
                    "approbationsnummer",
                    "approbation",
                    "jagdschein",
                    "jagdschein nr",
                    "kammer mitgliedsnummer",
                    "waffenbesitzkarte",
                    "waffenbesitzkarte nr",
                ),
            ),
            "health id": (
                "krankenversicherungsnummer",
                "versichertennummer",
                "krankenkassennummer",
                "versicherungsnummer",
                # The health insurance number written short (KVNR).
                *("krankenversichertennummer", "kvnr"),
                # The electronic health card (eGK) and its number; a hospital's patient number.
                *(
                    "gesundheitskarte",
                    "egk nummer",
                    "versichertenkarte",
                    "krankenversichertenkarte",
                    "patientennummer",
                ),
                # A patient's id (Patienten-ID).
                *("patienten id", "patientenid"),
            ),
            # (Not `bankleitzahl`: the bank's sort code, which identifies the bank.)
            "bank account": (
                "kontonummer",
                "bankverbindung",
                "bankkonto",
                # SAP's bank account number (BANKN).
                "bankn",
            ),
            "credit card": (
                "kreditkarte",
                "kreditkartennummer",
                "kartennummer",
                # A card's security code.
                "kartenprufnummer",
            ),
            "salary": (
                "gehalt",
                "einkommen",
                "jahresgehalt",
                "bruttogehalt",
                "nettogehalt",
                "stundenlohn",
                # Monthly, gross and net pay; household income; earnings.
                *(
                    "monatsgehalt",
                    "lohn",
                    "monatslohn",
                    "bruttolohn",
                    "nettolohn",
                    "bruttoeinkommen",
                    "nettoeinkommen",
                    "jahreseinkommen",
                    *("einkommen jahr", "einkommen pro jahr"),  # as a key puts it (`einkommenJahr`)
                    "haushaltseinkommen",
                    "monatseinkommen",
                    "verdienst",
                ),
                # Income and earnings, pay, gross and net pay a month or a year, a payslip, a desired salary.
                *(
                    "einkunfte",
                    "arbeitslohn",
                    "jahresbrutto",
                    "monatsbrutto",
                    "monatsnetto",
                    "gehaltsabrechnung",
                    "lohnabrechnung",
                    "wunschgehalt",
                    "zielgehalt",
                ),
                # A pension's amount.
                *("rentenhohe", "rentenbetrag"),
                # A freelancer's hourly rate, a commission's amount, a Christmas bonus (Weihnachtsgeld).
                *("stundensatz freelancer", "stundensatz", "provision betrag", "weihnachtsgeld"),
            ),
            "trade union": (
                "gewerkschaft",
                "gewerkschaftsmitglied",
                "gewerkschaftsmitgliedschaft",
                # Union membership.
                "gewerkschaftszugehorigkeit",
                # Union dues.
                "gewerkschaftsbeitrag",
            ),
            "token": (
                "bestaetigungstoken",
                "bestatigungstoken",
                # A confirmation code.
                *("bestaetigungscode", "bestatigungscode"),
            ),
            "citizenship": (
                "staatsangehorigkeit",
                "nationalitat",
                # Citizenship.
                "staatsburgerschaft",
            ),
            "religion": (
                "konfession",
                "religionszugehorigkeit",
                # Faith and religious community.
                *("glaubensrichtung", "religionsgemeinschaft", "kirchenzugehorigkeit"),
                # Church tax liability and the payroll's religion marker; church membership.
                *(
                    "kirchensteuerpflicht",
                    "kirchensteuerpflichtig",
                    "kirchensteuermerkmal",
                    "religionsmerkmal",
                    "kirchenmitglied",
                    "kirchenmitgliedschaft",
                ),
                # Religious education (Religionsunterricht).
                "religionsunterricht",
                # SAP HR's religious denomination (KONFE).
                "konfe",
            ),
            "disability": (
                "behinderung",
                "schwerbehinderung",
                # Degree of disability (GdB), severe disability card.
                *(
                    "schwerbehindert",
                    "grad der behinderung",
                    "gdb",
                    "behinderungsgrad",
                    "schwerbehindertenausweis",
                ),
                # Disabled; impaired walking, sight and hearing; deafness; a wheelchair.
                *(
                    "behindert",
                    "gehbehindert",
                    "sehbehindert",
                    "horbehindert",
                    "gehorlos",
                    "rollstuhl",
                    "rollstuhlfahrer",
                ),
                # Reduced earning capacity and its pension; care needs (the old care level); assistance dogs.
                *(
                    "erwerbsminderung",
                    "erwerbsminderungsrente",
                    "pflegestufe",
                    "pflegebedurftig",
                    "pflegebedurftigkeit",
                    "behindertenausweis",
                    "assistenzhund",
                    "blindenhund",
                ),
                # A wheelchair user and wheelchair access needed (`RollstuhlgerechtBenoetigt`).
                *("rollstuhlgerecht", "rollstuhlnutzer"),
                # Germany's degree of disability (GdB) and the markers on a disability pass (Merkzeichen).
                "merkzeichen",
                # Special educational needs (sonderpädagogischer Förderbedarf).
                *(
                    "foerderbedarf",
                    "forderbedarf",
                    "sonderpadagogischer forderbedarf",
                    "sonderpaedagogischer foerderbedarf",
                ),
            ),
            "diagnosis": (
                "diagnose",
                # A clinical finding.
                "befund",
                # Diagnoses, the main and secondary ones, their ICD key; findings.
                *(
                    "diagnosen",
                    "hauptdiagnose",
                    "nebendiagnose",
                    "verdachtsdiagnose",
                    "diagnoseschlussel",
                    "befunde",
                ),
            ),
            "medication": (
                "medikament",
                "medikamente",
                "medikation",
                # Medicines taken regularly, a medication plan, an e-prescription, dosage.
                *(
                    "arzneimittel",
                    "dauermedikation",
                    "medikationsplan",
                    "medikamentenplan",
                    "erezept",
                    "verschreibung",
                    "dosierung",
                ),
                # An active ingredient (Wirkstoff).
                "wirkstoff",
                # A prescription's number (Rezeptnummer).
                "rezeptnummer",
            ),
            "allergy": (
                "allergie",
                "allergien",
                # Food intolerances.
                *("unvertraglichkeit", "unvertraglichkeiten"),
                # An allergic person; allergic to.
                *("allergiker", "allergisch"),
            ),
            "condition": (
                "erkrankung",
                "krankheit",
                "vorerkrankung",
                "vorerkrankungen",
                # Blood group, pregnancy, smoking, sick notes, symptoms.
                *(
                    "blutgruppe",
                    "schwangerschaft",
                    "schwanger",
                    "raucher",
                    "arbeitsunfahigkeit",
                    "krankmeldung",
                    "symptome",
                    "krankengeschichte",
                ),
                # Vaccinations and vaccination status (not a bare `impfpass` or `impfzertifikat`: a document).
                *("impfung", "impfungen", "impfstatus"),
                # Sick leave: a sick note, days off sick, Austria's Krankenstand, sickness benefit.
                *(
                    "krankschreibung",
                    "krankgeschrieben",
                    "arbeitsunfahig",
                    "arbeitsunfahigkeitsbescheinigung",
                    "au bescheinigung",
                    "krankheitstage",
                    "krankenstand",
                    "krankengeld",
                ),
                # Health status, medical history, lab values and blood tests.
                *(
                    "gesundheitszustand",
                    "anamnese",
                    "laborwerte",
                    "laborbefund",
                    "laborergebnis",
                    "laborergebnisse",
                    "blutwerte",
                    "blutbild",
                ),
                # A pregnancy's week, maternity protection, breastfeeding; alcohol and drug use.
                *(
                    "schwangerschaftswoche",
                    "mutterschutz",
                    "stillend",
                    "alkoholkonsum",
                    "drogenkonsum",
                    "suchterkrankung",
                ),
                # Injuries and their kind; a hospital stay.
                *("verletzung", "verletzungen", "verletzungsart", "krankenhausaufenthalt"),
            ),
            "sexual orientation": ("sexuelle orientierung",),
            "certificate": (
                "bescheinigung",
                "zertifikat",
                # A birth certificate's number.
                *("geburtsurkunde", "geburtsurkunde nr", "geburtsurkundennummer"),
                # A master craftsman's certificate's number, a certificate's number.
                *("meisterbrief", "meisterbrief nr", "zertifikatsnummer"),
            ),
            "serial": (
                "fahrgestellnummer",
                # A vehicle's identification number (FIN) and a device's serial number.
                *("geraeteseriennummer", "geraete seriennummer"),
            ),
            "procedure": (
                "behandlung",
                # Therapy and its method, psychotherapy, patient transport.
                *(
                    "therapie",
                    "therapieverfahren",
                    "psychotherapie",
                    "krankentransport",
                    "krankenhaustransport",
                ),
                # A surgical procedure (Eingriff).
                *("eingriff", "operativer eingriff"),
                # Proof of measles immunity and a vaccination record (Masernschutz, Impfpass).
                *("masernschutz", "masernschutz nachweis", "impfpass", "impfnachweis"),
                # An OPS procedure code.
                *("ops code", "ops schluessel"),
                # The remedies a physiotherapy prescription orders (Heilmittel).
                "heilmittel",
            ),
            # Ethnic origin.
            "ethnicity": (
                "ethnische herkunft",
                "ethnie",
                "volkszugehorigkeit",
                # A migration background (Migrationshintergrund).
                "migrationshintergrund",
            ),
            # Party membership and political views.
            "political opinion": (
                "parteizugehorigkeit",
                "politische meinung",
                "politische einstellung",
                "politische uberzeugung",
                # Voting intention (Wahlabsicht).
                "wahlabsicht",
                # A party (a whole key only, engine._WHOLE_KEYS_ONLY: a `vertragspartei` is a
                # contract's) and donations to parties, which a tax return claims (Parteispenden).
                *("partei", "parteispende", "parteispenden"),
            ),
            # Convictions and the criminal register (not the certificate of conduct: a check's status).
            "criminal record": (
                "vorstrafen",
                "vorstrafe",
                "vorbestraft",
                "strafregister",
                # Convictions, offences, criminal proceedings and the federal central register.
                *(
                    "verurteilung",
                    "verurteilungen",
                    "straftat",
                    "straftaten",
                    "strafverfahren",
                    "bundeszentralregister",
                ),
                # A certificate of conduct and its entries (Führungszeugnis).
                *(
                    "fuhrungszeugnis",
                    "fuehrungszeugnis",
                    "fuhrungszeugnis eintrage",
                    "fuehrungszeugnis eintraege",
                ),
                # An extract from the criminal register (Strafregisterauszug).
                "strafregisterauszug",
            ),
            # Residence and work permits.
            "visa": (
                "aufenthaltserlaubnis",
                "arbeitserlaubnis",
                "aufenthaltsstatus",
                "niederlassungserlaubnis",
                # A residence title's kind (Aufenthaltstitel Art).
                "aufenthaltstitel art",
                # Asylum status, a foreigner's ID card (Ausländerausweis), an Austrian Red-White-Red card, a
                # visa's number.
                *(
                    "asyl status",
                    "asylstatus",
                    "auslaenderausweis",
                    "auslanderausweis",
                    "rwr karte",
                    "rot weiss rot karte",
                    "visum nr",
                    "visumnr",
                ),
            ),
            "identification": (
                # An insurer's policy number (Austria's Polizze).
                *("versicherungsscheinnummer", "policennummer", "polizzennummer"),
                # A health insurer's member number (Krankenkasse).
                *("mitgliedsnummer krankenkasse", "krankenkasse mitgliedsnummer"),
                # A student finance (BAföG) number, a private health insurer's member number.
                *("bafoeg foerderungsnummer", "bafog forderungsnummer", "versichertennummer pkv"),
                # A health insurer's member number, statutory or private (Versicherungsnummer GKV/PKV).
                *("versicherungsnummer pkv", "versicherungsnummer gkv"),
            ),
            # A profile picture; an identity card's photo.
            "photo": (
                "profilbild",
                "lichtbild",
                # A verification selfie.
                "selfie verifizierung",
            ),
            # Skin colour (Hautfarbe).
            "race": ("hautfarbe",),
            # A face template and a voice profile (Gesichtsvorlage, Stimmprofil).
            "biometric": ("gesichtsvorlage", "stimmprofil"),
            # A device's advertising id (Werbekennung, Werbe-ID).
            "advertising id": ("geraete werbekennung", "werbekennung", "werbe id", "werbeid"),
            # A reserve rank, military service (Wehrdienst).
            "veteran": ("dienstgrad reserve", "wehrdienst"),
            # Latitude and longitude (Breitengrad, Längengrad).
            "geolocation": ("breitengrad", "laengengrad", "langengrad"),
        },
    ),
    Language(
        "nl",
        False,
        {
            # A credit score, creditworthiness.
            "credit score": (
                "kredietscore",
                "kredietwaardigheid",
                # A BKR registration: the Dutch credit bureau's record of arrears.
                *("bkr registratie", "bkr codering", "bkr toetsing"),
            ),
            "name": (
                "naam",
                "voornaam",
                "achternaam",
                "volledige naam",
                "tussenvoegsel",
                "roepnaam",
                "gebruikersnaam",
                "klantnaam",
                "voorletters",
                "rekeninghouder",
                "kaarthouder",
                # A maiden or birth name, a Flemish family name, the name an account is held in.
                *("meisjesnaam", "geboortenaam", "familienaam", "tenaamstelling"),
                # How to address someone in a letter (aanschrijfnaam), a traveller's name.
                *("aanschrijfnaam", "naam reiziger"),
            ),
            "email": ("emailadres", "e-mailadres", "mailadres", "email adres"),
            "phone": (
                "telefoon",
                "telefoonnummer",
                "mobiel",
                "mobiel nummer",
                "mobiele nummer",
                "gsm",
                # A Belgian mobile, a landline.
                *("gsm nummer", "gsmnummer", "mobiele telefoon", "vaste telefoon"),
            ),
            "address": (
                "adres",
                "woonadres",
                "afleveradres",
                "factuuradres",
                "postadres",
                "bezorgadres",
                # Home, residence and correspondence addresses.
                *("huisadres", "verblijfsadres", "correspondentieadres", "domicilieadres"),
                # A Belgian box number and a house number's addition.
                *("busnummer", "huisnr toevoeging"),
            ),
            "street": (
                "huisnummer toevoeging",
                "straat",
                "straatnaam",
                "huisnummer",
                # A house number and its letter.
                *("huisnr", "huisletter"),
            ),
            "city": ("woonplaats", "geboorteplaats", "gemeente", "plaats"),
            "birthdate": (
                "geboortedatum",
                "geboortedag",
                "verjaardag",
                # Year of birth.
                "geboortejaar",
                # A birth date, abbreviated (DT_GEBOORTE, GebDat) and a child's.
                *("dt geboorte", "gebdat", "geboorte datum kind"),
            ),
            "gender": (
                "aanhef",
                "geslacht",
                # Gender identity, a gender marker, pronouns.
                *("genderidentiteit", "geslachtsaanduiding", "voornaamwoorden"),
            ),
            "password": (
                "wachtwoord",
                # A debit card's PIN.
                "pin betaalpas",
            ),
            "national id": (
                "burgerservicenummer",
                "rijksregisternummer",
                # The old Dutch sofi number, Belgium's INSZ, an identity document's number.
                *("sofinummer", "insz", "insz nummer", "documentnummer", "identiteitskaartnummer"),
                # A tax or an identification number; Belgium's national register.
                *("fiscaal nummer", "fiscaalnummer", "identificatienummer", "rijksregister"),
                # Belgium's bis number and eID card, a child's BSN.
                *("bisnummer", "bsn kind", "eid kaartnummer"),
            ),
            "passport": (
                "paspoort",
                "paspoortnummer",
                # A travel document's number (nummer reisdocument).
                *("nummer reisdocument", "reisdocument"),
            ),
            "license": (
                "rijbewijs",
                "rijbewijsnummer",
                "kenteken",
                # A Belgian number plate, a licence's number written short.
                *("nummerplaat", "rijbewijsnr"),
                # A BIG and a RIZIV registration, a driver card, a boating licence, a weapons licence.
                *(
                    "big nummer",
                    "riziv nummer",
                    "chauffeurskaart",
                    "chauffeurskaart nummer",
                    "vaarbewijs",
                    "vaarbewijsnummer",
                    "wapenvergunning",
                    "wapenvergunning nr",
                ),
            ),
            "bank account": (
                "rekeningnummer",
                "bankrekening",
                "bankrekeningnummer",
                # A payout's IBAN and a counterparty's account (tegenrekening).
                *("iban uitbetaling", "tegenrekening"),
            ),
            "salary": (
                "salaris",
                "inkomen",
                # Net, monthly and yearly pay; household income.
                *(
                    "nettoloon",
                    "loon",
                    "maandsalaris",
                    "jaarsalaris",
                    "jaarinkomen",
                    "bruto inkomen",
                    "netto inkomen",
                    "huishoudinkomen",
                    "maandinkomen",
                ),
                # Monthly and yearly pay, gross and net salary, taxable income, a payslip.
                *(
                    "maandloon",
                    "jaarloon",
                    "brutosalaris",
                    "nettosalaris",
                    "verzamelinkomen",
                    "salarisstrook",
                    "loonstrook",
                ),
                # A freelancer's hourly rate, a thirteenth month, a year-end bonus, tips, a living wage, a
                # pension, benefits and their amounts, a pay scale, holiday pay.
                *(
                    "uurtarief zzp",
                    "dertiende maand",
                    "eindejaarsuitkering",
                    "fooien",
                    "fooien totaal",
                    "leefloon",
                    "leefloon bedrag",
                    "pensioenuitkering",
                    "uitkering bedrag",
                    "ww uitkering",
                    "ww uitkering bedrag",
                    "salarisschaal",
                    "vakantiegeld",
                ),
            ),
            "citizenship": ("nationaliteit",),
            "religion": (
                "religie",
                "geloof",
                # Religious and life beliefs.
                *("geloofsovertuiging", "kerkgenootschap", "levensbeschouwing"),
                # Denomination.
                *("gezindte", "kerkelijke gezindte"),
            ),
            "medication": (
                "medicijn",
                "medicijnen",
                "medicatie",
                # Medicines, a repeat prescription, a medication overview, medication use.
                *(
                    "geneesmiddel",
                    "geneesmiddelen",
                    "herhaalrecept",
                    "medicatieoverzicht",
                    "medicijngebruik",
                    "medicatiegebruik",
                ),
                # A prescribed medicine (voorgeschreven middel).
                "voorgeschreven middel",
            ),
            "diagnosis": (
                "diagnose",
                # A diagnosis code.
                "diagnosecode",
            ),
            "allergy": (
                "allergie",
                "allergieen",
                # Food intolerances.
                *("intolerantie", "voedselallergie"),
                # Hypersensitivity.
                "overgevoeligheid",
            ),
            "condition": (
                "ziekte",
                "aandoening",
                # Blood group, pregnancy, medical history.
                *(
                    "bloedgroep",
                    "zwanger",
                    "zwangerschap",
                    "medische geschiedenis",
                    "medische voorgeschiedenis",
                ),
                # Vaccinations and immunisations.
                *("vaccinatie", "vaccinaties", "vaccinatiestatus", "inenting", "inentingen"),
                # Sick leave, sickness absence, incapacity for work.
                *(
                    "ziekmelding",
                    "ziekteverzuim",
                    "ziektedagen",
                    "ziekteverlof",
                    "arbeidsongeschikt",
                    "arbeidsongeschiktheid",
                ),
                # Health status and complaints, symptoms, lab results.
                *(
                    "gezondheidstoestand",
                    "gezondheidsklachten",
                    "symptomen",
                    "labuitslag",
                    "labuitslagen",
                    "laboratoriumuitslag",
                    "bloeduitslag",
                ),
                # A pregnancy's week, maternity leave, breastfeeding; smoking, drinking and drug use.
                *(
                    "zwangerschapsweek",
                    "zwangerschapsverlof",
                    "bevallingsverlof",
                    "borstvoeding",
                    "rookgedrag",
                    "alcoholgebruik",
                    "drugsgebruik",
                ),
                # Why someone reported sick (ziekmelding reden).
                *("ziekmelding reden", "reden ziekmelding", "ziekteverzuim reden"),
                # Smoking status and a pregnancy's weeks.
                *("rookstatus", "zwangerschapsduur", "zwangerschapsduur weken"),
                # A treatment's side effect (bijwerking).
                *("bijwerking", "bijwerkingen"),
            ),
            "health id": (
                "zorgverzekeringsnummer",
                # A hospital's patient number.
                "patientnummer",
                # A care client's number, an electronic patient record's number, a Belgian SIS card.
                *("clientnummer zorg", "epd nummer", "sis kaartnummer"),
            ),
            "identification": (
                "polisnummer",
                # An identity document or card.
                *("identiteitsbewijs", "identiteitskaart"),
                # An insurer's number for the insured, a Belgian health fund's member number.
                *("verzekerdennummer", "lidnummer ziekenfonds"),
                # A Belgian mutual insurer's member number, a health insurance policy's number, a sickness
                # fund's number.
                *("lidnummer mutualiteit", "polisnummer zorgverzekering", "ziekenfondsnummer"),
            ),
            # A functional impairment.
            "disability": (
                "functiebeperking",
                # A physical, visual or hearing impairment; a wheelchair; hearing and sight loss.
                *(
                    "lichamelijke beperking",
                    "visuele beperking",
                    "auditieve beperking",
                    "rolstoel",
                    "rolstoelgebruiker",
                    "slechthorend",
                    "slechtziend",
                ),
                # Disability benefits (WIA, WAO, Wajong), an assistance dog.
                *(
                    "wajong",
                    "wia uitkering",
                    "wao uitkering",
                    "arbeidsbeperking",
                    "hulphond",
                    "blindengeleidehond",
                ),
                # A degree of incapacity for work, aids, WIA status.
                *("arbeidsongeschiktheidspercentage", "arbeidsongeschiktheid", "hulpmiddelen", "wia status"),
            ),
            # Ethnic origin.
            "ethnicity": (
                "etniciteit",
                "etnische afkomst",
                # Ethnic and migration background (CBS).
                *("etnische achtergrond", "migratieachtergrond"),
                # Origin grouping (herkomstgroepering).
                "herkomstgroepering",  # (not a bare `herkomst`: a lead's or a product's origin)
            ),
            "sexual orientation": (
                "seksuele geaardheid",
                "seksuele orientatie",
                # Whom someone is looking for (op zoek naar).
                "op zoek naar",
            ),
            # Union membership.
            "trade union": (
                "vakbondslid",
                "vakbondslidmaatschap",
                # Union dues.
                "vakbondscontributie",
            ),
            # Political party and views.
            "political opinion": (
                "politieke voorkeur",
                "politieke partij",
                "partijlidmaatschap",
                "politieke overtuiging",
            ),
            # A criminal record (not the VOG, the certificate of conduct: a check's status).
            "criminal record": (
                "strafblad",
                # Convictions; a criminal past.
                *("veroordeling", "veroordelingen", "strafrechtelijk verleden", "justitiele documentatie"),
            ),
            # Residence and work permits.
            "visa": (
                "verblijfsvergunning",
                "werkvergunning",
                "verblijfsstatus",
                # A labour-market note, asylum status, a GVVA permit, the right to work, a work permit, a
                # residence title, a foreigner's number.
                *(
                    "arbeidsmarktaantekening",
                    "asielstatus",
                    "gvva status",
                    "recht op arbeid",
                    "tewerkstellingsvergunning",
                    "verblijfstitel",
                    "vreemdelingennummer",
                ),
            ),
            # Veteran status (veteranenstatus).
            "veteran": ("veteranenstatus",),
            # A device's and a SIM card's serial numbers.
            "serial": ("serienummer toestel", "simkaartnummer"),
            # A profile photo (profielfoto).
            "photo": ("profielfoto",),
            # Skin colour (huidskleur).
            "race": ("huidskleur",),
            # A face scan, a voiceprint, a fingerprint.
            "biometric": ("gezichtsscan", "stemafdruk", "vingerafdruk"),
            # Latitude and longitude (breedtegraad, lengtegraad).
            "geolocation": ("breedtegraad", "lengtegraad"),
            # A first-aid, a VCA, a good-conduct (VOG) certificate's number and a diploma's.
            "certificate": (
                "bhv certificaat",
                "vca certificaat",
                "certificaatnummer vca",
                "vog nummer",
                "vog",
                "diplomanummer",
            ),
            # A debit card's and a card's number (betaalpasnummer, kaartnummer).
            "credit card": ("betaalpasnummer", "kaartnummer"),
            # An operation (ingreep); not `behandeling` or `verrichting`, a claim's handling and a
            # Belgian bank's transaction.
            "procedure": ("ingreep",),
            # An API key, a security question's answer, a secret key, a card's CVC.
            "secret": (
                "api sleutel",
                "beveiligingsvraag",
                "beveiligingsvraag antwoord",
                "geheime sleutel",
                "cvc code",
                # A key safe by the door and its code (sleutelkluis).
                *("sleutelkluis", "sleutelkluis code", "sleutelkluiscode"),
            ),
            # An advertising id (advertentie-ID).
            "advertising id": ("advertentie id",),
            # An activation code, a payment token, a recovery code, a TAN, an access token, a verification
            # code.
            "token": (
                "activatiecode",
                "betaaltoken",
                "herstelcode",
                "toegangstoken",
                "verificatiecode",
            ),
        },
    ),
    Language(
        "sv-da-no",
        False,
        {
            # A credit score and a credit rating.
            "credit score": (
                "kreditscore",
                "kredittscore",
                "kreditbetyg",
                "kreditvardighet",
                "kreditvurdering",
                # A credit report's score and a credit assessment; RKI registration.
                *("kreditupplysning", "kreditupplysning score", "rki registreret"),
            ),
            "name": (
                "namn",
                "navn",
                "fornamn",
                "efternamn",
                "fornavn",
                "etternavn",
                "efternavn",
                "mellomnavn",
                # Full, middle and nick names.
                *(
                    "fullstandigt namn",
                    "fulde navn",
                    "fullt navn",
                    "mellannamn",
                    "mellemnavn",
                    "smeknamn",
                    "kallenavn",
                    "kaldenavn",
                ),
                # Sweden's preferred given name; nynorsk's names; full and maiden names.
                *(
                    "tilltalsnamn",
                    "forenamn",
                    "etternamn",
                    "mellomnamn",
                    "kallenamn",
                    "fullt namn",
                    "fuldt navn",
                    "pikenavn",
                    "flicknamn",
                    "pigenavn",
                ),
                # The holder of a payment card or a bank account.
                *(
                    "kortinnehavare",
                    "kortholder",
                    "kortindehaver",
                    "kontoinnehavare",
                    "kontohavare",
                    "kontoinnehaver",
                    "kontohaver",
                    "kontoindehaver",
                ),
            ),
            "email": (
                "e-post",
                "epost",
                "e-postadress",
                "epostadresse",
                "e-postadresse",
                # E-mail as Swedes write it.
                *("mejl", "mejladress"),
                # E-mail addresses written run together (Swedish, Danish, Norwegian).
                *("epostadress", "mailadress", "mailadresse", "emailadress", "emailadresse"),
            ),
            "phone": (
                "mobilnummer",
                "mobiltelefon",
                "telefonnummer",
                "mobil",
                # Mobile numbers written short.
                *("mobilnr", "mobiltelefonnummer"),
                # Phone numbers written short; the mobile number Swish, Vipps and MobilePay pay to.
                *(
                    "tlf",
                    "tlfnr",
                    "telefonnr",
                    "mobiltlf",
                    "mobiltelefonnr",
                    "swishnummer",
                    "vippsnummer",
                    "mobilepaynummer",
                    "mobilepay nummer",
                    "swish nummer",
                    "vipps nummer",
                ),
                # Swish's API names the payer's mobile number `payerAlias` (the payee's is the shop's).
                "payer alias",
            ),
            "address": (
                "adress",
                "gatuadress",
                "postadress",
                "hemadress",
                "leveransadress",
                "leveringsadresse",
                "bostadsadress",
                # Home and registered addresses.
                *("hemmaadress", "hjemmeadresse", "bopaelsadresse", "folkbokforingsadress", "bostedsadresse"),
                # Norway's street and registered addresses, an address line, a PO box, a flat's number.
                *(
                    "gateadresse",
                    "folkeregistrert adresse",
                    "folkeregistrertadresse",
                    "utdelningsadress",
                    "boadresse",
                    "adresselinje",
                    "adressrad",
                    "adresselinie",
                    "postboks",
                    "lagenhetsnummer",
                    "leilighetsnummer",
                    "bolignummer",
                ),
            ),
            "street": (
                "gata",
                "gatunamn",
                "gatenavn",
                "vejnavn",
                "husnummer",
                # A street's name (Danish), a house or street number written short.
                *("gadenavn", "husnr", "gatenummer", "gadenummer"),
            ),
            "city": (
                "stad",
                "postort",
                "poststed",
                "bosted",
                "hemort",
                "folkbokforingsort",  # where Sweden's population register has the person living
                # Place of birth.
                *("fodelseort", "fodested", "fodeby"),
                # A home town, Denmark's postal district (not `kommune`: a municipality, labelled green).
                *("postdistrikt", "bostadsort", "hemstad", "hjemby"),
                "by",  # Danish and Norwegian for a town (a whole key only: not `created_by`)
            ),
            "zipcode": ("postnummer", "postnr"),
            "birthdate": (
                "fodelsedatum",
                "fodelsedag",
                "fodselsdato",
                "fodselsdag",
                # Year of birth.
                *("fodelsear", "fodselsar"),
                # Year of birth with Danish `aa` for å.
                "fodselsaar",
            ),
            "gender": ("kon", "kjonn"),
            "password": (
                "losenord",
                "passord",
                "adgangskode",
                "kodeord",
                # A card's or a phone's PIN.
                *("pinkod", "pinkode", "pin kod", "pin kode"),
            ),
            "national id": (
                "personnummer",
                "personnr",
                "fodselsnummer",
                "cpr",
                "cpr nummer",
                # Sweden's coordination number, a national number written short.
                *("samordningsnummer", "fodselsnr"),
                # Norway's D-number for foreigners and its national number written short.
                *("dnummer", "fnr"),
                # A personal number written short or split, a tax id number, an ID card's number.
                *(
                    "persnr",
                    "cprnr",
                    "samordningsnr",
                    "skatteidentifikasjonsnummer",
                    "id kortnummer",
                    "idkortnummer",
                    "identitetskortnummer",
                    "legitimationsnummer",
                    "legitimasjonsnummer",
                ),
                # An identity card's number (ID-kortsnummer).
                "id kortsnummer",
            ),
            "passport": (
                # A passport's number, abbreviated (passnr).
                "passnr",
            ),
            "bank account": (
                "kontonummer",
                "bankkonto",
                "kontonr",
                "konto nr",
                # A bank account's number.
                "bankkontonummer",
                # The account pay goes into.
                *("lonekonto", "lonnskonto", "lonkonto"),
                # Denmark's NemKonto.
                "nemkonto",
            ),
            "salary": (
                "lonn",
                "inkomst",
                "inntekt",
                "manadslon",
                "arslon",
                # Hourly, gross and net pay; Danish income.
                *(
                    "timlon",
                    "timelonn",
                    "timelon",
                    "manedslon",
                    "manedslonn",
                    "bruttolon",
                    "nettolon",
                    "arsinkomst",
                    "indkomst",
                    "arsinntekt",
                ),
                # Base pay, gross and net income, a payslip, salary expectations.
                *(
                    "grundlon",
                    "grunnlonn",
                    "arslonn",
                    "manadsinkomst",
                    "bruttoinntekt",
                    "nettoinntekt",
                    "bruttoinkomst",
                    "nettoinkomst",
                    "lonespecifikation",
                    "lonnsslipp",
                    "lonseddel",
                    "loneansprak",
                    "lonnsforventning",
                ),
                # Holiday pay, income from work, a pension's amount, taxable and household income.
                *(
                    "semesterersattning",
                    "feriepenger",
                    "feriepenge",
                    "semesterlon",
                    "loneinkomst",
                    "lonnsinntekt",
                    "lonindkomst",
                    "pensionsbelopp",
                    "pensjonsbelop",
                    "skattepliktig inntekt",
                    "skattepligtig indkomst",
                    "beskattningsbar inkomst",
                    "taxerad inkomst",
                    "alminnelig inntekt",
                    "pensjonsgivende inntekt",
                    "personinntekt",
                    "personlig indkomst",
                    "hushallsinkomst",
                    "husholdningsinntekt",
                    "husstandsindkomst",
                    "aarsindkomst",
                    "aarslon",
                ),
                # Annual pay (årslønn).
                "aarslonn",
            ),
            "citizenship": (
                "medborgarskap",
                "nationalitet",
                "statsborgerskap",
                # Danish citizenship.
                "statsborgerskab",
            ),
            "license": (
                "registreringsnummer",
                "nummerplade",
                "korkort",
                "korekort",
                "forerkort",
                # A licence's number, a plate written short.
                *("korkortsnummer", "forerkortnummer", "korekortnummer", "regnr", "registreringsnr"),
                # A car's registration number.
                *("regnummer bil", "registreringsnummer bil"),
                # A vehicle's registration number (registreringsnummer kjøretøy).
                "registreringsnummer kjoretoy",
                # A health worker's number (helsepersonellnummer).
                *("helsepersonellnummer", "hpr nummer"),
            ),
            "medication": (
                "lakemedel",
                "laegemiddel",
                "legemiddel",
                "medicin",
                # Norwegian and Danish medicines.
                *("medisin", "medisiner", "medicinering"),
                # A medication list (Swedish, Norwegian, Danish).
                *("lakemedelslista", "legemiddelliste", "medicinliste"),
                # A prescription (Norwegian; not Swedish `recept`: a cooking recipe too).
                *("resept", "resepter", "eresept", "e resept"),
                # A dosage (dosering) and a prescription's number (receptnummer).
                *("dosering", "receptnummer", "recept nummer"),
            ),
            "diagnosis": (
                "diagnos",
                # Diagnoses and their codes.
                *("diagnoser", "diagnosekode", "diagnoskod", "huvuddiagnos"),
            ),
            "allergy": (
                "allergi",
                "allergier",
                # School meals' special diet (specialkost).
                *("specialkost", "skolmat specialkost"),
            ),
            "condition": (
                "sjukdom",
                "sygdom",
                "sykdom",
                # Blood group, pregnancy.
                *("blodgrupp", "blodtype", "graviditet", "gravid"),
                # Vaccinations and vaccination status (not `vaccination`: English keys' too).
                *(
                    "vaccinationer",
                    "vaccinationsstatus",
                    "vaccinering",
                    "vaksinasjon",
                    "vaksinasjonsstatus",
                    "vaksine status",
                ),
                # Sick leave and sickness benefit (Swedish, Danish, Norwegian).
                *(
                    "sjukskrivning",
                    "sjukskriven",
                    "sjukfranvaro",
                    "sjukpenning",
                    "sygemelding",
                    "sygemeldt",
                    "sygefravaer",
                    "sygedagpenge",
                    "sykmelding",
                    "sykemelding",
                    "sykmeldt",
                    "sykefravaer",
                    "sykepenger",
                ),
                # Health status, illnesses, symptoms, lab results and blood tests.
                *(
                    "halsotillstand",
                    "helsetilstand",
                    "helbredstilstand",
                    "sjukdomar",
                    "sygdomme",
                    "sykdommer",
                    "symtom",
                    "symptomer",
                    "provsvar",
                    "provesvar",
                    "blodprov",
                    "blodprove",
                    "laboratoriesvar",
                ),
                # A pregnancy (Norwegian), its week (not `amning`, breastfeeding: it ends `benamning`).
                *("svangerskap", "graviditetsvecka", "svangerskapsuke"),
                # Sick leave's degree and days, mental health, illnesses, addiction, fertility, smoking.
                *(
                    "sjukskrivningsgrad",
                    "sykmeldingsgrad",
                    "sjukdagar",
                    "sykedager",
                    "sygedage",
                    "psykisk halsa",
                    "psykisk ohalsa",
                    "psykisk helse",
                    "mental sundhed",
                    "astma",
                    "epilepsi",
                    "kreft",
                    "kraeft",
                    "alkoholmissbruk",
                    "rusmisbruk",
                    "rusmisbrug",
                    "agglossning",
                    "egglosning",
                    "aegloesning",
                    "preventivmedel",
                    "prevensjon",
                    "praevention",
                    "graviditetsuke",
                    "graviditetsuge",
                    "rokare",
                    "royker",
                    "ryger",
                ),
                # Why someone is off sick and how much (sjukskrivning, sykefravær).
                *("sjukskrivning anledning", "sjukskrivningsorsak", "sykefravær grad"),
                # The diabetes type (diabetestyp).
                *("diabetestyp", "diabetes typ"),
            ),
            # One-time, verification and activation codes.
            "token": (
                *("engangskod", "engangskode", "engangslosenord", "engangspassord", "verifieringskod"),
                *("verifikationskod", "bekraftelsekod", "bekreftelseskode", "bekraeftelseskode"),
                *("aktiveringskod", "aktiveringskode"),
                # A session key (sessionsnyckel).
                "sessionsnyckel",
                # BankID's auto-start token and order reference, a one-time code, a parcel locker's code.
                *("bankid auto start token", "paketskåp kod"),
            ),
            "secret": (
                "portkod",
                "dorrkod",
                "portkode",
                # PUK codes; Norway's door code.
                *(
                    "pukkod",
                    "pukkode",
                    "puk kod",
                    "puk kode",
                    "dorkode",
                ),
                # An API key (API-nøgle).
                *("api nøgle", "api nyckel"),
            ),
            "identification": (
                "polisenummer",
                "forsakringsnummer",
                "forsikringsnummer",
                # An identity card; Denmark's insurance policy number.
                *("id kort", "idkort", "identitetskort", "policenummer"),
                # MitID's and NemID's person ids, BankID's personal id.
                *("mitid uuid", "nemid pid", "bankid pid"),
            ),
            # A disability.
            "disability": (
                "funktionsnedsattning",
                "funktionshinder",
                "handikapp",
                "funksjonsnedsettelse",
                "funktionsnedsaettelse",
                # A disability, a wheelchair, sight and hearing impairment.
                *(
                    "funktionsvariation",
                    "handikap",
                    "nedsatt funksjonsevne",
                    "rullstol",
                    "rullestol",
                    "korestol",
                    "synsnedsattning",
                    "horselnedsattning",
                    # Assistive devices (Swedish hjälpmedel), a guide dog and an assistance dog.
                    *("hjalpmedel", "ledarhund", "forarhund", "assistanshund", "servicehund"),
                ),
                # Disability pensions and benefits (Sweden's sickness compensation, Norway's uføretrygd,
                # Denmark's førtidspension).
                *(
                    "sjukersattning",
                    "aktivitetsersattning",
                    "uforetrygd",
                    "uforepensjon",
                    "fortidspension",
                    "invalidepension",
                ),
                # Denmark's and Norway's companion card for disabled people.
                *("ledsagerbevis", "ledsagerkort"),
                # Allowances for illness and disability (Norway's AAP, hjelpestønad; Sweden's, Denmark's).
                *(
                    "arbeidsavklaringspenger",
                    "hjelpestonad",
                    "grunnstonad",
                    "handikappersattning",
                    "merkostnadsersattning",
                    "assistansersattning",
                    "handicaptillaeg",
                ),
            ),
            # Faith and religious community.
            "religion": (
                "trosretning",
                "trossamfund",
                # Church tax and membership (Denmark's kirkeskat, Sweden's kyrkoavgift), Norway's faith
                # community.
                *(
                    "kirkeskat",
                    "kyrkoavgift",
                    "kyrkotillhorighet",
                    "kirkemedlem",
                    "kirkemedlemskap",
                    "trossamfunn",
                ),
                # Religious affiliation (religionstillhörighet).
                "religionstillhorighet",
                # Membership of the Danish church (folkekirke).
                *("folkekirke medlem", "folkekirke"),
            ),
            # Ethnic origin.
            "ethnicity": (
                "etnicitet",
                "etnisk bakgrund",
                "etnisk tilhorighet",
                "etnisk oprindelse",
            ),
            # Union membership.
            "trade union": (
                "fackforbund",
                "fackforening",
                "fagforening",
                "fagforbund",
                # Union membership and dues.
                *(
                    "fackmedlem",
                    "fackforeningsmedlem",
                    "fagforeningsmedlem",
                    "fagforeningsmedlemskab",
                    "fackforeningsavgift",
                    "fackavgift",
                    "fagforeningskontingent",
                ),
                # Union membership (fackmedlemskap, fagforeningsmedlemskap).
                *("fackmedlemskap", "fagforeningsmedlemskap"),
            ),
            # Party affiliation.
            "political opinion": (
                "politisk tillhorighet",
                "partitillhorighet",
                "partimedlemskap",
                # Party sympathy (partisympati).
                "partisympati",
                # A political party (politisk parti).
                "politisk parti",
            ),
            # The criminal register.
            "criminal record": (
                "belastningsregister",
                "brottsregister",
                "strafferegister",
                # A conviction (Danish, Norwegian).
                *("straffedom", "straffedomme"),
                # A police certificate and a certificate for work with children.
                *(
                    "politiattest",
                    "straffeattest",
                    "borneattest",
                    "barneomsorgsattest",
                    "belastningsregisterutdrag",
                ),
            ),
            # Residence and work permits.
            "visa": (
                "uppehallstillstand",
                "arbetstillstand",
                "oppholdstillatelse",
                "arbeidstillatelse",
                "opholdstilladelse",
                "arbejdstilladelse",
                # A residence card.
                *("uppehallskort", "oppholdskort", "opholdskort"),
                # A work permit and its validity (arbetstillstånd).
                "arbetstillstand giltigt till",
            ),
            "health id": (
                # Denmark's health insurance card (the yellow card) and health card.
                *("sygesikringsbevis", "sygesikringskort", "sundhedskort"),
                # A patient's number (Swedish, Danish, Norwegian).
                *("patientnummer", "pasientnummer"),
                # A patient record's number (journalnummer).
                "journalnummer",
                # A Helsenorge patient number, a reserve number (reservnummer).
                *("helsenorge pasientnr", "pasientnr", "reservnummer"),
            ),
            # Card numbers; credit, debit, bank and payment cards.
            "credit card": (
                "kortnummer",
                "kortnr",
                "betalkort",
                "betalkortsnummer",
                "kreditkort",
                "kredittkort",
                "kreditkortnummer",
                "kreditkortsnummer",
                "kredittkortnummer",
                "bankkort",
                "bankkortnummer",
                "debetkort",
                "betalingskort",
            ),
            # Sexual orientation (sexuell läggning).
            "sexual orientation": (
                "sexuell laggning",
                # Sexual orientation (seksuell legning).
                *("seksuell legning", "seksuel orientering"),
            ),
            # A procedure (ingrepp).
            "procedure": ("ingrepp",),
            # A profile picture (profilbillede, profilbild).
            "photo": ("profilbillede",),
            # A BankID certificate's serial number.
            "certificate": ("bankid certifikat", "bankid certifikat serienummer"),
            # Face data and a fingerprint template (ansiktsdata, fingeravtrycksmall).
            "biometric": ("ansiktsdata", "fingeravtryck", "fingeravtryck mall"),
        },
    ),
    # Icelandic: the national identity number (kennitala) is on every form, with the core fields
    # and the health, pay and special-category ones. Keys are written without þ, ð and æ.
    Language(
        "is",
        False,
        {
            "national id": ("kennitala",),
            # Name, full name, e-mail, phone and mobile, home address, birth date.
            "name": (
                "nafn",
                "fullt nafn",
                "eiginnafn",
                # First, last, middle and family names, a user name, a cardholder.
                *("fornafn", "eftirnafn", "millinafn", "kenninafn", "notandanafn", "korthafi"),
            ),
            "email": (
                "netfang",
                # E-mail and e-mail address.
                *("tolvupostur", "tolvupostfang"),
            ),
            "phone": (
                "simanumer",
                "farsimi",
                "farsimanumer",
                # A home phone.
                "heimasimi",
            ),
            "address": (
                "heimilisfang",
                # The legal domicile, a postal address.
                *("logheimili", "postfang"),
            ),
            "birthdate": (
                "faedingardagur",
                # Birth date and year of birth.
                *("faedingardagsetning", "faedingarar"),
                # A birth date (fæðingardagur).
                "fæðingardagur",
            ),
            "citizenship": ("rikisfang",),
            "bank account": (
                "reikningsnumer",
                # A bank account.
                "bankareikningur",
            ),
            # Illness, sickness and sick leave, blood group, pregnancy, vaccination.
            "condition": (
                "sjukdomur",
                "veikindi",
                "veikindaleyfi",
                "blodflokkur",
                "medganga",
                "bolusetning",
                # Health state.
                "heilsufar",
            ),
            "diagnosis": (
                "sjukdomsgreining",
                # A medical history (sjúkrasaga).
                "sjukrasaga",
            ),
            "allergy": ("ofnaemi",),
            # Medicines (not a bare `lyf`: too short to tell).
            "medication": ("lyfjagjof", "lyfjanotkun"),
            # Disability, invalidity and its pension.
            "disability": ("fotlun", "ororka", "ororkulifeyrir"),
            # Pay, income, monthly pay.
            "salary": (
                "laun",
                "tekjur",
                "manadarlaun",
                "heildarlaun",
                # Monthly pay (laun á mánuði).
                "laun manadar",
            ),
            "religion": ("trufelag",),
            "trade union": ("stettarfelag",),
            "criminal record": (
                "sakaskra",
                # A criminal record certificate.
                "sakavottord",
            ),
            # A house number.
            "street": ("husnumer",),
            # A postcode.
            "zipcode": ("postnumer",),
            # Sex.
            "gender": ("kyn",),
            # A password.
            "password": ("lykilord",),
            # A passport and its number.
            "passport": (
                "vegabref",
                "vegabrefsnumer",
            ),
            # A driving licence, a car's plate and permanent number.
            "license": (
                "okuskirteini",
                "bilnumer",
                "fastanumer",
            ),
            # A card's number, a payment card.
            "credit card": (
                "kortanumer",
                "greidslukort",
            ),
            # Residence and work permits.
            "visa": (
                "dvalarleyfi",
                "atvinnuleyfi",
            ),
        },
    ),
    Language(
        "et",
        False,
        {
            "name": (
                "eesnimi",
                "perekonnanimi",
                # Family, full and user names.
                *("perenimi", "taisnimi", "kasutajanimi"),
                # A card's or an account's owner.
                *("kaardiomanik", "kaardi omanik", "konto omanik", "kontoomanik"),
            ),
            "national id": (
                "isikukood",
                "esindaja isikukood",
                "omaniku isikukood",
                "lapse isikukood",
                # An identity document's and an ID card's number.
                *(
                    "id kaardi number",
                    "isikutunnistuse number",
                    "isikut toendava dokumendi number",
                    "dokumendi number",
                ),
                # Mobile-ID's code and Smart-ID's verification code.
                *("mobiil id kood", "mobiil id"),
            ),
            "birthdate": (
                "synniaeg",
                "sunniaeg",
                "synnikuupaev",
                # Birth date, birthday and year of birth.
                *("sunnikuupaev", "sunnipaev", "synnipaev", "sunniaasta", "synniaasta"),
            ),
            "citizenship": ("kodakondsus",),
            "address": (
                "aadress",
                "elukoht",
                "elukoha aadress",
                # A flat's number.
                "korteri number",
            ),
            "city": (
                "linn",
                # Rural municipality, place of birth.
                *("vald", "synnikoht", "sunnikoht"),
            ),
            "zipcode": ("postiindeks",),
            "license": (
                "registreerimismark",
                # A driving licence.
                *("juhiluba", "juhiloa number", "registreerimisnumber"),
                # A number plate (numbrimärk).
                "numbrimärk",
            ),
            "salary": (
                "tulu",
                "tulu kokku",
                "palk",
                # Income, gross and net pay.
                *("sissetulek", "brutopalk", "netopalk"),
                # Wages.
                "tootasu",
                # Monthly, yearly and hourly pay; gross, net and household income.
                *(
                    "kuupalk",
                    "aastapalk",
                    "tunnipalk",
                    "tunnitasu",
                    "brutotulu",
                    "netotulu",
                    "sissetulekud",
                    "leibkonna sissetulek",
                ),
            ),
            "phone": (
                "telefoninumber",
                # Mobile numbers.
                *("mobiil", "mobiilinumber", "mobiiltelefon"),
                # Phone and mobile numbers in the genitive.
                *("telefoni number", "mobiili number", "mobiiltelefoni number"),
            ),
            "email": (
                "e post",
                # E-mail address.
                "e posti aadress",
                # E-mail addresses written run together.
                *("eposti aadress", "epostiaadress", "meiliaadress"),
            ),
            # Street and house number.
            "street": (
                "tanav",
                "majanumber",
                # A house number.
                "maja number",
            ),
            # Sex.
            "gender": ("sugu",),
            # An identity card.
            "identification": (
                "isikutunnistus",
                "id kaart",
            ),
            # Current and bank accounts.
            "bank account": (
                "arvelduskonto",
                "pangakonto",
            ),
            # A diagnosis.
            "diagnosis": ("diagnoos",),
            # Medicines.
            "medication": (
                "ravim",
                "ravimid",
                # E-prescriptions and prescription medicines (not a bare `retsept`: a recipe too).
                *("digiretsept", "retseptiravim", "retseptiravimid"),
            ),
            # Allergies.
            "allergy": ("allergiad",),
            # Illnesses, blood group, pregnancy.
            "condition": (
                "haigus",
                "haigused",
                "veregrupp",
                "rasedus",
                # Vaccination, a sick-leave certificate, health status, test results (not `rase`, pregnant: it
                # splits `phrase`).
                *("vaktsineerimine", "haigusleht", "tervislik seisund", "analuusi tulemused"),
                # Health data, medical history, named illnesses.
                *("terviseandmed", "haiguslugu", "diabeet", "astma", "epilepsia", "depressioon"),
            ),
            # A disability.
            "disability": (
                "puue",
                # Degree of disability, disabled, incapacity for work.
                *("puude raskusaste", "puudega", "toovoimetus"),
            ),
            # Ethnic nationality (rahvus).
            "ethnicity": ("rahvus",),
            # Religious belief.
            "religion": (
                "usutunnistus",
                # Religious affiliation.
                "usuline kuuluvus",
            ),
            # The punishment register.
            "criminal record": ("karistusregister",),
            # A trade union.
            "trade union": ("ametiuhing",),
            # A political party.
            "political opinion": (
                "erakond",
                "erakondlik kuuluvus",
            ),
            # Password and PIN.
            "password": (
                "parool",
                "salasona",
                "pin kood",
                "pinkood",
            ),
            # Confirmation, door and PUK codes.
            "token": ("kinnituskood",),
            "secret": (
                "uksekood",
                "puk kood",
            ),
            # Card numbers; credit, bank, debit and payment cards.
            "credit card": (
                "kaardinumber",
                "kaardi number",
                "krediitkaart",
                "krediitkaardi number",
                "pangakaart",
                "pangakaardi number",
                "deebetkaart",
                "maksekaart",
            ),
            # Residence and work permits, the right of residence.
            "visa": (
                "elamisluba",
                "tooluba",
                "elamisoigus",
            ),
            # An advertising id (reklaami ID).
            "advertising id": ("reklam id", "reklaami id"),
            # A device's serial number (seadme seerianumber).
            "serial": ("seadme seerianumber", "seerianumber"),
        },
    ),
    Language(
        "lt",
        False,
        {
            "name": (
                "vardas",
                "pavarde",
                "vardas pavarde",
                "gavejas",
                "gavejo vardas",
                # A patronymic, a user name.
                *("tevavardis", "naudotojo vardas"),
                # A card's or an account's owner, a user name, name and surname.
                *("korteles savininkas", "saskaitos savininkas", "vartotojo vardas", "vardas ir pavarde"),
            ),
            "national id": (
                "asmens kodas",
                # An identity document's number.
                "asmens dokumento numeris",
                # An identity card's number.
                *("tapatybes korteles numeris", "asmens tapatybes korteles numeris"),
            ),
            "birthdate": (
                "gimimo data",
                # Birthday.
                "gimtadienis",
                # Year of birth, a birth date written short.
                *("gimimo metai", "gim data"),
            ),
            "address": (
                "adresas",
                "gyvenamoji vieta",
                # Flat number.
                "buto numeris",
            ),
            "city": (
                "miestas",
                # Place of birth.
                "gimimo vieta",
            ),
            "zipcode": ("pasto kodas",),
            "phone": (
                "telefonas",
                "telefono numeris",
                # A mobile.
                "mobilusis telefonas",
            ),
            "email": (
                "el pastas",
                # E-mail address.
                "el pasto adresas",
                # E-mail written run together or in full.
                *("elpastas", "e pastas", "elektroninis pastas"),
            ),
            # Street, house number.
            "street": (
                "gatve",
                "namo numeris",
            ),
            # Sex.
            "gender": ("lytis",),
            # An identity card.
            "identification": ("asmens tapatybes kortele",),
            # A passport.
            "passport": (
                "pasas",
                "paso numeris",
            ),
            # A driving licence, a plate.
            "license": (
                "vairuotojo pazymejimas",
                "valstybinis numeris",
                # A driving licence's number, a car's plate.
                *("vairuotojo pazymejimo numeris", "automobilio numeris"),
            ),
            # A bank account.
            "bank account": (
                "saskaitos numeris",
                "banko saskaita",
            ),
            # Pay and income.
            "salary": (
                "atlyginimas",
                "pajamos",
                "darbo uzmokestis",
                # Earnings.
                "uzdarbis",
            ),
            # Citizenship.
            "citizenship": ("pilietybe",),
            # Ethnic nationality.
            "ethnicity": ("tautybe",),
            # Religion.
            "religion": (
                "religija",
                # Faith.
                "tikejimas",
            ),
            # A diagnosis.
            "diagnosis": ("diagnoze",),
            # Medicines.
            "medication": ("vaistai",),
            # Allergies.
            "allergy": (
                "alergija",
                "alergijos",
            ),
            # Illnesses, blood group.
            "condition": (
                "liga",
                "ligos",
                "kraujo grupe",
                # Pregnancy, vaccinations, incapacity for work (sick leave) and its certificate, health state.
                *(
                    "nestumas",
                    "skiepai",
                    "skiepijimas",
                    "nedarbingumas",
                    "nedarbingumo pazymejimas",
                    "sveikatos bukle",
                ),
                # Health data, medical history.
                *("sveikatos duomenys", "ligos istorija"),
            ),
            # A disability.
            "disability": (
                "negalia",
                "neigalumas",
                # A degree of disability (neįgalumo lygis).
                "neigalumo lygis",
            ),
            # A criminal record.
            "criminal record": ("teistumas",),
            # A trade union.
            "trade union": ("profesine sajunga",),
            # Password and PIN.
            "password": (
                "slaptazodis",
                "pin kodas",
            ),
            # The social insurance (Sodra) number.
            "social security number": (
                "sodros numeris",
                "socialinio draudimo numeris",
            ),
            # Card numbers; payment, credit, debit and bank cards.
            "credit card": (
                "korteles numeris",
                "mokejimo kortele",
                "mokejimo korteles numeris",
                "kredito kortele",
                "kredito korteles numeris",
                "debeto kortele",
                "banko kortele",
            ),
            # Residence and work permits.
            "visa": (
                "leidimas gyventi",
                "leidimas dirbti",
            ),
            # A profile photo (profilio nuotrauka).
            "photo": ("profilio nuotrauka", "nuotrauka"),
            # A credit rating (kreditingumo reitingas).
            "credit score": ("kreditingumo reitingas", "kreditingumas"),
        },
    ),
    # Latvian: the qualifier comes first, as in Lithuanian (`personas kods`).
    Language(
        "lv",
        False,
        {
            # Given name, surname, full and user names.
            "name": (
                "vards",
                "uzvards",
                "vards uzvards",
                "pilns vards",
                "lietotajvards",
                # A card's or an account's holder, given name and surname.
                *("kartes turetajs", "konta turetajs", "vards un uzvards"),
            ),
            # E-mail.
            "email": (
                "e pasts",
                "epasts",
                "e pasta adrese",
                # E-mail address written run together.
                "epasta adrese",
            ),
            # Phone numbers.
            "phone": (
                "talrunis",
                "talruna numurs",
                "telefona numurs",
                "mobilais talrunis",
                # Phone and mobile.
                *("telefons", "mobilais telefons"),
            ),
            # Addresses and the declared residence.
            "address": (
                "adrese",
                "dzivesvieta",
                "dzivesvietas adrese",
                "piegades adrese",
                # A flat's number.
                "dzivokla numurs",
            ),
            # Street.
            "street": (
                "iela",
                # A house number.
                "majas numurs",
            ),
            # City, place of birth.
            "city": (
                "pilseta",
                "dzimsanas vieta",
            ),
            # Postcode.
            "zipcode": ("pasta indekss",),
            # Birth date.
            "birthdate": (
                "dzimsanas datums",
                "dzimsanas diena",
                # Year of birth.
                "dzimsanas gads",
            ),
            # Sex.
            "gender": ("dzimums",),
            # The personal code.
            "national id": (
                "personas kods",
                # An identity card's number.
                *("personas apliecibas numurs", "id kartes numurs"),
            ),
            # A passport's number.
            "passport": ("pases numurs",),
            # A driving licence.
            "license": (
                "vaditaja aplieciba",
                "autovaditaja aplieciba",
                # A number plate.
                *("numurzime", "valsts numurzime"),
            ),
            # A bank account.
            "bank account": (
                "konta numurs",
                "bankas konts",
                # A current account.
                "norekinu konts",
            ),
            # Pay and income.
            "salary": (
                "alga",
                "menesalga",
                "ienakumi",
                # Pay for work.
                "darba samaksa",
            ),
            # Citizenship.
            "citizenship": ("pilsoniba",),
            # Ethnic nationality.
            "ethnicity": ("tautiba",),
            # Medicines.
            "medication": ("medikamenti",),
            # Illness, blood group.
            "condition": (
                "slimiba",
                "asins grupa",
                # Pregnancy, vaccination, sick leave and its sheet.
                *("grutnieciba", "vakcinacija", "darbnespeja", "slimibas lapa"),
                # Health state, medical history.
                *("veselibas stavoklis", "slimibas vesture"),
            ),
            # Disability.
            "disability": ("invaliditate",),
            # A criminal record.
            "criminal record": ("sodamiba",),
            "trade union": (
                # A trade union.
                "arodbiedriba",
            ),
            # A PIN.
            "password": ("pin kods",),
            # Card numbers; payment and credit cards.
            "credit card": (
                "kartes numurs",
                "maksajumu karte",
                "maksajumu kartes numurs",
                "kreditkartes numurs",
            ),
            # Residence and work permits.
            "visa": (
                "uzturesanas atlauja",
                "darba atlauja",
                # A residence permit and its kind (uzturēšanās atļauja).
                "uzturesanas atlaujas veids",
            ),
        },
    ),
    Language(
        "fi",
        False,
        {
            # A credit rating.
            "credit score": ("luottoluokitus", "luottopisteet"),
            "name": (
                "nimi",
                "etunimi",
                "sukunimi",
                "koko nimi",
                "kayttajanimi",
                # A nickname, a maiden name, given names.
                *("lempinimi", "tyttonimi", "etunimet"),
                # A preferred given name; a card's or an account's holder.
                *(
                    "kutsumanimi",
                    "kortinhaltija",
                    "kortin haltija",
                    "tilinomistaja",
                    "tilin omistaja",
                    "tilinhaltija",
                    "tilin haltija",
                ),
                # A person (henkilö), as a key holding who it was.
                "henkilo",
            ),
            "email": (
                "sahkoposti",
                "sahkopostiosoite",
                # E-mail address written with the English word.
                *("email osoite", "sposti"),
            ),
            "phone": (
                "puhelin",
                "puhelinnumero",
                "matkapuhelin",
                "matkapuhelinnumero",
                # Phone numbers written short, a mobile, a mobile subscription's number.
                *(
                    "puh",
                    "puhnro",
                    "puhelinnro",
                    "matkapuhelinnro",
                    "mobiilinumero",
                    "kannykkanumero",
                    "liittymanumero",
                ),
            ),
            "address": (
                "osoite",
                "katuosoite",
                "postiosoite",
                "toimitusosoite",
                "laskutusosoite",
                # Home and street addresses.
                *("kotiosoite", "asuinosoite", "lahiosoite"),
                # A permanent address, address details, a flat's number.
                *("vakituinen osoite", "osoitetiedot", "huoneistonumero"),
            ),
            "street": ("katu",),
            "city": (
                "kaupunki",
                "paikkakunta",
                "kotikunta",
                "postitoimipaikka",
                # Place of birth or residence.
                *("syntymapaikka", "asuinpaikka", "asuinkunta"),
            ),
            "zipcode": (
                "postinumero",
                # A postcode written short.
                "postinro",
            ),
            "birthdate": (
                "syntymaaika",
                "syntymapaiva",
                # Year of birth.
                "syntymavuosi",
                # A birth date written short or in full.
                *("syntymapvm", "syntymapaivamaara"),
            ),
            "gender": ("sukupuoli",),
            "password": (
                "salasana",
                # A PIN; a bank's PIN (tunnusluku).
                *("pin koodi", "pinkoodi", "tunnusluku"),
            ),
            "national id": (
                "henkilotunnus",
                "hetu",
                # The tax number.
                "veronumero",
                # The identity number written short; an identity card's number.
                *("hlotunnus", "henkilokortin numero", "henkilokorttinumero"),
            ),
            "passport": (
                "passinumero",
                # A passport.
                "passi",
                # A passport's number.
                "passin numero",
            ),
            "bank account": (
                "tilinumero",
                # A bank account.
                "pankkitili",
                # An account number written short.
                *("tilinro", "tilin numero"),
            ),
            "salary": (
                "palkka",
                "tulot",
                # Monthly, hourly, gross and net pay; yearly income.
                *("kuukausipalkka", "tuntipalkka", "bruttopalkka", "nettopalkka", "vuositulot"),
                # Gross and net income, earnings, monthly pay, a payslip, salary expectations.
                *(
                    "bruttotulot",
                    "nettotulot",
                    "ansiot",
                    "vuosiansiot",
                    "kuukausitulot",
                    "vuosipalkka",
                    "palkkakuitti",
                    "palkkatoive",
                    "palkkatiedot",
                ),
                # Earned and taxable income, holiday pay, pension income, household income.
                *(
                    "ansiotulot",
                    "palkkatulot",
                    "palkkatulo",
                    "verotettava tulo",
                    "verotettavat tulot",
                    "lomaraha",
                    "lomakorvaus",
                    "elaketulo",
                    "elaketulot",
                    "kotitalouden tulot",
                ),
            ),
            "citizenship": ("kansalaisuus",),
            "license": (
                "rekisterinumero",
                "ajokortti",
                # A vehicle's registration.
                "rekisteritunnus",
                # A driving licence's number, a number plate.
                *("ajokortin numero", "rekisterikilpi", "rekkari"),
                # A hunter's number (metsästäjänumero), the licence of the hunting card.
                "metsastajanumero",
            ),
            "medication": (
                "laake",
                "laakitys",
                # Medicines.
                "laakkeet",
                # A prescription, a medication list.
                *("laakemaarays", "laakelista"),
                # Prescriptions and prescription medicines (not a bare `resepti`: a recipe too).
                *("laakeresepti", "reseptilaake", "reseptilaakkeet"),
            ),
            "diagnosis": (
                "diagnoosi",
                # Diagnoses and their codes.
                *("diagnoosit", "diagnoosikoodi"),
            ),
            "allergy": (
                "allergia",
                # Allergies; a child's special diet (erityisruokavalio).
                *("allergiat", "erityisruokavalio"),
            ),
            "condition": (
                "sairaus",
                # Blood group, pregnancy, symptoms, illnesses.
                *("veriryhma", "raskaus", "raskaana", "oireet", "sairaudet"),
                # Vaccinations.
                *("rokotus", "rokotukset", "rokotustiedot"),
                # Sick leave, sick absence and sickness allowance (Kela).
                *("sairausloma", "sairauspoissaolo", "sairauslomatodistus", "sairauspaivaraha"),
                # Health status, mental health, symptoms, lab results and blood tests.
                *(
                    "terveydentila",
                    "mielenterveys",
                    "oire",
                    "laboratoriotulokset",
                    "laboratoriotulos",
                    "verikoe",
                    "verikokeet",
                ),
                # A pregnancy's week, breastfeeding.
                *("raskausviikko", "imetys"),
                # Health and patient records, medical history, named illnesses, contraception.
                *(
                    "terveystiedot",
                    "potilastiedot",
                    "sairaushistoria",
                    "astma",
                    "epilepsia",
                    "syopa",
                    "masennus",
                    "ehkaisy",
                ),
                # Why someone is off sick (sairauspoissaolon syy).
                "sairauspoissaolo syy",
            ),
            # The old social security number.
            "social security number": (
                "sosiaaliturvatunnus",
                "sotu",
            ),
            # An identity card.
            "identification": (
                "henkilokortti",
                # An insurance policy's number.
                *("vakuutusnumero", "vakuutuskirjan numero"),
            ),
            # A disability.
            "disability": (
                "vammaisuus",
                "vamma",
                # Functional limitations, a wheelchair, hearing and sight impairment; disability allowance and
                # pension.
                *(
                    "toimintarajoite",
                    "liikuntarajoite",
                    "pyoratuoli",
                    "kuulovamma",
                    "nakovamma",
                    "vammaistuki",
                    "tyokyvyttomyys",
                    "tyokyvyttomyyselake",
                    "vammaiskortti",
                ),
            ),
            # The Kela (health insurance) card.
            "health id": (
                "kela kortti",
                # A patient's number.
                *("potilasnumero", "potilastunnus"),
                # Kanta's archive identifier.
                *("kanta arkistotunnus", "arkistotunnus"),
            ),
            # Religion and denomination.
            "religion": (
                "uskonto",
                "uskontokunta",
                # Church tax and membership.
                *("kirkollisvero", "kirkon jasenyys"),
                # A religious community (uskonnollinen yhdyskunta).
                "uskonnollinen yhdyskunta",
            ),
            # Ethnic background.
            "ethnicity": (
                "etninen tausta",
                "etnisyys",
            ),
            # A trade union.
            "trade union": (
                "ammattiliitto",
                "ammattiyhdistys",
                # Union membership and dues.
                *("ammattiliiton jasenyys", "ammattiliittojasenyys", "ammattiliiton jasenmaksu"),
            ),
            # Party affiliation.
            "political opinion": (
                "puoluekanta",
                "puoluejasenyys",
                # A political party (puolue).
                "puolue",
            ),
            # The criminal register.
            "criminal record": (
                "rikosrekisteri",
                # A criminal background, convictions.
                *("rikostausta", "rikostuomio", "rikostuomiot"),
                # An extract from the criminal register.
                "rikosrekisteriote",
            ),
            # Residence and work permits.
            "visa": (
                "oleskelulupa",
                "tyolupa",
                # A residence card, the right to work.
                *("oleskelukortti", "tyoskentelyoikeus"),
            ),
            # Verification, one-time, activation, PUK and door codes.
            "token": ("vahvistuskoodi", "kertakayttokoodi", "kertakayttosalasana", "aktivointikoodi"),
            "secret": (
                "puk koodi",
                "pukkoodi",
                "ovikoodi",
            ),
            # Card numbers; credit, bank and payment cards.
            "credit card": (
                "korttinumero",
                "kortin numero",
                "luottokortti",
                "luottokortin numero",
                "luottokorttinumero",
                "pankkikortti",
                "pankkikortin numero",
                "maksukortti",
                "maksukortin numero",
            ),
            # A procedure (toimenpide).
            "procedure": (
                "toimenpide",
                # A procedure's code (toimenpidekoodi).
                "toimenpidekoodi",
            ),
            # A fingerprint and its template (sormenjälki, sormenjälkimalli).
            "biometric": ("sormenjalki", "sormenjalkimalli"),
            # Sexual orientation (seksuaalinen suuntautuminen).
            "sexual orientation": ("seksuaalinen suuntautuminen",),
            # A serial number (sarjanumero), a weapon's or a device's.
            "serial": ("sarjanumero", "sarjanro"),
            # Coordinates (koordinaatit), as a hunting or a field app sends them.
            "geolocation": ("koordinaatit", "koordinaatti"),
        },
    ),
    Language(
        "hu",
        False,
        {
            "name": (
                "vezeteknev",
                "keresztnev",
                "teljes nev",
                "felhasznalonev",
                # Birth name, mother's name (asked on every form), nickname.
                *("szuletesi nev", "anyja neve", "anyja szuletesi neve", "becenev"),
                # A name, someone's name (`beteg_neve`, the patient's; not a bare `neve`, Italian
                # snow), a buyer's, an account holder.
                *("nev", "beteg neve", "vasarlo nev", "vasarlo neve", "szamlatulajdonos"),
            ),
            "email": ("email cim", "emailcim"),
            "phone": ("telefonszam", "mobilszam"),
            "address": (
                "cim",
                "lakcim",
                "szallitasi cim",
                "szamlazasi cim",
                # Residence and postal addresses.
                *("tartozkodasi hely", "postai cim", "allando lakcim"),
            ),
            "street": ("utca", "hazszam"),
            "city": ("varos", "telepules", "szuletesi hely"),
            "zipcode": ("iranyitoszam",),
            "birthdate": (
                "szuletesi datum",
                "szuletesnap",
                # Birth time as forms ask it, and the year of birth.
                "szuletesi ido",
                "szuletesi ev",
            ),
            "password": ("jelszo",),
            "national id": (
                "szemelyi szam",
                "adoazonosito jel",
                "szemelyi igazolvany szam",
                # Tax numbers.
                *("adoszam", "adoazonosito"),
                # The personal identifier.
                *("szemelyi azonosito", "szemelyazonosito"),
            ),
            "health id": (
                "taj szam",
                # The TAJ number written as one word.
                "tajszam",
                # The TAJ card.
                "taj kartya",
            ),
            "passport": ("utlevel", "utlevelszam"),
            "license": ("jogositvany", "rendszam"),
            "credit card": ("kartyaszam",),
            "bank account": ("bankszamlaszam", "szamlaszam"),
            "salary": (
                "fizetes",
                "jovedelem",
                # Gross and net wages, salary expectations.
                *("brutto ber", "netto ber", "berigeny", "fizetesi igeny"),
                # An hourly wage.
                "oraber",
            ),
            "citizenship": ("allampolgarsag",),
            "religion": (
                "vallas",
                # Denomination and religious affiliation.
                *("felekezet", "vallasi hovatartozas"),
            ),
            # An identity card.
            "identification": ("szemelyi igazolvany",),
            # A diagnosis.
            "diagnosis": (
                "diagnozis",
                # The Hungarian ICD (BNO) code.
                "bno kod",
            ),
            # Medicines.
            "medication": (
                "gyogyszer",
                "gyogyszerek",
            ),
            # Illness, blood group, pregnancy.
            "condition": (
                "betegseg",
                "vercsoport",
                "terhesseg",
                # Vaccination and vaccination status; sick leave and sickness benefit.
                *("oltas", "oltasok", "oltottsag", "keresokeptelenseg", "betegszabadsag", "tappenz"),
                # Illnesses, symptoms, health state, lab findings; pregnant.
                *("betegsegek", "tunetek", "egeszsegi allapot", "leletek", "laborlelet", "terhes"),
                # A patient's complaint, as a medical tent writes it.
                "panasz",
            ),
            # A disability.
            "disability": (
                "fogyatekossag",
                # Changed working capacity, invalidity and its pension, a wheelchair.
                *("megvaltozott munkakepesseg", "rokkantsag", "rokkantsagi nyugdij", "kerekesszek"),
            ),
            # Ethnic nationality.
            "ethnicity": ("nemzetiseg",),
            # A criminal past.
            "criminal record": ("buntetett eloelet",),
            # A trade union.
            "trade union": (
                "szakszervezet",
                "szakszervezeti tagsag",
            ),
            # Party and political views.
            "political opinion": (
                "partallas",
                "politikai nezet",
            ),
            "allergy": (
                # Allergies.
                "allergiak",
            ),
            # Sex (neme).
            "gender": ("neme",),
        },
    ),
    Language(
        "tr",
        False,
        {
            # A credit score, Findeks's (the KKB bureau's).
            "credit score": (
                "kredi notu",
                "kredi skoru",
                "findeks notu",
                "findeks kredi notu",
                "findeks puani",
            ),
            "name": (
                "hesap sahibi",
                "teslim alan",
                "soyad",
                "soyadi",
                "ad",
                "ad soyad",
                "adi soyadi",
                "adi",
                "isim",
                "tam ad",
                "kullanici adi",
                # Maiden, father's and mother's names (on identity forms), a middle name.
                *("kizlik soyadi", "baba adi", "anne adi", "ikinci ad"),
                # Name and surname run together or said with `isim`; Azeri's father's name (ata adi).
                *("adsoyad", "ad soyadi", "adi soyad", "soyisim", "soy isim", "soyismi", "isim soyisim"),
                *("isimsoyisim", "isim soyad", "tam adi", "ata adi"),
            ),
            "email": (
                "eposta",
                "eposta adresi",
                "e-posta adresi",
                # E-mail.
                "e posta",
                # Azeri's e-mail (elektron poct).
                *("elektron poct", "e poct"),
            ),
            "phone": (
                *("telefon numarasi", "cep telefonu", "cep no", "gsm no"),
                # Home, work and mobile phones said short.
                *("ev telefonu", "is telefonu", "cep tel", "ceptel"),
            ),
            "address": (
                "adres",
                "ev adresi",
                "teslimat adresi",
                "fatura adresi",
                "mahalle",
                # Door and flat numbers.
                *("daire no", "kapi no"),
                # The residence address; Azeri's residence, registration and actual address (unvan).
                *("ikamet adresi", "ikametgah", "ikametgah adresi", "semt", "yasayis unvani"),
                *("qeydiyyat unvani", "faktiki unvan"),
            ),
            "street": (
                *("sokak", "cadde"),
                # A street's and an avenue's name (not a person's `adi`); a building's number.
                *("sokak adi", "cadde adi", "bina no"),
            ),
            "city": (
                "sehir",
                "ilce",
                "dogum yeri",
                "il",
                # The province a person lives in (ikamet ili).
                "ikamet ili",
            ),
            "zipcode": ("posta kodu",),
            "birthdate": (
                *("dogum tarihi", "dogum gunu", "dogum yili"),
                # Azeri's date of birth (dogum tarixi).
                "dogum tarixi",
            ),
            "gender": ("cinsiyet",),
            "password": ("sifre", "parola"),
            "national id": (
                "tc kimlik",
                "tc kimlik no",
                "kimlik no",
                "tckn",
                "vergi no",
                "kimlik seri no",
                # A foreigner's identity number, the T.C. number written out.
                *("tc no", "tc kimlik numarasi", "yabanci kimlik no"),
                # The T.C. number said short; the tax identity number (VKN); Azeri's personal identification
                # code (FIN) and identity card.
                *("tcno", "vkn", "fin kod", "fin kodu", "sexsiyyet vesiqesi", "vesiqe nomresi"),
            ),
            "passport": ("pasaport", "pasaport no"),
            "license": (
                "ehliyet",
                "ehliyet no",
                "plaka",
                # A driving licence, a vehicle's plate.
                *("surucu belgesi", "arac plakasi"),
                # A lawyer's bar registration (avukat sicil no).
                "avukat sicil no",
            ),
            "credit card": ("kart numarasi", "kredi karti"),
            "bank account": (
                "hesap numarasi",
                # A bank account.
                "banka hesabi",
            ),
            "salary": (
                "maas",
                "gelir",
                # Monthly income.
                "aylik gelir",
                # Pay with the possessive; net, gross and monthly; Azeri's wage (emek haqqi).
                *("maasi", "net maas", "brut maas", "aylik maas", "emek haqqi"),
                # An hourly wage (saatlik ücret).
                "saatlik ucret",
            ),
            "citizenship": (
                *("uyruk", "vatandaslik"),
                # Nationality and citizenship with the possessive; Azeri's citizenship.
                *("uyrugu", "vatandasligi", "vetendasliq", "vetendasligi"),
            ),
            "medication": (
                "ilac",
                # Medicines.
                "ilaclar",
            ),
            "condition": (
                "hastalik",
                # Blood group, illnesses, pregnancy.
                *("kan grubu", "hastaliklar", "hamile", "hamilelik"),
                # Health status; Azeri's blood group.
                *("saglik durumu", "qan qrupu"),
            ),
            "allergy": (
                "alerji",
                # Allergies.
                "alerjiler",
            ),
            "disability": (
                *("engelli", "engel durumu", "engellilik"),
                # Disability rate; the older word for disabled (ozurlu).
                *("engel orani", "engellilik orani", "ozur durumu", "ozurlu"),
                # A wheelchair (tekerlekli sandalye).
                "tekerlekli sandalye",
            ),
            "token": (
                "otp kodu",
                "dogrulama kodu",
                # A delivery's confirmation code (teslimat kodu).
                "teslimat kodu",
            ),
            "geolocation": ("konum",),
            # An identity card.
            "identification": (
                "nufus cuzdani",
                "kimlik karti",
                # An insured person's number (sigortali numarasi).
                "sigortali numarasi",
            ),
            # The social security (SGK) number.
            "social security number": (
                "sgk no",
                "sgk sicil no",
            ),
            # A diagnosis (not a bare `tani`: Japanese romaji's unit, `gendo_tani`).
            "diagnosis": (
                "teshis",
                "tani kodu",
            ),
            # Religious belief and sect.
            "religion": (
                "dini inanc",
                "mezhep",
            ),
            # Ethnic origin.
            "ethnicity": ("etnik koken",),
            "sexual orientation": ("cinsel yonelim", "cinsel tercih"),
            # Union membership.
            "trade union": (
                "sendika",
                "sendika uyeligi",
            ),
            # Political views, party membership.
            "political opinion": (
                "siyasi gorus",
                "parti uyeligi",
            ),
            # Criminal record.
            "criminal record": (
                "adli sicil",
                "adli sicil kaydi",
                "sabika kaydi",
            ),
            # A protection status (temporary or international protection).
            "visa": (
                "koruma statusu",
                "gecici koruma",
                "uluslararasi koruma",
                # A work permit and its status; a residence permit's number (calisma izni, ikamet izni).
                *("calisma izni", "calisma izni durumu", "ikamet izni", "ikamet izni no"),
                # A residence permit's kind (ikamet izni türü); a visa and its status (vize durumu).
                "ikamet izni turu",
                *("vize", "vize durumu", "vize turu", "vize no"),
            ),
            # A professional driver's SRC certificate.
            "certificate": ("src belgesi", "src belgesi no"),
            # An advertising id (reklam kimliği).
            "advertising id": ("reklam kimligi",),
            # A profile photo (profil fotoğrafi).
            "photo": ("profil fotografi",),
            # A fingerprint template (parmak izi şablonu).
            "biometric": ("parmak izi", "parmak izi sablonu"),
            # Race (irk).
            "race": ("irk",),
            # A patient's file number (hasta dosya no).
            "health id": ("hasta dosya no", "hasta dosya numarasi"),
            # A veteran's status (gazi durumu).
            "veteran": ("gazi durumu", "gazi"),
            # An API key (API anahtari).
            "secret": ("api anahtari",),
            # An operation's details (ameliyat bilgisi).
            "procedure": ("ameliyat", "ameliyat bilgisi"),
        },
    ),
    Language(
        "ja",
        False,
        {
            "salary": (
                "nenshu",
                "年収",
                "shotoku",
                # Pay and income in Hepburn and kunrei romaji: salary, monthly and household income.
                *("nenshuu", "kyuyo", "kyuuyo", "kyuryo", "kyuuryou", "gesshu", "gesshuu", "setai nenshu"),
                # An hourly wage.
                *("時給", "jikyu", "jikyuu", "時間給"),
                # Base pay (基本給, kihonkyū).
                *("kihon kyu", "kihonkyu"),
                # Take-home pay and overtime pay (tedori gaku, zangyō teate).
                *("tedori gaku", "tedori", "zangyo teate"),
            ),
            "name": (
                "sei",
                "mei",
                "seimei",
                "koza meigi",
                "口座名義",
                "namae",
                "shimei",
                "furigana",
                "myoji",
                "sei kana",
                "mei kana",
                "shimei kana",
                # Kunrei spellings, honorific `onamae`, the name an account is held in.
                *("simei", "onamae", "myouji", "shimei kanji", "kouza meigi", "meiginin", "kouza meiginin"),
                # Family and given names in kanji, kana and Roman letters; the real name, the recipient's,
                # the orderer's and the account holder's name.
                *("sei kanji", "mei kanji", "seikana", "meikana", "sei romaji", "mei romaji"),
                *("shimei romaji", "shimei eiji", "honmyo", "honmyou", "uketorinin", "uketorinin mei"),
                *("chumonsha mei", "meigi"),
            ),
            "email": (
                *("meeru", "meeru adoresu", "meruado", "meado", "meeruadoresu"),
                # `メールアドレス` as romaji spells it.
                *("mail adoresu", "meru adoresu", "denshi meeru"),
            ),
            "phone": (
                "denwa",
                "denwa bango",
                "denwa bangou",
                "denwabango",
                "keitai bango",
                "keitai bangou",
                "keitai",
                # Mobile and home numbers; `renrakusaki` is where to reach the person.
                *("keitai denwa", "keitai denwa bango", "jitaku denwa", "renrakusaki"),
                # A fax number.
                *("fakkusu bango", "fakusu bango"),
            ),
            # Kunrei (`jyusyo`) as often as Hepburn; the lot number and the building's name.
            "address": (
                *("jusho", "juusho", "jusyo", "jyusyo", "jyusho", "juusyo", "banchi", "tatemono mei"),
                # The honorific `gojusho`, a room number, the family register's domicile (honseki), where
                # one lives (kyojuchi).
                *("gojusho", "heya bango", "heya bangou", "honseki", "honsekichi", "kyojuchi"),
            ),
            # The municipality (`todofuken`, the prefecture, is a region: not here).
            "city": (
                *("shikuchoson", "sikutyouson", "shichoson"),
                # The municipality in Hepburn with long vowels.
                "shikuchouson",
            ),
            "zipcode": ("yubin bango", "yubinbango", "yuubin bangou", "yubin bangou", "yuubin bango"),
            "birthdate": (
                *("seinengappi", "tanjobi", "tanjoubi", "tanjyoubi", "seinengapi"),
                # The birth date in two words and in kunrei.
                *("seinen gappi", "tanjyobi"),
            ),
            "gender": (
                *("seibetsu", "seibetu"),
                # Column names of Japanese databases: the sex as a category code (区分, `SEIBETSU_KBN`,
                # `SEX_KBN`), whose values are the datum.
                *("seibetsu kbn", "seibetsu kubun", "seibetsu code", "seibetu kbn"),
            ),
            "password": (
                "pasuwado",
                "pasuwaado",
                "ansho bango",
                "anshou bangou",
            ),
            "national id": (
                "mynumber",
                "my number",
                "kojin bango",
                "mai nanba",
                # My Number spelt run together; the residence card's number.
                *("mainanba", "zairyu card", "zairyu kado", "zairyuu kaado"),
                # My Number as katakana romanises it, the My Number card; the resident register's code.
                *("mai namba", "mainamba", "mai nambaa", "my number card", "mynumber card"),
                *("mai nanba kado", "juminhyo kodo", "juminhyo code", "zairyu card bango"),
                # Japan's My Number written in katakana's romanisation (mai nanbā).
                "mai nanbaa",
            ),
            # Status of residence and its expiry on the residence card.
            "visa": (
                "zairyu shikaku",
                "zairyuu shikaku",
                "zairyu kigen",
                # Work restrictions and a period of stay's end (shūrō seigen, zairyū kikan).
                *("shuro seigen", "shuro seigen umu", "zairyu kikan", "zairyu kikan manryobi"),
            ),
            "passport": (
                *("ryoken bango", "pasupoto bango"),
                # The passport (ryoken) and its number in katakana romaji.
                *("ryoken", "pasupooto bango", "pasupoto"),
            ),
            "license": (
                *("unten menkyo", "nanba pureto", "menkyosho bango"),
                # A driving licence and its number.
                *("menkyo bango", "menkyosho", "unten menkyosho"),
                # A lawyer's and a physician's registration numbers; a vehicle's number.
                *("bengoshi toroku bango", "ishi menkyo toroku bango", "ishi menkyo", "sharyo bango"),
            ),
            "health id": (
                *("hokensho bango", "hokensho"),
                # Patient, chart and consultation-card numbers; the insurance card in kunrei.
                *("hokenshou bangou", "hokenshou", "kanja bango", "kanja bangou", "karute bango"),
                "shinsatsuken bango",
                # The insured person's symbol on a health card (記号): with its number, the card's id.
                *("hihokensha kigo", "hokensho kigo", "hokensho kigo bango"),
                # A patient's id (kanja ID).
                "kanja id",
                # The late-stage elderly insurance number (後期高齢者被保険者番号).
                *("koki koreisha bango", "kouki koureisha bangou", "koki koreisha hihokensha bango"),
            ),
            # The insured person's number on a health or care insurance card (an insurer's member
            # number: `identification`).
            "identification": ("hihokensha bango", "hihokenshasho bango"),
            "bank account": (
                *("koza bango", "kouza bangou", "kouza bango"),
                # The passbook's number (Japan Post Bank) and a bank account.
                *("tsucho bango", "tsuuchou bangou", "ginko koza", "ginkou kouza"),
                # A Japan Post Bank symbol and number (yūcho kigō bangō).
                "yucho kigo bango",
            ),
            "citizenship": ("kokuseki",),
            "religion": ("shukyo", "shuukyou"),
            # Medical history, chronic illness, blood type; medicines taken; allergies; diagnoses.
            "condition": (
                *("kioureki", "kioreki", "jibyo", "jibyou", "ketsuekigata", "ninchisho"),
                # Medical history (byoreki) and pregnancy.
                *("byoreki", "byoureki", "ninshin", "ninshinchu"),
                # A questionnaire's symptoms (monshin shōjō).
                *("monshin shojo", "monshin"),
                # A dementia's level of independence (認知症高齢者の日常生活自立度).
                *("ninchisho jiritsudo", "ninchishou jiritsudo", "ninchisho koreisha jiritsudo"),
            ),
            "medication": (
                *("fukuyaku", "fukuyouyaku"),
                # Medication given, a prescription (処方箋).
                *("toyaku", "shohosen", "shohousen"),
                # The medicine notebook (お薬手帳).
                *("okusuri techo", "okusuri techou"),
                # Medicines being taken and prescribed (fukuyōchū no kusuri, shohōyaku).
                *("fukuyochu no kusuri", "fukuyochu", "shohoyaku"),
            ),
            "allergy": ("arerugi", "arerugii"),
            "diagnosis": ("byomei", "byoumei", "shindanmei"),
            # Long-term care need level (要介護度) and the disability handbook.
            "disability": (
                *("yokaigodo", "youkaigodo", "kaigodo", "shogaisha techo", "shougaisha techou"),
                # The disability grade (not a bare `shogai`, also an obstacle or a fault).
                *("shogai tokyu", "shougai toukyuu", "shogaisha"),
                # The disability's category and the support level for disability services (障害支援区分).
                *("shogai kubun", "shougai kubun", "shogai shien kubun", "shougai shien kubun"),
                # Special needs support and its category (tokubetsu shien kubun, 特別支援).
                *("tokubetsu shien", "tokubetsu shien kubun"),
            ),
            # The town and its chome (町名, 丁目).
            "street": ("chomei", "choume", "chome banchi"),
            # A credit card and its number.
            "credit card": (
                "kurejitto kado",
                "kurejitto kado bango",
                "kurejitto kaado bango",
                # A card's number (kādo bangō).
                "kado bango",
            ),
            # Basic pension numbers (not `koyo hoken`: `hoken` would split `hokensha`, an insurer).
            "social security number": ("kiso nenkin bango", "nenkin bango", "nenkin bangou"),
            # A certificate's number.
            "certificate": (
                "合格証書番号",
                # A qualification certificate's number (shikaku shōmeisho bangō).
                *("shikaku shomeisho bango", "shikaku shomeisho"),
            ),
            # A vehicle's chassis number.
            "serial": (
                "車台番号",
                "shadai bango",
                "shadai bangou",
                # A SIM card's and a device's manufacturing numbers (seizō bangō).
                *("sim kado seizo bango", "tanmatsu seizo bango"),
            ),
            # A credit score (shin'yō sukoa).
            "credit score": ("shinyo sukoa",),
            # Fingerprint feature data (shimon tokuchō).
            "biometric": ("shimon tokucho data", "shimon tokucho", "shimon"),
            # A party one supports (shiji seitō).
            "political opinion": ("shiji seito",),
            # Sexual orientation (seiteki shikō).
            "sexual orientation": ("seiteki shiko",),
            # An authentication code (ninshō kōdo).
            "token": ("ninsho kodo",),
            # An advertising identifier (kōkoku shikibetsushi).
            "advertising id": ("kokoku shikibetsushi",),
            # A photo of the face (kao shashin).
            "photo": ("kao shashin",),
            # Race (jinshu).
            "race": ("jinshu",),
            # A criminal record (hanzai reki).
            "criminal record": ("hanzai reki", "hanzaireki"),
            # The current position's latitude and longitude (genzaichi ido, keido).
            "geolocation": ("genzaichi ido", "genzaichi keido", "genzaichi"),
        },
    ),
    Language(
        "es",
        True,
        {
            # A credit score and its bureaus: Colombia's DataCrédito and CIFIN, Argentina's Veraz and
            # Nosis, Peru's Infocorp, Mexico's Círculo de Crédito (Buró de Crédito is in English's).
            "credit score": (
                *("puntaje crediticio", "puntaje credito", "puntuacion crediticia", "puntuacion credito"),
                *("calificacion crediticia", "puntaje datacredito"),
                *(
                    "datacredito",
                    "puntaje cifin",
                    "puntaje veraz",
                ),
                "puntaje circulo credito",
                "historial crediticio",
                # A credit rating (calificación SBS) and a bureau score (puntaje buró).
                *("calificacion sbs", "puntaje buro"),
                # A debtor's situation in Argentina's central bank register (situación BCRA).
                "situacion bcra",
            ),
            "name": (
                "nombre",
                "apellido",
                "apellidos",
                "primer apellido",
                "segundo apellido",
                "nombre completo",
                "nombres",
                "nombre usuario",
                "nombre y apellido",
                "nombre y apellidos",
                "titular cuenta",
                "titular tarjeta",
                "titular",
                # Middle name; given name.
                *("segundo nombre", "nombre pila"),
                # Nickname (Latin America).
                *("apodo", "sobrenombre"),
                # Mexico's paternal and maternal surnames, as forms key them alone or short (`paterno`,
                # `ap_materno`); a married woman's surname; a contract's or an account's co-holder.
                *("apellido paterno", "apellido materno", "paterno", "materno", "ap paterno", "ap materno"),
                *("apellido casada", "cotitular", "ap pat", "ap mat", "ape paterno", "ape materno"),
                *PARTIES_ES,
            ),
            "email": (
                "correo",
                "correo electronico",
                "email personal",
                # A person's other, work and institutional (a university's, a public body's) addresses.
                *("email alternativo", "email secundario", "email laboral", "email trabajo"),
                *("email institucional", "email corporativo"),
            ),
            "phone": (
                "numero linea",
                "telefono",
                "telefono movil",
                "movil",
                "celular",
                "numero celular",
                "whatsapp",
                # A phone number as Mexican forms write it.
                "numero telefonico",
                # A phone written short, as keys abbreviate it (`tel_cel`, `tel_fijo`, `num_cel`): mobile,
                # landline, home, work and private numbers; a number to port to a new carrier.
                *("tel cel", "tel celular", "tel fijo", "tel casa", "tel particular", "tel domicilio"),
                *("tel trabajo", "tel oficina", "cel", "numero cel", "numero a portar", "numero portar"),
            ),
            "address": (
                "direccion",
                "domicilio",
                "direccion envio",
                "direccion facturacion",
                "colonia",
                # A housing estate or subdivision (Peru, Venezuela; Mexico's fraccionamiento), the
                # directions a courier is given, a person's tax domicile.
                *("urbanizacion", "fraccionamiento", "referencia domicilio", "referencias domicilio"),
                "punto referencia",
                "domicilio fiscal",
                # Mexico's cross streets; the address written short (`dir_envio`; not a bare `dir`: a
                # directory or a sort direction).
                *("entre calles", "dir envio", "dir entrega", "dir facturacion", "dir domicilio"),
                *("dir residencia", "dir particular"),
                # A flat's floor and door (piso, depto, puerta).
                *("piso depto", "piso puerta", "piso y puerta"),
            ),
            "street": (
                "calle",
                "numero exterior",
                "numero interior",
                # Mexico's exterior and interior numbers written short (`num_ext`, `no_int`).
                *("numero ext", "numero int"),
            ),
            "city": (
                "ciudad",
                "localidad",
                "municipio",
                "lugar nacimiento",
                # The place of birth written short.
                "lugar nac",
                "comuna",
                # Mexico City's boroughs; Colombia's and Panama's rural districts; a village.
                *("alcaldia", "corregimiento", "aldea"),
            ),
            "zipcode": (
                "codigo postal",
                # The postcode written short (`cod_postal`; not a bare `cp`, which English keys
                # use for other things).
                "cod postal",
            ),
            "birthdate": (
                "fecha nacimiento",
                "cumpleanos",
                # Birth date written short.
                "fecha nac",
                # Year, day and month of birth (`anio`: año without the ñ); written short. (Not a bare
                # `nacimiento`: `pais_nacimiento` would read as a birth date.)
                *("anio nacimiento", "ano nacimiento", "dia nacimiento", "mes nacimiento"),
                *("fec nac", "fec nacimiento"),
                *("fecnac", "f nacimiento", "f nac", "fch nac", "fch nacimiento"),
                # A birth date, abbreviated (dt_nacimiento).
                "dt nacimiento",
            ),
            "gender": ("genero",),
            "sex": ("sexo",),
            "password": (
                "contrasena",
                "clave",
                # A card's PIN (PIN de la tarjeta).
                "pin tarjeta",
            ),
            "national id": (
                "documento",
                "clave de elector",
                "clave elector",
                "documento identidad",
                "numero documento",
                "nro documento",
                "dni",
                "nie",
                "nif",
                "cedula",
                "cedula identidad",
                "curp",
                "rfc",
                "rut",
                "cuit",
                "cuil",
                # Chile's and Bolivia's identity card, Peru's and Ecuador's taxpayer number.
                *("carnet identidad", "numero identificacion fiscal", "ruc"),
                # Mexico's voter card (INE, credencial para votar); Colombia's citizenship card, identity
                # card for minors, civil registry number (NUIP) and taxpayer number (NIT); Peru's
                # foreigners' card; Costa Rica's foreigners' id (DIMEX); Mexico's consular id card;
                # Chile's RUT and RUN spelled out; Argentina's and Peru's DNI spelled out.
                *("ine", "credencial elector", "credencial votar", "credencial ine"),
                *("cedula ciudadania", "tarjeta identidad", "nuip", "nit"),
                *("carnet extranjeria", "carne extranjeria", "dimex", "matricula consular"),
                *("rol unico tributario", "rol unico nacional", "documento nacional identidad"),
                "clave unica registro poblacion",
                # An identity number as Colombia's, Peru's and Central America's forms name it, and the
                # document written short (`nro_doc`, `num_doc`; `tipo_doc` is only its kind); Colombia's
                # foreigners' id; Spain's foreigners' identity card (TIE).
                *("identificacion", "numero identificacion", "documento identificacion", "doc identidad"),
                *("numero doc", "cedula extranjeria", "tarjeta identidad extranjero", "numero tie"),
            ),
            "social security number": (
                "numero seguridad social",
                "nss",
                # Mexico's IMSS and ISSSTE numbers; social security spelled out.
                *("numero imss", "numero issste", "numero seguro social", "seguro social"),
                # Spain's social security number (NUSS) and affiliation number.
                *("nuss", "numero afiliacion seguridad social"),
                # Mexico's IMSS affiliation number.
                *("afiliacion imss", "nss imss"),
                # Peru's private pension number (CUSPP).
                "cuspp",
            ),
            "passport": ("pasaporte", "numero pasaporte"),
            "license": (
                "numero colegiado",
                "colegiado",
                "licencia conducir",
                "carnet conducir",
                "matricula",
                "placa",
                "licencia",
                # Spain's driving permit.
                "permiso conducir",
                # Peru's driving licence (brevete).
                "brevete",
                # Mexico's professional licence (cédula profesional; a bare `cedula` is an identity card).
                "cedula profesional",
                # A professional card (tarjeta profesional).
                "tarjeta profesional",
            ),
            "credit card": ("numero tarjeta", "tarjeta credito", "tarjeta debito"),
            "bank account": (
                "cuenta bancaria",
                "numero cuenta",
                "clabe",
                "cbu",
                "cuenta ahorros",
                "cuenta corriente",
                # Argentina's virtual account (CVU) and its alias; Peru's interbank code (CCI); Chile's
                # demand account; wallets keyed to a phone (Yape, Plin, Nequi, Daviplata).
                *("cvu", "alias cvu", "cci", "cuenta interbancaria", "codigo cuenta interbancario"),
                *("cuenta vista", "numero yape", "numero plin", "numero nequi", "numero daviplata"),
                # The account a salary is paid into; Spain's former account code (CCC) spelled out.
                *("cuenta nomina", "codigo cuenta cliente"),
                # The account winnings or a balance are paid out to (betting, lotteries, wallets); a direct
                # debit's account (utilities, insurance).
                *("cuenta retiro", "cuenta deposito", "cuenta domiciliacion", "domiciliacion bancaria"),
                # Chile's CuentaRUT, a bank account numbered by its holder's RUT.
                "cuenta rut",
            ),
            "salary": (
                "salario",
                "sueldo",
                "ingresos",
                "ingreso mensual",
                # Pay, household, net, gross and yearly income; a candidate's expected pay; Chile's net
                # taxable income; Mexico's integrated daily wage.
                *("remuneracion", "ingreso familiar", "ingreso hogar", "ingreso neto", "ingreso bruto"),
                *("ingreso anual", "pretension salarial", "expectativa salarial", "aspiracion salarial"),
                *("renta liquida", "salario diario integrado"),
                # Pay, the social security contribution base, employment income.
                *("retribucion", "base cotizacion", "rendimientos trabajo"),
                # A payslip's net pay and gross earnings (Spain).
                *("liquido a percibir", "liquido percibir"),
                # A year-end bonus (aguinaldo) and a performance bonus.
                *("aguinaldo", "bono desempeno"),
            ),
            "citizenship": ("nacionalidad", "ciudadano", "ciudadania"),
            "religion": (
                "religion",
                # Religious beliefs.
                *("creencias religiosas", "confesion religiosa"),
                # Creed, religious affiliation and denomination.
                *("credo", "afiliacion religiosa", "denominacion religiosa"),
                # A religious belief.
                "creencia religiosa",
            ),
            "disability": (
                "discapacidad",
                # Disability.
                *("minusvalia", "grado discapacidad"),
                # A disabled person; Ecuador's and Peru's disability registry cards (CONADIS).
                *("discapacitado", "discapacitada", "persona con discapacidad", "carnet conadis"),
                # A disability certificate, reduced mobility, a wheelchair, permanent incapacity and
                # invalidity, a degree of dependency.
                *(
                    "certificado discapacidad",
                    "movilidad reducida",
                    "silla ruedas",
                    "incapacidad permanente",
                    "invalidez",
                    "pension invalidez",
                    "grado dependencia",
                ),
                # Special educational needs; Argentina's disability certificate (CUD) spelled out; a
                # disability card (Mexico, Spain).
                *("necesidades educativas especiales", "certificado unico discapacidad"),
                *("carnet discapacidad", "credencial discapacidad"),
            ),
            "diagnosis": (
                "diagnostico",
                # ICD codes (CIE-10, CIE-11 in Spanish).
                *("cie10", "cie 10", "cie11", "cie 11", "codigo cie"),
                # A diagnosis code.
                "codigo diagnostico",
            ),
            "medication": (
                "medicamento",
                "medicamentos",
                "medicacion actual",
                "receta",
                "numero de receta",
                # Medication, drugs, a doctor's prescription.
                *("medicacion", "farmaco", "farmacos", "receta medica"),
                # An electronic prescription, dosage.
                *("receta electronica", "posologia"),
            ),
            "allergy": (
                "alergia",
                "alergias",
                # Food intolerances.
                *("intolerancia", "intolerancias"),
                # Allergic (to).
                *("alergico", "alergica"),
            ),
            "condition": (
                # The part of the body an injury is to (parte del cuerpo).
                *("parte cuerpo", "parte del cuerpo", "parte del cuerpo afectada", "parte cuerpo afectada"),
                *("enfermedad", "enfermedades", "padecimiento", "motivo consulta", "queja principal"),
                *("embarazada", "fumador", "fumadora"),
                # A pregnancy's or a newborn's danger signs.
                "signos peligro",
                # Blood group, pregnancy, medical history.
                *("grupo sanguineo", "tipo sangre", "embarazo", "antecedentes medicos", "historial medico"),
                # A medical condition; personal and family medical history (Mexico's heredofamiliares);
                # HIV, smoking.
                *("condicion medica", "condicion salud", "antecedentes patologicos"),
                *("antecedentes heredofamiliares", "vih", "tabaquismo"),
                # Vaccination and its status.
                *("vacunacion", "vacunaciones", "estado vacunacion", "esquema vacunacion"),
                # Sick leave and temporary incapacity for work.
                *("baja medica", "baja laboral", "incapacidad temporal", "incapacidad laboral", "parte baja"),
                # Lab and blood tests, health status, family history, mental health (not `analitica`:
                # analytics too).
                *(
                    "resultados laboratorio",
                    "analisis sangre",
                    "analisis clinicos",
                    "estado salud",
                    "antecedentes familiares",
                    "salud mental",
                ),
                # A medical report; an injury report and the after-effects of injuries (insurance claims).
                *("informe medico", "parte medico", "parte lesiones", "secuelas"),
                # Weeks of pregnancy, breastfeeding; alcohol and tobacco use.
                *(
                    "semanas embarazo",
                    "semanas gestacion",
                    "lactancia",
                    "lactancia materna",
                    "consumo alcohol",
                    "consumo tabaco",
                ),
                # The trimester of a pregnancy (not a bare `trimestre`: a fiscal quarter).
                *("trimestre gestacional", "trimestre embarazo"),
            ),
            "health id": (
                "tarjeta sanitaria",
                "numero afiliacion",
                # A clinical record's number.
                "numero historia clinica",
                # A clinical record's and file's number (Mexico's expediente, Chile's ficha clínica).
                *("historia clinica", "expediente clinico", "numero expediente clinico", "ficha clinica"),
                # Spain's individual health card and its personal code (CIP).
                *(
                    "tarjeta sanitaria individual",
                    "codigo cip",
                    "cip sanitario",
                    "codigo identificacion personal",
                ),
                # Spain's health card codes (CIP SNS, TSI).
                *("cip sns", "codigo tsi"),
            ),
            "procedure": (
                "tratamiento",
                # Surgery and medical procedures.
                *("cirugia", "cirugias", "intervencion quirurgica", "procedimiento medico"),
                # Vaccines given (vacunas aplicadas).
                *("vacunas aplicadas", "vacunas"),
            ),
            "serial": (
                "numero serie",
                "numero chasis",
                # A vehicle's engine number.
                "numero motor",
                # A vehicle's chassis number.
                *("numero bastidor", "bastidor"),
            ),
            "identification": (
                "poliza",
                "numero poliza",
                # An Argentine health insurer's (obra social) member card and number; Peru's insured
                # person's code.
                *(
                    "credencial obra social",
                    "numero obra social",
                    "carnet obra social",
                    "afiliado obra social",
                ),
                *("numero asegurado", "codigo asegurado"),
            ),
            # Ethnic origin.
            "ethnicity": (
                "etnia",
                "origen etnico",
                # Ethnic group and self-identification as census and forms ask it (Colombia, Ecuador, Peru,
                # Mexico); indigenous and Afro-descendant identity.
                *(
                    "grupo etnico",
                    "pertenencia etnica",
                    "autoidentificacion etnica",
                    "autorreconocimiento etnico",
                ),
                *("autoadscripcion indigena", "autoadscripcion afromexicana", "pueblo indigena", "indigena"),
                *("afrodescendiente", "raza etnia"),
            ),
            # Union membership.
            "trade union": (
                "afiliacion sindical",
                "afiliado sindicato",
                # Union dues, union members, Colombia's union protection (fuero sindical).
                *("cuota sindical", "cuotas sindicales", "miembro sindicato", "fuero sindical"),
                # A union member (female).
                "sindicalizada",
            ),
            # Political affiliation and views.
            "political opinion": (
                "afiliacion politica",
                "partido politico",
                "ideologia politica",
                "opinion politica",
                # Party membership.
                "militancia politica",
                # A political affiliation.
                "filiacion politica",
                # A party one supports (partido simpatizante).
                *("partido simpatizante", "simpatizante"),
                # Party affiliation and political preference.
                *("afiliacion partidaria", "preferencia politica"),
            ),
            # Criminal and police records.
            "criminal record": (
                "antecedentes penales",
                "antecedentes policiales",
                "antecedentes judiciales",
                # A certificate of criminal record (Chile, Colombia, Argentina, Peru).
                "certificado antecedentes penales",
                # Convictions; Spain's central register of convicted persons.
                *("condena", "condenas", "registro central penados"),
                # Criminal records as other forms name them; Mexico's certificate of no criminal record
                # (`carta_no_antecedentes_penales`); Peru's judicial record certificate.
                *("antecedentes delictivos", "constancia antecedentes penales", "carta antecedentes penales"),
                *("carta no antecedentes penales", "tiene antecedentes penales", "certificado judicial"),
                # Restraining and protection orders; parole.
                *("orden alejamiento", "orden proteccion", "libertad condicional"),
                # A criminal-record certificate (certificado de antecedentes).
                "certificado antecedentes",
                # Court cases and a precautionary measure (causas judiciales, medida cautelar).
                *("causas judiciales", "medida cautelar"),
            ),
            # Sexual orientation.
            "sexual orientation": (
                "orientacion sexual",
                # Sexual preference (Mexico's forms).
                "preferencia sexual",
            ),
            # Verification, activation and one-time codes; Chile's banks' dynamic key.
            "token": (
                "codigo verificacion",
                "codigo activacion",
                "codigo seguridad",
                "clave dinamica",
                # An access, a session's or a card's token (token de acceso).
                *("token acceso", "token sesion", "token tarjeta"),
            ),
            # Images of an identity document's sides and of the face (identity checks: betting, lending,
            # wallets).
            "photo": (
                *("foto dni", "foto documento", "foto cedula", "foto ine", "imagen dni", "imagen documento"),
                *("dni frontal", "dni reverso", "dni anverso", "documento frontal", "documento reverso"),
                "foto rostro",
                # A photograph and a verification selfie.
                *("fotografia", "selfie verificacion"),
            ),
            # Racial origin (not a bare `raza`: as often a pet's breed).
            "race": (
                "origen racial",
                # Skin colour (color de piel).
                "color piel",
            ),
            # Residence permits.
            "visa": (
                "permiso residencia",
                "tarjeta residencia",
                # Immigration status; temporary and permanent residence; a resident's card (Mexico);
                # Colombia's temporary protection permit; a work permit; Mexico's immigration form.
                *("estatus migratorio", "condicion migratoria", "calidad migratoria", "situacion migratoria"),
                *("residencia temporal", "residencia permanente", "tarjeta residente"),
                *("permiso proteccion temporal", "permiso trabajo", "forma migratoria"),
                # Spain's visa (visado) and its number and kind; Chile's and others' temporary, residence
                # and work visas; refugee status and asylum applications; Spain's international
                # protection; residence and work authorisations; Colombia's PPT number.
                *("visado", "numero visado", "tipo visado", "visa temporaria", "visa temporal", "numero ppt"),
                *("visa residencia", "visa trabajo", "refugiado", "refugiada", "condicion refugiado"),
                *("estatus refugiado", "solicitante asilo", "solicitud asilo", "asilo politico"),
                *("proteccion internacional", "autorizacion residencia", "autorizacion trabajo"),
                # A person's immigration or residence status (situación administrativa, de residencia).
                *("situacion administrativa", "situacion residencia", "situacion de residencia"),
                # Colombia's PEP and PPT permits for Venezuelans, Mexico's FMM.
                *("permiso especial permanencia", "ppt numero", "fmm numero"),
            ),
            # A veteran's status (Argentina's Malvinas veterans).
            "veteran": (
                "condicion veterano",
                "veterano",
                # A former combatant's status (excombatiente).
                *("excombatiente", "condicion excombatiente"),
            ),
            # A portal's or a gate's access code.
            "secret": (
                "codigo acceso",
                "codigo acceso portal",
                # A secret question's answer (respuesta a la pregunta secreta); a client secret; an
                # API key (llave API).
                *("pregunta secreta", "respuesta pregunta secreta", "secreto cliente", "llave api"),
            ),
            # Death, marriage and birth certificates; a professional title.
            "certificate": (
                "certificado defuncion",
                "acta matrimonio",
                "acta nacimiento",
                "nro acta nacimiento",
                "titulo profesional",
                # An e-signature certificate's number (e.firma).
                *("certificado efirma", "numero certificado efirma", "efirma"),
            ),
            # An advertising id (ID de publicidad) and a device's IDFA.
            "advertising id": ("id publicidad", "idfa dispositivo"),
            # A fingerprint, an iris pattern, a face template (huella digital, patrón de iris,
            # plantilla facial).
            "biometric": (
                "huella digital",
                "patron iris",
                "plantilla facial",
                # A fingerprint template and a face vector.
                *("template digital", "vector facial"),
            ),
        },
    ),
    # Catalan (Catalonia, Valencia, the Balearics, Andorra): where it differs from Spanish. A
    # patient's CatSalut personal code (CIP, `usuari_cip`) and health card (targeta sanitària);
    # a degree of dependency (grau de dependència) under Spain's dependency law.
    Language(
        "ca",
        True,
        {
            "name": ("cognom", "cognoms", "primer cognom", "segon cognom", "nom i cognom"),
            "address": ("adreca", "domicili", "adreca completa", "adreca postal"),
            "street": ("carrer",),
            "city": ("poblacio", "municipi", "localitat"),
            "email": ("correu electronic", "adreca electronica"),
            "birthdate": ("data naixement", "data de naixement", "data naix", "lloc i data de naixement"),
            "citizenship": ("nacionalitat",),
            "national id": ("document identitat", "document d identitat"),
            "health id": ("cip", "codi cip", "targeta sanitaria", "tsi", "targeta sanitaria individual"),
            "disability": ("grau dependencia", "grau de dependencia", "grau discapacitat", "discapacitat"),
            "condition": ("malaltia", "malalties", "malaltia cronica", "embaras", "embarassada"),
            "allergy": ("al lergia", "al lergies"),
            "medication": ("medicacio", "medicacio actual"),
            "salary": ("sou", "salari", "sou brut"),
            "bank account": ("compte bancari", "numero compte"),
            "religion": ("religio",),
            "criminal record": ("antecedents penals",),
            "password": ("contrasenya",),
            "secret": ("codi acces", "codi d acces", "codi porta"),
            "geolocation": ("ubicacio", "localitzacio"),
        },
    ),
    Language(
        "pt",
        True,
        {
            # A credit score and Brazil's bureaus (Serasa is in English's): Boa Vista (SCPC), SPC, Quod.
            "credit score": ("pontuacao credito",),
            "name": (
                "nome",
                "nome completo",
                "sobrenome",
                "apelido",
                "nome social",
                "nome usuario",
                "titular conta",
                "nome titular",
                "titular",
                # Mother's and father's names (Brazilian forms), first and last names.
                *("nome mae", "nome pai", "primeiro nome", "ultimo nome"),
                # Parents' names as Brazilian documents print them (filiação); a legal given name.
                *("filiacao", "prenome"),
                # Surnames (Portugal), a middle name, a civil name beside a social one.
                *("apelidos", "nome meio", "segundo nome", "nome civil"),
                *PARTIES_PT,
                # A nickname (alcunha, apelido in Brazil).
                "alcunha",
            ),
            "email": (
                "endereco email",
                # E-mail.
                "correio eletronico",
                # A person's other, work and institutional addresses.
                *("email alternativo", "email secundario", "email trabalho", "email institucional"),
                "email corporativo",
            ),
            "phone": (
                "numero linha",
                "telefone",
                "celular",
                "numero telefone",
                "telemovel",
                "whatsapp",
                # A phone, as Brazilians write it.
                "fone",
                # Mozambique's and Angola's mobile-money wallets are their holder's number (M-Pesa,
                # e-Mola, mKesh, Unitel Money, Afrimoney).
                *("numero mpesa", "numero m pesa", "numero emola", "numero e mola", "numero mkesh"),
                *("numero unitel money", "numero afrimoney", "numero carteira movel"),
                # A phone written short (`tel_cel`, `tel_fixo`, `tel_res`): mobile, landline, home and work
                # numbers; a number ported from another carrier.
                *("tel cel", "tel celular", "tel fixo", "tel residencial", "tel comercial"),
                *("numero portado", "numero portabilidade"),
            ),
            "address": (
                "endereco",
                "morada",
                "endereco entrega",
                "endereco cobranca",
                "endereco residencial",
                "bairro",
                # A Brazilian address's complement (flat, block); a bare `complemento` only under
                # an address (keys.ADDRESS_PARTS: `cliente.complemento` is a customer's note).
                "complemento endereco",
                # A landmark near the home that couriers are given (Brazil).
                "ponto referencia",
                # Mozambique's block within a bairro (quarteirão) and its number; a village.
                *("quarteirao", "numero quarteirao", "aldeia", "povoado"),
                # The address written short (`end_entrega`, `end_residencial`), Portugal's home address.
                *("end entrega", "end residencial", "end cobranca", "morada fiscal", "morada residencia"),
            ),
            "street": (
                "rua",
                "logradouro",
                "numero casa",
                # A door number (Portugal).
                "numero porta",
                # A street's description, eSocial's abbreviation (dscLograd).
                "dsc lograd",
            ),
            "city": (
                "cidade",
                "municipio",
                "localidade",
                "naturalidade",
                "concelho",
                # A Portuguese parish.
                "freguesia",
                # A home town, a place of birth.
                *("cidade natal", "local nascimento"),
            ),
            "zipcode": ("cep", "codigo postal"),
            "birthdate": (
                "data nascimento",
                "aniversario",
                # Birth date written short.
                "data nasc",
                # Year of birth; the date written short (`dt_nascimento`, `dt_nasc`).
                *("ano nascimento", "dt nascimento", "dt nasc"),
                *("dtnasc", "dtnascimento"),
            ),
            "gender": ("genero",),
            "sex": ("sexo",),
            "password": (
                "senha",
                # An app's PIN and a card's password (senha do cartão).
                "senha cartao",
            ),
            "national id": (
                "documento",
                "cpf",
                "rg",
                "numero identidade",
                "cartao cidadao",
                "nif",
                # Brazil's voter title, PIS/PASEP, work card (CTPS), foreigners' ids; Portugal's citizen card.
                *(
                    "titulo eleitor",
                    "pis",
                    "pis pasep",
                    "ctps",
                    "rne",
                    "crnm",
                    "registro geral",
                    "numero cartao cidadao",
                ),
                # Brazil's identity and work cards, the NIS and PASEP (social insurance), a voter title
                # as keys name it, the migration register (RNM), military reservist certificate.
                *("carteira identidade", "cedula identidade", "carteira trabalho", "numero ctps"),
                *("pasep", "numero nis", "titulo eleitoral", "rnm", "certificado reservista"),
                # Lusophone Africa: Angola's and Mozambique's identity card (bilhete de identidade, BI;
                # not a bare `bi`: business intelligence), Mozambique's tax number (NUIT; not a bare
                # `nuit`: French for a night), Cabo Verde's civil identification number, Angola's
                # personal cédula; a birth certificate's number.
                *("bilhete identidade", "numero bilhete identidade", "numero bi", "numero nuit"),
                *("numero unico identificacao tributaria", "numero identificacao tributaria"),
                *("numero identificacao civil", "cedula pessoal", "numero cedula pessoal"),
                *("certidao nascimento", "numero certidao nascimento", "assento nascimento"),
                # Portugal's taxpayer number spelled out.
                *("numero contribuinte", "numero identificacao fiscal"),
                # An identity card alone; the CTPS's series; Brazil's welfare register (CadÚnico), whose
                # number is the holder's NIS.
                *("identidade", "serie ctps", "cadunico", "numero cadunico", "nis cadunico"),
                # An identity card's number (bilhete de identidade, BI).
                "bi numero",
                # Mozambique's tax number (NUIT).
                "nuit",
            ),
            "license": (
                "cnh",
                "carteira motorista",
                "carta conducao",
                "placa",
                "matricula",
                "licenca",
                "renavam",
                # A driving licence (carteira de habilitação; not a bare `habilitacao`: a phone line's
                # activation too).
                *("carteira habilitacao", "numero habilitacao"),
                # A lawyer's registration with Brazil's bar (OAB).
                *("numero oab", "inscricao oab"),
                # A dentist's CRO registration.
                "cro dentista",
                # A lawyer's OAB number.
                "oab numero",
            ),
            "passport": ("passaporte",),
            "credit card": ("numero cartao", "cartao credito", "cartao debito"),
            "bank account": (
                "conta",
                "numero conta",
                "conta bancaria",
                "numero conta",
                "chave pix",
                "pix",
                # Current and savings accounts.
                *("conta corrente", "conta poupanca"),
                # Bank details; a payment or salary account.
                *("dados bancarios", "conta pagamento", "conta salario"),
                # A beneficiary's IBAN, a Pix key, a NIB.
                "iban beneficiario",
                # A random Pix key (chave Pix aleatória).
                "chave pix aleatoria",
            ),
            "salary": (
                "salario",
                "renda",
                "renda mensal",
                "rendimento",
                "rendimento mensal",
                # Pay.
                "remuneracao",
                # A candidate's expected pay, pay and income bands, net and gross pay.
                *("pretensao salarial", "salario pretendido", "faixa salarial", "faixa renda"),
                *("salario liquido", "salario bruto", "renda familiar", "renda bruta"),
                # Portugal's base, net and gross pay (not a bare `vencimento`: a bill's due date in
                # Brazil).
                *("vencimento base", "vencimento liquido", "vencimento iliquido", "ordenado base"),
                # Gross pay (ordenado bruto), a partner's fee (pró-labore), a seller's commission, an INSS
                # benefit's amount, Bolsa Família, a meal voucher's value.
                *(
                    "ordenado bruto",
                    "pro labore",
                    "comissao vendedor",
                    "valor beneficio inss",
                    "bolsa familia",
                    "vl bolsa familia",
                    "vale alimentacao",
                    "vl vale alimentacao",
                ),
                # A thirteenth salary (décimo terceiro).
                *("decimo terceiro", "13o salario"),
            ),
            # Portugal's social security number (NISS); union membership and dues.
            "social security number": (
                "niss",
                # Portugal's social security number spelled out; Angola's and Mozambique's INSS (not a
                # bare `inss`: a Brazilian payslip's deduction).
                "numero seguranca social",
                "numero inss",
                # Brazil's NIS of a household's head.
                *("nis responsavel familiar", "nis responsavel"),
                # A worker's NIS (eSocial's nisTrab).
                *("nis trab", "nis trabalhador"),
            ),
            "trade union": (
                "sindicato",
                "quotizacoes sindicais",
                "quotas sindicais",
                # Union membership and dues (Brazil).
                *("filiacao sindical", "filiado sindicato", "contribuicao sindical", "mensalidade sindical"),
            ),
            "citizenship": (
                "nacionalidade",
                # Citizenship.
                "cidadania",
            ),
            "religion": (
                "religiao",
                # Religious belief.
                "crenca religiosa",
                # Religious affiliation and denomination.
                *("afiliacao religiosa", "denominacao religiosa"),
                # A religious confession (confissão religiosa).
                "confissao religiosa",
            ),
            "disability": (
                "deficiencia",
                "necessidades especiais",
                # A person with a disability (PcD).
                *("pcd", "pessoa com deficiencia"),
                # A disabled person; the kind of disability; a person with special needs.
                *(
                    "deficiente",
                    "pessoa deficiencia",
                    "portador deficiencia",
                    "portador necessidades especiais",
                ),
                # A wheelchair user, reduced mobility, invalidity and its pension, Portugal's disability
                # certificate.
                *(
                    "cadeirante",
                    "mobilidade reduzida",
                    "aposentadoria invalidez",
                    "pensao invalidez",
                    "grau incapacidade",
                    "atestado multiusos",
                ),
                # Special educational needs.
                "necessidades educativas especiais",
                # Special educational needs (necessidades educacionais especiais).
                "necessidades educacionais especiais",
            ),
            "diagnosis": (
                "diagnostico",
                # Diagnoses; a working diagnosis.
                *("diagnosticos", "hipotese diagnostica"),
                # ICD codes as Brazil names them (CID-10; not a bare `cid`: an analytics client id).
                *("cid10", "cid 10", "codigo cid"),
                # A sick note's ICD code (atestado com CID).
                *("atestado cid", "cid atestado"),
                # A medical report's ICD code (laudo com CID).
                *("laudo cid", "laudo medico"),
                # An exam's result (resultado de exame).
                "resultado exame",
                # A main ICD code (CID principal).
                "cid principal",
            ),
            "medication": (
                "receita",
                "numero receita",
                "medicamento",
                "medicamentos",
                # Medication, medicines as people say it (remédios), a prescription.
                *("medicacao", "medicacoes", "remedio", "remedios", "prescricao", "receita medica"),
            ),
            "allergy": ("alergia", "alergias"),
            "condition": (
                "doenca",
                "doencas",
                "queixa principal",
                "motivo consulta",
                # Blood type, pregnancy, medical history, comorbidities.
                *(
                    "tipo sanguineo",
                    "gravidez",
                    "gestante",
                    "historico medico",
                    "comorbidade",
                    "comorbidades",
                ),
                # A health condition; smoking and drinking as clinical forms record them (not a bare
                # `fumante`: a dating profile's lifestyle answer, labelled green).
                *("condicao saude", "condicao medica", "tabagista", "etilista", "diabetico", "diabetica"),
                # HIV status as lusophone Africa's and Brazil's forms write it.
                *("estado serologico", "estado sorologico", "seropositivo", "soropositivo"),
                # Vaccination and its record.
                *("vacinacao", "situacao vacinal", "caderneta vacinacao", "carteira vacinacao"),
                # Sick notes and sick leave (Brazil's atestado, Portugal's baixa), sickness benefit.
                *(
                    "atestado medico",
                    "afastamento medico",
                    "licenca medica",
                    "baixa medica",
                    "auxilio doenca",
                ),
                # Lab results, blood count, health status, mental health.
                *(
                    "exames laboratoriais",
                    "resultados laboratoriais",
                    "hemograma",
                    "estado saude",
                    "saude mental",
                ),
                # Weeks of pregnancy, gestational age, breastfeeding.
                *("semanas gestacao", "idade gestacional", "amamentacao"),
                # A medical report or assessment (Brazil's laudo).
                *("laudo medico", "relatorio medico"),
            ),
            "health id": (
                "cartao sus",
                "numero utente",
                # Brazil's national health card (CNS), Portugal's SNS number.
                *("cns", "cartao nacional saude", "numero sns"),
                # A patient's record number (prontuário); the SUS card's number.
                *("prontuario", "numero prontuario", "numero sus"),
                # Brazil's SUS card written English-wise (`sus_card_number`).
                *("sus card", "sus card number", "numero sus", "numero cartao sus"),
            ),
            "procedure": (
                "tratamento",
                # Surgery and medical procedures.
                *("cirurgia", "cirurgias", "procedimento medico", "procedimento cirurgico"),
                # A procedure performed.
                "procedimento realizado",
                # A TUSS procedure code.
                *("codigo tuss", "cod tuss"),
                # A procedure performed on a patient (procedimento).
                *("procedimento", "procedimentos realizados"),
            ),
            "serial": ("numero serie", "numero chassi", "chassi"),
            # A health plan's card (carteirinha, convênio) is an insurer's member number, like a
            # policy's; SUS's card is the public health system's (`health id`).
            "identification": (
                "apolice",
                "numero apolice",
                "carteirinha",
                "numero carteirinha",
                "cartao convenio",
                # A health plan's card and member number.
                *("carteira plano saude", "numero plano saude", "carteirinha plano"),
                # A voter's card and number (Angola, Mozambique, Cabo Verde).
                *("cartao eleitor", "numero cartao eleitor", "numero eleitor"),
            ),
            # Skin colour and race as Brazil's forms ask it (IBGE's cor/raça; not a bare `cor`: a
            # product's colour), self-declared race; indigenous and quilombola identity.
            "ethnicity": (
                # Ethnic group (Angola, Mozambique).
                "grupo etnico",
                "cor pele",
                "raca etnia",
                "autodeclaracao racial",
                "povo indigena",
                "quilombola",
            ),
            # Verification, activation and security codes.
            "token": (
                "codigo verificacao",
                "codigo ativacao",
                "codigo seguranca",
                # A 2FA code, a session cookie, an access, a card's, a session's and an SMS token.
                *(
                    "codigo 2fa",
                    "cookie sessao",
                    "token acesso",
                    "token cartao",
                    "token sessao",
                ),
                # A video call's token.
                "token videochamada",
            ),
            # Party membership and views.
            "political opinion": (
                "filiacao partidaria",
                "orientacao politica",
                # Political opinion; party membership.
                *("opiniao politica", "filiado partido"),
            ),
            # Images of an identity document's sides and of the face (identity checks).
            "photo": (
                *("foto documento", "foto rg", "foto cnh", "foto rosto", "frente documento"),
                "verso documento",
                # A Brazilian ID-style photo (3x4).
                *("foto 3x4", "foto 3 x 4"),
            ),
            # Criminal records (Brazil, Portugal).
            "criminal record": (
                "antecedentes criminais",
                "registo criminal",
                # A criminal record certificate (Brazil).
                "certidao antecedentes criminais",
                # Convictions.
                *("condenacao", "condenacoes"),
                # Portugal's criminal record certificate; a criminal record (Brazil's folha corrida).
                *("certificado registo criminal", "registro criminal", "ficha criminal", "folha corrida"),
                # A criminal record certificate (Brazil); protective measures (Brazil's Maria da Penha
                # law); parole.
                *("atestado antecedentes criminais", "medida protetiva", "medidas protetivas"),
                "liberdade condicional",
            ),
            # Residence permits.
            "visa": (
                "autorizacao residencia",
                "titulo residencia",
                # Immigration status (Brazil).
                "situacao migratoria",
                # Visas (not a bare `visto`: seen), refugee status and asylum, migration status, permanent
                # and temporary residence, a work authorisation (Portugal).
                *("visto trabalho", "visto residencia", "visto permanente", "tipo visto", "numero visto"),
                *("refugiado", "refugiada", "condicao refugiado", "solicitante refugio", "protocolo refugio"),
                *("asilo politico", "condicao migratoria", "status migratorio", "residencia permanente"),
                *("residencia temporaria", "autorizacao trabalho"),
                # Mozambique's foreigner residence document (DIRE).
                *("dire numero", "numero dire"),
            ),
            # A voiceprint, a face template.
            "biometric": ("impressao voz", "template facial"),
            # An advertising id (ID de publicidade).
            "advertising id": ("id publicidade",),
            # An API key (chave API), a security answer, a client secret.
            "secret": ("chave api", "resposta seguranca", "segredo cliente"),
            # A marriage certificate (certidão de casamento), a diploma's registration number.
            "certificate": ("certidao casamento", "registro diploma", "numero registro diploma"),
            # A combatant's category (antigo combatente).
            "veteran": ("categoria combatente", "antigo combatente"),
        },
    ),
    Language(
        "fr",
        True,
        {
            # A credit score (Canada's `cote de crédit`).
            "credit score": (
                "cote credit",
                # A creditworthiness rating (note de solvabilité).
                *("note solvabilite", "solvabilite"),
            ),
            "procedure": (
                "acte",
                "acte medical",
                # A surgical procedure (intervention chirurgicale).
                "intervention chirurgicale",
            ),
            "name": (
                "nom",
                "prenom",
                "nom famille",
                "nom complet",
                "nom utilisateur",
                "nom naissance",
                "pseudo",
                "titulaire compte",
                "titulaire carte",
                # Married, usual and maiden names; middle names.
                *("nom usage", "nom jeune fille", "nom marital", "deuxieme prenom", "prenoms"),
            ),
            "email": (
                "courriel",
                "adresse email",
                "adresse mail",
                "adresse electronique",
                # E-mail.
                "adresse courriel",
            ),
            "phone": (
                "telephone",
                "numero telephone",
                "portable",
                "telephone portable",
                # Mobile and landline numbers.
                *("numero portable", "telephone fixe", "telephone mobile"),
                # Francophone Africa's mobile-money wallets are their holder's number: Orange Money,
                # MTN MoMo, Wave, Moov Money and Flooz, T-Money, Free Money, Airtel Money, M-Pesa
                # (DRC), MVola (Madagascar). (Not a bare provider name: a payment's amount by method.)
                *("numero orange money", "numero om", "numero momo", "numero mtn momo"),
                *("numero mobile money", "numero wave", "numero moov money", "numero flooz", "numero tmoney"),
                *("numero t money", "numero free money", "numero airtel money", "numero mpesa"),
                *("numero m pesa", "numero mvola", "telephone orange money", "telephone momo"),
                *("numero compte momo", "numero compte mobile money"),
            ),
            "address": (
                "adresse",
                "adresse postale",
                "adresse livraison",
                "adresse facturation",
                "domicile",
                # Home address, a flat.
                *("adresse domicile", "complement adresse", "appartement"),
                # Where one lives, as francophone Africa's forms ask it: the quarter (quartier), the
                # village, the place of residence, a PO box (boîte postale).
                *("quartier", "quartier residence", "village", "lieu residence", "adresse residence"),
                "boite postale",
            ),
            "street": (
                "rue",
                "nom rue",
                "numero rue",
                "numero voie",
                # The street's name.
                *("nom voie", "libelle voie"),
            ),
            "city": ("ville", "commune", "localite", "lieu naissance"),
            "zipcode": ("code postal",),
            "birthdate": (
                "date naissance",
                "anniversaire",
                # Birth date written short.
                "date naiss",
                # The date and place of birth as one field; the year of birth.
                *("date et lieu naissance", "date lieu naissance", "annee naissance"),
                # A birth date, abbreviated (dat_nais, DDN).
                *("dat nais", "date nais", "ddn"),
            ),
            "sex": ("sexe",),
            "password": ("mot passe", "mdp"),
            "social security number": (
                "numero securite sociale",
                "nir",
                "numero secu",
                # Social security numbers in francophone Africa: the CNSS (Morocco, Senegal, Tunisia,
                # Burkina Faso…), Côte d'Ivoire's and Cameroon's CNPS, Senegal's IPRES.
                *("cnss", "numero cnss", "immatriculation cnss", "numero cnps", "numero ipres"),
                # The NIR as the INSEE number.
                "numero insee",
            ),
            # Belgium's numéro national, Canada's numéro d'assurance sociale.
            "national id": (
                "carte identite",
                "numero fiscal",
                "numero national",
                "numero assurance sociale",
                # Switzerland's AVS number, the social insurance number that serves as the national one.
                "numero avs",
                # The national identity card's number (CNI), the tax number.
                *("cni", "numero cni", "numero identification fiscale"),
                # The national identity card written out; Morocco's, Tunisia's and Madagascar's CIN
                # (not a bare `cin`: Italy's code for a holiday let), Burkina Faso's CNIB, Côte
                # d'Ivoire's and Mauritania's NNI, Mali's NINA (not a bare `nina`: Spanish `niña`),
                # ECOWAS's identity card, a consular card.
                *("carte nationale identite", "numero carte nationale identite", "numero carte identite"),
                *("numero cin", "cnib", "numero cnib", "nni", "numero nni", "numero nina", "carte nina"),
                *("carte cedeao", "carte identite cedeao", "carte consulaire", "numero carte consulaire"),
                # Taxpayer numbers: Cameroon's NIU, Benin's and Burkina Faso's IFU, a taxpayer's
                # number; Benin's personal identification number (NPI; not a bare `npi`: a US
                # provider's).
                *("niu", "numero niu", "ifu", "numero ifu", "numero contribuable", "numero npi"),
                # A birth certificate's number (not the `acte` of a medical procedure).
                *("acte naissance", "numero acte naissance", "extrait acte naissance"),
                # A foreigner's number in France's AGDREF register.
                *("agdref", "numero etranger agdref", "numero etranger"),
            ),
            "passport": ("passeport", "numero passeport"),
            "license": ("permis conduire", "numero permis", "immatriculation", "plaque"),
            "credit card": (
                "numero carte",
                "carte bancaire",
                "carte credit",
                # A card's security code (cryptogramme visuel).
                "cryptogramme visuel",
            ),
            "bank account": (
                "numero compte",
                "rib",
                # Bank details.
                "coordonnees bancaires",
            ),
            "salary": (
                "salaire",
                "revenu",
                "revenus",
                # Pay and taxable income.
                *("remuneration", "salaire brut", "salaire net", "revenu fiscal reference", "revenu annuel"),
                # Taxable and net pay, a payslip, hourly pay, a desired salary.
                *(
                    "revenu imposable",
                    "net imposable",
                    "net a payer",
                    "fiche paie",
                    "bulletin paie",
                    "bulletin salaire",
                    "taux horaire",
                    "salaire horaire",
                    "salaire souhaite",
                ),
                # A household's monthly income (ressources mensuelles).
                *("ressources mensuelles", "ressources du foyer"),
                # A household's family quotient, computed from its income (quotient familial).
                "quotient familial",
                # A retirement pension's amount, an annual bonus, daily unemployment benefit.
                *(
                    "pension retraite",
                    "montant pension retraite",
                    "prime annuelle",
                    "indemnite chomage",
                    "indemnite chomage journaliere",
                ),
            ),
            "citizenship": ("nationalite",),
            "disability": (
                "handicap",
                # Disability (MDPH), invalidity.
                *("invalidite", "situation handicap", "taux incapacite"),
                # The disability office's file (MDPH), the disabled adult allowance, the mobility card, a
                # wheelchair, reduced mobility (PMR), invalidity.
                *(
                    "mdph",
                    "numero mdph",
                    "allocation adulte handicape",
                    "carte mobilite inclusion",
                    "fauteuil roulant",
                    "mobilite reduite",
                    "pmr",
                    "assistance pmr",
                    "taux invalidite",
                    "pension invalidite",
                ),
                # Exam accommodations for a disability, extra time (tiers temps).
                *("amenagement examen", "amenagements examen", "tiers temps"),
                # An assistance need, as airlines and stations record it (besoin d'assistance).
                "besoin assistance",
            ),
            "diagnosis": (
                "diagnostic",
                # Diagnoses; the ICD in French (CIM-10).
                *("diagnostics", "code cim", "cim10"),
            ),
            "medication": (
                "medicament",
                "medicaments",
                # A prescription, dosage, drug treatment, vaccines given.
                *("ordonnance", "posologie", "traitement medicamenteux", "vaccin", "vaccins"),
            ),
            "allergy": (
                "allergie",
                "allergies",
                # Allergic; food intolerances.
                *("allergique", "intolerances alimentaires"),
            ),
            "condition": (
                "maladie",
                "pathologie",
                "motif consultation",
                # A child's special needs (besoins particuliers, besoins specifiques).
                *("besoins particuliers", "besoins specifiques"),
                # Blood group, pregnancy, medical history, symptoms.
                *("groupe sanguin", "grossesse", "antecedents medicaux", "symptomes"),
                # HIV status (statut sérologique), sickle cell disease (drépanocytose).
                *("statut serologique", "statut vih", "drepanocytose"),
                # Vaccination status (not `vaccinations`: English keys' too, labelled either way).
                "statut vaccinal",
                # Sick leave and maternity leave.
                *("arret maladie", "arret travail", "conge maladie", "conge maternite"),
                # Blood tests and lab results, health status, family history, mental health.
                *(
                    "bilan sanguin",
                    "analyses sanguines",
                    "resultats analyses",
                    "etat sante",
                    "antecedents familiaux",
                    "sante mentale",
                ),
                # Smoking as a clinical history (not `fumeur`: a room's or a profile's), drinking,
                # breastfeeding, weeks of amenorrhoea.
                *("tabagisme", "consommation alcool", "allaitement", "semaines amenorrhee"),
            ),
            "health id": (
                "carte vitale",
                # Côte d'Ivoire's universal health cover (CMU) and the national health insurers' (CNAM)
                # numbers.
                *("numero cmu", "carte cmu", "numero cnam"),
                # A medical record and a hospital's permanent patient id (IPP); the national health identifier
                # (INS).
                *(
                    "dossier medical",
                    "numero dossier medical",
                    "numero ipp",
                    "identifiant permanent patient",
                    "identifiant national sante",
                ),
                # A hospital's patient number (IPP).
                *("ipp patient", "ipp"),
            ),
            "gender": ("civilite",),
            "identification": (
                "numero piece",
                "piece identite",
                "numero piece identite",
                # A complementary health insurer's member number (not a bare `mutuelle`: the insurer).
                *("numero mutuelle", "numero adherent mutuelle"),
                # A Belgian health fund's (mutualité) affiliation number.
                *("numero affiliation mutualite", "numero mutualite"),
                # A voter's card (carte d'électeur) and its number.
                *("carte electeur", "numero carte electeur", "numero electeur", "carte electorale"),
                # A family-benefits (CAF) beneficiary's number (numéro allocataire).
                "allocataire caf",
            ),
            "serial": ("numero serie",),
            # Ethnic origin; ethnic group and tribe, as African forms ask.
            "ethnicity": ("origine ethnique", "groupe ethnique", "appartenance ethnique", "tribu"),
            # Religion.
            "religion": (
                "croyance religieuse",
                # Religious affiliation.
                "appartenance religieuse",
                "confession religieuse",
                # A belief (croyance).
                *("croyance", "croyances"),
            ),
            # Union membership.
            "trade union": (
                "syndicat",
                "appartenance syndicale",
                "adhesion syndicale",
                # A union member, union dues.
                *("syndique", "cotisation syndicale"),
            ),
            # Political opinions and party.
            "political opinion": (
                "opinion politique",
                "opinions politiques",
                "parti politique",
                "appartenance politique",
            ),
            # Criminal record (casier judiciaire).
            "criminal record": (
                "casier judiciaire",
                "antecedents judiciaires",
                # Convictions.
                *("condamnation", "condamnations"),
            ),
            # Sexual orientation.
            "sexual orientation": ("orientation sexuelle",),
            # Residence and work permits.
            "visa": (
                "carte sejour",
                "permis sejour",
                "permis travail",
                # Residence status and work authorisation (statut de séjour, autorisation de travail).
                *("statut sejour", "autorisation travail"),
            ),
            # A veteran's status.
            "veteran": ("ancien combattant", "statut ancien combattant"),
            # An advertising identifier.
            "advertising id": (
                "identifiant publicitaire",
                # An advertising id (identifiant publicitaire).
                "id publicitaire",
            ),
            # A verification code.
            "token": (
                "code verification",
                "code de verification",
                "code confirmation",
                # A token (jeton) for access, a session or a payment.
                *("jeton", "jeton acces", "jeton session", "jeton paiement"),
            ),
            # A profile photo.
            "photo": (
                "photo de profil",
                "photo profil",
                # An identity photo (photo d'identité).
                "photo identite",
            ),
            # A secret question's answer (réponse à la question secrète).
            "secret": ("question secrete", "reponse question secrete"),
            # A voiceprint, a face template, biometric data (empreinte vocale, gabarit facial).
            "biometric": ("empreinte vocale", "gabarit facial", "donnees biometriques"),
            # A visible minority, as Canadian forms ask (minorité visible).
            "race": ("minorite visible",),
        },
    ),
    Language(
        "it",
        True,
        {
            # A credit score, creditworthiness, CRIF's score.
            "credit score": (
                "punteggio credito",
                "punteggio crif",
                "merito creditizio",
                # A reliability score (score di affidabilità).
                "score affidabilita",
            ),
            "name": (
                "nome",
                "cognome",
                "nome completo",
                "nome utente",
                "nome cognome",
                "intestatario",
                "titolare",
                "citofono",  # the name on the intercom, a courier's delivery note,
                # The full name as Italian forms say it; a middle name.
                *("nominativo", "secondo nome"),
                # A nickname (soprannome).
                "soprannome",
            ),
            "email": (
                "indirizzo email",
                "posta elettronica",
                # Certified e-mail (PEC).
                *("pec", "indirizzo pec"),
            ),
            "phone": (
                "telefono",
                "cellulare",
                "numero telefono",
                "numero cellulare",
                # A phone contact.
                "recapito telefonico",
                # A landline (telefono fisso).
                *("tel fisso", "telefono fisso"),
            ),
            "address": (
                "indirizzo",
                "indirizzo residenza",
                "indirizzo spedizione",
                "domicilio",
                "residenza",
            ),
            "street": (
                "numero civico",
                # House number.
                "civico",
            ),
            "city": (
                "citta",
                "comune",
                "localita",
                "luogo nascita",
                # A hamlet (frazione).
                "frazione",
            ),
            "zipcode": ("cap", "codice postale"),
            "birthdate": (
                "anno nascita",
                "data nascita",
                "compleanno",
                # A birth date, abbreviated (DAT_NASC, dt_nascita).
                *("dat nasc", "dt nascita", "dt nascita figlio"),
            ),
            "gender": ("genere",),
            "sex": ("sesso",),
            "national id": (
                "codice fiscale",
                "carta identita",
                # An identity document's number.
                *("numero carta identita", "documento identita"),
                # An electronic identity card's number (CIE).
                *("nro cie", "numero cie"),
                # A tax code (codice fiscale) as keys abbreviate it.
                *("cod fiscale", "codfiscale", "cf assistito", "cod fisc", "cod fisc dip"),
            ),
            "passport": ("passaporto", "numero passaporto"),
            # A driving licence; a plate; a professional's enrolment in their order's register (albo).
            "license": (
                "patente",
                "numero patente",
                "targa",
                "iscrizione albo",
                "numero iscrizione albo",
                "numero albo",
            ),
            "credit card": ("numero carta", "carta credito"),
            "bank account": ("conto corrente", "numero conto"),
            "salary": (
                "stipendio",
                "reddito",
                "paga oraria",
                "retribuzione",
                # A payslip.
                "busta paga",
                # Gross annual pay (not a bare `ral`: a RAL paint colour too), a payslip, the household income
                # indicator for benefits (ISEE).
                *("reddito annuo lordo", "retribuzione annua lorda", "cedolino", "isee"),
                # Gross annual pay (RAL), a thirteenth month, a production bonus, unemployment benefit
                # (NASpI), the single child allowance, severance accrued (TFR), a gross fee.
                *(
                    "ral",
                    "tredicesima",
                    "importo tredicesima",
                    "bonus produzione",
                    "naspi",
                    "importo naspi",
                    "assegno unico",
                    "importo assegno unico",
                    "quota tfr",
                    "tfr",
                    "superminimo",
                    "compenso lordo",
                ),
            ),
            "citizenship": ("nazionalita", "cittadinanza"),
            "visa": (
                "permesso di soggiorno",
                "permesso soggiorno",
                # A work permit's clearance (nulla osta al lavoro), international protection.
                *("nulla osta lavoro", "protezione internazionale"),
            ),
            "trade union": (
                "sindacato",
                "iscritto sindacato",
                "iscrizione sindacato",
                # A union card and the dues mandate.
                *("tessera sindacale", "delega sindacale", "iscrizione sindacale"),
                # A union dues deduction (trattenuta sindacale).
                "trattenuta sindacale",
            ),
            "religion": (
                "religione",
                # Religious confession.
                "confessione religiosa",
                # The choice of religious teaching (IRC) and of the eight-per-thousand.
                "scelta irc",
            ),
            "disability": (
                "disabilita",
                "categoria protetta",
                "invalidita",
                # Law 104 (disability leave).
                "legge 104",
                # Civil invalidity, a wheelchair, reduced mobility, blind and deaf people, the disability
                # employment law.
                *(
                    "invalidita civile",
                    "portatore handicap",
                    "disabile",
                    "sedia rotelle",
                    "mobilita ridotta",
                    "non vedente",
                    "non udente",
                    "legge 68",
                ),
                # A specific learning disorder certificate (DSA) and learning support (sostegno).
                *("certificazione dsa", "dsa", "sostegno scolastico"),
            ),
            "diagnosis": ("diagnosi",),
            "medication": (
                "farmaco",
                "farmaci",
                # A medical and an electronic prescription, its number.
                *("ricetta medica", "ricetta elettronica", "numero ricetta"),
            ),
            "allergy": (
                "allergia",
                "allergie",
                # Intolerances; allergic.
                *("intolleranza", "intolleranze", "allergico", "allergica"),
            ),
            "condition": (
                "malattia",
                "patologia",
                "patologie",
                "motivo visita",
                # Blood group, pregnancy, medical history, symptoms.
                *("gruppo sanguigno", "gravidanza", "incinta", "anamnesi", "sintomi"),
                # Vaccinations and vaccination status.
                *("vaccinazione", "vaccinazioni", "stato vaccinale", "libretto vaccinale"),
                # Sick leave and the sick note.
                *("certificato malattia", "congedo malattia", "assenza malattia"),
                # Blood and lab tests, medical reports, health status.
                *("esami sangue", "esami laboratorio", "referto", "referti", "stato salute"),
                # Breastfeeding, weeks of pregnancy.
                *("allattamento", "settimane gravidanza", "settimana gestazione"),
                # Chronic diseases (malattie croniche).
                *("malattie croniche", "malattia cronica"),
                # A swab's result (esito tampone).
                "esito tampone",
            ),
            "health id": (
                "tessera sanitaria",
                # The health card's code.
                "codice tessera sanitaria",
                # Italy's health codes for foreigners (ENI, STP), the EU health card (TEAM), a patient's ASL
                # id, a clinical record's and an admission's numbers.
                *(
                    "codice eni",
                    "codice stp",
                    "codice team",
                    "cartella clinica",
                    "nr cartella clinica",
                    "numero nosologico",
                ),
            ),
            "procedure": (
                "trattamento",
                # Therapy.
                "terapia",
                # A surgical operation.
                *("intervento chirurgico", "interventi chirurgici"),
                # A requested service, a procedure performed.
                *("prestazione richiesta", "procedura eseguita"),
            ),
            # Ethnic origin.
            "ethnicity": ("origine etnica",),
            # Political views and party.
            "political opinion": (
                "orientamento politico",
                "partito politico",
                "opinioni politiche",
            ),
            # Criminal record and pending charges.
            "criminal record": (
                "casellario giudiziale",
                "carichi pendenti",
                "precedenti penali",
                # A criminal record, convictions.
                *("fedina penale", "condanne penali", "condanna"),
            ),
            # Sexual orientation.
            "sexual orientation": (
                "orientamento sessuale",
                # Whom someone is interested in (interessato a).
                *("interessato a", "interessata a"),
            ),
            "identification": (
                # An insurance policy and its number.
                *("polizza", "numero polizza", "polizza assicurativa"),
            ),
            # An access and a payment token (token di accesso, di pagamento).
            "token": ("token accesso", "token pagamento"),
            # Race (razza), of a person.
            "race": ("razza etnia",),
            # A temporary password, a bank card's PIN, an identity card's PIN.
            "password": ("password temporanea", "pin bancomat", "pin cie"),
            # A vehicle's frame number (numero di telaio) and a device's serial.
            "serial": ("numero telaio", "telaio", "numero seriale dispositivo"),
            # A discharged serviceman (militare in congedo).
            "veteran": ("militare in congedo", "congedo militare"),
            # Latitude and longitude.
            "geolocation": ("latitudine", "longitudine"),
            # An advertising id (ID pubblicitario).
            "advertising id": ("id pubblicitario",),
            # A profile photo and an ID photo (foto profilo, foto tessera).
            "photo": ("foto profilo", "foto tessera"),
            # A graphometric signature, a fingerprint, a biometric template, a face vector.
            "biometric": ("firma grafometrica", "impronta digitale", "template biometrico", "vettore volto"),
            # An API key (chiave API), a secret answer, a client secret.
            "secret": ("chiave api", "risposta segreta", "segreto client"),
        },
    ),
    Language(
        "ro",
        True,
        {
            "name": (
                "nume",
                "prenume",
                "nume complet",
                "nume familie",
                # User name.
                "nume utilizator",
            ),
            "email": ("adresa email",),
            "phone": (
                "numar telefon",
                # Mobile phone.
                *("telefon mobil", "numar mobil"),
            ),
            "address": (
                "adresa",
                "adresa livrare",
                "domiciliu",
                # Home address, a flat.
                *("adresa domiciliu", "apartament"),
            ),
            "street": ("strada",),
            "city": (
                "oras",
                "localitate",
                # Place of birth.
                *("locul nasterii", "loc nastere"),
            ),
            "zipcode": ("cod postal",),
            "birthdate": ("data nasterii", "data nastere"),
            "password": ("parola",),
            "national id": (
                "cnp",
                "cod numeric personal",
                # The identity card (buletin) and its series.
                *("carte identitate", "serie buletin", "buletin"),
            ),
            "passport": ("pasaport",),
            "license": (
                "permis conducere",
                "numar inmatriculare",
                "inmatriculare",
                # A driving licence's number.
                "numar permis",
            ),
            "credit card": ("numar card",),
            "bank account": ("cont bancar",),
            "salary": ("salariu", "venit"),
            "citizenship": ("cetatenie", "nationalitate"),
            "religion": (
                "religie",
                # Denomination.
                "confesiune",
            ),
            "medication": ("medicament", "medicamente"),
            "condition": (
                "boala",
                # Illnesses, blood group.
                *("boli", "grupa sanguina", "grupa sange"),
            ),
            # Allergies.
            "allergy": (
                "alergie",
                "alergii",
            ),
            # Disability degree.
            "disability": (
                "dizabilitate",
                "grad handicap",
            ),
            # The health insurance card.
            "health id": ("card sanatate",),
            # Ethnic origin.
            "ethnicity": ("etnie",),
            # Union membership.
            "trade union": (
                "sindicat",
                "membru sindicat",
            ),
            # Political affiliation.
            "political opinion": (
                "apartenenta politica",
                "partid politic",
            ),
            # Criminal record.
            "criminal record": (
                "cazier",
                "cazier judiciar",
            ),
        },
    ),
    Language(
        "pl",
        True,
        {
            # A credit score and the BIK bureau's.
            "credit score": (
                "scoring bik",
                "ocena bik",
                "punktacja bik",
                "wynik bik",
                "ocena kredytowa",
                # A credit risk class, a payment reliability score (KRD).
                *("klasa ryzyka kredytowego", "ocena wiarygodnosci platniczej"),
            ),
            "name": (
                "imie",
                "nazwisko",
                "imie nazwisko",
                "imie i nazwisko",
                "pelne imie",
                # Names, maiden name, parents' names, user name.
                *("imiona", "nazwisko rodowe", "imie ojca", "imie matki", "nazwa uzytkownika"),
            ),
            "email": ("adres email",),
            "phone": (
                "numer telefonu",
                "komorka",
                "numer komorki",
                # A mobile.
                "telefon komorkowy",
            ),
            "address": (
                "adres zamieszkania",
                "adres dostawy",
                "adres korespondencyjny",
                # Registered and correspondence addresses, flat number.
                *("adres zameldowania", "adres korespondencji", "numer mieszkania", "numer lokalu"),
            ),
            "street": ("ulica", "numer domu"),
            "city": (
                "miasto",
                "miejscowosc",
                "miejsce urodzenia",
                # Municipality.
                "gmina",
            ),
            "zipcode": (
                "kod pocztowy",
                # A postcode, abbreviated (kd poczt.).
                "kd poczt",
            ),
            "birthdate": (
                "data urodzenia",
                # A birth date and year, abbreviated (dat_urodz, dt_ur, rok urodzenia).
                *("dat urodz", "dat urodz ubezp", "dt ur", "data ur", "rok urodzenia"),
            ),
            "gender": (
                "plec",
                # Gender identity and a form of address (tożsamość płciowa, zwrot grzecznościowy).
                *("tozsamosc plciowa", "zwrot grzecznosciowy"),
            ),
            "password": (
                "haslo",
                # A card's PIN.
                "pin karty",
            ),
            "national id": (
                "pesel",
                "nip",
                "numer dowodu",
                "dowod osobisty",
                # An identity card's series and number.
                *("seria dowodu", "numer dowodu osobistego", "seria numer dowodu"),
                # An identity card's number, abbreviated (nr dow. os.), and its scan.
                *("nr dowodu", "skan dowodu"),
            ),
            "passport": ("paszport", "numer paszportu"),
            "license": (
                "prawo jazdy",
                "numer rejestracyjny",
                # A driving licence's number.
                "numer prawa jazdy",
                # A doctor's, a nurse's or a pharmacist's right-to-practise number (PWZ).
                *("pwz", "npwz", "numer pwz"),
                # A tachograph driver card (karta kierowcy) is the driver's licence document.
                *("karta kierowcy", "numer karty kierowcy", "nr karty kierowcy"),
                # A licence to practise, building qualifications, a taxi licence, an advocate's entry, a
                # registration plate.
                *(
                    "prawo wykonywania zawodu",
                    "nr prawa wykonywania zawodu",
                    "uprawnienia budowlane",
                    "nr uprawnien budowlanych",
                    "licencja taxi",
                    "numer licencji taxi",
                    "numer wpisu adwokata",
                    "tablica rejestracyjna",
                ),
            ),
            "credit card": ("numer karty",),
            "bank account": (
                "numer rachunku",
                "rachunek bankowy",
                "numer konta",
                "konto bankowe",
                # An account for a refund (nr rach. do zwrotu).
                *("nr rach", "nr rach do zwrotu", "rachunek do zwrotu"),
            ),
            "salary": (
                "stawka godzinowa",
                "wynagrodzenie",
                "pensja",
                "dochod",
                # Earnings and income.
                *("zarobki", "dochody"),
                # Salary expectations (not `placa`: a plate in Spanish and Portuguese).
                *("oczekiwania finansowe", "oczekiwane wynagrodzenie"),
                # Base pay (wynagrodzenie zasadnicze), a function allowance, a pension's amount, an annual
                # bonus, a B2B day rate.
                *(
                    "wynagr zasadnicze",
                    "wynagrodzenie zasadnicze",
                    "dodatek funkcyjny",
                    "kwota emerytury",
                    "emerytura",
                    "premia roczna",
                    "stawka dzienna",
                ),
            ),
            "citizenship": ("obywatelstwo", "narodowosc"),
            "religion": (
                "wyznanie",
                "religia",
                # Religious affiliation.
                "przynaleznosc religijna",
            ),
            "disability": (
                *("niepelnosprawnosc", "niepelnosprawnosci", "orzeczenie o niepelnosprawnosci"),
                "stopien niepelnosprawnosci",
                # A wheelchair, invalidity and its pension.
                *("wozek inwalidzki", "inwalidztwo", "renta inwalidzka"),
                # A disabled person's card, a passenger's special needs.
                *(
                    "legitymacja osoby niepelnosprawnej",
                    "nr legitymacji osoby niepelnosprawnej",
                    "specjalne potrzeby",
                ),
            ),
            "medication": (
                "lek",
                "leki",
                # A prescription, medicines, medicines taken.
                *("recepta", "lekarstwa", "lekarstwo", "przyjmowane leki"),
                # A drug's name (nazwa leku) and drugs (leki).
                "nazwa leku",
            ),
            "condition": (
                "ciaza",
                "choroba",
                # Illnesses, blood group.
                *("choroby", "choroby przewlekle", "grupa krwi"),
                # A smoker, as a trial's or a clinic's screening asks.
                "palacz",
                # Vaccinations.
                *("szczepienie", "szczepienia", "status szczepienia"),
                # Sick leave and incapacity for work.
                *("zwolnienie lekarskie", "niezdolnosc pracy"),
                # Health status, symptoms, test results, blood tests; a pain scale.
                *("stan zdrowia", "objawy", "wyniki badan", "badania krwi", "skala bolu"),
                # A pregnancy's week, pregnant, breastfeeding.
                *("tydzien ciazy", "w ciazy", "karmienie piersia"),
                # Addictions (nałogi), a lab test's result.
                *("nalogi", "wynik badania", "wynik badania laboratoryjnego"),
            ),
            # A diagnosis.
            "diagnosis": (
                "diagnoza",
                # Diagnoses.
                "diagnozy",
            ),
            # Allergies.
            "allergy": (
                "uczulenie",
                "uczulenia",
            ),
            # Ethnic origin.
            "ethnicity": (
                "pochodzenie etniczne",
                # A national minority (mniejszość narodowa).
                "mniejszosc narodowa",
            ),
            # Union membership.
            "trade union": (
                "zwiazek zawodowy",
                "przynaleznosc zwiazku zawodowego",
                # A union member, union dues.
                *("czlonek zwiazku zawodowego", "skladka zwiazkowa"),
                # A union member, written short.
                "czlonek zwiazku",
            ),
            # Political views and party membership.
            "political opinion": (
                "poglady polityczne",
                "przynaleznosc partyjna",
            ),
            # A clean or a criminal record; the criminal register.
            "criminal record": (
                "niekaralnosc",
                "karalnosc",
                "rejestr karny",
                # Convicted.
                *("karany", "karana"),
                # A certificate of no criminal record (zaświadczenie o niekaralności).
                "zaswiadczenie o niekaralnosci",
                # A criminal record certificate (KRK), a criminal judgment's reference, a disqualification
                # from driving, a sex offenders' register entry.
                *(
                    "zaswiadczenie krk",
                    "nr zaswiadczenia krk",
                    "sygnatura wyroku",
                    "sygnatura wyroku karnego",
                    "zakaz prowadzenia pojazdow",
                    "wpis rsps",
                ),
            ),
            # Residence card, work permit.
            "visa": (
                "karta pobytu",
                "zezwolenie na prace",
                # A visa's number and kind, the legal basis and status of stay.
                *("numer wizy", "rodzaj wizy", "podstawa legalnosci pobytu", "status pobytu"),
            ),
            # A procedure (zabieg).
            "procedure": (
                "zabieg",
                "zabiegi",
                # An ICD-9 procedure code, past operations (przebyte operacje).
                *("kod procedury", "kod procedury icd9", "przebyte operacje"),
            ),
            # A parcel locker's pickup code (kod odbioru).
            "token": (
                # A one-time code, an account activation code, a BLIK code, an e-prescription's access code, a
                # parcel's pickup code, an SMS verification code, access, card and session tokens.
                *(
                    "kod jednorazowy",
                    "kod aktywacyjny",
                    "kod aktywacyjny konta",
                    "kod dostepu",
                    "kod dostepu erecepty",
                    "kod odbioru paczki",
                    "kod weryfikacyjny",
                    "token dostepu",
                    "token karty",
                    "token sesji",
                ),
            ),
            # A biometric signature, a voice sample, an iris scan, a fingerprint template, a face vector.
            "biometric": (
                "podpis biometryczny",
                "probka glosu",
                "skan teczowki",
                "szablon odcisku palca",
                "odcisk palca",
                "wektor twarzy",
            ),
            # Sexual orientation (orientacja seksualna).
            "sexual orientation": ("orientacja seksualna",),
            # A security question's answer, a TOTP secret.
            "secret": ("odpowiedz na pytanie pomocnicze", "pytanie pomocnicze", "sekret totp"),
            # A combatant's card, veteran status.
            "veteran": ("legitymacja kombatanta", "nr legitymacji kombatanta", "status weterana"),
            # A birth certificate's number, a pensioner's card, an insurer's member number.
            "identification": (
                "nr aktu urodzenia",
                "legitymacja emeryta",
                "nr legitymacji emeryta rencisty",
                "nr czlonkowski ubezpieczyciela",
            ),
            # A social insurance number, a ZUS benefit's number.
            "social security number": ("nr ubezpieczenia spolecznego", "numer swiadczenia zus"),
            # Skin colour, racial origin.
            "race": ("kolor skory", "pochodzenie rasowe"),
            # A hospital system's patient id, a main register's book number.
            "health id": ("id pacjenta", "numer ksiegi glownej"),
            # An advertising id and an ad click's id (identyfikator reklamowy, id kliknięcia reklamy).
            "advertising id": ("id reklamowe", "identyfikator reklamowy", "id klikniecia reklamy"),
            # A SIM card's ICCID, a car body's number, a device's serial, a meter's number.
            "serial": (
                "iccid karty sim",
                "nr nadwozia",
                "nr seryjny urzadzenia",
                "numer seryjny",
                "numer licznika",
            ),
            # An employee's photo, an ID photo, a profile photo, a verification selfie, a photo of a skin
            # change.
            "photo": (
                "foto pracownika",
                "zdjecie legitymacyjne",
                "zdjecie profilowe",
                "zdjecie selfie",
                "zdjecie zmiany skornej",
            ),
            # Longitude and latitude (długość, szerokość geograficzna).
            "geolocation": ("dlugosc geograficzna", "szerokosc geograficzna"),
            # A secondary-school leaving certificate, a language certificate, a qualified certificate, a
            # diploma, an SEP qualification.
            "certificate": (
                "swiadectwo dojrzalosci",
                "numer swiadectwa dojrzalosci",
                "certyfikat jezykowy",
                "certyfikat kwalifikowany",
                "nr certyfikatu kwalifikowanego",
                "nr dyplomu",
                "dyplom",
                "swiadectwo kwalifikacji",
                "swiadectwa kwalifikacji sep",
            ),
        },
    ),
    Language(
        "cs-sk",
        True,
        {
            "name": (
                "jmeno",
                "prijmeni",
                "cele jmeno",
                "meno",
                "priezvisko",
                # Given, birth and user names; name and surname.
                *(
                    "krestni jmeno",
                    "rodne prijmeni",
                    "uzivatelske jmeno",
                    "jmeno a prijmeni",
                    "meno a priezvisko",
                ),
            ),
            "email": (
                "emailova adresa",
                # E-mail address.
                "e mailova adresa",
            ),
            "phone": (
                "telefonni cislo",
                "cislo telefonu",
                "telefonne cislo",
                # A mobile.
                "mobilni telefon",
            ),
            "address": (
                "bydliste",
                "adresa bydliste",
                "trvale bydliste",
                # Permanent and correspondence addresses.
                *("trvala adresa", "korespondencni adresa"),
                # Permanent residence (Slovak).
                *("trvale bydlisko", "bydlisko"),
                # Permanent residence (trvalý pobyt).
                "trvaly pobyt",
            ),
            "street": (
                "ulice",
                "cislo popisne",
                # House numbers.
                *("cislo domu", "supisne cislo", "orientacni cislo"),
            ),
            "city": (
                "mesto",
                "obec",
                "misto narozeni",
                # Place of birth (Slovak).
                "miesto narodenia",
            ),
            "zipcode": ("psc",),
            "birthdate": ("datum narozeni", "datum narodenia"),
            "gender": ("pohlavi", "pohlavie"),
            "password": ("heslo",),
            "national id": (
                "rodne cislo",
                "cislo obcanskeho prukazu",
                "obcansky prukaz",
                # Identity card (Slovak), its number.
                *("obciansky preukaz", "cislo op"),
                # A Slovak identity card's number.
                "cislo obcianskeho preukazu",
            ),
            "license": (
                "ridicsky prukaz",
                "spz",
                "registracni znacka",
                # A Slovak driving licence and plate.
                *("vodicsky preukaz", "ecv"),
            ),
            "credit card": ("cislo karty",),
            "bank account": (
                "cislo uctu",
                "bankovni ucet",
                # A Slovak bank account.
                "bankovy ucet",
            ),
            "salary": (
                "mzda",
                "prijem",
                # Gross and net wages (not a bare `plat`, pay: it splits `platform`).
                *("hruba mzda", "cista mzda"),
            ),
            "citizenship": (
                "statni obcanstvi",
                "narodnost",
                # Slovak citizenship.
                *("obcianstvo", "statna prislusnost"),
            ),
            "religion": (
                "nabozenstvi",
                # Religious belief.
                *("vyznani", "vierovyznanie"),
            ),
            "medication": (
                "lek",
                "leky",
                # Slovak medicines.
                "lieky",
                # Medication.
                "medikace",
            ),
            "condition": (
                "nemoc",
                # Illnesses, blood group, pregnancy.
                *("nemoci", "krevni skupina", "krvna skupina", "tehotenstvi"),
                # Vaccination (Czech, Slovak).
                *("ockovani", "ockovanie"),
                # Sick leave and sickness benefit (Czech, Slovak).
                *("pracovni neschopnost", "praceneschopnost", "nemocenska", "neschopenka"),
                # Illnesses, health status, symptoms, test and lab results.
                *(
                    "onemocneni",
                    "ochorenie",
                    "zdravotni stav",
                    "zdravotny stav",
                    "priznaky",
                    "vysledky vysetreni",
                    "laboratorni vysledky",
                ),
                # Pregnancy (Slovak), pregnant.
                *("tehotenstvo", "tehotna"),
            ),
            # A passport.
            "passport": (
                "cestovni pas",
                "cestovny pas",
                "cislo pasu",
            ),
            # Disability (ZTP card).
            "disability": (
                "zdravotni postizeni",
                "zdravotne postihnutie",
                "ztp",
                # Invalidity pensions, Slovakia's severe disability card, a wheelchair.
                *(
                    "invalidni duchod",
                    "invalidny dochodok",
                    "tzp",
                    "preukaz tzp",
                    "invalidni vozik",
                    "invalidny vozik",
                ),
            ),
            # The insured person's number.
            "health id": (
                "cislo pojistence",
                # The Slovak insured person's number.
                "cislo poistenca",
                # An insured person's card number (číslo preukazu poistenca).
                *("cislo preukazu poistenca", "preukaz poistenca"),
            ),
            # Union membership.
            "trade union": (
                "odborova organizace",
                "clenstvi v odborech",
                # Unions and their members.
                *("odbory", "odborar", "clen odboru", "odborova organizacia"),
                # Trade union membership (členstvo v odboroch).
                "clenstvo v odboroch",
            ),
            # Party and political beliefs.
            "political opinion": (
                "politicka strana",
                "politicke presvedceni",
                # Political conviction (politické presvedčenie).
                "politicke presvedcenie",
            ),
            # The criminal register (Czech, Slovak); a clean record.
            "criminal record": (
                "rejstrik trestu",
                "trestni rejstrik",
                "register trestov",
                "bezuhonnost",
                # A criminal past.
                "trestni minulost",
            ),
            # A vehicle's VIN code (VIN kód vozidla).
            "serial": ("vin kod", "vin kod vozidla"),
        },
    ),
    Language(
        "id-ms",
        True,
        {
            # A credit score, OJK's SLIK and Pefindo's.
            "credit score": (
                "skor kredit",
                "skor slik",
                "skor pefindo",
                "nilai kredit",
                # A borrower's collectability in Indonesia's credit register (kolektibilitas SLIK).
                *("kolektibilitas", "kolektibilitas slik"),
            ),
            "name": ("nama", "nama lengkap", "nama depan", "nama belakang", "nama pengguna", "nama penuh"),
            # `alamat emel` is an e-mail address (`alamat` alone is a postal one).
            "email": ("alamat email", "surel", "emel", "alamat emel", "e mel"),
            "phone": (
                "telepon",
                "nomor telepon",
                "no hp",
                "nomor hp",
                "handphone",
                "no telp",
                "nomor whatsapp",
                # Run together (`nohp`, `notelp`); a mobile (ponsel, Malay telefon bimbit).
                *("nohp", "notelp", "telp", "ponsel", "nomor ponsel", "no telefon", "telefon bimbit"),
                # A contact number and an emergency contact's (kontak darurat, Malay kecemasan), as
                # clinic, loan and KYC forms ask for them.
                *("nomor kontak", "nomor kontak darurat", "telepon darurat", "nombor kecemasan"),
                "nombor telefon kecemasan",
            ),
            "address": (
                "kel desa",
                "kelurahan",
                "rt rw",
                "alamat",
                "alamat rumah",
                "alamat pengiriman",
                "alamat lengkap",
                # The address on the identity card (not the card's number), where one lives.
                *("alamat ktp", "alamat sesuai ktp", "alamat domisili", "domisili", "alamat kediaman"),
                # Where an accident happened (lokasi kemalangan, tempat kemalangan).
                *("lokasi kemalangan", "tempat kemalangan"),
            ),
            "street": ("jalan", "nomor rumah", "no rumah"),
            "city": (
                "kota",
                "kabupaten",
                "kecamatan",
                "tempat lahir",
                "kota domisili",
                # Malay addresses' town or city (`alamat.bandar`).
                "bandar",
            ),
            "zipcode": ("kode pos", "poskod"),
            "birthdate": (
                *("tanggal lahir", "tgl lahir", "tarikh lahir", "tempat tanggal lahir", "tempat tgl lahir"),
                *("tahun lahir", "hari jadi", "ulang tahun"),
            ),
            "gender": ("jenis kelamin", "jantina"),
            "password": ("kata sandi", "kata laluan"),
            "token": (
                "kode otp",
                "kode verifikasi",
                "kod otp",
                "kod pengesahan",
                # An activation code.
                *("kode aktivasi", "kod pengaktifan"),
                # A parcel's pickup code (kode ambil).
                "kode ambil",
            ),
            "national id": (
                *("nik", "ktp", "nomor ktp", "npwp", "mykad", "kad pengenalan", "ic number"),
                # Malaysia's identity card (no. KP, IC), Indonesia's NIK in full and family card
                # (KK); Malaysia's income tax and provident fund (KWSP/EPF) numbers.
                *("no kp", "no kp baru", "no kad pengenalan", "no ic", "no mykad", "nik ktp"),
                *("nomor induk kependudukan", "no kk", "kartu keluarga", "nomor kartu keluarga"),
                *("no cukai pendapatan", "no kwsp"),
                # The electronic KTP; Malaysia's cards for permanent residents (MyPR), temporary
                # residents (MyKAS) and soldiers (MyTentera; not `mykid`: `mykids` reads as it); a birth
                # certificate's number (akta kelahiran, Malay sijil kelahiran).
                *("ektp", "e ktp", "mypr", "mykas", "mytentera"),
                *("nomor akta kelahiran", "nomor akta lahir", "nombor sijil kelahiran", "nombor sijil lahir"),
            ),
            # Social security: Malaysia's PERKESO (SOCSO), Indonesia's BPJS Ketenagakerjaan.
            # (Their bare names are as often a contribution: `kwsp_caruman`.)
            "social security number": (
                *("no perkeso", "no socso", "no bpjs ketenagakerjaan"),
                # The same numbers written English-wise (`socso_no`, `kwsp_number`); the EPF
                # member's number (no. ahli KWSP); BPJS Ketenagakerjaan's card (KPJ).
                *("socso number", "perkeso number", "kwsp number", "nombor ahli kwsp", "nombor ahli perkeso"),
                "nomor kpj",
                # BPJS Ketenagakerjaan's number as the key (`bpjsKetenagakerjaan`); not BPJS Kesehatan's.
                *("bpjs ketenagakerjaan", "nomor bpjs ketenagakerjaan"),
            ),
            # An insurance policy's number (polis asuransi: not Malay `no polis`, a policeman's,
            # nor `nomor polisi`, a plate); welfare cards: the family welfare card of the PKH
            # cash transfer (KKS), the school aid card (KIP), the social-welfare register (DTKS).
            "identification": (
                *("nomor polis", "nomor polis asuransi", "nomor kks", "kartu keluarga sejahtera"),
                *("nomor kip", "kartu indonesia pintar", "nomor dtks", "id dtks"),
            ),
            "passport": ("paspor", "nomor paspor", "pasport", "no pasport"),
            "credit card": ("nomor kartu", "kartu kredit", "kartu debit", "kad kredit", "kad debit"),
            "bank account": (
                *("nomor rekening", "rekening", "norek", "no rek"),
                *("no akaun", "no akaun bank", "akaun bank"),
            ),
            "salary": (
                "gaji",
                "penghasilan",
                "pendapatan",
                "upah",
                # Overtime pay and take-home pay (Indonesian payslips: lembur, THP).
                *("lembur", "uang lembur", "upah lembur", "thp"),
            ),
            "citizenship": ("kewarganegaraan", "warganegara", "warga negara", "kerakyatan"),
            # Religion; the dates of a Christian's baptism and confirmation (sidi).
            "religion": ("agama", "baptis", "status baptis", "tanggal baptis", "tanggal sidi"),
            # Race on Malaysian forms (bangsa, keturunan), ethnic group on Indonesian ones.
            # (Not a bare `suku`: `suku_bunga` is an interest rate.)
            "ethnicity": ("bangsa", "keturunan", "suku bangsa", "etnis", "etnik", "etnisitas"),
            # Plates (plat nomor, nopol, Malay no. plat), a vehicle's registration (STNK, no.
            # pendaftaran kenderaan) and a Malaysian driving licence.
            "license": (
                *("plat nomor", "nomor polisi", "nopol", "nomor kendaraan", "stnk", "no stnk"),
                *("no plat", "plat kenderaan", "no pendaftaran kenderaan", "no lesen memandu"),
                # Indonesia's driving licence (Surat Izin Mengemudi, SIM).
                *("nomor sim", "no sim", "sim a", "sim c"),
                # A vehicle's registration number (no. kenderaan), a third party's too.
                *("no kenderaan", "nombor kenderaan", "no kenderaan pihak ketiga"),
            ),
            # A vehicle's chassis (VIN) and engine numbers, on Indonesian registration papers.
            "serial": ("nomor rangka", "nomor mesin", "no casis", "no enjin"),
            # A prescription's number and a doctor's prescription (not a bare `resep`: a recipe).
            "medication": ("obat", "ubat", "nomor resep", "resep dokter", "preskripsi"),
            "condition": (
                *("golongan darah", "penyakit", "keluhan", "jenis darah", "riwayat penyakit"),
                *("sejarah perubatan", "hamil", "kehamilan", "tekanan darah", "gula darah"),
                # Blood group written short (gol. darah, goldar) and in Malay (kumpulan darah).
                *("gol darah", "goldar", "kumpulan darah"),
                # Vaccination and immunisation status and history, pregnancy and breastfeeding,
                # symptoms, lab results, smoking, COVID-19 status (MySejahtera, PeduliLindungi).
                # (Not a bare `imunisasi`, `menyusui` or `perokok`: `jadwal_imunisasi`,
                # `ruang_menyusui` and `area_perokok` are a schedule, a nursing room, a smoking area.)
                *("status vaksin", "status vaksinasi", "riwayat vaksinasi", "riwayat imunisasi"),
                *("status imunisasi", "status kehamilan", "status hamil", "sedang hamil", "status menyusui"),
                *("gejala", "simptom", "hasil lab", "hasil laboratorium", "status perokok"),
            ),
            "allergy": ("alergi", "alahan"),
            "diagnosis": ("diagnosa", "kode diagnosa"),
            # Malaysia's OKU (orang kurang upaya) card; Indonesia's disabilitas.
            "disability": (
                *("oku", "kad oku", "orang kurang upaya", "kurang upaya", "disabilitas", "difabel"),
                # A person with a disability, special needs; the OKU category; a disability's kind
                # (Malay kecacatan; not a bare `cacat`: a defective product).
                *("penyandang disabilitas", "berkebutuhan khusus", "kategori oku", "jenis oku"),
                *("jenis kecacatan", "kecacatan fizikal"),
                "kerusi roda",  # a wheelchair (Malay; Indonesian kursi roda)
                "kursi roda",
            ),
            # A medical record's number; the national health insurance (BPJS Kesehatan) card's.
            "health id": (
                *("rekam medis", "nomor rekam medis", "bpjs", "nomor bpjs", "bpjs kesehatan"),
                # The BPJS card's number; its programme (JKN) and card (KIS, Kartu Indonesia Sehat);
                # a medical record's number written short (no. RM); Malaysia's medical record and
                # patient registration numbers.
                *("nomor kartu bpjs", "kartu bpjs", "nomor jkn", "kartu jkn", "nomor kartu jkn", "nomor kis"),
                *("kartu indonesia sehat", "nomor rm", "nombor rekod perubatan"),
                "nombor pendaftaran pesakit",
            ),
            # A selfie and a passport-style photo, as KYC forms take them.
            "photo": (
                "swafoto",
                "pas foto",
                "foto wajah",
                # A profile picture (gambar profil, foto profil).
                *("gambar profil", "foto profil"),
            ),
            # A criminal record (Malay).
            "criminal record": (
                "rekod jenayah",
                # A criminal record (catatan kriminal).
                *("catatan kriminal", "catatan kepolisian"),
            ),
            # A residence permit (KITAS, KITAP).
            "visa": (
                "izin tinggal",
                "kitas",
                "kitap",
                # A work permit's status (permit kerja).
                *("permit kerja", "status permit kerja", "pas lawatan kerja"),
            ),
            # A political party affiliation.
            "political opinion": (
                "afiliasi partai",
                "afiliasi politik",
                # A party one chose (pilihan partai).
                "pilihan partai",
            ),
            # A trade union (serikat pekerja, serikat buruh).
            "trade union": (
                "serikat pekerja",
                "serikat buruh",
                # A trade union in Malay (kesatuan sekerja).
                "kesatuan sekerja",
            ),
            # A medical procedure (tindakan medis).
            "procedure": ("tindakan medis",),
            # Sexual orientation (orientasi seksual).
            "sexual orientation": ("orientasi seksual",),
            # A diploma's number (nomor ijazah).
            "certificate": ("nomor ijazah", "ijazah"),
            # A device's advertising id (ID iklan perangkat).
            "advertising id": ("id iklan perangkat", "id iklan"),
            # A former member of the armed forces (bekas anggota tentera).
            "veteran": ("bekas anggota tentera", "veteran tentera"),
        },
    ),
    Language(
        "hi",
        False,
        {
            "name": (
                *("naam", "poora naam", "pura naam", "upnaam", "kulnaam"),
                # In Devanagari: name, full name, father's, mother's, husband's and wife's names,
                # surname (also Nepali's; a `ka` or `ko` between reads through to `naam`).
                *("नाम", "पूरा नाम", "पिता का नाम", "माता का नाम", "पति का नाम", "पत्नी का नाम", "उपनाम"),
            ),
            # Birth date, time and place (a horoscope's), caste.
            "birthdate": (
                *("janm tithi", "janam tithi", "janamdin", "janm samay", "janam samay"),
                *("janmdin", "janm tarikh", "janam tarikh", "janm dinank"),
                # In Devanagari (Marathi's `janma tarikh` too).
                *("जन्म तिथि", "जन्मतिथि", "जन्म दिनांक", "जन्म तारीख", "जन्मतारीख", "जन्मदिन"),
            ),
            # Permanent and present address, residence, neighbourhood (mohalla); the correspondence
            # address; the same in Devanagari.
            "address": (
                *("pata", "sthayi pata", "vartaman pata", "niwas", "niwas sthan", "mohalla"),
                *("patrachar pata", "पता", "स्थायी पता", "वर्तमान पता", "पत्राचार पता", "निवास", "मोहल्ला"),
            ),
            # Street, house number (makan sankhya reads as `makan number`), in Devanagari.
            "street": (
                *("gali", "makan number", "makaan number", "ghar number"),
                *("गली", "मकान नंबर", "मकान संख्या"),
            ),
            # Village, and the sub-districts (tehsil, taluka) forms ask for; the district as Hindi
            # forms spell it (jila), the village council (gram panchayat); in Devanagari. (Not
            # `zila`, Bangladesh's spelling: its 64 districts are county-sized, green to six
            # labellers of six.)
            "city": (
                *("shahar", "janm sthan", "janam sthan", "gaon", "tehsil", "taluka"),
                *("jila", "jilla", "panchayat", "gram panchayat"),
                "gram",  # a village (a whole key only, engine._WHOLE_KEYS_ONLY: not a weight's gram)
                *("शहर", "गाँव", "गांव", "ग्राम", "जिला", "तहसील", "तालुका", "ग्राम पंचायत", "जन्म स्थान"),
            ),
            # PIN code, in Devanagari.
            "zipcode": ("पिन कोड", "पिनकोड"),
            # Caste, sub-caste and lineage (gotra), as matrimonial and government forms ask; the
            # scheduled castes and tribes (anusuchit jati, janjati).
            "ethnicity": (
                *("jaati", "jati", "upjati", "sub caste", "subcaste", "gotra", "gothra"),
                *("janjati", "anusuchit jati", "anusuchit janjati", "जाति", "उपजाति", "गोत्र", "जनजाति"),
                # A community, as caste is asked (Malayalam, Tamil: samudayam, samugam).
                *("samudayam", "samugam"),
                # A social category, the caste group a form asks for (samajik varg).
                "samajik varg",
            ),
            # A mobile and a landline (doorbhash), in Devanagari.
            "phone": (
                *("mobile sankhya", "doorbhash", "durbhash", "doorbhash sankhya"),
                *("मोबाइल", "मोबाइल नंबर", "मोबाइल नम्बर", "मोबाइल संख्या", "फोन नंबर", "फोन नम्बर", "दूरभाष"),
            ),
            # `pata` alone is a postal address.
            "email": ("email pata", "ईमेल", "ई मेल", "ईमेल पता", "ई मेल पता"),
            "bank account": (
                *("khata sankhya", "khata number", "bank khata"),
                # A bank account and its number, in Devanagari.
                *("बैंक खाता", "खाता संख्या", "खाता नंबर", "बैंक खाता संख्या", "बैंक खाता नंबर"),
            ),
            "gender": (
                "ling",
                "लिंग",
                # Gender (Telugu: lingamu).
                "lingamu",
            ),
            # (Not `dharma`: as often a meditation app's content.)
            "religion": ("dharm", "धर्म"),
            "citizenship": ("nagrikta", "rashtriyata", "नागरिकता", "राष्ट्रीयता"),
            "salary": (
                *("vetan", "masik vetan", "tankhwah", "tankhwa", "aamdani"),
                # Monthly income; pay and income in Devanagari.
                *("masik aay", "वेतन", "मासिक वेतन", "आय", "मासिक आय", "आमदनी"),
                # Pay (pagār).
                "pagaar",
                # Pay in lakhs, a daily wage, an hourly rate, monthly pay (Malayalam, Kannada).
                *("dainik mazdoori", "ghante ki dar", "maasa shampalam", "sambalada motta"),
            ),
            # Aadhaar as often spelt; an identity card (pahchan patra); the voter's photo identity
            # card (matdata pahchan patra); Aadhaar, PAN, voter card and ration card in Devanagari.
            "national id": (
                *("aadhar", "aadhar card", "aadhaar card", "adhar", "adhaar", "pahchan patra"),
                *("matdata pahchan patra", "matdata pehchan patra", "आधार", "आधार संख्या", "आधार नंबर"),
                *("आधार कार्ड", "पैन", "पैन नंबर", "पैन कार्ड", "मतदाता पहचान पत्र", "राशन कार्ड"),
                "पहचान पत्र",
                # Aadhaar's virtual id and the voter's card in Tamil.
                *("aadhaar vid", "vaakkalar adaiyala attai"),
            ),
            # A passport and its number, in Devanagari.
            "passport": ("पासपोर्ट", "पासपोर्ट नंबर", "पासपोर्ट संख्या"),
            # A vehicle's number is its plate in India (vahan number, RC); not `gaadi sankhya`,
            # as often a train's number.
            "license": (
                "vehicle number",
                "vahan number",
                "rc number",
                # A vehicle's registration number (वाहन पंजीकरण संख्या).
                "वाहन पंजीकरण संख्या",
                # A vehicle's number (gāḍī number, रजिस्ट्रेशन नंबर).
                "रजिस्ट्रेशन नंबर",
            ),
            # Illness, blood group (rakt samooh), pregnancy, in Devanagari too.
            "condition": (
                *("bimari", "beemari", "rakt samuh", "garbhvati", "rakt samooh", "garbhavastha"),
                *("बीमारी", "रोग", "रक्त समूह", "ब्लड ग्रुप", "गर्भवती", "गर्भावस्था"),
                # An illness and its details, a disease history, pregnancy weeks (Hindi, Malayalam, Telugu).
                *("asukham", "bimari ki tafseel", "rog itihas", "rogam", "garbhavastha saptah"),
                # Diabetes (madhumeh) and its type, and the blood sugar level (sharkara star).
                *("madhumeh", "madhumeh prakar", "sharkara star", "sharkara str"),
            ),
            "medication": (
                "dawai",
                "davai",
                "दवाई",
                "दवा",
                # A medicine (Tamil: marundhu).
                "marundhu",
                # A medicine's dose (khurak).
                "khurak",
            ),
            "procedure": (
                "ilaj",
                "ilaaj",
                "इलाज",
                # Surgery (shalya kriyā).
                "shalya kriya",
            ),
            # India's official word for a person with a disability (divyang), and the older one;
            # the disability certificate (divyang praman patra); in Devanagari.
            "disability": (
                *("divyang", "divyangjan", "viklang", "viklangta", "divyang praman patra"),
                *("दिव्यांग", "दिव्यांगजन", "विकलांग", "विकलांगता", "दिव्यांगता"),
                # A disability (Kannada: anga vikalate).
                "anga vikalate",
            ),
            # The Employees' Provident Fund's and the Employees' State Insurance's numbers.
            "social security number": ("epf number", "pf number"),
            "health id": (
                "esic number",
                # India's ABHA number (आभा संख्या).
                *("आभा संख्या", "आभा"),
                # An OPD registration number, West Bengal's Swasthya Sathi card.
                *("opd panjikaran sankhya", "swasthya sathi", "swasthya sathi card"),
            ),
            # A password, in Devanagari.
            "password": (
                "पासवर्ड",
                # A password (guptapada).
                "guptapada",
            ),
            # A CIBIL score (सिबिल स्कोर).
            "credit score": ("सिबिल स्कोर",),
            # A one-time password (ओटीपी).
            "token": ("ओटीपी",),
            # Sexual orientation (yaun rujhān).
            "sexual orientation": ("yaun rujhan",),
            # A visa's status (vīzā sthiti).
            "visa": ("visa sthiti",),
            # An advertising id (vigyāpan ID).
            "advertising id": ("vigyapan id",),
            # A workers' union (shramik sangh).
            "trade union": ("shramik sangh",),
            # A party supported (samarthit dal).
            "political opinion": ("samarthit dal",),
            # A secret key (gupt kunjī).
            "secret": ("gupt kunji",),
            # A former soldier (pūrv sainik).
            "veteran": ("poorv sainik",),
            # A diagnosis's code (nidān).
            "diagnosis": ("nidaan code", "nidaan"),
            # An allergy (elarji).
            "allergy": ("elarji",),
            # A face template and a fingerprint template.
            "biometric": ("chehra template", "ungli chhap", "ungli chhap template"),
            # A criminal history, a conviction, an FIR's number.
            "criminal record": ("apradhik itihas", "dosh siddh", "fir kramank"),
            # Ration and family cards, an insurance member's id, a land passbook.
            "identification": ("anna bhagya card", "kudumba attai", "bima sadasya id", "pattadar passbook"),
            # An income certificate's number (āy pramāṇ patra).
            "certificate": ("aay praman patra", "aay praman patra sankhya"),
        },
    ),
    # Urdu as Pakistani apps transliterate it, and Pakistan's own identity documents.
    Language(
        "ur",
        False,
        {
            "name": (
                *("walid ka naam", "walid naam", "shohar ka naam", "walida ka naam", "walida naam"),
                # Parentage (waldiyat: the father's name on Pakistani forms), as spelt.
                *("walid ka nam", "waldiyat", "walidiyat"),
                # In Urdu script: full name, father's, mother's and husband's names.
                *("پورا نام", "والد کا نام", "والدہ کا نام", "شوہر کا نام", "ولدیت"),
            ),
            "birthdate": (
                *("tareekh paidaish", "tarikh paidaish", "tareekh e paidaish", "paidaish"),
                *("تاریخ پیدائش", "تاریخِ پیدائش"),
                # Birth date as spelt (pedaish), and said noun last.
                *("tarikh e paidaish", "tareekh e pedaish", "tarikh e pedaish", "tarikh pedaish"),
                *("tareekh pedaish", "paidaish ki tareekh", "paidaish ki tarikh"),
            ),
            # Place of birth, city and district (zila), in Urdu script too.
            "city": (
                *("jaye paidaish", "jae paidaish", "maqam e paidaish", "shehar"),
                # The place of birth as spelt.
                *("jaye pedaish", "jae pedaish", "maqam paidaish", "maqam e pedaish"),
                *("جائے پیدائش", "شہر", "ضلع"),
            ),
            "address": (
                *("rihaishi pata", "mustaqil pata", "maujooda pata"),
                # In Urdu script: address, permanent, present and residential address.
                *("پتہ", "مستقل پتہ", "موجودہ پتہ", "رہائشی پتہ"),
                # The home, temporary and postal address; the present one as spelt; residence.
                *("ghar ka pata", "makan ka pata", "arzi pata", "dak ka pata", "mojooda pata"),
                *("maujuda pata", "rehaishi pata", "rihaish", "rehaish"),
            ),
            # Mobile and phone numbers in Urdu script.
            "phone": ("موبائل نمبر", "فون نمبر", "موبائل"),
            # The computerised national identity card (CNIC, shanakhti card), its overseas
            # version (NICOP), a child's registration certificate (B-Form), the tax number (NTN).
            "national id": (
                *("cnic", "cnic number", "shanakhti card", "shanakhti card number", "nicop", "nicop number"),
                *("bform", "ntn", "ntn number"),
                # The identity card and its number in Urdu script (shanakhti card, qaumi).
                *("شناختی کارڈ", "شناختی کارڈ نمبر", "قومی شناختی کارڈ", "قومی شناختی کارڈ نمبر"),
                # The identity card (shanakhti card) said short or in full.
                *("shanakhti", "shanakhti number", "qaumi shanakhti card"),
            ),
            "religion": ("mazhab", "firqa", "maslak", "مذہب", "مسلک", "فرقہ"),
            # Caste and clan (zaat, biradari).
            "ethnicity": ("zaat", "biradari", "qaum", "ذات", "برادری"),
            "citizenship": ("qaumiyat", "shehriyat", "شہریت"),
            # Pay, as spelt too.
            "salary": (
                "tankhwah",
                "mahana tankhwah",
                "aamdani",
                "mahana aamdani",
                "tankhah",
                "tankha",
            ),
            # Illness; blood group.
            "condition": ("beemari", "marz", "مرض", "khoon ka group", "khoon group"),
            # A disability (mazoori), and a disabled person.
            "disability": ("mazoor", "mazoori", "معذور", "معذوری"),
            # A criminal record (mujrimana record).
            "criminal record": ("mujrimana record", "mujrimana rikaard"),
            # A surgical operation (amal-e-jarahi).
            "procedure": ("amal e jarahi", "amal jarahi"),
        },
    ),
    # Bengali, as Bangladeshi and West Bengal apps transliterate it; Bangladesh's national id.
    Language(
        "bn",
        False,
        {
            "name": (
                *("purno nam", "pitar nam", "matar nam", "swamir nam", "babar nam", "mayer nam", "strir nam"),
                # In Bengali script: name, full name, father's, mother's and husband's names.
                *("নাম", "পুরো নাম", "পূর্ণ নাম", "পিতার নাম", "মাতার নাম", "বাবার নাম", "মায়ের নাম"),
                "স্বামীর নাম",
            ),
            "address": (
                *("thikana", "sthayi thikana", "bortoman thikana"),
                *("ঠিকানা", "স্থায়ী ঠিকানা", "বর্তমান ঠিকানা"),
            ),
            # Village, district (jela, zila) and sub-district (upazila), as Bangladeshi forms ask.
            "city": ("jela", "upojela", "upazila", "গ্রাম", "জেলা", "উপজেলা"),
            "email": ("email thikana", "ইমেইল", "ই মেইল"),
            "birthdate": ("jonmo tarikh", "jonmotarikh", "jonmodin", "জন্ম তারিখ", "জন্মতারিখ"),
            # The national id card (NID, jatiyo porichoy potro) and the birth registration number.
            "national id": (
                *("nid number", "jatiyo porichoy potro", "porichoy potro", "jonmo nibondhon number"),
                *("জাতীয় পরিচয়পত্র", "জাতীয় পরিচয়পত্র নম্বর", "এনআইডি", "জন্ম নিবন্ধন নম্বর"),
            ),
            # Mobile wallets (bKash, Nagad) are their holder's phone number.
            "phone": (
                *("bkash number", "nagad number", "mobile nombor"),
                *("মোবাইল নম্বর", "মোবাইল নাম্বার", "ফোন নম্বর"),
            ),
            "gender": ("লিঙ্গ",),
            "religion": ("dhormo", "ধর্ম"),
            "citizenship": ("nagorikotto", "jatiyota", "জাতীয়তা", "নাগরিকত্ব"),
            "salary": (
                "mashik ay",
                "betan",
                "বেতন",
                # Pay (beton).
                "maasik beton",
            ),
            # Blood group, symptoms, weeks of pregnancy.
            "condition": (
                "rokter group",
                "রক্তের গ্রুপ",
                # Symptoms (lokkhon), the blood group spelt short (rokter grup), weeks of pregnancy
                # (gorbhokal).
                *("lokkhon", "rokter grup", "gorbhokal", "gorbhokal saptaho"),
            ),
            # A disability (protibondhi).
            "disability": ("protibondhi", "protibondhita", "প্রতিবন্ধী", "প্রতিবন্ধিতা"),
            # A diagnosis, romanised.
            "diagnosis": (
                "rog nirnoy",
                "rog nirnay",
                # A diagnosis (রোগ নির্ণয়).
                "রোগ নির্ণয়",
            ),
            # A passport and its number (পাসপোর্ট নম্বর).
            "passport": ("পাসপোর্ট", "পাসপোর্ট নম্বর"),
            # A freedom fighter's certificate (muktijoddha sonod).
            "veteran": ("muktijoddha", "muktijoddha sonod"),
        },
    ),
    # Telugu, as Andhra Pradesh and Telangana apps transliterate it.
    Language(
        "te",
        False,
        {
            "name": (
                *("poorthi peru", "purthi peru", "tandri peru", "inti peru"),
                # Mother's, husband's and wife's names; in Telugu script.
                *("talli peru", "bharta peru", "bhartha peru", "bharya peru"),
                *("పేరు", "పూర్తి పేరు", "తండ్రి పేరు", "తల్లి పేరు", "ఇంటి పేరు", "భర్త పేరు"),
            ),
            "address": ("chirunama", "చిరునామా"),
            # Village, mandal and district, as Andhra Pradesh and Telangana forms ask.
            "city": ("gramam", "mandalam", "గ్రామం", "మండలం", "జిల్లా"),
            # A mobile (charavani), in Telugu script.
            "phone": ("charavani", "charavani sankhya", "చరవాణి", "మొబైల్ నంబర్", "ఫోన్ నంబర్"),
            "birthdate": ("puttina tedi", "puttina roju", "puttina thedi", "పుట్టిన తేదీ", "పుట్టిన రోజు"),
            "gender": ("లింగం",),
            "ethnicity": ("kulam", "upakulam", "కులం"),
            "religion": ("matham", "మతం"),
            "national id": ("ఆధార్ సంఖ్య", "ఆధార్ నంబర్"),
            "salary": ("jeetham", "జీతం"),
            # A diagnosis (vyadhi nirdharana).
            "diagnosis": ("vyadhi nirdharana",),
            # A password (rahasya padam).
            "password": ("rahasya padam",),
            # A medicine (mandulu).
            "medication": ("mandulu",),
        },
    ),
    # Marathi, as Maharashtra's apps transliterate it.
    Language(
        "mr",
        False,
        {
            "name": (
                *("sampurna nav", "purna nav", "vadilanche nav", "aadnav", "adnav", "aaiche nav"),
                # Husband's and wife's names; in Devanagari (`नाव`, name).
                *("patiche nav", "patniche nav", "नाव", "संपूर्ण नाव", "पूर्ण नाव", "वडिलांचे नाव"),
                *("आईचे नाव", "आडनाव"),
            ),
            "address": ("patta", "kayamcha patta", "पत्ता", "कायमचा पत्ता"),
            # Village and district (gav, jilha).
            "city": (
                "gav",
                "jilha",
                "गाव",
                "जिल्हा",
                # A village (gaav).
                "gaav",
            ),
            "birthdate": ("janma tarikh", "janmatarikh", "janma dinank"),
            "phone": (
                *("bhramanadhwani", "bhramanadhwani kramank"),
                *("भ्रमणध्वनी", "भ्रमणध्वनी क्रमांक", "मोबाईल क्रमांक", "मोबाईल नंबर", "मोबाइल क्रमांक"),
            ),
            # Caste; blood group (raktagat); Aadhaar's number.
            "ethnicity": ("जात",),
            "condition": ("raktagat", "rakta gat", "रक्तगट"),
            "national id": ("आधार क्रमांक",),
            "salary": ("masik pagar", "पगार"),
            # A password (संकेतशब्द).
            "password": ("संकेतशब्द",),
            # A caste certificate's number (jāt pramāṇpatra).
            "certificate": ("jaat pramanpatra", "jaat pramanpatra kramank", "jat pramanpatra"),
            # A disability certificate (apangatva pramanpatra).
            "disability": ("apangatva pramanpatra", "apangatva"),
        },
    ),
    # Kannada, as Karnataka's apps transliterate it (`sankhye`, number, is a number word) and in
    # its script.
    Language(
        "kn",
        False,
        {
            # Name, full name, father's, mother's and husband's names; a surname.
            "name": (
                *("hesaru", "poorna hesaru", "purna hesaru", "tande hesaru", "thande hesaru"),
                *("tandeya hesaru", "tayi hesaru", "thayi hesaru", "tayiya hesaru", "gandana hesaru"),
                *("ಹೆಸರು", "ಪೂರ್ಣ ಹೆಸರು", "ತಂದೆಯ ಹೆಸರು", "ತಾಯಿಯ ಹೆಸರು", "ಗಂಡನ ಹೆಸರು", "ಉಪನಾಮ"),
            ),
            # Address and home address (vilasa, mane vilasa).
            "address": ("vilasa", "mane vilasa", "ವಿಳಾಸ", "ಮನೆ ವಿಳಾಸ", "ಖಾಯಂ ವಿಳಾಸ"),
            # House number.
            "street": ("mane sankhye", "ಮನೆ ಸಂಖ್ಯೆ"),
            # Home town, village, district, taluk and hobli (a cluster of villages).
            "city": ("ooru", "jille", "taluku", "taluk", "hobli", "ಊರು", "ಗ್ರಾಮ", "ಜಿಲ್ಲೆ", "ತಾಲ್ಲೂಕು", "ತಾಲೂಕು"),
            "zipcode": ("ಪಿನ್ ಕೋಡ್",),
            "birthdate": ("huttida dinanka", "janma dinanka", "ಜನ್ಮ ದಿನಾಂಕ", "ಹುಟ್ಟಿದ ದಿನಾಂಕ"),
            "gender": ("linga", "ಲಿಂಗ"),
            # A telephone (dooravani) and a mobile.
            "phone": ("dooravani", "duravani", "ದೂರವಾಣಿ", "ದೂರವಾಣಿ ಸಂಖ್ಯೆ", "ಮೊಬೈಲ್ ಸಂಖ್ಯೆ"),
            "email": ("ಇಮೇಲ್", "ಇ ಮೇಲ್"),
            "ethnicity": ("ಜಾತಿ",),
            "religion": ("ಧರ್ಮ",),
            "national id": ("ಆಧಾರ್ ಸಂಖ್ಯೆ",),
            # A bank account's number (khate sankhye).
            "bank account": ("khate sankhye", "ಖಾತೆ ಸಂಖ್ಯೆ"),
            # Blood group.
            "condition": ("raktada gumpu", "ರಕ್ತದ ಗುಂಪು"),
            # A person with a disability (angavikala).
            "disability": ("angavikala", "angavikalate", "ಅಂಗವಿಕಲ", "ಅಂಗವಿಕಲತೆ"),
            "salary": ("sambala", "ಸಂಬಳ"),
            # A health card's number (ಆರೋಗ್ಯ ಕಾರ್ಡ್ ಸಂಖ್ಯೆ).
            "health id": ("ಆರೋಗ್ಯ ಕಾರ್ಡ್", "ಆರೋಗ್ಯ ಕಾರ್ಡ್ ಸಂಖ್ಯೆ"),
            # A farmer's id number (raitha guruthina sankhye).
            "identification": ("raitha gurutina sankhye", "raitha guruthina"),
        },
    ),
    # Malayalam, as Kerala's apps transliterate it and in its script.
    Language(
        "ml",
        False,
        {
            # Full name, father's, mother's, husband's and wife's names (not a bare `peru`: Peru).
            "name": (
                *("muzhuvan peru", "achante peru", "pithavinte peru", "ammayude peru", "mathavinte peru"),
                *("bharthavinte peru", "bharyayude peru"),
                *("പേര്", "മുഴുവൻ പേര്", "അച്ഛന്റെ പേര്", "പിതാവിന്റെ പേര്", "അമ്മയുടെ പേര്"),
                "ഭർത്താവിന്റെ പേര്",
            ),
            # Address, permanent and home address.
            "address": ("vilasam", "sthira vilasam", "veettu vilasam", "വിലാസം", "സ്ഥിര വിലാസം"),
            # The house's name, which Kerala addresses give before the street.
            "street": ("veettu peru", "veettuperu", "വീട്ടുപേര്", "വീട്ടു പേര്"),
            # District, taluk, village and panchayat.
            "city": ("panchayath", "ജില്ല", "താലൂക്ക്", "വില്ലേജ്", "പഞ്ചായത്ത്", "ഗ്രാമം"),
            "zipcode": ("പിൻകോഡ്", "പിൻ കോഡ്"),
            "birthdate": (
                *("janana theeyathi", "jananatheeyathi", "janma theeyathi"),
                *("ജനന തീയതി", "ജനനത്തീയതി", "ജനന തിയ്യതി"),
            ),
            "phone": ("ഫോൺ നമ്പർ", "മൊബൈൽ നമ്പർ"),
            "email": ("ഇമെയിൽ", "ഇ മെയിൽ"),
            "gender": ("ലിംഗം",),
            "ethnicity": ("jathi", "ജാതി"),
            "religion": ("മതം",),
            "national id": ("ആധാർ നമ്പർ",),
            # Blood group.
            "condition": ("രക്തഗ്രൂപ്പ്", "രക്ത ഗ്രൂപ്പ്"),
            "salary": ("ശമ്പളം",),
        },
    ),
    # Gujarati, as Gujarat's apps transliterate it and in its script.
    Language(
        "gu",
        False,
        {
            # A surname (atak); name, full name, father's and mother's names.
            "name": ("atak", "નામ", "પૂરું નામ", "પિતાનું નામ", "માતાનું નામ", "અટક"),
            "address": ("saranamu", "sarnamu", "સરનામું"),
            # Village, taluka and district.
            "city": ("gaam", "jillo", "taluko", "ગામ", "તાલુકો", "જિલ્લો"),
            "birthdate": ("જન્મ તારીખ",),
            "phone": ("મોબાઇલ નંબર", "મોબાઈલ નંબર", "ફોન નંબર"),
            "email": ("ઇમેઇલ",),
            "gender": ("લિંગ",),
            # Caste and community (jati, gnati).
            "ethnicity": ("gnati", "gnyati", "જ્ઞાતિ", "જાતિ"),
            "religion": ("ધર્મ",),
            "national id": ("આધાર નંબર", "આધાર કાર્ડ"),
            "salary": ("પગાર",),
            # A bank account's number (બેંક ખાતા નંબર).
            "bank account": ("બેંક ખાતા નંબર", "ખાતા નંબર"),
        },
    ),
    # Punjabi, as Punjab's apps transliterate it and in Gurmukhi (`da`, of, is read through).
    Language(
        "pa",
        False,
        {
            "name": ("ਨਾਮ", "ਪੂਰਾ ਨਾਮ", "ਪਿਤਾ ਦਾ ਨਾਮ", "ਮਾਤਾ ਦਾ ਨਾਮ", "ਪਤੀ ਦਾ ਨਾਮ"),
            # Address and permanent address.
            "address": ("ਪਤਾ", "ਪੱਕਾ ਪਤਾ"),
            # Village (pind), district, tehsil.
            "city": ("pind", "ਪਿੰਡ", "ਜ਼ਿਲ੍ਹਾ", "ਤਹਿਸੀਲ"),
            "birthdate": ("janam miti", "janm miti", "ਜਨਮ ਮਿਤੀ", "ਜਨਮ ਤਾਰੀਖ"),
            "phone": ("ਮੋਬਾਈਲ ਨੰਬਰ", "ਫ਼ੋਨ ਨੰਬਰ"),
            "email": ("ਈਮੇਲ",),
            "gender": ("ਲਿੰਗ",),
            "ethnicity": ("ਜਾਤ", "ਜਾਤੀ"),
            "religion": ("dharam", "ਧਰਮ"),
            "national id": ("ਆਧਾਰ ਨੰਬਰ",),
            # A visa's status (ਵੀਜ਼ਾ ਸਥਿਤੀ).
            "visa": ("ਵੀਜ਼ਾ", "ਵੀਜ਼ਾ ਸਥਿਤੀ"),
            # Military service (fauji sewa).
            "veteran": ("fauji sewa", "fauji"),
        },
    ),
    # Odia, as Odisha's apps transliterate it and in its script.
    Language(
        "or",
        False,
        {
            # Name, full name, father's and mother's names.
            "name": ("pitanka nama", "bapanka nama", "maanka nama", "ନାମ", "ପୂରା ନାମ", "ପିତାଙ୍କ ନାମ", "ମାତାଙ୍କ ନାମ"),
            "address": ("ଠିକଣା",),
            "city": ("ଗ୍ରାମ", "ଜିଲ୍ଲା"),
            "birthdate": ("janma tarikha", "ଜନ୍ମ ତାରିଖ"),
            "phone": ("ମୋବାଇଲ ନମ୍ବର",),
            "gender": ("ଲିଙ୍ଗ",),
            "ethnicity": ("ଜାତି",),
            "religion": ("ଧର୍ମ",),
            "national id": ("ଆଧାର ନମ୍ବର",),
        },
    ),
    # Nepali, as Nepal's apps transliterate it and in Devanagari (Hindi's shared words are there).
    Language(
        "ne",
        False,
        {
            # A surname (thar); a grandfather's name, which citizenship forms ask, reads through
            # `ko` to `naam`.
            "name": ("thar", "थर"),
            # Address (thegana), permanent, temporary and current.
            "address": (
                *("thegana", "sthayi thegana", "asthayi thegana", "hal thegana"),
                *("ठेगाना", "स्थायी ठेगाना", "अस्थायी ठेगाना", "हालको ठेगाना"),
            ),
            # Rural and urban municipalities, a neighbourhood (tole), a ward's number.
            "city": ("gaunpalika", "nagarpalika", "tole", "गाउँपालिका", "नगरपालिका", "जिल्ला", "टोल"),
            "street": ("wada number", "वडा नम्बर", "वडा नं"),
            "birthdate": ("janma miti", "janmamiti", "जन्म मिति", "जन्ममिति"),
            "gender": ("लिङ्ग",),
            # Caste and ethnic group (jat, jati).
            "ethnicity": ("jatjati", "jaatjaati", "जातजाति"),
            # Citizenship as Nepali spells it (Hindi's is `nagrikta`).
            "citizenship": ("nagarikta",),
            # A disability (apangata) and the disability identity card.
            "disability": ("apangata", "apanga", "अपाङ्गता", "अपाङ्ग", "अपाङ्गता परिचयपत्र"),
            # The citizenship certificate's number and the national identity card.
            "national id": (
                *("nagarikta number", "nagarikta praman patra", "nagarikta praman patra number"),
                *("rastriya parichaya patra", "rashtriya parichaya patra", "rastriya parichaya patra number"),
                *("नागरिकता नम्बर", "नागरिकता नं", "नागरिकता प्रमाणपत्र", "नागरिकता प्रमाणपत्र नम्बर"),
                *("राष्ट्रिय परिचयपत्र", "राष्ट्रिय परिचयपत्र नम्बर"),
            ),
            "email": ("इमेल",),
            # Pay (not `talab` in Latin letters: it would split `talabat`, a delivery app).
            "salary": ("तलब",),
            # A passport's number (राहदानी नम्बर).
            "passport": ("राहदानी", "राहदानी नम्बर"),
            # A former soldier's details (pūrva sainik).
            "veteran": ("purba sainik", "purva sainik"),
        },
    ),
    # Sinhala, as Sri Lanka's apps transliterate it (`ankaya`, number, is a number word) and in
    # its script, with and without the joiner its conjuncts are typed with.
    Language(
        "si",
        False,
        {
            # Full name, father's and mother's names, surname (vasagama).
            "name": (
                *("sampurna nama", "sampoorna nama", "piyage nama", "mawage nama", "wasagama", "vasagama"),
                *("නම", "සම්පූර්ණ නම", "පියාගේ නම", "මවගේ නම", "වාසගම"),
            ),
            "address": ("lipinaya", "sthira lipinaya", "ලිපිනය", "ස්ථිර ලිපිනය"),
            # Town; district; the Grama Niladhari division, the smallest administrative unit.
            "city": (
                *("nagaraya", "grama niladhari vasama", "gn division", "නගරය"),
                *("දිස්ත්‍රික්කය", "දිස්ත්රික්කය", "ග්‍රාම නිලධාරී වසම", "ග්රාම නිලධාරී වසම"),
            ),
            "birthdate": ("upan dinaya", "upandinaya", "උපන් දිනය"),
            "gender": (
                *("sthri purusha bhavaya", "stri purusha bhavaya", "linga bhavaya"),
                *("ස්ත්‍රී පුරුෂ භාවය", "ස්ත්රී පුරුෂ භාවය"),
            ),
            # Race (Sinhalese, Tamil, Moor), as Sri Lankan forms ask.
            "ethnicity": ("jathiya", "ජාතිය"),
            "religion": ("ආගම",),
            # Telephone and mobile (jangama durakathana).
            "phone": (
                *("durakathana", "dura katanaya", "jangama durakathana"),
                *("දුරකථනය", "දුරකථන අංකය", "ජංගම දුරකථන අංකය"),
            ),
            # E-mail (vidyut tepal).
            "email": ("vidyut tepal", "vidyut thapal", "විද්‍යුත් තැපෑල", "විද්යුත් තැපෑල", "ඊමේල්"),
            # The national identity card (jathika handunumpatha) and its number.
            "national id": (
                *("jathika handunumpatha", "handunumpath ankaya", "jathika handunumpath ankaya"),
                *("හැඳුනුම්පත් අංකය", "ජාතික හැඳුනුම්පත", "ජාතික හැඳුනුම්පත් අංකය"),
            ),
            # A bank account's number (ginum ankaya).
            "bank account": ("ginum ankaya", "ගිණුම් අංකය"),
            # Blood group (rudhira ganaya, le ganaya).
            "condition": ("rudhira ganaya", "le ganaya", "රුධිර ගණය", "ලේ ගණය"),
            "salary": ("watupa", "vatupa", "වැටුප"),
        },
    ),
    # Swahili, as East African apps write it; `namba`/`nambari` is a number word.
    Language(
        "sw",
        True,
        {
            "name": (
                *("jina", "jina la kwanza", "jina la mwisho", "jina kamili", "jina la ukoo"),
                # Middle, father's and mother's names; names in full; a user's, customer's and
                # recipient's name.
                *("jina la kati", "jina la baba", "jina la mama", "majina", "majina kamili"),
                *("jina la mtumiaji", "jina la mteja", "jina la mpokeaji"),
            ),
            "email": ("barua pepe",),
            # A mobile (simu ya mkononi, Kenya's rununu) and an M-Pesa number.
            "phone": (
                *("simu", "namba ya simu", "nambari ya simu", "simu ya mkononi", "rununu"),
                *("simu ya rununu", "namba ya mpesa", "nambari ya mpesa"),
                # A mobile number; the mobile-money wallets (M-Pesa written with its hyphen, Tigo
                # Pesa, Airtel Money, HaloPesa) and WhatsApp are their holder's number.
                *("namba ya mkononi", "nambari ya mkononi", "namba ya m pesa", "nambari ya m pesa"),
                *("namba ya tigo pesa", "namba ya airtel money", "namba ya halopesa", "namba ya whatsapp"),
            ),
            # A PO box, a village, a street or neighbourhood (mtaa); a PO box (sanduku la barua), a
            # hamlet (kitongoji), a residential area, where one lives.
            "address": (
                *("anwani", "makazi", "sanduku la posta", "kijiji", "mtaa"),
                *("sanduku la barua", "kitongoji", "eneo la makazi", "mahali unapoishi", "mahali anapoishi"),
            ),
            # A house's number.
            "street": ("namba ya nyumba", "nambari ya nyumba", "nyumba namba"),
            "city": ("mji", "mahali pa kuzaliwa"),
            "birthdate": ("tarehe ya kuzaliwa", "siku ya kuzaliwa", "mwaka wa kuzaliwa"),
            "gender": ("jinsia",),
            # A PIN (namba ya siri); Kenya's word for a password (nywila).
            "password": (
                *("nenosiri", "neno la siri", "namba ya siri", "nambari ya siri", "nywila", "neno siri"),
                # An M-Pesa PIN (pini ya M-Pesa).
                *("pini ya mpesa", "pini"),
            ),
            # The national identity card; Tanzania's NIDA number, Kenya's Huduma and Maisha
            # numbers; a taxpayer's number (mlipakodi), the tax authority's PIN.
            "national id": (
                *("kitambulisho", "namba ya kitambulisho", "kitambulisho cha taifa", "namba ya nida"),
                *("huduma namba", "maisha namba", "namba ya mlipakodi", "pin ya kra"),
                # An identification number; a birth certificate and its number (red, as labelled);
                # Zanzibar's resident id (Zan ID).
                *("nambari ya utambulisho", "namba ya utambulisho", "cheti cha kuzaliwa"),
                *("namba ya cheti cha kuzaliwa", "nambari ya cheti cha kuzaliwa", "kitambulisho cha mkazi"),
                *("zan id", "zanid"),
            ),
            # A voter's card and its number; a health insurance number (an insurer's member number;
            # Kenya's NHIF is a health id).
            "identification": (
                *("kitambulisho cha mpiga kura", "namba ya mpiga kura", "kadi ya mpiga kura"),
                *("namba ya bima ya afya", "bima ya afya"),
            ),
            # A passport, and the travel pass (pasi ya kusafiria).
            "passport": ("pasipoti", "namba ya pasipoti", "pasi ya kusafiria", "namba ya pasi ya kusafiria"),
            # A driving licence's number; a vehicle's plate and registration.
            "license": (
                *("leseni ya udereva", "leseni ya kuendesha gari", "namba ya leseni ya udereva"),
                *("namba ya gari", "namba ya usajili wa gari"),
            ),
            "bank account": ("namba ya akaunti", "akaunti ya benki", "namba ya akaunti ya benki"),
            # Wages; monthly income (not a bare `mapato`: a business's revenue too).
            "salary": (
                *("mshahara", "kipato", "kipato cha mwezi", "ujira", "mapato ya mwezi"),
                "mapato ya kila mwezi",
            ),
            # Religion and denomination.
            "religion": ("dini", "dhehebu", "madhehebu"),
            # Tribe (kabila), as Kenyan and Tanzanian forms ask.
            "ethnicity": ("kabila",),
            "citizenship": ("uraia", "utaifa"),
            # Health status, illness, blood group, pregnancy; HIV status (VVU) and AIDS, diabetes,
            # tuberculosis, symptoms, medical history, being pregnant.
            "condition": (
                *("hali ya afya", "ugonjwa", "magonjwa", "aina ya damu", "kundi la damu"),
                *("ujauzito", "mimba", "hali ya vvu", "vvu", "ukimwi", "kisukari", "kifua kikuu"),
                *("dalili", "historia ya ugonjwa", "historia ya matibabu", "mjamzito"),
            ),
            # A diagnosis; surgery.
            "diagnosis": ("utambuzi", "utambuzi wa ugonjwa"),
            "procedure": ("upasuaji",),
            "medication": ("dawa", "madawa"),
            "allergy": ("mzio",),
            # A disability; a disabled person; its kind.
            "disability": ("ulemavu", "mlemavu", "aina ya ulemavu"),
            # A workers' union.
            "trade union": ("chama cha wafanyakazi",),
            # An API key (ufunguo wa API).
            "secret": ("ufunguo wa api",),
            # A login token (tokeni ya kuingia).
            "token": ("tokeni", "tokeni ya kuingia", "msimbo wa uthibitisho"),
            # A criminal record (rekodi ya jinai).
            "criminal record": ("rekodi ya jinai",),
            # A profile photo (picha ya wasifu).
            "photo": ("picha ya wasifu",),
            # A card's number (nambari ya kadi).
            "credit card": ("nambari ya kadi",),
            # A patient's file number (namba ya faili la mgonjwa).
            "health id": ("faili la mgonjwa", "namba ya faili la mgonjwa"),
            # An NSSF number.
            "social security number": ("namba ya nssf",),
            # Sexual orientation (mwelekeo wa kimapenzi).
            "sexual orientation": ("mwelekeo wa kimapenzi",),
            # A retired soldier (mwanajeshi mstaafu).
            "veteran": ("mwanajeshi mstaafu",),
            # A postcode (msimbo wa posta).
            "zipcode": ("msimbo wa posta",),
            # Immigration status (hali ya uhamiaji).
            "visa": ("hali ya uhamiaji", "uhamiaji"),
            # A political party (chama cha siasa).
            "political opinion": ("chama cha siasa",),
            # Fingerprints (alama za vidole).
            "biometric": ("alama za vidole",),
            # A credit score (alama ya mkopo).
            "credit score": ("alama ya mkopo",),
        },
    ),
    Language(
        "el",
        True,
        {
            "name": ("onoma", "eponymo", "onomateponymo", "patronymo", "mitronymo"),
            "phone": (
                "tilefono",
                "kinito",
                # Phone numbers.
                *("arithmos tilefonou", "kinito tilefono"),
            ),
            "address": ("dieuthinsi", "diefthynsi", "diefthinsi", "dieuthynsi"),
            "city": (
                "poli",
                # Place of birth.
                "topos gennisis",
                # A municipality (δήμος), where the person lives.
                "dimos",
            ),
            "zipcode": (
                "tachydromikos kodikas",
                # The postcode as Greek forms abbreviate it (`tk`).
                "tk",
            ),
            "birthdate": ("imerominia gennisis",),
            "national id": (
                "afm",
                "amka",
                "arithmos taftotitas",
                "taftotita",
                # An identity card's number.
                "arithmos deltiou taftotitas",
            ),
            "passport": ("arithmos diavatiriou", "diavatirio"),
            "license": ("arithmos kykloforias",),  # a vehicle's registration number
            "citizenship": (
                "ethnikotita",
                "ypikootita",
                # Nationality (ιθαγένεια).
                "ithageneia",
            ),
            # Street.
            "street": ("odos",),
            # Sex.
            "gender": ("fylo",),
            # Password.
            "password": (
                "syntheimatiko",
                # An access code (κωδικός πρόσβασης).
                "kodikos prosvasis",
            ),
            # Account number.
            "bank account": ("arithmos logariasmou",),
            # Pay and income.
            "salary": (
                "misthos",
                "eisodima",
                "apodoches",
            ),
            # Medicines.
            "medication": ("farmaka",),
            # Illness, blood group.
            "condition": (
                # Chronic illnesses (chronia nosimata).
                *("chronia nosimata", "nosimata", "chronies pathiseis"),
                "astheneia",
                "omada aimatos",
            ),
            # Greece's temporary number for insurance and health care (ΠΑΑΥΠΑ), a health id as AMKA is.
            "health id": ("paaypa",),
            # Disability.
            "disability": ("anapiria",),
            # Religion.
            "religion": (
                "thriskeuma",
                "thriskevma",
            ),
            # Criminal record.
            "criminal record": ("poiniko mitroo",),
            # Residence status and permit (καθεστώς διαμονής, άδεια διαμονής).
            "visa": ("kathestos diamonis", "adeia diamonis", "adeia paramonis"),
            # A trade union (συνδικαλιστική οργάνωση, σωματείο).
            "trade union": ("syndikalistiki organosi", "syndikato"),
            # A party preference (κομματική προτίμηση).
            "political opinion": ("kommatiki protimisi",),
        },
    ),
    Language(
        "tl",
        True,
        {
            "name": ("pangalan", "apelyido", "buong pangalan", "gitnang pangalan", "palayaw"),
            "phone": ("numero ng telepono", "telepono", "selpon", "numero ng selpon"),
            # Residence, barangay and its zones (purok).
            "address": ("tirahan", "barangay", "purok", "kasalukuyang tirahan", "permanenteng tirahan"),
            "street": ("kalye",),
            "city": ("lungsod", "munisipyo", "lugar ng kapanganakan"),
            "birthdate": ("kaarawan", "petsa ng kapanganakan", "araw ng kapanganakan", "kapanganakan"),
            "gender": ("kasarian",),
            "religion": ("relihiyon",),
            "citizenship": ("pagkamamamayan", "nasyonalidad"),
            "ethnicity": (
                "pangkat etniko",
                "tribo",
                # An indigenous community (katutubong pamayanan).
                "katutubong pamayanan",
            ),
            "salary": (
                "sweldo",
                "suweldo",
                "sahod",
                "buwanang sahod",
                "buwanang kita",
                # Pay per hour.
                "sahod kada oras",
                # Daily wage (arawang kita, sahod).
                "arawang kita",
            ),
            # The Philippines' UMID, Pag-IBIG (HDMF) and GSIS numbers, as SSS and PhilSys are.
            "national id": (
                *("umid", "umid number", "pagibig number", "pag ibig number", "pagibig mid"),
                *("pag ibig mid", "hdmf number", "gsis number", "gsis bp"),
                # The same cards as `_id` keys name them (`sss_id`, `gsis_id`, `umid_id`, `tin_id`),
                # PhilSys's printed and digital ids (PhilID, ePhilID), a senior citizen's (OSCA) id.
                *("sss id", "gsis id", "umid id", "pagibig id", "pag ibig id", "tin id", "philsys id"),
                *("philid", "ephilid", "osca id", "osca number"),
                # PhilSys's card number (PCN); a foreigner's Alien Certificate of Registration card.
                *("philsys pcn", "philsys card no", "acr icard", "acr i card", "acr icard number"),
                "numero ng sss",  # an SSS number in Tagalog
            ),
            # The 4Ps cash transfer's household and beneficiary ids (Pantawid Pamilyang Pilipino).
            "identification": ("4 ps id", "pantawid id"),
            # PhilHealth's identification number (PIN) and id, as keys name them (`philhealth_id`).
            "health id": (
                *("philhealth id", "philhealth pin", "philhealth id number", "philhealth member number"),
            ),
            # A professional's licence (PRC).
            "license": (
                "prc license number",
                "prc id",
                # A vehicle's plate.
                *("plaka ng sasakyan", "plaka"),
                # A licence's number (numero ng lisensya).
                *("numero ng lisensya", "lisensya"),
            ),
            "condition": (
                *("karamdaman", "uri ng dugo"),
                # Pregnant, pregnancy, an illness's kind and history, vaccinated and vaccination status.
                *("buntis", "pagbubuntis", "uri ng sakit", "kasaysayan ng sakit", "bakunado"),
                "katayuan ng bakuna",
            ),
            # A prescription (reseta) and its number.
            "medication": ("gamot", "reseta", "numero ng reseta"),
            "allergy": ("alerhiya",),
            "diagnosis": ("diyagnosis",),
            # A person with a disability (taong may kapansanan, PWD).
            "disability": ("kapansanan", "may kapansanan", "taong may kapansanan"),
            # An ID's picture.
            "photo": (
                "larawan ng id",
                # A photo of the face (litrato ng mukha).
                *("litrato ng mukha", "litrato"),
            ),
            # A password (kontrasenya).
            "password": ("kontrasenya",),
        },
    ),
    Language(
        "ga",
        True,
        {
            "name": ("ainm", "sloinne", "sloinne roimh phosadh", "ainm iomlan"),
            "address": ("seoladh",),
            "city": ("cathair", "ait bhreithe", "ait bhais"),
            "zipcode": ("eirchod", "eircode"),
            "birthdate": ("data breithe", "data bhais"),
            # A passport's number (uimhir pas).
            "passport": ("uimhir phas", "uimhir pas"),
            # A PPS number (uimhir PSP).
            "social security number": ("uimhir psp",),
            # A medical card's number (uimhir chárta leighis).
            "health id": ("uimhir carta leighis", "carta leighis"),
            # A salary (tuarastal).
            "salary": ("tuarastal",),
            # A photograph (grianghraf).
            "photo": ("grianghraf",),
            # A religion (creideamh).
            "religion": ("creideamh",),
        },
    ),
    Language(
        "mi",
        True,
        {
            "name": ("ingoa", "ingoa whanau", "kaitiaki ingoa"),
            "address": ("wahi noho",),
            "city": ("taone",),
            "birthdate": ("ra whanau",),
            "condition": ("mate huango",),
            "medication": ("rongoa",),
        },
    ),
    # Afrikaans, as South African apps write it; `nommer` is a number word.
    Language(
        "af",
        True,
        {
            # Full name, given names, the name one goes by, maiden name, name and surname, initials.
            "name": ("volle naam", "voorname", "noemnaam", "nooiensvan", "naam en van", "voorletters"),
            # Phone, cellphone (selfoon) and contact numbers.
            "phone": ("telefoonnommer", "selfoon", "selfoonnommer", "selnommer", "kontaknommer"),
            "email": ("e posadres", "eposadres", "e pos adres"),
            # Postal, residential, street, physical, delivery and home addresses.
            "address": (
                *("adres", "posadres", "woonadres", "straatadres", "fisiese adres", "afleweringsadres"),
                *("huisadres", "residensiele adres"),
            ),
            "street": ("straat", "straatnaam", "huisnommer", "straatnommer"),
            "city": ("dorp", "geboorteplek"),
            "zipcode": ("poskode",),
            "birthdate": ("geboortedatum", "sterfdatum", "verjaarsdag", "geboortejaar"),
            "gender": ("geslag",),
            # The identity number; income tax number.
            "national id": (
                *("id nommer", "identiteitsnommer", "sa id nommer", "inkomstebelastingnommer"),
                "belastingnommer",  # the tax number
            ),
            # An insurance policy's number, a medical aid's (mediese fonds) member number; the
            # identity document.
            "identification": (
                "polisnommer",
                "mediese fonds nommer",
                "lidnommer",  # a member's number
                "mediesefondsnommer",
                "identiteitsdokument",
            ),
            "passport": ("paspoort", "paspoortnommer"),
            # A driving licence (rybewys), a number plate.
            "license": (
                "rybewys",
                "rybewysnommer",
                "bestuurslisensie",
                "nommerplaat",
                # A vehicle's registration (voertuigregistrasie).
                "voertuigregistrasie",
            ),
            "bank account": ("rekeningnommer", "bankrekening", "bankrekeningnommer"),
            "salary": (
                "salaris",
                "inkomste",
                "maandelikse inkomste",
                "maandelikse salaris",
            ),
            "password": ("wagwoord",),
            "religion": ("godsdiens", "geloof"),
            # Population group, as South African employment-equity forms ask.
            "ethnicity": ("bevolkingsgroep",),
            "citizenship": ("nasionaliteit", "burgerskap"),
            "disability": (
                "gestremdheid",
                "gestremd",
                # Special needs (spesiale behoeftes).
                *("spesiale behoeftes", "spesiale behoeftes leerder"),
            ),
            "condition": (
                *("oorsaak van dood", "siekte", "mediese toestand", "chroniese siekte", "swanger"),
                "pyntelling",  # a pain score
            ),
            "medication": ("medikasie", "medisyne"),
            "allergy": ("allergiee",),
            # A gate code (hekkode).
            "secret": (
                "hekkode",
                "hek kode",
                # An alarm's code (alarmkode).
                *("alarmkode", "alarm kode"),
                # A security question's answer (sekuriteitsvraag).
                *("sekuriteitsvraag", "sekuriteitsvraag antwoord"),
            ),
            # Sexual orientation (seksuele oriëntasie).
            "sexual orientation": ("seksuele oriëntasie",),
            # A patient's file number (pasiëntlêernommer).
            "health id": ("pasiëntlêernommer", "pasiënt lêernommer"),
            # A card's number (kaartnommer).
            "credit card": ("kaartnommer",),
        },
    ),
    Language(
        "ar",
        True,
        {
            # A credit score and rating.
            "credit score": (
                "الدرجة الائتمانية",
                "التقييم الائتماني",
                "التصنيف الائتماني",
                # A credit rating, in Arabizi (al-tasnif al-i2timani).
                "al tasnif al i2timani",
            ),
            # Phone, mobile (jawal in the Gulf, mahmoul and khalawi in the Levant), WhatsApp.
            "phone": (
                *("raqam al hatif", "رقم الهاتف", "الجوال", "hatif", "hatif mahmul", "hatif mahmoul"),
                *("jawal", "jawwal", "raqm jawal", "mahmoul", "khalawi"),
                *("هاتف", "الهاتف", "جوال", "رقم الجوال", "الموبايل", "موبايل", "رقم الموبايل"),
                *("الهاتف المحمول", "رقم الهاتف المحمول", "المحمول", "الخلوي", "رقم الواتساب", "واتساب"),
                # Egyptian and Levantine spellings of the phone and the mobile; a contact number.
                *("hatef", "hatef mahmoul", "mahmool", "mahmul", "mahmol", "khelewi", "khilawi", "khalawy"),
                *("raqm tawasul", "raqm tawasol", "raqm ittisal", "tilifon", "telifon"),
            ),
            # Gulf delivery addresses: house, district, block, street, avenue; Kuwait's PACI number.
            "address": (
                # A residence (al sakan).
                *("al sakan", "sakan", "السكن"),
                *("unwan", "العنوان", "makani", "makani number", "almanzil", "manzil", "alqitaa"),
                *("qitaa", "alshari", "shari", "jadda", "almintaqa", "mintaqa", "الحي", "paci number"),
                # Egyptian and Maghrebi spellings; the home, delivery and billing address; where one
                # lives (not a bare `iqama`, the resident's permit); Saudi Arabia's national address.
                *("enwan", "onwan", "unwan al sakan", "unwan al tawsil", "unwan al tasleem"),
                *("unwan al fatura", "unwan al manzil", "mahal al iqama", "makan al iqama"),
                *("unwan watani", "national address", "sunduq al barid", "صندوق البريد"),
                *("عنوان", "عنوان السكن", "عنوان المنزل", "عنوان التوصيل", "عنوان الشحن", "عنوان الفاتورة"),
                *("مكان الإقامة", "محل الإقامة", "العنوان الوطني", "رقم الشقة", "الشقة"),
                # A district (hayy), a region's spellings; where one lives (sakan); a PO box as spelt.
                *("hayy", "mantiqa", "mantiqah", "mantika", "mintaqah", "makan al sakan", "mahal al sakan"),
                *("sanduq barid", "sanduq bareed", "sandouq barid", "sandouq bareed", "sandouk bareed"),
                *("sandouk barid", "sundooq bareed", "sunduq bareed", "sondok bareed"),
                # A refugee camp, where a household lives (`al_mukhayyam`).
                "mukhayyam",
            ),
            # A street, its name, a building's and a house's number.
            "street": (
                *("الشارع", "اسم الشارع", "رقم المبنى", "رقم المنزل", "رقم البيت", "ism al shari"),
                *("raqm al mabna", "raqm al manzil"),
                # A building's (emara, bina), a house's and a flat's number; an alley (zuqaq, zanqa).
                *("raqm al emara", "raqm al imara", "raqm al bina", "raqm al binaya", "raqm al bayt"),
                *("raqm al beit", "raqm al shaqqa", "raqm al shaqa", "zuqaq", "zanqa"),
            ),
            "zipcode": (
                *("al ramz al baridi", "ramz baridi", "الرمز البريدي", "رمز بريدي"),
                # The postcode as Egyptian and Gulf keys spell it.
                *("ramz bareedi", "ramz bareedy", "ramz barid", "code bareedi", "code bareedy"),
                "code baridi",
            ),
            "name": (
                *("ism", "ism al aila", "ism al ab", "ism al mustafeed", "al ism al kamil"),
                *("الاسم", "الاسم الكامل", "اسم العائلة", "اسم العميل"),
                # Egyptian `esm`; first, last, family (usra, and Maghrebi laqab) names; the father's,
                # mother's and grandfather's, as four-part names are asked; the three- and four-part
                # name; a username; a customer's, recipient's, sender's, account and card holder's.
                *("esm", "esm kamel", "esm el aela", "ism awal", "ism al awal", "ism al awwal"),
                *("ism akhir", "ism al akhir", "ism al usra", "ism al aela", "laqab"),
                *("ism al umm", "ism al om", "ism al jad", "ism al jadd", "ism thulathi"),
                *("ism al thulathi", "ism rubai", "ism al rubai", "ism al mustakhdim"),
                *("ism al mustalim", "ism al mustalam", "ism al murasil", "ism al ameel", "ism al zaboon"),
                *("ism sahib al hisab", "ism hamil al bitaqa"),
                *(
                    "اسم",
                    "الاسم الأول",
                    "الاسم الاول",
                    "الاسم الأخير",
                    "الاسم الاخير",
                    "اسم الأب",
                    "اسم الاب",
                ),
                *("اسم الأم", "اسم الام", "اسم الجد", "الاسم الثلاثي", "الاسم الرباعي", "اسم المستخدم"),
                *("اسم المستلم", "اسم المرسل", "اسم صاحب الحساب", "اسم حامل البطاقة", "اللقب", "الكنية"),
                *("اسم الزبون", "اسم المستفيد", "الاسم بالكامل"),
                # The kunya (Abu or Umm so-and-so), the family name in the Levant and Morocco (kunya, knia),
                # Morocco's smiya; the name one is known by (shuhra).
                *("kunya", "kunyah", "knia", "lakab", "smiya", "ism shuhra"),
            ),
            "email": (
                *("البريد الإلكتروني", "بريد الكتروني", "الايميل", "ايميل", "al barid al iliktruni"),
                *("barid iliktruni", "bareed electroni", "al bareed al electroni"),
                # Mail (bareed) alone, as Arabic keys shorten the e-mail.
                *("bareed", "barid"),
            ),
            # Birth date (milad, wilada), a birthday; the place of birth.
            "birthdate": (
                *("tarikh al milad", "tareekh al milad", "تاريخ الميلاد", "tarikh al wilada"),
                *("tareekh al wilada", "tarekh milad", "tarekh el milad", "yawm al milad"),
                *("تاريخ الولادة", "تاريخ الميلاد الهجري", "يوم الميلاد"),
                # Birth date spellings (taarikh, meelad, the article run in: almilad, elmilad); Morocco's date
                # of birth (tarikh al izdiyad); a birthday (eid milad); the year of birth.
                *("taarikh milad", "tarikh meelad", "tareekh meelad", "tarikh melad"),
                *("tarekh melad", "tarikh almilad", "tareekh almilad", "tarekh almilad", "tarikh elmilad"),
                *("tareekh elmilad", "tarekh elmilad", "tarikh wiladah", "tareekh wiladah"),
                *("tarikh al izdiyad", "tareekh al izdiyad", "eid milad", "sanat al milad"),
                "sanat al wilada",
                # A birth date, Egyptian romanisation (taree5 el-wilade).
                "taree5 el wilade",
                # A birth date in Egyptian and Maghrebi Arabizi.
                *("tare5 el milad", "tarikh zyada"),
            ),
            "city": (
                *("al madina", "madina", "المدينة", "makan al milad", "makan al wilada"),
                *("مكان الميلاد", "مكان الولادة", "محل الميلاد", "محل الولادة"),
                # The place of birth (mahal, Morocco's izdiyad).
                *("mahal al milad", "mahal al wilada", "makan al wiladah", "makan al izdiyad"),
                "mahal al izdiyad",
                # A town, where one is registered, where one was born (Maghrebi: blasat zyada).
                *("lmdina", "mahall al qayd", "blasat zyada"),
            ),
            "passport": (
                *("raqm jawaz al safar", "raqam jawaz al safar", "jawaz al safar", "رقم جواز السفر"),
                *("jawaz", "raqm al jawaz", "جواز السفر", "رقم الجواز", "جواز"),
                # Egypt's passport (gawaz safar; not a bare `gawaz`, marriage).
                *("gawaz safar", "raqm gawaz safar"),
            ),
            # A visa, its number; a work permit.
            "visa": (
                *("naw al tashira", "رقم التأشيرة", "tashira", "al tashira", "raqm al tashira"),
                *("التأشيرة", "تأشيرة", "تصريح العمل", "tasrih al amal"),
                # A visa's status, romanised as spelt.
                *("halat al taashira", "taashira", "halat al tashira"),
                # A residence permit's number (raqam al-iqama).
                *("raqam aliqama", "raqam al iqama"),
                # A work permit, in Arabizi (tasrih al-3amal).
                "tasrih al 3amal",
                # A visa's status, in Arabizi (halat al-ta2shira).
                *("halat al ta2shira", "ta2shira"),
                # A border number (Saudi) and a work permit's number.
                *("raqm huduud", "raqm hudud", "raqm tasreeh al amal"),
            ),
            "gender": ("jins", "الجنس", "al jins", "نوع الجنس", "naw al jins"),
            # Identity numbers: Saudi Arabia's hawiya and iqama (and a visitor's border number),
            # Egypt's national number (al raqm al qawmi), Jordan's national number, the civil
            # numbers and cards of Kuwait, Oman and Bahrain, the Emirates ID, an identity card.
            "national id": (
                *("raqam al hawiya", "رقم الهوية", "hawiya", "hawiya wataniya", "al hawiya al wataniya"),
                *(
                    "raqm al iqama",
                    "iqama id",
                    "raqm qawmi",
                    "al raqm al qawmi",
                    *("rakm qawmi", "al rakm al qawmi"),  # (also written with k)
                    "raqm watani",
                    "raqm madani",
                ),
                *("al raqm al madani", "bitaqa wataniya", "bitaqa madaniya", "bitaqat al hawiya"),
                *("الهوية", "الهوية الوطنية", "رقم الهوية الوطنية", "رقم الإقامة", "رقم الاقامة"),
                *("الرقم القومي", "الرقم الوطني", "الرقم المدني", "البطاقة المدنية", "رقم البطاقة المدنية"),
                *(
                    "بطاقة الهوية",
                    "رقم بطاقة الهوية",
                    "رقم الحدود",
                    "الهوية الإماراتية",
                    "رقم الهوية الإماراتية",
                ),
                *("البطاقة الوطنية", "رقم البطاقة الوطنية", "بطاقة الرقم القومي", "raqm al hudud"),
                # Identity (hawiya) as Levantine and Gulf keys spell it; Egypt's national number (qawmy,
                # kawmi), its personal card (betaka shakhseya); the Maghreb's identity card (bitaqat al
                # taarif), Morocco's CNIE (not a bare `cin`: Italy's holiday-let code); Saudi Arabia's
                # civil registry (sijil madani) and iqama as spelt; Bahrain's personal number (CPR, al
                # raqm al shakhsi); Qatar's and Kuwait's ids written out.
                *("hawiyya", "hawiyyah", "hawiyah", "hawia", "huwiya", "huwiyya", "hawiyeh", "hawiyye"),
                *("raqm qawmy", "raqm kawmi", "raqm kawmy", "raqm qaumi", "bitaqa shakhsiya"),
                *("bitaqa shakhsiyya", "betaka shakhseya", "betaqa shakhsiya", "bitaqat shakhsiya"),
                *("betaka wataniya", "bitaka wataniya", "betaqa wataniya"),
                *("bitaqat taarif", "betaqat taarif", "bitakat taarif", "cnie", "sijil madani"),
                *("sijl madani", "eqama", "ekama", "iqamah", "ikama", "civilid", "raqm shakhsi", "qatar id"),
                # An identity number (raqam al-hawiya).
                "raqam alhawiya",
                # The national number, an ID card's number, a family book's number, a civil register's
                # extract, a sponsor's id.
                *(
                    "el ra2m el 2awmy",
                    "ra9m bita9at ta3rif",
                    "ra9m lbita9a lwatania",
                    "raqm al ta3rif al watani",
                    "raqm daftar al 3a2ila",
                    "raqm khulasat al qaid",
                    "raqm al sijil",
                    "kafeel id",
                    "qid number",
                ),
            ),
            # A driving licence; a car's plate.
            "license": (
                *("rukhsat al qiyada", "rukhsat qiyada", "raqm al lawha", "lawhat al sayyara"),
                *("رخصة القيادة", "رقم رخصة القيادة", "رقم اللوحة", "لوحة السيارة", "رقم لوحة السيارة"),
                # A driving licence (siyaqa in Egypt and the Maghreb).
                *("rokhsat al siyaqa", "rokhset siyaqa", "rukhsat siyaqa"),
                # A car's number and a licence's number; a professional licence.
                *("nemrat el 3arabeya", "ra2m el rokhsa", "raqm tarkhis mihani"),
            ),
            "citizenship": (
                *("al jinsiya", "jinsiya", "الجنسية", "jensiya", "al jinsia", "جنسية"),
                # Nationality as Egypt (genseya), the Gulf and the Levant spell it, the article run in.
                *("genseya", "gensia", "gensiya", "gensiyya", "ginsiya", "jinsiyya", "jinsiyyah"),
                *("jinsiyah", "jinsiah", "jensia", "jensiyah", "jenseya", "jinseya", "aljinsiya"),
                *("aljinsiyah", "eljensia", "elgenseya", "elgensia"),
            ),
            # Monthly and basic pay, income.
            "salary": (
                *("الدخل الشهري", "الراتب", "ratib", "al ratib", "ratib shahri", "al ratib al shahri"),
                *("dakhl", "al dakhl", "dakhl shahri", "al dakhl al shahri", "الراتب الشهري"),
                *("الراتب الأساسي", "الدخل", "إجمالي الراتب"),
                # Egyptian and Levantine pay (rateb, murattab), a pension (maash), monthly wage (ajr).
                *("rateb", "rateb shahry", "rateb asasy", "murattab", "morattab", "moratab", "mortab"),
                *("maash", "dakhel", "dakhl shahry", "ajr shahri"),
                # A monthly salary, romanised.
                *("raatib shahri", "ratib shahri"),
                # Pay (al-khalas, Maghrebi romanisation).
                "lkhlass",
                # Hourly pay, a housing and a transport allowance, monthly pay, basic pay, end-of-service
                # gratuity.
                *(
                    "ajr bil sa3a",
                    "badal sakan",
                    "badal mowasalat",
                    "ma3ash shahry",
                    "raatib asasi",
                    "mukafat nihayat al khidma",
                ),
            ),
            # A bank account, its number, the IBAN.
            "bank account": (
                *("al hisab al bank", "hisab bank", "al hisab al masrafi", "raqm al hisab al bank"),
                *("الحساب البنكي", "رقم الحساب البنكي", "الحساب المصرفي", "رقم الحساب المصرفي"),
                *("رقم الآيبان", "الآيبان", "آيبان", "رقم الحساب", "raqm al hisab"),
                # An account's number, Maghrebi (ra9m l7sab).
                "ra9m l7sab",
            ),
            "credit card": (
                "بطاقة الائتمان",
                "رقم بطاقة الائتمان",
                "bitaqat al itiman",
                # A card's number (raqam al-bitaqa).
                "raqam al bitaqa",
            ),
            "password": (
                *("kalimat al sir", "kalimat al murur", "kalimat sir", "kilmat al sir", "كلمة المرور"),
                *("كلمة السر", "الرقم السري"),
                # A password (kelmet el ser, kalimat al morour) as spelt; a PIN (al raqm al sirri).
                *("kelmet ser", "kelmat ser", "kelmet sir", "kelmat sir", "kalmat sir", "kalimat morour"),
                *("kalimat mroor", "kelmet morour", "kelmat morour"),
                *("raqm sirri", "raqm siri", "raqm sery", "raqm serri"),
            ),
            # A verification and an activation code (OTP).
            "token": (
                *("رمز التحقق", "رمز التفعيل", "ramz al tahaqquq", "ramz al tafeel"),
                # A verification code as spelt.
                *("ramz tahaqoq", "code tahaqoq", "ramz tahakkuk"),
                # A confirmation code and a session's code, in Arabizi.
                *("code el ta2keed", "rumz al jalsa"),
            ),
            # Religion (diyana on Egyptian and Syrian identity cards), sect and school of law.
            "religion": (
                *("diyana", "al diyana", "الديانة", "الدين", "المذهب", "madhhab", "al madhab"),
                *("al taifa", "الطائفة"),
                # Religion as Egyptian and Gulf keys spell it; school of law.
                *("deyana", "diyanah", "dyana", "deen", "mathhab"),
            ),
            # Tribe and clan, as Gulf and Jordanian forms ask.
            "ethnicity": (
                *("qabila", "al qabila", "القبيلة", "ashira", "al ashira", "العشيرة"),
                # A tribe as spelt in the Gulf (gabeela).
                *("qabeela", "gabeela"),
                # Ethnicity (al-qawmiya).
                "al qawmiya",
            ),
            # Blood type, chronic illness, health status.
            "condition": (
                *("fasilat al dam", "fasilat dam", "فصيلة الدم", "الأمراض المزمنة", "amrad muzmina"),
                *("al amrad al muzmina", "الحالة الصحية", "al hala al sihhiya", "المرض", "الأمراض"),
                # Blood group as spelt (and the Maghreb's zumra damawiya); illnesses, chronic ones; health
                # status.
                *("faseelat dam", "fasilet dam", "faseelet dam", "zumra damawiya"),
                *("amrad", "marad", "amrad mozmena", "amrad mouzmina", "marad muzmin", "marad mozmen"),
                *("hala sehiya", "hala seheya", "hala sihiya"),
                # A chronic condition, in Egyptian Arabizi (7ala sa7eya mozmena).
                "7ala sa7eya mozmena",
            ),
            "allergy": (
                *("hasasiya", "al hasasiya", "الحساسية"),
                # Allergy as spelt.
                *("hassasiya", "hasasia", "hasasiyya", "hassasiyya", "hasasiyah"),
                # An allergy, in Arabizi (7asasiya).
                "7asasiya",
            ),
            "medication": (
                *("al adwiya", "adwiya", "الأدوية", "الدواء"),
                # Medicines as Egyptian keys spell them.
                *("adwia", "adweya", "adwiyah", "dawaa"),
            ),
            "diagnosis": ("tashkhees", "al tashkhees", "tashkhis", "التشخيص"),
            # Disability; the UAE's people of determination (ashab al himam).
            "disability": (
                *("iaqa", "al iaqa", "الإعاقة", "نوع الإعاقة", "ذوي الإعاقة", "أصحاب الهمم"),
                *("ashab al himam", "people of determination"),
                # Disability as spelt.
                *("iaaqa", "eaqa", "ieaqa"),
                # A disability and its kind (naw' al-i'aqa).
                *("nawa aliaqa", "aliaqa"),
                # A disability, in Arabizi (al-i3aqa).
                "al i3aqa",
            ),
            # A medical file's and a patient's number.
            "health id": (
                # A health card's number (raqam al bitaqa al sihiya).
                *("raqam al bitaqa al sihiya", "raqam al batiqa al sihiya", "al bitaqa al sihiya"),
                *("al batiqa al sihiya", "bitaqa sihiya", "batiqa sihiya"),
                "raqm al malaf al tibbi",
                "رقم الملف الطبي",
                "raqm al mareed",
                "رقم المريض",
                # A health card's number (رقم البطاقة الصحية).
                *("رقم البطاقة الصحية", "البطاقة الصحية"),
                # Morocco's RAMED card.
                *("ramed no", "ramed"),
            ),
            "criminal record": (
                "sahifat al sawabiq",
                "صحيفة السوابق",
                "الحالة الجنائية",
                "صحيفة الحالة الجنائية",
                # A criminal record, romanised.
                *("al sijil al jinai", "sijil jinai", "السجل الجنائي"),
                # Criminal precedents (sawabiq jinaiya).
                *("sawabiq jinaiya", "sawabiq"),
                # A criminal record sheet, Egyptian (fish gena2y).
                *("fish gena2y", "fish genai"),
            ),
            # An insurance document's number.
            "identification": (
                "raqam wathiqat al tamin",
                "raqm wathiqat al tamin",
                "wathiqat al tamin",
                # An insurance document's number (raqam wathiqat al-ta2min).
                "raqam wathiqat al ta2min",
                # UAE PASS's id, Daman's member id.
                *("uae pass uuid", "uae pass id", "daman member id"),
            ),
            # A picture of the card or the ID (صورة البطاقة), a personal photo.
            "photo": (
                "صورة",
                "صورة البطاقة",
                "صورة الهوية",
                "صورة شخصية",
                # A personal photo (الصورة الشخصية).
                "الصورة الشخصية",
                # A profile picture (surat al-profile).
                "surat al profile",
            ),
            # A birth certificate (شهادة الميلاد).
            "certificate": (
                "شهادة الميلاد",
                "رقم شهادة الميلاد",
                # A civil registry extract and a marriage certificate's number.
                *("ikhraj qayd", "ikhraj qayd no", "shahadat al zawaj", "shahadat al zawaj no"),
            ),
            # A vehicle's chassis number (رقم الهيكل).
            "serial": (
                "رقم الهيكل",
                # A vehicle's chassis number (raqam al-haykal).
                "raqam al haykal",
                # A chassis number (raqm al-shasi).
                "raqm al shasi",
            ),
            # A surgical operation (العملية الجراحية).
            "procedure": (
                "العملية الجراحية",
                "عملية جراحية",
                # A surgical operation, in Arabizi (al-3amaliya al-jirahiya).
                "al 3amaliya al jirahiya",
                # Past operations (amaliyat sabiqa).
                "amaliyat sabiqa",
            ),
            # Former military service (خدمة عسكرية سابقة).
            "veteran": ("خدمة عسكرية سابقة",),
            # An advertising identifier, in Arabizi (mu3arrif al-i3lanat).
            "advertising id": (
                "mu3arrif al i3lanat",
                # An advertising identifier, in Egyptian Arabizi.
                "mo3arif el i3lan",
            ),
            # A fingerprint, in Arabizi (basmat al-isba3).
            "biometric": (
                "basmat al isba3",
                # A thumbprint and a face print (basmat al-ibham, basmat al-wajh).
                *("basma ibham", "basmat al ibham", "basmat al wajh"),
            ),
            # A trade union (al-naqaba).
            "trade union": (
                "al naqaba",
                # A trade union (al-niqaba).
                "al niqaba",
            ),
            # A secret key (al-miftah al-sirri).
            "secret": ("al miftah al sirri",),
            # Political affiliation, in Arabizi (al-intima2 al-siyasi).
            "political opinion": ("al intima2 al siyasi",),
            # Saudi GOSI's, Egypt's insurance and Algeria's social security numbers.
            "social security number": ("gosi no", "gosi number", "ra2m el ta2meenat", "raqm daman ijtima3i"),
        },
    ),
    # Hebrew, transliterated as Israeli backends write it (`shem_prati`, `teudat_zehut`) and in
    # Hebrew script; noun first (construct state). `mispar`/`מספר` is a number word.
    Language(
        "he",
        True,
        {
            # Name, first and family names, full name, username, the father's name.
            "name": (
                *("shem", "shem prati", "shem mishpacha", "shem mishpaha", "shem mishpakha", "shem male"),
                *("shem malei", "shem mishtamesh", "shem ha av", "shem av", "shem ha lakoach"),
                *("שם", "שם פרטי", "שם משפחה", "שם מלא", "שם משתמש", "שם האב", "שם הלקוח", "שם הנמען"),
                *("שם בעל החשבון", "שם בעל הכרטיס"),
            ),
            # Phone, mobile (nayad, and pelefon as Israelis call any mobile).
            "phone": (
                *("telefon nayad", "nayad", "mispar nayad", "pelefon", "mispar pelefon"),
                *("טלפון", "מספר טלפון", "טלפון נייד", "נייד", "מספר נייד", "פלאפון", "פלפון"),
            ),
            # E-mail (doar elektroni, and its acronym dual, written `דוא"ל`).
            "email": (
                *("doar elektroni", "doar electroni", "doal", "ktovet email", "ktovet doal"),
                *("דואר אלקטרוני", "דוא ל", "דואל", "אימייל", "מייל", "כתובת אימייל", "כתובת מייל"),
                "כתובת דוא ל",
            ),
            # Address (ktovet), residential and delivery; a flat.
            "address": (
                *("ktovet", "ktovet megurim", "ktovet lemishloach", "ktovet mishloach", "ktovet bayit"),
                *("כתובת", "כתובת מגורים", "כתובת למשלוח", "כתובת משלוח", "כתובת הבית", "דירה", "מספר דירה"),
            ),
            "street": ("rechov", "rehov", "mispar bayit", "רחוב", "מספר בית", "שם רחוב"),
            # City and locality (yishuv), city of residence, place of birth.
            "city": ("ir megurim", "yishuv", "עיר", "עיר מגורים", "ישוב", "יישוב", "מקום לידה"),
            "zipcode": ("mikud", "מיקוד"),
            "birthdate": (
                *("taarich leida", "tarich leida", "taarikh leida", "yom huledet", "taarich huledet"),
                *("תאריך לידה", "יום הולדת", "שנת לידה"),
            ),
            "gender": ("migdar", "מין", "מגדר"),
            # The identity number and card (teudat zehut, written `ת"ז`).
            "national id": (
                *("teudat zehut", "tehudat zehut", "mispar zehut", "zehut"),
                *("mispar teudat zehut", "תעודת זהות", "מספר זהות", "מספר תעודת זהות", "ת ז", "תז"),
            ),
            "passport": ("darkon", "mispar darkon", "דרכון", "מספר דרכון"),
            # A driving licence; a car's number (its plate).
            "license": (
                *("rishayon nehiga", "rishyon nehiga", "mispar rechev", "mispar rishui"),
                *("רישיון נהיגה", "רשיון נהיגה", "מספר רישיון נהיגה", "מספר רכב", "לוחית רישוי"),
            ),
            # A bank account and its number.
            "bank account": (
                *("mispar cheshbon", "mispar heshbon", "cheshbon bank", "heshbon bank"),
                *("מספר חשבון", "חשבון בנק", "מספר חשבון בנק"),
            ),
            "credit card": ("kartis ashrai", "mispar kartis ashrai", "כרטיס אשראי", "מספר כרטיס אשראי"),
            # Monthly pay and income (not a bare `sachar`: as often rent, sachar dira).
            "salary": (
                *("maskoret", "maskoret chodshit", "sachar chodshi", "hachnasa", "hachnasa chodshit"),
                *("משכורת", "שכר חודשי", "הכנסה", "הכנסה חודשית", "שכר ברוטו", "שכר נטו"),
            ),
            "password": ("sisma", "סיסמה", "סיסמא"),
            "token": ("קוד אימות", "kod imut"),
            # Citizenship; the nationality (leom) Israeli records kept, which is ethnic.
            "citizenship": ("ezrachut", "ezrahut", "אזרחות"),
            # A nationality (leom); the sector a person belongs to (migzar: Jewish, Arab, Druze, Haredi).
            "ethnicity": ("leom", "לאום", "migzar", "מגזר"),
            "religion": ("דת",),
            # Illnesses, blood type, medicines, allergies, a diagnosis, disability (nechut).
            "condition": (
                "machalot",
                "mahalot",
                "sug dam",
                "מחלות",
                "סוג דם",
                "מחלות רקע",
                "היריון",
                "הריון",
            ),
            "medication": ("trufot", "תרופות"),
            "allergy": ("alergiot", "אלרגיות", "רגישויות"),
            # A diagnosis, and a diagnostic assessment (ivhun).
            "diagnosis": ("avchana", "אבחנה", "ivhun", "אבחון"),
            "disability": ("nechut", "אחוזי נכות", "נכות"),
            # Sexual orientation.
            "sexual orientation": ("נטייה מינית", "netiya minit"),
            # A workers' organisation.
            "trade union": ("irgun ovdim", "ארגון עובדים"),
            # A work permit.
            "visa": (
                "heter avoda",
                "היתר עבודה",
                # A visa's kind (סוג אשרה).
                *("סוג אשרה", "אשרה"),
            ),
            # A discharged soldier's status (חייל משוחרר).
            "veteran": (
                "חייל משוחרר",
                "מעמד חייל משוחרר",
                # A discharge certificate's number (mispar teudat shichrur).
                *("mispar teudat shichrur", "teudat shichrur"),
            ),
            # Convictions and a criminal record (הרשעות, רישום פלילי).
            "criminal record": (
                "הרשעות",
                "הרשעות קודמות",
                "רישום פלילי",
                # A criminal record (rishum plili).
                "rishum plili",
            ),
            # A health fund's member number (mispar chaver kupat cholim).
            "identification": (
                "mispar chaver kupat cholim",
                # The same, the fund shortened to kupah.
                *("mispar haver kupah", "mispar chaver kupah", "haver kupah", "chaver kupah"),
            ),
        },
    ),
    # Persian (Farsi), transliterated as Iranian backends write it (`nam_khanevadegi`, `kode_melli`,
    # `shomare_hamrah`) and in Persian script (its own yeh and kaf); noun first (ezafe).
    # `shomare`/`شماره` is a number word.
    Language(
        "fa",
        True,
        {
            # Family name (famil, as Iranian forms say it), father's name, full name, username.
            # (Not a bare `nam`: the Vietnamese word for year.)
            "name": (
                *("nam khanevadegi", "name khanevadegi", "nam e khanevadegi", "famil", "nam famil"),
                *("nam pedar", "name pedar", "nam e pedar", "nam kamel", "name kamel", "nam karbari"),
                *("name karbari", "نام", "نام خانوادگی", "نام و نام خانوادگی", "نام پدر", "نام کامل"),
                *("نام کاربری", "نام مادر", "نام گیرنده"),
                # Dari's father's and grandfather's names (padar, padar kalan), the Afghan surname
                # (takhallus), family name as spelt in Dari; Pashto's father's, grandfather's and family names
                # (plar, nika, kornay noom).
                *("nam padar", "nam e padar", "name padar", "nam padar kalan", "nam e padar kalan"),
                *("nam pedar bozorg", "takhallus", "takhalus", "nam khanwadagi", "naam khanwadagi"),
                *("plar noom", "nika noom", "kornay noom", "kornai noom"),
            ),
            # Mobile (hamrah) and contact numbers.
            "phone": (
                *("shomare hamrah", "shomare mobile", "shomare tamas", "telefon hamrah", "mobail"),
                *("شماره تلفن", "شماره همراه", "تلفن همراه", "موبایل", "شماره موبایل", "شماره تماس", "تلفن"),
                # The mobile (hamrah) alone.
                "hamrah",
            ),
            "email": (
                *("rayaname", "ایمیل", "پست الکترونیک", "پست الکترونیکی", "رایانامه"),
                # E-mail (post-e electronic).
                *("post electronic", "poste electronic", "post electronik"),
            ),
            "address": (
                *("neshani", "نشانی", "آدرس", "ادرس", "آدرس منزل", "آدرس پستی"),
                # The place of residence (mahal-e sokonat).
                *("mahal sokonat", "mahal e sokonat", "mahal sukunat", "mahal e sukunat"),
            ),
            # Street, alley, the house's number plate (pelak).
            "street": ("khiaban", "kooche", "kuche", "pelak", "خیابان", "کوچه", "پلاک"),
            "zipcode": ("code posti", "kode posti", "kod posti", "کد پستی"),
            "city": (
                *("shahr", "mahal tavalod", "mahal e tavalod", "شهر", "محل تولد"),
                # The place of birth as spelt; an Afghan district (wolaswali) and village (qarya).
                *("mahale tavalod", "mahale tavallod", "mahal tavallod", "mahal e tavallod"),
                *("mahal tawallud", "mahal e tawallud", "mahale tawallud", "wolaswali", "woluswali"),
                "qarya",
            ),
            "birthdate": (
                *("tarikh tavalod", "tarikhe tavalod", "tarikh e tavalod", "tarikh tavallod", "tavalod"),
                *("sal tavalod", "تاریخ تولد", "تولد", "سال تولد"),
                # Birth date and year as Iranian and Dari keys spell them (tavallod, tawallud); a birthday
                # (zadruz); Pashto's date of birth (zegedo neta).
                *("tarikhe tavallod", "tarikh e tavallod", "tarikh tawallud", "tarikh e tawallud"),
                *("tawallud", "tavallod", "sal tavallod", "sale tavalod", "sale tavallod", "sal e tavalod"),
                *("sal tawallud", "zadruz", "zadrooz", "ruz tavalod", "rooz tavalod", "zegedo neta"),
                *("zezhedo neta", "zokhedo neta"),
            ),
            "gender": ("jensiat", "jensiyat", "جنسیت"),
            # The national code (kode melli, `nationalCode` in English keys), the birth
            # certificate (shenasname) and its number.
            "national id": (
                *("kode melli", "kod melli", "code melli", "kode meli", "kod meli", "code meli"),
                *("melli code", "shomare melli", "shenasname", "shenasnameh", "shomare shenasname"),
                *("کد ملی", "کدملی", "شماره ملی", "شماره شناسنامه", "شناسنامه"),
                # Afghanistan's identity card (tazkira, e-tazkira) as spelt.
                *("tazkira", "tazkera", "tazkirah", "tazkereh", "taskira"),
            ),
            "passport": ("gozarname", "gozarnameh", "گذرنامه", "شماره گذرنامه", "پاسپورت", "شماره پاسپورت"),
            # A driving licence; a car's plate.
            "license": ("govahiname rananandegi", "pelak khodro", "گواهینامه رانندگی", "پلاک خودرو"),
            # An account's number and Iran's IBAN (sheba, shaba).
            "bank account": (
                *("shomare hesab", "hesab banki", "sheba", "shaba", "shomare sheba", "shomare shaba"),
                *("شماره حساب", "حساب بانکی", "شماره شبا", "شبا"),
            ),
            # A bank card's number (Shetab cards).
            "credit card": (
                "shomare kart",
                "kart banki",
                "شماره کارت",
                "کارت بانکی",
                "شماره کارت بانکی",
            ),
            "salary": (
                "hoghoogh",
                "hoghugh",
                "daramad",
                "daramad mahane",
                "حقوق ماهانه",
                "درآمد",
                "درآمد ماهانه",
                # Wages (dastmozd).
                "dastmozd",
            ),
            # A password, a card's online second password (ramz dovom).
            "password": ("ramz obur", "ramze obur", "kalame obur", "ramz dovom", "رمز عبور", "کلمه عبور"),
            "token": (
                "code taeed",
                "کد تایید",
                "کد تأیید",
                "رمز یکبار مصرف",
            ),
            "religion": (
                *("دین", "مذهب"),
                # Religion (dianat).
                "dianat",
            ),
            "ethnicity": ("ghomiat", "qomiyat", "قومیت"),
            "citizenship": (
                *("meliat", "melliat", "tabeiat", "ملیت", "تابعیت"),
                # Nationality as spelt.
                *("melliyat", "milliyat", "tabeiyat", "tabeiyyat"),
            ),
            "condition": (
                *("بیماری", "گروه خونی", "gorooh khooni", "goroh khuni", "سابقه بیماری"),
                # Blood group as spelt.
                *("goroh khooni", "gorouh khooni"),
                # Underlying illness (bimari zamine-i), romanised.
                *("bimari zamine i", "bimari zaminei"),
            ),
            "medication": (
                *("daroo", "دارو", "داروها"),
                # Medicines as spelt.
                *("darou", "darooha", "daruha"),
                # Drugs taken (داروهای مصرفی).
                "داروهای مصرفی",
            ),
            "allergy": (
                *("hasasiat", "حساسیت"),
                # Allergy as spelt.
                *("hasasiyat", "hassasiat"),
            ),
            "disability": (
                *("maloliat", "معلولیت"),
                # Disability as spelt.
                *("malouliat", "maluliyat", "maloliyat"),
            ),
            # A social insurance (bime) number.
            "identification": ("shomare bime", "shomare bimeh"),
            # An insurance (social security) number (شماره بیمه).
            "social security number": ("شماره بیمه",),
            # Political leaning (گرایش سیاسی).
            "political opinion": ("گرایش سیاسی",),
            # A veteran's (isargari) status, romanised.
            "veteran": ("vaziat isargari", "isargari"),
            # Residence status (vaziat eghamat), romanised.
            "visa": ("vaziat eghamat",),
            # A medical file's number (shomare parvande pezeshki).
            "health id": ("shomare parvande pezeshki", "parvande pezeshki"),
            # A criminal record (sabeghe keyfari), romanised.
            "criminal record": ("sabeghe keyfari",),
        },
    ),
    # Amharic in Ethiopic script (Ethiopia's Fayda id is with the English names): the noun comes last
    # (`የስልክ ቁጥር`, the phone's number); `ቁጥር` is a number word.
    Language(
        "am",
        False,
        {
            # Name, full name; the father's, grandfather's and mother's (a given name, then the father's).
            "name": (
                "ስም",
                "ሙሉ ስም",
                "የአባት ስም",
                "የአያት ስም",
                "የእናት ስም",
                # A father's name, romanised.
                *("ye abat sim", "yeabat sim"),
                # A grandfather's name, the third part of an Ethiopian name (ye ayat sim).
                "ye ayat sim",
            ),
            # A telebirr (mobile money) wallet is its holder's phone number.
            "phone": ("ስልክ", "ስልክ ቁጥር", "የስልክ ቁጥር", "ሞባይል", "የሞባይል ቁጥር", "የቴሌብር ቁጥር"),
            # E-mail, and its address (not the postal `አድራሻ` that ends it).
            "email": ("ኢሜይል", "ኢሜል", "የኢሜይል አድራሻ", "የኢሜል አድራሻ"),
            # Address. (Not the kebele, a ward, nor the woreda or Addis Ababa's sub-city, districts
            # of a hundred thousand people: alone they say no more than a region does.)
            "address": ("አድራሻ", "adrasha"),
            "street": ("የቤት ቁጥር",),
            # Birth date; the year of birth.
            "birthdate": (
                "የትውልድ ቀን",
                "የልደት ቀን",
                "የትውልድ ዘመን",
                "የትውልድ ዓመት",
                # A birth date, romanised.
                *("yetewelede ken", "yetewelidbet ken"),
            ),
            # Birthplace; the town one lives in.
            "city": ("የትውልድ ቦታ", "ከተማ"),
            "gender": ("ጾታ", "ፆታ"),
            "identification": ("መታወቂያ",),
            # The id's number; the Fayda (national id) number; the taxpayer's identification number
            # (TIN).
            "national id": (
                *("መታወቂያ ቁጥር", "የመታወቂያ ቁጥር", "የፋይዳ ቁጥር", "የግብር ከፋይ መለያ ቁጥር"),
                "ቲን ቁጥር",
            ),
            "passport": ("ፓስፖርት", "የፓስፖርት ቁጥር"),
            # A driving licence and its number.
            "license": (
                "መንጃ ፈቃድ",
                "የመንጃ ፈቃድ",
                "የመንጃ ፈቃድ ቁጥር",
                # A vehicle's plate number (ታርጋ ቁጥር).
                *("ታርጋ ቁጥር", "ታርጋ"),
            ),
            "bank account": (
                "የሂሳብ ቁጥር",
                "የባንክ ሂሳብ",
                "የባንክ ሂሳብ ቁጥር",
                # A bank account's number, romanised.
                *("ye bank hisab qutir", "ye bank hisab"),
            ),
            "salary": (
                "ደሞዝ",
                "ደመወዝ",
                "ወርሃዊ ገቢ",
                # Pay, romanised.
                "demoz",
            ),
            "password": ("የይለፍ ቃል",),
            "religion": ("ሃይማኖት", "ሀይማኖት"),
            # Ethnic group (biher), as Ethiopian forms ask.
            "ethnicity": (
                "ብሔር",
                "ብሄር",
                # A nation or ethnic group, romanised.
                "biher",
            ),
            "citizenship": ("ዜግነት",),
            # Health status, illness, blood type, pregnancy.
            "condition": ("የጤና ሁኔታ", "በሽታ", "የደም አይነት", "የደም ዓይነት", "እርግዝና"),
            "medication": ("መድሃኒት", "መድኃኒት"),
            "allergy": ("አለርጂ",),
            "disability": (
                "አካል ጉዳት",
                "የአካል ጉዳት",
                # A disability (akal gudat), romanised.
                "akal gudat",
            ),
            # A health record's number, romanised.
            "health id": ("ye tena mezgeb qutir",),
            # A photo (ፎቶ).
            "photo": ("ፎቶ",),
            # A political party (የፖለቲካ ፓርቲ).
            "political opinion": ("የፖለቲካ ፓርቲ",),
            # A fingerprint (የጣት አሻራ).
            "biometric": ("የጣት አሻራ",),
            # A criminal record (የወንጀል ሪከርድ).
            "criminal record": ("የወንጀል ሪከርድ",),
            # A test's result (የምርመራ ውጤት).
            "diagnosis": ("የምርመራ ውጤት",),
            # A verification code (ማረጋገጫ ኮድ).
            "token": ("ማረጋገጫ ኮድ",),
        },
    ),
    # Hausa, as Nigerian and Nigerien apps write it; noun first (`lambar waya`, the number of a
    # phone); `lamba`/`lambar` is a number word.
    Language(
        "ha",
        True,
        {
            # Name (suna; its construct form sunan), full, first, family and father's names. (Not a
            # bare `sunan`: Islamic apps' hadith collections.)
            "name": (
                *("suna", "cikakken suna", "sunan farko", "sunan karshe", "sunan iyali", "sunan mahaifi"),
                *("sunan uba", "sunan mahaifiya", "sunan mai amfani"),
                # Family name, nickname.
                *("sunan dangi", "sunan lakabi"),
            ),
            # A mobile phone (wayar hannu) and its number.
            "phone": ("lambar waya", "lambar tarho", "wayar hannu", "lambar wayar hannu"),
            # E-mail and its address (not the postal `adireshin` it starts with).
            "email": ("imel", "adireshin imel"),
            # A neighbourhood (unguwa) and a village (kauye).
            "address": ("adireshi", "adireshin gida", "adireshin zama", "unguwa", "kauye"),
            "birthdate": ("ranar haihuwa", "shekarar haihuwa"),
            "city": (
                "wurin haihuwa",
                "garin haihuwa",
                # The town one lives in (garin zama).
                "garin zama",
            ),
            "gender": ("jinsi",),
            # The identity card's number; the national identity card (shaidar dan kasa).
            "national id": (
                *("lambar shaida", "katin shaida", "lambar katin shaida", "lambar shaidar dan kasa"),
                *("katin dan kasa", "shaidar dan kasa"),
            ),
            "passport": ("fasfo", "lambar fasfo"),
            "bank account": ("asusun banki", "lambar asusun banki", "lambar asusu"),
            # Password (kalmar sirri, kalmar wucewa).
            "password": ("kalmar sirri", "kalmar wucewa"),
            # Pay; income.
            "salary": ("albashi", "kudin shiga"),
            "religion": ("addini",),
            "ethnicity": (
                "kabila",
                # A tribe (ƙabila).
                "ƙabila",
            ),
            # Illness; diabetes, high blood pressure, blood group.
            "condition": ("rashin lafiya", "ciwon suga", "hawan jini", "rukunin jini"),
            "medication": ("magani", "magunguna"),
            "disability": ("nakasa", "nakasasshe"),
            # Fingerprints (zanen yatsa).
            "biometric": ("zanen yatsa",),
            # A criminal record (tarihin laifi).
            "criminal record": ("tarihin laifi",),
            # A driving licence (lasisin tuki).
            "license": ("lasisin tuki",),
            # A hospital file's number (lambar fayil din asibiti).
            "health id": ("lambar fayil din asibiti", "fayil din asibiti"),
            # A vehicle's chassis number (lambar chasi).
            "serial": ("lambar chasi",),
            # A photo of the face (hoton fuska).
            "photo": ("hoton fuska",),
        },
    ),
    # Yoruba, tones and dots folded (orúkọ = oruko); noun first (`oruko idile`, name of family);
    # `nomba` is a number word, as in Igbo.
    Language(
        "yo",
        True,
        {
            "name": ("oruko", "oruko akoko", "oruko idile", "oruko baba", "oruko kikun", "oruko apeso"),
            # Phone numbers; a mobile phone (ero alagbeka).
            "phone": ("nomba foonu", "nomba ero ibanisoro", "foonu", "ero alagbeka", "nomba ero alagbeka"),
            # E-mail and its address (not the postal `adiresi` it starts with).
            "email": ("imeeli", "adiresi imeeli"),
            # A neighbourhood (adugbo) and a village (abule).
            "address": ("adiresi", "ibugbe", "adiresi ile", "adugbo", "abule"),
            # Birthday; the year of birth.
            "birthdate": ("ojo ibi", "odun ibi"),
            # A town (ilu) and a home town.
            "city": ("ilu", "ilu abinibi"),
            # Password (oro igbaniwole, oro asiri).
            "password": (
                "oro igbaniwole",
                "oro asiri",
                # A password (ọ̀rọ̀ aṣínà).
                "ọ̀rọ̀ aṣínà",
            ),
            # An identity number and card (idanimo).
            "national id": ("nomba idanimo", "kaadi idanimo"),
            "religion": ("esin",),
            "salary": ("owo osu",),
            # Illness; medicine.
            "condition": ("aisan",),
            "medication": ("oogun",),
            # A road (ọ̀pópónà).
            "street": ("opopona",),
            # A verification code (kóòdù ìjẹ́rìísí).
            "token": ("koodu ìjẹ́rìísí",),
            # A passport (ìwé ìrìnnà).
            "passport": ("ìwé ìrìnnà",),
            # Male or female (akọ tàbí abo).
            "gender": ("ako tabi abo",),
            # A disability (àbírùn).
            "disability": ("àbírùn",),
        },
    ),
    # Igbo, dots folded (ụbọchị = ubochi); noun first (`aha nna`, name of father).
    Language(
        "ig",
        True,
        {
            # First, father's, mother's and family names (not a bare `aha`).
            "name": (
                *("aha mbu", "aha nna", "aha nne", "aha ezinaulo", "aha ezi na ulo", "aha zuru ezu"),
                # Last and middle names.
                *("aha ikpeazu", "aha etiti"),
            ),
            "phone": ("nomba ekwenti", "ekwenti"),
            "address": ("adreesi", "ebe obibi"),
            # Birthday; the year of birth.
            "birthdate": ("ubochi omumu", "ubochi ncheta omumu", "afo omumu"),
            # Password (okwuntughe).
            "password": ("okwuntughe",),
            # An identity number and card (njirimara).
            "national id": ("nomba njirimara", "kaadi njirimara"),
            "religion": ("okpukpe",),
            "salary": ("ugwo onwa",),
            # Illness; medicine.
            "condition": ("oria",),
            "medication": ("ogwu",),
            # A photo (onyinyo).
            "photo": ("onyinyo",),
            # A hometown (obodo amụrụ).
            "city": ("obodo amụrụ",),
            # Man or woman (nwoke ma ọ bụ nwaanyị).
            "gender": ("nwoke ma ọ bụ nwaanyị",),
            # A disability (nkwarụ).
            "disability": ("nkwarụ",),
            # A bank account (akaụntụ ụlọ akụ).
            "bank account": ("akaụntụ ụlọ akụ",),
            # An ethnic group (agbụrụ).
            "ethnicity": ("agbụrụ",),
        },
    ),
    # Zulu and Xhosa, as South African apps write them; noun first (`inombolo yocingo`, number of
    # the phone); `inombolo` is a number word.
    Language(
        "zu-xh",
        True,
        {
            # Name, first name, full name, surname (isibongo; Zulu ifani).
            "name": ("igama", "igama lokuqala", "igama eliphelele", "isibongo", "ifani", "igama nesibongo"),
            # Phone and cellphone numbers (ucingo, iselula, Xhosa umnxeba).
            "phone": (
                *("inombolo yocingo", "inombolo yefoni", "iselula", "inombolo yeselula", "umnxeba"),
                "inombolo yomnxeba",
            ),
            # E-mail (written `i-imeyili`) and its address (not the postal `ikheli` it starts with).
            "email": ("imeyili", "i imeyili", "ikheli le imeyili", "idilesi ye imeyili"),
            # Address; where one lives.
            "address": ("ikheli", "ikheli lasekhaya", "idilesi", "idilesi yasekhaya", "indawo yokuhlala"),
            "birthdate": ("usuku lokuzalwa", "umhla wokuzalwa"),
            # Birthplace.
            "city": (
                "indawo yokuzalwa",
                # A town (idolobha).
                "idolobha",
            ),
            "gender": ("ubulili",),
            # The identity document (umazisi, Xhosa isazisi) and its number; the green ID book.
            "national id": (
                *("umazisi", "inombolo kamazisi", "isazisi", "inombolo yesazisi"),
                "incwadi kamazisi",
            ),
            "passport": ("iphasipoti", "inombolo yephasipoti"),
            # A driving licence (Zulu, Xhosa).
            "license": ("ilayisensi yokushayela", "ilayisense yokushayela", "ilayisense yokuqhuba"),
            "bank account": ("i akhawunti yasebhange", "akhawunti yasebhange", "inombolo ye akhawunti"),
            "password": ("iphasiwedi",),
            "religion": ("inkolo",),
            # Pay (umholo); income.
            "salary": ("iholo", "umholo", "imali engenayo"),
            # Nationality (ubuzwe); race, as South African forms ask it (uhlanga, ubuhlanga).
            "citizenship": ("ubuzwe",),
            "ethnicity": ("uhlanga", "ubuhlanga"),
            "disability": ("ukukhubazeka",),
            # Illness.
            "condition": ("isifo", "izifo"),
            # A trade union (umbutho wabasebenzi).
            "trade union": ("umbutho wabasebenzi",),
            # A diagnosis (ukuxilongwa).
            "diagnosis": ("ukuxilongwa",),
            # A secret key (ukhiye oyimfihlo).
            "secret": ("ukhiye oyimfihlo",),
            # A surgery (uhlinzo).
            "procedure": ("uhlinzo",),
            # A political party (iqembu lezombusazwe).
            "political opinion": ("iqembu lezombusazwe",),
            # A work permit (imvume yokusebenza).
            "visa": ("imvume yokusebenza",),
            # A postcode (ikhodi yeposi).
            "zipcode": ("ikhodi yeposi",),
            # A credit score (amaphuzu esikweletu).
            "credit score": ("amaphuzu esikweletu",),
        },
    ),
    # Somali, as Somali, Somaliland and diaspora apps write it; noun first with its article
    # (`lambarka taleefanka`, the number of the phone); `lambarka`/`numbarka` is a number word.
    Language(
        "so",
        True,
        {
            # Name (magac, with its article magaca), names; first, full, family names; the second
            # and third names are the father's and grandfather's; the mother's; a user's name.
            "name": (
                *("magac", "magaca", "magacyada", "magaca koowaad", "magaca hore", "magaca buuxa"),
                *("magaca oo buuxa", "magaca qoyska", "magaca labaad", "magaca saddexaad", "magaca aabaha"),
                *("magaca awowga", "magaca hooyada", "magaca isticmaalaha"),
            ),
            # Phone and mobile; the mobile-money wallets (Hormuud's EVC Plus, Telesom's ZAAD, Golis's
            # Sahal, eDahab) are their holder's number.
            "phone": (
                *("taleefan", "taleefanka", "telefoon", "telefoonka", "lambarka taleefanka"),
                *("lambarka telefoonka", "mobilka", "lambarka mobilka", "lambarka evc", "lambarka zaad"),
                *("lambarka sahal", "lambarka edahab"),
            ),
            "email": ("iimayl", "iimaylka", "cinwaanka iimaylka"),
            # Address; the neighbourhood (xaafad) and village (tuulo) one lives in.
            "address": ("cinwaan", "cinwaanka", "xaafad", "xaafadda", "tuulada", "goobta deganaanshaha"),
            "birthdate": ("taariikhda dhalashada", "taariikhda dhalasho", "sanadka dhalashada"),
            # Birthplace; the town one lives in.
            "city": ("goobta dhalashada", "magaalada"),
            "gender": ("jinsiga",),
            # Identification (aqoonsi); the identity card and its number, the national id.
            "identification": ("aqoonsi", "aqoonsiga"),
            "national id": (
                *("kaarka aqoonsiga", "lambarka aqoonsiga", "aqoonsiga qaranka", "kaarka aqoonsiga qaranka"),
            ),
            "passport": ("baasaboor", "baasaboorka", "lambarka baasaboorka"),
            "bank account": ("akoonka bangiga", "lambarka akoonka", "koontada bangiga", "lambarka koontada"),
            # Password (the secret key, the secret word), PIN.
            "password": ("furaha sirta", "furaha sirta ah", "erayga sirta", "ereyga sirta", "lambarka sirta"),
            # Salary; monthly income.
            "salary": ("mushahar", "mushaharka", "dakhliga bishii"),
            "religion": ("diinta",),
            # Clan (qabiil), as Somali forms ask.
            "ethnicity": ("qabiil", "qabiilka"),
            # Nationality (jinsiyad).
            "citizenship": ("jinsiyad", "jinsiyadda"),
            # Health status, illness, blood type; medicine; allergy; disability.
            "condition": ("xaaladda caafimaadka", "cudur", "cudurka", "xanuunka", "nooca dhiigga"),
            "medication": ("daawo", "daawada", "daawooyinka"),
            "allergy": ("xasaasiyad", "xasaasiyadda"),
            "disability": ("naafo", "naafonimo", "naafanimo"),
            # Immigration status (xaaladda socdaalka).
            "visa": ("xaaladda socdaalka",),
            # A street (waddada).
            "street": ("waddada",),
            # A photo (sawirka).
            "photo": ("sawirka",),
            # A verification code (koodka xaqiijinta).
            "token": ("koodka xaqiijinta",),
            # A criminal record (diiwaanka dembiyada).
            "criminal record": ("diiwaanka dembiyada",),
        },
    ),
    # Kinyarwanda and Kirundi, as Rwandan and Burundian apps write them; noun first (`nimero ya
    # telefone`, the number of the phone; the apostrophe of `ry'umuryango` splits like a space);
    # `nimero`/`inomero` is a number word.
    Language(
        "rw-rn",
        True,
        {
            # Name (izina), names (amazina); first, family, both and all names; the father's and
            # mother's; a user's name.
            "name": (
                *("izina", "amazina", "izina ribanza", "izina ry umuryango", "amazina yombi", "amazina yose"),
                *("izina rya se", "izina rya nyina", "izina ry ukoresha"),
            ),
            # Phone (Kirundi terefone) and its number; a mobile-money (MoMo) number.
            "phone": (
                *("telefoni", "nimero ya telefone", "nimero ya telefoni", "terefone", "inomero ya terefone"),
                *("nimero ya momo", "nimero ya mobile money"),
            ),
            "email": ("imeyili", "imeri"),
            # Address, where one lives; the village (umudugudu) and cell (akagari) of Rwanda's
            # address.
            "address": ("aderesi", "aho atuye", "aho utuye", "umudugudu", "akagari"),
            # Birth date and year.
            "birthdate": (
                "itariki y amavuko",
                "itariki yavukiyeho",
                "umwaka w amavuko",
                "itariki y ivuka",
                # The date someone was born, in the past tense (itariki yavutseho).
                "itariki yavutseho",
            ),
            # Birthplace; a district's sector (umurenge).
            "city": ("aho yavukiye", "umurenge"),
            "gender": ("igitsina",),
            # The national identity card (indangamuntu; Burundi's karangamuntu) and its number.
            "national id": (
                *("nimero y indangamuntu", "indangamuntu", "karangamuntu", "ikarita karangamuntu"),
                "inomero ya karangamuntu",
            ),
            "passport": ("pasiporo", "nimero ya pasiporo"),
            # A driving licence (the permit to drive; perimi).
            "license": (
                "uruhushya rwo gutwara",
                "uruhushya rwo gutwara ibinyabiziga",
                "perimi",
                # A vehicle's plate (purake y'imodoka).
                *("purake y imodoka", "purake"),
            ),
            "bank account": ("konti ya banki", "nimero ya konti"),
            # Password (the secret word), PIN.
            "password": (
                "ijambo ry ibanga",
                "ijambobanga",
                "umubare w ibanga",
                # A password (ijambo banga).
                "ijambo banga",
            ),
            "salary": (
                "umushahara",
                # Rwanda's household welfare category (Ubudehe), set by income.
                *("ubudehe", "icyiciro cy ubudehe", "ubudehe category"),
            ),
            "religion": ("idini",),
            "citizenship": ("ubwenegihugu",),
            "disability": ("ubumuga",),
            # Illness, chronic illness, blood type.
            "condition": (
                "indwara",
                "uburwayi",
                "indwara zidakira",
                "ubwoko bw amaraso",
                # Signs of illness and a pregnancy's danger signs (ibimenyetso, ibimenyetso mpuruza).
                *("ibimenyetso", "ibimenyetso mpuruza", "ibimenyetso by uburwayi"),
            ),
            # Rwanda's community health insurance (mutuelle de santé) number.
            "health id": ("nimero ya mituweli", "mituweli"),
            # A refugee's status (sitati y'impunzi).
            "visa": ("sitati y impunzi", "impunzi"),
            # A health insurance (mutuelle) number.
            "identification": ("nimero ya mituelle", "mituelle"),
            # Fingerprints (ibikumwe).
            "biometric": ("ibikumwe",),
            # Vaccines given (inkingo).
            "medication": ("inkingo",),
        },
    ),
    # Luganda, as Ugandan apps write it; noun first (`ennamba y'essimu`, the number of the phone);
    # `ennamba` is a number word.
    Language(
        "lg",
        True,
        {
            # Name, names, first name, the clan's (family) name, full names.
            "name": ("erinnya", "amannya", "erinnya erisooka", "erinnya ly ekika", "amannya amajjuvu"),
            "phone": ("essimu", "ennamba y essimu"),
            # Address; village.
            "address": ("endagiriro", "ekyalo"),
            "birthdate": (
                "olunaku lw okuzaalibwa",
                "ennaku z okuzaalibwa",
                # A birth date written as one word after the particle (`olunaku_lwokuzaalibwa`).
                "olunaku lwokuzaalibwa",
            ),
            # The national identity card (endagamuntu).
            "national id": (
                "endagamuntu",
                # The national identity card (ndagamuntu).
                *("ndagamuntu", "namba ya ndagamuntu"),
            ),
            "religion": ("eddiini",),
            "salary": ("omusaala",),
            # A clan or tribe (ekika).
            "ethnicity": ("ekika",),
            # An illness (obulwadde).
            "condition": ("obulwadde",),
            # Sex (ekikula).
            "sex": ("ekikula",),
        },
    ),
    # Malagasy, as Madagascar's apps write it (beside French); noun first (`laharana finday`,
    # the number of the mobile); `laharana` is a number word.
    Language(
        "mg",
        True,
        {
            # Name (family name first), first names (fanampin'anarana), full name.
            "name": ("anarana", "fanampin anarana", "anarana feno", "anarana sy fanampiny"),
            # Mobile (finday), telephone; an MVola (mobile money) number.
            "phone": ("finday", "laharana finday", "telefaonina", "laharana telefaonina", "laharana mvola"),
            "email": ("mailaka", "adiresy mailaka"),
            # Address, residence, the fokontany (the neighbourhood one is registered in).
            "address": ("adiresy", "fonenana", "adiresy fonenana", "fokontany"),
            "birthdate": ("daty nahaterahana", "daty sy toerana nahaterahana"),
            # Birthplace.
            "city": ("toerana nahaterahana",),
            # The national identity card (karapanondrom-pirenena, CIN) and its number.
            "national id": (
                "karapanondrom pirenena",
                "laharana karapanondrom pirenena",
                # A national identity card's number (laharana karapanondro).
                *("laharana karapanondro", "karapanondro"),
            ),
            "password": ("teny miafina", "tenimiafina"),
            "salary": ("karama",),
            "religion": ("fivavahana",),
            "citizenship": ("zom pirenena",),
            # Ethnic group (foko).
            "ethnicity": ("foko",),
            # Illness; medicine.
            "condition": ("aretina",),
            "medication": ("fanafody",),
            # A bank account (kaonty banky).
            "bank account": ("kaonty banky",),
            # A postcode (kaody paositra).
            "zipcode": ("kaody paositra",),
            # Fingerprints (dian-tanana).
            "biometric": ("dian tanana",),
            # A vehicle's number (laharana fiara).
            "license": ("laharana fiara",),
        },
    ),
    # Shona, as Zimbabwean apps write it; noun first (`nhamba yefoni`, the number of the phone);
    # `nhamba` is a number word.
    Language(
        "sn",
        True,
        {
            # Name, names; first, family (surname) and full names.
            "name": ("zita", "mazita", "zita rekutanga", "zita remhuri", "zita rizere"),
            # Phone (nhare, runhare) and its number.
            "phone": (
                "nhamba yefoni",
                "nhare",
                "runhare",
                "nhamba yenhare",
                "nhamba yerunhare",
                # An EcoCash number (nhamba ye EcoCash).
                "nhamba ye ecocash",
            ),
            # Address; a residential address.
            "address": ("kero", "kero yekugara", "kero yekumba"),
            "birthdate": ("zuva rekuzvarwa", "zuva rokuzvarwa"),
            # The national identity card (chitupa) and its number.
            "national id": ("chitupa", "nhamba yechitupa"),
            "password": (
                "pasiwedhi",
                # An EcoCash PIN.
                *("pin ye eco cash", "pin ye ecocash"),
            ),
            "salary": ("muhoro",),
            "religion": ("chitendero",),
            # A criminal record (rekodhi yemhosva).
            "criminal record": ("rekodhi yemhosva",),
            # A bank account (akaundi yebhangi).
            "bank account": ("akaundi yebhangi",),
        },
    ),
    # Sesotho and Setswana, as Lesotho's, Botswana's and South Africa's apps write them; noun
    # first (`nomoro ya mogala`, the number of the phone); `nomoro` is a number word.
    Language(
        "st-tn",
        True,
        {
            # Name (Sesotho lebitso, Setswana leina), first and full names, surname (fane, sefane).
            "name": (
                *("lebitso", "lebitso la pele", "lebitso le feletseng", "fane", "leina", "leina la ntlha"),
                *("sefane", "leina le le feletseng"),
            ),
            # Phone (mogala, mohala) and cellphone (selefouno) numbers.
            "phone": (
                *("nomoro ya mogala", "nomoro ya mohala", "nomoro ya founu", "nomoro ya selefouno"),
                *("mogala", "selefouno"),
            ),
            # Address; a home address.
            "address": ("aterese", "aterese ya legae", "aterese ya lehae"),
            # Birth date (Sesotho, Setswana).
            "birthdate": ("letsatsi la tswalo", "letlha la matsalo", "letsatsi la matsalo"),
            # Botswana's Omang and Lesotho's identity number (boitsebiso).
            "national id": ("nomoro ya omang", "nomoro ya boitsebiso", "boitsebiso"),
            "password": ("lefoko la sephiri", "phasewete"),
            "salary": ("moputso",),
            "religion": ("bodumedi",),
        },
    ),
    # Oromo (Afaan Oromoo, in its Latin alphabet), as Ethiopian apps write it; noun first
    # (`lakkoofsa bilbilaa`, the number of the phone); `lakkoofsa` is a number word.
    Language(
        "om",
        True,
        {
            # Name; full, father's, grandfather's and mother's names (a given name, then the
            # father's); a user's name.
            "name": (
                *("maqaa", "maqaa guutuu", "maqaa abbaa", "maqaa akaakayyuu", "maqaa haadhaa"),
                "maqaa fayyadamaa",
            ),
            "phone": ("bilbila", "bilbilaa", "lakkoofsa bilbilaa", "lakkoofsa bilbila"),
            "email": ("imeelii",),
            # Address, residential address; the kebele (ganda).
            "address": ("teessoo", "teessoo jireenyaa", "ganda"),
            # Birth date and year.
            "birthdate": ("guyyaa dhalootaa", "bara dhalootaa"),
            # Birthplace.
            "city": ("iddoo dhalootaa",),
            # Sex, gender.
            "gender": ("saala", "koorniyaa"),
            # Identity (eenyummaa); the identity card and its number.
            "identification": ("eenyummaa",),
            "national id": (
                "waraqaa eenyummaa",
                "lakkoofsa eenyummaa",
                "kaardii eenyummaa",
                # An identity card's number (waraqaa eenyummeessaa).
                "waraqaa eenyummeessaa",
            ),
            # Salary; monthly salary.
            "salary": ("mindaa", "mindaa ji aa"),
            "religion": ("amantaa",),
            # Ethnic group; citizenship.
            "ethnicity": ("qomoo",),
            "citizenship": ("lammummaa",),
            # Password (the secret word).
            "password": ("jecha icciitii", "jecha iccitii"),
            # Illness, blood type; medicine; disability.
            "condition": ("dhukkuba", "gosa dhiigaa"),
            "medication": ("qoricha",),
            "disability": ("miidhama qaamaa",),
            # Party membership (miseensa paartii).
            "political opinion": ("miseensa paartii",),
            # A bank account (herrega baankii).
            "bank account": ("herrega baankii",),
        },
    ),
    # Tigrinya in Ethiopic script, as Eritrean and Tigrayan apps write it: noun first, unlike
    # Amharic (`ቁጽሪ ስልኪ`, the number of the phone); `ቁጽሪ` is a number word.
    Language(
        "ti",
        True,
        {
            # Name; full, father's, grandfather's and mother's names.
            "name": ("ሽም", "ሙሉእ ሽም", "ሽም ኣቦ", "ሽም ኣቦሓጎ", "ሽም ኣደ"),
            "phone": ("ስልኪ", "ቁጽሪ ስልኪ", "ቁጽሪ ተሌፎን"),
            "email": ("ኢመይል",),
            # Address; where one lives.
            "address": (
                "ኣድራሻ",
                "ቦታ መንበሪ",
                # Where one lives (ዝነብረሉ ቦታ).
                "ዝነብረሉ ቦታ",
            ),
            # Birth date; birthplace.
            "birthdate": ("ዕለት ልደት", "ዕለተ ልደት", "ዕለት ትውልዲ"),
            "city": ("ቦታ ልደት",),
            # Identity (መንነት); its card and number.
            "identification": ("መንነት",),
            "national id": ("ቁጽሪ መንነት", "ወረቐት መንነት", "መንነት ወረቐት"),
            "password": ("መሕለፊ ቃል",),
            # Migration status (ኩነታት ስደት).
            "visa": ("ኩነታት ስደት",),
            # A disability (ስንኩልና).
            "disability": ("ስንኩልና",),
            # An illness (ሕማም).
            "condition": ("ሕማም",),
        },
    ),
    Language(
        "ta",
        True,
        {
            # Name, full name, father's and family name.
            "name": (
                *("peyar", "thanthai peyar", "thandhai peyar", "muzhu peyar", "mulu peyar"),
                "kudumba peyar",
                # Mother's, husband's and wife's names; in Tamil script.
                *("thaai peyar", "thaayar peyar", "kanavar peyar", "manaivi peyar"),
                *("பெயர்", "முழு பெயர்", "தந்தை பெயர்", "தந்தையின் பெயர்", "தாய் பெயர்", "தாயின் பெயர்"),
                "கணவர் பெயர்",
            ),
            # E-mail (minnanjal), and its address.
            "email": ("minnanjal", "min anjal", "minnanjal mugavari", "மின்னஞ்சல்", "மின்னஞ்சல் முகவரி"),
            "address": ("mugavari", "veettu mugavari", "nirantara mugavari", "முகவரி", "வீட்டு முகவரி"),
            # Street and door number (kathavu en), as Tamil Nadu addresses give them.
            "street": ("theru", "kathavu en", "தெரு", "கதவு எண்"),
            # Town, district (maavattam), village.
            "city": ("oor", "pirantha oor", "maavattam", "mavattam", "kiramam", "ஊர்", "மாவட்டம்", "கிராமம்"),
            "zipcode": ("pin kuriyeedu", "anjal kuriyeedu", "அஞ்சல் குறியீடு", "பின் கோடு"),
            "birthdate": (
                *("pirandha thethi", "pirantha thethi", "pirandha naal", "pirantha naal"),
                *("pirandha thedhi", "pirantha thedhi", "பிறந்த தேதி", "பிறந்த நாள்"),
            ),
            "gender": ("paalinam", "பாலினம்"),
            # Mobile and telephone (kaipesi, alaipesi, tholaipesi).
            "phone": (
                *("kaipesi", "kaipesi en", "tholaipesi", "tholaipesi en", "alaipesi", "alaipesi en"),
                *("கைபேசி", "கைபேசி எண்", "அலைபேசி எண்", "தொலைபேசி எண்", "மொபைல் எண்"),
            ),
            "religion": ("madham", "matham", "மதம்"),
            "ethnicity": ("jaathi", "saathi", "சாதி", "ஜாதி"),
            # Aadhaar's number (en: number).
            "national id": ("aadhaar en", "aadhar en", "ஆதார் எண்"),
            # A (bank) account's number.
            "bank account": ("kanakku en", "vangi kanakku en", "கணக்கு எண்", "வங்கி கணக்கு எண்"),
            # A differently abled person (maatruthiranali), Tamil Nadu's official word.
            "disability": (
                "maatruthiranali",
                "matruthiranali",
                "மாற்றுத்திறனாளி",
                # A disability's kind (maatruthiranaali vagai).
                *("maatruthiranaali", "maatruthiranaali vagai"),
            ),
            # Blood group (iraththa vagai).
            "condition": ("iraththa vagai", "ratha vagai", "இரத்த வகை", "இரத்த பிரிவு"),
            "salary": ("sambalam", "maatha sambalam", "சம்பளம்"),
            # A medicine (மருந்து).
            "medication": ("மருந்து",),
            # A diagnosis (நோயறிதல்).
            "diagnosis": ("நோயறிதல்",),
            # A driving licence (ஓட்டுநர் உரிமம்).
            "license": (
                "ஓட்டுநர் உரிமம்",
                # A driving licence (ōṭṭunar urimam).
                "oottunar urimam",
            ),
            # A password (kadavuchol).
            "password": ("kadavuchol",),
        },
    ),
    Language(
        "vi",
        True,
        {
            # A credit score, the CIC bureau's.
            "credit score": ("diem tin dung", "diem cic"),
            "name": (
                *("chu tai khoan", "ho ten", "ho va ten", "hoten", "biet danh"),
                # Customer's, recipient's, user's and login name; a card's holder.
                *("ten khach hang", "ten nguoi nhan", "nguoi nhan", "ten nguoi dung", "ten dang nhap"),
                *("ten chu the", "chu the"),
                # Full name run together; a patient's and a relative's (not `nguoi lien he`, the contact
                # person, nor `ten day du`: `lien` and `day` would split English `lienholder` and
                # `weekday`).
                *("hovaten", "ten benh nhan", "ten nguoi than"),
                # A father's, a mother's, a guardian's and a doctor's name.
                *("ho ten cha", "ho ten me", "ten nguoi giam ho", "ho ten nguoi giam ho", "ten bac si"),
                # A parent's and a pupil's names (ten phu huynh, ten hoc sinh).
                *("ten phu huynh", "ho ten phu huynh", "ten hoc sinh", "ho ten hoc sinh"),
            ),
            # `sdt` is how Vietnamese keys shorten so dien thoai.
            "phone": (
                *("so dien thoai", "dien thoai", "sodienthoai", "sdt"),
                *("so di dong", "dien thoai di dong", "so zalo"),
                # `so dt`, the phone number written short.
                "so dt",
            ),
            # An e-mail address (`dia chi` alone is a postal one).
            "email": ("dia chi email", "thu dien tu"),
            "address": (
                *("que quan", "dia chi", "diachi", "dia chi giao hang", "dia chi nha"),
                # Permanent and temporary residence, where one lives now, ward or commune.
                *("dia chi thuong tru", "dia chi tam tru", "thuong tru", "tam tru", "noi thuong tru"),
                *("noi o", "noi o hien tai", "cho o hien nay", "noi cu tru", "phuong xa", "xa phuong"),
            ),
            "street": (
                "so nha",
                "ten duong",
                # A street (đường phố).
                "duong pho",
            ),
            "city": ("thanh pho", "quan huyen", "noi sinh"),
            "zipcode": ("ma buu chinh",),
            "birthdate": ("nam sinh", "ngay sinh", "ngaysinh", "ngay thang nam sinh", "sinh nhat"),
            "gender": ("gioi tinh", "gioitinh"),
            "password": ("mat khau", "matkhau"),
            # Identity card numbers (old CMND/CMT, citizen's CCCD), the personal identification
            # number, a person's tax code.
            "national id": (
                *("cmnd", "so cmnd", "cccd", "so cccd", "can cuoc", "can cuoc cong dan", "so can cuoc"),
                *("chung minh nhan dan", "chung minh thu", "so dinh danh"),
                *("so dinh danh ca nhan", "ma dinh danh", "ma so thue ca nhan"),
                # The identity card's number in full (so chung minh); not a bare `cmt`: a comment.
                "so chung minh",
            ),
            # An insurance contract's number (a bare `so hop dong` is any contract's).
            "identification": ("so hop dong bao hiem",),
            # A portrait and an identity photo, as KYC forms take them.
            "photo": (
                "anh chan dung",
                "anh the",
                # A profile picture (ảnh đại diện).
                "anh dai dien",
            ),
            "passport": ("ho chieu", "so ho chieu", "hochieu"),
            # Plates (bien so xe, bien kiem soat) and the driving licence's number (GPLX, bang lai;
            # not `hang_gplx`, its class).
            "license": (
                *("bien so xe", "bien kiem soat", "so giay phep lai xe", "so gplx", "so bang lai"),
                # A driving licence (bằng lái xe).
                "bang lai xe",
            ),
            # (Not `stk`: as often M-Pesa's STK push.)
            "bank account": ("so tai khoan", "so tai khoan ngan hang", "tai khoan ngan hang"),
            # A debit and a credit card (`tin` alone reads as a tax id).
            "credit card": ("so the ghi no", "the ghi no", "so the tin dung", "the tin dung"),
            "salary": (
                "muc luong",
                "tien luong",
                "thu nhap",
                "thu nhap hang thang",
                # Base pay.
                "luong co ban",
            ),
            # Health insurance (BHYT), a medical record's and a patient's number; social insurance
            # (BHXH).
            "health id": (
                *("so the bhyt", "the bhyt", "ma the bhyt", "so bhyt", "so benh an", "ma benh nhan"),
                # The same written out (the bao hiem y te), its code; a medical record's code, an
                # admission's number, the personal health code (ma y te).
                *("ma bhyt", "so the bao hiem y te", "the bao hiem y te", "ma the bao hiem y te"),
                *("ma benh an", "ma ho so benh an", "so vao vien", "ma y te"),
            ),
            "social security number": (
                *("so bhxh", "ma so bhxh", "so so bhxh"),
                *("ma bhxh", "so bao hiem xa hoi", "ma so bao hiem xa hoi", "so so bao hiem xa hoi"),
            ),
            "condition": (
                *("tien su benh", "benh nen", "benh ly", "nhom mau", "mang thai"),
                # Pregnancy, symptoms, chronic illness, health status, medical and family history,
                # the reason for a visit, test results; vaccination, its status, doses had.
                *("thai ky", "dang mang thai", "trieu chung", "benh man tinh"),
                *("tinh trang suc khoe", "benh su", "tien su gia dinh", "ly do kham", "ly do kham benh"),
                *("ket qua xet nghiem", "tiem chung", "tinh trang tiem chung", "so mui tiem"),
                # Blood pressure and heart rate (also HEALTH_MEASURES, where numbers count): here so
                # that `ap` and `tim` match whole words only.
                *("huyet ap", "chi so huyet ap", "nhip tim"),
            ),
            "allergy": ("di ung", "di ung thuoc"),
            # A diagnosis's result, the main disease (not `ten_benh` or `ma_benh`: `ten_benh_vien` is a
            # hospital's name).
            "diagnosis": ("chan doan", "ket qua chan doan", "benh chinh"),
            # A medicine's name, a prescription's code, the dose, a treatment's medicines (not a
            # bare `thuoc`: `thuoc_tinh` is an attribute).
            "medication": (
                *("don thuoc", "thuoc dang dung", "ten thuoc", "ma don thuoc", "lieu dung"),
                "thuoc dieu tri",
            ),
            # A person with a disability, a disability's degree.
            # A disability, a disabled person, its degree; a wheelchair (xe lăn).
            "disability": ("khuyet tat", "nguoi khuyet tat", "muc do khuyet tat", "xe lan"),
            "ethnicity": ("dan toc",),
            "citizenship": ("quoc tich",),
            "religion": ("ton giao",),
            # A visa and its number (thị thực, số thị thực).
            "visa": ("thi thuc", "so thi thuc"),
            # Sexual orientation (xu hướng tính dục).
            "sexual orientation": ("xu huong tinh duc",),
            # A criminal record (tiền án).
            "criminal record": ("tien an",),
            # Face data (dữ liệu khuôn mặt).
            "biometric": ("du lieu khuon mat", "khuon mat"),
            # A vehicle's frame and engine numbers (số khung, số máy).
            "serial": ("so khung", "so may"),
        },
    ),
    Language(
        "ja-cjk",
        False,
        {
            # A credit score and credit information (CIC's).
            "credit score": ("信用スコア", "クレジットスコア", "信用情報"),
            "name": (
                "氏名",
                "名前",
                "お名前",
                *("なまえ", "おなまえ"),  # in kana
                "姓",
                "名",
                "フリガナ",
                "ふりがな",
                "氏名カナ",
                "セイ",
                "メイ",
                # Readings and scripts: `氏名_カナ`, `氏名(漢字)`, `氏名(ローマ字)`; former and real names.
                *("姓名", "苗字", "名字", "本名", "旧姓", "氏名漢字", "漢字氏名", "カナ氏名", "氏名フリガナ"),
                *("氏名 カナ", "お名前 カナ", "姓 カナ", "名 カナ", "氏名 フリガナ", "セイメイ", "名前 カナ"),
                *("氏名 漢字", "姓 漢字", "名 漢字", "氏名 ローマ字", "氏名 英字", "ローマ字氏名"),
                *("氏名ローマ字", "英字氏名", "氏名英字", "ニックネーム", "ユーザー名"),
                # Kanji compounds do not split at a known head, so each whose-name is written out:
                # the customer's, member's, user's, contract holder's, applicant's, recipient's,
                # sender's, buyer's, booker's, guardian's, patient's and the staff's in charge.
                *("お客様名", "お客様氏名", "顧客名", "顧客氏名", "会員氏名", "会員名", "利用者氏名"),
                *("利用者名", "契約者名", "契約者氏名", "申込者名", "申込者氏名", "申請者氏名", "受取人"),
                *("受取人名", "受取人氏名", "お届け先氏名", "お届け先名", "届け先氏名", "配送先氏名"),
                *("送付先氏名", "ご依頼主名", "依頼主氏名", "依頼主名", "送り主名", "差出人名", "購入者名"),
                *("購入者氏名", "注文者名", "注文者氏名", "予約者名", "予約者氏名", "代表者名", "代表者氏名"),
                *("保護者名", "保護者氏名", "緊急連絡先氏名", "患者名", "患者氏名", "被保険者氏名"),
                *("口座名義人", "名義人", "口座名義カナ", "カード名義", "カード名義人", "担当者名", "主治医"),
                *("担当医", "かかりつけ医", "医師名", "獣医師名", "記録者", "担当スタッフ", "担当者氏名"),
                # A nursery's, a school's and a family's child, pupil and student.
                *("園児名", "園児氏名", "児童名", "児童氏名", "お子様名", "お子様氏名", "子供氏名"),
                *("生徒名", "生徒氏名", "学生氏名", "学生名"),
            ),
            "email": (
                *("メールアドレス", "メール", "eメール", "Eメールアドレス", "電子メール"),
                *("電子メールアドレス", "メアド", "メールアドレス 確認用", "メールアドレス 確認"),
                "メールアドレス確認",
            ),
            "phone": (
                *("電話番号", "電話", "携帯電話", "携帯番号", "携帯", "携帯電話番号", "自宅電話番号"),
                *("自宅電話", "固定電話", "固定電話番号", "連絡先", "連絡先電話番号", "緊急連絡先"),
                *("緊急連絡先電話番号", "日中連絡先", "お届け先電話番号", "配送先電話番号", "fax番号"),
                *("ファクス番号", "ファックス番号", "電話番号 ハイフンなし"),
            ),
            "address": (
                *("建物名", "建物名・部屋番号", "住所", "ご住所", "番地"),
                # Split fields (`住所1`, `住所2`), the part after the municipality, the person's
                # home, delivery, billing and visiting addresses, the family register's domicile.
                *("住所1", "住所2", "住所3", "番地・建物名", "番地建物名", "町名番地", "町名・番地"),
                *("丁目番地", "番地以降", "以降の住所", "住所詳細", "詳細住所", "部屋番号", "マンション名"),
                *("建物名・号室", "現住所", "自宅住所", "お届け先住所", "届け先住所", "配送先住所"),
                *("送付先住所", "請求先住所", "訪問先住所", "居住地", "本籍", "本籍地", "住所 カナ"),
                "住所カナ",
            ),
            "street": ("町名", "町域", "丁目"),
            "city": ("市区町村", "市町村", "区市町村", "市区郡", "市区町村名", "出身地", "出生地"),
            "zipcode": ("郵便番号", "〒"),
            "birthdate": (
                *("生年月日", "誕生日", "お誕生日", "生年", "誕生年", "誕生月", "出生日", "生年月日 西暦"),
            ),
            "gender": ("性別",),
            "password": (
                *("パスワード", "暗証番号", "パスワード 確認", "パスワード 確認用", "パスワード確認"),
                *("パスワード(確認)", "現在のパスワード", "新しいパスワード"),
            ),
            # The verification code an SMS or e-mail sends.
            "token": (
                "認証コード",
                "ワンタイムパスワード",
                # A refresh token and a token (リフレッシュトークン, トークン).
                *("リフレッシュトークン", "トークン"),
            ),
            "national id": (
                *("マイナンバー", "個人番号", "マイナンバーカード番号", "個人番号カード番号"),
                # The residence card, the special permanent resident's certificate, the resident
                # register's code.
                *("在留カード", "在留カード番号", "特別永住者証明書番号", "住民票コード"),
            ),
            # Basic pension and employment insurance numbers.
            "social security number": ("基礎年金番号", "年金番号", "年金手帳番号", "雇用保険被保険者番号"),
            "visa": (
                *("在留資格", "在留期間", "在留期限", "在留期間満了日", "ビザ", "ビザ番号", "査証番号"),
                "就労資格",
            ),
            "passport": ("旅券番号", "パスポート番号", "パスポート", "旅券"),
            "license": (
                # A drone's or an aircraft's registration mark (機体登録記号), as a plate is a car's.
                *("機体登録記号", "登録記号"),
                *("運転免許証番号", "免許証番号", "運転免許番号", "免許番号", "運転免許証"),
                "ナンバープレート",
                # A physician's registration number (医籍登録番号).
                "医籍登録番号",
            ),
            # A device's maker's serial number (製造番号), as a drone's or an appliance's is registered.
            "serial": ("製造番号",),
            # A pilot's certificate of competence and its number (技能証明書番号).
            "certificate": ("技能証明", "技能証明書", "技能証明書番号"),
            "credit card": ("カード番号", "クレジットカード番号", "クレジットカード", "セキュリティコード"),
            # The savings account's and, for Japan Post Bank, the passbook's symbol and number.
            "bank account": (
                *("口座番号", "銀行口座", "銀行口座番号", "振込先口座番号", "通帳記号", "通帳番号"),
            ),
            # Patient, chart and consultation-card numbers, a public-expense recipient's number.
            "health id": (
                *("保険証番号", "被保険者番号", "患者番号", "カルテ番号", "診察券番号", "公費受給者番号"),
                *("受給者番号", "受給者証番号", "介護保険被保険者番号"),
                # The health insurance card, its holder's symbol (記号) and number, the care insurance card.
                *("保険証", "被保険者証番号", "被保険者記号", "保険証記号番号", "保険証記号"),
                "介護保険証番号",
            ),
            "salary": (
                "月収",
                "給与",
                "給料",
                "月給",
                "年間所得",
                "所得",
                "世帯年収",
                "年収 税込",
                "手取り",
                # Base pay (基本給).
                "基本給",
                # Pay given (給与支給額).
                "給与支給額",
            ),
            "citizenship": ("国籍",),
            "religion": ("宗教", "信仰", "宗派", "信仰する宗教"),
            "race": ("人種",),
            "ethnicity": ("民族",),
            "sexual orientation": (
                "性的指向",
                # Whom the person dates (恋愛対象).
                "恋愛対象",
            ),
            "political opinion": ("支持政党",),
            "trade union": ("労働組合", "労組", "労働組合員"),
            "criminal record": ("犯罪歴", "前科"),
            # The disability handbooks, their grade; long-term care levels (要介護度, 要支援).
            "disability": (
                *("障害者手帳", "障がい者手帳", "身体障害者手帳", "療育手帳", "精神障害者保健福祉手帳"),
                *("障害等級", "障がい", "障がいの有無", "障害の有無", "障害者", "障害種別", "要介護度"),
                # The handbooks' numbers, the disability's category, the support level of disability services.
                *("障害者手帳番号", "身体障害者手帳番号", "療育手帳番号", "障害区分", "障害支援区分"),
                "障害者手帳の有無",
                *("要介護状態区分", "要介護認定", "介護度", "要支援", "要介護"),
                # A disability certificate and its grade (障害者手帳).
                "障害者手帳等級",
                # Special needs support (特別支援).
                *("特別支援", "特別支援区分"),
            ),
            # A health questionnaire's items: allergies, pregnancy, surgery and medical history,
            # chronic illness, medicines being taken.
            "allergy": (
                *("アレルギー", "アレルギーの有無", "アレルギー有無", "食物アレルギー", "薬剤アレルギー"),
                # Drug allergies as a pharmacy writes them; allergy details.
                *("薬物アレルギー", "アレルギー歴", "アレルギー情報", "アレルギー詳細"),
            ),
            "condition": (
                # Hearing and colour vision, as a pilot's or a driver's medical declaration asks (eyesight,
                # 視力, is a measure: matchers.HEALTH_MEASURES).
                *("聴力", "色覚"),
                *("妊娠中", "妊娠の可能性", "持病", "既往歴", "既往歴あり"),
                # Symptoms, chief complaint, underlying and infectious diseases, dementia, blood
                # type, pregnancy and the menstrual cycle, smoking history (not `喫煙`: a restaurant seat's).
                *("症状", "主訴", "現病歴", "病歴", "既往症", "基礎疾患", "疾患", "感染症", "認知症"),
                *("血液型", "妊娠", "妊娠週数", "出産予定日", "最終月経", "最終月経日", "生理開始日"),
                *("喫煙歴", "日常生活自立度", "体調"),
                # Whether pregnant or breastfeeding, as a pharmacy's or a clinic's questionnaire asks.
                *("妊娠の有無", "授乳中", "授乳の有無", "妊娠中・授乳中"),
            ),
            # (Not a bare `診断`: skin-type and personality quizzes are 診断 too.)
            "diagnosis": (
                *("診断名", "病名", "傷病名", "疾患名", "診断結果", "確定診断", "診断内容", "傷病名コード"),
            ),
            # Surgery, treatment, and the treatment given (処置: a paramedic's or a nurse's).
            "procedure": ("手術歴", "手術", "治療歴", "治療内容", "処置"),
            "medication": (
                *("服用中の薬", "服用薬", "服薬", "内服薬", "常用薬", "お薬", "処方薬", "使用中の薬"),
                *("服薬中の薬", "お薬手帳", "処方箋", "処方箋番号"),
                # Medication given and the prescription's contents.
                *("投薬", "投薬内容", "処方内容", "服薬状況", "服用中の薬剤"),
            ),
            "geolocation": ("緯度", "経度", "位置情報", "現在地"),
            # A health insurance card's symbol and number (被保険者記号番号).
            "identification": ("被保険者記号番号",),
            # A security question's answer (秘密の質問の答え).
            "secret": ("秘密の質問の答え", "秘密の質問"),
            # Fingerprint data (指紋データ).
            "biometric": ("指紋データ", "指紋"),
            # An advertising id (広告ID).
            "advertising id": ("広告id",),
            # An ID photo (証明写真).
            "photo": ("証明写真",),
        },
    ),
    Language(
        "zh",
        False,
        {
            # A credit score, Zhima (Sesame) Credit's, and the PBOC's credit report (征信).
            "credit score": (
                *("信用分", "信用评分", "信用評分", "芝麻分", "芝麻信用", "芝麻信用分", "征信", "征信报告"),
                *("征信報告", "信用报告", "信用報告", "个人征信", "人行征信", "xinyongfen", "xinyong fen"),
                *("xinyong pingfen", "zhimafen", "zhima fen", "zhima xinyong", "zhengxin", "zhengxin baogao"),
            ),
            "name": (
                *("姓名", "名字", "真实姓名", "用户名"),
                # Han compounds do not split at a known head, so each whose-name is written out
                # (simplified and traditional): the consignee's, addressee's, sender's, contact's,
                # cardholder's, account holder's, guardian's, patient's, emergency contact's.
                *("真實姓名", "用戶名", "中文姓名", "英文姓名", "英文名", "姓名拼音", "拼音姓名", "昵称"),
                *("暱稱", "用户昵称", "收货人", "收货人姓名", "收件人", "收件人姓名", "寄件人", "寄件人姓名"),
                *("联系人", "联系人姓名", "聯絡人", "聯絡人姓名", "聯繫人", "客户姓名", "客戶姓名", "持卡人"),
                *("持卡人姓名", "开户名", "开户人", "户名", "戶名", "账户名称", "紧急联系人"),
                *("紧急联系人姓名", "緊急聯絡人", "监护人", "监护人姓名", "監護人", "患者姓名", "就诊人"),
                *("就诊人姓名", "法定代表人", "本人姓名"),
                # WeChat's user-chosen id, a handle.
                "微信号",
                # Pinyin, as Chinese backends name columns, and the abbreviations of their
                # government data standards.
                *("xingming", "zhenshi xingming", "mingzi", "nicheng", "shoujianren", "shouhuoren"),
                *("lianxiren", "chikaren", "kaihuming"),
                "姓名 拼音",  # `姓名(拼音)`
                # Pinyin: the name in pinyin letters, the user's and the account holder's name (not `xing
                # ming` or `yonghu ming`: `ming` would split English `performing`); traditional script
                # (Taiwan, Hong Kong): the surname, user, member, customer, consignee, guardian and account
                # names, Chinese and English names.
                *("xingming pinyin", "pinyin xingming", "yingwenming", "yonghuming", "kaihuren", "huming"),
                *("姓氏", "使用者名稱", "用戶名稱", "會員姓名", "會員名稱", "顧客姓名", "收貨人"),
                *("收貨人姓名", "監護人姓名", "帳戶名稱", "英文名字", "中文名字"),
                # Pinyin initials of government and hospital columns: 姓名 (`XM`, a whole key only), the
                # patient's (病人姓名, 患者姓名), the consignee's (收货人姓名), the contact's and the
                # emergency contact's (联系人姓名, 紧急联系人).
                *("xm", "brxm", "hzxm", "shrxm", "lxrxm", "jjlxr", "jjlxrxm"),
                # A vehicle's owner (chēliàng suǒyǒurén) and a full name written apart (xìng míng).
                *("cheliang suoyouren", "xing ming"),
            ),
            "email": (
                *("邮箱", "电子邮件", "郵箱", "電子郵件", "邮箱地址", "电子邮箱", "邮件地址", "电子邮件地址"),
                *("郵箱地址", "電子信箱", "電郵", "電郵地址", "電子郵件地址", "youxiang", "dianzi youxiang"),
                # Pinyin e-mail address and mailbox; traditional script's e-mail mailbox and address.
                *("youxiang dizhi", "dianzi youjian", "dianzi youjian dizhi", "郵件地址", "電子郵箱"),
                *("電子郵件信箱", "dzyx"),
            ),
            "phone": (
                *("手机", "手机号", "手机号码", "电话", "电话号码", "電話", "手機", "手機號碼", "手機號"),
                *("电话号", "電話號碼", "联系电话", "聯絡電話", "聯繫電話", "联系方式", "移动电话"),
                *("行動電話", "手提電話", "固定电话", "座机", "座机号码", "紧急联系电话", "紧急联系人电话"),
                *("收货人电话", "收货人手机", "收件人电话", "收件人手机", "收件人電話", "shouji"),
                *("shoujihao", "shouji haoma", "dianhua", "dianhua haoma", "lianxi dianhua"),
                # 联系电话, 手机号(码), 电话号码.
                *("lxdh", "sjh", "sjhm", "dhhm"),
                # A landline (zuoji), the contact method; Taiwan's landline (市話, 室內電話), Hong Kong's
                # mobile (流動電話, 手提電話), an emergency contact's and a consignee's phone; 紧急联系电话
                # written short.
                *("zuoji", "lianxi fangshi", "市話", "住家電話", "室內電話", "行動電話號碼"),
                *("手提電話號碼", "流動電話", "流動電話號碼", "緊急聯絡人電話", "緊急聯絡電話"),
                *("收貨人電話", "收件人手機", "紧急联系人手机", "jjlxdh"),
                # Pinyin initials: 移动电话, 固定电话, 联系人电话, 紧急联系人电话, 收货人电话.
                *("yddh", "gddh", "lxrdh", "jjlxrdh", "shrdh"),
            ),
            "address": (
                *("地址", "收货地址", "住址", "详细地址", "詳細地址", "家庭地址", "家庭住址", "居住地址"),
                *("现住址", "現住址", "联系地址", "聯絡地址", "通讯地址", "通訊地址", "收件地址"),
                *("收货人地址", "配送地址", "送货地址", "户籍地址", "戶籍地址", "户籍所在地", "身份证地址"),
                *("地址详情", "街道地址", "dizhi", "xiangxi dizhi", "jiating dizhi", "shouhuo dizhi"),
                "zhuzhi",
                # Where the household is registered (pinyin); home, delivery, consignee's and current
                # addresses in traditional script, Hong Kong's residential and correspondence addresses; the
                # initials of 家庭地址, 家庭住址, 户籍地址, 联系地址, 通讯地址 and 详细地址.
                *("huji suozaidi", "hukou dizhi", "住家地址", "住宅地址", "寄送地址", "收件人地址"),
                *("收貨地址", "收貨人地址", "送貨地址", "現居地址", "現居住地址", "通訊處", "jtdz", "jtzz"),
                *("hjdz", "lxdz", "txdz", "xxdz"),
                # Pinyin initials: 居住地址, 收货地址, 户口所在地, 户籍所在地, 现住址.
                *("jzdz", "shdz", "hkszd", "hjszd", "xzzdz"),
            ),
            "street": (
                *("门牌号", "門牌號碼", "门牌号码"),
                # The house number (门牌号) in pinyin.
                *("menpaihao", "menpai hao", "menpai haoma"),
            ),
            "city": (
                *("城市", "所在城市", "居住城市", "出生地", "籍贯", "籍貫"),
                # The city one lives in and the place of birth (pinyin); Taiwan's county or city and
                # township.
                *("chengshi", "suozai chengshi", "juzhu chengshi", "chushengdi", "縣市", "居住縣市"),
                "鄉鎮市區",
            ),
            "zipcode": (
                *("邮编", "邮政编码", "郵遞區號", "郵政編碼", "郵編", "youbian", "youzheng bianma"),
                # 邮政编码 written short.
                "yzbm",
            ),
            "birthdate": (
                *("生日", "出生日期", "出生年月", "出生年月日", "出生年份", "shengri", "chusheng riqi"),
                "csrq",  # 出生日期
                # The year and month, the date or the year of birth (pinyin).
                *("chusheng nianyue", "chushengnianyue", "chusheng nianyueri", "chusheng nianfen"),
                # 出生年月 written short.
                "csny",
                # Cantonese (Jyutping): 出生日期.
                "ceot saang jat kei",
            ),
            # 性别 written short (`XB`, a whole key only).
            "gender": ("性别", "性別", "xingbie", "xb"),
            "password": (
                *("密码", "密碼", "登录密码", "登錄密碼", "登入密碼", "支付密码", "交易密码", "确认密码"),
                *("確認密碼", "新密码", "旧密码", "原密码", "mima"),
                # A payment password (zhīfù mìmǎ).
                "zhifu mima",
            ),
            # The code an SMS sends to sign in or pay.
            "token": (
                *("验证码", "驗證碼", "短信验证码", "手机验证码", "yanzhengma"),
                # The code a text message sends (Taiwan's 簡訊, Hong Kong's 短訊).
                *("簡訊驗證碼", "短訊驗證碼", "duanxin yanzhengma"),
                # An access token (访问令牌).
                *("访问令牌", "令牌"),
                # A parcel's pickup code (取件码).
                *("取件码", "qujianma", "qujian ma"),
                # A login token and a verification code (dēnglù lìngpái, yànzhèngmǎ).
                "denglu lingpai",
            ),
            "national id": (
                *("身份证", "身份证号", "身份证号码", "身分證字號", "身份證", "身份證號碼", "身分證"),
                *("身分證號碼", "身分證號", "居民身份证", "居民身份证号码", "公民身份号码", "身份证件号码"),
                # An identity document's number (its type, 证件类型, is a picklist), Hong Kong's
                # and Macau's identity cards.
                *("证件号", "证件号码", "證件號碼", "香港身份證", "香港身份證號碼", "澳門身份證"),
                *("shenfenzheng", "shenfenzhenghao", "shenfenzheng haoma", "zhengjian haoma"),
                # 身份证(号码), 证件号码, and GB/T's 公民身份号码.
                *("sfz", "sfzh", "sfzhm", "zjhm", "gmsfhm"),
                # Taiwan's identity number as `zihao` and in full (統一編號 of the identity card), its
                # resident certificate number for foreigners (統一證號, 居留證); Hong Kong's HKID and
                # Macau's resident card; the mainland's residence permit (居住证, juzhuzheng) and
                # `juliuzheng` (居留证).
                *("shenfenzheng zihao", "shenfen zheng", "gongmin shenfen haoma", "juliuzheng"),
                *("juzhuzheng", "hkid", "身分證統一編號", "國民身分證統一編號", "統一證號", "居留證號"),
                *("居留證號碼", "居留證", "外僑居留證", "外僑居留證號碼", "身份證號", "身份證明文件號碼"),
                *("香港身份證號", "澳門居民身份證", "公民身份证号", "居住证", "居住证号", "居住证号码"),
                # Run together with `hao` (号).
                "zhengjianhao",
                # Cantonese (Jyutping): 身份證, 身份證號碼.
                *("san fan zing", "san fan zing hou maa", "san fan zing hou"),
            ),
            # Social insurance numbers and cards.
            "social security number": (
                *("社保卡号", "社会保障号码", "社保号", "社会保障卡号"),
                # Social insurance numbers and cards in pinyin and traditional script.
                *("shebao hao", "shebaohao", "shebao kahao", "shebaokahao", "shehui baozhang haoma"),
                *("社保卡", "社會保障號碼"),
                # 社保卡号 written short.
                "sbkh",
            ),
            # Travel permits to and from Hong Kong, Macau and Taiwan stand for a passport.
            "passport": (
                *("护照号", "护照号码", "护照", "護照", "護照號碼", "护照编号", "港澳通行证", "台胞证"),
                *("回乡证", "huzhao", "huzhao haoma"),
                # Permits for travel to and from Hong Kong, Macau and Taiwan, in pinyin and traditional
                # script; 护照号码 written short.
                *("gangao tongxingzheng", "taibaozheng", "huixiangzheng", "回鄉證", "臺胞證", "台胞證"),
                *("港澳通行證", "hzhm"),
                # Run together with `hao` (号).
                "huzhaohao",
                # 护照号 written short.
                "hzh",
            ),
            "license": (
                *("驾驶证", "驾驶证号", "驾驶证号码", "驾照", "駕照", "駕駛執照", "车牌号", "车牌"),
                *("车牌号码", "車牌號碼", "車牌", "chepaihao", "jiashizheng"),
                # A driving licence and a plate in pinyin; a driving licence's number in traditional script.
                *("jiazhao", "chepai", "駕照號碼", "駕駛執照號碼", "駕駛證號碼"),
                # Run together with `hao` (号).
                "jiashizhenghao",
                # 驾驶证号 and 车牌号码 written short.
                *("jszh", "cphm"),
                # A practising certificate's number (执业证书编号).
                *("执业证书编号", "执业证书"),
            ),
            "serial": (
                "车架号",
                # A vehicle's frame number, its VIN (车架号).
                *("chejia hao", "chejiahao"),
                # A device's serial number (shèbèi xùlièhào).
                "shebei xuliehao",
            ),
            "bank account": (
                *("银行卡号", "银行账号", "银行账户", "银行卡", "銀行帳號", "銀行帳戶", "收款账号"),
                "收款账户",
                # Alipay's account routes money to the person, as a UPI id does.
                *("支付宝账号", "yinhangka", "yinhangkahao", "yinhangka hao"),
                # A bank card's and a bank account's number, the account money is paid into, Alipay's
                # (pinyin); traditional script's; 银行卡号 and 银行账号 written short.
                *("yinhang kahao", "yinhang zhanghao", "yinhangzhanghao", "shoukuan zhanghao"),
                *("zhifubao zhanghao", "銀行賬號", "銀行卡號", "收款帳號", "匯款帳號", "银行卡号码"),
                *("yhkh", "yhzh"),
                # Cantonese, as Hong Kong backends romanise it (Jyutping): 銀行戶口 (the bank account),
                # 銀行戶口號碼, 銀行帳號.
                *("ngan hong wu hau", "ngan hong wu hau hou maa", "ngan hong zoeng hou"),
            ),
            "credit card": (
                *("信用卡号", "信用卡號", "信用卡卡号", "信用卡号码"),
                # A credit card and its number in pinyin and traditional script.
                *("xinyongka", "xinyongkahao", "xinyongka haoma", "信用卡號碼", "信用卡卡號"),
                # A credit card's number (xìnyòngkǎ hào).
                "xinyongka hao",
            ),
            "salary": (
                *("收入", "月收入", "年收入", "工资", "薪资", "薪資", "薪水", "月薪", "年薪", "税前工资"),
                *("税后工资", "家庭收入", "家庭年收入", "期望薪资", "期望薪資", "gongzi", "xinzi", "shouru"),
                # Monthly and annual pay (pinyin).
                *("yuexin", "nianxin", "yue shouru", "nian shouru"),
            ),
            "citizenship": ("国籍", "國籍"),
            # China's 56 nationalities as its identity card states them.
            "ethnicity": ("民族", "minzu"),
            "religion": ("宗教", "宗教信仰", "信仰", "zongjiao"),
            # Political affiliation (Party or League membership) as Chinese forms ask it.
            "political opinion": ("政治面貌", "党员", "是否党员", "zhengzhi mianmao", "zzmm"),
            "sexual orientation": (
                "性取向",
                # Sexual orientation (xìng qǔxiàng).
                "xing quxiang",
            ),
            "criminal record": (
                "犯罪记录",
                "违法犯罪记录",
                "犯罪紀錄",
                # A criminal record (fànzuì jìlù).
                "fanzui jilu",
            ),
            "disability": (
                *("残疾", "残疾人", "残疾证号", "残疾人证号", "残疾等级", "残疾类别", "身心障礙"),
                # Care levels of long-term care insurance.
                *("身心障礙手冊", "身障", "护理等级", "失能等级"),
                # A disability, its grade and certificate (pinyin); Taiwan's 身心障礙證明, 殘障.
                *("canji", "canji dengji", "canjizheng", "身心障礙證明", "殘疾", "殘障"),
                # The disability certificate, its kind and degree; Taiwan's handbook, category and grade.
                *("残疾证", "残疾人证", "残疾证号码", "残疾类型", "残疾程度", "殘障手冊", "身心障礙類別"),
                *("身心障礙等級", "canjiren", "canji leixing"),
            ),
            # Hospital and insurance numbers: medical insurance card, patient card, record,
            # inpatient and outpatient numbers.
            "health id": (
                *("医保卡号", "医保号", "医保卡", "就诊卡号", "病历号", "住院号", "门诊号", "健保卡號"),
                # Medical record, medical insurance card, patient card, inpatient and outpatient numbers
                # (pinyin and traditional script).
                *("binglihao", "bingli hao", "yibao kahao", "yibaokahao", "yibaohao", "yibao hao"),
                *("jiuzhenkahao", "jiuzhenka hao", "zhuyuanhao", "menzhenhao", "健保卡號碼", "病歷號碼"),
                *("病歷號", "醫保卡號", "醫保卡"),
                # The medical insurance number and card in other words (参保 is being insured); Taiwan's
                # health insurance number; hospital columns' initials: 医保卡号, 就诊卡号, 住院号, 门诊号,
                # 病历号 (the three-letter ones as whole keys only).
                *("医保编号", "医疗保险号", "医疗保险卡号", "医保账号", "参保编号", "健保號碼"),
                "醫療保險號碼",
                *("yibao bianhao", "ybkh", "jzkh", "zyh", "mzh", "blh"),
                # A medical insurance card and its number (医保卡, jianbao ka).
                *("jianbao ka", "jianbao ka hao"),
            ),
            "condition": (
                *("病史", "既往病史", "既往史", "家族病史", "现病史", "症状", "主诉", "病情", "病情描述"),
                *("疾病", "慢性病", "传染病", "血型", "怀孕", "是否怀孕", "孕周", "预产期", "末次月经"),
                # Medical and family history, blood type, pregnancy and the due date (pinyin); pregnancy in
                # traditional script.
                *("bingshi", "jiwang bingshi", "jiwangbingshi", "jiazu bingshi", "xuexing", "huaiyun"),
                *("yuchanqi", "懷孕", "是否懷孕"),
                # Breastfeeding, pregnancy's stage, trying to conceive (备孕), as a pharmacy or a
                # fertility app asks.
                *("哺乳期", "是否哺乳期", "是否哺乳", "孕期", "备孕", "備孕"),
                # Symptoms and their description (症状描述).
                *("症状描述", "症狀"),
            ),
            "diagnosis": (
                *("诊断", "诊断结果", "診斷", "疾病名称"),
                # A diagnosis and its result (pinyin, traditional).
                *("zhenduan", "zhenduan jieguo", "診斷結果"),
                # The diagnosis's name and code, the main, admission and discharge diagnoses; initials of
                # 诊断名称 and 疾病名称.
                *("诊断名称", "疾病诊断", "诊断编码", "主要诊断", "入院诊断", "出院诊断", "診斷名稱"),
                *("zhenduan mingcheng", "zdmc", "jbmc"),
            ),
            "allergy": (
                *("过敏", "过敏史", "药物过敏", "過敏", "過敏史"),
                # Allergy history and drug allergy (pinyin: not a bare `guomin`, also 国民); traditional.
                *("guominshi", "guomin shi", "yaowu guomin", "藥物過敏"),
                # Drug allergy history, food allergies, the drugs one is allergic to (not `过敏原`: a food's
                # allergens).
                *("药物过敏史", "食物过敏", "过敏药物", "藥物過敏史", "食物過敏", "过敏情况", "過敏情況"),
                # Allergens (guòmǐnyuán).
                "guominyuan",
            ),
            "medication": (
                *("用药", "用药情况", "药品名称", "正在服用的药物", "处方", "处方号", "服用药物", "药物"),
                # Medicines taken, a prescription (pinyin, traditional).
                *("yongyao", "用藥", "處方", "用藥情況"),
                # Medicines taken now or long-term; a prescription (traditional). (Not pinyin `chufang`, also
                # 厨房, a kitchen.)
                *("服药", "服药情况", "长期用药", "当前用药", "目前用药", "服藥", "目前用藥", "長期用藥"),
                "處方箋",
                # A medication list (yòngyào qīngdān).
                "yongyao qingdan",
            ),
            "procedure": (
                "手术史",
                "手术",
                "手術史",
                "治疗方案",
                # A surgery's name (手术名称).
                "手术名称",
            ),
            "geolocation": ("纬度", "经度", "緯度", "經度"),
            # Facial features, as pinyin keys write them.
            "biometric": (
                "renlian tezheng",
                "人脸特征",
                # Face features (人脸特征值).
                "人脸特征值",
                # Voiceprint features (shēngwén tèzhēng).
                *("shengwen tezheng", "shengwen"),
            ),
            # A visa and its type (pinyin).
            "visa": (
                "qianzheng",
                "qianzheng leixing",
                "签证",
                "签证类型",
                # A residence permit (居留证, juliu zheng).
                *("juliu zheng", "juliu zheng haoma", "居留证", "居留證"),
            ),
            # A veteran's certificate number (退役军人证号).
            "veteran": (
                "退役军人证号",
                "退役军人",
                # A veteran's preferential card (tuìyì jūnrén).
                *("tuiyi junren", "tuiyi junren youdaizheng hao"),
            ),
            # An avatar (头像).
            "photo": ("头像", "頭像"),
            # A certificate's number (zhèngshū biānhào).
            "certificate": ("zhengshu bianhao",),
            # A trade union (gōnghuì).
            "trade union": ("gonghui", "gonghui mingcheng"),
            # An insurance policy's number (bǎodān hào).
            "identification": ("baodan hao",),
        },
    ),
    Language(
        "ko",
        False,
        {
            # A credit score and grade (NICE's and KCB's).
            "credit score": ("신용점수", "신용등급", "신용평점", "sinyong jeomsu", "sinyong deunggeup"),
            "license": (
                "운전면허번호",
                "운전면허",
                "면허번호",
                "차량번호",
                *("운전면허증번호", "자동차등록번호", "차량등록번호", "번호판"),
                # A driving licence and its number; a vehicle's number (its plate).
                *("unjeon myeonheo", "unjeonmyeonheo", "myeonheo beonho", "chaeryang beonho"),
                "chaeryangbeonho",
                # A physician's licence number (의사면허번호).
                "의사면허번호",
                # A vehicle's number (charyang beonho).
                "charyang beonho",
            ),
            "name": (
                *("받는분", "받는사람", "수령인", "주문자", "주문자명", "이름", "성명", "성", "실명"),
                # Who booked; a business's representative; the stylist in charge.
                *("예약자", "예약자명", "대표자명", "담당디자이너"),
                # The buyer, a participant and an attendee.
                *("구매자", "구매자명", "참가자명", "참석자명"),
                # The honorific name, the given name alone, names in Hangul and in Latin letters;
                # a nickname; the account holder, payee, sender, applicant, contract holder,
                # insured, guardian, patient and the doctor or staff member in charge.
                *("성함", "닉네임", "별명", "한글이름", "한글명", "영문이름", "영문명", "영문성명", "예금주"),
                *("예금주명", "카드소유자", "수취인", "수취인명", "보내는분", "보내는사람", "신청자"),
                *("신청자명", "계약자", "계약자명", "피보험자", "보호자", "보호자명", "환자명", "담당자명"),
                *("주치의", "담당의", "고객명", "회원명", "대표자", "가입자명"),
                # The staff member in charge, a visitor's name (a notification template's parameters).
                *("담당자", "방문자명", "방문객명", "방문자 이름"),
                # Revised romanisation and older spellings.
                *("ireum", "irum", "seongmyeong", "seongham", "yegeumju"),
                # Older spellings of 성명; the real name, a nickname, the account holder's name, the payee,
                # recipient and orderer.
                *("seongmyung", "seong myeong", "silmyeong", "byeolmyeong", "nikneim", "yegeumjumyeong"),
                *("yegeumju myeong", "suchwiin", "suryeongin", "jumunja", "jumunja myeong"),
                # Column names of Korean databases: `KOR_NM` and `ENG_NM`, the name in Hangul and in Latin
                # letters; `DPSTR_NM`, the depositor, the account holder. (Not `ORDR_NM`: as often a
                # payment's order name, 주문명.)
                *("kor name", "eng name", "dpstr name", "dpstr"),
            ),
            "email": (
                *("이메일", "이메일주소", "메일", "메일주소", "이메일 주소", "전자우편", "imeil"),
                # The e-mail address.
                "imeil juso",
            ),
            "phone": (
                *("전화번호", "휴대폰", "휴대폰번호", "연락처", "핸드폰", "휴대전화", "휴대전화번호"),
                *("핸드폰번호", "휴대폰 번호", "전화", "전화 번호", "집전화", "자택전화", "유선전화"),
                *("휴대번호", "폰번호", "비상연락처", "보호자연락처", "jeonhwa", "jeonhwa beonho"),
                *("jeonhwabeonho", "hyudaepon", "hyudaepon beonho", "haendeupon", "yeollakcheo"),
                # A hand phone and a home phone; 연락처 as it is spoken.
                *("handeupon", "jipjeonhwa", "yeonrakcheo"),
                # Column names of Korean databases: the hand phone (`HP_NO`, `CUST_HP_NO`), the mobile
                # (`MBL_NO`, `MOBL_NO`). (Not a bare `hp`: a game's hit points, an engine's horsepower.)
                *("hp number", "hpno", "mbl number", "mobl number"),
            ),
            "address": (
                "상세주소",
                "기본주소",
                "도로명주소",
                "지번주소",
                "주소",
                # `주소` is too short to end a compound, so the compounds are written out: the
                # delivery, home, residence and registered addresses, split fields.
                *("상세 주소", "주소1", "주소2", "배송지", "배송지주소", "배송주소", "받는주소", "수령지"),
                *("수령주소", "수령인주소", "집주소", "자택주소", "거주지", "거주지주소", "주소지"),
                *("실거주지", "현주소", "동호수", "juso", "sangse juso", "doromyeong juso"),
                # The delivery address, where one lives, the registered address.
                *("baesongji", "geojuji", "jusoji"),
                # The detailed address as the public-sector standard abbreviates it (상세주소 `DADDR`).
                "daddr",
            ),
            "street": ("도로명", "지번", "번지"),
            # The district, the neighbourhood (읍면동), the place of birth, the region one lives in.
            "city": ("시군구", "sigungu", "읍면동", "출생지", "거주지역"),
            "zipcode": (
                # A postal code, romanised another way (ubeon beonho, 우편번호).
                "ubeon beonho",
                "zonecode",
                "우편번호",
                # The postcode (우편번호).
                *("upyeon beonho", "upyeonbeonho"),
            ),
            "birthdate": (
                *("생년월일", "생일", "출생일", "출생연도", "생년", "출생년도", "생년월일 6자리", "saengil"),
                "saengnyeonwolil",
                # 생년월일 as it is pronounced (wol-il runs together) and written out.
                *("saengnyeonwoil", "saengnyeonworil", "saengnyeon wolil"),
                # Column names of Korean databases: the birth date as `YYYYMMDD` (`BIRTH_YMD`, `BRTH_YMD`).
                *("brth ymd", "brth date", "birthymd"),
            ),
            "gender": (
                *("성별", "seongbyeol"),
                # Older spellings of 성별.
                *("seongbyul", "sungbyul"),
                # Column names of Korean databases: the public-sector standard's 성별구분코드 (`SEXDSTN_CD`),
                # whose values are the datum (`M`, `1`). (`SEX_CD`, `GNDR_CD`: with the English terms.)
                *("gndr", "sexdstn", "sexdstn code"),
            ),
            "password": (
                *("비밀번호", "비밀번호확인", "비밀번호 확인", "비번", "패스워드", "암호", "간편비밀번호"),
                *("결제비밀번호", "새비밀번호", "bimil beonho"),
            ),
            # The code a text message sends to verify the phone or sign in.
            "token": (
                "인증번호",
                "인증코드",
                "본인인증번호",
                # A billing key (빌링키).
                "빌링키",
                # An authentication number (injeung beonho).
                "injeung beonho",
            ),
            "national id": (
                "jumin no",
                "jumin bunho",
                "주민등록번호",
                "주민번호",
                # Each half of the resident registration number, the alien registration number,
                # an identity card's number, the personal customs clearance code (cross-border
                # shopping).
                *("주민번호앞자리", "주민번호뒷자리", "주민등록번호앞자리", "주민등록번호뒷자리"),
                *("주민번호 앞자리", "주민번호 뒷자리", "주민등록번호 앞자리", "주민등록번호 뒷자리"),
                *("외국인등록번호", "주민등록증", "신분증번호", "개인통관고유부호", "통관고유부호"),
                *("jumin beonho", "jumin deungnok beonho", "juminbeonho", "oegugin deungnok beonho"),
                "gaein tonggwan gobu buho",
                # The resident and alien registration numbers as keys spell 등록 (deungrok); the RRN in
                # English.
                *("jumin deungrok beonho", "jumindeungrokbeonho", "oegugin deungrok beonho"),
                "resident registration number",
                # Korean column names: `JUMIN1`/`JUMIN2` (the two halves), eGovFrame's `ihidnum`; the alien
                # registration number (외국인등록번호 `FRGNR_RGST_NO`; `FRGNR_REG_NO` with the English terms,
                # as `reg` here would stop splitting keys). (Not `rrn`: a card payment's retrieval reference
                # number.)
                *("jumin", "ihidnum", "frgnr rgst number", "frgnr registration number"),
            ),
            "passport": (
                *("여권번호", "여권", "여권 번호", "yeogwon beonho"),
                # The passport.
                "yeogwon",
            ),
            "bank account": (
                *("계좌번호", "계좌", "은행계좌", "환불계좌", "환불계좌번호", "입금계좌", "출금계좌"),
                *("계좌 번호", "gyejwa beonho", "gyejwabeonho"),
                # A bank account (계좌), the refund account.
                *("gyejwa", "hwanbul gyejwa"),
            ),
            "credit card": (
                *("카드번호", "신용카드번호", "카드 번호"),
                # A card's and a credit card's number.
                *("kadeu beonho", "sinyong kadeu beonho"),
            ),
            "salary": (
                *("연봉", "월급", "급여", "소득", "연소득", "월소득", "연수입", "희망연봉", "현재연봉"),
                *("yeonbong", "wolgeup"),
                # Pay and income (급여, 소득).
                *("geupyeo", "sodeuk", "yeonsodeuk", "wolsodeuk"),
                # An hourly wage (sigeup).
                "sigeup",
            ),
            "citizenship": (
                "국적",
                # Nationality; whether a member is Korean or foreign (내외국인, 외국인여부).
                "gukjeok",
                *("내외국인", "내외국인구분", "내외국인 구분", "내외국인여부", "외국인여부", "내국인여부"),
            ),
            # A device's serial and a product's manufacturing number.
            "serial": ("시리얼", "시리얼번호", "기기시리얼", "일련번호", "제조번호"),
            "religion": (
                "종교",
                "jonggyo",
                # A religion (종교, jonggyo).
                "jongyo",
            ),
            "race": ("인종",),
            "sexual orientation": ("성적지향",),
            "political opinion": (
                "지지정당",
                # A party one supports (jiji jeongdang).
                "jiji jeongdang",
            ),
            "trade union": ("노동조합", "노조", "노조가입여부"),
            "criminal record": (
                "범죄경력",
                "전과",
                "범죄경력조회",
                # A criminal record (beomjoe gyeongryeok).
                *("beomjoe gyeongryeok", "beomjoe"),
            ),
            # National merit and veterans' benefits; military service status (compulsory).
            "veteran": (
                *("국가유공자", "보훈대상자", "병역", "병역사항", "병역여부", "군필여부"),
                # Military service (병역).
                "byeongyeok",
                # A veteran's (patriot's) classification.
                *("보훈구분", "보훈대상자", "국가유공자"),
            ),
            # A bare `장애` is as often an outage; long-term care grades.
            "disability": (
                *("장애여부", "장애등급", "장애유형", "장애정도", "장애인여부", "장애인등록번호", "장애인"),
                *("장기요양등급", "노인장기요양등급"),
                # Disability status, grade and type (not a bare `jangae`, also an outage).
                *("jangae deunggeup", "jangae yeobu", "jangaein yeobu", "jangae yuhyeong"),
                # The kind of disability; the registration card and certificate, the welfare card (복지카드)
                # a registered disabled person holds.
                *("장애구분", "장애종류", "장애인구분", "장애인등록증", "장애인증명서", "복지카드"),
                "장애인복지카드",
                "jangaein",
            ),
            # A health insurance card's number; patient and chart numbers.
            "health id": (
                *("건강보험증번호", "건강보험번호", "환자번호", "차트번호"),
                # The health insurance card itself, the national health insurance number, the medical aid
                # (의료급여) card's number.
                *("건강보험증", "건강보험증 번호", "국민건강보험번호", "의료급여증번호", "의료급여번호"),
                # Health insurance, patient and chart numbers.
                *("geongang boheom beonho", "hwanja beonho", "chateu beonho"),
            ),
            "condition": (
                *("병력", "과거병력", "기저질환", "질병", "질환", "증상", "혈액형", "임신여부", "임신"),
                *("흡연여부", "만성질환", "가족력"),
                # A body's measures as smart scales show them: weight, body fat (rate and mass),
                # skeletal muscle and muscle mass, basal metabolic rate (vital signs are in
                # matchers.HEALTH_MEASURES).
                *("체중", "몸무게", "체지방률", "체지방량", "체지방", "골격근량", "근육량", "기초대사량"),
                # Blood type, medical history, underlying disease, pregnancy.
                *("hyeoraekhyeong", "hyeolaekhyeong", "byeongnyeok", "gijeo jilhwan", "imsin yeobu"),
                # Pregnancy and breastfeeding as a pharmacy's or a clinic's questionnaire asks them.
                *("임신중", "임신 여부", "수유중", "수유여부", "수유 여부"),
            ),
            "diagnosis": (
                *("진단명", "상병명", "상병코드"),
                # A diagnosis's code, the disease's name and code, the main diagnosis; 진단명 romanised.
                # (Not a bare `진단`: apps' skin-type and personality quizzes are 진단 too.)
                *("진단코드", "질병명", "질병코드", "병명", "주상병", "jindanmyeong"),
                # A diagnosis's name (jindan myeong).
                "jindan myeong",
            ),
            "medication": (
                *("복용약", "복용중인약", "복용약물", "처방", "처방전", "복용중인 약"),
                # Medicines taken, a prescription.
                *("bogyongyak", "cheobang"),
                # Medicines given or taken and a prescription's drugs.
                *("투약", "투약정보", "복약", "복약정보", "약물", "처방약", "처방약물", "yakmul"),
                # Medicine taken (bokyong yak).
                "bokyong yak",
            ),
            "allergy": (
                *("알레르기", "알러지", "알레르기여부"),
                # Allergy (알레르기, 알러지).
                *("allereugi", "alleoji"),
                # Drug and food allergies, whether one has any.
                *("약물알레르기", "식품알레르기", "음식알레르기", "알레르기정보", "알레르기유무"),
                "알러지여부",
            ),
            "procedure": (
                *("수술이력", "수술력", "수술여부", "수술"),
                # A surgery's name (수술명). (Not 시술명: a salon's or a clinic's treatment menu.)
                "수술명",
            ),
            "geolocation": ("위도", "경도"),
            # An advertising identifier.
            "advertising id": ("광고식별자", "광고 식별자"),
            # A visa's type and status.
            "visa": (
                "비자종류",
                "비자유형",
                "체류자격",
                # A foreigner's status of stay (체류자격).
                *("chelyu jagyeok", "체류 자격"),
                # A status of stay (cheryu jagyeok).
                "cheryu jagyeok",
            ),
            # A profile photo (프로필사진).
            "photo": ("프로필사진", "프로필 사진"),
            # A qualification's certificate number (자격증번호).
            "certificate": (
                "자격증번호",
                "자격증",
                # A qualification certificate's number (jagyeokjeung beonho).
                *("jagyeokjeung beonho", "jagyeokjeung"),
            ),
        },
    ),
    Language(
        "th",
        True,
        {
            "name": (
                *("ชื่อ", "นามสกุล", "ชื่อเต็ม", "ชื่อจริง", "ชื่อเล่น", "ชื่อผู้รับ", "ชื่อบัญชี", "ผู้รับ"),
                "ไลน์ไอดี",  # a LINE id, the handle Thai customers give
                # Romanised (RTGS and everyday spellings): name, real name, nickname, full name,
                # surname, recipient's and account's name.
                *("chue", "chuelen", "chue jing", "chue tem", "nam sakun", "namsakun", "nam sakul"),
                *("namsakul", "chue namsakun", "chue phu rap", "phu rap", "chue banchi"),
                # The surname alone (sakun, สกุล).
                "sakun",
                # Thai keys run words together, so whose name it is is part of the key: the full
                # name, a patient's (phu puai, khon khai), a relative's, an emergency contact's, a
                # doctor's, the insured's, a beneficiary's, the father's and the mother's.
                *("ชื่อนามสกุล", "ชื่อผู้ป่วย", "ชื่อคนไข้", "ชื่อญาติ", "ชื่อผู้ติดต่อฉุกเฉิน", "ชื่อแพทย์"),
                *("ชื่อผู้เอาประกัน", "ชื่อผู้รับประโยชน์", "ชื่อบิดา", "ชื่อมารดา"),
                # The prescribing or treating doctor (แพทย์ผู้สั่งจ่าย, แพทย์ผู้รักษา).
                *("แพทย์ผู้สั่งจ่าย", "ผู้สั่งจ่าย", "แพทย์ผู้รักษา", "แพทย์ผู้สั่ง"),
            ),
            "email": ("อีเมล", "อีเมล์"),
            "phone": (
                *("เบอร์โทร", "เบอร์โทรศัพท์", "โทรศัพท์", "เบอร์มือถือ", "หมายเลขโทรศัพท์"),
                # Romanised: phone number, telephone, mobile number.
                *("ber tho", "boe tho", "bertho", "ber thorasap", "thorasap", "thorasup"),
                *("ber mue thue", "boe mue thue", "mue thue"),
                # The phone number run together.
                *("berthorasap", "boethorasap", "boe thorasap"),
                # A contact number, a relative's and an emergency contact's, a mobile's number.
                *("เบอร์ติดต่อ", "เบอร์ญาติ", "เบอร์โทรญาติ", "เบอร์ติดต่อฉุกเฉิน", "เบอร์โทรศัพท์มือถือ"),
                # The recipient's phone number (เบอร์โทรผู้รับ).
                *("เบอร์โทรผู้รับ", "เบอร์ผู้รับ", "เบอร์โทรศัพท์ผู้รับ"),
            ),
            "address": (
                *("ที่อยู่", "ที่อยู่จัดส่ง", "ตำบล", "แขวง"),
                # Romanised: address (run together: `thi` would read English `this` as it), village,
                # sub-district (tambon, Bangkok's khwaeng).
                *("thiyu", "mu ban", "muban", "tambon", "khwaeng"),
                # The current address, the one on the id card and in the house register, a
                # contact address.
                *("ที่อยู่ปัจจุบัน", "ที่อยู่ตามบัตรประชาชน", "ที่อยู่ตามทะเบียนบ้าน", "ที่อยู่ที่ติดต่อได้"),
                # An address, romanised.
                *("thi yu", "thiyu"),
            ),
            # House number, road and lane (soi).
            "street": ("บ้านเลขที่", "ถนน", "ซอย", "thanon", "soi"),
            # A district (amphoe, Bangkok's khet).
            "city": ("อำเภอ", "เขต", "amphoe", "khet"),
            "zipcode": ("รหัสไปรษณีย์", "rahat praisani", "rahat phraisani"),
            "birthdate": (
                *("วันเกิด", "วันเดือนปีเกิด", "ปีเกิด"),
                *("wan koet", "wankoet", "wan kerd", "wankerd", "wan duean pi koet", "pi koet"),
                # The birthday as often spelt.
                *("wan kert", "wankert", "wan koed"),
            ),
            # Sex, and the title before a name (nai, nang, nangsao), which says it.
            "gender": ("เพศ", "คำนำหน้า", "คำนำหน้าชื่อ", "phet", "kham nam na", "khamnamna"),
            "religion": ("ศาสนา", "satsana", "sasana"),
            "ethnicity": ("เชื้อชาติ", "chueachat", "chuechat"),
            "citizenship": ("สัญชาติ", "sanchat"),
            "password": ("รหัสผ่าน", "rahat phan", "rahatphan"),
            "national id": (
                *("เลขบัตรประชาชน", "เลขประจำตัวประชาชน", "บัตรประชาชน", "เลขประจำตัวผู้เสียภาษี"),
                # Romanised: the national id card and its number.
                *("bat prachachon", "lek bat prachachon", "lek pracham tua prachachon", "lek prachachon"),
                # The national id card's number run together.
                "lekbatprachachon",
                # The same with `ที่` (number) and `หมายเลข`, the full card's name.
                *("เลขที่บัตรประชาชน", "หมายเลขบัตรประชาชน", "เลขบัตรประจำตัวประชาชน"),
            ),
            # Social security (prakan sangkhom): the insured's number.
            "social security number": (
                *("เลขประกันสังคม", "เลขที่ประกันสังคม", "หมายเลขประกันสังคม", "lek prakan sangkhom"),
                "lekprakansangkhom",
            ),
            # A hospital number (HN; not a bare `hn`: `hn_score` is Hacker News's), a patient's
            # number, the gold card's (the 30-baht scheme).
            "health id": (
                "hn number",
                "เลข hn",
                "เลขที่ผู้ป่วย",
                "เลขประจำตัวผู้ป่วย",
                "เลขบัตรทอง",
                # A hospital number (เลขที่ HN).
                "เลขที่ hn",
            ),
            # An insurance policy's number (kromathan).
            "identification": ("เลขกรมธรรม์", "เลขที่กรมธรรม์"),
            "passport": (
                "หนังสือเดินทาง",
                "เลขหนังสือเดินทาง",
                "nangsue doen thang",
                "nangsue dern thang",
                # A passport's number (เลขที่หนังสือเดินทาง).
                "เลขที่หนังสือเดินทาง",
            ),
            "bank account": (
                *("เลขที่บัญชี", "เลขบัญชี", "บัญชีธนาคาร"),
                *("lek banchi", "banchi thanakhan"),
                # A bank account's number (เลขบัญชีธนาคาร).
                "เลขบัญชีธนาคาร",
            ),
            # A credit card and its number.
            "credit card": ("บัตรเครดิต", "เลขบัตรเครดิต", "หมายเลขบัตรเครดิต"),
            # Driving licence, a vehicle's registration and its plate.
            "license": (
                *("เลขใบขับขี่", "ใบขับขี่", "ทะเบียนรถ", "ป้ายทะเบียน", "เลขทะเบียนรถ"),
                *("thabian rot", "thabianrot", "lek thabian rot"),
                # A driving licence (bai khap khi) and its number.
                *("bai khap khi", "baikhapkhi", "lek bai khap khi"),
                # A professional licence's number.
                *("เลขใบประกอบวิชาชีพ", "ใบประกอบวิชาชีพ"),
            ),
            "salary": (
                *("เงินเดือน", "ngoen duean", "ngern duen"),
                # The monthly salary as often spelt.
                *("ngern duan", "ngoenduean"),
                # Income, monthly income.
                *("รายได้", "รายได้ต่อเดือน"),
            ),
            # Chronic illness (rok pracham tua), drug allergy, blood group, medicines taken.
            "condition": (
                *("โรคประจำตัว", "หมู่เลือด", "rok pracham tua", "mu lueat"),
                # Blood group (as often `กรุ๊ปเลือด`), pregnancy, symptoms and the chief complaint,
                # chronic disease, treatment and illness history, blood and lab results,
                # vaccination history.
                *("กรุ๊ปเลือด", "กลุ่มเลือด", "การตั้งครรภ์", "ตั้งครรภ์", "อาการ", "อาการสำคัญ", "โรคเรื้อรัง"),
                *("ประวัติการรักษา", "ประวัติการเจ็บป่วย", "ผลตรวจเลือด", "ผลแล็บ", "ประวัติการฉีดวัคซีน"),
                *("ประวัติวัคซีน", "การฉีดวัคซีน"),
            ),
            # Drug allergy history, drugs one is allergic to, food allergy.
            "allergy": (
                *("แพ้ยา", "ประวัติแพ้ยา", "phae ya"),
                *("ประวัติการแพ้ยา", "การแพ้ยา", "ยาที่แพ้", "แพ้อาหาร", "ประวัติแพ้อาหาร", "การแพ้"),
            ),
            "diagnosis": ("การวินิจฉัย", "ผลการวินิจฉัย", "วินิจฉัย"),
            # A prescription, a medicine list, medicines received.
            "medication": ("ยาที่ใช้ประจำ", "ใบสั่งยา", "รายการยา", "ยาที่ได้รับ"),
            # The kind of disability, the disability card and its number, a disabled person.
            "disability": (
                "ความพิการ",
                "ผู้พิการ",
                "ประเภทความพิการ",
                "บัตรคนพิการ",
                "เลขบัตรคนพิการ",
                "คนพิการ",
                # A disability, romanised.
                *("khwam phikan", "phikan"),
            ),
            # A work permit (ใบอนุญาตทำงาน).
            "visa": ("ใบอนุญาตทำงาน",),
            # A medical procedure (หัตถการ).
            "procedure": ("หัตถการ",),
            # Fingerprints (ลายนิ้วมือ).
            "biometric": ("ลายนิ้วมือ",),
            # A profile picture (รูปโปรไฟล์).
            "photo": ("รูปโปรไฟล์",),
            # A criminal record (ประวัติอาชญากรรม).
            "criminal record": ("ประวัติอาชญากรรม",),
        },
    ),
    Language(
        "km",
        True,
        {
            # Khmer: name, surname, given and full names; phone; e-mail; address; birth date; sex; the
            # identity card and its number; passport; bank account; password; nationality; religion; salary.
            "name": ("ឈ្មោះ", "នាមត្រកូល", "នាមខ្លួន", "ឈ្មោះពេញ"),
            "phone": ("លេខទូរស័ព្ទ", "ទូរស័ព្ទ"),
            "email": ("អ៊ីមែល",),
            "address": ("អាសយដ្ឋាន",),
            "birthdate": ("ថ្ងៃខែឆ្នាំកំណើត", "ថ្ងៃកំណើត"),
            "gender": ("ភេទ",),
            "national id": ("អត្តសញ្ញាណប័ណ្ណ", "លេខអត្តសញ្ញាណប័ណ្ណ"),
            "passport": ("លិខិតឆ្លងដែន", "លេខលិខិតឆ្លងដែន"),
            "bank account": ("លេខគណនី", "គណនីធនាគារ"),
            "password": ("ពាក្យសម្ងាត់",),
            "citizenship": ("សញ្ជាតិ",),
            "religion": ("សាសនា",),
            "salary": ("ប្រាក់ខែ",),
        },
    ),
    Language(
        "lo",
        True,
        {
            # Lao: the same fields.
            "name": ("ຊື່", "ນາມສະກຸນ", "ຊື່ເຕັມ"),
            "phone": ("ເບີໂທ", "ເບີໂທລະສັບ", "ໂທລະສັບ"),
            "email": ("ອີເມວ", "ອີເມລ"),
            "address": ("ທີ່ຢູ່",),
            "birthdate": ("ວັນເດືອນປີເກີດ", "ວັນເກີດ"),
            "gender": ("ເພດ",),
            "national id": ("ບັດປະຈຳຕົວ", "ເລກບັດປະຈຳຕົວ"),
            "passport": ("ໜັງສືຜ່ານແດນ",),
            "bank account": ("ເລກບັນຊີ", "ບັນຊີທະນາຄານ"),
            "password": ("ລະຫັດຜ່ານ",),
            "citizenship": ("ສັນຊາດ",),
            "religion": ("ສາສະໜາ",),
            "salary": ("ເງິນເດືອນ",),
            # An ethnic group (ຊົນເຜົ່າ).
            "ethnicity": ("ຊົນເຜົ່າ",),
        },
    ),
    Language(
        "my",
        False,
        {
            # Burmese: name and full name; phone; e-mail; home address; birthday and birth date; sex;
            # the National Registration Card (NRC, as Myanmar's apps key it in English too); passport;
            # bank account; password; citizenship; ethnicity; salary; religion professed.
            "name": ("အမည်", "နာမည်", "အမည်အပြည့်အစုံ"),
            "phone": ("ဖုန်းနံပါတ်", "ဖုန်း"),
            "email": ("အီးမေးလ်",),
            "address": ("လိပ်စာ", "နေရပ်လိပ်စာ"),
            "birthdate": ("မွေးနေ့", "မွေးသက္ကရာဇ်"),
            "gender": ("လိင်",),
            "national id": ("မှတ်ပုံတင်", "မှတ်ပုံတင်အမှတ်", "nrc number"),
            "passport": ("နိုင်ငံကူးလက်မှတ်",),
            "bank account": (
                "ဘဏ်အကောင့်",
                "ဘဏ်စာရင်းနံပါတ်",
                # A bank account's number (ဘဏ်အကောင့်နံပါတ်).
                "ဘဏ်အကောင့်နံပါတ်",
            ),
            "password": ("စကားဝှက်",),
            "citizenship": ("နိုင်ငံသား",),
            "ethnicity": ("လူမျိုး",),
            "salary": ("လစာ",),
            "religion": (
                "ကိုးကွယ်သည့်ဘာသာ",
                # A religion (ဘာသာ).
                "ဘာသာ",
            ),
        },
    ),
    Language(
        "cy",
        True,
        {
            "name": ("enw", "enw cyntaf", "cyfenw", "enw llawn"),
            "address": ("cyfeiriad",),
            "zipcode": ("cod post",),
            "phone": ("rhif ffon",),
            "email": ("ebost",),
            "birthdate": ("dyddiad geni",),
            # A town (tref).
            "city": ("tref",),
            # Criminal convictions (euogfarnau troseddol).
            "criminal record": ("euogfarnau troseddol", "euogfarnau"),
            # Pay and annual pay (cyflog, cyflog blynyddol).
            "salary": ("cyflog", "cyflog blynyddol"),
            # An ethnic background (cefndir ethnig).
            "ethnicity": ("cefndir ethnig",),
            # A disability (anabledd).
            "disability": ("anabledd",),
        },
    ),
    # Albanian (Albania, Kosovo, North Macedonia).
    Language(
        "sq",
        True,
        {
            "name": ("emri", "mbiemri", "emri i plote"),
            "gender": ("gjinia",),
            "birthdate": ("datelindja", "data e lindjes"),
            "city": ("vendlindja", "qyteti"),
            "religion": ("besimi fetar", "feja"),
            "visa": ("leje qendrimi", "leje pune"),
            "bank account": ("llogaria bankare", "numri i llogarise"),
            "national id": ("numri personal",),
            "salary": ("paga mujore",),  # (not a bare `paga`: Spanish `quien_paga`, who pays)
            "token": ("kodi verifikimit", "kodi i verifikimit"),
        },
    ),
    Language(
        "ru",
        True,
        {
            # A credit rating and a credit score (a bureau's, BKI).
            "credit score": (
                *("кредитный рейтинг", "кредитный скоринг", "kreditnyi reiting", "kreditnyy reyting"),
                "skoring bki",
            ),
            "name": (
                # A payer (platelshchik).
                "platelshchik",
                "имя",
                "фамилия",
                "отчество",
                "фио",
                "полное имя",
                # Given name, surname, patronymic, full and user names, romanised.
                *("imya", "familiya", "otchestvo", "fio", "polnoe imya", "imya polzovatelya"),
                # User, maiden and nick names; the given name with the patronymic.
                *("имя пользователя", "девичья фамилия", "никнейм", "имя отчество"),
                # The same romanised, in the other common spellings (ISO 9, passport, casual).
                *("familiia", "familija", "imia", "imja", "otchestva", "devichya familiya", "nikneym"),
                *("imya otchestvo", "familiya imya", "familiya imya otchestvo"),
            ),
            "email": (
                "почта",
                "электронная почта",
                "емейл",
                # E-mail, romanised.
                *("pochta", "elektronnaya pochta"),
                # E-mail written short, an address of e-mail, romanised.
                *("эл почта", "электронный адрес", "адрес электронной почты", "имейл", "емайл"),
                *(
                    "el pochta",
                    "elpochta",
                    "elektronnyy adres",
                    "elektronnyi adres",
                    "adres elektronnoy pochty",
                ),
                *("elektronnaja pochta", "imeyl"),
            ),
            "phone": (
                "телефон",
                "номер телефона",
                "мобильный",
                "мобильный телефон",
                # Phone numbers, romanised.
                *("nomer telefona", "mobilnyy telefon", "mobilnyi telefon"),
                # Cell, contact, home and mobile numbers.
                *("сотовый", "сотовый телефон", "контактный телефон", "домашний телефон", "номер мобильного"),
                *("sotovyy", "sotovyi", "sotovyy telefon", "sotovyi telefon", "kontaktnyy telefon"),
                *("kontaktnyi telefon", "domashniy telefon", "nomer mobilnogo", "mobilnyy", "mobilniy"),
            ),
            "address": (
                "адрес",
                "адрес доставки",
                "адрес проживания",
                "адрес регистрации",
                # Registration and residence addresses, a flat, romanised.
                *("adres registratsii", "adres prozhivaniya", "propiska", "kvartira"),
                # Home, postal and actual addresses; place of residence; a flat and its number.
                *("адрес прописки", "домашний адрес", "почтовый адрес", "фактический адрес"),
                *("место жительства", "место проживания", "квартира", "номер квартиры"),
                *("adres dostavki", "adres propiski", "domashniy adres", "pochtovyy adres"),
                *("fakticheskiy adres", "mesto zhitelstva", "mesto prozhivaniya", "nomer kvartiry"),
                *("adres registracii", "adres projivaniya", "adres prozhivania"),
            ),
            "street": (
                "улица",
                # Street, romanised.
                "ulitsa",
                # The house number and its building (korpus) in a Russian address form.
                *("номер дома", "nomer doma"),
            ),
            "city": (
                "город",
                "населенный пункт",
                # City, place of birth, romanised.
                *("gorod", "naselennyy punkt", "mesto rozhdeniya"),
                # Place of birth, romanised in the other spellings.
                *("место рождения", "mesto rojdeniya", "gorod prozhivaniya"),
            ),
            "zipcode": (
                "индекс",
                "почтовый индекс",
                # Postcode, romanised.
                *("pochtovyy indeks", "pochtovyi indeks"),
            ),
            "birthdate": (
                "дата рождения",
                "день рождения",
                # Birth date and year, romanised.
                *("data rozhdeniya", "den rozhdeniya", "god rozhdeniya"),
                # Year of birth, the date written short, and the other romanised spellings.
                *("год рождения", "дата рожд", "data rozhd", "data rojdeniya", "den rojdeniya"),
                *("god rojdeniya", "data rozhdenia", "data rozhdeniia", "data rozhdenija"),
            ),
            "gender": (
                "пол",
                # The same, romanised (a whole key only, engine._WHOLE_KEYS_ONLY: a `pol` is a policy too).
                "pol",
                # Sex of the person, written out.
                "половая принадлежность",
            ),
            "password": (
                "пароль",
                # Password, romanised.
                "parol",
            ),
            "passport": (
                "паспорт",
                "номер паспорта",
                "серия паспорта",
                # Passport, its series and number, romanised.
                *("pasport", "nomer pasporta", "seriya pasporta", "seriya nomer pasporta", "zagranpasport"),
                # Passport details, series and number together; the travel passport.
                *("паспортные данные", "серия и номер паспорта", "загранпаспорт", "заграничный паспорт"),
                *("pasportnye dannye", "seriya i nomer pasporta", "seria pasporta", "zagran pasport"),
                "nomer zagranpasporta",
            ),
            "national id": (
                # An identity card's number (nomer udostovereniya, as Kazakhstan's ID card is called).
                *("nomer udostovereniya", "udostoverenie lichnosti", "nomer udostovereniya lichnosti"),
                "инн",
                "снилс",
                # Pension insurance number (SNILS); Kazakhstan's IIN. (Not `inn`: an inn, or a company's.)
                *("snils", "iin"),
                # A person's own INN, the SNILS written out; Kazakhstan's IIN, Uzbekistan's PINFL and
                # Belarus's personal number, as Russian-language backends name them.
                *("инн физлица", "страховой номер", "иин", "пинфл", "личный номер"),
                *("inn fizlitsa", "inn fiz litsa", "inn fizicheskogo litsa", "strakhovoy nomer", "pinfl"),
                "lichnyy nomer",
                # An individual's taxpayer number (INN).
                *("inn fizlica", "inn fizicheskogo litsa"),
            ),
            "citizenship": (
                "гражданство",
                # Citizenship, romanised.
                "grazhdanstvo",
                # Romanised with `j` for `zh`.
                "grajdanstvo",
            ),
            # The compulsory health insurance policy (OMS) and a clinic's medical record number.
            "health id": (
                "polis oms",
                "nomer polisa oms",
                *("полис омс", "номер полиса омс", "номер медкарты", "номер медицинской карты"),
                *("nomer medkarty", "nomer meditsinskoy karty"),
            ),
            # A voluntary (DMS) health insurance policy: an insurer's number.
            "identification": ("полис дмс", "polis dms", "nomer polisa dms"),
            # Driving licence and plate, romanised.
            "license": (
                "voditelskoe udostoverenie",
                "voditelskie prava",
                "gosnomer",
                # The same in Cyrillic; a plate written as two words.
                *("водительское удостоверение", "госномер", "gos nomer"),
                "nomer voditelskogo udostovereniya",
            ),
            # Account number, romanised.
            "bank account": (
                "nomer scheta",
                "raschetnyy schet",
                # The same in Cyrillic; a bank account.
                *("номер счета", "расчетный счет", "банковский счет", "bankovskiy schet", "raschetnyi schet"),
                # A payee's and a settlement account (счёт получателя, расчётный счёт).
                "счет получателя",
            ),
            # A bank card and its number.
            "credit card": ("номер карты", "банковская карта", "nomer karty", "bankovskaya karta"),
            # Pay and income, romanised.
            "salary": (
                "zarplata",
                "dokhod",
                "oklad",
                # The same in Cyrillic; wages written out, monthly income.
                *("зарплата", "заработная плата", "оклад", "доход", "ежемесячный доход"),
                *("zarabotnaya plata", "ezhemesyachnyy dokhod", "dohod", "zarplata v mesyats"),
            ),
            # Ethnic nationality (natsionalnost), romanised.
            "ethnicity": (
                "natsionalnost",
                # The same in Cyrillic.
                "национальность",
            ),
            # Religion, romanised.
            "religion": (
                "religiya",
                "veroispovedanie",
                # The same in Cyrillic.
                *("религия", "вероисповедание"),
            ),
            # Diagnosis, romanised.
            "diagnosis": ("diagnoz", "диагноз", "diagnozy"),
            # Medicines, romanised.
            "medication": (
                "lekarstva",
                "лекарства",
                "принимаемые лекарства",
                "priem lekarstv",
                # Prescribed drugs (naznachennye preparaty).
                "naznachennye preparaty",
            ),
            # Allergy, romanised.
            "allergy": ("allergiya", "аллергия", "аллергии", "allergii"),
            # Illness, blood group, pregnancy, romanised.
            "condition": (
                "zabolevanie",
                "zabolevaniya",
                "gruppa krovi",
                "beremennost",
                # The same in Cyrillic; chronic illness, HIV status.
                *("заболевание", "заболевания", "хронические заболевания", "группа крови", "беременность"),
                *("вич статус", "khronicheskie zabolevaniya", "hronicheskie zabolevaniya", "vich status"),
            ),
            # Disability, romanised.
            "disability": (
                "invalidnost",
                # The same in Cyrillic; its group; a pupil's special needs (OVZ).
                *("инвалидность", "группа инвалидности", "gruppa invalidnosti", "овз", "ovz"),
            ),
            # A criminal record, romanised.
            "criminal record": (
                "sudimost",
                # The same in Cyrillic; whether one has one.
                *("судимость", "наличие судимости", "nalichie sudimosti"),
            ),
            # A trade union, romanised.
            "trade union": (
                "profsoyuz",
                # The same in Cyrillic; membership.
                *("профсоюз", "членство в профсоюзе", "chlenstvo v profsoyuze"),
                # A trade union member (chlen profsoyuza).
                "chlen profsoyuza",
            ),
            # Political views, romanised.
            "political opinion": (
                "politicheskie vzglyady",
                # The same in Cyrillic; party membership.
                *("политические взгляды", "партийность", "partiynost"),
            ),
            # Sexual orientation.
            "sexual orientation": ("сексуальная ориентация", "seksualnaya orientatsiya"),
            # A work patent and a work permit (патент на работу, разрешение на работу).
            "visa": (
                "патент на работу",
                "разрешение на работу",
                # A residence permit (vid na zhitelstvo).
                "vid na zhitelstvo",
                # A work patent, kebab-cased romanisation.
                "patent na rabotu",
            ),
            # A birth certificate (svidetelstvo o rozhdenii).
            "certificate": ("свидетельство о рождении", "номер свидетельства о рождении"),  # noqa: RUF001
            # Biometrics, of the face.
            "biometric": (
                "биометрия",
                "биометрия лица",
                # A fingerprint (otpechatok paltsa).
                "otpechatok paltsa",
            ),
            # An access token (token dostupa).
            "token": ("token dostupa",),
            # A veteran's certificate (udostoverenie veterana).
            "veteran": ("nomer udostovereniya veterana", "udostoverenie veterana"),
            # A car body's number (nomer kuzova).
            "serial": ("nomer kuzova",),
            # A profile photo (foto profilya).
            "photo": ("foto profilya",),
        },
    ),
    Language(
        "uk",
        True,
        {
            # `імʼя` is written with the modifier apostrophe (U+02BC) or a typographic one.
            "name": (
                "імʼя",
                "ім\u2019я",
                "імя",
                "прізвище",
                "по батькові",
                "піб",
                "повне імʼя",
                # Given name, surname, patronymic (PIB), romanised.
                *("imia", "prizvyshche", "po batkovi", "pib"),
                # `ім'я` with a plain apostrophe comes apart into two words; maiden and user names.
                *("ім я", "повне ім я", "дівоче прізвище", "імʼя користувача", "ім я користувача"),
                # The same romanised, in the other common spellings.
                *("im ia", "im ya", "prizvyshe", "prizvishche", "prizvysche", "imia po batkovi"),
                *("divoche prizvyshche", "imia korystuvacha"),
            ),
            "email": (
                "електронна пошта",
                "пошта",
                "емейл",
                # E-mail, romanised.
                *("elektronna poshta", "poshta"),
                # E-mail written short; an e-mail address (`адреса` alone is a postal one).
                *("ел пошта", "електронна адреса", "адреса електронної пошти", "імейл"),
                *("el poshta", "elektronna adresa", "adresa elektronnoi poshty"),
            ),
            "phone": (
                "телефон",
                "номер телефону",
                "мобільний",
                "мобільний телефон",
                # Phone number, romanised.
                *("nomer telefonu", "mobilnyi"),
                # Contact and mobile numbers.
                *("контактний телефон", "номер мобільного", "мобільний номер"),
                *("kontaktnyi telefon", "nomer mobilnoho", "mobilnyi telefon", "mobilnyi nomer"),
            ),
            "address": (
                "адреса",
                "адреса реєстрації",
                "адреса проживання",
                "адреса доставки",
                # Addresses, romanised.
                *("adresa prozhyvannia", "adresa reiestratsii"),
                # Place of residence, a flat and its number; the same romanised.
                *("місце проживання", "зареєстроване місце проживання", "квартира", "номер квартири"),
                *("adresa dostavky", "mistse prozhyvannia", "kvartyra", "nomer kvartyry"),
            ),
            "street": (
                "вулиця",
                # Street, romanised.
                "vulytsia",
                # The house number.
                *("номер будинку", "nomer budynku", "vulytsya"),
            ),
            "city": (
                "місто",
                "населений пункт",
                # City, place of birth, romanised.
                *("misto", "naselenyi punkt", "mistse narodzhennia"),
                # Place of birth in Cyrillic.
                "місце народження",
            ),
            "zipcode": (
                "поштовий індекс",
                "індекс",
                # Postcode, romanised.
                "poshtovyi indeks",
            ),
            "birthdate": (
                "дата народження",
                "день народження",
                # Birth date, romanised.
                *("data narodzhennia", "den narodzhennia"),
                # Year of birth; the other romanised spellings.
                *("рік народження", "rik narodzhennia", "data narodzhennya", "data narodzhenia"),
                "den narodzhennya",
            ),
            "gender": ("стать",),
            "password": ("пароль",),
            "passport": (
                "паспорт",
                "номер паспорта",
                "серія паспорта",
                # Passport, romanised.
                "seriia pasporta",
                # Series and number together; the travel passport; romanised.
                *("серія та номер паспорта", "закордонний паспорт", "zakordonnyi pasport", "seriya pasportu"),
            ),
            "national id": (
                "рнокпп",
                "іпн",
                "унзр",
                "ідентифікаційний код",
                # Taxpayer number (RNOKPP, IPN) and the demographic register's UNZR, romanised.
                *("rnokpp", "ipn", "unzr", "identyfikatsiinyi kod"),
                # The taxpayer number by its other names; the ID card's number.
                *("податковий номер", "ідентифікаційний номер", "номер id картки", "podatkovyi nomer"),
                *("identyfikatsiinyi nomer", "indyvidualnyi podatkovyi nomer", "nomer id kartky"),
            ),
            # The biometric ID card.
            "identification": ("id картка", "id kartka"),
            "citizenship": (
                "громадянство",
                # Citizenship, romanised.
                "hromadianstvo",
            ),
            "bank account": (
                "номер рахунку",
                "рахунок",
                # Account number, romanised.
                *("nomer rakhunku", "rakhunok"),
            ),
            # A bank card and its number.
            "credit card": (
                "номер картки",
                "банківська картка",
                "nomer kartky",
                "bankivska kartka",
                # A card's number (номер картки).
                "картка",
            ),
            # Pay and income, romanised.
            "salary": (
                "zarobitna plata",
                "dokhid",
                # The same in Cyrillic.
                *("зарплата", "заробітна плата", "дохід"),
            ),
            # Ethnic nationality.
            "ethnicity": ("національність", "natsionalnist"),
            # Religion.
            "religion": ("релігія", "віросповідання", "religiia", "virospovidannia"),
            # Diagnosis, romanised.
            "diagnosis": ("diahnoz", "діагноз"),
            # Medicines, romanised.
            "medication": (
                "liky",
                "ліки",
                # A prescription's number.
                "номер рецепта",
            ),
            # Allergy, romanised.
            "allergy": ("alerhiia", "алергія", "алергії"),
            # Illness, blood group, romanised.
            "condition": (
                "khvoroba",
                "hrupa krovi",
                # The same in Cyrillic; illnesses, pregnancy.
                *("хвороба", "захворювання", "група крові", "вагітність", "zakhvoriuvannia", "vahitnist"),
            ),
            # Disability, romanised.
            "disability": ("invalidnist", "інвалідність", "група інвалідності"),
            # A criminal record, romanised.
            "criminal record": ("sudymist", "судимість"),
            # A trade union and political views.
            "trade union": ("профспілка", "profspilka"),
            "political opinion": ("політичні погляди",),
            # A combatant's status (UBD).
            "veteran": (
                "статус убд",
                "убд",
                # A combatant's certificate (posvidchennia UBD).
                *("posvidchennia ubd", "ubd"),
            ),
            # A confirmation code.
            "token": ("код підтвердження",),
            # A vehicle's registration plate.
            "license": ("держномер", "держномер авто"),
            # An internally displaced person's certificate (довідка ВПО).
            "certificate": ("dovidka vpo", "dovidka vpo nomer"),
            # Temporary protection status (status tymchasovoho zakhystu).
            "visa": ("status tymchasovoho zakhystu", "tymchasovyi zakhyst"),
        },
    ),
    # Croatian, Serbian, Bosnian and Slovenian: noun first, as in the other Slavic languages.
    Language(
        "hr-sr-sl",
        True,
        {
            # Given name, surname, full, user and maiden names; Slovenian `priimek`.
            "name": (
                "ime",
                "prezime",
                "ime i prezime",
                "ime prezime",
                "puno ime",
                "korisnicko ime",
                "djevojacko prezime",
                "priimek",
                "ime in priimek",
                "uporabnisko ime",
                # A given name (име).
                "име",
            ),
            # E-mail; Slovenian `e-naslov`.
            "email": (
                "elektronicka posta",
                "elektronska posta",
                "e naslov",
                "elektronski naslov",
            ),
            # Phone and mobile numbers.
            "phone": (
                "broj telefona",
                "broj mobitela",
                "mobitel",
                "telefonska stevilka",
                "mobilna stevilka",
            ),
            # Residence addresses.
            "address": (
                "adresa stanovanja",
                "adresa prebivalista",
                "prebivaliste",
                "stalno prebivaliste",
                "naslov bivalisca",
                "naslov prebivalisca",
            ),
            # Street and house number.
            "street": (
                "kucni broj",
                "hisna stevilka",
            ),
            # Place of birth, municipality.
            "city": (
                "mjesto rodjenja",
                "mjesto rodenja",
                "mesto rodjenja",
                "mesto rodenja",
                "kraj rojstva",
                "opcina",
                "obcina",
                # Where one lives (kraj bivanja, mjesto stanovanja).
                *("kraj bivanja", "mjesto stanovanja"),
            ),
            # Postcode.
            "zipcode": (
                "postanski broj",
                "postna stevilka",
            ),
            # Birth date and year.
            "birthdate": (
                "datum rodjenja",
                "datum rodenja",
                "datum rojstva",
                "godina rodjenja",
                "godina rodenja",
            ),
            # Sex.
            "gender": ("spol",),
            # Password.
            "password": (
                "lozinka",
                "geslo",
            ),
            # Croatia's OIB, the JMBG, Slovenia's EMSO and tax number; an identity card's number.
            "national id": (
                "oib",
                "jmbg",
                "emso",
                "davcna stevilka",
                "porezni broj",
                "broj osobne iskaznice",
                "broj licne karte",
                # An identity document's number (broj isprave).
                "broj isprave",
            ),
            # An identity card.
            "identification": (
                "osobna iskaznica",
                "licna karta",
                "osebna izkaznica",
            ),
            # A passport.
            "passport": (
                "putovnica",
                "broj putovnice",
                "broj pasosa",
                "potni list",
            ),
            # A driving licence and a plate.
            "license": (
                "vozacka dozvola",
                "broj vozacke dozvole",
                "registarska oznaka",
                "voznisko dovoljenje",
                # A vehicle's registration mark (registracijska oznaka).
                "registracijska oznaka",
            ),
            # Current and bank accounts.
            "bank account": (
                "broj racuna",
                "tekuci racun",
                "bankovni racun",
                "ziro racun",
                "transakcijski racun",
                # An account's IBAN (IBAN računa) and Slovenia's TRR.
                "iban racuna",
            ),
            # Pay and income.
            "salary": (
                "zarada",
                "primanja",
                "dohodak",
                "dohodek",
            ),
            # Citizenship.
            "citizenship": ("drzavljanstvo",),
            # Ethnic nationality (nacionalnost).
            "ethnicity": (
                "nacionalnost",
                "etnicka pripadnost",
                # National (ethnic) affiliation (nacionalna pripadnost).
                "nacionalna pripadnost",
            ),
            # Religious belief.
            "religion": (
                "vjeroispovijest",
                "veroispovest",
                "veroizpoved",
                # Religion (вероисповест, veroispovest).
                "вероисповест",
            ),
            # A diagnosis.
            "diagnosis": ("dijagnoza",),
            # Medicines.
            "medication": (
                "lijekovi",
                "lekovi",
                "zdravila",
            ),
            # Allergies.
            "allergy": ("alergije",),
            # Illness, blood group, pregnancy.
            "condition": (
                "bolest",
                "bolesti",
                "bolezen",
                "krvna grupa",
                "trudnoca",
                "nosecnost",
            ),
            # Disability.
            "disability": (
                "invaliditet",
                # A disability's category (kategorija invalidnosti).
                "kategorija invalidnosti",
            ),
            # The health insurance card and its number.
            "health id": (
                "zdravstvena iskaznica",
                "broj zdravstvene iskaznice",
                # Slovenia's health insurance card (ZZZS).
                *("zzzs", "kartica zzzs", "stevilka kartice zzzs"),
                # Croatia's health insurance number (MBO HZZO).
                *("mbo hzzo", "hzzo"),
            ),
            # A criminal record.
            "criminal record": (
                "kaznena evidencija",
                "kaznena evidenca",
            ),
            # A trade union.
            "trade union": (
                "sindikat",
                "clan sindikata",
            ),
            # Political party.
            "political opinion": (
                "politicka stranka",
                "stranacka pripadnost",
                # Political affiliation (политичко опредељење).
                *("политичко опредељење", "politicko opredeljenje"),
            ),
            # A homeland war veteran's status (status branitelja).
            "veteran": ("status branitelja", "branitelj"),
            # Sexual orientation (seksualna orijentacija).
            "sexual orientation": ("seksualna orijentacija",),
            # A credit rating (kreditni rejting).
            "credit score": ("kreditni rejting",),
            # A one-time password (jednokratna lozinka).
            "token": ("jednokratna lozinka",),
        },
    ),
    # Bulgarian, romanised: noun first.
    Language(
        "bg",
        True,
        {
            # Given, family, father's names; the three names.
            "name": (
                "bashtino ime",
                "tri imena",
                "sobstveno ime",
                # A patronymic (бащино име).
                "бащино име",
            ),
            # Phone numbers.
            "phone": (
                "telefonen nomer",
                "mobilen telefon",
                "mobilen nomer",
            ),
            # Permanent and present addresses.
            "address": (
                "postoyanen adres",
                "nastoyasht adres",
            ),
            # Place of birth.
            "city": (
                "naseleno myasto",
                "myasto na razhdane",
            ),
            # Postcode.
            "zipcode": ("poshtenski kod",),
            # Birth date.
            "birthdate": (
                "data na razhdane",
                "data razhdane",
            ),
            # The EGN and a foreigner's LNCh; an identity card's number.
            "national id": (
                "egn",
                "lnch",
                "nomer na lichna karta",
                # Bulgaria's personal and foreigner's numbers (ЕГН, ЛНЧ).
                *("егн", "лнч"),
            ),
            # An identity card.
            "identification": ("lichna karta",),
            # A passport.
            "passport": ("nomer na pasport",),
            # A driving licence.
            "license": ("shofyorska knizhka",),
            # A bank account.
            "bank account": (
                "bankova smetka",
                "nomer na smetka",
            ),
            # Pay and income.
            "salary": (
                "zaplata",
                "dohod",
            ),
            # Ethnic group.
            "ethnicity": (
                "etnicheska prinadlezhnost",
                "etnicheska grupa",
            ),
            # Religion.
            "religion": ("veroizpovedanie",),
            # Illness, blood group.
            "condition": (
                "zabolyavane",
                "kruvna grupa",
            ),
            # Disability.
            "disability": (
                "uvrezhdane",
                # A disability assessment's decision (ТЕЛК решение).
                *("телк", "телк решение", "telk"),
            ),
            # A password (парола).
            "password": ("парола",),
        },
    ),
    # Belarusian, in Cyrillic and romanised: noun first, as Russian.
    Language(
        "be",
        True,
        {
            # Surname, the patronymic (`імя па бацьку`), full name (PIB).
            "name": (
                "прозвішча",
                "імя па бацьку",
                "поўнае імя",
                "prozvishcha",
                "imia pa batsku",
                "imya pa batsku",
            ),
            # E-mail.
            "email": ("электронная пошта", "elektronnaia poshta"),
            # Phone numbers.
            "phone": ("тэлефон", "нумар тэлефона", "мабільны тэлефон", "telefon numar", "mabilny telefon"),
            # Residence and registration addresses.
            "address": ("адрас", "адрас пражывання", "адрас рэгістрацыі", "adras", "adras prazhyvannia"),
            # Street.
            "street": ("вуліца", "vulitsa"),
            # City, place of birth.
            "city": ("горад", "месца нараджэння", "mesca naradzhennia"),
            # Postcode.
            "zipcode": ("паштовы індэкс", "pashtovy indeks"),
            # Birth date.
            "birthdate": ("дата нараджэння", "дзень нараджэння", "data naradzhennia"),
            # Passport, its series and number.
            "passport": ("пашпарт", "нумар пашпарта", "серыя пашпарта", "pashpart"),
            # The personal (identification) number in a Belarusian passport.
            "national id": (
                "асабісты нумар",
                "ідэнтыфікацыйны нумар",
                "asabisty numar",
                "identyfikatsyiny numar",
            ),
            # Citizenship.
            "citizenship": ("грамадзянства", "hramadzianstva"),
            # Pay.
            "salary": ("заробак", "заробная плата"),
        },
    ),
    # Kazakh, in Cyrillic (no fold changes its own letters) and romanised: the noun
    # last, as Turkish (`туған күні`, `tugan kuni`).
    Language(
        "kk",
        False,
        {
            # Given name, surname (tegi), father's name (patronymic), full name (aty-zhoni).
            "name": (
                "аты",
                "тегі",
                "әкесінің аты",
                "аты жөні",
                "толық аты",
                "есімі",
                *(
                    "tegi",
                    "akesinin aty",
                    "akesinin esimi",
                    "aty zhoni",
                    "aty joni",
                    "tolyq aty",
                    "tolyk aty",
                ),
                "esimi",
            ),
            # E-mail.
            "email": ("электрондық пошта", "elektrondyq poshta", "elektrondyk poshta"),
            # Phone and mobile numbers (`нөмірі`, number).
            "phone": ("телефон нөмірі", "ұялы телефон", "telefon nomiri", "ualy telefon"),
            # Address (mekenzhai), residence and registration addresses.
            "address": (
                "мекенжай",
                "мекенжайы",
                "мекен жайы",
                "тұрғылықты мекенжайы",
                "тіркелген мекенжайы",
                *("mekenzhai", "mekenzhay", "mekenzhaiy", "mekenzhayy", "mekenjai", "mekenjay"),
                *("turgylykty mekenzhai", "tirkelgen mekenzhai"),
            ),
            # City, place of birth, street.
            "city": ("қала", "туған жері", "tugan zheri", "tugan jeri"),
            "street": ("көше", "koshe"),
            # Postcode.
            "zipcode": ("пошта индексі", "poshta indeksi"),
            # Birthday, birth date and year.
            "birthdate": (
                "туған күні",
                "туылған күні",
                "туған жылы",
                *("tugan kuni", "tuylgan kuni", "tugan kun", "tugan zhyly", "tugan jyly"),
            ),
            # Sex.
            "gender": ("жынысы", "zhynysy", "jynysy"),
            # Password.
            "password": ("құпиясөз", "құпия сөз", "qupiyasoz", "kupiyasoz", "qupiya soz"),
            # Passport (tolqujat).
            "passport": ("төлқұжат", "tolqujat", "tolkuzhat", "tolquzhat"),
            # The IIN (ZhSN in Kazakh) and the identity card's number.
            "national id": (
                "жсн",
                "zhsn",
                "жеке сәйкестендіру нөмірі",
                "жеке куәлік нөмірі",
                "zheke kualik nomiri",
                # An individual identification number (jeke nomer), romanised.
                "jeke nomer",
            ),
            # The identity card.
            "identification": ("жеке куәлік", "zheke kualik", "jeke kualik"),
            # Citizenship, ethnic nationality.
            "citizenship": ("азаматтығы", "azamattygy", "azamattyk"),
            "ethnicity": ("ұлты", "ulty"),
            # Account and card numbers.
            "bank account": ("шот нөмірі", "банк шоты", "shot nomiri", "bank shoty"),
            "credit card": ("карта нөмірі", "karta nomiri"),
            # Pay and income.
            "salary": (
                "жалақы",
                "табыс",
                "zhalaqy",
                "zhalakysy",
                "jalaqy",
                # Pay (жалақы).
                "жалақысы",
            ),
            # Illness, blood group, disability.
            "condition": ("аурулар", "қан тобы", "qan toby", "kan toby"),
            "disability": ("мүгедектік", "mugedektik"),
        },
    ),
    # Kyrgyz, in Cyrillic and romanised: the noun last.
    Language(
        "ky",
        False,
        {
            # Surname, the father's name (patronymic), full name.
            "name": ("фамилиясы", "атасынын аты", "аты жөнү", "familiyasy", "atasynyn aty", "aty zhonu"),
            # E-mail.
            "email": ("электрондук почта", "elektronduk pochta"),
            # Phone and mobile numbers (`номери`, number).
            "phone": ("телефон номери", "уюлдук телефон", "telefon nomeri"),
            # Address (darek), residence address.
            "address": ("дарек", "дареги", "жашаган дареги", "darek", "daregi", "jashagan daregi"),
            # City, place of birth, street.
            "city": ("шаар", "туулган жери", "tuulgan zheri"),
            "street": ("көчө",),
            # Birthday and birth year.
            "birthdate": ("туулган күнү", "туулган жылы", "tuulgan kunu", "tuulgan kuni", "tuulgan zhyly"),
            # Sex.
            # Password.
            "password": ("сырсөз", "syrsoz"),
            # The personal identification number (PIN, as INN) in the identity card.
            "national id": ("жеке идентификациялык номер", "жеке номер", "zheke nomer"),
            # Citizenship, ethnic nationality.
            "citizenship": ("жарандыгы", "zharandygy"),
            "ethnicity": ("улуту", "ulutu"),
            # Account and card numbers.
            "bank account": ("эсеп номери", "esep nomeri"),
            "credit card": ("карта номери", "karta nomeri"),
            # Pay.
            "salary": ("айлык акы", "эмгек акы", "aylyk aky", "emgek aky"),
            # Blood group, disability.
            "condition": ("кан тобу", "kan tobu"),
            "disability": ("майыптуулук", "maiyptuuluk"),
        },
    ),
    # Uzbek, romanised (the Latin alphabet's `o'` and `g'` come apart at the apostrophe or are
    # typed plain) and in Cyrillic: the noun last (`tug'ilgan sana`, `telefon raqami`).
    Language(
        "uz",
        False,
        {
            # Given name (ismi), father's name (patronymic), full name (FISh), user name.
            "name": (
                "ismi",
                "otasining ismi",
                "toliq ism",
                "to liq ism",
                "toliq ismi",
                "familiyasi",
                "foydalanuvchi nomi",
                *("исми", "фамилияси", "отасининг исми", "тўлиқ исм"),
            ),
            # E-mail.
            "email": ("elektron pochta", "elektron manzil", "электрон почта"),
            # Phone and mobile numbers (`raqami`, number).
            "phone": ("telefon raqami", "mobil raqam", "mobil raqami", "uyali telefon", "телефон рақами"),
            # Residence, delivery and home addresses; a neighbourhood (mahalla), a flat.
            "address": (
                "manzili",
                "yashash manzili",
                "yashash joyi",
                "yetkazib berish manzili",
                "uy manzili",
                "mahalla",
                "xonadon",
                *("манзил", "манзили", "яшаш манзили"),
            ),
            # City, place of birth, street.
            "city": ("shahar", "tugilgan joy", "tugilgan joyi", "tug ilgan joyi", "туғилган жойи"),
            "street": ("kocha", "кўча"),
            # Postcode.
            "zipcode": ("pochta indeksi",),
            # Birth date, birthday, birth year.
            "birthdate": (
                "tugilgan sana",
                "tug ilgan sana",
                "tugilgan sanasi",
                "tugilgan kun",
                "tugilgan kuni",
                "tugilgan yil",
                "tug ilgan kun",
                *("туғилган сана", "туғилган куни"),
            ),
            # Sex.
            "gender": ("jinsi", "жинси"),
            # Password.
            "password": ("maxfiy soz", "махфий сўз"),
            # Passport series and number.
            "passport": ("pasport seriyasi", "pasport raqami", "pasport seriya raqami", "паспорт серияси"),
            # The personal number (PINFL, JShShIR in Uzbek).
            "national id": ("pinfl", "jshshir", "jshshr", "жшшир"),
            # The biometric and ID cards.
            "identification": ("id karta", "shaxsiy guvohnoma", "shaxsni tasdiqlovchi hujjat"),
            # Citizenship, ethnic nationality.
            "citizenship": ("fuqarolik", "fuqaroligi", "фуқаролик"),
            "ethnicity": ("millati", "миллати"),
            # Account and card numbers.
            "bank account": ("hisob raqami", "bank hisobi", "ҳисоб рақами"),
            "credit card": ("karta raqami", "plastik karta", "карта рақами"),
            # Pay and income.
            "salary": ("ish haqi", "maosh", "oylik maosh", "daromad", "oylik daromad"),
            # Diagnosis, medicines, illness, blood group, pregnancy, disability.
            "diagnosis": ("tashxis",),
            "medication": ("dorilar", "dori vositalari"),
            "condition": ("kasallik", "kasalliklar", "qon guruhi", "homiladorlik"),
            "disability": ("nogironlik", "nogironligi"),
        },
    ),
    # Azerbaijani, romanised (`ə` typed `e`, `ş` `s` or `sh`, `ç` `c`) and as written, with `ə`
    # (which no fold changes): the noun last, as Turkish, whose table shares `ad`, `soyad`.
    Language(
        "az",
        False,
        {
            # Father's name (patronymic), user name.
            "name": ("ata adi", "atasinin adi", "istifadeci adi", "istifadəci adi"),
            # E-mail.
            "email": ("elektron poct", "e poct", "elektron unvan"),
            # Phone and mobile numbers (`nömrəsi`, number).
            "phone": ("telefon nomresi", "mobil nomre", "mobil nomresi", "telefon nomrəsi", "mobil nomrə"),
            # Address (ünvan), residence, registration and delivery addresses.
            # (Not a bare `unvan`: in Turkish a job's or a company's title.)
            "address": (
                "yasayis unvani",
                "qeydiyyat unvani",
                "catdirilma unvani",
                "ev unvani",
                "yasayis yeri",
            ),
            # City (şəhər), street (küçə).
            "city": ("seher", "səhər"),
            "street": ("kuce", "kucə"),
            # Postcode.
            "zipcode": ("poct indeksi",),
            # Birth date.
            "birthdate": ("dogum tarixi", "dogum ili"),
            # Sex (not `cins`: in Turkish a breed or a kind).
            "gender": ("cinsiyyet", "cinsiyyət"),
            # Password.
            "password": ("sifrə",),
            # Passport, its number.
            "passport": ("pasport nomresi", "pasport nomrəsi", "xarici pasport"),
            # The personal FIN code on the identity card, the card's number.
            "national id": ("fin kod", "fin kodu", "fin code", "sexsiyyet vesiqesinin nomresi"),
            # The identity card (şəxsiyyət vəsiqəsi).
            "identification": ("sexsiyyet vesiqesi", "səxsiyyət vəsiqəsi"),
            # Citizenship.
            "citizenship": ("vetendasliq", "vətəndasliq"),
            # Account and card numbers.
            "bank account": ("hesab nomresi", "bank hesabi", "hesab nomrəsi"),
            "credit card": ("kart nomresi", "kart nomrəsi"),
            # Pay and income.
            "salary": ("emek haqqi", "əmək haqqi"),
            # Diagnosis, medicines, illness, blood group, disability.
            "diagnosis": ("diaqnoz",),
            "medication": ("derman", "dermanlar", "dərman", "dərmanlar"),
            "condition": ("xestelik", "xəstəlik", "qan qrupu"),
            "disability": ("elillik", "əlillik"),
            # A medical insurance number (tibbi siğorta nömrəsi).
            "health id": ("tibbi sigorta nomresi",),
        },
    ),
    # Georgian, in its script and romanised (`kh`/`x`, `gh`, `ts` vary): a genitive before the
    # noun, which comes last (`dabadebis tarighi`, birth date).
    Language(
        "ka",
        False,
        {
            # Given name, surname, father's name, full name.
            "name": (
                "სახელი",
                "გვარი",
                "მამის სახელი",
                "სახელი და გვარი",
                "სრული სახელი",
                *(
                    "saxeli",
                    "sakheli",
                    "gvari",
                    "mamis saxeli",
                    "mamis sakheli",
                    "saxeli gvari",
                    "sruli saxeli",
                ),
            ),
            # E-mail.
            "email": ("ელფოსტა", "ელ ფოსტა", "ელექტრონული ფოსტა", "elfosta", "el fosta", "eleqtronuli fosta"),
            # Phone and mobile numbers (`nomeri`, number).
            "phone": ("ტელეფონი", "ტელეფონის ნომერი", "მობილური", "telefoni", "telefonis nomeri", "mobiluri"),
            # Address, actual and delivery addresses.
            "address": (
                "მისამართი",
                "ფაქტობრივი მისამართი",
                "მიწოდების მისამართი",
                "misamarti",
                "faqtobrivi misamarti",
            ),
            # City, place of birth, street.
            "city": ("ქალაქი", "დაბადების ადგილი", "qalaqi", "dabadebis adgili"),
            "street": ("ქუჩა", "kucha"),
            # Postcode.
            "zipcode": ("საფოსტო ინდექსი", "safosto indeqsi", "sapfosto indeksi"),
            # Birth date and birthday.
            "birthdate": (
                "დაბადების თარიღი",
                "დაბადების დღე",
                *("dabadebis tarighi", "dabadebis tarigi", "dabadebis tarixi", "dabadebis dghe"),
            ),
            # Sex.
            "gender": ("სქესი", "sqesi", "skesi"),
            # Password.
            "password": ("პაროლი", "paroli"),
            # Passport and its number.
            "passport": ("პასპორტი", "პასპორტის ნომერი", "pasporti", "pasportis nomeri"),
            # The personal number (piradi nomeri) and the ID card's number.
            "national id": ("პირადი ნომერი", "piradi nomeri", "პირადობის მოწმობის ნომერი"),
            # The ID card.
            "identification": ("პირადობის მოწმობა", "piradobis mowmoba", "piradobis motsmoba"),
            # Citizenship and ethnic nationality.
            "citizenship": ("მოქალაქეობა", "moqalaqeoba"),
            "ethnicity": ("ეროვნება", "erovneba"),
            # Account and card numbers.
            "bank account": (
                "ანგარიშის ნომერი",
                "საბანკო ანგარიში",
                "angarishis nomeri",
                "sabanko angarishi",
            ),
            "credit card": ("ბარათის ნომერი", "baratis nomeri"),
            # Pay and income.
            "salary": ("ხელფასი", "შემოსავალი", "xelfasi", "khelfasi", "shemosavali"),
            # Diagnosis, medicines, allergy, blood group, pregnancy, disability.
            "diagnosis": ("დიაგნოზი", "diagnozi"),
            "medication": ("მედიკამენტები", "medikamentebi"),
            "allergy": ("ალერგია",),
            "condition": ("სისხლის ჯგუფი", "ორსულობა", "sisxlis jgufi", "orsuloba"),
            "disability": ("შეზღუდული შესაძლებლობები", "შშმ"),
            # Religion.
            "religion": ("რელიგია", "აღმსარებლობა"),
        },
    ),
    # Armenian, in its script and romanised: the noun last (`ծննդյան ամսաթիվ`, birth date).
    Language(
        "hy",
        False,
        {
            # Given name, surname, patronymic, full name.
            "name": (
                "անուն",
                "ազգանուն",
                "հայրանուն",
                "անուն ազգանուն",
                "լրիվ անուն",
                *("azganun", "hayranun", "anun azganun"),
                # A given name (anun), romanised.
                "anun",
            ),
            # E-mail.
            "email": ("էլ փոստ", "էլեկտրոնային փոստ", "elektronayin post"),
            # Phone and mobile numbers.
            "phone": ("հեռախոս", "հեռախոսահամար", "բջջային", "herakhos", "herakhosahamar", "heraxosahamar"),
            # Address, residence and delivery addresses.
            "address": ("հասցե", "բնակության հասցե", "առաքման հասցե", "hasce", "hastse", "bnakutyan hasce"),
            # City, place of birth, street.
            "city": ("քաղաք", "ծննդավայր", "tsnndavayr"),
            "street": ("փողոց",),
            # Postcode.
            "zipcode": ("փոստային ինդեքս", "postayin indeks"),
            # Birth date and birthday.
            "birthdate": ("ծննդյան ամսաթիվ", "ծննդյան օր", "tsnndyan amsativ", "cnndyan amsativ"),
            # Sex.
            "gender": ("սեռ",),
            # Password.
            "password": ("գաղտնաբառ", "gaghtnabar"),
            # Passport and its number.
            "passport": ("անձնագիր", "անձնագրի համար", "andznagir", "andznagri hamar"),
            # The public services number (HTsH, the social card's) and the ID card's number.
            "national id": (
                "հծհ",
                "հանրային ծառայությունների համարանիշ",
                "socialakan qart",
                "sotsialakan qart",
            ),
            # The ID card.
            "identification": ("նույնականացման քարտ",),
            # Citizenship.
            "citizenship": ("քաղաքացիություն", "qaghaqaciutyun"),
            # Account and card numbers.
            "bank account": ("հաշվեհամար", "բանկային հաշիվ", "hashvehamar"),
            "credit card": (
                "քարտի համար",
                "qarti hamar",
                # A bank card (բանկային քարտ).
                "բանկային քարտ",
            ),
            # Pay and income.
            "salary": ("աշխատավարձ", "եկամուտ", "ashkhatavardz"),
            # Diagnosis, medicines, allergy, illness, blood group, pregnancy, disability.
            "diagnosis": ("ախտորոշում",),
            "medication": ("դեղորայք", "դեղեր"),
            "allergy": ("ալերգիա",),
            "condition": ("հիվանդություն", "արյան խումբ", "հղիություն"),
            "disability": ("հաշմանդամություն",),
            # A religion (davanank), romanised.
            "religion": ("davanank",),
        },
    ),
    # Mongolian, in Cyrillic (its own letters kept) and romanised: the noun last (`төрсөн огноо`).
    Language(
        "mn",
        False,
        {
            # Given name, the father's name (ovog), clan name, full name.
            "name": (
                "нэр",
                "овог",
                "овог нэр",
                "ургийн овог",
                "бүтэн нэр",
                "ovog",
                "ovog ner",
                "urgiin ovog",
            ),
            # E-mail.
            "email": ("и мэйл", "имэйл", "цахим шуудан", "tsakhim shuudan", "tsahim shuudan"),
            # Phone and mobile numbers (`дугаар`, number).
            "phone": ("утас", "утасны дугаар", "utasny dugaar", "utasnii dugaar", "gar utas"),
            # Address, home and residence addresses.
            "address": ("хаяг", "гэрийн хаяг", "khayag", "hayag", "geriin hayag"),
            # City, place of birth.
            "city": ("хот", "төрсөн газар", "tursun gazar", "torson gazar"),
            # Birth date and birthday.
            "birthdate": (
                "төрсөн огноо",
                "төрсөн өдөр",
                *("tursun ognoo", "torson ognoo", "tursun udur", "torson odor"),
            ),
            # Sex.
            "gender": ("хүйс", "khuis"),
            # Password.
            "password": ("nuuts ug",),
            # Passport.
            "passport": ("гадаад паспорт", "gadaad pasport"),
            # The civil register number (RD).
            "national id": (
                "регистрийн дугаар",
                "registriin dugaar",
                "registeriin dugaar",
                "register dugaar",
            ),
            # The citizen's identity card.
            "identification": ("иргэний үнэмлэх", "irgenii unemleh", "irgenii unemlekh"),
            # Citizenship, ethnic group.
            "citizenship": ("иргэншил", "irgenshil"),
            "ethnicity": ("яс үндэс", "yas undes"),
            # Account and card numbers.
            "bank account": ("дансны дугаар", "dansny dugaar", "dansnii dugaar"),
            "credit card": ("картын дугаар", "kartyn dugaar"),
            # Pay and income.
            "salary": ("цалин", "орлого", "tsalin", "orlogo"),
            # Diagnosis, allergy, illness, blood group, disability.
            "diagnosis": ("онош", "onosh"),
            "allergy": ("харшил", "kharshil", "harshil"),
            "condition": ("өвчин", "цусны бүлэг", "uvchin", "tsusny buleg"),
            "disability": ("хөгжлийн бэрхшээл", "hugjliin berhsheel"),
        },
    ),
)

# Words for "number" a key may carry instead of English `number` (`telefon_numarasi`,
# `numero_documento`); the keys module reads them as `number`.
NUMBER_WORDS = (
    *("nummer", "numero", "numer", "numarasi", "nomor", "cislo", "numar", "nro", "szam"),
    *("nomer", "broj", "numeris", "numurs", "stevilka"),  # Russian, Croatian/Serbian, Baltic, Slovenian
    # Japanese (`denwa_bangou`), Korean (`jumin_beonho`) and Chinese (`shouji_haoma`) romanised.
    *("bango", "bangou", "beonho", "bunho", "haoma"),
    # Malay; Hindi (sankhya, spoken nambar), Marathi (kramank); Thai (mailek).
    *("nombor", "sankhya", "nambar", "kramank", "mailek"),
    # Kannada (sankhye), Sinhala (ankaya); Hindi's and Nepali's `नंबर` and its short `नं`.
    *("sankhye", "ankaya", "नंबर", "नं"),
    # Arabic (raqm), Hebrew (mispar), Persian (shomare) romanised and in their scripts; Afrikaans,
    # Swahili, Hausa, Yoruba and Igbo, Zulu and Xhosa; Amharic.
    *("raqm", "raqam", "rakam", "رقم", "mispar", "מספר", "shomare", "shomareh", "شماره"),
    *("nommer", "namba", "nambari", "lamba", "lambar", "nomba", "inombolo", "ቁጥር"),
    # Pashto (shmera) and Azeri (nomre, with the possessive nomresi) romanised.
    *("shmera", "shmerah", "nomre", "nomresi"),
    # Somali, Kinyarwanda and Kirundi, Luganda, Malagasy, Shona, Sesotho and Setswana, Oromo;
    # Tigrinya.
    *("lambarka", "numbarka", "nimero", "inomero", "ennamba", "laharana", "nhamba", "nomoro"),
    *("lakkoofsa", "ቁጽሪ"),
    # Russian and Ukrainian, Belarusian, Kazakh and Kyrgyz in Cyrillic and romanised; Uzbek
    # (raqami), Azerbaijani (nömrə), Georgian (nomeri), Armenian (hamar), Mongolian (dugaar).
    *("номер", "нумар", "нөмірі", "номери", "рақами", "nomiri", "nomeri", "raqami", "nomre", "nomresi"),
    *("nomrə", "nomrəsi", "ნომერი", "համար", "hamar", "дугаар", "dugaar"),
    # Chinese `hao` (号) as pinyin keys write it (`shouji_hao`, `huzhao_hao`).
    "hao",
)

# Connecting words of the Romance languages that keys keep or drop at will
# (`fecha_de_nacimiento` = `fecha_nacimiento`); both are read without them.
# Arabic's article too (`tarikh_al_milad` = `tarikh_milad`), as Egypt and the Levant say it
# (`tareekh_el_milad`, `el_esm`).
CONNECTORS = frozenset(("de", "di", "do", "da", "del", "della", "des", "du", "dos", "das", "d", "al", "el"))

# Qualifiers, in these languages, that say a field belongs to a thing or to a person; they
# extend keys.NOT_A_PERSON and keys.A_PERSON.
THINGS = (
    # A club, in Russian and its genitive (`gorod_kluba`: the club's town).
    *("klub", "kluba"),
    *("skafos", "skafous"),  # a Greek boat (`onoma_skafous`: the boat's name)
    "shiten",  # a Japanese branch office (`shiten_mei`: the branch's name)
    "producto",
    "produto",
    "prodotto",
    "produit",
    "produkt",
    "articulo",
    "artikel",
    "tienda",
    "loja",
    "negozio",
    "magasin",
    "winkel",
    "empresa",
    "compania",
    "azienda",
    "societe",
    "entreprise",
    "bedrijf",
    "categoria",
    "categorie",
    "kategorie",
    "marca",
    "marque",
    "marke",
    "archivo",
    "arquivo",
    "fichier",
    "datei",
    "plan",
    "plano",
    "piano",
    "evento",
    "evenement",
    "pagina",
    "seite",
    "campana",
    "campanha",
    "campagna",
    "restaurante",
    "hotel",
    "sucursal",
    "filial",
    "agencia",
    "banco",
    "banque",
    "clinica",
    "hospital",
    "farmacia",
    "servicio",
    "servico",
    "servizio",
    "proveedor",
    "sekolah",
    "escuela",
    "escola",
    "scuola",
    "ecole",
    "schule",
    "universidad",
    "universidade",
    "universita",
    "universite",
    "universitat",
    "toko",
    "perusahaan",
    "produk",
    "animale",
    "huisdier",
    "troeteldier",
    "mascota",
    "lemmikki",
    "husdjur",
    "zwierze",
    "apotek",
    "apotheek",
    "apotheke",
    "butik",
    "bedrift",
    "yritys",
    "sklep",
    "obchod",
    "magazin",
    "koen",
    "kaisha",
    "shohin",
    "fornecedor",
    "fornitore",
    "fournisseur",
    "lieferant",
    # A phone as a device: its model, battery and carrier (es, pt: `modelo_celular`, `operadora_cel`).
    *("dispositivo", "aparelho", "modelo", "bateria", "operadora"),
    # A place (es), an organisation (fr), a pet and a vet clinic (ja).
    "lugar",
    "organisme",
    "ペット",
    "動物病院",
    # Goods, a hospital (rumah sakit), a clinic, a shop, a company (id, ms); a product and a
    # company (Thai sinkha, borisat); a shop, a train or a car (Hindi dukaan, gaadi).
    *("barang", "sakit", "klinik", "puskesmas", "kedai", "syarikat", "sinkha", "borisat", "dukaan", "dukan"),
    *("gaadi", "gadi", "gaari"),
    # A health facility (faskes), a village health post (posyandu), a pharmacy (id, ms); a
    # hospital, a clinic, a pharmacy, a store, a company (Tagalog); the same, a product, a
    # branch and a bank (Thai).
    *("faskes", "posyandu", "apotik", "farmasi", "ospital", "klinika", "botika", "tindahan", "kumpanya"),
    *("โรงพยาบาล", "คลินิก", "ร้านยา", "ร้านค้า", "บริษัท", "สินค้า", "สาขา", "ธนาคาร"),
    # A store, a company, a product, a facility or office, a hospital (ja, zh), a merchant.
    *("店舗", "会社", "企業", "法人", "商品", "施設", "事業所", "病院", "店铺", "门店", "公司", "企业"),
    *("医院", "商户", "商家", "機構", "机构"),
    # A product, a store, a company, a branch, a restaurant, a hotel, a hospital, a clinic, a
    # pharmacy, a school, a merchant, a service (Arabic, transliterated and in its script).
    *("muntaj", "matjar", "sharika", "sharikat", "mustashfa", "saydaliya", "madrasa", "funduq", "tajir"),
    *("منتج", "المنتج", "متجر", "المتجر", "شركة", "الشركة", "فرع", "الفرع", "مطعم", "المطعم", "فندق"),
    *("الفندق", "المستشفى", "عيادة", "العيادة", "صيدلية", "الصيدلية", "المدرسة", "التاجر", "الخدمة"),
    # The same in Hebrew, transliterated and in its script.
    *("mutzar", "chanut", "hanut", "snif", "מוצר", "המוצר", "חנות", "החנות", "חברה", "החברה", "סניף"),
    *("הסניף", "מסעדה", "המסעדה", "מרפאה", "המרפאה"),
    # And in Persian.
    *("mahsul", "mahsool", "forushgah", "foroshgah", "sherkat", "محصول", "کالا", "فروشگاه", "شرکت"),
    *("شعبه", "رستوران", "هتل", "بیمارستان", "داروخانه", "مدرسه"),
    # A product, a shop, a company, a hospital, a school (Swahili, Hausa, Zulu, Afrikaans); a
    # product's, a shop's, a company's (Amharic, with its `የ`).
    *("bidhaa", "duka", "kampuni", "hospitali", "shule", "mgahawa", "shago", "kamfani", "umkhiqizo"),
    *("isitolo", "inkampani", "produk", "maatskappy", "besigheid", "hospitaal", "apteek", "skool"),
    *("የምርት", "የሱቅ", "የድርጅት", "የኩባንያ"),
    # A product, a store, a company or firm, a branch, a bank, a hotel, a hospital, a pharmacy, a
    # school, an institution, a dealer, a restaurant, a category, a brand (Turkish, Azeri);
    # a company as Egyptian keys spell it (sherka).
    *("urun", "magaza", "sirket", "firma", "sube", "banka", "otel", "hastane", "eczane", "okul", "kurum"),
    *("bayi", "restoran", "kategori", "marka", "sherka", "shirka"),
    # Pets (Indonesian, Tagalog, Thai, Czech, Hebrew), and a business's branch, store or service
    # desk (German and Italian filiale, Malay cawangan, Romanian suport, Portuguese atendimento,
    # Chinese kefu, Korean 고객센터, Arabic far', Hebrew hachevra, Polish firmy, Bengali dokaner).
    *("hewan", "peliharaan", "alaga", "สัตว์เลี้ยง", "mazlicek", "mazlicka", "hachaya", "chaya"),
    *("filiale", "cawangan", "suport", "atendimento", "kefu", "고객센터", "far3", "hachevra", "firmy"),
    "dokaner",
    # A bank, a branch, a hotel, a clinic, a savings group (chama, kikundi, SACCO), an
    # organisation (Swahili); a company, goods, a shop, a hospital, a bank (Somali); a shop, a
    # hospital, a school (Kinyarwanda); a hospital, a school, a bank (Hausa).
    *("benki", "tawi", "hoteli", "kliniki", "chama", "kikundi", "sacco", "shirika", "taasisi"),
    *("shirkad", "shirkadda", "alaab", "alaabta", "badeecada", "dukaanka", "isbitaalka", "bangiga"),
    *("iduka", "ibitaro", "ishuri", "asibiti", "makaranta", "banki"),
    # A product's, a shop's, a company's, an organisation's, a warehouse's, a pharmacy's, a
    # clinic's, a branch's, a restaurant's, a hotel's, a pickup point's (PVZ) (ru, uk; Cyrillic and
    # romanised, in the genitive a key puts after the term: `адрес_магазина`).
    *("товар", "товара", "магазин", "магазина", "компания", "компании", "организация", "организации"),
    *("склад", "склада", "аптека", "аптеки", "клиника", "клиники", "филиал", "филиала", "ресторан"),
    *("ресторана", "отель", "отеля", "пвз", "отделение", "отделения", "товару", "магазину", "компанії"),
    *("організації", "клініки", "філії", "ресторану", "відділення", "tovar", "tovara", "magazina"),
    *("kompaniya", "organizatsiya", "organizatsii", "sklada", "apteka", "apteki", "kliniki"),
    *("filiala", "restorana", "otelya", "pvz", "otdelenie", "otdeleniya", "viddilennia", "kompanii"),
    # A store, a company, a merchant, a product, an organisation (pinyin); a store, a company, a facility, a
    # hospital (romaji); a store, a company, a product, a hospital (Korean romanised).
    *("dianpu", "mendian", "gongsi", "shangjia", "shanghu", "qiye", "shangpin", "jigou", "tenpo", "kigyo"),
    *("shisetsu", "byoin", "maejang", "hoesa", "sangpum", "byeongwon"),
    # A company, an employer, a shop, a hospital, a clinic, a school, an authority, a hotel, a
    # restaurant, a pet, a vehicle (Swedish, Danish, Norwegian, Finnish, Estonian, Lithuanian, Latvian,
    # Icelandic).
    *("foretag", "foretaget", "selskap", "selskab", "virksomhed", "virksomhet", "arbetsgivare"),
    *("arbeidsgiver", "arbejdsgiver", "butikk", "butiken", "sjukhus", "sykehus", "sygehus"),
    *("vardcentral", "legekontor", "klinikk", "skola", "skole", "skolan", "skolen", "myndighet"),
    *("myndighed", "hotell", "restaurang", "kjaeledyr", "kaeledyr", "fordon", "kjoretoy", "koretoj"),
    *("kauppa", "myymala", "tuote", "tuotteen", "toimipiste", "sairaala", "koulu", "apteekki", "yhtio"),
    *("yrityksen", "tyonantaja", "ajoneuvo", "ettevote", "ettevotte", "toode", "toote", "haigla"),
    *("asutus", "asutuse", "tooandja", "imone", "imones", "parduotuve", "parduotuves", "produktas"),
    *("produkto", "ligonine", "ligonines", "mokykla", "mokyklos", "vaistine", "augintinis"),
    *("augintinio", "darbdavys", "uznemums", "uznemuma", "veikals", "veikala", "produkts", "produkta"),
    *("slimnica", "slimnicas", "skolas", "aptieka", "majdzivnieks", "fyrirtaeki"),
    *("verslun", "vinnuveitandi"),
    # The same in the genitive a Nordic key puts first (`foretagets_telefon`, `butikkens_adresse`).
    *("butikens", "butikkens", "foretagets", "selskapets", "selskabets", "virksomhedens", "virksomhetens"),
)
PEOPLE = (
    "versicherter",
    "cliente",
    "clientes",
    "kunde",
    "kunden",
    "klant",
    "usuario",
    "utilisateur",
    "utente",
    "gebruiker",
    "benutzer",
    "comprador",
    "acheteur",
    "destinatario",
    "destinataire",
    "empfanger",
    "paciente",
    "paziente",
    "titular",
    "titulaire",
    "contacto",
    "contato",
    "contatto",
    "empleado",
    "funcionario",
    "dipendente",
    "mitarbeiter",
    "pasajero",
    "passageiro",
    "passeggero",
    "passager",
    "alumno",
    "aluno",
    "estudiante",
    "estudante",
    "studente",
    "etudiant",
    "beneficiario",
    "begunstigde",
    "ontvanger",
    "afzender",
    "aanvrager",
    "huurder",
    "bestuurder",
    "absender",
    "antragsteller",
    "mieter",
    "fahrer",
    "mottagare",
    "modtager",
    "mottaker",
    "vastaanottaja",
    "mittente",
    "remitente",
    "medico",
    "beneficiaire",
    "responsable",
    "responsavel",
    "pelanggan",
    "pengguna",
    "musteri",
    "kullanici",
    "asiakas",
    "kund",
    "pessoal",
    "personnel",
    "persoonlijk",
    "privat",
    "privado",
    "envio",
    "entrega",
    "livraison",
    "spedizione",
    "facturacion",
    "cobranca",
    "facturation",
    "fatturazione",
    "lieferung",
    "rechnung",
    # Customers, members, users, contract holders, applicants, recipients and where goods go,
    # senders, buyers, guardians, patients, the person themself (ja, zh; kanji and kana without
    # voicing marks, which keys.fold strips).
    *("お客様", "顧客", "会員", "利用者", "契約者", "申込者", "受取人", "お届け先", "届け先", "配送先"),
    *("送付先", "請求先", "依頼主", "購入者", "注文者", "保護者", "緊急連絡先", "患者", "本人"),
    *("客户", "客戶", "用户", "用戶", "会员", "會員", "收货人", "收件人", "寄件人", "联系人", "聯絡人"),
    *("就诊人", "监护人", "紧急联系人"),
    # Recipient, sender, applicant, bank customer, patient, participant, passenger, buyer,
    # employee, worker, student, owner, guarantor, next of kin, spouse, father (id, ms).
    *("penerima", "pengirim", "pemohon", "nasabah", "pasien", "pesakit", "peserta", "penumpang"),
    *("pembeli", "karyawan", "pegawai", "pekerja", "siswa", "pelajar", "pemilik", "penjamin"),
    *("waris", "suami", "istri", "isteri", "ayah", "bapa"),
    # An EPF nominee (penama), an heir, a relative, the insured (id, ms).
    *("penama", "pewaris", "kerabat", "tertanggung"),
    # A patient, a beneficiary, a spouse, a parent (Tagalog); a patient (twice), a relative, the
    # insured, a beneficiary, a guardian (Thai).
    *("pasyente", "benepisyaryo", "asawa", "magulang"),
    *("ผู้ป่วย", "คนไข้", "ญาติ", "ผู้เอาประกัน", "ผู้รับประโยชน์", "ผู้ปกครอง"),
    # Customer (Thai lukkha, Vietnamese khachhang), applicant and patient (Hindi, Urdu).
    *("lukkha", "khachhang", "grahak", "aavedak", "avedak", "mareez", "mariz", "rogi", "yatri"),
    # Customer, recipient, sender, user, patient, beneficiary, traveller, employee, student
    # (Arabic); customer, recipient, user, patient, employee (Hebrew); customer, user, recipient,
    # sender, patient (Persian); customer, recipient, user, sender, patient, passenger, employee,
    # student (Swahili); client, patient, employee (Afrikaans).
    *("ameel", "zaboon", "mustalim", "murasil", "mareed", "mustakhdim", "mustafeed", "musafir"),
    *("muwazzaf", "العميل", "الزبون", "المستلم", "المرسل", "المريض", "المستخدم", "المستفيد"),
    *("المسافر", "الموظف", "الطالب", "lakoach", "לקוח", "הלקוח", "נמען", "הנמען", "משתמש", "המשתמש"),
    *("מטופל", "המטופל", "עובד", "העובד", "moshtari", "karbar", "girande", "مشتری", "کاربر", "گیرنده"),
    *("فرستنده", "بیمار", "کارمند", "mteja", "mpokeaji", "mtumiaji", "mtumaji", "mgonjwa", "abiria"),
    *("mfanyakazi", "mwanafunzi", "klient", "pasient", "werknemer"),
    # Recipient, sender, authorised person, student, employee, member, guardian, driver,
    # passenger, tenant (Turkish).
    *("alici", "gonderen", "gonderici", "yetkili", "ogrenci", "calisan", "personel", "uye", "veli"),
    *("sofor", "yolcu", "kiraci"),
    # Guardian, parent, payer, applicant, guarantor, spouse (Swahili); the customer, the user,
    # the patient, the recipient (Somali).
    *("mlezi", "mzazi", "mlipaji", "mwombaji", "mdhamini", "mwenzi"),
    *("macmiilka", "isticmaalaha", "bukaanka", "qaataha"),
    # Client, user, buyer, recipient, sender, patient, employee, applicant, subscriber, passenger
    # (ru, uk; Cyrillic and romanised, with the genitive a key puts after the term: `telefon_klienta`).
    *("клиент", "клиента", "пользователь", "пользователя", "покупатель", "покупателя", "получатель"),
    *("получателя", "отправитель", "отправителя", "пациент", "пациента", "сотрудник", "сотрудника"),
    *("заявитель", "заявителя", "абонент", "абонента", "пассажир", "пассажира", "клієнт", "клієнта"),
    *("користувач", "користувача", "отримувач", "отримувача", "відправник", "відправника", "покупець"),
    *("покупця", "пацієнт", "пацієнта", "працівник", "працівника", "klienta", "polzovatel"),
    *("polzovatelya", "pokupatel", "pokupatelya", "poluchatel", "poluchatelya", "otpravitel"),
    *("otpravitelya", "patsient", "patsienta", "sotrudnik", "sotrudnika", "zayavitel", "zayavitelya"),
    *("abonenta", "passazhir", "passazhira", "kliienta", "korystuvach", "korystuvacha", "otrymuvach"),
    *("otrymuvacha", "vidpravnyk", "vidpravnyka"),
    # Family members, guardians, the insured, patients, employees and applicants, whose data a
    # health, welfare or tax form also holds: German, Dutch, the Nordic languages, Finnish.
    *("ehepartner", "ehefrau", "ehemann", "lebenspartner", "vater", "mutter", "elternteil", "kinder"),
    *("erziehungsberechtigter", "erziehungsberechtigte", "sorgeberechtigter", "angehoriger", "angehorige"),
    *("tochter", "sohn", "geschwister", "notfallkontakt", "versicherte", "arbeitnehmer"),
    *("echtgenoot", "echtgenote", "vader", "moeder", "verzorger", "voogd", "kinderen", "zoon", "dochter"),
    *("gezinslid", "familielid", "noodcontact", "verzekerde"),
    *("sambo", "aegtefaelle", "ektefelle", "vardnadshavare", "foresatt", "vaerge", "foralder", "forelder"),
    *("foraelder", "anhorig", "parorende", "parorande", "anstalld"),
    *("puoliso", "avopuoliso", "huoltaja", "lapsi", "lapsen", "aiti", "omainen", "lahiomainen", "potilas"),
    *("tyontekija", "vakuutettu"),
    # Customers, recipients, senders, buyers, payers, tenants, members, employees, applicants, the insured,
    # holders, contact people and pupils, and the genitives keys put before a term (`kundens_namn`,
    # `asiakkaan_puhelin`): Swedish, Danish, Norwegian, Finnish, Estonian, Lithuanian, Latvian, Icelandic.
    *("kundens", "mottagarens", "mottakerens", "modtagerens", "avsandare", "avsender", "afsender"),
    *("kopare", "kjoper", "betalare", "hyresgast", "leietaker", "medlem", "ansatt", "medarbetare"),
    *("medarbeider", "medarbejder", "sokande", "forsakrad", "forsikret", "forsikringstaker"),
    *("forsakringstagare", "innehavare", "innehaver", "indehaver", "kontaktperson", "elevens"),
    *("barnets", "patientens", "pasientens", "lahettaja", "ostaja", "kayttaja", "hakija", "oppilas"),
    *("opiskelija", "vuokralainen", "tilaaja", "maksaja", "yhteyshenkilo", "asiakkaan"),
    *("vastaanottajan", "huoltajan", "potilaan", "oppilaan", "opiskelijan", "hakijan", "tyontekijan"),
    *("kayttajan", "tilaajan", "maksajan", "lahettajan", "ostajan", "kliendi", "saatja", "ostja"),
    *("taotleja", "opilane", "opilase", "lapsevanem", "lapsevanema", "klientas", "kliento", "gavejo"),
    *("siuntejas", "siuntejo", "pirkejas", "pirkejo", "vartotojas", "vartotojo", "naudotojas"),
    *("naudotojo", "paciento", "darbuotojo", "mokinys", "mokinio", "nuomininkas", "klients", "klienta"),
    *("lietotajs", "lietotaja", "sanemejs", "sanemeja", "sutitajs", "sutitaja", "pircejs", "pirceja"),
    *("pacienta", "darbinieka", "skolena", "irnieks", "vidskiptavinur", "notandi"),
    *("vidtakandi", "sendandi", "kaupandi", "sjuklingur", "starfsmadur", "nemandi", "umsaekjandi"),
    # The same in Estonian, Latvian, Lithuanian and Hungarian.
    *("abikaasa", "eestkostja", "patsient", "tootaja", "laulatais", "berns", "pacients", "darbinieks"),
    *("sutuoktinis", "vaikas", "tevas", "motina", "globejas", "pacientas", "darbuotojas"),
    *("hazastars", "gyermek", "szulo", "gondviselo", "paciens", "munkavallalo"),
    # And in Spanish, Portuguese, French, Italian, Polish, Czech and Slovak.
    *("conyuge", "esposo", "esposa", "hijo", "hija", "hijos", "madre", "padre", "trabajador", "asegurado"),
    *("conjuge", "marido", "filho", "filha", "filhos", "mae", "pai", "dependente", "segurado"),
    *("trabalhador", "requerente"),
    *("conjoint", "conjointe", "epoux", "epouse", "enfant", "enfants", "pere", "mere", "tuteur", "assure"),
    *("salarie", "demandeur"),
    *("coniuge", "marito", "moglie", "figlio", "figlia", "figli", "genitore", "tutore", "assistito"),
    *("assicurato", "lavoratore", "richiedente"),
    *("malzonek", "malzonka", "dziecko", "dzieci", "ojciec", "matka", "rodzic", "opiekun", "pacjent"),
    *("pracownik", "ubezpieczony", "wnioskodawca"),
    *("manzel", "manzelka", "dite", "otec", "rodic", "pacient", "zamestnanec", "pojistenec", "poistenec"),
    "zadatel",
    # The parties of claims and cases whose names, ids and addresses a form keys after them
    # (`dni_demandado`, `domicilio_imputado`, `cpf_segurado`): the insured, the defendant, the
    # accused, the reported person, a debtor in arrears, a driver, a school's parent (encarregado de
    # educação), and PARTIES_ES and PARTIES_PT (es, pt).
    *("asegurada", "demandado", "demandada", "imputado", "imputada", "acusado", "acusada"),
    *("denunciado", "denunciada", "moroso", "morosa", "segurada", "investigado", "investigada"),
    *("inadimplente", "conductor", "condutor", "encarregado"),
    *PARTIES_ES,
    *PARTIES_PT,
    # Customer, user, member, consignee, patient, the person themself (pinyin); customer, member, user,
    # contract holder, patient, guardian (romaji); customer, member, user, patient (Korean).
    *("kehu", "yonghu", "huiyuan", "huanzhe", "benren", "okyakusama", "kokyaku", "kaiin", "riyosha"),
    *("keiyakusha", "kanja", "hogosha", "gogaek", "hoewon", "sayongja", "hwanja"),
)
# Qualifiers after a head-initial term that make the field about the datum, not the datum
# (`correo_verificado`, `tipo_documento` read the other way round, `telefono_tipo`).
ABOUT_IT = frozenset(
    (
        # Tracking: Mexico's SPEI transfer's `clave_rastreo` is a payment's reference.
        "rastreo",
        "rastreio",
        "tipo",
        "type",
        "typ",
        "estado",
        "estatus",
        "status",
        "statut",
        "stato",
        "verificado",
        "verificada",
        "verifie",
        "verificato",
        "confirmado",
        "confirmada",
        "valido",
        "valida",
        "count",
        "contador",
        "cantidad",
        "quantidade",
        "formato",
        "format",
        "dominio",
        "domain",
        "pais",
        "country",
        "consentimiento",
        "consentimento",
        "consentement",
        "consenso",
        "preferencia",
        "opt",
        "optin",
        "verified",
        "id",
        # A gateway's answer about it (`nip_response_code`: NIBSS Instant Payment's).
        *("response", "respuesta", "resposta"),
        # Type, status, confirmed (ru, uk).
        *("тип", "статус", "подтвержден", "підтверджено", "podtverzhden"),
    )
)


def synonyms_by_matcher() -> dict[str, tuple[str, ...]]:
    """Every language's field names, grouped by default matcher name."""
    out: dict[str, tuple[str, ...]] = {}
    for language in LANGUAGES:
        for matcher, names in language.terms.items():
            out[matcher] = out.get(matcher, ()) + names
    return out


@cache
def compound_heads() -> frozenset[str]:
    """Single-word names of the languages that compound (`rechnungs` + `adresse`)."""
    return frozenset(
        name
        for language in LANGUAGES
        if not language.head_initial
        for names in language.terms.values()
        for name in names
        if " " not in name and "-" not in name
    )


@cache
def head_initial_terms() -> frozenset[str]:
    return frozenset(
        name
        for language in LANGUAGES
        if language.head_initial
        for names in language.terms.values()
        for name in names
    )


@cache
def words() -> frozenset[str]:
    """Every word of these names."""
    return frozenset(
        word
        for language in LANGUAGES
        for names in language.terms.values()
        for name in names
        for word in name.replace("-", " ").split()
    )


@cache
def short_words() -> frozenset[str]:
    """Words of these names too short to find inside run-together keys."""
    return frozenset(word for word in words() if len(word) < 4)
