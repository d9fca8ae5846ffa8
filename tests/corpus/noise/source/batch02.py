"""Batch 2: phonetic or SMS spelling, and voice-dictation transcripts (no punctuation, numbers in words,
«point à la ligne» left in the text). Each message written by hand; the comment names its noise, the fact
the noisy words carry and those words."""

from kit import M, app, auto_reply, newsletter, other, question, reply
from noise import N

MESSAGES = [
    # Noise: sms — graduation — g eu mon bts en juin 2025
    N("sms", "graduation", "g eu mon bts en juin 2025", M(
        "Dylan Marie <dylan.marie@example.com>", "pro pulse", "02 22:14",
        """slt
g eu mon bts en juin 2025 (sp3s) jcherch 1 taf ds 1 asso d'aide a la personne ou 1 centre social
c possible pr moi ?
dylan 06 45 12 78 30""",
        app("Dylan", "Marie", phone="+33645127830", bac=2, grad="2025-06", status="g_eu_bts_juin_2025"),
    )),
    # Noise: sms — situation — jsui en stage jusko 15 janv
    N("sms", "situation", "jsui en stage jusko 15 janv", M(
        "Chloé Besnard <chloe.besnard@example.net>", "candidature", "03 23:40",
        """bjr
licence pro obtenu en juin 2026 mais jsui en stage jusko 15 janv ds une coop d'activité
apres jveu bosser ds l'ess
chloé""",
        app("Chloé", "Besnard", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="stage_jusko_15_janv"),
    )),
    # Noise: sms — level — jai ke le bac
    N("sms", "level", "jai ke le bac", M(
        "Enzo Lemaire <enzo.lemaire@example.org>", "inscrire", "04 21:05",
        """wesh bonsoir dsl
jai ke le bac (2024) mais jai fait bcp de benevolat ds les restos du coeur, jcherch 1 emploi ds l'ess
c bon ou pa ?""",
        app("Enzo", "Lemaire", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="jai_ke_le_bac"),
    )),
    # Noise: sms — studies_finished — chui en m2 encor
    N("sms", "studies_finished", "chui en m2 encor", M(
        "Sarah Meunier <sarah.meunier@example.fr>", "question inscription", "05 20:20",
        """coucou
chui en m2 encor jusqu'a l'été, g ma licence depuis 2024 (juillet)
jveu bosser ds l'ess apres, jpeu m'inscrir mtn ?
sarah meunier""",
        app("Sarah", "Meunier", phone=None, bac=3, grad="2024-07", failing=["graduation_recent",
            "studies_finished"], status="chui_en_m2_encor"),
    )),
    # Noise: sms — graduation — diplomé dpuis sept 25
    N("sms", "graduation", "diplomé dpuis sept 25", M(
        "Mehdi Toure <mehdi.toure@example.com>", "candidature", "06 19:33",
        """bjr
master 2 gestion des asso, diplomé dpuis sept 25. jcherch activmt 1 job ds l'ess, coordo ou chargé de
projet, dispo tt de suite
mehdi touré""",
        app("Mehdi", "Toure", phone=None, bac=5, grad="2025-09", status="diplome_dpuis_sept_25"),
    )),
    # Noise: sms — situation — g commencé 1 servic civik
    N("sms", "situation", "g commencé 1 servic civik", M(
        "Jade Colin <jade.colin@example.net>", "pro'pulse", "07 18:12",
        """hello
bts esf en 2025 (juin) pi g commencé 1 servic civik en octobre pr 9 mois ds 1 asso de quartier
jpe candidaté kan mm ?
jade""",
        app("Jade", "Colin", phone=None, bac=2, grad="2025-06", failing=["not_service_civique"],
            unknown=["job_seeking_ess"], status="commence_servic_civik_octobre"),
    )),
    # Noise: sms — career_change — jété caissière 8 ans en cdi
    N("sms", "career_change", "jété caissière 8 ans en cdi", M(
        "Nadia Rocher <nadia.rocher@example.org>", "candidature", "08 22:50",
        """bonsoir
jété caissière 8 ans en cdi pui g repri les etudes, licence pro mediation obtenu juin 2026, jveu changé
de metier et bosser ds 1 asso
nadia rocher""",
        app("Nadia", "Rocher", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="caissiere_8_ans_cdi"),
    )),
    # Noise: sms — aim — nimport koi
    N("sms", "aim", "nimport koi", M(
        "Lucas Henry <lucas.henry@example.com>", "taf", "09 23:02",
        """slt
dut gea juin 2025, jcherch nimport koi comme taf, le secteur jm'en fiche
lucas""",
        app("Lucas", "Henry", phone=None, bac=2, grad="2025-06", unknown=["job_seeking_ess"],
            status="nimport_koi_taf"),
    )),
    # Noise: sms — graduation — got my degree in june 25
    N("sms", "graduation", "got my degree in june 25", M(
        "Priya Nair <priya.nair@example.org>", "propulse", "10 21:45",
        """hi!! got my degree in june 25, masters in social economy (lyon). looking 4 a job in ess orgs,
co-ops etc. can u help? thx
priya""",
        app("Priya", "Nair", phone=None, bac=5, grad="2025-06", language="en",
            status="got_degree_june_25"),
    )),
    # Noise: sms — situation — doing an internship til march
    N("sms", "situation", "doing an internship til march", M(
        "Owen Clarke <owen.clarke@example.net>", "program", "11 22:30",
        """hey, bachelor done july 2026, rn im doing an internship til march at a food bank. want a job in
the social economy after. can i sign up?
owen""",
        app("Owen", "Clarke", phone=None, bac=3, grad="2026-07", failing=["not_internship"], language="en",
            status="internship_til_march"),
    )),
    # Noise: sms — kind — c koi les conditions
    N("sms", "kind", "c koi les conditions", M(
        "kevin.b@example.fr", "?", "12 20:10",
        """bjr c koi les conditions pr entrer ds pro'pulse ? faut un diplome ?""",
        question(),
    )),
    # Noise: sms — kind — ok jsrai la mardi
    N("sms", "kind", "ok jsrai la mardi", M(
        "Yanis Faure <yanis.faure@example.com>", "Re: Atelier CV Pro'pulse", "12 21:00",
        """ok jsrai la mardi mrc

> Le 11 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Nous vous attendons mardi 17 novembre à 10 h pour l'atelier CV.""",
        reply(), headers={"In-Reply-To": "<atelier.0981@animafac.net>"},
    )),
    # Noise: sms — kind — ya 1 soirée
    N("sms", "kind", "ya 1 soirée", M(
        "BDE Solidaire <bde.solidaire@example.org>", "soirée asso", "13 19:00",
        """slt l'équipe, ya 1 soirée des assos le 4 déc à la fac, vs voulez tenir 1 stand ? repondez vite""",
        other(),
    )),
    # Noise: dictation — graduation — deux mille vingt-cinq
    N("dictation", "graduation", "en juin deux mille vingt-cinq", M(
        "Gérard Poulain <gerard.poulain@example.fr>", "Candidature de mon fils", "14 08:40",
        """bonjour je vous écris pour mon fils Mathéo Poulain virgule il a eu son master de droit social
en juin deux mille vingt-cinq point il cherche un travail dans une association ou une mutuelle point à la
ligne son adresse c'est matheo point poulain arobase example point com point à la ligne merci beaucoup
Gérard Poulain""",
        app("Mathéo", "Poulain", phone=None, bac=5, grad="2025-06", email="matheo.poulain@example.com",
            forwarded_by="gerard.poulain@example.fr", status="pere_dictee_master_2025"),
    )),
    # Noise: dictation — situation — je suis en service civique depuis septembre
    N("dictation", "situation", "je suis en service civique depuis septembre", M(
        "Alice Guerin <alice.guerin@example.org>", "candidature", "14 12:15",
        """bonjour je m'appelle Alice Guérin j'ai une licence de sociologie obtenue en juillet deux mille
vingt-six et je suis en service civique depuis septembre dans une association de lutte contre
l'illettrisme point à la ligne je voudrais savoir si je peux rejoindre le programme point merci""",
        app("Alice", "Guerin", phone=None, bac=3, grad="2026-07", failing=["not_service_civique"],
            unknown=["job_seeking_ess"], status="dictee_service_civique_septembre"),
    )),
    # Noise: dictation — level — bac plus deux
    N("dictation", "level", "bac plus deux", M(
        "Rachid Amrani <rachid.amrani@example.com>", "candidature Pro'pulse", "15 09:05",
        """bonjour j'ai un bac plus deux un BTS économie sociale familiale que j'ai eu en juin deux mille
vingt-cinq je cherche un poste de conseiller dans une association d'accès au logement virgule je suis
disponible tout de suite point Rachid Amrani zéro six douze trente-quatre cinquante-six soixante-dix-huit""",
        app("Rachid", "Amrani", phone="+33612345678", bac=2, grad="2025-06", status="dictee_bac_plus_deux"),
    )),
    # Noise: dictation — career_change — pendant quinze ans
    N("dictation", "career_change", "j'ai été boulanger pendant quinze ans", M(
        "Patrick Lenoir <patrick.lenoir@example.net>", "candidature", "15 17:20",
        """bonjour point à la ligne j'ai été boulanger pendant quinze ans à mon compte et j'ai passé un
master management des organisations de l'ESS que j'ai eu en septembre deux mille vingt-six je veux
changer complètement de vie et travailler dans une coopérative point Patrick Lenoir""",
        app("Patrick", "Lenoir", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="dictee_boulanger_quinze_ans"),
    )),
    # Noise: dictation — graduation — deux mille vingt-deux
    N("dictation", "graduation", "en deux mille vingt-deux", M(
        "Fatou Diallo <fatou.diallo@example.org>", "candidature", "16 10:40",
        """bonjour j'ai eu mon DUT carrières sociales en deux mille vingt-deux et depuis j'ai travaillé
comme animatrice périscolaire je cherche maintenant un emploi stable dans une association d'éducation
populaire point à la ligne Fatou Diallo""",
        app("Fatou", "Diallo", phone=None, bac=2, grad="2022", failing=["graduation_recent"],
            status="dictee_dut_2022"),
    )),
    # Noise: dictation — studies_finished — il me reste mon mémoire à rendre
    N("dictation", "studies_finished", "il me reste mon mémoire à rendre", M(
        "Bruno Keller <bruno.keller@example.fr>", "Pro'pulse", "16 18:05",
        """bonjour j'ai une licence en économie depuis juin deux mille vingt-cinq et je suis en master deux
il me reste mon mémoire à rendre en mars point à la ligne je cherche un emploi dans l'économie sociale et
solidaire après point merci Bruno Keller""",
        app("Bruno", "Keller", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="dictee_memoire_a_rendre"),
    )),
    # Noise: dictation — aim — dans une banque ou une assurance
    N("dictation", "aim", "dans une banque ou une assurance", M(
        "Sophie Marchand <sophie.marchand@example.com>", "candidature", "17 08:25",
        """bonjour je suis diplômée d'un master de finance depuis septembre deux mille vingt-cinq je cherche
un poste de contrôleuse de gestion dans une banque ou une assurance virgule plutôt à Paris point à la
ligne Sophie Marchand""",
        app("Sophie", "Marchand", phone=None, bac=5, grad="2025-09", failing=["job_seeking_ess"],
            status="dictee_banque_assurance"),
    )),
    # Noise: dictation — graduation — June twenty twenty-six
    N("dictation", "graduation", "in June twenty twenty-six", M(
        "Daniel Okafor <daniel.okafor@example.net>", "application", "17 14:10",
        """hello my name is Daniel Okafor I finished my master's in development studies in June twenty
twenty-six full stop new paragraph I am looking for a job in a non-profit or a cooperative in France in the
social and solidarity economy full stop thank you""",
        app("Daniel", "Okafor", phone=None, bac=5, grad="2026-06", language="en",
            status="dictation_june_2026"),
    )),
    # Noise: dictation — situation — my civic service ends in December
    N("dictation", "situation", "my civic service ends in December", M(
        "Grace Mensah <grace.mensah@example.org>", "propulse application", "18 09:30",
        """hi I have a bachelor in social work from July twenty twenty-five comma my civic service ends in
December full stop I would like to work for an association after that full stop Grace""",
        app("Grace", "Mensah", phone=None, bac=3, grad="2025-07", failing=["not_service_civique"],
            language="en", status="dictation_civic_service_ends"),
    )),
    # Noise: dictation — kind — est-ce que le programme est gratuit
    N("dictation", "kind", "est-ce que le programme est gratuit", M(
        "Martine Vial <martine.vial@example.fr>", "question", "18 11:00",
        """bonjour est-ce que le programme est gratuit point d'interrogation et combien de temps il dure
point d'interrogation merci""",
        question(),
    )),
    # Noise: dictation — kind — je suis absente jusqu'au trente novembre
    N("dictation", "kind", "je suis absente jusqu'au trente novembre", M(
        "Carole Dumas <carole.dumas@example.org>", "Réponse automatique", "18 12:00",
        """bonjour je suis absente jusqu'au trente novembre point je répondrai à votre message à mon
retour point""",
        auto_reply(),
    )),
    # Noise: dictation — kind — oui je confirme ma présence
    N("dictation", "kind", "oui je confirme ma présence", M(
        "Malik Bensaid <malik.bensaid@example.com>", "Re: Entretien Pro'pulse", "19 08:15",
        """oui je confirme ma présence lundi à neuf heures point merci

> Le 18 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Pouvez-vous confirmer l'entretien de lundi 23 novembre à 9 h ?""",
        reply(), headers={"In-Reply-To": "<entretien.1181@animafac.net>"},
    )),
    # Noise: dictation — kind — retrouvez notre podcast
    N("dictation", "kind", "retrouvez notre podcast", M(
        "Radio Solidaire <podcast@radiosolidaire.example.org>", "Nouvel épisode", "19 07:00",
        """Transcription de l'épisode douze point retrouvez notre podcast sur les coopératives d'habitants
chaque mardi point pour vous désabonner cliquez ici""",
        newsletter(),
    )),
    # Noise: dictation — kind — vous pouvez relayer
    N("dictation", "kind", "vous pouvez relayer", M(
        "Mairie de Saint-Genis <jeunesse@saintgenis.example.fr>", "forum emploi", "19 10:00",
        """bonjour nous organisons un forum de l'emploi le douze décembre à la salle des fêtes virgule
vous pouvez relayer l'information auprès de vos jeunes point merci le service jeunesse""",
        other(),
    )),
]
