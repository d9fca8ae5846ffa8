"""Batch 8: every kind of noise again, over facts that leave a criterion open (a year alone in 2024, a
defence still to come, a diploma of unstated level, a mission of unstated kind, a CDI held now, no aim),
referrals by a parent or a counsellor, and a few more mails that are not applications. Each message
written by hand; the comment names its noise, the fact the noisy words carry and those words."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question
from noise import N

MESSAGES = [
    # Noise: typo — situation — une mision
    N("typo", "situation", "une mision de volontariat", M(
        "Anouk Ferrer <anouk.ferrer@example.org>", "candidature", "02 16:00",
        """Bonjour,

Licence de langues obtenue en juin 2025. Je fais en ce moment une mision de volontariat dans une ONG
à Dakar, jusqu'en mars. Ensuite je cherche un emploi dans la solidarité internationale.

Anouk Ferrer""",
        app("Anouk", "Ferrer", phone=None, bac=3, grad="2025-06", unknown=["not_service_civique"],
            status="mision_volontariat_ong"),
    )),
    # Noise: no_accents — level — diplome d'Etat
    N("no_accents", "level", "diplome d'Etat de moniteur educateur", M(
        "Kevin Mallet <kevin.mallet@example.net>", "candidature", "03 12:40",
        """Bonjour,

J'ai obtenu mon diplome d'Etat de moniteur educateur en juin 2026. Je cherche un poste dans une
association de protection de l'enfance.

Kevin Mallet""",
        app("Kevin", "Mallet", phone=None, bac=None, grad="2026-06", unknown=["degree_level"],
            status="de_moniteur_educateur"),
    )),
    # Noise: sms — career_change — jsui en cdi ds la logistik
    N("sms", "career_change", "jsui en cdi ds la logistik", M(
        "Samy Chevalier <samy.chevalier@example.com>", "pro pulse", "04 22:30",
        """slt
master ess obtenu sept 2026, jsui en cdi ds la logistik dpuis octobre mais jveu bosser ds 1 coop
samy""",
        app("Samy", "Chevalier", phone=None, bac=5, grad="2026-09", unknown=["not_career_change"],
            status="sms_cdi_logistique_actuel"),
    )),
    # Noise: dictation — graduation — deux mille vingt-quatre
    N("dictation", "graduation", "en deux mille vingt-quatre", M(
        "Colette Barre <colette.barre@example.fr>", "candidature de ma fille", "05 10:15",
        """bonjour je vous écris pour ma fille Inès Barre virgule elle a fini sa licence en deux mille
vingt-quatre je ne sais plus quel mois point elle cherche un emploi dans une association d'aide aux
migrants point son adresse est ines point barre arobase example point org merci""",
        app("Inès", "Barre", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            email="ines.barre@example.org", forwarded_by="colette.barre@example.fr",
            status="mere_dictee_licence_2024"),
    )),
    # Noise: caps — aim — NO AIM
    N("caps", "aim", "JE NE SAIS PAS ENCORE DANS QUEL DOMAINE", M(
        "Mickael Dubois <mickael.dubois@example.org>", "CANDIDATURE", "06 09:00",
        """BONJOUR, MASTER DE PHILOSOPHIE OBTENU EN JUIN 2025. JE CHERCHE UN EMPLOI MAIS JE NE SAIS PAS ENCORE
DANS QUEL DOMAINE. MERCI. MICKAEL DUBOIS""",
        app("Mickael", "Dubois", phone=None, bac=5, grad="2025-06", unknown=["job_seeking_ess"],
            status="caps_domaine_pas_encore"),
    )),
    # Noise: autocorrect — studies_finished — jury en décembre
    N("autocorrect", "studies_finished", "le juré de mon master", M(
        "Chloé Vasseur <chloe.vasseur@example.net>", "Candidature", "07 13:00",
        """Bonjour,

Licence d'économie obtenue en juin 2025. Le juré de mon master 2 se réunit le 10 décembre pour valider
l'année. Je cherche un emploi dans une coopérative bancaire ou une mutuelle.

Chloé Vasseur""",
        app("Chloé", "Vasseur", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            status="autocorrect_jure_10_decembre"),
    )),
    # Noise: franglais — level — bootcamp
    N("franglais", "level", "un bootcamp certifiant", M(
        "Léo Marchetti <leo.marchetti@example.com>", "candidature", "08 11:30",
        """Hello,

J'ai fait un bootcamp certifiant en data analysis (titre RNCP, niveau pas précisé), fini en mai 2026.
Je look for un job de data analyst dans une asso ou une coop.

Léo""",
        app("Léo", "Marchetti", phone=None, bac=None, grad="2026-05", unknown=["degree_level"],
            status="bootcamp_niveau_inconnu"),
    )),
    # Noise: ocr — graduation — 2O24
    N("ocr", "graduation", "Diplôrne obtenu en 2O24", M(
        "Sylvain Paris <sylvain.paris@example.fr>", "Candidature (courrier scanné)", "09 10:10",
        """Texte de ma lettre scannée :
BUT Carrières sociales. Diplôrne obtenu en 2O24. Je recherche un ernploi dans une association
d'éducation populaire.
Sylvain Paris""",
        app("Sylvain", "Paris", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            status="ocr_diplome_2024"),
    )),
    # Noise: paste — situation — mission
    N("paste", "situation", "▪ Mission en cours", M(
        "Nora Bensalem <nora.bensalem@example.org>", "candidature", "10 12:00",
        """Bonjour,

▪ Master 2 Économie sociale — 09/2025
▪ Mission en cours auprès d'une association de quartier (jusqu'à janvier)
▪ Objectif : CDI dans l'ESS

Nora Bensalem""",
        app("Nora", "Bensalem", phone=None, bac=5, grad="2025-09",
            unknown=["not_internship", "not_service_civique"], status="puces_mission_en_cours"),
    )),
    # Noise: emoji — graduation — 2024 😬
    N("emoji", "graduation", "licence en 2024 🤷", M(
        "Inaya Roche <inaya.roche@example.com>", "candidature 🙏", "11 21:00",
        """Coucou !!

J'ai eu ma licence en 2024 🤷🤷 (psycho) et je cherche un emploi dans une asso d'aide aux jeunes 💛💛

Inaya""",
        app("Inaya", "Roche", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            status="emoji_licence_2024"),
    )),
    # Noise: run_on — career_change — CDI now
    N("run_on", "career_change", "je suis toujours en CDI dans une banque", M(
        "Fabien Guerin <fabien.guerin@example.net>", "candidature", "12 23:10",
        """Bonjour j'ai terminé mon master ESS en septembre 2025 et je suis toujours en CDI dans une banque
comme conseiller depuis octobre 2025 mais ce n'est pas ce que je veux faire et je cherche un emploi dans
une coopérative ou une association et je me demande si vous pouvez m'aider Fabien""",
        app("Fabien", "Guerin", phone=None, bac=5, grad="2025-09", unknown=["not_career_change"],
            status="run_on_cdi_banque_actuel"),
    )),
    # Noise: abbrev — level — dipl. étranger
    N("abbrev", "level", "dipl. marocain", M(
        "Youssef Amrani <youssef.amrani@example.org>", "cand.", "13 14:40",
        """Bjr,
dipl. marocain en gestion (obt. 07/2025, équiv. non faite). Rech. emploi ds asso ou coop.
Y. Amrani""",
        app("Youssef", "Amrani", phone=None, bac=None, grad="2025-07", unknown=["degree_level"],
            status="abrev_diplome_marocain"),
    )),
    # Noise: dates — studies_finished — jury 01/2027
    N("dates", "studies_finished", "jury prévu 01/2027", M(
        "Pauline Marchal <pauline.marchal@example.fr>", "candidature", "14 10:30",
        """Bonjour,

BTS ESF (07/2025). Licence pro en alternance : cours finis, jury prévu 01/2027. Je cherche un emploi
de conseillère dans une association de logement.

Pauline Marchal""",
        app("Pauline", "Marchal", phone=None, bac=2, grad="2025-07", unknown=["studies_finished"],
            status="date_jury_01_2027"),
    )),
    # Noise: typo — aim — pas de secteru précis
    N("typo", "aim", "pas de secteru précis", M(
        "Jonathan Faure <jonathan.faure@example.com>", "candidature", "15 09:00",
        """Bonjour,

Master de gestion obtenu en septembre 2025. Je cherche un emploi, pas de secteru précis, je suis ouvert
à tout.

Jonathan Faure""",
        app("Jonathan", "Faure", phone=None, bac=5, grad="2025-09", unknown=["job_seeking_ess"],
            status="typo_pas_de_secteru"),
    )),
    # Noise: franglais — graduation — counsellor referral
    N("franglais", "graduation", "graduate 2025 d'un BTS", M(
        "Karine Lopez <karine.lopez@missionlocale.example.org>", "Orientation d'une jeune", "16 11:00",
        """Bonjour,

Je vous oriente Sarah Benoit (sarah.benoit@example.com), graduate 2025 d'un BTS SP3S (juin), very
motivated pour un job dans une asso de l'ESS. Pas de stage ni de SC en cours.

Karine Lopez, conseillère mission locale""",
        app("Sarah", "Benoit", phone=None, bac=2, grad="2025-06", email="sarah.benoit@example.com",
            forwarded_by="karine.lopez@missionlocale.example.org", status="conseillere_graduate_2025"),
    )),
    # Noise: sms — situation — stage over, English
    N("sms", "situation", "internship's over since aug", M(
        "Mia Thompson <mia.thompson@example.net>", "program", "17 22:00",
        """hey! masters done sept 2026, internship's over since aug, now looking 4 a job w/ a non-profit in
the social economy. thx!!
mia""",
        app("Mia", "Thompson", phone=None, bac=5, grad="2026-09", language="en",
            status="sms_internship_over"),
    )),
    # Noise: ocr — studies_finished — CV, English
    N("ocr", "studies_finished", "(in progress, defence l5 Dec", M(
        "Lukas Braun <lukas.braun@example.org>", "Application with CV", "18 09:30",
        """Hello,

Please find my CV attached (scanned). I am looking for a job in a cooperative or an association.

Lukas Braun""",
        app("Lukas", "Braun", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            info_in="both", language="en", status="cv_ocr_defence_15_dec"),
        cv=CV("pdf", "CV_Lukas_Braun_scan.pdf", """
Lukas Braun
EDUCATlON
2O25-2O26 MSc Social Innovation (in progress, defence l5 Dec 2O26), Université de Lille
Jun 2O25 Bachelor in Economics
"""),
    )),
    # Noise: caps — situation — referral by a father
    N("caps", "situation", "IL N'EST NI EN STAGE NI EN SERVICE CIVIQUE", M(
        "Gérard Morel <gerard.morel@example.fr>", "POUR MON FILS", "19 08:30",
        """BONJOUR, JE VOUS ECRIS POUR MON FILS THIBAULT MOREL (THIBAULT.MOREL@EXAMPLE.NET). IL A SA LICENCE
PRO DEPUIS JUIN 2025, IL N'EST NI EN STAGE NI EN SERVICE CIVIQUE ET IL CHERCHE UN EMPLOI DANS UNE
ASSOCIATION. MERCI. GERARD MOREL""",
        app("Thibault", "Morel", phone=None, bac=3, grad="2025-06", email="thibault.morel@example.net",
            forwarded_by="gerard.morel@example.fr", status="pere_caps_ni_stage_ni_sc"),
    )),
    # Noise: emoji — career_change — CDI now
    N("emoji", "career_change", "toujours en CDI chez Carrefour 😕", M(
        "Leïla Dumont <leila.dumont@example.com>", "candidature 💚", "20 19:00",
        """Hello !!

BUT carrières sociales obtenu en juin 2026 🎓 et toujours en CDI chez Carrefour 😕 (depuis mes 18 ans,
à côté des études). Je veux un emploi dans une asso !!! 🙏

Leïla""",
        app("Leïla", "Dumont", phone=None, bac=3, grad="2026-06", unknown=["not_career_change"],
            status="emoji_cdi_carrefour"),
    )),
    # Noise: run_on — level — foreign
    N("run_on", "level", "une licencia en trabajo social", M(
        "Lucía Gómez <lucia.gomez@example.org>", "candidatura", "21 20:30",
        """Bonjour je suis espagnole et j'ai une licencia en trabajo social de l'université de Valence que
j'ai eue en juin 2025 et je vis en France depuis l'été et je cherche un emploi dans une association
d'aide sociale et je ne sais pas si mon diplôme est reconnu ici Lucía""",
        app("Lucía", "Gómez", phone=None, bac=None, grad="2025-06", unknown=["degree_level"],
            status="run_on_licencia_espagnole"),
    )),
    # Noise: dictation — kind — question
    N("dictation", "kind", "est-ce qu'il faut habiter en Île-de-France", M(
        "Julie Carré <julie.carre@example.fr>", "question", "21 09:00",
        """bonjour est-ce qu'il faut habiter en Île-de-France pour participer point d'interrogation merci""",
        question(),
    )),
    # Noise: typo — kind — newsletter
    N("typo", "kind", "Notre lettre mensulle", M(
        "Asso Passerelles <news@passerelles.example.org>", "Notre lettre mensulle", "22 07:00",
        """Notre lettre mensulle : les temps forts de novembre et un apel à bénévoles. Désinscription en bas
de page.""",
        newsletter(),
    )),
    # Noise: sms — kind — auto reply
    N("sms", "kind", "jsui en vacs", M(
        "Théo Garnier <theo.garnier@example.com>", "Réponse auto", "22 09:00",
        """(réponse auto) jsui en vacs jusko 30/11, jrep a mon retour""",
        auto_reply(),
    )),
    # Noise: franglais — kind — bounce
    N("franglais", "kind", "Mailbox full", M(
        "Mail Delivery System <mailer-daemon@mx.example.net>", "Mailbox full - message non délivré",
        "23 06:00",
        """Mailbox full : le message pour pauline.ribes@example.net n'a pas pu être délivré.""",
        bounce("pauline.ribes@example.net"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; pauline.ribes@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full""",
    )),
    # Noise: abbrev — kind — partner offer
    N("abbrev", "kind", "1 poste CDD 6 mois", M(
        "Régie de quartier Nord <rh@regienord.example.org>", "Offre", "23 10:00",
        """Bjr, 1 poste CDD 6 mois d'encadrant tech. dispo ds notre régie, merci de diffuser à vos jeunes.
RH Régie Nord""",
        other(),
    )),
    # Noise: no_accents — kind — other
    N("no_accents", "kind", "nous cherchons un benevole", M(
        "Epicerie solidaire du Pre <contact@epiceriedupre.example.fr>", "benevolat", "24 10:00",
        """Bonjour, nous cherchons un benevole pour la distribution du mercredi, pouvez-vous diffuser ?
Merci, l'epicerie du Pre""",
        other(),
    )),
]
