import json

from scripts.qbank import seo


def test_script_safe_json_cannot_close_the_script_element():
    text = seo.script_safe_json({"name": "</script><script>alert(1)</script> & co"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script> & co"


def test_faq_page_shape():
    data = seo.faq_page("What is X?", "X is Y.", "https://e.org/x/")
    assert data["@type"] == "FAQPage"
    (entity,) = data["mainEntity"]
    assert entity == {"@type": "Question", "name": "What is X?",
                      "acceptedAnswer": {"@type": "Answer", "text": "X is Y."}}


def test_breadcrumb_list_uses_absolute_urls():
    data = seo.breadcrumb_list("https://e.org/site/", [("Home", "index.md"),
                                                       ("CNN", "questions/cnn/index.md")])
    items = data["itemListElement"]
    assert [i["item"] for i in items] == ["https://e.org/site/", "https://e.org/site/questions/cnn/"]
    assert [i["position"] for i in items] == [1, 2]


def test_keywords_dedupe_case_insensitively_keeping_order():
    assert seo.keywords(["BN", "batch norm"], ["bn", "Normalization"]) == \
        "BN, batch norm, Normalization"
