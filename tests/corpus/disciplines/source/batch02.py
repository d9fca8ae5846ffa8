"""Disciplines corpus, batch 02 (writer A): arts_design (beaux-arts, design, architecture, cinema schools and
their juries), engineering_sciences (engineering schools, prépas, IUT, doctorates, the PFE), and
business_management (Grande École programmes, bachelors, MSc, BTS, DCG/DSCG, alternance)."""
# ruff: noqa: E501

from __future__ import annotations

from disciplines import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: arts_design — level — DNSEP option art
    # route: art school (Beaux-Arts de Lyon), the DNSEP of June 2025 (bac+5, grade master) in the opening, a tiers-lieu culturel associatif sought → application; bac+5 of 2025, ESS sought → eligible
    N("arts_design", "level", "DNSEP option art", M(
        "Louise Girard <louise.girard.art@gmail.com>", "Candidature – jeune diplômée des Beaux-Arts", "02 10:40",
        """Bonjour,

Je suis diplômée du DNSEP option art de l'École nationale des beaux-arts de Lyon (juin 2025, avec les félicitations du jury). Pendant mes études j'ai beaucoup travaillé sur les ateliers partagés et la médiation.

Aujourd'hui je cherche un poste de coordinatrice ou de médiatrice dans un tiers-lieu culturel associatif ou une friche artistique gérée en SCIC. Votre accompagnement me semble idéal pour structurer ma recherche.

Merci et à bientôt j'espère,
Louise Girard""",
        app("Louise", "Girard", phone=None, bac=5, grad="2025-06", status="dnsep_lyon_2025_tiers_lieu"),
    )),
    # Feature: arts_design — level — le diplôme de l'école (un diplôme d'établissement)
    # ambiguous: a private cinema school's «diplôme d'établissement» has no state level and she names no RNCP title; its three years may or may not count as bac+2: degree_level open
    # route: cinema school (a private school in Paris), the diploma said to be the school's own after three years, no level → application; graduated June 2025, a cultural association sought, level unknown → degree_level open → to verify
    N("arts_design", "level", "le diplôme de l'école (un diplôme d'établissement)", M(
        "Anaïs Petrossian <anais.petrossian@gmail.com>", "Candidature Pro'pulse", "03 15:12",
        """Bonjour,

J'ai fait trois ans dans une école privée de cinéma à Paris, section montage, et j'ai eu le diplôme de l'école (un diplôme d'établissement) en juin 2025.

Depuis je fais un peu de montage en freelance, mais je voudrais un vrai poste : chargée de production ou d'éducation à l'image dans une association de cinéma, un ciné-club ou un festival associatif.

Cordialement,
Anaïs Petrossian""",
        app("Anaïs", "Petrossian", phone=None, bac=None, grad="2025-06", unknown=("degree_level",), status="ecole_cinema_diplome_etablissement"),
    )),
    # Feature: arts_design — studies_finished — je suis en HMONP jusqu'en juin 2027
    # route: architecture (ENSA Nantes), the DEA of 2025 then the HMONP running to June 2027 → application; the habilitation's course runs → fails studies_finished → not eligible
    N("arts_design", "studies_finished", "je suis en HMONP jusqu'en juin 2027", M(
        "Pauline Texier <pauline.texier.archi@gmail.com>", "Architecte – accompagnement", "04 08:35",
        """Bonjour,

J'ai obtenu mon diplôme d'État d'architecte à l'ENSA Nantes en juillet 2025. Cette année je suis en HMONP jusqu'en juin 2027, avec ma mise en situation professionnelle dans une petite agence.

Plus tard j'aimerais rejoindre une coopérative d'architectes ou une association d'autoconstruction. Est-ce que je peux commencer votre programme pendant ma HMONP ?

Pauline Texier""",
        app("Pauline", "Texier", phone=None, bac=5, grad="2025-07", failing=("studies_finished",), status="dea_2025_hmonp_en_cours"),
    )),
    # Feature: arts_design — graduation — le passage du DNA devant le jury en juin 2022
    # route: art school (HEAR Strasbourg), the DNA dated by its jury of June 2022, four years of artist's life since → application; bac+3 of 2022, over two years old → fails graduation_recent → not eligible
    N("arts_design", "graduation", "le passage du DNA devant le jury en juin 2022", M(
        "Timothée Schmitt <timothee.schmitt@laposte.net>", "Demande de participation", "05 11:58",
        """Bonjour,

Après le passage du DNA devant le jury en juin 2022 à la HEAR de Strasbourg, j'ai choisi de ne pas continuer en DNSEP. Depuis, je fais de l'illustration et des ateliers pour enfants, au coup par coup.

Je voudrais maintenant un emploi stable dans une association culturelle ou une maison de quartier. Pourriez-vous m'accompagner ?

Timothée Schmitt""",
        app("Timothée", "Schmitt", phone=None, bac=3, grad="2022-06", failing=("graduation_recent",), status="dna_jury_2022"),
    )),
    # Feature: arts_design — graduation — j'ai passé mon DNMADE devant le jury le 18 juin
    # route: design (a lycée's DNMADE in Rennes), the jury of 18 June 2026 passed, a SCIC of réemploi and design sought → application; bac+3 of June 2026, ESS sought → eligible
    N("arts_design", "graduation", "j'ai passé mon DNMADE devant le jury le 18 juin", M(
        "Enzo Da Silva <enzo.dasilva.design@gmail.com>", "Designer – premier emploi", "06 17:27",
        """Bonjour,

J'ai passé mon DNMADE devant le jury le 18 juin (mention objet, lycée Bréquigny à Rennes) et je l'ai obtenu : c'est officiel depuis juillet 2026.

Je cherche un premier emploi dans une SCIC ou une association de réemploi qui fait du design de mobilier à partir de matériaux récupérés. Je joins mon CV.

Enzo Da Silva""",
        app("Enzo", "Da Silva", phone=None, bac=3, grad="2026-06", status="dnmade_jury_juin_2026"),
        cv=CV("odt", "CV_Enzo_DaSilva.odt", """Enzo Da Silva
Rennes
Formation
2023–2026 : DNMADE mention objet, lycée Bréquigny, Rennes (obtenu en 2026)
Compétences
Menuiserie, conception 3D, réemploi de matériaux
Objectif : designer dans une structure de l'économie sociale et solidaire"""),
    )),
    # Feature: arts_design — aim — une agence d'architecture intérieure pour les boutiques de luxe
    # route: architecture (ENSA Lyon), the DEA of 2026, the aim told last: interior design for luxury shops → application; bac+5 of 2026, luxury retail sought → fails job_seeking_ess → not eligible
    N("arts_design", "aim", "une agence d'architecture intérieure pour les boutiques de luxe", M(
        "Charlotte Blanc <charlotte.blanc.archi@gmail.com>", "Candidature", "07 14:03",
        """Bonjour,

Jeune architecte DE (ENSA Lyon, juillet 2026), je cherche un poste de cheffe de projet dans une agence d'architecture intérieure pour les boutiques de luxe, à Paris ou à Genève.

J'ai vu que vous aidiez les jeunes diplômés pour leur premier emploi, est-ce que je peux m'inscrire ?

Charlotte Blanc""",
        app("Charlotte", "Blanc", phone=None, bac=5, grad="2026-07", failing=("job_seeking_ess",), status="dea_2026_luxe"),
    )),
    # Feature: arts_design — kind — pourriez-vous relayer notre offre
    # route: a tiers-lieu asks us to pass on its job offer to our young graduates, no applicant → other
    N("arts_design", "kind", "pourriez-vous relayer notre offre", M(
        "La Fabrique du Canal <contact@fabrique-canal.example.org>", "Offre d'emploi – médiateur·rice culturel·le", "08 12:30",
        """Bonjour,

La Fabrique du Canal, tiers-lieu associatif à Nantes, recrute un·e médiateur·rice culturel·le en CDI (35 h, groupe C de la convention ÉCLAT). Profil : DNA, DNSEP ou master de médiation.

Pourriez-vous relayer notre offre auprès des jeunes diplômés que vous accompagnez ? La fiche de poste est en ligne sur notre site.

Merci et belle journée,
L'équipe de la Fabrique""",
        other(),
    )),
    # Feature: arts_design — kind — je suis en résidence d'artiste sans accès à mes mails
    # route: an out-of-office of a printmaking studio's manager, sent automatically (Auto-Submitted) in answer to our mail → auto-reply
    N("arts_design", "kind", "je suis en résidence d'artiste sans accès à mes mails", M(
        "Atelier Sérigraphie Croix-Rousse <atelier@serigraphie-cx.example.org>", "Absence – réponse automatique", "09 08:00",
        """Bonjour,

Je suis en résidence d'artiste sans accès à mes mails jusqu'au 5 décembre. Je vous répondrai à mon retour.

Pour les inscriptions aux ateliers du samedi, écrivez à inscriptions@serigraphie-cx.example.org.

Marion""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: engineering_sciences — level — mon diplôme d'ingénieur (titre CTI)
    # route: engineering (INSA Lyon), the engineering diploma of October 2025 (bac+5) then an energy cooperative sought → application; bac+5 of 2025, ESS sought → eligible
    N("engineering_sciences", "level", "mon diplôme d'ingénieur (titre CTI)", M(
        "Thomas Bertrand <thomas.bertrand.ing@gmail.com>", "Candidature Pro'pulse – ingénieur énergie", "02 20:15",
        """Bonjour,

J'ai obtenu mon diplôme d'ingénieur (titre CTI) de l'INSA Lyon, département génie énergétique, en octobre 2025, après mon stage de fin d'études.

Je veux mettre mes compétences au service de la transition : je cherche un poste dans une coopérative d'énergie citoyenne ou une association qui accompagne les projets d'éolien et de solaire participatifs.

Bien cordialement,
Thomas Bertrand""",
        app("Thomas", "Bertrand", phone=None, bac=5, grad="2025-10", status="ingenieur_insa_2025_energie_citoyenne"),
    )),
    # Feature: engineering_sciences — situation — je suis en PFE chez un équipementier jusqu'à fin février
    # route: engineering (Centrale Lille), the final-year placement running until February 2027 → application; the PFE runs and ends the studies only then → fails not_internship and studies_finished → not eligible
    N("engineering_sciences", "situation", "je suis en PFE chez un équipementier jusqu'à fin février", M(
        "Victor Lambert <victor.lambert@centrale.example.fr>", "Candidature anticipée", "03 13:50",
        """Bonjour,

Élève ingénieur en dernière année à Centrale Lille, je suis en PFE chez un équipementier jusqu'à fin février. Je serai diplômé après le jury de mars 2027.

J'aimerais ensuite travailler dans une structure de l'ESS, par exemple une entreprise d'insertion dans le recyclage. Puis-je candidater dès maintenant ?

Victor Lambert""",
        app("Victor", "Lambert", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="pfe_centrale_fevrier_2027"),
    )),
    # Feature: engineering_sciences — level — deux ans de classe prépa MPSI puis MP
    # route: sciences, two years of prépa and no diploma since, a low-tech association sought → application; the prépa gives no diploma: bac level → fails degree_level → not eligible
    N("engineering_sciences", "level", "deux ans de classe prépa MPSI puis MP", M(
        "Lina Benhamou <lina.benhamou@gmail.com>", "Question candidature", "04 17:45",
        """Bonjour,

J'ai fait deux ans de classe prépa MPSI puis MP à Marseille, mais je n'ai pas intégré d'école et j'ai arrêté en 2025. Je n'ai pas d'autre diplôme que le bac.

Je suis passionnée par la low-tech et je voudrais travailler dans une association comme celles qui fabriquent des éoliennes en kit. Est-ce que votre programme pourrait m'aider ?

Lina""",
        app("Lina", "Benhamou", phone=None, bac=0, grad=None, failing=("degree_level",), status="prepa_sans_diplome_lowtech"),
    )),
    # Feature: engineering_sciences — studies_finished — ma soutenance est prévue le 15 janvier 2027
    # route: a doctorate in chemistry (Université de Strasbourg), the defence still to come in January 2027 → application; the thesis not defended → fails studies_finished → not eligible
    N("engineering_sciences", "studies_finished", "ma soutenance est prévue le 15 janvier 2027", M(
        "Arthur Keller <arthur.keller.chimie@gmail.com>", "Doctorant – projet professionnel ESS", "05 09:05",
        """Bonjour,

Je suis doctorant en chimie à l'Université de Strasbourg ; mon contrat doctoral s'est terminé fin septembre et ma soutenance est prévue le 15 janvier 2027.

Je ne veux pas continuer dans la recherche académique : j'aimerais travailler dans une association de culture scientifique ou un fab lab associatif. Est-ce que votre accompagnement est ouvert aux doctorants ?

Arthur Keller""",
        app("Arthur", "Keller", phone=None, bac="*", grad=None, failing=("studies_finished",), status="these_soutenance_janvier_2027"),
    )),
    # Feature: engineering_sciences — studies_finished — my final-year internship (PFE) ended in September 2026
    # route: engineering written in English (Centrale Lille), the PFE over in September 2026, which ends the studies, the diploma conferred by the autumn jury → application (en); bac+5 of 2026, a social enterprise sought → eligible
    N("engineering_sciences", "studies_finished", "my final-year internship (PFE) ended in September 2026", M(
        "Daniel Okafor-Hughes <daniel.okaforhughes@gmail.com>", "Application to Pro'pulse", "06 19:22",
        """Dear Pro'pulse team,

I am a British engineer who studied in France: my final-year internship (PFE) ended in September 2026, and the jury of Centrale Lille conferred my engineering degree (diplôme d'ingénieur, master's level) in October.

I am looking for my first job in a social enterprise working on repair and reuse of electronics, ideally in Lille. I would be glad to join your programme.

Best regards,
Daniel Okafor-Hughes""",
        app("Daniel", "Okafor-Hughes", phone=None, bac=5, grad="2026-10", language="en", status="pfe_fini_centrale_en"),
    )),
    # Feature: engineering_sciences — aim — un fab lab associatif ou une SCIC de réparation
    # route: IUT (Rennes), the BUT GEII of June 2026, a fab lab associatif or a repair SCIC sought → application; bac+3 of 2026, ESS sought → eligible
    N("engineering_sciences", "aim", "un fab lab associatif ou une SCIC de réparation", M(
        "Yanis Ferrand <yanis.ferrand35@gmail.com>", "Candidature BUT GEII", "07 12:12",
        """Bonjour,

J'ai obtenu mon BUT Génie électrique et informatique industrielle à l'IUT de Rennes en juin 2026. Je cherche un poste de technicien ou d'animateur dans un fab lab associatif ou une SCIC de réparation d'appareils électroniques.

Merci de m'indiquer comment m'inscrire,
Yanis Ferrand
06 58 03 27 94""",
        app("Yanis", "Ferrand", phone="+33658032794", bac=3, grad="2026-06", status="but_geii_2026_fablab"),
    )),
    # Feature: engineering_sciences — level — une école d'ingénieurs privée pas encore habilitée par la CTI
    # ambiguous: a private school's «diplôme d'ingénieur» without CTI accreditation is a school diploma with no state level; he names no RNCP title: degree_level open
    # route: engineering (a private school in Toulouse), five years of study and a school diploma of 2025 not accredited → application; date met, an association sought, level unknown → degree_level open → to verify
    N("engineering_sciences", "level", "une école d'ingénieurs privée pas encore habilitée par la CTI", M(
        "Maxime Carrère <maxime.carrere@gmail.com>", "Inscription au programme", "08 10:45",
        """Bonjour,

J'ai fait cinq ans dans une école d'ingénieurs privée pas encore habilitée par la CTI, à Toulouse, et j'ai eu mon diplôme en juillet 2025 (spécialité informatique et environnement).

Je cherche un poste de chef de projet numérique dans une association environnementale ou une coopérative. Pouvez-vous m'aider ?

Maxime Carrère""",
        app("Maxime", "Carrère", phone=None, bac=None, grad="2025-07", unknown=("degree_level",), status="ecole_non_cti_2025"),
    )),
    # Feature: engineering_sciences — kind — les docteurs sont-ils éligibles
    # route: a doctoral school's careers adviser asks about the programme's conditions for doctors, no person's facts → question
    N("engineering_sciences", "kind", "les docteurs sont-ils éligibles", M(
        "Service insertion – École doctorale <insertion.ed@univ-lille.example.fr>", "Question – docteurs et Pro'pulse", "10 14:20",
        """Bonjour,

Je m'occupe de l'insertion professionnelle des doctorants de notre école doctorale. Les docteurs sont-ils éligibles à votre programme, et à partir de quand : la soutenance, ou la délivrance du diplôme ?

Merci d'avance,
Le service insertion""",
        question(),
    )),
    # Feature: engineering_sciences — kind — Delivery to the following recipient failed permanently
    # route: a delivery failure of our answer to an engineering student's school address, closed after graduation (multipart/report) → bounce
    N("engineering_sciences", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.net>", "Delivery Status Notification (Failure)", "11 06:12",
        """Delivery to the following recipient failed permanently:

     julien.morvan@etu.insa.example.fr

The account has been disabled or is no longer active.""",
        bounce("julien.morvan@etu.insa.example.fr"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; julien.morvan@etu.insa.example.fr
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 The email account that you tried to reach is disabled""",
    )),
    # Feature: business_management — level — le programme Grande École de NEOMA
    # route: business school (NEOMA, Reims), the PGE of December 2025 (bac+5), a mutuelle's finance team sought → application; bac+5 of 2025, ESS sought → eligible
    N("business_management", "level", "le programme Grande École de NEOMA", M(
        "Camille Hoarau <camille.hoarau@gmail.com>", "Candidature – contrôle de gestion ESS", "02 08:20",
        """Bonjour,

J'ai terminé le programme Grande École de NEOMA en décembre 2025 (majeure finance). Je ne me vois pas en banque d'affaires : je cherche un poste de contrôleuse de gestion dans une mutuelle ou une coopérative.

Votre programme m'aiderait à comprendre les codes de l'ESS et à cibler mes candidatures.

Bien à vous,
Camille Hoarau""",
        app("Camille", "Hoarau", phone=None, bac=5, grad="2025-12", status="pge_neoma_2025_mutuelle"),
    )),
    # Feature: business_management — aim — un poste d'analyste dans un cabinet de conseil
    # route: business school (EM Strasbourg), the Bachelor of June 2026, a consulting firm's analyst post sought → application; bac+3 of 2026, consulting sought → fails job_seeking_ess → not eligible
    N("business_management", "aim", "un poste d'analyste dans un cabinet de conseil", M(
        "Quentin Weber <quentin.weber67@gmail.com>", "Candidature jeune diplômé", "03 22:30",
        """Bonjour,

Diplômé du Bachelor de l'EM Strasbourg en juin 2026, je cherche un poste d'analyste dans un cabinet de conseil en stratégie, idéalement un des Big Four.

Je me permets de vous écrire car votre programme accompagne les jeunes diplômés vers l'emploi.

Cordialement,
Quentin Weber""",
        app("Quentin", "Weber", phone=None, bac=3, grad="2026-06", failing=("job_seeking_ess",), status="bachelor_em_conseil"),
    )),
    # Feature: business_management — graduation — my MSc in Sustainable Finance in December 2023
    # route: business school written in English (NEOMA), the MSc of December 2023 in the first line → application (en); bac+5 of 2023-12, 35 months ago → fails graduation_recent → not eligible
    N("business_management", "graduation", "my MSc in Sustainable Finance in December 2023", M(
        "Arjun Mehta <arjun.mehta.msc@gmail.com>", "Application – first job in the social economy", "04 13:13",
        """Hello,

I completed my MSc in Sustainable Finance in December 2023 at NEOMA Business School. Since then I have done short freelance missions in impact reporting.

I would like a permanent position with a French social enterprise or a cooperative bank's foundation. Could your programme support me?

Thank you,
Arjun Mehta""",
        app("Arjun", "Mehta", phone=None, bac=5, grad="2023-12", failing=("graduation_recent",), language="en", status="msc_neoma_2023_en"),
    )),
    # Feature: business_management — career_change — j'ai travaillé quelques années avant de reprendre mes études
    # ambiguous: «quelques années» of work before her studies, with no trade named: it may be a first career (a change) or odd jobs while young: not_career_change open
    # route: accounting, the DCG of July 2025 (bac+3), a few years of unnamed work before it → application; level and date met, an association's accounts sought, the years before unknown → not_career_change open → to verify
    N("business_management", "career_change", "j'ai travaillé quelques années avant de reprendre mes études", M(
        "Sandra Pires <sandra.pires@outlook.fr>", "Demande d'accompagnement", "05 16:16",
        """Bonjour,

Après le bac, j'ai travaillé quelques années avant de reprendre mes études. J'ai obtenu mon DCG en juillet 2025 au lycée Ozenne de Toulouse, en formation initiale.

Je cherche un poste de comptable dans une association ou une coopérative, de préférence sur Toulouse. Est-ce que votre programme peut m'aider ?

Sandra Pires""",
        app("Sandra", "Pires", phone=None, bac=3, grad="2025-07", unknown=("not_career_change",), status="dcg_2025_annees_avant"),
    )),
    # Feature: business_management — studies_finished — je suis en alternance en M2 à l'IAE jusqu'en septembre 2027
    # route: management (IAE de Lille), the M2 in alternance running to September 2027 → application; an alternant is a student: studies running → fails studies_finished → not eligible
    N("business_management", "studies_finished", "je suis en alternance en M2 à l'IAE jusqu'en septembre 2027", M(
        "Hélène Vo <helene.vo.iae@gmail.com>", "Candidature Pro'pulse", "06 07:44",
        """Bonjour,

Je suis en alternance en M2 à l'IAE jusqu'en septembre 2027 (management des organisations de l'ESS), trois semaines en entreprise et une semaine en cours. Mon alternance est dans une SCOP de services à la personne.

J'aimerais préparer dès maintenant ma recherche de CDI dans l'ESS. Puis-je rejoindre votre programme ?

Hélène Vo""",
        app("Hélène", "Vo", phone=None, bac="*", grad=None, failing=("studies_finished",), status="alternance_m2_iae_2027"),
    )),
    # Feature: business_management — situation — mon contrat d'alternance s'est terminé en juillet
    # route: BTS GPME (a lycée in Marseille), the alternance over in July with the BTS of 2026 (bac+2), a cooperative's payroll post sought → application; no contract running, ESS sought → eligible
    N("business_management", "situation", "mon contrat d'alternance s'est terminé en juillet", M(
        "Jordan Mendy <jordan.mendy13@gmail.com>", "BTS GPME – recherche d'emploi", "07 18:48",
        """Bonjour,

J'ai eu mon BTS GPME en juillet 2026. Mon contrat d'alternance s'est terminé en juillet et l'entreprise n'a pas pu me garder.

Je cherche un poste d'assistant de gestion ou de gestionnaire de paie dans une coopérative ou une association, à Marseille. Je suis disponible tout de suite.

Jordan Mendy
07 81 44 20 69""",
        app("Jordan", "Mendy", phone="+33781442069", bac=2, grad="2026-07", status="bts_gpme_alternance_finie"),
    )),
    # Feature: business_management — kind — voici le justificatif de diplôme que vous m'aviez demandé
    # route: an answer in our thread (In-Reply-To <…@animafac.net>) sending a certificate we asked for → reply
    N("business_management", "kind", "voici le justificatif de diplôme que vous m'aviez demandé", M(
        "Pierre-Louis Garnier <pl.garnier@gmail.com>", "Re: Pro'pulse – pièces manquantes", "09 19:02",
        """Bonjour,

Comme convenu, voici le justificatif de diplôme que vous m'aviez demandé : il est disponible sur le lien de la scolarité (attestation de réussite, téléchargeable jusqu'au 31 décembre). Je vous envoie l'original par courrier si besoin.

Bonne soirée,
Pierre-Louis Garnier

> Bonjour, pour finaliser votre dossier, pouvez-vous nous transmettre une attestation de diplôme ?""",
        reply(),
        headers={"In-Reply-To": "<dossier-2026-11-06-0231@animafac.net>"},
    )),
    # Feature: business_management — kind — tenir un stand lors de notre forum entreprises
    # route: a business school's corporate relations office invites the programme to hold a stand at its careers fair, no applicant → other
    N("business_management", "kind", "tenir un stand lors de notre forum entreprises", M(
        "Relations entreprises EM Strasbourg <forum@em-strasbourg.example.fr>", "Invitation – Forum entreprises 2027", "10 09:30",
        """Madame, Monsieur,

Nous serions heureux que votre association vienne tenir un stand lors de notre forum entreprises, le 4 février 2027, dans l'espace dédié à l'économie sociale et solidaire.

Le stand est gratuit pour les associations. Merci de nous confirmer votre participation avant le 15 décembre.

Le service Relations entreprises""",
        other(),
    )),
]
