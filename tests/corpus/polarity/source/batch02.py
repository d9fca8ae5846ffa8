"""Polarity corpus, batch 02 (writer A): continuations («toujours en stage», «encore en M2», «toujours
bénévole», «encore en poste», «encore en mission»), «already» («j'ai déjà mon master», «déjà diplômé depuis
2022», «c'est fait», «déjà terminé») and «never» («jamais fait de service civique», «jamais eu mon BTS»,
«jamais travaillé ailleurs que dans l'animation», "never handed in"), and other mail with the same operators."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from polarity import N

MESSAGES = [
    # Feature: continuation — situation — je suis toujours en stage
    # operated: «toujours» on «en stage» → internship running until 2027-01-15 → fails not_internship
    N("continuation", "situation", "je suis toujours en stage", M(
        "Sacha Vermeulen <sacha.vermeulen@example.org>", "candidature", "02 10:30",
        """Bonjour,

J'ai eu ma licence pro Gestion des structures sanitaires et sociales en juin 2026. Pour l'instant je suis toujours en stage dans une fédération d'EHPAD associatifs, la convention va jusqu'au 15 janvier.

Je voudrais préparer la suite avec vous : je vise un poste de gestionnaire dans une association du médico-social.

Sacha Vermeulen
06 46 71 30 59""",
        app("Sacha", "Vermeulen", phone="+33646713059", bac=3, grad="2026-06", failing=("not_internship",), status="toujours_en_stage_janvier"),
    )),
    # Feature: continuation — studies_finished — Je suis encore en M2
    # operated: «encore» on «en M2» → master still running → fails studies_finished
    N("continuation", "studies_finished", "Je suis encore en M2", M(
        "Zoé Kaminski <zoe.kaminski@example.net>", "Question + candidature", "03 11:55",
        """Bonjour,

Je suis encore en M2 Management des organisations de l'ESS à Montpellier, jusqu'en septembre 2027 puisque je suis en alternance dans une SCOP de communication.

Est-ce que je peux m'inscrire au programme dès maintenant ? J'aimerais rester dans la coopération après le diplôme.

Zoé Kaminski
07 13 92 64 08""",
        app("Zoé", "Kaminski", phone="+33713926408", bac="*", grad=None, failing=("studies_finished",), status="encore_en_m2_alternance"),
    )),
    # Feature: continuation — aim — je cherche toujours dans l'insertion par l'activité économique
    # operated: «toujours» on «cherche … dans l'insertion par l'activité économique» → an ESS search going on → meets job_seeking_ess
    N("continuation", "aim", "je cherche toujours dans l'insertion par l'activité économique", M(
        "Bilal Azzouzi <bilal.azzouzi@example.com>", "Candidature Pro'pulse – BTS ESF", "04 16:20",
        """Madame, Monsieur,

Titulaire d'un BTS Économie sociale et familiale obtenu en juillet 2025, j'ai enchaîné deux CDD courts d'accueil dans une agence d'intérim. Ils sont terminés et je cherche toujours dans l'insertion par l'activité économique : chantier d'insertion, entreprise d'insertion, association intermédiaire.

Je reste à votre disposition pour un entretien.

Bilal Azzouzi
06 37 25 86 14""",
        app("Bilal", "Azzouzi", phone="+33637258614", bac=2, grad="2025-07", status="cherche_toujours_iae"),
    )),
    # Feature: continuation — career_change — je suis encore en poste chez un fournisseur d'énergie
    # ambiguous: six years in a permanent job at an energy supplier, still held, beside an evening licence: a careful reader cannot tell a career change from a side degree
    # operated: «encore» on «en poste chez un fournisseur d'énergie» (since 2020, CDI) → a trade held now beside the new licence → open not_career_change
    N("continuation", "career_change", "je suis encore en poste chez un fournisseur d'énergie", M(
        "Nathalie Bouvier-Kerr <nathalie.bouvierkerr@example.fr>", "candidature programme", "05 19:12",
        """Bonjour,

J'ai obtenu en juin 2026 une licence de sciences sociales en cours du soir (CNAM). Je suis encore en poste chez un fournisseur d'énergie, en CDI au service clients depuis 2020, et j'aimerais rejoindre une association d'accompagnement à la précarité énergétique.

Nathalie Bouvier-Kerr
06 02 48 91 73""",
        app("Nathalie", "Bouvier-Kerr", phone="+33602489173", bac=3, grad="2026-06", unknown=("not_career_change",), status="encore_en_poste_energie"),
    )),
    # Feature: continuation — situation — Je suis toujours bénévole
    # operated: «toujours» on «bénévole» (at the Restos du cœur, no scheme) → volunteering, neither internship nor civic service → meets
    N("continuation", "situation", "Je suis toujours bénévole", M(
        "Imane Belhadj <imane.belhadj@example.org>", "Candidature – master DSE", "06 09:05",
        """Bonjour,

Master Développement social et économique (Paris-Est Créteil) obtenu en septembre 2025. Je suis toujours bénévole aux Restos du cœur deux soirs par semaine, comme pendant mes études, mais je n'ai aucun contrat ni aucune convention.

Je cherche un emploi de chargée de projet dans une association de solidarité.

Imane Belhadj
07 81 36 50 22""",
        app("Imane", "Belhadj", phone="+33781365022", bac=5, grad="2025-09", status="toujours_benevole_restos"),
    )),
    # Feature: continuation — situation — il est encore en mission à la Croix-Rouge
    # ambiguous: a «mission» of unstated scheme held now and until mid-December: civic service, internship or contract, a careful reader cannot tell
    # operated: «encore» on «en mission» → a running mission of unstated kind → open not_internship, not_service_civique
    N("continuation", "situation", "il est encore en mission à la Croix-Rouge", M(
        "Mission locale Val de Garonne – Véronique Lacaze <v.lacaze@mlvg.example.fr>", "Orientation d'un jeune vers Pro'pulse", "06 14:48",
        """Bonjour,

Je vous oriente Kévin Nsimba, 23 ans, titulaire d'un DUT Gestion des entreprises et des administrations obtenu en juin 2025, que j'accompagne depuis le printemps.

Pour le moment il est encore en mission à la Croix-Rouge, sur l'accueil d'urgence, jusqu'à la mi-décembre. Il souhaite ensuite un poste administratif dans une association.

Ses coordonnées : kevin.nsimba@example.fr, 06 88 14 27 63.

Véronique Lacaze
Conseillère Mission locale""",
        app("Kévin", "Nsimba", phone="+33688142763", bac=2, grad="2025-06", unknown=("not_internship", "not_service_civique"), email="kevin.nsimba@example.fr", forwarded_by="v.lacaze@mlvg.example.fr", status="encore_en_mission_croix_rouge"),
    )),
    # Feature: continuation — kind — Je suis toujours en congé
    # operated: «toujours» on «en congé» → absence notice → kind auto_reply
    N("continuation", "kind", "Je suis toujours en congé", M(
        "Florent Djebbari <florent.djebbari@example.com>", "Absence – Re: Atelier CV du 19 novembre", "07 07:45",
        """Je suis toujours en congé parental jusqu'au 4 janvier. Votre message ne sera pas transféré ; pour les ateliers, écrivez à ateliers@example.com.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: continuation — kind — je suis toujours partante
    # operated: «toujours» on «partante» (for the workshop) in our thread → no personal fact → kind reply
    N("continuation", "kind", "je suis toujours partante", M(
        "Rose-Marie Tchoumi <rosemarie.tchoumi@example.org>", "Re: Atelier « pitch » – nouvelle date", "08 18:02",
        """Bonsoir,

Oui, je suis toujours partante pour l'atelier, même décalé au jeudi. Merci pour le changement !

Rose-Marie

> Le 7 nov. 2026, Pro'pulse a écrit :
> L'atelier « pitch » est déplacé au jeudi 19 novembre, 14 h. Êtes-vous toujours disponible ?""",
        reply(),
        headers={"In-Reply-To": "<atelier-pitch-1911@animafac.net>", "References": "<atelier-pitch-1911@animafac.net>"},
    )),
    # Feature: already — graduation — j'ai déjà mon master depuis juillet 2025
    # operated: «déjà» on «mon master depuis juillet 2025» → graduation 2025-07 → recent
    N("already", "graduation", "j'ai déjà mon master depuis juillet 2025", M(
        "Anatole Mbarga <anatole.mbarga@example.net>", "Candidature Pro'pulse", "09 10:10",
        """Bonjour,

On me demande souvent si je suis encore étudiant : non, j'ai déjà mon master depuis juillet 2025 (Alternatives économiques et solidarités, Université Bretagne Sud).

Je cherche un poste de chargé d'études dans une coopérative ou un réseau de l'ESS.

Anatole Mbarga
06 16 52 80 37""",
        app("Anatole", "Mbarga", phone="+33616528037", bac=5, grad="2025-07", status="deja_master_juillet_2025"),
    )),
    # Feature: already — graduation — Déjà diplômé depuis 2022
    # operated: «déjà» on «diplômé depuis 2022» (the licence) → graduation 2022 → fails graduation_recent
    N("already", "graduation", "Déjà diplômé depuis 2022", M(
        "Arnaud Sévérac <arnaud.severac@example.fr>", "candidature", "10 08:22",
        """Bonjour,

Déjà diplômé depuis 2022 (licence d'histoire, Toulouse), j'ai été surveillant dans un collège puis vendeur en librairie. Je voudrais maintenant travailler dans une association culturelle.

Arnaud Sévérac
06 94 73 20 18""",
        app("Arnaud", "Sévérac", phone="+33694732018", bac=3, grad="2022", failing=("graduation_recent",), status="deja_diplome_2022"),
    )),
    # Feature: already — situation — mon service civique est déjà terminé
    # operated: «déjà» on «terminé» (the civic service, ended end of September) → over → meets
    N("already", "situation", "mon service civique est déjà terminé", M(
        "Lou-Anne Perrichon <louanne.perrichon@example.com>", "candidature + question de calendrier", "11 15:33",
        """Bonjour !

Je vois que votre programme exclut les personnes en service civique : pas de souci, mon service civique est déjà terminé, il s'est fini le 30 septembre.

J'ai une licence de médiation culturelle (juin 2025) et je cherche un poste de médiatrice dans une association ou une SCIC culturelle.

Lou-Anne Perrichon
07 22 48 61 95""",
        app("Lou-Anne", "Perrichon", phone="+33722486195", bac=3, grad="2025-06", status="sc_deja_termine"),
    )),
    # Feature: already — studies_finished — les cours sont déjà finis
    # ambiguous: the master's classes are over but nothing is said of the internship report or the mémoire that a master usually requires: finished or not, a careful reader cannot tell
    # operated: «déjà» on «les cours sont … finis» (the M2) → classes over, the rest unsaid → open studies_finished
    N("already", "studies_finished", "les cours sont déjà finis", M(
        "Hamza Ait Lahcen <hamza.aitlahcen@example.org>", "Candidature Pro'pulse – Hamza", "12 20:40",
        """Bonsoir,

Je suis en M2 Économie sociale à Marne-la-Vallée : les cours sont déjà finis depuis la mi-octobre. Je me libère pour chercher un emploi dans une mutuelle ou une association de consommateurs.

Hamza Ait Lahcen
06 70 15 38 42""",
        app("Hamza", "Ait Lahcen", phone="+33670153842", bac="*", grad=None, unknown=("studies_finished",), status="cours_deja_finis_m2"),
    )),
    # Feature: already — career_change — J'ai déjà eu une première carrière
    # operated: «déjà» on «une première carrière» (fifteen years as a car saleswoman, CV) → retraining by a 2026 licence pro → fails not_career_change
    N("already", "career_change", "J'ai déjà eu une première carrière", M(
        "Sandrine Okoye-Baudin <sandrine.okoyebaudin@example.net>", "Candidature – reconversion ESS", "13 09:50",
        """Bonjour,

J'ai déjà eu une première carrière, détaillée dans le CV ci-joint. Aujourd'hui diplômée, je souhaite rejoindre une structure de l'ESS, de préférence une SCIC.

Sandrine Okoye-Baudin""",
        app("Sandrine", "Okoye-Baudin", phone="+33647190352", bac=3, grad="2026-07", failing=("not_career_change",), info_in="both", status="deja_premiere_carriere"),
        cv=CV("docx", "CV_Okoye-Baudin.docx", """Sandrine Okoye-Baudin
06 47 19 03 52
PARCOURS PROFESSIONNEL
2008-2023 Commerciale automobile, concessions Renault puis Peugeot (Nantes)
FORMATION
2026 (juillet) Licence professionnelle Gestion des organisations de l'ESS, Université de Nantes
2007 Bac STT"""),
    )),
    # Feature: already — level — Déjà titulaire d'une licence et d'un M1
    # operated: «déjà» on «titulaire d'une licence et d'un M1» → bac+4, the M1 in 2025-06 → meets degree_level
    N("already", "level", "Déjà titulaire d'une licence et d'un M1", M(
        "Clotilde Ramanantsoa <clotilde.ramanantsoa@example.fr>", "Candidature", "14 11:18",
        """Madame, Monsieur,

Déjà titulaire d'une licence et d'un M1 de sciences politiques (M1 validé en juin 2025 à Rennes), j'ai choisi de ne pas poursuivre en M2 pour entrer dans la vie active.

Je souhaite travailler dans le plaidoyer associatif ou dans une fondation.

Respectueusement,
Clotilde Ramanantsoa
06 59 42 17 80""",
        app("Clotilde", "Ramanantsoa", phone="+33659421780", bac=4, grad="2025-06", status="deja_licence_m1"),
    )),
    # Feature: already — kind — déjà complet
    # operated: «déjà» on «complet» (our info session) → a partner's newsletter → kind newsletter
    N("already", "kind", "déjà complet", M(
        "Réseau Emploi Solidaire <infos@emploisolidaire.example.com>", "Infos réseau – semaine 46", "15 07:30",
        """INFOS RÉSEAU – SEMAINE 46

Le forum de l'emploi solidaire du 28 novembre affiche déjà complet ; une liste d'attente est ouverte.

Nouvelles offres : deux postes d'accompagnateur socioprofessionnel en chantier d'insertion, un poste de trésorier bénévole.

Pour ne plus recevoir ces informations : https://emploisolidaire.example.com/stop""",
        newsletter(),
    )),
    # Feature: already — kind — avez-vous déjà reçu mon dossier
    # operated: «déjà» on «reçu mon dossier» (a question about our receipt, in our thread) → no personal fact → kind reply
    N("already", "kind", "avez-vous déjà reçu mon dossier", M(
        "Ousmane Diallo-Renard <ousmane.diallorenard@example.com>", "Re: Accusé de réception – votre candidature", "15 12:27",
        """Bonjour,

Je ne vois pas l'accusé de réception annoncé : avez-vous déjà reçu mon dossier, ou dois-je le renvoyer ?

Merci,
Ousmane

Le 10/11/2026 à 09:14, Pro'pulse a écrit :
> Vous recevrez un accusé de réception sous quelques jours.""",
        reply(),
        headers={"In-Reply-To": "<ar-candidature-diallorenard@animafac.net>", "References": "<ar-candidature-diallorenard@animafac.net>"},
    )),
    # Feature: never — situation — je n'ai jamais fait de service civique
    # operated: «ne … jamais» on «fait de service civique» → none, now or before → meets not_service_civique
    N("never", "situation", "je n'ai jamais fait de service civique", M(
        "Camille Nakamura-Petit <camille.nakamurapetit@example.org>", "candidature pro'pulse", "16 10:44",
        """Bonjour,

Mon conseiller pensait que j'étais en service civique, mais je n'ai jamais fait de service civique : l'association où je suis bénévole m'en avait seulement proposé un, que j'ai refusé.

J'ai un master d'urbanisme (Paris 1, juin 2025) et je cherche un poste dans une régie de quartier ou une association de l'habitat.

Camille Nakamura-Petit
06 31 57 04 29""",
        app("Camille", "Nakamura-Petit", phone="+33631570429", bac=5, grad="2025-06", status="jamais_fait_sc"),
    )),
    # Feature: never — career_change — jamais travaillé ailleurs que dans l'animation
    # operated: «jamais … ailleurs que» on «dans l'animation» → the whole career in the field of the aim → meets not_career_change
    N("never", "career_change", "jamais travaillé ailleurs que dans l'animation", M(
        "Dylan Courbet <dylan.courbet@example.net>", "candidature DEJEPS + BTS", "17 17:06",
        """Bonjour,

Bon, pour résumer : BTS Tourisme en 2019, puis j'ai jamais travaillé ailleurs que dans l'animation, des colos et surtout une MJC. J'ai eu mon DEJEPS en mai 2026 et je veux un poste de direction de structure dans une asso d'éducation populaire.

Dylan Courbet
07 56 09 31 88""",
        app("Dylan", "Courbet", phone="+33756093188", bac=2, grad="2026-05", status="jamais_ailleurs_animation"),
    )),
    # Feature: never — level — je n'ai jamais eu mon BTS
    # operated: «ne … jamais» on «eu mon BTS» → only the bac (2020) → level 0 → fails degree_level
    N("never", "level", "je n'ai jamais eu mon BTS", M(
        "Mélissa Benchikh <melissa.benchikh@example.com>", "Candidature", "18 13:52",
        """Bonjour,

J'ai le bac depuis 2020. J'ai commencé un BTS Assistant de manager mais je n'ai jamais eu mon BTS, j'ai échoué deux fois à l'examen. Depuis je travaille en accueil dans une association d'aide à domicile et j'aimerais y évoluer.

Mélissa Benchikh
06 12 85 47 03""",
        app("Mélissa", "Benchikh", phone="+33612854703", bac=0, grad="2020", failing=("degree_level",), status="jamais_eu_bts"),
    )),
    # Feature: never — aim — Je n'ai jamais voulu travailler dans une association
    # operated: «ne … jamais» on «voulu travailler dans une association» → aims at a large group's CSR department → fails job_seeking_ess
    N("never", "aim", "Je n'ai jamais voulu travailler dans une association", M(
        "Victor Deschamps-Li <victor.deschampsli@example.fr>", "Candidature programme", "18 22:08",
        """Bonjour,

Master RSE et développement durable (Dauphine, septembre 2025). Je n'ai jamais voulu travailler dans une association : je vise la direction RSE d'un grand groupe industriel ou un cabinet de conseil en durabilité. Votre programme peut-il m'aider sur ce projet ?

Victor Deschamps-Li
06 75 30 62 11""",
        app("Victor", "Deschamps-Li", phone="+33675306211", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="jamais_voulu_asso_rse"),
    )),
    # Feature: never — aim — Je n'ai jamais fait la différence entre une association et une entreprise
    # ambiguous: the writer refuses to choose between associations and companies: an ESS aim is possible but not stated, a careful reader cannot say it is one
    # operated: «ne … jamais» on «fait la différence entre une association et une entreprise» → any sector → open job_seeking_ess
    N("never", "aim", "Je n'ai jamais fait la différence entre une association et une entreprise", M(
        "Noor Al-Khatib <noor.alkhatib@example.org>", "candidature", "19 09:37",
        """Bonjour,

Licence de gestion obtenue en juin 2026 à Strasbourg. Je n'ai jamais fait la différence entre une association et une entreprise : ce qui compte pour moi c'est le poste, un poste en comptabilité ou en contrôle de gestion.

Noor Al-Khatib
06 43 27 98 50""",
        app("Noor", "Al-Khatib", phone="+33643279850", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="jamais_difference_asso_entreprise"),
    )),
    # Feature: never — studies_finished — I have never handed in my dissertation
    # operated: «never» on «handed in my dissertation» (the MA) → master not completed, still enrolled → fails studies_finished
    N("never", "studies_finished", "I have never handed in my dissertation", M(
        "Tomasz Wiśniewski <tomasz.wisniewski@example.net>", "Application Pro'pulse – question of eligibility", "19 16:16",
        """Dear Pro'pulse team,

I moved to Lyon in 2023 for a master's degree in social economy. I passed all the taught modules, but I have never handed in my dissertation; the university has given me until June 2027 and I am still enrolled.

I would like a job in a cooperative or a charity. Am I eligible?

Kind regards,
Tomasz Wiśniewski
+33 7 49 20 81 36""",
        app("Tomasz", "Wiśniewski", phone="+33749208136", bac="*", grad=None, failing=("studies_finished",), language="en", status="never_handed_in_dissertation"),
    )),
    # Feature: never — situation — Je n'ai jamais été stagiaire au sens d'une convention
    # ambiguous: a France Travail «immersion» (PMSMP) running until January is no internship by convention but is one in kind: a careful reader cannot settle not_internship
    # operated: «ne … jamais» on «stagiaire au sens d'une convention» → a running immersion of debatable kind → open not_internship
    N("never", "situation", "Je n'ai jamais été stagiaire au sens d'une convention", M(
        "Ibrahim Sow <ibrahim.sow@example.com>", "Candidature – BUT Carrières sociales", "20 11:29",
        """Bonjour,

J'ai obtenu mon BUT Carrières sociales en juin 2026. Je n'ai jamais été stagiaire au sens d'une convention depuis : je fais une « période d'immersion » proposée par France Travail dans une association d'hébergement, jusqu'au 10 janvier.

Ensuite je cherche un poste d'intervenant social dans une association.

Ibrahim Sow
07 31 66 24 09""",
        app("Ibrahim", "Sow", phone="+33731662409", bac=3, grad="2026-06", unknown=("not_internship",), status="jamais_stagiaire_immersion"),
    )),
    # Feature: never — kind — faut-il n'avoir jamais travaillé
    # operated: «ne … jamais» on «travaillé» in a general question → no personal fact → kind question
    N("never", "kind", "faut-il n'avoir jamais travaillé", M(
        "Anaïs Rochefort <anais.rochefort@example.fr>", "conditions d'accès", "20 18:55",
        """Bonjour,

Une question sur les conditions : faut-il n'avoir jamais travaillé pour entrer dans le programme, ou une première expérience est-elle acceptée ?

Merci""",
        question(),
    )),
    # Feature: never — kind — Ne ratez plus jamais une offre
    # operated: «ne … plus jamais» on «ratez … une offre» → a job-board advert → kind other
    N("never", "kind", "Ne ratez plus jamais une offre", M(
        "JobAlerte Pro <promo@jobalerte.example.com>", "Ne ratez plus jamais une offre !", "21 06:12",
        """Ne ratez plus jamais une offre : activez les alertes premium de JobAlerte Pro pour 4,99 € par mois.

Offre réservée aux nouveaux abonnés. Conditions sur jobalerte.example.com.""",
        other(),
    )),
]
