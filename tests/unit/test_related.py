from scripts.qbank.related import related_questions


def slugs(qs):
    return [q.slug for q in qs]


def test_explicit_related_come_first_and_never_itself(fixture_catalog):
    q = fixture_catalog.by_slug["second-question"]
    found = slugs(related_questions(q, fixture_catalog))
    assert found[0] == "fourth-question"
    assert "second-question" not in found
    assert len(found) == len(set(found)) == 3


def test_ranked_by_shared_keywords(fixture_catalog):
    # first shares 'activation' with third and 'layer' with second; same topic as second.
    found = slugs(related_questions(fixture_catalog.by_slug["first-question"], fixture_catalog))
    assert found[0] == "second-question" and found[1] == "third-question"


def test_deterministic(fixture_catalog):
    q = fixture_catalog.by_slug["third-question"]
    assert slugs(related_questions(q, fixture_catalog)) == \
        slugs(related_questions(q, fixture_catalog))


def test_limit(fixture_catalog):
    q = fixture_catalog.by_slug["third-question"]
    assert len(related_questions(q, fixture_catalog, limit=2, minimum=2)) == 2
