"""CRFsuite model files (the format of underthesea's CRF models), read for their weights: the
library's tagger does not expose them."""

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy

_FEATURE = numpy.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


def _strings(data: bytes, offset: int) -> list[str]:
    """The strings of a CQDB chunk (CRFsuite's string table at `offset`), by id."""
    magic, _, _, _, count, backward = struct.unpack_from("<4sIIIII", data, offset)
    if magic != b"CQDB":
        raise ValueError("CRF model: no string table where the header points")
    strings = []
    for i in range(count):
        (record,) = struct.unpack_from("<I", data, offset + backward + 4 * i)
        _, size = struct.unpack_from("<iI", data, offset + record)
        start = offset + record + 8
        strings.append(data[start : start + size - 1].decode("utf-8"))
    return strings


@dataclass(frozen=True)
class CrfFile:
    """A CRF's labels, attributes, state weights (attributes × labels) and transition weights
    (label before × label after)."""

    labels: list[str]
    attributes: list[str]
    state: numpy.ndarray
    transition: numpy.ndarray

    @classmethod
    def read(cls, path: Path) -> "CrfFile":
        data = path.read_bytes()
        magic, _, _, _, _, _, _, features_at, labels_at, attributes_at, _, _ = struct.unpack_from(
            "<4sI4sIIIIIIIII", data, 0)
        chunk, _, count = struct.unpack_from("<4sII", data, features_at)
        if magic != b"lCRF" or chunk != b"FEAT":
            raise ValueError(f"{path}: not a CRFsuite model")
        labels = _strings(data, labels_at)
        attributes = _strings(data, attributes_at)
        features = numpy.frombuffer(data, dtype=_FEATURE, count=count, offset=features_at + 12)
        state = numpy.zeros((len(attributes), len(labels)))
        own = features[features["type"] == _STATE]
        state[own["source"], own["target"]] = own["weight"]
        transition = numpy.zeros((len(labels), len(labels)))
        moves = features[features["type"] == _TRANSITION]
        transition[moves["source"], moves["target"]] = moves["weight"]
        return cls(labels, attributes, state, transition)
