"""Rentrée corpus, batch 06 (writer B): Wednesday 21 – Saturday 24 October 2026, each mail read on its own
day. The last days of summer time: civic services about to start «le 2 novembre», internships begun this
week, a promotion of 2024 and an autumn of 2024 standing on the two-year limit."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from rentree import N

MESSAGES = [
    # Feature: rentree_other_mail — kind — Cette adresse n'est plus consultée
    # route: an automatic answer (Auto-Submitted) of a mailbox closed since 1 October, giving the new one → auto_reply
    N("rentree_other_mail", "kind", "Cette adresse n'est plus consultée", M(
        "Accueil Maison de l'emploi <accueil@mde-vienne.example.org>",
        "Réponse automatique : Pro'pulse - calendrier des réunions d'information",
        "2026-10-21 08:15",
        """Bonjour,

Cette adresse n'est plus consultée depuis le 1er octobre 2026. Merci de renvoyer votre message à contact@maisonemploi-vienne.example.org.

Ceci est un message automatique, merci de ne pas y répondre.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: fresh_graduate — level — mon CAP Accompagnant éducatif petite enfance
    # route: the body: a CAP obtained in July 2026 (below the bac), nothing higher → degree_level fails → not_eligible
    N("fresh_graduate", "level", "mon CAP Accompagnant éducatif petite enfance", M(
        "Océane Grondin <oceane.grondin@hotmail.fr>",
        "candidature",
        "2026-10-21 09:02",
        """Bonjour,

J'ai eu mon CAP Accompagnant éducatif petite enfance en juillet, en candidate libre, après deux ans comme baby-sitter. Je cherche un poste dans une crèche associative ou une halte-garderie parentale à Saint-Nazaire.

Est-ce que je peux être aidée par votre programme ?

Merci
Océane Grondin
06 37 29 84 16""",
        app("Océane", "Grondin", phone="+33637298416", bac=0, grad="2026-07", failing=("degree_level",), status="b_oceane_cap_aepe"),
    )),
    # Feature: career_change — career_change — six ans en restauration
    # ambiguous: six years of restaurant work before a BTS of 2026, never called a reconversion nor a student job: whether it is a career change stays open
    # route: the body: a BTS of June 2026 after «six ans en restauration» (serveuse then cheffe de rang), not said to be a reconversion → not_career_change open → to_verify
    N("career_change", "career_change", "six ans en restauration", M(
        "Priscilla Nsimba <priscilla.nsimba@gmail.com>",
        "Demande de renseignements + candidature",
        "2026-10-21 10:40",
        """Bonjour,

J'ai 29 ans. Après mon bac j'ai travaillé six ans en restauration, serveuse puis cheffe de rang à Lyon. En 2024 j'ai repris mes études et j'ai obtenu en juin 2026 un BTS Services et prestations des secteurs sanitaire et social.

Je cherche un poste de coordinatrice dans une association d'aide à domicile ou un centre social. Je ne sais pas si mon âge pose problème pour votre programme ?

Cordialement,
Priscilla Nsimba
07 51 84 29 63""",
        app("Priscilla", "Nsimba", phone="+33751842963", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_priscilla_six_ans_restauration"),
    )),
    # Feature: after_civic_service — situation — je commence un service civique le 2 novembre
    # route: the body: a licence of June 2026, a civic service beginning on 2 November, after 2026-10-21: not yet a situation → not_service_civique meets; a post in an association sought → eligible
    N("after_civic_service", "situation", "je commence un service civique le 2 novembre", M(
        "Camille Le Bihan <camille.lebihan@laposte.net>",
        "Inscription Pro'pulse",
        "2026-10-21 12:30",
        """Bonjour,

J'ai terminé ma licence d'histoire en juin à Brest. Je commence un service civique le 2 novembre à la Ligue de l'enseignement du Finistère, pour huit mois, mais j'aimerais en parallèle préparer la suite : trouver un vrai poste dans l'éducation populaire.

Est-ce qu'il est possible de suivre vos ateliers en même temps ?

Camille Le Bihan
06 45 18 93 72""",
        app("Camille", "Le Bihan", phone="+33645189372", bac=3, grad="2026-06", status="b_camille_sc_2_novembre"),
    )),
    # Feature: near_the_limit — graduation — promo 2024
    # ambiguous: a promotion named by its year alone (2024) read in October 2026: the month, before or after October 2024, is not said, so the two-year limit stays open
    # route: the subject and the body: a licence pro «promo 2024», no month → graduation 2024, a year alone → graduation_recent open → to_verify
    N("near_the_limit", "graduation", "promo 2024", M(
        "Walid Hamdi-Leroy <walid.hamdileroy@gmail.com>",
        "LP Métiers de l'animation promo 2024 - candidature",
        "2026-10-21 14:05",
        """Bonjour,

Je suis diplômé de la licence pro Métiers de l'animation sociale, socio-éducative et socioculturelle de l'IUT de Bobigny, promo 2024. Depuis je suis animateur vacataire dans deux accueils de loisirs, des contrats de quelques heures.

Je voudrais un poste à temps plein de coordinateur jeunesse dans une association. Mon CV suit si vous le souhaitez.

Walid Hamdi-Leroy
06 82 57 40 19""",
        app("Walid", "Hamdi-Leroy", phone="+33682574019", bac=3, grad="2024", unknown=("graduation_recent",), status="b_walid_promo_2024"),
    )),
    # Feature: written_for — level — un bac pro Commerce
    # route: an HTML-only mail of a Mission locale adviser presenting a young man (his address and phone given): a bac pro and a titre of level 4, nothing at bac+2 → application forwarded_by the adviser; degree_level fails → not_eligible
    N("written_for", "level", "un bac pro Commerce", M(
        "Nadège Fouquet <n.fouquet@missionlocale-angers.example.org>",
        "Proposition de candidature - M. Lucas Ferreira",
        "2026-10-21 16:50",
        """Bonjour,

J'accompagne M. Lucas Ferreira, 22 ans, dans le cadre du Contrat d'engagement jeune. Il a un bac pro Commerce (2022) et a obtenu en septembre un titre professionnel Employé commercial en magasin (niveau 4). Il est très motivé par l'économie sociale et solidaire depuis un stage dans une épicerie solidaire.

Pourriez-vous étudier sa candidature ? Contact : lucas.ferreira.49@gmail.com, 06 19 54 83 27.

Bien cordialement,
Nadège Fouquet
Conseillère en insertion professionnelle
Mission locale angevine""",
        app("Lucas", "Ferreira", phone="+33619548327", bac=0, grad="2026-09", failing=("degree_level",), email="lucas.ferreira.49@gmail.com", forwarded_by="n.fouquet@missionlocale-angers.example.org", status="b_lucas_bac_pro_ml"),
        html="only",
    )),
    # Feature: english_stage — graduation — class of 2024
    # ambiguous: "class of 2024" gives the year alone: before or after October 2024 is not said, so the two-year limit stays open
    # route: an English mail: a BA «class of 2024» (a year alone read in October 2026), a charity job sought → graduation_recent open → to_verify, language en
    N("english_stage", "graduation", "class of 2024", M(
        "Tom Ashworth <tom.ashworth@outlook.com>",
        "Pro'pulse",
        "2026-10-21 19:20",
        """Hi there,

I'm British, BA in French and Politics from the University of Leeds, class of 2024. I've been in Marseille for a year teaching English part-time and volunteering at a food bank, and I'd now like to find a proper job with a French association or a charity, ideally on volunteer coordination.

Someone at the food bank forwarded me your programme. Am I eligible? Happy to send a CV.

Cheers,
Tom Ashworth
07 68 12 39 54""",
        app("Tom", "Ashworth", phone="+33768123954", bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="b_tom_class_of_2024"),
    )),
    # Feature: rentree_other_mail — kind — jeunes diplômé·es bienvenu·es
    # route: a cooperative's job offer asking us to pass it on to the participants; its «bac+3» and «jeunes diplômé·es» are the post's → other
    N("rentree_other_mail", "kind", "jeunes diplômé·es bienvenu·es", M(
        "Coopérative Terres Partagées <recrutement@terres-partagees.example.org>",
        "Offre d'emploi : chargé·e de mission alimentation durable (CDD 12 mois)",
        "2026-10-22 08:40",
        """Bonjour l'équipe Pro'pulse,

Notre SCIC recrute un·e chargé·e de mission alimentation durable (CDD de 12 mois, 28 h, prise de poste le 1er décembre, Dijon). Profil : bac+3 minimum, jeunes diplômé·es bienvenu·es, permis B.

Pourriez-vous diffuser l'offre auprès des participant·es de votre programme ? La fiche de poste complète est sur notre site, candidatures jusqu'au 15 novembre.

Merci et belle journée,
Agathe Rouvier
Coopérative Terres Partagées""",
        other(),
    )),
    # Feature: internship_now — situation — un contrat PEC de neuf mois
    # route: the body: a licence of 2025, a «stage» at a youth association that is in fact «un contrat PEC de neuf mois» (a paid contract, no internship) → not_internship meets; a CDI in an association sought → eligible
    N("internship_now", "situation", "un contrat PEC de neuf mois", M(
        "Anissa Haddouche <anissa.haddouche@gmail.com>",
        "Candidature pour l'accompagnement",
        "2026-10-22 09:35",
        """Bonjour,

Tout le monde autour de moi dit que je suis « en stage » à l'association Jeunesse et Avenir de Mulhouse, mais en réalité c'est un contrat PEC de neuf mois, payé, jusqu'en juin. Je n'ai pas de convention de stage, je suis salariée.

J'ai une licence de sciences de l'éducation (2025). Je voudrais me préparer à trouver un CDI d'animatrice coordinatrice dans une association après ce contrat.

Anissa Haddouche
07 29 61 84 30""",
        app("Anissa", "Haddouche", phone="+33729618430", bac=3, grad="2025", status="b_anissa_pec_pas_stage"),
    )),
    # Feature: back_from_abroad — level — Licenciatura en Trabajo Social
    # ambiguous: a Colombian Licenciatura whose length is not told and whose equivalence is still awaited: its French level stays open
    # route: the body: a Licenciatura of 2025 from Medellín, the ENIC-NARIC answer awaited, no length given → degree_level open → to_verify
    N("back_from_abroad", "level", "Licenciatura en Trabajo Social", M(
        "Daniela Ospina <daniela.ospina@gmail.com>",
        "Candidatura / candidature Pro'pulse",
        "2026-10-22 11:10",
        """Bonjour,

Je suis colombienne, arrivée à Toulouse en mars avec mon compagnon. J'ai une Licenciatura en Trabajo Social de l'Universidad de Antioquia (Medellín), obtenue en 2025. J'ai demandé l'attestation de comparabilité à ENIC-NARIC en juillet, je n'ai pas encore de réponse.

Je parle français (B2) et je voudrais travailler dans une association d'accueil des migrants ou un CADA.

Merci beaucoup,
Daniela Ospina
07 44 93 21 58""",
        app("Daniela", "Ospina", phone="+33744932158", bac=None, grad="2025", unknown=("degree_level",), status="b_daniela_licenciatura"),
    )),
    # Feature: not_finished — studies_finished — il me manque une UE de langue
    # route: the body: a licence not yet obtained («il me manque une UE de langue», to sit again in December) → studies_finished fails → not_eligible
    N("not_finished", "studies_finished", "il me manque une UE de langue", M(
        "Ysaline Brochard <ysaline.brochard@etu.univ-amu.example.fr>",
        "Pro'pulse : est-ce possible pour moi ?",
        "2026-10-22 13:45",
        """Bonjour,

Je termine une licence de psychologie à Aix : il me manque une UE de langue (anglais) que je repasse en décembre. Tout le reste est validé. Je ne suis plus en cours, je révise seule.

Je cherche un travail dans une association d'aide aux personnes âgées, même à temps partiel, en attendant. Votre programme pourrait-il m'aider ?

Ysaline Brochard
06 53 20 78 41""",
        app("Ysaline", "Brochard", phone="+33653207841", bac="*", grad=None, failing=("studies_finished",), status="b_ysaline_ue_de_langue"),
    )),
    # Feature: rentree_other_mail — kind — j'ai accepté un poste
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) declining the interview: a post accepted → reply
    N("rentree_other_mail", "kind", "j'ai accepté un poste", M(
        "Mélanie Costa <melanie.costa@gmail.com>",
        "RE: Entretien Pro'pulse - mardi 27 octobre",
        "2026-10-22 15:30",
        """Bonjour,

Je suis désolée de devoir annuler l'entretien de mardi : entre-temps j'ai accepté un poste d'animatrice dans une association de quartier, je commence le 2 novembre ! Merci beaucoup pour votre réactivité, je parlerai du programme autour de moi.

Mélanie Costa

De : Pro'pulse <propulse@animafac.net>
Envoyé : mardi 20 octobre 2026 10:14
Objet : Entretien Pro'pulse - mardi 27 octobre
Bonjour Mélanie, nous vous proposons un entretien le mardi 27 octobre à 10h30 en visioconférence. Merci de nous confirmer ce créneau.""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-10-20-0044@animafac.net>", "References": "<entretien-2026-10-20-0044@animafac.net>"},
    )),
    # Feature: fresh_graduate — graduation — diplômée depuis le jury du 18 septembre
    # route: the body and the DOCX CV: a master «diplômée depuis le jury du 18 septembre» (2026-09), no placement, a post in a housing association sought → eligible
    N("fresh_graduate", "graduation", "diplômée depuis le jury du 18 septembre", M(
        "Zoé Martineau-Sow <zoe.martineausow@gmail.com>",
        "Candidature - Zoé Martineau-Sow",
        "2026-10-22 17:05",
        """Bonjour,

Je suis diplômée depuis le jury du 18 septembre d'un master Urbanisme et habitat (Université Paris Cité). J'ai fait mon stage de fin d'études dans une association d'insertion par le logement et c'est ce secteur que je vise : chargée de gestion locative adaptée ou chargée de projets habitat.

Vous trouverez mon CV en pièce jointe.

Bien à vous,
Zoé Martineau-Sow""",
        app("Zoé", "Martineau-Sow", phone="+33677402819", bac=5, grad="2026-09", status="b_zoe_jury_18_septembre"),
        cv=CV("docx", "CV_Zoe_Martineau-Sow.docx", """Zoé Martineau-Sow
Paris 18e - 06 77 40 28 19 - zoe.martineausow@gmail.com
Formation
2024-2026 Master Urbanisme et habitat, Université Paris Cité (jury du 18 septembre 2026)
2021-2024 Licence de géographie, Université Paris 8
Expériences
Mars - août 2026 Stage chargée de projets, association Habitat Solidaire 93
2023-2025 Animatrice périscolaire (emploi étudiant), Ville de Saint-Ouen
Langues : anglais C1, wolof"""),
    )),
    # Feature: first_year_out — aim — dans le privé ça me va très bien
    # route: the body: a DUT of 2025, a year of warehouse temping, a team-leader post in a warehouse sought, «dans le privé ça me va très bien», no ESS employer → job_seeking_ess fails → not_eligible
    N("first_year_out", "aim", "dans le privé ça me va très bien", M(
        "Steven Teixeira <steven.teixeira.pro@gmail.com>",
        "accompagnement emploi",
        "2026-10-22 20:45",
        """Bonsoir,

Jai un DUT GLT depuis 2025 et depuis je fais de l'interim en entrepot (Amazon, Lidl). Je voudrais passer chef d'equipe logistique en CDI, dans le privé ça me va très bien, du moment que c'est stable. Un collègue m'a dit que vous aidiez les jeunes diplomés a trouver un emploi.

Vous pouvez m'aider ?
Steven Teixeira
06 70 31 95 28""",
        app("Steven", "Teixeira", phone="+33670319528", bac=2, grad="2025", failing=("job_seeking_ess",), status="b_steven_chef_equipe_prive"),
    )),
    # Feature: career_change — career_change — chef de cuisine pendant dix-neuf ans
    # route: the body and the PDF CV: a DEJEPS of 2026 after «chef de cuisine pendant dix-neuf ans», a reconversion he names → not_career_change fails → not_eligible
    N("career_change", "career_change", "chef de cuisine pendant dix-neuf ans", M(
        "Patrick Lemonnier <patrick.lemonnier67@orange.fr>",
        "Candidature reconversion",
        "2026-10-23 08:20",
        """Madame, Monsieur,

J'ai été chef de cuisine pendant dix-neuf ans, dont douze dans le même restaurant à Strasbourg. Après un licenciement économique, j'ai décidé de me reconvertir dans l'animation et j'ai obtenu en juin 2026 le DEJEPS Animation socio-éducative ou culturelle.

Je souhaite devenir coordinateur d'un centre socioculturel associatif. Mon CV est joint.

Avec mes salutations distinguées,
Patrick Lemonnier""",
        app("Patrick", "Lemonnier", phone="+33688135729", bac=2, grad="2026-06", failing=("not_career_change",), status="b_patrick_chef_dix_neuf_ans"),
        cv=CV("pdf", "Lemonnier_Patrick_CV.pdf", """Patrick LEMONNIER
47 ans - Strasbourg - 06 88 13 57 29 - patrick.lemonnier67@orange.fr
Coordinateur de centre socioculturel
Diplômes
2026 DEJEPS Animation socio-éducative ou culturelle, CREPS de Strasbourg
1996 CAP Cuisine
Parcours
2005-2024 Chef de cuisine, Brasserie de l'Ill, puis Le Jardin d'Hiver
1997-2005 Commis puis second de cuisine
Bénévolat : depuis 2019 animateur d'ateliers cuisine au centre social du Neuhof"""),
    )),
    # Feature: internship_now — situation — j'ai commencé mon stage lundi
    # route: the body: a BUT of 2026, then a six-month internship begun on Monday 19 October, running on 2026-10-23 → not_internship fails → not_eligible
    N("internship_now", "situation", "j'ai commencé mon stage lundi", M(
        "Noé Lambert-Sissoko <noe.lambertsissoko@gmail.com>",
        "Re : votre post LinkedIn",
        "2026-10-23 09:50",
        """Bonjour,

Je réponds à votre post LinkedIn sur Pro'pulse. J'ai eu mon BUT Carrières sociales en juin et j'ai commencé mon stage lundi, six mois dans une SCOP de communication solidaire à Nantes (je le fais dans le cadre d'un DU, pour avoir une convention).

Je voulais savoir si je pouvais déjà candidater pour la session d'après.

Noé Lambert-Sissoko
07 36 48 20 95""",
        app("Noé", "Lambert-Sissoko", phone="+33736482095", bac=3, grad="2026-06", failing=("not_internship",), status="b_noe_stage_commence_lundi"),
    )),
    # Feature: after_civic_service — kind — volontaires qui terminent leur mission en novembre
    # route: a civic-service organisation's coordinator asking to present the programme to volunteers ending in November; no applicant named → other
    N("after_civic_service", "kind", "volontaires qui terminent leur mission en novembre", M(
        "Laetitia Petitjean <l.petitjean@uniscite-rouen.example.org>",
        "Présenter Pro'pulse à nos volontaires ?",
        "2026-10-23 11:15",
        """Bonjour,

Je coordonne l'antenne d'Unis-Cité à Rouen. Nous avons une quinzaine de volontaires qui terminent leur mission en novembre, dont plusieurs diplômé·es bac+2 ou bac+3, et beaucoup nous demandent comment trouver un emploi dans l'ESS ensuite.

Seriez-vous disponibles pour une présentation du programme, en visio ou sur place, lors de notre journée bilan du 19 novembre ?

Bien à vous,
Laetitia Petitjean
Coordinatrice d'équipes, Unis-Cité Rouen""",
        other(),
    )),
    # Feature: back_from_abroad — situation — mon VIE s'est terminé le 30 septembre
    # route: the body: a master of 2025, a VIE (a company contract, neither an internship nor a civic service) ended on 30 September, a citizen-energy cooperative sought → eligible
    N("back_from_abroad", "situation", "mon VIE s'est terminé le 30 septembre", M(
        "Gaspard Vidal <gaspard.vidal@gmail.com>",
        "Candidature Pro'pulse - retour de VIE",
        "2026-10-23 12:40",
        """Bonjour,

Mon VIE s'est terminé le 30 septembre : j'ai passé un an à Singapour chez un fabricant de panneaux solaires, comme chargé d'affaires. Je suis rentré à Grenoble et je n'ai plus envie de travailler pour un grand groupe.

J'ai un master Énergie et transition (Grenoble INP, 2025). J'aimerais rejoindre une coopérative d'énergie citoyenne ou une association de la transition énergétique.

Gaspard Vidal
06 28 74 15 90""",
        app("Gaspard", "Vidal", phone="+33628741590", bac=5, grad="2025", status="b_gaspard_vie_fini"),
    )),
    # Feature: rentree_other_mail — kind — La lettre des tiers-lieux
    # route: a network's monthly newsletter (List-Unsubscribe, Precedence: bulk); its job offers and «stages» are its own → newsletter
    N("rentree_other_mail", "kind", "La lettre des tiers-lieux", M(
        "Réseau des tiers-lieux solidaires <lettre@tierslieux-solidaires.example.net>",
        "La lettre des tiers-lieux — octobre 2026",
        "2026-10-23 14:30",
        """La lettre des tiers-lieux — octobre 2026

À la une : les tiers-lieux ruraux recrutent leurs premiers salarié·es.
Offres du mois : facilitateur·rice (Creuse), régisseur·se (Ardèche), deux stages de six mois en animation de communauté.
Agenda : rencontre nationale les 26 et 27 novembre à Poitiers.

Vous recevez cette lettre parce que votre structure est membre du réseau.
Se désabonner : https://tierslieux-solidaires.example.net/lettre/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://tierslieux-solidaires.example.net/lettre/stop>", "Precedence": "bulk"},
    )),
    # Feature: near_the_limit — graduation — à l'automne 2024
    # ambiguous: «à l'automne 2024» spans September (25 months back, past the limit) and October–November (inside it) read in October 2026: the two-year limit stays open
    # route: the body: a BTS obtained «à l'automne 2024» after a re-sit, no month → graduation 2024, the season on both sides of the limit → graduation_recent open → to_verify
    N("near_the_limit", "graduation", "à l'automne 2024", M(
        "Benoît Kerjean <benoit.kerjean@free.fr>",
        "inscription pro'pulse",
        "2026-10-23 16:10",
        """Bonjour,

J'ai eu mon BTS Économie sociale familiale à l'automne 2024, après une session de rattrapage (j'avais raté l'épreuve de conseil et animation en juin). Depuis j'ai travaillé en CDD dans un foyer de jeunes travailleurs.

Je cherche un poste de CESF dans une association ou un CCAS. Merci de me dire si je peux candidater.

Benoît Kerjean
06 91 24 57 30""",
        app("Benoît", "Kerjean", phone="+33691245730", bac=2, grad="2024", unknown=("graduation_recent",), status="b_benoit_automne_2024"),
    )),
    # Feature: english_stage — situation — I finished my service civique last month
    # route: an English mail: a licence of 2026, a civic service finished «last month» (September) read on 2026-10-23 → not_service_civique meets; an association sought → eligible, language en
    N("english_stage", "situation", "I finished my service civique last month", M(
        "Olivia Hartmann-Roux <olivia.hartmannroux@gmail.com>",
        "Application",
        "2026-10-23 18:30",
        """Hello,

I'm half French, half Canadian and more at ease writing in English, I hope that's fine. I finished my service civique last month (nine months with an environmental association in Bordeaux, running repair cafés) and I have a licence in environmental sciences from the University of Bordeaux, obtained in June.

I'm now looking for a job in an environmental association or a cooperative, ideally in community outreach.

Thanks a lot,
Olivia Hartmann-Roux
06 57 83 12 46""",
        app("Olivia", "Hartmann-Roux", phone="+33657831246", bac=3, grad="2026-06", language="en", status="b_olivia_service_civique_last_month"),
    )),
    # Feature: written_for — aim — dans une crèche, peu importe laquelle
    # route: a teacher presents a former student (her address given, no phone): a DE of educator of young children of July 2026, a post sought «dans une crèche, peu importe laquelle» with no employer named → application forwarded_by the teacher; job_seeking_ess open → to_verify
    N("written_for", "aim", "dans une crèche, peu importe laquelle", M(
        "Brigitte Rocher <brigitte.rocher@irts-normandie.example.fr>",
        "Une ancienne étudiante pour Pro'pulse",
        "2026-10-24 09:05",
        """Bonjour,

Je suis formatrice à l'IRTS. Une de mes anciennes étudiantes, Tiana Rakotomalala, a obtenu son diplôme d'État d'éducatrice de jeunes enfants en juillet et cherche son premier poste. Elle m'a dit chercher « dans une crèche, peu importe laquelle », ce qui est un peu large, et je pense que votre accompagnement l'aiderait.

Vous pouvez la joindre à tiana.rakoto@gmail.com.

Cordialement,
Brigitte Rocher
Formatrice EJE, IRTS Normandie-Caen""",
        app("Tiana", "Rakotomalala", phone=None, bac=3, grad="2026-07", unknown=("job_seeking_ess",), email="tiana.rakoto@gmail.com", forwarded_by="brigitte.rocher@irts-normandie.example.fr", status="b_tiana_creche_formatrice"),
    )),
    # Feature: rentree_other_mail — kind — accessibles en fauteuil roulant
    # route: a question with no fact of the writer's own (access of the workshops for wheelchair users) → question
    N("rentree_other_mail", "kind", "accessibles en fauteuil roulant", M(
        "Marius Carpentier <marius.carpentier@orange.fr>",
        "Accessibilité des ateliers",
        "2026-10-24 10:40",
        """Bonjour,

Vos locaux et les ateliers du programme sont-ils accessibles en fauteuil roulant ? Et est-il possible de suivre une partie de l'accompagnement à distance ?

Merci par avance,
Marius Carpentier""",
        question(),
    )),
    # Feature: after_civic_service — situation — prolongé jusqu'au 18 décembre
    # route: a phone mail: a licence pro of 2025, a civic service «prolongé jusqu'au 18 décembre», running on 2026-10-24 → not_service_civique fails → not_eligible
    N("after_civic_service", "situation", "prolongé jusqu'au 18 décembre", M(
        "Sacha Vignal <sacha.vignal@gmail.com>",
        "Pro'pulse",
        "2026-10-24 14:20",
        """Bonjour, mon service civique à la Croix-Rouge (accueil de jour) devait finir fin octobre mais il a été prolongé jusqu'au 18 décembre. J'ai une licence pro intervention sociale de 2025. Je peux candidater quand même ? je cherche un poste de travailleur social dans une asso
Merci
Sacha Vignal 06 84 20 63 17

Envoyé depuis mon mobile""",
        app("Sacha", "Vignal", phone="+33684206317", bac=3, grad="2025", failing=("not_service_civique",), status="b_sacha_sc_prolonge"),
    )),
    # Feature: back_to_school — studies_finished — j'ai annulé mon inscription en master
    # route: the body: a licence of June 2026, an enrolment in a master cancelled at the end of September («j'ai annulé mon inscription en master»), no studies running → studies_finished meets; a post in an association sought → eligible
    N("back_to_school", "studies_finished", "j'ai annulé mon inscription en master", M(
        "Lina Bouzid <lina.bouzid@outlook.fr>",
        "Candidature",
        "2026-10-24 16:00",
        """Bonjour,

J'ai eu ma licence de sociologie en juin à Lyon 2. J'étais prise en master à la rentrée, mais après deux semaines j'ai annulé mon inscription en master (fin septembre) : j'ai besoin de travailler et je sais ce que je veux faire, être chargée de projets dans une association de lutte contre les discriminations.

Est-ce que votre programme peut m'aider à trouver un premier poste ?

Lina Bouzid
06 31 87 24 59""",
        app("Lina", "Bouzid", phone="+33631872459", bac=3, grad="2026-06", status="b_lina_inscription_annulee"),
    )),
]
