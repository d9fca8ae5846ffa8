"""Asking corpus, batch 04 (writer A): «how do I apply» with the facts said in passing, third parties asking
for someone (a parent, an adviser, a partner — referrals), and the asking in English («Am I eligible if…»,
«Would I qualify given…», «Can I still apply if…»); other mail that asks too (generic «comment on postule»
questions, an adviser's question with nobody presented, an auto-reply, an English question, an English reply
in our thread)."""
# ruff: noqa: E501

from __future__ import annotations

from asking import N
from kit import CV, M, app, auto_reply, question, reply

MESSAGES = [
    # Feature: how_to_apply — level — comment je postule, moi qui ai un DUT GEA de juin 2025
    # asking: «comment je postule, moi qui ai un DUT GEA de juin 2025» = asked how, the DUT (bac+2) of June 2025 said in passing → meets degree_level, graduation_recent → eligible
    N("how_to_apply", "level", "comment je postule, moi qui ai un DUT GEA de juin 2025", M(
        "Sofiane Belarbi <sofiane.belarbi@example.net>", "comment postuler", "02 12:40",
        """Bonjour,

Je n'ai pas trouvé le formulaire sur votre site : comment je postule, moi qui ai un DUT GEA de juin 2025 ? Je voudrais devenir gestionnaire paie dans une association ou une mutuelle.

Merci,
Sofiane Belarbi
06 54 81 29 70""",
        app("Sofiane", "Belarbi", phone="+33654812970", bac=2, grad="2025-06", status="comment_dut_gea"),
    )),
    # Feature: how_to_apply — graduation — quelqu'un comme moi qui sort d'un master en septembre
    # asking: «quelqu'un comme moi qui sort d'un master en septembre» = asked what the procedure is, a master of September 2026 said in passing → meets graduation_recent → eligible
    N("how_to_apply", "graduation", "quelqu'un comme moi qui sort d'un master en septembre", M(
        "Agathe Lemoine-Sy <agathe.lemoinesy@example.org>", "Démarche de candidature", "05 09:58",
        """Bonjour,

Quelle est la démarche pour quelqu'un comme moi qui sort d'un master en septembre ? Faut-il passer par France Travail, ou puis-je vous écrire directement ? J'ai fait le master Économie sociale et solidaire de Grenoble et je cherche un poste de chargée de projet dans une SCIC ou un tiers-lieu associatif.

Je joins mon CV au cas où.

Agathe Lemoine-Sy
07 62 91 40 83""",
        app("Agathe", "Lemoine-Sy", phone="+33762914083", bac=5, grad="2026-09", status="demarche_master_septembre", info_in="both"),
        cv=CV("pdf", "Agathe_Lemoine-Sy_CV.pdf", "Agathe Lemoine-Sy\nMaster Économie sociale et solidaire, Université Grenoble Alpes (septembre 2026)\nStage de fin d'études : SCIC d'autopartage (6 mois)\nLicence AES (2024)"),
    )),
    # Feature: how_to_apply — situation — je termine bientôt mon volontariat en Allemagne
    # ambiguous: a volunteering abroad ending «bientôt», its scheme and end unsaid: whether it is a civic-service-like mission still running is open
    # asking: «je termine bientôt mon volontariat en Allemagne» = a current volunteering of unstated scheme and end → not_service_civique open
    N("how_to_apply", "situation", "je termine bientôt mon volontariat en Allemagne", M(
        "Léna Hoffmann-Roux <lena.hr@example.com>", "Où envoyer mon dossier ?", "08 18:07",
        """Hallo, bonjour !

Où dois-je envoyer mon dossier ? Je termine bientôt mon volontariat en Allemagne, dans une association de jeunesse à Leipzig, et je rentre en France ensuite. J'ai une licence LEA obtenue en juin 2025. Je voudrais travailler dans une association d'échanges internationaux.

Léna Hoffmann-Roux
06 09 37 52 48""",
        app("Léna", "Hoffmann-Roux", phone="+33609375248", bac=3, grad="2025-06", unknown=("not_service_civique",), status="volontariat_allemagne"),
    )),
    # Feature: how_to_apply — graduation — comment je m'inscris ? j'ai mon BTS depuis un moment déjà
    # ambiguous: a BTS obtained «depuis un moment», no date: within 24 months or not cannot be told
    # asking: «comment je m'inscris ? j'ai mon BTS depuis un moment déjà» = a BTS of unsaid date, said in passing → graduation_recent open
    N("how_to_apply", "graduation", "comment je m'inscris ? j'ai mon BTS depuis un moment déjà", M(
        "Cédric Nzinga <cedric.nzinga@example.fr>", "inscription", "11 20:33",
        """bonsoir, comment je m'inscris ? j'ai mon BTS depuis un moment déjà (NDRC) et je voudrais passer dans l'associatif, genre chargé de partenariats dans une asso d'insertion. merci

Cédric 07 90 14 63 25""",
        app("Cédric", "Nzinga", phone="+33790146325", bac=2, grad=None, unknown=("graduation_recent",), status="bts_depuis_un_moment"),
    )),
    # Feature: how_to_apply — situation — Comment je fais pour postuler pendant mon stage, qui dure jusqu'au 18 décembre
    # asking: «Comment je fais pour postuler pendant mon stage, qui dure jusqu'au 18 décembre» = asked how, an internship running today said in passing → fails not_internship
    N("how_to_apply", "situation", "Comment je fais pour postuler pendant mon stage, qui dure jusqu'au 18 décembre", M(
        "Manon Cissé <manon.cisse@example.org>", "Postuler pendant un stage", "13 12:20",
        """Bonjour,

Comment je fais pour postuler pendant mon stage, qui dure jusqu'au 18 décembre ? J'ai validé ma licence de sciences de l'éducation en juin 2026 et je fais un stage complémentaire dans une association de soutien à la parentalité, où j'aimerais ensuite être embauchée.

Manon Cissé
06 86 43 15 92""",
        app("Manon", "Cissé", phone="+33686431592", bac=3, grad="2026-06", failing=("not_internship",), status="comment_pendant_stage"),
    )),
    # Feature: how_to_apply — aim — je veux bosser dans une recyclerie
    # asking: «je veux bosser dans une recyclerie» = asked how, the ESS aim said in passing; a BTS of June 2026 → eligible
    N("how_to_apply", "aim", "je veux bosser dans une recyclerie", M(
        "Kévin Ah-Sing <kevin.ahsing@example.net>", "comment on fait", "15 16:48",
        """Yo, comment on fait pour postuler ? J'ai eu mon BTS Maintenance des systèmes en juin et je veux bosser dans une recyclerie, réparer des trucs plutôt que les jeter. Y a un formulaire ?

Kévin — 06 17 28 39 50""",
        app("Kévin", "Ah-Sing", phone="+33617283950", bac=2, grad="2026-06", status="recyclerie_comment"),
    )),
    # Feature: how_to_apply — kind — quelle est la marche à suivre pour candidater avec un bac+2
    # asking: «quelle est la marche à suivre pour candidater avec un bac+2» = a bac+2 in general, no fact of the writer → kind question
    N("how_to_apply", "kind", "quelle est la marche à suivre pour candidater avec un bac+2", M(
        "Sarah Benoît <sarah.benoit@example.com>", "Candidatures", "16 08:21",
        """Bonjour,

Quelle est la marche à suivre pour candidater avec un bac+2 ? Il y a un formulaire en ligne ou il faut envoyer un mail avec le CV ? Et quelle est la date limite ?

Bonne journée""",
        question(),
    )),
    # Feature: how_to_apply — kind — Quelle est la démarche pour inscrire un groupe
    # asking: «Quelle est la démarche pour inscrire un groupe» = a youth worker asks about group registration with nobody presented → kind question
    N("how_to_apply", "kind", "Quelle est la démarche pour inscrire un groupe", M(
        "Olivier Marchand - Maison de quartier Saint-Jacques <o.marchand@example.fr>", "Inscription collective ?", "17 14:09",
        """Bonjour,

Quelle est la démarche pour inscrire un groupe de jeunes diplômés à une réunion d'information ? Nous en accompagnons plusieurs et ils seraient intéressés. Faut-il que chacun s'inscrive individuellement ?

Merci,
Olivier Marchand""",
        question(),
    )),
    # Feature: third_party_asking — situation — est-ce que ma fille, engagée en service civique jusqu'à l'été
    # asking: «est-ce que ma fille, engagée en service civique jusqu'à l'été» = the person presented is in a service civique running today → fails not_service_civique
    N("third_party_asking", "situation", "est-ce que ma fille, engagée en service civique jusqu'à l'été", M(
        "Catherine Rouvière <catherine.rouviere@example.fr>", "Pour ma fille Elsa", "03 19:12",
        """Bonjour,

Je me permets de vous écrire pour ma fille Elsa Rouvière. Est-ce que ma fille, engagée en service civique jusqu'à l'été, peut déjà s'inscrire à votre programme ? Elle a une licence de psychologie (juin 2025) et voudrait travailler dans une association d'aide aux victimes.

Elle n'a pas beaucoup de temps pour écrire, mais vous pouvez la joindre au 06 31 45 27 80.

Catherine Rouvière""",
        app("Elsa", "Rouvière", phone="+33631452780", bac=3, grad="2025-06", failing=("not_service_civique",), status="fille_sc_ete", email=None, forwarded_by="catherine.rouviere@example.fr"),
    )),
    # Feature: third_party_asking — level — un jeune que j'accompagne, qui a un BTS Électrotechnique de juin 2025
    # asking: «un jeune que j'accompagne, qui a un BTS Électrotechnique de juin 2025» = the person presented holds a BTS of June 2025 → meets degree_level, graduation_recent → eligible
    N("third_party_asking", "level", "un jeune que j'accompagne, qui a un BTS Électrotechnique de juin 2025", M(
        "Fabienne Lacoste - Mission locale <f.lacoste@example.org>", "Orientation vers Pro'pulse", "06 10:35",
        """Bonjour,

Conseillère en mission locale, je voudrais savoir si un jeune que j'accompagne, qui a un BTS Électrotechnique de juin 2025, peut entrer dans votre programme. Il s'appelle Mamadou Keïta, il a fini ses études et il cherche un poste de technicien dans une SCIC d'énergie citoyenne.

Ses coordonnées : mamadou.keita@example.net, 07 53 86 21 40.

Bien cordialement,
Fabienne Lacoste""",
        app("Mamadou", "Keïta", phone="+33753862140", bac=2, grad="2025-06", status="ml_bts_electrotechnique", email="mamadou.keita@example.net", forwarded_by="f.lacoste@example.org"),
    )),
    # Feature: third_party_asking — graduation — mon fils, qui a eu son bachelor d'école de commerce en 2024
    # ambiguous: a bachelor of 2024, no month: within 24 months only if from November or December 2024
    # asking: «mon fils, qui a eu son bachelor d'école de commerce en 2024» = the son's diploma of 2024, month unsaid → graduation_recent open
    N("third_party_asking", "graduation", "mon fils, qui a eu son bachelor d'école de commerce en 2024", M(
        "Philippe Desmarais <philippe.desmarais@example.com>", "Renseignement pour mon fils", "09 08:49",
        """Bonjour,

Est-ce que mon fils, qui a eu son bachelor d'école de commerce en 2024, peut postuler ? Antoine cherche depuis un moment un poste dans une entreprise de l'économie sociale, plutôt une coopérative. Il n'ose pas vous écrire lui-même !

Son numéro : 06 72 18 54 93, son adresse : antoine.desmarais@example.com.

Cordialement,
Philippe Desmarais""",
        app("Antoine", "Desmarais", phone="+33672185493", bac=3, grad="2024", unknown=("graduation_recent",), status="fils_bachelor_2024", email="antoine.desmarais@example.com", forwarded_by="philippe.desmarais@example.com"),
    )),
    # Feature: third_party_asking — career_change — My partner, who has been a chef for fifteen years
    # asking: «My partner, who has been a chef for fifteen years» = the person presented had a fifteen-year career before his licence pro → fails not_career_change
    N("third_party_asking", "career_change", "My partner, who has been a chef for fifteen years", M(
        "Emily Carter <emily.carter@example.org>", "On behalf of my partner", "12 21:15",
        """Hello,

My partner, who has been a chef for fifteen years, just got a licence professionnelle in social economy (June 2026) and wonders if he can apply to Pro'pulse. His French is better spoken than written, so I'm writing for him. He would like to run the kitchen of a solidarity restaurant.

His name is Karim Zerrouki, phone 06 44 90 37 15.

Thanks,
Emily""",
        app("Karim", "Zerrouki", phone="+33644903715", bac=3, grad="2026-06", failing=("not_career_change",), status="partner_chef_quinze_ans", email=None, forwarded_by="emily.carter@example.org", language="en"),
    )),
    # Feature: third_party_asking — graduation — ma cousine, qui a eu son master en juillet 2025
    # asking: «ma cousine, qui a eu son master en juillet 2025» = the person presented holds a master of July 2025 → meets graduation_recent → eligible
    N("third_party_asking", "graduation", "ma cousine, qui a eu son master en juillet 2025", M(
        "Jean-Marc Oyono <jm.oyono@example.net>", "Candidature de ma cousine", "14 11:27",
        """Bonjour,

Je suis administrateur bénévole d'une association et j'ai parlé de Pro'pulse à ma cousine. Est-ce que ma cousine, qui a eu son master en juillet 2025 (Coopération internationale), peut candidater ? Elle s'appelle Laetitia Mbarga et cherche un poste de chargée de projets dans une ONG basée en France. Elle n'a pas d'autre activité en ce moment.

Elle vous écrira aussi : laetitia.mbarga@example.org, 06 95 20 68 31.

Jean-Marc Oyono""",
        app("Laetitia", "Mbarga", phone="+33695206831", bac=5, grad="2025-07", status="cousine_master_juillet", email="laetitia.mbarga@example.org", forwarded_by="jm.oyono@example.net"),
    )),
    # Feature: third_party_asking — studies_finished — une jeune que je suis, en fin d'apprentissage, attend ses résultats de BTS
    # ambiguous: the apprenticeship is over and the BTS exams sat, the results not out: whether she has finished is open
    # asking: «une jeune que je suis, en fin d'apprentissage, attend ses résultats de BTS» = results still to come on exams all sat → studies_finished open
    N("third_party_asking", "studies_finished", "une jeune que je suis, en fin d'apprentissage, attend ses résultats de BTS", M(
        "Nathalie Guillou - Foyer de jeunes travailleurs <n.guillou@example.fr>", "Une jeune du foyer", "18 15:02",
        """Bonjour,

Éducatrice au foyer de jeunes travailleurs, je me demande si vous pouvez recevoir la candidature d'une jeune que je suis, en fin d'apprentissage, attend ses résultats de BTS (session de rattrapage passée en octobre). Elle s'appelle Inaya Belkhir et voudrait travailler dans une association d'aide alimentaire.

Son téléphone : 07 26 81 49 03.

Nathalie Guillou""",
        app("Inaya", "Belkhir", phone="+33726814903", bac=2, grad=None, unknown=("graduation_recent", "studies_finished"), status="fjt_resultats_bts", email=None, forwarded_by="n.guillou@example.fr"),
    )),
    # Feature: third_party_asking — kind — un stagiaire en fin de convention, par exemple
    # asking: «un stagiaire en fin de convention, par exemple» = an adviser's question with nobody presented → kind question
    N("third_party_asking", "kind", "un stagiaire en fin de convention, par exemple", M(
        "Bruno Lecoq - PLIE de Valence <b.lecoq@example.org>", "Publics orientables", "19 09:30",
        """Bonjour,

Quels publics pouvons-nous vous orienter ? Un stagiaire en fin de convention, par exemple, ou une personne de plus de trente ans, est-ce possible ? Nous préparons un document pour nos conseillers.

Cordialement,
Bruno Lecoq""",
        question(),
    )),
    # Feature: third_party_asking — kind — je transmettrai votre demande si besoin
    # asking: «je transmettrai votre demande si besoin» = a counsellor's automatic answer → kind auto_reply
    N("third_party_asking", "kind", "je transmettrai votre demande si besoin", M(
        "Sandrine Morvan <s.morvan@example.fr>", "Réponse automatique : Orientation Pro'pulse", "20 13:00",
        """Bonjour, je suis en congé jusqu'au 1er décembre. Je transmettrai votre demande si besoin à mon retour. Pour les jeunes suivis, contactez l'accueil du CCAS.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_asking — level — Am I eligible if I hold an HND finished in June 2025
    # asking: «Am I eligible if I hold an HND finished in June 2025» = «if» presupposing an HND (bac+2) of June 2025 → meets degree_level, graduation_recent → eligible
    N("english_asking", "level", "Am I eligible if I hold an HND finished in June 2025", M(
        "Ewan MacLeod <ewan.macleod@example.com>", "Eligibility question", "02 16:12",
        """Hi there,

Am I eligible if I hold an HND finished in June 2025? It's in Social Sciences from a college in Glasgow. I moved to Lyon in September and would like to work for a housing association or a charity supporting young people.

Cheers,
Ewan MacLeod
07 81 30 52 64""",
        app("Ewan", "MacLeod", phone="+33781305264", bac=2, grad="2025-06", language="en", status="hnd_june_2025"),
    )),
    # Feature: english_asking — situation — Can I apply while my placement runs until mid-January
    # asking: «Can I apply while my placement runs until mid-January» = «while» on a stated fact: a placement (internship) running today → fails not_internship
    N("english_asking", "situation", "Can I apply while my placement runs until mid-January", M(
        "Priya Subramaniam <priya.subramaniam@example.org>", "Placement question", "04 10:26",
        """Hello,

Can I apply while my placement runs until mid-January? I finished my BA in International Development in July 2025 and I am now doing a placement at a refugee charity in Paris. I'd love to stay in the non-profit world afterwards.

Best wishes,
Priya Subramaniam
06 67 13 80 42""",
        app("Priya", "Subramaniam", phone="+33667138042", bac=3, grad="2025-07", failing=("not_internship",), language="en", status="placement_until_january"),
    )),
    # Feature: english_asking — graduation — Would I qualify, seeing as my Master's ended in October 2025
    # asking: «Would I qualify, seeing as my Master's ended in October 2025» = a «seeing as»: a master of October 2025 (13 months) → meets graduation_recent → eligible
    N("english_asking", "graduation", "Would I qualify, seeing as my Master's ended in October 2025", M(
        "Jonas Lindgren <jonas.lindgren@example.net>", "Pro'pulse application", "07 13:44",
        """Dear team,

Would I qualify, seeing as my Master's ended in October 2025? It was a Master's in Social Policy at Lund, and I've been living in Strasbourg since. I'm looking for a position in a cooperative or a social enterprise working on housing.

My CV is attached.

Kind regards,
Jonas Lindgren
07 22 46 91 38""",
        app("Jonas", "Lindgren", phone="+33722469138", bac=5, grad="2025-10", language="en", status="masters_october_2025"),
        cv=CV("docx", "Jonas_Lindgren_CV.docx", "Jonas Lindgren\nMaster's in Social Policy, Lund University (2025)\nBA Sociology (2023)\nLanguages: Swedish, English, French (B2)"),
    )),
    # Feature: english_asking — studies_finished — I'm not sure whether my course is over
    # ambiguous: dissertation submitted, the exam board not held yet: whether her course is finished is her own doubt
    # asking: «I'm not sure whether my course is over» = «whether» on her own doubt: the board's decision pending → studies_finished open
    N("english_asking", "studies_finished", "I'm not sure whether my course is over", M(
        "Grace Mensah <grace.mensah@example.com>", "Am I finished?", "10 09:17",
        """Hello,

Quick question before I apply: I'm not sure whether my course is over. I submitted my MSc dissertation in September and the exam board meets in December. Does that count as finished for you? I want to work for a community energy co-op.

Thanks,
Grace Mensah
06 38 72 14 59""",
        app("Grace", "Mensah", phone="+33638721459", bac=5, grad=None, unknown=("graduation_recent", "studies_finished"), language="en", status="msc_board_december"),
    )),
    # Feature: english_asking — career_change — Does it matter that I worked as an accountant for eleven years
    # asking: «Does it matter that I worked as an accountant for eleven years» = the question presupposes eleven years as an accountant before the MSc → fails not_career_change
    N("english_asking", "career_change", "Does it matter that I worked as an accountant for eleven years", M(
        "Daniel O'Sullivan <daniel.osullivan@example.org>", "Career change", "13 17:55",
        """Hello,

Does it matter that I worked as an accountant for eleven years before my MSc in Social Economy (September 2026)? I'd like to join Pro'pulse and then work as finance manager for a charity.

Regards,
Daniel O'Sullivan
07 59 04 83 26""",
        app("Daniel", "O'Sullivan", phone="+33759048326", bac=5, grad="2026-09", failing=("not_career_change",), language="en", status="accountant_eleven_years"),
    )),
    # Feature: english_asking — aim — does a job at a credit union count as the social economy
    # asking: «does a job at a credit union count as the social economy» = the aim presupposed: a credit union (a cooperative) → meets job_seeking_ess → eligible
    N("english_asking", "aim", "does a job at a credit union count as the social economy", M(
        "Niamh Costello <niamh.costello@example.net>", "Quick question", "16 12:12",
        """Hi! Quick question: does a job at a credit union count as the social economy? That's where I want to work. I have a BA in Finance from Cork (June 2026) and I'm settled in Nantes now. If yes, I'd like to apply!

Niamh
07 41 65 28 97""",
        app("Niamh", "Costello", phone="+33741652897", bac=3, grad="2026-06", language="en", status="credit_union_count"),
    )),
    # Feature: english_asking — aim — I'm open to both charities and corporate CSR teams, is that ok
    # ambiguous: an aim split between charities (ESS) and corporate CSR (not): whether he seeks in the ESS is open
    # asking: «I'm open to both charities and corporate CSR teams, is that ok» = an aim half in, half out of the ESS → job_seeking_ess open
    N("english_asking", "aim", "I'm open to both charities and corporate CSR teams, is that ok", M(
        "Ethan Brooks <ethan.brooks@example.com>", "Before I apply", "19 18:40",
        """Hello,

I got my MA in Sustainability in September 2025 and I'm job hunting in Paris. I'm open to both charities and corporate CSR teams, is that ok for your programme, or do I have to commit to the social economy?

Best,
Ethan Brooks
06 93 57 20 14""",
        app("Ethan", "Brooks", phone="+33693572014", bac=5, grad="2025-09", unknown=("job_seeking_ess",), language="en", status="charity_or_csr"),
    )),
    # Feature: english_asking — kind — Are applicants with a foundation degree eligible
    # asking: «Are applicants with a foundation degree eligible» = a question about anybody, no personal fact → kind question
    N("english_asking", "kind", "Are applicants with a foundation degree eligible", M(
        "Olivia Hughes <olivia.hughes@example.org>", "Eligibility", "21 10:50",
        """Hello,

Are applicants with a foundation degree eligible, or do you require a full bachelor's? And is the programme open to non-French citizens?

Many thanks""",
        question("en"),
    )),
    # Feature: english_asking — kind — could you confirm if the workshop is in person
    # asking: «could you confirm if the workshop is in person» = a participant's reply in our thread asking a practical question → kind reply
    N("english_asking", "kind", "could you confirm if the workshop is in person", M(
        "Tariq Hussain <tariq.hussain@example.com>", "Re: Pro'pulse - welcome", "23 11:05",
        """Hi,

Thanks for the welcome email. Could you confirm if the workshop is in person or online? I'll be travelling that week.

Tariq

> On 22 Nov 2026, Pro'pulse <propulse@animafac.net> wrote:
> Welcome to Pro'pulse! Your first workshop is on 1 December.""",
        reply(),
        headers={"In-Reply-To": "<welcome-hussain-20261122@animafac.net>", "References": "<welcome-hussain-20261122@animafac.net>"},
    )),
]
