"""Disciplines corpus, batch 05 (writer B): health_care (a DE infirmière of the Bordeaux IFSI, a last clinical
placement over before the July jury, an ergothérapeute writing in English, a DEAES, a «stage de rattrapage»
before a March jury, a psychomotricien after ten years as a medical secretary, a CCO «en juin» sent by a
mother; an IFSI's placement office, a question on the DEAS), social_work (a DEES of the July DREETS results,
a DEME, a DEASS on her «stage long à responsabilité», a DEETS of the 2024 session, a DECESF with no field, a
DEEJE apprentice whose contract ended; a reply in our thread, an IRTS alumni letter), sport_animation (a
BPJEPS, a DEJEPS, a service civique in a rugby club, an «éducateur sportif» with no diploma named, a master
STAPS APAS defended in September, a licence STAPS for a private gym chain; a club's auto-reply, a question)."""
# ruff: noqa: E501

from __future__ import annotations

from disciplines import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: health_care — level — diplôme d'État d'infirmière
    # route: nursing, the IFSI of Bordeaux, «diplôme d'État d'infirmière» of July 2025 (bac+3, grade licence) in the first paragraph, a centre de santé associatif sought → application; bac+3 of 2025, ESS aim → eligible
    N("health_care", "level", "diplôme d'État d'infirmière", M(
        "Clara Lestrade <clara.lestrade@example.org>",
        "Candidature Pro'pulse – infirmière jeune diplômée",
        "02 09:14",
        """Bonjour,

J'ai obtenu mon diplôme d'État d'infirmière en juillet 2025 à l'IFSI du CHU de Bordeaux. Depuis, j'ai fait des remplacements en intérim, mais ce que je cherche vraiment, c'est un poste dans un centre de santé associatif ou une structure de santé communautaire, où l'on prend le temps avec les patients.

Je joins mon CV. Est-ce que votre accompagnement pourrait m'aider à cibler ces structures ?

Bien cordialement,
Clara Lestrade
06 71 28 44 19""",
        app("Clara", "Lestrade", phone="+33671284419", bac=3, grad="2025-07", status="b_hc_de_infirmiere_bordeaux"),
        cv=CV("pdf", "CV_Clara_Lestrade.pdf", """Clara Lestrade
Infirmière diplômée d'État
2022–2025 : IFSI du CHU de Bordeaux, diplôme d'État d'infirmier (grade licence), juillet 2025
Stages cliniques : médecine interne, EHPAD, psychiatrie, soins à domicile
2025–2026 : infirmière intérimaire, Gironde
Langues : anglais (B2)"""),
    )),
    # Feature: health_care — situation — mon dernier stage clinique, en soins palliatifs, s'est terminé fin juin
    # route: nursing, IFSI of Grenoble, the last clinical placement over «s'est terminé fin juin» and the DE from the July 2026 jury, a job sought in the médico-social → application; placement over, bac+3 of 2026, ESS aim → eligible
    N("health_care", "situation", "mon dernier stage clinique, en soins palliatifs, s'est terminé fin juin", M(
        "Théo Marchetti <theo.marchetti@example.org>",
        "Infirmier DE 2026 – demande d'accompagnement",
        "03 18:02",
        """Bonjour,

Je suis infirmier depuis cet été : mon dernier stage clinique, en soins palliatifs, s'est terminé fin juin et le jury régional m'a délivré le diplôme d'État en juillet 2026 (IFSI de Grenoble).

Je ne me vois pas à l'hôpital tout de suite. J'aimerais travailler dans le médico-social associatif, par exemple un SSIAD ou un foyer d'accueil médicalisé géré par une association.

Merci d'avance,
Théo Marchetti""",
        app("Théo", "Marchetti", phone=None, bac=3, grad="2026-07", status="b_hc_dernier_stage_fin_juin_grenoble"),
    )),
    # Feature: health_care — graduation — State Diploma in occupational therapy (diplôme d'État d'ergothérapeute) in July 2025
    # route: occupational therapy written in English, the institute of Clermont-Ferrand, the DE of July 2025 (bac+3), a disability charity sought → application (en); bac+3 of 2025, ESS aim → eligible
    N("health_care", "graduation", "State Diploma in occupational therapy (diplôme d'État d'ergothérapeute) in July 2025", M(
        "Zofia Kaminski <zofia.kaminski@example.org>",
        "Application – young occupational therapist",
        "04 11:40",
        """Hello,

I am writing in English because my French is still better spoken than written, sorry! I received my State Diploma in occupational therapy (diplôme d'État d'ergothérapeute) in July 2025 from the training institute in Clermont-Ferrand.

I would like my first job to be with a non-profit working with disabled adults, for example an association running day centres. I read that your programme helps young graduates find work in the social and solidarity economy.

Thank you for your time,
Zofia Kaminski""",
        app("Zofia", "Kaminski", phone=None, bac=3, grad="2025-07", language="en", status="b_hc_ergo_english_clermont"),
    )),
    # Feature: health_care — level — DEAES
    # route: care work, the DEAES (accompagnant éducatif et social, niveau 3) of June 2025 as the only diploma → application; below bac+2 → fails degree_level → not eligible
    N("health_care", "level", "DEAES", M(
        "Soanirina Rakotomalala <soanirina.rako@example.org>",
        "Demande d'inscription",
        "05 14:23",
        """Bonjour,

J'ai eu mon DEAES (diplôme d'État d'accompagnant éducatif et social) en juin 2025 après une formation d'un an à Saint-Denis de La Réunion. C'est mon seul diplôme après le bac. Je travaille en CDD dans un EHPAD et je voudrais trouver un poste stable dans une association d'aide à domicile.

Est-ce que je peux m'inscrire à Pro'pulse ?

Merci,
Soanirina Rakotomalala""",
        app("Soanirina", "Rakotomalala", phone=None, bac=0, grad="2025-06", failing=("degree_level",), status="b_hc_deaes_reunion"),
    )),
    # Feature: health_care — studies_finished — je dois refaire un stage de rattrapage jusqu'au 12 février
    # route: nursing, third year of the IFSI of Dijon, a failed placement to redo «stage de rattrapage jusqu'au 12 février» before the jury of March 2027 → application; studies and placement running → fails studies_finished and not_internship → not eligible
    N("health_care", "studies_finished", "je dois refaire un stage de rattrapage jusqu'au 12 février", M(
        "Lucie Bertrand <lucie.bertrand21@example.org>",
        "Question candidature",
        "06 20:51",
        """Bonjour,

Je suis en troisième année à l'IFSI de Dijon. J'ai validé tous mes partiels mais pas mon stage de réanimation, donc je dois refaire un stage de rattrapage jusqu'au 12 février, et le jury de la session de mars 2027 me délivrera le diplôme si tout va bien.

J'aimerais anticiper et candidater dès maintenant pour trouver un poste dans un centre de santé mutualiste. Est-ce possible ?

Lucie Bertrand""",
        app("Lucie", "Bertrand", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_hc_stage_rattrapage_dijon"),
    )),
    # Feature: health_care — career_change — après dix ans comme secrétaire médicale
    # route: psychomotricity, the DE of June 2025 (bac+3) taken «après dix ans comme secrétaire médicale», said as a reconversion → application; a career change → fails not_career_change → not eligible
    N("health_care", "career_change", "après dix ans comme secrétaire médicale", M(
        "Nathalie Oyono <nathalie.oyono@example.org>",
        "Candidature - psychomotricienne",
        "07 10:05",
        """Bonjour,

Je me présente : Nathalie, 38 ans. Après dix ans comme secrétaire médicale dans un cabinet de radiologie, j'ai décidé de changer de métier et j'ai repris des études à l'institut de psychomotricité de Montpellier. J'ai obtenu mon diplôme d'État de psychomotricienne en juin 2025.

Je cherche maintenant un poste dans un CAMSP ou un IME associatif, pour réussir ma reconversion.

Bien à vous,
Nathalie Oyono""",
        app("Nathalie", "Oyono", phone=None, bac=3, grad="2025-06", failing=("not_career_change",), status="b_hc_psychomot_reconversion_montpellier"),
    )),
    # Feature: health_care — graduation — certificat de capacité d'orthophoniste en juin
    # ambiguous: the mother writes «en juin» with no year: June 2026 or an earlier June, the CCO's date stays open
    # route: speech therapy, a mother writing for her daughter, the CCO (bac+5) «en juin» with no year, an association for deaf children sought → application referred (forwarded_by the mother); graduation open → to verify
    N("health_care", "graduation", "certificat de capacité d'orthophoniste en juin", M(
        "Martine Guého <martine.gueho@example.org>",
        "Pour ma fille Maëlle",
        "08 16:12",
        """Bonjour,

Je me permets de vous écrire pour ma fille, Maëlle Guého, qui a obtenu son certificat de capacité d'orthophoniste en juin après cinq ans d'études à Brest. Elle aimerait travailler dans une association qui accompagne les enfants sourds plutôt qu'en libéral.

Son adresse : maelle.gueho@example.org. Elle vous écrira aussi elle-même.

Cordialement,
Martine Guého""",
        app("Maëlle", "Guého", phone=None, bac=5, grad=None, email="maelle.gueho@example.org", forwarded_by="martine.gueho@example.org", unknown=("graduation_recent",), status="b_hc_cco_en_juin_mere_brest"),
    )),
    # Feature: health_care — kind — convention de stage pour nos étudiants infirmiers
    # route: an IFSI's placement office asking whether the programme could host nursing students' community-health placements → other (a partnership request, no applicant)
    N("health_care", "kind", "convention de stage pour nos étudiants infirmiers", M(
        "Bureau des stages IFSI Rouen <stages.ifsi@chu-rouen.example.org>",
        "Partenariat – stages en santé communautaire",
        "09 10:30",
        """Madame, Monsieur,

Dans le cadre de l'unité d'enseignement « santé publique », nous cherchons des lieux d'accueil pour des stages de cinq semaines. Serait-il possible de signer une convention de stage pour nos étudiants infirmiers de deuxième année avec votre réseau d'associations ?

Nous pouvons vous envoyer le référentiel de formation.

Cordialement,
Le bureau des stages – IFSI de Rouen""",
        other(),
    )),
    # Feature: health_care — kind — Est-ce que le DEAS est accepté
    # route: a general question on whether a care-assistant diploma counts, no fact of the writer's own → question
    N("health_care", "kind", "Est-ce que le DEAS est accepté", M(
        "Fatoumia Saïd <fatoumia.said@example.org>",
        "Niveau demandé ?",
        "10 12:47",
        """Bonjour,

Est-ce que le DEAS est accepté (diplôme d'État d'aide-soignant) pour entrer dans le programme, ou faut-il absolument un bac+2 ? Et les diplômes paramédicaux comptent-ils comme des diplômes universitaires ?

Merci pour votre réponse.""",
        question(),
    )),
    # Feature: social_work — level — DEES
    # route: social work, the IRTS of Montpellier, the DEES (bac+3) of the results the DREETS published in July 2026, a child-protection association sought → application; bac+3 of 2026, ESS aim → eligible
    N("social_work", "level", "DEES", M(
        "Yanis Belkacem <yanis.belkacem@example.org>",
        "Candidature - éducateur spécialisé diplômé",
        "11 09:36",
        """Bonjour,

Je viens d'obtenir le DEES à l'IRTS Occitanie de Montpellier : la DREETS a publié les résultats le 8 juillet 2026. J'ai fait mon stage long dans une MECS et j'aimerais continuer en protection de l'enfance, dans une association plutôt qu'au département.

Je serais ravi de participer à votre programme.

Yanis Belkacem
07 62 11 90 34""",
        app("Yanis", "Belkacem", phone="+33762119034", bac=3, grad="2026-07", status="b_sw_dees_dreets_montpellier"),
    )),
    # Feature: social_work — level — diplôme d'État de moniteur-éducateur
    # route: social work, the DEME (niveau 4) of June 2025 from an EFTS in Clermont, no other diploma → application; below bac+2 → fails degree_level → not eligible
    N("social_work", "level", "diplôme d'État de moniteur-éducateur", M(
        "Kevin Fontaine <kevin.fontaine63@example.org>",
        "Inscription Pro'pulse",
        "11 17:20",
        """Bonjour,

J'ai obtenu le diplôme d'État de moniteur-éducateur en juin 2025 (école de travail social de Clermont-Ferrand), après un bac pro ASSP. Je cherche un poste dans un foyer de vie ou une association d'insertion.

Pouvez-vous me dire si je peux suivre l'accompagnement ?

Kevin Fontaine""",
        app("Kevin", "Fontaine", phone=None, bac=0, grad="2025-06", failing=("degree_level",), status="b_sw_deme_clermont"),
    )),
    # Feature: social_work — situation — je suis en stage long à responsabilité jusqu'à fin mai
    # route: social work, third year of the DEASS at the IRTS of Brest, «en stage long à responsabilité jusqu'à fin mai» with the certification in June 2027 → application; placement and studies running → fails not_internship and studies_finished → not eligible
    N("social_work", "situation", "je suis en stage long à responsabilité jusqu'à fin mai", M(
        "Gwenaëlle Le Bihan <gwen.lebihan@example.org>",
        "Candidature anticipée",
        "12 13:15",
        """Bonjour,

Étudiante en troisième année d'assistante de service social à l'IRTS de Brest, je suis en stage long à responsabilité jusqu'à fin mai dans un CHRS associatif. Les épreuves de certification du DEASS auront lieu en juin 2027.

Je voudrais savoir dès maintenant si votre programme pourrait m'aider à trouver un poste dans une association d'hébergement.

Merci,
Gwenaëlle Le Bihan""",
        app("Gwenaëlle", "Le Bihan", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_sw_deass_stage_long_brest"),
    )),
    # Feature: social_work — graduation — DEETS à la session 2024
    # ambiguous: a certification «session 2024» may be the June session (more than two years ago) or the autumn one (recent): only the year is said
    # route: social work, a DEETS (bac+3) «obtenu à la session 2024» with no month, an entreprise adaptée sought → application; graduation open → to verify
    N("social_work", "graduation", "DEETS à la session 2024", M(
        "Bartosz Lewandowski <bartosz.lewandowski@example.org>",
        "Educateur technique spécialisé - candidature",
        "13 08:48",
        """Bonjour,

Après un CAP de menuiserie, j'ai enchaîné les études et obtenu le DEETS à la session 2024 en apprentissage, à l'IRTS de Franche-Comté (Besançon). Depuis, je fais des remplacements dans un ESAT.

Je souhaite trouver un poste fixe d'éducateur technique dans une entreprise adaptée ou un chantier d'insertion.

Cordialement,
Bartosz Lewandowski""",
        app("Bartosz", "Lewandowski", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), status="b_sw_deets_session_2024_besancon"),
    )),
    # Feature: social_work — aim — peu importe la structure
    # ambiguous: «un poste de CESF, peu importe la structure» names no sector: a bailleur social, a CCAS or an association, the ESS search stays open
    # route: social work, the DECESF of July 2025 (bac+3 since 2021), the aim only «peu importe la structure» → application; aim open → to verify
    N("social_work", "aim", "peu importe la structure", M(
        "Anaïs Grondin <anais.grondin@example.org>",
        "Candidature",
        "14 19:30",
        """Bonjour,

J'ai eu mon DECESF en juillet 2025 au lycée de Saint-Pierre (La Réunion), les résultats ont été publiés par le rectorat. Je suis revenue en métropole à Bordeaux et je cherche un poste de CESF, peu importe la structure, du moment que je peux accompagner des familles sur le budget et le logement.

Merci de votre retour,
Anaïs Grondin""",
        app("Anaïs", "Grondin", phone=None, bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="b_sw_decesf_peu_importe_bordeaux"),
    )),
    # Feature: social_work — situation — mon contrat d'apprentissage s'est terminé avec le diplôme
    # route: social work, the DEEJE (bac+3) in apprenticeship, «mon contrat d'apprentissage s'est terminé avec le diplôme» in July 2025, an associative crèche sought → application; no contract running, bac+3 of 2025, ESS aim → eligible
    N("social_work", "situation", "mon contrat d'apprentissage s'est terminé avec le diplôme", M(
        "Mélissa Pierre-Louis <melissa.pierrelouis@example.org>",
        "Éducatrice de jeunes enfants – candidature",
        "15 11:11",
        """Bonjour,

J'ai préparé le DEEJE en apprentissage à l'IRTS de Rouen ; mon contrat d'apprentissage s'est terminé avec le diplôme, en juillet 2025. Je ne suis plus liée à ma structure d'accueil.

Je cherche un poste dans une crèche associative ou parentale, idéalement à Rouen ou au Havre.

Mélissa Pierre-Louis""",
        app("Mélissa", "Pierre-Louis", phone=None, bac=3, grad="2025-07", status="b_sw_deeje_apprentissage_fini_rouen"),
    )),
    # Feature: social_work — kind — je confirme ma présence à la réunion d'information
    # route: a social-work graduate answering our invitation in our thread (In-Reply-To our mail) → reply
    N("social_work", "kind", "je confirme ma présence à la réunion d'information", M(
        "Ophélie Ramanantsoa <ophelie.ramanantsoa@example.org>",
        "Re: Réunion d'information Pro'pulse – jeudi 19 novembre",
        "16 08:05",
        """Bonjour,

Merci pour l'invitation, je confirme ma présence à la réunion d'information de jeudi. Je viendrai avec une collègue de promo de l'IRTS si c'est possible.

Ophélie

Le 13/11/2026 à 10:02, Pro'pulse a écrit :
> Nous vous proposons une réunion d'information jeudi 19 novembre à 18h.""",
        reply(),
        headers={"In-Reply-To": "<info-1311.or@animafac.net>", "References": "<info-1311.or@animafac.net>"},
    )),
    # Feature: social_work — kind — La lettre des anciens de l'IRTS
    # route: an IRTS alumni network's monthly letter (List-Unsubscribe, Precedence: bulk) → newsletter
    N("social_work", "kind", "La lettre des anciens de l'IRTS", M(
        "Réseau des diplômés IRTS Nouvelle-Aquitaine <alumni@irts-na.example.org>",
        "La lettre des anciens de l'IRTS – novembre",
        "17 07:00",
        """La lettre des anciens de l'IRTS – novembre

• Portrait : Samia, éducatrice spécialisée dans un lieu de vie en Dordogne
• 14 offres d'emploi dans le médico-social associatif
• Journée des diplômés le 12 décembre

Vous recevez cette lettre en tant que diplômé·e. Se désinscrire.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://irts-na.example.org/alumni/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: sport_animation — level — BPJEPS animation sociale
    # route: animation, the BPJEPS animation sociale (niveau 4, bac level) of 2025 as the only diploma → application; below bac+2 → fails degree_level → not eligible
    N("sport_animation", "level", "BPJEPS animation sociale", M(
        "Dylan Hoarau <dylan.hoarau@example.org>",
        "candidature animateur",
        "17 15:42",
        """Bonjour,

J'ai passé mon BPJEPS animation sociale en alternance dans un centre social de Saint-Paul, validé en juin 2025. J'ai aussi le BAFA et le BAFD. Je voudrais être accompagné pour trouver un poste d'animateur coordinateur dans une association de quartier.

Merci,
Dylan Hoarau""",
        app("Dylan", "Hoarau", phone=None, bac=0, grad="2025-06", failing=("degree_level",), status="b_sa_bpjeps_reunion"),
    )),
    # Feature: sport_animation — level — DEJEPS animation socio-éducative
    # route: animation, the DEJEPS (niveau 5 = bac+2) of June 2025, an éducation populaire federation sought → application; bac+2 of 2025, ESS aim → eligible
    N("sport_animation", "level", "DEJEPS animation socio-éducative", M(
        "Emre Yilmaz <emre.yilmaz@example.org>",
        "Candidature – DEJEPS",
        "18 10:20",
        """Bonjour,

Je suis titulaire du DEJEPS animation socio-éducative ou culturelle, mention développement de projets, obtenu en juin 2025 au CREPS de Montpellier. Je voudrais devenir coordinateur dans une fédération d'éducation populaire (Francas, Léo Lagrange, MJC).

Bonne journée,
Emre Yilmaz""",
        app("Emre", "Yilmaz", phone=None, bac=2, grad="2025-06", status="b_sa_dejeps_montpellier"),
    )),
    # Feature: sport_animation — situation — je suis en service civique au club jusqu'en juin 2027
    # route: sport, a licence STAPS of June 2026, «je suis en service civique au club jusqu'en juin 2027» in a rugby club → application; service civique running → fails not_service_civique → not eligible
    N("sport_animation", "situation", "je suis en service civique au club jusqu'en juin 2027", M(
        "Hugo Lacoste <hugo.lacoste@example.org>",
        "Licence STAPS – candidature",
        "18 21:03",
        """Bonjour,

J'ai eu ma licence STAPS en juin 2026 à Bordeaux. Depuis septembre, je suis en service civique au club jusqu'en juin 2027 (école de rugby de Bègles) et j'aimerais préparer la suite pour travailler dans une association sportive.

Merci,
Hugo Lacoste""",
        app("Hugo", "Lacoste", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="b_sa_service_civique_club_begles"),
    )),
    # Feature: sport_animation — level — mon diplôme d'éducateur sportif
    # ambiguous: «diplôme d'éducateur sportif» is the trade's name, given by a BPJEPS (bac level) as well as a DEJEPS (bac+2): the level stays open
    # route: sport, «mon diplôme d'éducateur sportif» of June 2025 with no diploma named, a multisport association sought → application; level open → to verify
    N("sport_animation", "level", "mon diplôme d'éducateur sportif", M(
        "Rania Khoury <rania.khoury@example.org>",
        "Demande d'accompagnement",
        "19 13:33",
        """Bonjour,

J'ai eu mon diplôme d'éducateur sportif en juin 2025 à Grenoble, spécialité activités de la forme. J'encadre depuis des cours en CDD et je voudrais un poste plus stable dans une association multisports ou un club omnisport.

Cordialement,
Rania Khoury""",
        app("Rania", "Khoury", phone=None, bac=None, grad="2025-06", unknown=("degree_level",), status="b_sa_educateur_sportif_grenoble"),
    )),
    # Feature: sport_animation — graduation — soutenu mon mémoire en septembre 2025
    # route: sport, a master STAPS APAS (bac+5) completed when she «soutenu mon mémoire en septembre 2025», a sport-santé association sought → application; bac+5 of 2025, ESS aim → eligible
    N("sport_animation", "graduation", "soutenu mon mémoire en septembre 2025", M(
        "Camille Nguema <camille.nguema@example.org>",
        "Candidature Pro'pulse - master STAPS",
        "20 09:58",
        """Bonjour,

J'ai terminé mon master STAPS activité physique adaptée et santé à l'université de Bourgogne : j'ai soutenu mon mémoire en septembre 2025 et le diplôme m'a été délivré dans la foulée.

Je souhaite travailler dans une association de sport-santé (maisons sport-santé, activité physique pour les personnes atteintes de maladies chroniques). Mon CV est en pièce jointe.

Camille Nguema""",
        app("Camille", "Nguema", phone=None, bac=5, grad="2025-09", status="b_sa_master_apas_dijon"),
        cv=CV("docx", "CV Camille Nguema.docx", """Camille Nguema
Enseignante en activité physique adaptée
Master STAPS APAS, université de Bourgogne (2023–2025)
Licence STAPS APAS (2020–2023)
Stage : maison sport-santé de Dijon (6 mois)"""),
    )),
    # Feature: sport_animation — aim — coach dans une salle de sport privée
    # route: sport, a licence STAPS of June 2025, the aim «coach dans une salle de sport privée, type grande chaîne» only → application; no ESS aim → fails job_seeking_ess → not eligible
    N("sport_animation", "aim", "coach dans une salle de sport privée", M(
        "Jordan Vidal <jordan.vidal@example.org>",
        "inscription",
        "20 17:25",
        """Bonjour,

Licence STAPS entraînement sportif obtenue en juin 2025 à Montpellier. Je cherche un poste de coach dans une salle de sport privée, type grande chaîne de fitness, pour évoluer vers un poste de manager de club.

Merci,
Jordan Vidal""",
        app("Jordan", "Vidal", phone=None, bac=3, grad="2025-06", failing=("job_seeking_ess",), status="b_sa_coach_salle_privee_montpellier"),
    )),
    # Feature: sport_animation — kind — Je suis en stage de formation fédérale jusqu'au 25 novembre
    # route: a sports club's manager's out-of-office (Auto-Submitted) → auto_reply
    N("sport_animation", "kind", "Je suis en stage de formation fédérale jusqu'au 25 novembre", M(
        "Sylvain Mercier <s.mercier@asclermont-athle.example.org>",
        "Réponse automatique : Pro'pulse – présentation du programme",
        "21 08:00",
        """Bonjour,

Je suis en stage de formation fédérale jusqu'au 25 novembre et je ne consulte pas mes mails. Pour les inscriptions au club, écrivez à secretariat@asclermont-athle.example.org.

Sportivement,
Sylvain Mercier""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: sport_animation — kind — le BAFA compte-t-il comme un diplôme
    # route: a general question on whether BAFA and BPJEPS count, no fact of the writer's own → question
    N("sport_animation", "kind", "le BAFA compte-t-il comme un diplôme", M(
        "Loïc Dubreuil <loic.dubreuil@example.org>",
        "Question sur les diplômes de l'animation",
        "22 14:10",
        """Bonjour,

Pour votre programme, le BAFA compte-t-il comme un diplôme ? Et un BPJEPS, c'est considéré comme quel niveau ? Je pose la question pour plusieurs animateurs de ma MJC.

Merci d'avance.""",
        question(),
    )),
]
