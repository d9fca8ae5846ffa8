"""Circumstances corpus, batch 01 (writer A): health and disability (an RQTH, a long illness, a sick leave, a
master put on hold, a transplant, a chronic pain that ended a trade, a vocational rehabilitation placement)
and the first half of caring (a grandmother, a father after a stroke, a partner's transfer, a brother with
autism, a mother's illness); other mail in those circumstances (a question on accessibility, an absence for
medical reasons, a reply in our thread moving an interview for a hospital appointment, a disability network's
offer, a respite platform's question, a carer's leave auto-reply)."""
# ruff: noqa: E501

from __future__ import annotations

from circumstances import N
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: health_disability — level — licence professionnelle Gestion des structures sanitaires et sociales
    # circumstance: «licence professionnelle Gestion des structures sanitaires et sociales» = the RQTH of 2023 is told first and dated, but the diploma is the licence pro of June 2025 (bac+3) → meets degree_level and graduation_recent → eligible
    N("health_disability", "level", "licence professionnelle Gestion des structures sanitaires et sociales", M(
        "Yasmine Benali <yasmine.benali@example.org>", "Candidature Pro'pulse — RQTH", "02 10:12",
        """Bonjour,

Je préfère le dire tout de suite : je suis reconnue travailleuse handicapée depuis 2023 (RQTH, pour une maladie auto-immune qui me fatigue beaucoup par périodes). Cela ne m'empêche pas de travailler à temps plein, mais j'ai besoin d'un poste sans trop de déplacements.

J'ai obtenu en juin 2025 une licence professionnelle Gestion des structures sanitaires et sociales, à l'IUT de Besançon. Depuis, quelques missions d'intérim comme assistante administrative.

Je cherche un poste de coordinatrice ou d'assistante de direction dans une association du médico-social, une mutuelle ou un SSIAD associatif.

Mon CV est en pièce jointe.

Bien à vous,
Yasmine Benali
06 31 72 48 05""",
        app("Yasmine", "Benali", phone="+33631724805", bac=3, grad="2025-06", status="rqth_licence_pro_gs3", info_in="both"),
        cv=CV("pdf", "CV_Yasmine_Benali_2026.pdf", """Yasmine Benali
Licence professionnelle Gestion des structures sanitaires et sociales — IUT de Besançon, 2025
Assistante administrative (intérim), 2025-2026
Recherche : coordination ou assistanat de direction, secteur médico-social associatif"""),
    )),
    # Feature: health_disability — studies_finished — je reprends les cours du M1 en janvier
    # circumstance: «je reprends les cours du M1 en janvier» = the three months of sick leave suspend a master 1 the writer will go back to: the M1 is not given up, studies are not finished → fails studies_finished → not eligible
    N("health_disability", "studies_finished", "je reprends les cours du M1 en janvier", M(
        "Théo Carvalho <theo.carvalho@example.fr>", "question candidature / arrêt maladie", "03 18:44",
        """Bonjour,

J'ai une licence de géographie (juin 2025) et j'étais inscrit en M1 Aménagement et développement local cette année. En septembre j'ai eu un accident de vélo assez grave, arrêt maladie de trois mois, donc j'ai mis la fac entre parenthèses, mais je reprends les cours du M1 en janvier.

En attendant je voulais savoir si je pouvais entrer dans Pro'pulse, je suis très intéressé par les associations d'éducation à l'environnement.

Théo Carvalho
07.62.18.39.40""",
        app("Théo", "Carvalho", phone="+33762183940", bac=3, grad="2025-06", failing=("studies_finished",), status="arret_m1_reprise_janvier"),
    )),
    # Feature: health_disability — studies_finished — je n'ai pas décidé si je le reprendrai à la rentrée prochaine
    # ambiguous: the master 2 has been on hold since an April hospitalisation and the writer has not decided whether to resume it: given up (studies finished, highest diploma the licence) or only suspended (still running) — a coordinator must ask
    # circumstance: «je n'ai pas décidé si je le reprendrai à la rentrée prochaine» = the illness stopped the M2 without ending it or giving it up: the licence of 2025 is obtained, but whether studies are finished is open → studies_finished unknown → to verify
    N("health_disability", "studies_finished", "je n'ai pas décidé si je le reprendrai à la rentrée prochaine", M(
        "Inès Aït-Ouali <ines.aitouali@example.com>", "Pro'pulse", "04 09:05",
        """Bonjour,

Je m'appelle Inès, j'ai 24 ans. Licence de sciences de l'éducation obtenue en juin 2025, puis M2 Médiation culturelle commencé à la rentrée 2025.

En avril j'ai été hospitalisée plusieurs semaines et mon master est en suspens depuis. Je vais beaucoup mieux ; je n'ai pas décidé si je le reprendrai à la rentrée prochaine, j'ai surtout envie de travailler maintenant.

Je cherche un poste de médiatrice dans une association culturelle ou un tiers-lieu.

Merci de me dire si ma candidature est recevable,
Inès Aït-Ouali
06 40 93 17 62""",
        app("Inès", "Aït-Ouali", phone="+33640931762", bac=3, grad="2025-06", unknown=("studies_finished",), status="m2_en_suspens_hospitalisation"),
    )),
    # Feature: health_disability — career_change — après quinze ans comme aide-soignante
    # circumstance: «après quinze ans comme aide-soignante» = the back pain explains the retraining, but fifteen years of a trade before the BUT of June 2026 are a career → fails not_career_change → not eligible
    N("health_disability", "career_change", "après quinze ans comme aide-soignante", M(
        "Corinne Dalmasso <corinne.dalmasso@example.net>", "Candidature - reconversion", "05 14:27",
        """Madame, Monsieur,

Après quinze ans comme aide-soignante en EHPAD, une hernie discale et deux opérations m'ont obligée à quitter le soin. La médecine du travail m'a déclarée inapte en 2023.

J'ai repris des études et obtenu en juin 2026 un BUT Carrières sociales, parcours coordination et responsabilité des organismes d'intervention sociale.

Je souhaite maintenant coordonner des projets dans une association d'aide à domicile ou un centre social.

Cordialement,
Corinne Dalmasso
04 93 27 81 60""",
        app("Corinne", "Dalmasso", phone="+33493278160", bac=3, grad="2026-06", failing=("not_career_change",), status="aide_soignante_quinze_ans"),
    )),
    # Feature: health_disability — career_change — caissière le week-end
    # circumstance: «caissière le week-end» = the sick leave of 2025 was from a weekend student job during the BTS: a side job, and the leave from it, are no career → meets not_career_change → eligible
    N("health_disability", "career_change", "caissière le week-end", M(
        "Ophélie Guérin-Ndiaye <ophelie.gn@example.org>", "Ma candidature", "06 20:51",
        """Bonjour,

Pendant mon BTS ESF j'étais caissière le week-end dans un supermarché, et en 2025 j'ai eu un arrêt maladie de deux mois (opération du genou) qui m'a fait rater des cours mais j'ai quand même eu mon BTS, en juillet 2025.

Aujourd'hui je cherche un poste de conseillère en économie sociale familiale dans une association de lutte contre le surendettement ou une épicerie solidaire.

Bonne soirée,
Ophélie
06 58 30 74 19""",
        app("Ophélie", "Guérin-Ndiaye", phone="+33658307419", bac=2, grad="2025-07", status="arret_genou_job_caisse"),
    )),
    # Feature: health_disability — graduation — Mon DUT Carrières sociales date de juin 2021
    # circumstance: «Mon DUT Carrières sociales date de juin 2021» = four years of illness explain why the writer never worked, but they do not move the diploma: June 2021 is 65 months ago → fails graduation_recent → not eligible
    N("health_disability", "graduation", "Mon DUT Carrières sociales date de juin 2021", M(
        "Awa Fofana <awa.fofana@example.fr>", "Candidature après une longue maladie", "06 11:38",
        """Bonjour,

Mon DUT Carrières sociales date de juin 2021. Juste après, on m'a diagnostiqué un lymphome et j'ai passé presque quatre ans entre chimiothérapie et rééducation. Je suis en rémission et le médecin m'autorise à reprendre une activité.

Je n'ai donc encore jamais eu de vrai poste. Je cherche dans l'animation sociale, idéalement dans une MJC ou une maison de quartier.

Est-ce que je peux rejoindre Pro'pulse ?

Awa Fofana
0645218730""",
        app("Awa", "Fofana", phone="+33645218730", bac=2, grad="2021-06", failing=("graduation_recent",), status="dut_2021_lymphome"),
    )),
    # Feature: health_disability — graduation — I finished my MSc in Public Health in 2024
    # ambiguous: the MSc is dated by the year alone, 2024, the year of the transplant: November 2024 or later is recent, earlier is not — a coordinator must ask the month
    # circumstance: «I finished my MSc in Public Health in 2024» = the transplant is told with the same year, which dates the illness, not the month of the degree: a year alone in 2024 → graduation_recent unknown → to verify
    N("health_disability", "graduation", "I finished my MSc in Public Health in 2024", M(
        "Priya Chandran <priya.chandran@example.com>", "Application - Pro'pulse", "07 16:02",
        """Dear Pro'pulse team,

I finished my MSc in Public Health in 2024, the same year as my kidney transplant, so the last two years have mostly been about recovery. I'm now well enough to work full time and I have lived in Toulouse since 2022, my French is fluent.

I'd love to work for a health charity or a mutual insurer doing prevention programmes.

Best wishes,
Priya Chandran
+33 7 81 26 40 93""",
        app("Priya", "Chandran", phone="+33781264093", bac=5, grad="2024", unknown=("graduation_recent",), status="msc_2024_transplant", language="en"),
    )),
    # Feature: health_disability — situation — stage de réentraînement au travail de trois semaines, terminé le 6 novembre
    # circumstance: «stage de réentraînement au travail de trois semaines, terminé le 6 novembre» = a rehabilitation placement arranged for the disability, ended before today: an internship over → meets not_internship → eligible (a referral by the Cap emploi adviser)
    N("health_disability", "situation", "stage de réentraînement au travail de trois semaines, terminé le 6 novembre", M(
        "Nathalie Gomis — Cap emploi <n.gomis@example.org>", "Orientation d'un candidat : M. Karim Belkacem", "09 08:47",
        """Bonjour,

J'accompagne M. Karim Belkacem au titre de sa reconnaissance de handicap (déficience auditive) et je me permets de vous l'orienter.

Karim est titulaire d'une licence professionnelle Coordination de projets de développement social, obtenue en septembre 2025. Il vient de faire un stage de réentraînement au travail de trois semaines, terminé le 6 novembre, dans une ressourcerie, qui a confirmé son envie de travailler dans l'économie sociale et solidaire.

Ses coordonnées : karim.belkacem@example.net, 06 27 84 51 03 (par SMS de préférence).

Bien cordialement,
Nathalie Gomis
Conseillère Cap emploi""",
        app("Karim", "Belkacem", phone="+33627845103", bac=3, grad="2025-09", status="cap_emploi_stage_reentrainement", email="karim.belkacem@example.net", forwarded_by="n.gomis@example.org"),
    )),
    # Feature: health_disability — situation — je suis en stage jusqu'au 15 janvier, à mi-temps thérapeutique
    # circumstance: «je suis en stage jusqu'au 15 janvier, à mi-temps thérapeutique» = the therapeutic part-time makes the internship longer, but it is the master's final internship and runs after today → fails not_internship and studies_finished → not eligible
    N("health_disability", "situation", "je suis en stage jusqu'au 15 janvier, à mi-temps thérapeutique", M(
        "Léa Kowalski <lea.kowalski@example.com>", "Candidature pour la prochaine promo", "10 12:15",
        """Bonjour,

Petite précision d'abord : suite à une sclérose en plaques diagnostiquée l'an dernier, je suis en stage jusqu'au 15 janvier, à mi-temps thérapeutique, pour finir mon master Management des organisations de l'ESS.

Je serai diplômée après la soutenance, en février normalement. Je cherche ensuite un poste de chargée de développement dans une SCIC ou une coopérative d'activité.

Léa Kowalski
06 12 95 38 47""",
        app("Léa", "Kowalski", phone="+33612953847", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="stage_mi_temps_therapeutique"),
    )),
    # Feature: health_disability — aim — un poste administratif dans un hôpital public
    # circumstance: «un poste administratif dans un hôpital public» = the RQTH steers the search toward a public employer's reserved posts: the public hospital is no ESS employer → fails job_seeking_ess → not eligible
    N("health_disability", "aim", "un poste administratif dans un hôpital public", M(
        "Jérôme Hoarau <jerome.hoarau@example.net>", "Demande d'accompagnement", "11 19:30",
        """Bonjour,

Titulaire d'un BTS SP3S (juin 2025) et d'une RQTH pour un diabète de type 1, je cherche un emploi stable avec des horaires réguliers, ce qui compte beaucoup pour mon traitement.

Je vise un poste administratif dans un hôpital public, via les emplois réservés aux travailleurs handicapés de la fonction publique hospitalière. Pouvez-vous m'aider à préparer les candidatures ?

Cordialement,
Jérôme Hoarau
06 92 41 08 73""",
        app("Jérôme", "Hoarau", phone="+33692410873", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="rqth_hopital_public"),
    )),
    # Feature: health_disability — aim — une association qui accompagne des adultes en situation de handicap
    # circumstance: «une association qui accompagne des adultes en situation de handicap» = her own epilepsy is why she chose the field: the aim is an association → meets job_seeking_ess → eligible
    N("health_disability", "aim", "une association qui accompagne des adultes en situation de handicap", M(
        "Mathilde Esnault <mathilde.esnault@example.org>", "candidature éducatrice spécialisée", "12 07:58",
        """Bonjour,

Je viens d'avoir mon diplôme d'État d'éducatrice spécialisée (juillet 2026). J'ai moi-même une épilepsie stabilisée, c'est en partie pour ça que j'ai choisi ce métier.

Je cherche un CDI dans une association qui accompagne des adultes en situation de handicap, en foyer de vie ou en SAVS, plutôt en Normandie.

Merci d'avance,
Mathilde Esnault
06-47-20-91-35""",
        app("Mathilde", "Esnault", phone="+33647209135", bac=3, grad="2026-07", status="dees_epilepsie_association"),
    )),
    # Feature: health_disability — level — un titre de niveau 5, je crois
    # ambiguous: a title obtained by distance learning during the convalescence, «de niveau 5, je crois»: level 5 is bac+2, but the writer is unsure and names no diploma a coordinator can place — level open
    # circumstance: «un titre de niveau 5, je crois» = the convalescence is when the title was earned (March 2026, recent), but its level is said with a doubt → degree_level unknown → to verify
    N("health_disability", "level", "un titre de niveau 5, je crois", M(
        "Samuel Abitbol <samuel.abitbol@example.fr>", "renseignement + candidature", "13 22:11",
        """Bonsoir,

Après une tuberculose qui m'a immobilisé presque un an, j'ai profité de la convalescence pour suivre une formation à distance de coordinateur de projets solidaires. C'est un titre de niveau 5, je crois, je l'ai reçu en mars 2026.

Aujourd'hui je voudrais travailler dans une association de solidarité internationale ou une ONG basée à Marseille.

Samuel Abitbol
06 16 83 52 94""",
        app("Samuel", "Abitbol", phone="+33616835294", bac="*", grad="2026-03", unknown=("degree_level",), status="titre_niveau5_convalescence"),
    )),
    # Feature: health_disability — graduation — obtenu en juillet 2026 avec un aménagement d'épreuves
    # circumstance: «obtenu en juillet 2026 avec un aménagement d'épreuves» = the adapted exams (for Crohn's disease) are the circumstance; the BTS is dated by its own month, July 2026 → meets graduation_recent → eligible (HTML-only mail)
    N("health_disability", "graduation", "obtenu en juillet 2026 avec un aménagement d'épreuves", M(
        "Aurélie Jacquin <aurelie.jacquin@example.com>", "Candidature Pro'pulse", "13 09:40",
        """Bonjour,

Je vous écris pour rejoindre Pro'pulse.

BTS Économie sociale familiale, obtenu en juillet 2026 avec un aménagement d'épreuves (maladie de Crohn, pauses autorisées).

Je cherche un poste de CESF dans un centre social ou une association d'hébergement.

Aurélie Jacquin
07 69 14 25 80""",
        app("Aurélie", "Jacquin", phone="+33769142580", bac=2, grad="2026-07", status="bts_esf_amenagement_crohn"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Je vous écris pour rejoindre Pro'pulse.</p><p><b>BTS Économie sociale familiale</b>, obtenu en juillet 2026 avec un aménagement d'épreuves (maladie de Crohn, pauses autorisées).</p><p>Je cherche un poste de CESF dans un centre social ou une association d'hébergement.</p><p>Aurélie Jacquin<br>07 69 14 25 80</p></body></html>",
    )),
    # Feature: health_disability — kind — les locaux où ont lieu les ateliers sont-ils accessibles en fauteuil
    # circumstance: «les locaux où ont lieu les ateliers sont-ils accessibles en fauteuil» = a wheelchair user asks about access before applying, no personal fact → kind question
    N("health_disability", "kind", "les locaux où ont lieu les ateliers sont-ils accessibles en fauteuil", M(
        "Bastien <bastien.k@example.net>", "Accessibilité des ateliers ?", "14 15:03",
        """Bonjour,

Avant de vous envoyer ma candidature : les locaux où ont lieu les ateliers sont-ils accessibles en fauteuil ? Et est-ce qu'on peut suivre certaines séances à distance les jours où c'est compliqué ?

Merci,
Bastien""",
        question(),
    )),
    # Feature: health_disability — kind — Je suis absente pour raisons médicales
    # circumstance: «Je suis absente pour raisons médicales» = a partner's automatic answer to our mailing, an absence, no application → kind auto_reply
    N("health_disability", "kind", "Je suis absente pour raisons médicales", M(
        "Florence Deschamps <f.deschamps@example.org>", "Absence : Pro'pulse — atelier partenaires", "16 08:00",
        """Bonjour,

Je suis absente pour raisons médicales jusqu'au 4 janvier. Pour les questions sur les stages de découverte, écrivez à contact@example.org.

Florence Deschamps""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: health_disability — kind — Re: Entretien Pro'pulse du 2 décembre
    # circumstance: «Re: Entretien Pro'pulse du 2 décembre» = a reply in our thread asking to move the interview because of a hospital appointment, no new application → kind reply
    N("health_disability", "kind", "Re: Entretien Pro'pulse du 2 décembre", M(
        "Jonathan Baptiste <jonathan.baptiste@example.com>", "Re: Entretien Pro'pulse du 2 décembre", "17 13:21",
        """Bonjour,

Merci pour la proposition. Le 2 décembre j'ai un rendez-vous à l'hôpital le matin (un contrôle prévu depuis longtemps) : serait-il possible de décaler l'entretien à l'après-midi, ou au 3 ?

Bien à vous,
Jonathan Baptiste

> Bonjour Jonathan, nous vous proposons un entretien le mercredi 2 décembre à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-0212.baptiste@animafac.net>", "References": "<entretien-0212.baptiste@animafac.net>"},
    )),
    # Feature: health_disability — kind — nous proposons d'intervenir auprès de vos participants sur la RQTH
    # circumstance: «nous proposons d'intervenir auprès de vos participants sur la RQTH» = a disability network offers a session to our participants, no application → kind other
    N("health_disability", "kind", "nous proposons d'intervenir auprès de vos participants sur la RQTH", M(
        "Réseau Handi-Emploi Occitanie <contact@example.org>", "Proposition d'intervention", "18 10:45",
        """Bonjour,

Notre réseau accompagne les jeunes diplômés en situation de handicap vers l'emploi. Dans le cadre de la Semaine européenne pour l'emploi des personnes handicapées, nous proposons d'intervenir auprès de vos participants sur la RQTH et les aménagements de poste.

Seriez-vous disponibles pour en parler en décembre ?

L'équipe Handi-Emploi""",
        other(),
    )),
    # Feature: caring — situation — elle est en service civique chez Unis-Cité jusqu'en juin
    # circumstance: «elle est en service civique chez Unis-Cité jusqu'en juin» = the sister who shares the grandmother's care is the one in service civique; the writer's own situation is a licence and a search → meets not_service_civique → eligible
    N("caring", "situation", "elle est en service civique chez Unis-Cité jusqu'en juin", M(
        "Clémence Auger <clemence.auger@example.fr>", "Candidature - Clémence Auger", "02 17:33",
        """Bonjour,

J'ai une licence de sociologie depuis juin 2025. Je m'occupe de ma grand-mère le matin depuis sa chute ; ma petite sœur prend le relais l'après-midi, mais elle est en service civique chez Unis-Cité jusqu'en juin, donc on jongle.

Ça me laisse les après-midi et je cherche un emploi, même à 80 %, dans une association d'aide aux personnes âgées ou un centre social.

Merci !
Clémence Auger
06 74 02 39 58""",
        app("Clémence", "Auger", phone="+33674023958", bac=3, grad="2025-06", status="grand_mere_soeur_service_civique"),
    )),
    # Feature: caring — career_change — j'ai quitté mon poste de commercial après neuf ans
    # circumstance: «j'ai quitté mon poste de commercial après neuf ans» = his father's stroke is why he left, but nine years as a car salesman before the licence pro of 2026 are a career → fails not_career_change → not eligible
    N("caring", "career_change", "j'ai quitté mon poste de commercial après neuf ans", M(
        "Frédéric Isnard <frederic.isnard@example.com>", "Candidature", "03 07:49",
        """Bonjour,

Depuis l'AVC de mon père en 2024, je suis son aidant principal. J'ai quitté mon poste de commercial après neuf ans dans une concession automobile, et j'ai profité de ce temps pour passer une licence professionnelle Gestion des organisations de l'ESS en alternance, obtenue en juin 2026.

Je cherche un poste de chargé de mission dans une association d'aidants ou une mutuelle.

Frédéric Isnard
06 35 61 94 27""",
        app("Frédéric", "Isnard", phone="+33635619427", bac=3, grad="2026-06", failing=("not_career_change",), status="aidant_pere_commercial_neuf_ans"),
    )),
    # Feature: caring — aim — ou, s'il n'y a rien, en agence immobilière
    # ambiguous: following her partner to Rennes, she looks in associations «ou, s'il n'y a rien, en agence immobilière»: the ESS first but a fallback outside it — whether she is really after an ESS job is open
    # circumstance: «ou, s'il n'y a rien, en agence immobilière» = the partner's transfer narrows the search to one town and opens a fallback outside the ESS → job_seeking_ess unknown → to verify
    N("caring", "aim", "ou, s'il n'y a rien, en agence immobilière", M(
        "Maëlle Gauthier <maelle.gauthier@example.net>", "Pro'pulse - candidature", "04 21:06",
        """Bonjour,

Mon conjoint a été muté à Rennes en octobre et je l'ai suivi, avec nos deux chats et pas beaucoup de réseau ici.

J'ai un master Urbanisme et habitat (septembre 2025). Je cherche dans les associations du logement, type agence immobilière à vocation sociale, ou, s'il n'y a rien, en agence immobilière classique. Il faut que je trouve vite.

Maëlle Gauthier
06 84 17 30 26""",
        app("Maëlle", "Gauthier", phone="+33684173026", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="conjoint_mute_rennes_agence"),
    )),
    # Feature: caring — graduation — BTS ESF obtenu en 2022
    # circumstance: «BTS ESF obtenu en 2022» = four years caring full time for her brother are no career, but they do not make the BTS recent: 2022 → fails graduation_recent → not eligible
    N("caring", "graduation", "BTS ESF obtenu en 2022", M(
        "Sabrina Hadjadj <sabrina.hadjadj@example.org>", "je voudrais m'inscrire", "05 10:20",
        """Bonjour,

BTS ESF obtenu en 2022. Depuis, je m'occupe à plein temps de mon frère qui est autiste, le temps qu'il ait une place en foyer, ce qui est enfin le cas depuis septembre.

Je peux maintenant chercher du travail, dans l'accompagnement social, dans une association.

Sabrina Hadjadj
07 53 08 62 14""",
        app("Sabrina", "Hadjadj", phone="+33753086214", bac=2, grad="2022", failing=("graduation_recent",), status="frere_autiste_bts_2022"),
    )),
    # Feature: caring — career_change — quelques heures de ménage déclarées
    # circumstance: «quelques heures de ménage déclarées» = since the licence she has mostly looked after her mother, with a few declared hours of cleaning to live: a side job, no career → meets not_career_change → eligible
    N("caring", "career_change", "quelques heures de ménage déclarées", M(
        "Fatoumata Doucouré <fatou.doucoure@example.com>", "Candidature Pro'pulse", "07 15:54",
        """Bonjour,

Entre ma licence d'AES (juin 2025) et aujourd'hui, j'ai surtout été auprès de ma mère, qui a une insuffisance rénale, avec quelques heures de ménage déclarées chez des particuliers pour payer les courses.

Ma tante a pris le relais, donc je me lance. Je voudrais travailler dans la gestion administrative d'une association ou d'une coopérative.

Cordialement,
Fatoumata Doucouré
06 80 47 13 96""",
        app("Fatoumata", "Doucouré", phone="+33680471396", bac=3, grad="2025-06", status="mere_renale_menage"),
    )),
    # Feature: caring — studies_finished — le jury ne s'est pas encore prononcé
    # ambiguous: the thesis was handed in in October but the jury has not given its result: the master may be obtained or not — studies open
    # circumstance: «le jury ne s'est pas encore prononcé» = the move back to his parents' to care for his father came after the last piece of work: everything is done but the result is awaited → studies_finished unknown → to verify
    N("caring", "studies_finished", "le jury ne s'est pas encore prononcé", M(
        "Loïc Kerbrat <loic.kerbrat@example.fr>", "Candidature Loïc Kerbrat", "08 11:12",
        """Bonjour,

J'ai rendu mon mémoire de M2 Développement territorial début octobre ; le jury ne s'est pas encore prononcé. Entre-temps, je suis rentré chez mes parents à Morlaix pour m'occuper de mon père, qui sort d'une chimio.

Je cherche un emploi dans le Finistère, dans une association ou une SCIC qui travaille sur le développement local.

Loïc Kerbrat
06 23 91 47 58""",
        app("Loïc", "Kerbrat", phone="+33623914758", bac="*", grad=None, unknown=("studies_finished",), status="memoire_jury_pere_chimio"),
    )),
    # Feature: caring — kind — les aidants qui ont un diplôme récent peuvent-ils entrer dans votre programme
    # circumstance: «les aidants qui ont un diplôme récent peuvent-ils entrer dans votre programme» = a respite platform's social worker asks for the people she follows, no one named → kind question
    N("caring", "kind", "les aidants qui ont un diplôme récent peuvent-ils entrer dans votre programme", M(
        "Plateforme de répit du Val-de-Marne <repit94@example.org>", "Question sur Pro'pulse pour des jeunes aidants", "19 14:36",
        """Bonjour,

Nous accompagnons de jeunes aidants (18-30 ans) qui s'occupent d'un parent malade. Plusieurs ont fini leurs études et ne savent pas par où commencer.

Les aidants qui ont un diplôme récent peuvent-ils entrer dans votre programme même s'ils ne sont disponibles qu'à temps partiel ?

Bien cordialement,
Élodie, travailleuse sociale""",
        question(),
    )),
    # Feature: caring — kind — en congé de proche aidant
    # circumstance: «en congé de proche aidant» = an automatic answer from a partner's staff member away to care for a relative, no application → kind auto_reply
    N("caring", "kind", "en congé de proche aidant", M(
        "Olivier Laforge <o.laforge@example.net>", "Réponse automatique : Relais entreprises ESS", "20 09:00",
        """Bonjour,

Je suis en congé de proche aidant jusqu'à fin décembre. Vos messages ne seront pas transférés ; pour le relais entreprises, contactez ma collègue à relais@example.net.

Olivier Laforge""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
