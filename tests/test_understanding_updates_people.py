"""A third party presenting a person, then that person's own mail (the updates corpus's slice u-people,
stop 51): the presented person is read by what the writer tells of her role toward them (a tutor, a
teacher «of» someone named), by a learner of hers named in full, by a pronoun she vouches for, and a
«me» that hangs on another verb («je me permets de vous présenter…») no longer reads as the writer
presenting herself. Guards: the writer's own tutor, a noun of recommending, a writer presenting herself.
Phrasings of our own."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message

from intake.extract import extract_message


def _read(body: str, *, name: str = "Sophie Garnier", addr: str = "s.garnier@lycee-x.example.org") -> Any:
    raw = make_message(body, from_name=name, from_addr=addr, subject="Une candidate pour vous")
    return extract_message(raw, today=date(2026, 11, 26))  # type: ignore[arg-type]


def test_a_reflexive_me_of_permettre_does_not_make_the_writer_the_person_presented() -> None:
    result = _read(
        "Bonjour,\nJe me permets de vous présenter Bastien Loiseau, titulaire depuis juillet 2026 d'un "
        "master de géographie. Il voudrait rejoindre une coopérative d'habitants. Son adresse : "
        "bastien.loiseau@laposte.net.\nSophie Garnier"
    )
    assert result["situation"]["forwarded_by"] == "s.garnier@lycee-x.example.org"
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Bastien", "Loiseau")


def test_an_english_introduction_after_allow_me_presents_the_person_named() -> None:
    result = _read(
        "Hello,\nPlease allow me to introduce Nadia Ferhat, who completed her MSc in ecology in June 2026. "
        "She hopes to work for an environmental charity. You can reach her at nadia.ferhat@gmail.com.\n"
        "Sophie Garnier",
        name="Sophie Garnier",
    )
    assert result["situation"]["forwarded_by"] == "s.garnier@lycee-x.example.org"


def test_a_tutor_telling_she_was_the_tutor_of_someone_named_presents_that_person() -> None:
    result = _read(
        "Bonjour,\nJ'ai été la professeure principale de Hugo Ferrand en terminale, au lycée Jean Macé. "
        "Il a eu son BUT carrières sociales en juin 2026 et il cherche un emploi d'animateur dans une "
        "association.\nSophie Garnier"
    )
    assert result["situation"]["forwarded_by"] == "s.garnier@lycee-x.example.org"
    assert result["applicant"]["first_name"] == "Hugo"
    assert result["applicant"]["email"] is None


def test_a_teacher_naming_her_former_pupil_in_full_presents_that_pupil() -> None:
    result = _read(
        "Bonjour,\nMon ancien étudiant Romain Dubreuil a validé sa licence de sociologie en juin 2026 et "
        "cherche une mission dans une association de quartier. Écrivez-lui à romain.dubreuil@gmail.com.\n"
        "Sophie Garnier"
    )
    assert result["situation"]["forwarded_by"] == "s.garnier@lycee-x.example.org"
    assert result["applicant"]["email"] == "romain.dubreuil@gmail.com"


def test_vouching_for_him_by_a_pronoun_presents_the_person_told_of() -> None:
    result = _read(
        "Bonjour,\nJ'ai eu Mathis Caron en cours de DEUST l'an passé. Il a obtenu son diplôme en juin 2026, "
        "il cherche un poste dans une régie de quartier et je le recommande sans réserve. Son adresse : "
        "mathis.caron@free.fr.\nSophie Garnier"
    )
    assert result["situation"]["forwarded_by"] == "s.garnier@lycee-x.example.org"


def test_a_writer_naming_her_own_tutor_presents_nobody() -> None:
    result = _read(
        "Bonjour,\nJe suis en fin de master d'économie sociale, soutenu en juin 2026. Ma tutrice de Marie "
        "Curie m'a parlé de vous et je cherche un poste dans une SCOP.\nSophie Garnier",
        addr="sophie.garnier@gmail.com",
    )
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["first_name"] == "Sophie"


def test_a_recommendation_told_as_a_noun_presents_nobody() -> None:
    result = _read(
        "Bonjour,\nJ'ai un master de droit social obtenu en juin 2026 et je cherche un emploi dans une "
        "mutuelle. Elle m'a donné la recommandation de vous écrire, ma conseillère.\nSophie Garnier",
        addr="sophie.garnier@gmail.com",
    )
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["first_name"] == "Sophie"


def test_a_writer_presenting_herself_after_je_me_permets_is_still_herself() -> None:
    result = _read(
        "Bonjour,\nJe me permets de me présenter : Sophie Garnier, licence de psychologie en juin 2026, je "
        "cherche un emploi dans une association d'aide aux familles.\nSophie Garnier",
        addr="sophie.garnier@gmail.com",
    )
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["first_name"] == "Sophie"


def test_a_referrer_giving_her_own_number_after_the_person_s_keeps_the_person_s_number() -> None:
    result = _read(
        "Bonjour,\nJe suis conseillère à la mission locale de Brest. Je vous présente Coralie Besnard, qui a "
        "obtenu son DUT GEA en juin 2026. Elle cherche un emploi dans une coopérative.\nSes coordonnées : "
        "coralie.besnard@free.fr, 06 22 41 87 30. Les miennes : 02 98 00 11 22.\nSophie Garnier"
    )
    assert result["applicant"]["phone"] == "+33622418730"


def test_a_sister_adding_her_own_number_keeps_her_brother_s_mobile() -> None:
    result = _read(
        "Bonjour,\nJe vous écris pour mon petit frère, Jules Royer, qui a obtenu son BTS en juin 2026 à Lyon."
        " Il cherche un poste dans une ressourcerie. Son adresse : jules.royer@gmail.com, son portable : "
        "07 81 45 22 90. Moi, vous pouvez me joindre au 06 70 12 34 56.\nSophie Garnier",
        addr="sophie.garnier@free.fr",
    )
    assert result["situation"]["forwarded_by"] == "sophie.garnier@free.fr"
    assert result["applicant"]["phone"] == "+33781452290"


def test_a_person_a_tutor_names_after_an_elided_de_is_the_applicant() -> None:
    result = _read(
        "Bonjour,\nJe suis la référente d'Élodie Marchetti à la mission locale. Élodie a un BTS SP3S depuis "
        "juin 2025 et cherche un poste dans une association d'aide à domicile. Son adresse : "
        "elodie.marchetti@gmail.com.\nSophie Garnier"
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Élodie", "Marchetti")


def test_a_writer_seeking_for_herself_keeps_her_own_number_before_her_mother_s() -> None:
    result = _read(
        "Bonjour,\nJ'ai une licence de géographie (juin 2026) et je cherche un emploi dans une association "
        "d'éducation à l'environnement. Mon numéro : 06 11 22 33 44 ; celui de ma mère : 06 55 66 77 88.\n"
        "Sophie Garnier",
        addr="sophie.garnier@gmail.com",
    )
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["phone"] == "+33611223344"


def _kind(body: str, *, subject: str = "Relance", name: str = "Julie Marchal") -> str:
    raw = make_message(body, from_name=name, from_addr="emploi@scop-bati.example.org", subject=subject)
    return str(extract_message(raw, today=date(2026, 11, 26))["kind"])


def test_an_employer_following_up_on_its_vacancy_is_other_mail_not_an_application() -> None:
    body = (
        "Bonjour,\nJe reviens vers vous pour notre offre d'éducateurs spécialisés : nous n'avons eu qu'une "
        "candidature jusqu'ici. Elle reste ouverte jusqu'au 31 janvier. Merci d'avance pour le relais !\n"
        "Julie Marchal\nSCOP Bâti Solidaire"
    )
    assert _kind(body) == "other"


def test_an_english_employer_chasing_its_vacancy_is_other_mail() -> None:
    body = (
        "Hello,\nJust a reminder about our opening for two youth workers: only one application has come in "
        "so far and it closes on 20 December. Thanks for passing it on to your cohort!\nJulie"
    )
    assert _kind(body, subject="Reminder: volunteer coordinator") == "other"


def test_a_graduate_thanking_for_the_spreading_of_her_cv_still_applies() -> None:
    body = (
        "Bonjour,\nMerci pour la diffusion de mon profil la semaine dernière. J'ai un master d'économie "
        "sociale obtenu en juin 2026 et je cherche toujours un poste dans une SCOP.\nJulie Marchal"
    )
    assert _kind(body, subject="Ma candidature") == "application"


def _names(body: str, *, name: str, addr: str) -> tuple[str, str]:
    raw = make_message(body, from_name=name, from_addr=addr, subject="Ma candidature, nouveau nom")
    applicant = extract_message(raw, today=date(2026, 11, 26))["applicant"]
    return applicant["first_name"], applicant["last_name"]


def test_a_married_name_signed_nee_the_mailbox_s_name_is_the_family_name_now_used() -> None:
    body = (
        "Bonjour,\nDepuis mon mariage en octobre, merci d'utiliser mon nom d'épouse pour mon dossier. J'ai "
        "un BUT GEA (juin 2025) et je cherche un poste de gestionnaire dans une mutuelle.\n"
        "Manon Lefèvre (née Dupuis)\n06 45 12 78 90"
    )
    assert _names(body, name="Manon Dupuis", addr="manon.dupuis@free.fr") == ("Manon", "Lefèvre")


def test_an_english_married_name_signed_under_the_old_mailbox_is_used() -> None:
    body = (
        "Hello,\nA quick update: I got married last month and now go by my married name. I hold a BA in "
        "social policy (2026) and I'm looking for a job in a housing charity.\nBest,\nGrace Whitfield"
    )
    assert _names(body, name="Grace Okafor", addr="grace.okafor@gmail.com") == ("Grace", "Whitfield")


def test_a_birth_year_after_nee_changes_no_family_name() -> None:
    body = (
        "Bonjour,\nJe suis née en 2001 à Nantes, j'ai une licence de sociologie (juin 2026) et je cherche un "
        "emploi dans une association.\nManon Lefèvre"
    )
    assert _names(body, name="Manon Dupuis", addr="manon.dupuis@free.fr") == ("Manon", "Dupuis")


def test_a_person_presented_untagged_is_named_by_the_address_the_note_gives() -> None:
    result = _read(
        "Bonjour,\nJe suis chargée d'insertion dans une régie de quartier. Je me permets de vous présenter "
        "Kwame Asante, 27 ans, salarié en insertion chez nous depuis mai. Il a un BTS obtenu en juin 2025 et "
        "voudrait devenir encadrant technique. Vous pouvez le joindre à kwame.asante@example.org.\n"
        "Sophie Garnier"
    )
    assert result["situation"]["forwarded_by"] == "s.garnier@lycee-x.example.org"
    assert result["applicant"]["first_name"] == "Kwame"
    assert result["applicant"]["email"] == "kwame.asante@example.org"
