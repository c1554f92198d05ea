"""What of a StreamField block is indexed: the words Wagtail would index of it, never the
"None" Wagtail writes for an optional field that a stored block lacks, and nothing of a
block made with search_index=False."""

from wagtail import blocks

from search.documents import searchable_parts

LINK = blocks.StructBlock(
    [("title", blocks.CharBlock(required=False)), ("note", blocks.CharBlock(required=False))]
)


def parts(block, raw):
    return searchable_parts(block, block.to_python(raw))


def test_each_item_of_a_list_adds_its_texts_and_a_missing_field_adds_nothing():
    links = blocks.ListBlock(LINK)
    raw = [{"title": "Eerste"}, {"title": "Tweede", "note": "met uitleg"}]
    assert parts(links, raw) == ["Eerste", "Tweede", "met uitleg"]


def test_a_structure_made_not_to_be_indexed_adds_nothing():
    hidden = blocks.StructBlock([("title", blocks.CharBlock())], search_index=False)
    assert parts(hidden, {"title": "Intern"}) == []


def test_a_list_made_not_to_be_indexed_adds_nothing():
    hidden = blocks.ListBlock(LINK, search_index=False)
    assert parts(hidden, [{"title": "Intern"}]) == []


def test_a_field_made_not_to_be_indexed_adds_nothing_inside_a_structure():
    heading = blocks.StructBlock(
        [
            ("text", blocks.CharBlock()),
            ("level", blocks.ChoiceBlock(choices=[("h2", "Kop")], search_index=False)),
        ]
    )
    assert parts(heading, {"text": "Over ons", "level": "h2"}) == ["Over ons"]
