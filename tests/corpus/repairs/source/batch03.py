"""Repairs corpus, batch 03 (writer A): facts that grow («et même…», «pas seulement… : …», «plus que ça»),
facts renamed («ou plutôt…», «le mot est mal choisi», «appelons ça…»), and facts put right against what
someone or something else says (an adviser's file, a CV not up to date, our own acknowledgement, a school's
answer to an adviser, a job centre's referral, a school's certificate); other mail repaired the same way (an
employer's one post that is two, an absence that grows, a question about an «inscription» that is a
pre-registration, a reply in our thread renaming an interview, a school correcting its certificate, a
question correcting what a friend said)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, other, question, reply
from repairs import N

MESSAGES = [
    # Feature: upgrade — graduation — et même un master depuis septembre
    # repair: «une licence de 2022» → «et même un master depuis septembre 2026» = the most recent diploma is of 2026 → meets graduation_recent → eligible
    N("upgrade", "graduation", "et même un master depuis septembre", M(
        "Apolline Blanchard <apolline.blanchard@example.fr>", "Candidature Pro'pulse — Apolline Blanchard", "02 11:02",
        """Bonjour,

J'ai une licence de lettres modernes obtenue à Tours en 2022, et même un master depuis septembre : le master Métiers du livre et de l'édition, soutenu le 18 septembre 2026, que j'ai préparé en alternance dans une maison d'édition associative.

J'aimerais travailler dans une association de lutte contre l'illettrisme ou une librairie coopérative.

Apolline Blanchard
02 47 61 93 05""",
        app("Apolline", "Blanchard", phone="+33247619305", bac=5, grad="2026-09", status="licence_2022_et_meme_master_2026"),
    )),
    # Feature: upgrade — career_change — pas seulement bénévole : salarié ambulancier
    # repair: «bénévole à la Croix-Rouge avant la licence» → «pas seulement bénévole : salarié ambulancier à plein temps de 2014 à 2023» = a trade of nine years before the diploma → fails not_career_change → not eligible
    N("upgrade", "career_change", "pas seulement bénévole : salarié ambulancier", M(
        "Julien Castel <julien.castel@example.com>", "Candidature programme jeunes diplômés", "03 08:19",
        """Bonjour,

Avant ma licence Sciences sanitaires et sociales (Lille, juin 2026), j'ai été bénévole à la Croix-Rouge. Pas seulement bénévole : salarié ambulancier à plein temps dans une société privée de 2014 à 2023, et secouriste bénévole le week-end.

Je cherche un poste de coordinateur de l'urgence sociale dans une association.

Julien Castel
03 20 58 16 74""",
        app("Julien", "Castel", phone="+33320581674", bac=3, grad="2026-06", failing=("not_career_change",), status="benevole_pas_seulement_ambulancier_9_ans"),
    )),
    # Feature: upgrade — level — le bac, et même un BTS depuis juillet
    # repair: «j'ai le bac» → «et même un BTS depuis juillet (résultats reçus tard)» = a bac+2 obtained in July 2026 → meets degree_level → eligible
    N("upgrade", "level", "le bac, et même un BTS depuis juillet", M(
        "Kévin Lopes <kevin.lopes@example.fr>", "candidature kevin lopes", "04 20:51",
        """Bonjour

j'ai le bac, et même un BTS depuis juillet ! BTS Gestion de la PME au lycée de Creil, j'ai reçu les résultats tard parce que j'étais en rattrapage, j'ai oublié de le mettre sur mon CV

je cherche un poste d'assistant de gestion dans une asso ou une entreprise d'insertion dans l'Oise

Kévin
07.54.21.90.36""",
        app("Kévin", "Lopes", phone="+33754219036", bac=2, grad="2026-07", status="bac_et_meme_bts_juillet"),
    )),
    # Feature: upgrade — situation — et même un service civique depuis octobre
    # repair: «du bénévolat aux Restos du cœur» → «et même un service civique depuis octobre, jusqu'en mai» = the civic service runs past today → fails not_service_civique → not eligible
    N("upgrade", "situation", "et même un service civique depuis octobre", M(
        "Eva Darmon <eva.darmon@example.org>", "Pro'pulse", "05 15:44",
        """Bonjour,

Licence d'économie (Nanterre, juin 2026). En ce moment je fais du bénévolat aux Restos du cœur, et même un service civique depuis octobre, jusqu'en mai, sur la distribution alimentaire et l'accueil.

Je voudrais préparer dès maintenant mon entrée dans une association de lutte contre la précarité.

Eva Darmon
06 33 72 18 45""",
        app("Eva", "Darmon", phone="+33633721845", bac=3, grad="2026-06", failing=("not_service_civique",), status="benevole_et_meme_sc_jusqu_mai"),
    )),
    # Feature: upgrade — graduation — et même une licence pro depuis, en 2024
    # ambiguous: the BTS of 2021 is upgraded to a licence pro «en 2024» with no month: June 2024 is too old, December 2024 recent — a coordinator must ask
    # repair: «BTS en 2021» → «et même une licence pro depuis, en 2024» = a year alone in 2024 → graduation_recent unknown → to verify
    N("upgrade", "graduation", "et même une licence pro depuis, en 2024", M(
        "Hakim Ghezali <hakim.ghezali@example.net>", "Candidature - Hakim Ghezali", "06 09:27",
        """Bonjour,

J'ai un BTS Négociation et relation client de 2021, et même une licence pro depuis, en 2024 : Métiers de l'entrepreneuriat, à l'IUT de Saint-Étienne, suivie en cours du soir.

Je cherche un poste de chargé d'accompagnement dans une couveuse ou une coopérative d'activité et d'emploi.

Hakim Ghezali
04 77 43 20 61""",
        app("Hakim", "Ghezali", phone="+33477432061", bac=3, grad="2024", unknown=("graduation_recent",), status="bts_2021_et_meme_lp_2024"),
    )),
    # Feature: upgrade — situation — not just an intern any more: they hired me
    # repair: «an intern at a fair-trade cooperative» → «not just an intern any more: they hired me on a fixed-term contract on 2 November» = no internship now, a job held with the ESS search named → meets not_internship → eligible (English)
    N("upgrade", "situation", "not just an intern any more: they hired me", M(
        "Aisha Khan <aisha.khan@example.co.uk>", "Pro'pulse — application", "07 12:15",
        """Hi,

I'm an intern at Ethiquable, the fair-trade cooperative near Auch — well, not just an intern any more: they hired me on a fixed-term contract on 2 November, until the end of March.

I hold a BA in International Development from the University of Sussex (July 2025). After March I'd like a permanent post in a French cooperative or association, ideally in fair trade.

Thanks,
Aisha Khan
+33 6 80 14 52 37""",
        app("Aisha", "Khan", phone="+33680145237", bac=3, grad="2025-07", status="en_intern_now_hired_cdd", language="en"),
    )),
    # Feature: upgrade — studies_finished — et même inscrite en master en alternance depuis septembre
    # repair: «licence pro obtenue en juin» → «et même inscrite en master en alternance depuis septembre» = a new diploma course running → fails studies_finished → not eligible
    N("upgrade", "studies_finished", "et même inscrite en master en alternance depuis septembre", M(
        "Bérangère Fournier <berangere.fournier@example.fr>", "Candidature", "09 18:36",
        """Bonjour,

J'ai une licence pro Gestion des organisations de l'ESS obtenue en juin 2026 à Valence, et même inscrite en master en alternance depuis septembre, à l'IAE de Grenoble, pour deux ans.

Je cherche une structure d'accueil ou un emploi dans l'ESS qui me laisse suivre les cours.

Bérangère Fournier
04 75 82 36 90""",
        app("Bérangère", "Fournier", phone="+33475823690", bac=3, grad="2026-06", failing=("studies_finished",), status="lp_et_meme_master_alternance"),
    )),
    # Feature: upgrade — kind — un poste, et même deux
    # repair: «nous recrutons un·e chargé·e d'accueil» → «et même deux, un second financement vient d'arriver» = an employer's offer grown, no application → kind other
    N("upgrade", "kind", "un poste, et même deux", M(
        "Ressourcerie La Boucle <emploi@example.org>", "Offre : chargé·e d'accueil et de vente", "10 10:12",
        """Bonjour Pro'pulse,

La Ressourcerie La Boucle (Montreuil) ouvre un poste, et même deux : un second financement vient d'arriver. Chargé·e d'accueil et de vente, CDI, 35 h, débutant·e bienvenu·e.

Pouvez-vous transmettre à vos candidat·e·s ?

Merci,
Farid, coordinateur""",
        other(),
    )),
    # Feature: upgrade — kind — cette semaine, et même la suivante
    # repair: «absent cette semaine» → «et même la suivante, jusqu'au 4 décembre inclus» = an absence notice grown, no application → kind auto_reply
    N("upgrade", "kind", "cette semaine, et même la suivante", M(
        "Bertrand Giraud <b.giraud@example.org>", "Réponse automatique : Partenariat emploi", "23 07:45",
        """Bonjour,

Je suis absent cette semaine, et même la suivante, jusqu'au 4 décembre inclus. Votre message sera traité à mon retour.

Bertrand Giraud
Délégué régional, Fondation pour l'insertion""",
        auto_reply(),
    )),
    # Feature: renaming — situation — mon stage — ou plutôt mon CDD
    # repair: «mon stage à la Mutuelle des étudiants» → «ou plutôt mon CDD, c'est un contrat de travail» = a job, no internship, with the ESS search named → meets not_internship → eligible
    N("renaming", "situation", "mon stage — ou plutôt mon CDD", M(
        "Tristan Ly <tristan.ly@example.fr>", "Candidature Pro'pulse - Tristan Ly", "11 13:40",
        """Bonjour,

Je termine en mars mon stage — ou plutôt mon CDD, c'est un contrat de travail et non une convention, tout le monde l'appelle « le stage » au bureau — à la Mutuelle des étudiants de Toulouse, sur la prévention santé.

J'ai un master Santé publique (Toulouse III, septembre 2025). Pour la suite, je cherche un poste durable de chargé de prévention dans une mutuelle ou une association.

Tristan Ly
05 61 39 24 07""",
        app("Tristan", "Ly", phone="+33561392407", bac=5, grad="2025-09", status="stage_ou_plutot_cdd_mutuelle"),
    )),
    # Feature: renaming — career_change — ma « reconversion » — le mot est mal choisi
    # repair: «ma reconversion» → «le mot est mal choisi : avant la licence, je n'avais eu que des jobs étudiants» = no career before the diploma → meets not_career_change → eligible
    N("renaming", "career_change", "ma « reconversion » — le mot est mal choisi", M(
        "Anouk Faure <anouk.faure@example.fr>", "Candidature", "12 10:30",
        """Bonjour,

Je vous écris au sujet de ma « reconversion » — le mot est mal choisi : avant la licence, je n'avais eu que des jobs étudiants (caissière l'été, baby-sitting). Disons plutôt un changement de cap, du droit vers le social.

Licence professionnelle Intervention sociale, Grenoble, juin 2026. Je cherche un poste d'accompagnatrice dans une association d'hébergement.

Anouk Faure
04 76 18 42 93""",
        app("Anouk", "Faure", phone="+33476184293", bac=3, grad="2026-06", status="reconversion_mot_mal_choisi"),
    )),
    # Feature: renaming — situation — une mission bénévole à l'AFEV, ou plutôt un service civique
    # repair: «une mission bénévole à l'AFEV» → «ou plutôt un service civique, indemnisé, jusqu'en avril» = a civic service running past today → fails not_service_civique → not eligible
    N("renaming", "situation", "une mission bénévole à l'AFEV, ou plutôt un service civique", M(
        "Rania Chouaki <rania.chouaki@example.fr>", "candidature Pro'pulse", "13 17:55",
        """Bonjour,

J'ai une licence de psychologie (Aix-Marseille, juin 2025). Depuis septembre, je fais une mission bénévole à l'AFEV, ou plutôt un service civique, indemnisé, jusqu'en avril : du mentorat d'enfants de quartiers prioritaires.

Après, j'aimerais travailler dans la protection de l'enfance associative.

Rania Chouaki
06 27 84 50 13""",
        app("Rania", "Chouaki", phone="+33627845013", bac=3, grad="2025-06", failing=("not_service_civique",), status="mission_benevole_ou_plutot_sc_avril"),
    )),
    # Feature: renaming — situation — volontaire, ou service civique, les deux mots sont sur mon contrat
    # ambiguous: the running mission is named «volontaire» and «service civique» side by side with no choice: it may be a civic service (fails) or another volunteering — a coordinator must ask
    # repair: «volontaire à la Croix-Rouge jusqu'en mars» → «volontaire, ou service civique, les deux mots sont sur mon contrat» = two names left side by side → not_service_civique unknown → to verify
    N("renaming", "situation", "volontaire, ou service civique, les deux mots sont sur mon contrat", M(
        "Thomas Bouvier <thomas.bouvier@example.com>", "Pro'pulse : candidature", "14 08:03",
        """Bonjour,

BUT Information-communication (Nancy, juin 2026). Je suis volontaire à la Croix-Rouge jusqu'en mars — volontaire, ou service civique, les deux mots sont sur mon contrat et personne ne m'a expliqué la différence.

Je cherche un poste de chargé de communication dans une association humanitaire.

Thomas Bouvier
03 83 29 71 56""",
        app("Thomas", "Bouvier", phone="+33383297156", bac=3, grad="2026-06", unknown=("not_service_civique",), status="volontaire_ou_sc_deux_mots"),
    )),
    # Feature: renaming — level — mon master — appelons-le « Master of Science » d'école privée
    # ambiguous: the «master» is renamed a private school's «Master of Science» with no State recognition named: its level is open — a coordinator must ask
    # repair: «mon master» → «appelons-le « Master of Science » d'école privée, sans visa» = a diploma of open level → degree_level unknown → to verify
    N("renaming", "level", "mon master — appelons-le « Master of Science » d'école privée", M(
        "Enzo Cardoso <enzo.cardoso@example.fr>", "Candidature Pro'pulse Enzo Cardoso", "14 19:21",
        """Bonjour,

Mon master — appelons-le « Master of Science » d'école privée, pour être exact : il n'a pas le grade de master ni de visa de l'État, je l'ai découvert après coup — en management du développement durable, obtenu en juin 2026 à Lyon.

J'aimerais rejoindre une SCOP ou une association d'éducation à l'environnement.

Enzo Cardoso
06 59 03 47 28""",
        app("Enzo", "Cardoso", phone="+33659034728", bac="*", grad="2026-06", unknown=("degree_level",), status="master_appelons_msc_prive"),
    )),
    # Feature: renaming — career_change — a "gap year" — more of a career, really
    # repair: «a gap year before my bachelor's» → «more of a career, really: eight years as cabin crew» = a trade of eight years before the diploma → fails not_career_change → not eligible (English)
    N("renaming", "career_change", "a \"gap year\" — more of a career, really", M(
        "Daniel Harrington <dan.harrington@example.ie>", "Application to Pro'pulse", "16 14:47",
        """Hello,

Before my bachelor's I took a "gap year" — more of a career, really: eight years as cabin crew with an Irish airline, full time, from 2014 to 2022.

I then did a BA in Social Care at the University of Limerick (June 2025), recognised in France as bac+3, and I'm looking for a job in a French association working with young people.

Best,
Daniel Harrington
+353 87 123 4567""",
        app("Daniel", "Harrington", phone="+353871234567", bac=3, grad="2025-06", failing=("not_career_change",), status="en_gap_year_more_a_career", language="en"),
    )),
    # Feature: renaming — kind — mon inscription, ou plutôt ma pré-inscription
    # repair: «mon inscription» → «ou plutôt ma pré-inscription, puisque je n'ai rien envoyé» = a question about the programme with no personal facts enough to judge → kind question
    N("renaming", "kind", "mon inscription, ou plutôt ma pré-inscription", M(
        "Jade <jade.h@example.net>", "Question inscription", "17 21:30",
        """Bonjour,

Comment se passe mon inscription, ou plutôt ma pré-inscription, puisque je n'ai encore rien envoyé ? Faut-il un CV dès le départ ou seulement pour l'entretien ?

Merci,
Jade""",
        question(),
    )),
    # Feature: renaming — kind — mon « entretien », ou plutôt notre premier échange
    # repair: «mon entretien de lundi» → «ou plutôt notre premier échange» = a reply in our thread thanking for a call, no application → kind reply
    N("renaming", "kind", "mon « entretien », ou plutôt notre premier échange", M(
        "Louise Delmas <louise.delmas@example.fr>", "Re: Votre rendez-vous Pro'pulse", "18 16:20",
        """Bonjour Claire,

Merci encore pour mon « entretien », ou plutôt notre premier échange de lundi, qui m'a vraiment remise en route. Je vous envoie mon CV revu d'ici vendredi comme convenu.

Louise

> Bonjour Louise, je vous confirme notre rendez-vous téléphonique de lundi 16 novembre à 10 h. Claire, Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<rdv-1116.delmas@animafac.net>", "References": "<rdv-1116.delmas@animafac.net>"},
    )),
    # Feature: correcting_another — situation — ma conseillère a indiqué que j'étais en service civique
    # repair: «(the adviser's file) en service civique» → «c'est terminé depuis le 15 octobre» = the civic service is over → meets not_service_civique → eligible
    N("correcting_another", "situation", "ma conseillère a indiqué que j'étais en service civique", M(
        "Fodé Camara <fode.camara@example.fr>", "Suite à l'orientation de la Mission locale", "19 09:50",
        """Bonjour,

La Mission locale de Montreuil vous a transmis ma fiche, et ma conseillère a indiqué que j'étais en service civique : c'est terminé depuis le 15 octobre, la fiche date de l'été.

Pour compléter : BTS Économie sociale familiale, juin 2025. Je cherche un poste de conseiller en insertion dans une association.

Fodé Camara
07 41 58 26 93""",
        app("Fodé", "Camara", phone="+33741582693", bac=2, grad="2025-06", status="conseillere_dit_sc_termine_15_oct"),
    )),
    # Feature: correcting_another — studies_finished — mon CV n'est pas à jour : il dit encore « licence en cours »
    # repair: «(the CV) licence en cours» → «mon CV n'est pas à jour : je l'ai obtenue en juin 2026» = studies over → meets studies_finished → eligible
    N("correcting_another", "studies_finished", "mon CV n'est pas à jour : il dit encore « licence en cours »", M(
        "Justine Evrard <justine.evrard@example.be>", "Candidature Pro'pulse", "19 13:33",
        """Bonjour,

Vous trouverez mon CV en pièce jointe, mais mon CV n'est pas à jour : il dit encore « licence en cours », alors que je l'ai obtenue en juin 2026 (licence Information-communication, Lille).

Je cherche un poste de chargée de communication dans une association ou une coopérative culturelle.

Justine Evrard
+32 470 12 34 56""",
        app("Justine", "Evrard", phone="+32470123456", bac=3, grad="2026-06", status="cv_pas_a_jour_licence_obtenue", info_in="both"),
        cv=CV("docx", "Justine_Evrard_CV.docx", """Justine Evrard
Licence Information-communication, Université de Lille (en cours)
Stage, service communication d'un festival associatif (2025)
Langues : français, néerlandais, anglais"""),
    )),
    # Feature: correcting_another — level — votre accusé de réception me classe « BTS obtenu »
    # repair: «(our acknowledgement) BTS obtenu» → «c'est une erreur, je n'ai que le bac» = no diploma of bac+2 → fails degree_level → not eligible
    N("correcting_another", "level", "votre accusé de réception me classe « BTS obtenu »", M(
        "Myriam Benhamou <myriam.benhamou@example.fr>", "Erreur dans votre accusé de réception", "20 11:26",
        """Bonjour,

Votre accusé de réception me classe « BTS obtenu » : c'est une erreur, je n'ai que le bac. J'ai suivi un an de BTS Communication mais je ne me suis pas présentée aux examens.

Je préfère que vous le sachiez avant l'entretien. Je cherche toujours un poste dans une association culturelle.

Myriam Benhamou
06 92 15 73 40""",
        app("Myriam", "Benhamou", phone="+33692157340", bac=0, grad=None, failing=("degree_level",), status="accuse_reception_bts_faux"),
    )),
    # Feature: correcting_another — situation — renseignement pris auprès de l'école
    # repair: «(the young man) stage terminé» → «renseignement pris auprès de l'école, il court jusqu'au 15 janvier» = the internship of a licence pro runs past today → fails not_internship (and studies_finished) → not eligible
    N("correcting_another", "situation", "renseignement pris auprès de l'école", M(
        "Véronique Perrin — Cap emploi jeunes <v.perrin@example.org>", "Orientation : Louis Cadiou", "20 15:10",
        """Bonjour,

Je vous adresse Louis Cadiou, DUT Carrières sociales (Rennes, juin 2025), qui souhaite travailler dans l'animation associative. Il m'a dit avoir fini son stage à l'office des sports ; renseignement pris auprès de l'école, il court jusqu'au 15 janvier (son stage de licence pro, commencé en octobre).

Vous pouvez le joindre au 06 85 30 41 72 ou à louis.cadiou@example.fr.

Cordialement,
Véronique Perrin, conseillère""",
        app("Louis", "Cadiou", phone="+33685304172", bac=2, grad="2025-06", failing=("studies_finished", "not_internship"), status="ecole_dit_stage_jusqu_15_janvier", email="louis.cadiou@example.fr", forwarded_by="v.perrin@example.org"),
    )),
    # Feature: correcting_another — career_change — the referral says I "worked in retail for years"
    # repair: «(the referral) worked in retail for years» → «that was weekend work while I studied» = a student job, no career → meets not_career_change → eligible (English)
    N("correcting_another", "career_change", "the referral says I \"worked in retail for years\"", M(
        "Chinedu Eze <chinedu.eze@example.com>", "Following my referral — Chinedu Eze", "21 10:05",
        """Hello,

France Travail sent you my file last week. The referral says I "worked in retail for years" — that was weekend work at a supermarket while I studied, nothing more.

I graduated with a licence in Economics from Université Paris Cité in June 2026 and I'm looking for a job in a social enterprise or a microfinance association.

Kind regards,
Chinedu Eze
07 66 48 20 31""",
        app("Chinedu", "Eze", phone="+33766482031", bac=3, grad="2026-06", status="en_referral_retail_weekends", language="en"),
    )),
    # Feature: correcting_another — graduation — mon attestation indique « juillet 2024 », mais je crois
    # ambiguous: the school's certificate says July 2024 (too old) and the writer's correction is itself unsure («je crois que le jury était en décembre 2024, à confirmer»): the date is open — a coordinator must ask
    # repair: «(the certificate) juillet 2024» → «mais je crois que le jury était en décembre 2024, à confirmer» = an unsure correction → graduation_recent unknown → to verify
    N("correcting_another", "graduation", "mon attestation indique « juillet 2024 », mais je crois", M(
        "Nolan Garnier <nolan.garnier@example.fr>", "Candidature", "21 17:48",
        """Bonjour,

Pour ma licence pro Métiers de l'animation sociale (Perpignan), mon attestation indique « juillet 2024 », mais je crois que le jury final était en décembre 2024, après ma soutenance de rattrapage — à confirmer, j'ai demandé un nouveau document à la scolarité.

Je cherche un poste d'animateur coordinateur dans une association de quartier.

Nolan Garnier
04 68 35 19 82""",
        app("Nolan", "Garnier", phone="+33468351982", bac=3, grad=None, unknown=("graduation_recent",), status="attestation_juillet_2024_je_crois_decembre"),
    )),
    # Feature: correcting_another — kind — notre attestation du 3 novembre comportait une erreur
    # repair: «(the school's earlier certificate) date of award» → «notre attestation comportait une erreur» = a school writing about its certificates, no application → kind other
    N("correcting_another", "kind", "notre attestation du 3 novembre comportait une erreur", M(
        "Scolarité — Institut régional du travail social <scolarite@example.edu>", "Information aux partenaires", "22 09:00",
        """Madame, Monsieur,

Notre attestation du 3 novembre comportait une erreur : la date de délibération du jury du diplôme d'État de moniteur-éducateur est le 27 octobre et non le 27 septembre. Les structures partenaires qui ont reçu ce document peuvent le considérer comme rectifié.

La scolarité""",
        other(),
    )),
    # Feature: correcting_another — kind — une amie m'a dit 26 ans maximum, votre site dit 30
    # repair: «(a friend) 26 ans maximum» → «votre site dit 30 : lequel est juste ?» = a question about the programme with no personal facts enough to judge → kind question
    N("correcting_another", "kind", "une amie m'a dit 26 ans maximum, votre site dit 30", M(
        "Ilyes <ilyes.bk@example.fr>", "Limite d'âge", "24 12:12",
        """Bonjour, une amie m'a dit 26 ans maximum, votre site dit 30. Lequel est juste ? Merci, Ilyes""",
        question(),
    )),
]
