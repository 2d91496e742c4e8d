import json

from scripts.qbank.site import derive, robots_txt


def test_generated_files(fixture_catalog):
    site = derive(fixture_catalog)
    assert sorted(site.files) == [
        "difficulty/advanced.md", "difficulty/beginner.md", "difficulty/intermediate.md",
        "explore.md",
        "questions/alpha/index.md", "questions/beta/index.md", "questions/index.md"]


def test_nav_expansion(fixture_catalog):
    nav = derive(fixture_catalog).expand_nav([
        {"Home": "index.md"}, {"Topics": "questions/index.md"},
        {"By difficulty": "difficulty/beginner.md"}])
    assert nav[0] == {"Home": "index.md"}
    topics = nav[1]["Topics"]
    assert topics[0] == "questions/index.md"
    assert topics[1] == {"Alpha topic": ["questions/alpha/index.md",
                                         "questions/alpha/first-question.md",
                                         "questions/alpha/second-question.md"]}
    assert [list(d.values())[0] for d in nav[2]["By difficulty"]] == [
        "difficulty/beginner.md", "difficulty/intermediate.md", "difficulty/advanced.md"]


def test_question_seo(fixture_catalog):
    meta = derive(fixture_catalog).seo_for(
        "questions/alpha/first-question.md", title="t", description="d",
        site_url="https://e.org/s/", site_name="S")
    assert meta["url"] == "https://e.org/s/questions/alpha/first-question/"
    assert meta["keywords"] == "neuron, activation, layer, FQ"
    faq, crumbs = (json.loads(b) for b in meta["json_ld"])
    assert faq["mainEntity"][0]["acceptedAnswer"]["text"] == \
        "The first answer, with a link to the second and maths a^2."
    assert crumbs["itemListElement"][-1]["name"] == "What is the first fixture question?"


def test_robots_points_to_sitemap():
    assert robots_txt("https://e.org/s/").endswith("Sitemap: https://e.org/s/sitemap.xml\n")
