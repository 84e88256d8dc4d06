"""How the data model's frozen records are made: ``@record``, the class a frozen, slotted,
keyword-only dataclass makes, made cheaper. A leaf: it imports nothing of the package (the
data model imports it; the makers that skip ``__init__`` are the model's own)."""
