"""Sectors corpus, batch 05 (writer B): insertion par l'activité économique (chantiers d'insertion, ACI,
régies de quartier, ETTI, CIP), médico-social (IME, foyers, MECS, EHPAD, DEES, DEME, DE CESF) and animation
(centres sociaux, MJC, BPJEPS, DEJEPS, BAFA); other mail of the same sectors."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from sectors import N

MESSAGES = [
    # Feature: insertion — level — titre pro CIP obtenu en mars 2026
    # sector: «titre pro CIP obtenu en mars 2026» = the titre professionnel de conseiller en insertion professionnelle, level 5 (bac+2), 8 months ago → meets degree_level and graduation_recent
    N("insertion", "level", "titre pro CIP obtenu en mars 2026", M(
        "Mamadou Diakhaby <mamadou.diakhaby@example.org>", "Candidature Pro'pulse", "03 08:47",
        """Bonjour,

Je m'appelle Mamadou Diakhaby, j'ai 27 ans et j'habite à Villeurbanne. J'ai mon titre pro CIP obtenu en mars 2026, après une formation de neuf mois à l'AFPA.

Depuis, je fais des remplacements courts dans un PLIE mais je cherche un vrai poste de conseiller en insertion dans un atelier chantier d'insertion ou une entreprise d'insertion. C'est là que j'ai envie d'être, au plus près des salariés.

Je joins mon CV. Mon numéro : 06 51 83 20 47.

Merci et bonne journée,
Mamadou""",
        app("Mamadou", "Diakhaby", phone="+33651832047", bac=2, grad="2026-03", status="b_cip_title_march"),
        cv=CV("pdf", "CV_Mamadou_Diakhaby.pdf", """Mamadou Diakhaby
Conseiller en insertion professionnelle
Remplacements — PLIE de l'Est lyonnais
Animateur périscolaire — 2019-2024
Langues : français, soninké, anglais"""),
    )),
    # Feature: insertion — career_change — douze ans maçon dans le bâtiment avant de passer le titre pro encadrant technique
    # sector: «douze ans maçon dans le bâtiment avant de passer le titre pro encadrant technique» = years of a building trade before the insertion title → fails not_career_change
    N("insertion", "career_change", "douze ans maçon dans le bâtiment avant de passer le titre pro encadrant technique", M(
        "Joaquim Quaresma <jquaresma.pro@example.net>", "encadrant technique - candidature", "04 19:12",
        """Bonsoir,

J'ai fait douze ans maçon dans le bâtiment avant de passer le titre pro encadrant technique d'insertion, que j'ai eu en juin 2025. Mon dos ne suivait plus et j'avais envie de transmettre.

Je voudrais encadrer une équipe sur un chantier d'insertion second oeuvre ou espaces verts, dans une association.

Joaquim Quaresma
07 62 14 90 33""",
        app("Joaquim", "Quaresma", phone="+33762149033", bac=2, grad="2025-06", failing=("not_career_change",), status="b_mason_twelve_years"),
    )),
    # Feature: insertion — career_change — quelques années en agent d'entretien, puis le titre pro CIP
    # ambiguous: «quelques années» as agent d'entretien — a trade held for long before the CIP title, or jobs while looking for her way? nothing settles whether it was a career
    # sector: «quelques années en agent d'entretien, puis le titre pro CIP» = an unstated number of years in another trade before the insertion title → not_career_change open
    N("insertion", "career_change", "quelques années en agent d'entretien, puis le titre pro CIP", M(
        "Rokia Coulibaly <rokia.coulibaly@example.fr>", "demande d'information et candidature", "05 13:30",
        """Bonjour madame, monsieur

J'ai travaillé quelques années en agent d'entretien, puis le titre pro CIP que j'ai validé en janvier 2026 à Montreuil.
Maintenant je cherche un poste de CIP dans une structure d'insertion par l'activité économique, une régie de quartier ou un chantier.

Mon téléphone 06 28 71 45 09

Rokia Coulibaly""",
        app("Rokia", "Coulibaly", phone="+33628714509", bac=2, grad="2026-01", unknown=("not_career_change",), status="b_cleaning_few_years"),
    )),
    # Feature: insertion — situation — en CDDI, salarié en insertion à la régie de quartier
    # sector: «en CDDI, salarié en insertion à la régie de quartier» = a CDDI is a work contract of the IAE, a job, not a training nor an internship → meets not_internship
    N("insertion", "situation", "en CDDI, salarié en insertion à la régie de quartier", M(
        "Hélène Castellani — CIP Régie de quartier Nord <h.castellani@regie-nord.example.org>", "Orientation d'un salarié vers Pro'pulse", "06 10:05",
        """Bonjour,

Je suis conseillère en insertion professionnelle à la régie de quartier Nord d'Amiens et je me permets de vous présenter Youssef Zerrouki, 26 ans.

Youssef a obtenu un BTS Gestion de la PME en juin 2025. Faute de trouver un emploi, il est depuis septembre en CDDI, salarié en insertion à la régie de quartier, sur l'équipe de médiation et d'entretien des espaces communs. Il s'y montre fiable et très à l'aise avec les habitants.

Il souhaite maintenant un poste d'assistant de gestion ou de chargé d'accueil dans une association ou une coopérative du quartier, et votre programme lui correspondrait bien. Ses coordonnées : youssef.zerrouki@example.com, 06 33 47 18 92.

Bien cordialement,
Hélène Castellani
CIP — Régie de quartier Nord""",
        app("Youssef", "Zerrouki", phone="+33633471892", bac=2, grad="2025-06", email="youssef.zerrouki@example.com", forwarded_by="h.castellani@regie-nord.example.org", status="b_cddi_regie"),
    )),
    # Feature: insertion — situation — stage de fin de parcours à l'entreprise d'insertion, jusqu'au 12 février 2027
    # sector: «stage de fin de parcours à l'entreprise d'insertion, jusqu'au 12 février 2027» = an internship under convention held now, ending after today → fails not_internship
    N("insertion", "situation", "stage de fin de parcours à l'entreprise d'insertion, jusqu'au 12 février 2027", M(
        "Clémence Vauquelin <clemence.vauquelin@example.org>", "Pro'pulse", "07 22:18",
        """Bonjour,

J'ai eu ma licence pro Intervention sociale en juin 2026. Pour compléter, je fais un stage de fin de parcours à l'entreprise d'insertion, jusqu'au 12 février 2027, côté accompagnement des salariés.

J'aimerais ensuite être chargée d'accompagnement dans une SIAE. Je candidate déjà pour être sûre de ne pas rater la session.

Clémence — 06 74 02 61 38""",
        app("Clémence", "Vauquelin", phone="+33674026138", bac=3, grad="2026-06", failing=("not_internship",), status="b_ei_internship_feb"),
    )),
    # Feature: insertion — aim — une agence d'intérim classique
    # sector: «une agence d'intérim classique» = a temp agency, not an ETTI: a private company, not the ESS → fails job_seeking_ess
    N("insertion", "aim", "une agence d'intérim classique", M(
        "Sébastien Dubocage <seb.dubocage@example.net>", "candidature", "09 11:51",
        """Bonjour,

Titre pro CIP en poche depuis mai 2025. J'ai fait un an de CDD dans une ETTI, c'était bien mais le salaire ne suit pas.

Je cherche maintenant un poste de chargé de recrutement dans une agence d'intérim classique, et je me demandais si votre programme pouvait m'aider à faire le pas.

Sébastien Dubocage
06 19 85 72 40""",
        app("Sébastien", "Dubocage", phone="+33619857240", bac=2, grad="2025-05", failing=("job_seeking_ess",), status="b_temp_agency_aim"),
    )),
    # Feature: insertion — aim — France Travail ou une SIAE, les deux me vont
    # ambiguous: France Travail is a public operator, a SIAE is the ESS: the applicant puts both on the same footing and nothing says which she will seek
    # sector: «France Travail ou une SIAE, les deux me vont» = a public employment operator or an insertion structure, no choice made → job_seeking_ess open
    N("insertion", "aim", "France Travail ou une SIAE, les deux me vont", M(
        "Aurore Delcambre <aurore.delcambre@example.com>", "Candidature - conseillère insertion", "10 09:26",
        """Bonjour à toute l'équipe,

Je m'appelle Aurore, j'ai 24 ans, j'ai fini en juin 2026 un master Intervention et développement social à Lille.

Pendant le master j'ai fait mon stage long dans un ACI de maraîchage, et j'ai adoré le binôme avec l'encadrant technique. Pour la suite je vise un poste de conseillère en insertion : France Travail ou une SIAE, les deux me vont, je veux surtout accompagner des gens vers l'emploi.

Aurore Delcambre
06 40 93 27 16""",
        app("Aurore", "Delcambre", phone="+33640932716", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_ft_or_siae"),
    )),
    # Feature: insertion — kind — les salariés en insertion en CDDI peuvent-ils candidater
    # sector: «les salariés en insertion en CDDI peuvent-ils candidater» = a CIP's general question about the people she follows, no person named → kind question
    N("insertion", "kind", "les salariés en insertion en CDDI peuvent-ils candidater", M(
        "Nathalie Guérin <n.guerin@aci-les-jardins.example.org>", "Question sur les conditions", "11 14:02",
        """Bonjour,

Je suis CIP dans un atelier chantier d'insertion. Une question simple : les salariés en insertion en CDDI peuvent-ils candidater à Pro'pulse pendant leur contrat, ou faut-il attendre la fin du parcours ?

Merci d'avance,
Nathalie Guérin""",
        question(),
    )),
    # Feature: insertion — kind — l'accueil de la régie de quartier est fermé du 9 au 16 novembre
    # sector: «l'accueil de la régie de quartier est fermé du 9 au 16 novembre» = a régie de quartier's automatic answer → kind auto_reply: no personal fact
    N("insertion", "kind", "l'accueil de la régie de quartier est fermé du 9 au 16 novembre", M(
        "Régie de quartier Les Coteaux <accueil@regie-coteaux.example.fr>", "Réponse automatique : Pro'pulse — session de janvier", "12 07:00",
        """Bonjour,

Nous avons bien reçu votre message. L'accueil de la régie de quartier est fermé du 9 au 16 novembre (séminaire d'équipe). Les chantiers continuent normalement.

Pour une urgence sur un logement, appelez le gardien de votre immeuble.

L'équipe de la régie""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: medico_social — level — DEME obtenu en juin 2025
    # sector: «DEME obtenu en juin 2025» = the diplôme d'État de moniteur-éducateur, level 4 (the bac's level), not bac+2 → fails degree_level
    N("medico_social", "level", "DEME obtenu en juin 2025", M(
        "Kévin Ravelonarivo <kevin.ravelo@example.org>", "candidature moniteur educateur", "02 21:40",
        """Bonjour,

J'ai mon DEME obtenu en juin 2025 à l'IRTS de Marseille. C'est mon seul diplôme après le bac.

Je suis moniteur-éducateur en CDD dans un foyer d'hébergement pour adultes handicapés. J'aimerais un poste stable dans une association gestionnaire, et pourquoi pas reprendre le DEES plus tard.

Kévin
06 95 12 38 74""",
        app("Kévin", "Ravelonarivo", phone="+33695123874", bac=0, grad="2025-06", failing=("degree_level",), status="b_deme_only"),
    )),
    # Feature: medico_social — level — moniteur-éducateur à l'Adapei depuis deux ans
    # ambiguous: «moniteur-éducateur» names both the level-4 diploma and the job; the mail names no diploma at all, so neither the level nor its date can be read
    # sector: «moniteur-éducateur à l'Adapei depuis deux ans» = a job title that may or may not stand for the DEME, no diploma given → degree_level and graduation_recent open
    N("medico_social", "level", "moniteur-éducateur à l'Adapei depuis deux ans", M(
        "Thibault Kerhervé <thibault.kerherve@example.com>", "Pro'pulse ?", "13 18:55",
        """Bonsoir,

Je suis moniteur-éducateur à l'Adapei depuis deux ans, sur un foyer de vie. Avant j'ai surtout fait de l'animation.

Je voudrais évoluer vers un poste de coordination dans une association du handicap. Une amie m'a parlé de Pro'pulse, je tente !

Thibault Kerhervé, 07 81 24 63 05""",
        app("Thibault", "Kerhervé", phone="+33781246305", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="b_moniteur_job_or_title"),
    )),
    # Feature: medico_social — situation — en 3e année de formation d'éducatrice spécialisée, en stage long à l'IME
    # sector: «en 3e année de formation d'éducatrice spécialisée, en stage long à l'IME» = the DEES course still running and its placement held now → fails not_internship and studies_finished
    N("medico_social", "situation", "en 3e année de formation d'éducatrice spécialisée, en stage long à l'IME", M(
        "Inès Bouaziz <ines.bouaziz@example.net>", "candidature", "14 12:10",
        """Bonjour

Je suis en 3e année de formation d'éducatrice spécialisée, en stage long à l'IME de Vénissieux depuis septembre. Je passe le diplôme en juin.

Je voulais savoir si je pouvais déjà m'inscrire pour trouver un poste en SESSAD ou en IME associatif après.

Inès Bouaziz
06 12 77 40 58""",
        app("Inès", "Bouaziz", phone="+33612774058", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_dees_third_year_ime"),
    )),
    # Feature: medico_social — graduation — DEES obtenu en juillet 2025
    # sector: «DEES obtenu en juillet 2025» = the diplôme d'État d'éducateur spécialisé, bac+3, 16 months ago → meets graduation_recent
    N("medico_social", "graduation", "DEES obtenu en juillet 2025", M(
        "Bérénice Terrasson <berenice.terrasson@example.fr>", "Candidature éducatrice spécialisée", "15 10:33",
        """Bonjour,

Éducatrice spécialisée, DEES obtenu en juillet 2025, je cherche un poste en maison d'enfants à caractère social (MECS) associative ou en service de prévention spécialisée.

Depuis le diplôme j'ai fait des remplacements via une association gestionnaire de Nantes. Mon CV est en pièce jointe.

Bérénice Terrasson
06 47 30 81 92""",
        app("Bérénice", "Terrasson", phone="+33647308192", bac=3, grad="2025-07", info_in="both", status="b_dees_july_mecs"),
        cv=CV("docx", "Berenice_Terrasson_CV.docx", """Bérénice Terrasson
Éducatrice spécialisée
Formation
2022-2025 : DEES — IRTS Pays de la Loire (diplômée juillet 2025)
Expérience
Depuis 2025 : remplacements en MECS et en foyer — association gestionnaire
Stages : IME (2023), service de prévention spécialisée (2024-2025)"""),
    )),
    # Feature: medico_social — aim — un poste de CESF en EHPAD
    # ambiguous: an EHPAD may be associatif (ESS), public or of a private group; she names none and says nothing of its status
    # sector: «un poste de CESF en EHPAD» = a social-and-family economy job in a care home of unstated status → job_seeking_ess open
    N("medico_social", "aim", "un poste de CESF en EHPAD", M(
        "Maëlys Fontaine <maelys.fontaine@example.org>", "Candidature", "16 16:20",
        """Bonjour,

Je viens d'obtenir mon DE CESF (jury de juin 2026). J'ai beaucoup aimé mes stages auprès des personnes âgées, donc je cherche un poste de CESF en EHPAD, dans la région de Clermont si possible.

Maëlys Fontaine
07 49 18 62 30""",
        app("Maëlys", "Fontaine", phone="+33749186230", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_cesf_ehpad"),
    )),
    # Feature: medico_social — career_change — quinze ans aide-soignante à l'hôpital
    # sector: «quinze ans aide-soignante à l'hôpital» = fifteen years of a care trade before a DEASS of social work → fails not_career_change
    N("medico_social", "career_change", "quinze ans aide-soignante à l'hôpital", M(
        "Fatoumata Diarra <fatoumata.diarra@example.com>", "Candidature — assistante de service social", "17 20:04",
        """Bonjour,

Après quinze ans aide-soignante à l'hôpital de Créteil, j'ai repris mes études et j'ai obtenu mon DE d'assistante de service social en juillet 2026.

Je cherche un premier poste d'assistante sociale dans une association, un SAVS ou un service d'accompagnement à domicile.

Fatoumata Diarra
06 58 04 27 61""",
        app("Fatoumata", "Diarra", phone="+33658042761", bac=3, grad="2026-07", failing=("not_career_change",), status="b_as_fifteen_years"),
    )),
    # Feature: medico_social — kind — la lettre du réseau des associations gestionnaires
    # sector: «la lettre du réseau des associations gestionnaires» = a federation's newsletter of the medico-social field → kind newsletter: no personal fact
    N("medico_social", "kind", "la lettre du réseau des associations gestionnaires", M(
        "Réseau Solidarités Handicap <lettre@reseau-sh.example.org>", "La lettre du réseau — novembre 2026", "18 06:30",
        """La lettre du réseau des associations gestionnaires — novembre 2026

À la une : les nouveaux tarifs des ESAT, ce qui change au 1er janvier.
Formation : deux journées sur la bientraitance en foyer de vie, les 14 et 15 janvier.
Emploi : 38 offres publiées ce mois-ci (éducateurs, AES, moniteurs d'atelier).

Pour vous désabonner, répondez STOP.""",
        newsletter(),
        headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:stop@reseau-sh.example.org>"},
    )),
    # Feature: medico_social — kind — utilisateur inconnu : sessad.direction@example.org
    # sector: «utilisateur inconnu : sessad.direction@example.org» = a SESSAD's mail server returning our reply → kind bounce
    N("medico_social", "kind", "utilisateur inconnu : sessad.direction@example.org", M(
        "Mail Delivery System <mailer-daemon@mx.example.net>", "Non remis : Votre candidature à Pro'pulse", "18 09:12",
        """Votre message n'a pas pu être remis.

utilisateur inconnu : sessad.direction@example.org

Le serveur du destinataire a refusé l'adresse.""",
        bounce("sessad.direction@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; sessad.direction@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: animation — level — DEJEPS développement de projets, territoires et réseaux, validé en octobre 2025
    # sector: «DEJEPS développement de projets, territoires et réseaux, validé en octobre 2025» = the DEJEPS of éducation populaire, bac+2, 13 months ago → meets degree_level
    N("animation", "level", "DEJEPS développement de projets, territoires et réseaux, validé en octobre 2025", M(
        "Lucas Barthélémy <lucas.barthelemy@example.net>", "Candidature coordinateur jeunesse", "19 08:15",
        """Bonjour,

Animateur depuis mes 17 ans (BAFA, colos, accueil de loisirs), j'ai le DEJEPS développement de projets, territoires et réseaux, validé en octobre 2025 après deux ans d'alternance dans un centre social.

Je cherche un poste de coordinateur jeunesse dans une MJC ou un centre social de la métropole lilloise.

Lucas Barthélémy
06 27 59 14 83""",
        app("Lucas", "Barthélémy", phone="+33627591483", bac=2, grad="2025-10", status="b_dejeps_october"),
    )),
    # Feature: animation — level — un BPJEPS loisirs tous publics en 2024 et le BAFD
    # sector: «un BPJEPS loisirs tous publics en 2024 et le BAFD» = a level-4 sport and animation title and a director's certificate that is no level → fails degree_level
    N("animation", "level", "un BPJEPS loisirs tous publics en 2024 et le BAFD", M(
        "Samia Bensalah <samia.bensalah@example.fr>", "candidature", "20 14:44",
        """bonjour,
côté diplômes j'ai un BPJEPS loisirs tous publics en 2024 et le BAFD, pas de bac+2. je dirige des séjours l'été et je suis animatrice périscolaire le reste de l'année.
je voudrais devenir directrice d'un accueil de loisirs dans une fédération d'éducation populaire.
Samia 06 84 21 39 57""",
        app("Samia", "Bensalah", phone="+33684213957", bac=0, grad="2024", failing=("degree_level",), status="b_bpjeps_bafd"),
    )),
    # Feature: animation — level — BAFA, BAFD et cinq étés de colos
    # ambiguous: the BAFA and the BAFD are no diploma level, and she names no other title without saying they are her only ones: her level is not said
    # sector: «BAFA, BAFD et cinq étés de colos» = animation certificates and seasonal jobs, no diploma level → degree_level and graduation_recent open
    N("animation", "level", "BAFA, BAFD et cinq étés de colos", M(
        "Noémie Castagné <noemie.castagne@example.com>", "Candidature Pro'pulse - animation", "20 17:02",
        """Bonjour !

Alors moi c'est Noémie, 23 ans. BAFA, BAFD et cinq étés de colos avec une association d'éducation populaire, plus l'accueil de loisirs du mercredi.

J'aimerais en faire mon métier et travailler comme animatrice jeunesse dans un centre social. Vous pouvez me joindre au 06 70 45 82 16.

Noémie""",
        app("Noémie", "Castagné", phone="+33670458216", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="b_bafa_colos"),
    )),
    # Feature: animation — studies_finished — en apprentissage DEJEPS à la MJC jusqu'en juin 2027
    # sector: «en apprentissage DEJEPS à la MJC jusqu'en juin 2027» = an apprentice of the DEJEPS, course running → fails studies_finished
    N("animation", "studies_finished", "en apprentissage DEJEPS à la MJC jusqu'en juin 2027", M(
        "Antoine Lhermitte <antoine.lhermitte@example.org>", "Demande d'inscription", "21 12:37",
        """Bonjour,

Licence STAPS obtenue en juin 2025, je suis maintenant en apprentissage DEJEPS à la MJC jusqu'en juin 2027.

Je cherche un poste d'animateur jeunesse ou de coordinateur dans le milieu associatif pour la suite. Est-ce que je peux entrer dans le programme dès maintenant ?

Antoine Lhermitte
06 03 92 71 48""",
        app("Antoine", "Lhermitte", phone="+33603927148", bac=3, grad="2025-06", failing=("studies_finished",), status="b_dejeps_apprentice"),
    )),
    # Feature: animation — aim — a coordinator job in a centre social or a MJC
    # sector: «a coordinator job in a centre social or a MJC» = the associative structures of éducation populaire → meets job_seeking_ess
    N("animation", "aim", "a coordinator job in a centre social or a MJC", M(
        "Émilie Tremblay <emilie.tremblay@example.com>", "Application - Pro'pulse", "22 15:25",
        """Hello,

I'm a Canadian from Sherbrooke, living in Lyon since last spring. I graduated in May 2025 with a BA in Recreation and Leisure Studies (three years), and I worked two summers as a camp counsellor back home.

I'm looking for a coordinator job in a centre social or a MJC, somewhere I can run youth projects with the neighbourhood. My French is fluent, I just write faster in English.

Émilie Tremblay
+33 6 52 18 43 70""",
        app("Émilie", "Tremblay", phone="+33652184370", bac=3, grad="2025-05", language="en", status="b_canadian_centre_social"),
    )),
    # Feature: animation — aim — un poste de coordinatrice jeunesse dans un centre social associatif
    # sector: «un poste de coordinatrice jeunesse dans un centre social associatif» = an associative centre social → meets job_seeking_ess
    N("animation", "aim", "un poste de coordinatrice jeunesse dans un centre social associatif", M(
        "Yasmine Hamidouche <yasmine.hamidouche@example.net>", "candidature Pro'pulse", "23 09:58",
        """Bonjour,

J'ai obtenu mon BUT Carrières sociales, parcours animation sociale et socioculturelle, en juin 2025. Depuis je suis animatrice en CDD dans une maison de quartier.

Je cherche un poste de coordinatrice jeunesse dans un centre social associatif, de préférence à Grenoble.

Yasmine Hamidouche
07 56 31 84 29""",
        app("Yasmine", "Hamidouche", phone="+33756318429", bac=3, grad="2025-06", status="b_but_cs_centre_social"),
    )),
    # Feature: animation — kind — un BPJEPS compte-t-il comme un bac+2
    # sector: «un BPJEPS compte-t-il comme un bac+2» = a general question on a sector's title, no personal fact → kind question
    N("animation", "kind", "un BPJEPS compte-t-il comme un bac+2", M(
        "Bastien <bastien.fv@example.org>", "equivalence BPJEPS ?", "24 11:11",
        """Bonjour,

Petite question pour un groupe de stagiaires de notre organisme : pour votre programme, un BPJEPS compte-t-il comme un bac+2, ou faut-il un DEJEPS ?

Merci,
Bastien""",
        question(),
    )),
    # Feature: animation — kind — Re: Votre candidature — les horaires du centre social
    # sector: «les horaires du centre social» = an answer in our thread giving a centre social's hours for the information session → kind reply
    N("animation", "kind", "les horaires du centre social", M(
        "Centre social Les Tilleuls <direction@cs-tilleuls.example.fr>", "Re: Réunion d'information Pro'pulse à Besançon", "25 16:40",
        """Bonjour,

C'est d'accord pour le 9 décembre. Voici les horaires du centre social : la salle polyvalente est libre de 14 h à 17 h 30, on vous laisse les clés à l'accueil.

À bientôt,
Claire, pour le centre social

> Le 20 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Pourrions-nous organiser une réunion d'information dans vos locaux début décembre ?""",
        reply(),
        headers={"In-Reply-To": "<reunion-besancon.20261120@animafac.net>", "References": "<reunion-besancon.20261120@animafac.net>"},
    )),
]
