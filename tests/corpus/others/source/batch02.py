"""Others corpus, batch 02 (writer A): classmates and a promo («nous», «on», «moi non»), a tutor, a manager or
a colleague with a diploma and a role, and another person's fact COPIED to the writer («moi aussi», «pareil
pour moi», «comme elle», «moi de même», "so do I"); other mail that names them too (a question for several
classmates, a student's auto-reply, a colleague's auto-reply, a tutor's reply in our thread, a question about
a neighbour and her daughter, a newsletter of alumni)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, question, reply
from others import N

MESSAGES = [
    # Feature: classmates_we — situation — moi non
    # others: «Toute ma promo de licence pro est partie en stage de fin d'études» = the promo's internships, denied of the writer by «moi non» → not_internship met → eligible
    N("classmates_we", "situation", "moi non", M(
        "Anaïs Vidalenc <anais.vidalenc@example.org>", "Candidature", "11 09:20",
        """Bonjour,

Toute ma promo de licence pro est partie en stage de fin d'études cet automne, moi non : j'étais en alternance, donc dispensée, et j'ai eu mon diplôme en octobre 2026.

Je cherche un poste de chargée d'accueil ou de médiation dans une association de quartier. Est-ce que je peux rejoindre Pro'pulse ?

Anaïs Vidalenc
06 18 45 92 37""",
        app("Anaïs", "Vidalenc", phone="+33618459237", bac=3, grad="2026-10", status="promo_en_stage_moi_non"),
    )),
    # Feature: classmates_we — graduation — notre promo a été diplômée en juin 2026, moi compris
    # others: «notre promo a été diplômée …, moi compris» = a promo that plainly includes the writer → the writer's master of June 2026 → eligible
    N("classmates_we", "graduation", "notre promo a été diplômée en juin 2026, moi compris", M(
        "Baptiste Lemaire <baptiste.lemaire@example.com>", "Pro'pulse - promo ESS de Lille", "12 14:02",
        """Bonjour,

Je fais partie de la promo du master ESS de Lille : notre promo a été diplômée en juin 2026, moi compris, et plusieurs camarades ont déjà trouvé. Moi je cherche encore, idéalement dans une SCOP ou une coopérative d'activité et d'emploi.

Pouvez-vous me dire si je peux intégrer le programme ?

Baptiste Lemaire
07 63 28 15 90""",
        app("Baptiste", "Lemaire", phone="+33763281590", bac=5, grad="2026-06", status="promo_ess_soutenu_juin"),
    )),
    # Feature: classmates_we — studies_finished — on a tous rendu le mémoire en septembre
    # ambiguous: «la plupart de ma promo attend encore le jury de décembre» while «on a tous rendu le mémoire»: whether the writer's own result is still pending is unsaid
    # others: «La plupart de ma promo attend encore les résultats du jury de décembre» = most of the promo, maybe the writer → studies_finished open → to_verify
    N("classmates_we", "studies_finished", "on a tous rendu le mémoire en septembre", M(
        "Pauline Régnier <pauline.regnier@example.fr>", "candidature programme", "13 17:45",
        """Bonjour,

Petite précision avant ma candidature : on a tous rendu le mémoire en septembre, mais la plupart de ma promo attend encore les résultats du jury de décembre. C'est un M2 de sociologie appliquée.

J'aimerais travailler dans une association de lutte contre les discriminations. Est-ce que je peux postuler dès maintenant ?

Pauline Régnier
06 77 31 04 82""",
        app("Pauline", "Régnier", phone="+33677310482", bac=5, grad=None, unknown=("studies_finished",), status="promo_attend_jury"),
    )),
    # Feature: classmates_we — aim — on cherche tous dans le conseil ou la banque
    # others: «on cherche tous» = a promo «on» with «tous» that includes the writer → the writer seeks consulting or banking → fails job_seeking_ess
    N("classmates_we", "aim", "on cherche tous dans le conseil ou la banque", M(
        "Arthur Delacroix <arthur.delacombe@example.net>", "Pro'pulse ?", "14 11:11",
        """Bonjour,

Je sors d'un master en école de commerce (septembre 2026). Dans ma promo, on cherche tous dans le conseil ou la banque, et un ami m'a dit que votre programme aidait à trouver un premier emploi.

Est-ce que je peux candidater ?

Arthur Delacroix
06 31 58 27 40""",
        app("Arthur", "Delacroix", phone="+33631582740", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="promo_commerce_conseil"),
    )),
    # Feature: classmates_we — level — moi je l'ai raté
    # others: «Mes camarades de BTS ont presque tous eu leur diplôme» = the classmates' BTS; «moi je l'ai raté» denies it of the writer → only the bac → fails degree_level
    N("classmates_we", "level", "moi je l'ai raté", M(
        "Jordan Mabiala <jordan.mabiala@example.org>", "inscription", "15 20:30",
        """bonjour

mes camarades de BTS ont presque tous eu leur diplôme en juin, moi je l'ai raté de peu, j'ai donc le bac seulement. je voudrais quand même bosser dans une asso sportive ou un centre social

c'est possible avec votre programme ?

Jordan Mabiala
07 40 25 68 13""",
        app("Jordan", "Mabiala", phone="+33740256813", bac=0, grad=None, failing=("degree_level",), status="camarades_bts_rate"),
    )),
    # Feature: classmates_we — situation — on s'est engagés en service civique à l'Afev cette année, enfin la plupart
    # ambiguous: «avec la bande de la fac, on s'est engagés … enfin la plupart»: whether the writer is among the volunteers is unsaid
    # others: «on s'est engagés en service civique … enfin la plupart» = a group «on» that may or may not include the writer → not_service_civique open → to_verify
    N("classmates_we", "situation", "on s'est engagés en service civique à l'Afev cette année, enfin la plupart", M(
        "Lucas Ngo <lucas.ngo@example.com>", "candidature pro'pulse", "16 10:52",
        """Bonjour,

J'ai eu ma licence de géographie en juin 2026. Avec la bande de la fac, on s'est engagés en service civique à l'Afev cette année, enfin la plupart, pour faire du soutien scolaire.

Je cherche un emploi dans une association d'éducation populaire. Je peux postuler ?

Lucas Ngo
06 59 14 83 27""",
        app("Lucas", "Ngo", phone="+33659148327", bac=3, grad="2026-06", unknown=("not_service_civique",), status="bande_fac_afev_la_plupart"),
    )),
    # Feature: classmates_we — kind — une candidature groupée
    # others: «Plusieurs camarades de ma promo» = classmates mentioned with no fact of anyone → kind question
    N("classmates_we", "kind", "une candidature groupée", M(
        "Sarah Benhamou <sarah.benhamou@example.net>", "Question promo", "17 13:05",
        """Bonjour,

Plusieurs camarades de ma promo se demandent si une candidature groupée est possible, ou si chacun doit remplir son propre dossier ?

Merci,
Sarah""",
        question(),
    )),
    # Feature: classmates_we — kind — Réponse automatique
    # others: «pour l'association étudiante, contactez Romain Petit» = a student's auto-reply naming a fellow student → kind auto_reply
    N("classmates_we", "kind", "Réponse automatique", M(
        "Mathis Carré <mathis.carre@example.org>", "Réponse automatique : Forum des métiers de l'ESS", "18 08:00",
        """Réponse automatique

Je suis en déplacement avec ma promo jusqu'au 15 décembre et je lis peu mes mails. Pour l'association étudiante, contactez Romain Petit (romain.petit@example.org).

Mathis""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: colleague_or_tutor — level — Je suis titulaire d'un BTS ESF obtenu en juin 2025
    # others: «ma tutrice, éducatrice spécialisée et titulaire d'un master» = the tutor's diploma and role → the writer's own BTS of June 2025 → eligible
    N("colleague_or_tutor", "level", "Je suis titulaire d'un BTS ESF obtenu en juin 2025", M(
        "Océane Lefort <oceane.lefort@example.fr>", "Candidature Pro'pulse", "11 15:17",
        """Bonjour,

Pendant mon alternance, ma tutrice, éducatrice spécialisée et titulaire d'un master, m'a beaucoup appris et m'a conseillé votre programme. Je suis titulaire d'un BTS ESF obtenu en juin 2025.

Je cherche un poste de conseillère en économie sociale familiale dans une association ou un CCAS associatif. Je peux candidater ?

Océane Lefort
06 82 16 59 43""",
        app("Océane", "Lefort", phone="+33682165943", bac=2, grad="2025-06", status="tutrice_master_bts_esf"),
    )),
    # Feature: colleague_or_tutor — career_change — je suis un peu dans le même cas
    # ambiguous: «un peu dans le même cas» after the manager's twenty years in banking: whether the writer changed trade too is left vague
    # others: «Mon responsable a fait vingt ans dans la banque avant de passer à l'associatif» = the manager's reconversion; «un peu dans le même cas» = a vague copy → not_career_change open → to_verify
    N("colleague_or_tutor", "career_change", "je suis un peu dans le même cas", M(
        "Samir Haddouche <samir.haddouche@example.com>", "programme", "12 19:40",
        """Bonjour,

Je suis bénévole dans une banque alimentaire. Mon responsable a fait vingt ans dans la banque avant de passer à l'associatif, et je suis un peu dans le même cas. J'ai obtenu un DUT carrières sociales en juin 2025.

J'aimerais en faire mon métier, dans l'aide alimentaire. Mon profil convient-il ?

Samir Haddouche
07 14 92 36 58""",
        app("Samir", "Haddouche", phone="+33714923658", bac=2, grad="2025-06", unknown=("not_career_change",), status="responsable_banque_meme_cas"),
    )),
    # Feature: colleague_or_tutor — situation — mon stage, le dernier de ma licence pro, finit le 30 novembre
    # others: «Mon maître de stage, directeur du centre social» = the tutor's role; «mon stage … finit le 30 novembre» = the writer's internship, still running today → fails not_internship, studies_finished
    N("colleague_or_tutor", "situation", "mon stage, le dernier de ma licence pro, finit le 30 novembre", M(
        "Elsa Moulin <elsa.moulin@example.org>", "Candidature - disponible en décembre", "13 12:30",
        """Bonjour,

Mon maître de stage, directeur du centre social où je suis, m'a parlé de Pro'pulse. Mon stage, le dernier de ma licence pro, finit le 30 novembre, et je serai disponible dès décembre.

Je voudrais continuer dans l'animation sociale en association. Puis-je m'inscrire ?

Elsa Moulin
06 47 38 21 95""",
        app("Elsa", "Moulin", phone="+33647382195", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="maitre_stage_fin_30_novembre"),
    )),
    # Feature: colleague_or_tutor — identity — Mon téléphone : 06 25 81 47 36
    # others: «vous pouvez contacter ma tutrice, Mme Sandrine Aubry, au 01 45 22 38 90» = the tutor's name and phone as a referee, a second candidate → the applicant's contacts are her own → eligible
    N("colleague_or_tutor", "identity", "Mon téléphone : 06 25 81 47 36", M(
        "Aminata Diallo <aminata.diallo@example.net>", "Candidature Pro'pulse", "14 09:48",
        """Madame, Monsieur,

Je souhaite rejoindre votre programme. Titulaire d'une licence AES obtenue en juin 2025, je cherche un poste d'assistante de gestion dans une association ou une mutuelle.

Pour une référence, vous pouvez contacter ma tutrice, Mme Sandrine Aubry, au 01 45 22 38 90.

Mon téléphone : 06 25 81 47 36.

Aminata Diallo""",
        app("Aminata", "Diallo", phone="+33625814736", bac=3, grad="2025-06", info_in="both", status="tutrice_reference_telephone"),
        cv=CV("docx", "CV Aminata Diallo.docx", "Aminata Diallo\n06 25 81 47 36\nLicence AES, juin 2025\nStage de gestion, Mutuelle du Littoral, 2025\nRéférente : Sandrine Aubry, tutrice"),
    )),
    # Feature: colleague_or_tutor — graduation — moi mon DUT date de juin 2021
    # others: «Ma responsable a eu son master en 2025» = the manager's recent diploma → the writer's DUT of June 2021 is 65 months old → fails graduation_recent
    N("colleague_or_tutor", "graduation", "moi mon DUT date de juin 2021", M(
        "Rémi Charvolin <remi.charvolin@example.fr>", "inscription programme", "15 16:22",
        """Bonjour,

Je travaille en CDD dans une épicerie solidaire. Ma responsable a eu son master en 2025 et m'encourage à évoluer ; moi mon DUT date de juin 2021. Je cherche un poste stable dans l'économie sociale.

Est-ce que votre programme me correspond ?

Rémi Charvolin
06 93 40 17 26""",
        app("Rémi", "Charvolin", phone="+33693401726", bac=2, grad="2021-06", failing=("graduation_recent",), status="responsable_master_dut_2021"),
    )),
    # Feature: colleague_or_tutor — aim — I want to stay in the charity sector
    # others: «My manager at the food bank came from a bank» = the manager's past in banking → the writer aims at charities → eligible
    N("colleague_or_tutor", "aim", "I want to stay in the charity sector", M(
        "Priya Raman-Clarke <priya.rclarke@example.com>", "Pro'pulse application", "16 18:05",
        """Hello,

I volunteer at a food bank in Paris. My manager at the food bank came from a bank and has a master's in finance; he keeps saying I could earn more there, but I want to stay in the charity sector. I graduated with a BA in social policy in July 2026.

Could I join your programme?

Kind regards,
Priya Raman-Clarke
07 58 30 64 19""",
        app("Priya", "Raman-Clarke", phone="+33758306419", bac=3, grad="2026-07", status="manager_bank_charity", language="en"),
    )),
    # Feature: colleague_or_tutor — studies_finished — moi j'ai fini mon BUT en juin 2026
    # others: «ma collègue de job étudiant est encore en licence» = the colleague's studies running → the writer's BUT finished → eligible
    N("colleague_or_tutor", "studies_finished", "moi j'ai fini mon BUT en juin 2026", M(
        "Ewen Le Bris <ewen.lebris@example.org>", "Candidature", "17 21:14",
        """Bonsoir,

Ma collègue de job étudiant est encore en licence et m'a montré votre annonce, mais c'est moi qui cherche : moi j'ai fini mon BUT en juin 2026 (gestion des entreprises et des administrations).

Je voudrais travailler dans une coopérative agricole ou une AMAP. Puis-je entrer dans le programme ?

Ewen Le Bris
07 26 51 84 30""",
        app("Ewen", "Le Bris", phone="+33726518430", bac=3, grad="2026-06", status="collegue_licence_but_fini"),
    )),
    # Feature: colleague_or_tutor — kind — contactez ma collègue Nadia Ferreira
    # others: «contactez ma collègue Nadia Ferreira» = an auto-reply naming a colleague to contact → kind auto_reply
    N("colleague_or_tutor", "kind", "contactez ma collègue Nadia Ferreira", M(
        "Laure Besson <laure.besson@example.org>", "Absence : Re: Atelier Pro'pulse", "18 07:30",
        """Bonjour,

Je suis absente du bureau jusqu'au 30 novembre. Pour toute question sur l'atelier, contactez ma collègue Nadia Ferreira (nadia.ferreira@example.org).

Laure Besson
Mission locale Sud-Est""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: colleague_or_tutor — kind — Re: Attestation pour Manon Petitjean
    # others: «Manon Petitjean a bien effectué son stage chez nous» = a tutor answering in our thread about a former intern → kind reply
    N("colleague_or_tutor", "kind", "Re: Attestation pour Manon Petitjean", M(
        "Gilles Morvan <gilles.morvan@example.net>", "Re: Attestation pour Manon Petitjean", "19 11:42",
        """Bonjour,

Je vous confirme que Manon Petitjean a bien effectué son stage chez nous, de février à juin, comme je l'indiquais à ma collègue. Vous faut-il une attestation signée ?

Gilles Morvan, tuteur
Régie de quartier Les Lilas

Le 18 nov. 2026 à 16:05, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, pourriez-vous nous confirmer les dates du stage de Manon ?""",
        reply(),
        headers={"In-Reply-To": "<attest-1811-mp@animafac.net>", "References": "<attest-1811-mp@animafac.net>"},
    )),
    # Feature: same_as_other — situation — et j'en fais un aussi, dans la même asso
    # others: «ma cousine Anaïs est en service civique jusqu'en avril» = the cousin's, COPIED by «j'en fais un aussi» → the writer's service civique runs → fails not_service_civique
    N("same_as_other", "situation", "et j'en fais un aussi, dans la même asso", M(
        "Yanis Guerfi <yanis.guerfi@example.com>", "candidature", "11 18:36",
        """Bonjour,

ma cousine Anaïs est en service civique jusqu'en avril à Emmaüs Connect, et j'en fais un aussi, dans la même asso. J'ai un BTS SIO depuis juin 2025.

Après, j'aimerais rester dans l'inclusion numérique. Est-ce que je peux déjà m'inscrire à Pro'pulse ?

Yanis Guerfi
06 38 70 29 14""",
        app("Yanis", "Guerfi", phone="+33638702914", bac=2, grad="2025-06", failing=("not_service_civique",), status="cousine_service_civique_moi_aussi"),
    )),
    # Feature: same_as_other — graduation — et moi également
    # others: «Mon meilleur ami a eu son BTS en juin 2025» = the friend's, COPIED by «et moi également» → the writer's BTS of June 2025 → eligible
    N("same_as_other", "graduation", "et moi également", M(
        "Timéo Marques <timeo.marques@example.fr>", "Pro'pulse", "12 10:03",
        """Bonjour,

Mon meilleur ami a eu son BTS Comptabilité et gestion en juin 2025, et moi également : on était dans la même classe. Lui a trouvé un CDI, moi je cherche encore, dans une SCOP ou une association.

Je peux entrer dans votre programme ?

Timéo Marques
07 67 13 42 58""",
        app("Timéo", "Marques", phone="+33767134258", bac=2, grad="2025-06", status="ami_bts_moi_egalement"),
    )),
    # Feature: same_as_other — career_change — j'ai suivi son exemple après dix ans dans la grande distribution
    # others: «Ma tante a quitté l'hôtellerie après quinze ans pour faire un DEUST» = the aunt's reconversion; «j'ai suivi son exemple après dix ans» = the writer's own ten years in another trade → fails not_career_change
    N("same_as_other", "career_change", "j'ai suivi son exemple après dix ans dans la grande distribution", M(
        "Sandrine Carondelet <sandrine.carondelet@example.net>", "Candidature Pro'pulse", "13 14:27",
        """Bonjour,

Ma tante a quitté l'hôtellerie après quinze ans pour faire un DEUST et travaille aujourd'hui dans une ressourcerie. J'ai suivi son exemple après dix ans dans la grande distribution, et j'ai obtenu mon BTS ESF en juin 2026.

Je cherche un poste dans une association d'insertion. Votre programme m'est-il ouvert ?

Sandrine Carondelet
06 20 95 63 41""",
        app("Sandrine", "Carondelet", phone="+33620956341", bac=2, grad="2026-06", failing=("not_career_change",), status="tante_son_exemple_reconversion"),
    )),
    # Feature: same_as_other — aim — moi aussi
    # ambiguous: «moi aussi» follows two wishes (Clara's mutuelle, the brother's bank): which one the writer copies is unsaid
    # others: «Mon amie Clara veut travailler dans une mutuelle et mon frère dans une banque» = two others' aims; «moi aussi» copies one of them → job_seeking_ess open → to_verify
    N("same_as_other", "aim", "moi aussi", M(
        "Léonie Barberis <leonie.barberis@example.org>", "inscription", "14 22:05",
        """Bonsoir,

J'ai une licence d'économie (juin 2026). Mon amie Clara veut travailler dans une mutuelle et mon frère dans une banque ; moi aussi. On a vu votre programme ensemble.

Est-ce que je peux m'inscrire ?

Léonie Barberis
07 82 49 16 35""",
        app("Léonie", "Barberis", phone="+33782491635", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="clara_frere_moi_aussi"),
    )),
    # Feature: same_as_other — level — so do I
    # others: «My flatmate has a foundation degree» = the flatmate's, COPIED by «so do I»; «we both finished in July 2025» = an inclusive «we» → the writer's bac+2 of July 2025 → eligible
    N("same_as_other", "level", "so do I", M(
        "Tom Whitaker <tom.whitaker@example.com>", "Question about joining", "15 13:40",
        """Hi there,

My flatmate has a foundation degree in community development, and so do I: we both finished in July 2025 at the same college in Leeds. He's gone back to the UK, I'm staying in Marseille.

I'm looking for a job with a local association or a social enterprise. Can I join the programme?

Cheers,
Tom Whitaker
06 11 74 38 92""",
        app("Tom", "Whitaker", phone="+33611743892", bac=2, grad="2025-07", status="flatmate_foundation_so_do_i", language="en"),
    )),
    # Feature: same_as_other — studies_finished — et moi dans la même situation
    # others: «Ma sœur jumelle est encore en master» = the twin's studies, COPIED by «et moi dans la même situation» → the writer's master runs → fails studies_finished
    N("same_as_other", "studies_finished", "et moi dans la même situation", M(
        "Camille Aubertin <camille.aubertin@example.fr>", "Pro'pulse - question", "16 08:55",
        """Bonjour,

Ma sœur jumelle est encore en master de droit social, et moi dans la même situation : on finit en juin prochain. Je voudrais travailler dans une mutuelle ou un syndicat.

Puis-je candidater dès maintenant ?

Camille Aubertin
06 49 62 80 17""",
        app("Camille", "Aubertin", phone="+33649628017", bac="*", grad=None, failing=("studies_finished",), status="jumelle_master_meme_situation"),
    )),
    # Feature: same_as_other — kind — la même chose que moi
    # others: «Ma voisine et sa fille se demandent» = others mentioned, no fact of anyone → kind question
    N("same_as_other", "kind", "la même chose que moi", M(
        "Martine Loureiro <martine.loureiro@example.net>", "permis de conduire ?", "17 15:10",
        """Bonjour,

Ma voisine et sa fille se demandent la même chose que moi : faut-il avoir le permis de conduire pour les postes que vous proposez ?

Merci,
Martine Loureiro""",
        question(),
    )),
    # Feature: same_as_other — kind — Ils ont suivi le programme
    # others: «Karim, comme sa sœur avant lui» = alumni stories in a newsletter → kind newsletter
    N("same_as_other", "kind", "Ils ont suivi le programme", M(
        "Réseau des Jeunes de l'ESS <info@reseau-jeunes-ess.example.org>", "Ils ont suivi le programme : Karim, Jade et les autres", "18 06:30",
        """RÉSEAU DES JEUNES DE L'ESS — lettre n° 41

Ils ont suivi le programme

Karim, comme sa sœur avant lui, est passé par un accompagnement vers l'emploi associatif : il est aujourd'hui animateur dans un centre social. Jade, elle aussi, a trouvé dans une SCOP de maraîchage.

Agenda : rencontres régionales le 8 décembre.

Se désabonner : https://reseau-jeunes-ess.example.org/stop""",
        newsletter(),
    )),
]
