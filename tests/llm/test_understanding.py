"""How a provider's extraction combines with the offline engine's analysis."""

from __future__ import annotations

from bot.llm.understanding import LLMUnderstanding, ProviderAnalysis
from bot.understanding.models import Analysis, CrisisAssessment, MedicationEventData
from tests.llm.fake_provider import Router, user_text


def offline_finding(text, local_time):
    return Analysis(
        intent="medication",
        crisis=CrisisAssessment(level="low", signals=["hopeless"]),
        medication=MedicationEventData(name="lithium", event="taken"),
    )


def test_the_model_supplies_structure_the_rules_fill_gaps_and_crisis_only_rises(
    settings, model, provider_name, fake
) -> None:
    router = Router(provider_name)
    router.analysis = {
        "intent": "mood_shift",
        "crisis": {"level": "none", "signals": []},
        "mood_shift": {"current_state": "sad", "trigger": "the anniversary"},
        "inferred_facts": ["lost their father in spring"],
    }
    fake._default = router
    understand = LLMUnderstanding(model, settings, offline=offline_finding)
    analysis = understand("took my lithium, sad about the anniversary", None)
    assert isinstance(analysis, ProviderAnalysis)
    assert analysis.intent == "mood_shift"
    assert analysis.mood_shift and analysis.mood_shift.current_state == "sad"
    assert analysis.medication and analysis.medication.name == "lithium"
    assert analysis.crisis.level == "low" and analysis.crisis.signals == ["hopeless"]
    assert analysis.inferred_facts == ["lost their father in spring"]
    assert [(c.purpose, c.outcome) for c in analysis.calls] == [("extract", "ok")]
    assert "<message>\ntook my lithium" in user_text(fake.requests[0].body)


def test_explicit_requests_keep_the_persons_own_words(settings, model, provider_name, fake) -> None:
    router = Router(provider_name)
    router.analysis = {"intent": "knowledge", "knowledge": "Works nights (paraphrased)"}
    fake._default = router

    def rules(text, local_time):
        return Analysis(intent="knowledge", knowledge="I work night shifts on weekends")

    analysis = LLMUnderstanding(model, settings, offline=rules)("remember that ...", None)
    assert analysis.knowledge == "I work night shifts on weekends"


def test_an_unusable_answer_leaves_the_offline_analysis(
    settings, model, provider_name, fake
) -> None:
    router = Router(provider_name)
    router.analysis = {"intent": "mood_shift", "unexpected": "field"}
    fake._default = router
    analysis = LLMUnderstanding(model, settings, offline=offline_finding)("x", None)
    assert analysis.intent == "medication" and analysis.mood_shift is None
    assert [(c.purpose, c.outcome) for c in analysis.calls] == [("extract", "invalid")]
