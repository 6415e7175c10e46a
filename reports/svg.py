"""Geometry for the reports' server-rendered SVG bar charts (drawn by reports/includes/bar_chart.html).

No script and no style attribute: the template uses presentation attributes (fill, x, y)
only, and every chart has a <title>, a <desc> and a table beside it with the same figures.
"""

from dataclasses import dataclass

LABEL_WIDTH = 260
BAR_AREA = 340
VALUE_WIDTH = 120
ROW_HEIGHT = 26
BAR_HEIGHT = 18
TOP = 8


@dataclass
class Bar:
    label: str
    text: str
    y: int
    width: float  # 0 when the value is hidden or missing
    highlight: bool = False

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT - 5

    @property
    def value_x(self):
        return LABEL_WIDTH + self.width + 6


@dataclass
class BarChart:
    title: str
    description: str
    bars: list
    id: str = "chart"
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def width(self):
        return LABEL_WIDTH + BAR_AREA + VALUE_WIDTH

    @property
    def height(self):
        return TOP * 2 + ROW_HEIGHT * len(self.bars)

    @property
    def label_x(self):
        return LABEL_WIDTH - 6


def bar_chart(chart_id, title, description, items, maximum=1.0):
    """``items``: (label, value or None, text shown beside the bar[, highlight]); value in 0..maximum."""
    bars = []
    for index, item in enumerate(items):
        label, value, text, *rest = item
        width = 0 if value is None or not maximum else round(BAR_AREA * min(value, maximum) / maximum, 1)
        bars.append(
            Bar(
                label=_shorten(label),
                text=text,
                y=TOP + index * ROW_HEIGHT,
                width=width,
                highlight=bool(rest and rest[0]),
            )
        )
    return BarChart(title=title, description=description, bars=bars, id=chart_id)


def _shorten(label, limit=38):
    label = str(label)
    return label if len(label) <= limit else label[: limit - 1] + "…"
