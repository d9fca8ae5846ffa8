"""A question that takes up what the sentence before it says of the programme's own thing.

«Notre fils aimerait s'inscrire à votre programme. Peut-il le faire depuis notre adresse familiale ?»,
«Votre formulaire en ligne refuse le «ğ» de mon nom. Dois-je l'écrire avec un g simple ?», "Your form has
a single name field. Should I put my surname first?": the question itself names no topic of the programme
— its subject is carried by a pro-form («le faire», «l'écrire») or left to the sentence before — but that
sentence names the programme's thing as the reader's («votre programme», «votre formulaire», "your form":
the `reader_asked` meaning with a `topic` word), or the lines that sentence opens with a colon. The question
asks about the programme, as is_programme_question's would; read only by the question rule, after no
application was found. A writer offering help («parrainer un jeune de votre programme», «proposer mon aide
bénévole») or speaking for an organisation («nous», "we") asks how to give, not about the programme.
"""

from __future__ import annotations

from intake.understanding.lexicon import load_meanings
from intake.understanding.signals import read_sentences


def asked_after_topic(body: str) -> str | None:
    """The first question that follows a statement naming the reader's programme thing (or the lines that
    statement opens with a colon: «Sur votre formulaire il y a :» then «NOM : ___ Prénom : ___»), or None."""
    m = load_meanings()
    sentences = read_sentences(body)
    if any(s.has(m["offer_help"]) for s in sentences):
        return None  # «je serais heureuse de parrainer un jeune… Comment faire ?»: help offered
    carried, opened = False, False
    ours = m["organisation"].lemmas  # «Nous pourrions afficher votre appel… Pouvez-vous nous envoyer…?»
    for sentence in sentences:
        if sentence.is_question:
            if carried and not sentence.words & ours:
                return sentence.text
            carried = opened = False
            continue
        named = sentence.has(m["reader_asked"]) and sentence.has(m["topic"]) and not sentence.words & ours
        carried = named or (carried and opened)
        opened = sentence.text.rstrip().endswith(":")
    return None
