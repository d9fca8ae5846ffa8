"""Figures corpus, batch 07 (writer B): understatements and minimisers («un simple BTS», «à peine un bac», «un
minuscule stage», «un petit boulot tout simple», «quelques saisons par-ci par-là», «un petit détour de dix
ans», «une broutille»), slang and colloquial verbs («ce qui me branche», «j'ai calé en première année», «c'est
torché», "I nailed my master's", «on me file 600 balles», «je me tape encore les TD») and similes and hedges
(«pratiquement au bout», «une sorte de stage», «un genre de volontariat», «on dirait un stage», «plus ou
moins finie», «un peu comme une licence»), and other mail that carries the same figures."""
# ruff: noqa: E501

from __future__ import annotations

from figures import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: understatement — level — rien de bien sorcier : un simple BTS Économie sociale familiale
    # figured: «un simple BTS» = a BTS all the same, level 2 (June 2025) → meets degree_level
    N("understatement", "level", "rien de bien sorcier : un simple BTS Économie sociale familiale", M(
        "Mélissa Cortadellas <melissa.cortadellas@example.org>", "Candidature Pro'pulse", "02 10:37",
        """Bonjour,

Côté diplômes, rien de bien sorcier : un simple BTS Économie sociale familiale, obtenu en juin 2025 à Clermont-Cortadellas.

Je cherche un poste de conseillère dans une association d'accompagnement budgétaire ou un centre social.

Mélissa Cortadellas
06 52 38 17 94""",
        app("Mélissa", "Cortadellas", phone="+33652381794", bac=2, grad="2025-06", status="b_simple_bts_esf"),
    )),
    # Feature: understatement — level — à peine un bac
    # figured: «à peine un bac» = the bac and nothing above (2018) → fails degree_level
    N("understatement", "level", "à peine un bac", M(
        "Benoît Wattebled <benoit.wattebled@example.net>", "Candidature + CV", "03 21:25",
        """Bonjour,

Je vous joins mon CV. Je n'ai pas grand-chose dans mon bagage scolaire, à peine un bac, mais huit ans de bénévolat dans une association de maraude.

J'aimerais en faire mon métier, dans une association de lutte contre l'exclusion.

Benoît Wattebled""",
        app("Benoît", "Wattebled", phone="+33687120459", bac=0, grad="2018", failing=("degree_level",), info_in="both", status="b_a_peine_un_bac"),
        cv=CV("docx", "CV-Benoit-Wattebled.docx", """Benoît Wattebled
benoit.wattebled@example.net — 06 87 12 04 59
Diplômes : baccalauréat STMG (2018)
Expérience : magasinier, entrepôt logistique (2018-2026)
Bénévolat : maraudes du samedi soir, association Le Fil d'Ariane (depuis 2018)
Permis B"""),
    )),
    # Feature: understatement — situation — un minuscule stage à la mairie, jusqu'à fin janvier
    # figured: «un minuscule stage» = an internship all the same, running to the end of January 2027 → fails not_internship
    N("understatement", "situation", "un minuscule stage à la mairie, jusqu'à fin janvier", M(
        "Lucas Besnard <lucas.besnard@example.com>", "Pro'pulse", "05 12:50",
        """Bonjour,

Licence d'administration publique obtenue en juin 2026 à Caen. Je fais en ce moment un minuscule stage à la mairie, jusqu'à fin janvier, pour ne pas rester sans rien.

Ensuite, je voudrais travailler dans une association d'accès aux droits.

Lucas Besnard
06 38 94 25 10""",
        app("Lucas", "Besnard", phone="+33638942510", bac=3, grad="2026-06", failing=("not_internship",), status="b_minuscule_stage_mairie"),
    )),
    # Feature: understatement — aim — un petit boulot tout simple dans une petite asso de quartier
    # figured: «un petit boulot tout simple» on «une petite asso de quartier» = a job in a neighbourhood association → meets job_seeking_ess
    N("understatement", "aim", "un petit boulot tout simple dans une petite asso de quartier", M(
        "Fatoumata Sangho <fatoumata.sangho@example.fr>", "candidature", "06 18:09",
        """Bonjour,

J'ai un DEUST Animation obtenu à Évry en juin 2025. Je ne demande pas la lune : un petit boulot tout simple dans une petite asso de quartier, où je pourrais faire de l'aide aux devoirs et des sorties.

Fatoumata Sangho
07 45 60 12 38""",
        app("Fatoumata", "Sangho", phone="+33745601238", bac=2, grad="2025-06", status="b_petit_boulot_asso"),
    )),
    # Feature: understatement — career_change — quelques saisons par-ci par-là dans les campings
    # ambiguous: «a few seasons here and there» in campsites may be student summer jobs or a first trade: whether the licence is a retraining is open
    # figured: «quelques saisons par-ci par-là dans les campings» = seasonal work of unstated length and nature → open not_career_change
    N("understatement", "career_change", "quelques saisons par-ci par-là dans les campings", M(
        "Guillaume Barre <guillaume.barre@example.org>", "Candidature Pro'pulse", "07 08:22",
        """Bonjour,

Après quelques saisons par-ci par-là dans les campings, j'ai obtenu en juin 2026 une licence professionnelle Intervention sociale à Perpignan.

Je souhaite travailler dans une association d'hébergement d'urgence.

Guillaume Barre
06 74 03 81 56""",
        app("Guillaume", "Barre", phone="+33674038156", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_saisons_campings"),
    )),
    # Feature: understatement — career_change — un petit détour de dix ans par l'armée
    # figured: «un petit détour de dix ans» = ten years of another trade (the army) before the licence → fails not_career_change
    N("understatement", "career_change", "un petit détour de dix ans par l'armée", M(
        "Stéphane Zielinski <stephane.zielinski@example.net>", "Candidature – Stéphane Zielinski", "08 15:41",
        """Madame, Monsieur,

Après un petit détour de dix ans par l'armée de terre, j'ai obtenu en septembre 2025 une licence professionnelle Métiers de la gestion des organisations de l'ESS.

Je souhaite mettre mon sens de l'organisation au service d'une association d'aide aux sinistrés.

Stéphane Zielinski
06 21 58 73 09""",
        app("Stéphane", "Zielinski", phone="+33621587309", bac=3, grad="2025-09", failing=("not_career_change",), status="b_detour_dix_ans_armee"),
    )),
    # Feature: understatement — studies_finished — il ne me restait qu'une broutille, le rapport de stage, rendu et validé en octobre
    # figured: «une broutille» on «le rapport de stage, rendu et validé» = the last piece of the master done (October 2026) → meets studies_finished
    N("understatement", "studies_finished", "il ne me restait qu'une broutille, le rapport de stage, rendu et validé en octobre", M(
        "Célia Marin <celia.marin@example.com>", "Candidature Pro'pulse – Célia Marin", "09 11:55",
        """Bonjour,

Pour mon master Innovation sociale à Aix-Marseille, il ne me restait qu'une broutille, le rapport de stage, rendu et validé en octobre. Le master est donc derrière moi.

Je cherche un poste de chargée de projet dans une SCIC ou une fondation.

Célia Marin
06 90 17 43 28""",
        app("Célia", "Marin", phone="+33690174328", bac=5, grad="2026-10", status="b_broutille_rapport"),
    )),
    # Feature: understatement — kind — un petit BTS suffit-il
    # figured: «un petit BTS» in a general question → kind question: no personal fact
    N("understatement", "kind", "un petit BTS suffit-il", M(
        "Coralie Sabatier <coralie.sabatier@example.org>", "Question rapide", "10 09:14",
        """Bonjour,

Un petit BTS suffit-il pour entrer dans le programme, ou faut-il au moins une licence ?

Merci,
Coralie Sabatier""",
        question(),
    )),
    # Feature: understatement — kind — un léger souci empêche la remise de votre message
    # figured: «un léger souci» = a permanent delivery failure → kind bounce
    N("understatement", "kind", "un léger souci empêche la remise de votre message", M(
        "Postmaster <postmaster@relay.example.org>", "Non remis : Votre candidature à Pro'pulse", "16 02:40",
        """Un léger souci empêche la remise de votre message : la boîte du destinataire n'existe pas.

Destinataire : armand.peyrelade@example.org""",
        bounce("armand.peyrelade@example.org"),
        bounce="""Reporting-MTA: dns; relay.example.org
Final-Recipient: rfc822; armand.peyrelade@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 no such user""",
    )),
    # Feature: slang_colloquial — aim — ce qui me branche, c'est le conseil en stratégie, les gros cabinets
    # figured: «ce qui me branche» on «le conseil en stratégie, les gros cabinets» = aim in consulting → fails job_seeking_ess
    N("slang_colloquial", "aim", "ce qui me branche, c'est le conseil en stratégie, les gros cabinets", M(
        "Maxence Trébuchet <maxence.trebuchet@example.fr>", "Candidature", "02 17:03",
        """Salut,

J'ai fini mon master de management à Rouen en juin 2026. Honnêtement ce qui me branche, c'est le conseil en stratégie, les gros cabinets. On m'a dit que votre programme ouvrait des portes, alors je tente.

Maxence Trébuchet
06 12 85 49 30""",
        app("Maxence", "Trébuchet", phone="+33612854930", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_branche_conseil"),
    )),
    # Feature: slang_colloquial — level — la fac, j'ai calé en première année, j'ai même pas validé le premier semestre
    # figured: «j'ai calé en première année» on «la fac» = nothing validated after the bac (2021) → fails degree_level
    N("slang_colloquial", "level", "la fac, j'ai calé en première année, j'ai même pas validé le premier semestre", M(
        "Yanis Belhadj <yanis.belhadj@example.com>", "dispo pour pro'pulse", "04 01:12",
        """wesh bonjour

bac en 2021 et après la fac, j'ai calé en première année, j'ai même pas validé le premier semestre. depuis je fais des missions d'interim en logistique.

je voudrais bosser dans une asso sportive de quartier, je coache déjà les petits le mercredi.

Yanis
07 31 64 90 25""",
        app("Yanis", "Belhadj", phone="+33731649025", bac=0, grad="2021", failing=("degree_level",), status="b_cale_premiere_annee"),
    )),
    # Feature: slang_colloquial — situation — le stage, c'est torché depuis fin mai
    # figured: «c'est torché» on «le stage» = internship over (end of May 2026) → meets
    N("slang_colloquial", "situation", "le stage, c'est torché depuis fin mai", M(
        "Camille Arnoux <camille.arnoux@example.net>", "Pro'pulse", "05 19:30",
        """Coucou l'équipe,

BUT Gestion des entreprises et des administrations, IUT de Grenoble, juin 2026. Le stage, c'est torché depuis fin mai, et je cherche maintenant un vrai poste d'assistante de gestion dans une coopérative ou une asso.

Merci !
Camille Arnoux
06 56 02 74 81""",
        app("Camille", "Arnoux", phone="+33656027481", bac=3, grad="2026-06", status="b_stage_torche"),
    )),
    # Feature: slang_colloquial — graduation — I nailed my master's in June, it's in the bag
    # figured: «nailed» and «in the bag» on «my master's» = master obtained (June 2026) → meets
    N("slang_colloquial", "graduation", "I nailed my master's in June, it's in the bag", M(
        "Jake Whitfield <jake.whitfield@example.org>", "Pro'pulse – application", "07 14:26",
        """Hey there,

I nailed my master's in June, it's in the bag: MSc in Development Studies from Sciences Po Bordeaux. I've been living in France for five years now.

I'd love to land a job at a cooperative or an NGO working on fair trade.

Cheers,
Jake Whitfield
07 70 52 31 46""",
        app("Jake", "Whitfield", phone="+33770523146", bac=5, grad="2026-06", language="en", status="b_nailed_masters_en"),
    )),
    # Feature: slang_colloquial — situation — on me file 600 balles par mois pour filer un coup de main à une asso
    # ambiguous: a paid «coup de main» of about 600 € a month held now fits an internship allowance or a civic service one, and no scheme is named
    # figured: «on me file 600 balles par mois» on «filer un coup de main à une asso» = a paid placement of unstated scheme held now → open not_internship, not_service_civique
    N("slang_colloquial", "situation", "on me file 600 balles par mois pour filer un coup de main à une asso", M(
        "Kylian Brunetière <kylian.brunetiere@example.com>", "candidature", "09 20:44",
        """Salut,

J'ai mon DUT Carrières sociales (Tours, juin 2025). En ce moment on me file 600 balles par mois pour filer un coup de main à une asso d'aide aux migrants, c'est cool mais ça va pas durer.

Je veux un vrai taf dans ce genre d'asso.

Kylian Brunetière
06 43 27 85 12""",
        app("Kylian", "Brunetière", phone="+33643278512", bac=2, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="b_600_balles"),
    )),
    # Feature: slang_colloquial — studies_finished — je me tape encore les TD de M1
    # figured: «je me tape encore les TD» on «M1» = studying in M1 now → fails studies_finished
    N("slang_colloquial", "studies_finished", "je me tape encore les TD de M1", M(
        "Noémie Jacquet <noemie.jacquet@example.fr>", "Pro'pulse ?", "11 23:18",
        """Hello,

Je me tape encore les TD de M1 à Poitiers (master ESS), mais je voudrais savoir si je peux déjà entrer dans votre programme pour trouver un taf dans une asso.

Noémie Jacquet
07 09 48 63 21""",
        app("Noémie", "Jacquet", phone="+33709486321", bac="*", grad=None, failing=("studies_finished",), status="b_td_m1_encore"),
    )),
    # Feature: slang_colloquial — kind — je suis off jusqu'au 2 décembre
    # figured: «je suis off» = away → kind auto_reply: no personal fact
    N("slang_colloquial", "kind", "je suis off jusqu'au 2 décembre", M(
        "Adrien Coste <adrien.coste@example.org>", "Réponse automatique", "12 06:10",
        """Hello,

Je suis off jusqu'au 2 décembre et je ne checke pas mes mails. Pour une urgence : contact@example.org.

Adrien""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: slang_colloquial — kind — toujours pas chopé le lien
    # figured: «chopé» on «le lien» = the link not received → kind reply: no personal fact
    N("slang_colloquial", "kind", "toujours pas chopé le lien", M(
        "Lina Boukhari <lina.boukhari@example.com>", "Re: Votre candidature à Pro'pulse", "17 13:33",
        """Bonjour, j'ai toujours pas chopé le lien du formulaire, vous pouvez me le renvoyer svp ?

Lina

Le 14/11/2026 à 11:15, Pro'pulse a écrit :
> Vous recevrez sous peu le lien de notre formulaire.""",
        reply(),
        headers={"In-Reply-To": "<b07-boukhari-1@animafac.net>", "References": "<b07-boukhari-1@animafac.net>"},
    )),
    # Feature: simile_hedge — studies_finished — je suis pratiquement au bout de ma licence pro
    # ambiguous: «practically at the end» does not say whether anything remains to sit or hand in
    # figured: «pratiquement au bout» on «ma licence pro» = nearly finished, what remains unsaid → open studies_finished
    N("simile_hedge", "studies_finished", "je suis pratiquement au bout de ma licence pro", M(
        "Manon Leclercq <manon.leclercq@example.org>", "Candidature Pro'pulse", "03 13:46",
        """Bonjour,

Je suis pratiquement au bout de ma licence pro Animation sociale et socioculturelle, à Lille, et je cherche déjà un poste d'animatrice coordinatrice dans une association de jeunesse.

Bien à vous,
Manon Leclercq
06 81 59 20 37""",
        app("Manon", "Leclercq", phone="+33681592037", bac="*", grad=None, unknown=("studies_finished",), status="b_pratiquement_au_bout"),
    )),
    # Feature: simile_hedge — situation — je fais une sorte de stage dans une ressourcerie, sans vraiment de cadre
    # ambiguous: «a sort of internship» with no frame named may be a real internship or informal volunteering
    # figured: «une sorte de stage» held now = an unframed placement → open not_internship
    N("simile_hedge", "situation", "je fais une sorte de stage dans une ressourcerie, sans vraiment de cadre", M(
        "Hugo Vandamme <hugo.vandamme@example.net>", "Candidature", "04 16:02",
        """Bonjour,

Titulaire d'un BTS Gestion des transports et logistique associée (juin 2026), je fais une sorte de stage dans une ressourcerie, sans vraiment de cadre, depuis octobre.

J'aimerais y être embauché ou trouver un poste similaire dans le réemploi solidaire.

Hugo Vandamme
06 27 90 14 53""",
        app("Hugo", "Vandamme", phone="+33627901453", bac=2, grad="2026-06", unknown=("not_internship",), status="b_sorte_de_stage_ressourcerie"),
    )),
    # Feature: simile_hedge — situation — un genre de volontariat à l'étranger, un peu comme un service civique
    # ambiguous: «a kind of volunteering, a bit like a civic service» held now may be a service civique abroad or another scheme
    # figured: «un genre de volontariat … un peu comme un service civique» = a volunteering of unstated scheme held now → open not_service_civique
    N("simile_hedge", "situation", "un genre de volontariat à l'étranger, un peu comme un service civique", M(
        "Jeanne Lescure <jeanne.lescure@example.com>", "Candidature Pro'pulse depuis Dakar", "06 09:07",
        """Bonjour,

Diplômée d'une licence de géographie (Nancy, juin 2025), je suis en ce moment à Dakar pour un genre de volontariat à l'étranger, un peu comme un service civique, avec une ONG de santé communautaire, jusqu'en février.

À mon retour, je cherche un poste dans la solidarité internationale.

Jeanne Lescure
+33 6 84 31 07 26""",
        app("Jeanne", "Lescure", phone="+33684310726", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_genre_volontariat_dakar"),
    )),
    # Feature: simile_hedge — situation — on dirait un stage vu de loin, mais c'est un CDD de six mois
    # figured: «on dirait un stage» on «un CDD de six mois» = a job, not an internship → meets not_internship
    N("simile_hedge", "situation", "on dirait un stage vu de loin, mais c'est un CDD de six mois", M(
        "Samir Chaouch <samir.chaouch@example.fr>", "Candidature – Samir Chaouch", "08 18:55",
        """Bonjour,

J'ai obtenu une licence AES à Reims en juin 2026. Je travaille depuis septembre dans une fédération sportive : on dirait un stage vu de loin, mais c'est un CDD de six mois, payé comme tel.

Je cherche la suite dans une association sportive ou d'éducation populaire.

Samir Chaouch
06 35 48 91 02""",
        app("Samir", "Chaouch", phone="+33635489102", bac=3, grad="2026-06", status="b_on_dirait_un_stage_cdd"),
    )),
    # Feature: simile_hedge — studies_finished — ma licence est plus ou moins finie : il me reste juste le mémoire à rendre en février
    # figured: «plus ou moins finie» on «ma licence», settled by the mémoire due in February → fails studies_finished
    N("simile_hedge", "studies_finished", "ma licence est plus ou moins finie : il me reste juste le mémoire à rendre en février", M(
        "Océane Pires <oceane.pires@example.org>", "Pro'pulse – candidature", "10 10:20",
        """Bonjour,

Ma licence est plus ou moins finie : il me reste juste le mémoire à rendre en février (licence de sciences de l'éducation, Bordeaux).

Je cherche un poste dans une association de protection de l'enfance.

Océane Pires
07 62 18 40 95""",
        app("Océane", "Pires", phone="+33762184095", bac="*", grad=None, failing=("studies_finished",), status="b_plus_ou_moins_finie"),
    )),
    # Feature: simile_hedge — level — c'est un peu comme une licence : un titre RNCP de niveau 6
    # figured: «un peu comme une licence» on «un titre RNCP de niveau 6» = a bac+3 title (June 2025) → meets degree_level
    N("simile_hedge", "level", "c'est un peu comme une licence : un titre RNCP de niveau 6", M(
        "Baptiste Morin <baptiste.morin@example.com>", "Candidature Pro'pulse", "13 15:12",
        """Bonjour,

J'ai obtenu en juin 2025 le titre de chargé de projets solidaires d'une école de Lyon ; c'est un peu comme une licence : un titre RNCP de niveau 6.

Je cherche un poste de chargé de projet dans une association de solidarité internationale.

Baptiste Morin
06 19 72 58 43""",
        app("Baptiste", "Morin", phone="+33619725843", bac=3, grad="2025-06", status="b_comme_une_licence_rncp"),
    )),
    # Feature: simile_hedge — kind — un genre de service civique à l'étranger, ça compte
    # figured: «un genre de service civique» in a general question → kind question: no personal fact
    N("simile_hedge", "kind", "un genre de service civique à l'étranger, ça compte", M(
        "Pauline Ricord <pauline.ricord@example.net>", "Question sur le service civique", "14 11:48",
        """Bonjour,

Un genre de service civique à l'étranger, ça compte comme un service civique pour vos conditions ?

Merci,
Pauline Ricord""",
        question(),
    )),
    # Feature: simile_hedge — kind — la salle est à peu près prête pour samedi
    # figured: «à peu près prête» on «la salle» = a practical notice → kind other: no personal fact
    N("simile_hedge", "kind", "la salle est à peu près prête pour samedi", M(
        "Collectif Festi'Quartier <contact@festiquartier.example.fr>", "Samedi : installation", "18 19:20",
        """Bonsoir à tous,

La salle est à peu près prête pour samedi : il manque encore les rallonges et une dizaine de chaises. Rendez-vous à 9 h pour finir l'installation.

Le collectif""",
        other(),
    )),
]
