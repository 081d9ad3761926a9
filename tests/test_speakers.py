"""Speakers: name runs, titles, alias clusters, gender, pronouns, descriptors, roles."""

from __future__ import annotations

import pytest

from nbutils.articles import load_default
from nbutils.attribution import attribute
from nbutils.quotes import find_quotes
from nbutils.speakers import (
    cluster_entities,
    name_gender,
    name_mentions,
    reporting_after,
    role_of,
    split_title,
)


def test_split_title_variants() -> None:
    assert split_title("US President Donald Trump".split()) == (
        ["US", "President"],
        ["Donald", "Trump"],
    )
    assert split_title("Vice President JD Vance".split()) == (
        ["Vice", "President"],
        ["JD", "Vance"],
    )
    assert split_title(["MP", "Ina", "Sovsun"]) == (["MP"], ["Ina", "Sovsun"])
    assert split_title(["President"]) == ([], ["President"])


def test_sentence_initial_common_words_are_not_names() -> None:
    text = "Similarly, comments came. Despite that, Rutte spoke. Similarly Rutte agreed."
    names = [m.name for m in name_mentions(text)]
    assert "Similarly" not in names and "Despite" not in names
    assert names.count("Rutte") == 2


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tidemark Energy reported a loss on Tuesday.", "Tidemark Energy"),
        ("Harbor Freight said on Monday that it would hire.", "Harbor Freight"),
        ("Lantern Group said the deal was off.", "Lantern Group"),
        ("Summit Partners declined to comment.", "Summit Partners"),
    ],
)
def test_company_opening_a_sentence_keeps_its_first_word(text: str, name: str) -> None:
    mentions = name_mentions(text)
    assert [(m.name, m.kind) for m in mentions] == [(name, "organisation")]


def test_plural_noun_of_name_opening_a_sentence_is_not_a_name() -> None:
    assert [m.name for m in name_mentions("Shares of Pinecrest rose 4 percent.")] == ["Pinecrest"]
    assert [m.name for m in name_mentions("Residents of Eastbrook were angry.")] == ["Eastbrook"]
    assert all(m.kind != "person" for m in name_mentions("Shares of Pinecrest rose sharply."))


def test_a_body_name_joined_by_and_is_one_name() -> None:
    text = "Workers at the mill belong to the Food and Allied Workers union."
    assert ("Food and Allied Workers", "organisation") in [
        (m.name, m.kind) for m in name_mentions(text)
    ]
    assert [m.name for m in name_mentions("He called the Food and Drug Administration.")] == [
        "Food and Drug Administration"
    ]
    # a person and another, two firms: not joined
    assert "Kayla Brandt" in [m.name for m in name_mentions("Jordan and Kayla Brandt left.")]
    assert [m.name for m in name_mentions("He met Brix and Dorn Bank.")] == ["Brix", "Dorn Bank"]
    text = "Talks between the firm and the Transport and General Workers Union broke down."
    union = [m for m in name_mentions(text) if "Union" in m.name]
    assert [(m.name, m.title, m.subject) for m in union] == [
        ("Transport and General Workers Union", "", False)
    ]


def test_days_and_gerunds_are_not_people() -> None:
    names = [m.name for m in name_mentions("Reacting to that, Obama spoke on Tuesday.")]
    assert names == ["Obama"]


def test_default_article_clusters() -> None:
    article = load_default()
    ents = cluster_entities(article.text)
    rutte = ents.lookup("Rutte")
    assert rutte is not None and rutte.canonical == "Mark Rutte"
    assert "NATO Secretary General" in rutte.titles
    assert rutte.role == "official" and rutte.gender == "male"
    assert ents.lookup("Trump").canonical == "Donald Trump"
    assert ents.lookup("Trump's").canonical == "Donald Trump"
    assert ents.lookup("Zelenskyy").canonical == "Volodymyr Zelenskyy"
    assert ents.lookup("Sovsun").role == "politician"
    assert ents.lookup("Andriy").role == "citizen/witness"
    assert ents.lookup("Yulia").role == "citizen/witness"


def test_descriptor_resolves_to_title_holder() -> None:
    text = load_default().text
    ents = cluster_entities(text)
    offset = text.index("The NATO chief")
    assert ents.resolve_descriptor("The NATO chief", offset).canonical == "Mark Rutte"
    assert ents.resolve_descriptor("the grocer", offset) is None


@pytest.mark.parametrize(
    "first, gender", [("Mark", "male"), ("Ina", "female"), ("Chris", None), ("Volodymyr", None)]
)
def test_name_gender(first: str, gender: str | None) -> None:
    assert name_gender(first) == gender


def test_pronoun_prefers_subject_and_gender() -> None:
    text = (
        "Senator Anna Berg met Tom Hale on Monday. Hale praised the plan. "
        "She said the plan was good. Later he left."
    )
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("she", text.index("She said")).canonical == "Anna Berg"
    assert ents.resolve_pronoun("he", text.index("he left")).canonical == "Tom Hale"
    assert ents.resolve_pronoun("they", text.index("he left")) is None


def test_pronoun_ignores_names_inside_quotes() -> None:
    text = 'Mark Lane spoke. "I met Peter Fox," he said.'
    quotes = [(q.start, q.end) for q in find_quotes(text)]
    ents = cluster_entities(text, exclude=quotes)
    assert ents.resolve_pronoun("he", text.index("he said")).canonical == "Mark Lane"


def test_current_speaker_goes_on_until_someone_new() -> None:
    text = (
        'Mark Lane spoke first. "One," he said. "Two," he said. Paul Grey objected. '
        '"Three," he said.'
    )
    ents = cluster_entities(text, exclude=[(q.start, q.end) for q in find_quotes(text)])
    lane = ents.lookup("Lane")
    second = text.index('he said. "Two') + len('he said. "Two," ')
    assert ents.resolve_pronoun("he", second, prefer=lane, prefer_since=second - 10) is lane
    third = text.rindex("he said")
    assert (
        ents.resolve_pronoun(
            "he", third, prefer=lane, prefer_since=text.index("Paul") - 2
        ).canonical
        == "Paul Grey"
    )


def test_organisations_are_not_people() -> None:
    ents = cluster_entities("The Washington Post reported it. NATO agreed. Jane Doe spoke.")
    kinds = {e.canonical: e.kind for e in ents}
    assert kinds["Washington Post"] == "organisation" and kinds["NATO"] == "organisation"
    assert kinds["Jane Doe"] == "person"


@pytest.mark.parametrize(
    "text, role",
    [
        ("a senior administration official", "official"),
        ("sources familiar with the talks", "anonymous source"),
        ("Professor of economics", "expert"),
        ("a local resident", "citizen/witness"),
        ("Senator", "politician"),
        ("the newspaper's reporter", "journalist"),
        ("a tall man in a hat", "citizen/witness"),
        ("something else", None),
    ],
)
def test_roles(text: str, role: str | None) -> None:
    assert role_of(text) == role


@pytest.mark.parametrize("title", ["Mayor", "Councillor"])
def test_place_after_a_name_is_a_descriptor(title: str) -> None:
    text = f"{title} Maria Lopez of Eastbrook said the budget was fine. Lopez smiled."
    [m] = [m for m in name_mentions(text) if "Lopez" in m.name][:1]
    assert (m.name, m.title) == ("Maria Lopez", title)
    e = cluster_entities(text).lookup("Lopez")
    assert e.canonical == "Maria Lopez" and e.gender == "female"
    assert "of Eastbrook" in e.descriptors and e.role == "politician"


def test_of_inside_organisation_names_is_kept() -> None:
    names = {
        m.name
        for m in name_mentions("The Bank of America and Secretary of State Hillary Clinton spoke.")
    }
    assert "Bank of America" in names and "Hillary Clinton" in names


def test_name_runs_stop_at_a_pronoun() -> None:
    names = [m.name for m in name_mentions("He stayed in Washington D.C. He liked it.")]
    assert all("He" not in n.split() for n in names)


def test_gender_from_pronouns_and_dominant_names() -> None:
    text = "Kim Baxo spoke first. Baxo said his plan would work. Later Baxo said he agreed."
    assert cluster_entities(text).lookup("Baxo").gender == "male"
    assert name_gender("Hillary") == "female" and name_gender("Bernie") == "male"
    # a descriptor naming someone else says nothing about gender
    text = (
        "Party Chairman Carl Dunmore called Clinton's speech a cheap shot. "
        "Hillary Clinton answered."
    )
    assert cluster_entities(text).lookup("Clinton").gender == "female"


def test_honorific_picks_the_relative() -> None:
    text = (
        "Bill Clinton and Hillary Clinton arrived. Hillary Clinton spoke. "
        "Mr. Clinton waved. Mrs. Clinton smiled."
    )
    ents = cluster_entities(text)
    i = {m.start: e for m, e in zip(ents.mentions, ents._by_mention, strict=True)}
    assert i[text.index("Mr. Clinton")].canonical == "Bill Clinton"
    assert i[text.index("Mrs. Clinton")].canonical == "Hillary Clinton"


def test_pronoun_chain_goes_through_earlier_pronouns() -> None:
    text = (
        'Omar Haddad leads the mosque. "We are heartbroken," Haddad said. He said Karl Brandt '
        '"needs help." "We never taught him that," he said.'
    )
    ents = cluster_entities(text, exclude=[(q.start, q.end) for q in find_quotes(text)])
    assert ents.resolve_pronoun("he", text.rindex("he said")).canonical == "Omar Haddad"


def test_reporting_subject_is_the_topic() -> None:
    text = (
        "Trump's attack on the troops had put lives at risk, Joe Biden said. "
        '"It is a disgrace," he said.'
    )
    ents = cluster_entities(text, exclude=[(q.start, q.end) for q in find_quotes(text)])
    assert ents.resolve_pronoun("he", text.rindex("he said")).canonical == "Joe Biden"


def test_main_clause_before_an_opening_phrase() -> None:
    text = (
        "When Rachel Maddow pointed it out, Hillary Clinton seized on it. "
        '"It is not the same," she said.'
    )
    ents = cluster_entities(text, exclude=[(q.start, q.end) for q in find_quotes(text)])
    assert ents.resolve_pronoun("she", text.rindex("she said")).canonical == "Hillary Clinton"


def test_places_and_modifiers_are_not_antecedents() -> None:
    text = (
        "Mark Talley lost his son in the crash. In the months since the Route 9 "
        'pileup, Talley says, little has changed. "We must do better," he says.'
    )
    ents = cluster_entities(text, exclude=[(q.start, q.end) for q in find_quotes(text)])
    assert ents.resolve_pronoun("he", text.rindex("he says")).canonical == "Mark Talley"


def test_reporting_after() -> None:

    assert reporting_after(" said on Monday") and reporting_after(", a senator, told them")
    assert not reporting_after(" campaign said") and not reporting_after(" report")


def test_title_words_after_a_first_name_are_surnames() -> None:
    assert split_title("Representative Peter T. King".split()) == (
        ["Representative"],
        ["Peter", "T.", "King"],
    )
    assert split_title("Virginia Gov. Terry McAuliffe".split()) == (
        ["Virginia", "Gov."],
        ["Terry", "McAuliffe"],
    )


def test_a_first_name_alone_gives_a_gender_unless_a_word_or_a_place() -> None:
    text = (
        "Hillary Clinton won. On CNN, his wife, Jane, called for open primaries. "
        "Florida voted. Israel responded."
    )
    ents = cluster_entities(text)
    assert ents.lookup("Jane").gender == "female"
    assert ents.lookup("Florida") is None or ents.lookup("Florida").gender is None
    assert ents.lookup("Israel") is None or ents.lookup("Israel").gender is None
    # a word the text also uses in lower case is not taken as a first name
    ents = cluster_entities("Grant spoke. The grant was approved.")
    assert ents.lookup("Grant") is None or ents.lookup("Grant").gender is None


def test_pronouns_decide_a_family_members_gender_over_a_shared_title() -> None:
    text = (
        "Khizr Khan spoke first. Mrs. Khan was silent. Ghazala Khan wore a scarf. "
        "Khizr Khan pulled his copy from his pocket. Khizr Khan said his son was a hero."
    )
    assert cluster_entities(text).lookup("Khizr Khan").gender == "male"


def test_a_plural_people_or_party_is_a_group_not_a_person() -> None:
    ents = cluster_entities("Muslim Americans said they were hurt. Senate Republicans agreed.")
    for name in ("Muslim Americans", "Senate Republicans"):
        e = ents.lookup(name)
        assert e is None or e.kind == "organisation"


@pytest.mark.parametrize(
    ("clause", "role"),
    [
        ("who runs a bakery in Kyiv", "citizen/witness"),
        ("who teaches history at a school in Lviv", "citizen/witness"),
        ("who runs the campaign office", "official"),
        ("who served in the army for ten years", "citizen/witness"),
        ("who covers the White House", "journalist"),
    ],
)
def test_a_relative_clause_after_a_name_gives_a_role(clause: str, role: str) -> None:
    ents = cluster_entities(f"Taras Bondar, {clause}, spoke on Friday.")
    assert ents.lookup("Taras Bondar").role == role


def test_a_sentence_opening_foreign_first_name_stays_in_the_name() -> None:
    names = [m.name for m in name_mentions("Olena Petrenko, who runs a bakery, said it.")]
    assert names == ["Olena Petrenko"]
    # … but prepositions and adverbs opening the sentence do not
    for text in (
        "Outside Kyiv, it rained.",
        "Meanwhile Zelenskyy spoke.",
        "Despite Zelenskyy, it went on.",
    ):
        assert len(name_mentions(text)[0].name.split()) == 1


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("an economist at the American Enterprise Institute", "expert"),
        ("a sociologist at Boston College who has studied the trials", "expert"),
        ("another Kenyan", "citizen/witness"),
        ("who grows almonds near Los Banos", "citizen/witness"),
        ("a barber", "citizen/witness"),
        ("a senior official who spoke on condition of anonymity", "anonymous source"),
    ],
)
def test_role_words_outrank_nationalities_and_more_occupations(description: str, role: str) -> None:
    assert role_of(description) == role


@pytest.mark.parametrize(
    ("description", "role"),
    [
        # abbreviated titles keep their full stop
        ("Dr.", "expert"),
        ("Lt. Gen.", "official"),
        ("Army Capt.", "official"),
        # Dr. and activist give way to any other role word
        ("Former State Senator Dr.", "politician"),
        ("the campaign's Iowa director | a social-conservative activist", "official"),
        ("an organizer with the Westside Tenants Coalition", "civil society"),
        # a subject studied at a university is research; studying at a college is a student's
        ("who studies public finance at Eastbrook University", "expert"),
        ("who studies at Eastbrook College", "citizen/witness"),
        # ordinary occupations are members of the public
        ("a retired machinist", "citizen/witness"),
        ("a warehouse cleaner", "citizen/witness"),
        ("a paramedic for 20 years", "citizen/witness"),
    ],
)
def test_abbreviated_fallback_and_occupation_roles(description: str, role: str) -> None:
    assert role_of(description) == role


def test_an_organisation_keeps_its_kind_over_a_fallback_word() -> None:
    assert role_of("event organizer", "organisation") == "organisation"


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Gov.", "the governor"),
        ("Sen.", "the senator"),
        ("Rep.", "the congressman"),
    ],
)
def test_abbreviated_titles_match_a_later_description(title: str, description: str) -> None:
    text = (
        f"The bill went to {title} Gavin Newsom on Friday.\n\nLater {description} called "
        'the vote "a promise kept to the people of the valley."'
    )
    (a,) = attribute(text)
    assert a.speaker == "Gavin Newsom"


def test_a_possessive_appositive_before_a_name_gives_a_role() -> None:
    text = 'The bill passed.\n\nGov. Newsom\'s spokesman, Daniel Reyes, told reporters: "Yes."'
    (a,) = attribute(text)
    assert (a.speaker, a.role) == ("Daniel Reyes", "official")


def test_a_pronoun_inside_a_quoted_passage_refers_to_the_passages_own_names() -> None:
    text = (
        'Stephanie Lee wrote about a rally.\n\n"Melanie Ross thought the whole thing was '
        "absurd. She was anxious, sure. 'It never crossed my mind,' she said.\""
    )
    passage = (text.index('"Melanie'), len(text))
    ents = cluster_entities(text, exclude=[passage])
    assert ents.resolve_pronoun("she", text.index("she said")).canonical == "Melanie Ross"
    # outside the passage, its names are still no antecedents
    after = text + " Later she left."
    ents = cluster_entities(after, exclude=[passage])
    assert ents.resolve_pronoun("she", after.index("she left")).canonical == "Stephanie Lee"


def test_a_state_after_a_governed_city_is_no_subject() -> None:
    text = (
        "Sandy Corwin, who lost her brother in the flood in Boulder, Colorado, in September "
        '2013, said that Sanders had been curt.\n\n"He promised to call us," she said.'
    )
    colorado = next(m for m in name_mentions(text) if m.name == "Colorado")
    assert not colorado.subject and not colorado.reporting
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("she", text.index("she said")).canonical == "Sandy Corwin"
    # an opening phrase ending in a name still leaves the next name its subject role
    text = "After the fire at a cathedral in Brittany, Trump claimed that France had changed."
    assert next(m for m in name_mentions(text) if m.name == "Trump").subject


def test_a_description_must_match_the_head_noun() -> None:
    text = (
        "The city bought Ridgemoor, the 190-acre Pine Hollow Golf Club, in 2009. "
        "Ms. Ann Lee, a lawyer, spoke. The golf business, she said, is recovering."
    )
    ents = cluster_entities(text)
    assert ents.resolve_descriptor("the golf business", text.index("The golf")) is None
    assert ents.resolve_pronoun("she", text.index("she said")).canonical == "Ann Lee"
    assert ents.resolve_descriptor("the lawyer", text.index("The golf")).canonical == "Ann Lee"


def test_names_may_open_with_an_accented_capital() -> None:
    text = "\u201cWe will talk,\u201d \u00c1lvaro Uribe said. \u00d3scar Arias agreed."
    assert [m.name for m in name_mentions(text)] == ["\u00c1lvaro Uribe", "\u00d3scar Arias"]
    assert attribute(text)[0].speaker == "\u00c1lvaro Uribe"


def test_an_unknown_name_that_reports_after_an_appositive_is_a_pronoun_antecedent() -> None:
    text = (
        "Tuesday evening, one nurse was more guarded. Thandi Mokoena Dube, 58, a doctor, said "
        'she was relieved. She distrusts the board.\n\n"We have to be careful," she said.'
    )
    assert ents_resolve(text, "she", text.index("she said")) == "Thandi Mokoena Dube"
    assert reporting_after(", 58, a doctor, said she")


def ents_resolve(text: str, pronoun: str, offset: int) -> str | None:
    e = cluster_entities(text).resolve_pronoun(pronoun, offset)
    return e.canonical if e else None


def test_a_name_with_of_place_before_its_verb_is_a_subject() -> None:
    text = (
        "Clinton won the vote, and Bernie Sanders lost it.\n\nAnother superdelegate, Michael "
        "Dorsey of Washington, D.C., said he would support her.\n\n\u201cIt\u2019s time,\u201d he "
        "declared."
    )
    brown = next(m for m in name_mentions(text) if m.name == "Michael Dorsey")
    assert brown.subject and brown.reporting
    assert ents_resolve(text, "he", text.index("he declared")) == "Michael Dorsey"


def test_an_adverb_between_a_subject_and_its_verb() -> None:
    text = (
        'Paul Manafort arrived.\n\n"It is fine," said Newt Gingrich.\n\nAt the briefing '
        "later, Manafort all but pleaded with reporters to talk about anything else.\n\n"
        '"We\'re moving on," he said.'
    )
    assert attribute(text)[-1].speaker == "Paul Manafort"  # not the previous speaker


def test_a_parenthetical_after_a_name_before_its_verb() -> None:
    text = (
        'Bill Clinton spoke first.\n\n"She will win," said Hillary Clinton.\n\nRep. Walter '
        "M. Hensley (Mich.), a delegate backing Clinton, said the choice was easy.\n\n"
        '"They think she will be strong," he said.'
    )
    assert attribute(text)[-1].speaker == "Walter M. Hensley"


def test_titled_people_with_place_like_surnames_members_and_ages() -> None:
    text = (
        "Dr. Ellen Park, a hydrologist at the university, said the levees were overdue.\n\n"
        "Council member Tom Reyes voted no. Janet Wu, 67, a retired teacher, said she had "
        "flooded twice."
    )
    ents = {e.canonical: e for e in cluster_entities(text)}
    assert ents["Ellen Park"].kind == "person" and ents["Ellen Park"].role == "expert"
    assert ents["Tom Reyes"].role == "politician"
    assert role_of("City coach") == "sport"
    assert ents["Janet Wu"].role == "citizen/witness"


def test_she_after_an_unnamed_reporting_person_is_that_person() -> None:
    text = (
        '"We are exhausted," said Angela Brooks, a nurse.\n\nA patient, who asked not to be '
        'named, said the strike had delayed her surgery. "I understand them, but I am '
        'scared," she said.'
    )
    last = attribute(text)[-1]
    assert (last.speaker_mention, last.speaker) == ("she", "patient")
    # a thing that "says" is no person
    text = (
        '"We are exhausted," said Angela Brooks, a nurse.\n\nA report said the strike '
        'was costly. "It will end," she said.'
    )
    assert attribute(text)[-1].speaker == "Angela Brooks"


def test_he_after_an_unnamed_person_with_a_place_phrase_and_a_because_clause() -> None:
    # the head noun comes before "at the depot", and the "he" of the "because" clause
    # inside the aside is no subject of its own: the later "he" is the unnamed driver
    text = (
        '"The timetable is fine," said Maria Costa, the operator\'s director.\n\nA bus driver '
        "at the depot, who would not give his name because he feared for his job, said shifts "
        'were too long. "We are running on empty," he told the Gazette.'
    )
    last = attribute(text)[-1]
    assert last.speaker_mention == "he"
    assert last.speaker is not None and "driver" in last.speaker


def test_an_epithet_the_text_has_not_used_means_the_last_reporting_subject() -> None:
    # "the striker" names nobody introduced as a striker: it is the person who just
    # reported (not Ann Wells, named inside what he reported)
    text = (
        "Coach Ann Wells picked the team. Leon Marsh said that Ann Wells had been fair.\n\n"
        '"I will be ready on Saturday," the striker told reporters.'
    )
    last = attribute(text)[-1]
    assert (last.speaker_mention, last.speaker) == ("the striker", "Leon Marsh")
    # an office that speaks unnamed is no epithet, and "the woman" takes up someone unnamed
    text = (
        "Leon Marsh scored twice.\n\n"
        '"The club will appeal," the spokesman said. "We are disappointed," the woman said.'
    )
    speakers = [a.speaker for a in attribute(text)]
    assert speakers == ["spokesman", "woman"]


def test_appositive_clauses_are_not_descriptors_and_executives_are_officials() -> None:
    text = (
        "The hospital's chief executive, Robert Hale, spoke. According to Hale, the hospital "
        "lost $12 million last year."
    )
    hale = next(e for e in cluster_entities(text) if e.canonical == "Robert Hale")
    assert hale.descriptors == ("The hospital's chief executive",) and hale.role == "official"


def test_the_former_president_prefers_a_former_title() -> None:
    text = (
        "Former President Bill Clinton spoke, and President Obama listened. Then the former "
        "president said more."
    )
    ents = cluster_entities(text)
    assert (
        ents.resolve_descriptor("the former president", text.index("the former")).canonical
        == "Bill Clinton"
    )


def test_a_person_named_in_a_sentence_about_a_thing_is_the_pronoun_fallback() -> None:
    # issue #14 class 2: gender agreement wins over the dominant (male) speaker
    text = (
        'Mayor Tom Hale defended the levy. "It is fair," Hale said. The plan was criticised '
        'by the head of the tenants union, Jane Roe. "Renters have nowhere to go," she says.'
    )
    ents = cluster_entities(text, exclude=[(q.start, q.end) for q in find_quotes(text)])
    assert ents.resolve_pronoun("she", text.index("she says")).canonical == "Jane Roe"
    assert ents.resolve_pronoun("he", text.index("she says")).canonical == "Tom Hale"


def test_names_in_title_cased_lines_stop_at_a_capitalised_reporting_verb() -> None:
    # issue #14 class 3: "Jane Roe Said", "Tom Hale Joked" are not names
    text = (
        "At The Summit, Jane Roe Said 'We Will Rebuild The Town'\n"
        'Tom Hale Joked "Nobody Reads Reports" As Ann Lee Just Said No\n'
        "Mayor Jane Roe spoke on Monday. Then Tom Hale Reed said it was late."
    )
    names = [m.name for m in name_mentions(text)]
    assert {"Jane Roe", "Tom Hale", "Ann Lee"} <= set(names)
    assert not any(w in n.split() for n in names for w in ("Said", "Joked", "Just"))
    assert "Tom Hale Reed" in names  # a normally cased line keeps its names whole
    speakers = [a.speaker for a in attribute(text.split("\n")[1])]
    assert speakers == ["Tom Hale"]


def test_a_full_stop_before_a_small_letter_does_not_end_the_sentence() -> None:
    # "(D-Ga.) said": the subject and its reporting verb stay in one sentence, so a later
    # "he" is that reporter, not a name in the clause he reported
    text = (
        'Mark Hill backed the plan. "It is a good plan," he said.\n\n'
        "Rep. Tom Baker (D-Ga.) said on Monday that Hill won more votes than expected. "
        '"I do sense a change," he said.'
    )
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("he", text.rindex("he said")).canonical == "Tom Baker"
    assert [q.speaker for q in attribute(text)] == ["Mark Hill", "Tom Baker"]


def test_the_head_of_a_company_or_union_is_an_official_not_a_politician() -> None:
    """A company's head is an executive (an official); a union's or an association's speaks
    for civil society (issue #13 item 6: neither is a politician)."""
    from nbutils.speakers.roles import role_of

    assert role_of("the union's president") == "civil society"
    assert role_of("president of the Harbour Business Association") == "civil society"
    assert role_of("the bank chairman") == "official"
    assert role_of("President") == "politician"
    assert role_of("Senate president") == "politician"
    assert role_of("party president") == "politician"


def test_a_title_in_capitals_used_as_a_noun_describes_the_name_after_it() -> None:
    from nbutils.attribution import attribute
    from nbutils.speakers.names import name_mentions

    text = "The local MP, Kirsty MacLeod, said she had written. 'It is not over,' she said."
    assert [m.name for m in name_mentions(text)] == ["Kirsty MacLeod"]
    assert [(a.speaker, a.role) for a in attribute(text)] == [("Kirsty MacLeod", "politician")]


def test_for_joins_a_name_only_after_an_organisation_word() -> None:
    from nbutils.speakers.names import name_mentions

    names = [m.name for m in name_mentions("The Department for Transport wrote to Ann Lee.")]
    assert names == ["Department for Transport", "Ann Lee"]
    names = [m.name for m in name_mentions("He campaigned in Ohio for Clinton.")]
    assert names == ["Ohio", "Clinton"]


def test_a_person_with_a_relative_clause_of_saying_reports_even_after_by() -> None:
    """*… supported by Sen. Ruth Calder of Oregon, the ranking member, who said …*: the
    person the relative clause is about reports; a *who* clause of another verb does not."""
    text = (
        "Mayor Ann Hale spoke at the hall on Sunday.\n\nHale's position was supported on "
        "Monday by Sen. Ruth Calder of Oregon, the ranking member of the budget panel, who "
        'said none of the cuts came from the city.\n\n"We cannot do this," she said.'
    )
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("she", text.index("she said")).canonical == "Ruth Calder"
    other = text.replace("who said none", "who has called none")
    ents = cluster_entities(other)
    assert ents.resolve_pronoun("she", other.index("she said")).canonical == "Ann Hale"


def test_a_person_introduced_after_the_verb_is_the_topic_of_a_subjectless_sentence() -> None:
    """*…, which is something that worries Peter Ames, the chairman of the tenants'
    association.*: no person is a subject there, and the sentence ends by naming and
    describing one, who is the next *he*; not a name after a preposition (*the parents of
    Capt. Omar Khan, the soldier who …*)."""
    text = (
        "Mayor Tom Hale spoke on Sunday.\n\nWhile Hale had a ready answer for the unions, that "
        "has not happened for the council, which is something that worries Peter Ames, the "
        'chairman of the tenants\' association.\n\n"Nobody is speaking for renters," he said.'
    )
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("he", text.index("he said")).canonical == "Peter Ames"
    other = (
        "Tom Hale was angry.\n\nThe plan worries the parents of Capt. Omar Khan, the soldier "
        'who died in 2004.\n\n"He is weak," he said.'
    )
    ents = cluster_entities(other)
    assert ents.resolve_pronoun("he", other.rindex("he said")).canonical == "Tom Hale"


def test_the_second_of_a_pair_introduced_after_the_verb_is_no_topic_for_he() -> None:
    text = (
        "Mark Lane ran the newsletter for years.\n\nThe two who will replace him are Ann "
        'Lowe and Tom Bell, the two youngest reporters in the city.\n\n"It was fun," he said.'
    )
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("he", text.index("he said")).canonical == "Mark Lane"


def test_a_surname_with_an_honorific_of_the_other_gender_is_no_antecedent() -> None:
    """*Mrs. Clinton* is never *he*, though her husband shares the surname: the chain of
    topics goes on to the man named before (the surname rule of *Dorothy Kerr … Kerr
    said* needs a bare surname)."""
    text = (
        'Bill Clinton and Hillary Clinton greeted the guests.\n\n"It felt warm," Mr. Rogan '
        'recalled. Yet Mrs. Clinton, who looked tired, was not as chatty. "She kept her '
        'distance," he said.'
    )
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("he", text.rindex("he said")).canonical == "Rogan"


def test_a_description_after_a_conjunction_is_read_up_to_its_verb() -> None:
    """*But the former president kept calm.*: the description is *the former
    president* (cut at its verb, after the conjunction); *the golf industry* is never cut
    to *the golf*, and *the campaign worries that* is no campaign manager."""
    text = (
        "Former President Bill Clinton toured Keene on Monday. Owen Tillery, the "
        "campaign manager of his wife's rival, called the visit a stunt.\n\nBut the former "
        'president kept calm on Tuesday.\n\n"I will not take the bait," he said.'
    )
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("he", text.rindex("he said")).canonical == "Bill Clinton"
    assert ents._descriptor_topic("the golf industry", len(text)) is None
    assert ents.resolve_descriptor("the campaign worries that", len(text)) is None
    assert ents.resolve_descriptor("the campaign manager", len(text)).canonical == "Owen Tillery"


def test_a_name_in_apposition_to_a_sentence_opening_description_is_its_subject() -> None:
    """*The mayor, Tom Hale, did not attend.*: the name set off by commas after the
    description is the sentence's subject, and the next *he* (or *his office*) is him."""
    text = (
        "Peter Ames, the auditor, spoke on Monday. The mayor, Tom Hale, did not attend. "
        'His office said he was ill.\n\n"He will be back next week," he said.'
    )
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("he", text.rindex("he said")).canonical == "Tom Hale"


@pytest.mark.parametrize(
    "description, role",
    [
        # the head of "X of/for/at Y" says the role; a role word in Y counts only without one
        ("president of the Teachers Association", "civil society"),
        ("a spokesman for the prime minister", "official"),
        ("chairman of the Senate Foreign Relations Committee", "politician"),
        ("an economist at the Institute for Regional Growth", "expert"),
        ("head of the union", "civil society"),
        # an attorney is a lawyer unless the word names a public office
        ("an attorney in El Paso who represents migrant families", "expert"),
        ("the district attorney", "official"),
        ("Attorney General Ann Lee", "official"),
        ("U.S. Attorney Ann Lee", "official"),
        # an opposition or shadow spokesman is a politician
        ("Opposition health spokesman", "politician"),
        ("the shadow health secretary", "politician"),
    ],
)
def test_the_head_of_a_description_says_its_role(description: str, role: str) -> None:
    assert role_of(description) == role


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        # an appositive with no determiner, headed by a role word
        (
            "Gareth Moss, regional secretary of the Unite union, said",
            "Gareth Moss",
            "civil society",
        ),
        ("Ann Lee, spokeswoman for the council, said", "Ann Lee", "official"),
        # a description before the name whose head comes before "for": the name speaks
        ("Veltro's managing director for Europe, Sandra Klein, said", "Sandra Klein", "official"),
        # not a clause after a comma
        ("Tom Reid, who was elected as mayor of Leeds, said", "Tom Reid", "politician"),
        # a parent
        (
            "Sophie Turner, whose two daughters attend the school, said",
            "Sophie Turner",
            "citizen/witness",
        ),
    ],
)
def test_descriptions_around_a_name_give_its_role(text: str, speaker: str, role: str) -> None:
    (a,) = attribute(text + ': "We will not give up."')
    assert (a.speaker, a.role) == (speaker, role)


def test_a_clause_after_a_comma_is_no_description() -> None:
    text = 'Omar Khan, a Muslim, won the race for mayor of Leeds last week. "I am proud," he said.'
    muslim = [e for e in cluster_entities(text) if e.canonical == "Muslim"]
    assert all(e.role is None for e in muslim)


@pytest.mark.parametrize(
    "text",
    [
        'A farmer who gave only his first name, Yusuf, said shells hit his barn. "We want peace," he said.',
        'A farmer, Yusuf, said shells hit his barn. "We want peace," he said.',
    ],
)
def test_a_single_name_given_for_a_described_person_is_the_speaker(text: str) -> None:
    assert [(a.speaker, a.role) for a in attribute(text)] == [("Yusuf", "citizen/witness")]


def test_a_citizen_epithet_is_not_the_official_named_last() -> None:
    # "the grocer" has not been used before: an epithet for the person who just reported …
    text = (
        "Tom Webb opened early. Tom Webb said that the market would stay open.\n\n"
        '"Prices are fair," the grocer told reporters.'
    )
    assert attribute(text)[-1].speaker == "Tom Webb"
    # … unless that person is known to hold office: the mayor is no grocer
    text = (
        "Mayor Ann Lee opened early. Ann Lee said that the market would stay open.\n\n"
        '"Prices are fair," the grocer told reporters.'
    )
    assert attribute(text)[-1].speaker != "Ann Lee"


def test_an_age_between_name_and_who_clause_keeps_the_clause() -> None:
    text = (
        "Angela Ruiz, 34, who commutes two hours to a warehouse job, said the buses were late. "
        "Ruiz said so again."
    )
    e = cluster_entities(text).lookup("Ruiz")
    assert e is not None and e.kind == "person"
    assert "aged 34" in e.descriptors
    assert e.role == "citizen/witness"  # from "who commutes", not from the age
    # an age alone names a person but gives no role
    e = cluster_entities("Tom Okafor, 61, said the buses were late.").lookup("Tom Okafor")
    assert e is not None and e.kind == "person" and e.role is None


def test_who_chairs_a_political_body_is_a_politician() -> None:
    from nbutils.speakers import role_of

    assert role_of("who chairs the Senate finance committee") == "politician"
    assert role_of("chair of the Senate finance committee") == "politician"
    assert role_of("who chairs the hospital board") == "official"  # not a political body
    assert role_of("who chairs the history department at Ferris College") == "expert"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'The opposition leader on the council, Ana Ruiz, disagreed. "No," she said.',
            "politician",
        ),
        (
            'The county\'s member of the state assembly, Tom Bell, objected. "No," he said.',
            "politician",
        ),
        ('"We wait," said Ada Moss, a childminder.', "citizen/witness"),
        ('"We wait," said Ada Moss, who has fished the bay for years.', "citizen/witness"),
        ('"We wait," said Ada Moss, a member of parliament.', "politician"),
        ('"We wait," said Ada Moss, a retired customer service representative.', "citizen/witness"),
        (
            '"We wait," said Ada Moss, the local representative of the nurses\' association.',
            "civil society",
        ),
    ],
)
def test_roles_of_members_representatives_and_long_pre_appositions(text: str, role: str) -> None:
    found = attribute(text)
    assert found and found[-1].role == role


def test_a_long_phrase_before_a_name_with_no_comma_after_is_not_its_description() -> None:
    # the end of a clause, not an apposition: the group is not Lind's role
    text = (
        "Renters would be treated as a distinct group for purposes of the levy, Lind said. "
        '"It is fair," he said.'
    )
    assert attribute(text)[-1].role is None


def test_a_street_named_after_a_first_name_is_not_a_person() -> None:
    text = 'Plans to close the Marlow Street library angered residents. "Shameful," said Ada Moss.'
    people = {e.canonical for e in cluster_entities(text) if e.kind == "person"}
    assert "Marlow Street" not in people and "Ada Moss" in people


def test_a_role_after_on_before_a_name_is_still_its_description() -> None:
    text = (
        "The coach blamed a late tackle on his striker, Leo Brandt. "
        '"I was too slow," the striker admitted.'
    )
    assert attribute(text)[-1].speaker == "Leo Brandt"


def test_an_investment_firm_named_capital_is_an_organisation() -> None:
    kinds = {e.canonical: e.kind for e in cluster_entities("Investors at Orwell Capital agreed.")}
    assert kinds.get("Orwell Capital") == "organisation"


@pytest.mark.parametrize(
    ("text", "canonical", "nick"),
    [
        (
            "Eleanor 'Nell' Ashworth ran the bakery for thirty years. "
            '"I loved every morning of it," Nell said.',
            "Eleanor Ashworth",
            "Nell",
        ),
        (
            'The union chose Thomas "Tam" Birkett on Sunday. "We start tomorrow," Tam said.',
            "Thomas Birkett",
            "Tam",
        ),
        (
            "Nell Ashworth retires\n\nEleanor ‘Nell’ Ashworth, a baker, retired on Friday. "
            "“It is time,” Ashworth said. “I will miss the smell of bread,” Nell added.",
            "Eleanor Ashworth",
            "Nell",
        ),
    ],
)
def test_a_quoted_nickname_inside_a_name_is_one_person(
    text: str, canonical: str, nick: str
) -> None:
    ents = cluster_entities(text)
    people = [e.canonical for e in ents if e.kind == "person"]
    assert people == [canonical]
    assert ents.lookup(nick).canonical == canonical
    found = attribute(text)
    assert [a.kind for a in found] == ["direct"] * len(found)  # the nickname is no quote
    assert {a.speaker for a in found} == {canonical}


def test_a_quoted_word_between_other_capitalised_words_is_no_nickname() -> None:
    # the negative: neither the word before it nor the quoted word is a first name
    names = [m.name for m in name_mentions('Troops began Operation "Desert" Storm.')]
    assert all(not m.nickname for m in name_mentions('Troops began Operation "Desert" Storm.'))
    assert "Operation Storm" not in names


def test_a_county_named_after_a_first_name_is_a_place() -> None:
    from nbutils.speakers import cluster_entities

    text = "Marlow County will vote on the plan. Tom Ridge said no. Ellen Park agreed."
    kinds = {e.canonical: e.kind for e in cluster_entities(text).entities}
    assert kinds["Marlow County"] == "organisation"
    assert kinds["Tom Ridge"] == "person" and kinds["Ellen Park"] == "person"


# --- issue #13 item 6: roles a researcher can trust (civil society, sport, and the rest) ---


@pytest.mark.parametrize(
    ("description", "role"),
    [
        # whoever leads, organises or speaks for a union, a charity, an association or a faith
        ("the union's regional organiser", "civil society"),
        ("union leader", "civil society"),
        ("chair of the Eastfield Residents' Association", "civil society"),
        ("a spokeswoman for the charity", "civil society"),
        ("The students' union president", "civil society"),
        ("Bishop", "civil society"),
        ("who runs the supporters' forum", "civil society"),
        ("who chairs the Millbrook Tenants' Association", "civil society"),
        ("a European Union spokesman", "official"),  # a state, not a union
        # players, coaches, and a club's manager, captain or chair
        ("Midfielder", "sport"),
        ("Her coach", "sport"),
        ("The club's chair", "sport"),
        ("Dunmere manager", "sport"),
        ("Dunmere's goalkeeper", "sport"),
        ("who has played for three clubs", "sport"),
        ("the council's area manager", "official"),
        ("City manager", "official"),  # a city's manager, unless a sport word says otherwise
        ("one fund manager", "expert"),
        # an age before an expert's noun: someone quoted for themselves
        ("a 41-year-old economist", "citizen/witness"),
        ("a former schoolteacher", None),  # a former job says nothing about now
        ("a retired schoolteacher", "citizen/witness"),
        # offices
        ("The opposition's housing spokesman", "politician"),
        ("the bank's governor", "official"),
        ("Its president", "official"),
        ("Lee's deputy", "official"),
        ("the harbour master", "official"),
        ("Dr", "expert"),
        ("who shadowed him as opposition finance spokesman", "politician"),
        ("who teaches chemistry at Harlow University", "expert"),
        ("who leads research at the Amberly Institute", "expert"),
        # a poll's director is a pollster (an expert); a polling station's manager is not
        ("The poll's director", "expert"),
        ("who runs the rival firm Marsh Polling", "expert"),
        ("the polling station manager", "official"),
    ],
)
def test_roles_that_separate_groups(description: str, role: str | None) -> None:
    assert role_of(description) == role


def test_a_sport_word_anywhere_in_what_is_known_places_a_manager_in_sport() -> None:
    from nbutils.speakers.roles import _role_from

    sent_off = ("the City manager", "who was sent off for disputing a penalty")
    assert _role_from((), sent_off, "person") == "sport"
    assert _role_from((), ("the city manager", "who oversees the budget"), "person") == "official"


def test_a_candidate_is_a_politician_whatever_office_they_held() -> None:
    from nbutils.speakers.roles import _role_from

    assert (
        _role_from(
            (), ("the Democratic nominee for governor", "a former attorney general"), "person"
        )
        == "politician"
    )
    assert _role_from(("Attorney General",), ("the Democrat",), "person") == "politician"
    # a candidate who once organised a union is still a candidate
    assert _role_from((), ("a Labour candidate", "a former union organiser"), "person") == (
        "politician"
    )


def test_a_company_described_as_a_landlord_stays_an_organisation() -> None:
    from nbutils.speakers.roles import _role_from

    assert _role_from((), ("The building's landlord",), "organisation") == "organisation"


def test_every_role_is_documented() -> None:
    from nbutils.lexicons import table
    from nbutils.speakers.roles import ROLES

    assert {role for role, _ in table("role_words")} <= set(ROLES)


def test_british_party_acronyms_are_organisations() -> None:
    from nbutils.speakers import cluster_entities

    kinds = {
        e.canonical: e.kind
        for e in cluster_entities("Ukip came second. The SNP held Perth.").entities
    }
    assert kinds["Ukip"] == kinds["SNP"] == "organisation"
