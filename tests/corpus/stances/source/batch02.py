"""Stances corpus, batch 02 (writer A): Wednesday 2 December 2026, every mail read on 2026-12-07.
Re-sit results and certificates, defences ahead, civic services ending or ended; each application given first
the way its writer holds her deciding fact; a careers officer asking about alternants, a job board's December
letter, a reply sending a missing scan, a «Noël solidaire» invitation, a bounce, and a question about civic
services that tells nothing of its writer."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, newsletter, other, question, reply
from stances import N

MESSAGES = [
    # Feature: plain_fact — aim — le service marketing d'une banque
    # route: the second paragraph: a licence of June 2026 and a post sought in «le service marketing d'une banque» (a commercial bank, no ESS structure named) → bac+3 of 2026-06, job_seeking_ess fails → not_eligible
    N("plain_fact", "aim", "le service marketing d'une banque", M(
        "Victor Anselme <victor.anselme@gmail.com>", "Candidature jeune diplômé", "2026-12-02 07:55",
        """Bonjour,

Titulaire d'une licence information-communication obtenue en juin 2026 à Bordeaux Montaigne, je recherche un accompagnement pour décrocher mon premier emploi.

Mon objectif : intégrer le service marketing d'une banque de réseau (BNP, Société Générale, LCL), idéalement en CDI, sur la communication digitale.

Cordialement,
Victor Anselme
06 17 84 52 30""",
        app("Victor", "Anselme", phone="+33617845230", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="victor_marketing_banque"),
    )),
    # Feature: plain_fact — level — mon seul diplôme c'est un bac pro
    # route: the first line: «mon seul diplôme c'est un bac pro» (2025), a job in an association sought → bac+0 of 2025, degree_level fails → not_eligible
    N("plain_fact", "level", "mon seul diplôme c'est un bac pro", M(
        "Dorian Lapeyre <dorian.lapeyre31@gmail.com>", "demande", "2026-12-02 08:20",
        """Bonjour, mon seul diplôme c'est un bac pro Animation enfance et personnes âgées, que j'ai eu en juillet 2025. Je travaille en ce moment en EHPAD en contrat aidé et je voudrais trouver un poste d'animateur dans une association. Vous pouvez m'aider ?
Dorian Lapeyre
07 69 20 43 15""",
        app("Dorian", "Lapeyre", phone="+33769204315", bac=0, grad="2025-07", failing=("degree_level",), status="dorian_bac_pro_seul"),
    )),
    # Feature: hedged — situation — mon stage devrait finir le 18 décembre, normalement
    # route: the second paragraph: an internship that «devrait finir le 18 décembre, normalement», maybe extended: every date the hedge allows lies after the reading day, so it runs on 2026-12-07; a BUT of June 2026 → bac+3 of 2026-06, not_internship fails → not_eligible
    N("hedged", "situation", "mon stage devrait finir le 18 décembre, normalement", M(
        "Salomé Vidal-Kone <salome.vidalkone@outlook.fr>", "candidature pour janvier", "2026-12-02 08:45",
        """Bonjour,

J'ai un BUT Information-communication depuis juin 2026.

En ce moment je suis en stage (convention avec l'IUT, j'ai gardé mon inscription pour ça) dans une radio associative à Dijon : mon stage devrait finir le 18 décembre, normalement, sauf s'ils me proposent de le prolonger jusqu'à fin janvier, ce qui n'est pas exclu.

Dans tous les cas je cherche un poste de chargée de communication dans une association ou un média indépendant.

Salomé Vidal-Kone
06 84 19 37 62""",
        app("Salomé", "Vidal-Kone", phone="+33684193762", bac=3, grad="2026-06", failing=("not_internship",), status="salome_stage_18_decembre_normalement"),
    )),
    # Feature: hedged — level — a priori ça devrait correspondre
    # route: an HTML-only mail: a licence AES of 2025 said plainly, then «a priori ça devrait correspondre» on her fit, a hedge of politeness on no fact; a post in an insertion association sought → bac+3 of 2025 → eligible
    N("hedged", "level", "a priori ça devrait correspondre", M(
        "Bérénice Adjovi <berenice.adjovi@gmail.com>", "Pro'pulse - candidature Bérénice Adjovi", "2026-12-02 09:10",
        """Bonjour,

J'ai une licence AES obtenue en 2025 à Paris 1, et j'ai lu vos critères : a priori ça devrait correspondre, mais vous me direz.

Depuis un an je fais des missions de soutien scolaire. Je voudrais maintenant travailler dans une association d'insertion, sur l'accompagnement des publics.

Bien à vous,
Bérénice Adjovi
06 31 57 20 84""",
        app("Bérénice", "Adjovi", phone="+33631572084", bac=3, grad="2025", status="berenice_a_priori"),
        html="only",
    )),
    # Feature: pending_result — level — ma demande d'attestation de comparabilité
    # ambiguous: a diplôme d'État d'assistant social from Kinshasa whose length is not told and whose comparability request is still pending: its level is not known; degree_level open
    # route: the first paragraph: a Congolese social-work diploma of 2025, its ENIC-NARIC comparability awaited, a post in an association for exiled people sought → bac null of 2025, degree_level open → to_verify
    N("pending_result", "level", "ma demande d'attestation de comparabilité", M(
        "Divine Kalombo <divine.kalombo@gmail.com>", "Candidature - assistante sociale", "2026-12-02 09:40",
        """Bonjour Madame, Monsieur,

Je suis diplômée d'État assistante sociale de l'ISTS de Kinshasa (promotion 2025). Je vis à Lille depuis janvier et j'ai déposé ma demande d'attestation de comparabilité en octobre ; ENIC-NARIC ne m'a pas encore répondu.

En attendant, je cherche à travailler dans une association qui accompagne les personnes exilées, comme intervenante sociale.

Je vous remercie de votre attention.
Divine Kalombo
07 53 84 61 29""",
        app("Divine", "Kalombo", phone="+33753846129", bac=None, grad="2025", unknown=("degree_level",), status="divine_comparabilite_en_attente"),
    )),
    # Feature: pending_result — studies_finished — soutenance le 11 décembre
    # route: the second paragraph: an M2 whose «soutenance le 11 décembre» is still ahead of the reading day (the master not yet obtained), an M1 held → bac+4, graduation null, studies_finished fails → not_eligible
    N("pending_result", "studies_finished", "soutenance le 11 décembre", M(
        "Tristan Mbappé-Laurent <tristan.mbl@gmail.com>", "Candidature Pro'pulse (après ma soutenance)", "2026-12-02 10:15",
        """Bonjour,

Je vous écris en avance pour préparer la suite.

Je suis en M2 Développement des territoires ruraux à Clermont ; mémoire rendu la semaine dernière, soutenance le 11 décembre. Si tout va bien j'aurai donc mon master avant Noël (j'ai déjà le M1).

Je cherche un poste d'animateur territorial dans un PETR, un tiers-lieu rural ou une association de développement local.

Tristan
06 05 72 48 13""",
        app("Tristan", "Mbappé-Laurent", phone="+33605724813", bac=4, grad=None, failing=("studies_finished",), status="tristan_soutenance_11_decembre"),
    )),
    # Feature: self_misjudged — graduation — en janvier 2025
    # route: the first paragraph: she thinks «c'est mort», but the titre professionnel (niveau 5: bac+2) obtained «en janvier 2025» is 23 months before December 2026 and meets; an association sought → bac+2 of 2025-01 → eligible
    N("self_misjudged", "graduation", "en janvier 2025", M(
        "Fatou Diagne <fatou.diagne@laposte.net>", "je tente quand même", "2026-12-02 10:50",
        """Bonjour,

Je suppose que c'est mort pour moi, vous demandez un diplôme de moins de deux ans et j'ai eu mon titre professionnel d'assistante de direction (niveau 5) en janvier 2025, donc ça fait bientôt deux ans. Mais je tente quand même.

Je voudrais travailler comme assistante dans une association ou une fondation, dans l'humanitaire ou le médico-social.

Merci de m'avoir lue,
Fatou Diagne
07 28 46 15 93""",
        app("Fatou", "Diagne", phone="+33728461593", bac=2, grad="2025-01", status="fatou_titre_pro_janvier_2025"),
    )),
    # Feature: stance_other_mail — kind — les alternants peuvent-ils candidater
    # route: a school's careers officer asks whether alternants may apply, no student named nor presented → question
    N("stance_other_mail", "kind", "les alternants peuvent-ils candidater", M(
        "Relations entreprises - IUT de Vannes <insertion-pro@iut-vannes.example.fr>", "Question sur les critères Pro'pulse", "2026-12-02 11:05",
        """Bonjour,

Nous présentons Pro'pulse à nos étudiants de licence pro la semaine prochaine et plusieurs nous ont déjà demandé : les alternants peuvent-ils candidater avant la fin de leur contrat, ou faut-il attendre le diplôme ?

Et un diplôme obtenu en alternance compte-t-il comme une « première expérience » qui les exclurait ?

Merci pour votre réponse,
Le service relations entreprises""",
        question(),
    )),
    # Feature: self_question — aim — dans l'animation, je ne sais pas encore où
    # route: the second paragraph: a licence of 2025 and a year of temping (no career change), a post «dans l'animation, je ne sais pas encore où» with no association, employer nor ESS named → bac+3 of 2025, job_seeking_ess open → to_verify
    N("self_question", "aim", "dans l'animation, je ne sais pas encore où", M(
        "Kylian Moreau-Diallo <kylian.moreaudiallo@gmail.com>", "interim = probleme ?", "2026-12-02 11:30",
        """Salut,

je fais de l'interim dans la logistique depuis ma licence STAPS (2025), est-ce que ça pose problème pour votre programme ? c'est juste pour payer le loyer.

Ce que je voudrais c'est bosser dans l'animation, je ne sais pas encore où, et avoir un peu d'aide pour savoir par où commencer.

Kylian
06 93 51 27 08""",
        app("Kylian", "Moreau-Diallo", phone="+33693512708", bac=3, grad="2025", unknown=("job_seeking_ess",), status="kylian_interim_animation"),
    )),
    # Feature: self_question — studies_finished — si je suis en M2 à distance
    # route: the first paragraph: she asks whether she may apply «si je suis en M2 à distance», enrolled this year (a master running on the reading day), an M1 of 2025 → bac+4, graduation null, studies_finished fails → not_eligible
    N("self_question", "studies_finished", "si je suis en M2 à distance", M(
        "Apolline Randrianasolo <apolline.randrianasolo@free.fr>", "Question + candidature", "2026-12-02 12:20",
        """Bonjour,

Est-ce que je peux candidater si je suis en M2 à distance ? Je me suis inscrite en septembre au CNED/université de Rouen (master Intervention et développement social), mais je voudrais travailler en parallèle.

J'ai validé mon M1 en 2025 et je cherche un poste dans une association de prévention spécialisée.

Merci,
Apolline Randrianasolo
06 62 39 14 85""",
        app("Apolline", "Randrianasolo", phone="+33662391485", bac=4, grad=None, failing=("studies_finished",), status="apolline_m2_a_distance"),
    )),
    # Feature: corrected — situation — il s'est terminé le 30 novembre
    # route: the second paragraph, corrected: «jusqu'à fin décembre… ah non», the civic service «s'est terminé le 30 novembre» (before the reading day); a licence of 2026 → bac+3 of 2026-06, not_service_civique meets → eligible
    N("corrected", "situation", "il s'est terminé le 30 novembre", M(
        "Gaspard Sjöberg <gaspard.sjoberg@gmail.com>", "Candidature", "2026-12-02 13:05",
        """Bonjour,

J'ai eu ma licence de science politique en juin 2026.

Je suis en service civique à la Ligue de l'enseignement jusqu'à fin décembre… ah non, je dis n'importe quoi, on me l'a raccourci : il s'est terminé le 30 novembre, vendredi dernier donc, j'ai rendu mon badge.

Je cherche un poste de chargé de projets éducation populaire ou citoyenneté dans une association.

Gaspard Sjöberg
07 36 58 21 94""",
        app("Gaspard", "Sjöberg", phone="+33736582194", bac=3, grad="2026-06", status="gaspard_sc_fini_30_novembre"),
    )),
    # Feature: corrected — level — je voulais dire un CAP
    # route: the PS corrects the first line: not a BTS but «je voulais dire un CAP» (the BTS given up in its first year), beside a bac pro → bac+0, degree_level fails → not_eligible
    N("corrected", "level", "je voulais dire un CAP", M(
        "Enzo Barthélémy <enzo.barthelemy@sfr.fr>", "candidature", "2026-12-02 13:45",
        """Bonjour,

J'ai un BTS cuisine et je cherche un poste dans un restaurant d'insertion ou une épicerie solidaire, comme commis ou en cuisine collective.

Enzo Barthélémy
06 47 93 06 21

PS : pardon, je voulais dire un CAP (et un bac pro), le BTS je l'ai commencé mais j'ai arrêté au bout de la première année.""",
        app("Enzo", "Barthélémy", phone="+33647930621", bac=0, grad=None, failing=("degree_level",), status="enzo_pas_bts_un_cap"),
    )),
    # Feature: remembered_vaguely — situation — vers la fin du printemps dernier
    # route: an HTML-only mail: a civic service ended «vers la fin du printemps dernier» (spring 2026, before the reading day whatever the week), a BTS of 2025 → bac+2 of 2025, not_service_civique meets → eligible
    N("remembered_vaguely", "situation", "vers la fin du printemps dernier", M(
        "Océane Mwamba <oceane.mwamba@hotmail.fr>", "Candidature Pro'pulse", "2026-12-02 14:20",
        """Bonjour,

J'ai eu mon BTS Tourisme en 2025, puis j'ai fait un service civique dans un office de tourisme solidaire qui s'est fini vers la fin du printemps dernier, je ne sais plus si c'était fin mai ou début juin.

Depuis je cherche dans le tourisme social et solidaire (villages vacances associatifs, auberges de jeunesse).

Océane Mwamba
07 14 85 26 39""",
        app("Océane", "Mwamba", phone="+33714852639", bac=2, grad="2025", status="oceane_fin_printemps_dernier"),
        html="only",
    )),
    # Feature: someone_judged — studies_finished — pas encore délivré
    # route: the body and an ODT CV: the fac says the diploma is «pas encore délivré», but the licence pro's jury admitted her in July 2026 (obtained, only the parchment awaited); an association sought → bac+3 of 2026-07 → eligible
    N("someone_judged", "studies_finished", "pas encore délivré", M(
        "Capucine Abboud <capucine.abboud@gmail.com>", "Candidature - licence pro", "2026-12-02 14:55",
        """Bonjour,

J'ai été admise en juillet à ma licence pro Intervention sociale (jury du 9 juillet), mais la fac dit que mon diplôme n'est pas encore délivré et qu'il ne le sera pas avant mars. Ma conseillère Mission locale en conclut que je ne suis « pas encore diplômée » et ne peux pas candidater. Je vous laisse juger, je joins mon CV et mon attestation de réussite.

Je cherche un poste de médiatrice sociale dans une association.

Capucine Abboud""",
        app("Capucine", "Abboud", phone="+33698201457", bac=3, grad="2026-07", status="capucine_pas_encore_delivre"),
        cv=CV("odt", "CV_Capucine_Abboud.odt", """Capucine Abboud
Saint-Étienne - 06 98 20 14 57 - capucine.abboud@gmail.com
Formation
Licence professionnelle Intervention sociale - Université Jean-Monnet - admise, jury du 9 juillet 2026
DUT Carrières sociales - IUT de Saint-Étienne - 2025
Expériences
Stage, association de médiation sociale de quartier - mars - juin 2026
Animatrice, accueil de loisirs - étés 2022 à 2025"""),
    )),
    # Feature: stance_other_mail — kind — Les offres de la semaine
    # route: a job board's December newsletter (List-Unsubscribe, Precedence bulk): its offers' levels are nobody's application → newsletter
    N("stance_other_mail", "kind", "Les offres de la semaine", M(
        "Emplois Solidaires <newsletter@emplois-solidaires.example.net>", "Les offres de la semaine - spécial fin d'année", "2026-12-02 15:00",
        """Emplois Solidaires - Les offres de la semaine

Spécial fin d'année : 142 nouvelles offres dans l'ESS cette semaine.

- Coordinateur·rice de chantier d'insertion, Amiens, CDI (bac+2, débutant·e accepté·e)
- Chargé·e de mission égalité, fédération associative, Paris, CDD 12 mois (bac+5)
- Animateur·rice de réseau, coopérative agricole, Rodez, CDI
- Service civique : ambassadeur·rice du tri, Toulouse, 8 mois

Vous recevez cet e-mail car vous êtes abonné·e aux alertes Emplois Solidaires. Gérer mes alertes / me désinscrire : https://emplois-solidaires.example.net/alertes""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emplois-solidaires.example.net/alertes>", "Precedence": "bulk"},
    )),
    # Feature: someone_judged — graduation — obtenu en 2024
    # route: a Mission locale adviser writes for Jordan (his phone in the body, no address of his own): a colleague judges his diploma «trop ancien», the fact told is a BTS «obtenu en 2024» with no month (a year alone 2024 stays open on 2026-12-07), an association sought → referral, email null; bac+2 of 2024, graduation_recent open → to_verify
    N("someone_judged", "graduation", "obtenu en 2024", M(
        "Véronique Astruc <v.astruc@missionlocale-nimes.example.org>", "Orientation d'un jeune - avis", "2026-12-02 15:35",
        """Bonjour,

J'accompagne Jordan Ferhat, 22 ans, qui souhaite travailler dans une association sportive ou d'éducation par le sport. Il a un BTS Management commercial opérationnel obtenu en 2024.

Une collègue estime que son diplôme est trop ancien pour votre programme ; pour ma part je pense qu'il rentre dans les critères. Je préfère vous le présenter et vous laisser trancher.

Jordan n'a pas d'adresse mail active, vous pouvez le joindre au 06 57 12 84 30.

Véronique Astruc
Conseillère, Mission locale de Nîmes""",
        app("Jordan", "Ferhat", phone="+33657128430", bac=2, grad="2024", unknown=("graduation_recent",), email=None, forwarded_by="v.astruc@missionlocale-nimes.example.org", status="jordan_bts_2024_par_la_mission_locale"),
    )),
    # Feature: understated — studies_finished — j'ai à peine fini
    # route: the first paragraph: «j'ai à peine fini» a master validated in October 2026 (finished, however recent), a post in a housing association sought → bac+5 of 2026-10 → eligible
    N("understated", "studies_finished", "j'ai à peine fini", M(
        "Romuald Ekwalla <romuald.ekwalla@gmail.com>", "Premier emploi - Pro'pulse", "2026-12-02 16:10",
        """Bonjour,

Je ne sais pas si je suis déjà « jeune diplômé » au sens où vous l'entendez, j'ai à peine fini : mon master Urbanisme et habitat a été validé au jury du 14 octobre, il y a sept semaines.

Je cherche un poste de chargé d'opérations ou de gestion locative adaptée dans une association d'insertion par le logement.

Romuald Ekwalla
06 29 74 51 08""",
        app("Romuald", "Ekwalla", phone="+33629745108", bac=5, grad="2026-10", status="romuald_a_peine_fini"),
    )),
    # Feature: understated — level — ma première année de BTS
    # route: the first paragraph: «un gros bac+2» that is «ma première année de BTS» (only the first year done, the BTS given up): one year after the bac → bac+1, degree_level fails → not_eligible
    N("understated", "level", "ma première année de BTS", M(
        "Loïc Tshibangu <loic.tshibangu@gmail.com>", "candidature", "2026-12-02 16:45",
        """Bonjour,

J'ai un gros bac+2, enfin, ma première année de BTS Communication, faite à fond, mais j'ai arrêté en juin 2025 pour des raisons familiales et je n'ai pas repris.

Je voudrais bosser dans la com' d'une asso ou d'une coopérative culturelle.

Loïc
07 19 46 83 52""",
        app("Loïc", "Tshibangu", phone="+33719468352", bac=1, grad=None, failing=("degree_level",), status="loic_premiere_annee_bts"),
    )),
    # Feature: stance_other_mail — kind — voici le scan de mon diplôme
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our request quoted) sending the missing diploma scan → reply
    N("stance_other_mail", "kind", "voici le scan de mon diplôme", M(
        "Naomie Kervella <naomie.kervella@gmail.com>", "Re: Pro'pulse - pièce manquante", "2026-12-02 17:20",
        """Bonjour,

Pardon pour le retard, voici le scan de mon diplôme : https://partage.example.com/naomie-kervella-licence.pdf

Naomie

Le lun. 30 nov. 2026 à 10:05, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Naomie,
> Pour compléter votre dossier, pourriez-vous nous envoyer une copie de votre diplôme ou de votre attestation de réussite ?
> Merci,
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<piece-2026-11-30-0087@animafac.net>"},
    )),
    # Feature: contradicted — situation — je ne suis plus en stage
    # ambiguous: the body says «je ne suis plus en stage», the attached CV lists the same internship «sept. 2026 – févr. 2027 (en cours)», and nothing says which is right; not_internship open
    # route: the body against a PDF CV: a master of September 2026, an internship over in one, running until February 2027 in the other → bac+5 of 2026-09, not_internship open → to_verify
    N("contradicted", "situation", "je ne suis plus en stage", M(
        "Bastien Okoye-Larcher <bastien.okoyelarcher@outlook.fr>", "Candidature Pro'pulse", "2026-12-02 18:00",
        """Bonjour,

Diplômé d'un master Gestion de projets culturels en septembre, je ne suis plus en stage et je cherche un poste de chargé de production dans une association culturelle ou un lieu intermédiaire.

Vous trouverez mon CV en pièce jointe.

Bastien Okoye-Larcher
06 40 28 95 17""",
        app("Bastien", "Okoye-Larcher", phone="+33640289517", bac=5, grad="2026-09", unknown=("not_internship",), status="bastien_plus_en_stage_cv_en_cours"),
        cv=CV("pdf", "CV_Okoye-Larcher.pdf", """Bastien Okoye-Larcher
Marseille - 06 40 28 95 17 - bastien.okoyelarcher@outlook.fr
Formation
Master Gestion de projets culturels - Aix-Marseille Université - 2024-2026
Expériences
Stage, chargé de production, friche culturelle associative - sept. 2026 – févr. 2027 (en cours)
Stage de M1, festival de musiques du monde - avril - juin 2025
Compétences : régie, budget, demandes de subventions"""),
    )),
    # Feature: stance_other_mail — kind — Noël solidaire
    # route: a partner association invites us to its «Noël solidaire», no applicant → other
    N("stance_other_mail", "kind", "Noël solidaire", M(
        "Collectif Ensemble 93 <bonjour@ensemble93.example.org>", "Invitation - Noël solidaire le 17 décembre", "2026-12-02 18:30",
        """Bonjour à toute l'équipe de Pro'pulse,

Comme chaque année, le collectif organise son Noël solidaire le jeudi 17 décembre à partir de 18 h, à la Bourse du travail de Saint-Denis : repas partagé, stands des associations, et un petit temps d'échange sur l'emploi des jeunes dans l'ESS.

Vous êtes les bienvenu·es, et vos jeunes aussi !

Pour l'équipe, Moïra""",
        other(),
    )),
    # Feature: self_question — kind — peut-on candidater pendant un service civique
    # route: a question about civic services in general, with no diploma, date or situation of the writer's own told → question
    N("self_question", "kind", "peut-on candidater pendant un service civique", M(
        "zelie.boissonnet@gmail.com", "question", "2026-12-02 19:10",
        """Bonjour, peut-on candidater pendant un service civique ou faut-il l'avoir terminé ? Et si le service civique se termine pendant le programme ? Merci""",
        question(),
    )),
    # Feature: stance_other_mail — kind — Delivery Status Notification (Failure)
    # route: a delivery failure of our mail (a Mailer-Daemon From, multipart/report), the mailbox full → bounce
    N("stance_other_mail", "kind", "Delivery Status Notification (Failure)", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>", "Delivery Status Notification (Failure)", "2026-12-02 19:40",
        """Your message wasn't delivered to armand.poitevin.ess@gmail.com because the recipient's inbox is out of storage space. Please try resending later.""",
        bounce("armand.poitevin.ess@gmail.com"),
        bounce="""Reporting-MTA: dns; googlemail.example.com
Final-Recipient: rfc822; armand.poitevin.ess@gmail.com
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 The recipient's inbox is out of storage space""",
    )),
    # Feature: english_stance — studies_finished — if I pass my resit on the 14th
    # route: an English mail: a BA's last module to resit «on the 14th» of December (an exam still ahead of the reading day): the degree not obtained → bac unknown, graduation null, studies_finished fails → not_eligible
    N("english_stance", "studies_finished", "if I pass my resit on the 14th", M(
        "Ciarán Mulvey <ciaran.mulvey@gmail.com>", "Pro'pulse - early application", "2026-12-02 20:25",
        """Hi,

I'm finishing a BA in European Studies (Erasmus year in Lyon, now living here). I'll have my degree if I pass my resit on the 14th - it's one module of statistics I failed in June, everything else is done.

I'd like to work for a cooperative or a fair-trade association, ideally in something to do with sourcing or partnerships.

Cheers,
Ciarán Mulvey
07 66 21 39 84""",
        app("Ciarán", "Mulvey", phone="+33766213984", bac="*", grad=None, failing=("studies_finished",), language="en", status="ciaran_resit_on_the_14th"),
    )),
    # Feature: english_stance — aim — roles in social enterprises
    # route: an English referral: a careers adviser writes for Tomasz (his address in the body): a three-year BA of June 2026, «roles in social enterprises» sought → referral; bac+3 of 2026-06 → eligible
    N("english_stance", "aim", "roles in social enterprises", M(
        "Careers Service <careers.team@univ-kent.example.ac.uk>", "Referral: one of our recent graduates", "2026-12-02 21:15",
        """Dear Pro'pulse team,

I'm writing on behalf of one of our recent graduates, Tomasz Kowalik, who finished a three-year BA in Social Policy with us in June 2026 and has since moved to Lille with his family.

He is looking for roles in social enterprises or community organisations, and his French is good (B2). He asked me to pass on his details: tomasz.kowalik@gmail.com, +44 7911 402 563.

Kind regards,
Helen Brierley
Careers Adviser""",
        app("Tomasz", "Kowalik", phone="+447911402563", bac=3, grad="2026-06", email="tomasz.kowalik@gmail.com", forwarded_by="careers.team@univ-kent.example.ac.uk", language="en", status="tomasz_by_careers_service"),
    )),
]
