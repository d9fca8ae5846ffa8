"""Others corpus, batch 01 (writer A): a brother or a sister with their own deciding fact, a parent's, an
aunt's or a grandparent's career and diploma, a partner's or a flatmate's situation — beside the applicant's
own facts; other mail that names them too (a question about a younger brother, a bounce, a newsletter of
people's stories, a parent's reply in our thread, a flatmate's question, a partner association's team)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, newsletter, other, question, reply
from others import N

MESSAGES = [
    # Feature: sibling — situation — moi j'ai terminé mon BTS ESF en juin
    # others: «ma sœur Inès est en service civique à la Croix-Rouge» = the sister's, not the writer's → not_service_civique met (silence for the writer) → eligible
    N("sibling", "situation", "moi j'ai terminé mon BTS ESF en juin", M(
        "Maëlle Kerjean <maelle.kerjean@example.org>", "Candidature Pro'pulse", "02 10:14",
        """Bonjour,

Je vous écris sur les conseils de ma sœur Inès, qui est en service civique à la Croix-Rouge depuis la rentrée et qui a vu passer votre annonce.

Pour ma part, moi j'ai terminé mon BTS ESF en juin dernier (juin 2026) et je cherche un poste de conseillère dans un centre social ou une association d'accès aux droits. Je suis disponible tout de suite.

Est-ce que je peux candidater ?

Merci,
Maëlle Kerjean
06 41 27 90 13""",
        app("Maëlle", "Kerjean", phone="+33641279013", bac=2, grad="2026-06", status="soeur_service_civique_bts_esf"),
    )),
    # Feature: sibling — graduation — moi je suis sorti de la fac en 2022
    # others: «Mon frère Yanis vient d'avoir son master en septembre 2025» = the brother's recent diploma, not the writer's → the writer's licence of 2022 is more than 24 months old → fails graduation_recent
    N("sibling", "graduation", "moi je suis sorti de la fac en 2022", M(
        "Walid Bendjebbar <walid.bendjebbar@example.net>", "programme pro'pulse - renseignement", "03 18:40",
        """Bonjour,

Mon frère Yanis vient d'avoir son master en septembre 2025 et il m'a parlé de votre programme. Lui ne veut pas postuler, il a déjà un CDD.

Moi je suis sorti de la fac en 2022, avec une licence de sociologie. Depuis j'ai fait des missions d'intérim et un peu d'animation. Je voudrais travailler dans une association d'éducation populaire.

Est-ce que mon profil peut être retenu ?

Walid Bendjebbar
07 52 18 64 30""",
        app("Walid", "Bendjebbar", phone="+33752186430", bac=3, grad="2022", failing=("graduation_recent",), status="frere_master_licence_2022"),
    )),
    # Feature: sibling — identity — de m'appeler moi, au 07 68 31 45 02
    # others: «Mai peut prendre le message au 06 19 84 52 70» = the sister's phone, a second candidate for the contacts → the applicant's phone is her own 07 number → eligible
    N("sibling", "identity", "de m'appeler moi, au 07 68 31 45 02", M(
        "Thi Lan Truong <thilan.truong@example.fr>", "Inscription", "04 09:02",
        """Bonjour,

Je souhaite m'inscrire au programme. J'ai obtenu mon DUT GEA en juin 2025 et je voudrais travailler dans une mutuelle ou une coopérative, côté gestion.

Ma sœur Mai travaille dans une banque à Lille et c'est elle qui m'aide pour les papiers : si je ne décroche pas, Mai peut prendre le message au 06 19 84 52 70. Mais le plus simple reste de m'appeler moi, au 07 68 31 45 02.

Bien cordialement,
Thi Lan Truong""",
        app("Thi Lan", "Truong", phone="+33768314502", bac=2, grad="2025-06", status="soeur_telephone_dut_gea"),
    )),
    # Feature: sibling — situation — c'est là que je l'ai rejointe en septembre
    # ambiguous: «je l'ai rejointe» after the sister's service civique may mean the writer joined her as a volunteer or only moved to her town: whose service civique is running is unclear
    # others: «ma grande sœur fait son service civique chez Unis-Cité à Grenoble» = the sister's; the writer «l'a rejointe» there → not_service_civique open → to_verify
    N("sibling", "situation", "c'est là que je l'ai rejointe en septembre", M(
        "Noé Ferracci <noe.ferracci@example.com>", "candidature", "05 21:33",
        """Bonsoir,

ma grande sœur fait son service civique chez Unis-Cité à Grenoble, et c'est là que je l'ai rejointe en septembre. J'ai un BTS SP3S obtenu en 2025 (juin).

Je cherche un emploi dans l'accompagnement social, en association de préférence. Est-ce que je rentre dans votre programme ?

Noé Ferracci
06 70 33 18 29""",
        app("Noé", "Ferracci", phone="+33670331829", bac=2, grad="2025-06", unknown=("not_service_civique",), status="soeur_unis_cite_rejointe"),
    )),
    # Feature: sibling — aim — moi je postule surtout dans les banques
    # others: «Ma sœur bosse dans une ressourcerie» = the sister's ESS job, not the writer's aim → the writer aims at banks → fails job_seeking_ess
    N("sibling", "aim", "moi je postule surtout dans les banques", M(
        "Kevin Da Cunha <kevin.dacunha@example.org>", "Pro'pulse", "06 12:05",
        """Salut,

Ma sœur bosse dans une ressourcerie à Montreuil et elle adore, elle m'a dit de vous écrire. Moi je postule surtout dans les banques, comme conseiller clientèle, j'ai un BTS NDRC de juin 2025.

Est-ce que je peux quand même entrer dans votre programme ?

Kevin Da Cunha
06 28 57 41 96""",
        app("Kevin", "Da Cunha", phone="+33628574196", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="soeur_ressourcerie_banque"),
    )),
    # Feature: sibling — career_change — I went straight from my HND to job hunting
    # others: «My older brother retrained as a nurse after ten years in retail» = the brother's career change → the writer went straight from studies → not_career_change met → eligible
    N("sibling", "career_change", "I went straight from my HND to job hunting", M(
        "Euan Reid <euan.reid@example.com>", "Application - Pro'pulse", "07 15:48",
        """Hello,

My older brother retrained as a nurse after ten years in retail, and he keeps telling me to aim for something I care about. I went straight from my HND to job hunting: I finished it in June 2025 in Edinburgh and I have lived in Lyon since the summer.

I would like to work for a charity or a cooperative, ideally in community food projects. Could I join your programme?

Best wishes,
Euan Reid
+33 6 84 20 17 55""",
        app("Euan", "Reid", phone="+33684201755", bac=2, grad="2025-06", status="brother_nurse_hnd", language="en"),
    )),
    # Feature: sibling — kind — pourra-t-il postuler
    # others: «Mon petit frère est en BTS» = a brother mentioned, not presented as applying now (the writer asks for later) → kind question
    N("sibling", "kind", "pourra-t-il postuler", M(
        "Amandine Rouxel <amandine.rouxel@example.net>", "question", "08 11:20",
        """Bonjour,

Mon petit frère est en BTS et finira l'an prochain. Pourra-t-il postuler à ce moment-là, ou le programme s'arrête cette année ?

Merci d'avance,
Amandine""",
        question(),
    )),
    # Feature: sibling — kind — Delivery Status Notification
    # others: «votre frère Ilyès nous a transmis votre adresse» = our mail to a brother's address, bounced → kind bounce
    N("sibling", "kind", "Delivery Status Notification", M(
        "Mail Delivery System <mailer-daemon@mx.example.net>", "Delivery Status Notification (Failure)", "09 08:02",
        """This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    lina.haddad@example.net

----- Original message -----
Bonjour Lina,
votre frère Ilyès nous a transmis votre adresse : voici les informations sur Pro'pulse.
L'équipe Pro'pulse""",
        bounce("lina.haddad@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; lina.haddad@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: family_elder — career_change — moi je sors directement de mon BUT Carrières sociales
    # others: «Ma mère s'est reconvertie à 45 ans dans l'aide à domicile» = the mother's career change → the writer comes straight from studies → not_career_change met → eligible
    N("family_elder", "career_change", "moi je sors directement de mon BUT Carrières sociales", M(
        "Léna Marcucci <lena.marcucci@example.org>", "Candidature programme Pro'pulse", "02 16:30",
        """Bonjour,

Ma mère s'est reconvertie à 45 ans dans l'aide à domicile et elle est aujourd'hui responsable de secteur dans une association. C'est un peu grâce à elle que je m'intéresse à ce milieu.

Moi je sors directement de mon BUT Carrières sociales, diplômée en juin 2026. Je cherche un premier poste d'animatrice ou de coordinatrice dans une association ou un centre social.

Je serais ravie de rejoindre votre programme, pouvez-vous me dire comment faire ?

Léna Marcucci
06 33 72 48 15""",
        app("Léna", "Marcucci", phone="+33633724815", bac=3, grad="2026-06", status="mere_reconvertie_but"),
    )),
    # Feature: family_elder — level — moi j'ai un bac pro commerce
    # others: «Mon père est directeur d'une mutuelle, il a un master de gestion» = the father's master, not the writer's diploma → the writer's bac pro is below bac+2 → fails degree_level
    N("family_elder", "level", "moi j'ai un bac pro commerce", M(
        "Dylan Mauduit <dylan.mauduit@example.com>", "inscription pro'pulse", "03 13:12",
        """Bonjour,

Mon père est directeur d'une mutuelle, il a un master de gestion, et il pense que votre programme serait bien pour moi. Moi j'ai un bac pro commerce et j'ai travaillé deux étés dans une épicerie solidaire.

Je voudrais trouver un emploi dans l'économie sociale et solidaire. Est-ce que je peux m'inscrire ?

Dylan Mauduit
07 81 26 35 49""",
        app("Dylan", "Mauduit", phone="+33781263549", bac=0, grad=None, failing=("degree_level",), status="pere_mutuelle_bac_pro"),
    )),
    # Feature: family_elder — career_change — on est tous passés par le commerce avant de faire autre chose
    # ambiguous: «dans ma famille on est tous passés par le commerce» may or may not include the writer: whether she worked in commerce before her licence is unsaid
    # others: «mon père a tenu une boutique vingt ans avant de devenir éducateur» = the father's reconversion; «on est tous passés par le commerce» = a family «on» of unclear scope → not_career_change open → to_verify
    N("family_elder", "career_change", "on est tous passés par le commerce avant de faire autre chose", M(
        "Yasmine Chaouch <yasmine.chaouch@example.fr>", "Candidature", "04 19:55",
        """Bonjour,

Dans ma famille on est tous passés par le commerce avant de faire autre chose : mon père a tenu une boutique vingt ans avant de devenir éducateur, ma tante est passée de la vente au secrétariat d'une association.

J'ai une licence professionnelle Intervention sociale obtenue en juin 2025 et je cherche un poste dans une association d'insertion. Mon profil vous intéresse-t-il ?

Yasmine Chaouch
06 15 92 37 84""",
        app("Yasmine", "Chaouch", phone="+33615923784", bac=3, grad="2025-06", unknown=("not_career_change",), status="famille_commerce_lp"),
    )),
    # Feature: family_elder — graduation — j'ai eu mon DEUST en juillet 2025
    # others: «ma grand-mère a passé son CAP petite enfance en 2019» = the grandmother's old diploma → the writer's DEUST of July 2025 is 16 months old → eligible
    N("family_elder", "graduation", "j'ai eu mon DEUST en juillet 2025", M(
        "Abdoulaye Sylla <abdoulaye.sylla@example.org>", "Pro'pulse : ma candidature", "05 10:41",
        """Bonjour Madame, Monsieur,

Dans ma famille on a le goût des diplômes tardifs : ma grand-mère a passé son CAP petite enfance en 2019, à 58 ans ! Pour ma part, j'ai eu mon DEUST en juillet 2025 (animation et gestion des activités physiques et sportives).

Je souhaite travailler dans une association sportive de quartier ou une fédération d'éducation populaire. Pourriez-vous étudier ma candidature ?

Cordialement,
Abdoulaye Sylla
07 45 60 18 27""",
        app("Abdoulaye", "Sylla", phone="+33745601827", bac=2, grad="2025-07", status="grand_mere_cap_deust"),
    )),
    # Feature: family_elder — situation — j'y suis en stage jusqu'au 20 décembre
    # others: «Ma tante dirige une ressourcerie à Nantes» = the aunt's job, not the writer's; «j'y suis en stage jusqu'au 20 décembre» = the writer's own internship, running → fails not_internship
    N("family_elder", "situation", "j'y suis en stage jusqu'au 20 décembre", M(
        "Clémence Le Goff <clemence.legoff@example.net>", "Votre programme", "06 08:47",
        """Bonjour,

Ma tante dirige une ressourcerie à Nantes et j'y suis en stage jusqu'au 20 décembre, dans le cadre de ma licence pro que je termine avec ce stage.

Après, je voudrais rester dans le réemploi et l'économie circulaire. Puis-je déjà candidater à Pro'pulse ?

Clémence Le Goff
06 90 14 27 68""",
        app("Clémence", "Le Goff", phone="+33690142768", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="tante_ressourcerie_stage"),
    )),
    # Feature: family_elder — identity — Son numéro : 06 37 15 82 64
    # others: «Bernard Ollivier, comptable» = the father's name, signature and phone, a second candidate for the contacts → the applicant is the son Théo Ollivier, his number given in the body → eligible (referral)
    N("family_elder", "identity", "Son numéro : 06 37 15 82 64", M(
        "Bernard Ollivier <b.ollivier@example.com>", "Candidature de mon fils Théo", "07 20:12",
        """Bonjour,

Je me permets de vous écrire pour mon fils Théo, qui voudrait rejoindre votre programme mais qui n'ose pas appeler. Il a eu sa licence professionnelle Métiers de l'économie sociale en juin 2026 et cherche un poste dans une ressourcerie ou une SCIC.

Je suis moi-même comptable depuis trente ans, je ne connais pas bien ce secteur, mais il y tient.

Son adresse : theo.ollivier@example.org. Son numéro : 06 37 15 82 64.

Bien à vous,
Bernard Ollivier
06 12 09 44 71""",
        app("Théo", "Ollivier", phone="+33637158264", bac=3, grad="2026-06", email="theo.ollivier@example.org", forwarded_by="b.ollivier@example.com", status="pere_ecrit_pour_theo"),
    )),
    # Feature: family_elder — studies_finished — moi je suis en M2, soutenance en juin prochain
    # others: «Ma mère a soutenu son mémoire de master en juin» = the mother's finished master (a return to study) → the writer's M2 runs until next June → fails studies_finished
    N("family_elder", "studies_finished", "moi je suis en M2, soutenance en juin prochain", M(
        "Hugo Benhamida <hugo.benhamida@example.fr>", "Pro'pulse", "08 17:26",
        """Bonjour,

Ma mère a soutenu son mémoire de master en juin, après une reprise d'études à 50 ans, et elle a trouvé un poste dans une fondation. Ça m'a motivé.

Moi je suis en M2, soutenance en juin prochain, en économie sociale et solidaire. J'aimerais préparer mon entrée dans le secteur associatif dès maintenant. Votre programme m'est-il ouvert ?

Hugo Benhamida
07 29 63 80 41""",
        app("Hugo", "Benhamida", phone="+33729638041", bac="*", grad=None, failing=("studies_finished",), status="mere_master_m2_en_cours"),
    )),
    # Feature: family_elder — kind — Les parcours du mois
    # others: «Mireille, ancienne aide-soignante … son fils Adrien» = people's stories in a newsletter → kind newsletter
    N("family_elder", "kind", "Les parcours du mois", M(
        "La Lettre des Solidarités <lettre@solidarites.example.org>", "Les parcours du mois : Mireille, Adrien et les autres", "09 07:00",
        """LA LETTRE DES SOLIDARITÉS — novembre 2026

Les parcours du mois

Mireille, ancienne aide-soignante, a repris des études à 52 ans et coordonne aujourd'hui un réseau d'aidants. Son fils Adrien, lui, a fait son service civique dans la même association avant d'y être embauché.

Aussi dans ce numéro : le forum de l'emploi associatif du 3 décembre, et les mutuelles qui recrutent.

Se désinscrire : https://solidarites.example.org/desinscription""",
        newsletter(),
    )),
    # Feature: family_elder — kind — Re: Votre candidature Pro'pulse
    # others: «Mon fils Gaspard a bien reçu votre mail» = a mother answering in our thread for her son → kind reply
    N("family_elder", "kind", "Re: Votre candidature Pro'pulse", M(
        "Hélène Vaillancourt <helene.vaillancourt@example.net>", "Re: Votre candidature Pro'pulse", "10 19:03",
        """Bonjour,

Mon fils Gaspard a bien reçu votre mail mais il est en déplacement jusqu'à lundi. Il vous rappellera pour fixer le rendez-vous. Faut-il qu'il apporte son diplôme original ?

Hélène Vaillancourt

Le 9 nov. 2026 à 14:10, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Gaspard, nous avons bien reçu votre dossier et souhaitons fixer un entretien.""",
        reply(),
        headers={"In-Reply-To": "<rdv-0911-gv@animafac.net>", "References": "<rdv-0911-gv@animafac.net>"},
    )),
    # Feature: partner_or_flatmate — situation — moi j'ai soutenu mon M2 en septembre
    # others: «Mon compagnon est en stage jusqu'en mars dans une banque» = the partner's internship and aim → the writer's M2 finished in September → eligible
    N("partner_or_flatmate", "situation", "moi j'ai soutenu mon M2 en septembre", M(
        "Chiara Lombardi <chiara.lombardi@example.org>", "Candidature Pro'pulse", "03 09:37",
        """Bonjour,

Nous venons d'arriver à Bordeaux : mon compagnon est en stage jusqu'en mars dans une banque, et moi j'ai soutenu mon M2 en septembre (master développement local, septembre 2026).

Je cherche un poste de chargée de projet dans une fondation ou une association de développement territorial. Puis-je rejoindre le programme ?

Chiara Lombardi
06 57 83 29 10""",
        app("Chiara", "Lombardi", phone="+33657832910", bac=5, grad="2026-09", status="compagnon_stage_banque_m2"),
    )),
    # Feature: partner_or_flatmate — situation — on est à la Ligue de l'enseignement
    # ambiguous: «on est à la Ligue» after the boyfriend's service civique: whether the writer is a volunteer there too is unsaid
    # others: «son service civique qui dure jusqu'en juin» = the boyfriend's; «on est à la Ligue» = a couple's «on» of unclear scope → not_service_civique open → to_verify
    N("partner_or_flatmate", "situation", "on est à la Ligue de l'enseignement", M(
        "Margaux Pinel <margaux.pinel@example.com>", "candidature pro'pulse", "04 22:10",
        """Bonsoir,

Mon copain et moi on a déménagé à Rennes pour son service civique qui dure jusqu'en juin, on est à la Ligue de l'enseignement depuis la rentrée. J'ai un BTS SP3S de juin 2025.

J'aimerais travailler dans un centre social. Est-ce que je suis éligible ?

Margaux Pinel
06 24 71 58 36""",
        app("Margaux", "Pinel", phone="+33624715836", bac=2, grad="2025-06", unknown=("not_service_civique",), status="copain_service_civique_ligue"),
    )),
    # Feature: partner_or_flatmate — aim — moi je cherche dans le conseil
    # others: «Ma femme travaille à la Fondation Abbé-Lemoine» = the wife's ESS job, not the writer's aim → the writer seeks consulting firms → fails job_seeking_ess
    N("partner_or_flatmate", "aim", "moi je cherche dans le conseil", M(
        "Grégoire Fontanel <gregoire.fontanel@example.fr>", "Programme", "05 13:58",
        """Bonjour,

Ma femme travaille à la Fondation Abbé-Lemoine et m'a transmis votre annonce. Moi je cherche dans le conseil, plutôt un cabinet de stratégie, après mon master de management obtenu en 2025 (juillet).

Votre programme peut-il m'aider ?

Grégoire Fontanel
07 36 85 14 92""",
        app("Grégoire", "Fontanel", phone="+33736851492", bac=5, grad="2025-07", failing=("job_seeking_ess",), status="femme_fondation_conseil"),
    )),
    # Feature: partner_or_flatmate — identity — mon portable : 06 48 20 73 19
    # others: «vous pouvez joindre ma colocataire Jade au 07 11 39 64 85» = the flatmate's phone, a second candidate → the applicant's own portable is the 06 number → eligible
    N("partner_or_flatmate", "identity", "mon portable : 06 48 20 73 19", M(
        "Rokia Tounkara <rokia.tounkara@example.org>", "Candidature", "06 18:22",
        """Bonjour,

Je voudrais candidater à Pro'pulse. J'ai mon BTS Économie sociale familiale depuis juin 2025 et je cherche un poste dans une SCIC d'habitat partagé.

Mon portable : 06 48 20 73 19, mais il marche mal en ce moment ; sinon vous pouvez joindre ma colocataire Jade au 07 11 39 64 85, elle me fera passer le message.

Merci !
Rokia Tounkara""",
        app("Rokia", "Tounkara", phone="+33648207319", bac=2, grad="2025-06", status="colocataire_jade_telephone"),
    )),
    # Feature: partner_or_flatmate — career_change — moi j'ai été aide-soignante quinze ans
    # others: «Mon mari, lui, n'a jamais changé de métier» = the husband's steady career → the writer's fifteen years as a care assistant before her licence pro → fails not_career_change
    N("partner_or_flatmate", "career_change", "moi j'ai été aide-soignante quinze ans", M(
        "Nadia Ouali <nadia.ouali@example.net>", "Demande d'inscription", "07 10:06",
        """Bonjour,

Mon mari, lui, n'a jamais changé de métier, il est boulanger depuis ses seize ans. Moi j'ai été aide-soignante quinze ans avant de reprendre une licence professionnelle, obtenue en juin 2026.

Je cherche maintenant un poste de coordinatrice dans une association d'aide aux aidants. Votre programme peut-il m'accueillir ?

Nadia Ouali
06 66 09 31 57""",
        app("Nadia", "Ouali", phone="+33666093157", bac=3, grad="2026-06", failing=("not_career_change",), info_in="both", status="mari_boulanger_aide_soignante"),
        cv=CV("pdf", "CV_Nadia_Ouali.pdf", "Nadia Ouali\nLicence professionnelle Coordination de projets, juin 2026\n2010-2025 : aide-soignante, EHPAD Les Tilleuls\nRecherche : coordination, association d'aide aux aidants"),
    )),
    # Feature: partner_or_flatmate — studies_finished — my MSc was awarded in September 2025
    # others: «My partner is still finishing his PhD» = the partner's studies running → the writer's MSc obtained → eligible
    N("partner_or_flatmate", "studies_finished", "my MSc was awarded in September 2025", M(
        "Freya Lindqvist <freya.lindqvist@example.com>", "Joining Pro'pulse", "08 14:33",
        """Hi,

We moved to Toulouse this autumn because my partner is still finishing his PhD here. As for me, my MSc was awarded in September 2025 (environmental policy, Uppsala) and I'm looking for a job in a French cooperative or an environmental association.

Is your programme open to me?

Freya Lindqvist
06 92 47 13 08""",
        app("Freya", "Lindqvist", phone="+33692471308", bac=5, grad="2025-09", status="partner_phd_msc", language="en"),
    )),
    # Feature: partner_or_flatmate — kind — une personne en stage peut-elle candidater
    # others: «Ma colocataire est en stage» = a flatmate mentioned, not presented as applying → kind question
    N("partner_or_flatmate", "kind", "une personne en stage peut-elle candidater", M(
        "Eloïse Perrichon <eloise.perrichon@example.fr>", "Petite question", "09 12:44",
        """Bonjour,

Ma colocataire est en stage et on se demandait ce soir : une personne en stage peut-elle candidater, ou faut-il attendre la fin ?

Bonne journée,
Eloïse""",
        question(),
    )),
    # Feature: partner_or_flatmate — kind — Notre équipe se présente
    # others: «Salomé, coordinatrice, ancienne volontaire … son binôme Maxime» = a partner association presenting its team → kind other
    N("partner_or_flatmate", "kind", "Notre équipe se présente", M(
        "Coloc'Solidaire <contact@colocsolidaire.example.org>", "Partenariat : notre équipe se présente", "10 09:15",
        """Bonjour à l'équipe Pro'pulse,

Suite à notre échange, voici l'équipe de Coloc'Solidaire, qui pourrait accueillir vos participants en colocation : Salomé, coordinatrice, ancienne volontaire en service civique chez nous ; son binôme Maxime, chargé du lien avec les bailleurs ; et Fatou, qui gère les entrées.

Nous proposons une réunion en décembre. Quelles dates vous conviennent ?

Salomé Garnier, pour Coloc'Solidaire""",
        other(),
    )),
]
