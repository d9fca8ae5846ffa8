"""Attitudes corpus, batch 03 (writer A): applications written in anxiety (a diploma feared too old that is
not, a feared internship that is over, a barista job feared to be a career, an internship ending «ce
mois-ci», two years of licence with no diploma, a fear that is right — the bac alone —, apologies during a
civic service), in regret (a master not done beside a licence that is, a lost year of law, a regret still
hesitating between an association and a bank, a BTS failed, a master of 2022, twelve years in insurance) and
in defiance (a DEUST defended, an internship declared over, a «continuité» of «quelques années», an aim
open to every sector defended as a choice, fifteen years in a private crèche, one's own consulting firm); other mail in those
attitudes (an anxious question, an anxious reply in our thread, a bounce «au regret», a regretful auto-reply,
a company defending its «impact», a network's defiant letter)."""
# ruff: noqa: E501

from __future__ import annotations

from attitudes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: anxiety — graduation — je crains que ma licence pro soit trop vieille pour vous, elle date de juin 2025
    # attitude: «je crains que ma licence pro soit trop vieille pour vous, elle date de juin 2025» = a feared failing that the fact does not bear out: June 2025 is seventeen months ago → meets graduation_recent → eligible
    N("anxiety", "graduation", "je crains que ma licence pro soit trop vieille pour vous, elle date de juin 2025", M(
        "Margaux Baudry <margaux.baudry@example.fr>", "Candidature (désolée si c'est trop tard)", "19 10:22",
        """Bonjour,

Désolée de vous déranger. Je voulais candidater à Pro'pulse mais je crains que ma licence pro soit trop vieille pour vous, elle date de juin 2025 (Métiers de l'accompagnement social). Depuis, j'ai surtout gardé des enfants, je n'ose pas trop postuler.

Je voudrais travailler dans une association de soutien à la parentalité.

Pardon pour ce long message,
Margaux Baudry
06 24 79 31 58""",
        app("Margaux", "Baudry", phone="+33624793158", bac=3, grad="2025-06", status="peur_diplome_trop_ancien"),
    )),
    # Feature: anxiety — situation — j'ai peur que mon stage pose problème, mais il s'est terminé le 15 septembre
    # attitude: «j'ai peur que mon stage pose problème, mais il s'est terminé le 15 septembre» = a feared internship that is over since September → meets not_internship → eligible
    N("anxiety", "situation", "j'ai peur que mon stage pose problème, mais il s'est terminé le 15 septembre", M(
        "Adrien Cordier <adrien.cordier@example.com>", "Question + candidature", "20 14:47",
        """Bonjour,

Je stresse un peu en vous écrivant. J'ai un BUT Gestion des entreprises et des administrations (juin 2026) et j'ai peur que mon stage pose problème, mais il s'est terminé le 15 septembre, dans une SCIC d'énergie renouvelable.

Je cherche un poste d'assistant administratif et financier dans une coopérative. Est-ce que je peux quand même candidater ?

Adrien Cordier
06 57 03 86 21""",
        app("Adrien", "Cordier", phone="+33657038621", bac=3, grad="2026-06", status="peur_stage_fini_15_sept"),
        cv=CV("docx", "CV_Adrien_Cordier.docx", """Adrien Cordier
BUT Gestion des entreprises et des administrations — juin 2026
Stage, SCIC d'énergie renouvelable, avril–septembre 2026"""),
    )),
    # Feature: anxiety — career_change — I'm worried my two years as a barista count as a career change, but it was while I was studying
    # attitude: «I'm worried my two years as a barista count as a career change, but it was while I was studying» = English anxiety about a student job: a job held while studying is no career → meets not_career_change → eligible
    N("anxiety", "career_change", "I'm worried my two years as a barista count as a career change, but it was while I was studying", M(
        "Aoife Brennan <aoife.brennan@example.org>", "Sorry to bother you - application", "21 09:30",
        """Hello,

Sorry to bother you. I'd like to apply to Pro'pulse but I'm worried my two years as a barista count as a career change, but it was while I was studying for my licence in sociology at Lyon 2 (June 2026). I'm anxious I've misread the criteria.

I'm looking for a job in a community association or a social centre.

Thank you so much,
Aoife Brennan
07 38 21 95 06""",
        app("Aoife", "Brennan", phone="+33738219506", bac=3, grad="2026-06", status="worried_barista_student_job", language="en"),
    )),
    # Feature: anxiety — situation — je stresse, mon stage finit ce mois-ci
    # ambiguous: an internship ending «ce mois-ci» with no day: it may still run on 2026-11-26 or not
    # attitude: «je stresse, mon stage finit ce mois-ci» = the anxiety leaves the end undated: this month, no day → not_internship unknown → to verify
    N("anxiety", "situation", "je stresse, mon stage finit ce mois-ci", M(
        "Lisa Chauvin <lisa.chauvin@example.net>", "candidature Pro'pulse", "22 23:40",
        """Bonsoir,

Pardon d'écrire si tard. Je stresse, mon stage finit ce mois-ci et je n'ai encore rien trouvé après. C'est dans une ressourcerie, le stage de fin de ma licence pro (que j'ai validée en juin 2026).

J'aimerais tellement rester dans le réemploi ou l'économie circulaire.

Lisa Chauvin
06 93 28 40 17""",
        app("Lisa", "Chauvin", phone="+33693284017", bac=3, grad="2026-06", unknown=("not_internship",), status="stresse_stage_ce_mois_ci"),
    )),
    # Feature: anxiety — level — je ne sais pas si j'ai le droit, j'ai validé deux années de licence mais pas la troisième
    # ambiguous: two years of licence validated and no diploma: whether they make a bac+2 is open
    # attitude: «je ne sais pas si j'ai le droit, j'ai validé deux années de licence mais pas la troisième» = anxiety over two validated years with no diploma: the level is truly open → degree_level unknown → to verify
    N("anxiety", "level", "je ne sais pas si j'ai le droit, j'ai validé deux années de licence mais pas la troisième", M(
        "Mélissa Antoine <melissa.antoine@example.com>", "Est-ce que je peux candidater ?", "23 11:05",
        """Bonjour,

Je suis désolée de vous déranger. Je ne sais pas si j'ai le droit, j'ai validé deux années de licence mais pas la troisième (psychologie, à Nanterre, j'ai arrêté en 2025). Je n'ai donc pas de diplôme, juste les relevés.

J'aimerais travailler dans une association d'écoute ou de prévention. Dites-moi franchement si ça ne va pas.

Mélissa Antoine
07 84 16 52 39""",
        app("Mélissa", "Antoine", phone="+33784165239", bac="*", grad=None, unknown=("degree_level",), status="deux_annees_licence_pas_diplome"),
    )),
    # Feature: anxiety — level — j'ai peur de ne pas être éligible parce que je n'ai que le bac
    # attitude: «j'ai peur de ne pas être éligible parce que je n'ai que le bac» = a fear that is right: the bac alone is under bac+2 → fails degree_level → not eligible
    N("anxiety", "level", "j'ai peur de ne pas être éligible parce que je n'ai que le bac", M(
        "Steven Gomez <steven.gomez@example.fr>", "candidature", "24 16:12",
        """Bonjour,

Désolé de vous déranger, j'ai peur de ne pas être éligible parce que je n'ai que le bac (bac STMG, 2022). Mais je suis bénévole aux Restos depuis trois ans et je voudrais vraiment en faire mon métier.

Si ce n'est pas possible, pouvez-vous m'orienter ?

Steven Gomez
06 15 48 27 93""",
        app("Steven", "Gomez", phone="+33615482793", bac=0, grad=None, failing=("degree_level",), status="peur_que_le_bac"),
    )),
    # Feature: anxiety — situation — désolée de vous déranger pendant mon service civique, qui finit le 30 juin 2027
    # attitude: «désolée de vous déranger pendant mon service civique, qui finit le 30 juin 2027» = the apology carries a civic service running until June 2027 → fails not_service_civique → not eligible
    N("anxiety", "situation", "désolée de vous déranger pendant mon service civique, qui finit le 30 juin 2027", M(
        "Nadia Khelifi <nadia.khelifi@example.org>", "Pro'pulse", "25 08:36",
        """Bonjour,

Désolée de vous déranger pendant mon service civique, qui finit le 30 juin 2027, dans une association de lutte contre la précarité énergétique. J'ai un BTS Économie sociale familiale de juin 2026 et j'ai peur de rater le coche si j'attends.

Je voudrais être conseillère en économie sociale et familiale dans une association.

Nadia Khelifi
06 09 72 35 48""",
        app("Nadia", "Khelifi", phone="+33609723548", bac=2, grad="2026-06", failing=("not_service_civique",), status="sc_fin_juin_2027_desolee"),
    )),
    # Feature: anxiety — kind — pardon si la question est bête, faut-il être inscrit à France Travail
    # attitude: «pardon si la question est bête, faut-il être inscrit à France Travail» = an anxious question about the rules, no personal fact → kind question
    N("anxiety", "kind", "pardon si la question est bête, faut-il être inscrit à France Travail", M(
        "m.abadie@example.com", "question (pardon)", "19 13:58",
        """Bonjour,

Pardon si la question est bête, faut-il être inscrit à France Travail pour participer à Pro'pulse ? Je n'ai rien trouvé sur le site et je n'ose pas appeler.

Merci beaucoup et encore pardon""",
        question(),
    )),
    # Feature: anxiety — kind — Re: Convocation à l'entretien collectif
    # attitude: «Re: Convocation à l'entretien collectif» = an anxious answer inside our thread (In-Reply-To one of our Message-IDs), asking to move the date, no new application → kind reply
    N("anxiety", "kind", "Re: Convocation à l'entretien collectif", M(
        "Julie Ferrand <julie.ferrand@example.net>", "Re: Convocation à l'entretien collectif", "20 07:55",
        """Bonjour,

Je suis vraiment désolée, j'ai un rendez-vous médical ce jour-là et j'ai peur que ça compromette ma candidature… Est-ce qu'il serait possible de décaler à une autre date ? Je comprendrai si ce n'est pas possible.

Julie Ferrand

> Le 18 nov. 2026, Pro'pulse a écrit :
> Nous avons le plaisir de vous convier à l'entretien collectif du 27 novembre à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<convoc-1811.ferrand@animafac.net>", "References": "<convoc-1811.ferrand@animafac.net>"},
    )),
    # Feature: regret — level — si seulement j'avais pu enchaîner sur un master ; je me suis arrêtée à la licence
    # attitude: «si seulement j'avais pu enchaîner sur un master ; je me suis arrêtée à la licence» = the master is an unreal past; the real past is a licence (bac+3) of June 2026 → meets degree_level → eligible
    N("regret", "level", "si seulement j'avais pu enchaîner sur un master ; je me suis arrêtée à la licence", M(
        "Héloïse Blanchard <heloise.blanchard@example.com>", "Candidature Pro'pulse", "19 18:15",
        """Bonjour,

Si seulement j'avais pu enchaîner sur un master ; je me suis arrêtée à la licence (sciences sociales, juin 2026, à Toulouse) : il fallait que je travaille. Je le regrette un peu, mais je suis prête à commencer.

Je souhaite travailler dans une association d'accompagnement des personnes âgées ou un centre social.

Héloïse Blanchard
05 61 48 30 72""",
        app("Héloïse", "Blanchard", phone="+33561483072", bac=3, grad="2026-06", status="aurait_aime_master_licence"),
    )),
    # Feature: regret — career_change — si j'avais su, je n'aurais pas perdu un an en fac de droit
    # attitude: «si j'avais su, je n'aurais pas perdu un an en fac de droit» = the regret is about a year of other studies, no trade: no career before the BTS → meets not_career_change → eligible
    N("regret", "career_change", "si j'avais su, je n'aurais pas perdu un an en fac de droit", M(
        "Lenny Boyer <lenny.boyer@example.org>", "candidature", "20 20:20",
        """Bonjour,

Si j'avais su, je n'aurais pas perdu un an en fac de droit avant de trouver ma voie. J'ai ensuite fait un BTS Économie sociale familiale, obtenu en juillet 2025.

Je cherche maintenant un poste de conseiller en insertion dans une association ou une entreprise d'insertion.

Lenny Boyer
06 20 95 47 13""",
        app("Lenny", "Boyer", phone="+33620954713", bac=2, grad="2025-07", status="an_perdu_fac_droit"),
    )),
    # Feature: regret — aim — aujourd'hui j'hésite encore entre une association et un poste en banque
    # ambiguous: the aim is split between an association and a bank: a coordinator cannot say he looks in the ESS
    # attitude: «aujourd'hui j'hésite encore entre une association et un poste en banque» = the regret looks back, the aim it leaves today is split → job_seeking_ess unknown → to verify
    N("regret", "aim", "aujourd'hui j'hésite encore entre une association et un poste en banque", M(
        "Ibrahim Diarra <ibrahim.diarra@example.net>", "Pro'pulse", "21 12:42",
        """Bonjour,

Je regrette de ne pas m'être intéressé à l'associatif plus tôt, pendant mon master Finance (septembre 2026). Aujourd'hui j'hésite encore entre une association et un poste en banque, qui paierait mieux, je ne vais pas mentir.

Pensez-vous que votre programme puisse m'aider à choisir ?

Ibrahim Diarra
07 02 68 39 54""",
        app("Ibrahim", "Diarra", phone="+33702683954", bac=5, grad="2026-09", unknown=("job_seeking_ess",), status="hesite_asso_banque"),
    )),
    # Feature: regret — level — j'aurais dû passer le BTS, je l'ai raté de peu
    # attitude: «j'aurais dû passer le BTS, je l'ai raté de peu» = the BTS is a regret, not a diploma: the bac pro remains the highest → fails degree_level → not eligible
    N("regret", "level", "j'aurais dû passer le BTS, je l'ai raté de peu", M(
        "Kylian Fabre <kylian.fabre@example.com>", "candidature pro'pulse", "22 10:10",
        """Bonjour,

J'ai un bac pro Accompagnement, soins et services à la personne. J'aurais dû passer le BTS, je l'ai raté de peu en juin 2025 (il me manquait l'épreuve écrite), et je ne l'ai pas retenté.

Je voudrais travailler dans un foyer d'hébergement associatif.

Kylian Fabre
06 38 17 49 62""",
        app("Kylian", "Fabre", phone="+33638174962", bac=0, grad=None, failing=("degree_level",), status="bts_rate_de_peu"),
    )),
    # Feature: regret — graduation — dommage que j'aie attendu si longtemps : mon master remonte à septembre 2022
    # attitude: «dommage que j'aie attendu si longtemps : mon master remonte à septembre 2022» = the regret dates the master: September 2022, over four years ago → fails graduation_recent → not eligible
    N("regret", "graduation", "dommage que j'aie attendu si longtemps : mon master remonte à septembre 2022", M(
        "Emma Lacroix <emma.lacroix@example.fr>", "Candidature", "23 15:33",
        """Bonjour,

Dommage que j'aie attendu si longtemps : mon master remonte à septembre 2022 (Coopération internationale, Paris 1) et j'ai laissé filer les années en petits contrats à l'étranger.

Je voudrais maintenant un poste stable dans une ONG ou une fondation en France.

Emma Lacroix
+33 6 52 87 14 30""",
        app("Emma", "Lacroix", phone="+33652871430", bac=5, grad="2022-09", failing=("graduation_recent",), status="master_sept_2022_dommage"),
    )),
    # Feature: regret — career_change — je regrette ces douze années dans l'assurance
    # attitude: «je regrette ces douze années dans l'assurance» = a regret about a career that did happen: twelve years of another trade before the licence pro → fails not_career_change → not eligible
    N("regret", "career_change", "je regrette ces douze années dans l'assurance", M(
        "Sylvain Girard <sylvain.girard@example.net>", "Pro'pulse", "24 09:08",
        """Bonjour,

Je regrette ces douze années dans l'assurance, à vendre des contrats dont personne n'avait besoin. En 2025 j'ai repris une licence pro Management des organisations de l'ESS, obtenue en juin 2026.

Je cherche un poste de gestionnaire dans une mutuelle ou une coopérative.

Sylvain Girard
06 71 90 28 35""",
        app("Sylvain", "Girard", phone="+33671902835", bac=3, grad="2026-06", failing=("not_career_change",), status="douze_annees_assurance"),
    )),
    # Feature: regret — kind — Nous sommes au regret de vous informer que votre message n'a pas pu être remis
    # attitude: «Nous sommes au regret de vous informer que votre message n'a pas pu être remis» = a mail server's regret at our mail, no application → kind bounce
    N("regret", "kind", "Nous sommes au regret de vous informer que votre message n'a pas pu être remis", M(
        "Service de messagerie <postmaster@example.fr>", "Non remis : Pro'pulse — votre entretien", "25 05:41",
        """Nous sommes au regret de vous informer que votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : bilel.hadjadj@example.fr
Raison : adresse inconnue (550 5.1.1)""",
        bounce("bilel.hadjadj@example.fr"),
        bounce="Reporting-MTA: dns; smtp.example.fr\nFinal-Recipient: rfc822; bilel.hadjadj@example.fr\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: regret — kind — je regrette de ne pouvoir vous répondre : je suis en congé maternité
    # attitude: «je regrette de ne pouvoir vous répondre : je suis en congé maternité» = a regretful automatic answer, an absence, no application → kind auto_reply
    N("regret", "kind", "je regrette de ne pouvoir vous répondre : je suis en congé maternité", M(
        "Valérie Kieffer <valerie.kieffer@example.org>", "Message automatique", "21 07:00",
        """Bonjour,

Je regrette de ne pouvoir vous répondre : je suis en congé maternité jusqu'au 15 mars 2027. Pour le partenariat avec Pro'pulse, merci de contacter ma collègue à partenariats@example.org.

Valérie Kieffer""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: defiance — level — je sais que je ne coche pas toutes les cases sur le papier, mais un DEUST, c'est bien un bac+2
    # attitude: «je sais que je ne coche pas toutes les cases sur le papier, mais un DEUST, c'est bien un bac+2» = a defence the facts support: a DEUST is bac+2 → meets degree_level → eligible
    N("defiance", "level", "je sais que je ne coche pas toutes les cases sur le papier, mais un DEUST, c'est bien un bac+2", M(
        "Sofiane Ayadi <sofiane.ayadi@example.com>", "Candidature — et je tiens à préciser", "19 11:50",
        """Bonjour,

Je sais que je ne coche pas toutes les cases sur le papier, mais un DEUST, c'est bien un bac+2 (DEUST Médiation citoyenne, Avignon, juin 2026), même si personne ne connaît ce diplôme. J'ai déjà entendu « ah, ce n'est pas une licence » trois fois.

Je veux travailler comme médiateur dans une association ou une régie de quartier.

Sofiane Ayadi
06 86 30 15 74""",
        app("Sofiane", "Ayadi", phone="+33686301574", bac=2, grad="2026-06", status="deust_cest_bien_bac2"),
    )),
    # Feature: defiance — situation — avant que vous me disiez non : mon stage est FINI, depuis le 6 novembre
    # attitude: «avant que vous me disiez non : mon stage est FINI, depuis le 6 novembre» = a refusal pre-empted for a criterion that meets: the internship ended on 6 November → meets not_internship → eligible
    N("defiance", "situation", "avant que vous me disiez non : mon stage est FINI, depuis le 6 novembre", M(
        "Armelle Le Goff <armelle.legoff@example.fr>", "Candidature Pro'pulse", "20 16:25",
        """Bonjour,

Avant que vous me disiez non : mon stage est FINI, depuis le 6 novembre. La dernière fois qu'on m'a refusé un dispositif, c'était « parce que vous êtes en stage », alors je préfère le dire tout de suite.

J'ai un master Politiques sociales et territoires (septembre 2026) et je cherche un poste de chargée de projet dans un centre social.

Armelle Le Goff
06 42 18 97 30""",
        app("Armelle", "Le Goff", phone="+33642189730", bac=5, grad="2026-09", status="stage_fini_6_novembre"),
    )),
    # Feature: defiance — career_change — je ne change pas de voie, je la prolonge : j'ai travaillé quelques années comme aide-soignante
    # ambiguous: «quelques années» as a nursing assistant before the licence: how long, and whether it makes a career, is open
    # attitude: «je ne change pas de voie, je la prolonge : j'ai travaillé quelques années comme aide-soignante» = the claim is weighed against the facts, and the facts leave the length open → not_career_change unknown → to verify
    N("defiance", "career_change", "je ne change pas de voie, je la prolonge : j'ai travaillé quelques années comme aide-soignante", M(
        "Fatou Diop <fatou.diop@example.net>", "candidature", "21 19:45",
        """Bonjour,

Je tiens à le dire : je ne change pas de voie, je la prolonge : j'ai travaillé quelques années comme aide-soignante avant ma licence de sciences sanitaires et sociales (juin 2026), et c'est le même souci des autres.

Je voudrais coordonner des projets dans une association médico-sociale.

Fatou Diop
07 29 43 61 85""",
        app("Fatou", "Diop", phone="+33729436185", bac=3, grad="2026-06", unknown=("not_career_change",), status="continuite_quelques_annees_aide_soignante"),
    )),
    # Feature: defiance — aim — je tiens à préciser que je ne me ferme aucune porte : association, collectivité ou entreprise privée
    # ambiguous: the aim is said across an association, a local authority and a private company with no preference: whether he looks in the ESS is open
    # attitude: «je tiens à préciser que je ne me ferme aucune porte : association, collectivité ou entreprise privée» = the defence of an open mind states an aim split between the ESS and the private sector → job_seeking_ess unknown → to verify
    N("defiance", "aim", "je tiens à préciser que je ne me ferme aucune porte : association, collectivité ou entreprise privée", M(
        "Timothée Legrand <timothee.legrand@example.com>", "Pro'pulse — candidature", "22 13:13",
        """Bonjour,

On m'a reproché en entretien de « ne pas savoir ce que je veux ». Alors je tiens à préciser que je ne me ferme aucune porte : association, collectivité ou entreprise privée, pourvu que je fasse de la gestion de projet. C'est un choix, pas de l'indécision.

J'ai un master Aménagement du territoire, obtenu en septembre 2025.

Timothée Legrand
06 53 74 20 86""",
        app("Timothée", "Legrand", phone="+33653742086", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="aucune_porte_fermee"),
    )),
    # Feature: defiance — career_change — je refuse qu'on parle de reconversion : quinze ans d'auxiliaire de puériculture en crèche privée
    # attitude: «je refuse qu'on parle de reconversion : quinze ans d'auxiliaire de puériculture en crèche privée» = the claim against the facts: fifteen years of another trade before the licence pro stay a career change → fails not_career_change → not eligible
    N("defiance", "career_change", "je refuse qu'on parle de reconversion : quinze ans d'auxiliaire de puériculture en crèche privée", M(
        "Christine Jacob <christine.jacob@example.org>", "candidature", "23 10:02",
        """Bonjour,

Je vous vois venir, alors je précise : je refuse qu'on parle de reconversion : quinze ans d'auxiliaire de puériculture en crèche privée, puis une licence pro Coordination de projets petite enfance (juillet 2026). C'est toujours l'enfance.

Je voudrais diriger une crèche associative ou parentale.

Christine Jacob
06 07 29 58 41""",
        app("Christine", "Jacob", phone="+33607295841", bac=3, grad="2026-07", failing=("not_career_change",), status="quinze_ans_creche_privee"),
    )),
    # Feature: defiance — aim — je veux créer ma propre société de conseil, pas être salarié d'une association
    # attitude: «je veux créer ma propre société de conseil, pas être salarié d'une association» = the defence states the aim: his own consulting firm, not a job in the ESS → fails job_seeking_ess → not eligible
    N("defiance", "aim", "je veux créer ma propre société de conseil, pas être salarié d'une association", M(
        "Arthur Dubreuil <arthur.dubreuil@example.net>", "Candidature atypique", "24 17:30",
        """Bonjour,

Je sais que je ne suis pas le candidat type et je l'assume : je veux créer ma propre société de conseil, pas être salarié d'une association. Conseil en stratégie pour PME, pour être précis. Master de gestion, juin 2026.

Votre accompagnement me serait utile pour le réseau.

Arthur Dubreuil
06 98 12 43 57""",
        app("Arthur", "Dubreuil", phone="+33698124357", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="propre_societe_conseil"),
    )),
    # Feature: defiance — kind — nous tenons à préciser que nous sommes une entreprise à impact
    # attitude: «nous tenons à préciser que nous sommes une entreprise à impact» = a company defending its label and offering a partnership, no application → kind other
    N("defiance", "kind", "nous tenons à préciser que nous sommes une entreprise à impact", M(
        "Recrutement — Hexa Conseil <rh@hexaconseil.example.com>", "Partenariat recrutement", "22 09:15",
        """Bonjour,

Avant que vous ne nous classiez parmi les cabinets classiques, nous tenons à préciser que nous sommes une entreprise à impact, et nous aimerions présenter nos postes à vos participants lors d'un atelier.

Seriez-vous disponibles pour en parler ?

Le service recrutement d'Hexa Conseil""",
        other(),
    )),
    # Feature: defiance — kind — Non, l'ESS n'est pas un sous-secteur
    # attitude: «Non, l'ESS n'est pas un sous-secteur» = a network's defiant letter, no application → kind newsletter
    N("defiance", "kind", "Non, l'ESS n'est pas un sous-secteur", M(
        "Collectif ESS en région <lettre@collectif-ess.example.org>", "Lettre d'information — novembre", "23 06:30",
        """Lettre d'information du Collectif ESS en région — novembre 2026

Éditorial : Non, l'ESS n'est pas un sous-secteur. Elle emploie un salarié privé sur huit, et nous le rappellerons au conseil régional le 8 décembre.

Agenda :
- 3 décembre : matinale de l'emploi associatif
- 8 décembre : rassemblement devant l'hôtel de région

Pour ne plus recevoir cette lettre : https://collectif-ess.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://collectif-ess.example.org/desinscription>"},
    )),
]
