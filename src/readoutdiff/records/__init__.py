"""How the data model's frozen records are made: ``@record`` (the class a frozen, slotted,
keyword-only dataclass makes, made cheaper) and the makers that build sentences, spans,
alignments and diff runs by the thousand without their ``__init__``."""
