"""Words taken back later in the mail (the repairs corpus, r-later): a retraction («oubliez ce que je disais
sur…», "please disregard the line about…") withdraws what was said before of the thing it names; what the
writer says after it holds, and a thing of theirs of which nothing more is said is asked."""

from __future__ import annotations

from reading_day import extracted, status


def test_an_internship_withdrawn_then_told_over_is_no_internship() -> None:
    result = extracted(
        "Bonjour,\n\nJe fais un stage à la médiathèque de Bron et j'ai un BUT Carrières sociales obtenu "
        "en juin 2026.\n\nDésolé, ne tenez pas compte de ce que j'ai écrit sur mon stage : il s'est "
        "terminé en août. Je cherche un poste d'animateur dans une association de quartier.\n\nLucas Perret"
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_withdrawn_then_told_over_in_english_is_no_internship() -> None:
    result = extracted(
        "Hello,\n\nI am doing an internship at a housing charity and I got my BA in sociology in June "
        "2026.\n\nOops, ignore what I said about my internship: it ended in August. I'm looking for a "
        "job in a cooperative.\n\nLucas Perret",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_civic_service_withdrawn_as_never_the_writers_is_gone() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis en service civique dans une épicerie solidaire et j'ai une licence d'histoire "
        "obtenue en juin 2026.\n\nEt puis oubliez la phrase sur un service civique, c'est celui de mon "
        "colocataire. Je cherche un emploi dans une association culturelle.\n\nLucas Perret"
    )
    assert status(result, "not_service_civique") == "met"


def test_a_civic_service_withdrawn_in_english_as_never_the_writers_is_gone() -> None:
    result = extracted(
        "Hello,\n\nI'm on a service civique at a youth hostel and I hold a master's in geography from June "
        "2026.\n\nPlease disregard the sentence about a service civique, it was my flatmate's. I'm looking "
        "for a job in an association.\n\nLucas Perret",
        subject="Application",
    )
    assert status(result, "not_service_civique") == "met"


def test_the_writers_own_civic_service_withdrawn_with_nothing_after_is_asked() -> None:
    result = extracted(
        "Hello,\n\nFurther to my first mail: please disregard what I wrote about my service civique. I had "
        "said it was over. More soon.\n\nI hold a BA in law from June 2026 and want to work in a charity."
        "\n\nLucas Perret",
        subject="Application",
    )
    assert status(result, "not_service_civique") == "unknown"


def test_the_writers_own_internship_withdrawn_with_nothing_after_is_asked() -> None:
    result = extracted(
        "Bonjour,\n\nSuite à mon premier mail : ne tenez pas compte de ce que j'ai écrit sur mon stage. "
        "J'avais écrit qu'il était fini. Je reviens vers vous.\n\nJ'ai une licence de droit obtenue en "
        "juin 2026 et je cherche un emploi dans une association.\n\nLucas Perret"
    )
    assert status(result, "not_internship") == "unknown"


def test_an_ess_search_withdrawn_is_no_longer_read() -> None:
    result = extracted(
        "Bonjour,\n\nLicence de gestion (juin 2026). Je cherche un poste dans l'ESS.\n\nAh, et effacez ma "
        "phrase sur l'ESS : on m'a embauché hier dans un cabinet d'audit.\n\nLucas Perret"
    )
    assert status(result, "job_seeking_ess") != "met"


def test_an_ess_search_withdrawn_in_english_is_no_longer_read() -> None:
    result = extracted(
        "Hello,\n\nBA in management, June 2026. I'm looking for a job in the ESS.\n\nActually, please ignore "
        "the line about the ESS: an audit firm hired me yesterday.\n\nLucas Perret",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") != "met"


def test_a_graduation_date_withdrawn_leaves_the_date_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un BTS Support à l'action managériale obtenu en 2025. Mais oubliez ce que j'ai "
        "écrit sur la date, je dois vérifier sur mon relevé.\n\nJe cherche un poste d'assistante dans une "
        "mutuelle.\n\nLucas Perret"
    )
    assert status(result, "graduation_recent") == "unknown"


def test_a_graduation_year_withdrawn_in_english_leaves_the_date_open() -> None:
    result = extracted(
        "Hello,\n\nI have a BTS in management from 2025. Please disregard what I said about the year, I must "
        "check my transcript.\n\nI'm looking for a job in a cooperative.\n\nLucas Perret",
        subject="Application",
    )
    assert status(result, "graduation_recent") == "unknown"


def test_an_ignorance_denied_is_no_retraction() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis en stage dans une régie de quartier jusqu'en mars ; je n'ignore pas que c'est "
        "un frein. J'ai une licence pro obtenue en juin 2026 et je cherche un emploi dans l'ESS.\n\n"
        "Lucas Perret"
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_an_adviser_wrote_and_the_applicant_denies_gives_way_to_its_end() -> None:
    result = extracted(
        "Bonjour,\n\nJe vous oriente Léo Garnier, BTS SP3S (juin 2026), actuellement en stage dans un EHPAD. "
        "Il cherche un emploi dans une association d'aide à domicile : leo.garnier@example.org, 06 12 34 "
        "56 78.\n\nIl m'a demandé d'ajouter : « j'ai vu que vous aviez mis \"en stage\", ce n'est plus "
        "vrai, mon stage s'est arrêté le 6 novembre. »\n\nClaire Morel, conseillère mission locale",
        subject="Orientation : Léo Garnier",
        from_name="Claire Morel",
        from_addr="c.morel@missionlocale-exemple.example.fr",
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_an_adviser_wrote_and_the_applicant_calls_out_of_date_gives_way_to_its_end() -> None:
    result = extracted(
        "Hello,\n\nPlease meet Leo Garner, BA in social work (June 2026), currently an intern at a food "
        "bank. He is looking for a job in a charity: leo.garner@example.org, 06 12 34 56 78.\n\nHe asked "
        "me to add: 'you wrote \"intern\", that is out of date, my internship ended on 6 November.'"
        "\n\nClaire Morel, youth adviser, mission locale",
        subject="Referral: Leo Garner",
        from_name="Claire Morel",
        from_addr="c.morel@missionlocale-exemple.example.fr",
    )
    assert status(result, "not_internship") == "met"


def test_a_course_the_letter_tells_ongoing_gives_way_to_a_correcting_postscript_telling_it_obtained() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis toujours en licence pro Coordination de projets d'animation à Nantes et je "
        "cherche un emploi dans une association d'éducation populaire.\n\nLucas Perret\n\nCorrection : "
        "j'ai écrit « toujours en licence pro » par réflexe, la licence pro est validée depuis septembre "
        "2026."
    )
    assert status(result, "studies_finished") == "met"


def test_a_course_the_letter_tells_ongoing_gives_way_to_an_edit_telling_it_awarded() -> None:
    result = extracted(
        "Hello,\n\nI am still a student on the master's in Social Economy at Lyon 2 and I'm looking for a "
        "job in a cooperative.\n\nLucas Perret\n\nEdit: my mistake, the master's was awarded in October "
        "2026, I'm no longer enrolled.",
        subject="Application",
    )
    assert status(result, "studies_finished") == "met"


def test_a_postscript_adding_another_diploma_leaves_the_course_ongoing() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis en master 2 Économie sociale à Rennes et je cherche un emploi dans une "
        "coopérative.\n\nLucas Perret\n\nPS : correction, ma licence d'économie a été obtenue en 2025, pas "
        "en 2024."
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_phone_a_correcting_postscript_gives_replaces_the_letters() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un BTS SP3S obtenu en juin 2025 et je cherche un poste dans une association.\n\n"
        "Mon numéro : 06 31 72 48 95.\n\nLucas Perret\n\nPS : coquille dans mon numéro, le bon est le "
        "06 13 72 48 95."
    )
    assert result["applicant"]["phone"] == "+33613724895"


def test_a_phone_an_edit_gives_replaces_the_letters_not_the_one_it_denies() -> None:
    result = extracted(
        "Hello,\n\nI hold a BTS in management from June 2025 and I'm looking for a job in a charity.\n\n"
        "Phone: 07 44 18 26 53\n\nLucas Perret\n\nEdit: typo, not 07 44 18 26 53 but 07 44 81 26 53.",
        subject="Application",
    )
    assert result["applicant"]["phone"] == "+33744812653"
