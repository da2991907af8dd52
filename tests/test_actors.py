"""Actors: dictionary names with dated roles, metonyms, short names, pronouns and descriptions."""

from __future__ import annotations

import datetime as dt

from eventwire.resources.actors import load_actors


def actors_by_text(record) -> dict[str, tuple]:
    out = {}
    for q in record.quotes:
        if q.speaker:
            out[q.speaker.text] = (q.speaker.name, q.speaker.country, q.speaker.sector)
    for e in record.entities:
        if e.actor:
            out.setdefault(e.text, (e.actor.name, e.actor.country, e.actor.sector))
    return out


def test_dated_roles_follow_the_publication_date():
    putin = load_actors().lookup("Vladimir Putin")
    assert putin.code_on(dt.date(2023, 9, 17)) == "RUSGOV"
    assert putin.code_on(dt.date(1995, 1, 1)) == "RUSELI"


def test_a_countrys_people_are_named_by_its_adjectives_plural():
    book = load_actors()
    assert [book.lookup(p).name for p in ("Iraqis", "Albanians", "Ukrainians", "Pakistanis")] == [
        "Iraq", "Albania", "Ukraine", "Pakistan"]
    assert book.lookup("Irans") is None and book.lookup("Japans") is None  # a country's name is no adjective


def test_people_named_by_nationality_act(run):
    record = run("Hundreds of Iraqis protested in Baghdad on Friday.")
    assert [(e.actor.country, e.cameo[:2]) for e in record.events] == [("IRQ", "14")]


def test_cameo_codes_split_into_country_and_plover_sector():
    book = load_actors()
    media = book.split_code("PRKGOVMED")
    assert (media.country, media.sector) == ("PRK", "JRN")
    assert book.split_code("USAMIL").sector == "MIL"
    assert book.split_code("IGOUNO").country is None


def test_short_name_links_to_full_name_before_or_after(run):
    text = (
        "Sanchez met the delegation on Monday. Later, Spanish Prime Minister Pedro Sanchez spoke to reporters. "
        "Sanchez said he was pleased."
    )
    record = run(text)
    names = {e.text: e.actor.name for e in record.entities if e.actor}
    assert names.get("Sanchez") == names.get("Pedro Sanchez")


def test_pronoun_speaker_resolves_to_the_person_named_before(run):
    text = "Vladimir Putin met the envoy in the Kremlin. He said the talks had been useful."
    quote = run(text).quotes[0]
    assert quote.speaker.name == "Vladimir Putin"
    assert quote.speaker.resolved_by == "pronoun"


def test_a_state_with_dated_codes_is_no_person(run):
    book = load_actors()
    assert not book.lookup("Iraq").person and not book.lookup("Czechoslovakia").person
    assert not book.lookup("Azerbaijan").person and not book.lookup("Ukraine").person  # USRAZE, USRUKR before 1991
    assert book.lookup("Vladimir Putin").person
    forces = run("Azerbaijani forces shelled Armenian villages.").events  # the state's forces, as 'Russian forces'
    assert forces and forces[0].actor.code == "AZEMIL"
    record = run("Iraq said it invaded Kuwait.")  # 'it', not 'he', stands for Iraq
    assert [(e.actor.text, e.actor.country, e.recipient.country) for e in record.events if e.cameo[:2] == "19"] == [
        ("it", "IRQ", "KWT")]


def test_a_person_takes_the_role_an_apposition_gives(run):
    record = run("John Smith, a spokesman for the Russian foreign ministry, said the talks had failed.")
    smith = actors_by_text(record)["John Smith"]
    assert smith[1:] == ("RUS", "GOV")
    record = run("The ministry's spokesman, John Smith, said Russia would retaliate.")
    assert actors_by_text(record)["John Smith"][2] == "GOV"


def test_definite_description_resolves_to_the_named_leader(run):
    text = (
        "Kim Jong Un inspected a missile factory on Monday. "
        "The North Korean leader said the country would build more weapons."
    )
    speaker = run(text).quotes[0].speaker
    assert (speaker.name, speaker.country, speaker.sector) == ("Kim Jong Un", "PRK", "GOV")


def test_capital_as_agent_is_the_government_but_as_place_is_not(run):
    record = run("Moscow warned Kyiv on Monday. The delegation flew from Moscow to Minsk.")
    codes = [(e.text, e.actor.code if e.actor else None) for e in record.entities]
    first, *rest = [c for t, c in codes if t == "Moscow"]
    assert first == "RUSGOV"
    assert "RUSGOV" not in rest


def test_building_metonym(run):
    speaker = run("The Kremlin said the meeting was constructive.").quotes[0].speaker
    assert (speaker.country, speaker.sector) == ("RUS", "GOV")


def test_state_news_agency_is_a_media_actor(run):
    speaker = run("Xinhua said the talks were productive.").quotes[0].speaker
    assert (speaker.country, speaker.sector) == ("CHN", "JRN")


def test_a_definite_description_names_again_the_subject_or_the_same_noun(extractor):
    from eventwire.record import Document

    text = ("Poland expelled a Belarusian diplomat on Sunday and summoned Belarus's charge d'affaires, the foreign "
            "ministry said.\n\nThe ministry accused Minsk of orchestrating the crossings.")
    events = extractor(Document(id="t", text=text)).events
    accused = [e for e in events if e.trigger == "accused"]
    assert [(e.actor.country, e.recipient.country) for e in accused] == [("POL", "BLR")]


def test_a_person_the_dictionaries_do_not_know_gets_the_sector_of_a_title(extractor):
    from eventwire.record import Document

    events = extractor(Document(id="t", text="Governor Andrew Cuomo criticized the senator.")).events
    assert [e.actor.code for e in events] == ["---GOV"]


def test_a_title_takes_the_country_an_earlier_description_gave_it(extractor):
    from eventwire.record import Document

    text = ("Niger's rulers ordered the French ambassador to leave the country.\n\nThe foreign ministry said "
            "ambassador Sylvain Itte had refused to meet its officials.")
    record = extractor(Document(id="t", text=text))
    itte = next(e.actor for e in record.entities if e.text == "Sylvain Itte")
    assert (itte.code, itte.country_source) == ("FRAGOV", "title")
    refused = [e for e in record.events if e.trigger == "refused"]
    assert [(e.actor.country, e.recipient.country) for e in refused] == [("FRA", "NER")]
    # no earlier description with a country: the title alone
    alone = extractor(Document(id="t", text="Ambassador Sylvain Itte refused to meet the officials.")).entities
    assert next(e.actor for e in alone if e.text == "Sylvain Itte").country is None


def test_an_organization_named_by_its_initials_is_the_one_named_before(extractor):
    from eventwire.record import Document

    text = "The paramilitary Rapid Support Forces attacked Khartoum. The RSF accused the army of bombing a market."
    record = extractor(Document(id="t", text=text))
    rsf = next(e.actor for e in record.entities if e.text == "RSF")
    full = next(e.actor for e in record.entities if "Rapid" in e.text)
    assert (rsf.code, rsf.resolved_by) == (full.code, "acronym")
    accused = [e for e in record.events if e.trigger == "accused"]
    assert accused and accused[0].actor.code == full.code


def test_a_short_name_the_ner_took_for_an_organization_is_the_person(extractor):
    from eventwire.record import Document

    text = ("Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki on Sunday. Abiy invited Isaias "
            "to visit Addis Ababa.")
    record = extractor(Document(id="t", text=text))
    invited = [e for e in record.events if e.trigger == "invited"]
    assert [(e.actor.code, e.recipient.code) for e in invited] == [("ETHGOV", "ERIGOV")]
