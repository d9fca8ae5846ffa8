"""What a message of the genres corpus is: an application (or other mail) written as, or mostly made of, a
text of ANOTHER GENRE than a plain email, the genre chosen first from a grid of twelve, written with that
genre's own conventions, the deciding fact sitting inside it: a formal «lettre de motivation» pasted in the
body, a professional-network profile pasted («Infos», «Expérience», «sept. 2024 - aujourd'hui · 1 an 3
mois»), a CV as plain text in the body, a web form relayed by a mailer («Champ : valeur», «[x]»), a chat or
SMS transcript (whose turn it is matters), an automatic voicemail transcription (no punctuation, no
capitals), an adviser's or social worker's note about the person in the third person («Situation :»,
«Freins :», «Projet :»), an official attestation or letter pasted or forwarded, a reply quoting a job or
programme ad (the ad's criteria are not the applicant's facts), a third-person bio, a timeline, or the same
genres in English. The words themselves are ordinary: the test is the GENRE's form, not a figure of speech
or a tense. The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its genre, the fact it carries, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when the
genre leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a line
``# genre: PART «words» = what they say → decision`` («# genre: chat turn «Moi : fini depuis le 10 octobre»
answering «tjs en service civique ?» = over → meets»). build.py adds the genre and the fact to its truth
line. Applications are French, about one in seven English (``language="en"``).
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 150 applications (60 eligible / 40 to verify / 50 not) and 50 other

GRID = {
    "cover_letter": "a formal «lettre de motivation» pasted into the body: addresses block, «Objet :»,"
    " «Madame, Monsieur,», three paragraphs, «Je vous prie d'agréer…»; distractor: an «Objet» naming the"
    " programme's criteria — graduation, level, situation, aim, career change",
    "profile_paste": "a professional-network profile pasted: headline («Chargée de projet junior | ESS |"
    " Ouverte aux opportunités»), «Infos», «Expérience», «Formation», «Bénévolat», durations «sept. 2024 -"
    " aujourd'hui · 1 an 3 mois»; distractors: «Compétences», «Recommandations» by other people; no"
    " attachment — situation, graduation, level, career change",
    "cv_in_body": "a CV as plain text in the body: sections, dates in columns («Depuis 2025», «2023-2025»),"
    " no attachment — level, graduation, studies finished, situation, career change",
    "form_relay": "a web form relayed by a mailer: «Nouvelle réponse au formulaire \"Candidater\"», «Champ :"
    " valeur» lines, checkboxes «[x]», the applicant's answers in fields; other mail: a form whose fields"
    " are only a question — any criterion",
    "chat_transcript": "a chat or SMS exchange pasted or forwarded (with an adviser, a friend, a chatbot:"
    " «[10:42] Moi : …», «Conseillère ML : …»), the fact in ONE turn — whose turn it is matters; a chat"
    " partner's own internship never counts — situation, studies finished, aim, graduation",
    "voicemail_transcript": "an automatic transcription of a voice message: the service's header"
    " «Transcription de votre message vocal», no punctuation, no capitals, numbers as words or digits,"
    " «euh»; a misheard year may leave a fact open — graduation, situation, level, aim",
    "adviser_note": "a note written by an adviser or social worker ABOUT the person, third person, the"
    " institution's report style («Situation : …», «Freins : …», «Projet : …»), sent by the adviser"
    " (a referral) or pasted by the applicant; the adviser's own title never counts — situation, aim,"
    " career change, level",
    "certificate_paste": "an official attestation or letter pasted or forwarded (attestation de réussite,"
    " relevé de notes, fin de mission de service civique, fin de stage, certificat de scolarité, lettre de"
    " licenciement économique) plus a line from the applicant; the issue date is not the diploma's date —"
    " graduation, studies finished, situation, level, career change",
    "ad_reply": "a reply to a job or programme ad quoting the ad («> Profil recherché : bac+2 minimum…») with"
    " the applicant's answers below or between; the ad's criteria («stage non rémunéré possible») are NOT"
    " the applicant's facts — level, aim, situation, graduation",
    "bio_third_person": "a short bio or pitch written by the applicant about themself in the third person"
    " («Inès, 24 ans, diplômée d'un master… Elle cherche…»), as for a website or a portfolio — career"
    " change, aim, graduation, level",
    "timeline": "a chronology of the person («2021 : bac STMG / 2021-2023 : BTS … / depuis sept. 2025 :"
    " …»), the fact in one line of it — graduation, situation, studies finished, career change",
    "english_genres": "the same genres in English: a cover letter, a LinkedIn \"About\", a chat transcript,"
    " a reference by a tutor, a plain-text résumé, a form — any criterion",
}


class N(Featured):
    """One message and the genre that carries its deciding fact: ``words`` stand in its subject, body or CV
    as written (case and line breaks aside), and they are the genre's deciding words (the profile's dates,
    the chat turn, the certificate's line…); the `# genre:` comment above the message says where they stand
    in the genre and what they decide."""

    GRID = GRID
