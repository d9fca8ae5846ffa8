"""Placement corpus, batch 08 (writer B): the deciding fact in a quoted earlier message of the same applicant
or a forwarded one (the school's certificate mail, an adviser's note, the applicant's own mail forwarded by a
social worker), only in the attached CV or its file name under a minimal body, or in the same places in
English (Subject, P.S., signature, aside, list, table); and other mail that uses the same places (a reply
quoting our mail, a bounce quoting it, a question and an invoice that are all attachment, an English
question in a P.S., an out-of-office Subject)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from placement import N

MESSAGES = [
    # Feature: quoted_forwarded — situation — > Mon stage au Relais des Familles s'est terminé le 15 octobre.
    # placed: quoted line of her own 20 October mail «> Mon stage au Relais des Familles s'est terminé le 15 octobre.» = internship over → meets not_internship
    N("quoted_forwarded", "situation", "> Mon stage au Relais des Familles s'est terminé le 15 octobre.", M(
        "Pauline Grosjean <pauline.grosjean@example.org>", "Re: ma candidature", "02 09:31",
        """Bonjour,

Je me permets de relancer mon message ci-dessous, je n'ai pas eu de réponse.

Pauline

Le 20 oct. 2026, Pauline Grosjean <pauline.grosjean@example.org> a écrit :
> Bonjour,
> J'ai eu ma licence Sciences sanitaires et sociales en juin 2026 à Besançon.
> Mon stage au Relais des Familles s'est terminé le 15 octobre.
> Je cherche un poste dans une association d'aide à la parentalité.
> Pauline Grosjean, 06 45 18 72 30""",
        app("Pauline", "Grosjean", phone="+33645187230", bac=3, grad="2026-06", status="b_quoted_stage_fini"),
    )),
    # Feature: quoted_forwarded — situation — > Je suis en stage à la MJC de Quimper jusqu'au 19 décembre.
    # placed: quoted line of his own 4 November mail «> Je suis en stage à la MJC de Quimper jusqu'au 19 décembre.» = internship running on the reading day, the new note does not change it → fails not_internship
    N("quoted_forwarded", "situation", "> Je suis en stage à la MJC de Quimper jusqu'au 19 décembre.", M(
        "Loïc Tanguy <loic.tanguy@example.net>", "Re: Candidature Pro'pulse", "10 18:05",
        """Bonjour,

Voici mon numéro, que j'avais oublié : 07 36 92 15 48.

Loïc

Le 4 nov. 2026 à 21:12, Loïc Tanguy a écrit :
> Bonjour, j'ai un DUT Carrières sociales obtenu en juin 2025.
> Je suis en stage à la MJC de Quimper jusqu'au 19 décembre.
> Ensuite je voudrais travailler dans une association d'éducation populaire.""",
        app("Loïc", "Tanguy", phone="+33736921548", bac=2, grad="2025-06", failing=("not_internship",), status="b_quoted_stage_mjc"),
    )),
    # Feature: quoted_forwarded — graduation — a obtenu le master Management des organisations de l'ESS le 8 juillet 2026
    # placed: forwarded certificate mail of her school «a obtenu le master Management des organisations de l'ESS le 8 juillet 2026» = level 5, July 2026 → meets graduation_recent
    N("quoted_forwarded", "graduation", "a obtenu le master Management des organisations de l'ESS le 8 juillet 2026", M(
        "Hanna Lindqvist <hanna.lindqvist@example.com>", "Tr: Attestation de réussite", "05 14:22",
        """Bonjour,

Comme demandé à la réunion, je vous transfère l'attestation de l'IAE. Je cherche un poste dans une coopérative ou une association d'insertion.

Hanna Lindqvist
06 70 43 29 81

---------- Message transféré ----------
De : Scolarité IAE <scolarite@iae.example.fr>
Date : 10 juillet 2026
Objet : Attestation de réussite

Madame,
Nous certifions que Mme Hanna Lindqvist a obtenu le master Management des organisations de l'ESS le 8 juillet 2026.
Le service de la scolarité""",
        app("Hanna", "Lindqvist", phone="+33670432981", bac=5, grad="2026-07", status="b_fwd_attestation"),
    )),
    # Feature: quoted_forwarded — graduation — > J'ai obtenu mon DUT Information-communication en septembre 2024.
    # placed: quoted line of his own earlier mail «> J'ai obtenu mon DUT Information-communication en septembre 2024.» = September 2024, 26 months → fails graduation_recent
    N("quoted_forwarded", "graduation", "> J'ai obtenu mon DUT Information-communication en septembre 2024.", M(
        "Sofiane Larbi <sofiane.larbi@example.fr>", "Re: dossier", "07 11:48",
        """Bonjour,

Je vous renvoie mon message d'août, il n'est peut-être pas arrivé.

Sofiane

> Bonjour,
> J'ai obtenu mon DUT Information-communication en septembre 2024.
> Je voudrais travailler à la communication d'une association culturelle.
> Sofiane Larbi — 06 38 25 90 17""",
        app("Sofiane", "Larbi", phone="+33638259017", bac=2, grad="2024-09", failing=("graduation_recent",), status="b_quoted_dut_2024"),
    )),
    # Feature: quoted_forwarded — situation — > ma mission de service civique se termine en novembre
    # ambiguous: the applicant's own forwarded mail says her civic service ends «en novembre» without a day, so whether it still runs on the 26th cannot be told
    # placed: forwarded mail of the applicant herself «> ma mission de service civique se termine en novembre» = civic service ending this month, day unknown → not_service_civique open
    N("quoted_forwarded", "situation", "> ma mission de service civique se termine en novembre", M(
        "Sylvie Arnaud <sylvie.arnaud@ccas.example.org>", "Tr: candidature de Manon Pereira", "12 10:40",
        """Bonjour,

Assistante sociale au CCAS, j'accompagne Manon Pereira (manon.pereira@example.net, 06 97 24 61 35). Je vous transfère son message, elle souhaite rejoindre votre programme.

Sylvie Arnaud
Assistante sociale — CCAS

----- Message transféré -----
> De : Manon Pereira
> Bonjour Madame Arnaud,
> j'ai eu mon BTS Économie sociale familiale en juin 2026,
> ma mission de service civique se termine en novembre
> et je voudrais travailler dans une association de quartier.""",
        app("Manon", "Pereira", phone="+33697246135", bac=2, grad="2026-06", unknown=("not_service_civique",), email="manon.pereira@example.net", forwarded_by="sylvie.arnaud@ccas.example.org", status="b_fwd_cas_sc_novembre"),
    )),
    # Feature: quoted_forwarded — aim — > Elle hésite encore entre la banque où elle a fait son alternance et une association.
    # ambiguous: the adviser's forwarded note says she hesitates between a bank and an association, and her own short note does not choose
    # placed: forwarded adviser's note about her «> Elle hésite encore entre la banque où elle a fait son alternance et une association.» = aim undecided → job_seeking_ess open
    N("quoted_forwarded", "aim", "> Elle hésite encore entre la banque où elle a fait son alternance et une association.", M(
        "Oriane Mbappé-Duval <oriane.mduval@example.org>", "Tr: avis de ma conseillère", "14 16:15",
        """Bonjour,

Ma conseillère m'a conseillé de vous transférer son avis.

Oriane Mbappé-Duval
06 62 15 48 37

-------- Message transféré --------
De : Nathalie Gérard, Apec
> Oriane a obtenu son master Gestion financière en septembre 2025.
> Elle hésite encore entre la banque où elle a fait son alternance et une association.
> Je lui ai suggéré votre programme.""",
        app("Oriane", "Mbappé-Duval", phone="+33662154837", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="b_fwd_hesite_banque"),
    )),
    # Feature: quoted_forwarded — aim — > I am looking for a job in a housing cooperative or a charity.
    # placed: quoted line of his own earlier mail «> I am looking for a job in a housing cooperative or a charity.» = the ESS aim → meets job_seeking_ess
    N("quoted_forwarded", "aim", "> I am looking for a job in a housing cooperative or a charity.", M(
        "Callum Fraser <callum.fraser@example.com>", "Re: Application", "16 13:09",
        """Hi,

Just checking you received my message below. My phone is +33 6 29 57 14 83.

Callum

On 9 Nov 2026, Callum Fraser wrote:
> Hello, I graduated from a BA in Urban Studies in June 2025 (Glasgow).
> I am looking for a job in a housing cooperative or a charity.
> I live in Bordeaux now.""",
        app("Callum", "Fraser", phone="+33629571483", bac=3, grad="2025-06", status="b_quoted_coop_en", language="en"),
    )),
    # Feature: quoted_forwarded — kind — > Votre dossier est complet, nous reviendrons vers vous en décembre.
    # placed: quoted line of our own mail «> Votre dossier est complet, nous reviendrons vers vous en décembre.» = our words, under a thank-you in our thread → kind reply
    N("quoted_forwarded", "kind", "> Votre dossier est complet, nous reviendrons vers vous en décembre.", M(
        "Aurélien Costa <aurelien.costa@example.net>", "Re: Votre dossier Pro'pulse", "18 08:44",
        """Merci beaucoup, bonne journée !

Aurélien

> Bonjour Aurélien,
> Votre dossier est complet, nous reviendrons vers vous en décembre.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<dossier-costa.5518@animafac.net>", "References": "<dossier-costa.5518@animafac.net>"},
    )),
    # Feature: quoted_forwarded — kind — > Votre candidature à Pro'pulse a bien été enregistrée.
    # placed: our mail quoted in a bounce «> Votre candidature à Pro'pulse a bien été enregistrée.» = our acknowledgement returned undelivered → kind bounce
    N("quoted_forwarded", "kind", "> Votre candidature à Pro'pulse a bien été enregistrée.", M(
        "Mail Delivery System <mailer-daemon@example.com>", "Mail delivery failed: returning message to sender", "20 04:02",
        """This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients:

  celia.montagne@example.com
    domain has no mail server

------ This is a copy of the message ------
> Votre candidature à Pro'pulse a bien été enregistrée.
> L'équipe Pro'pulse""",
        bounce("celia.montagne@example.com"),
        bounce="""Reporting-MTA: dns; relay.example.com

Final-Recipient: rfc822; celia.montagne@example.com
Action: failed
Status: 5.4.4
Diagnostic-Code: smtp; 550 domain has no mail server""",
    )),
    # Feature: attachment_only — graduation — Licence professionnelle Gestion des organisations de l'ESS — juin 2025
    # placed: CV Formation line «Licence professionnelle Gestion des organisations de l'ESS — juin 2025» (the file name says LP_ESS_2025 too) = level 3, June 2025 → meets graduation_recent
    N("attachment_only", "graduation", "Licence professionnelle Gestion des organisations de l'ESS — juin 2025", M(
        "Nadia Ferreira-Lopes <nadia.fl@example.org>", "Candidature", "03 08:20",
        """Bonjour, ci-joint mon CV. Bien à vous""",
        app("Nadia", "Ferreira-Lopes", phone="+33615297340", bac=3, grad="2025-06", status="b_cv_lp_ess", info_in="cv"),
        cv=CV("pdf", "CV_Nadia_Ferreira-Lopes_LP_ESS_2025.pdf", """Nadia Ferreira-Lopes — LP ESS 2025
06 15 29 73 40 — nadia.fl@example.org
Formation
Licence professionnelle Gestion des organisations de l'ESS — juin 2025, IUT de Saint-Étienne
Expériences
Été 2024 : animatrice, centre de loisirs
Objectif : chargée de projet dans une association ou une coopérative"""),
    )),
    # Feature: attachment_only — situation — Depuis septembre 2026 : stagiaire chargé de projets, Fondation Aubépine (jusqu'en février 2027)
    # placed: CV Expérience line «Depuis septembre 2026 : stagiaire chargé de projets, Fondation Aubépine (jusqu'en février 2027)» = internship running → fails not_internship
    N("attachment_only", "situation", "Depuis septembre 2026 : stagiaire chargé de projets, Fondation Aubépine (jusqu'en février 2027)", M(
        "Timothée Garnier <timothee.garnier@example.net>", "CV", "06 22:47",
        """Bonjour,
CV en pièce jointe.
Cordialement""",
        app("Timothée", "Garnier", phone="+33684530219", bac=5, grad="2026-06", failing=("not_internship",), status="b_cv_stagiaire_fondation", info_in="cv"),
        cv=CV("docx", "CV_Timothee_Garnier.docx", """Timothée Garnier
06 84 53 02 19 — timothee.garnier@example.net
Formation
2026 : Master Action humanitaire, Université de Lyon (juin)
Expérience
Depuis septembre 2026 : stagiaire chargé de projets, Fondation Aubépine (jusqu'en février 2027)
Objectif : un poste dans une ONG ou une fondation"""),
    )),
    # Feature: attachment_only — studies_finished — Julien Besnard — M2 2025
    # ambiguous: the file name and the CV's title say «M2 2025», the CV's Formation line says the same master is «en cours»; nothing settles whether it was obtained
    # placed: CV title and file name «Julien Besnard — M2 2025» against the Formation line «Master 2 Politiques sociales — en cours» = master obtained or still followed → studies_finished open
    N("attachment_only", "studies_finished", "Julien Besnard — M2 2025", M(
        "Julien Besnard <julien.besnard@example.com>", "candidature pro'pulse", "09 12:03",
        """Bonjour, ci-joint mon CV.
Julien""",
        app("Julien", "Besnard", phone="+33751846203", bac="*", grad=None, unknown=("studies_finished",), status="b_cv_nom_contredit", info_in="cv"),
        cv=CV("pdf", "CV_Julien_Besnard_M2_2025.pdf", """Julien Besnard — M2 2025
07 51 84 62 03 — julien.besnard@example.com
Formation
Master 2 Politiques sociales — en cours, Université de Poitiers
2023 : Licence de sociologie
Objectif : coordinateur dans une association d'action sociale"""),
    )),
    # Feature: attachment_only — career_change — 2009 – 2023 : assistante dentaire, cabinet du Dr Lenoir, Agen
    # placed: CV Expérience line «2009 – 2023 : assistante dentaire, cabinet du Dr Lenoir, Agen» = fourteen years in another trade before the 2026 BTS → fails not_career_change
    N("attachment_only", "career_change", "2009 – 2023 : assistante dentaire, cabinet du Dr Lenoir, Agen", M(
        "Corinne Lafitte <corinne.lafitte@example.fr>", "Candidature", "13 09:55",
        """Bonjour, ci-joint mon CV. Bien cordialement""",
        app("Corinne", "Lafitte", phone="+33553972184", bac=2, grad="2026-06", failing=("not_career_change",), status="b_cv_assistante_dentaire", info_in="cv"),
        cv=CV("docx", "CV_Corinne_Lafitte.docx", """Corinne Lafitte
05 53 97 21 84 — corinne.lafitte@example.fr
Formation
2026 : BTS Services et prestations des secteurs sanitaire et social (juin)
Expérience
2009 – 2023 : assistante dentaire, cabinet du Dr Lenoir, Agen
Objectif : un poste dans une association d'aide à domicile"""),
    )),
    # Feature: attachment_only — level — BTS Économie sociale familiale — 2026
    # placed: CV Formation line «BTS Économie sociale familiale — 2026» = level 2, 2026 → meets degree_level
    N("attachment_only", "level", "BTS Économie sociale familiale — 2026", M(
        "Aïssatou Camara <aissatou.camara@example.net>", "CV", "17 20:30",
        """Bonjour, mon CV est en pièce jointe. Merci""",
        app("Aïssatou", "Camara", phone="+33780264951", bac=2, grad="2026", status="b_cv_bts_esf", info_in="cv"),
        cv=CV("odt", "CV_Aissatou_Camara.odt", """Aïssatou Camara
07 80 26 49 51 — aissatou.camara@example.net
Formation
BTS Économie sociale familiale — 2026, lycée Jean-Moulin, Angers
Expériences
Jobs d'été : animatrice en colonie
Objectif : conseillère dans une épicerie solidaire ou un centre social"""),
    )),
    # Feature: attachment_only — level — Diplôme de technicien spécialisé en gestion, OFPPT Casablanca (2025)
    # ambiguous: a Moroccan «technicien spécialisé» diploma whose French level (bac+2 or below) the CV does not state and a coordinator cannot tell
    # placed: CV Formation line «Diplôme de technicien spécialisé en gestion, OFPPT Casablanca (2025)» = a foreign diploma of debatable level → degree_level open
    N("attachment_only", "level", "Diplôme de technicien spécialisé en gestion, OFPPT Casablanca (2025)", M(
        "Youssef El Idrissi <youssef.elidrissi@example.com>", "Candidature Pro'pulse", "19 11:11",
        """Bonjour,
Veuillez trouver mon CV ci-joint.
Youssef""",
        app("Youssef", "El Idrissi", phone="+33766182430", bac="*", grad="2025", unknown=("degree_level",), status="b_cv_ofppt", info_in="cv"),
        cv=CV("pdf", "CV_Youssef_El_Idrissi.pdf", """Youssef El Idrissi
07 66 18 24 30 — youssef.elidrissi@example.com
Formation
Diplôme de technicien spécialisé en gestion, OFPPT Casablanca (2025)
Expérience
2026 : bénévole, association d'aide aux devoirs, Montpellier
Objectif : assistant de gestion dans une association ou une SCOP"""),
    )),
    # Feature: attachment_only — kind — Question : le programme accepte-t-il les diplômes obtenus hors d'Europe ?
    # placed: attached document «Question : le programme accepte-t-il les diplômes obtenus hors d'Europe ?» = a general question, no fact about the writer → kind question
    N("attachment_only", "kind", "Question : le programme accepte-t-il les diplômes obtenus hors d'Europe ?", M(
        "Association Horizons Partagés <accueil@horizons.example.org>", "Question", "21 15:36",
        """Bonjour, notre question est dans le document joint. Merci""",
        question(),
        cv=CV("pdf", "question_horizons.pdf", """Association Horizons Partagés
Question : le programme accepte-t-il les diplômes obtenus hors d'Europe ?
Merci de votre réponse."""),
    )),
    # Feature: attachment_only — kind — Facture n° 2026-311 : location de la salle du 12 décembre, 180 €
    # placed: attached document «Facture n° 2026-311 : location de la salle du 12 décembre, 180 €» = an invoice → kind other: no applicant
    N("attachment_only", "kind", "Facture n° 2026-311 : location de la salle du 12 décembre, 180 €", M(
        "Maison des Associations <compta@mda.example.fr>", "Facture", "23 10:05",
        """Bonjour, ci-joint notre facture. Cordialement""",
        other(),
        cv=CV("pdf", "facture_2026-311.pdf", """Maison des Associations
Facture n° 2026-311 : location de la salle du 12 décembre, 180 €
À régler sous 30 jours."""),
    )),
    # Feature: english_placement — graduation — MA in Social Economy, graduated July 2025
    # placed: Subject «MA in Social Economy, graduated July 2025» = level 5, July 2025 → meets graduation_recent (the body does not repeat it)
    N("english_placement", "graduation", "MA in Social Economy, graduated July 2025", M(
        "Ingrid Solberg <ingrid.solberg@example.com>", "Application — MA in Social Economy, graduated July 2025", "04 17:28",
        """Dear Pro'pulse team,

I would like to join your programme. I am looking for a job in a French cooperative or a non-profit working on fair trade, ideally in Paris.

Best regards,
Ingrid Solberg
+33 7 45 81 36 20""",
        app("Ingrid", "Solberg", phone="+33745813620", bac=5, grad="2025-07", status="b_en_subject_ma", language="en"),
    )),
    # Feature: english_placement — situation — P.S. I'm still doing my service civique at a youth club, until 31 January.
    # placed: P.S. «I'm still doing my service civique at a youth club, until 31 January.» = civic service running → fails not_service_civique
    N("english_placement", "situation", "P.S. I'm still doing my service civique at a youth club, until 31 January.", M(
        "Kwame Boateng <kwame.boateng@example.net>", "Application", "08 20:12",
        """Hello,

I have a BTS in Social and Family Economics (June 2026) and I would like to work for an association helping families in Lille.

Thanks,
Kwame Boateng
+33 6 73 02 58 14

P.S. I'm still doing my service civique at a youth club, until 31 January.""",
        app("Kwame", "Boateng", phone="+33673025814", bac=2, grad="2026-06", failing=("not_service_civique",), status="b_en_ps_sc", language="en"),
    )),
    # Feature: english_placement — situation — Community Outreach Intern — Harbour Foundation
    # ambiguous: he writes from his work account and the signature may be an old template; nothing in the body says whether the internship is still running
    # placed: signature «Community Outreach Intern — Harbour Foundation» = an internship title perhaps stale → not_internship open
    N("english_placement", "situation", "Community Outreach Intern — Harbour Foundation", M(
        "Ethan Marlowe <e.marlowe@harbour.example.org>", "Application to the programme", "11 07:58",
        """Hi,

Sorry for writing from my work account. I finished my BSc in Psychology in June 2025 and I want to work in a charity or an association supporting young people.

Ethan Marlowe
Community Outreach Intern — Harbour Foundation
+33 6 40 91 73 25""",
        app("Ethan", "Marlowe", phone="+33640917325", bac=3, grad="2025-06", unknown=("not_internship",), status="b_en_sig_intern", language="en"),
    )),
    # Feature: english_placement — graduation — (I graduated in 2022)
    # placed: aside in parentheses «(I graduated in 2022)» = the licence from 2022, more than 24 months → fails graduation_recent
    N("english_placement", "graduation", "(I graduated in 2022)", M(
        "Lucía Ortega <lucia.ortega@example.com>", "Application Pro'pulse", "15 12:40",
        """Hello,

I studied for a licence in Sociology at Université Paris Nanterre (I graduated in 2022) and I would like to work in a French association for migrants' rights.

Kind regards,
Lucía Ortega
+33 7 29 84 16 53""",
        app("Lucía", "Ortega", phone="+33729841653", bac=3, grad="2022", failing=("graduation_recent",), status="b_en_aside_2022", language="en"),
    )),
    # Feature: english_placement — level — - Degree: State Diploma in Social Work (DEASS), June 2026
    # placed: list item «- Degree: State Diploma in Social Work (DEASS), June 2026» = level 3 → meets degree_level
    N("english_placement", "level", "- Degree: State Diploma in Social Work (DEASS), June 2026", M(
        "Grace Owusu-Ansah <grace.owusuansah@example.org>", "Application", "22 09:26",
        """Hello,

About me:
- Degree: State Diploma in Social Work (DEASS), June 2026
- Languages: English, French, Twi
- Looking for: a social worker role in a housing association

Grace Owusu-Ansah
+33 6 51 38 70 92""",
        app("Grace", "Owusu-Ansah", phone="+33651387092", bac=3, grad="2026-06", status="b_en_list_deass", language="en"),
    )),
    # Feature: english_placement — studies_finished — MSc Development Studies | dissertation submitted, marks pending
    # ambiguous: the table says the dissertation is submitted but the marks are not out, so whether the MSc is obtained cannot be told today
    # placed: table cell «MSc Development Studies | dissertation submitted, marks pending» = exams and dissertation done, results awaited → studies_finished open
    N("english_placement", "studies_finished", "MSc Development Studies | dissertation submitted, marks pending", M(
        "Rohan Mehta <rohan.mehta@example.net>", "Application – Pro'pulse", "24 14:14",
        """Hello,

Degree | Status
BA Geography | 2025
MSc Development Studies | dissertation submitted, marks pending

I would like to work for a French NGO or a fair-trade cooperative.

Rohan Mehta
+33 7 58 20 46 31""",
        app("Rohan", "Mehta", phone="+33758204631", bac=3, grad="2025", unknown=("studies_finished",), status="b_en_table_msc", language="en"),
    )),
    # Feature: english_placement — kind — P.S. Can people who live outside France apply?
    # placed: P.S. «Can people who live outside France apply?» = a general question from a careers office, no fact about the writer → kind question
    N("english_placement", "kind", "P.S. Can people who live outside France apply?", M(
        "Careers Service <careers@uni.example.com>", "Your programme", "25 10:20",
        """Hello,

Thank you for the leaflets, we have shared them with our students.

Best,
Careers Service

P.S. Can people who live outside France apply?""",
        question("en"),
    )),
    # Feature: english_placement — kind — Out of office until Monday 30 November
    # placed: Subject «Out of office until Monday 30 November» = an absence notice → kind auto_reply: no personal fact
    N("english_placement", "kind", "Out of office until Monday 30 November", M(
        "Megan Doyle <megan.doyle@example.org>", "Out of office until Monday 30 November", "26 06:15",
        """This is an automatic reply.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
