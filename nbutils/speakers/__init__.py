"""Who is speaking: people and organisations in an article, their names, titles and roles.

A quotation's speaker is written in many ways: a full name with a title
(*NATO Secretary General Mark Rutte*), a surname (*Rutte*), a pronoun (*he*),
a description (*the NATO chief*, *a Kyiv resident named Yulia*, *Andriy,
another Ukrainian citizen,*), or an anonymous source (*officials*). This
package turns those mentions into one canonical speaker per person, in four
steps a reader can follow, one module each (:mod:`.names`, with the word lists of
:mod:`.vocabulary` and the headline reader of :mod:`.headlines` below it; :mod:`.roles`,
:mod:`.clustering`, with the alias rules of :mod:`.aliases`, the descriptions read around
a mention of :mod:`.descriptors` and the genders of :mod:`.genders` below it, and
:mod:`.resolution`, a package of one module per question: pronouns, descriptions,
epithets, ages, parties, organisations …):

1. **Name runs.** Runs of capitalised words (``Mark Rutte``, ``JD Vance``,
   ``Secretary of State Hillary Clinton``) are read from the whole text with
   one regular expression — cheap, unlike tagging or NE-chunking every
   sentence. A capitalised word that only ever starts sentences (*Despite*,
   *Similarly*) is dropped; one also seen capitalised mid-sentence is kept. In a
   Title-Cased headline a run stops before the reporting verb (*Jane Roe Said*).
2. **Titles and descriptors.** Title words (*President*, *Secretary
   General*, *MP*, *Sen.*) are split off the name, a place after it is a
   descriptor (*Mayor Maria Lopez of Eastbrook*), and descriptions next to a
   name (*Republican nominee Donald Trump*, *Rutte, the NATO chief,*) are
   remembered: they give the person's role, gender (*Mrs.*, *spokeswoman*)
   and let a later *the NATO chief* be resolved to the person holding that title.
3. **Alias clustering** (:func:`cluster_entities`): a full name is the
   canonical form; a surname or first name alone (*Rutte*, *Mr. Obama*) joins
   the full name it belongs to.
4. **Resolution** (:meth:`Entities.resolve_pronoun`,
   :meth:`Entities.resolve_descriptor`, :meth:`Entities.resolve_organisation`):
   *he*/*she* go to the topic of the nearest sentence that has one — the
   subject of a reporting verb (*…, Biden said*), else the main clause's
   subject — read backwards through earlier *he*/*she* (a pronoun chain) to
   a person of compatible gender. Gender comes from titles (*Mrs.*), first
   names (NLTK's ``names`` corpus, with :data:`DOMINANT_GENDER` for names it
   lists under both), descriptions (*spokeswoman*) and, failing those, the
   pronouns that follow the name in the text. *It*/*they* go to the most
   recently named organisation.

>>> ents = cluster_entities("NATO Secretary General Mark Rutte spoke. Rutte said so. "
...                         "The NATO chief agreed.")
>>> e = ents.lookup("Rutte"); e.canonical, e.titles, e.gender, e.role
('Mark Rutte', ('NATO Secretary General',), 'male', 'official')
>>> ents.resolve_descriptor("The NATO chief", 60).canonical
'Mark Rutte'
>>> ents.resolve_pronoun("he", 60).canonical
'Mark Rutte'
"""

from nbutils.speakers.aliases import Clusters, canonical_forms, join_aliases
from nbutils.speakers.clustering import cluster_entities
from nbutils.speakers.descriptors import add_descriptors
from nbutils.speakers.genders import decide_genders
from nbutils.speakers.names import (
    GROUP_SINGULAR,
    SURNAME_PARTICLES,
    NameMention,
    gerund,
    is_demonym,
    name_mentions,
    reporting_after,
    split_title,
)
from nbutils.speakers.resolution import Entities
from nbutils.speakers.roles import (
    NO_ROLE,
    ROLES,
    SERVING_NOUNS,
    SPEAKER_NOT_FOUND,
    Entity,
    missing_label,
    role_of,
)
from nbutils.speakers.vocabulary import (
    DOMINANT_GENDER,
    HONORIFICS,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_WORDS,
    TITLE_WORDS,
    all_first_names,
    english_words,
    function_words,
    name_gender,
)

__all__ = [
    "DOMINANT_GENDER",
    "GROUP_SINGULAR",
    "HONORIFICS",
    "NO_ROLE",
    "ORG_WORDS",
    "PERSON_NOUNS",
    "PRONOUNS",
    "ROLES",
    "ROLE_WORDS",
    "SPEAKER_NOT_FOUND",
    "TITLE_WORDS",
    "Clusters",
    "Entities",
    "Entity",
    "NameMention",
    "add_descriptors",
    "all_first_names",
    "canonical_forms",
    "cluster_entities",
    "decide_genders",
    "english_words",
    "function_words",
    "gerund",
    "is_demonym",
    "join_aliases",
    "missing_label",
    "name_gender",
    "name_mentions",
    "reporting_after",
    "role_of",
    "SERVING_NOUNS",
    "split_title",
    "SURNAME_PARTICLES",
]
