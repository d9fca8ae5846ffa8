"""Polarity corpus, batch 08 (writer B): negative quantifiers («Stage : aucun en cours» in a CV, «rien validé
depuis», «aucune reconversion», «plus nulle part dans l'associatif», «aucune note», «aucune de mes années»),
scope and modality («je ne dirais pas que c'est une reconversion», «pas sans mal», «je ne crois pas qu'il me
reste», «pas forcément dans l'ESS», «non pas en stage mais en CDD», «je ne suis pas en stage depuis
septembre», «il ne me reste plus qu'à soutenir») and the same operators in English ("no longer", "haven't
yet", "only", "still", "wouldn't call it", "not looking at"), and other mail turned the same way."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from polarity import N

MESSAGES = [
    # Feature: negative_quantifier — situation — Stage : aucun en cours
    # operated: «aucun» on «Stage … en cours» (CV line; «Service civique : aucun» too) → nothing running → meets not_internship and not_service_civique
    N("negative_quantifier", "situation", "Stage : aucun en cours", M(
        "Sidonie Peyrat <sidonie.peyrat@example.net>", "Candidature Pro'pulse — CV", "02 10:58",
        """Bonjour,

Je vous adresse mon CV pour le programme. Je cherche un poste de chargée d'accueil et d'orientation dans une association d'aide aux migrants.

Sidonie Peyrat""",
        app("Sidonie", "Peyrat", phone="+33679301846", bac=5, grad="2025-10", info_in="both", status="b_cv_aucun_stage"),
        cv=CV("pdf", "CV_Sidonie_Peyrat.pdf", """Sidonie Peyrat
06 79 30 18 46 — sidonie.peyrat@example.net
FORMATION
Master Migrations internationales, Université de Poitiers — octobre 2025
SITUATION
Stage : aucun en cours
Service civique : aucun
LANGUES
Anglais, espagnol, dari (notions)"""),
    )),
    # Feature: negative_quantifier — graduation — je n'ai rien validé depuis mon DUT, en 2020
    # operated: «rien» on «validé depuis mon DUT, en 2020» → last diploma 2020 → fails graduation_recent
    N("negative_quantifier", "graduation", "je n'ai rien validé depuis mon DUT, en 2020", M(
        "Cyril Montagne <cyril.montagne@example.com>", "candidature Pro'pulse", "03 22:16",
        """Bonsoir,

Je n'ai rien validé depuis mon DUT, en 2020 (GEA, Annecy) : une année de licence commencée puis arrêtée, des petits boulots.

Je voudrais travailler dans la gestion d'une association ou d'une SCOP.

Cyril Montagne
06 92 15 48 73""",
        app("Cyril", "Montagne", phone="+33692154873", bac=2, grad="2020", failing=("graduation_recent",), status="b_rien_valide_depuis_2020"),
    )),
    # Feature: negative_quantifier — career_change — aucune reconversion
    # operated: «aucune» on «reconversion» → jobs in insertion before and after the licence pro → meets not_career_change
    N("negative_quantifier", "career_change", "aucune reconversion", M(
        "PLIE de l'Agglo Sud — Nicolas Berthier <n.berthier@plie-sud.example.org>", "Orientation d'un participant", "04 14:06",
        """Bonjour,

Je vous présente M. Adama Coulibaly, 31 ans, que j'accompagne au PLIE. Licence professionnelle Métiers de l'insertion obtenue en juin 2026. Il a été encadrant technique en chantier d'insertion avant et pendant sa formation : aucune reconversion, c'est le même métier.

Il cherche un poste de conseiller en insertion dans une SIAE. Contact : adama.coulibaly@example.net, 07 36 19 50 82.

Nicolas Berthier, référent PLIE""",
        app("Adama", "Coulibaly", phone="+33736195082", bac=3, grad="2026-06", email="adama.coulibaly@example.net", forwarded_by="n.berthier@plie-sud.example.org", status="b_plie_aucune_reconversion"),
    )),
    # Feature: negative_quantifier — aim — Je ne postule plus nulle part dans l'associatif
    # operated: «ne … plus nulle part» on «dans l'associatif» → the search turned to banks → fails job_seeking_ess
    N("negative_quantifier", "aim", "Je ne postule plus nulle part dans l'associatif", M(
        "Adrien Fabre-Moreau <adrien.fabre@example.fr>", "Pro'pulse", "06 09:44",
        """Bonjour,

Master Finance solidaire obtenu en septembre 2025. Après un an sans réponse, je ne postule plus nulle part dans l'associatif : je vise maintenant les banques de détail et les compagnies d'assurance.

Est-ce que le programme peut m'aider quand même ?

Adrien Fabre-Moreau
06 05 38 72 16""",
        app("Adrien", "Fabre-Moreau", phone="+33605387216", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_plus_nulle_part_asso"),
    )),
    # Feature: negative_quantifier — studies_finished — je n'ai reçu aucune note pour le mémoire
    # ambiguous: the mémoire was defended in October and no mark has come: whether the master is validated cannot be told yet
    # operated: «aucune» on «note pour le mémoire» (defended in October) → results awaited → studies_finished open
    N("negative_quantifier", "studies_finished", "je n'ai reçu aucune note pour le mémoire", M(
        "Pénélope Castanier <penelope.castanier@example.org>", "candidature", "08 11:31",
        """Bonjour,

J'ai soutenu en octobre mon mémoire de master Sociologie de l'action publique, mais à ce jour je n'ai reçu aucune note pour le mémoire, et le secrétariat ne sait pas quand le jury se réunira.

Je cherche un poste de chargée d'études dans une fédération d'associations.

Pénélope Castanier
07 68 42 15 09""",
        app("Pénélope", "Castanier", phone="+33768421509", bac="*", grad=None, unknown=("studies_finished",), status="b_aucune_note_memoire"),
    )),
    # Feature: negative_quantifier — level — Aucune de mes trois années de licence n'a été validée en entier
    # ambiguous: three years attended, none validated in full, 150 credits of 180: whether that stands for bac+2 cannot be settled without the transcript
    # operated: «aucune» on «de mes trois années … validée» → no diploma, credits only → degree_level open
    N("negative_quantifier", "level", "Aucune de mes trois années de licence n'a été validée en entier", M(
        "Hamid Zeroual <hamid.zeroual@example.net>", "candidature Pro'pulse", "10 17:53",
        """Bonjour,

Aucune de mes trois années de licence n'a été validée en entier : j'ai 150 crédits sur 180, et j'ai arrêté la fac en juin 2025 pour des raisons familiales.

Je voudrais travailler dans une association de soutien scolaire.

Hamid Zeroual
06 24 90 63 17""",
        app("Hamid", "Zeroual", phone="+33624906317", bac="*", grad=None, unknown=("degree_level",), status="b_aucune_annee_validee"),
    )),
    # Feature: negative_quantifier — kind — Plus aucune place n'est disponible
    # operated: «plus aucune» on «place … disponible» → a newsletter → kind newsletter
    N("negative_quantifier", "kind", "Plus aucune place n'est disponible", M(
        "Info Formations ESS <news@formations-ess.example.com>", "Formation « Monter son projet associatif » : complet", "13 06:05",
        """INFO FORMATIONS ESS — novembre

Formation « Monter son projet associatif » des 8 et 9 décembre : plus aucune place n'est disponible. Une nouvelle session ouvrira en mars.

Se désabonner : news@formations-ess.example.com""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:news@formations-ess.example.com?subject=unsubscribe>"},
    )),
    # Feature: negative_quantifier — kind — no such user
    # operated: «no» on «such user» → a delivery failure → kind bounce
    N("negative_quantifier", "kind", "no such user", M(
        "Mail Delivery Subsystem <mailer-daemon@mail.example.org>", "Returned mail: see transcript for details", "14 02:37",
        """The original message was received at Sat, 14 Nov 2026 02:36:58 +0100.

----- The following addresses had permanent fatal errors -----
<ludivine.caradec@example.org>
(reason: 550 5.1.1 no such user)""",
        bounce("ludivine.caradec@example.org"),
        bounce="Reporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822; ludivine.caradec@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such user",
    )),
    # Feature: scope_and_modality — career_change — je ne dirais pas que c'est une reconversion
    # operated: «ne … pas» on «dirais … une reconversion» (negated verb of saying) → ten years as a pharmacy assistant before the licence pro: the facts decide → fails not_career_change
    N("scope_and_modality", "career_change", "je ne dirais pas que c'est une reconversion", M(
        "Karine Lagarde <karine.lagarde@example.com>", "Candidature Pro'pulse", "02 15:27",
        """Bonjour,

J'ai été préparatrice en pharmacie pendant dix ans, puis j'ai repris une licence professionnelle Coordination de projets solidaires, obtenue en juin 2026. Je ne dirais pas que c'est une reconversion, plutôt une suite logique : j'ai toujours aimé le contact.

Je cherche un poste de coordinatrice dans une association de santé communautaire.

Karine Lagarde
06 86 27 51 40""",
        app("Karine", "Lagarde", phone="+33686275140", bac=3, grad="2026-06", failing=("not_career_change",), status="b_ne_dirais_pas_reconversion"),
    )),
    # Feature: scope_and_modality — graduation — pas sans mal, mais je l'ai eu : master validé en septembre 2025
    # operated: «pas sans» on «mal, mais je l'ai eu» (double negation) → master obtained 2025-09 → recent → meets
    N("scope_and_modality", "graduation", "pas sans mal, mais je l'ai eu : master validé en septembre 2025", M(
        "Samuel Ondoa <samuel.ondoa@example.org>", "candidature", "04 18:40",
        """Bonjour,

Après un redoublement de M2 : pas sans mal, mais je l'ai eu : master validé en septembre 2025, Économie du développement, à Clermont.

Je cherche un poste de chargé de projets dans une ONG de solidarité internationale.

Samuel Ondoa
07 15 62 38 90""",
        app("Samuel", "Ondoa", phone="+33715623890", bac=5, grad="2025-09", status="b_pas_sans_mal"),
    )),
    # Feature: scope_and_modality — studies_finished — je ne crois pas qu'il me reste d'épreuve à repasser
    # ambiguous: the writer hedges on her own results («je ne crois pas»): whether the DEASS is fully validated cannot be settled without the transcript
    # operated: «ne … pas» on «crois … qu'il me reste d'épreuve» (negation raising, a hedge) → studies_finished open
    N("scope_and_modality", "studies_finished", "je ne crois pas qu'il me reste d'épreuve à repasser", M(
        "Gisèle Fontanel <gisele.fontanel@example.fr>", "candidature — DEASS", "05 13:33",
        """Bonjour,

J'ai terminé la formation d'assistante de service social en juin. Je ne crois pas qu'il me reste d'épreuve à repasser, mais je n'ai pas encore mon relevé définitif.

Je voudrais travailler dans une association d'accès aux droits.

Gisèle Fontanel
06 37 84 20 61""",
        app("Gisèle", "Fontanel", phone="+33637842061", bac="*", grad=None, unknown=("studies_finished",), status="b_crois_pas_reste_epreuve"),
    )),
    # Feature: scope_and_modality — aim — pas forcément dans l'ESS
    # ambiguous: «pas forcément dans l'ESS» keeps the ESS among other sectors: the aim cannot be settled
    # operated: «pas forcément» on «dans l'ESS» → aim open → job_seeking_ess open
    N("scope_and_modality", "aim", "pas forcément dans l'ESS", M(
        "Jérémy Caillaud <jeremy.caillaud@example.net>", "Pro'pulse ?", "07 20:19",
        """Salut,

BUT Gestion administrative et commerciale, juin 2026. Je cherche un premier job en gestion de projet, pas forcément dans l'ESS, mais ça m'intéresse.

Jérémy
06 71 09 45 32""",
        app("Jérémy", "Caillaud", phone="+33671094532", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_pas_forcement_ess"),
    )),
    # Feature: scope_and_modality — situation — non pas en stage mais en CDD
    # operated: «non pas … mais» on «en stage» / «en CDD» (contrastive) → a job, not an internship → meets not_internship
    N("scope_and_modality", "situation", "non pas en stage mais en CDD", M(
        "CCAS de Villefranche — Ghislaine Esposito <g.esposito@ccas-villefranche.example.fr>", "Candidature de Mme Ahouansou", "09 10:33",
        """Bonjour,

Je vous adresse la candidature de Mme Rachelle Ahouansou, que je suis au CCAS. Elle a obtenu un BTS SP3S en juin 2025. Elle est actuellement, non pas en stage mais en CDD de trois mois à l'épicerie sociale de la ville, qui se termine en décembre.

Elle cherche un emploi stable dans une association d'aide alimentaire. Ses coordonnées : rachelle.ahouansou@example.com, 06 43 58 12 97.

Ghislaine Esposito, conseillère en économie sociale familiale""",
        app("Rachelle", "Ahouansou", phone="+33643581297", bac=2, grad="2025-06", email="rachelle.ahouansou@example.com", forwarded_by="g.esposito@ccas-villefranche.example.fr", status="b_ccas_non_pas_stage_mais_cdd"),
    )),
    # Feature: scope_and_modality — situation — je ne suis pas en stage depuis septembre
    # ambiguous: the negation can bear on «en stage» (no internship since September) or on «depuis septembre» (an internship, begun at another date): two readings
    # operated: «ne … pas» on «en stage» or on «depuis septembre» (two scopes) → not_internship open
    N("scope_and_modality", "situation", "je ne suis pas en stage depuis septembre", M(
        "Inaya Bakayoko <inaya.bakayoko@example.org>", "candidature Pro'pulse", "11 16:54",
        """Bonjour,

Licence de sciences sanitaires et sociales, Lille, juin 2026. Pour votre question de la réunion : je ne suis pas en stage depuis septembre, c'était plus compliqué que ça avec l'université.

Je cherche un poste dans une association d'aide à domicile.

Inaya Bakayoko
07 57 31 86 24""",
        app("Inaya", "Bakayoko", phone="+33757318624", bac=3, grad="2026-06", unknown=("not_internship",), status="b_pas_en_stage_depuis_sept"),
    )),
    # Feature: scope_and_modality — studies_finished — il ne me reste plus qu'à soutenir
    # operated: «ne … plus que» on «soutenir» (14 January) → defence to come → fails studies_finished
    N("scope_and_modality", "studies_finished", "il ne me reste plus qu'à soutenir", M(
        "Victorine Laborde <victorine.laborde@example.com>", "Candidature Pro'pulse", "12 09:17",
        """Bonjour,

Mon master Gestion des territoires et développement local touche à sa fin : le mémoire est rendu, il ne me reste plus qu'à soutenir, le 14 janvier.

Je cherche un poste d'agente de développement dans une communauté de communes… non, plutôt dans une association de développement rural.

Victorine Laborde
06 18 52 93 74""",
        app("Victorine", "Laborde", phone="+33618529374", bac="*", grad=None, failing=("studies_finished",), status="b_plus_qua_soutenir"),
    )),
    # Feature: scope_and_modality — kind — Do applicants need to not be enrolled anywhere
    # operated: «not» on «be enrolled anywhere» → a question about the rules, no personal fact → kind question
    N("scope_and_modality", "kind", "Do applicants need to not be enrolled anywhere", M(
        "Rosalind Achebe <rosalind.achebe@example.net>", "Eligibility question", "15 14:22",
        """Hello,

Quick question before I share your call with my students: do applicants need to not be enrolled anywhere at the time they apply, or is a part-time evening course acceptable?

Best regards,
Rosalind Achebe""",
        question(language="en"),
    )),
    # Feature: scope_and_modality — kind — je ne suis pas certain que la pièce jointe soit bien passée
    # operated: «ne … pas certain» on «que la pièce jointe soit bien passée» → a reply in our thread → kind reply
    N("scope_and_modality", "kind", "je ne suis pas certain que la pièce jointe soit bien passée", M(
        "Florian Audebert <florian.audebert@example.fr>", "Re: Pièces manquantes", "16 19:08",
        """Bonjour,

Je vous ai renvoyé mon attestation hier soir, mais je ne suis pas certain que la pièce jointe soit bien passée. Pouvez-vous me confirmer ?

Florian

> Le 15 nov. 2026, Pro'pulse a écrit :
> Il nous manque votre attestation de réussite.""",
        reply(),
        headers={"In-Reply-To": "<pieces-1115-audebert@animafac.net>", "References": "<pieces-1115-audebert@animafac.net>"},
    )),
    # Feature: english_polarity — situation — I'm no longer on my placement
    # operated: «no longer» on «on my placement» → internship over since August → meets not_internship
    N("english_polarity", "situation", "I'm no longer on my placement", M(
        "Priyanka Sood <priyanka.sood@example.com>", "Pro'pulse application", "02 12:03",
        """Hi there,

I'm no longer on my placement: it ended in August at a tenants' association in Saint-Denis. I have a master's in urban studies from Paris 8, awarded in June 2026.

I'm looking for a community organiser role in a housing non-profit.

Priyanka Sood
07 42 86 15 30""",
        app("Priyanka", "Sood", phone="+33742861530", bac=5, grad="2026-06", language="en", status="b_no_longer_placement"),
    )),
    # Feature: english_polarity — studies_finished — I haven't yet submitted my dissertation
    # operated: «not yet» on «submitted my dissertation» (due in January) → master in progress → fails studies_finished
    N("english_polarity", "studies_finished", "I haven't yet submitted my dissertation", M(
        "Callum Fraser <callum.fraser@example.org>", "Application — Callum Fraser", "05 16:41",
        """Dear team,

I'm finishing an MA in social economy at Université Paris-Est. I haven't yet submitted my dissertation; it's due in January, but I'd like to start looking for a role in a cooperative now.

Regards,
Callum Fraser
06 70 24 39 81""",
        app("Callum", "Fraser", phone="+33670243981", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_havent_yet_dissertation"),
    )),
    # Feature: english_polarity — level — Not a master's, only a licence
    # operated: «not … only» on «a master's», «a licence» → a licence of 2025-06 → level 3, recent → meets
    N("english_polarity", "level", "Not a master's, only a licence", M(
        "Ama Owusu-Martin <ama.owusu@example.net>", "Application", "08 10:27",
        """Hello,

To answer your form correctly: not a master's, only a licence — in sociology, from Université de Lille, June 2025.

I'm looking for a job with a non-profit working on youth inclusion.

Thank you,
Ama Owusu-Martin
06 97 13 52 48""",
        app("Ama", "Owusu-Martin", phone="+33697135248", bac=3, grad="2025-06", language="en", status="b_only_a_licence"),
    )),
    # Feature: english_polarity — situation — I'm still doing my service civique
    # operated: «still» on «doing my service civique» (until April 2027) → running → fails not_service_civique
    N("english_polarity", "situation", "I'm still doing my service civique", M(
        "Ethan Whitaker <ethan.whitaker@example.com>", "Pro'pulse — interested", "10 19:15",
        """Hi,

I have a BTS in tourism (June 2025) and I'm still doing my service civique with a youth hostel association, until April 2027. I'd like a job in a non-profit after that.

Cheers,
Ethan Whitaker
07 26 48 93 05""",
        app("Ethan", "Whitaker", phone="+33726489305", bac=2, grad="2025-06", failing=("not_service_civique",), language="en", status="b_still_service_civique"),
    )),
    # Feature: english_polarity — career_change — I wouldn't call it a career change
    # ambiguous: a few part-time years as a bank teller, during and after the degree: student jobs or another trade, a careful reader cannot say
    # operated: «wouldn't» on «call it a career change» (negated modal) → the writer's own hedge, the length of the job vague → not_career_change open
    N("english_polarity", "career_change", "I wouldn't call it a career change", M(
        "Mei-Ling Tan <meiling.tan@example.org>", "Application Pro'pulse", "12 13:49",
        """Hello,

I have a licence professionnelle in social and solidarity economy from Université de Nantes (July 2026). I wouldn't call it a career change: I worked part-time as a bank teller for a few years, during and after my first degree.

I'm now looking for a finance officer role in a cooperative or a non-profit.

Mei-Ling Tan
06 54 07 38 21""",
        app("Mei-Ling", "Tan", phone="+33654073821", bac=3, grad="2026-07", unknown=("not_career_change",), language="en", status="b_wouldnt_call_it"),
    )),
    # Feature: english_polarity — aim — I'm not looking at charities
    # operated: «not» on «looking at charities» → aim a consulting firm's CSR practice → fails job_seeking_ess
    N("english_polarity", "aim", "I'm not looking at charities", M(
        "Rupert Halloway <rupert.halloway@example.net>", "Enquiry and application", "14 11:02",
        """Good morning,

I hold a master's in sustainable finance (Sciences Po, September 2025). To be clear, I'm not looking at charities: I want a CSR role at a strategy consulting firm.

Kind regards,
Rupert Halloway
06 29 81 74 36""",
        app("Rupert", "Halloway", phone="+33629817436", bac=5, grad="2025-09", failing=("job_seeking_ess",), language="en", status="b_not_charities"),
    )),
    # Feature: english_polarity — kind — I am no longer with the Foundation
    # operated: «no longer» on «with the Foundation» → an out-of-office → kind auto_reply
    N("english_polarity", "kind", "I am no longer with the Foundation", M(
        "Olivia Brennan <o.brennan@foundation.example.org>", "Automatic reply: Pro'pulse partnership", "17 08:00",
        """Thank you for your email. I am no longer with the Foundation. Please contact partnerships@foundation.example.org for any enquiry.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_polarity — kind — You have not yet claimed your reward
    # operated: «not yet» on «claimed your reward» → spam → kind other
    N("english_polarity", "kind", "You have not yet claimed your reward", M(
        "Rewards Centre <noreply@rewards-centre.example.com>", "Final notice: your reward is waiting", "18 23:59",
        """Dear customer,

You have not yet claimed your reward. Click below within 24 hours, or it will be cancelled.

Rewards Centre""",
        other(),
    )),
]
