"""What a message of the clients corpus is: every message is given FIRST the shape a particular MAIL CLIENT OR
SENDING HABIT gives a mail, chosen from a grid of twelve — Outlook desktop's Word HTML and its header blocks;
Gmail's quote and signature divs and its Drive links; Apple Mail's interleaved parts and «Envoyé de mon
iPhone»; the short mail of a phone app; the wrappers, adverts and quote headers of the French webmails
(Orange, SFR, La Poste, Free/Zimbra, Yahoo, Hotmail); the plain text of Thunderbird, Evolution, mutt or Proton
(format=flowed, the «-- » signature, PGP); a mail carried as an attached message (message/rfc822); a mail
whose facts sit in its attachments; long signatures and legal notices; HTML-only mail from editors and
templates; the ways people quote (top, bottom, interleaved, Outlook's header block); and English clients and
boilerplate. The deciding fact sits where that shape puts it (in the HTML part Word wrote, in the text Apple
put after an attachment, under a quote header, inside an attached message, in a signature, in an attachment
named oddly). The label follows what the person wrote and means: the shape never changes a fact, and a
client's boilerplate («Envoyé de mon iPhone», a webmail's advert, a legal notice, a quoted older mail) is
never the applicant's fact. The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its client shape, the fact that decides, the words that carry it as they stand
in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when the message
truly leaves a fact open) a line ``# ambiguous: …`` saying why, then a line ``# shape: which client and MIME
shape, where the deciding fact sits in it → kind (and for an application, the deciding fact → decision)`` («#
shape: Apple Mail, text / PDF / text, the licence's date in the text after the CV → application; licence of
June 2025, an ESS aim → eligible»). build.py adds the shape and the fact to its truth line, and reshapes the
mail the way the client does (see build.py: the ``X-Clients-*`` markers). About three messages in four are
applications, each with its deciding fact as always (a level, a date, an internship or a service civique
running or over, a career before, studies running, an ESS search or none); the rest is other mail sent through
the same clients (questions, replies in our thread, auto-replies, bounces, newsletters, other). Applications
are French, about one in seven English (``language="en"``), mostly in ``english_clients``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 145 applications (55 eligible / 35 to verify / 55 not) and 55 other


@dataclass(frozen=True)
class Shape:
    """One mail client or sending habit: the forms it gives a mail in French and English inboxes, the rule
    that settles what the mail says (which part, which words, whose fact), and its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    rule: str  # what settles the label
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Shape] = {
    "outlook_desktop": Shape(
        "Outlook / Office 365 desktop: multipart/alternative whose HTML is Word's (class=MsoNormal, <o:p>,"
        " spans splitting words, mso- styles, conditional comments), a text part with [cid:image001.png@…]"
        " placeholders, multipart/related with the logo, the «De : … Envoyé : … À : … Objet :» block and the"
        " ____ separator",
        forms_fr=("MsoNormal", "<o:p></o:p>", "[cid:image001.png", "De :", "Envoyé :", "Objet :", "________"),
        forms_en=("From:", "Sent:"),
        rule="the words Word wrapped in spans and MsoNormal paragraphs decide once read as text; the logo"
        " placeholder and the header block of an older mail are no fact of the writer; when the HTML and the"
        " text part say the same thing either decides, and the words above the header block are the newest",
        distractors="a word split across two spans read as two words; a quoted mail under «De : … Envoyé :»"
        " with an older state taken as the newest; the cid placeholder or the signature's logo read as text",
    ),
    "gmail_web": Shape(
        'Gmail (web and app): <div dir="ltr">, a gmail_signature div, a quote under «Le jeu. 20 nov. 2026'
        " à 14:03, Nom <adresse> a écrit :» in a gmail_quote blockquote, «---------- Forwarded message"
        " ---------» / «Message transféré» blocks, a Google Drive link for a CV instead of an attachment",
        forms_fr=("gmail_quote", "a écrit :", "Message transféré", "drive.google.com", "gmail_signature"),
        forms_en=("Forwarded message", "wrote:"),
        rule="the writer's words above the quote decide; a forwarded block is the forwarded person's mail"
        " (a referral when the forwarder passes it on); a Drive link names a CV the reader cannot open, so"
        " the facts are those the body gives; the signature div is the writer's signature",
        distractors="the quoted mail's older facts; the forwarder taken as the applicant; the name of the"
        " Drive file («CV_stage_2025.pdf») read as a situation",
    ),
    "apple_mail": Shape(
        "Apple Mail and iPhone: «Envoyé de mon iPhone / iPad», a text part, an attachment, then more text"
        " after the attachment (multipart/mixed interleaved, Apple-Mail=_ boundaries), format=flowed;"
        " delsp=yes, quoted-printable",
        forms_fr=("Envoyé de mon iPhone", "Envoyé de mon iPad", "Apple-Mail=_", "delsp=yes"),
        forms_en=("Sent from my iPhone",),
        rule="every text part of the mail is the writer's: the text after the attachment counts as much as"
        " the text before it, and when they differ the later words (often a correction) decide; the"
        " client's «Envoyé de mon iPhone» line is no fact",
        distractors="only the first text part read; the second part taken as a signature; «Envoyé de mon"
        " iPhone» read as words of the writer",
    ),
    "mobile_apps": Shape(
        "Android and mobile apps (Samsung Email, Outlook mobile, Yahoo, Gmail app): short, thumb-typed or"
        " dictated, a CV photographed and sent as IMG_20261118_142233.jpg or «Scan 18 nov. 2026.pdf» with the"
        " facts in the body, an app's signature line, a top-posted reply over a long quote",
        forms_fr=("Envoyé depuis", "Obtenir Outlook pour Android", "IMG_", "Scan", "Samsung"),
        forms_en=("Sent from my Galaxy", "Get Outlook for Android"),
        rule="the few typed words decide even without capitals or punctuation; a photographed CV is an"
        " image nobody reads, so the facts are the body's; the app's signature line is no fact",
        distractors="the image's file name read as a date of the writer; the app's line read as a place"
        " or an employer; a dictated word misheard taken literally when the sentence says otherwise",
    ),
    "french_webmails": Shape(
        "the French webmails (Orange, SFR, La Poste, Free/Zimbra, Yahoo France, Hotmail/Outlook.fr): HTML"
        " wrappers in tables or zimbra divs, their footers and adverts («Garanti sans virus»,"
        " «envoyé depuis le webmail»), their quote headers («----- Mail original -----», «De: À: Envoyé:»)",
        forms_fr=("Mail original", "zimbra", "webmail", "Garanti sans virus", "laposte.net", "orange.fr"),
        forms_en=(),
        rule="the words the person typed decide; the webmail's footer, advert or antivirus line is never a"
        " fact, and what stands under «----- Mail original -----» is an older mail, not the newest words",
        distractors="an advert for a «formation» or a job read as the writer's; the quoted original mail's"
        " state taken as today's; the webmail's table layout read as a CV",
    ),
    "plain_clients": Shape(
        "Thunderbird, Evolution, mutt, Proton: plain text, format=flowed with soft breaks in mid-sentence,"
        " the «-- » signature separator, PGP/MIME signed mail or an inline «BEGIN PGP SIGNED MESSAGE» with"
        " dash-escaped lines",
        forms_fr=("format=flowed", "-- ", "BEGIN PGP", "pgp-signature", "User-Agent"),
        forms_en=(),
        rule="a line ending in a space continues on the next, so a sentence cut by a soft break is one"
        " sentence; what stands under «-- » is the signature, and a title there may be out of date when"
        " the body says otherwise; the signature block of PGP is no text",
        distractors="a soft break read as a paragraph's end; the signature's old title («Étudiant en M1»)"
        " taken over the body; the armoured block or a dash-escaped line read as words",
    ),
    "attached_message": Shape(
        "the person's words carried as an attached mail (message/rfc822): an adviser forwarding an"
        " applicant's mail as an attachment, an applicant resending an earlier mail as .eml, «voir le"
        " message joint», the outer body short or empty",
        forms_fr=("message joint", "message/rfc822", "en pièce jointe", "transféré"),
        forms_en=("attached message",),
        rule="the attached mail is read with its own From and Subject: the label is the attached person's"
        " case when the outer writer only passes it on (a referral: forwarded_by the outer writer), the"
        " outer writer's when they write for themselves, and the outer words are newer than the attached",
        distractors="the outer adviser taken as the applicant; the attached mail ignored; the outer"
        " writer's own older mail taken over the newer outer words",
    ),
    "attachments_first": Shape(
        "the body empty, one line or a greeting, and the facts in attachments with the names and types people"
        " use: «CV (2) VF final.pdf», «lettre motiv.docx», «Candidature Pro’pulse.odt», a PDF sent as"
        " application/octet-stream, RFC 2231 file names, an attachment with Content-Disposition: inline",
        forms_fr=("VF final", "lettre motiv", "octet-stream", "filename*=", "inline"),
        forms_en=(),
        rule="what the attached document says decides when the body says nothing: a cover letter or a CV"
        " in any format or disposition is the applicant's text, the file's name is no fact",
        distractors="the file's name («CV stage 2024.pdf») read as a fact; an octet-stream or inline part"
        " left unread; the empty body taken as no application",
    ),
    "signatures_disclaimers": Shape(
        "long signatures and legal notices: a university signature the body says is out of date or still"
        " true, an employer's signature showing the writer's current job, a confidentiality notice in French"
        " and English, «Pensez à l’environnement», a vCard attached, social links, a banner",
        forms_fr=("Pensez à l", "confidentiel", "Ce message", "vcf", "Université"),
        forms_en=("This email", "confidential"),
        rule="a signature is the writer's: its title or employer is a fact unless the body says it is out"
        " of date, the body's newer words decide; a legal or environmental notice is never a fact",
        distractors="the notice's words («stagiaire», «destinataire», «confidentiel») read as a situation;"
        " an old university signature taken over the body; a side job's employer taken as a career",
    ),
    "html_composers": Shape(
        "HTML-only mail from editors and templates: tables for layout, <ul> lists, <br> soup, a <style>"
        " block, a hidden preheader (display:none), a tracking pixel, headings, inline styles, entities, no"
        " text/plain part",
        forms_fr=("<table", "<ul>", "<br>", "<style", "display:none", "&nbsp;"),
        forms_en=(),
        rule="only the HTML a reader sees is what the person wrote: a <style> block or CSS is no text, a"
        " hidden preheader is not what the person wrote to us, a list item is a sentence of the writer",
        distractors="the preheader's teaser («stage en cours ?») read as a fact; CSS words read as text;"
        " table cells joined into one sentence",
    ),
    "quoting_styles": Shape(
        "how people quote: top-posting over our earlier mail (In-Reply-To ours: a reply in our thread),"
        " bottom-posting, answers interleaved under our quoted questions, quote levels >> and > >, Outlook's"
        " quoting without «>», the writer's own earlier mail quoted under a new one that changes a fact",
        forms_fr=("> ", ">>", "a écrit :", "Le "),
        forms_en=("wrote:",),
        rule="the newest words decide: an answer under a quoted question is the writer's fact, a quoted"
        " line is not; the writer's own earlier mail quoted below is older than the words above it; a"
        " mail in our thread that answers us is a reply",
        distractors="a quoted question read as the writer's; the older quoted mail's state taken as"
        " today's; a bottom-posted answer missed under a long quote",
    ),
    "english_clients": Shape(
        "English clients and boilerplate: «Sent from my iPhone», «Get Outlook for iOS», «On Thu, Nov 20, 2026"
        " at 2:03 PM Name <addr> wrote:», «-----Original Message-----», «From: Sent: To: Subject:», English"
        " disclaimers",
        forms_fr=(),
        forms_en=("Sent from my", "Get Outlook", "wrote:", "Original Message", "confidential"),
        rule="the same rules in English: the boilerplate is no fact, the words above the quote decide; an"
        " application in English is labelled language en",
        distractors="the disclaimer's «intended recipient» read as a fact; the quoted mail taken as the"
        " newest; «Sent from my iPhone» read as the writer's words",
    ),
}


class N(Featured):
    """One message and the client shape it was sent with: ``words`` stand in its subject, body or CV as
    written (case and line breaks aside) and carry the deciding fact (or, for other mail, the words that
    show its kind); the `# shape:` comment above the message says the client, the MIME shape, where the
    fact sits, the kind and the decision."""

    GRID = GRID  # type: ignore[assignment]
