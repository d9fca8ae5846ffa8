"""What an applicant's follow-up reply asks for, read like the criteria: structure first, evidence quoted.

Pure: the reply's own words (quoted history and signature already removed by intake/parsing.py) and the
names of its attachments in, a Reading out. One small rule per intent, each `check()` returning the
clause that proves it (or None); the order of decisions is the data `RULES`. The text is cut into
clauses; each clause knows (spaCy lemmas and morphology first, word patterns second) whether it is
negated ("je ne retire pas"), hypothetical or hedged ("si je trouve un poste", "je réfléchis à"), a
question, or only announced ("je retirerai"), so a rule reads what is *done or asked*, never what is only
imagined. A job is "found" only in a past form ("j'ai trouvé un CDI"; "j'ai eu un entretien" is no job).
A withdrawal is the one reading that can close a case: its rule is the strictest, and anything doubtful
falls to `unclear`, which goes to the coordinator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol, get_args

from intake.scheduling.replies import asks_to_change, normalise

Intent = Literal[
    "withdrawal",
    "cancel",
    "reschedule",
    "document_sent",
    "status_request",
    "facts_update",
    "thanks_only",
    "unclear",
]
INTENTS: tuple[Intent, ...] = get_args(Intent)
# Intents whose effect changes the case: they wait for the coordinator's approval (or a verified sender).
EFFECTFUL: frozenset[Intent] = frozenset({"withdrawal", "document_sent"})
MAX_EVIDENCE = 300


@dataclass(frozen=True)
class Clause:
    text: str  # normalised: lower case, no accents
    lemmas: str  # the same clause as spaCy lemmas, for verb forms ("désiste", "retirée" → the infinitive)
    negated: bool
    hypothetical: bool
    question: bool
    # A verb in the future tense: announced, not done ("je retirerai ma candidature").
    future: bool = False


@dataclass(frozen=True)
class Reply:
    text: str
    clauses: tuple[Clause, ...]
    attachments: tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    intent: Intent
    rule: str
    evidence: str
    # A withdrawal because the applicant found a job: a placement outside the programme in the report.
    found_job: bool = False


class Rule(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def intent(self) -> Intent: ...
    @property
    def description(self) -> str: ...

    def check(self, reply: Reply) -> str | None: ...


@dataclass(frozen=True)
class IntentRule:
    """One intent's rule: `finds` returns the words of the reply that prove it, or None."""

    name: Intent
    description: str
    finds: Callable[[Reply], str | None]

    @property
    def intent(self) -> Intent:
        return self.name

    def check(self, reply: Reply) -> str | None:
        return self.finds(reply)


def _first_clause(
    says: Callable[[Clause], bool], counts: Callable[[Clause], bool]
) -> Callable[[Reply], str | None]:
    """The first clause that `says` the intent in a manner `counts` accepts."""

    def finds(reply: Reply) -> str | None:
        for clause in reply.clauses:
            if says(clause) and counts(clause):
                return clause.text[:MAX_EVIDENCE]
        return None

    return finds


def _in_words(pattern: re.Pattern[str]) -> Callable[[Clause], bool]:
    return lambda clause: pattern.search(clause.text) is not None


def _not_imagined(clause: Clause) -> bool:
    return not clause.hypothetical


def _asked_or_real(clause: Clause) -> bool:
    """A question is the very form of a status request: only a hypothesis that asks nothing is set aside."""
    return clause.question or not clause.hypothetical


def _stated(clause: Clause) -> bool:
    return not (clause.hypothetical or clause.question)


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<![\w']){p}(?![\w])" for p in patterns))


# --- the clause reader ----------------------------------------------------------------------------------

_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+|\s+(?=\b(?:mais|but|cependant|however|par contre|toutefois)\b)")
_NEGATION = re.compile(
    r"(?<![\w'])n'|"
    + _any(
        r"ne",
        r"pas",
        r"jamais",
        r"point",
        r"not",
        r"never",
        r"don't",
        r"doesn't",
        r"won't",
        r"didn't",
        r"haven't",
        r"isn't",
        r"aucune?",
    ).pattern
)
_HYPOTHESIS = _any(
    r"si",
    r"s'il",
    r"s'ils",
    r"if",
    r"au cas ou",
    r"en cas de",
    r"quand",
    r"lorsque",
    r"des que",
    r"dans l'hypothese",
    r"when",
    r"once",
    r"as soon as",
    r"in case",
    r"should i",
    r"eventuellement",
    r"peut-etre",
    r"maybe",
    r"perhaps",
    r"might",
    r"probablement",
    r"sans doute",
    r"envisage\w*",
    r"reflechi\w*",
    r"hesite\w*",
    r"je pense",
    r"je crois",
    r"probably",
    r"considering",
    r"thinking (?:about|of)",
    r"pourrais-je",
    r"dois-je",
    r"faut-il",
)
_SIGN_OFF = re.compile(
    r"^\s*(?:cordialement|bien (?:a vous|cordialement)|bonne (?:journee|soiree|fin de journee)|"
    r"belle journee|a bientot|merci d'avance|sinceres salutations|salutations|respectueusement|"
    r"best(?: regards| wishes)?|kind regards|regards|many thanks|thanks|merci|cheers|sincerely|yours|"
    r"all the best|envoye de mon \w+|sent from my \w+)[ \t,.!]*$",
    re.MULTILINE,
)


# The small model often tags a future as a present ("retirerai"): the first person's ending says it too.
_FUTURE = re.compile(r"\bje (?:me |m'|vous |le |la |l')?[a-z]+rai\b|\b(?:i will|i'll|i shall)\b")
# Set phrases with "si"/"if" that imagine nothing: politeness, and indirect questions ("savoir si").
_NOT_HYPOTHESES = re.compile(
    r"s'il (?:vous|te) plait|si (?:c'est |cela est |c'etait )?possible|"
    r"si vous (?:le )?(?:souhaitez|voulez|pouvez)|"
    r"if possible|if you can|if you don't mind|quand meme|tout de meme"
)
_INDIRECT_QUESTION = re.compile(
    r"(?:savoir|dire|indiquer|preciser|demander|confirmer) si|"
    r"(?:know|ask|wondering|tell me|confirm|checking) (?:if|whether)"
)


def read_reply(text: str, attachments: tuple[str, ...] = ()) -> Reply:
    """Cut the reply into clauses and note, for each, negation, hypothesis and question."""
    from intake.understanding.nlp import read_tokens

    own = _drop_sign_off(text)
    clauses: list[Clause] = []
    for part in _SPLIT.split(own):
        if not part.strip():
            continue
        tokens = read_tokens(part)
        norm = normalise(part).strip()
        lemmas = normalise(" ".join(t.lemma for t in tokens))
        negated = any(t.negative for t in tokens) or bool(_NEGATION.search(norm))
        indirect = bool(_INDIRECT_QUESTION.search(norm))
        plain = _INDIRECT_QUESTION.sub(" ", _NOT_HYPOTHESES.sub(" ", norm))
        clauses.append(
            Clause(
                text=norm,
                lemmas=lemmas,
                negated=negated,
                hypothetical=bool(_HYPOTHESIS.search(plain)),
                question="?" in part or indirect,
                future=any(t.future for t in tokens) or bool(_FUTURE.search(norm)),
            )
        )
    return Reply(text=own.strip(), clauses=tuple(clauses), attachments=attachments)


def _drop_sign_off(text: str) -> str:
    """The words before the sign-off ("Cordialement," and the name under it say nothing)."""
    found = _SIGN_OFF.search(normalise(text))
    if found is None:
        return text
    # normalise() keeps line lengths up to accents; cut by line number, which it never changes.
    line_no = normalise(text)[: found.start()].count("\n")
    return "\n".join(text.split("\n")[:line_no])


def _negated_before(text: str, start: int) -> bool:
    """A negation in the words leading to a match, within its own part of the sentence: "je ne souhaite
    pas me désister" is negated; "ma candidature n'a plus lieu d'être : je retire ma candidature" is not."""
    before = re.split(r"[,.;:!?]", text[max(0, start - 60) : start])[-1]
    return bool(_NEGATION.search(before))


def _find(reply: Reply, pattern: re.Pattern[str], *, affirmed: bool = True) -> str | None:
    """The first clause the pattern matches (on words or lemmas); with `affirmed`, only a clause that is
    neither negated, hypothetical nor a question."""
    for clause in reply.clauses:
        if not (pattern.search(clause.text) or pattern.search(clause.lemmas)):
            continue
        if affirmed and (clause.negated or clause.hypothetical or clause.question):
            continue
        return clause.text[:MAX_EVIDENCE]
    return None


# --- the rules, one per intent --------------------------------------------------------------------------

# Withdrawing in so many words: an affirmed clause only ("je ne retire pas ma candidature" is no withdrawal).
_WITHDRAW = _any(
    r"(?:je )?(?:me )?retir\w* (?:officiellement |donc |definitivement )?(?:ma|mon|la) (?:candidature|"
    r"dossier|inscription|demande)",
    r"retirer (?:officiellement |donc |definitivement )?(?:ma|mon|la) (?:candidature|dossier|"
    r"inscription|demande)",
    r"(?:me )?desist\w*",
    r"desistement",
    r"me retir\w* (?:du|de la|de l'|de) ?(?:programme|parcours|processus|pro'?pulse|selection|"
    r"accompagnement)",
    r"annul\w* (?:ma|mon) (?:candidature|inscription|dossier|demande)",
    r"abandonn\w* (?:ma|mon) (?:candidature|dossier|demande|inscription)",
    r"renonc\w* (?:a ma candidature|au programme|a l'accompagnement|a pro'?pulse|au parcours)",
    r"withdraw\w*(?: my application| from (?:the )?(?:programme|program|process))",
    r"withdraw\w*",
    r"pull(?:ing)? out",
    r"remove my application",
    r"cancel my application",
)
# Withdrawing by saying the programme is no longer wanted: the negation is the meaning itself.
_NO_LONGER = _any(
    r"ne (?:suis|serai) plus (?:interesse|interessee|disponible pour (?:le programme|l'accompagnement|"
    r"pro'?pulse))",
    r"(?:ne|n') ?(?:souhaite|desire|veux|voudrais|souhaiterais) plus (?:participer|poursuivre|"
    r"continuer|integrer|etre accompagne|etre accompagnee|donner suite)",
    r"(?:ne|n') ?(?:vais|souhaite|souhaiterais|pourrai|donnerai) pas (?:donner )?suite",
    r"(?:je )?n'ai (?:donc )?plus besoin (?:de l'accompagnement|du programme|de votre accompagnement|"
    r"d'etre accompagne|d'etre accompagnee|de pro'?pulse|du parcours)",
    r"no longer (?:interested|need|wish|want|require|looking)",
    r"won't be (?:continuing|pursuing|joining|taking part)",
    r"will not be (?:continuing|pursuing|joining|taking part)",
    r"not (?:be )?(?:continuing|pursuing) (?:with )?(?:my application|the programme|the program)",
)
_FOUND_JOB = _any(
    r"(?:j'ai|avons) (?:enfin )?(?:trouve|decroche|signe|accepte|obtenu) (?:un|une|mon|le) (?:emploi|"
    r"poste|travail|job|cdi|cdd|contrat|offre)",
    r"(?:j'ai ete|je suis|je viens d'etre) (?:embauche|embauchee|recrute|recrutee|prise|pris)",
    r"(?:found|got|accepted|signed|landed) (?:a|an|another) (?:job|position|offer|role|contract|permanent)",
    r"(?:i've been|i have been|i was|i got) (?:hired|offered)",
    r"commence (?:un|mon) (?:cdi|cdd|nouveau poste|emploi)",
    r"starting (?:a|my) (?:new )?(?:job|position|role)",
)


def _withdraws(reply: Reply) -> str | None:
    for clause in reply.clauses:
        if clause.hypothetical or clause.question or clause.future:
            continue
        found = _WITHDRAW.search(clause.text)
        if found is not None:
            if not _negated_before(clause.text, found.start()):
                return clause.text[:MAX_EVIDENCE]
            continue
        # Only verb forms the words missed ("je me suis désistée"), and only in a clause with no negation.
        if _WITHDRAW.search(clause.lemmas) and not clause.negated:
            return clause.text[:MAX_EVIDENCE]
    # The negation is the sense here: such a clause must not itself be hypothetical or a question.
    for clause in reply.clauses:
        if _NO_LONGER.search(clause.text) and not clause.hypothetical and not clause.question:
            return clause.text[:MAX_EVIDENCE]
    return None


_UNAVAILABLE = _any(
    r"(?:ne|n') ?(?:serai|serais|suis) (?:finalement |malheureusement |plus )?(?:pas |plus )?disponible"
)


def _asks_to_cancel(clause: Clause) -> bool:
    said = asks_to_change(clause.text, "cancel") or asks_to_change(clause.lemmas, "cancel")
    return said or _UNAVAILABLE.search(clause.text) is not None


def _asks_to_reschedule(clause: Clause) -> bool:
    return asks_to_change(clause.text, "reschedule") or asks_to_change(clause.lemmas, "reschedule")


_DOCUMENT_FILE = re.compile(r"\.(?:pdf|docx?|odt|rtf|jpe?g|png)$", re.IGNORECASE)
_SENDING = _any(
    r"ci-?joint\w*",
    r"ci joint\w*",
    r"en (?:piece|pieces) jointes?",
    r"en pj",
    r"voici (?:mon|ma|le|la|mes)",
    r"je vous (?:envoie|transmets|joins|renvoie|fais parvenir) (?:mon|ma|le|la|mes|enfin)",
    r"(?:please )?find (?:attached|enclosed)",
    r"attached (?:is|are|you will find|please find)",
    r"(?:i am|i'm|here is|here's|i've attached|i have attached|i attach|i'm attaching|"
    r"attaching) (?:sending )?(?:my|the)",
    r"enclosed",
)


def _sends_document(reply: Reply) -> str | None:
    files = [f for f in reply.attachments if _DOCUMENT_FILE.search(f)]
    said = _find(reply, _SENDING)
    if files:
        return said or f"pièce jointe : {files[0]}"
    return None


_STATUS = _any(
    r"ou (?:en|on en) (?:est|sont|etait|etaient|etes)",
    r"ou en (?:est|sont) (?:ma|mon|le|la|les)",
    r"(?:avoir|des|quelques|de vos) nouvelles",
    r"(?:attends|attente de|espere) (?:un|votre|vos) (?:retour|reponse)",
    r"avez-vous (?:bien )?recu",
    r"avez vous (?:bien )?recu",
    r"(?:est-ce que|est ce que) (?:vous avez|ma candidature|mon dossier)",
    r"suite (?:a ete |sera )?donnee",
    r"quand (?:aurai-je|vais-je|pourrai-je|saurai-je|est-ce que je)",
    r"(?:pas|aucune?) (?:encore )?(?:eu|recu) de (?:retour|reponse|nouvelles)",
    r"sans (?:retour|reponse|nouvelles)",
    r"(?:me permets de )?(?:vous )?relancer",
    r"relance",
    r"savoir si ma candidature",
    r"ma candidature (?:a-t-elle|est-elle|a t elle|est elle)",
    r"mon dossier (?:a-t-il|est-il|a t il|est il)",
    r"prochaines? etapes?",
    r"any (?:news|update)",
    r"an update",
    r"status of my application",
    r"where (?:does|do) (?:my application|things) stand",
    r"(?:have|did) you (?:received|receive|get|had a chance)",
    r"heard back",
    r"when (?:will|can|should|might) i (?:hear|expect|know|get)",
    r"next steps?",
    r"following up",
    r"(?:just )?checking (?:in|whether|if)",
    r"(?:me )?tenir au courant",
    r"avez-vous (?:pu )?(?:etudier|examiner|lire|regarder) (?:ma|mon)",
    r"follow up",
    r"still (?:being )?(?:considered|under review|open|pending)",
)


_FACTS = _any(
    r"(?:j'ai|ai) (?:eu|obtenu|valide|decroche|reussi|eu mon) (?:mon|ma|le|la) (?:diplome|master|"
    r"licence|bts|dut|but|bachelor|mba|m2|m1|soutenance|jury)",
    r"(?:je suis|suis) (?:officiellement |enfin |desormais |maintenant )?diplome\w*",
    r"(?:j'ai|ai) soutenu",
    r"(?:mon|ma) (?:stage|service civique|contrat|mission|alternance|formation) (?:de \w+ )?(?:s'est |"
    r"est |se |a )?(?:termine\w*|fini\w*|acheve\w*|pris fin|arrete\w*)",
    r"(?:termine|fini|acheve) (?:mon|ma) (?:stage|service civique|mission|alternance|formation|master|"
    r"licence)",
    r"(?:j'ai|ai) (?:demenage|change de numero|change d'adresse)",
    r"(?:nouveau|nouvelle) (?:numero|adresse|telephone)",
    r"(?:j'habite|je vis|je reside) (?:desormais|maintenant|a present)",
    r"(?:je me suis|me suis) (?:trompe|trompee)",
    r"(?:une )?(?:erreur|correction|precision|rectificatif)",
    r"en fait,? (?:j'ai|je suis|mon|ma)",
    r"(?:je suis|suis) (?:inscrit|inscrite) (?:a|chez) (?:pole emploi|france travail|l'apec|"
    r"la mission locale)",
    r"je ne suis plus en (?:stage|service civique|formation|alternance)",
    r"(?:i|i've|i have) (?:just )?(?:graduated|got my (?:degree|diploma|master's|bachelor's))",
    r"(?:my )?(?:internship|civic service|contract|studies) (?:has |have )?(?:ended|finished|is over|"
    r"are over)",
    r"(?:finished|completed) my (?:internship|studies|degree|master's|masters|civic service)",
    r"(?:my )?new (?:phone number|number|address)",
    r"(?:i've|i have) moved",
    r"a correction",
    r"(?:i made|there was) a mistake",
)


_POLITE = _any(
    r"bonjour",
    r"bonsoir",
    r"hello",
    r"hi",
    r"dear",
    r"madame",
    r"monsieur",
    r"merci\w*",
    r"thanks?",
    r"thank you",
    r"beaucoup",
    r"infiniment",
    r"mille fois",
    r"tres",
    r"bien",
    r"recu",
    r"c'est note",
    r"note",
    r"parfait",
    r"super",
    r"top",
    r"genial",
    r"ok",
    r"d'accord",
    r"entendu",
    r"pour",
    r"votre",
    r"vos",
    r"ce",
    r"cette",
    r"le",
    r"la",
    r"les",
    r"de",
    r"du",
    r"des",
    r"et",
    r"a",
    r"bientot",
    r"retour",
    r"reponse",
    r"message",
    r"mail",
    r"email",
    r"e-mail",
    r"confirmation",
    r"rapide",
    r"so much",
    r"very much",
    r"a lot",
    r"for",
    r"your",
    r"the",
    r"quick",
    r"reply",
    r"response",
    r"got it",
    r"noted",
    r"great",
    r"perfect",
    r"all",
    r"tout",
    r"aide",
    r"help",
    r"j'attends (?:la suite|de vos nouvelles|votre retour)(?: avec impatience)?",
    r"i look forward to (?:hearing from you|it|the next steps)",
    r"looking forward",
    r"bonne (?:journee|soiree|semaine)",
    r"have a (?:nice|good|great) (?:day|week)",
    r"a (?:tres )?bientot",
    r"see you",
    r"soon",
    r"vous",
    r"a vous",
)
_THANKS = _any(r"merci\w*", r"thanks?", r"thank you", r"bien recu", r"c'est note", r"noted", r"got it")


def _only_thanks(reply: Reply) -> str | None:
    if any(c.question for c in reply.clauses) or not reply.clauses:
        return None
    words = " ".join(c.text for c in reply.clauses)
    if not _THANKS.search(words):
        return None
    rest = re.sub(r"[^\w' -]+", " ", _POLITE.sub(" ", words))
    # A first name left over ("Merci, Léa") is fine; a sentence is not.
    if len(rest.split()) <= 2:
        return reply.clauses[0].text[:MAX_EVIDENCE]
    return None


# The order of decisions: the case-changing reading first (and strictest), then the scheduling ones,
# moving an interview before cancelling it, a document before the question that may come with it,
# then facts, then politeness.
RULES: tuple[Rule, ...] = (
    IntentRule(
        "withdrawal",
        "retire sa candidature (« je retire ma candidature », « je ne souhaite plus participer »)",
        _withdraws,
    ),
    IntentRule(
        "reschedule",
        "demande un autre créneau (lu par intake/scheduling/replies.py)",
        _first_clause(_asks_to_reschedule, _not_imagined),
    ),
    IntentRule(
        "cancel",
        "annule l'entretien (lu par intake/scheduling/replies.py)",
        _first_clause(_asks_to_cancel, _not_imagined),
    ),
    IntentRule(
        "document_sent", "envoie un document (CV, diplôme, attestation) en pièce jointe", _sends_document
    ),
    IntentRule(
        "status_request",
        "demande où en est sa candidature",
        _first_clause(_in_words(_STATUS), _asked_or_real),
    ),
    IntentRule(
        "facts_update",
        "donne un fait nouveau sur sa situation (diplôme obtenu, stage terminé, coordonnées)",
        _first_clause(_in_words(_FACTS), _stated),
    ),
    IntentRule(
        "thanks_only",
        "remercie ou accuse réception, sans rien demander : pas de réponse à faire",
        _only_thanks,
    ),
)


def read_intent(text: str, attachments: tuple[str, ...] = ()) -> Reading:
    """The intent of a reply (its own words, quotes and signature removed) with the clause that proves it;
    `unclear` when no rule finds one: the coordinator reads it."""
    reply = read_reply(text, attachments)
    for rule in RULES:
        evidence = rule.check(reply)
        if evidence is not None:
            found_job = rule.intent == "withdrawal" and _find(reply, _FOUND_JOB) is not None
            return Reading(rule.intent, rule.name, evidence, found_job=found_job)
    return Reading("unclear", "none", reply.text[:MAX_EVIDENCE])
