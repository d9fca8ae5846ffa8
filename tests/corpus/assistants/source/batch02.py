"""Assistants corpus, batch 02 (writer A): two_versions (a rough note and its «improved» version, or a short and a
long version, the improved one shifting a fact), markdown_structured (assistant markdown sent raw: bold
labels, headings, lists, a pipe table, emoji bullets), template_adapted (a job site's «lettre de motivation
type» barely adapted: stock claims, another employer's name, «votre entreprise»)."""
# ruff: noqa: E501

from __future__ import annotations

from assistants import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: two_versions — situation — là je suis en stage à la Ligue de l'enseignement jusqu'à fin février
    # route: ChatGPT, the person's rough note first, then «Version améliorée» which turned the running internship into «une expérience de stage» — the rough words win → application; a BUT of 2025, an internship running until February 2027 → fails not_internship → not eligible
    N("two_versions", "situation", "là je suis en stage à la Ligue de l'enseignement jusqu'à fin février", M(
        "Florian Masson <florian.masson@gmail.com>", "Candidature Pro'pulse (2 versions, désolé)", "02 11:05",
        """Bonjour, je vous mets mon brouillon et la version que ChatGPT m'a proposée, je ne savais pas laquelle envoyer.

Mon brouillon :
j'ai eu mon BUT GEA en 2025, là je suis en stage à la Ligue de l'enseignement jusqu'à fin février (stage de 6 mois), après je voudrais trouver un boulot dans une asso, en gestion ou en compta

Version améliorée :
Titulaire d'un BUT Gestion des entreprises et des administrations (2025) et fort d'une expérience de stage à la Ligue de l'enseignement, je souhaite mettre mes compétences en gestion au service d'une association.

Merci,
Florian Masson""",
        app("Florian", "Masson", phone=None, bac=3, grad="2025", failing=("not_internship",), status="brouillon_stage_jusqu_fevrier"),
    )),
    # Feature: two_versions — studies_finished — je finis ma licence en juin
    # route: Gemini, «mon texte» and «le texte reformulé» both pasted; the rewrite says «titulaire d'une licence», the person says she finishes it in June — the rough words win → application; a licence running until June 2027 → fails studies_finished → not eligible
    N("two_versions", "studies_finished", "je finis ma licence en juin", M(
        "Chloé Vidal <chloe.vidal.l3@gmail.com>", "Candidature", "03 16:48",
        """Bonjour,

Mon texte : Bonjour, je finis ma licence en juin (sciences de l'éducation, Montpellier) et j'aimerais travailler ensuite dans une association qui fait de l'accompagnement scolaire. Est-ce que je peux déjà m'inscrire à Pro'pulse ?

Le texte reformulé : Titulaire d'une licence en sciences de l'éducation, je souhaite rejoindre une association d'accompagnement à la scolarité et solliciter mon inscription au programme Pro'pulse.

Bonne journée,
Chloé Vidal""",
        app("Chloé", "Vidal", phone=None, bac="*", grad=None, failing=("studies_finished",), status="je_finis_vs_titulaire"),
    )),
    # Feature: two_versions — career_change — après 12 ans comme aide-soignante je me reconvertis
    # route: ChatGPT, the improved version first («Mon évolution de parcours m'amène…»), then «ce que je voulais dire»: twelve years as a care assistant, a reconversion — the rough words win → application; a DE of 2025 after twelve years in another trade → fails not_career_change → not eligible
    N("two_versions", "career_change", "après 12 ans comme aide-soignante je me reconvertis", M(
        "Nathalie Ferreira <nathalie.ferreira@laposte.net>", "Candidature programme Pro'pulse", "04 10:30",
        """Version proposée par ChatGPT :

Madame, Monsieur,

Mon évolution de parcours m'amène aujourd'hui vers les métiers de l'accompagnement social. Titulaire du diplôme d'État de conseillère en économie sociale familiale (2025), je souhaite rejoindre une structure de l'ESS.

Ce que je voulais dire avec mes mots : après 12 ans comme aide-soignante je me reconvertis, j'ai repris les études et j'ai eu mon DE CESF l'an dernier.

Cordialement,
Nathalie Ferreira""",
        app("Nathalie", "Ferreira", phone=None, bac=3, grad="2025", failing=("not_career_change",), status="evolution_de_parcours_reconversion"),
    )),
    # Feature: two_versions — graduation — master Alternatives urbaines (juin 2025)
    # route: Le Chat, «Version courte» and «Version longue» agreeing: the master of June 2025 and an ESS aim in both → application; a master of June 2025, an urban agriculture association sought → eligible
    N("two_versions", "graduation", "master Alternatives urbaines (juin 2025)", M(
        "Adrien Poulain <adrien.poulain@gmail.com>", "Candidature Pro'pulse – Adrien Poulain", "05 08:14",
        """Version courte :
Bonjour, diplômé du master Alternatives urbaines (juin 2025), je cherche un poste dans une association d'agriculture urbaine et souhaite rejoindre Pro'pulse. Merci !

Version longue :
Madame, Monsieur,
Diplômé du master Alternatives urbaines de l'Université de Lille en juin 2025, je souhaite m'engager professionnellement dans une association d'agriculture urbaine ou de jardins partagés. Je serais heureux de bénéficier de l'accompagnement Pro'pulse.
Bien cordialement,
Adrien Poulain""",
        app("Adrien", "Poulain", phone=None, bac=5, grad="2025-06", status="version_courte_longue"),
    )),
    # Feature: two_versions — aim — want to work in a coop or an association in Lyon
    # route: ChatGPT in English, the rough note and «Polished version:» agreeing (the polished one adds «passionate about social impact») → application (English); an MSc of September 2025, a cooperative or an association sought → eligible
    N("two_versions", "aim", "want to work in a coop or an association in Lyon", M(
        "Fiona McAllister <fiona.mcallister@example.co.uk>", "Pro'pulse application", "06 13:26",
        """My notes: finished my MSc in Sustainable Development in Sept 2025 (Edinburgh), moved to France, want to work in a coop or an association in Lyon, my French is B2

Polished version:
Dear Pro'pulse team,
Having completed my MSc in Sustainable Development at the University of Edinburgh in September 2025, I recently relocated to Lyon and am passionate about social impact. I am keen to join a cooperative or an association in the Lyon area, and I believe your programme would help me take this first step.
Kind regards,
Fiona McAllister""",
        app("Fiona", "McAllister", phone=None, bac=5, grad="2025-09", language="en", status="notes_polished_agree"),
    )),
    # Feature: two_versions — graduation — diplômée en juin 2025
    # ambiguous: both versions are the assistant's (the person wrote neither), and they disagree on the year — «diplômée en juin 2025» in one, «diplômée depuis juin 2023» in the other; the person only says she does not know which to send: graduation_recent stays open
    # route: ChatGPT's «Version 1 (formelle)» and «Version 2 (chaleureuse)» both sent, the years disagreeing → application; a licence of 2025 or 2023, an association sought → graduation_recent open → to verify
    N("two_versions", "graduation", "diplômée en juin 2025", M(
        "Mélanie Tessier <melanie.tessier@gmail.com>", "Candidature Pro'pulse", "07 21:44",
        """Bonsoir, ChatGPT m'a fait deux versions, je vous envoie les deux car je ne sais pas laquelle est la mieux !

Version 1 (formelle)
Madame, Monsieur, diplômée en juin 2025 d'une licence de psychologie, je souhaite intégrer le programme Pro'pulse afin de trouver un poste dans une association d'aide aux familles.

Version 2 (chaleureuse)
Bonjour à toute l'équipe ! Diplômée depuis juin 2023 d'une licence de psychologie, j'ai très envie de rejoindre une association d'aide aux familles et votre programme me semble parfait pour ça 😊

Mélanie Tessier""",
        app("Mélanie", "Tessier", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="deux_versions_ia_desaccord"),
    )),
    # Feature: two_versions — kind — est-ce que les ateliers ont lieu le soir
    # route: a question in two versions (the person's and ChatGPT's), no fact of the writer's own → question
    N("two_versions", "kind", "est-ce que les ateliers ont lieu le soir", M(
        "Romain Bertin <romain.bertin@gmail.com>", "Question horaires", "09 12:12",
        """Ma version : bonjour est-ce que les ateliers ont lieu le soir ou en journée ?

Version reformulée : Bonjour, pourriez-vous m'indiquer si les ateliers du programme se déroulent en soirée ou en journée ? Merci par avance.

Romain Bertin""",
        question(),
    )),
    # Feature: two_versions — kind — Version plus formelle
    # route: an answer in our thread (In-Reply-To ours) sent with its «Version plus formelle» → reply
    N("two_versions", "kind", "Version plus formelle", M(
        "Anaïs Carpentier <anais.carpentier@gmail.com>", "Re: Pro'pulse – pièces manquantes", "20 18:35",
        """Version rapide : ok merci je vous envoie mon attestation demain

Version plus formelle : Bonjour, je vous remercie pour votre message. Je vous transmettrai mon attestation de réussite dès demain.

Anaïs Carpentier""",
        reply(),
        headers={"In-Reply-To": "<pieces-carpentier.2290@animafac.net>", "References": "<pieces-carpentier.2290@animafac.net>"},
    )),
    # Feature: markdown_structured — level — **Diplôme :** Licence professionnelle Métiers de l'animation sociale (2025)
    # route: ChatGPT markdown sent raw, bold labels one per line, the level under «**Diplôme :**» → application; a licence pro of 2025, a social centre sought → eligible
    N("markdown_structured", "level", "**Diplôme :** Licence professionnelle Métiers de l'animation sociale (2025)", M(
        "Océane Brunet <oceane.brunet@gmail.com>", "Candidature Pro'pulse – Océane Brunet", "02 15:20",
        """Bonjour,

Voici ma candidature au programme Pro'pulse :

**Nom :** Océane Brunet
**Diplôme :** Licence professionnelle Métiers de l'animation sociale (2025)
**Ville :** Nantes
**Recherche :** un poste d'animatrice en centre social ou en association de quartier
**Disponibilité :** immédiate

Merci pour votre attention,
Océane""",
        app("Océane", "Brunet", phone=None, bac=3, grad="2025", status="md_labels_gras"),
    )),
    # Feature: markdown_structured — graduation — | BTS SP3S | 2022 | ✅ Obtenu |
    # route: Gemini markdown with a pipe table of two diplomas; the licence pro's row says «Non validée», the BTS's row holds 2022 — each row's cells belong together → application; a BTS of 2022 as the highest diploma held → fails graduation_recent → not eligible
    N("markdown_structured", "graduation", "| BTS SP3S | 2022 | ✅ Obtenu |", M(
        "Jordan Leclerc <jordan.leclerc@outlook.fr>", "Candidature programme Pro'pulse", "03 09:58",
        """Bonjour,

## Mon parcours

| Diplôme | Année | Statut |
|---|---|---|
| BTS SP3S | 2022 | ✅ Obtenu |
| Licence pro Intervention sociale | 2025 | ❌ Non validée |

## Mon projet
Je souhaite travailler comme assistant social de secteur dans une association d'insertion.

Cordialement,
Jordan Leclerc""",
        app("Jordan", "Leclerc", phone=None, bac=2, grad="2022", failing=("graduation_recent",), status="md_tableau_bts_2022"),
    )),
    # Feature: markdown_structured — graduation — 🎓 **Master Économie sociale et solidaire** – Université Rennes 2 — ✅ 2025
    # route: ChatGPT emoji bullets sent raw, the year on the diploma's own bullet → application; a master of 2025, a SCIC or an association sought → eligible
    N("markdown_structured", "graduation", "🎓 **Master Économie sociale et solidaire** – Université Rennes 2 — ✅ 2025", M(
        "Gwenaëlle Riou <gwenaelle.riou@gmail.com>", "✨ Candidature Pro'pulse", "04 18:40",
        """Bonjour l'équipe Pro'pulse !

🎓 **Master Économie sociale et solidaire** – Université Rennes 2 — ✅ 2025
📍 Rennes, mobile en Bretagne
🎯 Chargée de mission dans une SCIC ou une association
💬 Disponible pour un échange quand vous voulez

Merci beaucoup !
Gwenaëlle Riou""",
        app("Gwenaëlle", "Riou", phone=None, bac=5, grad="2025", status="md_emoji_master_2025"),
    )),
    # Feature: markdown_structured — situation — **Stage de fin d'études** – Secours populaire, Lille *(en cours, jusqu'en mars 2027)*
    # route: ChatGPT markdown, the internship under the heading «## Expériences» with its own status «en cours» — a list item's status is its own → application; a master's final internship running until March 2027 → fails not_internship and studies_finished → not eligible
    N("markdown_structured", "situation", "**Stage de fin d'études** – Secours populaire, Lille *(en cours, jusqu'en mars 2027)*", M(
        "Mehdi Cherif <mehdi.cherif.m2@gmail.com>", "Candidature", "05 22:11",
        """Bonjour,

## Formation
- Master 2 Action humanitaire, Université Catholique de Lille
- Licence AES (2024)

## Expériences
- **Stage de fin d'études** – Secours populaire, Lille *(en cours, jusqu'en mars 2027)*
- **Bénévole** – Restos du Cœur (2021–2024)

## Projet
Travailler dans une ONG ou une association de solidarité après mon stage.

Mehdi Cherif""",
        app("Mehdi", "Cherif", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="md_stage_en_cours_mars"),
    )),
    # Feature: markdown_structured — situation — - **Service civique** : AFEV, 2025 – 2026
    # ambiguous: the bullet gives the civic service's span as «2025 – 2026» with no month; a mission begun in autumn 2025 may have ended in the summer of 2026 or still run in November 2026: not_service_civique stays open
    # route: Le Chat markdown with bullets, the civic service's bullet dated by two years only → application; a licence of 2025, a civic service whose end is not told, an association sought → not_service_civique open → to verify
    N("markdown_structured", "situation", "- **Service civique** : AFEV, 2025 – 2026", M(
        "Lina Moreau <lina.moreau@gmail.com>", "Candidature Pro'pulse", "06 10:07",
        """Bonjour,

**Mon parcours en bref :**
- **Licence** : Sociologie, Université de Poitiers (2025)
- **Service civique** : AFEV, 2025 – 2026
- **Engagement** : bénévole dans une épicerie solidaire

**Ce que je recherche :** un poste de médiatrice ou d'animatrice dans une association de quartier.

Lina Moreau""",
        app("Lina", "Moreau", phone=None, bac=3, grad="2025", unknown=("not_service_civique",), status="md_service_civique_2025_2026"),
    )),
    # Feature: markdown_structured — career_change — 1. **2013–2023** : conseillère clientèle en assurance
    # route: ChatGPT numbered list, ten years in insurance as item 1, a titre professionnel as item 2 → application; a titre pro CIP of 2025 after ten years in another trade → fails not_career_change → not eligible
    N("markdown_structured", "career_change", "1. **2013–2023** : conseillère clientèle en assurance", M(
        "Sandrine Pichon <sandrine.pichon@orange.fr>", "Candidature Pro'pulse – parcours", "07 14:33",
        """Bonjour,

Voici mon parcours :

1. **2013–2023** : conseillère clientèle en assurance (Niort)
2. **2024–2025** : titre professionnel Conseillère en insertion professionnelle (AFPA, obtenu en juillet 2025)
3. **Objectif** : un poste de CIP dans une structure d'insertion par l'activité économique

Merci de votre retour,
Sandrine Pichon""",
        app("Sandrine", "Pichon", phone=None, bac=2, grad="2025-07", failing=("not_career_change",), status="md_liste_assurance_cip"),
    )),
    # Feature: markdown_structured — aim — - Un poste en lien avec mes compétences
    # ambiguous: the heading «Ce que je recherche» holds only stock bullets (a CDI, a kind team, a post matching my skills): no sector, no kind of employer, so job_seeking_ess stays open
    # route: Gemini markdown, the aim under «## Ce que je recherche» as three generic bullets → application; a master of 2025, the sector sought not told → job_seeking_ess open → to verify
    N("markdown_structured", "aim", "- Un poste en lien avec mes compétences", M(
        "Valentin Roche <valentin.roche@gmail.com>", "Candidature", "08 17:50",
        """Bonjour,

## Qui suis-je ?
Diplômé d'un master Communication des organisations (Université Paris 8, 2025).

## Ce que je recherche
- Un CDI
- Une équipe bienveillante
- Un poste en lien avec mes compétences

## Pourquoi Pro'pulse ?
Pour être accompagné dans ma recherche et élargir mon réseau.

Valentin Roche""",
        app("Valentin", "Roche", phone=None, bac=5, grad="2025", unknown=("job_seeking_ess",), status="md_recherche_generique"),
    )),
    # Feature: markdown_structured — kind — ## 📰 Les nouvelles du réseau
    # route: a partner network's newsletter written in raw markdown by an assistant (List-Unsubscribe, Precedence bulk) → newsletter
    N("markdown_structured", "kind", "## 📰 Les nouvelles du réseau", M(
        "Réseau Jeunesse Solidaire <lettre@rjs-reseau.example.org>", "Les nouvelles du réseau – novembre", "12 07:30",
        """## 📰 Les nouvelles du réseau

**Ce mois-ci :**
- 🗓️ Rencontre régionale des structures jeunesse le 5 décembre
- 📚 Nouveau guide : *Accueillir un volontaire en service civique*
- 💼 3 offres d'emploi dans nos associations membres

---
Vous recevez cette lettre car vous êtes membre du réseau. [Se désinscrire](https://rjs-reseau.example.org/desinscription)""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://rjs-reseau.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: template_adapted — career_change — j'ai terminé ma licence en juin 2025, juste après mon bac de 2022
    # route: a job site's letter template kept its stock claim «Fort de trois années d'expérience»; the person's own paragraph (a licence finished in June 2025 right after a bac of 2022) contradicts it — the three years were her studies → application; a licence of June 2025, no career before, an association sought → eligible
    N("template_adapted", "career_change", "j'ai terminé ma licence en juin 2025, juste après mon bac de 2022", M(
        "Camille Besson <camille.besson@gmail.com>", "Candidature – chargée de mission", "02 10:44",
        """Madame, Monsieur,

Fort de trois années d'expérience dans le domaine, je me permets de vous proposer ma candidature pour le poste de chargé(e) de mission au sein de votre structure.

Pour ma part, j'ai terminé ma licence en juin 2025, juste après mon bac de 2022 (licence Administration publique, Université de Bourgogne). Je cherche un premier poste dans une association de solidarité ou une fédération associative.

Dynamique, rigoureuse et dotée d'un excellent sens du relationnel, je saurai m'intégrer rapidement à vos équipes.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Camille Besson""",
        app("Camille", "Besson", phone=None, bac=3, grad="2025-06", status="modele_trois_annees_contredit"),
    )),
    # Feature: template_adapted — aim — je souhaite travailler dans la vente ou le commerce de détail
    # route: a template left with another employer's name («au sein de votre enseigne Decathlon»), the person's own sentence on the aim in the second paragraph → application; a BTS MCO of 2025, retail sought → fails job_seeking_ess → not eligible
    N("template_adapted", "aim", "je souhaite travailler dans la vente ou le commerce de détail", M(
        "Kévin Lopes <kevin.lopes.mco@gmail.com>", "Candidature spontanée", "03 13:15",
        """Madame, Monsieur,

Actuellement à la recherche d'un emploi, je me permets de vous adresser ma candidature au sein de votre enseigne Decathlon.

Titulaire d'un BTS Management commercial opérationnel obtenu en 2025, je souhaite travailler dans la vente ou le commerce de détail, où je pourrai mettre à profit mon sens du contact client.

Dans l'attente d'une réponse favorable, je vous prie d'agréer mes sincères salutations.

Kévin Lopes""",
        app("Kévin", "Lopes", phone=None, bac=2, grad="2025", failing=("job_seeking_ess",), status="modele_decathlon_vente"),
    )),
    # Feature: template_adapted — aim — au développement de votre entreprise
    # ambiguous: the template's «votre entreprise» and «le poste de chargé(e) de mission» were never adapted and the person names no employer, no sector: whether an ESS job is sought is not said, so job_seeking_ess stays open
    # route: a HelloWork «lettre de motivation type» with only the diploma adapted; the aim still the template's → application; a master of 2025, the sector sought not told → job_seeking_ess open → to verify
    N("template_adapted", "aim", "au développement de votre entreprise", M(
        "Tristan Moulin <tristan.moulin@gmail.com>", "Candidature au poste de chargé(e) de mission", "04 09:02",
        """Madame, Monsieur,

Diplômé d'un master Géographie et aménagement (Université Toulouse Jean-Jaurès, 2025), je souhaite vous proposer ma candidature pour le poste de chargé(e) de mission.

Mon sens de l'organisation, ma capacité d'analyse et mon goût du travail en équipe me permettront de contribuer efficacement au développement de votre entreprise.

Je me tiens à votre disposition pour un entretien.

Tristan Moulin""",
        app("Tristan", "Moulin", phone=None, bac=5, grad="2025", unknown=("job_seeking_ess",), status="modele_votre_entreprise"),
    )),
    # Feature: template_adapted — level — J'ai obtenu mon BTS SP3S en juin 2025
    # route: an Indeed template kept «titulaire d'un diplôme de niveau bac+5» in its first line; the person's own sentence (attached letter too) says a BTS — the particulars win → application; a BTS of June 2025 (bac+2), an association for the elderly sought → eligible
    N("template_adapted", "level", "J'ai obtenu mon BTS SP3S en juin 2025", M(
        "Margaux Giraud <margaux.giraud@gmail.com>", "Candidature Pro'pulse", "05 11:48",
        """Bonjour,

Vous trouverez ci-joint ma lettre de motivation.

Margaux Giraud""",
        app("Margaux", "Giraud", phone=None, bac=2, grad="2025-06", info_in="cv", status="modele_bac5_vs_bts"),
        cv=CV("docx", "Lettre de motivation type - Margaux.docx", """Margaux Giraud – Dijon – margaux.giraud@gmail.com
Madame, Monsieur,
Titulaire d'un diplôme de niveau bac+5, je souhaite mettre mes compétences au service de votre entreprise.
J'ai obtenu mon BTS SP3S en juin 2025 au lycée Le Castel de Dijon.
Je souhaite travailler dans une association d'aide à domicile ou d'accompagnement des personnes âgées.
Veuillez agréer, Madame, Monsieur, mes salutations distinguées."""),
    )),
    # Feature: template_adapted — level — j'ai obtenu mon bac pro ASSP en 2024
    # route: a template claiming «diplômé(e) d'un bac+3» (its «(e)» left), the person's own line naming a bac pro only → application; a bac pro (no higher diploma) → fails degree_level → not eligible
    N("template_adapted", "level", "j'ai obtenu mon bac pro ASSP en 2024", M(
        "Jessica Morin <jessica.morin59@gmail.com>", "candidature", "06 19:26",
        """Madame, Monsieur,

Diplômé(e) d'un bac+3, je souhaite mettre mon dynamisme au service de votre structure.

Pour me présenter, j'ai obtenu mon bac pro ASSP en 2024 et depuis je fais des remplacements en EHPAD. Je voudrais travailler dans une association d'aide aux personnes âgées.

Cordialement,
Jessica Morin""",
        app("Jessica", "Morin", phone=None, bac=0, grad=None, failing=("degree_level",), status="modele_bac3_vs_bac_pro"),
    )),
    # Feature: template_adapted — career_change — Fort de cinq années d'expérience dans l'accompagnement
    # ambiguous: «Fort de cinq années d'expérience» is a template's stock phrase, but it may be hers: a DEES of 2025 is often taken after years as a monitor-educator, and nothing else says whether she worked before her studies: not_career_change stays open
    # route: a «lettre type» of an educator's job site, the stock claim in the first line, the person's diploma in the second; one cannot tell whether the five years are hers → application; a DEES of 2025 (bac+3), possibly years of work before, an association sought → not_career_change open → to verify
    N("template_adapted", "career_change", "Fort de cinq années d'expérience dans l'accompagnement", M(
        "Audrey Lemaire <audrey.lemaire.es@gmail.com>", "Candidature – éducatrice spécialisée", "07 08:39",
        """Madame, Monsieur,

Fort de cinq années d'expérience dans l'accompagnement de publics fragiles, je vous propose ma candidature.

Titulaire du diplôme d'État d'éducatrice spécialisée (2025), je souhaite rejoindre une association de protection de l'enfance ou de prévention spécialisée.

Je vous prie d'agréer mes salutations distinguées.

Audrey Lemaire""",
        app("Audrey", "Lemaire", phone=None, bac=3, grad="2025", unknown=("not_career_change",), status="modele_cinq_annees_incertain"),
    )),
    # Feature: template_adapted — situation — Je suis actuellement volontaire en service civique à la Croix-Rouge jusqu'en mai 2027
    # route: a template letter with a CV attached; the person's own line on the civic service running until May 2027 inserted into the template → application; a licence of 2025, a civic service running → fails not_service_civique → not eligible
    N("template_adapted", "situation", "Je suis actuellement volontaire en service civique à la Croix-Rouge jusqu'en mai 2027", M(
        "Quentin Duval <quentin.duval@gmail.com>", "Candidature au programme", "08 15:57",
        """Madame, Monsieur,

Motivé et sérieux, je souhaite intégrer votre programme afin de développer mes compétences au sein de votre entreprise.

Je suis actuellement volontaire en service civique à la Croix-Rouge jusqu'en mai 2027, après une licence de STAPS obtenue en 2025.

Vous trouverez mon CV en pièce jointe.

Quentin Duval""",
        app("Quentin", "Duval", phone=None, bac=3, grad="2025", failing=("not_service_civique",), status="modele_service_civique_mai"),
        cv=CV("pdf", "CV_Quentin_Duval.pdf", """Quentin Duval – Caen – quentin.duval@gmail.com
Expérience : Service civique, Croix-Rouge française, Caen (depuis novembre 2026)
Formation : Licence STAPS, Université de Caen (2025)
Centres d'intérêt : football, randonnée"""),
    )),
    # Feature: template_adapted — kind — je tenais à vous remercier chaleureusement
    # route: a thank-you letter template («Lettre de remerciement après un entretien»), the programme's name inserted, no request and no fact → other
    N("template_adapted", "kind", "je tenais à vous remercier chaleureusement", M(
        "Pierre-Louis Janvier <pl.janvier@gmail.com>", "Remerciements", "21 17:10",
        """Madame, Monsieur,

Suite à notre échange, je tenais à vous remercier chaleureusement pour le temps que vous m'avez accordé et pour la présentation du programme Pro'pulse.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pierre-Louis Janvier""",
        other(),
    )),
    # Feature: template_adapted — kind — Je suis absent(e) du bureau
    # route: a partner's out-of-office from a template, its «absent(e)» and «[date]»-free stock text (Auto-Submitted) → auto-reply
    N("template_adapted", "kind", "Je suis absent(e) du bureau", M(
        "Mission Locale Val de Garonne <accueil@ml-valgaronne.example.org>", "Réponse automatique : liste des jeunes orientés", "13 14:02",
        """Bonjour,

Je suis absent(e) du bureau et ne pourrai pas répondre à votre message dans l'immédiat. Votre demande sera traitée dès mon retour.

Cordialement""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
