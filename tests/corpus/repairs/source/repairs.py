"""What a message of the repairs corpus is: every application STATES ITS DECIDING FACT AND THEN REPAIRS IT,
in a way chosen FIRST from a grid of twelve — repaired inside the sentence, revised in a bracket, a dash or
an aside, revised in a PS / NB / «Edit :» at the end, struck through in an HTML mail, withdrawn by a
retraction, narrowed, upgraded, renamed, put right against what someone or something else says about the
writer, corrected and corrected again, repaired with a doubt (or with no change at all), or the same repairs
in English. The deciding fact is the one that settles a criterion: the diploma's level or date, whether
studies, an internship, a service civique or a job are over or running, whether a career came before,
whether the ESS search is now and where. The label follows what the writer FINALLY means: the repair holds;
a hedged repair leaves the fact open; a repair of a repair: the last one holds; an apparent correction that
changes nothing changes nothing. The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its repair, the fact the repair settles, the words that carry the
repair as they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it,
then (when the repair truly leaves a fact open) a line ``# ambiguous: …`` saying why, then a line
``# repair: what was said → what the repair makes it = the deciding fact → decision`` («# repair: «stage en
cours» → «pardon, terminé le 14» = the internship is over → meets not_internship → eligible»). build.py adds
the repair and the fact to its truth line. Applications are French, about one in seven English
(``language="en"``). Other mail repairs too (a question corrected in its PS, a reply in our thread putting
right what it said before, an auto-reply with corrected dates, a newsletter's erratum, a bounce followed by a
human note, an employer correcting an offer).
"""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 152 applications (59 eligible / 34 to verify / 59 not) and 48 other


@dataclass(frozen=True)
class Repair:
    """One way of repairing a stated fact: its forms in French and English, the rule that settles what the
    writer finally means (which statement holds, and when the fact stays open), and its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    rule: str  # which statement holds after the repair, and when the fact stays open
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Repair] = {
    "in_sentence_repair": Repair(
        "the fact is repaired inside the very sentence that states it («…, enfin non, …», «— pardon, …»,"
        " «…, euh, … en fait»)",
        forms_fr=(
            "je l'ai eu en 2023, enfin non, en 2024",
            "je suis en stage — pardon, j'étais",
            "bac+3, euh, bac+2 en fait",
            "je veux dire …",
        ),
        forms_en=("in 2023, I mean 2024", "I'm on a placement — sorry, I was"),
        rule="the repaired words replace the first ones: the fact is what follows «enfin non», «pardon»,"
        " «je veux dire», «en fait»; a date, a level or a tense so corrected decides the criterion as"
        " corrected (an internship «pardon, terminé» meets not_internship; a level «bac+3, euh, bac+2» is"
        " bac+2); the first words count for nothing",
        distractors="the first words kept; «enfin» read as «finally»; the repair read as a second, separate"
        " fact",
    ),
    "parenthetical_repair": Repair(
        "a bracket, a pair of dashes or an aside revises the fact just given («(terminé depuis, en fait)»,"
        " «— du moins jusqu'à vendredi —», «, ou plutôt …,»)",
        forms_fr=(
            "(terminé depuis, en fait)",
            "— du moins jusqu'à vendredi —",
            "(enfin, c'était vrai l'an dernier)",
        ),
        forms_en=("(well, until Friday)", "(finished since, actually)"),
        rule="the aside holds over the sentence around it: a fact stated in the main clause and revised in"
        " the bracket or between the dashes is decided by the bracket (a service civique «en cours (fini"
        " le 31 octobre)» is over; a CDD «— du moins jusqu'au 15 décembre —» runs today); an aside that"
        " only adds a detail leaves the fact as stated",
        distractors="the bracket skipped as decoration; the main clause kept; an aside read as a quotation",
    ),
    "postscript_repair": Repair(
        "a PS, NB, «Edit :», «Oups :», «Rectificatif :» at the end revises what the body said",
        forms_fr=(
            "PS : je me suis trompée de date plus haut …",
            "NB : en relisant, …",
            "Oups : …",
            "Edit : …",
        ),
        forms_en=("PS: I got the date wrong above …", "Edit: …"),
        rule="the postscript holds over the body: a date, a level, a status or an aim given in the body and"
        " revised in the PS is decided by the PS (a licence «2025» in the body and «2023, pardon» in the PS"
        " fails graduation_recent); a PS that revises nothing the label needs changes nothing",
        distractors="the body read alone; the PS read as a separate afterthought; the signature taken as the"
        " end of the mail",
    ),
    "struck_text": Repair(
        "an HTML mail where the outdated fact is struck through (<del>, <s>, <strike>) and the new one"
        " follows; the text part (if any) shows both, or «~~…~~», or «(barré)»",
        forms_fr=(
            "<del>en stage</del> diplômée depuis le 30",
            "<s>2023</s> 2025",
            "~~licence~~ master",
            "(barré) …",
        ),
        forms_en=("<del>intern</del> graduate", "~~2023~~ 2025"),
        rule="the struck words are withdrawn and the words that follow hold: a struck «en stage» followed by"
        " «terminé» meets not_internship; a struck level or date is replaced by the one after it; a text"
        " part that keeps both is read as the HTML shows it (the struck words do not count); a strike with"
        " nothing after it withdraws the fact and leaves it open",
        distractors="the struck words read as text; the plain part read alone with both facts; the first"
        " date met kept",
    ),
    "retraction": Repair(
        "the writer withdraws a statement («oubliez ce que je disais sur …», «je retire …», «ne tenez pas"
        " compte de …») and may or may not give the right fact instead",
        forms_fr=(
            "oubliez ce que je disais sur …",
            "je retire ce que j'ai écrit sur …",
            "ne tenez pas compte de …",
            "laissez tomber la phrase sur …",
        ),
        forms_en=("scratch that", "strike that", "disregard what I said about …"),
        rule="a retracted statement counts for nothing: when the right fact follows it decides the"
        " criterion; when nothing follows, the fact is withdrawn and stays open (unknown), whatever the"
        " retracted words said; a retraction of something the label does not need changes nothing",
        distractors="the retracted words kept; the retraction read as a denial of the opposite; an open"
        " fact read as met",
    ),
    "narrowing": Repair(
        "the fact shrinks («diplômée — enfin presque : il me reste l'oral», «à temps plein, disons quelques"
        " heures», «l'ESS, surtout les coopératives, mais je regarde tout»)",
        forms_fr=(
            "diplômée — enfin presque : il me reste …",
            "terminé, à part le rapport",
            "enfin, surtout …",
            "disons plutôt …",
        ),
        forms_en=("graduated — well, almost: …", "done, except for …"),
        rule="the narrowed fact holds: «diplômée, enfin presque» with an exam, a report or a defence still"
        " to come fails studies_finished; a finished internship «sauf la soutenance» leaves studies"
        " open when the defence is the course's; an ESS aim narrowed to «surtout» still meets; an aim"
        " narrowed to «je regarde tout, banque comprise» leaves job_seeking_ess open",
        distractors="the first, wider word kept; «presque» read as done; «surtout» read as «only»",
    ),
    "upgrade": Repair(
        "the fact grows («une licence, et même un master depuis septembre», «pas seulement bénévole :"
        " salariée depuis mars», «bac+3 — bac+5 depuis juin»)",
        forms_fr=(
            "une licence, et même un master depuis …",
            "pas seulement …, mais …",
            "et même …",
            "voire …",
        ),
        forms_en=("a BA — actually a master's since June", "not just …, but …"),
        rule="the grown fact holds: a level upgraded to a later diploma gives the level and its date"
        " (a licence of 2022 upgraded to a master of 2025 is bac+5, recent); a volunteer upgraded to an"
        " employee of years before the diploma is a career change; an upgrade that only adds a title"
        " leaves the criterion as stated",
        distractors="the first, smaller fact kept; the upgrade read as a wish; the first diploma's date kept",
    ),
    "renaming": Repair(
        "the writer renames the category of a fact («ma reconversion — si on peut appeler ça comme ça, je"
        " n'avais jamais travaillé», «un stage, ou plutôt un CDD», «service civique, enfin volontariat"
        " international»)",
        forms_fr=(
            "un stage, ou plutôt un CDD",
            "si on peut appeler ça comme ça",
            "service civique, enfin volontariat …",
            "ce n'était pas vraiment …",
        ),
        forms_en=("an internship, or rather a fixed-term contract", "if you can call it that"),
        rule="the new name decides the criterion: a «stage» renamed a CDD is a job, no internship; a"
        " «reconversion» renamed a first job is no career change; a «service civique» renamed a paid"
        " contract is no civic service, a «mission» renamed a service civique is one; a renaming with two"
        " names left side by side leaves the criterion open",
        distractors="the first name kept; the category of the first word taken over the writer's own"
        " renaming; «ou plutôt» read as an alternative",
    ),
    "correcting_another": Repair(
        "the writer corrects what someone or something else says about them (an adviser's referral, a"
        " prefilled form, an outdated LinkedIn profile, the attached CV, a school's certificate, our own"
        " earlier reply)",
        forms_fr=(
            "mon conseiller a écrit …, mais en réalité …",
            "mon CV n'est pas à jour : …",
            "votre formulaire indique …, c'est faux",
            "mon profil LinkedIn dit encore …",
        ),
        forms_en=("my CV still says … — that's out of date", "the referral says … but actually …"),
        rule="the writer's correction holds over what the other says: a CV or a referral saying «en stage»"
        " and the writer saying «fini depuis octobre» meets not_internship; a form saying bac+2 and the"
        " writer bac+3 is bac+3; the correction holds unless it is itself unsure (then the fact is open)",
        distractors="the CV or the referral read as the truth; the adviser's words taken as the"
        " applicant's; the LinkedIn date kept",
    ),
    "repair_of_repair": Repair(
        "corrected, then corrected again or back («2023 — non, 2024 — ah si, 2023, c'est la date du jury»):"
        " the last repair holds",
        forms_fr=(
            "2023 — non, 2024 — ah si, 2023",
            "fini — enfin non, pas tout à fait — si, si, fini",
            "je corrige ma correction : …",
        ),
        forms_en=("2023 — no, 2024 — no wait, 2023 after all", "correction to my correction: …"),
        rule="the last repair holds: a fact corrected twice is decided by the third statement (a date back"
        " to the first one is the first one; a level corrected up then down again is the lower); a chain"
        " ending in a doubt leaves the fact open",
        distractors="the first repair kept; the middle statement read as the last; a return to the first"
        " fact read as a third fact",
    ),
    "hedged_repair": Repair(
        "the repair itself is unsure («2024, ou peut-être 2023, je ne sais plus», «je crois que c'est fini, à"
        " vérifier») or changes nothing («licence en 2025 — je précise : en juin 2025»)",
        forms_fr=(
            "ou peut-être …, je ne sais plus",
            "je crois que …, à vérifier",
            "je précise : …",
            "il me semble",
        ),
        forms_en=("or maybe …, I'm not sure", "I think …, I'd have to check"),
        rule="an unsure repair leaves the criterion open (unknown): neither the first words nor the doubt"
        " decide it; a repair that only restates the fact with more precision changes nothing, the"
        " criterion stays as first said",
        distractors="the doubt read as the correction; the first words kept against the doubt; a restating"
        " read as a change",
    ),
    "english_repairs": Repair(
        "the same repairs in English: «I mean», «sorry, typo», «scratch that», «well, almost», «to be"
        " precise», «strike that», «edit:»",
        forms_fr=(),
        forms_en=(
            "in 2023 — I mean 2024",
            "sorry, typo: …",
            "scratch that",
            "well, almost: …",
            "edit: …",
        ),
        rule="the same rules in English: the words after «I mean» or «sorry, typo» hold; a «scratch that»"
        " withdraws and leaves the fact open when nothing follows; «well, almost» with a viva ahead fails"
        " studies_finished; an «edit:» holds over the body; an «I think, not sure» repair stays open",
        distractors="the first words kept; «I mean» read as emphasis; a «placement» not read as an"
        " internship; «graduation» as the ceremony",
    ),
}


class N(Featured):
    """One message and the repair its writer makes: ``words`` stand in its subject, body or CV as written
    (case and line breaks aside), and they are the words that carry the repair; the `# repair:` comment
    above the message says what was said, what the repair makes of it, and the decision."""

    GRID = GRID  # type: ignore[assignment]
