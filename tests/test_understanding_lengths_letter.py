"""Long letters, pasted résumés and mails of many matters (tuner t-letter, stop 45): a diploma named as the
course an internship or a work-study contract served is no diploma had when its own line names it
(placement_course.py); an end told «courant décembre» read in November is open, as «début décembre» is; a
writer presenting their own path or handing their document to an office that will pass it on presents
nobody; a résumé typed under the sender's own name is the writer's own search. Phrasings of their own,
French and English, read through `propulse extract`'s path."""

from __future__ import annotations

from reading_day import extracted, kind, names, status

AIM = "Je cherche un emploi dans une coopérative."


def _resume(experience: str, education: str, head: str = "INÈS MARTIN") -> str:
    return (
        "Bonjour, mon CV est ci-dessous, la pièce jointe ne passait pas.\n\n"
        f"{head}\nLille – 06 12 34 56 78\n\nEXPÉRIENCES\n{experience}\n\nFORMATION\n{education}\n\n"
        "RECHERCHE\nUn poste de chargée de projet dans une association ou une SCOP.\n\nMerci,\nInès"
    )


def test_an_internship_named_after_the_first_year_of_a_master_still_followed_gives_no_m1() -> None:
    body = _resume(
        "Mars – juillet 2026 : stage de M1 – chargée de projet, SCOP de conseil, Roubaix",
        "2025 – 2027 : Master Économie sociale (M2 en cours) – Université de Lille\n"
        "Juin 2025 : Licence Sociologie – Université de Lille",
    )
    education = extracted(body)["education"]
    assert (education["bac_plus"], education["graduation"]) == (3, "2025-06")


def test_a_work_study_contract_of_a_licence_pro_leaves_the_year_its_own_line_gives() -> None:
    body = _resume(
        "Septembre 2023 – juin 2024 : alternance (licence pro) – maison de quartier des Bois-Blancs",
        "Licence professionnelle Coordination de projets – 2024 – IUT de Tourcoing\nBac ES – 2021",
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2024"
    assert status(result, "graduation_recent") == "unknown"


def test_a_work_study_contract_alone_still_tells_the_course_it_served() -> None:
    # Guard: nothing else names the BTS, so the placement's course is kept as read: the bac is not the
    # highest diploma.
    body = _resume(
        "2022 – 2024 : alternance (BTS Négociation) – magasin d'alimentation bio, Lille",
        "2022 : Baccalauréat STMG – Lycée Faidherbe",
    )
    assert extracted(body)["education"]["bac_plus"] == 2


def test_a_civic_service_ending_sometime_next_month_is_left_open() -> None:
    body = _resume(
        "Service civique – association de soutien scolaire, depuis mai 2026, fin courant décembre",
        "Juin 2025 : BTS SP3S – Lycée Baggio, Lille",
    )
    assert status(extracted(body), "not_service_civique") == "unknown"


def test_an_english_civic_service_ending_sometime_next_month_is_left_open() -> None:
    body = (
        "Hello, I completed my HND in June 2025. I am on a service civique with a youth charity and it ends "
        "sometime in December. I am looking for a job with a cooperative."
    )
    assert status(extracted(body), "not_service_civique") == "unknown"


def test_a_civic_service_ending_sometime_in_march_runs_now() -> None:
    # Guard: an end months ahead, its day unsaid, is still ahead of today whatever the day.
    body = _resume(
        "Service civique – association de soutien scolaire, depuis octobre 2026, fin courant mars",
        "Juin 2025 : BTS SP3S – Lycée Baggio, Lille",
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_presenting_ones_own_path_to_the_reader_presents_nobody() -> None:
    body = (
        "Bonjour, j'aimerais rejoindre votre programme.\n\nPour vous présenter en quelques mots mon "
        "parcours : après le lycée, j'ai été vendeuse à Lille puis à Douai, avant de reprendre mes études. "
        f"J'ai obtenu une licence de psychologie en juin 2026. {AIM}\n\nInès Martin\n06 12 34 56 78"
    )
    result = extracted(body)
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["phone"] == "+33612345678"


def test_an_english_writer_introducing_their_own_background_presents_nobody() -> None:
    body = (
        "Hello, I would like to join your programme. To introduce you briefly to my background: after school "
        "I waited tables in York, then went back to study. I completed a BA in psychology in June 2026. I am "
        "looking for a job with a cooperative.\n\nInès Martin\n06 12 34 56 78"
    )
    result = extracted(body)
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["phone"] == "+33612345678"


def test_a_document_an_office_will_pass_on_is_the_writers_own() -> None:
    body = (
        "Bonjour, voici mon parcours. S'il vous faut une copie papier, je peux aussi la déposer au point "
        "information jeunesse de Douai, qui vous la transmettra. J'ai obtenu un BTS SP3S en juin 2025. "
        f"{AIM}\n\nInès Martin\n06 12 34 56 78"
    )
    result = extracted(body)
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["phone"] == "+33612345678"


def test_presenting_a_named_nephew_is_still_a_referral() -> None:
    # Guard: the object of the act is a person with a name, no thing of the writer's.
    body = (
        "Bonjour, je vous présente mon neveu Karim Haddad, qui a obtenu son BTS en juin 2025 et cherche un "
        "emploi dans une association.\n\nInès Martin"
    )
    assert extracted(body)["situation"]["forwarded_by"] == "ines.martin@example.org"


def test_a_resume_typed_under_the_senders_name_with_partnership_words_is_an_application() -> None:
    body = (
        "Bonjour, le fichier ne s'ouvrait pas, alors je le recopie ici.\n\nTOM RIDEL\n"
        "Amiens – 07 11 22 33 44\n\n"
        "FORMATION\n2025 : BTS Économie sociale familiale – Lycée de l'Acheuléen\n\nEXPÉRIENCES\n"
        "2026 : organisation d'une fête de quartier en partenariat avec le centre social\n\n"
        "COMPÉTENCES\nTravail en réseau et en partenariat\n\nPROJET\nTrouver un poste d'animateur dans une "
        "association de la métropole amiénoise.\n\nTom"
    )
    assert kind(body, "CV – Tom Ridel") == "application"


def test_a_pasted_resume_headed_in_capitals_keeps_the_given_name_first() -> None:
    body = (
        "Bonjour, je colle mon CV ici.\n\nÉLODIE FAURE\n"
        "Nantes – 06 22 44 66 88 – elodie.faure@example.org\n\n"
        "FORMATION\nJuin 2026 : Licence Géographie – Université de Nantes\n\nRECHERCHE\nUn poste dans une "
        "association de quartier.\n\nBien à vous,\nÉlodie Faure"
    )
    result = extracted(body, from_name="Élodie Faure", from_addr="elodie.faure@example.org")
    assert names(result) == ("Élodie", "Faure")


def test_a_signature_with_the_family_name_first_in_capitals_still_reads_it_as_such() -> None:
    # Guard: capitals the writer gives the family name in the signature itself still mark it.
    body = (
        "Bonjour, j'ai obtenu ma licence de géographie en juin 2026 et je cherche un poste dans une "
        "association de quartier.\n\nBien à vous,\nFAURE Élodie"
    )
    result = extracted(body, from_name="elodie.faure", from_addr="elodie.faure@example.org")
    assert names(result) == ("Élodie", "Faure")


_OWN = "Bonjour, j'ai obtenu mon BTS ESF en juin 2025 et je cherche un emploi dans une association. "


def test_a_friends_internship_told_after_a_topic_label_is_hers_not_the_writers() -> None:
    # «Dernier point :» heads the sentence; the relative clause is the friend's, however it is parsed.
    body = (
        f"{_OWN}Dernier point : une amie de ma promo, qui finit en ce moment un stage à la mairie de Lens, "
        "voudrait savoir si elle peut s'inscrire elle aussi."
    )
    result = extracted(body)
    assert status(result, "not_internship") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_the_writers_own_internship_after_a_topic_label_is_still_theirs() -> None:
    # Guard: the relative clause takes up the writer's own internship.
    body = f"{_OWN}Autre point : mon stage, qui se termine en mars, est à mi-temps."
    assert status(extracted(body), "not_internship") == "not_met"


def test_a_master_whose_line_awaits_the_jury_is_not_had_though_its_period_ends_this_year() -> None:
    body = _resume(
        "2026 : stage de six mois, centre social de Trélazé",
        "2025 – 2026 : Master Développement social – Université d'Angers ; mémoire soutenu le 6 novembre "
        "2026, délibération du jury attendue\n2022 – 2025 : Licence Sociologie – Université d'Angers",
    )
    result = extracted(body)
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (3, "2025")
    assert status(result, "studies_finished") == "unknown"


def test_a_bts_failed_once_then_obtained_on_one_line_is_still_had() -> None:
    # Guard: a diploma failed before is no decision still to come; the later success stands.
    body = _resume(
        "2024 – 2025 : vendeuse, magasin de sport, Lille",
        "BTS MCO obtenu en juin 2024 (raté une première fois en 2023) – Lycée Baggio",
    )
    assert extracted(body)["education"]["bac_plus"] == 2


def test_a_work_study_course_followed_now_beside_a_licence_keeps_the_studies_running() -> None:
    # Guard: the course of an apprenticeship running now is studies going on, not a diploma line to drop.
    body = (
        "Bonjour, licence de sociologie obtenue en juin 2025, je suis désormais en apprentissage BPJEPS "
        f"dans un centre social jusqu'en septembre 2027. {AIM}"
    )
    assert status(extracted(body), "studies_finished") == "not_met"
