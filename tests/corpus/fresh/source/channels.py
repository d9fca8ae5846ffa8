"""The channel templates of the fresh corpus: how a message reaches the inbox, before anyone writes in it.

Each message of source/batch*.py is first given its channel (the website's contact form relayed by email,
a forward from an adviser's Gmail or Outlook, a reply in one of our threads, a phone's mail app…) and then
filled by hand. These helpers only lay out what the channel adds around the words (field labels, forward
headers, quoted text, footers); every word the person writes is in the batch files.
"""

from __future__ import annotations

from typing import Any

from kit import CV, M

PROGRAMME = "Pro'pulse <propulse@animafac.net>"
FORM_SENDER = "Site Animafac <no-reply@animafac.net>"


def relayed(subject: str, date: str, body: str, truth: dict[str, Any], cv: CV | None, *, reply_to: str) -> M:
    """What the website's mailer sends: from its no-reply address, answers going to the person."""
    headers = {"Reply-To": reply_to}
    return M(frm=FORM_SENDER, subject=subject, date=date, body=body, truth=truth, cv=cv, headers=headers)


def form_v1(
    *, name: str, email: str, phone: str, topic: str, message: str, date: str, truth: dict[str, Any],
    cv: CV | None = None,
) -> M:
    """Animafac's general contact form: one «Nom» field, a free topic, the message; Reply-To the person."""
    body = (
        "Un nouveau message a été envoyé depuis le formulaire de contact de la page Pro'pulse.\n\n"
        f"Nom : {name}\nAdresse e-mail : {email}\nTéléphone : {phone}\nSujet : {topic}\n\n"
        f"Message :\n{message}\n\n"
        "--\nCet e-mail a été envoyé par le formulaire de contact de https://www.animafac.net/propulse/"
    )
    return relayed(f"[Pro'pulse] {topic}", date, body, truth, cv, reply_to=f"{name} <{email}>")


def form_v2(
    *, first: str, last: str, email: str, phone: str, level: str, status: str, message: str, date: str,
    truth: dict[str, Any], cv: CV | None = None,
) -> M:
    """The programme's own application form: first and last name, two drop-down lists, the message."""
    body = (
        "Nouvelle demande reçue via le formulaire « Candidater à Pro'pulse »\n\n"
        f"Prénom : {first}\nNom : {last}\nE-mail : {email}\nTéléphone : {phone}\n"
        f"Niveau d'études : {level}\nSituation actuelle : {status}\n\nVotre message :\n{message}\n\n"
        "Pièce jointe : " + (cv.filename if cv else "aucune") + "\n\n"
        "Envoyé automatiquement depuis www.animafac.net — ne pas répondre à cette adresse."
    )
    subject = f"Nouvelle demande « Candidater à Pro'pulse » - {first} {last}"
    return relayed(subject, date, body, truth, cv, reply_to=email)


def gmail_forward(note: str, *, frm: str, when: str, subject: str, to: str, body: str) -> str:
    """A forward from a Gmail account set in French (Gmail mixes French and English labels)."""
    return (
        f"{note}\n\n---------- Forwarded message ---------\nDe : {frm}\nDate: {when}\n"
        f"Subject: {subject}\nTo: {to}\n\n\n{body}"
    )


def outlook_forward(note: str, *, frm: str, when: str, subject: str, to: str, body: str) -> str:
    """A forward from Outlook in French: a rule, then De / Envoyé / À / Objet."""
    return (
        f"{note}\n\n________________________________\nDe : {frm}\nEnvoyé : {when}\nÀ : {to}\n"
        f"Objet : {subject}\n\n{body}"
    )


def quoted(text: str, *, intro: str) -> str:
    """Quoted earlier mail below a reply, as mail clients write it."""
    return intro + "\n" + "\n".join("> " + line if line else ">" for line in text.splitlines())


def in_thread(our_id: str, *earlier: str) -> dict[str, str]:
    """Headers of a reply to one of our messages (Message-IDs at the programme's domain)."""
    return {"In-Reply-To": our_id, "References": " ".join((*earlier, our_id))}
