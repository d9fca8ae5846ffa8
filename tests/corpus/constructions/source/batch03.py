"""Batch 3: infinitive clauses and gerunds — the deciding fact in «après avoir soutenu…», «avant de
commencer…»,
«je viens de commencer…», or in «en terminant…», «tout en finissant…». Each message written by hand; the
comment names its construction, the fact it carries and its words."""

from constructions import C
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Construction: infinitive — studies_finished — Après avoir soutenu mon mémoire
    C("infinitive", "studies_finished", "Après avoir soutenu mon mémoire", M(
        "Pauline Bertin <pauline.bertin@example.org>", "Candidature", "20 09:15",
        """Bonjour,

Après avoir soutenu mon mémoire fin septembre 2026, j'ai obtenu mon M2 Développement social. Je cherche un
poste de chargée de projet dans une association de l'ESS.

Pauline Bertin""",
        app("Pauline", "Bertin", phone=None, bac=5, grad="2026-09", status="apres_avoir_soutenu"),
    )),
    # Construction: infinitive — situation — avant de commencer mon stage
    C("infinitive", "situation", "avant de commencer mon stage", M(
        "Raphaël Dumont <raphael.dumont@example.net>", "Pro'pulse", "20 11:30",
        """Bonjour,

Avant de commencer mon stage de fin de licence, en 2025, je ne savais pas ce qu'était une SCOP.
Aujourd'hui, licence pro obtenue en juin 2026, je veux y travailler : un emploi dans une coopérative ou
une association.

Raphaël Dumont""",
        app("Raphaël", "Dumont", phone=None, bac=3, grad="2026-06", status="avant_stage_2025_fini"),
    )),
    # Construction: infinitive — situation — Je viens de commencer un stage
    C("infinitive", "situation", "Je viens de commencer un stage", M(
        "Océane Legrand <oceane.legrand@example.com>", "Candidature", "20 14:10",
        """Bonjour,

Je viens de commencer un stage de six mois dans une fondation, après mon master obtenu en juillet 2026. Je
voudrais préparer la suite : un emploi dans une association.

Océane Legrand""",
        app("Océane", "Legrand", phone=None, bac=5, grad="2026-07", failing=["not_internship"],
            status="vient_de_commencer_stage"),
    )),
    # Construction: infinitive — career_change — Après avoir travaillé quinze ans comme boulanger
    C("infinitive", "career_change", "Après avoir travaillé quinze ans comme boulanger", M(
        "Didier Lacombe <didier.lacombe@example.fr>", "Candidature", "20 16:40",
        """Bonjour,

Après avoir travaillé quinze ans comme boulanger en CDI, j'ai passé un BTS Économie sociale familiale,
obtenu en juillet 2026. Je cherche un poste dans une épicerie solidaire ou un centre social.

Didier Lacombe""",
        app("Didier", "Lacombe", phone=None, bac=2, grad="2026-07", failing=["not_career_change"],
            status="apres_quinze_ans_boulanger"),
    )),
    # Construction: infinitive — studies_finished — pour la terminer
    C("infinitive", "studies_finished", "pour la terminer", M(
        "Célia Marin <celia.marin@example.org>", "candidature", "21 08:45",
        """Bonjour,
BTS obtenu en juin 2025, puis une licence pro en cours : pour la terminer, il me reste un mémoire à rendre
en janvier et des cours jusque-là. Je cherche déjà un emploi en asso.
Célia Marin""",
        app("Célia", "Marin", phone=None, bac=2, grad="2025-06", failing=["studies_finished"],
            status="memoire_a_rendre_janvier"),
    )),
    # Construction: infinitive — aim — sans avoir encore d'idée du secteur
    C("infinitive", "aim", "sans avoir encore d'idée du secteur", M(
        "Romane Texier <romane.texier@example.net>", "Inscription Pro'pulse", "21 10:20",
        """Bonjour,

Licence d'anglais validée en juillet 2025. Je cherche à travailler, sans avoir encore d'idée du secteur :
tout m'intéresse.

Romane Texier""",
        app("Romane", "Texier", phone=None, bac=3, grad="2025-07", unknown=["job_seeking_ess"],
            status="sans_idee_secteur"),
    )),
    # Construction: infinitive — aim — rejoindre une coopérative d'habitants
    C("infinitive", "aim", "rejoindre une coopérative d'habitants", M(
        "Étienne Faure <etienne.faure@example.com>", "Candidature Étienne Faure", "21 13:00",
        """Bonjour,

Master d'urbanisme obtenu en octobre 2025. Je souhaite rejoindre une coopérative d'habitants pour y
animer la vie collective, ou une association du logement d'abord.

Étienne Faure
07 12 34 90 56""",
        app("Étienne", "Faure", phone="+33712349056", bac=5, grad="2025-10",
            status="rejoindre_coop_habitants"),
    )),
    # Construction: infinitive — graduation — Après avoir obtenu ma licence en 2022
    C("infinitive", "graduation", "Après avoir obtenu ma licence en 2022", M(
        "Lou Marchand <lou.marchand@example.org>", "Candidature", "21 15:25",
        """Bonjour,

Après avoir obtenu ma licence en 2022, j'ai voyagé deux ans puis fait des saisons. Je cherche maintenant
un emploi dans une association de tourisme solidaire.

Lou Marchand""",
        app("Lou", "Marchand", phone=None, bac=3, grad="2022", failing=["graduation_recent"],
            status="apres_licence_2022"),
    )),
    # Construction: infinitive — aim — intégrer la grande distribution
    C("infinitive", "aim", "intégrer la grande distribution", M(
        "Kylian Benoît <kylian.benoit@example.net>", "Candidature", "21 17:50",
        """Bonjour,

BTS Management commercial opérationnel obtenu en juin 2026. Mon objectif est d'intégrer la grande
distribution comme manager de rayon.

Kylian Benoît""",
        app("Kylian", "Benoît", phone=None, bac=2, grad="2026-06", failing=["job_seeking_ess"],
            status="integrer_grande_distribution"),
    )),
    # Construction: infinitive — situation — je continue à faire mon volontariat
    C("infinitive", "situation", "je continue à faire mon volontariat", M(
        "Alice Cordier <alice.cordier@example.fr>", "Candidature", "22 09:00",
        """Bonjour,

Licence de sciences politiques (juin 2025). Jusqu'en juin je continue à faire mon volontariat au sein
d'une association d'éducation populaire, puis je voudrais y être salariée ou ailleurs dans l'ESS.

Alice Cordier""",
        app("Alice", "Cordier", phone=None, bac=3, grad="2025-06", unknown=["not_service_civique"],
            status="continue_volontariat"),
    )),
    # Construction: infinitive — situation — je viens de terminer mon stage de fin d'études
    C("infinitive", "situation", "je viens de terminer mon stage de fin d'études", M(
        "Mehdi Saïdi <mehdi.saidi@example.org>", "Pro'pulse candidature", "22 11:15",
        """Bonjour,

Je viens de terminer mon stage de fin d'études (fin octobre), et mon master a été validé en octobre 2026.
Je cherche un CDI ou un CDD dans une mutuelle ou une association.

Mehdi Saïdi""",
        app("Mehdi", "Saïdi", phone=None, bac=5, grad="2026-10", status="vient_de_terminer_stage"),
    )),
    # Construction: infinitive — aim — afin de trouver un emploi dans l'ESS
    C("infinitive", "aim", "afin de trouver un emploi dans l'ESS", M(
        "Corinne Vidal <c.vidal@cidj.example.fr>", "Orientation d'un jeune", "22 14:05",
        """Bonjour,

Je vous oriente Bilal Amara (bilal.amara@example.com, 06 58 21 33 40), licence de gestion obtenue en juin
2025, afin de trouver un emploi dans l'ESS ; il n'a ni stage ni service civique en cours.

Corinne Vidal, conseillère""",
        app("Bilal", "Amara", phone="+33658213340", bac=3, grad="2025-06", email="bilal.amara@example.com",
            forwarded_by="c.vidal@cidj.example.fr", status="orientation_conseillere"),
    )),
    # Construction: infinitive — kind — Faut-il avoir fini ses études
    C("infinitive", "kind", "Faut-il avoir fini ses études", M(
        "Lison Maury <lison.maury@example.com>", "Petite question", "22 16:30",
        """Bonjour,
Faut-il avoir fini ses études pour s'inscrire, ou peut-on le faire pendant la dernière année ?
Merci d'avance""",
        question(),
    )),
    # Construction: infinitive — kind — Merci de renvoyer votre message
    C("infinitive", "kind", "Merci de renvoyer votre message", M(
        "Accueil Maison des associations <accueil@mda.example.org>", "Réponse automatique", "23 07:30",
        """Cette adresse n'est plus consultée. Merci de renvoyer votre message à contact@mda.example.org.""",
        auto_reply(),
    )),
    # Construction: infinitive — kind — Pour vous inscrire à nos ateliers
    C("infinitive", "kind", "Pour vous inscrire à nos ateliers", M(
        "Réseau Coopérer <lettre@cooperer.example.net>", "La lettre de décembre", "23 07:00",
        """Pour vous inscrire à nos ateliers de décembre (statuts de SCOP, gouvernance partagée), suivez
le lien.
Se désabonner de cette lettre.""",
        newsletter(),
    )),
    # Construction: gerund — graduation — En terminant ma licence pro Animation sociale
    C("gerund", "graduation", "En terminant ma licence pro Animation sociale", M(
        "Juliette Perret <juliette.perret@example.org>", "Candidature", "23 09:10",
        """Bonjour,

En terminant ma licence pro Animation sociale en juin 2026, j'ai compris que je voulais travailler dans
une association de quartier. Je suis disponible.

Juliette Perret""",
        app("Juliette", "Perret", phone=None, bac=3, grad="2026-06", status="en_terminant_licence_pro"),
    )),
    # Construction: gerund — situation — tout en finissant mon stage
    C("gerund", "situation", "tout en finissant mon stage", M(
        "Maxime Royer <maxime.royer@example.net>", "Candidature", "23 11:45",
        """Bonjour,

Je cherche, tout en finissant mon stage à la mairie (jusqu'à fin janvier), un emploi dans une
coopérative d'énergie. Master obtenu en septembre 2026.

Maxime Royer""",
        app("Maxime", "Royer", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="tout_en_finissant_stage"),
    )),
    # Construction: gerund — studies_finished — en préparant mon master 2
    C("gerund", "studies_finished", "en préparant mon master 2", M(
        "Eva Schmitt <eva.schmitt@example.com>", "Candidature", "23 14:20",
        """Bonjour,

Licence d'économie en 2025. Je travaille en préparant mon master 2 (cours jusqu'en juin) et je cherche un
mi-temps dans une association de finance solidaire.

Eva Schmitt""",
        app("Eva", "Schmitt", phone=None, bac=3, grad="2025", failing=["studies_finished"],
            status="en_preparant_m2"),
    )),
    # Construction: gerund — career_change — En quittant mon poste de commercial
    C("gerund", "career_change", "En quittant mon poste de commercial", M(
        "Olivier Besson <olivier.besson@example.fr>", "Candidature Pro'pulse", "23 16:50",
        """Bonjour,

En quittant mon poste de commercial après onze ans en CDI, j'ai repris un master Économie sociale et
solidaire, obtenu en juin 2026. Je cherche un emploi dans une SCIC.

Olivier Besson""",
        app("Olivier", "Besson", phone=None, bac=5, grad="2026-06", failing=["not_career_change"],
            status="quittant_commercial_onze_ans"),
    )),
    # Construction: gerund — situation — En sortant de mon service civique en juin
    C("gerund", "situation", "En sortant de mon service civique en juin", M(
        "Inaya Diallo <inaya.diallo@example.org>", "Candidature", "24 09:05",
        """Bonjour,

En sortant de mon service civique en juin, j'ai commencé à postuler dans les associations d'aide aux
devoirs. J'ai un DUT Carrières sociales de juillet 2025.

Inaya Diallo""",
        app("Inaya", "Diallo", phone=None, bac=2, grad="2025-07", status="en_sortant_sc_juin"),
    )),
    # Construction: gerund — career_change — tout en gardant mon CDI de vendeuse
    C("gerund", "career_change", "tout en gardant mon CDI de vendeuse", M(
        "Manon Giraud <manon.giraud@example.net>", "Candidature", "24 11:20",
        """Bonjour,

J'ai obtenu ma licence de sociologie en juin 2026 tout en gardant mon CDI de vendeuse, que j'ai toujours.
J'aimerais passer à un poste dans une association de lutte contre l'isolement.

Manon Giraud""",
        app("Manon", "Giraud", phone=None, bac=3, grad="2026-06", unknown=["not_career_change"],
            status="tout_en_gardant_cdi"),
    )),
    # Construction: gerund — graduation — En obtenant mon DUT en 2023
    C("gerund", "graduation", "En obtenant mon DUT en 2023", M(
        "Quentin Royer <quentin.royer@example.com>", "candidature", "24 13:40",
        """Bonjour,
En obtenant mon DUT en 2023 je pensais trouver vite, mais non. Je cherche dans l'ESS, asso ou coop.
Quentin""",
        app("Quentin", "Royer", phone=None, bac=2, grad="2023", failing=["graduation_recent"],
            status="en_obtenant_dut_2023"),
    )),
    # Construction: gerund — level — En obtenant mon diplôme d'État
    C("gerund", "level", "En obtenant mon diplôme d'État", M(
        "Sarah Lemaire <sarah.lemaire@example.fr>", "Candidature", "24 15:55",
        """Bonjour,

En obtenant mon diplôme d'État à l'été 2025, je me suis promis de travailler dans le secteur associatif.
Je cherche un poste dans une association d'accompagnement des personnes âgées.

Sarah Lemaire""",
        app("Sarah", "Lemaire", phone=None, bac=None, grad="2025", unknown=["degree_level"],
            status="diplome_etat_niveau_inconnu"),
    )),
    # Construction: gerund — graduation — en sortant de mon M2 en juillet 2026
    C("gerund", "graduation", "en sortant de mon M2 en juillet 2026", M(
        "Axel Moreau <axel.moreau@example.org>", "dispo", "24 18:10",
        """yo, en sortant de mon M2 en juillet 2026 j'ai direct cherché dans l'ess, rien trouvé. vous pouvez
m'aider ? Axel""",
        app("Axel", "Moreau", phone=None, bac=5, grad="2026-07", status="sms_sortant_m2"),
    )),
    # Construction: gerund — situation — tout en effectuant mon service civique
    C("gerund", "situation", "tout en effectuant mon service civique", M(
        "Lucie Andrieu <lucie.andrieu@example.net>", "Candidature", "25 08:30",
        """Bonjour,

Je prépare mon entrée dans la vie active tout en effectuant mon service civique (jusqu'en mai) à la
Fondation Abbé-Pierre. Licence de droit validée en juin 2025 ; je vise un emploi en association.

Lucie Andrieu""",
        app("Lucie", "Andrieu", phone=None, bac=3, grad="2025-06", failing=["not_service_civique"],
            status="tout_en_effectuant_sc"),
    )),
    # Construction: gerund — graduation — en le lisant
    C("gerund", "graduation", "en le lisant", M(
        "Nour Haddad <nour.haddad@example.com>", "CV - candidature", "25 10:45",
        """Bonjour,

Vous trouverez mon CV en pièce jointe ; en le lisant, vous verrez que je cherche un poste dans l'aide
alimentaire ou une épicerie solidaire.

Nour Haddad""",
        app("Nour", "Haddad", phone="+33611447725", bac=2, grad="2025-06", info_in="both",
            status="cv_bts_2025_06"),
        cv=CV("docx", "CV_Nour_Haddad.docx", """
Nour Haddad
06 11 44 77 25 — nour.haddad@example.com
Formation
Juin 2025 : BTS Services et prestations des secteurs sanitaire et social, lycée Jean-Moulin
Expérience
2025-2026 : vendeuse à temps partiel (job étudiant puis CDD de trois mois)
"""),
    )),
    # Construction: gerund — aim — en visant un poste dans l'industrie automobile
    C("gerund", "aim", "en visant un poste dans l'industrie automobile", M(
        "Victor Lucas <victor.lucas@example.fr>", "Candidature", "25 13:00",
        """Bonjour,

Je m'inscris en visant un poste dans l'industrie automobile, en qualité. J'ai un master d'ingénierie
obtenu en septembre 2025.

Victor Lucas""",
        app("Victor", "Lucas", phone=None, bac=5, grad="2025-09", failing=["job_seeking_ess"],
            status="visant_industrie_auto"),
    )),
    # Construction: gerund — kind — En réponse à votre message
    C("gerund", "kind", "En réponse à votre message", M(
        "Ambre Roux <ambre.roux@example.org>", "Re: Pièces manquantes", "25 15:10",
        """Bonjour,
En réponse à votre message, je vous renvoie l'attestation demandée dès ce soir.
Ambre

> Le 20 nov. 2026, Pro'pulse a écrit :
> Il nous manque l'attestation de réussite de votre diplôme.""",
        reply(),
        headers={"In-Reply-To": "<pieces-2011@animafac.net>", "References": "<pieces-2011@animafac.net>"},
    )),
    # Construction: gerund — kind — En rangeant nos archives
    C("gerund", "kind", "En rangeant nos archives", M(
        "Régie des Quatre Vents <contact@regie4v.example.fr>", "Affiches", "25 16:25",
        """Bonjour,

En rangeant nos archives, nous avons retrouvé une centaine d'affiches Pro'pulse de 2024. On les garde
pour vous ou on les recycle ?

La régie""",
        other(),
    )),
    # Construction: gerund — kind — En tentant de livrer votre message
    C("gerund", "kind", "En tentant de livrer votre message", M(
        "Mail Delivery System <MAILER-DAEMON@relay.example.net>", "Échec de remise", "25 17:40",
        """En tentant de livrer votre message, le serveur distant a répondu : boîte aux lettres pleine.""",
        bounce("morgan.fleury@example.net"),
        bounce="""Reporting-MTA: dns; relay.example.net
Final-Recipient: rfc822; morgan.fleury@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full""",
    )),
]
