"""Attribution: every rule on small texts, the default article against its gold, the records."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nbutils.articles import Article, load_default
from nbutils.attribution import ATTRIBUTED_KINDS, RULES, Attribution, attribute, explain
from nbutils.config import DATA_DIR
from nbutils.evaluation import load_gold

GOLD = DATA_DIR / "gold" / "2025-03-01-rutte-zelenskyy-trump.quotes.jsonl"
KEYS = [
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_mention",
    "role",
    "cue",
    "rule",
    "confidence",
]


@pytest.fixture(scope="module")
def default_attributions() -> list[Attribution]:
    return attribute(load_default())


def test_default_article_every_quote_right(default_attributions: list[Attribution]) -> None:
    text = load_default().text
    gold = load_gold(GOLD, text)
    assert len(default_attributions) == len(gold) == 13
    for a, g in zip(default_attributions, gold, strict=True):
        assert (a.start, a.end) == g.spans[0]
        assert a.speaker == g.speaker, (a.text, a.speaker, g.speaker)
        assert a.kind == g.kind, (a.text, a.kind, g.kind)


def test_default_article_he_quotes_resolve_to_rutte(default_attributions) -> None:
    he = [a for a in default_attributions if a.speaker_mention == "He"]
    assert len(he) == 3 and {a.speaker for a in he} == {"Mark Rutte"}


def test_default_article_gold_mentions_and_cues(default_attributions) -> None:
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    for a, g in zip(default_attributions, records, strict=True):
        assert a.speaker_mention == g["speaker_mention"]
        assert (a.speaker_start, a.speaker_end) == (g["speaker_start"], g["speaker_end"])
        assert a.cue == g["cue"] and a.cue_start == g["cue_start"]
        assert a.role == g["role"]


def test_records_are_consistent(default_attributions) -> None:
    text = load_default().text
    assert [a.start for a in default_attributions] == sorted(a.start for a in default_attributions)
    for a in default_attributions:
        assert text[a.start : a.end] == a.text
        if a.speaker_start is not None:
            assert text[a.speaker_start : a.speaker_end] == a.speaker_mention
        if a.cue_start is not None:
            assert text[a.cue_start : a.cue_end] == a.cue
        assert 0.0 <= a.confidence <= 1.0
        assert a.rule in RULES and a.kind in ATTRIBUTED_KINDS
        d = a.to_dict()
        assert list(d) == KEYS
        json.dumps(d)


def one(text: str) -> Attribution:
    found = attribute(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, speaker, rule",
    [
        ('"We will win," said Senator Jane Roe.', "Jane Roe", "quote-cue-speaker"),
        ('"We will win," Jane Roe said on Monday.', "Jane Roe", "quote-speaker-cue"),
        ('Jane Roe told reporters: "We will win."', "Jane Roe", "speaker-cue-quote"),
        ('Jane Roe praised the team, adding, "We will win."', "Jane Roe", "participle"),
        ('"We will win," according to Jane Roe.', "Jane Roe", "according-to"),
        ('Jane Roe, a senator from Ohio, said: "We will win."', "Jane Roe", "speaker-cue-quote"),
        ('Her verdict, from Jane Roe: "We will win."', None, None),
    ],
)
def test_rules(text: str, speaker: str | None, rule: str | None) -> None:
    a = one(text)
    if speaker is not None:
        assert (a.speaker, a.rule) == (speaker, rule)
        assert a.kind == "direct"


def test_split_quote_and_follow_on() -> None:
    text = (
        'Mayor Ana Ruiz spoke. "The bridge is done," she said. "It opens in May." "We are proud."'
    )
    found = attribute(text)
    assert [a.speaker for a in found] == ["Ana Ruiz"] * 3
    assert found[0].speaker_mention == "she" and found[0].role == "politician"
    assert [a.kind for a in found] == ["direct", "follow-on", "follow-on"]
    split = attribute('"A is done," Ana Ruiz said, "and B is next."')
    assert [a.rule for a in split] == ["quote-speaker-cue", "split-quote"]
    assert {a.speaker for a in split} == {"Ana Ruiz"}


def test_partial_quote() -> None:
    a = one('The minister urged voters to "stay calm" during the count on Sunday evening.')
    assert a.kind == "partial" and a.speaker == "minister" and a.cue == "urged"


def test_descriptor_speaker_resolves() -> None:
    text = 'NATO Secretary General Mark Rutte arrived. "We stand together," the NATO chief said.'
    a = one(text)
    assert a.speaker == "Mark Rutte" and a.speaker_mention == "the NATO chief"


def test_anonymous_source_role() -> None:
    a = one('"The deal is off," a senior official said.')
    assert a.role == "official" and a.speaker == "senior official"
    b = one('"The deal is off," sources familiar with the talks said.')
    assert b.role == "anonymous source"


def test_scare_quotes_are_not_attributed() -> None:
    text = 'The so-called "experts" were wrong about the weather.'
    assert attribute(text) == []
    found = attribute(text, include_unattributed=True)
    assert [a.kind for a in found] == ["scare"] and found[0].speaker is None


def test_no_quote_no_attribution_and_article_input() -> None:
    assert attribute("Nothing was said here.") == []
    art = Article("x", '"Hi," said Ann Lee.')
    assert attribute(art)[0].speaker == "Ann Lee"


def test_explain_names_the_rule(default_attributions) -> None:
    text = explain(default_attributions[1])
    assert "Mark Rutte" in text and "speaker-cue-quote" in text
    assert explain(Attribution(0, 3, '"x"', "direct")).startswith("No speaker")


def test_bad_input_type() -> None:
    with pytest.raises(TypeError):
        attribute(42)  # type: ignore[arg-type]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "“",
                "”",
                "'",
                " said ",
                " he ",
                "Ann Lee",
                ",",
                ".",
                "\n",
                " told ",
                "according to ",
                ":",
                "She",
                " it ",
                "Hi",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_attribute_never_raises_and_offsets_hold(text: str) -> None:
    for a in attribute(text, include_unattributed=True):
        assert text[a.start : a.end] == a.text
        if a.speaker_start is not None:
            assert text[a.speaker_start : a.speaker_end] == a.speaker_mention


def test_transcript_labels_and_dash_signatures() -> None:
    text = (
        'Governor Mike Pence spoke to Chris Wallace.\n\n"WALLACE: Governor, one question.\n\n'
        '"PENCE: Well, the question is fair.\n\nReaders wrote in. "He is a bully." ― Edwin '
        'Garcia | "He scares me." ― Ana Ruiz.'
    )
    found = attribute(text)
    assert [(a.rule, a.speaker) for a in found] == [
        ("transcript", "Chris Wallace"),
        ("transcript", "Mike Pence"),
        ("dash-signature", "Edwin Garcia"),
        ("dash-signature", "Ana Ruiz"),
    ]


def test_cue_lexicon_is_well_formed() -> None:
    from nbutils.cues import CATEGORIES, cue_lexicon, find_cues, lemma_of

    entries = cue_lexicon()
    assert len(entries) > 100
    assert all(e.category in CATEGORIES and e.forms for e in entries)
    required = [
        "said",
        "stated",
        "remarked",
        "noted",
        "mentioned",
        "commenting",
        "condemned",
        "stressed",
        "acknowledged",
        "told",
        "added",
        "according to",
    ]
    assert all(lemma_of(form) is not None for form in required)
    cues = find_cues("The Post said it. Post it, she stressed, according to aides.")
    assert [c.lemma for c in cues] == ["say", "post", "stress", "according to"]


# --- kinds: PolNeAR's "direct" estimated from the text ------------------------------


@pytest.mark.parametrize(
    "text, kinds",
    [
        # the quote is the whole reported content
        (
            'Senator Jane Roe spoke. She called the plan "a total and complete disaster."',
            ["direct"],
        ),
        ('Senator Jane Roe said on Monday that "we will win this fight."', ["direct"]),
        # a phrase woven into a longer reported clause
        (
            'Senator Jane Roe said the election was "rigged" and vowed to fight the result in '
            "every court in the land.",
            ["partial"],
        ),
        # two quoted phrases make up most of the content together
        (
            'Senator Jane Roe said the plan was "a disaster" and "a waste of everyone\'s money and '
            'time."',
            ["direct", "direct"],
        ),
        # a short quote before the speaker's description and name: the description is
        # the attribution, not content
        ('"Nobody told us," the paper\'s editor, Ann Lee, said.', ["direct"]),
        ('"Nobody told us," an angry neighbour, Tom Bell, said.', ["direct"]),
        # ... but a clause going on after the quote is content
        (
            '"Nobody told us," and the ferry stayed tied up at the pier all winter, Ann Lee said.',
            ["partial"],
        ),
    ],
)
def test_kind_is_the_quoted_share_of_the_reported_content(text: str, kinds: list[str]) -> None:
    assert [a.kind for a in attribute(text)] == kinds


def test_titles_of_shows_are_not_reported_speech() -> None:
    text = '"We will win," Senator Jane Roe said on WXT\'s "Face the Voters."'
    assert [a.text for a in attribute(text)] == ['"We will win,"']
    found = attribute(text, include_unattributed=True)
    assert [(a.kind, a.speaker) for a in found][1] == ("title", None)
    headline = (
        'Weekend reads: —"Museum accused of repainting the old chapel," by Post reporter Kathy Bo.'
    )
    assert attribute(headline) == []


def test_cueless_quote_woven_into_a_long_sentence_is_partial() -> None:
    text = (
        'Senator Jane Roe spoke. "We will win," she said. The polls close at eight and the '
        "count in the three northern counties may give the party and its candidates "
        '"a very long night ahead."'
    )
    found = attribute(text)
    assert [a.kind for a in found] == ["direct", "partial"]
    assert found[1].speaker == "Jane Roe"  # the previous speaker still goes on


@pytest.mark.parametrize("title", ["Mayor", "Councillor"])
def test_place_after_name_then_pronoun_then_follow_on(title: str) -> None:
    text = (
        f'{title} Maria Lopez of Eastbrook said: "We will win." "It is balanced," she said. '
        '"We are proud."'
    )
    found = attribute(text)
    assert [a.speaker for a in found] == ["Maria Lopez"] * 3
    assert found[0].speaker_mention == f"{title} Maria Lopez of Eastbrook"
    assert [a.rule for a in found] == ["speaker-cue-quote", "quote-speaker-cue", "follow-on"]
    assert found[0].role == "politician"
    after = attribute(f'"We will win," said {title} Maria Lopez of Eastbrook.')
    assert after[0].speaker == "Maria Lopez"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"Have I picked a date?" Sanders replied. "Listen, the short answer is no."', "Sanders"),
        (
            "Mr. Hedge runs a firm. ''What mattered was patience,'' Mr. Hedge said, referring to his orchards.",
            "Hedge",
        ),
        ('The White House spokesman, Evan Marsh, said: "We will act."', "Evan Marsh"),
        (
            'Howard Pell, president of the teachers union, said: "We will act."',
            "Howard Pell",
        ),
        ('Clinton, during a forum in Toledo, Ohio, said she was "ready to act."', "Clinton"),
        ('"We will act," another friend, Nadia Korvel told CNN.', "Nadia Korvel"),
        (
            '"We will act," said another leading advocate, Walter J. Brisco of the firm.',
            "Walter J. Brisco",
        ),
        (
            'Harbor Tenants Union issued a statement saying it "must act this week."',
            "Harbor Tenants Union",
        ),
        ('"Go back to your studio," Trump barked.', "Trump"),
        (
            'Said Miriam Talbot, who grew up with Okafor, "We all knew he would make it."',
            "Miriam Talbot",
        ),
        (
            'A Pentagon official who asked not to be named said Friday, "There are talks."',
            "Pentagon official",
        ),
        (
            '"We will act," the bearded, 68-year-old envoy said.',
            "bearded, 68-year-old envoy",
        ),
    ],
)
def test_harder_speaker_patterns(text: str, speaker: str) -> None:
    assert attribute(text)[0].speaker == speaker


def test_signature_on_the_next_line() -> None:
    text = 'The claim is old.\n\n"I moved to the coast before the storm."\n\n- Ann Lee.\n\nMore.'
    a = one(text)
    assert (a.speaker, a.rule) == ("Ann Lee", "dash-signature")


def test_unknown_surname_taken_up_by_his_is_the_pronoun_topic() -> None:
    # a bare surname the name lists do not know is a person when its own clause calls it
    # "his"; a place or a dictionary word opening the sentence is not
    text = (
        "Donald Trump picked the favourite on Sunday.\n\n"
        "Okonkwo freely conceded that his choice was tactical. "
        "\u201cWith an eye to the primary,\u201d he said.\n\n"
        "Arizona beat Stanford on Saturday. \u201cIt was a great game,\u201d he said.\n\n"
        "Audiences can expect his return. \u201cIt is a risk,\u201d he said."
    )
    speakers = [a.speaker for a in attribute(text)]
    assert speakers == ["Okonkwo", "Okonkwo", "Okonkwo"]


@pytest.mark.parametrize("after", ["told reporters.", "told the Ledger before the vote."])
def test_description_then_name_after_the_quote_gives_the_name(after: str) -> None:
    # "…," a description, a Name, told X: the name speaks; X after "told" is the hearer
    text = (
        "Allies urged calm.\n\n\u201cPositions will soften,\u201d Rep. Dana Poe\u2019s chief "
        f"of staff, Ned Corrigan, {after}"
    )
    (a,) = attribute(text)
    assert (a.speaker, a.speaker_mention, a.rule) == (
        "Ned Corrigan",
        "Ned Corrigan",
        "quote-speaker-cue",
    )


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("Dana Lau, the press officer for the county party said: ", "Dana Lau"),
        ("Carl Anton, president and CEO of the Restaurant Association stated, ", "Carl Anton"),
        ("New Haven, the city council said, ", "city council"),  # a place, not a first name
    ],
)
def test_name_then_description_without_closing_comma(frame: str, speaker: str) -> None:
    (a,) = attribute(f"Nothing changed.\n\n{frame}\u201cThere is nothing to recount.\u201d")
    assert a.speaker == speaker


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        (
            "As Gordon P. Halvey, a scholar of the region at the Institute for Policy Research, noted, ",
            "Gordon P. Halvey",
        ),
        ("In posts on Sunday, Mr. Frum, a former aide to George W. Bush, wrote: ", "Frum"),
        ("Stephen W. Ardley, a federal judge, said, ", "Stephen W. Ardley"),
    ],
)
def test_comma_chunks_keep_initials_and_titles_in_the_name(frame: str, speaker: str) -> None:
    (a,) = attribute(f"The talks stalled.\n\n{frame}\u201cEveryone is waiting for the vote.\u201d")
    assert a.speaker == speaker


def test_numbers_with_a_slash_stay_in_the_speaker_description() -> None:
    (a,) = attribute("Families spoke.\n\n\u201cThey are wrong,\u201d said 9/11 widow Joan Bellamy.")
    assert (a.speaker, a.rule) == ("Joan Bellamy", "quote-cue-speaker")


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        (
            "that would answer the request, trial counsel Carol Brantley wrote in a filing.",
            "Carol Brantley",
        ),
        ("there and in other states, the memo stated.", "memo"),
    ],
)
def test_speaker_closing_a_sentence_the_quote_runs_into(tail: str, speaker: str) -> None:
    (a,) = attribute(f'Nothing changed.\n\n"We will search the records" {tail}')
    assert (a.speaker, a.rule) == (speaker, "quote-speaker-cue")


def test_added_his_manager_name_is_a_cue_and_a_speaker() -> None:
    text = (
        'Sanders spoke.\n\n"We will close the gap by March," added his field director '
        "Owen Tillery, talking to CNN."
    )
    (a,) = attribute(text)
    assert a.speaker == "Owen Tillery" and a.cue == "added"


def test_a_capitalised_gerund_before_a_cue_is_a_name() -> None:
    (a,) = attribute('It was odd.\n\nHallworth told WKRN: "I answered the message."')
    assert (a.speaker, a.cue) == ("Hallworth", "told")


def test_colon_after_a_verb_takes_that_verbs_subject() -> None:
    text = (
        "It was odd.\n\nThe timing was so strange that a spokesman for the mayor could only "
        'joke: "I guess the holiday weekend was full."'
    )
    (a,) = attribute(text)
    assert a.speaker_mention == "a spokesman for the mayor"


def test_added_an_object_then_a_colon_is_a_cue() -> None:
    text = (
        'Ann Wu voted early. "I will go Green," she said. Later she added a warning: '
        '"On the local races, I am still torn."'
    )
    a = attribute(text)[-1]
    assert (a.speaker, a.cue) == ("Ann Wu", "added")


def test_subject_with_a_long_relative_clause_is_the_pronoun_topic() -> None:
    text = (
        "Julia Klein warned of division. Such talk is worrying many voters, including "
        "Chancellor Angela Merkel.\n\n"
        "During her spring address, Merkel, who has taken one of the most generous stances on "
        "the continent toward families escaping conflict beyond its borders, cautioned against it."
        '\n\nHer fellow citizens, she said, should not follow "those who sow fear in their '
        'towns."'
    )
    (a,) = attribute(text)
    assert a.speaker == "Angela Merkel"


def test_passive_or_adjective_before_to_say_gives_its_subject() -> None:
    text = (
        "Cruz spoke.\n\nBut most of the evening was so calm that Mr. Trump was moved to "
        'say, "Honestly, I am amazed how polite everyone is."'
    )
    (a,) = attribute(text)
    assert a.speaker_mention == "Mr. Trump"


def test_cue_mistagged_as_a_noun_before_comma_quote() -> None:
    text = (
        "Maria Ostrow described the scheme. She said grandparents would not qualify, and when "
        "asked why the scheme skips them, the 41-year-old father of two replied, "
        '"It is meant to help young parents."'
    )
    (a,) = attribute(text)
    assert (a.cue, a.speaker_mention) == ("replied", "the 41-year-old father of two")


def test_participle_before_a_title_belongs_to_the_speaker() -> None:
    text = (
        'Clinton unveiled a list.\n\nClinton "has the calm judgment this office demands," '
        "retired Air Force general Peter Dalby said."
    )
    (a,) = attribute(text)
    assert a.speaker == "Peter Dalby"


def test_participle_cue_in_a_long_sentence_finds_the_main_subject() -> None:
    text = (
        "Police were there.\n\nSmall bands of marchers kept asking for answers, "
        "circling the blocks around the arena - where the city's hockey club "
        "hosted its rivals from the north - while chanting, "
        '"No more secrets, no more lies."'
    )
    (a,) = attribute(text)
    assert a.speaker_mention == "Small bands of marchers"


def test_a_things_cue_nested_in_a_persons_cue_gives_the_person() -> None:
    text = (
        "Clinton spoke.\n\nClinton says Trump is wrong. She says it confirms that Trump "
        "is \u201csimply not ready to lead the country.\u201d"
    )
    (a,) = attribute(text)
    assert (a.speaker, a.speaker_mention) == ("Clinton", "She")


def test_dashes_close_a_comma_chunk_before_the_speaker() -> None:
    text = (
        "It is an odd turn, but given the regulators' push to levy the fee -- "
        "which the airline's chief executive, Rosa Dellano, called ''a cash grab, plain and simple'' -- one "
        "puzzle remains."
    )
    (a,) = attribute(text)
    assert a.speaker == "Rosa Dellano"


@pytest.mark.parametrize(
    ("setup", "speaker"),
    [
        ("Donald Trump\u2019s campaign is standing by his posts.", "Donald Trump\u2019s campaign"),
        ("The report came out on Monday.", "report"),
        ("Trump\u2019s campaign immediately backtracked.", "Trump\u2019s campaign"),
    ],
)
def test_it_refers_to_an_organisation_or_document_subject(setup: str, speaker: str) -> None:
    (a,) = attribute(f"Trump spoke.\n\n{setup} It says the plan is \u201ca disaster for all.\u201d")
    assert (a.speaker, a.speaker_mention) == (speaker, "It")


def test_datelines_are_not_speakers_or_antecedents() -> None:
    from nbutils.speakers import name_mentions

    text = "WASHINGTON (AP) \u2014 President Obama spoke at the museum."
    assert [m.name for m in name_mentions(text)] == ["Obama"]


def test_sentence_opening_and_does_not_govern_the_subject() -> None:
    text = (
        "Martin took up gambling. And Donald, then at school, did not approve, "
        'scolding his older cousin.\n\n"I was too young; I did not see it," he said.'
    )
    (a,) = attribute(text)
    assert a.speaker == "Donald"


def test_a_country_is_never_he_or_she() -> None:
    from nbutils.speakers import cluster_entities

    text = (
        "Arman Tolegen shrugs off the worries. China says its growth is good news. China "
        'wants more trade. "We should get on board," he said.'
    )
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("he", text.index("he said")).canonical == "Arman Tolegen"


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        (
            "''We have no other choice,'' a Boeing manager tells workers, explaining it.",
            "Boeing manager",
        ),
        (
            '"I will not call that an error," said retired surgeon Helen Osgood, asked '
            "about her remarks.",
            "Helen Osgood",
        ),
    ],
)
def test_mistagged_telling_verbs_and_participle_titles(frame: str, speaker: str) -> None:
    (a,) = attribute(f"Nothing changed.\n\n{frame}")
    assert a.speaker == speaker


def test_a_cue_of_the_next_sentence_does_not_take_a_sentence_final_quote() -> None:
    text = (
        'Norway insisted that Moscow "halt its reckless flights." The Nordic Defence '
        'Council said Russia had shown "open contempt" for its neighbours.'
    )
    first = attribute(text, include_unattributed=True)[0]
    assert first.speaker == "Norway"
    # … but a cue that closes the quote's own sentence still does
    (a,) = attribute('"Do you expect me to back down?" Trump asked reporters rhetorically.')
    assert a.speaker == "Trump"


def test_i_is_the_byline_author_only_when_one_author_is_known() -> None:
    from nbutils.articles import Article

    text = 'The vote came.\n\nI asked the mayor, "Will you run again?"'
    assert attribute(Article("a", text, {"author": "Dana Poe"}))[0].speaker == "Dana Poe"
    assert attribute(Article("a", text, {"author": "Dana Poe and Ann Lee"}))[0].speaker is None
    assert attribute(text)[0].speaker is None


def test_plural_subjects_with_present_tense_cues_and_a_parenthetical_adverb() -> None:
    text = (
        "Comey spoke.\n\nThe two senators, however, argue that \u201cthe statute plainly "
        "allows a charge,\u201d citing a ruling."
    )
    (a,) = attribute(text)
    assert (a.speaker, a.cue) == ("two senators", "argue")
    # a belief is no reporting verb
    text = 'Both mayors have made clear they believe "safety through planning" works.'
    assert all(a.cue != "believe" for a in attribute(text, include_unattributed=True))


def test_a_naming_verb_before_a_title_is_not_a_cue() -> None:
    text = (
        'Comey spoke.\n\n"Our towns need to be safe," Trump says in the ad titled '
        '"Enough," warning against crime.'
    )
    assert all(a.cue != "titled" for a in attribute(text, include_unattributed=True))


def test_unnamed_speaker_who_asked_for_anonymity_and_possessive_determiners() -> None:
    text = (
        'The vote came.\n\n"We will sign it," said a senior administration official who '
        "asked for anonymity since the talks were private."
    )
    (a,) = attribute(text)
    assert (a.speaker, a.role) == ("senior administration official", "anonymous source")
    (a,) = attribute('The bill passed.\n\nIts Republican critics said it was "a fantasy."')
    assert a.speaker == "Republican critics"


def test_a_statement_released_then_a_participle_cue_gives_the_releaser() -> None:
    text = (
        "Sirens blared.\n\nIn Chicago, President Obama issued a statement late Monday "
        'condemning "what looks like a senseless act of violence."'
    )
    (a,) = attribute(text)
    assert (a.speaker, a.rule) == ("Obama", "participle")


def test_colon_after_a_reported_clause_gives_the_reporter() -> None:
    text = (
        "Trump spoke.\n\nClinton, the former senator, repeated her backing for the "
        'treaty during a "Town Hall on Security" hosted by a local station and said she has '
        'the one trait the office needs most: "Patience -- a deep, unshakeable '
        'patience."'
    )
    a = attribute(text)[-1]
    assert (a.speaker, a.cue) == ("Clinton", "said")


def test_a_cueless_quote_goes_to_its_own_sentences_subject_not_the_previous_speaker() -> None:
    text = (
        "\u201cWe will win,\u201d said Mayor Ann Lee. \u201cNobody doubts it.\u201d\n\n"
        "In 2009, Governor Tom Hale worried that the budget was becoming \u201ca trap that "
        "lulls every town into debt.\u201d"
    )
    last = attribute(text)[-1]
    assert (last.speaker, last.rule) == ("Tom Hale", "sentence-subject")
    # a quote opening its own sentence still continues the previous speaker
    text = "\u201cWe will win,\u201d said Mayor Ann Lee. \u201cNobody doubts it.\u201d"
    assert attribute(text)[-1].speaker == "Ann Lee"


def test_an_abbreviation_does_not_end_the_introducing_sentence() -> None:
    text = (
        "The talks ended.\n\nCarter said that for decades the U.S. presence in the "
        "region had been stable, and it would stay.\n\n\u201cThat is because "
        "this region matters to us.\u201d"
    )
    (a,) = attribute(text)
    assert (a.speaker, a.rule) == ("Carter", "previous-sentence")


def test_a_colon_after_an_object_name_or_a_described_name() -> None:
    text = (
        "Polls moved.\n\nThe size of the jump doesn't surprise Republican pollster Dana "
        "Shaw: \u201cLesser-known candidates often rise early.\u201d"
    )
    (a,) = attribute(text)
    assert (a.speaker, a.rule) == ("Dana Shaw", "colon")
    text = (
        "Polls moved.\n\nOne early supporter, Representative Lee Zell, Republican of Ohio, "
        "tested the message in a call on Friday: \u201cAnyone can see it.\u201d"
    )
    (a,) = attribute(text)
    assert a.speaker == "Lee Zell"
    # a subject that names nobody still speaks when no name ends the clause
    (a,) = attribute("Polls moved.\n\nThe report concludes: \u201cSamples were weak.\u201d")
    assert a.speaker_mention == "The report"


def test_a_participle_after_a_when_clause_belongs_to_that_clause() -> None:
    text = (
        "The rally went on.\n\nThe first disruption happened during a talk at the library, when "
        "student protesters interrupted her talk, shouting \u201cgo home, go home!\u201d"
    )
    (a,) = attribute(text)
    assert (a.speaker, a.rule) == ("student protesters", "participle")


def test_an_adjective_can_head_the_subject_of_a_cue() -> None:
    text = (
        "The two governors are sparring with one another, in what one Latino conservative "
        "had called \u201cthe tortilla showdown,\u201d referring to a staple."
    )
    a = attribute(text, include_unattributed=True)[0]
    assert a.speaker == "one Latino conservative"


def test_a_quote_that_is_the_content_of_someones_remark_goes_to_its_owner() -> None:
    text = (
        "Polls moved.\n\nMargaret Oduya, a Clinton supporter, stirred debate over her "
        "remark that \u201cstaying home is no excuse.\u201d"
    )
    (a,) = attribute(text)
    assert (a.speaker, a.rule) == ("Margaret Oduya", "speech-owner")
    text = (
        "Polls moved.\n\nBarrett\u2019s motto for his interns was, \u201cIt\u2019s not a "
        "real scoop unless someone gets angry.\u201d"
    )
    (a,) = attribute(text)
    assert (a.speaker, a.rule) == ("Barrett", "speech-owner")


def test_it_after_a_document_subject_is_the_document_not_an_earlier_organisation() -> None:
    text = (
        "The American Medical Association joined other groups.\n\nThe letter from the "
        'coalition warned lawmakers again.\n\n"Congress has failed to act," it read.'
    )
    (a,) = attribute(text)
    assert (a.speaker_mention, a.speaker) == ("it", "letter")
    text = (
        "Critics alleged favouritism.\n\nThursday's memo from the board looked written for its "
        'detractors.\n\n"So far, 43 applicants were new," it stated.'
    )
    assert attribute(text)[0].speaker == "Thursday's memo"


def test_blaming_and_riffing_are_cues_and_a_second_clause_speaks_the_next_quote() -> None:
    text = (
        "Polls closed.\n\nGov. Pat Lane (R) blamed the court's \u201cthree activist "
        "judges who struck down our reasonable rules.\u201d"
    )
    (a,) = attribute(text)
    assert (a.speaker, a.cue) == ("Pat Lane", "blamed")
    text = "Polls closed.\n\n\u201cHelp me out, the answer is no,\u201d the governor riffed."
    assert attribute(text)[0].cue == "riffed"
    text = (
        "Polls closed.\n\n\u201cTell her I called,\u201d Ann Lee said, and her husband "
        "interjected. \u201cDon\u2019t forget me.\u201d"
    )
    second = attribute(text)[-1]
    assert (second.speaker_mention, second.rule) == ("her husband", "previous-sentence")
    # without a second clause, the next quote continues the first speaker
    text = "Polls closed.\n\n\u201cTell her I called,\u201d Ann Lee said. \u201cDo it.\u201d"
    assert attribute(text)[-1].rule == "follow-on"


def test_a_new_sentences_cue_with_its_own_quote_and_a_described_name() -> None:
    text = (
        'Words flew.\n\nDonald Trump said Hillary Clinton "wrecked the budget." Bernie Sanders '
        'called Trump a "serial fibber."'
    )
    first, second = attribute(text, include_unattributed=True)
    assert (first.speaker, second.speaker) == ("Donald Trump", "Bernie Sanders")
    text = (
        "Groups condemned it.\n\nThe head of the Civic Unity Council, Raymond "
        'Ashdown, cautioned that such a registry would be "cruel and foreign to '
        'our traditions."'
    )
    assert attribute(text, include_unattributed=True)[0].speaker == "Raymond Ashdown"


def test_a_noun_like_cue_after_a_quote_and_a_noun_phrase_is_a_verb() -> None:
    text = (
        "Polls.\n\n\u201cThey know she is strong,\u201d a narrator in the spot states. "
        "\u201cShe will stand up.\u201d"
    )
    first = attribute(text)[0]
    assert (first.speaker, first.cue) == ("narrator in the spot", "states")


def test_a_quoted_label_after_as_goes_to_the_sentences_subject() -> None:
    text = 'Polls.\n\nHillary Clinton went after Donald Trump as "dangerous" on Monday.'
    (a,) = attribute(text, include_unattributed=True)
    assert (a.speaker, a.rule, a.kind) == ("Hillary Clinton", "labelled-as", "partial")
    # a subject that names nobody labels nothing
    text = 'Polls.\n\nThe city was marketed as "the Paris of the South" for years.'
    assert attribute(text, include_unattributed=True)[0].speaker is None


def test_a_quote_closing_on_a_comma_belongs_to_the_speaker_and_cue_after_it() -> None:
    text = (
        'Polls.\n\nSen. Marco Rubio said Obama failed. Nothing the president offered "will '
        "calm the nation's nerves,\" the Florida senator said."
    )
    (a,) = attribute(text, include_unattributed=True)
    assert (a.speaker, a.rule) == ("Marco Rubio", "quote-speaker-cue")
    # … but not when that cue introduces the next quote
    text = (
        "Polls.\n\nWhen someone in the hall yelled, \u201cKasich,\u201d Beck joked, "
        "\u201cThank you, friend!\u201d"
    )
    first = attribute(text, include_unattributed=True)[0]
    assert first.speaker != "Beck"


def test_the_subject_of_a_subordinate_clause_interrupted_by_commas() -> None:
    text = (
        "Polls.\n\nHe held the caucus together at the meeting in 1988, in what Nora Whitcombe, "
        'finance chair for the campaign, called "trench warfare."'
    )
    assert attribute(text, include_unattributed=True)[0].speaker == "Nora Whitcombe"
    text = 'Polls.\n\nHe made claims that Dale Hartigan, for one, called "campus jargon."'
    assert attribute(text, include_unattributed=True)[0].speaker == "Dale Hartigan"


def test_a_present_cue_tagged_as_a_plural_noun_after_a_name() -> None:
    text = (
        "At the event, Blige sings a song.\n\n\u201cHold on, the morning is nearly "
        "here,\u201d Blige sings to the mayor before asking her, \u201cWhat comes next?\u201d"
    )
    first, second = attribute(text, include_unattributed=True)[:2]
    assert (first.speaker, first.rule) == ("Blige", "quote-speaker-cue")
    assert second.speaker == "Blige"
    # a possessive before the noun keeps it a noun: "Trump's comments, telling …"
    text = (
        "Lee\u2019s campaign brushed off Trump\u2019s remarks, telling reporters, "
        "\u201cNobody asked for it.\u201d"
    )
    assert attribute(text)[0].speaker != "Donald Trump"


def test_it_read_after_a_sign_named_as_an_object() -> None:
    text = (
        "Supporters cheered.\n\nDawson grinned and raised a sign she had painted.\n\n"
        "\u201cStill standing,\u201d it read."
    )
    (a,) = attribute(text)
    assert (a.speaker_mention, a.speaker) == ("it", "sign")
    # an organisation named nearby still comes first
    text = (
        "The Acme Corporation issued a statement on Monday.\n\n\u201cWe regret it,\u201d it said."
    )
    assert attribute(text)[0].speaker == "Acme Corporation"


def test_a_dateline_and_an_opening_time_phrase_are_not_subjects() -> None:
    text = (
        "LONDON, May 3 (UPI) \u2014 In reply to the plan, the senator\u2019s "
        "chief aide rallied volunteers, saying: \u201cWe must be prepared.\u201d"
    )
    assert attribute(text)[0].speaker_mention == "the senator\u2019s chief aide"
    text = (
        "Ann Lee asked for more.\n\nAn hour later, she wrote a note saying, \u201cIt is done.\u201d"
    )
    assert attribute(text)[0].speaker_mention == "she"


def test_a_surname_after_a_middle_initial_is_a_name() -> None:
    text = (
        "Tarrow grew fast.\n\nHis old business partner at Tarrow, Dennis R. Holloway, "
        'called him a born negotiator. "He could always find the last inch."'
    )
    assert attribute(text)[0].speaker == "Dennis R. Holloway"


def test_the_company_is_the_organisation_named_before() -> None:
    text = (
        'Regulators fined Nexa Systems on Thursday.\n\nNexa said it would appeal. "We '
        'disagree with this decision," the company said in a statement.'
    )
    (a,) = attribute(text)
    assert (a.speaker_mention, a.speaker, a.role) == ("the company", "Nexa Systems", "organisation")
    # a description that no organisation before it fits stays a description
    text = 'Polls.\n\n"We disagree," the company said.'
    assert attribute(text)[0].speaker == "company"


def test_they_after_a_plural_group_and_banners_reading() -> None:
    text = (
        '"We are farmers," shouted Pieter de Vries.\n\nThe protesters, many of whom had '
        "driven all night, said the tax would double their costs. They carried banners "
        'reading "No farmers, no food."'
    )
    last = attribute(text)[-1]
    assert (last.speaker_mention, last.speaker, last.cue) == ("They", "protesters", "reading")


def test_names_with_two_connectors_keep_their_whole_mention() -> None:
    text = '"We act," said Ursula von der Leyen, the commission president.'
    (a,) = attribute(text)
    assert (a.speaker, a.speaker_mention) == ("Ursula von der Leyen", "Ursula von der Leyen")
    (a,) = attribute('"We are farmers," shouted Pieter de Vries, a dairy farmer.')
    assert a.speaker_mention == "Pieter de Vries"


def test_a_time_phrase_before_a_colon_is_no_speaker() -> None:
    text = (
        '"We got it wrong," Trump told CNN in October.\n\nThen, two weeks after, on CNN: '
        '"I never claimed we got it wrong."'
    )
    last = attribute(text)[-1]
    assert (last.speaker, last.rule) == ("Trump", "follow-on")


def test_names_after_the_last_dash_before_a_colon_speak() -> None:
    text = (
        "Polls.\n\nTURNOUT RISES WITH HOPE - Frank Dolby and Jim Kessler: \u201cVoters care.\u201d"
    )
    (a,) = attribute(text)
    assert (a.speaker_mention, a.rule) == ("Frank Dolby and Jim Kessler", "colon")


def test_crediting_is_a_cue() -> None:
    text = (
        "Polls.\n\nSanders credited Clinton's win to \"a low turnout, which nobody should "
        'celebrate."'
    )
    (a,) = attribute(text)
    assert (a.speaker, a.cue) == ("Sanders", "credited")


def test_a_sentence_does_not_end_before_a_number_after_an_abbreviation() -> None:
    text = (
        'Polls.\n\nAs Gerald Vance, the No. 3 in the party caucus, put it: "That nominee '
        'has no path."'
    )
    (a,) = attribute(text)
    assert (a.speaker, a.cue) == ("Gerald Vance", "put it")


def test_a_time_phrase_after_the_speaker_is_not_part_of_its_name() -> None:
    # issue #14 class 12: "the Daily Ledger this spring", "the harbour master Monday"
    text = (
        '"The port is safe," reported the Daily Ledger this spring. "It is not," said the '
        'harbour master Monday. "Fine," said a Wednesday editorial in the Daily Ledger.'
    )
    speakers = [a.speaker for a in attribute(text)]
    assert speakers[:2] == ["Daily Ledger", "harbour master"]
    assert speakers[2] is not None and "editorial" in speakers[2]


def test_phrasal_speech_verbs_introduce_a_quote() -> None:
    # issue #14 class 6: "cut in" (past spelt like the base), "shot back", "chimed in"
    for cue in ("cut in,", "shot back,", "chimed in:", "shouted back,"):
        text = f'Tom Hale spoke first. Jo Poe {cue} "That is enough."'
        assert [(a.kind, a.speaker) for a in attribute(text)] == [("direct", "Jo Poe")], cue


def test_a_surname_tagged_as_a_noun_opening_a_sentence_is_the_person_met_before() -> None:
    # issue #14 class 16: "Finch later added" is Aldous Finch, with his role
    text = (
        'Aldous Finch, a housing expert at the university, spoke on Monday. "Rents will '
        'rise," he said. Finch later added that the levy was "a tax on the poor and the '
        'young."'
    )
    assert [(a.speaker, a.role) for a in attribute(text)] == [("Aldous Finch", "expert")] * 2


def test_his_office_speaks_for_the_person() -> None:
    # issue #14 class 16: "a statement from his office said" is the mayor's
    for intro in ("A statement from his office said,", "His office said in a statement,"):
        text = f'Mayor Tom Hale was silent. {intro} "The mayor will respond next week."'
        assert [a.speaker for a in attribute(text)] == ["Tom Hale"], intro
    text = 'Jane Roe spoke. "No," she said. Her lawyer said, "We will appeal."'
    assert [a.speaker for a in attribute(text)][-1] != "Jane Roe"


def test_told_reporters_after_a_name_is_no_description_of_the_person() -> None:
    # ", Ann Lee, told reporters" is a clause: "the reporter asked" is not Ann Lee
    text = (
        '"The plan stands," the press secretary, Ann Lee, told reporters at the briefing. '
        '"Is the plan dead?" the reporter asked. "No," Ms. Lee replied.'
    )
    assert [a.speaker for a in attribute(text)] == ["Ann Lee", "reporter", "Ann Lee"]


@pytest.mark.parametrize("verb", ["sent us this photo", "wrote to us", "said the road flooded"])
def test_a_person_in_apposition_after_a_place_is_the_subject(verb: str) -> None:
    # "A reader in Tolby, Tom Pardew, sent …": Tom Pardew is the subject, so "he" is him
    text = (
        'A utility spokesman, Roy Abel, said crews were ready. "We will wait," Abel said.\n\n'
        f'A reader in Tolby, Tom Pardew, {verb}. "I have never seen this," he wrote.'
    )
    assert [a.speaker for a in attribute(text)] == ["Roy Abel", "Tom Pardew"]


def test_a_place_list_after_a_preposition_stays_governed() -> None:
    # the negative: "in Dalton, Georgia," is two places, neither a speaker
    text = 'Ann Lee lives in Dalton, Georgia, near the lake. "It flooded," she said.'
    assert [a.speaker for a in attribute(text)] == ["Ann Lee"]


@pytest.mark.parametrize(
    "intro",
    [
        "Sen. Delgado's office said,",
        "A statement from Sen. Delgado's office said,",
        "The senator's office said,",
    ],
)
def test_a_persons_office_speaks_for_the_person(intro: str) -> None:
    text = f'Sen. Mara Delgado voted no on Tuesday. {intro} "She will keep fighting."'
    assert [(a.speaker, a.role) for a in attribute(text)] == [("Mara Delgado", "politician")]


def test_an_organisations_office_is_not_a_person() -> None:
    text = 'Mara Delgado runs Brix Ltd. Brix Ltd\'s office said, "We are closed."'
    assert [a.speaker for a in attribute(text)] != ["Mara Delgado"]


@pytest.mark.parametrize(
    "before",
    [
        "His office said in a statement that he was disappointed.",
        'His office said in a statement that he was "deeply disappointed."',
        "Gov. Paul Emery issued a statement on Friday.",
    ],
)
def test_the_statement_is_the_one_its_issuer_made(before: str) -> None:
    text = f'Gov. Paul Emery was not available. {before} "We will appeal," the statement said.'
    last = attribute(text)[-1]
    assert (last.text, last.speaker) == ('"We will appeal,"', "Paul Emery")


def test_the_statement_without_an_issuer_stays_a_document() -> None:
    text = 'Paul Emery spoke on Monday. Later, "We will appeal," the statement said.'
    assert [a.speaker for a in attribute(text)] != ["Paul Emery"]


def test_a_place_after_a_place_before_the_verb_is_no_subject() -> None:
    # "in Dalton, Georgia, in March, said": the state is governed too, the woman speaks
    text = (
        "Sandy Pell, who lost her house in the flood in Dalton, Georgia, in March 2019, said "
        'that the mayor was rude.\n\n"He promised to meet us," she said.'
    )
    assert [a.speaker for a in attribute(text)] == ["Sandy Pell"]


@pytest.mark.parametrize("second", ["Defender Callum Grey", "His nephew Callum Grey"])
def test_a_shared_surname_is_the_one_mentioned_last_when_both_are_mentioned_as_often(
    second: str,
) -> None:
    text = (
        f"Coach Tom Grey praised the team. {second} scored twice. "
        '"We were ready," Callum Grey said. Asked whether he would stay at the club, '
        'Grey said: "I am not going anywhere."'
    )
    assert [a.speaker for a in attribute(text)] == ["Callum Grey", "Callum Grey"]


def test_a_shared_surname_is_still_the_most_mentioned_person() -> None:
    # the negative: the article's main Grey, mentioned again and again, keeps the surname
    text = (
        "Tom Grey, the coach, spoke on Friday. Grey has led the club for ten years, and Grey "
        'said he would stay. His nephew Callum Grey scored twice. "We will win," Grey said.'
    )
    assert [a.speaker for a in attribute(text)] == ["Tom Grey"]


@pytest.mark.parametrize(
    "intro", ["Striker Marco Vidal joined in June.", "Marco Vidal, 24, joined in June."]
)
def test_an_epithet_with_an_age_is_the_person_described(intro: str) -> None:
    text = (
        f"{intro} Manager Ian Holt said the team had improved. "
        'The striker, 24, said: "I feel at home here."'
    )
    assert [a.speaker for a in attribute(text)] == ["Marco Vidal"]


@pytest.mark.parametrize(
    "text",
    [
        'The President, Joe Biden, said: "We will act."',
        '"We will act," said the President, Joe Biden.',
    ],
)
def test_a_capitalised_title_before_a_name_in_apposition_gives_the_name_and_role(
    text: str,
) -> None:
    assert [(a.speaker, a.role) for a in attribute(text)] == [("Joe Biden", "politician")]


@pytest.mark.parametrize(
    "text",
    [
        'Dr. Ann Pike, chair of the history department at Ferris College, said: "It is rare."',
        '"It is rare," said Ann Pike, who chairs the history department at Ferris College.',
    ],
)
def test_a_college_department_chair_is_an_expert(text: str) -> None:
    assert [(a.speaker, a.role) for a in attribute(text)] == [("Ann Pike", "expert")]


def test_a_college_president_stays_an_official() -> None:
    text = 'Ann Pike, president of Dunmore University, said: "It is safe."'
    assert [(a.speaker, a.role) for a in attribute(text)] == [("Ann Pike", "official")]


@pytest.mark.parametrize(
    "text",
    [
        'The bakery\'s owner Marta Kowalski said: "Rent doubled."',
        'Marta Kowalski, the bakery\'s owner, said: "Rent doubled."',
        'Rent rose, said the bakery\'s owner Marta Kowalski. "It doubled," Kowalski said.',
    ],
)
def test_a_shop_owner_is_a_citizen(text: str) -> None:
    # roles.py's set: a business owner speaks as a citizen (not an official or expert)
    assert {(a.speaker, a.role) for a in attribute(text)} == {("Marta Kowalski", "citizen/witness")}


def test_bare_paragraphs_after_a_question_alternate_between_the_two_parties() -> None:
    text = (
        'Rep. Ann Lee questioned the chief executive, Tom Bell. "We cut nothing," Mr. Bell '
        'said. "You cut nurses," she said.\n\nLater she pressed him on his pay.\n\n'
        '"How much were you paid last year?"\n\n"I do not have the figure."\n\n'
        '"Would eleven million surprise you?"\n\n"It would not," he said.'
    )
    records = attribute(text)
    assert [a.speaker for a in records] == ["Tom Bell", "Ann Lee"] + ["Ann Lee", "Tom Bell"] * 2
    assert [a.rule for a in records][3:5] == ["answer-turn", "answer-turn"]


def test_a_bare_answer_after_an_attributed_question_is_the_other_party() -> None:
    # a cross-examination: the question carries its own "asked" and ends its paragraph;
    # the bare paragraph after it is the answer of the other person
    text = (
        '"Where were you at noon?" the lawyer, Ann Lee, said.\n\n'
        '"At the depot," Tom Bell replied.\n\n'
        '"You left the depot before noon, didn\'t you?" Ms Lee asked.\n\n"I did not."'
    )
    records = attribute(text)
    assert [a.speaker for a in records] == ["Ann Lee", "Tom Bell", "Ann Lee", "Tom Bell"]
    assert records[-1].rule == "answer-turn"


def test_a_bare_paragraph_after_an_attributed_statement_continues_the_speaker() -> None:
    # the negative: "said", no question, so the bare paragraph is more of the same speaker
    text = (
        '"We cut nothing," Tom Bell said.\n\n"You cut nurses," Ann Lee told him.\n\n'
        '"Every ward lost two."'
    )
    assert [a.speaker for a in attribute(text)] == ["Tom Bell", "Ann Lee", "Ann Lee"]


def test_a_bare_paragraph_after_a_statement_continues_the_speaker() -> None:
    # the negative: no question on either side, so news continues the last speaker
    text = (
        '"We cut nothing," Tom Bell said.\n\n"You cut nurses," Ann Lee said.\n\n'
        '"And we will keep cutting until the board stops us."'
    )
    assert [a.speaker for a in attribute(text)] == ["Tom Bell", "Ann Lee", "Ann Lee"]


def test_a_rhetorical_question_in_a_speakers_run_of_quotes_is_no_exchange() -> None:
    # the negative: the question goes on from the speaker's own quote, so the bare
    # paragraph after it is still that speaker, not the one quoted before
    text = (
        '"We cut nothing," Tom Bell said.\n\n"We will build it," Ann Lee said.\n\n'
        '"Who will pay for it?"\n\n"The county will pay for it."'
    )
    assert [a.speaker for a in attribute(text)] == ["Tom Bell"] + ["Ann Lee"] * 3


@pytest.mark.parametrize(
    "text",
    [
        'Asked about the poll, Brink shrugged. "Polls change," he said.',
        'Ann Lee spoke first. Asked whether the deal was dead, Brink laughed. "It lives," he said.',
    ],
)
def test_a_bare_surname_after_asked_is_a_person_for_a_pronoun(text: str) -> None:
    assert [a.speaker for a in attribute(text)] == ["Brink"]


def test_a_place_named_inside_the_asked_phrase_is_no_person() -> None:
    text = 'Asked about Paris, Ann Lee smiled. "I love it," she said.'
    assert [a.speaker for a in attribute(text)] == ["Ann Lee"]


@pytest.mark.parametrize(
    "text",
    [
        '"It is time," said the mayor\'s introducer, actress Jane Roe.',
        'The group\'s leader, lawyer Jane Roe, said: "It is time."',
    ],
)
def test_a_description_then_a_role_noun_and_a_name_is_the_name(text: str) -> None:
    assert [a.speaker for a in attribute(text)] == ["Jane Roe"]


def test_a_description_then_an_indefinite_description_stays_the_description() -> None:
    text = '"It is time," said the group\'s leader, a lawyer.'
    assert [a.speaker for a in attribute(text)] != ["lawyer"]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("The Ledger said Ann Lee had sent a written statement.", "Ann Lee"),
        ("Ann Lee criticised a statement from Brix Foods on Monday.", "Brix Foods"),
        ("In a statement, Brix Foods said it was sorry.", "Brix Foods"),
    ],
)
def test_the_statement_is_its_issuers(before: str, speaker: str) -> None:
    text = f'Brix Foods closed a plant. {before} "We regret the loss," the statement said.'
    assert attribute(text)[-1].speaker == speaker


def test_a_message_heard_before_rallies_is_nobodys_named_after_it() -> None:
    # "a recorded message that opens every Hale event": Hale modifies, he does not speak
    text = (
        '"Stay calm," begins a recorded message that opens every Hale event. '
        'The message continues, "Please hold up a sign."'
    )
    assert attribute(text)[-1].speaker != "Hale"


def test_a_possessor_or_an_unnamed_speaker_is_no_issuer_of_the_statement() -> None:
    # "Hale's campaign sent an email": the campaign's, not Hale's; an unresolved
    # description as the last speaker is no issuer either
    text = 'Tom Hale lost. Hale\'s campaign wrote donors an email. "We need you," the email said.'
    assert attribute(text)[-1].speaker != "Tom Hale"
    text = (
        'In a statement, the shipping magnate unveiled "a new team" for the race. '
        '"Ann Lee will lead it," the statement said.'
    )
    assert attribute(text)[-1].speaker != "shipping magnate"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'Mayor Ann Lee spoke on Monday, deploring "a campaign of lies that must end now."',
            "Ann Lee",
            "deploring",
        ),
        ('Tom Bell lambasted the council: "The plan is a disgrace."', "Tom Bell", "lambasted"),
        ('Sen. Ruth Abe lauded the deal: "It is the best we could get."', "Ruth Abe", "lauded"),
        (
            'Gov. Ian Holt assailed the ruling as "a betrayal of every family in this state."',
            "Ian Holt",
            "assailed",
        ),
    ],
)
def test_verbs_of_blame_and_praise_are_cues(text: str, speaker: str, cue: str) -> None:
    assert [(a.speaker, a.cue) for a in attribute(text)] == [(speaker, cue)]


@pytest.mark.parametrize(
    "text",
    [
        'An aide to the mayor said: "We will need a bigger room."',
        'Asked about the vote, an aide to the mayor could only joke: "We will need a bigger room."',
    ],
)
def test_an_aide_to_someone_is_the_aide(text: str) -> None:
    # "to" after a noun of service joins the phrase: the aide speaks, not the mayor
    [record] = attribute(text)
    assert (record.speaker, record.role) == ("aide to the mayor", "official")


def test_to_after_other_nouns_does_not_join_a_phrase() -> None:
    from nbutils.speakers import role_of

    assert role_of("an adviser to the governor") == "official"
    assert role_of("the first woman to run for mayor") == "citizen/witness"


def test_a_quote_after_a_reported_clause_is_the_reporters_not_the_clause_subjects() -> None:
    # "said the union would ask": the union's asking is what Bell reports; Bell speaks on
    text = (
        "Ann Lee closed the plant on Monday.\n\n"
        'Tom Bell said the union would ask to meet her. "She says it was hard. Let her say '
        'it to us."'
    )
    assert attribute(text)[-1].speaker == "Tom Bell"


def test_a_coordinated_second_report_keeps_its_own_subject() -> None:
    # the negative: ", and" starts a report of its own, whose subject speaks
    text = (
        "Ann Lee spoke first.\n\n"
        'Ms Lee said the plant would close, and Tom Bell asked for a vote. "We want a vote."'
    )
    assert attribute(text)[-1].speaker == "Tom Bell"


@pytest.mark.parametrize(
    "gesture",
    ["Tom Bell, who had brought in the tea, nodded.", "Tom Bell shook his head.", "Bell smiled."],
)
def test_a_gesture_before_a_quote_makes_its_subject_the_speaker(gesture: str) -> None:
    text = (
        'Tom Bell sat down next to the skipper, Carl Dunn. "We sail at six," Dunn said.\n\n'
        f'{gesture} "He will not say it, so I will. We are the last crew."'
    )
    assert attribute(text)[-1].speaker == "Tom Bell"


def test_a_thing_that_shook_is_no_gesturer() -> None:
    # the negative: the ground shook; the quote goes on from the last speaker
    text = '"We sail at six," Carl Dunn said. The ground shook. "Hold on."'
    assert attribute(text)[-1].speaker == "Carl Dunn"


@pytest.mark.parametrize(
    "after", ["as Tom Hale puts it.", "as Hale put it on Monday.", "as the mayor, Tom Hale, said."]
)
def test_as_x_put_it_after_a_quote_names_its_speaker(after: str) -> None:
    text = f'Ann Lee and Tom Hale met on Monday. "We are not going anywhere," {after}'
    assert attribute(text)[-1].speaker == "Tom Hale"


def test_as_x_said_with_a_clause_after_it_is_no_attribution() -> None:
    # the negative: "as Hale said it would be" is a clause of its own about the quote
    text = 'Ann Lee and Tom Hale met. "We are staying," as Hale said it would be, ended the talks.'
    assert attribute(text, include_unattributed=True)[-1].speaker != "Tom Hale"


def test_a_clause_quoted_whole_after_an_inner_verb_of_thinking_is_direct() -> None:
    # nested reporting: the outer speaker's report holds "it believed …", all quoted
    text = (
        "The firm left the talks on Monday. A spokeswoman said the firm withdrew because it "
        'believed "the terms were never going to be met."'
    )
    rec = attribute(text, include_unattributed=True)[-1]
    assert (rec.kind, rec.speaker) == ("direct", "spokeswoman")


def test_a_quoted_noun_phrase_after_an_inner_verb_stays_partial() -> None:
    # the negative: "the terms" is a noun phrase, the clause goes on outside the quote
    text = 'A spokeswoman said the firm withdrew because it believed "the terms" were unfair.'
    assert attribute(text, include_unattributed=True)[-1].kind != "direct"


@pytest.mark.parametrize(
    "manner", ["Hale, speaking after the vote, was blunt.", "Hale was more measured."]
)
def test_how_someone_spoke_before_a_quote_makes_them_its_speaker(manner: str) -> None:
    text = f'Ann Lee and Tom Hale met voters. "We will win," Lee said. {manner} "We lost."'
    assert attribute(text)[-1].speaker == "Tom Hale"


def test_a_manner_word_said_of_a_thing_is_no_speaker() -> None:
    # the negative: "The mood was blunt." names no one; the quote goes on from Lee
    text = 'Ann Lee and Tom Hale met voters. "We will win," Lee said. The mood was blunt. "Go."'
    assert attribute(text)[-1].speaker == "Ann Lee"


@pytest.mark.parametrize(
    "stance",
    [
        "Janet Ruiz, a neighbour who has complained for years, disagrees.",
        "Janet Ruiz strongly disagreed.",
        "His neighbour Janet Ruiz is not convinced.",
        "Janet Ruiz wasn't so sure.",
        "Janet Ruiz was unimpressed.",
        "Janet Ruiz sees it differently.",
    ],
)
def test_where_someone_stands_before_a_quote_makes_them_its_speaker(stance: str) -> None:
    # the quote's own introduction: not a follow-on of the last speaker
    text = f'"We will not pay," said Gerald Hume. {stance} "He owes the town money."'
    assert attribute(text)[-1].speaker == "Janet Ruiz"


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Nurses were less sure.", "Nurses"),
        ("Many parents shrugged.", "Many parents"),
        ("The shop owners were unconvinced.", "shop owners"),
    ],
)
def test_a_group_unconvinced_before_a_quote_speaks_it(sentence: str, group: str) -> None:
    # a new subject between the last speaker and the bare quote: not a follow-on of hers
    text = f'"The ward stays open," Health Minister Greta Voss said.\n{sentence} "We have heard that before."'
    last = attribute(text)[-1]
    assert last.speaker != "Greta Voss"
    assert group.split()[-1].lower() in (last.speaker or "").lower()


@pytest.mark.parametrize("sentence", ["The figures were less sure.", "The results were clear."])
def test_things_unconvinced_before_a_quote_speak_nothing(sentence: str) -> None:
    text = f'"The ward stays open," Health Minister Greta Voss said.\n{sentence} "We have heard that before."'
    assert attribute(text)[-1].rule != "previous-sentence"


def test_where_someone_stands_across_paragraphs_with_curly_quotes() -> None:
    text = (
        "“The levy is fair,” Mayor Tod Bright said.\n\n"
        "Councilwoman Edna Sykes, who sat on the budget panel for a decade, disagrees.\n\n"
        "“It is a gimmick.”"
    )
    assert attribute(text)[-1].speaker == "Edna Sykes"


@pytest.mark.parametrize(
    "sentence", ["Most economists agree.", "Omar Blake was born in Leeds.", "The mood was sure."]
)
def test_agreement_by_no_one_named_leaves_the_quote_to_the_last_speaker(sentence: str) -> None:
    # the negatives: a group, no stance, or a thing: the quote goes on from Fenn
    text = f"'Rates will fall,' said Tia Fenn. {sentence} 'We have seen the data.'"
    assert attribute(text)[-1].speaker == "Tia Fenn"


@pytest.mark.parametrize(
    "after",
    [
        "Those were the words of Tom Hale on Monday.",
        "That was the verdict of the party chairman, Tom Hale.",
    ],
)
def test_those_were_the_words_of_x_after_a_quote_names_its_speaker(after: str) -> None:
    text = f'Ann Lee and Tom Hale met voters. "We will win," Lee said. "It is over." {after}'
    assert attribute(text)[-1].speaker == "Tom Hale"


def test_the_words_of_a_song_are_no_speakers() -> None:
    # the negative: a song is no one; the quote goes on from Lee
    text = 'Ann Lee met voters. "We will win," Lee said. "Go on." Those were the words of the song.'
    assert attribute(text)[-1].speaker == "Ann Lee"


def test_bare_paragraphs_after_an_answer_go_on_alternating() -> None:
    # an exchange: after the answer, a bare statement is the questioner's again
    text = (
        '"Where were you at noon?" the lawyer, Ann Lee, said.\n\n'
        '"At the depot," Tom Bell replied.\n\n'
        '"You left the depot before noon, didn\'t you?" Ms Lee asked.\n\n"No."\n\n'
        '"You left at eleven and drove home."\n\n"That is not true."'
    )
    speakers = [a.speaker for a in attribute(text)]
    assert speakers[-3:] == ["Tom Bell", "Ann Lee", "Tom Bell"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('Lena Ortiz Praised The Volunteers: "They Never Stopped"', "Lena Ortiz"),
        ('At The Meeting, Mayor Tom Reyes Said Of The Budget: "It Balances"', "Tom Reyes"),
    ],
)
def test_a_title_case_subhead_with_its_verb_before_a_colon_is_the_names(line, speaker) -> None:
    text = f"Morning Digest: What You Need To Know\n\n{line}\n\nThe day was quiet. Work went on."
    assert attribute(text)[0].speaker == speaker


def test_a_sentence_case_line_before_a_colon_is_read_as_before() -> None:
    # the negative: no Title Case, so the run is not cut at a verb
    text = 'The day was long.\n\nThe mayor praised the volunteers: "They never stopped."'
    assert attribute(text)[0].speaker == "mayor"


def test_a_he_said_keeps_a_man_no_name_list_knows_from_a_later_she() -> None:
    # "Aldous" is in no list of first names: only the "he said" tells his sex, and it
    # still counts when he is named again before the "She"
    text = (
        '"We will not rush this," said the council\'s chairwoman, Mireille Dancourt.\n\n'
        'Aldous Finch, a retired engineer, was blunt. "This wall is a mistake," he said. '
        'Finch later added that the council "has never asked the fishermen."\n\n'
        'She added, "We will listen to everyone."'
    )
    assert attribute(text)[-1].speaker == "Mireille Dancourt"


def test_a_co_author_named_with_where_she_works_is_the_next_she() -> None:
    text = (
        'The study was led by Dr. Maya Lind of the Fenwick Institute. "We were lucky," Lind '
        "said.\n\nLind's co-author, Dr. Clara Obi of the Halden Museum, said the bones were "
        'well kept.\n\n"You can see every tooth," she said.\n'
    )
    assert attribute(text)[-1].speaker == "Clara Obi"


def test_as_a_name_no_list_knows_put_it_is_that_person() -> None:
    text = (
        "Advocates were unhappy. As Priya Raman, a lawyer at the Homeward Project, put it: "
        '"The board can ask, but the company decides."'
    )
    assert attribute(text)[0].speaker == "Priya Raman"


def test_one_of_an_approximately_counted_group_is_a_member() -> None:
    text = (
        "The council closed the pool on Monday.\n\nAbout 60 nurses waved signs outside the "
        'town hall. They said the council had not listened.\n\n"We asked for a meeting three '
        'times," one of them said.\n'
    )
    assert attribute(text)[0].speaker == "nurse"


def test_a_group_after_a_place_phrase_is_the_they_of_one_of_them() -> None:
    text = (
        "The council closed the pool on Monday.\n\nOutside the town hall, about 60 nurses in "
        "coats waved signs. Many of them had come from night shifts. They said the council "
        'had not listened.\n\n"We asked for a meeting three times," one of them said.\n'
    )
    assert attribute(text)[0].speaker == "nurse"


def test_a_relative_two_sentences_back_when_the_same_she_opens_the_sentence_between() -> None:
    text = (
        'Ann Pyke read a statement from the stand. "I still wait for his call," she said.\n\n'
        'Her daughter, Megan, who followed her to the stand, was less forgiving. "I have not '
        'heard him say sorry," Megan Pyke said.\n\nHer mother reached for her hand as she sat '
        "down. Asked afterward whether she had been surprised by her daughter's words, she "
        'shook her head.\n\n"She has carried that for a year," she said.\n'
    )
    assert attribute(text)[-1].speaker == "Ann Pyke"
    assert attribute('"Yes," she said.')[0].speaker is None  # (a first sentence: no crash)


def test_people_nouns_beyond_the_role_words_make_a_group() -> None:
    text = (
        "The council closed the pool on Monday.\n\nOutside the town hall, about 60 swimmers "
        'waved signs. They said the council had not listened.\n\n"We asked three times," '
        "one of them said.\n"
    )
    assert attribute(text)[0].speaker == "swimmer"


def test_a_cued_answer_keeps_an_exchange_of_bare_paragraphs_going() -> None:
    text = (
        "The chairman, Bill Garner, faced the fans on Thursday.\n\n"
        '"Why did it take so long?" one fan asked.\n\n'
        '"We wanted to give him a fair chance," Garner replied.\n\n'
        '"He had two years."\n\n'
        '"And in those two years we went up a division."'
    )
    assert [a.speaker for a in attribute(text)] == ["one fan", "Bill Garner"] * 2
    # a statement answered is no exchange: the bare paragraph goes on from the last speaker
    text = '"We will win," Ann Lee said.\n\n"You will lose," Tom Bell replied.\n\n"Just wait."'
    assert [a.speaker for a in attribute(text)] == ["Ann Lee", "Tom Bell", "Tom Bell"]


def test_a_place_or_court_after_the_subjects_name_is_part_of_the_subject() -> None:
    text = (
        "In a 30-page order, Judge Anna Berg of the District of Oregon found that the "
        'agency "ignored the law it was given."'
    )
    assert [(a.speaker, a.kind) for a in attribute(text)] == [("Anna Berg", "direct")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Senator Tom Reyes spoke first. He told the panel that Maria Lopez had written 14 "
            'opinions that narrowed the right of workers to sue, and that she "has never once '
            'taken the side of a tenant." Lopez said nothing.',
            "Tom Reyes",
        ),
        (
            'Ann Lee said the mayor had promised a vote, and that the council "will decide in May."',
            "Ann Lee",
        ),
        # the "and that" clause goes with the nearest clause-opening "that": what she told
        # them (words told keep their teller inside a report; a quote in what someone is
        # reported to have reassured, urged or believed is the reporter's: see
        # tests/test_attribution_classes.py, nested reporting)
        (
            "Rep. Tom Hale said Ann Lee told them that everyone would unite and that the "
            'party "was not going to split."',
            "Ann Lee",
        ),
        (
            "Rep. Tom Hale said Ann Lee reassured them that everyone would unite and that the "
            'party "was not going to split."',
            "Tom Hale",
        ),
    ],
)
def test_an_and_that_clause_belongs_to_the_cue_of_the_first_that(text: str, speaker: str) -> None:
    assert [a.speaker for a in attribute(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "“I never worked harder,” said one former aide. Sam Price, the host of “Brain Race,” "
        "said: “He was always fair.”",
        '"We won," said Ann Lee. Sam Price, the host of NBC\'s "Meet the Voters," told viewers, '
        '"The race is tied."',
        "'We won,' said Ann Lee. Sam Price, author of 'The Long Count,' said the tally "
        "'was never in doubt.'",
        "“I never worked harder,” said one former aide. Sam Price, a contestant on the quiz "
        "show “Brain Race,” who later joined the staff, said his boss was “always fair.”",
    ],
)
def test_a_title_in_the_speakers_apposition_is_part_of_the_subject(text: str) -> None:
    # the title's comma inside its marks ends the aside: the subject is before it
    rec = attribute(text)[-1]
    assert (rec.speaker, rec.rule) == ("Sam Price", "speaker-cue-quote")


def test_a_quote_split_by_its_attribution_is_still_a_split_quote() -> None:
    # the negative: the subject right after the first half gives a split quote
    assert attribute('"We tried," Ann Lee said, "but the river rose."')[-1].rule == "split-quote"


@pytest.mark.parametrize("opener", ["Yet another", "And another", "Still another", "But some"])
def test_a_determiner_standing_alone_is_the_cues_subject(opener: str) -> None:
    # "Yet another said, "…"": a new unnamed speaker, not a follow-on of the last one
    text = f'"The banks will not lend," said one Ohio farmer. {opener} said, "Nobody cares."'
    rec = attribute(text)[-1]
    assert rec.rule == "speaker-cue-quote" and rec.speaker == opener.split()[-1]


def test_a_floating_quantifier_after_its_noun_is_no_subject() -> None:
    # the negative: "Lee and Hale both denounced" is about Lee and Hale, not "both"
    text = 'Ann Lee and Tom Hale both denounced the "neighbours for the tower" group.'
    assert all(a.speaker != "both" for a in attribute(text, include_unattributed=True))


@pytest.mark.parametrize(
    "text",
    [
        'According to Commissioner Ruth Okafor, "the system is broken."',
        "In the words of Commissioner Ruth Okafor, “the system is broken.”",
    ],
)
def test_a_sentence_quoted_whole_after_according_to_x_is_direct(text: str) -> None:
    # who said it is no part of what was said: the quote is all of it
    rec = attribute(text)[-1]
    assert (rec.kind, rec.speaker) == ("direct", "Ruth Okafor")


@pytest.mark.parametrize(
    "text",
    [
        'According to Ruth Okafor, the plan is "a mess" and will fail.',
        'Mrs. Lee was, in the words of an aide, "the torchbearer" of his legacy.',
    ],
)
def test_a_phrase_woven_after_according_to_x_stays_partial(text: str) -> None:
    # the negatives: the quote is a phrase inside the writer's own sentence
    assert attribute(text, include_unattributed=True)[-1].kind == "partial"


def test_a_question_put_to_someone_by_an_unnamed_asker_is_not_theirs() -> None:
    text = 'Mayor Tom Hale was asked, "Will you run again?" He smiled. "Not this year," he said.'
    assert [a.speaker for a in attribute(text)] == [None, "Tom Hale"]
    # an asker named after "by" asks; an answer quoted after "was asked" is still not his
    text = 'Mayor Tom Hale was asked by a reporter, "Will you run again?"'
    assert [a.speaker for a in attribute(text)] == ["reporter"]
