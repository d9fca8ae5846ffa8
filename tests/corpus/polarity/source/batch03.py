"""Polarity corpus, batch 03 (writer A): restrictions and exceptions («baccalauréat uniquement», «je ne
cherche que dans les associations», «tous mes stages sont finis sauf un», «seulement un BTS», "only"),
«ni … ni» («ni stage ni service civique en cours», «ni licence ni BTS», «ni cours ni mémoire en attente»,
"neither … nor") and «sans» and its kin («sans diplôme du supérieur», «sans interruption», «sans
reconversion», «sans préférence», "without"), and other mail with the same operators."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question
from polarity import N

MESSAGES = [
    # Feature: restriction_exception — level — Diplômes : baccalauréat uniquement
    # operated: «uniquement» on «baccalauréat» (the CV's diplomas) → the bac alone (2019) → level 0 → fails degree_level
    N("restriction_exception", "level", "Diplômes : baccalauréat uniquement", M(
        "Enzo Baptista <enzo.baptista@example.org>", "Candidature Pro'pulse", "02 12:14",
        """Bonjour,

Veuillez trouver mon CV en pièce jointe pour le programme Pro'pulse.

Cordialement,
Enzo Baptista""",
        app("Enzo", "Baptista", phone="+33624719035", bac=0, grad="2019", failing=("degree_level",), info_in="cv", status="bac_uniquement_cv"),
        cv=CV("odt", "Enzo_Baptista_CV.odt", """Enzo Baptista
06 24 71 90 35 – enzo.baptista@example.org
Diplômes : baccalauréat uniquement (bac pro Commerce, 2019)
Expérience : employé de rayon 2019-2024, animateur de ressourcerie associative depuis 2025
Recherche : un emploi dans une ressourcerie ou une recyclerie associative"""),
    )),
    # Feature: restriction_exception — aim — je ne cherche que dans les associations
    # operated: «ne … que» on «dans les associations» → an ESS-only search → meets job_seeking_ess
    N("restriction_exception", "aim", "je ne cherche que dans les associations", M(
        "Margaux Tiendrebeogo <margaux.tiendrebeogo@example.com>", "Candidature – BUT GEA 2026", "03 09:26",
        """Bonjour,

BUT Gestion des entreprises et des administrations obtenu en juin 2026 à Nanterre. On m'a proposé des postes en cabinet comptable mais je ne cherche que dans les associations : gestion, paie, vie associative.

Margaux Tiendrebeogo
06 85 23 40 67""",
        app("Margaux", "Tiendrebeogo", phone="+33685234067", bac=3, grad="2026-06", status="ne_cherche_que_associations"),
    )),
    # Feature: restriction_exception — situation — tous mes stages sont finis sauf un
    # operated: «sauf» on «un» (one internship, in a SCOP, until 31 March) → an internship running → fails not_internship
    N("restriction_exception", "situation", "tous mes stages sont finis sauf un", M(
        "Pauline Hersant <pauline.hersant@example.net>", "candidature programme Pro'pulse", "04 15:41",
        """Bonjour,

J'ai obtenu ma licence pro Métiers de l'entrepreneuriat social en juin 2026. Depuis, j'ai enchaîné les stages courts pour me faire un réseau : tous mes stages sont finis sauf un, dans une SCOP de traduction, qui court jusqu'au 31 mars.

Je vise ensuite un emploi dans une coopérative.

Pauline Hersant
07 20 93 55 14""",
        app("Pauline", "Hersant", phone="+33720935514", bac=3, grad="2026-06", failing=("not_internship",), status="stages_finis_sauf_un"),
    )),
    # Feature: restriction_exception — studies_finished — je n'ai que le M1 : le M2, je l'ai mis en pause
    # ambiguous: a M2 «mis en pause» may be an abandonment (studies over) or an enrolment kept for later: a careful reader cannot say the studies are finished
    # operated: «ne … que» on «le M1» with the M2 «en pause» → level 4 (M1 2025-06), the M2 neither finished nor dropped → open studies_finished
    N("restriction_exception", "studies_finished", "je n'ai que le M1 : le M2, je l'ai mis en pause", M(
        "Jade Villeneuve-Sy <jade.villeneuvesy@example.fr>", "Candidature", "05 18:09",
        """Bonjour,

Pour être précise sur mon niveau : je n'ai que le M1 : le M2, je l'ai mis en pause après un semestre, pour raisons familiales. M1 Sciences de l'éducation validé en juin 2025 à Nantes.

Je cherche un poste dans une association de protection de l'enfance.

Jade Villeneuve-Sy
06 48 02 71 39""",
        app("Jade", "Villeneuve-Sy", phone="+33648027139", bac=4, grad="2025-06", unknown=("studies_finished",), status="que_m1_m2_en_pause"),
    )),
    # Feature: restriction_exception — aim — I am only looking at cooperatives and charities
    # operated: «only» on «cooperatives and charities» → an ESS-only search → meets job_seeking_ess
    N("restriction_exception", "aim", "I am only looking at cooperatives and charities", M(
        "Aisha Bello <aisha.bello@example.org>", "Application", "06 10:03",
        """Hi,

I hold a BTS in management assistance (Lycée Jean-Moulin, Lyon, July 2025). I am only looking at cooperatives and charities, ideally in office management or volunteer coordination.

Thanks for considering my application,
Aisha Bello
07 64 18 29 53""",
        app("Aisha", "Bello", phone="+33764182953", bac=2, grad="2025-07", language="en", status="only_coops_charities"),
    )),
    # Feature: restriction_exception — graduation — seulement un BTS, obtenu en 2021
    # operated: «seulement» on «un BTS, obtenu en 2021» → the only diploma is of 2021 → fails graduation_recent
    N("restriction_exception", "graduation", "seulement un BTS, obtenu en 2021", M(
        "Gwenaël Kerjean <gwenael.kerjean@example.com>", "candidature pro'pulse", "07 16:47",
        """Bonjour,

J'ai seulement un BTS, obtenu en 2021 (Gestion de la PME), et depuis j'ai travaillé comme assistant dans une fédération d'associations sportives. Je cherche un poste un peu plus qualifié dans l'associatif.

Gwenaël Kerjean
06 17 46 93 02""",
        app("Gwenaël", "Kerjean", phone="+33617469302", bac=2, grad="2021", failing=("graduation_recent",), status="seulement_bts_2021"),
    )),
    # Feature: restriction_exception — kind — réservée uniquement aux structures adhérentes
    # operated: «uniquement» on «aux structures adhérentes» → a network's newsletter → kind newsletter
    N("restriction_exception", "kind", "réservée uniquement aux structures adhérentes", M(
        "Lettre de l'Union des Centres Sociaux <lettre@ucs.example.org>", "La lettre de l'Union – novembre", "08 08:00",
        """LA LETTRE DE L'UNION – NOVEMBRE 2026

Formation « Accueillir les jeunes volontaires » : réservée uniquement aux structures adhérentes, les 9 et 10 décembre.

Appel à projets « Vacances pour tous » : dossiers jusqu'au 15 janvier.

Désinscription : https://ucs.example.org/lettre/desinscription""",
        newsletter(),
    )),
    # Feature: restriction_exception — kind — only accepts messages from members of its organisation
    # operated: «only» on «accepts messages from members» → a rejection of one of our mails → kind bounce
    N("restriction_exception", "kind", "only accepts messages from members of its organisation", M(
        "Mail Delivery Subsystem <mailer-daemon@relay.example.com>", "Undeliverable: Votre candidature à Pro'pulse", "08 14:21",
        """Delivery has failed to these recipients or groups:

benedicte.ortiz@example.com
The group benedicte.ortiz only accepts messages from members of its organisation. Your message wasn't delivered.""",
        bounce("benedicte.ortiz@example.com"),
        bounce="Reporting-MTA: dns; relay.example.com\nAction: failed\nFinal-Recipient: rfc822; benedicte.ortiz@example.com\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
    )),
    # Feature: neither_nor — situation — ni stage ni service civique en cours
    # operated: «ni … ni» on «stage», «service civique en cours» → neither running → meets not_internship, not_service_civique
    N("neither_nor", "situation", "ni stage ni service civique en cours", M(
        "Loïc Amrani <loic.amrani@example.fr>", "Candidature Pro'pulse – DUT Carrières sociales", "09 11:11",
        """Bonjour,

DUT Carrières sociales (option animation sociale et socioculturelle) obtenu en juin 2025. Ni stage ni service civique en cours : je suis inscrit à France Travail depuis septembre.

Je cherche un poste d'animateur dans un centre social ou une association de prévention.

Loïc Amrani
06 36 91 28 47""",
        app("Loïc", "Amrani", phone="+33636912847", bac=2, grad="2025-06", status="ni_stage_ni_sc"),
    )),
    # Feature: neither_nor — level — ni licence ni BTS
    # operated: «ni … ni» on «licence», «BTS» → the bac (2018) and short trainings → level 0 → fails degree_level
    N("neither_nor", "level", "ni licence ni BTS", M(
        "CCAS de Montreuil-sur-Loir – Agnès Fontaine <a.fontaine@ccas-msl.example.fr>", "Présentation d'une candidate", "10 14:05",
        """Bonjour,

Je vous présente Mme Fatoumata Keïta, que j'accompagne au CCAS. Elle est très investie dans les associations du quartier. Pour être transparente sur son parcours : ni licence ni BTS, elle a le bac (2018) et plusieurs formations courtes d'animatrice.

Elle souhaite un emploi dans une association de quartier. Ses coordonnées : fatoumata.keita@example.org, 07 58 12 36 90.

Agnès Fontaine
Travailleuse sociale, CCAS""",
        app("Fatoumata", "Keïta", phone="+33758123690", bac=0, grad="2018", failing=("degree_level",), email="fatoumata.keita@example.org", forwarded_by="a.fontaine@ccas-msl.example.fr", status="ni_licence_ni_bts"),
    )),
    # Feature: neither_nor — studies_finished — je n'ai ni cours ni mémoire en attente
    # operated: «ni … ni» on «cours», «mémoire en attente» → everything validated (master 2026-07) → meets studies_finished
    N("neither_nor", "studies_finished", "je n'ai ni cours ni mémoire en attente", M(
        "Esther Abitbol <esther.abitbol@example.net>", "Candidature master ESS", "11 10:37",
        """Bonjour,

Je vous précise d'emblée, puisque ma fiche d'inscription universitaire indique encore « étudiante » : je n'ai ni cours ni mémoire en attente, le master Économie sociale et solidaire est validé depuis juillet 2026 (Université Paris-Est Créteil).

Je cherche un poste de chargée de mission dans une CRESS ou une fédération de l'ESS.

Esther Abitbol
06 26 84 15 73""",
        app("Esther", "Abitbol", phone="+33626841573", bac=5, grad="2026-07", status="ni_cours_ni_memoire"),
    )),
    # Feature: neither_nor — situation — Je ne suis ni en stage ni salariée
    # ambiguous: a «mission de volontariat» in an association until March, its scheme not named: civic service or another volunteering, a careful reader cannot tell
    # operated: «ni … ni» on «en stage», «salariée» → no internship, but a running volunteering of unstated scheme → open not_service_civique
    N("neither_nor", "situation", "Je ne suis ni en stage ni salariée", M(
        "Hyun-woo Park <hyunwoo.park@example.com>", "candidature", "12 19:19",
        """Bonjour,

Licence d'anglais et de FLE obtenue en juin 2026. Je ne suis ni en stage ni salariée : je fais une mission de volontariat dans une association d'alphabétisation, jusqu'au mois de mars.

Après, j'aimerais y être embauchée ou dans une structure voisine.

Hyun-woo Park
07 39 51 07 26""",
        app("Hyun-woo", "Park", phone="+33739510726", bac=3, grad="2026-06", unknown=("not_service_civique",), status="ni_stage_ni_salariee_volontariat"),
    )),
    # Feature: neither_nor — career_change — Je ne suis ni jeune diplômée ni débutante
    # operated: «ni … ni» on «jeune diplômée», «débutante» → twenty years in hotels before a 2026 BTS → fails not_career_change
    N("neither_nor", "career_change", "Je ne suis ni jeune diplômée ni débutante", M(
        "Corinne Lefebvre-Adjei <corinne.lefebvreadjei@example.org>", "Candidature – reconversion", "13 14:58",
        """Madame, Monsieur,

Je ne suis ni jeune diplômée ni débutante : j'ai travaillé vingt ans dans l'hôtellerie, comme réceptionniste puis gouvernante, avant de reprendre un BTS Services et prestations des secteurs sanitaire et social, obtenu en juin 2026.

Je souhaite travailler dans une association d'aide aux personnes âgées.

Corinne Lefebvre-Adjei
06 91 40 63 25""",
        app("Corinne", "Lefebvre-Adjei", phone="+33691406325", bac=2, grad="2026-06", failing=("not_career_change",), status="ni_jeune_ni_debutante_hotellerie"),
    )),
    # Feature: neither_nor — studies_finished — ni tout à fait diplômée ni encore étudiante
    # ambiguous: all exams sat, the jury sits on 2 December: she may pass or fail, a careful reader cannot call the studies finished
    # operated: «ni … ni» on «tout à fait diplômée», «encore étudiante» → results of the licence pro still to come → open studies_finished
    N("neither_nor", "studies_finished", "ni tout à fait diplômée ni encore étudiante", M(
        "Mireille Andrianarisoa <mireille.andria@example.fr>", "Pro'pulse : candidature", "14 17:40",
        """Bonjour,

Me voilà ni tout à fait diplômée ni encore étudiante : j'ai passé toutes les épreuves de ma licence pro Coordination de projets en animation, le jury se réunit le 2 décembre.

Je cherche un poste de coordinatrice dans une association d'éducation populaire.

Mireille Andrianarisoa
06 03 58 24 91""",
        app("Mireille", "Andrianarisoa", phone="+33603582491", bac="*", grad=None, unknown=("studies_finished",), status="ni_diplomee_ni_etudiante_jury"),
    )),
    # Feature: neither_nor — situation — neither an internship nor a civic service
    # operated: «neither … nor» on «an internship», «a civic service» → none running → meets
    N("neither_nor", "situation", "neither an internship nor a civic service", M(
        "Daniel Okonkwo <daniel.okonkwo@example.net>", "Pro'pulse application – Daniel Okonkwo", "15 09:02",
        """Good morning,

I completed a licence professionnelle in social and solidarity economy at Université Paris 8 in June 2025. What I am doing now is neither an internship nor a civic service: I work on short paid assignments for a moving company while I look for a job in a housing charity or a social cooperative.

Best wishes,
Daniel Okonkwo
06 52 37 80 14""",
        app("Daniel", "Okonkwo", phone="+33652378014", bac=3, grad="2025-06", language="en", status="neither_internship_nor_sc"),
    )),
    # Feature: neither_nor — kind — Ni stage ni service civique : les deux conditions
    # operated: «ni … ni» on «stage», «service civique» in a general question → no personal fact → kind question
    N("neither_nor", "kind", "Ni stage ni service civique : les deux conditions", M(
        "Océane Brunet <oceane.brunet@example.com>", "question sur les conditions", "15 21:30",
        """Bonsoir,

Ni stage ni service civique : les deux conditions sont-elles cumulatives, ou suffit-il de ne pas être en service civique ? La page d'information n'est pas très claire là-dessus.

Bonne soirée""",
        question(),
    )),
    # Feature: neither_nor — kind — Vous n'êtes ni étudiant ni salarié
    # operated: «ni … ni» on «étudiant», «salarié» → a survey addressed to everyone → kind other
    N("neither_nor", "kind", "Vous n'êtes ni étudiant ni salarié", M(
        "Observatoire Jeunesse 2026 <enquete@obsjeunesse.example.org>", "Enquête : votre situation en 10 questions", "16 10:00",
        """Vous n'êtes ni étudiant ni salarié ? Votre avis nous intéresse.

L'Observatoire Jeunesse mène une enquête anonyme sur les parcours des 18-30 ans. Dix minutes suffisent : https://obsjeunesse.example.org/enquete

Merci de votre participation.""",
        other(),
    )),
    # Feature: without — level — sans diplôme du supérieur
    # operated: «sans» on «diplôme du supérieur» → the bac pro (2018) alone → level 0 → fails degree_level
    N("without", "level", "sans diplôme du supérieur", M(
        "Amadou Traoré <amadou.traore@example.org>", "Candidature animateur", "17 08:35",
        """Bonjour,

Je vous envoie mon CV. Je suis animateur depuis cinq ans, sans diplôme du supérieur, mais avec beaucoup d'expérience de terrain. Je souhaite rester dans une association de quartier.

Amadou Traoré""",
        app("Amadou", "Traoré", phone="+33627940358", bac=0, grad="2018", failing=("degree_level",), info_in="both", status="sans_diplome_superieur"),
        cv=CV("pdf", "CV_Amadou_Traore.pdf", """Amadou Traoré
06 27 94 03 58
Formation
2018 Bac professionnel Services de proximité et vie locale
2020 BAFA
Expérience
Depuis 2021 Animateur, association Les Jardins du Lac"""),
    )),
    # Feature: without — graduation — diplômée sans interruption d'études : master obtenu en juin 2026
    # operated: «sans» on «interruption d'études» (a path, not a diploma) → the master dated 2026-06 decides → recent
    N("without", "graduation", "diplômée sans interruption d'études : master obtenu en juin 2026", M(
        "Salomé Ben Haïm <salome.benhaim@example.com>", "Candidature – master 2026", "17 16:29",
        """Bonjour,

Je suis diplômée sans interruption d'études : master obtenu en juin 2026 (Management de projets solidaires, Angers), juste après ma licence.

Je cherche un premier poste dans une fondation ou une association de solidarité internationale.

Salomé Ben Haïm
06 64 13 87 20""",
        app("Salomé", "Ben Haïm", phone="+33664138720", bac=5, grad="2026-06", status="sans_interruption_master_2026"),
    )),
    # Feature: without — situation — sans être en stage, je suis volontaire en service civique jusqu'en avril 2027
    # operated: «sans» on «être en stage» → no internship, but a civic service running until 2027-04 → fails not_service_civique
    N("without", "situation", "sans être en stage, je suis volontaire en service civique jusqu'en avril 2027", M(
        "Rayan Boukhris <rayan.boukhris@example.net>", "candidature", "18 12:44",
        """Bonjour,

Licence de sociologie en juin 2025. Pour répondre à la question de votre formulaire : sans être en stage, je suis volontaire en service civique jusqu'en avril 2027 dans une association de lutte contre l'illettrisme.

Je cherche un emploi dans la même association ou une structure proche.

Rayan Boukhris
07 27 05 64 31""",
        app("Rayan", "Boukhris", phone="+33727056431", bac=3, grad="2025-06", failing=("not_service_civique",), status="sans_stage_mais_sc_avril_2027"),
    )),
    # Feature: without — graduation — sans pouvoir vous dire exactement quand : fin 2024 je crois
    # ambiguous: «fin 2024 je crois» puts the licence in 2024 without a month, on the edge of the 24 months: a careful reader cannot decide
    # operated: «sans» on «pouvoir vous dire exactement quand» → licence of 2024, year alone and hedged → open graduation_recent
    N("without", "graduation", "sans pouvoir vous dire exactement quand : fin 2024 je crois", M(
        "Gaëlle Nzeza <gaelle.nzeza@example.fr>", "candidature pro'pulse", "19 20:52",
        """Bonjour,

J'ai une licence pro Métiers de l'animation sociale, validée après un rattrapage, sans pouvoir vous dire exactement quand : fin 2024 je crois, il faudrait que je retrouve le relevé.

Je cherche un poste dans une association de l'action sociale.

Gaëlle Nzeza
06 05 72 39 84""",
        app("Gaëlle", "Nzeza", phone="+33605723984", bac=3, grad="2024", unknown=("graduation_recent",), status="sans_date_fin_2024"),
    )),
    # Feature: without — career_change — sans reconversion
    # operated: «sans» on «reconversion» → ten years in social work before and after the DEASS → meets not_career_change
    N("without", "career_change", "sans reconversion", M(
        "Frédéric Quenum <frederic.quenum@example.org>", "Candidature – DEASS 2025", "20 09:14",
        """Bonjour,

Moniteur-éducateur pendant dix ans, j'ai obtenu le diplôme d'État d'assistant de service social en juillet 2025, sans reconversion donc : je reste dans l'accompagnement social. Je cherche un poste d'assistant social dans une association.

Frédéric Quenum
06 83 29 51 06""",
        app("Frédéric", "Quenum", phone="+33683295106", bac=3, grad="2025-07", status="sans_reconversion_deass"),
    )),
    # Feature: without — aim — sans préférence de secteur
    # ambiguous: an administrative job «sans préférence de secteur»: an association would do, but so would any firm; a careful reader cannot say the search is in the ESS
    # operated: «sans» on «préférence de secteur» → any sector → open job_seeking_ess
    N("without", "aim", "sans préférence de secteur", M(
        "Benoît Marchal <benoit.marchal@example.com>", "candidature", "21 11:48",
        """Bonjour,

BTS Support à l'action managériale, juin 2026. Je cherche un poste d'assistant administratif, sans préférence de secteur, en CDI de préférence.

Benoît Marchal
07 17 40 92 63""",
        app("Benoît", "Marchal", phone="+33717409263", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="sans_preference_secteur"),
    )),
    # Feature: without — kind — sans inscription préalable
    # operated: «sans» on «inscription préalable» → an event announcement → kind newsletter
    N("without", "kind", "sans inscription préalable", M(
        "Maison de l'ESS <agenda@maisoness.example.net>", "Agenda de décembre", "22 07:15",
        """AGENDA DE DÉCEMBRE – MAISON DE L'ESS

Mardi 8 : permanence « créer sa coopérative », accès libre et sans inscription préalable.
Jeudi 17 : apéro des bénévoles.

Vous recevez ce message car vous êtes inscrit à notre agenda. Se désabonner : https://maisoness.example.net/agenda/stop""",
        newsletter(),
    )),
    # Feature: without — kind — sans réponse de ma part
    # operated: «sans» on «réponse de ma part» → absence notice → kind auto_reply
    N("without", "kind", "sans réponse de ma part", M(
        "Lucie Garnier-Pham <lucie.garnierpham@example.org>", "Réponse automatique : Partenariat Pro'pulse", "22 17:03",
        """Bonjour,

En déplacement jusqu'au 30 novembre, je lirai vos messages à mon retour. Sans réponse de ma part d'ici le 2 décembre, n'hésitez pas à me relancer.

Lucie Garnier-Pham""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
