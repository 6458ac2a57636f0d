"""The lowest layer: Vietnamese text normalisation and document identity, used by every stage."""
