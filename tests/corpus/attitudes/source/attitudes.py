"""What a message of the attitudes corpus is: every message is written in an ATTITUDE chosen first — the
writer's stance toward their own facts — and the deciding fact is carried through that stance: boasted
(«j'ai décroché haut la main mon master»), minimised («juste un petit BTS»), hedged («normalement diplômée en
juin»), complained about («huit ans à la banque, j'en peux plus»), said ironically («mon stage "passionnant"
se termine enfin en mars»), effused («trop hâte !!!»), feared («j'ai peur de ne pas être éligible parce
que…»), regretted («j'aurais aimé faire un master»), defended («ce n'est pas une reconversion, c'est une
continuité»), joked about («experte en candidatures sans réponse»), buried in formulas («votre magnifique
programme…»). The attitude is chosen FIRST from a grid of twelve (``GRID``); what it does to the facts is the
test: a reader must see through the stance to the fact. The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its attitude, the fact the attitude's test turns on, the words that
carry it as they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it,
then (when the attitude leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a line
``# attitude: «words» = what the attitude makes of them → decision`` («# attitude: «juste un petit BTS SP3S,
rien d'extraordinaire» = modesty minimises a BTS (bac+2) that still holds → meets degree_level → eligible»).
build.py adds the attitude and the fact to its truth line. Applications are French, about one in seven
English (``language="en"``).
"""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 152 applications (59 eligible / 34 to verify / 59 not) and 48 other


@dataclass(frozen=True)
class Attitude:
    """One attitude: what it is, its forms in French and English, what it does to the facts (what stands,
    what the stance only colours), and its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    does: str  # what the attitude does to the facts: which stand, which are only the stance
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Attitude] = {
    "pride": Attitude(
        "confidence, boasting: the writer shows off a diploma, a mention, an experience",
        forms_fr=(
            "j'ai décroché haut la main …",
            "mention très bien",
            "major de promo",
            "je suis fier/fière de …",
            "sans vouloir me vanter",
        ),
        forms_en=("I smashed my finals", "top of my class", "I'm proud to say …"),
        does="the boasted fact stands as a fact; the boast adds nothing to it (a mention is no level, a"
        " «très bon dossier» no date)",
        distractors="pride about a diploma of level 4 (a bac pro «mention très bien», a BPJEPS «du premier"
        " coup»); pride about years of a former career that make a career change; pride about an"
        " internship still running",
    ),
    "modesty": Attitude(
        "understatement, minimising: the writer makes the facts small («juste un petit BTS»)",
        forms_fr=(
            "juste un petit …",
            "rien d'extraordinaire",
            "ce n'est pas grand-chose",
            "modestement",
            "seulement",
        ),
        forms_en=("just a humble …", "nothing special", "only a …"),
        does="the minimised fact still holds at its full value: «juste un petit BTS» is a BTS (bac+2)",
        distractors="a minimised diploma that really is too low (a «simple bac», level 4: fails); «un petit"
        " stage» still running is an internship; modesty about a diploma that meets",
    ),
    "hedging": Attitude(
        "uncertainty about one's own facts: «si je ne me trompe pas», «je crois que ça compte comme un"
        " bac+2», «normalement diplômée en juin»",
        forms_fr=(
            "si je ne me trompe pas",
            "je crois que",
            "normalement",
            "il me semble",
            "a priori",
            "sauf erreur de ma part",
        ),
        forms_en=("I think", "if I'm not mistaken", "should be", "I believe"),
        does="a hedge on a fact the writer does know (a date given whole) leaves it standing; a hedge that"
        " leaves the fact itself open (results «normalement» in December, a level «je crois» of a foreign"
        " title) leaves the criterion unknown",
        distractors="a hedge that leaves a date open vs one that does not («normalement en juin 2025, oui"
        " c'est ça» stands); a hedge about the programme's rules (not a fact of the writer)",
    ),
    "complaint": Attitude(
        "frustration about a job, a scheme, an institution: «huit ans à la banque, j'en peux plus», «France"
        " Travail ne m'aide pas»",
        forms_fr=(
            "j'en peux plus",
            "j'en ai marre",
            "ras-le-bol",
            "personne ne répond",
            "c'est épuisant",
            "je galère",
        ),
        forms_en=("I'm fed up with", "sick of", "nobody answers", "exhausting"),
        does="what the complaint states is fact: eight years in a bank is a career change, an internship"
        " complained about while it runs is running",
        distractors="a complaint about a past internship that is over (meets); a complaint about France"
        " Travail or the CAF (no criterion); a complaint about student jobs (no career change)",
    ),
    "irony": Attitude(
        "irony and sarcasm: the literal praise is not the meaning, the fact under it is: «mon stage"
        ' "passionnant" se termine enfin en mars»',
        forms_fr=(
            '"passionnant"',
            "génial, encore …",
            "quelle chance",
            "formidable",
            "évidemment",
            "bien sûr",
        ),
        forms_en=("oh joy", "lucky me", '"amazing"', "of course"),
        does="the ironic word is dropped, the fact under it kept: «génial, encore six mois de service"
        " civique» is a civic service running six more months",
        distractors="irony that inverts («j'adore mon stage» said ironically while it runs: running); irony"
        " about a past job that was only a student job; irony about the job market (no criterion)",
    ),
    "enthusiasm": Attitude(
        "exclamations, emojis, capitals, «trop hâte !!!»: the facts inside the effusion",
        forms_fr=("trop hâte", "!!!", "GRAVE motivée", "j'adore", "trop bien"),
        forms_en=("so excited", "!!!", "can't wait", "LOVE"),
        does="the facts stand as written inside the exclamations; capitals and emojis carry no fact",
        distractors="enthusiasm for a start-up or a big company beside the ESS (the aim split); «je suis"
        " DIPLÔMÉE !!!» with no diploma named; excitement about an internship that starts soon",
    ),
    "anxiety": Attitude(
        "apologies and fear: «désolée de vous déranger», «j'ai peur de ne pas être éligible parce que…»",
        forms_fr=(
            "désolé(e) de vous déranger",
            "j'ai peur de ne pas être éligible",
            "je stresse",
            "pardon si",
            "je ne sais pas si j'ai le droit",
        ),
        forms_en=("sorry to bother you", "I'm worried I'm not eligible", "I'm anxious"),
        does="a feared failing is not a failing unless the fact says so: the fear of a «trop vieux» diploma"
        " of June 2025 is groundless (meets); a feared internship that is over is no internship",
        distractors="a feared internship that is not one (a job, a finished placement); a fear that IS right"
        " (a diploma of 2022); apologies that carry no fact",
    ),
    "regret": Attitude(
        "regret, counterfactuals, wishes about the past: «j'aurais aimé faire un master», «si j'avais su…»",
        forms_fr=(
            "j'aurais aimé",
            "si j'avais su",
            "je regrette",
            "dommage que",
            "j'aurais dû",
        ),
        forms_en=("I wish I had", "if only", "I regret", "I should have"),
        does="an unreal past is no fact: «j'aurais aimé faire un master» is no master; the real past said"
        " beside the regret is the fact",
        distractors="a regret about a diploma not done (no diploma); a regret about a career that did happen"
        " (a career change); «j'aurais dû finir plus tôt» about a diploma that IS finished",
    ),
    "defiance": Attitude(
        "self-justification, pre-empting a refusal: «je sais que je ne coche pas toutes les cases, mais…»,"
        " «ce n'est pas une reconversion, c'est une continuité»",
        forms_fr=(
            "je sais que je ne coche pas toutes les cases",
            "ce n'est pas une reconversion",
            "je tiens à préciser",
            "avant que vous me disiez non",
            "je refuse de croire",
        ),
        forms_en=("I know I don't tick every box", "before you say no", "this isn't a career change"),
        does="the claim is weighed against the facts: label by the facts (ten years of another trade stay"
        " a career change whatever the writer calls it); a defence that the facts support meets",
        distractors="a defence that is right (a student job called «expérience pro» by nobody but the"
        " writer); a claim of bac+2 «en équivalence» with no equivalence (open); a refusal pre-empted"
        " for a criterion that meets",
    ),
    "humour": Attitude(
        "jokes, self-deprecation: «diplômée depuis juin et experte en candidatures sans réponse»",
        forms_fr=(
            "experte en …",
            "(ne rigolez pas)",
            "haha",
            "spoiler :",
            "je plaisante",
            "ma mère dit que",
        ),
        forms_en=("lol", "spoiler:", "(kidding)", "professional job-hunter"),
        does="the joke is dropped, the fact under it kept: «diplômée depuis juin» stands; «bac+5 en"
        " candidatures» is no diploma",
        distractors="a joking title («docteure en CV», «master en Netflix») that is no diploma; a joke about"
        " being «stagiaire à vie» while the internship is over; self-deprecation about a diploma that meets",
    ),
    "gratitude_politeness": Attitude(
        "heavy formulas, flattery of the programme («votre magnifique programme…») in which the facts are"
        " buried",
        forms_fr=(
            "je vous prie d'agréer",
            "votre magnifique programme",
            "je vous remercie infiniment",
            "avec tout mon respect",
            "permettez-moi",
            "c'est avec un immense plaisir",
        ),
        forms_en=("I would be most grateful", "your wonderful programme", "with my deepest thanks"),
        does="the facts buried in formulas stand as written; the flattery carries none",
        distractors="the formula's dates («je vous remercie pour votre newsletter du 12 novembre») taken for a"
        " graduation; a flattering partner or employer with no application; a fact in a subordinate clause",
    ),
    "english_attitudes": Attitude(
        "any of the attitudes in English: pride, modesty, hedging, complaint, irony, anxiety, regret,"
        " defiance, humour, politeness",
        forms_fr=(),
        forms_en=(
            "I smashed my finals",
            "just a humble BTEC",
            "I think it counts as …",
            "sorry to bother you",
            "I wish I had …",
        ),
        does="the same conventions in English: the fact under the stance counts",
        distractors="British understatement («not bad at all» for a first); «placement» is an internship;"
        " «I wish I'd done a master's» is no master's; sarcasm («loving my 'placement'») over a running one",
    ),
}


class N(Featured):
    """One message and the attitude in which it is written: ``words`` stand in its subject, body or CV as
    written (case and line breaks aside), and they are the words that carry the fact the attitude's test
    turns on; the `# attitude:` comment above the message says what the attitude makes of them and what they
    decide."""

    GRID = GRID  # type: ignore[assignment]
