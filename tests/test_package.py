import xietong


def test_public_api_is_a_short_sorted_list_of_real_names():
    assert xietong.__all__ == sorted(xietong.__all__)
    assert all(hasattr(xietong, name) for name in xietong.__all__)
