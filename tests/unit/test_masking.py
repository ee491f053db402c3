import json

from portal.events import flatten
from portal.masking import mask_message, mask_value, masked_example
from tests.builders import message


def test_every_personal_value_is_masked():
    original = message()
    masked = mask_message(original)
    text = json.dumps(masked)
    for _, value in flatten(original):
        if isinstance(value, str) and len(value) > 2:
            assert value not in text
    assert original["userId"] not in text


def test_masks_keep_the_shape_owners_need():
    assert mask_value("jane.doe@example.com") == "j***@***.com"
    assert mask_value("Jane") == "J***"
    assert mask_value(4111111111111111) == "########"
    assert mask_value(True) is True
    assert mask_value(None) is None


def test_what_happened_stays_readable():
    masked = mask_message(message())
    assert masked["event"] == "Order Completed"
    assert masked["type"] == "track"


def test_long_arrays_are_cut_in_examples():
    masked = mask_message(message(properties={"tags": [str(i) * 3 for i in range(20)]}))
    assert len(masked["properties"]["tags"]) == 3


def test_example_names_the_highlighted_path():
    example = json.loads(masked_example(mask_message(message()), "properties.email"))
    assert example["highlight"] == "properties.email"
    assert example["message"]["properties"]["email"] == "j***@***.com"
