"""Attitudes corpus, batch 02 (writer A): applications written in complaint (a past internship complained
about, years in a bank or in retail, France Travail's offers, an internship still running, three years of
searching), in irony (a «passionnant» thesis now defended, a «dream» civic service now over, an «adored»
internship still running, «génial, encore cinq mois», «belles» years selling cars) and in enthusiasm
(capitals and emojis around a licence pro, a BTS, a co-op; last exams done, results awaited; an M2 still
running; a dream job in luxury retail); other mail in those attitudes (a question after unanswered calls, a
bounce, an ironic letter, an ironic auto-reply, an enthusiastic thank-you, an enthusiastic question)."""
# ruff: noqa: E501

from __future__ import annotations

from attitudes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question

MESSAGES = [
    # Feature: complaint — situation — six mois de photocopies, s'est enfin terminé le 31 octobre
    # attitude: «six mois de photocopies, s'est enfin terminé le 31 octobre» = a complaint about a past internship: what it states is that it ended on 31 October → meets not_internship → eligible
    N("complaint", "situation", "six mois de photocopies, s'est enfin terminé le 31 octobre", M(
        "Perrine Chevalier <perrine.chevalier@example.fr>", "Candidature Pro'pulse", "11 10:14",
        """Bonjour,

Je sors d'un stage au service culture d'une mairie qui, après six mois de photocopies, s'est enfin terminé le 31 octobre. Personne ne m'a jamais confié un projet, j'ai appris à réparer le photocopieur, c'est tout.

J'ai une licence d'administration économique et sociale (juin 2026) et je voudrais enfin un vrai poste, dans une association culturelle ou une SCOP du spectacle.

Perrine Chevalier
06 41 70 29 83""",
        app("Perrine", "Chevalier", phone="+33641702983", bac=3, grad="2026-06", status="stage_photocopies_fini_31_octobre"),
    )),
    # Feature: complaint — aim — I'm fed up with corporate recruiters, I only want to work for a charity or a co-op
    # attitude: «I'm fed up with corporate recruiters, I only want to work for a charity or a co-op» = the English complaint states the aim: a charity or a co-op only → meets job_seeking_ess → eligible
    N("complaint", "aim", "I'm fed up with corporate recruiters, I only want to work for a charity or a co-op", M(
        "Priya Joshi <priya.joshi@example.com>", "Application", "12 22:05",
        """Hello,

Honestly, I'm fed up with corporate recruiters, I only want to work for a charity or a co-op. Every interview I get is for a "growth hacker" role and I'm sick of it.

I got my DUT in Information and Communication in Bordeaux in June 2025 and I've been freelancing a bit since. Could Pro'pulse help me get into the social economy properly?

Priya Joshi
07 59 13 84 26""",
        app("Priya", "Joshi", phone="+33759138426", bac=2, grad="2025-06", status="fed_up_corporate_coop_only", language="en"),
    )),
    # Feature: complaint — career_change — j'ai fait quelques années en caisse avant de reprendre mes études, j'en peux plus du commerce
    # ambiguous: «quelques années» at a till before going back to studies: a student job or a career — the length and the kind are open
    # attitude: «j'ai fait quelques années en caisse avant de reprendre mes études, j'en peux plus du commerce» = the complaint states years of retail of unstated length before the diploma → not_career_change unknown → to verify
    N("complaint", "career_change", "j'ai fait quelques années en caisse avant de reprendre mes études, j'en peux plus du commerce", M(
        "Samia Boukhari <samia.boukhari@example.org>", "candidature", "13 19:31",
        """Bonjour,

J'ai fait quelques années en caisse avant de reprendre mes études, j'en peux plus du commerce, des horaires coupés et des clients qui crient. J'ai eu mon BTS Économie sociale familiale en juin 2026.

Je veux travailler dans une association d'aide aux familles, plus jamais dans un magasin.

Samia Boukhari
06 58 33 07 49""",
        app("Samia", "Boukhari", phone="+33658330749", bac=2, grad="2026-06", unknown=("not_career_change",), status="quelques_annees_caisse"),
    )),
    # Feature: complaint — career_change — neuf ans au guichet d'une banque, ras-le-bol
    # attitude: «neuf ans au guichet d'une banque, ras-le-bol» = what the complaint states is fact: nine years of another trade before the master → fails not_career_change → not eligible
    N("complaint", "career_change", "neuf ans au guichet d'une banque, ras-le-bol", M(
        "Olivier Favre <olivier.favre@example.net>", "Pro'pulse — reconversion", "14 08:20",
        """Bonjour,

Neuf ans au guichet d'une banque, ras-le-bol : j'ai tout quitté en 2024 pour un master Management de l'ESS, obtenu en septembre 2026 à Lyon 2. Je ne veux plus jamais vendre un crédit renouvelable.

Je cherche un poste de responsable administratif et financier dans une SCIC ou une fondation.

Olivier Favre
06 02 59 81 44""",
        app("Olivier", "Favre", phone="+33602598144", bac=5, grad="2026-09", failing=("not_career_change",), status="neuf_ans_banque"),
        cv=CV("docx", "Favre_Olivier_CV.docx", """Olivier Favre
Master Management de l'ESS — Université Lyon 2, septembre 2026
Conseiller clientèle, agence bancaire, 2015-2024"""),
    )),
    # Feature: complaint — situation — mon stage dans une agence de pub, jusqu'au 28 février, c'est épuisant
    # attitude: «mon stage dans une agence de pub, jusqu'au 28 février, c'est épuisant» = a complaint about an internship while it runs: it runs until February → fails not_internship → not eligible
    N("complaint", "situation", "mon stage dans une agence de pub, jusqu'au 28 février, c'est épuisant", M(
        "Evan Bonnet <evan.bonnet@example.com>", "Candidature", "15 23:12",
        """Bonsoir,

Je vous écris de mon canapé, lessivé : mon stage dans une agence de pub, jusqu'au 28 février, c'est épuisant et ça n'a aucun sens. Je veux travailler dans la communication d'une association, pas vendre des yaourts.

J'ai un BUT Information-communication (juin 2026).

Evan Bonnet
07 25 88 14 60""",
        app("Evan", "Bonnet", phone="+33725881460", bac=3, grad="2026-06", failing=("not_internship",), status="stage_agence_pub_fevrier"),
    )),
    # Feature: complaint — aim — mon objectif c'est chef de rayon chez Leclerc ou Auchan
    # attitude: «mon objectif c'est chef de rayon chez Leclerc ou Auchan» = the complaint is about France Travail, the aim it states is big retail → fails job_seeking_ess → not eligible
    N("complaint", "aim", "mon objectif c'est chef de rayon chez Leclerc ou Auchan", M(
        "Jérémy Collin <jeremy.collin@example.fr>", "aide pour trouver du travail", "16 11:47",
        """Bonjour,

France Travail ne m'aide pas du tout, mon conseiller change tous les trois mois et personne ne répond au téléphone. J'ai un BTS Management commercial opérationnel depuis juillet 2025 et mon objectif c'est chef de rayon chez Leclerc ou Auchan, point.

On m'a dit que vous aidiez les jeunes diplômés, alors je tente.

Jérémy Collin
06 90 37 24 15""",
        app("Jérémy", "Collin", phone="+33690372415", bac=2, grad="2025-07", failing=("job_seeking_ess",), status="chef_rayon_leclerc"),
    )),
    # Feature: complaint — graduation — ça fait plus de trois ans que je galère depuis mon BTS, obtenu en juin 2023
    # attitude: «ça fait plus de trois ans que je galère depuis mon BTS, obtenu en juin 2023» = the complaint dates the BTS: June 2023, 41 months ago → fails graduation_recent → not eligible
    N("complaint", "graduation", "ça fait plus de trois ans que je galère depuis mon BTS, obtenu en juin 2023", M(
        "Anthony Gaillot <anthony.gaillot@example.org>", "Candidature Pro'pulse", "17 14:26",
        """Bonjour,

Ça fait plus de trois ans que je galère depuis mon BTS, obtenu en juin 2023 (Services informatiques aux organisations). CDD, intérim, rien de stable. J'en ai assez.

J'aimerais travailler comme technicien dans une association d'inclusion numérique ou une ressourcerie informatique.

Anthony Gaillot
06 12 74 38 91""",
        app("Anthony", "Gaillot", phone="+33612743891", bac=2, grad="2023-06", failing=("graduation_recent",), status="galere_depuis_bts_2023"),
    )),
    # Feature: complaint — kind — personne ne répond au téléphone, est-ce que le programme existe toujours
    # attitude: «personne ne répond au téléphone, est-ce que le programme existe toujours» = a complaint asking whether the programme still runs, no personal fact → kind question
    N("complaint", "kind", "personne ne répond au téléphone, est-ce que le programme existe toujours", M(
        "c.hamdi@example.com", "pas de réponse", "18 16:03",
        """Bonjour,

J'ai appelé trois fois cette semaine, personne ne répond au téléphone, est-ce que le programme existe toujours ? C'est un peu décourageant.

Merci de me dire au moins si les inscriptions sont ouvertes.""",
        question(),
    )),
    # Feature: complaint — kind — Delivery to the following recipient failed permanently
    # attitude: «Delivery to the following recipient failed permanently» = a mail server's flat refusal of our mail, no application → kind bounce
    N("complaint", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Failure)", "19 06:52",
        """Delivery to the following recipient failed permanently:

     alexis.durand@example.com

The recipient's mailbox is full and can't accept messages now.""",
        bounce("alexis.durand@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; alexis.durand@example.com\nAction: failed\nStatus: 5.2.2",
    )),
    # Feature: irony — studies_finished — mon « passionnant » mémoire est enfin soutenu, depuis le 10 juillet
    # attitude: «mon « passionnant » mémoire est enfin soutenu, depuis le 10 juillet» = the irony is about the thesis's interest, the fact under it is a defence done in July 2026 → meets studies_finished → eligible
    N("irony", "studies_finished", "mon « passionnant » mémoire est enfin soutenu, depuis le 10 juillet", M(
        "Roxane Delorme <roxane.delorme@example.net>", "Candidature", "11 17:40",
        """Bonjour,

Bonne nouvelle pour l'humanité : mon « passionnant » mémoire est enfin soutenu, depuis le 10 juillet (126 pages sur la gouvernance des SCIC, que trois personnes liront). Mon master 2 ESS de Lille est donc en poche.

Je cherche un poste de chargée de mission dans une SCIC ou un réseau de coopératives.

Roxane Delorme
06 33 81 50 72""",
        app("Roxane", "Delorme", phone="+33633815072", bac=5, grad="2026-07", status="memoire_passionnant_soutenu"),
    )),
    # Feature: irony — situation — mon service civique « de rêve » s'est terminé le 31 août, quelle tristesse
    # attitude: «mon service civique « de rêve » s'est terminé le 31 août, quelle tristesse» = irony about a civic service that is over since August → meets not_service_civique → eligible
    N("irony", "situation", "mon service civique « de rêve » s'est terminé le 31 août, quelle tristesse", M(
        "Dounia Aït-Ali <dounia.aitali@example.org>", "Pro'pulse", "12 12:18",
        """Bonjour,

Mon service civique « de rêve » s'est terminé le 31 août, quelle tristesse (huit mois à coller des enveloppes pour une grande ONG, formidable expérience). J'ai une licence de sciences politiques, juin 2025.

Cette fois je voudrais un vrai emploi, dans une petite association où l'on me laisse faire autre chose que coller.

Dounia Aït-Ali
07 08 46 25 91""",
        app("Dounia", "Aït-Ali", phone="+33708462591", bac=3, grad="2025-06", status="sc_de_reve_fini_aout"),
    )),
    # Feature: irony — graduation — mon BUT, obtenu en 2024, m'a ouvert « tant de portes »
    # ambiguous: the BUT is dated by the year 2024 alone: November 2024 or later would be recent — the date is open
    # attitude: «mon BUT, obtenu en 2024, m'a ouvert « tant de portes »» = the irony is about the doors, the date under it a year alone in 2024 → graduation_recent unknown → to verify
    N("irony", "graduation", "mon BUT, obtenu en 2024, m'a ouvert « tant de portes »", M(
        "Florian Dufour <florian.dufour@example.com>", "Candidature programme", "13 09:05",
        """Bonjour,

Mon BUT, obtenu en 2024, m'a ouvert « tant de portes » : deux CDD de trois mois et beaucoup de lettres de refus très polies. Carrières sociales, parcours éducation spécialisée, pour être précis.

Je voudrais travailler dans une association de protection de l'enfance. Je tente votre programme.

Florian Dufour
06 61 27 49 38""",
        app("Florian", "Dufour", phone="+33661274938", bac=3, grad="2024", unknown=("graduation_recent",), status="but_2024_tant_de_portes"),
    )),
    # Feature: irony — situation — j'adore mon stage, vraiment, surtout le café et les photocopies, jusqu'au 30 janvier
    # attitude: «j'adore mon stage, vraiment, surtout le café et les photocopies, jusqu'au 30 janvier» = irony inverts «j'adore»: what stands is an internship running until 30 January → fails not_internship → not eligible
    N("irony", "situation", "j'adore mon stage, vraiment, surtout le café et les photocopies, jusqu'au 30 janvier", M(
        "Sènami Adjovi <senami.adjovi@example.fr>", "candidature pro'pulse", "14 20:50",
        """Bonsoir,

J'adore mon stage, vraiment, surtout le café et les photocopies, jusqu'au 30 janvier dans une grande fondation d'entreprise. Ensuite je serai libre et je voudrais travailler dans une association de terrain.

J'ai un master Action humanitaire obtenu en septembre 2026.

Sènami Adjovi
06 45 19 72 03""",
        app("Sènami", "Adjovi", phone="+33645197203", bac=5, grad="2026-09", failing=("not_internship",), status="adore_stage_30_janvier"),
    )),
    # Feature: irony — situation — génial, encore cinq mois de service civique avant d'être libre
    # attitude: «génial, encore cinq mois de service civique avant d'être libre» = irony over a civic service that runs five more months → fails not_service_civique → not eligible
    N("irony", "situation", "génial, encore cinq mois de service civique avant d'être libre", M(
        "Étienne Gauthier <etienne.gauthier@example.net>", "Candidature", "15 13:22",
        """Bonjour,

Génial, encore cinq mois de service civique avant d'être libre. Je suis dans une association sportive où je passe surtout mes journées à gonfler des ballons. Licence STAPS en poche (juin 2026).

Je voulais quand même vous écrire pour préparer la suite : l'animation sportive dans une association de quartier.

Étienne Gauthier
07 77 20 64 18""",
        app("Étienne", "Gauthier", phone="+33777206418", bac=3, grad="2026-06", failing=("not_service_civique",), status="genial_encore_cinq_mois_sc"),
    )),
    # Feature: irony — career_change — mes « belles » années de vendeur automobile, neuf ans quand même
    # attitude: «mes « belles » années de vendeur automobile, neuf ans quand même» = the irony is about the years, not their number: nine years of another trade before the licence pro → fails not_career_change → not eligible
    N("irony", "career_change", "mes « belles » années de vendeur automobile, neuf ans quand même", M(
        "Grégory Hamon <gregory.hamon@example.com>", "Pro'pulse, me voilà", "16 18:09",
        """Bonjour,

Après mes « belles » années de vendeur automobile, neuf ans quand même, j'ai repris une licence pro Gestion des organisations de l'économie sociale, obtenue en juillet 2026. Vendre des SUV à crédit ne me manque absolument pas, évidemment.

Je voudrais travailler dans une coopérative d'autopartage ou une association de mobilité solidaire.

Grégory Hamon
06 84 50 37 26""",
        app("Grégory", "Hamon", phone="+33684503726", bac=3, grad="2026-07", failing=("not_career_change",), status="neuf_ans_vendeur_auto"),
    )),
    # Feature: irony — kind — Encore un mois de novembre « tranquille » : 14 appels à projets
    # attitude: «Encore un mois de novembre « tranquille » : 14 appels à projets» = a network's letter ironic about its busy month, no application → kind newsletter
    N("irony", "kind", "Encore un mois de novembre « tranquille » : 14 appels à projets", M(
        "Réseau des acteurs solidaires <infos@example.org>", "Infolettre : un mois de novembre « tranquille »", "17 07:15",
        """L'infolettre du Réseau des acteurs solidaires

Encore un mois de novembre « tranquille » : 14 appels à projets qui ferment tous la même semaine, bien sûr.

- Fonds de développement de la vie associative : clôture le 4 décembre
- Trophées de l'innovation sociale : clôture le 5 décembre
- Notre formation « Répondre à un appel à projets sans pleurer » : 10 décembre

Vous recevez ce message car vous êtes inscrit à notre infolettre. Se désabonner : https://infos.example.org/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://infos.example.org/stop>"},
    )),
    # Feature: irony — kind — je profite de mes « vacances » (un déménagement)
    # attitude: «je profite de mes « vacances » (un déménagement)» = an ironic automatic answer, an absence, no application → kind auto_reply
    N("irony", "kind", "je profite de mes « vacances » (un déménagement)", M(
        "Corinne Joubert <corinne.joubert@example.net>", "Réponse automatique : Pro'pulse — atelier du 24", "18 08:00",
        """Bonjour,

Je profite de mes « vacances » (un déménagement) jusqu'au 23 novembre. Je répondrai à votre message à mon retour, entre deux cartons.

Corinne Joubert
Chargée d'accompagnement, Mission locale""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: enthusiasm — level — J'AI EU MA LICENCE PRO
    # attitude: «J'AI EU MA LICENCE PRO» = capitals and emojis around a licence pro (bac+3) of July 2026: the fact stands inside the effusion → meets degree_level → eligible
    N("enthusiasm", "level", "J'AI EU MA LICENCE PRO", M(
        "Lilou Lemoine <lilou.lemoine@example.com>", "candidature !!! 🎉", "11 21:33",
        """Bonsoir !!!

J'AI EU MA LICENCE PRO 🎉🎉🎉 (Coordination de projets de développement social, en juillet) et je suis trop contente de vous écrire !!! Je veux bosser dans une épicerie solidaire ou un centre social, c'est mon truc à 200 %.

Trop hâte de commencer Pro'pulse !!!

Lilou Lemoine
06 93 15 40 82""",
        app("Lilou", "Lemoine", phone="+33693154082", bac=3, grad="2026-07", status="licence_pro_capitales"),
    )),
    # Feature: enthusiasm — graduation — diplômée d'un BTS SP3S depuis juin 2025, trop hâte
    # attitude: «diplômée d'un BTS SP3S depuis juin 2025, trop hâte» = the enthusiasm carries a BTS of June 2025, seventeen months ago → meets graduation_recent → eligible
    N("enthusiasm", "graduation", "diplômée d'un BTS SP3S depuis juin 2025, trop hâte", M(
        "Aïcha Dembélé <aicha.dembele@example.org>", "Je veux rejoindre Pro'pulse !!", "12 15:56",
        """Coucou l'équipe !!

Alors voilà : diplômée d'un BTS SP3S depuis juin 2025, trop hâte de trouver mon premier vrai poste !!! 😍 Je rêve de bosser dans une mutuelle ou une association d'accès aux droits, j'adore aider les gens à remplir leurs dossiers (oui oui).

Mon CV est joint !!

Aïcha Dembélé
07 30 62 18 95""",
        app("Aïcha", "Dembélé", phone="+33730621895", bac=2, grad="2025-06", info_in="both", status="bts_sp3s_trop_hate"),
        cv=CV("pdf", "CV_Aicha_Dembele.pdf", """Aïcha Dembélé
BTS Services et prestations des secteurs sanitaire et social — juin 2025
Agent d'accueil (CDD), point d'accès au droit, 2025-2026"""),
    )),
    # Feature: enthusiasm — aim — I LOVE the idea of working in a co-op
    # attitude: «I LOVE the idea of working in a co-op» = English capitals around an aim in a co-op → meets job_seeking_ess → eligible
    N("enthusiasm", "aim", "I LOVE the idea of working in a co-op", M(
        "Tomás Herrera <tomas.herrera@example.net>", "Pro'pulse!!!", "13 11:11",
        """Hi!!!

I LOVE the idea of working in a co-op, it's literally all I talk about since I discovered SCOPs last year!!! I finished my licence in economics at Toulouse Capitole in June 2026 and I'd love to join Pro'pulse.

Can't wait to hear from you!!!
Tomás Herrera
07 41 26 93 50""",
        app("Tomás", "Herrera", phone="+33741269350", bac=3, grad="2026-06", status="love_coop", language="en"),
    )),
    # Feature: enthusiasm — studies_finished — j'ai passé mes derniers partiels !!! résultats le 15 décembre
    # ambiguous: every exam is passed and the results come on 15 December: studies finished or not is open
    # attitude: «j'ai passé mes derniers partiels !!! résultats le 15 décembre» = the effusion is over exams done, the results still to come → studies_finished unknown → to verify
    N("enthusiasm", "studies_finished", "j'ai passé mes derniers partiels !!! résultats le 15 décembre", M(
        "Noah Benoît <noah.benoit@example.com>", "candidature pro'pulse", "14 17:28",
        """Salut !!

Ça y est, j'ai passé mes derniers partiels !!! résultats le 15 décembre, je croise tout ce que je peux 🤞🤞 C'est la licence pro Métiers de l'animation sociale à Besançon.

Je suis GRAVE motivé pour bosser dans une MJC ou une asso d'éducation populaire !!

Noah Benoît
06 28 47 15 90""",
        app("Noah", "Benoît", phone="+33628471590", bac="*", grad=None, unknown=("studies_finished",), status="derniers_partiels_resultats_15_dec"),
    )),
    # Feature: enthusiasm — studies_finished — je suis en M2 en alternance jusqu'en septembre 2027
    # attitude: «je suis en M2 en alternance jusqu'en septembre 2027» = the enthusiasm is for a master still running until September 2027 → fails studies_finished → not eligible
    N("enthusiasm", "studies_finished", "je suis en M2 en alternance jusqu'en septembre 2027", M(
        "Zoé Caillaud <zoe.caillaud@example.fr>", "trop envie de participer !!!", "15 09:44",
        """Bonjour bonjour !!

Je suis en M2 en alternance jusqu'en septembre 2027 dans une SCOP de conseil et j'adore ça !!! Du coup je voulais savoir si je pouvais déjà entrer dans Pro'pulse pour préparer mon après 😄

Je veux rester dans les coopératives POUR TOUJOURS.

Zoé Caillaud
07 14 58 36 29""",
        app("Zoé", "Caillaud", phone="+33714583629", bac="*", grad=None, failing=("studies_finished",), status="m2_alternance_2027"),
    )),
    # Feature: enthusiasm — aim — mon rêve ABSOLU : le marketing chez L'Oréal ou LVMH
    # attitude: «mon rêve ABSOLU : le marketing chez L'Oréal ou LVMH» = the enthusiasm is for big luxury groups only → fails job_seeking_ess → not eligible
    N("enthusiasm", "aim", "mon rêve ABSOLU : le marketing chez L'Oréal ou LVMH", M(
        "Inaya Ferreira <inaya.ferreira@example.com>", "Candidature !!!", "16 20:02",
        """Bonsoir !!!

Je suis super motivée !!! J'ai un master Marketing obtenu en juin 2026 et mon rêve ABSOLU : le marketing chez L'Oréal ou LVMH ✨✨ On m'a dit que votre programme aidait les jeunes diplômés à décrocher leur premier poste, alors je fonce !!!

Inaya Ferreira
06 70 81 23 47""",
        app("Inaya", "Ferreira", phone="+33670812347", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="reve_absolu_luxe"),
    )),
    # Feature: enthusiasm — kind — MERCI MERCI MERCI pour ces six mois
    # attitude: «MERCI MERCI MERCI pour ces six mois» = a former participant's enthusiastic thank-you, no application → kind other
    N("enthusiasm", "kind", "MERCI MERCI MERCI pour ces six mois", M(
        "Chloé Brunet <chloe.brunet@example.org>", "J'ai signé !!!", "17 12:40",
        """Coucou toute l'équipe !!!

MERCI MERCI MERCI pour ces six mois ❤️ J'ai signé mon CDI hier à la ressourcerie, je commence lundi !!! Je n'y serais jamais arrivée sans les ateliers.

Je passe vous apporter des chocolats bientôt 🍫

Chloé""",
        other(),
    )),
    # Feature: enthusiasm — kind — c'est quand la prochaine promo
    # attitude: «c'est quand la prochaine promo» = an enthusiastic question about the next session's date, no personal fact → kind question
    N("enthusiasm", "kind", "c'est quand la prochaine promo", M(
        "nina.esteve@example.net", "prochaine promo ???", "18 22:45",
        """Bonsoir !!

Une amie m'a parlé de vous et j'ai trop envie de m'inscrire 😍 c'est quand la prochaine promo ??? Et il faut envoyer quoi exactement ??

Merci !!!
Nina""",
        question(),
    )),
]
