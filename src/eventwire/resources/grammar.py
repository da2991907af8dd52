"""Loader for data/grammar.json: the closed-class word lists the components reason with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.resources.files import read_json


@dataclass(frozen=True)
class Grammar:
    spatial_prepositions: frozenset[str]
    person_pronouns: dict[str, str]
    thing_pronouns: frozenset[str]
    agentive_deps: frozenset[str]
    definite_determiners: frozenset[str]
    future_auxiliaries: frozenset[str]
    modal_auxiliaries: frozenset[str]
    negators: frozenset[str]
    conditional_marks: frozenset[str]  # 'if China attacked': a hypothetical act is not coded
    context_marks: frozenset[str]  # 'after its parliament called on US troops to leave': the news's context
    reason_marks: frozenset[str]  # 'accused Kyiv of targeting', 'criticized Sweden for allowing': the reason
    negating_determiners: frozenset[str]
    hedging_auxiliaries: frozenset[str]
    obligation_modals: frozenset[str]  # 'Russia says Israel must end attacks': the speaker demands it of Israel
    intent_verbs: frozenset[str]
    considering_verbs: frozenset[str]  # 'is considering sending aid': an option weighed (014), not an intent
    commissive_verbs: frozenset[str]  # 'threatened to attack', 'promised to help': the threat or promise was made
    claiming_verbs: frozenset[str]  # 'the Houthis claimed that they had attacked': a claim of responsibility
    intent_nouns: frozenset[str]
    performative_verbs: frozenset[str]  # 'I want to thank', 'we would like to condemn': saying so is doing it
    wishing_verbs: frozenset[str]  # 'I want to', 'we would like to': a speaker's wish that does a performative act
    refusal_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    rejecting_verbs: frozenset[str]  # refusing an act is an act: 'refused to negotiate' is a rejection (125)
    refusing_auxiliaries: frozenset[str]  # 'will not release', 'cannot accept', reported 'would not withdraw'
    target_prepositions: frozenset[str]
    agent_prepositions: frozenset[str]
    plural_pronouns: frozenset[str]
    group_determiners: frozenset[str]
    collective_nouns: frozenset[str]  # 'hundreds of workers', 'members of the union': the people are the 'of' noun
    question_verbs: frozenset[str]  # 'asked whether', 'asked about': a question, no request
    question_marks: frozenset[str]  # the words opening an indirect question
    crowd_numbers: frozenset[str]  # 'thousands rallied': a crowd of civilians, when no 'of' phrase says who
    weapon_nouns: frozenset[str]  # 'a roadside bomb killed two soldiers': violence whose author the text leaves unsaid
    unable_adjectives: frozenset[str]  # 'unable to travel': the act did not happen
    sports_words: frozenset[str]  # a sentence about a game: who beats or upsets whom there is no political event
    mishap_words: frozenset[str]  # a sentence about an accident or disaster: its dead were killed by no actor
    person_nouns: frozenset[str]  # 'a man was arrested': who an agentless coercion befalls, a civilian
    first_person_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    unresolved_pronouns: frozenset[str]  # personal pronouns that stand as an unidentified party when nothing resolves
    departure_verbs: frozenset[str]  # their object is the place left, never a target ('Kim left Russia')
    meeting_nouns: frozenset[str]  # 'the Vienna talks': a place before them is where, not who
    compass_words: frozenset[str]  # 'south of San Francisco': a place that says where, never a target
    settlement_nouns: frozenset[str]  # places where people live or hold: 'shelled towns in Armenia' targets Armenia
    travel_verbs: frozenset[str]  # the traveller's own country is where, never whom ('arrived in Harare')
    undirected_codes: dict[str, str]  # military cooperation or aid sent to no one is forces mobilized ('deployed
    # soldiers in Dakar': 154)
    joint_codes: dict[str, str]  # an exercise several hold together is military cooperation (150 -> 062)
    reciprocal_words: frozenset[str]  # 'each other', 'one another': an object making several sources each other's
    people_codes: dict[str, str]  # verb blocks whose act on people has its own code: 'freed the five Americans'
    # (release) is persons released (0841), not the block's yielding (080)
    transfer_verbs: frozenset[str]  # their object is what is sent or massed, the recipient the 'to' ('sent troops
    # to X'; 'massed troops near the border': none)
    support_verbs: frozenset[str]  # 'staged a protest', 'filed a request': the verb's subject owns the event noun
    armed_agents: frozenset[str]  # CAMEO agent codes of those who bear arms: their attacks are not verbal
    occurrence_verbs: frozenset[str]  # 'fighting erupted between X and Y': the event noun takes the verb's phrases


@cache
def load_grammar() -> Grammar:
    """Read the shipped grammar word lists once."""
    words = {k: (dict(v) if isinstance(v, dict) else frozenset(v)) for k, v in read_json("grammar.json").items()}
    return Grammar(**words)
