from scripts.qbank.navigation import breadcrumbs, neighbours


def test_neighbours_stay_within_the_topic(fixture_catalog):
    c = fixture_catalog
    assert neighbours(c.by_slug["first-question"], c) == (None, c.by_slug["second-question"])
    assert neighbours(c.by_slug["second-question"], c) == (c.by_slug["first-question"], None)
    # fourth (no order, 'fourth' < 'third' by title) comes before third in beta
    assert neighbours(c.by_slug["fourth-question"], c) == (None, c.by_slug["third-question"])


def test_breadcrumbs(fixture_catalog):
    trail = breadcrumbs(fixture_catalog.by_slug["third-question"], fixture_catalog)
    assert trail == [("Home", "index.md"), ("Topics", "questions/index.md"),
                     ("Beta & friends", "questions/beta/index.md"),
                     ("What is the third fixture question?", "questions/beta/third-question.md")]
