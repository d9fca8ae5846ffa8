"""Asking corpus, batch 08 (writer B): how_to_apply (asks how to apply, the facts said in passing),
third_party_asking (a parent, a relative, a friend or an adviser asks for someone — referrals),
english_asking (Am I eligible if… / Can I still apply if… / Would I qualify given… / What if…); other mail
asking too (questions with no personal fact, a partner's request, an auto-reply, a newsletter, a reply)."""
# ruff: noqa: E501

from __future__ import annotations

from asking import N
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: how_to_apply — graduation — moi qui sors d'un DUT GEA obtenu en juin 2025
    # asking: «moi qui sors d'un DUT GEA obtenu en juin 2025» = said in passing: a bac+2 of 17 months ago → meets degree_level, graduation_recent
    N("how_to_apply", "graduation", "moi qui sors d'un DUT GEA obtenu en juin 2025", M(
        "Ilyes Boukhari <ilyes.boukhari@example.net>", "Comment postuler ?", "02 10:40",
        """Bonjour,

Comment je postule, moi qui sors d'un DUT GEA obtenu en juin 2025 ? Je ne trouve pas de formulaire sur votre site. Je vous mets mon CV en pièce jointe au cas où.

Je cherche un poste de gestionnaire administratif dans une association.

Ilyes Boukhari
06 26 83 14 70""",
        app("Ilyes", "Boukhari", phone="+33626831470", bac=2, grad="2025-06", status="b_comment_dut_gea"),
        cv=CV("pdf", "CV_Ilyes_Boukhari.pdf", "Ilyes Boukhari\nGestion administrative, comptabilité associative\nAssistant de gestion, CDD été 2025\nBureautique, Ciel Compta"),
    )),
    # Feature: how_to_apply — level — quelqu'un comme moi, titulaire d'une licence pro depuis juillet 2026
    # asking: «quelqu'un comme moi, titulaire d'une licence pro depuis juillet 2026» = said in passing: a bac+3 of four months ago → meets degree_level, graduation_recent
    N("how_to_apply", "level", "quelqu'un comme moi, titulaire d'une licence pro depuis juillet 2026", M(
        "Margaux Garrigues <margaux.garrigues@example.fr>", "Démarche d'inscription", "05 14:22",
        """Bonjour,

Quelle est la démarche pour quelqu'un comme moi, titulaire d'une licence pro depuis juillet 2026 (métiers de l'entrepreneuriat social) ? Faut-il passer un entretien ?

J'aimerais travailler dans une SCOP ou une coopérative d'activité.

Merci,
Margaux Garrigues
07 14 39 62 05""",
        app("Margaux", "Garrigues", phone="+33714396205", bac=3, grad="2026-07", status="b_demarche_lp_juillet_2026"),
    )),
    # Feature: how_to_apply — career_change — moi qui ai travaillé un temps dans l'hôtellerie avant mon master
    # ambiguous: «un temps dans l'hôtellerie»: a student job or a first career before the master? Not said
    # asking: «moi qui ai travaillé un temps dans l'hôtellerie avant mon master» = said in passing, a past of unstated length → not_career_change open
    N("how_to_apply", "career_change", "moi qui ai travaillé un temps dans l'hôtellerie avant mon master", M(
        "Stéphane Ouellet <stephane.ouellet@example.com>", "Où envoyer mon dossier ?", "08 08:55",
        """Bonjour,

Où dois-je envoyer mon dossier, moi qui ai travaillé un temps dans l'hôtellerie avant mon master ? Je l'ai obtenu en juin 2026 (développement local) et je voudrais maintenant travailler dans une association de développement rural.

Stéphane Ouellet
06 45 70 31 92""",
        app("Stéphane", "Ouellet", phone="+33645703192", bac=5, grad="2026-06", unknown=("not_career_change",), status="b_ou_envoyer_hotellerie"),
    )),
    # Feature: how_to_apply — studies_finished — moi je suis en M1 cette année
    # asking: «moi je suis en M1 cette année» = said in passing: a master year running → fails studies_finished
    N("how_to_apply", "studies_finished", "moi je suis en M1 cette année", M(
        "Louna Picard <louna.picard@example.org>", "comment on fait", "11 21:30",
        """Coucou, comment on postule chez vous ? Moi je suis en M1 cette année mais j'ai envie de commencer à chercher un poste dans une asso culturelle dès maintenant.
Merci !!
Louna
06 83 17 29 54""",
        app("Louna", "Picard", phone="+33683172954", bac="*", grad=None, failing=("studies_finished",), status="b_comment_en_m1"),
    )),
    # Feature: how_to_apply — aim — un poste dans le médico-social, n'importe quelle structure
    # ambiguous: «n'importe quelle structure» of the médico-social: associative, public hospital or private group alike
    # asking: «un poste dans le médico-social, n'importe quelle structure» = said in passing, an aim of unstated status → job_seeking_ess open
    N("how_to_apply", "aim", "un poste dans le médico-social, n'importe quelle structure", M(
        "Amandine Rolland <amandine.rolland@example.net>", "inscription", "14 13:08",
        """Bonjour,

Comment je m'inscris ? J'ai le diplôme d'État d'éducatrice spécialisée depuis juin 2025 et je cherche un poste dans le médico-social, n'importe quelle structure tant que le public me plaît.

Merci,
Amandine Rolland
07 21 56 84 39""",
        app("Amandine", "Rolland", phone="+33721568439", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_comment_medico_social"),
    )),
    # Feature: how_to_apply — situation — mon service civique s'est terminé le 31 octobre
    # asking: «mon service civique s'est terminé le 31 octobre» = said in passing: a service civique over → meets not_service_civique
    N("how_to_apply", "situation", "mon service civique s'est terminé le 31 octobre", M(
        "Kilian Joubert <kilian.joubert@example.fr>", "Procédure de candidature", "17 09:16",
        """Bonjour,

Quelle est la procédure pour candidater ? Mon service civique s'est terminé le 31 octobre, j'ai une licence d'histoire de juin 2025, et je cherche un poste de médiateur dans une association culturelle ou un écomusée associatif.

Kilian Joubert
06 60 42 18 73""",
        app("Kilian", "Joubert", phone="+33660421873", bac=3, grad="2025-06", status="b_procedure_sc_termine"),
    )),
    # Feature: how_to_apply — kind — Comment on postule quand on a un DUT
    # asking: «Comment on postule quand on a un DUT» = the generic «on», no fact of the writer → kind question
    N("how_to_apply", "kind", "Comment on postule quand on a un DUT", M(
        "Bertrand Lefort <bertrand.lefort@example.com>", "Question", "19 12:00",
        """Bonjour,

Comment on postule quand on a un DUT ? Faut-il envoyer le diplôme ou une attestation suffit ? Je pose la question pour les étudiants de notre département.

Cordialement,
Bertrand Lefort""",
        question(),
    )),
    # Feature: how_to_apply — kind — pourrions-nous accueillir une de vos sessions
    # asking: «pourrions-nous accueillir une de vos sessions» = a partner asks to host a session → kind other
    N("how_to_apply", "kind", "pourrions-nous accueillir une de vos sessions", M(
        "Tiers-lieu La Fabrique <contact@example.org>", "Proposition d'accueil", "21 15:45",
        """Bonjour,

Nous sommes un tiers-lieu associatif à Poitiers : pourrions-nous accueillir une de vos sessions au printemps ? Comment faut-il procéder pour vous proposer une salle ?

Bien à vous,
L'équipe de La Fabrique""",
        other(),
    )),
    # Feature: third_party_asking — graduation — ma fille, qui a eu sa licence de droit en juin 2026
    # asking: «ma fille, qui a eu sa licence de droit en juin 2026» = the daughter's bac+3 of five months ago, presupposed by the mother → meets degree_level, graduation_recent
    N("third_party_asking", "graduation", "ma fille, qui a eu sa licence de droit en juin 2026", M(
        "Nadine Assouline <nadine.assouline@example.fr>", "Pour ma fille Lina", "03 18:10",
        """Bonjour,

Est-ce que ma fille, qui a eu sa licence de droit en juin 2026, peut entrer dans votre programme ? Elle s'appelle Lina Assouline, elle voudrait travailler dans une association d'accès au droit, et elle n'ose pas vous écrire elle-même.

Son numéro : 06 48 92 07 31.

Merci beaucoup,
Nadine Assouline""",
        app("Lina", "Assouline", phone="+33648920731", bac=3, grad="2026-06", status="b_fille_licence_droit", email=None, forwarded_by="nadine.assouline@example.fr"),
    )),
    # Feature: third_party_asking — situation — mon fils, qui finit son service civique en mars
    # asking: «mon fils, qui finit son service civique en mars» = the son's service civique running now → fails not_service_civique
    N("third_party_asking", "situation", "mon fils, qui finit son service civique en mars", M(
        "Didier Moreau-Kane <didier.moreaukane@example.net>", "Question pour mon fils", "06 20:47",
        """Bonjour,

Est-ce que mon fils, qui finit son service civique en mars, peut déjà s'inscrire ? Il a un BTS de gestion depuis juin 2025 et cherche un emploi dans une association environnementale. Son adresse : malik.moreaukane@example.net, son téléphone 07 32 85 16 40.

Cordialement,
Didier Moreau-Kane""",
        app("Malik", "Moreau-Kane", phone="+33732851640", bac=2, grad="2025-06", failing=("not_service_civique",), status="b_fils_sc_mars", email="malik.moreaukane@example.net", forwarded_by="didier.moreaukane@example.net"),
    )),
    # Feature: third_party_asking — graduation — une jeune que j'accompagne, Aminata Sow, diplômée d'éducatrice de jeunes enfants
    # ambiguous: the adviser does not know when the EJE diploma was obtained: recent or not is not said
    # asking: «une jeune que j'accompagne, Aminata Sow, diplômée d'éducatrice de jeunes enfants» = a bac+3 of the person presented, no date → graduation_recent open
    N("third_party_asking", "graduation", "une jeune que j'accompagne, Aminata Sow, diplômée d'éducatrice de jeunes enfants", M(
        "Corinne Blanc <corinne.blanc@example.org>", "Orientation d'une jeune", "09 11:33",
        """Bonjour,

Je suis conseillère en mission locale. Une jeune que j'accompagne, Aminata Sow, diplômée d'éducatrice de jeunes enfants, voudrait rejoindre votre programme pour travailler dans une crèche associative. Je ne connais pas la date de son diplôme : pourriez-vous me dire si elle peut candidater ?

Ses coordonnées : aminata.sow@example.fr, 06 97 21 53 08.

Corinne Blanc""",
        app("Aminata", "Sow", phone="+33697215308", bac=3, grad=None, unknown=("graduation_recent",), status="b_jeune_eje_sans_date", email="aminata.sow@example.fr", forwarded_by="corinne.blanc@example.org"),
    )),
    # Feature: third_party_asking — career_change — Mme Petrova, que je suis à France Travail, a fait quelques années de ménage
    # ambiguous: «quelques années de ménage» before the BTS: a career or jobs alongside studies? Not said
    # asking: «Mme Petrova, que je suis à France Travail, a fait quelques années de ménage» = a past of unstated length of the person presented → not_career_change open
    N("third_party_asking", "career_change", "Mme Petrova, que je suis à France Travail, a fait quelques années de ménage", M(
        "Olivier Renard <olivier.renard@example.fr>", "Candidature de Mme Petrova", "15 10:20",
        """Bonjour,

Mme Petrova, que je suis à France Travail, a fait quelques années de ménage avant de reprendre un BTS SP3S, obtenu en juin 2026. Elle souhaite travailler dans une association d'aide aux familles. Est-ce que son parcours est compatible avec votre programme ?

Elle s'appelle Irina Petrova ; téléphone : 07 56 12 49 83.

Olivier Renard""",
        app("Irina", "Petrova", phone="+33756124983", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_petrova_menage", email=None, forwarded_by="olivier.renard@example.fr"),
    )),
    # Feature: third_party_asking — aim — ma nièce, qui a fini son master ESS en septembre 2025
    # asking: «ma nièce, qui a fini son master ESS en septembre 2025» = the niece's master, presupposed, and an ESS aim → meets graduation_recent, studies_finished
    N("third_party_asking", "aim", "ma nièce, qui a fini son master ESS en septembre 2025", M(
        "Marc Albertini <marc.albertini@example.com>", "Ma nièce Giulia", "18 19:28",
        """Bonjour,

Est-ce que ma nièce, qui a fini son master ESS en septembre 2025, peut rejoindre votre programme ? Elle cherche un poste de chargée de développement dans une fondation ou une association. Je joins son CV.

Elle s'appelle Giulia Albertini : giulia.albertini@example.com.

Merci,
Marc Albertini""",
        app("Giulia", "Albertini", phone=None, bac=5, grad="2025-09", status="b_niece_master_ess", email="giulia.albertini@example.com", forwarded_by="marc.albertini@example.com", info_in="both"),
        cv=CV("docx", "CV_Giulia_Albertini.docx", "Giulia Albertini\nMaster Économie sociale et solidaire, septembre 2025\nLicence d'économie, 2023\nStage de fin d'études en fondation (avril-août 2025)"),
    )),
    # Feature: third_party_asking — level — une personne que j'accompagne, Joseph Mukendi, qui a seulement un CAP
    # asking: «une personne que j'accompagne, Joseph Mukendi, qui a seulement un CAP» = the person presented holds a CAP only → fails degree_level
    N("third_party_asking", "level", "une personne que j'accompagne, Joseph Mukendi, qui a seulement un CAP", M(
        "Hélène Lamarque-Ndao <helene.lamarquendao@example.org>", "Orientation", "22 08:40",
        """Bonjour,

Je me permets de vous écrire pour une personne que j'accompagne, Joseph Mukendi, qui a seulement un CAP cuisine (2021). Il aimerait travailler dans un restaurant d'insertion associatif. Est-ce que votre programme peut lui être ouvert ?

Son téléphone : 06 28 37 91 04.

Hélène Lamarque-Ndao, CIP""",
        app("Joseph", "Mukendi", phone="+33628379104", bac=0, grad="2021", failing=("degree_level",), status="b_accompagne_cap", email=None, forwarded_by="helene.lamarquendao@example.org"),
    )),
    # Feature: third_party_asking — kind — par exemple un jeune en stage
    # asking: «par exemple un jeune en stage» = an example about nobody in particular → kind question
    N("third_party_asking", "kind", "par exemple un jeune en stage", M(
        "Caroline Petitjean <caroline.petitjean@example.net>", "Critères pour les jeunes suivis", "23 11:50",
        """Bonjour,

J'accompagne des jeunes en recherche d'emploi. Par exemple un jeune en stage, il peut candidater chez vous, ou faut-il attendre la fin du stage ? Et un jeune en service civique ?

Merci,
Caroline Petitjean""",
        question(),
    )),
    # Feature: third_party_asking — kind — Je transmets votre demande à ma collègue
    # asking: «Je transmets votre demande à ma collègue» = an out-of-office of an adviser → kind auto_reply
    N("third_party_asking", "kind", "Je transmets votre demande à ma collègue", M(
        "Sébastien Royer <sebastien.royer@example.fr>", "Réponse automatique : Re: Orientation d'une jeune", "24 09:02",
        """Bonjour,

Je suis absent jusqu'au 2 décembre. Je transmets votre demande à ma collègue, qui vous répondra. Pouvez-vous la contacter directement au besoin ?

Sébastien Royer""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_asking — graduation — Am I eligible if my HND was in July 2025
    # asking: «Am I eligible if my HND was in July 2025» = «if» whose clause presupposes the HND of 16 months ago → meets degree_level, graduation_recent
    N("english_asking", "graduation", "Am I eligible if my HND was in July 2025", M(
        "Callum Fraser <callum.fraser@example.org>", "Am I eligible?", "01 12:35",
        """Hello,

Am I eligible if my HND was in July 2025? I've been in Bordeaux since then and I'd like to work for a social enterprise or a charity here. CV attached.

Cheers,
Callum Fraser
07 69 24 58 13""",
        app("Callum", "Fraser", phone="+33769245813", bac=2, grad="2025-07", status="b_en_hnd_july_2025", language="en", info_in="both"),
        cv=CV("pdf", "CV_Callum_Fraser.pdf", "Callum Fraser\nHND Social Sciences, Glasgow, July 2025\nSupport worker (part-time), 2023-2025\nFrench B2"),
    )),
    # Feature: english_asking — situation — Can I still apply if I'm on a placement with a housing charity until February
    # asking: «Can I still apply if I'm on a placement with a housing charity until February» = «if» on a present fact: a placement held now → fails not_internship
    N("english_asking", "situation", "Can I still apply if I'm on a placement with a housing charity until February", M(
        "Priyanka Shah <priyanka.shah@example.com>", "Placement question", "04 16:10",
        """Hi,

Can I still apply if I'm on a placement with a housing charity until February? I graduated with a BA in social work in June 2026 and want to keep working in the voluntary sector.

Thanks,
Priyanka Shah
06 52 81 36 94""",
        app("Priyanka", "Shah", phone="+33652813694", bac=3, grad="2026-06", failing=("not_internship",), status="b_en_placement_february", language="en"),
    )),
    # Feature: english_asking — graduation — Would I qualify given that I finished my degree in 2024
    # ambiguous: a degree of 2024 with no month: within 24 months from November 2024 on, not before
    # asking: «Would I qualify given that I finished my degree in 2024» = a given: a bachelor of a year only, 2024 → graduation_recent open
    N("english_asking", "graduation", "Would I qualify given that I finished my degree in 2024", M(
        "Hannah Koch <hannah.koch@example.net>", "Eligibility", "07 09:48",
        """Dear team,

Would I qualify given that I finished my degree in 2024? It's a BA in international relations. I'd like to work for an association supporting migrants.

Best regards,
Hannah Koch
06 17 94 23 60""",
        app("Hannah", "Koch", phone="+33617942360", bac=3, grad="2024", unknown=("graduation_recent",), status="b_en_degree_2024", language="en"),
    )),
    # Feature: english_asking — situation — What if I did a gap year volunteering first
    # asking: «What if I did a gap year volunteering first» = a hypothetical, no fact: nothing held now → meets (silence)
    N("english_asking", "situation", "What if I did a gap year volunteering first", M(
        "Noah Whitfield <noah.whitfield@example.com>", "quick question", "10 20:12",
        """Hey,

I got my BSc in economics in July 2026 and I want to apply to Pro'pulse to find a job in a co-op. What if I did a gap year volunteering first — would I lose my chance?

Noah
07 28 63 40 19""",
        app("Noah", "Whitfield", phone="+33728634019", bac=3, grad="2026-07", status="b_en_what_if_gap_year", language="en"),
    )),
    # Feature: english_asking — level — I don't know if my bacharelado in social work from Brazil counts
    # ambiguous: a Brazilian bacharelado with no French equivalence: its level here is not said
    # asking: «I don't know if my bacharelado in social work from Brazil counts» = «if» meaning «whether»: the diploma is presupposed, of unstated level → degree_level open
    N("english_asking", "level", "I don't know if my bacharelado in social work from Brazil counts", M(
        "Beatriz Almeida <beatriz.almeida@example.org>", "Foreign degree", "13 14:57",
        """Hello,

I don't know if my bacharelado in social work from Brazil counts for you. I got it in June 2025 and moved to Toulouse this year. I'm looking for a job in an association working with families. Could I apply?

Thank you,
Beatriz Almeida
06 41 85 27 96""",
        app("Beatriz", "Almeida", phone="+33641852796", bac="*", grad="2025-06", unknown=("degree_level",), status="b_en_bacharelado_brazil", language="en"),
    )),
    # Feature: english_asking — graduation — Does my foundation degree from 2022 count
    # asking: «Does my foundation degree from 2022 count» = a presupposed bac+2 of 2022 → fails graduation_recent
    N("english_asking", "graduation", "Does my foundation degree from 2022 count", M(
        "Jack Pemberton <jack.pemberton@example.com>", "foundation degree", "16 11:04",
        """Hi,

Does my foundation degree from 2022 count? I've been working in cafés since and I'd like to move into a charity job in France.

Jack Pemberton
07 93 15 62 48""",
        app("Jack", "Pemberton", phone="+33793156248", bac=2, grad="2022", failing=("graduation_recent",), status="b_en_foundation_2022", language="en"),
    )),
    # Feature: english_asking — situation — my European Solidarity Corps project ends sometime in November
    # ambiguous: the ESC project ends «sometime in November», no day: still running on 26 November or not is not said
    # asking: «my European Solidarity Corps project ends sometime in November» = a volunteering scheme held now with an end of unstated day → not_service_civique open
    N("english_asking", "situation", "my European Solidarity Corps project ends sometime in November", M(
        "Marta Zielinska <marta.zielinska@example.net>", "Can I apply now?", "05 18:22",
        """Hello,

Can I apply now, given that my European Solidarity Corps project ends sometime in November? I have an MA in cultural management from June 2025 and I'd love to work for a French cultural association.

Best,
Marta Zielinska
07 38 20 91 57""",
        app("Marta", "Zielinska", phone="+33738209157", bac=5, grad="2025-06", unknown=("not_service_civique",), status="b_en_esc_november", language="en"),
    )),
    # Feature: english_asking — kind — Is an associate degree enough
    # asking: «Is an associate degree enough» = a question about the criteria, no personal fact → kind question
    N("english_asking", "kind", "Is an associate degree enough", M(
        "Grace Okoye <grace.okoye@example.com>", "Entry requirements", "20 13:30",
        """Hello,

Is an associate degree enough, or do applicants need a bachelor's? And does the programme run in English at all?

Many thanks,
Grace Okoye""",
        question("en"),
    )),
    # Feature: english_asking — kind — Could you let me know if the 3 December workshop is still on
    # asking: «Could you let me know if the 3 December workshop is still on» = a reply in our thread asking a practical thing → kind reply
    N("english_asking", "kind", "Could you let me know if the 3 December workshop is still on", M(
        "Daniel Osei <daniel.osei@example.org>", "Re: Welcome to Pro'pulse", "25 10:18",
        """Thanks for the welcome pack! Could you let me know if the 3 December workshop is still on? I saw a strike announced.

Daniel

On 23/11/2026 09:40, Pro'pulse <propulse@animafac.net> wrote:
> Welcome! Please find the programme for December attached.""",
        reply(),
        headers={"In-Reply-To": "<20261123094000.7315@animafac.net>", "References": "<20261123094000.7315@animafac.net>"},
    )),
]
