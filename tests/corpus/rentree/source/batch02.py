"""Rentree corpus, batch 02 (writer A): Monday 5 – Thursday 8 October 2026, each mail read on its own day.
Re-sit results coming out, civic services begun in September or about to begin in November, internships
ending mid-October, people back from a year abroad; an insertion company's offer, a job board's October
newsletter, a partner away at its rentrée seminar, a business school asking for a partnership."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from rentree import N

MESSAGES = [
    # Feature: rentree_other_mail — kind — recrute un·e encadrant·e technique d'insertion
    # route: an insertion company's job offer sent to us to relay; «jeunes diplômé·es bac+2 bienvenu·es» is its public, nobody applies → other
    N("rentree_other_mail", "kind", "recrute un·e encadrant·e technique d'insertion", M(
        "Régie de quartier Nord-Est <recrutement@regie-nordest.example.org>", "Offre à diffuser : encadrant·e technique d'insertion (CDI)", "2026-10-05 08:25",
        """Bonjour,

La Régie de quartier Nord-Est (Strasbourg) recrute un·e encadrant·e technique d'insertion en CDI, à pourvoir dès novembre : encadrement d'une équipe de 8 salarié·es en parcours sur des chantiers d'entretien des espaces verts, suivi des parcours avec la CIP.

Profil : bac+2 dans le social, l'environnement ou la gestion ; jeunes diplômé·es bienvenu·es. Salaire selon la convention collective des régies de quartier.

Pourriez-vous relayer l'offre auprès des participant·es de Pro'pulse ? Candidatures à recrutement@regie-nordest.example.org avant le 30 octobre.

Merci et belle journée,
Sébastien Kuhn, directeur""",
        other(),
    )),
    # Feature: fresh_graduate — graduation — diplôme pas encore reçu
    # route: a phone mail: a BTS ESF obtained in July (results out, the diploma not yet delivered, only the transcript), a CESF post in an association sought → bac+2 of 2026-07 → eligible
    N("fresh_graduate", "graduation", "diplôme pas encore reçu", M(
        "Maëva Lopes <maeva.lopes13@gmail.com>", "BTS ESF candidature", "2026-10-05 09:10",
        """Bonjour,
J'ai eu mon BTS ESF en juillet (diplôme pas encore reçu, j'ai juste le relevé de notes avec « admise »). Je cherche un poste dans une asso d'aide aux familles ou un CCAS sur Marseille / Aubagne, pour préparer le DE CESF plus tard peut-être.
Maëva Lopes
07 58 62 13 49

Envoyé depuis mon Galaxy""",
        app("Maëva", "Lopes", phone="+33758621349", bac=2, grad="2026-07", status="maeva_diplome_pas_recu"),
    )),
    # Feature: first_year_out — level — BPJEPS animation sociale
    # route: the first paragraph: a BPJEPS (a niveau 4 title: the bac's level) of 2025 as her only diploma, a year of animation contracts → bac 0, degree_level fails → not_eligible
    N("first_year_out", "level", "BPJEPS animation sociale", M(
        "Cyril Payet <cyril.payet974@gmail.com>", "Candidature", "2026-10-05 10:35",
        """Bonjour,

J'ai eu mon BPJEPS animation sociale l'an dernier (c'est mon seul diplôme après le bac pro), et depuis je fais des contrats d'animateur en EHPAD et en centre de loisirs à Saint-Pierre, toujours des CDD de quelques mois.

Je voudrais un poste plus stable de coordinateur d'animation dans une association. Est-ce que votre programme est ouvert à la Réunion ou en visio ?

Cyril Payet
06 92 48 17 35""",
        app("Cyril", "Payet", phone="+262692481735", bac=0, grad="2025", failing=("degree_level",), status="cyril_bpjeps"),
    )),
    # Feature: near_the_limit — graduation — soutenu mon mémoire en novembre 2024
    # route: the first lines: a master 2 defended and obtained in November 2024 (23 months before October 2026: inside the two years), a post in a cultural association sought → bac+5 of 2024-11 → eligible
    N("near_the_limit", "graduation", "soutenu mon mémoire en novembre 2024", M(
        "Bérénice Lamotte <berenice.lamotte@gmail.com>", "Candidature Pro'pulse - jeune diplômée", "2026-10-05 11:50",
        """Bonjour,

J'ai soutenu mon mémoire en novembre 2024 (master Médiation culturelle, Paris 3 ; le jury a validé le diplôme dans la foulée). Je ne sais pas si je suis encore « jeune diplômée » pour vous, mais j'espère que oui !

Depuis, j'ai fait des vacations en médiation dans des musées et un remplacement de congé maternité dans une compagnie de théâtre. Je cherche un poste de chargée de médiation ou de développement des publics dans une association culturelle ou un tiers-lieu.

Bien à vous,
Bérénice Lamotte
06 31 27 84 65""",
        app("Bérénice", "Lamotte", phone="+33631278465", bac=5, grad="2024-11", status="berenice_novembre_2024"),
    )),
    # Feature: fresh_graduate — aim — assistante de communication
    # route: the second paragraph: a licence LEA of June 2026, a post of communication assistant sought with no employer nor sector named → bac+3 of 2026-06, job_seeking_ess open → to_verify
    N("fresh_graduate", "aim", "assistante de communication", M(
        "Capucine Leroux <capucine.leroux@yahoo.fr>", "Candidature", "2026-10-05 14:15",
        """Bonjour,

Je viens d'obtenir ma licence LEA anglais-espagnol (juin 2026, université d'Angers) et je cherche depuis juillet.

Je voudrais un poste d'assistante de communication, ou quelque chose où je peux utiliser mes langues. J'ai fait des stages en office de tourisme et dans une agence de voyages.

Pouvez-vous me dire comment fonctionne votre programme et s'il y a des frais ?

Merci,
Capucine Leroux""",
        app("Capucine", "Leroux", phone=None, bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="capucine_assistante_com"),
    )),
    # Feature: rentree_other_mail — kind — faut-il être inscrit à France Travail
    # route: a question about the programme's conditions, no fact of the writer's own → question
    N("rentree_other_mail", "kind", "faut-il être inscrit à France Travail", M(
        "Élise Vandamme <elise.vandamme@gmail.com>", "Question inscription", "2026-10-05 16:05",
        """Bonjour,

Pour participer à Pro'pulse, faut-il être inscrit à France Travail ? Et est-ce que ça change quelque chose si on touche le chômage ?

Merci pour vos réponses,
Élise""",
        question(),
    )),
    # Feature: internship_now — situation — mon stage se termine le 16 octobre
    # route: the first paragraph: a master 2 of September 2026, its final internship ending on 16 October (after the reading day: running) → fails not_internship → not_eligible
    N("internship_now", "situation", "mon stage se termine le 16 octobre", M(
        "Raphaël Ginestet <raphael.ginestet@gmail.com>", "Programme Pro'pulse - inscription", "2026-10-05 18:30",
        """Bonjour,

Mon stage se termine le 16 octobre (chargé d'études à l'ADEME... non, pardon, à l'Agence locale de l'énergie et du climat de Grenoble) et mon master 2 Transition énergétique est validé depuis le jury de septembre.

Je cherche à partir de fin octobre un poste dans une association ou une SCIC d'énergie citoyenne. Pouvez-vous m'envoyer les informations pour m'inscrire ?

Raphaël Ginestet
06 57 13 92 48""",
        app("Raphaël", "Ginestet", phone="+33657139248", bac=5, grad="2026-09", failing=("not_internship",), status="raphael_stage_16_octobre"),
    )),
    # Feature: after_civic_service — situation — un service civique qui débute le 9 novembre
    # route: the second paragraph: a licence of June 2026, a civic service to begin on 9 November (after the reading day: not yet a situation), a job in an association sought after it → bac+3 of 2026-06 → eligible
    N("after_civic_service", "situation", "un service civique qui débute le 9 novembre", M(
        "Lisa Hoarau <lisa.hoarau@outlook.fr>", "renseignements programme", "2026-10-06 08:40",
        """Bonjour,

J'ai eu ma licence de psychologie en juin à Toulouse Jean-Jaurès.

J'ai signé pour un service civique qui débute le 9 novembre à la Ligue contre le cancer, pour huit mois. En attendant, et pour après, j'aimerais être accompagnée pour trouver un emploi dans une association du champ de la santé ou du handicap. Est-ce possible d'entrer dans le programme dès maintenant ?

Merci d'avance,
Lisa Hoarau
06 18 74 35 92""",
        app("Lisa", "Hoarau", phone="+33618743592", bac=3, grad="2026-06", status="lisa_sc_9_novembre"),
    )),
    # Feature: near_the_limit — graduation — année universitaire 2023-2024, jury en juillet 2024
    # route: the CV line pasted in the body: a master of the school year 2023-2024 with its jury in July 2024 (27 months before October 2026) → bac+5 of 2024-07, graduation_recent fails → not_eligible
    N("near_the_limit", "graduation", "année universitaire 2023-2024, jury en juillet 2024", M(
        "Quentin Sorel <quentin.sorel@gmail.com>", "Candidature - Quentin Sorel", "2026-10-06 09:55",
        """Bonjour,

Voici mon parcours en bref :
- Master 2 Économie sociale et solidaire, université de Reims (année universitaire 2023-2024, jury en juillet 2024)
- depuis : chargé de mission en CDD dans une communauté de communes (fin de contrat le 31 août)
- bénévole au conseil d'administration d'une AMAP

Je cherche un poste de chargé de développement dans une coopérative ou une association d'agriculture paysanne, dans la Marne ou l'Aube.

Cordialement,
Quentin Sorel
06 24 86 71 39""",
        app("Quentin", "Sorel", phone="+33624867139", bac=5, grad="2024-07", failing=("graduation_recent",), status="quentin_master_2023_2024"),
    )),
    # Feature: internship_now — situation — c'était un CDD de six mois
    # route: the second paragraph: a licence pro of 2025, then a «stage» that was a six-month fixed-term contract, over in September (no internship, and over) → bac+3 of 2025 → eligible
    N("internship_now", "situation", "c'était un CDD de six mois", M(
        "Kenza Amrani <kenza.amrani@gmail.com>", "Candidature programme accompagnement", "2026-10-06 11:20",
        """Bonjour,

J'ai une licence pro Intervention sociale obtenue en 2025 à Mulhouse.

Sur mon CV c'est écrit « stage d'insertion » parce que c'est comme ça que la structure l'appelait, mais en réalité c'était un CDD de six mois (contrat aidé), d'avril à septembre, dans une épicerie solidaire. Je ne suis donc plus en poste.

Je cherche un emploi de conseillère en insertion ou d'accompagnatrice sociale dans une association ou un chantier d'insertion.

Bien cordialement,
Kenza Amrani
07 61 39 28 54""",
        app("Kenza", "Amrani", phone="+33761392854", bac=3, grad="2025", status="kenza_stage_en_fait_cdd"),
    )),
    # Feature: back_to_school — studies_finished — je n'ai pas repris le M2
    # route: the first paragraph: an M1 validated in June 2026 and the choice not to go on to the M2, a job in an association sought → bac+4 of 2026-06, studies over → eligible
    N("back_to_school", "studies_finished", "je n'ai pas repris le M2", M(
        "Solène Marais <solene.marais@gmail.com>", "Pro'pulse", "2026-10-06 13:45",
        """Bonjour,

J'ai validé mon M1 de géographie (aménagement et développement local) en juin à Nantes, et j'ai décidé que je n'ai pas repris le M2 : j'avais besoin de travailler et surtout envie d'être sur le terrain.

Je cherche un poste d'animatrice ou de chargée de projets dans une association de développement local ou un pays/PETR, en Loire-Atlantique.

Merci de me dire si je peux rejoindre le programme.

Solène Marais
06 40 73 25 81""",
        app("Solène", "Marais", phone="+33640732581", bac=4, grad="2026-06", status="solene_pas_repris_m2"),
        cv=CV("odt", "CV_Solene_Marais.odt", """Solène Marais
Nantes - 06 40 73 25 81 - solene.marais@gmail.com
Formation
Master 1 Géographie, aménagement et développement local - Nantes Université - validé en juin 2026
Licence de géographie - Nantes Université - 2025
Expériences
Stage de M1, Pays de Retz (diagnostic des tiers-lieux ruraux) - avril - juin 2026
Animatrice en séjours de vacances - étés 2023 à 2025
Bénévole, festival des Rendez-vous de l'Erdre"""),
    )),
    # Feature: rentree_other_mail — kind — en séminaire de rentrée jusqu'au 9 octobre
    # route: a partner association's out-of-office (Auto-Submitted) answering our mail; its dates are its own → auto_reply
    N("rentree_other_mail", "kind", "en séminaire de rentrée jusqu'au 9 octobre", M(
        "Justine Garros <j.garros@afev-sud.example.org>", "Réponse automatique : Pro'pulse - orientation des volontaires", "2026-10-06 15:30",
        """Bonjour,

L'équipe est en séminaire de rentrée jusqu'au 9 octobre inclus. Je lirai votre message à mon retour.

Pour les questions urgentes concernant les volontaires en service civique, écrivez à accueil@afev-sud.example.org.

Justine Garros
Responsable de pôle, AFEV Sud""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: not_finished — studies_finished — ma licence pro a été ajournée en juin
    # route: the first paragraph: a BTS of June 2025, then a licence pro «ajournée» in June, the internship report to hand in again in December (ahead) → bac+2 of 2025-06, studies_finished fails → not_eligible
    N("not_finished", "studies_finished", "ma licence pro a été ajournée en juin", M(
        "Margaux Delcourt <margaux.delcourt@gmail.com>", "Question sur mon éligibilité", "2026-10-06 17:10",
        """Bonjour,

J'ai un BTS SP3S (juin 2025) et ma licence pro a été ajournée en juin : il me manque le rapport de stage, que je dois rendre à nouveau en décembre. Les cours sont finis.

En attendant je cherche déjà du travail, de préférence dans une association d'aide à domicile ou une structure d'accueil de personnes âgées, vers Amiens.

Est-ce que je rentre dans vos critères ?

Margaux Delcourt
07 23 58 94 16""",
        app("Margaux", "Delcourt", phone="+33723589416", bac=2, grad="2025-06", failing=("studies_finished",), status="margaux_lp_ajournee"),
    )),
    # Feature: career_change — career_change — mon premier CDD était dans une banque
    # route: the second paragraph: a master of 2025, a first one-year job in a bank, told as a first job and no trade left (no reconversion), an ESS finance post sought → bac+5 of 2025 → eligible
    N("career_change", "career_change", "mon premier CDD était dans une banque", M(
        "Clarisse Jaouen <clarisse.jaouen@gmail.com>", "Candidature - Clarisse Jaouen", "2026-10-07 09:05",
        """Bonjour,

Diplômée d'un master Finance en 2025 (IAE de Brest), je me suis rendu compte assez vite que ce n'était pas le secteur où je voulais faire carrière : mon premier CDD était dans une banque, au service crédit aux professionnels, et il s'est terminé en août.

Ce qui m'a plu, c'est le financement des petits projets. Je cherche aujourd'hui un poste dans la finance solidaire (France Active, une Cigales, une coopérative de crédit, une association de microcrédit).

Je vous remercie de votre attention.
Clarisse Jaouen
06 87 42 19 30""",
        app("Clarisse", "Jaouen", phone="+33687421930", bac=5, grad="2025", status="clarisse_premier_cdd_banque"),
        cv=CV("pdf", "Clarisse_Jaouen_CV.pdf", """Clarisse Jaouen
Brest - 06 87 42 19 30 - clarisse.jaouen@gmail.com
Objectif : chargée d'investissement ou d'accompagnement en finance solidaire
Formation
Master Finance - IAE de Brest - 2025
Licence Économie-gestion - UBO - 2023
Expérience
Chargée de clientèle professionnels (CDD) - banque régionale, Brest - sept. 2025 - août 2026
Stage de master, analyste crédit - même banque - avril - août 2025
Trésorière d'une association étudiante de microcrédit (2022-2024)"""),
    )),
    # Feature: back_from_abroad — situation — rentrée de Melbourne après un an de working holiday
    # route: the first paragraph: back in September from a working-holiday year in Australia (no placement), a licence in information-communication with no date anywhere → bac+3, graduation open, the aim a community association → to_verify
    N("back_from_abroad", "situation", "rentrée de Melbourne après un an de working holiday", M(
        "Margot Tessier <margot.tessier@gmail.com>", "Retour d'Australie - candidature", "2026-10-07 10:30",
        """Bonjour !

Je suis rentrée de Melbourne après un an de working holiday, mi-septembre : j'ai travaillé dans une épicerie coopérative et fait du bénévolat dans une association d'accueil des réfugiés. C'est là-bas que j'ai découvert ce qu'on appelle ici l'économie sociale et solidaire.

Avant de partir j'avais fait une licence information-communication à Bordeaux Montaigne.

Maintenant je voudrais travailler en France dans une association d'accueil ou un tiers-lieu, en communication ou en animation de communauté.

À bientôt j'espère,
Margot Tessier
07 49 21 86 37""",
        app("Margot", "Tessier", phone="+33749218637", bac=3, grad=None, unknown=("graduation_recent",), status="margot_retour_australie"),
    )),
    # Feature: english_stage — studies_finished — I have to resit one module in January
    # route: an English mail: a BA from Trinity College Dublin not yet awarded, one module to resit in January (ahead) → bac "*", studies_finished fails → not_eligible
    N("english_stage", "studies_finished", "I have to resit one module in January", M(
        "Niamh Corrigan <niamh.corrigan@gmail.com>", "Quick question about eligibility", "2026-10-07 11:45",
        """Hi there,

I'm Irish and I've just moved to Nantes with my boyfriend. I did a BA in Sociology and French at Trinity College Dublin and all my exams are done except one: I have to resit one module in January, so my degree won't be awarded before the spring conferring.

In the meantime I'd like to start looking for work in a French association, ideally something with young people or migrants. Is your programme open to me?

Thanks a million,
Niamh Corrigan
+353 87 214 6639""",
        app("Niamh", "Corrigan", phone="+353872146639", bac="*", grad=None, failing=("studies_finished",), language="en", status="niamh_resit_january"),
    )),
    # Feature: rentree_other_mail — kind — ESS Emploi, les offres d'octobre
    # route: a job board's October newsletter (List-Unsubscribe, Precedence bulk): offers «bac+3», «première expérience» belong to nobody applying → newsletter
    N("rentree_other_mail", "kind", "ESS Emploi, les offres d'octobre", M(
        "ESS Emploi <newsletter@essemploi.example.com>", "ESS Emploi, les offres d'octobre : 214 postes", "2026-10-07 13:00",
        """ESS Emploi, les offres d'octobre

214 nouvelles offres ce mois-ci. Notre sélection :

Coordinateur·rice de tiers-lieu - Limoges - CDI - bac+3
Chargé·e de mission économie circulaire - Lille - CDD 18 mois - bac+5
Animateur·rice jeunesse - Saint-Brieuc - CDI - BPJEPS ou équivalent
Assistant·e administratif·ve - Montreuil - CDI - première expérience appréciée

Le conseil du mois : « Adaptez votre lettre à la gouvernance de la structure : une Scop ne se présente pas comme une fondation. »

Vous recevez cet e-mail car vous êtes inscrit·e sur essemploi.example.com.
Se désinscrire : https://essemploi.example.com/unsubscribe""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://essemploi.example.com/unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: career_change — career_change — après plusieurs expériences dans la restauration
    # ambiguous: at 31, «plusieurs expériences dans la restauration» before a BTS obtained this summer: jobs while waiting or a trade he leaves? He does not say; not_career_change open
    # route: the first paragraph: a BTS SP3S of July 2026 taken as an external candidate after restaurant work of unsaid length, a post in an association sought → bac+2 of 2026-07, career change open → to_verify
    N("career_change", "career_change", "après plusieurs expériences dans la restauration", M(
        "Fabrice Nkounkou <fabrice.nkounkou@gmail.com>", "Candidature", "2026-10-07 15:20",
        """Bonjour,

J'ai 31 ans. Après plusieurs expériences dans la restauration, j'ai passé le BTS SP3S en candidat libre et je l'ai obtenu en juillet.

Aujourd'hui je voudrais travailler dans l'accompagnement social, par exemple dans un centre d'hébergement ou une association d'aide aux personnes sans domicile, à Lyon ou Villeurbanne.

Je vous remercie de votre retour,
Fabrice Nkounkou
06 95 31 47 82""",
        app("Fabrice", "Nkounkou", phone="+33695314782", bac=2, grad="2026-07", unknown=("not_career_change",), status="fabrice_restauration"),
    )),
    # Feature: back_from_abroad — level — master de sociologie obtenu à Dakar
    # route: an HTML-only mail: a master of sociology obtained at Cheikh Anta Diop in 2025 (a master: bac+5, its equivalence attestation obtained), a post in an association for international solidarity sought → bac+5 of 2025 → eligible
    N("back_from_abroad", "level", "master de sociologie obtenu à Dakar", M(
        "Ndeye Fatou Sarr <ndeyefatou.sarr@gmail.com>", "Candidature au programme Pro'pulse", "2026-10-07 17:40",
        """Bonjour,

Je suis titulaire d'un master de sociologie obtenu à Dakar (université Cheikh Anta Diop) en 2025. J'ai reçu en septembre l'attestation de comparabilité d'ENIC-NARIC, qui le situe au niveau bac+5.

Installée à Rouen depuis janvier, je cherche un poste de chargée de projets dans une association de solidarité internationale ou d'éducation à la citoyenneté mondiale.

Je reste à votre disposition pour un entretien.

Ndeye Fatou Sarr
07 53 84 26 19""",
        app("Ndeye Fatou", "Sarr", phone="+33753842619", bac=5, grad="2025", status="ndeyefatou_master_dakar"),
        html="only",
    )),
    # Feature: written_for — situation — en mission à la mairie de Vaulx-en-Velin jusqu'à fin novembre
    # ambiguous: the adviser calls it a «mission» and never says what it is: a civic service, an internship or a fixed-term contract; not_internship and not_service_civique open
    # route: a Mission locale adviser presents Jade (her own address and phone in the body): a BTS of June 2026, «en mission à la mairie» until the end of November → referral; the mission open → to_verify
    N("written_for", "situation", "en mission à la mairie de Vaulx-en-Velin jusqu'à fin novembre", M(
        "Corinne Villeneuve <c.villeneuve@missionlocale-vaulx.example.org>", "Jeune orientée vers Pro'pulse", "2026-10-08 09:15",
        """Bonjour,

Je suis conseillère à la Mission locale de Vaulx-en-Velin et j'accompagne Jade Mbemba, 21 ans, qui a obtenu son BTS Communication en juin dernier.

Elle est actuellement en mission à la mairie de Vaulx-en-Velin jusqu'à fin novembre, au service vie associative, et elle aimerait ensuite trouver un emploi de chargée de communication dans une association du territoire.

Ses coordonnées : jade.mbemba@gmail.com, 07 66 20 48 91.

Cordialement,
Corinne Villeneuve
Conseillère en insertion - Mission locale de Vaulx-en-Velin
04 72 00 00 00""",
        app("Jade", "Mbemba", phone="+33766204891", bac=2, grad="2026-06", unknown=("not_internship", "not_service_civique"), email="jade.mbemba@gmail.com", forwarded_by="c.villeneuve@missionlocale-vaulx.example.org", status="jade_mission_mairie"),
    )),
    # Feature: rentree_other_mail — kind — voici l'attestation de réussite
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our request quoted) sending the missing document as a link → reply
    N("rentree_other_mail", "kind", "voici l'attestation de réussite", M(
        "Hugo Baptiste <hugo.baptiste@gmail.com>", "RE: Pro'pulse - pièce manquante à votre dossier", "2026-10-08 10:40",
        """Bonjour,

Désolé pour l'oubli, voici l'attestation de réussite : https://drive.example.com/s/attestation-hugo-baptiste

Bonne journée,
Hugo Baptiste

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Envoyé : lundi 5 octobre 2026 16:20
Objet : Pro'pulse - pièce manquante à votre dossier

> Bonjour Hugo,
> Il nous manque l'attestation de réussite de votre licence pour finaliser votre inscription.
> Pourriez-vous nous la transmettre ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<piece-2026-10-05-0041@animafac.net>"},
    )),
    # Feature: not_finished — level — j'ai arrêté la fac en L2
    # route: the first paragraph: studies given up during the L2 (only the L1 validated: bac+1) — her studies are over, but below the level → bac 1, degree_level fails → not_eligible
    N("not_finished", "level", "j'ai arrêté la fac en L2", M(
        "Morgane Lebon <morgane.lebon@free.fr>", "inscription programme", "2026-10-08 12:30",
        """Bonjour,

J'ai arrêté la fac en L2 de droit l'an dernier (j'avais validé la L1), je ne compte pas reprendre. Depuis je travaille à mi-temps dans une boulangerie.

Une amie qui a fait votre programme m'a dit que ça l'avait beaucoup aidée. Je voudrais travailler dans une association d'aide juridique ou d'accès aux droits. Est-ce que c'est possible pour moi ?

Merci,
Morgane Lebon
06 37 95 12 48""",
        app("Morgane", "Lebon", phone="+33637951248", bac=1, grad=None, failing=("degree_level",), status="morgane_arret_l2"),
    )),
    # Feature: english_stage — graduation — in the autumn of 2024
    # ambiguous: «the autumn of 2024» spans September 2024 (25 months back, past the limit) and November 2024 (inside it): graduation_recent open
    # route: an English mail: a master's finished «in the autumn of 2024» in Kraków, a job with a French environmental association sought → bac+5 of 2024, graduation open → to_verify
    N("english_stage", "graduation", "in the autumn of 2024", M(
        "Tomasz Wiśniewski <tomasz.wisniewski@gmail.com>", "Application - Pro'pulse programme", "2026-10-08 14:50",
        """Dear team,

I finished my master's degree in Environmental Management at the Jagiellonian University in Kraków in the autumn of 2024. Since then I have worked for a year in a Polish NGO on air quality campaigns, and I moved to Strasbourg this summer.

I would like to find a job with a French environmental association or a cooperative in the Grand Est region. My French is intermediate (B1), and I am taking evening classes.

Could you tell me if I can join your programme?

Best regards,
Tomasz Wiśniewski
07 82 14 69 35""",
        app("Tomasz", "Wiśniewski", phone="+33782146935", bac=5, grad="2024", unknown=("graduation_recent",), language="en", status="tomasz_autumn_2024"),
    )),
    # Feature: first_year_out — situation — bénévole aux Restos du cœur en attendant
    # route: the second paragraph: a licence of June 2025, a year of odd jobs and volunteering (bénévolat, no civic service), a post in food aid sought → bac+3 of 2025-06 → eligible
    N("first_year_out", "situation", "bénévole aux Restos du cœur en attendant", M(
        "Nassim Hamidi <nassim.hamidi@gmail.com>", "Candidature Pro'pulse", "2026-10-08 16:25",
        """Bonjour,

Licence d'économie-gestion en poche depuis juin 2025 (Clermont-Ferrand).

Cette année j'ai fait des remplacements en grande surface et je suis bénévole aux Restos du cœur en attendant de trouver mieux, deux demi-journées par semaine, à la logistique. C'est ce bénévolat qui m'a donné envie de travailler dans l'aide alimentaire ou la logistique solidaire (banque alimentaire, épicerie sociale...).

Merci de votre réponse,
Nassim Hamidi
06 28 57 43 16""",
        app("Nassim", "Hamidi", phone="+33628574316", bac=3, grad="2025-06", status="nassim_benevole_restos"),
    )),
    # Feature: rentree_other_mail — kind — un partenariat avec notre Bachelor
    # route: a business school's careers office proposing a partnership for its students; no person applies → other
    N("rentree_other_mail", "kind", "un partenariat avec notre Bachelor", M(
        "Relations entreprises - ESC Atlantique <partenariats@esc-atlantique.example.fr>", "Proposition de partenariat", "2026-10-08 17:50",
        """Madame, Monsieur,

Responsable des relations entreprises de l'ESC Atlantique, je souhaiterais vous proposer un partenariat avec notre Bachelor « Management et impact » : interventions de votre équipe auprès de nos étudiant·es de 3e année, relais de vos sessions auprès de nos jeunes diplômé·es, et pourquoi pas un atelier commun pendant le Mois de l'ESS.

Seriez-vous disponibles pour un appel dans les prochaines semaines ?

Bien cordialement,
Laurence Quéméner
Responsable relations entreprises""",
        other(),
    )),
]
