"""The reaction lexicon: the words a writer uses to tell how people reacted, by emotion family.

:data:`REACTION_FAMILIES` lists each family's valence and word forms (after Plutchik's
basic emotions, with *concern* and *hope*, which dominate news); :data:`REACTION_LEXICON`
is the same read the other way, a form -> (family, valence). :data:`REACTION_VERBS` mark a
reaction's frame (*expressed* dismay, *reacted* with); :data:`_BARE_GROUPS` are subjects
that point back to a group named earlier (*Many*, *Others*); :data:`_COLLECTIVE` and
:data:`_POPULACE` are the nouns of groups and of the general public.

It imports nothing.

>>> REACTION_LEXICON["dismay"], REACTION_LEXICON["relieved"]
(('disappointment', -1), ('relief', 1))
"""

from __future__ import annotations

#: The reaction lexicon: word forms -> (emotion family, valence -1/0/+1).
#: Families follow the emotion words journalists use to describe public
#: reaction (after Plutchik's basic emotions, with *concern* and *hope*,
#: which dominate news): anger, disappointment, concern, shock, sadness,
#: disrespect (negative); hope, relief, gratitude, joy, support (positive).
#: Only the narrator's words count: quotations are excluded.
REACTION_FAMILIES: dict[str, tuple[int, str]] = {
    "anger": (
        -1,
        "anger angry outrage outraged fury furious indignation indignant rage "
        "enraged incensed resentment irritation irritated",
    ),
    "disappointment": (
        -1,
        "disappointment disappointed dismay dismayed frustration frustrated "
        "disillusionment disillusioned dissatisfaction dissatisfied regret",
    ),
    "concern": (
        -1,
        "concern concerns concerned worry worries worried anxiety anxious fear fears "
        "feared fearful alarm alarmed unease uneasy apprehension nervous "
        "scepticism skepticism sceptical skeptical pessimism pessimistic doubts",
    ),
    "shock": (-1, "shock shocked disbelief stunned horror horrified dismayed appalled"),
    "sadness": (
        -1,
        "sadness sad grief grieving sorrow heartbroken upset distress distressed "
        "wept weeping tearful sobbed sobbing",
    ),
    "disrespect": (-1, "disrespected humiliated humiliation insulted offended betrayed betrayal"),
    "emotion": (0, "emotional emotion emotions reactions reaction"),
    "hope": (1, "hope hopes hopeful optimism optimistic confident confidence encouraged"),
    "relief": (1, "relief relieved reassured calm"),
    "gratitude": (1, "gratitude grateful thankful appreciation"),
    "joy": (
        1,
        "joy joyful delight delighted happy happiness pleased pride proud "
        "enthusiasm enthusiastic excitement excited jubilation elated",
    ),
    "support": (1, "solidarity sympathy admiration approval"),
}
REACTION_LEXICON: dict[str, tuple[str, int]] = {}
for _family, (_valence, _forms) in REACTION_FAMILIES.items():
    for _form in _forms.split():
        REACTION_LEXICON.setdefault(_form, (_family, _valence))
#: Words that mark a reaction frame ("expressed dismay", "reacted with").
REACTION_VERBS = frozenset(
    """express expressed expressing expresses voice voiced voicing voices
react reacted reacting reacts feel felt feeling feels remain remained remaining remains show
showed showing shows state stated stating sparked spark sparking ignite ignited left leave
leaves met greeted""".split()
)
#: A subject made only of these words points back to a group named earlier.
_BARE_GROUPS = frozenset(
    """many some others most few several they them all both those these
many others""".split()
)
_COLLECTIVE = frozenset(
    """population public people community crowd crowds nation country
residents citizens voters people's observers critics supporters""".split()
)


#: Collective nouns for the general public: a group named by one of them is
#: counted with the citizens.
_POPULACE = frozenset(
    """public population populace people community communities crowd crowds
residents citizens voters locals""".split()
)
