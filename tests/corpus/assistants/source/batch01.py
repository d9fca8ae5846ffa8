"""Assistants corpus, batch 01 (writer A): ai_cover_letter (full letters by ChatGPT, Le Chat or Gemini from a
few facts, the real facts in one clause or only vague), placeholders_left (slots left unfilled: «[année
d'obtention]», «XXXX», «<votre diplôme>», «[Nom]», «[Nom de la structure]»), prompt_pasted (the person's own
prompt pasted with or instead of the draft, the assistant's preamble and closing offers left in)."""
# ruff: noqa: E501

from __future__ import annotations

from assistants import N
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: ai_cover_letter — graduation — titulaire d'un master Économie sociale et solidaire obtenu en juin 2025
    # route: ChatGPT cover letter from three facts, sent in the body and attached as a PDF, the master's date in the one factual clause of the second paragraph → application; a master of June 2025, a project post in an association sought → eligible
    N("ai_cover_letter", "graduation", "titulaire d'un master Économie sociale et solidaire obtenu en juin 2025", M(
        "Clémence Vautrin <clemence.vautrin@gmail.com>", "Candidature au programme Pro'pulse", "02 09:12",
        """Madame, Monsieur,

C'est avec un vif intérêt que je vous adresse ma candidature au programme Pro'pulse. Passionnée par l'économie sociale et solidaire et convaincue que l'engagement collectif peut transformer durablement les territoires, je souhaite aujourd'hui donner une dimension professionnelle à mes convictions.

Titulaire d'un master Économie sociale et solidaire obtenu en juin 2025 à l'Université Lumière Lyon 2, j'ai pu développer de solides compétences en gestion de projet, en animation de réseaux et en conduite du changement.

Je souhaite désormais m'investir dans un poste de chargée de projet au sein d'une association ou d'une coopérative. Votre programme représente pour moi une opportunité unique de structurer ma recherche et de bénéficier d'un accompagnement de qualité.

Je me tiens à votre disposition pour tout entretien et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Clémence Vautrin
06 12 48 73 90""",
        app("Clémence", "Vautrin", phone="+33612487390", bac=5, grad="2025-06", status="lettre_ia_master_juin_2025"),
        cv=CV("pdf", "Lettre_motivation_Vautrin.pdf", """Clémence Vautrin – Lyon – clemence.vautrin@gmail.com
Lettre de motivation – Programme Pro'pulse
Titulaire d'un master Économie sociale et solidaire obtenu en juin 2025 à l'Université Lumière Lyon 2.
Je souhaite m'investir dans un poste de chargée de projet au sein d'une association ou d'une coopérative."""),
    )),
    # Feature: ai_cover_letter — graduation — Récemment diplômée d'une licence professionnelle Intervention sociale
    # ambiguous: the assistant smoothed the date into «récemment»; no year stands anywhere in the mail, so the diploma may be of 2023 as well as of 2026: graduation_recent stays open
    # route: Le Chat (Mistral) letter, the diploma given only as «récemment diplômée» in the first line of the second paragraph → application; a licence pro with no date, a social centre sought → graduation_recent open → to verify
    N("ai_cover_letter", "graduation", "Récemment diplômée d'une licence professionnelle Intervention sociale", M(
        "Inès Bouaziz <ines.bouaziz@outlook.fr>", "Candidature – Inès Bouaziz", "03 14:27",
        """Bonjour,

Je me permets de vous adresser ma candidature pour intégrer le programme Pro'pulse, dont les valeurs d'entraide et d'innovation sociale résonnent profondément avec mon projet professionnel.

Récemment diplômée d'une licence professionnelle Intervention sociale, j'ai eu l'occasion de mettre en pratique mes connaissances lors de différentes expériences de terrain, qui m'ont permis de renforcer mon sens de l'écoute, ma capacité d'adaptation et mon goût pour le travail en équipe.

Aujourd'hui, je souhaite m'orienter vers un poste d'animatrice ou de coordinatrice dans un centre social ou une association de quartier. Je suis convaincue que votre accompagnement m'aidera à concrétiser ce projet.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Inès Bouaziz""",
        app("Inès", "Bouaziz", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="recemment_diplomee_sans_annee"),
    )),
    # Feature: ai_cover_letter — studies_finished — À l'issue de mon master en développement local
    # ambiguous: «à l'issue de mon master» is the assistant's stock opening: it says neither that the master is over nor when it ends; no year, no defence stands in the mail, so studies_finished (and the date) stay open
    # route: Gemini letter, the only fact on the studies in the opening clause «À l'issue de mon master…» → application; a master whose end is not told, a rural development association sought → studies_finished and graduation_recent open → to verify
    N("ai_cover_letter", "studies_finished", "À l'issue de mon master en développement local", M(
        "Baptiste Le Goff <baptiste.legoff29@gmail.com>", "Programme Pro'pulse – candidature", "04 21:40",
        """Madame, Monsieur,

À l'issue de mon master en développement local à l'Université Rennes 2, je souhaite mettre mes compétences au service d'un projet porteur de sens. L'économie sociale et solidaire incarne selon moi une manière différente et nécessaire d'entreprendre, plaçant l'humain et le territoire au cœur de l'action.

Au fil de mon parcours, j'ai développé une réelle appétence pour la concertation citoyenne, le montage de projets partenariaux et l'accompagnement des initiatives locales. Rigoureux, curieux et doté d'un excellent relationnel, je saurai m'adapter rapidement à de nouveaux environnements.

Je souhaiterais rejoindre une association de développement rural ou un pôle territorial de coopération économique en Bretagne. Le programme Pro'pulse me semble être le cadre idéal pour y parvenir.

Je vous remercie pour l'attention portée à ma candidature et reste à votre disposition pour un échange.

Baptiste Le Goff""",
        app("Baptiste", "Le Goff", phone=None, bac=5, grad=None, unknown=("studies_finished", "graduation_recent"), status="a_l_issue_du_master"),
    )),
    # Feature: ai_cover_letter — career_change — Fort de dix années d'expérience dans le secteur bancaire
    # route: ChatGPT letter, the career before in the stock opening «Fort de dix années…» (here the person's own fact: the bank named, the years told again) → application; ten years as a bank adviser, a DU of 2025 to change course → fails not_career_change → not eligible
    N("ai_cover_letter", "career_change", "Fort de dix années d'expérience dans le secteur bancaire", M(
        "Grégoire Fontaine <g.fontaine.pro@gmail.com>", "Candidature Pro'pulse – Grégoire Fontaine", "05 07:55",
        """Madame, Monsieur,

Fort de dix années d'expérience dans le secteur bancaire, dont six en tant que conseiller professionnel au Crédit du Nord à Lille, j'ai ressenti le besoin de donner un nouveau sens à ma carrière. C'est dans cette perspective que j'ai suivi en 2025 le diplôme universitaire « Entreprendre dans l'ESS » de l'Université de Lille.

Aujourd'hui, je souhaite mettre mon expertise financière au service d'une structure de l'économie sociale et solidaire, par exemple en tant que responsable administratif et financier d'une association ou d'une SCIC.

Votre programme d'accompagnement me permettrait de réussir cette transition dans les meilleures conditions.

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Grégoire Fontaine
07 81 22 45 06""",
        app("Grégoire", "Fontaine", phone="+33781224506", bac=None, grad="2025", failing=("not_career_change",), unknown=("degree_level",), status="dix_ans_banque_du_ess"),
    )),
    # Feature: ai_cover_letter — level — titulaire d'un BTS Économie sociale familiale (session 2025)
    # route: ChatGPT letter of five paragraphs, the diploma drowned in the third between two paragraphs of enthusiasm → application; a BTS ESF of the 2025 session (bac+2), a post of CESF in an association sought → eligible
    N("ai_cover_letter", "level", "titulaire d'un BTS Économie sociale familiale (session 2025)", M(
        "Maëlys Robin <maelys.robin@laposte.net>", "Candidature au dispositif Pro'pulse", "06 18:03",
        """Madame, Monsieur,

Animée depuis toujours par le désir d'être utile aux autres, c'est avec enthousiasme que je vous présente ma candidature au programme Pro'pulse.

Mon engagement associatif, mes expériences bénévoles et ma sensibilité aux questions de précarité m'ont naturellement orientée vers les métiers de l'accompagnement social. J'attache une grande importance à l'écoute, au respect de la personne et à la construction de solutions adaptées à chacun.

Je suis titulaire d'un BTS Économie sociale familiale (session 2025), et je prépare aujourd'hui mon entrée dans la vie professionnelle.

Mon objectif est de devenir conseillère en économie sociale et familiale dans une association de lutte contre la précarité énergétique ou d'accès au logement. Je suis convaincue que votre programme saura m'accompagner dans cette étape décisive.

Je serais ravie de pouvoir échanger avec vous et vous prie de croire, Madame, Monsieur, en l'assurance de ma considération distinguée.

Maëlys Robin""",
        app("Maëlys", "Robin", phone=None, bac=2, grad="2025", status="bts_esf_2025_noye"),
    )),
    # Feature: ai_cover_letter — graduation — Diplômé d'un DUT Carrières sociales en 2021
    # route: ChatGPT letter, the DUT's year in the one factual sentence of the second paragraph → application; a DUT of 2021, five years of animation in the same trade since (no change of career), an association sought → fails graduation_recent → not eligible
    N("ai_cover_letter", "graduation", "Diplômé d'un DUT Carrières sociales en 2021", M(
        "Karim Haddad <karim.haddad.anim@gmail.com>", "Candidature programme Pro'pulse", "07 11:20",
        """Madame, Monsieur,

Je souhaite vous faire part de ma motivation à rejoindre le programme Pro'pulse, qui correspond parfaitement à mon ambition de m'inscrire durablement dans le secteur de l'économie sociale et solidaire.

Diplômé d'un DUT Carrières sociales en 2021, j'ai depuis exercé en tant qu'animateur périscolaire et animateur jeunesse dans plusieurs communes de la métropole toulousaine, ce qui m'a permis de consolider mes compétences pédagogiques et relationnelles.

Je souhaite aujourd'hui évoluer vers un poste de coordinateur jeunesse dans une association d'éducation populaire, et je suis persuadé que votre accompagnement m'y aidera.

Je vous remercie de l'attention que vous porterez à ma candidature.

Karim Haddad""",
        app("Karim", "Haddad", phone=None, bac=2, grad="2021", failing=("graduation_recent",), status="dut_2021_animateur"),
    )),
    # Feature: ai_cover_letter — aim — un poste en marketing digital au sein d'une start-up de la tech ou d'un grand groupe
    # route: Gemini letter sent to the programme as it was written for any employer, the aim in the third paragraph → application; a master of 2025, a marketing post in tech or a large group sought → fails job_seeking_ess → not eligible
    N("ai_cover_letter", "aim", "un poste en marketing digital au sein d'une start-up de la tech ou d'un grand groupe", M(
        "Lou-Anne Garnier <louanne.garnier@gmail.com>", "Candidature", "08 16:45",
        """Bonjour,

Dynamique, créative et orientée résultats, je vous adresse ma candidature avec un grand intérêt.

Diplômée en septembre 2025 d'un master Marketing digital et e-business de l'IAE de Nantes, j'ai développé une solide maîtrise des outils d'acquisition, du SEO et de l'analyse de données, notamment lors de mon alternance chez un e-commerçant.

Je recherche aujourd'hui un poste en marketing digital au sein d'une start-up de la tech ou d'un grand groupe, où je pourrai contribuer à la croissance et à la performance commerciale. J'ai vu que votre programme aide les jeunes diplômés à trouver un premier emploi et je serais heureuse d'en bénéficier.

Je reste à votre disposition pour un entretien.

Bien cordialement,
Lou-Anne Garnier""",
        app("Lou-Anne", "Garnier", phone=None, bac=5, grad="2025-09", failing=("job_seeking_ess",), status="marketing_tech_grand_groupe"),
    )),
    # Feature: ai_cover_letter — kind — Je me permets de vous contacter afin d'obtenir des informations complémentaires
    # route: ChatGPT-written question, polished and impersonal, no fact of the writer's own → question
    N("ai_cover_letter", "kind", "Je me permets de vous contacter afin d'obtenir des informations complémentaires", M(
        "Yanis Morel <yanis.morel.83@gmail.com>", "Demande d'informations – Programme Pro'pulse", "09 10:02",
        """Bonjour,

Je me permets de vous contacter afin d'obtenir des informations complémentaires concernant le programme Pro'pulse.

Pourriez-vous m'indiquer les modalités de sélection, le calendrier de la prochaine session ainsi que le format de l'accompagnement (présentiel, distanciel ou hybride) ?

Je vous remercie par avance pour votre retour et vous souhaite une excellente journée.

Bien cordialement,
Yanis Morel""",
        question(),
    )),
    # Feature: ai_cover_letter — kind — Forum de l'emploi solidaire
    # route: a partner's invitation written by an assistant (its enthusiastic boilerplate and «n'hésitez pas»), no person presented → other
    N("ai_cover_letter", "kind", "Forum de l'emploi solidaire", M(
        "Maison de l'emploi Rhône-Sud <contact@mde-rhonesud.example.org>", "Invitation : Forum de l'emploi solidaire du 12 décembre", "10 08:30",
        """Bonjour à toute l'équipe Pro'pulse,

Nous avons le plaisir de vous convier au Forum de l'emploi solidaire qui se tiendra le jeudi 12 décembre à Vénissieux. Cet événement fédérateur réunira plus de quarante structures de l'ESS, des acteurs de l'insertion et des jeunes en recherche d'emploi, autour d'un objectif commun : favoriser des rencontres porteuses de sens.

Nous serions ravis de vous accueillir sur un stand afin de présenter votre programme. N'hésitez pas à nous faire part de vos besoins logistiques !

Au plaisir de vous y retrouver,
L'équipe de la Maison de l'emploi Rhône-Sud""",
        other(),
    )),
    # Feature: placeholders_left — graduation — obtenu en [année d'obtention]
    # ambiguous: the year of the master is a slot the person never filled; nothing else in the mail dates it, so graduation_recent stays open
    # route: a ChatGPT template sent with the year's slot unfilled in the first paragraph, the rest filled → application; a master with no year, a social housing association sought → graduation_recent open → to verify
    N("placeholders_left", "graduation", "obtenu en [année d'obtention]", M(
        "Sarah Benali <sarah.benali.pro@gmail.com>", "Candidature Pro'pulse – Sarah Benali", "02 19:18",
        """Madame, Monsieur,

Titulaire d'un Master Intervention et développement social obtenu en [année d'obtention] à l'Université de Lille, je souhaite intégrer le programme Pro'pulse afin d'être accompagnée dans ma recherche d'un premier emploi.

Je souhaite travailler dans une association d'accès au logement ou d'accompagnement des personnes sans domicile, où je pourrai mettre à profit mes compétences en accompagnement social et en travail partenarial.

Je vous remercie pour l'attention portée à ma candidature.

Cordialement,
Sarah Benali""",
        app("Sarah", "Benali", phone=None, bac=5, grad=None, unknown=("graduation_recent",), status="slot_annee_obtention"),
    )),
    # Feature: placeholders_left — level — Diplômée d'un XXXX en gestion des associations en juin 2025
    # ambiguous: the diploma's name is «XXXX»: the date and the field are filled but the level (a BTS? a licence pro? a master?) is not, and nothing else says it: degree_level stays open
    # route: a job site's template with XXXX slots, the diploma's name left as XXXX in the first sentence → application; a diploma of June 2025 of unknown level, an association sought → degree_level open → to verify
    N("placeholders_left", "level", "Diplômée d'un XXXX en gestion des associations en juin 2025", M(
        "Noémie Castel <noemie.castel@yahoo.fr>", "Candidature", "03 12:40",
        """Bonjour,

Diplômée d'un XXXX en gestion des associations en juin 2025, je suis à la recherche d'un poste d'assistante de gestion ou de chargée de vie associative dans une association ou une fédération.

Mes stages m'ont permis de découvrir le fonctionnement des structures de l'ESS, la gestion des adhérents et l'organisation d'assemblées générales.

Je serais ravie de rejoindre le programme XXXX et reste à votre disposition.

Noémie Castel
06 33 91 27 48""",
        app("Noémie", "Castel", phone="+33633912748", bac=None, grad="2025-06", unknown=("degree_level",), status="xxxx_niveau"),
    )),
    # Feature: placeholders_left — level — Licence AES 2025
    # route: a template whose diploma slot «<votre diplôme>» was left in the body, the level and year filled only in the subject the person typed → application; a licence AES of 2025 (bac+3), a cooperative sought → eligible
    N("placeholders_left", "level", "Licence AES 2025", M(
        "Hugo Marchal <hugo.marchal@gmail.com>", "Candidature Pro'pulse – Licence AES 2025", "04 09:33",
        """Madame, Monsieur,

Titulaire d'un <votre diplôme>, je souhaite aujourd'hui m'engager dans un emploi qui ait du sens. L'économie sociale et solidaire, et en particulier les coopératives, m'attirent pour leur fonctionnement démocratique.

Je souhaiterais rejoindre une SCOP ou une SCIC sur un poste administratif ou de gestion.

Je vous remercie par avance de votre réponse.

Hugo Marchal""",
        app("Hugo", "Marchal", phone=None, bac=3, grad="2025", info_in="subject", status="slot_diplome_objet_rempli"),
    )),
    # Feature: placeholders_left — graduation — diplômé d'un BUT Carrières sociales en juin 2025
    # route: a template whose only unfilled slot is the greeting «Madame, Monsieur [Nom]»; every fact filled in the first paragraph → application; a BUT of June 2025, an association of popular education sought → eligible
    N("placeholders_left", "graduation", "diplômé d'un BUT Carrières sociales en juin 2025", M(
        "Théo Lambert <theo.lambert.but@gmail.com>", "Candidature au programme", "05 17:10",
        """Madame, Monsieur [Nom],

Je suis diplômé d'un BUT Carrières sociales en juin 2025 (parcours animation sociale et socioculturelle) à l'IUT de Tours et je souhaite rejoindre votre programme d'accompagnement.

Je cherche un poste d'animateur ou de chargé de projets jeunesse dans une association d'éducation populaire ou une MJC.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur [Nom], l'expression de mes salutations distinguées.

Théo Lambert""",
        app("Théo", "Lambert", phone=None, bac=3, grad="2025-06", status="slot_nom_salutation"),
    )),
    # Feature: placeholders_left — aim — rejoindre [Nom de la structure] en tant que [intitulé du poste]
    # ambiguous: the employer and the post sought are both slots; the person fills in only the diploma, so what kind of job (and in which sector) they seek is not said: job_seeking_ess stays open
    # route: a Gemini draft with the employer's and the post's slots unfilled in the second paragraph → application; a master of October 2025, the job sought a slot → job_seeking_ess open → to verify
    N("placeholders_left", "aim", "rejoindre [Nom de la structure] en tant que [intitulé du poste]", M(
        "Juliette Perrot <juliette.perrot@outlook.fr>", "Candidature – programme Pro'pulse", "06 22:05",
        """Bonjour,

Diplômée d'un master en sociologie en octobre 2025 à l'Université de Strasbourg, je vous adresse ma candidature au programme Pro'pulse.

Je souhaiterais vivement rejoindre [Nom de la structure] en tant que [intitulé du poste], afin de mettre mes compétences d'analyse et d'enquête au service d'un projet qui me tient à cœur.

Je vous remercie de l'attention que vous porterez à ma demande.

Juliette Perrot""",
        app("Juliette", "Perrot", phone=None, bac=5, grad="2025-10", unknown=("job_seeking_ess",), status="slot_structure_et_poste"),
    )),
    # Feature: placeholders_left — graduation — mon master, mention [mention], obtenu en septembre 2025
    # route: a ChatGPT template with the «[mention]» slot left; the master's date and the aim filled → application; a master of September 2025, an association for migrants sought → eligible
    N("placeholders_left", "graduation", "mon master, mention [mention], obtenu en septembre 2025", M(
        "Aminata Diallo <aminata.diallo.m2@gmail.com>", "Candidature Pro'pulse", "07 13:50",
        """Madame, Monsieur,

Je vous écris pour candidater au programme Pro'pulse. Avec mon master, mention [mention], obtenu en septembre 2025 à l'Université Toulouse Jean-Jaurès (Migrations internationales), je souhaite travailler dans une association d'accueil et d'accompagnement des personnes exilées.

J'ai effectué mon stage de fin d'études à la Cimade, ce qui a confirmé mon envie de travailler dans ce domaine.

Cordialement,
Aminata Diallo""",
        app("Aminata", "Diallo", phone=None, bac=5, grad="2025-09", status="slot_mention_master_2025"),
    )),
    # Feature: placeholders_left — kind — des informations sur le programme [Nom du programme]
    # route: a template question whose programme's name is a slot, no fact of the writer's own → question
    N("placeholders_left", "kind", "des informations sur le programme [Nom du programme]", M(
        "Célia Roussel <celia.roussel@gmail.com>", "Demande d'informations", "08 09:15",
        """Bonjour,

Je souhaiterais obtenir des informations sur le programme [Nom du programme] : quelles sont les conditions d'accès et la date limite de candidature ?

Merci d'avance,
Célia Roussel""",
        question(),
    )),
    # Feature: placeholders_left — kind — je vous confirme ma disponibilité pour [date]
    # route: a template reply in our thread (In-Reply-To ours) with the date's slot unfilled → reply
    N("placeholders_left", "kind", "je vous confirme ma disponibilité pour [date]", M(
        "Mathis Aubert <mathis.aubert@gmail.com>", "RE: Pro'pulse – entretien de présélection", "19 20:12",
        """Bonjour,

Merci pour votre message, je vous confirme ma disponibilité pour [date] à [heure] pour l'entretien de présélection.

Bien à vous,
Mathis Aubert""",
        reply(),
        headers={"In-Reply-To": "<entretien-aubert.4412@animafac.net>", "References": "<entretien-aubert.4412@animafac.net>"},
    )),
    # Feature: prompt_pasted — studies_finished — je suis en M2 jusqu'en juin
    # route: Le Chat, the person's prompt pasted above the draft; the prompt says «je suis en M2 jusqu'en juin», the draft made it «Diplômée d'un master» — the prompt wins → application; a master running until June 2027 → fails studies_finished → not eligible
    N("prompt_pasted", "studies_finished", "je suis en M2 jusqu'en juin", M(
        "Léa Gauthier <lea.gauthier.m2@gmail.com>", "Candidature Pro'pulse", "02 23:02",
        """écris moi un mail pour candidater au programme pro'pulse d'animafac, je suis en M2 jusqu'en juin (master politiques sociales à Grenoble) et je voudrais trouver un poste dans une asso d'insertion après

Objet : Candidature au programme Pro'pulse

Madame, Monsieur,

Diplômée d'un master Politiques sociales de l'Université Grenoble Alpes, je souhaite intégrer le programme Pro'pulse afin d'être accompagnée dans ma recherche d'un poste au sein d'une structure d'insertion par l'activité économique.

Je reste à votre disposition pour tout échange.

Cordialement,
Léa Gauthier""",
        app("Léa", "Gauthier", phone=None, bac="*", grad=None, failing=("studies_finished",), status="prompt_m2_jusqu_en_juin"),
    )),
    # Feature: prompt_pasted — graduation — licence professionnelle Gestion des organisations de l'ESS en juin 2025
    # route: ChatGPT output sent with its preamble «Bien sûr ! Voici une proposition de mail :» and its closing offer; the facts in the draft's first paragraph (nobody's preamble aside) → application; a licence pro of June 2025, a post in a cooperative sought → eligible
    N("prompt_pasted", "graduation", "licence professionnelle Gestion des organisations de l'ESS en juin 2025", M(
        "Antoine Ribeiro <antoine.ribeiro@gmail.com>", "Candidature au programme Pro'pulse", "03 08:47",
        """Bien sûr ! Voici une proposition de mail :

---

Madame, Monsieur,

J'ai obtenu ma licence professionnelle Gestion des organisations de l'ESS en juin 2025 à l'IUT de Bordeaux et je souhaite aujourd'hui trouver un premier emploi dans une coopérative ou une association.

Le programme Pro'pulse m'intéresse particulièrement pour son accompagnement personnalisé et son réseau de structures partenaires.

Je vous remercie pour votre attention et reste disponible pour un échange.

Cordialement,
Antoine Ribeiro

---

N'hésitez pas à me demander d'ajuster le ton ou la longueur du message !""",
        app("Antoine", "Ribeiro", phone=None, bac=3, grad="2025-06", status="preambule_voici_une_proposition"),
    )),
    # Feature: prompt_pasted — aim — je cherche un poste dans une asso culturelle ou une scic
    # route: the person's prompt sent alone instead of the draft (pasted into the mail by mistake, sent anyway): the person speaking of themselves → application; a master 2 of September 2025, a cultural association or a SCIC sought → eligible
    N("prompt_pasted", "aim", "je cherche un poste dans une asso culturelle ou une scic", M(
        "Zoé Marchetti <zoe.marchetti@gmail.com>", "candidature pro'pulse", "04 00:31",
        """rédige un mail pour postuler au programme pro'pulse. j'ai un master 2 gestion de projets culturels eu en septembre 2025 à aix-marseille, je cherche un poste dans une asso culturelle ou une scic, plutôt à marseille. ton pro mais pas trop froid, pas trop long""",
        app("Zoé", "Marchetti", phone=None, bac=5, grad="2025-09", status="prompt_seul_envoye"),
    )),
    # Feature: prompt_pasted — situation — je suis en service civique jusqu'en avril
    # route: ChatGPT, the prompt pasted under the draft; the draft smoothed the civic service into «actuellement engagée au sein d'Unis-Cité», the prompt says it runs until April 2027 → application; a licence of 2025, a service civique running → fails not_service_civique → not eligible
    N("prompt_pasted", "situation", "je suis en service civique jusqu'en avril", M(
        "Manon Lefèvre <manon.lefevre.sc@gmail.com>", "Candidature – Manon Lefèvre", "05 20:16",
        """Madame, Monsieur,

Titulaire d'une licence de géographie (2025) et actuellement engagée au sein d'Unis-Cité, je souhaite intégrer le programme Pro'pulse pour préparer mon insertion professionnelle dans une association environnementale.

Bien cordialement,
Manon Lefèvre

---
(mon message à ChatGPT : « fais un mail court pour candidater à pro'pulse, j'ai une licence de géo de 2025, je suis en service civique jusqu'en avril 2027 chez unis-cité, je veux bosser dans une asso environnement »)""",
        app("Manon", "Lefèvre", phone=None, bac=3, grad="2025", failing=("not_service_civique",), status="prompt_service_civique_avril"),
    )),
    # Feature: prompt_pasted — graduation — I did a BA in International Development
    # ambiguous: the person's prompt gives no year; the draft's «As a recent graduate» is the assistant's own word, nobody's fact: graduation_recent stays open
    # route: ChatGPT in English, the prompt pasted above the draft «Here's a draft you can use:»; the prompt holds the facts, no year → application (English); a BA with no date, a charity in France sought → graduation_recent open → to verify
    N("prompt_pasted", "graduation", "I did a BA in International Development", M(
        "Rachel Donovan <rachel.donovan@example.co.uk>", "Application – Pro'pulse", "06 15:38",
        """Prompt: help me write an email applying to a French programme for young graduates (Pro'pulse). I did a BA in International Development at the University of Sussex, I've done some volunteering with refugees, I live in Paris now and I want to work for a charity or a non-profit here. Keep it short.

Here's a draft you can use:

Dear Pro'pulse team,

As a recent graduate in International Development from the University of Sussex, I am writing to apply for your programme. Having volunteered with refugee support organisations, I am eager to build a career in the non-profit sector in France.

Thank you for considering my application.

Best regards,
Rachel Donovan""",
        app("Rachel", "Donovan", phone=None, bac=3, grad=None, unknown=("graduation_recent",), language="en", status="prompt_ba_no_year"),
    )),
    # Feature: prompt_pasted — career_change — j'ai bossé 8 ans comme comptable
    # route: ChatGPT, the prompt «aide-moi à reformuler» pasted under the draft; the draft says «riche d'une expérience significative en gestion», the prompt says eight years as an accountant before the DEJEPS → application; a DEJEPS of 2026 after eight years in accounting → fails not_career_change → not eligible
    N("prompt_pasted", "career_change", "j'ai bossé 8 ans comme comptable", M(
        "Sébastien Caron <seb.caron.dejeps@gmail.com>", "Candidature programme Pro'pulse", "07 12:09",
        """Madame, Monsieur,

Riche d'une expérience significative en gestion et récemment titulaire du DEJEPS Animation socio-éducative, je souhaite mettre mes compétences au service d'une association d'éducation populaire.

Cordialement,
Sébastien Caron

[ce que j'avais écrit à l'IA : aide-moi à reformuler, j'ai bossé 8 ans comme comptable dans un cabinet, j'ai tout arrêté pour passer le DEJEPS que j'ai eu en juin 2026, maintenant je veux bosser dans l'animation]""",
        app("Sébastien", "Caron", phone=None, bac=2, grad="2026-06", failing=("not_career_change",), status="prompt_comptable_dejeps"),
    )),
    # Feature: prompt_pasted — kind — reformule ma question pour l'asso
    # route: the prompt pasted above Gemini's rewrite, a question about the cost of the programme, no fact of the writer's own → question
    N("prompt_pasted", "kind", "reformule ma question pour l'asso", M(
        "Elsa Piquet <elsa.piquet@gmail.com>", "Question sur le programme", "08 18:22",
        """reformule ma question pour l'asso : est ce que c'est payant et c'est combien de temps

Voici une version reformulée :

Bonjour,

Pourriez-vous m'indiquer si la participation au programme Pro'pulse est payante, ainsi que sa durée ?

Merci d'avance pour votre réponse.
Elsa""",
        question(),
    )),
    # Feature: prompt_pasted — kind — Voici une proposition de message d'absence
    # route: an out-of-office drafted by ChatGPT, its preamble «Voici une proposition de message d'absence :» pasted into the auto-reply (Auto-Submitted) → auto-reply
    N("prompt_pasted", "kind", "Voici une proposition de message d'absence", M(
        "Pauline Mercier <pauline.mercier@asso-lesponts.example.org>", "Réponse automatique : Pro'pulse – réunion des partenaires", "11 09:00",
        """Voici une proposition de message d'absence :

Bonjour,

Je suis actuellement absente du bureau jusqu'au 17 novembre inclus et n'aurai qu'un accès limité à mes e-mails. Pour toute demande urgente, vous pouvez contacter l'accueil de l'association au 04 72 00 00 00.

Bien cordialement,
Pauline Mercier""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
