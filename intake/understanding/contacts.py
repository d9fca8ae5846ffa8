"""Email, phone (E.164) and city of the applicant."""

from __future__ import annotations

import re

import phonenumbers

from intake.understanding.contact_owner import own_first, said_as_anothers, theirs_first
from intake.understanding.dictation import spoken_addresses, spoken_phones
from intake.understanding.facts import EMAIL_RE, Evidence, Fact, Source
from intake.understanding.letters import OCR_DIGITS
from intake.understanding.lexicon import Lexicon, is_adviser_address
from intake.understanding.names import looks_like_name
from intake.understanding.nlp import find_entities
from intake.understanding.phone_lasting import lasting_first
from intake.understanding.phone_plans import fitting_plans, place_in_plans
from intake.understanding.signed_phones import mobile_first_on_a_line

_SEPARATORS = re.compile(r"\s*[·•|–—]\s*|\s+-\s+|\s*,\s*")
_CITY_PHRASE = re.compile(
    r"\b(?:j'habite|je vis|je r[ée]side|r[ée]sidant|bas[ée]e?|domicili[ée]e?|i"
    r" live|based)\s+(?:à|a|au|en|in|sur)\s+"
    r"([A-ZÀ-Ö][\w'’-]+(?:[- ](?:sur|sous|en|le|la|les|de|du|d'|[A-ZÀ-Ö][\w'’-]+))*)",
)
_POSTCODE_CITY = re.compile(r"\b\d{5}\s+([A-ZÀ-Ö][\w'’-]+(?:[- ][A-ZÀ-Ö\w'’-]+)*)")


def is_our_address(addr: str, our_domain: str) -> bool:
    """An address at our domain (``ProgrammeSettings.domain``) or one of its subdomains."""
    host = addr.rpartition("@")[2].strip().lower()
    return host == our_domain or host.endswith("." + our_domain)


def find_email(
    sources: list[Source], lexicon: Lexicon, exclude: set[str], our_domain: str
) -> Fact[str] | None:
    """The first address written in a source that is none of `exclude`, an adviser's or ours; in a source
    that writes none, one spelt out in words («ines point barre arobase example point org»)."""

    def theirs(addr: str) -> bool:
        return not (addr in exclude or is_adviser_address(addr, lexicon) or is_our_address(addr, our_domain))

    for source in sources:
        for line in source.lines():
            for m in EMAIL_RE.finditer(line):
                addr = m.group(0).lower().strip(".")
                if theirs(addr):
                    return Fact(addr, Evidence(line, source.where))
        for spoken in spoken_addresses(source.text):
            if theirs(spoken.value):
                return Fact(
                    spoken.value, Evidence(_line_around(source.text, spoken.start, spoken.end), source.where)
                )
    return None


# French numbers as people write them; overseas mobiles (06 90…) are not "valid" for region FR in
# libphonenumber's metadata yet are the applicant's number, so they are taken by shape first (then placed
# in their department by _overseas).
_FRENCH_NUMBER = re.compile(
    r"(?<![\d+])(?:\(?\+33\)?\s?\(?0?\)?\s?|\(?0033\)?\s?|0)[1-9](?:[\s.\-]?\d{2}){4}(?!\d)"
)


# Overseas departments dial like metropolitan France (0692…, 0590…) but have their own country codes. When
# the text names the department, its numbering plan (libphonenumber's metadata) places the number there:
# 0692/0693 → +262 (La Réunion), 0639 → +262 (Mayotte), 0690 → +590 (Guadeloupe), 0694 → +594 (Guyane),
# 0696/0697 → +596 (Martinique). Unnamed, the number keeps +33, as applicants and the coordinator write it.
_OVERSEAS_PLACES = re.compile(
    r"\b(?:(?P<RE>la r[ée]union|r[ée]unionnais\w*)|(?P<YT>mayotte|mahorais\w*)|(?P<GP>guadeloup\w*)|"
    r"(?P<MQ>martiniq\w*)|(?P<GF>guyan\w*|french guiana))\b",
    re.IGNORECASE,
)


def _overseas(written: str, number: phonenumbers.PhoneNumber, text: str) -> phonenumbers.PhoneNumber:
    """A number written the national way («06 92 45 18 30») by someone who names an overseas department
    whose plan holds it: that department's number; anything else stays as parsed."""
    if phonenumbers.is_valid_number(number) or not written.lstrip("( ").startswith("0"):
        return number
    named = {m.lastgroup for m in _OVERSEAS_PLACES.finditer(text) if m.lastgroup}
    for region in sorted(named):
        try:
            candidate = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(candidate):
            return candidate
    return number


# Numbers written with their country code («+32 478 21 36 90», «0044 7700 900531») and British mobiles written
# the national way (11 digits from «07», a length no French number has): read in their own plan.
_INTERNATIONAL_NUMBER = re.compile(r"(?<![\d+])(?:\+|00)[1-9]\d{0,2}(?:[\s.\-]?\(?\d{1,4}\)?){2,6}(?!\d)")
_BRITISH_MOBILE = re.compile(r"(?<![\d+])07\d{3}[\s.]?\d{3}[\s.]?\d{3}(?!\d)")


# North American numbers as written there («(312) 555-0958», «613-555-0158»): ten digits grouped 3-3-4, an
# area code never starting with 0 or 1 — a shape no French number takes. Read in the plan they share (+1).
_NANP_NUMBER = re.compile(r"(?<![\d+])(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.\-])[2-9]\d{2}[\s.\-]\d{4}(?!\d)")
# A number written the national way (trunk «0») in groups other than French pairs («072 418 3958»,
# «0421 338 658»): its country is the one whose plan writes it so (_plan_abroad).
_GROUPED_NATIONAL = re.compile(r"(?<![\d+./-])0\d{1,4}(?:[\s.\-]\d{2,4}){1,3}(?![\d./-])")
# Fewer digits are a date or a reference («30.09.2025»), not a phone number of these plans.
_NATIONAL_DIGITS = 9
# The plans a number written the national way is tried in (France's first, by phone_plans.fitting_plans).
_EVERY_PLAN = tuple(sorted(phonenumbers.SUPPORTED_REGIONS - {"FR"}))


def _plan_abroad(written: str, text: str, lexicon: Lexicon | None) -> str | None:
    """The region whose national format is exactly how `written` is grouped, when France's is not, and that
    the text names by a country name, demonym or city (places.toml): South Africa, Japan… all write
    «072 418 3958», «Pretoria» tells which. None: read as before (French)."""
    if sum(c.isdigit() for c in written) < _NATIONAL_DIGITS:
        return None
    fits = fitting_plans(written, _EVERY_PLAN)  # France first: a number it groups so stays French
    if not fits or "FR" in fits:
        return None
    named = [region for region in fits if _named(region, text, lexicon)]
    return named[0] if len({fits[region] for region in named}) == 1 else None


def _named(region: str, text: str, lexicon: Lexicon | None) -> bool:
    """The text names the region: its country's name in English or French (libphonenumber's, «Nigeria»,
    also starting "Nigerian"), or a demonym or city of places.toml."""
    # Imported here, not at the top: libphonenumber's geocoder loads all its place data (about 100 MB in each
    # process), and only a national number fitting a plan abroad ever asks for a country's name.
    from phonenumbers import geocoder

    example = phonenumbers.example_number(region)
    names = {geocoder.country_name_for_number(example, lang) for lang in ("en", "fr")} if example else set()
    names -= {""}
    if any(re.search(rf"(?<!\w){re.escape(name)}", text) for name in names):
        return True
    places = lexicon.region_places.get(region) if lexicon else None
    return bool(places and places.search(text))


def contact_handed_over(text: str) -> str | None:
    """An address or a number the writer gives as another person's («son mail : …, son portable : 06…»,
    "you can reach him at …"): the way to reach that person handed to the programme, or None."""
    found = [(m.start(), m.group(0)) for m in EMAIL_RE.finditer(text)]
    found += [(start, written) for start, written, _ in _numbers_written(text, "FR")]
    return next((written for start, written in sorted(found) if said_as_anothers(text, start)), None)


def _numbers_written(text: str, region: str, lexicon: Lexicon | None = None) -> list[tuple[int, str, str]]:
    """(position, number as written, region to read it in) of every phone-shaped number, in text order."""
    found = [(m.start(), m.group(0), region) for m in _FRENCH_NUMBER.finditer(text)]
    found += [(m.start(), m.group(0), region) for m in _INTERNATIONAL_NUMBER.finditer(text)]
    found += [(m.start(), m.group(0), "GB") for m in _BRITISH_MOBILE.finditer(text)]
    found += [(m.start(), m.group(0), "US") for m in _NANP_NUMBER.finditer(text)]
    for m in _GROUPED_NATIONAL.finditer(text):
        if abroad := _plan_abroad(m.group(0), text, lexicon):
            found.append((m.start(), m.group(0), abroad))
    return sorted(place_in_plans(text, found))


def find_phone(
    sources: list[Source], region: str = "FR", lexicon: Lexicon | None = None, *, presented: bool = False
) -> Fact[str] | None:
    """The first phone number written (whatever its country), from the first source that holds one: its
    digits as written, as a scan misreads them («O6 45 78 l2 3O»), or said in words («zéro six douze…»).
    `presented`: the sources are a referral's note, the person it presents the one whose number is wanted."""
    ordered = theirs_first if presented else own_first
    for source in sources:
        text = _digits_read(source.text)
        # the writer's own first, of one line's numbers a mobile before an office's line (signed_phones),
        # and a number said to work for a while only after one given with no end (phone_lasting)
        found = lasting_first(text, mobile_first_on_a_line(text, _numbers_written(text, region, lexicon)))
        for start, written, plan in ordered(text, found):
            try:
                number = phonenumbers.parse(written, plan)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(number):
                number = _overseas(written, number, text)
                e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                return Fact(
                    e164, Evidence(_line_around(source.text, start, start + len(written)), source.where)
                )
        try:
            matches = list(
                phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
            )
        except Exception:  # the matcher can choke on odd Unicode; no phone is better than a crash
            continue
        for match in matches:
            number = match.number
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            line = _line_around(source.text, match.start, match.end)
            return Fact(e164, Evidence(line, source.where))
        for spoken in spoken_phones(source.text):
            number = phonenumbers.parse(spoken.value, region)
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            return Fact(e164, Evidence(_line_around(source.text, spoken.start, spoken.end), source.where))
    return None


# Inside a run shaped as a phone number (five pairs, at least six of them real digits), the letters a scan
# reads for digits (facts.OCR_DIGITS) are the digits.
_SCANNED_NUMBER = re.compile(r"(?<![\w+])[0-9OolI]{2}(?:[\s.\-]?[0-9OolI]{2}){4}(?![\w])")
_REAL_DIGITS = 6


def _digits_read(text: str) -> str:
    """`text` with the phone-shaped runs of a scan read as digits (same length: positions do not move)."""

    def read(m: re.Match[str]) -> str:
        run = m.group(0)
        return run.translate(OCR_DIGITS) if sum(c.isdigit() for c in run) >= _REAL_DIGITS else run

    return _NUMBER_ACROSS_LINES.sub(_joined_across_line, _SCANNED_NUMBER.sub(read, text))


# A French number whose pairs a line break cuts («06 12 38» at a line's end, «57 90» opening the next): the
# mail's wrapping, not two numbers. Read joined, the break a space (same length: positions do not move).
_NUMBER_ACROSS_LINES = re.compile(
    r"(?<![\w+])0[1-9](?:[ .\-]?\d{2}){0,3}[ \t]*\r?\n[ \t]*\d{2}(?:[ .\-]?\d{2}){0,3}(?![\w])"
)
_FRENCH_DIGITS = 10


def _joined_across_line(m: re.Match[str]) -> str:
    run = m.group(0)
    if sum(c.isdigit() for c in run) != _FRENCH_DIGITS:
        return run
    return run.replace("\r", " ").replace("\n", " ")


def _line_around(text: str, start: int, end: int) -> str:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return text[left : right if right != -1 else len(text)].strip()


def find_city(sources: list[Source], lexicon: Lexicon) -> Fact[str] | None:
    for source in sources:
        lines = [ln for ln in source.lines() if ln]
        if source.is_document:
            for line in lines[:12]:
                if not (EMAIL_RE.search(line) or re.search(r"\d[\d .]{7,}\d", line)):
                    continue
                for segment in _SEPARATORS.split(line):
                    segment = segment.strip()
                    if (
                        segment
                        and not re.search(r"\d{3}|@|https?:|www\.", segment)
                        and _looks_like_city(segment)
                        and (" " not in segment or _is_place(segment))
                    ):
                        return Fact(segment, Evidence(line, source.where))
                m = _POSTCODE_CITY.search(line)
                if m:
                    return Fact(m.group(1), Evidence(line, source.where))
            # A line of its own right by the contact lines («Lyon», «Paris 19e»).
            for i, line in enumerate(lines[:12]):
                segment = re.sub(r"\s+\d{1,2}(?:e|er|ème)$", "", line.strip())
                near_contact = any(
                    EMAIL_RE.search(other) or re.search(r"\d[\d .]{7,}\d", other)
                    for other in lines[max(0, i - 2) : i + 3]
                )
                # Uppercase words and two capitalised words on a line are more often a name than a city.
                single = " " not in segment or re.match(
                    r"(?:Le|La|Les|Saint|Sainte) |\S+ (?:sur|en|lès) ", segment
                )
                if (
                    near_contact
                    and single
                    and not segment.isupper()
                    and segment.casefold() not in lexicon.cv_headings
                    and _looks_like_city(segment)
                    and _is_place(segment)
                ):
                    return Fact(segment, Evidence(line, source.where))
            # No contact line with a city: the NER model is asked about the CV header only.
            header = "\n".join(lines[:6])
            for place in find_entities(header, "LOC"):
                line = next((ln for ln in lines[:6] if place in ln), place)
                # The small model calls a name, a heading or a school a place now and then.
                if (
                    _looks_like_city(place)
                    and not place.isupper()
                    and place.casefold() not in lexicon.cv_headings
                    and not looks_like_name(line, lexicon)
                    and not re.search(
                        r"\d|\b(?:IAE|IUT|IEP|universit|[ée]cole|lyc[ée]e|institut|campus)", line, re.I
                    )
                ):
                    return Fact(place, Evidence(line, source.where))
        for line in lines:
            m = _CITY_PHRASE.search(line)
            if m:
                return Fact(m.group(1).strip(), Evidence(line, source.where))
    return None


def _is_place(segment: str) -> bool:
    """«Saint-Denis» is obviously a place; «Marie Dupont» on the same line is not: ask the NER model."""
    return segment in find_entities(segment + " est une ville.", "LOC")


def _looks_like_city(segment: str) -> bool:
    return (
        bool(
            re.fullmatch(
                r"[A-ZÀ-Ö][\w'’-]+(?:[- ](?:sur|sous|en|le|la|les|lès|de|du|d'|aux?|[A-ZÀ-Ö][\w'’-]+))*",
                segment,
            )
        )
        and len(segment) <= 40
    )
