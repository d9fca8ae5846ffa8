"""Lengths corpus, batch 07 (writer B): telegraphic (bullets «•», semicolons, «+», colons and dashes rather
than arrows: a DE CESF, an SC over, a jury awaited, «plusieurs années» of a trade, a first year of licence not
validated; an out-of-office and an address change in fragments), short_with_attachment (DOCX, ODT and PDF
letters and CVs, a body newer than the CV, a CV whose projet leaves the aim open; a short bounce, a signed
agreement sent back), long_then_postscript («PS :», «PPS», «Ah et», «Précision :», «Edit :»: a civic
service running, a date corrected, a resit, a job of unsaid length, an aim settled; a long holiday notice
and a long question, each with a P.S.)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question
from lengths import N

MESSAGES = [
    # Feature: telegraphic — graduation — DE CESF – juin 2026
    # length: short, 19 words in fragments separated by bullets, the DE and its month first → application; DE CESF (bac+3) of June 2026, an association aim → eligible
    N("telegraphic", "graduation", "DE CESF – juin 2026", M(
        "Maëva Rabearivelo <maeva.rabe@example.fr>",
        "Candidature Pro'pulse",
        "02 07:41",
        """DE CESF – juin 2026 • dispo immédiatement • cherche poste de CESF en asso logement, Marseille et alentours

Maëva Rabearivelo""",
        app("Maëva", "Rabearivelo", phone=None, bac=3, grad="2026-06", status="b_tele_de_cesf_juin"),
    )),
    # Feature: telegraphic — situation — SC terminé (sept.)
    # length: short, 20 words joined by «+», the civic service over in the middle fragment → application; BUT of 2026, civic service over, an association aim → eligible
    N("telegraphic", "situation", "SC terminé (sept.)", M(
        "Lucas Ngo <lucas.ngo@example.com>",
        "Pro'pulse – Lucas Ngo",
        "03 18:25",
        """BUT Carrières sociales juin 2026 + SC terminé (sept.) + recherche poste asso jeunesse, Lille

Lucas Ngo
07 81 46 20 93""",
        app("Lucas", "Ngo", phone="+33781462093", bac=3, grad="2026-06", status="b_tele_but_sc_termine"),
    )),
    # Feature: telegraphic — aim — objectif : SCOP / CAE
    # length: short, 17 words separated by dashes, the aim in the middle fragment → application; master 2 of September 2026, a search in cooperatives → eligible
    N("telegraphic", "aim", "objectif : SCOP / CAE", M(
        "Romane Vieira <romane.vieira@example.org>",
        "M2 ESS sept. 26",
        "05 12:10",
        """M2 ESS (Paris 1) obtenu sept. 2026 — objectif : SCOP / CAE — Île-de-France — pas de stage en cours

R. Vieira""",
        app("Romane", "Vieira", phone=None, bac=5, grad="2026-09", status="b_tele_m2_scop_cae"),
    )),
    # Feature: telegraphic — studies_finished — tout rendu, délib le 10/12
    # ambiguous: every piece of work handed in, the deliberation on 10 December still to come: studies_finished stays open
    # length: short, 14 words in fragments, the awaited deliberation in the first → application; results awaited after every exam → to verify
    N("telegraphic", "studies_finished", "tout rendu, délib le 10/12", M(
        "Julia Seguin <julia.seguin@example.fr>",
        "Pro'pulse ?",
        "09 22:14",
        """M2 médiation culturelle : tout rendu, délib le 10/12 • cherche asso culture • Toulouse

Julia""",
        app("Julia", "Seguin", phone=None, bac="*", grad=None, unknown=("studies_finished",), status="b_tele_delib_10_12"),
    )),
    # Feature: telegraphic — career_change — ex-secrétaire médicale (plusieurs années)
    # ambiguous: «plusieurs années» as a medical secretary before the BTS, their number unsaid: not_career_change stays open
    # length: short, 18 words in fragments, the former trade of unsaid length first → application; a trade of unsaid length before the BTS → to verify
    N("telegraphic", "career_change", "ex-secrétaire médicale (plusieurs années)", M(
        "Nadège Pinto <nadege.pinto@example.net>",
        "inscription programme",
        "10 08:03",
        """ex-secrétaire médicale (plusieurs années) ; BTS SP3S obtenu 06/2026 ; vise asso médico-sociale ; dispo

Nadège Pinto""",
        app("Nadège", "Pinto", phone=None, bac=2, grad="2026-06", unknown=("not_career_change",), status="b_tele_ex_secretaire_plusieurs"),
    )),
    # Feature: telegraphic — career_change — 9 ans compta en cabinet
    # length: short, 17 words in two clipped sentences, nine years of accountancy before the licence pro first → application; a trade of nine years before the diploma → fails not_career_change → not eligible
    N("telegraphic", "career_change", "9 ans compta en cabinet", M(
        "Farid Messaoudi <farid.messaoudi@example.fr>",
        "Candidature",
        "11 13:50",
        """9 ans compta en cabinet, puis licence pro ESS (juin 26). Cherche poste gestion en asso.

F. Messaoudi""",
        app("Farid", "Messaoudi", phone=None, bac=3, grad="2026-06", failing=("not_career_change",), status="b_tele_9_ans_compta"),
    )),
    # Feature: telegraphic — level — 1re année de licence éco (non validée)
    # length: short, 19 words in fragments, the bac and an unvalidated first year → application; bac only → fails degree_level → not eligible
    N("telegraphic", "level", "1re année de licence éco (non validée)", M(
        "Steeve Ursule <steeve.ursule@example.com>",
        "Pro'pulse",
        "12 16:38",
        """Bac ES 2022 + 1re année de licence éco (non validée). Cherche asso sport ou insertion, Nantes.

Steeve""",
        app("Steeve", "Ursule", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_tele_l1_non_validee"),
    )),
    # Feature: telegraphic — situation — stage en cours (asso Habitat et Humanisme) jusqu'au 31/01/27
    # length: short, 20 words in fragments separated by dashes, the running internship in the middle → application; internship until 31 January 2027 → fails not_internship → not eligible
    N("telegraphic", "situation", "stage en cours (asso Habitat et Humanisme) jusqu'au 31/01/27", M(
        "Clara Vandamme <clara.vandamme@example.org>",
        "candidature",
        "13 09:27",
        """BTS SP3S 2025 – stage en cours (asso Habitat et Humanisme) jusqu'au 31/01/27 – cherche poste en asso

Clara V.""",
        app("Clara", "Vandamme", phone=None, bac=2, grad="2025", failing=("not_internship",), status="b_tele_stage_hh_janvier"),
    )),
    # Feature: telegraphic — kind — Congé maternité jusqu'au 15/03/27
    # length: short, 17 words in fragments, a maternity-leave notice with a colleague's address, Auto-Submitted → auto_reply
    N("telegraphic", "kind", "Congé maternité jusqu'au 15/03/27", M(
        "Sophie Mallet <s.mallet@cress-exemple.example.org>",
        "Absence – Sophie Mallet",
        "18 10:00",
        """Congé maternité jusqu'au 15/03/27. Pour les partenariats : Yann Roux, y.roux@cress-exemple.example.org. Merci !""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: telegraphic — kind — Nouvelle adresse mail
    # length: short, 16 words in fragments, a change of address, nothing asked and no application → other
    N("telegraphic", "kind", "Nouvelle adresse mail", M(
        "Olivier Thibaud <olivier.thibaud@example.net>",
        "Changement d'adresse",
        "21 19:12",
        """Nouvelle adresse mail : o.thibaud@example.com — l'ancienne ferme le 30/11. Merci de mettre à jour vos listes.

Olivier""",
        other(),
    )),
    # Feature: short_with_attachment — graduation — obtenue en juin 2026 avec mention
    # length: short, 13 words pointing to the attached DOCX letter; the licence pro's date, the stage over and the ESS aim only in the letter → application (info in the CV); licence pro of June 2026 → eligible
    N("short_with_attachment", "graduation", "obtenue en juin 2026 avec mention", M(
        "Mathilde Peyrot <mathilde.peyrot@example.fr>",
        "Candidature Pro'pulse",
        "03 10:55",
        """Bonjour,

Vous trouverez ma candidature en pièce jointe.

Bonne journée,
Mathilde""",
        app("Mathilde", "Peyrot", phone="+33662413078", bac=3, grad="2026-06", info_in="cv", status="b_attach_lettre_docx_lp"),
        cv=CV("docx", "Lettre Pro'pulse - Mathilde Peyrot.docx", """Mathilde Peyrot – 06 62 41 30 78 – Clermont-Ferrand
Madame, Monsieur,
Titulaire d'une licence professionnelle Intervention sociale, accompagnement de publics spécifiques, obtenue en juin 2026 avec mention, je souhaite rejoindre votre programme.
Mon stage de fin d'études dans une association d'insertion par le logement s'est achevé en mai. Je recherche un poste de chargée d'accompagnement dans une association ou une structure d'insertion du Puy-de-Dôme.
Je vous prie d'agréer mes salutations distinguées."""),
    )),
    # Feature: short_with_attachment — level — diplômée d'un master Coopération internationale
    # length: short, 31 words that already decide (a master of October 2025, an association aim), the attached CV only repeats → application; master (bac+5) of October 2025 → eligible
    N("short_with_attachment", "level", "diplômée d'un master Coopération internationale", M(
        "Aïssatou Wade <aissatou.wade@example.com>",
        "Candidature – Aïssatou Wade",
        "06 14:02",
        """Bonjour,

Diplômée d'un master Coopération internationale en octobre 2025, je cherche un poste dans une association de solidarité internationale. Mon CV est en PJ.

Merci,
Aïssatou Wade""",
        app("Aïssatou", "Wade", phone="+33758204196", bac=5, grad="2025-10", status="b_attach_master_coop_cv"),
        cv=CV("pdf", "CV Aissatou Wade.pdf", """Aïssatou Wade
07 58 20 41 96 – Paris 20e
Master Coopération internationale et développement – Université Paris 1, octobre 2025
Licence de géographie – 2023
Stage de 6 mois – ONG d'accès à l'eau, Dakar (2025)
Objectif : chargée de projets dans une association de solidarité internationale"""),
    )),
    # Feature: short_with_attachment — aim — en association ou en grande distribution, selon les opportunités
    # ambiguous: an association or big retail «selon les opportunités», two searches on equal terms: job_seeking_ess stays open
    # length: short, 9 words pointing to the attached ODT CV whose projet line leaves the aim open → application (info in the CV); licence pro of 2025, aim open → to verify
    N("short_with_attachment", "aim", "en association ou en grande distribution, selon les opportunités", M(
        "Kevin Mounier <kevin.mounier@example.net>",
        "CV",
        "08 11:19",
        """Bonjour, ci-joint mon CV pour le programme.

Kevin""",
        app("Kevin", "Mounier", phone="+33641975203", bac=3, grad="2025-06", unknown=("job_seeking_ess",), info_in="cv", status="b_attach_odt_asso_ou_gd"),
        cv=CV("odt", "CV_Kevin_Mounier.odt", """Kevin Mounier
06 41 97 52 03 – Dijon
Licence professionnelle Logistique et gestion des flux, juin 2025 – IUT de Dijon
Stage de 14 semaines – Banque alimentaire de Côte-d'Or (terminé en mai 2025)
Préparateur de commandes en intérim, étés 2022 à 2024
Projet : un poste de gestionnaire des stocks, en association ou en grande distribution, selon les opportunités"""),
    )),
    # Feature: short_with_attachment — studies_finished — Master 1 Économie sociale et solidaire (en cours)
    # length: short, 10 words pointing to the attached PDF CV, whose first education line is a first-year master running → application (info in the CV); studies running → fails studies_finished → not eligible
    N("short_with_attachment", "studies_finished", "Master 1 Économie sociale et solidaire (en cours)", M(
        "Hugo Wernert <hugo.wernert@example.fr>",
        "Candidature",
        "10 17:44",
        """Bonjour,

Mon CV en pièce jointe. Cordialement,
Hugo Wernert""",
        app("Hugo", "Wernert", phone="+33670318254", bac=3, grad="2026-06", failing=("studies_finished",), info_in="cv", status="b_attach_pdf_m1_en_cours"),
        cv=CV("pdf", "CV_Hugo_Wernert_2026.pdf", """Hugo Wernert
06 70 31 82 54 – Strasbourg
Depuis septembre 2026 : Master 1 Économie sociale et solidaire (en cours) – Université de Strasbourg
Licence AES – juin 2026
Bénévole au Secours populaire depuis 2023
Recherche : un emploi en association, à temps plein"""),
    )),
    # Feature: short_with_attachment — situation — j'ai signé un service civique de huit mois, commencé le 16 novembre
    # length: short, 21 words, the body newer than the attached CV (which ends on an internship of April to September 2026): an eight-month civic service begun on 16 November → application; civic service running → fails not_service_civique → not eligible
    N("short_with_attachment", "situation", "j'ai signé un service civique de huit mois, commencé le 16 novembre", M(
        "Élodie Sanchez <elodie.sanchez@example.org>",
        "Candidature Pro'pulse – Élodie Sanchez",
        "12 09:33",
        """CV en PJ (un peu ancien : depuis, j'ai signé un service civique de huit mois, commencé le 16 novembre).

Élodie""",
        app("Élodie", "Sanchez", phone="+33623570841", bac=5, grad="2026-09", failing=("not_service_civique",), status="b_attach_corps_sc_signe_novembre"),
        cv=CV("pdf", "CV Elodie Sanchez.pdf", """Élodie Sanchez
06 23 57 08 41 – Grenoble
Master Sciences sociales, parcours ESS – Université Grenoble Alpes, septembre 2026
Stage – Coopérative d'activités et d'emploi, Grenoble, avril – septembre 2026
Recherche : chargée d'accompagnement en coopérative"""),
    )),
    # Feature: short_with_attachment — graduation — BTS Tourisme, 2022
    # length: short, 8 words pointing to the attached PDF CV, whose only diploma of bac+2 is a BTS of 2022 (a licence begun and left) → application (info in the CV); BTS of 2022 → fails graduation_recent → not eligible
    N("short_with_attachment", "graduation", "BTS Tourisme, 2022", M(
        "Laura Petitjean <laura.petitjean@example.com>",
        "Pro'pulse",
        "14 20:15",
        """Bonjour, voici mon CV. Bonne soirée.

Laura""",
        app("Laura", "Petitjean", phone="+33785246019", bac=2, grad="2022", failing=("graduation_recent",), info_in="cv", status="b_attach_bts_tourisme_2022"),
        cv=CV("pdf", "CV-LauraPetitjean.pdf", """Laura Petitjean
07 85 24 60 19 – Annecy
BTS Tourisme, 2022 – Lycée Les Carillons, Cran-Gevrier
Licence pro tourisme durable (commencée en 2022, arrêtée en décembre)
Animatrice de séjours – association de vacances adaptées, depuis 2023
Objectif : coordinatrice de séjours dans une association de tourisme social"""),
    )),
    # Feature: short_with_attachment — kind — Delivery to the following recipient failed permanently
    # length: short, 26 words, a mail server's short delivery report for our answer, the failed address in the text → bounce
    N("short_with_attachment", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery Subsystem <mailer-daemon@free.example.fr>",
        "Delivery Status Notification (Failure)",
        "16 03:47",
        """Delivery to the following recipient failed permanently:

     yohan.marechal@free.example.fr

Technical details of permanent failure: 550 5.1.1 user unknown. The original message is attached.""",
        bounce("yohan.marechal@free.example.fr"),
        bounce="Reporting-MTA: dns; smtp.free.fr\n\nFinal-Recipient: rfc822; yohan.marechal@free.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: short_with_attachment — kind — ci-joint la convention signée pour l'atelier du 12 janvier
    # length: short, 15 words with the signed agreement attached (a PDF), a partner's administrative mail → other
    N("short_with_attachment", "kind", "ci-joint la convention signée pour l'atelier du 12 janvier", M(
        "Marion Vasseur <marion.vasseur@recyclerie-exemple.example.org>",
        "Convention atelier",
        "20 15:26",
        """Bonjour, ci-joint la convention signée pour l'atelier du 12 janvier. Bonne réception,

Marion""",
        other(),
        cv=CV("pdf", "Convention_atelier_12-01-2027_signee.pdf", """Convention de partenariat
Entre la Recyclerie du Val et l'association Animafac
Objet : accueil d'un atelier collectif Pro'pulse le 12 janvier 2027 dans les locaux de la Recyclerie
Signé à Villeurbanne le 19 novembre 2026"""),
    )),
    # Feature: long_then_postscript — situation — je suis en service civique depuis le 2 novembre, jusqu'en juin 2027
    # length: long, about 420 words, a licence pro, a move, a search in associations, the body silent on any mission; the P.S. at the end adds a civic service running until June 2027 → application; civic service running → fails not_service_civique → not eligible
    N("long_then_postscript", "situation", "je suis en service civique depuis le 2 novembre, jusqu'en juin 2027", M(
        "Camille Roche <camille.roche@example.fr>",
        "Ma candidature à Pro'pulse",
        "04 19:08",
        """Bonjour,

Je m'appelle Camille Roche, j'ai vingt-trois ans et je vis à Angers depuis la rentrée. Je vous écris pour vous présenter ma candidature au programme Pro'pulse, dont m'a parlé une conseillère du bureau d'information jeunesse.

J'ai obtenu en juin 2026 une licence professionnelle Animation sociale et socioculturelle à l'université de Tours. J'ai choisi cette formation après deux années d'hésitation en licence de psychologie, où je me sentais perdue dans les amphis et où la théorie prenait toute la place. En licence pro, j'ai enfin trouvé un équilibre : des cours concrets, des intervenants du terrain, et un stage de quatre mois dans un centre social de Joué-lès-Tours, où j'ai coordonné un projet de jardin partagé avec des habitants d'une résidence HLM.

Ce stage m'a confirmé ce que je pressentais : je veux travailler dans l'éducation populaire, au contact des habitants, et participer à des projets qui se construisent avec eux plutôt que pour eux. J'aime les réunions qui débordent, les idées qui viennent des gens eux-mêmes, et le moment où un groupe se rend compte qu'il peut décider de quelque chose ensemble.

J'ai déménagé à Angers pour suivre mon compagnon, qui a trouvé un emploi ici, et je découvre la ville et son tissu associatif, qui m'a l'air très riche. J'ai déjà rencontré deux fédérations d'éducation populaire et une maison de quartier, mais je ne sais pas toujours comment me présenter, ni comment transformer une conversation sympathique en véritable piste d'emploi.

C'est pour cela que votre programme m'intéresse : j'ai besoin d'apprendre à parler de mon parcours avec assurance, à construire un réseau dans une ville où je ne connais presque personne, et à cibler les structures qui recrutent vraiment. Je cherche un poste d'animatrice ou de coordinatrice de projets dans un centre social, une maison de quartier ou une association d'éducation populaire, en Maine-et-Loire.

Je suis disponible pour un entretien en présentiel à Angers ou en visioconférence, à votre convenance. Je peux aussi me déplacer à Nantes ou à Tours si nécessaire, les trains sont assez pratiques.

Merci beaucoup pour votre attention et pour le travail que vous faites auprès des jeunes diplômés. J'ai lu plusieurs témoignages d'anciens participants sur votre site, et ils m'ont donné envie d'essayer.

Bien cordialement,

Camille Roche
06 57 32 19 84

P.S. Je réalise que je ne l'ai pas mentionné plus haut : je suis en service civique depuis le 2 novembre, jusqu'en juin 2027, dans une association de lutte contre l'isolement des personnes âgées, à raison de vingt-quatre heures par semaine.""",
        app("Camille", "Roche", phone="+33657321984", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_ps_sc_depuis_novembre"),
    )),
    # Feature: long_then_postscript — graduation — ma licence, je l'ai eue en février 2025
    # length: long, about 400 words, the body dating the licence to 2023; the «Précision :» at the end corrects it to February 2025 (2023 is the BTS) → application; licence of February 2025 → eligible
    N("long_then_postscript", "graduation", "ma licence, je l'ai eue en février 2025", M(
        "Inès Morel-Diallo <ines.moreldiallo@example.com>",
        "Candidature – Inès Morel-Diallo",
        "07 10:37",
        """Bonjour à toute l'équipe,

Je me permets de vous écrire pour rejoindre le programme Pro'pulse. Une amie qui l'a suivi l'an dernier en parle comme d'un tournant, et j'ai l'impression d'avoir besoin moi aussi d'un tournant.

Pour résumer mon parcours, j'ai obtenu ma licence de sciences sanitaires et sociales en 2023, à l'université de Lille, après un bac ST2S à Roubaix. J'ai toujours voulu travailler dans le champ de la santé publique, mais pas à l'hôpital : ce qui m'intéresse, c'est la prévention, l'éducation à la santé, l'accès aux soins des personnes qui en sont éloignées. Pendant mes études, j'ai été bénévole dans une association de réduction des risques en milieu festif, et j'ai passé des nuits entières sur des stands d'information dans des festivals de la région.

Depuis la fin de mes études, j'ai enchaîné les contrats courts : animatrice de prévention pour une mutuelle étudiante pendant la rentrée universitaire, vacataire dans un centre de dépistage, remplacements dans une association d'accompagnement des personnes vivant avec le VIH. J'ai appris énormément, mais je n'arrive pas à décrocher un poste stable. On me dit souvent que mon profil est intéressant mais « pas assez spécialisé », et je ne sais pas trop quoi en faire.

Ce que je cherche, c'est un poste de chargée de prévention ou de coordinatrice de projets en santé dans une association, une mutuelle ou un centre de santé associatif, dans les Hauts-de-France ou en Belgique, puisque je parle aussi néerlandais grâce à ma grand-mère.

J'aimerais que votre accompagnement m'aide à clarifier mon projet, à mieux cibler mes candidatures et à préparer les entretiens, qui me paralysent un peu. J'ai aussi besoin de conseils pour rédiger une lettre de motivation qui ne ressemble pas à toutes les autres.

Je précise que je ne suis ni en stage ni en service civique : mon dernier remplacement s'est terminé à la fin du mois d'octobre, et je consacre désormais mes journées à la recherche d'emploi, entre les candidatures, quelques cafés avec d'anciens collègues et les forums de recrutement que j'essaie de ne pas manquer.

Je suis disponible pour un premier rendez-vous à partir du 30 novembre, en visio ou en présentiel à Lille, où j'habite.

Merci d'avance pour votre réponse, et bonne journée à vous,

Inès Morel-Diallo
06 81 43 97 25

Précision : en me relisant, je vois que je me suis trompée plus haut. Ma licence, je l'ai eue en février 2025, après un semestre de rattrapage ; 2023, c'est l'année de mon BTS, avant que je fasse la licence. Désolée pour la confusion !""",
        app("Inès", "Morel-Diallo", phone="+33681439725", bac=3, grad="2025-02", status="b_ps_precision_licence_fevrier_2025"),
    )),
    # Feature: long_then_postscript — studies_finished — mon rapport d'alternance doit encore être soutenu le 8 décembre
    # length: long, about 410 words, a BUT said «terminé» in the body, a search in associations; the «Ah et» at the end adds the defence of his work-study report on 8 December → application; a defence still to come → fails studies_finished → not eligible
    N("long_then_postscript", "studies_finished", "mon rapport d'alternance doit encore être soutenu le 8 décembre", M(
        "Baptiste Ollivier <baptiste.ollivier@example.org>",
        "Inscription Pro'pulse",
        "09 16:55",
        """Bonjour,

Je vous écris pour m'inscrire à votre programme d'accompagnement vers l'emploi. J'ai terminé mon BUT Gestion des entreprises et des administrations, parcours gestion et pilotage des ressources humaines, à l'IUT de Saint-Brieuc, et je cherche maintenant un premier poste.

Pendant mes trois années de BUT, j'ai fait mon alternance dans le service ressources humaines d'une association d'aide à domicile qui emploie près de trois cents salariés dans les Côtes-d'Armor. J'y ai découvert les particularités de la gestion du personnel dans une structure associative : les conventions collectives de la branche, les plannings éclatés des aides à domicile, les difficultés de recrutement, les formations à organiser pour des salariées qui sont toute la journée sur les routes. C'était parfois épuisant, mais j'ai trouvé ça passionnant.

À la fin de mon alternance, l'association n'avait pas de poste à me proposer, faute de budget. Ma tutrice m'a encouragé à chercher dans d'autres structures du même type et m'a écrit une très belle lettre de recommandation. Elle m'a aussi parlé de votre programme, qu'elle connaît parce qu'une de ses anciennes stagiaires l'a suivi.

Je cherche un poste d'assistant ressources humaines ou de chargé de recrutement dans une association du secteur médico-social, une mutuelle ou une entreprise de l'économie sociale et solidaire, en Bretagne. Je suis mobile dans toute la région, j'ai le permis et une voiture, ce qui est presque indispensable ici.

J'ai conscience que les postes en ressources humaines sont souvent confiés à des personnes plus expérimentées, et que je devrai sans doute commencer par un poste d'assistant ou un contrat à durée déterminée. Je suis prêt à ça. Ce que j'aimerais, c'est qu'on m'aide à valoriser mes trois ans d'alternance, que j'ai parfois du mal à présenter comme une véritable expérience professionnelle.

En dehors du travail, je suis trésorier d'un petit club de handball de ma commune depuis deux ans, ce qui m'a appris à tenir des comptes, à préparer une assemblée générale et à convaincre des bénévoles de venir tenir la buvette un dimanche de pluie.

Je me tiens à votre disposition pour un entretien, de préférence en visio car Saint-Brieuc est un peu loin de tout.

Merci pour votre temps,

Baptiste Ollivier
07 24 86 13 59

Ah et, j'ai oublié de le dire : mon rapport d'alternance doit encore être soutenu le 8 décembre, la soutenance a été repoussée à cause d'un jury incomplet en juin. Rien d'insurmontable, mais le diplôme n'est pas encore officiellement validé.""",
        app("Baptiste", "Ollivier", phone="+33724861359", bac="*", grad=None, failing=("studies_finished",), status="b_ps_rapport_alternance_8_decembre"),
    )),
    # Feature: long_then_postscript — career_change — réceptionniste de nuit dans un hôtel avant de reprendre mes études
    # ambiguous: night receptionist in a hotel before the licence, «jamais vraiment compté combien de temps»: its length unsaid: not_career_change stays open
    # length: long, about 390 words, a licence of 2026 and an ESS search in the body; the «PPS» at the end adds a time in hotels before the licence, its length unsaid → application; a trade of unsaid length before the diploma → to verify
    N("long_then_postscript", "career_change", "réceptionniste de nuit dans un hôtel avant de reprendre mes études", M(
        "Adrien Van Damme <adrien.vandamme@example.net>",
        "Candidature au programme",
        "11 21:30",
        """Bonjour,

Je souhaite rejoindre votre programme pour être accompagné dans ma recherche d'un premier emploi dans l'économie sociale et solidaire. J'ai obtenu en juillet 2026 une licence Économie sociale et solidaire à l'université de Valenciennes, et je cherche un poste de chargé de développement ou d'animateur de réseau dans une coopérative, une association ou une structure d'accompagnement à la création d'activité.

Ma licence m'a beaucoup appris sur l'histoire du mouvement coopératif, les statuts des différentes structures, le financement solidaire et l'évaluation de l'utilité sociale. J'ai fait mon stage dans une couveuse d'entreprises associative à Lille, où j'ai accompagné une dizaine de porteurs de projet, surtout des femmes qui créaient leur activité de services à domicile ou de couture. J'ai aimé les aider à structurer leurs idées, à construire un prévisionnel, à préparer leur passage devant le comité d'engagement.

Je suis quelqu'un d'organisé, qui aime les tableaux et les plannings, mais aussi les rencontres et les discussions qui partent dans tous les sens. Je crois que c'est une bonne combinaison pour les métiers de l'accompagnement, où il faut à la fois écouter et cadrer.

Je vis à Valenciennes, mais je suis prêt à déménager pour un poste intéressant, dans le Nord ou en Belgique. Je ne suis pas en stage, ni en service civique, et je suis inscrit à France Travail depuis le mois d'août.

En dehors de mes études, je suis bénévole dans un repair café de mon quartier, où je m'occupe surtout de l'accueil et de l'organisation des permanences du samedi matin. C'est là que j'ai découvert que j'aimais mettre les gens en relation : celui qui sait réparer un grille-pain avec celle qui a besoin du sien.

Ce qui me manque, je pense, c'est un réseau. Je ne connais presque personne dans le secteur en dehors de ma maîtresse de stage, et les offres d'emploi auxquelles je réponds reçoivent des dizaines de candidatures. J'ai l'impression de jouer à la loterie. Votre programme pourrait m'aider à rencontrer des professionnels et à comprendre comment les recrutements se passent vraiment.

Merci d'avance pour votre réponse,

Adrien Van Damme
06 38 72 40 16

PS : je peux venir à Paris pour les ateliers, j'ai une carte de réduction pour le train.
PPS : pour être tout à fait transparent, j'ai été réceptionniste de nuit dans un hôtel avant de reprendre mes études, je n'ai jamais vraiment compté combien de temps. Je ne sais pas si c'est important pour vous.""",
        app("Adrien", "Van Damme", phone="+33638724016", bac=3, grad="2026-07", unknown=("not_career_change",), status="b_ps_pps_reception_nuit_duree"),
    )),
    # Feature: long_then_postscript — aim — j'ai tranché : ce sera l'ESS, et uniquement l'ESS
    # length: long, about 400 words, a body torn between consulting and associations; the «Edit :» at the end settles the search on the ESS alone → application; master of June 2026, the newest word an ESS aim → eligible
    N("long_then_postscript", "aim", "j'ai tranché : ce sera l'ESS, et uniquement l'ESS", M(
        "Margaux Thiery <margaux.thiery@example.fr>",
        "Candidature Pro'pulse (et une hésitation)",
        "13 08:49",
        """Bonjour,

Je vous écris pour candidater à votre programme, tout en vous avouant d'emblée une hésitation qui me travaille depuis plusieurs semaines.

J'ai obtenu en juin 2026 un master Management des organisations à l'IAE de Poitiers. Ma formation était assez généraliste : gestion de projet, contrôle de gestion, ressources humaines, stratégie. J'ai fait mon stage de fin d'études dans un cabinet de conseil en organisation, à Bordeaux, où j'ai travaillé pour des clients très variés : une chaîne de magasins, une collectivité territoriale, et une fédération d'associations familiales. C'est cette dernière mission qui m'a le plus marquée. J'ai découvert un monde où les décisions se prennent en conseil d'administration avec des bénévoles, où le budget est serré mais où chacun sait pourquoi il travaille.

Depuis la fin de mon stage, j'hésite. Le cabinet m'a proposé de revenir en CDI, avec un salaire confortable et des perspectives d'évolution. En parallèle, je vois passer des offres de chargée de mission dans des fédérations associatives, des mutuelles ou des coopératives, moins bien payées mais qui me parlent davantage. Mes parents me poussent vers le cabinet, mes amis vers l'associatif, et moi je tourne en rond.

Je me dis que votre programme pourrait m'aider à y voir plus clair : à rencontrer des professionnels de l'économie sociale et solidaire, à comprendre les métiers, les salaires, les évolutions possibles, et à savoir si mon profil de gestionnaire y a vraiment sa place. Je ne voudrais pas m'engager dans une voie par idéalisme et le regretter dans deux ans, ni renoncer à ce qui m'attire par prudence.

Je précise que je ne suis plus en stage depuis la fin du mois d'août, et que je n'ai pas d'autre engagement en cours, en dehors de quelques heures de bénévolat dans une association d'aide aux devoirs du quartier de Beaulieu, le mercredi après-midi.

Je suis disponible pour un entretien à partir de la semaine prochaine, à Poitiers ou en visioconférence. Je vous remercie d'avance pour votre lecture et pour votre patience face à une candidate qui ne sait pas encore tout à fait ce qu'elle veut.

Bien à vous,

Margaux Thiery
07 36 51 28 94

Edit : je rouvre ce message avant de l'envoyer, deux jours après l'avoir écrit. Entre-temps, j'ai refusé la proposition du cabinet. J'ai tranché : ce sera l'ESS, et uniquement l'ESS. Je cherche donc un poste de chargée de mission dans une fédération, une mutuelle ou une coopérative.""",
        app("Margaux", "Thiery", phone="+33736512894", bac=5, grad="2026-06", status="b_ps_edit_tranche_ess"),
    )),
    # Feature: long_then_postscript — kind — nos bureaux seront fermés du 21 décembre au 4 janvier
    # length: long, about 380 words, a federation's long automatic notice about its year-end closure, its contacts and programmes, with a P.S. about its new address, Auto-Submitted → auto_reply
    N("long_then_postscript", "kind", "nos bureaux seront fermés du 21 décembre au 4 janvier", M(
        "Fédération des centres sociaux – Accueil <accueil@fcs-exemple.example.org>",
        "Réponse automatique : Fédération des centres sociaux – fermeture de fin d'année",
        "22 08:00",
        """Bonjour,

Merci pour votre message, qui a bien été reçu par notre équipe. Ceci est une réponse automatique : nous vous répondrons dans les meilleurs délais, sous dix jours ouvrés en temps normal.

Nous vous informons dès à présent que nos bureaux seront fermés du 21 décembre au 4 janvier inclus, pour permettre à l'ensemble des salariés de prendre leurs congés de fin d'année. Les messages reçus pendant cette période seront traités à partir du 5 janvier, par ordre d'arrivée. Nous vous remercions de votre compréhension.

En attendant notre réponse, vous trouverez peut-être l'information que vous cherchez sur notre site internet, qui a été entièrement refondu cet automne. Vous y trouverez notamment :

- l'annuaire des centres sociaux adhérents de la région, avec leurs coordonnées et leurs horaires d'ouverture ;
- nos offres d'emploi et de stage, mises à jour chaque semaine, ainsi que les offres de nos adhérents ;
- le programme de nos formations pour le premier semestre, à destination des salariés, des bénévoles et des administrateurs des centres sociaux ;
- les ressources de notre dernière journée régionale, consacrée à la participation des habitants, avec les vidéos des tables rondes et les comptes rendus des ateliers.

Pour les demandes urgentes, vous pouvez contacter :

- pour les questions relatives aux formations : le pôle formation, joignable le mardi et le jeudi de 9 heures à 12 heures ;
- pour les questions relatives à l'emploi et aux ressources humaines de nos adhérents : la chargée de mission emploi, par courriel uniquement ;
- pour les demandes de la presse : notre responsable de la communication, par téléphone.

Si votre message concerne une candidature à un poste ouvert dans notre fédération, merci de vérifier que vous avez bien joint un curriculum vitae et une lettre de motivation, et que l'intitulé du poste figure dans l'objet de votre courriel. Les candidatures incomplètes ne pourront pas être étudiées.

Si votre message concerne un partenariat, un projet commun ou une demande d'intervention, merci de préciser les dates envisagées et le public concerné, afin que nous puissions orienter votre demande vers la bonne personne.

Nous vous souhaitons d'excellentes fêtes de fin d'année.

L'équipe de la Fédération des centres sociaux

P.S. Attention, notre adresse postale change au 1er janvier : nous déménageons au 8 rue des Tisserands, dans des locaux partagés avec deux autres réseaux associatifs. Merci de mettre à jour vos fichiers.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: long_then_postscript — kind — le programme est-il ouvert aux personnes réfugiées
    # length: long, about 390 words, a volunteer of a refugee-support association asking many questions about who the programme admits and how, no candidate named and no fact of her own as a candidate, with a P.S. asking for flyers → question
    N("long_then_postscript", "kind", "le programme est-il ouvert aux personnes réfugiées", M(
        "Geneviève Mauduit <genevieve.mauduit@example.fr>",
        "Question sur l'accès au programme pour des personnes réfugiées",
        "24 14:12",
        """Bonjour,

Je suis bénévole depuis plusieurs années dans une association d'accueil et d'accompagnement des personnes exilées, dans l'agglomération de Caen. Nous organisons des cours de français, une aide aux démarches administratives et, depuis peu, un petit groupe d'entraide pour la recherche d'emploi. C'est dans ce cadre que j'ai découvert votre programme, et que plusieurs questions me sont venues.

La première est simple : le programme est-il ouvert aux personnes réfugiées, ou aux personnes bénéficiaires de la protection subsidiaire, qui ont obtenu un diplôme dans leur pays d'origine ? Beaucoup des personnes que nous accompagnons sont très diplômées, ingénieures, juristes, enseignantes, mais leurs diplômes ne sont pas reconnus en France, ou seulement après une procédure longue et coûteuse auprès du centre ENIC-NARIC.

Dans le même ordre d'idées, est-ce qu'une attestation de comparabilité suffit pour justifier du niveau de diplôme, ou faut-il un diplôme français ? Et que se passe-t-il pour les personnes dont le diplôme a été obtenu il y a plus de deux ans, parce que le parcours d'exil a duré longtemps ?

Deuxième série de questions : le niveau de français. Faut-il un niveau minimal pour suivre les ateliers ? Certaines personnes ont un excellent niveau à l'écrit mais sont moins à l'aise à l'oral, et inversement. Existe-t-il des ateliers adaptés, ou une possibilité d'être accompagné par un interprète bénévole ?

Troisième série : l'organisation. Les personnes que nous accompagnons vivent souvent en hébergement d'urgence ou en centre d'accueil, avec des contraintes horaires fortes, et n'ont pas toujours accès à un ordinateur. Est-il possible de suivre le programme avec un simple téléphone ? Les frais de transport vers Paris sont-ils pris en charge ?

Enfin, pourriez-vous me dire comment nous pourrions orienter des personnes vers vous : faut-il qu'elles écrivent elles-mêmes, ou une association peut-elle présenter une candidature pour leur compte ?

Je précise que notre association est entièrement bénévole et que nous n'avons pas de salarié, ce qui explique que nous n'ayons pas toujours les bons réflexes ni les bons contacts. Nous travaillons en lien avec la mission locale et avec le service d'insertion du département, mais les jeunes diplômés exilés tombent souvent entre les dispositifs.

Je vous remercie par avance de vos réponses, qui nous aideront beaucoup à orienter les personnes que nous accompagnons sans leur donner de faux espoirs.

Bien cordialement,

Geneviève Mauduit

P.S. Si vous disposez de plaquettes de présentation du programme, en version papier ou numérique, nous serions ravis de pouvoir les afficher dans nos locaux et les distribuer lors de nos permanences.""",
        question(),
    )),
]
