"""Small statistics for the reports: plain Python, no numpy, so the figures are easy to check by hand."""

import math
from dataclasses import dataclass


def share(part, whole):
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else None


def population_sd(values):
    values = list(values)
    if not values:
        return None
    centre = mean(values)
    return math.sqrt(sum((value - centre) ** 2 for value in values) / len(values))


def point_biserial(item_scores, rest_scores):
    """Correlation between a 0/1 item and the rest-of-test score (Pearson's r on a dichotomous item).

    r = (M1 - M0) / s * sqrt(p * q), with M1 and M0 the mean rest scores of those who got
    the item right and wrong, s the population standard deviation of the rest scores, and
    p, q the shares right and wrong. None when it is undefined (everyone right, everyone
    wrong, or every rest score equal).
    """
    pairs = list(zip(item_scores, rest_scores, strict=True))
    right = [rest for item, rest in pairs if item]
    wrong = [rest for item, rest in pairs if not item]
    if not right or not wrong:
        return None
    sd = population_sd(rest for _item, rest in pairs)
    if not sd:
        return None
    p = len(right) / len(pairs)
    return (mean(right) - mean(wrong)) / sd * math.sqrt(p * (1 - p))


@dataclass
class ProportionTest:
    z: float
    p_value: float


def two_proportion_z_test(successes_a, total_a, successes_b, total_b):
    """Two-sided z-test for equal proportions with the pooled standard error.

    None when either group is empty or the pooled share is 0 or 1 (no variance to test).
    """
    if not total_a or not total_b:
        return None
    pooled = (successes_a + successes_b) / (total_a + total_b)
    if pooled in (0, 1):
        return None
    standard_error = math.sqrt(pooled * (1 - pooled) * (1 / total_a + 1 / total_b))
    z = (successes_a / total_a - successes_b / total_b) / standard_error
    # Two-sided p from the normal distribution: erfc(|z| / sqrt 2).
    return ProportionTest(z=z, p_value=math.erfc(abs(z) / math.sqrt(2)))


def histogram(values, edges):
    """Counts of values in [edges[i], edges[i+1]); the last bin includes its upper edge."""
    counts = [0] * (len(edges) - 1)
    for value in values:
        for index in range(len(counts)):
            last = index == len(counts) - 1
            if edges[index] <= value < edges[index + 1] or (last and value == edges[-1]):
                counts[index] += 1
                break
    return counts
