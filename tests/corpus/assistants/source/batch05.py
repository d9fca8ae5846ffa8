"""Assistants corpus, batch 05 (writer B): ai_cover_letter (Claude, Gemini, Perplexity, Word's Copilot: a
licence pro of June 2025 in one clause, «récemment diplômé» only, «à l'issue de mon parcours universitaire»,
«fort de douze années» of a real career, a controller's post in industry, a BTS SP3S in an attached letter,
a BUT Carrières sociales; an AI-written question, a tiers-lieu's generated proposal), placeholders_left
(Canva's and APEC's templates: «[intitulé du diplôme]», «obtenu en [année]», «{prénom_destinataire}»,
«[numéro de téléphone]» for a phone, «[date]» of a service civique's end, «(à compléter)» next to a bac pro; a merge-field
question, an auto-reply with «[date de retour]»), prompt_pasted (Claude, Perplexity, ChatGPT: a prompt saying
«stage de fin d'études» drafted «forte d'une expérience», «Voici un brouillon», a nurse's prompt drafted
«riche d'un parcours», a prompt alone «y'a un moment», an English prompt "still finishing my thesis", a
prompt «mon service civique s'est terminé» drafted «actuellement engagé»; a reply with the preamble, a
thank-you with the closing offer)."""
# ruff: noqa: E501

from __future__ import annotations

from assistants import N
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: ai_cover_letter — graduation — titulaire d'une licence professionnelle Intervention sociale obtenue en juin 2025
    # route: Claude, a four-paragraph letter from three facts; the one real clause «titulaire d'une licence professionnelle … obtenue en juin 2025» in the second paragraph, an association d'éducation populaire sought → application; licence pro June 2025, ESS aim → eligible
    N("ai_cover_letter", "graduation", "titulaire d'une licence professionnelle Intervention sociale obtenue en juin 2025", M(
        "Baptiste Lacombe <baptiste.lacombe@example.org>",
        "Candidature au programme Pro'pulse",
        "02 10:14",
        """Madame, Monsieur,

C'est avec un vif intérêt que je vous adresse ma candidature au programme Pro'pulse. Convaincu que l'économie sociale et solidaire offre des réponses concrètes aux défis de notre société, je souhaite aujourd'hui y construire mon parcours professionnel.

Titulaire d'une licence professionnelle Intervention sociale obtenue en juin 2025 à l'IUT Bordeaux Montaigne, j'ai pu développer des compétences en animation de groupe, en conduite de projet et en accompagnement des publics.

Je recherche aujourd'hui un poste de coordinateur ou d'animateur au sein d'une association d'éducation populaire, où je pourrais mettre mon dynamisme et mon sens de l'écoute au service d'un projet collectif.

Je serais ravi d'échanger avec vous et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Baptiste Lacombe
06 41 27 88 15""",
        app("Baptiste", "Lacombe", phone="+33641278815", bac=3, grad="2025-06", status="b_ai_licence_pro_bordeaux"),
    )),
    # Feature: ai_cover_letter — graduation — Récemment diplômée d'un master Économie sociale et solidaire
    # ambiguous: «récemment diplômée» is the assistant's smoothing of a date the person never gave: the master may be of 2024 or 2026, graduation_recent stays open
    # route: Claude, a letter in the body, the level in «master Économie sociale et solidaire», the time only in «récemment» → application; date open → to verify
    N("ai_cover_letter", "graduation", "Récemment diplômée d'un master Économie sociale et solidaire", M(
        "Zeynep Aydın <zeynep.aydin@example.org>",
        "Candidature – Zeynep Aydın",
        "03 18:02",
        """Bonjour,

Récemment diplômée d'un master Économie sociale et solidaire de l'Université Grenoble Alpes, je suis animée par la conviction que l'entrepreneuriat collectif est un levier essentiel de transformation sociale.

Au cours de mon parcours, j'ai développé une solide compréhension des enjeux de gouvernance partagée, de financement solidaire et d'évaluation de l'impact social. Je souhaite désormais mettre ces compétences au service d'une coopérative ou d'une association.

Le programme Pro'pulse représente pour moi une opportunité unique d'être accompagnée dans cette étape décisive. Je me tiens à votre disposition pour un entretien.

Bien cordialement,
Zeynep Aydın""",
        app("Zeynep", "Aydın", phone=None, bac=5, grad=None, unknown=("graduation_recent",), status="b_ai_recemment_diplomee_grenoble"),
    )),
    # Feature: ai_cover_letter — level — À l'issue de mon parcours universitaire en sciences humaines
    # ambiguous: «parcours universitaire en sciences humaines» achevé en juin 2026 names no diploma: a DEUG-like two years, a licence or a master, degree_level stays open
    # route: Gemini, a letter from «j'ai fini la fac en juin, je veux bosser dans l'asso»; the level generalised to «parcours universitaire» → application; level open → to verify
    N("ai_cover_letter", "level", "À l'issue de mon parcours universitaire en sciences humaines", M(
        "Mahery Rakotomalala <mahery.rakoto@example.org>",
        "Candidature Pro'pulse",
        "04 09:37",
        """Madame, Monsieur,

À l'issue de mon parcours universitaire en sciences humaines, achevé en juin 2026 à l'Université Paul-Valéry Montpellier, je souhaite m'engager pleinement dans le secteur associatif.

Passionné par les questions de solidarité internationale et d'accès aux droits, j'ai eu l'occasion de m'investir bénévolement auprès de plusieurs structures, ce qui a renforcé mon envie d'en faire mon métier.

Je suis convaincu que votre accompagnement me permettrait de transformer cette motivation en un premier emploi dans une association de solidarité.

Dans l'attente de votre retour, je vous prie de recevoir mes salutations respectueuses.

Mahery Rakotomalala""",
        app("Mahery", "Rakotomalala", phone=None, bac="*", grad="2026-06", unknown=("degree_level",), status="b_ai_parcours_universitaire_montpellier"),
    )),
    # Feature: ai_cover_letter — career_change — après douze années en tant que chef de rayon
    # route: Perplexity, a letter whose «fort de mon expérience» is backed by the person's own «après douze années en tant que chef de rayon» and a BTS of 2012 → application; a career before, a diploma of 2012 → fails not_career_change and graduation_recent → not eligible
    N("ai_cover_letter", "career_change", "après douze années en tant que chef de rayon", M(
        "Grégory Lecœur <gregory.lecoeur@example.org>",
        "Candidature programme Pro'pulse – reconversion",
        "05 21:11",
        """Madame, Monsieur,

Fort de mon expérience dans la grande distribution, je souhaite aujourd'hui donner un nouveau sens à ma carrière en rejoignant le secteur de l'économie sociale et solidaire.

Titulaire d'un BTS Management des unités commerciales obtenu en 2012, j'ai évolué pendant plus d'une décennie dans le commerce. Après douze années en tant que chef de rayon dans un hypermarché de Rouen, j'ai acquis un solide savoir-faire en gestion d'équipe et en logistique.

Je souhaite mettre ces compétences au service d'une épicerie solidaire ou d'une ressourcerie.

Je vous remercie de l'attention portée à ma candidature.

Grégory Lecœur""",
        app("Grégory", "Lecœur", phone=None, bac=2, grad="2012", failing=("graduation_recent", "not_career_change"), status="b_ai_chef_de_rayon_rouen"),
    )),
    # Feature: ai_cover_letter — aim — un poste de contrôleur de gestion au sein d'un grand groupe industriel
    # route: Claude, a letter that opens on «passionné par l'ESS» but names the post sought: «contrôleur de gestion au sein d'un grand groupe industriel» → application; no ESS job sought → fails job_seeking_ess → not eligible
    N("ai_cover_letter", "aim", "un poste de contrôleur de gestion au sein d'un grand groupe industriel", M(
        "Mert Şahin <mert.sahin@example.org>",
        "Candidature – Mert Şahin – Master CCA 2025",
        "06 14:48",
        """Madame, Monsieur,

Passionné par les valeurs de l'économie sociale et solidaire, c'est avec enthousiasme que je découvre votre programme d'accompagnement vers l'emploi.

Titulaire d'un master Comptabilité-Contrôle-Audit obtenu en septembre 2025 à l'IAE de Dijon, je possède une bonne maîtrise des outils de pilotage financier et de reporting.

Mon objectif est de décrocher un poste de contrôleur de gestion au sein d'un grand groupe industriel de la région, idéalement dans l'automobile ou l'agroalimentaire, afin de consolider mes compétences techniques.

Je reste à votre disposition pour tout complément d'information.

Cordialement,
Mert Şahin""",
        app("Mert", "Şahin", phone=None, bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_ai_controleur_gestion_dijon"),
    )),
    # Feature: ai_cover_letter — level — BTS Services et prestations des secteurs sanitaire et social (SP3S), obtenu en juillet 2026
    # route: Word's Copilot, a letter as a DOCX file with a one-line cover in the body; the level and year only in the letter's second paragraph → application; BTS of July 2026, an aide à domicile association sought → eligible
    N("ai_cover_letter", "level", "BTS Services et prestations des secteurs sanitaire et social (SP3S), obtenu en juillet 2026", M(
        "Anaïs Chassagne <anais.chassagne63@example.org>",
        "Lettre de motivation – Anaïs Chassagne",
        "07 11:26",
        """Bonjour,

Veuillez trouver ci-joint ma lettre de motivation pour le programme Pro'pulse.

Bonne journée,
Anaïs Chassagne""",
        app("Anaïs", "Chassagne", phone=None, bac=2, grad="2026-07", info_in="cv", status="b_ai_bts_sp3s_lettre_jointe"),
        cv=CV("docx", "Lettre_motivation_Anais_Chassagne.docx", """Anaïs Chassagne – Clermont-Ferrand
Objet : Candidature au programme Pro'pulse
Madame, Monsieur,
C'est avec un réel enthousiasme que je vous présente ma candidature au programme Pro'pulse.
Titulaire d'un BTS Services et prestations des secteurs sanitaire et social (SP3S), obtenu en juillet 2026 au lycée Sidoine-Apollinaire, j'ai acquis de solides bases en accompagnement des publics fragiles et en coordination de services.
Je souhaite aujourd'hui rejoindre une association d'aide à domicile ou un centre social, où mon sens de l'organisation et mon empathie seraient de véritables atouts.
Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Anaïs Chassagne"""),
    )),
    # Feature: ai_cover_letter — aim — rejoindre une SCIC ou une association de transition écologique
    # route: Gemini, a long letter; the BUT of June 2026 in one clause, the aim in «rejoindre une SCIC ou une association de transition écologique» → application; bac+3 June 2026, ESS aim → eligible
    N("ai_cover_letter", "aim", "rejoindre une SCIC ou une association de transition écologique", M(
        "Loïc Le Gall <loic.legall@example.org>",
        "Candidature Pro'pulse – Loïc Le Gall",
        "08 16:05",
        """Madame, Monsieur,

Animé par un profond désir de contribuer à une société plus juste et plus durable, je me permets de vous adresser ma candidature.

Diplômé d'un BUT Carrières sociales (option animation sociale et socioculturelle) en juin 2026 à l'IUT de Brest, j'ai mené plusieurs projets participatifs avec des habitants de quartiers prioritaires.

Mon ambition est de rejoindre une SCIC ou une association de transition écologique, afin d'allier engagement citoyen et professionnalisation.

Je serais ravi de vous rencontrer pour vous exposer plus en détail mes motivations.

Loïc Le Gall""",
        app("Loïc", "Le Gall", phone=None, bac=3, grad="2026-06", status="b_ai_but_carrieres_sociales_brest"),
    )),
    # Feature: ai_cover_letter — kind — Pourriez-vous m'indiquer les modalités d'inscription
    # route: Perplexity, a polished question on the programme's terms, no fact of the writer → question
    N("ai_cover_letter", "kind", "Pourriez-vous m'indiquer les modalités d'inscription", M(
        "Clémence Royer <clemence.royer@example.org>",
        "Demande d'informations – programme Pro'pulse",
        "09 08:53",
        """Madame, Monsieur,

Je me permets de vous contacter afin d'obtenir des informations complémentaires concernant le programme Pro'pulse.

Pourriez-vous m'indiquer les modalités d'inscription, la durée de l'accompagnement ainsi que son éventuel coût pour les participants ? Par ailleurs, les ateliers sont-ils proposés à distance ?

Je vous remercie par avance pour votre retour et vous souhaite une excellente journée.

Clémence Royer""",
        question(),
    )),
    # Feature: ai_cover_letter — kind — nous serions ravis d'explorer les synergies possibles
    # route: an AI-drafted partnership proposal from a tiers-lieu, generic boilerplate, no applicant → other
    N("ai_cover_letter", "kind", "nous serions ravis d'explorer les synergies possibles", M(
        "La Fabrique Commune <contact@fabrique-commune.example.org>",
        "Proposition de partenariat – La Fabrique Commune x Pro'pulse",
        "10 15:30",
        """Bonjour à toute l'équipe Pro'pulse,

Tiers-lieu engagé au cœur de Besançon, La Fabrique Commune accompagne chaque année plus de 200 porteurs de projets de l'économie sociale et solidaire.

Convaincus que la coopération entre acteurs du territoire est une clé essentielle de l'insertion professionnelle des jeunes, nous serions ravis d'explorer les synergies possibles entre nos deux structures : mise à disposition de salles, ateliers communs, rencontres avec nos résidents.

N'hésitez pas à nous indiquer vos disponibilités pour un premier échange.

L'équipe de La Fabrique Commune""",
        other(),
    )),
    # Feature: placeholders_left — level — titulaire d'un [intitulé du diplôme] obtenu en juin 2025
    # ambiguous: the slot for the diploma's title was never filled: a year stands, no level at all, degree_level stays open
    # route: Canva's letter template, the slot «[intitulé du diplôme]» left next to a filled year, an association sought → application; level open → to verify
    N("placeholders_left", "level", "titulaire d'un [intitulé du diplôme] obtenu en juin 2025", M(
        "Hoby Randriamanana <hoby.randria@example.org>",
        "Candidature spontanée",
        "02 19:40",
        """Madame, Monsieur,

Actuellement titulaire d'un [intitulé du diplôme] obtenu en juin 2025 à l'Université de Bordeaux, je souhaite mettre mes compétences au service d'une structure engagée.

Je cherche un premier emploi dans une association de solidarité internationale, notamment en lien avec Madagascar.

Je vous remercie de votre attention.

Hoby Randriamanana""",
        app("Hoby", "Randriamanana", phone=None, bac="*", grad="2025-06", unknown=("degree_level",), status="b_slot_intitule_diplome"),
    )),
    # Feature: placeholders_left — graduation — master 2 Développement des territoires, obtenu en [année]
    # ambiguous: the year slot is empty next to a filled master: graduation_recent stays open
    # route: APEC's letter model, «obtenu en [année]» left unfilled → application; date open → to verify
    N("placeholders_left", "graduation", "master 2 Développement des territoires, obtenu en [année]", M(
        "Stéphanie Jean-Baptiste <steph.jeanbaptiste@example.org>",
        "Candidature – programme Pro'pulse",
        "03 13:18",
        """Madame, Monsieur,

Titulaire d'un master 2 Développement des territoires, obtenu en [année] à l'Université de Franche-Comté, je souhaite aujourd'hui m'orienter vers un poste de chargée de développement dans une structure de l'économie sociale et solidaire.

Mon expérience de terrain auprès des collectivités et des associations de Besançon m'a convaincue de l'intérêt des démarches coopératives.

Je me tiens à votre disposition pour un entretien.

Stéphanie Jean-Baptiste""",
        app("Stéphanie", "Jean-Baptiste", phone=None, bac=5, grad=None, unknown=("graduation_recent",), status="b_slot_annee_master_besancon"),
    )),
    # Feature: placeholders_left — graduation — licence professionnelle Coordination de projets, obtenue en juillet 2025
    # route: a merge-field template, slots only in the greeting («{prénom_destinataire}») and the organisation's name; the person's facts filled → application; licence pro July 2025, an association sought → eligible
    N("placeholders_left", "graduation", "licence professionnelle Coordination de projets, obtenue en juillet 2025", M(
        "Rami Khoury <rami.khoury@example.org>",
        "Candidature – Rami Khoury",
        "04 17:22",
        """Bonjour {prénom_destinataire},

Je vous adresse ma candidature pour rejoindre [Nom de l'organisme].

Titulaire d'une licence professionnelle Coordination de projets, obtenue en juillet 2025 à l'Université de Bourgogne, je recherche un emploi de coordinateur de projets dans une association culturelle ou d'insertion à Dijon.

Je serais heureux d'échanger avec vous.

Bien à vous,
Rami Khoury
07 52 10 64 39""",
        app("Rami", "Khoury", phone="+33752106439", bac=3, grad="2025-07", status="b_slot_greeting_merge_field"),
    )),
    # Feature: placeholders_left — level — master Sciences de l'éducation obtenu en juin 2026
    # route: a Word template, «[numéro de téléphone]» left only in the phone line; the level and the year filled → application; master June 2026, a structure of the ESS sought → eligible
    N("placeholders_left", "level", "master Sciences de l'éducation obtenu en juin 2026", M(
        "Maëlle Guillou <maelle.guillou@example.org>",
        "Candidature Pro'pulse",
        "05 10:05",
        """Madame, Monsieur,

Titulaire d'un master Sciences de l'éducation obtenu en juin 2026 à l'Université de Bretagne Occidentale, je souhaite débuter ma carrière dans une structure de l'économie sociale et solidaire, idéalement une association d'éducation populaire.

Vous pouvez me joindre au [numéro de téléphone] ou par courriel.

Cordialement,
Maëlle Guillou""",
        app("Maëlle", "Guillou", phone=None, bac=5, grad="2026-06", status="b_slot_phone_left"),
    )),
    # Feature: placeholders_left — situation — je termine actuellement mon service civique à
    # route: an assistant's draft with «[nom de la structure]» and «[date]» unfilled; the service civique running stands filled in «je termine actuellement mon service civique» → application; service civique running → fails not_service_civique → not eligible
    N("placeholders_left", "situation", "je termine actuellement mon service civique à", M(
        "Soilihi Ahamada <soilihi.ahamada@example.org>",
        "Candidature au programme",
        "06 20:44",
        """Bonjour,

Titulaire d'une licence AES obtenue en juin 2025, je termine actuellement mon service civique à [nom de la structure] (fin de mission prévue le [date]).

Je souhaite ensuite trouver un emploi dans une association d'aide aux familles à Montpellier.

Merci pour votre attention,
Soilihi Ahamada""",
        app("Soilihi", "Ahamada", phone=None, bac=3, grad="2025-06", failing=("not_service_civique",), status="b_slot_service_civique_en_cours"),
    )),
    # Feature: placeholders_left — level — je n'ai pas fait d'études après mon bac pro
    # route: L'Étudiant's model letter, «Niveau d'études : (à compléter)» left empty, the person's own line «je n'ai pas fait d'études après mon bac pro» → application; no higher degree → fails degree_level → not eligible
    N("placeholders_left", "level", "je n'ai pas fait d'études après mon bac pro", M(
        "Lesly Bellance <lesly.bellance@example.org>",
        "Candidature",
        "07 22:15",
        """Objet : Candidature au poste de [intitulé du poste]

Madame, Monsieur,

Niveau d'études : (à compléter)
Disponibilité : immédiate

Je souhaite rejoindre votre programme pour trouver un emploi dans une association. J'ai mon bac pro ASSP depuis 2023 et je n'ai pas fait d'études après mon bac pro, j'ai travaillé en EHPAD en Guadeloupe.

Cordialement,
Lesly Bellance""",
        app("Lesly", "Bellance", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_slot_a_completer_bac_pro"),
    )),
    # Feature: placeholders_left — kind — Bonjour {{first_name}}
    # route: a mass-mail tool's template sent with its merge field unfilled; a question on the calendar, no fact of the writer → question
    N("placeholders_left", "kind", "Bonjour {{first_name}}", M(
        "Nathan Perrin <nathan.perrin@example.org>",
        "Question sur les prochaines sessions",
        "08 12:00",
        """Bonjour {{first_name}},

Je me permets de vous écrire pour savoir quand commence la prochaine session de Pro'pulse et s'il est possible de s'inscrire en cours d'année.

Merci d'avance,
Nathan Perrin""",
        question(),
    )),
    # Feature: placeholders_left — kind — je serai de retour le [date de retour]
    # route: an out-of-office built from a template, its date slot left; sent automatically (Auto-Submitted) → auto_reply
    N("placeholders_left", "kind", "je serai de retour le [date de retour]", M(
        "Julie Marchand <julie.marchand@ressourcerie-exemple.example.org>",
        "Réponse automatique : Candidature Pro'pulse",
        "09 07:45",
        """Bonjour,

Je suis actuellement absente et je serai de retour le [date de retour]. Pour toute demande urgente, merci de contacter [nom du collègue] à l'adresse [adresse e-mail].

Julie Marchand
Ressourcerie du Plateau""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: prompt_pasted — situation — je suis en stage de fin d'études à la Banque alimentaire jusqu'à fin janvier
    # route: Claude, the person's prompt pasted above the draft; the prompt says the end-of-studies internship runs until January, the draft smooths it to «forte d'une expérience» → application; internship running, studies not finished → fails not_internship and studies_finished → not eligible
    N("prompt_pasted", "situation", "je suis en stage de fin d'études à la Banque alimentaire jusqu'à fin janvier", M(
        "Oriane Delmas <oriane.delmas@example.org>",
        "Candidature Pro'pulse",
        "02 23:05",
        """rédige moi un mail de candidature pro pour le programme pro'pulse, je suis en stage de fin d'études à la Banque alimentaire jusqu'à fin janvier (master gestion des ONG à Grenoble), je veux bosser dans une asso après

Voici une proposition :

Madame, Monsieur,

Forte d'une expérience de stage au sein de la Banque alimentaire de l'Isère et d'un master en gestion des ONG, je souhaite aujourd'hui intégrer une association engagée dans la lutte contre la précarité.

Je serais ravie de bénéficier de votre accompagnement.

Cordialement,
Oriane Delmas""",
        app("Oriane", "Delmas", phone=None, bac=5, grad=None, failing=("studies_finished", "not_internship"), status="b_prompt_stage_fin_etudes"),
    )),
    # Feature: prompt_pasted — aim — un poste de chargée de mission dans une coopérative d'activité et d'emploi
    # route: Claude, the draft sent with its preamble «Voici un brouillon de mail que vous pouvez adapter :» and its closing offer; the facts in the draft → application; master 2025, a CAE sought → eligible
    N("prompt_pasted", "aim", "un poste de chargée de mission dans une coopérative d'activité et d'emploi", M(
        "Büşra Koç <busra.koc@example.org>",
        "Candidature – Büşra Koç",
        "03 11:40",
        """Voici un brouillon de mail que vous pouvez adapter :

---

Objet : Candidature au programme Pro'pulse

Madame, Monsieur,

Diplômée d'un master Économie sociale et solidaire de l'Université de Montpellier en septembre 2025, je recherche un poste de chargée de mission dans une coopérative d'activité et d'emploi.

Je serais heureuse de pouvoir échanger avec vous sur mon projet.

Cordialement,
Büşra Koç

---

Je peux aussi vous proposer une version plus concise si vous le souhaitez.""",
        app("Büşra", "Koç", phone=None, bac=5, grad="2025-09", status="b_prompt_brouillon_cae"),
    )),
    # Feature: prompt_pasted — career_change — j'ai bossé 8 ans comme infirmière et je veux me reconvertir
    # route: ChatGPT, the prompt pasted under the draft; the draft smooths a nursing career to «riche d'un parcours dans le soin», the prompt says eight years and a reconversion → application; career before, diploma of 2016 → fails not_career_change and graduation_recent → not eligible
    N("prompt_pasted", "career_change", "j'ai bossé 8 ans comme infirmière et je veux me reconvertir", M(
        "Sandrine Lebeau <sandrine.lebeau@example.org>",
        "Candidature programme Pro'pulse",
        "04 21:50",
        """Madame, Monsieur,

Riche d'un parcours dans le soin et l'accompagnement humain, je souhaite aujourd'hui mettre mes compétences au service d'une structure de l'économie sociale et solidaire.

Je vous remercie de l'attention portée à ma candidature.

Sandrine Lebeau

(ma demande à ChatGPT : « écris un mail pour un programme d'accompagnement ESS, j'ai mon diplôme d'infirmière de 2016, j'ai bossé 8 ans comme infirmière et je veux me reconvertir dans une asso à Rouen »)""",
        app("Sandrine", "Lebeau", phone=None, bac=3, grad="2016", failing=("graduation_recent", "not_career_change"), status="b_prompt_infirmiere_reconversion"),
    )),
    # Feature: prompt_pasted — graduation — j'ai fini mes études y'a un moment
    # ambiguous: «y'a un moment» after a licence gives no year: the diploma may be of last year or of five years ago, graduation_recent stays open
    # route: Le Chat's prompt sent alone instead of the output; the person speaks of themselves in the prompt → application; date open → to verify
    N("prompt_pasted", "graduation", "j'ai fini mes études y'a un moment", M(
        "Théo Carrère <theo.carrere@example.org>",
        "mail candidature",
        "05 00:12",
        """écris-moi un mail pour postuler au programme pro'pulse d'animafac, ton pro mais pas trop. j'ai une licence de socio (clermont), j'ai fini mes études y'a un moment, là je cherche un job dans l'asso ou l'éducation populaire, je suis dispo direct""",
        app("Théo", "Carrère", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="b_prompt_seul_y_a_un_moment"),
    )),
    # Feature: prompt_pasted — studies_finished — I'm still finishing my master's thesis
    # route: ChatGPT in English, the prompt pasted above the draft; the prompt says the thesis is unfinished, the draft calls her "a recent Master's graduate" → application (English); studies not finished → fails studies_finished → not eligible
    N("prompt_pasted", "studies_finished", "I'm still finishing my master's thesis", M(
        "Aoife Brennan <aoife.brennan@example.org>",
        "Application – Pro'pulse programme",
        "06 16:30",
        """My prompt: "write me a short email to apply to the Pro'pulse programme in France. I'm still finishing my master's thesis in Bordeaux (social economy), defence in March 2027, and I want to work for a cooperative after"

Here's a draft you can use:

Dear Pro'pulse team,

As a recent Master's graduate in Social and Solidarity Economy, I am eager to contribute to a cooperative organisation and would love to join your programme.

Kind regards,
Aoife Brennan""",
        app("Aoife", "Brennan", phone=None, bac=5, grad=None, failing=("studies_finished",), language="en", status="b_prompt_en_thesis_running"),
    )),
    # Feature: prompt_pasted — situation — mon service civique s'est terminé fin août
    # route: ChatGPT, the prompt pasted under a draft that kept «actuellement engagé en service civique»; the prompt, the person's own words, says it ended in August → application; DEJEPS 2025, service civique over, an association sought → eligible
    N("prompt_pasted", "situation", "mon service civique s'est terminé fin août", M(
        "Anthony Céleste <anthony.celeste@example.org>",
        "Candidature Pro'pulse – Anthony Céleste",
        "07 09:55",
        """Madame, Monsieur,

Actuellement engagé en service civique au sein d'une association sportive de Saint-Denis, et titulaire d'un DEJEPS obtenu en 2025, je souhaite rejoindre une association d'animation ou de sport pour tous.

Cordialement,
Anthony Céleste

-----
Mon prompt : « écris un mail de candidature pour pro'pulse. J'ai le DEJEPS depuis juin 2025, mon service civique s'est terminé fin août, je cherche un emploi d'animateur dans une asso à La Réunion ou en métropole »""",
        app("Anthony", "Céleste", phone=None, bac=2, grad="2025-06", status="b_prompt_service_civique_termine"),
    )),
    # Feature: prompt_pasted — kind — Bien sûr ! Voici une réponse courte et polie
    # route: Claude's draft of an answer sent in our thread with its preamble left (In-Reply-To our Message-ID) → reply
    N("prompt_pasted", "kind", "Bien sûr ! Voici une réponse courte et polie", M(
        "Kenza Morel <kenza.morel@example.org>",
        "RE: Votre entretien Pro'pulse",
        "24 14:12",
        """Bien sûr ! Voici une réponse courte et polie :

Bonjour,

Merci pour votre message. Le créneau du jeudi 3 décembre à 10 h me convient parfaitement. Je serai présente.

Bien cordialement,
Kenza Morel""",
        reply(),
        headers={"In-Reply-To": "<entretien-0312.km@animafac.net>", "References": "<entretien-0312.km@animafac.net>"},
    )),
    # Feature: prompt_pasted — kind — Souhaitez-vous que je l'adapte
    # route: Perplexity's thank-you note after a workshop, the assistant's closing offer left; no application, no thread → other
    N("prompt_pasted", "kind", "Souhaitez-vous que je l'adapte", M(
        "Hugo Brunet <hugo.brunet@example.org>",
        "Merci pour l'atelier",
        "25 18:20",
        """Voici une proposition de message de remerciement :

Bonjour à toute l'équipe,

Un grand merci pour l'atelier de mardi dernier sur la recherche d'emploi dans l'ESS. Les échanges étaient riches et les conseils très concrets.

Au plaisir de vous revoir,
Hugo

Souhaitez-vous que je l'adapte pour un ton plus formel ?""",
        other(),
    )),
]
