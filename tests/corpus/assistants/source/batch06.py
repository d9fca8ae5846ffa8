"""Assistants corpus, batch 06 (writer B): two_versions (Grammarly, DeepL Write, Notion AI: a service civique
running smoothed to «une mission d'intérêt général», last BTS exams smoothed to «diplômé», short and long
versions that agree, a Kenyan's rough English note and its polished version, an accountant's seven years
smoothed to «une première expérience», two Notion AI versions that disagree on a year; a reply and a question
in two versions), markdown_structured (Claude, Perplexity, Notion AI: bold labels, a pipe table with a
service civique «en cours», a table row «en attente des résultats», a numbered list, a bold «Objectif
professionnel» in consulting, a bold «Statut actuel : Volontaire», a «## Mon parcours» with a finished
internship; a partner's markdown newsletter), template_adapted (Canva's, L'Étudiant's and APEC's models:
«au sein de votre société» left, a sales post sought, «plusieurs années d'expérience dans la vente», a
template's master next to an unfinished L1, a licence of 2021, «Decathlon» left, «Jeune diplômé(e)» next to
a thesis awaiting its jury; a template auto-reply, a template withdrawal)."""
# ruff: noqa: E501

from __future__ import annotations

from assistants import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: two_versions — situation — je suis en service civique à Unis-Cité jusqu'en avril
    # route: Grammarly, her rough note then the «version améliorée»; the rough note says the service civique runs until April, the improved one smooths it to «engagée dans une mission d'intérêt général» → application; service civique running → fails not_service_civique → not eligible
    N("two_versions", "situation", "je suis en service civique à Unis-Cité jusqu'en avril", M(
        "Justine Kowalski <justine.kowalski@example.org>",
        "Candidature Pro'pulse",
        "02 12:10",
        """Mon brouillon :
bonjour, j'ai une licence de géographie (2025, Rouen), je suis en service civique à Unis-Cité jusqu'en avril et après je veux travailler dans une asso d'environnement

Version améliorée :
Madame, Monsieur,
Titulaire d'une licence de géographie obtenue en 2025 et engagée dans une mission d'intérêt général au sein d'Unis-Cité, je souhaite rejoindre une association environnementale.
Cordialement,
Justine Kowalski""",
        app("Justine", "Kowalski", phone=None, bac=3, grad="2025", failing=("not_service_civique",), status="b_two_service_civique_lisse"),
    )),
    # Feature: two_versions — studies_finished — je passe mes derniers partiels de BTS en décembre
    # route: DeepL Write, the rough note above the rewritten one; the rough says the BTS exams are still ahead, the rewrite says «diplômé d'un BTS» → application; studies not finished → fails studies_finished → not eligible
    N("two_versions", "studies_finished", "je passe mes derniers partiels de BTS en décembre", M(
        "Dylan Hoarau <dylan.hoarau@example.org>",
        "Candidature",
        "03 20:25",
        """Texte d'origine :
Salut, je passe mes derniers partiels de BTS en décembre (BTS ESF, Saint-Pierre), je cherche un boulot dans une asso d'aide aux familles

Version reformulée :
Bonjour,
Diplômé d'un BTS Économie sociale familiale, je souhaite intégrer une association d'accompagnement des familles.
Bien cordialement,
Dylan Hoarau""",
        app("Dylan", "Hoarau", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_two_partiels_bts"),
    )),
    # Feature: two_versions — graduation — master Management des organisations de l'ESS, obtenu en novembre 2025
    # route: Notion AI, «Version courte» and «Version longue» that agree on the master and its date → application; master November 2025, a mutuelle sought → eligible
    N("two_versions", "graduation", "master Management des organisations de l'ESS, obtenu en novembre 2025", M(
        "Marta Zielińska <marta.zielinska@example.org>",
        "Candidature Pro'pulse – Marta Zielińska",
        "04 10:48",
        """Version courte :
Bonjour, diplômée d'un master ESS (2025), je cherche un emploi dans une mutuelle. Merci !

Version longue :
Madame, Monsieur,
Titulaire d'un master Management des organisations de l'ESS, obtenu en novembre 2025 à Grenoble, je souhaite rejoindre une mutuelle ou une coopérative pour y exercer des fonctions de chargée de projets.
Je vous remercie par avance de votre retour.
Marta Zielińska""",
        app("Marta", "Zielińska", phone=None, bac=5, grad="2025-11", status="b_two_courte_longue_mutuelle"),
    )),
    # Feature: two_versions — level — finished my BSc in Development Studies in Nairobi in July 2025
    # route: Grammarly in English, her rough note then "Polished version:"; both agree on a bachelor's of July 2025 and an NGO sought → application (English); eligible
    N("two_versions", "level", "finished my BSc in Development Studies in Nairobi in July 2025", M(
        "Wanjiru Kamau <wanjiru.kamau@example.org>",
        "Application Pro'pulse",
        "05 15:33",
        """Rough note:
hi, i finished my BSc in Development Studies in Nairobi in July 2025, moved to Montpellier, looking for work in an NGO or association here

Polished version:
Dear Pro'pulse team,
I recently completed a Bachelor of Science in Development Studies (2025) and have relocated to Montpellier. I am seeking a role with a non-profit organisation and would welcome your support.
Best regards,
Wanjiru Kamau""",
        app("Wanjiru", "Kamau", phone=None, bac=4, grad="2025-07", language="en", status="b_two_en_bsc_nairobi"),
    )),
    # Feature: two_versions — career_change — j'ai été comptable 7 ans dans un cabinet, je veux changer de voie
    # route: DeepL Write, the rough note and its rewrite «fort d'une première expérience en gestion»; the rough words say seven years of accounting and a change of path, with a DCG of 2017 → application; career before, diploma of 2017 → fails not_career_change and graduation_recent → not eligible
    N("two_versions", "career_change", "j'ai été comptable 7 ans dans un cabinet, je veux changer de voie", M(
        "Frédéric Pasquier <fred.pasquier@example.org>",
        "Candidature programme",
        "06 19:02",
        """Ce que j'avais écrit :
j'ai le DCG depuis 2017, j'ai été comptable 7 ans dans un cabinet, je veux changer de voie et bosser dans une coopérative à Dijon

Version reformulée :
Madame, Monsieur,
Fort d'une première expérience en gestion et titulaire du DCG, je souhaite mettre mes compétences au service d'une coopérative dijonnaise.
Cordialement,
Frédéric Pasquier""",
        app("Frédéric", "Pasquier", phone=None, bac=3, grad="2017", failing=("graduation_recent", "not_career_change"), status="b_two_comptable_sept_ans"),
    )),
    # Feature: two_versions — graduation — master Développement local, obtenu en septembre 2024
    # ambiguous: two versions by Notion AI, neither the person's own, give «septembre 2024» and «septembre 2025»: beyond or within 24 months, graduation_recent stays open
    # route: Notion AI, «Version A» and «Version B» pasted together, the year differs → application; date open → to verify
    N("two_versions", "graduation", "master Développement local, obtenu en septembre 2024", M(
        "Océane Lefort <oceane.lefort@example.org>",
        "Candidature Pro'pulse",
        "07 08:40",
        """Version A
Madame, Monsieur,
Titulaire d'un master Développement local, obtenu en septembre 2024 à l'Université Clermont Auvergne, je souhaite rejoindre une association de développement rural.

Version B
Bonjour,
Jeune diplômée d'un master Développement local (septembre 2025), je recherche un premier poste dans une association du territoire auvergnat.

Océane Lefort""",
        app("Océane", "Lefort", phone=None, bac=5, grad=None, unknown=("graduation_recent",), status="b_two_notion_versions_desaccord"),
    )),
    # Feature: two_versions — kind — j'ai bien reçu la convocation
    # route: Grammarly, a short and a long answer both pasted in our thread (In-Reply-To our Message-ID) → reply
    N("two_versions", "kind", "j'ai bien reçu la convocation", M(
        "Amandine Roux-Petit <amandine.rouxpetit@example.org>",
        "RE: Convocation réunion d'information",
        "23 11:15",
        """Version courte : Merci, j'ai bien reçu la convocation, je serai là.

Version longue : Bonjour, je vous remercie pour votre message : j'ai bien reçu la convocation à la réunion d'information du 2 décembre et j'y serai présente. Bonne journée, Amandine""",
        reply(),
        headers={"In-Reply-To": "<reunion-0212.arp@animafac.net>", "References": "<reunion-0212.arp@animafac.net>"},
    )),
    # Feature: two_versions — kind — est-ce qu'on peut faire le programme en ayant un job à mi-temps
    # route: DeepL Write, the rough question and its rewrite, no fact of the writer → question
    N("two_versions", "kind", "est-ce qu'on peut faire le programme en ayant un job à mi-temps", M(
        "Romain Tessier <romain.tessier@example.org>",
        "Question programme",
        "08 17:50",
        """brouillon : est-ce qu'on peut faire le programme en ayant un job à mi-temps ?

version reformulée : Bonjour, serait-il possible de suivre le programme Pro'pulse tout en exerçant une activité à temps partiel ? Merci d'avance pour votre réponse.""",
        question(),
    )),
    # Feature: markdown_structured — level — Licence professionnelle Gestion des structures sanitaires et sociales
    # route: Claude's output sent raw with bold labels; the level under «**Diplôme :**», the year under «**Obtention :**», the aim under «**Recherche :**» → application; licence pro June 2025, an association sought → eligible
    N("markdown_structured", "level", "Licence professionnelle Gestion des structures sanitaires et sociales", M(
        "Nadia Abdallah <nadia.abdallah@example.org>",
        "Candidature Pro'pulse – Nadia Abdallah",
        "02 09:20",
        """Bonjour,

Voici ma candidature :

**Diplôme :** Licence professionnelle Gestion des structures sanitaires et sociales
**Obtention :** juin 2025, Université de Bordeaux
**Recherche :** un poste de coordinatrice dans une association d'aide à domicile
**Disponibilité :** immédiate

Merci pour votre retour,
Nadia Abdallah""",
        app("Nadia", "Abdallah", phone=None, bac=3, grad="2025-06", status="b_md_bold_labels_licence_pro"),
    )),
    # Feature: markdown_structured — situation — | Service civique | Croix-Rouge française | sept. 2026 – mai 2027 | en cours |
    # route: Perplexity's pipe table sent raw; the service civique row's cells belong together: «en cours» until May 2027 → application; service civique running → fails not_service_civique → not eligible
    N("markdown_structured", "situation", "| Service civique | Croix-Rouge française | sept. 2026 – mai 2027 | en cours |", M(
        "Samira Nassar <samira.nassar@example.org>",
        "Candidature Pro'pulse",
        "03 14:35",
        """Bonjour,

Je vous présente mon parcours :

| Étape | Structure | Période | Statut |
|---|---|---|---|
| Licence Sciences sociales | Université de Bordeaux | 2022 – 2025 | obtenue |
| Service civique | Croix-Rouge française | sept. 2026 – mai 2027 | en cours |

Je souhaite ensuite travailler dans une association humanitaire.

Samira Nassar""",
        app("Samira", "Nassar", phone=None, bac=3, grad="2025", failing=("not_service_civique",), status="b_md_table_service_civique"),
    )),
    # Feature: markdown_structured — studies_finished — en attente des résultats du jury
    # ambiguous: the master 2 row says «en attente des résultats du jury»: the course is over but the diploma is not yet awarded, studies_finished stays open
    # route: Notion AI table sent raw; the M2 row's status cell decides → application; studies open → to verify
    N("markdown_structured", "studies_finished", "en attente des résultats du jury", M(
        "Guillaume Fabre <guillaume.fabre@example.org>",
        "Candidature – Guillaume Fabre",
        "04 18:12",
        """## Mon parcours

| Diplôme | Établissement | Année | Statut |
|---|---|---|---|
| Licence Sociologie | Université de Rouen | 2024 | validée |
| Master 2 Intervention et développement social | Université de Rouen | 2026 | en attente des résultats du jury |

## Ce que je cherche
- Un premier emploi dans une association ou une coopérative d'insertion en Normandie

Guillaume Fabre""",
        app("Guillaume", "Fabre", phone=None, bac=5, grad=None, unknown=("studies_finished",), status="b_md_table_attente_jury"),
    )),
    # Feature: markdown_structured — aim — Un poste de chargé de projet dans une coopérative agricole ou une mutuelle
    # route: ChatGPT, a numbered list sent raw: «1. Diplôme», «2. Date», «3. Projet» → application; DUT GEA June 2025, a cooperative or mutual sought → eligible
    N("markdown_structured", "aim", "Un poste de chargé de projet dans une coopérative agricole ou une mutuelle", M(
        "Cédric Louisy <cedric.louisy@example.org>",
        "Candidature Pro'pulse",
        "05 11:58",
        """Bonjour,

1. **Diplôme** : DUT Gestion des entreprises et des administrations (GEA)
2. **Date d'obtention** : juin 2025, IUT de Guadeloupe
3. **Projet** : Un poste de chargé de projet dans une coopérative agricole ou une mutuelle

Je reste disponible pour tout échange.
Cédric Louisy
06 90 55 12 48""",
        app("Cédric", "Louisy", phone="+33690551248", bac=2, grad="2025-06", status="b_md_numbered_dut_gea"),
    )),
    # Feature: markdown_structured — aim — intégrer un cabinet de conseil en stratégie
    # route: Claude, bold labels sent raw; under «**Objectif professionnel :**» a strategy consulting firm → application; no ESS job sought → fails job_seeking_ess → not eligible
    N("markdown_structured", "aim", "intégrer un cabinet de conseil en stratégie", M(
        "Paul-Antoine Roustan <pa.roustan@example.org>",
        "Candidature – Paul-Antoine Roustan",
        "06 13:44",
        """Bonjour,

**Formation :** Master Finance d'entreprise, Montpellier Management, juin 2026
**Compétences :** modélisation financière, Excel avancé, Power BI
**Objectif professionnel :** intégrer un cabinet de conseil en stratégie à Paris ou à Lyon

Cordialement,
Paul-Antoine Roustan""",
        app("Paul-Antoine", "Roustan", phone=None, bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_md_conseil_strategie"),
    )),
    # Feature: markdown_structured — situation — **Statut actuel :** Volontaire
    # ambiguous: «Volontaire» under «Statut actuel» may be a service civique running or unpaid volunteering: not_service_civique stays open
    # route: Perplexity, bold labels; the licence of 2025 stated, the present status in one word → application; service civique open → to verify
    N("markdown_structured", "situation", "**Statut actuel :** Volontaire", M(
        "Loane Techer <loane.techer@example.org>",
        "Candidature Pro'pulse – Loane Techer",
        "07 16:16",
        """Bonjour,

**Diplôme :** Licence Langues étrangères appliquées, Université de La Réunion (juillet 2025)
**Statut actuel :** Volontaire à la Ligue de l'enseignement
**Recherche :** un emploi dans une association d'éducation populaire

Merci d'avance,
Loane Techer""",
        app("Loane", "Techer", phone=None, bac=3, grad="2025-07", unknown=("not_service_civique",), status="b_md_statut_volontaire"),
    )),
    # Feature: markdown_structured — situation — Stage de fin d'études (terminé en août 2026)
    # route: Le Chat's «## Mon parcours» sent raw; each bullet's status is its own: the internship «terminé», the master obtained → application; master June 2026, internship over, an association sought → eligible
    N("markdown_structured", "situation", "Stage de fin d'études (terminé en août 2026)", M(
        "Élodie Bouvot <elodie.bouvot@example.org>",
        "Candidature Pro'pulse",
        "08 10:30",
        """## Mon parcours
- 2021–2024 : Licence AES — Université de Bourgogne
- 2024–2026 : Master Management de l'ESS — diplômée en juin 2026
- Stage de fin d'études (terminé en août 2026) — France Active Bourgogne

## Mon projet
- Trouver un emploi de chargée d'accompagnement dans une association ou une coopérative

Élodie Bouvot""",
        app("Élodie", "Bouvot", phone=None, bac=5, grad="2026-06", status="b_md_parcours_stage_termine"),
    )),
    # Feature: markdown_structured — kind — ## 📅 Les rendez-vous de décembre
    # route: a network of associations' newsletter generated with Notion AI, markdown left raw (List-Unsubscribe, Precedence: bulk) → newsletter
    N("markdown_structured", "kind", "## 📅 Les rendez-vous de décembre", M(
        "Réseau Solidaire Occitanie <lettre@reseau-solidaire-occ.example.org>",
        "La lettre du Réseau – décembre 2026",
        "12 07:30",
        """# La lettre du Réseau Solidaire Occitanie

## 📅 Les rendez-vous de décembre
- **3 décembre** : forum emploi ESS à Montpellier
- **10 décembre** : webinaire « Financer son association »

## 📰 En bref
- 12 nouvelles structures ont rejoint le réseau ce mois-ci.

---
Se désinscrire : https://reseau-solidaire-occ.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://reseau-solidaire-occ.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: template_adapted — graduation — J'ai obtenu mon master Développement social en juin 2025
    # route: Canva's letter template, «au sein de votre société» left unadapted, her own sentence inserted → application; master June 2025, a social association sought → eligible
    N("template_adapted", "graduation", "J'ai obtenu mon master Développement social en juin 2025", M(
        "Yasmine Charbel <yasmine.charbel@example.org>",
        "Candidature Pro'pulse",
        "02 16:40",
        """Madame, Monsieur,

Dynamique, rigoureuse et dotée d'un excellent relationnel, je souhaite mettre mes compétences au service de votre société.

J'ai obtenu mon master Développement social en juin 2025 à l'Université Grenoble Alpes. Je cherche un poste de chargée de développement dans une association d'action sociale.

Je serais ravie de contribuer au développement de votre activité au sein de votre société.

Cordialement,
Yasmine Charbel""",
        app("Yasmine", "Charbel", phone=None, bac=5, grad="2025-06", status="b_tpl_votre_societe_master"),
    )),
    # Feature: template_adapted — aim — je cherche un poste de négociateur dans une agence immobilière
    # route: L'Étudiant's model letter; the stock «votre entreprise» proves nothing, his own sentence names a real-estate sales post → application; no ESS job sought → fails job_seeking_ess → not eligible
    N("template_adapted", "aim", "je cherche un poste de négociateur dans une agence immobilière", M(
        "Kévin Ramassamy <kevin.ramassamy@example.org>",
        "Candidature",
        "03 10:05",
        """Madame, Monsieur,

Actuellement à la recherche d'un emploi, je me permets de vous proposer ma candidature pour rejoindre votre entreprise.

Titulaire d'un BTS Négociation et digitalisation de la relation client obtenu en juin 2026, je cherche un poste de négociateur dans une agence immobilière à Saint-Denis ou Saint-Pierre.

Je vous prie d'agréer mes salutations distinguées.

Kévin Ramassamy""",
        app("Kévin", "Ramassamy", phone=None, bac=2, grad="2026-06", failing=("job_seeking_ess",), status="b_tpl_agence_immobiliere"),
    )),
    # Feature: template_adapted — career_change — Après plusieurs années d'expérience dans la vente
    # ambiguous: «plusieurs années d'expérience dans la vente» may be the template's stock claim or his real past before a BTS taken in alternance: whether a career came before stays open
    # route: APEC's model letter, the stock-looking claim next to his own «BTS NDRC en alternance, obtenu en juin 2025» → application; career change open → to verify
    N("template_adapted", "career_change", "Après plusieurs années d'expérience dans la vente", M(
        "Baran Öztürk <baran.ozturk@example.org>",
        "Candidature Pro'pulse",
        "04 14:22",
        """Madame, Monsieur,

Après plusieurs années d'expérience dans la vente, je souhaite donner une nouvelle orientation à mon parcours professionnel.

J'ai passé mon BTS NDRC en alternance, obtenu en juin 2025, et je voudrais maintenant travailler dans une épicerie solidaire ou une coopérative de consommateurs à Besançon.

Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.

Baran Öztürk""",
        app("Baran", "Öztürk", phone=None, bac=2, grad="2025-06", unknown=("not_career_change",), status="b_tpl_plusieurs_annees_vente"),
    )),
    # Feature: template_adapted — level — j'ai le bac et une première année de licence de droit non validée
    # route: a job site's «lettre type» whose stock «titulaire d'un master» is contradicted by his own sentence → application; no higher degree → fails degree_level → not eligible
    N("template_adapted", "level", "j'ai le bac et une première année de licence de droit non validée", M(
        "Kenan Yılmaz <kenan.yilmaz@example.org>",
        "Candidature Pro'pulse",
        "05 17:30",
        """Madame, Monsieur,

Titulaire d'un master et fort d'une solide expérience, je souhaite intégrer le poste de chargé(e) de mission au sein de votre structure.

Pour être honnête, j'ai le bac et une première année de licence de droit non validée. Je voudrais travailler dans une association d'aide aux jeunes à Besançon.

Cordialement,
Kenan Yılmaz""",
        app("Kenan", "Yılmaz", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_tpl_l1_non_validee"),
    )),
    # Feature: template_adapted — graduation — j'ai obtenu ma licence en 2021
    # route: a template «pour le poste de chargé(e) de mission», her own paragraph: a licence of 2021 followed by odd jobs → application; diploma older than 24 months → fails graduation_recent → not eligible
    N("template_adapted", "graduation", "j'ai obtenu ma licence en 2021", M(
        "Rova Andrianarisoa <rova.andrianarisoa@example.org>",
        "Candidature pour le poste de chargé(e) de mission",
        "06 09:12",
        """Madame, Monsieur,

Je vous adresse ma candidature pour le poste de chargé(e) de mission au sein de votre organisation.

J'ai obtenu ma licence en 2021 (Information-communication, Brest) et depuis j'ai fait des petits boulots et du bénévolat. J'aimerais maintenant travailler dans une association culturelle.

Cordialement,
Rova Andrianarisoa""",
        app("Rova", "Andrianarisoa", phone=None, bac=3, grad="2021", failing=("graduation_recent",), status="b_tpl_licence_2021"),
    )),
    # Feature: template_adapted — level — diplôme d'État d'éducatrice spécialisée, obtenu en juin 2026
    # route: Canva's template with another employer («chez Decathlon») left in, her own particulars and a Canva CV attached → application; DEES June 2026, a child-protection association sought → eligible
    N("template_adapted", "level", "diplôme d'État d'éducatrice spécialisée, obtenu en juin 2026", M(
        "Mélissa Pierre-Louis <melissa.pierrelouis@example.org>",
        "Candidature Pro'pulse – Mélissa Pierre-Louis",
        "07 12:48",
        """Madame, Monsieur,

Motivée et dynamique, je souhaite mettre mon énergie au service de votre équipe chez Decathlon.

Titulaire du diplôme d'État d'éducatrice spécialisée, obtenu en juin 2026 à l'IRTS de Normandie, je cherche un poste dans une association de protection de l'enfance à Rouen.

Vous trouverez mon CV en pièce jointe.

Mélissa Pierre-Louis""",
        app("Mélissa", "Pierre-Louis", phone=None, bac=3, grad="2026-06", status="b_tpl_decathlon_dees"),
        cv=CV("pdf", "CV_Melissa_Pierre-Louis.pdf", """Mélissa Pierre-Louis
Éducatrice spécialisée – Rouen
Formation
2023-2026 : Diplôme d'État d'éducateur spécialisé (DEES), IRTS de Normandie – obtenu en juin 2026
2023 : Baccalauréat ST2S
Expériences
2025 : Stage – Maison d'enfants à caractère social, Elbeuf
Compétences : accompagnement éducatif, écrits professionnels, travail en équipe"""),
    )),
    # Feature: template_adapted — studies_finished — mon mémoire est déposé, j'attends le jury
    # ambiguous: the template's «Jeune diplômé(e)» is unadapted stock; her own words «mémoire déposé, j'attends le jury» leave the diploma not yet awarded: studies_finished stays open
    # route: a job site's letter template, «Jeune diplômé(e)» left, her own sentence decides → application; studies open → to verify
    N("template_adapted", "studies_finished", "mon mémoire est déposé, j'attends le jury", M(
        "Ophélie Carbet <ophelie.carbet@example.org>",
        "Candidature",
        "08 15:05",
        """Madame, Monsieur,

Jeune diplômé(e) et motivé(e), je souhaite rejoindre votre structure.

Je suis en master 2 Économie sociale et solidaire à l'Université des Antilles : mon mémoire est déposé, j'attends le jury. Je cherche un emploi dans une coopérative ou une association en Guadeloupe.

Cordialement,
Ophélie Carbet""",
        app("Ophélie", "Carbet", phone=None, bac=5, grad=None, unknown=("studies_finished",), status="b_tpl_memoire_depose"),
    )),
    # Feature: template_adapted — kind — Je suis actuellement en congé et n'ai pas accès à ma messagerie
    # route: an Outlook template out-of-office, sent automatically (Auto-Submitted) → auto_reply
    N("template_adapted", "kind", "Je suis actuellement en congé et n'ai pas accès à ma messagerie", M(
        "Patrice Lemaire <p.lemaire@mission-locale-exemple.example.org>",
        "Absence du bureau : Pro'pulse – orientation",
        "16 08:02",
        """Bonjour,

Je suis actuellement en congé et n'ai pas accès à ma messagerie. Je traiterai votre message à mon retour. Pour toute urgence, vous pouvez contacter l'accueil au standard.

Cordialement,
Patrice Lemaire
Mission locale""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: template_adapted — kind — je suis au regret de vous informer que je me désiste
    # route: a template «lettre de désistement» from the web, a participant withdrawing, not in our thread, no application → other
    N("template_adapted", "kind", "je suis au regret de vous informer que je me désiste", M(
        "Aurélien Gauthier <aurelien.gauthier@example.org>",
        "Désistement – programme Pro'pulse",
        "20 19:30",
        """Madame, Monsieur,

Suite à mon inscription au programme Pro'pulse, je suis au regret de vous informer que je me désiste, ayant accepté un poste qui débute en décembre.

Je vous remercie pour votre compréhension et vous prie d'agréer mes salutations distinguées.

Aurélien Gauthier""",
        other(),
    )),
]
