"""What a message of the others corpus is: every message names at least one person OTHER than the applicant (a
sibling, a parent, a partner, a flatmate, classmates, a colleague or a tutor, a friend who applies too, the
applicant's own child, an adviser who tells of herself, people named only by a first name) together with a
fact of the kind that decides eligibility (a diploma and its date, an internship, a service civique, a career
change, a job sought inside or outside the ESS), beside the applicant's own facts; the test is WHOSE fact is
whose. The RELATION to the other person is chosen FIRST from a grid of twelve (``GRID``): the other's fact
stays theirs («ma sœur est en service civique ; moi j'ai fini mon BTS en juin»), is COPIED to the writer («moi
aussi», «pareil pour moi», «comme elle», "me too"), is DENIED of the writer («contrairement à mon frère», «lui
oui, moi non», "unlike my sister"), or is SHARED by a «nous» that includes the writer. The reader reads on
TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its relation, the applicant's criterion the attribution turns on, the
applicant's own carrying words as they stand in the mail, and the mail), with a ``# Feature: key — fact —
words`` comment above it, then (when the mail leaves it truly open whose fact it is) a line ``# ambiguous: …``
saying why, then a line ``# others: «the other's words» = whose / what → decision for the applicant`` («#
others: «ma sœur est en service civique» = the sister's, not the writer's → not_service_civique met»).
build.py adds the relation and the fact to its truth line. Applications are French, about one in seven English
(``language="en"``).

``fact`` is one of the shared facts (graduation, level, situation, career_change, aim, studies_finished, kind)
or ``identity``: the applicant's contacts (name, address, phone) when another person's contacts stand beside
them in the body («vous pouvez aussi joindre ma sœur au 06…»)."""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as SHARED_FACTS
from tagged import Featured

# the facts a feature carries, read by tests/test_tagged_corpora.py: the shared ones and the contacts
FACTS = (*SHARED_FACTS, "identity")

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 150 applications (60 eligible / 40 to verify / 50 not) and 50 other


@dataclass(frozen=True)
class Relation:
    """One relation to another person: what it is, its forms in French and English, what it makes of the
    other's fact (theirs / copied / denied / shared), and its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    makes: str  # what the relation makes of the other's fact for the applicant
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Relation] = {
    "sibling": Relation(
        "a brother or a sister with their own deciding fact beside the writer's («ma sœur est en service"
        " civique ; moi j'ai fini mon BTS en juin»)",
        forms_fr=("mon frère …, moi …", "ma sœur …", "ma petite sœur / mon grand frère …", "mes frères …"),
        forms_en=("my brother …", "my sister …, while I …", "my twin …"),
        makes="THEIRS: the sibling's stage, service civique, diploma or job never counts for the writer",
        distractors="the sibling's diploma and year, the sibling's phone or address in the body («vous pouvez"
        " aussi joindre ma sœur au 06…»), the sibling's name in the subject",
    ),
    "family_elder": Relation(
        "a parent's, grandparent's, uncle's or aunt's career, reconversion, diploma or association job",
        forms_fr=("ma mère, éducatrice, …", "mon père s'est reconverti …", "mon oncle dirige une asso …"),
        forms_en=("my mum retrained as …", "my dad works for a bank …", "my aunt runs a charity …"),
        makes="THEIRS: an elder's reconversion is no career change of the writer, an elder's bank job is no"
        " aim of the writer",
        distractors="«comme ma mère» copies only what the writer copies; a parent writing for the applicant"
        " is a referral (forwarded_by) and the parent's own facts stay the parent's",
    ),
    "partner_or_flatmate": Relation(
        "a partner, a spouse or a flatmate with their own situation («mon compagnon est en stage jusqu'en"
        " mars ; moi j'ai soutenu en septembre»)",
        forms_fr=("mon copain / ma copine …", "mon mari / ma femme …", "ma colocataire …", "mon coloc …"),
        forms_en=("my partner …", "my husband / wife …", "my flatmate / housemate …"),
        makes="THEIRS; a «nous» of the couple that plainly includes the writer is SHARED; a «nous» of the"
        " couple that may or may not carry the writer's own fact stays open",
        distractors="the partner's phone or address as a second contact; the partner's job in a bank or a"
        " ministry; a signature of the partner",
    ),
    "classmates_we": Relation(
        "classmates, a promo, «nous», «on»: «toute ma promo est en stage de fin d'études, moi non»",
        forms_fr=(
            "ma promo …",
            "nous avons tous …",
            "on a fini …",
            "les autres de ma classe …",
            "mes camarades",
        ),
        forms_en=("my cohort …", "we all …", "the rest of my class …", "my coursemates …"),
        makes="a «nous» that includes the writer is SHARED (the writer's fact); an «on» / «ils» of the others"
        " is THEIRS; «moi non» denies it of the writer",
        distractors="the promo's internship, the class's year of graduation when the writer's differs; an"
        " «on» whose scope is unclear (open)",
    ),
    "colleague_or_tutor": Relation(
        "a tutor, a manager, a colleague with a diploma and a role («ma tutrice, éducatrice spécialisée, …»)",
        forms_fr=("ma tutrice …", "mon responsable …", "ma collègue …", "mon maître de stage …"),
        forms_en=("my supervisor …", "my manager …", "a colleague of mine …", "my mentor …"),
        makes="THEIRS: a tutor's master or career is no fact of the writer; the tutor is the other end of an"
        " internship, which may be the writer's (present) or past",
        distractors="the tutor's diploma and year, the manager's former trade, the tutor's signature or phone"
        " as a referee («vous pouvez contacter ma tutrice…»)",
    ),
    "same_as_other": Relation(
        "the other's fact COPIED to the writer: «moi aussi», «pareil pour moi», «comme elle», «moi de même»,"
        ' "me too", "so am I"',
        forms_fr=("… et moi aussi", "pareil pour moi", "comme elle, je …", "moi de même", "idem pour moi"),
        forms_en=("me too", "so am I", "same here", "like him, I …", "so did I"),
        makes="COPIED: the writer takes the other's fact as their own (an internship, a diploma and its year,"
        " a reconversion, an aim); only what is copied is copied",
        distractors="«moi aussi» copying only part (the diploma, not the year); «comme elle je voudrais…»"
        " copying a wish, not a fact; a copy whose antecedent is unclear (open)",
    ),
    "unlike_other": Relation(
        "the other's fact DENIED of the writer: «contrairement à mon frère», «lui oui, moi non», «pas moi»,"
        ' «elle est encore en stage, moi plus», "unlike my sister"',
        forms_fr=("contrairement à …", "lui oui, moi non", "pas moi", "…, moi plus", "à la différence de …"),
        forms_en=("unlike my sister", "she did, I didn't", "not me", "whereas I …"),
        makes="DENIED: the writer has NOT the other's fact (no stage, no reconversion, no bank aim); what the"
        " writer has instead is stated or silent",
        distractors="the other's fact stated at length; a denial of the wish, not the fact; «moi pas encore»"
        " (not yet = the writer's own running state)",
    ),
    "friend_applying_too": Relation(
        "a friend who applies too or did the programme before, with her facts",
        forms_fr=(
            "une amie qui postule aussi …",
            "mon ami X a fait le programme l'an dernier …",
            "on postule à deux",
        ),
        forms_en=("a friend of mine is applying too …", "my friend did the programme last year …"),
        makes="THEIRS: the friend's diploma, stage or aim never counts for the writer; a former participant's"
        " story is no fact of the writer",
        distractors="the friend's name, phone or address in the body; «on postule à deux» (each has their"
        " own facts); the friend's facts written first and at length",
    ),
    "own_children": Relation(
        "the applicant's own child: school, «stage de 3e», service civique, BTS… beside the parent's own"
        " facts",
        forms_fr=("ma fille fait son stage de 3e …", "mon fils est en service civique …", "mes enfants …"),
        forms_en=("my daughter is doing work experience …", "my son is on a gap year …"),
        makes="THEIRS: a child's stage or service civique is no situation of the applicant parent",
        distractors="«stage» of the child in the same sentence as the parent's diploma; a parent writing for"
        " an adult child (then the child is the applicant: referral)",
    ),
    "adviser_own_facts": Relation(
        "a referrer (adviser, educator, mission locale) presenting someone and telling of herself: «ancienne"
        " volontaire en service civique moi-même, je vous présente…»",
        forms_fr=("moi-même ancienne …", "conseillère à la mission locale, je …", "je vous présente …"),
        forms_en=("as a former volunteer myself …", "I'm a careers adviser and …", "I'd like to introduce …"),
        makes="THEIRS: the referrer's own diploma, service civique or career is not the applicant's; the"
        " person presented is the applicant (forwarded_by = the sender)",
        distractors="the referrer's signature, phone and address; the referrer's career story written first",
    ),
    "named_people": Relation(
        "people named by a first name only, the writer among them: «Léa est en stage chez…, Karim a fini son"
        " master…»",
        forms_fr=("Léa est …, Karim a …, et moi …", "avec Inès et Tom on …", "X, Y et moi"),
        forms_en=("Sam is …, Priya has …, and I …", "me and Jo …"),
        makes="the reader must tell which first name is the writer (the signature, the From, «moi»); the"
        " others' facts are theirs",
        distractors="a first name that is the writer's in the signature; «on» after a list of names; the"
        " other's first name in the subject",
    ),
    "english_others": Relation(
        "the other person and the applicant's own facts written in English",
        forms_fr=(),
        forms_en=("my sister is on an internship, I finished …", "me too", "unlike my brother", "we all …"),
        makes="the same conventions in English: theirs / copied by «me too» / denied by «unlike» / shared by"
        " an inclusive «we»",
        distractors="a «placement» is an internship; a «gap year» volunteering abroad is no service civique"
        " unless said; the other's contacts in the body",
    ),
}


class N(Featured):
    """One message, the relation to the other person it names, and the applicant's criterion the attribution
    turns on: ``words`` are the applicant's own carrying words as they stand in its subject, body or CV
    (case and line breaks aside); the `# others:` comment above the message says whose fact the other's words
    are and what they decide for the applicant."""

    GRID = GRID  # type: ignore[assignment]

    def __post_init__(self) -> None:
        assert self.feature in self.GRID, self.feature
        assert self.fact in FACTS, self.fact
        assert (self.fact == "kind") == (self.m.truth["kind"] != "application"), (self.fact, self.m.subject)
