"""What a message of the typography corpus is: every message is written in a way of SPELLING, MARKING GENDER
OR ENCODING THE TEXT chosen FIRST from a grid of twelve — the middle dot of écriture inclusive
(«diplômé·e»); its other marks (a period, parentheses, a slash, a hyphen, a capital: «diplômé.e»,
«diplômé(e)»); doublets («celles et ceux»); epicene rewording («titulaire d'un master»); neopronouns («iel»,
«ellui», «celleux»); feminised titles and agreements far from their subject («ingénieure», «je l'ai
obtenue»); a chosen name or a name written with its particles, hyphens or surname first; the typographic
punctuation of word processors and phones (’, « » with narrow no-break spaces, dashes, …, bullets,
ligatures); other code points for the same letters (decomposed accents, superscripts, soft hyphens,
zero-width characters, non-breaking hyphens); names and diplomas in other scripts and languages; the same
words through charsets and HTML entities; or English written the same ways (singular they, Mx, pronouns in a
signature, curly quotes, en dashes). The deciding fact's own words carry the spelling (the participle, the
role noun, the diploma, the date, the name). The label follows what the words mean to a careful French
reader: the spelling never changes a fact; where it makes a reader doubt WHO holds a fact (a doublet about a
group, «iel» about a friend, a chosen name), the label follows what a careful reader understands. The
reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its spelling, the fact that decides, the words that carry it as
they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when
the message truly leaves a fact open) a line ``# ambiguous: …`` saying why, then a line ``# spelling: which
forms the message uses and on which words → kind (and for an application, the deciding fact →
decision)`` («# spelling: middle dot on «diplômé·e» and «volontaire·s» → application; BUT of June 2025, an
ESS aim → eligible»). build.py adds the spelling and the fact to its truth line. About three messages in four
are applications, each with its deciding fact as always (a level, a date, an internship or a service
civique running or over, a career before, studies running, an ESS search or none); the rest is other mail
written the same ways (questions, replies in our thread, auto-replies, bounces, newsletters, other).
Applications are French, about one in seven English (``language="en"``), mostly in ``english_inclusive``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 145 applications (55 eligible / 35 to verify / 55 not) and 55 other


@dataclass(frozen=True)
class Spelling:
    """One way of spelling, marking gender or encoding the text: its forms in French and English, the rule
    that settles what the words mean (the fact, and who holds it), and its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    rule: str  # what settles the label
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Spelling] = {
    "point_median": Spelling(
        "the middle dot (U+00B7) of écriture inclusive on the deciding word: a participle, a role noun, an"
        " epicene word, a plural («diplômé·e», «étudiant·e·s», «salarié·es», «volontaire·s», «inscrit·e»,"
        " «ancien·ne alternant·e», «iels sont diplômé·es»)",
        forms_fr=("diplômé·e", "étudiant·e·s", "salarié·es", "volontaire·s", "inscrit·e", "ancien·ne"),
        forms_en=(),
        rule="the word with its dot means what the word means: «diplômé·e en juin 2025» is a graduation of"
        " June 2025, «encore étudiant·e» studies running, «volontaire en service civique» a civic service;"
        " the dot marks gender, never a doubt, and a plural with a dot speaks of a group unless the writer"
        " puts herself or himself in it",
        distractors="the dot read as a sentence's end or a list; the word cut at the dot («diplômé» +"
        " «e»); a plural about a group («les volontaires·s de l'asso») taken as the writer's own fact",
    ),
    "other_marks": Spelling(
        "the other marks of inclusive writing, often mixed in one mail: a period («diplômé.e»,"
        " «étudiant.e.s»), parentheses («diplômé(e)»), a slash («diplômé/e»), a hyphen («diplômé-e»,"
        " «employé-e-s»), a capital («diplôméE»)",
        forms_fr=("diplômé.e", "étudiant.e.s", "diplômé(e)", "diplômé/e", "diplômé-e", "diplôméE"),
        forms_en=(),
        rule="the mark changes no fact: «inscrit.e en M2» is studies running, «ancien(ne) stagiaire» an"
        " internship over; the period inside a word is no sentence's end, the parenthesis no aside",
        distractors="«diplômé.e» read as a sentence ending at «diplômé»; «(e)» read as an aside; a hyphen"
        " read as a dash between two facts; a capital read as an acronym",
    ),
    "doublets": Spelling(
        "doubled forms: «les étudiantes et étudiants», «tous et toutes», «celles et ceux», «les"
        " volontaires, hommes et femmes», the writer speaking of a group she or he belongs to and of"
        " herself or himself",
        forms_fr=("étudiantes et étudiants", "tous et toutes", "celles et ceux", "diplômées et diplômés"),
        forms_en=(),
        rule="a fact said of a group holds for the writer only when the writer puts herself or himself in"
        " it («nous, les diplômées et diplômés de 2025» — she is one); a fact said of the others"
        " («celles et ceux de ma promo sont encore en stage») is not the writer's; the writer's own"
        " sentence about herself or himself holds over the group's",
        distractors="the group's fact taken as the writer's; the writer's fact lost in the group's;"
        " «tous et toutes» read as two people",
    ),
    "epicene": Spelling(
        "gender avoided by rewording: «titulaire d'un master», «la personne en stage, c'est moi», «en poste"
        " de volontaire», «j'ai le statut de stagiaire», «une personne qui sort d'études», a nominal style"
        " («Obtention du BUT : juin 2025»)",
        forms_fr=("titulaire de", "la personne", "le statut de", "obtention", "en poste de"),
        forms_en=(),
        rule="an epicene noun or a nominal sentence states the fact as plainly as a participle:"
        " «titulaire d'une licence depuis 2025» is a licence of 2025, «statut de stagiaire jusqu'en"
        " mars» an internship running; «une personne» the writer speaks of is the writer when the writer"
        " says so",
        distractors="a nominal line read as a heading and not a fact; «la personne» taken for someone"
        " else; a title with no participle read as no date",
    ),
    "neopronouns": Spelling(
        "neopronouns and their agreements: «iel», «iels», «ellui», «celleux», «toustes», «mon adelphe»,"
        " agreements in -x or with «·»; a non-binary writer («j'utilise iel») or a referrer writing about"
        " a non-binary person",
        forms_fr=("iel", "iels", "ellui", "celleux", "toustes", "adelphe", "non-binaire"),
        forms_en=(),
        rule="«iel» is a person: in a referral it is the applicant and carries the applicant's facts («iel"
        " a fini son BTS en juin» is the applicant's BTS); written by the writer about herself or himself"
        " it is the writer; the agreement («diplômæ», «diplômé·e») carries the fact as the participle does",
        distractors="«iel» read as a typo or as «il»/«elle» of someone else; the referrer's facts taken"
        " as the applicant's; the applicant's facts taken as the referrer's",
    ),
    "feminised_titles": Spelling(
        "feminised nouns and agreements: autrice, cheffe de projet, ingénieure, docteure, professeure,"
        " maîtresse de conférences, «la stagiaire», «l'ancienne volontaire», a participle agreed far from"
        " its subject («Ma licence, je l'ai obtenue…»), a woman's career before («conductrice de bus»)",
        forms_fr=("cheffe", "ingénieure", "autrice", "docteure", "je l'ai obtenue", "l'ancienne"),
        forms_en=(),
        rule="the feminised noun is the role and the far agreement ties the fact to its noun: «ma licence,"
        " je l'ai obtenue en 2025» is a licence of 2025; «j'ai été conductrice de bus dix ans» a career"
        " before; a title held by someone else (a tutor, a mother) is not the writer's",
        distractors="«ingénieure» read as a diploma the writer holds when it is a job title of someone"
        " else; the agreement's noun lost; a feminine title read as another person",
    ),
    "chosen_name": Spelling(
        "a person using a name other than the one in their address, display name or CV («je signe Sacha»,"
        " «appelez-moi Noa»), or a name written with its particle, hyphens, two surnames or surname first"
        " in capitals («NGUYEN Thi Huong», «de La Roche-Aymon»)",
        forms_fr=("je signe", "appelez-moi", "mon prénom d'usage", "NOM Prénom", "de La"),
        forms_en=("I go by", "preferred name"),
        rule="the truth's name is the name the person asks to be called or signs with (the first name of"
        " use, the surname as the person writes it, particle included: «de La Roche-Aymon»); a surname"
        " written first in capitals is the surname; the facts are that person's whatever the address says",
        distractors="the display name or the address's name taken over the chosen one; the capitals read"
        " as the first name; the particle dropped or taken as a first name",
    ),
    "apostrophes_quotes": Spelling(
        "the typographic punctuation of word processors and phones: ’ (U+2019), ʼ (U+02BC) or ´ for the"
        " apostrophe, « » with no-break or narrow no-break spaces, “ ” ‹ ›, em and en dashes, the ellipsis"
        " character, bullets • ▪ ◦, ligatures œ æ and the ﬁ ﬂ of a PDF",
        forms_fr=("j’ai", "l’ESS", "« »", "—", "…", "•", "œ"),
        forms_en=("I’m", "“ ”", "–"),
        rule="the punctuation changes no fact: «j’ai fini» with a curly apostrophe is «j'ai fini»,"
        " «2024–2026»"
        " with an en dash is a span, a bullet line in a list is a sentence of the writer",
        distractors="a word cut at its curly apostrophe («j» + «ai»); a dash read as a minus or a negation;"
        " a quoted title read as the writer's words",
    ),
    "unicode_forms": Spelling(
        "the same letters in other code points: decomposed accents (NFD, as macOS writes them),"
        " superscripts and ordinal letters («bac⁺³», «1ʳᵉ année», «2ᵉ»), soft hyphens inside words,"
        " zero-width spaces or joiners, non-breaking hyphens, the minus sign, full-width digits",
        forms_fr=("NFD", "bac⁺³", "1ʳᵉ année", "soft hyphen", "zero-width space", "non-breaking hyphen"),
        forms_en=(),
        rule="a word means what it means whatever its code points: «diplômée» decomposed is «diplômée»,"
        " «bac⁺⁵» is bac+5, a soft hyphen or a zero-width space inside a word is not there for a reader",
        distractors="a decomposed letter read as two; a superscript level lost; a word cut by an invisible"
        " character; a full-width year not read as a year",
    ),
    "names_and_scripts": Spelling(
        "names and places with letters from many languages (Nguyễn, Łukasz, Çağla Öztürk, Bjørn, Ioana"
        " Șerban), in the From header and in the body, diplomas named in their own language with their"
        " diacritics («licență», «laurea triennale», «Licenciatura», «Ausbildung»)",
        forms_fr=("ễ", "Ł", "ğ", "ø", "ș", "licență", "laurea", "Licenciatura"),
        forms_en=("Bachelor’s",),
        rule="the name is read with its letters as written (the truth keeps them); a foreign diploma is"
        " weighed by its level (a laurea triennale or a licență is bac+3, a laurea magistrale or a"
        " master bac+5, an Ausbildung or a vocational title is no higher education degree unless said);"
        " its date is the date the person gives",
        distractors="a letter stripped or mangled in the name; the foreign diploma's name not read as a"
        " diploma; the town of study taken as the address",
    ),
    "charsets_and_entities": Spelling(
        "the same words through encodings: an HTML-only body full of entities («dipl&ocirc;m&eacute;e»,"
        " «j&rsquo;ai», «&nbsp;», «&#8239;»), word-processor HTML with inline styles and spans splitting"
        " words, a text part in ISO-8859-1, ISO-8859-15 or windows-1252, a subject in encoded-words",
        forms_fr=("&eacute;", "&rsquo;", "&nbsp;", "<span", "iso-8859-1", "windows-1252", "=?"),
        forms_en=("&rsquo;",),
        rule="the decoded words decide: «dipl&ocirc;m&eacute;e» is «diplômée», a word split by spans is one"
        " word, a text in ISO-8859-1 says what it says in UTF-8",
        distractors="entities read as letters; a word split at a span; a charset decoded wrongly"
        " («diplÃ´mÃ©e»); markup read as words",
    ),
    "english_inclusive": Spelling(
        "English written the same ways: singular they about oneself or about the person referred, Mx,"
        " pronouns in the signature (she/her, they/them), curly quotes, en dashes in dates («2023–2025»),"
        " accented names, «alum», «graduate»",
        forms_fr=(),
        forms_en=("they/them", "she/her", "Mx", "their degree", "–", "’"),
        rule="the same rules in English: «they finished their degree in June» is one person's degree (the"
        " applicant's when they are the one referred), the pronouns in a signature are no fact, an en"
        " dash between two years is a span; an application in English is labelled language en",
        distractors="singular they read as a group; the pronouns line read as a name; «graduate» read as"
        " a ceremony or a verb about the future",
    ),
}


class N(Featured):
    """One message and the spelling it is written in: ``words`` stand in its subject, body or CV as written
    (case and line breaks aside), and they carry the spelling on the deciding fact (or, for other mail, the
    words that show its kind); the `# spelling:` comment above the message says which forms it uses, the
    kind and the decision."""

    GRID = GRID  # type: ignore[assignment]
