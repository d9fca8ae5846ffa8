"""Sample messages for the demonstration inbox: invented people, written for this repository.

They cover the kinds of mail the programme receives: applications (eligible, incomplete, not eligible,
in English, forwarded by an adviser, with a CV), an auto-reply, a bounce, a newsletter, a partner's
message. Built with the stdlib so there is no binary fixture to maintain.
"""

from __future__ import annotations

import dataclasses
import io
import mailbox
import os
import secrets
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from intake.config import Settings

PROGRAMME = "Pro'pulse <propulse@animafac.net>"


@dataclass(frozen=True)
class Sample:
    sender: str
    subject: str
    body: str
    headers: tuple[tuple[str, str], ...] = ()
    cv_lines: tuple[str, ...] = ()


SAMPLES: tuple[Sample, ...] = (
    Sample(
        "Camille Lefèvre <camille.lefevre@example.org>",
        "Candidature Pro'pulse",
        "Bonjour,\n\nJe m'appelle Camille Lefèvre, j'ai obtenu mon master Économie sociale et solidaire à "
        "l'université de Lille en juin 2026. Je recherche activement un premier emploi dans l'ESS, "
        "idéalement dans une coopérative ou une association d'insertion.\n\nJe serais ravie de rejoindre "
        "Pro'pulse.\n\nBien cordialement,\nCamille Lefèvre\n06 12 34 56 78",
    ),
    Sample(
        "Yacine Benali <yacine.benali@example.net>",
        "Candidature – programme Pro'pulse",
        "Madame, Monsieur,\n\nTitulaire d'un BTS Économie sociale familiale obtenu en juillet 2025, je "
        "cherche un emploi dans l'économie sociale et solidaire, dans l'accompagnement social.\n\n"
        "Vous trouverez mon CV en pièce jointe.\n\nCordialement,\nYacine Benali",
        cv_lines=(
            "Yacine BENALI",
            "Lyon — 07 45 12 36 98 — yacine.benali@example.net",
            "Formation",
            "2023 – juil. 2025 : BTS Économie sociale familiale, lycée La Martinière, Lyon",
            "Expériences",
            "2025 : animateur bénévole, Secours populaire",
        ),
    ),
    Sample(
        "Inès N'Diaye <ines.ndiaye@example.org>",
        "Je souhaite intégrer Pro'pulse",
        "Bonjour,\n\nJ'ai terminé ma licence professionnelle Coordination de projets de développement social "
        "l'an dernier (promo 2025). Mon service civique chez Unis-Cité est terminé depuis septembre et je "
        "cherche maintenant un emploi dans une structure de l'ESS.\n\nMerci de votre retour,\nInès N'Diaye",
    ),
    Sample(
        "Marie-Lou de La Roche <mlou.delaroche@example.com>",
        "Candidature",
        "Bonjour,\n\nJe suis diplômée d'une école d'ingénieurs (2024) et je cherche un emploi dans "
        "l'économie circulaire, dans le réemploi en particulier.\n\nBien à vous,\nMarie-Lou de La Roche",
    ),
    Sample(
        "Thomas Girard <t.girard@example.fr>",
        "Candidature programme",
        "Bonjour,\n\nJe suis actuellement en stage de fin d'études dans une mutuelle, jusqu'en février. "
        "J'aimerais ensuite travailler dans l'ESS.\n\nThomas Girard",
    ),
    Sample(
        "Sarah Cohen <sarah.cohen@example.org>",
        "Pro'pulse : candidature",
        "Bonjour,\n\nJe suis en reconversion professionnelle après dix ans dans la banque, et je voudrais "
        "travailler dans une association.\n\nCordialement,\nSarah Cohen",
    ),
    Sample(
        "Lucas Martin <lucas.martin@example.com>",
        "Candidature",
        "Bonjour,\n\nJe suis en deuxième année de licence de sociologie et je cherche une alternance.\n\n"
        "Lucas",
    ),
    Sample(
        "Emily Carter <emily.carter@example.co.uk>",
        "Application to the Pro'pulse programme",
        "Hello,\n\nI graduated with a master's degree in Social Economy from Sciences Po in June 2026 "
        "and I am "
        "looking for my first job in the social and solidarity economy in Paris.\n\nBest regards,\n"
        "Emily Carter\n+33 6 98 76 54 32",
    ),
    Sample(
        "Nadia Haddad <nadia.haddad@example.org>",
        "Candidature Pro'pulse",
        "Bonjour,\n\nTitulaire d'une licence en géographie, je cherche un emploi dans l'ESS, dans "
        "l'alimentation durable.\n\nNadia Haddad",
    ),
    Sample(
        "Conseillère Mission locale <c.durand@missionlocale-exemple.fr>",
        "TR: candidature de M. Paul Dubois",
        "Bonjour,\n\nJe vous transmets la candidature de Paul Dubois, que j'accompagne à la "
        "Mission locale.\n\n"
        "Claire Durand, conseillère\n\n---------- Message transféré ----------\n"
        "De : Paul Dubois <paul.dubois@example.net>\nObjet : candidature\n\n"
        "Bonjour, j'ai obtenu mon DUT Carrières sociales en juin 2025 et je cherche un emploi dans l'ESS.\n"
        "Paul Dubois",
    ),
    Sample(
        "Hugo Lambert <hugo.lambert@example.org>",
        "Candidature au programme",
        "Bonjour,\n\nDiplômé d'un master 2 Management des organisations de l'ESS en septembre 2025, je "
        "cherche un poste de chargé de projet dans une association.\n\nHugo Lambert",
        cv_lines=(
            "Hugo LAMBERT",
            "Nantes — hugo.lambert@example.org",
            "Formation",
            "2023 – sept. 2025 : Master Management des organisations de l'ESS, Université de Nantes",
            "2020 – 2023 : Licence AES",
        ),
    ),
    Sample(
        "Chloé Moreau <chloe.moreau@example.fr>",
        "Candidature",
        "Bonjour,\n\nJ'ai fini mon service civique en juin et j'ai une licence de droit (2024). Je cherche "
        "un emploi dans le logement social.\n\nChloé Moreau",
    ),
    Sample(
        "Maxime Petit <maxime.petit@example.com>",
        "Candidature Pro'pulse",
        "Bonjour,\n\nJe suis actuellement en service civique dans une association de quartier, jusqu'en "
        "mai 2027. J'ai un BTS.\n\nMaxime",
    ),
    Sample(
        "Aïcha Traoré <aicha.traore@example.org>",
        "Demande d'information et candidature",
        "Bonjour,\n\nJ'ai un master en développement local obtenu en 2021. Je cherche un emploi dans "
        "l'ESS.\n\nAïcha Traoré",
    ),
    Sample(
        "Julien Roux <julien.roux@example.net>",
        "Absence du bureau",
        "Bonjour,\n\nJe suis absent du bureau jusqu'au 2 décembre, avec un accès limité à mes e-mails.\n\n"
        "Julien Roux",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Sample(
        "Léa Fontaine <lea.fontaine@example.org>",
        "Réponse automatique : Candidature",
        "Bonjour, je suis en congés jusqu'au 30 novembre. Je vous répondrai à mon retour.",
    ),
    Sample(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>",
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that "
        "your message "
        "could not be delivered to one or more recipients.\n\n<ancienne.adresse@example.net>: host "
        "mx.example.net said: 550 5.1.1 User unknown",
    ),
    Sample(
        "La lettre de l'ESS <lettre@ess-infos.example.org>",
        "La lettre de l'ESS – novembre 2026",
        "Au sommaire ce mois-ci : les appels à projets, les offres d'emploi du réseau, l'agenda.\n\n"
        "Pour vous désabonner, suivez le lien en bas de page.",
        headers=(
            ("List-Id", "<lettre.ess-infos.example.org>"),
            ("List-Unsubscribe", "<mailto:desabonnement@ess-infos.example.org>"),
            ("Precedence", "bulk"),
        ),
    ),
    Sample(
        "Recrutement Coop'Avenir <recrutement@coopavenir.example.fr>",
        "Offre d'emploi à diffuser auprès de vos participants",
        "Bonjour,\n\nNotre coopérative recrute un ou une chargée de communication en CDI. Pourriez-vous "
        "diffuser l'offre ci-dessous auprès des participants de Pro'pulse ?\n\nBien cordialement,\n"
        "Le service recrutement",
    ),
    Sample(
        "Manon Bernard <manon.bernard@example.fr>",
        "Candidature Pro'pulse",
        "Bonjour,\n\nJe viens d'obtenir mon BUT Carrières sociales (juin 2026). Je cherche un emploi dans "
        "l'ESS, plutôt dans l'éducation populaire.\n\nManon Bernard\n07 61 23 45 67",
    ),
)


def build_sample(sample: Sample, sent_at: datetime, number: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = sample.sender
    msg["To"] = PROGRAMME
    msg["Subject"] = sample.subject
    msg["Date"] = format_datetime(sent_at)
    # Fixed identifiers: running the demo twice shows the second run recognising what it already has.
    msg["Message-ID"] = f"<demo-{number:02d}@demo.propulse.invalid>"
    for name, value in sample.headers:
        msg[name] = value
    msg.set_content(sample.body)
    if sample.cv_lines:
        msg.add_attachment(
            build_docx(sample.cv_lines),
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename="CV.docx",
        )
    return msg.as_bytes()


def build_docx(lines: tuple[str, ...]) -> bytes:
    """The smallest DOCX a word processor opens: one paragraph per line."""
    paragraphs = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in lines)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paragraphs}</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", document)
    return buffer.getvalue()


def fill_demo_inbox(path: Path, *, now: datetime | None = None) -> int:
    """Deliver the samples into a Maildir; return how many were added (none if it already holds mail)."""
    box = mailbox.Maildir(path, create=True)
    try:
        if len(box) > 0:
            return 0
        start = (now or datetime.now(UTC)) - timedelta(days=len(SAMPLES))
        for index, sample in enumerate(SAMPLES):
            box.add(build_sample(sample, start + timedelta(days=index, hours=index % 7), index + 1))
        return len(SAMPLES)
    finally:
        box.close()


def demo_settings(settings: Settings, *, port: int | None = None) -> tuple[Settings, str]:
    """The settings of the demo service: a fresh random password for the web UI, unless one is set.

    Nothing is sent: approved emails land in the Maildir `outbox.maildir_path`.
    """
    from intake.web.auth import hash_password

    web = settings.web
    password = ""
    if not (web.password_hash or os.environ.get(web.password_hash_env) or web.password_hash_file):
        password = secrets.token_urlsafe(9)
        web = dataclasses.replace(web, password_hash=hash_password(password))
    if port is not None:
        web = dataclasses.replace(web, port=port)
    outbox = dataclasses.replace(settings.outbox, transport="maildir")
    return dataclasses.replace(settings, web=web, outbox=outbox), password or "(celui de la configuration)"
