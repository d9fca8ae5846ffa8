"""Assistants corpus, batch 07 (writer B): form_notification (Typeform, Jotform, Framaforms, a HubSpot CRM:
a ☑ box for an ESS search, «Actuellement en stage : Oui», an empty year «—», «En reconversion
professionnelle : Non», «Oui» to a reconversion, an internship's end date left empty; a contact form holding
only a question, a usage alert), register_rewritten (Word's Copilot, DeepL Write, Grammarly, Apple's
rewriting tools: «la validation de mon diplôme a été prononcée», «un stage de six mois est en cours», «En
bref : BUT GEA validé», a friendly emoji rewrite «il me reste un semestre», «Résumé : L3 socio», «la fin de
ma mission est intervenue»; a formal reply, a formal auto-reply), client_assistant (Samsung's Galaxy AI,
Outlook Copilot, Gmail «Aidez-moi à écrire», Apple Intelligence, Word's Copilot: their footers, tone notes
and suggested subjects; a bus driver's ten years, «je n'ai que le bac», an internship running, «ouvert à
tout», a first job sought; a Copilot reply in our thread, a Gmail question, a Grammarly report)."""
# ruff: noqa: E501

from __future__ import annotations

from assistants import N
from kit import M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: form_notification — aim — ☑ Je recherche un emploi dans l'économie sociale et solidaire
    # route: Typeform notification sent by the tool, Reply-To the person; the checked box states the ESS search, the unchecked ones deny an internship and a service civique → application; licence pro 2025, ESS sought → eligible
    N("form_notification", "aim", "☑ Je recherche un emploi dans l'économie sociale et solidaire", M(
        "Typeform <notifications@typeform.example.org>",
        "Nouvelle réponse : Candidature Pro'pulse",
        "02 08:12",
        """Nouvelle réponse à votre formulaire « Candidature Pro'pulse »

Prénom : Clarisse
Nom : Dorval
E-mail : clarisse.dorval@example.org
Ville : Bordeaux
Diplôme le plus élevé : Licence professionnelle Métiers de l'accompagnement social
Année d'obtention : 2025

Votre situation :
☑ Je recherche un emploi dans l'économie sociale et solidaire
☐ Je suis actuellement en stage
☐ Je suis actuellement en service civique

Voir toutes les réponses dans votre espace Typeform.""",
        app("Clarisse", "Dorval", phone=None, bac=3, grad="2025", email="clarisse.dorval@example.org", status="b_form_typeform_case_cochee"),
        headers={"Reply-To": "clarisse.dorval@example.org"},
    )),
    # Feature: form_notification — situation — Actuellement en stage : Oui
    # route: Jotform notification, Reply-To the person; «Oui» to the internship field states it → application; internship running → fails not_internship → not eligible
    N("form_notification", "situation", "Actuellement en stage : Oui", M(
        "Jotform <noreply@jotform.example.org>",
        "Pro'pulse – Inscription : nouvelle soumission",
        "03 17:45",
        """Nouvelle soumission pour le formulaire « Pro'pulse – Inscription »

Nom complet : Tiphaine Le Bihan
Adresse e-mail : tiphaine.lebihan@example.org
Téléphone : 06 33 81 40 27
Diplôme : Master Gestion des territoires et développement local
Date d'obtention : 06/2025
Actuellement en stage : Oui
Structure d'accueil : Parc naturel régional d'Armorique (jusqu'au 31/01/2027)
Type d'emploi recherché : association d'environnement

Soumis le 03/11/2026 à 17:45""",
        app("Tiphaine", "Le Bihan", phone="+33633814027", bac=5, grad="2025-06", failing=("not_internship",), email="tiphaine.lebihan@example.org", status="b_form_jotform_stage_oui"),
        headers={"Reply-To": "tiphaine.lebihan@example.org"},
    )),
    # Feature: form_notification — graduation — Année d'obtention du diplôme : —
    # ambiguous: the year field is empty («—»): a master with no date, graduation_recent stays open
    # route: Framaforms notification, Reply-To the person; the empty field states nothing → application; date open → to verify
    N("form_notification", "graduation", "Année d'obtention du diplôme : —", M(
        "Framaforms <no-reply@framaforms.example.org>",
        "[Pro'pulse] Nouvelle réponse au formulaire",
        "04 21:30",
        """Une nouvelle réponse a été soumise au formulaire « Pro'pulse : pré-inscription ».

Nom : Castanet
Prénom : Jérémy
Courriel : jeremy.castanet@example.org
Diplôme obtenu : Master Économie sociale et solidaire
Année d'obtention du diplôme : —
Projet professionnel : travailler dans une coopérative d'habitants à Montpellier

—
Framaforms, un service proposé par Framasoft""",
        app("Jérémy", "Castanet", phone=None, bac=5, grad=None, unknown=("graduation_recent",), email="jeremy.castanet@example.org", status="b_form_framaforms_annee_vide"),
        headers={"Reply-To": "jeremy.castanet@example.org"},
    )),
    # Feature: form_notification — career_change — En reconversion professionnelle : Non
    # route: a HubSpot CRM «nouveau contact» notification, Reply-To the person; «Non» denies a reconversion, a BTS of 2026 → application; eligible
    N("form_notification", "career_change", "En reconversion professionnelle : Non", M(
        "HubSpot <noreply@hubspot.example.org>",
        "Nouveau contact : Tojo Rasoanaivo",
        "05 10:02",
        """Un nouveau contact a rempli le formulaire « Rejoindre Pro'pulse ».

Prénom : Tojo
Nom : Rasoanaivo
E-mail : tojo.rasoanaivo@example.org
Diplôme : BTS Économie sociale familiale
Année du diplôme : 2026
En reconversion professionnelle : Non
Secteur recherché : associations d'aide au logement

Afficher le contact dans HubSpot""",
        app("Tojo", "Rasoanaivo", phone=None, bac=2, grad="2026", email="tojo.rasoanaivo@example.org", status="b_form_hubspot_reconversion_non"),
        headers={"Reply-To": "tojo.rasoanaivo@example.org"},
    )),
    # Feature: form_notification — career_change — dix ans de conduite de travaux dans le BTP
    # route: Typeform notification, Reply-To the person; «Oui» to the question on reconversion and his free text «dix ans de conduite de travaux dans le BTP», a licence of 2014 → application; career before, old diploma → fails not_career_change and graduation_recent → not eligible
    N("form_notification", "career_change", "dix ans de conduite de travaux dans le BTP", M(
        "Typeform <notifications@typeform.example.org>",
        "Nouvelle réponse : Candidature Pro'pulse",
        "06 13:27",
        """Nouvelle réponse à votre formulaire « Candidature Pro'pulse »

Prénom : Sébastien
Nom : Morvan
E-mail : sebastien.morvan@example.org
Diplôme le plus élevé : Licence Génie civil
Année d'obtention : 2014
Êtes-vous en reconversion professionnelle ? Oui
Parlez-nous de vous : dix ans de conduite de travaux dans le BTP, je veux maintenant travailler dans l'habitat solidaire (Rouen).

Voir toutes les réponses dans votre espace Typeform.""",
        app("Sébastien", "Morvan", phone=None, bac=3, grad="2014", failing=("graduation_recent", "not_career_change"), email="sebastien.morvan@example.org", status="b_form_typeform_btp"),
        headers={"Reply-To": "sebastien.morvan@example.org"},
    )),
    # Feature: form_notification — situation — Date de fin du stage : —
    # ambiguous: an internship at the CRESS is named and its end-date field left empty: whether it still runs stays open (not_internship)
    # route: Jotform notification, Reply-To the person; the empty end date states nothing → application; internship open → to verify
    N("form_notification", "situation", "Date de fin du stage : —", M(
        "Jotform <noreply@jotform.example.org>",
        "Pro'pulse – Inscription : nouvelle soumission",
        "07 11:11",
        """Nouvelle soumission pour le formulaire « Pro'pulse – Inscription »

Nom complet : Camille Vuillemin
Adresse e-mail : camille.vuillemin@example.org
Diplôme : Licence Administration économique et sociale
Date d'obtention : 07/2025
Expérience en cours : Stage à la CRESS Bourgogne-Franche-Comté (Dijon)
Date de fin du stage : —
Type d'emploi recherché : chargée de mission dans une association

Soumis le 07/11/2026 à 11:11""",
        app("Camille", "Vuillemin", phone=None, bac=3, grad="2025-07", unknown=("not_internship",), email="camille.vuillemin@example.org", status="b_form_jotform_fin_stage_vide"),
        headers={"Reply-To": "camille.vuillemin@example.org"},
    )),
    # Feature: form_notification — kind — Le programme est-il accessible aux personnes en situation de handicap
    # route: a website contact form's notification, Reply-To the writer; the free text holds only a question → question
    N("form_notification", "kind", "Le programme est-il accessible aux personnes en situation de handicap", M(
        "Formulaire de contact <no-reply@animafac.net>",
        "[Pro'pulse] Nouveau message via le formulaire de contact",
        "08 09:40",
        """Nouveau message reçu via le formulaire de contact du site.

Nom : Hélène Dumas
E-mail : helene.dumas@example.org
Objet : Accessibilité
Message : Bonjour, le programme est-il accessible aux personnes en situation de handicap (ateliers en ligne, lieux accessibles) ? Merci.""",
        question(),
        headers={"Reply-To": "helene.dumas@example.org"},
    )),
    # Feature: form_notification — kind — Vous avez utilisé 80 % de vos réponses mensuelles
    # route: Typeform's usage alert to the form's owner, no person's mail → other
    N("form_notification", "kind", "Vous avez utilisé 80 % de vos réponses mensuelles", M(
        "Typeform <notifications@typeform.example.org>",
        "Votre compte approche de sa limite",
        "18 06:00",
        """Bonjour,

Vous avez utilisé 80 % de vos réponses mensuelles sur votre offre actuelle.

Formulaire le plus actif : Candidature Pro'pulse
Réponses ce mois-ci : 80 / 100
Renouvellement : 1er décembre

Passez à l'offre supérieure pour continuer à recevoir des réponses sans interruption.

L'équipe Typeform""",
        other(),
    )),
    # Feature: register_rewritten — graduation — La validation de mon diplôme d'État de conseillère en économie sociale familiale a été prononcée en juillet 2025
    # route: Word's Copilot asked «rends-le plus professionnel»; a nominalised, passive fact states the diploma and its month → application; DECESF July 2025, an association sought → eligible
    N("register_rewritten", "graduation", "La validation de mon diplôme d'État de conseillère en économie sociale familiale a été prononcée en juillet 2025", M(
        "Pauline Deschamps <pauline.deschamps@example.org>",
        "Candidature au dispositif Pro'pulse",
        "02 15:15",
        """Madame, Monsieur,

La validation de mon diplôme d'État de conseillère en économie sociale familiale a été prononcée en juillet 2025. Une insertion professionnelle au sein d'une association d'accompagnement social est désormais recherchée, de préférence dans l'agglomération grenobloise.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Pauline Deschamps""",
        app("Pauline", "Deschamps", phone=None, bac=3, grad="2025-07", status="b_reg_validation_prononcee"),
    )),
    # Feature: register_rewritten — situation — Un stage de six mois est en cours au sein de la Fondation Abbé Pierre
    # route: DeepL Write, «formel»; the passive «est en cours» states an internship running until February 2027 → application; fails not_internship → not eligible
    N("register_rewritten", "situation", "Un stage de six mois est en cours au sein de la Fondation Abbé Pierre", M(
        "Lina Saab <lina.saab@example.org>",
        "Candidature – Lina Saab",
        "03 10:50",
        """Madame, Monsieur,

Titulaire d'un master Politiques sociales obtenu en 2026. Un stage de six mois est en cours au sein de la Fondation Abbé Pierre, avec une échéance fixée à février 2027. Une recherche d'emploi dans le secteur associatif sera engagée à son terme.

Respectueusement,
Lina Saab""",
        app("Lina", "Saab", phone=None, bac=5, grad="2026", failing=("not_internship",), status="b_reg_stage_en_cours_passif"),
    )),
    # Feature: register_rewritten — level — BUT GEA validé (juin 2026)
    # route: Grammarly «plus court»; the condensed «BUT GEA validé (juin 2026)» is a diploma obtained → application; bac+3 June 2026, association or cooperative sought → eligible
    N("register_rewritten", "level", "BUT GEA validé (juin 2026)", M(
        "Maxime Girod <maxime.girod@example.org>",
        "Pro'pulse – candidature",
        "04 12:36",
        """Bonjour,

En bref : BUT GEA validé (juin 2026), dispo dès maintenant, vise un poste de gestion dans une asso ou une coop à Besançon.

Merci !
Maxime Girod""",
        app("Maxime", "Girod", phone=None, bac=3, grad="2026-06", status="b_reg_en_bref_but_gea"),
    )),
    # Feature: register_rewritten — studies_finished — je n'ai pas encore fini ma licence, il me reste un semestre
    # route: Apple's rewriting tools, «amical» with emojis; the friendly aside states the licence unfinished → application; studies not finished → fails studies_finished → not eligible
    N("register_rewritten", "studies_finished", "je n'ai pas encore fini ma licence, il me reste un semestre", M(
        "Léa Payet <lea.payet@example.org>",
        "Hello Pro'pulse 👋",
        "05 19:19",
        """Coucou l'équipe Pro'pulse ! 😊

Je découvre votre programme et j'adore le concept 🌱 Petite précision 😅 : je n'ai pas encore fini ma licence, il me reste un semestre (sciences de l'éducation à La Réunion). Après, je rêve de bosser dans une asso d'éducation populaire ✨

Bisous et merci 🙏
Léa""",
        app("Léa", "Payet", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_reg_amical_un_semestre"),
    )),
    # Feature: register_rewritten — studies_finished — Résumé : L3 socio, cherche ESS, dispo janvier
    # ambiguous: the condensed «L3 socio» says neither «validée» nor «en cours»: whether the licence is finished stays open
    # route: DeepL Write «plus concis», a one-line résumé → application; studies open → to verify
    N("register_rewritten", "studies_finished", "Résumé : L3 socio, cherche ESS, dispo janvier", M(
        "Yohann Grondin <yohann.grondin@example.org>",
        "Candidature",
        "06 22:40",
        """Bonjour,

Résumé : L3 socio, cherche ESS, dispo janvier.

Yohann Grondin""",
        app("Yohann", "Grondin", phone=None, bac=3, grad=None, unknown=("studies_finished",), status="b_reg_resume_l3_socio"),
    )),
    # Feature: register_rewritten — situation — La fin de ma mission de service civique est intervenue le 31 août 2026
    # route: Word's Copilot, «plus formel»; the nominal «la fin … est intervenue» states the service civique over → application; master 2025, an association sought → eligible
    N("register_rewritten", "situation", "La fin de ma mission de service civique est intervenue le 31 août 2026", M(
        "Agathe Lemoine <agathe.lemoine@example.org>",
        "Candidature au programme Pro'pulse",
        "07 09:05",
        """Madame, Monsieur,

Titulaire d'un master Gestion de projets culturels obtenu en juin 2025 à l'Université Clermont Auvergne. La fin de ma mission de service civique est intervenue le 31 août 2026. Une recherche d'emploi au sein d'une association culturelle est actuellement menée.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Agathe Lemoine""",
        app("Agathe", "Lemoine", phone=None, bac=5, grad="2025-06", status="b_reg_fin_mission_intervenue"),
    )),
    # Feature: register_rewritten — kind — Je vous confirme la bonne réception de votre message
    # route: Word's Copilot, «formel», an answer in our thread (In-Reply-To our Message-ID) → reply
    N("register_rewritten", "kind", "Je vous confirme la bonne réception de votre message", M(
        "Idriss Mkandawire <idriss.mk@example.org>",
        "RE: Pièces complémentaires – Pro'pulse",
        "24 10:22",
        """Madame, Monsieur,

Je vous confirme la bonne réception de votre message et procéderai à l'envoi des pièces demandées d'ici vendredi.

Je vous prie d'agréer mes salutations distinguées.
Idriss Mkandawire""",
        reply(),
        headers={"In-Reply-To": "<pieces-2411.im@animafac.net>", "References": "<pieces-2411.im@animafac.net>"},
    )),
    # Feature: register_rewritten — kind — Je vous informe de mon indisponibilité jusqu'au 1er décembre inclus
    # route: an out-of-office rewritten «plus formel» by DeepL Write, sent automatically (Auto-Submitted) → auto_reply
    N("register_rewritten", "kind", "Je vous informe de mon indisponibilité jusqu'au 1er décembre inclus", M(
        "Bénédicte Arnaud <b.arnaud@cress-exemple.example.org>",
        "Réponse automatique",
        "26 07:10",
        """Madame, Monsieur,

Je vous informe de mon indisponibilité jusqu'au 1er décembre inclus. Votre message sera traité dès mon retour.

Bénédicte Arnaud
Chargée de mission emploi – CRESS""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: client_assistant — aim — travailler dans une association culturelle ou un tiers-lieu
    # route: Samsung's Galaxy AI writing assist, its tone note «Style : Professionnel» left at the end; the aim in the person's sentence → application; licence June 2025, an association sought → eligible
    N("client_assistant", "aim", "travailler dans une association culturelle ou un tiers-lieu", M(
        "Margaux Cheval <margaux.cheval@example.org>",
        "Candidature Pro'pulse",
        "02 18:50",
        """Bonjour,

Je suis diplômée d'une licence Information-communication (juin 2025, Université de Bourgogne) et je souhaite travailler dans une association culturelle ou un tiers-lieu à Dijon. Je serais heureuse de rejoindre votre programme.

Bien cordialement,
Margaux Cheval

Style : Professionnel – suggestion de Galaxy AI""",
        app("Margaux", "Cheval", phone=None, bac=3, grad="2025-06", status="b_client_galaxy_ai_tiers_lieu"),
    )),
    # Feature: client_assistant — career_change — après dix ans comme conducteur de bus
    # route: Outlook Copilot, its footer «Rédigé avec l'aide de Copilot»; a licence pro of 2025 in alternance after ten years as a bus driver → application; a career before → fails not_career_change → not eligible
    N("client_assistant", "career_change", "après dix ans comme conducteur de bus", M(
        "Ahmet Çelik <ahmet.celik@example.org>",
        "Candidature – programme Pro'pulse",
        "03 20:05",
        """Bonjour,

Je me permets de vous écrire pour candidater au programme Pro'pulse. J'ai obtenu en juin 2025 une licence professionnelle Intervention sociale, préparée en alternance après dix ans comme conducteur de bus à Besançon. Je souhaite désormais travailler dans une association d'insertion.

Cordialement,
Ahmet Çelik

Rédigé avec l'aide de Copilot""",
        app("Ahmet", "Çelik", phone=None, bac=3, grad="2025-06", failing=("not_career_change",), status="b_client_copilot_conducteur_bus"),
    )),
    # Feature: client_assistant — level — je n'ai que le bac, pas de diplôme du supérieur
    # route: Gmail «Aidez-moi à écrire», the suggested subject left in the body; his own clause says bac only → application; fails degree_level → not eligible
    N("client_assistant", "level", "je n'ai que le bac, pas de diplôme du supérieur", M(
        "Bryan Alexis <bryan.alexis@example.org>",
        "Demande d'inscription",
        "04 15:00",
        """Objet suggéré : Demande d'inscription au programme Pro'pulse

Bonjour,

Je souhaiterais m'inscrire à votre programme. Pour être transparent, je n'ai que le bac, pas de diplôme du supérieur, mais j'ai beaucoup d'expérience bénévole dans les associations de quartier aux Abymes. Je cherche un emploi d'animateur.

Merci d'avance,
Bryan Alexis""",
        app("Bryan", "Alexis", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_client_gmail_que_le_bac"),
    )),
    # Feature: client_assistant — situation — je suis en stage au Secours catholique jusqu'au 15 janvier
    # route: Apple Intelligence's «amical» rewrite on an iPhone («Envoyé de mon iPhone»); the internship running in her sentence → application; fails not_internship → not eligible
    N("client_assistant", "situation", "je suis en stage au Secours catholique jusqu'au 15 janvier", M(
        "Clara Nowicki <clara.nowicki@example.org>",
        "Pro'pulse 🙂",
        "05 12:20",
        """Bonjour !

J'espère que vous allez bien. J'ai obtenu mon master Intervention sociale en septembre 2025, et en ce moment je suis en stage au Secours catholique jusqu'au 15 janvier. J'aimerais beaucoup être accompagnée pour trouver ensuite un emploi dans une association à Bordeaux.

Belle journée,
Clara

Réécrit avec Apple Intelligence
Envoyé de mon iPhone""",
        app("Clara", "Nowicki", phone=None, bac=5, grad="2025-09", failing=("not_internship",), status="b_client_apple_stage_secours"),
    )),
    # Feature: client_assistant — aim — idéalement dans le social, mais je suis ouvert à tout
    # ambiguous: «dans le social, mais ouvert à tout» may mean an association, a public service or any employer: job_seeking_ess stays open
    # route: Word's Copilot, its note «Ton : neutre» left; a master of 2026 and a vague aim → application; aim open → to verify
    N("client_assistant", "aim", "idéalement dans le social, mais je suis ouvert à tout", M(
        "Florian Mercier <florian.mercier@example.org>",
        "Candidature",
        "06 08:44",
        """Bonjour,

Diplômé d'un master Sciences politiques en juin 2026 à Rouen, je suis à la recherche d'un premier emploi, idéalement dans le social, mais je suis ouvert à tout. Votre programme pourrait m'aider à y voir plus clair.

Cordialement,
Florian Mercier

[Ton : neutre · Longueur : courte — Copilot]""",
        app("Florian", "Mercier", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_client_copilot_ouvert_a_tout"),
    )),
    # Feature: client_assistant — career_change — je n'ai jamais travaillé avant mon master
    # route: Gmail «Aidez-moi à écrire», his request to the tool left above the draft; his own clause denies a career before → application; master September 2026, a cooperative sought → eligible
    N("client_assistant", "career_change", "je n'ai jamais travaillé avant mon master", M(
        "Pierre-Yves Kerjean <py.kerjean@example.org>",
        "Candidature au programme Pro'pulse",
        "07 14:14",
        """Aidez-moi à écrire : « candidature pro'pulse, master ESS septembre 2026 Brest, premier emploi, coopérative ou asso dans le Finistère »

Bonjour,

Titulaire d'un master Management des organisations de l'ESS obtenu en septembre 2026 à Brest, je recherche mon premier emploi : je n'ai jamais travaillé avant mon master, en dehors de jobs d'été. Je souhaite rejoindre une coopérative ou une association du Finistère.

Bien cordialement,
Pierre-Yves Kerjean""",
        app("Pierre-Yves", "Kerjean", phone=None, bac=5, grad="2026-09", status="b_client_gmail_premier_emploi"),
    )),
    # Feature: client_assistant — kind — Merci beaucoup pour ce retour rapide
    # route: Outlook Copilot's drafted reply in our thread (In-Reply-To our Message-ID), its footer left → reply
    N("client_assistant", "kind", "Merci beaucoup pour ce retour rapide", M(
        "Inès Ferrand <ines.ferrand@example.org>",
        "RE: Votre inscription à Pro'pulse",
        "23 16:40",
        """Bonjour,

Merci beaucoup pour ce retour rapide. Je serai disponible pour l'entretien téléphonique mercredi après-midi.

Bien cordialement,
Inès Ferrand

Rédigé avec l'aide de Copilot""",
        reply(),
        headers={"In-Reply-To": "<inscription-2311.if@animafac.net>", "References": "<inscription-2311.if@animafac.net>"},
    )),
    # Feature: client_assistant — kind — Pourriez-vous me préciser si une attestation est délivrée
    # route: Gmail «Aidez-moi à écrire», its suggested subject left in the body, a polished question with no fact of the writer → question
    N("client_assistant", "kind", "Pourriez-vous me préciser si une attestation est délivrée", M(
        "Thomas Gillet <thomas.gillet@example.org>",
        "Question sur l'attestation de fin de programme",
        "19 11:05",
        """Objet suggéré : Demande d'information – attestation de fin de programme

Bonjour,

Pourriez-vous me préciser si une attestation est délivrée à la fin du programme Pro'pulse, et si elle peut être valorisée auprès de France Travail ?

Je vous remercie par avance.
Thomas Gillet""",
        question(),
    )),
    # Feature: client_assistant — kind — Votre rapport hebdomadaire Grammarly
    # route: Grammarly's weekly writing report forwarded to us by mistake, no application → other
    N("client_assistant", "kind", "Votre rapport hebdomadaire Grammarly", M(
        "Julien Fournier <julien.fournier@example.org>",
        "TR: Votre rapport hebdomadaire Grammarly",
        "21 09:00",
        """---------- Message transféré ----------
De : Grammarly <info@grammarly.example.org>
Objet : Votre rapport hebdomadaire Grammarly

Votre rapport hebdomadaire Grammarly : cette semaine, vous avez été plus productif que 72 % des utilisateurs. Mots vérifiés : 4 210. Vocabulaire unique : 1 034 mots.""",
        other(),
    )),
]
